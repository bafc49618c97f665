/**
 * Licenses against the policy: an allow-list or a deny-list of SPDX licenses (not both), per-package
 * exemptions (purl or name globs), and a scope filter. A license that is not known, or not an SPDX
 * expression, is `unknown` for that package: never a pass. Packages with no license data at all are
 * reported once per file (a lockfile format that records no licenses would otherwise flood the report).
 */
import { globLibrary } from '../../policy/glob-library.js'
import { inventoryFact } from '../../inventory/fact.js'
import { licensesFact, type PackageLicenses } from '../../inventory/licenses/fact.js'
import type { Package, Scope } from '../../inventory/model.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { listSome, locationOf, packageLabel } from './package-location-support.js'

export interface LicensePolicyOptions {
  /** SPDX licenses allowed (`MIT`, `Apache-2.0`, `GPL-2.0+`, `GPL-2.0-only WITH Classpath-exception-2.0`). */
  allow?: string[]
  /** SPDX licenses denied; everything else is accepted. */
  deny?: string[]
  /** purl globs (`pkg:npm/@acme/*`) or name globs (`@acme/*`, `internal-*`) not checked. */
  exempt: string[]
  /** Scopes checked; default runtime, optional and unknown (what ships). */
  scopes: Scope[]
}

/** One license: an id, `id+`, `id WITH exception`, `LicenseRef-…` (no AND/OR: spdx-satisfies compares single licenses). */
const SINGLE_LICENSE = /^[A-Za-z0-9][A-Za-z0-9.:+-]*( WITH [A-Za-z0-9][A-Za-z0-9.:+-]*)?$/

function exempted(pkg: Package, globs: string[]): boolean {
  return globs.some((glob) =>
    glob.startsWith('pkg:')
      ? pkg.purl !== undefined && globLibrary().minimatch(pkg.purl, glob, { nocase: true })
      : globLibrary().minimatch(pkg.name, glob, { nocase: true })
  )
}

function whyNoLicense(format: string, licenses: PackageLicenses): string {
  const github = licenses.github.read ? "not in GitHub's SBOM export of the default branch either" : `GitHub's SBOM export not read: ${licenses.github.reason}`
  return `no license data: ${format} records none, no installed metadata was found beside it, ${github}`
}

export const licensePolicy = defineRule<LicensePolicyOptions>({
  meta: {
    id: 'license-policy',
    area: 'dependencies',
    severity: 'high',
    title: 'Dependency license outside the license policy',
    rationale:
      'A dependency under a license the organisation cannot accept (strong copyleft in a product it distributes, a non-commercial clause, no license at all) is a legal problem that grows with every release that ships it. The check only says something useful against a policy: configure `allow` or `deny`.',
    remediation: 'Replace the package, obtain it under another license, or record a reviewed exception (`exempt`, or a waiver with a reason and expiry).',
    references: ['SSC (dependencies: licenses)', 'OSPS-LE-02', 'dependency-review-action: allow-licenses / deny-licenses', 'https://spdx.org/licenses/'],
    access: {
      token: 'none',
      githubToken: ['contents: read'],
      fineGrained: ['Contents: read'],
      note: "offline: licenses from lockfiles and installed metadata; with a token, also GitHub's SBOM export (one request)"
    },
    baseline: false
  },
  needs: [inventoryFact, licensesFact],
  defaultOptions: { exempt: [], scopes: ['runtime', 'optional', 'unknown'] },
  strictOptions: { scopes: ['runtime', 'dev', 'optional', 'unknown'] },
  optionsSchema: {
    type: 'object',
    properties: {
      allow: { type: 'array', items: { type: 'string' }, description: 'SPDX licenses allowed (ids, id+, id WITH exception); not with deny' },
      deny: { type: 'array', items: { type: 'string' }, description: 'SPDX licenses denied; not with allow' },
      exempt: { type: 'array', items: { type: 'string', minLength: 1 }, description: 'purl globs (pkg:npm/@acme/*) or name globs not checked' },
      scopes: {
        type: 'array',
        items: { enum: ['runtime', 'dev', 'optional', 'unknown'] },
        uniqueItems: true,
        description: 'scopes checked (default runtime, optional, unknown)'
      }
    }
  },
  checkOptions(options) {
    if (options.allow !== undefined && options.deny !== undefined)
      return [{ key: 'deny', message: 'license-policy takes an allow list or a deny list, not both' }]
    const problems: Array<{ key: string; message: string }> = []
    for (const key of ['allow', 'deny'] as const) {
      const wrong = (options[key] ?? []).find((entry) => !SINGLE_LICENSE.test(entry))
      if (wrong !== undefined)
        problems.push({
          key,
          message: `license-policy ${key}: "${wrong}" is not one SPDX license (an id, id+, or id WITH exception; list the licenses of an AND/OR one by one)`
        })
    }
    return problems
  },
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact)
    const licenses = ctx.need(licensesFact)
    const { allow, deny, exempt, scopes } = ctx.options
    const list = allow ?? deny
    if (list === undefined) return [{ status: 'pass', message: 'not applicable: no license policy configured (set allow or deny)' }]
    const { spdx } = licenses
    const badEntries = list.filter((entry) => !spdx.isSingleLicense(entry))
    if (badEntries.length > 0) {
      return [
        {
          status: 'unknown',
          message: `the license policy's ${allow ? 'allow' : 'deny'} list has entries that are not SPDX licenses: ${badEntries.join(', ')} (see https://spdx.org/licenses/)`
        }
      ]
    }
    const formats = new Map(inventory.files.map((file) => [file.path, file.format]))
    const results: RuleResult[] = []
    const noData = new Map<string, Package[]>()
    inventory.packages.forEach((pkg, index) => {
      if (pkg.source === 'workspace' || pkg.ecosystem === 'GitHub Actions' || !scopes.includes(pkg.scope) || exempted(pkg, exempt)) return
      const found = licenses.licenses[index]
      const license = spdx.classifyLicense(found?.license)
      const where = locationOf(pkg.location)
      const label = packageLabel(pkg)
      const from = found
        ? ` (from ${found.source === 'github' ? "GitHub's dependency graph" : found.source === 'installed' ? 'installed metadata' : 'the lockfile'})`
        : ''
      switch (license.kind) {
        case 'no-assertion':
          if (found) results.push({ status: 'unknown', message: `${label}: license "${license.raw}"${from} says nothing about the license`, location: where })
          else noData.set(pkg.location.path, [...(noData.get(pkg.location.path) ?? []), pkg])
          return
        case 'invalid':
          results.push({ status: 'unknown', message: `${label}: license "${license.raw}"${from} is ${license.reason}`, location: where })
          return
        case 'no-license':
          if (allow)
            results.push({
              status: 'fail',
              message: `${label} grants no license ("${license.raw}"${from}), which the allow list cannot accept`,
              location: where
            })
          return
        case 'valid': {
          let verdict: RuleResult | null
          try {
            if (allow)
              verdict = spdx.satisfiesAllow(license.expression, allow)
                ? null
                : { status: 'fail', message: `${label} is licensed ${license.expression}${from}, not allowed by the license policy`, location: where }
            else {
              const denied = spdx.deniedBy(license.expression, deny!)
              verdict =
                denied.length === 0
                  ? null
                  : {
                      status: 'fail',
                      message: `${label} is licensed ${license.expression}${from}: ${denied.join(', ')} ${denied.length === 1 ? 'is' : 'are'} denied by the license policy`,
                      location: where
                    }
            }
          } catch (error) {
            verdict = {
              status: 'unknown',
              message: `${label}: license ${license.expression}${from} could not be compared with the policy (${(error as Error).message})`,
              location: where
            }
          }
          if (verdict) results.push(verdict)
        }
      }
    })
    for (const [file, packages] of noData) {
      results.push({
        status: 'unknown',
        message: `${packages.length} package${packages.length === 1 ? '' : 's'} in ${file} ${packages.length === 1 ? 'has' : 'have'} an unknown license (${whyNoLicense(formats.get(file) ?? 'the file', licenses)}): ${listSome(packages.map(packageLabel))}`,
        location: locationOf(packages[0]!.location),
        ...(!licenses.github.read && licenses.github.permission ? { permission: licenses.github.permission } : {})
      })
    }
    return results
  }
})
