// Advisory sources at scale. Runs the TypeScript sources directly (esbuild transforms each `.ts` file as it
// loads), so it measures the tree, not dist/.
//
// Part 1, requests per source: 10,000 packages across npm, PyPI, Maven, crates.io, RubyGems, Go, Debian and
// Alpine (the real records under test/fixtures/advisories/osv affect a few of them) checked against the fake
// OSV API, the fake GitHub `/advisories` and an offline snapshot of the same records.
//
// Part 2, offline matching side by side with osv-scanner (`--offline --offline-vulnerabilities`) on
// full-ecosystem snapshots built by bench/osv-snapshots.mjs from the databases' own git repositories (Go:
// golang/vulndb, crates.io: rustsec/advisory-db's OSV export, PyPI: pypa/advisory-database), zipped as
// `<Ecosystem>/all.zip` (the layout osv.dev publishes; osv-scanner 2.6 reads it from
// `$OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY/osv-scalibr/<Ecosystem>/all.zip`), over generated go.mod, Cargo.lock and
// requirements.txt files with each affected package at the version just below each fix and at the fix, plus
// packages no record names. Both tools run as whole processes on all of them at once, several times.
//
// Usage: scripts/node24 bench/advisories.mjs [--snapshots DIR] [--runs 3]
//        (DIR: bench/osv-snapshots.mjs's output, default ${XDG_CACHE_HOME:-~/.cache}/chaingate-bench/osv-snapshots)
//        → bench/out/advisories.json
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildSync } from 'esbuild'

import './ts-sources.mjs'

const { values } = parseArgs({ options: { snapshots: { type: 'string' }, runs: { type: 'string', default: '3' } } })
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
const peers = process.env.CHAINGATE_PEERS_DIR ?? path.join(os.homedir(), '.cache', 'chaingate-peers')
// Installed by scripts/install-peers.sh (pinned, from the Go module proxy).
const OSV_SCANNER = path.join(peers, 'bin', 'osv-scanner')
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-bench-advisories-'))
const results = { node: process.version, date: new Date().toISOString() }

// ---------------------------------------------------------------------------------------------------------
// Part 1: requests per source.
const { loadRecords, writeSnapshot } = await import('../test/support/advisories/records.ts')
const { startFakeOsv } = await import('../test/support/fake-osv/server.ts')
const { startFakeGitHub } = await import('../test/support/fake-github/server.ts')
const { advisoriesGraphqlRoute, advisoriesRoute, globalAdvisoryFromOsv } = await import('../test/support/fake-github/advisories.ts')
const { matchOsvApi } = await import('../src/advisories/sources/osv-api.ts')
const { matchGitHub } = await import('../src/advisories/sources/github.ts')
const { matchOffline } = await import('../src/advisories/sources/osv-offline.ts')
const { createGitHubClient, RequestCounter } = await import('../src/github/client.ts')
const { nameKey } = await import('../src/advisories/names.ts')
const { osvEcosystemOfGitHub } = await import('../src/advisories/ecosystems.ts')

const records = loadRecords()
const vulnerable = [
  ['npm', 'lodash', '4.17.15', 'GHSA-p6mc-m468-83gw'],
  ['Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1', 'GHSA-jfh8-c2jp-5v3q'],
  ['PyPI', 'jinja2', '3.1.2', 'GHSA-h5c8-rqwp-cp95'],
  ['crates.io', 'time', '0.2.22', 'GHSA-wcg3-cvx6-7396'],
  ['RubyGems', 'nokogiri', '1.13.3', 'GHSA-crjr-9rc5-ghw8'],
  ['Go', 'golang.org/x/text', 'v0.3.7', 'GO-2022-1059'],
  ['Debian:7', 'nginx', '1.2.1-2.2+wheezy2', 'DSA-3029-1'],
  ['Alpine:v3.16', 'mariadb', '10.6.7-r0', 'CVE-2022-27449']
]
const table = new Map(vulnerable.map(([ecosystem, name, version, id]) => [`${ecosystem} ${nameKey(ecosystem, name)} ${version.replace(/^v/, '')}`, [id]]))
const affects = (ecosystem, name, version) => table.get(`${ecosystem} ${nameKey(ecosystem, name)} ${version}`) ?? []
const shapes = {
  npm: (i) => [`bench-pkg-${i}`, `1.${i % 50}.${i % 7}`],
  PyPI: (i) => [`bench-py-${i}`, `2.${i % 30}.0`],
  Maven: (i) => [`org.example.bench:artifact-${i}`, `3.${i % 20}.1`],
  'crates.io': (i) => [`bench-crate-${i}`, `0.${i % 40}.3`],
  RubyGems: (i) => [`bench-gem-${i}`, `1.${i % 9}.0`],
  Go: (i) => [`example.com/bench/mod${i}`, `v1.${i % 12}.0`],
  'Debian:7': (i) => [`bench-deb-${i}`, `1.${i % 5}-${1 + (i % 3)}`],
  'Alpine:v3.16': (i) => [`bench-apk-${i}`, `1.${i % 5}.0-r${i % 4}`]
}
const TOTAL = 10_000
const ecosystems = Object.keys(shapes)
const packages = vulnerable.map(([ecosystem, name, version], index) => ({
  ecosystem,
  name,
  version,
  scope: 'runtime',
  direct: true,
  source: 'registry',
  location: { path: 'bench.lock', line: index + 1 }
}))
for (let i = 0; packages.length < TOTAL; i += 1) {
  const ecosystem = ecosystems[i % ecosystems.length]
  const [name, version] = shapes[ecosystem](i)
  packages.push({ ecosystem, name, version, scope: 'runtime', direct: true, source: 'registry', location: { path: 'bench.lock', line: packages.length + 1 } })
}
const count = (report) => ({ checked: report.checked, unchecked: report.unchecked.length, matches: report.matches.length, requests: report.requests ?? 0 })

const osv = await startFakeOsv({ records: [...records.values()], affects: (query) => affects(query.ecosystem, query.name, query.version) })
let started = performance.now()
const apiReport = await matchOsvApi(packages, { baseUrl: osv.url })
const apiMs = Math.round(performance.now() - started)
osv.assertValid()
await osv.close()
const distinct = new Set(apiReport.matches.flatMap((match) => [match.advisory.id])).size
// GitHub, twice: without a token (REST `GET /advisories`, GitHub evaluating the ranges) and with one (GraphQL
// `securityVulnerabilities`, ranges evaluated here), against the same fake (GraphQL executed against GitHub's
// published schema).
const ghAdvisories = [...records.values()].filter((record) => record.id.startsWith('GHSA-')).map((record) => globalAdvisoryFromOsv(record))
const ghRoutes = {
  'GET /advisories': advisoriesRoute({
    advisories: ghAdvisories,
    affects: (ecosystem, name, version) => affects(osvEcosystemOfGitHub(ecosystem), name, version)
  }),
  'POST /graphql': advisoriesGraphqlRoute({ advisories: ghAdvisories })
}
const github = await startFakeGitHub({ routes: ghRoutes })
started = performance.now()
const ghReport = await matchGitHub(packages, createGitHubClient({ token: '', apiUrl: github.url, counter: new RequestCounter() }))
const ghMs = Math.round(performance.now() - started)
github.assertValid()
const ghByEcosystem = {}
for (const request of github.requests) {
  const query = new URL(`${github.url}${request.path}`).searchParams
  const key = `${query.get('ecosystem')} ${query.get('type')}`
  ghByEcosystem[key] = (ghByEcosystem[key] ?? 0) + 1
}
await github.close()
const githubGraphql = await startFakeGitHub({ routes: ghRoutes })
started = performance.now()
const gqlReport = await matchGitHub(packages, createGitHubClient({ token: 'ghs_benchtoken', apiUrl: githubGraphql.url, counter: new RequestCounter() }), {
  graphql: true
})
const gqlMs = Math.round(performance.now() - started)
githubGraphql.assertValid()
const gqlRequests = githubGraphql.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)
const gqlAliases = githubGraphql.requests
  .filter((request) => request.method === 'POST')
  .map((request) => Object.keys(request.body.variables).filter((name) => name.startsWith('p')).length)
await githubGraphql.close()
const sameAsRest =
  JSON.stringify(ghReport.matches.map((match) => `${match.package.ecosystem} ${match.package.name}@${match.package.version} ${match.advisory.id}`).sort()) ===
  JSON.stringify(gqlReport.matches.map((match) => `${match.package.ecosystem} ${match.package.name}@${match.package.version} ${match.advisory.id}`).sort())
const snapshotDir = path.join(work, 'fixtures-snapshot')
writeSnapshot(snapshotDir, records.values())
started = performance.now()
const offlineReport = await matchOffline(snapshotDir, packages)
const offlineMs = Math.round(performance.now() - started)
results.requests = {
  packages: TOTAL,
  osvApi: { ...count(apiReport), distinctAdvisories: distinct, target: Math.ceil(TOTAL / 1000) + distinct, ms: apiMs },
  github: { ...count(ghReport), byEcosystemAndType: ghByEcosystem, ms: ghMs },
  githubGraphql: {
    ...count(gqlReport),
    requestsByRoute: Object.fromEntries([...new Set(gqlRequests)].map((route) => [route, gqlRequests.filter((one) => one === route).length])),
    aliasesPerPost: gqlAliases,
    sameMatchesAsRest: sameAsRest,
    target: Math.ceil(TOTAL / 1000) + new Set(gqlReport.matches.map((match) => match.advisory.id)).size,
    ms: gqlMs
  },
  offline: { ...count(offlineReport), ms: offlineMs }
}
console.log(
  `10,000 packages: OSV API ${apiReport.requests} requests (target ≤ ${Math.ceil(TOTAL / 1000)} + ${distinct} distinct advisories), ${apiMs} ms; GitHub REST ${ghReport.requests} requests (${JSON.stringify(ghByEcosystem)}), ${ghReport.unchecked.length} unchecked (ecosystems GitHub does not cover), ${ghMs} ms; GitHub GraphQL ${gqlReport.requests} requests (aliases ${JSON.stringify(gqlAliases)}, same matches as REST: ${sameAsRest}), ${gqlMs} ms; offline ${offlineMs} ms`
)

// ---------------------------------------------------------------------------------------------------------
// Part 2: offline matching beside osv-scanner on full-ecosystem snapshots (bench/osv-snapshots.mjs).
const snapshots = path.resolve(
  values.snapshots ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'chaingate-bench', 'osv-snapshots')
)
if (!fs.existsSync(path.join(snapshots, 'SOURCES.json'))) {
  results.offlineVsOsvScanner = `not run: no snapshots at ${snapshots} (build them with bench/osv-snapshots.mjs); no osv.dev all.zip is reachable from this machine`
  console.log(results.offlineVsOsvScanner)
} else {
  const scannerVersion = spawnSync(OSV_SCANNER, ['--version'], { encoding: 'utf8' }).stdout ?? ''
  if (!/osv-scanner version: 2\.6\.0\b/.test(scannerVersion))
    throw new Error(`osv-scanner 2.6.0 is not installed at ${OSV_SCANNER} (run scripts/install-peers.sh)`)
  const sources = JSON.parse(fs.readFileSync(path.join(snapshots, 'SOURCES.json'), 'utf8'))
  // osv-scanner reads `$OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY/osv-scalibr/<Ecosystem>/all.zip`; chaingate the same directory.
  const dbRoot = path.join(work, 'db')
  const zips = path.join(dbRoot, 'osv-scalibr')
  const ecosystemsHere = Object.keys(sources).filter((ecosystem) => sources[ecosystem].records)
  for (const ecosystem of ecosystemsHere) {
    fs.mkdirSync(path.join(zips, ecosystem), { recursive: true })
    fs.copyFileSync(path.join(snapshots, ecosystem, 'all.zip'), path.join(zips, ecosystem, 'all.zip'))
  }
  const readZip = (ecosystem) => {
    const listed = spawnSync(
      'python3',
      [
        '-c',
        'import sys,zipfile,json\nz=zipfile.ZipFile(sys.argv[1])\nprint(json.dumps([json.loads(z.read(n)) for n in z.namelist()]))',
        path.join(zips, ecosystem, 'all.zip')
      ],
      { maxBuffer: 1 << 30, encoding: 'utf8' }
    )
    if (listed.status !== 0) throw new Error(`python3 could not read ${ecosystem}/all.zip: ${listed.stderr}`)
    return JSON.parse(listed.stdout)
  }
  // A version just below a fix (affected, unless the range starts above it) and the fix itself (not affected
  // by that range): numeric dotted fixes only, the last non-zero part lowered by one (1.2.3 → 1.2.2,
  // 2.0 → 1.0, 0.10.0 → 0.9.0).
  const below = (fixed) => {
    if (!/^\d+(\.\d+){1,3}$/.test(fixed)) return null
    const parts = fixed.split('.').map(Number)
    const at = parts.findLastIndex((part) => part > 0)
    if (at < 0) return null
    parts[at] -= 1
    return parts.join('.')
  }
  const PREFIX = { Go: 'GO-', 'crates.io': 'RUSTSEC-', PyPI: 'PYSEC-' }
  const wantedBy = {}
  for (const ecosystem of ecosystemsHere) {
    const wanted = new Map()
    for (const record of readZip(ecosystem)) {
      for (const entry of record.affected ?? []) {
        const name = entry.package?.name
        if (!name || entry.package.ecosystem !== ecosystem) continue
        if (ecosystem === 'Go' && (name === 'stdlib' || name === 'toolchain' || !name.includes('.'))) continue
        for (const range of entry.ranges ?? []) {
          if (range.type === 'GIT') continue
          for (const event of range.events) {
            if (!event.fixed || !/^\d+(\.\d+){1,3}$/.test(event.fixed)) continue // numeric fixes only (as `below` needs)
            // Go: the major stays (a module path's /vN suffix fixes it; go.mod files breaking that are refused).
            const lower = below(event.fixed)
            const sameMajor = lower !== null && lower.split('.')[0] === event.fixed.split('.')[0]
            for (const version of [ecosystem === 'Go' && !sameMajor ? null : lower, event.fixed]) {
              if (!version || version.split('.').length !== (ecosystem === 'PyPI' ? version.split('.').length : 3)) continue
              const suffix = ecosystem === 'Go' && Number(version.split('.')[0]) >= 2 && !/\/v\d+$/.test(name) ? '+incompatible' : ''
              const shown = ecosystem === 'Go' ? `v${version}${suffix}` : version
              wanted.set(`${name} ${shown}`, { name, version: shown })
            }
          }
        }
      }
    }
    wantedBy[ecosystem] = [...wanted.values()]
  }
  // Go as before: 10,000 requirements (modules no record names fill it up); the others: every pair plus 500
  // packages no record names.
  const fill = {
    Go: (index) => ({ name: `example.com/bench/filler${index}`, version: 'v1.0.0' }),
    'crates.io': (index) => ({ name: `bench-filler-${index}`, version: '1.0.0' }),
    PyPI: (index) => ({ name: `bench-filler-${index}`, version: '1.0.0' })
  }
  const workspace = path.join(work, 'workspace')
  const files = {}
  const requirementsBy = {}
  for (const ecosystem of ecosystemsHere) {
    const list = ecosystem === 'Go' ? wantedBy.Go.slice(0, 10_000) : [...wantedBy[ecosystem]]
    const target = ecosystem === 'Go' ? 10_000 : list.length + 500
    for (let index = 0; list.length < target; index += 1) list.push(fill[ecosystem](index))
    requirementsBy[ecosystem] = list
    // One name per file at most once (one version of a package per lockfile), at most 500 entries a file.
    const slots = []
    for (const requirement of list) {
      let slot = slots.find((candidate) => !candidate.has(requirement.name) && candidate.size < 500)
      if (!slot) slots.push((slot = new Map()))
      slot.set(requirement.name, requirement.version)
    }
    files[ecosystem] = slots.length
    slots.forEach((requires, index) => {
      const dir = path.join(workspace, ecosystem, `p${String(index).padStart(3, '0')}`)
      fs.mkdirSync(dir, { recursive: true })
      if (ecosystem === 'Go')
        fs.writeFileSync(
          path.join(dir, 'go.mod'),
          `module example.com/bench/m${index}\n\ngo 1.22\n\nrequire (\n${[...requires].map(([module, version]) => `\t${module} ${version}`).join('\n')}\n)\n`
        )
      if (ecosystem === 'crates.io')
        fs.writeFileSync(
          path.join(dir, 'Cargo.lock'),
          `version = 3\n${[...requires].map(([name, version]) => `\n[[package]]\nname = "${name}"\nversion = "${version}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\n`).join('')}`
        )
      if (ecosystem === 'PyPI')
        fs.writeFileSync(path.join(dir, 'requirements.txt'), `${[...requires].map(([name, version]) => `${name}==${version}`).join('\n')}\n`)
    })
  }
  const entry = path.join(work, 'chaingate-offline.mjs')
  buildSync({
    entryPoints: [path.join(root, 'bench/advisories-offline-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile: entry,
    logLevel: 'error',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" }
  })
  const runs = Number(values.runs)
  const time = (command, args, env) => {
    const begin = performance.now()
    const run = spawnSync(command, args, { env: { ...process.env, ...env }, maxBuffer: 1 << 30, encoding: 'utf8' })
    const ms = performance.now() - begin
    return { ms, run }
  }
  const chaingateOut = path.join(work, 'chaingate.json')
  const scannerOut = path.join(work, 'osv-scanner.json')
  const chaingateMs = []
  const scannerMs = []
  for (let index = 0; index < runs; index += 1) {
    const mine = time(process.execPath, [entry, zips, workspace, chaingateOut], {})
    if (mine.run.status !== 0) throw new Error(`chaingate failed: ${mine.run.stderr}`)
    chaingateMs.push(mine.ms)
    // --offline: the local databases only, and no transitive resolution (nothing asked of the network).
    const theirs = time(
      OSV_SCANNER,
      ['scan', 'source', '-r', '--offline', '--offline-vulnerabilities', '--no-call-analysis=all', '--format', 'json', '--output-file', scannerOut, workspace],
      { OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: dbRoot }
    )
    if (![0, 1].includes(theirs.run.status)) throw new Error(`osv-scanner failed (${theirs.run.status}): ${theirs.run.stderr.slice(0, 2000)}`)
    if (process.env.CHAINGATE_BENCH_KEEP) fs.writeFileSync(path.join(work, 'osv-scanner.stderr'), theirs.run.stderr)
    scannerMs.push(theirs.ms)
  }
  const mine = JSON.parse(fs.readFileSync(chaingateOut, 'utf8'))
  const theirs = JSON.parse(fs.readFileSync(scannerOut, 'utf8'))
  // One key per package as both tools name it: Go versions without `v`, PyPI names in PEP 503 form.
  const keyOf = (ecosystem, name, version) =>
    `${ecosystem}|${ecosystem === 'PyPI' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name}|${ecosystem === 'Go' ? version.replace(/^v/, '') : version}`
  const scannerByPackage = {}
  for (const result of theirs.results ?? []) {
    for (const found of result.packages ?? []) {
      const key = keyOf(found.package.ecosystem, found.package.name, found.package.version)
      scannerByPackage[key] = [...new Set([...(scannerByPackage[key] ?? []), ...(found.vulnerabilities ?? []).map((vulnerability) => vulnerability.id)])]
    }
  }
  const byEcosystem = {}
  const differences = []
  for (const [raw, ids] of Object.entries(mine.byPackage)) {
    const [ecosystem, name, version] = raw.split('|')
    if (!PREFIX[ecosystem]) continue
    const key = keyOf(ecosystem, name, version)
    const ours = ids.filter((id) => id.startsWith(PREFIX[ecosystem])).sort()
    const theirsIds = (scannerByPackage[key] ?? []).filter((id) => id.startsWith(PREFIX[ecosystem])).sort()
    const tally = (byEcosystem[ecosystem] ??= { packages: 0, same: 0, different: 0, chaingateWithFindings: 0, osvScannerWithFindings: 0 })
    tally.packages += 1
    if (ours.length > 0) tally.chaingateWithFindings += 1
    if (theirsIds.length > 0) tally.osvScannerWithFindings += 1
    if (JSON.stringify(ours) === JSON.stringify(theirsIds)) tally.same += 1
    else {
      tally.different += 1
      differences.push({ ecosystem, package: key, chaingate: ours, osvScanner: theirsIds })
    }
  }
  const ours = new Set(Object.keys(mine.byPackage).map((raw) => keyOf(...raw.split('|'))))
  const onlyScanner = Object.keys(scannerByPackage).filter((key) => !ours.has(key) && !key.includes('|stdlib|'))
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
  results.offlineVsOsvScanner = {
    snapshots: sources,
    lockfiles: files,
    requirements: Object.fromEntries(Object.entries(requirementsBy).map(([ecosystem, list]) => [ecosystem, list.length])),
    chaingate: {
      packages: mine.packages,
      problems: mine.problems,
      firstProblems: mine.firstProblems,
      checked: mine.checked,
      unchecked: mine.unchecked,
      medianMs: Math.round(median(chaingateMs)),
      runsMs: chaingateMs.map(Math.round)
    },
    osvScanner: {
      version: '2.6.0',
      packagesListed: Object.keys(scannerByPackage).length,
      medianMs: Math.round(median(scannerMs)),
      runsMs: scannerMs.map(Math.round)
    },
    byEcosystem,
    // Every difference, by kind (bench/README.md explains each kind).
    differencesGoCapitalsOsvScannerEmpty: differences.filter(
      (entry) => entry.ecosystem === 'Go' && /[A-Z]/.test(entry.package.split('|')[1]) && entry.osvScanner.length === 0 && entry.chaingate.length > 0
    ).length,
    differences,
    packagesOnlyOsvScannerListed: onlyScanner.slice(0, 50)
  }
  console.log(
    `offline beside osv-scanner: ${Object.entries(byEcosystem)
      .map(([ecosystem, tally]) => `${ecosystem} ${tally.same}/${tally.packages} same`)
      .join(', ')}; chaingate ${Math.round(median(chaingateMs))} ms, osv-scanner ${Math.round(median(scannerMs))} ms (medians of ${runs})`
  )
}
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true })
fs.writeFileSync(path.join(root, 'bench/out/advisories.json'), `${JSON.stringify(results, null, 2)}\n`)
if (process.env.CHAINGATE_BENCH_KEEP) console.log(`kept ${work}`)
else fs.rmSync(work, { recursive: true, force: true })
