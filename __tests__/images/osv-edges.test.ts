/**
 * `chaingate check --image docker-archive:FILE --advisories DIR` on the edges of OSV matching, without network:
 * `docker save` archives built here from real package databases (this machine's dpkg status, under its own
 * os-release and Ubuntu 22.04's; an rpm database rpm wrote from packages rpmbuild made, under AlmaLinux 9's and
 * Rocky Linux 9's; an apk installed database in apk-tools' format) and real language artifacts (node_modules
 * npm installed, a wheel pip installed, an egg-info, a Go binary built here), and OSV records generated from
 * their real versions (test/support/images/osv-parity.ts), each saying what the OSV schema and the ecosystem's
 * version rules answer. The same images and records are what bench/images-osv-parity.mjs and
 * __interop__/images-osv-parity.test.ts give osv-scanner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { writeSnapshot } from '../../test/support/advisories/records.js'
import { buildGoBinary, buildPythonPackages } from '../../test/support/images/fixtures.js'
import {
  chaingatePairs,
  dpkgInstalled,
  expectedAffected,
  machineDebian,
  paritySets,
  writeParityArchive,
  type ParitySet
} from '../../test/support/images/osv-parity.js'

let work: string
let snapshot: string
let sets: ParitySet[] = []
const archives = new Map<string, string>()
let recordIds: Set<string>

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-osv-edges-')))
  sets = paritySets(work, { buildGoBinary, buildPythonPackages })
  for (const set of sets) archives.set(set.name, await writeParityArchive(work, set.name, set.layers))
  const all = sets.flatMap((set) => set.records)
  recordIds = new Set(all.map((record) => record.id))
  snapshot = path.join(work, 'osv')
  writeSnapshot(snapshot, all)
}, 180_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

const NAMES = ['debian', 'ubuntu-22.04', 'alpine-3.11', 'almalinux-9', 'rocky-9']
const setNamed = (name: string): ParitySet => sets.find((set) => set.name === name || (name === 'debian' && set.name.startsWith('debian-')))!

describe('image vulnerabilities on the edges of OSV matching', () => {
  for (const name of NAMES) {
    it(`${name}: reports exactly the records the schema and the version rules say apply, nothing unknown`, async () => {
      const set = setNamed(name)
      const result = await chaingatePairs(archives.get(set.name)!, snapshot, recordIds, work)
      expect(result.unknown).toEqual([])
      const reported = new Set([...result.pairs].map((pair) => pair.split(' ')[1]!))
      expect([...reported].sort()).toEqual(
        set.records
          .filter(expectedAffected)
          .map((record) => record.id)
          .sort()
      )
      // Every image has records on both sides of the line.
      expect(set.records.some((record) => !expectedAffected(record))).toBe(true)
    }, 60_000)
  }

  it('debian: a record on plain "Debian" (no release: the schema makes it optional) applies to every binary of its source', async () => {
    const set = setNamed('debian')
    const anyRelease = set.records.find((record) => record.id === 'CG-DEB-ANY-RELEASE')!
    const source = anyRelease.affected![0]!.package!.name
    const binaries = dpkgInstalled(machineDebian().status).filter((pkg) => pkg.source === source)
    const result = await chaingatePairs(archives.get(set.name)!, snapshot, recordIds, work)
    expect([...result.pairs].filter((pair) => pair.endsWith(' CG-DEB-ANY-RELEASE'))).toEqual([
      ...new Set(binaries.map((pkg) => `deb:${source}@${pkg.version} CG-DEB-ANY-RELEASE`))
    ])
  }, 60_000)
})
