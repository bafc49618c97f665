// Image → packages → vulnerabilities, chaingate beside osv-scanner (a check, not a timing; no network).
//
// Builds `docker save` archives without a daemon (test/support/images/build.ts) from real package databases and
// real language artifacts, writes one OSV database laid out as osv.dev publishes it (`<Ecosystem>/all.zip`),
// and gives both tools the same images and the same records:
//   - chaingate: `chaingate check --image docker-archive:FILE --advisories DB/osv-scalibr` (the TypeScript
//     sources, through bench/ts-sources.mjs);
//   - osv-scanner 2.6.0 (scripts/install-peers.sh osv-scanner): `osv-scanner scan image --archive FILE
//     --offline-vulnerabilities --local-db-path DB --format json`. Its offline matcher (osv-scalibr's
//     enricher/vulnmatch/osvlocal) reads `DB/osv-scalibr/<Ecosystem>/all.zip`, the ecosystem without its
//     release (`Debian`, not `Debian:12`); with `--offline-vulnerabilities` it never downloads.
// Then it compares the sets of (package, advisory id) both report and classifies every difference (see
// bench/README.md, "Container images → Against osv-scanner").
//
// Images (test/support/images/osv-parity.ts):
//   debian-12     this machine's /var/lib/dpkg/status and os-release, plus node_modules npm installed offline,
//                 a pip-installed wheel, setuptools egg-info and a Go binary built here;
//   ubuntu-22.04  the same status under Ubuntu 22.04's os-release;
//   debian-10     the same status under a Debian 10 os-release, for the Debian ELTS records (with --elts);
//   alpine-3.11   an apk installed database (apk-tools' format, as the catalogers test writes it: no Alpine tool
//                 is packaged for Debian) with alpine:3.11.6's packages and origins;
//   almalinux-9, rocky-9  one rpm database written by `rpm -i --justdb` from packages `rpmbuild` made with
//                 AlmaLinux 9.3's names, epochs, versions and releases, under each distribution's os-release.
// Records: generated here from the real package versions of the images, to exercise the edges (source vs
// binary names and versions, epochs, `~`, `+dfsg`, introduced/fixed/last_affected/limit, `versions` lists,
// withdrawn records, another release, no ecosystem release, aliases, no fix, a GIT range, unsorted events);
// plus, when given, real records:
//   --elts DIR        captn3m0/debian-elts-advisories `advisories/` (Debian:10 records are used);
//   --almalinux DIR   AlmaLinux/osv-database `advisories/almalinux9`;
//   --alpine-secdb DIR  alpinelinux/alpine-secdb (its `v3.11/main.yaml`, converted to ALPINE-CVE records as
//                     osv.dev's converter does, see bench/distro-osv-check.mjs).
//
// Usage: scripts/node24 bench/images-osv-parity.mjs [--elts DIR] [--almalinux DIR] [--alpine-secdb DIR] [--keep DIR]
//   → prints agreement per image and every difference; writes bench/out/images-osv-parity.json.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import './ts-sources.mjs'

const { values } = parseArgs({
  options: {
    elts: { type: 'string' },
    almalinux: { type: 'string' },
    'alpine-secdb': { type: 'string' },
    keep: { type: 'string' }
  }
})
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)
const PEERS = process.env.CHAINGATE_PEERS_DIR || path.join(os.homedir(), '.cache', 'chaingate-peers')
const OSV_SCANNER = path.join(PEERS, 'osv-scanner', 'v2.6.0', 'bin', 'osv-scanner')
for (const [what, command] of [
  ['osv-scanner 2.6.0 (scripts/install-peers.sh osv-scanner)', OSV_SCANNER],
  ['rpmbuild (Debian package rpm)', 'rpmbuild'],
  ['rpm (Debian package rpm)', 'rpm'],
  ['go', 'go'],
  ['python3 with pip and setuptools', 'python3']
]) {
  if (spawnSync('sh', ['-c', `command -v "${command}"`]).status !== 0) {
    console.error(`bench/images-osv-parity: ${what} is missing`)
    process.exit(1)
  }
}

const { buildGoBinary, buildPythonPackages } = await import('../test/support/images/fixtures.ts')
const { writeSnapshot } = await import('../test/support/advisories/records.ts')
const parity = await import('../test/support/images/osv-parity.ts')

const work = values.keep ? path.resolve(values.keep) : fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-osv-parity-'))
if (values.keep) fs.rmSync(work, { recursive: true, force: true })
fs.mkdirSync(work, { recursive: true })
if (!values.keep) process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }))

// ---------------------------------------------------------------------------------------------------------
// Images and the records generated from them.
const images = []
const records = []
const expectations = new Map() // record id → why it was written (for the report)

const own = fs.readFileSync('/usr/lib/os-release', 'utf8')
if (!/^ID=debian$/m.test(own)) {
  console.error('bench/images-osv-parity: this machine is not Debian (its /var/lib/dpkg/status is the Debian image)')
  process.exit(1)
}
const { status, release } = parity.machineDebian()
for (const set of parity.paritySets(work, { buildGoBinary, buildPythonPackages })) {
  images.push(set)
  records.push(...set.records)
}
// A record chaingate cannot read (a `ranges` object instead of a list, as some published Photon OS records have):
// chaingate leaves the package it names unknown; osv-scanner's protobuf reading fails and the record is skipped.
{
  const source = parity.dpkgInstalled(status).find((pkg) => pkg.name === 'bash')?.source ?? 'bash'
  records.push({
    id: 'CG-DEB-MALFORMED',
    modified: '2026-11-20T00:00:00Z',
    summary: 'unreadable: `ranges` is an object, not a list',
    affected: [{ package: { ecosystem: `Debian:${release}`, name: source }, ranges: { type: 'ECOSYSTEM', events: [{ introduced: '0' }] } }]
  })
}

if (values.elts) {
  let count = 0
  for (const file of fs.readdirSync(values.elts).filter((name) => name.endsWith('.json'))) {
    const record = JSON.parse(fs.readFileSync(path.join(values.elts, file), 'utf8'))
    if (!record.affected?.some((entry) => entry.package?.ecosystem === 'Debian:10')) continue
    records.push(record)
    count++
  }
  console.error(`bench/images-osv-parity: ${count} Debian ELTS records on Debian:10`)
  images.push({
    name: 'debian-10',
    layers: [
      [
        { path: 'etc/os-release', content: parity.debianOsRelease('10', 'buster') },
        { path: 'var/lib/dpkg/status', content: status }
      ]
    ]
  })
}
if (values['alpine-secdb']) {
  const { load } = await import('js-yaml')
  const secdb = load(fs.readFileSync(path.join(values['alpine-secdb'], 'v3.11', 'main.yaml'), 'utf8'))
  const real = parity.alpineSecdbRecords(secdb)
  console.error(`bench/images-osv-parity: ${real.length} alpine-secdb records on Alpine:v3.11`)
  records.push(...real)
  // The same packages at the oldest version secdb names a fix for: the later real fixes apply.
  images.push({
    name: 'alpine-3.11-older',
    layers: [
      [
        { path: 'etc/os-release', content: parity.ALPINE_OS_RELEASE },
        { path: 'lib/apk/db/installed', content: parity.alpineInstalled(parity.alpinePackagesAtOldestFix(secdb)) }
      ]
    ]
  })
}
if (values.almalinux) {
  const names = new Set(parity.ALMA_PACKAGES.flatMap((pkg) => [pkg.name, ...pkg.subpackages.map((sub) => `${pkg.name}-${sub}`)]))
  let count = 0
  for (const file of fs.readdirSync(values.almalinux).filter((name) => name.endsWith('.json'))) {
    const record = JSON.parse(fs.readFileSync(path.join(values.almalinux, file), 'utf8'))
    if (!record.affected?.some((entry) => names.has(entry.package?.name))) continue
    records.push(record)
    count++
  }
  console.error(`bench/images-osv-parity: ${count} AlmaLinux records naming the image's packages`)
}

for (const record of records) expectations.set(record.id, record.summary ?? '')

const db = path.join(work, 'db')
fs.rmSync(db, { recursive: true, force: true })
writeSnapshot(path.join(db, 'osv-scalibr'), records)
const recordIds = new Set(records.map((record) => record.id))

// ---------------------------------------------------------------------------------------------------------
// Both tools on each image.
const out = { date: new Date().toISOString(), osvScanner: 'v2.6.0', records: records.length, images: {} }
let totalBoth = 0
let totalDiff = 0
for (const image of images) {
  const archive = await parity.writeParityArchive(work, image.name, image.layers)
  const ours = await parity.chaingatePairs(archive, path.join(db, 'osv-scalibr'), recordIds, work)
  const scanned = spawnSync(
    OSV_SCANNER,
    ['scan', 'image', '--archive', archive, '--offline', '--offline-vulnerabilities', '--local-db-path', db, '--format', 'json', '--all-packages'],
    { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, HOME: work } }
  )
  if (scanned.status !== 0 && scanned.status !== 1) {
    console.error(
      `bench/images-osv-parity: osv-scanner failed on ${image.name} (exit ${scanned.status}): ${scanned.stderr.trim().split('\n').slice(-3).join(' / ')}`
    )
    process.exit(1)
  }
  const theirs = parity.osvScannerPairs(JSON.parse(scanned.stdout))
  const comparison = parity.compare(ours, theirs)
  totalBoth += comparison.both.length
  totalDiff += comparison.onlyChaingate.length + comparison.onlyOsvScanner.length
  out.images[image.name] = {
    packages: { chaingate: ours.packages.size, osvScanner: theirs.packages.size },
    packagesOnlyChaingate: [...ours.packages].filter((key) => !theirs.packages.has(key)).sort(),
    packagesOnlyOsvScanner: [...theirs.packages].filter((key) => !ours.packages.has(key)).sort(),
    both: comparison.both.length,
    onlyChaingate: comparison.onlyChaingate.map((pair) => ({ pair, record: expectations.get(pair.split(' ')[1]) })),
    onlyOsvScanner: comparison.onlyOsvScanner.map((pair) => ({ pair, record: expectations.get(pair.split(' ')[1]) })),
    chaingateUnknown: ours.unknown
  }
}

fs.mkdirSync('bench/out', { recursive: true })
fs.writeFileSync('bench/out/images-osv-parity.json', `${JSON.stringify(out, null, 2)}\n`)
console.log(`records: ${records.length}; (package, advisory) pairs both report: ${totalBoth}; differences: ${totalDiff}`)
for (const [name, result] of Object.entries(out.images)) {
  console.log(
    `${name}: packages chaingate ${result.packages.chaingate}, osv-scanner ${result.packages.osvScanner}; pairs both ${result.both}, only chaingate ${result.onlyChaingate.length}, only osv-scanner ${result.onlyOsvScanner.length}`
  )
  for (const key of result.packagesOnlyChaingate) console.log(`  package only chaingate: ${key}`)
  for (const key of result.packagesOnlyOsvScanner) console.log(`  package only osv-scanner: ${key}`)
  for (const { pair, record } of result.onlyChaingate) console.log(`  only chaingate: ${pair} — ${record}`)
  for (const { pair, record } of result.onlyOsvScanner) console.log(`  only osv-scanner: ${pair} — ${record}`)
  for (const line of result.chaingateUnknown) console.log(`  chaingate unknown: ${line}`)
}
