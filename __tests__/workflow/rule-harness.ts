/** Runs one rule over workflow files written to a temporary workspace, the way the engine would. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { known, unknownFact, type Fact, type FactDef } from '../../src/model/fact.js'
import type { AnyRule, RuleResult } from '../../src/model/rule.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { parseWorkflowFiles, workflowFilesFact } from '../../src/workspace/workflow-files.js'
import { buildModel, workflowModelFact } from '../../src/workflow/model.js'
import { cacheWritersFact, findCacheWriters } from '../../src/workflow/cache-writers.js'

export function runRule(rule: AnyRule, files: Record<string, string>, options: Record<string, unknown> = {}): RuleResult[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-wf-'))
  try {
    for (const [relative, text] of Object.entries(files)) {
      const absolute = path.join(root, relative)
      fs.mkdirSync(path.dirname(absolute), { recursive: true })
      fs.writeFileSync(absolute, text)
    }
    const workspace = new Workspace(root)
    const parsed = parseWorkflowFiles(workspace)
    const model = buildModel(parsed, workspace)
    const facts = new Map<string, Fact<unknown>>([
      [workflowFilesFact.id, known(parsed)],
      [workflowModelFact.id, known(model)],
      [cacheWritersFact.id, known(findCacheWriters(workspace))]
    ])
    return rule.evaluate({
      fact: <T>(def: FactDef<T>): Fact<T> => (facts.get(def.id) ?? unknownFact('not-applicable', 'not in the test')) as Fact<T>,
      options: { ...rule.defaultOptions, ...options },
      now: new Date('2026-11-22T00:00:00Z')
    })
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

/** `line:col-line:col severity` of each result, for compact assertions. */
export function where(results: RuleResult[]): string[] {
  return results.map((r) => `${r.location?.path}:${r.location?.startLine}:${r.location?.startColumn}-${r.location?.endLine}:${r.location?.endColumn} ${r.severity}`)
}
