/** Reader inputs over the committed Python fixtures (test/fixtures/inventory/…), and the oracles recorded beside them. */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ReaderInput } from '../../src/inventory/readers/types.js'

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/inventory')

/** A reader input for `relative` inside the fixture folder `root`; `sibling` reads inside that folder only. */
export function fixtureInput(root: string, relative: string): ReaderInput {
  const base = path.join(FIXTURES, root)
  const directory = path.posix.dirname(relative)
  return {
    path: relative,
    text: fs.readFileSync(path.join(base, relative), 'utf8'),
    sibling(other) {
      const target = path.posix.normalize(directory === '.' ? other : `${directory}/${other}`)
      if (target.startsWith('..')) return undefined
      try {
        return fs.readFileSync(path.join(base, target), 'utf8')
      } catch {
        return undefined
      }
    }
  }
}

/** An input over in-memory files (`files[path]`), for includes, cycles and malformed cases. */
export function memoryInput(files: Record<string, string>, relative: string): ReaderInput {
  const directory = path.posix.dirname(relative)
  return {
    path: relative,
    text: files[relative],
    sibling(other) {
      const target = path.posix.normalize(directory === '.' ? other : `${directory}/${other}`)
      return target.startsWith('..') ? undefined : files[target]
    }
  }
}

export function oracleText(root: string, file: string): string {
  return fs.readFileSync(path.join(FIXTURES, root, file), 'utf8')
}

/** `pip list --format json` / `uv pip list --format json`: normalised name → version. */
export function pipList(root: string, file: string): Map<string, string> {
  const list = JSON.parse(oracleText(root, file)) as Array<{ name: string; version: string }>
  return new Map(list.map((entry) => [entry.name.toLowerCase().replace(/[-_.]+/g, '-'), entry.version]))
}
