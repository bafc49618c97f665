/** History of the default branch is preserved: no force pushes, no deletion, optionally linear history. */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { sourcesOf } from '../../posture/protection.js'
import { BRANCH_ACCESS_NOTE, BRANCH_FACTS, branchView, onlyProblems, requirement } from './protection-support.js'

export const defaultBranchHistory = defineRule<{ requireLinearHistory: boolean }>({
  meta: {
    id: 'default-branch-history',
    area: 'code',
    severity: 'high',
    title: 'Default branch history can be rewritten or deleted',
    rationale: 'A force push or a deletion silently replaces what was reviewed and released; SLSA Source L2 requires that history cannot be rewritten.',
    remediation:
      'Add "Block force pushes" (non_fast_forward) and "Restrict deletions" (deletion) to the ruleset of the default branch, or untick "Allow force pushes" and "Allow deletions" in classic protection.',
    references: ['SSC-35', 'SLSA Source L2', 'OSPS-AC-03.02', 'Scorecard: Branch-Protection', 'Legitify: missing_default_branch_protection_force_push'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (classic protection only)'],
      note: BRANCH_ACCESS_NOTE
    }
  },
  ...BRANCH_FACTS,
  defaultOptions: { requireLinearHistory: false },
  strictOptions: { requireLinearHistory: true },
  optionsSchema: { type: 'object', properties: { requireLinearHistory: { type: 'boolean', description: 'Also require linear history (no merge commits).' } } },
  evaluate(ctx) {
    const view = branchView(ctx)
    if (!view) return []
    const { branch } = view
    const results: RuleResult[] = [
      requirement(view, (s) => s.blocksForcePush, {
        pass: (j) => `force pushes to ${branch} are blocked (${sourcesOf(j.settings, 'blocksForcePush')})`,
        fail: () => `force pushes to ${branch} are allowed`,
        unknownPrefix: `no active ruleset blocks force pushes to ${branch}`
      }),
      requirement(view, (s) => s.blocksDeletion, {
        pass: (j) => `deletion of ${branch} is blocked (${sourcesOf(j.settings, 'blocksDeletion')})`,
        fail: () => `branch ${branch} can be deleted`,
        unknownPrefix: `no active ruleset blocks deletion of ${branch}`
      })
    ]
    if (ctx.options.requireLinearHistory) {
      results.push(
        requirement(view, (s) => s.linearHistory, {
          pass: (j) => `linear history required on ${branch} (${sourcesOf(j.settings, 'linearHistory')})`,
          fail: () => `branch ${branch} does not require linear history`,
          unknownPrefix: `no active ruleset requires linear history on ${branch}`
        })
      )
    }
    return onlyProblems(results)
  }
})
