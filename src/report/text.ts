/**
 * Plain text for a terminal: one line per finding that matters, `path:line:col`, then the verdict. Every
 * field is one printable line (`textField`) and no line can be read as a runner command (`textLine`).
 */
import type { Finding } from '../model/finding.js'
import { textField as t, textLine } from './escape.js'
import type { CheckReport } from './types.js'
import type { InventorySummary } from '../inventory/summary.js'

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
      const grant = finding.permission ? ` (grant ${t(finding.permission)})` : ''
      yield `unknown: ${group.length} checks could not see their data: ${t(finding.message)}${grant}: ${group.map((entry) => t(entry.rule)).join(', ')}`
      continue
    }
    yield* findingLines(finding)
  }
  const { counts } = report
  const target = [report.target.repository, report.target.ref].filter(Boolean).join('@') || report.target.path
  yield ''
  if (report.inventory) yield* inventoryLines(report.inventory)
  if (report.advisories) yield textLine(advisoriesLine(report))
  if (report.dependencyReview) {
    const review = report.dependencyReview
    yield textLine(
      `dependency review against ${t(review.base.slice(0, 12))} (${t(review.event)}): ${review.added.length} added, ${review.removed.length} removed, ${review.changed.length} changed; ${review.vulnerabilities.length} advisories in what the change introduced`
    )
  }
  yield (
    `${report.verdict === 'pass' ? 'PASS' : 'FAIL'} ${t(target)}: ${counts.fail} failed (${counts.failing} over fail-on ${report.policy.failOn}), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed` +
    (counts.belowMinConfidence !== undefined ? `, ${counts.belowMinConfidence} left out by min-confidence` : '') +
    ` [policy: ${t(report.policy.source)}; ${report.stats.apiRequests} API requests; ${report.stats.durationMs} ms]`
  )
}

/** `advisories: OSV snapshot /data/osv (snapshot 2026-11-20…): 812 packages checked, 3 matched; VEX: .vex/a.json` */
function advisoriesLine(report: CheckReport): string {
  const advisories = report.advisories!
  const vex = report.vex?.documents.length ? `; VEX: ${report.vex.documents.map((document) => t(document)).join(', ')}` : ''
  if (advisories.source === null) return `advisories: none read (${t(advisories.reason)})${vex}`
  const { kind, location, snapshot } = advisories.source
  return `advisories: ${kind} ${t(location)}${snapshot ? ` (snapshot ${t(snapshot)})` : ''}: ${advisories.checked} packages checked, ${advisories.matches} matched${advisories.unchecked ? `, ${advisories.unchecked} could not be checked` : ''}${vex}`
}

/** A finding's line, then one indented line per related location (`  related: path:line:col: the checkout`). */
export function* findingLines(finding: Finding): Generator<string> {
  yield formatFinding(finding)
  for (const related of finding.relatedLocations ?? []) {
    yield textLine(`  related: ${t(related.location.path)}:${related.location.startLine}:${related.location.startColumn}: ${t(related.message)}`)
  }
}

/** One finding as one line (a multi-line message or fix hint shows its line breaks as `\n`). */
export function formatFinding(finding: Finding): string {
  const where = finding.location ? `${t(finding.location.path)}:${finding.location.startLine}:${finding.location.startColumn}: ` : ''
  const extra = [
    finding.confidence && finding.confidence !== 'high' ? `confidence ${finding.confidence}` : '',
    finding.permission ? `grant ${t(finding.permission)}` : '',
    finding.waiver ? `waived: ${t(finding.waiver.reason)}` : '',
    finding.fix ? `fix: ${t(finding.fix)}` : ''
  ].filter(Boolean)
  return textLine(`${where}${finding.status} ${finding.severity} [${t(finding.rule)}] ${t(finding.message)}${extra.length ? ` (${extra.join('; ')})` : ''}`)
}

/**
 * Control characters (terminal escape sequences) of names read from repositories, made visible as `\uXXXX`;
 * then the shared text escaping (`textField`: direction marks, the runner's `##[` marker).
 */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return t(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`))
}

/** One line for the inventory, then one per ecosystem: `  npm: 812 packages (790 runtime, 22 dev) in 2 files`. */
export function* inventoryLines(inventory: InventorySummary): Generator<string> {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  yield `inventory: ${plural(inventory.packages, 'package')} in ${plural(inventory.files, 'file')}${inventory.problems ? ` (${plural(inventory.problems, 'file')} could not be read)` : ''}${inventory.skipped ? `; ${plural(inventory.skipped, 'lockfile')} left out by ignore-paths` : ''}`
  for (const entry of inventory.ecosystems) {
    const scopes = (['runtime', 'dev', 'optional', 'unknown'] as const)
      .filter((scope) => entry.scopes[scope] > 0)
      .map((scope) => `${entry.scopes[scope]} ${scope === 'unknown' ? 'scope unknown' : scope}`)
    yield `  ${printable(entry.ecosystem)}: ${plural(entry.packages, 'package')} (${scopes.join(', ')}) in ${plural(entry.files, 'file')}`
  }
}
