/**
 * What publishes: actions and `run:` commands that release or upload something, and the registries that
 * accept a workflow's OIDC identity instead of a long-lived token (trusted publishing).
 */
import type { KnownAction, KnownCommand } from './known.js'

/** Actions that publish or release (cache-poisoning's publishing jobs; `publishingSteps`). */
export const PUBLISHING_ACTIONS: readonly KnownAction[] = [
  { action: 'pypa/gh-action-pypi-publish', note: 'uploads Python distributions to PyPI' },
  { action: 'softprops/action-gh-release', note: 'creates a GitHub release and uploads assets' },
  { action: 'ncipollo/release-action', note: 'creates a GitHub release and uploads assets' },
  { action: 'actions/create-release', note: 'creates a GitHub release (archived)' },
  { action: 'actions/upload-release-asset', note: 'uploads a GitHub release asset (archived)' },
  { action: 'goreleaser/goreleaser-action', note: 'builds and publishes releases with GoReleaser' },
  { action: 'js-devtools/npm-publish', note: 'publishes to npm' },
  { action: 'svenstaro/upload-release-action', note: 'uploads GitHub release assets' },
  { action: 'actions/deploy-pages', note: 'deploys GitHub Pages' },
  { action: 'peaceiris/actions-gh-pages', note: 'pushes a GitHub Pages branch' },
  { action: 'jamesives/github-pages-deploy-action', note: 'pushes a GitHub Pages branch' },
  { action: 'rust-lang/crates-io-auth-action', note: 'mints a crates.io publishing token (trusted publishing)' },
  { action: 'actions/attest-build-provenance', note: 'signs build provenance' },
  { action: 'actions/attest', note: 'signs attestations' },
  { action: 'changesets/action', note: 'versions and publishes packages' },
  { action: 'cycjimmy/semantic-release-action', note: 'runs semantic-release (tags, releases, publishes)' },
  { action: 'googleapis/release-please-action', note: 'creates releases and tags' },
  { action: 'release-drafter/release-drafter', note: 'drafts (and can publish) GitHub releases' },
  { action: 'sigstore/gh-action-sigstore-python', note: 'signs artifacts with Sigstore' }
]

/** `run:` commands that publish or release (`publishingSteps`; the matched text is shown in findings). */
export const PUBLISH_COMMANDS: readonly KnownCommand[] = [
  {
    command: /\b(npm|pnpm|yarn|bun)\s+(publish|npm\s+publish)\b/,
    note: 'npm-registry publishing by npm, pnpm, Yarn (`yarn npm publish`) and Bun',
    source: 'https://docs.npmjs.com/cli/commands/npm-publish'
  },
  { command: /\btwine\s+upload\b/, note: 'uploads to PyPI', source: 'https://twine.readthedocs.io/en/stable/' },
  { command: /\bcargo\s+publish\b/, note: 'publishes to crates.io', source: 'https://doc.rust-lang.org/cargo/commands/cargo-publish.html' },
  { command: /\bgem\s+push\b/, note: 'publishes to RubyGems', source: 'https://guides.rubygems.org/command-reference/#gem-push' },
  { command: /\bdocker\s+(?:image\s+)?push\b/, note: 'pushes an image', source: 'https://docs.docker.com/reference/cli/docker/image/push/' },
  {
    command: /\bdocker\s+buildx\s+build\b[^\n]*--push\b/,
    note: 'builds and pushes an image',
    source: 'https://docs.docker.com/reference/cli/docker/buildx/build/'
  },
  { command: /\bgh\s+release\s+(create|upload)\b/, note: 'creates a GitHub release or uploads assets', source: 'https://cli.github.com/manual/gh_release' },
  { command: /\bgoreleaser\s+release\b/, note: 'builds and publishes a release', source: 'https://goreleaser.com/cmd/goreleaser_release/' },
  { command: /\bmvn\b[^\n]*\bdeploy\b/, note: 'deploys Maven artifacts to a repository', source: 'https://maven.apache.org/plugins/maven-deploy-plugin/' },
  { command: /\bgradlew?\b[^\n]*\bpublish\w*\b/, note: 'Gradle publishing tasks', source: 'https://docs.gradle.org/current/userguide/publishing_setup.html' },
  { command: /\b(dotnet\s+)?nuget\s+push\b/, note: 'publishes to NuGet', source: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push' },
  {
    command: /\b(poetry|uv|hatch|flit|pdm)\s+publish\b/,
    note: 'Python build tools that upload to PyPI',
    source: 'https://packaging.python.org/en/latest/guides/section-build-and-publish/'
  },
  {
    command: /\bvsce\s+publish\b/,
    note: 'publishes a VS Code extension',
    source: 'https://code.visualstudio.com/api/working-with-extensions/publishing-extension'
  },
  { command: /\bovsx\s+publish\b/, note: 'publishes to Open VSX', source: 'https://github.com/eclipse/openvsx/wiki/Publishing-Extensions' },
  { command: /\bhelm\s+push\b/, note: 'pushes a Helm chart', source: 'https://helm.sh/docs/topics/registries/' },
  { command: /\bsemantic-release\b/, note: 'tags, releases and publishes', source: 'https://semantic-release.gitbook.io/semantic-release/' },
  { command: /\bcosign\s+sign\b/, note: 'signs an image or blob', source: 'https://docs.sigstore.dev/cosign/signing/overview/' },
  { command: /\bjreleaser\b/, note: 'releases and publishes Java projects', source: 'https://jreleaser.org/guide/latest/' }
]

/**
 * Actions that publish with release secrets (release-environment-protection: such a job should run in a
 * protected environment). Narrower than PUBLISHING_ACTIONS: only steps that take a registry or release secret.
 */
export const RELEASE_SECRET_ACTIONS: readonly KnownAction[] = [
  { action: 'pypa/gh-action-pypi-publish', note: 'uploads to PyPI (token or OIDC)' },
  { action: 'softprops/action-gh-release', note: 'creates a GitHub release' },
  { action: 'goreleaser/goreleaser-action', note: 'publishes releases' },
  { action: 'rubygems/release-gem', note: 'publishes to RubyGems' },
  { action: 'ncipollo/release-action', note: 'creates a GitHub release' },
  { action: 'js-devtools/npm-publish', note: 'publishes to npm with a token' },
  { action: 'changesets/action', note: 'publishes packages' }
]

/** `run:` commands that publish with release secrets (release-environment-protection). */
export const RELEASE_SECRET_COMMANDS: readonly KnownCommand[] = [
  { command: /\b(npm|pnpm|yarn)\s+(npm\s+)?publish\b/, note: 'publishes to the npm registry', source: 'https://docs.npmjs.com/cli/commands/npm-publish' },
  { command: /\btwine\s+upload\b/, note: 'uploads to PyPI', source: 'https://twine.readthedocs.io/en/stable/' },
  {
    command: /\b(uv|poetry|flit|hatch|pdm)\s+publish\b/,
    note: 'Python build tools that upload to PyPI',
    source: 'https://packaging.python.org/en/latest/guides/section-build-and-publish/'
  },
  { command: /\bcargo\s+publish\b/, note: 'publishes to crates.io', source: 'https://doc.rust-lang.org/cargo/commands/cargo-publish.html' },
  { command: /\bgem\s+push\b/, note: 'publishes to RubyGems', source: 'https://guides.rubygems.org/command-reference/#gem-push' },
  { command: /\bdotnet\s+nuget\s+push\b/, note: 'publishes to NuGet', source: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push' },
  { command: /\bdocker\s+(image\s+)?push\b/, note: 'pushes an image', source: 'https://docs.docker.com/reference/cli/docker/image/push/' },
  { command: /\bgh\s+release\s+(create|upload)\b/, note: 'creates a GitHub release or uploads assets', source: 'https://cli.github.com/manual/gh_release' },
  { command: /\bgoreleaser\b/, note: 'GoReleaser', source: 'https://goreleaser.com/cmd/goreleaser_release/' },
  { command: /\bmvn\b[^\n]*\bdeploy\b/, note: 'deploys Maven artifacts', source: 'https://maven.apache.org/plugins/maven-deploy-plugin/' },
  { command: /\bgradlew?\b[^\n]*\bpublish/, note: 'Gradle publishing tasks', source: 'https://docs.gradle.org/current/userguide/publishing_setup.html' }
]

/**
 * A registry that offers trusted publishing: its hosts (a command or action naming another is another
 * registry), the variables that carry its long-lived token, and what to use instead. Only these registries
 * count (GitHub Packages, Maven Central, private indexes take only tokens).
 */
export interface TrustedPublishingRegistry {
  registry: 'npm' | 'PyPI' | 'RubyGems' | 'crates.io' | 'NuGet'
  hosts: RegExp
  tokenEnv: RegExp
  /** What to use instead (shown in findings). */
  instead: string
  /** The registry's trusted-publishing documentation. */
  source: string
}

/** Registries that accept the workflow's OIDC identity (use-trusted-publishing; `publishCommands`). */
export const TRUSTED_PUBLISHING_REGISTRIES: readonly TrustedPublishingRegistry[] = [
  {
    registry: 'npm',
    hosts: /(^|\/\/)registry\.(npmjs\.org|yarnpkg\.com)\b/i,
    tokenEnv: /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH_?TOKEN|YARN_NPM_AUTH_TOKEN|BUN_AUTH_TOKEN)$/i,
    instead: 'npm trusted publishing (`id-token: write`, `npm publish` with npm >= 11.5.1 and no token)',
    source: 'https://docs.npmjs.com/trusted-publishers'
  },
  {
    registry: 'PyPI',
    hosts: /^(pypi|testpypi)$|(^|\/\/)(upload\.)?(test\.)?pypi\.org\b/i,
    tokenEnv:
      /^(TWINE_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_PYPI_PASSWORD|FLIT_PASSWORD|HATCH_INDEX_AUTH|PDM_PUBLISH_PASSWORD|PYPI_TOKEN|PYPI_API_TOKEN)$/i,
    instead: 'PyPI trusted publishing (`id-token: write` and pypa/gh-action-pypi-publish, `uv publish` or `twine upload` without a password)',
    source: 'https://docs.pypi.org/trusted-publishers/'
  },
  {
    registry: 'RubyGems',
    hosts: /(^|\/\/)rubygems\.org\b/i,
    tokenEnv: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY|RUBYGEMS_AUTH_TOKEN)$/i,
    instead: 'RubyGems trusted publishing (`id-token: write` and rubygems/release-gem, or rubygems/configure-rubygems-credentials with `role-to-assume`)',
    source: 'https://guides.rubygems.org/trusted-publishing/'
  },
  {
    registry: 'crates.io',
    hosts: /^crates-io$|(^|\/\/)crates\.io\b/i,
    tokenEnv: /^(CARGO_REGISTRY_TOKEN|CARGO_REGISTRIES_CRATES_IO_TOKEN|CRATES_IO_TOKEN)$/i,
    instead: 'crates.io trusted publishing (`id-token: write` and rust-lang/crates-io-auth-action)',
    source: 'https://crates.io/docs/trusted-publishing'
  },
  {
    registry: 'NuGet',
    hosts: /^nuget\.org$|(^|\/\/)(api\.|www\.)?nuget\.org\b/i,
    tokenEnv: /^(NUGET_API_KEY|NUGET_AUTH_TOKEN|NUGET_KEY|NUGET_TOKEN)$/i,
    instead: 'NuGet trusted publishing (`id-token: write` and NuGet/login)',
    source: 'https://learn.microsoft.com/en-us/nuget/nuget-org/trusted-publishing'
  }
]

/**
 * An action that publishes to a registry with trusted publishing. `credentials`: inputs that carry a stored
 * token; `credentialEnv`: variables it reads its token from; `disablesOidc`: an input whose `false` turns
 * trusted publishing off; `registryInput`: an input naming the registry; `only`: an input that must have one of
 * these values for the action to publish.
 */
export interface TrustedPublishingAction extends KnownAction {
  registry: TrustedPublishingRegistry['registry']
  credentials: string[]
  credentialEnv?: RegExp
  disablesOidc?: string
  registryInput?: string
  only?: { input: string; values: RegExp }
}

/** Publishing actions of those registries (use-trusted-publishing; `publishingAction`). */
export const TRUSTED_PUBLISHING_ACTIONS: readonly TrustedPublishingAction[] = [
  {
    action: 'pypa/gh-action-pypi-publish',
    registry: 'PyPI',
    credentials: ['password'],
    registryInput: 'repository-url',
    note: 'uploads to PyPI with OIDC, or a token in `password:`'
  },
  {
    action: 'pyo3/maturin-action',
    registry: 'PyPI',
    credentials: [],
    credentialEnv: /^(MATURIN_PYPI_TOKEN|MATURIN_PASSWORD)$/i,
    only: { input: 'command', values: /^(upload|publish)$/ },
    note: '`command: upload` uploads to PyPI with OIDC, or MATURIN_PYPI_TOKEN'
  },
  {
    action: 'rubygems/release-gem',
    registry: 'RubyGems',
    credentials: ['api-key'],
    credentialEnv: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/i,
    disablesOidc: 'setup-trusted-publisher',
    note: 'pushes a gem with OIDC unless `setup-trusted-publisher: false`'
  },
  {
    action: 'rubygems/configure-rubygems-credentials',
    registry: 'RubyGems',
    credentials: ['api-token'],
    registryInput: 'gem-server',
    note: 'sets RubyGems credentials from OIDC (`role-to-assume`) or an `api-token:`'
  },
  {
    action: 'cadwallion/publish-rubygems-action',
    registry: 'RubyGems',
    credentials: [],
    credentialEnv: /^RUBYGEMS_API_KEY$/i,
    note: 'pushes a gem with RUBYGEMS_API_KEY'
  },
  { action: 'dawidd6/action-publish-gem', registry: 'RubyGems', credentials: ['api_key'], note: 'pushes a gem with an `api_key:`' },
  { action: 'js-devtools/npm-publish', registry: 'npm', credentials: ['token'], note: 'publishes to npm with a `token:`' },
  { action: 'katyo/publish-crates', registry: 'crates.io', credentials: ['registry-token'], note: 'publishes crates with a `registry-token:`' },
  { action: 'brandedoutcast/publish-nuget', registry: 'NuGet', credentials: ['NUGET_KEY', 'nuget_key'], note: 'pushes NuGet packages with `NUGET_KEY`' },
  { action: 'alirezanet/publish-nuget', registry: 'NuGet', credentials: ['NUGET_KEY', 'nuget_key'], note: 'pushes NuGet packages with `NUGET_KEY`' }
]

/** An action input that takes a long-lived cloud credential where the action also accepts OIDC. */
export interface LongLivedCredentialInput extends KnownAction {
  input: string
}

/** Cloud action inputs with a long-lived credential (use-trusted-publishing; `note` is the finding's message). */
export const LONG_LIVED_CREDENTIAL_INPUTS: readonly LongLivedCredentialInput[] = [
  {
    action: 'aws-actions/configure-aws-credentials',
    input: 'aws-secret-access-key',
    note: 'configure-aws-credentials uses a long-lived AWS access key; use `role-to-assume` with OIDC (`id-token: write`)'
  },
  {
    action: 'google-github-actions/auth',
    input: 'credentials_json',
    note: 'google-github-actions/auth uses a service account JSON key; use `workload_identity_provider` (Workload Identity Federation)'
  },
  { action: 'azure/login', input: 'creds', note: 'azure/login uses a client secret (`creds:`); use `client-id`/`tenant-id`/`subscription-id` with OIDC' }
]
