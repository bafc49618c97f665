// Cold start: `node -e 0`, the CLI (`node dist/cli.js check --offline`) and the action (`node dist/index.js`,
// offline, as a runner starts it) on a small repository, alternated in one run so noise hits all alike.
// Wall time, and the CPU time (user + system, from bash's `time`) that a loaded machine inflates less.
// Usage: scripts/node24 bench/cold-start.mjs [runs=21] [--against DIST]
//   --against DIST: also runs another build's dist/ (e.g. main's, built elsewhere) in the same alternation.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const againstAt = args.indexOf('--against')
const against = againstAt >= 0 ? path.resolve(args.splice(againstAt, 2)[1]) : null
const runs = Number(args[0] ?? 21)
const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-cold-'))
fs.mkdirSync(path.join(repo, '.github/workflows'), { recursive: true })
fs.writeFileSync(path.join(repo, 'SECURITY.md'), 'Report privately.\n')
for (let i = 0; i < 10; i += 1) {
  fs.writeFileSync(
    path.join(repo, `.github/workflows/w${i}.yml`),
    `on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n        with:\n          persist-credentials: false\n      - run: npm ci && npm test\n`
  )
}
const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-cold-temp-'))
const actionEnv = {
  PATH: process.env.PATH,
  GITHUB_WORKSPACE: repo,
  RUNNER_TEMP: runnerTemp,
  INPUT_PATH: '.',
  INPUT_SUMMARY: 'false',
  INPUT_ANNOTATIONS: 'false'
}
const withCaVar = { ...process.env }
const commands = {
  'node -e 0': { args: ['-e', '0'], env: process.env },
  'chaingate check (CLI)': { args: [path.join(root, 'dist/cli.js'), 'check', repo, '--offline'], env: process.env },
  'action (dist/index.js)': { args: [path.join(root, 'dist/index.js')], env: actionEnv }
}
if (against) {
  commands[`chaingate check (CLI, ${against})`] = { args: [path.join(against, 'cli.js'), 'check', repo, '--offline'], env: process.env }
  commands[`action (${against})`] = { args: [path.join(against, 'index.js')], env: actionEnv }
}
const bash = fs.existsSync('/bin/bash')
const wall = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
const cpu = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
const rss = Object.fromEntries(Object.keys(commands).map((name) => [name, []]))
for (let i = 0; i < runs + 2; i += 1) {
  for (const [name, command] of Object.entries(commands)) {
    const env = { ...command.env, NODE_EXTRA_CA_CERTS: withCaVar.NODE_EXTRA_CA_CERTS ?? '' }
    const started = process.hrtime.bigint()
    const result = spawnSync(process.execPath, command.args, { env, encoding: 'utf8' })
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${result.stderr || result.stdout}`)
    if (i >= 2) wall[name].push(ms)
    // CPU time from a second start under bash's `time` (whose own start would distort the wall time).
    if (!bash) continue
    const timed = spawnSync('/bin/bash', ['-c', 'TIMEFORMAT="@cpu %3U %3S"; time "$@"', 'cold-start', process.execPath, ...command.args], {
      env,
      encoding: 'utf8'
    })
    const times = timed.stderr
      .trim()
      .split('\n')
      .pop()
      .match(/^@cpu ([\d.]+) ([\d.]+)$/)
    if (i >= 2 && times) cpu[name].push((Number(times[1]) + Number(times[2])) * 1000)
  }
}
// Peak RSS of one run each, from /usr/bin/time when present.
for (const [name, command] of Object.entries(commands)) {
  const timed = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...command.args], { env: command.env, encoding: 'utf8' })
  if (timed.status === 0) rss[name] = Number(timed.stderr.trim().split('\n').pop()) / 1024
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const base = median(wall['node -e 0'])
const cpuBase = cpu['node -e 0'].length ? median(cpu['node -e 0']) : NaN
console.log(
  `Node ${process.version}, ${os.cpus().length} CPUs, load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}, ${runs} runs each (alternated), NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'}`
)
console.log('| command | median wall | ratio to node -e 0 | median CPU | CPU ratio | peak RSS |')
console.log('|---|---|---|---|---|---|')
for (const name of Object.keys(commands)) {
  const m = median(wall[name])
  const c = cpu[name].length ? median(cpu[name]) : NaN
  console.log(
    `| ${name} | ${m.toFixed(0)} ms | ${(m / base).toFixed(2)}× | ${Number.isNaN(c) ? 'n/a' : `${c.toFixed(0)} ms`} | ${Number.isNaN(c) ? 'n/a' : `${(c / cpuBase).toFixed(2)}×`} | ${typeof rss[name] === 'number' ? `${rss[name].toFixed(0)} MiB` : 'n/a'} |`
  )
}
fs.rmSync(repo, { recursive: true, force: true })
fs.rmSync(runnerTemp, { recursive: true, force: true })
