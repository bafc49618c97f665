/**
 * The configuration of each image base-image-policy judges (its `created` date) — the Dockerfiles' base
 * images, and the images of the other source groups its `sources` lists (manifests, workflows, Compose,
 * charts, pushed) — read from its registry through the registry client of `src/verify/registry.ts`: one
 * reader per repository for the run (one token per registry and scope), each distinct reference and
 * platform asked once whichever files name it, requests counted. Tag → manifest or index; an index → the
 * entry for the platform (`FROM --platform`, the run's `--platform` for pushed images, else `linux/amd64`,
 * reported); then the config blob (digest checked). Fetched only when a rule asks for it (base-image-policy
 * with `max-age-days`); an offline run, or a run without registry settings, contacts no registry and the
 * fact is unknown.
 */
import { errorMessage } from '../../model/errors.js'
import type { FactContext } from '../../facts/context.js'
import { defineFact, known, unknownFact, type Fact } from '../../model/fact.js'
import type { RegistryCredentials, RegistryPool } from '../../verify/registry.js'
import { beyondDockerfiles, factPerGroups, imagesOf, type SourceGroup } from './groups.js'
import { dockerfileSourcesFact, imageSourcesFact } from './index.js'
import type { ImageSource } from './model.js'
import type { ImageRef } from './reference.js'
import { variantOf } from '../platform-variant.js'

/** What a run lets image facts reach (src/check.ts builds it). */
export interface RegistryRunOptions {
  /** `--offline`: no registry is contacted. */
  offline: boolean
  /** The registry client, loaded on first use: a check that reads no registry never loads it (cold start). */
  pool(): Promise<RegistryPool>
  /** Registry requests made so far (0 when the client was never loaded). */
  requests(): number
  credentials(apiName: string): Promise<RegistryCredentials | undefined>
}

export const DEFAULT_PLATFORM = 'linux/amd64'
const MAX_CONFIG_BYTES = 4 * 1024 * 1024
const CONCURRENCY = 4

export type ImageConfigResult =
  | {
      ok: true
      /** Digest of the image manifest read (the platform's, under an index). */
      digest: string
      platform: string
      /** Why this platform: `FROM --platform`, or the default. */
      platformSource: 'written' | 'default'
      /** The config's `created`, as written (RFC 3339), when it has one. */
      created?: string
    }
  | { ok: false; reason: string }

/** An image a registry read is for: its reference, and the platform read with why that one. */
export interface WantedImage {
  ref: ImageRef
  platform: string
  platformSource: 'written' | 'default'
}

export interface ImageConfigs {
  /** By `configKey(ref, platform)`. */
  results: Map<string, ImageConfigResult>
}

export function configKey(ref: ImageRef, platform: string): string {
  return `${ref.canonical} ${platform}`
}

/** The platform an image is read for: the written `--platform` when it is resolved and valid, else the default. */
export function platformFor(source: ImageSource): { platform: string; source: 'written' | 'default' } {
  if (source.platform && /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)?$/i.test(source.platform))
    return { platform: source.platform.toLowerCase(), source: 'written' }
  return { platform: DEFAULT_PLATFORM, source: 'default' }
}

export const OFFLINE_REASON = 'the run is offline (--offline): no registry is contacted, so the base image configuration is not read'
/** The same, for a run that judges images beyond the Dockerfiles' (manifests, workflows, Compose, charts, pushed). */
export const OFFLINE_IMAGES_REASON = 'the run is offline (--offline): no registry is contacted, so the image configurations are not read'

/**
 * The images of these source groups a registry read is for: one entry per distinct canonical reference and
 * platform (an image named by a Dockerfile and a Deployment is one entry), by `configKey`. Images without a
 * resolved reference are left out (the rule reports them `unknown` with the source's reason).
 */
export async function wantedImages(ctx: FactContext, groups: readonly SourceGroup[]): Promise<Fact<Map<string, WantedImage>>> {
  const sources = await ctx.get(beyondDockerfiles(groups) ? imageSourcesFact : dockerfileSourcesFact)
  if (!sources.known) return sources
  const wanted = new Map<string, WantedImage>()
  for (const image of imagesOf(sources.value, groups)) {
    if (!image.ref) continue
    const { platform, source } = platformFor(image)
    const key = configKey(image.ref, platform)
    if (!wanted.has(key)) wanted.set(key, { ref: image.ref, platform, platformSource: source })
  }
  return known(wanted)
}

/**
 * The configurations of the images of these source groups (base-image-policy's `sources`), one fact per set
 * of groups: `[dockerfile]` is `images.base-configs`, another set `images.base-configs(dockerfile,compose)`.
 */
export const imageConfigsFactFor = factPerGroups<ImageConfigs>('images.base-configs', (id, groups) =>
  defineFact<ImageConfigs>(id, async (ctx) => {
    const registries = ctx.registries
    if (!registries || registries.offline) return unknownFact('not-available', beyondDockerfiles(groups) ? OFFLINE_IMAGES_REASON : OFFLINE_REASON)
    const wanted = await wantedImages(ctx, groups)
    if (!wanted.known) return wanted
    // One repository's references are read one after another: its reader answers the registry's first
    // challenge once (concurrent first requests would each meet the 401); repositories run concurrently.
    const byRepository = new Map<string, Array<[string, WantedImage]>>()
    for (const entry of wanted.value.entries()) {
      const list = byRepository.get(entry[1].ref.apiName) ?? []
      list.push(entry)
      byRepository.set(entry[1].ref.apiName, list)
    }
    const results = new Map<string, ImageConfigResult>()
    const queue = [...byRepository.values()]
    const worker = async (): Promise<void> => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        for (const [key, item] of next) results.set(key, await readConfig(registries, item))
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker))
    return known({ results })
  })
)

/** The Dockerfiles' images' configurations (base-image-policy with the default `sources`). */
export const imageConfigsFact = imageConfigsFactFor(['dockerfile'])

interface PlatformEntry {
  digest?: unknown
  mediaType?: unknown
  platform?: { os?: unknown; architecture?: unknown; variant?: unknown }
  annotations?: Record<string, unknown>
}

export function pickPlatform(manifests: PlatformEntry[], platform: string): PlatformEntry | undefined {
  const [os, architecture, variant] = platform.split('/') as [string, string, string | undefined]
  const wanted = variantOf(architecture, variant)
  // The first matching entry wins (image-index.md); attestation entries (`unknown/unknown`, buildx's
  // `vnd.docker.reference.type`) never match. An index nested without a platform is looked into otherwise.
  return (
    manifests.find((entry) => {
      const p = entry.platform
      if (!p || p.os !== os || p.architecture !== architecture || entry.annotations?.['vnd.docker.reference.type'] !== undefined) return false
      return variantOf(architecture, typeof p.variant === 'string' ? p.variant : undefined) === wanted
    }) ?? manifests.find((entry) => !entry.platform && typeof entry.mediaType === 'string' && INDEX_TYPES.includes(entry.mediaType))
  )
}

const INDEX_TYPES = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json']

async function readConfig(registries: RegistryRunOptions, { ref, platform, platformSource }: WantedImage): Promise<ImageConfigResult> {
  const shown = `${ref.registry}/${ref.repository}`
  try {
    // Inside: a Docker credential helper that is missing or fails makes this image unknown, not the run fail.
    const reader = (await registries.pool()).reader(ref.apiName, await registries.credentials(ref.apiName))
    let manifest = await reader.manifest(ref.digest ?? ref.tag ?? 'latest')
    if (!manifest) return { ok: false, reason: `${ref.canonical} is not in the registry (404)` }
    // Indexes may nest (an index of indexes); a few levels at most.
    for (let depth = 0; depth < 4 && Array.isArray(manifest.body.manifests); depth += 1) {
      const list = manifest.body.manifests
      const entry = pickPlatform(list as PlatformEntry[], platform)
      if (!entry || typeof entry.digest !== 'string') {
        const offered = (list as PlatformEntry[])
          .map((item) => [item.platform?.os, item.platform?.architecture, item.platform?.variant].filter((part) => typeof part === 'string').join('/'))
          .filter((name) => name !== '' && name !== 'unknown/unknown')
        return { ok: false, reason: `${ref.canonical} has no ${platform} image (the index lists ${offered.length > 0 ? offered.join(', ') : 'no platform'})` }
      }
      manifest = await reader.manifest(entry.digest)
      if (!manifest) return { ok: false, reason: `${shown}@${entry.digest} (${platform}) is listed by the index but not in the registry` }
    }
    if (manifest.body.schemaVersion === 1)
      return {
        ok: false,
        reason: `${ref.canonical}: a Docker image manifest schema 1, which chaingate does not read (push the image again with a current client)`
      }
    const config = manifest.body.config as { digest?: unknown } | undefined
    if (!config || typeof config.digest !== 'string')
      return { ok: false, reason: `${ref.canonical}: the manifest has no config (not an image manifest: ${manifest.mediaType || 'no media type'})` }
    const bytes = await reader.blob(config.digest, MAX_CONFIG_BYTES)
    let body: { created?: unknown }
    try {
      body = JSON.parse(bytes.toString('utf8')) as { created?: unknown }
    } catch {
      return { ok: false, reason: `${ref.canonical}: the image config is not JSON` }
    }
    const created = typeof body.created === 'string' ? body.created : undefined
    return { ok: true, digest: manifest.digest, platform, platformSource, ...(created !== undefined ? { created } : {}) }
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    const message = errorMessage(error)
    const hint =
      /HTTP 40[13]\b/.test(message) && !/HTTP 40[13]: the registry /.test(message)
        ? ': the registry wants credentials chaingate does not have (docker login, or REGISTRY_USERNAME/REGISTRY_PASSWORD)'
        : ''
    return { ok: false, reason: `${shown}: ${message}${cause ? ` (${errorMessage(cause)})` : ''}${hint}` }
  }
}
