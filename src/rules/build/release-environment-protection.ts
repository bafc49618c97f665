/**
 * Jobs that publish with release secrets should run in a deployment environment with protection
 * (required reviewers, a wait timer, or a deployment branch policy), so that the secrets live in that
 * environment and a workflow change on another branch cannot reach them. The job's `environment:` is read
 * from the workflow; the environment's protection from GET /repos/{o}/{r}/environments.
 */
import { environmentsFact, type Environment } from '../../github/facts/actions-settings.js'
import type { RuleResult } from '../../model/rule.js'
import { nodeLocation, type Job } from '../../workflow/index.js'
import { defineWorkflowRule, input, usesAction } from '../../workflow/kit.js'
import { anyCommand, RELEASE_SECRET_ACTIONS, RELEASE_SECRET_COMMANDS } from '../../workflow/data/index.js'

const PUBLISH_COMMAND = anyCommand(RELEASE_SECRET_COMMANDS)
const PUBLISH_ACTIONS = RELEASE_SECRET_ACTIONS.map((entry) => entry.action)
const SECRET = /\bsecrets\.([A-Za-z_]\w*)|\bsecrets\[\s*'([^']+)'\s*\]/g

/** Secrets a job references (GITHUB_TOKEN excluded). */
export function jobSecrets(job: Job): string[] {
  const range = job.node?.range
  if (!range) return []
  const text = job.workflow.file.text.slice(range[0], range[1])
  const names = new Set<string>()
  for (const match of text.matchAll(SECRET)) {
    const name = match[1] ?? match[2]
    if (name && name.toUpperCase() !== 'GITHUB_TOKEN') names.add(name)
  }
  return [...names]
}

export function publishes(job: Job): boolean {
  return job.steps.some((step) => {
    if (step.run && PUBLISH_COMMAND.test(step.run.value)) return true
    if (PUBLISH_ACTIONS.some((name) => usesAction(step, name))) return true
    return usesAction(step, 'docker/build-push-action') && /^true$/i.test(input(step, 'push')?.value.trim() ?? '')
  })
}

export function isProtected(environment: Environment): boolean {
  const rules = environment.protection_rules ?? []
  const reviewers = rules.some((rule) => rule.type === 'required_reviewers' && ((rule as { reviewers?: unknown[] }).reviewers ?? []).length > 0)
  const timer = rules.some((rule) => rule.type === 'wait_timer' && ((rule as { wait_timer?: number }).wait_timer ?? 0) > 0)
  const custom = rules.some((rule) => rule.type !== 'required_reviewers' && rule.type !== 'wait_timer' && rule.type !== 'branch_policy')
  return reviewers || timer || custom || Boolean(environment.deployment_branch_policy)
}

export const releaseEnvironmentProtection = defineWorkflowRule({
  meta: {
    id: 'release-environment-protection',
    area: 'build',
    severity: 'medium',
    title: 'Release job with secrets outside a protected environment',
    rationale:
      'Repository secrets are available to every workflow on every branch: anyone who can push a branch can write a workflow that prints the publishing token. Secrets kept in a deployment environment with required reviewers or a branch policy are only released to approved runs from the right branches.',
    remediation:
      'Create an environment (e.g. `release`) with required reviewers and/or a deployment branch/tag policy, move the publishing secrets into it, and add `environment: release` to the job.',
    references: ['SSC-27', 'OSPS-BR-07.02', 'zizmor: secrets-outside-env'],
    access: {
      token: 'github-token',
      githubToken: ['actions: read'],
      fineGrained: ['Actions: read'],
      note: 'GET /repos/{owner}/{repo}/environments for the protection rules; jobs without environment fail offline'
    }
  },
  uses: [environmentsFact],
  defaultOptions: {},
  job(job, ctx) {
    if (job.uses || !publishes(job)) return null
    const secrets = jobSecrets(job)
    if (secrets.length === 0) return null
    const environment = job.environment
    const name = environment?.name?.value
    const list = secrets.slice(0, 4).join(', ') + (secrets.length > 4 ? ', ...' : '')
    if (!environment || !name) {
      return {
        status: 'fail',
        message: `job ${job.id} publishes with secrets (${list}) but runs in no deployment environment`,
        location: nodeLocation(job.workflow, job.keyNode),
        fix: 'environment: release   # with required reviewers or a deployment branch policy; move the secrets into it'
      }
    }
    if (name.includes('${{')) return null
    const location = nodeLocation(job.workflow, environment.node)
    const environments = ctx.fact(environmentsFact)
    if (!environments.known) {
      return {
        status: 'unknown',
        message: `job ${job.id} uses environment ${name}; its protection rules could not be read: ${environments.reason}`,
        location,
        ...(environments.permission ? { permission: environments.permission } : {})
      }
    }
    const found = environments.value.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase())
    const results: RuleResult[] = []
    if (!found) {
      results.push({
        status: 'fail',
        message: `job ${job.id} uses environment ${name}, which does not exist yet (GitHub creates it unprotected on first use)`,
        location
      })
    } else if (!isProtected(found)) {
      results.push({
        status: 'fail',
        message: `job ${job.id} publishes with secrets (${list}) in environment ${name}, which has no required reviewers, wait timer or deployment branch policy`,
        location
      })
    }
    return results
  }
})
