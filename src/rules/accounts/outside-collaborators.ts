/** Outside collaborators of this repository with admin (always flagged) or write/maintain (unless allowed). */
import { defineRule } from '../../model/rule.js'
import { outsideCollaboratorsFact } from '../../github/facts/organization.js'

export const outsideCollaborators = defineRule<{ allowWrite: boolean }>({
  meta: {
    id: 'outside-collaborators',
    area: 'accounts',
    severity: 'high',
    title: 'Outside collaborators with admin or write access',
    rationale:
      "Outside collaborators are outside the organization's SSO, 2FA policy reviews and offboarding; admin lets them change protection, write lets them push.",
    remediation: "Lower outside collaborators to read or triage, or make them members of a team under the organization's controls.",
    references: ['SSC-10', 'Allstar: Outside Collaborators', 'OSPS-AC-02.01'],
    access: {
      token: 'elevated',
      fineGrained: ['Metadata: read', 'Administration: read'],
      note: 'GitHub lists collaborators to users with push access; organization repositories only (unknown, not applicable, for personal ones).'
    }
  },
  needs: [outsideCollaboratorsFact],
  defaultOptions: { allowWrite: true },
  strictOptions: { allowWrite: false },
  optionsSchema: { type: 'object', properties: { allowWrite: { type: 'boolean', description: 'Accept outside collaborators with write (push) access.' } } },
  evaluate(ctx) {
    const fact = ctx.need(outsideCollaboratorsFact)
    const admins = fact.filter((user) => user.permissions.admin || user.roleName === 'admin')
    const writers = fact.filter(
      (user) => !admins.includes(user) && (user.permissions.maintain || user.permissions.push || user.roleName === 'write' || user.roleName === 'maintain')
    )
    const results = []
    if (admins.length) results.push({ status: 'fail' as const, message: `outside collaborator(s) with admin: ${admins.map((user) => user.login).join(', ')}` })
    if (writers.length && !ctx.options.allowWrite)
      results.push({
        status: 'fail' as const,
        severity: 'medium' as const,
        message: `outside collaborator(s) with write: ${writers.map((user) => `${user.login} (${user.roleName || 'write'})`).join(', ')}`
      })
    return results.length
      ? results
      : [{ status: 'pass', message: `${fact.length} outside collaborator(s), none with ${ctx.options.allowWrite ? 'admin' : 'admin or write'}` }]
  }
})
