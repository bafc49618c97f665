import { describe, expect, test } from '@jest/globals'
import { fixtureInput, oracleText } from '../../../test/support/python-fixtures.js'
import { read } from './poetry-lock.js'

const ROOT = 'poetry-lock-1.8'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** `poetry export` lines: `name==version`, `name[extra]==version`, `name @ url`, `-e file:///…` (path). */
function exported(file: string): Set<string> {
  const rows = new Set<string>()
  for (const line of oracleText(ROOT, file).split('\n')) {
    const pinned = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;]+)/.exec(line)
    const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*) @ /.exec(line)
    const editable = /^-e file:\/\/\S*\/([^/\s]+)\s/.exec(line)
    if (pinned) rows.add(`${norm(pinned[1])}@${pinned[2]}`)
    else if (direct) rows.add(norm(direct[1]))
    else if (editable) rows.add(norm(editable[1]))
  }
  return rows
}

describe('poetry.lock reader on a lock Poetry 1.8.5 wrote (no groups, no category)', () => {
  const outcome = read(fixtureInput(ROOT, 'poetry.lock'))

  test('agrees package for package with poetry export: main runtime, extras optional, groups dev', () => {
    expect(outcome.problems).toEqual([])
    const main = exported('oracle/export-main.txt')
    const extras = exported('oracle/export-main-extras.txt')
    const all = exported('oracle/export-all.txt')
    const keyOf = (name: string, version: string | null): string => (all.has(norm(name)) ? norm(name) : `${norm(name)}@${version}`)
    const expected = [...all].map((key) => [key, main.has(key) ? 'runtime' : extras.has(key) ? 'optional' : 'dev']).sort()
    expect(outcome.packages.map((pkg) => [keyOf(pkg.name, pkg.version), pkg.scope]).sort()).toEqual(expected)
    // The shapes are there: two versions of attrs, each scope, an extra of a dependency (pysocks).
    expect(expected.filter(([key]) => key.startsWith('attrs@'))).toHaveLength(2)
    expect(new Set(expected.map(([, scope]) => scope))).toEqual(new Set(['runtime', 'optional', 'dev']))
    expect(expected).toContainEqual(['pysocks@1.7.1', 'runtime'])
  })

  test('direct is what pyproject.toml names', () => {
    const direct = outcome.packages.filter((pkg) => pkg.direct).map((pkg) => norm(pkg.name))
    expect([...new Set(direct)].sort()).toEqual(['attrs', 'gitdep', 'localdep', 'markdown', 'packaging', 'pytest', 'pyyaml', 'requests', 'six', 'tomli'])
  })

  test('without pyproject.toml the scope stays unknown, never guessed', () => {
    const bare = read({ ...fixtureInput(ROOT, 'poetry.lock'), sibling: () => undefined })
    expect(new Set(bare.packages.map((pkg) => pkg.scope))).toEqual(new Set(['unknown']))
    expect(bare.packages).toHaveLength(outcome.packages.length)
  })
})
