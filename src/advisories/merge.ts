/** Merging what several databases say about the same flaw. */
import type { AdvisoryMatch, Package } from './model.js'

/**
 * One match per package and advisory: records of different databases that alias each other (a GHSA and
 * the PYSEC record of the same flaw) become one, with every id and every fixed version.
 */
export function mergeAliases(matches: AdvisoryMatch[]): AdvisoryMatch[] {
  const merged: AdvisoryMatch[] = []
  const byPackage = new Map<Package, AdvisoryMatch[]>()
  for (const match of matches) byPackage.set(match.package, [...(byPackage.get(match.package) ?? []), match])
  for (const list of byPackage.values()) {
    const groups: AdvisoryMatch[] = []
    for (const match of list) {
      const ids = new Set([match.advisory.id, ...match.advisory.aliases])
      const same = groups.find((group) => [group.advisory.id, ...group.advisory.aliases].some((id) => ids.has(id)))
      if (!same) {
        groups.push({
          ...match,
          advisory: { ...match.advisory, aliases: [...match.advisory.aliases], ...(match.advisory.covers ? { covers: [...match.advisory.covers] } : {}) },
          fixedVersions: [...match.fixedVersions]
        })
        continue
      }
      const all = new Set([same.advisory.id, ...same.advisory.aliases, ...ids])
      if (!same.advisory.id.startsWith('GHSA-') && match.advisory.id.startsWith('GHSA-')) same.advisory.id = match.advisory.id
      same.advisory.aliases = [...all].filter((id) => id !== same.advisory.id).sort()
      same.fixedVersions = [...new Set([...same.fixedVersions, ...match.fixedVersions])]
      if (match.advisory.covers || same.advisory.covers) {
        const covers = new Set([...(same.advisory.covers ?? []), ...(match.advisory.covers ?? [])])
        for (const id of [same.advisory.id, ...same.advisory.aliases]) covers.delete(id)
        if (covers.size > 0) same.advisory.covers = [...covers].sort()
        else delete same.advisory.covers
      }
      same.advisory.malicious ||= match.advisory.malicious
      if (same.advisory.severity.word === null || (match.advisory.severity.score ?? -1) > (same.advisory.severity.score ?? -1))
        same.advisory.severity = match.advisory.severity
    }
    merged.push(...groups)
  }
  return merged
}
