/**
 * RPM databases: `rpmdb.sqlite` (table `Packages(hnum, blob)`, opened read-only with node:sqlite) and the
 * NDB `Packages.db` (rpm `lib/backend/ndb/rpmpkg.c`: a 32-byte header "RpmP", slot pages of 16-byte
 * "Slot" entries pointing at 16-byte blocks, each a "BlbS" blob header then the blob). Every blob is an rpm
 * header image as rpm stores it (`lib/header.c`): big-endian index count and data length, 16-byte index
 * entries (tag, type, offset, count), then the data store. And the Berkeley DB `Packages` of older images
 * (RHEL/CentOS ≤ 8, Amazon Linux 2): a Berkeley DB hash database (below) whose values are header blobs.
 */
import fs from 'node:fs'

export interface RpmPackage {
  name: string
  version: string
  release: string
  epoch?: number
  arch?: string
  sourceRpm?: string
  license?: string
  /** Absolute paths the package owns (`/usr/bin/x`): those `keep` (below) keeps. */
  files: string[]
}

/**
 * Which owned paths to keep (all by default). A large distribution's database lists hundreds of thousands
 * of paths; the catalog keeps those its language catalogers could name a package from, so the memory held
 * does not grow with the number of files the packages own.
 */
export type KeepFile = (file: string) => boolean
const keepAll: KeepFile = () => true

const TAG = {
  name: 1000,
  version: 1001,
  release: 1002,
  epoch: 1003,
  license: 1014,
  arch: 1022,
  sourceRpm: 1044,
  dirIndexes: 1116,
  baseNames: 1117,
  dirNames: 1118
} as const
const TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 } as const

interface IndexEntry {
  type: number
  offset: number
  count: number
}

/** Reads the tags chaingate needs from a header blob; throws on a blob that is not one. */
export function parseRpmHeader(blob: Uint8Array, keep: KeepFile = keepAll): RpmPackage {
  const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength)
  if (data.length < 8) throw new Error('rpm header blob shorter than 8 bytes')
  const indexCount = data.readUInt32BE(0)
  const dataLength = data.readUInt32BE(4)
  const storeStart = 8 + indexCount * 16
  if (indexCount > 100_000 || storeStart + dataLength > data.length)
    throw new Error(`rpm header blob of ${data.length} bytes cannot hold ${indexCount} entries and ${dataLength} data bytes`)
  const entries = new Map<number, IndexEntry>()
  for (let index = 0; index < indexCount; index += 1) {
    const at = 8 + index * 16
    const tag = data.readInt32BE(at)
    if (!entries.has(tag)) entries.set(tag, { type: data.readUInt32BE(at + 4), offset: data.readInt32BE(at + 8), count: data.readUInt32BE(at + 12) })
  }
  const store = data.subarray(storeStart, storeStart + dataLength)
  const strings = (tag: number): string[] | undefined => {
    const entry = entries.get(tag)
    if (!entry) return undefined
    if (entry.type !== TYPE.string && entry.type !== TYPE.stringArray && entry.type !== TYPE.i18nString)
      throw new Error(`rpm header tag ${tag} has type ${entry.type}, not a string`)
    if (entry.offset < 0 || entry.offset > store.length) throw new Error(`rpm header tag ${tag} points outside the data`)
    const values: string[] = []
    let at = entry.offset
    const count = entry.type === TYPE.string ? 1 : entry.count
    for (let index = 0; index < count; index += 1) {
      const end = store.indexOf(0, at)
      if (end < 0) throw new Error(`rpm header tag ${tag}: unterminated string`)
      values.push(store.toString('utf8', at, end))
      at = end + 1
    }
    return values
  }
  const ints = (tag: number): number[] | undefined => {
    const entry = entries.get(tag)
    if (!entry) return undefined
    if (entry.type !== TYPE.int32) throw new Error(`rpm header tag ${tag} has type ${entry.type}, not int32`)
    if (entry.offset < 0 || entry.offset + entry.count * 4 > store.length) throw new Error(`rpm header tag ${tag} points outside the data`)
    return Array.from({ length: entry.count }, (_, index) => store.readInt32BE(entry.offset + index * 4))
  }
  const name = strings(TAG.name)?.[0]
  const version = strings(TAG.version)?.[0]
  const release = strings(TAG.release)?.[0]
  if (!name || version === undefined || release === undefined) throw new Error('rpm header without name, version or release')
  const pkg: RpmPackage = { name, version, release, files: [] }
  const epoch = ints(TAG.epoch)?.[0]
  if (epoch !== undefined) pkg.epoch = epoch
  const arch = strings(TAG.arch)?.[0]
  if (arch) pkg.arch = arch
  const sourceRpm = strings(TAG.sourceRpm)?.[0]
  if (sourceRpm) pkg.sourceRpm = sourceRpm
  const license = strings(TAG.license)?.[0]
  if (license) pkg.license = license
  const baseNames = strings(TAG.baseNames)
  const dirNames = strings(TAG.dirNames)
  const dirIndexes = ints(TAG.dirIndexes)
  if (baseNames && dirNames && dirIndexes) {
    for (let index = 0; index < baseNames.length; index += 1) {
      const dir = dirNames[dirIndexes[index] ?? -1]
      if (dir === undefined) continue
      const file = `${dir}${baseNames[index]}`
      if (keep(file)) pkg.files.push(file)
    }
  }
  return pkg
}

/** The source package name of a source RPM file name (`openssl-3.0.7-27.el9.src.rpm` → `openssl`). */
export function sourceRpmName(sourceRpm: string): string {
  const match = /^(.+)-[^-]+-[^-]+\.(?:no)?src\.rpm$/.exec(sourceRpm)
  return match ? match[1]! : sourceRpm
}

/** Row by row: a full distribution's header blobs are ~100 MB together, and only one is held at a time. */
export async function readRpmSqlite(file: string, keep: KeepFile = keepAll): Promise<RpmPackage[]> {
  const { DatabaseSync } = await import('node:sqlite')
  const database = new DatabaseSync(file, { readOnly: true })
  try {
    const packages: RpmPackage[] = []
    for (const row of database.prepare('SELECT hnum, blob FROM Packages').iterate() as Iterable<{ hnum: number; blob: Uint8Array }>) {
      try {
        packages.push(parseRpmHeader(row.blob, keep))
      } catch (error) {
        throw new Error(`package record ${row.hnum}: ${(error as Error).message}`, { cause: error })
      }
    }
    return packages
  } finally {
    database.close()
  }
}

const NDB_HEADER_MAGIC = 0x506d7052 // "RpmP"
const NDB_SLOT_MAGIC = 0x746f6c53 // "Slot"
const NDB_BLOB_MAGIC = 0x53626c42 // "BlbS"

export function readRpmNdb(file: string, keep: KeepFile = keepAll): RpmPackage[] {
  const fd = fs.openSync(file, 'r')
  try {
    const header = Buffer.alloc(32)
    if (fs.readSync(fd, header, 0, 32, 0) !== 32) throw new Error('NDB file shorter than its header')
    if (header.readUInt32LE(0) !== NDB_HEADER_MAGIC) throw new Error('not an rpm NDB database (no RpmP magic)')
    if (header.readUInt32LE(4) !== 0) throw new Error(`NDB version ${header.readUInt32LE(4)} is not supported`)
    const slotPages = header.readUInt32LE(12)
    if (slotPages === 0 || slotPages > 2048) throw new Error(`NDB slot page count ${slotPages} is out of range`)
    const slots = Buffer.alloc(slotPages * 4096 - 32)
    if (fs.readSync(fd, slots, 0, slots.length, 32) !== slots.length) throw new Error('NDB file shorter than its slot pages')
    const packages: RpmPackage[] = []
    const blobHeader = Buffer.alloc(16)
    for (let at = 0; at < slots.length; at += 16) {
      if (slots.readUInt32LE(at) !== NDB_SLOT_MAGIC) throw new Error(`NDB slot ${at / 16} has a bad magic`)
      const pkgIndex = slots.readUInt32LE(at + 4)
      if (pkgIndex === 0) continue
      const offset = slots.readUInt32LE(at + 8) * 16
      if (fs.readSync(fd, blobHeader, 0, 16, offset) !== 16 || blobHeader.readUInt32LE(0) !== NDB_BLOB_MAGIC)
        throw new Error(`NDB package ${pkgIndex}: no blob at offset ${offset}`)
      if (blobHeader.readUInt32LE(4) !== pkgIndex) throw new Error(`NDB package ${pkgIndex}: the blob belongs to package ${blobHeader.readUInt32LE(4)}`)
      const length = blobHeader.readUInt32LE(12)
      if (length > 64 * 1024 * 1024) throw new Error(`NDB package ${pkgIndex}: blob of ${length} bytes`)
      const blob = Buffer.alloc(length)
      if (fs.readSync(fd, blob, 0, length, offset + 16) !== length) throw new Error(`NDB package ${pkgIndex}: truncated blob`)
      try {
        packages.push(parseRpmHeader(blob, keep))
      } catch (error) {
        throw new Error(`NDB package ${pkgIndex}: ${(error as Error).message}`, { cause: error })
      }
    }
    return packages
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * Berkeley DB hash databases, as rpm ≤ 4.15 wrote `Packages` (read-only: rpm's own `bdb_ro` backend reads
 * them the same way, page by page). Layout (Berkeley DB `dbinc/db_page.h`): page 0 is the hash metadata page
 * (magic 0x061561 at byte 12, format version at 16, page size at 20, encryption algorithm at 24, last page
 * number at 32), in the byte order of the machine that wrote it; every other page starts with a 26-byte
 * header (next page at 16, entry count at 20, free-space offset at 22, page type at 25) followed by the
 * entries' offsets (2 bytes each). Hash pages (types 2 and 13) hold key/value pairs: an item is either inline
 * (type 1, its bytes up to the previous item) or off-page (type 3: first overflow page at +4, total length
 * at +8), an overflow page (type 7) holding its free-space offset's worth of bytes after the header. Keys are
 * rpm's header numbers; the value of key 0 is rpm's counter, not a package.
 */
const BDB_HASH_MAGIC = 0x061561
const PAGE = { hashUnsorted: 2, overflow: 7, hashMeta: 8, hash: 13 } as const
const ITEM = { keyData: 1, offPage: 3 } as const
const PAGE_HEADER = 26

export function readRpmBerkeleyDb(file: string, keep: KeepFile = keepAll): RpmPackage[] {
  const fd = fs.openSync(file, 'r')
  try {
    return readBerkeleyPages(fd, fs.fstatSync(fd).size, keep)
  } finally {
    fs.closeSync(fd)
  }
}

/** Page by page (a database can be larger than what chaingate holds in memory): one page buffer, plus the value being read. */
function readBerkeleyPages(fd: number, fileSize: number, keep: KeepFile): RpmPackage[] {
  const meta = Buffer.alloc(512)
  if (fs.readSync(fd, meta, 0, 512, 0) !== 512) throw new Error('not a Berkeley DB database (shorter than a page)')
  const little = meta.readUInt32LE(12) === BDB_HASH_MAGIC
  if (!little && meta.readUInt32BE(12) !== BDB_HASH_MAGIC) {
    if (meta.readUInt32LE(12) === 0x053162 || meta.readUInt32BE(12) === 0x053162)
      throw new Error('a Berkeley DB btree database, not the hash database rpm writes')
    throw new Error('not a Berkeley DB hash database (no 0x061561 magic)')
  }
  const u32 = (buffer: Buffer, at: number): number => (little ? buffer.readUInt32LE(at) : buffer.readUInt32BE(at))
  const u16 = (buffer: Buffer, at: number): number => (little ? buffer.readUInt16LE(at) : buffer.readUInt16BE(at))
  const version = u32(meta, 16)
  if (version < 8 || version > 10) throw new Error(`Berkeley DB hash format version ${version} is not read (8 to 10 are)`)
  const pageSize = u32(meta, 20)
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) throw new Error(`Berkeley DB page size ${pageSize} is not valid`)
  if (meta[24] !== 0) throw new Error('the Berkeley DB database is encrypted')
  if (meta[25] !== PAGE.hashMeta) throw new Error(`Berkeley DB page 0 has type ${meta[25]}, not hash metadata`)
  const pages = Math.min(u32(meta, 32) + 1, Math.floor(fileSize / pageSize))
  const read = (buffer: Buffer, page: number): Buffer => {
    if (fs.readSync(fd, buffer, 0, pageSize, page * pageSize) !== pageSize) throw new Error(`Berkeley DB page ${page} is truncated`)
    return buffer
  }
  const overflowPage = Buffer.alloc(pageSize)
  const overflow = (first: number, length: number, where: string): Buffer => {
    if (length > 64 * 1024 * 1024) throw new Error(`${where}: value of ${length} bytes`)
    const out = Buffer.alloc(length)
    let filled = 0
    let page = first
    for (let hops = 0; filled < length; hops += 1) {
      if (page === 0 || page >= pages || hops > pages) throw new Error(`${where}: overflow chain broken at page ${page}`)
      read(overflowPage, page)
      if (overflowPage[25] !== PAGE.overflow) throw new Error(`${where}: page ${page} is not an overflow page`)
      const used = u16(overflowPage, 22)
      if (used > pageSize - PAGE_HEADER || filled + used > length) throw new Error(`${where}: overflow page ${page} holds ${used} bytes`)
      overflowPage.copy(out, filled, PAGE_HEADER, PAGE_HEADER + used)
      filled += used
      page = u32(overflowPage, 16)
    }
    return out
  }

  const packages: RpmPackage[] = []
  const data = Buffer.alloc(pageSize)
  for (let page = 1; page < pages; page += 1) {
    read(data, page)
    const type = data[25]
    if (type !== PAGE.hash && type !== PAGE.hashUnsorted) continue
    const entries = u16(data, 20)
    if (PAGE_HEADER + entries * 2 > pageSize) throw new Error(`Berkeley DB page ${page}: ${entries} entries do not fit`)
    const bytes = (index: number, where: string): Buffer => {
      const at = u16(data, PAGE_HEADER + index * 2)
      const end = index === 0 ? pageSize : u16(data, PAGE_HEADER + (index - 1) * 2)
      if (at < PAGE_HEADER + entries * 2 || at >= end || end > pageSize) throw new Error(`Berkeley DB page ${page}: item ${index} is out of the page`)
      if (data[at] === ITEM.keyData) return Buffer.from(data.subarray(at + 1, end))
      if (data[at] === ITEM.offPage) return overflow(u32(data, at + 4), u32(data, at + 8), where)
      throw new Error(`${where}: item type ${data[at]} (duplicates) is not one rpm writes`)
    }
    for (let index = 0; index + 1 < entries; index += 2) {
      const key = bytes(index, `Berkeley DB page ${page}`)
      if (key.length !== 4) throw new Error(`Berkeley DB page ${page}: a key of ${key.length} bytes, not an rpm header number`)
      const number = little ? key.readUInt32LE(0) : key.readUInt32BE(0)
      if (number === 0) continue
      const where = `package record ${number}`
      try {
        packages.push(parseRpmHeader(bytes(index + 1, where), keep))
      } catch (error) {
        throw new Error(`${where}: ${(error as Error).message}`, { cause: error })
      }
    }
  }
  return packages
}
