/**
 * Caches: steps that restore the Actions cache (the catalogue `data/caches.ts`, with its defaults per
 * version), what makes a workflow a release workflow, and the jobs a job builds on. An action's version is
 * read from its ref (`@v4`, `@v4.2.1`) or, for a SHA pin, from the version comment after it (`# v4.2.1`).
 */
import { byAction, CACHING_ACTIONS } from '../data/index.js'
import { stepDoc } from '../model.js'
import type { Job, Step, Str, WorkflowDoc } from '../types.js'

export interface CacheUse {
  step: Step
  what: string
  /** The input that turns the cache on (for locations), or null for actions that cache by default. */
  input: Str | null
  /** The condition under which the default caches (e.g. setup-node v5: when package.json names npm). */
  when?: string
  fix: string
}

const CACHING = byAction(CACHING_ACTIONS)

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
  return job.steps.some(
    (step) =>
      (step.uses && /^(pnpm\/action-setup|oven-sh\/setup-bun)$/.test(step.uses.name)) ||
      (step.run !== undefined && /(^|[\s;&|(])(?:(?:pnpm|yarn|bun)\s+(?:install|i|ci|add)\b|yarn[ \t]*$)/m.test(step.run.value))
  )
}

const FALSE = /^(false|)$/i
const TRUE_LIKE = /^(true|yes|1)$/i

/** Steps of a job that restore a cache, as configured (an input computed by an expression is not judged). */
export function cacheRestores(job: Job): CacheUse[] {
  const out: CacheUse[] = []
  for (const step of job.steps) {
    const uses = step.uses
    if (!uses || uses.kind !== 'remote') continue
    const entry = CACHING.get(uses.name)
    if (!entry) continue
    const name = uses.name
    const input = entry.input ? (step.with.get(entry.input)?.value ?? null) : null
    // A value computed by an expression (often `!startsWith(github.ref, 'refs/tags/')`) is not judged.
    if (input && input.expressions.length > 0) continue
    const major = actionMajor(step)
    let on: boolean
    let byDefault = false
    if (entry.kind === 'always') on = true
    else if (input)
      on =
        entry.kind === 'opt-out'
          ? !TRUE_LIKE.test(input.value.trim())
          : entry.onValues
            ? entry.onValues.test(input.value.trim())
            : !FALSE.test(input.value.trim())
    else {
      on = byDefault = entry.defaultFrom !== undefined && (major === null || major >= entry.defaultFrom)
      const governing = entry.defaultInput ? (step.with.get(entry.defaultInput)?.value ?? null) : null
      if (governing && (governing.expressions.length > 0 || FALSE.test(governing.value.trim()))) on = false
      // setup-node's default cache is npm's: a job that sets up pnpm, Yarn or Bun (or runs them) uses another manager.
      if (on && entry.defaultWhen && otherPackageManager(job)) on = false
    }
    if (!on) continue
    const version = major === null ? 'its newest version' : `v${major}`
    const what =
      entry.kind === 'opt-in' && input
        ? `${name} with ${entry.input}: ${input.value}`
        : !byDefault || entry.defaultFrom === 0
          ? name
          : `${name} (${version} caches by default)`
    out.push({
      step,
      what,
      input: entry.kind === 'opt-in' ? input : null,
      ...(byDefault && entry.defaultWhen ? { when: entry.defaultWhen } : {}),
      fix: byDefault && entry.defaultInput ? `${entry.defaultInput}: false` : entry.fix
    })
  }
  return out
}

const RELEASE_BRANCH = /(^|[/*-])(release|releases|rel|stable|hotfix)([/*-]|$)|^v?\d+(\.(\d+|x|\*))*(\.\*|\/\*\*?)?$/i

/**
 * Why a workflow is a release workflow by its triggers, or null: `release` events, a push of tags, a push
 * to release branches only (`release/*`, `releases/**`, `v1.x`…). Such a workflow publishes whatever its jobs do.
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
