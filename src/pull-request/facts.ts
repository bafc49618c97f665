/**
 * Facts about the pull request of the run (see event.ts).
 * - One GraphQL query reads the pull request, its reviews and its commits with their signature state
 *   (REST needs `GET .../pulls/{n}` for a merge group, `.../reviews` and `.../commits`: up to three requests).
 * - When a list has more than 100 entries, or GraphQL fails, the REST listing is used for it instead
 *   (commits: GitHub lists at most 250).
 * - For `pull_request` events the head SHA and author come from the payload.
 * Outside pull-request mode the facts are unknown with cause `not-applicable`.
 */
import { defineFact, known, unknownFact, type Fact, noTarget } from '../model/fact.js'
import type { FactContext } from '../facts/context.js'
import { actorLogin, graphql, PULL_REQUEST_QUERY } from '../github/graphql.js'
import { listAll, tieredFact } from '../github/facts/support.js'
import { pullRequestOf } from './event.js'

export interface PullRequestInfo {
  number: number
  event: string
  headSha: string
  author: string
  /** The commit the gate runs on in a merge queue. */
  groupHeadSha?: string
}

export interface Review {
  user: string | null
  state: string
  commitId: string | null
  submittedAt: string | null
}

export interface PullRequestCommit {
  sha: string
  verified: boolean
  reason: string
  author: string | null
}

export interface PullRequestCommits {
  commits: PullRequestCommit[]
  /** Not every commit was listed (REST lists at most 250). */
  truncated: boolean
}

export const NOT_A_PULL_REQUEST =
  'this run is not for a pull request (checked only on pull_request, pull_request_target, pull_request_review and merge_group events)'

/** On another event (a push) the pull-request checks do not apply; without any event they are unknown. */
function notInPullRequestMode(ctx: FactContext): Fact<never> {
  const name = ctx.event?.name
  return name ? unknownFact('other-event', `${NOT_A_PULL_REQUEST}; event was ${name}`) : unknownFact('not-applicable', NOT_A_PULL_REQUEST)
}

interface GraphActor {
  __typename?: string
  login: string
}

interface PullRequestGraph {
  repository: {
    pullRequest: {
      number: number
      headRefOid: string
      author: GraphActor | null
      reviews: {
        pageInfo: { hasNextPage: boolean }
        nodes: Array<{ author: GraphActor | null; state: string; submittedAt: string | null; commit: { oid: string } | null } | null>
      }
      commits: {
        totalCount: number
        pageInfo: { hasNextPage: boolean }
        nodes: Array<{
          commit: { oid: string; author: { user: { login: string } | null } | null; signature: { isValid: boolean; state: string } | null }
        } | null>
      }
    } | null
  } | null
}

export interface PullRequestData {
  number: number
  headSha: string
  author: string
  /** null when there were more than GraphQL's first page returned (then REST lists them). */
  reviews: Review[] | null
  commits: PullRequestCommit[] | null
}

/** The pull request with its reviews and commits, in one GraphQL request. */
export const pullRequestDataFact = defineFact<PullRequestData>('github.pull-request-data', async (ctx) => {
  const ref = pullRequestOf(ctx.event)
  if (!ref) return notInPullRequestMode(ctx)
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact<PullRequestData>(
    ctx,
    'github-token',
    async (client) => {
      const data = await graphql<PullRequestGraph>(client, PULL_REQUEST_QUERY, { owner, name: repo, number: ref.number })
      const pr = data.repository?.pullRequest
      if (!pr) throw new Error(`pull request #${ref.number} not visible to GraphQL`)
      const reviews = pr.reviews.pageInfo.hasNextPage
        ? null
        : pr.reviews.nodes.flatMap((node) =>
            node ? [{ user: actorLogin(node.author), state: node.state, commitId: node.commit?.oid ?? null, submittedAt: node.submittedAt }] : []
          )
      const commits = pr.commits.pageInfo.hasNextPage
        ? null
        : pr.commits.nodes.flatMap((node) =>
            node
              ? [
                  {
                    sha: node.commit.oid,
                    verified: node.commit.signature?.isValid === true,
                    reason: (node.commit.signature?.state ?? 'UNSIGNED').toLowerCase(),
                    author: node.commit.author?.user?.login ?? null
                  }
                ]
              : []
          )
      return { number: pr.number, headSha: pr.headRefOid, author: actorLogin(pr.author) ?? 'ghost', reviews, commits }
    },
    { what: `pull request #${ref.number}`, permission: 'pull-requests: read' }
  )
})

export const pullRequestFact = defineFact<PullRequestInfo>('github.pull-request', async (ctx) => {
  const ref = pullRequestOf(ctx.event)
  if (!ref) return notInPullRequestMode(ctx)
  if (!ctx.target) return noTarget()
  if (ref.headSha && ref.author) return known({ number: ref.number, event: ref.event, headSha: ref.headSha, author: ref.author })
  const extra = ref.groupHeadSha ? { groupHeadSha: ref.groupHeadSha } : {}
  const graph = await ctx.get(pullRequestDataFact)
  if (graph.known) return known({ number: ref.number, event: ref.event, headSha: graph.value.headSha, author: graph.value.author, ...extra })
  const { owner, repo } = ctx.target
  return tieredFact<PullRequestInfo>(
    ctx,
    'github-token',
    async (client) => {
      const data = (await client.octokit.rest.pulls.get({ owner, repo, pull_number: ref.number })).data
      return { number: ref.number, event: ref.event, headSha: data.head.sha, author: data.user.login, ...extra }
    },
    { what: `pull request #${ref.number}`, permission: 'pull-requests: read' }
  )
})

export const pullRequestReviewsFact = defineFact<Review[]>('github.pull-request-reviews', async (ctx) => {
  const pr = await ctx.get(pullRequestFact)
  if (!pr.known) return pr
  const graph = await ctx.get(pullRequestDataFact)
  if (graph.known && graph.value.reviews) return known(graph.value.reviews)
  const { owner, repo } = ctx.target!
  return tieredFact(
    ctx,
    'github-token',
    async (client) => {
      const { items } = await listAll<{ user: { login: string } | null; state: string; commit_id: string | null; submitted_at?: string }>(
        client,
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
        {
          owner,
          repo,
          pull_number: pr.value.number
        }
      )
      return items.map((item) => ({ user: item.user?.login ?? null, state: item.state, commitId: item.commit_id, submittedAt: item.submitted_at ?? null }))
    },
    { what: `reviews of pull request #${pr.value.number}`, permission: 'pull-requests: read' }
  )
})

export const pullRequestCommitsFact = defineFact<PullRequestCommits>('github.pull-request-commits', async (ctx) => {
  const pr = await ctx.get(pullRequestFact)
  if (!pr.known) return pr
  const graph = await ctx.get(pullRequestDataFact)
  if (graph.known && graph.value.commits) return known({ commits: graph.value.commits, truncated: false })
  const { owner, repo } = ctx.target!
  return tieredFact(
    ctx,
    'github-token',
    async (client) => {
      const { items } = await listAll<{ sha: string; author: { login: string } | null; commit: { verification?: { verified: boolean; reason: string } } }>(
        client,
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits',
        { owner, repo, pull_number: pr.value.number }
      )
      return {
        commits: items.map((item) => ({
          sha: item.sha,
          verified: item.commit.verification?.verified === true,
          reason: item.commit.verification?.reason ?? 'unknown',
          author: item.author?.login ?? null
        })),
        truncated: items.length >= 250
      }
    },
    { what: `commits of pull request #${pr.value.number}`, permission: 'pull-requests: read' }
  )
})
