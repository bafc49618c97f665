/**
 * package.json without a lockfile: declared dependencies, never resolved. Checked on the demo project's
 * manifests (test/fixtures/inventory/npm/README.md) against the manifest itself.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { declaredSource, read } from '../../src/inventory/readers/package-json.js'
import type { ReaderInput } from '../../src/inventory/readers/types.js'
import { FIXTURES, find, fixtureInput, fixtureText, lineOf } from './js-fixtures.js'

/** A fixture input whose `exists` sees the fixture folder (so the root lockfile is there), or nothing. */
function input(folder: string, file: string, withLockfiles: boolean): ReaderInput {
  return {
    ...fixtureInput(folder, file),
    exists: (relative) => withLockfiles && fs.existsSync(path.join(FIXTURES, folder, path.posix.dirname(file), relative))
  }
}

describe('package.json without a lockfile', () => {
  const outcome = read(input('npm/v3', 'package.json', false))
  const text = fixtureText('npm/v3', 'package.json')

  it('declares every dependency with its range, its section scope and its line, resolving nothing', () => {
    expect(outcome.problems).toEqual([])
    expect(outcome.declaredOnly).toBe(true)
    expect(outcome.edges).toEqual([])
    const manifest = JSON.parse(text) as Record<string, Record<string, string> | undefined>
    const names = new Set(
      [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {}), ...Object.keys(manifest.optionalDependencies ?? {})].map(
        (name) => (name === 'old-number' ? 'is-number' : name)
      )
    )
    // `old-number` is `npm:is-number@6.0.0`: the same package as `is-number`, declared twice, one entry
    expect(new Set(outcome.packages.map((pkg) => pkg.name))).toEqual(names)
    for (const pkg of outcome.packages) {
      expect(pkg).toMatchObject({ version: null, direct: true, location: { path: 'package.json' } })
      expect(pkg.purl).toBe(`pkg:npm/${pkg.name.replace('@', '%40')}`)
      expect(lineOf(text, pkg.location.line)).toMatch(/^ {4}"[^"]+": "[^"]+",?$/)
    }
    expect(find(outcome, 'is-number')).toMatchObject({ declared: '7.0.0', scope: 'runtime', source: 'registry' })
    expect(find(outcome, '@isaacs/string-locale-compare')).toMatchObject({ declared: '^1.1.0', scope: 'runtime' })
    expect(find(outcome, 'debug')).toMatchObject({ declared: '4.4.0', scope: 'dev' })
    expect(find(outcome, 'left-pad')).toMatchObject({ declared: '1.3.0', scope: 'optional' })
    expect(lineOf(text, find(outcome, 'debug').location.line).trim()).toBe('"debug": "4.4.0"')
  })

  it('a workspace member whose root has a lockfile adds nothing (the lockfile reads it)', () => {
    for (const folder of ['npm/v3', 'yarn/classic', 'yarn/berry', 'pnpm/v9', 'bun/text']) {
      expect(read(input(folder, 'packages/b/package.json', true))).toEqual({ packages: [], edges: [], problems: [] })
    }
  })

  it('a local folder the root depends on (file:, portal:) adds nothing when the root has a lockfile', () => {
    for (const folder of ['npm/realworld', 'yarn/realworld-classic', 'yarn/realworld-berry', 'pnpm/realworld-v9', 'bun/realworld']) {
      expect(read(input(folder, 'local-lib/package.json', true))).toEqual({ packages: [], edges: [], problems: [] })
    }
    expect(find(read(input('npm/realworld', 'local-lib/package.json', false)), 'is-number')).toMatchObject({ declared: '7.0.0', version: null })
  })

  it('a workspace member whose root has no lockfile is declared too', () => {
    const member = read(input('npm/v3', 'packages/b/package.json', false))
    expect(member.packages.map((pkg) => [pkg.name, pkg.declared, pkg.scope, pkg.source])).toEqual([
      ['@demo/a', '1.0.0', 'runtime', 'registry'],
      ['picocolors', '1.1.1', 'dev', 'registry']
    ])
    const pnpmMember = read(input('pnpm/v9', 'packages/b/package.json', false))
    expect(find(pnpmMember, '@demo/a')).toMatchObject({ declared: 'workspace:*', source: 'workspace' })
  })

  it.each([
    ['^1.2.3', 'registry'],
    ['latest', 'registry'],
    ['workspace:^', 'workspace'],
    ['file:../x', 'path'],
    ['./vendor/x.tgz', 'path'],
    ['github:o/r#v1', 'git'],
    ['o/r', 'git'],
    ['git+https://example.test/o/r.git#abc', 'git'],
    ['https://example.test/x.tgz', 'url']
  ])('%s is %s', (spec, source) => {
    expect(declaredSource(spec).source).toBe(source)
  })

  it('broken JSON is one problem with its line', () => {
    const broken = '{\n  "name": "x",\n  "dependencies": {\n    "a": "1"\n    "b": "2"\n  }\n}\n'
    const outcome = read({ path: 'app/package.json', text: broken, sibling: () => undefined })
    expect(outcome.problems).toEqual([expect.objectContaining({ path: 'app/package.json', format: 'package-json', line: 5 })])
  })
})
