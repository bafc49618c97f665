/**
 * HTTPS_PROXY / HTTP_PROXY / NO_PROXY for every client chaingate has, over a real forwarding proxy on
 * 127.0.0.1 (test/support/forward-proxy.ts): the registry reader against the real test registry, the GitHub
 * client against the fake GitHub, the OSV source against the fake OSV (the CLI included), and https targets
 * through CONNECT under a name only the proxy resolves. The proxy's password never shows in any message.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import https from 'node:https'
import type net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import tls from 'node:tls'
import { requestJson, DEFAULT_HTTP } from '../../src/advisories/sources/http.js'
import { matchOsvApi } from '../../src/advisories/sources/osv-api.js'
import { main } from '../../src/cli/main.js'
import { createGitHubClient, RequestCounter } from '../../src/github/client.js'
import type { Package } from '../../src/inventory/model.js'
import { ConfigurationError } from '../../src/model/errors.js'
import {
  checkProxyEnv,
  normalizeNoProxy,
  proxyAgentFor,
  proxyFor,
  proxySettings,
  redactProxyCredentials,
  redactUrl,
  resetProxyForTests,
  useProxyForFetch
} from '../../src/runtime/proxy.js'
import { httpGet, readBody } from '../../src/verify/http-get.js'
import { RegistryReader } from '../../src/verify/registry.js'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { repository } from '../../test/support/fake-github/fixtures.js'
import { startFakeOsv, type FakeOsv } from '../../test/support/fake-osv/server.js'
import { startForwardProxy, type ForwardProxy } from '../../test/support/forward-proxy.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { runActionInProcess } from '../../test/support/action-run.js'
import { tempWorkspace } from '../../test/support/workspace.js'

const USER = 'ci-robot'
const PASSWORD = 'pr0xy-Pa55word'
const WRONG = 'n0t-the-Pa55word'
const basic = (user: string, password: string): string => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
const VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']

describe('the proxy variables as chaingate reads them', () => {
  it('takes the lower-case name first, falls back to HTTP_PROXY for https, and treats empty as unset', () => {
    expect(proxySettings({})).toBeUndefined()
    expect(proxySettings({ HTTPS_PROXY: '' })).toBeUndefined()
    expect(proxySettings({ HTTPS_PROXY: 'http://upper:1', https_proxy: 'http://lower:1' })).toMatchObject({ https: 'http://lower:1' })
    expect(proxySettings({ HTTP_PROXY: 'http://p:3128' })).toMatchObject({ http: 'http://p:3128', https: 'http://p:3128', noProxy: '' })
    expect(proxySettings({ HTTPS_PROXY: 'http://s:1' })).toEqual({ https: 'http://s:1', noProxy: '', normalizedNoProxy: '' })
    expect(proxySettings({ HTTPS_PROXY: 'http://s:1', NO_PROXY: 'a', no_proxy: 'b' })).toMatchObject({ noProxy: 'b' })
  })

  it('reads NO_PROXY as curl does: *, host and its subdomains, leading dot, *. prefix, host:port, IPv6', () => {
    const settings = (noProxy: string) => proxySettings({ HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1', NO_PROXY: noProxy })
    const via = (url: string, noProxy: string): string | undefined => proxyFor(new URL(url), settings(noProxy))
    expect(via('https://ghcr.io/v2/', '')).toBe('http://p:1')
    expect(via('https://ghcr.io/v2/', '*')).toBeUndefined()
    expect(via('https://ghcr.io/v2/', 'example.com, *')).toBeUndefined()
    for (const entry of ['example.com', '.example.com', '*.example.com', 'EXAMPLE.com']) {
      expect(via('https://example.com/', entry)).toBeUndefined()
      expect(via('https://registry.example.com/', entry)).toBeUndefined()
      expect(via('https://notexample.com/', entry)).toBe('http://p:1')
      expect(via('https://example.com.evil/', entry)).toBe('http://p:1')
    }
    expect(via('https://example.com/', 'example.com:443')).toBeUndefined()
    expect(via('https://example.com:8443/', 'example.com:443')).toBe('http://p:1')
    expect(via('http://[::1]:5000/', '::1')).toBeUndefined()
    expect(via('http://[::1]:5000/', '[::1]:5000')).toBeUndefined()
    expect(via('http://[::1]:5000/', '[::1]:5001')).toBe('http://p:1')
    // No implicit bypass for loopback (neither curl nor Node has one): list it.
    expect(via('http://127.0.0.1:5000/', '')).toBe('http://p:1')
    expect(via('http://localhost:5000/', '')).toBe('http://p:1')
    expect(via('http://localhost:5000/', 'localhost,127.0.0.1')).toBeUndefined()
  })

  it('rewrites NO_PROXY so Node agents (exact, .suffix) and fetch (suffix) read it alike', () => {
    expect(normalizeNoProxy('example.com, .corp.local *.svc ,')).toBe('example.com,.example.com,corp.local,.corp.local,svc,.svc')
    expect(normalizeNoProxy('a.com, *')).toBe('*')
    expect(normalizeNoProxy('registry.internal:5000,::1,[fd00::1]:8080')).toBe('registry.internal:5000,::1,[::1],fd00::1:8080,[fd00::1]:8080')
  })

  it('never prints the credentials of a proxy URL', () => {
    expect(redactUrl(`http://${USER}:${PASSWORD}@proxy.corp:3128`)).toBe('http://***@proxy.corp:3128')
    expect(redactUrl(`http://${USER}:${PASSWORD}@proxy.corp:3128/`)).not.toContain(PASSWORD)
    expect(redactUrl(`${USER}:${PASSWORD}@proxy corp`)).toBe('***@proxy?corp')
    const env = { HTTPS_PROXY: `http://${USER}:p%40ss%2Fword@proxy.corp:3128` }
    expect(redactProxyCredentials(`failed via http://${USER}:p%40ss%2Fword@proxy.corp:3128 (p@ss/word)`, env)).toBe(
      'failed via http://***@proxy.corp:3128 (***)'
    )
    expect(redactProxyCredentials(`Proxy-Authorization: ${basic(USER, 'p@ss/word')}; user ${USER}`, env)).toBe('Proxy-Authorization: Basic ***; user ***')
    // A short user name is not hunted through the text (every "ci" would go), but never shown in a URL.
    expect(redactProxyCredentials('circle ci: https://ci:secretive@proxy:1/ failed', { HTTPS_PROXY: 'http://ci:secretive@proxy:1' })).toBe(
      'circle ci: https://***@proxy:1/ failed'
    )
    expect(() => checkProxyEnv({ HTTPS_PROXY: `socks5://${USER}:${PASSWORD}@proxy.corp:1080` })).toThrow(ConfigurationError)
    for (const value of [`socks5://${USER}:${PASSWORD}@proxy.corp:1080`, `ftp://${USER}:${PASSWORD}@proxy.corp:21`]) {
      let message = ''
      try {
        checkProxyEnv({ https_proxy: value })
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(/^https_proxy /)
      expect(message).not.toContain(PASSWORD)
      expect(message).not.toContain(USER)
    }
    expect(() => checkProxyEnv({ HTTP_PROXY: 'http://proxy.corp:3128', HTTPS_PROXY: 'https://proxy.corp:3129' })).not.toThrow()
    // Only the variables in force are checked: the lower-case one hides the upper-case one.
    expect(() => checkProxyEnv({ https_proxy: 'http://proxy.corp:3128', HTTPS_PROXY: 'socks5://proxy.corp:1080' })).not.toThrow()
    // Without a scheme, as curl and Go read it: http://.
    expect(() => checkProxyEnv({ HTTP_PROXY: 'proxy.corp:3128' })).not.toThrow()
    expect(proxySettings({ HTTP_PROXY: 'proxy.corp:3128' })).toMatchObject({ http: 'http://proxy.corp:3128', https: 'http://proxy.corp:3128' })
    expect(() => checkProxyEnv({ HTTP_PROXY: 'http://proxy corp:3128' })).toThrow('HTTP_PROXY is not a URL')
  })
})

describe('a Node without http.setGlobalProxyFromEnv (before 24.14)', () => {
  const node = process.getBuiltinModule('node:http') as { setGlobalProxyFromEnv?: unknown }
  const saved = node.setGlobalProxyFromEnv
  const env = { HTTPS_PROXY: process.env.HTTPS_PROXY, NODE_USE_ENV_PROXY: process.env.NODE_USE_ENV_PROXY }
  afterEach(() => {
    node.setGlobalProxyFromEnv = saved
    for (const [name, value] of Object.entries(env)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    resetProxyForTests()
  })

  it('fails the request with a message that says what to set (credentials hidden), or leaves it to NODE_USE_ENV_PROXY=1', () => {
    delete node.setGlobalProxyFromEnv
    process.env.HTTPS_PROXY = `http://${USER}:${PASSWORD}@proxy.corp:3128`
    delete process.env.NODE_USE_ENV_PROXY
    expect(() => useProxyForFetch()).toThrow(
      new ConfigurationError(
        `a proxy is set (http://***@proxy.corp:3128) but Node ${process.version} cannot route requests through it at run time (Node 24.14 or later can): set NODE_USE_ENV_PROXY=1 for the step`
      )
    )
    expect(() => proxyAgentFor('https:')).toThrow(ConfigurationError)
    process.env.NODE_USE_ENV_PROXY = '1'
    expect(() => useProxyForFetch()).not.toThrow()
    expect(proxyAgentFor('https:')).toBeDefined()
  })
})

describe('requests through a forwarding proxy', () => {
  let proxy: ForwardProxy
  let registry: TestRegistry
  let digest: string
  let fake: FakeGitHub
  let osv: FakeOsv
  let tlsServer: https.Server
  let tlsPort: number
  const tlsSockets = new Set<net.Socket>()
  let scratch: string
  let defaultCas: string[]
  const saved = new Map<string, string | undefined>()

  beforeAll(async () => {
    proxy = await startForwardProxy({ credentials: `${USER}:${PASSWORD}`, hosts: ['api.proxy.test'] })
    registry = await startRegistry()
    digest = await registry.pushImage('team/app', 'v1')
    fake = await startFakeGitHub({ routes: { 'GET /repos/{owner}/{repo}': { body: repository({ default_branch: 'trunk' }) } } })
    osv = await startFakeOsv({ records: [], affects: () => [] })
    // An https server known only to the proxy as api.proxy.test, its certificate trusted by this process.
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-proxy-'))
    const key = path.join(scratch, 'key.pem')
    const cert = path.join(scratch, 'cert.pem')
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-keyout', key, '-out', cert, '-days', '2'].concat([
        '-subj',
        '/CN=api.proxy.test',
        '-addext',
        'subjectAltName=DNS:api.proxy.test'
      ]),
      { stdio: 'ignore' }
    )
    defaultCas = tls.getCACertificates('default')
    tls.setDefaultCACertificates([...defaultCas, fs.readFileSync(cert, 'utf8')])
    tlsServer = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ path: request.url }))
    })
    tlsServer.on('connection', (socket: net.Socket) => {
      tlsSockets.add(socket)
      socket.on('close', () => tlsSockets.delete(socket))
    })
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve))
    tlsPort = (tlsServer.address() as net.AddressInfo).port
  }, 60_000)

  afterAll(async () => {
    resetProxyForTests()
    if (defaultCas) tls.setDefaultCACertificates(defaultCas)
    for (const socket of tlsSockets) socket.destroy()
    await new Promise<void>((resolve) => (tlsServer ? tlsServer.close(() => resolve()) : resolve()))
    await osv?.close()
    await fake?.close()
    await registry?.stop()
    await proxy?.close()
    if (scratch) fs.rmSync(scratch, { recursive: true, force: true })
  })

  beforeEach(() => {
    for (const name of VARIABLES) {
      saved.set(name, process.env[name])
      delete process.env[name]
    }
    proxy.requests.length = 0
  })
  afterEach(() => {
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    resetProxyForTests()
  })

  const useProxy = (password = PASSWORD, noProxy?: string): void => {
    const url = `http://${USER}:${password}@127.0.0.1:${proxy.port}`
    process.env.HTTP_PROXY = url
    process.env.HTTPS_PROXY = url
    if (noProxy !== undefined) process.env.NO_PROXY = noProxy
  }
  const through = (host: string) => proxy.requests.filter((request) => request.target.includes(host))

  it('reads the registry (real docker-registry, http) through the proxy with Proxy-Authorization, and directly when NO_PROXY lists it', async () => {
    useProxy()
    const reader = new RegistryReader(registry.host, 'team/app', { username: registry.username, password: registry.password })
    expect((await reader.manifest('v1'))?.digest).toBe(digest)
    const seen = through(registry.host)
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((request) => request.method === 'GET' && request.target.startsWith(`http://${registry.host}/v2/team/app/`))).toBe(true)
    expect(new Set(seen.map((request) => request.proxyAuthorization))).toEqual(new Set([basic(USER, PASSWORD)]))

    proxy.requests.length = 0
    process.env.NO_PROXY = '127.0.0.1'
    const direct = new RegistryReader(registry.host, 'team/app', { username: registry.username, password: registry.password })
    expect((await direct.manifest('v1'))?.digest).toBe(digest)
    expect(proxy.requests).toEqual([])
  })

  it('sends the GitHub client through the proxy, and not when NO_PROXY has the host:port or *', async () => {
    useProxy()
    const read = async (): Promise<string> => {
      const client = createGitHubClient({ token: 'test-token', apiUrl: fake.url, counter: new RequestCounter(), retryBaseMs: 5 })
      return (await client.octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' })).data.default_branch
    }
    expect(await read()).toBe('trunk')
    const host = new URL(fake.url).host
    // Node's fetch (undici) tunnels http targets with CONNECT too.
    expect(through(host)).toEqual([{ method: 'CONNECT', target: host, proxyAuthorization: basic(USER, PASSWORD), allowed: true }])
    for (const noProxy of [host, '*', `example.com, ${new URL(fake.url).hostname}`]) {
      proxy.requests.length = 0
      process.env.NO_PROXY = noProxy
      expect(await read()).toBe('trunk')
      expect(proxy.requests).toEqual([])
    }
  })

  it('sends the OSV source through the proxy (the CLI too)', async () => {
    useProxy()
    const lodash: Package = {
      ecosystem: 'npm',
      name: 'lodash',
      version: '4.17.21',
      scope: 'runtime',
      direct: true,
      source: 'registry',
      location: { path: 'lock', line: 1 }
    }
    const report = await matchOsvApi([lodash], { baseUrl: osv.url, http: { retries: 0 } })
    expect(report.unchecked).toEqual([])
    expect(through(new URL(osv.url).host)).toEqual([
      { method: 'CONNECT', target: new URL(osv.url).host, proxyAuthorization: basic(USER, PASSWORD), allowed: true }
    ])
    expect(osv.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v1/querybatch'])

    proxy.requests.length = 0
    const ws = tempWorkspace({
      'package.json': '{ "name": "app", "version": "1.0.0", "dependencies": { "lodash": "4.17.21" } }\n',
      'package-lock.json': JSON.stringify({
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: { '': { name: 'app', version: '1.0.0', dependencies: { lodash: '4.17.21' } }, 'node_modules/lodash': { version: '4.17.21' } }
      })
    })
    try {
      const out: string[] = []
      const env = { ...process.env, GITHUB_TOKEN: '', GH_TOKEN: '' }
      const io = { env, cwd: ws.root, stdout: (text: string) => out.push(text), stderr: (text: string) => out.push(text) }
      await main(['check', ws.root, '--advisories', 'osv', '--osv-url', osv.url, '--format', 'json'], io)
      expect(through(new URL(osv.url).host).map((request) => `${request.method} ${request.target}`)).toEqual([`CONNECT ${new URL(osv.url).host}`])
      expect(osv.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v1/querybatch', 'POST /v1/querybatch'])
      expect(out.join('')).not.toContain(PASSWORD)
    } finally {
      ws.cleanup()
    }
  })

  it('tunnels https with CONNECT, for the registry reader (node:https) and fetch alike', async () => {
    const target = `https://api.proxy.test:${tlsPort}`
    useProxy()
    const answer = await httpGet(`${target}/v2/`, {}, 10_000)
    expect(answer.status).toBe(200)
    expect(JSON.parse((await readBody(answer, 1000, 'answer')).toString())).toEqual({ path: '/v2/' })
    expect(await requestJson('GET', `${target}/v1/vulns/X`, undefined, { ...DEFAULT_HTTP, retries: 0, userAgent: 'chaingate-test' })).toEqual({
      path: '/v1/vulns/X'
    })
    expect(proxy.requests).toEqual([
      { method: 'CONNECT', target: `api.proxy.test:${tlsPort}`, proxyAuthorization: basic(USER, PASSWORD), allowed: true },
      { method: 'CONNECT', target: `api.proxy.test:${tlsPort}`, proxyAuthorization: basic(USER, PASSWORD), allowed: true }
    ])
  })

  it('shows no credential when the proxy refuses them (407), on any client', async () => {
    useProxy(WRONG)
    const messages: string[] = []
    const target = `https://api.proxy.test:${tlsPort}`
    await httpGet(`${target}/v2/`, {}, 10_000).then(
      (answer) => messages.push(`status ${answer.status}`),
      (error: Error) => messages.push(error.message)
    )
    await requestJson('GET', `${target}/v1/vulns/X`, undefined, { ...DEFAULT_HTTP, retries: 0, userAgent: 'chaingate-test' }).then(
      () => messages.push('answered'),
      (error: Error) => messages.push(error.message)
    )
    const reader = new RegistryReader(registry.host, 'team/app', { username: registry.username, password: registry.password })
    await reader.manifest('v1').then(
      () => messages.push('answered'),
      (error: Error) => messages.push(error.message)
    )
    const client = createGitHubClient({ token: 'test-token', apiUrl: fake.url, counter: new RequestCounter(), retryBaseMs: 5, retries: 0 })
    await client.octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' }).then(
      () => messages.push('answered'),
      (error: Error) => messages.push(error.message)
    )
    expect(messages).toHaveLength(4)
    expect(messages).not.toContain('answered')
    expect(messages).toEqual([
      expect.stringMatching(/^Failed to establish tunnel to api\.proxy\.test:\d+ via http:\/\/127\.0\.0\.1:\d+\/: HTTP\/1\.1 407 /),
      expect.stringMatching(
        /^GET https:\/\/api\.proxy\.test:\d+\/v1\/vulns\/X failed: the proxy answered 407 \(Proxy Authentication Required: check the user and password/
      ),
      expect.stringMatching(/^the proxy answered 407 \(Proxy Authentication Required/),
      expect.stringMatching(/^could not connect to 127\.0\.0\.1:\d+: the proxy answered 407 \(Proxy Authentication Required/)
    ])
    for (const message of messages) {
      expect(message).not.toContain(WRONG)
      expect(message).not.toContain(USER)
    }
    expect(proxy.requests.length).toBeGreaterThanOrEqual(4)
    expect(proxy.requests.every((request) => !request.allowed && request.proxyAuthorization === basic(USER, WRONG))).toBe(true)
  })

  it('the action: OSV through the proxy; refused credentials make the check unknown, with the password in no log, output or report', async () => {
    const ws = tempWorkspace({
      'package.json': '{ "name": "app", "version": "1.0.0", "dependencies": { "lodash": "4.17.21" } }\n',
      'package-lock.json': JSON.stringify({
        name: 'app',
        version: '1.0.0',
        lockfileVersion: 3,
        packages: { '': { name: 'app', version: '1.0.0', dependencies: { lodash: '4.17.21' } }, 'node_modules/lodash': { version: '4.17.21' } }
      })
    })
    try {
      const inputs = { advisories: 'osv', 'osv-url': osv.url, 'on-unknown': 'warn' }
      useProxy()
      const passed = await runActionInProcess({ workspace: ws.root, tempParent: scratch, inputs })
      expect(through(new URL(osv.url).host).map((request) => `${request.method} ${request.target} ${request.allowed}`)).toEqual([
        `CONNECT ${new URL(osv.url).host} true`
      ])
      expect(passed.report?.findings.find((finding) => finding.rule === 'vulnerable-dependencies')?.status).toBe('pass')

      proxy.requests.length = 0
      useProxy(WRONG)
      const refused = await runActionInProcess({ workspace: ws.root, tempParent: scratch, inputs })
      expect(proxy.requests.length).toBeGreaterThan(0)
      const finding = refused.report?.findings.find((candidate) => candidate.rule === 'vulnerable-dependencies')
      expect(finding?.status).toBe('unknown')
      expect(JSON.stringify(finding)).toContain('the proxy answered 407')
      const everything = `${refused.log}${refused.outputText}${JSON.stringify(refused.report)}`
      for (const secret of [WRONG, USER]) expect(everything).not.toContain(secret)
    } finally {
      ws.cleanup()
    }
  })

  it('refuses a proxy URL it cannot speak to, as a configuration error (exit 2) that hides the credentials', async () => {
    process.env.HTTPS_PROXY = `socks5://${USER}:${PASSWORD}@127.0.0.1:${proxy.port}`
    const out: string[] = []
    const io = { env: { ...process.env }, cwd: os.tmpdir(), stdout: (text: string) => out.push(text), stderr: (text: string) => out.push(text) }
    expect(await main(['check', os.tmpdir(), '--offline'], io)).toBe(2)
    expect(out.join('')).toBe(
      `chaingate: HTTPS_PROXY is a socks5 proxy (socks5://***@127.0.0.1:${proxy.port}): chaingate speaks to http:// and https:// proxies only\n`
    )
  })
})
