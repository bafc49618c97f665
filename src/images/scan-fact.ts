/**
 * The vulnerabilities of container images as facts: each image cataloged (src/images/index.ts) and its
 * packages matched through the run's advisory source — OS packages by their source package in the
 * distro's OSV ecosystem (`Debian:12`), language packages as in lockfiles (src/images/vulnerabilities.ts).
 * - `imageScansFact`: the images named by the run (`check --image`, action input `image`); known and empty
 *   when none is named, without loading any image code (cold start).
 * - `imageScansFactFor(groups)`: the images base-image-policy judges (the Dockerfiles' base images, and those
 *   of the other `sources` it lists), read only when its `vulnerabilities` option asks; unknown when offline
 *   or without an advisory source. `baseImageScansFact` is the Dockerfiles' alone.
 * An image that cannot be read is a scan with `ok: false` and the reason, never an empty package list.
 */
import { runAdvisorySource } from '../advisories/fact.js'
import type { AdvisoryReport } from '../advisories/model.js'
import type { InventoryProblem } from '../inventory/model.js'
import { defineFact, known, unknownFact } from '../model/fact.js'
import { pushedImage } from './sources/index.js'
import { configKey, imageConfigsFactFor, platformFor, wantedImages, type ImageConfigResult, type ImageConfigs } from './sources/config.js'
import { beyondDockerfiles, factPerGroups } from './sources/groups.js'

export type ImageScan =
  | {
      ok: true
      /** The reference as named (`--image` argument, or the canonical reference of a `FROM`). */
      reference: string
      /** The image manifest's digest (docker-archive: the image id). */
      digest: string
      platform: string
      /** The image config's `created`, as written, when it has one. */
      created?: string
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

/**
 * The scans of the images of these source groups (base-image-policy's `sources`), by `configKey(ref,
 * platform)`: each distinct reference and platform read, cataloged and matched once whichever files name
 * it. One fact per set of groups: `[dockerfile]` is `images.base-scans`, another set
 * `images.base-scans(dockerfile,kubernetes)`. With `pushed`, the pushed images' scans are `imageScansFact`'s
 * (the images are not read twice).
 */
export const imageScansFactFor = factPerGroups<Map<string, ImageScan>>('images.base-scans', (id, groups) =>
  defineFact<Map<string, ImageScan>>(id, async (ctx) => {
    const wanted = await wantedImages(ctx, groups)
    if (!wanted.known) return wanted
    if (wanted.value.size === 0) return known(new Map())
    const registries = ctx.registries
    if (!registries || registries.offline)
      return unknownFact(
        'not-available',
        `the run is offline (--offline): no registry is contacted, so the ${beyondDockerfiles(groups) ? 'images' : 'base images'} are not read`
      )
    const source = runAdvisorySource(ctx)
    if ('known' in source) return source
    const scans = new Map<string, ImageScan>()
    const named = ctx.images?.pushed ?? []
    if (groups.includes('pushed') && named.length > 0) {
      const pushed = await ctx.get(imageScansFact)
      if (pushed.known)
        named.forEach((text, index) => {
          const image = pushedImage(text, ctx.images?.platform)
          const scan = pushed.value.images[index]
          if (!image.ref || !scan) return
          const key = configKey(image.ref, platformFor(image).platform)
          if (wanted.value.has(key) && !scans.has(key)) scans.set(key, scan)
        })
    }
    const rest = [...wanted.value.entries()].filter(([key]) => !scans.has(key))
    if (rest.length > 0) {
      const { scanImages } = await import('./vulnerabilities.js')
      const read = await scanImages(
        rest.map(([, item]) => ({ reference: item.ref.canonical, platform: item.platform })),
        source,
        registries
      )
      rest.forEach(([key], index) => scans.set(key, read[index]!))
    }
    return known(scans)
  })
)

/** The Dockerfiles' base images' scans (base-image-policy's `vulnerabilities` with the default `sources`). */
export const baseImageScansFact = imageScansFactFor(['dockerfile'])

/**
 * The configurations of the images of these source groups taken from their scans (base-image-policy with
 * both `max-age-days` and `vulnerabilities`): each image is read once for both, its `created` from the
 * config the scan read. Without an advisory source (the scans are unknown for that), the configurations are
 * read by themselves (`imageConfigsFactFor`), so the age is still judged.
 */
export const imageConfigsFromScansFor = factPerGroups<ImageConfigs>('images.base-configs-from-scans', (id, groups) =>
  defineFact<ImageConfigs>(id, async (ctx) => {
    if (ctx.registries && !ctx.registries.offline && 'known' in runAdvisorySource(ctx)) return ctx.get(imageConfigsFactFor(groups))
    const scans = await ctx.get(imageScansFactFor(groups))
    if (!scans.known) return scans
    const wanted = await wantedImages(ctx, groups)
    const results = new Map<string, ImageConfigResult>()
    for (const [key, scan] of scans.value) {
      const platformSource = (wanted.known && wanted.value.get(key)?.platformSource) || 'default'
      results.set(
        key,
        scan.ok
          ? { ok: true, digest: scan.digest, platform: scan.platform, platformSource, ...(scan.created !== undefined ? { created: scan.created } : {}) }
          : { ok: false, reason: scan.reason }
      )
    }
    return known({ results })
  })
)
