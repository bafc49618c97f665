/**
 * Image packages against the distributions' own OSV records, as they publish them (test/fixtures/advisories/osv
 * README: Ubuntu's canonical/ubuntu-security-notices, AlmaLinux's AlmaLinux/osv-database), through an offline
 * snapshot laid out as osv.dev publishes it. The shapes at stake: Ubuntu's Pro ecosystem (a release past
 * standard support is published only as `Ubuntu:Pro:18.04:LTS`), per-CVE ids (`UBUNTU-CVE-…`) whose CVE is in
 * `upstream`, Ubuntu's priority as the severity, entries with no fix; AlmaLinux errata naming binary packages
 * (`krb5-libs`, never the source `krb5`) with the severity in the summary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createSource } from '../../src/advisories/sources/index.js'
import type { AdvisoryReport } from '../../src/advisories/model.js'
import { distroEcosystem, parseOsRelease, type Distro } from '../../src/images/catalog/os-release.js'
import { matchCatalog } from '../../src/images/vulnerabilities.js'
import { ecosystemForPurl } from '../../src/inventory/purl.js'
import { ubuntuEcosystem } from '../../src/inventory/ubuntu-releases.js'
import type { Inventory, Package } from '../../src/inventory/model.js'
import { imageFixState } from '../../src/rules/dependencies/advisory-support.js'
import type { OsvRange, OsvRecord } from '../../src/advisories/osv.js'
import { main } from '../../src/cli/main.js'
import { loadRecords, writeSnapshot } from '../../test/support/advisories/records.js'
import { writeOciLayout } from '../../test/support/images/build.js'

let work: string

/**
 * No repository we can reach carries osv.dev's converted Debian records (published only in its bucket), so
 * these follow the converter's code (google/osv.dev `vulnfeeds/cmd/converters/debian/main.go` at
 * b3be7125dbf29db6ac9fbf88d5080da57f6e1635): id `DEBIAN-` + the CVE, the CVE in `upstream`, one entry per
 * release `Debian:<version>` with the tracker's urgency in `ecosystem_specific`, `introduced: 0` and a `fixed`
 * only when the tracker says resolved. The urgencies cover the levels that decide the fix state (not looked up
 * per CVE in the tracker).
 */
function debian(cve: string, name: string, urgency: string, fixed?: string): OsvRecord {
  return {
    id: `DEBIAN-${cve}`,
    upstream: [cve],
    modified: '2026-11-01T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'Debian:12', name },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(fixed ? [{ fixed }] : [])] }],
        ecosystem_specific: { urgency }
      }
    ]
  }
}
const debianRecords = [
  debian('CVE-2011-3374', 'apt', 'unimportant'),
  debian('CVE-2023-4039', 'gcc-12', 'not yet assigned'),
  debian('CVE-2024-2236', 'libgcrypt20', 'end-of-life'),
  debian('CVE-2024-6119', 'openssl', 'not yet assigned', '3.0.14-1~deb12u2')
]

/**
 * Our own records in the shapes SUSE and Photon OS publish (checked on their real records by
 * bench/distro-osv-check.mjs): SUSE names the source RPM per product, the product's marketing name after the
 * vendor word (`openSUSE:Leap 15.6`, `SUSE:Linux Enterprise Server 15 SP6`) with its binaries in
 * `ecosystem_specific`; Photon names the release as `5.0`. The last one has its `ranges` as an object, as most
 * of captn3m0/photon-os-advisories' records have for one of their entries.
 */
const suseRecord: OsvRecord = {
  id: 'SUSE-SU-2026:90001-1',
  modified: '2026-11-20T10:00:00Z',
  related: ['CVE-2026-90001'],
  affected: ['openSUSE:Leap 15.6', 'SUSE:Linux Enterprise Module for Basesystem 15 SP6', 'SUSE:Linux Enterprise Server 15 SP6'].map((ecosystem) => ({
    package: { ecosystem, name: 'openssl-3', purl: `pkg:rpm/suse/openssl-3&distro=${encodeURIComponent(ecosystem.split(':')[1]!)}` },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.1.4-150600.5.21.1' }] }],
    ecosystem_specific: { binaries: [{ libopenssl3: '3.1.4-150600.5.21.1', 'openssl-3': '3.1.4-150600.5.21.1' }] }
  }))
}
/** An AlmaLinux module errata (the shape of ALSA-2024:2098): each binary at the build of its own module stream. */
const almaModuleRecord: OsvRecord = {
  id: 'ALSA-2026:90003',
  modified: '2026-11-23T00:00:00Z',
  summary: 'Moderate: container-tools:rhel8 security update',
  affected: [
    ['criu', '3.18-4.module_el8.9.0+3755+bc5f21db'],
    ['criu-libs', '3.18-4.module_el8.9.0+3643+9234dc3b']
  ].map(([name, fixed]) => ({
    package: { ecosystem: 'AlmaLinux:8', name: name! },
    ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: fixed! }] }]
  }))
}
const photonRecords: OsvRecord[] = [
  {
    id: 'PHSA-2026-5.0-9001',
    modified: '2026-11-21T00:00:00Z',
    related: ['CVE-2026-90002'],
    affected: [
      {
        package: { ecosystem: 'Photon OS:5.0', name: 'openssl', purl: 'pkg:rpm/vmware/openssl?distro=photon-5' },
        ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '3.0.15-1.ph5' }] }]
      }
    ]
  },
  {
    id: 'PHSA-2026-5.0-9002',
    modified: '2026-11-22T00:00:00Z',
    affected: [
      {
        package: { ecosystem: 'Photon OS:5.0', name: 'curl', purl: 'pkg:rpm/vmware/curl?distro=photon-5' },
        ranges: { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '8.11.1-1.ph5' }] } as unknown as OsvRange[]
      }
    ]
  }
]

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-distro-records-'))
  const wanted = ['CVE-2024-2236', 'UBUNTU-CVE-2025-0186', 'ALSA-2026:19357', 'ALSA-2025:9430', 'CVE-2022-27449', 'USN-2169-2']
  const records = loadRecords()
  writeSnapshot(work, [...wanted.map((id) => records.get(id)!), ...debianRecords, suseRecord, almaModuleRecord, ...photonRecords])
})

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

function distro(id: string, versionId: string): Distro {
  return { id, idLike: [], versionId, path: 'etc/os-release' }
}

function osPackage(ecosystem: string, name: string, version: string, source: string, line: number): Package {
  return {
    ecosystem,
    name,
    version,
    scope: 'runtime',
    direct: null,
    source: 'registry',
    location: { path: 'var/lib/dpkg/status', line },
    sourcePackage: { name: source }
  }
}

async function scan(os: Distro, packages: Package[]): Promise<AdvisoryReport> {
  const inventory = { packages, problems: [], files: [] } as unknown as Inventory
  const source = createSource({ kind: 'osv-offline', directory: work }, { github: null })
  return matchCatalog({ distro: os, ecosystem: distroEcosystem(os), inventory }, source)
}

describe('Ubuntu records', () => {
  it('finds a flaw of an 18.04 image that Ubuntu publishes only under Ubuntu:Pro:18.04:LTS, with no fix', async () => {
    const bionic = distro('ubuntu', '18.04')
    expect(distroEcosystem(bionic)).toBe('Ubuntu:18.04:LTS')
    const libgcrypt = osPackage(ubuntuEcosystem('18.04'), 'libgcrypt20', '1.8.1-4ubuntu1.3', 'libgcrypt20', 1)
    const report = await scan(bionic, [libgcrypt])
    expect(report.unchecked).toEqual([])
    expect(report.matches).toHaveLength(1)
    const [match] = report.matches
    expect(match!.package).toBe(libgcrypt)
    expect(match!.advisory.id).toBe('CVE-2024-2236')
    expect(match!.fixedVersions).toEqual([])
    expect(imageFixState(match!)).toBe(
      "no fix yet (the affected range has no fixed version; Ubuntu's records do not tell a deferred or not-planned fix from a needed one)"
    )
  })

  it('a 22.04 package with no fix yet is affected (introduced 0, no fixed event)', async () => {
    const jammy = distro('ubuntu', '22.04')
    const pkg = osPackage('Ubuntu:22.04:LTS', 'libgcrypt20', '1.9.4-3ubuntu3', 'libgcrypt20', 1)
    const report = await scan(jammy, [pkg])
    expect(report.matches.map((match) => [match.advisory.id, match.fixedVersions])).toEqual([['CVE-2024-2236', []]])
  })

  it('reads the OSV 1.7 shape: the CVE in upstream becomes an alias, the Ubuntu priority the severity when no CVSS says', async () => {
    const xenial = distro('ubuntu', '16.04')
    const gitlab = osPackage('Ubuntu:16.04:LTS', 'gitlab', '8.5.8+dfsg-5', 'gitlab', 1)
    const report = await scan(xenial, [gitlab])
    expect(report.matches).toHaveLength(1)
    const { advisory } = report.matches[0]!
    expect(advisory.id).toBe('UBUNTU-CVE-2025-0186')
    expect(advisory.aliases).toEqual(['CVE-2025-0186'])
    // The record carries a CVSS 3.1 vector too (6.5): the computed score wins over Ubuntu's word.
    expect(advisory.severity).toMatchObject({ word: 'moderate', from: 'cvss_v3' })
  })

  it('takes Ubuntu priority when the record has no vector, and a package of another release is not matched', async () => {
    const records = loadRecords()
    const { advisoryFromOsv } = await import('../../src/advisories/osv.js')
    const record = {
      ...records.get('UBUNTU-CVE-2025-0186')!,
      severity: records.get('UBUNTU-CVE-2025-0186')!.severity!.filter((entry) => entry.type === 'Ubuntu')
    }
    expect(advisoryFromOsv(record).severity).toEqual({ word: 'moderate', from: 'database' })
    const noble = distro('ubuntu', '24.04')
    const report = await scan(noble, [osPackage('Ubuntu:24.04:LTS', 'gitlab', '8.5.8+dfsg-5', 'gitlab', 1)])
    expect(report.matches).toEqual([])
  })
  it('matches a USN record (fix notice, no CVE, no severity) on a 14.04 package below the fix, not at it', async () => {
    const trusty = distro('ubuntu', '14.04')
    const old = osPackage('Ubuntu:14.04:LTS', 'python-django', '1.6.1-2ubuntu0.1', 'python-django', 1)
    const doc = osPackage('Ubuntu:14.04:LTS', 'python-django-doc', '1.6.1-2ubuntu0.2', 'python-django', 2)
    const report = await scan(trusty, [old, doc])
    expect(report.matches.map((match) => [match.package.name, match.advisory.id, match.advisory.severity.word, imageFixState(match)])).toEqual([
      ['python-django', 'USN-2169-2', null, 'fixed in 1.6.1-2ubuntu0.2']
    ])
  })
})

describe('AlmaLinux records', () => {
  const alma = distro('almalinux', '9.6')
  const rpm = (name: string, version: string, line: number): Package => ({
    ...osPackage(distroEcosystem(alma), name, version, 'krb5', line),
    location: { path: 'var/lib/rpm/rpmdb.sqlite', line }
  })

  it('matches binary packages the errata name (krb5-libs), which a lookup by source name (krb5) never finds', async () => {
    expect(distroEcosystem(alma)).toBe('AlmaLinux:9')
    const libs = rpm('krb5-libs', '1.21.1-6.el9', 1)
    const report = await scan(alma, [libs])
    expect(report.unchecked).toEqual([])
    const found = report.matches.map((match) => ({ id: match.advisory.id, fixed: match.fixedVersions, severity: match.advisory.severity.word }))
    expect(found.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'ALSA-2025:9430', fixed: ['1.21.1-8.el9_6'], severity: 'moderate' },
      { id: 'ALSA-2026:19357', fixed: ['1.21.1-10.el9_8'], severity: 'high' }
    ])
    for (const match of report.matches) expect(match.package).toBe(libs)
  })

  it('compares rpm versions: a package at the fix is not affected, one between the two errata only by the newer', async () => {
    const fixed = rpm('krb5-libs', '1.21.1-10.el9_8', 1)
    const between = rpm('krb5-workstation', '1.21.1-8.el9_6', 2)
    const report = await scan(alma, [fixed, between])
    expect(report.matches.map((match) => [match.package.name, match.advisory.id])).toEqual([['krb5-workstation', 'ALSA-2026:19357']])
  })
  it("a binary is judged by its own entry, not by a sibling's that has the source's name (module errata)", async () => {
    const el8 = distro('almalinux', '8.10')
    const pkg = (version: string, line: number): Package => ({
      ...osPackage(distroEcosystem(el8), 'criu-libs', version, 'criu', line),
      sourcePackage: { name: 'criu', version },
      location: { path: 'var/lib/rpm/rpmdb.sqlite', line }
    })
    const atFix = pkg('3.18-4.module_el8.9.0+3643+9234dc3b', 1)
    const below = pkg('3.18-3.module_el8.9.0+3643+9234dc3b', 2)
    const report = await scan(el8, [atFix, below])
    expect(report.matches.map((match) => [match.package.version, match.advisory.id, match.fixedVersions])).toEqual([
      ['3.18-3.module_el8.9.0+3643+9234dc3b', 'ALSA-2026:90003', ['3.18-4.module_el8.9.0+3643+9234dc3b']]
    ])
  })
  it('an SBOM purl of AlmaLinux 9.4 (distro=almalinux-9.4, as Syft writes it) asks AlmaLinux:9, the ecosystem the errata name', async () => {
    const ecosystem = ecosystemForPurl('rpm', 'almalinux', { distro: 'almalinux-9.4' })
    expect(ecosystem).toBe('AlmaLinux:9')
    expect(ecosystemForPurl('rpm', 'rocky', { distro: 'rocky-9.3' })).toBe('Rocky Linux:9')
    expect(ecosystemForPurl('apk', 'wolfi', { distro: 'wolfi-20230201' })).toBe('Wolfi')
    const libs = rpm('krb5-libs', '1.21.1-8.el9_6', 1)
    const report = await scan(alma, [{ ...libs, ecosystem: ecosystem! }])
    expect(report.matches.map((match) => match.advisory.id)).toEqual(['ALSA-2026:19357'])
  })
})

describe('fix state of Ubuntu ESM builds', () => {
  it('says a fix published only as an ESM build (+esm) needs Ubuntu Pro', () => {
    const pkg = osPackage('Ubuntu:18.04:LTS', 'libc6', '2.27-3ubuntu1.6', 'glibc', 1)
    const advisory = {
      id: 'UBUNTU-CVE-2025-0395',
      aliases: ['CVE-2025-0395'],
      severity: { word: 'moderate' as const, from: 'database' as const },
      malicious: false
    }
    // The 18.04 fix of UBUNTU-CVE-2025-0395 (canonical/ubuntu-security-notices), published under Ubuntu:Pro:18.04:LTS.
    expect(imageFixState({ package: pkg, advisory, fixedVersions: ['2.27-3ubuntu1.6+esm4'] })).toBe('fixed in 2.27-3ubuntu1.6+esm4 (Ubuntu Pro)')
    expect(imageFixState({ package: pkg, advisory, fixedVersions: ['2.27-3ubuntu1.7'] })).toBe('fixed in 2.27-3ubuntu1.7')
  })
})

describe('Debian records (osv.dev converter shape)', () => {
  it('tells "will not be fixed" (unimportant, end-of-life) from "no fix yet" and "fixed in"', async () => {
    const bookworm = distro('debian', '12')
    expect(distroEcosystem(bookworm)).toBe('Debian:12')
    const packages = [
      osPackage('Debian:12', 'apt', '2.6.1', 'apt', 1),
      osPackage('Debian:12', 'libgcc-s1', '12.2.0-14', 'gcc-12', 2),
      osPackage('Debian:12', 'libgcrypt20', '1.10.1-3', 'libgcrypt20', 3),
      osPackage('Debian:12', 'libssl3', '3.0.11-1~deb12u2', 'openssl', 4)
    ]
    const report = await scan(bookworm, packages)
    // No CVSS vector in these: the urgency is the severity (`unimportant` counts as low).
    expect(report.matches.map((match) => [match.package.name, match.advisory.severity.word]).sort()).toEqual([
      ['apt', 'low'],
      ['libgcc-s1', null],
      ['libgcrypt20', null],
      ['libssl3', null]
    ])
    const states = report.matches.map((match) => [match.package.name, match.advisory.aliases, imageFixState(match)])
    expect(states.sort((a, b) => String(a[0]).localeCompare(String(b[0])))).toEqual([
      ['apt', ['CVE-2011-3374'], 'will not be fixed (Debian rates it unimportant: no fix is planned)'],
      ['libgcc-s1', ['CVE-2023-4039'], 'no fix yet (the affected range has no fixed version)'],
      ['libgcrypt20', ['CVE-2024-2236'], 'will not be fixed (the package has no Debian security support in this release (end-of-life): no fix will come)'],
      ['libssl3', ['CVE-2024-6119'], 'fixed in 3.0.14-1~deb12u2']
    ])
  })
})

describe('Alpine records', () => {
  it('names the release from os-release (3.16.2 → Alpine:v3.16) and compares apk versions (CVE-2022-27449, osv.dev)', async () => {
    const alpine = distro('alpine', '3.16.2')
    expect(distroEcosystem(alpine)).toBe('Alpine:v3.16')
    const server = { ...osPackage('Alpine:v3.16', 'mariadb', '10.6.7-r0', 'mariadb', 1), location: { path: 'lib/apk/db/installed', line: 1 } }
    const client = { ...osPackage('Alpine:v3.16', 'mariadb-client', '10.6.8-r0', 'mariadb', 2), location: { path: 'lib/apk/db/installed', line: 9 } }
    const report = await scan(alpine, [server, client])
    expect(report.matches.map((match) => [match.package.name, match.advisory.id, imageFixState(match)])).toEqual([
      ['mariadb', 'CVE-2022-27449', 'fixed in 10.6.8-r0']
    ])
  })

  it('an edge image (VERSION_ID 3.21_alpha20240807) names no OSV release: unchecked, never "not affected"', async () => {
    const edge = distro('alpine', '3.21_alpha20240807')
    expect(distroEcosystem(edge)).toBe('Alpine')
    const pkg = { ...osPackage('Alpine', 'mariadb', '10.6.7-r0', 'mariadb', 1), location: { path: 'lib/apk/db/installed', line: 1 } }
    const report = await scan(edge, [pkg])
    expect(report.matches).toEqual([])
    expect(report.unchecked.map((entry) => entry.reason)).toEqual([expect.stringContaining('no Alpine release can be told from os-release')])
  })
})

describe('chaingate check --image on an Ubuntu 16.04 image (OCI layout) with the real Ubuntu records', () => {
  /** dpkg status stanzas as dpkg writes them (gitlab from universe, libgcrypt20 from main), and 16.04's os-release. */
  const status = [
    'Package: gitlab\nStatus: install ok installed\nPriority: optional\nSection: net\nArchitecture: all\nVersion: 8.5.8+dfsg-5\nDescription: git powered software platform to collaborate on code\n',
    'Package: libgcrypt20\nStatus: install ok installed\nPriority: optional\nSection: libs\nArchitecture: amd64\nMulti-Arch: same\nVersion: 1.6.5-2ubuntu0.6\nDescription: LGPL Crypto library - runtime library\n'
  ].join('\n')
  const osRelease =
    'NAME="Ubuntu"\nVERSION="16.04.7 LTS (Xenial Xerus)"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 16.04.7 LTS"\nVERSION_ID="16.04"\nVERSION_CODENAME=xenial\n'

  async function check(policy: string): Promise<{ code: number; findings: Array<Record<string, unknown>>; stderr: string }> {
    const layout = path.join(work, 'xenial')
    if (!fs.existsSync(layout))
      await writeOciLayout(
        layout,
        [
          {
            architecture: 'amd64',
            layers: [
              {
                entries: [
                  { path: 'etc/os-release', content: osRelease },
                  { path: 'var/lib/dpkg/status', content: status }
                ],
                compression: 'gzip'
              }
            ]
          }
        ],
        'v1'
      )
    const repo = fs.mkdtempSync(path.join(work, 'repo-'))
    fs.mkdirSync(path.join(repo, '.github'))
    fs.writeFileSync(path.join(repo, '.github/chaingate.yml'), policy)
    let stdout = ''
    let stderr = ''
    const code = await main(['check', repo, '--format', 'json', '--advisories', work, '--image', `oci:${layout}:v1`], {
      env: {},
      cwd: work,
      stdout: (text) => (stdout += text),
      stderr: (text) => (stderr += text)
    })
    return { code, findings: (JSON.parse(stdout) as { findings: Array<Record<string, unknown>> }).findings, stderr }
  }

  it('fails on the Pro-only flaw (no fix yet) and waives the UBUNTU-CVE record by its CVE id', async () => {
    const policy =
      'extends: none\nrules:\n  vulnerable-dependencies: true\nwaivers:\n  - rule: vulnerable-dependencies\n    advisories: [CVE-2025-0186]\n    reason: gitlab is not run in this image\n    expires: 2099-12-31\n'
    const { code, findings, stderr } = await check(policy)
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const about = (id: string): Array<Record<string, unknown>> => findings.filter((finding) => (finding.advisories as string[] | undefined)?.includes(id))
    const [libgcrypt] = about('CVE-2024-2236')
    expect(libgcrypt).toMatchObject({ status: 'fail', purl: expect.stringMatching(/^pkg:deb\/ubuntu\/libgcrypt20@1\.6\.5-2ubuntu0\.6\?/), fixedVersions: [] })
    expect((libgcrypt!.details as Record<string, unknown>).fixState).toBe('no-fix-yet')
    expect(libgcrypt!.message).toContain('no fix yet')
    const gitlab = about('CVE-2025-0186')
    expect(gitlab.map((finding) => [finding.status, finding.advisories])).toEqual([['waived', ['UBUNTU-CVE-2025-0186', 'CVE-2025-0186']]])
  }, 60_000)
})

describe("Ubuntu's own OpenVEX (canonical/ubuntu-security-notices vex/)", () => {
  it('applies to an image package whose purl names the release by number (distro=ubuntu-26.04 ~ resolute, ubuntu-16.04 ~ esm-infra/xenial)', async () => {
    const { readVex, decidingStatement, suppresses } = await import('../../src/advisories/vex.js')
    const file = 'test/fixtures/advisories/vex/ubuntu-CVE-2025-0012.json'
    const statements = readVex(JSON.parse(fs.readFileSync(file, 'utf8')), file)
    const ids = ['UBUNTU-CVE-2025-0012', 'CVE-2025-0012']
    const resolute = decidingStatement(
      statements,
      ids,
      'pkg:deb/ubuntu/amd64-microcode@3.20251202.1ubuntu2?arch=amd64&distro=ubuntu-26.04&upstream=amd64-microcode'
    )
    expect([resolute?.status, suppresses(resolute)]).toEqual(['fixed', true])
    const xenial = decidingStatement(
      statements,
      ids,
      'pkg:deb/ubuntu/amd64-microcode@3.20191021.1%2Breally3.20180524.1~ubuntu0.16.04.2%2Besm3?arch=amd64&distro=ubuntu-16.04'
    )
    expect([xenial?.status, suppresses(xenial)]).toEqual(['affected', false])
    // Another release, or another architecture, is not what the statement names.
    expect(decidingStatement(statements, ids, 'pkg:deb/ubuntu/amd64-microcode@3.20251202.1ubuntu2?arch=amd64&distro=ubuntu-24.04')).toBeUndefined()
    expect(decidingStatement(statements, ids, 'pkg:deb/ubuntu/amd64-microcode@3.20251202.1ubuntu2?arch=i386&distro=ubuntu-26.04')).toBeUndefined()
  })
})

describe('ecosystem strings of other distributions (os-release as their images write it)', () => {
  const parse = (text: string): Distro => parseOsRelease(text, 'etc/os-release')
  it('names SUSE and openSUSE products as their records do, Photon and openEuler releases too', () => {
    const leap = parse(
      'NAME="openSUSE Leap"\nVERSION="15.6"\nID="opensuse-leap"\nID_LIKE="suse opensuse"\nVERSION_ID="15.6"\nPRETTY_NAME="openSUSE Leap 15.6"\n'
    )
    expect(distroEcosystem(leap)).toBe('openSUSE:Leap 15.6')
    const tumbleweed = parse(
      'NAME="openSUSE Tumbleweed"\nID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\nVERSION_ID="20261130"\nPRETTY_NAME="openSUSE Tumbleweed"\n'
    )
    expect(distroEcosystem(tumbleweed)).toBe('openSUSE:Tumbleweed')
    const sles = parse('NAME="SLES"\nVERSION="15-SP6"\nVERSION_ID="15.6"\nPRETTY_NAME="SUSE Linux Enterprise Server 15 SP6"\nID="sles"\nID_LIKE="suse"\n')
    expect(distroEcosystem(sles)).toBe('SUSE:Linux Enterprise Server 15 SP6')
    const micro = parse('NAME="SLE Micro"\nVERSION="5.5"\nVERSION_ID="5.5"\nPRETTY_NAME="SUSE Linux Enterprise Micro 5.5"\nID="sle-micro"\n')
    expect(distroEcosystem(micro)).toBe('SUSE:Linux Enterprise Micro 5.5')
    const photon = parse('NAME="VMware Photon OS"\nVERSION="5.0"\nID=photon\nVERSION_ID=5.0\nPRETTY_NAME="VMware Photon OS/Linux"\n')
    expect(distroEcosystem(photon)).toBe('Photon OS:5.0')
    const euler = parse('NAME="openEuler"\nVERSION="22.03 (LTS-SP4)"\nID="openEuler"\nVERSION_ID="22.03"\nPRETTY_NAME="openEuler 22.03 (LTS-SP4)"\n')
    expect(distroEcosystem(euler)).toBe('openEuler:22.03-LTS-SP4')
    expect(distroEcosystem(parse('ID="openEuler"\nVERSION_ID="24.03"\nPRETTY_NAME="openEuler 24.03 (LTS)"\n'))).toBe('openEuler:24.03-LTS')
    expect(distroEcosystem(parse('ID=azurelinux\nVERSION_ID="3.0"\nPRETTY_NAME="Microsoft Azure Linux 3.0"\n'))).toBe('Azure Linux:3')
  })

  it('matches an openSUSE Leap and a SLES image by source RPM, in the product ecosystem the record names', async () => {
    const leap = { id: 'opensuse-leap', idLike: ['suse', 'opensuse'], versionId: '15.6', prettyName: 'openSUSE Leap 15.6', path: 'etc/os-release' }
    const sles = { id: 'sles', idLike: ['suse'], versionId: '15.6', prettyName: 'SUSE Linux Enterprise Server 15 SP6', path: 'etc/os-release' }
    for (const os of [leap, sles]) {
      const ecosystem = distroEcosystem(os)
      const old = {
        ...osPackage(ecosystem, 'libopenssl3', '3.1.4-150600.5.15.1', 'openssl-3', 1),
        location: { path: 'usr/lib/sysimage/rpm/rpmdb.sqlite', line: 1 }
      }
      const fixed = {
        ...osPackage(ecosystem, 'openssl-3', '3.1.4-150600.5.21.1', 'openssl-3', 2),
        location: { path: 'usr/lib/sysimage/rpm/rpmdb.sqlite', line: 2 }
      }
      const report = await scan(os, [old, fixed])
      expect(report.unchecked).toEqual([])
      expect(report.matches.map((match) => [match.package.name, match.advisory.id, imageFixState(match)])).toEqual([
        ['libopenssl3', 'SUSE-SU-2026:90001-1', 'fixed in 3.1.4-150600.5.21.1']
      ])
    }
  })

  it('matches a Photon OS 5.0 image under Photon OS:5.0, and a record it cannot read leaves its packages unknown without stopping the run', async () => {
    const photon = { id: 'photon', idLike: [], versionId: '5.0', prettyName: 'VMware Photon OS/Linux', path: 'etc/os-release' }
    const rpm = (name: string, version: string, source: string, line: number): Package => ({
      ...osPackage(distroEcosystem(photon), name, version, source, line),
      location: { path: 'var/lib/rpm/rpmdb.sqlite', line }
    })
    const libs = rpm('openssl-libs', '3.0.13-2.ph5', 'openssl', 1)
    const curl = rpm('curl-libs', '8.7.1-3.ph5', 'curl', 2)
    const report = await scan(photon, [libs, curl])
    expect(report.matches.map((match) => [match.package.name, match.advisory.id, imageFixState(match)])).toEqual([
      ['openssl-libs', 'PHSA-2026-5.0-9001', 'fixed in 3.0.15-1.ph5']
    ])
    expect(report.unchecked).toEqual([
      {
        package: curl,
        reason: expect.stringMatching(/^PHSA-2026-5\.0-9002 in .*Photon OS\/all\.zip is not a valid OSV record: affected\[0\]\.ranges is not a list$/)
      }
    ])
  })

  it('a Photon OS image without VERSION_ID names no release: unchecked, never "not affected"', async () => {
    const photon = { id: 'photon', idLike: [], path: 'etc/os-release' }
    expect(distroEcosystem(photon)).toBe('Photon OS')
    const pkg = { ...osPackage('Photon OS', 'openssl-libs', '3.0.13-2.ph5', 'openssl', 1), location: { path: 'var/lib/rpm/rpmdb.sqlite', line: 1 } }
    const report = await scan(photon, [pkg])
    expect(report.matches).toEqual([])
    expect(report.unchecked.map((entry) => entry.reason)).toEqual([expect.stringContaining('no Photon OS release can be told from os-release')])
  })
})
