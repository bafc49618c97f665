/** Evaluates one rule on in-memory workflow files, with the facts a test gives (the engine is not involved). */
import { known, unknownFact, type Fact, type FactDef } from '../../../src/model/fact.js'
import type { AnyRule, RuleResult } from '../../../src/model/rule.js'
import { workflowFileKind, workflowFilesFact, type ParsedWorkflowFile, type WorkflowFiles } from '../../../src/workspace/workflow-files.js'
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
  const table = new Map<string, Fact<unknown>>([[workflowFilesFact.id, known(parseFiles(files))], ...facts.map(([def, fact]): [string, Fact<unknown>] => [def.id, fact])])
  return rule.evaluate({
    fact: <T>(def: FactDef<T>): Fact<T> => {
      // A fact the test does not give is what an offline run has: unknown, no token.
      return (table.get(def.id) ?? unknownFact('no-token', `${def.id} not read: no GitHub token (offline run)`)) as Fact<T>
    },
    options: { ...rule.defaultOptions, ...options },
    now: new Date('2026-11-22T00:00:00Z')
  })
}

/** `path:line:col-line:col severity? message` lines, compact for assertions. */
export function brief(results: RuleResult[]): string[] {
  return results.map((result) => {
    const at = result.location ? `${result.location.startLine}:${result.location.startColumn}-${result.location.endLine}:${result.location.endColumn}` : '-'
    return `${result.status} ${result.severity ?? '='} ${at}`
  })
}

export const W = '.github/workflows/ci.yml'
