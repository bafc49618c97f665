/**
 * What a step's output can hold when a script narrows attacker text before setting it: a regular
 * expression whose match (or capture group) can only hold word characters, digits and `._-/:@,=+`
 * (`body.match(/^\/deploy ([\w-]+)$/)[1]`, `grep -oE '[0-9]+'`, `.replace(/[^0-9]/g, '')`, `tr -dc '0-9'`)
 * holds no shell or JavaScript syntax (`restricted`); a JSON encoding (`JSON.stringify(list)`, `jq -c`) is
 * structured text, not free text (`json`). Used by the taint tracker (analysis.ts).
 */
import { escapeRegExp } from './text.js'

export type OutputShape = 'restricted' | 'json'

/** Characters that cannot start code in a shell or a JavaScript string. */
const SAFE_CHAR = /^[A-Za-z0-9_.\-/:@,=+%]$/

/** Whether a character class body (between `[` and `]`) lists only safe characters. */
function safeClass(body: string): boolean {
  if (body.startsWith('^')) return false
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!
    if (c === '\\') {
      const next = body[i + 1] ?? ''
      i += 1
      if (next === 'd' || next === 'w' || /^[._\-/:@,=+%]$/.test(next)) continue
      return false
    }
    if (c === '[' && body.startsWith('[:', i)) {
      const end = body.indexOf(':]', i)
      if (end === -1 || !/^\[:(alnum|alpha|digit|upper|lower|xdigit):\]$/.test(body.slice(i, end + 2))) return false
      i = end + 1
      continue
    }
    if (!SAFE_CHAR.test(c)) return false
  }
  return true
}

/** The index of the `]` closing the class that opens at `open` (POSIX `[:digit:]` and escapes skipped), or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i += 1) {
    if (source[i] === '\\') i += 1
    else if (source.startsWith('[:', i)) {
      const end = source.indexOf(':]', i + 2)
      if (end === -1) return -1
      i = end + 1
    } else if (source[i] === ']' && i > open + 1) return i
  }
  return -1
}

/** Whether everything a pattern (or a part of one) can match is safe. */
export function safePattern(source: string): boolean {
  if (source === '') return false
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i]!
    if (c === '\\') {
      const next = source[i + 1] ?? ''
      i += 1
      if (next === 'd' || next === 'w' || next === 'b' || /^[._\-/:@,=+%]$/.test(next)) continue
      return false
    }
    if (c === '[') {
      const end = classEnd(source, i)
      if (end === -1 || !safeClass(source.slice(i + 1, end))) return false
      i = end
      continue
    }
    if (c === '(' && source.startsWith('(?:', i)) {
      i += 2
      continue
    }
    if ('()|^$+*?'.includes(c)) continue
    // `.` matches any character
    if (c === '.') return false
    if (c === '{') {
      const end = source.indexOf('}', i)
      if (end === -1 || !/^\{\d*,?\d*\}$/.test(source.slice(i, end + 1))) return false
      i = end
      continue
    }
    if (!SAFE_CHAR.test(c)) return false
  }
  return true
}

/** The text of capture group `group` of a pattern (0: the whole pattern), or null. */
function captureGroup(source: string, group: number): string | null {
  if (group === 0) return source
  let count = 0
  for (let i = 0; i < source.length; i += 1) {
    if (source[i] === '\\') {
      i += 1
      continue
    }
    if (source[i] !== '(' || source.startsWith('(?', i)) continue
    count += 1
    if (count !== group) continue
    let depth = 0
    for (let j = i; j < source.length; j += 1) {
      if (source[j] === '\\') j += 1
      else if (source[j] === '(') depth += 1
      else if (source[j] === ')' && (depth -= 1) === 0) return source.slice(i + 1, j)
    }
    return null
  }
  return null
}

const JS_REGEX = String.raw`\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/[dgimsuy]*`

/** The shape of one JavaScript value expression, looking up a variable it indexes in `script`. */
function jsValueShape(value: string, script: string): OutputShape | null {
  const v = value.trim()
  if (/^JSON\.stringify\(/.test(v)) return 'json'
  // `x.replace(/[^0-9]/g, '')`: everything outside a safe class removed.
  const removed = new RegExp(String.raw`\.replace(?:All)?\(\s*\/\[\^((?:[^\]\\]|\\.)*)\]\+?\/g[a-z]*\s*,\s*(['"\x60])\2\s*\)\s*$`).exec(v)
  if (removed && safeClass(removed[1]!)) return 'restricted'
  // `m[1]`, `m?.[1]`, `(x.match(/re/) || [])[1]`, `/re/.exec(x)[1]`: a capture of a safe pattern.
  const inline = new RegExp(String.raw`(?:\.match\(\s*${JS_REGEX}\s*\)|${JS_REGEX}\.exec\([^)]*\))(?:\s*\|\|\s*\[\s*\]\s*\))?\s*(?:\?\.)?\[(\d+)\]$`).exec(v)
  if (inline) {
    const group = captureGroup(inline[1] ?? inline[2]!, Number(inline[3]))
    return group !== null && safePattern(group) ? 'restricted' : null
  }
  const indexed = /^([A-Za-z_$][\w$]*)(?:\?\.)?\[(\d+)\]$/.exec(v)
  if (!indexed) return null
  const assignment = new RegExp(
    String.raw`(?:const|let|var)\s+${escapeRegExp(indexed[1]!)}\s*=\s*(?:[^;\n]*\.match\(\s*${JS_REGEX}\s*\)|${JS_REGEX}\.exec\()`
  ).exec(script)
  if (!assignment) return null
  const group = captureGroup(assignment[1] ?? assignment[2]!, Number(indexed[2]))
  return group !== null && safePattern(group) ? 'restricted' : null
}

/** The text of a call's argument that starts at `from`, up to the `,` or `)` that ends it; null if unbalanced. */
export function callArgument(text: string, from: number): string | null {
  let depth = 0
  let quote: string | null = null
  for (let i = from; i < text.length; i += 1) {
    const c = text[i]!
    if (quote) {
      if (c === '\\') i += 1
      else if (c === quote) quote = null
      continue
    }
    if (c === "'" || c === '"' || c === '`') quote = c
    else if (c === '/' && /[(,=:]\s*$/.test(text.slice(from, i))) {
      // a regular expression literal: skip to its end
      const match = new RegExp(JS_REGEX, 'y')
      match.lastIndex = i
      if (match.exec(text)) i = match.lastIndex - 1
    } else if (c === '(' || c === '[' || c === '{') depth += 1
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return text.slice(from, i)
      depth -= 1
    } else if (c === ',' && depth === 0) return text.slice(from, i)
  }
  return null
}

/**
 * The shape of every value an `actions/github-script` script sets as output `name` (`core.setOutput`):
 * `restricted` when all are, `json` when all are JSON or restricted, null otherwise or when it never sets it.
 */
export function scriptOutputShape(script: string, name: string): OutputShape | null {
  const setter = new RegExp(String.raw`core\.setOutput\(\s*(['"\x60])` + escapeRegExp(name) + String.raw`\1\s*,`, 'gi')
  let shape: OutputShape | null = null
  for (const match of script.matchAll(setter)) {
    const value = callArgument(script, (match.index ?? 0) + match[0].length)
    const one = value === null ? null : jsValueShape(value, script)
    if (!one) return null
    shape = shape === 'json' || one === 'json' ? 'json' : 'restricted'
  }
  return shape
}

/**
 * The shape of a shell value (an assignment's right side, or a `name=value >> $GITHUB_OUTPUT` command):
 * `restricted` when the text expanded is the output of `grep -o` with a safe pattern or of `tr -dc`/`tr -cd`
 * keeping a safe class, `json` when it is `jq -c`/`jq -R … -c` output or `toJSON`; null otherwise.
 */
export function shellValueShape(text: string): OutputShape | null {
  const grep = /\|\s*grep\s+(?:-[A-Za-z]*\s+)*?-[A-Za-z]*o[A-Za-z]*\s+(?:-[A-Za-z]+\s+)*(?:'([^']*)'|"([^"$`\\]*)")\s*\)/.exec(text)
  if (grep && safePattern(grep[1] ?? grep[2]!)) return 'restricted'
  const tr = /\|\s*tr\s+-(?:dc|cd)\s+(?:'([^']*)'|"([^"$`\\]*)"|([\w:[\]-]+))\s*\)/.exec(text)
  if (tr && safeClass(tr[1] ?? tr[2] ?? tr[3]!)) return 'restricted'
  if (/\|\s*jq\s+(?:-[A-Za-z]+\s+)*-[A-Za-z]*c[A-Za-z]*\b[^|)]*\)/.test(text)) return 'json'
  return null
}
