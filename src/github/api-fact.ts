/**
 * Turns a GitHub API call into a fact: the value when it succeeds, `unknown` with the permission to grant
 * when the token cannot read it (403/404 on a settings endpoint), `unknown` with the error on 5xx/network.
 * Never a value the API did not return.
 */
import type { Fact } from '../model/fact.js'
import { known, unknownFact } from '../model/fact.js'
import { errorMessage } from '../model/errors.js'
import type { GitHubClient } from './client.js'

export interface ApiErrorLike {
  status: number
  message: string
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown }
}

export function isApiError(error: unknown): error is ApiErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number'
}

/** `X-Accepted-GitHub-Permissions: administration=read; contents=read` -> `administration: read, contents: read` */
export function acceptedPermissions(error: ApiErrorLike): string | undefined {
  const header = error.response?.headers?.['x-accepted-github-permissions']
  if (typeof header !== 'string' || header.trim() === '') return undefined
  return header
    .split(/[;,]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => part.replace('=', ': '))
    .join(', ')
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
  if (!isApiError(error)) {
    return unknownFact('api-error', `could not read ${options.what}: ${errorMessage(error)}`)
  }
  const mapped = options.onStatus?.(error)
  if (mapped) return mapped
  if (error.status === 404) {
    const notFound = options.onNotFound?.(error)
    if (notFound) return notFound
  }
  if (error.status === 401) {
    return unknownFact('permission', `could not read ${options.what}: the token was rejected (401 Bad credentials)`)
  }
  const rateLimited = error.status === 429 || (error.status === 403 && /rate limit/i.test(error.message))
  if (rateLimited) {
    return unknownFact('api-error', `could not read ${options.what}: GitHub API rate limit exhausted`)
  }
  if (error.status === 403 || error.status === 404) {
    const permission = acceptedPermissions(error) ?? options.permission
    return unknownFact(
      'permission',
      `could not read ${options.what}: GitHub answered ${error.status} (${firstLine(error.message)})`,
      permission
    )
  }
  return unknownFact('api-error', `could not read ${options.what}: GitHub answered ${error.status} (${firstLine(error.message)})`)
}

/** The first line of an Octokit error message, without the ` - <documentation_url>` Octokit appends. */
function firstLine(text: string): string {
  const line = (text.split('\n')[0] ?? '').replace(/ - https?:\/\/\S+$/, '')
  return line.length > 160 ? `${line.slice(0, 157)}...` : line
}

/** Runs `call` with `client`, or reports `no-token` when there is no client. */
export async function apiFact<T>(
  client: GitHubClient | null,
  call: (client: GitHubClient) => Promise<T>,
  options: ApiFactOptions<T>
): Promise<Fact<T>> {
  if (!client) {
    return unknownFact('no-token', `${options.what} was not read: no GitHub token (offline run)`, options.permission)
  }
  try {
    return known(await call(client))
  } catch (error) {
    return factFromApiError(error, options)
  }
}
