/**
 * The action's Sigstore steps, around the check: `verify` (its failures become findings of the same
 * report, so they count in the verdict, the SARIF and the summary) and `sign` (after the verdict: the
 * verdict summary, provenance and/or SBOM as statements of their own, only on pass unless `sign-on-fail`).
 * The action imports this module (and the Sigstore code, lazily again) only when one of these inputs is set.
 */
import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { CheckOutcome } from '../check.js'
import { resolveServices, buildContext, verdictContext } from '../attest/context.js'
import { compareFindings, isFailing } from '../engine.js'
import type { GitHubClient } from '../github/client.js'
import { RequestCounter } from '../github/request-counter.js'
import { timestampFromEnv } from '../inventory/sbom/entries.js'
import { ConfigurationError } from '../model/errors.js'
import { SEVERITIES, type Severity } from '../model/finding.js'
import type { FailOn } from '../policy/types.js'
import type { CheckReport } from '../report/types.js'
import { Workspace } from '../workspace/workspace.js'

// Types only: the action reads its inputs at start (src/action/inputs.ts), so this lazily loaded step must not
// share a module with it at run time, or both would load it as a chunk of its own (cold start).
import type { AttestInputs, Env } from './attest-inputs.js'

export type { AttestInputs, VerifyInputs } from './attest-inputs.js'

/** Runs `verify` when asked and merges its findings into the check's report (counts and verdict redone). */
export async function verifyStep(
  attest: AttestInputs,
  outcome: CheckOutcome,
  env: Env,
  advisories?: import('../verify/admission.js').VulnerabilitySettings
): Promise<void> {
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
  const policyFile = options.verifyPolicy ? verifyModule.readVerifyPolicy(resolve(options.verifyPolicy), options.verifyPolicy) : undefined
  const notation = verifyModule.notationConfig(
    {
      trustPolicy: options.notationTrustPolicy ? resolve(options.notationTrustPolicy) : undefined,
      trustStore: options.notationTrustStore ? resolve(options.notationTrustStore) : undefined
    },
    policyFile,
    workspace.root
  )
  // Image vulnerabilities asked by the verification policy: the repository's waivers and VEX, the check's advisory source.
  const vulnerabilityContext = (policyFile?.images ?? []).some((entry) => entry.vulnerabilities)
    ? await (await import('../verify/admission.js')).loadVulnerabilityContext(workspace, advisories ?? { apiUrl: 'https://api.github.com' })
    : undefined
  const verified = await verifyModule.verify({
    workspace,
    subjectPaths: options.subjectPaths,
    images: options.images,
    manifests: options.manifests,
    ...(options.bundle ? { bundlePath: resolve(options.bundle) } : {}),
    ...(trust && options.sigstore ? { trust } : {}),
    ...(options.sigstore
      ? {
          identity: {
            issuer: options.issuer,
            ...(repository ? { repository } : {}),
            ...(workflow ? { workflow } : {}),
            runnerEnvironment: options.runnerEnvironment,
            serverUrl: env.GITHUB_SERVER_URL || 'https://github.com'
          }
        }
      : {}),
    ...(notation ? { notation } : {}),
    ...(policyFile?.images ? { requirements: policyFile.images } : {}),
    ...(vulnerabilityContext ?? {}),
    ...(options.key ? { publicKeyPem: fs.readFileSync(resolve(options.key), 'utf8') } : {}),
    ...(options.predicateType ? { predicateType: options.predicateType } : {}),
    ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {})
  })
  outcome.report = mergeFindings(outcome.report, verified.report.findings)
  outcome.rules = [...outcome.rules, ...verified.rules.filter((rule) => !outcome.rules.some((existing) => existing.meta.id === rule.meta.id))]
  core.setOutput('verified-count', verified.verified)
}

function optionalDate<K extends string>(key: K, value: Date | undefined): Partial<Record<K, Date>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, Date>)
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
export async function signStep(
  attest: AttestInputs,
  outcome: CheckOutcome,
  env: Env,
  token: string | undefined,
  apiUrl: string,
  sbom?: { file: string; text?: string }
): Promise<void> {
  if (attest.sign.length === 0) return
  if (outcome.report.verdict !== 'pass' && !attest.signOnFail) {
    core.info('chaingate: not signing: the verdict is fail')
    return
  }
  const attestModule = await import('../attest/index.js')
  const { ciIdentityProvider } = await import('../attest/identity-token.js')
  const { validateServiceUrl } = await import('../attest/sign.js')
  const services = resolveServices(
    {
      ...(attest.fulcioUrl !== undefined ? { 'fulcio-url': attest.fulcioUrl } : {}),
      ...(attest.rekorUrl !== undefined ? { 'rekor-url': attest.rekorUrl } : {}),
      ...(attest.tsaUrl !== undefined ? { 'tsa-url': attest.tsaUrl } : {}),
      ...(attest.instance !== undefined ? { instance: attest.instance } : {})
    },
    validateServiceUrl
  )
  const method: import('../attest/index.js').SigningMethod = attest.signingKey
    ? { kind: 'key', signer: attestModule.pemKeySigner(attest.signingKey, attest.signingKeyPassword), ...services.witnessesForKey }
    : { kind: 'keyless', identityProvider: ciIdentityProvider(env), fulcioUrl: services.fulcioUrl, ...services.witnesses }
  let attestationsApi: { client: GitHubClient; repository: string } | undefined
  if (attest.attestationsApi) {
    if (!token) throw new ConfigurationError('input attestations-api needs the token input (with attestations: write)')
    if (!env.GITHUB_REPOSITORY) throw new ConfigurationError('input attestations-api needs GITHUB_REPOSITORY')
    attestationsApi = {
      client: (await import('../github/client.js')).createGitHubClient({ token, apiUrl, counter: new RequestCounter(), userAgent: 'chaingate-action' }),
      repository: env.GITHUB_REPOSITORY
    }
  }
  const workspace = new Workspace(outcome.workspace.root)
  const bundles: string[] = []
  const signed = (result: Awaited<ReturnType<typeof attestModule.sign>>, predicate: string): void => {
    bundles.push(result.bundlePath)
    core.info(`chaingate: signed ${result.subjects.length} subject(s) (${result.statement.predicateType}) into ${result.bundlePath}`)
    if (result.attestationId) core.setOutput(`${predicate}-attestation-id`, result.attestationId)
    for (const pushed of result.pushed) core.info(`chaingate: attached to ${pushed.image} as ${pushed.referrer}`)
  }
  for (const predicate of attest.sign) {
    if (predicate === 'sbom' && attest.sbomImages.length > 0) {
      // sbom-image: each image's SBOM, made as `chaingate sbom --image` does, signed for the image's digest and attached to it.
      for (const [index, reference] of attest.sbomImages.entries()) {
        signed(
          await attestModule.sign({
            workspace,
            predicate,
            sbomImage: { reference, env, cwd: workspace.root },
            sbomFormat: attest.sbomOutput?.format ?? 'cyclonedx',
            ...optionalDate('sbomTimestamp', timestampFromEnv(env)),
            build: buildContext(env),
            method,
            bundleOut: path.join(attest.bundleDir, attest.sbomImages.length === 1 ? 'sbom-image.sigstore.json' : `sbom-image-${index + 1}.sigstore.json`),
            ...(attestationsApi ? { attestationsApi } : {}),
            ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {})
          }),
          predicate
        )
      }
      continue
    }
    const result = await attestModule.sign({
      workspace,
      subjectPaths: attest.subjectPaths,
      subjectChecksums: attest.subjectChecksums,
      images: attest.subjects,
      predicate,
      // sign: sbom signs the SBOM file given, else the one the sbom input wrote, else one made now (CycloneDX).
      ...(attest.sbom ? { sbomPath: attest.sbom } : sbom?.text !== undefined ? { sbomDocument: { text: sbom.text, shown: sbom.file } } : {}),
      ...(predicate === 'sbom' && !attest.sbom && sbom?.text === undefined
        ? { sbomFormat: 'cyclonedx' as const, ...optionalDate('sbomTimestamp', timestampFromEnv(env)) }
        : {}),
      ...(predicate === 'verdict' ? { report: outcome.report, verdict: verdictContext(outcome.report, env, workspace.root) } : {}),
      build: buildContext(env),
      method,
      bundleOut: path.join(attest.bundleDir, `${predicate}.sigstore.json`),
      ...(attestationsApi ? { attestationsApi } : {}),
      pushToRegistry: attest.pushToRegistry,
      ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {})
    })
    signed(result, predicate)
  }
  core.setOutput('bundle-paths', bundles.join('\n'))
}
