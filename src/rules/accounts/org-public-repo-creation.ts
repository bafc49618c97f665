/** Only owners may create public repositories (a public repository is one click from a leak). */
import { defineRule } from '../../model/rule.js'
import { ownerViewFact } from '../../github/facts/organization.js'
import { ORG_OWNER_ACCESS } from './org-support.js'

export const orgPublicRepoCreation = defineRule({
  meta: {
    id: 'org-public-repo-creation',
    area: 'accounts',
    severity: 'medium',
    title: 'Members can create public repositories',
    rationale: 'A member who creates a public repository (or a compromised member account) can publish internal code or secrets outside any review.',
    remediation: 'Organization settings > Member privileges > Repository creation: untick Public.',
    references: ['SSC-10', 'Legitify: non_admins_can_create_public_repositories', 'CIS 1.2.2'],
    access: ORG_OWNER_ACCESS
  },
  needs: [ownerViewFact],
  defaultOptions: {},
  evaluate(ctx) {
    const org = ctx.need(ownerViewFact)
    const value = org.data.members_can_create_public_repositories
    if (typeof value !== 'boolean')
      return [
        {
          status: 'unknown',
          message: `GitHub did not return who may create public repositories in ${org.login}`,
          permission: 'Administration: read (organization)'
        }
      ]
    return value
      ? [{ status: 'fail', message: `members of ${org.login} can create public repositories` }]
      : [{ status: 'pass', message: `only owners can create public repositories in ${org.login}` }]
  }
})
