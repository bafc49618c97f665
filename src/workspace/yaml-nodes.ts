/** Small readers over `yaml` AST nodes that keep positions: mapping lookups, scalars, aliases resolved. */
import { isAlias, isMap, isNode, isScalar, isSeq, type Document, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from './yaml-ast.js'

export interface Entry {
  key: string
  keyNode: Scalar
  value: Node | null
  pair: Pair
}

/** The deepest node along `segments` that exists (the document's root when none does). */
export function nodeAtPath(doc: Document, segments: Array<string | number>): Node | null {
  let node = deref(doc, doc.contents)
  for (const segment of segments) {
    let next: Node | null = null
    if (isMap(node)) next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))?.value ?? null
    else if (isSeq(node) && typeof segment === 'number') next = node.items[segment] ?? null
    next = deref(doc, next)
    if (!next) break
    node = next
  }
  return node
}

/** Follows an alias to its anchor (the parser bound it, and bounded alias expansion). */
export function deref(_doc: Document, node: unknown): Node | null {
  if (isAlias(node)) return node.resolve()
  return isNode(node) ? node : null
}

export function asMap(doc: Document, node: unknown): YAMLMap | null {
  const resolved = deref(doc, node)
  return isMap(resolved) ? resolved : null
}

export function asSeq(doc: Document, node: unknown): YAMLSeq | null {
  const resolved = deref(doc, node)
  return isSeq(resolved) ? resolved : null
}

/** Entries of a mapping with string keys, in source order. */
export function entries(doc: Document, node: unknown): Entry[] {
  const map = asMap(doc, node)
  if (!map) return []
  const out: Entry[] = []
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue
    out.push({ key: String(pair.key.value), keyNode: pair.key, value: deref(doc, pair.value), pair: pair as Pair })
  }
  return out
}

export function entry(doc: Document, node: unknown, key: string): Entry | undefined {
  const map = asMap(doc, node)
  if (!map) return undefined
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key) return { key, keyNode: pair.key, value: deref(doc, pair.value), pair }
  }
  return undefined
}

/** A scalar's value as a string (numbers and booleans too); undefined for collections and null. */
export function scalarText(doc: Document, node: unknown): string | undefined {
  const resolved = deref(doc, node)
  if (!isScalar(resolved) || resolved.value === null || resolved.value === undefined) return undefined
  return String(resolved.value)
}
