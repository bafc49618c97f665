/**
 * What the catalogers want from an image's filesystem (the selection handed to the layer reader), and the
 * inventory assembled from the merged view: the distro from `os-release`, OS packages from the dpkg, apk
 * and rpm databases (purls with `distro`, `arch` and `upstream` = source package), language packages
 * (npm, PyPI, Go, Maven) unless an OS package owns the file that names them.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Inventory, InventoryProblem, Package } from '../../inventory/model.js'
import { purlFor } from '../../inventory/purl.js'
import { ubuntuEcosystem } from '../../inventory/ubuntu-releases.js'
import type { EntryInfo, FileSink, MergedView, Selection } from '../layers.js'
import { parseApkInstalled, type ApkPackage } from './apk.js'
import { parseChiselManifest, type ChiselPackage } from './chisel.js'
import { parseDpkgStatus, type DpkgPackage } from './dpkg.js'
import { debianCopyrightLicense } from './dpkg-copyright.js'
import {
  GoBuildInfoScanner,
  isJavaArchive,
  parseBitnamiSpdx,
  parseNpmPackageJson,
  parsePythonMetadata,
  readJavaArchive,
  removeQuietly,
  type LanguagePackage
} from './language.js'
import { parseComposerInstalled, parseDotnetDeps, parseGemspec } from './installed-packages.js'
import { RustAuditScanner } from './rust-audit.js'
import { distroEcosystem, distroQualifier, parseOsRelease, type Distro } from './os-release.js'
import { readRpmBerkeleyDb, readRpmNdb, readRpmSqlite, sourceRpmName, type RpmPackage } from './rpm.js'
import { parseRpmManifest } from './rpm-manifest.js'

export const OS_RELEASE_PATHS = ['etc/os-release', 'usr/lib/os-release'] as const
export const DPKG_STATUS = 'var/lib/dpkg/status'
export const APK_INSTALLED = 'lib/apk/db/installed'
/** Chisel's manifest at the place its `base-files_chisel` slice writes it (Ubuntu images cut by Chisel have no dpkg database). */
export const CHISEL_MANIFEST = 'var/lib/chisel/manifest.wall'
/** The package list of Azure Linux distroless images (their rpm database is removed). */
export const RPM_MANIFEST = 'var/lib/rpmmanifest/container-manifest-2'
const DPKG_STATUS_D = /^var\/lib\/dpkg\/status\.d\/[^/]+$/
const DPKG_LIST = /^var\/lib\/dpkg\/info\/[^/]+\.list$/
/** A dpkg package's copyright file (its license, when machine-readable), and its doc directory (often a symlink to a sibling package's). */
const DPKG_COPYRIGHT = /^usr\/share\/doc\/[^/]+\/copyright$/
const DPKG_DOC_DIR = /^usr\/share\/doc\/[^/]+$/
const RPM_DB = /^(?:var\/lib|usr\/lib\/sysimage|usr\/share)\/rpm\/(rpmdb\.sqlite|Packages\.db|Packages)$/
/** An installed gem's specification (`specifications/default/` holds the gems Ruby itself ships). */
const RUBY_GEMSPEC = /(?:^|\/)specifications\/(?:default\/)?[^/]+\.gemspec$/
const COMPOSER_INSTALLED = /(?:^|\/)vendor\/composer\/installed\.json$/
const DOTNET_DEPS = /[^/]\.deps\.json$/
/** A Bitnami component's SBOM (syft and Trivy read the same files). */
const BITNAMI_SPDX = /^opt\/bitnami\/(?:[^/]+\/)*\.spdx-[^/]+\.spdx$/
const NPM_MANIFEST = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@.][^/]*\/package\.json$/
/**
 * An application's own `package.json` (outside node_modules): kept only when its node_modules holds packages,
 * or when a node_modules link leads to its directory (an npm, pnpm or yarn workspace member, which `npm ls`
 * lists: `node_modules/@mono/api` → `../../packages/api`).
 */
const NPM_APP_MANIFEST = /(?:^|\/)package\.json$/
/** A package's directory in node_modules, as a workspace link (not `.bin/*`, `.pnpm`). */
const NPM_LINK = /(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/@.][^/]*$/
/** `*.dist-info/METADATA`, `*.egg-info/PKG-INFO`, a `*.egg-info` file, and an unzipped egg's `*.egg/EGG-INFO/PKG-INFO`. */
const PYTHON_METADATA = /(?:\.dist-info\/METADATA|\.egg-info\/PKG-INFO|\.egg-info|\.egg\/EGG-INFO\/PKG-INFO)$/
/**
 * Owned paths worth remembering: the files language catalogers name packages from — executables included
 * (bin/, sbin/, libexec/, and dot-less names under lib/, where packages put helper binaries such as Debian's
 * /usr/lib/cni/* Go plugins), so a Go binary a distribution package installed is not listed again. Tested
 * with string searches, not one regular expression: a distribution's file lists are ~130,000 paths, and
 * the expression's `lib/` alternative backtracked over each of them (~70 ms of a 2 s image read).
 */
export function isLanguageFile(file: string): boolean {
  const slash = file.lastIndexOf('/')
  const base = file.slice(slash + 1)
  if (base.endsWith('.jar') || base.endsWith('.war') || base.endsWith('.ear')) return true
  if (base === 'package.json' && file.includes('node_modules/')) return true
  if (base.endsWith('.gemspec') && file.includes('specifications/') && RUBY_GEMSPEC.test(file)) return true
  if ((base === 'installed.json' || base.endsWith('.deps.json')) && (COMPOSER_INSTALLED.test(file) || DOTNET_DEPS.test(file))) return true
  if (file.includes('.dist-info') && /\.dist-info(?:\/|$)/.test(file)) return true
  if (file.includes('.egg-info') && /\.egg-info(?:\/|$)/.test(file)) return true
  if (file.startsWith('bin/') || file.startsWith('sbin/') || file.includes('/bin/') || file.includes('/sbin/') || file.includes('/libexec/')) return true
  // A dot-less name below a `lib/` directory.
  const dir = file.slice(0, slash + 1)
  return base !== '' && !base.includes('.') && (dir.startsWith('lib/') || dir.includes('/lib/'))
}

/** Names that are never a Go program: shared objects, static archives, objects, kernel modules, debug info, text. */
const NOT_GO_BINARY = /\.(?:so(?:\.[0-9.]+)?|a|o|ko|debug|py|pyc|js|json|txt|md|html|css|xml|ya?ml|gz|xz|zst|bz2|zip|jar|png|svg|mo|h)$/i

const MAX_TEXT = 64 * 1024 * 1024
const MAX_SMALL = 1024 * 1024

export type Kept =
  | { kind: 'os-release'; distro: Distro }
  | { kind: 'dpkg'; packages: DpkgPackage[] }
  | { kind: 'dpkg-copyright'; license?: string }
  | { kind: 'owned'; paths: string[] }
  | { kind: 'apk'; packages: ApkPackage[] }
  | { kind: 'rpm'; format: 'rpmdb-sqlite' | 'rpmdb-ndb' | 'rpmdb-bdb' | 'rpm-manifest'; packages: Array<RpmPackage & { line?: number }> }
  | { kind: 'chisel'; packages: ChiselPackage[]; paths: string[] }
  | { kind: 'language'; format: string; packages: LanguagePackage[]; skipped?: string[] }
  | { kind: 'none' }

export class ParseError extends Error {
  constructor(
    message: string,
    readonly line?: number
  ) {
    super(message)
    this.name = 'ParseError'
  }
}

function bufferSink(limit: number, parse: (text: string) => Kept | Promise<Kept>): FileSink {
  return bytesSink(limit, (bytes) => parse(bytes.toString('utf8')))
}

/** The file's bytes, whole, to `parse`. */
function bytesSink(limit: number, parse: (bytes: Buffer) => Kept | Promise<Kept>): FileSink {
  const chunks: Buffer[] = []
  let length = 0
  return {
    write(chunk) {
      length += chunk.length
      if (length > limit) throw new Error(`larger than the ${limit} bytes chaingate reads`)
      chunks.push(chunk)
    },
    async end() {
      // What the parser keeps is copied: its strings are slices of the file's text, which would keep the whole
      // text alive until the image is cataloged (a dpkg status is megabytes for a few kilobytes of fields kept).
      return structuredClone(await parse(Buffer.concat(chunks)))
    }
  }
}

/** Spills the file to the temp directory (a reader needs a file), parses it, removes it. */
function fileSink(tempDir: string, parse: (file: string) => Kept | Promise<Kept>): FileSink {
  const file = path.join(tempDir, `f${Math.random().toString(36).slice(2)}`)
  const fd = fs.openSync(file, 'w', 0o600)
  let closed = false
  const close = (): void => {
    if (!closed) fs.closeSync(fd)
    closed = true
  }
  return {
    write(chunk) {
      try {
        fs.writeSync(fd, chunk)
      } catch (error) {
        close()
        removeQuietly(file)
        throw error
      }
    },
    async end() {
      close()
      try {
        return await parse(file)
      } finally {
        removeQuietly(file)
      }
    }
  }
}

function lineOf(error: unknown): number | undefined {
  return (error as { line?: unknown }).line as number | undefined
}

function wrapLine<T>(run: () => T): T {
  try {
    return run()
  } catch (error) {
    throw new ParseError((error as Error).message, lineOf(error))
  }
}

/**
 * A text file read line by line as it streams (`line` gets the bytes of each, without its newline), never
 * held whole: `finish` gives what is kept.
 */
function linesSink(line: (bytes: Buffer, start: number, end: number) => void, finish: () => Kept): FileSink {
  let rest: Buffer | undefined
  return {
    write(chunk) {
      const bytes = rest ? Buffer.concat([rest, chunk]) : chunk
      let start = 0
      for (let newline = bytes.indexOf(10, start); newline >= 0; newline = bytes.indexOf(10, start)) {
        line(bytes, start, newline)
        start = newline + 1
      }
      rest = start < bytes.length ? Buffer.from(bytes.subarray(start)) : undefined
      if (rest && rest.length > MAX_SMALL) throw new Error(`a line longer than ${MAX_SMALL} bytes`)
    },
    async end() {
      if (rest) line(rest, 0, rest.length)
      return finish()
    }
  }
}

/**
 * A file list (dpkg `info/*.list`, `status.d/*.md5sums`): only the paths language catalogers care about are
 * kept, so the lists of a whole distribution (megabytes of paths) are never held as one text.
 */
function ownedLinesSink(strip: (line: string) => string | undefined): FileSink {
  const paths: string[] = []
  return linesSink(
    (bytes, start, end) => {
      const owned = strip(bytes.toString('utf8', start, end))
      // Kept as a string of its own: `owned` is the end of the line, and a slice would keep the line alive too.
      if (owned && isLanguageFile(owned)) paths.push(bytes.toString('utf8', end - Buffer.byteLength(owned), end))
    },
    () => ({ kind: 'owned', paths })
  )
}

/**
 * A dpkg `copyright` file: only the lines that start a field or end a paragraph are kept (continuation
 * lines are license texts and copyright holders, which the license reading does not look at). Some are
 * megabytes (each Boost library's is 2 MB): parsed whole, four of them in a row took ~20 MB of heap.
 */
function copyrightSink(): FileSink {
  const kept: string[] = []
  return linesSink(
    (bytes, start, end) => {
      const first = bytes[start]
      if (first === 0x20 || first === 0x09) {
        // A continuation line, unless it is blank (a paragraph break).
        for (let index = start; index < end; index += 1) if (bytes[index] !== 0x20 && bytes[index] !== 0x09 && bytes[index] !== 0x0d) return
      }
      kept.push(bytes.toString('utf8', start, end))
    },
    () => {
      const license = debianCopyrightLicense(kept.join('\n'))
      return { kind: 'dpkg-copyright', ...(license ? { license } : {}) }
    }
  )
}

export interface SelectionOptions {
  languages: boolean
  tempDir: string
}

/** Directories of the files the OS catalogers read: a symlink to one of them (or on their way) is followed. */
export const DATABASE_DIRS = [
  'etc',
  'usr/lib',
  'var/lib/dpkg',
  'var/lib/dpkg/status.d',
  'lib/apk/db',
  'var/lib/rpm',
  'usr/lib/sysimage/rpm',
  'usr/share/rpm',
  'var/lib/chisel',
  'var/lib/rpmmanifest'
]
const DATABASE_DIR_PREFIXES = new Set(DATABASE_DIRS.flatMap((dir) => dir.split('/').map((_, index, parts) => parts.slice(0, index + 1).join('/'))))
const DATABASE_NAMES = new Set(['os-release', 'status', 'installed', 'rpmdb.sqlite', 'Packages.db', 'Packages', 'manifest.wall', 'container-manifest-2'])

/**
 * Package databases reached through a symlinked directory (`var/lib/dpkg` → elsewhere): real directory →
 * the directory the catalogers know, for each one where the view noted a database file that was not read.
 */
export function databaseAliases(view: MergedView): Map<string, string> {
  const aliases = new Map<string, string>()
  for (const dir of DATABASE_DIRS) {
    const real = path.posix.dirname(view.realPath(`${dir}/-`))
    if (real === dir || real === '.' || aliases.has(real)) continue
    for (const noted of view.noted) {
      if (noted.startsWith(`${real}/`) && !noted.slice(real.length + 1).includes('/') && !view.entries.has(noted)) {
        aliases.set(real, dir)
        break
      }
    }
  }
  return aliases
}

/** The selection with files in the aliased real directories handled as if at the paths the catalogers know. */
export function aliasedSelection(selection: Selection, aliases: Map<string, string>): Selection {
  return {
    wantsLink: (entryPath) => selection.wantsLink(entryPath),
    notes: (entryPath) => selection.notes?.(entryPath) ?? false,
    handlerFor(entry) {
      const handler = selection.handlerFor(entry)
      if (handler) return handler
      const dir = aliases.get(path.posix.dirname(entry.path))
      return dir ? selection.handlerFor({ ...entry, path: `${dir}/${path.posix.basename(entry.path)}` }) : undefined
    }
  }
}

export function catalogSelection(options: SelectionOptions): Selection {
  const wantedLinks = new Set<string>([...OS_RELEASE_PATHS, DPKG_STATUS, APK_INSTALLED, CHISEL_MANIFEST, RPM_MANIFEST, ...DATABASE_DIR_PREFIXES])
  return {
    wantsLink: (entryPath) =>
      wantedLinks.has(entryPath) ||
      RPM_DB.test(entryPath) ||
      DPKG_DOC_DIR.test(entryPath) ||
      DPKG_COPYRIGHT.test(entryPath) ||
      // Not the links inside pnpm's store (`.pnpm/<id>/node_modules/<dep>`: one per dependency of each package).
      (options.languages && entryPath.includes('node_modules/') && !entryPath.includes('.pnpm/') && NPM_LINK.test(entryPath)),
    notes: (entryPath) => DATABASE_NAMES.has(path.posix.basename(entryPath)) || path.posix.basename(path.posix.dirname(entryPath)) === 'status.d',
    handlerFor(entry: EntryInfo) {
      const entryPath = entry.path
      if ((OS_RELEASE_PATHS as readonly string[]).includes(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: 'os-release', distro: parseOsRelease(text, entryPath) }))
      if (entryPath === DPKG_STATUS) return () => bufferSink(MAX_TEXT, (text) => ({ kind: 'dpkg', packages: wrapLine(() => parseDpkgStatus(text)) }))
      if (DPKG_STATUS_D.test(entryPath)) {
        if (entryPath.endsWith('.md5sums')) return options.languages ? () => ownedLinesSink((line) => /^[0-9a-f]{32}\s+(.+)$/.exec(line)?.[1]) : undefined
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: 'dpkg', packages: wrapLine(() => parseDpkgStatus(text)) }))
      }
      if (DPKG_COPYRIGHT.test(entryPath)) return copyrightSink
      if (entryPath === APK_INSTALLED)
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: 'apk', packages: wrapLine(() => parseApkInstalled(text, isLanguageFile)) }))
      if (entryPath === CHISEL_MANIFEST)
        return () =>
          bytesSink(MAX_TEXT, (bytes) => {
            const manifest = wrapLine(() => parseChiselManifest(bytes, options.languages ? isLanguageFile : () => false, MAX_TEXT))
            return { kind: 'chisel', packages: manifest.packages, paths: manifest.paths }
          })
      if (entryPath === RPM_MANIFEST)
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: 'rpm', format: 'rpm-manifest', packages: wrapLine(() => parseRpmManifest(text)) }))
      const rpm = RPM_DB.exec(entryPath)
      if (rpm) {
        if (rpm[1] === 'rpmdb.sqlite')
          return () => fileSink(options.tempDir, async (file) => ({ kind: 'rpm', format: 'rpmdb-sqlite', packages: await readRpmSqlite(file, isLanguageFile) }))
        if (rpm[1] === 'Packages.db')
          return () => fileSink(options.tempDir, (file) => ({ kind: 'rpm', format: 'rpmdb-ndb', packages: readRpmNdb(file, isLanguageFile) }))
        return () => fileSink(options.tempDir, (file) => ({ kind: 'rpm', format: 'rpmdb-bdb', packages: readRpmBerkeleyDb(file, isLanguageFile) }))
      }
      if (!options.languages) return undefined
      if (DPKG_LIST.test(entryPath)) return () => ownedLinesSink((line) => line.replace(/^\//, '') || undefined)
      if (NPM_MANIFEST.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: 'language', format: 'image-npm', packages: parseNpmPackageJson(text) }))
      if (NPM_APP_MANIFEST.test(entryPath) && !entryPath.includes('node_modules/') && entry.size <= MAX_SMALL)
        return () =>
          bufferSink(MAX_SMALL, (text) => {
            // Any file may be called package.json (templates, test data): one that is not a manifest is not a problem.
            try {
              return { kind: 'language', format: 'image-npm-app', packages: parseNpmPackageJson(text) }
            } catch {
              return { kind: 'none' }
            }
          })
      if (entryPath.endsWith('.gemspec') && RUBY_GEMSPEC.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: 'language', format: 'image-gemspec', packages: wrapLine(() => parseGemspec(text)) }))
      if (entryPath.endsWith('installed.json') && COMPOSER_INSTALLED.test(entryPath))
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: 'language', format: 'image-composer', packages: wrapLine(() => parseComposerInstalled(text)) }))
      if (entryPath.endsWith('.deps.json') && DOTNET_DEPS.test(entryPath))
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: 'language', format: 'image-dotnet-deps', packages: wrapLine(() => parseDotnetDeps(text)) }))
      if (entryPath.startsWith('opt/bitnami/') && BITNAMI_SPDX.test(entryPath))
        return () => bufferSink(MAX_TEXT, (text) => ({ kind: 'language', format: 'image-bitnami', packages: wrapLine(() => parseBitnamiSpdx(text)) }))
      if (PYTHON_METADATA.test(entryPath))
        return () => bufferSink(MAX_SMALL, (text) => ({ kind: 'language', format: 'image-python', packages: parsePythonMetadata(text) }))
      if (isJavaArchive(entryPath))
        return () =>
          fileSink(options.tempDir, async (file) => {
            const skipped: string[] = []
            return { kind: 'language', format: 'image-java', packages: await readJavaArchive(file, entryPath, 0, skipped), skipped }
          })
      // Go binaries are found by content, as Syft does (a binary copied without its mode bits is still one):
      // executables and any other file whose name does not say it is something else. A file that is not ELF
      // is dropped at its first bytes.
      if (entry.size >= 1024 && ((entry.mode & 0o111) !== 0 || !NOT_GO_BINARY.test(entryPath))) {
        return () => {
          const scanner = new GoBuildInfoScanner()
          // Rust binaries built with cargo-auditable are found in the same pass (rust-audit.ts).
          const rust = new RustAuditScanner()
          return {
            write: (chunk: Buffer) => {
              scanner.write(chunk)
              if (!scanner.result) rust.write(chunk)
            },
            end: async (): Promise<Kept> => {
              if (scanner.result) return { kind: 'language', format: 'image-go', packages: scanner.packages() }
              const crates = rust.finish()
              if (crates.packages.length > 0 || crates.problem)
                return { kind: 'language', format: 'image-rust', packages: crates.packages, ...(crates.problem ? { skipped: [crates.problem] } : {}) }
              if (scanner.legacy)
                return {
                  kind: 'language',
                  format: 'image-go',
                  packages: [],
                  skipped: ['Go binary built by Go < 1.18 (build info in the pointer form): its modules are not read']
                }
              return { kind: 'none' }
            }
          }
        }
      }
      return undefined
    }
  }
}

/** With language packages off: settled once the distro and one package database are decided. */
export function osSettled(view: MergedView): boolean {
  const etc = view.resolve('etc/os-release')
  const distroSettled = (etc !== undefined && view.isSettled('etc/os-release')) || (view.isDecided('etc/os-release') && view.isSettled('usr/lib/os-release'))
  if (!distroSettled) return false
  for (const entryPath of [
    DPKG_STATUS,
    APK_INSTALLED,
    CHISEL_MANIFEST,
    RPM_MANIFEST,
    'var/lib/rpm/rpmdb.sqlite',
    'usr/lib/sysimage/rpm/rpmdb.sqlite',
    'var/lib/rpm/Packages.db',
    'usr/lib/sysimage/rpm/Packages.db',
    'var/lib/rpm/Packages'
  ]) {
    if (view.resolve(entryPath)) return true
  }
  return false
}

/** usr-merged paths compare equal (`bin/x` and `usr/bin/x`). */
function canonical(entryPath: string): string {
  return entryPath.replace(/^\/+/, '').replace(/^(bin|sbin|lib|lib32|lib64|libx32)\//, 'usr/$1/')
}

export interface AssembledCatalog {
  inventory: Inventory
  distro?: Distro
  ecosystem?: string
  /** Language packages left out because an OS package owns their file. */
  ownedLanguagePackages: number
}

const FAMILY: Record<string, string> = { dpkg: 'Debian', apk: 'Alpine', rpm: 'Red Hat', chisel: 'Ubuntu' }

/** The package databases `assembleCatalog` reads, as a problem names them. */
const DATABASES_READ =
  'a dpkg status or status.d, an apk installed database, an rpm database, a Chisel manifest (var/lib/chisel/manifest.wall) or an rpm container-manifest-2'

export function assembleCatalog(view: MergedView): AssembledCatalog {
  const inventory: Inventory = { packages: [], edges: [], files: [], problems: [] }
  const problems: InventoryProblem[] = inventory.problems
  let distro: Distro | undefined
  for (const candidate of OS_RELEASE_PATHS) {
    const found = view.resolve(candidate)
    if (found?.entry.type === 'file' && (found.entry.value as Kept).kind === 'os-release') {
      distro = (found.entry.value as Extract<Kept, { kind: 'os-release' }>).distro
      break
    }
  }
  const ecosystem = distro ? distroEcosystem(distro) : undefined
  const distroQualifierValue = distro ? distroQualifier(distro) : undefined
  const owned = new Set<string>()
  const language: { path: string; layer: string; format: string; packages: LanguagePackage[]; skipped?: string[] }[] = []
  let missingDistroReported = false
  /** A deb package (dpkg's or a Chisel manifest's); Ubuntu Pro (ESM) packages are in OSV under their own ecosystem. */
  const debPackage = (
    eco: string,
    entryPath: string,
    layer: string | undefined,
    pkg: { name: string; version: string; arch?: string; line: number },
    upstream: string | undefined,
    source: NonNullable<Package['sourcePackage']>,
    license?: string
  ): Package =>
    osPackage(
      distro?.id === 'ubuntu' && eco.startsWith('Ubuntu:') && pkg.version.includes('+esm')
        ? ubuntuEcosystem(distro.versionId, { version: pkg.version, ...(distro.prettyName !== undefined ? { prettyName: distro.prettyName } : {}) })
        : eco,
      pkg.name,
      pkg.version,
      { path: entryPath, line: pkg.line },
      layer,
      { ...(pkg.arch ? { arch: pkg.arch } : {}), ...(distroQualifierValue ? { distro: distroQualifierValue } : {}), ...(upstream ? { upstream } : {}) },
      source,
      pkg.arch,
      license
    )
  const osEcosystem = (db: string, filePath: string): string => {
    if (ecosystem) return ecosystem
    if (!missingDistroReported)
      problems.push({ path: filePath, format: db, message: 'no os-release in the image: the distribution (and so the advisories that apply) is unknown' })
    missingDistroReported = true
    return FAMILY[db]!
  }

  const entries = [...view.entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  /** Directories node_modules links lead to (workspace members), as `dir/`. */
  const linkedDirs = new Set<string>()
  let databases = 0
  for (const [entryPath, entry] of entries) {
    if (entry.type === 'symlink') {
      if (entryPath.includes('node_modules/') && NPM_LINK.test(entryPath)) {
        const target = entry.target.startsWith('/') ? entry.target : path.posix.join(path.posix.dirname(entryPath), entry.target)
        linkedDirs.add(`${path.posix.normalize(target).replace(/^\/+/, '').replace(/\/+$/, '')}/`)
      }
      continue
    }
    const layer = entry.layer
    if (entry.type === 'error') {
      if (DATABASE_NAMES.has(path.posix.basename(entryPath)) || DPKG_STATUS_D.test(entryPath)) databases += 1
      problems.push({ path: entryPath, ...(entry.line ? { line: entry.line } : {}), format: 'image', message: entry.message })
      continue
    }
    const kept = entry.value as Kept
    if (kept.kind === 'dpkg' || kept.kind === 'apk' || kept.kind === 'rpm' || kept.kind === 'chisel') databases += 1
    switch (kept.kind) {
      case 'dpkg': {
        const eco = osEcosystem('dpkg', entryPath)
        for (const pkg of kept.packages) {
          const upstream =
            pkg.source && pkg.source !== pkg.name
              ? pkg.sourceVersion
                ? `${pkg.source}@${pkg.sourceVersion}`
                : pkg.source
              : pkg.sourceVersion
                ? `${pkg.name}@${pkg.sourceVersion}`
                : undefined
          const source = { name: pkg.source ?? pkg.name, ...(pkg.sourceVersion && pkg.sourceVersion !== pkg.version ? { version: pkg.sourceVersion } : {}) }
          inventory.packages.push(debPackage(eco, entryPath, layer, pkg, upstream, source, dpkgLicense(view, pkg.name)))
        }
        inventory.files.push({
          path: entryPath,
          format: DPKG_STATUS_D.test(entryPath) ? 'dpkg-status.d' : 'dpkg-status',
          ecosystem: eco,
          packages: kept.packages.length
        })
        break
      }
      case 'apk': {
        const eco = osEcosystem('apk', entryPath)
        for (const pkg of kept.packages) {
          inventory.packages.push(
            osPackage(
              eco,
              pkg.name,
              pkg.version,
              { path: entryPath, line: pkg.line },
              layer,
              {
                ...(pkg.arch ? { arch: pkg.arch } : {}),
                ...(distroQualifierValue ? { distro: distroQualifierValue } : {}),
                ...(pkg.origin && pkg.origin !== pkg.name ? { upstream: pkg.origin } : {})
              },
              { name: pkg.origin ?? pkg.name },
              pkg.arch,
              pkg.license
            )
          )
          // The reader kept only language files (`isLanguageFile`).
          for (const file of pkg.files) owned.add(canonical(file))
        }
        inventory.files.push({ path: entryPath, format: 'apk-installed', ecosystem: eco, packages: kept.packages.length })
        break
      }
      case 'chisel': {
        const eco = osEcosystem('chisel', entryPath)
        // The manifest does not name the source package: the binary's name stands in, marked as such.
        for (const pkg of kept.packages) inventory.packages.push(debPackage(eco, entryPath, layer, pkg, undefined, { name: pkg.name, unrecorded: true }))
        for (const file of kept.paths) owned.add(canonical(file))
        inventory.files.push({ path: entryPath, format: 'chisel-manifest', ecosystem: eco, packages: kept.packages.length })
        break
      }
      case 'rpm': {
        const eco = osEcosystem('rpm', entryPath)
        let index = 0
        for (const pkg of kept.packages) {
          index += 1
          const line = pkg.line ?? index
          const version = `${pkg.epoch !== undefined ? `${pkg.epoch}:` : ''}${pkg.version}-${pkg.release}`
          const qualifiers: Record<string, string> = {
            ...(pkg.arch ? { arch: pkg.arch } : {}),
            ...(pkg.epoch !== undefined ? { epoch: String(pkg.epoch) } : {}),
            ...(distroQualifierValue ? { distro: distroQualifierValue } : {}),
            ...(pkg.sourceRpm ? { upstream: pkg.sourceRpm } : {})
          }
          const purl = purlFor(eco, pkg.name, `${pkg.version}-${pkg.release}`, qualifiers)
          inventory.packages.push({
            ...osPackage(
              eco,
              pkg.name,
              version,
              { path: entryPath, line },
              layer,
              {},
              pkg.sourceRpm ? { name: sourceRpmName(pkg.sourceRpm) } : { name: pkg.name },
              pkg.arch,
              pkg.license
            ),
            ...(purl ? { purl } : {})
          })
          // The reader kept only language files (`isLanguageFile`).
          for (const file of pkg.files) owned.add(canonical(file))
        }
        inventory.files.push({ path: entryPath, format: kept.format, ecosystem: eco, packages: kept.packages.length })
        break
      }
      case 'owned':
        for (const file of kept.paths) owned.add(canonical(file))
        break
      case 'language':
        // What could not be read is a problem unless an OS package owns the file (below).
        language.push({ path: entryPath, layer: entry.layer, format: kept.format, packages: kept.packages, ...(kept.skipped ? { skipped: kept.skipped } : {}) })
        break
      default:
        break
    }
  }

  // An image with both a dpkg database and a Chisel manifest (chisel-wrapper writes the first, Chisel the
  // second, for the same slices): each package once, from dpkg, which records the source package.
  const fromDpkg = new Set(inventory.packages.filter((pkg) => pkg.location.path.startsWith('var/lib/dpkg/')).map((pkg) => `${pkg.name}\0${pkg.version}`))
  if (fromDpkg.size > 0)
    inventory.packages = inventory.packages.filter((pkg) => !(pkg.location.path === CHISEL_MANIFEST && fromDpkg.has(`${pkg.name}\0${pkg.version}`)))

  // An identified distribution without any package database: its packages were not seen (removed databases,
  // a format chaingate does not read), which is not "no OS packages".
  if (distro && databases === 0) {
    const releasePath = OS_RELEASE_PATHS.find((candidate) => view.resolve(candidate)?.entry.type === 'file') ?? OS_RELEASE_PATHS[0]
    problems.push({
      path: releasePath,
      format: 'image',
      message: `the image is ${distro.prettyName ?? distro.id} but has no package database chaingate reads (${DATABASES_READ}): its OS packages are not known`
    })
  }

  let ownedLanguagePackages = 0
  const npmDirs = new Set<string>()
  for (const found of language)
    if (found.format === 'image-npm' && found.packages.length > 0) npmDirs.add(found.path.slice(0, found.path.indexOf('node_modules/')))
  for (const found of language) {
    // An application's package.json: only where `npm install` put its dependencies beside it.
    if (found.format === 'image-npm-app') {
      const dir = found.path.slice(0, found.path.length - 'package.json'.length)
      if (!npmDirs.has(dir) && !linkedDirs.has(dir)) continue
    }
    const file = canonical(found.path)
    const dir = path.posix.dirname(file)
    if (owned.has(file) || (/\.(dist|egg)-info$/.test(dir) && owned.has(dir))) {
      ownedLanguagePackages += found.packages.length
      continue
    }
    for (const message of found.skipped ?? []) problems.push({ path: found.path, format: found.format, message })
    if (found.packages.length === 0) continue
    for (const pkg of found.packages) {
      const purl = languagePurl(pkg)
      inventory.packages.push({
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        version: pkg.version,
        ...(purl ? { purl } : {}),
        scope: 'runtime',
        direct: null,
        source: 'registry',
        ...(pkg.license ? { license: pkg.license } : {}),
        ...(pkg.replaces ? { replaces: pkg.replaces } : {}),
        location: { path: found.path, line: 1 },
        layer: found.layer
      })
    }
    inventory.files.push({ path: found.path, format: found.format, ecosystem: found.packages[0]!.ecosystem, packages: found.packages.length })
  }
  return { inventory, ...(distro ? { distro } : {}), ...(ecosystem ? { ecosystem } : {}), ownedLanguagePackages }
}

/** The license in a dpkg package's machine-readable copyright file (its doc directory's symlinks followed), if any. */
function dpkgLicense(view: MergedView, name: string): string | undefined {
  const found = view.resolve(`usr/share/doc/${name}/copyright`)
  if (found?.entry.type !== 'file') return undefined
  const kept = found.entry.value as Kept
  return kept.kind === 'dpkg-copyright' ? kept.license : undefined
}

/**
 * A language package's purl; none for a Java archive whose group nothing names (a Maven purl needs its
 * namespace) or a name the purl library refuses: such a package is still listed, by name and file.
 */
function languagePurl(pkg: LanguagePackage): string | undefined {
  if (pkg.purl) return pkg.purl
  if (pkg.ecosystem === 'Maven' && !pkg.name.includes(':')) return undefined
  try {
    return purlFor(pkg.ecosystem, pkg.name, pkg.version)
  } catch {
    return undefined
  }
}

function osPackage(
  ecosystem: string,
  name: string,
  version: string,
  location: { path: string; line: number },
  layer: string | undefined,
  qualifiers: Record<string, string>,
  sourcePackage: NonNullable<Package['sourcePackage']>,
  arch: string | undefined,
  license?: string
): Package {
  const purl = purlFor(ecosystem, name, version, qualifiers)
  return {
    ecosystem,
    name,
    version,
    ...(purl ? { purl } : {}),
    scope: 'runtime',
    direct: null,
    source: 'registry',
    ...(license ? { license } : {}),
    location,
    sourcePackage,
    ...(arch ? { arch } : {}),
    ...(layer ? { layer } : {})
  }
}
