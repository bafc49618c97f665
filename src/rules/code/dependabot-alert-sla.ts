/**
 * Open Dependabot alerts at or above a severity, older than the SLA for their severity. One finding per
 * alert, located at its manifest, so a policy waiver can cover one manifest until a date.
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { dependabotAlertsFact } from '../../github/facts/security.js'
import { alertSeverity, DEFAULT_SLA, fileLocation, overdue, SLA_OPTIONS_SCHEMA, type AlertSlaOptions } from './alert-sla-support.js'

export const dependabotAlertSla = defineRule<AlertSlaOptions>({
  meta: {
    id: 'dependabot-alert-sla',
    area: 'code',
    severity: 'high',
    title: 'Dependabot alert open past its SLA',
    rationale: 'A known-vulnerable dependency left unpatched is the most common way in; an SLA per severity keeps triage honest.',
    remediation:
      'Update the dependency (or merge the Dependabot pull request); if it is not exploitable here, dismiss the alert with a reason, or add a policy waiver with an expiry date.',
    references: ['SSC-15', 'SSC-18', 'OSPS-VM-05', 'GitHub guide: securing code (B3)'],
    access: { token: 'github-token', githubToken: ['vulnerability-alerts: read'], fineGrained: ['Dependabot alerts: read'] }
  },
  needs: [dependabotAlertsFact],
  defaultOptions: DEFAULT_SLA,
  strictOptions: { minSeverity: 'medium' },
  optionsSchema: SLA_OPTIONS_SCHEMA,
  evaluate(ctx) {
    const fact = ctx.need(dependabotAlertsFact)
    if (!fact.enabled)
      return [
        {
          status: 'unknown',
          message: `Dependabot alerts are disabled, so open alerts cannot be checked (${fact.disabledBecause ?? ''})`.trim(),
          permission: 'enable Dependabot alerts'
        }
      ]
    const results: RuleResult[] = []
    for (const alert of fact.alerts) {
      const severity = alertSeverity(alert.severity)
      const state = overdue(severity, alert.createdAt, ctx.now, ctx.options)
      if (!state.overdue) continue
      const location = fileLocation(alert.manifestPath)
      results.push({
        status: 'fail',
        severity,
        message: `Dependabot alert #${alert.number} (${severity}) ${alert.advisory} in ${alert.package}${alert.manifestPath ? ` (${alert.manifestPath})` : ''} has been open ${state.age} days; SLA ${state.sla} days: ${alert.htmlUrl}`,
        ...(location ? { location } : {})
      })
    }
    if (results.length === 0)
      return [{ status: 'pass', message: `${fact.alerts.length} open Dependabot alert(s), none ${ctx.options.minSeverity} or above past its SLA` }]
    return results
  }
})
