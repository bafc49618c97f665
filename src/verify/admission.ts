/**
 * Admission-style requirements of `chaingate verify` beside signatures, one finding per image and
 * requirement, at the image's manifest line:
 * - `sbom-attestation`: a Sigstore SBOM attestation (CycloneDX or SPDX predicate) for the image's digest is
 *   attached in its registry and verifies under the run's trusted roots and identity policy;
 * - `image-vulnerabilities`: no known vulnerability at or over the requirement's `fail-on` (with
 *   `only-fixed`, `max-age-days`, and the repository's VEX and its policy's vulnerable-dependencies
 *   waivers, as vulnerable-dependencies judges lockfiles and `check --image`), matched through the run's advisory source on the packages of the verified SBOM attestation
 *   when there is one — the image's layers are then not read — else on the image's own catalog (its layers
 *   streamed, src/images/). The finding says which was used, with the SBOM's referrer and digest or the
 *   image digest read.
 * Whatever could not be seen — the registry unreachable, no advisory source, packages the source could not
 * check — is `unknown` with the reason, never `pass`.
 */
import crypto from 'node:crypto'
import type { AdvisoryMatch, AdvisoryReport, SeverityWord } from '../advisories/model.js'
import type { AdvisorySource } from '../advisories/sources/index.js'
import type { VexStatement } from '../advisories/vex.js'
import { errorMessage } from '../model/errors.js'
import { severityRank, type Finding, type Location, type Severity } from '../model/finding.js'
import type { Waiver } from '../policy/types.js'
import type { RegistryRunOptions } from '../images/sources/config.js'
import type { BundleResult, InTotoStatement } from './bundle.js'
import { checkSubject } from './bundle.js'
import { SBOM_PREDICATE_TYPES } from './predicate-aliases.js'
import { IMAGE_VULNERABILITIES_RULE, SBOM_ATTESTATION_RULE } from './rules.js'

export interface VulnerabilityRequirement {
  /** Lowest severity that fails (GitHub's words, as vulnerable-dependencies' option). */
  'fail-on': SeverityWord
  'only-fixed': boolean
  'max-age-days'?: number
}

/** What the image's referrers say about an SBOM attestation. */
export type SbomAttestation =
  | { kind: 'verified'; statement: InTotoStatement; source: string; signer: string }
  | { kind: 'missing'; reason: string }
  | { kind: 'invalid'; reason: string }
  | { kind: 'unverifiable'; reason: string }
  | { kind: 'unreachable'; reason: string }

/** A list of bundles, or why there is none (`unreachable`: the registry could not be read). */
export type BundleList = { json: unknown; source: string }[] | { reason: string; unreachable: boolean }

export interface AdmissionTarget {
  label: string
  /** `registry/repository` */
  name: string
  sha256: string
  location?: Location
}

/** The SBOM attestation of an image among its attached bundles: the first that verifies and names the digest. */
export function findSbomAttestation(bundles: BundleList, sha256: string, check: (json: unknown, key: string) => BundleResult): SbomAttestation {
  if (!Array.isArray(bundles)) return bundles.unreachable ? { kind: 'unreachable', reason: bundles.reason } : { kind: 'missing', reason: bundles.reason }
  const problems: string[] = []
  // A signer the policy does not trust, or a statement about another digest, is a definite no; a bundle
  // that could not be verified at all (malformed, signature or evidence not checking out) leaves it open.
  let undecided = false
  for (const bundle of bundles) {
    const result = check(bundle.json, bundle.source)
    if (!result.ok) {
      problems.push(`${bundle.source}: ${result.message}`)
      if (result.stage !== 'signer') undecided = true
      continue
    }
    if (!SBOM_PREDICATE_TYPES.includes(result.statement.predicateType)) continue
    const problem = checkSubject(result.statement, sha256, SBOM_PREDICATE_TYPES)
    if (problem) {
      problems.push(`${bundle.source}: ${problem}`)
      continue
    }
    const who = result.keyless ? (result.signer.buildSignerUri ?? result.signer.subjectAlternativeName ?? 'unknown signer') : 'the given public key'
    return { kind: 'verified', statement: result.statement, source: bundle.source, signer: who }
  }
  if (problems.length > 0)
    return {
      kind: undecided ? 'unverifiable' : 'invalid',
      reason: `no attached attestation is a verified SBOM attestation of this digest: ${problems.join('; ')}`
    }
  return { kind: 'missing', reason: `no SBOM attestation (${SBOM_PREDICATE_TYPES.join(', ')}) is attached` }
}

function base(rule: string, target: AdmissionTarget): Pick<Finding, 'rule' | 'area' | 'severity' | 'location'> {
  return { rule, area: 'artifacts', severity: 'high', ...(target.location ? { location: target.location } : {}) }
}

/** The SBOM bytes as signed (the predicate, serialized), their digest: the evidence a finding names. */
function sbomEvidence(attestation: Extract<SbomAttestation, { kind: 'verified' }>): { text: string; sha256: string } {
  const text = JSON.stringify(attestation.statement.predicate ?? {})
  return { text, sha256: crypto.createHash('sha256').update(text).digest('hex') }
}

export function sbomFinding(target: AdmissionTarget, attestation: SbomAttestation): Finding {
  const at = base(SBOM_ATTESTATION_RULE.meta.id, target)
  switch (attestation.kind) {
    case 'verified': {
      const { sha256 } = sbomEvidence(attestation)
      return {
        ...at,
        status: 'pass',
        message: `${target.label}: verified ${attestation.statement.predicateType} SBOM attestation signed by ${attestation.signer} (${attestation.source})`,
        details: { sbomSource: attestation.source, sbomPredicateType: attestation.statement.predicateType, sbomSha256: sha256, signer: attestation.signer }
      }
    }
    case 'unreachable':
      return { ...at, status: 'unknown', message: `${target.label}: whether an SBOM attestation is attached could not be seen: ${attestation.reason}` }
    case 'unverifiable':
      return {
        ...at,
        status: 'unknown',
        message: `${target.label}: an attached attestation could not be verified, so no SBOM attestation is known to be valid: ${attestation.reason}`
      }
    default:
      return { ...at, status: 'fail', message: `${target.label}: ${attestation.reason}` }
  }
}

export interface VulnerabilityContext {
  /** The advisory source, or why there is none. */
  advisories: AdvisorySource | { reason: string }
  registries: RegistryRunOptions
  waivers: Waiver[]
  vex: VexStatement[]
  now: Date
}

const LISTED = 5

export async function vulnerabilityFinding(
  target: AdmissionTarget,
  requirement: VulnerabilityRequirement,
  attestation: SbomAttestation,
  context: VulnerabilityContext
): Promise<Finding> {
  const at = base(IMAGE_VULNERABILITIES_RULE.meta.id, target)
  const gate = `fail-on ${requirement['fail-on']}${requirement['only-fixed'] ? ', only-fixed' : ''}${requirement['max-age-days'] !== undefined ? `, max-age-days ${requirement['max-age-days']}` : ''}`
  const unknown = (reason: string, details: Finding['details'] = {}): Finding => ({
    ...at,
    status: 'unknown',
    message: `${target.label}: known vulnerabilities not checked: ${reason}`,
    details: { ...details, failOn: requirement['fail-on'] }
  })
  if (!('check' in context.advisories)) return unknown(context.advisories.reason)
  const source = context.advisories
  if (attestation.kind === 'unreachable') return unknown(attestation.reason)

  let report: AdvisoryReport
  let evidence: Record<string, string | number>
  let problems: string[]
  let packages: number
  const { matchCatalog, scanImages } = await import('../images/vulnerabilities.js')
  if (attestation.kind === 'verified') {
    const { catalogFromSbom } = await import('../images/sbom-catalog.js')
    const { text, sha256 } = sbomEvidence(attestation)
    const catalog = catalogFromSbom(text, `SBOM attestation ${attestation.source}`)
    evidence = {
      packagesFrom: 'sbom-attestation',
      sbomSource: attestation.source,
      sbomPredicateType: attestation.statement.predicateType,
      sbomSha256: sha256,
      signer: attestation.signer
    }
    if (!catalog.format)
      return unknown(
        `the verified SBOM attestation's predicate is not a CycloneDX or SPDX JSON document (${catalog.inventory.problems.map((problem) => problem.message).join('; ')})`,
        evidence
      )
    try {
      report = await matchCatalog(catalog, source)
    } catch (error) {
      return unknown(`the advisory source failed: ${errorMessage(error)}`, evidence)
    }
    problems = catalog.inventory.problems.map((problem) => `${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`)
    packages = catalog.inventory.packages.length
  } else {
    const reference = `${target.name}@sha256:${target.sha256}`
    let scan
    try {
      ;[scan] = await scanImages([{ reference }], source, context.registries)
    } catch (error) {
      return unknown(`the advisory source failed: ${errorMessage(error)}`)
    }
    if (!scan || !scan.ok) return unknown(`the image could not be read: ${scan?.reason ?? 'no result'}`, { packagesFrom: 'image-scan' })
    evidence = {
      packagesFrom: 'image-scan',
      imageDigest: scan.digest,
      platform: scan.platform,
      ...(scan.distro ? { distro: scan.distro } : {}),
      noSbomAttestation: attestation.reason
    }
    report = scan.report
    problems = scan.problems.map((problem) => `${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`)
    packages = scan.packages
  }
  const from =
    attestation.kind === 'verified'
      ? `the verified SBOM attestation (${attestation.source}; the image's layers not read)`
      : `the image's layers (no verified SBOM attestation: ${attestation.reason})`

  // One judgement per match, then VEX and waivers, as vulnerable-dependencies does for lockfiles.
  const { gateOutcome, matchSeverity, idsLabel, imageFixState } = await import('./admission-deps.js')
  const judged = report.matches.map((match) => {
    const { overdue, below } = match.advisory.malicious ? { overdue: null, below: [] } : gateOutcome(match, requirement, context.now)
    const severity: Severity = match.advisory.malicious ? 'critical' : matchSeverity(match)
    const finding: Finding = {
      ...at,
      severity,
      status: below.length > 0 ? 'pass' : 'fail',
      message: `${packageText(match)}: ${match.advisory.malicious ? 'MALICIOUS ' : ''}${idsLabel(match)} (${match.advisory.severity.word ?? 'severity unknown'}; ${imageFixState(match)}${overdue ? `; ${overdue}` : ''})${below.length > 0 ? `; not gated: ${below.join('; ')}` : ''}`,
      ...(match.package.purl ? { purl: match.package.purl } : {}),
      advisories: [match.advisory.id, ...match.advisory.aliases],
      fixedVersions: match.fixedVersions
    }
    return finding
  })
  const waived = await applyWaiversAndVex(judged, context)
  const failing = waived.filter((finding) => finding.status === 'fail').sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
  const waivedCount = waived.filter((finding) => finding.status === 'waived').length
  const below = waived.filter((finding) => finding.status === 'pass').length
  const unchecked = [...new Map(report.unchecked.map((entry) => [entry.reason, 0])).keys()].map(
    (reason) => `${report.unchecked.filter((entry) => entry.reason === reason).length} package(s): ${reason}`
  )
  const details: Finding['details'] = {
    ...evidence,
    failOn: requirement['fail-on'],
    onlyFixed: requirement['only-fixed'],
    ...(requirement['max-age-days'] !== undefined ? { maxAgeDays: requirement['max-age-days'] } : {}),
    packages,
    advisorySource: sourceText(report),
    failing: failing.length,
    belowThreshold: below,
    waived: waivedCount,
    uncheckedPackages: report.unchecked.length,
    vulnerabilities: waived.map((finding) =>
      `${finding.status === 'pass' ? 'not-gated' : finding.status} ${finding.severity} ${(finding.advisories ?? []).join(',')} ${finding.purl ?? ''}`.trim()
    )
  }
  const tail = `${below > 0 ? `; ${below} below the gate` : ''}${waivedCount > 0 ? `; ${waivedCount} waived` : ''}; ${packages} packages from ${from}, checked against ${sourceText(report)}`
  if (failing.length > 0) {
    const listed = failing.slice(0, LISTED).map((finding) => finding.message.replace(/; not gated:.*$/, ''))
    return {
      ...at,
      severity: failing[0]!.severity,
      status: 'fail',
      message: `${target.label}: ${failing.length} known vulnerabilit${failing.length === 1 ? 'y' : 'ies'} at or over ${gate}: ${listed.join('; ')}${failing.length > LISTED ? `; and ${failing.length - LISTED} more` : ''}${unchecked.length > 0 || problems.length > 0 ? `; not checked: ${[...problems, ...unchecked].join('; ')}` : ''}${tail}`,
      advisories: [...new Set(failing.flatMap((finding) => finding.advisories ?? []))],
      details
    }
  }
  if (unchecked.length > 0 || problems.length > 0)
    return {
      ...at,
      status: 'unknown',
      message: `${target.label}: no known vulnerability at or over ${gate} among what was checked, but not everything could be: ${[...problems, ...unchecked].join('; ')}${tail}`,
      details
    }
  return { ...at, status: 'pass', message: `${target.label}: no known vulnerability at or over ${gate}${tail}`, details }
}

function packageText(match: AdvisoryMatch): string {
  const pkg = match.package
  const source = pkg.sourcePackage && pkg.sourcePackage.name !== pkg.name ? ` (source ${pkg.sourcePackage.name})` : ''
  return `${pkg.name}@${pkg.version ?? '?'}${source}`
}

function sourceText(report: AdvisoryReport): string {
  const { kind, location, snapshot } = report.source
  const name = kind === 'github' ? "GitHub's advisory database" : kind === 'osv' ? 'the OSV API' : 'the OSV snapshot'
  return `${name} ${location}${snapshot ? ` (snapshot ${snapshot.slice(0, 10)})` : ''}`
}

/**
 * VEX statements, then the policy's waivers on the per-match findings. Waivers are written for rule
 * vulnerable-dependencies (the check rule that judges the same packages and advisories, `check --image`),
 * so one waiver covers an image in both `check` and `verify`.
 */
async function applyWaiversAndVex(findings: Finding[], context: VulnerabilityContext): Promise<Finding[]> {
  let out = findings
  if (context.vex.length > 0 || context.waivers.length > 0) await (await import('./admission-deps.js')).loadGlobLibrary()
  if (context.vex.length > 0) out = (await import('../advisories/vex-apply.js')).applyVex(out, context.vex)
  const waivers = context.waivers
    .filter((waiver) => waiver.rule === 'vulnerable-dependencies')
    .map((waiver) => ({ ...waiver, rule: IMAGE_VULNERABILITIES_RULE.meta.id }))
  if (waivers.length > 0) {
    const { applyWaivers } = await import('./admission-deps.js')
    out = applyWaivers(out, waivers, context.now, () => undefined).findings
  }
  return out
}

export interface VulnerabilitySettings {
  /** `--advisories`: github, osv, or a snapshot directory (absolute). Else the repository policy's `advisories:`. */
  advisories?: string
  osvUrl?: string
  osvCacheDir?: string
  /** GitHub token for the github source (without one: unauthenticated, lower rate limit). */
  token?: string
  apiUrl: string
  now?: Date
}

/**
 * What image vulnerabilities are judged with, from the workspace and the options: the advisory source
 * (the options, else the repository policy's `advisories:`), the policy's waivers (of rule
 * vulnerable-dependencies) and the repository's VEX documents (the conventional
 * places and the policy's `vex:`). Loaded only when a vulnerability requirement exists.
 */
export async function loadVulnerabilityContext(
  workspace: import('../workspace/workspace.js').Workspace,
  settings: VulnerabilitySettings
): Promise<{ advisories: AdvisorySource | { reason: string }; waivers: Waiver[]; vex: VexStatement[] }> {
  const { findPolicy, resolveAdvisorySource, allRules, loadPolicy, loadGlobLibrary, embeddedPolicy, createGitHubClient, RequestCounter, TOOL, createSource } =
    await import('./admission-deps.js')
  const location = findPolicy(workspace.root)
  // The policy, waivers and VEX purls are globs (src/policy/glob-library.ts).
  await loadGlobLibrary()
  const policy = location.absolutePath ? loadPolicy(location, allRules) : embeddedPolicy(allRules)
  const setting = resolveAdvisorySource(
    {
      ...(settings.advisories !== undefined ? { advisories: settings.advisories } : {}),
      ...(settings.osvUrl !== undefined ? { osvUrl: settings.osvUrl } : {})
    },
    policy,
    workspace
  )
  const { loadVex } = await import('../advisories/vex-apply.js')
  const vex = loadVex(workspace, policy.vex ?? []).statements
  if (!setting)
    return {
      advisories: {
        reason:
          "no advisory source: give --advisories github|osv|DIR (a local OSV snapshot), action input advisories, or advisories: in the repository's policy"
      },
      waivers: policy.waivers,
      vex
    }
  let github: import('../github/client.js').GitHubClient | null = null
  if (setting.kind === 'github') {
    github = createGitHubClient({
      token: settings.token ?? '',
      apiUrl: settings.apiUrl,
      counter: new RequestCounter(),
      userAgent: `${TOOL.name}/${TOOL.version}`
    })
  }
  return {
    advisories: createSource(setting, {
      github,
      ...(settings.osvCacheDir ? { osvCacheDir: settings.osvCacheDir } : {}),
      ...(settings.now ? { now: settings.now } : {})
    }),
    waivers: policy.waivers,
    vex
  }
}
