/**
 * A one-pass reader for the YAML subset lockfile tools write (pnpm): block mappings and sequences indented
 * by spaces, plain, single- and double-quoted scalars, and one-line flow maps and sequences of scalars.
 * Every scalar stays a string (as js-yaml's failsafe schema would). It returns undefined at the first line
 * outside that subset (anchors, block scalars, multi-line flows, several documents, tabs…): the caller then
 * uses js-yaml, which reads everything and names the line of a real syntax error. It also records the line of
 * each second-level key (`packages:` → `  name@1.0.0:`), which is where a lockfile's entries start.
 */
import { closingDoubleQuote, unquoteDoubleQuoted } from './js-common.js'

export interface SimpleYaml {
  value: Record<string, unknown>
  /** `${top-level key}\u0000${second-level key}` → 1-based line. */
  lines: Map<string, number>
}

interface Frame {
  /** Indentation of this container's lines. */
  indent: number
  container: Record<string, unknown> | unknown[]
  /** The top-level key this container sits under ('' for the root). */
  top: string
  depth: number
}

export function readSimpleYaml(text: string): SimpleYaml | undefined {
  const root: Record<string, unknown> = {}
  const lines = new Map<string, number>()
  const stack: Frame[] = [{ indent: 0, container: root, top: '', depth: 0 }]
  let pending: { parent: Record<string, unknown>; key: string; indent: number; top: string; depth: number } | undefined
  let line = 0
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    line++
    let stop = end
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--
    let at = start
    while (at < stop && text.charCodeAt(at) === 32) at++
    const next = end + 1
    if (at === stop || text.charCodeAt(at) === 35) {
      start = next
      continue
    }
    const first = text.charCodeAt(at)
    if (first === 9) return undefined
    const indent = at - start
    // document markers and directives: leave them to js-yaml
    if (indent === 0 && (first === 45 || first === 37) && (text.startsWith('---', at) || text.startsWith('...', at) || first === 37)) return undefined
    const item = first === 45 && (at + 1 === stop || text.charCodeAt(at + 1) === 32)
    if (pending) {
      if (indent > pending.indent || (item && indent === pending.indent)) {
        const container: Record<string, unknown> | unknown[] = item ? [] : {}
        pending.parent[pending.key] = container
        stack.push({ indent, container, top: pending.top, depth: pending.depth + 1 })
      } else {
        pending.parent[pending.key] = null
      }
      pending = undefined
    }
    while (stack.length > 1 && (stack[stack.length - 1] as Frame).indent > indent) stack.pop()
    const frame = stack[stack.length - 1] as Frame
    if (frame.indent !== indent) return undefined
    if (item) {
      if (!Array.isArray(frame.container)) return undefined
      const value = scalar(text, at + 2, stop)
      if (value === undefined || (value !== null && typeof value === 'object')) return undefined
      frame.container.push(value)
      start = next
      continue
    }
    if (Array.isArray(frame.container)) return undefined
    // the key
    let key: string | undefined
    let rest: number
    if (first === 39 || first === 34) {
      const close = first === 39 ? closingSingle(text, at, stop) : closingDoubleQuote(text, at, stop)
      if (close === -1 || text.charCodeAt(close + 1) !== 58) return undefined
      key = first === 39 ? text.slice(at + 1, close).replaceAll("''", "'") : unquoteDoubleQuoted(text.slice(at, close + 1))
      rest = close + 2
    } else {
      if (first === 63 || first === 38 || first === 42 || first === 33 || first === 123 || first === 91) return undefined
      let i = at
      while (i < stop && !(text.charCodeAt(i) === 58 && (i + 1 === stop || text.charCodeAt(i + 1) === 32))) i++
      if (i === stop) return undefined
      key = text.slice(at, i)
      rest = i + 1
    }
    if (key === undefined) return undefined
    if (rest < stop && text.charCodeAt(rest) !== 32) return undefined
    while (rest < stop && text.charCodeAt(rest) === 32) rest++
    const top = frame.depth === 0 ? key : frame.top
    if (frame.depth === 1) lines.set(`${frame.top}\u0000${key}`, line)
    if (rest === stop || text.charCodeAt(rest) === 35) {
      pending = { parent: frame.container, key, indent, top, depth: frame.depth }
      start = next
      continue
    }
    const value = scalar(text, rest, stop)
    if (value === undefined) return undefined
    frame.container[key] = value
    start = next
  }
  if (pending) pending.parent[pending.key] = null
  return { value: root, lines }
}

/** A scalar or a one-line flow collection of scalars from `from` to `stop`; undefined outside the subset. */
function scalar(text: string, from: number, stop: number): unknown {
  const first = text.charCodeAt(from)
  if (first === 39 || first === 34) {
    const close = first === 39 ? closingSingle(text, from, stop) : closingDoubleQuote(text, from, stop)
    if (close !== stop - 1) return undefined
    return first === 39 ? text.slice(from + 1, close).replaceAll("''", "'") : unquoteDoubleQuoted(text.slice(from, close + 1))
  }
  if (first === 123) return text.charCodeAt(stop - 1) === 125 ? flowMap(text.slice(from + 1, stop - 1)) : undefined
  if (first === 91) return text.charCodeAt(stop - 1) === 93 ? flowSeq(text.slice(from + 1, stop - 1)) : undefined
  // anchors, aliases, tags, block scalars, directives, reserved characters
  if (
    first === 38 ||
    first === 42 ||
    first === 33 ||
    first === 124 ||
    first === 62 ||
    first === 37 ||
    first === 64 ||
    first === 96 ||
    first === 125 ||
    first === 93
  )
    return undefined
  const value = text.slice(from, stop)
  if (value.includes(' #') || value.includes(': ')) return undefined
  return value === '~' || value === 'null' ? null : value
}

/** Splits a flow collection's inside at top-level commas (quotes respected); undefined when it nests. */
function flowItems(inside: string): string[] | undefined {
  const items: string[] = []
  let quote = 0
  let from = 0
  for (let i = 0; i < inside.length; i++) {
    const code = inside.charCodeAt(i)
    if (quote) {
      if (code === quote) quote = 0
      else if (code === 92 && quote === 34) i++
    } else if (code === 39 || code === 34) quote = code
    else if (code === 123 || code === 91 || code === 125 || code === 93) return undefined
    else if (code === 44) {
      items.push(inside.slice(from, i).trim())
      from = i + 1
    }
  }
  if (quote) return undefined
  const last = inside.slice(from).trim()
  if (last !== '' || items.length > 0) items.push(last)
  return items
}

function flowMap(inside: string): Record<string, unknown> | undefined {
  const items = flowItems(inside)
  if (!items) return undefined
  const out: Record<string, unknown> = {}
  for (const item of items) {
    if (item === '') continue
    const colon = item.startsWith("'") || item.startsWith('"') ? item.indexOf(':', closingAt(item)) : item.indexOf(': ')
    if (colon === -1) return undefined
    const key = scalar(item, 0, colon)
    const value = scalar(item, colon + 1 + (item.charCodeAt(colon + 1) === 32 ? 1 : 0), item.length)
    if (typeof key !== 'string' || value === undefined) return undefined
    out[key] = value
  }
  return out
}

function closingAt(item: string): number {
  const close = item.charCodeAt(0) === 39 ? closingSingle(item, 0, item.length) : closingDoubleQuote(item, 0, item.length)
  return close === -1 ? item.length : close
}

function flowSeq(inside: string): unknown[] | undefined {
  const items = flowItems(inside)
  if (!items) return undefined
  const out: unknown[] = []
  for (const item of items) {
    if (item === '') continue
    const value = scalar(item, 0, item.length)
    if (value === undefined) return undefined
    out.push(value)
  }
  return out
}

function closingSingle(text: string, open: number, stop: number): number {
  for (let i = open + 1; i < stop; i++) {
    if (text.charCodeAt(i) === 39) {
      if (text.charCodeAt(i + 1) === 39) i++
      else return i
    }
  }
  return -1
}
