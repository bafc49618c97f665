import { describe, expect, test } from '@jest/globals'
import { parse } from 'smol-toml'
import { fixtureInput, memoryInput } from '../../../test/support/python-fixtures.js'
import { read } from './pyproject.js'

const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

describe('pyproject reader: declared packages', () => {
  test('agrees with what uv read from the same pyproject.toml (requires-dist / requires-dev in its uv.lock)', () => {
    const alone = fixtureInput('uv-lock', 'pyproject.toml')
    const outcome = read(memoryInput({ 'pyproject.toml': alone.text }, 'pyproject.toml'))
    expect(outcome.problems).toEqual([])
    expect(outcome.declaredOnly).toBe(true)
    const lock = parse(fixtureInput('uv-lock', 'uv.lock').text) as {
      package: Array<{
        name: string
        metadata?: { 'requires-dist'?: Array<{ name: string; marker?: string; specifier?: string }>; 'requires-dev'?: Record<string, Array<{ name: string }>> }
      }>
    }
    const metadata = lock.package.find((pkg) => pkg.name === 'demo-app')!.metadata!
    const expected = new Map<string, string>()
    for (const entry of metadata['requires-dist']!) expected.set(norm(entry.name), entry.marker?.includes('extra ==') ? 'optional' : 'runtime')
    for (const list of Object.values(metadata['requires-dev']!)) for (const entry of list) expected.set(norm(entry.name), 'dev')
    expect(new Map(outcome.packages.map((pkg) => [norm(pkg.name), pkg.scope]))).toEqual(expected)
    const packages = new Map(outcome.packages.map((pkg) => [norm(pkg.name), pkg]))
    expect(packages.get('requests')).toMatchObject({ version: null, declared: '>=2.31', direct: true, purl: 'pkg:pypi/requests', location: { line: 6 } })
    expect(packages.get('tomli')).toMatchObject({ markers: "python_version < '3.11'", location: { line: 7 } })
    expect(packages.get('gitdep')).toMatchObject({ source: 'git', version: null, resolved: 'git+file:///tmp/gen-py/gitdep-repo@v0.3.0' })
    expect(packages.get('six')).toMatchObject({ source: 'url', version: '1.16.0' })
    expect(packages.get('click')).toMatchObject({ scope: 'optional', declared: '>=8', location: { line: 14 } })
    expect(packages.get('pytest')).toMatchObject({ scope: 'dev', location: { line: 17 } })
  })

  test('a uv workspace member locked by the uv.lock of its workspace root adds nothing of its own', () => {
    const outcome = read(fixtureInput('uv-lock', 'packages/demo-lib/pyproject.toml'))
    expect(outcome).toEqual({ packages: [], edges: [], problems: [] })
  })

  test('PEP 621 and Poetry tables of the poetry fixture, without the lock beside it', () => {
    const outcome = read(memoryInput({ 'pyproject.toml': fixtureInput('poetry-lock', 'pyproject.toml').text }, 'pyproject.toml'))
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.scope, pkg.source])).toEqual([
      ['requests', 'runtime', 'registry'],
      ['gitdep', 'runtime', 'git'],
      ['localdep', 'runtime', 'path'],
      ['tomli', 'runtime', 'registry'],
      ['six', 'runtime', 'url'],
      ['click', 'optional', 'registry'],
      ['pytest', 'dev', 'registry'],
      ['markdown', 'dev', 'registry']
    ])
  })

  test('Poetry-only manifests: exact, caret, git, path, optional, groups, several constraints', () => {
    const text = `[tool.poetry]
name = "x"

[tool.poetry.dependencies]
python = "^3.10"
exact = "1.2.3"
caret = "^2.0"
"quoted.name" = { version = "==4.0", extras = ["a"], markers = "sys_platform == 'linux'" }
fromgit = { git = "https://example.test/r.git", tag = "v1" }
local = { path = "../local", develop = true }
maybe = { version = "^1", optional = true }
multi = [{ version = "<2", python = "<3.11" }, { version = ">=2", python = ">=3.11" }]

[tool.poetry.group.test.dependencies]
pytest = "*"

[tool.poetry.dev-dependencies]
black = "23.1.0"

[dependency-groups]
lint = ["ruff==0.5", { include-group = "test" }]
`
    const outcome = read(memoryInput({ 'pyproject.toml': text }, 'pyproject.toml'))
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.declared, pkg.scope, pkg.source, pkg.location.line])).toEqual([
      ['exact', '1.2.3', undefined, 'runtime', 'registry', 6],
      ['caret', null, '^2.0', 'runtime', 'registry', 7],
      ['quoted.name', '4.0', undefined, 'runtime', 'registry', 8],
      ['fromgit', null, undefined, 'runtime', 'git', 9],
      ['local', null, undefined, 'runtime', 'path', 10],
      ['maybe', null, '^1', 'optional', 'registry', 11],
      ['multi', null, '<2 || >=2', 'runtime', 'registry', 12],
      ['pytest', null, '*', 'dev', 'registry', 15],
      ['black', '23.1.0', undefined, 'dev', 'registry', 18],
      ['ruff', '0.5', undefined, 'dev', 'registry', 21]
    ])
    expect(outcome.packages[2]).toMatchObject({ purl: 'pkg:pypi/quoted-name@4.0', extras: ['a'], markers: "sys_platform == 'linux'" })
  })

  test('bad TOML is one problem with its line; a bad requirement string is a problem with its line, the rest is read', () => {
    const broken = read(memoryInput({ 'pyproject.toml': '[project]\nname = "x"\ndependencies = ["a",\n' }, 'pyproject.toml'))
    expect(broken.packages).toEqual([])
    expect(broken.problems).toHaveLength(1)
    expect(broken.problems[0]).toMatchObject({ path: 'pyproject.toml', format: 'pyproject' })
    expect(broken.problems[0].line).toBeGreaterThanOrEqual(3)
    const bad = read(memoryInput({ 'pyproject.toml': '[project]\nname = "x"\ndependencies = [\n  "ok>=1",\n  "not valid !!",\n]\n' }, 'pyproject.toml'))
    expect(bad.packages.map((pkg) => pkg.name)).toEqual(['ok'])
    expect(bad.problems).toEqual([{ path: 'pyproject.toml', line: 5, format: 'pyproject', message: 'not a PEP 508 requirement: not valid !!' }])
  })
})

describe('pyproject reader on the uv workspace of the uv-lock-forks fixture', () => {
  const text = fixtureInput('uv-lock-forks', 'pyproject.toml').text
  const outcome = read(memoryInput({ 'pyproject.toml': text }, 'pyproject.toml'))

  test('declares what uv read from it (requires-dist, requires-dev): both pins of a forked name, sources from [tool.uv.sources]', () => {
    expect(outcome.problems).toEqual([])
    const lock = parse(fixtureInput('uv-lock-forks', 'uv.lock').text) as {
      package: Array<{
        name: string
        metadata?: {
          'requires-dist'?: Array<{ name: string; specifier?: string; editable?: string }>
          'requires-dev'?: Record<string, Array<{ name: string; specifier?: string }>>
        }
      }>
    }
    const metadata = lock.package.find((pkg) => pkg.name === 'ws-root')!.metadata!
    const uvRead = [...metadata['requires-dist']!, ...Object.values(metadata['requires-dev']!).flat()]
    const expected = new Set(uvRead.map((dep) => `${norm(dep.name)} ${dep.specifier?.startsWith('==') ? dep.specifier.slice(2) : null}`))
    expect(new Set(outcome.packages.map((pkg) => `${norm(pkg.name)} ${pkg.version}`))).toEqual(expected)
    expect(outcome.packages.filter((pkg) => pkg.name === 'attrs')).toHaveLength(2)
    // uv's `editable = "…"`: the workspace member and the path dependency.
    const editable = Object.fromEntries(metadata['requires-dist']!.filter((dep) => dep.editable).map((dep) => [dep.name, dep.editable]))
    expect(editable).toEqual({ localdep: 'libs/localdep', 'ws-core': 'packages/core' })
    expect(outcome.packages.find((pkg) => pkg.name === 'ws-core')).toMatchObject({ source: 'workspace' })
    expect(outcome.packages.find((pkg) => pkg.name === 'localdep')).toMatchObject({ source: 'path', resolved: 'libs/localdep' })
    expect(outcome.packages.find((pkg) => pkg.name === 'localdep')!.declared).toBeUndefined()
  })

  test('a path dependency that a parent lockfile locks adds nothing of its own (uv, Poetry 1.8, pipenv)', () => {
    for (const root of ['uv-lock-forks', 'poetry-lock-1.8', 'pipfile-lock-categories']) {
      const member = read(fixtureInput(root, 'libs/localdep/pyproject.toml'))
      expect([root, member.packages]).toEqual([root, []])
      // Alone (no parent lockfile), it declares idna.
      const alone = read(
        memoryInput({ 'libs/localdep/pyproject.toml': fixtureInput(root, 'libs/localdep/pyproject.toml').text }, 'libs/localdep/pyproject.toml')
      )
      expect([root, alone.packages.map((pkg) => pkg.name)]).toEqual([root, ['idna']])
    }
  })
})
