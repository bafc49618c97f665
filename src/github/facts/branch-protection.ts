/**
 * Protection of the default branch, from both places GitHub keeps it:
 * - `GET /repos/{owner}/{repo}/rules/branches/{branch}`: the active rules of every ruleset that applies
 *   (repository and organization), readable with read access;
 * - `GET /repos/{owner}/{repo}/branches/{branch}/protection`: classic branch protection, admin read only.
 */
import type { RestEndpointMethodTypes } from '@octokit/rest'
import { defineFact, known, type Fact } from '../../model/fact.js'
import type { FactContext } from '../../facts/context.js'
import { apiFact } from '../api-fact.js'
import { repositoryFact } from './repository.js'

export type BranchRule = RestEndpointMethodTypes['repos']['getBranchRules']['response']['data'][number]
export type ClassicProtection = RestEndpointMethodTypes['repos']['getBranchProtection']['response']['data']

export interface BranchRules {
  branch: string
  rules: BranchRule[]
}

export interface ClassicBranchProtection {
  branch: string
  /** null: the branch has no classic protection (GitHub answered 404 "Branch not protected"). */
  protection: ClassicProtection | null
}

async function defaultBranch(ctx: FactContext): Promise<Fact<string>> {
  const repository = await ctx.get(repositoryFact)
  return repository.known ? known(repository.value.default_branch) : repository
}

export const defaultBranchRulesFact = defineFact<BranchRules>('github.default-branch-rules', async (ctx) => {
  const branch = await defaultBranch(ctx)
  if (!branch.known) return branch
  const { owner, repo } = ctx.target!
  return apiFact(
    ctx.github,
    async (client) => ({
      branch: branch.value,
      rules: await client.octokit.paginate(client.octokit.rest.repos.getBranchRules, { owner, repo, branch: branch.value, per_page: 100 })
    }),
    { what: `rules that apply to branch ${branch.value}`, permission: 'Metadata: read' }
  )
})

export const defaultBranchClassicProtectionFact = defineFact<ClassicBranchProtection>('github.default-branch-classic-protection', async (ctx) => {
  const branch = await defaultBranch(ctx)
  if (!branch.known) return branch
  const { owner, repo } = ctx.target!
  const client = ctx.elevated ?? ctx.github
  return apiFact<ClassicBranchProtection>(
    client,
    async (c) => ({ branch: branch.value, protection: (await c.octokit.rest.repos.getBranchProtection({ owner, repo, branch: branch.value })).data }),
    {
      what: `classic branch protection of ${branch.value}`,
      permission: 'Administration: read',
      // 404 "Branch not protected" is an answer; a 404 for lack of access says "Not Found".
      onNotFound: (error) => (/not protected/i.test(error.message) ? known({ branch: branch.value, protection: null }) : undefined)
    }
  )
})

