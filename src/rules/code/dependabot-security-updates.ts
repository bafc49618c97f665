/** Dependabot security updates open fix pull requests for vulnerable dependencies, and are not paused. */
import { defineRule } from '../../model/rule.js'
import { dependabotSecurityUpdatesFact } from '../../github/facts/security.js'

export const dependabotSecurityUpdates = defineRule({
  meta: {
    id: 'dependabot-security-updates',
    area: 'code',
    severity: 'low',
    title: 'Dependabot security updates are disabled or paused',
    rationale: 'Alerts without fix pull requests wait for someone to act; security updates make the fix a merge away.',
    remediation: 'Settings > Code security > Dependabot security updates: Enable; if GitHub paused them after inactivity, merge or close the pending ones.',
    references: ['SSC-14', 'GitHub guide: securing code (B3)'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'GET /repos/{o}/{r}/automated-security-fixes (enabled and paused), admin read.' }
  },
  needs: [dependabotSecurityUpdatesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(dependabotSecurityUpdatesFact)
    if (!fact.enabled) return [{ status: 'fail', message: 'Dependabot security updates are disabled' }]
    if (fact.paused) return [{ status: 'fail', message: 'Dependabot security updates are enabled but paused' }]
    return [{ status: 'pass', message: 'Dependabot security updates are enabled' }]
  }
})
