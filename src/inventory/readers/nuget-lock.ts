/**
 * .NET `packages.lock.json` (NuGet lock file, https://learn.microsoft.com/nuget/consume-packages/package-references-in-project-files#locking-dependencies):
 * `dependencies` per target framework (and runtime identifier, `net8.0/win-x64`), each package with `type`
 * `Direct`, `Transitive`, `CentralTransitive` (pinned by central package management) or `Project` (another
 * project of the solution: workspace), `resolved` version, `contentHash` (base64 SHA-512) and its own
 * `dependencies` (the edges). Frameworks are merged: one package per name and version, direct if any
 * framework names it directly. The file says nothing about dev-only packages (analyzers, build tools are
 * `Direct` too), so the scope is unknown.
 */
import { emptyOutcome, type Edge, type Package, type ReadOutcome } from '../model.js'
import { packageKey } from '../model.js'
import { purlFor } from '../purl.js'
import { jsonErrorLine, jsonErrorMessage } from './json-error.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'nuget-lock'

type Table = Record<string, unknown>
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)

function problem(path: string, message: string, line: number): ReadOutcome {
  return emptyOutcome({ path, line, format: FORMAT, message })
}

export function read(input: ReaderInput): ReadOutcome {
  let document: unknown
  try {
    document = JSON.parse(input.text)
  } catch (error) {
    return problem(input.path, `invalid JSON: ${jsonErrorMessage(error)}`, jsonErrorLine(input.text, error))
  }
  if (!isTable(document) || !isTable(document.dependencies)) return problem(input.path, 'packages.lock.json without a "dependencies" object', 1)
  const text = input.text
  let offset = 0
  let line = 1
  /** The line of the next `"key": {` (keys come in text order; a dependency's `"key": "1.0"` is not it). */
  const keys = /"((?:[^"\\]|\\.)*)"\s*:\s*\{/g
  const locate = (key: string): number => {
    keys.lastIndex = offset
    for (let match = keys.exec(text); match; match = keys.exec(text)) {
      if (JSON.parse(`"${match[1]}"`) !== key) continue
      for (let index = text.indexOf('\n', offset); index >= 0 && index < match.index; index = text.indexOf('\n', index + 1)) line++
      offset = match.index + match[0].length
      return line
    }
    return line
  }

  const packages = new Map<string, Package>()
  const edgeKeys = new Set<string>()
  const edges: Edge[] = []
  for (const [framework, entries] of Object.entries(document.dependencies)) {
    const frameworkLine = locate(framework)
    if (!isTable(entries)) return problem(input.path, `target "${framework}" is not an object`, frameworkLine)
    const here = new Map<string, Package>()
    const children: [Package, string[]][] = []
    for (const [name, entry] of Object.entries(entries)) {
      const entryLine = locate(name)
      if (!isTable(entry) || typeof entry.type !== 'string') return problem(input.path, `"${name}" in "${framework}" has no type`, entryLine)
      const isProject = entry.type === 'Project'
      const version = typeof entry.resolved === 'string' ? entry.resolved : null
      if (!isProject && version === null) return problem(input.path, `"${name}" in "${framework}" has no resolved version`, entryLine)
      const id = `${name.toLowerCase()}@${version ?? ''}`
      let pkg = packages.get(id)
      if (!pkg) {
        pkg = {
          ecosystem: 'NuGet',
          name,
          version,
          purl: purlFor('NuGet', name, version),
          scope: isProject ? 'runtime' : 'unknown',
          direct: entry.type === 'Direct' || isProject,
          source: isProject ? 'workspace' : 'registry',
          ...(typeof entry.contentHash === 'string' ? { hashes: [`sha512-${entry.contentHash}`] } : {}),
          location: { path: input.path, line: entryLine }
        }
        packages.set(id, pkg)
      } else if (entry.type === 'Direct') pkg.direct = true
      here.set(name.toLowerCase(), pkg)
      children.push([pkg, Object.keys(isTable(entry.dependencies) ? entry.dependencies : {})])
    }
    for (const [pkg, names] of children) {
      for (const name of names) {
        const target = here.get(name.toLowerCase())
        if (!target) continue
        const edge = { from: packageKey(pkg), to: packageKey(target) }
        const key = `${edge.from}\u0001${edge.to}`
        if (!edgeKeys.has(key)) {
          edgeKeys.add(key)
          edges.push(edge)
        }
      }
    }
  }
  return { packages: [...packages.values()], edges, problems: [] }
}
