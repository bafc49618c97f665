/**
 * A compact YAML syntax tree with source offsets, built from js-yaml's event stream (`parseEvents`: a flat
 * list of scalar / mapping / sequence / alias events that carry offsets into the text).
 *
 * Why not the `yaml` package's documents: on a thousand workflows its lexer, CST and composer took most of
 * the audit's time and allocations (bench/README.md, "Workflow audit"). js-yaml's event parser is several
 * times faster and allocates little; this module only turns its events into nodes with ranges:
 *
 * - `Scalar` (value resolved with the YAML 1.2 core schema, as GitHub does: `on` and `yes` stay strings),
 *   with its style and `range = [start, valueEnd, end]`, where `start` is the opening quote of a quoted
 *   scalar and the `|`/`>` header of a block scalar, so a value offset can be mapped back to the source;
 * - `YAMLMap` (pairs in source order), `YAMLSeq`, and `Alias` already bound to the anchored node.
 *
 * The names follow the `yaml` package's so code reads the same. Duplicate keys and aliases to unknown
 * anchors are errors, as they are for GitHub.
 */
import { CORE_SCHEMA, EVENT_ID, NOT_RESOLVED, SCALAR_STYLE, getScalarValue, parseEvents, type Event, type ScalarEvent } from 'js-yaml'

export type ScalarType = 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED'
/** [start, end of the value, end of the node] as offsets into the text. */
export type Range = [number, number, number]

export class Scalar {
  static readonly PLAIN = 'PLAIN'
  static readonly QUOTE_SINGLE = 'QUOTE_SINGLE'
  static readonly QUOTE_DOUBLE = 'QUOTE_DOUBLE'
  static readonly BLOCK_LITERAL = 'BLOCK_LITERAL'
  static readonly BLOCK_FOLDED = 'BLOCK_FOLDED'
  anchor: string | undefined = undefined
  constructor(
    public value: unknown,
    public type: ScalarType,
    /** Offsets of the node's start, of its value's end and of its end (see Range). */
    public start: number,
    public end: number
  ) {}
  get range(): Range {
    return [this.start, this.end, this.end]
  }
}

export class Pair {
  constructor(
    public key: Node,
    public value: Node | null
  ) {}
}

export class YAMLMap {
  anchor: string | undefined = undefined
  items: Pair[] = []
  constructor(
    public range: Range,
    public flow: boolean
  ) {}
}

export class YAMLSeq {
  anchor: string | undefined = undefined
  items: Array<Node | null> = []
  constructor(
    public range: Range,
    public flow: boolean
  ) {}
}

export class Alias {
  constructor(
    /** The anchor's name. */
    public source: string,
    public target: Node,
    public range: Range
  ) {}
  /** The anchored node (kept as a method so callers read like the `yaml` package's). */
  resolve(): Node {
    return this.target
  }
}

export type Node = Scalar | YAMLMap | YAMLSeq | Alias

export class Document {
  /** Nodes written in the document (aliases count as one). */
  nodes = 0
  /** Alias nodes in the document. */
  aliases = 0
  /** Offsets of plain `<<` keys (YAML 1.1 merge keys, which GitHub's workflow parser refuses). */
  mergeKeys: number[] = []
  constructor(public contents: Node | null) {}
}

export const isScalar = (node: unknown): node is Scalar => node instanceof Scalar
export const isMap = (node: unknown): node is YAMLMap => node instanceof YAMLMap
export const isSeq = (node: unknown): node is YAMLSeq => node instanceof YAMLSeq
export const isAlias = (node: unknown): node is Alias => node instanceof Alias
export const isNode = (node: unknown): node is Node => isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)

/** A syntax error, with the offset it was found at. */
export class YamlSyntaxError extends Error {
  constructor(
    message: string,
    public offset: number,
    /** 1-based, when the parser gave them (its own count is exact even where the offset is clamped). */
    public line?: number,
    public column?: number
  ) {
    super(message)
  }
}

const STYLE: Record<number, ScalarType> = {
  [SCALAR_STYLE.PLAIN]: 'PLAIN',
  [SCALAR_STYLE.SINGLE_QUOTED]: 'QUOTE_SINGLE',
  [SCALAR_STYLE.DOUBLE_QUOTED]: 'QUOTE_DOUBLE',
  [SCALAR_STYLE.LITERAL_BLOCK]: 'BLOCK_LITERAL',
  [SCALAR_STYLE.FOLDED_BLOCK]: 'BLOCK_FOLDED'
}

const CORE_TAG_PREFIX = 'tag:yaml.org,2002:'

/**
 * Whether a plain scalar can be anything but a string in the YAML 1.2 core schema: null (`~`, `null`, empty),
 * booleans (`true`, `false` in three casings) and numbers (`12`, `-1.5`, `.inf`, `0x1F`) all start with one
 * of these characters. Most plain scalars of a workflow (names, commands, versions like `v4`) do not.
 */
function mayResolve(raw: string): boolean {
  if (raw === '') return true
  const c = raw.charCodeAt(0)
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70
}

interface Frame {
  node: YAMLMap | YAMLSeq | null // null: the document itself
  /** A mapping's key waiting for its value. */
  key: Node | undefined
  /** Keys seen in a mapping, built once it has more than a few entries. */
  keys: Set<string> | undefined
}

/**
 * Parses every document of `text`. Throws a `YamlSyntaxError` (never another error) for invalid YAML,
 * duplicate keys and unknown aliases.
 */
export function parseYamlDocuments(text: string, options: { maxDepth?: number } = {}): Document[] {
  let events: Event[]
  let input = text
  for (let attempt = 0; ; attempt += 1) {
    try {
      events = parseEvents(input, { maxDepth: options.maxDepth ?? 100 })
      break
    } catch (error) {
      const joined = attempt < MAX_BRACKET_JOINS ? joinClosingBracket(input, error) : null
      if (joined === null) throw toSyntaxError(error, text)
      input = joined
    }
  }
  return new TreeBuilder(text).build(events)
}

/** Closing brackets of flow collections re-joined to their previous line, at most, per document. */
const MAX_BRACKET_JOINS = 200

/**
 * js-yaml refuses a flow collection whose closing `]` or `}` starts a line indented less than the
 * collection's items ("deficient indentation"), e.g. `- [` … `]` in a matrix with the `]` under the `-`;
 * GitHub's parser (and the `yaml` package) accept it. The input with that line break turned into a space
 * has the same offsets (the tree's ranges and the line index stay those of the original text) and the same
 * values: a closing bracket ends the collection wherever it stands. Null when the error is another one, or
 * the previous line ends in a comment (joining would comment the bracket out).
 */
function joinClosingBracket(input: string, error: unknown): string | null {
  if ((error as { reason?: string }).reason !== 'deficient indentation') return null
  const position = (error as { mark?: { position?: number } }).mark?.position
  if (typeof position !== 'number') return null
  let at = position
  while (at < input.length && (input[at] === ' ' || input[at] === '\t')) at += 1
  if (input[at] !== ']' && input[at] !== '}') return null
  const lineStart = input.lastIndexOf('\n', at - 1)
  if (lineStart < 0 || input.slice(lineStart + 1, at).trim() !== '') return null
  const previousStart = input.lastIndexOf('\n', lineStart - 1) + 1
  const previous = input.slice(previousStart, lineStart)
  if (/(^|\s)#/.test(previous)) return null
  const cr = input[lineStart - 1] === '\r' ? 1 : 0
  return input.slice(0, lineStart - cr) + ' '.repeat(1 + cr) + input.slice(lineStart + 1)
}

class TreeBuilder {
  private readonly documents: Document[] = []
  private readonly anchors = new Map<string, Node>()
  private readonly stack: Frame[] = []
  /** Where the last token read ended: where an empty value sits and where a collection ends. */
  private lastEnd = 0

  constructor(private readonly text: string) {}

  build(events: Event[]): Document[] {
    for (const event of events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          this.documents.push(new Document(null))
          this.anchors.clear()
          this.stack.push({ node: null, key: undefined, keys: undefined })
          break
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const range: Range = [event.start, event.start, event.start]
          const flow = event.style === 2
          const node = event.type === EVENT_ID.MAPPING ? new YAMLMap(range, flow) : new YAMLSeq(range, flow)
          if (event.anchorStart >= 0) node.anchor = this.text.slice(event.anchorStart, event.anchorEnd)
          this.stack.push({ node, key: undefined, keys: undefined })
          this.lastEnd = event.start + 1
          break
        }
        case EVENT_ID.SCALAR:
          this.attach(this.scalar(event))
          break
        case EVENT_ID.ALIAS: {
          const name = this.text.slice(event.anchorStart, event.anchorEnd)
          const target = this.anchors.get(name)
          if (!target) throw new YamlSyntaxError(`unknown anchor "${name}" for alias *${name}`, event.anchorStart - 1)
          this.lastEnd = event.anchorEnd
          this.attach(new Alias(name, target, [event.anchorStart - 1, event.anchorEnd, event.anchorEnd]))
          break
        }
        case EVENT_ID.POP: {
          const frame = this.stack.pop()
          if (!frame?.node) break // end of a document
          const node = frame.node
          const end = node.flow ? this.closingBracket(node instanceof YAMLMap ? 125 /* } */ : 93 /* ] */) : this.lastEnd
          node.range[1] = end
          node.range[2] = end
          this.lastEnd = end
          this.attach(node)
          break
        }
      }
    }
    return this.documents
  }

  private scalar(event: ScalarEvent): Scalar {
    const type = STYLE[event.style] ?? 'PLAIN'
    let value: unknown
    let start: number
    let end: number
    if (event.valueStart < 0) {
      value = null
      start = end = this.lastEnd
    } else {
      const raw = getScalarValue(this.text, event)
      if (event.tagStart >= 0) value = this.tagged(this.text.slice(event.tagStart, event.tagEnd), raw)
      else value = type === 'PLAIN' && mayResolve(raw) ? CORE_SCHEMA.resolveImplicitScalarTag(raw).value : raw
      if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') {
        start = event.valueStart - 1
        end = event.valueEnd + 1
      } else {
        start = type === 'BLOCK_LITERAL' || type === 'BLOCK_FOLDED' ? this.blockHeader(event.valueStart) : event.valueStart
        end = event.valueEnd
      }
      this.lastEnd = end
    }
    const node = new Scalar(value, type, start, end)
    if (event.anchorStart >= 0) node.anchor = this.text.slice(event.anchorStart, event.anchorEnd)
    return node
  }

  /** The value of an explicitly tagged scalar: core tags are resolved, any other tag keeps the text. */
  private tagged(tag: string, raw: string): unknown {
    const name = tag.startsWith('!!') ? CORE_TAG_PREFIX + tag.slice(2) : tag.startsWith('!<') ? tag.slice(2, -1) : tag
    const definition = name.startsWith(CORE_TAG_PREFIX) ? CORE_SCHEMA.lookupScalarTag(name) : undefined
    if (!definition) return raw
    const value = definition.resolve(raw, true, name)
    return value === NOT_RESOLVED ? raw : value
  }

  /** Offset of a block scalar's `|` or `>` indicator: on the line before its content, after the key. */
  private blockHeader(contentStart: number): number {
    const text = this.text
    let lineEnd = contentStart - 1
    while (lineEnd > 0 && text.charCodeAt(lineEnd) !== 10) lineEnd -= 1
    const from = Math.min(this.lastEnd, lineEnd)
    for (let i = from; i < lineEnd; i += 1) {
      const c = text.charCodeAt(i)
      if (c === 35 /* # */ && i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) break
      if (c !== 124 /* | */ && c !== 62 /* > */) continue
      let j = i + 1
      while (j < lineEnd && /[0-9+-]/.test(text[j]!)) j += 1
      const after = text.charCodeAt(j)
      if (j >= lineEnd || after === 32 || after === 9 || after === 13) return i
    }
    return Math.max(0, Math.min(contentStart, lineEnd))
  }

  /** End of a flow collection: just past its closing bracket (after the last item, spaces, commas, comments). */
  private closingBracket(bracket: number): number {
    const text = this.text
    for (let i = this.lastEnd; i < text.length; i += 1) {
      const c = text.charCodeAt(i)
      if (c === bracket) return i + 1
      if (c === 35 /* # */) {
        while (i < text.length && text.charCodeAt(i) !== 10) i += 1
      }
    }
    return text.length
  }

  private attach(node: Node): void {
    const document = this.documents[this.documents.length - 1]
    if (document) {
      document.nodes += 1
      if (node instanceof Alias) document.aliases += 1
    }
    if (!(node instanceof Alias) && node.anchor !== undefined) this.anchors.set(node.anchor, node)
    const frame = this.stack[this.stack.length - 1]
    if (!frame) return
    const parent = frame.node
    if (parent === null) {
      if (document) document.contents = node
    } else if (parent instanceof YAMLSeq) {
      parent.items.push(node)
    } else if (frame.key === undefined) {
      this.checkUnique(frame, parent, node)
      frame.key = node
    } else {
      parent.items.push(new Pair(frame.key, node))
      frame.key = undefined
    }
  }

  private checkUnique(frame: Frame, map: YAMLMap, key: Node): void {
    if (!(key instanceof Scalar)) return
    const name = String(key.value)
    if (name === '<<' && key.type === 'PLAIN') {
      // merge keys may repeat; remembered so workflow files can be refused as GitHub refuses them
      this.documents[this.documents.length - 1]?.mergeKeys.push(key.start)
      return
    }
    let duplicate = false
    if (frame.keys) duplicate = frame.keys.has(name)
    else {
      for (const pair of map.items) if (pair.key instanceof Scalar && String(pair.key.value) === name) duplicate = true
      if (map.items.length >= 8) frame.keys = new Set(map.items.flatMap((pair) => (pair.key instanceof Scalar ? [String(pair.key.value)] : [])))
    }
    if (duplicate) throw new YamlSyntaxError(`duplicate key "${name}" in a mapping`, key.start)
    frame.keys?.add(name)
  }
}

function toSyntaxError(error: unknown, text: string): YamlSyntaxError {
  const mark = (error as { mark?: { position?: number; line?: number; column?: number } }).mark
  const reason = (error as { reason?: string }).reason ?? (error as Error).message ?? String(error)
  const offset = Math.max(0, Math.min(mark?.position ?? 0, text.length))
  const line = typeof mark?.line === 'number' ? mark.line + 1 : undefined
  const column = typeof mark?.column === 'number' ? mark.column + 1 : undefined
  return new YamlSyntaxError(reason, offset, line, column)
}

// ---------------------------------------------------------------------------------------------------------

/** Thrown by `toJS` when aliases would expand past its budget (a "billion laughs" document). */
export class AliasExpansionError extends Error {}

/**
 * Number of nodes the document has once aliases are expanded, stopping as soon as it passes `limit`
 * (linear in the document: each node's expanded size is computed once).
 */
export function expandedSize(root: Node | null, limit: number): number {
  const sizes = new Map<Node, number>()
  const size = (node: Node | null): number => {
    if (node === null) return 1
    if (node instanceof Alias) return size(node.target)
    if (node instanceof Scalar) return 1
    const known = sizes.get(node)
    if (known !== undefined) return known
    let total = 1
    if (node instanceof YAMLSeq) {
      for (const item of node.items) if ((total += size(item)) > limit) break
    } else {
      for (const pair of node.items) if ((total += size(pair.key) + size(pair.value)) > limit) break
    }
    total = Math.min(total, limit + 1)
    sizes.set(node, total)
    return total
  }
  return size(root)
}

/**
 * The node as plain data (mappings as objects with string keys, aliases expanded). `<<` stays an ordinary
 * key, as in the YAML 1.2 core schema. Throws `AliasExpansionError` past `maxNodes` nodes.
 */
export function toJS(root: Node | null, maxNodes = 100_000): unknown {
  let budget = maxNodes
  const convert = (node: Node | null): unknown => {
    if ((budget -= 1) < 0) throw new AliasExpansionError(`the document expands to more than ${maxNodes} nodes`)
    if (node === null) return null
    if (node instanceof Alias) return convert(node.target)
    if (node instanceof Scalar) return node.value
    if (node instanceof YAMLSeq) return node.items.map(convert)
    const out: Record<string, unknown> = {}
    for (const pair of node.items) {
      const key = convert(pair.key)
      const name = key !== null && typeof key === 'object' ? JSON.stringify(key) : String(key)
      const value = convert(pair.value)
      if (name === '__proto__') Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true })
      else out[name] = value
    }
    return out
  }
  return convert(root)
}

/** Every scalar under `root`, keys included, in source order (aliases not followed). */
export function allScalars(root: Node | null): Scalar[] {
  const found: Scalar[] = []
  const walk = (node: Node | null): void => {
    if (node instanceof Scalar) found.push(node)
    else if (node instanceof YAMLSeq) for (const item of node.items) walk(item)
    else if (node instanceof YAMLMap) {
      for (const pair of node.items) {
        walk(pair.key)
        walk(pair.value)
      }
    }
  }
  walk(root)
  return found
}

// ---------------------------------------------------------------------------------------------------------

/** 1-based line and column of offsets in a text; the line starts are indexed on first use. */
export class LineIndex {
  private starts: Int32Array | null = null

  constructor(private readonly text: string) {}

  linePos(offset: number): { line: number; col: number } {
    const starts = (this.starts ??= lineStarts(this.text))
    const at = Math.max(0, Math.min(offset, this.text.length))
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= at) low = mid
      else high = mid - 1
    }
    return { line: low + 1, col: at - starts[low]! + 1 }
  }
}

function lineStarts(text: string): Int32Array {
  let count = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count += 1
  const starts = new Int32Array(count)
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1
  return starts
}
