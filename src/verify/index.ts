/**
 * `verify` from typed input: files with their bundles, images from the registry (or with a bundle file),
 * and images referenced by Kubernetes manifests / Helm output → one finding per artifact in a
 * CheckReport, so `--format json|sarif|markdown` and the verdict work as for `check`. Reached only
 * through dynamic `import()`. Never reads process.env.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileSubjects, matchFiles, parseImageReference } from '../attest/subjects.js'
import { compareFindings } from '../engine.js'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import { SEVERITIES, type Finding, type Location, type Severity } from '../model/finding.js'
import type { AnyRule } from '../model/rule.js'
import { globLibrary, loadGlobLibrary } from '../policy/glob-library.js'
import { globProblem } from '../policy/globs.js'
import type { CheckReport, Counts } from '../report/types.js'
import { TOOL } from '../version.js'
import type { Workspace } from '../workspace/workspace.js'
import { checkBundle, checkSubject, type BundleResult } from './bundle.js'
import type { IdentityPolicy } from './identity.js'
import { manifestImageContext, manifestImages } from './manifests.js'
import { isKustomizationName } from '../images/sources/names.js'
import { isFailing } from '../engine.js'
import { fetchNotationSignatures, notationFindings, readEnvelopeFile, type NotationConfig } from './notation/index.js'
import { fetchAttachedBundles, readDockerCredentials, RegistryPool, splitImageName, type RegistryCredentials } from './registry.js'
import { ATTESTATION_RULE, IMAGE_DIGEST_RULE, SIGNER_RULE, VERIFY_RULES } from './rules.js'
import type { PredicateRequirement } from './predicate-aliases.js'
import {
  findSbomAttestation,
  sbomFinding,
  vulnerabilityFinding,
  type BundleList,
  type VulnerabilityContext,
  type VulnerabilityRequirement
} from './admission.js'
import type { AdvisorySource } from '../advisories/sources/index.js'
import type { VexStatement } from '../advisories/vex.js'
import type { Waiver } from '../policy/types.js'
import type { RegistryRunOptions } from '../images/sources/config.js'
import { emptyRoot, loadTrustedRoots, type LoadedRoot, type TrustSource } from './trust.js'

export interface VerifyInput {
  workspace: Workspace
  displayPath?: string
  /** Globs of workspace files to verify. */
  subjectPaths?: string[]
  /** Absolute path of the bundle (for files: one bundle for all; default `<file>.sigstore.json`). */
  bundlePath?: string
  /** Image references (`name@sha256:hex`; a tag is a finding). */
  images?: string[]
  /** Globs of Kubernetes manifests / rendered Helm output in the workspace. */
  manifests?: string[]
  /** Trusted roots; not needed with a public key and no witnesses. */
  trust?: TrustSource
  /** The Sigstore signer policy; absent when only Notation signatures are verified. */
  identity?: IdentityPolicy
  publicKeyPem?: string
  /** Required predicate type (one, or several of which any is accepted); undefined accepts any. */
  predicateType?: PredicateRequirement
  dockerConfigDir?: string
  /** Explicit registry credentials (else the Docker config). */
  registryCredentials?: RegistryCredentials
  /** Notation trust policy, trust store and verification time; absent: no Notation verification. */
  notation?: NotationConfig
  /** Artifacts named `NAME@sha256:HEX` whose signature is at hand (`notationEnvelope`), not in a registry. */
  subjects?: string[]
  notationEnvelope?: { path: string; shown: string; type?: 'jws' | 'cose' }
  /** Per image scope (a glob over `host/path`, first match wins): which signatures are required, SBOM, vulnerabilities. */
  requirements?: ImageRequirement[]
  /** For images no scope matches (the command line's `--require-sbom`, `--fail-on`…). */
  admission?: AdmissionRequirement
  /** Where known vulnerabilities come from (a vulnerability requirement), or why nowhere. */
  advisories?: AdvisorySource | { reason: string }
  /** The repository's waivers and VEX statements, applied to image vulnerabilities. */
  waivers?: Waiver[]
  vex?: VexStatement[]
  now?: Date
}

export type Requirement = 'sigstore' | 'notation' | 'sigstore and notation' | 'sigstore or notation' | 'none'
export interface AdmissionRequirement {
  /** A verified SBOM attestation must be attached. */
  sbom?: boolean
  /** No known vulnerability at or over the threshold. */
  vulnerabilities?: VulnerabilityRequirement
}
export interface ImageRequirement extends AdmissionRequirement {
  scope: string
  /** Signatures; absent: what the options configure. */
  require?: Requirement
}

export interface VerifyOutcome {
  report: CheckReport
  rules: AnyRule[]
  /** Artifacts (files and pinned images) checked, and how many verified. */
  targets: number
  verified: number
}

interface Target {
  /** What is shown: a path or an image reference. */
  label: string
  sha256: string
  location?: Location
  bundles: () => Promise<BundleList>
  /** Images: the name (`host/path`) and what the policy requires of it. */
  image?: { name: string; require: Requirement; admission: AdmissionRequirement }
}

function requirementFor(name: string, input: VerifyInput, fallback: Requirement): { require: Requirement; admission: AdmissionRequirement } {
  const { registry, repository } = splitImageName(name)
  const full = `${registry}/${repository}`
  for (const entry of input.requirements ?? []) {
    const matcher = new (globLibrary().Minimatch)(entry.scope, { dot: true, nocomment: true, nonegate: true })
    if (matcher.match(name) || matcher.match(full))
      return {
        require: entry.require ?? fallback,
        admission: { ...(entry.sbom ? { sbom: true } : {}), ...(entry.vulnerabilities ? { vulnerabilities: entry.vulnerabilities } : {}) }
      }
  }
  return { require: fallback, admission: input.admission ?? {} }
}

export async function verify(input: VerifyInput): Promise<VerifyOutcome> {
  // Identities, subjects and manifests are globs (src/policy/glob-library.ts).
  await loadGlobLibrary()
  const started = performance.now()
  const findings: Finding[] = []
  const sigstore = input.identity !== undefined || input.publicKeyPem !== undefined
  const fallback: Requirement = sigstore && input.notation ? 'sigstore and notation' : input.notation ? 'notation' : 'sigstore'
  for (const entry of input.requirements ?? []) {
    if (entry.sbom && !sigstore)
      throw new ConfigurationError(
        `the verification policy requires an SBOM attestation for ${entry.scope}: give the Sigstore identity policy it must be signed under (--signer-repo / --signer-workflow, or --key)`
      )
    if (entry.require === undefined) continue
    if (entry.require.includes('sigstore') && !sigstore && entry.require !== 'sigstore or notation')
      throw new ConfigurationError(
        `the verification policy requires Sigstore for ${entry.scope}: give the Sigstore identity policy (--signer-repo / --signer-workflow, or --key)`
      )
    if (entry.require.includes('notation') && !input.notation && entry.require !== 'sigstore or notation')
      throw new ConfigurationError(`the verification policy requires Notation for ${entry.scope}: give --notation-trust-policy and --notation-trust-store`)
  }
  if (input.admission?.sbom && !sigstore)
    throw new ConfigurationError(
      '--require-sbom needs the Sigstore identity policy the SBOM attestation must be signed under (--signer-repo / --signer-workflow, or --key)'
    )
  const needsSigstore =
    sigstore &&
    ((input.subjectPaths?.length ?? 0) > 0 ||
      fallback !== 'notation' ||
      input.admission?.sbom === true ||
      input.admission?.vulnerabilities !== undefined ||
      (input.requirements ?? []).some((entry) => entry.require?.includes('sigstore') || entry.sbom || entry.vulnerabilities))
  const roots: LoadedRoot[] = !needsSigstore ? [] : input.trust ? await loadTrustedRoots(input.trust) : input.publicKeyPem ? [emptyRoot()] : []
  if (needsSigstore && roots.length === 0) throw new ConfigurationError('no trusted root: give --trusted-root (or --key for key-based bundles)')
  const pool = new RegistryPool()
  const bundleCache = new Map<string, BundleResult>()
  const checkOptions = {
    roots,
    identity: input.identity ?? ({ issuer: '', runnerEnvironment: 'any', serverUrl: '' } as IdentityPolicy),
    ...(input.publicKeyPem ? { publicKeyPem: input.publicKeyPem } : {})
  }
  const checkCached = (json: unknown, key: string | undefined): BundleResult => {
    if (key === undefined) return checkBundle(json, checkOptions)
    let result = bundleCache.get(key)
    if (!result) {
      result = checkBundle(json, checkOptions)
      bundleCache.set(key, result)
    }
    return result
  }
  const bundleFiles = new Map<string, unknown>()
  const readBundleFile = (file: string, shown: string): BundleList => {
    const read = readBundleText(file, shown)
    return typeof read === 'string' ? { reason: read, unreachable: false } : read
  }
  const readBundleText = (file: string, shown: string): { json: unknown; source: string }[] | string => {
    if (!bundleFiles.has(file)) {
      let text: string
      try {
        text = fs.readFileSync(file, 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        bundleFiles.set(
          file,
          code === 'ENOENT' ? `no bundle: ${shown} does not exist (unsigned?)` : `cannot read the bundle ${shown}: ${code ?? errorMessage(error)}`
        )
        return bundleFiles.get(file) as string
      }
      // A file may hold one bundle (JSON) or several (JSON Lines, as `gh attestation download` writes).
      try {
        bundleFiles.set(file, [{ json: JSON.parse(text) as unknown, source: shown }])
      } catch {
        try {
          bundleFiles.set(
            file,
            text
              .split(/\r?\n/)
              .filter((line) => line.trim() !== '')
              .map((line, index) => ({ json: JSON.parse(line) as unknown, source: `${shown}#${index + 1}` }))
          )
        } catch (error) {
          bundleFiles.set(file, `${shown} is not JSON: ${errorMessage(error)}`)
        }
      }
    }
    return bundleFiles.get(file) as { json: unknown; source: string }[] | string
  }
  const shownPath = (file: string): string => {
    const relative = path.relative(input.workspace.root, file)
    return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative.split(path.sep).join('/')
  }

  const targets: Target[] = []
  // Files.
  if (input.subjectPaths?.length) {
    const files = matchFiles(input.workspace, input.subjectPaths)
    const subjects = await fileSubjects(files)
    files.forEach((file, index) => {
      const bundleFile = input.bundlePath ?? `${file.absolute}.sigstore.json`
      targets.push({
        label: file.path,
        sha256: subjects[index]!.digest.sha256,
        location: { path: file.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        bundles: async () => readBundleFile(bundleFile, shownPath(bundleFile))
      })
    })
  }
  // Images, given or found in manifests.
  const imageRefs: { reference: string; location?: Location; context?: string }[] = (input.images ?? []).map((reference) => ({ reference }))
  const manifestFiles: string[] = []
  const kustomizations: string[] = []
  for (const pattern of input.manifests ?? []) {
    const problem = globProblem(pattern)
    if (problem) throw new ConfigurationError(`--manifests: ${problem}`)
    const matcher = new (globLibrary().Minimatch)(pattern, { dot: true, nocomment: true, nonegate: true })
    const files = matcher.hasMagic() ? input.workspace.files().filter((file) => matcher.match(file)) : [pattern]
    if (files.length === 0) throw new ConfigurationError(`--manifests ${pattern} matches no file in the workspace`)
    for (const file of files) {
      const list = isKustomizationName(file) ? kustomizations : manifestFiles
      if (list === kustomizations && !matcher.hasMagic()) {
        const read = input.workspace.readText(file, 16 * 1024 * 1024)
        if (!read.ok) throw new ConfigurationError(`--manifests ${file}: ${read.reason}`)
      }
      if (!list.includes(file)) list.push(file)
    }
  }
  const unverified = (message: string, location?: Location): void => {
    findings.push({ rule: ATTESTATION_RULE.meta.id, area: 'artifacts', severity: 'high', status: 'unknown', message, ...(location ? { location } : {}) })
  }
  // A kustomization is built as kustomize builds it (its `images:` applied to what it lists, src/images/sources/
  // kustomize.ts): the images verified are those it deploys. What it lists is not verified again as written.
  let listed = new Set<string>()
  if (kustomizations.length > 0) {
    const { kustomizeImages } = await import('../images/sources/kustomize.js')
    const built = kustomizeImages(new Set(input.workspace.files()), (file) => input.workspace.readText(file, 16 * 1024 * 1024), undefined, kustomizations)
    listed = built.listed
    for (const problem of built.problems) unverified(`${problem.path}: ${problem.message}; the images it deploys may not all be verified`, problem.location)
    for (const image of built.images) {
      if (image.unknown) unverified(`${image.context}: ${image.unknown}; not verified`, image.location)
      else imageRefs.push({ reference: image.text, ...(image.location ? { location: image.location } : {}), context: image.context })
    }
  }
  for (const file of manifestFiles) {
    if (listed.has(file)) continue
    const read = input.workspace.readText(file, 16 * 1024 * 1024)
    if (!read.ok) throw new ConfigurationError(`--manifests ${file}: ${read.reason}`)
    const { images, problems } = manifestImages(file, read.text)
    for (const problem of problems) unverified(`${file} could not be parsed as YAML (${problem.message}); its images were not verified`, problem.location)
    for (const image of images) imageRefs.push({ reference: image.image, location: image.location, context: manifestImageContext(image) })
  }
  for (const image of imageRefs) {
    const parsed = parseImageReference(image.reference)
    const where = image.context ? ` (${image.context})` : ''
    if (!parsed) {
      findings.push({
        rule: IMAGE_DIGEST_RULE.meta.id,
        area: 'artifacts',
        severity: 'high',
        status: 'fail',
        message: `${JSON.stringify(image.reference)}${where} is not a valid image reference`,
        ...(image.location ? { location: image.location } : {})
      })
      continue
    }
    if (!parsed.digest) {
      findings.push({
        rule: IMAGE_DIGEST_RULE.meta.id,
        area: 'artifacts',
        severity: 'high',
        status: 'fail',
        message: `image ${image.reference}${where} is referenced by tag, not by digest: the tag can move after verification, so it cannot be verified`,
        ...(image.location ? { location: image.location } : {}),
        fix: `${parsed.name}@sha256:<digest>`
      })
      continue
    }
    if (image.location)
      findings.push({
        rule: IMAGE_DIGEST_RULE.meta.id,
        area: 'artifacts',
        severity: 'high',
        status: 'pass',
        message: `image ${image.reference}${where} is pinned by digest`,
        location: image.location
      })
    const digest = parsed.digest
    const label = `${parsed.name}@${digest}`
    targets.push({
      label: `${label}${where}`,
      sha256: digest.slice('sha256:'.length),
      ...(image.location ? { location: image.location } : {}),
      image: { name: parsed.name, ...requirementFor(parsed.name, input, fallback) },
      bundles: once(async (): Promise<BundleList> => {
        if (input.bundlePath) return readBundleFile(input.bundlePath, shownPath(input.bundlePath))
        const credentials = input.registryCredentials ?? readDockerCredentials(parsed.name, input.dockerConfigDir)
        try {
          const fetched = await fetchAttachedBundles(parsed.name, digest, credentials, pool)
          if (!fetched.imageFound) return { reason: `image ${label} was not found in the registry`, unreachable: false }
          if (fetched.bundles.length === 0) return { reason: `no Sigstore attestation is attached to ${label} (unsigned?)`, unreachable: false }
          return fetched.bundles.map((bundle) => ({ json: bundle.json, source: `${label} referrer ${bundle.referrer}` }))
        } catch (error) {
          return { reason: `cannot read attestations of ${label} from the registry: ${errorMessage(error)}`, unreachable: true }
        }
      })
    })
  }
  // Signatures at hand: NAME@sha256:HEX and an envelope file (Notation only).
  const envelopeTargets: { label: string; name: string; digest: string }[] = []
  for (const subject of input.subjects ?? []) {
    const parsed = parseImageReference(subject)
    if (!parsed?.digest) throw new ConfigurationError(`--subject ${JSON.stringify(subject)} must be NAME@sha256:HEX`)
    if (!input.notationEnvelope || !input.notation)
      throw new ConfigurationError('--subject needs --notation-envelope FILE with --notation-trust-policy and --notation-trust-store')
    envelopeTargets.push({ label: `${parsed.name}@${parsed.digest}`, name: parsed.name, digest: parsed.digest })
  }
  if (input.notationEnvelope && envelopeTargets.length === 0)
    throw new ConfigurationError('--notation-envelope needs --subject NAME@sha256:HEX (the artifact it signs)')
  if (targets.length === 0 && envelopeTargets.length === 0 && findings.length === 0)
    throw new ConfigurationError('nothing to verify: give --subject-path, --image, --manifests or --subject')

  const registries: RegistryRunOptions = {
    offline: false,
    pool: async () => pool,
    requests: () => pool.requests,
    credentials: async (name: string) => input.registryCredentials ?? readDockerCredentials(name, input.dockerConfigDir)
  }
  const vulnerabilityContext: VulnerabilityContext = {
    advisories: input.advisories ?? { reason: 'no advisory source: give --advisories github|osv|DIR (a local OSV snapshot) — action input advisories' },
    registries,
    waivers: input.waivers ?? [],
    vex: input.vex ?? [],
    now: input.now ?? new Date()
  }
  let verified = 0
  for (const target of targets) {
    const require = target.image?.require ?? 'sigstore'
    const wantSigstore = require !== 'notation' && require !== 'none' && sigstore
    const wantNotation = target.image !== undefined && require !== 'sigstore' && require !== 'none' && input.notation !== undefined
    const sigstoreFindings = wantSigstore ? [await verifyTarget(target, input.predicateType, checkCached)] : []
    let notationResult: { findings: Finding[]; passed: boolean } = { findings: [], passed: false }
    if (wantNotation) {
      const name = target.image!.name
      const { registry, repository } = splitImageName(name)
      const digest = `sha256:${target.sha256}`
      notationResult = await notationFindings(
        {
          label: target.label,
          repository: `${registry === 'registry-1.docker.io' ? 'docker.io' : registry}/${repository}`,
          digest,
          ...(target.location ? { location: target.location } : {}),
          signatures: async () => {
            const reader = pool.reader(name, input.registryCredentials ?? readDockerCredentials(name, input.dockerConfigDir))
            const fetched = await fetchNotationSignatures(reader, digest)
            if (!fetched.imageFound) return `image ${name}@${digest} was not found in the registry`
            if (fetched.signatures.length === 0)
              return `no Notation signature is attached to ${name}@${digest} (unsigned?)${fetched.skipped.length ? `; not usable: ${fetched.skipped.join(', ')}` : ''}`
            return fetched.signatures
          }
        },
        input.notation!
      )
    }
    const sigstorePassed = sigstoreFindings.length > 0 && sigstoreFindings.every((finding) => finding.status === 'pass')
    let combined = [...sigstoreFindings, ...notationResult.findings]
    if (require === 'sigstore or notation' && (sigstorePassed || notationResult.passed)) {
      // One is enough: the other's problems are reported, but cannot fail the gate.
      const which = sigstorePassed ? 'Sigstore' : 'Notation'
      combined = combined.map((finding) =>
        finding.status === 'pass' || finding.severity === 'info'
          ? finding
          : { ...finding, status: 'fail', severity: 'info', message: `not required (policy: sigstore or notation, and ${which} verified): ${finding.message}` }
      )
    }
    let passed =
      require === 'none'
        ? true
        : require === 'sigstore and notation'
          ? sigstorePassed && notationResult.passed
          : require === 'sigstore or notation'
            ? sigstorePassed || notationResult.passed
            : require === 'notation'
              ? notationResult.passed
              : sigstorePassed
    // Admission requirements beside signatures: one finding each, at the image's line.
    const admission = target.image?.admission
    if (admission && (admission.sbom || admission.vulnerabilities)) {
      const subject = { label: target.label, name: target.image!.name, sha256: target.sha256, ...(target.location ? { location: target.location } : {}) }
      const attestation = sigstore
        ? findSbomAttestation(await target.bundles(), target.sha256, checkCached)
        : ({ kind: 'missing', reason: 'no Sigstore identity policy to verify an SBOM attestation under' } as const)
      if (admission.sbom) combined.push(sbomFinding(subject, attestation))
      if (admission.vulnerabilities) combined.push(await vulnerabilityFinding(subject, admission.vulnerabilities, attestation, vulnerabilityContext))
      passed = passed && combined.slice(-((admission.sbom ? 1 : 0) + (admission.vulnerabilities ? 1 : 0))).every((finding) => finding.status === 'pass')
    }
    if (passed) verified += 1
    findings.push(...combined)
  }
  for (const target of envelopeTargets) {
    const { registry, repository } = splitImageName(target.name)
    const envelope = input.notationEnvelope!
    const result = await notationFindings(
      {
        label: target.label,
        repository: `${registry === 'registry-1.docker.io' ? 'docker.io' : registry}/${repository}`,
        digest: target.digest,
        signatures: async () => [readEnvelopeFile(envelope.path, envelope.shown, envelope.type)]
      },
      input.notation!
    )
    if (result.passed) verified += 1
    findings.push(...result.findings)
  }
  findings.sort(compareFindings)
  const counts = countFindings(findings)
  return {
    report: {
      version: 1,
      tool: TOOL,
      target: { repository: null, ref: null, path: input.displayPath ?? '.' },
      verdict: counts.failing > 0 ? 'fail' : 'pass',
      policy: { source: 'chaingate verify', extends: 'none', failOn: 'low', onUnknown: 'fail' },
      counts,
      findings,
      stats: { apiRequests: pool.requests, durationMs: Math.round(performance.now() - started), filesScanned: input.workspace.filesRead }
    },
    rules: VERIFY_RULES,
    targets: targets.length + envelopeTargets.length,
    verified
  }
}

async function verifyTarget(
  target: Target,
  predicateType: PredicateRequirement | undefined,
  check: (json: unknown, key: string | undefined) => BundleResult
): Promise<Finding> {
  const base = { area: 'artifacts' as const, severity: 'high' as Severity, ...(target.location ? { location: target.location } : {}) }
  const bundles = await target.bundles()
  if (!Array.isArray(bundles)) return { ...base, rule: ATTESTATION_RULE.meta.id, status: 'fail', message: `${target.label}: ${bundles.reason}` }
  const reasons: { rule: string; message: string }[] = []
  for (const bundle of bundles) {
    const result = check(bundle.json, bundle.source)
    if (!result.ok) {
      reasons.push({
        rule: result.stage === 'signer' ? SIGNER_RULE.meta.id : ATTESTATION_RULE.meta.id,
        message: bundles.length > 1 ? `${bundle.source}: ${result.message}` : result.message
      })
      continue
    }
    const problem = checkSubject(result.statement, target.sha256, predicateType)
    if (problem) {
      reasons.push({ rule: ATTESTATION_RULE.meta.id, message: bundles.length > 1 ? `${bundle.source}: ${problem}` : problem })
      continue
    }
    const who = result.keyless ? (result.signer.buildSignerUri ?? result.signer.subjectAlternativeName ?? 'unknown signer') : 'the given public key'
    return {
      ...base,
      rule: ATTESTATION_RULE.meta.id,
      status: 'pass',
      message: `${target.label}: verified ${result.statement.predicateType} attestation signed by ${who} (trusted root: ${result.root})`
    }
  }
  // The most specific reason decides the rule: a signer mismatch is only reported when nothing else failed.
  const rule = reasons.every((reason) => reason.rule === SIGNER_RULE.meta.id) ? SIGNER_RULE.meta.id : ATTESTATION_RULE.meta.id
  return { ...base, rule, status: 'fail', message: `${target.label}: ${reasons.map((reason) => reason.message).join('; ')}` }
}

/** A function that runs once; later calls share its promise. */
function once<T>(run: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined
  return () => (pending ??= run())
}

function countFindings(findings: Finding[]): Counts {
  const failBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>
  const counts: Counts = { total: findings.length, fail: 0, pass: 0, unknown: 0, waived: 0, failing: 0, failBySeverity }
  for (const finding of findings) {
    counts[finding.status] += 1
    if (finding.status === 'fail') failBySeverity[finding.severity] += 1
    if (isFailing(finding, { failOn: 'low', onUnknown: 'fail' })) counts.failing += 1
  }
  return counts
}

export { GITHUB_ACTIONS_ISSUER, DEFAULT_SERVER_URL, parseRepositoryPolicy, parseWorkflowPolicy, type IdentityPolicy } from './identity.js'
export type { TrustSource } from './trust.js'
export { type NotationConfig } from './notation/index.js'
export { notationConfig, readVerifyPolicy, type VerifyPolicyFile } from './notation/config.js'
