/**
 * Images whose packages are recorded outside a package manager's database, and one with no record at all:
 * - an Ubuntu image cut by Chisel: `var/lib/chisel/manifest.wall` (zstd jsonwall; written here in Chisel's
 *   format from this machine's own dpkg status, compressed by the `zstd` tool), binary packages without their
 *   source package;
 * - an Azure Linux distroless image: `var/lib/rpmmanifest/container-manifest-2`, written by `rpm -qa --qf`
 *   with the query format Azure Linux's image builds use, from an rpmdb that `rpm` wrote (test/support);
 * - an image with an os-release and no package database: its OS packages are unknown, never "none";
 * - a Bitnami image: the SPDX documents Bitnami writes under `/opt/bitnami/<component>/` (written here in the
 *   shape bitnami/vulndb's README documents), matched against Bitnami records whose `SEMVER` ranges compare
 *   Bitnami revisions as newer than their release.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { OsvRecord } from '../../src/advisories/osv.js'
import { ChiselManifestError, parseChiselManifest } from '../../src/images/catalog/chisel.js'
import { parseRpmManifest, RpmManifestError } from '../../src/images/catalog/rpm-manifest.js'
import { catalogImage } from '../../src/images/index.js'
import { main } from '../../src/cli/main.js'
import { writeSnapshot } from '../../test/support/advisories/records.js'
import { writeOciLayout, type LayerEntry } from '../../test/support/images/build.js'
import { buildRpmDatabase, type RpmFixture } from '../../test/support/images/fixtures.js'

const UBUNTU_RELEASE = 'PRETTY_NAME="Ubuntu 24.04.1 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\nVERSION_CODENAME=noble\nID=ubuntu\nID_LIKE=debian\n'
const AZURE_RELEASE = 'NAME="Microsoft Azure Linux"\nVERSION="3.0.20241101"\nID=azurelinux\nVERSION_ID="3.0"\nPRETTY_NAME="Microsoft Azure Linux 3.0"\n'
/** The `rpm -qa` query format Azure Linux's distroless builds write container-manifest-2 with. */
const AZURE_QUERY_FORMAT =
  '%{NAME}\\t%{VERSION}-%{RELEASE}\\t%{INSTALLTIME}\\t%{BUILDTIME}\\t%{VENDOR}\\t(none)\\t%{SIZE}\\t%{ARCH}\\t%{EPOCHNUM}\\t%{SOURCERPM}\\n'

/** 30 installed packages of this machine's dpkg status: name, version, arch, and whether their source has another name. */
function installedPackages(): Array<{ name: string; version: string; arch: string; otherSource: boolean }> {
  const list = []
  for (const stanza of fs.readFileSync('/var/lib/dpkg/status', 'utf8').split(/\n\n+/)) {
    const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, 'm').exec(stanza)?.[1]
    if (!/^Status: .* installed$/m.test(stanza)) continue
    const name = field('Package')!
    const source = field('Source')?.split(' ')[0]
    list.push({ name, version: field('Version')!, arch: field('Architecture')!, otherSource: source !== undefined && source !== name })
  }
  // Some of each kind: source named like the binary, and not.
  return [...list.filter((pkg) => !pkg.otherSource).slice(0, 15), ...list.filter((pkg) => pkg.otherSource).slice(0, 15)]
}

/** A Chisel manifest as Chisel's jsonwall writer lays it out: header counting every line, entries sorted by bytes. */
function chiselManifest(packages: ReturnType<typeof installedPackages>, owned: string[]): Buffer {
  const entries: string[] = []
  for (const pkg of packages) {
    entries.push(JSON.stringify({ kind: 'package', name: pkg.name, version: pkg.version, sha256: 'a'.repeat(64), arch: pkg.arch }))
    entries.push(JSON.stringify({ kind: 'slice', name: `${pkg.name}_libs` }))
  }
  const slice = `${packages[0]!.name}_libs`
  for (const file of owned) {
    entries.push(JSON.stringify({ kind: 'path', path: `/${file}`, mode: '0644', slices: [slice], sha256: 'b'.repeat(64), size: 10 }))
    entries.push(JSON.stringify({ kind: 'content', slice, path: `/${file}` }))
  }
  entries.push(JSON.stringify({ kind: 'path', path: '/usr/lib/', mode: '0755', slices: [slice] }))
  entries.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))
  const text = [JSON.stringify({ jsonwall: '1.0', schema: '1.0', count: entries.length + 1 }), ...entries].join('\n') + '\n'
  return execFileSync('zstd', ['-q', '-c'], { input: text })
}

let work: string
let rpm: RpmFixture
const ubuntuPackages = installedPackages()
const OWNED_METADATA = 'usr/lib/python3/dist-packages/owned_by_slice-1.0.dist-info/METADATA'
const FREE_METADATA = 'usr/local/lib/python3.12/site-packages/app_dep-2.0.dist-info/METADATA'

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-package-manifests-')))
  const python = (name: string, version: string): string => `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`
  const chisel: LayerEntry[] = [
    { path: 'etc/os-release', content: UBUNTU_RELEASE },
    { path: 'var/lib/chisel/manifest.wall', content: chiselManifest(ubuntuPackages, [OWNED_METADATA]) },
    { path: OWNED_METADATA, content: python('owned-by-slice', '1.0') },
    { path: FREE_METADATA, content: python('app-dep', '2.0') }
  ]
  await writeOciLayout(path.join(work, 'chisel'), [{ architecture: 'amd64', layers: [{ entries: chisel, compression: 'zstd' }] }], 'v1')

  // chisel-wrapper's dpkg status beside Chisel's own manifest, for the first five packages.
  const stanzas = fs
    .readFileSync('/var/lib/dpkg/status', 'utf8')
    .split(/\n\n+/)
    .filter((stanza) => ubuntuPackages.slice(0, 5).some((pkg) => stanza.startsWith(`Package: ${pkg.name}\n`)))
  await writeOciLayout(
    path.join(work, 'chisel-dpkg'),
    [{ architecture: 'amd64', layers: [{ entries: [...chisel, { path: 'var/lib/dpkg/status', content: `${stanzas.join('\n\n')}\n` }], compression: 'gzip' }] }],
    'v1'
  )

  const bitnamiSpdx = (component: string, packages: Array<[string, string, string]>): string =>
    JSON.stringify(
      {
        SPDXID: 'SPDXRef-DOCUMENT',
        spdxVersion: 'SPDX-2.3',
        name: component,
        dataLicense: 'CC0-1.0',
        documentNamespace: `https://example.invalid/spdx/${component}`,
        creationInfo: { created: '2026-11-01T00:00:00Z', creators: ['Tool: test'] },
        packages: packages.map(([name, version, purl]) => ({
          SPDXID: `SPDXRef-${name}`,
          name,
          versionInfo: version,
          downloadLocation: 'NOASSERTION',
          licenseConcluded: 'PostgreSQL',
          filesAnalyzed: false,
          externalRefs: [
            { referenceCategory: 'SECURITY', referenceType: 'cpe23Type', referenceLocator: `cpe:2.3:*:${name}:${name}:${version}:*:*:*:*:*:*:*` },
            { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: purl }
          ]
        }))
      },
      null,
      2
    )
  await writeOciLayout(
    path.join(work, 'bitnami'),
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: fs.readFileSync('/usr/lib/os-release', 'utf8') },
              { path: 'var/lib/dpkg/status', content: 'Package: base-files\nStatus: install ok installed\nVersion: 12.4\nArchitecture: amd64\n' },
              {
                path: 'opt/bitnami/postgresql/.spdx-postgresql.spdx',
                content: bitnamiSpdx('postgresql', [
                  ['PostgreSQL', '16.1.0', 'pkg:bitnami/postgresql@16.1.0-3?arch=amd64&distro=debian-12'],
                  ['GEOS', '3.8.3', 'pkg:bitnami/geos@3.8.3'],
                  ['zlib', '1.3.1', 'pkg:generic/zlib@1.3.1']
                ])
              },
              { path: 'opt/bitnami/redis/.spdx-redis.spdx', content: bitnamiSpdx('redis', [['Redis', '7.4.0', 'pkg:bitnami/redis@7.4.0-r2?arch=amd64']]) }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )

  rpm = buildRpmDatabase(work)
  const manifest = execFileSync('rpm', ['-qa', '--dbpath', rpm.dbDir, '--qf', AZURE_QUERY_FORMAT], { encoding: 'utf8' })
  fs.writeFileSync(path.join(work, 'container-manifest-2'), manifest)
  await writeOciLayout(
    path.join(work, 'azure'),
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: AZURE_RELEASE },
              { path: 'var/lib/rpmmanifest/container-manifest-1', content: 'ignored\n' },
              { path: 'var/lib/rpmmanifest/container-manifest-2', content: manifest }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )

  await writeOciLayout(
    path.join(work, 'bare'),
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: UBUNTU_RELEASE },
              { path: FREE_METADATA, content: python('app-dep', '2.0') }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )
}, 120_000)

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('Chisel manifests', () => {
  it('lists every package of the manifest as an Ubuntu deb with its arch and distro, and leaves out a language package a slice wrote', async () => {
    const catalog = await catalogImage(`oci:${path.join(work, 'chisel')}:v1`)
    expect(catalog.ecosystem).toBe('Ubuntu:24.04:LTS')
    expect(catalog.inventory.problems).toEqual([])
    const debs = catalog.inventory.packages.filter((pkg) => pkg.purl?.startsWith('pkg:deb/'))
    expect(debs.map((pkg) => `${pkg.name} ${pkg.version}`).sort()).toEqual(ubuntuPackages.map((pkg) => `${pkg.name} ${pkg.version}`).sort())
    for (const pkg of debs) {
      const expected = ubuntuPackages.find((candidate) => candidate.name === pkg.name)!
      expect(pkg.purl).toMatch(new RegExp(`^pkg:deb/ubuntu/[^@]+@[^?]+\\?arch=${expected.arch}&distro=ubuntu-24\\.04$`))
      expect(pkg.sourcePackage).toEqual({ name: pkg.name, unrecorded: true })
      expect(pkg.location.path).toBe('var/lib/chisel/manifest.wall')
    }
    expect(catalog.inventory.files).toContainEqual(
      expect.objectContaining({ path: 'var/lib/chisel/manifest.wall', format: 'chisel-manifest', packages: ubuntuPackages.length })
    )
    const python = catalog.inventory.packages.filter((pkg) => pkg.ecosystem === 'PyPI').map((pkg) => `${pkg.name} ${pkg.version}`)
    expect(python).toEqual(['app-dep 2.0'])
    expect(catalog.ownedLanguagePackages).toBe(1)
  })

  it('reports vulnerabilities found under a binary name, and leaves the rest unknown rather than unaffected', async () => {
    const sameName = ubuntuPackages.find((pkg) => !pkg.otherSource)!
    const snapshot = path.join(work, 'osv')
    const record: OsvRecord = {
      id: 'UBUNTU-CVE-2099-0101',
      modified: '2026-11-20T08:00:00Z',
      summary: `test record for ${sameName.name}`,
      affected: [
        {
          package: { ecosystem: 'Ubuntu:24.04:LTS', name: sameName.name },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `${sameName.version}+fix1` }] }]
        }
      ]
    }
    writeSnapshot(snapshot, [record])
    const repo = fs.mkdtempSync(path.join(work, 'repo-'))
    fs.mkdirSync(path.join(repo, '.github'))
    fs.writeFileSync(path.join(repo, '.github/chaingate.yml'), 'extends: none\nrules:\n  vulnerable-dependencies: true\n')
    let stdout = ''
    const code = await main(['check', repo, '--format', 'json', '--advisories', snapshot, '--image', `oci:${path.join(work, 'chisel')}:v1`], {
      env: {},
      cwd: work,
      stdout: (text) => (stdout += text),
      stderr: () => undefined
    })
    expect(code).toBe(1)
    const findings = (
      JSON.parse(stdout) as { findings: Array<{ rule: string; status: string; message: string; purl?: string; details?: Record<string, unknown> }> }
    ).findings.filter((finding) => finding.rule === 'vulnerable-dependencies')
    const failed = findings.filter((finding) => finding.status === 'fail')
    expect(failed.map((finding) => finding.purl)).toEqual([expect.stringContaining(`pkg:deb/ubuntu/${encodeURIComponent(sameName.name)}@`)])
    // The snapshot has no PyPI database: the app's package is unknown for that reason, the debs for theirs.
    const unknown = findings.filter(
      (finding) => finding.status === 'unknown' && finding.message.includes('pkg:deb') === false && !finding.purl?.startsWith('pkg:pypi/')
    )
    expect(unknown).toHaveLength(1)
    expect(unknown[0]!.message).toContain('the Chisel manifest names binary packages, not the source packages Ubuntu keys its advisories on')
    // Every package of the manifest but the one found.
    const names = (unknown[0]!.details!.packages as string[]).map((purl) => decodeURIComponent(/^pkg:deb\/ubuntu\/([^@]+)@/.exec(purl)![1]!))
    expect(names.sort()).toEqual(
      ubuntuPackages
        .filter((pkg) => pkg !== sameName)
        .map((pkg) => pkg.name)
        .sort()
    )
    expect(findings.some((finding) => finding.status === 'pass' && /Chisel|pkg:deb/.test(finding.message))).toBe(false)
  }, 60_000)

  it('lists a package dpkg also records once, from dpkg (with its source package)', async () => {
    const catalog = await catalogImage(`oci:${path.join(work, 'chisel-dpkg')}:v1`)
    const debs = catalog.inventory.packages.filter((pkg) => pkg.purl?.startsWith('pkg:deb/'))
    expect(debs.map((pkg) => `${pkg.name} ${pkg.version}`).sort()).toEqual(ubuntuPackages.map((pkg) => `${pkg.name} ${pkg.version}`).sort())
    for (const pkg of debs) {
      const fromDpkg = ubuntuPackages.slice(0, 5).some((candidate) => candidate.name === pkg.name)
      expect(pkg.location.path).toBe(fromDpkg ? 'var/lib/dpkg/status' : 'var/lib/chisel/manifest.wall')
      expect(pkg.sourcePackage?.unrecorded).toBe(fromDpkg ? undefined : true)
    }
  })

  it('refuses a manifest it cannot trust with the reason and line', () => {
    const text = (lines: object[]): Buffer => Buffer.from(lines.map((line) => JSON.stringify(line)).join('\n'))
    expect(() => parseChiselManifest(text([{ jsonwall: '1.0', schema: '2.0', count: 1 }]))).toThrow('manifest schema "2.0", chaingate reads 1.0')
    expect(() => parseChiselManifest(text([{ kind: 'package', name: 'a', version: '1' }]))).toThrow('no jsonwall header on the first line')
    expect(() =>
      parseChiselManifest(
        text([
          { jsonwall: '1.0', schema: '1.0', count: 3 },
          { kind: 'package', name: 'a', version: '1' }
        ])
      )
    ).toThrow('the header counts 3 lines and the manifest has 2: it is incomplete')
    let thrown: unknown
    try {
      parseChiselManifest(Buffer.from('{"jsonwall":"1.0","schema":"1.0","count":3}\n{"kind":"package","name":"a","version":"1"}\n{"kind":"package",'))
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(ChiselManifestError)
    expect((thrown as ChiselManifestError).line).toBe(3)
    expect(() => parseChiselManifest(Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 1, 2, 3]))).toThrow('not a readable zstd stream')
  })
})

describe('Azure Linux container-manifest-2', () => {
  it('lists what rpm -qa lists for the database the manifest was written from, with epochs and source RPMs', async () => {
    const catalog = await catalogImage(`oci:${path.join(work, 'azure')}:v1`)
    expect(catalog.ecosystem).toBe('Azure Linux:3')
    expect(catalog.inventory.problems).toEqual([])
    const rpms = catalog.inventory.packages.filter((pkg) => pkg.purl?.startsWith('pkg:rpm/'))
    // rpm -qa's `name epoch:version-release arch sourcerpm` (epoch 0 = none, which rpm compares alike).
    const listed = rpms.map((pkg) => {
      const epoch = /^(\d+):/.exec(pkg.version!)?.[1] ?? '0'
      return `${pkg.name} ${epoch}:${pkg.version!.replace(/^\d+:/, '')} ${pkg.arch} ${new URLSearchParams(pkg.purl!.split('?')[1]).get('upstream')}`
    })
    expect(listed.sort()).toEqual(rpm.expected)
    expect(rpms.every((pkg) => pkg.location.path === 'var/lib/rpmmanifest/container-manifest-2' && pkg.location.line >= 1)).toBe(true)
    expect(rpms.every((pkg) => /^pkg:rpm\/azurelinux\/.*distro=azurelinux-3\.0/.test(pkg.purl!))).toBe(true)
  })

  it('names the line of a malformed entry', () => {
    expect(() => parseRpmManifest('a\t1-1\t0\t0\tv\t(none)\t1\tnoarch\t0\ta-1-1.src.rpm\nb\t2\n')).toThrow(RpmManifestError)
    try {
      parseRpmManifest('a\t1-1\t0\t0\tv\t(none)\t1\tnoarch\t0\ta-1-1.src.rpm\nb\t2\n')
    } catch (error) {
      expect((error as RpmManifestError).line).toBe(2)
      expect((error as Error).message).toBe('2 tab-separated fields where container-manifest-2 has 10')
    }
    expect(() => parseRpmManifest('a\tnodash\t0\t0\tv\t(none)\t1\tnoarch\t0\ta.src.rpm\n')).toThrow('"nodash" is not VERSION-RELEASE')
  })
})

describe('no package database', () => {
  it('an os-release without any package database is a problem (OS packages not known), the language packages still listed', async () => {
    const catalog = await catalogImage(`oci:${path.join(work, 'bare')}:v1`)
    expect(catalog.inventory.problems).toEqual([
      {
        path: 'etc/os-release',
        format: 'image',
        message: expect.stringMatching(/^the image is Ubuntu 24\.04\.1 LTS but has no package database chaingate reads \(.*\): its OS packages are not known$/)
      }
    ])
    expect(catalog.inventory.packages.map((pkg) => `${pkg.ecosystem} ${pkg.name}`)).toEqual(['PyPI app-dep'])
  })
})

describe('Bitnami images', () => {
  it('lists the pkg:bitnami packages of each component’s SPDX document, with the purl as written', async () => {
    const catalog = await catalogImage(`oci:${path.join(work, 'bitnami')}:v1`)
    expect(catalog.inventory.problems).toEqual([])
    expect(
      catalog.inventory.packages
        .filter((pkg) => pkg.ecosystem === 'Bitnami')
        .map((pkg) => `${pkg.name} ${pkg.version} ${pkg.purl} ${pkg.location.path}`)
        .sort()
    ).toEqual([
      'geos 3.8.3 pkg:bitnami/geos@3.8.3 opt/bitnami/postgresql/.spdx-postgresql.spdx',
      'postgresql 16.1.0-3 pkg:bitnami/postgresql@16.1.0-3?arch=amd64&distro=debian-12 opt/bitnami/postgresql/.spdx-postgresql.spdx',
      'redis 7.4.0-r2 pkg:bitnami/redis@7.4.0-r2?arch=amd64 opt/bitnami/redis/.spdx-redis.spdx'
    ])
  })

  it('matches Bitnami records, a revision of the fixed release being fixed', async () => {
    const snapshot = path.join(work, 'osv-bitnami')
    const bit = (id: string, name: string, fixed: string): OsvRecord => ({
      id,
      modified: '2026-11-20T08:00:00Z',
      summary: `test record for ${name}`,
      affected: [{ package: { ecosystem: 'Bitnami', name }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed }] }] }]
    })
    writeSnapshot(snapshot, [
      bit('BIT-postgresql-2099-1', 'postgresql', '16.1.1'),
      bit('BIT-redis-2099-2', 'redis', '7.4.0'),
      bit('BIT-geos-2099-3', 'geos', '3.8.3')
    ])
    const repo = fs.mkdtempSync(path.join(work, 'repo-'))
    fs.mkdirSync(path.join(repo, '.github'))
    fs.writeFileSync(path.join(repo, '.github/chaingate.yml'), 'extends: none\nrules:\n  vulnerable-dependencies: true\n')
    let stdout = ''
    await main(['check', repo, '--format', 'json', '--advisories', snapshot, '--image', `oci:${path.join(work, 'bitnami')}:v1`], {
      env: {},
      cwd: work,
      stdout: (text) => (stdout += text),
      stderr: () => undefined
    })
    const findings = (
      JSON.parse(stdout) as { findings: Array<{ rule: string; status: string; purl?: string; advisories?: string[]; fixedVersions?: string[] }> }
    ).findings
    const failed = findings.filter((finding) => finding.rule === 'vulnerable-dependencies' && finding.status === 'fail')
    // 16.1.0-3 is a revision of 16.1.0, below 16.1.1; 7.4.0-r2 and 3.8.3 are at or past their fixes.
    expect(failed.map((finding) => [finding.purl, finding.advisories, finding.fixedVersions])).toEqual([
      ['pkg:bitnami/postgresql@16.1.0-3?arch=amd64&distro=debian-12', ['BIT-postgresql-2099-1'], ['16.1.1']]
    ])
  }, 60_000)

  it('names the line of an SPDX document that is not JSON', async () => {
    const { parseBitnamiSpdx } = await import('../../src/images/catalog/language.js')
    let thrown: unknown
    try {
      parseBitnamiSpdx('{\n  "packages": [\n    {,\n  ]\n}')
    } catch (error) {
      thrown = error
    }
    expect((thrown as { line?: number }).line).toBe(3)
    expect(() => parseBitnamiSpdx('{"spdxVersion": "SPDX-2.3"}')).toThrow('not an SPDX JSON document (no packages list)')
  })
})
