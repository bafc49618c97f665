/**
 * A fake OSV API on 127.0.0.1 (a real `node:http` server on a random port): `POST /v1/querybatch` and
 * `GET /v1/vulns/{id}` as api.osv.dev answers them. Which records affect a package is the test's table
 * (`affects`), not an evaluation by the code under test. Every record it serves is validated against OSV's
 * published JSON schema, and every querybatch request against OSV's limits (≤ 1,000 queries, each with a
 * package and a version); problems are collected and thrown by `assertValid()`. `intercept` answers a
 * request differently (faults: statuses, Retry-After, wrong content type, bad JSON, bad shapes, delays).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { OsvRecord } from '../../../src/advisories/osv.js'
import { osvSchemaProblems } from './schema.js'

export interface OsvQuery {
  ecosystem: string
  name: string
  version: string
}

export interface FakeOsvAnswer {
  status?: number
  headers?: Record<string, string>
  /** Serialised as JSON unless `raw` is given. */
  body?: unknown
  raw?: string
  delayMs?: number
}

export interface FakeOsvRequest {
  method: string
  path: string
  body: unknown
  /** How many requests to this path came before (0 for the first). */
  seen: number
}

export interface FakeOsvOptions {
  records: OsvRecord[]
  /** Ids of the records that affect a package version (the server's matching). */
  affects: (query: OsvQuery) => string[]
  /** Vulns per querybatch result before a `next_page_token` (OSV pages large results). */
  pageSize?: number
  /** Answer a request differently; undefined: the normal answer. */
  intercept?: (request: FakeOsvRequest) => FakeOsvAnswer | undefined
}

export interface FakeOsv {
  url: string
  requests: Array<{ method: string; path: string; body: unknown; status: number }>
  validationErrors: string[]
  assertValid(): void
  close(): Promise<void>
}

const MAX_QUERIES = 1000

export async function startFakeOsv(options: FakeOsvOptions): Promise<FakeOsv> {
  const byId = new Map(options.records.map((record) => [record.id, record]))
  const validationErrors: string[] = []
  for (const record of options.records) for (const problem of osvSchemaProblems(record)) validationErrors.push(`record ${record.id}: ${problem}`)
  const requests: FakeOsv['requests'] = []
  const seen = new Map<string, number>()
  const sockets = new Set<Socket>()
  const pageSize = options.pageSize ?? 1000

  /** The normal answer of the fake (faults come from `intercept`, which is not validated). */
  const answer = (request: FakeOsvRequest): FakeOsvAnswer => {
    if (request.method === 'POST' && request.path === '/v1/querybatch') return queryBatch(request.body)
    const vuln = /^\/v1\/vulns\/([^/]+)$/.exec(request.path)
    if (request.method === 'GET' && vuln) {
      const record = byId.get(decodeURIComponent(vuln[1]!))
      return record ? { body: record } : { status: 404, body: { code: 5, message: 'Bug not found.' } }
    }
    return { status: 404, body: { code: 5, message: 'Not Found' } }
  }

  const queryBatch = (body: unknown): FakeOsvAnswer => {
    const queries = (body as { queries?: unknown })?.queries
    if (!Array.isArray(queries)) {
      validationErrors.push('querybatch without a "queries" list')
      return { status: 400, body: { code: 3, message: 'Invalid query.' } }
    }
    if (queries.length > MAX_QUERIES) validationErrors.push(`querybatch with ${queries.length} queries (OSV takes at most ${MAX_QUERIES})`)
    const results = queries.map((raw: unknown, index) => {
      const query = raw as { package?: { ecosystem?: unknown; name?: unknown }; version?: unknown; page_token?: unknown }
      if (typeof query?.package?.ecosystem !== 'string' || typeof query.package.name !== 'string' || typeof query.version !== 'string') {
        validationErrors.push(`querybatch query ${index} lacks package.ecosystem, package.name or version`)
        return {}
      }
      const ids = options.affects({ ecosystem: query.package.ecosystem, name: query.package.name, version: query.version })
      const start = typeof query.page_token === 'string' ? Number(query.page_token) : 0
      const page = ids.slice(start, start + pageSize).map((id) => {
        const record = byId.get(id)
        if (!record) throw new Error(`the affects table names ${id}, which the fake does not hold`)
        return { id, modified: record.modified }
      })
      return { ...(page.length > 0 ? { vulns: page } : {}), ...(start + pageSize < ids.length ? { next_page_token: String(start + pageSize) } : {}) }
    })
    return { body: { results } }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    let body: unknown
    try {
      body = text ? JSON.parse(text) : undefined
    } catch {
      body = text
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const count = seen.get(url.pathname) ?? 0
    seen.set(url.pathname, count + 1)
    const request: FakeOsvRequest = { method, path: url.pathname, body, seen: count }
    let reply: FakeOsvAnswer
    const intercepted = options.intercept?.(request)
    try {
      reply = intercepted ?? answer(request)
    } catch (error) {
      validationErrors.push(`fake-osv handler threw: ${error instanceof Error ? error.message : String(error)}`)
      reply = { status: 500, body: { code: 13, message: 'fake-osv error' } }
    }
    const status = reply.status ?? 200
    if (!intercepted && status === 200 && /^\/v1\/vulns\//.test(url.pathname)) {
      for (const problem of osvSchemaProblems(reply.body)) validationErrors.push(`served ${url.pathname}: ${problem}`)
    }
    requests.push({ method, path: url.pathname, body, status })
    if (reply.delayMs) await new Promise((resolve) => setTimeout(resolve, reply.delayMs))
    const payload = reply.raw ?? JSON.stringify(reply.body ?? {})
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...reply.headers })
    res.end(payload)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      validationErrors.push(`fake-osv internal error: ${error instanceof Error ? error.stack : String(error)}`)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  let closed = false
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    validationErrors,
    assertValid() {
      if (validationErrors.length > 0) throw new Error(`fake OSV API problems:\n${validationErrors.join('\n')}`)
    },
    async close() {
      if (closed) return
      closed = true
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
