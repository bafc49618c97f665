/**
 * The owning organization, as far as the token may see it:
 * - `GET /orgs/{org}`: the settings fields (`two_factor_requirement_enabled`, `default_repository_permission`,
 *   `members_can_create_public_repositories`...) are returned only to owners (classic PAT `admin:org`,
 *   fine-grained/App "Administration" org read). Without them the settings are unknown, never defaults.
 * - members and outside collaborators without 2FA: `?filter=2fa_disabled`, owners only (422 otherwise).
 * - owners: `GET /orgs/{org}/members?role=admin`. For a token that is not a member GitHub redirects to the
 *   *public* members, so the list is trusted only when the token sees the owner-only settings.
 * - SAML SSO: GraphQL `organization.samlIdentityProvider` (owners only).
 * - fine-grained PATs approved in the organization: `GET /orgs/{org}/personal-access-tokens` (GitHub Apps
 *   only, "Personal access tokens" org read).
 */
import { defineFact, known, unknownFact, type Fact, noTarget } from '../../model/fact.js'
import type { FactContext } from '../../facts/context.js'
import type { RestEndpointMethodTypes } from '@octokit/rest'
import { acceptedPermissions } from '../api-fact.js'
import { graphql, SAML_QUERY } from '../graphql.js'
import { listAll, organizationLoginFact, tieredFact } from './support.js'

export type OrganizationData = RestEndpointMethodTypes['orgs']['get']['response']['data']

export interface Organization {
  login: string
  data: OrganizationData
  /** The token sees the owner-only settings (GitHub returned `two_factor_requirement_enabled`). */
  ownerView: boolean
}

export const ORG_OWNER_PERMISSION =
  'organization owner: classic PAT with admin:org (read:org for lists), or a GitHub App / fine-grained PAT with organization "Administration: read" and "Members: read"'

export const organizationFact = defineFact<Organization>('github.organization', async (ctx) => {
  const login = await ctx.get(organizationLoginFact)
  if (!login.known) return login
  return tieredFact<Organization>(
    ctx,
    'elevated',
    async (client) => {
      const data = (await client.octokit.rest.orgs.get({ org: login.value })).data
      const ownerView = typeof data.two_factor_requirement_enabled === 'boolean' || typeof data.default_repository_permission === 'string'
      return { login: login.value, data, ownerView }
    },
    { what: `organization ${login.value}`, permission: 'Metadata: read', complete: (org) => org.ownerView }
  )
})

/** The organization, only when the token sees owner-only settings; otherwise unknown naming what to grant. */
export const ownerViewFact = defineFact<Organization>('github.organization-owner-view', (ctx) => ownerViewOf(ctx))

async function ownerViewOf(ctx: FactContext): Promise<Fact<Organization>> {
  const org = await ctx.get(organizationFact)
  if (!org.known) return org
  if (!org.value.ownerView) {
    return unknownFact(
      'permission',
      `the token cannot see the settings of organization ${org.value.login} (GitHub returns them to organization owners only); pass an owner's token or a GitHub App token as admin-token`,
      ORG_OWNER_PERMISSION
    )
  }
  return org
}

export interface UserRef {
  login: string
  id?: number
}

export interface MembersWithout2fa {
  members: UserRef[]
  outsideCollaborators: UserRef[]
}

function ownerOnly(what: string) {
  return {
    what,
    permission: ORG_OWNER_PERMISSION,
    onStatus: (error: { status: number; message: string; response?: { headers?: Record<string, string | number | undefined> } }) =>
      error.status === 422 || (error.status === 403 && !/rate limit/i.test(error.message))
        ? unknownFact(
            'permission',
            `could not list ${what}: only organization owners may filter by 2FA status (GitHub answered ${error.status}: ${error.message.split('\n')[0]})`,
            acceptedPermissions(error as never) ?? ORG_OWNER_PERMISSION
          )
        : undefined
  }
}

export const membersWithout2faFact = defineFact<MembersWithout2fa>('github.org-members-without-2fa', async (ctx) => {
  const login = await ctx.get(organizationLoginFact)
  if (!login.known) return login
  const org = login.value
  const [members, outside] = await Promise.all([
    tieredFact(
      ctx,
      'elevated',
      async (client) => (await listAll<UserRef>(client, 'GET /orgs/{org}/members', { org, filter: '2fa_disabled' })).items,
      ownerOnly(`members of ${org} without 2FA`)
    ),
    tieredFact(
      ctx,
      'elevated',
      async (client) => (await listAll<UserRef>(client, 'GET /orgs/{org}/outside_collaborators', { org, filter: '2fa_disabled' })).items,
      ownerOnly(`outside collaborators of ${org} without 2FA`)
    )
  ])
  if (!members.known) return members
  if (!outside.known) return outside
  const slim = (users: UserRef[]): UserRef[] => users.map((user) => ({ login: user.login, ...(user.id !== undefined ? { id: user.id } : {}) }))
  return known({ members: slim(members.value), outsideCollaborators: slim(outside.value) })
})

export const orgOwnersFact = defineFact<UserRef[]>('github.org-owners', async (ctx) => {
  // Without owner visibility, a non-member token is redirected to the public members: an undercount.
  const org = await ctx.get(ownerViewFact)
  if (!org.known) return org
  return tieredFact(
    ctx,
    'elevated',
    async (client) =>
      (await listAll<UserRef>(client, 'GET /orgs/{org}/members', { org: org.value.login, role: 'admin' })).items.map((user) => ({ login: user.login })),
    { what: `owners of ${org.value.login}`, permission: 'Members: read (organization)' }
  )
})

export interface Collaborator {
  login: string
  roleName: string
  permissions: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean }
}

/** Outside collaborators of this repository with their role (`GET /repos/{o}/{r}/collaborators?affiliation=outside`). */
export const outsideCollaboratorsFact = defineFact<Collaborator[]>('github.repo-outside-collaborators', async (ctx) => {
  const login = await ctx.get(organizationLoginFact)
  if (!login.known) return login
  const { owner, repo } = ctx.target!
  return tieredFact(
    ctx,
    'elevated',
    async (client) => {
      const { items } = await listAll<{ login: string; role_name?: string; permissions?: Collaborator['permissions'] }>(
        client,
        'GET /repos/{owner}/{repo}/collaborators',
        { owner, repo, affiliation: 'outside' }
      )
      return items.map((item) => ({ login: item.login, roleName: item.role_name ?? '', permissions: item.permissions ?? {} }))
    },
    { what: `outside collaborators of ${owner}/${repo}`, permission: 'Administration: read (repository; GitHub requires push access to list collaborators)' }
  )
})

export interface DeployKey {
  id: number
  title: string
  readOnly: boolean
  createdAt: string
  lastUsed?: string | null
}

export const deployKeysFact = defineFact<DeployKey[]>('github.deploy-keys', async (ctx) => {
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact(
    ctx,
    'elevated',
    async (client) => {
      const { items } = await listAll<{ id: number; title: string; read_only: boolean; created_at: string; last_used?: string | null }>(
        client,
        'GET /repos/{owner}/{repo}/keys',
        { owner, repo }
      )
      return items.map((item) => ({
        id: item.id,
        title: item.title,
        readOnly: item.read_only,
        createdAt: item.created_at,
        ...(item.last_used !== undefined ? { lastUsed: item.last_used } : {})
      }))
    },
    { what: `deploy keys of ${owner}/${repo}`, permission: 'Administration: read' }
  )
})

export interface FineGrainedToken {
  id: number
  owner: string
  name?: string
  expiresAt: string | null
  expired: boolean
  lastUsedAt: string | null
}

export const fineGrainedTokensFact = defineFact<FineGrainedToken[]>('github.org-fine-grained-pats', async (ctx) => {
  const login = await ctx.get(organizationLoginFact)
  if (!login.known) return login
  return tieredFact(
    ctx,
    'elevated',
    async (client) => {
      const { items } = await listAll<{
        id: number
        owner: { login: string }
        token_name?: string
        token_expires_at: string | null
        token_expired: boolean
        token_last_used_at: string | null
      }>(client, 'GET /orgs/{org}/personal-access-tokens', { org: login.value })
      return items.map((item) => ({
        id: item.id,
        owner: item.owner.login,
        ...(item.token_name ? { name: item.token_name } : {}),
        expiresAt: item.token_expires_at,
        expired: item.token_expired,
        lastUsedAt: item.token_last_used_at
      }))
    },
    {
      what: `fine-grained personal access tokens approved in ${login.value}`,
      permission: 'a GitHub App installation token with organization "Personal access tokens: read" (GitHub allows only Apps on this endpoint)',
      ghesFeature: 'the fine-grained personal access token API'
    }
  )
})

export interface SamlSso {
  /** The organization's own SAML identity provider, or null when it has none. */
  ssoUrl: string | null
}

export const samlSsoFact = defineFact<SamlSso>('github.org-saml-sso', async (ctx) => {
  // Only owners may read the identity provider; for others GitHub answers null or an error.
  const org = await ctx.get(ownerViewFact)
  if (!org.known) return org
  return tieredFact(
    ctx,
    'elevated',
    async (client) => {
      const data = await graphql<{ organization: { samlIdentityProvider: { ssoUrl: string | null } | null } | null }>(client, SAML_QUERY, {
        login: org.value.login
      })
      if (!data.organization) throw new Error(`organization ${org.value.login} not visible to GraphQL`)
      return { ssoUrl: data.organization.samlIdentityProvider?.ssoUrl ?? null }
    },
    { what: `SAML single sign-on of ${org.value.login}`, permission: ORG_OWNER_PERMISSION, ghesFeature: 'SAML single sign-on for organizations' }
  )
})
