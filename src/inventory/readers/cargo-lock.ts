/**
 * Rust `Cargo.lock` (format v1 to v4) through smol-toml. Every `[[package]]` is a crate of the resolved
 * graph: `source` says registry (`registry+`/`sparse+`), git (`git+url#commit`) or none (a crate of the
 * workspace, or a path dependency: the lockfile does not separate them; the manifests beside it do, as cargo
 * does: a path crate outside the workspace root, or a `[patch]` target, is `path`, the others `workspace`).
 * Edges come from `dependencies` entries (`name`, `name version` or `name version (source)`).
 *
 * Cargo.lock does not say which crates are dev-only. When the workspace's manifests sit beside it
 * (`Cargo.toml` and the members it lists), the members' `[dependencies]`, `[dev-dependencies]`,
 * `[build-dependencies]` (and their `[target.*]` forms) classify the first hop: crates reached from a
 * normal dependency are `runtime`, from an optional one `optional`, only from dev/build ones `dev`.
 * Without the manifests the scope is `unknown`.
 */
import { parse, TomlError } from 'smol-toml'
import { emptyOutcome, type Edge, type Package, type ReadOutcome, type Scope } from '../model.js'
import { packageKey } from '../model.js'
import { purlFor } from '../purl.js'
import type { ReaderInput } from './types.js'
import { posix } from 'node:path'

const FORMAT = 'cargo-lock'

type Table = Record<string, unknown>

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)

interface Crate {
  name: string
  version: string
  source?: string
  checksum?: string
  dependencies: string[]
  line: number
  pkg?: Package
}

/**
 * The 1-based line of each `[[package]]` entry's `name =` (or of the header when there is none), in order,
 * and that of the `[root]` table of the oldest v1 files.
 */
function entryLines(text: string): { lines: number[]; root?: number } {
  const lines: number[] = []
  let root: number | undefined
  let inRoot = false
  let start = 0
  let line = 1
  let inPackage = false
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const content = text.slice(start, end).trim()
    if (content.startsWith('[')) {
      inPackage = content === '[[package]]'
      inRoot = content === '[root]'
      if (inPackage) lines.push(line)
      if (inRoot) root = line
    } else if (inPackage && /^name\s*=/.test(content)) {
      lines[lines.length - 1] = line
      inPackage = false
    } else if (inRoot && /^name\s*=/.test(content)) {
      root = line
      inRoot = false
    }
    start = end + 1
    line++
  }
  return { lines, ...(root ? { root } : {}) }
}

const DEP_KINDS = ['dependencies', 'dev-dependencies', 'dev_dependencies', 'build-dependencies', 'build_dependencies'] as const
type Kind = 'normal' | 'optional' | 'dev'

interface Declared {
  /** The crate's package name (the key, or `package = "…"` for a renamed dependency). */
  name: string
  /** Version requirement, when one is written. */
  requirement?: string
  kind: Kind
}

/** The dependencies a member manifest declares, with their kind. */
function declaredDependencies(manifest: Table, workspaceDeps: Table): Declared[] {
  const declared: Declared[] = []
  const tables: [string, unknown][] = DEP_KINDS.map((kind) => [kind, manifest[kind]])
  const targets = manifest.target
  if (isTable(targets)) {
    for (const target of Object.values(targets)) {
      if (isTable(target)) for (const kind of DEP_KINDS) tables.push([kind, target[kind]])
    }
  }
  for (const [kind, table] of tables) {
    if (!isTable(table)) continue
    for (const [key, spec] of Object.entries(table)) {
      let entry: Table = isTable(spec) ? spec : typeof spec === 'string' ? { version: spec } : {}
      if (entry.workspace === true) {
        const inherited = workspaceDeps[key]
        const base: Table = isTable(inherited) ? inherited : typeof inherited === 'string' ? { version: inherited } : {}
        entry = { ...base, ...entry }
      }
      const name = typeof entry.package === 'string' ? entry.package : key
      const requirement = typeof entry.version === 'string' ? entry.version : undefined
      const dependencyKind: Kind = kind.startsWith('dev') || kind.startsWith('build') ? 'dev' : entry.optional === true ? 'optional' : 'normal'
      declared.push({ name, kind: dependencyKind, ...(requirement ? { requirement } : {}) })
    }
  }
  return declared
}

/** Whether `version` can satisfy the first comparator of a Cargo requirement (caret by default). */
function compatible(requirement: string | undefined, version: string): boolean {
  if (!requirement) return true
  const first = (requirement.split(',')[0] ?? '').trim()
  const match = /^(\^|~|=|>=|>|<=|<)?\s*v?(\d+)(?:\.(\d+|\*))?(?:\.(\d+|\*))?/.exec(first)
  if (!match) return true
  const op = match[1] ?? '^'
  if (op !== '^' && op !== '~' && op !== '=') return true
  const wanted = [match[2], match[3], match[4]].map((part) => (part === undefined || part === '*' ? undefined : Number(part)))
  const have = version.split(/[.+-]/).slice(0, 3).map(Number)
  if (op === '=') return wanted.every((part, index) => part === undefined || part === have[index])
  if (op === '~') return wanted[0] === have[0] && (wanted[1] === undefined || wanted[1] === have[1])
  // Caret: every component up to and including the first non-zero one that is written must be equal.
  for (let index = 0; index < 3; index++) {
    const part = wanted[index]
    if (part === undefined) return true
    if (part !== have[index]) return false
    if (part !== 0) return true
  }
  return true
}

function readToml(text: string | undefined): Table | undefined {
  if (text === undefined) return undefined
  try {
    return parse(text) as Table
  } catch {
    return undefined
  }
}

interface Manifest {
  manifest: Table
  /** Its directory, relative to the lockfile's (`.`, `crates/core`, `../shared`). */
  dir: string
  /** A workspace member (cargo's rule), not a path dependency outside the workspace. */
  member: boolean
}

/** The `path = "…"` of every dependency (and `[workspace.dependencies]`) entry of a manifest, or of its `[patch]` and `[replace]` entries. */
function pathDependencies(manifest: Table, patches: boolean): string[] {
  const tables: unknown[] = []
  if (patches) {
    if (isTable(manifest.patch)) tables.push(...Object.values(manifest.patch))
    tables.push(manifest.replace)
  } else {
    tables.push(...DEP_KINDS.map((kind) => manifest[kind]))
    if (isTable(manifest.target))
      for (const target of Object.values(manifest.target)) if (isTable(target)) for (const kind of DEP_KINDS) tables.push(target[kind])
    if (isTable(manifest.workspace)) tables.push(manifest.workspace.dependencies)
  }
  const paths: string[] = []
  for (const table of tables) {
    if (!isTable(table)) continue
    for (const spec of Object.values(table)) if (isTable(spec) && typeof spec.path === 'string') paths.push(spec.path)
  }
  return paths
}

/**
 * The manifests of the crates of the lockfile that have no source: the root `Cargo.toml` (when it is a
 * package), the `[workspace] members` it lists (globs through the workspace's file list, else looked up as
 * `<dir>/<crate name>`), every path dependency any of them names, and the root's `[patch]` paths. As cargo
 * decides, a path dependency under the workspace root (not `exclude`d) is a member; one outside it
 * (`../shared`) and a `[patch]` target are not.
 */
function workspaceManifests(input: ReaderInput, workspaceCrates: Crate[]): { manifests: Map<string, Manifest>; workspaceDeps: Table } | undefined {
  const root = readToml(input.sibling('Cargo.toml'))
  if (!root) return undefined
  const workspace = isTable(root.workspace) ? root.workspace : undefined
  const workspaceDeps = workspace && isTable(workspace.dependencies) ? workspace.dependencies : {}
  const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
  const clean = (dir: string): string => posix.normalize(dir).replace(/\/+$/, '') || '.'
  const excluded = strings(workspace?.exclude).map(clean)
  const isMember = (dir: string): boolean =>
    dir === '.' || (workspace !== undefined && !dir.startsWith('../') && dir !== '..' && !excluded.some((out) => dir === out || dir.startsWith(`${out}/`)))
  const manifests = new Map<string, Manifest>()
  const visited = new Set<string>()
  const visit = (dir: string, patched = false, manifest = readToml(input.sibling(dir === '.' ? 'Cargo.toml' : `${dir}/Cargo.toml`))): void => {
    if (visited.has(dir) || !manifest) return
    visited.add(dir)
    const pkg = manifest.package
    if (isTable(pkg) && typeof pkg.name === 'string' && !manifests.has(pkg.name)) manifests.set(pkg.name, { manifest, dir, member: !patched && isMember(dir) })
    for (const relative of pathDependencies(manifest, false)) visit(clean(posix.join(dir, relative)), patched)
  }
  visit('.', false, root)
  for (const member of strings(workspace?.members).map(clean)) {
    if (!/[*?[]/.test(member)) {
      visit(member)
      continue
    }
    for (const file of input.glob?.(`${member}/Cargo.toml`) ?? []) visit(clean(posix.dirname(file)))
    const star = /^(.*)\/\*$/.exec(member)
    if (star) for (const crate of workspaceCrates) if (!manifests.has(crate.name)) visit(`${star[1]}/${crate.name}`)
  }
  for (const relative of pathDependencies(root, true)) visit(clean(relative), true)
  return { manifests, workspaceDeps }
}

function problem(path: string, message: string, line?: number): ReadOutcome {
  return emptyOutcome({ path, format: FORMAT, message, ...(line ? { line } : {}) })
}

export function read(input: ReaderInput): ReadOutcome {
  let document: Table
  try {
    document = parse(input.text) as Table
  } catch (error) {
    if (error instanceof TomlError) return problem(input.path, `invalid TOML: ${error.message.split('\n')[0]}`, error.line)
    throw error
  }
  const packageEntries = document.package ?? []
  if (!Array.isArray(packageEntries)) return problem(input.path, '`package` is not an array of tables', 1)
  const { lines, root } = entryLines(input.text)
  const entries: unknown[] = [...packageEntries]
  if (isTable(document.root)) {
    // v1 before Cargo 1.24 kept the root crate apart, in [root].
    entries.push(document.root)
    lines[entries.length - 1] = root ?? 1
  }
  // cargo always locks the workspace's own crates: a lockfile without any is not one cargo wrote.
  if (entries.length === 0) return problem(input.path, 'no [[package]] entries', 1)
  const metadata = isTable(document.metadata) ? document.metadata : {}
  const crates: Crate[] = []
  for (const [index, entry] of entries.entries()) {
    const line = lines[index] ?? 1
    if (!isTable(entry) || typeof entry.name !== 'string' || typeof entry.version !== 'string') {
      return problem(input.path, 'a [[package]] entry without a string name and version', line)
    }
    const source = typeof entry.source === 'string' ? entry.source : undefined
    // v1 keeps checksums in [metadata] as "checksum <name> <version> (<source>)".
    const checksum = typeof entry.checksum === 'string' ? entry.checksum : metadata[`checksum ${entry.name} ${entry.version} (${source})`]
    const dependencies = Array.isArray(entry.dependencies) ? entry.dependencies.filter((dep): dep is string => typeof dep === 'string') : []
    crates.push({
      name: entry.name,
      version: entry.version,
      dependencies,
      line,
      ...(source ? { source } : {}),
      ...(typeof checksum === 'string' && checksum !== '<none>' ? { checksum } : {})
    })
  }

  const byName = new Map<string, Crate[]>()
  for (const crate of crates) {
    const list = byName.get(crate.name)
    if (list) list.push(crate)
    else byName.set(crate.name, [crate])
  }
  const resolve = (reference: string): Crate | undefined => {
    const match = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(reference.trim())
    if (!match) return undefined
    const candidates = byName.get(match[1] as string) ?? []
    return candidates.find((crate) => (match[2] === undefined || crate.version === match[2]) && (match[3] === undefined || crate.source === match[3]))
  }
  const children = new Map<Crate, Crate[]>()
  for (const crate of crates) {
    const resolved: Crate[] = []
    for (const reference of crate.dependencies) {
      const target = resolve(reference)
      if (!target) return problem(input.path, `dependency "${reference}" of ${crate.name} ${crate.version} is not a [[package]] of this file`, crate.line)
      resolved.push(target)
    }
    children.set(crate, resolved)
  }

  const workspaceCrates = crates.filter((crate) => crate.source === undefined)
  const found = workspaceManifests(input, workspaceCrates)
  // A crate without a source whose manifest is outside the workspace is a path dependency, not a member.
  const outside = new Map<Crate, string>()
  for (const crate of workspaceCrates) {
    const manifest = found?.manifests.get(crate.name)
    if (manifest && !manifest.member) outside.set(crate, manifest.dir)
  }
  const members = workspaceCrates.filter((crate) => !outside.has(crate))
  const scopes = classify(found, members, children)
  const directs = new Set<Crate>()
  for (const member of members) for (const child of children.get(member) ?? []) directs.add(child)

  const packages: Package[] = []
  for (const crate of crates) {
    const isMember = crate.source === undefined && !outside.has(crate)
    const pkg: Package = {
      ecosystem: 'crates.io',
      name: crate.name,
      version: crate.version,
      purl: purlFor('crates.io', crate.name, crate.version),
      scope: isMember ? 'runtime' : (scopes.get(crate) ?? 'unknown'),
      direct: isMember || directs.has(crate),
      source: 'registry',
      location: { path: input.path, line: crate.line }
    }
    if (isMember) pkg.source = 'workspace'
    else if (outside.has(crate)) {
      pkg.source = 'path'
      pkg.resolved = outside.get(crate)
    } else if (crate.source?.startsWith('git+')) {
      pkg.source = 'git'
      pkg.resolved = crate.source.slice(4)
    } else if (crate.source?.startsWith('path+')) {
      pkg.source = 'path'
      pkg.resolved = crate.source.slice(5)
    } else if (crate.source && !crate.source.startsWith('registry+') && !crate.source.startsWith('sparse+')) {
      pkg.source = 'url'
      pkg.resolved = crate.source
    }
    if (crate.checksum) pkg.hashes = [`sha256:${crate.checksum}`]
    crate.pkg = pkg
    packages.push(pkg)
  }
  const edges: Edge[] = []
  for (const crate of crates) {
    const from = packageKey(crate.pkg as Package)
    for (const child of children.get(crate) ?? []) edges.push({ from, to: packageKey(child.pkg as Package) })
  }
  return { packages, edges, problems: [] }
}

/** Scope per crate that is not a member, from the members' manifests (see the module comment). */
function classify(found: ReturnType<typeof workspaceManifests>, members: Crate[], children: Map<Crate, Crate[]>): Map<Crate, Scope> {
  const scopes = new Map<Crate, Scope>()
  if (!found) return scopes
  const isMember = new Set(members)
  const roots: Record<Scope, Crate[]> = { runtime: [], optional: [], unknown: [], dev: [] }
  for (const member of members) {
    const manifest = found.manifests.get(member.name)?.manifest
    const memberChildren = (children.get(member) ?? []).filter((child) => !isMember.has(child))
    if (!manifest) {
      roots.unknown.push(...memberChildren)
      continue
    }
    const declared = declaredDependencies(manifest, found.workspaceDeps)
    for (const child of memberChildren) {
      const sameName = memberChildren.filter((other) => other.name === child.name).length > 1
      const kinds = new Set(
        declared.filter((dep) => dep.name === child.name && (!sameName || compatible(dep.requirement, child.version))).map((dep) => dep.kind)
      )
      if (kinds.has('normal')) roots.runtime.push(child)
      else if (kinds.has('optional')) roots.optional.push(child)
      else if (kinds.has('dev')) roots.dev.push(child)
      else roots.unknown.push(child)
    }
  }
  // Strongest first: a crate reached at runtime is runtime whatever else reaches it.
  for (const scope of ['runtime', 'optional', 'unknown', 'dev'] as const) {
    const stack = roots[scope].filter((crate) => !scopes.has(crate))
    for (const crate of stack) scopes.set(crate, scope)
    while (stack.length > 0) {
      const crate = stack.pop() as Crate
      for (const child of children.get(crate) ?? []) {
        if (isMember.has(child) || scopes.has(child)) continue
        scopes.set(child, scope)
        stack.push(child)
      }
    }
  }
  return scopes
}
