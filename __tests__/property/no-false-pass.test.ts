/**
 * The property every rule keeps: replacing any fact it declares (`needs` or `uses`, group-scoped workflow
 * facts included) with `unknown` never turns a `fail` into a `pass`.
 *
 * For each scenario (./scenarios.ts) the run facts are fetched once through the engine's FactStore (from
 * the fake GitHub over real HTTP, or the workspace); then, for every rule of the catalogue, the engine runs
 * that rule alone (`runCheck`, with the fetched facts given through its `facts` hook, so group facts are
 * still computed per group of workflow files) — first as it is, where the rule must fail (otherwise the
 * pairs test nothing), then once per declared fact and per cause of unknown with that one fact forced to
 * `unknown`, where the rule must not pass. The catalogue is enumerated: a new rule with no failing scenario
 * fails this test until a scenario makes it fail (or CANNOT_FAIL says why it cannot).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { runCheck } from '../../src/engine.js'
import { FactStore } from '../../src/facts/store.js'
import type { Target } from '../../src/facts/context.js'
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js'
import { RequestCounter } from '../../src/github/request-counter.js'
import { isGroupScoped, unknownFact, type Fact, type FactDef, type UnknownCause } from '../../src/model/fact.js'
import type { AnyRule } from '../../src/model/rule.js'
import { globMatcher } from '../../src/policy/globs.js'
import { loadPolicy } from '../../src/policy/load.js'
import { findPolicy } from '../../src/policy/locate.js'
import type { Policy } from '../../src/policy/types.js'
import { allRules } from '../../src/rules/index.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { NOW } from '../../test/support/fake-github/fixtures-posture.js'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/index.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { SCENARIOS, type Scenario } from './scenarios.js'

/**
 * Every cause a fact can be unknown for, except `other-event`: that one says the run's event is not one the
 * check applies to (a pull-request check on a push), and the engine deliberately reports the rule `pass`
 * "not applicable" (docs/architecture.md, "Not applicable is a reason, not silence"); it is a statement
 * about the event, not data that could not be seen. A Record, so a new cause has to be listed here.
 */
const CAUSES: Record<UnknownCause, boolean> = {
  'no-token': true,
  permission: true,
  'not-available': true,
  'api-error': true,
  'not-applicable': true,
  'no-target': true,
  'other-event': false
}
const TESTED_CAUSES = (Object.keys(CAUSES) as UnknownCause[]).filter((cause) => CAUSES[cause])

/** Rules that cannot end `fail` at all; for them the property is checked from a scenario where they are `unknown`. */
const CANNOT_FAIL: Record<string, string> = {
  'dependency-inventory': 'it reports files that could not be inventoried as `unknown` and otherwise passes; it has no fail outcome'
}

interface Prepared {
  scenario: Scenario
  temp: TempWorkspace
  workspace: Workspace
  policy: Policy
  github: GitHubClient | null
  target: Target | null
  /** The run facts every rule of the catalogue declares, as the engine's store fetched them. */
  facts: Map<string, Fact<unknown>>
}

const declared = (rule: AnyRule): FactDef<unknown>[] => [...rule.needs, ...(rule.uses ?? [])]

const prepared: Prepared[] = []
const fakes: FakeGitHub[] = []
/** Outcome of each rule alone in each scenario, without any fact forced: rule id → scenario name → status. */
const baseline = new Map<string, Map<string, string>>()

async function prepare(scenario: Scenario): Promise<Prepared> {
  const temp = tempWorkspace({ ...scenario.files, '.github/chaingate.yml': scenario.policy })
  for (const [link, target] of Object.entries(scenario.links ?? {})) {
    fs.mkdirSync(path.dirname(path.join(temp.root, link)), { recursive: true })
    fs.symlinkSync(target, path.join(temp.root, link))
  }
  const workspace = new Workspace(temp.root)
  const policy = loadPolicy(findPolicy(workspace.root), allRules)
  let github: GitHubClient | null = null
  if (scenario.routes) {
    const fake = await startFakeGitHub({ routes: scenario.routes() })
    fakes.push(fake)
    github = createGitHubClient({ token: 'ghs_propertytest', apiUrl: fake.url, counter: new RequestCounter(), retryBaseMs: 5, retries: 0 })
  }
  const target: Target | null = github ? { owner: 'acme', repo: 'widgets' } : null
  workspace.isIgnored = globMatcher(policy.ignorePaths)
  const store = new FactStore({ workspace, github, elevated: github, target, event: scenario.event ?? null, now: NOW })
  const runFacts = new Map<string, FactDef<unknown>>()
  for (const rule of allRules) for (const def of declared(rule)) if (!isGroupScoped(def)) runFacts.set(def.id, def)
  await store.getAll(runFacts.values())
  const facts = new Map<string, Fact<unknown>>([...runFacts.values()].map((def) => [def.id, store.peek(def)]))
  return { scenario, temp, workspace, policy, github, target, facts }
}

/** The rule alone through the engine, with `forced` replacing the scenario's facts: the worst status of its findings. */
async function outcome(p: Prepared, rule: AnyRule, forced: Map<string, Fact<unknown>> = new Map()): Promise<string> {
  const report = await runCheck({
    workspace: p.workspace,
    policy: p.policy,
    rules: [rule],
    github: p.github,
    elevated: p.github,
    target: p.target,
    event: p.scenario.event ?? null,
    now: NOW,
    tool: { name: 'chaingate', version: 'test' },
    facts: new Map([...p.facts, ...forced])
  })
  const statuses = report.findings.filter((finding) => finding.rule === rule.meta.id).map((finding) => finding.status)
  return ['fail', 'unknown', 'waived', 'pass'].find((status) => statuses.includes(status as never)) ?? 'missing'
}

beforeAll(async () => {
  prepared.push(...(await Promise.all(SCENARIOS.map(prepare))))
  for (const rule of allRules) {
    const row = new Map<string, string>()
    for (const p of prepared) row.set(p.scenario.name, await outcome(p, rule))
    baseline.set(rule.meta.id, row)
  }
}, 60_000)

afterAll(async () => {
  await Promise.all(fakes.map((fake) => fake.close()))
  for (const p of prepared) p.temp.cleanup()
})

describe('no rule passes on a fact it could not see', () => {
  it.each(allRules.map((rule) => [rule.meta.id, rule] as const))('%s', async (id, rule) => {
    const row = baseline.get(id)!
    const outcomes = Object.fromEntries(row)
    const failing = prepared.filter((p) => row.get(p.scenario.name) === 'fail')
    let from = failing
    if (failing.length > 0) expect(CANNOT_FAIL[id]).toBeUndefined()
    else {
      // The converse check: without a scenario where the rule fails, its pairs would test nothing.
      const why = CANNOT_FAIL[id]
      expect({ outcomes, problem: why ? null : 'no scenario makes this rule fail: add one to __tests__/property/scenarios.ts' }).toEqual({
        outcomes,
        problem: null
      })
      from = prepared.filter((p) => row.get(p.scenario.name) === 'unknown')
      expect({ outcomes, problem: from.length > 0 ? null : `it cannot fail (${why}), but no scenario makes it unknown either` }).toEqual({
        outcomes,
        problem: null
      })
    }
    const violations: string[] = []
    for (const p of from) {
      const was = row.get(p.scenario.name)
      for (const def of declared(rule)) {
        for (const cause of TESTED_CAUSES) {
          const forced = new Map([[def.id, unknownFact(cause, `forced unknown by the property test (${cause})`, 'Test: read')]])
          const status = await outcome(p, rule, forced)
          if (status === 'pass' || status === 'missing') violations.push(`${def.id} unknown (${cause}) in "${p.scenario.name}": ${status}, was ${was}`)
          // The engine's contract for a needed fact (and proof the forced fact reached the rule): unknown.
          else if (rule.needs.includes(def) && status !== 'unknown')
            violations.push(`needed ${def.id} unknown (${cause}) in "${p.scenario.name}": ${status}, not unknown`)
        }
      }
    }
    expect(violations).toEqual([])
  })
})
