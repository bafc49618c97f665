/** Token and secrets: what a job's `GITHUB_TOKEN` is granted and which secrets it can read. */
import { contextRefs } from '../expressions.js'
import type { Job, Permissions, Str } from '../types.js'
import { ObjectMemo } from '../../object-memo.js'

export const ALL_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses'
]

export interface TokenGrant {
  /** Where the job's permissions come from; `default` means the repository's default (maybe read/write). */
  source: 'job' | 'workflow' | 'default'
  permissions?: Permissions
  writeAll: boolean
  /** Scopes granted `write` (all of them for `write-all`). */
  writeScopes: string[]
  idToken: boolean
}

export function tokenGrant(job: Job): TokenGrant {
  const permissions = job.permissions ?? job.workflow.permissions
  const source = job.permissions ? 'job' : job.workflow.permissions ? 'workflow' : 'default'
  const grant: TokenGrant = { source, writeAll: false, writeScopes: [], idToken: false }
  if (!permissions || permissions.form === 'expression' || permissions.form === 'invalid') {
    grant.source = 'default'
    return grant
  }
  grant.permissions = permissions
  if (permissions.form === 'write-all') {
    grant.writeAll = true
    grant.writeScopes = [...ALL_SCOPES]
    grant.idToken = true
    return grant
  }
  for (const [scope, entry] of permissions.scopes) if (entry.level === 'write') grant.writeScopes.push(scope)
  grant.idToken = permissions.scopes.get('id-token')?.level === 'write'
  return grant
}

const jobStringsCache = new ObjectMemo<Job, Str[]>()

/** Every string with a `${{ }}` inside a job's definition (steps, env, with, container...). */
export function jobExpressionStrings(job: Job): Str[] {
  const cached = jobStringsCache.get(job)
  if (cached) return cached
  const out: Str[] = []
  const seen = new Set<Str>()
  const add = (str: Str | undefined | null): void => {
    if (str && str.expressions.length > 0 && !seen.has(str)) {
      seen.add(str)
      out.push(str)
    }
  }
  const addAll = (map: Map<string, { value: Str | null }>): void => {
    for (const entry of map.values()) add(entry.value)
  }
  addAll(job.env)
  addAll(job.with)
  addAll(job.outputs)
  if (job.secrets) addAll(job.secrets.entries)
  for (const container of [job.container, ...job.services]) {
    if (!container) continue
    add(container.image)
    add(container.credentials?.username)
    add(container.credentials?.password)
    addAll(container.env)
    add(container.options)
  }
  add(job.if)
  for (const step of job.steps) {
    add(step.if)
    add(step.run)
    addAll(step.env)
    addAll(step.with)
    add(step.workingDirectory)
  }
  jobStringsCache.set(job, out)
  return out
}

const secretsMemo = new ObjectMemo<Job, string[]>()

/** Names of the secrets a job can read (`GITHUB_TOKEN` excluded); `*` for `secrets: inherit` or whole-context access. */
export function secretsUsed(job: Job): string[] {
  const memo = secretsMemo.get(job)
  if (memo) return memo
  const names = new Set<string>()
  if (job.secrets?.inherit) names.add('*')
  for (const str of jobExpressionStrings(job)) {
    for (const expression of str.expressions) {
      for (const ref of contextRefs(expression.ast)) {
        if (ref.segments[0] !== 'secrets') continue
        const name = ref.segments[1]
        if (!name || name === '*') names.add('*')
        else if (name !== 'github_token') names.add(name.toUpperCase())
      }
      if (!expression.ast && /\bsecrets\b/i.test(expression.body) && !/secrets\.github_token/i.test(expression.body)) names.add('*')
    }
  }
  const out = [...names]
  secretsMemo.set(job, out)
  return out
}
