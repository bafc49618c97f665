/**
 * What the Python readers share: PEP 503 names, PEP 508 requirement strings, purls with the qualifiers a
 * non-registry source needs, TOML parsing whose errors become one problem with a line, and cheap line
 * lookup (the TOML and JSON parsers give values, not positions).
 */
import { posix } from 'node:path'
import { parse as parseToml, TomlError } from 'smol-toml'
import { emptyOutcome, type InventoryProblem, type Package, type PackageSource, type ReadOutcome, type Scope } from '../model.js'
import type { ReaderInput } from './types.js'
import { purlFor } from '../purl.js'

/** PEP 503 normalised name: lower case, runs of `-_.` as one `-`. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-')
}

/** Offsets of line starts, for turning an offset into a 1-based line by binary search. */
export class LineIndex {
  private readonly starts: number[] = [0]
  constructor(readonly text: string) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts.push(at + 1)
  }

  lineAt(offset: number): number {
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (this.starts[mid] <= offset) low = mid
      else high = mid - 1
    }
    return low + 1
  }

  /** The line of the first occurrence of `needle` at or after `from`, and the offset just past it; undefined when absent. */
  find(needle: string, from = 0): { line: number; next: number } | undefined {
    const at = this.text.indexOf(needle, from)
    return at === -1 ? undefined : { line: this.lineAt(at), next: at + needle.length }
  }
}

/**
 * The line of each `[[header]]` array-of-tables entry, and of its `name = ` key when the entry has one, in
 * file order: the n-th entry of the parsed array is the n-th header. One pass over the text.
 */
export function tableEntryLines(text: string, header: string): number[] {
  const lines: number[] = []
  let line = 0
  let pending = -1
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    line += 1
    const row = text.slice(start, end).trim()
    if (row === header) {
      lines.push(line)
      pending = lines.length - 1
    } else if (pending !== -1 && row.startsWith('[')) {
      pending = -1
    } else if (pending !== -1 && /^name\s*=/.test(row)) {
      lines[pending] = line
      pending = -1
    }
    start = end + 1
  }
  return lines
}

export class TomlProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: number
  ) {
    super(message)
  }
}

/** Parses TOML; a syntax error becomes a `TomlProblem` with its line and column and a one-line message. */
export function readToml(text: string): Record<string, unknown> {
  try {
    return parseToml(text) as Record<string, unknown>
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split('\n')[0].replace(/^Invalid TOML document:\s*/, '')
      throw new TomlProblem(`invalid TOML: ${first}`, error.line, error.column)
    }
    throw error
  }
}

/** One problem for a file that could not be parsed (TOML or JSON), with a line when the parser gave one. */
export function parseProblem(path: string, format: string, error: unknown): InventoryProblem {
  if (error instanceof TomlProblem) {
    return { path, format, message: error.message, ...(error.line ? { line: error.line } : {}), ...(error.column ? { column: error.column } : {}) }
  }
  const message = error instanceof Error ? error.message : String(error)
  const position = /position (\d+)/.exec(message)
  return { path, format, message: `could not parse the file: ${message.split('\n')[0]}`, ...(position ? { line: Number(position[1]) } : {}) }
}

/**
 * The parsed TOML or JSON document of a reader's input, or the outcome to return when it cannot be parsed
 * (one problem with file and line).
 */
export function parseInput<T>(input: ReaderInput, format: string, parse: (text: string) => T): { doc: T; failed?: undefined } | { failed: ReadOutcome } {
  try {
    return { doc: parse(input.text) }
  } catch (error) {
    return { failed: emptyOutcome(parseProblem(input.path, format, error)) }
  }
}

/** JSON.parse whose error names a line (V8 reports a character position). */
export function readJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const lineMatch = /line (\d+) column (\d+)/.exec(message)
    if (lineMatch) throw new TomlProblem(`invalid JSON: ${message.split('\n')[0]}`, Number(lineMatch[1]), Number(lineMatch[2]))
    if (position) throw new TomlProblem(`invalid JSON: ${message.split('\n')[0]}`, new LineIndex(text).lineAt(Number(position[1])))
    // No position: the text ended too early (an empty or cut file): its last line.
    throw new TomlProblem(`invalid JSON: ${message.split('\n')[0]}`, new LineIndex(text).lineAt(text.length))
  }
}

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
export const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])

/** A parsed PEP 508 requirement (or a pip-style bare URL with `#egg=`). */
export interface Requirement {
  name: string
  extras: string[]
  /** Version specifier as written, without spaces (`>=2,<3`), empty when none. */
  specifier: string
  /** `name @ url` or a bare URL. */
  url?: string
  marker?: string
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/

/**
 * Parses a PEP 508 requirement string. Returns undefined when the text is not one (the caller decides
 * whether that is a problem).
 */
export function parseRequirement(text: string): Requirement | undefined {
  let rest = text.trim()
  const name = NAME.exec(rest)
  if (!name) return undefined
  rest = rest.slice(name[0].length)
  let extras: string[] = []
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    if (close === -1) return undefined
    extras = rest
      .slice(1, close)
      .split(',')
      .map((extra) => extra.trim())
      .filter(Boolean)
    rest = rest.slice(close + 1).trimStart()
  }
  let url: string | undefined
  let specifier = ''
  let marker: string | undefined
  if (rest.startsWith('@')) {
    rest = rest.slice(1).trimStart()
    // The URL ends at whitespace; a marker follows after ` ;`.
    const space = rest.search(/\s/)
    url = space === -1 ? rest : rest.slice(0, space)
    rest = space === -1 ? '' : rest.slice(space).trim()
    if (rest.startsWith(';')) marker = rest.slice(1).trim()
    else if (rest !== '') return undefined
  } else {
    const semicolon = rest.indexOf(';')
    const spec = (semicolon === -1 ? rest : rest.slice(0, semicolon)).trim()
    if (semicolon !== -1) marker = rest.slice(semicolon + 1).trim()
    const unwrapped = spec.startsWith('(') && spec.endsWith(')') ? spec.slice(1, -1) : spec
    if (unwrapped !== '' && !/^(?:\s*(?:===|==|!=|~=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+\s*,?)+$/.test(unwrapped)) return undefined
    specifier = unwrapped.replace(/\s+/g, '')
  }
  return { name: name[1], extras, specifier, ...(url ? { url } : {}), ...(marker ? { marker } : {}) }
}

/** The exact version of a `==X` / `===X` specifier (one clause, no wildcard), else undefined. */
export function pinnedVersion(specifier: string): string | undefined {
  const match = /^===?([^,*]+)$/.exec(specifier)
  return match ? match[1] : undefined
}

/** The version in a wheel or sdist file name at the end of a URL (`six-1.16.0-py2.py3-none-any.whl`), when the name matches. */
export function versionFromArchiveUrl(name: string, url: string): string | undefined {
  const file = decodeURIComponent(url.split(/[?#]/)[0].split('/').pop() ?? '')
  const wanted = normalizeName(name).replace(/-/g, '_')
  const wheel = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file)
  if (wheel) return normalizeName(wheel[1]).replace(/-/g, '_') === wanted ? wheel[2] : undefined
  const sdist = /^(.+)-([0-9][^-]*)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/.exec(file)
  if (sdist && normalizeName(sdist[1]).replace(/-/g, '_') === wanted) return sdist[2]
  return undefined
}

/** How a URL names its source: `git+…` (or another VCS) is git, a local `file:` path is a path, anything else a URL. */
export function sourceOfUrl(url: string): PackageSource {
  if (/^git\+|^git:\/\/|\.git(?:[@#]|$)/.test(url)) return 'git'
  if (/^(hg|svn|bzr)\+/.test(url)) return 'url'
  if (/^file:/.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return 'path'
  return 'url'
}

export interface PythonPackageInit {
  name: string
  version: string | null
  declared?: string
  scope: Scope
  direct: boolean | null
  source: PackageSource
  resolved?: string
  /** Registry index URL, recorded in the purl as `repository_url` when it is not PyPI's own. */
  index?: string
  hashes?: string[]
  markers?: string
  extras?: string[]
  path: string
  line: number
}

const PYPI_INDEXES = new Set([
  'https://pypi.org/simple',
  'https://pypi.org/simple/',
  'https://pypi.python.org/simple',
  'https://pypi.python.org/simple/',
  'https://pypi.org/pypi'
])

/** A `PyPI` package with its purl (PEP 503 name; `vcs_url`, `download_url` or `repository_url` qualifiers where they apply). */
export function pythonPackage(init: PythonPackageInit): Package {
  let qualifiers: Record<string, string> | undefined
  if (init.source === 'git' && init.resolved) qualifiers = { vcs_url: init.resolved }
  else if (init.source === 'url' && init.resolved) qualifiers = { download_url: init.resolved }
  else if (init.source === 'registry' && init.index && !PYPI_INDEXES.has(init.index)) qualifiers = { repository_url: init.index }
  const purl =
    init.source === 'path' || init.source === 'workspace' ? purlFor('PyPI', init.name, init.version) : purlFor('PyPI', init.name, init.version, qualifiers)
  return {
    ecosystem: 'PyPI',
    name: init.name,
    version: init.version,
    ...(init.declared !== undefined ? { declared: init.declared } : {}),
    ...(purl ? { purl } : {}),
    scope: init.scope,
    direct: init.direct,
    source: init.source,
    ...(init.resolved ? { resolved: init.resolved } : {}),
    ...(init.hashes && init.hashes.length > 0 ? { hashes: init.hashes } : {}),
    ...(init.markers ? { markers: init.markers } : {}),
    ...(init.extras && init.extras.length > 0 ? { extras: init.extras } : {}),
    location: { path: init.path, line: init.line }
  }
}

/** `{ sha256 = "…" }` tables (PEP 751, uv) or `"sha256:…"` strings as `alg:hex`. */
export function hashesOf(value: unknown, into: string[]): void {
  if (typeof value === 'string') {
    if (value.includes(':')) into.push(value)
  } else if (isRecord(value)) {
    for (const [algorithm, digest] of Object.entries(value)) if (typeof digest === 'string') into.push(`${algorithm}:${digest}`)
  }
}

/** The top-level tables of a `Pipfile` that are not package categories. */
export const PIPFILE_NOT_PACKAGES: ReadonlySet<string> = new Set(['source', 'requires', 'scripts', 'pipenv'])

/**
 * The names a project's `pyproject.toml` (PEP 621, PEP 735, Poetry) or `Pipfile` names itself, normalised;
 * used by lockfile readers to tell direct from transitive. `doc` is the manifest as `manifestToml` reads it;
 * undefined (absent or unparsable) gives undefined.
 */
export function namedByManifest(doc: Record<string, unknown> | undefined, kind: 'pyproject' | 'pipfile'): Set<string> | undefined {
  if (doc === undefined) return undefined
  const names = new Set<string>()
  const addRequirement = (entry: unknown): void => {
    const requirement = typeof entry === 'string' ? parseRequirement(entry) : undefined
    if (requirement) names.add(normalizeName(requirement.name))
  }
  const addKeys = (table: unknown): void => {
    if (isRecord(table)) for (const key of Object.keys(table)) if (key.toLowerCase() !== 'python') names.add(normalizeName(key))
  }
  if (kind === 'pipfile') {
    for (const [key, value] of Object.entries(doc)) if (!PIPFILE_NOT_PACKAGES.has(key)) addKeys(value)
    return names
  }
  const project = isRecord(doc.project) ? doc.project : {}
  asArray(project.dependencies).forEach(addRequirement)
  if (isRecord(project['optional-dependencies'])) for (const list of Object.values(project['optional-dependencies'])) asArray(list).forEach(addRequirement)
  if (isRecord(doc['dependency-groups'])) for (const list of Object.values(doc['dependency-groups'])) asArray(list).forEach(addRequirement)
  const tool = isRecord(doc.tool) ? doc.tool : {}
  const poetry = isRecord(tool.poetry) ? tool.poetry : {}
  addKeys(poetry.dependencies)
  addKeys(poetry['dev-dependencies'])
  if (isRecord(poetry.group)) for (const group of Object.values(poetry.group)) if (isRecord(group)) addKeys(group.dependencies)
  const uv = isRecord(tool.uv) ? tool.uv : {}
  asArray(uv['dev-dependencies']).forEach(addRequirement)
  return names
}

/**
 * The line of each key of each top-level member object of a JSON document (`{"default": {"requests": …}}` →
 * `default\u0000requests` → its line), in one pass over the text; JSON.parse gives no positions.
 */
export function jsonMemberKeyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>()
  let depth = 0
  let line = 1
  let parent = ''
  const length = text.length
  for (let at = 0; at < length; at += 1) {
    const code = text.charCodeAt(at)
    if (code === 10) line += 1
    else if (code === 123 || code === 91) depth += 1
    else if (code === 125 || code === 93) depth -= 1
    else if (code === 34) {
      let end = at + 1
      while (end < length) {
        const inner = text.charCodeAt(end)
        if (inner === 92) end += 2
        else if (inner === 34) break
        else end += 1
      }
      let next = end + 1
      while (next < length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13 || text.charCodeAt(next) === 10))
        next += 1
      if (text.charCodeAt(next) === 58) {
        const key = text.slice(at + 1, end)
        if (depth === 1) parent = key
        else if (depth === 2 && !lines.has(`${parent}\u0000${key}`)) lines.set(`${parent}\u0000${key}`, line)
      }
      at = end
    }
  }
  return lines
}

/**
 * The name and static version of a local project from its `pyproject.toml` (`[project]`, or Poetry's
 * `[tool.poetry]`), `dir` being relative to the reader's file; undefined when the file is not in the workspace
 * or names nothing. A `dynamic` version stays null: only the build knows it.
 */
export function localProjectMetadata(input: Pick<ReaderInput, 'sibling'>, dir: string): { name: string; version: string | null } | undefined {
  const clean = dir.replace(/\/+$/, '')
  const text = input.sibling(clean === '' || clean === '.' ? 'pyproject.toml' : `${clean}/pyproject.toml`)
  const doc = manifestToml(text)
  if (doc === undefined) return undefined
  const project = isRecord(doc.project) ? doc.project : {}
  const tool = isRecord(doc.tool) ? doc.tool : {}
  const poetry = isRecord(tool.poetry) ? tool.poetry : {}
  const name = asString(project.name) ?? asString(poetry.name)
  return name ? { name, version: asString(project.version) ?? asString(poetry.version) ?? null } : undefined
}

/**
 * The static version of the local project `name` at `dir` (relative to the reader's file), from its
 * `pyproject.toml`: null when it is dynamic; undefined when that file is not in the workspace or names
 * another project.
 */
export function localProjectVersion(input: Pick<ReaderInput, 'sibling'>, dir: string, name: string): string | null | undefined {
  const local = localProjectMetadata(input, dir)
  return local && normalizeName(local.name) === normalizeName(name) ? local.version : undefined
}

/**
 * The outcome to return when the `[[header]]` entries of a TOML lock are not what the tool writes (not an
 * array of tables, an entry without a string `name`, or none at all when the tool always writes some): one
 * problem with the entry's line. Undefined when they are fine.
 */
export function entriesProblem(
  input: Pick<ReaderInput, 'path' | 'text'>,
  format: string,
  value: unknown,
  header: string,
  required: boolean
): ReadOutcome | undefined {
  const key = header.replace(/[[\]]/g, '')
  if (value === undefined) return required ? emptyOutcome({ path: input.path, line: 1, format, message: `no ${header} entries` }) : undefined
  if (!Array.isArray(value)) return emptyOutcome({ path: input.path, line: 1, format, message: `\`${key}\` is not an array of tables` })
  const index = value.findIndex((entry) => !isRecord(entry) || typeof entry.name !== 'string')
  if (index === -1) return undefined
  const line = tableEntryLines(input.text, header)[index] ?? 1
  return emptyOutcome({ path: input.path, line, format, message: `a ${header} entry without a name` })
}

/** The directories above a workspace file, as `../` prefixes relative to it, nearest first (within the workspace). */
export function parentPrefixes(file: string): string[] {
  const directory = posix.dirname(file)
  const depth = directory === '.' ? 0 : directory.split('/').length
  return Array.from({ length: depth }, (_, index) => '../'.repeat(index + 1))
}

/** A manifest's TOML, or undefined when it is absent or not TOML (the caller then reads without it). */
export function manifestToml(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined
  try {
    return parseToml(text) as Record<string, unknown>
  } catch {
    return undefined
  }
}
