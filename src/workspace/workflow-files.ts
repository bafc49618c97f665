/**
 * Finds and parses the repository's workflow files (`.github/workflows/*.yml|yaml`, which GitHub reads
 * from that folder only) and action metadata (`action.yml|yaml` anywhere). A file that cannot be read or
 * parsed is kept as a failure with its line, so it becomes a finding and the other files are still audited.
 */
import { defineFact, known } from '../model/fact.js'
import type { SkippedLink, Workspace } from './workspace.js'
import { parseYaml, type YamlFailure, type YamlFile, type YamlParse } from './yaml.js'

/** Workflow files larger than this are not parsed (GitHub's own limit on workflow files is far below it). */
export const MAX_WORKFLOW_BYTES = 1024 * 1024

export type WorkflowFileKind = 'workflow' | 'action'

export interface ParsedWorkflowFile extends YamlFile {
  kind: WorkflowFileKind
}

export interface WorkflowFileFailure extends YamlFailure {
  kind: WorkflowFileKind
}

export interface WorkflowFiles {
  files: ParsedWorkflowFile[]
  failures: WorkflowFileFailure[]
}

const WORKFLOW_PATTERN = /^\.github\/workflows\/[^/]+\.ya?ml$/
const ACTION_PATTERN = /(^|\/)action\.ya?ml$/

export function workflowFileKind(relative: string): WorkflowFileKind | null {
  if (WORKFLOW_PATTERN.test(relative)) return 'workflow'
  if (ACTION_PATTERN.test(relative)) return 'action'
  return null
}

export function listWorkflowFiles(workspace: Workspace, ignored: (path: string) => boolean = () => false): Array<{ path: string; kind: WorkflowFileKind }> {
  const found: Array<{ path: string; kind: WorkflowFileKind }> = []
  for (const relative of workspace.files()) {
    const kind = workflowFileKind(relative)
    if (kind && !ignored(relative)) found.push({ path: relative, kind })
  }
  return found
}

function parseOne(workspace: Workspace, path: string, kind: WorkflowFileKind): { file: ParsedWorkflowFile } | { failure: WorkflowFileFailure } {
  const read = workspace.readText(path, MAX_WORKFLOW_BYTES)
  if (!read.ok) return { failure: { path, kind, message: `cannot read: ${read.reason}`, line: 1, column: 1 } }
  const parsed = parseWorkflowText(path, kind, read.text)
  // Object.assign keeps the file's lazily built `value` lazy (a spread would build it).
  return parsed.ok ? { file: Object.assign(parsed.file, { kind }) } : { failure: { ...parsed.failure, kind } }
}

/** A workflow or action file as GitHub reads it: YAML (1.2) it can parse, nothing its parser refuses. */
export function parseWorkflowText(path: string, kind: WorkflowFileKind, text: string): YamlParse {
  const parsed = parseYaml(path, text)
  if (!parsed.ok) return parsed
  const refused = kind === 'workflow' ? githubRefusal(parsed.file) : null
  return refused ? { ok: false, failure: refused } : parsed
}

/**
 * What GitHub's workflow parser refuses in a file that is valid YAML, so that no rule audits a workflow
 * GitHub would not run: YAML merge keys (`<<:`, a YAML 1.1 feature; GitHub reads YAML 1.2, where `<<` is an
 * ordinary key its schema does not allow).
 */
export function githubRefusal(file: YamlFile): YamlFailure | null {
  const merge = file.doc.mergeKeys[0]
  if (merge === undefined) return null
  const position = file.lineCounter.linePos(merge)
  const more = file.doc.mergeKeys.length > 1 ? ` (and ${file.doc.mergeKeys.length - 1} more)` : ''
  return {
    path: file.path,
    message: `YAML merge key "<<:"${more}: GitHub Actions does not support merge keys and rejects the workflow`,
    line: position.line,
    column: position.col
  }
}

export function parseWorkflowFiles(workspace: Workspace, ignored?: (path: string) => boolean): WorkflowFiles {
  const result: WorkflowFiles = { files: [], failures: [] }
  for (const { path, kind } of listWorkflowFiles(workspace, ignored)) {
    // Action metadata is shared by the groups of workflows that use it: parsed once per run.
    const outcome = kind === 'action' ? workspace.memo(`parsed:${path}`, () => parseOne(workspace, path, kind)) : parseOne(workspace, path, kind)
    if ('failure' in outcome) result.failures.push(outcome.failure)
    else result.files.push(outcome.file)
  }
  return result
}

/** The parsed workflow and action files of the workspace (paths excluded by the policy are left out). */
export const workflowFilesFact = defineFact<WorkflowFiles>(
  'workspace.workflow-files',
  async (ctx) => known(await explainFailures(ctx.workspace, parseWorkflowFiles(ctx.workspace, ctx.workspace.isIgnored))),
  { scope: 'workflow-group' }
)

/** Syntax errors reworded by the `yaml` package's diagnostics (loaded only when some file fails). */
async function explainFailures(workspace: Workspace, files: WorkflowFiles): Promise<WorkflowFiles> {
  const syntax = files.failures.filter((failure) => !failure.message.startsWith('cannot read') && !failure.message.startsWith('YAML merge key'))
  if (syntax.length === 0) return files
  const { explainYamlFailure } = await import('./yaml-diagnostics.js')
  const failures = files.failures.map((failure) => {
    if (!syntax.includes(failure)) return failure
    const read = workspace.readText(failure.path, MAX_WORKFLOW_BYTES)
    return read.ok ? { ...explainYamlFailure(read.text, failure), kind: failure.kind } : failure
  })
  return { files: files.files, failures }
}

/** Directories a symbolic link may stand for that hold workflow files. */
const WORKFLOW_DIRECTORIES = new Set(['.github', '.github/workflows'])

/**
 * Symbolic links the workspace did not follow (outside the repository, pointing nowhere, cycles) where a
 * workflow or action file would be: a link with such a file's path, or `.github` / `.github/workflows`
 * itself. What they hold was not audited, which must be said, not passed.
 */
export function skippedWorkflowLinks(workspace: Workspace): SkippedLink[] {
  return workspace.skipped().filter((link) => {
    if (workspace.isIgnored(link.path)) return false
    return workflowFileKind(link.path) !== null || (link.directory !== false && WORKFLOW_DIRECTORIES.has(link.path))
  })
}

/** The skipped links of the whole repository (a run fact: the same for every group of workflow files). */
export const skippedWorkflowLinksFact = defineFact<SkippedLink[]>('workspace.skipped-workflow-links', async (ctx) => known(skippedWorkflowLinks(ctx.workspace)))
