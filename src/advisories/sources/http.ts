/**
 * The OSV source's HTTP: Node's `fetch`, one timeout per attempt, bounded retries on 429/5xx and network
 * failures (honouring `Retry-After` up to a cap, else exponential backoff), redirects refused, and every
 * answer checked for status 200, a JSON content type and JSON before the caller checks its shape. Any
 * failure is an `HttpProblem` whose message says what happened, for the `unknown` it becomes. Small and
 * self-contained on purpose, so it can adopt the GitHub client's error classifier later. Requests go through
 * the proxy of `HTTPS_PROXY` / `NO_PROXY` when set (src/runtime/proxy.ts).
 */
import { proxyRefusal, useProxyForFetch } from '../../runtime/proxy.js'

export interface HttpOptions {
  /** Per attempt, in ms. */
  timeoutMs: number
  /** Extra attempts after a 429, a 5xx or a network failure. */
  retries: number
  /** Backoff base when no Retry-After is given: base × 2^attempt ms. */
  retryBaseMs: number
  /** A Retry-After longer than this is not waited for: the request fails. */
  maxRetryAfterSeconds: number
  userAgent: string
  /** Called for every attempt that leaves the process (requests are counted here). */
  onRequest?: (method: string, url: string) => void
}

export const DEFAULT_HTTP: Omit<HttpOptions, 'userAgent'> = { timeoutMs: 30_000, retries: 2, retryBaseMs: 1000, maxRetryAfterSeconds: 60 }

export class HttpProblem extends Error {
  /** How long the server asked us to wait before retrying (Retry-After), in ms. */
  waitMs?: number
  constructor(
    message: string,
    readonly status?: number
  ) {
    super(message)
    this.name = 'HttpProblem'
  }
}

const RETRIABLE = new Set([408, 429, 500, 502, 503, 504])

/** Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); undefined when absent or unreadable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined
  if (/^\d+$/.test(header.trim())) return Number(header.trim())
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000))
}

/** A JSON request; resolves to the parsed body of a 200 answer, rejects with an HttpProblem. */
export async function requestJson(method: 'GET' | 'POST', url: string, body: unknown, options: HttpOptions): Promise<unknown> {
  const what = `${method} ${url}`
  let lastProblem: HttpProblem | undefined
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    if (attempt > 0 && lastProblem) await sleep(lastProblem.waitMs ?? options.retryBaseMs * 2 ** (attempt - 1))
    options.onRequest?.(method, url)
    useProxyForFetch()
    let response: Response
    try {
      response = await fetch(url, {
        method,
        headers: { accept: 'application/json', 'user-agent': options.userAgent, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs)
      })
    } catch (error) {
      // DOMExceptions (timeouts) may come from another realm: compare names, not classes.
      const name = (error as { name?: unknown } | null)?.name
      const cause = name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${options.timeoutMs / 1000}s` : networkCause(error)
      lastProblem = new HttpProblem(`${what} failed: ${cause}`)
      continue
    }
    if (response.status === 200) {
      const type = response.headers.get('content-type') ?? ''
      const text = await readText(response, what)
      if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
        throw new HttpProblem(`${what} answered with content type ${JSON.stringify(type || 'none')}, not JSON`, 200)
      try {
        return JSON.parse(text) as unknown
      } catch {
        throw new HttpProblem(`${what} answered with a body that is not JSON`, 200)
      }
    }
    await response.body?.cancel().catch(() => undefined)
    const problem = new HttpProblem(`${what} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, response.status)
    if (!RETRIABLE.has(response.status)) throw problem
    const retryAfter = retryAfterSeconds(response.headers.get('retry-after'))
    if (retryAfter !== undefined) {
      if (retryAfter > options.maxRetryAfterSeconds)
        throw new HttpProblem(
          `${problem.message} and asked to retry after ${retryAfter}s (more than the ${options.maxRetryAfterSeconds}s chaingate waits)`,
          response.status
        )
      problem.waitMs = retryAfter * 1000
    }
    lastProblem = problem
  }
  const attempts = options.retries + 1
  throw new HttpProblem(`${lastProblem!.message}${attempts > 1 ? ` (${attempts} attempts)` : ''}`, lastProblem!.status)
}

async function readText(response: Response, what: string): Promise<string> {
  try {
    return await response.text()
  } catch (error) {
    throw new HttpProblem(`${what}: the answer was cut off (${networkCause(error)})`)
  }
}

function networkCause(error: unknown): string {
  const refusal = proxyRefusal(error)
  if (refusal) return refusal
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error))
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
