/**
 * yarn.lock, classic and berry, on lockfiles yarn 1.22.22 and yarn 4.12.0 wrote for one small monorepo
 * (test/fixtures/inventory/yarn/README.md), checked package for package against what yarn reports for the
 * same project: `yarn list` / `yarn list --production` (classic), `yarn info -AR` and a production-only
 * install (berry).
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { fastParse, read, slowParse } from '../../src/inventory/readers/yarn-lock.js'
import type { Scope } from '../../src/inventory/model.js'
import type { ReaderInput } from '../../src/inventory/readers/types.js'
import { FIXTURES, edgeNames, find, fixtureInput, fixtureJson, fixtureText, lineOf, scopeMap } from './js-fixtures.js'

/** A fixture input that can also list its folder's files by glob, as the workspace does. */
function withGlob(folder: string, file: string): ReaderInput {
  const dir = path.join(FIXTURES, folder)
  const all = (fs.readdirSync(dir, { recursive: true }) as string[]).map((entry) => entry.split(path.sep).join('/'))
  return { ...fixtureInput(folder, file), glob: (pattern) => all.filter((entry) => minimatch(entry, pattern)).sort() }
}

interface ListTree {
  name: string
  shadow?: boolean
  children?: ListTree[]
}
/** The name@version of every node of `yarn list --json` (shadow children are references to hoisted nodes). */
function yarnList(file: string): string[] {
  const out: string[] = []
  const walk = (trees: ListTree[] | undefined) => {
    for (const tree of trees ?? []) {
      if (tree.shadow) continue
      out.push(tree.name)
      walk(tree.children)
    }
  }
  walk(fixtureJson<{ data: { trees: ListTree[] } }>('yarn/classic', file).data.trees)
  // yarn list names an alias by its folder (`old-number`); the lockfile entry `old-number@npm:is-number@6.0.0` is is-number
  return out.map((id) => id.replace(/^old-number@/, 'is-number@'))
}

describe('yarn classic (1.22.22)', () => {
  const outcome = read(withGlob('yarn/classic', 'yarn.lock'))

  it('agrees with yarn list and yarn list --production (name, version, scope)', () => {
    expect(outcome.problems).toEqual([])
    const production = new Set(yarnList('yarn-list-production.json'))
    const expected = scopeMap(
      yarnList('yarn-list.json').map((id) => {
        const at = id.lastIndexOf('@')
        return { name: id.slice(0, at), version: id.slice(at + 1), scope: (production.has(id) ? 'runtime' : 'dev') as Scope }
      })
    )
    // yarn list --production keeps optional dependencies: compare optional as runtime, and check it apart
    expect(scopeMap(outcome.packages.map((pkg) => ({ ...pkg, scope: pkg.scope === 'optional' ? 'runtime' : pkg.scope })))).toEqual(expected)
    expect(find(outcome, 'left-pad').scope).toBe('optional')
  })

  it('marks workspaces (found from the root globs, located at their manifests), direct dependencies and aliases', () => {
    expect(find(outcome, '@demo/a')).toMatchObject({ source: 'workspace', direct: true, location: { path: 'packages/a/package.json', line: 1 } })
    expect(find(outcome, 'kleur')).toMatchObject({ direct: true, scope: 'runtime' })
    expect(find(outcome, 'picocolors')).toMatchObject({ direct: true, scope: 'dev' })
    expect(find(outcome, 'is-number', '6.0.0')).toMatchObject({ direct: true, purl: 'pkg:npm/is-number@6.0.0', source: 'registry' })
    expect(find(outcome, 'ms', '2.1.3')).toMatchObject({ direct: false, scope: 'dev' })
    expect(find(outcome, 'debug').hashes?.[0]).toMatch(/^sha512-/)
    expect(find(outcome, 'debug').registry).toBe('https://registry.yarnpkg.com')
  })

  it('records edges and the line of each entry', () => {
    expect(edgeNames(outcome)).toEqual(expect.arrayContaining(['debug@4.4.0 -> ms@2.1.3', '@demo/b@1.0.0 -> @demo/a@1.0.0', '@demo/a@1.0.0 -> kleur@4.1.5']))
    const text = fixtureText('yarn/classic', 'yarn.lock')
    expect(lineOf(text, find(outcome, 'ms', '2.1.3').location.line)).toBe('ms@^2.1.3:')
    expect(lineOf(text, find(outcome, 'is-number', '6.0.0').location.line)).toBe('"old-number@npm:is-number@6.0.0":')
  })

  it('without the manifest beside it, scope and directness are unknown, not guessed', () => {
    const alone = read({ ...fixtureInput('yarn/classic', 'yarn.lock'), sibling: () => undefined })
    expect(alone.packages.length).toBeGreaterThan(0)
    for (const pkg of alone.packages) expect(pkg).toMatchObject({ scope: 'unknown', direct: null })
  })

  it('comma-joined descriptors are one package', () => {
    const text =
      '# yarn lockfile v1\n\n\n"a@^1.0.0", a@^1.1.0:\n  version "1.2.0"\n  resolved "https://registry.yarnpkg.com/a/-/a-1.2.0.tgz#abc"\n\nb@2.0.0:\n  version "2.0.0"\n  dependencies:\n    a "^1.1.0"\n'
    const outcome = read({ path: 'yarn.lock', text, sibling: () => '{"dependencies": {"a": "^1.0.0", "b": "2.0.0"}}' })
    expect(outcome.packages.map((pkg) => `${pkg.name}@${pkg.version}:${pkg.location.line}`)).toEqual(['a@1.2.0:4', 'b@2.0.0:8'])
    expect(edgeNames(outcome)).toEqual(['b@2.0.0 -> a@1.2.0'])
  })
})

describe('yarn berry (4.12.0)', () => {
  const outcome = read(fixtureInput('yarn/berry', 'yarn.lock'))

  it('agrees with yarn info -AR (all) and the production-only install (name, version, scope)', () => {
    expect(outcome.problems).toEqual([])
    const info = fixtureText('yarn/berry', 'yarn-info.json')
      .trim()
      .split('\n')
      .map((row) => JSON.parse(row) as { value: string; children: { Version: string } })
    const production = new Set(
      fixtureJson<Array<{ name: string; version: string }>>('yarn/berry', 'installed-production.json').map((pkg) => `${pkg.name}@${pkg.version}`)
    )
    const expected = scopeMap(
      info
        // the root workspace is the project itself, not one of its packages
        .filter((row) => !row.value.endsWith('@workspace:.'))
        .map((row) => {
          const name = row.value.slice(0, row.value.indexOf('@', 1))
          const version = row.children.Version
          return { name, version, scope: (production.has(`${name}@${version}`) ? 'runtime' : 'dev') as Scope }
        })
    )
    expect(scopeMap(outcome.packages.map((pkg) => ({ ...pkg, scope: pkg.scope === 'optional' ? 'runtime' : pkg.scope })))).toEqual(expected)
    expect(find(outcome, 'left-pad').scope).toBe('optional') // dependenciesMeta optional
  })

  it('reads workspaces from the lockfile with their manifest version, dev from the manifests, aliases by resolution', () => {
    expect(find(outcome, '@demo/a')).toMatchObject({ version: '1.0.0', source: 'workspace', direct: true, resolved: 'packages/a' })
    expect(find(outcome, 'debug')).toMatchObject({ scope: 'dev', direct: true })
    expect(find(outcome, 'picocolors')).toMatchObject({ scope: 'dev', direct: true })
    expect(find(outcome, 'is-number', '6.0.0')).toMatchObject({ direct: true, scope: 'runtime' })
    expect(find(outcome, 'kleur').hashes?.[0]).toMatch(/^10c0\//)
    expect(edgeNames(outcome)).toEqual(expect.arrayContaining(['debug@4.4.0 -> ms@2.1.3', '@demo/b@1.0.0 -> @demo/a@1.0.0']))
    const text = fixtureText('yarn/berry', 'yarn.lock')
    expect(lineOf(text, find(outcome, '@demo/a').location.line)).toBe('"@demo/a@workspace:*, @demo/a@workspace:packages/a":')
    expect(lineOf(text, find(outcome, 'ms', '2.1.3').location.line)).toBe('"ms@npm:^2.1.3":')
  })

  it('patched, git and path resolutions', () => {
    const text = [
      '__metadata:',
      '  version: 8',
      '',
      '"resolve@npm:^1.22.0":',
      '  version: 1.22.8',
      '  resolution: "resolve@npm:1.22.8"',
      '',
      '"resolve@patch:resolve@npm%3A^1.22.0#optional!builtin<compat/resolve>":',
      '  version: 1.22.8',
      '  resolution: "resolve@patch:resolve@npm%3A1.22.8#optional!builtin<compat/resolve>::version=1.22.8&hash=c3c19d"',
      '',
      '"g@https://github.com/o/g.git#commit=0123456789abcdef":',
      '  version: 2.0.0',
      '  resolution: "g@https://github.com/o/g.git#commit=0123456789abcdef"',
      '',
      '"p@file:../p::locator=root%40workspace%3A.":',
      '  version: 0.1.0',
      '  resolution: "p@file:../p#../p::hash=1&locator=root%40workspace%3A."',
      ''
    ].join('\n')
    const outcome = read({ path: 'yarn.lock', text, sibling: () => undefined })
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.source])).toEqual([
      ['resolve', '1.22.8', 'registry'],
      ['g', '2.0.0', 'git'],
      ['p', '0.1.0', 'path']
    ])
    expect(find(outcome, 'g').resolved).toBe('https://github.com/o/g.git#commit=0123456789abcdef')
  })
})

describe("the line reader and yarn's own parser", () => {
  it.each(['yarn/classic', 'yarn/berry'])('read %s alike', (folder) => {
    const text = fixtureText(folder, 'yarn.lock')
    const fast = fastParse(text)
    expect(fast).toBeDefined()
    const strip = (entries: NonNullable<typeof fast>['entries']) => entries.map((entry) => ({ ...entry, descriptors: [...entry.descriptors].sort() }))
    expect(strip(fast?.entries ?? [])).toEqual(strip(slowParse(text).entries))
    expect(fast?.berry).toBe(folder === 'yarn/berry')
  })

  it("hands a hand-edited file (YAML the line reader does not take) to yarn's parser, with the same result", () => {
    const text = fixtureText('yarn/berry', 'yarn.lock').replace('  version: 4.4.0\n', "  version: '4.4.0'\n")
    expect(fastParse(text)).toBeUndefined()
    const outcome = read({ ...fixtureInput('yarn/berry', 'yarn.lock'), text })
    expect(find(outcome, 'debug')).toMatchObject({ version: '4.4.0', scope: 'dev' })
  })
})

describe('bad input', () => {
  it('a broken classic lockfile is one problem with its line', () => {
    const text = fixtureText('yarn/classic', 'yarn.lock').replace('debug@4.4.0:\n  version "4.4.0"', 'debug@4.4.0:\n  version "4.4.0"\n   oops')
    const line = text.split('\n').indexOf('   oops') + 1
    const outcome = read({ ...fixtureInput('yarn/classic', 'yarn.lock'), text })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toEqual([expect.objectContaining({ path: 'yarn.lock', format: 'yarn-lock', line })])
  })

  it('a broken berry lockfile is one problem with its line', () => {
    const text = fixtureText('yarn/berry', 'yarn.lock').replace('  version: 4.4.0\n', '  version: 4.4.0\n   bad: [\n')
    const line = text.split('\n').indexOf('   bad: [') + 1
    const outcome = read({ ...fixtureInput('yarn/berry', 'yarn.lock'), text })
    expect(outcome.problems).toEqual([expect.objectContaining({ line })])
    expect(outcome.problems[0]?.message).toMatch(/^not a valid yarn.lock/)
  })
})
