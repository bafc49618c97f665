/**
 * Reading Sigstore bundles attached to an image in an OCI registry: the OCI 1.1 referrers API
 * (`GET /v2/<name>/referrers/<digest>`), falling back to the referrers tag schema (`sha256-<hex>`, an image
 * index) for registries without it; then the referrer manifests and their bundle layers (digests checked).
 * Auth: the registry's challenge, Basic or bearer token, with credentials from the Docker config
 * (`$DOCKER_CONFIG/config.json`, default `~/.docker/config.json`). Plain HTTP only for localhost.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import { jsonErrorLine, jsonErrorMessage } from '../inventory/readers/json-error.js'
import { discard, httpGet, httpPostForm, readBody, type HttpAnswer } from './http-get.js'

export interface RegistryCredentials {
  username: string
  password: string
  /** An OAuth2 refresh token (Docker config `identitytoken`, or a helper's `<token>` user): exchanged at the token realm. */
  identityToken?: string
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
/** Transient answers retried with backoff: rate limits and server errors (registries and their CDNs). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504])
const RETRY_ERRORS = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN', 'ECONNABORTED', 'UND_ERR_SOCKET'])
/**
 * Attempts in all, first delay, longest delay (a `Retry-After` is honoured up to it), and how old a bearer
 * token must be to be asked for again when refused (it expired; a fresh one refused is refused for good).
 * Exported for tests.
 */
export const retryPolicy = { attempts: 4, baseMs: 500, maxMs: 10_000, tokenReuseMs: 5_000 }

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]'
}

/** The request again on 408/429/5xx and on connection resets: at most `retryPolicy.attempts` times, backing off. */
async function withRetry(request: () => Promise<HttpAnswer>): Promise<HttpAnswer> {
  for (let attempt = 1; ; attempt += 1) {
    let response: HttpAnswer
    try {
      response = await request()
    } catch (error) {
      const code = (error as { code?: unknown }).code
      if (attempt >= retryPolicy.attempts || typeof code !== 'string' || !RETRY_ERRORS.has(code)) throw error
      await delay(Math.min(retryPolicy.maxMs, retryPolicy.baseMs * 2 ** (attempt - 1)))
      continue
    }
    if (!RETRY_STATUSES.has(response.status) || attempt >= retryPolicy.attempts) return response
    const after = response.header('retry-after')
    const seconds = after && /^\d+$/.test(after.trim()) ? Number(after.trim()) * 1000 : after ? Date.parse(after) - Date.now() : NaN
    discard(response)
    const wait = Number.isFinite(seconds) && seconds >= 0 ? seconds : retryPolicy.baseMs * 2 ** (attempt - 1)
    await delay(Math.min(retryPolicy.maxMs, wait))
  }
}

/** A JSON object answer (not an array, not a scalar), or undefined. */
function parseJsonObject(bytes: Buffer): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as unknown
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Registry host and repository path of an image name (`ghcr.io/o/app`, `app` → Docker Hub). */
export function splitImageName(name: string): { registry: string; repository: string } {
  const slash = name.indexOf('/')
  const first = slash >= 0 ? name.slice(0, slash) : ''
  if (slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost')) return { registry: first, repository: name.slice(slash + 1) }
  return { registry: 'registry-1.docker.io', repository: slash >= 0 ? name : `library/${name}` }
}

type DockerAuthEntry = { auth?: string; identitytoken?: string; username?: string; password?: string }
interface DockerConfigFile {
  auths?: Record<string, DockerAuthEntry>
  credsStore?: string
  credHelpers?: Record<string, string>
}

const DOCKER_HUB_HOSTS = ['docker.io', 'index.docker.io', 'registry-1.docker.io']
/** The key Docker itself uses for Docker Hub, in `auths` and when asking a credential helper. */
const DOCKER_HUB_SERVER = 'https://index.docker.io/v1/'

/** A Docker config key (`https://index.docker.io/v1/`, `ghcr.io`, `http://host:5000`) as a comparable host. */
function configHost(value: string): string {
  const host = value
    .replace(/^[a-z]+:\/\//i, '')
    .split('/')[0]!
    .toLowerCase()
  return DOCKER_HUB_HOSTS.includes(host) ? 'docker.io' : host
}

/** Helper answers per config file and server, for the process (a helper may prompt or be slow). */
const helperAnswers = new Map<string, RegistryCredentials | undefined>()

/**
 * Asks `docker-credential-<helper> get` (the credential helper protocol: the server on stdin, JSON
 * `{ServerURL, Username, Secret}` on stdout), spawned without a shell. "Not found" is no credentials; a
 * helper that is not installed or fails is a one-line error naming it (never its output, which may hold secrets).
 */
function askHelper(helper: string, server: string, file: string): RegistryCredentials | undefined {
  const key = `${file}\0${helper}\0${server}`
  if (helperAnswers.has(key)) return helperAnswers.get(key)
  if (!/^[A-Za-z0-9._-]+$/.test(helper)) throw new ConfigurationError(`credential helper ${JSON.stringify(helper)} is not a helper name`, { file })
  const program = `docker-credential-${helper}`
  const run = spawnSync(program, ['get'], { input: server, encoding: 'utf8', timeout: 60_000, shell: false, env: process.env, stdio: ['pipe', 'pipe', 'pipe'] })
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code
    throw new ConfigurationError(
      code === 'ENOENT'
        ? `the Docker config names credential helper ${program} for ${server}, which is not installed (not on PATH)`
        : `credential helper ${program} failed for ${server}: ${code ?? run.error.message}`,
      { file }
    )
  }
  let answer: RegistryCredentials | undefined
  if (run.status !== 0) {
    // The protocol's "not found" message (docker-credential-helpers' credentials.errCredentialsNotFound).
    if (!/credentials not found/i.test(`${run.stdout}${run.stderr}`))
      throw new ConfigurationError(`credential helper ${program} failed for ${server} (exit ${run.status ?? 'killed'})`, { file })
  } else {
    let parsed: { Username?: unknown; Secret?: unknown }
    try {
      parsed = JSON.parse(run.stdout) as typeof parsed
    } catch {
      throw new ConfigurationError(`credential helper ${program} answered ${server} with something other than JSON`, { file })
    }
    const username = typeof parsed.Username === 'string' ? parsed.Username : ''
    const secret = typeof parsed.Secret === 'string' ? parsed.Secret : ''
    if (secret) answer = username === '<token>' ? { username: '', password: '', identityToken: secret } : { username, password: secret }
  }
  helperAnswers.set(key, answer)
  return answer
}

/**
 * Credentials for the image's registry from a Docker config file, as the Docker CLI finds them: a
 * `credHelpers` entry for the registry, else the `credsStore` helper, else the `auths` entry (`auth` =
 * base64 `user:password`, or `username`/`password`, with `identitytoken` an OAuth2 refresh token). Keys may
 * be hosts or URLs; Docker Hub is `https://index.docker.io/v1/`, `docker.io` or `index.docker.io`.
 */
export function readDockerCredentials(imageName: string, configDir?: string): RegistryCredentials | undefined {
  const file = path.join(configDir ?? path.join(os.homedir(), '.docker'), 'config.json')
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    // No config file is no credentials; one that is there but cannot be read is said, not passed over.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined
    throw new ConfigurationError(`the Docker config cannot be read: ${errorMessage(error)}`, { file })
  }
  let config: DockerConfigFile
  try {
    config = JSON.parse(text) as DockerConfigFile
  } catch (error) {
    throw new ConfigurationError(`the Docker config is not JSON: ${jsonErrorMessage(error)}`, { file, line: jsonErrorLine(text, error) })
  }
  if (!config || typeof config !== 'object' || Array.isArray(config)) throw new ConfigurationError('the Docker config is not a JSON object', { file, line: 1 })
  const target = configHost(splitImageName(imageName).registry)
  const server = target === 'docker.io' ? DOCKER_HUB_SERVER : target
  const helperKey = Object.keys(config.credHelpers ?? {}).find((candidate) => configHost(candidate) === target)
  const helper = helperKey ? config.credHelpers![helperKey] : config.credsStore
  if (typeof helper === 'string' && helper) return askHelper(helper, server, file)
  const key = Object.keys(config.auths ?? {}).find((candidate) => configHost(candidate) === target)
  const entry = key ? config.auths![key] : undefined
  if (!entry || typeof entry !== 'object') return undefined
  let username = typeof entry.username === 'string' ? entry.username : ''
  let password = typeof entry.password === 'string' ? entry.password : ''
  if (typeof entry.auth === 'string' && entry.auth) {
    const decoded = Buffer.from(entry.auth, 'base64').toString('utf8')
    const colon = decoded.indexOf(':')
    if (colon >= 0) {
      username = decoded.slice(0, colon)
      password = decoded.slice(colon + 1)
    }
  }
  const identityToken = typeof entry.identitytoken === 'string' && entry.identitytoken ? entry.identitytoken : undefined
  if (identityToken) return { username, password: '', identityToken }
  if (!username && !password) return undefined
  return { username, password }
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
    const scheme = isLoopback(new URL(`http://${registry}`).hostname) ? 'http' : 'https'
    this.base = `${scheme}://${registry}/v2/${repository}`
  }

  /** `timeoutMs` 0: no overall deadline (a streamed layer takes as long as it takes; the connection still fails on errors). */
  private async send(url: string, accept?: string, timeoutMs = this.timeoutMs): Promise<HttpAnswer> {
    let sent: string | undefined
    const attempt = (): Promise<HttpAnswer> =>
      withRetry(() => {
        this.requests += 1
        const headers: Record<string, string> = {}
        if (accept) headers.accept = accept
        sent = this.authorization
        if (sent) headers.authorization = sent
        return httpGet(url, headers, timeoutMs)
      })
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

  /** When the bearer token in use was issued (tokens expire: Docker Hub's after 5 minutes). */
  private tokenIssued = 0

  /** Answers the registry's challenge; false when there is nothing (more) to try. */
  private async authenticate(challenge: string): Promise<boolean> {
    const credentials = this.credentials
    const basic =
      credentials && !credentials.identityToken && (credentials.username || credentials.password)
        ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`
        : undefined
    if (/^basic/i.test(challenge)) {
      if (!basic || this.authorization === basic) return false
      this.authorization = basic
      return true
    }
    if (/^bearer/i.test(challenge)) {
      // A token refused again right after it was issued is refused for good; an older one has expired.
      if (this.authorization?.startsWith('Bearer ') && Date.now() - this.tokenIssued < retryPolicy.tokenReuseMs) return false
      const parameters = Object.fromEntries(
        [...challenge.matchAll(/([A-Za-z_][\w-]*)=(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))/g)].map((match) => [
          match[1]!.toLowerCase(),
          (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1')
        ])
      )
      if (!parameters.realm) return false
      let realm: URL
      try {
        realm = new URL(parameters.realm)
      } catch {
        throw new Error(`the registry's token realm ${JSON.stringify(parameters.realm)} is not a URL`)
      }
      if (realm.protocol !== 'https:' && !(realm.protocol === 'http:' && isLoopback(realm.hostname)))
        throw new Error(`the registry's token realm ${realm.origin} is not https`)
      const scope = parameters.scope ?? `repository:${this.repository}:pull`
      let response: HttpAnswer
      if (credentials?.identityToken) {
        // An OAuth2 refresh token (docker login with a browser flow): exchanged by POST (distribution's token spec).
        const form = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: credentials.identityToken, client_id: 'chaingate', scope })
        if (parameters.service) form.set('service', parameters.service)
        response = await withRetry(() => {
          this.requests += 1
          return httpPostForm(realm, {}, form, this.timeoutMs)
        })
      } else {
        const tokenUrl = new URL(realm)
        if (parameters.service) tokenUrl.searchParams.set('service', parameters.service)
        tokenUrl.searchParams.set('scope', scope)
        response = await withRetry(() => {
          this.requests += 1
          return httpGet(tokenUrl, basic ? { authorization: basic } : {}, this.timeoutMs)
        })
      }
      if (!response.ok) {
        discard(response)
        if (response.status === 401 || response.status === 403) return false
        throw new Error(`token request to ${realm.origin}${realm.pathname}: HTTP ${response.status}`)
      }
      // Not JSON.parse's message: it quotes the text, which may hold a token.
      const body = parseJsonObject(await readBody(response, MAX_MANIFEST_BYTES, 'token'))
      if (!body) throw new Error(`token request to ${realm.origin}${realm.pathname}: the answer is not a JSON object`)
      const token = typeof body.token === 'string' && body.token ? body.token : typeof body.access_token === 'string' ? body.access_token : ''
      if (!token) return false
      this.authorization = `Bearer ${token}`
      this.tokenIssued = Date.now()
      return true
    }
    return false
  }

  /** The error for an unexpected status, with what to do about an auth refusal. */
  private statusError(what: string, status: number): Error {
    const hint =
      status === 401 || status === 403
        ? this.credentials
          ? ': the registry refused the credentials chaingate has for it (or the repository does not exist)'
          : ': the registry wants credentials chaingate does not have (docker login, or REGISTRY_USERNAME/REGISTRY_PASSWORD), or the repository does not exist'
        : status === 429
          ? `: the registry limits this client's requests (still after ${retryPolicy.attempts} attempts; Docker Hub allows more to logged-in users)`
          : ''
    return new Error(`GET ${what}: HTTP ${status}${hint}`)
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
      throw this.statusError(`manifest ${reference}`, response.status)
    }
    const bytes = await this.readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`)
    const digest = `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`
    if (reference.startsWith('sha256:') && reference !== digest) throw new Error(`manifest ${reference} has digest ${digest}`)
    const body = parseJsonObject(bytes)
    // Not JSON.parse's message (it quotes the registry's text): one line naming what was asked for.
    if (!body) throw new Error(`GET manifest ${reference}: the answer is not a JSON object`)
    const mediaType = typeof body.mediaType === 'string' ? body.mediaType : (response.header('content-type') ?? '').split(';')[0]!.trim()
    return { digest, mediaType, body }
  }

  async blob(digest: string, limit = MAX_BUNDLE_BYTES): Promise<Buffer> {
    const response = await this.send(`${this.base}/blobs/${digest}`)
    if (!response.ok) {
      discard(response)
      throw this.statusError(`blob ${digest}`, response.status)
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
      throw this.statusError(`blob ${digest}`, response.status)
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
