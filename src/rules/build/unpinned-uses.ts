/**
 * `uses:` of a remote action or reusable workflow not pinned the way the policy asks: by default a full
 * commit SHA for everything; per owner/repo glob, `ref-pin` (any tag or branch) or `any` (not checked).
 * With a token, the fix names the commit and version the ref resolves to today (from the shared, budgeted
 * action-refs fact); offline, it leaves the SHA to fill in.
 */
import { globLibrary } from '../../policy/glob-library.js'
import { actionRefsFact, FULL_SHA, refKey, type ActionRefs } from '../../github/facts/action-refs.js'
import type { Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { nodeLocation, type ModelDoc, type Step, type Uses } from '../../workflow/index.js'
import { defineWorkflowRule, input, usesAction } from '../../workflow/kit.js'
import { GITHUB_ACTION_OWNERS, TAG_PINNED_WORKFLOWS } from '../../workflow/data/index.js'

export type PinPolicy = 'hash-pin' | 'ref-pin' | 'any'

export interface UnpinnedUsesOptions {
  /** `owner/repo[/path]` glob -> policy; the most specific matching glob wins; unmatched names are `hash-pin`. */
  policy?: Record<string, PinPolicy>
  /** Shorthand: globs allowed `ref-pin` (kept for existing policy files). */
  'ref-pin-allowed': string[]
}

/** GitHub's own actions: a moved tag there is less likely; graded one step lower (as Scorecard weighs them). */
const GITHUB_OWNED = new Set(GITHUB_ACTION_OWNERS.map((entry) => entry.owner))

/**
 * Reusable workflows that must be called by a release tag (data/pinning.ts). Tag-pinned calls to them pass
 * unless a policy glob at least as specific names them.
 */
const TAG_REQUIRED = TAG_PINNED_WORKFLOWS.map((entry) => ({ glob: entry.action, prefix: literalPrefix(entry.action).toLowerCase(), ref: entry.ref }))

/** A glob's text before its first special character: a name it matches starts with it. */
function literalPrefix(glob: string): string {
  const special = glob.search(/[*?[\]{}()!+@\\]/)
  return special < 0 ? glob : glob.slice(0, special)
}

/** Whether `name@ref` is such a call and no policy glob at least as specific as the built-in one decides otherwise. */
export function tagRequired(name: string, ref: string, options: UnpinnedUsesOptions): boolean {
  return TAG_REQUIRED.some(
    (entry) =>
      // The prefix test first: most calls are not to these workflows, and minimatch then stays unloaded.
      name.toLowerCase().startsWith(entry.prefix) &&
      globLibrary().minimatch(name, entry.glob, { nocase: true }) &&
      entry.ref.test(ref) &&
      !matchingGlobs(name, options).some(([glob]) => specificity(glob) >= specificity(entry.glob))
  )
}

/** Specificity of a glob: literal characters count, wildcards do not. */
function specificity(glob: string): number {
  return glob.replace(/[*?[\]{}!]/g, '').length * 10 - (glob.match(/\*/g)?.length ?? 0)
}

function matchingGlobs(name: string, options: UnpinnedUsesOptions): Array<[string, PinPolicy]> {
  const table: Array<[string, PinPolicy]> = [
    ...Object.entries(options.policy ?? {}),
    ...(options['ref-pin-allowed'] ?? []).map((glob): [string, PinPolicy] => [glob, 'ref-pin'])
  ]
  if (table.length === 0) return []
  const parts = name.split('/')
  // `owner/repo[/path]` globs match the name or its `owner/repo`; a glob without `/` matches the owner.
  const { minimatch } = globLibrary()
  const matches = (glob: string): boolean =>
    glob.includes('/')
      ? minimatch(name, glob, { nocase: true }) || minimatch(parts.slice(0, 2).join('/'), glob, { nocase: true })
      : minimatch(parts[0] ?? '', glob, { nocase: true })
  return table.filter(([glob]) => matches(glob))
}

export function policyFor(name: string, options: UnpinnedUsesOptions): PinPolicy {
  const candidates = matchingGlobs(name, options)
  if (candidates.length === 0) return 'hash-pin'
  candidates.sort((a, b) => specificity(b[0]) - specificity(a[0]))
  return candidates[0]![1]
}

function fixFor(refs: ActionRefs | undefined, owner: string, repo: string, path: string, ref: string): string {
  const target = `${owner}/${repo}${path ? `/${path}` : ''}`
  const resolution = ref ? refs?.refs[refKey(owner, repo, ref)] : undefined
  if (resolution?.sha && resolution.status === 'resolved') return `uses: ${target}@${resolution.sha} # ${resolution.version ?? ref}`
  return `uses: ${target}@<40-hex commit SHA of ${ref || 'the release'}>${ref ? ` # ${ref}` : ''}`
}

/**
 * `actions/checkout` of another repository into a folder, then `uses: ./folder/action`: the action's
 * code is whatever that repository's ref holds when the job runs, exactly like `uses: owner/repo/action@ref`.
 * Reported at the checkout (its `ref:`, or the `uses:` when no ref is given: the default branch).
 */
function checkedOutActions(doc: ModelDoc, steps: Step[], options: UnpinnedUsesOptions): RuleResult[] {
  const results: RuleResult[] = []
  steps.forEach((step, position) => {
    if (!step.uses || !usesAction(step, 'actions/checkout')) return
    const repository = input(step, 'repository')?.value.trim()
    if (!repository || repository.includes('${{') || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return
    const ref = input(step, 'ref')
    const refText = ref?.value.trim() ?? ''
    if (refText.includes('${{') || FULL_SHA.test(refText)) return
    const folderOf = (checkout: Step): string =>
      (input(checkout, 'path')?.value ?? '')
        .trim()
        .replace(/^\.\/?/, '')
        .replace(/\/+$/, '')
    const folder = folderOf(step)
    const later = steps.slice(position + 1)
    // Until another checkout replaces that folder.
    const replaced = later.findIndex((next) => next.uses !== undefined && usesAction(next, 'actions/checkout') && folderOf(next) === folder)
    const users = (replaced === -1 ? later : later.slice(0, replaced)).filter((candidate) => {
      const uses = candidate.uses
      if (uses?.kind !== 'local' || uses.selfRepository) return false
      const local = uses.path ?? ''
      return folder === '' || local === folder || local.startsWith(`${folder}/`)
    })
    if (users.length === 0) return
    const policy = policyFor(repository, options)
    if (policy === 'any' || (policy === 'ref-pin' && refText !== '')) return
    const actions = users.map((later) => later.uses!.raw.trim()).join(', ')
    results.push({
      status: 'fail',
      message:
        refText === ''
          ? `local action ${actions} is checked out from ${repository} at its default branch, not a commit SHA`
          : `local action ${actions} is checked out from ${repository} at "${refText}", a mutable ref, not a commit SHA`,
      location: nodeLocation(doc, ref ? ref.node : step.uses.node),
      fix: `ref: <40-hex commit SHA of ${refText || 'the default branch'}>${refText ? ` # ${refText}` : ''}`
    })
  })
  return results
}

export const unpinnedUses = defineWorkflowRule<UnpinnedUsesOptions>({
  meta: {
    id: 'unpinned-uses',
    area: 'build',
    severity: 'high',
    title: 'Action or reusable workflow not pinned to a commit SHA',
    rationale:
      'Tags and branches are mutable: whoever controls the action repository (or steals its credentials, as in the tj-actions/changed-files compromise) can change the code your workflow runs. A full commit SHA cannot be moved.',
    remediation:
      'Pin each `uses:` to the full 40-character commit SHA of the release, with the version in a comment (`uses: actions/checkout@<sha> # v4.2.2`), and let Dependabot or Renovate update it. Run chaingate with a token to get the SHA in the fix.',
    references: ['SSC-45', 'SLSA Build L3 (hermetic inputs)', 'OSPS-BR-05.01', 'zizmor: unpinned-uses', 'Scorecard: Pinned-Dependencies'],
    access: { token: 'none', note: 'with a token, fixes name the resolved SHA and version' }
  },
  uses: [actionRefsFact],
  // The resolutions only fill in fix hints (a placeholder when a ref was not resolved).
  gapsHandled: [actionRefsFact],
  defaultOptions: { 'ref-pin-allowed': [] },
  strictOptions: { 'ref-pin-allowed': [] },
  optionsSchema: {
    type: 'object',
    properties: {
      policy: {
        type: 'object',
        additionalProperties: { enum: ['hash-pin', 'ref-pin', 'any'] },
        description: 'owner/repo[/path] glob -> hash-pin | ref-pin | any; the most specific glob wins'
      },
      'ref-pin-allowed': {
        type: 'array',
        items: { type: 'string' },
        description: 'owner/repo globs allowed to use a tag or branch (same as policy: { glob: ref-pin })'
      }
    }
  },
  model(model, ctx) {
    const refsFact = ctx.fact(actionRefsFact)
    const refs = refsFact.known ? refsFact.value : undefined
    const results: RuleResult[] = []
    const audit = (doc: ModelDoc, jobUses: Uses | undefined, steps: Step[]): void => {
      const sites = [
        ...(jobUses ? [{ uses: jobUses, what: 'reusable workflow' }] : []),
        ...steps.flatMap((step) => (step.uses ? [{ uses: step.uses, what: 'action' }] : []))
      ]
      results.push(...checkedOutActions(doc, steps, ctx.options))
      for (const { uses, what } of sites) {
        const target = remoteTarget(uses)
        if (!target) continue
        const { owner, repo, path, ref } = target
        const name = `${owner}/${repo}${path ? `/${path}` : ''}`
        const policy = policyFor(name, ctx.options)
        if (policy === 'any') continue
        if (what === 'reusable workflow' && tagRequired(name, ref, ctx.options)) continue
        if (ref !== '' && (policy === 'ref-pin' || FULL_SHA.test(ref))) continue
        const resolution = ref && refs ? refs.refs[refKey(owner, repo, ref)] : undefined
        const kind =
          resolution?.status === 'resolved'
            ? resolution.isTag
              ? resolution.isBranch
                ? 'a tag and a branch'
                : 'a tag'
              : resolution.isBranch
                ? 'a branch'
                : 'a ref'
            : 'a mutable ref'
        const severity: Severity | undefined = GITHUB_OWNED.has(owner.toLowerCase()) && ref !== '' && !resolution?.isBranch ? 'medium' : undefined
        results.push({
          status: 'fail',
          ...(severity ? { severity } : {}),
          message:
            ref === ''
              ? `${what} ${name} is used without any ref`
              : `${what} ${name} is pinned to "${ref}", ${kind}${kind === 'a mutable ref' ? '' : ' (mutable)'}, not a commit SHA`,
          location: nodeLocation(doc, uses.node),
          fix: fixFor(refs, owner, repo, path, ref)
        })
      }
    }
    for (const workflow of model.workflows) for (const job of workflow.jobs) audit(workflow, job.uses, job.steps)
    for (const action of model.actions) audit(action, undefined, action.runs?.steps ?? [])
    return results
  }
})

/**
 * A remote `owner/repo[/path]@ref` as written (case kept), or one with no `@ref` at all (`ref` is then '':
 * the model calls it invalid, GitHub refuses it at run time; reported "without any ref"). Null otherwise.
 */
function remoteTarget(uses: Uses): { owner: string; repo: string; path: string; ref: string } | null {
  if (uses.kind === 'remote') return { owner: uses.owner!, repo: uses.repo!, path: uses.path ?? '', ref: uses.ref ?? '' }
  const value = uses.raw.trim().replace(/@$/, '')
  if (uses.kind !== 'invalid' || value.includes('${{') || value.startsWith('.') || value.includes('@')) return null
  const parts = value.split('/')
  if (parts.length < 2 || !parts[0] || !parts[1]) return null
  return { owner: parts[0], repo: parts[1], path: parts.slice(2).join('/'), ref: '' }
}
