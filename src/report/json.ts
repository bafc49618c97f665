/** The JSON report: the CheckReport itself (docs/report-format.md is the contract). */
import type { CheckReport } from './types.js'

export function toJson(report: CheckReport): string {
  return `${JSON.stringify(report, null, 2)}\n`
}
