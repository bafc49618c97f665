/**
 * RPM versions, as rpm orders them (`rpmio/rpmvercmp.c`): `[epoch:]version[-release]`, each part split
 * into digit and letter segments (other characters separate), `~` before everything (even the end), `^`
 * after the end but before anything else, numeric segments newer than alphabetic ones.
 */
import { compareDigits, UnparseableVersion, type VersionScheme } from './types.js'

const isAlnum = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c)
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isAlpha = (c: string | undefined): boolean => c !== undefined && /[A-Za-z]/.test(c)

/** rpm's `rpmvercmp` on one part (version or release). */
export function rpmvercmp(a: string, b: string): number {
  if (a === b) return 0
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    while (i < a.length && !isAlnum(a[i]) && a[i] !== '~' && a[i] !== '^') i++
    while (j < b.length && !isAlnum(b[j]) && b[j] !== '~' && b[j] !== '^') j++
    if (a[i] === '~' || b[j] === '~') {
      if (a[i] !== '~') return 1
      if (b[j] !== '~') return -1
      i++
      j++
      continue
    }
    if (a[i] === '^' || b[j] === '^') {
      if (i >= a.length) return -1
      if (j >= b.length) return 1
      if (a[i] !== '^') return 1
      if (b[j] !== '^') return -1
      i++
      j++
      continue
    }
    if (!(i < a.length && j < b.length)) break
    const numeric = isDigit(a[i])
    const test = numeric ? isDigit : isAlpha
    let endA = i
    while (test(a[endA])) endA++
    let endB = j
    while (test(b[endB])) endB++
    if (endB === j) return numeric ? 1 : -1
    const x = a.slice(i, endA)
    const y = b.slice(j, endB)
    if (numeric) {
      const order = compareDigits(x, y)
      if (order !== 0) return order
    } else if (x !== y) {
      return x < y ? -1 : 1
    }
    i = endA
    j = endB
  }
  if (i >= a.length && j >= b.length) return 0
  return i >= a.length ? -1 : 1
}

interface Evr {
  epoch: string
  version: string
  release: string | null
}

export function parseEvr(text: string): Evr {
  const value = text.trim()
  if (value === '' || /\s/.test(value)) throw new UnparseableVersion(text, 'RPM', 'empty or contains blanks')
  const colon = value.indexOf(':')
  let epoch = '0'
  let rest = value
  if (colon >= 0) {
    epoch = value.slice(0, colon) || '0'
    rest = value.slice(colon + 1)
    if (!/^\d+$/.test(epoch)) throw new UnparseableVersion(text, 'RPM', 'epoch is not a number')
  }
  const dash = rest.lastIndexOf('-')
  const version = dash >= 0 ? rest.slice(0, dash) : rest
  const release = dash >= 0 ? rest.slice(dash + 1) : null
  if (version === '') throw new UnparseableVersion(text, 'RPM', 'empty version')
  return { epoch, version, release }
}

/**
 * Epoch, then version, then release, as rpm's version objects compare EVRs (`rpm.ver` in rpm's Lua,
 * `rpmverCmp`): a missing epoch is 0, and a missing release sorts before any release.
 */
export const rpm: VersionScheme = {
  name: 'RPM',
  compare(a, b) {
    const x = parseEvr(a)
    const y = parseEvr(b)
    const epoch = compareDigits(x.epoch, y.epoch)
    if (epoch !== 0) return epoch
    const version = rpmvercmp(x.version, y.version)
    if (version !== 0) return version
    if (x.release === null || y.release === null) return x.release === y.release ? 0 : x.release === null ? -1 : 1
    return rpmvercmp(x.release, y.release)
  }
}
