import { parseYaml } from '../../src/workspace/yaml.js'
import type { ParsedWorkflowFile } from '../../src/workspace/workflow-files.js'
import { buildAction, buildWorkflow } from '../../src/workflow/build.js'

export function parsed(text: string, path = '.github/workflows/ci.yml', kind: 'workflow' | 'action' = 'workflow'): ParsedWorkflowFile {
  const result = parseYaml(path, text)
  if (!result.ok) throw new Error(result.failure.message)
  return { ...result.file, kind }
}

export function workflow(text: string, path?: string) {
  return buildWorkflow(parsed(text, path))
}

export function action(text: string, path = 'action.yml') {
  return buildAction(parsed(text, path, 'action'))
}

/** 1-based line:column of a source offset. */
export function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `${before.length}:${before[before.length - 1]!.length + 1}`
}
