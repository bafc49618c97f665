/**
 * Changes to the default branch go through reviewed pull requests: pull requests required, at least N
 * approvals, stale approvals dismissed on new pushes, the last push approved by someone else, code-owner
 * review. Effective settings: active rulesets (repository + organization) merged with classic protection,
 * the stricter winning.
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { sourcesOf } from '../../posture/protection.js'
import { BRANCH_ACCESS_NOTE, BRANCH_FACTS, branchView, onlyProblems, requirement } from './protection-support.js'

export interface ReviewOptions {
  minApprovals: number
  requireDismissStale: boolean
  requireLastPushApproval: boolean
  requireCodeOwnerReview: boolean
}

export const defaultBranchReview = defineRule<ReviewOptions>({
  meta: {
    id: 'default-branch-review',
    area: 'code',
    severity: 'high',
    title: 'Default branch does not require reviewed pull requests',
    rationale:
      'Without required, independent review, one compromised account or token can land code on the default branch. Stale approvals and self-approved last pushes let a change be altered after review.',
    remediation:
      'In a branch ruleset (or classic protection) for the default branch, require a pull request with the configured number of approvals, dismiss stale approvals on push, and require approval of the most recent push and code-owner review as the policy asks.',
    references: [
      'SSC-33',
      'SLSA Source L4 (two-party review)',
      'CNCF SSCP: four-eyes',
      'OSPS-QA-07.01',
      'Scorecard: Branch-Protection',
      'Legitify: code_review_not_required'
    ],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (classic protection only)'],
      note: BRANCH_ACCESS_NOTE
    }
  },
  ...BRANCH_FACTS,
  defaultOptions: { minApprovals: 1, requireDismissStale: true, requireLastPushApproval: false, requireCodeOwnerReview: false },
  strictOptions: { minApprovals: 2, requireLastPushApproval: true, requireCodeOwnerReview: true },
  optionsSchema: {
    type: 'object',
    properties: {
      minApprovals: { type: 'integer', minimum: 0, maximum: 10, description: 'Approvals required before merge.' },
      requireDismissStale: { type: 'boolean', description: 'Require that new pushes dismiss earlier approvals.' },
      requireLastPushApproval: { type: 'boolean', description: 'Require the most recent push to be approved by someone other than its pusher.' },
      requireCodeOwnerReview: { type: 'boolean', description: 'Require review from code owners.' }
    }
  },
  evaluate(ctx) {
    const view = branchView(ctx)
    if (!view) return []
    const { branch } = view
    const options = ctx.options
    const results: RuleResult[] = []
    results.push(
      requirement(view, (s) => s.pullRequest, {
        pass: (j) => `pull requests are required on ${branch} (${sourcesOf(j.settings, 'pullRequest')})`,
        fail: () => `branch ${branch} does not require pull requests: anyone with write access can push directly`,
        unknownPrefix: `no active ruleset requires pull requests on ${branch}`
      })
    )
    if (options.minApprovals > 0) {
      results.push(
        requirement(view, (s) => s.pullRequest && s.approvals >= options.minApprovals, {
          pass: (j) => `${j.settings.approvals} approval(s) required on ${branch} (${sourcesOf(j.settings, 'approvals')}; policy: ${options.minApprovals})`,
          fail: (j) =>
            `branch ${branch} requires ${j.settings.pullRequest ? j.settings.approvals : 0} approval(s); the policy asks for at least ${options.minApprovals}`,
          unknownPrefix: `active rulesets require ${view.fromRules.approvals} approval(s) on ${branch} (policy: ${options.minApprovals})`
        })
      )
    }
    const flags: Array<[boolean, 'dismissStale' | 'lastPushApproval' | 'codeOwnerReview', string]> = [
      [options.requireDismissStale, 'dismissStale', 'stale approvals dismissed when new commits are pushed'],
      [options.requireLastPushApproval, 'lastPushApproval', 'approval of the most recent push by someone other than its pusher'],
      [options.requireCodeOwnerReview, 'codeOwnerReview', 'review from code owners']
    ]
    for (const [wanted, name, label] of flags) {
      if (!wanted) continue
      results.push(
        requirement(view, (s) => s[name], {
          pass: (j) => `${branch}: ${label} (${sourcesOf(j.settings, name)})`,
          fail: () => `branch ${branch} does not require ${label}`,
          unknownPrefix: `no active ruleset requires ${label} on ${branch}`
        })
      )
    }
    return onlyProblems(results)
  }
})
