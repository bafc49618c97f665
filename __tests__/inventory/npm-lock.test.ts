/**
 * package-lock.json v1/v2/v3 and npm-shrinkwrap.json, on lockfiles npm itself wrote for one small
 * monorepo (test/fixtures/inventory/npm/README.md), checked package for package against what npm reports
 * for the same install (`npm ls`).
 */
import { describe, expect, it } from '@jest/globals'
import { read } from '../../src/inventory/readers/npm-lock.js'
import { registryOf, sourceOf } from '../../src/inventory/readers/js-common.js'
import type { Scope } from '../../src/inventory/model.js'
import { edgeNames, find, fixtureInput, fixtureJson, fixtureText, lineOf, scopeMap } from './js-fixtures.js'

interface LsNode {
  name: string
  version: string
  location: string
  dev: boolean
}

/**
 * npm's own view (`npm-ls-scopes.json`, see the README): every node `npm ls --all` lists, dev when
 * `npm ls --omit=dev` leaves it out. npm ls does not tell optional from runtime: both count as runtime here,
 * and the optional package is checked apart.
 */
function npmLsScopes(folder: string): Record<string, Scope> {
  const nodes = fixtureJson<LsNode[]>(folder, 'npm-ls-scopes.json')
  return scopeMap(nodes.map((node) => ({ name: node.name, version: node.version, scope: node.dev ? 'dev' : 'runtime' })))
}

const optionalAsRuntime = (packages: Array<{ name: string; version: string | null; scope: Scope }>) =>
  scopeMap(packages.map((pkg) => ({ ...pkg, scope: pkg.scope === 'optional' ? 'runtime' : pkg.scope })))

describe.each([
  ['npm/v3', 'package-lock.json'],
  ['npm/v2', 'package-lock.json'],
  ['npm/shrinkwrap', 'npm-shrinkwrap.json']
])('%s %s', (folder, file) => {
  const outcome = read(fixtureInput(folder, file))
  const text = fixtureText(folder, file)

  it('agrees with npm ls package for package (name, version, scope)', () => {
    expect(outcome.problems).toEqual([])
    expect(optionalAsRuntime(outcome.packages)).toEqual(npmLsScopes(folder))
  })

  it('resolves aliases, marks workspaces and direct dependencies, keeps integrity and license', () => {
    const alias = find(outcome, 'is-number', '6.0.0')
    expect(alias).toMatchObject({ direct: true, source: 'registry', purl: 'pkg:npm/is-number@6.0.0', license: 'MIT' })
    expect(alias.hashes?.[0]).toMatch(/^sha512-/)
    expect(find(outcome, '@isaacs/string-locale-compare').purl).toBe('pkg:npm/%40isaacs/string-locale-compare@1.1.0')
    expect(find(outcome, '@demo/a')).toMatchObject({ source: 'workspace', direct: true, resolved: 'packages/a' })
    expect(find(outcome, 'kleur')).toMatchObject({ direct: true, scope: 'runtime' }) // named by packages/a
    expect(find(outcome, 'picocolors')).toMatchObject({ direct: true, scope: 'dev' }) // a devDependency of packages/b
    expect(find(outcome, 'ms', '2.0.0').direct).toBe(true)
    expect(find(outcome, 'ms', '2.1.3')).toMatchObject({ direct: false, scope: 'dev' })
    expect(find(outcome, 'react')).toMatchObject({ direct: false, scope: 'runtime' }) // installed as use-sync-external-store's peer
    expect(find(outcome, 'left-pad').scope).toBe('optional')
  })

  it('records the dependency edges the lockfile names, peers and workspace links included', () => {
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

  it('points every package at the line of its own entry', () => {
    const lines = outcome.packages.map((pkg) => pkg.location.line)
    expect(new Set(lines).size).toBe(lines.length)
    for (const pkg of outcome.packages) expect(lineOf(text, pkg.location.line)).toMatch(/^ {4}"[^"]+": \{$/)
    expect(lineOf(text, find(outcome, 'ms', '2.1.3').location.line).trim()).toBe('"node_modules/debug/node_modules/ms": {')
    expect(lineOf(text, find(outcome, 'is-number', '6.0.0').location.line).trim()).toBe('"node_modules/old-number": {')
    expect(find(outcome, 'debug').location.path).toBe(file)
  })
})

describe('lockfileVersion 2 carries both trees', () => {
  it('reads the packages map once and ignores the v1 tree beside it', () => {
    const v2 = read(fixtureInput('npm/v2', 'package-lock.json'))
    const raw = fixtureJson<{ packages: Record<string, unknown>; dependencies: Record<string, unknown> }>('npm/v2', 'package-lock.json')
    expect(Object.keys(raw.dependencies).length).toBeGreaterThan(0)
    // one package per name@version npm reports, not two
    expect(v2.packages).toHaveLength(Object.keys(npmLsScopes('npm/v2')).length)
    const v3 = read(fixtureInput('npm/v3', 'package-lock.json'))
    const summary = (o: typeof v2) => o.packages.map((pkg) => [pkg.name, pkg.version, pkg.scope, pkg.direct, pkg.source]).sort()
    expect(summary(v2)).toEqual(summary(v3))
  })
})

describe('lockfileVersion 1 (npm 6)', () => {
  const outcome = read(fixtureInput('npm/v1', 'package-lock.json'))
  interface LsNode {
    version?: string
    from?: string
    missing?: boolean
    peerMissing?: boolean
    dependencies?: Record<string, LsNode>
  }
  const walk = (tree: Record<string, LsNode> | undefined, scope: Scope, out: Array<{ name: string; version: string; scope: Scope }>) => {
    for (const [key, node] of Object.entries(tree ?? {})) {
      if (node.missing || node.peerMissing || !node.version) continue // npm 6 does not install peers: react is listed as missing
      const alias = /@npm:(.+)@[^@]+$/.exec(node.from ?? '')
      out.push({ name: alias?.[1] ?? key, version: node.version, scope })
      walk(node.dependencies, scope, out)
    }
    return out
  }

  it('agrees with npm 6 `npm ls --prod` / `npm ls --dev` (optional dependencies count as prod there)', () => {
    expect(outcome.problems).toEqual([])
    const expected = scopeMap([
      ...walk(fixtureJson<{ dependencies: Record<string, LsNode> }>('npm/v1', 'npm-ls-prod.json').dependencies, 'runtime', []),
      ...walk(fixtureJson<{ dependencies: Record<string, LsNode> }>('npm/v1', 'npm-ls-dev.json').dependencies, 'dev', [])
    ])
    const all = scopeMap(walk(fixtureJson<{ dependencies: Record<string, LsNode> }>('npm/v1', 'npm-ls.json').dependencies, 'runtime', []))
    expect(Object.keys(scopeMap(outcome.packages))).toEqual(Object.keys(all))
    const got = scopeMap(outcome.packages.map((pkg) => ({ ...pkg, scope: pkg.scope === 'optional' ? 'runtime' : pkg.scope })))
    expect(got).toEqual(expected)
    expect(find(outcome, 'left-pad').scope).toBe('optional') // the lockfile's `optional: true`
  })

  it('reads nested dependencies, aliases, edges through the tree and direct from package.json', () => {
    const nested = find(outcome, 'ms', '2.1.3')
    expect(nested).toMatchObject({ scope: 'dev', direct: false })
    expect(lineOf(fixtureText('npm/v1', 'package-lock.json'), nested.location.line)).toMatch(/^ {8}"ms": \{$/)
    expect(find(outcome, 'is-number', '6.0.0')).toMatchObject({ direct: true, purl: 'pkg:npm/is-number@6.0.0', registry: 'https://registry.npmjs.org' })
    expect(edgeNames(outcome)).toContain('debug@4.4.0 -> ms@2.1.3')
    expect(edgeNames(outcome)).not.toContain('debug@4.4.0 -> ms@2.0.0')
  })

  it('without package.json beside it, a top-level package is neither direct nor transitive (null)', () => {
    const input = { ...fixtureInput('npm/v1', 'package-lock.json'), sibling: () => undefined }
    const alone = read(input)
    expect(find(alone, 'debug').direct).toBeNull()
    expect(find(alone, 'ms', '2.1.3').direct).toBe(false)
  })
})

describe('flags and links npm writes in other projects', () => {
  it('devOptional ships as optional, dev and optional together is dev, a file: link is a path package', () => {
    const lock = {
      name: 'app',
      lockfileVersion: 3,
      packages: {
        '': { name: 'app', dependencies: { local: 'file:../local' }, devDependencies: { tool: '1.0.0' }, optionalDependencies: { both: '1.0.0' } },
        '../local': { name: 'local', version: '0.1.0' },
        'node_modules/both': { version: '1.0.0', devOptional: true },
        'node_modules/local': { resolved: '../local', link: true },
        'node_modules/native': { version: '2.0.0', dev: true, optional: true },
        'node_modules/tool': { version: '1.0.0', dev: true, dependencies: { both: '1.0.0' }, optionalDependencies: { native: '2.0.0' } }
      }
    }
    const outcome = read({ path: 'app/package-lock.json', text: JSON.stringify(lock, null, 2), sibling: () => undefined })
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.scope, pkg.source, pkg.direct])).toEqual([
      ['local', 'runtime', 'path', true],
      ['both', 'optional', 'registry', true],
      ['native', 'dev', 'registry', false],
      ['tool', 'dev', 'registry', true]
    ])
    expect(edgeNames(outcome)).toEqual(['tool@1.0.0 -> both@1.0.0', 'tool@1.0.0 -> native@2.0.0'])
  })
})

describe('bad input', () => {
  it('a truncated lockfile is one problem with its line, not an empty success', () => {
    const text = fixtureText('npm/v3', 'package-lock.json')
    const cut = text.slice(0, text.indexOf('"node_modules/kleur"'))
    const outcome = read(fixtureInput('npm/v3', 'package-lock.json', cut))
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0]).toMatchObject({ path: 'package-lock.json', format: 'package-lock', line: cut.split('\n').length })
    expect(outcome.problems[0]?.message).toMatch(/^not valid JSON/)
  })

  it('a syntax error mid-file names its line', () => {
    const text = fixtureText('npm/v3', 'package-lock.json').replace('"license": "ISC"', '"license": "ISC",,')
    const line = text.split('\n').findIndex((row) => row.includes(',,')) + 1
    const outcome = read(fixtureInput('npm/v3', 'package-lock.json', text))
    expect(outcome.problems[0]?.line).toBe(line)
  })

  it('JSON that is not a lockfile is a problem', () => {
    expect(read(fixtureInput('npm/v3', 'package-lock.json', '[1, 2]')).problems[0]?.message).toMatch(/not a package-lock/)
    expect(read(fixtureInput('npm/v3', 'package-lock.json', '{"name": "x"}')).problems[0]?.message).toMatch(/not a package-lock/)
  })
})

describe('registries', () => {
  it.each([
    ['https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', 'ms', 'https://registry.npmjs.org'],
    ['https://npm.acme.example/api/npm/virtual/@acme/lib/-/lib-1.0.0.tgz', '@acme/lib', 'https://npm.acme.example/api/npm/virtual'],
    ['https://npm.acme.example/@acme%2flib/-/lib-1.0.0.tgz', '@acme/lib', 'https://npm.acme.example'],
    ['https://registry.yarnpkg.com/kleur/-/kleur-4.1.5.tgz#95106101795f7050c6c650f350c683febddb1780', 'kleur', 'https://registry.yarnpkg.com'],
    ['https://example.test/files/thing.tgz', 'thing', undefined],
    ['git+ssh://git@github.com/o/r.git#abc', 'r', undefined]
  ])('%s', (resolved, name, registry) => {
    expect(registryOf(resolved, name)).toBe(registry)
  })
})

describe('sources', () => {
  it.each([
    ['git+ssh://git@github.com/o/r.git#0123456789abcdef0123456789abcdef01234567', 'git'],
    ['github:o/r#abc', 'git'],
    ['file:../x', 'path'],
    ['https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', 'registry'],
    ['https://example.test/files/thing.tgz', 'url'],
    [undefined, 'registry']
  ])('%s is %s', (resolved, source) => {
    expect(sourceOf(resolved)).toBe(source)
  })
})
