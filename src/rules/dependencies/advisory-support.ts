/**
 * What the known-vulnerability rules (vulnerable-dependencies, malicious-package) share: the dependency
 * path to a package (the direct dependency that pulls it in, from the inventory's edges), the structured
 * fields of a finding about one advisory, the packages the source could not check (reported `unknown`,
 * grouped per file), and whether a package was introduced by the pull request under review.
 */
import type { Fact } from '../../model/fact.js'
import type { Location, Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { packageKey, type Inventory, type Package } from '../../inventory/model.js'
import { advisoryIds, SEVERITY_WORDS, type AdvisoryMatch, type AdvisoryReport, type SeverityWord } from '../../advisories/model.js'
import type { ImageScan } from '../../images/scan-fact.js'
import type { DependencyDiff } from '../../pull-request/dependency-diff.js'
import { listSome, locationOf, packageLabel } from './package-location-support.js'

/**
 * Before the advisories are read: a pass when the inventory has no package with a resolved version (nothing
 * to look up, whether or not a source is configured), the source's `unknown` when it could not answer.
 * null: go on with the advisories.
 */
/**
 * The packages these rules judge: not the workspace's own packages, and not the GitHub Actions of workflow
 * `uses:` (their versions are refs: known-vulnerable-actions resolves them and checks the advisories).
 */
export function judged(pkg: Package): boolean {
  return pkg.source !== 'workspace' && pkg.ecosystem !== 'GitHub Actions'
}

export const NOTHING_TO_LOOK_UP = 'no package with a resolved version to look up in an advisory database'

/** The workspace's results beside the images': its "nothing to look up" pass is dropped when an image was judged. */
export function withImages(workspace: RuleResult[], images: RuleResult[]): RuleResult[] {
  const empty = workspace.length === 1 && workspace[0]!.status === 'pass' && workspace[0]!.message === NOTHING_TO_LOOK_UP
  return images.length > 0 && empty ? images : [...workspace, ...images]
}

export function nothingToCheck(inventory: Inventory, advisories: Fact<AdvisoryReport>): RuleResult | null {
  const lookups = inventory.packages.filter((pkg) => pkg.version !== null && judged(pkg)).length
  if (lookups === 0) return { status: 'pass', message: NOTHING_TO_LOOK_UP }
  if (!advisories.known)
    return {
      status: 'unknown',
      message: `${lookups} package${lookups === 1 ? '' : 's'} not checked for known vulnerabilities: ${advisories.reason}`,
      ...(advisories.permission ? { permission: advisories.permission } : {})
    }
  return null
}

/** GitHub's words → the finding severities. */
export const SEVERITY_OF_WORD: Record<SeverityWord, Severity> = { critical: 'critical', high: 'high', moderate: 'medium', low: 'low' }

/** How a source is named in messages: `the OSV snapshot /data/osv (2026-11-20)`. */
export function sourceLabel(report: AdvisoryReport): string {
  const { kind, location, snapshot } = report.source
  const name = kind === 'github' ? "GitHub's advisory database" : kind === 'osv' ? 'the OSV API' : 'the OSV snapshot'
  return `${name} ${location}${snapshot ? ` (snapshot ${snapshot.slice(0, 10)})` : ''}`
}

/**
 * Dependency paths: for a package, the shortest chain from a direct dependency of the same file down to
 * it (`[direct, …, package]`), from the inventory's edges. `[]` when the package is direct itself; null
 * when the file records no way to it (no edges, or an orphan).
 */
export class DependencyPaths {
  private readonly parents = new Map<string, string[]>()
  private readonly byKey = new Map<string, Package>()
  private readonly memo = new Map<string, Package[] | null>()

  constructor(inventory: Inventory) {
    for (const pkg of inventory.packages) this.byKey.set(packageKey(pkg), pkg)
    for (const edge of inventory.edges) this.parents.set(edge.to, [...(this.parents.get(edge.to) ?? []), edge.from])
  }

  pathTo(pkg: Package): Package[] | null {
    const start = packageKey(pkg)
    if (this.memo.has(start)) return this.memo.get(start)!
    let found: Package[] | null = null
    if (pkg.direct === true) found = []
    else {
      // Breadth-first up the edges: the first direct package reached is the nearest.
      const previous = new Map<string, string>([[start, '']])
      const queue = [start]
      while (queue.length > 0 && !found) {
        const key = queue.shift()!
        for (const parent of this.parents.get(key) ?? []) {
          if (previous.has(parent)) continue
          previous.set(parent, key)
          const node = this.byKey.get(parent)
          if (node?.direct === true) {
            const chain: Package[] = []
            for (let at: string = parent; at !== ''; at = previous.get(at)!) {
              const step = this.byKey.get(at)
              if (step) chain.push(step)
            }
            found = chain
            break
          }
          queue.push(parent)
        }
      }
    }
    this.memo.set(start, found)
    return found
  }
}

/** `via express > body-parser` / `direct dependency` / `dependency path unknown`. */
export function describePath(pkg: Package, chain: Package[] | null): string {
  if (chain === null)
    return pkg.direct === false ? 'transitive, path not recorded' : pkg.direct === null ? 'direct or transitive: the file does not say' : 'direct dependency'
  if (chain.length === 0) return 'direct dependency'
  return `via ${chain
    .slice(0, -1)
    .map((step) => step.name)
    .join(' > ')}`
}

/** What the gates know about the pull request: which packages it introduced (null: judge every package). */
export interface IntroducedView {
  /** null: not a pull request (or `gate: all`): every package is judged. */
  keys: Set<string> | null
  /** Set when the gate wanted the base and could not read it: failures become unknown with this reason. */
  unavailable?: string
}

export function introducedView(gate: 'introduced' | 'all', diff: Fact<DependencyDiff>): IntroducedView {
  if (gate === 'all') return { keys: null }
  if (diff.known) return { keys: diff.value.introduced }
  if (diff.cause === 'other-event' || diff.cause === 'not-applicable') return { keys: null }
  return { keys: null, unavailable: diff.reason }
}

/** The structured fields of a finding about one package and one advisory (JSON report, SARIF properties). */
export function matchFields(
  match: AdvisoryMatch,
  chain: Package[] | null,
  introduced: boolean | null,
  report: AdvisoryReport
): Pick<RuleResult, 'purl' | 'advisories' | 'covers' | 'fixedVersions' | 'details' | 'location'> {
  const { package: pkg, advisory } = match
  return {
    ...(pkg.purl ? { purl: pkg.purl } : {}),
    advisories: advisoryIds(advisory),
    ...(advisory.covers ? { covers: [...advisory.covers] } : {}),
    fixedVersions: [...match.fixedVersions],
    location: locationOf(pkg.location),
    details: {
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      version: pkg.version,
      scope: pkg.scope,
      direct: pkg.direct,
      dependencyPath: chain === null ? null : [...chain.map((step) => packageLabel(step)), ...(chain.length === 0 ? [packageLabel(pkg)] : [])],
      severity: advisory.severity.word,
      ...(advisory.severity.score !== undefined ? { cvssScore: advisory.severity.score } : {}),
      ...(advisory.severity.vector ? { cvssVector: advisory.severity.vector } : {}),
      ...(advisory.published ? { published: advisory.published } : {}),
      ...(advisory.epss ? { epss: advisory.epss.percentage } : {}),
      ...(advisory.summary ? { summary: advisory.summary } : {}),
      ...(advisory.url ? { url: advisory.url } : {}),
      introduced,
      source: report.source.kind,
      ...(report.source.snapshot ? { snapshot: report.source.snapshot } : {})
    }
  }
}

/** `GHSA-x (CVE-y, PYSEC-z)`; an errata with what it fixes: `USN-1-1 (fixes CVE-a, CVE-b)`. */
export function idsLabel(match: AdvisoryMatch): string {
  const [first, ...rest] = advisoryIds(match.advisory)
  const covers = match.advisory.covers ?? []
  const parts = [...(rest.length ? [listSome(rest, 4)] : []), ...(covers.length ? [`fixes ${listSome(covers, 4)}`] : [])]
  return parts.length ? `${first} (${parts.join('; ')})` : first!
}

/**
 * The packages the source could not check, one `unknown` per file: the source's reason per package (an
 * ecosystem with no data, a version the comparator cannot read). `keep` filters the packages concerned.
 */
export function uncheckedResults(report: AdvisoryReport, keep: (pkg: Package) => boolean = () => true): RuleResult[] {
  const byFile = new Map<string, AdvisoryReport['unchecked']>()
  for (const entry of report.unchecked) {
    if (!judged(entry.package) || !keep(entry.package)) continue
    byFile.set(entry.package.location.path, [...(byFile.get(entry.package.location.path) ?? []), entry])
  }
  const results: RuleResult[] = []
  for (const [file, entries] of byFile) {
    const reasons = [...new Set(entries.map((entry) => entry.reason))]
    const one = entries.length === 1 ? entries[0]! : undefined
    results.push({
      status: 'unknown',
      message:
        `${entries.length} package${entries.length === 1 ? '' : 's'} in ${file} could not be checked against ${sourceLabel(report)}: ` +
        (reasons.length === 1
          ? `${reasons[0]}: ${listSome(entries.map((entry) => packageLabel(entry.package)))}`
          : listSome(entries.map((entry) => `${packageLabel(entry.package)} (${entry.reason})`))),
      location: locationOf(entries[0]!.package.location),
      ...(one?.package.purl ? { purl: one.package.purl } : {}),
      details: { packages: entries.map((entry) => entry.package.purl ?? packageLabel(entry.package)) }
    })
  }
  return results
}

/** The options every vulnerability gate shares (vulnerable-dependencies; images reported by it). */
export interface GateOptions {
  'fail-on': SeverityWord
  'only-fixed': boolean
  'max-age-days'?: number
  epss?: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * The judgement of one match in scope: `overdue` (the SLA: an unfixed advisory published more than
 * max-age-days ago, which fails whatever the rest says) or the reasons it is below the gate (none: it fails).
 */
export function gateOutcome(match: AdvisoryMatch, options: GateOptions, now: Date): { overdue: string | null; below: string[] } {
  const overdue = overdueBy(match, options['max-age-days'], now)
  return { overdue, below: overdue ? [] : belowGate(match, options) }
}

function belowGate(match: AdvisoryMatch, options: GateOptions): string[] {
  const reasons: string[] = []
  const word = match.advisory.severity.word
  // An advisory without a severity cannot be shown to be below the threshold: it is gated.
  if (word && SEVERITY_WORDS.indexOf(word) < SEVERITY_WORDS.indexOf(options['fail-on'])) reasons.push(`${word} is below fail-on ${options['fail-on']}`)
  if (options['only-fixed'] && match.fixedVersions.length === 0)
    reasons.push(match.noFix ? 'no fix will come (only-fixed)' : 'no fixed version yet (only-fixed)')
  const epss = match.advisory.epss?.percentage
  if (options.epss !== undefined && epss !== undefined && epss < options.epss) reasons.push(`EPSS ${epss} is below ${options.epss}`)
  return reasons
}

function overdueBy(match: AdvisoryMatch, days: number | undefined, now: Date): string | null {
  if (days === undefined || match.fixedVersions.length > 0 || !match.advisory.published) return null
  const published = Date.parse(match.advisory.published)
  if (!Number.isFinite(published)) return null
  const age = Math.floor((now.getTime() - published) / DAY_MS)
  return age > days ? `published ${age} days ago with no fix, over max-age-days ${days}` : null
}

/** The finding severity of a match (an advisory without a word is treated as high). */
export function matchSeverity(match: AdvisoryMatch): Severity {
  const word = match.advisory.severity.word
  return word ? SEVERITY_OF_WORD[word] : 'high'
}

/** `CVE-x, high 7.5 — summary` */
export function advisoryLabel(match: AdvisoryMatch): string {
  const { advisory } = match
  const score = advisory.severity.score !== undefined ? ` ${advisory.severity.score.toFixed(1)}` : ''
  return `${idsLabel(match)}, ${advisory.severity.word ?? 'severity unknown'}${score}${advisory.summary ? ` — ${advisory.summary}` : ''}`
}

/** Image findings: the fix state as distributions state it ("fixed in X", "no fix yet"). */
export function imageFixState(match: AdvisoryMatch): string {
  if (match.fixedVersions.length === 0) {
    if (match.noFix) return `will not be fixed (${match.noFix})`
    // Ubuntu's OSV records list a package the same way whether its fix is needed, deferred or ignored (not planned).
    if (match.package.ecosystem.startsWith('Ubuntu:'))
      return "no fix yet (the affected range has no fixed version; Ubuntu's records do not tell a deferred or not-planned fix from a needed one)"
    return 'no fix yet (the affected range has no fixed version)'
  }
  // Ubuntu's ESM builds (`2.27-3ubuntu1.6+esm4`) are published to Ubuntu Pro subscribers only.
  const pro = match.package.ecosystem.startsWith('Ubuntu:') && match.fixedVersions.every((version) => /\+esm\d*$/.test(version))
  return `fixed in ${listSome(match.fixedVersions, 3)}${pro ? ' (Ubuntu Pro)' : ''}`
}

/** An image's package in messages: `libssl3@3.0.11-1~deb12u2 (deb, source openssl 3.0.11-1~deb12u2)`. */
export function imagePackageLabel(pkg: Package): string {
  const source =
    pkg.sourcePackage && (pkg.sourcePackage.name !== pkg.name || pkg.sourcePackage.version)
      ? `, source package ${pkg.sourcePackage.name}${pkg.sourcePackage.version ? ` ${pkg.sourcePackage.version}` : ''}`
      : ''
  return `${packageLabel(pkg)} (${pkg.ecosystem}${source})`
}

type OkScan = Extract<ImageScan, { ok: true }>

/**
 * The structured fields of an image finding: those of a lockfile finding, located at the reference that
 * named the image (`at`: a Dockerfile/manifest line; none for `--image`), the package's place in the image
 * in `details`.
 */
export function imageMatchFields(
  scan: OkScan,
  match: AdvisoryMatch,
  at: Location | undefined
): Pick<RuleResult, 'purl' | 'advisories' | 'fixedVersions' | 'details' | 'location'> {
  const { location: _inImage, details, ...fields } = matchFields(match, null, null, scan.report)
  const pkg = match.package
  return {
    ...fields,
    ...(at ? { location: at } : {}),
    details: {
      ...details,
      dependencyPath: null,
      introduced: null,
      image: scan.reference,
      imageDigest: scan.digest,
      platform: scan.platform,
      ...(scan.distro ? { distro: scan.distro } : {}),
      ...(pkg.sourcePackage
        ? { sourcePackage: pkg.sourcePackage.name, ...(pkg.sourcePackage.version ? { sourceVersion: pkg.sourcePackage.version } : {}) }
        : {}),
      imagePath: `${pkg.location.path}:${pkg.location.line}`,
      ...(pkg.layer ? { layer: pkg.layer } : {}),
      fixState: match.fixedVersions.length > 0 ? 'fixed' : match.noFix ? 'will-not-fix' : 'no-fix-yet'
    }
  }
}

/**
 * What could not be seen in the images: an image not read, a package database not parsed, packages the
 * source could not check (one `unknown` per image and reason). `keep` filters the packages concerned.
 */
export function imageUnknowns(scans: Array<{ scan: ImageScan; label: string; at?: Location }>, keep: (pkg: Package) => boolean = () => true): RuleResult[] {
  const results: RuleResult[] = []
  for (const { scan, label, at } of scans) {
    const where = at ? { location: at } : {}
    if (!scan.ok) {
      results.push({ status: 'unknown', message: `${label}: vulnerabilities not checked: ${scan.reason}`, ...where, details: { image: scan.reference } })
      continue
    }
    for (const problem of scan.problems) {
      results.push({
        status: 'unknown',
        message: `${label}: ${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}; what it lists is not checked for vulnerabilities`,
        ...where,
        details: { image: scan.reference, imageDigest: scan.digest }
      })
    }
    const byReason = new Map<string, Package[]>()
    for (const entry of scan.report.unchecked) {
      if (!keep(entry.package)) continue
      byReason.set(entry.reason, [...(byReason.get(entry.reason) ?? []), entry.package])
    }
    for (const [reason, packages] of byReason) {
      results.push({
        status: 'unknown',
        message: `${label}: ${packages.length} package${packages.length === 1 ? '' : 's'} could not be checked against ${sourceLabel(scan.report)}: ${reason}: ${listSome(packages.map((pkg) => packageLabel(pkg)))}`,
        ...where,
        ...(packages.length === 1 && packages[0]!.purl ? { purl: packages[0]!.purl } : {}),
        details: { image: scan.reference, imageDigest: scan.digest, packages: packages.map((pkg) => pkg.purl ?? packageLabel(pkg)) }
      })
    }
  }
  return results
}
