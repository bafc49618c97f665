/** Repository setting: the GITHUB_TOKEN's default permissions are read-only. */
import { actionsWorkflowPermissionsFact } from '../../github/facts/actions-settings.js'
import { defineRule } from '../../model/rule.js'

export const actionsDefaultPermissions = defineRule({
  meta: {
    id: 'actions-default-permissions',
    area: 'build',
    severity: 'high',
    title: 'Default GITHUB_TOKEN permissions are read and write',
    rationale:
      'Every workflow (and job) without its own `permissions:` block gets the repository default. With "Read and write permissions" that is write access to contents, packages, pull requests and more, for every third-party action in every such job.',
    remediation:
      'Settings → Actions → General → Workflow permissions: "Read repository contents and packages permissions"; grant writes per job with `permissions:`.',
    references: ['SSC-47', 'OSPS-AC-04.01', 'Scorecard: Token-Permissions (cannot see this setting)'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'GET /repos/{owner}/{repo}/actions/permissions/workflow' }
  },
  needs: [actionsWorkflowPermissionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(actionsWorkflowPermissionsFact)
    if (!fact.known || fact.value.default_workflow_permissions === 'read') return []
    return [{ status: 'fail', message: 'the repository gives the GITHUB_TOKEN read and write permissions by default (default_workflow_permissions: write)' }]
  }
})
