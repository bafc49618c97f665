// chaingate's Dockerfile reader checked against BuildKit on REAL Dockerfiles (a check, not a timing; the corpus is
// not in the repository and nothing here uses the network). Each file is read by chaingate's reader
// (src/images/sources/dockerfile.ts `dockerfileImages`, the TypeScript sources transformed as they load) and by the
// oracle `image-sources dockerfile` (test/interop/image-sources: BuildKit v0.34.2's Dockerfile frontend, installed
// by `scripts/install-peers.sh image-sources`), and their findings are compared instruction by instruction:
//  - a stage's base: BuildKit's image (normalized as both sides write it: `docker.io/library/x:tag`), an earlier
//    stage, or scratch; chaingate must report the same image, and nothing for a stage or scratch;
//  - a base that changes with the builder's platform (the oracle expands it for two builders) or that a default
//    build cannot pull (an ARG with no default, `${V:?}`, an invalid reference): chaingate must say `unknown`;
//  - `--platform`: the same value, or unknown when it depends on the builder;
//  - `COPY --from` and `RUN --mount=…,from=`: the same image, nothing for a stage;
//  - `# syntax=`: the same frontend image.
// A file BuildKit refuses (a parse error, `from=$X` in a mount) is counted apart, with chaingate's findings for it.
// Where chaingate differs by design the difference is counted apart and named (bench/README.md says why).
//
// Usage: scripts/node24 bench/dockerfile-sources-check.mjs [--oracle PATH] [--jobs 2] DIR...
//   DIR: folders of Dockerfiles (searched recursively; bench/README.md says how the corpus was made).
//   → prints the agreement table and every difference, and writes bench/out/dockerfile-sources-check.json.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import './ts-sources.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    oracle: { type: 'string' },
    jobs: { type: 'string', default: '2' }
  }
})
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const peers = process.env.CHAINGATE_PEERS_DIR ?? path.join(os.homedir(), '.cache', 'chaingate-peers')
const ORACLE = values.oracle ?? path.join(peers, 'bin', 'image-sources')
if (!fs.existsSync(ORACLE)) {
  console.error(`dockerfile-sources-check: the oracle is not installed at ${ORACLE} (run scripts/install-peers.sh image-sources)`)
  process.exit(1)
}
if (positionals.length === 0) {
  console.error('usage: dockerfile-sources-check.mjs [--oracle PATH] [--jobs N] DIR...')
  process.exit(1)
}

const { dockerfileImages } = await import('../src/images/sources/dockerfile.ts')
const { parseImageRef } = await import('../src/images/sources/reference.ts')
const { isDockerfileName } = await import('../src/images/sources/index.ts')

function walk(dir, files = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, files)
    else if (entry.isFile() && entry.name !== 'MANIFEST.tsv') files.push(full)
  }
  return files
}
// Only what chaingate reads as a Dockerfile (not `dockerfile.go`, templates, documents); a corpus file's name may
// carry its folders joined by `__` (bench/README.md).
const files = positionals
  .flatMap((dir) => walk(path.resolve(dir)))
  .filter((file) => isDockerfileName(path.basename(file).split('__').at(-1)))
  .sort()

function oracle(file) {
  return new Promise((resolve) => {
    const child = spawn(ORACLE, ['dockerfile', file], { stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('close', (code) => {
      if (code !== 0) return resolve({ error: stderr.trim().replace(/^image-sources: [^:]*: /, '') })
      resolve({
        records: stdout
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line))
      })
    })
  })
}

/** The oracle's reference in chaingate's canonical form (both sides write `docker.io/library/x:tag`). */
function canonical(text) {
  const parsed = parseImageRef(text)
  return parsed.ok ? parsed.ref.canonical : `invalid ${text}`
}

const KIND = { 'dockerfile-from': 'from', 'dockerfile-copy': 'copy', 'dockerfile-mount': 'mount', 'dockerfile-syntax': 'syntax' }
const counts = {}
const count = (kind, outcome) => {
  counts[kind] ??= {}
  counts[kind][outcome] = (counts[kind][outcome] ?? 0) + 1
}
const differences = []
const deliberate = []
const refused = []
let crashed = 0

/** Compares one file; returns nothing, counts and records. */
function compare(file, ours, theirs) {
  const name = path.relative(process.cwd(), file)
  const differ = (kind, line, what, detail) => differences.push({ file: name, kind, line, what, ...detail })
  // Each of chaingate's findings goes to the oracle's record of the same kind whose instruction starts on the
  // greatest line at or before it (an instruction may continue over several lines); several on one instruction
  // (two mounts) are told apart by the text.
  const byKind = { from: [], copy: [], mount: [], syntax: [] }
  // The frontend image of `# syntax=` is written as is (BuildKit pulls it by that name).
  for (const record of theirs) byKind[record.kind].push({ ...record, image: record.image ?? record.text, ours: [] })
  const unmatched = []
  for (const image of ours) {
    const kind = KIND[image.kind]
    const line = image.location?.startLine ?? 0
    const candidates = byKind[kind].filter((record) => record.line <= line || kind === 'syntax')
    const best = Math.max(...candidates.map((record) => record.line))
    const same = candidates.filter((record) => record.line === best)
    const record =
      same.find((candidate) => candidate.text === image.text && candidate.ours.length === 0) ?? same.find((candidate) => candidate.ours.length === 0)
    if (record) record.ours.push(image)
    else unmatched.push(image)
  }
  for (const image of unmatched) {
    count(KIND[image.kind], 'extra')
    differ(KIND[image.kind], image.location?.startLine, 'chaingate reports an image BuildKit does not see', { text: image.text, ours: summary(image) })
  }
  for (const [kind, records] of Object.entries(byKind)) {
    for (const record of records) {
      const image = record.ours[0]
      const detail = { text: record.text, oracle: oracleSummary(record), ours: image ? summary(image) : 'nothing' }
      const varies = record.builder === true
      if (record.from_stage !== undefined || record.scratch) {
        if (!image) count(kind, 'agree: a stage / scratch')
        else if (varies && image.unknown) count(kind, 'agree: unknown (a stage or an image, by the builder)')
        else {
          count(kind, 'differ')
          differ(kind, record.line, 'BuildKit builds on a stage (or scratch), chaingate reports an image', detail)
        }
        continue
      }
      if (!image) {
        count(kind, 'differ')
        differ(kind, record.line, 'chaingate reports nothing', detail)
        continue
      }
      if (varies || record.error !== undefined) {
        if (image.unknown) count(kind, varies ? 'agree: unknown (depends on the builder)' : 'agree: unknown (a default build fails)')
        else {
          count(kind, 'differ')
          differ(kind, record.line, varies ? 'the image depends on the builder, chaingate resolves it' : 'a default build fails, chaingate resolves it', detail)
        }
        continue
      }
      const expected = canonical(record.image)
      if (image.ref?.canonical === expected) {
        // A base image names its stage as BuildKit does: the stage's name (lower case), else its index.
        const stage = `stage ${record.stage ?? record.index}`
        const platform = kind === 'from' && image.context !== stage ? `another stage (${image.context}, BuildKit: ${stage})` : comparePlatform(record, image)
        if (platform === 'agree') count(kind, 'agree: same image')
        else {
          count(kind, 'differ')
          differ(kind, record.line, platform, detail)
        }
      } else if (image.unknown && record.unset && /has no default|is not declared/.test(image.unknown)) {
        // `FROM alpine${SUFFIX}` with SUFFIX declared without a default: a default build pulls what is left.
        count(kind, 'deliberate: unknown (an ARG without a default)')
        deliberate.push({ file: name, kind, line: record.line, why: 'an ARG without a default', ...detail })
      } else {
        count(kind, 'differ')
        differ(kind, record.line, image.unknown ? 'BuildKit resolves it, chaingate says unknown' : 'a different image', detail)
      }
    }
  }
}

function comparePlatform(record, image) {
  if (record.kind !== 'from' || record.platform === undefined)
    return image.platform || image.platformUnknown ? 'chaingate reads a platform BuildKit does not' : 'agree'
  if (record.platform_builder || record.platform_error) return image.platformUnknown ? 'agree' : 'the platform depends on the builder, chaingate resolves it'
  return image.platform === record.platform ? 'agree' : `a different platform (${image.platform ?? image.platformUnknown})`
}

function summary(image) {
  return image.ref ? image.ref.canonical : `unknown: ${image.unknown}`
}
function oracleSummary(record) {
  if (record.from_stage !== undefined) return `stage ${record.from_stage}${record.builder ? ' (by the builder)' : ''}`
  if (record.scratch) return 'scratch'
  if (record.error !== undefined) return `error: ${record.error}`
  return `${record.image}${record.builder ? ' (by the builder)' : ''}${record.platform ? ` [${record.platform}]` : ''}`
}

const jobs = Math.max(1, Number(values.jobs))
let next = 0
async function worker() {
  while (next < files.length) {
    const file = files[next++]
    const text = fs.readFileSync(file, 'utf8')
    let ours
    try {
      ours = dockerfileImages(path.basename(file), text)
    } catch (error) {
      crashed += 1
      differences.push({ file, what: `chaingate throws: ${error.message}` })
      continue
    }
    const result = await oracle(file)
    if (result.error !== undefined) {
      refused.push({ file: path.relative(process.cwd(), file), error: result.error, ours: ours.map(summary) })
      continue
    }
    compare(file, ours, result.records)
  }
}
await Promise.all(Array.from({ length: jobs }, worker))

console.log(`${files.length} Dockerfiles; BuildKit refuses ${refused.length}; chaingate throws on ${crashed}`)
console.log('')
for (const [kind, outcomes] of Object.entries(counts)) {
  for (const [outcome, n] of Object.entries(outcomes).sort()) console.log(`${kind.padEnd(7)} ${outcome.padEnd(58)} ${n}`)
}
console.log('')
if (differences.length > 0) {
  console.log(`${differences.length} differences:`)
  for (const difference of differences)
    console.log(
      `  ${difference.file}:${difference.line ?? ''} ${difference.kind ?? ''}: ${difference.what}\n      ${JSON.stringify(difference.text)} BuildKit: ${difference.oracle ?? '-'}; chaingate: ${difference.ours ?? '-'}`
    )
}
const refusals = {}
for (const { error } of refused) {
  const reason = error
    .replace(/^.*?: /, '')
    .replace(/"[^"]*"/g, '"…"')
    .slice(0, 90)
  refusals[reason] = (refusals[reason] ?? 0) + 1
}
if (refused.length > 0) {
  console.log(`BuildKit refuses ${refused.length} files:`)
  for (const [reason, n] of Object.entries(refusals).sort((a, b) => b[1] - a[1])) console.log(`  ${n} ${reason}`)
}
fs.mkdirSync(path.join(root, 'bench', 'out'), { recursive: true })
fs.writeFileSync(
  path.join(root, 'bench', 'out', 'dockerfile-sources-check.json'),
  JSON.stringify({ files: files.length, counts, differences, deliberate, refused }, null, 2)
)
