/**
 * `yarn.lock`, classic (v1) and berry (v2+, the one with `__metadata`). The files yarn writes are read by a
 * linear line reader (yarn writes one shape: two-space indents, one `key value` or `key: value` per line);
 * anything else in them (hand edits, YAML features) goes to `@yarnpkg/parsers` (yarn's own grammar for v1,
 * YAML for berry), which is several times slower but exact, and names the line of a syntax error.
 * Neither format records scope: it comes from the manifests, the root
 * `package.json` beside the lockfile and the workspaces' (berry names its workspaces in the lockfile;
 * classic does not, so they are found from the root's `workspaces` globs). Each entry is one package; the
 * comma-joined descriptors of its key are what dependencies point at.
 */
import { parseSyml } from '@yarnpkg/parsers'
import { emptyOutcome, type Package, type PackageSource, type ReadOutcome, type Scope } from '../model.js'
import {
  closingDoubleQuote,
  lineOfMatch,
  missingProblems,
  MANIFEST_SECTIONS,
  PackageSet,
  npmAlias,
  parseManifest,
  registryOf,
  registryTarball,
  section,
  shapeProblem,
  sourceOf,
  unquoteDoubleQuoted,
  workspaceGlobs,
  type Manifest
} from './js-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'yarn-lock'

interface Entry {
  version?: string
  resolved?: string
  integrity?: string
  resolution?: string
  checksum?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  dependenciesMeta?: Record<string, { optional?: string | boolean }>
  conditions?: string
}

/** One entry of the lockfile: the descriptors of its key, the line of the key, its fields. */
interface LockEntry {
  descriptors: string[]
  line: number
  value: Entry
}

interface Parsed {
  berry: boolean
  entries: LockEntry[]
  /** berry's `__metadata` (`version`, `cacheKey`). */
  metadata?: Record<string, unknown>
}

/** The newest berry lockfile `__metadata.version` read (yarn 2 writes 4, yarn 3 6, yarn 4 8). */
const NEWEST_BERRY = 8

export function read(input: ReaderInput): ReadOutcome {
  let parsed = fastParse(input.text)
  if (!parsed) {
    try {
      parsed = slowParse(input.text)
    } catch (error) {
      return emptyOutcome(syntaxProblem(input, error))
    }
  }
  if (parsed.berry) {
    const version = Number(parsed.metadata?.version)
    if (!Number.isInteger(version) || version > NEWEST_BERRY) {
      // a newer format may mean something else: not guessed at
      const line = lineOfMatch(input.text, /^ {2}version:/m, Math.max(0, input.text.search(/^__metadata:/m)))
      const message = `yarn.lock __metadata version ${String(parsed.metadata?.version)} is not read (up to ${NEWEST_BERRY} is)`
      return emptyOutcome(shapeProblem(input.path, FORMAT, message, line))
    }
  }
  return parsed.berry ? readBerry(input, parsed.entries) : readClassic(input, parsed.entries)
}

/** `@yarnpkg/parsers`, with entry lines from one scan of the key lines. */
export function slowParse(text: string): Parsed {
  const data = parseSyml(text) as Record<string, unknown>
  const lines = keyLines(text)
  const berry = data.__metadata !== undefined
  const byValue = new Map<object, LockEntry>()
  for (const key in data) {
    const value = data[key]
    if (key === '__metadata' || !value || typeof value !== 'object') continue
    // classic's parser splits a comma-joined key into keys sharing one value
    const known = byValue.get(value)
    if (known) {
      known.descriptors.push(...descriptorsOf(key))
      continue
    }
    const descriptors = descriptorsOf(key)
    byValue.set(value, { descriptors, line: lines.get(descriptors[0] as string) ?? 1, value: value as Entry })
  }
  const metadata = data.__metadata && typeof data.__metadata === 'object' ? (data.__metadata as Record<string, unknown>) : undefined
  return { berry, entries: [...byValue.values()], ...(metadata ? { metadata } : {}) }
}

/**
 * The lockfile as yarn writes it, in one pass: undefined at the first line outside that shape (the slow
 * parser then reads the file, and reports real syntax errors).
 */
export function fastParse(text: string): Parsed | undefined {
  const entries: LockEntry[] = []
  let berry: boolean | undefined
  let metadata: Record<string, unknown> | undefined
  // containers[d] receives the keys of lines indented 2·d
  const containers: Array<Record<string, unknown>> = [{}]
  let line = 0
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    line++
    let stop = end
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--
    let at = start
    while (at < stop && text.charCodeAt(at) === 32) at++
    const next = end + 1
    if (at === stop || text.charCodeAt(at) === 35) {
      start = next
      continue
    }
    const indent = at - start
    const depth = indent >> 1
    if (indent & 1 || depth >= containers.length || text.charCodeAt(at) === 9) return undefined
    containers.length = depth + 1
    if (depth === 0) {
      // an entry: `key:` (classic: `"a@1", a@^2:`; berry: `"a@npm:1, a@npm:^1":`)
      if (text.charCodeAt(stop - 1) !== 58) return undefined
      const key = text.slice(at, stop - 1)
      const value: Record<string, unknown> = {}
      containers.push(value)
      if (key === '__metadata') {
        berry = true
        metadata = value
      } else {
        const descriptors: string[] = []
        for (const part of key.split(',')) descriptors.push(stripQuotes(part.trim()))
        entries.push({ descriptors, line, value: value as Entry })
      }
      berry ??= false
      start = next
      continue
    }
    const container = containers[depth] as Record<string, unknown>
    // the key: quoted, or bare up to `: ` / ` ` / a final `:`
    let key: string
    let rest: number
    if (text.charCodeAt(at) === 34) {
      const close = closingDoubleQuote(text, at, stop)
      if (close === -1) return undefined
      const parsed = unquoteDoubleQuoted(text.slice(at, close + 1))
      if (parsed === undefined) return undefined
      key = parsed
      rest = close + 1
      if (text.charCodeAt(rest) === 58) rest++
    } else {
      let i = at
      while (i < stop) {
        const code = text.charCodeAt(i)
        if (code === 32) break
        if (code === 58 && (i + 1 === stop || text.charCodeAt(i + 1) === 32)) break
        i++
      }
      key = text.slice(at, i)
      rest = text.charCodeAt(i) === 58 ? i + 1 : i
    }
    while (rest < stop && text.charCodeAt(rest) === 32) rest++
    if (rest === stop) {
      // `key:` opens a block
      const child: Record<string, unknown> = {}
      container[key] = child
      containers.push(child)
      start = next
      continue
    }
    const first = text.charCodeAt(rest)
    if (first === 34) {
      const close = closingDoubleQuote(text, rest, stop)
      if (close !== stop - 1) return undefined
      const value = unquoteDoubleQuoted(text.slice(rest, stop))
      if (value === undefined) return undefined
      container[key] = value
    } else {
      // YAML features yarn does not write (single quotes, block scalars, flow collections, anchors, tags, comments)
      if (
        first === 39 ||
        first === 124 ||
        first === 62 ||
        first === 91 ||
        first === 123 ||
        first === 38 ||
        first === 42 ||
        first === 33 ||
        first === 37 ||
        first === 64 ||
        first === 96
      )
        return undefined
      const value = text.slice(rest, stop)
      if (value.includes(' #')) return undefined
      container[key] = value
    }
    start = next
  }
  return { berry: berry ?? false, entries, ...(metadata ? { metadata } : {}) }
}

function syntaxProblem(input: ReaderInput, error: unknown): ReturnType<typeof shapeProblem> {
  const details = error as {
    message?: string
    location?: { start?: { line?: number; column?: number } }
    mark?: { line?: number; column?: number }
    reason?: string
  }
  const line = details.location?.start?.line ?? (details.mark?.line !== undefined ? details.mark.line + 1 : 1)
  const column = details.location?.start?.column ?? (details.mark?.column !== undefined ? details.mark.column + 1 : undefined)
  const message = details.reason ?? (details.message ?? String(error)).split('\n')[0]
  return { path: input.path, format: FORMAT, message: `not a valid yarn.lock: ${message}`, line, ...(column ? { column } : {}) }
}

/** descriptor → line of the (unindented) key that names it: one pass over the text. */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  let line = 0
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    line++
    const first = text.charCodeAt(start)
    // a key line: not indented, not a comment, ends with `:`
    if (first !== 32 && first !== 35 && first !== 10 && first !== 13 && first !== 9) {
      const key = text.slice(start, end).trimEnd()
      if (key.endsWith(':')) {
        for (const part of key.slice(0, -1).split(',')) {
          // classic quotes each descriptor, berry the whole key: drop the quotes either way
          const descriptor = stripQuotes(part.trim())
          if (!lines.has(descriptor)) lines.set(descriptor, line)
        }
      }
    }
    start = end + 1
  }
  return lines
}

function stripQuotes(text: string): string {
  const start = text.startsWith('"') ? 1 : 0
  const end = text.endsWith('"') && text.length > start ? text.length - 1 : text.length
  return text.slice(start, end)
}

/** `name@range` → [name, range] (the name may be scoped: `@s/n@range`). */
function splitDescriptor(descriptor: string): [string, string] {
  const at = descriptor.indexOf('@', 1)
  return at === -1 ? [descriptor, ''] : [descriptor.slice(0, at), descriptor.slice(at + 1)]
}

function descriptorsOf(key: string): string[] {
  return key.includes(',') ? key.split(',').map((part) => part.trim()) : [key]
}

interface Importer {
  /** null for the root project (not a package of its own). */
  pkg: Package | null
  manifest: Manifest | undefined
}

/** How an importer lists `name`: dev when the manifest has it under devDependencies (and perhaps peerDependencies), not dependencies. */
function importerKind(manifest: Manifest | undefined, name: string, optionalByMeta: boolean): Scope {
  if (!manifest) return 'unknown'
  const has = (sectionName: 'dependencies' | 'optionalDependencies' | 'peerDependencies' | 'devDependencies') => {
    const value = manifest[sectionName]
    return !!value && typeof value === 'object' && Object.prototype.hasOwnProperty.call(value, name)
  }
  if (optionalByMeta || has('optionalDependencies')) return 'optional'
  if (has('dependencies')) return 'runtime'
  // yarn installs no peers: a workspace's peer that is also its dev dependency is installed for development only
  if (has('devDependencies')) return 'dev'
  return 'runtime'
}

function dirOf(path: string): string {
  const slash = path.lastIndexOf('/')
  return slash === -1 ? '' : path.slice(0, slash + 1)
}

/** Yarn classic: entries keyed by `name@range`, dependencies as `name: range`. */
function readClassic(input: ReaderInput, entries: LockEntry[]): ReadOutcome {
  const set = new PackageSet(input.path)
  const byDescriptor = new Map<string, Package>()
  const seen = new Map<Entry, Package>()
  for (const { descriptors, line, value: entry } of entries) {
    const [key, range] = splitDescriptor(descriptors[0] as string)
    const alias = npmAlias(range)
    const resolved = typeof entry.resolved === 'string' ? entry.resolved : undefined
    const source: PackageSource = resolved ? sourceOf(resolved) : sourceOf(range)
    // a dependency on a registry's tarball URL (`ms-tarball@https://…/ms/-/ms-2.1.1.tgz`) installs that package
    const tarball = /^https?:/.test(range) ? registryTarball(range) : undefined
    let name = alias?.name ?? tarball?.name ?? key
    let version = typeof entry.version === 'string' ? entry.version : null
    const folder = /^(?:file|link):(.*)$/.exec(range)?.[1]
    if (folder !== undefined && !/\.(tgz|tar\.gz|tar)$/.test(folder)) {
      // a local folder: what is installed is its package.json (yarn writes `0.0.0` for a `link:`)
      const manifest = parseManifest(input.sibling(`${folder.replace(/\/+$/, '')}/package.json`))
      if (typeof manifest?.name === 'string') name = manifest.name
      if (typeof manifest?.version === 'string') version = manifest.version
    }
    const pkg = set.add({
      name,
      version,
      scope: 'unknown',
      direct: false,
      source,
      line,
      resolved: resolved ?? (source === 'registry' ? undefined : range),
      registry: registryOf(resolved, name),
      integrity: typeof entry.integrity === 'string' ? entry.integrity : undefined
    })
    seen.set(entry, pkg)
    for (const descriptor of descriptors) byDescriptor.set(descriptor, pkg)
  }
  // what an entry names must have an entry too (yarn writes every one): else the file is truncated or edited
  const missing: Array<{ line: number; gap: string }> = []
  for (const [entry, from] of seen) {
    for (const [sectionName, kind] of [
      ['dependencies', 'runtime'],
      ['optionalDependencies', 'optional']
    ] as const) {
      for (const [name, range] of section(entry as Record<string, unknown>, sectionName)) {
        const to = byDescriptor.get(`${name}@${range}`)
        if (to) set.edge(from, to, kind)
        else missing.push({ line: from.location.line, gap: `${from.name}@${from.version ?? ''} depends on ${name}@${range}, not listed` })
      }
    }
  }

  // The importers: the root manifest and the workspaces its globs find (yarn classic keeps them out of the lockfile).
  const root = parseManifest(input.sibling('package.json'))
  const importers: Importer[] = [{ pkg: null, manifest: root }]
  const workspaces = new Map<string, Package>()
  const base = dirOf(input.path)
  for (const glob of workspaceGlobs(root)) {
    for (const file of input.glob?.(`${glob.replace(/\/+$/, '')}/package.json`) ?? []) {
      const manifest = parseManifest(input.sibling(file))
      if (!manifest || typeof manifest.name !== 'string') continue
      const pkg = set.add({
        name: manifest.name,
        version: typeof manifest.version === 'string' ? manifest.version : null,
        scope: 'runtime',
        direct: true,
        source: 'workspace',
        line: 1,
        resolved: file.slice(0, -'/package.json'.length)
      })
      // a workspace is not in the lockfile: its location is its own manifest
      pkg.location = { path: base + file, line: 1 }
      workspaces.set(manifest.name, pkg)
      importers.push({ pkg, manifest })
    }
  }
  const roots: Array<{ to: Package; scope: Scope }> = []
  for (const { pkg, manifest } of importers) {
    if (pkg) roots.push({ to: pkg, scope: 'runtime' })
    for (const [sectionName] of MANIFEST_SECTIONS) {
      for (const [name, range] of section(manifest, sectionName)) {
        const to = byDescriptor.get(`${name}@${range}`) ?? workspaces.get(name)
        if (!to) {
          // yarn installs no peers; anything else a manifest names is locked, or the lockfile is out of date
          // (and an older yarn 1 left `link:` folders out of the lockfile)
          if (sectionName !== 'peerDependencies' && !range.startsWith('link:')) {
            missing.push({ line: 1, gap: `${pkg ? pkg.location.path : dirOf(input.path) + 'package.json'} names ${name}@${range}, not listed` })
          }
          continue
        }
        const kind = importerKind(manifest, name, false)
        to.direct = true
        if (pkg) set.edge(pkg, to, kind)
        else roots.push({ to, scope: kind })
      }
    }
  }
  set.assignScopes(roots)
  if (!root) for (const pkg of set.packages) pkg.direct = null
  return { packages: set.packages, edges: set.edges, problems: missingProblems(input.path, FORMAT, missing) }
}

/** What a berry resolution (`name@npm:1.2.3`, `name@workspace:path`, `name@patch:…`) says. */
function berrySource(reference: string): { source: PackageSource; path?: string } {
  if (reference.startsWith('npm:')) return { source: 'registry' }
  if (reference.startsWith('workspace:')) return { source: 'workspace', path: reference.slice('workspace:'.length) }
  if (reference.startsWith('patch:')) {
    // a patched package: what it patches tells where it comes from (`patch:name@npm%3A1.2.3#…`)
    const hash = reference.indexOf('#')
    const inner = decodeURIComponent(reference.slice('patch:'.length, hash === -1 ? undefined : hash))
    return berrySource(splitDescriptor(inner)[1])
  }
  if (reference.includes('#commit=') || reference.startsWith('git') || reference.startsWith('ssh:') || /^https?:\/\/[^#]*\.git(#|$)/.test(reference))
    return { source: 'git' }
  if (reference.startsWith('file:') || reference.startsWith('link:') || reference.startsWith('portal:') || reference.startsWith('exec:'))
    return { source: 'path' }
  if (reference.startsWith('http:') || reference.startsWith('https:')) return { source: 'url' }
  return { source: sourceOf(reference) }
}

/** Yarn berry: entries keyed by `name@protocol:range`, each with its `resolution`; dev only from the manifests. */
function readBerry(input: ReaderInput, lockEntries: LockEntry[]): ReadOutcome {
  const set = new PackageSet(input.path)
  const byDescriptor = new Map<string, Package>()
  const unbound = new Map<string, Package>()
  const entries: Array<[Entry, Package | null, Manifest | undefined, number]> = []
  for (const { descriptors, line, value: entry } of lockEntries) {
    if (typeof entry.resolution !== 'string') continue
    const [name, reference] = splitDescriptor(entry.resolution)
    const { source, path } = berrySource(reference)
    let manifest: Manifest | undefined
    if (source === 'workspace') {
      manifest = parseManifest(input.sibling(path === '.' || !path ? 'package.json' : `${path}/package.json`))
      if (path === '.' || !path) {
        // the root project itself: an importer, not a package
        entries.push([entry, null, manifest, line])
        continue
      }
    }
    let realName = name
    let version = source === 'workspace' && typeof manifest?.version === 'string' ? manifest.version : typeof entry.version === 'string' ? entry.version : null
    const local = /^(portal|link):([^:#]*)/.exec(reference)
    if (local && source === 'path') {
      // a local folder (`portal:./lib`, `link:./lib`; version `0.0.0-use.local`): its package.json, when it has one
      const folder = parseManifest(input.sibling(`${(local[2] as string).replace(/\/+$/, '')}/package.json`))
      if (typeof folder?.version === 'string') version = folder.version
      if (typeof folder?.name === 'string') realName = folder.name
    }
    // a dependency on a registry's tarball URL (`ms-tarball@https://…/ms/-/ms-2.1.1.tgz`) installs that package
    const tarball = /^https?:/.test(reference) ? registryTarball(reference) : undefined
    if (tarball) realName = tarball.name
    const pkg = set.add({
      name: realName,
      version,
      scope: 'unknown',
      direct: source === 'workspace',
      source: tarball ? 'registry' : source,
      line,
      resolved: source === 'workspace' ? path : reference,
      registry: tarball ? registryOf(reference, tarball.name) : undefined,
      integrity: entry.checksum,
      markers: typeof entry.conditions === 'string' && entry.conditions !== '' ? entry.conditions : undefined
    })
    for (const descriptor of descriptors) {
      byDescriptor.set(descriptor, pkg)
      // `file:`/`portal:`/`link:` descriptors are bound to the package that names them (`::locator=app%40workspace%3A.`)
      const bound = descriptor.indexOf('::')
      if (bound !== -1 && !unbound.has(descriptor.slice(0, bound))) unbound.set(descriptor.slice(0, bound), pkg)
    }
    entries.push([entry, pkg, source === 'workspace' ? manifest : undefined, line])
  }
  const { patterns: resolutions, complete } = berryResolutions(parseManifest(input.sibling('package.json')))
  /** What `name@range`, named by the package `from` resolves as, resolves to. */
  const lookup = (fromResolution: string | undefined, name: string, range: string): Package | undefined => {
    const direct = byDescriptor.get(`${name}@${range}`)
    if (direct) return direct
    if (fromResolution) {
      const bound = byDescriptor.get(`${name}@${range}::locator=${encodeURIComponent(fromResolution)}`)
      if (bound) return bound
    }
    // the root manifest's `resolutions` replace the range (`"debug/ms": "2.1.2"`, `"ms": …`)
    const parent = fromResolution ? splitDescriptor(fromResolution)[0] : ''
    for (const [pattern, target] of resolutions) {
      if (pattern.name !== name || (pattern.parent !== undefined && pattern.parent !== parent) || (pattern.range !== undefined && pattern.range !== range))
        continue
      const found = byDescriptor.get(`${name}@${/^[a-z]+:/.test(target) ? target : `npm:${target}`}`)
      if (found) return found
    }
    return unbound.get(`${name}@${range}`)
  }

  const roots: Array<{ to: Package; scope: Scope }> = []
  const missing: Array<{ line: number; gap: string }> = []
  for (const [entry, from, manifest, line] of entries) {
    const importer = from === null || from.source === 'workspace'
    if (from && importer) roots.push({ to: from, scope: 'runtime' })
    const meta = entry.dependenciesMeta
    const fromResolution = typeof entry.resolution === 'string' ? entry.resolution : undefined
    for (const [name, range] of section(entry as Record<string, unknown>, 'dependencies')) {
      const to = lookup(fromResolution, name, range)
      if (!to) {
        missing.push({ line, gap: `${fromResolution ?? 'an entry'} depends on ${name}@${range}, not listed` })
        continue
      }
      const optional = meta?.[name]?.optional === true || meta?.[name]?.optional === 'true'
      // the lockfile merges an importer's dev dependencies into `dependencies`: its manifest tells them apart
      const kind: Scope = importer ? importerKind(manifest, name, optional) : optional ? 'optional' : 'runtime'
      if (importer) to.direct = true
      if (from) set.edge(from, to, kind)
      else roots.push({ to, scope: kind })
    }
    for (const [name, range] of section(entry as Record<string, unknown>, 'optionalDependencies')) {
      const to = lookup(fromResolution, name, range)
      if (!to) {
        missing.push({ line, gap: `${fromResolution ?? 'an entry'} depends on ${name}@${range}, not listed` })
        continue
      }
      if (importer) to.direct = true
      if (from) set.edge(from, to, 'optional')
      else roots.push({ to, scope: 'optional' })
    }
  }
  set.assignScopes(roots)
  // (a `resolutions` pattern not understood here may be what redirects a range: then nothing is concluded)
  return { packages: set.packages, edges: set.edges, problems: complete ? missingProblems(input.path, FORMAT, missing) : [] }
}

interface ResolutionPattern {
  name: string
  /** The package whose dependency it replaces (`debug/ms`); undefined for every package (`ms`, or a `**` glob before it). */
  parent?: string
  /** The range it replaces (`ms@^2.1.3`); undefined for every range. */
  range?: string
}

/** The root manifest's `resolutions` (complete: false when a pattern was not understood) (`"debug/ms": "2.1.2"`, `"ms@^2.1.3"`, a leading `**` glob), parsed the way yarn berry reads them. */
function berryResolutions(manifest: Manifest | undefined): { patterns: Array<[ResolutionPattern, string]>; complete: boolean } {
  const out: Array<[ResolutionPattern, string]> = []
  let complete = true
  for (const [key, target] of section(manifest, 'resolutions')) {
    const parts = key.replace(/^(\*\*\/)+/, '').split('/')
    // a scoped name takes two segments
    const segments: string[] = []
    for (let i = 0; i < parts.length; i++) segments.push(parts[i]?.startsWith('@') && i + 1 < parts.length ? `${parts[i]}/${parts[++i]}` : (parts[i] as string))
    if (segments.length > 2 || segments.some((segment) => segment === '' || segment.includes('*'))) {
      complete = false
      continue
    }
    const [name, range] = splitDescriptor(segments[segments.length - 1] as string)
    const parent = segments.length === 2 ? splitDescriptor(segments[0] as string)[0] : undefined
    out.push([{ name, ...(parent !== undefined ? { parent } : {}), ...(range ? { range: /^[a-z]+:/.test(range) ? range : `npm:${range}` } : {}) }, target])
  }
  return { patterns: out, complete }
}
