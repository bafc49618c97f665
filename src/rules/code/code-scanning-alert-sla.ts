/** Open code scanning alerts on the default branch at or above a severity, older than their SLA. */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { codeScanningAlertsFact } from '../../github/facts/security.js'
import { alertSeverity, DEFAULT_SLA, fileLocation, overdue, SLA_OPTIONS_SCHEMA, type AlertSlaOptions } from './alert-sla-support.js'

export const codeScanningAlertSla = defineRule<AlertSlaOptions>({
  meta: {
    id: 'code-scanning-alert-sla',
    area: 'code',
    severity: 'high',
    title: 'Code scanning alert open past its SLA',
    rationale: 'A vulnerability found by static analysis and left open is a known, unfixed weakness on the default branch.',
    remediation: 'Fix the code, or dismiss the alert with a reason (false positive, used in tests), or add a policy waiver for the file with an expiry date.',
    references: ['SSC-29', 'SSC-30', 'SSC-18', 'OSPS-VM-05'],
    access: {
      token: 'github-token',
      githubToken: ['security-events: read'],
      fineGrained: ['Code scanning alerts: read'],
      note: 'Severity is the security severity (critical/high/medium/low); alerts without one map error/warning/note to high/medium/low.'
    }
  },
  needs: [codeScanningAlertsFact],
  defaultOptions: DEFAULT_SLA,
  strictOptions: { minSeverity: 'medium' },
  optionsSchema: SLA_OPTIONS_SCHEMA,
  evaluate(ctx) {
    const fact = ctx.need(codeScanningAlertsFact)
    if (!fact.enabled)
      return [
        {
          status: 'unknown',
          message: `code scanning is not set up, so open alerts cannot be checked (${fact.disabledBecause ?? ''})`.trim(),
          permission: 'enable code scanning'
        }
      ]
    const results: RuleResult[] = []
    for (const alert of fact.alerts) {
      const severity = alertSeverity(alert.severity)
      const state = overdue(severity, alert.createdAt, ctx.now, ctx.options)
      if (!state.overdue) continue
      const location = fileLocation(alert.path, alert.line)
      results.push({
        status: 'fail',
        severity,
        message: `code scanning alert #${alert.number} (${severity}) ${alert.rule} from ${alert.tool} has been open ${state.age} days; SLA ${state.sla} days: ${alert.htmlUrl}`,
        ...(location ? { location } : {})
      })
    }
    if (results.length === 0)
      return [{ status: 'pass', message: `${fact.alerts.length} open code scanning alert(s), none ${ctx.options.minSeverity} or above past its SLA` }]
    return results
  }
})
