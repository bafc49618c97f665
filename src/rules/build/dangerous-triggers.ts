/**
 * `pull_request_target` and `workflow_run` run in the base repository's context on events outsiders
 * cause. Their presence alone is not a vulnerability, so the grade follows what the workflow then does:
 * untrusted code checked out → high; privileges but no untrusted checkout → low; nothing reachable, or
 * a `workflow_run` whose upstream workflows cannot be started from a fork → info.
 */
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import {
  applyGates,
  blocksForks,
  executionsAfter,
  gatesFor,
  nodeLocation,
  trackerFor,
  untrustedCheckouts,
  workflowRunReachable,
  maxGrade,
  type Gate,
  type Grade
} from '../../workflow/index.js'
import { reachOf, stepLabel } from '../../workflow/rule-helpers.js'
import { related } from '../../workflow/kit.js'
import type { RelatedLocation } from '../../model/finding.js'
import { checkoutLocation, executionLocation, upstreamSeenReachable } from './pwn-request-support.js'

const DANGEROUS = new Set(['pull_request_target', 'workflow_run'])

export const dangerousTriggers = defineWorkflowRule({
  meta: {
    id: 'dangerous-triggers',
    area: 'build',
    severity: 'medium',
    title: 'Privileged trigger that outsiders can fire',
    rationale:
      "`pull_request_target` and `workflow_run` run with the base repository's token and secrets on events a fork can cause. They are safe only while the workflow never handles the pull request's code or text.",
    remediation:
      'Prefer `pull_request`. Keep `pull_request_target` / `workflow_run` jobs free of PR code, with `permissions: {}` or the minimum, and gate anything sensitive behind an environment with reviewers.',
    references: [
      'zizmor: dangerous-triggers',
      'https://docs.github.com/en/actions/reference/security/secure-use#mitigating-the-risks-of-untrusted-code-checkout'
    ],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model)
    const results: RuleResult[] = []
    for (const workflow of model.workflows) {
      for (const trigger of workflow.triggers) {
        if (!DANGEROUS.has(trigger.event)) continue
        let grade: Grade = 'info'
        let why = 'no job reaches write scopes or secrets'
        if (trigger.event === 'workflow_run' && !workflowRunReachable(trigger.filters.get('workflows') ?? [], model)) {
          results.push({
            status: 'fail',
            severity: 'info',
            message: `workflow_run after ${(trigger.filters.get('workflows') ?? []).join(', ')}, which forks cannot trigger`,
            location: nodeLocation(workflow, trigger.node)
          })
          continue
        }
        const jobs = workflow.jobs.filter((job) => !blocksForks(gatesFor(job)))
        // Each job's grade is lowered by its gates (a label, an environment, an author check) as
        // pwn-request lowers the same chain, so the two never disagree; the workflow takes the highest.
        let decided = false
        // The places that decided the grade: the checkout and the step that runs it, or the job.
        let evidence: RelatedLocation[] = []
        const consider = (candidate: Grade, reason: string, gates: Gate[], places: RelatedLocation[]): void => {
          const gated = applyGates(candidate, gates)
          if (decided && maxGrade(grade, gated) === grade) return
          decided = true
          grade = gated
          evidence = places
          why = `${reason}${gated !== candidate ? `; lowered because ${gates.map((gate) => gate.note).join(', ')}` : ''}`
        }
        for (const job of jobs) {
          const gates = gatesFor(job)
          const checkouts = untrustedCheckouts(job, tracker)
          const run = checkouts
            .map((checkout) => ({ checkout, executions: executionsAfter(job, checkout.step, checkout.path) }))
            .find((entry) => entry.executions.length > 0)
          if (run) {
            const places = [
              related(checkoutLocation(workflow, run.checkout), `${stepLabel(run.checkout.step)} ${run.checkout.what}`),
              related(executionLocation(workflow, run.executions[0]!), `${stepLabel(run.executions[0]!.step)} runs ${run.executions[0]!.what}`)
            ]
            consider('high', `job ${job.id} checks out and runs the pull request's code (see pwn-request)`, gates, places)
            continue
          }
          if (checkouts.length > 0) {
            consider('medium', `job ${job.id} checks out the pull request's code (see untrusted-checkout)`, gates, [
              related(checkoutLocation(workflow, checkouts[0]!), `${stepLabel(checkouts[0]!.step)} ${checkouts[0]!.what}`)
            ])
            continue
          }
          const reach = reachOf(job)
          if (reach.level === 'write' || reach.level === 'default')
            consider(
              'low',
              `job ${job.id} has ${reach.text}, but does not check out the pull request`,
              [],
              [related(nodeLocation(workflow, job.keyNode), `job ${job.id} has ${reach.text}`)]
            )
        }
        if (jobs.length === 0 && workflow.jobs.length > 0) why = 'every job requires the pull request to come from this repository'
        results.push({
          status: 'fail',
          severity: grade,
          message: `${trigger.event} runs in the base repository's context on events from forks: ${why}`,
          location: nodeLocation(workflow, trigger.node),
          // workflow_run from an upstream workflow not in this repository is assumed reachable from forks.
          confidence: trigger.event === 'workflow_run' && !upstreamSeenReachable(workflow, model) ? 'medium' : 'high',
          ...(evidence.length > 0 ? { relatedLocations: evidence } : {})
        })
      }
    }
    return results
  }
})
