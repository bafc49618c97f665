/**
 * A chart archive vendored in a chart's `charts/` folder (`<name>-<version>.tgz`, as `helm dependency build`
 * and `helm package` leave it): the files the Helm values image source reads (Chart.yaml, requirements.yaml,
 * values, templates, and the same of the subcharts inside, archives too), read from the gzip'd tar with
 * bounds on sizes and entries. Each file keeps its path inside the archive, under the archive's workspace path
 * (`deploy/charts/redis-20.1.0.tgz/redis/values.yaml`): where a report points.
 */
import path from 'node:path'
import { Readable } from 'node:stream'
import zlib from 'node:zlib'
import tar from 'tar-stream'

export const MAX_ARCHIVE_BYTES = 8 * 1024 * 1024
const MAX_UNPACKED_BYTES = 64 * 1024 * 1024
const MAX_FILE_BYTES = 4 * 1024 * 1024
const MAX_ENTRIES = 20_000
const MAX_NESTING = 3
/** The files of a chart the image source reads, at any depth of `charts/` folders. */
const WANTED = /(?:^|\/)(?:Chart\.yaml|requirements\.yaml|values\.ya?ml|templates\/.+\.(?:ya?ml|tpl))$|(?:^|\/)charts\/[^/]+\.tgz$/

export type ChartArchive = { ok: true; files: Map<string, string> } | { ok: false; reason: string }

/** The chart files of the archive `bytes`, keyed by `<at>/<path inside>`. */
export async function readChartArchive(bytes: Buffer, at: string, nesting = 0): Promise<ChartArchive> {
  if (bytes.length > MAX_ARCHIVE_BYTES) return { ok: false, reason: `the archive is larger than the ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB chaingate reads` }
  let tarBytes: Buffer
  try {
    tarBytes = zlib.gunzipSync(bytes, { maxOutputLength: MAX_UNPACKED_BYTES })
  } catch (error) {
    return { ok: false, reason: `not a gzip'd chart archive: ${(error as Error).message}` }
  }
  const files = new Map<string, string>()
  const nested: Array<{ name: string; data: Buffer }> = []
  let entries = 0
  const extract = tar.extract()
  const done = new Promise<void>((resolve, reject) => {
    extract.on('entry', (header, stream, next) => {
      entries += 1
      const name = path.posix.normalize(header.name).replace(/^\.\//, '')
      const wanted =
        entries <= MAX_ENTRIES &&
        (header.type === 'file' || header.type === 'contiguous-file') &&
        (header.size ?? 0) <= MAX_FILE_BYTES &&
        !name.startsWith('../') &&
        !path.posix.isAbsolute(name) &&
        WANTED.test(name)
      if (!wanted) {
        stream.on('end', () => next())
        stream.resume()
        return
      }
      const chunks: Buffer[] = []
      stream.on('data', (chunk) => chunks.push(chunk as Buffer))
      stream.on('end', () => {
        const data = Buffer.concat(chunks)
        if (name.endsWith('.tgz')) nested.push({ name, data })
        else files.set(`${at}/${name}`, data.toString('utf8'))
        next()
      })
    })
    extract.on('finish', () => resolve())
    extract.on('error', reject)
  })
  Readable.from([tarBytes]).pipe(extract)
  try {
    await done
  } catch (error) {
    return { ok: false, reason: `not a readable chart archive: ${(error as Error).message}` }
  }
  if (entries > MAX_ENTRIES) return { ok: false, reason: `the archive has more than ${MAX_ENTRIES} entries` }
  for (const inner of nested) {
    if (nesting >= MAX_NESTING) break
    const read = await readChartArchive(inner.data, `${at}/${inner.name}`, nesting + 1)
    if (read.ok) for (const [file, text] of read.files) files.set(file, text)
  }
  return { ok: true, files }
}
