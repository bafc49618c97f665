/**
 * The one rule tester: runs a rule through the engine's own evaluation (`evaluateRule` in src/engine.ts:
 * needed facts unknown → `unknown` without running, a throw → `unknown`, unhandled gaps → `unknown`) over
 * files written to a temporary workspace, with the workspace facts computed by their real fetchers' code
 * (parsed workflow files, the workflow model, cache writers, skipped links). Facts a test does not give are
 * what an offline run has: unknown, no token. `spans` gives each result's exact location for assertions.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { evaluateRule } from '../../src/engine.js'
import { known, unknownFact, type Fact, type FactDef } from '../../src/model/fact.js'
import type { AnyRule, RuleResult } from '../../src/model/rule.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { parseWorkflowFiles, skippedWorkflowLinks, skippedWorkflowLinksFact, workflowFilesFact } from '../../src/workspace/workflow-files.js'
import { buildModel, workflowModelFact } from '../../src/workflow/model.js'
import { cacheWritersFact, findCacheWriters } from '../../src/workflow/cache-writers.js'
import { FactStore } from '../../src/facts/store.js'

export const TEST_NOW = new Date('2026-11-22T00:00:00Z')

export interface RuleCase {
  /** Workspace-relative path → content. */
  files: Record<string, string>
  /** Facts the test gives (API facts, usually); they replace computed ones. */
  facts?: Array<[FactDef<unknown>, Fact<unknown>]>
  options?: Record<string, unknown>
  now?: Date
}

export function ruleResults(rule: AnyRule, testCase: RuleCase): RuleResult[] {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-rule-'))
  try {
    for (const [relative, text] of Object.entries(testCase.files)) {
      const absolute = path.join(root, relative)
      fs.mkdirSync(path.dirname(absolute), { recursive: true })
      fs.writeFileSync(absolute, text)
    }
    const workspace = new Workspace(root)
    const parsed = parseWorkflowFiles(workspace)
    const table = new Map<string, Fact<unknown>>([
      [workflowFilesFact.id, known(parsed)],
      [workflowModelFact.id, known(buildModel(parsed, workspace))],
      [cacheWritersFact.id, known(findCacheWriters(workspace))],
      [skippedWorkflowLinksFact.id, known(skippedWorkflowLinks(workspace))]
    ])
    for (const [def, fact] of testCase.facts ?? []) table.set(def.id, fact)
    const peek = <T>(def: FactDef<T>): Fact<T> => (table.get(def.id) ?? unknownFact('no-token', `${def.id} not read: no GitHub token (offline run)`)) as Fact<T>
    return evaluateRule(rule, { ...rule.defaultOptions, ...testCase.options }, peek, testCase.now ?? TEST_NOW)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

/**
 * The same, with every fact the rule declares fetched by its real fetcher, as the engine does, over the
 * temporary workspace of an offline run (no token, no repository): for rules over facts computed
 * asynchronously (image sources...). Facts the test gives replace fetched ones.
 */
export async function ruleResultsFetched(rule: AnyRule, testCase: RuleCase): Promise<RuleResult[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-rule-'))
  try {
    for (const [relative, text] of Object.entries(testCase.files)) {
      const absolute = path.join(root, relative)
      fs.mkdirSync(path.dirname(absolute), { recursive: true })
      fs.writeFileSync(absolute, text)
    }
    const now = testCase.now ?? TEST_NOW
    const options = { ...rule.defaultOptions, ...testCase.options }
    const given = new Map((testCase.facts ?? []).map(([def, fact]) => [def.id, fact]))
    const store = new FactStore({ workspace: new Workspace(root), github: null, elevated: null, target: null, event: null, now })
    const defs = [...rule.needs, ...(rule.uses ?? []), ...(rule.usesWith?.(options) ?? [])].filter((def) => !given.has(def.id))
    await store.getAll(defs)
    const peek = <T>(def: FactDef<T>): Fact<T> => (given.get(def.id) ?? store.peek(def)) as Fact<T>
    return evaluateRule(rule, options, peek, now)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

/** `status severity path:line:col-line:col` of each result (severity `=` when the rule's default applies). */
export function spans(results: RuleResult[]): string[] {
  return results.map((r) => {
    const at = r.location ? `${r.location.path}:${r.location.startLine}:${r.location.startColumn}-${r.location.endLine}:${r.location.endColumn}` : '-'
    return `${r.status} ${r.severity ?? '='} ${at}`
  })
}

/**
 * `confidence @line:col` then each related location as `path:line:col message` (`path:` left out when it is
 * the result's own file), per result: what a finding says about how sure it is and where else it points.
 */
export function relatedOf(results: RuleResult[]): string[][] {
  return results.map((r) => [
    `${r.confidence ?? '-'} @${r.location ? `${r.location.startLine}:${r.location.startColumn}` : '-'}`,
    ...(r.relatedLocations ?? []).map(
      ({ location, message }) => `${location.path === r.location?.path ? '' : `${location.path}:`}${location.startLine}:${location.startColumn} ${message}`
    )
  ])
}

/** A fenced example of a rule's documentation page. */
export interface DocExample {
  kind: 'failing' | 'passing'
  /** `yaml` (a workflow, a job, steps, an action) or `dockerfile`. */
  lang: 'yaml' | 'dockerfile'
  yaml: string
  /** Line of the fence in the page. */
  line: number
}

/**
 * The examples of a documentation page. Convention: a ```yaml (or ```dockerfile) block whose label line above
 * it (the nearest non-blank line) starts with "Failing" or "Passing" (e.g. `Failing:`, `Passing (gated):`)
 * is an example of that kind; other blocks (fixes, output, policy) are not run.
 */
export function docExamples(markdown: string): DocExample[] {
  const lines = markdown.split('\n')
  const out: DocExample[] = []
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i] !== '```yaml' && lines[i] !== '```dockerfile') continue
    const lang = lines[i] === '```yaml' ? 'yaml' : 'dockerfile'
    let label = i - 1
    while (label >= 0 && lines[label]!.trim() === '') label -= 1
    const kind = /^Failing\b/.test(lines[label] ?? '') ? 'failing' : /^Passing\b/.test(lines[label] ?? '') ? 'passing' : null
    const end = lines.indexOf('```', i + 1)
    if (kind && end > i) out.push({ kind, lang, yaml: `${lines.slice(i + 1, end).join('\n')}\n`, line: i + 1 })
    if (end > i) i = end
  }
  return out
}

/** Keys that make a snippet a job's body. */
const JOB_KEYS =
  /^(runs-on|container|services|environment|strategy|needs|if|timeout-minutes|outputs|defaults|concurrency|uses|with|secrets|continue-on-error):/m

/**
 * A documentation example as a file. The forms (the convention the pages follow):
 * - a whole workflow: it has `jobs:` (`on: pull_request_target` is added when it has no `on:`, the event
 *   most rules about outsiders look for);
 * - a job's body (`runs-on:`, `container:`, `steps:`…): wrapped as job `example` (with `runs-on:` when absent);
 * - a bare list of steps (`- uses: …`): the steps of such a job;
 * - action metadata (`runs:`): written to `action.yml`;
 * - a ```dockerfile block: written to `Dockerfile`.
 */
export function exampleFiles(yaml: string, lang: DocExample['lang'] = 'yaml'): Record<string, string> {
  if (lang === 'dockerfile') return { Dockerfile: yaml }
  if (/^runs:/m.test(yaml)) return { 'action.yml': yaml }
  const indent = (text: string, by: string): string => text.replace(/^(?=.)/gm, by)
  const job = (body: string): string =>
    `jobs:\n  example:\n${/^runs-on:/m.test(body) || /^uses:/m.test(body) ? '' : '    runs-on: ubuntu-latest\n'}${indent(body, '    ')}`
  let body = yaml
  if (/^jobs:/m.test(body)) body = /^on:/m.test(body) ? body : `on: pull_request_target\n${body}`
  else if (/^steps:/m.test(body) || JOB_KEYS.test(body)) body = `on: pull_request_target\n${job(body)}`
  else if (/^- /m.test(body)) body = `on: pull_request_target\n${job(`steps:\n${indent(body, '  ')}`)}`
  else if (!/^on:/m.test(body)) body = `on: pull_request_target\n${body}`
  return { '.github/workflows/example.yml': body }
}
