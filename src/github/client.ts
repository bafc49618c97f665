/**
 * The one Octokit factory. Token and base URL come from the caller (the shells read them from inputs and
 * `GITHUB_API_URL`), so GHES and GHE.com work. Retry and throttling plugins are on; every HTTP request
 * that leaves the process, retries included, is counted.
 */
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

const RetryingOctokit = Octokit.plugin(retry, throttling)
export type GitHubOctokit = InstanceType<typeof RetryingOctokit>

export { RequestCounter } from './request-counter.js'
import type { RequestCounter } from './request-counter.js'

export interface Logger {
  debug(message: string): void
  info(message: string): void
  warn(message: string): void
  error(message: string): void
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} }

export interface GitHubClientOptions {
  token: string
  /** REST base URL, e.g. https://api.github.com or https://ghes.example.com/api/v3 */
  apiUrl: string
  counter: RequestCounter
  userAgent?: string
  log?: Logger
  /** How many times a rate-limited request is retried after waiting. */
  rateLimitRetries?: number
  /** Base of plugin-retry's quadratic backoff, in ms (1000 in production; tests shorten it). */
  retryBaseMs?: number
  /** Longest wait we accept for a rate limit before giving up, in seconds. */
  maxRateLimitWaitSeconds?: number
}

export interface GitHubClient {
  octokit: GitHubOctokit
  apiUrl: string
  counter: RequestCounter
  /** GraphQL endpoint for this instance (GHES: /api/graphql). */
  graphqlUrl: string
}

export function graphqlUrlFor(apiUrl: string): string {
  const url = new URL(apiUrl)
  // GHES: https://host/api/v3 -> https://host/api/graphql
  if (url.pathname.replace(/\/+$/, '').endsWith('/api/v3')) {
    url.pathname = url.pathname.replace(/\/api\/v3\/*$/, '/api/graphql')
    return url.toString()
  }
  return `${apiUrl.replace(/\/+$/, '')}/graphql`
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silentLogger
  const retries = options.rateLimitRetries ?? 2
  const maxWait = options.maxRateLimitWaitSeconds ?? 120
  const counter = options.counter
  const countingFetch: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    counter.record(init?.method ?? 'GET', url)
    return fetch(input, init)
  }
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'chaingate',
    log: { debug: log.debug, info: log.debug, warn: log.warn, error: log.debug },
    request: { fetch: countingFetch },
    retry: {
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retryAfterBaseValue: options.retryBaseMs ?? 1000
    },
    throttle: {
      onRateLimit: (retryAfter: number, requestOptions: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (retryCount < retries && retryAfter <= maxWait) {
          log.warn(`GitHub API rate limit reached for ${requestOptions.method} ${requestOptions.url}; retrying in ${retryAfter}s`)
          return true
        }
        log.warn(`GitHub API rate limit reached for ${requestOptions.method} ${requestOptions.url}; giving up`)
        return false
      },
      onSecondaryRateLimit: (retryAfter: number, requestOptions: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (retryCount < retries && retryAfter <= maxWait) {
          log.warn(`GitHub API secondary rate limit for ${requestOptions.method} ${requestOptions.url}; retrying in ${retryAfter}s`)
          return true
        }
        return false
      }
    }
  })
  // plugin-retry (and plugin-throttling) keep their retry count on `options.request`, an object Octokit
  // shares between all requests of a client: a request after a failed one started with the previous
  // request's backoff. Hooks are bound to the per-call options object (arguments a wrap hook passes down
  // are ignored), so the outermost hook swaps in a per-call copy of `request` on that object.
  octokit.hook.wrap('request', (request, requestOptions) => {
    const own = { ...(requestOptions.request ?? {}) } as Record<string, unknown>
    delete own.retryCount
    delete own.retries
    delete own.retryAfter
    requestOptions.request = own as typeof requestOptions.request
    return request(requestOptions)
  })
  return { octokit, apiUrl: options.apiUrl, counter, graphqlUrl: graphqlUrlFor(options.apiUrl) }
}
