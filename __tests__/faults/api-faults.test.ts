/**
 * Fault injection over real HTTP: the whole `chaingate check` command, every rule enabled, against the
 * OpenAPI-validated fake GitHub serving a weak repository (most rules fail), once as it is and once per
 * fault (5xx, HTML 200, truncated JSON, JSON as text/plain, wrong shapes, truncated pagination, GraphQL
 * errors and rate limit, hangs, stalled bodies, cross-origin redirects, primary and secondary rate limits,
 * a rejected token, connection refused). For every fault: the run ends in bounded time with the documented
 * exit code, prints no stack trace and never the tokens, names the real cause, and no rule that fails
 * without the fault passes with it.
 */
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { CheckReport } from '../../src/report/types.js'
import { render } from '../../src/report/render.js'
import { allRules } from '../../src/rules/index.js'
import { API_SHAPES } from '../../src/github/api-shapes.generated.js'
import { matchRoute } from '../../src/github/api-shape.js'
import { postureRoutes } from '../../test/support/fake-github/fixtures-posture.js'
import {
  primaryRateLimit,
  secondaryRateLimit,
  serverError,
  startFakeGitHub,
  unauthorized,
  type FakeGitHub,
  type FakeHandler,
  type FakeRequest,
  type FakeResponse
} from '../../test/support/fake-github/index.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { PR_NUMBER, WEAK_FILES, weakRoutes } from './weak-world.js'

const TOKEN = 'ghs_FaultSuiteWorkflowToken0123456789'
const ADMIN_TOKEN = 'ghs_FaultSuiteAdminToken9876543210'
/** Seconds: the per-request timeout and the run's API budget the suite runs with. */
const TIMEOUT_S = 1
const BUDGET_S = 20
/** No run may take longer than this. */
const BOUND_MS = 25_000

const POLICY = `extends: strict\nrules:\n${allRules.map((rule) => `  ${rule.meta.id}: true\n`).join('')}`

interface Run {
  code: number
  stdout: string
  stderr: string
  reportText: string
  report: CheckReport
  ms: number
  status(rule: string): string
}

let workspace: TempWorkspace
let decoy: FakeGitHub
let baseline: Run
const started: FakeGitHub[] = []

beforeAll(async () => {
  workspace = tempWorkspace({ ...WEAK_FILES, '.github/chaingate.yml': POLICY })
  fs.writeFileSync(
    path.join(workspace.root, 'event.json'),
    JSON.stringify({
      number: PR_NUMBER,
      pull_request: { number: PR_NUMBER, head: { sha: 'c0ffee0000000000000000000000000000000042' }, user: { login: 'mona' } }
    })
  )
  // Another origin serving a well-protected repository: an answer taken from it would turn fails into passes.
  decoy = await startFakeGitHub({ routes: postureRoutes() }, { validate: false })
  baseline = await runCli(await fake(weakRoutes()))
})

afterAll(async () => {
  await Promise.all([decoy, ...started].map((server) => server.close()))
  workspace.cleanup()
})

async function fake(routes: Record<string, FakeHandler>): Promise<FakeGitHub> {
  const server = await startFakeGitHub({ routes })
  started.push(server)
  return server
}

let runs = 0
async function runCli(target: FakeGitHub | string): Promise<Run> {
  runs += 1
  const output = path.join(workspace.root, `report-${runs}.json`)
  let stdout = ''
  let stderr = ''
  const env = {
    GITHUB_TOKEN: TOKEN,
    CHAINGATE_ADMIN_TOKEN: ADMIN_TOKEN,
    GITHUB_API_URL: typeof target === 'string' ? target : target.url,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: path.join(workspace.root, 'event.json'),
    CHAINGATE_API_TIMEOUT: String(TIMEOUT_S),
    CHAINGATE_API_BUDGET: String(BUDGET_S),
    CHAINGATE_API_RETRIES: '1'
  }
  const begun = Date.now()
  const code = await main(['check', '.', '--format', 'json', '--output', output], {
    env,
    cwd: workspace.root,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text)
  })
  const ms = Date.now() - begun
  const reportText = fs.existsSync(output) ? fs.readFileSync(output, 'utf8') : ''
  const report = (reportText ? JSON.parse(reportText) : { findings: [] }) as CheckReport
  const order = ['fail', 'unknown', 'waived', 'pass']
  return {
    code,
    stdout,
    stderr,
    reportText,
    report,
    ms,
    status: (rule) => order.find((status) => report.findings.some((finding) => finding.rule === rule && finding.status === status)) ?? 'missing'
  }
}

/** The answer a handler gives (lists step through their answers like the fake does). */
function answerer(handler: FakeHandler): (request: FakeRequest) => Promise<FakeResponse> {
  let served = 0
  return async (request) => {
    if (typeof handler === 'function') return handler(request)
    if (Array.isArray(handler)) return handler[Math.min(served++, handler.length - 1)]!
    return handler
  }
}

type Fault = (original: (request: FakeRequest) => Promise<FakeResponse>, route: string) => FakeHandler

/** The weak repository's routes with `fault` applied to every route (or to those `which` selects). */
function faulty(fault: Fault, which: (route: string) => boolean = () => true): Record<string, FakeHandler> {
  const routes = weakRoutes()
  return Object.fromEntries(Object.entries(routes).map(([route, handler]) => [route, which(route) ? fault(answerer(handler), route) : handler]))
}

const isList = (route: string): boolean => {
  const [method, template] = route.split(' ') as [string, string]
  const key = matchRoute(API_SHAPES, method, template)
  const shape = key ? API_SHAPES.routes[key]!.shape : 0
  return shape !== 0 && Boolean(shape.t?.includes('array'))
}

const html = (status = 200): FakeResponse => ({
  status,
  raw: '<!DOCTYPE html><html><body><h1>Unicorn!</h1><p>This page is taking too long to load.</p></body></html>',
  headers: { 'content-type': 'text/html; charset=utf-8' }
})
const constant =
  (response: FakeResponse): Fault =>
  () =>
    response

interface Case {
  name: string
  routes: () => Record<string, FakeHandler>
  /** Some unknown finding names the cause in these words. */
  cause: RegExp
  /** The run is allowed (expected) to be identical to the baseline: the fault is one chaingate rides out. */
  control?: boolean
}

const CASES: Case[] = [
  { name: '502 from every endpoint', routes: () => faulty(constant(serverError(502))), cause: /GitHub answered 502 \(Server Error\)/ },
  { name: '503 with an HTML page', routes: () => faulty(constant(html(503))), cause: /GitHub answered 503 \(an HTML page, not JSON\)/ },
  { name: 'HTML page with status 200', routes: () => faulty(constant(html())), cause: /with content type text\/html, not JSON/ },
  {
    name: 'truncated JSON',
    routes: () =>
      faulty((original) => async (request) => {
        const answer = await original(request)
        const text = JSON.stringify(answer.body ?? {})
        return { ...answer, raw: text.slice(0, Math.max(1, Math.floor(text.length / 2))) }
      }),
    cause: /is not valid JSON \(cut short or damaged\)/
  },
  {
    name: 'valid JSON sent as text/plain',
    routes: () =>
      faulty((original) => async (request) => {
        const answer = await original(request)
        return { ...answer, raw: JSON.stringify(answer.body ?? {}), headers: { ...answer.headers, 'content-type': 'text/plain; charset=utf-8' } }
      }),
    cause: /with content type text\/plain, not JSON/
  },
  {
    name: '{} where GitHub answers anything',
    routes: () => faulty(constant({ body: {}, unchecked: true })),
    cause: /is not what GitHub documents|neither a data object nor an errors list/
  },
  {
    name: 'an object where a list is documented',
    routes: () => faulty(constant({ body: { items: [] }, unchecked: true }), isList),
    cause: /array expected, got an object/
  },
  {
    name: 'strings where objects are documented',
    routes: () => faulty(constant({ body: 'ok', unchecked: true })),
    cause: /object expected, got a string \("ok"\)|array expected, got a string|neither a data object/
  },
  {
    name: 'a malformed page in the middle of every list',
    routes: () =>
      faulty(
        (original) => async (request) => {
          if (request.query.get('page') === '2') return { body: {}, unchecked: true }
          const answer = await original(request)
          const next = new URL(request.url)
          next.searchParams.set('page', '2')
          return { ...answer, headers: { ...answer.headers, link: `<${next.href}>; rel="next", <${next.href}>; rel="last"` } }
        },
        isList
      ),
    cause: /page 2 of .* is not a list|array expected, got an object/
  },
  {
    name: 'a failed later page of every list',
    routes: () =>
      faulty(
        (original) => async (request) => {
          if (request.query.get('page') === '2') return serverError(504)
          const answer = await original(request)
          const next = new URL(request.url)
          next.searchParams.set('page', '2')
          return { ...answer, headers: { ...answer.headers, link: `<${next.href}>; rel="next", <${next.href}>; rel="last"` } }
        },
        isList
      ),
    cause: /GitHub answered 504/
  },
  { name: 'a rejected token (401)', routes: () => faulty(constant(unauthorized())), cause: /the token was rejected \(401 Bad credentials\)/ },
  {
    name: 'primary rate limit, reset in an hour',
    routes: () => faulty(constant(primaryRateLimit(Math.floor(Date.now() / 1000) + 3600))),
    cause: /GitHub API rate limit exhausted \(GitHub asked to wait \d+ s, longer than chaingate waits\)/
  },
  {
    name: 'secondary rate limit, Retry-After 600',
    routes: () => faulty(constant(secondaryRateLimit(600))),
    cause: /secondary rate limit reached \(GitHub asked to wait 600 s/
  },
  {
    name: '429 with Retry-After 600',
    routes: () =>
      faulty(
        constant({
          status: 429,
          body: { message: 'Too Many Requests', documentation_url: 'https://docs.github.com/rest', status: '429' },
          headers: { 'retry-after': '600' }
        })
      ),
    cause: /rate limit exhausted \(GitHub asked to wait 600 s/
  },
  {
    name: 'GraphQL errors in a 200',
    routes: () =>
      faulty(
        constant({ body: { data: null, errors: [{ type: 'SERVICE_UNAVAILABLE', message: 'Timeout on validation of query' }] } }),
        (route) => route === 'POST /graphql'
      ),
    cause: /GraphQL API answered errors: SERVICE_UNAVAILABLE/
  },
  {
    name: 'GraphQL rate limit in a 200',
    routes: () =>
      faulty(
        constant({
          body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 1.' }] },
          headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) }
        }),
        (route) => route === 'POST /graphql'
      ),
    cause: /GraphQL API rate limit exhausted/
  },
  { name: 'every request hangs', routes: () => faulty(constant({ ...serverError(502), delayMs: 60_000 })), cause: /did not answer GET \/\S+ within 1 s/ },
  {
    name: 'every answer stalls mid-body',
    routes: () => faulty((original) => async (request) => ({ ...(await original(request)), stall: true })),
    cause: /did not answer (GET|POST) \/\S+ within 1 s/
  },
  {
    name: 'every answer redirects to another origin',
    routes: () =>
      faulty(() => (request) => {
        const url = new URL(request.url)
        return { status: 302, headers: { location: `${decoy.url}${url.pathname}${url.search}` }, unchecked: true }
      }),
    cause: /redirected to another origin \(http:\/\/127\.0\.0\.1:\d+\); chaingate takes answers only from/
  },
  {
    name: 'every answer redirects within the origin (followed)',
    routes: () =>
      faulty((original) => async (request) => {
        const url = new URL(request.url)
        if (url.searchParams.get('moved') === '1') return original(request)
        url.searchParams.set('moved', '1')
        return { status: request.method === 'POST' ? 307 : 301, headers: { location: url.href }, unchecked: true }
      }),
    cause: /./,
    control: true
  },
  {
    name: 'a secondary rate limit with Retry-After 1, once per endpoint (waited out)',
    routes: () =>
      faulty((original) => {
        let limited = false
        return async (request) => {
          if (!limited) {
            limited = true
            return secondaryRateLimit(1)
          }
          return original(request)
        }
      }),
    cause: /./,
    control: true
  }
]

function assertSound(run: Run, name: string): void {
  expect(run.ms).toBeLessThan(BOUND_MS)
  // Exit status as documented: 0 pass, 1 policy violated. A fault is never a crash (3) or a usage error (2).
  expect([name, run.code]).toEqual([name, run.report.verdict === 'pass' ? 0 : 1])
  expect(run.reportText).not.toBe('')
  const printed = `${run.stdout}\n${run.stderr}\n${run.reportText}`
  expect(printed).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/)
  expect(printed).not.toMatch(/internal error/)
  expect(printed).not.toContain(TOKEN)
  expect(printed).not.toContain(ADMIN_TOKEN)
}

async function assertNoNewPass(run: Run, name: string): Promise<void> {
  const rendered = await Promise.all((['sarif', 'markdown', 'text'] as const).map((format) => render(run.report, format, allRules)))
  for (const text of rendered) {
    expect(text).not.toContain(TOKEN)
    expect(text).not.toContain(ADMIN_TOKEN)
  }
  const turned = allRules.map((rule) => rule.meta.id).filter((rule) => baseline.status(rule) === 'fail' && run.status(rule) === 'pass')
  expect([name, turned]).toEqual([name, []])
}

describe('the weak repository without faults', () => {
  it('fails most rules, every API rule sees its data', () => {
    assertSound(baseline, 'baseline')
    const failing = allRules.filter((rule) => baseline.status(rule.meta.id) === 'fail').map((rule) => rule.meta.id)
    const unknown = baseline.report.findings.filter((finding) => finding.status === 'unknown')
    expect(unknown.map((finding) => `${finding.rule}: ${finding.message}`)).toEqual([])
    for (const rule of [
      'default-branch-protection',
      'deploy-keys',
      'outside-collaborators',
      'dependabot-alert-sla',
      'org-fine-grained-pat-lifetime',
      'release-branch-protection',
      'known-vulnerable-actions',
      'ref-version-mismatch',
      'ref-confusion',
      'impostor-commit',
      'actions-default-permissions',
      'pull-request-approval'
    ]) {
      expect([rule, baseline.status(rule)]).toEqual([rule, 'fail'])
    }
    expect(failing.length).toBeGreaterThan(30)
    for (const server of started) server.assertValid()
    // Every REST endpoint the check called has its documented shape in the table the client checks against.
    const routes = started.flatMap((server) => server.requests).filter((request) => request.route && request.route !== 'POST /graphql')
    expect(routes.length).toBeGreaterThan(20)
    for (const request of routes)
      expect([request.route, matchRoute(API_SHAPES, request.method, request.path.split('?')[0]!)]).toEqual([request.route, request.route])
  })
})

describe('API faults', () => {
  it.concurrent.each(CASES.map((fault) => [fault.name, fault] as const))('%s', async (name, fault) => {
    const server = await fake(fault.routes())
    const run = await runCli(server)
    assertSound(run, name)
    await assertNoNewPass(run, name)
    const unknown = run.report.findings.filter((finding) => finding.status === 'unknown')
    if (fault.control) {
      // Ridden out: the same verdict on every rule as without the fault.
      expect(allRules.map((rule) => [rule.meta.id, run.status(rule.meta.id)])).toEqual(allRules.map((rule) => [rule.meta.id, baseline.status(rule.meta.id)]))
      return
    }
    expect(unknown.length).toBeGreaterThan(0)
    expect(unknown.map((finding) => finding.message).filter((message) => fault.cause.test(message)).length).toBeGreaterThan(0)
    // Nothing is called a 500 that was not one, nor "not visible" when it was a failure.
    for (const finding of unknown) {
      expect(finding.message).not.toMatch(/answered 500/)
      if (!/404|NOT_FOUND/.test(name)) expect(finding.message).not.toMatch(/is not visible to the token/)
    }
  })

  it('connection refused: "could not connect", never "GitHub answered 500"', async () => {
    const port = await closedPort()
    const run = await runCli(`http://127.0.0.1:${port}`)
    assertSound(run, 'connection refused')
    await assertNoNewPass(run, 'connection refused')
    const messages = run.report.findings.filter((finding) => finding.status === 'unknown').map((finding) => finding.message)
    expect(messages.length).toBeGreaterThan(10)
    expect(messages.filter((message) => message.includes(`could not connect to 127.0.0.1:${port} (connection refused)`)).length).toBeGreaterThan(10)
    expect(messages.join('\n')).not.toMatch(/answered 500/)
  })
})

describe('one endpoint at a time', () => {
  const routes = Object.keys(weakRoutes())
  it.concurrent.each(routes)('%s answering {}', async (route) => {
    const run = await runCli(await fake(faulty(constant({ body: {}, unchecked: true }), (candidate) => candidate === route)))
    assertSound(run, route)
    await assertNoNewPass(run, route)
  })
})

function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}
