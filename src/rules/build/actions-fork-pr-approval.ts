/** Repository setting: which outside contributors' fork pull requests need approval before workflows run. */
import { forkPrApprovalFact, privateForkPrSettingsFact, type ForkPrApproval } from '../../github/facts/actions-settings.js'
import { defineRule, type RuleResult } from '../../model/rule.js'

type Policy = ForkPrApproval['approval_policy']

export interface ForkPrApprovalOptions {
  /** The least strict policy accepted. */
  minimum: Policy
}

const ORDER: Policy[] = ['first_time_contributors_new_to_github', 'first_time_contributors', 'all_external_contributors']

const LABEL: Record<Policy, string> = {
  first_time_contributors_new_to_github: 'only first-time contributors who are new to GitHub',
  first_time_contributors: 'first-time contributors',
  all_external_contributors: 'all outside contributors'
}

export const actionsForkPrApproval = defineRule<ForkPrApprovalOptions>({
  meta: {
    id: 'actions-fork-pr-approval',
    area: 'build',
    severity: 'medium',
    title: 'Fork pull request workflows run without maintainer approval',
    rationale:
      "Workflows triggered by a fork's pull request run the contributor's code. With approval only for accounts new to GitHub, anyone with an older account (or one merged typo fix) runs code on your runners, burns minutes, and probes caches and self-hosted machines.",
    remediation:
      'Settings → Actions → General → "Approval for running fork pull request workflows from contributors": "Require approval for all external contributors" (at least "first-time contributors").',
    references: ['SSC-49', 'OSPS-BR-01.03'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval' }
  },
  needs: [forkPrApprovalFact],
  uses: [privateForkPrSettingsFact],
  defaultOptions: { minimum: 'first_time_contributors' },
  strictOptions: { minimum: 'all_external_contributors' },
  optionsSchema: { type: 'object', properties: { minimum: { enum: ORDER, description: 'least strict approval policy accepted' } } },
  evaluate(ctx) {
    const fact = ctx.need(forkPrApprovalFact)
    const results: RuleResult[] = []
    const actual = fact.approval_policy
    if (ORDER.indexOf(actual) < ORDER.indexOf(ctx.options.minimum)) {
      results.push({
        status: 'fail',
        message: `fork pull request workflows need approval for ${LABEL[actual]} (${actual}); the policy asks for ${LABEL[ctx.options.minimum]}`
      })
    }
    // Private and internal repositories: what fork workflows receive.
    const privateSettings = ctx.fact(privateForkPrSettingsFact)
    if (privateSettings.known && privateSettings.value?.run_workflows_from_fork_pull_requests) {
      const settings = privateSettings.value
      if (settings.send_write_tokens_to_workflows)
        results.push({
          status: 'fail',
          severity: 'high',
          message: 'workflows from fork pull requests of this private repository get a write token (send_write_tokens_to_workflows: true)'
        })
      if (settings.send_secrets_and_variables)
        results.push({
          status: 'fail',
          severity: 'high',
          message: 'workflows from fork pull requests of this private repository get secrets and variables (send_secrets_and_variables: true)'
        })
      if (!settings.require_approval_for_fork_pr_workflows)
        results.push({
          status: 'fail',
          message: 'workflows from fork pull requests of this private repository run without approval (require_approval_for_fork_pr_workflows: false)'
        })
    } else if (!privateSettings.known) {
      // Whatever the cause: the fork settings of a private repository that could not be read were not seen.
      results.push({ status: 'unknown', message: privateSettings.reason, ...(privateSettings.permission ? { permission: privateSettings.permission } : {}) })
    }
    return results
  }
})
