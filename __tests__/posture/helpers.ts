/** Evaluates one rule on hand-built facts the way the engine does (needs unknown → unknown; [] → pass). */
import { needValue } from '../../src/engine.js'
import type { Fact, FactDef } from '../../src/model/fact.js'
import { known, unknownFact } from '../../src/model/fact.js'
import type { AnyRule, RuleResult } from '../../src/model/rule.js'

export type FactMap = Map<string, Fact<unknown>>

export function facts(entries: Array<[FactDef<unknown> | FactDef<never> | { id: string }, unknown]>): FactMap {
  const map: FactMap = new Map()
  for (const [def, value] of entries) map.set(def.id, isFact(value) ? value : known(value))
  return map
}

function isFact(value: unknown): value is Fact<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'known' in value &&
    typeof (value as { known: unknown }).known === 'boolean' &&
    Object.keys(value).every((key) => ['known', 'value', 'gaps', 'cause', 'reason', 'permission'].includes(key))
  )
}

export const UNKNOWN = unknownFact('permission', 'test: the token may not read this', 'Test: read')

export function run(rule: AnyRule, map: FactMap, options: Record<string, unknown> = {}, now = new Date('2026-11-22T00:00:00Z')): RuleResult[] {
  const get = (def: { id: string }): Fact<unknown> => map.get(def.id) ?? unknownFact('api-error', `test: fact ${def.id} not provided`)
  const missing = rule.needs.map(get).find((fact) => !fact.known)
  if (missing && !missing.known) return [{ status: 'unknown', message: missing.reason, ...(missing.permission ? { permission: missing.permission } : {}) }]
  const results = rule.evaluate({
    fact: (def: { id: string }) => get(def) as never,
    need: (def) => needValue(def, get(def) as never),
    options: { ...rule.defaultOptions, ...options },
    now
  })
  return results.length ? results : [{ status: 'pass', message: 'no problems found' }]
}

export function statuses(results: RuleResult[]): string[] {
  return results.map((result) => result.status)
}
