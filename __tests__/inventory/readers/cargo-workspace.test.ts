import { globSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { read } from '../../../src/inventory/readers/cargo-lock.js'
import { read as readToml } from '../../../src/inventory/readers/cargo-toml.js'

// A workspace cargo 1.95 locked (see the fixture's README): `crates/*` members whose directory is not the
// crate's name, a path dependency under the root that is not listed (cargo makes it a member), one outside
// the root (not a member), a `[patch]` to a path, two versions of one crate, optional, build, dev and
// target-specific dependencies.
const DIR = 'test/fixtures/inventory/cargo-workspace'
const WS = path.join(DIR, 'ws')
const fixture = (name: string): string | undefined => {
  try {
    return readFileSync(path.join(WS, name), 'utf8')
  } catch {
    return undefined
  }
}

interface Metadata {
  workspace_members: string[]
  packages: { id: string; name: string; version: string; source: string | null }[]
  resolve: { nodes: { id: string; deps: { pkg: string; dep_kinds: { kind: string | null }[] }[] }[] }
}
const load = (name: string): Metadata => JSON.parse(readFileSync(path.join(DIR, 'oracle', name), 'utf8')) as Metadata
const defaults = load('cargo-metadata.json')
const allFeatures = load('cargo-metadata-all-features.json')
const members = new Set(defaults.workspace_members)

/**
 * The scope cargo metadata implies, strongest first: what a member reaches through normal dependencies with
 * the default features is runtime; what it reaches so only with every feature on is optional; what it
 * reaches only through dev or build dependencies is dev.
 */
function metadataScopes(): Map<string, string> {
  const graphs = { runtime: defaults, optional: allFeatures, dev: allFeatures }
  const scopes = new Map<string, string>()
  for (const [scope, metadata] of Object.entries(graphs)) {
    const nodes = new Map(metadata.resolve.nodes.map((node) => [node.id, node]))
    const stack: string[] = []
    for (const member of members) {
      for (const dep of nodes.get(member)?.deps ?? []) {
        const normal = dep.dep_kinds.some((kind) => kind.kind === null)
        if ((scope !== 'dev') === normal && !members.has(dep.pkg) && !scopes.has(dep.pkg)) stack.push(dep.pkg)
      }
    }
    for (const id of stack) scopes.set(id, scope)
    while (stack.length > 0) {
      for (const dep of nodes.get(stack.pop() as string)?.deps ?? []) {
        if (members.has(dep.pkg) || scopes.has(dep.pkg)) continue
        scopes.set(dep.pkg, scope)
        stack.push(dep.pkg)
      }
    }
  }
  return scopes
}

describe('Cargo.lock reader on a workspace with globbed members, path dependencies in and out of it and a [patch]', () => {
  const text = fixture('Cargo.lock') as string
  const glob = (pattern: string): string[] => globSync(pattern, { cwd: WS }).sort()
  const outcome = read({ path: 'Cargo.lock', text, sibling: fixture, glob })

  it('agrees with cargo metadata package for package: name, version, membership, source, scope and direct', () => {
    expect(outcome.problems).toEqual([])
    const scopes = metadataScopes()
    const nodes = new Map(allFeatures.resolve.nodes.map((node) => [node.id, node]))
    const direct = new Set([...members].flatMap((member) => nodes.get(member)?.deps.map((dep) => dep.pkg) ?? []))
    const expected = allFeatures.packages.map((pkg) => [
      pkg.name,
      pkg.version,
      members.has(pkg.id) ? 'workspace' : pkg.source === null ? 'path' : 'registry',
      members.has(pkg.id) ? 'runtime' : scopes.get(pkg.id),
      members.has(pkg.id) || direct.has(pkg.id)
    ])
    const actual = outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.source, pkg.scope, pkg.direct])
    expect(actual.sort()).toEqual(expected.sort())
    // The shapes are there: the lock holds every crate of the all-features graph, each scope occurs.
    expect(outcome.packages).toHaveLength(allFeatures.packages.length)
    expect(new Set(actual.map((row) => row[3]))).toEqual(new Set(['runtime', 'optional', 'dev']))
  })

  it('names where path crates that are not members live', () => {
    const paths = outcome.packages.filter((pkg) => pkg.source === 'path').map((pkg) => [pkg.name, pkg.resolved])
    expect(paths.sort()).toEqual([
      ['hex', 'third_party/hex'],
      ['testhelper', '../testhelper']
    ])
    expect(
      outcome.packages
        .filter((pkg) => pkg.source === 'workspace')
        .map((pkg) => pkg.name)
        .sort()
    ).toEqual(['localdep', 'ws-app', 'ws_core'])
  })

  it('finds the globbed members by their crate name when the workspace cannot be listed', () => {
    const unlisted = read({ path: 'Cargo.lock', text, sibling: fixture })
    // crates/app holds ws-app and crates/core-lib ws_core: without a file list they are not found, so what
    // they alone reach is unknown, never guessed.
    expect(unlisted.packages.find((pkg) => pkg.name === 'memchr')?.scope).toBe('unknown')
    expect(unlisted.packages).toHaveLength(outcome.packages.length)
  })
})

describe('Cargo.toml reader (declared only) on the same workspace without its Cargo.lock', () => {
  interface Declared {
    name: string
    req: string
    kind: 'dev' | 'build' | null
    optional: boolean
    path: string | null
  }
  const noDeps = JSON.parse(readFileSync(path.join(DIR, 'oracle', 'cargo-metadata-no-deps.json'), 'utf8')) as {
    packages: { name: string; manifest_path: string; dependencies: Declared[] }[]
  }
  const withoutLock = (name: string): string | undefined => (name.endsWith('Cargo.lock') ? undefined : fixture(name))

  it.each(noDeps.packages.filter((pkg) => pkg.manifest_path.startsWith('ws/')).map((pkg) => [pkg.name, pkg] as const))(
    '%s: every dependency cargo metadata --no-deps reads, with its kind, requirement and source',
    (_, pkg) => {
      const manifest = pkg.manifest_path.slice('ws/'.length)
      const outcome = readToml({
        path: manifest,
        text: fixture(manifest) as string,
        sibling: (relative) => withoutLock(path.posix.normalize(path.posix.join(path.posix.dirname(manifest), relative)))
      })
      expect(outcome.problems).toEqual([])
      expect(outcome.declaredOnly).toBe(true)
      const expected = pkg.dependencies.map((dep) => [
        dep.name,
        dep.kind === null ? (dep.optional ? 'optional' : 'runtime') : 'dev',
        dep.path === null ? 'registry' : 'path',
        dep.path === null ? dep.req : '*'
      ])
      // cargo writes a bare requirement as a caret one (`1.0` is `^1.0`); a path dependency has no requirement.
      const actual = outcome.packages.map((dep) => [
        dep.name,
        dep.scope,
        dep.source,
        dep.declared ? (/^[\d]/.test(dep.declared) ? `^${dep.declared}` : dep.declared) : '*'
      ])
      expect(actual.sort()).toEqual(expected.sort())
      expect(outcome.packages.every((dep) => dep.version === null && dep.direct === true)).toBe(true)
    }
  )

  it('adds nothing for a crate whose workspace root has a Cargo.lock (that lock reads it), or for the virtual root', () => {
    expect(
      readToml({
        path: 'crates/app/Cargo.toml',
        text: fixture('crates/app/Cargo.toml') as string,
        sibling: (relative) => fixture(path.posix.normalize(path.posix.join('crates/app', relative)))
      }).packages
    ).toEqual([])
    expect(readToml({ path: 'Cargo.toml', text: fixture('Cargo.toml') as string, sibling: withoutLock }).packages).toEqual([])
  })

  it('reads an exact requirement as the version, git sources, and reports bad TOML with its line', () => {
    const outcome = readToml({
      path: 'Cargo.toml',
      text: '[package]\nname = "x"\nversion = "0.1.0"\n\n[dependencies]\nonce_cell = "=1.20.2"\ngitdep = { git = "https://example.com/g.git", tag = "v1" }\n',
      sibling: () => undefined
    })
    expect(outcome.packages.map((dep) => [dep.name, dep.version, dep.purl, dep.source, dep.resolved, dep.location.line])).toEqual([
      ['once_cell', '1.20.2', 'pkg:cargo/once_cell@1.20.2', 'registry', undefined, 6],
      ['gitdep', null, undefined, 'git', 'https://example.com/g.git@v1', 7]
    ])
    expect(readToml({ path: 'Cargo.toml', text: '[package\n', sibling: () => undefined }).problems).toMatchObject([
      { path: 'Cargo.toml', line: 1, format: 'cargo-toml' }
    ])
  })
})
