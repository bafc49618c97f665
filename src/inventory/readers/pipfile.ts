/**
 * A `Pipfile` without its `Pipfile.lock` (a repository that ignores the lock): what it declares, never
 * resolved. `[packages]` is runtime; `[dev-packages]` and any other category (`[docs]`…) dev, as pipenv
 * installs them only when asked. A value is a specifier (`"*"`, `"==1.2"`, `">=2"`) or a table (`version`,
 * `extras`, `markers`, `index`, `git` + `ref`, `path`, `file`); only `==X` is a version, anything else is
 * `declared`. `[source]`, `[requires]`, `[scripts]` and `[pipenv]` are not packages. All are direct.
 */
import type { Package, PackageSource, ReadOutcome } from '../model.js'
import {
  LineIndex,
  PIPFILE_NOT_PACKAGES,
  asArray,
  asString,
  isRecord,
  localProjectVersion,
  parseInput,
  pinnedVersion,
  pythonPackage,
  readToml,
  sourceOfUrl
} from './python-common.js'
import type { ReaderInput } from './types.js'
import { escapeRegExp } from '../../escape-regexp.js'

const FORMAT = 'pipfile'

export function read(input: ReaderInput): ReadOutcome {
  const parsed = parseInput(input, FORMAT, readToml)
  if (parsed.failed) return parsed.failed
  const doc = parsed.doc
  const index = new LineIndex(input.text)
  const indexes = new Map<string, string>()
  for (const source of asArray(doc.source))
    if (isRecord(source) && typeof source.name === 'string' && typeof source.url === 'string') indexes.set(source.name, source.url)

  const packages: Package[] = []
  for (const [category, table] of Object.entries(doc)) {
    if (PIPFILE_NOT_PACKAGES.has(category) || !isRecord(table)) continue
    const scope = category === 'packages' ? 'runtime' : 'dev'
    const header = input.text.search(new RegExp(`^\\s*\\[\\s*["']?${escapeRegExp(category)}["']?\\s*\\]`, 'm'))
    for (const [name, spec] of Object.entries(table)) {
      const entry: Record<string, unknown> = isRecord(spec) ? spec : typeof spec === 'string' ? { version: spec } : {}
      const written = asString(entry.version)?.trim()
      let source: PackageSource = 'registry'
      let resolved: string | undefined
      let version = written ? (pinnedVersion(written.replace(/\s+/g, '')) ?? null) : null
      if (typeof entry.git === 'string') {
        source = 'git'
        resolved = typeof entry.ref === 'string' ? `${entry.git}@${entry.ref}` : entry.git
      } else if (typeof entry.path === 'string') {
        source = 'path'
        resolved = entry.path
        const local = localProjectVersion(input, entry.path, name)
        if (local !== undefined) version = local
      } else if (typeof entry.file === 'string') {
        source = sourceOfUrl(entry.file)
        resolved = entry.file
      }
      const keyAt = new RegExp(`^\\s*["']?${escapeRegExp(name)}["']?\\s*=`, 'm').exec(input.text.slice(Math.max(header, 0)))
      const line = index.lineAt(keyAt ? Math.max(header, 0) + keyAt.index + keyAt[0].search(/\S/) : Math.max(header, 0))
      const extras = asArray(entry.extras).filter((extra): extra is string => typeof extra === 'string')
      const registry = typeof entry.index === 'string' ? indexes.get(entry.index) : undefined
      packages.push(
        pythonPackage({
          name,
          version,
          ...(version === null && source === 'registry' ? { declared: written ?? '*' } : {}),
          scope,
          direct: true,
          source,
          ...(resolved ? { resolved } : {}),
          ...(registry ? { index: registry } : {}),
          extras,
          ...(typeof entry.markers === 'string' ? { markers: entry.markers } : {}),
          path: input.path,
          line
        })
      )
    }
  }
  return { packages, edges: [], problems: [], declaredOnly: true }
}
