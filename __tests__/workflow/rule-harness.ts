/** Runs one rule over workflow files written to a temporary workspace, through the rule tester (the engine's evaluation). */
import type { AnyRule, RuleResult } from '../../src/model/rule.js'
import { ruleResults } from '../../test/support/rule-tester.js'

export function runRule(rule: AnyRule, files: Record<string, string>, options: Record<string, unknown> = {}): RuleResult[] {
  return ruleResults(rule, { files, options })
}

/** `line:col-line:col severity` of each result, for compact assertions. */
export function where(results: RuleResult[]): string[] {
  return results.map(
    (r) => `${r.location?.path}:${r.location?.startLine}:${r.location?.startColumn}-${r.location?.endLine}:${r.location?.endColumn} ${r.severity}`
  )
}
