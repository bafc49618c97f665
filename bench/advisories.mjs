// Advisory sources at scale. Runs the TypeScript sources directly (esbuild transforms each `.ts` file as it
// loads), so it measures the tree, not dist/.
//
// Part 1, requests per source: 10,000 packages across npm, PyPI, Maven, crates.io, RubyGems, Go, Debian and
// Alpine (the real records under test/fixtures/advisories/osv affect a few of them) checked against the fake
// OSV API, the fake GitHub `/advisories` and an offline snapshot of the same records.
//
// Part 2, offline matching side by side with osv-scanner (`--offline-vulnerabilities`) on one full-ecosystem
// snapshot: the Go vulnerability database (a checkout of golang/vulndb, `data/osv/*.json` zipped as
// `Go/all.zip`, the layout osv.dev publishes; osv-scanner 2.6 reads it from
// `$OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY/osv-scalibr/<Ecosystem>/all.zip` (osv-scalibr's `osvlocal` enricher), over generated go.mod files
// requiring the affected modules at versions around each fix. Both tools run as whole processes, several times.
//
// Usage: scripts/node24 bench/advisories.mjs [--go-vulndb PATH-TO-golang/vulndb] [--runs 3]
//        → bench/out/advisories.json
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { registerHooks } from 'node:module'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildSync, transformSync } from 'esbuild'

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context)
    } catch (error) {
      if (specifier.startsWith('.') && specifier.endsWith('.js')) return next(`${specifier.slice(0, -3)}.ts`, context)
      throw error
    }
  },
  load(url, context, next) {
    if (!url.startsWith('file:') || !url.endsWith('.ts')) return next(url, context)
    const source = fs.readFileSync(fileURLToPath(url), 'utf8')
    const { code } = transformSync(source, { loader: 'ts', format: 'esm', target: 'node24', sourcefile: fileURLToPath(url) })
    return { format: 'module', source: code, shortCircuit: true }
  }
})

const { values } = parseArgs({ options: { 'go-vulndb': { type: 'string' }, runs: { type: 'string', default: '3' } } })
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
const packages = vulnerable.map(([ecosystem, name, version], index) => ({ ecosystem, name, version, scope: 'runtime', direct: true, source: 'registry', location: { path: 'bench.lock', line: index + 1 } }))
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
const ghRoutes = { 'GET /advisories': advisoriesRoute({ advisories: ghAdvisories, affects: (ecosystem, name, version) => affects(osvEcosystemOfGitHub(ecosystem), name, version) }), 'POST /graphql': advisoriesGraphqlRoute({ advisories: ghAdvisories }) }
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
const gqlReport = await matchGitHub(packages, createGitHubClient({ token: 'ghs_benchtoken', apiUrl: githubGraphql.url, counter: new RequestCounter() }), { graphql: true })
const gqlMs = Math.round(performance.now() - started)
githubGraphql.assertValid()
const gqlRequests = githubGraphql.requests.map((request) => `${request.method} ${request.path.split('?')[0]}`)
const gqlAliases = githubGraphql.requests.filter((request) => request.method === 'POST').map((request) => Object.keys(request.body.variables).filter((name) => name.startsWith('p')).length)
await githubGraphql.close()
const sameAsRest = JSON.stringify(ghReport.matches.map((match) => `${match.package.ecosystem} ${match.package.name}@${match.package.version} ${match.advisory.id}`).sort()) === JSON.stringify(gqlReport.matches.map((match) => `${match.package.ecosystem} ${match.package.name}@${match.package.version} ${match.advisory.id}`).sort())
const snapshotDir = path.join(work, 'fixtures-snapshot')
writeSnapshot(snapshotDir, records.values())
started = performance.now()
const offlineReport = await matchOffline(snapshotDir, packages)
const offlineMs = Math.round(performance.now() - started)
results.requests = {
  packages: TOTAL,
  osvApi: { ...count(apiReport), distinctAdvisories: distinct, target: Math.ceil(TOTAL / 1000) + distinct, ms: apiMs },
  github: { ...count(ghReport), byEcosystemAndType: ghByEcosystem, ms: ghMs },
  githubGraphql: { ...count(gqlReport), requestsByRoute: Object.fromEntries([...new Set(gqlRequests)].map((route) => [route, gqlRequests.filter((one) => one === route).length])), aliasesPerPost: gqlAliases, sameMatchesAsRest: sameAsRest, target: Math.ceil(TOTAL / 1000) + new Set(gqlReport.matches.map((match) => match.advisory.id)).size, ms: gqlMs },
  offline: { ...count(offlineReport), ms: offlineMs }
}
console.log(`10,000 packages: OSV API ${apiReport.requests} requests (target ≤ ${Math.ceil(TOTAL / 1000)} + ${distinct} distinct advisories), ${apiMs} ms; GitHub REST ${ghReport.requests} requests (${JSON.stringify(ghByEcosystem)}), ${ghReport.unchecked.length} unchecked (ecosystems GitHub does not cover), ${ghMs} ms; GitHub GraphQL ${gqlReport.requests} requests (aliases ${JSON.stringify(gqlAliases)}, same matches as REST: ${sameAsRest}), ${gqlMs} ms; offline ${offlineMs} ms`)

// ---------------------------------------------------------------------------------------------------------
// Part 2: offline matching beside osv-scanner on the full Go vulnerability database.
if (!values['go-vulndb']) {
  results.offlineVsOsvScanner = 'not run: give --go-vulndb PATH (a checkout of golang/vulndb); no full osv.dev ecosystem snapshot (all.zip) is reachable from this machine'
  console.log(results.offlineVsOsvScanner)
} else {
  const scannerVersion = spawnSync(OSV_SCANNER, ['--version'], { encoding: 'utf8' }).stdout ?? ''
  if (!/osv-scanner version: 2\.6\.0\b/.test(scannerVersion)) throw new Error(`osv-scanner 2.6.0 is not installed at ${OSV_SCANNER} (run scripts/install-peers.sh)`)
  const vulndb = path.resolve(values['go-vulndb'])
  const files = fs.readdirSync(path.join(vulndb, 'data', 'osv')).filter((file) => file.endsWith('.json'))
  const dbRoot = path.join(work, 'db')
  const zipDir = path.join(dbRoot, 'osv-scalibr', 'Go')
  fs.mkdirSync(zipDir, { recursive: true })
  const zip = spawnSync('python3', ['-c', 'import sys,zipfile,os\nz=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED)\nfor f in sys.argv[3:]: z.write(os.path.join(sys.argv[2],f), f)\nz.close()', path.join(zipDir, 'all.zip'), path.join(vulndb, 'data', 'osv'), ...files])
  if (zip.status !== 0) throw new Error(`python3 could not zip the Go database: ${zip.stderr}`)
  // Requirements around each fix: the version just below it (affected) and the fix itself (not affected).
  const wanted = new Map()
  for (const file of files) {
    const record = JSON.parse(fs.readFileSync(path.join(vulndb, 'data', 'osv', file), 'utf8'))
    for (const entry of record.affected ?? []) {
      const module = entry.package?.name
      if (!module || module === 'stdlib' || module === 'toolchain' || !module.includes('.')) continue
      for (const range of entry.ranges ?? []) {
        for (const event of range.events) {
          if (!event.fixed || !/^\d+\.\d+\.\d+$/.test(event.fixed)) continue
          const [major, minor, patch] = event.fixed.split('.').map(Number)
          const below = patch > 0 ? `${major}.${minor}.${patch - 1}` : minor > 0 ? `${major}.${minor - 1}.0` : null
          for (const version of [below, event.fixed]) {
            if (!version) continue
            const suffix = Number(version.split('.')[0]) >= 2 && !/\/v\d+$/.test(module) ? '+incompatible' : ''
            wanted.set(`${module} v${version}${suffix}`, { module, version: `v${version}${suffix}` })
          }
        }
      }
    }
  }
  // Modules no record names fill the inventory up to 10,000 packages.
  const requirements = [...wanted.values()].slice(0, 10_000)
  for (let index = 0; requirements.length < 10_000; index += 1) requirements.push({ module: `example.com/bench/filler${index}`, version: 'v1.0.0' })
  const workspace = path.join(work, 'go-workspace')
  const modules = []
  for (const requirement of requirements) {
    let slot = modules.find((candidate) => !candidate.has(requirement.module) && candidate.size < 500)
    if (!slot) modules.push((slot = new Map()))
    slot.set(requirement.module, requirement.version)
  }
  modules.forEach((requires, index) => {
    const dir = path.join(workspace, `m${String(index).padStart(3, '0')}`)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'go.mod'), `module example.com/bench/m${index}\n\ngo 1.22\n\nrequire (\n${[...requires].map(([module, version]) => `\t${module} ${version}`).join('\n')}\n)\n`)
  })
  const entry = path.join(work, 'chaingate-offline.mjs')
  buildSync({ entryPoints: [path.join(root, 'bench/advisories-offline-entry.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node24', outfile: entry, logLevel: 'error', banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" } })
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
    const mine = time(process.execPath, [entry, path.join(dbRoot, 'osv-scalibr'), workspace, chaingateOut], {})
    if (mine.run.status !== 0) throw new Error(`chaingate failed: ${mine.run.stderr}`)
    chaingateMs.push(mine.ms)
    const theirs = time(OSV_SCANNER, ['scan', 'source', '-r', '--offline-vulnerabilities', '--no-call-analysis=all', '--format', 'json', '--output-file', scannerOut, workspace], { OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: dbRoot })
    if (![0, 1].includes(theirs.run.status)) throw new Error(`osv-scanner failed (${theirs.run.status}): ${theirs.run.stderr.slice(0, 2000)}`)
    scannerMs.push(theirs.ms)
  }
  const mine = JSON.parse(fs.readFileSync(chaingateOut, 'utf8'))
  const theirs = JSON.parse(fs.readFileSync(scannerOut, 'utf8'))
  const scannerByPackage = {}
  for (const result of theirs.results ?? []) {
    for (const entry of result.packages ?? []) {
      const key = `${entry.package.ecosystem}|${entry.package.name}|v${entry.package.version.replace(/^v/, '')}`
      scannerByPackage[key] = [...new Set([...(scannerByPackage[key] ?? []), ...(entry.vulnerabilities ?? []).map((vulnerability) => vulnerability.id)])]
    }
  }
  // osv-scanner lists only packages with findings in its JSON; a package chaingate read that osv-scanner does
  // not list has no finding there. Compared: the GO- record ids per package of the go.mod files.
  let same = 0
  const differences = []
  for (const [key, ids] of Object.entries(mine.byPackage)) {
    const ours = ids.filter((id) => id.startsWith('GO-')).sort()
    const theirsIds = (scannerByPackage[key] ?? []).filter((id) => id.startsWith('GO-')).sort()
    if (JSON.stringify(ours) === JSON.stringify(theirsIds)) same += 1
    else differences.push({ package: key, chaingate: ours, osvScanner: theirsIds })
  }
  const onlyScanner = Object.keys(scannerByPackage).filter((key) => !(key in mine.byPackage) && !key.includes('|stdlib|'))
  const revision = (dir) => spawnSync('git', ['-C', dir, 'log', '-1', '--format=%H'], { encoding: 'utf8' }).stdout.trim() || '(not a git checkout)'
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]
  results.offlineVsOsvScanner = {
    snapshot: { source: `golang/vulndb ${revision(vulndb)}`, records: files.length, zipBytes: fs.statSync(path.join(zipDir, 'all.zip')).size },
    goModFiles: modules.length,
    requirements: requirements.length,
    chaingate: { packages: mine.packages, checked: mine.checked, unchecked: mine.unchecked, withFindings: Object.values(mine.byPackage).filter((ids) => ids.length > 0).length, medianMs: Math.round(median(chaingateMs)), runsMs: chaingateMs.map(Math.round) },
    osvScanner: { version: '2.6.0', packagesWithFindings: Object.keys(scannerByPackage).length, medianMs: Math.round(median(scannerMs)), runsMs: scannerMs.map(Math.round) },
    samePackages: same,
    differentPackages: differences.length,
    // The kind of every difference: module paths with capital letters that osv-scanner 2.6 reports nothing for.
    differencesWithCapitalsOsvScannerEmpty: differences.filter((entry) => /[A-Z]/.test(entry.package.split('|')[1]) && entry.osvScanner.length === 0 && entry.chaingate.length > 0).length,
    differences: differences.slice(0, 50),
    packagesOnlyOsvScannerListed: onlyScanner.slice(0, 20)
  }
  console.log(`Go vulndb (${files.length} records), ${requirements.length} requirements in ${modules.length} go.mod files: same GO ids on ${same} packages, different on ${differences.length}; chaingate ${Math.round(median(chaingateMs))} ms, osv-scanner ${Math.round(median(scannerMs))} ms (medians of ${runs})`)
}
fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true })
fs.writeFileSync(path.join(root, 'bench/out/advisories.json'), `${JSON.stringify(results, null, 2)}\n`)
fs.rmSync(work, { recursive: true, force: true })
