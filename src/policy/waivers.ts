/**
 * Waivers: policy-file waivers (rule, path globs, advisory ids, package URLs, reason, expiry) and inline comments
 * (`# chaingate: ignore[rule-id] reason`, and zizmor's `# zizmor: ignore[rule-id]` for migration).
 * A waiver turns a `fail` into `waived`; an expired waiver waives nothing and is reported.
 */
import type { Finding, WaiverRef } from '../model/finding.js'
import { globLibrary } from './glob-library.js'
import { globMatcher } from './globs.js'
import type { Waiver } from './types.js'

/** The id under which the engine reports an expired waiver (the `expired-waiver` rule's page documents it). */
export const EXPIRED_WAIVER_RULE_ID = 'expired-waiver'

const INLINE_IGNORE = /#\s*(chaingate|zizmor)\s*:\s*ignore\[([^\]]*)\]\s*(.*)$/

export interface InlineIgnore {
  tool: 'chaingate' | 'zizmor'
  rules: string[]
  reason: string
  line: number
  column: number
}

/** Inline ignore comments on one line of text (null when there is none). */
export function parseInlineIgnore(lineText: string, line: number): InlineIgnore | null {
  const match = INLINE_IGNORE.exec(lineText)
  if (!match) return null
  const rules = (match[2] ?? '')
    .split(',')
    .map((rule) => rule.trim())
    .filter(Boolean)
  return {
    tool: match[1] as 'chaingate' | 'zizmor',
    rules,
    reason: (match[3] ?? '').trim(),
    line,
    column: (match.index ?? 0) + 1
  }
}

/** The inline ignore that covers `finding`: a comment naming its rule on any line of its span. */
export function inlineIgnoreFor(finding: Finding, text: string | string[] | undefined): InlineIgnore | null {
  if (!finding.location || text === undefined) return null
  const lines = typeof text === 'string' ? text.split('\n') : text
  const { startLine, endLine } = finding.location
  for (let line = startLine; line <= Math.min(endLine, lines.length); line += 1) {
    const ignore = parseInlineIgnore(lines[line - 1] ?? '', line)
    if (ignore && ignore.rules.includes(finding.rule)) return ignore
  }
  return null
}

export function isExpired(waiver: Waiver, now: Date): boolean {
  if (!waiver.expires) return false
  // A waiver is valid through the whole of its expiry day (UTC).
  return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1000
}

export interface WaiverOutcome {
  findings: Finding[]
  expired: Waiver[]
  unused: Waiver[]
}

/** Compares a waiver's package URL with a finding's (packageurl-js's comparison: see advisories/vex.ts `purlMatches`). */
export type PurlComparator = (pattern: string, purl: string) => boolean

/** Whether a waiver's `advisories` and `purls` (when it has them) cover the finding. */
export function waiverCovers(
  waiver: Pick<Waiver, 'advisories' | 'purls'>,
  finding: Pick<Finding, 'advisories' | 'covers' | 'purl'>,
  comparePurl?: PurlComparator
): boolean {
  if (waiver.advisories && waiver.advisories.length > 0) {
    const waived = new Set(waiver.advisories.map((id) => id.toUpperCase()))
    const named = (finding.advisories ?? []).some((id) => waived.has(id.toUpperCase()))
    // An errata is waived by its own ids, or when every vulnerability it fixes is waived.
    const covers = finding.covers ?? []
    if (!named && !(covers.length > 0 && covers.every((id) => waived.has(id.toUpperCase())))) return false
  }
  if (waiver.purls && waiver.purls.length > 0) {
    const purl = finding.purl
    if (!purl) return false
    let decoded = purl
    try {
      decoded = decodeURIComponent(purl)
    } catch {
      decoded = purl
    }
    const matches = (pattern: string): boolean =>
      /[*?[\]{}]/.test(pattern)
        ? globLibrary().minimatch(purl, pattern) ||
          globLibrary().minimatch(decoded, pattern) ||
          globLibrary().minimatch(decoded.replace(/[?#].*$/, ''), pattern)
        : comparePurl
          ? comparePurl(pattern, purl)
          : pattern === purl || pattern === decoded
    if (!waiver.purls.some(matches)) return false
  }
  return true
}

export function applyWaivers(
  findings: Finding[],
  waivers: Waiver[],
  now: Date,
  textOf: (path: string) => string | undefined,
  comparePurl?: PurlComparator
): WaiverOutcome {
  const matchers = waivers.map((waiver) => ({ waiver, matches: globMatcher(waiver.paths), used: false, expired: isExpired(waiver, now) }))
  // Lines of each file, split once (a file may carry thousands of findings).
  const linesByPath = new Map<string, string[] | undefined>()
  const linesOf = (path: string): string[] | undefined => {
    if (!linesByPath.has(path)) linesByPath.set(path, textOf(path)?.split('\n'))
    return linesByPath.get(path)
  }
  const out = findings.map((finding): Finding => {
    if (finding.status !== 'fail' && finding.status !== 'unknown') return finding
    const inline = finding.location ? inlineIgnoreFor(finding, linesOf(finding.location.path)) : null
    if (inline && finding.status === 'fail') {
      const waiver: WaiverRef = {
        source: 'inline',
        reason: inline.reason || `${inline.tool}: ignore comment without a reason`,
        location: { path: finding.location!.path, startLine: inline.line, startColumn: inline.column, endLine: inline.line, endColumn: inline.column }
      }
      return { ...finding, status: 'waived', waiver }
    }
    for (const entry of matchers) {
      if (entry.waiver.rule !== finding.rule) continue
      const pathMatches = entry.waiver.paths.length === 0 || (finding.location !== undefined && entry.matches(finding.location.path))
      if (!pathMatches || !waiverCovers(entry.waiver, finding, comparePurl)) continue
      entry.used = true
      if (entry.expired) continue
      const waiver: WaiverRef = {
        source: 'policy',
        reason: entry.waiver.reason,
        ...(entry.waiver.expires ? { expires: entry.waiver.expires } : {}),
        ...(entry.waiver.location ? { location: entry.waiver.location } : {})
      }
      return { ...finding, status: 'waived', waiver }
    }
    return finding
  })
  return {
    findings: out,
    expired: matchers.filter((entry) => entry.expired).map((entry) => entry.waiver),
    unused: matchers.filter((entry) => !entry.used && !entry.expired).map((entry) => entry.waiver)
  }
}
