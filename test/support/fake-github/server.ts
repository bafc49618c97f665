/**
 * A fake GitHub REST API on 127.0.0.1 (a real `node:http` server on a random port) that serves scenarios.
 * Routes are keyed by method and OpenAPI path template ('GET /repos/{owner}/{repo}'); every JSON body it
 * serves, and every JSON body it receives, is validated against GitHub's published OpenAPI description
 * (`@octokit/openapi`), so the fake cannot drift from the real API. Problems are collected in
 * `validationErrors` and thrown by `assertValid()`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { loadOpenApi, newestGhes, type OpenApiDocument, type OpenApiVariant, type OperationInfo } from './openapi.js'

export interface FakeRequest {
  method: string
  /** Path relative to the API prefix, without the query (e.g. `/repos/o/r`). */
  path: string
  query: URLSearchParams
  headers: Record<string, string | string[] | undefined>
  /** Parsed JSON when the request had a JSON body, the raw text for other bodies, undefined when empty. */
  body: unknown
  /** Decoded values of the route template's `{parameters}`. */
  params: Record<string, string>
  /** Absolute URL as the client sent it (scheme, Host header, prefix, path and query). */
  url: string
}

export interface FakeResponse {
  /** Default 200. */
  status?: number
  /** Serialised as JSON; leave undefined for no body (204, 304...). */
  body?: unknown
  headers?: Record<string, string>
  /** Wait this many ms before answering (for timeouts and concurrency tests). */
  delayMs?: number
  /** Fault injection: this exact body instead of `body` (HTML, truncated JSON...); never validated. */
  raw?: string
  /** Fault injection: a body that does not match OpenAPI on purpose; not validated. */
  unchecked?: boolean
  /** Fault injection: send the head and the first half of the body, then nothing (the socket stays open). */
  stall?: boolean
}

export type FakeHandler =
  | FakeResponse
  /** Served in order; the last one repeats. */
  | FakeResponse[]
  | ((request: FakeRequest) => FakeResponse | Promise<FakeResponse>)

export interface Scenario {
  /** Keys: 'GET /repos/{owner}/{repo}/rules/branches/{branch}'; prefix 'UNDOCUMENTED ' for routes not in OpenAPI. */
  routes: Record<string, FakeHandler>
  /** '' for github.com (default), '/api/v3' for GHES. */
  apiPrefix?: string
}

export interface RecordedRequest {
  method: string
  /** Path as received, with the API prefix and the query. */
  path: string
  /** The matched route key without 'UNDOCUMENTED ' ('GET /repos/{owner}/{repo}'), null when nothing matched. */
  route: string | null
  status: number
  headers: Record<string, string | string[] | undefined>
  body: unknown
  /** `performance.now()` when the request arrived. */
  time: number
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL: http://127.0.0.1:PORT plus the API prefix. */
  url: string
  /** GraphQL endpoint matching `url` (github.com: /graphql, GHES: /api/graphql). */
  graphqlUrl: string
  /** Every request received, in order (unmatched ones too, with route null). */
  requests: RecordedRequest[]
  /** One line per response or request body that did not match the OpenAPI schema, or route not in OpenAPI. */
  validationErrors: string[]
  /** Adds or replaces routes. */
  use(routes: Scenario['routes']): void
  /** Throws with all validation errors. */
  assertValid(): void
  /** Closes the server and every socket (keep-alive included). */
  close(): Promise<void>
}

export interface FakeGitHubOptions {
  /** Validate against OpenAPI (default true). */
  validate?: boolean
  /** Which description: default 'api.github.com', or the newest GHES one when `apiPrefix` is '/api/v3'. */
  openapi?: OpenApiVariant
}

export const NOT_FOUND_BODY = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }

export const API_VERSION = '2022-11-28'

interface Route {
  key: string
  method: string
  template: string
  documented: boolean
  matcher: RegExp
  greedy: RegExp
  names: string[]
  literalLength: number
  handler: FakeHandler
  served: number
  operation: OperationInfo | undefined
}

export async function startFakeGitHub(scenario: Scenario, options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const apiPrefix = (scenario.apiPrefix ?? '').replace(/\/+$/, '')
  const validate = options.validate ?? true
  const variant: OpenApiVariant = options.openapi ?? (apiPrefix.endsWith('/api/v3') ? newestGhes() : 'api.github.com')
  const spec: OpenApiDocument | undefined = validate ? loadOpenApi(variant) : undefined
  const routes = new Map<string, Route>()
  const requests: RecordedRequest[] = []
  const validationErrors: string[] = []
  const sockets = new Set<Socket>()
  let remaining = 5000

  const use = (table: Scenario['routes']): void => {
    for (const [key, handler] of Object.entries(table)) {
      const route = parseRoute(key, handler)
      if (spec && route.documented) {
        route.operation = spec.operation(route.method, route.template)
        if (!route.operation) {
          validationErrors.push(
            `route ${route.method} ${route.template} is not in GitHub's OpenAPI description (${variant}); prefix it with 'UNDOCUMENTED ' if that is intended`
          )
        }
      }
      routes.set(`${route.method} ${route.template}`, route)
    }
  }

  const graphqlPath = apiPrefix.endsWith('/api/v3') ? `${apiPrefix.slice(0, -'/v3'.length)}/graphql` : `${apiPrefix}/graphql`

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const time = performance.now()
    const raw = req.url ?? '/'
    const host = req.headers.host ?? '127.0.0.1'
    const url = new URL(raw, `http://${host}`)
    const method = (req.method ?? 'GET').toUpperCase()
    const text = await readBody(req)
    const body = parseBody(text, req.headers['content-type'])
    const record: RecordedRequest = { method, path: raw, route: null, status: 404, headers: { ...req.headers }, body, time }
    requests.push(record)

    let path: string | undefined
    if (url.pathname === graphqlPath) path = '/graphql'
    else if (apiPrefix === '') path = url.pathname
    else if (url.pathname === apiPrefix || url.pathname.startsWith(`${apiPrefix}/`)) path = url.pathname.slice(apiPrefix.length) || '/'

    const found = path === undefined ? undefined : match([...routes.values()], method, path)
    if (!found) {
      send(res, { status: 404, body: NOT_FOUND_BODY }, record)
      return
    }
    const { route, params } = found
    record.route = `${route.method} ${route.template}`
    if (spec && route.operation && body !== undefined) {
      const operation = route.operation
      validationErrors.push(...guarded(() => spec.validateRequest(operation, body), record.route))
    }
    const request: FakeRequest = { method, path: path!, query: url.searchParams, headers: req.headers, body, params, url: url.href }
    let response: FakeResponse
    try {
      response = await respond(route, request)
    } catch (error) {
      validationErrors.push(`handler for ${record.route} threw: ${error instanceof Error ? error.message : String(error)}`)
      response = { status: 500, body: { message: 'fake-github handler threw', documentation_url: 'https://docs.github.com/rest' } }
    }
    const status = response.status ?? 200
    if (spec && route.operation && response.raw === undefined && !response.unchecked) {
      const operation = route.operation
      validationErrors.push(...guarded(() => spec.validateResponse(operation, status, response.body), record.route))
    }
    if (response.delayMs) await new Promise((resolve) => setTimeout(resolve, response.delayMs))
    send(res, response, record)
  }

  const send = (res: ServerResponse, response: FakeResponse, record: RecordedRequest): void => {
    const status = response.status ?? 200
    record.status = status
    remaining = Math.max(0, remaining - 1)
    const headers: Record<string, string> = {
      'content-type': 'application/json; charset=utf-8',
      'x-github-api-version-selected': API_VERSION,
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `FAKE:${requests.length.toString(16).toUpperCase()}`
    }
    for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value
    const payload = response.raw ?? (response.body === undefined || status === 204 || status === 304 ? '' : JSON.stringify(response.body))
    if (payload === '' && (status === 204 || status === 304)) delete headers['content-type']
    headers['content-length'] = String(Buffer.byteLength(payload))
    res.writeHead(status, headers)
    if (response.stall) {
      res.write(payload.slice(0, Math.floor(payload.length / 2)))
      return
    }
    res.end(payload)
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      validationErrors.push(`fake-github internal error: ${error instanceof Error ? error.stack : String(error)}`)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' })
      res.end(JSON.stringify({ message: 'fake-github internal error' }))
    })
  })
  server.keepAliveTimeout = 1000
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  use(scenario.routes)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  let closed: Promise<void> | undefined

  return {
    url: `${origin}${apiPrefix}`,
    graphqlUrl: `${origin}${graphqlPath}`,
    requests,
    validationErrors,
    use,
    assertValid() {
      if (validationErrors.length > 0) {
        throw new Error(`fake GitHub saw ${validationErrors.length} OpenAPI problem(s):\n${validationErrors.map((line) => `  - ${line}`).join('\n')}`)
      }
    },
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
        for (const socket of sockets) socket.destroy()
      })
      return closed
    }
  }
}

/** A schema that cannot be compiled is reported as a problem instead of breaking the response. */
function guarded(check: () => string[], route: string): string[] {
  try {
    return check()
  } catch (error) {
    return [`${route}: could not validate (${error instanceof Error ? error.message : String(error)})`]
  }
}

function parseRoute(key: string, handler: FakeHandler): Route {
  let spec = key.trim()
  let documented = true
  if (spec.startsWith('UNDOCUMENTED ')) {
    documented = false
    spec = spec.slice('UNDOCUMENTED '.length).trim()
  }
  const parts = spec.split(/\s+/)
  if (parts.length !== 2 || !parts[1]!.startsWith('/')) {
    throw new Error(`fake-github: route key must be 'METHOD /path/{param}', got '${key}'`)
  }
  const method = parts[0]!.toUpperCase()
  const template = parts[1]!
  // GraphQL has no OpenAPI description: it is recorded, never validated.
  if (method === 'POST' && template === '/graphql') documented = false
  const names: string[] = []
  let literalLength = 0
  const build = (greedyLast: boolean): RegExp => {
    const segments = template.split(/(\{[^}]+\})/)
    const paramCount = segments.filter((segment) => /^\{[^}]+\}$/.test(segment)).length
    let seen = 0
    let source = ''
    for (const segment of segments) {
      const param = /^\{([^}]+)\}$/.exec(segment)
      if (param) {
        seen += 1
        if (!greedyLast) names.push(param[1]!)
        // Only parameters that may hold slashes on GitHub (file paths, branch and ref names) take them.
        source += greedyLast && seen === paramCount && SLASHED_PARAMETERS.has(param[1]!) ? '(.+)' : '([^/]+)'
      } else {
        if (!greedyLast) literalLength += segment.length
        source += segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&')
      }
    }
    return new RegExp(`^${source}/?$`)
  }
  const matcher = build(false)
  const greedy = build(true)
  return { key, method, template, documented, matcher, greedy, names, literalLength, handler, served: 0, operation: undefined }
}

const SLASHED_PARAMETERS = new Set(['path', 'branch', 'ref', 'basehead', 'file_path', 'tag', 'environment_name'])

function match(routes: Route[], method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  const candidates = routes.filter((route) => route.method === method || (method === 'HEAD' && route.method === 'GET'))
  for (const pass of ['matcher', 'greedy'] as const) {
    let best: { route: Route; params: Record<string, string> } | undefined
    for (const route of candidates) {
      const found = route[pass].exec(path)
      if (!found) continue
      if (best && best.route.literalLength >= route.literalLength) continue
      const params: Record<string, string> = {}
      route.names.forEach((name, index) => {
        params[name] = safeDecode(found[index + 1] ?? '')
      })
      best = { route, params }
    }
    if (best) return best
  }
  return undefined
}

async function respond(route: Route, request: FakeRequest): Promise<FakeResponse> {
  const handler = route.handler
  const index = route.served
  route.served += 1
  if (typeof handler === 'function') return handler(request)
  if (Array.isArray(handler)) {
    if (handler.length === 0) throw new Error('empty response list')
    return handler[Math.min(index, handler.length - 1)]!
  }
  return handler
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (text === '') return undefined
  if (contentType === undefined || /json/i.test(contentType)) {
    try {
      return JSON.parse(text) as unknown
    } catch {
      return text
    }
  }
  return text
}
