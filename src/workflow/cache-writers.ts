/**
 * Workflows through which outsiders can run code in the repository's default-branch cache scope (a pwn
 * request, or attacker text expanded into `run:` on a privileged trigger). Run-scoped: the engine audits
 * workflow files one group of related files at a time, but cache poisoning crosses groups (any workflow can
 * plant the entry a release job restores). A cheap text filter picks the candidates; only those are parsed,
 * one at a time (with the upstreams of a `workflow_run`, found by name), and checked with the same analyses the
 * rules use. (Indirect paths, e.g. through step
 * outputs, are seen only within a group: this fact only raises the grade of cache-poisoning findings.)
 */
import { defineFact, known } from '../model/fact.js'
import { listWorkflowFiles, MAX_WORKFLOW_BYTES, parseWorkflowText } from '../workspace/workflow-files.js'
import { executionsAfter, privilegedUntrustedEvents, TaintTracker, untrustedCheckouts } from './analysis/index.js'
import { buildWorkflow } from './build.js'
import { blocksForks, gatesFor, pinnedElsewhere } from './analysis/gates.js'
import { runsRestoredBaseFile } from './analysis/base-restores.js'
import { PRIVILEGED_UNTRUSTED_EVENTS } from './contexts.js'
import { CACHING_ACTIONS } from './data/index.js'
import type { WorkflowDoc, WorkflowModel } from './types.js'
import type { Workspace } from '../workspace/workspace.js'

/** Text of a workflow that may name a privileged event outsiders can trigger (data/events.ts). */
const PRIVILEGED_TEXT = new RegExp(String.raw`\b(${[...PRIVILEGED_UNTRUSTED_EVENTS].join('|')})\b`)
/** Text of a workflow that may restore a cache: the caching actions' names (data/caches.ts) and the inputs that turn caches on. */
const CACHE_TEXT = new RegExp(
  [
    String.raw`actions\/cache|\bcache\s*:|setup-go|rust-cache|sccache|ccache|bundler-cache|enable-cache|cache-from|gradle`,
    ...CACHING_ACTIONS.map((entry) => entry.action.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
  ].join('|')
)
const PUBLISH_TEXT = /publish|release|deploy|\bpush\b|upload/
const UNTRUSTED_TEXT =
  /\$\{\{[^}]*(head\.sha|head\.ref|head_ref|head_sha|head_branch|merge_commit_sha|\.title|\.body|\.message)|refs\/pull\/|gh\s+pr\s+checkout|download-artifact/

/** Whether outsiders can run code through this workflow (precise, on the parsed workflow). */
export function runsUntrustedCode(workflow: WorkflowDoc, model: WorkflowModel, tracker: TaintTracker): boolean {
  const events = privilegedUntrustedEvents(workflow, model)
  if (events.length === 0) return false
  return workflow.jobs.some(
    (job) =>
      // a job held to this repository's own pull requests, or to events outsiders cannot cause, is not their way in
      !blocksForks(gatesFor(job)) &&
      !pinnedElsewhere(job, events) &&
      (untrustedCheckouts(job, tracker).some((checkout, _, all) =>
        executionsAfter(job, checkout.step, checkout.path).some((execution) => !runsRestoredBaseFile(job, checkout, all, execution))
      ) ||
        job.steps.some((step) =>
          step.run?.expressions.some((expression) => tracker.expressionTaint(expression, { job, step, action: null })?.level === 'arbitrary')
        ))
  )
}

/** A workflow's top-level `name:` as written (unquoted), read from its text without parsing. */
function declaredName(text: string): string | undefined {
  const match = /^name:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))[ \t]*(?:#.*)?$/m.exec(text)
  return match ? (match[1] ?? match[2] ?? match[3])?.trim() : undefined
}

/** Paths of the workflows of the workspace through which outsiders can write the cache. */
export function findCacheWriters(workspace: Workspace): string[] {
  const out: string[] = []
  const texts: Array<{ path: string; text: string }> = []
  const all: Array<{ path: string; text: string }> = []
  let restores = false
  for (const { path, kind } of listWorkflowFiles(workspace, workspace.isIgnored)) {
    if (kind !== 'workflow') continue
    const read = workspace.readText(path, MAX_WORKFLOW_BYTES)
    if (!read.ok) continue
    all.push({ path, text: read.text })
    restores ||= CACHE_TEXT.test(read.text) && PUBLISH_TEXT.test(read.text)
    if (PRIVILEGED_TEXT.test(read.text) && UNTRUSTED_TEXT.test(read.text)) texts.push({ path, text: read.text })
  }
  // Only worth parsing when some workflow both restores a cache and publishes.
  if (!restores) return out
  // Each file's declared name, read once (every workflow_run downstream asks about every file).
  const names = new Map<string, string>()
  const nameOf = (other: { path: string; text: string }): string => {
    let name = names.get(other.path)
    if (name === undefined) {
      name = declaredName(other.text) ?? other.path.replace(/^.*\//, '')
      names.set(other.path, name)
    }
    return name
  }
  const build = (path: string, text: string): WorkflowDoc | null => {
    // GitHub's view: a workflow it refuses (a merge key...) never runs, so it writes no cache.
    const parsed = parseWorkflowText(path, 'workflow', text)
    if (!parsed.ok) return null
    try {
      return buildWorkflow(Object.assign(parsed.file, { kind: 'workflow' as const }))
    } catch {
      return null // an odd document: the group audit reports what it can
    }
  }
  for (const { path, text } of texts) {
    const workflow = build(path, text)
    if (!workflow) continue
    // A workflow_run is judged by its upstream workflows in this repository (found by name), not assumed
    // reachable: a writer is a fact of this repository's workflows, never of unrelated ones.
    const upstreamNames = new Set(
      workflow.triggers.filter((trigger) => trigger.event === 'workflow_run').flatMap((trigger) => trigger.filters.get('workflows') ?? [])
    )
    const upstreams =
      upstreamNames.size === 0
        ? []
        : all.filter((other) => other.path !== path && upstreamNames.has(nameOf(other))).flatMap((other) => build(other.path, other.text) ?? [])
    const model: WorkflowModel = { workflows: [workflow, ...upstreams], actions: [], scripts: new Map(), actionsByDir: new Map() }
    if (runsUntrustedCode(workflow, model, new TaintTracker(model))) out.push(path)
  }
  return out
}

export const cacheWritersFact = defineFact<string[]>('workflow.cache-writers', async (ctx) => known(findCacheWriters(ctx.workspace)))
