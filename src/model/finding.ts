/** The findings model: what a rule says about one thing it looked at. */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

export const AREAS = ['accounts', 'code', 'build', 'artifacts', 'dependencies'] as const
export type Area = (typeof AREAS)[number]

export const STATUSES = ['fail', 'pass', 'unknown', 'waived'] as const
export type Status = (typeof STATUSES)[number]

/** A span in a file of the workspace: 1-based lines and columns, end inclusive of the last character. */
export interface Location {
  path: string
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

export interface WaiverRef {
  /** `policy` for a waiver in the policy file, `inline` for a `# chaingate: ignore[...]` comment. */
  source: 'policy' | 'inline'
  reason: string
  expires?: string
  /** Where the waiver itself is written. */
  location?: Location
}

export interface Finding {
  rule: string
  area: Area
  severity: Severity
  status: Status
  message: string
  location?: Location
  /** For `unknown`: the token permission that would let chaingate see the data. */
  permission?: string
  waiver?: WaiverRef
  /** A mechanical fix, when there is one (a pinned `uses:` line, a `permissions:` block...). */
  fix?: string
}

/** Larger is more severe. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.length - SEVERITIES.indexOf(severity)
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return severityRank(severity) >= severityRank(threshold)
}
