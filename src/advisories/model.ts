/**
 * Known vulnerabilities and malicious packages, whatever database they come from: one advisory model
 * (aliases merged), one match per package and advisory, and what could not be checked. Sources fill it;
 * the `vulnerable-dependencies` and `malicious-package` rules judge it.
 */
import type { Package } from '../inventory/model.js'

/** GitHub's severity words, the ones users gate on. */
export const SEVERITY_WORDS = ['low', 'moderate', 'high', 'critical'] as const
export type SeverityWord = (typeof SEVERITY_WORDS)[number]

export interface AdvisorySeverity {
  word: SeverityWord | null
  /** CVSS base score computed from the vector (never taken from free text). */
  score?: number
  vector?: string
  /** Where the word came from: a CVSS vector, the database's own word, or nothing. */
  from: 'cvss_v4' | 'cvss_v3' | 'cvss_v2' | 'database' | 'none'
}

export interface Advisory {
  /** The id shown first: the GHSA id when there is one, else the record's own id. */
  id: string
  /** Every other id of the same advisory (CVE, PYSEC, GO, RUSTSEC, OSV record ids…). */
  aliases: string[]
  /**
   * A distribution's errata (USN, ALSA, RLSA, DSA, DLA, SUSE-SU, PHSA…): the vulnerabilities it fixes, each
   * another vulnerability than the errata (OSV `upstream`, and `related` in records of distribution
   * ecosystems, where the CVEs an errata fixes are listed). A waiver or VEX statement of one of them does not
   * cover the errata; one of every one of them does.
   */
  covers?: string[]
  summary?: string
  severity: AdvisorySeverity
  published?: string
  modified?: string
  /** OSV `MAL-` records and GitHub malware advisories. */
  malicious: boolean
  epss?: { percentage: number; percentile?: number }
  url?: string
}

/** One package affected by one advisory. */
export interface AdvisoryMatch {
  package: Package
  advisory: Advisory
  /** The versions that fix it for this package's line (empty: no fix published). */
  fixedVersions: string[]
  /** When no fix is published: the distribution's statement that none will come (Debian `unimportant`, `end-of-life`). */
  noFix?: string
  /** The affected range as the database writes it, when it gives one (GitHub: `>= 2.13.0, < 2.15.0`). */
  vulnerableRange?: string
}

/** A package the source could not check: its data is unknown, never "not affected". */
export interface UncheckedPackage {
  package: Package
  reason: string
}

export interface SourceInfo {
  /** `github`, `osv` (the API) or `osv-offline` (a local snapshot). */
  kind: 'github' | 'osv' | 'osv-offline'
  /** Base URL or snapshot directory, as shown in reports. */
  location: string
  /** For snapshots: the newest `modified` date of the records read (the snapshot's date). */
  snapshot?: string
  /** For online sources (GitHub, the OSV API): when the database was asked (its data are as of then). */
  retrieved?: string
}

export interface AdvisoryReport {
  source: SourceInfo
  matches: AdvisoryMatch[]
  unchecked: UncheckedPackage[]
  /** Packages looked up (after dropping those without a resolved version). */
  checked: number
  /** HTTP requests made, for sources that make them. */
  requests?: number
}

/** All ids of an advisory, the primary first. */
export function advisoryIds(advisory: Advisory): string[] {
  return [advisory.id, ...advisory.aliases.filter((alias) => alias !== advisory.id)]
}

export type { Package }
