/**
 * Layers, streamed: the blob is hashed as it arrives (the manifest digest), decompressed by its magic bytes
 * (gzip or zstd through node:zlib, else plain tar, whatever the media type says), hashed again (the config's
 * diff_id) and read by tar-stream one entry at a time. Only the entries a cataloger wants are handed to it;
 * every other byte is drained. A digest mismatch is an error: nothing read from that layer is used.
 *
 * Layers are merged top-down (newest first): a wanted path is decided by the highest layer that has it, and
 * whiteouts (`.wh.<name>`) and opaque directories (`.wh..wh..opq`) of a layer hide paths of the layers below
 * it only (layer.md). Reading stops when the caller says the wanted paths are settled.
 */
import crypto from 'node:crypto'
import path from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import v8 from 'node:v8'
import vm from 'node:vm'
import zlib from 'node:zlib'
import tar from 'tar-stream'
import type { LayerRef } from './source.js'

export interface EntryInfo {
  /** Normalised path without a leading `/` or `./`. */
  path: string
  size: number
  mode: number
}

/**
 * Receives one wanted file's content chunk by chunk (synchronously, in order), then `end` returns what the
 * cataloger keeps of it (the tar stream waits for it). A sink that has seen enough ignores further chunks;
 * a sink that throws records an error for that path, the layer goes on.
 */
export interface FileSink {
  write(chunk: Buffer): void
  end(): Promise<unknown>
}

export type FileHandler = (entry: EntryInfo) => FileSink

export interface Selection {
  /** The handler for a regular file, or undefined to skip it. */
  handlerFor(entry: EntryInfo): FileHandler | undefined
  /** Whether a symlink at this path should be recorded (it names a wanted file, or a directory on its way). */
  wantsLink(path: string): boolean
  /** Whether a file's path is worth noting though not read (a package database where a symlink may lead). */
  notes?(path: string): boolean
}

/** `layer`: the diff_id of the layer the entry comes from. */
export type KeptEntry =
  | { type: 'file'; layer: string; value: unknown }
  | { type: 'symlink'; layer: string; target: string }
  | { type: 'error'; layer: string; message: string; line?: number }

export interface LayerScan {
  entries: Map<string, KeptEntry>
  /** Paths a whiteout deletes from lower layers. */
  whiteouts: Set<string>
  /** Directories whose lower-layer children are hidden. */
  opaque: Set<string>
  /** Compressed bytes read. */
  bytes: number
  /** Paths of files the selection notes (`Selection.notes`) without reading them. */
  noted: Set<string>
}

export class LayerDigestError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LayerDigestError'
  }
}

export function normalizeEntryPath(name: string): string {
  const normalized = path.posix.normalize(`/${name}`).slice(1)
  return normalized.endsWith('/') ? normalized.slice(0, -1) : normalized
}

/**
 * A layer streams through many short-lived Buffers whose memory V8 only reclaims at its next garbage
 * collection, which external memory alone triggers late (tens of MB later). A young-generation collection
 * every 4 MB (compressed and uncompressed bytes counted) keeps the process's peak memory bounded by the
 * wanted files rather than by the garbage. Buffers that lived through two of those (a chunk holding the
 * slices of many small files, kept while the files' handlers run) are promoted, and only a full
 * collection frees them: on an image of real files (tens of thousands of small ones) they piled up to
 * ~50 MB, and the parsed texts of package databases another ~20 MB of heap. So after each young collection
 * the Buffers still held and the heap's growth since the last full collection are looked at, and past
 * PROMOTED_LIMIT a full collection runs (bench/README.md, "Container images").
 *
 * The Buffers held are looked at three checks in a row (12 MB of stream): the chunks in flight between the
 * socket, zlib and tar (up to ~10 MB for a moment) are not promoted garbage, and a full collection each time
 * they peaked cost more than it saved. Each full collection of a small heap also sets V8's next old-space
 * limit just above it, so V8 then started collections of its own: 75 full collections on the filler image
 * (~0.6 CPU-seconds on the main thread and as much on V8's marking thread), 2 with the three-check rule, at
 * the same peak memory on both bench images.
 */
type Collect = (options?: { type?: 'minor' | 'major' }) => void
let collector: Collect | null | undefined
const COLLECT_EVERY = 4 * 1024 * 1024
const PROMOTED_LIMIT = 8 * 1024 * 1024
/** Checks in a row with more than PROMOTED_LIMIT of Buffers held before a full collection. */
const HELD_CHECKS = 3
/** Bytes through every layer stream of the process since the last collection. */
let sinceCollect = 0
/** The heap used after the last full collection. */
let heapAfterMajor = 0
/** Checks in a row so far with more than PROMOTED_LIMIT of Buffers held. */
let heldChecks = 0

function exposedCollector(): Collect | null {
  if (collector === undefined) {
    collector = (globalThis as { gc?: Collect }).gc ?? null
    if (!collector) {
      try {
        v8.setFlagsFromString('--expose-gc')
        collector = vm.runInNewContext('gc') as Collect
      } catch {
        collector = null
      }
    }
  }
  return collector
}

function collectGarbage(): void {
  const collect = exposedCollector()
  if (!collect) return
  collect({ type: 'minor' })
  const { arrayBuffers, heapUsed } = process.memoryUsage()
  heldChecks = arrayBuffers > PROMOTED_LIMIT ? heldChecks + 1 : 0
  if (heldChecks >= HELD_CHECKS || heapUsed - heapAfterMajor > PROMOTED_LIMIT) {
    heldChecks = 0
    collect({ type: 'major' })
    heapAfterMajor = process.memoryUsage().heapUsed
  }
}

/**
 * A full collection once an image's layers are read: the pages the streaming's garbage held are reused by
 * what comes next (the SBOM of 1,400 packages took ~4 MB more peak memory after the last layer without it).
 */
export function collectFully(): void {
  exposedCollector()?.({ type: 'major' })
  heldChecks = 0
  heapAfterMajor = process.memoryUsage().heapUsed
}

/**
 * What arrives from the network comes in chunks of at most 64 KB; each chunk costs a round trip to zlib's
 * thread and a pass through every stream stage. Bytes are regrouped into chunks of 256 KB (one copy) and zlib
 * writes 256 KB chunks: ~25 % less CPU for a whole layer and ~10× fewer context switches than 64 KB in and
 * 16 KB out; 1 MB chunks save no more time and hold ~40 MB more memory in flight (bench/README.md).
 */
const CHUNK = 256 * 1024

function countForCollection(bytes: number): void {
  sinceCollect += bytes
  if (sinceCollect >= COLLECT_EVERY) {
    sinceCollect = 0
    collectGarbage()
  }
}

/** The blob as it arrives: hashed (the manifest digest), counted, regrouped into CHUNK-sized chunks; the first one is `head`. */
class BlobTap extends Transform {
  readonly hash = crypto.createHash('sha256')
  bytes = 0
  private parts: Buffer[] = []
  private pending = 0
  private resolveHead!: (head: Buffer) => void
  /** The first chunk passed on (at least CHUNK bytes unless the blob is smaller), to see the magic bytes. */
  readonly head = new Promise<Buffer>((resolve) => (this.resolveHead = resolve))

  constructor(private readonly count?: (bytes: number) => void) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk)
    this.bytes += chunk.length
    this.count?.(chunk.length)
    countForCollection(chunk.length)
    this.parts.push(chunk)
    this.pending += chunk.length
    if (this.pending >= CHUNK) this.release()
    callback()
  }

  override _flush(callback: TransformCallback): void {
    if (this.pending > 0) this.release()
    this.resolveHead(Buffer.alloc(0))
    callback()
  }

  private release(): void {
    const out = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.pending)
    this.parts = []
    this.pending = 0
    this.resolveHead(out)
    this.push(out)
  }
}

/**
 * The uncompressed tar as it passes: hashed (the config's diff_id). A chunk is taken on the next tick, not
 * when zlib hands it over: zlib gives its thread the next piece of the blob only once its handing-over
 * returns, so a chunk hashed and read by the tar reader right away kept zlib's thread idle meanwhile, and
 * the two threads took turns instead of working at once (bench/README.md, "Container images").
 */
class HashTap extends Transform {
  readonly hash = crypto.createHash('sha256')
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    process.nextTick(() => {
      if (this.destroyed) return
      this.hash.update(chunk)
      countForCollection(chunk.length)
      callback(null, chunk)
    })
  }
}

function decompressorFor(head: Buffer): Transform | undefined {
  if (head[0] === 0x1f && head[1] === 0x8b) return zlib.createGunzip({ chunkSize: CHUNK })
  if (head[0] === 0x28 && head[1] === 0xb5 && head[2] === 0x2f && head[3] === 0xfd) return zlib.createZstdDecompress({ chunkSize: CHUNK })
  return undefined
}

const OPAQUE = '.wh..wh..opq'

/** The download of a layer failed: the layer named, the cause's code kept (a cut connection is read again: src/images/index.ts). */
function brokenOff(where: string, reason: unknown): Error {
  const cause = reason as { code?: unknown; message?: unknown } | null
  const broken = new Error(`${where}: reading the blob broke off (${typeof cause?.message === 'string' ? cause.message : String(cause)})`, { cause })
  return Object.assign(broken, { code: cause?.code })
}

/** Streams one layer through the selection; throws LayerDigestError when a digest does not match. */
export async function scanLayer(layer: LayerRef, selection: Selection, again = false): Promise<LayerScan> {
  const scan: LayerScan = { entries: new Map(), whiteouts: new Set(), opaque: new Set(), bytes: 0, noted: new Set() }
  const opened = await layer.open()
  const compressed = new BlobTap(opened.count)
  const uncompressed = new HashTap()
  const extract = tar.extract()
  const links: { path: string; target: string }[] = []

  extract.on('entry', (header, stream, next) => {
    const entryPath = normalizeEntryPath(header.name)
    const base = path.posix.basename(entryPath)
    const dir = path.posix.dirname(entryPath)
    const done = (error?: unknown): void => next(error as Error | undefined)
    if (base.startsWith('.wh.')) {
      if (base === OPAQUE) scan.opaque.add(dir === '.' ? '' : entryPath.slice(0, -OPAQUE.length - 1))
      else if (!base.startsWith('.wh..wh.') && base.length > 4) scan.whiteouts.add(dir === '.' ? base.slice(4) : `${dir}/${base.slice(4)}`)
      stream.on('end', done).resume()
      return
    }
    if (header.type === 'symlink') {
      if (selection.wantsLink(entryPath)) scan.entries.set(entryPath, { type: 'symlink', layer: layer.diffId, target: header.linkname })
      stream.on('end', done).resume()
      return
    }
    if (header.type === 'link') {
      // A hardlink to a file earlier in this layer: shares the handled value when that file was kept.
      if (selection.wantsLink(entryPath) || selection.handlerFor({ path: entryPath, size: 0, mode: header.mode ?? 0 }))
        links.push({ path: entryPath, target: normalizeEntryPath(header.linkname) })
      if (selection.notes?.(entryPath)) scan.noted.add(entryPath)
      stream.on('end', done).resume()
      return
    }
    const info: EntryInfo = { path: entryPath, size: header.size ?? 0, mode: header.mode ?? 0 }
    const regular = header.type === 'file' || header.type === 'contiguous-file'
    if (regular && selection.notes?.(entryPath)) scan.noted.add(entryPath)
    const handler = regular ? selection.handlerFor(info) : undefined
    if (!handler) {
      stream.on('end', done).resume()
      return
    }
    let sink: FileSink
    let failure: string | undefined
    try {
      sink = handler(info)
    } catch (error) {
      scan.entries.set(entryPath, { type: 'error', layer: layer.diffId, message: error instanceof Error ? error.message : String(error) })
      stream.on('end', done).resume()
      return
    }
    stream.on('data', (chunk: unknown) => {
      if (failure !== undefined) return
      try {
        sink.write(chunk as Buffer)
      } catch (error) {
        failure = error instanceof Error ? error.message : String(error)
      }
    })
    stream.on('end', () => {
      const finish = failure !== undefined ? Promise.reject(new Error(failure)) : sink.end()
      finish.then(
        (value) => {
          scan.entries.set(entryPath, { type: 'file', layer: layer.diffId, value })
          done()
        },
        (error: unknown) => {
          const line = (error as { line?: unknown } | null)?.line
          scan.entries.set(entryPath, {
            type: 'error',
            layer: layer.diffId,
            message: error instanceof Error ? error.message : String(error),
            ...(typeof line === 'number' ? { line } : {})
          })
          done()
        }
      )
    })
  })

  // The decompressor is chosen once the first chunk is seen: until then the blob waits in `compressed`.
  const download = pipeline(opened.stream, compressed)
  const where = `layer ${layer.index + 1} (${layer.digest ?? layer.diffId})`
  const head = await Promise.race([compressed.head, download.then(() => compressed.head)]).catch((error: unknown) => {
    throw brokenOff(where, error)
  })
  const decompressor = decompressorFor(head)
  const stages: NodeJS.ReadWriteStream[] = decompressor ? [decompressor, uncompressed] : [uncompressed]
  const [received, read] = await Promise.allSettled([download, pipeline(compressed, ...(stages as [Transform]), extract)])
  // The cause, not its echo: a failed download closes the reading stages prematurely, and the reverse.
  if (received.status === 'rejected' && (read.status === 'fulfilled' || (read.reason as { code?: unknown } | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE'))
    throw brokenOff(where, received.reason)
  if (read.status === 'rejected') {
    // zlib's and tar's own checks (CRC, length, headers) fail before the digest can be compared: the blob is
    // not what its digest says, or not a layer.
    const reason = read.reason as { code?: unknown; message?: unknown } | null
    if (reason && reason.code !== 'ERR_STREAM_PREMATURE_CLOSE' && typeof reason.message === 'string')
      throw new LayerDigestError(`${where}: cannot be read as a layer (${reason.message}): the blob is corrupt or not what its digest names`)
    throw read.reason
  }
  // Whatever follows the tar's end-of-archive blocks is still part of the blob and the diff_id.
  scan.bytes = compressed.bytes
  const blobDigest = `sha256:${compressed.hash.digest('hex')}`
  const diffId = `sha256:${uncompressed.hash.digest('hex')}`
  if (layer.digest?.startsWith('sha256:') && layer.digest !== blobDigest) throw new LayerDigestError(`${where}: the blob has digest ${blobDigest}`)
  if (layer.size !== undefined && layer.digest && layer.size !== compressed.bytes)
    throw new LayerDigestError(`${where}: the blob has ${compressed.bytes} bytes, the manifest says ${layer.size}`)
  if (layer.diffId.startsWith('sha256:') && layer.diffId !== diffId)
    throw new LayerDigestError(`${where}: the uncompressed tar has digest ${diffId}, the config's diff_id is ${layer.diffId}`)
  const unread = links.filter((link) => !scan.entries.has(link.target) && !scan.entries.has(link.path))
  if (unread.length > 0 && !again) {
    // A wanted path hardlinked to a file the selection did not want (it came first in the tar, under another
    // name): the layer is read once more, that file handled as the wanted path.
    const targets = new Map<string, string>()
    for (const link of unread) if (!targets.has(link.target)) targets.set(link.target, link.path)
    const onlyForLinks = new Set<string>()
    const again = await scanLayer(
      layer,
      {
        wantsLink: (entryPath) => selection.wantsLink(entryPath),
        notes: (entryPath) => selection.notes?.(entryPath) ?? false,
        handlerFor: (entry) => {
          const own = selection.handlerFor(entry)
          const as = targets.get(entry.path)
          if (own || !as) return own
          onlyForLinks.add(entry.path)
          return selection.handlerFor({ ...entry, path: as })
        }
      },
      true
    )
    // The target was read for the links to it: it is kept at their paths only.
    for (const target of onlyForLinks) again.entries.delete(target)
    return again
  }
  for (const link of links) {
    const target = scan.entries.get(link.target)
    if (target) scan.entries.set(link.path, target)
  }
  return scan
}

/** The merged view of the layers read so far, top-down. */
export class MergedView {
  readonly entries = new Map<string, KeptEntry>()
  private readonly hidden = new Set<string>()
  private readonly opaque = new Set<string>()
  /** Noted files of the layers read (`Selection.notes`), not hidden by a layer above. */
  readonly noted = new Set<string>()
  layersRead = 0

  /**
   * The path with the recorded symlinks of its parent directories followed (`var/lib/dpkg` → `/usr/lib/dpkg`,
   * usr-merged `lib` → `usr/lib`); the last component is left as it is.
   */
  realPath(entryPath: string): string {
    let parts = entryPath.split('/').filter(Boolean)
    let hops = 0
    for (let index = 0; index < parts.length - 1; index += 1) {
      const prefix = parts.slice(0, index + 1).join('/')
      const entry = this.entries.get(prefix)
      if (entry?.type !== 'symlink' || hops >= 16) continue
      hops += 1
      const base = entry.target.startsWith('/') ? '' : path.posix.dirname(prefix)
      const target = normalizeEntryPath(path.posix.join(base, entry.target))
      parts = [...target.split('/').filter(Boolean), ...parts.slice(index + 1)]
      index = -1
    }
    return parts.join('/')
  }

  /** Hidden by a whiteout or opaque directory of a layer above those read into the view so far. */
  isHidden(entryPath: string): boolean {
    let current = entryPath
    if (this.hidden.has(current)) return true
    for (;;) {
      const slash = current.lastIndexOf('/')
      const parent = slash < 0 ? '' : current.slice(0, slash)
      if (this.opaque.has(parent)) return true
      if (slash < 0) return false
      if (this.hidden.has(parent)) return true
      current = parent
    }
  }

  /** Decided: a higher layer has it, or hides it. */
  isDecided(entryPath: string): boolean {
    return this.entries.has(entryPath) || this.isHidden(entryPath)
  }

  /** Adds the next lower layer. */
  add(scan: LayerScan): void {
    for (const entryPath of scan.noted) if (!this.isHidden(entryPath)) this.noted.add(entryPath)
    for (const [entryPath, entry] of scan.entries) {
      if (!this.entries.has(entryPath) && !this.isHidden(entryPath)) this.entries.set(entryPath, entry)
    }
    for (const entryPath of scan.whiteouts) this.hidden.add(entryPath)
    for (const dir of scan.opaque) this.opaque.add(dir)
    this.layersRead += 1
  }

  /** The entry at a path, following recorded symlinks (at most 8). */
  resolve(entryPath: string): { path: string; entry: KeptEntry } | undefined {
    let current = entryPath
    for (let hops = 0; hops < 8; hops += 1) {
      let entry = this.entries.get(current)
      if (!entry) {
        current = this.realPath(current)
        entry = this.entries.get(current)
      }
      if (!entry) return undefined
      if (entry.type !== 'symlink') return { path: current, entry }
      const base = entry.target.startsWith('/') ? '' : path.posix.dirname(current)
      current = normalizeEntryPath(path.posix.join(base, entry.target))
    }
    return undefined
  }

  /** Whether a path is settled: decided, and when a symlink, its target too. */
  isSettled(entryPath: string): boolean {
    let current = entryPath
    for (let hops = 0; hops < 8; hops += 1) {
      if (!this.isDecided(current)) return false
      const entry = this.entries.get(current)
      if (!entry || entry.type !== 'symlink') return true
      const base = entry.target.startsWith('/') ? '' : path.posix.dirname(current)
      current = normalizeEntryPath(path.posix.join(base, entry.target))
    }
    return true
  }
}
