import { describe, expect, test } from '@jest/globals'
import { fixtureInput, memoryInput, oracleText, pipList } from '../../../test/support/python-fixtures.js'
import { packageKey, type Package } from '../model.js'
import { read } from './uv-lock.js'

const ROOT = 'uv-lock'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** Names in a `uv export --format requirements.txt` (`name==v`, `name @ url`; `-e` lines are the workspace members). */
function exported(file: string): Set<string> {
  const names = new Set<string>()
  for (const line of oracleText(ROOT, file).split('\n')) {
    const match = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:==|@)/.exec(line)
    if (match) names.add(norm(match[1]))
  }
  return names
}

describe('uv.lock reader on a workspace uv 0.13.9 locked', () => {
  const outcome = read(fixtureInput(ROOT, 'uv.lock'))
  const packages = new Map(outcome.packages.map((pkg) => [norm(pkg.name), pkg]))

  test('agrees package for package with uv: names and scopes from uv export, versions from uv pip list', () => {
    expect(outcome.problems).toEqual([])
    const installed = pipList(ROOT, 'oracle/uv-pip-list.json')
    const members = new Set(
      (JSON.parse(oracleText(ROOT, 'oracle/uv-pip-list.json')) as Array<{ name: string; editable_project_location?: string }>)
        .filter((entry) => entry.editable_project_location)
        .map((entry) => norm(entry.name))
    )
    const runtime = exported('oracle/export-runtime.txt')
    const withExtras = exported('oracle/export-runtime-extras.txt')
    const all = exported('oracle/export-all.txt')
    const expected = new Map<string, string>()
    for (const name of members) expected.set(name, 'runtime')
    for (const name of all) expected.set(name, runtime.has(name) ? 'runtime' : withExtras.has(name) ? 'optional' : 'dev')
    expect(new Map([...packages].map(([name, pkg]) => [name, pkg.scope]))).toEqual(expected)
    // Versions: every package uv installed on Linux / CPython 3.11 has the version uv installed. The lock holds four
    // more that uv export lists under markers that do not hold there (so uv pip list lacks them): colorama
    // (win32), exceptiongroup, tomli and typing-extensions (python < 3.11).
    const notInstalled = [...packages.keys()].filter((name) => !installed.has(name)).sort()
    expect(notInstalled).toEqual(['colorama', 'exceptiongroup', 'tomli', 'typing-extensions'])
    for (const [name, version] of installed) expect([name, packages.get(name)?.version]).toEqual([name, version])
  })

  test('workspace members, git, URL and registry sources; direct is named by a member', () => {
    expect(packages.get('demo-app')).toMatchObject({ source: 'workspace', direct: true, resolved: '.' })
    expect(packages.get('demo-lib')).toMatchObject({ source: 'workspace', direct: true, resolved: 'packages/demo-lib' })
    expect(packages.get('gitdep')).toMatchObject({
      source: 'git',
      version: '0.3.0',
      resolved: 'file:///tmp/gen-py/gitdep-repo?rev=v0.3.0#1d717abbad640777347e3a81011b82153dd46598'
    })
    expect(packages.get('gitdep')!.purl).toMatch(/^pkg:pypi\/gitdep@0\.3\.0\?vcs_url=/)
    expect(packages.get('six')).toMatchObject({ source: 'url', version: '1.16.0' })
    expect(packages.get('requests')).toMatchObject({ source: 'registry', direct: true, purl: 'pkg:pypi/requests@2.34.2' })
    expect(packages.get('certifi')!.direct).toBe(false)
    expect(packages.get('pytest')!.direct).toBe(true)
    expect(packages.get('attrs')!.direct).toBe(true)
    expect(packages.get('attrs')!.hashes).toEqual([
      'sha256:d03ceb89cb322a8fd706d4fb91940737b6642aa36998fe130a9bc96c985eff32',
      'sha256:c647aa4a12dfbad9333ca4e71fe62ddc36f4e63b2d260a37a8b83d2f043ac309'
    ])
  })

  test('each package is located at its name line, and edges follow the lock', () => {
    const text = fixtureInput(ROOT, 'uv.lock').text.split('\n')
    for (const pkg of outcome.packages) expect(text[pkg.location.line - 1]).toBe(`name = "${pkg.name}"`)
    const key = (name: string): string => packageKey(packages.get(name)!)
    const edges = new Set(outcome.edges.map((edge) => `${edge.from}>${edge.to}`))
    expect(edges.has(`${key('demo-app')}>${key('requests')}`)).toBe(true)
    expect(edges.has(`${key('requests')}>${key('certifi')}`)).toBe(true)
    expect(edges.has(`${key('demo-app')}>${key('click')}`)).toBe(true)
    expect(edges.has(`${key('demo-lib')}>${key('iniconfig')}`)).toBe(true)
  })
})

const single = `version = 1
requires-python = ">=3.12"

[[package]]
name = "app"
version = "1.0.0"
source = { virtual = "." }
dependencies = [{ name = "lib", extra = ["fast"] }]

[package.dev-dependencies]
lint = [{ name = "Ruff_Tool" }]

[[package]]
name = "lib"
version = "2.0.0"
source = { registry = "https://mirror.example.test/simple" }

[package.optional-dependencies]
fast = [{ name = "speedup" }]

[[package]]
name = "speedup"
version = "0.1"
source = { path = "../wheels/speedup-0.1-py3-none-any.whl" }

[[package]]
name = "ruff-tool"
version = "0.9"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "orphan"
version = "1"
source = { directory = "vendor/orphan" }
`

describe('uv.lock reader: a single project, extras of dependencies, and bad input', () => {
  test("the virtual project at . is the root; a dependency's extras are runtime; other indexes go in the purl", () => {
    const outcome = read(memoryInput({ 'uv.lock': single }, 'uv.lock'))
    const scopes = Object.fromEntries(outcome.packages.map((pkg: Package) => [pkg.name, [pkg.scope, pkg.source, pkg.direct]]))
    expect(scopes).toEqual({
      app: ['runtime', 'workspace', true],
      lib: ['runtime', 'registry', true],
      speedup: ['runtime', 'path', false],
      'ruff-tool': ['dev', 'registry', true],
      orphan: ['unknown', 'path', false]
    })
    expect(outcome.packages[1].purl).toBe('pkg:pypi/lib@2.0.0?repository_url=https%3A%2F%2Fmirror.example.test%2Fsimple')
  })

  test('a file that is not TOML is one problem with its line, never an empty success', () => {
    const outcome = read(memoryInput({ 'uv.lock': 'version = 1\n\n[[package]]\nname = "x\n' }, 'uv.lock'))
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0]).toMatchObject({ path: 'uv.lock', format: 'uv-lock', line: 4 })
    expect(outcome.problems[0].message).toMatch(/^invalid TOML: /)
  })
})
