/**
 * Maps offsets in a scalar's *value* back to offsets in the file's *source*, for every YAML scalar style:
 * plain (multi-line folding), single-quoted (`''`), double-quoted (escapes, `\`-continued lines), literal
 * `|` and folded `>` blocks (indentation, chomping, folding). This is how a `${{ }}` in the middle of a
 * `run: |` block gets its exact line and column.
 *
 * It aligns value and source in one pass: characters that match are paired; source characters the value
 * does not have (indentation, quotes, `\r`, the block header) are skipped; a folded line break pairs with
 * the space or newline it became. Linear in the scalar's length.
 */
import { Scalar } from '../workspace/yaml-ast.js'

/** Source offsets of every value index (and of `value.length`). */
export function buildSourceMap(source: string, node: Scalar, value: string): Int32Array {
  const all = Array.from({ length: value.length + 1 }, (_, i) => i)
  return Int32Array.from(sourceOffsets(source, node, value, all))
}

/**
 * Source offsets of some value indices (`targets`, ascending): one pass that stops after the last target,
 * without a map of the whole value.
 */
export function sourceOffsets(source: string, node: Scalar, value: string, targets: number[]): number[] {
  const result = new Array<number>(targets.length).fill(0)
  let next = 0
  const map = {
    set(i: number, offset: number): void {
      while (next < targets.length && targets[next] === i) result[next++] = offset
    }
  }
  const range = node.range
  if (!range || targets.length === 0) return result
  const start = range[0]
  const end = Math.min(range[1], source.length)
  const type = node.type
  let p = start
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    const newline = source.indexOf('\n', start)
    p = newline === -1 || newline >= end ? end : newline + 1
  } else if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    p = start + 1
  }
  const double = type === Scalar.QUOTE_DOUBLE
  const single = type === Scalar.QUOTE_SINGLE
  const last = targets[targets.length - 1]!
  for (let i = 0; i < value.length && i <= last; i += 1) {
    const c = value.charCodeAt(i)
    for (;;) {
      if (p >= end) {
        map.set(i, Math.max(start, end - 1))
        break
      }
      const s = source.charCodeAt(p)
      if (double && s === 92 /* \ */) {
        const n = source.charCodeAt(p + 1)
        if (n === 10 || n === 13) {
          // escaped line break: the break and the next line's indentation vanish
          p += n === 13 && source.charCodeAt(p + 2) === 10 ? 3 : 2
          while (p < end && (source.charCodeAt(p) === 32 || source.charCodeAt(p) === 9)) p += 1
          continue
        }
        const length = n === 120 /* x */ ? 4 : n === 117 /* u */ ? 6 : n === 85 /* U */ ? 10 : 2
        // a \U escape yields a surrogate pair: two value characters for one escape
        if (length === 10 && c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
          map.set(i, p)
          i += 1
          map.set(i, p)
        } else map.set(i, p)
        p += length
        break
      }
      if (single && s === 39 && source.charCodeAt(p + 1) === 39) {
        map.set(i, p)
        p += 2
        break
      }
      if (s === c) {
        map.set(i, p)
        p += 1
        break
      }
      if ((c === 32 || c === 10) && (s === 10 || s === 13)) {
        // a folded line break
        map.set(i, p)
        p += s === 13 && source.charCodeAt(p + 1) === 10 ? 2 : 1
        break
      }
      p += 1
    }
  }
  map.set(value.length, Math.min(p, end))
  return result
}
