/**
 * The license of every inventory package, merged from what is local and, online, from GitHub:
 *
 * 1. the lockfile (readers fill `license` where the format carries it: package-lock v2/v3, composer.lock…);
 * 2. installed metadata beside the lockfile (installed.ts: node_modules, `*.dist-info/METADATA`);
 * 3. GitHub's SBOM export of the default branch (one request; matched by purl, version included).
 *
 * The first valid SPDX expression wins; when none is valid, the first text found is kept (the rule reports
 * it as "not an SPDX expression"). GitHub being unreachable is not a failure of this fact: it is recorded,
 * so a rule can say why a license is unknown.
 */
import { defineFact, known, type Fact } from '../../model/fact.js'
import { githubSbomFact } from '../../github/facts/dependency-graph-sbom.js'
import { inventoryFact } from '../fact.js'
import type { Inventory } from '../model.js'
import type { classifyLicense, deniedBy, isSingleLicense, satisfiesAllow } from './spdx.js'

export type LicenseSource = 'lockfile' | 'installed' | 'github'

export interface PackageLicense {
  license: string
  source: LicenseSource
}

/** The SPDX functions (loaded with this fact, so rules stay synchronous and start-up loads none of them). */
export interface SpdxTools {
  classifyLicense: typeof classifyLicense
  satisfiesAllow: typeof satisfiesAllow
  deniedBy: typeof deniedBy
  isSingleLicense: typeof isSingleLicense
}

export interface PackageLicenses {
  /** Same order as the inventory's packages; undefined where no source names a license. */
  licenses: Array<PackageLicense | undefined>
  /** Whether GitHub's SBOM export was read, and if not, why (for messages). */
  github: { read: true; packages: number } | { read: false; reason: string; permission?: string }
  spdx: SpdxTools
}

export function mergeLicenses(
  inventory: Inventory,
  installed: Map<number, string>,
  github: Fact<{ licenses: Record<string, string> }>,
  spdx: SpdxTools,
  purlKey: (purl: string) => string | undefined
): Array<PackageLicense | undefined> {
  return inventory.packages.map((pkg, index) => {
    const candidates: PackageLicense[] = []
    if (pkg.license) candidates.push({ license: pkg.license, source: 'lockfile' })
    const local = installed.get(index)
    if (local) candidates.push({ license: local, source: 'installed' })
    if (github.known && pkg.purl) {
      const key = purlKey(pkg.purl)
      const remote = key ? github.value.licenses[key] : undefined
      if (remote) candidates.push({ license: remote, source: 'github' })
    }
    return candidates.find((candidate) => spdx.classifyLicense(candidate.license).kind === 'valid') ?? candidates[0]
  })
}

export const licensesFact = defineFact<PackageLicenses>('inventory.licenses', async (ctx) => {
  const inventory = await ctx.get(inventoryFact)
  if (!inventory.known) return inventory
  const spdx = await import('./spdx.js')
  const { purlKey } = await import('./purl-key.js')
  const { installedLicenses } = await import('./installed.js')
  const isExpression = (text: string): boolean => spdx.classifyLicense(text).kind === 'valid'
  const installed = installedLicenses(ctx.workspace, inventory.value.packages, isExpression)
  // Only worth a request when some package still has no valid license.
  const needsGitHub = inventory.value.packages.some((pkg, index) => !isExpression(pkg.license ?? installed.get(index) ?? ''))
  const github = needsGitHub ? await ctx.get(githubSbomFact) : known({ licenses: {}, packages: 0 })
  const tools: SpdxTools = {
    classifyLicense: spdx.classifyLicense,
    satisfiesAllow: spdx.satisfiesAllow,
    deniedBy: spdx.deniedBy,
    isSingleLicense: spdx.isSingleLicense
  }
  return known({
    licenses: mergeLicenses(inventory.value, installed, github, tools, purlKey),
    github: github.known
      ? { read: true, packages: github.value.packages }
      : { read: false, reason: github.reason, ...(github.permission ? { permission: github.permission } : {}) },
    spdx: tools
  })
})
