/** `uses:` of a remote action or reusable workflow that is not pinned to a full commit SHA. */
import { minimatch } from 'minimatch'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { workflowFilesFact } from '../../workspace/workflow-files.js'
import { usesReferences } from '../../workspace/workflow-walk.js'
import { locate } from '../../workspace/yaml.js'

export interface UnpinnedUsesOptions {
  /** `owner/repo` globs that may be pinned to a tag or branch instead of a SHA (e.g. `my-org/*`). */
  'ref-pin-allowed': string[]
}

const FULL_SHA = /^[0-9a-f]{40}$/

export const unpinnedUses = defineRule<UnpinnedUsesOptions>({
  meta: {
    id: 'unpinned-uses',
    area: 'build',
    severity: 'high',
    title: 'Action or reusable workflow not pinned to a commit SHA',
    rationale:
      'Tags and branches are mutable: whoever controls the action repository (or steals its credentials, as in the tj-actions/changed-files compromise) can change the code your workflow runs. A full commit SHA cannot be moved.',
    remediation: 'Pin each `uses:` to the full 40-character commit SHA of the release, with the version in a comment (`uses: actions/checkout@<sha> # v4.2.2`), and let Dependabot or Renovate update it.',
    references: ['SSC-44', 'SLSA Build L3 (hermetic inputs)', 'OSPS-BR-01', 'zizmor: unpinned-uses', 'Scorecard: Pinned-Dependencies'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  defaultOptions: { 'ref-pin-allowed': [] },
  strictOptions: { 'ref-pin-allowed': [] },
  optionsSchema: {
    type: 'object',
    properties: {
      'ref-pin-allowed': { type: 'array', items: { type: 'string' }, description: 'owner/repo globs allowed to use a tag or branch' }
    }
  },
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const allowed = ctx.options['ref-pin-allowed']
    const results: RuleResult[] = []
    for (const file of fact.value.files) {
      for (const uses of usesReferences(file)) {
        const value = uses.value.trim()
        if (value.startsWith('./') || value.startsWith('docker://') || value === '') continue
        const at = value.lastIndexOf('@')
        const target = at === -1 ? value : value.slice(0, at)
        const ref = at === -1 ? '' : value.slice(at + 1)
        if (FULL_SHA.test(ref)) continue
        const ownerRepo = target.split('/').slice(0, 2).join('/')
        if (ref !== '' && allowed.some((glob) => minimatch(ownerRepo, glob, { nocase: true }))) continue
        const what = uses.level === 'job' ? 'reusable workflow' : 'action'
        results.push({
          status: 'fail',
          message: ref === '' ? `${what} ${target} is used without any ref` : `${what} ${target} is pinned to "${ref}", a mutable ref, not a commit SHA`,
          location: locate(file, uses.node),
          fix: `uses: ${target}@<40-hex commit SHA of ${ref || 'the release'}>${ref ? ` # ${ref}` : ''}`
        })
      }
    }
    return results
  }
})
