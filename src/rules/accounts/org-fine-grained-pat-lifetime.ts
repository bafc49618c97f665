/**
 * Fine-grained personal access tokens approved in the organization expire within the policy lifetime.
 * GitHub exposes the approved tokens (GitHub Apps only), not the organization's PAT policy itself, so the
 * policy (approval required, maximum lifetime) is judged by its effect on the tokens.
 */
import { defineRule } from '../../model/rule.js'
import { fineGrainedTokensFact } from '../../github/facts/organization.js'

export const orgFineGrainedPatLifetime = defineRule<{ maxLifetimeDays: number }>({
  meta: {
    id: 'org-fine-grained-pat-lifetime',
    area: 'accounts',
    severity: 'medium',
    title: 'Fine-grained tokens without expiry or with a long lifetime',
    rationale: 'A token that never expires stays valid after its owner leaves or loses the laptop; short lifetimes bound the damage.',
    remediation:
      'Organization settings > Personal access tokens: require approval and set a maximum lifetime; revoke the listed tokens and have them reissued.',
    references: ['SSC-09', 'CNCF SSCP: short-lived credentials'],
    access: {
      token: 'elevated',
      fineGrained: ['Personal access tokens: read (organization, GitHub App only)'],
      note: "Only a GitHub App installation token can list them; the organization's PAT policy settings are not in the API."
    },
    baseline: false
  },
  needs: [fineGrainedTokensFact],
  defaultOptions: { maxLifetimeDays: 366 },
  optionsSchema: {
    type: 'object',
    properties: { maxLifetimeDays: { type: 'integer', minimum: 1, description: 'Tokens expiring further away than this fail.' } }
  },
  evaluate(ctx) {
    const fact = ctx.need(fineGrainedTokensFact)
    const limit = ctx.now.getTime() + ctx.options.maxLifetimeDays * 86_400_000
    const bad = fact.filter((token) => !token.expired && (token.expiresAt === null || Date.parse(token.expiresAt) > limit))
    if (bad.length === 0)
      return [{ status: 'pass', message: `${fact.length} approved fine-grained token(s), all expiring within ${ctx.options.maxLifetimeDays} days` }]
    return bad.map((token) => ({
      status: 'fail' as const,
      message: `fine-grained token ${token.name ? `"${token.name}" ` : ''}(id ${token.id}) of ${token.owner} ${token.expiresAt ? `expires ${token.expiresAt}` : 'never expires'}`
    }))
  }
})
