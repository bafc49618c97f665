/** Writing a report given in pieces (a large report is never one string). */
import fs from 'node:fs'
import path from 'node:path'
import { writeError } from '../model/errors.js'

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

/**
 * Flags of a file written by chaingate: created or truncated, never through a symbolic link (the path was
 * resolved to its real path first, src/workspace/real-path.ts; this closes the gap until the open).
 */
export const WRITE_FLAGS = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_TRUNC | (fs.constants.O_NOFOLLOW ?? 0)

/**
 * Writes pieces to a file (its directory created), in batches; fs errors are thrown as they are. The file
 * is not opened through a symbolic link (ELOOP): resolve the path with realPathInside first.
 */
export function writeFileInPieces(file: string, pieces: Iterable<string>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const fd = fs.openSync(file, WRITE_FLAGS, 0o644)
  try {
    writeInBatches(pieces, (text) => {
      // a write may be partial
      const bytes = Buffer.from(text, 'utf8')
      for (let offset = 0; offset < bytes.length;) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset)
    })
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * writeFileInPieces for a report file the user named (`shown`): a failure is one line, a ConfigurationError
 * for the path's fault (exit 2) or an OutputError for the machine's (full disk: exit 3).
 */
export function writeReportFile(file: string, pieces: Iterable<string>, shown: string): void {
  try {
    writeFileInPieces(file, pieces)
  } catch (error) {
    throw writeError(shown, error)
  }
}
