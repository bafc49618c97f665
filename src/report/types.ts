/** The report object: the JSON report's public contract (docs/report-format.md), also fed to every renderer. */
import type { Finding, Severity } from '../model/finding.js'
import type { InventorySummary } from '../inventory/summary.js'
import type { DependencyReviewSummary } from '../pull-request/dependency-diff.js'
import type { SourceInfo } from '../advisories/model.js'

export interface Counts {
  total: number
  fail: number
  pass: number
  unknown: number
  waived: number
  /** Findings that make the verdict fail (fails at or above fail-on; unknowns when on-unknown is fail). */
  failing: number
  failBySeverity: Record<Severity, number>
  /**
   * `fail` results left out by `min-confidence` (the policy's or a rule's): not in `findings`, not gated.
   * Present whenever a `min-confidence` is set, 0 included.
   */
  belowMinConfidence?: number
}

export interface CheckReport {
  version: 1
  tool: { name: string; version: string }
  target: { repository: string | null; ref: string | null; path: string }
  verdict: 'pass' | 'fail'
  policy: { source: string; extends: string; failOn: string; onUnknown: string; minConfidence?: string }
  counts: Counts
  findings: Finding[]
  /** The dependency inventory, when a dependency rule ran (it is collected for them). */
  inventory?: InventorySummary
  /** The advisory source the vulnerability rules used (when they ran): which, its snapshot date, what it checked. */
  advisories?: AdvisoriesSummary
  /** Pull-request dependency review (events pull_request, merge_group): the base and what the change did. */
  dependencyReview?: DependencyReviewReport
  /** VEX documents read (repository and policy), when a finding named advisories. */
  vex?: { documents: string[] }
  /** SBOM files the inventory was read from (`check --sbom`), with their digests. */
  sboms?: SbomUsed[]
  stats: { apiRequests: number; durationMs: number; filesScanned: number }
}

/** `source: null` with the reason when no source answered. */
export type AdvisoriesSummary =
  { source: SourceInfo; checked: number; unchecked: number; matches: number; requests?: number } | { source: null; reason: string }

export interface SbomUsed {
  path: string
  sha256: string
}

export interface DependencyReviewReport extends DependencyReviewSummary {
  /** Findings about advisories of the packages the change introduced (failing, waived or not gated). */
  vulnerabilities: Array<{
    rule: string
    status: string
    severity: Severity
    purl?: string
    name: string
    version: string | null
    advisories: string[]
    fixedVersions: string[]
  }>
}
