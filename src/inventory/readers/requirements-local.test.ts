import { describe, expect, test } from '@jest/globals'
import { fixtureInput, oracleText } from '../../../test/support/python-fixtures.js'
import { read } from './requirements.js'

const ROOT = 'requirements-local'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')
const report = JSON.parse(oracleText(ROOT, 'oracle/pip-install-report.json')) as Array<{ name: string; version: string; is_direct: boolean }>
/**
 * Direct: what requirements.in asks for (pip-compile annotates `via -r requirements.in`), and what the local
 * project names (idna, `via localdep`, also needed by requests): the project's own requirements.
 */
const asked = new Set(['requests', 'attrs', 'localdep', 'gitdep', 'django', 'idna'])

describe('requirements reader on pip-compile and uv pip compile output with an editable local project', () => {
  test('pip-compile: agrees package for package with what pip installs from it; the editable is named by its pyproject.toml', () => {
    const outcome = read(fixtureInput(ROOT, 'requirements.txt'))
    expect(outcome.problems).toEqual([])
    const expected = report.map((entry) => [norm(entry.name), norm(entry.name) === 'gitdep' ? null : entry.version]).sort()
    // The git requirement names a tag: pip learns 0.3.0 by building it, the file does not say (null, never guessed).
    expect(outcome.packages.map((pkg) => [norm(pkg.name), pkg.version]).sort()).toEqual(expected)
    expect(outcome.packages.find((pkg) => pkg.name === 'localdep')).toMatchObject({ source: 'path', resolved: 'file:///tmp/realpoly/req/libs/localdep' })
    for (const pkg of outcome.packages) expect([pkg.name, pkg.direct]).toEqual([pkg.name, asked.has(norm(pkg.name))])
  })

  test('uv pip compile --universal: the same packages, two versions of asgiref by marker, the relative editable', () => {
    const outcome = read(fixtureInput(ROOT, 'requirements-uv.txt'))
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.find((pkg) => pkg.name === 'localdep')).toMatchObject({ version: '1.0.0', source: 'path', resolved: './libs/localdep' })
    const names = new Set(outcome.packages.map((pkg) => norm(pkg.name)))
    for (const entry of report) expect(names.has(norm(entry.name))).toBe(true)
    expect(outcome.packages.filter((pkg) => pkg.name === 'asgiref').map((pkg) => pkg.markers)).toEqual([
      "python_full_version < '3.11'",
      "python_full_version >= '3.11'"
    ])
    for (const pkg of outcome.packages) expect([pkg.name, pkg.direct]).toEqual([pkg.name, asked.has(norm(pkg.name))])
  })

  test('an editable whose project is not in the workspace keeps its location as the name', () => {
    const outcome = read({ ...fixtureInput(ROOT, 'requirements.txt'), sibling: () => undefined })
    expect(outcome.packages.find((pkg) => pkg.source === 'path')).toMatchObject({ name: 'file:///tmp/realpoly/req/libs/localdep', version: null })
  })
})
