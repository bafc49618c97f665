/**
 * Taint: where attacker-controlled text reaches an expression, a shell command or an output, across
 * `env:`, `$GITHUB_ENV`, `$GITHUB_OUTPUT`, shell assignments, `steps.*.outputs`, `needs.*.outputs`, matrices
 * and the callers of local actions and reusable workflows.
 */
import { isMap, isScalar, isSeq } from '../../workspace/yaml-ast.js'
import { capabilityOf } from '../contexts.js'
import { TAINTED_OUTPUT_ACTIONS } from '../data/index.js'
import { valueRefs } from '../expressions.js'
import { commands, envFileWrites, expandedVariables } from '../shell.js'
import type { ActionDoc, Expression, Job, Step, Str, WorkflowDoc, WorkflowModel } from '../types.js'
import { ObjectMemo } from '../../object-memo.js'
import { narrowedOutput } from '../narrowed-output.js'
import { validatedVariables } from '../validated-values.js'
import { escapeRegExp, stepLabelOf } from './text.js'
import { privilegedUntrustedEvents } from './triggers.js'
import { untrustedCheckouts, type UntrustedCheckout } from './untrusted-code.js'
import { callArgument, scriptOutputShape, shellValueShape } from './output-shape.js'

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

/** Commands whose output is attacker-written text (in workflows that handle outside contributions). */
const UNTRUSTED_COMMAND =
  /\bgit\s+log\b.*(%s|%b|%B|--format|--pretty)|\bgit\s+show\b.*(%s|%b|%B)|\bgh\s+pr\s+view\b|\bgh\s+issue\s+view\b|\bgh\s+api\b.*(pulls|issues|comments)|\bjq\b.*\b(title|body|head\.ref|message|head_branch)\b|\$GITHUB_EVENT_PATH|\$\{GITHUB_EVENT_PATH\}/

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

/** Event text read inside an `actions/github-script` script. */
const PAYLOAD_TEXT =
  /context\.payload\.(?:pull_request|issue|comment|review|discussion|head_commit)\.(?:title|body|head\.ref|message|head\.label)\b|context\.payload\.comment\.body|\.data\.(?:title|body)\b/

/** Commands that print a file's contents. */
const READS_FILE = /\$\(\s*<|\b(cat|head|tail|jq|yq|sed|awk|cut|tr|xargs|unzip\s+-p|base64)\b[^|;&]*\s[\w./-]*\w/

/** Workflow-dispatch and workflow-call inputs that cannot hold shell syntax. */
function inputIsInert(workflow: WorkflowDoc | null, action: ActionDoc | null, name: string): boolean {
  const defs = workflow
    ? workflow.triggers.flatMap((t) => (t.inputs.has(name) ? [t.inputs.get(name)!] : []))
    : action?.inputs.has(name)
      ? [action.inputs.get(name)!]
      : []
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
        valueTaint(
          entry,
          { job: caller.job, step: caller, action: caller.action },
          `${caller.job ? caller.job.workflow.path : caller.action?.path}: with.${name}`
        )
      }
    } else if (site.job && site.job.workflow.triggers.some((t) => t.event === 'workflow_call')) {
      const target = site.job.workflow.path
      let jobs = this.workflowCallersMemo.get(target)
      if (!jobs) {
        jobs = this.model.workflows.flatMap((workflow) =>
          workflow.jobs.filter((job) => job.uses?.kind === 'local' && job.uses.path?.replace(/^\.\//, '') === target)
        )
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
          if (sets && PAYLOAD_TEXT.test(script))
            return { level: shape === 'json' ? 'structured' : 'arbitrary', origin: 'actions/github-script result built from event text', via: [`steps.${id}`] }
          // The script reads attacker text handed to it through `env:` (`process.env.BODY`) and sets outputs:
          // partly attacker-influenced (scripts often parse a command out of a comment and keep only a
          // number or a word, which the expression analysis cannot see), so `structured`, not `arbitrary`.
          if (sets) {
            for (const match of script.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g)) {
              const variable = match[1] ?? match[2]!
              const taint = this.envTaint(variable, { job: site.job, step, action: site.action })
              if (taint?.level === 'arbitrary')
                return { ...taint, level: 'structured', via: [...taint.via, `steps.${id} (actions/github-script reads process.env.${variable})`] }
            }
          }
        }
        for (const known of TAINTED_OUTPUT_ACTIONS) {
          if (step.uses.name !== known.action && !step.uses.name.startsWith(`${known.action}/`)) continue
          if (known.outputs !== '*' && name !== '*' && !known.outputs.test(name)) continue
          const json = known.json !== undefined && step.with.get(known.json.input)?.value?.value.trim().toLowerCase() === known.json.value
          return { level: json ? 'structured' : 'arbitrary', origin: json ? `${known.note} (JSON-encoded)` : known.note, via: [`${step.uses.name}`] }
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
      const shape = narrowedOutput(write.command.text) ? 'restricted' : shellValueShape(write.command.text)
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
    if (narrowedOutput(text)) return null
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
    return {
      level: 'arbitrary',
      origin: before.kind === 'artifact' ? "the contents of a pull request run's artifacts" : 'files of the checked-out pull request',
      via: [`${stepLabelOf(before.step)}`]
    }
  }

  private readonly assignmentsMemo = new Map<Step, Map<string, Array<{ end: number; name: string; taint: Taint | null }>>>()

  /** Shell variable assignments of a script (`X=...`, `export X=...`, `X=$(...)`) in order, with the taint of their value; computed once per step and script. */
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
    // Guards that stop the script unless a variable matches an allow-list narrow it from their end on.
    const guards = validatedVariables(script)
    const narrow = (until: number): void => {
      while (guards.length > 0 && guards[0]!.end <= until) {
        const guard = guards.shift()!
        current.set(guard.name, null)
        out.push({ end: guard.end, name: guard.name, taint: null })
      }
    }
    for (const command of commands(script)) {
      narrow(command.start)
      const match = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(command.text)
      if (!match) continue
      let taint: Taint | null = null
      if (isRun) {
        for (const expression of step.run!.expressions) {
          if (expression.valueStart >= command.start && expression.valueStart < command.end) taint = stronger(taint, this.expressionTaint(expression, site))
        }
      }
      for (const variable of expandedVariables(match[2]!))
        taint = stronger(taint, current.has(variable.name) ? (current.get(variable.name) ?? null) : this.envTaint(variable.name, site))
      taint = stronger(taint, this.commandOutputTaint(match[2]!, site))
      const shape = narrowedOutput(match[2]!) ? 'restricted' : shellValueShape(match[2]!)
      if (shape === 'restricted') taint = null
      else if (shape === 'json' && taint?.level === 'arbitrary') taint = { ...taint, level: 'structured' }
      const named = taint ? through(taint, `$${match[1]}`) : null
      current.set(match[1]!, named)
      out.push({ end: command.end, name: match[1]!, taint: named })
    }
    narrow(Number.POSITIVE_INFINITY)
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
