/**
 * The repository's GitHub Actions settings, one fact per endpoint (each read once per run, shared by the
 * rules that look at it). All of them need repository Administration: read, which the workflow's
 * GITHUB_TOKEN never has: give chaingate an admin token (fine-grained PAT or GitHub App) to read them;
 * without one they are `unknown`, naming that permission. The environments list is readable with the
 * GITHUB_TOKEN (`actions: read`) and without authentication on public repositories.
 */
import type { RestEndpointMethodTypes } from '@octokit/rest'
import type { FactContext } from '../../facts/context.js'
import { defineFact, known, noTarget, type Fact } from '../../model/fact.js'
import { apiFact } from '../api-fact.js'
import type { GitHubClient } from '../client.js'
import { repositoryFact } from './repository.js'

export type ActionsWorkflowPermissions = RestEndpointMethodTypes['actions']['getGithubActionsDefaultWorkflowPermissionsRepository']['response']['data']
export type ActionsPermissions = RestEndpointMethodTypes['actions']['getGithubActionsPermissionsRepository']['response']['data']
export type SelectedActions = RestEndpointMethodTypes['actions']['getAllowedActionsRepository']['response']['data']
export type Environment = NonNullable<RestEndpointMethodTypes['repos']['getAllEnvironments']['response']['data']['environments']>[number]

export interface ForkPrApproval {
  approval_policy: 'first_time_contributors_new_to_github' | 'first_time_contributors' | 'all_external_contributors'
}

const ADMIN = 'Administration: read'

function target(ctx: FactContext, _what: string): Fact<{ owner: string; repo: string; client: GitHubClient | null }> {
  if (!ctx.target) return noTarget()
  return known({ owner: ctx.target.owner, repo: ctx.target.repo, client: ctx.elevated ?? ctx.github })
}

export const actionsWorkflowPermissionsFact = defineFact<ActionsWorkflowPermissions>('github.actions-workflow-permissions', async (ctx) => {
  const what = 'the default GITHUB_TOKEN permissions (GET /repos/{owner}/{repo}/actions/permissions/workflow)'
  const t = target(ctx, what)
  if (!t.known) return t
  const { owner, repo, client } = t.value
  return apiFact(client, async (c) => (await c.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner, repo })).data, {
    what,
    permission: ADMIN
  })
})

export const actionsPermissionsFact = defineFact<ActionsPermissions>('github.actions-permissions', async (ctx) => {
  const what = 'the Actions policy (GET /repos/{owner}/{repo}/actions/permissions)'
  const t = target(ctx, what)
  if (!t.known) return t
  const { owner, repo, client } = t.value
  return apiFact(client, async (c) => (await c.octokit.rest.actions.getGithubActionsPermissionsRepository({ owner, repo })).data, { what, permission: ADMIN })
})

/** Only read when the policy is `selected` (GitHub answers 409 otherwise): `null` when not applicable. */
export const selectedActionsFact = defineFact<SelectedActions | null>('github.actions-selected-actions', async (ctx) => {
  const policy = await ctx.get(actionsPermissionsFact)
  if (!policy.known) return policy
  if (policy.value.allowed_actions !== 'selected') return known(null)
  const what = 'the allowed actions list (GET /repos/{owner}/{repo}/actions/permissions/selected-actions)'
  const t = target(ctx, what)
  if (!t.known) return t
  const { owner, repo, client } = t.value
  return apiFact(client, async (c) => (await c.octokit.rest.actions.getAllowedActionsRepository({ owner, repo })).data, { what, permission: ADMIN })
})

export const forkPrApprovalFact = defineFact<ForkPrApproval>('github.actions-fork-pr-approval', async (ctx) => {
  const what = 'the fork pull request approval policy (GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval)'
  const t = target(ctx, what)
  if (!t.known) return t
  const { owner, repo, client } = t.value
  return apiFact(
    client,
    async (c) =>
      (await c.octokit.request('GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval', { owner, repo })).data as ForkPrApproval,
    { what, permission: ADMIN }
  )
})

export const environmentsFact = defineFact<Environment[]>('github.environments', async (ctx) => {
  const what = 'deployment environments (GET /repos/{owner}/{repo}/environments)'
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return apiFact(
    ctx.github ?? ctx.elevated,
    async (c) => {
      const all: Environment[] = []
      for (let page = 1; page <= 10; page += 1) {
        const data = (await c.octokit.rest.repos.getAllEnvironments({ owner, repo, per_page: 100, page })).data
        const list = data.environments ?? []
        all.push(...list)
        if (list.length < 100 || all.length >= (data.total_count ?? 0)) break
      }
      return all
    },
    // A repository without environments answers 200 with an empty list; 404 is the token's lack of access.
    { what, permission: 'Actions: read' }
  )
})

export interface PrivateForkPrSettings {
  run_workflows_from_fork_pull_requests: boolean
  send_write_tokens_to_workflows: boolean
  send_secrets_and_variables: boolean
  require_approval_for_fork_pr_workflows: boolean
}

/**
 * Fork pull request settings of a private or internal repository
 * (`GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos`); `null` for a public
 * repository, where they do not apply (no request is made).
 */
export const privateForkPrSettingsFact = defineFact<PrivateForkPrSettings | null>('github.actions-fork-pr-private', async (ctx) => {
  const repository = await ctx.get(repositoryFact)
  if (!repository.known) return repository
  if (!repository.value.private && repository.value.visibility !== 'internal') return known(null)
  const what = 'fork pull request settings of a private repository (GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos)'
  const t = target(ctx, what)
  if (!t.known) return t
  const { owner, repo, client } = t.value
  return apiFact(
    client,
    async (c) =>
      (await c.octokit.request('GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos', { owner, repo })).data as PrivateForkPrSettings,
    { what, permission: ADMIN }
  )
})
