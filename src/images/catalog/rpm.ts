/**
 * RPM databases: `rpmdb.sqlite` (table `Packages(hnum, blob)`, opened read-only with node:sqlite) and the
 * NDB `Packages.db` (rpm `lib/backend/ndb/rpmpkg.c`: a 32-byte header "RpmP", slot pages of 16-byte
 * "Slot" entries pointing at 16-byte blocks, each a "BlbS" blob header then the blob). Every blob is an rpm
 * header image as rpm stores it (`lib/header.c`): big-endian index count and data length, 16-byte index
 * entries (tag, type, offset, count), then the data store. BerkeleyDB `Packages` is not read (reported).
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
  /** Absolute paths the package owns (`/usr/bin/x`). */
  files: string[]
}

const TAG = { name: 1000, version: 1001, release: 1002, epoch: 1003, license: 1014, arch: 1022, sourceRpm: 1044, dirIndexes: 1116, baseNames: 1117, dirNames: 1118 } as const
const TYPE = { int32: 4, string: 6, stringArray: 8, i18nString: 9 } as const

interface IndexEntry {
  type: number
  offset: number
  count: number
}

/** Reads the tags chaingate needs from a header blob; throws on a blob that is not one. */
export function parseRpmHeader(blob: Uint8Array): RpmPackage {
  const data = Buffer.from(blob.buffer, blob.byteOffset, blob.byteLength)
  if (data.length < 8) throw new Error('rpm header blob shorter than 8 bytes')
  const indexCount = data.readUInt32BE(0)
  const dataLength = data.readUInt32BE(4)
  const storeStart = 8 + indexCount * 16
  if (indexCount > 100_000 || storeStart + dataLength > data.length) throw new Error(`rpm header blob of ${data.length} bytes cannot hold ${indexCount} entries and ${dataLength} data bytes`)
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
    if (entry.type !== TYPE.string && entry.type !== TYPE.stringArray && entry.type !== TYPE.i18nString) throw new Error(`rpm header tag ${tag} has type ${entry.type}, not a string`)
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
      if (dir !== undefined) pkg.files.push(`${dir}${baseNames[index]}`)
    }
  }
  return pkg
}

/** The source package name of a source RPM file name (`openssl-3.0.7-27.el9.src.rpm` → `openssl`). */
export function sourceRpmName(sourceRpm: string): string {
  const match = /^(.+)-[^-]+-[^-]+\.(?:no)?src\.rpm$/.exec(sourceRpm)
  return match ? match[1]! : sourceRpm
}

export async function readRpmSqlite(file: string): Promise<RpmPackage[]> {
  const { DatabaseSync } = await import('node:sqlite')
  const database = new DatabaseSync(file, { readOnly: true })
  try {
    const rows = database.prepare('SELECT hnum, blob FROM Packages').all() as { hnum: number; blob: Uint8Array }[]
    return rows.map((row) => {
      try {
        return parseRpmHeader(row.blob)
      } catch (error) {
        throw new Error(`package record ${row.hnum}: ${(error as Error).message}`, { cause: error })
      }
    })
  } finally {
    database.close()
  }
}

const NDB_HEADER_MAGIC = 0x506d7052 // "RpmP"
const NDB_SLOT_MAGIC = 0x746f6c53 // "Slot"
const NDB_BLOB_MAGIC = 0x53626c42 // "BlbS"

export function readRpmNdb(file: string): RpmPackage[] {
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
      if (fs.readSync(fd, blobHeader, 0, 16, offset) !== 16 || blobHeader.readUInt32LE(0) !== NDB_BLOB_MAGIC) throw new Error(`NDB package ${pkgIndex}: no blob at offset ${offset}`)
      if (blobHeader.readUInt32LE(4) !== pkgIndex) throw new Error(`NDB package ${pkgIndex}: the blob belongs to package ${blobHeader.readUInt32LE(4)}`)
      const length = blobHeader.readUInt32LE(12)
      if (length > 64 * 1024 * 1024) throw new Error(`NDB package ${pkgIndex}: blob of ${length} bytes`)
      const blob = Buffer.alloc(length)
      if (fs.readSync(fd, blob, 0, length, offset + 16) !== length) throw new Error(`NDB package ${pkgIndex}: truncated blob`)
      try {
        packages.push(parseRpmHeader(blob))
      } catch (error) {
        throw new Error(`NDB package ${pkgIndex}: ${(error as Error).message}`, { cause: error })
      }
    }
    return packages
  } finally {
    fs.closeSync(fd)
  }
}
