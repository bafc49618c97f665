/**
 * SPDX license expressions: what a license string is (a valid expression, "no license", "nothing known",
 * or text that is not an expression) and whether it passes an allow-list or hits a deny-list. Parsing is
 * `spdx-expression-parse`; allow-list matching is `spdx-satisfies` (ranges such as `GPL-2.0+` and
 * `-or-later`, `WITH` exceptions). Loaded lazily (by the licenses fact), never at start-up.
 */
import parse, { type SpdxLeaf, type SpdxNode } from 'spdx-expression-parse'
import satisfies from 'spdx-satisfies'
import { normalizeLicense } from './normalize.js'

export type LicenseClass =
  /** An SPDX expression, canonical (normalize.ts: case, legacy `/`, deprecated GNU ids, unambiguous spellings). */
  | { kind: 'valid'; expression: string }
  /** `NONE` (SPDX) or `UNLICENSED` (npm): the package grants no license. */
  | { kind: 'no-license'; raw: string }
  /** `NOASSERTION`, `OTHER`, `UNKNOWN` or empty: nothing is known (GitHub's graph gives these). */
  | { kind: 'no-assertion'; raw: string }
  /** Text that is not an SPDX expression (`BSD`, `Apache 2.0`, `SEE LICENSE IN LICENSE.md`). */
  | { kind: 'invalid'; raw: string; reason: string }

const NO_ASSERTION = new Set(['NOASSERTION', 'OTHER', 'UNKNOWN'])
const NO_LICENSE = new Set(['NONE', 'UNLICENSED'])

export function classifyLicense(text: string | null | undefined): LicenseClass {
  const raw = (text ?? '').trim()
  if (raw === '' || NO_ASSERTION.has(raw.toUpperCase())) return { kind: 'no-assertion', raw }
  if (NO_LICENSE.has(raw.toUpperCase())) return { kind: 'no-license', raw }
  if (/^SEE LICEN[CS]E IN /i.test(raw)) return { kind: 'invalid', raw, reason: 'the license is in a file of the package, not an SPDX expression' }
  const expression = normalizeLicense(raw)
  if (expression !== undefined) return { kind: 'valid', expression }
  try {
    parse(raw)
    return { kind: 'valid', expression: raw }
  } catch (error) {
    return { kind: 'invalid', raw, reason: `not an SPDX expression (${(error as Error).message})` }
  }
}

/** Whether `text` is one license the allow/deny lists accept: an id, `id+`, `id WITH exception`, `LicenseRef-…`. */
export function isSingleLicense(text: string): boolean {
  try {
    const node = parse(text)
    return !('conjunction' in node)
  } catch {
    return false
  }
}

/** Whether some choice the expression offers uses only allowed licenses. Throws when spdx-satisfies cannot compare. */
export function satisfiesAllow(expression: string, allow: string[]): boolean {
  return satisfies(expression, allow)
}

function leafText(leaf: SpdxLeaf): string {
  return `${leaf.license}${leaf.plus ? '+' : ''}${leaf.exception ? ` WITH ${leaf.exception}` : ''}`
}

/** The expression as choices (OR) of license sets (AND). */
function choices(node: SpdxNode): SpdxLeaf[][] {
  if (!('conjunction' in node)) return [[node]]
  const left = choices(node.left)
  const right = choices(node.right)
  if (node.conjunction === 'or') return [...left, ...right]
  return left.flatMap((a) => right.map((b) => [...a, ...b]))
}

/**
 * The denied licenses the expression cannot avoid: [] when some choice uses no denied license, else the
 * denied licenses of the choices (`MIT OR GPL-3.0-only` with GPL-3.0-only denied: [] — MIT can be chosen;
 * `MIT AND GPL-3.0-only`: ["GPL-3.0-only"]).
 */
export function deniedBy(expression: string, deny: string[]): string[] {
  const denied = new Set<string>()
  for (const choice of choices(parse(expression))) {
    const hits = choice.map(leafText).filter((leaf) => satisfies(leaf, deny))
    if (hits.length === 0) return []
    for (const hit of hits) denied.add(hit)
  }
  return [...denied]
}
