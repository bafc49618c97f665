import { describe, expect, test } from '@jest/globals'
import { fixtureInput, memoryInput, oracleText, pipList } from '../../../test/support/python-fixtures.js'
import { packageKey } from '../model.js'
import { read } from './poetry-lock.js'

const ROOT = 'poetry-lock'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** `poetry show --no-truncate`: name → version. */
function shown(file: string): Map<string, string> {
  const rows = oracleText(ROOT, file)
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(/\s+/))
  return new Map(rows.map(([name, version]) => [norm(name), version]))
}

describe('poetry.lock reader on a lock Poetry 2.5.1 wrote', () => {
  const outcome = read(fixtureInput(ROOT, 'poetry.lock'))
  const packages = new Map(outcome.packages.map((pkg) => [norm(pkg.name), pkg]))

  test('agrees package for package with poetry show (main / all groups) and with the installed environment', () => {
    expect(outcome.problems).toEqual([])
    const main = shown('oracle/poetry-show-main.txt')
    const all = shown('oracle/poetry-show-all.txt')
    // poetry show lists what applies to this environment (Linux, CPython 3.11): the lock also holds four packages
    // under markers that do not hold here: colorama (win32), exceptiongroup, tomli and typing-extensions (3.10).
    const applicable = [...packages].filter(([name]) => !['colorama', 'exceptiongroup', 'tomli', 'typing-extensions'].includes(name))
    expect(new Map(applicable.map(([name, pkg]) => [name, pkg.version]))).toEqual(all)
    for (const [name, pkg] of applicable) {
      // main = runtime, plus click which only the extra `cli` installs (optional); other groups are dev.
      const expected = main.has(name) ? (name === 'click' ? 'optional' : 'runtime') : 'dev'
      expect([name, pkg.scope]).toEqual([name, expected])
    }
    const installed = pipList(ROOT, 'oracle/pip-list.json')
    for (const [name, pkg] of applicable) expect([name, installed.get(name)]).toEqual([name, pkg.version])
    // tomli is in both main (marker) and dev (through pytest): main wins.
    expect(packages.get('tomli')).toMatchObject({ scope: 'runtime', markers: 'python_version == "3.10"' })
  })

  test('git, directory and URL sources; direct from pyproject.toml; hashes; lines; edges', () => {
    expect(packages.get('gitdep')).toMatchObject({
      source: 'git',
      version: '0.3.0',
      resolved: 'file://None/tmp/gen-py/gitdep-repo@1d717abbad640777347e3a81011b82153dd46598',
      direct: true
    })
    expect(packages.get('localdep')).toMatchObject({ source: 'path', resolved: 'libs/localdep', direct: true })
    expect(packages.get('six')).toMatchObject({ source: 'url', version: '1.16.0', direct: true })
    expect(packages.get('requests')).toMatchObject({ source: 'registry', direct: true, purl: 'pkg:pypi/requests@2.34.2' })
    expect(packages.get('markdown')).toMatchObject({ scope: 'dev', direct: true })
    expect(packages.get('certifi')!.direct).toBe(false)
    expect(packages.get('certifi')!.hashes).toEqual(['sha256:1324c476b4811eff41a8bc2122cd0bbd4d9c7234c725446d99ab1612b3a7fdd2'])
    const text = fixtureInput(ROOT, 'poetry.lock').text.split('\n')
    for (const pkg of outcome.packages) expect(text[pkg.location.line - 1]).toBe(`name = "${pkg.name}"`)
    const edges = new Set(outcome.edges.map((edge) => `${edge.from}>${edge.to}`))
    // charset_normalizer is written with an underscore in requests' dependencies.
    expect(edges.has(`${packageKey(packages.get('requests')!)}>${packageKey(packages.get('charset-normalizer')!)}`)).toBe(true)
    expect(edges.has(`${packageKey(packages.get('pytest')!)}>${packageKey(packages.get('tomli')!)}`)).toBe(true)
  })

  test('without a pyproject.toml beside it, direct is not known', () => {
    const alone = read(memoryInput({ 'poetry.lock': fixtureInput(ROOT, 'poetry.lock').text }, 'poetry.lock'))
    expect(new Set(alone.packages.map((pkg) => pkg.direct))).toEqual(new Set([null]))
  })
})

describe('poetry.lock reader: lock version 1 and bad input', () => {
  const old = `[[package]]
name = "flask"
version = "2.0.0"
category = "main"
optional = false

[package.dependencies]
Werkzeug = ">=2.0"

[[package]]
name = "Werkzeug"
version = "2.0.1"
category = "main"
optional = true

[package.source]
type = "legacy"
url = "https://mirror.example.test/simple"
reference = "mirror"

[[package]]
name = "pytest"
version = "7.0.0"
category = "dev"
optional = false

[metadata]
lock-version = "1.1"

[metadata.files]
flask = [
    {file = "flask-2.0.0.tar.gz", hash = "sha256:aaaa"},
]
`

  test('category gives the scope, optional marks extras, metadata.files the hashes, legacy another index', () => {
    const outcome = read(memoryInput({ 'poetry.lock': old }, 'poetry.lock'))
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.scope, pkg.source, pkg.location.line])).toEqual([
      ['flask', 'runtime', 'registry', 2],
      ['Werkzeug', 'optional', 'registry', 11],
      ['pytest', 'dev', 'registry', 22]
    ])
    expect(outcome.packages[0].hashes).toEqual(['sha256:aaaa'])
    expect(outcome.packages[1].purl).toBe('pkg:pypi/werkzeug@2.0.1?repository_url=https%3A%2F%2Fmirror.example.test%2Fsimple')
    expect(outcome.edges).toEqual([{ from: packageKey(outcome.packages[0]), to: packageKey(outcome.packages[1]) }])
  })

  test('a lock that is not TOML is one problem with its line', () => {
    const outcome = read(memoryInput({ 'poetry.lock': '[[package]]\nname = "a"\nversion = 1.0.0.0\n' }, 'poetry.lock'))
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0]).toMatchObject({ path: 'poetry.lock', format: 'poetry-lock', line: 3 })
  })
})
