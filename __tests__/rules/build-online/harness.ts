/** Evaluates one rule on workflow files, with the facts a test gives, through the rule tester (the engine's evaluation). */
import { ruleResults } from '../../../test/support/rule-tester.js'
import type { Fact, FactDef } from '../../../src/model/fact.js'
import type { AnyRule, RuleResult } from '../../../src/model/rule.js'
import { workflowFileKind, type ParsedWorkflowFile, type WorkflowFiles } from '../../../src/workspace/workflow-files.js'
import { parseYaml } from '../../../src/workspace/yaml.js'

export function parseFiles(files: Record<string, string>): WorkflowFiles {
  const result: WorkflowFiles = { files: [], failures: [] }
  for (const [path, text] of Object.entries(files)) {
    const kind = workflowFileKind(path) ?? 'workflow'
    const parsed = parseYaml(path, text)
    if (parsed.ok) result.files.push({ ...parsed.file, kind } as ParsedWorkflowFile)
    else result.failures.push({ ...parsed.failure, kind })
  }
  return result
}

export function evaluate(
  rule: AnyRule,
  files: Record<string, string>,
  facts: Array<[FactDef<unknown>, Fact<unknown>]> = [],
  options: Record<string, unknown> = {}
): RuleResult[] {
  return ruleResults(rule, { files, facts, options })
}

/** `path:line:col-line:col severity? message` lines, compact for assertions. */
export function brief(results: RuleResult[]): string[] {
  return results.map((result) => {
    const at = result.location ? `${result.location.startLine}:${result.location.startColumn}-${result.location.endLine}:${result.location.endColumn}` : '-'
    return `${result.status} ${result.severity ?? '='} ${at}`
  })
}

export const W = '.github/workflows/ci.yml'
