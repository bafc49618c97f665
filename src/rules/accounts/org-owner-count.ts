/** The number of organization owners is within bounds: enough to not lose the organization, few enough to limit exposure. */
import { defineRule } from '../../model/rule.js'
import { orgOwnersFact } from '../../github/facts/organization.js'
import { ORG_OWNER_ACCESS } from './org-support.js'

export const orgOwnerCount = defineRule<{ min: number; max: number }>({
  meta: {
    id: 'org-owner-count',
    area: 'accounts',
    severity: 'medium',
    title: 'Organization owner count outside the policy bounds',
    rationale: 'Owners can change every setting and bypass every protection; each is a high-value account. A single owner is a lock-out risk.',
    remediation: 'Demote owners who do not need it (use teams and custom roles), or appoint a second owner.',
    references: ['SSC-10', 'Legitify: organization_has_too_many_admins', 'CIS 1.3.3'],
    access: ORG_OWNER_ACCESS
  },
  needs: [orgOwnersFact],
  defaultOptions: { min: 2, max: 5 },
  strictOptions: { max: 3 },
  optionsSchema: { type: 'object', properties: { min: { type: 'integer', minimum: 1 }, max: { type: 'integer', minimum: 1 } } },
  evaluate(ctx) {
    const owners = ctx.need(orgOwnersFact)
    const count = owners.length
    const names = owners.map((owner) => owner.login).join(', ')
    if (count > ctx.options.max) return [{ status: 'fail', message: `${count} organization owners (${names}); the policy allows at most ${ctx.options.max}` }]
    if (count < ctx.options.min)
      return [{ status: 'fail', message: `${count} organization owner(s) (${names}); the policy asks for at least ${ctx.options.min}` }]
    return [{ status: 'pass', message: `${count} organization owners (${names})` }]
  }
})
