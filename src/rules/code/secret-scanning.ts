/** Secret scanning is enabled on the repository (security_and_analysis.secret_scanning). */
import { defineRule } from '../../model/rule.js'
import { securitySettingsFact } from '../../github/facts/security.js'

export const secretScanning = defineRule({
  meta: {
    id: 'secret-scanning',
    area: 'code',
    severity: 'high',
    title: 'Secret scanning is disabled',
    rationale: 'A committed credential is the shortest path into a supply chain; secret scanning finds it in the history and alerts.',
    remediation:
      'Settings > Code security > Secret Protection / Secret scanning: Enable (private repositories need GitHub Secret Protection or Advanced Security).',
    references: ['SSC-22', 'OSPS-BR-07.01', 'Legitify: secret_scanning_not_enabled'],
    access: {
      token: 'elevated',
      fineGrained: ['Administration: read'],
      note: 'GitHub shows security_and_analysis only to repository admins and security managers: pass admin-token.'
    }
  },
  needs: [securitySettingsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(securitySettingsFact)
    if (fact.secretScanning === undefined)
      return [{ status: 'unknown', message: 'GitHub did not report the secret scanning status of the repository', permission: 'Administration: read' }]
    return fact.secretScanning === 'enabled'
      ? [{ status: 'pass', message: 'secret scanning is enabled' }]
      : [{ status: 'fail', message: `secret scanning is disabled (${fact.visibility} repository)` }]
  }
})
