import { describe, expect, test } from '@jest/globals'
import { fixtureInput, oracleText } from '../../../test/support/python-fixtures.js'
import { read as readPylock } from './pylock.js'
import { read as readRequirements } from './requirements.js'
import { read } from './uv-lock.js'

const ROOT = 'uv-lock-forks'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** `uv export` lines: `name==version ; marker` → `name@version`; `-e ./dir` → the local projects' directories. */
function exported(file: string): { pinned: Set<string>; local: Set<string> } {
  const pinned = new Set<string>()
  const local = new Set<string>()
  for (const line of oracleText(ROOT, file).split('\n')) {
    const pin = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;]+)/.exec(line)
    const editable = /^-e (\S+)/.exec(line)
    if (pin) pinned.add(`${norm(pin[1])}@${pin[2]}`)
    else if (editable) local.add(editable[1])
  }
  return { pinned, local }
}

const runtime = exported('oracle/export-runtime.txt')
const extras = exported('oracle/export-extras.txt')
const all = exported('oracle/export-all.txt')

describe('uv.lock reader on a forked resolution uv 0.13.9 locked', () => {
  const outcome = read(fixtureInput(ROOT, 'uv.lock'))

  test('agrees package for package with uv export: runtime, what the extras add (optional), what the groups add (dev)', () => {
    expect(outcome.problems).toEqual([])
    const locals = outcome.packages.filter((pkg) => pkg.source === 'workspace' || pkg.source === 'path')
    const registry = outcome.packages.filter((pkg) => !locals.includes(pkg))
    const expected = [...all.pinned].map((key) => [key, runtime.pinned.has(key) ? 'runtime' : extras.pinned.has(key) ? 'optional' : 'dev'])
    expect(registry.map((pkg) => [`${norm(pkg.name)}@${pkg.version}`, pkg.scope]).sort()).toEqual(expected.sort())
    // The local projects uv installs editable: the three members and the path dependency, all at runtime.
    expect(locals.map((pkg) => [pkg.resolved, pkg.source, pkg.scope]).sort()).toEqual([
      ['.', 'workspace', 'runtime'],
      ['libs/localdep', 'path', 'runtime'],
      ['packages/cli', 'workspace', 'runtime'],
      ['packages/core', 'workspace', 'runtime']
    ])
    expect(all.local).toEqual(new Set(['.', './libs/localdep', './packages/cli', './packages/core']))
    // The shapes are there: forks (two versions of a name) in each of runtime and dev, every scope.
    const twice = (scope: string) =>
      new Set(expected.filter(([, s]) => s === scope).map(([key]) => key.split('@')[0])).size < expected.filter(([, s]) => s === scope).length
    expect([twice('runtime'), twice('dev')]).toEqual([true, true])
    expect(new Set(expected.map(([, scope]) => scope))).toEqual(new Set(['runtime', 'optional', 'dev']))
  })

  test('direct is what a member names: a fork of a direct dependency is direct on both sides', () => {
    const attrs = outcome.packages.filter((pkg) => pkg.name === 'attrs')
    expect(attrs.map((pkg) => [pkg.version, pkg.direct])).toEqual([
      ['23.2.0', true],
      ['24.2.0', true]
    ])
    expect(outcome.packages.filter((pkg) => pkg.name === 'anyio').map((pkg) => pkg.direct)).toEqual([false, false])
  })
})

describe('pylock.toml reader on uv export --format pylock.toml of the same lock', () => {
  const outcome = readPylock(fixtureInput(ROOT, 'pylock.toml'))

  test('holds what uv export lists, both forks with their markers; the local projects get their pyproject.toml versions', () => {
    expect(outcome.problems).toEqual([])
    const registry = outcome.packages.filter((pkg) => pkg.source === 'registry')
    expect(new Set(registry.map((pkg) => `${norm(pkg.name)}@${pkg.version}`))).toEqual(all.pinned)
    expect(registry).toHaveLength(all.pinned.size)
    expect(registry.filter((pkg) => pkg.name === 'attrs').map((pkg) => pkg.markers)).toEqual(["python_full_version < '3.10'", "python_full_version >= '3.10'"])
    const locals = outcome.packages.filter((pkg) => pkg.source === 'path')
    expect(locals.map((pkg) => [pkg.name, pkg.version]).sort()).toEqual([
      ['localdep', '1.0.0'],
      ['ws-cli', '0.3.0'],
      ['ws-core', '0.2.0'],
      ['ws-root', '0.1.0']
    ])
    // The export resolved groups and extras away: the file no longer says which asked for what.
    expect(new Set(outcome.packages.map((pkg) => pkg.scope))).toEqual(new Set(['unknown']))
  })
})

describe('requirements reader on the same lock exported by uv export (a committed requirements.txt)', () => {
  // As committed at the project's root (pip reads `-e ./dir` from there).
  const outcome = readRequirements({ ...fixtureInput(ROOT, 'pyproject.toml'), path: 'requirements.txt', text: oracleText(ROOT, 'oracle/export-all.txt') })
  const lock = read(fixtureInput(ROOT, 'uv.lock'))

  test('the same packages as the lock; the local projects named by their pyproject.toml; direct as the lock says where the file can tell', () => {
    expect(outcome.problems).toEqual([])
    const key = (pkg: { name: string; version: string | null }) => `${norm(pkg.name)}@${pkg.version}`
    expect(outcome.packages.map(key).sort()).toEqual(lock.packages.map(key).sort())
    // `# via ws-root` (the `-e .` project): direct, as in the lock. Where the file cannot tell, it differs: uv
    // writes no group in its annotations (packaging, named by the \`test\` group, and iniconfig, by ws-core's
    // \`dev\` group, are \`via pytest\`), and a local project is the project to the file, a path dependency
    // to the lock (idna, \`via localdep\`).
    const direct = new Map(lock.packages.map((pkg) => [key(pkg), pkg.direct]))
    const differ = outcome.packages.filter((pkg) => pkg.source !== 'path' && pkg.direct !== direct.get(key(pkg))).map((pkg) => norm(pkg.name))
    expect([...new Set(differ)].sort()).toEqual(['idna', 'iniconfig', 'packaging'])
  })
})
