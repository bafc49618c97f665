/** The action's sign and verify inputs, read once with the others (src/action/inputs.ts). */
import fs from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { ConfigurationError } from '../model/errors.js'
import type { PredicateRequirement } from '../verify/predicate-aliases.js'
import { isInside } from '../workspace/workspace.js'

export type Env = Record<string, string | undefined>
export type Predicate = 'verdict' | 'provenance' | 'sbom'

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
  predicateType?: PredicateRequirement
  key?: string
  /** Notation (workspace-relative paths), and chaingate's per-scope verification policy. */
  notationTrustPolicy?: string
  notationTrustStore?: string
  verifyPolicy?: string
  /** Sigstore is verified: not when only Notation inputs are given without signer or key inputs. */
  sigstore: boolean
}

export interface AttestInputs {
  sign: Predicate[]
  signOnFail: boolean
  subjectPaths: string[]
  subjectChecksums: string[]
  subjects: string[]
  /** An SBOM file to sign (input `sbom` given as a path). */
  sbom?: string
  /** Input `sbom: cyclonedx|spdx`: chaingate writes the workspace's SBOM to `file` (output `sbom-file`). */
  sbomOutput?: { format: 'cyclonedx' | 'spdx'; file: string }
  /** Input `sbom-image`: registry images whose SBOM `sign: sbom` makes, signs and attaches (instead of the workspace's). */
  sbomImages: string[]
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
export async function readAttestInputs(env: Env, workspace: string): Promise<AttestInputs> {
  // `sbom` is a format (chaingate writes the SBOM) or, as before, the path of an SBOM to sign.
  const sbomValue = optional('sbom')
  const sbomFormat: 'cyclonedx' | 'spdx' | undefined = sbomValue === 'cyclonedx' || sbomValue === 'spdx' ? sbomValue : undefined
  const sbomFileInput = optional('sbom-file')
  if (sbomFileInput && !sbomFormat) throw new ConfigurationError('input sbom-file needs sbom: cyclonedx or sbom: spdx')
  const outputDirectory = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'chaingate') : path.join(workspace, '.chaingate')
  const sbomOutput = sbomFormat
    ? {
        format: sbomFormat,
        file: sbomFileInput
          ? insideWorkspaceOnly(workspace, sbomFileInput, 'sbom-file')
          : path.join(outputDirectory, sbomFormat === 'spdx' ? 'sbom.spdx.json' : 'sbom.cdx.json')
      }
    : undefined
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
  if (runner !== 'github-hosted' && runner !== 'self-hosted' && runner !== 'any')
    throw new ConfigurationError(`input runner-environment must be github-hosted, self-hosted or any, got ${JSON.stringify(runner)}`)
  const predicateOption = optional('verify-predicate-type') ?? 'provenance'
  const verifyAsked = verifyPaths.length > 0 || verifyImages.length > 0 || verifyManifests.length > 0
  // Read (and checked) when something is to be verified: the aliases' module is loaded then (cold start).
  const predicateType = verifyAsked
    ? (await import('../verify/predicate-aliases.js')).predicateRequirement(predicateOption, 'input verify-predicate-type')
    : undefined
  const signerWorkflow = optional('signer-workflow')
  const notationTrustPolicy = optional('notation-trust-policy')
  const notationTrustStore = optional('notation-trust-store')
  const verifyPolicy = optional('verify-policy')
  const notationAsked = Boolean(notationTrustPolicy || notationTrustStore || verifyPolicy)
  const sigstore =
    !notationAsked || Boolean(optional('signer-repo') || signerWorkflow || optional('verify-key') || optional('verify-bundle') || verifyPaths.length)
  const verify: VerifyInputs | null = verifyAsked
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
        ...(predicateType !== undefined ? { predicateType } : {}),
        ...optionalEntry('key', optional('verify-key')),
        ...optionalEntry('notationTrustPolicy', notationTrustPolicy),
        ...optionalEntry('notationTrustStore', notationTrustStore),
        ...optionalEntry('verifyPolicy', verifyPolicy),
        sigstore
      }
    : null
  return {
    sign,
    signOnFail: flag('sign-on-fail'),
    subjectPaths: list('subject-path'),
    subjectChecksums: list('subject-checksums'),
    subjects: list('subject'),
    ...(sbomValue !== undefined && !sbomFormat ? { sbom: sbomValue } : {}),
    ...(sbomOutput ? { sbomOutput } : {}),
    sbomImages: list('sbom-image'),
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

/** A path given by an input, resolved inside the workspace (lexically; symlinks are checked on use). */
function insideWorkspaceOnly(workspace: string, given: string, name: string): string {
  const resolved = path.resolve(workspace, given)
  if (!isInside(workspace, resolved)) throw new ConfigurationError(`input ${name} (${given}) points outside the workspace`)
  return resolved
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

export function optionalEntry<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>)
}
