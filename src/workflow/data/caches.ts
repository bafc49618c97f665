/** Actions that restore (and save) the GitHub Actions cache, and how each one turns its cache on. */
import type { KnownAction } from './known.js'

export interface CachingAction extends KnownAction {
  /**
   * The input that turns the cache on, and when: `set` (any value but empty and `false`), `not-false`,
   * `true`, or a pattern (findings show the matched text); `defaultFromMajor`: from this major version
   * (read from the `uses:` ref) the cache is on when the input is absent. Without `enabledBy` the action
   * always caches, unless its `disabledBy` input is `true`.
   */
  enabledBy?: { input: string; when: 'set' | 'not-false' | 'true' | RegExp; defaultFromMajor?: number }
  disabledBy?: string
  /** Findings say "(caches by default)". */
  sayDefault?: boolean
}

/** Caching actions (`cacheRestores`, for cache-poisoning). */
export const CACHING_ACTIONS: readonly CachingAction[] = [
  { action: 'actions/cache', disabledBy: 'lookup-only', note: 'restores and saves a cache' },
  { action: 'actions/cache/restore', disabledBy: 'lookup-only', note: 'restores a cache' },
  { action: 'actions/setup-node', enabledBy: { input: 'cache', when: 'set' }, note: 'caches the package manager store with `cache:`' },
  { action: 'actions/setup-python', enabledBy: { input: 'cache', when: 'set' }, note: 'caches pip/pipenv/poetry downloads with `cache:`' },
  { action: 'actions/setup-java', enabledBy: { input: 'cache', when: 'set' }, note: 'caches Maven/Gradle/sbt dependencies with `cache:`' },
  { action: 'actions/setup-dotnet', enabledBy: { input: 'cache', when: 'set' }, note: 'caches NuGet packages with `cache:`' },
  { action: 'actions/setup-go', enabledBy: { input: 'cache', when: 'not-false', defaultFromMajor: 4 }, note: 'caches Go modules and build outputs, by default from v4' },
  { action: 'astral-sh/setup-uv', enabledBy: { input: 'enable-cache', when: 'not-false' }, note: 'caches uv downloads with `enable-cache:`' },
  { action: 'ruby/setup-ruby', enabledBy: { input: 'bundler-cache', when: 'true' }, note: 'runs bundle install and caches gems with `bundler-cache: true`' },
  { action: 'swatinem/rust-cache', note: 'caches Cargo registry and target folders' },
  { action: 'mozilla-actions/sccache-action', note: 'compiler cache in the Actions cache' },
  { action: 'hendrikmuhs/ccache-action', note: 'compiler cache in the Actions cache' },
  { action: 'useblacksmith/cache', note: 'drop-in replacement of actions/cache' },
  { action: 'buildjet/cache', note: 'drop-in replacement of actions/cache' },
  { action: 'gradle/actions/setup-gradle', disabledBy: 'cache-disabled', sayDefault: true, note: 'caches Gradle home by default' },
  { action: 'gradle/gradle-build-action', disabledBy: 'cache-disabled', sayDefault: true, note: 'caches Gradle home by default (older name)' },
  { action: 'docker/build-push-action', enabledBy: { input: 'cache-from', when: /type=gha/ }, note: 'reads build layers from the Actions cache with `cache-from: type=gha`' }
]
