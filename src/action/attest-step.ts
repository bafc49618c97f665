/**
 * The action's Sigstore steps, around the check: `verify` (its failures become findings of the same
 * report, so they count in the verdict, the SARIF and the summary) and `sign` (after the verdict: the
 * verdict summary, provenance and/or SBOM as statements of their own, only on pass unless `sign-on-fail`).
 * The Sigstore code is imported lazily, only when one of these inputs is set.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { CheckOutcome } from '../check.js'
import { resolveServices, buildContext, verdictContext } from '../cli/sign-command.js'
import { PREDICATE_ALIASES } from '../cli/verify-command.js'
import { compareFindings, isFailing } from '../engine.js'
import type { GitHubClient } from '../github/client.js'
import { RequestCounter } from '../github/request-counter.js'
import { ConfigurationError } from '../model/errors.js'
import { SEVERITIES, type Severity } from '../model/finding.js'
import type { FailOn } from '../policy/types.js'
import type { CheckReport } from '../report/types.js'
import { Workspace } from '../workspace/workspace.js'

type Env = Record<string, string | undefined>
type Predicate = 'verdict' | 'provenance' | 'sbom'

export interface VerifyInputs {
  subjectPaths: string[]
  images: string[]
  manifests: string[]
  bundle?: string
  trustedRoot?: string
  tufRoot?: string
  signerRepo?: string
  signerWorkflow?: string
  issuer: string
  runnerEnvironment: 'github-hosted' | 'self-hosted' | 'any'
  predicateType?: string
  key?: string
}

export interface AttestInputs {
  sign: Predicate[]
  signOnFail: boolean
  subjectPaths: string[]
  subjectChecksums: string[]
  subjects: string[]
  sbom?: string
  fulcioUrl?: string
  rekorUrl?: string
  tsaUrl?: string
  instance?: string
  signingKey?: string
  signingKeyPassword?: string
  bundleDir: string
  attestationsApi: boolean
  pushToRegistry: boolean
  verify: VerifyInputs | null
}

function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

function list(name: string): string[] {
  return core
    .getMultilineInput(name)
    .flatMap((line) => line.split(','))
    .map((item) => item.trim())
    .filter((item) => item !== '' && !item.startsWith('#'))
}

function flag(name: string): boolean {
  const value = optional(name)
  if (value === undefined) return false
  if (/^(true|yes|on)$/i.test(value)) return true
  if (/^(false|no|off)$/i.test(value)) return false
  throw new ConfigurationError(`input ${name} must be true or false, got ${JSON.stringify(value)}`)
}

/** Reads the sign and verify inputs (called once by readInputs). */
export function readAttestInputs(env: Env, workspace: string): AttestInputs {
  const signValue = (optional('sign') ?? 'false').trim()
  let sign: Predicate[]
  if (/^(false|no|off)$/i.test(signValue)) sign = []
  else if (/^(true|yes|on)$/i.test(signValue)) sign = ['verdict']
  else {
    sign = signValue.split(/[\s,]+/).filter(Boolean) as Predicate[]
    const bad = sign.find((item) => item !== 'verdict' && item !== 'provenance' && item !== 'sbom')
    if (bad) throw new ConfigurationError(`input sign must be true, false or a list of verdict, provenance, sbom; got ${JSON.stringify(bad)}`)
  }
  const signingKey = optional('signing-key')
  // Not core.setSecret (it would print the value in an ::add-mask:: line): the runner masks secrets.*.
  const signingKeyPassword = optional('signing-key-password')
  const verifyPaths = list('verify-subject-path')
  const verifyImages = list('verify-image')
  const verifyManifests = list('verify-manifests')
  const runner = optional('runner-environment') ?? 'github-hosted'
  if (runner !== 'github-hosted' && runner !== 'self-hosted' && runner !== 'any') throw new ConfigurationError(`input runner-environment must be github-hosted, self-hosted or any, got ${JSON.stringify(runner)}`)
  const predicateOption = optional('verify-predicate-type') ?? 'provenance'
  const predicateType = predicateOption in PREDICATE_ALIASES ? PREDICATE_ALIASES[predicateOption] : predicateOption
  const signerWorkflow = optional('signer-workflow')
  const verify: VerifyInputs | null =
    verifyPaths.length || verifyImages.length || verifyManifests.length
      ? {
          subjectPaths: verifyPaths,
          images: verifyImages,
          manifests: verifyManifests,
          ...optionalEntry('bundle', optional('verify-bundle')),
          ...optionalEntry('trustedRoot', optional('trusted-root')),
          ...optionalEntry('tufRoot', optional('tuf-root')),
          // The repository's own artifacts by default.
          ...optionalEntry('signerRepo', optional('signer-repo') ?? (signerWorkflow ? undefined : env.GITHUB_REPOSITORY)),
          ...optionalEntry('signerWorkflow', signerWorkflow),
          issuer: optional('issuer') ?? 'https://token.actions.githubusercontent.com',
          runnerEnvironment: runner,
          ...optionalEntry('predicateType', predicateType),
          ...optionalEntry('key', optional('verify-key'))
        }
      : null
  return {
    sign,
    signOnFail: flag('sign-on-fail'),
    subjectPaths: list('subject-path'),
    subjectChecksums: list('subject-checksums'),
    subjects: list('subject'),
    ...optionalEntry('sbom', optional('sbom')),
    ...optionalEntry('fulcioUrl', optional('fulcio-url')),
    ...optionalEntry('rekorUrl', optional('rekor-url')),
    ...optionalEntry('tsaUrl', optional('tsa-url')),
    // Like actions/attest: private and internal repositories sign with GitHub's instance by default.
    ...optionalEntry('instance', optional('sigstore-instance') ?? (isPrivateRepository(env) ? 'github' : undefined)),
    ...optionalEntry('signingKey', signingKey),
    ...optionalEntry('signingKeyPassword', signingKeyPassword),
    bundleDir: path.resolve(workspace, optional('bundle-dir') ?? (env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'chaingate') : '.chaingate')),
    attestationsApi: flag('attestations-api'),
    pushToRegistry: flag('push-to-registry'),
    verify
  }
}

/** The event payload's repository visibility says private or internal (false when unknown). */
function isPrivateRepository(env: Env): boolean {
  if (!env.GITHUB_EVENT_PATH) return false
  try {
    const payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as { repository?: { visibility?: string; private?: boolean } }
    const visibility = payload.repository?.visibility
    return visibility !== undefined ? visibility !== 'public' : payload.repository?.private === true
  } catch {
    return false
  }
}

function optionalEntry<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>)
}

/** Runs `verify` when asked and merges its findings into the check's report (counts and verdict redone). */
export async function verifyStep(attest: AttestInputs, outcome: CheckOutcome, env: Env): Promise<void> {
  const options = attest.verify
  if (!options) return
  const verifyModule = await import('../verify/index.js')
  const workspace = new Workspace(outcome.workspace.root)
  const repository = options.signerRepo ? verifyModule.parseRepositoryPolicy(options.signerRepo) : undefined
  const workflow = options.signerWorkflow ? verifyModule.parseWorkflowPolicy(options.signerWorkflow) : undefined
  const resolve = (file: string): string => workspace.resolve(file)
  const trust =
    options.trustedRoot === undefined || options.trustedRoot === 'public-good'
      ? options.key && options.trustedRoot === undefined
        ? undefined
        : ({ kind: 'public-good' } as const)
      : options.trustedRoot === 'github'
        ? ({ kind: 'github', rootPath: resolve(requireValue(options.tufRoot, 'tuf-root (for trusted-root: github)')) } as const)
        : ({ kind: 'file', path: resolve(options.trustedRoot), shown: options.trustedRoot } as const)
  const verified = await verifyModule.verify({
    workspace,
    subjectPaths: options.subjectPaths,
    images: options.images,
    manifests: options.manifests,
    ...(options.bundle ? { bundlePath: resolve(options.bundle) } : {}),
    ...(trust ? { trust } : {}),
    identity: { issuer: options.issuer, ...(repository ? { repository } : {}), ...(workflow ? { workflow } : {}), runnerEnvironment: options.runnerEnvironment, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' },
    ...(options.key ? { publicKeyPem: fs.readFileSync(resolve(options.key), 'utf8') } : {}),
    ...(options.predicateType ? { predicateType: options.predicateType } : {}),
    ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {})
  })
  outcome.report = mergeFindings(outcome.report, verified.report.findings)
  outcome.rules = [...outcome.rules, ...verified.rules.filter((rule) => !outcome.rules.some((existing) => existing.meta.id === rule.meta.id))]
  core.setOutput('verified-count', verified.verified)
}

function requireValue(value: string | undefined, name: string): string {
  if (!value) throw new ConfigurationError(`input ${name} is required`)
  return value
}

/** The report with more findings: sorted again, counts and verdict recomputed under the same policy. */
export function mergeFindings(report: CheckReport, extra: CheckReport['findings']): CheckReport {
  const findings = [...report.findings, ...extra].sort(compareFindings)
  const policy = { failOn: report.policy.failOn as FailOn, onUnknown: report.policy.onUnknown as 'warn' | 'fail' }
  const failBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>
  const counts = { total: findings.length, fail: 0, pass: 0, unknown: 0, waived: 0, failing: 0, failBySeverity }
  for (const finding of findings) {
    counts[finding.status] += 1
    if (finding.status === 'fail') failBySeverity[finding.severity] += 1
    if (isFailing(finding, policy)) counts.failing += 1
  }
  return { ...report, findings, counts, verdict: counts.failing > 0 ? 'fail' : 'pass' }
}

/** Signs what `sign` asks for, after the verdict; only on pass unless `sign-on-fail`. */
export async function signStep(attest: AttestInputs, outcome: CheckOutcome, env: Env, token: string | undefined, apiUrl: string): Promise<void> {
  if (attest.sign.length === 0) return
  if (outcome.report.verdict !== 'pass' && !attest.signOnFail) {
    core.info('chaingate: not signing: the verdict is fail')
    return
  }
  const attestModule = await import('../attest/index.js')
  const { ciIdentityProvider } = await import('../attest/identity-token.js')
  const { validateServiceUrl } = await import('../attest/sign.js')
  const services = resolveServices(
    { ...optionalEntry('fulcio-url', attest.fulcioUrl), ...optionalEntry('rekor-url', attest.rekorUrl), ...optionalEntry('tsa-url', attest.tsaUrl), ...optionalEntry('instance', attest.instance) },
    validateServiceUrl
  )
  const method: import('../attest/index.js').SigningMethod = attest.signingKey
    ? { kind: 'key', signer: attestModule.pemKeySigner(attest.signingKey, attest.signingKeyPassword), ...services.witnessesForKey }
    : { kind: 'keyless', identityProvider: ciIdentityProvider(env), fulcioUrl: services.fulcioUrl, ...services.witnesses }
  let attestationsApi: { client: GitHubClient; repository: string } | undefined
  if (attest.attestationsApi) {
    if (!token) throw new ConfigurationError('input attestations-api needs the token input (with attestations: write)')
    if (!env.GITHUB_REPOSITORY) throw new ConfigurationError('input attestations-api needs GITHUB_REPOSITORY')
    attestationsApi = { client: (await import('../github/client.js')).createGitHubClient({ token, apiUrl, counter: new RequestCounter(), userAgent: 'chaingate-action' }), repository: env.GITHUB_REPOSITORY }
  }
  const workspace = new Workspace(outcome.workspace.root)
  const bundles: string[] = []
  for (const predicate of attest.sign) {
    const result = await attestModule.sign({
      workspace,
      subjectPaths: attest.subjectPaths,
      subjectChecksums: attest.subjectChecksums,
      images: attest.subjects,
      predicate,
      ...(attest.sbom ? { sbomPath: attest.sbom } : {}),
      ...(predicate === 'verdict' ? { report: outcome.report, verdict: verdictContext(outcome.report, env, workspace.root) } : {}),
      build: buildContext(env),
      method,
      bundleOut: path.join(attest.bundleDir, `${predicate}.sigstore.json`),
      ...(attestationsApi ? { attestationsApi } : {}),
      pushToRegistry: attest.pushToRegistry,
      ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {})
    })
    bundles.push(result.bundlePath)
    core.info(`chaingate: signed ${result.subjects.length} subject(s) (${result.statement.predicateType}) into ${result.bundlePath}`)
    if (result.attestationId) core.setOutput(`${predicate}-attestation-id`, result.attestationId)
    for (const pushed of result.pushed) core.info(`chaingate: attached to ${pushed.image} as ${pushed.referrer}`)
  }
  core.setOutput('bundle-paths', bundles.join('\n'))
}
