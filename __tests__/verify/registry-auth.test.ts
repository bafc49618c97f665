/**
 * How real registries authenticate and serve, against a fake registry over real HTTP on 127.0.0.1 (what
 * Debian's docker-registry cannot be configured to do): bearer challenges answered anonymously or with
 * credentials (`token` or `access_token`), OAuth2 identity tokens, tokens that expire, blobs redirected to a
 * storage host on another origin (no Authorization sent there), 429/5xx retried with bounded backoff, a
 * digest mismatch named; and Docker config credentials (`auths` keys, `identitytoken`, `credHelpers` and
 * `credsStore` helpers spawned without a shell).
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { catalogImage } from '../../src/images/index.js'
import { readDockerCredentials, retryPolicy } from '../../src/verify/registry.js'
import { ConfigurationError } from '../../src/model/errors.js'
import { escapeRegExp } from '../../src/escape-regexp.js'
import { buildLayer, sha256, skopeoPushAsync, writeOciLayout } from '../../test/support/images/build.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'

const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const SECRET = 'hunter2-secret'
const REFRESH = 'refresh-token-value'

let registry: http.Server
let cdn: http.Server
let host: string
let cdnOrigin: string
let work: string
const manifests = new Map<string, Buffer>()
const blobs = new Map<string, Buffer>()
let layerDigest: string
let manifestDigest: string
/** Requests the registry saw (`METHOD path`), and the authorization headers the storage host got. */
let seen: string[] = []
let cdnAuthorizations: Array<string | undefined> = []
/** Per-test behaviour. */
let failures: Array<{ match: RegExp; status: number; retryAfter?: string }> = []
let tokenUses = 0
let tokenLimit = Infinity
let issued = 0
let corrupt = false
/** Storage answers that break the connection halfway through the body. */
let cuts = 0

const saved = { ...retryPolicy }
beforeEach(() => {
  seen = []
  cdnAuthorizations = []
  failures = []
  tokenUses = 0
  tokenLimit = Infinity
  corrupt = false
  cuts = 0
  Object.assign(retryPolicy, { attempts: 4, baseMs: 10, maxMs: 200, tokenReuseMs: 0 })
})
afterEach(() => void Object.assign(retryPolicy, saved))

function tokenAllowed(request: http.IncomingMessage, body: string, url: URL): string | undefined {
  const scope = url.searchParams.get('scope') ?? new URLSearchParams(body).get('scope') ?? ''
  const repository = /^repository:([^:]+):pull$/.exec(scope)?.[1]
  if (!repository) return undefined
  if (repository.startsWith('public/')) return repository
  if (request.method === 'POST') {
    const form = new URLSearchParams(body)
    return form.get('grant_type') === 'refresh_token' && form.get('refresh_token') === REFRESH && form.get('service') === 'fake-registry'
      ? repository
      : undefined
  }
  return request.headers.authorization === `Basic ${Buffer.from(`robot:${SECRET}`).toString('base64')}` ? repository : undefined
}

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-registry-auth-')))
  const layer = await buildLayer({
    entries: [
      { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
      { path: 'var/lib/dpkg/status', content: 'Package: alpha\nStatus: install ok installed\nArchitecture: amd64\nVersion: 1.0-1\n' }
    ],
    compression: 'gzip'
  })
  layerDigest = layer.digest
  blobs.set(layer.digest, layer.blob)
  const config = Buffer.from(JSON.stringify({ os: 'linux', architecture: 'amd64', rootfs: { type: 'layers', diff_ids: [layer.diffId] } }))
  blobs.set(sha256(config), config)
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: [{ mediaType: layer.mediaType, digest: layer.digest, size: layer.blob.length }]
    })
  )
  manifestDigest = sha256(manifest)
  manifests.set('v1', manifest)
  // A proxy's error page served with 200, and JSON that is not an object.
  manifests.set('html', Buffer.from('<html>proxy login page</html>'))
  manifests.set('null', Buffer.from('null'))
  manifests.set(manifestDigest, manifest)
  // OCI 1.0 left `mediaType` optional: an index without it (nor on its entry), served as plain JSON.
  manifests.set(
    'bare',
    Buffer.from(
      JSON.stringify({ schemaVersion: 2, manifests: [{ digest: manifestDigest, size: manifest.length, platform: { os: 'linux', architecture: 'amd64' } }] })
    )
  )

  cdn = http.createServer((request, response) => {
    cdnAuthorizations.push(request.headers.authorization)
    const digest = new URL(request.url ?? '/', 'http://x').pathname.slice('/storage/'.length)
    const blob = blobs.get(digest)
    if (!blob || request.headers.authorization) return void response.writeHead(blob ? 400 : 404).end()
    const body = corrupt && digest === layerDigest ? Buffer.concat([blob.subarray(0, blob.length - 1), Buffer.from([blob[blob.length - 1]! ^ 1])]) : blob
    if (cuts > 0 && digest === layerDigest) {
      cuts -= 1
      response.writeHead(200, { 'content-length': body.length })
      response.write(body.subarray(0, body.length >> 1), () => response.socket?.destroy())
      return
    }
    response.writeHead(200, { 'content-length': body.length }).end(body)
  })
  await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve))
  // Another origin: a different host name (and port) than the registry's.
  cdnOrigin = `http://localhost:${(cdn.address() as AddressInfo).port}`

  registry = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x')
    seen.push(`${request.method} ${url.pathname}`)
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      if (url.pathname === '/token') {
        const repository = tokenAllowed(request, Buffer.concat(chunks).toString('utf8'), url)
        if (!repository) return void response.writeHead(401).end()
        issued += 1
        // Docker Hub answers `token` (and `access_token`); OAuth2 servers `access_token` only.
        const token = `tok-${issued}`
        tokenUses = 0
        const body = request.method === 'POST' ? { access_token: token } : issued % 2 ? { token } : { access_token: token }
        return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      }
      const failure = failures.find((entry) => entry.match.test(url.pathname))
      if (failure) {
        failures.splice(failures.indexOf(failure), 1)
        // Status 0: the connection is dropped without an answer (a reset).
        if (failure.status === 0) return void request.socket.destroy()
        return void response.writeHead(failure.status, failure.retryAfter ? { 'retry-after': failure.retryAfter } : {}).end()
      }
      const repository = /^\/v2\/(.+?)\/(?:manifests|blobs)\//.exec(url.pathname)?.[1] ?? ''
      const valid = request.headers.authorization === `Bearer tok-${issued}` && issued > 0 && tokenUses < tokenLimit
      if (!valid) {
        return void response
          .writeHead(401, {
            'www-authenticate': `Bearer realm="http://${host}/token",service="fake-registry",scope="repository:${repository}:pull",error="invalid_token"`
          })
          .end()
      }
      tokenUses += 1
      const manifest = /\/manifests\/(.+)$/.exec(url.pathname)?.[1]
      if (manifest) {
        const body = manifests.get(manifest)
        if (!body) return void response.writeHead(404).end()
        const type = manifest === 'bare' ? 'application/json; charset=utf-8' : OCI_MANIFEST
        return void response.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body)
      }
      const blob = /\/blobs\/(sha256:[0-9a-f]{64})$/.exec(url.pathname)?.[1]
      if (blob && blobs.has(blob)) return void response.writeHead(307, { location: `${cdnOrigin}/storage/${blob}` }).end()
      response.writeHead(404).end()
    })
  })
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve))
  host = `127.0.0.1:${(registry.address() as AddressInfo).port}`
})

afterAll(async () => {
  for (const server of [registry, cdn]) {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  fs.rmSync(work, { recursive: true, force: true })
})

function dockerConfig(name: string, config: object): string {
  const dir = path.join(work, name)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config))
  return dir
}

const packages = (catalog: { inventory: { packages: Array<{ name: string }> } }): string[] => catalog.inventory.packages.map((pkg) => pkg.name)

describe('bearer tokens', () => {
  it('takes an anonymous token for a public repository; blobs come from another origin without the Authorization header', async () => {
    const catalog = await catalogImage(`${host}/public/app:v1`, { env: {}, dockerConfig: path.join(work, 'none') })
    expect(packages(catalog)).toEqual(['alpha'])
    expect(cdnAuthorizations).toHaveLength(2)
    expect(cdnAuthorizations.every((value) => value === undefined)).toBe(true)
  })

  it('gets a token with Basic credentials (REGISTRY_USERNAME/PASSWORD) for a private one', async () => {
    const catalog = await catalogImage(`${host}/private/app@${manifestDigest}`, { env: { REGISTRY_USERNAME: 'robot', REGISTRY_PASSWORD: SECRET } })
    expect(packages(catalog)).toEqual(['alpha'])
    const error = await catalogImage(`${host}/private/app:v1`, { env: { REGISTRY_USERNAME: 'robot', REGISTRY_PASSWORD: 'not-it' } }).catch(
      (caught: unknown) => caught
    )
    expect(String(error)).toContain('GET manifest v1: HTTP 401: the registry refused the credentials chaingate has for it')
    expect(String(error)).not.toContain('not-it')
  })

  it('exchanges a Docker config identity token (OAuth2 refresh token) at the token realm', async () => {
    const config = dockerConfig('identity', { auths: { [host]: { auth: Buffer.from('robot:').toString('base64'), identitytoken: REFRESH } } })
    expect(packages(await catalogImage(`${host}/private/app:v1`, { env: {}, dockerConfig: config }))).toEqual(['alpha'])
    expect(seen).toContain('POST /token')
  })

  it('asks for a new token when the one in use expires mid-image', async () => {
    tokenLimit = 2
    const before = issued
    expect(packages(await catalogImage(`${host}/public/app:v1`, { env: {} }))).toEqual(['alpha'])
    expect(issued - before).toBeGreaterThanOrEqual(2)
  })
})

describe('transient failures', () => {
  it('retries 503, 429 (Retry-After honoured, bounded), 502 and a dropped connection, and succeeds', async () => {
    failures = [
      { match: /\/manifests\/v1$/, status: 503 },
      { match: /\/manifests\/v1$/, status: 429, retryAfter: '0' },
      { match: /\/blobs\//, status: 502 },
      { match: /\/blobs\//, status: 0 }
    ]
    expect(packages(await catalogImage(`${host}/public/app:v1`, { env: {} }))).toEqual(['alpha'])
    expect(failures).toEqual([])
  })

  it('gives up after a bounded number of attempts on a registry that keeps failing', async () => {
    failures = Array.from({ length: 10 }, () => ({ match: /\/manifests\/v1$/, status: 500, retryAfter: '3600' }))
    const started = Date.now()
    await expect(catalogImage(`${host}/public/app:v1`, { env: {} })).rejects.toThrow('GET manifest v1: HTTP 500')
    expect(10 - failures.length).toBe(retryPolicy.attempts)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('says when the registry keeps rate-limiting', async () => {
    failures = Array.from({ length: 10 }, () => ({ match: /\/manifests\/v1$/, status: 429 }))
    await expect(catalogImage(`${host}/public/app:v1`, { env: {} })).rejects.toThrow(
      "GET manifest v1: HTTP 429: the registry limits this client's requests (still after 4 attempts; Docker Hub allows more to logged-in users)"
    )
  })

  it('reads an index that names no media type, served as plain JSON', async () => {
    const catalog = await catalogImage(`${host}/public/app:bare`, { env: {} })
    expect(packages(catalog)).toEqual(['alpha'])
    expect(catalog.available).toEqual(['linux/amd64'])
  })

  it('reads a layer again when the connection breaks halfway, once', async () => {
    cuts = 1
    expect(packages(await catalogImage(`${host}/public/app:v1`, { env: {} }))).toEqual(['alpha'])
    cuts = 2
    await expect(catalogImage(`${host}/public/app:v1`, { env: {} })).rejects.toThrow(`layer 1 (${layerDigest}): reading the blob broke off (aborted)`)
  })

  it('names the blob whose bytes do not match its digest', async () => {
    corrupt = true
    await expect(catalogImage(`${host}/public/app:v1`, { env: {} })).rejects.toThrow(
      `layer 1 (${layerDigest}): cannot be read as a layer (incorrect length check): the blob is corrupt or not what its digest names`
    )
  })
})

describe('Docker config credentials', () => {
  let bin: string
  const savedPath = process.env.PATH
  beforeAll(() => {
    // A credential helper as Docker's are: `get`, the server on stdin, JSON on stdout; "not found" exits 1.
    bin = path.join(work, 'bin')
    fs.mkdirSync(bin)
    fs.writeFileSync(
      path.join(bin, 'docker-credential-fake'),
      [
        '#!/bin/sh',
        '[ "$1" = get ] || exit 2',
        'read -r server',
        'echo "$server" >> "$(dirname "$0")/asked"',
        'case "$server" in',
        `  "${'127.0.0.1'}:"*) printf '{"ServerURL":"%s","Username":"robot","Secret":"${SECRET}"}' "$server" ;;`,
        `  "https://index.docker.io/v1/") printf '{"ServerURL":"%s","Username":"<token>","Secret":"${REFRESH}"}' "$server" ;;`,
        '  *) echo "credentials not found in native keychain"; exit 1 ;;',
        'esac',
        ''
      ].join('\n'),
      { mode: 0o755 }
    )
    process.env.PATH = `${bin}${path.delimiter}${savedPath ?? ''}`
  })
  afterAll(() => {
    process.env.PATH = savedPath
  })

  it('reads auths keyed by host, by URL and by Docker Hub’s https://index.docker.io/v1/', () => {
    const config = dockerConfig('auths', {
      auths: {
        'https://index.docker.io/v1/': { auth: Buffer.from('hub:pass').toString('base64') },
        'http://registry.example:5000': { username: 'u', password: 'p' },
        'quay.io': { auth: Buffer.from('q:').toString('base64'), identitytoken: 'idt' }
      }
    })
    expect(readDockerCredentials('alpine', config)).toEqual({ username: 'hub', password: 'pass' })
    expect(readDockerCredentials('docker.io/user/app', config)).toEqual({ username: 'hub', password: 'pass' })
    expect(readDockerCredentials('registry-1.docker.io/library/alpine', config)).toEqual({ username: 'hub', password: 'pass' })
    expect(readDockerCredentials('registry.example:5000/team/app', config)).toEqual({ username: 'u', password: 'p' })
    expect(readDockerCredentials('quay.io/o/app', config)).toEqual({ username: 'q', password: '', identityToken: 'idt' })
    expect(readDockerCredentials('ghcr.io/o/app', config)).toBeUndefined()
  })

  it('asks credHelpers (per registry) and credsStore helpers, spawned without a shell', async () => {
    const config = dockerConfig('helpers', { credHelpers: { [host]: 'fake' }, credsStore: 'fake', auths: { [host]: {} } })
    expect(readDockerCredentials(`${host}/private/app`, config)).toEqual({ username: 'robot', password: SECRET })
    expect(readDockerCredentials('alpine', config)).toEqual({ username: '', password: '', identityToken: REFRESH })
    expect(readDockerCredentials('ghcr.io/o/app', config)).toBeUndefined()
    expect(fs.readFileSync(path.join(bin, 'asked'), 'utf8').split('\n')).toEqual([host, 'https://index.docker.io/v1/', 'ghcr.io', ''])
    expect(packages(await catalogImage(`${host}/private/app:v1`, { env: {}, dockerConfig: config }))).toEqual(['alpha'])
  })

  it('says a Docker config that is not JSON, with its line, and takes a missing one as no credentials', () => {
    const dir = path.join(work, 'broken-config')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'config.json'), '{\n  "auths": {\n    "ghcr.io": { "auth": "eA==" },\n  }\n}\n')
    let thrown: unknown
    try {
      readDockerCredentials('ghcr.io/o/app', dir)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ConfigurationError)
    expect((thrown as ConfigurationError).oneLine()).toMatch(
      new RegExp(`^${escapeRegExp(path.join(dir, 'config.json'))}:4(:\\d+)?: the Docker config is not JSON: `)
    )
    fs.writeFileSync(path.join(dir, 'config.json'), '[]')
    expect(() => readDockerCredentials('ghcr.io/o/app', dir)).toThrow('the Docker config is not a JSON object')
    expect(readDockerCredentials('ghcr.io/o/app', path.join(work, 'no-such-config'))).toBeUndefined()
  })

  it('names a helper that is not installed, in one line', () => {
    const config = dockerConfig('missing-helper', { credsStore: 'desktop-not-here' })
    expect(() => readDockerCredentials('ghcr.io/o/app', config)).toThrow(
      'the Docker config names credential helper docker-credential-desktop-not-here for ghcr.io, which is not installed (not on PATH)'
    )
  })
})

describe('the real docker-registry with its token auth (JWTs from a token server of this test)', () => {
  let real: TestRegistry
  beforeAll(async () => {
    real = await startRegistry({ auth: 'token' })
    const layout = path.join(work, 'token-layout')
    await writeOciLayout(
      layout,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\n' },
                { path: 'var/lib/dpkg/status', content: 'Package: beta\nStatus: install ok installed\nArchitecture: amd64\nVersion: 2.0-1\n' }
              ],
              compression: 'zstd'
            }
          ]
        }
      ],
      'v1'
    )
    // skopeo answers the same challenge with the same credentials (an independent client).
    await skopeoPushAsync(layout, 'v1', `${real.host}/public/app:v1`, real)
    await skopeoPushAsync(layout, 'v1', `${real.host}/private/app:v1`, real)
  }, 60_000)
  afterAll(async () => {
    await real?.stop()
  })

  it('reads a public repository with an anonymous token the registry accepts', async () => {
    Object.assign(retryPolicy, { tokenReuseMs: 5_000 })
    const before = real.tokensIssued!()
    const catalog = await catalogImage(`${real.host}/public/app:v1`, { env: {}, dockerConfig: path.join(work, 'none') })
    expect(packages(catalog)).toEqual(['beta'])
    // One token for the repository, however many requests (manifest, config, layer).
    expect(real.tokensIssued!() - before).toBe(1)
  })

  it('reads a private one with the Docker config credentials, and refuses without them', async () => {
    expect(packages(await catalogImage(`${real.host}/private/app:v1`, { env: {}, dockerConfig: real.dockerConfig }))).toEqual(['beta'])
    await expect(catalogImage(`${real.host}/private/app:v1`, { env: {}, dockerConfig: path.join(work, 'none') })).rejects.toThrow(
      'GET manifest v1: HTTP 401: the registry wants credentials chaingate does not have'
    )
  })
})

describe('manifest answers', () => {
  it('refuses a manifest that is not a JSON object in one line, without quoting the answer', async () => {
    for (const tag of ['html', 'null']) {
      const error = await catalogImage(`${host}/public/app:${tag}`, { env: {}, dockerConfig: path.join(work, 'none') }).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toContain(`manifest ${tag}: the answer is not a JSON object`)
      expect((error as Error).message).not.toContain('proxy login page')
    }
  })
})
