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
  { command: /\b(npm|pnpm|yarn|bun)\s+(publish|npm\s+publish)\b/, note: 'npm-registry publishing by npm, pnpm, Yarn (`yarn npm publish`) and Bun', source: 'https://docs.npmjs.com/cli/commands/npm-publish' },
  { command: /\btwine\s+upload\b/, note: 'uploads to PyPI', source: 'https://twine.readthedocs.io/en/stable/' },
  { command: /\bcargo\s+publish\b/, note: 'publishes to crates.io', source: 'https://doc.rust-lang.org/cargo/commands/cargo-publish.html' },
  { command: /\bgem\s+push\b/, note: 'publishes to RubyGems', source: 'https://guides.rubygems.org/command-reference/#gem-push' },
  { command: /\bdocker\s+(?:image\s+)?push\b/, note: 'pushes an image', source: 'https://docs.docker.com/reference/cli/docker/image/push/' },
  { command: /\bdocker\s+buildx\s+build\b[^\n]*--push\b/, note: 'builds and pushes an image', source: 'https://docs.docker.com/reference/cli/docker/buildx/build/' },
  { command: /\bgh\s+release\s+(create|upload)\b/, note: 'creates a GitHub release or uploads assets', source: 'https://cli.github.com/manual/gh_release' },
  { command: /\bgoreleaser\s+release\b/, note: 'builds and publishes a release', source: 'https://goreleaser.com/cmd/goreleaser_release/' },
  { command: /\bmvn\b[^\n]*\bdeploy\b/, note: 'deploys Maven artifacts to a repository', source: 'https://maven.apache.org/plugins/maven-deploy-plugin/' },
  { command: /\bgradlew?\b[^\n]*\bpublish\w*\b/, note: 'Gradle publishing tasks', source: 'https://docs.gradle.org/current/userguide/publishing_setup.html' },
  { command: /\b(dotnet\s+)?nuget\s+push\b/, note: 'publishes to NuGet', source: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push' },
  { command: /\b(poetry|uv|hatch|flit|pdm)\s+publish\b/, note: 'Python build tools that upload to PyPI', source: 'https://packaging.python.org/en/latest/guides/section-build-and-publish/' },
  { command: /\bvsce\s+publish\b/, note: 'publishes a VS Code extension', source: 'https://code.visualstudio.com/api/working-with-extensions/publishing-extension' },
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
  { command: /\b(uv|poetry|flit|hatch|pdm)\s+publish\b/, note: 'Python build tools that upload to PyPI', source: 'https://packaging.python.org/en/latest/guides/section-build-and-publish/' },
  { command: /\bcargo\s+publish\b/, note: 'publishes to crates.io', source: 'https://doc.rust-lang.org/cargo/commands/cargo-publish.html' },
  { command: /\bgem\s+push\b/, note: 'publishes to RubyGems', source: 'https://guides.rubygems.org/command-reference/#gem-push' },
  { command: /\bdotnet\s+nuget\s+push\b/, note: 'publishes to NuGet', source: 'https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push' },
  { command: /\bdocker\s+(image\s+)?push\b/, note: 'pushes an image', source: 'https://docs.docker.com/reference/cli/docker/image/push/' },
  { command: /\bgh\s+release\s+(create|upload)\b/, note: 'creates a GitHub release or uploads assets', source: 'https://cli.github.com/manual/gh_release' },
  { command: /\bgoreleaser\b/, note: 'GoReleaser', source: 'https://goreleaser.com/cmd/goreleaser_release/' },
  { command: /\bmvn\b[^\n]*\bdeploy\b/, note: 'deploys Maven artifacts', source: 'https://maven.apache.org/plugins/maven-deploy-plugin/' },
  { command: /\bgradlew?\b[^\n]*\bpublish/, note: 'Gradle publishing tasks', source: 'https://docs.gradle.org/current/userguide/publishing_setup.html' }
]

/** A registry that offers trusted publishing, the commands that publish to it and the variables that carry its long-lived token. */
export interface TrustedPublishingRegistry {
  registry: string
  /** A command in `run:` that publishes. */
  command: RegExp
  /** Environment variables that carry the long-lived token. */
  env: RegExp
  /** What to use instead (shown in findings). */
  instead: string
  /** The registry's trusted-publishing documentation. */
  source: string
}

/** Registries that accept the workflow's OIDC identity (use-trusted-publishing). */
export const TRUSTED_PUBLISHING_REGISTRIES: readonly TrustedPublishingRegistry[] = [
  { registry: 'npm', command: /\b(npm|pnpm)\s+publish\b|\byarn\s+(npm\s+)?publish\b/, env: /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|YARN_NPM_AUTH_TOKEN)$/i, instead: 'npm trusted publishing (`id-token: write`, `npm publish` with npm >= 11.5.1 and no token)', source: 'https://docs.npmjs.com/trusted-publishers' },
  { registry: 'PyPI', command: /\btwine\s+upload\b|\b(uv|poetry|flit|hatch|pdm)\s+publish\b/, env: /^(TWINE_PASSWORD|UV_PUBLISH_TOKEN|POETRY_PYPI_TOKEN_PYPI|FLIT_PASSWORD|HATCH_INDEX_AUTH|PDM_PUBLISH_PASSWORD)$/i, instead: 'PyPI trusted publishing (`id-token: write` and pypa/gh-action-pypi-publish without a password)', source: 'https://docs.pypi.org/trusted-publishers/' },
  { registry: 'RubyGems', command: /\bgem\s+push\b|\brake\s+release\b/, env: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/i, instead: 'RubyGems trusted publishing (rubygems/release-gem or rubygems/configure-rubygems-credentials with OIDC)', source: 'https://guides.rubygems.org/trusted-publishing/' },
  { registry: 'crates.io', command: /\bcargo\s+publish\b/, env: /^CARGO_REGISTRY_TOKEN$/i, instead: 'crates.io trusted publishing (rust-lang/crates-io-auth-action)', source: 'https://crates.io/docs/trusted-publishing' },
  { registry: 'NuGet', command: /\bdotnet\s+nuget\s+push\b|\bnuget\s+push\b/, env: /^(NUGET_API_KEY|NUGET_AUTH_TOKEN)$/i, instead: 'NuGet trusted publishing (NuGet/login with OIDC)', source: 'https://learn.microsoft.com/en-us/nuget/nuget-org/trusted-publishing' }
]

/** An action input that takes a long-lived credential where the action also accepts OIDC. */
export interface LongLivedCredentialInput extends KnownAction {
  input: string
}

/** Action inputs with a long-lived credential (use-trusted-publishing; `note` is the finding's message). */
export const LONG_LIVED_CREDENTIAL_INPUTS: readonly LongLivedCredentialInput[] = [
  { action: 'pypa/gh-action-pypi-publish', input: 'password', note: 'pypa/gh-action-pypi-publish is given a long-lived PyPI token (`password:`); PyPI trusted publishing needs none' },
  { action: 'aws-actions/configure-aws-credentials', input: 'aws-secret-access-key', note: 'configure-aws-credentials uses a long-lived AWS access key; use `role-to-assume` with OIDC (`id-token: write`)' },
  { action: 'google-github-actions/auth', input: 'credentials_json', note: 'google-github-actions/auth uses a service account JSON key; use `workload_identity_provider` (Workload Identity Federation)' },
  { action: 'azure/login', input: 'creds', note: 'azure/login uses a client secret (`creds:`); use `client-id`/`tenant-id`/`subscription-id` with OIDC' },
  { action: 'rubygems/release-gem', input: 'api-key', note: 'rubygems/release-gem is given an API key; RubyGems trusted publishing needs none' }
]
