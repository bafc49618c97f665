/**
 * `pnpm-lock.yaml`, lockfileVersion 5.x (`/name/1.0.0_peer@1`), 6.x (`/name@1.0.0(peer@1)`) and 9.x (no
 * leading slash; `packages` holds what a package is, `snapshots` its peer-resolved instances and their
 * dependencies). Importers are the project's folders: `.` is the root, the others are workspace packages
 * (named by their own package.json). Scope is decided from the importers' sections the way npm decides it
 * (version 9 dropped the `dev` flags; the same rule is used for every version). Read by the one-pass subset
 * reader of what pnpm writes, js-yaml for anything else (and for error lines); a file of several YAML
 * documents (pnpm 10's environment lockfile first) is read for its last one.
 */
import * as yaml from 'js-yaml'
import { emptyOutcome, type Package, type PackageSource, type ReadOutcome, type Scope } from '../model.js'
import { PackageSet, lineOfMatch, missingProblems, parseManifest, platformMarkers, registryOf, shapeProblem, sourceOf } from './js-common.js'
import { readSimpleYaml } from './simple-yaml.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'pnpm-lock'

interface Entry {
  name?: string
  version?: string
  resolution?: { integrity?: string; tarball?: string; type?: string; repo?: string; commit?: string; directory?: string; path?: string }
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  os?: unknown
  cpu?: unknown
  libc?: unknown
}

type ImporterSection = Record<string, string | { specifier?: string; version?: string }>

interface Importer {
  dependencies?: ImporterSection
  devDependencies?: ImporterSection
  optionalDependencies?: ImporterSection
}

interface Lockfile {
  lockfileVersion?: unknown
  importers?: Record<string, Importer>
  packages?: Record<string, Entry>
  snapshots?: Record<string, Entry>
  dependencies?: ImporterSection
  devDependencies?: ImporterSection
  optionalDependencies?: ImporterSection
}

const IMPORTER_SECTIONS: Array<[keyof Importer, Scope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['devDependencies', 'dev']
]

export function read(input: ReaderInput): ReadOutcome {
  let lock: Lockfile
  let lines: Map<string, number>
  const fast = readSimpleYaml(input.text)
  if (fast) {
    lock = fast.value as Lockfile
    lines = fast.lines
  } else {
    let documents: unknown[]
    try {
      documents = yaml.loadAll(input.text, null, { schema: yaml.FAILSAFE_SCHEMA })
    } catch (error) {
      const mark = (error as { mark?: { line?: number; column?: number } }).mark
      const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message.split('\n')[0] : String(error))
      return {
        packages: [],
        edges: [],
        problems: [
          {
            path: input.path,
            format: FORMAT,
            message: `not valid YAML: ${reason}`,
            line: (mark?.line ?? 0) + 1,
            ...(mark?.column !== undefined ? { column: mark.column + 1 } : {})
          }
        ]
      }
    }
    lock = (documents[documents.length - 1] ?? {}) as Lockfile
    // the last document starts after the last `---` line
    const marker = input.text.lastIndexOf('\n---')
    lines = scanLines(input.text, documents.length > 1 && marker !== -1 ? marker + 1 : 0)
  }
  if (!lock || typeof lock !== 'object' || Array.isArray(lock) || lock.lockfileVersion === undefined) {
    return emptyOutcome(shapeProblem(input.path, FORMAT, 'not a pnpm lockfile: no lockfileVersion'))
  }
  const major = Number.parseFloat(String(lock.lockfileVersion))
  if (!(major >= 5) || major >= 10) {
    // older formats are not read; a newer one may mean something else, so it is not guessed at
    const line = lineOfMatch(input.text, /^lockfileVersion:/m)
    return emptyOutcome(shapeProblem(input.path, FORMAT, `pnpm lockfileVersion ${String(lock.lockfileVersion)} is not read (5 to 9 are)`, line))
  }
  return readLock(input, lock, lines, major < 6)
}

/** Lines of the second-level keys (`packages:` → `  /a@1.0.0:`), in the js-yaml path. */
function scanLines(text: string, from: number): Map<string, number> {
  const lines = new Map<string, number>()
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1)) line++
  let top = ''
  for (let start = from; start < text.length; line++) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    const code = text.charCodeAt(start)
    if (code !== 32 && code !== 35 && code !== 10 && code !== 13) {
      top = text.slice(start, text.indexOf(':', start))
    } else if (code === 32 && text.charCodeAt(start + 1) === 32 && text.charCodeAt(start + 2) !== 32) {
      let key = text.slice(start + 2, end).trimEnd()
      const colon = key.endsWith(':') ? key.length - 1 : key.lastIndexOf(': ')
      if (colon > 0) {
        key = key.slice(0, colon)
        if ((key.startsWith("'") && key.endsWith("'")) || (key.startsWith('"') && key.endsWith('"'))) key = key.slice(1, -1)
        lines.set(`${top}\u0000${key}`, line)
      }
    }
    start = end + 1
  }
  return lines
}

/** Name and version of a package key, peers left out. */
function parseKey(key: string, v5: boolean): { name: string; version: string } {
  const bare = key.startsWith('/') ? key.slice(1) : key
  if (v5) {
    const parts = bare.split('/')
    const scoped = bare.startsWith('@')
    const name = scoped ? `${parts[0]}/${parts[1]}` : (parts[0] as string)
    const version = (scoped ? parts[2] : parts[1]) ?? ''
    const underscore = version.indexOf('_')
    return { name, version: underscore === -1 ? version : version.slice(0, underscore) }
  }
  const paren = bare.indexOf('(')
  const base = paren === -1 ? bare : bare.slice(0, paren)
  const at = base.indexOf('@', 1)
  return at === -1 ? { name: base, version: '' } : { name: base.slice(0, at), version: base.slice(at + 1) }
}

function withoutPeers(key: string): string {
  const paren = key.indexOf('(')
  return paren === -1 ? key : key.slice(0, paren)
}

function sourceOfEntry(entry: Entry, version: string): { source: PackageSource; resolved?: string } {
  const resolution = entry.resolution
  if (resolution && typeof resolution === 'object') {
    if (resolution.type === 'git' || resolution.repo)
      return { source: 'git', resolved: resolution.commit ? `${resolution.repo}#${resolution.commit}` : resolution.repo }
    if (resolution.type === 'directory' || resolution.directory) return { source: 'path', resolved: resolution.directory }
    if (resolution.tarball) {
      const source = sourceOf(resolution.tarball)
      return { source: resolution.tarball.startsWith('file:') ? 'path' : source, resolved: resolution.tarball }
    }
  }
  if (version.startsWith('file:') || version.startsWith('link:')) return { source: 'path', resolved: version }
  return { source: 'registry' }
}

function joinPath(base: string, relative: string): string {
  const parts = base === '.' || base === '' ? [] : base.split('/')
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop()
    else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.length === 0 ? '.' : parts.join('/')
}

function readLock(input: ReaderInput, lock: Lockfile, lines: Map<string, number>, v5: boolean): ReadOutcome {
  const set = new PackageSet(input.path)
  const byKey = new Map<string, Package>()
  const withDependencies: Array<[Package, Entry]> = []
  const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value)

  const addEntry = (section: string, key: string, entry: Entry): Package => {
    const parsed = parseKey(key, v5)
    let name = typeof entry.name === 'string' ? entry.name : parsed.name
    let version: string | null = typeof entry.version === 'string' ? entry.version : parsed.version
    const { source, resolved } = sourceOfEntry(entry, version)
    let declared: string | undefined
    // pnpm 8 keys a local folder by its spec alone (`file:local-lib:`), pnpm 9 as `local-lib@file:local-lib`
    const spec = version || (key.startsWith('/') ? key.slice(1) : key)
    if ((source === 'path' || entry.resolution?.type === 'directory') && typeof entry.version !== 'string' && /^(file|link):/.test(spec)) {
      // a local folder (no version in the lockfile): its own package.json has the version
      declared = spec
      const folder = typeof entry.resolution?.directory === 'string' ? entry.resolution.directory : spec.slice(spec.indexOf(':') + 1)
      const manifest = parseManifest(input.sibling(`${folder.replace(/\/+$/, '')}/package.json`))
      version = typeof manifest?.version === 'string' ? manifest.version : null
      if (typeof manifest?.name === 'string') name = manifest.name
    }
    return set.add({
      name,
      version: version || null,
      ...(version ? {} : { declared }),
      markers: platformMarkers(entry),
      scope: 'unknown',
      direct: false,
      source,
      line: lines.get(`${section}\u0000${key}`) ?? 1,
      resolved,
      registry: registryOf(entry.resolution?.tarball, name),
      integrity: entry.resolution?.integrity
    })
  }
  const normal = (key: string) => (key.startsWith('/') ? key.slice(1) : key)

  const packages = isObject(lock.packages) ? lock.packages : {}
  for (const key in packages) {
    const entry = (isObject(packages[key]) ? packages[key] : {}) as Entry
    const pkg = addEntry('packages', key, entry)
    byKey.set(normal(key), pkg)
    if (!v5) byKey.set(withoutPeers(normal(key)), pkg)
    withDependencies.push([pkg, entry])
  }
  const snapshotted = new Set<Package>()
  if (isObject(lock.snapshots)) {
    for (const key in lock.snapshots) {
      const entry = (isObject(lock.snapshots[key]) ? lock.snapshots[key] : {}) as Entry
      const pkg = byKey.get(withoutPeers(key)) ?? addEntry('snapshots', key, entry)
      byKey.set(key, pkg)
      snapshotted.add(pkg)
      withDependencies.push([pkg, entry])
    }
  }
  const resolve = (name: string, ref: string): Package | undefined => {
    const bare = normal(ref)
    return byKey.get(bare) ?? byKey.get(v5 ? `${name}/${bare}` : `${name}@${bare}`) ?? (v5 ? undefined : byKey.get(`${name}@${withoutPeers(bare)}`))
  }
  // references to entries the file lacks: a truncated or hand-edited lockfile (pnpm writes every one)
  const missing: Array<{ line: number; gap: string }> = []
  if (isObject(lock.snapshots)) {
    // version 9 writes a snapshot for every package
    for (const pkg of set.packages) {
      if (!snapshotted.has(pkg)) missing.push({ line: pkg.location.line, gap: `${pkg.name}@${pkg.version ?? ''} has no snapshot` })
    }
  }
  for (const [from, entry] of withDependencies) {
    for (const [sectionName, kind] of [
      ['dependencies', 'runtime'],
      ['optionalDependencies', 'optional']
    ] as const) {
      const deps = entry[sectionName]
      if (!isObject(deps)) continue
      for (const name in deps) {
        const ref = String(deps[name])
        const to = resolve(name, ref)
        if (to) set.edge(from, to, kind)
        else if (!ref.startsWith('link:'))
          missing.push({ line: from.location.line, gap: `${from.name}@${from.version ?? ''} depends on ${name} ${ref}, not listed` })
      }
    }
  }

  // Importers: `.` is the root project; the other folders are workspace packages.
  const importers: Record<string, Importer> = isObject(lock.importers)
    ? lock.importers
    : { '.': { dependencies: lock.dependencies, devDependencies: lock.devDependencies, optionalDependencies: lock.optionalDependencies } }
  const workspaces = new Map<string, Package>()
  for (const path in importers) {
    if (path === '.') continue
    const manifest = parseManifest(input.sibling(`${path}/package.json`))
    const pkg = set.add({
      name: typeof manifest?.name === 'string' ? manifest.name : path.slice(path.lastIndexOf('/') + 1),
      version: typeof manifest?.version === 'string' ? manifest.version : null,
      scope: 'runtime',
      direct: true,
      source: 'workspace',
      line: lines.get(`importers\u0000${path}`) ?? 1,
      resolved: path
    })
    workspaces.set(path, pkg)
  }
  /** A `link:` to a folder that is not a workspace package: pnpm symlinks it as it is (it installs none of its dependencies). */
  const linked = (importer: string, name: string, ref: string): Package => {
    const folder = joinPath(importer, ref.slice('link:'.length))
    const manifest = parseManifest(input.sibling(`${folder}/package.json`))
    return set.add({
      name: typeof manifest?.name === 'string' ? manifest.name : name,
      version: typeof manifest?.version === 'string' ? manifest.version : null,
      ...(typeof manifest?.version === 'string' ? {} : { declared: ref }),
      scope: 'unknown',
      direct: true,
      source: 'path',
      line: lines.get(`importers\u0000${importer}`) ?? 1,
      resolved: folder
    })
  }
  const roots: Array<{ to: Package; scope: Scope }> = []
  for (const path in importers) {
    const importer = importers[path]
    if (!isObject(importer)) continue
    const self = workspaces.get(path)
    if (self) roots.push({ to: self, scope: 'runtime' })
    for (const [sectionName, kind] of IMPORTER_SECTIONS) {
      const deps = importer[sectionName]
      if (!isObject(deps)) continue
      for (const name in deps) {
        const value = deps[name]
        const ref = typeof value === 'string' ? value : isObject(value) && typeof value.version === 'string' ? value.version : undefined
        if (ref === undefined) continue
        const to = ref.startsWith('link:') ? (workspaces.get(joinPath(path, ref.slice('link:'.length))) ?? linked(path, name, ref)) : resolve(name, ref)
        if (!to) {
          missing.push({ line: lines.get(`importers\u0000${path}`) ?? 1, gap: `importer ${path} depends on ${name} ${ref}, not listed` })
          continue
        }
        to.direct = true
        if (self) set.edge(self, to, kind)
        else roots.push({ to, scope: kind })
      }
    }
  }
  set.assignScopes(roots)
  return { packages: set.packages, edges: set.edges, problems: missingProblems(input.path, FORMAT, missing) }
}
