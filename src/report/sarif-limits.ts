/**
 * What fits in a SARIF file (kept apart from sarif.ts, so the job summary and the action can say it without
 * loading the SARIF builder).
 */
import type { CheckReport } from './types.js'

/** Code scanning accepts at most 25,000 results per run; the most severe are kept (findings are sorted). */
export const MAX_SARIF_RESULTS = 25_000

/** Findings SARIF reports: failing and waived ones. */
export function sarifResultCount(report: CheckReport): number {
  let count = 0
  for (const finding of report.findings) if (finding.status === 'fail' || finding.status === 'waived') count += 1
  return count
}

/** The sentence saying that SARIF was capped and where everything is; `total` is sarifResultCount. */
export function sarifCapNotice(total: number): string {
  return `The SARIF file holds the ${thousands(MAX_SARIF_RESULTS)} most severe of ${thousands(total)} failing and waived findings (code scanning takes at most ${thousands(MAX_SARIF_RESULTS)} results per run); the JSON report (the action's report-json output, or check --format json) has every finding.`
}

function thousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}
