/**
 * Builds container images for tests, without a daemon: layers as tars (tar-stream's packer), compressed
 * with gzip or zstd (node:zlib) or left plain, written as an OCI image layout (optionally a multi-platform
 * index), as a `docker save` archive, or copied into the test registry by skopeo (an independent writer).
 */
import { execFile, execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import tar from 'tar-stream'

export type LayerEntry =
  | { path: string; content: string | Buffer; mode?: number }
  | { path: string; type: 'directory'; mode?: number }
  | { path: string; type: 'symlink' | 'link'; target: string }

export type Compression = 'gzip' | 'zstd' | 'none'

export interface LayerSpec {
  entries: LayerEntry[]
  compression: Compression
}

export interface BuiltLayer {
  blob: Buffer
  digest: string
  diffId: string
  mediaType: string
}

export function sha256(data: Buffer): string {
  return `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`
}

export async function tarOf(entries: LayerEntry[]): Promise<Buffer> {
  const pack = tar.pack()
  const chunks: Buffer[] = []
  const collected = new Promise<Buffer>((resolve, reject) => {
    pack.on('data', (chunk: unknown) => chunks.push(chunk as Buffer))
    pack.on('end', () => resolve(Buffer.concat(chunks)))
    pack.on('error', reject)
  })
  const mtime = new Date(0)
  for (const entry of entries) {
    if ('content' in entry) {
      const content = typeof entry.content === 'string' ? Buffer.from(entry.content) : entry.content
      await new Promise<void>((resolve, reject) =>
        pack.entry({ name: entry.path, mode: entry.mode ?? 0o644, mtime }, content, (error) => (error ? reject(error) : resolve()))
      )
    } else if (entry.type === 'directory') {
      await new Promise<void>((resolve, reject) =>
        pack.entry({ name: entry.path, type: 'directory', mode: entry.mode ?? 0o755, mtime }, (error) => (error ? reject(error) : resolve()))
      )
    } else {
      await new Promise<void>((resolve, reject) =>
        pack.entry({ name: entry.path, type: entry.type, linkname: entry.target, mode: 0o777, mtime }, (error) => (error ? reject(error) : resolve()))
      )
    }
  }
  pack.finalize()
  return collected
}

export async function buildLayer(spec: LayerSpec): Promise<BuiltLayer> {
  const plain = await tarOf(spec.entries)
  const blob = spec.compression === 'gzip' ? zlib.gzipSync(plain) : spec.compression === 'zstd' ? zlib.zstdCompressSync(plain) : plain
  const mediaType = `application/vnd.oci.image.layer.v1.tar${spec.compression === 'gzip' ? '+gzip' : spec.compression === 'zstd' ? '+zstd' : ''}`
  return { blob, digest: sha256(blob), diffId: sha256(plain), mediaType }
}

export interface ImageSpec {
  os?: string
  architecture: string
  variant?: string
  layers: LayerSpec[]
}

interface BuiltImage {
  config: Buffer
  manifest: Buffer
  layers: BuiltLayer[]
  platform: { os: string; architecture: string; variant?: string }
}

async function buildImage(spec: ImageSpec): Promise<BuiltImage> {
  const layers: BuiltLayer[] = []
  for (const layer of spec.layers) layers.push(await buildLayer(layer))
  const platform = { os: spec.os ?? 'linux', architecture: spec.architecture, ...(spec.variant ? { variant: spec.variant } : {}) }
  const config = Buffer.from(
    JSON.stringify({ ...platform, created: '2026-01-02T03:04:05Z', rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.diffId) }, config: {} })
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: sha256(config), size: config.length },
      layers: layers.map((layer) => ({ mediaType: layer.mediaType, digest: layer.digest, size: layer.blob.length }))
    })
  )
  return { config, manifest, layers, platform }
}

/** Writes an OCI image layout; several images become one index (platforms), tagged `tag`. Returns the top digest. */
export async function writeOciLayout(dir: string, images: ImageSpec[], tag: string): Promise<string> {
  fs.mkdirSync(path.join(dir, 'blobs', 'sha256'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  const put = (data: Buffer): string => {
    const digest = sha256(data)
    fs.writeFileSync(path.join(dir, 'blobs', 'sha256', digest.slice(7)), data)
    return digest
  }
  const built: BuiltImage[] = []
  for (const image of images) built.push(await buildImage(image))
  for (const image of built) {
    put(image.config)
    put(image.manifest)
    for (const layer of image.layers) put(layer.blob)
  }
  let top: { mediaType: string; digest: string; size: number }
  if (built.length === 1) {
    top = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: sha256(built[0]!.manifest), size: built[0]!.manifest.length }
  } else {
    const index = Buffer.from(
      JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          ...built.map((image) => ({
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: sha256(image.manifest),
            size: image.manifest.length,
            platform: image.platform
          })),
          // What buildx adds: an attestation manifest with platform unknown/unknown (must be skipped).
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: sha256(built[0]!.manifest),
            size: built[0]!.manifest.length,
            platform: { os: 'unknown', architecture: 'unknown' },
            annotations: { 'vnd.docker.reference.type': 'attestation-manifest' }
          }
        ]
      })
    )
    top = { mediaType: 'application/vnd.oci.image.index.v1+json', digest: put(index), size: index.length }
  }
  fs.writeFileSync(
    path.join(dir, 'index.json'),
    JSON.stringify({ schemaVersion: 2, manifests: [{ ...top, annotations: { 'org.opencontainers.image.ref.name': tag } }] })
  )
  return top.digest
}

/** A `docker save` archive (legacy layout: `<id>/layer.tar`, `<config hex>.json`, manifest.json) of one image. */
export async function writeDockerArchive(file: string, image: ImageSpec, repoTag: string): Promise<string> {
  const plainLayers: Buffer[] = []
  for (const layer of image.layers) plainLayers.push(await tarOf(layer.entries))
  const config = Buffer.from(
    JSON.stringify({ os: image.os ?? 'linux', architecture: image.architecture, rootfs: { type: 'layers', diff_ids: plainLayers.map(sha256) }, config: {} })
  )
  const configName = `${sha256(config).slice(7)}.json`
  const layerNames = plainLayers.map((layer) => `${sha256(layer).slice(7)}/layer.tar`)
  const manifest = Buffer.from(JSON.stringify([{ Config: configName, RepoTags: [repoTag], Layers: layerNames }]))
  const entries: LayerEntry[] = [
    ...plainLayers.map((layer, index) => ({ path: layerNames[index]!, content: layer })),
    { path: configName, content: config },
    { path: 'manifest.json', content: manifest }
  ]
  fs.writeFileSync(file, await tarOf(entries))
  return sha256(config)
}

function skopeoArgs(layoutDir: string, tag: string, destination: string, credentials: { username: string; password: string }, extra: string[]): string[] {
  return [
    'copy',
    '--all',
    '--quiet',
    ...(extra.includes('--format') ? [] : ['--preserve-digests']),
    '--dest-tls-verify=false',
    ...extra,
    '--dest-creds',
    `${credentials.username}:${credentials.password}`,
    `oci:${layoutDir}:${tag}`,
    `docker://${destination}`
  ]
}

/** Copies an OCI layout into the registry with skopeo (all platforms); `extra`: more options (`--format v2s2`). */
export function skopeoPush(
  layoutDir: string,
  tag: string,
  destination: string,
  credentials: { username: string; password: string },
  extra: string[] = []
): void {
  execFileSync('skopeo', skopeoArgs(layoutDir, tag, destination, credentials, extra), { stdio: ['ignore', 'ignore', 'pipe'] })
}

/** The same without blocking this process (needed when a server of this process, e.g. a token server, must answer skopeo). */
export function skopeoPushAsync(
  layoutDir: string,
  tag: string,
  destination: string,
  credentials: { username: string; password: string },
  extra: string[] = []
): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('skopeo', skopeoArgs(layoutDir, tag, destination, credentials, extra), { timeout: 60_000 }, (error, _stdout, stderr) =>
      error ? reject(new Error(`skopeo copy to ${destination} failed: ${String(stderr).trim()}`)) : resolve()
    )
  })
}
