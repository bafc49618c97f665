/**
 * The workflow model as a fact: built once per group of related workflow files from `workflowFilesFact`
 * and shared by every rule.
 * Also reads the local shell scripts that `run:` steps call (through the Workspace, so never outside it).
 */
import path from 'node:path'
import type { Node } from '../workspace/yaml-ast.js'
import { defineFact, known, type Fact } from '../model/fact.js'
import type { Location } from '../model/finding.js'
import type { Workspace } from '../workspace/workspace.js'
import { workflowFilesFact, type WorkflowFiles } from '../workspace/workflow-files.js'
import { locate } from '../workspace/yaml.js'
import { buildAction, buildWorkflow, sourceSpan } from './build.js'
import { scriptCalls } from './shell.js'
import type { ActionDoc, Expression, LocalScript, ModelDoc, Step, Str, WorkflowDoc, WorkflowModel } from './types.js'

/** Scripts larger than this are not followed. */
const MAX_SCRIPT_BYTES = 256 * 1024
/** At most this many distinct local scripts are read per model (group of files). */
const MAX_SCRIPTS = 500

export function buildModel(files: WorkflowFiles, workspace?: Workspace): WorkflowModel {
  const model: WorkflowModel = { workflows: [], actions: [], scripts: new Map(), actionsByDir: new Map() }
  for (const file of files.files) {
    try {
      if (file.kind === 'workflow') model.workflows.push(buildWorkflow(file))
      else {
        const action = buildAction(file)
        model.actions.push(action)
        model.actionsByDir.set(path.posix.dirname(file.path), action)
      }
    } catch {
      // A document too odd to model is still reported by invalid-workflow or simply skipped; never fatal.
    }
  }
  if (workspace) readScripts(model, workspace)
  return model
}

function readScripts(model: WorkflowModel, workspace: Workspace): void {
  const steps: Step[] = []
  for (const workflow of model.workflows) for (const job of workflow.jobs) steps.push(...job.steps)
  for (const action of model.actions) steps.push(...(action.runs?.steps ?? []))
  const failed = new Set<string>()
  // Paths no group could read, shared by every group of the run: a missing script called from many workflows
  // (`./scripts/ci.sh`) is looked up once, not once per group (each miss costs a realpath and a stat that throw).
  const unreadable = workspace.memo('workflow.unreadable-scripts', () => new Set<string>())
  for (const step of steps) {
    if (!step.run || /^(pwsh|powershell|cmd|python)/.test(step.effectiveShell)) continue
    for (const call of scriptCalls(step.run.value)) {
      const relative = scriptPath(step, call.path)
      if (!relative || failed.has(relative)) continue
      const existing = model.scripts.get(relative)
      if (existing) {
        if (!existing.callers.includes(step)) existing.callers.push(step)
        continue
      }
      if (model.scripts.size >= MAX_SCRIPTS) return
      if (unreadable.has(relative)) {
        failed.add(relative)
        continue
      }
      const read = workspace.readText(relative, MAX_SCRIPT_BYTES)
      if (!read.ok) {
        failed.add(relative)
        unreadable.add(relative)
        continue
      }
      model.scripts.set(relative, { path: relative, text: read.text, callers: [step] })
    }
  }
}

/** Workspace-relative path of a script a step calls, or null when it cannot be known statically or leaves the tree. */
export function scriptPath(step: Step, called: string): string | null {
  const base = step.workingDirectory?.value ?? step.job?.defaults.workingDirectory?.value ?? step.job?.workflow.defaults.workingDirectory?.value ?? ''
  if (base.includes('$') || called.includes('$')) return null
  // Composite action scripts are usually `${{ github.action_path }}/x.sh`; plain relative paths run from the workspace.
  const joined = path.posix.normalize(path.posix.join(base.replace(/^\.\//, ''), called))
  if (joined.startsWith('..') || path.posix.isAbsolute(joined)) return null
  return joined
}

/** Built per group of related workflow files (see src/workspace/workflow-prescan.ts), like the files it reads. */
export const workflowModelFact = defineFact<WorkflowModel>(
  'workflow.model',
  async (ctx): Promise<Fact<WorkflowModel>> => {
    const files = await ctx.get(workflowFilesFact)
    if (!files.known) return files
    return known(buildModel(files.value, ctx.workspace))
  },
  { scope: 'workflow-group' }
)

// ---------------------------------------------------------------------------------------------------
// Locations

/** Location of a node in a model document. */
export function nodeLocation(doc: ModelDoc, node: Node): Location {
  return locate(doc.file, node)
}

/** Location of a `${{ … }}` occurrence. */
export function expressionLocation(doc: ModelDoc, expression: Expression): Location {
  return locate(doc.file, [expression.start, expression.end])
}

/** Location of the value characters [start, end) of a string (e.g. one line of a `run:` block). */
export function strLocation(doc: ModelDoc, str: Str, start = 0, end = str.value.length): Location {
  if (start === 0 && end >= str.value.length) return locate(doc.file, str.node)
  return locate(doc.file, sourceSpan(doc.file, str, start, end))
}

/** Location inside a local script (1-based line/column from offsets in its text). */
export function scriptLocation(script: LocalScript, start: number, end: number): Location {
  const position = (offset: number): { line: number; column: number } => {
    let line = 1
    let lineStart = 0
    for (let i = script.text.indexOf('\n'); i !== -1 && i < offset; i = script.text.indexOf('\n', i + 1)) {
      line += 1
      lineStart = i + 1
    }
    return { line, column: offset - lineStart + 1 }
  }
  const a = position(start)
  const b = position(Math.max(start, end - 1))
  return { path: script.path, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column }
}

/** The document a step belongs to. */
export function stepDoc(step: Step): WorkflowDoc | ActionDoc {
  return step.job ? step.job.workflow : step.action!
}
