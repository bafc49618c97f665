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
import { peer, run } from '../test/interop/peers.js'
import { writeSnapshot } from '../test/support/advisories/records.js'
import { buildGoBinary, buildPythonPackages } from '../test/support/images/fixtures.js'
import { chaingatePairs, compare, osvScannerPairs, paritySets, writeParityArchive } from '../test/support/images/osv-parity.js'
import { tempDir } from '../test/support/sigstore/cli.js'

/**
 * Records osv-scanner answers otherwise, and why (bench/README.md has the classification): it compares a Debian
 * binary's own version where Debian's records give source versions; stops at a GIT range before the ECOSYSTEM
 * range; ignores `limit` events; compares a PyPI record's name as written; gives an Ubuntu image `Ubuntu:22.04`,
 * which matches no `Ubuntu:22.04:LTS` record; gives a Rocky image `Rocky Linux` with no release, which every
 * Rocky record matches.
 */
const ONLY_CHAINGATE = new Set([
  'CG-DEB-GIT-FIRST',
  'CG-DEB-BINNMU-VERSIONS',
  'CG-DEB-BINARY-EPOCH',
  'CG-PYPI-AS-WRITTEN',
  'CG-UBU-FIXED-ABOVE',
  'CG-UBU-NO-FIX',
  'CG-UBU-PRO'
])
const ONLY_OSV_SCANNER = new Set(['CG-DEB-LIMIT-BELOW', 'CG-ROCKY-OTHER-RELEASE'])

let dir: string
let db: string
const archives: Record<string, string> = {}
let recordIds: Set<string>

beforeAll(async () => {
  dir = tempDir('chaingate-osv-parity-interop-')
  const sets = paritySets(dir, { buildGoBinary, buildPythonPackages })
  for (const set of sets) archives[set.name] = await writeParityArchive(dir, set.name, set.layers)
  const records = sets.flatMap((set) => set.records)
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
    const scanned = await run(
      osvScanner,
      ['scan', 'image', '--archive', archive, '--offline', '--offline-vulnerabilities', '--local-db-path', db, '--format', 'json'],
      {
        env: { HOME: dir }
      }
    )
    // 0: nothing found (the Ubuntu image, see above), 1: vulnerabilities found; anything else is a failure.
    expect({ name, failed: scanned.code > 1 ? `exit ${scanned.code}: ${scanned.stderr}` : '' }).toEqual({ name, failed: '' })
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
