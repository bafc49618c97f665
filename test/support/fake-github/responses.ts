/**
 * GitHub's error answers, with the body shapes and headers the real API sends. Each returns a
 * `FakeResponse` to use as a route handler (or as one step of a response list).
 */
import type { FakeResponse } from './server.js'

export { paginate, type PaginateOptions } from './paginate.js'

const DOCS = 'https://docs.github.com/rest'

function error(status: number, message: string, documentationUrl = DOCS, headers: Record<string, string> = {}): FakeResponse {
  return { status, body: { message, documentation_url: documentationUrl, status: String(status) }, headers }
}

/** 404 as GitHub sends it for a missing resource, or one the token may not see. */
export function notFound(documentationUrl = DOCS): FakeResponse {
  return error(404, 'Not Found', documentationUrl)
}

export interface ForbiddenOptions {
  /** Sent as `X-Accepted-GitHub-Permissions`, e.g. 'administration=read' or 'contents=read; metadata=read'. */
  acceptedPermissions?: string
  documentationUrl?: string
}

/** 403; GitHub's usual message for a token without the permission is 'Resource not accessible by integration'. */
export function forbidden(message = 'Resource not accessible by integration', options: ForbiddenOptions = {}): FakeResponse {
  const headers: Record<string, string> = {}
  if (options.acceptedPermissions !== undefined) headers['x-accepted-github-permissions'] = options.acceptedPermissions
  return error(403, message, options.documentationUrl ?? DOCS, headers)
}

/** 401 'Bad credentials'. */
export function unauthorized(): FakeResponse {
  return error(401, 'Bad credentials', DOCS)
}

/** 403 secondary rate limit with `retry-after` (seconds). */
export function secondaryRateLimit(retryAfterSeconds: number): FakeResponse {
  return error(
    403,
    'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID FAKE:0000.',
    'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
    { 'retry-after': String(retryAfterSeconds) }
  )
}

/** 403 primary rate limit: `x-ratelimit-remaining: 0` and `x-ratelimit-reset` (epoch seconds). */
export function primaryRateLimit(resetEpochSeconds: number, limit = 5000): FakeResponse {
  return error(403, 'API rate limit exceeded for installation ID 1.', 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': '0',
    'x-ratelimit-used': String(limit),
    'x-ratelimit-reset': String(resetEpochSeconds),
    'x-ratelimit-resource': 'core'
  })
}

const SERVER_MESSAGES: Record<number, string> = {
  500: 'Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
  504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists."
}

/** 5xx with a JSON body (default 502). */
export function serverError(status = 502): FakeResponse {
  return { status, body: { message: SERVER_MESSAGES[status] ?? 'Server Error', documentation_url: DOCS, status: String(status) } }
}

/** 422 'Validation Failed' with GitHub's `errors` list. */
export function validationFailed(errors: Array<{ resource?: string; field?: string; code: string; message?: string }> = []): FakeResponse {
  return { status: 422, body: { message: 'Validation Failed', errors, documentation_url: DOCS, status: '422' } }
}

/** 204 No Content. */
export function noContent(): FakeResponse {
  return { status: 204 }
}
