/**
 * Registries that accept a workflow's OIDC identity instead of a stored token ("trusted publishing"), the
 * commands that publish to them from `run:`, and the actions that publish to them with a credential input.
 *
 * Sources (reviewed 2026-12):
 * - npm: https://docs.npmjs.com/trusted-publishers (npm CLI >= 11.5.1, registry.npmjs.org only);
 * - PyPI: https://docs.pypi.org/trusted-publishers/ (pypi.org and test.pypi.org);
 * - RubyGems: https://guides.rubygems.org/trusted-publishing/ (rubygems.org; rubygems/release-gem,
 *   rubygems/configure-rubygems-credentials);
 * - crates.io: https://crates.io/docs/trusted-publishing (rust-lang/crates-io-auth-action);
 * - NuGet: https://learn.microsoft.com/nuget/nuget-org/trusted-publishing (nuget.org; NuGet/login).
 * Registries without it (GitHub Packages, Maven Central, Docker registries, private indexes) are not listed:
 * a token there is the only way in, so it is not a finding of this rule.
 */
export type Registry = 'npm' | 'PyPI' | 'RubyGems' | 'crates.io' | 'NuGet'

export interface TrustedRegistry {
  registry: Registry
  /** Hosts of the registry (a `--registry`/`--repository-url`/`--source`/`--host` naming another is another registry). */
  hosts: RegExp
  /** Environment variables that carry its long-lived token. */
  tokenEnv: RegExp
  /** What to use instead. */
  instead: string
}

export const TRUSTED_REGISTRIES: Record<Registry, TrustedRegistry> = {
  npm: {
    registry: 'npm',
    hosts: /(^|\/\/)registry\.(npmjs\.org|yarnpkg\.com)\b/i,
    tokenEnv: /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH_?TOKEN|YARN_NPM_AUTH_TOKEN|BUN_AUTH_TOKEN)$/i,
    instead: 'npm trusted publishing (`id-token: write`, `npm publish` with npm >= 11.5.1 and no token)'
  },
  PyPI: {
    registry: 'PyPI',
    hosts: /^(pypi|testpypi)$|(^|\/\/)(upload\.)?(test\.)?pypi\.org\b/i,
    tokenEnv: /^(TWINE_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_PYPI_PASSWORD|FLIT_PASSWORD|HATCH_INDEX_AUTH|PDM_PUBLISH_PASSWORD|PYPI_TOKEN|PYPI_API_TOKEN)$/i,
    instead: 'PyPI trusted publishing (`id-token: write` and pypa/gh-action-pypi-publish, `uv publish` or `twine upload` without a password)'
  },
  RubyGems: {
    registry: 'RubyGems',
    hosts: /(^|\/\/)rubygems\.org\b/i,
    tokenEnv: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY|RUBYGEMS_AUTH_TOKEN)$/i,
    instead: 'RubyGems trusted publishing (`id-token: write` and rubygems/release-gem, or rubygems/configure-rubygems-credentials with `role-to-assume`)'
  },
  'crates.io': {
    registry: 'crates.io',
    hosts: /^crates-io$|(^|\/\/)crates\.io\b/i,
    tokenEnv: /^(CARGO_REGISTRY_TOKEN|CARGO_REGISTRIES_CRATES_IO_TOKEN|CRATES_IO_TOKEN)$/i,
    instead: 'crates.io trusted publishing (`id-token: write` and rust-lang/crates-io-auth-action)'
  },
  NuGet: {
    registry: 'NuGet',
    hosts: /^nuget\.org$|(^|\/\/)(api\.|www\.)?nuget\.org\b/i,
    tokenEnv: /^(NUGET_API_KEY|NUGET_AUTH_TOKEN|NUGET_KEY|NUGET_TOKEN)$/i,
    instead: 'NuGet trusted publishing (`id-token: write` and NuGet/login)'
  }
}

/**
 * Actions that publish to one of these registries. `credentials`: inputs that carry a stored token;
 * `credentialEnv`: env variables the action reads its token from; `disablesOidc`: an input whose value
 * `false` turns trusted publishing off (then the action needs a stored credential).
 */
export interface PublishingAction {
  name: string
  registry: Registry
  credentials: string[]
  credentialEnv?: RegExp
  disablesOidc?: string
  /** An input naming the registry (another registry there is not one with trusted publishing). */
  registryInput?: string
  /** An input that must have one of these values for the action to publish (e.g. maturin-action's `command`). */
  only?: { input: string; values: RegExp }
}

export const PUBLISHING_ACTIONS: readonly PublishingAction[] = [
  // https://github.com/pypa/gh-action-pypi-publish (action.yml: password, default: OIDC)
  { name: 'pypa/gh-action-pypi-publish', registry: 'PyPI', credentials: ['password'], registryInput: 'repository-url' },
  // https://github.com/PyO3/maturin-action (`command: upload|publish` reads MATURIN_PYPI_TOKEN; maturin uses OIDC without it)
  { name: 'pyo3/maturin-action', registry: 'PyPI', credentials: [], credentialEnv: /^(MATURIN_PYPI_TOKEN|MATURIN_PASSWORD)$/i, only: { input: 'command', values: /^(upload|publish)$/ } },
  // https://github.com/rubygems/release-gem (action.yml: setup-trusted-publisher, default true)
  { name: 'rubygems/release-gem', registry: 'RubyGems', credentials: ['api-key'], credentialEnv: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/i, disablesOidc: 'setup-trusted-publisher' },
  // https://github.com/rubygems/configure-rubygems-credentials (action.yml: api-token or role-to-assume)
  { name: 'rubygems/configure-rubygems-credentials', registry: 'RubyGems', credentials: ['api-token'], registryInput: 'gem-server' },
  // third-party RubyGems publishers that only take an API key
  { name: 'cadwallion/publish-rubygems-action', registry: 'RubyGems', credentials: [], credentialEnv: /^RUBYGEMS_API_KEY$/i },
  { name: 'dawidd6/action-publish-gem', registry: 'RubyGems', credentials: ['api_key'] },
  // npm
  { name: 'js-devtools/npm-publish', registry: 'npm', credentials: ['token'] },
  // crates.io
  { name: 'katyo/publish-crates', registry: 'crates.io', credentials: ['registry-token'] },
  // NuGet
  { name: 'brandedoutcast/publish-nuget', registry: 'NuGet', credentials: ['NUGET_KEY', 'nuget_key'] },
  { name: 'alirezanet/publish-nuget', registry: 'NuGet', credentials: ['NUGET_KEY', 'nuget_key'] }
]
