/**
 * `pylock.toml` / `pylock.<name>.toml` (PEP 751). Every `[[packages]]` entry is a package; `vcs`, `directory`
 * and `archive` say git/url, path and URL sources, `index` the registry. Hashes come from the `archive`,
 * `sdist` and `wheels` entries.
 *
 * Scope: PEP 751 expresses groups and extras as markers (`'dev' in dependency_groups`, `'cli' in extras`).
 * A package whose marker names only non-default groups is dev, one that names extras is optional; when the
 * file declares `extras` or `dependency-groups`, the other packages are runtime. A file that declares neither
 * does not say which packages are for development (uv and pip export every group they were asked for without
 * markers), so its packages are `unknown`. Direct is not recorded (null). Edges: `dependencies`, when present.
 */
import { emptyOutcome, type Edge, type Package, type PackageSource, type ReadOutcome, type Scope } from '../model.js'
import { packageKey } from '../model.js'
import {
  asArray,
  asString,
  entriesProblem,
  hashesOf,
  isRecord,
  localProjectVersion,
  normalizeName,
  parseInput,
  pythonPackage,
  readToml,
  tableEntryLines
} from './python-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'pylock'

function quoted(marker: string, variable: string): string[] {
  const names: string[] = []
  const pattern = new RegExp(`['"]([^'"]+)['"]\\s+in\\s+${variable}`, 'g')
  for (let match = pattern.exec(marker); match; match = pattern.exec(marker)) names.push(match[1])
  return names
}

function scopeOf(marker: string | undefined, defaults: Set<string>, declaresGroups: boolean): Scope {
  if (marker) {
    const groups = quoted(marker, 'dependency_groups')
    if (groups.length > 0 && !groups.some((group) => defaults.has(group))) return 'dev'
    if (groups.length === 0 && quoted(marker, 'extras').length > 0) return 'optional'
  }
  return declaresGroups ? 'runtime' : 'unknown'
}

function sourceOf(table: Record<string, unknown>): { source: PackageSource; resolved?: string; index?: string } {
  if (isRecord(table.vcs)) {
    const vcs = table.vcs
    const where = asString(vcs.url) ?? asString(vcs.path) ?? ''
    const commit = asString(vcs['commit-id'])
    return { source: vcs.type === 'git' ? 'git' : 'url', resolved: commit ? `${where}@${commit}` : where }
  }
  if (isRecord(table.directory)) return { source: 'path', ...(typeof table.directory.path === 'string' ? { resolved: table.directory.path } : {}) }
  if (isRecord(table.archive)) {
    const url = asString(table.archive.url)
    return url ? { source: 'url', resolved: url } : { source: 'path', ...(typeof table.archive.path === 'string' ? { resolved: table.archive.path } : {}) }
  }
  return { source: 'registry', ...(typeof table.index === 'string' ? { index: table.index } : {}) }
}

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readToml)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  if (typeof doc['lock-version'] !== 'string') {
    return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'not a PEP 751 lock file: no lock-version' })
  }
  const defaults = new Set(asArray(doc['default-groups']).filter((group): group is string => typeof group === 'string'))
  const declaresGroups = asArray(doc['dependency-groups']).length > 0 || asArray(doc.extras).length > 0
  const invalid = entriesProblem(input, FORMAT, doc.packages, '[[packages]]', true)
  if (invalid) return invalid
  const tables = asArray(doc.packages).filter(isRecord)
  const lines = tableEntryLines(input.text, '[[packages]]')

  const packages: Package[] = []
  const dependencies: Array<Array<Record<string, unknown>>> = []
  const byName = new Map<string, Package[]>()
  tables.forEach((table, index) => {
    const name = asString(table.name)
    if (!name) return
    const hashes: string[] = []
    for (const artifact of [table.archive, table.sdist, ...asArray(table.wheels)]) if (isRecord(artifact)) hashesOf(artifact.hashes, hashes)
    const marker = asString(table.marker)
    // A local directory has no version in the lock (PEP 751 makes it optional); its pyproject.toml may say.
    const directory = isRecord(table.directory) ? asString(table.directory.path) : undefined
    const local = directory !== undefined && table.version === undefined ? localProjectVersion(input, directory, name) : undefined
    const pkg = pythonPackage({
      name,
      version: asString(table.version) ?? local ?? null,
      scope: scopeOf(marker, defaults, declaresGroups),
      direct: null,
      ...sourceOf(table),
      hashes,
      ...(marker ? { markers: marker } : {}),
      path: input.path,
      line: lines[index] ?? 1
    })
    packages.push(pkg)
    dependencies.push(asArray(table.dependencies).filter(isRecord))
    const normalized = normalizeName(name)
    const same = byName.get(normalized)
    if (same) same.push(pkg)
    else byName.set(normalized, [pkg])
  })

  const edges: Edge[] = []
  packages.forEach((pkg, index) => {
    for (const dependency of dependencies[index]) {
      const name = asString(dependency.name)
      if (!name) continue
      const candidates = byName.get(normalizeName(name)) ?? []
      const version = asString(dependency.version)
      for (const target of candidates) if (version === undefined || target.version === version) edges.push({ from: packageKey(pkg), to: packageKey(target) })
    }
  })
  return { packages, edges, problems: [] }
}
