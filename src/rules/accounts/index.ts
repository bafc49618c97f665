/** The accounts area's rules (organization members, 2FA, owners, collaborators, keys, tokens). */
import type { AnyRule } from '../../model/rule.js'
import { deployKeys } from './deploy-keys.js'
import { orgBasePermission } from './org-base-permission.js'
import { orgFineGrainedPatLifetime } from './org-fine-grained-pat-lifetime.js'
import { orgMembersWithout2fa } from './org-members-without-2fa.js'
import { orgOwnerCount } from './org-owner-count.js'
import { orgPublicRepoCreation } from './org-public-repo-creation.js'
import { orgSamlSso } from './org-saml-sso.js'
import { orgTwoFactorRequired } from './org-two-factor-required.js'
import { outsideCollaborators } from './outside-collaborators.js'

export const accountsRules: AnyRule[] = [
  orgTwoFactorRequired,
  orgMembersWithout2fa,
  orgBasePermission,
  orgOwnerCount,
  orgPublicRepoCreation,
  orgSamlSso,
  orgFineGrainedPatLifetime,
  outsideCollaborators,
  deployKeys
]
