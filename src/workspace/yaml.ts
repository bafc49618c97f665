/**
 * YAML with source positions (the `yaml` package's CST-backed documents), bounded against alias bombs and
 * oversized input. Parse failures come back as values with a line and column, never as exceptions.
 */
import { LineCounter, parseDocument, isNode, type Document, type Node } from 'yaml'
import type { Location } from '../model/finding.js'

export interface YamlFile {
  path: string
  text: string
  lineCounter: LineCounter
  doc: Document.Parsed
  /** The document as plain data, aliases expanded (bounded by MAX_ALIAS_COUNT); built on first read. */
  readonly value: unknown
}

export interface YamlFailure {
  path: string
  message: string
  line: number
  column: number
}

export type YamlParse = { ok: true; file: YamlFile } | { ok: false; failure: YamlFailure }

/** Alias expansions allowed while converting to plain data; a "billion laughs" document exceeds it. */
export const MAX_ALIAS_COUNT = 100

export function parseYaml(path: string, text: string): YamlParse {
  const lineCounter = new LineCounter()
  let doc: Document.Parsed
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false })
  } catch (error) {
    return { ok: false, failure: { path, message: (error as Error).message, line: 1, column: 1 } }
  }
  const error = doc.errors[0]
  if (error) {
    const position = errorPosition(text, lineCounter, error.pos[0])
    return { ok: false, failure: { path, message: cleanMessage(error.message), line: position.line, column: position.col } }
  }
  // Expanding aliases is where an alias bomb explodes: check it up front when the document has aliases,
  // and build the plain data only when someone reads it.
  if (hasAliases(text)) {
    try {
      doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
    } catch (error) {
      const message = (error as Error).message
      const bomb = /alias count/i.test(message)
      return {
        ok: false,
        failure: {
          path,
          message: bomb ? `too many alias expansions (more than ${MAX_ALIAS_COUNT}): refusing a possible alias bomb` : cleanMessage(message),
          line: 1,
          column: 1
        }
      }
    }
  }
  let value: unknown
  let converted = false
  const file: YamlFile = {
    path,
    text,
    lineCounter,
    doc,
    get value(): unknown {
      if (!converted) {
        value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT })
        converted = true
      }
      return value
    }
  }
  return { ok: true, file }
}

/**
 * The parser reports some errors (an unterminated quote, an unclosed flow collection) where it ran out of
 * input: on a blank line after the content. Point at the last line with content at or before it instead.
 */
function errorPosition(text: string, lineCounter: LineCounter, offset: number): { line: number; col: number } {
  const position = lineCounter.linePos(Math.min(offset, text.length))
  const lines = text.split('\n')
  let line = position.line
  while (line > 1 && (lines[line - 1] ?? '').trim() === '') line -= 1
  return line === position.line ? position : { line, col: 1 }
}

/** Whether the text may hold an alias (`*name` after a space, `[`, `{`, `,`, `:` or `-`, or at a line start). */
function hasAliases(text: string): boolean {
  return /(^|[\s[{,:-])\*[^\s*]/m.test(text)
}

function cleanMessage(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message
}

/** Location of a node (or [start, end) offsets) in a parsed file; end column is that of the last character. */
export function locate(file: Pick<YamlFile, 'path' | 'lineCounter'>, target: Node | [number, number] | readonly [number, number, number]): Location {
  const [start, end] = isNode(target) ? (target.range ?? [0, 0]) : target
  const startPos = file.lineCounter.linePos(start)
  const endPos = file.lineCounter.linePos(Math.max(start, end - 1))
  return { path: file.path, startLine: startPos.line, startColumn: startPos.col, endLine: endPos.line, endColumn: endPos.col }
}
