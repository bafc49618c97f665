/** Gates: conditions, environments and author checks that keep outsiders from reaching a job or a step. */
import { isScalar } from '../../workspace/yaml-ast.js'
import { conditionExpressions } from '../build.js'
import type { ExprNode } from '../expressions.js'
import type { Job, Step, Str } from '../types.js'
import { conditionEvents, extraGateOf, outsiderDisjunct } from '../gate-extras.js'
import { FORK_REACHABLE_EVENTS } from '../contexts.js'

export type GateKind = 'same-repository' | 'not-fork' | 'label' | 'author-association' | 'actor' | 'environment' | 'merged'

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
  const reachable = outsiderDisjunct(node)
  if (reachable) return conjuncts(reachable)
  return [node]
}

function literalOf(node: ExprNode): string | boolean | number | null | undefined {
  return node.kind === 'literal' ? node.value : undefined
}

function gateOf(node: ExprNode): Gate | null {
  const extra = extraGateOf(node)
  if (extra) return extra
  if (node.kind === 'binary' && node.op === '||') {
    // `github.event.comment.user.login == 'a' || … == 'b'`: every branch names one person, so only they can trigger it
    const parts: ExprNode[] = []
    const collect = (part: ExprNode): void => (part.kind === 'binary' && part.op === '||' ? (collect(part.left), collect(part.right)) : void parts.push(part))
    collect(node)
    const gates = parts.map(gateOf)
    if (gates.every((gate) => gate?.kind === 'actor')) return { kind: 'actor', note: `only ${parts.length} named users can trigger it` }
    return null
  }
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
    if (
      paths.some((p) => p === 'github.actor' || p === 'github.triggering_actor' || /\.(user|sender|comment\.user)\.login$/.test(p)) &&
      typeof literal === 'string' &&
      !literal.toLowerCase().endsWith('[bot]') &&
      !negated
    ) {
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

/** Whether an expression calls a status function (`always()`, `failure()`, `cancelled()`), which lets a job run after its needs were skipped. */
function callsStatus(node: ExprNode): boolean {
  switch (node.kind) {
    case 'call':
      return ['always', 'failure', 'cancelled'].includes(node.name) || node.args.some(callsStatus)
    case 'binary':
      return callsStatus(node.left) || callsStatus(node.right)
    case 'not':
      return callsStatus(node.operand)
    case 'access':
      return callsStatus(node.object) || (typeof node.property === 'object' && callsStatus(node.property))
    default:
      return false
  }
}

/** The jobs a `needs.<id>.result == 'success'|'failure'` test (or an `||` of such) requires to have run, or null. */
function ranJobs(node: ExprNode): string[] | null {
  if (node.kind === 'binary' && node.op === '||') {
    const left = ranJobs(node.left)
    const right = ranJobs(node.right)
    return left && right ? [...left, ...right] : null
  }
  if (node.kind !== 'binary' || node.op !== '==') return null
  const context = [node.left, node.right].find((side): side is Extract<ExprNode, { kind: 'context' }> => side.kind === 'context')
  const literal = [node.left, node.right].map(literalOf).find((value) => value !== undefined)
  const match = context ? /^needs\.([\w-]+)\.result$/.exec(context.path) : null
  return match && (literal === 'success' || literal === 'failure') ? [match[1]!] : null
}

/**
 * A gate a job gets from the jobs it needs: a job whose needs were skipped is skipped too, unless its `if:`
 * calls a status function (`always()`, `failure()`, `cancelled()`). So without one, a needed job that
 * blocks outsiders blocks them here; with one, only a test that a needed job ran (`needs.x.result ==
 * 'failure'`, every `||` branch naming such a job) carries that job's gate over.
 */
function inheritedGate(job: Job, seen: Set<string>): Gate | null {
  if (job.needs.length === 0) return null
  const asts = job.if ? conditionExpressions(job.workflow.file, job.if).map((expression) => expression.ast) : []
  const statusCalled = asts.some((ast) => ast !== null && callsStatus(ast))
  const blocking = (id: string): Gate | null => {
    const need = job.workflow.jobsById.get(id)
    if (!need || seen.has(id)) return null
    const gates = collectGates(need, undefined, new Set([...seen, id]))
    const gate = gates.find((g) => g.kind === 'same-repository' || g.kind === 'not-fork' || g.kind === 'merged')
    return gate ? { kind: gate.kind, note: `it needs job ${id}, which runs only when ${gate.note}` } : null
  }
  const candidates = statusCalled
    ? asts
        .flatMap((ast) => conjuncts(ast))
        .map(ranJobs)
        .filter((ids): ids is string[] => ids !== null)
    : job.needs.map((need) => [need.value])
  for (const ids of candidates) {
    const gates = ids.map(blocking)
    if (gates.length > 0 && gates.every((gate) => gate !== null)) return gates[0]!
  }
  return null
}

/** Gates that guard a job (its `if:` and `environment:`, and the jobs it needs) and, optionally, one of its steps. */
export function gatesFor(job: Job, step?: Step): Gate[] {
  return collectGates(job, step, new Set([job.id]))
}

function collectGates(job: Job, step: Step | undefined, seen: Set<string>): Gate[] {
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
  if (
    step &&
    !blocksForks(gates) &&
    !(step.if && conditionExpressions(job.workflow.file, step.if).some((expression) => expression.ast !== null && callsStatus(expression.ast)))
  ) {
    const check = job.steps.slice(0, step.index).find((earlier) => stopsForks(job, earlier))
    if (check) gates.push({ kind: 'not-fork', note: `step ${check.index + 1} fails the job when the pull request comes from a fork` })
  }
  if (step && !gates.some((gate) => gate.kind === 'author-association')) {
    const check = job.steps.slice(0, step.index).find(stopsUntrustedAuthors)
    if (check) gates.push({ kind: 'author-association', note: `step ${check.index + 1} stops the job unless the author is a trusted member` })
  }
  if (!gates.some((gate) => gate.kind === 'author-association')) {
    const checked = permissionOutputGate(job)
    if (checked) gates.push(checked)
  }
  const inherited = inheritedGate(job, seen)
  if (inherited && !gates.some((gate) => gate.kind === inherited.kind)) gates.push(inherited)
  if (job.environment) {
    gates.push({
      kind: 'environment',
      note: `it deploys to environment ${job.environment.name?.value ?? '(named by an expression)'} (required reviewers cannot be checked offline)`
    })
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

/** Whether a step's `if:` holds on every event outsiders can cause (absent, or `github.event_name != 'x'` for events they cannot cause). */
function runsForOutsiders(job: Job, step: Step): boolean {
  if (!step.if) return true
  return conditionExpressions(job.workflow.file, step.if).every((expression) =>
    conjuncts(expression.ast).every((node) => {
      if (node.kind !== 'binary' || node.op !== '!=') return false
      const sides = [node.left, node.right]
      const literal = sides.map(literalOf).find((value) => value !== undefined)
      return (
        sides.some((side) => side.kind === 'context' && side.path === 'github.event_name') &&
        typeof literal === 'string' &&
        !FORK_REACHABLE_EVENTS.has(literal.toLowerCase())
      )
    })
  )
}

/** The text of the `{ … }` block starting at `open` (balanced braces, strings not parsed). */
function block(text: string, open: number): string | null {
  let depth = 0
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1
    else if (text[i] === '}') {
      depth -= 1
      if (depth === 0) return text.slice(open + 1, i)
    }
  }
  return null
}

/** This repository's full name in a github-script. */
const THIS_REPOSITORY = String.raw`(?:\x60\$\{context\.repo\.owner\}\/\$\{context\.repo\.repo\}\x60|context\.payload\.repository\.full_name|process\.env\.GITHUB_REPOSITORY)`
/** `x.head.repo.full_name !== <this repository>` (either way round), or `x.head.repo.fork` (`=== true`). */
const FORK_TEST = new RegExp(
  String.raw`^(?:[\w.?]+\.head\.repo\??\.full_name\s*!==?\s*${THIS_REPOSITORY}|${THIS_REPOSITORY}\s*!==?\s*[\w.?]+\.head\.repo\??\.full_name|[\w.?]+\.head\.repo\??\.fork(?:\s*===?\s*true)?)$`
)

/**
 * An earlier `actions/github-script` step that fails the job when the pull request comes from a fork:
 * `if (pull.head.repo.full_name !== …) { … core.setFailed(…) }` or `if (pull.head.repo.fork) { … throw … }`
 * (a condition without `&&`, which could narrow when it fails). A failed step skips the later ones unless
 * they call a status function (checked by the caller).
 */
function stopsForks(job: Job, step: Step): boolean {
  if (step.uses?.name !== 'actions/github-script' || step.continueOnError !== undefined || !runsForOutsiders(job, step)) return false
  const script = step.with.get('script')?.value?.value ?? ''
  for (const match of script.matchAll(/\bif\s*\(((?:[^(){}$]|\$\{[\w.]+\}|\$)*(?:\((?:[^(){}]|\$\{[\w.]+\})*\)(?:[^(){}$]|\$\{[\w.]+\}|\$)*)*)\)\s*\{/g)) {
    const condition = match[1]!
    if (condition.includes('&&')) continue
    const forked = condition.split('||').some((part) => FORK_TEST.test(part.trim()))
    if (!forked) continue
    const body = block(script, match.index + match[0].length - 1)
    if (body && /core\.setFailed\(|\bthrow\b|process\.exit\(\s*[1-9]/.test(body)) return true
  }
  return false
}

/** Gates that stop outsiders entirely (the pull request must come from this repository). */
export function blocksForks(gates: Gate[]): boolean {
  return gates.some((gate) => gate.kind === 'same-repository' || gate.kind === 'not-fork' || gate.kind === 'merged')
}

/** Whether every `if:` expression of a job pins it to events none of which is one of `events`. */
export function pinnedElsewhere(job: Job, events: string[]): boolean {
  if (!job.if) return false
  const expressions = conditionExpressions(job.workflow.file, job.if)
  return (
    expressions.length > 0 &&
    expressions.every((expression) => {
      const pinned = conditionEvents(expression.ast)
      return pinned !== null && !events.some((event) => pinned.has(event.toLowerCase()))
    })
  )
}

/**
 * `if: needs.check.outputs.allowed == 'true'` where job `check` sets that output from a `run:` step that asks
 * GitHub for the triggering user's repository permission and writes `allowed=true` only in an `if` that
 * tests for admin / maintain / write (and names no lower level): the job runs only for users with write access.
 */
function permissionOutputGate(job: Job): Gate | null {
  if (!job.if) return null
  for (const expression of conditionExpressions(job.workflow.file, job.if)) {
    for (const node of conjuncts(expression.ast)) {
      if (node.kind !== 'binary' || node.op !== '==') continue
      const context = [node.left, node.right].find((side): side is Extract<ExprNode, { kind: 'context' }> => side.kind === 'context')
      const literal = [node.left, node.right].map(literalOf).find((value) => value !== undefined)
      const match = context ? /^needs\.([\w-]+)\.outputs\.([\w-]+)$/.exec(context.path) : null
      if (!match || (literal !== 'true' && literal !== true) || !job.needs.some((need) => need.value === match[1])) continue
      const needed = job.workflow.jobsById.get(match[1]!)
      const output = needed ? [...needed.outputs].find(([key]) => key.toLowerCase() === match[2]!.toLowerCase())?.[1] : undefined
      const source = /^\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*$/.exec(output?.value?.expressions[0]?.body ?? '')
      const step = source ? needed!.steps.find((candidate) => candidate.id?.value === source[1]) : undefined
      const run = step && !step.if && step.continueOnError === undefined ? (step.run?.value ?? '') : ''
      if (!/\/collaborators\/[^\s'"]*\/permission|getCollaboratorPermissionLevel/.test(run)) continue
      if (writesTrueOnlyForWriters(run, source![2]!)) return { kind: 'author-association', note: `job ${match[1]} checks that the user has write access` }
    }
  }
  return null
}

/** Whether every `name=true` write of a script sits right inside an `if` that tests for admin, maintain or write only. */
function writesTrueOnlyForWriters(run: string, name: string): boolean {
  const lines = run.split('\n')
  const writes = lines.flatMap((line, index) => (new RegExp(String.raw`\b${name}=true\b`).test(line) ? [index] : []))
  if (writes.length === 0) return false
  return writes.every((index) => {
    let at = index - 1
    while (at >= 0 && !/^\s*(?:if|elif)\b/.test(lines[at]!)) {
      if (/^\s*(?:else|fi)\b/.test(lines[at]!)) return false
      at -= 1
    }
    const test = at >= 0 ? lines[at]! : ''
    return /\b(?:admin|maintain|write)\b/.test(test) && !/\b(?:read|triage|none)\b|!=/i.test(test)
  })
}
