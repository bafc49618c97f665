import { describe, expect, test } from '@jest/globals'
import { fixtureInput, memoryInput, oracleText } from '../../../test/support/python-fixtures.js'
import { read } from './pipfile.js'

const ROOT = 'pipfile'

describe('Pipfile reader (declared only) on a Pipfile without its lock', () => {
  const outcome = read(fixtureInput(ROOT, 'Pipfile'))
  const plette = JSON.parse(oracleText(ROOT, 'oracle/pipfile-plette.json')) as Record<string, Record<string, string | Record<string, unknown>>>

  test('declares what pipenv reads from it: every category, packages runtime, the others dev', () => {
    expect(outcome.problems).toEqual([])
    expect(outcome.declaredOnly).toBe(true)
    const expected = Object.entries(plette).flatMap(([category, entries]) =>
      Object.keys(entries).map((name) => [name, category === 'packages' ? 'runtime' : 'dev'])
    )
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.scope]).sort()).toEqual(expected.sort())
    expect(outcome.packages.every((pkg) => pkg.direct === true)).toBe(true)
  })

  test('versions only for exact pins; sources, index, extras and markers as written; each at its line', () => {
    const find = (name: string) => outcome.packages.find((pkg) => pkg.name === name)
    expect(find('Django')).toMatchObject({ version: '4.2.30', purl: 'pkg:pypi/django@4.2.30' })
    expect(find('requests')).toMatchObject({ version: null, declared: '>=2.31', extras: ['socks'] })
    expect(find('attrs')).toMatchObject({ version: null, declared: '*' })
    expect(find('tomli')).toMatchObject({ markers: "python_version < '3.11'" })
    expect(find('gitdep')).toMatchObject({ source: 'git', resolved: 'https://github.com/example/gitdep.git@v0.3.0' })
    expect(find('localdep')).toMatchObject({ source: 'path', version: '1.0.0', resolved: './libs/localdep' })
    expect(find('torch')).toMatchObject({ version: '2.3.1', purl: 'pkg:pypi/torch@2.3.1?repository_url=https%3A%2F%2Fdownload.pytorch.org%2Fwhl%2Fcpu' })
    const lines = fixtureInput(ROOT, 'Pipfile').text.split('\n')
    for (const pkg of outcome.packages) expect(lines[pkg.location.line - 1]).toContain(pkg.name)
  })

  test('bad TOML is one problem with its line', () => {
    expect(read(memoryInput({ Pipfile: '[packages]\nrequests = \n' }, 'Pipfile')).problems).toMatchObject([{ path: 'Pipfile', line: 2, format: 'pipfile' }])
  })
})
