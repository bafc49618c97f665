/**
 * PHP `composer.lock`: `packages` ship (runtime), `packages-dev` are for development (dev). Each entry
 * carries its `license` (an array: alternatives, so an SPDX OR-expression), its `source` (git/hg/svn with
 * a reference) and `dist` (zip/path…), and `require` (the edges; platform packages `php`, `ext-*`, `lib-*`,
 * `composer-*` are not packages). `dev-main`-style versions are kept as written. Direct = named in the
 * `require`/`require-dev` of `composer.json` beside the lockfile (unknown without it).
 */
import { emptyOutcome, type Edge, type Package, type PackageSource, type ReadOutcome } from '../model.js'
import { packageKey } from '../model.js'
import { purlFor } from '../purl.js'
import { jsonErrorLine, jsonErrorMessage } from './json-error.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'composer-lock'

type Table = Record<string, unknown>
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)
const PLATFORM = /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(-plugin-api|-runtime-api)?)$/i

/** Alternatives of a composer `license` array as one SPDX expression. */
export function licenseExpression(license: unknown): string | undefined {
  const list = (Array.isArray(license) ? license : [license])
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => item.trim())
  if (list.length === 0) return undefined
  if (list.length === 1) return list[0]
  return list.map((item) => (/\s/.test(item) ? `(${item})` : item)).join(' OR ')
}

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
  if (!isTable(document)) return problem(input.path, 'composer.lock is not a JSON object', 1)
  let direct: Set<string> | undefined
  const manifestText = input.sibling('composer.json')
  if (manifestText !== undefined) {
    try {
      const manifest = JSON.parse(manifestText) as Table
      direct = new Set(
        [
          ...Object.keys(isTable(manifest.require) ? manifest.require : {}),
          ...Object.keys(isTable(manifest['require-dev']) ? manifest['require-dev'] : {})
        ].map((name) => name.toLowerCase())
      )
    } catch {
      direct = undefined
    }
  }

  const packages: Package[] = []
  const requires: string[][] = []
  const byName = new Map<string, Package>()
  // Entry lines: each package's own "name" follows the previous one in the text.
  let offset = 0
  let line = 1
  const names = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/g
  const locate = (name: string): number => {
    names.lastIndex = offset
    for (let match = names.exec(input.text); match; match = names.exec(input.text)) {
      if (JSON.parse(`"${match[1]}"`) !== name) continue
      for (let index = input.text.indexOf('\n', offset); index >= 0 && index < match.index; index = input.text.indexOf('\n', index + 1)) line++
      offset = match.index + match[0].length
      return line
    }
    return line
  }
  for (const [key, scope] of [
    ['packages', 'runtime'],
    ['packages-dev', 'dev']
  ] as const) {
    const list = document[key] ?? []
    if (!Array.isArray(list)) return problem(input.path, `"${key}" is not an array`, 1)
    for (const entry of list) {
      if (!isTable(entry) || typeof entry.name !== 'string' || typeof entry.version !== 'string') {
        return problem(
          input.path,
          `an entry of "${key}" without a string name and version`,
          locate(isTable(entry) && typeof entry.name === 'string' ? entry.name : '\u0000')
        )
      }
      const source = isTable(entry.source) ? entry.source : undefined
      const dist = isTable(entry.dist) ? entry.dist : undefined
      let kind: PackageSource = 'registry'
      let resolved: string | undefined
      if (dist?.type === 'path') {
        kind = 'path'
        resolved = typeof dist.url === 'string' ? dist.url : undefined
      } else if (entry['notification-url'] === undefined && source && ['git', 'hg', 'svn', 'fossil'].includes(String(source.type))) {
        // A VCS repository of composer.json's "repositories", not a registry (Packagist adds notification-url).
        kind = 'git'
        resolved = typeof source.url === 'string' ? `${source.url}${typeof source.reference === 'string' ? `#${source.reference}` : ''}` : undefined
      }
      const shasum = typeof dist?.shasum === 'string' && dist.shasum !== '' ? dist.shasum : undefined
      const license = licenseExpression(entry.license)
      const pkg: Package = {
        ecosystem: 'Packagist',
        name: entry.name,
        version: entry.version,
        purl: purlFor('Packagist', entry.name, entry.version),
        scope,
        direct: direct ? direct.has(entry.name.toLowerCase()) : null,
        source: kind,
        ...(resolved !== undefined ? { resolved } : {}),
        ...(shasum ? { hashes: [`sha1:${shasum}`] } : {}),
        ...(license ? { license } : {}),
        location: { path: input.path, line: locate(entry.name) }
      }
      packages.push(pkg)
      requires.push(Object.keys(isTable(entry.require) ? entry.require : {}).filter((name) => !PLATFORM.test(name)))
      byName.set(entry.name.toLowerCase(), pkg)
      // A package that replaces or provides another satisfies requirements of that name.
      for (const field of ['replace', 'provide']) {
        for (const other of Object.keys(isTable(entry[field]) ? (entry[field] as Table) : {})) {
          if (!byName.has(other.toLowerCase())) byName.set(other.toLowerCase(), pkg)
        }
      }
    }
  }
  const edges: Edge[] = []
  packages.forEach((pkg, index) => {
    const from = packageKey(pkg)
    for (const name of requires[index] ?? []) {
      const target = byName.get(name.toLowerCase())
      if (target) edges.push({ from, to: packageKey(target) })
    }
  })
  return { packages, edges, problems: [] }
}
