/** What a fact fetcher can reach: the workspace, the GitHub client (if any), the target and the event. */
import type { Fact, FactDef } from '../model/fact.js'
import type { GitHubClient } from '../github/client.js'
import type { Workspace } from '../workspace/workspace.js'
import type { RegistryRunOptions } from '../images/sources/config.js'
import type { AdvisoryRunOptions } from '../advisories/sources/index.js'

export interface Target {
  owner: string
  repo: string
  /** The ref being checked (e.g. `refs/heads/main` or `refs/pull/1/merge`), when known. */
  ref?: string
  sha?: string
}

/** The triggering event, for pull-request mode. `payload` is the webhook payload as GitHub sends it. */
export interface EventContext {
  name: string
  payload: Record<string, unknown>
}

/** An SBOM file the user named (`check --sbom`), resolved by the shell (src/check.ts). */
export interface SbomInputFile {
  /** Real absolute path. */
  absolutePath: string
  /** Workspace-relative when inside the workspace (then read through it), else the absolute path. */
  displayPath: string
  insideWorkspace: boolean
}

export interface FactContext {
  workspace: Workspace
  /** null when no token was given: the run is offline and every API fact is unknown (`no-token`). */
  github: GitHubClient | null
  /** A second client with an elevated token (admin / App / fine-grained PAT), when one was given. */
  elevated: GitHubClient | null
  /** null when no repository was named. */
  target: Target | null
  event: EventContext | null
  now: Date
  /** SBOMs whose packages join the inventory; `only`: they replace the lockfiles of the workspace. */
  sbom?: { files: SbomInputFile[]; only: boolean }
  /** The advisory source of the run (`--advisories`, policy `advisories:`); absent: none configured. */
  advisories?: AdvisoryRunOptions
  /** Images the build pushes, named by the run (`check --image`, action input `image`). */
  images?: { pushed: string[]; /** `--platform` for them (`os/arch[/variant]`); default linux/amd64. */ platform?: string }
  /** Container registries the run may read (image configurations); absent or offline: none is contacted. */
  registries?: RegistryRunOptions
  /** Another fact, fetched once and shared. */
  get<T>(def: FactDef<T>): Promise<Fact<T>>
}
