/**
 * What the GITHUB_TOKEN needs for known actions: the write scopes each one uses, and actions that never
 * write with it (excessive-permissions, through `scopeNeeds`).
 */
import type { KnownAction, KnownCommand } from './known.js'

export interface ScopedAction extends KnownAction {
  /** Write scopes it needs (`id-token` for OIDC); empty when it needs none. */
  scopes: string[]
}

/** Actions and the write scopes they need (matched on the full name, then on `owner/repo`). */
export const TOKEN_SCOPE_ACTIONS: readonly ScopedAction[] = [
  { action: 'softprops/action-gh-release', scopes: ['contents'], note: 'needs contents' },
  { action: 'ncipollo/release-action', scopes: ['contents'], note: 'needs contents' },
  { action: 'actions/create-release', scopes: ['contents'], note: 'needs contents' },
  { action: 'actions/upload-release-asset', scopes: ['contents'], note: 'needs contents' },
  { action: 'svenstaro/upload-release-action', scopes: ['contents'], note: 'needs contents' },
  { action: 'stefanzweifel/git-auto-commit-action', scopes: ['contents'], note: 'needs contents' },
  { action: 'endbug/add-and-commit', scopes: ['contents'], note: 'needs contents' },
  { action: 'ad-m/github-push-action', scopes: ['contents'], note: 'needs contents' },
  { action: 'jamesives/github-pages-deploy-action', scopes: ['contents'], note: 'needs contents' },
  { action: 'peaceiris/actions-gh-pages', scopes: ['contents'], note: 'needs contents' },
  { action: 'goreleaser/goreleaser-action', scopes: ['contents', 'packages', 'id-token'], note: 'needs contents, packages, id-token' },
  { action: 'peter-evans/create-pull-request', scopes: ['contents', 'pull-requests'], note: 'needs contents, pull-requests' },
  { action: 'googleapis/release-please-action', scopes: ['contents', 'pull-requests', 'issues'], note: 'needs contents, pull-requests, issues' },
  { action: 'google-github-actions/release-please-action', scopes: ['contents', 'pull-requests', 'issues'], note: 'needs contents, pull-requests, issues' },
  { action: 'release-drafter/release-drafter', scopes: ['contents', 'pull-requests'], note: 'needs contents, pull-requests' },
  { action: 'changesets/action', scopes: ['contents', 'pull-requests', 'id-token'], note: 'needs contents, pull-requests, id-token' },
  {
    action: 'cycjimmy/semantic-release-action',
    scopes: ['contents', 'issues', 'pull-requests', 'id-token'],
    note: 'needs contents, issues, pull-requests, id-token'
  },
  { action: 'actions/deploy-pages', scopes: ['pages', 'id-token'], note: 'needs pages, id-token' },
  { action: 'actions/attest-build-provenance', scopes: ['id-token', 'attestations'], note: 'needs id-token, attestations' },
  { action: 'actions/attest', scopes: ['id-token', 'attestations'], note: 'needs id-token, attestations' },
  { action: 'actions/attest-sbom', scopes: ['id-token', 'attestations'], note: 'needs id-token, attestations' },
  { action: 'actions/labeler', scopes: ['pull-requests', 'issues'], note: 'needs pull-requests, issues' },
  { action: 'actions/stale', scopes: ['issues', 'pull-requests'], note: 'needs issues, pull-requests' },
  { action: 'actions/first-interaction', scopes: ['issues', 'pull-requests'], note: 'needs issues, pull-requests' },
  { action: 'peter-evans/create-or-update-comment', scopes: ['issues', 'pull-requests'], note: 'needs issues, pull-requests' },
  { action: 'marocchino/sticky-pull-request-comment', scopes: ['pull-requests'], note: 'needs pull-requests' },
  { action: 'thollander/actions-comment-pull-request', scopes: ['pull-requests'], note: 'needs pull-requests' },
  { action: 'mshick/add-pr-comment', scopes: ['pull-requests', 'issues'], note: 'needs pull-requests, issues' },
  { action: 'actions/dependency-review-action', scopes: ['pull-requests'], note: 'needs pull-requests' },
  { action: 'docker/login-action', scopes: ['packages'], note: 'needs packages' },
  { action: 'docker/build-push-action', scopes: ['packages', 'id-token'], note: 'needs packages, id-token' },
  { action: 'pypa/gh-action-pypi-publish', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'aws-actions/configure-aws-credentials', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'google-github-actions/auth', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'azure/login', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'hashicorp/vault-action', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'rust-lang/crates-io-auth-action', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'octo-sts/action', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'sigstore/cosign-installer', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'sigstore/gh-action-sigstore-python', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'codecov/codecov-action', scopes: ['id-token'], note: 'needs id-token' },
  { action: 'ossf/scorecard-action', scopes: ['security-events', 'id-token'], note: 'needs security-events, id-token' },
  { action: 'github/codeql-action', scopes: ['security-events', 'actions'], note: 'needs security-events, actions' },
  { action: 'zizmorcore/zizmor-action', scopes: ['security-events'], note: 'needs security-events' },
  { action: 'dorny/test-reporter', scopes: ['checks'], note: 'needs checks' },
  { action: 'enricomi/publish-unit-test-result-action', scopes: ['checks', 'pull-requests'], note: 'needs checks, pull-requests' },
  { action: 'mikepenz/action-junit-report', scopes: ['checks'], note: 'needs checks' },
  { action: 'actions/upload-pages-artifact', scopes: [], note: 'needs no write scope (takes the token read-only)' },
  { action: 'actions/configure-pages', scopes: ['pages'], note: 'needs pages' }
]

/** Actions that never need a write scope and take the token for nothing else; `*` stands for one part of a name (`[\w-]+`). */
export const TOKENLESS_ACTIONS: readonly KnownAction[] = [
  { action: 'actions/checkout', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions/setup-*', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions/cache', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions/cache/restore', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions/cache/save', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions/upload-artifact', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions/download-artifact', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions/upload-pages-artifact', note: 'sets up a tool or moves files; no token writes' },
  { action: 'docker/setup-buildx-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'docker/setup-qemu-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'docker/metadata-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'pnpm/action-setup', note: 'sets up a tool or moves files; no token writes' },
  { action: 'oven-sh/setup-bun', note: 'sets up a tool or moves files; no token writes' },
  { action: 'astral-sh/setup-uv', note: 'sets up a tool or moves files; no token writes' },
  { action: 'dtolnay/rust-toolchain', note: 'sets up a tool or moves files; no token writes' },
  { action: 'swatinem/rust-cache', note: 'sets up a tool or moves files; no token writes' },
  { action: 'ruby/setup-ruby', note: 'sets up a tool or moves files; no token writes' },
  { action: 'hashicorp/setup-terraform', note: 'sets up a tool or moves files; no token writes' },
  { action: 'jdx/mise-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'denoland/setup-deno', note: 'sets up a tool or moves files; no token writes' },
  { action: 'subosito/flutter-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'shivammathur/setup-php', note: 'sets up a tool or moves files; no token writes' },
  { action: 'erlef/setup-beam', note: 'sets up a tool or moves files; no token writes' },
  { action: 'mlugg/setup-zig', note: 'sets up a tool or moves files; no token writes' },
  { action: 'taiki-e/install-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'step-security/harden-runner', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions-rs/toolchain', note: 'sets up a tool or moves files; no token writes' },
  { action: 'actions-rs/cargo', note: 'sets up a tool or moves files; no token writes' },
  { action: 'golangci/golangci-lint-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'extractions/setup-just', note: 'sets up a tool or moves files; no token writes' },
  { action: 'arduino/setup-protoc', note: 'sets up a tool or moves files; no token writes' },
  { action: 'bufbuild/buf-setup-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'crazy-max/ghaction-setup-docker', note: 'sets up a tool or moves files; no token writes' },
  { action: 'gradle/actions/setup-gradle', note: 'sets up a tool or moves files; no token writes' },
  { action: 'gradle/actions/wrapper-validation', note: 'sets up a tool or moves files; no token writes' },
  { action: 'gradle/wrapper-validation-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'haskell-actions/setup', note: 'sets up a tool or moves files; no token writes' },
  { action: 'msys2/setup-msys2', note: 'sets up a tool or moves files; no token writes' },
  { action: 'ilammy/msvc-dev-cmd', note: 'sets up a tool or moves files; no token writes' },
  { action: 'microsoft/setup-msbuild', note: 'sets up a tool or moves files; no token writes' },
  { action: 'nuget/setup-nuget', note: 'sets up a tool or moves files; no token writes' },
  { action: 'conda-incubator/setup-miniconda', note: 'sets up a tool or moves files; no token writes' },
  { action: 'mamba-org/setup-micromamba', note: 'sets up a tool or moves files; no token writes' },
  { action: 'browser-actions/*', note: 'sets up a tool or moves files; no token writes' },
  { action: 'nick-fields/retry', note: 'sets up a tool or moves files; no token writes' },
  { action: 'pre-commit/action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'dorny/paths-filter', note: 'sets up a tool or moves files; no token writes' },
  { action: 'tj-actions/changed-files', note: 'sets up a tool or moves files; no token writes' },
  { action: 'docker/setup-docker-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'azure/setup-*', note: 'sets up a tool or moves files; no token writes' },
  { action: 'cachix/install-nix-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'determinatesystems/*', note: 'sets up a tool or moves files; no token writes' },
  { action: 'coursier/setup-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'sbt/setup-sbt', note: 'sets up a tool or moves files; no token writes' },
  { action: 'julia-actions/*', note: 'sets up a tool or moves files; no token writes' },
  { action: 'r-lib/actions/*', note: 'sets up a tool or moves files; no token writes' },
  { action: 'typos-cli/typos', note: 'sets up a tool or moves files; no token writes' },
  { action: 'crate-ci/typos', note: 'sets up a tool or moves files; no token writes' },
  { action: 'ludeeus/action-shellcheck', note: 'sets up a tool or moves files; no token writes' },
  { action: 'hadolint/hadolint-action', note: 'sets up a tool or moves files; no token writes' },
  { action: 'aquasecurity/setup-trivy', note: 'sets up a tool or moves files; no token writes' },
  { action: 'anchore/sbom-action/download-syft', note: 'sets up a tool or moves files; no token writes' }
]

/** A command and the write scopes it needs: a list, `unknown` (uses the token in ways that cannot be told) or `any-use` (some use of the token, unless another command explains it). */
export interface ScopedCommand extends KnownCommand {
  scopes: string[] | 'unknown' | 'any-use'
}

/**
 * `run:` commands and the write scopes they need, checked in this order (a later, broader entry such as
 * `gh pr` only adds what the earlier ones did not). The scopes are GitHub's "Permissions required for
 * GitHub Apps" (https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps) for
 * the endpoints each command calls; `source` is the command's manual.
 */
export const TOKEN_SCOPE_COMMANDS: readonly ScopedCommand[] = [
  { command: /\bgit\s+push\b/, scopes: ['contents'], note: 'pushes with the checkout credentials', source: 'https://git-scm.com/docs/git-push' },
  { command: /\bgh\s+release\b/, scopes: ['contents'], note: 'creates and edits releases', source: 'https://cli.github.com/manual/gh_release' },
  {
    command: /\bgh\s+(pr|issue)\s+comment\b/,
    scopes: ['pull-requests', 'issues'],
    note: 'pull request comments are issue comments: either scope can be what the job relies on',
    source: 'https://cli.github.com/manual/gh_pr_comment'
  },
  {
    command: /\bgh\s+pr\s+(create|merge|edit|review|close|reopen|ready)\b/,
    scopes: ['pull-requests', 'contents'],
    note: 'writes pull requests (merging writes contents)',
    source: 'https://cli.github.com/manual/gh_pr'
  },
  { command: /\bgh\s+pr\b/, scopes: [], note: 'other pull request commands read', source: 'https://cli.github.com/manual/gh_pr' },
  {
    command: /\bgh\s+issue\s+(create|edit|close|reopen|transfer|lock|unlock|pin|delete)\b/,
    scopes: ['issues', 'pull-requests'],
    note: 'writes issues',
    source: 'https://cli.github.com/manual/gh_issue'
  },
  { command: /\bgh\s+issue\b/, scopes: [], note: 'other issue commands read', source: 'https://cli.github.com/manual/gh_issue' },
  { command: /\bgh\s+label\b/, scopes: ['issues'], note: 'writes labels', source: 'https://cli.github.com/manual/gh_label' },
  {
    command: /\bgh\s+(workflow\s+run|run\s+(rerun|cancel|delete))\b/,
    scopes: ['actions'],
    note: 'starts, reruns, cancels or deletes workflow runs',
    source: 'https://cli.github.com/manual/gh_workflow_run'
  },
  { command: /\bgh\s+cache\s+delete\b/, scopes: ['actions'], note: 'deletes Actions caches', source: 'https://cli.github.com/manual/gh_cache_delete' },
  { command: /\bgh\s+attestation\s+verify\b/, scopes: [], note: 'reads attestations', source: 'https://cli.github.com/manual/gh_attestation_verify' },
  {
    command: /\bgh\s+(api|secret|variable|repo|project|gist|ruleset)\b/,
    scopes: 'unknown',
    note: 'arbitrary endpoints',
    source: 'https://cli.github.com/manual/gh_api'
  },
  {
    command: /\bdocker\s+push\b|ghcr\.io|docker\.pkg\.github\.com|--push\b/,
    scopes: ['packages'],
    note: 'pushes to GitHub Packages',
    source: 'https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry'
  },
  {
    command: /\b(npm|pnpm|yarn)\s+(npm\s+)?publish\b/,
    scopes: ['packages', 'id-token'],
    note: 'publishes (GitHub Packages, or npm with provenance)',
    source: 'https://docs.npmjs.com/generating-provenance-statements'
  },
  {
    command: /\bcosign\s+(sign|attest)\b|ACTIONS_ID_TOKEN_REQUEST|\bgetIDToken\b|\bsigstore\b/,
    scopes: ['id-token'],
    note: 'keyless signing with the OIDC token',
    source: 'https://docs.sigstore.dev/cosign/signing/overview/'
  },
  {
    command: /\bsemantic-release\b/,
    scopes: ['contents', 'issues', 'pull-requests', 'id-token'],
    note: 'tags, releases, comments on issues and pull requests, publishes',
    source: 'https://semantic-release.gitbook.io/semantic-release/recipes/ci-configurations/github-actions'
  },
  {
    command: /\b(twine|uv|poetry|hatch|flit|pdm)\s+(upload|publish)\b|\bcargo\s+publish\b|\bgem\s+push\b/,
    scopes: ['id-token'],
    note: 'registry uploads (trusted publishing)',
    source: 'https://docs.pypi.org/trusted-publishers/'
  },
  {
    command: /api\.github\.com|GITHUB_TOKEN|GH_TOKEN|github\.token/,
    scopes: 'any-use',
    note: 'the token used by something not recognised',
    source: 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication'
  }
]
