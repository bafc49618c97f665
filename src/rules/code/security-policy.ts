/** A security policy (SECURITY.md) tells reporters how to disclose a vulnerability privately. */
import { defineRule } from '../../model/rule.js'
import { securityPolicyFact } from '../../github/facts/security-policy.js'

export const securityPolicy = defineRule({
  meta: {
    id: 'security-policy',
    area: 'code',
    severity: 'medium',
    title: 'No security policy (SECURITY.md)',
    rationale: 'Without a security policy, people who find a vulnerability do not know how to report it privately, and tend to open a public issue.',
    remediation: 'Add SECURITY.md (in the root, .github/ or docs/) saying how to report a vulnerability, ideally through private vulnerability reporting.',
    references: ['SSC-41', 'OSPS-VM-02.01', 'Scorecard: Security-Policy', 'Allstar: SECURITY.md'],
    access: { token: 'none', githubToken: ['contents: read (only to read an organization-wide default in OWNER/.github)'] }
  },
  needs: [securityPolicyFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(securityPolicyFact)
    if (fact.path) return [{ status: 'pass', message: `security policy found: ${fact.path}` }]
    const where = 'no SECURITY.md in the repository (root, .github/ or docs/)'
    const { organizationDefault } = fact
    return [
      {
        status: 'fail',
        message: organizationDefault
          ? `${where} nor an organization-wide default in ${organizationDefault}`
          : `${where}; an organization-wide default (the owner's .github repository) was not looked for: no repository named`
      }
    ]
  }
})
