/**
 * What `pwn-request` and `untrusted-checkout` share: where an untrusted checkout and an execution are, the
 * places of the path (trigger, checkout, the steps that run the code) as related locations, and how sure
 * the analysis is that the checked-out code is the pull request's.
 */
import type { Confidence, Location, RelatedLocation } from '../../model/finding.js'
import {
  FORK_REACHABLE_EVENTS,
  nodeLocation,
  strLocation,
  type Execution,
  type UntrustedCheckout,
  type WorkflowDoc,
  type WorkflowModel
} from '../../workflow/index.js'
import { related, triggerLocations } from '../../workflow/kit.js'
import { stepLabel } from '../../workflow/rule-helpers.js'

export function checkoutLocation(workflow: WorkflowDoc, checkout: UntrustedCheckout): Location {
  if (checkout.str) return strLocation(workflow, checkout.str, checkout.start, checkout.end)
  return nodeLocation(workflow, checkout.step.uses?.node ?? checkout.step.node)
}

export function executionLocation(workflow: WorkflowDoc, execution: Execution): Location {
  return execution.str
    ? strLocation(workflow, execution.str, execution.start, execution.end)
    : nodeLocation(workflow, execution.step.uses?.node ?? execution.step.node)
}

/** The trigger(s), then up to three steps that run the checked-out code (the checkout is the finding's own location). */
export function pathLocations(workflow: WorkflowDoc, events: readonly string[], executions: readonly Execution[] = []): RelatedLocation[] {
  return [
    ...triggerLocations(workflow, events, "runs with the base repository's token and secrets on an outsider's event"),
    ...executions.slice(0, 3).map((execution) => related(executionLocation(workflow, execution), `${stepLabel(execution.step)} runs ${execution.what}`))
  ]
}

/**
 * `high` when the pull request's code is checked out by a privileged event an outsider fires; `medium` when
 * it is a downloaded artifact (what the upstream run put in it is not visible here) or when the only such
 * event is a `workflow_run` whose upstream workflow is not in the repository (assumed reachable from forks).
 */
export function checkoutConfidence(workflow: WorkflowDoc, model: WorkflowModel, events: readonly string[], checkout: UntrustedCheckout): Confidence {
  if (checkout.kind === 'artifact') return 'medium'
  if (events.some((event) => event !== 'workflow_run')) return 'high'
  return upstreamSeenReachable(workflow, model) ? 'high' : 'medium'
}

/**
 * Whether a `workflow_run` trigger of `workflow` names an upstream workflow of this repository that can
 * itself be started from a fork (certain), rather than one the analysis cannot see (assumed reachable).
 */
export function upstreamSeenReachable(workflow: WorkflowDoc, model: WorkflowModel): boolean {
  return workflow.triggers.some(
    (trigger) =>
      trigger.event === 'workflow_run' &&
      (trigger.filters.get('workflows') ?? []).some((name) =>
        model.workflows.some(
          (upstream) =>
            (upstream.name?.value ?? upstream.path.replace(/^.*\//, '')) === name && upstream.triggers.some((t) => FORK_REACHABLE_EVENTS.has(t.event))
        )
      )
  )
}
