/**
 * Which advisories of the GitHub Advisory Database affect the version of an action a workflow runs: the
 * advisories and the versions of the action refs are fetched by `github/facts/action-refs.ts`; judging
 * whether a version is inside an advisory's range is done here.
 */
import { compareVersions, parseVersion, type ActionAdvisory } from '../github/facts/action-refs.js'

/** Whether `version` is inside a GHSA `vulnerable_version_range` (`< 35.0.0`, `>= 1.0, < 1.2.3`, `= 2.0`). */
export function inRange(version: string, range: string | null): boolean {
  const parsed = parseVersion(version)
  if (!parsed || !range) return false
  return range.split(',').every((clause) => {
    const match = /^\s*(<=|>=|<|>|=)?\s*v?([\d.]+)\s*$/.exec(clause)
    if (!match) return false
    const bound = parseVersion(match[2]!)
    if (!bound) return false
    const diff = compareVersions(parsed, bound)
    switch (match[1] ?? '=') {
      case '<':
        return diff < 0
      case '<=':
        return diff <= 0
      case '>':
        return diff > 0
      case '>=':
        return diff >= 0
      default:
        return diff === 0
    }
  })
}

/** Advisories whose ranges contain `version` of `owner/repo` (or `owner/repo/path`). */
export function affected(advisories: ActionAdvisory[], packages: string[], version: string): Array<{ advisory: ActionAdvisory; firstPatched: string | null }> {
  const names = new Set(packages.map((name) => name.toLowerCase()))
  const found: Array<{ advisory: ActionAdvisory; firstPatched: string | null }> = []
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue
    const hit = advisory.vulnerabilities.find((vulnerability) => names.has(vulnerability.package.toLowerCase()) && inRange(version, vulnerability.range))
    if (hit) found.push({ advisory, firstPatched: hit.firstPatched })
  }
  return found
}
