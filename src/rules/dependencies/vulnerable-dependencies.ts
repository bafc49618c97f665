/**
 * Known vulnerabilities in the inventory's packages, from the run's advisory source (GitHub's database, the
 * OSV API or a local OSV snapshot). One result per package and advisory (aliases merged), naming the
 * package, version, scope, dependency path, every advisory id, severity, fixed versions and the lockfile
 * line. Gates: `fail-on` (GitHub's words; the severity computed from CVSS vectors), `only-fixed`,
 * `max-age-days` (an unfixed advisory older than that fails whatever the rest says), `scopes`, `epss`,
 * and in a pull request `gate: introduced` (only what the change added). What is not gated is reported as a
 * `pass` saying why; what the source could not check is `unknown`. Malicious packages are left to
 * malicious-package.
 */
import { advisoriesFact } from '../../advisories/fact.js'
import { SEVERITY_WORDS, type SeverityWord } from '../../advisories/model.js'
import { imageScansFact, type ImageScan } from '../../images/scan-fact.js'
import { inventoryFact } from '../../inventory/fact.js'
import { packageKey, type Inventory, type Package, type Scope } from '../../inventory/model.js'
import type { Fact } from '../../model/fact.js'
import { defineRule, type RuleContext, type RuleResult } from '../../model/rule.js'
import { dependencyDiffFact } from '../../pull-request/dependency-diff.js'
import {
  advisoryLabel,
  judged,
  nothingToCheck,
  DependencyPaths,
  describePath,
  gateOutcome,
  imageFixState,
  imageMatchFields,
  imagePackageLabel,
  imageUnknowns,
  introducedView,
  matchFields,
  matchSeverity,
  sourceLabel,
  uncheckedResults,
  withImages,
  type GateOptions
} from './advisory-support.js'
import { listSome, packageLabel } from './package-location-support.js'

export interface VulnerableDependenciesOptions {
  /** Lowest severity that fails (GitHub's words). */
  'fail-on': SeverityWord
  /** Fail only when a fixed version exists (the fix is always printed). */
  'only-fixed': boolean
  /** An advisory with no fix published more than this many days ago fails whatever the other options say. */
  'max-age-days'?: number
  /**
   * Scopes gated. Unset: runtime, optional and unknown (what ships), and dev too when the inventory has no
   * package of those scopes (a tooling-only repository would otherwise never fail).
   */
  scopes?: Scope[]
  /** Fail only advisories whose EPSS probability (0–1) is at least this, where the source gives EPSS. */
  epss?: number
  /** In a pull request: gate only the packages the change introduced (default), or every package. */
  gate: 'introduced' | 'all'
}

const SHIPPED: Scope[] = ['runtime', 'optional', 'unknown']

/** The scopes gated under the options (see `scopes`). */
export function gatedScopes(option: Scope[] | undefined, packages: Package[]): { scopes: Scope[]; why: string } {
  if (option) return { scopes: option, why: 'the scopes option' }
  const ships = packages.some((pkg) => judged(pkg) && SHIPPED.includes(pkg.scope))
  return ships
    ? { scopes: SHIPPED, why: 'default: runtime, optional and unknown' }
    : { scopes: [...SHIPPED, 'dev'], why: 'default: every scope, the inventory having only dev packages' }
}

export const vulnerableDependencies = defineRule<VulnerableDependenciesOptions>({
  meta: {
    id: 'vulnerable-dependencies',
    area: 'dependencies',
    severity: 'high',
    title: 'Dependency with a known vulnerability',
    rationale:
      'A dependency with a published vulnerability is the easiest way into a build or a product: the advisory tells an attacker what to do. Gating precisely (severity, fix available, scope, what the pull request introduced) keeps the gate meaningful instead of noisy.',
    remediation:
      'Upgrade to a fixed version (given in the finding), or remove the dependency. Where the vulnerable code cannot be reached, publish a VEX statement (`not_affected` with a justification) or add a waiver with a reason and an expiry.',
    references: [
      'SSC (dependencies: known vulnerabilities)',
      'OSPS-VM-05.03',
      'SLSA (dependency tracking)',
      'https://ossf.github.io/osv-schema/',
      'dependency-review-action: fail-on-severity, fail-on-scopes'
    ],
    access: {
      token: 'none',
      note: "offline with a local OSV snapshot (--advisories DIR); GitHub's advisory database and the OSV API need network, no token (a token raises GitHub's rate limit)"
    }
  },
  needs: [inventoryFact],
  uses: [advisoriesFact, dependencyDiffFact, imageScansFact],
  defaultOptions: { 'fail-on': 'low', 'only-fixed': false, gate: 'introduced' },
  strictOptions: { scopes: ['runtime', 'dev', 'optional', 'unknown'], 'max-age-days': 90 },
  optionsSchema: {
    type: 'object',
    properties: {
      'fail-on': { enum: [...SEVERITY_WORDS], description: "lowest severity that fails (GitHub's words), default low" },
      'only-fixed': { type: 'boolean', description: 'fail only when a fixed version exists (default false)' },
      'max-age-days': { type: 'integer', minimum: 0, description: 'an unfixed advisory published longer ago than this fails whatever the other options say' },
      scopes: {
        type: 'array',
        items: { enum: ['runtime', 'dev', 'optional', 'unknown'] },
        uniqueItems: true,
        description: 'scopes gated (default runtime, optional, unknown; every scope when there are only dev packages)'
      },
      epss: { type: 'number', minimum: 0, maximum: 1, description: 'fail only at or above this EPSS probability, where the source gives EPSS' },
      gate: { enum: ['introduced', 'all'], description: 'in a pull request: only what the change introduced (default), or every package' }
    }
  },
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact)
    const { scopes, why } = gatedScopes(ctx.options.scopes, inventory.packages)
    return withImages(workspaceResults(ctx, inventory, scopes, why), imageResults(ctx.fact(imageScansFact), ctx.options, scopes, why, ctx.now))
  }
})

type Context = RuleContext<VulnerableDependenciesOptions>

/** The lockfiles' (and SBOMs') packages. */
function workspaceResults(ctx: Context, inventory: Inventory, scopes: Scope[], why: string): RuleResult[] {
  const advisories = ctx.fact(advisoriesFact)
  const unseen = nothingToCheck(inventory, advisories)
  if (unseen) return [unseen]
  if (!advisories.known) return []
  const options = ctx.options
  const report = advisories.value
  const paths = new DependencyPaths(inventory)
  const view = introducedView(options.gate, ctx.fact(dependencyDiffFact))
  const results: RuleResult[] = []
  for (const match of report.matches) {
    if (match.advisory.malicious || !judged(match.package)) continue
    const pkg = match.package
    const chain = paths.pathTo(pkg)
    const introduced = view.keys ? view.keys.has(packageKey(pkg)) : null
    const fields = matchFields(match, chain, introduced, report)
    const severity = matchSeverity(match)
    const fixed = match.fixedVersions.length > 0 ? `fixed in ${listSome(match.fixedVersions, 3)}` : 'no fixed version published'
    const head = `${packageLabel(pkg)} (${pkg.ecosystem}, ${pkg.scope}, ${describePath(pkg, chain)}): ${advisoryLabel(match)}; ${fixed}`
    const notGated = (reason: string): void => void results.push({ status: 'pass', message: `${head}; not gated: ${reason}`, severity, ...fields })
    if (!scopes.includes(pkg.scope)) {
      notGated(`${pkg.scope} scope (${why})`)
      continue
    }
    if (view.keys && !introduced) {
      notGated('already in the base, not introduced by this change (gate: introduced)')
      continue
    }
    const { overdue, below } = gateOutcome(match, options, ctx.now)
    if (below.length > 0) {
      notGated(below.join('; '))
      continue
    }
    const message = `${head}${overdue ? `; ${overdue}` : ''}`
    if (view.unavailable)
      results.push({ status: 'unknown', message: `${message}; could not tell whether this change introduced it: ${view.unavailable}`, severity, ...fields })
    else results.push({ status: 'fail', message, severity, ...fields })
  }
  results.push(...uncheckedResults(report, (pkg) => scopes.includes(pkg.scope)))
  if (results.length === 0) {
    const checked = report.checked
    results.push({ status: 'pass', message: `no known vulnerability in ${checked} package${checked === 1 ? '' : 's'} checked against ${sourceLabel(report)}` })
  }
  return results
}

/**
 * The images named by the run (`check --image`): judged like the lockfiles' packages (scopes: their packages
 * are runtime; no pull-request gate, an image not being part of the change's diff), located at no file.
 */
export function imageResults(
  fact: Fact<{ images: ImageScan[] }>,
  options: GateOptions & { scopes?: Scope[] },
  scopes: Scope[],
  why: string,
  now: Date
): RuleResult[] {
  if (!fact.known)
    return [
      {
        status: 'unknown',
        message: `the images named by the run were not checked for known vulnerabilities: ${fact.reason}`,
        ...(fact.permission ? { permission: fact.permission } : {})
      }
    ]
  const results: RuleResult[] = []
  for (const scan of fact.value.images) {
    if (!scan.ok) continue
    const label = `image ${scan.reference}`
    let reported = 0
    for (const match of scan.report.matches) {
      if (match.advisory.malicious) continue
      reported += 1
      const pkg = match.package
      const fields = imageMatchFields(scan, match, undefined)
      const severity = matchSeverity(match)
      const head = `${label}: ${imagePackageLabel(pkg)}: ${advisoryLabel(match)}; ${imageFixState(match)}`
      if (!scopes.includes(pkg.scope)) {
        results.push({ status: 'pass', message: `${head}; not gated: ${pkg.scope} scope (${why})`, severity, ...fields })
        continue
      }
      const { overdue, below } = gateOutcome(match, options, now)
      if (below.length > 0) results.push({ status: 'pass', message: `${head}; not gated: ${below.join('; ')}`, severity, ...fields })
      else results.push({ status: 'fail', message: `${head}${overdue ? `; ${overdue}` : ''}`, severity, ...fields })
    }
    if (reported === 0 && scan.report.unchecked.length === 0 && scan.problems.length === 0) {
      results.push({
        status: 'pass',
        message: `${label} (${scan.platform}${scan.distro ? `, ${scan.distro}` : ''}): no known vulnerability in ${scan.packages} package${scan.packages === 1 ? '' : 's'} checked against ${sourceLabel(scan.report)}`,
        details: { image: scan.reference, imageDigest: scan.digest }
      })
    }
  }
  results.push(
    ...imageUnknowns(
      fact.value.images.map((scan) => ({ scan, label: `image ${scan.reference}` })),
      (pkg) => scopes.includes(pkg.scope)
    )
  )
  return results
}
