/**
 * bun.lock on the lockfile bun 1.3.5 wrote for one small monorepo (test/fixtures/inventory/bun/README.md),
 * checked package for package against `bun pm ls --all` and a production-only install of the same project.
 */
import { describe, expect, it } from '@jest/globals'
import { plainJson, read } from '../../src/inventory/readers/bun-lock.js'
import type { Scope } from '../../src/inventory/model.js'
import { edgeNames, find, fixtureInput, fixtureJson, fixtureText, lineOf, scopeMap } from './js-fixtures.js'

const FOLDER = 'bun/text'

/** `bun pm ls --all`: one `name@version` per tree line; workspaces as `name@workspace:path`, aliases by folder name. */
function bunList(): Array<{ name: string; version: string }> {
  const manifests: Record<string, string> = { 'packages/a': '1.0.0', 'packages/b': '1.0.0' }
  return fixtureText(FOLDER, 'bun-pm-ls.txt')
    .split('\n')
    .map((row) => /[├└]── (.+)$/.exec(row)?.[1])
    .filter((id): id is string => id !== undefined)
    .map((id) => {
      const at = id.indexOf('@', 1)
      const name = id.slice(0, at)
      const spec = id.slice(at + 1)
      // bun pm ls names a workspace by its folder and an alias by its folder name (old-number is is-number)
      if (spec.startsWith('workspace:')) return { name, version: manifests[spec.slice('workspace:'.length)] as string }
      return { name: name === 'old-number' ? 'is-number' : name, version: spec }
    })
}

describe('bun.lock (bun 1.3.5)', () => {
  const outcome = read(fixtureInput(FOLDER, 'bun.lock'))
  const text = fixtureText(FOLDER, 'bun.lock')

  it('agrees with bun pm ls and the production install (name, version, scope)', () => {
    expect(outcome.problems).toEqual([])
    const production = new Set(
      fixtureJson<Array<{ name: string; version: string }>>(FOLDER, 'installed-production.json').map((pkg) => `${pkg.name}@${pkg.version}`)
    )
    // workspace packages are linked, not stored: they ship with the project
    const expected = scopeMap(
      bunList().map(({ name, version }) => ({
        name,
        version,
        scope: (production.has(`${name}@${version}`) || name.startsWith('@demo/') ? 'runtime' : 'dev') as Scope
      }))
    )
    expect(scopeMap(outcome.packages.map((pkg) => ({ ...pkg, scope: pkg.scope === 'optional' ? 'runtime' : pkg.scope })))).toEqual(expected)
    expect(find(outcome, 'left-pad').scope).toBe('optional')
  })

  it('workspaces, direct dependencies, aliases, nested installs, integrity and lines', () => {
    expect(find(outcome, '@demo/a')).toMatchObject({ version: '1.0.0', source: 'workspace', direct: true, resolved: 'packages/a' })
    expect(lineOf(text, find(outcome, '@demo/a').location.line)).toBe('    "packages/a": {')
    expect(find(outcome, 'is-number', '6.0.0')).toMatchObject({ direct: true, purl: 'pkg:npm/is-number@6.0.0' })
    expect(lineOf(text, find(outcome, 'is-number', '6.0.0').location.line)).toMatch(/^ {4}"old-number": \[/)
    expect(find(outcome, 'ms', '2.1.3')).toMatchObject({ direct: false, scope: 'dev' })
    expect(lineOf(text, find(outcome, 'ms', '2.1.3').location.line)).toMatch(/^ {4}"debug\/ms": \[/)
    expect(find(outcome, 'picocolors')).toMatchObject({ direct: true, scope: 'dev' })
    expect(find(outcome, 'react')).toMatchObject({ direct: false, scope: 'runtime' })
    expect(find(outcome, 'debug').hashes?.[0]).toMatch(/^sha512-/)
    expect(edgeNames(outcome)).toEqual(
      expect.arrayContaining([
        'debug@4.4.0 -> ms@2.1.3',
        'use-sync-external-store@1.5.0 -> react@19.3.1',
        '@demo/b@1.0.0 -> @demo/a@1.0.0',
        '@demo/a@1.0.0 -> kleur@4.1.5'
      ])
    )
    expect(edgeNames(outcome)).not.toContain('debug@4.4.0 -> ms@2.0.0')
  })

  it('git and path packages', () => {
    const lock =
      '{\n  "lockfileVersion": 1,\n  "workspaces": { "": { "dependencies": { "g": "github:o/g", "p": "file:../p" } } },\n  "packages": {\n    "g": ["g@github:o/g#0123abc", {}, "o-g-0123abc"],\n    "p": ["p@file:../p", {}],\n  },\n}\n'
    const outcome = read({ path: 'bun.lock', text: lock, sibling: () => undefined })
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.source, pkg.resolved, pkg.direct, pkg.location.line])).toEqual([
      ['g', '0123abc', 'git', 'github:o/g#0123abc', true, 5],
      ['p', null, 'path', 'file:../p', true, 6]
    ])
  })
})

describe('JSON with trailing commas', () => {
  it('drops trailing commas and comments, nothing inside strings, and keeps offsets', () => {
    const text = '{\n  "a": [1, 2,],\n  // note\n  "b": "x,]", /* c */\n}\n'
    const plain = plainJson(text)
    expect(plain).toHaveLength(text.length)
    expect(JSON.parse(plain)).toEqual({ a: [1, 2], b: 'x,]' })
  })

  it('a broken bun.lock is one problem with its line', () => {
    const text = fixtureText(FOLDER, 'bun.lock').replace('"debug": ["debug@4.4.0", "",', '"debug": ["debug@4.4.0" "",')
    const line = text.split('\n').findIndex((row) => row.includes('"debug@4.4.0" ""')) + 1
    const outcome = read({ ...fixtureInput(FOLDER, 'bun.lock'), text })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toEqual([expect.objectContaining({ path: 'bun.lock', format: 'bun-lock', line })])
  })

  it('JSON that is not a bun.lock is a problem', () => {
    expect(read({ path: 'bun.lock', text: '{"name": "x"}', sibling: () => undefined }).problems[0]?.message).toMatch(/not a bun.lock/)
  })
})
