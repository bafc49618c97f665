/** Triggers: which events start a workflow and which of them an outsider (a fork, a commenter) can cause. */
import { FORK_REACHABLE_EVENTS, PRIVILEGED_UNTRUSTED_EVENTS } from '../contexts.js'
import type { WorkflowDoc, WorkflowModel } from '../types.js'
import { ObjectMemo } from '../../object-memo.js'

export function eventNames(workflow: WorkflowDoc): Set<string> {
  return new Set(workflow.triggers.map((trigger) => trigger.event))
}

/**
 * Privileged events an outsider can trigger (`pull_request_target`, `issue_comment`, `workflow_run`...).
 * A `workflow_run` is counted only when one of the upstream workflows it names can itself be triggered
 * from a fork (or the upstream is not in the repository, so it is unknown).
 */
export function privilegedUntrustedEvents(workflow: WorkflowDoc, model?: WorkflowModel): string[] {
  const memo = model ? privilegedMemo.get(workflow) : undefined
  if (memo) return memo
  const out = computePrivileged(workflow, model)
  if (model) privilegedMemo.set(workflow, out)
  return out
}

const privilegedMemo = new ObjectMemo<WorkflowDoc, string[]>()

function computePrivileged(workflow: WorkflowDoc, model?: WorkflowModel): string[] {
  const out: string[] = []
  for (const trigger of workflow.triggers) {
    if (!PRIVILEGED_UNTRUSTED_EVENTS.has(trigger.event)) continue
    if (trigger.event === 'workflow_run' && model && !workflowRunReachable(trigger.filters.get('workflows') ?? [], model)) continue
    if (!out.includes(trigger.event)) out.push(trigger.event)
  }
  return out
}

/** Whether any upstream workflow of a `workflow_run` trigger can be started by an outsider. */
export function workflowRunReachable(upstreamNames: string[], model: WorkflowModel): boolean {
  if (upstreamNames.length === 0) return true
  for (const name of upstreamNames) {
    const upstream = model.workflows.filter((wf) => (wf.name?.value ?? wf.path.replace(/^.*\//, '')) === name)
    if (upstream.length === 0) return true // not in this repository (or named by a pattern): assume reachable
    if (upstream.some((wf) => wf.triggers.some((t) => FORK_REACHABLE_EVENTS.has(t.event)))) return true
  }
  return false
}

export function forkReachable(workflow: WorkflowDoc): boolean {
  return workflow.triggers.some((trigger) => FORK_REACHABLE_EVENTS.has(trigger.event))
}
