/**
 * Rust binaries built with cargo-auditable: the crates compiled in, as the `.dep-v0` ELF section records them
 * (zlib-compressed JSON `{"packages":[{"name","version","source","kind","dependencies","root"}]}`; the format
 * Syft and Trivy read too). Found while the file streams past, never held whole: the ELF header and program
 * headers come first and say where the loadable segments end; what follows them (the sections no program loads:
 * `.comment`, `.dep-v0`, symbols, section names, the section header table) is kept, up to 4 MB from the end,
 * and read when the file ends — only for a Rust program: one whose loaded bytes hold the `/rustc/<commit>/`
 * paths Rust's standard library leaves in every binary (its panic locations), so the thousands of other
 * executables of an image are not copied (that copying cost ~1 s and 6 MB of peak memory on a 60,000-file image). Build dependencies (`"kind": "build"`: build scripts, proc macros) run at build
 * time and are not in the binary: left out, as Trivy does.
 */
import zlib from 'node:zlib'
import type { LanguagePackage } from './language.js'

/** What is kept after the loadable segments: a stripped binary's is kilobytes, one with debug info may be more. */
const MAX_TAIL = 4 * 1024 * 1024
const MAX_HEAD = 64 * 1024
const MAX_JSON = 16 * 1024 * 1024
const SECTION = '.dep-v0'
/** In the read-only data of every Rust binary: the standard library's source paths, remapped to `/rustc/<commit>/`. */
const RUST_MARK = Buffer.from('/rustc/')

interface ElfLayout {
  is64: boolean
  shoff: number
  shentsize: number
  shnum: number
  shstrndx: number
  /** Where the last loadable segment ends in the file: the kept bytes start here. */
  tailStart: number
}

/** ELF header and program headers (little-endian ELF32/ELF64); null when not such a file. */
function parseElfHead(head: Buffer): ElfLayout | null | undefined {
  if (head.length < 64) return undefined
  if (head.readUInt32BE(0) !== 0x7f454c46) return null
  const elfClass = head[4]
  if (head[5] !== 1 || (elfClass !== 1 && elfClass !== 2)) return null
  const is64 = elfClass === 2
  const phoff = is64 ? Number(head.readBigUInt64LE(32)) : head.readUInt32LE(28)
  const shoff = is64 ? Number(head.readBigUInt64LE(40)) : head.readUInt32LE(32)
  const phentsize = head.readUInt16LE(is64 ? 54 : 42)
  const phnum = head.readUInt16LE(is64 ? 56 : 44)
  const shentsize = head.readUInt16LE(is64 ? 58 : 46)
  const shnum = head.readUInt16LE(is64 ? 60 : 48)
  const shstrndx = head.readUInt16LE(is64 ? 62 : 50)
  if (shoff === 0 || shnum === 0 || shentsize < (is64 ? 64 : 40) || phentsize < (is64 ? 56 : 32)) return null
  if (phoff + phnum * phentsize > MAX_HEAD) return null
  if (head.length < phoff + phnum * phentsize) return undefined
  let tailStart = 0
  for (let index = 0; index < phnum; index += 1) {
    const base = phoff + index * phentsize
    if (head.readUInt32LE(base) !== 1) continue // PT_LOAD
    const offset = is64 ? Number(head.readBigUInt64LE(base + 8)) : head.readUInt32LE(base + 4)
    const size = is64 ? Number(head.readBigUInt64LE(base + 32)) : head.readUInt32LE(base + 16)
    tailStart = Math.max(tailStart, offset + size)
  }
  return { is64, shoff, shentsize, shnum, shstrndx, tailStart: Math.min(tailStart, shoff) }
}

export class RustAuditScanner {
  private head: Buffer[] = []
  private headLength = 0
  private layout: ElfLayout | null | undefined
  private offset = 0
  private tail: Buffer[] = []
  private tailLength = 0
  /** File offset of the first kept byte. */
  private tailFrom = 0
  /** Whether the Rust mark was seen; until then nothing is kept. */
  private rust = false
  /** The last bytes of the previous chunk, for a mark split across two chunks. */
  private carry: Buffer | undefined

  write(chunk: Buffer): void {
    if (this.layout === null) return
    const start = this.offset
    this.offset += chunk.length
    if (this.layout === undefined) {
      // The first chunks are held (not copied: the stream never reuses a chunk it handed over) until the
      // headers, within MAX_HEAD, are read; then they are replayed.
      this.head.push(chunk)
      this.headLength += chunk.length
      const first = this.head.length === 1 ? chunk : Buffer.concat(this.head, Math.min(this.headLength, MAX_HEAD))
      this.layout = parseElfHead(first.length > MAX_HEAD ? first.subarray(0, MAX_HEAD) : first)
      if (this.layout === undefined && this.headLength >= MAX_HEAD) this.layout = null
      if (!this.layout) {
        if (this.layout === null) this.head = []
        return
      }
      const held = this.head
      this.head = []
      let at = 0
      for (const piece of held) {
        this.keep(piece, at)
        at += piece.length
      }
      return
    }
    this.keep(chunk, start)
  }

  /** Keeps what of `chunk` (at file offset `start`) is past the loadable segments, the last MAX_TAIL bytes of it. */
  private keep(chunk: Buffer, start: number): void {
    const layout = this.layout!
    if (!this.rust) {
      if (start < layout.tailStart) {
        // The chunk itself, and the few bytes across its start (a mark split between two chunks).
        const across = this.carry ? Buffer.concat([this.carry, chunk.subarray(0, RUST_MARK.length - 1)]) : undefined
        this.rust = chunk.indexOf(RUST_MARK) >= 0 || (across !== undefined && across.indexOf(RUST_MARK) >= 0)
        this.carry = Buffer.from(chunk.subarray(Math.max(0, chunk.length - (RUST_MARK.length - 1))))
      }
      // The mark is in the loaded data, before anything kept: past it, a file without one is not Rust.
      if (!this.rust) return
    }
    const end = start + chunk.length
    const from = Math.max(start, layout.tailStart)
    if (from >= end) return
    if (this.tailLength === 0) this.tailFrom = from
    this.tail.push(Buffer.from(chunk.subarray(from - start)))
    this.tailLength += end - from
    // Only the last MAX_TAIL bytes: what is over is dropped from the front.
    while (this.tailLength > MAX_TAIL) {
      const over = this.tailLength - MAX_TAIL
      const first = this.tail[0]!
      if (first.length <= over) this.tail.shift()
      else this.tail[0] = first.subarray(over)
      const dropped = Math.min(first.length, over)
      this.tailLength -= dropped
      this.tailFrom += dropped
    }
  }

  /** The crates, or the reason they could not be read; nothing for a binary without cargo-auditable's section. */
  finish(): { packages: LanguagePackage[]; problem?: string } {
    const layout = this.layout
    if (!layout) return { packages: [] }
    const tail = Buffer.concat(this.tail)
    this.tail = []
    const at = (offset: number, length: number): Buffer | undefined =>
      offset >= this.tailFrom && offset + length <= this.tailFrom + tail.length
        ? tail.subarray(offset - this.tailFrom, offset - this.tailFrom + length)
        : undefined
    const section = (index: number): { name: number; offset: number; size: number } | undefined => {
      const header = at(layout.shoff + index * layout.shentsize, layout.shentsize)
      if (!header) return undefined
      return layout.is64
        ? { name: header.readUInt32LE(0), offset: Number(header.readBigUInt64LE(24)), size: Number(header.readBigUInt64LE(32)) }
        : { name: header.readUInt32LE(0), offset: header.readUInt32LE(16), size: header.readUInt32LE(20) }
    }
    const names = section(layout.shstrndx)
    const strings = names ? at(names.offset, names.size) : undefined
    if (!strings) return { packages: [] }
    for (let index = 0; index < layout.shnum; index += 1) {
      const header = section(index)
      if (!header || header.name >= strings.length) continue
      const end = strings.indexOf(0, header.name)
      if (strings.toString('latin1', header.name, end < 0 ? strings.length : end) !== SECTION) continue
      const compressed = at(header.offset, header.size)
      if (!compressed)
        return { packages: [], problem: `cargo-auditable's ${SECTION} section is more than ${MAX_TAIL} bytes before the end of the file: not read` }
      try {
        return { packages: parseAuditData(compressed) }
      } catch (error) {
        return { packages: [], problem: (error as Error).message }
      }
    }
    return { packages: [] }
  }
}

/** The crates of a `.dep-v0` section (zlib-compressed JSON), build dependencies left out. */
export function parseAuditData(compressed: Buffer): LanguagePackage[] {
  let json: unknown
  try {
    json = JSON.parse(zlib.inflateSync(compressed, { maxOutputLength: MAX_JSON }).toString('utf8'))
  } catch (error) {
    throw new Error(`cargo-auditable's ${SECTION} section is not zlib-compressed JSON: ${(error as Error).message}`, { cause: error })
  }
  const packages = (json as { packages?: unknown }).packages
  if (!Array.isArray(packages)) throw new Error(`cargo-auditable's ${SECTION} section has no packages list`)
  const found: LanguagePackage[] = []
  for (const entry of packages as { name?: unknown; version?: unknown; kind?: unknown }[]) {
    if (typeof entry?.name !== 'string' || typeof entry.version !== 'string' || !entry.name || !entry.version) continue
    if (entry.kind === 'build') continue
    found.push({ ecosystem: 'crates.io', name: entry.name, version: entry.version })
  }
  return found
}
