/** Small helpers the workflow rules share: result de-duplication, env-var names for fixes, reach text. */
import type { RuleResult } from '../model/rule.js'
import type { Location } from '../model/finding.js'
import { secretsUsed, tokenGrant } from './analysis/index.js'
import type { ActionDoc, Job, Step, WorkflowDoc, WorkflowModel } from './types.js'

const RANK = { critical: 5, high: 4, medium: 3, low: 2, info: 1 } as const

function key(location: Location | undefined): string {
  return location ? `${location.path}:${location.startLine}:${location.startColumn}:${location.endLine}:${location.endColumn}` : ''
}

/**
 * One result per location (an anchored block reused by several jobs is one place to fix): the most severe
 * wins. Results without a location are kept as they are.
 */
export function dedupeResults(results: RuleResult[]): RuleResult[] {
  const byKey = new Map<string, RuleResult>()
  const out: RuleResult[] = []
  for (const result of results) {
    if (!result.location) {
      out.push(result)
      continue
    }
    const k = key(result.location)
    const existing = byKey.get(k)
    if (!existing) {
      byKey.set(k, result)
      out.push(result)
    } else if (RANK[result.severity ?? 'info'] > RANK[existing.severity ?? 'info']) {
      out[out.indexOf(existing)] = result
      byKey.set(k, result)
    }
  }
  return out
}

/** An environment variable name for a context path: `github.event.pull_request.title` → `PR_TITLE`. */
export function envVarName(path: string): string {
  const segments = path
    .replace(/^github\.event\./, '')
    .replace(/^github\./, '')
    .split('.')
    .filter((segment) => segment !== '*' && segment !== 'outputs')
  const tail = segments.slice(-2).join('_')
  return (tail || 'VALUE')
    .replace(/pull_request/g, 'PR')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
}

/** How a script reads an environment variable in a given shell / language. */
export function envReference(name: string, shell: string, language: 'shell' | 'javascript' = 'shell'): string {
  if (language === 'javascript') return `process.env.${name}`
  if (/^(pwsh|powershell)/.test(shell)) return `$env:${name}`
  if (/^cmd/.test(shell)) return `%${name}%`
  if (/^python/.test(shell)) return `os.environ["${name}"]`
  return `"$${name}"`
}

/** What a job's token and secrets reach, as words for messages; `none` when nothing is reachable. */
export function reachOf(job: Job): { text: string; level: 'write' | 'default' | 'read' | 'none'; secrets: string[] } {
  const grant = tokenGrant(job)
  const secrets = secretsUsed(job)
  const parts: string[] = []
  let level: 'write' | 'default' | 'read' | 'none' = 'none'
  if (grant.writeAll) parts.push('a write-all token')
  else if (grant.writeScopes.length > 0) parts.push(`a token with ${grant.writeScopes.map((s) => `${s}: write`).join(', ')}`)
  else if (grant.source === 'default') parts.push('a token with the repository default permissions (read/write on older repositories)')
  if (secrets.length > 0) parts.push(secrets.includes('*') ? 'all the repository secrets' : `secrets ${secrets.join(', ')}`)
  if (grant.writeAll || grant.writeScopes.length > 0 || secrets.length > 0) level = 'write'
  else if (grant.source === 'default') level = 'default'
  else if (grant.permissions && grant.permissions.form !== 'empty' && grant.permissions.scopes.size > 0) level = 'read'
  else if (grant.permissions?.form === 'read-all') level = 'read'
  return { text: parts.join(' and ') || (level === 'read' ? 'a read-only token' : 'no token scopes and no secrets'), level, secrets }
}

/** `job build, step 3 (Build)` for messages. */
export function stepLabel(step: Step): string {
  const name = step.name?.value ?? step.id?.value ?? step.uses?.raw.trim()
  const where = step.job ? `job ${step.job.id}, ` : ''
  return `${where}step ${step.index + 1}${name ? ` (${name.length > 60 ? `${name.slice(0, 57)}...` : name})` : ''}`
}

/** Every step of the model: the workflows' steps with their job, then the composite actions' (job null). */
export function eachStep(model: WorkflowModel, visit: (doc: WorkflowDoc | ActionDoc, job: Job | null, step: Step) => void): void {
  for (const workflow of model.workflows) for (const job of workflow.jobs) for (const step of job.steps) visit(workflow, job, step)
  for (const action of model.actions) for (const step of action.runs?.steps ?? []) visit(action, null, step)
}
