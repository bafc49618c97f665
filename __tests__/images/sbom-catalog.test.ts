/**
 * An image's catalog read back from an SBOM (the predicate of a verified SBOM attestation): distribution
 * packages get back the source package advisories are keyed on (purl `upstream`: dpkg `source@version`, apk
 * origin, rpm source RPM), the rpm epoch (`epoch=`), and the distro and OSV ecosystem from the `distro`
 * qualifier; a round trip through chaingate's own writers gives the catalog's packages back.
 */
import { describe, expect, it } from '@jest/globals'
import { catalogFromSbom } from '../../src/images/sbom-catalog.js'
import { sbomPlan, sbomText } from '../../src/inventory/sbom/index.js'
import type { Inventory, Package } from '../../src/inventory/model.js'
import { purlFor } from '../../src/inventory/purl.js'

const cyclonedx = (purls: string[]): string =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: purls.map((purl) => ({
      type: 'library',
      name: decodeURIComponent(purl.slice(purl.lastIndexOf('/') + 1, purl.indexOf('@'))),
      purl,
      'bom-ref': purl
    }))
  })

describe('catalogFromSbom', () => {
  it('restores source packages, epochs and the distro from purls written by other tools', () => {
    const debian = catalogFromSbom(
      cyclonedx([
        'pkg:deb/debian/libssl3@3.0.11-1~deb12u2?arch=amd64&distro=debian-12.7&upstream=openssl',
        'pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&distro=debian-12&upstream=glibc%402.36-9',
        'pkg:npm/left-pad@1.1.0'
      ]),
      'sbom.json'
    )
    expect(debian.distro).toMatchObject({ id: 'debian', versionId: '12.7' })
    expect(debian.ecosystem).toBe('Debian:12')
    const byName = new Map(debian.inventory.packages.map((pkg) => [pkg.name, pkg]))
    expect(byName.get('libssl3')).toMatchObject({
      ecosystem: 'Debian:12',
      version: '3.0.11-1~deb12u2',
      sourcePackage: { name: 'openssl' },
      arch: 'amd64',
      scope: 'runtime'
    })
    expect(byName.get('libc6')).toMatchObject({ version: '2.36-9+deb12u4', sourcePackage: { name: 'glibc', version: '2.36-9' } })
    expect(byName.get('left-pad')).toMatchObject({ ecosystem: 'npm', scope: 'runtime' })
    expect(byName.get('left-pad')!.sourcePackage).toBeUndefined()

    const alpine = catalogFromSbom(
      cyclonedx([
        'pkg:apk/alpine/libcrypto3@3.3.2-r0?arch=x86_64&distro=alpine-3.20.3&upstream=openssl',
        'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3'
      ]),
      'sbom.json'
    )
    expect(alpine.ecosystem).toBe('Alpine:v3.20')
    expect(alpine.inventory.packages.map((pkg) => [pkg.name, pkg.sourcePackage?.name])).toEqual([
      ['libcrypto3', 'openssl'],
      ['musl', 'musl']
    ])

    const rpm = catalogFromSbom(
      cyclonedx(['pkg:rpm/rocky/openssl-libs@3.0.7-27.el9?arch=x86_64&epoch=1&distro=rocky-9.4&upstream=openssl-3.0.7-27.el9.src.rpm']),
      'sbom.json'
    )
    expect(rpm.inventory.packages[0]).toMatchObject({ version: '1:3.0.7-27.el9', sourcePackage: { name: 'openssl' } })
    expect(rpm.distro).toMatchObject({ id: 'rocky', versionId: '9.4' })
  })

  it('gives back what chaingate wrote for an image, in CycloneDX and SPDX (a source not recorded included)', () => {
    const location = { path: 'var/lib/dpkg/status', line: 1 }
    const pkg = (name: string, version: string, source: NonNullable<Package['sourcePackage']>, upstream?: string): Package => ({
      ecosystem: 'Debian:12',
      name,
      version,
      purl: purlFor('Debian:12', name, version, { arch: 'amd64', distro: 'debian-12', ...(upstream ? { upstream } : {}) })!,
      scope: 'runtime',
      direct: null,
      source: 'registry',
      location,
      sourcePackage: source,
      arch: 'amd64'
    })
    const inventory: Inventory = {
      packages: [
        pkg('libssl3', '3.0.11-1~deb12u2', { name: 'openssl' }, 'openssl'),
        pkg('bash', '5.2.15-2+b7', { name: 'bash', version: '5.2.15-2' }, 'bash@5.2.15-2'),
        // From a Chisel manifest: no source recorded, which must survive the round trip (a lookup under the
        // binary name that finds nothing does not clear it).
        { ...pkg('libc6', '2.36-9+deb12u4', { name: 'libc6', unrecorded: true }), location: { path: 'var/lib/chisel/manifest.wall', line: 3 } }
      ],
      edges: [],
      files: [],
      problems: []
    }
    for (const format of ['cyclonedx', 'spdx'] as const) {
      const text = sbomText(
        sbomPlan(inventory, format, {
          subject: {
            name: 'app',
            image: { reference: 'r/app:v1', digest: `sha256:${'1'.repeat(64)}`, platform: 'linux/amd64', distro: { id: 'debian', versionId: '12' } }
          },
          tool: { name: 'chaingate', version: 'test' }
        })
      )
      const catalog = catalogFromSbom(text, `sbom.${format}.json`)
      expect(catalog.format).toBe(format)
      expect(catalog.ecosystem).toBe('Debian:12')
      expect(catalog.inventory.packages.map((entry) => [entry.name, entry.version, entry.sourcePackage]).sort()).toEqual([
        ['bash', '5.2.15-2+b7', { name: 'bash', version: '5.2.15-2' }],
        ['libc6', '2.36-9+deb12u4', { name: 'libc6', unrecorded: true }],
        ['libssl3', '3.0.11-1~deb12u2', { name: 'openssl' }]
      ])
    }
  })
})
