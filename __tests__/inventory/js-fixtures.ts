/** Test support for the JavaScript readers: fixtures made by the real package managers (see each README). */
import fs from 'node:fs'
import path from 'node:path'
import { packageKey, type Package, type ReadOutcome, type Scope } from '../../src/inventory/model.js'
import type { ReaderInput } from '../../src/inventory/readers/types.js'

export const FIXTURES = path.resolve('test/fixtures/inventory')

/** A reader input for `file` of a fixture folder, its siblings read from the same folder. */
export function fixtureInput(folder: string, file: string, text?: string): ReaderInput {
  const dir = path.join(FIXTURES, folder)
  const base = path.posix.dirname(file)
  return {
    path: file,
    text: text ?? fs.readFileSync(path.join(dir, file), 'utf8'),
    sibling(relative) {
      const target = path.posix.normalize(base === '.' ? relative : `${base}/${relative}`)
      if (target.startsWith('..')) return undefined
      try {
        return fs.readFileSync(path.join(dir, target), 'utf8')
      } catch {
        return undefined
      }
    }
  }
}

export function fixtureText(folder: string, file: string): string {
  return fs.readFileSync(path.join(FIXTURES, folder, file), 'utf8')
}

export function fixtureJson<T>(folder: string, file: string): T {
  return JSON.parse(fixtureText(folder, file)) as T
}

const RANK: Record<Scope, number> = { runtime: 3, optional: 2, dev: 1, unknown: 0 }

/** name@version → scope, a name@version seen twice keeping the scope that ships. */
export function scopeMap(entries: Iterable<{ name: string; version: string | null; scope: Scope }>): Record<string, Scope> {
  const out: Record<string, Scope> = {}
  for (const { name, version, scope } of entries) {
    const id = `${name}@${version ?? ''}`
    const seen = out[id]
    out[id] = seen === undefined || RANK[scope] > RANK[seen] ? scope : seen
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)))
}

export function find(outcome: ReadOutcome, name: string, version?: string): Package {
  const found = outcome.packages.find((pkg) => pkg.name === name && (version === undefined || pkg.version === version))
  if (!found) throw new Error(`no package ${name}@${version ?? '*'} in ${outcome.packages.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`)
  return found
}

/** The edges of an outcome as `name@version → name@version`. */
export function edgeNames(outcome: ReadOutcome): string[] {
  const byKey = new Map<string, string>()
  for (const pkg of outcome.packages) byKey.set(packageKey(pkg), `${pkg.name}@${pkg.version}`)
  return outcome.edges.map((edge) => `${byKey.get(edge.from) ?? '?'} -> ${byKey.get(edge.to) ?? '?'}`).sort()
}

/** The text of a 1-based line. */
export function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? ''
}
