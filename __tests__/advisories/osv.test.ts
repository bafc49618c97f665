/** OSV range evaluation, severity, alias merging and the streamed offline snapshot. */
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Package } from '../../src/inventory/model.js'
import { advisoryFromOsv, entriesFor, evaluateAffected, inRange, type OsvRecord } from '../../src/advisories/osv.js'
import { mergeAliases } from '../../src/advisories/merge.js'
import { matchOffline } from '../../src/advisories/sources/osv-offline.js'
import { severityOf } from '../../src/advisories/severity.js'
import { dpkg } from '../../src/advisories/versions/dpkg.js'
import { semverScheme } from '../../src/advisories/versions/language.js'

const FIXTURES = path.resolve('test/fixtures/advisories/osv')
const lodash = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'npm/GHSA-p6mc-m468-83gw.json'), 'utf8')) as OsvRecord

function pkg(ecosystem: string, name: string, version: string | null): Package {
  return { ecosystem, name, version, scope: 'runtime', direct: true, source: 'registry', location: { path: 'lock', line: 1 } }
}

describe('OSV ranges, evaluated literally', () => {
  it('introduced/fixed', () => {
    const range = { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '4.17.20' }] }
    expect(inRange('4.17.19', range, semverScheme)).toEqual({ affected: true, fixed: '4.17.20' })
    expect(inRange('4.17.20', range, semverScheme)).toEqual({ affected: false })
  })
  it('several introduced/fixed pairs, each fix for its own line', () => {
    const range = { type: 'ECOSYSTEM', events: [{ introduced: '1.0.0' }, { fixed: '1.2.5' }, { introduced: '2.0.0' }, { fixed: '2.1.1' }] }
    expect(inRange('0.9.0', range, semverScheme).affected).toBe(false)
    expect(inRange('1.2.4', range, semverScheme)).toEqual({ affected: true, fixed: '1.2.5' })
    expect(inRange('1.9.0', range, semverScheme).affected).toBe(false)
    expect(inRange('2.1.0', range, semverScheme)).toEqual({ affected: true, fixed: '2.1.1' })
  })
  it('last_affected includes its version; limit bounds the range', () => {
    const last = { type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { last_affected: '1.4' }] }
    expect(inRange('1.4', last, dpkg).affected).toBe(true)
    expect(inRange('1.4-1', last, dpkg).affected).toBe(false)
    const limited = { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { limit: '2.0' }] }
    expect(inRange('1.9', limited, dpkg).affected).toBe(true)
    expect(inRange('2.0', limited, dpkg).affected).toBe(false)
  })
  it('a listed version is affected whatever the ranges; GIT ranges alone affect nothing else', () => {
    const entry = { package: { ecosystem: 'npm', name: 'x' }, ranges: [{ type: 'GIT', events: [{ introduced: '0' }, { fixed: 'abc' }] }], versions: ['1.0.0'] }
    expect(evaluateAffected(entry, 'npm', '1.0.0').affected).toBe(true)
    expect(evaluateAffected(entry, 'npm', '1.0.1').affected).toBe(false)
  })
  it('an ecosystem without a version order or a version that is not one is an error (unknown), not "not affected"', () => {
    const entry = { package: { ecosystem: 'ConanCenter', name: 'zlib' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.3' }] }] }
    expect(() => evaluateAffected(entry, 'ConanCenter', '1.2')).toThrow(/no version order/)
    expect(() => evaluateAffected(lodash.affected![0]!, 'npm', 'latest')).toThrow(/not a valid SemVer version/)
  })
})

describe('which affected entries name a package (ecosystem and release)', () => {
  const recordOn = (...ecosystems: string[]): OsvRecord => ({
    id: 'X-1',
    modified: '2026-01-01T00:00:00Z',
    affected: ecosystems.map((ecosystem) => ({ package: { ecosystem, name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }))
  })
  const covers = (entry: string, pkgEcosystem: string): boolean => entriesFor(recordOn(entry), pkgEcosystem, 'openssl').length === 1
  it('an entry without a release covers every release where the schema makes the release optional (Debian, AlmaLinux, Rocky Linux)', () => {
    expect(covers('Debian', 'Debian:12')).toBe(true)
    expect(covers('AlmaLinux', 'AlmaLinux:9')).toBe(true)
    expect(covers('Rocky Linux', 'Rocky Linux:8')).toBe(true)
  })
  it('not where the release is required (Alpine, Ubuntu), and never another release', () => {
    expect(covers('Alpine', 'Alpine:v3.20')).toBe(false)
    expect(covers('Ubuntu', 'Ubuntu:22.04:LTS')).toBe(false)
    expect(covers('Debian:11', 'Debian:12')).toBe(false)
    expect(covers('Debian:12', 'Debian:12')).toBe(true)
    expect(entriesFor(recordOn('Debian', 'Debian:12', 'Debian:11'), 'Debian:12', 'openssl').map((entry) => entry.package!.ecosystem)).toEqual([
      'Debian',
      'Debian:12'
    ])
  })
})

describe('advisories from records', () => {
  it('GHSA id first, aliases, severity computed from the vector', () => {
    const advisory = advisoryFromOsv(lodash)
    expect(advisory.id).toBe('GHSA-p6mc-m468-83gw')
    expect(advisory.aliases).toEqual(['CVE-2020-8203'])
    expect(advisory.severity).toEqual({ word: 'high', score: 7.4, vector: 'CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:H/A:H', from: 'cvss_v3' })
  })
  it('prefers CVSS v4, falls back to the database word, then to none', () => {
    expect(
      severityOf(['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N'], 'LOW')
    ).toMatchObject({ word: 'critical', score: 9.3, from: 'cvss_v4' })
    expect(severityOf(['not a vector'], 'MODERATE')).toEqual({ word: 'moderate', from: 'database' })
    expect(severityOf([], undefined)).toEqual({ word: null, from: 'none' })
  })
  it('merges records that alias each other into one match with every id and fix', () => {
    const p = pkg('PyPI', 'django', '4.2.0')
    const ghsa = { ...advisoryFromOsv({ id: 'GHSA-aaaa-bbbb-cccc', modified: '2024-01-01T00:00:00Z', aliases: ['CVE-2024-1'] }) }
    const pysec = { ...advisoryFromOsv({ id: 'PYSEC-2024-9', modified: '2024-01-02T00:00:00Z', aliases: ['CVE-2024-1'] }) }
    const merged = mergeAliases([
      { package: p, advisory: pysec, fixedVersions: ['4.2.1'] },
      { package: p, advisory: ghsa, fixedVersions: ['4.2.1', '5.0.1'] }
    ])
    expect(merged).toHaveLength(1)
    expect(merged[0]!.advisory.id).toBe('GHSA-aaaa-bbbb-cccc')
    expect(merged[0]!.advisory.aliases).toEqual(['CVE-2024-1', 'PYSEC-2024-9'])
    expect(merged[0]!.fixedVersions).toEqual(['4.2.1', '5.0.1'])
  })
})

describe('offline snapshot (DIR/<Ecosystem>/all.zip, streamed)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-osv-'))
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
  const withdrawn: OsvRecord = {
    id: 'GHSA-wwww-wwww-wwww',
    modified: '2023-05-01T00:00:00Z',
    withdrawn: '2023-05-01T00:00:00Z',
    affected: [{ package: { ecosystem: 'npm', name: 'lodash' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }]
  }
  const malicious: OsvRecord = {
    id: 'MAL-2024-1',
    modified: '2024-06-01T00:00:00Z',
    summary: 'Malicious code in evil-pkg',
    affected: [{ package: { ecosystem: 'npm', name: 'evil-pkg' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }] }]
  }
  fs.mkdirSync(path.join(dir, 'npm'))
  const records = { 'GHSA-p6mc-m468-83gw.json': lodash, 'GHSA-wwww-wwww-wwww.json': withdrawn, 'MAL-2024-1.json': malicious }
  const script =
    'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1],"w",zipfile.ZIP_DEFLATED)\nfor k,v in json.load(sys.stdin).items(): z.writestr(k, json.dumps(v, indent=2))\nz.close()'
  const made = spawnSync('python3', ['-c', script, path.join(dir, 'npm', 'all.zip')], { input: JSON.stringify(records) })
  if (made.status !== 0) throw new Error(`python3 could not write the zip: ${made.stderr}`)

  it('matches what is affected, skips withdrawn records, flags malicious ones, and reports the snapshot date', async () => {
    const packages = [
      pkg('npm', 'lodash', '4.17.15'),
      pkg('npm', 'lodash-es', '4.17.21'),
      pkg('npm', 'evil-pkg', '1.0.0'),
      pkg('npm', 'left-pad', '1.3.0'),
      pkg('npm', 'declared', null)
    ]
    const report = await matchOffline(dir, packages)
    expect(report.source).toEqual({ kind: 'osv-offline', location: dir, snapshot: '2024-06-01T00:00:00Z' })
    expect(report.checked).toBe(4)
    expect(
      report.matches
        .map(
          (match) =>
            `${match.package.name}@${match.package.version} ${match.advisory.id} malicious=${match.advisory.malicious} fixed=${match.fixedVersions.join(',')}`
        )
        .sort()
    ).toEqual(['evil-pkg@1.0.0 MAL-2024-1 malicious=true fixed=', 'lodash@4.17.15 GHSA-p6mc-m468-83gw malicious=false fixed=4.17.20'])
    expect(report.unchecked).toEqual([])
  })
  it('an ecosystem without a zip leaves its packages unchecked, with the reason', async () => {
    const report = await matchOffline(dir, [pkg('PyPI', 'django', '4.2.0')])
    expect(report.matches).toEqual([])
    expect(report.unchecked).toHaveLength(1)
    expect(report.unchecked[0]!.reason).toMatch(/no PyPI\/all\.zip/)
  })
  it('a version the ecosystem cannot order is unchecked, not "not affected"', async () => {
    const report = await matchOffline(dir, [pkg('npm', 'lodash', 'github:lodash/lodash')])
    expect(report.matches).toEqual([])
    expect(report.unchecked.map((entry) => entry.reason)).toEqual([
      expect.stringMatching(/GHSA-p6mc-m468-83gw: "github:lodash\/lodash" is not a valid SemVer version/)
    ])
  })
})
