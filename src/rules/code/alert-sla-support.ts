/** Shared by the alert rules: severity thresholds and per-severity SLAs (days an alert may stay open). */
import type { Location, Severity } from '../../model/finding.js'
import { atLeast } from '../../model/finding.js'
import { ageInDays } from '../../github/facts/support.js'

export interface AlertSlaOptions {
  /** Alerts below this severity are ignored. */
  minSeverity: 'critical' | 'high' | 'medium' | 'low'
  /** Days an alert of each severity may stay open. */
  slaDays: { critical: number; high: number; medium: number; low: number }
}

export const DEFAULT_SLA: AlertSlaOptions = { minSeverity: 'high', slaDays: { critical: 7, high: 30, medium: 90, low: 180 } }

export const SLA_OPTIONS_SCHEMA = {
  type: 'object',
  properties: {
    minSeverity: { enum: ['critical', 'high', 'medium', 'low'], description: 'Lowest alert severity that counts.' },
    slaDays: {
      type: 'object',
      additionalProperties: false,
      properties: {
        critical: { type: 'integer', minimum: 0 },
        high: { type: 'integer', minimum: 0 },
        medium: { type: 'integer', minimum: 0 },
        low: { type: 'integer', minimum: 0 }
      },
      description: 'Days an open alert of each severity is tolerated.'
    }
  }
}

export function alertSeverity(text: string): Severity {
  const lower = text.toLowerCase()
  return lower === 'critical' || lower === 'high' || lower === 'medium' || lower === 'low' ? lower : lower === 'moderate' ? 'medium' : 'low'
}

/** Whether an alert counts, and its age, under the options. */
export function overdue(severity: Severity, createdAt: string, now: Date, options: AlertSlaOptions): { overdue: boolean; age: number; sla: number } {
  const age = ageInDays(createdAt, now) ?? 0
  if (severity === 'info' || !atLeast(severity, options.minSeverity)) return { overdue: false, age, sla: 0 }
  const sla = { ...DEFAULT_SLA.slaDays, ...options.slaDays }[severity]
  return { overdue: age > sla, age, sla }
}

export function fileLocation(path: string | null | undefined, line?: number | null): Location | undefined {
  if (!path) return undefined
  const at = line && line > 0 ? line : 1
  return { path, startLine: at, startColumn: 1, endLine: at, endColumn: 1 }
}
