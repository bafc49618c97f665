/**
 * PHP `composer.json` without a `composer.lock` beside it (a library that does not commit its lock): what
 * it requires, never resolved. `require` is runtime, `require-dev` dev; platform requirements (`php`,
 * `ext-*`, `lib-*`, `composer-*`) are not packages. A constraint is `declared`; only an exact version
 * (`1.2.3`, `v1.2.3`, `=1.2.3`) is a version. Every entry is direct, located at its key's line. A package
 * that the `composer.lock` of a parent directory locks (a path repository of a monorepo) adds nothing: that
 * lock reads it.
 */
import { emptyOutcome, type Package, type ReadOutcome, type Scope } from '../model.js'
import { purlFor } from '../purl.js'
import { jsonErrorLine, jsonErrorMessage } from './json-error.js'
import { jsonMemberKeyLines, parentPrefixes } from './python-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'composer-json'
const PLATFORM = /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(-plugin-api|-runtime-api)?)$/i
const EXACT = /^=?v?(\d+(?:\.\d+){0,3}(?:-(?:alpha|beta|rc|RC|patch|pl|p)\.?\d*)?)$/

/** Whether a `composer.lock` of a parent directory names this package. */
function lockedAbove(input: ReaderInput, name: string): boolean {
  return parentPrefixes(input.path).some((up) => input.sibling(`${up}composer.lock`)?.includes(`"name": ${JSON.stringify(name)}`) === true)
}

export function read(input: ReaderInput): ReadOutcome {
  let document: unknown
  try {
    document = JSON.parse(input.text)
  } catch (error) {
    return emptyOutcome({ path: input.path, line: jsonErrorLine(input.text, error), format: FORMAT, message: `invalid JSON: ${jsonErrorMessage(error)}` })
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'not a composer.json: the file is not a JSON object' })
  }
  const own = (document as Record<string, unknown>).name
  if (typeof own === 'string' && lockedAbove(input, own)) return emptyOutcome()
  const lines = jsonMemberKeyLines(input.text)
  const packages: Package[] = []
  for (const [section, scope] of [
    ['require', 'runtime'],
    ['require-dev', 'dev']
  ] as Array<[string, Scope]>) {
    const requirements = (document as Record<string, unknown>)[section]
    // PHP writes an empty object as `[]`, which Composer accepts.
    if (requirements === undefined || (Array.isArray(requirements) && requirements.length === 0)) continue
    if (typeof requirements !== 'object' || requirements === null || Array.isArray(requirements)) {
      return emptyOutcome({ path: input.path, line: lines.get(`${section}\u0000`) ?? 1, format: FORMAT, message: `"${section}" is not an object` })
    }
    for (const [name, constraint] of Object.entries(requirements)) {
      if (PLATFORM.test(name) || !name.includes('/')) continue
      const written = typeof constraint === 'string' ? constraint.trim() : '*'
      const version = EXACT.exec(written)?.[1] ?? null
      const purl = version !== null ? purlFor('Packagist', name, version) : undefined
      packages.push({
        ecosystem: 'Packagist',
        name,
        version,
        ...(version === null ? { declared: written } : {}),
        ...(purl ? { purl } : {}),
        scope,
        direct: true,
        source: 'registry',
        location: { path: input.path, line: lines.get(`${section}\u0000${name}`) ?? 1 }
      })
    }
  }
  return { packages, edges: [], problems: [], declaredOnly: true }
}
