/**
 * A real OCI registry for tests: Debian's `docker-registry` (distribution 2.8, no referrers API, so the
 * referrers tag schema is exercised), on 127.0.0.1 at a free port, with a temporary config, storage and
 * htpasswd (bcrypt) auth, started per test file and stopped by PID. Images are pushed by hand over the
 * registry HTTP API. Credentials go into a temporary Docker config, never the real one.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
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
  pushImage(repository: string, tag: string, seed?: string): Promise<string>
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

export async function startRegistry(): Promise<TestRegistry> {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-registry-')))
  const port = await freePort()
  const host = `127.0.0.1:${port}`
  const username = 'chaingate'
  const password = crypto.randomBytes(12).toString('hex')
  fs.writeFileSync(path.join(dir, 'htpasswd'), execFileSync('htpasswd', ['-Bbn', username, password]))
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
      'auth:',
      '  htpasswd:',
      '    realm: chaingate-test',
      `    path: ${path.join(dir, 'htpasswd')}`,
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
      if (response.status === 200) break
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      const output = fs.existsSync(path.join(dir, 'registry.log')) ? fs.readFileSync(path.join(dir, 'registry.log'), 'utf8') : ''
      child.kill('SIGKILL')
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
    async pushImage(repository, tag, seed = tag) {
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
      fs.rmSync(dir, { recursive: true, force: true })
    }
  }
}
