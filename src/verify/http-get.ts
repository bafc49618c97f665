/**
 * GET over Node's own `node:http`/`node:https` clients for the registry reader, instead of `fetch`: loading
 * `fetch` (undici) costs ~15 MB of memory per process and its web streams a promise per chunk, which matters
 * when a whole image streams through (bench/README.md, "Container images"). Redirects are followed (registries
 * send blobs to a storage host) without the `authorization` header once they leave the origin, as `fetch`
 * does; a deadline (`timeoutMs` > 0) covers the answer and the reading of its body.
 *
 * The clients are taken with `process.getBuiltinModule`, not imported: the ES module namespace of `node:http`
 * evaluates every export, `WebSocket` and the other getters that load undici among them (+8 MB), and
 * `node:https` (TLS, +5 MB) is loaded only for a registry that needs it. Behind a proxy (`HTTPS_PROXY`,
 * `HTTP_PROXY`, `NO_PROXY`) each request gets Node's proxying agent (src/runtime/proxy.ts).
 */
import type http from 'node:http'
import type { Readable } from 'node:stream'
import { proxyAgentFor, proxyAnswered } from '../runtime/proxy.js'

const MAX_REDIRECTS = 5
/**
 * Without a deadline (a streamed layer), a connection on which nothing arrives for this long is given up: a
 * registry or storage host that stops sending without closing would otherwise hold the run until the job's
 * own timeout.
 */
export const IDLE_MS = 120_000

export interface HttpAnswer {
  status: number
  ok: boolean
  /** A header's value (lower-case name), or null. */
  header(name: string): string | null
  /** The body: read it, or `discard()` it. */
  body: Readable
}

export async function httpGet(url: string | URL, headers: Record<string, string>, timeoutMs: number, idleMs = IDLE_MS): Promise<HttpAnswer> {
  const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined
  let target = new URL(url)
  const origin = target.origin
  for (let hops = 0; ; hops += 1) {
    const sent = target.origin === origin ? headers : Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'))
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const client = process.getBuiltinModule(target.protocol === 'https:' ? 'node:https' : 'node:http') as typeof http
      const agent = proxyAgentFor(target.protocol)
      let answered: http.IncomingMessage | undefined
      const request = client.get(target, { headers: sent, ...(agent ? { agent } : {}), ...(signal ? { signal } : {}) }, (response) =>
        resolve((answered = response))
      )
      request.on('error', reject)
      if (!signal && idleMs > 0)
        request.setTimeout(idleMs, () => {
          const idle = new Error(`nothing arrived from ${target.host} for ${idleMs >= 1000 ? `${Math.round(idleMs / 1000)} s` : `${idleMs} ms`}`)
          answered?.destroy(idle)
          request.destroy(idle)
        })
    })
    const status = response.statusCode ?? 0
    const location = response.headers.location
    if (status >= 300 && status < 400 && status !== 304 && location && hops < MAX_REDIRECTS) {
      response.resume()
      target = new URL(location, target)
      if (target.protocol !== 'https:' && target.protocol !== 'http:') throw new Error(`redirected to ${target.protocol} URL`)
      continue
    }
    return answerOf(response)
  }
}

/** The whole body, refused past `limit` bytes (by its declared length before reading, else as it arrives). */
export async function readBody(answer: HttpAnswer, limit: number, what: string): Promise<Buffer> {
  const length = Number(answer.header('content-length') ?? '0')
  if (length > limit) {
    discard(answer)
    throw new Error(`${what} is ${length} bytes, more than the ${limit} chaingate reads`)
  }
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of answer.body) {
    total += (chunk as Buffer).length
    if (total > limit) {
      discard(answer)
      throw new Error(`${what} is larger than ${limit} bytes`)
    }
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks, total)
}

/** Drops an unread body (the connection is closed rather than drained). */
export function discard(answer: HttpAnswer): void {
  answer.body.destroy()
}

/** A form POST (`application/x-www-form-urlencoded`), for OAuth2 token endpoints; no redirects followed. */
export async function httpPostForm(url: string | URL, headers: Record<string, string>, form: URLSearchParams, timeoutMs: number): Promise<HttpAnswer> {
  const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined
  const target = new URL(url)
  const body = Buffer.from(form.toString())
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const client = process.getBuiltinModule(target.protocol === 'https:' ? 'node:https' : 'node:http') as typeof http
    const agent = proxyAgentFor(target.protocol)
    const request = client.request(
      target,
      {
        ...(agent ? { agent } : {}),
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', 'content-length': String(body.length) },
        ...(signal ? { signal } : {})
      },
      resolve
    )
    request.on('error', reject)
    request.end(body)
  })
  return answerOf(response)
}

function answerOf(response: http.IncomingMessage): HttpAnswer {
  const status = response.statusCode ?? 0
  // Only a proxy answers 407 (an http target's request goes to it whole; https ones fail at CONNECT).
  if (status === 407) {
    response.destroy()
    throw new Error(proxyAnswered(407))
  }
  return {
    status,
    ok: status >= 200 && status < 300,
    header: (name) => {
      const value = response.headers[name.toLowerCase()]
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value
    },
    body: response
  }
}
