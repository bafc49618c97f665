/** Repository setting: GitHub Actions cannot create or approve pull requests. */
import { actionsWorkflowPermissionsFact } from '../../github/facts/actions-settings.js'
import { defineRule } from '../../model/rule.js'

export const actionsCanApprovePrs = defineRule({
  meta: {
    id: 'actions-can-approve-prs',
    area: 'build',
    severity: 'high',
    title: 'GitHub Actions may approve pull requests',
    rationale:
      'When workflows can approve pull requests, anyone who can run a workflow with a write token (or inject into one) can approve their own change and satisfy a required review: the review requirement no longer needs a second human.',
    remediation:
      'Settings → Actions → General → Workflow permissions: clear "Allow GitHub Actions to create and approve pull requests" (and at organization level).',
    references: ['SSC-48', 'OSPS-AC-04.01', 'OSPS-QA-07.01'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'GET /repos/{owner}/{repo}/actions/permissions/workflow' }
  },
  needs: [actionsWorkflowPermissionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(actionsWorkflowPermissionsFact)
    if (!fact.known || !fact.value.can_approve_pull_request_reviews) return []
    return [{ status: 'fail', message: 'GitHub Actions can create and approve pull requests in this repository (can_approve_pull_request_reviews: true)' }]
  }
})
