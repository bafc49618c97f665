/**
 * Every action input and runner variable the action uses, read once into one typed object. Inputs are
 * data: they are never passed to a shell, and paths are resolved inside the workspace.
 */
import path from 'node:path'
import * as core from '@actions/core'
import { apiLimitsFromEnv, type ApiLimits } from '../check.js'
import { ConfigurationError } from '../model/errors.js'
import type { EventContext } from '../facts/context.js'
import { FAIL_ON, type FailOn } from '../policy/types.js'
import { realPathInside } from '../workspace/real-path.js'
import { readEventPayload } from '../event-payload.js'
import { readAttestInputs, type AttestInputs } from './attest-inputs.js'

export interface ActionInputs {
  workspace: string
  path: string
  policyPath?: string
  token?: string
  elevatedToken?: string
  apiUrl: string
  /** `CHAINGATE_API_TIMEOUT`, `CHAINGATE_API_BUDGET`, `CHAINGATE_API_RETRIES`: the same variables as the CLI's. */
  api: ApiLimits
  repository?: string
  ref?: string
  sha?: string
  failOn?: FailOn
  onUnknown?: 'warn' | 'fail'
  sarifFile: string
  reportJson: string
  annotations: boolean
  summary: boolean
  event: EventContext | null
  /** `advisories`: github, osv or a snapshot directory (relative to the workspace); `osv-url`: the OSV API base URL. */
  advisories?: string
  osvUrl?: string
  /** OSV records cached for the job under $RUNNER_TEMP. */
  osvCacheDir?: string
  /** `check-sbom`: SBOM files whose packages join the inventory (one per line or comma-separated), `check-sbom-only`: instead of the lockfiles. */
  sbomPaths: string[]
  sbomOnly: boolean
  /** `vex-out`: where the waivers in force on vulnerability findings are written as OpenVEX (inside the workspace). */
  vexOut?: string
  /** `image`: images the build pushes (one per line). */
  images: string[]
  /** $DOCKER_CONFIG, for registry credentials. */
  dockerConfigDir?: string
  /** sign / verify inputs (src/action/attest-step.ts). */
  attest: AttestInputs
}

type Env = Record<string, string | undefined>

function optional(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

function booleanInput(name: string, fallback: boolean): boolean {
  const value = optional(name)
  if (value === undefined) return fallback
  if (/^(true|yes|on)$/i.test(value)) return true
  if (/^(false|no|off)$/i.test(value)) return false
  throw new ConfigurationError(`input ${name} must be true or false, got ${JSON.stringify(value)}`)
}

/** A list input: one item per line or comma-separated, blanks dropped. */
function listInput(name: string): string[] {
  return (optional(name) ?? '')
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter(Boolean)
}

/**
 * Resolves a user-given path against the workspace and refuses one that leaves it, lexically or through a
 * symbolic link (its real path, or for a file not written yet its parent's, must be inside).
 */
export function insideWorkspace(workspace: string, given: string, inputName: string): string {
  return realPathInside(workspace, path.resolve(workspace, given), { name: `input ${inputName} (${given})` })
}

export async function readInputs(env: Env): Promise<ActionInputs> {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd())
  const token = optional('token')
  const elevatedToken = optional('admin-token')
  // No core.setSecret: it would print `::add-mask::<token>` to the log. The runner already masks
  // `github.token` and `secrets.*`, the usual sources of these inputs.
  const failOn = optional('fail-on')
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new ConfigurationError(`input fail-on must be one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`)
  }
  const onUnknown = optional('on-unknown')
  if (onUnknown !== undefined && onUnknown !== 'warn' && onUnknown !== 'fail')
    throw new ConfigurationError(`input on-unknown must be warn or fail, got ${JSON.stringify(onUnknown)}`)
  const outputDirectory = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, 'chaingate') : path.join(workspace, '.chaingate')
  const outputPath = (name: string, fallback: string): string => {
    const given = optional(name)
    return given ? insideWorkspace(workspace, given, name) : path.join(outputDirectory, fallback)
  }
  const policy = optional('policy')
  const advisories = optional('advisories')
  const osvUrl = optional('osv-url')
  const vexOut = optional('vex-out')
  const sbomPaths = listInput('check-sbom')
  const sbomOnly = booleanInput('check-sbom-only', false)
  if (sbomOnly && sbomPaths.length === 0) throw new ConfigurationError('input check-sbom-only needs check-sbom (the SBOM files to check)')
  return {
    workspace,
    path: insideWorkspace(workspace, optional('path') ?? '.', 'path'),
    ...(policy ? { policyPath: insideWorkspace(workspace, policy, 'policy') } : {}),
    ...(token ? { token } : {}),
    ...(elevatedToken ? { elevatedToken } : {}),
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    api: apiLimitsFromEnv(env),
    ...(env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {}),
    ...(env.GITHUB_REF ? { ref: env.GITHUB_REF } : {}),
    ...(env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {}),
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    ...(onUnknown ? { onUnknown: onUnknown as 'warn' | 'fail' } : {}),
    sarifFile: outputPath('sarif-file', 'chaingate.sarif'),
    reportJson: outputPath('report-json', 'chaingate-report.json'),
    annotations: booleanInput('annotations', true),
    summary: booleanInput('summary', true),
    event: readEventPayload(env),
    // A snapshot directory may live outside the workspace (downloaded by an earlier step into $RUNNER_TEMP).
    ...(advisories ? { advisories: advisories === 'github' || advisories === 'osv' ? advisories : path.resolve(workspace, advisories) } : {}),
    ...(osvUrl ? { osvUrl } : {}),
    ...(env.RUNNER_TEMP ? { osvCacheDir: path.join(env.RUNNER_TEMP, 'chaingate', 'osv') } : {}),
    // SBOMs are read, never written: like a snapshot directory they may come from an earlier step, outside the workspace.
    sbomPaths: sbomPaths.map((file) => path.resolve(workspace, file)),
    sbomOnly,
    // Written, so inside the workspace (its real path, or for a new file its directory's), like report-json.
    ...(vexOut ? { vexOut: insideWorkspace(workspace, vexOut, 'vex-out') } : {}),
    images: (optional('image') ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    ...(env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}),
    attest: await readAttestInputs(env, workspace)
  }
}
