/**
 * `uv.lock` (TOML). Every `[[package]]` is a package; its `source` says where it comes from (`registry`,
 * `git`, `url`, `path`, `directory`, `editable`, `virtual`). Workspace members (`[manifest] members`, or the
 * editable/virtual project at `.` of a single-project lock) are marked `workspace` and are the roots.
 *
 * Scope is reachability from the roots, as uv installs: `dependencies` (and the extras a dependency names)
 * are runtime; what only the roots' `[package.optional-dependencies]` reach is optional; what only their
 * `[package.dev-dependencies]` groups (or `[manifest] dependency-groups`) reach is dev; anything else unknown.
 * Direct: named by a root. Edges: every dependency entry, to the package it designates.
 */
import type { Edge, Package, PackageSource, ReadOutcome, Scope } from '../model.js'
import { emptyOutcome, packageKey } from '../model.js'
import {
  asArray,
  asString,
  entriesProblem,
  hashesOf,
  isRecord,
  normalizeName,
  parseInput,
  parseRequirement,
  pythonPackage,
  readToml,
  tableEntryLines
} from './python-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'uv-lock'

interface Dependency {
  name: string
  version?: string
  source?: Record<string, unknown>
  extras: string[]
}

interface Locked {
  table: Record<string, unknown>
  name: string
  normalized: string
  pkg: Package
  dependencies: Dependency[]
  optional: Map<string, Dependency[]>
  dev: Dependency[]
}

function dependencyList(value: unknown): Dependency[] {
  const list: Dependency[] = []
  for (const entry of asArray(value)) {
    if (!isRecord(entry) || typeof entry.name !== 'string') continue
    list.push({
      name: entry.name,
      ...(typeof entry.version === 'string' ? { version: entry.version } : {}),
      ...(isRecord(entry.source) ? { source: entry.source } : {}),
      extras: asArray(entry.extra).filter((extra): extra is string => typeof extra === 'string')
    })
  }
  return list
}

function sourceOf(source: Record<string, unknown>, member: boolean): { source: PackageSource; resolved?: string; index?: string } {
  if (member) return { source: 'workspace', resolved: asString(source.editable) ?? asString(source.virtual) ?? asString(source.directory) }
  if (typeof source.registry === 'string') return { source: 'registry', index: source.registry }
  if (typeof source.git === 'string') return { source: 'git', resolved: source.git }
  if (typeof source.url === 'string') return { source: 'url', resolved: source.url }
  const local = asString(source.path) ?? asString(source.directory) ?? asString(source.editable) ?? asString(source.virtual)
  return { source: 'path', ...(local ? { resolved: local } : {}) }
}

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readToml)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  if (typeof doc.version !== 'number') return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'not a uv.lock: no `version`' })
  const invalid = entriesProblem(input, FORMAT, doc.package, '[[package]]', true)
  if (invalid) return invalid
  const tables = asArray(doc.package).filter(isRecord)
  const lines = tableEntryLines(input.text, '[[package]]')
  const manifest = isRecord(doc.manifest) ? doc.manifest : {}
  const members = new Set(
    asArray(manifest.members)
      .filter((name): name is string => typeof name === 'string')
      .map(normalizeName)
  )

  const locked: Locked[] = []
  const byName = new Map<string, Locked[]>()
  tables.forEach((table, index) => {
    const name = asString(table.name)
    if (!name) return
    const normalized = normalizeName(name)
    const source = isRecord(table.source) ? table.source : {}
    const member = members.has(normalized) || (members.size === 0 && (source.editable === '.' || source.virtual === '.'))
    if (member) members.add(normalized)
    const hashes: string[] = []
    if (isRecord(table.sdist)) hashesOf(table.sdist.hash, hashes)
    for (const wheel of asArray(table.wheels)) if (isRecord(wheel)) hashesOf(wheel.hash, hashes)
    const where = sourceOf(source, member)
    const pkg = pythonPackage({
      name,
      version: asString(table.version) ?? null,
      scope: 'unknown',
      direct: member ? true : false,
      ...where,
      hashes,
      path: input.path,
      line: lines[index] ?? 1
    })
    const optional = new Map<string, Dependency[]>()
    if (isRecord(table['optional-dependencies']))
      for (const [extra, list] of Object.entries(table['optional-dependencies'])) optional.set(extra, dependencyList(list))
    const dev: Dependency[] = []
    if (isRecord(table['dev-dependencies'])) for (const list of Object.values(table['dev-dependencies'])) dev.push(...dependencyList(list))
    const entry: Locked = { table, name, normalized, pkg, dependencies: dependencyList(table.dependencies), optional, dev }
    locked.push(entry)
    const same = byName.get(normalized)
    if (same) same.push(entry)
    else byName.set(normalized, [entry])
  })

  const resolve = (dependency: Dependency): Locked | undefined => {
    const candidates = byName.get(normalizeName(dependency.name))
    if (!candidates || candidates.length === 1) return candidates?.[0]
    return (
      candidates.find(
        (candidate) =>
          (dependency.version === undefined || candidate.pkg.version === dependency.version) &&
          (dependency.source === undefined || JSON.stringify(candidate.table.source) === JSON.stringify(dependency.source))
      ) ?? candidates[0]
    )
  }

  // Breadth-first from the roots: each package gets the first (strongest) scope that reaches it.
  const scopeOf = new Map<Locked, Scope>()
  const walk = (start: Dependency[], scope: Scope): void => {
    const queue: Dependency[] = [...start]
    for (let at = 0; at < queue.length; at += 1) {
      const dependency = queue[at]
      const target = resolve(dependency)
      if (!target) continue
      const seenAs = scopeOf.get(target)
      const extrasNew = dependency.extras.length > 0
      if (seenAs !== undefined && !extrasNew) continue
      if (seenAs === undefined) scopeOf.set(target, scope)
      if (seenAs === undefined) queue.push(...target.dependencies)
      for (const extra of dependency.extras) queue.push(...(target.optional.get(extra) ?? []))
    }
  }
  const roots = locked.filter((entry) => members.has(entry.normalized))
  for (const root of roots) scopeOf.set(root, 'runtime')
  const requirementsOf = (value: unknown): Dependency[] =>
    asArray(value).flatMap((entry) => {
      const name = isRecord(entry) ? asString(entry.name) : typeof entry === 'string' ? parseRequirement(entry)?.name : undefined
      return name ? [{ name, extras: [] }] : []
    })
  walk([...roots.flatMap((root) => root.dependencies), ...requirementsOf(manifest.requirements)], 'runtime')
  walk(
    roots.flatMap((root) => [...root.optional.values()].flat()),
    'optional'
  )
  const manifestGroups = isRecord(manifest['dependency-groups']) ? Object.values(manifest['dependency-groups']).flatMap(requirementsOf) : []
  walk([...roots.flatMap((root) => root.dev), ...manifestGroups], 'dev')

  const named = new Set<string>()
  for (const root of roots)
    for (const dependency of [...root.dependencies, ...[...root.optional.values()].flat(), ...root.dev]) named.add(normalizeName(dependency.name))
  for (const dependency of [...requirementsOf(manifest.requirements), ...manifestGroups]) named.add(normalizeName(dependency.name))

  const edges: Edge[] = []
  for (const entry of locked) {
    entry.pkg.scope = scopeOf.get(entry) ?? 'unknown'
    if (!members.has(entry.normalized)) entry.pkg.direct = named.has(entry.normalized)
    const from = packageKey(entry.pkg)
    const seen = new Set<string>()
    for (const dependency of [...entry.dependencies, ...[...entry.optional.values()].flat(), ...entry.dev]) {
      const target = resolve(dependency)
      if (!target) continue
      const to = packageKey(target.pkg)
      if (!seen.has(to)) {
        seen.add(to)
        edges.push({ from, to })
      }
    }
  }
  return { packages: locked.map((entry) => entry.pkg), edges, problems: [] }
}
