/**
 * Actions that restore the GitHub Actions cache, with the input that controls it and the default per major
 * version. Read by `cacheRestores` (../caches.ts) for cache-poisoning.
 *
 * `input` is the input that turns caching on (`kind: 'opt-in'`: on when given a value other than `false`/empty,
 * `onValues` narrowing which values mean on), off (`kind: 'opt-out'`: `true`-like values disable it), or
 * absent (`kind: 'always'`). `defaultFrom`: the first major version that caches when the input is not given
 * (0 = every version; undefined = never by default). An unknown version (a branch, a SHA without a `# vX`
 * comment) is read as the newest.
 *
 * Sources: each action's `action.yml` and release notes (reviewed 2026-12):
 * actions/cache (lookup-only), actions/setup-node (`cache`; v5: `package-manager-cache`, on when package.json
 * names npm in `packageManager`/`devEngines`), actions/setup-python, actions/setup-java, actions/setup-dotnet
 * (`cache`, opt-in), actions/setup-go (`cache`, default true since v4), astral-sh/setup-uv (`enable-cache`,
 * default on GitHub-hosted runners since v5), oven-sh/setup-bun (`no-cache`: caches the bun executable),
 * Swatinem/rust-cache, PyO3/maturin-action (`sccache`), ramsey/composer-install (`ignore-cache`),
 * ruby/setup-ruby (`bundler-cache`), gradle/actions/setup-gradle (`cache-disabled`), jdx/mise-action (`cache`,
 * default true), mozilla-actions/sccache-action, hendrikmuhs/ccache-action.
 */
export interface CachingAction {
  names: string[]
  kind: 'always' | 'opt-in' | 'opt-out'
  input?: string
  /** For opt-in inputs whose values are not booleans: the values that mean on. */
  onValues?: RegExp
  defaultFrom?: number
  /** When the default depends on the repository's files (said in the message). */
  defaultWhen?: string
  /** The setting that turns it off. */
  fix: string
}

export const CACHING_ACTIONS: readonly CachingAction[] = [
  { names: ['actions/cache', 'actions/cache/restore'], kind: 'opt-out', input: 'lookup-only', defaultFrom: 0, fix: 'Remove the cache step from release jobs (or use actions/cache/save only, never restore).' },
  { names: ['actions/setup-node'], kind: 'opt-in', input: 'cache', fix: "cache: ''   # no cache in release jobs" },
  { names: ['actions/setup-node'], kind: 'opt-in', input: 'package-manager-cache', defaultFrom: 5, defaultWhen: 'when package.json names npm as its package manager', fix: 'package-manager-cache: false' },
  { names: ['actions/setup-python', 'actions/setup-java'], kind: 'opt-in', input: 'cache', fix: "cache: ''   # no cache in release jobs" },
  { names: ['actions/setup-dotnet'], kind: 'opt-in', input: 'cache', onValues: /^true$/i, fix: "cache: ''   # no cache in release jobs" },
  { names: ['actions/setup-go'], kind: 'opt-in', input: 'cache', defaultFrom: 4, fix: 'cache: false' },
  { names: ['astral-sh/setup-uv'], kind: 'opt-in', input: 'enable-cache', defaultFrom: 5, fix: 'enable-cache: false' },
  { names: ['oven-sh/setup-bun'], kind: 'opt-out', input: 'no-cache', defaultFrom: 0, fix: 'no-cache: true' },
  { names: ['swatinem/rust-cache'], kind: 'opt-out', input: 'lookup-only', defaultFrom: 0, fix: 'Remove Swatinem/rust-cache from release jobs.' },
  { names: ['pyo3/maturin-action'], kind: 'opt-in', input: 'sccache', onValues: /^true$/i, fix: 'sccache: false' },
  { names: ['ramsey/composer-install'], kind: 'opt-out', input: 'ignore-cache', defaultFrom: 0, fix: "ignore-cache: 'yes'" },
  { names: ['ruby/setup-ruby'], kind: 'opt-in', input: 'bundler-cache', onValues: /^true$/i, fix: 'bundler-cache: false' },
  { names: ['gradle/actions/setup-gradle', 'gradle/gradle-build-action'], kind: 'opt-out', input: 'cache-disabled', defaultFrom: 0, fix: 'cache-disabled: true' },
  { names: ['jdx/mise-action'], kind: 'opt-in', input: 'cache', defaultFrom: 0, fix: 'cache: false' },
  { names: ['mozilla-actions/sccache-action', 'hendrikmuhs/ccache-action', 'useblacksmith/cache', 'buildjet/cache', 'determinatesystems/magic-nix-cache-action'], kind: 'always', defaultFrom: 0, fix: 'Do not restore caches in jobs that build or publish releases.' }
]
