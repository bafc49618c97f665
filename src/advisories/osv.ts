/**
 * OSV records (ossf/osv-schema 1.7) and their literal evaluation: a version is affected when it is listed
 * in `versions`, or when a range's events, walked in version order, leave it between an `introduced` and the
 * next `fixed` / past-`last_affected`, below any `limit`. SEMVER ranges use SemVer order, ECOSYSTEM ranges
 * the ecosystem's own (src/advisories/versions/); GIT ranges cannot be evaluated on a version and only
 * count through `versions`.
 */
import { entryEcosystemCovers } from './ecosystems.js'
import { semverRangeSchemeFor, versionSchemeFor, UnparseableVersion, type VersionScheme } from './versions/index.js'
import { goScheme } from './versions/language.js'
import type { Advisory } from './model.js'
import { severityOf } from './severity.js'

export interface OsvEvent {
  introduced?: string
  fixed?: string
  last_affected?: string
  limit?: string
}

export interface OsvRange {
  type: 'SEMVER' | 'ECOSYSTEM' | 'GIT' | string
  events: OsvEvent[]
}

export interface OsvAffected {
  package?: { ecosystem: string; name: string; purl?: string }
  ranges?: OsvRange[]
  versions?: string[]
  severity?: Array<{ type: string; score: string }>
  database_specific?: Record<string, unknown>
  ecosystem_specific?: Record<string, unknown>
}

export interface OsvRecord {
  id: string
  modified: string
  published?: string
  withdrawn?: string
  aliases?: string[]
  /** OSV 1.7: the ids this record was derived from (Ubuntu's `UBUNTU-CVE-…` name their CVE here). */
  upstream?: string[]
  related?: string[]
  summary?: string
  details?: string
  severity?: Array<{ type: string; score: string }>
  affected?: OsvAffected[]
  database_specific?: Record<string, unknown>
  references?: Array<{ type: string; url: string }>
}

export interface Evaluation {
  affected: boolean
  /** `fixed` versions of the ranges that cover the version (what to upgrade to). */
  fixedVersions: string[]
}

/** SemVer ranges: OSV writes them without a `v`; Go-style `v` prefixes are tolerated. */
const SEMVER_RANGE: VersionScheme = goScheme

function eventVersion(event: OsvEvent): string | undefined {
  return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit
}

/** Whether `version` is inside `range`; throws UnparseableVersion when the order cannot be decided. */
export function inRange(version: string, range: OsvRange, scheme: VersionScheme): { affected: boolean; fixed?: string } {
  const compare = (a: string, b: string): number => (a === '0' ? (b === '0' ? 0 : -1) : b === '0' ? 1 : scheme.compare(a, b))
  const limits = range.events.filter((event) => event.limit !== undefined).map((event) => event.limit!)
  if (limits.length > 0 && !limits.some((limit) => limit === '*' || compare(version, limit) < 0)) return { affected: false }
  const events = range.events.filter((event) => event.limit === undefined && eventVersion(event) !== undefined)
  const sorted = [...events].sort((a, b) => compare(eventVersion(a)!, eventVersion(b)!))
  let affected = false
  let fixed: string | undefined
  for (const event of sorted) {
    if (event.introduced !== undefined && compare(version, event.introduced) >= 0) {
      affected = true
      fixed = undefined
    } else if (event.fixed !== undefined) {
      if (compare(version, event.fixed) >= 0) affected = false
      else if (affected && fixed === undefined) fixed = event.fixed
    } else if (event.last_affected !== undefined && compare(version, event.last_affected) > 0) {
      affected = false
    }
  }
  return affected ? { affected, ...(fixed !== undefined ? { fixed } : {}) } : { affected: false }
}

/**
 * Evaluates one `affected` entry for `version`. Throws UnparseableVersion (the package is then unknown)
 * when the entry needs an order this ecosystem has no comparator for, or the version is not one.
 */
export function evaluateAffected(entry: OsvAffected, ecosystem: string, version: string): Evaluation {
  if (entry.versions?.includes(version)) return { affected: true, fixedVersions: fixedOf(entry, ecosystem, version) }
  let affected = false
  const fixedVersions = new Set<string>()
  for (const range of entry.ranges ?? []) {
    if (range.type === 'GIT') continue
    const scheme = range.type === 'SEMVER' ? semverRangeSchemeFor(ecosystem, SEMVER_RANGE) : versionSchemeFor(ecosystem)
    if (!scheme) throw new UnparseableVersion(version, ecosystem, `no version order is known for the ${ecosystem} ecosystem`)
    const result = inRange(version, range, scheme)
    if (result.affected) {
      affected = true
      if (result.fixed) fixedVersions.add(result.fixed)
    }
  }
  return { affected, fixedVersions: [...fixedVersions] }
}

/** For a version found in `versions`: the fixes of the ranges above it (best effort, never throws). */
function fixedOf(entry: OsvAffected, ecosystem: string, version: string): string[] {
  try {
    const found = new Set<string>()
    for (const range of entry.ranges ?? []) {
      if (range.type === 'GIT') continue
      const scheme = range.type === 'SEMVER' ? semverRangeSchemeFor(ecosystem, SEMVER_RANGE) : versionSchemeFor(ecosystem)
      const result = scheme ? inRange(version, range, scheme) : { affected: false }
      if (result.affected && 'fixed' in result && result.fixed) found.add(result.fixed)
    }
    return [...found]
  } catch {
    return []
  }
}

/**
 * The CVE a distribution's per-CVE record stands for: `UBUNTU-CVE-2025-0186`, `DEBIAN-CVE-…`, `ALPINE-CVE-…`
 * are that CVE as the distribution tracks it (Ubuntu names it in `upstream` from OSV 1.7, in `related`
 * before, in neither `aliases`), so waivers, VEX and other databases' records of the CVE meet it.
 */
function distroCve(id: string): string | undefined {
  return /^[A-Z]+-(CVE-\d{4}-\d+)$/.exec(id)?.[1]
}

/**
 * The database's own severity word: `database_specific.severity`; Ubuntu's priority (a `severity` entry of
 * type `Ubuntu` from OSV 1.7, `ecosystem_specific.ubuntu_priority` of an affected entry before); the
 * Debian's urgency; the errata word AlmaLinux and Rocky put first in a summary (`Important: krb5 security update`).
 */
function databaseWord(record: OsvRecord): unknown {
  const stated = record.database_specific?.severity ?? record.affected?.find((entry) => entry.database_specific?.severity)?.database_specific?.severity
  if (stated !== undefined) return stated
  const ubuntu = record.severity?.find((entry) => entry.type === 'Ubuntu')?.score
  if (ubuntu !== undefined) return ubuntu
  const priority = record.affected?.find((entry) => typeof entry.ecosystem_specific?.ubuntu_priority === 'string')?.ecosystem_specific?.ubuntu_priority
  if (priority !== undefined) return priority
  // Debian's tracker urgency (osv.dev's DEBIAN-CVE records): low / medium / high, `unimportant` is below low.
  const urgency = record.affected
    ?.map((entry) => entry.ecosystem_specific?.urgency)
    .find((value): value is string => typeof value === 'string' && /^(?:unimportant|low|medium|high)\*{0,2}$/.test(value))
  if (urgency !== undefined) return urgency.startsWith('unimportant') ? 'low' : urgency.replace(/\*+$/, '')
  if (/^(?:ALSA|RLSA)-/.test(record.id)) return /^(Critical|Important|Moderate|Low):/.exec(record.summary ?? '')?.[1]
  return undefined
}

/** Ecosystems whose records are a distribution's (their versions are dpkg, apk or rpm versions). */
function isDistributionRecord(record: OsvRecord): boolean {
  const affected = record.affected ?? []
  return (
    affected.length > 0 &&
    affected.every((entry) => {
      const scheme = entry.package?.ecosystem ? versionSchemeFor(entry.package.ecosystem) : undefined
      return scheme !== undefined && DISTRIBUTION_SCHEMES.has(scheme.name)
    })
  )
}
const DISTRIBUTION_SCHEMES = new Set(['Debian', 'Alpine', 'RPM'])

/**
 * The vulnerabilities an errata record fixes (`Advisory.covers`): its `upstream` ids, and for a
 * distribution's record its `related` ones (USN, ALSA, SUSE-SU and PHSA records list the CVEs they fix there,
 * before OSV 1.7 gave `upstream`). Ids that are the record's own (aliases, its per-CVE id) are not listed.
 */
function coveredIds(record: OsvRecord, own: Set<string>): string[] {
  const listed = [...(record.upstream ?? []), ...(isDistributionRecord(record) ? (record.related ?? []) : [])]
  return [...new Set(listed.filter((id) => typeof id === 'string' && id !== '' && !own.has(id)))].sort()
}

/** The advisory model of a record: GHSA id first, aliases merged, severity computed from vectors. */
export function advisoryFromOsv(record: OsvRecord): Advisory {
  const cve = distroCve(record.id)
  const ids = [record.id, ...(record.aliases ?? []), ...(cve ? [cve] : [])]
  const ghsa = ids.find((id) => id.startsWith('GHSA-'))
  const id = ghsa ?? record.id
  const vectors = [...(record.severity ?? []), ...(record.affected ?? []).flatMap((entry) => entry.severity ?? [])]
    .filter((entry) => /^CVSS_V[234]$/.test(entry.type))
    .map((entry) => entry.score)
  const advisory: Advisory = {
    id,
    aliases: [...new Set(ids.filter((alias) => alias !== id))],
    severity: severityOf(vectors, databaseWord(record)),
    malicious: record.id.startsWith('MAL-'),
    modified: record.modified
  }
  const covers = coveredIds(record, new Set(ids))
  if (covers.length > 0) advisory.covers = covers
  if (record.summary) advisory.summary = record.summary
  if (record.published) advisory.published = record.published
  return advisory
}

/**
 * A distribution's own word that an affected package will get no fix, or undefined. osv.dev's Debian records
 * (`DEBIAN-CVE-…`, converted from the security tracker: google/osv.dev `vulnfeeds/cmd/converters/debian`) keep
 * the tracker's urgency in `ecosystem_specific.urgency` and drop its `<no-dsa>`/`<ignored>` notes: an unfixed
 * entry rated `unimportant` (Debian: no security impact worth an update) or `end-of-life` (the package has no
 * security support in that release) will not be fixed; any other unfixed entry is "no fix yet".
 */
export function noFixStatement(record: OsvRecord, ecosystem: string, name: string): string | undefined {
  if (!ecosystem.startsWith('Debian')) return undefined
  for (const entry of entriesFor(record, ecosystem, name)) {
    const urgency = entry.ecosystem_specific?.urgency
    if (urgency === 'unimportant') return 'Debian rates it unimportant: no fix is planned'
    if (urgency === 'end-of-life') return 'the package has no Debian security support in this release (end-of-life): no fix will come'
  }
  return undefined
}

/** The `affected` entries of a record that name this package (OSV names, ecosystem with or without release). */
export function entriesFor(record: OsvRecord, ecosystem: string, name: string): OsvAffected[] {
  return (record.affected ?? []).filter((entry) => entry.package?.name === name && entryEcosystemCovers(entry.package.ecosystem, ecosystem))
}
