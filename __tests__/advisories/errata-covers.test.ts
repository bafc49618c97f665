/**
 * A distribution's errata (AlmaLinux's ALSA, Ubuntu's USN, SUSE-SU, PHSA…) is another vulnerability id than
 * the CVEs it fixes, which its record lists in `related` (or `upstream` from OSV 1.7). A waiver or VEX
 * statement of one of those CVEs does not cover the errata, which fixes the others too; one of every one does.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { advisoryFromOsv, type OsvRecord } from '../../src/advisories/osv.js'
import { mergeAliases } from '../../src/advisories/merge.js'
import { applyVex } from '../../src/advisories/vex-apply.js'
import { readVex } from '../../src/advisories/vex.js'
import type { Finding } from '../../src/model/finding.js'
import { waiverCovers } from '../../src/policy/waivers.js'
import { idsLabel } from '../../src/rules/dependencies/advisory-support.js'
import type { AdvisoryMatch, Package } from '../../src/advisories/model.js'

const fixture = (file: string): OsvRecord =>
  JSON.parse(fs.readFileSync(new URL(`../../test/fixtures/advisories/osv/${file}`, import.meta.url), 'utf8')) as OsvRecord

const record = (id: string, ecosystem: string, extra: Partial<OsvRecord>): OsvRecord => ({
  id,
  modified: '2026-11-01T00:00:00Z',
  affected: [{ package: { ecosystem, name: 'openssl' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.7-28.el9_4' }] }] }],
  ...extra
})

describe('what an errata record covers', () => {
  it('an AlmaLinux errata (real record) covers the CVEs it lists in related; they are not its aliases', () => {
    const advisory = advisoryFromOsv(fixture('AlmaLinux/ALSA-2026-19357.json'))
    expect(advisory.id).toBe('ALSA-2026:19357')
    expect(advisory.aliases).toEqual([])
    expect(advisory.covers).toEqual(['CVE-2026-40355', 'CVE-2026-40356'])
  })

  it("a per-CVE record's upstream is its own CVE (an alias, nothing covered); upstream of an errata is covered; related of a language record is not", () => {
    const perCve = advisoryFromOsv(fixture('Ubuntu/UBUNTU-CVE-2025-0186.json'))
    expect(perCve.aliases).toContain('CVE-2025-0186')
    expect(perCve.covers).toBeUndefined()
    expect(advisoryFromOsv(record('USN-7001-1', 'Ubuntu:22.04:LTS', { upstream: ['CVE-2024-1', 'CVE-2024-2'] })).covers).toEqual(['CVE-2024-1', 'CVE-2024-2'])
    // In a language ecosystem `related` names other flaws, not the ones the record is about.
    expect(advisoryFromOsv(record('GHSA-aaaa-bbbb-cccc', 'npm', { related: ['CVE-2024-3'] })).covers).toBeUndefined()
  })

  it('two records of the same errata merge what they cover; the label says what it fixes', () => {
    const pkg = { ecosystem: 'AlmaLinux:9', name: 'openssl', version: '1:3.0.7-27.el9' } as Package
    const match = (extra: Partial<OsvRecord>): AdvisoryMatch => ({
      package: pkg,
      advisory: advisoryFromOsv(record('ALSA-2024:0001', 'AlmaLinux:9', extra)),
      fixedVersions: ['1:3.0.7-28.el9_4']
    })
    const [merged, ...rest] = mergeAliases([match({ related: ['CVE-2024-1'] }), match({ related: ['CVE-2024-2', 'ALSA-2024:0001'] })])
    expect(rest).toEqual([])
    expect(merged!.advisory.covers).toEqual(['CVE-2024-1', 'CVE-2024-2'])
    expect(idsLabel(merged!)).toBe('ALSA-2024:0001 (fixes CVE-2024-1, CVE-2024-2)')
  })
})

const errata: Finding = {
  rule: 'vulnerable-dependencies',
  area: 'dependencies',
  severity: 'high',
  status: 'fail',
  message: 'openssl: ALSA-2024:0001',
  purl: 'pkg:rpm/almalinux/openssl@3.0.7-27.el9?arch=x86_64&distro=almalinux-9.4',
  advisories: ['ALSA-2024:0001'],
  covers: ['CVE-2024-1', 'CVE-2024-2'],
  fixedVersions: ['3.0.7-28.el9_4']
}

describe('waivers and VEX of an errata', () => {
  it('a waiver of one CVE it fixes does not cover it; of every one, or of the errata id, does', () => {
    expect(waiverCovers({ advisories: ['CVE-2024-1'] }, errata)).toBe(false)
    expect(waiverCovers({ advisories: ['cve-2024-2', 'CVE-2024-1'] }, errata)).toBe(true)
    expect(waiverCovers({ advisories: ['ALSA-2024:0001'] }, errata)).toBe(true)
    expect(waiverCovers({ advisories: ['CVE-2024-1', 'CVE-2024-2'] }, { ...errata, covers: undefined })).toBe(false)
  })

  it('VEX statements suppress it only when every CVE it fixes is not_affected or fixed for the package', () => {
    const statement = (cve: string, status: string) => ({
      vulnerability: { name: cve },
      products: [{ '@id': 'pkg:rpm/almalinux/openssl' }],
      status,
      ...(status === 'not_affected' ? { justification: 'vulnerable_code_not_in_execute_path' } : {})
    })
    const doc = (statements: unknown[]) => ({
      '@context': 'https://openvex.dev/ns/v0.2.0',
      '@id': 'https://example.com/vex/errata',
      author: 'Security team',
      timestamp: '2026-11-01T00:00:00Z',
      version: 1,
      statements
    })
    const one = readVex(doc([statement('CVE-2024-1', 'not_affected')]), '.vex/one.json')
    expect(applyVex([errata], one)[0]!.status).toBe('fail')
    const investigating = readVex(doc([statement('CVE-2024-1', 'not_affected'), statement('CVE-2024-2', 'under_investigation')]), '.vex/two.json')
    expect(applyVex([errata], investigating)[0]!.status).toBe('fail')
    const both = readVex(doc([statement('CVE-2024-1', 'not_affected'), statement('CVE-2024-2', 'fixed')]), '.vex/both.json')
    const [waived] = applyVex([errata], both)
    expect(waived!.status).toBe('waived')
    expect(waived!.waiver?.reason).toBe(
      'VEX statements for every vulnerability it fixes (.vex/both.json statement 1: not_affected; .vex/both.json statement 2: fixed)'
    )
  })
})
