/**
 * `chaingate check --image docker-archive:FILE --advisories DIR` on the edges of OSV matching, without network:
 * `docker save` archives built here from real package databases (this machine's dpkg status; an rpm database
 * rpm wrote from packages rpmbuild made; an apk installed database in apk-tools' format) and real language
 * artifacts (node_modules npm installed, a wheel pip installed, an egg-info, a Go binary built here), and OSV
 * records generated from their real versions (test/support/images/osv-parity.ts), each saying what the OSV
 * schema and the ecosystem's version rules answer. The same images and records are what
 * bench/images-osv-parity.mjs gives osv-scanner.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { OsvRecord } from '../../src/advisories/osv.js'
import { writeSnapshot } from '../../test/support/advisories/records.js'
import { writeDockerArchive, type LayerEntry } from '../../test/support/images/build.js'
import { buildGoBinary, buildPythonPackages } from '../../test/support/images/fixtures.js'
import {
  ALMA_OS_RELEASE,
  ALPINE_OS_RELEASE,
  ALPINE_PACKAGES,
  almaRecords,
  alpineInstalled,
  alpineRecords,
  buildAlmaRpmDatabase,
  chaingatePairs,
  debianOsRelease,
  debianRecords,
  dpkgInstalled,
  expectedAffected,
  languagePackages
} from '../../test/support/images/osv-parity.js'

const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
// This machine's os-release when it is Debian; on another dpkg distribution (an Ubuntu runner) its status file under Debian 12's.
const machineRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const osRelease = /^ID=debian$/m.test(machineRelease) ? machineRelease : debianOsRelease('12', 'bookworm')
const release = /^VERSION_ID="?(\d+)/m.exec(osRelease)![1]!

let work: string
let snapshot: string
const images: Record<string, { archive: string; records: OsvRecord[] }> = {}
let recordIds: Set<string>

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-osv-edges-')))
  const languages = languagePackages(work, { buildGoBinary, buildPythonPackages })
  const rpmdb = buildAlmaRpmDatabase(work)
  const specs: Record<string, { layers: LayerEntry[][]; records: OsvRecord[] }> = {
    debian: {
      layers: [
        [
          { path: 'usr/lib/os-release', content: osRelease },
          { path: 'etc/os-release', type: 'symlink', target: '../usr/lib/os-release' },
          { path: 'var/lib/dpkg/status', content: status }
        ],
        languages.layer
      ],
      records: [...debianRecords(dpkgInstalled(status), release), ...languages.records]
    },
    alpine: {
      layers: [
        [
          { path: 'etc/os-release', content: ALPINE_OS_RELEASE },
          { path: 'lib/apk/db/installed', content: alpineInstalled(ALPINE_PACKAGES) }
        ]
      ],
      records: alpineRecords()
    },
    almalinux: {
      layers: [
        [
          { path: 'etc/os-release', content: ALMA_OS_RELEASE },
          ...fs.readdirSync(rpmdb).map((file) => ({ path: `var/lib/rpm/${file}`, content: fs.readFileSync(path.join(rpmdb, file)) }))
        ]
      ],
      records: almaRecords()
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    const archive = path.join(work, `${name}.tar`)
    await writeDockerArchive(
      archive,
      { architecture: 'amd64', layers: spec.layers.map((entries) => ({ entries, compression: 'none' })) },
      `chaingate/${name}:v1`
    )
    images[name] = { archive, records: spec.records }
  }
  const all = Object.values(images).flatMap((image) => image.records)
  recordIds = new Set(all.map((record) => record.id))
  snapshot = path.join(work, 'osv')
  writeSnapshot(snapshot, all)
}, 180_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('image vulnerabilities on the edges of OSV matching', () => {
  for (const name of ['debian', 'alpine', 'almalinux']) {
    it(`${name}: reports exactly the records the schema and the version rules say apply, nothing unknown`, async () => {
      const { records, archive } = images[name]!
      const result = await chaingatePairs(archive, snapshot, recordIds, work)
      expect(result.unknown).toEqual([])
      const reported = new Set([...result.pairs].map((pair) => pair.split(' ')[1]!))
      const wanted = records.filter(expectedAffected).map((record) => record.id)
      expect([...reported].sort()).toEqual(wanted.sort())
      // Sanity: every image has records on both sides of the line.
      expect(records.some((record) => !expectedAffected(record))).toBe(true)
    }, 60_000)
  }

  it('debian: a record on plain "Debian" (no release: the schema makes it optional) applies to every binary of its source', async () => {
    const { archive, records } = images.debian!
    const anyRelease = records.find((record) => record.id === 'CG-DEB-ANY-RELEASE')!
    const source = anyRelease.affected![0]!.package!.name
    const binaries = dpkgInstalled(status).filter((pkg) => pkg.source === source)
    const result = await chaingatePairs(archive, snapshot, recordIds, work)
    expect([...result.pairs].filter((pair) => pair.endsWith(' CG-DEB-ANY-RELEASE'))).toEqual([
      ...new Set(binaries.map((pkg) => `deb:${source}@${pkg.version} CG-DEB-ANY-RELEASE`))
    ])
  }, 60_000)
})
