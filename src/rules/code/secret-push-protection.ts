/** Push protection blocks pushes that contain detected secrets (security_and_analysis.secret_scanning_push_protection). */
import { defineRule } from '../../model/rule.js'
import { securitySettingsFact } from '../../github/facts/security.js'

export const secretPushProtection = defineRule({
  meta: {
    id: 'secret-push-protection',
    area: 'code',
    severity: 'medium',
    title: 'Secret scanning push protection is disabled',
    rationale: 'Scanning after the push means the secret is already exposed; push protection rejects the push before it lands.',
    remediation: 'Settings > Code security > Push protection: Enable.',
    references: ['SSC-23', 'GitHub guide: securing code (B6)'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'Needs admin-token, like secret-scanning.' }
  },
  needs: [securitySettingsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(securitySettingsFact)
    if (fact.pushProtection === undefined)
      return [{ status: 'unknown', message: 'GitHub did not report the push protection status of the repository', permission: 'Administration: read' }]
    return fact.pushProtection === 'enabled'
      ? [{ status: 'pass', message: 'push protection is enabled' }]
      : [{ status: 'fail', message: 'secret scanning push protection is disabled' }]
  }
})
