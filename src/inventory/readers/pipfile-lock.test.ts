import { describe, expect, test } from '@jest/globals'
import { fixtureInput, memoryInput, oracleText, pipList } from '../../../test/support/python-fixtures.js'
import { read } from './pipfile-lock.js'

const ROOT = 'pipfile-lock'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** `pipenv requirements`: name → pinned version (null when the line pins none). */
function requirements(file: string): Map<string, string | null> {
  const result = new Map<string, string | null>()
  for (const line of oracleText(ROOT, file).split('\n')) {
    const egg = /#egg=([A-Za-z0-9._-]+)/.exec(line)
    const pinned = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?(?:==([^;\s]+))?\s*(?:;|$)/.exec(line)
    if (egg) result.set(norm(egg[1]), null)
    else if (pinned && !line.startsWith('-')) result.set(norm(pinned[1]), pinned[2] ?? null)
  }
  return result
}

describe('Pipfile.lock reader on a lock pipenv 2026.10.3 wrote', () => {
  const outcome = read(fixtureInput(ROOT, 'Pipfile.lock'))
  const packages = new Map(outcome.packages.map((pkg) => [norm(pkg.name), pkg]))

  test('agrees package for package with pipenv requirements (default / --dev-only) and the installed environment', () => {
    expect(outcome.problems).toEqual([])
    const expected = new Map<string, [string | null, string]>()
    for (const [name, version] of requirements('oracle/pipenv-reqs-default.txt')) expected.set(name, [version, 'runtime'])
    for (const [name, version] of requirements('oracle/pipenv-reqs-develop.txt')) expected.set(name, [version, 'dev'])
    expect(new Map([...packages].map(([name, pkg]) => [name, [pkg.version, pkg.scope]]))).toEqual(expected)
    // The environment pipenv installed: every resolved version matches. gitdep's lock entry records the commit
    // only (pip list reports the 0.3.0 it built from it); tomli stays unresolved ("*") as its marker does not
    // hold on 3.11, so pipenv did not install it.
    const installed = pipList(ROOT, 'oracle/pip-list.json')
    for (const [name, pkg] of packages) {
      if (pkg.version !== null) expect([name, installed.get(name)]).toEqual([name, pkg.version])
    }
    expect(packages.get('tomli')).toMatchObject({ version: null, declared: '*', markers: "python_version < '3.11'", purl: 'pkg:pypi/tomli' })
    expect(installed.has('tomli')).toBe(false)
  })

  test('git source, extras, hashes, direct from the Pipfile, lines', () => {
    expect(packages.get('gitdep')).toMatchObject({
      source: 'git',
      version: null,
      resolved: 'file:///tmp/gen-py/gitdep-repo@1d717abbad640777347e3a81011b82153dd46598',
      direct: true
    })
    expect(packages.get('requests')).toMatchObject({ extras: ['socks'], direct: true, version: '2.34.2' })
    expect(packages.get('pysocks')!.direct).toBe(false)
    expect(packages.get('pytest')).toMatchObject({ direct: true, scope: 'dev' })
    expect(packages.get('certifi')!.hashes).toEqual(['sha256:1324c476b4811eff41a8bc2122cd0bbd4d9c7234c725446d99ab1612b3a7fdd2'])
    const text = fixtureInput(ROOT, 'Pipfile.lock').text.split('\n')
    for (const pkg of outcome.packages) expect(text[pkg.location.line - 1].trim()).toBe(`"${pkg.name}": {`)
  })
})

describe('Pipfile.lock reader: edge cases', () => {
  test('a package in default and develop counts once, as runtime; other indexes; a path entry', () => {
    const lock = JSON.stringify(
      {
        _meta: { sources: [{ name: 'inner', url: 'https://mirror.example.test/simple', verify_ssl: true }] },
        default: { six: { version: '==1.16.0', index: 'inner' }, local: { path: './libs/local', editable: true } },
        develop: { six: { version: '==1.16.0' }, mypy: { version: '==1.0' } },
        docs: { sphinx: { version: '==7' } }
      },
      null,
      4
    )
    const outcome = read(memoryInput({ 'Pipfile.lock': lock }, 'Pipfile.lock'))
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.scope, pkg.source])).toEqual([
      ['six', 'runtime', 'registry'],
      ['local', 'runtime', 'path'],
      ['mypy', 'dev', 'registry'],
      ['sphinx', 'dev', 'registry']
    ])
    const rows = lock.split('\n')
    for (const pkg of outcome.packages) expect(rows[pkg.location.line - 1].trim()).toBe(`"${pkg.name}": {`)
    // six is located in default, not at its second appearance in develop.
    expect(outcome.packages[0].location.line).toBeLessThan(rows.findIndex((row) => row.includes('"develop"')))
    expect(outcome.packages[0].purl).toBe('pkg:pypi/six@1.16.0?repository_url=https%3A%2F%2Fmirror.example.test%2Fsimple')
  })

  test('broken JSON is one problem with its line; JSON that is not a lock is a problem too', () => {
    const broken = read(memoryInput({ 'Pipfile.lock': '{\n  "default": {\n    "a": {"version": "==1",}\n  }\n}\n' }, 'Pipfile.lock'))
    expect(broken.packages).toEqual([])
    expect(broken.problems).toHaveLength(1)
    expect(broken.problems[0]).toMatchObject({ path: 'Pipfile.lock', format: 'pipfile-lock', line: 3 })
    const other = read(memoryInput({ 'Pipfile.lock': '[]' }, 'Pipfile.lock'))
    expect(other.problems).toEqual([
      { path: 'Pipfile.lock', line: 1, format: 'pipfile-lock', message: 'not a Pipfile.lock: no "default" or "develop" section' }
    ])
  })
})
