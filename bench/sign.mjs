// Signing benchmark: 1,000 file subjects signed into one statement against the Sigstore mock services
// (test/support/sigstore, real HTTP on 127.0.0.1; Fulcio + Rekor), through chaingate's production sign()
// (src/attest/index.ts, bundled on the fly with esbuild). Reports hashing and signing time separately, and
// counts the certificates and log entries requested per signing (target: one each, < 2 s beyond hashing).
// usage: scripts/node24 bench/sign.mjs [--subjects 1000] [--runs 5] [--json FILE]
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'bench', 'out')
const lib = path.join(out, 'sign-lib.mjs')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const round = (value) => Math.round(value * 10) / 10

fs.mkdirSync(out, { recursive: true })
await build({
  stdin: {
    contents: [
      "export { sign } from './src/attest/index.ts'",
      "export { Workspace } from './src/workspace/workspace.ts'",
      "export { startMockSigstore } from './test/support/sigstore/mock-services.ts'"
    ].join('\n'),
    resolveDir: root,
    loader: 'ts'
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  packages: 'external',
  outfile: lib,
  logLevel: 'warning'
})
const { sign, Workspace, startMockSigstore } = await import(pathToFileURL(lib).href)

const count = Number(option('--subjects', '1000'))
const runs = Number(option('--runs', '5'))
const corpus = path.join(out, 'sign-corpus')
const mock = await startMockSigstore()
const samples = []
try {
  fs.rmSync(corpus, { recursive: true, force: true })
  fs.mkdirSync(path.join(corpus, 'dist'), { recursive: true })
  for (let index = 0; index < count; index += 1) fs.writeFileSync(path.join(corpus, 'dist', `artifact-${index}.bin`), crypto.randomBytes(1024))
  const build = {
    serverUrl: 'https://github.com',
    repository: 'octo-org/app',
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    workflowRef: 'octo-org/app/.github/workflows/release.yml@refs/heads/main',
    eventName: 'push',
    runId: '1',
    runAttempt: '1'
  }
  for (let run = 0; run < runs + 1; run += 1) {
    const before = {
      certs: mock.requests.get('/api/v2/signingCert') ?? 0,
      entries: mock.requests.get('/api/v1/log/entries') ?? 0,
      tokens: mock.requests.get('/_oidc/token') ?? 0
    }
    const started = performance.now()
    const outcome = await sign({
      workspace: new Workspace(corpus),
      subjectPaths: ['dist/*.bin'],
      predicate: 'provenance',
      build,
      method: { kind: 'keyless', identityProvider: { getToken: async () => mock.token() }, fulcioUrl: mock.url, rekorUrl: mock.url },
      bundleOut: path.join(corpus, 'dist.sigstore.json')
    })
    const totalMs = performance.now() - started
    const bundle = JSON.parse(fs.readFileSync(outcome.bundlePath, 'utf8'))
    if (outcome.subjects.length !== count) throw new Error(`signed ${outcome.subjects.length} subjects`)
    if (run === 0) continue // warm-up
    samples.push({
      hashMs: outcome.timings.hashMs,
      signMs: outcome.timings.signMs,
      totalMs,
      certificates: (mock.requests.get('/api/v2/signingCert') ?? 0) - before.certs,
      logEntries: (mock.requests.get('/api/v1/log/entries') ?? 0) - before.entries,
      tlogEntriesInBundle: bundle.verificationMaterial.tlogEntries.length,
      bundleBytes: fs.statSync(outcome.bundlePath).size
    })
  }
} finally {
  await mock.close()
  fs.rmSync(corpus, { recursive: true, force: true })
}
const results = {
  date: new Date().toISOString(),
  node: process.version,
  subjects: count,
  runs,
  hashMs: round(median(samples.map((sample) => sample.hashMs))),
  signMs: round(median(samples.map((sample) => sample.signMs))),
  signMsMax: round(Math.max(...samples.map((sample) => sample.signMs))),
  totalMs: round(median(samples.map((sample) => sample.totalMs))),
  certificatesPerSigning: [...new Set(samples.map((sample) => sample.certificates))],
  logEntriesPerSigning: [...new Set(samples.map((sample) => sample.logEntries))],
  tlogEntriesInBundle: [...new Set(samples.map((sample) => sample.tlogEntriesInBundle))],
  bundleBytes: samples[0]?.bundleBytes
}
const json = `${JSON.stringify(results, null, 2)}\n`
fs.writeFileSync(option('--json', path.join(out, 'sign-results.json')), json)
process.stdout.write(json)
