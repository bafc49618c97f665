/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8, no referrers API, so the
 * referrers tag schema is exercised), on 127.0.0.1 at a free port, with a temporary config, storage and
 * htpasswd (bcrypt) auth, started per test file and stopped by PID. Images are pushed by hand over the
 * registry HTTP API. Credentials go into a temporary Docker config, never the real one.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export interface TestRegistry {
  /** `127.0.0.1:<port>` */
  host: string
  username: string
  password: string
  /** A temporary HOME whose `.docker/config.json` holds the registry's credentials. */
  home: string
  /** `<home>/.docker` (for DOCKER_CONFIG). */
  dockerConfig: string
  /** By hand over the HTTP API (htpasswd auth only; with token auth, push with skopeo). */
  pushImage(repository: string, tag: string, seed?: string): Promise<string>
  /** With token auth: the tokens the token server issued so far. */
  tokensIssued?: () => number
  stop(): Promise<void>
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

function sha256(data: Buffer): string {
  return `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`
}

/**
 * The registry's auth: `htpasswd` (Basic, the default) or `token`: the registry's own bearer-token auth
 * (distribution's token spec), its tokens issued by a token server of this process — JWTs signed (ES256,
 * `x5c`) by a key whose self-signed certificate is the registry's `rootcertbundle`. Basic credentials get
 * pull and push; anonymous requests get pull on repositories under `public/` only.
 */
export interface RegistryOptions {
  auth?: 'htpasswd' | 'token'
}

interface TokenServer {
  realm: string
  service: string
  issuer: string
  certificate: string
  /** Tokens issued so far (anonymous ones included). */
  issued: () => number
  close(): Promise<void>
}

async function startTokenServer(dir: string, username: string, password: string): Promise<TokenServer> {
  const { SignJWT, importPKCS8 } = await import('jose')
  const keyFile = path.join(dir, 'token-key.pem')
  const certificate = path.join(dir, 'token-cert.pem')
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certificate,
      '-days',
      '2',
      '-subj',
      '/CN=chaingate-test-token'
    ],
    { stdio: 'ignore' }
  )
  const key = await importPKCS8(fs.readFileSync(keyFile, 'utf8'), 'ES256')
  const der = new crypto.X509Certificate(fs.readFileSync(certificate)).raw.toString('base64')
  const service = 'chaingate-test-registry'
  const issuer = 'chaingate-test-issuer'
  const basic = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`
  let issued = 0
  const server = http.createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://x')
      if (url.pathname !== '/token' || url.searchParams.get('service') !== service) return void response.writeHead(404).end()
      const authenticated = request.headers.authorization === basic
      if (request.headers.authorization && !authenticated) return void response.writeHead(401).end()
      const access = url.searchParams
        .getAll('scope')
        .flatMap((scope) => scope.split(' '))
        .map((scope) => /^repository:([^:]+):([a-z,*]+)$/.exec(scope))
        .filter((match): match is RegExpExecArray => match !== null)
        .map((match) => ({
          type: 'repository',
          name: match[1]!,
          actions: match[2]!.split(',').filter((action) => authenticated || (action === 'pull' && match[1]!.startsWith('public/')))
        }))
      const now = Math.floor(Date.now() / 1000)
      const token = await new SignJWT({ access })
        .setProtectedHeader({ alg: 'ES256', typ: 'JWT', x5c: [der] })
        .setIssuer(issuer)
        .setSubject(authenticated ? username : '')
        .setAudience(service)
        .setIssuedAt(now)
        .setNotBefore(now - 10)
        .setExpirationTime(now + 300)
        .setJti(crypto.randomUUID())
        .sign(key)
      issued += 1
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token, access_token: token, expires_in: 300 }))
    })().catch(() => response.writeHead(500).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    realm: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/token`,
    service,
    issuer,
    certificate,
    issued: () => issued,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}

export async function startRegistry(options: RegistryOptions = {}): Promise<TestRegistry> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-registry-')))
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  const username = 'chaingate'
  const password = crypto.randomBytes(12).toString('hex')
  fs.writeFileSync(path.join(dir, 'htpasswd'), execFileSync('htpasswd', ['-Bbn', username, password]))
  const tokens = options.auth === 'token' ? await startTokenServer(dir, username, password) : undefined
  const authConfig = tokens
    ? [
        'auth:',
        '  token:',
        `    realm: ${tokens.realm}`,
        `    service: ${tokens.service}`,
        `    issuer: ${tokens.issuer}`,
        `    rootcertbundle: ${tokens.certificate}`
      ]
    : ['auth:', '  htpasswd:', '    realm: chaingate-test', `    path: ${path.join(dir, 'htpasswd')}`]
  fs.writeFileSync(
    path.join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log:',
      '  level: error',
      '  accesslog:',
      '    disabled: true',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${path.join(dir, 'data')}`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${host}`,
      `  secret: ${crypto.randomBytes(16).toString('hex')}`,
      '  draintimeout: 1s',
      ...authConfig,
      ''
    ].join('\n')
  )
  const home = path.join(dir, 'home')
  const dockerConfig = path.join(home, '.docker')
  fs.mkdirSync(dockerConfig, { recursive: true })
  fs.writeFileSync(
    path.join(dockerConfig, 'config.json'),
    JSON.stringify({ auths: { [host]: { auth: Buffer.from(`${username}:${password}`).toString('base64') } } })
  )

  const log = fs.openSync(path.join(dir, 'registry.log'), 'w')
  const child: ChildProcess = spawn('docker-registry', ['serve', path.join(dir, 'config.yml')], { stdio: ['ignore', log, log] })
  fs.closeSync(log)
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`

  // Ready when /v2/ answers.
  const deadline = Date.now() + 15_000
  for (;;) {
    try {
      const response = await fetch(`http://${host}/v2/`, { headers: { authorization } })
      if (response.status === 200 || (tokens && response.status === 401)) break
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      const output = fs.existsSync(path.join(dir, 'registry.log')) ? fs.readFileSync(path.join(dir, 'registry.log'), 'utf8') : ''
      child.kill('SIGKILL')
      await tokens?.close()
      throw new Error(`docker-registry did not start on ${host}: ${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  const uploadBlob = async (repository: string, blob: Buffer): Promise<string> => {
    const digest = sha256(blob)
    const start = await fetch(`http://${host}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers: { authorization } })
    if (start.status !== 202) throw new Error(`blob upload start: HTTP ${start.status}`)
    const location = new URL(start.headers.get('location')!, `http://${host}`)
    location.searchParams.set('digest', digest)
    const put = await fetch(location, { method: 'PUT', headers: { authorization, 'content-type': 'application/octet-stream' }, body: blob })
    if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status} ${await put.text()}`)
    return digest
  }

  return {
    host,
    username,
    password,
    home,
    dockerConfig,
    ...(tokens ? { tokensIssued: tokens.issued } : {}),
    async pushImage(repository, tag, seed = tag) {
      if (tokens) throw new Error('pushImage speaks Basic auth only: push with skopeo to a token-auth registry')
      const config = Buffer.from(JSON.stringify({ architecture: 'amd64', os: 'linux', rootfs: { type: 'layers', diff_ids: [] }, config: { Labels: { seed } } }))
      const layer = Buffer.from(`layer for ${seed}`)
      const configDigest = await uploadBlob(repository, config)
      const layerDigest = await uploadBlob(repository, layer)
      const manifest = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
          layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length }]
        })
      )
      const put = await fetch(`http://${host}/v2/${repository}/manifests/${tag}`, {
        method: 'PUT',
        headers: { authorization, 'content-type': 'application/vnd.oci.image.manifest.v1+json' },
        body: manifest
      })
      if (put.status !== 201) throw new Error(`manifest upload: HTTP ${put.status} ${await put.text()}`)
      return sha256(manifest)
    },
    async stop() {
      if (child.exitCode === null && child.pid !== undefined) {
        process.kill(child.pid, 'SIGTERM')
        const timer = setTimeout(() => child.exitCode === null && child.pid !== undefined && process.kill(child.pid, 'SIGKILL'), 10_000)
        await exited
        clearTimeout(timer)
      }
      await tokens?.close()
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}
