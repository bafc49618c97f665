import { describe, expect, test } from '@jest/globals'
import { fixtureInput, memoryInput, pipList } from '../../../test/support/python-fixtures.js'
import { packageKey } from '../model.js'
import { read } from './pylock.js'

const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

describe('pylock.toml reader on files uv and pip wrote', () => {
  test('uv export: agrees with the environment uv installed from it; markers, sources, hashes, lines', () => {
    const outcome = read(fixtureInput('pylock/uv', 'pylock.toml'))
    expect(outcome.problems).toEqual([])
    const packages = new Map(outcome.packages.map((pkg) => [norm(pkg.name), pkg]))
    const installed = pipList('pylock/uv', 'oracle/uv-pip-list.json')
    // Four entries carry markers that do not hold on Linux / CPython 3.11, so uv did not install them.
    expect([...packages.keys()].filter((name) => !installed.has(name)).sort()).toEqual(['colorama', 'exceptiongroup', 'tomli', 'typing-extensions'])
    expect(packages.get('tomli')!.markers).toBe("python_full_version < '3.11'")
    // The two workspace projects are directories without a version in the lock (uv pip list shows the built ones).
    expect(outcome.packages.filter((pkg) => pkg.version === null).map((pkg) => pkg.name)).toEqual(['demo-app', 'demo-lib'])
    for (const [name, version] of installed) {
      if (name !== 'demo-app' && name !== 'demo-lib') expect([name, packages.get(name)?.version]).toEqual([name, version])
    }
    expect(packages.get('demo-lib')).toMatchObject({ source: 'path', version: null, resolved: 'packages/demo-lib' })
    expect(packages.get('gitdep')).toMatchObject({ source: 'git', resolved: 'file:///tmp/gen-py/gitdep-repo@1d717abbad640777347e3a81011b82153dd46598' })
    expect(packages.get('six')).toMatchObject({
      source: 'url',
      version: '1.16.0',
      hashes: ['sha256:8abb2f1d86890a2dfb989f9a77cfcfd3e47c2a354b01111771326f8aa26e0254']
    })
    expect(packages.get('requests')).toMatchObject({ source: 'registry', purl: 'pkg:pypi/requests@2.34.2', direct: null })
    // uv exported every group without group markers: the file does not say what is for development.
    expect(new Set(outcome.packages.map((pkg) => pkg.scope))).toEqual(new Set(['unknown']))
    const text = fixtureInput('pylock/uv', 'pylock.toml').text.split('\n')
    for (const pkg of outcome.packages) expect(text[pkg.location.line - 1]).toBe(`name = "${pkg.name}"`)
  })

  test('pip lock: agrees with pip list of an environment installed from the same requirements', () => {
    const outcome = read(fixtureInput('pylock/pip', 'pylock.toml'))
    expect(outcome.problems).toEqual([])
    expect(new Map(outcome.packages.map((pkg) => [norm(pkg.name), pkg.version]))).toEqual(pipList('pylock/pip', 'oracle/pip-list.json'))
    expect(outcome.packages[0].hashes).toEqual(['sha256:1324c476b4811eff41a8bc2122cd0bbd4d9c7234c725446d99ab1612b3a7fdd2'])
    const text = fixtureInput('pylock/pip', 'pylock.toml').text.split('\n')
    for (const pkg of outcome.packages) expect(text[pkg.location.line - 1]).toBe(`name = "${pkg.name}"`)
  })
})

describe('pylock.toml reader: groups, extras, dependencies and bad input', () => {
  const lock = `lock-version = "1.0"
extras = ["cli"]
dependency-groups = ["dev", "docs"]
default-groups = ["docs"]

[[packages]]
name = "click"
version = "8.1.0"
marker = "'cli' in extras"

[[packages]]
name = "pytest"
version = "8.0.0"
marker = "'dev' in dependency_groups"
dependencies = [{ name = "pluggy" }]

[[packages]]
name = "pluggy"
version = "1.5.0"
marker = "'dev' in dependency_groups"

[[packages]]
name = "sphinx"
version = "7.0.0"
marker = "'docs' in dependency_groups"
`
  test('group and extra markers give dev and optional; default groups and unmarked packages are runtime; edges', () => {
    const outcome = read(memoryInput({ 'pylock.toml': lock }, 'pylock.toml'))
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.scope, pkg.location.line])).toEqual([
      ['click', 'optional', 7],
      ['pytest', 'dev', 12],
      ['pluggy', 'dev', 18],
      ['sphinx', 'runtime', 23]
    ])
    expect(outcome.edges).toEqual([{ from: packageKey(outcome.packages[1]), to: packageKey(outcome.packages[2]) }])
  })

  test('bad TOML, or TOML that is not a lock, is one problem with its line', () => {
    const broken = read(memoryInput({ 'pylock.toml': 'lock-version = "1.0"\n[[packages]\nname = "a"\n' }, 'pylock.toml'))
    expect(broken.problems).toHaveLength(1)
    expect(broken.problems[0]).toMatchObject({ path: 'pylock.toml', format: 'pylock', line: 2 })
    const other = read(memoryInput({ 'pylock.toml': 'title = "x"\n' }, 'pylock.toml'))
    expect(other.problems).toEqual([{ path: 'pylock.toml', line: 1, format: 'pylock', message: 'not a PEP 751 lock file: no lock-version' }])
  })
})
