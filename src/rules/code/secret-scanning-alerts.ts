/** Open secret scanning alerts older than `maxAgeDays` (default 0: a leaked secret is revoked at once). */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { secretScanningAlertsFact } from '../../github/facts/security.js'
import { ageInDays } from '../../github/facts/support.js'

export const secretScanningAlerts = defineRule<{ maxAgeDays: number }>({
  meta: {
    id: 'secret-scanning-alerts',
    area: 'code',
    severity: 'critical',
    title: 'Open secret scanning alert',
    rationale: 'An open secret scanning alert is a credential that was published and may still work.',
    remediation: 'Revoke and rotate the secret, then close the alert as revoked; close false positives with a reason.',
    references: ['SSC-24', 'GitHub guide: securing code (B6)'],
    access: {
      token: 'elevated',
      fineGrained: ['Secret scanning alerts: read'],
      note: 'The GITHUB_TOKEN cannot read secret scanning alerts (GitHub docs): pass a fine-grained PAT or App token as admin-token.'
    }
  },
  needs: [secretScanningAlertsFact],
  defaultOptions: { maxAgeDays: 0 },
  optionsSchema: { type: 'object', properties: { maxAgeDays: { type: 'integer', minimum: 0, description: 'Days an open alert is tolerated.' } } },
  evaluate(ctx) {
    const fact = ctx.need(secretScanningAlertsFact)
    if (!fact.enabled)
      return [
        {
          status: 'unknown',
          message: `secret scanning is disabled, so leaked secrets cannot be checked (${fact.disabledBecause ?? ''})`.trim(),
          permission: 'enable secret scanning'
        }
      ]
    const results: RuleResult[] = []
    for (const alert of fact.alerts) {
      const age = ageInDays(alert.createdAt, ctx.now) ?? 0
      if (age < ctx.options.maxAgeDays) continue
      const extra = [alert.validity && alert.validity !== 'unknown' ? `validity ${alert.validity}` : null, alert.publiclyLeaked ? 'publicly leaked' : null]
        .filter(Boolean)
        .join(', ')
      results.push({
        status: 'fail',
        message: `secret scanning alert #${alert.number} (${alert.secretType}${extra ? `, ${extra}` : ''}) open for ${age} days: ${alert.htmlUrl}`
      })
    }
    if (results.length === 0) return [{ status: 'pass', message: `no open secret scanning alerts older than ${ctx.options.maxAgeDays} days` }]
    return results
  }
})
