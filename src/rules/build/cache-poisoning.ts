/**
 * Caches restored in jobs that publish or release (or build what a publishing job ships). The Actions cache
 * of the default branch can be written by any code that runs in its scope, including a pwn request or an
 * injection in a `pull_request_target` / `issue_comment` workflow; a release built from a poisoned cache
 * ships the attacker's code under your signature.
 */
import type { Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import {
  ancestors,
  cacheRestores,
  nodeLocation,
  privilegedUntrustedEvents,
  publishingSteps,
  publishingTrigger,
  trackerFor,
  type Job,
  type WorkflowDoc,
  type WorkflowModel
} from '../../workflow/index.js'
import { dedupeResults } from '../../workflow/rule-helpers.js'
import { cacheWritersFact, runsUntrustedCode } from '../../workflow/cache-writers.js'

/** Workflows where outsiders can run code in the default branch's cache scope: this group's, precisely, and the rest of the repository's. */
function cacheWriters(model: WorkflowModel, elsewhere: string[]): string[] {
  const tracker = trackerFor(model)
  const out = new Set(model.workflows.filter((workflow) => runsUntrustedCode(workflow, model, tracker)).map((workflow) => workflow.path))
  for (const path of elsewhere) out.add(path)
  return [...out].sort()
}

export const cachePoisoning = defineWorkflowRule({
  meta: {
    id: 'cache-poisoning',
    area: 'build',
    severity: 'medium',
    title: 'Cache restored in a release or publishing job',
    rationale:
      'Caches are shared across workflows of a branch. Code an outsider gets to run in the default branch\'s scope (a pwn request, an injection) can plant a cache entry that a later release job restores and ships.',
    remediation: 'Build releases from a clean state: disable caching in jobs that publish (and in the jobs that build what they publish).',
    references: ['zizmor: cache-poisoning', 'https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/', 'SLSA Build L3 (isolated builds)'],
    access: { token: 'none' }
  },
  uses: [cacheWritersFact],
  defaultOptions: {},
  model(model, ctx) {
    const results: RuleResult[] = []
    let writers: string[] | null = null
    for (const workflow of model.workflows) {
      const publishing = workflow.jobs.map((job) => ({ job, evidence: publishingSteps(job) })).filter((entry) => entry.evidence.length > 0)
      const atRisk = new Map<Job, string>()
      for (const { job, evidence } of publishing) {
        atRisk.set(job, `publishes (${evidence[0]!.what})`)
        for (const upstream of ancestors(job)) if (!atRisk.has(upstream)) atRisk.set(upstream, `builds for job ${job.id}, which publishes (${evidence[0]!.what})`)
      }
      // A release workflow (by its triggers) publishes through some job even when no command is recognised.
      const trigger = publishing.length === 0 ? publishingTrigger(workflow) : null
      if (trigger) for (const job of workflow.jobs) atRisk.set(job, `is in a release workflow (it ${trigger})`)
      if (atRisk.size === 0) continue
      for (const [job, why] of atRisk) {
        for (const cache of cacheRestores(job)) {
          if (!writers) {
            const elsewhere = ctx.fact(cacheWritersFact)
            writers = cacheWriters(model, elsewhere.known ? elsewhere.value : [])
          }
          const exposed = writers.filter((path) => path !== workflow.path || privilegedUntrustedEvents(workflow as WorkflowDoc, model).length > 0)
          const severity: Severity = exposed.length > 0 ? 'high' : cache.when ? 'low' : 'medium'
          results.push({
            status: 'fail',
            severity,
            message: `job ${job.id} ${why} and restores a cache (${cache.what}${cache.when ? `, ${cache.when}` : ''})${exposed.length > 0 ? `; outsiders can already run code in this repository's cache scope through ${exposed.slice(0, 3).join(', ')}${exposed.length > 3 ? ` and ${exposed.length - 3} more` : ''}` : ''}`,
            location: nodeLocation(workflow, cache.input?.node ?? cache.step.uses?.node ?? cache.step.node),
            fix: cache.fix
          })
        }
      }
    }
    return dedupeResults(results)
  }
})
