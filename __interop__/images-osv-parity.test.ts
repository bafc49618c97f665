/**
 * Image vulnerabilities, chaingate beside osv-scanner v2.6.0 (`osv-scanner scan image --archive FILE
 * --offline-vulnerabilities --local-db-path DB`): the same `docker save` archives (this machine's dpkg status
 * with node_modules npm installed, a pip-installed wheel, an egg-info and a Go binary; an rpm database rpm
 * wrote; an apk installed database) and the same OSV database (`DB/osv-scalibr/<Ecosystem>/all.zip`, records
 * generated from the images' real versions, test/support/images/osv-parity.ts). Both must report the same
 * (package, record) pairs except where bench/README.md ("Container images → Against osv-scanner") documents
 * that osv-scanner answers otherwise; each documented difference must still be there (so a change on either
 * side is noticed). bench/images-osv-parity.mjs runs the same with real distribution records besides.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { OsvRecord } from '../src/advisories/osv.js'
import { peer, run } from '../test/interop/peers.js'
import { writeSnapshot } from '../test/support/advisories/records.js'
import { writeDockerArchive, type LayerEntry } from '../test/support/images/build.js'
import { buildGoBinary, buildPythonPackages } from '../test/support/images/fixtures.js'
import {
  ALMA_OS_RELEASE,
  ALPINE_OS_RELEASE,
  ALPINE_PACKAGES,
  almaRecords,
  alpineInstalled,
  alpineRecords,
  buildAlmaRpmDatabase,
  chaingatePairs,
  compare,
  debianOsRelease,
  debianRecords,
  dpkgInstalled,
  languagePackages,
  osvScannerPairs
} from '../test/support/images/osv-parity.js'
import { tempDir } from '../test/support/sigstore/cli.js'

/**
 * Records osv-scanner answers otherwise, and why (bench/README.md has the classification): it compares a Debian
 * binary's own version where Debian's records give source versions; stops at a GIT range before the ECOSYSTEM
 * range; ignores `limit` events; compares a PyPI record's name as written.
 */
const ONLY_CHAINGATE = new Set(['CG-DEB-GIT-FIRST', 'CG-DEB-BINNMU-VERSIONS', 'CG-DEB-BINARY-EPOCH', 'CG-PYPI-AS-WRITTEN'])
const ONLY_OSV_SCANNER = new Set(['CG-DEB-LIMIT-BELOW'])

const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
const machineRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const osRelease = /^ID=debian$/m.test(machineRelease) ? machineRelease : debianOsRelease('12', 'bookworm')
const release = /^VERSION_ID="?(\d+)/m.exec(osRelease)![1]!

let dir: string
let db: string
const archives: Record<string, string> = {}
let recordIds: Set<string>

beforeAll(async () => {
  dir = tempDir('chaingate-osv-parity-interop-')
  const languages = languagePackages(dir, { buildGoBinary, buildPythonPackages })
  const rpmdb = buildAlmaRpmDatabase(dir)
  const records: OsvRecord[] = [...debianRecords(dpkgInstalled(status), release), ...languages.records, ...alpineRecords(), ...almaRecords()]
  const layers: Record<string, LayerEntry[][]> = {
    debian: [
      [
        { path: 'etc/os-release', content: osRelease },
        { path: 'var/lib/dpkg/status', content: status }
      ],
      languages.layer
    ],
    alpine: [
      [
        { path: 'etc/os-release', content: ALPINE_OS_RELEASE },
        { path: 'lib/apk/db/installed', content: alpineInstalled(ALPINE_PACKAGES) }
      ]
    ],
    almalinux: [
      [
        { path: 'etc/os-release', content: ALMA_OS_RELEASE },
        ...fs.readdirSync(rpmdb).map((file) => ({ path: `var/lib/rpm/${file}`, content: fs.readFileSync(path.join(rpmdb, file)) }))
      ]
    ]
  }
  for (const [name, entries] of Object.entries(layers)) {
    archives[name] = path.join(dir, `${name}.tar`)
    await writeDockerArchive(
      archives[name],
      { architecture: 'amd64', layers: entries.map((layer) => ({ entries: layer, compression: 'none' })) },
      `chaingate/${name}:v1`
    )
  }
  recordIds = new Set(records.map((record) => record.id))
  db = path.join(dir, 'db')
  writeSnapshot(path.join(db, 'osv-scalibr'), records)
}, 180_000)

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

it('chaingate and osv-scanner report the same (package, record) pairs on each image, but for the documented differences', async () => {
  const osvScanner = peer('osv-scanner')
  const onlyChaingate = new Set<string>()
  const onlyOsvScanner = new Set<string>()
  let both = 0
  for (const [name, archive] of Object.entries(archives)) {
    const scanned = await run(osvScanner, ['scan', 'image', '--archive', archive, '--offline-vulnerabilities', '--local-db-path', db, '--format', 'json'], {
      env: { HOME: dir }
    })
    expect({ name, code: scanned.code, stderr: scanned.code > 1 ? scanned.stderr : '' }).toEqual({ name, code: 1, stderr: '' })
    const theirs = osvScannerPairs(JSON.parse(scanned.stdout) as Parameters<typeof osvScannerPairs>[0])
    const ours = await chaingatePairs(archive, path.join(db, 'osv-scalibr'), recordIds, dir)
    expect(ours.unknown).toEqual([])
    const comparison = compare(ours, theirs)
    both += comparison.both.length
    for (const pair of comparison.onlyChaingate) onlyChaingate.add(pair.split(' ')[1]!)
    for (const pair of comparison.onlyOsvScanner) onlyOsvScanner.add(pair.split(' ')[1]!)
  }
  expect(both).toBeGreaterThan(20)
  // The binNMU and binary-epoch records exist only when the status file has such packages.
  const present = (ids: Set<string>): string[] => [...ids].filter((id) => recordIds.has(id)).sort()
  expect([...onlyChaingate].sort()).toEqual(present(ONLY_CHAINGATE))
  expect([...onlyOsvScanner].sort()).toEqual(present(ONLY_OSV_SCANNER))
}, 180_000)
