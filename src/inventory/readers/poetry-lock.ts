/**
 * `poetry.lock` (TOML), lock versions 1.x and 2.x. Scope: new locks list the dependency `groups` a package
 * belongs to (`main` is runtime, any other group is dev), old ones a `category` (`main` / `dev`); a `main`
 * package with `optional = true` is only installed for an extra (optional). `[package.source]` tells git,
 * directory, file and URL packages from registry ones (`legacy` = another index). Hashes come from `files`
 * (2.x) or `[metadata.files]` (1.x). Direct: named in the `pyproject.toml` beside the lock (PEP 621, PEP 735
 * or Poetry tables); null when there is none. Edges: `[package.dependencies]`.
 */
import type { Edge, Package, PackageSource, ReadOutcome, Scope } from '../model.js'
import { packageKey } from '../model.js'
import { asArray, asString, hashesOf, isRecord, namedByManifest, normalizeName, parseInput, pythonPackage, readToml, tableEntryLines } from './python-common.js'
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

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readToml)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  const tables = asArray(doc.package).filter(isRecord)
  const lines = tableEntryLines(input.text, '[[package]]')
  const metadata = isRecord(doc.metadata) ? doc.metadata : {}
  const oldFiles = isRecord(metadata.files) ? metadata.files : {}
  const named = namedByManifest(input.sibling('pyproject.toml'), 'pyproject')

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
      scope: scopeOf(table),
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
