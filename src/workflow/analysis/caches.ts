/** Caches: steps that restore the Actions cache, and the jobs a job builds on. */
import type { Job, Step, Str } from '../types.js'

export interface CacheUse {
  step: Step
  what: string
  /** The input that turns the cache on (for locations), or null for actions that cache by default. */
  input: Str | null
}

/** Steps that restore a cache (actions/cache, setup-* `cache:`, caching actions). */
export function cacheRestores(job: Job): CacheUse[] {
  const out: CacheUse[] = []
  for (const step of job.steps) {
    const uses = step.uses
    if (!uses || uses.kind !== 'remote') continue
    const name = uses.name
    const input = (key: string): Str | null => step.with.get(key)?.value ?? null
    const major = Number(/^v(\d+)/.exec(uses.ref ?? '')?.[1] ?? NaN)
    if (name === 'actions/cache' || name === 'actions/cache/restore') {
      if (input('lookup-only')?.value !== 'true') out.push({ step, what: name, input: null })
    } else if (['actions/setup-node', 'actions/setup-python', 'actions/setup-java', 'actions/setup-dotnet'].includes(name)) {
      const cache = input('cache') ?? (name === 'actions/setup-dotnet' ? input('cache') : null)
      if (cache && cache.value !== '' && cache.value !== 'false') out.push({ step, what: `${name} with cache: ${cache.value}`, input: cache })
      else if (name === 'actions/setup-node' && !cache && Number.isFinite(major) && major >= 5 && input('package-manager-cache')?.value !== 'false') {
        // setup-node v5+ caches automatically when package.json names a packageManager.
      }
    } else if (name === 'actions/setup-go') {
      const cache = input('cache')
      if (cache ? cache.value !== 'false' : Number.isFinite(major) && major >= 4) out.push({ step, what: `${name}${cache ? ` with cache: ${cache.value}` : ` (${uses.ref} caches by default)`}`, input: cache })
    } else if (name === 'astral-sh/setup-uv') {
      const cache = input('enable-cache')
      if (cache && cache.value !== 'false') out.push({ step, what: `${name} with enable-cache: ${cache.value}`, input: cache })
    } else if (name === 'ruby/setup-ruby') {
      const cache = input('bundler-cache')
      if (cache?.value === 'true') out.push({ step, what: `${name} with bundler-cache: true`, input: cache })
    } else if (name === 'swatinem/rust-cache' || name === 'mozilla-actions/sccache-action' || name === 'hendrikmuhs/ccache-action' || name === 'useblacksmith/cache' || name === 'buildjet/cache') {
      out.push({ step, what: name, input: null })
    } else if (name === 'gradle/actions/setup-gradle' || name === 'gradle/gradle-build-action') {
      if (input('cache-disabled')?.value !== 'true') out.push({ step, what: `${name} (caches by default)`, input: null })
    } else if (name === 'docker/build-push-action') {
      const from = input('cache-from')
      if (from && /type=gha/.test(from.value)) out.push({ step, what: `${name} with cache-from: type=gha`, input: from })
    } else if (name === 'pnpm/action-setup' || name === 'oven-sh/setup-bun') {
      // no cache of their own
    }
  }
  return out
}

/** Jobs that `job` depends on, directly or not. */
export function ancestors(job: Job): Set<Job> {
  const out = new Set<Job>()
  const stack = [job]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const need of current.needs) {
      const upstream = current.workflow.jobsById.get(need.value)
      if (upstream && !out.has(upstream)) {
        out.add(upstream)
        stack.push(upstream)
      }
    }
  }
  return out
}
