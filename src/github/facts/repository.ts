/** `GET /repos/{owner}/{repo}`: default branch, visibility, owner type, security_and_analysis. */
import { defineFact, unknownFact } from '../../model/fact.js'
import { apiFact } from '../api-fact.js'
import type { RestEndpointMethodTypes } from '@octokit/rest'

export type Repository = RestEndpointMethodTypes['repos']['get']['response']['data']

export const repositoryFact = defineFact<Repository>('github.repository', async (ctx) => {
  if (!ctx.target) return unknownFact('no-target', 'no repository was named (use --repo owner/name or GITHUB_REPOSITORY)')
  const { owner, repo } = ctx.target
  return apiFact(ctx.github, async (client) => (await client.octokit.rest.repos.get({ owner, repo })).data, {
    what: `repository ${owner}/${repo}`,
    permission: 'Metadata: read'
  })
})
