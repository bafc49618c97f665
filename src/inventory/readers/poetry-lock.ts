/**
 * `poetry.lock` (TOML), lock versions 1.x and 2.x. Scope: Poetry 2 locks list the dependency `groups` a package
 * belongs to (`main` is runtime, any other group is dev), Poetry < 1.5 ones a `category` (`main` / `dev`); a
 * `main` package with `optional = true` is only installed for an extra (optional). Poetry 1.5 to 1.8 locks
 * (`lock-version = "2.0"`) say neither: the scope is then reachability from the `pyproject.toml` beside the
 * lock, as `poetry export` computes it (its main dependencies runtime, extras optional, groups dev; a
 * package's optional dependency followed only for an extra asked of it), and unknown without it. `[package.source]` tells git,
 * directory, file and URL packages from registry ones (`legacy` = another index). Hashes come from `files`
 * (2.x) or `[metadata.files]` (1.x). Direct: named in the `pyproject.toml` beside the lock (PEP 621, PEP 735
 * or Poetry tables); null when there is none. Edges: `[package.dependencies]`.
 */
import type { Edge, Package, PackageSource, ReadOutcome, Scope } from '../model.js'
import { emptyOutcome, packageKey } from '../model.js'
import {
  asArray,
  asString,
  entriesProblem,
  hashesOf,
  isRecord,
  manifestToml,
  namedByManifest,
  normalizeName,
  parseInput,
  parseRequirement,
  pythonPackage,
  readToml,
  tableEntryLines
} from './python-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'poetry-lock'

function scopeOf(table: Record<string, unknown>): Scope {
  const optional = table.optional === true
  const groups = asArray(table.groups).filter((group): group is string => typeof group === 'string')
  if (groups.length > 0) return groups.includes('main') ? (optional ? 'optional' : 'runtime') : 'dev'
  if (table.category === 'main') return optional ? 'optional' : 'runtime'
  if (table.category === 'dev') return 'dev'
  return 'unknown'
}

function sourceOf(source: unknown): { source: PackageSource; resolved?: string; index?: string } {
  if (!isRecord(source)) return { source: 'registry' }
  const url = asString(source.url)
  switch (source.type) {
    case 'git': {
      const revision = asString(source.resolved_reference) ?? asString(source.reference)
      return { source: 'git', ...(url ? { resolved: revision ? `${url}@${revision}` : url } : {}) }
    }
    case 'directory':
    case 'file':
      return { source: 'path', ...(url ? { resolved: url } : {}) }
    case 'url':
      return { source: 'url', ...(url ? { resolved: url } : {}) }
    default:
      // `legacy` (a private index), `explicit`, `supplemental`: still a registry, another one.
      return { source: 'registry', ...(url ? { index: url } : {}) }
  }
}

/** `markers` is a string, or (Poetry 2) one marker per group: installed when any holds. */
function markersOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (isRecord(value)) {
    const distinct = [...new Set(Object.values(value).filter((marker): marker is string => typeof marker === 'string'))]
    return distinct.length === 1 ? distinct[0] : distinct.length > 1 ? distinct.map((marker) => `(${marker})`).join(' or ') : undefined
  }
  return undefined
}

/** A dependency asked for by name, with the extras asked of it. */
interface Wanted {
  name: string
  extras: string[]
}

/** `extras = [...]` of a Poetry dependency spec (a version string, a table, or a list of tables). */
function specExtras(spec: unknown): string[] {
  return asArray(isRecord(spec) ? spec.extras : undefined).filter((extra): extra is string => typeof extra === 'string')
}

/** A Poetry spec marked `optional = true` (every alternative of a list). */
function specOptional(spec: unknown): boolean {
  if (isRecord(spec)) return spec.optional === true
  const list = asArray(spec)
  return list.length > 0 && list.every((entry) => isRecord(entry) && entry.optional === true)
}

/** What the `pyproject.toml` asks for, by scope: `[project]` and `[tool.poetry]` main dependencies, extras, groups. */
function manifestRoots(doc: Record<string, unknown> | undefined): Record<'runtime' | 'optional' | 'dev', Wanted[]> | undefined {
  if (doc === undefined) return undefined
  const roots: Record<'runtime' | 'optional' | 'dev', Wanted[]> = { runtime: [], optional: [], dev: [] }
  const pep508 = (list: unknown, scope: keyof typeof roots): void => {
    for (const entry of asArray(list)) {
      const requirement = typeof entry === 'string' ? parseRequirement(entry) : undefined
      if (requirement) roots[scope].push({ name: requirement.name, extras: requirement.extras })
    }
  }
  const poetryTable = (table: unknown, scope: keyof typeof roots): void => {
    if (!isRecord(table)) return
    for (const [name, spec] of Object.entries(table)) {
      if (name.toLowerCase() === 'python') continue
      const extras = [...specExtras(spec), ...asArray(spec).flatMap(specExtras)]
      roots[scope === 'runtime' && specOptional(spec) ? 'optional' : scope].push({ name, extras })
    }
  }
  const project = isRecord(doc.project) ? doc.project : {}
  pep508(project.dependencies, 'runtime')
  if (isRecord(project['optional-dependencies'])) for (const list of Object.values(project['optional-dependencies'])) pep508(list, 'optional')
  if (isRecord(doc['dependency-groups'])) for (const list of Object.values(doc['dependency-groups'])) pep508(list, 'dev')
  const tool = isRecord(doc.tool) ? doc.tool : {}
  const poetry = isRecord(tool.poetry) ? tool.poetry : {}
  poetryTable(poetry.dependencies, 'runtime')
  poetryTable(poetry['dev-dependencies'], 'dev')
  if (isRecord(poetry.group))
    for (const [group, table] of Object.entries(poetry.group)) if (isRecord(table)) poetryTable(table.dependencies, group === 'main' ? 'runtime' : 'dev')
  return roots
}

/**
 * Scope by reachability from the manifest's roots through the lock's `[package.dependencies]`, strongest
 * first. A dependency marked `optional` is followed only when an extra asked of its package lists it.
 */
function reachability(tables: Record<string, unknown>[], roots: Record<'runtime' | 'optional' | 'dev', Wanted[]>): Map<string, Scope> {
  const byName = new Map<string, Record<string, unknown>[]>()
  for (const table of tables) {
    const name = asString(table.name)
    if (!name) continue
    const normalized = normalizeName(name)
    byName.set(normalized, [...(byName.get(normalized) ?? []), table])
  }
  const scopes = new Map<string, Scope>()
  for (const scope of ['runtime', 'optional', 'dev'] as const) {
    const extrasSeen = new Map<string, Set<string>>()
    const queue: Wanted[] = [...roots[scope]]
    for (let at = 0; at < queue.length; at += 1) {
      const normalized = normalizeName(queue[at].name)
      const seen = extrasSeen.get(normalized)
      const newExtras = queue[at].extras.map(normalizeName).filter((extra) => !seen?.has(extra))
      if (seen && newExtras.length === 0) continue
      const extras = seen ?? new Set<string>()
      extrasSeen.set(normalized, extras)
      if (!scopes.has(normalized)) scopes.set(normalized, scope)
      for (const table of byName.get(normalized) ?? []) {
        const dependencies = isRecord(table.dependencies) ? table.dependencies : {}
        const wantedByExtra = new Set<string>()
        if (isRecord(table.extras))
          for (const [extra, list] of Object.entries(table.extras))
            if (newExtras.includes(normalizeName(extra)))
              for (const entry of asArray(list)) {
                const name = typeof entry === 'string' ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(entry)?.[1] : undefined
                if (name) wantedByExtra.add(normalizeName(name))
              }
        for (const [name, spec] of Object.entries(dependencies)) {
          const follow = specOptional(spec) ? wantedByExtra.has(normalizeName(name)) : !seen
          if (follow) queue.push({ name, extras: [...specExtras(spec), ...asArray(spec).flatMap(specExtras)] })
        }
      }
      for (const extra of newExtras) extras.add(extra)
    }
  }
  return scopes
}

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readToml)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  if (!isRecord(doc.metadata)) return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'not a poetry.lock: no [metadata] table' })
  const invalid = entriesProblem(input, FORMAT, doc.package, '[[package]]', false)
  if (invalid) return invalid
  const tables = asArray(doc.package).filter(isRecord)
  const lines = tableEntryLines(input.text, '[[package]]')
  const oldFiles = isRecord(doc.metadata.files) ? doc.metadata.files : {}
  const manifest = manifestToml(input.sibling('pyproject.toml'))
  const named = namedByManifest(manifest, 'pyproject')
  // Poetry 1.5–1.8 locks record no scope: reachability from the manifest decides (unknown without it).
  const recorded = tables.some((table) => Array.isArray(table.groups) || typeof table.category === 'string')
  const roots = recorded ? undefined : manifestRoots(manifest)
  const reached = roots ? reachability(tables, roots) : undefined

  const packages: Package[] = []
  const dependencies: Array<string[]> = []
  const byName = new Map<string, Package[]>()
  tables.forEach((table, index) => {
    const name = asString(table.name)
    if (!name) return
    const normalized = normalizeName(name)
    const hashes: string[] = []
    for (const file of asArray(table.files ?? oldFiles[name])) if (isRecord(file)) hashesOf(file.hash, hashes)
    const markers = markersOf(table.markers)
    const pkg = pythonPackage({
      name,
      version: asString(table.version) ?? null,
      scope: reached ? (reached.get(normalized) ?? 'unknown') : scopeOf(table),
      direct: named ? named.has(normalized) : null,
      ...sourceOf(table.source),
      hashes,
      ...(markers ? { markers } : {}),
      path: input.path,
      line: lines[index] ?? 1
    })
    packages.push(pkg)
    dependencies.push(isRecord(table.dependencies) ? Object.keys(table.dependencies) : [])
    const same = byName.get(normalized)
    if (same) same.push(pkg)
    else byName.set(normalized, [pkg])
  })

  const edges: Edge[] = []
  packages.forEach((pkg, index) => {
    const from = packageKey(pkg)
    for (const dependency of dependencies[index]) {
      for (const target of byName.get(normalizeName(dependency)) ?? []) edges.push({ from, to: packageKey(target) })
    }
  })
  return { packages, edges, problems: [] }
}
