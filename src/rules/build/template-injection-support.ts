/**
 * What the rules about attacker-controlled text share (template-injection, github-env, prompt-injection):
 * the grade of one injection by what the text is and who can trigger the workflow, and how sure the
 * analysis is of the text's origin.
 */
import type { Confidence, RelatedLocation } from '../../model/finding.js'
import {
  eventNames,
  eventsCarrying,
  FORK_REACHABLE_EVENTS,
  forkReachable,
  nodeLocation,
  PRIVILEGED_UNTRUSTED_EVENTS,
  privilegedUntrustedEvents,
  type Grade,
  type Job,
  type Taint,
  type WorkflowDoc,
  type WorkflowModel
} from '../../workflow/index.js'
import { related, stepLocation, triggerLocations } from '../../workflow/kit.js'
import { reachOf } from '../../workflow/rule-helpers.js'

/** The grade of one injection, before gates. */
export function injectionGrade(taint: Taint, workflow: WorkflowDoc | null, job: Job | null, model: WorkflowModel): { grade: Grade; why: string } {
  if (!workflow || !job) {
    // Composite action: the caller decides what reaches its inputs.
    if (taint.level === 'arbitrary') return { grade: 'high', why: 'in an action that any workflow may call' }
    return { grade: 'low', why: 'from an action input: safe only if every caller passes trusted values' }
  }
  let privileged = privilegedUntrustedEvents(workflow, model)
  const events = eventNames(workflow)
  const reusable = events.has('workflow_call')
  // A field the workflow's events never carry is empty (e.g. `issue.body` on pull_request).
  const carriers = eventsCarrying(taint.origin)
  let outsiders = forkReachable(workflow)
  if (carriers && !reusable && events.size > 0) {
    const relevant = [...events].filter((event) => carriers.has(event))
    if (relevant.length === 0) return { grade: 'info', why: `${taint.origin} is empty on ${[...events].join(', ')}` }
    privileged = privileged.filter((event) => carriers.has(event))
    outsiders = relevant.some((event) => FORK_REACHABLE_EVENTS.has(event))
  }
  if (taint.level === 'arbitrary') {
    if (privileged.length > 0) {
      const reach = reachOf(job)
      return reach.level === 'write' || reach.level === 'default'
        ? { grade: 'critical', why: `on ${privileged.join(', ')}, with ${reach.text}` }
        : { grade: 'high', why: `on ${privileged.join(', ')} (runs in the base repository's context)` }
    }
    if (reusable) return { grade: 'high', why: "in a reusable workflow, with its caller's event and privileges" }
    if (outsiders) return { grade: 'medium', why: 'on events from outsiders that run with a read-only token and no secrets' }
    if (/commit|message|author|committer|display_title/.test(taint.origin))
      return { grade: 'medium', why: 'commit messages and authors come from merged contributions' }
    return { grade: 'low', why: 'the workflow is not triggered by outsiders' }
  }
  if (taint.level === 'structured') {
    if (privileged.length > 0 || reusable) return { grade: 'medium', why: 'attacker-influenced but constrained, or needs write access to set' }
    if (outsiders) return { grade: 'low', why: 'attacker-influenced but constrained' }
    return { grade: 'info', why: 'set only by users with write access (branch and tag names can still hold shell syntax)' }
  }
  if (taint.level === 'dynamic')
    return {
      grade: 'low',
      why: taint.origin.startsWith('github.')
        ? '(an event field without capability data: check whether outsiders can set it)'
        : '(a matrix value computed at run time)'
    }
  if (reusable) return { grade: 'low', why: 'a reusable-workflow input: safe only if every caller passes trusted values' }
  return { grade: 'info', why: 'a workflow_dispatch input: only users with write access can set it' }
}

/**
 * How sure the analysis is that the text is what an attacker writes: `high` for a field outsiders set
 * (directly, or through `env:` and variables the analysis followed); `medium` when it passed through a
 * step's or job's outputs (the step may restrict what it writes) or is only partly attacker-influenced
 * (branch names, constrained fields); `low` for what depends on values it cannot see (an event field
 * without capability data, a matrix computed at run time, an input whose callers it cannot see).
 */
export function taintConfidence(taint: Taint): Confidence {
  if (taint.level === 'arbitrary') return taint.via.some((hop) => /(^|[\s(])(steps|needs)\.|outputs/.test(hop)) ? 'medium' : 'high'
  if (taint.level === 'structured') return 'medium'
  return 'low'
}

/**
 * Where the text comes from, as related locations: the triggers that let an outsider write it (events that
 * carry the field), then the steps and jobs it passed through (`steps.<id>.outputs`, `needs.<job>.outputs`).
 */
export function taintLocations(taint: Taint, workflow: WorkflowDoc | null, job: Job | null): RelatedLocation[] {
  if (!workflow) return []
  const out: RelatedLocation[] = []
  if (taint.level === 'arbitrary' || taint.level === 'structured') {
    const carriers = eventsCarrying(taint.origin)
    const events = [...eventNames(workflow)].filter(
      (event) => (PRIVILEGED_UNTRUSTED_EVENTS.has(event) || FORK_REACHABLE_EVENTS.has(event)) && (!carriers || carriers.has(event))
    )
    out.push(...triggerLocations(workflow, events, `an outsider can set ${taint.origin}`))
  }
  for (const hop of taint.via) {
    const step = /^steps\.([^.]+)\.outputs\.(.+)$/.exec(hop)
    if (step && job) {
      const writer = job.steps.find((candidate) => candidate.id?.value === step[1])
      if (writer) out.push(related(stepLocation(writer), `step ${step[1]} sets output ${step[2]} from it`))
      continue
    }
    const upstream = /^needs\.([^.]+)\.outputs\.(.+)$/.exec(hop)
    const upstreamJob = upstream ? workflow.jobsById.get(upstream[1]!) : undefined
    if (upstream && upstreamJob)
      out.push(
        related(
          nodeLocation(workflow, upstreamJob.outputs.get(upstream[2]!)?.keyNode ?? upstreamJob.keyNode),
          `job ${upstream[1]} passes it on as output ${upstream[2]}`
        )
      )
  }
  return out
}
