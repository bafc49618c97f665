/**
 * Caches restored in jobs that publish or release (or build what a publishing job ships). The Actions cache
 * of the default branch can be written by any code that runs in its scope, including a pwn request or an
 * injection in a `pull_request_target` / `issue_comment` workflow; a release built from a poisoned cache
 * ships the attacker's code under your signature.
 */
import type { Confidence, Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule, related, stepLocation, triggerLocations } from '../../workflow/kit.js'
import {
  ancestors,
  cacheRestores,
  nodeLocation,
  privilegedUntrustedEvents,
  publishingSteps,
  publishingTrigger,
  trackerFor,
  type CacheUse,
  type Job,
  type Step,
  type WorkflowDoc,
  type WorkflowModel
} from '../../workflow/index.js'
import { dedupeResults, stepLabel } from '../../workflow/rule-helpers.js'
import { cacheWritersFact, runsUntrustedCode } from '../../workflow/cache-writers.js'

/** Workflows where outsiders can run code in the default branch's cache scope: this group's, precisely, and the rest of the repository's. */
function cacheWriters(model: WorkflowModel, elsewhere: string[]): string[] {
  const tracker = trackerFor(model)
  const out = new Set(model.workflows.filter((workflow) => runsUntrustedCode(workflow, model, tracker)).map((workflow) => workflow.path))
  for (const path of elsewhere) out.add(path)
  return [...out].sort()
}

/**
 * `high` when the job itself publishes and turns the cache on explicitly (`actions/cache`, a `cache:`
 * input) unconditionally; `medium` when the cache is an action's default (which depends on its version and
 * the project's files), holds only in some cases, or the job only builds for a publishing job (whether its
 * output ships is not visible here).
 */
function cacheConfidence(cache: CacheUse, publishesItself: boolean): Confidence {
  const explicit = cache.input !== null || /^actions\/cache(\/restore)?$/.test(cache.what)
  return explicit && publishesItself && !cache.when ? 'high' : 'medium'
}

export const cachePoisoning = defineWorkflowRule({
  meta: {
    id: 'cache-poisoning',
    area: 'build',
    severity: 'medium',
    title: 'Cache restored in a release or publishing job',
    rationale:
      "Caches are shared across workflows of a branch. Code an outsider gets to run in the default branch's scope (a pwn request, an injection) can plant a cache entry that a later release job restores and ships.",
    remediation: 'Build releases from a clean state: disable caching in jobs that publish (and in the jobs that build what they publish).',
    references: [
      'zizmor: cache-poisoning',
      'https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/',
      'SLSA Build L3 (isolated builds)'
    ],
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
      // The publishing step each job at risk leads to, and whether the job publishes itself.
      const publishes = new Map<Job, { step: Step; what: string; itself: boolean }>()
      for (const { job, evidence } of publishing) {
        atRisk.set(job, `publishes (${evidence[0]!.what})`)
        publishes.set(job, { ...evidence[0]!, itself: true })
        for (const upstream of ancestors(job)) {
          if (atRisk.has(upstream)) continue
          atRisk.set(upstream, `builds for job ${job.id}, which publishes (${evidence[0]!.what})`)
          publishes.set(upstream, { ...evidence[0]!, itself: false })
        }
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
          const via = publishes.get(job)
          const exposed = writers.filter((path) => path !== workflow.path || privilegedUntrustedEvents(workflow as WorkflowDoc, model).length > 0)
          const severity: Severity = exposed.length > 0 ? 'high' : cache.when ? 'low' : 'medium'
          results.push({
            status: 'fail',
            severity,
            message: `job ${job.id} ${why} and restores a cache (${cache.what}${cache.when ? `, ${cache.when}` : ''})${exposed.length > 0 ? `; outsiders can already run code in this repository's cache scope through ${exposed.slice(0, 3).join(', ')}${exposed.length > 3 ? ` and ${exposed.length - 3} more` : ''}` : ''}`,
            location: nodeLocation(workflow, cache.input?.node ?? cache.step.uses?.node ?? cache.step.node),
            // A release workflow known by its triggers only: medium, pointing at the triggers.
            confidence: via ? cacheConfidence(cache, via.itself) : 'medium',
            relatedLocations: [
              ...(via
                ? [related(stepLocation(via.step), `${stepLabel(via.step)} publishes (${via.what})`)]
                : triggerLocations(workflow, ['release', 'push', 'create'], 'a release trigger')),
              ...model.workflows
                .filter((writer) => exposed.slice(0, 3).includes(writer.path))
                .flatMap((writer) =>
                  triggerLocations(writer, privilegedUntrustedEvents(writer, model), "outsiders run code in the default branch's cache scope")
                )
            ],
            fix: cache.fix
          })
        }
      }
    }
    return dedupeResults(results)
  }
})
