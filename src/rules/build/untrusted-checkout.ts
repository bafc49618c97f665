/**
 * A privileged workflow checks out the pull request's code (or downloads a pull-request run's artifacts)
 * without any step that visibly runs it. When a build step does follow, `pwn-request` reports the whole
 * path instead; this rule covers the checkout alone, which is one edit away from a pwn request and
 * leaves attacker files (config, `.npmrc`, git hooks, scripts) in a privileged workspace.
 */
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import { applyGates, executionsAfter, gatesFor, privilegedUntrustedEvents, trackerFor, untrustedCheckouts, type Grade } from '../../workflow/index.js'
import { dedupeResults, reachOf, stepLabel } from '../../workflow/rule-helpers.js'
import { checkoutConfidence, checkoutLocation, pathLocations } from './pwn-request-support.js'

export const untrustedCheckout = defineWorkflowRule({
  meta: {
    id: 'untrusted-checkout',
    area: 'build',
    severity: 'medium',
    title: 'Pull request code checked out in a privileged workflow',
    rationale:
      "The pull request's files land in a workspace that runs with the base repository's token and secrets. Any tool that later reads them (a linter config, `.npmrc`, a git hook, an action from `./`) can run the attacker's code.",
    remediation:
      'Check out the pull request only in `pull_request` workflows. If the privileged workflow must read PR files, check them out into a separate `path:`, never execute or source anything from it, and set `persist-credentials: false`.',
    references: [
      'Scorecard: Dangerous-Workflow (untrusted checkout)',
      'poutine: untrusted_checkout_exec',
      'https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/'
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
        for (const checkout of untrustedCheckouts(job, tracker)) {
          if (executionsAfter(job, checkout.step, checkout.path).length > 0) continue // reported by pwn-request
          const reach = reachOf(job)
          const base: Grade = reach.level === 'write' || reach.level === 'default' ? 'medium' : 'low'
          const gates = gatesFor(job, checkout.step)
          const isolated = checkout.path ? ` into ${checkout.path}/` : ''
          results.push({
            status: 'fail',
            severity: applyGates(base, gates),
            message: `${stepLabel(checkout.step)} ${checkout.what}${isolated} on ${events.join('/')}, in a job with ${reach.text}; no step visibly runs it, but any tool reading those files can${gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(', ')}` : ''}`,
            location: checkoutLocation(workflow, checkout),
            confidence: checkoutConfidence(workflow, model, events, checkout),
            relatedLocations: pathLocations(workflow, events)
          })
        }
      }
    }
    return dedupeResults(results)
  }
})
