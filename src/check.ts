/**
 * One check, from typed inputs to a report: workspace, policy, GitHub clients, engine. Shared by the CLI
 * and the action; neither process.env nor @actions/core is read here.
 */
import fs from 'node:fs'
import path from 'node:path'
import { DEFAULT_OSV_URL, type AdvisoryRunOptions, type AdvisorySourceSetting } from './advisories/sources/index.js'
import type { HttpOptions } from './advisories/sources/http.js'
import type { EventContext, SbomInputFile, Target } from './facts/context.js'
import type { GitHubClient, GitHubClientOptions, Logger } from './github/client.js'
import { RequestCounter } from './github/request-counter.js'
import { ConfigurationError } from './model/errors.js'
import { parseRepository } from './model/repository.js'
import type { AnyRule } from './model/rule.js'
import { runCheck } from './engine.js'
import { loadGlobLibrary } from './policy/glob-library.js'
import { findPolicy } from './policy/locate.js'
import { embeddedPolicy } from './policy/resolve.js'
import type { FailOn, Policy } from './policy/types.js'
import { allRules } from './rules/index.js'
import type { CheckReport } from './report/types.js'
import { isInside, Workspace } from './workspace/workspace.js'
import type { RegistryRunOptions } from './images/sources/config.js'
import type { RegistryCredentials, RegistryPool } from './verify/registry.js'
import { TOOL } from './version.js'

export interface CheckInput {
  /** The checkout to audit (absolute or relative to the process's working directory). */
  path: string
  /** How the path is shown in reports. */
  displayPath?: string
  /** Policy file; relative paths resolve against the workspace. */
  policyPath?: string
  /** owner/name of the repository on GitHub, for API checks. */
  repository?: string
  ref?: string
  sha?: string
  token?: string
  /** A second token (admin, GitHub App, fine-grained PAT) for settings the first cannot read. */
  elevatedToken?: string
  apiUrl?: string
  failOn?: FailOn
  onUnknown?: 'warn' | 'fail'
  event?: EventContext | null
  now?: Date
  log?: Logger
  retryBaseMs?: number
  /** Limits of the GitHub client (defaults in src/github/client.ts). */
  api?: ApiLimits
  rules?: AnyRule[]
  /**
   * SBOM files (CycloneDX or SPDX JSON) whose packages join the inventory (`check --sbom`), absolute or
   * relative to the workspace. They must be inside the workspace (after symlinks) unless
   * `sbomOutsideWorkspace` says the user named them explicitly (the CLI).
   */
  sbomPaths?: string[]
  sbomOutsideWorkspace?: boolean
  /** The SBOMs replace the workspace's lockfiles instead of joining them. */
  sbomOnly?: boolean
  /**
   * `--advisories`: `github`, `osv`, or a local OSV snapshot directory (absolute, or relative to the process's
   * working directory). Overrides the policy's `advisories.source`.
   */
  advisories?: string
  /** `--osv-url`: the OSV API base URL; alone, it selects the OSV source. Overrides the policy's `advisories.osv-url`. */
  osvUrl?: string
  /** On-disk cache of OSV records; ignored when it is inside the workspace. */
  osvCacheDir?: string
  /** HTTP settings of the OSV source (tests shorten timeouts and backoff). */
  advisoriesHttp?: Partial<HttpOptions>
  /** Images the build pushes (`check --image`, action input `image`), as `REGISTRY/REPO[:TAG|@DIGEST]`. */
  images?: string[]
  /** `--platform` of those images (`os/arch[/variant]`); default linux/amd64. */
  imagePlatform?: string
  /** No container registry is contacted (`--offline`). */
  offline?: boolean
  /** Credentials for every registry (REGISTRY_USERNAME / REGISTRY_PASSWORD); otherwise the Docker config's. */
  registryCredentials?: RegistryCredentials
  /** Docker config directory ($DOCKER_CONFIG, default ~/.docker) for registry credentials. */
  dockerConfigDir?: string
}

export interface ApiLimits {
  /** Longest one request may take, in ms. */
  requestTimeoutMs?: number
  /** Longest all requests of the run may take together, waits included, in ms. */
  budgetMs?: number
  /** Retries of a request that got a server error or no answer. */
  retries?: number
}

/** `CHAINGATE_API_TIMEOUT`, `CHAINGATE_API_BUDGET` (seconds) and `CHAINGATE_API_RETRIES` from an environment. */
export function apiLimitsFromEnv(env: Record<string, string | undefined>): ApiLimits {
  const number = (name: string, min: number): number | undefined => {
    const text = env[name]
    if (text === undefined || text.trim() === '') return undefined
    const value = Number(text)
    if (!Number.isFinite(value) || value < min) throw new ConfigurationError(`${name} must be a number of at least ${min}, got ${JSON.stringify(text)}`)
    return value
  }
  const timeout = number('CHAINGATE_API_TIMEOUT', 0.1)
  const budget = number('CHAINGATE_API_BUDGET', 0.1)
  const retries = number('CHAINGATE_API_RETRIES', 0)
  return {
    ...(timeout !== undefined ? { requestTimeoutMs: Math.round(timeout * 1000) } : {}),
    ...(budget !== undefined ? { budgetMs: Math.round(budget * 1000) } : {}),
    ...(retries !== undefined ? { retries: Math.floor(retries) } : {})
  }
}

export interface CheckOutcome {
  report: CheckReport
  policy: Policy
  rules: AnyRule[]
  workspace: Workspace
}

export const DEFAULT_API_URL = 'https://api.github.com'

export { parseRepository }

export async function check(input: CheckInput): Promise<CheckOutcome> {
  const rules = input.rules ?? allRules
  const workspace = new Workspace(input.path)
  // The schema validator and Octokit are loaded only when needed: an offline run without a policy file
  // starts without either.
  const location = findPolicy(workspace.root, input.policyPath)
  // A policy file's globs are validated as it loads (src/policy/glob-library.ts).
  if (location.absolutePath) await loadGlobLibrary()
  const policy = location.absolutePath ? (await import('./policy/load.js')).loadPolicy(location, rules) : embeddedPolicy(rules)
  if (input.failOn) policy.failOn = input.failOn
  if (input.onUnknown) policy.onUnknown = input.onUnknown
  const target: Target | null = input.repository
    ? { ...parseRepository(input.repository), ...(input.ref ? { ref: input.ref } : {}), ...(input.sha ? { sha: input.sha } : {}) }
    : null
  const counter = new RequestCounter()
  const apiUrl = input.apiUrl ?? DEFAULT_API_URL
  if (input.apiUrl !== undefined) validateApiUrl(input.apiUrl)
  const clientOptions = {
    apiUrl,
    counter,
    userAgent: `${TOOL.name}/${TOOL.version}`,
    ...(input.log ? { log: input.log } : {}),
    ...(input.retryBaseMs !== undefined ? { retryBaseMs: input.retryBaseMs } : {}),
    ...input.api
  }
  const client = async (token: string | undefined): Promise<GitHubClient | null> => {
    if (!token) return null
    const { createGitHubClient } = await import('./github/client.js')
    return createGitHubClient({ ...clientOptions, token } satisfies GitHubClientOptions)
  }
  const sbomFiles = (input.sbomPaths ?? []).map((file) => resolveSbomFile(workspace, file, input.sbomOutsideWorkspace ?? false))
  if (input.sbomOnly && sbomFiles.length === 0) throw new ConfigurationError('--sbom-only needs --sbom FILE')
  const github = await client(input.token)
  const elevated = await client(input.elevatedToken)
  // Online, facts match globs (rulesets, CODEOWNERS, release branches): minimatch before any request, so no
  // fact is fetched twice (src/policy/glob-library.ts).
  if (github || elevated) await loadGlobLibrary()
  const source = resolveAdvisorySource(input, policy, workspace)
  // GitHub's advisory database needs no token: without one, an unauthenticated client (lower rate limit).
  const anonymousGithub = source?.kind === 'github' && !github ? (await import('./github/client.js')).createGitHubClient({ ...clientOptions, token: '' }) : null
  const osvCacheDir = input.osvCacheDir && !isInside(workspace.root, path.resolve(input.osvCacheDir)) ? path.resolve(input.osvCacheDir) : undefined
  const advisories: AdvisoryRunOptions = {
    source,
    ...(anonymousGithub ? { anonymousGithub } : {}),
    ...(osvCacheDir ? { osvCacheDir } : {}),
    ...(input.advisoriesHttp ? { http: input.advisoriesHttp } : {})
  }
  const report = await runCheck({
    workspace,
    policy,
    rules,
    github,
    elevated,
    target,
    event: input.event ?? null,
    ...(input.now ? { now: input.now } : {}),
    tool: TOOL,
    displayPath: input.displayPath ?? input.path,
    advisories,
    ...(input.images?.length ? { images: { pushed: input.images, ...(input.imagePlatform ? { platform: input.imagePlatform } : {}) } } : {}),
    registries: lazyRegistries(input),
    ...(sbomFiles.length > 0 ? { sbom: { files: sbomFiles, only: input.sbomOnly ?? false } } : {})
  })
  return { report, policy, rules, workspace }
}

/** An SBOM file named by the user: it must exist; inside the workspace (symlinks resolved) unless allowed. */
export function resolveSbomFile(workspace: Workspace, given: string, allowOutside: boolean): SbomInputFile {
  const absolute = path.resolve(workspace.root, given)
  const shown = isInside(workspace.root, absolute) ? workspace.relative(absolute) : given
  let real: string
  try {
    real = fs.realpathSync.native(absolute)
  } catch {
    throw new ConfigurationError('SBOM file not found', { file: shown })
  }
  if (!fs.statSync(real).isFile()) throw new ConfigurationError('SBOM is not a regular file', { file: shown })
  const inside = isInside(workspace.root, real)
  if (!inside && !allowOutside) throw new ConfigurationError('SBOM file is outside the workspace', { file: shown })
  return { absolutePath: real, displayPath: inside ? workspace.relative(real) : real, insideWorkspace: inside }
}

/**
 * The run's advisory source: the command line (or action input) first, then the policy's `advisories:`;
 * `github` and `osv` are keywords, anything else is a snapshot directory (`./osv` for a directory named so).
 * `--osv-url` alone selects the OSV API. null: none configured (see src/advisories/fact.ts for the default).
 */
export function resolveAdvisorySource(input: Pick<CheckInput, 'advisories' | 'osvUrl'>, policy: Policy, workspace: Workspace): AdvisorySourceSetting | null {
  const fromPolicy = policy.advisories
  const where = fromPolicy?.location ? { file: policy.source, line: fromPolicy.location.startLine, column: fromPolicy.location.startColumn } : undefined
  const url = input.osvUrl ?? fromPolicy?.osvUrl
  if (url !== undefined) validateHttpUrl(url, 'OSV API URL', input.osvUrl === undefined ? where : undefined)
  const given = input.advisories ?? fromPolicy?.source ?? (url !== undefined ? 'osv' : undefined)
  if (given === undefined) return null
  if (given === 'github') return { kind: 'github' }
  if (given === 'osv') return { kind: 'osv', url: url ?? DEFAULT_OSV_URL }
  // A directory: the command line's is relative to the working directory (the CLI resolved it); the policy's to the repository root.
  const directory = input.advisories !== undefined ? path.resolve(given) : path.resolve(workspace.root, given)
  const isDirectory = fs.statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false
  if (!isDirectory) {
    const message = `advisory source ${JSON.stringify(given)} is neither github, osv nor a directory (a local OSV snapshot laid out as DIR/<Ecosystem>/all.zip)`
    throw input.advisories === undefined && where ? new ConfigurationError(message, where) : new ConfigurationError(message)
  }
  return { kind: 'osv-offline', directory }
}

function validateHttpUrl(url: string, what: string, where?: { file: string; line: number; column?: number }): void {
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) {
    const message = `${what} must be an http(s) URL, got ${JSON.stringify(url)}`
    throw where ? new ConfigurationError(message, where) : new ConfigurationError(message)
  }
}

function validateApiUrl(url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new ConfigurationError(`GitHub API URL ${JSON.stringify(url)} is not a URL`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigurationError(`GitHub API URL must be http(s), got ${parsed.protocol}`)
}

/** The registry client for image facts, imported only when a rule's options make a fact read a registry. */
function lazyRegistries(input: CheckInput): RegistryRunOptions {
  let pool: RegistryPool | undefined
  let opening: Promise<RegistryPool> | undefined
  const client = (): Promise<typeof import('./verify/registry.js')> => import('./verify/registry.js')
  return {
    offline: input.offline ?? false,
    // One pool for the run, however many facts ask for it at once (tokens and counts are per pool).
    pool() {
      opening ??= client().then((module) => (pool = new module.RegistryPool()))
      return opening
    },
    requests: () => pool?.requests ?? 0,
    async credentials(name) {
      return input.registryCredentials ?? (await client()).readDockerCredentials(name, input.dockerConfigDir)
    }
  }
}
