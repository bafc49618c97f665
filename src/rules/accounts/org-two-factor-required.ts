/** The organization requires two-factor authentication for everyone with access. */
import { defineRule } from '../../model/rule.js'
import { ownerViewFact } from '../../github/facts/organization.js'
import { ORG_OWNER_ACCESS } from './org-support.js'

export const orgTwoFactorRequired = defineRule({
  meta: {
    id: 'org-two-factor-required',
    area: 'accounts',
    severity: 'high',
    title: 'Organization does not require two-factor authentication',
    rationale: "A password alone is phished or reused every day; 2FA is, in GitHub's words, the best way to improve account security.",
    remediation:
      'Organization settings > Authentication security > Require two-factor authentication (after checking who lacks it: members without 2FA are removed).',
    references: [
      'SSC-01',
      'GitHub guide: securing accounts (A2, A6)',
      'OSPS-AC-01.01',
      'Legitify: two_factor_authentication_not_required_for_org',
      'CIS 1.3.5'
    ],
    access: ORG_OWNER_ACCESS
  },
  needs: [ownerViewFact],
  defaultOptions: {},
  evaluate(ctx) {
    const org = ctx.need(ownerViewFact)
    const required = org.data.two_factor_requirement_enabled
    if (typeof required !== 'boolean')
      return [{ status: 'unknown', message: `GitHub did not return the 2FA requirement of ${org.login}`, permission: 'Administration: read (organization)' }]
    return required
      ? [{ status: 'pass', message: `${org.login} requires two-factor authentication` }]
      : [{ status: 'fail', message: `${org.login} does not require two-factor authentication` }]
  }
})
