/**
 * `GET /repos/{owner}/{repo}`: default branch, visibility, owner type and, for a token with admin read
 * (the elevated one when given, tried first), `security_and_analysis`. One request, shared by every rule.
 */
import { defineFact, noTarget } from '../../model/fact.js'
import type { RestEndpointMethodTypes } from '@octokit/rest'
import { tieredFact } from './support.js'

export type Repository = RestEndpointMethodTypes['repos']['get']['response']['data']

export const repositoryFact = defineFact<Repository>('github.repository', async (ctx) => {
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact(ctx, 'elevated', async (client) => (await client.octokit.rest.repos.get({ owner, repo })).data, {
    what: `repository ${owner}/${repo}`,
    permission: 'Metadata: read',
    // security_and_analysis is shown to admins only: if the first token does not get it, the other may.
    complete: (repository) => Boolean(repository.security_and_analysis)
  })
})
