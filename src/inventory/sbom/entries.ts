/**
 * What both SBOM writers share: the inventory folded into one entry per purl (a package found in several
 * lockfiles is one component with every location), the dependency graph between entries, licenses and
 * hashes in the forms the formats take, and the reproducible identifiers (a UUID derived from the
 * document's own content, a timestamp from SOURCE_DATE_EPOCH). Pure: no I/O, no clock, no randomness.
 */
import crypto from 'node:crypto'
import parseSpdxExpression from 'spdx-expression-parse'
import { ConfigurationError } from '../../model/errors.js'
import type { Ecosystem, FileLocation, Inventory, Package, PackageSource, Scope } from '../model.js'
import { packageKey } from '../model.js'
import { purlFor } from '../purl.js'
import { PackageURL } from 'packageurl-js'
import { normalizeLicense } from '../licenses/normalize.js'

export type SbomFormat = 'cyclonedx' | 'spdx'
export const SBOM_FORMATS: readonly SbomFormat[] = ['cyclonedx', 'spdx']

/** What the SBOM is about: the project whose inventory it lists. */
export interface SbomSubject {
  /** The project's name (the repository `owner/name`, or the directory's name). */
  name: string
  /** `owner/name` on GitHub (or GHES), when known. */
  repository?: string
  /** Server of the repository, default https://github.com. */
  serverUrl?: string
  /** The commit the inventory was read at. */
  commit?: string
  /** The ref (`refs/heads/main`), when known. */
  ref?: string
  /** When the SBOM describes a container image (`chaingate sbom --image`). */
  image?: ImageSubject
}

/** A container image as SBOM subject: what was read, for which platform, and its distribution. */
export interface ImageSubject {
  /** The reference as given (`registry/repo:tag`, `oci:DIR:TAG`, `docker-archive:FILE`). */
  reference: string
  /** The image manifest's digest (docker-archive: the image id). */
  digest: string
  /** `os/arch[/variant]`. */
  platform: string
  /** For a registry reference: `registry/repository`, used as the purl's repository_url. */
  repository?: string
  /** From os-release: ID, VERSION_ID, PRETTY_NAME. */
  distro?: { id: string; versionId?: string; prettyName?: string }
}

/** The image's purl (purl-spec `oci` type): `pkg:oci/<name>@<digest>?repository_url=<registry/repo>`. */
export function imagePurl(image: ImageSubject): string | undefined {
  if (!image.repository) return undefined
  const name = image.repository.split('/').pop()!
  return new PackageURL('oci', undefined, name, image.digest, { repository_url: image.repository }, undefined).toString()
}

/** Property/comment lines describing an image subject, in a fixed order. */
export function imageFacts(image: ImageSubject): [string, string][] {
  const facts: [string, string][] = [
    ['image-reference', image.reference],
    ['image-digest', image.digest],
    ['image-platform', image.platform]
  ]
  if (image.distro) {
    facts.push(['distro-id', image.distro.id])
    if (image.distro.versionId) facts.push(['distro-version-id', image.distro.versionId])
    if (image.distro.prettyName) facts.push(['distro-name', image.distro.prettyName])
  }
  return facts
}

export interface SbomOptions {
  subject: SbomSubject
  /**
   * The document's creation time. Absent: CycloneDX omits `metadata.timestamp`; SPDX, which requires
   * `created`, writes the Unix epoch (1970-01-01T00:00:00Z). Callers pass SOURCE_DATE_EPOCH here
   * (`timestampFromEnv`), never the clock, unless the user asks for it.
   */
  timestamp?: Date
  tool: { name: string; version: string }
}

/** One component of the SBOM: every inventory package with the same purl. */
export interface SbomEntry {
  /** The purl, or for a package none can be formed for, `pkg:generic/<name>@<version>`: also the CycloneDX bom-ref. */
  purl: string
  ecosystem: Ecosystem
  name: string
  version: string | null
  declared?: string
  /** The occurrences' platform or environment markers, when they all have the same (an unconditional one drops them). */
  markers?: string
  /** A distribution package whose database did not record its source package (a Chisel manifest). */
  sourceUnrecorded?: true
  /** The strongest scope among the occurrences: runtime > unknown > optional > dev. */
  scope: Scope
  /** true when any occurrence is direct; null when none says and none is direct. */
  direct: boolean | null
  source: PackageSource
  resolved?: string
  hashes: { algorithm: HashAlgorithm; hex: string }[]
  license?: string
  locations: FileLocation[]
  /** Purls of the entries this one depends on, sorted. */
  dependsOn: string[]
  /** Whether a file it comes from records dependency edges (else its dependencies are unknown). */
  edgesKnown: boolean
}

export interface SbomGraph {
  entries: SbomEntry[]
  /** Purls the project itself depends on: direct packages, and those nothing else is seen to depend on. */
  rootDependsOn: string[]
}

/** Code-unit order: the same in every locale (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

const SCOPE_RANK: Record<Scope, number> = { runtime: 3, unknown: 2, optional: 1, dev: 0 }

/**
 * The purl written for a package: its own, else one formed from ecosystem, name and version, else a generic
 * one (also when the type's rules refuse the name: a Maven artifact whose group nothing names).
 */
export function purlOf(pkg: Package): string {
  if (pkg.purl) return pkg.purl
  let formed: string | undefined
  try {
    formed = purlFor(pkg.ecosystem, pkg.name, pkg.version)
  } catch {
    formed = undefined
  }
  if (formed) return formed
  return new PackageURL(
    'generic',
    undefined,
    pkg.name,
    pkg.version ?? undefined,
    pkg.ecosystem ? { ecosystem: String(pkg.ecosystem) } : undefined,
    undefined
  ).toString()
}

/**
 * The inventory as SBOM entries (sorted by purl) and the project's direct dependencies. Lean on memory (a
 * monorepo's inventory has tens of thousands of packages and edges, and what this makes outlives several
 * young-generation collections): packages are looked up by key once each, the edges between entries are
 * numbers in one typed array, sorted, and what is kept shares the inventory's strings.
 */
export function buildGraph(inventory: Inventory): SbomGraph {
  const byPurl = new Map<string, number>()
  const created: SbomEntry[] = []
  const indexOfKey = new Map<string, number>()
  for (const pkg of inventory.packages) {
    const purl = purlOf(pkg)
    let index = byPurl.get(purl)
    let entry: SbomEntry
    if (index === undefined) {
      entry = {
        purl,
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        version: pkg.version,
        ...(pkg.declared !== undefined ? { declared: pkg.declared } : {}),
        ...(pkg.markers !== undefined ? { markers: pkg.markers } : {}),
        ...(pkg.sourcePackage?.unrecorded ? { sourceUnrecorded: true as const } : {}),
        scope: pkg.scope,
        direct: pkg.direct,
        source: pkg.source,
        ...(pkg.resolved !== undefined ? { resolved: pkg.resolved } : {}),
        hashes: [],
        ...(pkg.license ? { license: pkg.license } : {}),
        locations: [],
        dependsOn: [],
        edgesKnown: false
      }
      index = created.push(entry) - 1
      byPurl.set(purl, index)
    } else {
      entry = created[index]!
      if (SCOPE_RANK[pkg.scope] > SCOPE_RANK[entry.scope]) entry.scope = pkg.scope
      if (pkg.direct === true || (pkg.direct === null && entry.direct === false)) entry.direct = pkg.direct
      if (entry.resolved === undefined && pkg.resolved !== undefined) entry.resolved = pkg.resolved
      if (entry.license === undefined && pkg.license) entry.license = pkg.license
      if (entry.markers !== undefined && entry.markers !== pkg.markers) delete entry.markers
    }
    if (pkg.hashes) {
      for (const hash of parseHashes(pkg.hashes)) {
        if (!entry.hashes.some((known) => known.algorithm === hash.algorithm)) entry.hashes.push(hash)
      }
    }
    entry.locations.push(pkg.location)
    indexOfKey.set(packageKey(pkg), index)
  }
  byPurl.clear()
  // Entries in purl order; `rank` maps an entry's creation index to its place in that order.
  const order = created.map((_, index) => index).sort((a, b) => compareStrings(created[a]!.purl, created[b]!.purl))
  const entries = order.map((index) => created[index]!)
  const rank = new Uint32Array(created.length)
  for (const [place, index] of order.entries()) rank[index] = place

  // Each edge between two entries as one number, from × count + to: sorted, they are in purl order.
  const count = entries.length
  let pairs = new Float64Array(1024)
  let pairCount = 0
  const filesWithEdges = new Set<string>()
  let lastFrom: string | undefined
  for (const edge of inventory.edges) {
    // A file records edges when any edge starts at one of its packages (the key ends with the file's path).
    if (edge.from !== lastFrom) {
      lastFrom = edge.from
      filesWithEdges.add(edge.from.slice(edge.from.lastIndexOf('\u0000') + 1))
    }
    const from = indexOfKey.get(edge.from)
    const to = indexOfKey.get(edge.to)
    if (from === undefined || to === undefined || from === to) continue
    if (pairCount === pairs.length) {
      const grown = new Float64Array(pairs.length * 2)
      grown.set(pairs)
      pairs = grown
    }
    pairs[pairCount++] = rank[from]! * count + rank[to]!
  }
  indexOfKey.clear()
  const sorted = pairs.subarray(0, pairCount).sort()
  const hasParent = new Uint8Array(count)
  for (let at = 0; at < sorted.length; at++) {
    const pair = sorted[at]!
    if (at > 0 && sorted[at - 1] === pair) continue
    const to = pair % count
    entries[(pair - to) / count]!.dependsOn.push(entries[to]!.purl)
    hasParent[to] = 1
  }
  for (const entry of entries) {
    if (entry.hashes.length > 1) entry.hashes.sort((a, b) => compareStrings(a.algorithm, b.algorithm))
    if (entry.locations.length > 1) entry.locations.sort((a, b) => compareStrings(a.path, b.path) || a.line - b.line)
    entry.edgesKnown = entry.locations.some((location) => filesWithEdges.has(location.path))
  }
  const rootDependsOn = entries.filter((entry, place) => entry.direct === true || (entry.direct === null && hasParent[place] === 0)).map((entry) => entry.purl)
  return { entries, rootDependsOn }
}

// Hashes ------------------------------------------------------------------------------------------------

export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' | 'MD5'

const ALGORITHMS: Record<string, HashAlgorithm> = { sha1: 'SHA-1', sha256: 'SHA-256', sha384: 'SHA-384', sha512: 'SHA-512', md5: 'MD5' }
const HEX_LENGTH: Record<HashAlgorithm, number> = { 'SHA-1': 40, 'SHA-256': 64, 'SHA-384': 96, 'SHA-512': 128, MD5: 32 }

/**
 * Lockfile hashes as algorithm + hex: Subresource Integrity (`sha512-<base64>`, several separated by
 * spaces) and `<alg>:<hex>` / `<alg>=<hex>`. Others (Go's `h1:` directory hashes) are not file digests and
 * are left out.
 */
export function parseHashes(values: string[]): { algorithm: HashAlgorithm; hex: string }[] {
  const parsed: { algorithm: HashAlgorithm; hex: string }[] = []
  for (const value of values.flatMap((text) => text.trim().split(/\s+/))) {
    const match = /^(sha1|sha256|sha384|sha512|md5)([-:=])(.+)$/i.exec(value)
    if (!match) continue
    const algorithm = ALGORITHMS[match[1]!.toLowerCase()]!
    let hex = match[3]!
    if (match[2] === '-') {
      const bytes = Buffer.from(hex.replace(/\?.*$/, ''), 'base64')
      hex = bytes.toString('hex')
    }
    hex = hex.toLowerCase()
    if (/^[0-9a-f]+$/.test(hex) && hex.length === HEX_LENGTH[algorithm]) parsed.push({ algorithm, hex })
  }
  return parsed
}

// Licenses ----------------------------------------------------------------------------------------------

export type LicenseForm = { kind: 'expression'; expression: string; ids: string[] } | { kind: 'text'; text: string }

function isExpression(text: string): boolean {
  try {
    parseSpdxExpression(text)
    return true
  } catch {
    return false
  }
}

/** A license string as an SPDX expression (with its license ids) when it is one (normalize.ts), else free text. */
export function classifyLicense(text: string): LicenseForm | undefined {
  const trimmed = text.trim()
  if (!trimmed || trimmed === 'NOASSERTION' || trimmed === 'NONE') return undefined
  try {
    // As written when it is an expression; else its canonical form when it says one without doubt (`MIT/Apache-2.0`, `Apache 2.0`).
    const expression = isExpression(trimmed) ? trimmed : (normalizeLicense(trimmed) ?? trimmed)
    const tree = parseSpdxExpression(expression)
    const ids: string[] = []
    const walk = (node: ReturnType<typeof parseSpdxExpression>): void => {
      if ('license' in node) ids.push(node.license)
      else {
        walk(node.left)
        walk(node.right)
      }
    }
    walk(tree)
    return { kind: 'expression', expression, ids }
  } catch {
    return { kind: 'text', text: trimmed }
  }
}

// Identifiers and time ----------------------------------------------------------------------------------

/** Stands where a content-derived id goes while the content is hashed; it comes before any package in the document, and only its first occurrence is replaced. */
export const CONTENT_ID_PLACEHOLDER = 'chaingate-content-id-placeholder-3f9c2e'

/**
 * An RFC 9562 version 8 UUID made of the SHA-256 of `content` (the name-based example of RFC 9562 §B.2):
 * the same document always gets the same serial number, and two documents different ones.
 */
export function contentUuid(content: string): string {
  return uuidOfDigest(crypto.createHash('sha256').update(content).digest())
}

/** contentUuid from the SHA-256 digest of the content (hashed in pieces). */
export function uuidOfDigest(digest: Buffer): string {
  const bytes = Buffer.from(digest.subarray(0, 16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x80
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** Seconds-precision ISO 8601 in UTC (`2024-01-02T03:04:05Z`), as SPDX's pattern requires. */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The document time from SOURCE_DATE_EPOCH (reproducible-builds.org: a decimal count of seconds since the
 * epoch), or undefined when it is not set. A malformed value is the user's error.
 */
export function timestampFromEnv(env: Record<string, string | undefined>): Date | undefined {
  const value = env.SOURCE_DATE_EPOCH
  if (value === undefined || value === '') return undefined
  if (!/^\d{1,12}$/.test(value.trim()))
    throw new ConfigurationError(`SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, got ${JSON.stringify(value)}`)
  return new Date(Number(value.trim()) * 1000)
}

/** The repository's URL, `https://github.com/owner/name`, when the subject names one. */
export function repositoryUrl(subject: SbomSubject): string | undefined {
  return subject.repository ? `${(subject.serverUrl ?? 'https://github.com').replace(/\/+$/, '')}/${subject.repository}` : undefined
}

/** The purl of the project itself (`pkg:github/owner/name@commit`), when it is a GitHub repository. */
export function subjectPurl(subject: SbomSubject): string | undefined {
  if (subject.image) return imagePurl(subject.image)
  if (!subject.repository) return undefined
  const [owner, name] = subject.repository.split('/')
  if (!owner || !name) return undefined
  const server = (subject.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const qualifiers = server === 'https://github.com' ? undefined : { repository_url: server }
  return new PackageURL('github', owner, name, subject.commit, qualifiers, undefined).toString()
}

/** `path:line` of a location. */
export function formatLocation(location: FileLocation): string {
  return `${location.path}:${location.line}`
}
