/**
 * `Pipfile.lock` (JSON, pipenv). `default` is runtime, `develop` (and any other pipenv category) is dev; a
 * package in both counts once, as runtime. `"version": "==x"` is resolved; anything else (`*` for a package
 * pipenv could not resolve for this environment) is declared. `git`/`path`/`file` entries are git, path or URL
 * sources. Direct: named in the `Pipfile` beside the lock; null when there is none. The lock has no edges.
 */
import { emptyOutcome, type Package, type PackageSource, type ReadOutcome, type Scope } from '../model.js'
import {
  asArray,
  asString,
  isRecord,
  jsonMemberKeyLines,
  localProjectVersion,
  manifestToml,
  namedByManifest,
  normalizeName,
  parseInput,
  pinnedVersion,
  pythonPackage,
  readJson,
  sourceOfUrl
} from './python-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'pipfile-lock'

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readJson)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  if (!isRecord(doc) || (!isRecord(doc.default) && !isRecord(doc.develop))) {
    return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'not a Pipfile.lock: no "default" or "develop" section' })
  }
  const meta = isRecord(doc._meta) ? doc._meta : {}
  const indexes = new Map<string, string>()
  for (const source of asArray(meta.sources))
    if (isRecord(source) && typeof source.name === 'string' && typeof source.url === 'string') indexes.set(source.name, source.url)
  const named = namedByManifest(manifestToml(input.sibling('Pipfile')), 'pipfile')
  const lines = jsonMemberKeyLines(input.text)

  const packages: Package[] = []
  const seen = new Set<string>()
  const sections = ['default', 'develop', ...Object.keys(doc).filter((key) => key !== '_meta' && key !== 'default' && key !== 'develop')]
  for (const section of sections) {
    const entries = doc[section]
    if (!isRecord(entries)) continue
    const scope: Scope = section === 'default' ? 'runtime' : 'dev'
    for (const [name, entry] of Object.entries(entries)) {
      if (!isRecord(entry)) continue
      const written = asString(entry.version)
      // A path entry has no version; the project's pyproject.toml may say.
      const version = written
        ? (pinnedVersion(written.replace(/\s+/g, '')) ?? null)
        : typeof entry.path === 'string'
          ? (localProjectVersion(input, entry.path, name) ?? null)
          : null
      const key = `${normalizeName(name)}\u0000${version ?? ''}`
      if (seen.has(key)) continue
      seen.add(key)
      let source: PackageSource = 'registry'
      let resolved: string | undefined
      if (typeof entry.git === 'string') {
        source = 'git'
        resolved = typeof entry.ref === 'string' ? `${entry.git}@${entry.ref}` : entry.git
      } else if (typeof entry.path === 'string') {
        source = 'path'
        resolved = entry.path
      } else if (typeof entry.file === 'string') {
        source = sourceOfUrl(entry.file)
        resolved = entry.file
      }
      const hashes = asArray(entry.hashes).filter((hash): hash is string => typeof hash === 'string')
      const extras = asArray(entry.extras).filter((extra): extra is string => typeof extra === 'string')
      const index = typeof entry.index === 'string' ? indexes.get(entry.index) : undefined
      packages.push(
        pythonPackage({
          name,
          version,
          ...(version === null && source === 'registry' ? { declared: written ?? '*' } : {}),
          scope,
          direct: named ? named.has(normalizeName(name)) : null,
          source,
          ...(resolved ? { resolved } : {}),
          ...(index ? { index } : {}),
          hashes,
          extras,
          ...(typeof entry.markers === 'string' ? { markers: entry.markers } : {}),
          path: input.path,
          line: lines.get(`${section}\u0000${name}`) ?? 1
        })
      )
    }
  }
  return { packages, edges: [], problems: [] }
}
