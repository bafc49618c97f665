/**
 * Maven versions, as Maven 3's `ComparableVersion` orders them: items split at `.`, `-` and digit/letter
 * transitions (a `-` or a transition opens a sub-list), numbers numerically, well-known qualifiers in the
 * order alpha < beta < milestone < rc < snapshot < (release) < sp < any other (text order), trailing
 * "zero" items dropped. Tested against Maven's own jar (see the test).
 */
import { compareDigits, type VersionScheme } from './types.js'

type Item = { type: 'int'; value: string } | { type: 'string'; value: string } | { type: 'list'; items: Item[] }

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp']
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' }
const RELEASE_INDEX = String(QUALIFIERS.indexOf(''))

function stringItem(value: string, followedByDigit: boolean): Item {
  let text = value
  if (followedByDigit && text.length === 1) text = text === 'a' ? 'alpha' : text === 'b' ? 'beta' : text === 'm' ? 'milestone' : text
  return { type: 'string', value: ALIASES[text] ?? text }
}

function comparableQualifier(qualifier: string): string {
  const index = QUALIFIERS.indexOf(qualifier)
  return index === -1 ? `${QUALIFIERS.length}-${qualifier}` : String(index)
}

function parseItem(isDigit: boolean, text: string): Item {
  return isDigit ? { type: 'int', value: text.replace(/^0+(?=\d)/, '') } : stringItem(text, false)
}

function isNull(item: Item): boolean {
  if (item.type === 'int') return /^0+$/.test(item.value)
  if (item.type === 'string') return comparableQualifier(item.value) === RELEASE_INDEX
  return item.items.length === 0
}

function normalize(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const last = list[i]!
    if (isNull(last)) list.splice(i, 1)
    else if (last.type !== 'list') break
  }
}

export function parseMavenVersion(version: string): Item {
  const text = version.toLowerCase()
  const main: Item & { type: 'list' } = { type: 'list', items: [] }
  let list = main
  const stack = [main]
  let isDigit = false
  let start = 0
  const open = (): void => {
    const next: Item & { type: 'list' } = { type: 'list', items: [] }
    list.items.push(next)
    list = next
    stack.push(next)
  }
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (c === '.') {
      list.items.push(i === start ? { type: 'int', value: '0' } : parseItem(isDigit, text.slice(start, i)))
      start = i + 1
    } else if (c === '-') {
      list.items.push(i === start ? { type: 'int', value: '0' } : parseItem(isDigit, text.slice(start, i)))
      start = i + 1
      open()
    } else if (c >= '0' && c <= '9') {
      if (!isDigit && i > start) {
        // A qualifier after a dot is read as one after a hyphen (`1.0.0.x1` as `1.0.0-x1`).
        if (list.items.length > 0) open()
        list.items.push(stringItem(text.slice(start, i), true))
        start = i
        open()
      }
      isDigit = true
    } else {
      if (isDigit && i > start) {
        list.items.push(parseItem(true, text.slice(start, i)))
        start = i
        open()
      }
      isDigit = false
    }
  }
  if (text.length > start) {
    if (!isDigit && list.items.length > 0) open()
    list.items.push(parseItem(isDigit, text.slice(start)))
  }
  while (stack.length > 0) normalize(stack.pop()!.items)
  return main
}

/** `a` against `b`, where `b` may be absent (the padding Maven compares a longer list with). */
function compareItem(a: Item, b: Item | null): number {
  if (a.type === 'int') {
    if (b === null) return isNull(a) ? 0 : 1
    return b.type === 'int' ? compareDigits(a.value, b.value) : 1
  }
  if (a.type === 'string') {
    if (b === null) return Math.sign(compareText(comparableQualifier(a.value), RELEASE_INDEX))
    if (b.type === 'int' || b.type === 'list') return -1
    return Math.sign(compareText(comparableQualifier(a.value), comparableQualifier(b.value)))
  }
  if (b === null) return a.items.length === 0 ? 0 : compareItem(a.items[0]!, null)
  if (b.type === 'int') return -1
  if (b.type === 'string') return 1
  const length = Math.max(a.items.length, b.items.length)
  for (let i = 0; i < length; i++) {
    const left = a.items[i] ?? null
    const right = b.items[i] ?? null
    const result = left === null ? (right === null ? 0 : -compareItem(right, left)) : compareItem(left, right)
    if (result !== 0) return result
  }
  return 0
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Maven's canonical form, for messages and tests (`1.0-alpha1` → `1-alpha-1`). */
export function canonicalMaven(version: string): string {
  const render = (item: Item): string =>
    item.type === 'list' ? item.items.map((child, i) => (i === 0 ? '' : child.type === 'list' ? '-' : '.') + render(child)).join('') : item.value
  return render(parseMavenVersion(version))
}

export const maven: VersionScheme = {
  name: 'Maven',
  compare(a, b) {
    return compareItem(parseMavenVersion(a), parseMavenVersion(b))
  }
}
