/**
 * Language packages inside an image: npm `node_modules/**\/package.json`, Python `*.dist-info/METADATA` and
 * `*.egg-info` (`PKG-INFO`), Go binaries' embedded build info (the `\xff Go buildinf:` blob, Go ≥ 1.18
 * inline form, found by streaming the file: no whole binary is held), and Java archives' `pom.properties`
 * (jar/war/ear opened with yauzl, nested archives one level down).
 */
import fs from 'node:fs'
import type yauzl from 'yauzl'

export interface LanguagePackage {
  ecosystem: 'npm' | 'PyPI' | 'Go' | 'Maven'
  name: string
  version: string
  license?: string
  /** For a Go binary's main module, or a nested archive: what inside the file names it. */
  detail?: string
}

export function parseNpmPackageJson(text: string): LanguagePackage[] {
  const json = JSON.parse(text) as { name?: unknown; version?: unknown; license?: unknown }
  if (typeof json.name !== 'string' || typeof json.version !== 'string' || !json.name || !json.version) return []
  return [{ ecosystem: 'npm', name: json.name, version: json.version, ...(typeof json.license === 'string' ? { license: json.license } : {}) }]
}

/** Core metadata (email-header style, packaging.python.org core-metadata): Name, Version, License(-Expression). */
export function parsePythonMetadata(text: string): LanguagePackage[] {
  const headers: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break
    const match = /^([A-Za-z-]+):\s?(.*)$/.exec(line)
    if (match && !(match[1]!.toLowerCase() in headers)) headers[match[1]!.toLowerCase()] = match[2]!.trim()
  }
  if (!headers.name || !headers.version) return []
  const license = headers['license-expression'] || (headers.license && headers.license !== 'UNKNOWN' ? headers.license : undefined)
  return [{ ecosystem: 'PyPI', name: headers.name, version: headers.version, ...(license ? { license } : {}) }]
}

const GO_MAGIC = Buffer.from('\xff Go buildinf:', 'latin1')
const GO_MAX_INFO = 4 * 1024 * 1024

function readUvarint(data: Buffer, at: number): { value: number; next: number } | undefined {
  let value = 0
  let shift = 0
  for (let index = at; index < data.length && index < at + 10; index += 1) {
    const byte = data[index]!
    value += (byte & 0x7f) * 2 ** shift
    if (byte < 0x80) return { value, next: index + 1 }
    shift += 7
  }
  return undefined
}

/** The Go version and modinfo of a build info blob starting at the magic; undefined when more bytes are needed; null when not one. */
function decodeGoBuildInfo(blob: Buffer): { goVersion: string; modinfo: string } | undefined | null {
  if (blob.length < 32) return undefined
  const flags = blob[15]!
  if ((flags & 0x2) === 0) return null // pre-1.18 pointer form: not read
  const version = readUvarint(blob, 32)
  if (!version) return blob.length > 42 ? null : undefined
  if (version.value > 1024) return null
  if (version.next + version.value > blob.length) return undefined
  const goVersion = blob.toString('utf8', version.next, version.next + version.value)
  const info = readUvarint(blob, version.next + version.value)
  if (!info) return undefined
  if (info.value > GO_MAX_INFO) return null
  if (info.next + info.value > blob.length) return undefined
  let bytes = blob.subarray(info.next, info.next + info.value)
  // The modinfo string is framed by 16-byte sentinels.
  if (bytes.length >= 33 && bytes[bytes.length - 17] === 0x0a) bytes = bytes.subarray(16, bytes.length - 16)
  const modinfo = bytes.toString('utf8')
  if (!goVersion.startsWith('go') && !goVersion.startsWith('devel')) return null
  return { goVersion, modinfo }
}

/** Modules of a Go modinfo: the main module (`mod`) and dependencies (`dep`), replacements (`=>`) applied. */
export function parseGoModinfo(modinfo: string, goVersion: string): LanguagePackage[] {
  const packages: LanguagePackage[] = [{ ecosystem: 'Go', name: 'stdlib', version: goVersion.replace(/^go/, 'v').split(' ')[0]!, detail: 'toolchain' }]
  for (const line of modinfo.split('\n')) {
    const [kind, modulePath, version] = line.split('\t')
    if ((kind === 'mod' || kind === 'dep') && modulePath && version)
      packages.push({ ecosystem: 'Go', name: modulePath, version, ...(kind === 'mod' ? { detail: 'main module' } : {}) })
    else if (kind === '=>' && modulePath && version && packages.length > 1) {
      const replaced = packages[packages.length - 1]!
      packages[packages.length - 1] = { ...replaced, name: modulePath, version }
    }
  }
  // A main module built from a checkout is "(devel)": no version to match.
  return packages.filter((pkg) => pkg.version !== '(devel)')
}

/**
 * Scans an executable's bytes for the Go build info without holding the file: ELF files only (checked on
 * the first bytes), the magic searched across chunk boundaries at 16-byte aligned offsets, then the blob
 * collected until it decodes.
 */
export class GoBuildInfoScanner {
  private offset = 0
  private tail = Buffer.alloc(0)
  private collected: Buffer[] | undefined
  private collectedLength = 0
  private notElf = false
  result: { goVersion: string; modinfo: string } | undefined

  write(chunk: Buffer): void {
    if (this.result || this.notElf) return
    if (this.offset === 0 && this.tail.length === 0) {
      if (chunk.length >= 4 && !(chunk[0] === 0x7f && chunk[1] === 0x45 && chunk[2] === 0x4c && chunk[3] === 0x46)) {
        this.notElf = true
        return
      }
    }
    if (this.collected) {
      this.offset += chunk.length
      this.collected.push(chunk)
      this.collectedLength += chunk.length
      this.tryDecode()
      return
    }
    const window = Buffer.concat([this.tail, chunk])
    const windowStart = this.offset - this.tail.length
    let from = 0
    for (;;) {
      const found = window.indexOf(GO_MAGIC, from)
      if (found < 0) break
      if ((windowStart + found) % 16 === 0) {
        this.collected = [window.subarray(found)]
        this.collectedLength = window.length - found
        this.offset += chunk.length
        this.tryDecode()
        return
      }
      from = found + 1
    }
    this.offset += chunk.length
    this.tail = Buffer.from(window.subarray(Math.max(0, window.length - GO_MAGIC.length + 1)))
  }

  private tryDecode(): void {
    const blob = Buffer.concat(this.collected!)
    this.collected = [blob]
    const decoded = decodeGoBuildInfo(blob)
    if (decoded) {
      this.result = decoded
      this.collected = undefined
    } else if (decoded === null || this.collectedLength > GO_MAX_INFO + 64) {
      // Not a build info blob after all (the magic inside other data): keep scanning after it.
      this.collected = undefined
      this.tail = Buffer.alloc(0)
    }
  }

  packages(): LanguagePackage[] {
    return this.result ? parseGoModinfo(this.result.modinfo, this.result.goVersion) : []
  }
}

function parseProperties(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#') || line.startsWith('!')) continue
    const match = /^([^=:\s]+)\s*[=:]\s*(.*)$/.exec(line)
    if (match) values[match[1]!] = match[2]!
  }
  return values
}

const ARCHIVE = /\.(jar|war|ear|par|sar|jpi|hpi|kar|rar|nar)$/i
const MAX_NESTED_ARCHIVE = 64 * 1024 * 1024
const MAX_PROPERTIES = 64 * 1024

/** yauzl is loaded with the first Java archive (most images have none). */
let zipModule: Promise<typeof yauzl> | undefined

async function openZip(source: string | Buffer): Promise<yauzl.ZipFile> {
  const zipLibrary = await (zipModule ??= import('yauzl').then((module) => ((module as { default?: typeof yauzl }).default ?? module) as typeof yauzl))
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, zip?: yauzl.ZipFile): void => (error || !zip ? reject(error ?? new Error('not a zip archive')) : resolve(zip))
    if (typeof source === 'string') zipLibrary.open(source, { lazyEntries: true, autoClose: false }, done)
    else zipLibrary.fromBuffer(source, { lazyEntries: true }, done)
  })
}

function readZipEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (entry.uncompressedSize > limit) {
      reject(new Error(`${entry.fileName} is larger than ${limit} bytes`))
      return
    }
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) {
        reject(error ?? new Error(`cannot read ${entry.fileName}`))
        return
      }
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => resolve(Buffer.concat(chunks)))
      stream.on('error', reject)
    })
  })
}

/** Maven coordinates from `META-INF/maven/<group>/<artifact>/pom.properties` of an archive (and archives inside it). */
export async function readJavaArchive(source: string | Buffer, depth = 0): Promise<LanguagePackage[]> {
  const zip = await openZip(source)
  const packages: LanguagePackage[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const name = entry.fileName
        const handle = async (): Promise<void> => {
          if (/^META-INF\/maven\/[^/]+\/[^/]+\/pom\.properties$/.test(name)) {
            const properties = parseProperties((await readZipEntry(zip, entry, MAX_PROPERTIES)).toString('utf8'))
            if (properties.groupId && properties.artifactId && properties.version)
              packages.push({ ecosystem: 'Maven', name: `${properties.groupId}:${properties.artifactId}`, version: properties.version })
          } else if (depth === 0 && ARCHIVE.test(name) && entry.uncompressedSize <= MAX_NESTED_ARCHIVE) {
            for (const nested of await readJavaArchive(await readZipEntry(zip, entry, MAX_NESTED_ARCHIVE), depth + 1))
              packages.push({ ...nested, detail: nested.detail ?? name })
          }
        }
        handle().then(() => zip.readEntry(), reject)
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
  return packages
}

export function isJavaArchive(entryPath: string): boolean {
  return ARCHIVE.test(entryPath)
}

/** Removes a spilled file (best effort). */
export function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true })
  } catch {
    // the temp directory is removed afterwards anyway
  }
}
