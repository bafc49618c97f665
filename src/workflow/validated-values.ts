/**
 * Shell variables a script checks against an allow-list and stops on when the check fails, before it uses
 * them (hand review, bench/hand-review.md, category A):
 *
 * - `[[ "$V" =~ ^[0-9]+$ ]] || exit 1` (also `|| { echo …; exit 1; }`);
 * - `if ! [[ "$V" =~ RE ]]; then … exit 1 … fi` and `if [[ ! "$V" =~ RE ]]; then … exit 1 … fi`;
 * - `case "$V" in a|b) … ;; *) … exit 1 ;; esac` where every other pattern is a plain word (no glob).
 *
 * After such a guard the value is one of a few words, or matches an anchored regular expression whose
 * characters cannot form shell syntax or a line break (letters, digits and `._/+:@,=-`); the taint tracker
 * takes it as narrowed. A regular expression that is not a literal in the script, is not anchored at both
 * ends, or lets other characters through (`.`, `[^…]`, `\s`, spaces, quotes) narrows nothing.
 */

export interface ValidatedVariable {
  name: string
  /** Offset in the script after which the value is narrowed. */
  end: number
}

const VAR = String.raw`"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?`
/** A regular expression operand of `=~`: unquoted (no spaces) or single/double-quoted. */
const RE = String.raw`('[^'\n]*'|"[^"\n]*"|[^\s'"]+)`
const FAILS = String.raw`(?:exit\s+[1-9]\d*|\{[^{}]*?\bexit\s+[1-9]\d*\s*;?\s*\})`

const SAFE_CLASS_CHAR = /^[A-Za-z0-9_./+:@,=-]$/
const SAFE_POSIX = new Set(['alnum', 'alpha', 'digit', 'lower', 'upper', 'xdigit'])
const SAFE_ESCAPE = /^\\[dw./+:@,=-]$/

/**
 * Whether an anchored regular expression only matches text made of letters, digits and `._/+:@,=-`.
 */
export function narrowingRegex(source: string): boolean {
  let re = source
  if ((re.startsWith("'") && re.endsWith("'")) || (re.startsWith('"') && re.endsWith('"'))) re = re.slice(1, -1)
  if (!re.startsWith('^') || !re.endsWith('$') || re.endsWith('\\$') || re.length < 3) return false
  const body = re.slice(1, -1)
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!
    if (c === '\\') {
      if (!SAFE_ESCAPE.test(body.slice(i, i + 2))) return false
      i += 1
      continue
    }
    if (c === '[') {
      if (body[i + 1] === '^') return false
      let j = i + 1
      if (body[j] === ']') return false
      for (; j < body.length && body[j] !== ']'; j += 1) {
        const d = body[j]!
        if (d === '[' && body[j + 1] === ':') {
          const close = body.indexOf(':]', j + 2)
          if (close === -1 || !SAFE_POSIX.has(body.slice(j + 2, close))) return false
          j = close + 1
          continue
        }
        if (d === '\\') {
          if (!SAFE_ESCAPE.test(body.slice(j, j + 2))) return false
          j += 1
          continue
        }
        if (!SAFE_CLASS_CHAR.test(d)) return false
      }
      if (j >= body.length) return false
      i = j
      continue
    }
    // Outside a class: literal safe characters, quantifiers, groups and alternation; no `.` (any character) or anchors.
    if (/[A-Za-z0-9_/:@,=-]/.test(c) || '+*?(){}|'.includes(c)) continue
    return false
  }
  return true
}

/** Whether a `case` pattern list (`a|b`, `"a"`) names only plain words. */
function plainPatterns(patterns: string): boolean {
  return patterns.split('|').every((pattern) => /^(?:[A-Za-z0-9_./+:@,=-]+|"[A-Za-z0-9_./+:@,= -]*"|'[A-Za-z0-9_./+:@,= -]*')$/.test(pattern.trim()))
}

function caseNarrows(body: string): boolean {
  let fallback = false
  for (const branch of body.split(';;')) {
    const match = /^\s*\(?\s*([^)]*?)\s*\)([\s\S]*)$/.exec(branch)
    if (!match) {
      if (branch.trim() === '') continue
      return false
    }
    if (match[1] === '*') {
      if (!new RegExp(String.raw`(?:^|[\s;{])exit\s+[1-9]`).test(match[2]!)) return false
      fallback = true
    } else if (!plainPatterns(match[1]!)) return false
  }
  return fallback
}

/** Variables a script validates (and stops on failure), with the offset where each guard ends. */
export function validatedVariables(script: string): ValidatedVariable[] {
  const out: ValidatedVariable[] = []
  const orExit = new RegExp(String.raw`\[\[\s+${VAR}\s+=~\s+${RE}\s+\]\]\s*\|\|\s*${FAILS}`, 'g')
  for (const match of script.matchAll(orExit)) {
    if (narrowingRegex(match[2]!)) out.push({ name: match[1]!, end: match.index + match[0].length })
  }
  const ifNot = new RegExp(
    String.raw`\bif\s+(?:!\s*\[\[\s+${VAR}\s+=~\s+${RE}\s+\]\]|\[\[\s+!\s+${VAR}\s+=~\s+${RE}\s+\]\])\s*;?\s*then\b([\s\S]*?)\bfi\b`,
    'g'
  )
  for (const match of script.matchAll(ifNot)) {
    const name = match[1] ?? match[3]!
    const re = match[2] ?? match[4]!
    const body = match[5]!.split(/\b(?:else|elif)\b/)[0]!
    if (/\bif\b/.test(body) || !new RegExp(String.raw`(?:^|[\s;{])exit\s+[1-9]`).test(body)) continue
    if (narrowingRegex(re)) out.push({ name, end: match.index + match[0].length })
  }
  // `if [[ -z "$V" || ! "$V" =~ RE ]]; then … exit 1 … fi`: any `||` part holding stops, so passing needs the match.
  const ifAny = /\bif\s+\[\[\s([\s\S]*?)\s\]\]\s*;?\s*then\b([\s\S]*?)\bfi\b/g
  for (const match of script.matchAll(ifAny)) {
    const test = match[1]!
    if (test.includes('&&') || !/\|\|/.test(test)) continue
    const body = match[2]!.split(/\b(?:else|elif)\b/)[0]!
    if (/\bif\b/.test(body) || !new RegExp(String.raw`(?:^|[\s;{])exit\s+[1-9]`).test(body)) continue
    for (const part of test.split('||')) {
      const negated = new RegExp(String.raw`^!\s+${VAR}\s+=~\s+${RE}$`).exec(part.trim())
      if (negated && narrowingRegex(negated[2]!)) out.push({ name: negated[1]!, end: match.index + match[0].length })
    }
  }
  const cases = new RegExp(String.raw`\bcase\s+${VAR}\s+in\b([\s\S]*?)\besac\b`, 'g')
  for (const match of script.matchAll(cases)) {
    if (caseNarrows(match[2]!)) out.push({ name: match[1]!, end: match.index + match[0].length })
  }
  return out.sort((a, b) => a.end - b.end)
}
