/**
 * Analyses shared by the workflow audits: what triggers a workflow and who can trigger it, what a job's
 * token and secrets reach, which gates (same-repository checks, labels, environments...) guard a job,
 * untrusted checkouts and the code execution that follows them, publishing and cache restores, and taint
 * across expressions, `env`, `$GITHUB_ENV`, `$GITHUB_OUTPUT`, `steps.*.outputs` and `needs.*.outputs`.
 */
import { isMap, isScalar, isSeq, type Node } from '../workspace/yaml-ast.js'
import { capabilityOf, FORK_REACHABLE_EVENTS, PRIVILEGED_UNTRUSTED_EVENTS } from './contexts.js'
import { conditionExpressions, expressionNodeSpan } from './build.js'
import { contextRefs, valueRefs, walkExpression, type ExprNode } from './expressions.js'
import { codeExecutions, commands, envFileWrites, expandedVariables, scriptCalls, words } from './shell.js'
import type { ActionDoc, Expression, Job, Permissions, Step, Str, WorkflowDoc, WorkflowModel } from './types.js'
import { ObjectMemo } from '../object-memo.js'
import { publishCommands, publishingAction } from './publishing.js'
import { scriptOutputShape, shellValueShape } from './output-shape.js'

// ---------------------------------------------------------------------------------------------------
// Triggers

export function eventNames(workflow: WorkflowDoc): Set<string> {
  return new Set(workflow.triggers.map((trigger) => trigger.event))
}

/**
 * Privileged events an outsider can trigger (`pull_request_target`, `issue_comment`, `workflow_run`...).
 * A `workflow_run` is counted only when one of the upstream workflows it names can itself be triggered
 * from a fork (or the upstream is not in the repository, so it is unknown).
 */
export function privilegedUntrustedEvents(workflow: WorkflowDoc, model?: WorkflowModel): string[] {
  const memo = model ? privilegedMemo.get(workflow) : undefined
  if (memo) return memo
  const out = computePrivileged(workflow, model)
  if (model) privilegedMemo.set(workflow, out)
  return out
}

const privilegedMemo = new ObjectMemo<WorkflowDoc, string[]>()

function computePrivileged(workflow: WorkflowDoc, model?: WorkflowModel): string[] {
  const out: string[] = []
  for (const trigger of workflow.triggers) {
    if (!PRIVILEGED_UNTRUSTED_EVENTS.has(trigger.event)) continue
    if (trigger.event === 'workflow_run' && model && !workflowRunReachable(trigger.filters.get('workflows') ?? [], model)) continue
    if (!out.includes(trigger.event)) out.push(trigger.event)
  }
  return out
}

/** Whether any upstream workflow of a `workflow_run` trigger can be started by an outsider. */
export function workflowRunReachable(upstreamNames: string[], model: WorkflowModel): boolean {
  if (upstreamNames.length === 0) return true
  for (const name of upstreamNames) {
    const upstream = model.workflows.filter((wf) => (wf.name?.value ?? wf.path.replace(/^.*\//, '')) === name)
    if (upstream.length === 0) return true // not in this repository (or named by a pattern): assume reachable
    if (upstream.some((wf) => wf.triggers.some((t) => FORK_REACHABLE_EVENTS.has(t.event)))) return true
  }
  return false
}

export function forkReachable(workflow: WorkflowDoc): boolean {
  return workflow.triggers.some((trigger) => FORK_REACHABLE_EVENTS.has(trigger.event))
}

// ---------------------------------------------------------------------------------------------------
// Token and secrets

export const ALL_SCOPES = [
  'actions', 'attestations', 'checks', 'contents', 'deployments', 'discussions', 'id-token', 'issues', 'models', 'packages', 'pages',
  'pull-requests', 'repository-projects', 'security-events', 'statuses'
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

// ---------------------------------------------------------------------------------------------------
// Gates

export type GateKind = 'same-repository' | 'not-fork' | 'label' | 'author-association' | 'actor' | 'environment'

export interface Gate {
  kind: GateKind
  /** What it is, for messages. */
  note: string
  /** For an author-association gate: whose association it checks (e.g. `github.event.comment`). */
  subject?: string
}

const TRUSTED_ASSOCIATIONS = /^(owner|member|collaborator)$/i

/** Conjuncts of a condition: the nodes joined by top-level `&&` (a gate inside `||` or `!` guards nothing alone). */
function conjuncts(node: ExprNode | null): ExprNode[] {
  if (!node) return []
  if (node.kind === 'binary' && node.op === '&&') return [...conjuncts(node.left), ...conjuncts(node.right)]
  return [node]
}

function literalOf(node: ExprNode): string | boolean | number | null | undefined {
  return node.kind === 'literal' ? node.value : undefined
}

function gateOf(node: ExprNode): Gate | null {
  if (node.kind === 'not' && node.operand.kind === 'context' && /\.head\.repo\.fork$|\.head_repository\.fork$/.test(node.operand.path)) {
    return { kind: 'not-fork', note: 'the head repository is not a fork' }
  }
  if (node.kind === 'binary' && (node.op === '==' || node.op === '!=')) {
    const sides = [node.left, node.right]
    const paths = sides.flatMap((side) => (side.kind === 'context' ? [side.path] : []))
    const literal = sides.map(literalOf).find((value) => value !== undefined)
    const negated = node.op === '!='
    if (paths.some((p) => /head\.repo\.full_name$|head_repository\.full_name$/.test(p)) && paths.includes('github.repository') && !negated) {
      return { kind: 'same-repository', note: 'the pull request comes from this repository' }
    }
    if (paths.some((p) => /head\.repo\.owner\.login$/.test(p)) && paths.includes('github.repository_owner') && !negated) {
      return { kind: 'same-repository', note: 'the pull request comes from this repository owner' }
    }
    if (paths.some((p) => /\.head\.repo\.fork$|\.head_repository\.fork$/.test(p)) && ((literal === false && !negated) || (literal === true && negated))) {
      return { kind: 'not-fork', note: 'the head repository is not a fork' }
    }
    const association = paths.find((p) => p.endsWith('.author_association'))
    if (association && typeof literal === 'string' && TRUSTED_ASSOCIATIONS.test(literal) && !negated) {
      return { kind: 'author-association', note: `the author is a ${literal.toLowerCase()}`, subject: association.replace(/\.author_association$/, '') }
    }
    if (paths.some((p) => p === 'github.event.label.name') && typeof literal === 'string' && !negated) {
      return { kind: 'label', note: `a maintainer added the label "${literal}"` }
    }
    if (paths.some((p) => p === 'github.actor' || p === 'github.triggering_actor' || /\.(user|sender|comment\.user)\.login$/.test(p)) && typeof literal === 'string' && !literal.toLowerCase().endsWith('[bot]') && !negated) {
      return { kind: 'actor', note: `only ${literal} can trigger it` }
    }
  }
  if (node.kind === 'call' && node.name === 'contains' && node.args.length === 2) {
    const [haystack, needle] = node.args as [ExprNode, ExprNode]
    if (haystack.kind === 'context' && /labels\.\*\.name$/.test(haystack.path) && needle.kind === 'literal') {
      return { kind: 'label', note: `the pull request carries the label "${String(needle.value)}"` }
    }
    if (needle.kind === 'context' && needle.path.endsWith('.author_association') && haystack.kind !== 'context') {
      // `contains(fromJSON('["OWNER","MEMBER"]'), x)` or `contains('OWNER,MEMBER', x)`: a gate only when every listed association is trusted.
      const listed = associationsListed(haystack)
      if (listed && listed.length > 0 && listed.every((value) => TRUSTED_ASSOCIATIONS.test(value))) {
        return { kind: 'author-association', note: 'the author is a trusted member', subject: needle.path.replace(/\.author_association$/, '') }
      }
    }
  }
  return null
}

/** The associations a `contains()` haystack lists: `fromJSON('[…]')`, an array literal string, or a comma-separated string; null when not literal. */
function associationsListed(node: ExprNode): string[] | null {
  let text: unknown
  if (node.kind === 'literal') text = node.value
  else if (node.kind === 'call' && node.name === 'fromjson' && node.args.length === 1 && node.args[0]!.kind === 'literal') text = node.args[0]!.value
  if (typeof text !== 'string') return null
  try {
    const parsed: unknown = JSON.parse(text)
    if (Array.isArray(parsed)) return parsed.every((item) => typeof item === 'string') ? (parsed as string[]) : null
  } catch {
    // not JSON: a plain string, searched as a substring
  }
  return text.split(/[\s,|]+/).filter((part) => part.length > 0)
}

/** Gates that guard a job (its `if:` and `environment:`) and, optionally, one of its steps. */
export function gatesFor(job: Job, step?: Step): Gate[] {
  const gates: Gate[] = []
  const conditions = [job.if, step?.if].filter((str): str is Str => str !== undefined)
  for (const condition of conditions) {
    for (const expression of conditionExpressions(job.workflow.file, condition)) {
      for (const conjunct of conjuncts(expression.ast)) {
        const gate = gateOf(conjunct)
        if (gate && !gates.some((g) => g.kind === gate.kind)) gates.push(gate)
      }
    }
  }
  if (step && !gates.some((gate) => gate.kind === 'author-association')) {
    const check = job.steps.slice(0, step.index).find(stopsUntrustedAuthors)
    if (check) gates.push({ kind: 'author-association', note: `step ${check.index + 1} stops the job unless the author is a trusted member` })
  }
  if (job.environment) {
    gates.push({ kind: 'environment', note: `it deploys to environment ${job.environment.name?.value ?? '(named by an expression)'} (required reviewers cannot be checked offline)` })
  }
  return gates
}

/**
 * An earlier step that fails the job unless the event's author is trusted: an unconditional
 * `actions/github-script` or `run:` that reads the author association (or the collaborator permission)
 * and then fails (`core.setFailed`, `throw`, `exit 1`). Later steps do not run for outsiders.
 */
function stopsUntrustedAuthors(step: Step): boolean {
  const soft = step.continueOnError !== undefined && !(isScalar(step.continueOnError) && String(step.continueOnError.value).toLowerCase() === 'false')
  if (step.if || soft) return false
  const text = step.uses?.name === 'actions/github-script' ? (step.with.get('script')?.value?.value ?? '') : step.uses ? '' : (step.run?.value ?? '')
  if (!/author_association|authorAssociation|getCollaboratorPermissionLevel|\/collaborators\/[^\s'"]*\/permission/i.test(text)) return false
  // A list naming CONTRIBUTOR (anyone with one merged pull request) or NONE cannot be told apart from a
  // deny-list here; count it as no gate (the higher grade).
  if (/CONTRIBUTOR|FIRST_TIMER|\bNONE\b/.test(text)) return false
  return step.uses ? /core\.setFailed\(|\bthrow\b|process\.exit\(\s*[1-9]/.test(text) : /\bexit\s+[1-9]/.test(text)
}

/** Gates that stop outsiders entirely (the pull request must come from this repository). */
export function blocksForks(gates: Gate[]): boolean {
  return gates.some((gate) => gate.kind === 'same-repository' || gate.kind === 'not-fork')
}

// ---------------------------------------------------------------------------------------------------
// Severity helpers

export type Grade = 'critical' | 'high' | 'medium' | 'low' | 'info'
const GRADES: Grade[] = ['info', 'low', 'medium', 'high', 'critical']

export function lower(grade: Grade, steps = 1): Grade {
  return GRADES[Math.max(0, GRADES.indexOf(grade) - steps)]!
}

export function maxGrade(a: Grade, b: Grade): Grade {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b
}

/** Lowers a grade for each kind of gate: one level per distinct gate (two at most), to `info` when forks are blocked. */
export function applyGates(grade: Grade, gates: Gate[]): Grade {
  if (blocksForks(gates)) return 'info'
  return lower(grade, Math.min(2, new Set(gates.map((gate) => gate.kind)).size))
}

// ---------------------------------------------------------------------------------------------------
// Taint

export type TaintLevel = 'arbitrary' | 'structured' | 'dynamic' | 'input'
const TAINT_RANK: Record<TaintLevel, number> = { arbitrary: 4, structured: 3, dynamic: 2, input: 1 }

export interface Taint {
  level: TaintLevel
  /** The original context, e.g. `github.event.pull_request.title`. */
  origin: string
  /** How it got here, e.g. [`env.TITLE`, `steps.meta.outputs.title`]. */
  via: string[]
}

function stronger(a: Taint | null, b: Taint | null): Taint | null {
  if (!a) return b
  if (!b) return a
  return TAINT_RANK[b.level] > TAINT_RANK[a.level] ? b : a
}

function through(taint: Taint | null, hop: string): Taint | null {
  return taint ? { ...taint, via: [...taint.via, hop] } : null
}

/** Actions whose outputs carry attacker-controlled text (file names of a PR, comment bodies, head branches). */
const TAINTED_ACTION_OUTPUTS: Array<{ name: string; outputs: RegExp | '*'; origin: string }> = [
  { name: 'tj-actions/changed-files', outputs: '*', origin: 'file names changed by the pull request' },
  { name: 'step-security/changed-files', outputs: '*', origin: 'file names changed by the pull request' },
  { name: 'jitterbit/get-changed-files', outputs: '*', origin: 'file names changed by the pull request' },
  { name: 'ana06/get-changed-files', outputs: '*', origin: 'file names changed by the pull request' },
  { name: 'lots0logs/gh-action-get-changed-files', outputs: '*', origin: 'file names changed by the pull request' },
  { name: 'trilom/file-changes-action', outputs: '*', origin: 'file names changed by the pull request' },
  { name: 'dorny/paths-filter', outputs: /_files$/, origin: 'file names changed by the pull request' },
  { name: 'xt0rted/pull-request-comment-branch', outputs: /^head_ref$/, origin: 'the pull request head branch' },
  { name: 'gotson/pull-request-comment-branch', outputs: /^head_ref$/, origin: 'the pull request head branch' },
  { name: 'potiuk/get-workflow-origin', outputs: /branch|label|title/i, origin: 'the triggering pull request' },
  { name: 'peter-evans/find-comment', outputs: /^comment-body$/, origin: 'a comment body' },
  { name: '8bitjonny/gh-get-current-pr', outputs: /^pr_(title|body|branch)$/, origin: 'the pull request title, body or branch' }
]

/** Commands whose output is attacker-written text (in workflows that handle outside contributions). */
const UNTRUSTED_COMMAND = /\bgit\s+log\b.*(%s|%b|%B|--format|--pretty)|\bgit\s+show\b.*(%s|%b|%B)|\bgh\s+pr\s+view\b|\bgh\s+issue\s+view\b|\bgh\s+api\b.*(pulls|issues|comments)|\bjq\b.*\b(title|body|head\.ref|message|head_branch)\b|\$GITHUB_EVENT_PATH|\$\{GITHUB_EVENT_PATH\}/

/** `text` as a literal inside a regular expression. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Whether every `core.setOutput('<name>', value)` of a script sets a value that cannot hold text from the
 * event: a literal, a number (`Number(x)`, `parseInt(x)`, `x.length`) or a yes/no answer (`===`, `!==`,
 * `.includes(…)`, `.startsWith(…)`, `.test(…)`, `!x`) without `?`, `||` or `&&`, which could return an
 * operand. False when the script never sets it (then nothing is known).
 */
export function inertOutput(script: string, name: string): boolean {
  const setter = new RegExp(String.raw`core\.setOutput\(\s*(['"\x60])` + escapeRegExp(name) + String.raw`\1\s*,`, 'gi')
  let found = false
  for (const match of script.matchAll(setter)) {
    const value = callArgument(script, (match.index ?? 0) + match[0].length)
    if (value === null || !inertValue(value.trim())) return false
    found = true
  }
  return found
}

const LITERAL = /^(?:true|false|null|-?\d+(?:\.\d+)?|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`$\\]*`)$/
const NUMBER = /^(?:Number|parseInt|parseFloat|Math\.\w+)\([^?]*\)$|^[\w.$]+\.length$/
const YES_NO = /===|!==|\.(?:includes|startsWith|endsWith|test|some|every|has)\(|^!/

function inertValue(value: string): boolean {
  if (LITERAL.test(value) || NUMBER.test(value)) return true
  return YES_NO.test(value) && !/\?|\|\||&&/.test(value)
}

/** The text of a call's argument that starts at `from`, up to the `,` or `)` that ends it; null if unbalanced. */
function callArgument(text: string, from: number): string | null {
  let depth = 0
  let quote: string | null = null
  for (let i = from; i < text.length; i += 1) {
    const c = text[i]!
    if (quote) {
      if (c === '\\') i += 1
      else if (c === quote) quote = null
      continue
    }
    if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '(' || c === '[' || c === '{') depth += 1
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return text.slice(from, i)
      depth -= 1
    } else if (c === ',' && depth === 0) return text.slice(from, i)
  }
  return null
}

/** Event text read inside an `actions/github-script` script. */
const PAYLOAD_TEXT = /context\.payload\.(?:pull_request|issue|comment|review|discussion|head_commit)\.(?:title|body|head\.ref|message|head\.label)\b|context\.payload\.comment\.body|\.data\.(?:title|body)\b/

/** Commands that print a file's contents. */
const READS_FILE = /\$\(\s*<|\b(cat|head|tail|jq|yq|sed|awk|cut|tr|xargs|unzip\s+-p|base64)\b[^|;&]*\s[\w./-]*\w/

function stepLabelOf(step: Step): string {
  return `step ${step.index + 1}${step.uses ? ` (${step.uses.name})` : ''}`
}

/** Workflow-dispatch and workflow-call inputs that cannot hold shell syntax. */
function inputIsInert(workflow: WorkflowDoc | null, action: ActionDoc | null, name: string): boolean {
  const defs = workflow ? workflow.triggers.flatMap((t) => (t.inputs.has(name) ? [t.inputs.get(name)!] : [])) : action?.inputs.has(name) ? [action.inputs.get(name)!] : []
  if (defs.length === 0) return false
  return defs.every((def) => def.type === 'boolean' || def.type === 'number' || def.type === 'choice' || def.type === 'environment')
}

/** Variables the runner sets from the event (`GITHUB_HEAD_REF` is the pull request's branch name). */
const RUNNER_VARIABLES = new Map([
  ['GITHUB_HEAD_REF', 'github.head_ref'],
  ['GITHUB_REF_NAME', 'github.ref_name'],
  ['GITHUB_REF', 'github.ref']
])

export interface TaintSite {
  job: Job | null
  step: Step | null
  action: ActionDoc | null
}

/**
 * Taint tracking for one model. Memoised per job and step; cycles (`needs` loops) end as untainted.
 */
export class TaintTracker {
  private readonly jobOutputsMemo = new Map<Job, Map<string, Taint | null>>()
  private readonly stepWritesMemo = new Map<Step, { outputs: Map<string, Taint>; env: Map<string, Taint> }>()
  private readonly inProgress = new Set<unknown>()

  /** Strongest taint that reaches the value of an expression evaluated at `site`. */
  expressionTaint(expression: Pick<Expression, 'ast' | 'body'>, site: TaintSite): Taint | null {
    let result: Taint | null = null
    if (expression.ast) {
      for (const ref of valueRefs(expression.ast)) result = stronger(result, this.contextTaint(ref.path, site))
      return result
    }
    for (const match of expression.body.matchAll(/[A-Za-z_][\w-]*(?:\.[\w*-]+)+/g)) result = stronger(result, this.contextTaint(match[0].toLowerCase(), site))
    return result
  }

  /** Taint of a context path (lower case, indices as `*`) evaluated at `site`. */
  contextTaint(path: string, site: TaintSite): Taint | null {
    const segments = path.split('.')
    const root = segments[0]
    switch (root) {
      case 'github': {
        if (segments[1] === 'event' && segments[2] === 'inputs' && segments[3]) return this.inputTaint(segments[3], site, path)
        const capability = capabilityOf(path)
        if (capability === 'arbitrary') return { level: 'arbitrary', origin: path, via: [] }
        if (capability === 'structured') return { level: 'structured', origin: path, via: [] }
        if (capability === 'unknown' && segments[1] === 'event' && segments.length > 2) return { level: 'dynamic', origin: path, via: [] }
        return null
      }
      case 'env':
        return segments[1] ? this.envTaint(segments[1], site) : null
      case 'inputs':
        return segments[1] ? this.inputTaint(segments[1], site, path) : { level: 'input', origin: path, via: [] }
      case 'steps': {
        const [, id, kind, name] = segments
        if (!id || kind !== 'outputs') return null
        return through(this.stepOutputTaint(id, name ?? '*', site), `steps.${id}.outputs.${name ?? '*'}`)
      }
      case 'needs': {
        const [, jobId, kind, name] = segments
        if (!jobId || kind !== 'outputs' || !site.job) return null
        const upstream = site.job.workflow.jobsById.get(jobId)
        if (!upstream) return null
        return through(this.jobOutputTaint(upstream, name ?? '*'), `needs.${jobId}.outputs.${name ?? '*'}`)
      }
      case 'matrix':
        return site.job ? through(this.matrixTaint(site.job, segments[1]), path) : null
      default:
        return null
    }
  }

  private readonly callersMemo = new Map<string, Step[]>()
  private readonly workflowCallersMemo = new Map<string, Job[]>()

  constructor(private readonly model?: WorkflowModel) {}

  private inputTaint(name: string, site: TaintSite, path: string): Taint | null {
    const workflow = site.job?.workflow ?? null
    if (inputIsInert(workflow, site.action, name)) return null
    const fromCallers = this.callerTaint(name, site)
    return fromCallers ?? { level: 'input', origin: path, via: [] }
  }

  /**
   * Taint of an input as passed by the callers inside this repository: `uses: ./path/to/action` steps for a
   * composite action, `uses: ./.github/workflows/x.yml` jobs for a reusable workflow.
   */
  private callerTaint(name: string, site: TaintSite): Taint | null {
    if (!this.model) return null
    const key = `${site.action?.path ?? site.job?.workflow.path ?? ''}#${name}`
    if (this.inProgress.has(key)) return null
    this.inProgress.add(key)
    let result: Taint | null = null
    const lower = name.toLowerCase()
    const valueTaint = (entry: { value: Str | null } | undefined, at: TaintSite, where: string): void => {
      for (const expression of entry?.value?.expressions ?? []) result = stronger(result, through(this.expressionTaint(expression, at), where))
    }
    if (site.action) {
      const dir = site.action.path.replace(/\/?action\.ya?ml$/, '')
      let callers = this.callersMemo.get(dir)
      if (!callers) {
        callers = localCallers(this.model, dir)
        this.callersMemo.set(dir, callers)
      }
      for (const caller of callers) {
        const entry = [...caller.with].find(([key]) => key.toLowerCase() === lower)?.[1]
        valueTaint(entry, { job: caller.job, step: caller, action: caller.action }, `${caller.job ? caller.job.workflow.path : caller.action?.path}: with.${name}`)
      }
    } else if (site.job && site.job.workflow.triggers.some((t) => t.event === 'workflow_call')) {
      const target = site.job.workflow.path
      let jobs = this.workflowCallersMemo.get(target)
      if (!jobs) {
        jobs = this.model.workflows.flatMap((workflow) => workflow.jobs.filter((job) => job.uses?.kind === 'local' && job.uses.path?.replace(/^\.\//, '') === target))
        this.workflowCallersMemo.set(target, jobs)
      }
      for (const job of jobs) {
        const entry = [...job.with].find(([key]) => key.toLowerCase() === lower)?.[1]
        valueTaint(entry, { job, step: null, action: null }, `${job.workflow.path} job ${job.id}: with.${name}`)
      }
    }
    this.inProgress.delete(key)
    return result
  }

  /**
   * Taint of `matrix.<key>` (or of the whole matrix without a key): the values listed under that key and
   * under `include:` entries that set it; a matrix (or an `include:`) computed by an expression may set any key.
   */
  private matrixTaint(job: Job, key?: string): Taint | null {
    const matrix = job.strategy?.matrix
    if (!matrix) return null
    let result: Taint | null = null
    const want = key?.toLowerCase()
    const visit = (node: unknown): void => {
      if (isScalar(node)) {
        if (typeof node.value === 'string' && node.value.includes('${{')) {
          const body = node.value.replace(/^\s*\$\{\{|\}\}\s*$/g, '')
          const inner = this.expressionTaint({ ast: null, body }, { job, step: null, action: null })
          result = stronger(result, inner ?? { level: 'dynamic', origin: 'a matrix computed at run time', via: [] })
        }
      } else if (isMap(node)) for (const pair of node.items) visit(pair.value)
      else if (isSeq(node)) for (const item of node.items) visit(item)
    }
    if (!want || !isMap(matrix)) {
      visit(matrix)
      return result
    }
    for (const pair of matrix.items) {
      const name = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : ''
      if (name === 'exclude') continue
      if (name === 'include') {
        if (!isSeq(pair.value)) visit(pair.value)
        else {
          for (const item of pair.value.items) {
            if (!isMap(item)) visit(item)
            else for (const entry of item.items) if (isScalar(entry.key) && String(entry.key.value).toLowerCase() === want) visit(entry.value)
          }
        }
      } else if (name === want) visit(pair.value)
    }
    return result
  }

  /** Taint of an environment variable visible at a step: step, job and workflow `env:`, and `$GITHUB_ENV` writes of earlier steps. */
  /** env entries being resolved (map, upper-case name): a self-reference reads the outer levels. */
  private readonly resolvingEnv: Array<[unknown, string]> = []

  envTaint(name: string, site: TaintSite): Taint | null {
    const upper = name.toUpperCase()
    /** The taint of the entry that defines the variable at this level (null: defined, untainted), undefined when it does not. */
    const find = (env: Map<string, { value: Str | null }> | undefined, at: TaintSite): Taint | null | undefined => {
      if (!env) return undefined
      // A value that names itself (`GO_TAGS: ${{ env.GO_TAGS }}` in a step's env) reads the outer levels'.
      if (this.resolvingEnv.some(([map, name]) => map === env && name === upper)) return undefined
      for (const [key, entry] of env) {
        if (key.toUpperCase() !== upper) continue
        if (!entry.value) return null
        let result: Taint | null = null
        this.resolvingEnv.push([env, upper])
        try {
          for (const expression of entry.value.expressions) result = stronger(result, this.expressionTaint(expression, at))
        } finally {
          this.resolvingEnv.pop()
        }
        return through(result, `env.${key}`)
      }
      return undefined
    }
    // The runner's precedence: a step's `env:` hides the job's, which hides the workflow's.
    let defined = find(site.step?.env, site)
    if (defined === undefined && site.job) defined = find(site.job.env, { ...site, step: null })
    if (defined === undefined && site.job) defined = find(site.job.workflow.env, { job: null, step: null, action: null })
    if (defined === undefined && site.action?.runs) defined = find(site.action.runs.env, { ...site, step: null })
    let result: Taint | null = defined ?? null
    const runnerDefault = RUNNER_VARIABLES.get(upper)
    if (runnerDefault) result = stronger(result, through(this.contextTaint(runnerDefault, site), `$${upper}`))
    const steps = site.job?.steps ?? site.action?.runs?.steps ?? []
    const before = site.step ? steps.slice(0, site.step.index) : steps
    for (const step of before) result = stronger(result, through(this.stepWrites(step).env.get(upper) ?? null, `$GITHUB_ENV (${upper})`))
    return result
  }

  private stepOutputTaint(id: string, name: string, site: TaintSite): Taint | null {
    const steps = site.job?.steps ?? site.action?.runs?.steps ?? []
    const limit = site.step ? site.step.index : steps.length
    for (let i = 0; i < Math.min(limit, steps.length); i += 1) {
      const step = steps[i]!
      if (step.id?.value !== id) continue
      if (step.uses) {
        if (step.uses.name === 'actions/github-script') {
          const script = step.with.get('script')?.value?.value ?? ''
          const outputName = name === '*' ? String.raw`[^'"\x60]+` : escapeRegExp(name)
          const setter = new RegExp(String.raw`core\.setOutput\(\s*['"\x60]` + outputName + String.raw`['"\x60]`, 'i')
          // An output only ever set to a literal, a number or a yes/no answer carries no attacker text.
          if (name !== '*' && name !== 'result' && inertOutput(script, name)) return null
          // An output narrowed by a regular expression holds no code; a JSON encoding is structured, not free text.
          const shape = name !== '*' && name !== 'result' ? scriptOutputShape(script, name) : null
          if (shape === 'restricted') return null
          const sets = ((name === '*' || name === 'result') && /\breturn\b/.test(script)) || setter.test(script)
          if (sets && PAYLOAD_TEXT.test(script)) return { level: shape === 'json' ? 'structured' : 'arbitrary', origin: 'actions/github-script result built from event text', via: [`steps.${id}`] }
          // The script reads attacker text handed to it through `env:` (`process.env.BODY`) and sets outputs:
          // partly attacker-influenced (scripts often parse a command out of a comment and keep only a
          // number or a word, which the expression analysis cannot see), so `structured`, not `arbitrary`.
          if (sets) {
            for (const match of script.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g)) {
              const variable = match[1] ?? match[2]!
              const taint = this.envTaint(variable, { job: site.job, step, action: site.action })
              if (taint?.level === 'arbitrary') return { ...taint, level: 'structured', via: [...taint.via, `steps.${id} (actions/github-script reads process.env.${variable})`] }
            }
          }
        }
        for (const known of TAINTED_ACTION_OUTPUTS) {
          if (step.uses.name !== known.name && !step.uses.name.startsWith(`${known.name}/`)) continue
          if (known.outputs === '*' || name === '*' || known.outputs.test(name)) return { level: 'arbitrary', origin: known.origin, via: [`${step.uses.name}`] }
        }
        return null
      }
      const writes = this.stepWrites(step).outputs
      return writes.get(name.toLowerCase()) ?? writes.get('*') ?? null
    }
    return null
  }

  jobOutputTaint(job: Job, name: string): Taint | null {
    let outputs = this.jobOutputsMemo.get(job)
    if (!outputs) {
      outputs = new Map()
      if (this.inProgress.has(job)) return null
      this.inProgress.add(job)
      for (const [key, entry] of job.outputs) {
        let result: Taint | null = null
        for (const expression of entry.value?.expressions ?? []) result = stronger(result, this.expressionTaint(expression, { job, step: null, action: null }))
        outputs.set(key.toLowerCase(), result)
      }
      this.inProgress.delete(job)
      this.jobOutputsMemo.set(job, outputs)
    }
    if (name === '*') {
      let result: Taint | null = null
      for (const value of outputs.values()) result = stronger(result, value)
      return result
    }
    return outputs.get(name.toLowerCase()) ?? null
  }

  /** What a `run:` step writes to `$GITHUB_OUTPUT` and `$GITHUB_ENV`, with the taint of the data. */
  stepWrites(step: Step): { outputs: Map<string, Taint>; env: Map<string, Taint> } {
    const memo = this.stepWritesMemo.get(step)
    if (memo) return memo
    const result = { outputs: new Map<string, Taint>(), env: new Map<string, Taint>() }
    this.stepWritesMemo.set(step, result)
    if (!step.run || this.inProgress.has(step)) return result
    this.inProgress.add(step)
    const site: TaintSite = { job: step.job, step, action: step.action }
    for (const write of envFileWrites(step.run.value)) {
      if (write.file !== 'GITHUB_OUTPUT' && write.file !== 'GITHUB_ENV') continue
      const shape = shellValueShape(write.command.text)
      const raw = shape === 'restricted' ? null : this.commandTaint(step, write.command.text, write.command.start, site)
      const taint = raw && shape === 'json' && raw.level === 'arbitrary' ? { ...raw, level: 'structured' as const } : raw
      if (!taint) continue
      const target = write.file === 'GITHUB_OUTPUT' ? result.outputs : result.env
      const names = writtenNames(write.command.text)
      for (const written of names.length > 0 ? names : ['*']) {
        const key = write.file === 'GITHUB_ENV' ? written.toUpperCase() : written.toLowerCase()
        target.set(key, stronger(target.get(key) ?? null, taint)!)
      }
    }
    this.inProgress.delete(step)
    return result
  }

  /**
   * Taint of the data a command handles: `${{ }}` in it, shell variables it expands (from `env:`, or
   * assigned earlier in the same script from tainted data), and commands that print attacker text.
   */
  commandTaint(step: Step, text: string, start: number, site: TaintSite): Taint | null {
    const run = step.run
    let result: Taint | null = null
    if (run) {
      for (const expression of run.expressions) {
        if (expression.valueStart >= start && expression.valueStart < start + text.length) result = stronger(result, this.expressionTaint(expression, site))
      }
    }
    return stronger(result, this.shellTaint(step, run?.value ?? '', start, text, site))
  }

  /**
   * Taint of the data in a shell command without `${{ }}` (also for local scripts): the variables it
   * expands, from `env:` / `$GITHUB_ENV` or assigned earlier in `script` (before offset `start`), and
   * commands that print attacker text.
   */
  shellTaint(step: Step, script: string, start: number, text: string, site: TaintSite): Taint | null {
    let result: Taint | null = null
    const locals = new Map<string, Taint | null>()
    for (const assignment of this.shellAssignments(step, script, site)) {
      if (assignment.end > start) break
      locals.set(assignment.name, assignment.taint)
    }
    for (const variable of expandedVariables(text)) {
      if (/^GITHUB_(ENV|OUTPUT|PATH|STEP_SUMMARY|STATE)$/.test(variable.name)) continue
      result = stronger(result, locals.has(variable.name) ? (locals.get(variable.name) ?? null) : this.envTaint(variable.name, site))
    }
    result = stronger(result, this.commandOutputTaint(text, site))
    return result
  }

  private readonly untrustedFilesMemo = new Map<Job, UntrustedCheckout[]>()

  /**
   * Output of commands that print attacker text: PR data from the API or the event file, commit messages,
   * and files read after the job checked out the pull request or downloaded a PR run's artifacts.
   */
  private commandOutputTaint(text: string, site: TaintSite): Taint | null {
    const job = site.job
    if (!job || privilegedUntrustedEvents(job.workflow).length === 0) return null
    if (UNTRUSTED_COMMAND.test(text)) return { level: 'arbitrary', origin: 'command output with pull request text', via: [] }
    if (!READS_FILE.test(text) || !site.step) return null
    let checkouts = this.untrustedFilesMemo.get(job)
    if (!checkouts) {
      checkouts = []
      this.untrustedFilesMemo.set(job, checkouts)
      checkouts.push(...untrustedCheckouts(job, this))
    }
    const before = checkouts.find((checkout) => checkout.step.index < site.step!.index)
    if (!before) return null
    return { level: 'arbitrary', origin: before.kind === 'artifact' ? "the contents of a pull request run's artifacts" : "files of the checked-out pull request", via: [`${stepLabelOf(before.step)}`] }
  }

  private readonly assignmentsMemo = new Map<Step, Map<string, Array<{ end: number; name: string; taint: Taint | null }>>>()

  /** Shell variable assignments of a script (`X=…`, `export X=…`, `X=$(…)`) in order, with the taint of their value; computed once per step and script. */
  private shellAssignments(step: Step, script: string, site: TaintSite): Array<{ end: number; name: string; taint: Taint | null }> {
    let byScript = this.assignmentsMemo.get(step)
    if (!byScript) {
      byScript = new Map()
      this.assignmentsMemo.set(step, byScript)
    }
    const cached = byScript.get(script)
    if (cached) return cached
    const out: Array<{ end: number; name: string; taint: Taint | null }> = []
    byScript.set(script, out)
    const current = new Map<string, Taint | null>()
    const isRun = step.run?.value === script
    for (const command of commands(script)) {
      const match = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(command.text)
      if (!match) continue
      let taint: Taint | null = null
      if (isRun) {
        for (const expression of step.run!.expressions) {
          if (expression.valueStart >= command.start && expression.valueStart < command.end) taint = stronger(taint, this.expressionTaint(expression, site))
        }
      }
      for (const variable of expandedVariables(match[2]!)) taint = stronger(taint, current.has(variable.name) ? (current.get(variable.name) ?? null) : this.envTaint(variable.name, site))
      taint = stronger(taint, this.commandOutputTaint(match[2]!, site))
      const shape = shellValueShape(match[2]!)
      if (shape === 'restricted') taint = null
      else if (shape === 'json' && taint?.level === 'arbitrary') taint = { ...taint, level: 'structured' }
      const named = taint ? through(taint, `$${match[1]}`) : null
      current.set(match[1]!, named)
      out.push({ end: command.end, name: match[1]!, taint: named })
    }
    return out
  }
}

/** Steps that call the local action in directory `dir` (`uses: ./dir` or `uses: $/dir`). */
export function localCallers(model: WorkflowModel, dir: string): Step[] {
  const out: Step[] = []
  const want = dir.replace(/^\.\//, '').replace(/\/$/, '')
  const visit = (steps: Step[]): void => {
    for (const step of steps) if (step.uses?.kind === 'local' && !step.uses.reusableWorkflow && step.uses.path?.replace(/\/$/, '') === want) out.push(step)
  }
  for (const workflow of model.workflows) for (const job of workflow.jobs) visit(job.steps)
  for (const action of model.actions) visit(action.runs?.steps ?? [])
  return out
}

/** Names written by `echo "NAME=value"` / `NAME<<EOF` forms to an environment file. */
export function writtenNames(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(/(?:^|["'\s{;(])([A-Za-z_][A-Za-z0-9_-]*)(?:=|<<)/g)) {
    const name = match[1]!
    if (/^(GITHUB_\w+|echo|printf)$/.test(name)) continue
    names.add(name)
  }
  return [...names]
}

// ---------------------------------------------------------------------------------------------------
// Untrusted checkouts and what runs afterwards

export interface UntrustedCheckout {
  step: Step
  kind: 'checkout' | 'git' | 'artifact'
  /** The value that makes it untrusted (the `ref:` / `repository:` input, or the `run:`), for locations. */
  str: Str | null
  /** Value offsets in `str` of the part to point at. */
  start: number
  end: number
  what: string
  /** `path:` the code lands in, when not the workspace root. */
  path?: string
}

const HEAD_REFS = /(^|\.)(head\.sha|head\.ref|head_ref|merge_commit_sha|head_sha|head_branch|head\.repo\.full_name|head_repository\.full_name)$/

/** The `env:` value named `name` visible at a site (step, then job, then workflow `env:`), if written in the YAML. */
function envValueAt(name: string, site: TaintSite): Str | null {
  const upper = name.toUpperCase()
  const maps = [site.step?.env, site.job?.env, site.job?.workflow.env, site.action?.runs?.env]
  for (const env of maps) {
    if (!env) continue
    for (const [key, entry] of env) if (key.toUpperCase() === upper) return entry.value
  }
  return null
}

/**
 * `steps.<id>.outputs.<name>` set by an earlier `actions/github-script` step from the pull request's head
 * (`core.setOutput('head', pr.data.head.sha)`, the usual way an `issue_comment` workflow finds the PR).
 */
function scriptOutputIsHead(path: string, site: TaintSite): boolean {
  const match = /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(path)
  if (!match || !site.job) return false
  const [, id, name] = match
  const source = site.job.steps.find((step) => step.id?.value.toLowerCase() === id && (!site.step || step.index < site.step.index))
  if (source?.uses?.name !== 'actions/github-script') return false
  const script = source.with.get('script')?.value?.value ?? ''
  const escaped = escapeRegExp(name!)
  return new RegExp(String.raw`core\.setOutput\(\s*['"\x60]` + escaped + String.raw`['"\x60]\s*,[^)\n]*\bhead\.(?:sha|ref)\b`, 'i').test(script)
}

function refersToHead(str: Str | null | undefined, tracker: TaintTracker, site: TaintSite, depth = 0): boolean {
  if (!str) return false
  if (/refs\/pull\//.test(str.value)) return true
  for (const expression of str.expressions) {
    const refs = contextRefs(expression.ast)
    if (refs.some((ref) => HEAD_REFS.test(ref.path))) return true
    if (/head\.(sha|ref)|head_ref|head_sha|head_branch|merge_commit_sha/i.test(expression.body)) return true
    const taint = tracker.expressionTaint(expression, site)
    if (taint && taint.level === 'arbitrary' && /head|branch/i.test(taint.origin)) return true
    // `ref: ${{ env.COMMIT_REF }}` with `COMMIT_REF: ${{ github.event.pull_request.head.sha }}` in a job or
    // workflow `env:`: the head SHA is not attacker text (no taint), so follow the indirection itself.
    if (depth < 4) {
      for (const ref of refs) {
        const name = /^env\.([^.]+)$/.exec(ref.path)?.[1]
        if (name && refersToHead(envValueAt(name, site), tracker, site, depth + 1)) return true
        if (scriptOutputIsHead(ref.path, site)) return true
      }
    }
  }
  return false
}

const ARTIFACT_ACTIONS = new Set(['actions/download-artifact', 'dawidd6/action-download-artifact', 'aochmann/actions-download-artifact', 'bettermarks/action-artifact-download'])

/** Steps of a job that bring the pull request's code (or a PR-triggered run's artifacts) onto the runner. */
export function untrustedCheckouts(job: Job, tracker: TaintTracker): UntrustedCheckout[] {
  const out: UntrustedCheckout[] = []
  const events = eventNames(job.workflow)
  for (const step of job.steps) {
    const site: TaintSite = { job, step, action: null }
    const uses = step.uses
    if (uses?.name === 'actions/checkout' || uses?.name.endsWith('/checkout')) {
      const ref = step.with.get('ref')?.value
      const repository = step.with.get('repository')?.value
      const path = step.with.get('path')?.value?.value
      const base = { step, kind: 'checkout' as const, ...(path && path !== '.' && path !== './' ? { path: path.replace(/^\.\//, '').replace(/\/$/, '') } : {}) }
      if (refersToHead(ref, tracker, site)) out.push({ ...base, str: ref!, start: 0, end: ref!.value.length, what: `checks out ${ref!.value.trim()}` })
      else if (refersToHead(repository, tracker, site)) out.push({ ...base, str: repository!, start: 0, end: repository!.value.length, what: `checks out the fork ${repository!.value.trim()}` })
      continue
    }
    // The same with the GitHub CLI: `gh run download <the triggering run's id>` (into `-D dir` when given).
    // (A github-script that downloads through the API is not counted: where it writes cannot be read from
    // the step, and the pattern GitHub's guidance shows reads data from the artifact without running it.)
    if (step.run && events.has('workflow_run')) {
      const download = /\bgh\s+run\s+download\b[^\n]*/.exec(step.run.value)
      const fromRun = download && (/workflow_run|run[-_]id|github\.event/i.test(download[0]) || [...step.env.values()].some((entry) => /workflow_run/.test(entry.value?.value ?? '')))
      if (download && fromRun) {
        const dir = /(?:^|\s)(?:-D|--dir)(?:\s+|=)(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(download[0])
        const path = (dir?.[1] ?? dir?.[2] ?? dir?.[3])?.replace(/^\.\//, '').replace(/\/$/, '')
        out.push({
          step,
          kind: 'artifact',
          str: step.run,
          start: download.index,
          end: download.index + download[0].trimEnd().length,
          what: `runs \`${download[0].trim().replace(/\s+/g, ' ').slice(0, 80)}\``,
          ...(path && path !== '.' ? { path } : {})
        })
        continue
      }
    }
    if (uses && ARTIFACT_ACTIONS.has(uses.name) && events.has('workflow_run')) {
      const fromRun = [...step.with.values()].some((entry) => /workflow_run|run[-_]id|github\.event/i.test(entry.value?.value ?? '')) || uses.name !== 'actions/download-artifact'
      if (fromRun) out.push({ step, kind: 'artifact', str: null, start: 0, end: 0, what: `downloads artifacts of the triggering run (${uses.name})`, ...(step.with.get('path')?.value ? { path: step.with.get('path')!.value!.value.replace(/^\.\//, '') } : {}) })
      continue
    }
    if (step.run) {
      const value = step.run.value
      const pattern = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull)\b[^\n;&|]*\bpull\/|\bgit\s+(?:checkout|switch|fetch|pull|reset)\b[^\n;&|]*\$\{\{[^}]*(?:head\.sha|head\.ref|head_ref|merge_commit_sha|head_sha|head_branch)/
      const match = pattern.exec(value)
      if (match) out.push({ step, kind: 'git', str: step.run, start: match.index, end: match.index + match[0].length, what: `runs \`${match[0].replace(/\s+/g, ' ').slice(0, 80)}\`` })
    }
  }
  return out
}

/**
 * How outsiders' input visibly reaches a job on a privileged event, or null: it checks out the pull
 * request (or a PR run's artifacts), expands attacker-controlled text into a step (`run:`, `with:`,
 * `env:`), or runs a local action or program (`./x.sh`, `node .github/bot.mjs`: their handling of the event
 * payload is not audited here). A job
 * gated to this repository's own pull requests or members is not reached.
 */
export function outsiderInputIn(job: Job, tracker: TaintTracker): string | null {
  if (blocksForks(gatesFor(job))) return null
  const checkout = untrustedCheckouts(job, tracker)[0]
  if (checkout) return `${stepLabelOf(checkout.step)} ${checkout.what}`
  for (const step of job.steps) {
    const site: TaintSite = { job, step, action: null }
    const strs = [step.run, ...[...step.with.values(), ...step.env.values()].map((entry) => entry.value)]
    for (const str of strs) {
      for (const expression of str?.expressions ?? []) {
        if (tracker.expressionTaint(expression, site)?.level === 'arbitrary') return `${stepLabelOf(step)} expands \${{ ${expression.body.trim()} }}`
      }
    }
    if (step.uses?.kind === 'local' && !step.uses.reusableWorkflow) return `${stepLabelOf(step)} runs a local action`
    const local = step.run ? (scriptCalls(step.run.value)[0]?.path ?? LOCAL_PROGRAM.exec(step.run.value)?.[1]) : undefined
    if (local) return `${stepLabelOf(step)} runs the local program ${local}`
  }
  return null
}

/** `node ./x.mjs`, `python3 .github/bot.py`...: a program of the repository that can read the event payload. */
const LOCAL_PROGRAM = /(?:^|[\s;&|(])(?:node|python[\d.]*|ruby|deno(?:\s+run)?|bun|perl|php)\s+(?:-\S+\s+)*((?:\.{1,2}\/)?[\w.-]+\/[\w./-]+\.(?:m?js|cjs|ts|py|rb|pl|php))\b/

export interface Execution {
  step: Step
  what: string
  str: Str | null
  start: number
  end: number
}

/** Actions that run code from the workspace (build scripts, package lifecycle scripts, Dockerfiles...). */
const EXECUTING_ACTIONS = new Map<string, string>([
  ['pre-commit/action', 'pre-commit hooks from the tree'],
  ['docker/build-push-action', 'the Dockerfile from the tree'],
  ['goreleaser/goreleaser-action', 'the goreleaser build'],
  ['cypress-io/github-action', 'npm install and the test scripts'],
  ['bahmutov/npm-install', 'npm install'],
  ['borales/actions-yarn', 'yarn scripts'],
  ['github/codeql-action/autobuild', 'the project build'],
  ['changesets/action', 'package scripts'],
  ['php-actions/composer', 'composer scripts'],
  ['gradle/gradle-build-action', 'the Gradle build'],
  ['coactions/setup-xvfb', 'a command from the tree'],
  ['nick-fields/retry', 'a command'],
  ['nick-invision/retry', 'a command'],
  ['wandalen/wretry.action', 'a command'],
  ['actions/github-script', 'a script (with require() of files from the tree)']
])

/** Steps after `from` in the same job that run code from the tree; `path` limits them to a checkout folder. */
export function executionsAfter(job: Job, from: Step, path: string | undefined): Execution[] {
  const out: Execution[] = []
  for (const step of job.steps.slice(from.index + 1)) {
    if (step.uses) {
      if (step.uses.kind === 'local' && !step.uses.selfRepository && (!path || step.uses.path?.startsWith(path))) {
        out.push({ step, what: `the local action ${step.uses.raw.trim()} (from the checked-out tree)`, str: null, start: 0, end: 0 })
        continue
      }
      const installs =
        (step.uses.name === 'ruby/setup-ruby' && step.with.get('bundler-cache')?.value?.value === 'true') ||
        (step.uses.name === 'pnpm/action-setup' && /^(true|- |\[)/.test(step.with.get('run_install')?.value?.value ?? '')) ||
        (step.uses.name === 'actions/setup-python' && (step.with.get('pip-install')?.value?.value ?? '') !== '')
      if (installs && (!path || (step.workingDirectory?.value ?? '').includes(path))) {
        out.push({ step, what: `${step.uses.name} (installs the tree's dependencies, running its build scripts)`, str: null, start: 0, end: 0 })
        continue
      }
      const known = EXECUTING_ACTIONS.get(step.uses.name)
      if (known && (step.uses.name !== 'actions/github-script' || /require\(|import\(/.test(step.with.get('script')?.value?.value ?? ''))) {
        out.push({ step, what: `${step.uses.name} (runs ${known})`, str: null, start: 0, end: 0 })
        continue
      }
      continue
    }
    if (!step.run) continue
    const run = step.run.value
    const workingDirectory = (step.workingDirectory?.value ?? job.defaults.workingDirectory?.value ?? '').replace(/^\.\//, '').replace(/\/$/, '')
    const list = path ? commands(run) : []
    for (const exec of codeExecutions(run)) {
      if (path && !runsInside(path, workingDirectory, list, exec.start)) continue
      out.push({ step, what: `\`${exec.tool}\``, str: step.run, start: exec.start, end: exec.end })
    }
  }
  return out
}

/**
 * Whether the command at `offset` of a script runs inside `path` (the folder a checkout went to): the
 * step's working directory, an earlier `cd`/`pushd` in the script, or the command naming the folder
 * (`./pr/build.sh`, `make -C pr`, `npm --prefix pr`).
 */
function runsInside(path: string, workingDirectory: string, list: Array<{ text: string; start: number; end: number }>, offset: number): boolean {
  const under = (dir: string): boolean => {
    const clean = dir.replace(/^["']|["']$/g, '').replace(/^\.\//, '').replace(/\/$/, '')
    return clean === path || clean.startsWith(`${path}/`) || clean.endsWith(`/${path}`)
  }
  let inside = under(workingDirectory)
  for (const command of list) {
    if (command.start > offset) break
    const cd = /^(?:cd|pushd)\s+(\S+)/.exec(command.text)
    if (cd && command.end <= offset) inside = under(cd[1]!)
    if (command.start <= offset && offset < command.end) {
      const list = words(command.text.slice(offset - command.start)).map((w) => w.word)
      const script = list.slice(1).find((w) => !w.startsWith('-'))
      const flagged = list.some((w, i) => (/^(-C|--prefix|--cwd|--dir|--project-dir|--manifest-path|-f|--file|-p)$/.test(w) && under(list[i + 1] ?? '')) || /^--(prefix|cwd|dir|project-dir|manifest-path|file)=/.test(w) && under(w.replace(/^[^=]*=/, '')))
      if (under(list[0]?.replace(/\/[^/]*$/, '') ?? '') || (script !== undefined && under(script.replace(/\/[^/]*$/, ''))) || flagged) inside = true
    }
  }
  return inside
}

// ---------------------------------------------------------------------------------------------------
// Publishing and caches

const PUBLISH_COMMAND = /\b(npm|pnpm|yarn|bun)\s+(publish|npm\s+publish)\b|\btwine\s+upload\b|\bcargo\s+publish\b|\bgem\s+push\b|\bdocker\s+(?:image\s+)?push\b|\bdocker\s+buildx\s+build\b[^\n]*--push\b|\bgh\s+release\s+(create|upload)\b|\bgoreleaser\s+release\b|\bmvn\b[^\n]*\bdeploy\b|\bgradlew?\b[^\n]*\bpublish\w*\b|\b(dotnet\s+)?nuget\s+push\b|\b(poetry|uv|hatch|flit|pdm)\s+publish\b|\bvsce\s+publish\b|\bovsx\s+publish\b|\bhelm\s+push\b|\bsemantic-release\b|\bcosign\s+sign\b|\bjreleaser\b/

const PUBLISH_ACTIONS = new Set([
  'pypa/gh-action-pypi-publish', 'softprops/action-gh-release', 'ncipollo/release-action', 'actions/create-release', 'actions/upload-release-asset',
  'goreleaser/goreleaser-action', 'js-devtools/npm-publish', 'svenstaro/upload-release-action', 'actions/deploy-pages', 'peaceiris/actions-gh-pages',
  'jamesives/github-pages-deploy-action', 'rust-lang/crates-io-auth-action', 'actions/attest-build-provenance', 'actions/attest', 'changesets/action',
  'cycjimmy/semantic-release-action', 'googleapis/release-please-action', 'release-drafter/release-drafter', 'sigstore/gh-action-sigstore-python'
])

export interface Evidence {
  step: Step
  what: string
}

/** Steps of a job that publish or release something. */
export function publishingSteps(job: Job): Evidence[] {
  const out: Evidence[] = []
  for (const step of job.steps) {
    if (step.uses) {
      if (PUBLISH_ACTIONS.has(step.uses.name)) out.push({ step, what: step.uses.name })
      else if (step.uses.name === 'docker/build-push-action' && step.with.get('push')?.value?.value === 'true') out.push({ step, what: 'docker/build-push-action with push: true' })
      else if (publishingAction(step)) out.push({ step, what: step.uses.name })
    } else if (step.run) {
      const match = PUBLISH_COMMAND.exec(step.run.value)
      const command = match ? null : publishCommands(step.run.value)[0]
      if (match) out.push({ step, what: `\`${match[0].trim()}\`` })
      else if (command) out.push({ step, what: `\`${command.tool}\`` })
    }
  }
  return out
}

/** Jobs that `job` depends on, directly or not. */
export function ancestors(job: Job): Set<Job> {
  const out = new Set<Job>()
  const stack = [job]
  while (stack.length > 0) {
    const current = stack.pop()!
    for (const need of current.needs) {
      const upstream = current.workflow.jobsById.get(need.value)
      if (upstream && !out.has(upstream)) {
        out.add(upstream)
        stack.push(upstream)
      }
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------------------
// Expression helpers for rules

/** Source span of a context reference inside an expression (for pointing at `github.actor` in an `if:`). */
export function refSpan(doc: { file: { text: string } }, str: Str, expression: Expression, node: { start: number; end: number }): [number, number] {
  return expressionNodeSpan(doc.file, str, expression, node)
}

/** All nodes of an expression matching a predicate. */
export function findNodes(expression: Expression, predicate: (node: ExprNode) => boolean): ExprNode[] {
  const out: ExprNode[] = []
  walkExpression(expression.ast, (node) => {
    if (predicate(node)) out.push(node)
  })
  return out
}

/** The YAML node of an `env:` or `with:` entry, for positions. */
export function entryNode(entry: { keyNode: Node; node: Node | null }): Node {
  return entry.node ?? entry.keyNode
}


const trackers = new ObjectMemo<WorkflowModel, TaintTracker>()

/** The taint tracker of a model, shared by every rule of the run (its memo tables are filled once). */
export function trackerFor(model: WorkflowModel): TaintTracker {
  let tracker = trackers.get(model)
  if (!tracker) {
    tracker = new TaintTracker(model)
    trackers.set(model, tracker)
  }
  return tracker
}
