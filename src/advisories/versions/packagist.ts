/**
 * Packagist (Composer) versions: a leading `v` dropped, `-`, `_` and `+` read as `.`, a `.` put between
 * digits and letters, then PHP's `version_compare` order: numbers numerically, and the special forms
 * dev < alpha = a < beta = b < RC = rc < (a number) < pl = p; any other word sorts before `dev`.
 */
import { compareDigits, UnparseableVersion, type VersionScheme } from './types.js'

export function canonicalPackagist(version: string): string[] {
  const text = version
    .trim()
    .replace(/^[vV]/, '')
    .replace(/[-_+]/g, '.')
    .replace(/([^\d.])(\d)/g, '$1.$2')
    .replace(/(\d)([^\d.])/g, '$1.$2')
  if (text === '' || /\s/.test(text)) throw new UnparseableVersion(version, 'Packagist')
  return text.split('.').filter((part) => part !== '')
}

const SPECIAL: Array<[string, number]> = [
  ['dev', 0],
  ['alpha', 1],
  ['a', 1],
  ['beta', 2],
  ['b', 2],
  ['RC', 3],
  ['rc', 3],
  ['#', 4],
  ['pl', 5],
  ['p', 5]
]

/** PHP's `compare_special_version_forms`: the first form the part starts with, -6 for none. */
function specialOrder(part: string): number {
  for (const [form, order] of SPECIAL) if (part.startsWith(form)) return order
  return -6
}

const isNumber = (part: string): boolean => /^\d+$/.test(part)

function comparePart(a: string, b: string): number {
  if (isNumber(a) && isNumber(b)) return compareDigits(a, b)
  return Math.sign(specialOrder(isNumber(a) ? '#' : a) - specialOrder(isNumber(b) ? '#' : b))
}

export const packagist: VersionScheme = {
  name: 'Packagist',
  compare(left, right) {
    const a = canonicalPackagist(left)
    const b = canonicalPackagist(right)
    const shared = Math.min(a.length, b.length)
    for (let i = 0; i < shared; i++) {
      const order = comparePart(a[i]!, b[i]!)
      if (order !== 0) return order
    }
    // The longer version against what PHP pads with: a number makes it newer, a word is compared with `#`.
    if (a.length > shared) return isNumber(a[shared]!) ? 1 : comparePart(a[shared]!, '#')
    if (b.length > shared) return isNumber(b[shared]!) ? -1 : -comparePart(b[shared]!, '#')
    return 0
  }
}
