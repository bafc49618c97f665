/** The organization authenticates through SAML single sign-on (its own identity provider). */
import { defineRule } from '../../model/rule.js'
import { samlSsoFact } from '../../github/facts/organization.js'
import { ORG_OWNER_ACCESS } from './org-support.js'

export const orgSamlSso = defineRule<{ enterpriseManaged: boolean }>({
  meta: {
    id: 'org-saml-sso',
    area: 'accounts',
    severity: 'medium',
    title: 'Organization does not use SAML single sign-on',
    rationale: 'With SSO, access follows the identity provider: offboarding and MFA policy apply to GitHub too.',
    remediation:
      'Organization settings > Authentication security > Enable SAML authentication (GitHub Enterprise Cloud); if SSO is configured for the whole enterprise, set `enterpriseManaged: true`.',
    references: ['SSC-05', 'GitHub guide: securing accounts (A1)', 'Legitify: organization_not_using_single_sign_on'],
    access: { ...ORG_OWNER_ACCESS, note: `${ORG_OWNER_ACCESS.note} Read with one GraphQL query (organization.samlIdentityProvider).` },
    baseline: false
  },
  needs: [samlSsoFact],
  defaultOptions: { enterpriseManaged: false },
  optionsSchema: {
    type: 'object',
    properties: { enterpriseManaged: { type: 'boolean', description: 'SSO is configured at the enterprise level (invisible to the organization API).' } }
  },
  evaluate(ctx) {
    const fact = ctx.need(samlSsoFact)
    if (fact.ssoUrl) return [{ status: 'pass', message: `SAML SSO through ${fact.ssoUrl}` }]
    if (ctx.options.enterpriseManaged)
      return [{ status: 'pass', message: 'the organization has no SAML provider of its own; the policy says SSO is enforced by the enterprise' }]
    return [{ status: 'fail', message: 'the organization has no SAML identity provider (if the enterprise enforces SSO, set enterpriseManaged: true)' }]
  }
})
