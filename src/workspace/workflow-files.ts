/**
 * Finds and parses the repository's workflow files (`.github/workflows/*.yml|yaml`, which GitHub reads
 * from that folder only) and action metadata (`action.yml|yaml` anywhere). A file that cannot be read or
 * parsed is kept as a failure with its line, so it becomes a finding and the other files are still audited.
 */
import { defineFact, known } from '../model/fact.js'
import type { Workspace } from './workspace.js'
import { parseYaml, type YamlFailure, type YamlFile } from './yaml.js'

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

export function parseWorkflowFiles(workspace: Workspace, ignored?: (path: string) => boolean): WorkflowFiles {
  const result: WorkflowFiles = { files: [], failures: [] }
  for (const { path, kind } of listWorkflowFiles(workspace, ignored)) {
    const read = workspace.readText(path, MAX_WORKFLOW_BYTES)
    if (!read.ok) {
      result.failures.push({ path, kind, message: `cannot read: ${read.reason}`, line: 1, column: 1 })
      continue
    }
    const parsed = parseYaml(path, read.text)
    if (parsed.ok) result.files.push({ ...parsed.file, kind })
    else result.failures.push({ ...parsed.failure, kind })
  }
  return result
}

/** The parsed workflow and action files of the workspace (paths excluded by the policy are left out). */
export const workflowFilesFact = defineFact<WorkflowFiles>('workspace.workflow-files', async (ctx) =>
  known(parseWorkflowFiles(ctx.workspace, ctx.workspace.isIgnored))
)
