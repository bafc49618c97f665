/**
 * The JavaScript readers on the shapes real repositories have (test/fixtures/inventory/js-generate-realworld.sh):
 * esbuild's 25 platform packages (one installed), a registry tarball URL, a local folder (`file:`, `portal:`,
 * `link:`), a local tarball with bundled dependencies, an `npm:` alias, auto-installed peers, overrides /
 * resolutions, yarn berry's builtin patches and `conditions`, pnpm's `catalog:` and `patchedDependencies`, a
 * workspace peer that is also a dev dependency. Each lockfile was written by the real package manager and is
 * checked package for package (name, version, scope, direct) against that tool's own report of the same install.
 *
 * Two things the tools' reports cannot say are told apart explicitly:
 * - a package restricted to other platforms (`os`/`cpu`: `@esbuild/darwin-arm64`, `fsevents`) is in every
 *   lockfile but installed only on its platform: npm ls and the production installs (made on linux x64) lack it;
 *   chaingate keeps it, `optional`, with its `markers` (a lockfile change is a change for whoever builds there);
 * - npm ls, yarn list and the production installs do not tell optional from runtime: optional counts as runtime.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { minimatch } from 'minimatch'
import { read as readNpm } from '../../src/inventory/readers/npm-lock.js'
import { read as readYarn } from '../../src/inventory/readers/yarn-lock.js'
import { read as readPnpm } from '../../src/inventory/readers/pnpm-lock.js'
import { read as readBun } from '../../src/inventory/readers/bun-lock.js'
import { collectInventory } from '../../src/inventory/collect.js'
import { readSbom, writeSbom } from '../../src/inventory/sbom/index.js'
import { TOOL } from '../../src/version.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace } from '../../test/support/workspace.js'
import { packageKey, type Package, type ReadOutcome, type Scope } from '../../src/inventory/model.js'
import type { ReaderInput } from '../../src/inventory/readers/types.js'
import { FIXTURES, edgeNames, find, fixtureInput, fixtureJson, fixtureText } from './js-fixtures.js'

/** The platform the fixtures were installed on. */
const PLATFORM: Record<string, string> = { os: 'linux', cpu: 'x64', libc: 'glibc' }

/** Whether a package's `markers` (`os=darwin & cpu=arm64`, `(os=a | os=b)`, `os=!win32`) admit PLATFORM. */
function installsHere(pkg: Package): boolean {
  if (!pkg.markers) return true
  return pkg.markers.split(' & ').every((clause) =>
    clause
      .replace(/^\(|\)$/g, '')
      .split(' | ')
      .some((term) => {
        const [field, value] = term.split('=') as [string, string]
        return value.startsWith('!') ? PLATFORM[field] !== value.slice(1) : PLATFORM[field] === value
      })
  )
}

const id = (name: string, version: string | null) => `${name}@${version ?? ''}`
/**
 * The packages an install on PLATFORM has: reached from a direct dependency through packages whose markers
 * admit PLATFORM (node-gyp, needed only by the darwin-only fsevents, is not installed on linux either).
 */
function installedHere(outcome: ReadOutcome): Package[] {
  const byKey = new Map(outcome.packages.map((pkg) => [packageKey(pkg), pkg]))
  const next = new Map<string, string[]>()
  for (const edge of outcome.edges) next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to])
  const queue = outcome.packages.filter((pkg) => pkg.direct && installsHere(pkg)).map(packageKey)
  const seen = new Set(queue)
  for (let i = 0; i < queue.length; i++) {
    for (const to of next.get(queue[i] as string) ?? []) {
      const pkg = byKey.get(to)
      if (pkg && !seen.has(to) && installsHere(pkg)) {
        seen.add(to)
        queue.push(to)
      }
    }
  }
  return outcome.packages.filter((pkg) => seen.has(packageKey(pkg)))
}
const ids = (packages: Iterable<{ name: string; version: string | null }>) => [...new Set([...packages].map((pkg) => id(pkg.name, pkg.version)))].sort()
/** name@version → whether any package of that name@version is direct. */
function directness(outcome: ReadOutcome): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  for (const pkg of outcome.packages) out[id(pkg.name, pkg.version)] = out[id(pkg.name, pkg.version)] === true || pkg.direct === true
  return out
}
const RANK: Record<Scope, number> = { runtime: 3, optional: 2, dev: 1, unknown: 0 }
/** name@version → widest scope, optional counted as runtime (the tools' reports do not tell them apart). */
function shipped(outcome: ReadOutcome, keep: (pkg: Package) => boolean = () => true): Record<string, 'runtime' | 'dev'> {
  const scopes: Record<string, Scope> = {}
  for (const pkg of outcome.packages.filter(keep)) {
    const key = id(pkg.name, pkg.version)
    const seen = scopes[key]
    if (seen === undefined || RANK[pkg.scope] > RANK[seen]) scopes[key] = pkg.scope
  }
  return Object.fromEntries(
    Object.entries(scopes)
      .map(([key, scope]): [string, 'runtime' | 'dev'] => [key, scope === 'dev' ? 'dev' : 'runtime'])
      .sort(([a], [b]) => a.localeCompare(b))
  )
}
const sortedEntries = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))

/** A fixture input that can also list its folder's files by glob, as the workspace does. */
function withGlob(folder: string, file: string): ReaderInput {
  const dir = path.join(FIXTURES, folder)
  const all = (fs.readdirSync(dir, { recursive: true }) as string[]).map((entry) => entry.split(path.sep).join('/'))
  return { ...fixtureInput(folder, file), glob: (pattern) => all.filter((entry) => minimatch(entry, pattern)).sort() }
}

/** The esbuild platform packages and fsevents: in the lockfile, optional, restricted to their platform. */
function expectPlatformPackages(outcome: ReadOutcome): void {
  const restricted = outcome.packages.filter((pkg) => pkg.markers)
  expect(restricted.map((pkg) => pkg.name).filter((name) => name.startsWith('@esbuild/'))).toHaveLength(25)
  for (const pkg of restricted) expect(pkg.scope).toBe('optional')
  expect(find(outcome, '@esbuild/linux-x64').markers).toBe('os=linux & cpu=x64')
  expect(find(outcome, '@esbuild/darwin-arm64').markers).toBe('os=darwin & cpu=arm64')
  expect(find(outcome, 'fsevents').markers).toBe('os=darwin')
  expect(find(outcome, 'esbuild').markers).toBeUndefined()
  expect(restricted.filter(installsHere).map((pkg) => pkg.name)).toEqual(['@esbuild/linux-x64'])
}

describe('npm 11, lockfileVersion 3', () => {
  const folder = 'npm/realworld'
  const outcome = readNpm(fixtureInput(folder, 'package-lock.json'))
  interface ScopeRow {
    name: string
    version: string
    location: string
    dev: boolean
  }
  const rows = fixtureJson<ScopeRow[]>(folder, 'npm-ls-scopes.json')

  it('agrees with npm ls package for package: name, version and scope of every installed package', () => {
    expect(outcome.problems).toEqual([])
    const installed = outcome.packages.filter(installsHere)
    expect(ids(installed)).toEqual(ids(rows))
    const npm: Record<string, 'runtime' | 'dev'> = {}
    for (const row of rows) if (npm[id(row.name, row.version)] !== 'runtime') npm[id(row.name, row.version)] = row.dev ? 'dev' : 'runtime'
    expect(shipped(outcome, installsHere)).toEqual(sortedEntries(npm))
    expectPlatformPackages(outcome)
  })

  it('agrees with npm ls on what is direct: children of the root and of the workspaces', () => {
    interface LsNode {
      dependencies?: Record<string, LsNode>
    }
    const tree = fixtureJson<LsNode>(folder, 'npm-ls.json')
    const at = (location: string) => rows.find((row) => row.location === location)
    const direct = new Set<string>()
    for (const [key, node] of Object.entries(tree.dependencies ?? {})) {
      const row = at(`node_modules/${key}`)
      if (row) direct.add(id(row.name, row.version))
      const workspace = { '@rw/a': 'packages/a', '@rw/b': 'packages/b' }[key]
      if (!workspace) continue
      for (const child of Object.keys(node.dependencies ?? {})) {
        const found = at(`${workspace}/node_modules/${child}`) ?? at(`node_modules/${child}`)
        if (found) direct.add(id(found.name, found.version))
      }
    }
    const ours = directness({ ...outcome, packages: outcome.packages.filter(installsHere) })
    expect(
      Object.keys(ours)
        .filter((key) => ours[key])
        .sort()
    ).toEqual([...direct].sort())
    // is-number@7.0.0 is a dependency of the local folder local-lib: transitive, as npm ls shows it under it
    expect(find(outcome, 'is-number', '7.0.0').direct).toBe(false)
    expect(edgeNames(outcome)).toContain('local-lib@0.1.0 -> is-number@7.0.0')
  })

  it('reads the tarball URL, the local folder and tarball, bundled dependencies, the alias and the override', () => {
    expect(find(outcome, 'ms', '2.1.1')).toMatchObject({ source: 'registry', direct: true, registry: 'https://registry.npmjs.org' })
    expect(find(outcome, 'local-lib')).toMatchObject({ version: '0.1.0', source: 'path', resolved: 'local-lib' })
    expect(find(outcome, 'bundler')).toMatchObject({ version: '1.0.0', source: 'path', resolved: 'file:vendor/bundler-1.0.0.tgz' })
    expect(find(outcome, 'is-odd')).toMatchObject({ scope: 'runtime', direct: false })
    expect(find(outcome, 'strip-ansi')).toMatchObject({ version: '6.0.1', direct: true })
    expect(edgeNames(outcome)).toContain('debug@4.4.0 -> ms@2.1.2')
    expect(find(outcome, 'react')).toMatchObject({ scope: 'runtime', direct: true }) // react-dom's peer, @rw/b's peer and dev dependency
  })
})

describe('npm 6, lockfileVersion 1', () => {
  const folder = 'npm/realworld-v1'
  const outcome = readNpm(fixtureInput(folder, 'package-lock.json'))
  interface LsNode {
    version?: string
    from?: string
    missing?: boolean
    peerMissing?: boolean
    dependencies?: Record<string, LsNode>
  }
  /** npm 6 ls names a package by its folder: the alias and the URL dependency are mapped by what they install. */
  const FOLDER_NAMES: Record<string, string> = { 'strip-ansi-cjs': 'strip-ansi', 'ms-tarball': 'ms' }
  const walk = (tree: Record<string, LsNode> | undefined, depth: number, out: Array<{ name: string; version: string; direct: boolean }>) => {
    for (const [key, node] of Object.entries(tree ?? {})) {
      if (node.missing || node.peerMissing || !node.version) continue
      out.push({ name: FOLDER_NAMES[key] ?? key, version: node.version, direct: depth === 1 })
      walk(node.dependencies, depth + 1, out)
    }
    return out
  }
  const all = walk(fixtureJson<{ dependencies: Record<string, LsNode> }>(folder, 'npm-ls.json').dependencies, 1, [])
  const production = new Set(ids(walk(fixtureJson<{ dependencies: Record<string, LsNode> }>(folder, 'npm-ls-prod.json').dependencies, 1, [])))

  it('agrees with npm 6 ls --prod / ls on every package but the local tarball, whose version the lockfile lacks', () => {
    expect(outcome.problems).toEqual([])
    // npm 6 lists every package of its lockfile, platform packages it did not install included
    const tool = all.filter((row) => row.name !== 'bundler')
    expect(ids(outcome.packages.filter((pkg) => pkg.name !== 'bundler'))).toEqual(ids(tool))
    expect(shipped(outcome, (pkg) => pkg.name !== 'bundler')).toEqual(
      sortedEntries(Object.fromEntries(tool.map((row) => [id(row.name, row.version), production.has(id(row.name, row.version)) ? 'runtime' : 'dev'])))
    )
    const direct = directness(outcome)
    for (const row of tool)
      expect([id(row.name, row.version), direct[id(row.name, row.version)]]).toEqual([
        id(row.name, row.version),
        row.direct || direct[id(row.name, row.version)]
      ])
    expect(tool.filter((row) => row.direct).every((row) => direct[id(row.name, row.version)])).toBe(true)
    // `"version": "file:vendor/bundler-1.0.0.tgz"`: the lockfile does not say which version the tarball holds
    expect(all.find((row) => row.name === 'bundler')?.version).toBe('1.0.0')
    expect(find(outcome, 'bundler')).toMatchObject({ version: null, declared: 'file:vendor/bundler-1.0.0.tgz', source: 'path', direct: true })
  })

  it('names the registry tarball URL dependency and the local folder by what they install', () => {
    expect(find(outcome, 'ms', '2.1.1')).toMatchObject({ source: 'registry', direct: true, purl: 'pkg:npm/ms@2.1.1' })
    expect(find(outcome, 'local-lib')).toMatchObject({ version: '0.1.0', source: 'path', resolved: 'file:local-lib' })
  })
})

describe('yarn classic 1.22.22', () => {
  const folder = 'yarn/realworld-classic'
  const outcome = readYarn(withGlob(folder, 'yarn.lock'))
  interface ListTree {
    name: string
    shadow?: boolean
    children?: ListTree[]
  }
  const FOLDER_NAMES: Record<string, string> = { 'strip-ansi-cjs': 'strip-ansi', 'ms-tarball': 'ms', 'linked-lib': 'local-lib' }
  const list = (file: string) => {
    const out: Array<{ name: string; version: string }> = []
    const walk = (trees: ListTree[] | undefined) => {
      for (const tree of trees ?? []) {
        if (tree.shadow) continue
        const at = tree.name.lastIndexOf('@')
        const name = tree.name.slice(0, at)
        out.push({ name: FOLDER_NAMES[name] ?? name, version: tree.name.slice(at + 1) })
        walk(tree.children)
      }
    }
    walk(fixtureJson<{ data: { trees: ListTree[] } }>(folder, file).data.trees)
    return out
  }

  it('agrees with yarn list and yarn list --production (name, version, scope)', () => {
    expect(outcome.problems).toEqual([])
    const production = new Set(ids(list('yarn-list-production.json')))
    const all = list('yarn-list.json')
    expect(ids(outcome.packages)).toEqual(ids(all))
    expect(shipped(outcome)).toEqual(
      sortedEntries(Object.fromEntries(all.map((row) => [id(row.name, row.version), production.has(id(row.name, row.version)) ? 'runtime' : 'dev'])))
    )
  })

  it('a workspace peer that is also its dev dependency is dev (yarn installs no peers); the tarball URL installs ms', () => {
    expect(find(outcome, 'react')).toMatchObject({ scope: 'dev', direct: true })
    expect(find(outcome, 'ms', '2.1.1')).toMatchObject({ source: 'registry', direct: true, purl: 'pkg:npm/ms@2.1.1' })
    expect(edgeNames(outcome)).toContain('debug@4.4.0 -> ms@2.1.2')
  })
})

describe('yarn berry 4.12.0', () => {
  const folder = 'yarn/realworld-berry'
  const outcome = readYarn(fixtureInput(folder, 'yarn.lock'))
  interface InfoLine {
    value: string
    children: { Version: string }
  }
  const info = fixtureText(folder, 'yarn-info.json')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as InfoLine)
  const installed = new Set(ids(fixtureJson<Array<{ name: string; version: string }>>(folder, 'installed-production.json')))

  it('agrees with the production install (runtime) and yarn info -AR (everything else is dev)', () => {
    expect(outcome.problems).toEqual([])
    const here = installedHere(outcome)
    const runtime = ids(here.filter((pkg) => pkg.scope === 'runtime' || pkg.scope === 'optional'))
    expect(runtime).toEqual([...installed].sort())
    // yarn info names a locator by the name it is installed under and its manifest's version: the tarball URL
    // dependency (`ms-tarball@https://…/ms-2.1.1.tgz`, version 2.1.1) installs ms; the `link:` folder has no
    // manifest to yarn (0.0.0), it is local-lib 0.1.0 as the portal: to the same folder; the root is not a package
    const INFO_NAMES: Record<string, string> = { 'ms-tarball@2.1.1': 'ms@2.1.1', 'linked-lib@0.0.0': 'local-lib@0.1.0' }
    const tool = info
      .map((line) => `${line.value.slice(0, line.value.indexOf('@', 1))}@${line.children.Version}`)
      .map((key) => INFO_NAMES[key] ?? key)
      .filter((key) => key !== 'rw-root@1.0.0')
    expect(ids(outcome.packages)).toEqual([...new Set(tool)].sort())
    const dev = ids(here.filter((pkg) => pkg.scope === 'dev'))
    expect(dev).toEqual(ids(here.filter((pkg) => !installed.has(id(pkg.name, pkg.version)))))
    expectPlatformPackages(outcome)
  })

  it('follows file:/portal:/link: descriptors bound to their parent, resolutions and builtin patches', () => {
    expect(find(outcome, 'bundler')).toMatchObject({ version: '1.0.0', scope: 'runtime', direct: true, source: 'path' })
    expect(find(outcome, 'is-odd')).toMatchObject({ scope: 'runtime', direct: false })
    expect(find(outcome, 'local-lib')).toMatchObject({ version: '0.1.0', scope: 'runtime', direct: true, source: 'path' })
    expect(find(outcome, 'is-number', '7.0.0')).toMatchObject({ scope: 'runtime', direct: false })
    expect(edgeNames(outcome)).toEqual(expect.arrayContaining(['local-lib@0.1.0 -> is-number@7.0.0', 'debug@4.4.0 -> ms@2.1.2']))
    // typescript and resolve have a builtin patch entry beside the npm one: one package each
    expect(outcome.packages.filter((pkg) => pkg.name === 'typescript')).toHaveLength(1)
    expect(find(outcome, 'typescript')).toMatchObject({ version: '5.6.3', scope: 'dev', direct: true, source: 'registry' })
    expect(find(outcome, 'resolve')).toMatchObject({ scope: 'dev', direct: true })
    expect(find(outcome, 'react')).toMatchObject({ scope: 'dev', direct: true })
    expect(find(outcome, 'ms', '2.1.1')).toMatchObject({ source: 'registry', registry: 'https://registry.npmjs.org' })
  })
})

describe.each([
  ['pnpm/realworld-v6', '8.15.9'],
  ['pnpm/realworld-v9', '10.28.0']
])('%s (pnpm %s)', (folder) => {
  const outcome = readPnpm(fixtureInput(folder, 'pnpm-lock.yaml'))
  interface ListNode {
    from?: string
    version?: string
    dependencies?: Record<string, ListNode>
    optionalDependencies?: Record<string, ListNode>
    devDependencies?: Record<string, ListNode>
  }
  interface Importer extends ListNode {
    name: string
    version: string
    path: string
  }
  /** name@version → direct, from `pnpm list -r --depth Infinity --json` (workspaces: the importers after the root). */
  const list = (file: string): Map<string, boolean> => {
    const importers = fixtureJson<Importer[]>(folder, file)
    const out = new Map<string, boolean>()
    const add = (key: string, direct: boolean) => out.set(key, out.get(key) === true || direct)
    const walk = (deps: Record<string, ListNode> | undefined, depth: number, seen: Set<string>) => {
      for (const [name, node] of Object.entries(deps ?? {})) {
        if (!node.version || node.version.startsWith('link:')) continue
        // pnpm list writes a local folder's version as its spec (`file:local-lib`): its manifest says 0.1.0
        const version = node.version === 'file:local-lib' ? '0.1.0' : node.version
        const key = id(node.from ?? name, version)
        add(key, depth === 1)
        if (seen.has(key)) continue
        const next = new Set(seen).add(key)
        walk(node.dependencies, depth + 1, next)
        walk(node.optionalDependencies, depth + 1, next)
      }
    }
    importers.forEach((importer, index) => {
      if (index > 0) add(id(importer.name, importer.version), true)
      walk(importer.dependencies, 1, new Set())
      walk(importer.optionalDependencies, 1, new Set())
      walk(importer.devDependencies, 1, new Set())
    })
    return out
  }
  const all = list('pnpm-list.json')
  const production = list('pnpm-list-prod.json')

  it('agrees with pnpm list and pnpm list --prod package for package (name, version, scope, direct)', () => {
    expect(outcome.problems).toEqual([])
    expect(ids(outcome.packages)).toEqual([...all.keys()].sort())
    expect(shipped(outcome)).toEqual(sortedEntries(Object.fromEntries([...all.keys()].map((key) => [key, production.has(key) ? 'runtime' : 'dev']))))
    expect(directness(outcome)).toEqual(sortedEntries(Object.fromEntries(all)))
    expectPlatformPackages(outcome)
  })

  it('reads the local folder, the local tarball, the tarball URL, the patched and the catalog dependency', () => {
    expect(find(outcome, 'local-lib')).toMatchObject({ version: '0.1.0', source: 'path', direct: true })
    expect(find(outcome, 'bundler')).toMatchObject({ version: '1.0.0', source: 'path', direct: true })
    expect(find(outcome, 'ms', '2.1.1')).toMatchObject({ source: 'registry', direct: true })
    expect(find(outcome, 'left-pad')).toMatchObject({ version: '1.3.0', scope: 'optional', direct: true })
    expect(find(outcome, 'semver', '7.6.3')).toMatchObject({ scope: 'runtime', direct: true })
    expect(edgeNames(outcome)).toEqual(expect.arrayContaining(['local-lib@0.1.0 -> is-number@7.0.0', 'debug@4.4.0 -> ms@2.1.2']))
  })
})

describe('bun 1.3.5 (text bun.lock)', () => {
  const folder = 'bun/realworld'
  const outcome = readBun(fixtureInput(folder, 'bun.lock'))
  /** `bun pm ls --all`, a hoisted view: name@spec per line; local and URL specs mapped to what they install. */
  const SPECS: Record<string, string> = {
    'local-lib@local-lib': 'local-lib@0.1.0',
    'ms-tarball@https://registry.npmjs.org/ms/-/ms-2.1.1.tgz': 'ms@2.1.1',
    'strip-ansi-cjs@6.0.1': 'strip-ansi@6.0.1',
    // bun.lock records `bundler@vendor/bundler-1.0.0.tgz`, not the version inside the tarball
    'bundler@vendor/bundler-1.0.0.tgz': 'bundler@'
  }
  const lines = fixtureText(folder, 'bun-pm-ls.txt')
    .split('\n')
    .map((line) => /(?:├── |└── )(.+)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined && !line.includes('@workspace:'))
    .map((line) => SPECS[line] ?? line)
  const store = fixtureJson<Array<{ name: string; version: string }>>(folder, 'installed-production.json')

  it('agrees with bun pm ls (every package) and the production store (what ships)', () => {
    expect(outcome.problems).toEqual([])
    expect(ids(outcome.packages.filter((pkg) => pkg.source !== 'workspace'))).toEqual([...new Set(lines)].sort())
    // the store has a folder per package but for the workspaces and what comes inside its bundler's tarball
    const bundled = new Set(['is-odd@3.0.1', 'is-number@6.0.0'])
    const ships = outcome.packages.filter(
      (pkg) => installsHere(pkg) && pkg.source !== 'workspace' && pkg.scope !== 'dev' && !bundled.has(id(pkg.name, pkg.version))
    )
    expect(ids(ships).map((key) => (key === 'bundler@' ? 'bundler@1.0.0' : key))).toEqual(ids(store))
    expectPlatformPackages(outcome)
  })

  it('reads the local folder, the tarball path, the tarball URL; react is installed as a peer', () => {
    expect(find(outcome, 'local-lib')).toMatchObject({ version: '0.1.0', source: 'path', direct: true })
    expect(find(outcome, 'bundler')).toMatchObject({ version: null, declared: 'vendor/bundler-1.0.0.tgz', source: 'path', direct: true })
    expect(find(outcome, 'ms', '2.1.1')).toMatchObject({ source: 'registry', direct: true, registry: 'https://registry.npmjs.org' })
    expect(find(outcome, 'react')).toMatchObject({ scope: 'runtime', direct: true })
  })
})

describe('lockfiles a reader cannot read are problems with a line, never an empty inventory', () => {
  it.each([
    ['npm/realworld', 'package-lock.json', readNpm, (text: string) => text.replace('"lockfileVersion": 3', '"lockfileVersion": 4')],
    ['pnpm/realworld-v9', 'pnpm-lock.yaml', readPnpm, (text: string) => text.replace("lockfileVersion: '9.0'", "lockfileVersion: '10.0'")],
    ['bun/realworld', 'bun.lock', readBun, (text: string) => text.replace('"lockfileVersion": 1', '"lockfileVersion": 2')]
  ])('%s/%s of a future lockfileVersion', (folder, file, read, edit) => {
    const text = edit(fixtureText(folder, file))
    const outcome = read(fixtureInput(folder, file, text))
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toHaveLength(1)
    expect(outcome.problems[0]?.message).toMatch(/lockfileVersion/)
    expect(outcome.problems[0]?.line).toBe(text.split('\n').findIndex((line) => /lockfileVersion/.test(line)) + 1)
  })

  it.each([
    ['pnpm/realworld-v9', 'pnpm-lock.yaml', readPnpm],
    ['pnpm/realworld-v6', 'pnpm-lock.yaml', readPnpm],
    ['yarn/realworld-classic', 'yarn.lock', readYarn],
    ['yarn/realworld-berry', 'yarn.lock', readYarn]
  ])('%s/%s cut short (still valid YAML or yarn syntax) names what its entries miss', (folder, file, read) => {
    const text = fixtureText(folder, file)
    for (const fraction of [0.3, 0.5, 0.7, 0.9]) {
      const cut = text.slice(0, text.lastIndexOf('\n', Math.floor(text.length * fraction)) + 1)
      const outcome = read(fixtureInput(folder, file, cut))
      expect(outcome.problems).toHaveLength(1)
      const problem = outcome.problems[0]
      expect(problem?.message).toMatch(/, not listed( \(and \d+ more\))?: the lockfile is truncated, out of date or was edited$|has no snapshot/)
      expect(problem?.line).toBeGreaterThanOrEqual(1)
      expect(problem?.line).toBeLessThanOrEqual(cut.split('\n').length)
    }
  })

  it('a yarn berry lockfile of a future __metadata version is a problem', () => {
    const text = fixtureText('yarn/realworld-berry', 'yarn.lock').replace(/^ {2}version: \d+$/m, '  version: 99')
    const outcome = readYarn(fixtureInput('yarn/realworld-berry', 'yarn.lock', text))
    expect(outcome.packages).toEqual([])
    expect(outcome.problems[0]).toMatchObject({ path: 'yarn.lock', line: text.split('\n').indexOf('  version: 99') + 1 })
    expect(outcome.problems[0]?.message).toMatch(/version 99/)
  })
})

describe('collected from a workspace, each project is its lockfile alone', () => {
  const projects: Array<[string, string]> = [
    ['npm/realworld', 'package-lock.json'],
    ['yarn/realworld-classic', 'yarn.lock'],
    ['yarn/realworld-berry', 'yarn.lock'],
    ['pnpm/realworld-v9', 'pnpm-lock.yaml'],
    ['bun/realworld', 'bun.lock']
  ]
  const files: Record<string, string> = {}
  for (const [folder] of projects) {
    const dir = path.join(FIXTURES, folder)
    for (const file of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (fs.statSync(path.join(dir, file)).isFile()) files[`${folder}/${file.split(path.sep).join('/')}`] = fs.readFileSync(path.join(dir, file), 'utf8')
    }
  }
  const workspace = tempWorkspace(files)
  afterAll(() => workspace.cleanup())

  it('the workspaces and the local folder add nothing beside the lockfile that reads them', async () => {
    const inventory = await collectInventory(new Workspace(workspace.root))
    expect(inventory.problems).toEqual([])
    expect(
      inventory.files
        .filter((file) => file.packages > 0)
        .map((file) => file.path)
        .sort()
    ).toEqual(projects.map(([folder, file]) => `${folder}/${file}`).sort())
  })
})

describe('the SBOMs say where a platform package applies', () => {
  const outcome = readNpm(fixtureInput('npm/realworld', 'package-lock.json'))
  const inventory = {
    packages: outcome.packages,
    edges: outcome.edges,
    files: [{ path: 'package-lock.json', format: 'package-lock', ecosystem: 'npm', packages: outcome.packages.length }],
    problems: []
  }
  it.each(['cyclonedx', 'spdx'] as const)('%s writes the markers and reads them back', (format) => {
    const text = writeSbom(inventory, format, { subject: { name: 'rw-root' }, tool: TOOL })
    expect(text).toContain(format === 'cyclonedx' ? '"name": "chaingate:markers",\n' : 'chaingate:markers=os=darwin & cpu=arm64')
    const back = readSbom({ path: 'sbom.json', text })
    expect(back.problems).toEqual([])
    const markers = (packages: Package[]) => Object.fromEntries(packages.filter((pkg) => pkg.markers).map((pkg) => [id(pkg.name, pkg.version), pkg.markers]))
    expect(markers(back.packages)).toEqual(markers(outcome.packages))
    expect(Object.keys(markers(back.packages))).toHaveLength(26)
  })
})
