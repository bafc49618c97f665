/**
 * GITHUB_TOKEN permissions broader than the workflow needs: no `permissions:` at all (the repository
 * default), `write-all`, write scopes that no step of the job uses (inferred from the steps' actions and
 * commands, silent when a step could use the token invisibly), and `id-token: write` in a workflow that
 * outsiders can trigger with privileges.
 */
import type { Location, Severity } from '../../model/finding.js'
import type { RuleResult } from '../../model/rule.js'
import { defineWorkflowRule } from '../../workflow/kit.js'
import {
  blocksForks,
  gatesFor,
  nodeLocation,
  type Gate,
  outsiderInputIn,
  privilegedUntrustedEvents,
  scopeNeeds,
  trackerFor,
  type Job,
  type Permissions,
  type WorkflowDoc,
  type WorkflowModel
} from '../../workflow/index.js'

export const MINIMAL_PERMISSIONS_FIX = 'permissions: {}   # then grant each job only what it uses, e.g. `permissions: { contents: read }`'

function isReusableOnly(workflow: WorkflowDoc): boolean {
  return workflow.triggers.length > 0 && workflow.triggers.every((trigger) => trigger.event === 'workflow_call')
}

/** A minimal `permissions:` block for a job: `contents: read` plus the write scopes it was seen to need. */
export function minimalPermissions(job: Job, needed: Set<string>, indent = ''): string {
  const lines = [`${indent}permissions:`]
  const scopes = new Map<string, string>()
  if (job.steps.some((step) => step.uses?.name === 'actions/checkout') || !needed.has('contents')) scopes.set('contents', 'read')
  for (const scope of [...needed].sort()) scopes.set(scope, 'write')
  if (scopes.size === 0) return `${indent}permissions: {}`
  for (const [scope, level] of [...scopes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) lines.push(`${indent}  ${scope}: ${level}`)
  return lines.join('\n')
}

function writeScopes(permissions: Permissions | undefined): string[] {
  if (!permissions || permissions.form !== 'map') return []
  return [...permissions.scopes].filter(([, entry]) => entry.level === 'write').map(([scope]) => scope)
}

function auditWorkflow(workflow: WorkflowDoc, model: WorkflowModel, results: RuleResult[]): void {
  const privileged = privilegedUntrustedEvents(workflow, model)
  const risky = privileged.length > 0
  const top = workflow.permissions
  const at = (node: Parameters<typeof nodeLocation>[1]): Location => nodeLocation(workflow, node)
  // On a privileged event, the grade is high only for jobs outsiders' input visibly reaches.
  const tracker = risky ? trackerFor(model) : null
  // A job outsiders' input reaches; one without gates first. A job behind a maintainer's action (a label, an
  // author-association or actor check) is still reached, with that approval: it lowers the grade one step.
  const reachedBy = (jobs: Job[]): { job: Job; how: string; gates: Gate[] } | undefined => {
    if (!tracker) return undefined
    const reached = jobs
      .map((job) => ({ job, how: outsiderInputIn(job, tracker), gates: gatesFor(job) }))
      .filter((entry): entry is { job: Job; how: string; gates: Gate[] } => entry.how !== null)
    return reached.find((entry) => entry.gates.length === 0) ?? reached[0]
  }

  // write-all
  if (top?.form === 'write-all' && top.node) {
    results.push({
      status: 'fail',
      severity: risky ? 'critical' : 'high',
      message: `the workflow grants write-all to the GITHUB_TOKEN${risky ? ` on ${privileged.join(', ')}` : ''}`,
      location: at(top.node),
      fix: MINIMAL_PERMISSIONS_FIX
    })
  }
  for (const job of workflow.jobs) {
    if (job.permissions?.form === 'write-all' && job.permissions.node) {
      results.push({
        status: 'fail',
        severity: risky ? 'critical' : 'high',
        message: `job ${job.id} grants write-all to the GITHUB_TOKEN`,
        location: at(job.permissions.node),
        fix: minimalPermissions(job, neededOrEmpty(job), '    ')
      })
    }
  }

  // missing: high on a privileged event only when outsiders' input visibly reaches one of those jobs
  // (their code, their text expanded into a step, a local action handling the payload); a bot that
  // labels or comments with fixed arguments is medium, as on any other event.
  const jobsWithout = workflow.jobs.filter((job) => !job.permissions)
  if (!top && jobsWithout.length > 0 && !isReusableOnly(workflow)) {
    const anchor = workflow.jobsKey ?? workflow.on?.keyNode
    const reached = reachedBy(jobsWithout)
    const onEvents = risky ? ` on ${privileged.join(', ')}, which outsiders can trigger` : ''
    const lowered = reached && reached.gates.length > 0 ? `; lowered because ${reached.gates.map((gate) => gate.note).join(', ')}` : ''
    const why = !risky ? '' : reached ? ` (job ${reached.job.id}, ${reached.how}${lowered})` : '; no step of these jobs visibly handles their code or text'
    results.push({
      status: 'fail',
      severity: reached && reached.gates.length === 0 ? 'high' : 'medium',
      message: `no permissions: block at the top of the workflow, and job${jobsWithout.length > 1 ? 's' : ''} ${jobsWithout.map((job) => job.id).join(', ')} set${jobsWithout.length > 1 ? '' : 's'} none: the token gets the repository default${onEvents}${why}`,
      ...(anchor ? { location: at(anchor) } : {}),
      fix: missingFix(workflow, jobsWithout)
    })
  }

  // write scopes no step needs: job-level blocks
  for (const job of workflow.jobs) {
    const own = writeScopes(job.permissions)
    if (own.length === 0) continue
    const needs = scopeNeeds(job)
    if (!needs.known) continue
    for (const scope of own) {
      if (needs.scopes.has(scope)) continue
      const entry = job.permissions!.scopes.get(scope)!
      results.push({
        status: 'fail',
        severity: reachedBy([job]) ? 'high' : 'medium',
        message: `job ${job.id} grants ${scope}: write, but none of its steps needs it`,
        location: at(entry.keyNode),
        fix: minimalPermissions(job, needs.scopes, '    ')
      })
    }
  }

  // write scopes no step needs: the workflow-level block, for the jobs that inherit it
  const inheriting = workflow.jobs.filter((job) => !job.permissions)
  if (top && inheriting.length > 0) {
    const analyses = inheriting.map((job) => ({ job, needs: scopeNeeds(job) }))
    if (analyses.every((a) => a.needs.known)) {
      for (const scope of writeScopes(top)) {
        const users = analyses.filter((a) => a.needs.known && a.needs.scopes.has(scope)).map((a) => a.job.id)
        const entry = top.scopes.get(scope)!
        if (users.length === 0) {
          results.push({
            status: 'fail',
            severity: reachedBy(inheriting) ? 'high' : 'medium',
            message: `the workflow grants ${scope}: write to ${inheriting.length === 1 ? `job ${inheriting[0]!.id}` : `jobs ${inheriting.map((j) => j.id).join(', ')}`}, but no step needs it`,
            location: at(entry.keyNode),
            fix: inheriting.length === 1 ? minimalPermissions(inheriting[0]!, (analyses[0]!.needs as { scopes: Set<string> }).scopes) : MINIMAL_PERMISSIONS_FIX
          })
        } else if (users.length < inheriting.length) {
          const others = inheriting.filter((job) => !users.includes(job.id)).map((job) => job.id)
          results.push({
            status: 'fail',
            severity: 'low',
            message: `the workflow grants ${scope}: write to every job, but only ${users.join(', ')} need${users.length === 1 ? 's' : ''} it (not ${others.join(', ')}): move it to the job level`,
            location: at(entry.keyNode),
            fix: `permissions: {}   # at the top; then in ${users.join(', ')}: permissions: { ${scope}: write }`
          })
        }
      }
    }
  }

  // id-token: write where outsiders can trigger the workflow with privileges
  if (risky) {
    for (const job of workflow.jobs) {
      const permissions = job.permissions ?? top
      const entry = permissions?.form === 'map' ? permissions.scopes.get('id-token') : undefined
      if (!entry || entry.level !== 'write') continue
      const gates = gatesFor(job)
      if (blocksForks(gates)) continue
      const severity: Severity = gates.length > 0 ? 'medium' : 'high'
      results.push({
        status: 'fail',
        severity,
        message: `job ${job.id} can mint OIDC tokens (id-token: write) on ${privileged.join(', ')}, which outsiders can trigger: any code injected there can assume the cloud or registry identities that trust this repository${gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(', ')}` : ''}`,
        location: at(entry.keyNode),
        fix: 'Move the job that needs id-token into a workflow triggered by push/release (or behind an environment with reviewers).'
      })
    }
  }
}

/** `permissions: {}` at the top and, for each job whose needs are known, its minimal block. */
function missingFix(workflow: WorkflowDoc, jobsWithout: Job[]): string {
  if (workflow.jobs.length === 1 && jobsWithout.length === 1 && scopeNeeds(jobsWithout[0]!).known)
    return minimalPermissions(jobsWithout[0]!, neededOrEmpty(jobsWithout[0]!))
  const lines = ['permissions: {}']
  for (const job of jobsWithout) {
    const needs = scopeNeeds(job)
    if (job.uses) lines.push(`# job ${job.id} calls a reusable workflow: grant what the called workflow uses`)
    else if (!needs.known) lines.push(`# job ${job.id}: grant what it uses (${needs.why})`)
    else lines.push(`# job ${job.id}:`, minimalPermissions(job, needs.scopes, '#   '))
  }
  return lines.join('\n')
}

function neededOrEmpty(job: Job): Set<string> {
  const needs = scopeNeeds(job)
  return needs.known ? needs.scopes : new Set()
}

export const excessivePermissions = defineWorkflowRule({
  meta: {
    id: 'excessive-permissions',
    area: 'build',
    severity: 'medium',
    title: 'Workflow token permissions broader than needed',
    rationale:
      'Without a `permissions:` block the GITHUB_TOKEN gets the repository default, which is read/write on older repositories and organizations; `write-all` grants every scope; a write scope no step uses is only useful to an attacker who compromises a step.',
    remediation: 'Add `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes it uses.',
    references: ['SSC-49', 'OSPS-BR-01', 'zizmor: excessive-permissions', 'Scorecard: Token-Permissions', 'poutine: default_permissions_on_risky_events'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  model(model) {
    const results: RuleResult[] = []
    for (const workflow of model.workflows) auditWorkflow(workflow, model, results)
    return results
  }
})
