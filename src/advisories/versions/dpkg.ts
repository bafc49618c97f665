/**
 * Debian package versions, as dpkg orders them (dpkg `lib/dpkg/version.c`, Debian Policy 5.6.12):
 * `[epoch:]upstream[-revision]`; `~` sorts before everything, even the end of the string; letters before
 * other characters; digit runs numerically.
 */
import { compareDigits, sign, UnparseableVersion, type VersionScheme } from './types.js'

interface DebianVersion {
  epoch: string
  upstream: string
  revision: string
}

export function parseDebianVersion(text: string): DebianVersion {
  const version = text.trim()
  if (version === '' || /\s/.test(version)) throw new UnparseableVersion(text, 'Debian', 'empty or contains blanks')
  const colon = version.indexOf(':')
  let epoch = '0'
  let rest = version
  if (colon >= 0) {
    epoch = version.slice(0, colon)
    rest = version.slice(colon + 1)
    if (!/^\d+$/.test(epoch)) throw new UnparseableVersion(text, 'Debian', 'epoch is not a number')
  }
  const dash = rest.lastIndexOf('-')
  const upstream = dash >= 0 ? rest.slice(0, dash) : rest
  const revision = dash >= 0 ? rest.slice(dash + 1) : ''
  if (upstream === '') throw new UnparseableVersion(text, 'Debian', 'empty upstream version')
  if (dash >= 0 && revision === '') throw new UnparseableVersion(text, 'Debian', 'empty revision')
  if (!/^\d/.test(upstream)) throw new UnparseableVersion(text, 'Debian', 'upstream version does not start with a digit')
  if (!/^[A-Za-z0-9.+~:-]+$/.test(upstream)) throw new UnparseableVersion(text, 'Debian', 'invalid character in upstream version')
  if (!/^[A-Za-z0-9.+~]*$/.test(revision)) throw new UnparseableVersion(text, 'Debian', 'invalid character in revision')
  return { epoch, upstream, revision }
}

/** The weight of one character in a non-digit run; `undefined` is the end of the string. */
function weight(char: string | undefined): number {
  if (char === undefined) return 0
  if (char === '~') return -1
  const code = char.charCodeAt(0)
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return code
  return code + 256
}

const isDigit = (char: string | undefined): boolean => char !== undefined && char >= '0' && char <= '9'

/** dpkg's `verrevcmp`: alternate non-digit runs (by weight) and digit runs (numerically). */
export function compareDebianPart(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const x = weight(i < a.length && !isDigit(a[i]) ? a[i] : undefined)
      const y = weight(j < b.length && !isDigit(b[j]) ? b[j] : undefined)
      if (x !== y) return sign(x - y)
      if (i < a.length && !isDigit(a[i])) i++
      if (j < b.length && !isDigit(b[j])) j++
    }
    let start = i
    while (isDigit(a[i])) i++
    const x = a.slice(start, i)
    start = j
    while (isDigit(b[j])) j++
    const y = b.slice(start, j)
    const order = compareDigits(x, y)
    if (order !== 0) return order
  }
  return 0
}

export const dpkg: VersionScheme = {
  name: 'Debian',
  compare(a, b) {
    const x = parseDebianVersion(a)
    const y = parseDebianVersion(b)
    return compareDigits(x.epoch, y.epoch) || compareDebianPart(x.upstream, y.upstream) || compareDebianPart(x.revision, y.revision)
  }
}
