/**
 * The "pwn request" path as one finding: a privileged trigger (`pull_request_target`, `issue_comment`,
 * `workflow_run`...) → a checkout of the pull request's code (or a download of a PR run's artifacts) →
 * a step that runs that code (npm install, make, a local script or action...) → what the attacker then
 * holds (write scopes, `id-token`, secrets). Graded by that reach, lowered by gates.
 */
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import {
  applyGates,
  executionsAfter,
  gatesFor,
  privilegedUntrustedEvents,
  tokenGrant,
  trackerFor,
  untrustedCheckouts,
  type Execution,
  type Grade,
  type Job,
  type WorkflowDoc
} from '../../workflow/index.js'
import { dedupeResults, reachOf, stepLabel } from '../../workflow/rule-helpers.js'
import { checkoutConfidence, checkoutLocation, executionLocation, pathLocations } from './pwn-request-support.js'
import { runsRestoredBaseFile } from '../../workflow/analysis/base-restores.js'

export function executionLine(workflow: WorkflowDoc, execution: Execution): number {
  return executionLocation(workflow, execution).startLine
}

/** The grade of a pwn-request path by what the job reaches. */
export function reachGrade(job: Job): { grade: Grade; reach: string } {
  const reach = reachOf(job)
  const grant = tokenGrant(job)
  if (reach.level === 'write' || grant.idToken) {
    return {
      grade: 'critical',
      reach: `${reach.text}${grant.idToken && !grant.writeAll ? ' (including id-token: write, so cloud and registry identities)' : ''}`
    }
  }
  if (reach.level === 'default') return { grade: 'high', reach: `${reach.text}; critical if that default is read/write` }
  return { grade: 'medium', reach: `${reach.text}; the runner can still poison the base branch's Actions cache and read the job's data` }
}

export const pwnRequest = defineWorkflowRule({
  meta: {
    id: 'pwn-request',
    area: 'build',
    severity: 'critical',
    title: 'Untrusted pull request code runs in a privileged workflow',
    rationale:
      "On `pull_request_target`, `issue_comment` and `workflow_run`, the workflow runs with the base repository's token and secrets. Checking out the pull request and then running its build (npm install, make, a local script) hands those to whoever opened it.",
    remediation:
      'Run untrusted code only on `pull_request` (no secrets, read-only token). If a privileged step is needed, split it into a `workflow_run` job that never executes PR code, or gate it on a same-repository check or an environment with required reviewers, and grant the job `permissions: {}`.',
    references: [
      'https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/',
      'poutine: untrusted_checkout_exec',
      'Scorecard: Dangerous-Workflow',
      'SLSA Build L3'
    ],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model)
    const results: RuleResult[] = []
    for (const workflow of model.workflows) {
      const events = privilegedUntrustedEvents(workflow, model)
      if (events.length === 0) continue
      for (const job of workflow.jobs) {
        const untrusted = untrustedCheckouts(job, tracker)
        for (const checkout of untrusted) {
          // Files put back from the base branch before they run are the base's code, not the pull request's.
          const executions = executionsAfter(job, checkout.step, checkout.path).filter(
            (execution) => !runsRestoredBaseFile(job, checkout, untrusted, execution)
          )
          const first = executions[0]
          if (!first) continue
          const { grade, reach } = reachGrade(job)
          const gates = gatesFor(job, checkout.step)
          const severity = applyGates(grade, gates)
          const more = executions.length > 1 ? ` (and ${executions.length - 1} more)` : ''
          const what = checkout.kind === 'artifact' ? 'artifact poisoning' : 'pwn request'
          results.push({
            status: 'fail',
            severity,
            message:
              `${what}: ${events.join('/')} → ${stepLabel(checkout.step)} ${checkout.what} → ${stepLabel(first.step)} runs ${first.what} at line ${executionLine(workflow, first)}${more} → ` +
              `the attacker's code gets ${reach}${gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(', ')}` : ''}`,
            location: checkoutLocation(workflow, checkout),
            confidence: checkoutConfidence(workflow, model, events, checkout),
            relatedLocations: pathLocations(workflow, events, executions),
            fix: 'permissions: {}   # on this job; and move the build to a `pull_request` workflow, or add `if: github.event.pull_request.head.repo.full_name == github.repository`'
          })
        }
      }
    }
    return dedupeResults(results)
  }
})
