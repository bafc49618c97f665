/**
 * Setup actions and the version input that names the tool they install, with the values that float: a
 * keyword that follows the newest release (`latest`, `stable`, `lts/*`...), or no value where the action's
 * default is the newest release. The `floating-tool-version` rule reads this list. A value that fixes the
 * tool's release line (`20`, `1.22.x`, `3.12`) is not floating; a version file input (`node-version-file`,
 * `go-version-file`...) counts as a pin.
 *
 * Sources (each action's README / action.yml, reviewed 2026-12):
 * - actions/setup-node "Supported version syntax": `latest`, `current`, `node`, `lts/*`
 *   (https://github.com/actions/setup-node#supported-version-syntax)
 * - actions/setup-go: `stable`, `oldstable` aliases (https://github.com/actions/setup-go#using-stableoldstable-aliases)
 * - hashicorp/setup-terraform: `terraform_version` defaults to `latest` (https://github.com/hashicorp/setup-terraform#inputs)
 * - azure/setup-helm: `version` defaults to `latest` (https://github.com/Azure/setup-helm/blob/main/action.yml)
 * - astral-sh/setup-uv, pnpm/action-setup, oven-sh/setup-bun, golangci/golangci-lint-action,
 *   goreleaser/goreleaser-action: `latest` accepted as the version (their READMEs)
 */
export interface SetupToolAction {
  /** `owner/repo`, lower-case. */
  name: string
  /** The input naming the tool's version. */
  input: string
  /** Inputs that pin the version another way (a version file). */
  pinnedBy: readonly string[]
  /** Values (lower-case) that follow the newest release. */
  floating: readonly string[]
  /** Whether leaving the input out installs the newest release. */
  defaultFloats: boolean
  source: string
}

const LATEST = ['latest']

export const SETUP_TOOL_ACTIONS: readonly SetupToolAction[] = [
  {
    name: 'actions/setup-node',
    input: 'node-version',
    pinnedBy: ['node-version-file'],
    floating: ['latest', 'current', 'node', 'lts/*'],
    defaultFloats: false,
    source: 'https://github.com/actions/setup-node#supported-version-syntax'
  },
  {
    name: 'actions/setup-go',
    input: 'go-version',
    pinnedBy: ['go-version-file'],
    floating: ['stable', 'oldstable'],
    defaultFloats: false,
    source: 'https://github.com/actions/setup-go#using-stableoldstable-aliases'
  },
  {
    name: 'hashicorp/setup-terraform',
    input: 'terraform_version',
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: true,
    source: 'https://github.com/hashicorp/setup-terraform#inputs'
  },
  {
    name: 'azure/setup-helm',
    input: 'version',
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: true,
    source: 'https://github.com/Azure/setup-helm/blob/main/action.yml'
  },
  {
    name: 'astral-sh/setup-uv',
    input: 'version',
    pinnedBy: ['version-file'],
    floating: LATEST,
    defaultFloats: false,
    source: 'https://github.com/astral-sh/setup-uv#install-a-specific-version'
  },
  { name: 'pnpm/action-setup', input: 'version', pinnedBy: [], floating: LATEST, defaultFloats: false, source: 'https://github.com/pnpm/action-setup#version' },
  {
    name: 'oven-sh/setup-bun',
    input: 'bun-version',
    pinnedBy: ['bun-version-file'],
    floating: LATEST,
    defaultFloats: false,
    source: 'https://github.com/oven-sh/setup-bun#inputs'
  },
  {
    name: 'golangci/golangci-lint-action',
    input: 'version',
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: false,
    source: 'https://github.com/golangci/golangci-lint-action#version'
  },
  {
    name: 'goreleaser/goreleaser-action',
    input: 'version',
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: false,
    source: 'https://github.com/goreleaser/goreleaser-action#inputs'
  }
]
