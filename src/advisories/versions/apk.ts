/**
 * Alpine package versions, as apk-tools orders them (`src/version.c`): `digit{.digit}…{letter}{_suffix{N}}…
 * {~hash}{-rN}`. Tokens are compared while their kinds match; where the kinds differ, a pre-release suffix
 * makes its side older, otherwise the side whose next token comes later in the grammar is older
 * (`1.0_alpha` < `1.0` < `1.0-r1` < `1.0_p1`). A number after the first with a leading zero compares as text
 * (the Gentoo rule apk follows: `1.01` < `1.1`, `8.2.0` < `8.2.001`).
 */
import { compareDigits, UnparseableVersion, type VersionScheme } from './types.js'

const enum Kind {
  Digit = 1,
  Letter = 2,
  Suffix = 3,
  SuffixNumber = 4,
  Hash = 5,
  Revision = 6,
  End = 7
}

interface Token {
  kind: Kind
  text: string
  /** Position among the digit components (0 for the first). */
  index?: number
}

const PRE = ['alpha', 'beta', 'pre', 'rc']
const POST = ['cvs', 'svn', 'git', 'hg', 'p']
/** Pre-release suffixes rank below "no suffix" (0), post-release ones above. */
function suffixRank(name: string): number {
  const pre = PRE.indexOf(name)
  return pre >= 0 ? pre - PRE.length : POST.indexOf(name) + 1
}

const GRAMMAR = /^(\d+(?:\.\d+)*)([a-z])?((?:_(?:alpha|beta|pre|rc|cvs|svn|git|hg|p)\d*)*)(?:~([0-9a-f]+))?(?:-r(\d+))?$/

/**
 * Two spellings apk itself refuses but Alpine's secfixes use and osv.dev's ALPINE records keep (its converter
 * accepts them, google/osv.dev `vulnfeeds/cmd/converters/alpine/verify.go`), read the way osv.dev orders them
 * (`osv/third_party/univers/alpine.py`): a patch suffix without its underscore (`6.6.2p1-r0` is `6.6.2_p1-r0`)
 * and a revision after a dot (`0.8.21.r2` is `0.8.21-r2`).
 */
function advisorySpelling(text: string): string {
  return text.replace(/(\d)(p\d+)/, '$1_$2').replace(/\.r(\d+)$/, '-r$1')
}

export function tokenizeApkVersion(text: string): Token[] {
  const match = GRAMMAR.exec(text.trim()) ?? GRAMMAR.exec(advisorySpelling(text.trim()))
  if (!match) throw new UnparseableVersion(text, 'Alpine')
  const tokens: Token[] = match[1]!.split('.').map((digits, index) => ({ kind: Kind.Digit, text: digits, index }))
  if (match[2]) tokens.push({ kind: Kind.Letter, text: match[2] })
  for (const suffix of match[3]!.matchAll(/_([a-z]+)(\d*)/g)) {
    tokens.push({ kind: Kind.Suffix, text: suffix[1]! })
    if (suffix[2]) tokens.push({ kind: Kind.SuffixNumber, text: suffix[2] })
  }
  if (match[4]) tokens.push({ kind: Kind.Hash, text: match[4] })
  if (match[5]) tokens.push({ kind: Kind.Revision, text: match[5] })
  tokens.push({ kind: Kind.End, text: '' })
  return tokens
}

function compareTokens(a: Token, b: Token): number {
  switch (a.kind) {
    case Kind.Digit:
      if ((a.index ?? 0) > 0 && (a.text.startsWith('0') || b.text.startsWith('0'))) {
        const x = a.text.replace(/0+$/, '')
        const y = b.text.replace(/0+$/, '')
        return x < y ? -1 : x > y ? 1 : 0
      }
      return compareDigits(a.text, b.text)
    case Kind.Suffix:
      return Math.sign(suffixRank(a.text) - suffixRank(b.text))
    case Kind.SuffixNumber:
    case Kind.Revision:
      return compareDigits(a.text, b.text)
    default:
      return a.text < b.text ? -1 : a.text > b.text ? 1 : 0
  }
}

export const apk: VersionScheme = {
  name: 'Alpine',
  compare(left, right) {
    const a = tokenizeApkVersion(left)
    const b = tokenizeApkVersion(right)
    for (let i = 0; ; i++) {
      const x = a[i]!
      const y = b[i]!
      if (x.kind !== y.kind) {
        if (x.kind === Kind.Suffix && suffixRank(x.text) < 0) return -1
        if (y.kind === Kind.Suffix && suffixRank(y.text) < 0) return 1
        return x.kind > y.kind ? -1 : 1
      }
      if (x.kind === Kind.End) return 0
      const order = compareTokens(x, y)
      if (order !== 0) return order
    }
  }
}
