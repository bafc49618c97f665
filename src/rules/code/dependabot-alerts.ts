/**
 * Dependabot alerts are on. Read from the alert listing (GITHUB_TOKEN `vulnerability-alerts: read`): GitHub
 * answers "Dependabot alerts are disabled for this repository" when they are off, so the admin-only
 * vulnerability-alerts endpoint is not needed.
 */
import { defineRule } from '../../model/rule.js'
import { dependabotAlertsFact } from '../../github/facts/security.js'

export const dependabotAlerts = defineRule({
  meta: {
    id: 'dependabot-alerts',
    area: 'code',
    severity: 'medium',
    title: 'Dependabot alerts are disabled',
    rationale: 'Without alerts nobody learns that a dependency in use has a published vulnerability.',
    remediation: 'Settings > Code security > Dependabot alerts: Enable (and the dependency graph).',
    references: ['SSC-13', 'GitHub guide: securing code (B3)', 'Legitify: vulnerability_alerts_not_enabled'],
    access: { token: 'github-token', githubToken: ['vulnerability-alerts: read'], fineGrained: ['Dependabot alerts: read'] }
  },
  needs: [dependabotAlertsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(dependabotAlertsFact)
    return fact.enabled
      ? [{ status: 'pass', message: 'Dependabot alerts are enabled' }]
      : [{ status: 'fail', message: `Dependabot alerts are disabled (${fact.disabledBecause ?? 'GitHub says so'})` }]
  }
})
