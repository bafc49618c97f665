/**
 * `uses:` of a remote action or reusable workflow not pinned the way the policy asks: by default a full
 * commit SHA for everything; per owner/repo glob, `ref-pin` (any tag or branch) or `any` (not checked).
 * With a token, the fix names the commit and version the ref resolves to today (from the shared, budgeted
 * action-refs fact); offline, it leaves the SHA to fill in.
 */
import { minimatch } from 'minimatch'
import { actionRefsFact, refKey, type ActionRefs } from '../../github/facts/action-refs.js'
import type { Severity } from '../../model/finding.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { workflowFilesFact } from '../../workspace/workflow-files.js'
import { locate } from '../../workspace/yaml.js'
import { FULL_SHA, scanJobs } from './step-scan.js'

export type PinPolicy = 'hash-pin' | 'ref-pin' | 'any'

export interface UnpinnedUsesOptions {
  /** `owner/repo[/path]` glob -> policy; the most specific matching glob wins; unmatched names are `hash-pin`. */
  policy?: Record<string, PinPolicy>
  /** Shorthand: globs allowed `ref-pin` (kept for existing policy files). */
  'ref-pin-allowed': string[]
}

/** GitHub's own actions: a moved tag there is less likely; graded one step lower (as Scorecard weighs them). */
const GITHUB_OWNED = new Set(['actions', 'github'])

/** Specificity of a glob: literal characters count, wildcards do not. */
function specificity(glob: string): number {
  return glob.replace(/[*?[\]{}!]/g, '').length * 10 - (glob.match(/\*/g)?.length ?? 0)
}

export function policyFor(name: string, options: UnpinnedUsesOptions): PinPolicy {
  const table: Array<[string, PinPolicy]> = [...Object.entries(options.policy ?? {}), ...(options['ref-pin-allowed'] ?? []).map((glob): [string, PinPolicy] => [glob, 'ref-pin'])]
  const parts = name.split('/')
  // `owner/repo[/path]` globs match the name or its `owner/repo`; a glob without `/` matches the owner.
  const matches = (glob: string): boolean =>
    glob.includes('/') ? minimatch(name, glob, { nocase: true }) || minimatch(parts.slice(0, 2).join('/'), glob, { nocase: true }) : minimatch(parts[0] ?? '', glob, { nocase: true })
  const candidates = table.filter(([glob]) => matches(glob))
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

export const unpinnedUses = defineRule<UnpinnedUsesOptions>({
  meta: {
    id: 'unpinned-uses',
    area: 'build',
    severity: 'high',
    title: 'Action or reusable workflow not pinned to a commit SHA',
    rationale:
      'Tags and branches are mutable: whoever controls the action repository (or steals its credentials, as in the tj-actions/changed-files compromise) can change the code your workflow runs. A full commit SHA cannot be moved.',
    remediation: 'Pin each `uses:` to the full 40-character commit SHA of the release, with the version in a comment (`uses: actions/checkout@<sha> # v4.2.2`), and let Dependabot or Renovate update it. Run chaingate with a token to get the SHA in the fix.',
    references: ['SSC-45', 'SLSA Build L3 (hermetic inputs)', 'OSPS-BR-05.01', 'zizmor: unpinned-uses', 'Scorecard: Pinned-Dependencies'],
    access: { token: 'none', note: 'with a token, fixes name the resolved SHA and version' }
  },
  needs: [workflowFilesFact],
  uses: [actionRefsFact],
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
      'ref-pin-allowed': { type: 'array', items: { type: 'string' }, description: 'owner/repo globs allowed to use a tag or branch (same as policy: { glob: ref-pin })' }
    }
  },
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const refsFact = ctx.fact(actionRefsFact)
    const refs = refsFact.known ? refsFact.value : undefined
    const results: RuleResult[] = []
    for (const file of fact.value.files) {
      for (const job of scanJobs(file)) {
        const sites = [...(job.uses ? [{ uses: job.uses, what: 'reusable workflow' }] : []), ...job.steps.flatMap((step) => (step.uses ? [{ uses: step.uses, what: 'action' }] : []))]
        for (const { uses, what } of sites) {
          const parsed = uses.parsed
          if (parsed.kind !== 'remote') continue
          const name = parsed.path ? `${parsed.slug}/${parsed.path}` : parsed.slug
          const policy = policyFor(name, ctx.options)
          if (policy === 'any') continue
          if (parsed.ref !== '' && (policy === 'ref-pin' || FULL_SHA.test(parsed.ref))) continue
          const resolution = parsed.ref && refs ? refs.refs[refKey(parsed.owner, parsed.repo, parsed.ref)] : undefined
          const kind = resolution?.status === 'resolved' ? (resolution.isTag ? (resolution.isBranch ? 'a tag and a branch' : 'a tag') : resolution.isBranch ? 'a branch' : 'a ref') : 'a mutable ref'
          const severity: Severity | undefined = GITHUB_OWNED.has(parsed.owner.toLowerCase()) && parsed.ref !== '' && !resolution?.isBranch ? 'medium' : undefined
          results.push({
            status: 'fail',
            ...(severity ? { severity } : {}),
            message:
              parsed.ref === ''
                ? `${what} ${name} is used without any ref`
                : `${what} ${name} is pinned to "${parsed.ref}", ${kind}${kind === 'a mutable ref' ? '' : ' (mutable)'}, not a commit SHA`,
            location: locate(file, uses.node),
            fix: fixFor(refs, parsed.owner, parsed.repo, parsed.path, parsed.ref)
          })
        }
      }
    }
    return results
  }
})
