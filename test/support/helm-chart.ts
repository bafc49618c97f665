/** Helm chart archives for tests: a gzip'd tar of `<name>/…`, as `helm package` and `helm dependency build` write one. */
import zlib from 'node:zlib'
import tar from 'tar-stream'

export async function chartArchive(files: Record<string, string>): Promise<Buffer> {
  const pack = tar.pack()
  for (const [name, text] of Object.entries(files)) pack.entry({ name, mode: 0o644 }, text)
  pack.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of pack) chunks.push(chunk as Buffer)
  return zlib.gzipSync(Buffer.concat(chunks))
}
