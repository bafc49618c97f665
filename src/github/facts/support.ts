/**
 * Shared plumbing for the posture facts: which token reads what, a fallback from one token to the other
 * when the first one may not read a resource, GHES detection (a feature missing on an instance is
 * `not-available`, not a permission problem), and the few facts every posture fact builds on (the
 * target, the default branch, the owning organization).
 */
import type { FactContext, Target } from '../../facts/context.js'
import { defineFact, known, noTarget, unknownFact, type Fact } from '../../model/fact.js'
import { apiFact, factFromApiError, isApiError, type ApiFactOptions } from '../api-fact.js'
import { ApiFault, classifyApiError } from '../api-error.js'
import type { GitHubClient } from '../client.js'
import { repositoryFact } from './repository.js'

/**
 * Which token to try first.
 * - `github-token`: endpoints the workflow's GITHUB_TOKEN can read (rulesets, alerts, PR data). The
 *   elevated token, when given, is the fallback when the first answer is a permission error.
 * - `elevated`: settings only an admin, owner or App can read (classic protection, deploy keys, org
 *   settings). The elevated token first, the GITHUB_TOKEN as the fallback.
 */
export type Tier = 'github-token' | 'elevated'

export function clientsFor(ctx: Pick<FactContext, 'github' | 'elevated'>, tier: Tier): GitHubClient[] {
  const ordered = tier === 'elevated' ? [ctx.elevated, ctx.github] : [ctx.github, ctx.elevated]
  const out: GitHubClient[] = []
  for (const client of ordered) if (client && !out.includes(client)) out.push(client)
  return out
}

/** True for a GitHub Enterprise Server API URL (anything but api.github.com and GHE.com's api.*.ghe.com). */
export function isGhes(client: GitHubClient | null): boolean {
  if (!client) return false
  try {
    const url = new URL(client.apiUrl)
    if (url.hostname === 'api.github.com') return false
    if (/^api\.[^.]+\.ghe\.com$/.test(url.hostname)) return false
    return url.pathname.replace(/\/+$/, '').endsWith('/api/v3')
  } catch {
    return false
  }
}

/**
 * A refusal the other token might not get: 401, 403 (not a rate limit), 404, 422, or GraphQL FORBIDDEN /
 * NOT_FOUND / INSUFFICIENT_SCOPES. Rate limits, server errors, network failures and malformed answers are
 * not: the other token would meet the same.
 */
function isPermissionError(error: unknown): boolean {
  const failure = classifyApiError(error)
  if (failure.kind === 'unauthorized' || failure.kind === 'permission' || failure.kind === 'not-found') return true
  return failure.kind === 'client-error' && failure.status === 422
}

export interface TieredFactOptions<T> extends ApiFactOptions<T> {
  /** Endpoint missing on GHES: a 404 there is `not-available`, naming the feature. */
  ghesFeature?: string
  /**
   * For answers whose content depends on who asks (owner-only fields): a value this rejects makes the other
   * token try too; if neither is accepted, the first value is returned.
   */
  complete?: (value: T) => boolean
}

/**
 * Calls `call` with the tier's first client; on a permission error (401/403/404/422, not a rate limit) and
 * when the answer was not mapped to a value, tries the other client. The first client's error is what is
 * reported when both fail, unless the second got further.
 */
export async function tieredFact<T>(
  ctx: Pick<FactContext, 'github' | 'elevated'>,
  tier: Tier,
  call: (client: GitHubClient) => Promise<T>,
  options: TieredFactOptions<T>
): Promise<Fact<T>> {
  const clients = clientsFor(ctx, tier)
  if (clients.length === 0) return apiFact(null, call, options)
  let first: Fact<T> | undefined
  let partial: Fact<T> | undefined
  for (const client of clients) {
    try {
      const value = await call(client)
      if (!options.complete || options.complete(value)) return known(value)
      partial ??= known(value)
    } catch (error) {
      const fact = mapError(error, options, client)
      if (fact.known) return fact
      // A feature the repository does not have: the other token would hear the same. (A GHES 404 is
      // ambiguous, missing feature or missing permission, so the other token still tries.)
      if (fact.cause === 'not-available' && !(isApiError(error) && error.status === 404)) return fact
      first ??= fact
      if (!isPermissionError(error)) return partial ?? first
    }
  }
  return partial ?? first!
}

function mapError<T>(error: unknown, options: TieredFactOptions<T>, client: GitHubClient): Fact<T> {
  const fact = factFromApiError(error, options)
  if (!fact.known && options.ghesFeature && isGhes(client) && isApiError(error) && error.status === 404 && !options.onNotFound?.(error)) {
    return unknownFact(
      'not-available',
      `could not read ${options.what}: ${options.ghesFeature} is not available on this GitHub Enterprise Server (404), or the token lacks ${options.permission}`,
      options.permission
    )
  }
  return fact
}

/**
 * Reads a list endpoint page by page (`per_page=100`, then each `Link: rel="next"`); `cap` stops early (the
 * result says it was truncated). Every page goes through the client's checks, and any page that fails
 * (an error, a malformed answer, a page that is not a list) fails the whole list: a list read in part is
 * never returned as the list. (Octokit's paginator ends quietly on a 409 and reads a non-list page as
 * empty, hence this loop.)
 */
export async function listAll<T>(
  client: GitHubClient,
  route: string,
  parameters: Record<string, unknown>,
  cap = Number.POSITIVE_INFINITY
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = []
  let truncated = false
  let response = await client.octokit.request(route, { per_page: 100, ...parameters })
  for (let page = 1; ; page += 1) {
    const data = response.data as unknown
    if (!Array.isArray(data)) throw new ApiFault('malformed', `page ${page} of ${route} is not a list`)
    items.push(...(data as T[]))
    const next = nextPage(response.headers.link)
    if (items.length >= cap) {
      truncated = items.length > cap || next !== undefined
      break
    }
    if (!next) break
    response = await client.octokit.request({ method: 'GET', url: next })
  }
  return { items: truncated ? items.slice(0, cap) : items, truncated }
}

/** The `rel="next"` URL of a `Link` header. */
export function nextPage(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1]
}

export function targetOf(ctx: FactContext): Fact<Target> {
  if (!ctx.target) return noTarget()
  return known(ctx.target)
}

/** The repository's default branch (from `GET /repos/{owner}/{repo}`, shared with every fact). */
export const defaultBranchFact = defineFact<string>('github.default-branch', async (ctx) => {
  const repository = await ctx.get(repositoryFact)
  return repository.known ? known(repository.value.default_branch) : repository
})

export interface Owner {
  login: string
  type: 'Organization' | 'User'
}

/** The account that owns the repository, from the repository itself (no extra request). */
export const ownerFact = defineFact<Owner>('github.owner', async (ctx) => {
  const repository = await ctx.get(repositoryFact)
  if (!repository.known) return repository
  const owner = repository.value.owner
  return known({ login: owner.login, type: owner.type === 'Organization' ? 'Organization' : 'User' })
})

/** The owning organization's login, or `not-applicable` for a repository owned by a user. */
export const organizationLoginFact = defineFact<string>('github.organization-login', async (ctx) => {
  const owner = await ctx.get(ownerFact)
  if (!owner.known) return owner
  if (owner.value.type !== 'Organization') {
    return unknownFact(
      'not-applicable',
      `${owner.value.login} is a personal account, not an organization: organization settings (2FA requirement, owners, base permission...) do not exist for it, so they cannot be checked; turn the accounts rules off in the policy for personal repositories`
    )
  }
  return known(owner.value.login)
})

export function describeError(error: unknown): string {
  return classifyApiError(error).message
}

/** Age in whole days between an ISO timestamp and `now` (negative for future dates). */
export function ageInDays(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return null
  return Math.floor((now.getTime() - time) / 86_400_000)
}
