/** The report object: the JSON report's public contract (docs/report-format.md), also fed to every renderer. */
import type { Finding, Severity } from '../model/finding.js'
import type { InventorySummary } from '../inventory/summary.js'

export interface Counts {
  total: number
  fail: number
  pass: number
  unknown: number
  waived: number
  /** Findings that make the verdict fail (fails at or above fail-on; unknowns when on-unknown is fail). */
  failing: number
  failBySeverity: Record<Severity, number>
}

export interface CheckReport {
  version: 1
  tool: { name: string; version: string }
  target: { repository: string | null; ref: string | null; path: string }
  verdict: 'pass' | 'fail'
  policy: { source: string; extends: string; failOn: string; onUnknown: string }
  counts: Counts
  findings: Finding[]
  /** The dependency inventory, when a dependency rule ran (it is collected for them). */
  inventory?: InventorySummary
  stats: { apiRequests: number; durationMs: number; filesScanned: number }
}
