/**
 * Reading Sigstore bundles attached to an image in an OCI registry: the OCI 1.1 referrers API
 * (`GET /v2/<name>/referrers/<digest>`), falling back to the referrers tag schema (`sha256-<hex>`, an image
 * index) for registries without it; then the referrer manifests and their bundle layers (digests checked).
 * Auth: the registry's challenge, Basic or bearer token, with credentials from the Docker config
 * (`$DOCKER_CONFIG/config.json`, default `~/.docker/config.json`). Plain HTTP only for localhost.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import { discard, httpGet, readBody, type HttpAnswer } from './http-get.js'

export interface RegistryCredentials {
  username: string
  password: string
}

export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json'
export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json'
const MANIFEST_ACCEPT = [
  OCI_MANIFEST,
  OCI_INDEX,
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json'
].join(', ')
const MAX_MANIFEST_BYTES = 4 * 1024 * 1024
const MAX_BUNDLE_BYTES = 32 * 1024 * 1024

/** Registry host and repository path of an image name (`ghcr.io/o/app`, `app` → Docker Hub). */
export function splitImageName(name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/')
  const first = slash >= 0 ? name.slice(0, slash) : ''
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) return { registry: first, repository: name.slice(slash + 1) }
  return { registry: 'registry-1.docker.io', repository: slash >= 0 ? name : `library/${name}` }
}

/** Credentials for the image's registry from a Docker config file (`auths`), if any. */
export function readDockerCredentials(imageName: string, configDir?: string): RegistryCredentials | undefined {
  const file = path.join(configDir ?? path.join(os.homedir(), '.docker'), 'config.json')
  let config: { auths?: Record<string, { auth?: string; identitytoken?: string }> }
  try {
    config = JSON.parse(fs.readFileSync(file, 'utf8')) as typeof config
  } catch {
    return undefined
  }
  const canonical = (value: string): string => {
    const host = value.replace(/^https?:\/\//, '').split('/')[0]!
    return ['docker.io', 'index.docker.io', 'registry-1.docker.io'].includes(host) ? 'docker.io' : host
  }
  const target = canonical(splitImageName(imageName).registry)
  const key = Object.keys(config.auths ?? {}).find((candidate) => canonical(candidate) === target)
  const entry = key ? config.auths![key] : undefined
  if (!entry?.auth) return undefined
  const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  return { username: decoded.slice(0, colon), password: entry.identitytoken ?? decoded.slice(colon + 1) }
}

export interface Descriptor {
  mediaType: string
  digest: string
  size: number
  artifactType?: string
  annotations?: Record<string, string>
}

/** What readers of one run share: registries known to lack the referrers API (asked once, not per image). */
export interface RegistryShared {
  noReferrersApi: Set<string>
}

export class RegistryReader {
  readonly base: string
  private authorization: string | undefined
  /** The challenge being answered, shared by the requests that met it together. */
  private authenticating: Promise<boolean> | undefined
  private readonly referrersCache = new Map<string, Promise<{ descriptors: Descriptor[]; via: 'api' | 'tag' | 'none' }>>()
  requests = 0
  /** Bytes of response bodies read from the registry (manifests, blobs, streamed layers). */
  bytesRead = 0

  constructor(
    readonly registry: string,
    readonly repository: string,
    private readonly credentials?: RegistryCredentials,
    private readonly timeoutMs = 30_000,
    private readonly shared: RegistryShared = { noReferrersApi: new Set() }
  ) {
    const hostname = new URL(`http://${registry}`).hostname
    const scheme = hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]' ? 'http' : 'https'
    this.base = `${scheme}://${registry}/v2/${repository}`
  }

  /** `timeoutMs` 0: no overall deadline (a streamed layer takes as long as it takes; the connection still fails on errors). */
  private async send(url: string, accept?: string, timeoutMs = this.timeoutMs): Promise<HttpAnswer> {
    let sent: string | undefined
    const attempt = (): Promise<HttpAnswer> => {
      this.requests += 1
      const headers: Record<string, string> = {}
      if (accept) headers.accept = accept
      sent = this.authorization
      if (sent) headers.authorization = sent
      return httpGet(url, headers, timeoutMs)
    }
    let response = await attempt()
    if (response.status === 401) {
      // Requests sent at once all meet the first challenge: one answers it, the others wait for that answer
      // (or use the one that arrived while they were out) instead of failing.
      const challenge = response.header('www-authenticate') ?? ''
      const answered =
        this.authorization !== sent || (await (this.authenticating ??= this.authenticate(challenge).finally(() => (this.authenticating = undefined))))
      if (answered && this.authorization !== sent) {
        discard(response)
        response = await attempt()
      }
    }
    return response
  }

  /** Answers the registry's challenge; false when there is nothing (more) to try. */
  private async authenticate(challenge: string): Promise<boolean> {
    if (this.authorization?.startsWith('Bearer ') || (this.authorization?.startsWith('Basic ') && /^basic/i.test(challenge))) return false
    const basic = this.credentials ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString('base64')}` : undefined
    if (/^basic/i.test(challenge)) {
      if (!basic) return false
      this.authorization = basic
      return true
    }
    if (/^bearer/i.test(challenge)) {
      const parameters = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1]!.toLowerCase(), match[2]!]))
      if (!parameters.realm) return false
      const tokenUrl = new URL(parameters.realm)
      if (parameters.service) tokenUrl.searchParams.set('service', parameters.service)
      tokenUrl.searchParams.set('scope', parameters.scope ?? `repository:${this.repository}:pull`)
      this.requests += 1
      const response = await httpGet(tokenUrl, basic ? { authorization: basic } : {}, this.timeoutMs)
      if (!response.ok) {
        discard(response)
        return false
      }
      const body = JSON.parse((await readBody(response, MAX_MANIFEST_BYTES, 'token')).toString('utf8')) as { token?: string; access_token?: string }
      const token = body.token ?? body.access_token
      if (!token) return false
      this.authorization = `Bearer ${token}`
      return true
    }
    return false
  }

  private async readLimited(response: HttpAnswer, limit: number, what: string): Promise<Buffer> {
    const body = await readBody(response, limit, what)
    this.bytesRead += body.length
    return body
  }

  /** A manifest by tag or digest; null when the registry says 404. Digest references are checked. */
  async manifest(reference: string): Promise<{ digest: string; mediaType: string; body: Record<string, unknown> } | null> {
    const response = await this.send(`${this.base}/manifests/${reference}`, MANIFEST_ACCEPT)
    if (response.status === 404) {
      discard(response)
      return null
    }
    if (!response.ok) {
      discard(response)
      throw new Error(`GET manifest ${reference}: HTTP ${response.status}`)
    }
    const bytes = await this.readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`)
    const digest = `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`
    if (reference.startsWith('sha256:') && reference !== digest) throw new Error(`manifest ${reference} has digest ${digest}`)
    const body = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>
    return { digest, mediaType: (body.mediaType as string | undefined) ?? response.header('content-type') ?? '', body }
  }

  async blob(digest: string, limit = MAX_BUNDLE_BYTES): Promise<Buffer> {
    const response = await this.send(`${this.base}/blobs/${digest}`)
    if (!response.ok) {
      discard(response)
      throw new Error(`GET blob ${digest}: HTTP ${response.status}`)
    }
    const bytes = await this.readLimited(response, limit, `blob ${digest}`)
    const actual = `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`
    if (actual !== digest) throw new Error(`blob ${digest} has digest ${actual}`)
    return bytes
  }

  /**
   * A blob as a stream, not read yet: the caller verifies the digest while reading (a layer is too large to
   * hold), counts what it reads with `count` (into `bytesRead`) and may stop early by destroying the stream,
   * which closes the connection.
   */
  async blobStream(digest: string): Promise<{ size: number | undefined; stream: Readable; count: (bytes: number) => void }> {
    const response = await this.send(`${this.base}/blobs/${digest}`, undefined, 0)
    if (!response.ok) {
      discard(response)
      throw new Error(`GET blob ${digest}: HTTP ${response.status}`)
    }
    const length = response.header('content-length')
    return {
      size: length ? Number(length) : undefined,
      stream: response.body,
      count: (bytes) => {
        this.bytesRead += bytes
      }
    }
  }

  /**
   * The image's referrers (asked once per digest): the referrers API when the registry has it, else the
   * `sha256-<hex>` tag. A registry that answered the API with 404 is not asked again during the run.
   */
  referrers(digest: string): Promise<{ descriptors: Descriptor[]; via: 'api' | 'tag' | 'none' }> {
    let pending = this.referrersCache.get(digest)
    if (!pending) {
      pending = this.readReferrers(digest)
      this.referrersCache.set(digest, pending)
      pending.catch(() => this.referrersCache.delete(digest))
    }
    return pending
  }

  private async readReferrers(digest: string): Promise<{ descriptors: Descriptor[]; via: 'api' | 'tag' | 'none' }> {
    if (!this.shared.noReferrersApi.has(this.registry)) {
      const response = await this.send(`${this.base}/referrers/${digest}`, OCI_INDEX)
      if (response.ok && (response.header('content-type') ?? '').includes(OCI_INDEX)) {
        const index = JSON.parse((await this.readLimited(response, MAX_MANIFEST_BYTES, 'referrers index')).toString('utf8')) as { manifests?: Descriptor[] }
        return { descriptors: index.manifests ?? [], via: 'api' }
      }
      discard(response)
      if (response.status !== 404 && response.ok === false && response.status !== 400 && response.status !== 405)
        throw new Error(`GET referrers of ${digest}: HTTP ${response.status}`)
      if (response.status === 404) this.shared.noReferrersApi.add(this.registry)
    }
    const tagged = await this.manifest(digest.replace(':', '-'))
    if (!tagged) return { descriptors: [], via: 'none' }
    return { descriptors: ((tagged.body.manifests as Descriptor[] | undefined) ?? []).filter((entry) => typeof entry?.digest === 'string'), via: 'tag' }
  }
}

export interface AttachedBundle {
  referrer: string
  predicateType?: string
  json: unknown
}

/** Sigstore bundles attached to `name@digest` (artifact type `application/vnd.dev.sigstore.bundle…`). */
export async function fetchAttachedBundles(
  imageName: string,
  digest: string,
  credentials?: RegistryCredentials,
  pool?: RegistryPool
): Promise<{ bundles: AttachedBundle[]; imageFound: boolean }> {
  const { registry, repository } = splitImageName(imageName)
  const reader = pool ? pool.reader(imageName, credentials) : new RegistryReader(registry, repository, credentials)
  try {
    const image = await reader.manifest(digest)
    if (!image) return { bundles: [], imageFound: false }
    const { descriptors } = await reader.referrers(digest)
    const bundles: AttachedBundle[] = []
    for (const descriptor of descriptors) {
      if (!(descriptor.artifactType ?? '').startsWith('application/vnd.dev.sigstore.bundle')) continue
      const manifest = await reader.manifest(descriptor.digest)
      if (!manifest) continue
      const subject = manifest.body.subject as Descriptor | undefined
      if (subject?.digest !== digest) continue
      const layer = (manifest.body.layers as Descriptor[] | undefined)?.[0]
      if (!layer) continue
      const bytes = await reader.blob(layer.digest)
      const predicateType =
        descriptor.annotations?.['dev.sigstore.bundle.predicateType'] ??
        (manifest.body.annotations as Record<string, string> | undefined)?.['dev.sigstore.bundle.predicateType']
      bundles.push({ referrer: descriptor.digest, ...(predicateType ? { predicateType } : {}), json: JSON.parse(bytes.toString('utf8')) as unknown })
    }
    return { bundles, imageFound: true }
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new RegistryError(
      `${imageName}@${digest}: ${errorMessage(error)}${(error as { cause?: unknown }).cause ? ` (${errorMessage((error as { cause?: unknown }).cause)})` : ''}`
    )
  }
}

/**
 * One reader per repository for a whole run, so the bearer token (scoped to a repository), the referrers
 * of each digest and what is known of the registry's referrers API are reused by every image and by both
 * Sigstore and Notation.
 */
export class RegistryPool {
  private readonly readers = new Map<string, RegistryReader>()
  private readonly shared: RegistryShared = { noReferrersApi: new Set() }

  reader(imageName: string, credentials?: RegistryCredentials): RegistryReader {
    const { registry, repository } = splitImageName(imageName)
    const key = `${registry}/${repository}`
    let reader = this.readers.get(key)
    if (!reader) {
      reader = new RegistryReader(registry, repository, credentials, 30_000, this.shared)
      this.readers.set(key, reader)
    }
    return reader
  }

  get requests(): number {
    let total = 0
    for (const reader of this.readers.values()) total += reader.requests
    return total
  }
}

/** The registry could not be read (network, auth, malformed data): reported as a finding, not a crash. */
export class RegistryError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RegistryError'
  }
}
