/** Deploy keys: none with write access (unless allowed), none older than the rotation age. */
import { defineRule } from '../../model/rule.js'
import { deployKeysFact } from '../../github/facts/organization.js'
import { ageInDays } from '../../github/facts/support.js'

export const deployKeys = defineRule<{ allowWrite: boolean; maxAgeDays: number }>({
  meta: {
    id: 'deploy-keys',
    area: 'accounts',
    severity: 'medium',
    title: 'Deploy key with write access or past its rotation age',
    rationale:
      "A deploy key is a long-lived credential outside any user's 2FA; with write access it pushes past pull requests (it is a ruleset bypass actor type of its own).",
    remediation: 'Make deploy keys read-only (use a GitHub App for writes), and rotate keys older than the policy age.',
    references: ['SSC-09', 'CNCF SSCP: key rotation, short-lived credentials'],
    access: { token: 'elevated', fineGrained: ['Administration: read'], note: 'GET /repos/{o}/{r}/keys needs repository admin read: pass admin-token.' }
  },
  needs: [deployKeysFact],
  defaultOptions: { allowWrite: false, maxAgeDays: 365 },
  strictOptions: { maxAgeDays: 180 },
  optionsSchema: {
    type: 'object',
    properties: { allowWrite: { type: 'boolean' }, maxAgeDays: { type: 'integer', minimum: 1, description: 'Keys older than this are due for rotation.' } }
  },
  evaluate(ctx) {
    const fact = ctx.need(deployKeysFact)
    const results = []
    for (const key of fact) {
      const age = ageInDays(key.createdAt, ctx.now) ?? 0
      const problems = [
        !key.readOnly && !ctx.options.allowWrite ? 'has write access' : null,
        age > ctx.options.maxAgeDays ? `is ${age} days old (policy: ${ctx.options.maxAgeDays})` : null
      ].filter(Boolean)
      if (problems.length) results.push({ status: 'fail' as const, message: `deploy key "${key.title}" (id ${key.id}) ${problems.join(' and ')}` })
    }
    return results.length ? results : [{ status: 'pass', message: `${fact.length} deploy key(s), all read-only and recent enough` }]
  }
})
