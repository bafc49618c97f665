/**
 * The inventory as reports show it: packages and files per ecosystem, by scope, and the licenses found.
 * Part of the JSON report (`inventory`, docs/report-format.md).
 */
import type { Inventory, Scope } from './model.js'

export interface EcosystemSummary {
  ecosystem: string
  /** Lockfiles, manifests, SBOMs and workflow files that contributed packages of this ecosystem. */
  files: number
  packages: number
  /** Packages the project names itself (where the file says). */
  direct: number
  scopes: Record<Scope, number>
}

export interface InventorySummary {
  packages: number
  files: number
  /** Files that could not be read (each is an `unknown` finding of dependency-inventory). */
  problems: number
  /** Lockfiles and manifests not read because the policy's `ignore-paths` excludes them. */
  skipped: number
  /** Sorted by package count, then name. */
  ecosystems: EcosystemSummary[]
  /**
   * Licenses of the packages (GitHub Actions and the workspace's own packages left out): `sources` says what
   * was consulted (`lockfile` alone unless the license-policy rule ran: then installed metadata and, online,
   * GitHub's SBOM export too). `byLicense` holds the 20 most frequent; `unknown` counts packages without one.
   */
  licenses: { sources: string[]; byLicense: Record<string, number>; other: number; unknown: number }
}

const TOP_LICENSES = 20

export function summariseInventory(
  inventory: Inventory,
  licenses?: { licenses: Array<{ license: string } | undefined>; github: { read: boolean } }
): InventorySummary {
  const ecosystems = new Map<string, EcosystemSummary & { paths: Set<string> }>()
  const counts = new Map<string, number>()
  let unknown = 0
  inventory.packages.forEach((pkg, index) => {
    let entry = ecosystems.get(pkg.ecosystem)
    if (!entry) {
      entry = { ecosystem: pkg.ecosystem, files: 0, packages: 0, direct: 0, scopes: { runtime: 0, dev: 0, optional: 0, unknown: 0 }, paths: new Set() }
      ecosystems.set(pkg.ecosystem, entry)
    }
    entry.packages += 1
    entry.scopes[pkg.scope] += 1
    if (pkg.direct) entry.direct += 1
    entry.paths.add(pkg.location.path)
    if (pkg.ecosystem === 'GitHub Actions' || pkg.source === 'workspace') return
    const license = licenses ? licenses.licenses[index]?.license : pkg.license
    if (license) counts.set(license, (counts.get(license) ?? 0) + 1)
    else unknown += 1
  })
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  const byLicense = Object.fromEntries(ranked.slice(0, TOP_LICENSES))
  const other = ranked.slice(TOP_LICENSES).reduce((sum, [, n]) => sum + n, 0)
  return {
    packages: inventory.packages.length,
    files: inventory.files.length,
    problems: inventory.problems.length,
    skipped: inventory.skipped?.length ?? 0,
    ecosystems: [...ecosystems.values()]
      .map(({ paths, ...entry }) => ({ ...entry, files: paths.size }))
      .sort((a, b) => b.packages - a.packages || (a.ecosystem < b.ecosystem ? -1 : a.ecosystem > b.ecosystem ? 1 : 0)),
    licenses: { sources: licenses ? ['lockfile', 'installed', ...(licenses.github.read ? ['github'] : [])] : ['lockfile'], byLicense, other, unknown }
  }
}
