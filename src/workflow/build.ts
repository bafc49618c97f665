/**
 * Builds the workflow model from parsed YAML documents. Tolerant of every odd shape (scalars where maps
 * are expected, `on:` as a string or list, `steps:` not a list, aliases, merge keys): what does not fit is
 * left out, never thrown. Linear in the size of each document.
 */
import { isAlias, isMap, isScalar, isSeq, Scalar, type Node, type YAMLMap } from '../workspace/yaml-ast.js'
import type { ParsedWorkflowFile } from '../workspace/workflow-files.js'
import { parseExpression, scanExpressions } from './expressions.js'
import { sourceOffsets } from './source-map.js'
import type { ActionDoc, Container, Env, Expression, InputDef, Job, Permissions, Step, Str, Trigger, Uses, ValueEntry, WorkflowDoc } from './types.js'
import { ObjectMemo } from '../object-memo.js'

interface Ctx {
  text: string
}

interface Pair {
  key: string
  keyNode: Scalar
  /** The value, aliases followed. */
  value: Node | null
  /** The value as written (an alias stays one: a string read from it is located at the alias). */
  raw: Node | null
}

/** The node an alias stands for (the parser bound each alias to its anchor). */
function deref(_ctx: Ctx, node: unknown): Node | null {
  if (isAlias(node)) return node.resolve()
  return (node as Node | null | undefined) ?? null
}

function mapOf(ctx: Ctx, node: unknown): YAMLMap | null {
  const resolved = deref(ctx, node)
  return isMap(resolved) ? resolved : null
}

/** Entries of a mapping with scalar keys, in order; `<<: *anchor` merge keys contribute entries not set explicitly. */
function pairs(ctx: Ctx, node: unknown, depth = 0): Pair[] {
  const map = mapOf(ctx, node)
  if (!map) return []
  const out: Pair[] = []
  let merged: Pair[] | null = null
  for (const pair of map.items) {
    const keyNode = pair.key
    if (!isScalar(keyNode) || keyNode.value === null || keyNode.value === undefined) continue
    const key = String(keyNode.value)
    if (key === '<<' && depth < 5) {
      const source = deref(ctx, pair.value)
      const sources = isSeq(source) ? source.items : [source]
      for (const item of sources) (merged ??= []).push(...pairs(ctx, item, depth + 1))
      continue
    }
    out.push({ key, keyNode, value: deref(ctx, pair.value), raw: pair.value ?? null })
  }
  if (merged) {
    const own = new Set(out.map((p) => p.key))
    for (const pair of merged) if (!own.has(pair.key)) out.push(pair)
  }
  return out
}

function pairMap(ctx: Ctx, node: unknown): Map<string, Pair> {
  const out = new Map<string, Pair>()
  for (const pair of pairs(ctx, node)) if (!out.has(pair.key)) out.set(pair.key, pair)
  return out
}

function items(ctx: Ctx, node: unknown): Node[] {
  const resolved = deref(ctx, node)
  if (!isSeq(resolved)) return []
  const out: Node[] = []
  for (const item of resolved.items) {
    const value = deref(ctx, item)
    if (value) out.push(value)
  }
  return out
}

/** Shared by every string without `${{ }}` (most of them): frozen, so nobody can add to it. */
const NO_EXPRESSIONS = Object.freeze([]) as unknown as Expression[]

/**
 * Stand-ins for scalars used through an alias (`run: *script`): the anchored value at the alias's place, so
 * that findings point where the value is used (the alias), not only at the anchor. Every location inside
 * such a value (an expression, a command) is the whole alias: its text is elsewhere.
 */
const ALIAS_STAND_INS = new WeakSet<Scalar>()

/** Whether a Str's node stands for an anchored value at an alias. */
export function isAliasStandIn(node: Scalar): boolean {
  return ALIAS_STAND_INS.has(node)
}

/** The Str of a scalar node; undefined for collections and null. (An alias gives a stand-in node at the alias.) */
export function strOf(ctx: Ctx, node: unknown): Str | undefined {
  const resolved = deref(ctx, node)
  if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined) return undefined
  const raw = resolved.value
  const value = typeof raw === 'string' ? raw : String(raw)
  if (isAlias(node)) {
    const at = new Scalar(resolved.value, resolved.type, node.range[0], node.range[1])
    ALIAS_STAND_INS.add(at)
    const expressions = value.includes('${{')
      ? scanExpressions(value).map((span): Expression => ({
          body: span.body,
          ast: span.terminated ? parseExpression(span.body) : null,
          terminated: span.terminated,
          valueStart: span.start,
          valueEnd: span.end,
          start: at.start,
          end: at.end
        }))
      : NO_EXPRESSIONS
    return { value, node: at, expressions }
  }
  return { value, node: resolved, expressions: value.includes('${{') ? expressionsOf(ctx.text, resolved, value) : NO_EXPRESSIONS }
}

function expressionsOf(text: string, node: Scalar, value: string): Expression[] {
  const spans = scanExpressions(value)
  if (spans.length === 0) return []
  // Source offsets are found in one pass over the scalar, the first time any expression's are read: most
  // expressions never become a finding.
  let offsets: number[] | null = null
  const sourceOffset = (index: number): number => {
    if (!offsets) {
      const targets: number[] = []
      for (const span of spans) targets.push(span.start, Math.max(span.start, span.end - 1))
      offsets = sourceOffsets(text, node, value, targets)
    }
    return offsets[index] ?? 0
  }
  return spans.map(
    (span, i) => new SourcedExpression(span.body, span.terminated ? parseExpression(span.body) : null, span.terminated, span.start, span.end, sourceOffset, i)
  )
}

/** An expression whose source offsets are computed on first read. */
class SourcedExpression implements Expression {
  constructor(
    readonly body: string,
    readonly ast: Expression['ast'],
    readonly terminated: boolean,
    readonly valueStart: number,
    readonly valueEnd: number,
    private readonly sourceOffset: (index: number) => number,
    private readonly index: number
  ) {}
  get start(): number {
    return this.sourceOffset(2 * this.index)
  }
  get end(): number {
    return this.sourceOffset(2 * this.index + 1) + 1
  }
}

/**
 * The expressions of an `if:` value: its `${{ }}` occurrences, or, when it has none, the whole value (GitHub
 * evaluates a bare `if:` as an expression).
 */
export function conditionExpressions(file: { text: string }, str: Str): Expression[] {
  if (str.expressions.length > 0) return str.expressions
  const cached = conditionCache.get(str)
  if (cached) return cached
  const [start, end] = sourceSpan(file, str, 0, str.value.length)
  const expression: Expression = {
    body: str.value,
    ast: parseExpression(str.value),
    terminated: true,
    valueStart: 0,
    valueEnd: str.value.length,
    start,
    end,
    bare: true
  }
  conditionCache.set(str, [expression])
  return [expression]
}

const conditionCache = new ObjectMemo<Str, Expression[]>()

/** Source span of a sub-node of an expression's AST (offsets relative to its body). */
export function expressionNodeSpan(file: { text: string }, str: Str, expression: Expression, node: { start: number; end: number }): [number, number] {
  const bodyStart = expression.valueStart + (expression.bare ? 0 : 3)
  return sourceSpan(file, str, bodyStart + node.start, bodyStart + node.end)
}

/** Source offsets [start, end) of the value characters [valueStart, valueEnd) of a string. */
export function sourceSpan(file: { text: string }, str: Str, valueStart: number, valueEnd: number): [number, number] {
  if (ALIAS_STAND_INS.has(str.node)) return [str.node.start, str.node.end]
  const first = Math.min(valueStart, str.value.length)
  const [start = 0, last = start] = sourceOffsets(file.text, str.node, str.value, [first, Math.max(first, Math.min(valueEnd, str.value.length) - 1)])
  return [start, Math.max(start + 1, last + 1)]
}

/** Returned for every absent `with:` / `env:` / `outputs:` map. Shared: never mutate model maps. */
const EMPTY = new Map<string, ValueEntry>()

function valueEntries(ctx: Ctx, node: unknown): Map<string, ValueEntry> {
  const list = pairs(ctx, node)
  if (list.length === 0) return EMPTY
  const out = new Map<string, ValueEntry>()
  for (const pair of list) {
    if (out.has(pair.key)) continue
    out.set(pair.key, { name: pair.key, keyNode: pair.keyNode, node: pair.value, value: strOf(ctx, pair.raw) ?? null })
  }
  return out
}

function envOf(ctx: Ctx, node: unknown): Env {
  return valueEntries(ctx, node)
}

function stringList(ctx: Ctx, node: unknown): string[] {
  const resolved = deref(ctx, node)
  if (isSeq(resolved)) return items(ctx, resolved).flatMap((item) => strOf(ctx, item)?.value ?? [])
  const single = strOf(ctx, resolved)
  return single ? [single.value] : []
}

// ---------------------------------------------------------------------------------------------------

function permissionsOf(ctx: Ctx, pair: Pair | undefined): Permissions | undefined {
  if (!pair) return undefined
  const permissions: Permissions = { keyNode: pair.keyNode, node: pair.value, form: 'invalid', scopes: new Map() }
  const value = pair.value
  if (isScalar(value)) {
    const text = value.value === null || value.value === undefined ? '' : String(value.value)
    if (text === 'read-all' || text === 'write-all') permissions.form = text
    else if (text.includes('${{')) permissions.form = 'expression'
    else if (text === '') permissions.form = 'empty' // `permissions:` with nothing: GitHub treats it as none
    return permissions
  }
  if (value === null) {
    permissions.form = 'empty'
    return permissions
  }
  if (!isMap(value)) return permissions
  const entries = pairs(ctx, value)
  permissions.form = entries.length === 0 ? 'empty' : 'map'
  for (const entry of entries) {
    const level = strOf(ctx, entry.value)?.value ?? ''
    permissions.scopes.set(entry.key, { level, keyNode: entry.keyNode, valueNode: entry.value })
  }
  return permissions
}

function inputsOf(ctx: Ctx, node: unknown): Map<string, InputDef> {
  const out = new Map<string, InputDef>()
  for (const pair of pairs(ctx, node)) {
    const fields = pairMap(ctx, pair.value)
    const input: InputDef = { name: pair.key, keyNode: pair.keyNode }
    const type = strOf(ctx, fields.get('type')?.raw)?.value
    if (type) input.type = type.toLowerCase()
    const required = strOf(ctx, fields.get('required')?.raw)?.value
    if (required !== undefined) input.required = required === 'true'
    const def = strOf(ctx, fields.get('default')?.raw)
    if (def) input.default = def
    const options = fields.get('options')
    if (options) input.options = stringList(ctx, options.value)
    out.set(pair.key, input)
  }
  return out
}

function triggerOf(ctx: Ctx, event: string, node: Scalar, config: Node | null): Trigger {
  const trigger: Trigger = { event, node, config, filters: new Map(), inputs: new Map(), secrets: new Map() }
  for (const pair of pairs(ctx, config)) {
    if (pair.key === 'inputs') trigger.inputs = inputsOf(ctx, pair.value)
    else if (pair.key === 'secrets') trigger.secrets = valueEntries(ctx, pair.value)
    else if (pair.key !== 'outputs') trigger.filters.set(pair.key, stringList(ctx, pair.value))
  }
  return trigger
}

function triggersOf(ctx: Ctx, node: Node | null): Trigger[] {
  if (isScalar(node)) {
    const text = strOf(ctx, node)?.value
    return text ? [triggerOf(ctx, text, node, null)] : []
  }
  if (isSeq(node)) {
    return items(ctx, node).flatMap((item) => {
      const text = isScalar(item) ? strOf(ctx, item)?.value : undefined
      return text && isScalar(item) ? [triggerOf(ctx, text, item, null)] : []
    })
  }
  return pairs(ctx, node).map((pair) => triggerOf(ctx, pair.key, pair.keyNode, pair.value))
}

// ---------------------------------------------------------------------------------------------------

const SHA = /^[0-9a-f]{40}$/i

/** A `uses:` value at its node (see `parseUsesText`). */
export function parseUses(raw: string, node: Scalar): Uses {
  const uses = parseUsesText(raw) as Uses
  uses.node = node
  return uses
}

/**
 * The one reader of `uses:` values: `./path` and `$/path[@ref]` (local), `docker://image`, `owner/repo[/path]@ref`
 * (remote); anything else (no ref, an expression for the owner...) is `invalid`. Also used on the text
 * pre-scan's values, which have no node.
 */
export function parseUsesText(raw: string): Omit<Uses, 'node'> {
  const value = raw.trim()
  const uses: Omit<Uses, 'node'> = { raw, kind: 'invalid', name: value.toLowerCase(), pinned: false, reusableWorkflow: false }
  if (value.startsWith('./') || value.startsWith('$/')) {
    uses.kind = 'local'
    if (value.startsWith('$/')) uses.selfRepository = true
    const at = value.startsWith('$/') ? value.lastIndexOf('@') : -1
    uses.path = (at > 0 ? value.slice(2, at) : value.slice(2)).replace(/^\.\//, '')
    if (at > 0) uses.ref = value.slice(at + 1)
    uses.name = `./${uses.path}`.toLowerCase()
    uses.reusableWorkflow = /\.ya?ml$/i.test(uses.path)
    uses.pinned = true
    return uses
  }
  if (value.startsWith('docker://')) {
    uses.kind = 'docker'
    uses.image = value.slice('docker://'.length)
    uses.name = uses.image.toLowerCase()
    uses.pinned = /@sha256:[0-9a-f]{64}$/i.test(uses.image)
    return uses
  }
  const at = value.lastIndexOf('@')
  if (at <= 0) return uses
  const target = value.slice(0, at)
  const ref = value.slice(at + 1)
  const parts = target.split('/')
  if (parts.length < 2 || !parts[0] || !parts[1] || !ref) return uses
  uses.kind = 'remote'
  uses.owner = parts[0]
  uses.repo = parts[1]
  if (parts.length > 2) uses.path = parts.slice(2).join('/')
  uses.ref = ref
  uses.slug = `${parts[0]}/${parts[1]}`.toLowerCase()
  uses.name = target.toLowerCase()
  uses.pinned = SHA.test(ref)
  uses.reusableWorkflow = /\/\.github\/workflows\/[^/]+\.ya?ml$/i.test(target)
  return uses
}

function usesOf(ctx: Ctx, node: Node | null | undefined): Uses | undefined {
  const str = strOf(ctx, node)
  return str ? parseUses(str.value, str.node) : undefined
}

function stepOf(ctx: Ctx, node: Node, index: number, job: Job | null, action: ActionDoc | null, defaultShell: string): Step {
  const fields = pairMap(ctx, node)
  const step: Step = { index, node, with: EMPTY, env: EMPTY, job, action, effectiveShell: defaultShell }
  const id = strOf(ctx, fields.get('id')?.raw)
  if (id) step.id = id
  const name = strOf(ctx, fields.get('name')?.raw)
  if (name) step.name = name
  const condition = strOf(ctx, fields.get('if')?.raw)
  if (condition) step.if = condition
  const uses = usesOf(ctx, fields.get('uses')?.raw)
  if (uses) step.uses = uses
  step.with = valueEntries(ctx, fields.get('with')?.value)
  const run = strOf(ctx, fields.get('run')?.raw)
  if (run) step.run = run
  const shell = strOf(ctx, fields.get('shell')?.raw)
  if (shell) {
    step.shell = shell
    step.effectiveShell = shell.value
  }
  step.env = envOf(ctx, fields.get('env')?.value)
  const workingDirectory = strOf(ctx, fields.get('working-directory')?.raw)
  if (workingDirectory) step.workingDirectory = workingDirectory
  if (strOf(ctx, fields.get('background')?.raw)?.value === 'true') step.background = true
  const continueOnError = fields.get('continue-on-error')?.value
  if (continueOnError) step.continueOnError = continueOnError
  return step
}

/**
 * Step mappings in order, with the members of `parallel:` groups (GitHub's parallel steps) flattened in
 * place: they run at the same time, but after the steps before the group and before the steps after it.
 */
function stepNodes(ctx: Ctx, node: unknown): Array<{ node: Node; group: Node | null }> {
  const out: Array<{ node: Node; group: Node | null }> = []
  for (const item of items(ctx, node)) {
    if (!isMap(item)) continue
    const parallel = pairMap(ctx, item).get('parallel')?.value
    if (parallel && isSeq(parallel)) {
      for (const member of items(ctx, parallel)) if (isMap(member)) out.push({ node: member, group: item })
    } else out.push({ node: item, group: null })
  }
  return out
}

function withGroup(step: Step, group: Node | null): Step {
  if (group) step.parallelGroup = group
  return step
}

function defaultsOf(ctx: Ctx, node: unknown): { shell?: Str; workingDirectory?: Str } {
  const run = pairMap(ctx, pairMap(ctx, node).get('run')?.value)
  const out: { shell?: Str; workingDirectory?: Str } = {}
  const shell = strOf(ctx, run.get('shell')?.raw)
  if (shell) out.shell = shell
  const workingDirectory = strOf(ctx, run.get('working-directory')?.raw)
  if (workingDirectory) out.workingDirectory = workingDirectory
  return out
}

function containerOf(ctx: Ctx, node: Node, name?: string, raw: Node | null = node): Container {
  const container: Container = { node, env: EMPTY, ...(name !== undefined ? { name } : {}) }
  if (isScalar(node)) {
    const image = strOf(ctx, raw)
    if (image) container.image = image
    return container
  }
  const fields = pairMap(ctx, node)
  const image = strOf(ctx, fields.get('image')?.raw)
  if (image) container.image = image
  const credentials = fields.get('credentials')
  if (credentials?.value) {
    const creds = pairMap(ctx, credentials.value)
    container.credentials = { node: credentials.value }
    const username = strOf(ctx, creds.get('username')?.raw)
    if (username) container.credentials.username = username
    const password = strOf(ctx, creds.get('password')?.raw)
    if (password) container.credentials.password = password
  }
  container.env = envOf(ctx, fields.get('env')?.value)
  const options = strOf(ctx, fields.get('options')?.raw)
  if (options) container.options = options
  return container
}

function jobOf(ctx: Ctx, workflow: WorkflowDoc, pair: Pair): Job {
  const fields = pairMap(ctx, pair.value)
  const job: Job = {
    id: pair.key,
    keyNode: pair.keyNode,
    node: pair.value,
    workflow,
    needs: [],
    services: [],
    outputs: EMPTY,
    env: EMPTY,
    defaults: {},
    with: EMPTY,
    steps: []
  }
  const name = strOf(ctx, fields.get('name')?.raw)
  if (name) job.name = name
  const needs = fields.get('needs')?.value
  job.needs = isSeq(needs) ? items(ctx, needs).flatMap((item) => strOf(ctx, item) ?? []) : [strOf(ctx, needs)].flatMap((s) => s ?? [])
  const condition = strOf(ctx, fields.get('if')?.raw)
  if (condition) job.if = condition
  const runsOn = fields.get('runs-on')
  if (runsOn) {
    const value = runsOn.value
    const labels: Str[] = []
    let group: Str | undefined
    if (isSeq(value)) labels.push(...items(ctx, value).flatMap((item) => strOf(ctx, item) ?? []))
    else if (isMap(value)) {
      const runner = pairMap(ctx, value)
      labels.push(...stringNodes(ctx, runner.get('labels')?.value))
      group = strOf(ctx, runner.get('group')?.raw)
    } else {
      const single = strOf(ctx, value)
      if (single) labels.push(single)
    }
    job.runsOn = { node: value, labels, ...(group ? { group } : {}) }
  }
  const container = fields.get('container')?.value
  if (container) job.container = containerOf(ctx, container, undefined, fields.get('container')?.raw ?? container)
  for (const service of pairs(ctx, fields.get('services')?.value)) {
    if (service.value) job.services.push(containerOf(ctx, service.value, service.key, service.raw))
  }
  const environment = fields.get('environment')?.value
  if (environment) {
    if (isMap(environment)) {
      const env = pairMap(ctx, environment)
      job.environment = { node: environment }
      const envName = strOf(ctx, env.get('name')?.raw)
      if (envName) job.environment.name = envName
      const url = strOf(ctx, env.get('url')?.raw)
      if (url) job.environment.url = url
      if (env.has('deployment')) job.environment.deployment = env.get('deployment')?.value ?? null
    } else {
      const envName = strOf(ctx, environment)
      job.environment = { node: environment, ...(envName ? { name: envName } : {}) }
    }
  }
  job.outputs = valueEntries(ctx, fields.get('outputs')?.value)
  const strategy = fields.get('strategy')?.value
  if (strategy) job.strategy = { node: strategy, matrix: pairMap(ctx, strategy).get('matrix')?.value ?? null }
  const permissions = permissionsOf(ctx, fields.get('permissions'))
  if (permissions) job.permissions = permissions
  job.env = envOf(ctx, fields.get('env')?.value)
  job.defaults = defaultsOf(ctx, fields.get('defaults')?.value)
  const uses = usesOf(ctx, fields.get('uses')?.raw)
  if (uses) job.uses = uses
  job.with = valueEntries(ctx, fields.get('with')?.value)
  const secrets = fields.get('secrets')?.value
  if (secrets) {
    const inherit = strOf(ctx, secrets)?.value === 'inherit'
    job.secrets = { node: secrets, inherit, entries: inherit ? new Map() : valueEntries(ctx, secrets) }
  }
  const concurrency = fields.get('concurrency')?.value
  if (concurrency) job.concurrency = concurrency
  const shell = job.defaults.shell?.value ?? workflow.defaults.shell?.value ?? 'bash'
  job.steps = stepNodes(ctx, fields.get('steps')?.value).map(({ node, group }, index) => withGroup(stepOf(ctx, node, index, job, null, shell), group))
  return job
}

function stringNodes(ctx: Ctx, node: unknown): Str[] {
  const resolved = deref(ctx, node)
  if (isSeq(resolved)) return items(ctx, resolved).flatMap((item) => strOf(ctx, item) ?? [])
  const single = strOf(ctx, resolved)
  return single ? [single] : []
}

export function buildWorkflow(file: ParsedWorkflowFile): WorkflowDoc {
  const ctx: Ctx = { text: file.text }
  const top = pairMap(ctx, file.doc.contents)
  const workflow: WorkflowDoc = {
    kind: 'workflow',
    path: file.path,
    file,
    triggers: [],
    env: envOf(ctx, top.get('env')?.value),
    defaults: defaultsOf(ctx, top.get('defaults')?.value),
    jobs: [],
    jobsById: new Map()
  }
  const name = strOf(ctx, top.get('name')?.raw)
  if (name) workflow.name = name
  const runName = strOf(ctx, top.get('run-name')?.raw)
  if (runName) workflow.runName = runName
  // YAML 1.1 readers turn `on` into `true`; the `yaml` package (1.2) keeps it a string, but accept both.
  const on = top.get('on') ?? top.get('true')
  if (on) {
    workflow.on = { keyNode: on.keyNode, node: on.value }
    workflow.triggers = triggersOf(ctx, on.value)
  }
  const permissions = permissionsOf(ctx, top.get('permissions'))
  if (permissions) workflow.permissions = permissions
  const concurrency = top.get('concurrency')?.value
  if (concurrency) workflow.concurrency = concurrency
  const jobs = top.get('jobs')
  if (jobs) {
    workflow.jobsKey = jobs.keyNode
    for (const pair of pairs(ctx, jobs.value)) {
      const job = jobOf(ctx, workflow, pair)
      workflow.jobs.push(job)
      if (!workflow.jobsById.has(job.id)) workflow.jobsById.set(job.id, job)
    }
  }
  return workflow
}

export function buildAction(file: ParsedWorkflowFile): ActionDoc {
  const ctx: Ctx = { text: file.text }
  const top = pairMap(ctx, file.doc.contents)
  const action: ActionDoc = {
    kind: 'action',
    path: file.path,
    file,
    inputs: inputsOf(ctx, top.get('inputs')?.value),
    outputs: new Map()
  }
  const name = strOf(ctx, top.get('name')?.raw)
  if (name) action.name = name
  for (const pair of pairs(ctx, top.get('outputs')?.value)) {
    const value = isMap(pair.value) ? (pairMap(ctx, pair.value).get('value')?.value ?? null) : pair.value
    action.outputs.set(pair.key, { name: pair.key, keyNode: pair.keyNode, node: value, value: strOf(ctx, value) ?? null })
  }
  const runsNode = top.get('runs')?.value
  if (runsNode && isMap(runsNode)) {
    const runs = pairMap(ctx, runsNode)
    const using = strOf(ctx, runs.get('using')?.value)
    const lower = using?.value.toLowerCase() ?? ''
    const kind = lower === 'composite' ? 'composite' : lower === 'docker' ? 'docker' : /^node\d+$/.test(lower) ? 'javascript' : 'unknown'
    action.runs = { node: runsNode, kind, steps: [], args: stringNodes(ctx, runs.get('args')?.value), env: envOf(ctx, runs.get('env')?.value) }
    if (using) action.runs.using = using
    for (const key of ['image', 'main', 'pre', 'post', 'entrypoint'] as const) {
      const value = strOf(ctx, runs.get(key)?.value)
      if (value) action.runs[key] = value
    }
    action.runs.steps = stepNodes(ctx, runs.get('steps')?.value).map(({ node, group }, index) =>
      withGroup(stepOf(ctx, node, index, null, action, 'bash'), group)
    )
  }
  return action
}

/**
 * Every string in the document that holds a `${{ }}`, keys excluded, each once (aliases are not followed:
 * the anchor's own node is visited where it is written). For audits that look at all expressions.
 */
export function allExpressionStrings(file: ParsedWorkflowFile): Str[] {
  const ctx: Ctx = { text: file.text }
  const out: Str[] = []
  const visit = (node: unknown): void => {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && node.value.includes('${{')) {
        const str = strOf(ctx, node)
        if (str) out.push(str)
      }
    } else if (isMap(node)) {
      for (const pair of node.items) visit(pair.value)
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item)
    }
  }
  visit(file.doc.contents)
  return out
}
