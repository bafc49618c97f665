/**
 * The vulnerabilities of container images as facts: each image cataloged (src/images/index.ts) and its
 * packages matched through the run's advisory source — OS packages by their source package in the
 * distro's OSV ecosystem (`Debian:12`), language packages as in lockfiles (src/images/vulnerabilities.ts).
 * - `imageScansFact`: the images named by the run (`check --image`, action input `image`); known and empty
 *   when none is named, without loading any image code (cold start).
 * - `baseImageScansFact`: the Dockerfiles' base images (`FROM`, `COPY --from`), read only when
 *   base-image-policy's `vulnerabilities` option asks; unknown when offline or without an advisory source.
 * An image that cannot be read is a scan with `ok: false` and the reason, never an empty package list.
 */
import { runAdvisorySource } from '../advisories/fact.js'
import type { AdvisoryReport } from '../advisories/model.js'
import type { InventoryProblem } from '../inventory/model.js'
import { defineFact, known, unknownFact } from '../model/fact.js'
import { buildImages, dockerfileSourcesFact } from './sources/index.js'
import { configKey, platformFor } from './sources/config.js'

export type ImageScan =
  | {
      ok: true
      /** The reference as named (`--image` argument, or the canonical reference of a `FROM`). */
      reference: string
      /** The image manifest's digest (docker-archive: the image id). */
      digest: string
      platform: string
      /** `debian 12`, from os-release; absent without one. */
      distro?: string
      /** OSV ecosystem of the OS packages (`Debian:12`). */
      ecosystem?: string
      /** Packages cataloged. */
      packages: number
      /** Package databases that could not be read (their packages are not checked). */
      problems: InventoryProblem[]
      /** Matches and unchecked packages, on the image's packages (binary packages, their purls). */
      report: AdvisoryReport
    }
  | { ok: false; reference: string; reason: string }

export const OFFLINE_IMAGE_REASON = 'the run is offline (--offline): no registry is contacted, so the image is not read'

export const imageScansFact = defineFact<{ images: ImageScan[] }>('images.scans', async (ctx) => {
  const named = ctx.images?.pushed ?? []
  if (named.length === 0) return known({ images: [] })
  const source = runAdvisorySource(ctx)
  if ('known' in source) return source
  const { scanImages } = await import('./vulnerabilities.js')
  return known({
    images: await scanImages(
      named.map((reference) => ({ reference, ...(ctx.images?.platform ? { platform: ctx.images.platform } : {}) })),
      source,
      ctx.registries
    )
  })
})

/** By `configKey(ref, platform)` of each base image with a resolved reference. */
export const baseImageScansFact = defineFact<Map<string, ImageScan>>('images.base-scans', async (ctx) => {
  const sources = await ctx.get(dockerfileSourcesFact)
  if (!sources.known) return sources
  const wanted = new Map<string, { reference: string; platform: string }>()
  for (const image of buildImages(sources.value)) {
    if (!image.ref) continue
    const { platform } = platformFor(image)
    wanted.set(configKey(image.ref, platform), { reference: image.ref.canonical, platform })
  }
  if (wanted.size === 0) return known(new Map())
  const registries = ctx.registries
  if (!registries || registries.offline)
    return unknownFact('not-available', 'the run is offline (--offline): no registry is contacted, so the base images are not read')
  const source = runAdvisorySource(ctx)
  if ('known' in source) return source
  const { scanImages } = await import('./vulnerabilities.js')
  const keys = [...wanted.keys()]
  const scans = await scanImages([...wanted.values()], source, registries)
  return known(new Map(keys.map((key, index) => [key, scans[index]!])))
})
