import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { packageKey } from '../../../src/inventory/model.js'
import { read } from '../../../src/inventory/readers/cargo-lock.js'

const DIR = 'test/fixtures/inventory/cargo-lock'
const fixture = (name: string): string | undefined => {
  try {
    return readFileSync(path.join(DIR, name), 'utf8')
  } catch {
    return undefined
  }
}

interface Metadata {
  workspace_members: string[]
  packages: { id: string; name: string; version: string; source: string | null }[]
  resolve: { nodes: { id: string; deps: { pkg: string; dep_kinds: { kind: string | null }[] }[] }[] }
}

const metadata = JSON.parse(fixture('cargo-metadata.json') as string) as Metadata
const byId = new Map(metadata.packages.map((pkg) => [pkg.id, pkg]))
const members = new Set(metadata.workspace_members)

/**
 * The scope cargo metadata implies: what a member reaches through a normal dependency (and anything below
 * it) is runtime; what it reaches only through dev or build dependencies is dev.
 */
function metadataScopes(): Map<string, string> {
  const nodes = new Map(metadata.resolve.nodes.map((node) => [node.id, node]))
  const scopes = new Map<string, string>()
  for (const scope of ['runtime', 'dev']) {
    const stack: string[] = []
    for (const member of members) {
      for (const dep of nodes.get(member)?.deps ?? []) {
        const normal = dep.dep_kinds.some((kind) => kind.kind === null)
        if ((scope === 'runtime') === normal && !members.has(dep.pkg)) stack.push(dep.pkg)
      }
    }
    for (const id of stack) if (!scopes.has(id)) scopes.set(id, scope)
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

describe('Cargo.lock reader on a workspace locked by cargo 1.95 (lockfile v4)', () => {
  const text = fixture('Cargo.lock') as string
  const outcome = read({ path: 'Cargo.lock', text, sibling: fixture })
  const find = (name: string, version?: string) => outcome.packages.find((pkg) => pkg.name === name && (!version || pkg.version === version))

  it('agrees with cargo metadata package for package: name, version, workspace membership and scope', () => {
    expect(outcome.problems).toEqual([])
    const scopes = metadataScopes()
    const expected = metadata.packages.map((pkg) => [
      pkg.name,
      pkg.version,
      members.has(pkg.id) ? 'workspace' : pkg.source?.startsWith('git+') ? 'git' : 'registry',
      members.has(pkg.id) ? 'runtime' : scopes.get(pkg.id)
    ])
    const actual = outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.source, pkg.scope])
    expect(actual.sort()).toEqual(expected.sort())
    expect(scopes.size).toBeGreaterThan(5)
    expect(outcome.packages.some((pkg) => pkg.scope === 'dev')).toBe(true)
  })

  it('has the edges cargo metadata resolves', () => {
    const key = (id: string) => {
      const pkg = byId.get(id) as Metadata['packages'][number]
      return packageKey({ ecosystem: 'crates.io', name: pkg.name, version: pkg.version, location: { path: 'Cargo.lock', line: 0 } })
    }
    const expected = metadata.resolve.nodes.flatMap((node) => node.deps.map((dep) => `${key(node.id)} -> ${key(dep.pkg)}`))
    expect(outcome.edges.map((edge) => `${edge.from} -> ${edge.to}`).sort()).toEqual(expected.sort())
  })

  it('marks direct what a workspace crate depends on', () => {
    const direct = new Set(metadata.resolve.nodes.filter((node) => members.has(node.id)).flatMap((node) => node.deps.map((dep) => dep.pkg)))
    for (const pkg of metadata.packages) {
      expect([pkg.name, pkg.version, find(pkg.name, pkg.version)?.direct]).toEqual([pkg.name, pkg.version, members.has(pkg.id) || direct.has(pkg.id)])
    }
  })

  it('tells two versions of one crate apart (itoa 0.4 at runtime for util, itoa 1.0 a dev-dependency of util but runtime for app)', () => {
    expect(find('itoa', '0.4.8')).toMatchObject({ scope: 'runtime', direct: true })
    expect(find('itoa', '1.0.19')).toMatchObject({ scope: 'runtime', direct: true })
    expect(find('hex')).toMatchObject({ scope: 'dev', direct: true })
    expect(find('cfg-if')).toMatchObject({ scope: 'dev', direct: true })
  })

  it('records the git commit, checksums as sha256, purls and the line of each entry', () => {
    expect(find('gitdep')).toMatchObject({ source: 'git', resolved: 'file:///tmp/gen-other/gitdep#e2940dd3a739412872f5c45655d33b0e9e1113a6' })
    expect(find('gitdep')?.hashes).toBeUndefined()
    const serde = find('serde')
    expect(serde?.hashes?.[0]).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(serde?.purl).toBe(`pkg:cargo/serde@${serde?.version}`)
    const lines = text.split('\n')
    for (const pkg of outcome.packages) {
      expect(lines[pkg.location.line - 1]).toBe(`name = "${pkg.name}"`)
      expect(lines[pkg.location.line]).toBe(`version = "${pkg.version}"`)
    }
  })

  it('leaves the scope unknown when the manifests are not there', () => {
    const bare = read({ path: 'Cargo.lock', text, sibling: () => undefined })
    expect(new Set(bare.packages.filter((pkg) => pkg.source !== 'workspace').map((pkg) => pkg.scope))).toEqual(new Set(['unknown']))
    expect(bare.packages).toHaveLength(outcome.packages.length)
  })

  it('leaves unknown what a member whose manifest is missing depends on', () => {
    const partial = read({ path: 'Cargo.lock', text, sibling: (name) => (name.startsWith('util/') ? undefined : fixture(name)) })
    expect(partial.packages.find((pkg) => pkg.name === 'memchr')?.scope).toBe('unknown')
    expect(partial.packages.find((pkg) => pkg.name === 'hex')?.scope).toBe('dev')
  })
})

// Older formats, written by hand after cargo's resolver/encode.rs: v1 keeps `(source)` on every
// dependency and checksums in [metadata]; v2 has no `version` key and names only ambiguous dependencies.
const V1 = `[[package]]
name = "demo"
version = "0.2.0"
dependencies = [
 "libc 0.2.150 (registry+https://github.com/rust-lang/crates.io-index)",
]

[[package]]
name = "libc"
version = "0.2.150"
source = "registry+https://github.com/rust-lang/crates.io-index"

[metadata]
"checksum libc 0.2.150 (registry+https://github.com/rust-lang/crates.io-index)" = "89d92a4743f9a61002fae18374ed11e7973f530cb3a3255fb354818118b2203c"
`

const V2 = `# This file is automatically @generated by Cargo.
[[package]]
name = "demo"
version = "0.2.0"
dependencies = [
 "bitflags 1.3.2",
 "bitflags 2.4.1",
]

[[package]]
name = "bitflags"
version = "1.3.2"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "bef38d45163c2f1dde094a7dfd33ccf595c92905c8f8f4fdc18d06fb1037718a"

[[package]]
name = "bitflags"
version = "2.4.1"
source = "sparse+https://index.crates.io/"
checksum = "327762f6e5a765692301e5bb513e0d9fef63be86bbc14528052b1cd3e6f03e07"
`

describe('Cargo.lock reader, older formats', () => {
  it('reads v1: dependencies with source, checksums from [metadata]', () => {
    const outcome = read({ path: 'Cargo.lock', text: V1, sibling: () => undefined })
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.find((pkg) => pkg.name === 'libc')).toMatchObject({
      version: '0.2.150',
      source: 'registry',
      direct: true,
      hashes: ['sha256:89d92a4743f9a61002fae18374ed11e7973f530cb3a3255fb354818118b2203c'],
      location: { line: 9 }
    })
    expect(outcome.edges).toHaveLength(1)
  })

  it('reads v2: name + version references, sparse registries', () => {
    const outcome = read({ path: 'Cargo.lock', text: V2, sibling: () => undefined })
    expect(outcome.problems).toEqual([])
    expect(outcome.packages.map((pkg) => [pkg.name, pkg.version, pkg.source])).toEqual([
      ['demo', '0.2.0', 'workspace'],
      ['bitflags', '1.3.2', 'registry'],
      ['bitflags', '2.4.1', 'registry']
    ])
    expect(outcome.edges.map((edge) => edge.to.split('\u0000')[2])).toEqual(['1.3.2', '2.4.1'])
  })

  it('reports invalid TOML with its line', () => {
    const outcome = read({ path: 'x/Cargo.lock', text: 'version = 3\n\n[[package]]\nname = "a\n', sibling: () => undefined })
    expect(outcome.packages).toEqual([])
    expect(outcome.problems).toMatchObject([{ path: 'x/Cargo.lock', line: 4, format: 'cargo-lock' }])
  })

  it('reports a dependency that names no package, and an entry without a version, with their lines', () => {
    const dangling = read({ path: 'Cargo.lock', text: '[[package]]\nname = "a"\nversion = "1.0.0"\ndependencies = ["b"]\n', sibling: () => undefined })
    expect(dangling.problems).toMatchObject([{ line: 2, message: expect.stringContaining('"b"') }])
    const noVersion = read({ path: 'Cargo.lock', text: '[[package]]\nname = "a"\nversion = "1.0.0"\n\n[[package]]\nname = "b"\n', sibling: () => undefined })
    expect(noVersion.problems).toMatchObject([{ line: 6 }])
  })
})
