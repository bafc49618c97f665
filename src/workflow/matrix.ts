/**
 * The values a job's `strategy.matrix` gives one key: the items listed under the key and the values of
 * `include:` entries that set it, each with its YAML node (for locations). Null when they cannot be known
 * offline: the matrix, the key's list or an `include:` is computed by an expression (`fromJSON(…)`).
 */
import { isAlias, isMap, isScalar, isSeq, type Node, type Scalar } from '../workspace/yaml-ast.js'
import type { Job } from './types.js'

export interface MatrixValue {
  value: string
  node: Scalar
}

function deref(node: Node | null | undefined): Node | null {
  return isAlias(node) ? node.resolve() : (node ?? null)
}

function scalarText(node: Scalar): string | null {
  return node.value === null || node.value === undefined || typeof node.value === 'object' ? null : String(node.value)
}

export function matrixValues(job: Job, key: string): MatrixValue[] | null {
  const matrix = deref(job.strategy?.matrix)
  if (!matrix) return []
  if (!isMap(matrix)) return null
  const want = key.toLowerCase()
  const out: MatrixValue[] = []
  const take = (node: Node | null): boolean => {
    const value = deref(node)
    if (isScalar(value)) {
      const text = scalarText(value)
      if (text === null) return true
      if (text.includes('${{')) return false
      out.push({ value: text, node: value })
      return true
    }
    if (isSeq(value)) {
      for (const item of value.items) {
        const resolved = deref(item)
        if (isScalar(resolved)) {
          const text = scalarText(resolved)
          if (text !== null && text.includes('${{')) return false
          if (text !== null) out.push({ value: text, node: resolved })
        }
      }
      return true
    }
    return true
  }
  for (const pair of matrix.items) {
    const name = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : ''
    if (name === 'exclude') continue
    if (name === 'include') {
      const include = deref(pair.value)
      if (!isSeq(include)) {
        if (isScalar(include) && String(include.value ?? '').includes('${{')) return null
        continue
      }
      for (const item of include.items) {
        const entry = deref(item)
        if (!isMap(entry)) {
          if (isScalar(entry) && String(entry.value ?? '').includes('${{')) return null
          continue
        }
        for (const field of entry.items) if (isScalar(field.key) && String(field.key.value).toLowerCase() === want && !take(field.value)) return null
      }
    } else if (name === want && !take(pair.value)) return null
  }
  return out
}
