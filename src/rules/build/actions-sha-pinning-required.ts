/** Repository setting: actions must be pinned to a full-length commit SHA (`sha_pinning_required`). */
import { actionsPermissionsFact } from '../../github/facts/actions-settings.js'
import { defineRule } from '../../model/rule.js'

export const actionsShaPinningRequired = defineRule({
  meta: {
    id: 'actions-sha-pinning-required',
    area: 'build',
    severity: 'medium',
    title: 'GitHub does not enforce SHA pinning of actions',
    rationale:
      'The `unpinned-uses` rule checks the workflows of this checkout; the repository setting "Require actions to be pinned to a full-length commit SHA" makes GitHub refuse to run an unpinned action from any branch, including ones this gate never sees.',
    remediation:
      'Settings → Actions → General → Actions permissions: enable "Require actions to be pinned to a full-length commit SHA" (or the organization/enterprise policy).',
    references: ['SSC-45', 'OSPS-BR-05.01'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'GET /repos/{owner}/{repo}/actions/permissions' }
  },
  needs: [actionsPermissionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(actionsPermissionsFact)
    if (!fact.known || !fact.value.enabled || fact.value.allowed_actions === 'local_only') return []
    if (fact.value.sha_pinning_required === undefined) {
      return [{ status: 'unknown', message: 'this GitHub version does not report sha_pinning_required (GET /repos/{owner}/{repo}/actions/permissions)' }]
    }
    if (fact.value.sha_pinning_required) return []
    return [{ status: 'fail', message: 'the repository does not require actions to be pinned to a full-length commit SHA (sha_pinning_required: false)' }]
  }
})
