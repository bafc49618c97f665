/** What the accounts rules share: the access they declare. */
import type { RuleAccess } from '../../model/rule.js'

export const ORG_OWNER_ACCESS: RuleAccess = {
  token: 'elevated',
  fineGrained: ['Administration: read (organization)', 'Members: read (organization)'],
  note: 'Organization owners only (classic PAT: admin:org / read:org). Pass an owner token or a GitHub App installation token as admin-token. On a repository owned by a personal account the rule is unknown (not applicable): disable it there.'
}
