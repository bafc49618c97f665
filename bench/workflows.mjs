#!/usr/bin/env node
/**
 * Workflow-audit benchmark: `chaingate check` (offline, every rule) over a generated corpus of workflows,
 * side by side in one run with GitHub's `@actions/workflow-parser` parse + convert alone (the baseline a
 * user might run instead). Each tool runs as its own process, alternately, `--runs` times; wall time and
 * peak RSS come from /usr/bin/time (`%e %M`).
 *
 *   scripts/node24 bench/workflows.mjs [--count 1000] [--runs 5] [--robust 3000]
 *
 * 1. generates the corpus with bench/corpus-gen.mjs into bench/corpus/ (git-ignored) unless present;
 * 2. builds chaingate as published (scripts/build.mjs, into bench/out/build/dist/) and bundles
 *    bench/workflow-parser-baseline.mjs with esbuild into bench/out/;
 * 3. prints a Markdown table (files/s, wall, peak RSS) and writes bench/out/workflows-results.json.
 * With `--robust N` it also audits N workflows plus damaged files and checks that the command neither
 * crashes nor reports an internal error (exit 0 or 1, a JSON report, every rule ran).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []))
const COUNT = Number(args.count ?? 1000)
const RUNS = Number(args.runs ?? 5)
const ROBUST = Number(args.robust ?? 0)
const OUT = 'bench/out'
const node = process.execPath
fs.mkdirSync(OUT, { recursive: true })

function corpus(count, broken = 0) {
  const dir = `bench/corpus/w${count}${broken ? `-broken${broken}` : ''}`
  const marker = path.join(dir, 'corpus.json')
  const wanted = { count, broken }
  const have = fs.existsSync(marker) ? JSON.parse(fs.readFileSync(marker, 'utf8')) : null
  if (!have || have.count !== wanted.count || have.broken !== wanted.broken) {
    execFileSync(node, ['bench/corpus-gen.mjs', '--count', String(count), '--broken', String(broken), '--out', dir], { stdio: 'inherit' })
  }
  return dir
}

const banner = { js: "import { createRequire as __cgCreateRequire } from 'node:module'; const require = __cgCreateRequire(import.meta.url);" }
// chaingate as published: the production build (code splitting, lazy chunks), into bench/out/build/dist/.
execFileSync(node, ['scripts/build.mjs', '--outdir', `${OUT}/build`], { stdio: 'inherit' })
const CLI = `${OUT}/build/dist/cli.js`
await build({ entryPoints: ['bench/workflow-parser-baseline.mjs'], bundle: true, platform: 'node', format: 'esm', target: 'node24', outfile: `${OUT}/workflow-parser-baseline.mjs`, banner, logLevel: 'warning', legalComments: 'none' })

const env = { ...process.env }
for (const name of ['GITHUB_TOKEN', 'GH_TOKEN', 'CHAINGATE_ADMIN_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_REF', 'GITHUB_SHA']) delete env[name]

function timed(argv) {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', node, ...argv], { env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  const match = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr)
  if (!match) throw new Error(`no timing for ${argv.join(' ')}: ${result.stderr.slice(-2000)}`)
  return { wall: Number(match[1]), rssMiB: Number(match[2]) / 1024, cpu: Number(match[3]) + Number(match[4]), status: result.status, stdout: result.stdout, stderr: result.stderr.replace(/__TIME__.*\n?/, '') }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const dir = corpus(COUNT)
const files = fs.readdirSync(path.join(dir, '.github', 'workflows')).length
const actions = JSON.parse(fs.readFileSync(path.join(dir, 'corpus.json'), 'utf8')).actions
const reportFile = `${OUT}/workflows-report.json`
const tools = {
  'chaingate check (offline, all rules)': () => {
    const run = timed([CLI, 'check', dir, '--format', 'json', '--output', reportFile, '--offline'])
    if (run.status !== 0 && run.status !== 1) throw new Error(`chaingate exited ${run.status}: ${run.stderr.slice(-2000)}`)
    const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'))
    return { ...run, inProcessMs: report.stats.durationMs, findings: report.findings.length, failing: report.counts.fail }
  },
  '@actions/workflow-parser parse + convert': () => {
    const run = timed([`${OUT}/workflow-parser-baseline.mjs`, dir])
    const line = JSON.parse(run.stdout.trim().split('\n').pop())
    return { ...run, inProcessMs: line.ms, findings: line.errors, failing: line.withErrors }
  }
}

const samples = Object.fromEntries(Object.keys(tools).map((name) => [name, []]))
for (let run = 0; run < RUNS; run += 1) {
  for (const [name, go] of Object.entries(tools)) samples[name].push(go())
}

const rows = Object.entries(samples).map(([name, runs]) => {
  const wall = median(runs.map((run) => run.wall))
  return {
    tool: name,
    wallS: wall,
    cpuS: median(runs.map((run) => run.cpu)),
    filesPerS: Math.round(files / wall),
    inProcessMs: median(runs.map((run) => run.inProcessMs)),
    peakRssMiB: Math.round(median(runs.map((run) => run.rssMiB)) * 10) / 10,
    maxPeakRssMiB: Math.round(Math.max(...runs.map((run) => run.rssMiB)) * 10) / 10,
    findings: runs[0].findings
  }
})

const lines = [
  `Corpus: ${files} workflows + ${actions} action.yml (bench/corpus-gen.mjs, seed 42), ${RUNS} alternating runs, medians; node ${process.version}, ${process.platform} ${process.arch}`,
  '',
  '| tool | wall (s) | CPU user+sys (s) | files/s (wall) | in-process (ms) | peak RSS (MiB) | max peak RSS (MiB) | findings / errors |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((row) => `| ${row.tool} | ${row.wallS.toFixed(2)} | ${row.cpuS.toFixed(2)} | ${row.filesPerS} | ${row.inProcessMs} | ${row.peakRssMiB} | ${row.maxPeakRssMiB} | ${row.findings} |`)
]

let robust = null
if (ROBUST > 0) {
  const broken = 55
  const robustDir = corpus(ROBUST, broken)
  const run = timed([CLI, 'check', robustDir, '--format', 'json', '--output', `${OUT}/workflows-robust-report.json`, '--offline'])
  const report = JSON.parse(fs.readFileSync(`${OUT}/workflows-robust-report.json`, 'utf8'))
  const internal = report.findings.filter((finding) => /internal error/.test(finding.message))
  const invalid = report.findings.filter((finding) => finding.rule === 'invalid-workflow' && finding.status === 'fail').length
  const rules = new Set(report.findings.map((finding) => finding.rule)).size
  robust = { files: ROBUST + broken, status: run.status, wall: run.wall, rssMiB: Math.round(run.rssMiB), internalErrors: internal.length, invalidWorkflow: invalid, rulesReporting: rules }
  lines.push('', `Robustness: ${robust.files} files (${broken} damaged on purpose): exit ${run.status}, ${run.wall.toFixed(2)} s, ${robust.rssMiB} MiB, ${invalid} invalid-workflow findings, ${internal.length} internal errors, ${rules} rules reported.`)
  if ((run.status !== 0 && run.status !== 1) || internal.length > 0) {
    console.error(lines.join('\n'))
    for (const finding of internal.slice(0, 10)) console.error(finding.rule, finding.message)
    process.exitCode = 1
  }
}

fs.writeFileSync(`${OUT}/workflows-results.json`, JSON.stringify({ files, actions, runs: RUNS, rows, robust, node: process.version, date: new Date().toISOString() }, null, 2))
console.log(lines.join('\n'))
