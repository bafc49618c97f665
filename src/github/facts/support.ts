/**
 * Shared plumbing for the posture facts: which token reads what, a fallback from one token to the other
 * when the first one may not read a resource, GHES detection (a feature missing on an instance is
 * `not-available`, not a permission problem), and the few facts every posture fact builds on (the
 * target, the default branch, the owning organization).
 */
import type { FactContext, Target } from '../../facts/context.js'
import { defineFact, known, noTarget, unknownFact, type Fact } from '../../model/fact.js'
import { errorMessage } from '../../model/errors.js'
import { apiFact, factFromApiError, isApiError, type ApiErrorLike, type ApiFactOptions } from '../api-fact.js'
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

/** GraphQL answers 200 with `errors`; FORBIDDEN and NOT_FOUND there mean the token may not see the object. */
function graphqlErrorType(error: unknown): string | undefined {
  const errors = (error as { errors?: Array<{ type?: string }> } | null)?.errors
  return Array.isArray(errors) ? errors.find((item) => item.type === 'FORBIDDEN' || item.type === 'NOT_FOUND' || item.type === 'INSUFFICIENT_SCOPES')?.type : undefined
}

function isPermissionError(error: unknown): boolean {
  if (graphqlErrorType(error)) return true
  if (!isApiError(error)) return false
  if (error.status === 401) return true
  if (error.status === 403) return !/rate limit/i.test(error.message)
  return error.status === 404 || error.status === 422
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
export async function tieredFact<T>(ctx: Pick<FactContext, 'github' | 'elevated'>, tier: Tier, call: (client: GitHubClient) => Promise<T>, options: TieredFactOptions<T>): Promise<Fact<T>> {
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
  const type = graphqlErrorType(error)
  if (type) return unknownFact('permission', `could not read ${options.what}: GitHub's GraphQL API answered ${type} (${errorMessage(error).split('\n')[0]})`, options.permission)
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

/** Paginates a list endpoint with `per_page=100`; `cap` stops early (the result says it was truncated). */
export async function listAll<T>(client: GitHubClient, route: string, parameters: Record<string, unknown>, cap = Number.POSITIVE_INFINITY): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = []
  let truncated = false
  for await (const page of client.octokit.paginate.iterator(route, { per_page: 100, ...parameters })) {
    const data = page.data as unknown
    const list = Array.isArray(data) ? (data as T[]) : []
    items.push(...list)
    if (items.length >= cap) {
      truncated = items.length > cap || /rel="next"/.test(String(page.headers.link ?? ''))
      break
    }
  }
  return { items: truncated ? items.slice(0, cap) : items, truncated }
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
  if (isApiError(error)) return `${(error as ApiErrorLike).status} ${errorMessage(error).split('\n')[0]}`
  return errorMessage(error)
}

/** Age in whole days between an ISO timestamp and `now` (negative for future dates). */
export function ageInDays(iso: string | null | undefined, now: Date): number | null {
  if (!iso) return null
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return null
  return Math.floor((now.getTime() - time) / 86_400_000)
}
