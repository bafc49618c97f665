/** Members and outside collaborators of the organization without 2FA, listed by login. */
import { defineRule } from '../../model/rule.js'
import { membersWithout2faFact } from '../../github/facts/organization.js'
import { ORG_OWNER_ACCESS } from './org-support.js'

const SHOWN = 50

export const orgMembersWithout2fa = defineRule({
  meta: {
    id: 'org-members-without-2fa',
    area: 'accounts',
    severity: 'high',
    title: 'Organization members or outside collaborators without 2FA',
    rationale: 'Each account without a second factor is one phished password away from write access; the 2FA requirement removes them, so list them first.',
    remediation: 'Ask the listed people to enable 2FA (or remove them), then require 2FA for the organization.',
    references: ['SSC-02', 'GitHub guide: securing accounts (A6)', 'OSPS-AC-01.01'],
    access: ORG_OWNER_ACCESS
  },
  needs: [membersWithout2faFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(membersWithout2faFact)
    const { members, outsideCollaborators } = fact
    const list = (users: { login: string }[]): string =>
      users
        .slice(0, SHOWN)
        .map((user) => user.login)
        .join(', ') + (users.length > SHOWN ? ` and ${users.length - SHOWN} more` : '')
    const results = []
    if (members.length) results.push({ status: 'fail' as const, message: `${members.length} member(s) without 2FA: ${list(members)}` })
    if (outsideCollaborators.length)
      results.push({ status: 'fail' as const, message: `${outsideCollaborators.length} outside collaborator(s) without 2FA: ${list(outsideCollaborators)}` })
    return results.length ? results : [{ status: 'pass', message: 'every member and outside collaborator has 2FA enabled' }]
  }
})
