/**
 * YAML with source positions (src/workspace/yaml-ast.ts: a compact tree built from js-yaml's event parser),
 * bounded against alias bombs and oversized input. Parse failures come back as values with a line and
 * column, never as exceptions.
 */
import type { Location } from '../model/finding.js'
import { Document, LineIndex, YamlSyntaxError, expandedSize, isNode, parseYamlDocuments, toJS, type Node } from './yaml-ast.js'

export interface YamlFile {
  path: string
  text: string
  lineCounter: LineIndex
  doc: Document
  /** The document as plain data, aliases expanded (bounded by MAX_ALIAS_NODES); built on first read. */
  readonly value: unknown
}

export interface YamlFailure {
  path: string
  message: string
  line: number
  column: number
}

export type YamlParse = { ok: true; file: YamlFile } | { ok: false; failure: YamlFailure }

/** Nodes aliases may add to a document when expanded; a "billion laughs" document exceeds it. */
export const MAX_ALIAS_NODES = 10_000

export function parseYaml(path: string, text: string): YamlParse {
  const lineCounter = new LineIndex(text)
  let documents: Document[]
  try {
    documents = parseYamlDocuments(text)
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error
    const position = syntaxErrorPosition(text, lineCounter, error)
    return { ok: false, failure: { path, message: cleanMessage(error.message), line: position.line, column: position.col } }
  }
  if (documents.length > 1) {
    // the second document starts at the last `---` line before its content
    const content = documents[1]?.contents?.range[0] ?? text.length
    const marker = text.lastIndexOf('\n---', content)
    const position = lineCounter.linePos(marker === -1 ? content : marker + 1)
    return {
      ok: false,
      failure: {
        path,
        message: `the file holds ${documents.length} YAML documents (separated by ---) where one is expected`,
        line: position.line,
        column: position.col
      }
    }
  }
  const doc = documents[0] ?? new Document(null)
  // Expanding aliases is where an alias bomb explodes: measure the expansion up front (linear), and build
  // the plain data only when someone reads it.
  const limit = doc.nodes + MAX_ALIAS_NODES
  if (doc.aliases > 0 && expandedSize(doc.contents, limit) > limit) {
    return {
      ok: false,
      failure: { path, message: `aliases add more than ${MAX_ALIAS_NODES} nodes to the document: refusing a possible alias bomb`, line: 1, column: 1 }
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
        value = toJS(doc.contents, limit)
        converted = true
      }
      return value
    }
  }
  return { ok: true, file }
}

/** Line and column of a syntax error: the parser's own when it gave them, moved back over trailing blank lines. */
export function syntaxErrorPosition(text: string, lines: LineIndex, error: YamlSyntaxError): { line: number; col: number } {
  return errorPosition(text, error.line !== undefined && error.column !== undefined ? { line: error.line, col: error.column } : lines.linePos(error.offset))
}

/**
 * The parser reports some errors (an unterminated quote, an unclosed flow collection) where it ran out of
 * input: on a blank line after the content. Point at the last line with content at or before it instead.
 */
export function errorPosition(text: string, position: { line: number; col: number }): { line: number; col: number } {
  const lines = text.split('\n')
  let line = position.line
  while (line > 1 && (lines[line - 1] ?? '').trim() === '') line -= 1
  return line === position.line ? position : { line, col: 1 }
}

function cleanMessage(message: string): string {
  return message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message
}

/** Location of a node (or [start, end) offsets) in a parsed file; end column is that of the last character. */
export function locate(file: Pick<YamlFile, 'path' | 'lineCounter'>, target: Node | [number, number] | readonly [number, number, number]): Location {
  const [start, end] = isNode(target) ? target.range : target
  const startPos = file.lineCounter.linePos(start)
  const endPos = file.lineCounter.linePos(Math.max(start, end - 1))
  return { path: file.path, startLine: startPos.line, startColumn: startPos.col, endLine: endPos.line, endColumn: endPos.col }
}
