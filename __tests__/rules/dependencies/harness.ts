/** Dependency rules on inventories built in the test (no reader involved), with the facts the test gives. */
import { needValue } from '../../../src/engine.js'
import { known, type Fact, type FactDef } from '../../../src/model/fact.js'
import type { AnyRule, RuleResult } from '../../../src/model/rule.js'
import { imageScansFact } from '../../../src/images/scan-fact.js'
import { inventoryFact } from '../../../src/inventory/fact.js'
import type { Inventory, InventorySourceFile, Package } from '../../../src/inventory/model.js'
import { purlFor } from '../../../src/inventory/purl.js'

/** A registry npm runtime package at line 1 of package-lock.json unless overridden. */
export function pkg(overrides: Partial<Package> & { name: string }): Package {
  const base: Package = {
    ecosystem: 'npm',
    name: overrides.name,
    version: '1.0.0',
    scope: 'runtime',
    direct: true,
    source: 'registry',
    location: { path: 'package-lock.json', line: 1 }
  }
  const merged = { ...base, ...overrides }
  const purl = merged.purl ?? purlFor(merged.ecosystem, merged.name, merged.version)
  return purl ? { ...merged, purl } : merged
}

/** An inventory of `packages`; one file entry per distinct path (format given per path, default from the name). */
export function inventoryOf(packages: Package[], formats: Record<string, Partial<InventorySourceFile>> = {}, problems: Inventory['problems'] = []): Inventory {
  const paths = [...new Set([...packages.map((entry) => entry.location.path), ...Object.keys(formats)])]
  const files = paths.map((path): InventorySourceFile => {
    const own = packages.filter((entry) => entry.location.path === path)
    return { path, format: 'package-lock', ecosystem: own[0]?.ecosystem ?? 'npm', packages: own.length, ...formats[path] }
  })
  return { packages, edges: [], files, problems }
}

export function evaluate(
  rule: AnyRule,
  inventory: Inventory,
  facts: Array<[FactDef<unknown>, Fact<unknown>]> = [],
  options: Record<string, unknown> = {}
): RuleResult[] {
  // No image named by the run unless the test gives the images' fact.
  const table = new Map<string, Fact<unknown>>([
    [inventoryFact.id, known(inventory)],
    [imageScansFact.id, known({ images: [] })],
    ...facts.map(([def, fact]): [string, Fact<unknown>] => [def.id, fact])
  ])
  const fact = <T>(def: FactDef<T>): Fact<T> => {
    const found = table.get(def.id)
    if (!found) throw new Error(`test gave no ${def.id}`)
    return found as Fact<T>
  }
  return rule.evaluate({
    fact,
    need: (def) => needValue(def, fact(def)),
    options: { ...rule.defaultOptions, ...options },
    now: new Date('2026-11-22T00:00:00Z')
  })
}

/** `status severity path:line message` lines. */
export function brief(results: RuleResult[]): string[] {
  return results.map(
    (result) => `${result.status} ${result.severity ?? '='} ${result.location ? `${result.location.path}:${result.location.startLine}` : '-'} ${result.message}`
  )
}
