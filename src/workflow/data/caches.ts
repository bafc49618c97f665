/**
 * Actions that restore the GitHub Actions cache, with the input that controls it and the default per major
 * version (`cacheRestores`, for cache-poisoning).
 *
 * `kind`: `opt-in` (on when `input` has a value other than `false`/empty, or one `onValues` accepts),
 * `opt-out` (`input` set to a true-like value turns it off), `always`. `defaultFrom`: the first major version
 * that caches when `input` is absent (0: every version; absent: never by default); when `defaultInput` is set,
 * that input (not `false`) governs the default instead. An unknown version (a branch, a SHA pin without a
 * `# vX` comment) is read as the newest. Sources: each action's `action.yml` and release notes (reviewed
 * 2026-12): setup-go caches by default since v4, setup-uv since v5 (on GitHub-hosted runners), setup-node v5
 * adds `package-manager-cache` (npm, when package.json names it); setup-bun caches the bun executable.
 */
import type { KnownAction } from './known.js'

export interface CachingAction extends KnownAction {
  kind: 'always' | 'opt-in' | 'opt-out'
  input?: string
  /** For opt-in inputs whose values are not booleans: the values that mean on. */
  onValues?: RegExp
  defaultFrom?: number
  /** The input that turns the default on or off (setup-node's `package-manager-cache`). */
  defaultInput?: string
  /** When the default depends on the repository's files (said in the message). */
  defaultWhen?: string
  /** The setting that turns it off (the finding's fix). */
  fix: string
}

const NO_CACHE = "cache: ''   # no cache in release jobs"

/** Caching actions (`cacheRestores`, for cache-poisoning). */
export const CACHING_ACTIONS: readonly CachingAction[] = [
  {
    action: 'actions/cache',
    kind: 'opt-out',
    input: 'lookup-only',
    defaultFrom: 0,
    fix: 'Remove the cache step from release jobs (or use actions/cache/save only, never restore).',
    note: 'restores and saves a cache'
  },
  {
    action: 'actions/cache/restore',
    kind: 'opt-out',
    input: 'lookup-only',
    defaultFrom: 0,
    fix: 'Remove the cache restore from release jobs.',
    note: 'restores a cache'
  },
  {
    action: 'actions/setup-node',
    kind: 'opt-in',
    input: 'cache',
    defaultFrom: 5,
    defaultInput: 'package-manager-cache',
    defaultWhen: 'when package.json names npm as its package manager',
    fix: NO_CACHE,
    note: 'caches the package manager store with `cache:`, npm by default from v5',
    source: 'https://github.com/actions/setup-node/releases/tag/v5.0.0'
  },
  { action: 'actions/setup-python', kind: 'opt-in', input: 'cache', fix: NO_CACHE, note: 'caches pip/pipenv/poetry downloads with `cache:`' },
  { action: 'actions/setup-java', kind: 'opt-in', input: 'cache', fix: NO_CACHE, note: 'caches Maven/Gradle/sbt dependencies with `cache:`' },
  { action: 'actions/setup-dotnet', kind: 'opt-in', input: 'cache', onValues: /^true$/i, fix: NO_CACHE, note: 'caches NuGet packages with `cache: true`' },
  {
    action: 'actions/setup-go',
    kind: 'opt-in',
    input: 'cache',
    defaultFrom: 4,
    fix: 'cache: false',
    note: 'caches Go modules and build outputs, by default from v4'
  },
  {
    action: 'astral-sh/setup-uv',
    kind: 'opt-in',
    input: 'enable-cache',
    defaultFrom: 5,
    fix: 'enable-cache: false',
    note: 'caches uv downloads, by default on GitHub-hosted runners from v5',
    source: 'https://github.com/astral-sh/setup-uv/releases/tag/v5.0.0'
  },
  {
    action: 'oven-sh/setup-bun',
    kind: 'opt-out',
    input: 'no-cache',
    defaultFrom: 0,
    fix: 'no-cache: true',
    note: 'caches the bun executable unless `no-cache: true`'
  },
  {
    action: 'swatinem/rust-cache',
    kind: 'opt-out',
    input: 'lookup-only',
    defaultFrom: 0,
    fix: 'Remove Swatinem/rust-cache from release jobs.',
    note: 'caches Cargo registry and target folders'
  },
  {
    action: 'pyo3/maturin-action',
    kind: 'opt-in',
    input: 'sccache',
    onValues: /^true$/i,
    fix: 'sccache: false',
    note: 'compiler cache (sccache) in the Actions cache with `sccache: true`'
  },
  {
    action: 'ramsey/composer-install',
    kind: 'opt-out',
    input: 'ignore-cache',
    defaultFrom: 0,
    fix: "ignore-cache: 'yes'",
    note: 'caches Composer dependencies unless `ignore-cache`'
  },
  {
    action: 'ruby/setup-ruby',
    kind: 'opt-in',
    input: 'bundler-cache',
    onValues: /^true$/i,
    fix: 'bundler-cache: false',
    note: 'runs bundle install and caches gems with `bundler-cache: true`'
  },
  {
    action: 'gradle/actions/setup-gradle',
    kind: 'opt-out',
    input: 'cache-disabled',
    defaultFrom: 0,
    fix: 'cache-disabled: true',
    note: 'caches Gradle home by default'
  },
  {
    action: 'gradle/gradle-build-action',
    kind: 'opt-out',
    input: 'cache-disabled',
    defaultFrom: 0,
    fix: 'cache-disabled: true',
    note: 'caches Gradle home by default (older name)'
  },
  { action: 'jdx/mise-action', kind: 'opt-in', input: 'cache', defaultFrom: 0, fix: 'cache: false', note: 'caches installed tools by default' },
  {
    action: 'mozilla-actions/sccache-action',
    kind: 'always',
    fix: 'Do not restore caches in jobs that build or publish releases.',
    note: 'compiler cache in the Actions cache'
  },
  {
    action: 'hendrikmuhs/ccache-action',
    kind: 'always',
    fix: 'Do not restore caches in jobs that build or publish releases.',
    note: 'compiler cache in the Actions cache'
  },
  { action: 'useblacksmith/cache', kind: 'always', fix: 'Remove the cache step from release jobs.', note: 'drop-in replacement of actions/cache' },
  { action: 'buildjet/cache', kind: 'always', fix: 'Remove the cache step from release jobs.', note: 'drop-in replacement of actions/cache' },
  {
    action: 'determinatesystems/magic-nix-cache-action',
    kind: 'always',
    fix: 'Remove the Nix cache from release jobs.',
    note: 'Nix store cache in the Actions cache'
  },
  {
    action: 'docker/build-push-action',
    kind: 'opt-in',
    input: 'cache-from',
    onValues: /type=gha/,
    fix: 'Remove `cache-from: type=gha` in release jobs.',
    note: 'reads build layers from the Actions cache with `cache-from: type=gha`'
  }
]
