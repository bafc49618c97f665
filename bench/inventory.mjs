#!/usr/bin/env node
/**
 * Inventory of a large monorepo: chaingate (`chaingate sbom DIR`), syft (`syft dir:DIR`) and osv-scanner
 * (`osv-scanner scan source -r DIR --no-ignore --offline --all-packages`: it lists packages and, with no local
 * database, matches nothing) on the same corpus, in one run, each as its own
 * process, alternated (syft with its JavaScript dev dependencies included, as chaingate and osv-scanner do), `--runs` times; wall time and peak RSS from /usr/bin/time. Then the package sets are
 * compared lockfile by lockfile: (name, version) of every package each tool attributes to that file.
 *
 *   scripts/node24 bench/inventory-corpus.mjs          # once: makes bench/corpus/inventory with the real tools
 *   scripts/install-peers.sh syft osv-scanner           # pinned peers, cached outside the repository
 *   npm run build && scripts/node24 bench/inventory.mjs [--runs 5] [--corpus bench/corpus/inventory]
 *
 * Writes bench/out/inventory.json (timings, per-file agreement, every difference).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? args[index + 1] : fallback
}
const RUNS = Number(option('runs', 3))
const CORPUS = path.resolve(option('corpus', 'bench/corpus/inventory'))
const OUT = path.resolve('bench/out')
const PEERS = process.env.CHAINGATE_PEERS_DIR ?? path.join(os.homedir(), '.cache', 'chaingate-peers')
const SYFT = path.join(PEERS, 'bin', 'syft')
const OSV = path.join(PEERS, 'bin', 'osv-scanner')
const CLI = path.resolve('dist/cli.js')

for (const [what, file, how] of [
  ['the corpus', CORPUS, 'run scripts/node24 bench/inventory-corpus.mjs'],
  ['syft 1.57.2', SYFT, 'run scripts/install-peers.sh syft'],
  ['osv-scanner 2.6.0', OSV, 'run scripts/install-peers.sh osv-scanner'],
  ['the built CLI', CLI, 'run npm run build']
]) {
  if (!fs.existsSync(file)) {
    console.error(`bench/inventory: ${what} is missing (${file}): ${how}`)
    process.exit(1)
  }
}
fs.mkdirSync(OUT, { recursive: true })
const lockfiles = countLockfiles(CORPUS)

function countLockfiles(dir) {
  const names = new Set([
    'package-lock.json',
    'yarn.lock',
    'pnpm-lock.yaml',
    'bun.lock',
    'uv.lock',
    'poetry.lock',
    'Pipfile.lock',
    'Cargo.lock',
    'go.mod',
    'Gemfile.lock',
    'composer.lock'
  ])
  let count = 0
  const walk = (current) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'node_modules' && entry.name !== '.git') walk(path.join(current, entry.name))
      else if (entry.isFile() && names.has(entry.name)) count += 1
    }
  }
  walk(dir)
  return count
}

function timed(command, argv, env = {}) {
  const result = spawnSync('/usr/bin/time', ['-f', '__TIME__ %e %M', command, ...argv], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024
  })
  const match = /__TIME__ ([\d.]+) (\d+)/.exec(result.stderr ?? '')
  if (!match) throw new Error(`${command} did not run: ${result.error?.message ?? result.stderr}`)
  return {
    wall: Number(match[1]),
    rssMiB: Math.round(Number(match[2]) / 1024),
    status: result.status,
    stderr: result.stderr.replace(/__TIME__.*\n?/, '').trim()
  }
}

const node = process.execPath
const tools = {
  chaingate: () => timed(node, [CLI, 'sbom', CORPUS, '--format', 'cyclonedx', '--output', `${OUT}/inventory-chaingate.cdx.json`]),
  // The gate itself: the same inventory, then the dependency rules, JSON report written.
  'chaingate check': () => timed(node, [CLI, 'check', CORPUS, '--offline', '--format', 'json', '--output', `${OUT}/inventory-check.json`]),
  syft: () =>
    timed(SYFT, ['scan', `dir:${CORPUS}`, '-q', '-o', `syft-json=${OUT}/inventory-syft.json`], {
      SYFT_CHECK_FOR_APP_UPDATE: 'false',
      SYFT_PARALLELISM: '2',
      SYFT_JAVASCRIPT_INCLUDE_DEV_DEPENDENCIES: 'true'
    }),
  'osv-scanner': () =>
    timed(OSV, [
      'scan',
      'source',
      '-r',
      CORPUS,
      '--no-ignore',
      '--offline',
      '--all-packages',
      '--format',
      'json',
      '--output-file',
      `${OUT}/inventory-osv.json`,
      '--allow-no-lockfiles',
      '--verbosity',
      'error'
    ])
}
const runs = Object.fromEntries(Object.keys(tools).map((name) => [name, []]))
for (let run = 0; run < RUNS; run++) {
  for (const [name, start] of Object.entries(tools)) {
    const result = start()
    runs[name].push(result)
    process.stderr.write(`${name} run ${run + 1}: ${result.wall} s, ${result.rssMiB} MiB, exit ${result.status}\n`)
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const timings = Object.fromEntries(
  Object.entries(runs).map(([name, list]) => [
    name,
    {
      wall: median(list.map((r) => r.wall)),
      rssMiB: median(list.map((r) => r.rssMiB)),
      maxRssMiB: Math.max(...list.map((r) => r.rssMiB)),
      exit: list.map((r) => r.status)
    }
  ])
)

// Package sets per lockfile: "name@version" keyed by the file's path relative to the corpus.
function chaingateSets() {
  const bom = JSON.parse(fs.readFileSync(`${OUT}/inventory-chaingate.cdx.json`, 'utf8'))
  const sets = new Map()
  for (const component of bom.components ?? []) {
    for (const property of component.properties ?? []) {
      if (property.name !== 'chaingate:source-file') continue
      const file = property.value.replace(/:\d+$/, '')
      add(
        sets,
        file,
        `${component.group ? `${component.group}${component.purl?.startsWith('pkg:maven') ? ':' : '/'}` : ''}${component.name}@${component.version ?? ''}`
      )
    }
  }
  return sets
}
function syftSets() {
  const doc = JSON.parse(fs.readFileSync(`${OUT}/inventory-syft.json`, 'utf8'))
  const sets = new Map()
  for (const artifact of doc.artifacts ?? []) {
    for (const location of artifact.locations ?? []) add(sets, location.path.replace(/^\//, ''), `${artifact.name}@${artifact.version ?? ''}`)
  }
  return sets
}
function osvSets() {
  const doc = JSON.parse(fs.readFileSync(`${OUT}/inventory-osv.json`, 'utf8'))
  const sets = new Map()
  for (const result of doc.results ?? []) {
    const file = path.relative(CORPUS, result.source.path)
    for (const entry of result.packages ?? []) add(sets, file, `${entry.package.name}@${entry.package.version ?? ''}`)
  }
  return sets
}
function add(sets, file, key) {
  if (!sets.has(file)) sets.set(file, new Set())
  sets.get(file).add(key)
}

function compare(ours, theirs) {
  const files = [...theirs.keys()].filter((file) => ours.has(file)).sort()
  const perFile = files.map((file) => {
    const a = ours.get(file)
    const b = theirs.get(file)
    return { file, ours: a.size, theirs: b.size, onlyOurs: [...a].filter((key) => !b.has(key)).sort(), onlyTheirs: [...b].filter((key) => !a.has(key)).sort() }
  })
  return {
    filesBoth: files.length,
    filesOnlyTheirs: [...theirs.keys()].filter((file) => !ours.has(file)).sort(),
    filesOnlyOurs: [...ours.keys()].filter((file) => !theirs.has(file)).sort(),
    identical: perFile.filter((entry) => entry.onlyOurs.length === 0 && entry.onlyTheirs.length === 0).length,
    differing: perFile.filter((entry) => entry.onlyOurs.length > 0 || entry.onlyTheirs.length > 0)
  }
}

const ours = chaingateSets()
const packages = [...ours.values()].reduce((sum, set) => sum + set.size, 0)
const result = {
  date: new Date().toISOString(),
  corpus: CORPUS,
  lockfiles,
  packages,
  runs: RUNS,
  timings,
  vsSyft: compare(ours, syftSets()),
  vsOsvScanner: compare(ours, osvSets())
}
fs.writeFileSync(`${OUT}/inventory.json`, JSON.stringify(result, null, 2))
const faster = Math.min(timings.syft.wall, timings['osv-scanner'].wall)
// chaingate check exits 0 or 1 (its verdict); anything else is a failure of the run.
if (timings['chaingate check'].exit.some((code) => code !== 0 && code !== 1)) console.error('bench/inventory: chaingate check failed')
console.log(`corpus: ${lockfiles} lockfiles, ${packages} packages (chaingate's count, per file)`)
for (const [name, t] of Object.entries(timings))
  console.log(`${name.padEnd(16)} wall ${t.wall.toFixed(2)} s   peak RSS ${t.rssMiB} MiB (max ${t.maxRssMiB})   exit ${t.exit.join(',')}`)
console.log(`chaingate / faster peer: ${(timings.chaingate.wall / faster).toFixed(2)}×`)
for (const [peer, cmp] of [
  ['syft', result.vsSyft],
  ['osv-scanner', result.vsOsvScanner]
]) {
  console.log(
    `vs ${peer}: ${cmp.filesBoth} files read by both, ${cmp.identical} identical, ${cmp.differing.length} differ; files only ${peer}: ${cmp.filesOnlyTheirs.length}, only chaingate: ${cmp.filesOnlyOurs.length}`
  )
  for (const entry of cmp.differing.slice(0, 12))
    console.log(
      `  ${entry.file}: ours ${entry.ours}, ${peer} ${entry.theirs}; only ours ${entry.onlyOurs.slice(0, 3).join(' ')}${entry.onlyOurs.length > 3 ? ` (+${entry.onlyOurs.length - 3})` : ''}; only ${peer} ${entry.onlyTheirs.slice(0, 3).join(' ')}${entry.onlyTheirs.length > 3 ? ` (+${entry.onlyTheirs.length - 3})` : ''}`
    )
}
