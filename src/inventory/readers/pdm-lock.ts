/**
 * `pdm.lock` (TOML, PDM 2). Every `[[package]]` is a package; PDM writes a second entry for a package asked
 * with extras (`extras = ["socks"]`, depending on the plain entry): one package, with its extras. Scope: the
 * entry's `groups` (lock 4.4+): `default` is runtime; a group that the `pyproject.toml` beside the lock names
 * in `[project.optional-dependencies]` is optional; any other (`[dependency-groups]`,
 * `[tool.pdm.dev-dependencies]`) is dev, unless the manifest is absent (then unknown: the lock alone does not
 * tell an extra from a dev group). An older lock without `groups` leaves the scope unknown. Sources: `path`,
 * `url`, `git` (+ `revision`) or the registry. Direct: named in `pyproject.toml`. Edges: `dependencies`.
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

const FORMAT = 'pdm-lock'

function sourceOf(table: Record<string, unknown>): { source: PackageSource; resolved?: string } {
  if (typeof table.git === 'string') {
    const revision = asString(table.revision) ?? asString(table.ref)
    return { source: 'git', resolved: revision ? `${table.git}@${revision}` : table.git }
  }
  if (typeof table.path === 'string') return { source: 'path', resolved: table.path }
  if (typeof table.url === 'string') return { source: 'url', resolved: table.url }
  return { source: 'registry' }
}

/** The optional-dependency names of the manifest (extras), normalised; undefined without a readable manifest. */
function extrasOf(doc: Record<string, unknown> | undefined): Set<string> | undefined {
  if (doc === undefined) return undefined
  const project = doc.project
  const optional = isRecord(project) && isRecord(project['optional-dependencies']) ? project['optional-dependencies'] : {}
  return new Set(Object.keys(optional).map(normalizeName))
}

function scopeOf(groups: Set<string>, extras: Set<string> | undefined): Scope {
  if (groups.size === 0) return 'unknown'
  if (groups.has('default')) return 'runtime'
  if (extras === undefined) return 'unknown'
  return [...groups].some((group) => extras.has(normalizeName(group))) ? 'optional' : 'dev'
}

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readToml)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  if (!isRecord(doc.metadata)) return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'not a pdm.lock: no [metadata] table' })
  const invalid = entriesProblem(input, FORMAT, doc.package, '[[package]]', false)
  if (invalid) return invalid
  const tables = asArray(doc.package).filter(isRecord)
  const lines = tableEntryLines(input.text, '[[package]]')
  const manifest = manifestToml(input.sibling('pyproject.toml'))
  const named = namedByManifest(manifest, 'pyproject')
  const extrasNames = extrasOf(manifest)

  const packages: Package[] = []
  const byKey = new Map<string, { pkg: Package; groups: Set<string>; dependencies: string[] }>()
  const byName = new Map<string, Package[]>()
  tables.forEach((table, index) => {
    const name = asString(table.name) as string
    const version = asString(table.version) ?? null
    const normalized = normalizeName(name)
    const key = `${normalized}\u0000${version ?? ''}`
    const groups = asArray(table.groups).filter((group): group is string => typeof group === 'string')
    const extras = asArray(table.extras).filter((extra): extra is string => typeof extra === 'string')
    const dependencies = asArray(table.dependencies).filter((dependency): dependency is string => typeof dependency === 'string')
    const earlier = byKey.get(key)
    if (earlier) {
      // The entry of the same package asked with extras.
      for (const group of groups) earlier.groups.add(group)
      earlier.dependencies.push(...dependencies)
      if (extras.length > 0) earlier.pkg.extras = [...new Set([...(earlier.pkg.extras ?? []), ...extras])]
      return
    }
    const hashes: string[] = []
    for (const file of asArray(table.files)) if (isRecord(file)) hashesOf(file.hash, hashes)
    const marker = asString(table.marker)
    const pkg = pythonPackage({
      name,
      version,
      scope: 'unknown',
      direct: named ? named.has(normalized) : null,
      ...sourceOf(table),
      hashes,
      ...(extras.length > 0 ? { extras } : {}),
      ...(marker ? { markers: marker } : {}),
      path: input.path,
      line: lines[index] ?? 1
    })
    packages.push(pkg)
    byKey.set(key, { pkg, groups: new Set(groups), dependencies: [...dependencies] })
    byName.set(normalized, [...(byName.get(normalized) ?? []), pkg])
  })

  const edges: Edge[] = []
  for (const { pkg, groups, dependencies } of byKey.values()) {
    pkg.scope = scopeOf(groups, extrasNames)
    const from = packageKey(pkg)
    const seen = new Set<string>([from])
    for (const dependency of dependencies) {
      const requirement = parseRequirement(dependency)
      if (!requirement) continue
      for (const target of byName.get(normalizeName(requirement.name)) ?? []) {
        const to = packageKey(target)
        if (seen.has(to)) continue
        seen.add(to)
        edges.push({ from, to })
      }
    }
  }
  return { packages, edges, problems: [] }
}
