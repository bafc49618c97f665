/**
 * What makes a job's build depend on the Actions cache, and what makes a workflow a release workflow, for
 * cache-poisoning. The catalogue of caching actions with their defaults per version is
 * `data/caching-actions.ts`; an action's major version is read from its ref (`@v4`, `@v4.2.1`) or, for a
 * SHA pin, from the version comment after it (`@<sha> # v4.2.1`).
 */
import { CACHING_ACTIONS } from './data/caching-actions.js'
import { stepDoc } from './model.js'
import type { Job, Step, Str, WorkflowDoc } from './types.js'

export interface CacheUse {
  step: Step
  what: string
  /** The input that turns the cache on (for locations), or null for actions that cache by default. */
  input: Str | null
  /** The condition under which the default caches (e.g. setup-node v5: when package.json names npm). */
  when?: string
  fix: string
}

/**
 * The version of a remote action as numbers (`[4, 2, 1]`): from its ref (`@v4`, `@v4.2.1`) or, for a SHA
 * pin, from the version comment after it (`@<sha> # v4.2.1`); null when unknown (a branch, no comment).
 */
export function actionVersion(step: Step): number[] | null {
  const uses = step.uses
  if (!uses || uses.kind !== 'remote') return null
  const fromRef = /^v?(\d+(?:\.\d+)*)$/.exec(uses.ref ?? '')
  if (fromRef) return fromRef[1]!.split('.').map(Number)
  const end = uses.node.range?.[1]
  if (end === undefined) return null
  const text = stepDoc(step).file.text
  const lineEnd = text.indexOf('\n', end)
  const comment = /^\s*#\s*(?:(?:tag|version|ref)\s*[=:]\s*)?v?(\d+(?:\.\d+)*)\b/.exec(text.slice(end, lineEnd === -1 ? undefined : lineEnd))
  return comment ? comment[1]!.split('.').map(Number) : null
}

/** The major version of a remote action (see `actionVersion`); null when unknown. */
export function actionMajor(step: Step): number | null {
  return actionVersion(step)?.[0] ?? null
}

/** Whether a job installs with pnpm, Yarn or Bun (setup actions or commands), not npm. */
function otherPackageManager(job: Job): boolean {
  return job.steps.some((step) => (step.uses && /^(pnpm\/action-setup|oven-sh\/setup-bun)$/.test(step.uses.name)) || (step.run !== undefined && /(^|[\s;&|(])(?:(?:pnpm|yarn|bun)\s+(?:install|i|ci|add)\b|yarn[ \t]*$)/m.test(step.run.value)))
}

const FALSE = /^(false|)$/i
const TRUE_LIKE = /^(true|yes|1)$/i

/** Steps of a job that restore a cache (the catalogue's actions as configured, and docker builds from the gha cache). */
export function cacheRestores(job: Job): CacheUse[] {
  const out: CacheUse[] = []
  for (const step of job.steps) {
    const uses = step.uses
    if (!uses || uses.kind !== 'remote') continue
    const name = uses.name
    if (name === 'docker/build-push-action') {
      const from = step.with.get('cache-from')?.value
      if (from && /type=gha/.test(from.value)) out.push({ step, what: `${name} with cache-from: type=gha`, input: from, fix: 'Remove `cache-from: type=gha` in release jobs.' })
      continue
    }
    const major = actionMajor(step)
    for (const entry of CACHING_ACTIONS) {
      if (!entry.names.includes(name)) continue
      const input = entry.input ? (step.with.get(entry.input)?.value ?? null) : null
      // A value computed by an expression (often `!startsWith(github.ref, 'refs/tags/')`) is not judged.
      if (input && input.expressions.length > 0) break
      const byDefault = entry.defaultFrom !== undefined && (major === null || major >= entry.defaultFrom)
      let on: boolean
      if (entry.kind === 'always') on = true
      else if (entry.kind === 'opt-out') on = input ? !TRUE_LIKE.test(input.value.trim()) : byDefault
      else on = input ? (entry.onValues ? entry.onValues.test(input.value.trim()) : !FALSE.test(input.value.trim())) : byDefault
      if (!on) continue
      // setup-node's default cache is npm's: a job that sets up pnpm, Yarn or Bun (or runs them) uses another manager.
      if (entry.defaultWhen && !input && otherPackageManager(job)) continue
      const version = major === null ? 'its newest version' : `v${major}`
      const what = entry.kind === 'opt-in' && input ? `${name} with ${entry.input}: ${input.value}` : entry.kind === 'always' || (entry.kind === 'opt-out' && entry.defaultFrom === 0) ? name : `${name} (${version} caches by default)`
      out.push({ step, what, input: entry.kind === 'opt-in' ? input : null, ...(entry.defaultWhen && !input ? { when: entry.defaultWhen } : {}), fix: entry.fix })
      break
    }
  }
  return out
}

const RELEASE_BRANCH = /(^|[/*-])(release|releases|rel|stable|hotfix)([/*-]|$)|^v?\d+(\.(\d+|x|\*))*(\.\*|\/\*\*?)?$/i

/**
 * Why a workflow is a release workflow by its triggers, or null: `release` events, a push of tags, a push
 * to release branches (`release/*`, `releases/**`, `v1.x`…). Such a workflow publishes whatever its jobs do.
 */
export function publishingTrigger(workflow: WorkflowDoc): string | null {
  for (const trigger of workflow.triggers) {
    if (trigger.event === 'release') return 'is triggered by `release`'
    if (trigger.event !== 'push') continue
    const tags = trigger.filters.get('tags')
    if (tags && tags.length > 0) return `runs on pushed tags (${tags.slice(0, 2).join(', ')})`
    const branches = trigger.filters.get('branches') ?? []
    const release = branches.find((branch) => RELEASE_BRANCH.test(branch))
    if (release && branches.every((branch) => RELEASE_BRANCH.test(branch))) return `runs on pushes to release branches (${release})`
  }
  return null
}
