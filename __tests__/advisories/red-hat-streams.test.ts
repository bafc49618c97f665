/**
 * Red Hat's OSV records are per product stream (`Red Hat:enterprise_linux:9::appstream`): packages named only
 * `Red Hat` (an image's rpm database, a purl's distro qualifier) are unknown with the reason, never "not
 * affected"; AlmaLinux and Rocky Linux need their release.
 */
import { describe, expect, it } from '@jest/globals'
import { ecosystemGap } from '../../src/advisories/ecosystems.js'
import { matchOsvApi } from '../../src/advisories/sources/osv-api.js'
import { matchOffline } from '../../src/advisories/sources/osv-offline.js'
import { unmatchableReason } from '../../src/images/vulnerabilities.js'
import type { Package } from '../../src/inventory/model.js'
import { parsePurl } from '../../src/inventory/purl.js'

const rpm = (ecosystem: string): Package => ({
  ecosystem,
  name: 'openssl-libs',
  version: '1:3.0.7-27.el9',
  scope: 'runtime',
  direct: null,
  source: 'registry',
  location: { path: 'var/lib/rpm/rpmdb.sqlite', line: 1 },
  sourcePackage: { name: 'openssl' }
})

describe('Red Hat product streams', () => {
  it('only a stream names Red Hat records', () => {
    expect(ecosystemGap('Red Hat:enterprise_linux:9::appstream')).toBeUndefined()
    expect(ecosystemGap('Red Hat:rhel_eus:9.2::baseos')).toBeUndefined()
    expect(ecosystemGap('Red Hat')).toContain('per product stream')
    expect(ecosystemGap('Red Hat:9.4')).toContain('Red Hat:9.4 names no stream')
    expect(ecosystemGap('Debian:12')).toBeUndefined()
    expect(parsePurl('pkg:rpm/redhat/openssl-libs@3.0.7-27.el9?arch=x86_64&distro=rhel-9.4').ecosystem).toBe('Red Hat')
  })

  it('leaves Red Hat packages without a stream unchecked in the OSV API and offline sources, without asking', async () => {
    let asked = 0
    const api = await matchOsvApi([rpm('Red Hat')], { baseUrl: 'http://127.0.0.1:9/never', http: { onRequest: () => (asked += 1) } })
    expect(asked).toBe(0)
    expect(api.matches).toEqual([])
    expect(api.unchecked.map((entry) => entry.reason)).toEqual([expect.stringContaining("Red Hat's OSV advisories are per product stream")])
    const offline = await matchOffline('/nonexistent-osv-snapshot', [rpm('Red Hat:9.4')])
    expect(offline.unchecked.map((entry) => entry.reason)).toEqual([expect.stringContaining('Red Hat:9.4 names no stream')])
  })

  it('an image: RHEL packages unknown with the reason; AlmaLinux and Rocky Linux need their release', () => {
    const rhel = { distro: { id: 'rhel', idLike: ['fedora'], versionId: '9.4', path: 'etc/os-release' }, ecosystem: 'Red Hat' }
    expect(unmatchableReason(rhel, rpm('Red Hat'))).toMatch(
      /^rhel 9\.4: Red Hat's OSV advisories are per product stream .* an image's rpm database does not record the repository/
    )
    const alma = { distro: { id: 'almalinux', idLike: ['rhel'], path: 'etc/os-release' }, ecosystem: 'AlmaLinux' }
    expect(unmatchableReason(alma, rpm('AlmaLinux'))).toContain('no AlmaLinux release can be told from os-release')
    const rocky = { distro: { id: 'rocky', idLike: ['rhel'], versionId: '9.3', path: 'etc/os-release' }, ecosystem: 'Rocky Linux:9' }
    expect(unmatchableReason(rocky, rpm('Rocky Linux:9'))).toBeNull()
  })
})
