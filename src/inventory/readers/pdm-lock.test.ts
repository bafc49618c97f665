import { describe, expect, test } from '@jest/globals'
import { fixtureInput, memoryInput, oracleText } from '../../../test/support/python-fixtures.js'
import { packageKey } from '../model.js'
import { read } from './pdm-lock.js'

const ROOT = 'pdm-lock'
const norm = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-')

/** `pdm export` lines: `name==version`, `name[extra]==version`, `name @ url` (the local path project). */
function exported(file: string): Set<string> {
  const rows = new Set<string>()
  for (const line of oracleText(ROOT, file).split('\n')) {
    const pin = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;]+)/.exec(line)
    const direct = /^([A-Za-z0-9][A-Za-z0-9._-]*) @ /.exec(line)
    if (pin) rows.add(`${norm(pin[1])}@${pin[2]}`)
    else if (direct) rows.add(norm(direct[1]))
  }
  return rows
}

describe('pdm.lock reader on a lock PDM 2.29.4 wrote', () => {
  const outcome = read(fixtureInput(ROOT, 'pdm.lock'))

  test('agrees package for package with pdm export: default runtime, the extra optional, the groups dev', () => {
    expect(outcome.problems).toEqual([])
    const runtime = exported('oracle/pdm-export-default.txt')
    const withExtra = exported('oracle/pdm-export-default-yaml.txt')
    const all = exported('oracle/pdm-export-all.txt')
    const key = (pkg: { name: string; version: string | null; source: string }) => (pkg.source === 'path' ? norm(pkg.name) : `${norm(pkg.name)}@${pkg.version}`)
    const expected = [...all].map((entry) => [entry, runtime.has(entry) ? 'runtime' : withExtra.has(entry) ? 'optional' : 'dev'])
    expect(outcome.packages.map((pkg) => [key(pkg), pkg.scope]).sort()).toEqual(expected.sort())
    expect(new Set(expected.map(([, scope]) => scope))).toEqual(new Set(['runtime', 'optional', 'dev']))
  })

  test('the entry PDM writes for an extra is the same package; sources, hashes, direct and edges', () => {
    const httpx = outcome.packages.filter((pkg) => pkg.name === 'httpx')
    expect(httpx).toHaveLength(1)
    expect(httpx[0]).toMatchObject({ version: '0.28.1', extras: ['socks'], direct: true, purl: 'pkg:pypi/httpx@0.28.1' })
    expect(httpx[0].hashes?.[0]).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(outcome.packages.find((pkg) => pkg.name === 'localdep')).toMatchObject({ source: 'path', resolved: './libs/localdep', direct: true })
    expect(outcome.packages.find((pkg) => pkg.name === 'anyio')?.direct).toBe(false)
    const edge = (from: string, to: string) =>
      outcome.edges.some(
        (e) =>
          e.from === packageKey(outcome.packages.find((pkg) => pkg.name === from)!) && e.to === packageKey(outcome.packages.find((pkg) => pkg.name === to)!)
      )
    expect([edge('httpx', 'socksio'), edge('httpx', 'anyio'), edge('localdep', 'idna')]).toEqual([true, true, true])
    expect(outcome.edges.some((e) => e.from === e.to)).toBe(false)
  })

  test('without pyproject.toml an extra cannot be told from a dev group: unknown, never guessed', () => {
    const bare = read({ ...fixtureInput(ROOT, 'pdm.lock'), sibling: () => undefined })
    expect(bare.packages.find((pkg) => pkg.name === 'tomlkit')?.scope).toBe('unknown')
    expect(bare.packages.find((pkg) => pkg.name === 'httpx')?.scope).toBe('runtime')
    expect(bare.packages.every((pkg) => pkg.direct === null)).toBe(true)
  })

  test('a file PDM does not write is one problem with its line', () => {
    expect(read(memoryInput({ 'pdm.lock': '' }, 'pdm.lock')).problems).toMatchObject([{ line: 1, message: 'not a pdm.lock: no [metadata] table' }])
    expect(read(memoryInput({ 'pdm.lock': '[metadata]\n\n[[package]]\nversion = "1"\n' }, 'pdm.lock')).problems).toMatchObject([{ line: 3 }])
    expect(read(memoryInput({ 'pdm.lock': '[metadata\n' }, 'pdm.lock')).problems).toMatchObject([{ line: 1, format: 'pdm-lock' }])
  })
})
