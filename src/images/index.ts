/**
 * Cataloging a container image without a daemon: resolve the reference (registry, OCI layout, docker
 * archive) to the platform asked for, stream its layers newest first through the catalogers' selection,
 * merge them (whiteouts, opaque directories), stop early when only OS packages are asked for and the distro
 * and package database are settled, and assemble the inventory. Layers are scanned once per run even when
 * several images share them (`layerCache`). Only files a reader needs on disk (rpm databases, Java
 * archives) touch a temporary directory, removed before returning.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Inventory } from '../inventory/model.js'
import type { RegistryCredentials, RegistryPool } from '../verify/registry.js'
import { aliasedSelection, assembleCatalog, catalogSelection, databaseAliases, osSettled } from './catalog/index.js'
import type { Distro } from './catalog/os-release.js'
import { holdImageStreamingTune } from '../runtime/image-streaming.js'
import { collectFully, MergedView, scanLayer, type LayerScan } from './layers.js'
import { DEFAULT_PLATFORM, formatPlatform, parseImageReference, type Platform } from './reference.js'
import { resolveImage } from './source.js'

export { parseImageReference, parsePlatform, formatPlatform, DEFAULT_PLATFORM, type ImageReference, type Platform } from './reference.js'
export type { Distro } from './catalog/os-release.js'

/** Errors of a connection that broke while a layer streamed. */
const CUT = new Set(['ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE'])

export interface CatalogOptions {
  platform?: Platform
  /** false: OS packages only (enables the early stop); default true. */
  languages?: boolean
  env?: Record<string, string | undefined>
  dockerConfig?: string
  /** Shared across the images of one run. */
  layerCache?: Map<string, Promise<LayerScan>>
  /** The run's registry readers, shared with other registry reads of the run. */
  pool?: RegistryPool
  /** The run's credentials per repository, instead of `env`/`dockerConfig`. */
  credentials?: (name: string) => Promise<RegistryCredentials | undefined>
}

export interface ImageCatalog {
  reference: string
  /** The image manifest's digest (docker-archive: the image id). */
  digest: string
  indexDigest?: string
  /** The platform read (from the config), e.g. `linux/amd64`. */
  platform: string
  /** Platforms the index offered. */
  available: string[]
  created?: string
  distro?: Distro
  /** OSV ecosystem of the OS packages (`Debian:12`). */
  ecosystem?: string
  inventory: Inventory
  layers: { total: number; read: number; stoppedEarly: boolean }
  /** Bytes read from the registry or files for this image (manifests, config, layers). */
  bytesRead: number
  /** Sum of the layer sizes the manifest declares (compressed), when known. */
  imageBytes?: number
  ownedLanguagePackages: number
}

export async function catalogImage(referenceText: string, options: CatalogOptions = {}): Promise<ImageCatalog> {
  const reference = parseImageReference(referenceText)
  const platform = options.platform ?? DEFAULT_PLATFORM
  const languages = options.languages ?? true
  const image = await resolveImage(reference, {
    platform,
    ...(options.env ? { env: options.env } : {}),
    ...(options.dockerConfig ? { dockerConfig: options.dockerConfig } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {})
  })
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-image-'))
  const cache = options.layerCache ?? new Map<string, Promise<LayerScan>>()
  const releaseTune = holdImageStreamingTune()
  try {
    const selection = catalogSelection({ languages, tempDir })
    const view = new MergedView()
    let stoppedEarly = false
    const scanOf = (index: number): Promise<LayerScan> => {
      const layer = image.layers[index]!
      // A foreign layer is not fetched (its URLs are the publisher's, often not reachable): reported below.
      if (layer.foreign) return Promise.resolve({ entries: new Map(), whiteouts: new Set(), opaque: new Set(), bytes: 0, noted: new Set<string>() })
      const key = `${layer.digest ?? layer.diffId}|${layer.diffId}|${languages ? 'all' : 'os'}`
      let scan = cache.get(key)
      if (!scan) {
        // A connection cut mid-layer (a registry's or CDN's reset) is read again once, from the start.
        scan = scanLayer(layer, selection).catch((error: unknown) => {
          if (!CUT.has(String((error as { code?: unknown } | null)?.code))) throw error
          return scanLayer(layer, selection)
        })
        cache.set(key, scan)
        scan.catch(() => cache.delete(key))
      }
      return scan
    }
    // Newest first, one layer at a time. Two at a time (one core decompressing while the other parses) was
    // no faster on 2 cores and held ~3 MB more (bench/README.md, "Container images"). With OS packages only,
    // reading stops once the distro and the package database are settled.
    for (let index = image.layers.length - 1; index >= 0; index -= 1) {
      if (!languages && osSettled(view)) {
        stoppedEarly = true
        break
      }
      view.add(await scanOf(index))
    }
    let merged = view
    const aliases = databaseAliases(view)
    if (aliases.size > 0) {
      // A package database behind a symlinked directory: the layers that hold files there are read again,
      // those files handled as the database (every layer was read: the database was not settled).
      const aliased = aliasedSelection(selection, aliases)
      const real = [...aliases.keys()]
      merged = new MergedView()
      for (let index = image.layers.length - 1; index >= 0; index -= 1) {
        const first = await scanOf(index)
        const again = [...first.noted].some((noted) => real.includes(path.posix.dirname(noted)))
        merged.add(again ? await scanLayer(image.layers[index]!, aliased) : first)
      }
    }
    const assembled = assembleCatalog(merged)
    // What streaming left behind goes before the caller builds its SBOM or report from the catalog.
    collectFully()
    for (const layer of image.layers) {
      if (!layer.foreign) continue
      assembled.inventory.problems.push({
        path: `layer ${layer.index + 1} (${layer.digest ?? layer.diffId})`,
        format: 'image',
        message: `a foreign (non-distributable) layer, not fetched${layer.foreign.length > 0 ? ` (its publisher serves it from ${layer.foreign.join(', ')})` : ''}: the packages it holds are unknown`
      })
    }
    const sizes = image.layers.map((layer) => layer.size)
    return {
      reference: image.reference,
      digest: image.digest,
      ...(image.indexDigest ? { indexDigest: image.indexDigest } : {}),
      platform: formatPlatform(image.platform),
      available: image.available,
      ...(image.config.created ? { created: image.config.created } : {}),
      ...(assembled.distro ? { distro: assembled.distro } : {}),
      ...(assembled.ecosystem ? { ecosystem: assembled.ecosystem } : {}),
      inventory: assembled.inventory,
      layers: { total: image.layers.length, read: view.layersRead, stoppedEarly },
      bytesRead: image.bytesRead(),
      ...(sizes.every((size) => size !== undefined) ? { imageBytes: sizes.reduce<number>((sum, size) => sum + size!, 0) } : {}),
      ownedLanguagePackages: assembled.ownedLanguagePackages
    }
  } finally {
    releaseTune()
    await image.close()
    fs.rmSync(tempDir, { recursive: true, force: true })
  }
}
