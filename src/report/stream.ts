/** Writing a report given in pieces (a large report is never one string). */
import fs from 'node:fs'
import path from 'node:path'

/** Writes pieces through `write`, in batches of about 64 KiB. */
export function writeInBatches(pieces: Iterable<string>, write: (text: string) => void, batchChars = 65536): void {
  let batch: string[] = []
  let size = 0
  for (const piece of pieces) {
    batch.push(piece)
    size += piece.length
    if (size >= batchChars) {
      write(batch.join(''))
      batch = []
      size = 0
    }
  }
  if (batch.length > 0) write(batch.join(''))
}

/** Lines with their line breaks. */
export function* withLineBreaks(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`
}

/** Writes pieces to a file (its directory created), in batches; fs errors are thrown as they are. */
export function writeFileInPieces(file: string, pieces: Iterable<string>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const fd = fs.openSync(file, 'w')
  try {
    writeInBatches(pieces, (text) => {
      // a write may be partial
      const bytes = Buffer.from(text, 'utf8')
      for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset)
    })
  } finally {
    fs.closeSync(fd)
  }
}
