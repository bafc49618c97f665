/**
 * The one Octokit factory. Token and base URL come from the caller (the shells read them from inputs and
 * `GITHUB_API_URL`), so GHES and GHE.com work. Retry and throttling plugins are on; every HTTP request
 * that leaves the process, retries and redirects included, is counted.
 *
 * Every answer is checked before anyone reads it (`guardedFetch` and the outermost request hook):
 * - each request has a timeout, and the client an overall time budget; past either, the call fails as a
 *   `timeout` (not retried), never hangs;
 * - redirects are followed only within the origin the request went to; an answer from another origin is
 *   never taken as GitHub's (`redirect`);
 * - a success answer must be JSON (content type and body) of the shape GitHub's OpenAPI description promises
 *   for the endpoint (`api-shape.ts`), otherwise it is `malformed`;
 * - rate limits: `Retry-After` (or the reset time) is honoured when it is at most `maxRateLimitWaitSeconds`
 *   and fits in the budget, otherwise the call fails as `rate-limit` at once.
 * The fact that made the call turns the failure into `unknown` with the cause (`api-fact.ts`).
 */
import { Octokit } from '@octokit/rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { ApiFault } from './api-error.js'
import { matchRoute, shapeProblem } from './api-shape.js'
import { API_SHAPES } from './api-shapes.generated.js'
import { proxyRefusal, useProxyForFetch } from '../runtime/proxy.js'

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

/** Defaults of the request limits (see README "GitHub API"). */
export const REQUEST_TIMEOUT_MS = 30_000
export const API_BUDGET_MS = 300_000
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120

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
  /** Longest a single request (answer and body) may take. */
  requestTimeoutMs?: number
  /** Longest all requests of this client may take together, waits included, from its creation. */
  budgetMs?: number
  /** Retries of a request that got a server error or no answer (plugin-retry; default 3). */
  retries?: number
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

const NULL_BODY = new Set([101, 103, 204, 205, 304])
/** Set by `guardedFetch` on an answer labelled JSON whose body does not parse. */
const INVALID_JSON = 'x-chaingate-invalid-json'
const MAX_REDIRECTS = 5

interface FetchLimits {
  counter: RequestCounter
  requestTimeoutMs: number
  budgetMs: number
  deadline: number
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}

/** Path of a URL for messages (no query: it may carry names we need not repeat). */
function where(method: string, url: string): string {
  try {
    return `${method} ${new URL(url).pathname}`
  } catch {
    return `${method} ${url}`
  }
}

/**
 * `fetch` with the client's limits: counts every request, times each out, stops at the budget, follows
 * redirects only within the request's origin, and reads the whole body under the same timeout (so a
 * server that stalls mid-body is a timeout, not a truncated answer).
 */
function guardedFetch(limits: FetchLimits): typeof fetch {
  return async (input, init) => {
    let url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    let method = init?.method ?? 'GET'
    let body = init?.body
    for (let hop = 0; ; hop += 1) {
      const remaining = limits.deadline - Date.now()
      if (remaining <= 0)
        throw new ApiFault('timeout', `the GitHub API time budget of this run (${seconds(limits.budgetMs)}) is spent; ${where(method, url)} was not sent`)
      const limit = Math.min(limits.requestTimeoutMs, remaining)
      const timer = AbortSignal.timeout(limit)
      const signal = init?.signal ? AbortSignal.any([init.signal, timer]) : timer
      const timedOut = (): ApiFault =>
        new ApiFault(
          'timeout',
          limit < limits.requestTimeoutMs
            ? `the GitHub API time budget of this run (${seconds(limits.budgetMs)}) ran out during ${where(method, url)}`
            : `${new URL(url).host} did not answer ${where(method, url)} within ${seconds(limit)}`
        )
      limits.counter.record(method, url)
      useProxyForFetch() // HTTPS_PROXY / NO_PROXY (nothing to do without them)
      let response: Response
      try {
        response = await fetch(url, { ...init, method, body: body ?? null, redirect: 'manual', signal })
      } catch (error) {
        if (timer.aborted) throw timedOut()
        if (init?.signal?.aborted) throw error
        throw new ApiFault('network', networkFailure(url, error), { retryable: true, cause: error })
      }
      const location = response.headers.get('location')
      if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
        await response.body?.cancel().catch(() => undefined)
        const target = new URL(location, url)
        const origin = new URL(url).origin
        if (target.origin !== origin) {
          throw new ApiFault(
            'redirect',
            `the answer to ${where(method, url)} redirected to another origin (${target.origin}); chaingate takes answers only from ${origin}`
          )
        }
        if (hop >= MAX_REDIRECTS) throw new ApiFault('redirect', `${where(method, url)} was redirected more than ${MAX_REDIRECTS} times`)
        if (response.status === 303 || ((response.status === 301 || response.status === 302) && method === 'POST')) {
          method = 'GET'
          body = undefined
        }
        url = target.href
        continue
      }
      let payload: ArrayBuffer | null
      try {
        payload = NULL_BODY.has(response.status) ? null : await response.arrayBuffer()
      } catch (error) {
        if (timer.aborted) throw timedOut()
        throw new ApiFault('network', `the connection to ${new URL(url).host} broke while reading the answer to ${where(method, url)}`, {
          retryable: true,
          cause: error
        })
      }
      const headers = new Headers(response.headers)
      // Octokit reads an answer that does not parse as its text, which could not then be told from a JSON
      // string: the parse is tried here once and its failure marked for `checkAnswer`.
      if (payload && /^application\/([\w.+-]+\+)?json\b/i.test(headers.get('content-type') ?? '')) {
        try {
          JSON.parse(new TextDecoder().decode(payload))
        } catch {
          headers.set(INVALID_JSON, '1')
        }
      }
      // plugin-throttling waits out a 429 only by `X-RateLimit-Reset`: a 429 with `Retry-After` is a limit
      // that resets after that many seconds.
      const retryAfter = Number(headers.get('retry-after'))
      if (response.status === 429 && Number.isFinite(retryAfter) && headers.get('x-ratelimit-remaining') !== '0') {
        headers.set('x-ratelimit-remaining', '0')
        headers.set('x-ratelimit-reset', String(Math.ceil(Date.now() / 1000 + retryAfter)))
      }
      return new Response(payload, { status: response.status, statusText: response.statusText, headers })
    }
  }
}

function networkFailure(url: string, error: unknown): string {
  const host = new URL(url).host
  let code: string | undefined
  let current: unknown = error
  for (let depth = 0; depth < 6 && current && typeof current === 'object' && !code; depth += 1) {
    const value = (current as { code?: unknown }).code
    if (typeof value === 'string') code = value
    current = (current as { cause?: unknown }).cause
  }
  const refusal = proxyRefusal(error)
  if (refusal) return `could not connect to ${host}: ${refusal}`
  if (code === 'ECONNREFUSED') return `could not connect to ${host} (connection refused)`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not connect to ${host} (the name does not resolve: ${code})`
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${host} was closed before an answer came (${code})`
  return `could not connect to ${host} (${code ?? (error instanceof Error ? error.message : String(error))})`
}

interface HookOptions {
  method: string
  url: string
  baseUrl?: string
  request?: Record<string, unknown>
}

interface HookResponse {
  status: number
  url?: string
  headers: Record<string, string | number | undefined>
  data: unknown
}

/** The table's route for a request's URL (a template, a path, or an absolute URL of a later page). */
function routeOf(options: HookOptions, apiUrl: string): string | undefined {
  let path = options.url
  if (/^https?:\/\//i.test(path)) {
    const base = new URL(apiUrl).pathname.replace(/\/+$/, '')
    path = new URL(path).pathname
    if (base && path.startsWith(`${base}/`)) path = path.slice(base.length)
  }
  return matchRoute(API_SHAPES, options.method, path.split('?')[0]!)
}

/** Throws a `malformed` fault unless the success answer is JSON of the documented shape. */
export function checkAnswer(options: HookOptions, response: HookResponse, apiUrl: string): void {
  const graphql = /\/graphql\/?$/.test(options.url.split('?')[0]!)
  const route = graphql ? 'POST /graphql' : routeOf(options, apiUrl)
  const what = route ?? `${options.method} ${options.url.split('?')[0]}`
  const documented = route && !graphql ? API_SHAPES.routes[route] : undefined
  if (response.status < 200 || response.status >= 300) throw new ApiFault('redirect', `GitHub answered ${what} with ${response.status} and no usable Location`)
  if (response.status === 204 || response.status === 205) {
    if (documented?.json) throw new ApiFault('malformed', `GitHub answered ${what} with ${response.status} and no body, where it documents JSON`)
    return
  }
  const type = String(response.headers['content-type'] ?? '')
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type.trim())) {
    throw new ApiFault('malformed', `GitHub answered ${what} with ${type ? `content type ${type.split(';')[0]}` : 'no content type'}, not JSON`)
  }
  const data = response.data
  if (response.headers[INVALID_JSON] !== undefined || data instanceof ArrayBuffer || data === undefined) {
    throw new ApiFault(
      'malformed',
      `GitHub's answer to ${what} is not valid JSON${typeof data === 'string' && data.length > 0 ? ' (cut short or damaged)' : ' (empty)'}`
    )
  }
  if (graphql) {
    const answer = data as { data?: unknown; errors?: unknown }
    const ok =
      typeof data === 'object' &&
      data !== null &&
      !Array.isArray(data) &&
      ('data' in answer || 'errors' in answer) &&
      (answer.data === undefined || answer.data === null || (typeof answer.data === 'object' && !Array.isArray(answer.data))) &&
      (answer.errors === undefined || Array.isArray(answer.errors))
    if (!ok) throw new ApiFault('malformed', "GitHub's GraphQL answer has neither a data object nor an errors list")
    return
  }
  if (!documented) return
  const problem = shapeProblem(data, documented.shape)
  if (problem) throw new ApiFault('malformed', `GitHub's answer to ${what} is not what GitHub documents: ${problem}`)
}

let clientSerial = 0

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const log = options.log ?? silentLogger
  const retries = options.rateLimitRetries ?? 2
  const maxWait = options.maxRateLimitWaitSeconds ?? MAX_RATE_LIMIT_WAIT_SECONDS
  const counter = options.counter
  const budgetMs = options.budgetMs ?? API_BUDGET_MS
  const limits: FetchLimits = { counter, requestTimeoutMs: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, budgetMs, deadline: Date.now() + budgetMs }
  // Waiting out a rate limit is worth it only within the cap and the time budget left.
  const worthWaiting = (retryAfter: number, retryCount: number): boolean =>
    retryCount < retries && retryAfter <= maxWait && retryAfter * 1000 < limits.deadline - Date.now()
  const octokit = new RetryingOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent ?? 'chaingate',
    log: { debug: log.debug, info: log.debug, warn: log.warn, error: log.debug },
    request: { fetch: guardedFetch(limits) },
    retry: {
      // Rate limits (403/429) are plugin-throttling's: it knows how long GitHub asked to wait.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      retryAfterBaseValue: options.retryBaseMs ?? 1000,
      ...(options.retries !== undefined ? { retries: options.retries } : {})
    },
    throttle: {
      // plugin-throttling queues every client of a process under one id by default ("no-id"): its one-second
      // spacing of POSTs (GraphQL included) would then be shared by unrelated clients. One queue per client.
      id: `chaingate-client-${(clientSerial += 1)}`,
      onRateLimit: (retryAfter: number, requestOptions: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (worthWaiting(retryAfter, retryCount)) {
          log.warn(`GitHub API rate limit reached for ${requestOptions.method} ${requestOptions.url}; retrying in ${retryAfter}s`)
          return true
        }
        log.warn(`GitHub API rate limit reached for ${requestOptions.method} ${requestOptions.url}; GitHub asks to wait ${retryAfter}s: giving up`)
        return false
      },
      onSecondaryRateLimit: (retryAfter: number, requestOptions: { method: string; url: string }, _o: unknown, retryCount: number) => {
        if (worthWaiting(retryAfter, retryCount)) {
          log.warn(`GitHub API secondary rate limit for ${requestOptions.method} ${requestOptions.url}; retrying in ${retryAfter}s`)
          return true
        }
        log.warn(`GitHub API secondary rate limit for ${requestOptions.method} ${requestOptions.url}; GitHub asks to wait ${retryAfter}s: giving up`)
        return false
      }
    }
  })
  // plugin-retry (and plugin-throttling) keep their retry count on `options.request`, an object Octokit
  // shares between all requests of a client: a request after a failed one started with the previous
  // request's backoff. Hooks are bound to the per-call options object (arguments a wrap hook passes down
  // are ignored), so the outermost hook swaps in a per-call copy of `request` on that object.
  // The same hook checks every answer before it reaches the caller (after retries, so a malformed answer
  // is not asked again).
  octokit.hook.wrap('request', async (request, requestOptions) => {
    const own = { ...(requestOptions.request ?? {}) } as Record<string, unknown>
    delete own.retryCount
    delete own.retries
    delete own.retryAfter
    requestOptions.request = own as typeof requestOptions.request
    const response = (await request(requestOptions)) as HookResponse
    checkAnswer(requestOptions as unknown as HookOptions, response, options.apiUrl)
    return response as never
  })
  return { octokit, apiUrl: options.apiUrl, counter, graphqlUrl: graphqlUrlFor(options.apiUrl) }
}
