import { describe, expect, test } from '@jest/globals'
import { fixtureInput, oracleText } from '../../../test/support/python-fixtures.js'
import { read } from './pipfile-lock.js'

const ROOT = 'pipfile-lock-categories'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** `pipenv requirements` lines: `name==version; marker` → `name@version`, `-e ./dir` → `-e ./dir`. */
function listed(file: string): Set<string> {
  const rows = new Set<string>()
  for (const line of oracleText(ROOT, file).split('\n')) {
    const pin = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;]+)/.exec(line)
    if (pin) rows.add(`${norm(pin[1])}@${pin[2]}`)
    else if (line.startsWith('-e ')) rows.add(line.trim())
  }
  return rows
}

describe('Pipfile.lock reader on a lock pipenv wrote with overlapping and custom categories', () => {
  const outcome = read(fixtureInput(ROOT, 'Pipfile.lock'))

  test('agrees package for package with pipenv requirements: default runtime, develop and docs dev, once each', () => {
    expect(outcome.problems).toEqual([])
    const runtime = listed('oracle/pipenv-reqs-default.txt')
    const dev = new Set([...listed('oracle/pipenv-reqs-develop.txt'), ...listed('oracle/pipenv-reqs-docs.txt')])
    const expected = [...new Set([...runtime, ...dev])].map((key) => [key, runtime.has(key) ? 'runtime' : 'dev'])
    const key = (pkg: { name: string; version: string | null; source: string; resolved?: string }): string =>
      pkg.source === 'path' ? `-e ${pkg.resolved}` : `${norm(pkg.name)}@${pkg.version}`
    expect(outcome.packages.map((pkg) => [key(pkg), pkg.scope]).sort()).toEqual(expected.sort())
    // requests is in default and develop: one package, runtime.
    expect(outcome.packages.filter((pkg) => pkg.name === 'requests')).toHaveLength(1)
    expect([...runtime].filter((entry) => dev.has(entry)).length).toBeGreaterThan(3)
  })

  test('the editable path project takes its version from its pyproject.toml; direct is what the Pipfile names', () => {
    expect(outcome.packages.find((pkg) => pkg.name === 'localdep')).toMatchObject({ version: '1.0.0', source: 'path', direct: true })
    expect(
      outcome.packages
        .filter((pkg) => pkg.direct)
        .map((pkg) => norm(pkg.name))
        .sort()
    ).toEqual(['attrs', 'localdep', 'markdown', 'pytest', 'requests', 'requests-mock'])
    const bare = read({ ...fixtureInput(ROOT, 'Pipfile.lock'), sibling: () => undefined })
    expect(bare.packages.find((pkg) => pkg.name === 'localdep')?.version).toBeNull()
  })
})
