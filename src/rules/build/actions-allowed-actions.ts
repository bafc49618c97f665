/** Repository setting: which actions and reusable workflows may run (`allowed_actions`). */
import { actionsPermissionsFact, selectedActionsFact } from '../../github/facts/actions-settings.js'
import { defineRule, type RuleResult } from '../../model/rule.js'

export const actionsAllowedActions = defineRule({
  meta: {
    id: 'actions-allowed-actions',
    area: 'build',
    severity: 'medium',
    title: 'Any action from any owner may run',
    rationale:
      'With "Allow all actions and reusable workflows", a workflow change (or a compromised dependency\'s `uses:`) can run code from any account on GitHub. An allow-list (GitHub-owned, verified creators, named owners) limits what a mistake or a malicious pull request can pull in.',
    remediation:
      'Settings → Actions → General → Actions permissions: "Allow <owner>, and select non-<owner>, actions and reusable workflows", listing the owners you use (or set it for the organization).',
    references: ['SSC-46', 'OSPS-BR-01'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'GET /repos/{owner}/{repo}/actions/permissions and /selected-actions' }
  },
  needs: [actionsPermissionsFact, selectedActionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const policy = ctx.need(actionsPermissionsFact)
    const selected = ctx.need(selectedActionsFact)
    const results: RuleResult[] = []
    if (!policy.enabled) return results
    if (policy.allowed_actions === 'all' || policy.allowed_actions === undefined) {
      results.push({ status: 'fail', message: 'the repository allows all actions and reusable workflows (allowed_actions: all)' })
    } else if (policy.allowed_actions === 'selected' && selected) {
      const wildcard = (selected.patterns_allowed ?? []).find((pattern) => pattern.trim() === '*' || pattern.trim() === '*/*')
      if (wildcard) results.push({ status: 'fail', message: `the allow-list of actions contains "${wildcard}", which allows every action` })
    }
    return results
  }
})
