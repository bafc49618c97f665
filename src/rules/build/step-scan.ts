/**
 * Shared readers for the workflow hygiene and online rules (unpinned-uses, unpinned-images, artipacked,
 * download-execute...): `uses:` parsing, every job and step with its `env:`, `run:` scripts, and exact
 * positions of a match inside a scalar (a line of a `run: |` block, a `${{ }}` in a value).
 */
import { allScalars, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from '../../workspace/yaml-ast.js'
import type { Location } from '../../model/finding.js'
import type { ParsedWorkflowFile } from '../../workspace/workflow-files.js'
import { compositeSteps, jobs, stepsOf } from '../../workspace/workflow-walk.js'
import { deref, entries, entry, scalarText, type Entry } from '../../workspace/yaml-nodes.js'
import { locate } from '../../workspace/yaml.js'
import { ObjectMemo } from '../../object-memo.js'

export const FULL_SHA = /^[0-9a-f]{40}$/i

export type ParsedUses =
  | { kind: 'local'; path: string }
  | { kind: 'docker'; image: string }
  | { kind: 'remote'; owner: string; repo: string; path: string; ref: string; slug: string }
  | { kind: 'expression' | 'invalid'; raw: string }

/** `owner/repo[/path]@ref`, `./local`, `$/local` (self-repository syntax), `docker://image`. */
export function parseUses(raw: string): ParsedUses {
  const value = raw.trim()
  if (value.includes('${{')) return { kind: 'expression', raw: value }
  if (value.startsWith('./') || value.startsWith('../') || value.startsWith('$/') || value === '.') return { kind: 'local', path: value }
  if (value.startsWith('docker://')) return { kind: 'docker', image: value.slice('docker://'.length) }
  const at = value.lastIndexOf('@')
  const target = at === -1 ? value : value.slice(0, at)
  const ref = at === -1 ? '' : value.slice(at + 1)
  const parts = target.split('/')
  if (parts.length < 2 || !parts[0] || !parts[1]) return { kind: 'invalid', raw: value }
  return { kind: 'remote', owner: parts[0], repo: parts[1], path: parts.slice(2).join('/'), ref, slug: `${parts[0]}/${parts[1]}` }
}

export interface StepView {
  file: ParsedWorkflowFile
  /** null for a composite action's steps. */
  jobId: string | null
  index: number
  node: Node
  uses?: { value: string; node: Scalar; parsed: ParsedUses }
  run?: { text: string; node: Scalar }
  with: Entry[]
  env: Entry[]
}

export interface JobScan {
  file: ParsedWorkflowFile
  id: string
  keyNode: Scalar
  node: Node
  /** `uses:` of a reusable-workflow call. */
  uses?: { value: string; node: Scalar; parsed: ParsedUses }
  steps: StepView[]
  env: Entry[]
}

function usesOf(doc: Document, owner: Node | null): StepView['uses'] {
  const found = entry(doc, owner, 'uses')
  if (!found || !isScalar(found.value)) return undefined
  const value = scalarText(doc, found.value)
  return value === undefined ? undefined : { value, node: found.value, parsed: parseUses(value) }
}

function stepView(file: ParsedWorkflowFile, jobId: string | null, node: Node, index: number): StepView {
  const doc = file.doc
  const view: StepView = {
    file,
    jobId,
    index,
    node,
    with: entries(doc, entry(doc, node, 'with')?.value),
    env: entries(doc, entry(doc, node, 'env')?.value)
  }
  const uses = usesOf(doc, node)
  if (uses) view.uses = uses
  const run = entry(doc, node, 'run')
  if (run && isScalar(run.value)) {
    const text = scalarText(doc, run.value)
    if (text !== undefined) view.run = { text, node: run.value }
  }
  return view
}

const scanned = new ObjectMemo<ParsedWorkflowFile, JobScan[]>()

/**
 * Every job of a workflow with its steps, or one pseudo-job (`runs`) for a composite action. Computed once
 * per file and shared by every rule of the run (the parsed file objects live as long as the run's facts).
 */
export function scanJobs(file: ParsedWorkflowFile): JobScan[] {
  let jobs = scanned.get(file)
  if (!jobs) {
    jobs = computeJobs(file)
    scanned.set(file, jobs)
  }
  return jobs
}

function computeJobs(file: ParsedWorkflowFile): JobScan[] {
  const doc = file.doc
  if (file.kind === 'action') {
    const runs = entry(doc, doc.contents, 'runs')
    if (!runs) return []
    const steps = compositeSteps(file).map((node, index) => stepView(file, null, node, index))
    return [{ file, id: '(composite action)', keyNode: runs.keyNode, node: runs.value ?? runs.keyNode, steps, env: [] }]
  }
  return jobs(file).map((job) => {
    const scan: JobScan = {
      file,
      id: job.id,
      keyNode: job.keyNode,
      node: job.node,
      steps: stepsOf(file, job.node).map((node, index) => stepView(file, job.id, node, index)),
      env: entries(doc, entry(doc, job.node, 'env')?.value)
    }
    const uses = usesOf(doc, job.node)
    if (uses) scan.uses = uses
    return scan
  })
}

export function workflowEnv(file: ParsedWorkflowFile): Entry[] {
  return file.kind === 'workflow' ? entries(file.doc, entry(file.doc, file.doc.contents, 'env')?.value) : []
}

/** `with:` input value of a step as text, or undefined. */
export function input(step: StepView, name: string): { text: string; entry: Entry } | undefined {
  const found = step.with.find((candidate) => candidate.key === name)
  if (!found) return undefined
  const text = scalarText(step.file.doc, found.value)
  return text === undefined ? undefined : { text, entry: found }
}

/** Whether a `uses:` names the given action (`owner/repo` or `owner/repo/path`, any ref), case-insensitively. */
export function usesAction(step: StepView, ...names: string[]): boolean {
  const parsed = step.uses?.parsed
  if (!parsed || parsed.kind !== 'remote') return false
  const full = (parsed.path ? `${parsed.slug}/${parsed.path}` : parsed.slug).toLowerCase()
  return names.some((name) => name.toLowerCase() === full)
}

/**
 * Location of `length` characters at `index` of a scalar's value. Block scalars and plain or quoted
 * one-line scalars keep each line's text in the source, so the line is searched for in the node's source
 * (the n-th occurrence for the n-th one in the value); when that fails (escapes, folding), the whole node.
 */
export function locateInScalar(file: ParsedWorkflowFile, node: Scalar, index: number, length: number): Location {
  const value = typeof node.value === 'string' ? node.value : String(node.value)
  const range = node.range
  if (!range) return locate(file, node)
  const lineEndRaw = value.indexOf('\n', index)
  const lineEnd = lineEndRaw === -1 ? value.length : lineEndRaw
  const needle = value.slice(index, Math.min(index + length, lineEnd))
  if (needle === '') return locate(file, node)
  // The line's text from the match on: its n-th occurrence in the value is its n-th in the source.
  let occurrence = 0
  for (let at = value.indexOf(needle); at !== -1 && at < index; at = value.indexOf(needle, at + 1)) occurrence += 1
  const source = file.text.slice(range[0], range[1])
  let found = -1
  for (let at = source.indexOf(needle), seen = 0; at !== -1; at = source.indexOf(needle, at + 1), seen += 1) {
    if (seen === occurrence) {
      found = at
      break
    }
  }
  if (found === -1) return locate(file, node)
  const start = range[0] + found
  // A match spanning lines ends where the source's copy of its last line ends.
  const tail = value.slice(index, index + length)
  const lastNewline = tail.lastIndexOf('\n')
  if (lastNewline === -1) return locate(file, [start, start + needle.length])
  const lastLine = tail.slice(lastNewline + 1)
  const endAt = lastLine === '' ? -1 : file.text.indexOf(lastLine, start + needle.length)
  return locate(file, [start, endAt === -1 || endAt > range[1] ? start + needle.length : endAt + lastLine.length])
}

const expressionScalars = new ObjectMemo<Document, Scalar[]>()

/** Scalars whose text contains `${{`, computed once per document. */
export function scalarsWithExpressions(doc: Document): Scalar[] {
  let found = expressionScalars.get(doc)
  if (!found) {
    found = allScalars(doc.contents).filter((scalar) => typeof scalar.value === 'string' && scalar.value.includes('${{'))
    expressionScalars.set(doc, found)
  }
  return found
}

/** A mapping or sequence value of an entry (aliases resolved). */
export function isCollection(doc: Document, node: unknown): boolean {
  const resolved = deref(doc, node)
  return isMap(resolved) || isSeq(resolved)
}

/** Truthy as GitHub reads an env value: `true`/`1`/`yes` literally, or any expression (it may be). */
export function truthyEnv(doc: Document, node: unknown): 'true' | 'expression' | false {
  const text = scalarText(doc, node)
  if (text === undefined) return false
  if (text.includes('${{')) return 'expression'
  return /^(true|1|yes|on)$/i.test(text.trim()) ? 'true' : false
}

/** `${{ ... }}` expressions of a text, with their offsets. */
export function expressions(text: string): Array<{ index: number; length: number; body: string }> {
  const found: Array<{ index: number; length: number; body: string }> = []
  let from = 0
  for (;;) {
    const start = text.indexOf('${{', from)
    if (start === -1) break
    const end = text.indexOf('}}', start + 3)
    if (end === -1) break
    found.push({ index: start, length: end + 2 - start, body: text.slice(start + 3, end) })
    from = end + 2
  }
  return found
}

/** A line of a script with its continuations (`\\` or PowerShell's backtick at a line end) joined. */
export interface LogicalLine {
  text: string
  /** Offset in the script of the line's character at `index`. */
  offset(index: number): number
}

/**
 * The logical lines of a script. Each line keeps, per joined piece, where the piece starts in the line
 * and in the script, so offsets map back without a table per character.
 */
export function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = []
  let pieces: number[] = [] // pairs: start in the line, start in the script
  let current = ''
  let pieceStart = 0
  const flush = (end: number): void => {
    pieces.push(current.length, pieceStart)
    current += text.slice(pieceStart, end)
  }
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length) {
      flush(i)
      lines.push(logicalLine(current, pieces))
      break
    }
    const code = text.charCodeAt(i)
    if (code === 10) {
      flush(i)
      lines.push(logicalLine(current, pieces))
      current = ''
      pieces = []
      pieceStart = i + 1
    } else if ((code === 92 /* \ */ || code === 96) /* ` */ && text.charCodeAt(i + 1) === 10) {
      flush(i)
      i += 1
      pieceStart = i + 1
    }
  }
  return lines
}

function logicalLine(text: string, pieces: number[]): LogicalLine {
  return {
    text,
    offset(index: number): number {
      let k = 0
      while (k + 2 < pieces.length && pieces[k + 2]! <= index) k += 2
      return pieces[k + 1]! + index - pieces[k]!
    }
  }
}

/** Event names of a workflow's `on:` (string, list or mapping form). */
export function triggers(file: ParsedWorkflowFile): Set<string> {
  const on = (file.value as Record<string, unknown> | null)?.on
  if (typeof on === 'string') return new Set([on])
  if (Array.isArray(on)) return new Set(on.filter((item): item is string => typeof item === 'string'))
  if (on && typeof on === 'object') return new Set(Object.keys(on))
  return new Set()
}

/** Triggers a fork's pull request (or any outsider) can set off. */
export const FORK_REACHABLE_TRIGGERS = ['pull_request', 'pull_request_target', 'workflow_run', 'issue_comment', 'pull_request_review', 'pull_request_review_comment', 'issues', 'discussion', 'discussion_comment']
