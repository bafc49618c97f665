/**
 * An SBOM document written in pieces: a large inventory's SBOM is tens of megabytes of text, and building it
 * as one object and one string (then a copy with its content id) took more memory than reading the
 * inventory. A document is a plan: its top-level fields in order, the large arrays among them given as
 * items made one at a time (`LazyArray`). Its text is the same bytes as `JSON.stringify(document, null, 2)`
 * with a final newline (`wholeText`, the reference a test compares with), where the content id (CycloneDX's
 * serial number, SPDX's namespace) is derived from the text written with CONTENT_ID_PLACEHOLDER in its place.
 * The id comes before any package, in the first piece: a file is written in one pass (the first piece is
 * written last, at the start, once the rest is hashed); a stream that cannot seek (standard output, a pipe)
 * gets the pieces made twice, once to hash them and once to write them.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import { writeInBatches } from '../../report/stream.js'
import { CONTENT_ID_PLACEHOLDER, contentUuid, uuidOfDigest } from './entries.js'

/** An array field whose items are made one at a time, each time the document is written. */
export class LazyArray {
  constructor(readonly items: () => Iterable<unknown>) {}
}

export interface SbomPlan {
  /** The document's top-level fields in order; undefined values are left out, as JSON.stringify does. */
  fields: Array<[string, unknown]>
  /** What stands in place of the placeholder, given the UUID of the text written with the placeholder. */
  contentId: (uuid: string) => string
}

/** The document's text in pieces, with the placeholder: the first piece holds every field before the first LazyArray. */
export function* planPieces(plan: SbomPlan): Generator<string> {
  const fields = plan.fields.filter(([, value]) => value !== undefined)
  let head = '{\n'
  for (const [index, [key, value]] of fields.entries()) {
    const comma = index < fields.length - 1 ? ',' : ''
    if (!(value instanceof LazyArray)) {
      head += `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${comma}\n`
      continue
    }
    // An item is written once the next is known: the last has no comma, and an empty array is `[]`.
    let previous: string | undefined
    for (const item of value.items()) {
      const text = JSON.stringify(item, null, 2)
      if (previous === undefined) {
        head += `  ${JSON.stringify(key)}: [\n`
        yield head
        head = ''
      } else {
        yield `    ${indent(previous, '    ')},\n`
      }
      previous = text
    }
    if (previous === undefined) head += `  ${JSON.stringify(key)}: []${comma}\n`
    else head += `    ${indent(previous, '    ')}\n  ]${comma}\n`
  }
  yield `${head}}\n`
}

function indent(json: string, prefix: string): string {
  return json.includes('\n') ? json.replaceAll('\n', `\n${prefix}`) : json
}

/** The reference: the whole document as one object, one JSON.stringify, the id put in by one replace. */
export function wholeText(plan: SbomPlan): string {
  const document: Record<string, unknown> = {}
  for (const [key, value] of plan.fields) document[key] = value instanceof LazyArray ? [...value.items()] : value
  const text = `${JSON.stringify(document, null, 2)}\n`
  return text.replace(CONTENT_ID_PLACEHOLDER, plan.contentId(contentUuid(text)))
}

/** The document as one string (for a caller that needs it whole, as signing does): the bytes of wholeText. */
export function sbomText(plan: SbomPlan): string {
  const hash = crypto.createHash('sha256')
  const pieces: string[] = []
  for (const piece of planPieces(plan)) {
    hash.update(piece)
    pieces.push(piece)
  }
  pieces[0] = withId(pieces[0]!, plan, uuidOfDigest(hash.digest()))
  return pieces.join('')
}

/** The document's pieces with the id in place, the pieces made twice (first to hash them): for a stream. */
export function* sbomPieces(plan: SbomPlan): Generator<string> {
  const hash = crypto.createHash('sha256')
  writeInBatches(planPieces(plan), (text) => void hash.update(text))
  const uuid = uuidOfDigest(hash.digest())
  let first = true
  for (const piece of planPieces(plan)) {
    yield first ? withId(piece, plan, uuid) : piece
    first = false
  }
}

/**
 * Writes the document to a file (created or truncated; fs errors thrown as they are): one pass, the rest
 * after room left for the first piece, which is written last with the id. A file that cannot seek (a FIFO,
 * /dev/stdout) is written as a stream.
 */
export function writeSbomFile(file: string, plan: SbomPlan): void {
  const fd = fs.openSync(file, 'w', 0o644)
  try {
    const write = (text: string, position: number | null): number => {
      const bytes = Buffer.from(text, 'utf8')
      for (let offset = 0; offset < bytes.length;)
        offset += fs.writeSync(fd, bytes, offset, bytes.length - offset, position === null ? null : position + offset)
      return bytes.length
    }
    if (!fs.fstatSync(fd).isFile()) {
      writeInBatches(sbomPieces(plan), (text) => void write(text, null))
      return
    }
    const pieces = planPieces(plan)
    const head = pieces.next().value ?? ''
    const hash = crypto.createHash('sha256').update(head)
    // The id has the same length whatever the UUID: the rest of the document starts after the head with any.
    let position = Buffer.byteLength(withId(head, plan, '00000000-0000-0000-0000-000000000000'))
    writeInBatches({ [Symbol.iterator]: () => pieces }, (text) => {
      hash.update(text)
      position += write(text, position)
    })
    write(withId(head, plan, uuidOfDigest(hash.digest())), 0)
  } finally {
    fs.closeSync(fd)
  }
}

function withId(head: string, plan: SbomPlan, uuid: string): string {
  const at = head.indexOf(CONTENT_ID_PLACEHOLDER)
  if (at < 0) throw new Error('SBOM plan: the content id must come before the first streamed array')
  return `${head.slice(0, at)}${plan.contentId(uuid)}${head.slice(at + CONTENT_ID_PLACEHOLDER.length)}`
}
