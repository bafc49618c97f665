/** Caches: steps that restore the Actions cache, and the jobs a job builds on. */
import { byAction, CACHING_ACTIONS } from '../data/index.js'
import type { Job, Step, Str } from '../types.js'

export interface CacheUse {
  step: Step
  what: string
  /** The input that turns the cache on (for locations), or null for actions that cache by default. */
  input: Str | null
}

const CACHING = byAction(CACHING_ACTIONS)

/** Steps that restore a cache (actions/cache, setup-* `cache:`, caching actions: data/caches.ts). */
export function cacheRestores(job: Job): CacheUse[] {
  const out: CacheUse[] = []
  for (const step of job.steps) {
    const uses = step.uses
    if (!uses || uses.kind !== 'remote') continue
    const name = uses.name
    const known = CACHING.get(name)
    if (!known) continue
    const input = (key: string): Str | null => step.with.get(key)?.value ?? null
    if (known.enabledBy) {
      const { input: key, when, defaultFromMajor } = known.enabledBy
      const value = input(key)
      if (value) {
        const on = when === 'set' ? value.value !== '' && value.value !== 'false' : when === 'not-false' ? value.value !== 'false' : when === 'true' ? value.value === 'true' : when.test(value.value)
        if (on) out.push({ step, what: `${name} with ${key}: ${when instanceof RegExp ? when.exec(value.value)![0] : value.value}`, input: value })
      } else if (defaultFromMajor !== undefined) {
        const major = Number(/^v(\d+)/.exec(uses.ref ?? '')?.[1] ?? NaN)
        if (Number.isFinite(major) && major >= defaultFromMajor) out.push({ step, what: `${name} (${uses.ref} caches by default)`, input: null })
      }
    } else if (!known.disabledBy || input(known.disabledBy)?.value !== 'true') {
      out.push({ step, what: known.sayDefault ? `${name} (caches by default)` : name, input: null })
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
