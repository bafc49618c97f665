/**
 * Turns a GitHub API call into a fact: the value when it succeeds (the client has already checked the
 * answer's status, JSON and shape), `unknown` with the permission to grant when the token cannot read it
 * (401/403/404 on a settings endpoint), `unknown` with the real cause otherwise (rate limit, server error,
 * network, timeout, malformed answer, redirect: `classifyApiError`). Never a value the API did not return.
 */
import type { Fact } from '../model/fact.js'
import { known, unknownFact } from '../model/fact.js'
import { acceptedPermissionsOf, classifyApiError, isApiFault } from './api-error.js'
import type { GitHubClient } from './client.js'

/** An answer GitHub gave with an error status (not a request that got no answer). */
export interface ApiErrorLike {
  status: number
  message: string
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
}

/** True for an error answer GitHub gave (status and response); false for network failures, timeouts and faults. */
export function isApiError(error: unknown): error is ApiErrorLike {
  if (typeof error !== 'object' || error === null || isApiFault(error) || isApiFault((error as { cause?: unknown }).cause)) return false
  const candidate = error as { status?: unknown; response?: unknown }
  return typeof candidate.status === 'number' && typeof candidate.response === 'object' && candidate.response !== null
}

/** `X-Accepted-GitHub-Permissions: administration=read; contents=read` -> `administration: read, contents: read` */
export function acceptedPermissions(error: ApiErrorLike): string | undefined {
  return acceptedPermissionsOf(error.response?.headers)
}

export interface ApiFactOptions<T> {
  /** What is being read, for messages: "classic branch protection of main". */
  what: string
  /** The permission to name when the token cannot read it, e.g. `Administration: read`. */
  permission: string
  /** Some endpoints answer 404 for "not set" (e.g. classic protection). Map it to a value here. */
  onNotFound?: (error: ApiErrorLike) => Fact<T> | undefined
  /** Likewise for other statuses (e.g. 403 "secret scanning is disabled on this repository"). */
  onStatus?: (error: ApiErrorLike) => Fact<T> | undefined
}

export function factFromApiError<T>(error: unknown, options: ApiFactOptions<T>): Fact<T> {
  if (isApiError(error)) {
    const mapped = options.onStatus?.(error)
    if (mapped) return mapped
    if (error.status === 404) {
      const notFound = options.onNotFound?.(error)
      if (notFound) return notFound
    }
  }
  const failure = classifyApiError(error)
  const reason = `could not read ${options.what}: ${failure.message}`
  switch (failure.kind) {
    case 'unauthorized':
      return unknownFact('permission', reason)
    case 'permission':
    case 'not-found':
      return unknownFact('permission', reason, failure.acceptedPermissions ?? options.permission)
    default:
      return unknownFact('api-error', reason)
  }
}

/** Runs `call` with `client`, or reports `no-token` when there is no client. */
export async function apiFact<T>(client: GitHubClient | null, call: (client: GitHubClient) => Promise<T>, options: ApiFactOptions<T>): Promise<Fact<T>> {
  if (!client) {
    return unknownFact('no-token', `${options.what} was not read: no GitHub token (offline run)`, options.permission)
  }
  try {
    return known(await call(client))
  } catch (error) {
    return factFromApiError(error, options)
  }
}
