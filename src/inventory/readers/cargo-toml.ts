/**
 * `Cargo.toml` without a `Cargo.lock` beside it or above it (a library crate that does not commit its lock):
 * what the crate declares, never resolved. `[dependencies]` are runtime (`optional = true`: optional),
 * `[dev-dependencies]` and `[build-dependencies]` dev, their `[target.'cfg(…)'.*]` forms alike. A version
 * requirement is `declared` (cargo reads `1.2` as `^1.2`); only `=1.2.3` is a version. `workspace = true`
 * takes the entry of the workspace root's `[workspace.dependencies]` (the nearest ancestor `Cargo.toml` with a
 * `[workspace]`); `package = "…"` is the crate's real name. git and path dependencies are git and path sources.
 * A crate under a directory whose `Cargo.lock` exists is read from that lock (nothing from this file).
 */
import { emptyOutcome, type Package, type PackageSource, type ReadOutcome, type Scope } from '../model.js'
import { purlFor } from '../purl.js'
import { LineIndex, isRecord, parentPrefixes, parseInput, readToml } from './python-common.js'
import type { ReaderInput } from './types.js'
import { escapeRegExp } from '../../escape-regexp.js'

const FORMAT = 'cargo-toml'
const KINDS: Array<[string, Scope]> = [
  ['dependencies', 'runtime'],
  ['dev-dependencies', 'dev'],
  ['dev_dependencies', 'dev'],
  ['build-dependencies', 'dev'],
  ['build_dependencies', 'dev']
]

type Table = Record<string, unknown>

/** The `[workspace.dependencies]` of the nearest ancestor workspace root (or of this file when it is one). */
function workspaceDependencies(input: ReaderInput, doc: Table): Table {
  const own = isRecord(doc.workspace) ? doc.workspace : undefined
  if (own) return isRecord(own.dependencies) ? own.dependencies : {}
  for (const up of parentPrefixes(input.path)) {
    const text = input.sibling(`${up}Cargo.toml`)
    if (text === undefined) continue
    try {
      const root = readToml(text)
      if (isRecord(root.workspace)) return isRecord(root.workspace.dependencies) ? root.workspace.dependencies : {}
    } catch {
      // That manifest reports its own problem when it is read.
    }
  }
  return {}
}

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readToml)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  // A member (or a crate of the repository) whose workspace root has a Cargo.lock: that lock reads it.
  if (parentPrefixes(input.path).some((up) => input.exists?.(`${up}Cargo.lock`) ?? input.sibling(`${up}Cargo.lock`) !== undefined)) return emptyOutcome()
  const inherited = workspaceDependencies(input, doc)
  const index = new LineIndex(input.text)
  const tables: Array<[string, Scope, unknown]> = KINDS.map(([kind, scope]) => [kind, scope, doc[kind]])
  if (isRecord(doc.target))
    for (const [cfg, target] of Object.entries(doc.target))
      if (isRecord(target)) for (const [kind, scope] of KINDS) tables.push([`target.${cfg}.${kind}`, scope, target[kind]])

  const packages: Package[] = []
  for (const [header, scope, table] of tables) {
    if (!isRecord(table)) continue
    // The header's line, then each key's line after it (TOML keys of one table are unique).
    const escaped = header.split('.')[0] === 'target' ? 'target' : header
    const start = Math.max(0, input.text.search(new RegExp(`^\\s*\\[\\s*${escaped.replace(/[-_]/g, '[-_]')}`, 'm')))
    for (const [key, spec] of Object.entries(table)) {
      let entry: Table = isRecord(spec) ? spec : typeof spec === 'string' ? { version: spec } : {}
      if (entry.workspace === true) {
        const base = inherited[key]
        entry = { ...(isRecord(base) ? base : typeof base === 'string' ? { version: base } : {}), ...entry }
      }
      const name = typeof entry.package === 'string' ? entry.package : key
      const requirement = typeof entry.version === 'string' ? entry.version.trim() : undefined
      const exact = requirement !== undefined ? /^=\s*(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(requirement)?.[1] : undefined
      let source: PackageSource = 'registry'
      let resolved: string | undefined
      if (typeof entry.git === 'string') {
        source = 'git'
        const revision = [entry.rev, entry.tag, entry.branch].find((value): value is string => typeof value === 'string')
        resolved = revision ? `${entry.git}@${revision}` : entry.git
      } else if (typeof entry.path === 'string') {
        source = 'path'
        resolved = entry.path
      }
      const keyAt = new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*[=.]`, 'm').exec(input.text.slice(start))
      const line = index.lineAt(keyAt ? start + keyAt.index + keyAt[0].search(/\S/) : start)
      const version = exact ?? null
      const purl = version !== null ? purlFor('crates.io', name, version) : undefined
      packages.push({
        ecosystem: 'crates.io',
        name,
        version,
        ...(version === null && source === 'registry' ? { declared: requirement ?? '*' } : {}),
        ...(purl ? { purl } : {}),
        scope: scope === 'runtime' && entry.optional === true ? 'optional' : scope,
        direct: true,
        source,
        ...(resolved ? { resolved } : {}),
        location: { path: input.path, line }
      })
    }
  }
  return { packages, edges: [], problems: [], declaredOnly: true }
}
