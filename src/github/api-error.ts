/**
 * The one classifier of failed GitHub API calls, used by every fact: what went wrong (permission, not
 * found, rate limit, server error, network, malformed answer, timeout, redirect) and a message that names
 * the real cause. Octokit reports a refused connection as a `RequestError` with status 500; this tells it
 * apart from an answer GitHub gave (it has no response), so "could not connect" is never "GitHub answered 500".
 *
 * `ApiFault` is what the client itself throws for an answer it refuses (malformed, cross-origin redirect)
 * or a request it gave up on (timeout, budget spent, network failure).
 */
import { errorMessage } from '../model/errors.js'

export type ApiFailureKind =
  | 'unauthorized' // 401: the token was rejected
  | 'permission' // 403 (not a rate limit), GraphQL FORBIDDEN / INSUFFICIENT_SCOPES
  | 'not-found' // 404, GraphQL NOT_FOUND
  | 'rate-limit' // 429, 403 rate limit, GraphQL RATE_LIMITED
  | 'client-error' // other 4xx (409, 410, 422...)
  | 'server-error' // 5xx answered by the server, GraphQL errors that are GitHub's
  | 'network' // no answer: connection refused or reset, DNS failure, TLS
  | 'timeout' // no answer in time, or the run's API time budget is spent
  | 'malformed' // an answer that is not the JSON GitHub documents (HTML, truncated, wrong content type, wrong shape)
  | 'redirect' // a redirect to another origin: the answer would not be GitHub's
  | 'other' // anything else (a bug, or a condition a fact raised itself)

export interface ApiFailure {
  kind: ApiFailureKind
  /** HTTP status of an answer GitHub gave (absent when there was none). */
  status?: number
  /** What happened, for messages: `GitHub answered 503 (Service Unavailable)`, `could not connect to api.github.com (ECONNREFUSED)`. */
  message: string
  /** From `X-Accepted-GitHub-Permissions`, worded `administration: read`. */
  acceptedPermissions?: string
  /** GraphQL error types, when the failure came from GraphQL's `errors`. */
  graphqlTypes?: string[]
}

/** A failure the client raised itself. `retryable: false` faults are not retried by plugin-retry. */
export class ApiFault extends Error {
  readonly kind: ApiFailureKind
  readonly retryable: boolean

  constructor(kind: ApiFailureKind, message: string, options: { retryable?: boolean; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.kind = kind
    this.retryable = options.retryable ?? false
    // Octokit's fetch wrapper rethrows an error named AbortError as it is (anything else becomes a
    // RequestError with status 500, which plugin-retry retries): a fault that must not be retried is named so.
    this.name = this.retryable ? 'ApiFault' : 'AbortError'
  }
}

export function isApiFault(error: unknown): error is ApiFault {
  return error instanceof ApiFault
}

interface ResponseLike {
  status?: number
  headers?: Record<string, string | number | undefined>
  data?: unknown
}

interface ErrorLike {
  status?: unknown
  message?: unknown
  response?: ResponseLike
  request?: { url?: string }
  cause?: unknown
  errors?: unknown
  data?: unknown
}

/** The ApiFault inside an error (Octokit wraps what `fetch` throws in `cause`), if any. */
function faultIn(error: unknown): ApiFault | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof ApiFault) return current
    current = (current as ErrorLike).cause
  }
  return undefined
}

function graphqlErrors(error: ErrorLike): Array<{ type?: string; message?: string; path?: unknown[] }> | undefined {
  const candidates = [
    error.errors,
    (error.data as { errors?: unknown } | undefined)?.errors,
    (error.response?.data as { errors?: unknown } | undefined)?.errors
  ]
  for (const candidate of candidates) if (Array.isArray(candidate) && candidate.length > 0) return candidate as Array<{ type?: string; message?: string }>
  return undefined
}

/** `X-Accepted-GitHub-Permissions: administration=read; contents=read` -> `administration: read, contents: read` */
export function acceptedPermissionsOf(headers: ResponseLike['headers']): string | undefined {
  const header = headers?.['x-accepted-github-permissions']
  if (typeof header !== 'string' || header.trim() === '') return undefined
  return header
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.replace('=', ': '))
    .join(', ')
}

/** GitHub's `message` of an error answer, first line, without the documentation URL; or what the body was instead. */
export function answerText(response: ResponseLike | undefined, fallback: string): string {
  const data = response?.data
  if (data && typeof data === 'object' && typeof (data as { message?: unknown }).message === 'string') return shorten((data as { message: string }).message)
  const type = String(response?.headers?.['content-type'] ?? '')
  if (typeof data === 'string' && data.trim() !== '') return type.includes('html') || /^\s*</.test(data) ? 'an HTML page, not JSON' : 'a body that is not JSON'
  return shorten(fallback)
}

export function shorten(text: string): string {
  const line = (text.split('\n')[0] ?? '').replace(/ - https?:\/\/\S+$/, '').trim()
  return line.length > 160 ? `${line.slice(0, 157)}...` : line
}

function isRateLimitAnswer(status: number, message: string, headers: ResponseLike['headers']): boolean {
  if (status === 429) return true
  if (status !== 403) return false
  return /rate limit/i.test(message) || headers?.['x-ratelimit-remaining'] === '0' || headers?.['retry-after'] !== undefined
}

/** What GitHub asked to wait, from `Retry-After` or `X-RateLimit-Reset`, in seconds. */
export function requestedWait(headers: ResponseLike['headers'], now = Date.now()): number | undefined {
  const retryAfter = Number(headers?.['retry-after'])
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.ceil(retryAfter)
  const reset = Number(headers?.['x-ratelimit-reset'])
  if (headers?.['x-ratelimit-remaining'] === '0' && Number.isFinite(reset)) return Math.max(0, Math.ceil(reset - now / 1000))
  return undefined
}

function rateLimitMessage(headers: ResponseLike['headers'], secondary: boolean): string {
  const wait = requestedWait(headers)
  const what = secondary ? 'GitHub API secondary rate limit reached' : 'GitHub API rate limit exhausted'
  return wait === undefined ? what : `${what} (GitHub asked to wait ${wait} s, longer than chaingate waits)`
}

/** Classifies any error a GitHub call can throw. */
export function classifyApiError(error: unknown): ApiFailure {
  const fault = faultIn(error)
  if (fault) return { kind: fault.kind, message: fault.message }
  if (typeof error !== 'object' || error === null) return { kind: 'other', message: String(error) }
  const e = error as ErrorLike
  const gql = graphqlErrors(e)
  if (gql && !(typeof e.status === 'number' && e.status >= 400)) {
    const types = [...new Set(gql.map((item) => item.type ?? 'ERROR'))]
    const first = shorten(gql[0]?.message ?? 'error')
    const base = { graphqlTypes: types }
    if (types.includes('RATE_LIMITED')) return { ...base, kind: 'rate-limit', message: `GitHub's GraphQL API rate limit exhausted (${first})` }
    if (types.every((type) => type === 'NOT_FOUND')) return { ...base, kind: 'not-found', message: `GitHub's GraphQL API answered NOT_FOUND (${first})` }
    if (types.some((type) => type === 'FORBIDDEN' || type === 'INSUFFICIENT_SCOPES')) {
      return { ...base, kind: 'permission', message: `GitHub's GraphQL API answered ${types.join(', ')} (${first})` }
    }
    return { ...base, kind: 'server-error', message: `GitHub's GraphQL API answered errors: ${types.join(', ')} (${first})` }
  }
  if (typeof e.status !== 'number') return { kind: 'other', message: errorMessage(error) }
  const status = e.status
  const response = e.response
  // Octokit turns a request that got no answer into a RequestError with status 500 and no response.
  if (!response) return { kind: 'network', message: networkMessage(e) }
  const headers = response.headers
  const message = answerText(response, errorMessage(error))
  const accepted = acceptedPermissionsOf(headers)
  const withPermissions = accepted ? { acceptedPermissions: accepted } : {}
  if (status === 401) return { kind: 'unauthorized', status, message: `the token was rejected (401 ${message})` }
  if (isRateLimitAnswer(status, message, headers)) return { kind: 'rate-limit', status, message: rateLimitMessage(headers, /secondary/i.test(message)) }
  if (status === 403) return { kind: 'permission', status, message: `GitHub answered 403 (${message})`, ...withPermissions }
  if (status === 404) return { kind: 'not-found', status, message: `GitHub answered 404 (${message})`, ...withPermissions }
  if (status >= 500) return { kind: 'server-error', status, message: `GitHub answered ${status} (${message})` }
  if (status >= 300 && status < 400) return { kind: 'redirect', status, message: `GitHub answered ${status} without a usable Location` }
  return { kind: 'client-error', status, message: `GitHub answered ${status} (${message})`, ...withPermissions }
}

function networkMessage(error: ErrorLike): string {
  let host = 'the GitHub API'
  try {
    if (error.request?.url) host = new URL(error.request.url).host
  } catch {
    // keep the generic name
  }
  const code = causeCode(error)
  if (code === 'ECONNREFUSED') return `could not connect to ${host} (connection refused)`
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `could not connect to ${host} (the name does not resolve: ${code})`
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${host} was closed before GitHub answered (${code})`
  return `could not connect to ${host}${code ? ` (${code})` : ` (${shorten(errorMessage(error))})`}`
}

function causeCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 6 && current && typeof current === 'object'; depth += 1) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}
