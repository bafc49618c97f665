/** Plain text for a terminal: one line per finding that matters, `path:line:col`, then the verdict. */
import type { Finding } from '../model/finding.js'
import type { CheckReport } from './types.js'

export function toText(report: CheckReport, options: { verbose?: boolean } = {}): string {
  return `${[...textLines(report, options)].join('\n')}\n`
}

/** The lines of `toText`, without their line breaks, one at a time (a large report is never one string). */
export function* textLines(report: CheckReport, options: { verbose?: boolean } = {}): Generator<string> {
  // Repository-level unknowns that share a reason (typically "no token" or "no repository named" in an
  // offline run) are one line listing their rules, unless --verbose.
  const grouped = new Map<string, Finding[]>()
  for (const finding of report.findings) {
    if (finding.status !== 'unknown' || finding.location || options.verbose) continue
    const key = `${finding.message}\u0000${finding.permission ?? ''}`
    const group = grouped.get(key)
    if (group) group.push(finding)
    else grouped.set(key, [finding])
  }
  const printedGroups = new Set<string>()
  for (const finding of report.findings) {
    if (finding.status === 'pass' && !options.verbose) continue
    const key = `${finding.message}\u0000${finding.permission ?? ''}`
    const group = finding.status === 'unknown' && !finding.location && !options.verbose ? grouped.get(key) : undefined
    if (group && group.length > 1) {
      if (printedGroups.has(key)) continue
      printedGroups.add(key)
      const grant = finding.permission ? ` (grant ${finding.permission})` : ''
      yield `unknown: ${group.length} checks could not see their data: ${finding.message}${grant}: ${group.map((entry) => entry.rule).join(', ')}`
      continue
    }
    yield formatFinding(finding)
  }
  const { counts } = report
  const target = [report.target.repository, report.target.ref].filter(Boolean).join('@') || report.target.path
  yield ''
  yield (
    `${report.verdict === 'pass' ? 'PASS' : 'FAIL'} ${target}: ${counts.fail} failed (${counts.failing} over fail-on ${report.policy.failOn}), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed` +
      ` [policy: ${report.policy.source}; ${report.stats.apiRequests} API requests; ${report.stats.durationMs} ms]`
  )
}

export function formatFinding(finding: Finding): string {
  const where = finding.location ? `${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}: ` : ''
  const extra = [
    finding.permission ? `grant ${finding.permission}` : '',
    finding.waiver ? `waived: ${finding.waiver.reason}` : '',
    finding.fix ? `fix: ${finding.fix}` : ''
  ].filter(Boolean)
  return `${where}${finding.status} ${finding.severity} [${finding.rule}] ${finding.message}${extra.length ? ` (${extra.join('; ')})` : ''}`
}
