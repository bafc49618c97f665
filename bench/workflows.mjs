#!/usr/bin/env node
/**
 * Workflow-audit benchmark: `chaingate check` (offline, every rule) over a generated corpus of workflows,
 * side by side in one run with GitHub's `@actions/workflow-parser` parse + convert alone (the baseline a
 * user might run instead). Each tool runs as its own process, alternately, `--runs` times; wall time and
 * peak RSS come from /usr/bin/time (`%e %M`).
 *
 *   scripts/node24 bench/workflows.mjs [--count 1000] [--runs 5] [--robust 3000] [--real-runs 3]
 *
 * zizmor (the peer, installed by `scripts/install-peers.sh zizmor` at the version bench/zizmor-audits.json
 * names) runs in the same runs, offline (`--offline`, no token, its default `regular` persona, `--format json`):
 * on the generated corpus as a third tool, and on the real-world corpus (bench/real-corpus.mjs restore; skipped
 * with a line saying so when absent) side by side with chaingate, one process per repository each, alternately,
 * `--real-runs` times, then both once over all its files in one process; the per-audit agreement of the two
 * (bench/zizmor-agreement.mjs) goes to bench/out/zizmor-agreement.json.
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
import { agreement } from './zizmor-agreement.mjs'

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), [])
)
const COUNT = Number(args.count ?? 1000)
const RUNS = Number(args.runs ?? 5)
const ROBUST = Number(args.robust ?? 0)
const REAL_RUNS = Number(args['real-runs'] ?? 3)
const OUT = 'bench/out'
const PEERS = process.env.CHAINGATE_PEERS_DIR ?? path.join(process.env.HOME ?? '', '.cache', 'chaingate-peers')
const ZIZMOR_AUDITS = JSON.parse(fs.readFileSync('bench/zizmor-audits.json', 'utf8'))
const ZIZMOR = path.join(PEERS, 'bin', 'zizmor')
const zizmorVersion = (() => {
  const found = spawnSync(ZIZMOR, ['--version'], { encoding: 'utf8' })
  const version = /zizmor (\S+)/.exec(found.stdout ?? '')?.[1]
  if (version !== ZIZMOR_AUDITS.zizmorVersion) {
    console.error(
      `workflows bench: zizmor ${ZIZMOR_AUDITS.zizmorVersion} is needed at ${ZIZMOR} (found ${version ?? 'none'}): run scripts/install-peers.sh zizmor`
    )
    process.exit(1)
  }
  return version
})()
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
await build({
  entryPoints: ['bench/workflow-parser-baseline.mjs'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile: `${OUT}/workflow-parser-baseline.mjs`,
  banner,
  logLevel: 'warning',
  legalComments: 'none'
})

const env = { ...process.env }
for (const name of ['GITHUB_TOKEN', 'GH_TOKEN', 'CHAINGATE_ADMIN_TOKEN', 'GITHUB_REPOSITORY', 'GITHUB_REF', 'GITHUB_SHA']) delete env[name]

function timed(argv, program = node) {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M %U %S', program, ...argv], { env, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 })
  const match = /__TIME__ ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr)
  if (!match) throw new Error(`no timing for ${argv.join(' ')}: ${result.stderr.slice(-2000)}`)
  return {
    wall: Number(match[1]),
    rssMiB: Number(match[2]) / 1024,
    cpu: Number(match[3]) + Number(match[4]),
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr.replace(/__TIME__.*\n?/, '')
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

// zizmor's defaults but offline (its ignore comments honoured, as chaingate honours them: src/policy/waivers.ts),
// every input kind (`--collect=all`: the corpora live in git-ignored folders, which its default collection
// skips), JSON, no configuration file, exit 0 with findings.
const ZIZMOR_ARGS = ['--offline', '--no-config', '--no-exit-codes', '--no-progress', '--format', 'json', '--collect=all', `--persona=${ZIZMOR_AUDITS.persona}`]
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
  },
  [`zizmor ${zizmorVersion} --offline (regular persona)`]: () => {
    const run = timed([...ZIZMOR_ARGS, dir], ZIZMOR)
    if (run.status !== 0) throw new Error(`zizmor exited ${run.status}: ${run.stderr.slice(-2000)}`)
    return { ...run, inProcessMs: NaN, findings: JSON.parse(run.stdout).length, failing: NaN }
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
  ...rows.map(
    (row) =>
      `| ${row.tool} | ${row.wallS.toFixed(2)} | ${row.cpuS.toFixed(2)} | ${row.filesPerS} | ${Number.isNaN(row.inProcessMs) ? '–' : row.inProcessMs} | ${row.peakRssMiB} | ${row.maxPeakRssMiB} | ${row.findings} |`
  )
]

let real = null
const REAL = 'bench/corpus/real-workflows'
if (REAL_RUNS > 0 && !fs.existsSync(REAL)) {
  lines.push('', `Real-world corpus: skipped, ${REAL} is absent (node bench/real-corpus.mjs restore <mirrors>).`)
} else if (REAL_RUNS > 0) {
  real = realCorpus()
  lines.push('', ...real.lines)
}

let robust = null
if (ROBUST > 0) {
  const broken = 55
  const robustDir = corpus(ROBUST, broken)
  const run = timed([CLI, 'check', robustDir, '--format', 'json', '--output', `${OUT}/workflows-robust-report.json`, '--offline'])
  const report = JSON.parse(fs.readFileSync(`${OUT}/workflows-robust-report.json`, 'utf8'))
  const internal = report.findings.filter((finding) => /internal error/.test(finding.message))
  const invalid = report.findings.filter((finding) => finding.rule === 'invalid-workflow' && finding.status === 'fail').length
  const rules = new Set(report.findings.map((finding) => finding.rule)).size
  robust = {
    files: ROBUST + broken,
    status: run.status,
    wall: run.wall,
    rssMiB: Math.round(run.rssMiB),
    internalErrors: internal.length,
    invalidWorkflow: invalid,
    rulesReporting: rules
  }
  lines.push(
    '',
    `Robustness: ${robust.files} files (${broken} damaged on purpose): exit ${run.status}, ${run.wall.toFixed(2)} s, ${robust.rssMiB} MiB, ${invalid} invalid-workflow findings, ${internal.length} internal errors, ${rules} rules reported.`
  )
  if ((run.status !== 0 && run.status !== 1) || internal.length > 0) {
    console.error(lines.join('\n'))
    for (const finding of internal.slice(0, 10)) console.error(finding.rule, finding.message)
    process.exitCode = 1
  }
}

fs.writeFileSync(
  `${OUT}/workflows-results.json`,
  JSON.stringify(
    {
      files,
      actions,
      runs: RUNS,
      rows,
      robust,
      real: real && { ...real, lines: undefined },
      zizmor: zizmorVersion,
      node: process.version,
      date: new Date().toISOString()
    },
    null,
    2
  )
)
console.log(lines.join('\n'))

/**
 * The real-world corpus: per repository, chaingate (`check <repo> --offline`) and zizmor (offline, the repo's
 * directory) alternately, REAL_RUNS passes; then each tool once over all files in one process (a flat copy of
 * the corpus, one `.github/workflows/`); then the per-audit agreement from the first pass's reports.
 * A repository zizmor refuses to load (it stops on the first file it cannot load) is re-run file by file
 * outside the timing, and the files it refuses are listed.
 */
function realCorpus() {
  const repos = fs
    .readdirSync(REAL)
    .filter((name) => fs.existsSync(path.join(REAL, name, '.github', 'workflows')))
    .sort()
  const fileCount = repos.reduce(
    (sum, repo) => sum + fs.readdirSync(path.join(REAL, repo, '.github', 'workflows')).filter((name) => /\.ya?ml$/.test(name)).length,
    0
  )
  const perRepoReport = `${OUT}/real-report.json`
  const passes = { chaingate: [], zizmor: [] }
  const chaingateReports = {}
  const zizmorFindings = {}
  const refused = []
  const loadAvg = []
  for (let pass = 0; pass < REAL_RUNS; pass += 1) {
    loadAvg.push(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0])
    for (const tool of pass % 2 ? ['zizmor', 'chaingate'] : ['chaingate', 'zizmor']) {
      let wall = 0
      let cpu = 0
      let peak = 0
      for (const repo of repos) {
        const target = path.join(REAL, repo)
        if (tool === 'chaingate') {
          const run = timed([CLI, 'check', target, '--format', 'json', '--output', perRepoReport, '--offline'])
          if (run.status !== 0 && run.status !== 1) throw new Error(`chaingate exited ${run.status} on ${repo}: ${run.stderr.slice(-2000)}`)
          if (pass === 0) chaingateReports[repo] = JSON.parse(fs.readFileSync(perRepoReport, 'utf8'))
          wall += run.wall
          cpu += run.cpu
          peak = Math.max(peak, run.rssMiB)
        } else {
          const run = timed([...ZIZMOR_ARGS, target], ZIZMOR)
          wall += run.wall
          cpu += run.cpu
          peak = Math.max(peak, run.rssMiB)
          if (pass !== 0) continue
          if (run.status === 0) {
            zizmorFindings[repo] = JSON.parse(run.stdout)
            continue
          }
          zizmorFindings[repo] = []
          const workflows = path.join(target, '.github', 'workflows')
          for (const name of fs.readdirSync(workflows).sort()) {
            const one = spawnSync(ZIZMOR, [...ZIZMOR_ARGS, path.join(workflows, name)], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
            if (one.status === 0) zizmorFindings[repo].push(...JSON.parse(one.stdout))
            else
              refused.push(
                `${repo}/.github/workflows/${name}: ${(/error: (.*)/.exec(one.stderr)?.[1] ?? `exit ${one.status}`).replace(/file:\/\/\S+/, 'the file')}`
              )
          }
        }
      }
      passes[tool].push({ wall, cpu, peak })
    }
  }
  // One process over everything: a flat copy (repo+file names), which chaingate reads as one repository.
  const flat = 'bench/corpus/real-flat'
  const flatWorkflows = path.join(flat, '.github', 'workflows')
  fs.rmSync(flat, { recursive: true, force: true })
  fs.mkdirSync(flatWorkflows, { recursive: true })
  const refusedFiles = new Set(refused.map((line) => line.split(':')[0]))
  for (const repo of repos) {
    const workflows = path.join(REAL, repo, '.github', 'workflows')
    for (const name of fs.readdirSync(workflows)) {
      if (!refusedFiles.has(`${repo}/.github/workflows/${name}`)) fs.copyFileSync(path.join(workflows, name), path.join(flatWorkflows, `${repo}+${name}`))
    }
  }
  const once = { chaingate: [], zizmor: [] }
  for (let pass = 0; pass < REAL_RUNS; pass += 1) {
    for (const tool of pass % 2 ? ['zizmor', 'chaingate'] : ['chaingate', 'zizmor']) {
      const run =
        tool === 'chaingate'
          ? timed([CLI, 'check', flat, '--format', 'json', '--output', `${OUT}/real-flat-report.json`, '--offline'])
          : timed([...ZIZMOR_ARGS, flat], ZIZMOR)
      if (tool === 'zizmor' && run.status !== 0) throw new Error(`zizmor exited ${run.status} on the flat corpus: ${run.stderr.slice(-500)}`)
      once[tool].push(run)
    }
  }
  const rows = agreement(REAL, chaingateReports, zizmorFindings, ZIZMOR_AUDITS)
  fs.writeFileSync(`${OUT}/zizmor-agreement.json`, JSON.stringify({ zizmor: zizmorVersion, persona: ZIZMOR_AUDITS.persona, refused, rows }, null, 2))
  const med = (runs, key) => median(runs.map((run) => run[key]))
  const fmt = (value) => value.toFixed(2)
  const out = [
    `Real-world corpus: ${fileCount} workflow files in ${repos.length} repositories (bench/real-workflows.manifest.tsv); ${REAL_RUNS} alternating passes, medians; load average (1 min) at the start of each pass: ${loadAvg.join(', ')}`,
    '',
    '| tool | one process per repository: wall (s) | CPU user+sys (s) | max peak RSS (MiB) | all files in one process: wall (s) | CPU (s) | peak RSS (MiB) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...['chaingate', 'zizmor'].map(
      (tool) =>
        `| ${tool === 'chaingate' ? 'chaingate check --offline' : `zizmor ${zizmorVersion} --offline`} | ${fmt(med(passes[tool], 'wall'))} | ${fmt(med(passes[tool], 'cpu'))} | ${Math.round(med(passes[tool], 'peak'))} | ${fmt(med(once[tool], 'wall'))} | ${fmt(med(once[tool], 'cpu'))} | ${Math.round(med(once[tool], 'rssMiB'))} |`
    ),
    '',
    refused.length
      ? `zizmor refused ${refused.length} file(s) (not in the agreement counts of either tool's side for zizmor, not in the one-process run): ${refused.join('; ')}`
      : 'zizmor loaded every file.',
    '',
    `Agreement per shared audit (places = file + step, or job, or file; bench/out/zizmor-agreement.json has every disagreement):`,
    '',
    '| zizmor audit | chaingate rule | both | only chaingate | only zizmor |',
    '|---|---|---:|---:|---:|',
    ...rows.map((row) => `| ${row.audit} | ${row.chaingate} | ${row.both} | ${row.onlyChaingate} | ${row.onlyZizmor} |`)
  ]
  return {
    files: fileCount,
    repositories: repos.length,
    passes,
    once: Object.fromEntries(Object.entries(once).map(([tool, runs]) => [tool, runs.map(({ wall, cpu, rssMiB }) => ({ wall, cpu, rssMiB }))])),
    refused,
    lines: out
  }
}
