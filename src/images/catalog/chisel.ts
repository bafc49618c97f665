/**
 * Chisel's manifest (`var/lib/chisel/manifest.wall`), the only package record of an Ubuntu image Chisel cut
 * from package slices (no dpkg database there). Format (Chisel's "Manifest" reference, and its
 * `public/jsonwall` and `public/manifest` packages): a zstd-compressed "jsonwall" text, one JSON object per
 * line — first a header `{"jsonwall":"1.0","schema":"1.0","count":N}` (N counts the lines, header included),
 * then entries sorted by their bytes, each with a `kind`:
 * - `package`: `name`, `version`, `sha256` (of the .deb), `arch` — one per package a slice came from;
 * - `slice`: `name` (`<package>_<slice>`);
 * - `path`: `path`, `mode`, `slices`, `sha256`, `final_sha256`, `size`, `link`, `inode` — a file or directory written;
 * - `content`: `slice`, `path` — which slice wrote which path.
 *
 * The manifest records binary packages only: not the source package Ubuntu's advisories are keyed on.
 */
import zlib from 'node:zlib'

export interface ChiselPackage {
  name: string
  version: string
  arch?: string
  /** 1-based line of the entry in the uncompressed manifest. */
  line: number
}

export interface ChiselManifest {
  packages: ChiselPackage[]
  /** Paths written (without the leading `/`) that `keep` kept. */
  paths: string[]
}

export class ChiselManifestError extends Error {
  constructor(
    message: string,
    readonly line?: number
  ) {
    super(message)
    this.name = 'ChiselManifestError'
  }
}

/** The schema of manifest this reader knows (Chisel's `manifest.Schema`). */
const SCHEMA = '1.0'

/**
 * Reads a manifest: `bytes` zstd-compressed (as Chisel writes it) or already plain text. `keep` chooses the
 * written paths to return (none by default). At most `maxText` bytes of text.
 */
export function parseChiselManifest(bytes: Buffer, keep: (file: string) => boolean = () => false, maxText = 64 * 1024 * 1024): ChiselManifest {
  let text: Buffer
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0xfd2fb528) {
    try {
      text = zlib.zstdDecompressSync(bytes, { maxOutputLength: maxText })
    } catch (error) {
      throw new ChiselManifestError(`not a readable zstd stream: ${(error as Error).message}`)
    }
  } else text = bytes
  const packages: ChiselPackage[] = []
  const paths: string[] = []
  let line = 0
  let start = 0
  let header: { count: number } | undefined
  let entries = 0
  while (start < text.length) {
    let end = text.indexOf(10, start)
    if (end < 0) end = text.length
    line += 1
    const raw = text.toString('utf8', start, end).replace(/\r$/, '')
    start = end + 1
    if (raw.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch {
      throw new ChiselManifestError('a line that is not a JSON object', line)
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new ChiselManifestError('a line that is not a JSON object', line)
    const entry = value as Record<string, unknown>
    if (!header) {
      if (typeof entry.jsonwall !== 'string') throw new ChiselManifestError('no jsonwall header on the first line', line)
      if (!entry.jsonwall.startsWith('1.')) throw new ChiselManifestError(`jsonwall version ${JSON.stringify(entry.jsonwall)}, not 1.x`, line)
      if (entry.schema !== SCHEMA) throw new ChiselManifestError(`manifest schema ${JSON.stringify(entry.schema ?? null)}, chaingate reads ${SCHEMA}`, line)
      header = { count: typeof entry.count === 'number' ? entry.count : -1 }
      continue
    }
    entries += 1
    if (entry.kind === 'package') {
      const name = typeof entry.name === 'string' ? entry.name : ''
      const version = typeof entry.version === 'string' ? entry.version : ''
      if (!name || !version) throw new ChiselManifestError('a package entry without a name or version', line)
      packages.push({ name, version, ...(typeof entry.arch === 'string' && entry.arch ? { arch: entry.arch } : {}), line })
    } else if (entry.kind === 'path' && typeof entry.path === 'string') {
      const file = entry.path.replace(/^\/+/, '')
      if (file && !file.endsWith('/') && keep(file)) paths.push(file)
    }
  }
  if (!header) throw new ChiselManifestError('empty: no jsonwall header')
  // The header counts its own line: a manifest cut short says so rather than listing fewer packages.
  if (header.count >= 0 && header.count !== entries + 1)
    throw new ChiselManifestError(`the header counts ${header.count} lines and the manifest has ${entries + 1}: it is incomplete`)
  return { packages, paths }
}
