/**
 * Resolving an image reference to its config and layers, without a daemon: from a registry (through the
 * registry client of src/verify/registry.ts: one bearer token per registry and repository, bytes counted),
 * from an OCI image layout directory, or from a `docker save` tarball. An index is resolved to the platform
 * asked for (first matching entry, image-index.md); entries of unknown media type or platform
 * `unknown/unknown` (buildx attestations) are skipped, never an error.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'
import tar from 'tar-stream'
import { ConfigurationError } from '../model/errors.js'
import { readDockerCredentials, RegistryPool, type RegistryCredentials } from '../verify/registry.js'
import { formatPlatform, platformMatches, type ImageReference, type Platform } from './reference.js'
import { parseImageRef } from './sources/reference.js'

const INDEX_TYPES = new Set(['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'])
const MANIFEST_TYPES = new Set(['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'])
const MAX_JSON_BYTES = 4 * 1024 * 1024
const SCHEMA1_TYPES = new Set(['application/vnd.docker.distribution.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v1+prettyjws'])
/**
 * Config media types of images (an artifact, e.g. a Helm chart or an OCI 1.1 artifact's empty config, has its
 * own); untyped JSON too, which some older tools wrote for images.
 */
const IMAGE_CONFIG_TYPES = new Set([
  'application/vnd.oci.image.config.v1+json',
  'application/vnd.docker.container.image.v1+json',
  'application/octet-stream',
  'application/json'
])
/** Layers a registry need not hold (Windows base layers): their `urls` point elsewhere. */
const FOREIGN_LAYER = /^application\/vnd\.(?:docker\.image\.rootfs\.foreign\.diff\.tar|oci\.image\.layer\.nondistributable\.v1\.tar)/
/**
 * Layer media types chaingate reads: any tar (OCI, Docker, containerd's `diff.tar.zstd`, others' own), and
 * untyped blobs; the compression is told by the content's magic bytes (gzip, zstd or none). Encrypted
 * layers, and blobs that are no tar (a buildx attestation's in-toto statement), are refused.
 */
const LAYER_TYPE = /[./+-]tar(?:[.+](?:gzip|zstd))?$|^application\/octet-stream$/
/** Indexes nested deeper than this are refused (a loop or a malicious index). */
const MAX_INDEX_DEPTH = 4

export interface ImageConfig {
  os?: string
  architecture?: string
  variant?: string
  created?: string
  rootfs?: { type?: string; diff_ids?: string[] }
}

export interface LayerRef {
  /** 0 = the base layer. */
  index: number
  /** The compressed blob's digest (manifest descriptor); undefined for legacy `docker save` layers. */
  digest?: string
  /** The uncompressed tar's digest (config `rootfs.diff_ids`). */
  diffId: string
  mediaType?: string
  size?: number
  /** A foreign (non-distributable) layer: not fetched; where its publisher says it is. */
  foreign?: string[]
  /** The blob's bytes; `count` is told how many were read (the source's `bytesRead`). */
  open(): Promise<{ stream: Readable; count?: (bytes: number) => void }>
}

export interface ResolvedImage {
  reference: string
  /** The image manifest's digest (for docker-archive: the config digest, i.e. the image id). */
  digest: string
  /** The index's digest when the reference named an index. */
  indexDigest?: string
  platform: Platform
  /** Platforms the index offered (empty for a single-platform image). */
  available: string[]
  config: ImageConfig
  configDigest: string
  layers: LayerRef[]
  /** Bytes read so far from the registry or files (manifests, config, layers). */
  bytesRead(): number
  /** Frees what the source holds (nothing for registries and directories). */
  close(): Promise<void>
}

interface Descriptor {
  mediaType?: string
  digest: string
  size?: number
  platform?: { os?: string; architecture?: string; variant?: string }
  annotations?: Record<string, string>
  urls?: string[]
}

function sha256(data: Uint8Array): string {
  return `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`
}

function parseJson(bytes: Buffer, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as unknown
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new ConfigurationError(`${what} is not a JSON object`)
}

/**
 * The manifest's media type: its own field, else (OCI 1.0 made it optional) its shape — `manifests` is an
 * index, `config` an image manifest — before the descriptor's or the answer's content type.
 */
function mediaTypeOf(body: Record<string, unknown>, fallback?: string): string {
  if (typeof body.mediaType === 'string' && body.mediaType) return body.mediaType
  if (Array.isArray(body.manifests)) return 'application/vnd.oci.image.index.v1+json'
  if (body.config && typeof body.config === 'object') return 'application/vnd.oci.image.manifest.v1+json'
  return fallback?.split(';')[0]!.trim() || 'application/vnd.oci.image.manifest.v1+json'
}

/** The index entry for the platform (first match), or a one-line error listing what the index offers. */
function pickPlatform(index: Record<string, unknown>, platform: Platform, where: string): { descriptor: Descriptor; available: string[] } {
  const entries = ((index.manifests as Descriptor[] | undefined) ?? []).filter((entry) => typeof entry?.digest === 'string')
  const images = entries.filter(
    (entry) =>
      (!entry.mediaType || MANIFEST_TYPES.has(entry.mediaType) || INDEX_TYPES.has(entry.mediaType)) &&
      // buildx's attestation manifests (platform unknown/unknown) describe an image, they are not one.
      entry.annotations?.['vnd.docker.reference.type'] === undefined
  )
  const available = images
    .filter((entry) => entry.platform && entry.platform.os !== 'unknown')
    .map((entry) =>
      formatPlatform({
        os: entry.platform!.os ?? '?',
        architecture: entry.platform!.architecture ?? '?',
        ...(entry.platform!.variant ? { variant: entry.platform!.variant } : {})
      })
    )
  // An index nested without a platform of its own is looked into when no entry names the platform.
  const descriptor =
    images.find((entry) => platformMatches(entry.platform, platform)) ??
    images.find((entry) => !entry.platform && entry.mediaType !== undefined && INDEX_TYPES.has(entry.mediaType))
  if (!descriptor)
    throw new ConfigurationError(
      `${where}: no image for platform ${formatPlatform(platform)} in the index (it has ${available.length > 0 ? available.join(', ') : 'none'}); choose one with --platform`
    )
  return { descriptor, available }
}

/** What the manifest is, or a one-line error for what chaingate cannot read as an image. */
function checkManifest(body: Record<string, unknown>, mediaType: string, where: string): void {
  if (body.schemaVersion === 1 || SCHEMA1_TYPES.has(mediaType))
    throw new ConfigurationError(
      `${where}: a Docker image manifest schema 1, which chaingate does not read (deprecated since 2017; push the image again with a current client, or copy it with skopeo, to get schema 2 or OCI)`
    )
  if (INDEX_TYPES.has(mediaType)) return
  const config = body.config as Descriptor | undefined
  if (!config || typeof config.digest !== 'string') throw new ConfigurationError(`${where}: the manifest has no config (not an image)`)
  if (config.mediaType && !IMAGE_CONFIG_TYPES.has(config.mediaType))
    throw new ConfigurationError(`${where}: not a container image (config media type ${JSON.stringify(config.mediaType)})`)
}

function layersOf(manifest: Record<string, unknown>, config: ImageConfig, where: string): { descriptors: Descriptor[]; diffIds: string[] } {
  const descriptors = (manifest.layers as Descriptor[] | undefined) ?? []
  const diffIds = config.rootfs?.diff_ids ?? []
  if (!Array.isArray(descriptors) || !Array.isArray(diffIds))
    throw new ConfigurationError(`${where}: the manifest's layers or the config's diff_ids are not lists`)
  if (descriptors.length !== diffIds.length)
    throw new ConfigurationError(`${where}: the manifest lists ${descriptors.length} layers but the config ${diffIds.length} diff_ids`)
  for (const descriptor of descriptors) {
    if (typeof descriptor?.digest !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(descriptor.digest))
      throw new ConfigurationError(`${where}: a layer has no sha256 digest`)
    if (descriptor.mediaType && !LAYER_TYPE.test(descriptor.mediaType) && !FOREIGN_LAYER.test(descriptor.mediaType))
      throw new ConfigurationError(`${where}: layer ${descriptor.digest} has media type ${JSON.stringify(descriptor.mediaType)}, which chaingate does not read`)
  }
  return { descriptors, diffIds }
}

/** A foreign layer's URLs as `{ foreign }` (it is not fetched), or nothing for a layer the registry serves. */
function foreignOf(descriptor: Descriptor): { foreign?: string[] } {
  if (!descriptor.mediaType || !FOREIGN_LAYER.test(descriptor.mediaType)) return {}
  return { foreign: Array.isArray(descriptor.urls) ? descriptor.urls.filter((url) => typeof url === 'string') : [] }
}

/**
 * From the manifest named to an image manifest: indexes (nested ones too) resolved to the platform asked
 * for; schema 1 and artifacts refused with one line.
 */
async function descend(
  top: { digest: string; mediaType: string; body: Record<string, unknown> },
  load: (descriptor: Descriptor) => Promise<{ digest: string; mediaType: string; body: Record<string, unknown> }>,
  platform: Platform,
  where: string
): Promise<{ manifest: { digest: string; body: Record<string, unknown> }; indexDigest?: string; available: string[] }> {
  let current = top
  let indexDigest: string | undefined
  let available: string[] = []
  for (let depth = 0; ; depth += 1) {
    checkManifest(current.body, current.mediaType, where)
    if (!INDEX_TYPES.has(current.mediaType)) return { manifest: current, ...(indexDigest ? { indexDigest } : {}), available }
    if (depth >= MAX_INDEX_DEPTH) throw new ConfigurationError(`${where}: indexes nested more than ${MAX_INDEX_DEPTH} deep`)
    if (!indexDigest && current.digest) indexDigest = current.digest
    const picked = pickPlatform(current.body, platform, where)
    available = picked.available
    current = await load(picked.descriptor)
  }
}

export interface SourceOptions {
  platform: Platform
  /** Docker config directory (default `$DOCKER_CONFIG` or `~/.docker`). */
  dockerConfig?: string
  env?: Record<string, string | undefined>
  /** The run's registry readers (one token per registry and repository, shared with signature checks). */
  pool?: RegistryPool
  /** The run's credentials per repository (src/check.ts), instead of `env`/`dockerConfig`. */
  credentials?: (name: string) => Promise<RegistryCredentials | undefined>
}

export async function resolveImage(reference: ImageReference, options: SourceOptions): Promise<ResolvedImage> {
  if (reference.kind === 'registry') return resolveRegistry(reference, options)
  if (reference.kind === 'oci') return resolveLayout(reference, options.platform)
  return resolveArchive(reference, options.platform)
}

function registryCredentials(name: string, options: SourceOptions): RegistryCredentials | undefined {
  const env = options.env ?? process.env
  if (env.REGISTRY_USERNAME && env.REGISTRY_PASSWORD) return { username: env.REGISTRY_USERNAME, password: env.REGISTRY_PASSWORD }
  return readDockerCredentials(name, options.dockerConfig ?? env.DOCKER_CONFIG)
}

async function resolveRegistry(reference: Extract<ImageReference, { kind: 'registry' }>, options: SourceOptions): Promise<ResolvedImage> {
  const key = `${reference.registry}/${reference.repository}`
  const reader = (options.pool ?? new RegistryPool()).reader(key, options.credentials ? await options.credentials(key) : registryCredentials(key, options))
  const start = reader.bytesRead
  const where = reference.text
  const top = await reader.manifest(reference.digest ?? reference.tag!)
  if (!top) throw new ConfigurationError(`${where}: no such image in the registry`)
  const { manifest, indexDigest, available } = await descend(
    { ...top, mediaType: mediaTypeOf(top.body, top.mediaType) },
    async (descriptor) => {
      const child = await reader.manifest(descriptor.digest)
      if (!child) throw new ConfigurationError(`${where}: the index names ${descriptor.digest}, which the registry does not have`)
      return { ...child, mediaType: mediaTypeOf(child.body, descriptor.mediaType ?? child.mediaType) }
    },
    options.platform,
    where
  )
  const configDescriptor = manifest.body.config as Descriptor
  const config = parseJson(await reader.blob(configDescriptor.digest, MAX_JSON_BYTES), `${where}: config`) as ImageConfig
  const { descriptors, diffIds } = layersOf(manifest.body, config, where)
  const registryReader = reader
  return {
    reference: reference.text,
    digest: manifest.digest,
    ...(indexDigest ? { indexDigest } : {}),
    platform: platformOf(config, options.platform),
    available,
    config,
    configDigest: configDescriptor.digest,
    layers: descriptors.map((descriptor, index) => ({
      index,
      digest: descriptor.digest,
      diffId: diffIds[index]!,
      ...(descriptor.mediaType ? { mediaType: descriptor.mediaType } : {}),
      ...(typeof descriptor.size === 'number' ? { size: descriptor.size } : {}),
      ...foreignOf(descriptor),
      open: async () => {
        const { stream, count } = await registryReader.blobStream(descriptor.digest)
        return { stream, count }
      }
    })),
    bytesRead: () => registryReader.bytesRead - start,
    close: async () => undefined
  }
}

function platformOf(config: ImageConfig, asked: Platform): Platform {
  if (!config.os || !config.architecture) return asked
  return { os: config.os, architecture: config.architecture, ...(config.variant ? { variant: config.variant } : {}) }
}

/** Counts bytes read from files. */
class FileCounter {
  bytes = 0
  read(file: string, limit: number, what: string): Buffer {
    let stat: fs.Stats
    try {
      stat = fs.statSync(file)
    } catch {
      throw new ConfigurationError(`${what}: missing`, { file })
    }
    if (stat.size > limit) throw new ConfigurationError(`${what} is ${stat.size} bytes, more than the ${limit} chaingate reads`, { file })
    const bytes = fs.readFileSync(file)
    this.bytes += bytes.length
    return bytes
  }
  async *stream(file: string, start?: number, end?: number): AsyncGenerator<Uint8Array> {
    for await (const chunk of fs.createReadStream(file, { start, end, highWaterMark: 64 * 1024 })) {
      this.bytes += (chunk as Buffer).length
      yield chunk as Buffer
    }
  }
  /** A layer blob (or part of a file), read in 1 MB chunks, counted by whoever reads it. */
  layer(file: string, start?: number, end?: number): { stream: Readable; count: (bytes: number) => void } {
    return {
      stream: fs.createReadStream(file, { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}), highWaterMark: 1024 * 1024 }),
      count: (bytes) => {
        this.bytes += bytes
      }
    }
  }
}

/** Where an OCI image layout's files are: a directory, or a tarball of one (buildx `type=oci`). */
interface LayoutStore {
  /** index.json's bytes. */
  index(): Promise<Buffer>
  /** A (small) blob's bytes, its sha256 digest checked. */
  blob(digest: string, what: string): Promise<Buffer>
  /** A layer blob, streamed. */
  layer(digest: string): { stream: Readable; count?: (bytes: number) => void }
  /** The file errors name. */
  indexFile: string
  files: FileCounter
  close(): Promise<void>
}

async function resolveLayout(reference: Extract<ImageReference, { kind: 'oci' }>, platform: Platform): Promise<ResolvedImage> {
  const dir = reference.dir
  const where = reference.text
  const files = new FileCounter()
  if (!fs.existsSync(path.join(dir, 'oci-layout'))) throw new ConfigurationError(`not an OCI image layout (no oci-layout file)`, { file: dir })
  const blobPath = (digest: string): string => {
    const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest)
    if (!match) throw new ConfigurationError(`${where}: unsupported digest ${JSON.stringify(digest)}`)
    return path.join(dir, 'blobs', match[1]!, match[2]!)
  }
  const indexFile = path.join(dir, 'index.json')
  return resolveLayoutStore(
    {
      index: async () => files.read(indexFile, MAX_JSON_BYTES, 'index.json'),
      blob: async (digest, what) => {
        const bytes = files.read(blobPath(digest), MAX_JSON_BYTES, what)
        if (digest.startsWith('sha256:') && sha256(bytes) !== digest)
          throw new ConfigurationError(`${what}: blob ${digest} has digest ${sha256(bytes)}`, { file: blobPath(digest) })
        return bytes
      },
      layer: (digest) => files.layer(blobPath(digest)),
      indexFile,
      files,
      close: async () => undefined
    },
    where,
    reference.tag,
    platform
  )
}

async function resolveLayoutStore(store: LayoutStore, where: string, wantedTag: string | undefined, platform: Platform): Promise<ResolvedImage> {
  const { files, indexFile } = store
  const top = parseJson(await store.index(), `${where}: index.json`)
  const entries = ((top.manifests as Descriptor[] | undefined) ?? []).filter((entry) => typeof entry?.digest === 'string')
  // skopeo's and buildx's `org.opencontainers.image.ref.name` is the tag; containerd's export names the image in full.
  const refName = (entry: Descriptor): string | undefined => entry.annotations?.['org.opencontainers.image.ref.name']
  const tagOf = (entry: Descriptor): string | undefined => refName(entry) ?? entry.annotations?.['io.containerd.image.name']
  let candidates = entries
  if (wantedTag) {
    const tag = wantedTag
    candidates = entries.filter((entry) => refName(entry) === tag)
    if (candidates.length === 0)
      candidates = entries.filter((entry) => {
        const name = tagOf(entry)
        return name !== undefined && (name === tag || name.endsWith(`:${tag}`) || name.endsWith(`/${tag}`))
      })
  }
  const tags = [...new Set(entries.map(tagOf).filter((name): name is string => name !== undefined))]
  if (candidates.length === 0)
    throw new ConfigurationError(
      wantedTag
        ? `${where}: no image tagged ${JSON.stringify(wantedTag)} in index.json (it has ${tags.length > 0 ? tags.join(', ') : 'no tagged image'})`
        : `${where}: index.json lists no image`,
      { file: indexFile }
    )
  if (!wantedTag && tags.length > 1)
    throw new ConfigurationError(`${where}: index.json holds several images (${tags.join(', ')}); name one with oci:DIR:TAG`, { file: indexFile })
  const load = async (entry: Descriptor): Promise<{ digest: string; mediaType: string; body: Record<string, unknown> }> => {
    const body = parseJson(await store.blob(entry.digest, `${where}: manifest`), `${where}: manifest ${entry.digest}`)
    return { digest: entry.digest, mediaType: mediaTypeOf(body, entry.mediaType), body }
  }
  // One entry is the image (or its index); several untagged ones are the platforms of one image, as in an index.
  const first: { digest: string; mediaType: string; body: Record<string, unknown> } =
    candidates.length === 1 ? await load(candidates[0]!) : { digest: '', mediaType: INDEX_TYPES.values().next().value!, body: { manifests: candidates } }
  const { manifest, indexDigest, available } = await descend(first, load, platform, where)
  const body = manifest.body
  const descriptor = { digest: manifest.digest }
  const configDescriptor = body.config as Descriptor
  const config = parseJson(await store.blob(configDescriptor.digest, `${where}: config`), `${where}: config`) as ImageConfig
  const { descriptors, diffIds } = layersOf(body, config, where)
  return {
    reference: where,
    digest: descriptor.digest,
    ...(indexDigest ? { indexDigest } : {}),
    platform: platformOf(config, platform),
    available,
    config,
    configDigest: configDescriptor.digest,
    layers: descriptors.map((layer, index) => ({
      index,
      digest: layer.digest,
      diffId: diffIds[index]!,
      ...(layer.mediaType ? { mediaType: layer.mediaType } : {}),
      ...(typeof layer.size === 'number' ? { size: layer.size } : {}),
      ...foreignOf(layer),
      open: async () => store.layer(layer.digest)
    })),
    bytesRead: () => files.bytes,
    close: () => store.close()
  }
}

interface ArchiveEntry {
  offset: number
  size: number
}

/** One pass over the tarball recording where each regular file's data starts (tar-stream gives header offsets). */
async function indexTarball(file: string, files: FileCounter): Promise<Map<string, ArchiveEntry>> {
  const entries = new Map<string, ArchiveEntry>()
  const extract = tar.extract()
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      if (header.type === 'file' || header.type === 'contiguous-file')
        entries.set(path.posix.normalize(header.name).replace(/^\.\//, ''), { offset: stream.offset + 512, size: header.size })
      stream.on('end', () => next())
      stream.resume()
    })
    extract.on('finish', () => resolve())
    extract.on('error', reject)
  })
  const input = fs.createReadStream(file, { highWaterMark: 1024 * 1024 })
  input.on('data', (chunk) => {
    files.bytes += (chunk as Buffer).length
  })
  input.on('error', (error) => extract.destroy(error))
  input.pipe(extract)
  try {
    await done
  } catch (error) {
    throw new ConfigurationError(`not a readable tar archive: ${(error as Error).message}`, { file })
  }
  return entries
}

/** An image name as written in `RepoTags` or by the user, fully qualified to compare (`alpine:3` = `docker.io/library/alpine:3`). */
function comparableName(name: string): string {
  const parsed = parseImageRef(name)
  return parsed.ok ? parsed.ref.canonical : name
}

async function resolveArchive(reference: Extract<ImageReference, { kind: 'docker-archive' }>, platform: Platform): Promise<ResolvedImage> {
  const files = new FileCounter()
  if (!fs.existsSync(reference.file)) throw new ConfigurationError('no such file', { file: reference.file })
  // `docker save | gzip` (or zstd): decompressed once into a temporary file, which layers are then read from.
  const unpacked = await decompressedArchive(reference.file, files)
  const file = unpacked?.file ?? reference.file
  try {
    return await readArchive(reference, file, files, platform, unpacked?.cleanup)
  } catch (error) {
    unpacked?.cleanup()
    // Errors name the archive given, not the temporary file.
    if (error instanceof ConfigurationError && unpacked && error.file === file) throw new ConfigurationError(error.message, { file: reference.file })
    throw error
  }
}

async function decompressedArchive(file: string, files: FileCounter): Promise<{ file: string; cleanup: () => void } | undefined> {
  const head = Buffer.alloc(4)
  const fd = fs.openSync(file, 'r')
  try {
    fs.readSync(fd, head, 0, 4, 0)
  } finally {
    fs.closeSync(fd)
  }
  const gzip = head[0] === 0x1f && head[1] === 0x8b
  const zstd = head.readUInt32LE(0) === 0xfd2fb528
  if (!gzip && !zstd) return undefined
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-archive-'))
  const cleanup = (): void => fs.rmSync(dir, { recursive: true, force: true })
  const target = path.join(dir, 'archive.tar')
  try {
    await pipeline(Readable.from(files.stream(file)), gzip ? zlib.createGunzip() : zlib.createZstdDecompress(), fs.createWriteStream(target, { mode: 0o600 }))
  } catch (error) {
    cleanup()
    throw new ConfigurationError(`not a readable ${gzip ? 'gzip' : 'zstd'}-compressed archive: ${(error as Error).message}`, { file })
  }
  return { file: target, cleanup }
}

async function readArchive(
  reference: Extract<ImageReference, { kind: 'docker-archive' }>,
  file: string,
  files: FileCounter,
  platform: Platform,
  cleanup?: () => void
): Promise<ResolvedImage> {
  const where = reference.text
  const entries = await indexTarball(file, files)
  const readEntry = async (name: string, what: string): Promise<Buffer> => {
    const entry = entries.get(name)
    if (!entry) throw new ConfigurationError(`${what}: ${name} is not in the archive`, { file })
    if (entry.size > MAX_JSON_BYTES) throw new ConfigurationError(`${what}: ${name} is larger than ${MAX_JSON_BYTES} bytes`, { file })
    const chunks: Uint8Array[] = []
    if (entry.size > 0) for await (const chunk of files.stream(file, entry.offset, entry.offset + entry.size - 1)) chunks.push(chunk)
    return Buffer.concat(chunks)
  }
  if (!entries.has('manifest.json')) {
    if (!entries.has('index.json') || !entries.has('oci-layout'))
      throw new ConfigurationError(`${where}: no manifest.json in the archive (not a docker save archive)`, { file })
    // A tarball of an OCI image layout (buildx `--output type=oci`, `skopeo copy … oci-archive:`): read as one.
    const blobEntry = (digest: string): ArchiveEntry => {
      const match = /^(sha256|sha512):([0-9a-f]+)$/.exec(digest)
      const entry = match ? entries.get(`blobs/${match[1]}/${match[2]}`) : undefined
      if (!entry) throw new ConfigurationError(`${where}: blob ${digest} is not in the archive`, { file })
      return entry
    }
    return resolveLayoutStore(
      {
        index: () => readEntry('index.json', 'index.json'),
        blob: async (digest, what) => {
          blobEntry(digest)
          const bytes = await readEntry(`blobs/${digest.replace(':', '/')}`, what)
          if (digest.startsWith('sha256:') && sha256(bytes) !== digest)
            throw new ConfigurationError(`${what}: blob ${digest} has digest ${sha256(bytes)}`, { file })
          return bytes
        },
        layer: (digest) => {
          const entry = blobEntry(digest)
          return entry.size > 0 ? files.layer(file, entry.offset, entry.offset + entry.size - 1) : { stream: Readable.from([]) }
        },
        indexFile: file,
        files,
        close: async () => cleanup?.()
      },
      where,
      reference.name?.startsWith('@') ? undefined : reference.name,
      platform
    )
  }
  let manifestJson: unknown
  try {
    manifestJson = JSON.parse((await readEntry('manifest.json', 'docker-archive')).toString('utf8')) as unknown
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    throw new ConfigurationError(`${where}: manifest.json is not JSON`, { file })
  }
  if (!Array.isArray(manifestJson) || manifestJson.length === 0) throw new ConfigurationError(`${where}: manifest.json lists no image`, { file })
  const images = manifestJson as { Config?: string; RepoTags?: string[] | null; Layers?: string[] }[]
  const tagsOf = (candidate: (typeof images)[number]): string[] => (Array.isArray(candidate?.RepoTags) ? candidate.RepoTags : [])
  const listed = (): string =>
    images.map((candidate, index) => `@${index}${tagsOf(candidate).length > 0 ? ` (${tagsOf(candidate).join(', ')})` : ''}`).join(', ')
  let image = images[0]!
  if (reference.name) {
    const at = /^@(\d+)$/.exec(reference.name)
    // As skopeo: NAME:TAG compared as references (`alpine:3` = `docker.io/library/alpine:3`), or @N the Nth image.
    const wanted = at ? undefined : comparableName(reference.name)
    const named = at ? images[Number(at[1])] : images.find((candidate) => tagsOf(candidate).some((tag) => comparableName(tag) === wanted))
    if (!named) throw new ConfigurationError(`${where}: no image ${JSON.stringify(reference.name)} in the archive (it has ${listed()})`, { file })
    image = named
  } else if (images.length > 1) {
    throw new ConfigurationError(`${where}: the archive holds ${images.length} images (${listed()}); name one (docker-archive:FILE:NAME:TAG or :@N)`, { file })
  }
  if (!image.Config || !Array.isArray(image.Layers)) throw new ConfigurationError(`${where}: manifest.json entry has no Config or Layers`, { file })
  const configBytes = await readEntry(image.Config, 'docker-archive config')
  const configDigest = sha256(configBytes)
  const expected = /([0-9a-f]{64})(?:\.json)?$/.exec(image.Config)?.[1]
  if (expected && `sha256:${expected}` !== configDigest) throw new ConfigurationError(`${where}: config ${image.Config} has digest ${configDigest}`, { file })
  const config = parseJson(configBytes, `${where}: config`) as ImageConfig
  const diffIds = config.rootfs?.diff_ids ?? []
  if (diffIds.length !== image.Layers.length)
    throw new ConfigurationError(`${where}: manifest.json lists ${image.Layers.length} layers but the config ${diffIds.length} diff_ids`, { file })
  const layers: LayerRef[] = image.Layers.map((name, index) => {
    const normalized = path.posix.normalize(name).replace(/^\.\//, '')
    const entry = entries.get(normalized)
    if (!entry) throw new ConfigurationError(`${where}: layer ${name} is not in the archive`, { file })
    // Docker ≥ 25 stores layers as OCI blobs named by their (compressed) digest.
    const blobDigest = /^blobs\/sha256\/([0-9a-f]{64})$/.exec(normalized)?.[1]
    return {
      index,
      ...(blobDigest ? { digest: `sha256:${blobDigest}` } : {}),
      diffId: diffIds[index]!,
      size: entry.size,
      open: async () => (entry.size > 0 ? files.layer(file, entry.offset, entry.offset + entry.size - 1) : { stream: Readable.from([]) })
    }
  })
  return {
    reference: where,
    digest: configDigest,
    platform: platformOf(config, platform),
    available: [],
    config,
    configDigest,
    layers,
    bytesRead: () => files.bytes,
    close: async () => cleanup?.()
  }
}
