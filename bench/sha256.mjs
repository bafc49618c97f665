// SHA-256 benchmarks for chaingate's subject hashing (src/attest/digest.ts, bundled on the fly with esbuild):
//   1. a 1 GiB file: chaingate's hasher in a child process side by side with `openssl dgst -sha256`, in one
//      run, alternating, warm page cache; wall time, MB/s and the children's peak RSS (/usr/bin/time -f %M,
//      else the child's own getrusage);
//   2. 10,000 small files (4 KiB, 10 directories): glob + hash through the production path, and the raw
//      concurrent hasher at several concurrency levels.
// The 1 GiB file and the corpus are deleted afterwards.
// usage: scripts/node24 bench/sha256.mjs [--size-mib 1024] [--runs 5] [--files 10000] [--json FILE]
import { execFileSync, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const out = path.join(root, 'bench', 'out')
const lib = path.join(out, 'sha256-lib.mjs')
// The child loads the hasher alone (src/attest/digest.ts), so its RSS is Node's plus what hashing costs.
const digestLib = path.join(out, 'sha256-digest.mjs')
const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : fallback
}

if (args[0] === '--child') {
  // Child: hash one file with the production code, report in-process time and own peak RSS.
  const { sha256File } = await import(pathToFileURL(digestLib).href)
  const started = process.hrtime.bigint()
  const digest = await sha256File(args[1])
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  process.stdout.write(JSON.stringify({ digest, ms, maxRssKiB: process.resourceUsage().maxRSS }))
  process.exit(0)
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const hasTime = fs.existsSync('/usr/bin/time')

/** Runs a command, returns wall ms, peak RSS (KiB, from /usr/bin/time) and stdout. */
function timed(command, commandArgs) {
  const started = process.hrtime.bigint()
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '__TIME__ %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 20 })
    : spawnSync(command, commandArgs, { encoding: 'utf8' })
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`)
  const rss = hasTime ? Number(/__TIME__ (\d+)/.exec(result.stderr)?.[1]) : undefined
  return { wallMs, rssKiB: rss, stdout: result.stdout }
}

async function main() {
  const { build } = await import('esbuild')
  fs.mkdirSync(out, { recursive: true })
  await build({
    stdin: {
      contents: [
        "export { sha256File, sha256Files } from './src/attest/digest.ts'",
        "export { matchFiles, fileSubjects } from './src/attest/subjects.ts'",
        "export { Workspace } from './src/workspace/workspace.ts'"
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
  await build({
    entryPoints: [path.join(root, 'src', 'attest', 'digest.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    outfile: digestLib,
    logLevel: 'warning'
  })
  const sizeMiB = Number(option('--size-mib', '1024'))
  const runs = Number(option('--runs', '5'))
  const fileCount = Number(option('--files', '10000'))
  const results = {
    date: new Date().toISOString(),
    node: process.version,
    openssl: execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim(),
    cpu: cpuModel(),
    big: null,
    small: null
  }

  // 1. One big file.
  const big = path.join(out, 'sha256-big.bin')
  try {
    const chunk = Buffer.allocUnsafe(16 * 1024 * 1024)
    const fd = fs.openSync(big, 'w')
    for (let written = 0; written < sizeMiB * 1024 * 1024; written += chunk.length) {
      crypto.randomFillSync(chunk)
      fs.writeSync(fd, chunk)
    }
    fs.closeSync(fd)
    const bytes = fs.statSync(big).size
    execFileSync('sh', ['-c', `cat '${big}' > /dev/null`]) // warm the page cache
    const node = []
    const openssl = []
    let expected
    for (let run = 0; run < runs + 1; run += 1) {
      const ssl = timed('openssl', ['dgst', '-sha256', big])
      const ours = timed(process.execPath, [fileURLToPath(import.meta.url), '--child', big])
      const child = JSON.parse(ours.stdout)
      expected ??= /= ([0-9a-f]{64})/.exec(ssl.stdout)?.[1]
      if (child.digest !== expected) throw new Error(`digest mismatch: ${child.digest} vs openssl ${expected}`)
      if (run === 0) continue // warm-up
      openssl.push(ssl)
      node.push({ ...ours, inProcessMs: child.ms, selfRssKiB: child.maxRssKiB })
    }
    const baseline = []
    for (let run = 0; run < runs; run += 1) baseline.push(timed(process.execPath, ['-e', '0']))
    const mbps = (ms) => bytes / 1e6 / (ms / 1000)
    const nodeWall = median(node.map((run) => run.wallMs))
    const nodeIn = median(node.map((run) => run.inProcessMs))
    const sslWall = median(openssl.map((run) => run.wallMs))
    results.big = {
      bytes,
      runs,
      openssl: {
        wallMs: round(sslWall),
        mbps: round(mbps(sslWall)),
        peakRssMiB: openssl[0].rssKiB ? round(median(openssl.map((run) => run.rssKiB)) / 1024) : null
      },
      chaingate: {
        wallMs: round(nodeWall),
        mbps: round(mbps(nodeWall)),
        inProcessMs: round(nodeIn),
        inProcessMbps: round(mbps(nodeIn)),
        peakRssMiB: round(Math.max(...node.map((run) => run.rssKiB ?? run.selfRssKiB)) / 1024),
        peakRssMB: round((Math.max(...node.map((run) => run.rssKiB ?? run.selfRssKiB)) * 1024) / 1e6)
      },
      nodeStartup: {
        wallMs: round(median(baseline.map((run) => run.wallMs))),
        peakRssMiB: baseline[0].rssKiB ? round(median(baseline.map((run) => run.rssKiB)) / 1024) : null
      },
      // Runs are interleaved (openssl, chaingate, openssl, ...): the ratio of each pair is robust to the
      // machine's load drifting, so the median of the pair ratios is the headline figure.
      ratioWholeProcess: round(median(node.map((run, index) => openssl[index].wallMs / run.wallMs)), 3),
      ratioHashing: round(median(node.map((run, index) => openssl[index].wallMs / run.inProcessMs)), 3),
      best: {
        opensslMbps: round(mbps(Math.min(...openssl.map((run) => run.wallMs)))),
        chaingateMbps: round(mbps(Math.min(...node.map((run) => run.wallMs)))),
        chaingateInProcessMbps: round(mbps(Math.min(...node.map((run) => run.inProcessMs))))
      },
      loadAverage: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
    }
  } finally {
    fs.rmSync(big, { force: true })
  }

  // 2. Many small files.
  const corpus = path.join(out, 'sha256-small')
  try {
    fs.rmSync(corpus, { recursive: true, force: true })
    for (let index = 0; index < fileCount; index += 1) {
      const directory = path.join(corpus, `d${index % 10}`)
      if (index < 10) fs.mkdirSync(directory, { recursive: true })
      fs.writeFileSync(path.join(directory, `f${index}.bin`), crypto.randomBytes(4096))
    }
    const { sha256Files, matchFiles, fileSubjects, Workspace } = await import(pathToFileURL(lib).href)
    const files = fs.readdirSync(corpus).flatMap((directory) => fs.readdirSync(path.join(corpus, directory)).map((name) => path.join(corpus, directory, name)))
    const time = async (fn) => {
      const samples = []
      for (let run = 0; run < runs + 1; run += 1) {
        const started = process.hrtime.bigint()
        await fn()
        if (run > 0) samples.push(Number(process.hrtime.bigint() - started) / 1e6)
      }
      return { medianMs: round(median(samples)), minMs: round(Math.min(...samples)), maxMs: round(Math.max(...samples)) }
    }
    const byConcurrency = {}
    for (const concurrency of [1, 8, 16, 32]) byConcurrency[concurrency] = await time(() => sha256Files(files, concurrency))
    const production = await time(async () => {
      const workspace = new Workspace(corpus)
      const subjects = await fileSubjects(matchFiles(workspace, ['**/*.bin']))
      if (subjects.length !== fileCount) throw new Error(`matched ${subjects.length}`)
    })
    results.small = { files: fileCount, bytesEach: 4096, runs, byConcurrency, globAndHash: production }
  } finally {
    fs.rmSync(corpus, { recursive: true, force: true })
  }
  const json = `${JSON.stringify(results, null, 2)}\n`
  const jsonOut = option('--json', path.join(out, 'sha256-results.json'))
  fs.writeFileSync(jsonOut, json)
  process.stdout.write(json)
}

function round(value, digits = 1) {
  const factor = 10 ** digits
  return Math.round(value * factor) / factor
}

function cpuModel() {
  try {
    return /model name\s*:\s*(.*)/.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

await main()
