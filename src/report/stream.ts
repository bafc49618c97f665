/** Writes a report given in pieces through `write`, in batches of about 64 KiB. */
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
