/**
 * The SBOM of a container image, shared by `chaingate sbom --image` and `chaingate sign --predicate sbom
 * --image` (and the action's `sbom-image`): the image cataloged (src/images/index.ts), the image as the
 * document's subject (reference, digest, platform, distro), and the digest an attestation about the
 * image names — the one the reference pins, else the index's (what a pod spec names and an admission
 * controller looks up), else the image manifest's. Loaded only when an image is asked for.
 */
import path from 'node:path'
import { ConfigurationError } from '../model/errors.js'
import type { Inventory } from '../inventory/model.js'
import type { SbomSubject } from '../inventory/sbom/index.js'
import { catalogImage, parseImageReference, parsePlatform, type ImageCatalog } from './index.js'

export interface ImageSbom {
  inventory: Inventory
  subject: SbomSubject
  catalog: ImageCatalog
  /** Registry references: `registry/repository` (the name referrers are attached under). */
  repository?: string
  /** Registry references: the digest an attestation names (pinned, else the index's, else the manifest's). */
  attestedDigest?: string
}

export interface ImageSbomOptions {
  platform?: string
  osOnly?: boolean
  env?: Record<string, string | undefined>
  cwd: string
}

/** Catalogs the image; errors of the image (not found, bad digest, unreadable layer) are one configuration line. */
export async function imageSbom(reference: string, options: ImageSbomOptions): Promise<ImageSbom> {
  const parsed = parseImageReference(reference)
  const platform = options.platform !== undefined ? parsePlatform(options.platform) : undefined
  let catalog: ImageCatalog
  try {
    catalog = await catalogImage(reference, {
      ...(platform ? { platform } : {}),
      languages: !(options.osOnly ?? false),
      ...(options.env ? { env: options.env } : {})
    })
  } catch (error) {
    if (error instanceof ConfigurationError) throw error
    const cause = (error as { cause?: unknown }).cause
    throw new ConfigurationError(`${reference}: ${(error as Error).message}${cause ? ` (${String((cause as Error)?.message ?? cause)})` : ''}`)
  }
  const repository = parsed.kind === 'registry' ? `${parsed.registry}/${parsed.repository}` : undefined
  const name =
    parsed.kind === 'registry'
      ? `${parsed.registry}/${parsed.repository}`
      : parsed.kind === 'oci'
        ? path.basename(path.resolve(options.cwd, parsed.dir))
        : path.basename(parsed.file)
  return {
    inventory: catalog.inventory,
    catalog,
    subject: {
      name,
      image: {
        reference,
        digest: catalog.digest,
        platform: catalog.platform,
        ...(repository ? { repository } : {}),
        ...(catalog.distro
          ? {
              distro: {
                id: catalog.distro.id,
                ...(catalog.distro.versionId ? { versionId: catalog.distro.versionId } : {}),
                ...(catalog.distro.prettyName ? { prettyName: catalog.distro.prettyName } : {})
              }
            }
          : {})
      }
    },
    ...(repository ? { repository, attestedDigest: parsed.kind === 'registry' && parsed.digest ? parsed.digest : (catalog.indexDigest ?? catalog.digest) } : {})
  }
}

/** One line about what was read, for stderr. */
export function imageSbomSummary(reference: string, catalog: ImageCatalog): string {
  const distro = catalog.distro ? `${catalog.distro.id}${catalog.distro.versionId ? ` ${catalog.distro.versionId}` : ''}` : 'unknown distro'
  return `${reference} (${catalog.platform}, ${distro}): ${catalog.inventory.packages.length} packages; ${catalog.layers.read}/${catalog.layers.total} layers read${catalog.layers.stoppedEarly ? ' (stopped early)' : ''}, ${catalog.bytesRead} bytes read${catalog.imageBytes !== undefined ? ` of ${catalog.imageBytes} in layers` : ''}${catalog.ownedLanguagePackages ? `; ${catalog.ownedLanguagePackages} language packages owned by OS packages not repeated` : ''}`
}
