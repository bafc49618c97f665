/** The findings model: what a rule says about one thing it looked at. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const AREAS = ['accounts', 'code', 'build', 'artifacts', 'dependencies'] as const
export type Area = (typeof AREAS)[number]

export const STATUSES = ['fail', 'pass', 'unknown', 'waived'] as const
export type Status = (typeof STATUSES)[number]

/**
 * How sure the analysis is that a finding is real: `high` (the pattern is certain, e.g. an
 * attacker-controlled field expanded in `run:`), `medium` (it depends on something the analysis could not
 * settle, e.g. an output whose origin it cannot see), `low` (a heuristic). A finding without one is reported
 * whatever the policy's `min-confidence`.
 */
export const CONFIDENCES = ['high', 'medium', 'low'] as const
export type Confidence = (typeof CONFIDENCES)[number]

/** Larger is surer. */
export function confidenceRank(confidence: Confidence): number {
  return CONFIDENCES.length - CONFIDENCES.indexOf(confidence)
}

/** A span in a file of the workspace: 1-based lines and columns, end inclusive of the last character. */
export interface Location {
  path: string
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

/** Another place a finding involves (the trigger, the checkout, the step that runs the code), and its part. */
export interface RelatedLocation {
  location: Location
  message: string
}

export interface WaiverRef {
  /**
   * `policy` for a waiver in the policy file, `inline` for a `# chaingate: ignore[...]` comment, `vex` for a
   * VEX statement (`not_affected` / `fixed`) of a document in the repository or named by the policy.
   */
  source: 'policy' | 'inline' | 'vex'
  reason: string
  expires?: string
  /** Where the waiver itself is written (for VEX: the document, at its first line). */
  location?: Location
  /** VEX: the statement's justification (`vulnerable_code_not_present`…), status, and where it is. */
  vex?: { document: string; statement: number; status: string; justification?: string; format: 'openvex' | 'cyclonedx' }
}

/** Structured detail values a finding may carry for machines (JSON report, SARIF properties). */
export type DetailValue = string | number | boolean | null | string[]

export interface Finding {
  rule: string
  area: Area
  severity: Severity
  status: Status
  message: string
  location?: Location
  /** How sure the analysis is (absent: as sure as the rule ever is; always reported). */
  confidence?: Confidence
  /** Other places the finding involves, each with what it is (SARIF `relatedLocations`). */
  relatedLocations?: RelatedLocation[]
  /** For `unknown`: the token permission that would let chaingate see the data. */
  permission?: string
  waiver?: WaiverRef
  /** A mechanical fix, when there is one (a pinned `uses:` line, a `permissions:` block...). */
  fix?: string
  /** The package the finding is about (package URL), for findings about one package. */
  purl?: string
  /** Advisory ids the finding is about: every id of the advisory, aliases included (GHSA, CVE, OSV…). */
  advisories?: string[]
  /**
   * With `advisories`, for a distribution's errata (USN, ALSA, DSA…): the vulnerabilities it fixes, each another
   * vulnerability than the errata. A waiver or VEX statement covers the finding when it covers every one.
   */
  covers?: string[]
  /** Versions that fix the advisory for this package (empty: none published); with `advisories`. */
  fixedVersions?: string[]
  /** Other structured facts of the finding (rule-specific keys, documented on the rule's page). */
  details?: Record<string, DetailValue>
}

/** Larger is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity)
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold)
}
