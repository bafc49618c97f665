/**
 * What the JavaScript readers (package-lock, yarn, pnpm, bun, package.json) share: building a `Package`,
 * one package per name@version per file (scopes merged the way an install would), line positions found by
 * one forward scan of the text, `npm:` aliases, where a resolved URL points, and JSON errors turned into
 * a file line. Nothing here does I/O.
 */
import { packageKey, type Edge, type InventoryProblem, type Package, type PackageSource, type Scope } from '../model.js'
import { purlFor } from '../purl.js'
import { jsonErrorLine, jsonErrorMessage } from './json-error.js'

export type DependencySection = 'dependencies' | 'devDependencies' | 'optionalDependencies' | 'peerDependencies'

/** The sections of a package.json and the scope each gives (peers ship with the package that asks for them). */
export const MANIFEST_SECTIONS: ReadonlyArray<[DependencySection, Scope]> = [
  ['dependencies', 'runtime'],
  ['optionalDependencies', 'optional'],
  ['peerDependencies', 'runtime'],
  ['devDependencies', 'dev']
]

export interface Manifest {
  name?: unknown
  version?: unknown
  workspaces?: unknown
  dependencies?: unknown
  devDependencies?: unknown
  optionalDependencies?: unknown
  peerDependencies?: unknown
}

/** The `name → range` entries of one section of a manifest (or of a lockfile entry shaped like one). */
export function section(manifest: Manifest | Record<string, unknown> | undefined, name: DependencySection | string): Array<[string, string]> {
  const value = (manifest as Record<string, unknown> | undefined)?.[name]
  if (!value || typeof value !== 'object' || Array.isArray(value)) return []
  const out: Array<[string, string]> = []
  for (const key in value) {
    const range = (value as Record<string, unknown>)[key]
    out.push([key, typeof range === 'string' ? range : String(range)])
  }
  return out
}

/** Every name a manifest depends on, in any section. */
export function manifestDependencyNames(manifest: Manifest | undefined): Set<string> {
  const names = new Set<string>()
  for (const [sectionName] of MANIFEST_SECTIONS) for (const [name] of section(manifest, sectionName)) names.add(name)
  return names
}

/** The `workspaces` globs of a manifest (`["packages/*"]` or `{packages: [...]}`). */
export function workspaceGlobs(manifest: Manifest | undefined): string[] {
  const value = manifest?.workspaces
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { packages?: unknown }).packages : undefined
  return Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : []
}

export function parseManifest(text: string | undefined): Manifest | undefined {
  if (text === undefined) return undefined
  try {
    const value = JSON.parse(text) as unknown
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Manifest) : undefined
  } catch {
    return undefined
  }
}

/** `npm:real-name@1.2.3` → the real name and what follows the last `@`; undefined when the spec is not an alias. */
export function npmAlias(spec: string): { name: string; version: string } | undefined {
  if (!spec.startsWith('npm:')) return undefined
  const rest = spec.slice(4)
  const at = rest.indexOf('@', 1)
  return at === -1 ? { name: rest, version: '' } : { name: rest.slice(0, at), version: rest.slice(at + 1) }
}

/** What a lockfile's resolved URL or spec says about where a package comes from. */
export function sourceOf(resolved: string | undefined): PackageSource {
  if (!resolved) return 'registry'
  if (
    resolved.startsWith('git+') ||
    resolved.startsWith('git:') ||
    resolved.startsWith('github:') ||
    resolved.startsWith('gitlab:') ||
    resolved.startsWith('bitbucket:')
  )
    return 'git'
  if (resolved.startsWith('file:') || resolved.startsWith('link:') || resolved.startsWith('portal:') || resolved.startsWith('.') || resolved.startsWith('/'))
    return 'path'
  if (resolved.startsWith('workspace:')) return 'workspace'
  if (resolved.startsWith('http:') || resolved.startsWith('https:')) {
    // registry tarballs are `<registry>/<name>/-/<file>.tgz`; other URLs are plain tarball downloads
    if (resolved.includes('/-/')) return 'registry'
    if (/^https?:\/\/(codeload\.)?(github\.com|gitlab\.com|bitbucket\.org)\//.test(resolved)) return 'git'
    return 'url'
  }
  return 'registry'
}

const SCOPE_RANK: Record<Scope, number> = { runtime: 3, optional: 2, dev: 1, unknown: 0 }

/** The scope of a package reached along two paths: what ships wins over what is optional, over dev. */
export function widerScope(a: Scope, b: Scope): Scope {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b
}

export interface PackageFields {
  name: string
  version: string | null
  scope: Scope
  direct: boolean | null
  source: PackageSource
  line: number
  resolved?: string
  integrity?: string
  license?: string
  declared?: string
  /** The registry it was resolved from, when the file records it (`registryOf`). */
  registry?: string
  /** The platforms it installs on, when the file restricts them (`platformMarkers`). */
  markers?: string
}

/**
 * The platforms a package installs on, from the `os`/`cpu`/`libc` lists npm, pnpm and bun copy from its
 * manifest (`["darwin"]`, `["!win32"]`), in yarn berry's `conditions` spelling: `os=darwin & cpu=arm64`
 * (alternatives joined by `|`). Undefined when unrestricted. Such a package (esbuild's `@esbuild/*`,
 * `fsevents`) is in the lockfile for every platform and installed only on its own: the inventory keeps it
 * (a lockfile change is a change for whoever builds on that platform) and says where it applies.
 */
export function platformMarkers(entry: { os?: unknown; cpu?: unknown; libc?: unknown }): string | undefined {
  const parts: string[] = []
  for (const field of ['os', 'cpu', 'libc'] as const) {
    const raw = entry[field]
    const list = (Array.isArray(raw) ? raw : typeof raw === 'string' ? [raw] : []).filter((item): item is string => typeof item === 'string' && item !== '')
    // (bun writes `none` for a platform it does not know, e.g. `cpu: loong64`: kept, it matches no machine)
    if (list.length === 0) continue
    const alternatives = list.map((item) => `${field}=${item}`)
    parts.push(alternatives.length === 1 ? (alternatives[0] as string) : `(${alternatives.join(' | ')})`)
  }
  return parts.length === 0 ? undefined : parts.join(' & ')
}

/**
 * The packages of one file, one per name@version: a second sighting merges into the first (wider scope,
 * direct if either is, first line kept) and returns the same package, so edges can use its key.
 */
export class PackageSet {
  readonly packages: Package[] = []
  readonly edges: Edge[] = []
  private readonly byKey = new Map<string, Package>()
  private readonly targets = new Map<Package, Set<Package>>()
  private readonly keys = new Map<Package, string>()
  private readonly next = new Map<Package, Array<{ to: Package; rank: number }>>()

  constructor(readonly path: string) {}

  add(fields: PackageFields): Package {
    const id = `${fields.name}@${fields.version ?? ''}`
    const existing = this.byKey.get(id)
    if (existing) {
      existing.scope = widerScope(existing.scope, fields.scope)
      if (fields.direct === true || (existing.direct === false && fields.direct === null)) existing.direct = fields.direct
      if (!existing.hashes && fields.integrity) existing.hashes = fields.integrity.split(/\s+/)
      if (!existing.license && fields.license) existing.license = fields.license
      if (!existing.registry && fields.registry && existing.source === 'registry') existing.registry = fields.registry
      // installed everywhere along one path: unrestricted
      if (existing.markers !== undefined && fields.markers !== existing.markers) delete existing.markers
      return existing
    }
    const pkg: Package = {
      ecosystem: 'npm',
      name: fields.name,
      version: fields.version,
      scope: fields.scope,
      direct: fields.direct,
      source: fields.source,
      location: { path: this.path, line: fields.line }
    }
    if (fields.declared !== undefined) pkg.declared = fields.declared
    // a package without a version (declared, or a workspace without one) still has a versionless purl
    const purl = safePurl(fields.name, fields.version)
    if (purl) pkg.purl = purl
    if (fields.resolved && fields.source !== 'registry') pkg.resolved = fields.resolved
    if (fields.registry && fields.source === 'registry') pkg.registry = fields.registry
    if (fields.integrity) pkg.hashes = fields.integrity.includes(' ') ? fields.integrity.split(/\s+/) : [fields.integrity]
    if (fields.license) pkg.license = fields.license
    if (fields.markers) pkg.markers = fields.markers
    this.byKey.set(id, pkg)
    this.packages.push(pkg)
    return pkg
  }

  get(name: string, version: string | null): Package | undefined {
    return this.byKey.get(`${name}@${version ?? ''}`)
  }

  /** An edge `from → to`; `kind` is the section `from` lists `to` in (optional, dev: for `assignScopes`). */
  edge(from: Package, to: Package, kind: Scope = 'runtime'): void {
    if (from === to) return
    let out = this.next.get(from)
    if (!out) this.next.set(from, (out = []))
    out.push({ to, rank: SCOPE_RANK[kind] })
    let targets = this.targets.get(from)
    if (!targets) this.targets.set(from, (targets = new Set()))
    if (targets.has(to)) return
    targets.add(to)
    this.edges.push({ from: this.keyOf(from), to: this.keyOf(to) })
  }

  /** `packageKey`, once per package (its location is final by the time it has edges). */
  private keyOf(pkg: Package): string {
    let key = this.keys.get(pkg)
    if (key === undefined) this.keys.set(pkg, (key = packageKey(pkg)))
    return key
  }

  /**
   * Scopes for lockfiles that do not record them (yarn, bun, pnpm 9): what the importers (root and
   * workspace manifests) reach through their dependencies ships (runtime); what is reached only through an
   * optional dependency somewhere on every path is optional; what only dev dependencies reach is dev, as npm
   * decides it. Edges count with their kind (a workspace package's dev dependencies are dev). Packages
   * nothing reaches get `unknown`. Roots become direct. Three linear passes.
   */
  assignScopes(roots: Iterable<{ to: Package; scope: Scope }>): void {
    const level = new Map<Package, number>()
    const rootList = [...roots]
    for (const { to } of rootList) to.direct = true
    for (const pass of [3, 2, 1]) {
      const queue: Package[] = [...level.keys()]
      for (const { to, scope } of rootList) {
        if (SCOPE_RANK[scope] >= pass && !level.has(to)) {
          level.set(to, pass)
          queue.push(to)
        }
      }
      for (let i = 0; i < queue.length; i++) {
        const out = this.next.get(queue[i] as Package)
        if (!out) continue
        for (const { to, rank } of out) {
          if (rank < pass || level.has(to)) continue
          level.set(to, pass)
          queue.push(to)
        }
      }
    }
    const byRank: Scope[] = ['unknown', 'dev', 'optional', 'runtime']
    for (const pkg of this.packages) pkg.scope = byRank[level.get(pkg) ?? 0] as Scope
  }
}

function safePurl(name: string, version: string | null): string | undefined {
  try {
    return purlFor('npm', name, version)
  } catch {
    return undefined
  }
}

/**
 * Lines of keys in a text, found in the order they appear: each `find` searches forward from the last hit,
 * so finding every entry of a lockfile costs one pass over the text. A key that cannot be found (escaped
 * differently, out of order) gets the line of the last hit, without moving the cursor.
 */
export class LineCursor {
  private offset = 0
  private line = 1

  constructor(
    private readonly text: string,
    start = 0
  ) {
    this.advance(start)
  }

  /** The line where `needle` next occurs, or the current line when it does not. */
  find(needle: string, accept?: (end: number) => boolean): number {
    let at = this.text.indexOf(needle, this.offset)
    while (at !== -1 && accept && !accept(at + needle.length)) at = this.text.indexOf(needle, at + needle.length)
    if (at === -1) return this.line
    this.advance(at)
    this.offset = at + needle.length
    return this.line
  }

  /** The line of a JSON object key, whatever its value: `"key"` followed by `:`. */
  findJsonProperty(key: string): number {
    return this.find(JSON.stringify(key), (end) => {
      let i = end
      while (i < this.text.length && isSpace(this.text.charCodeAt(i))) i++
      return this.text[i] === ':'
    })
  }

  /** The line of a JSON object key whose value is an object or an array: `"key"` followed by `:` and `{` or `[`. */
  findJsonKey(key: string): number {
    return this.find(JSON.stringify(key), (end) => this.followedByColonBrace(end))
  }

  private followedByColonBrace(end: number): boolean {
    let i = end
    const text = this.text
    while (i < text.length && isSpace(text.charCodeAt(i))) i++
    if (text[i] !== ':') return false
    i++
    while (i < text.length && isSpace(text.charCodeAt(i))) i++
    return text[i] === '{' || text[i] === '['
  }

  private advance(to: number): void {
    const text = this.text
    let line = this.line
    for (let i = text.indexOf('\n', this.offset); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) line++
    this.line = line
    this.offset = Math.max(this.offset, to)
  }
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

/** A JSON.parse failure as a problem with the file line (json-error.ts). */
export function jsonProblem(path: string, format: string, text: string, error: unknown): InventoryProblem {
  const message = error instanceof Error ? error.message : String(error)
  const column = /\(line \d+ column (\d+)\)/.exec(message)?.[1]
  const clean = jsonErrorMessage(error).replace(/\s*\(line \d+ column \d+\)/, '')
  return { path, format, message: `not valid JSON: ${clean}`, line: jsonErrorLine(text, error), ...(column ? { column: Number(column) } : {}) }
}

/**
 * The registry a resolved tarball URL comes from (`https://registry.npmjs.org`,
 * `https://npm.acme.example/api/npm/virtual`): what precedes `/<name>/-/`; undefined for other URLs.
 */
export function registryOf(resolved: string | undefined, name: string): string | undefined {
  if (!resolved || !(resolved.startsWith('https:') || resolved.startsWith('http:'))) return undefined
  const dash = resolved.indexOf('/-/')
  if (dash === -1) return undefined
  const prefix = resolved.slice(0, dash)
  const lower = prefix.toLowerCase()
  for (const spelled of [name, name.replace('/', '%2f'), name.replace('/', '%2F')]) {
    if (lower.endsWith(`/${spelled.toLowerCase()}`)) return prefix.slice(0, prefix.length - spelled.length - 1)
  }
  try {
    return new URL(resolved).origin
  } catch {
    return undefined
  }
}

/** The 1-based line of the first match of `pattern` in `text` at or after offset `from` (1 when none). */
export function lineOfMatch(text: string, pattern: RegExp, from = 0): number {
  const found = text.slice(from).search(pattern)
  if (found === -1) return 1
  const index = from + found
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++
  return line
}

/**
 * One problem for what a lockfile's entries name but the file does not hold (it is truncated or was edited by
 * hand: the package managers write every entry they refer to): the first gap, with its entry's line, and how many.
 */
export function missingProblems(path: string, format: string, missing: Array<{ line: number; gap: string }>): InventoryProblem[] {
  const first = missing[0]
  if (!first) return []
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : ''
  return [{ path, format, line: first.line, message: `${first.gap}${more}: the lockfile is truncated, out of date or was edited` }]
}

/** A problem for a file whose content parsed but is not the shape the format says. */
export function shapeProblem(path: string, format: string, message: string, line = 1): InventoryProblem {
  return { path, format, message, line }
}

/** The index of the `"` closing the double-quoted string opened at `open`, before `stop`; -1 when none. */
export function closingDoubleQuote(text: string, open: number, stop: number): number {
  for (let i = open + 1; i < stop; i++) {
    const code = text.charCodeAt(i)
    if (code === 92) i++
    else if (code === 34) return i
  }
  return -1
}

/** A double-quoted string's value (JSON escapes, as yarn and YAML write them); undefined when malformed. */
export function unquoteDoubleQuoted(quoted: string): string | undefined {
  if (!quoted.includes('\\')) return quoted.slice(1, -1)
  try {
    const value = JSON.parse(quoted) as unknown
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

/** `https://registry.example/@s/n/-/n-1.2.3.tgz` → `@s/n`, `1.2.3`; undefined for other URLs. */
export function registryTarball(url: string): { name: string; version: string } | undefined {
  const match = /\/((?:@[^/]+(?:\/|%2[fF]))?[^/@]+)\/-\/([^/]+)\.tgz(?:[?#].*)?$/.exec(url)
  if (!match) return undefined
  const name = decodeURIComponent(match[1] as string)
  const file = match[2] as string
  const base = name.slice(name.lastIndexOf('/') + 1)
  if (!file.startsWith(`${base}-`)) return undefined
  const version = file.slice(base.length + 1)
  return /^\d+\.\d+\.\d+/.test(version) ? { name, version } : undefined
}
