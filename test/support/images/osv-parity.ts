/**
 * Images and OSV records for comparing chaingate's image vulnerability matching with osv-scanner's
 * (bench/images-osv-parity.mjs, and __interop__/images-osv-parity.test.ts on the Debian part). The images are
 * made from real package databases (this machine's dpkg status; an rpm database written by rpm from packages
 * rpmbuild made; an apk installed database in apk-tools' format) and real language artifacts; the records are
 * generated from the packages' real versions, each one an edge of the OSV schema or of the ecosystem's version
 * rules, its `summary` saying what it checks and what the schema says the answer is.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { OsvRecord } from '../../../src/advisories/osv.js'
import { writeDockerArchive, type LayerEntry } from './build.js'

export interface ParityImage {
  name: string
  layers: LayerEntry[][]
}

type Events = Array<Record<string, string>>

const MODIFIED = '2026-11-20T00:00:00Z'

/** What a generated record's summary says the OSV schema and the ecosystem's version rules answer: does it apply to the image? */
export function expectedAffected(item: OsvRecord): boolean {
  return /^affected\b/.test(item.summary ?? '')
}

function record(
  id: string,
  summary: string,
  ecosystem: string,
  name: string,
  events: Events | null,
  extra: Partial<OsvRecord> & Record<string, unknown> = {},
  versions?: string[]
): OsvRecord {
  return {
    id,
    modified: MODIFIED,
    published: '2026-10-01T00:00:00Z',
    summary,
    affected: [{ package: { ecosystem, name }, ...(events ? { ranges: [{ type: 'ECOSYSTEM', events }] } : {}), ...(versions ? { versions } : {}) }],
    ...extra
  } as OsvRecord
}

// ---------------------------------------------------------------------------------------------------------
// Debian: this machine's status file.

export interface DpkgPackage {
  name: string
  version: string
  source: string
  sourceVersion: string
}

/** Installed packages of a dpkg status file (binary name and version, source name and version, as dpkg defines them). */
export function dpkgInstalled(status: string): DpkgPackage[] {
  const list: DpkgPackage[] = []
  for (const stanza of status.split(/\n\n+/)) {
    const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, 'm').exec(stanza)?.[1]
    if (!/^Status: .* installed$/m.test(stanza)) continue
    const name = field('Package')
    const version = field('Version')
    if (!name || !version) continue
    const source = /^(\S+)(?: \((.+)\))?$/.exec(field('Source') ?? name)!
    list.push({ name, version, source: source[1]!, sourceVersion: source[2] ?? version })
  }
  return list
}

const hasEpoch = (version: string): boolean => /^\d+:/.test(version)

/**
 * Records on the source packages of a Debian status file, for the release `release` (`12`). Each record's
 * summary says what it checks and what the OSV schema and Debian's version order say about it.
 */
export function debianRecords(packages: DpkgPackage[], release: string): OsvRecord[] {
  const ecosystem = `Debian:${release}`
  const bySource = new Map<string, DpkgPackage[]>()
  for (const pkg of packages) bySource.set(pkg.source, [...(bySource.get(pkg.source) ?? []), pkg])
  const sources = [...bySource.entries()]
    .filter(([, list]) => new Set(list.map((pkg) => pkg.sourceVersion)).size === 1)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  const used = new Set<string>()
  const pick = (test: (source: string, list: DpkgPackage[]) => boolean, why: string): [string, string, DpkgPackage[]] => {
    const found = sources.find(([source, list]) => !used.has(source) && test(source, list))
    if (!found) throw new Error(`the status file has no source package that ${why}`)
    used.add(found[0])
    return [found[0], found[1][0]!.sourceVersion, found[1]]
  }
  const plain = (_source: string, list: DpkgPackage[]): boolean =>
    /^[1-9][^:~]*-[^~]*$/.test(list[0]!.sourceVersion) && list.every((pkg) => pkg.version === pkg.sourceVersion)
  const records: OsvRecord[] = []
  const add = (...items: OsvRecord[]): void => void records.push(...items)

  // A source whose binaries have other names (the record names the source, findings the binaries).
  {
    const [source, version] = pick((s, list) => plain(s, list) && list.length >= 2 && list.some((pkg) => pkg.name !== s), 'builds several binaries')
    add(
      record(
        'CG-DEB-FIXED-ABOVE',
        'affected: fixed above the installed source version (every binary of the source)',
        ecosystem,
        source,
        [{ introduced: '0' }, { fixed: `${version}+deb${release}u99` }],
        {
          aliases: ['CVE-2099-1001']
        }
      ),
      // The same CVE under a second record id (osv.dev publishes DSA-… and DEBIAN-CVE-… records both): each id is reported.
      record(
        'CG-DEB-ALIAS-TWIN',
        'affected: a second record with the same alias',
        ecosystem,
        source,
        [{ introduced: '0' }, { fixed: `${version}+deb${release}u99` }],
        {
          aliases: ['CVE-2099-1001']
        }
      )
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(record('CG-DEB-FIXED-EQUAL', 'not affected: fixed at the installed version', ecosystem, source, [{ introduced: '0' }, { fixed: version }]))
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-FIXED-BELOW', 'not affected: fixed just below (`~`) the installed version', ecosystem, source, [
        { introduced: '0' },
        { fixed: `${version}~` }
      ])
    )
  }
  {
    const sourceNames = new Set(packages.map((pkg) => pkg.source))
    const found = sources.find(([source, list]) => !used.has(source) && plain(source, list) && list.every((pkg) => !sourceNames.has(pkg.name)))
    if (!found) throw new Error('the status file has no source package whose binaries all have other names')
    used.add(found[0])
    const binary = found[1][0]!
    add(
      record('CG-DEB-BINARY-NAME', 'not affected (Debian records name source packages): a record on a binary package name', ecosystem, binary.name, [
        { introduced: '0' },
        { fixed: `${binary.version}+deb${release}u99` }
      ])
    )
  }
  {
    const [source] = pick(plain, 'has a plain version')
    add(record('CG-DEB-NO-FIX', 'affected: introduced 0, no fix', ecosystem, source, [{ introduced: '0' }], { aliases: ['CVE-2099-1004'] }))
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-INTRODUCED-EQUAL', 'affected: introduced at the installed version', ecosystem, source, [
        { introduced: version },
        { fixed: `${version}+deb${release}u99` }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-INTRODUCED-ABOVE', 'not affected: introduced above the installed version', ecosystem, source, [
        { introduced: `${version}+deb${release}u1` }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-LAST-AFFECTED-EQUAL', 'affected: last_affected is the installed version', ecosystem, source, [
        { introduced: '0' },
        { last_affected: version }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-LAST-AFFECTED-BELOW', 'not affected: last_affected below the installed version', ecosystem, source, [
        { introduced: '0' },
        { last_affected: `${version}~` }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-LIMIT-BELOW', 'not affected (schema: BeforeLimits): introduced 0, limit below the installed version', ecosystem, source, [
        { introduced: '0' },
        { limit: `${version}~` }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-UNSORTED', 'affected: events not sorted (fixed first); the schema evaluates them sorted', ecosystem, source, [
        { fixed: `${version}+deb${release}u99` },
        { introduced: '0' }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-REINTRODUCED', 'affected: fixed once below, introduced again at the installed version, no fix', ecosystem, source, [
        { introduced: '0' },
        { fixed: `${version}~` },
        { introduced: version }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(record('CG-DEB-VERSIONS', 'affected: listed in versions (no ranges)', ecosystem, source, null, {}, [version]))
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record(
        'CG-DEB-WITHDRAWN',
        'not reported: withdrawn record covering the installed version',
        ecosystem,
        source,
        [{ introduced: '0' }, { fixed: `${version}+deb${release}u99` }],
        { withdrawn: '2026-11-01T00:00:00Z' }
      )
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-OTHER-RELEASE', 'not affected: the record is for another Debian release', `Debian:${Number(release) - 1}`, source, [
        { introduced: '0' },
        { fixed: `${version}+deb${release}u99` }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    add(
      record('CG-DEB-ANY-RELEASE', 'affected (schema: the Debian release suffix is optional): ecosystem "Debian" with no release', 'Debian', source, [
        { introduced: '0' },
        { fixed: `${version}+deb${release}u99` }
      ])
    )
  }
  {
    const [source, version] = pick(plain, 'has a plain version')
    const entry = {
      package: { ecosystem, name: source },
      ranges: [
        { type: 'GIT', repo: `https://salsa.debian.org/debian/${source}.git`, events: [{ introduced: '0' }, { fixed: 'a'.repeat(40) }] },
        { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `${version}+deb${release}u99` }] }
      ]
    }
    add({
      ...record('CG-DEB-GIT-FIRST', 'affected: a GIT range before the ECOSYSTEM range that covers the installed version', ecosystem, source, null),
      affected: [entry]
    } as OsvRecord)
  }
  // Versions of the distribution's own shapes.
  {
    const [source, version] = pick((s, list) => plain(s, list) && /\+dfsg/.test(list[0]!.sourceVersion), 'has a +dfsg version')
    const upstream = version.replace(/\+dfsg[^-]*/, '')
    add(
      record('CG-DEB-DFSG-ABOVE', 'affected: fixed in a security update of the +dfsg version', ecosystem, source, [
        { introduced: '0' },
        { fixed: `${version}+deb${release}u99` }
      ]),
      record('CG-DEB-DFSG-UPSTREAM', 'not affected: fixed in the upstream version without +dfsg (a+dfsg > a)', ecosystem, source, [
        { introduced: '0' },
        { fixed: upstream }
      ])
    )
  }
  {
    const [source, version] = pick((_s, list) => /~/.test(list[0]!.sourceVersion) && !hasEpoch(list[0]!.sourceVersion), 'has a ~ version')
    add(
      record('CG-DEB-TILDE', 'affected: fixed at the installed version without its ~ suffix (~ sorts before)', ecosystem, source, [
        { introduced: '0' },
        { fixed: version.slice(0, version.indexOf('~')) }
      ])
    )
  }
  {
    const [source, version] = pick((_s, list) => hasEpoch(list[0]!.sourceVersion) && list.every((pkg) => pkg.version === pkg.sourceVersion), 'has an epoch')
    const bare = version.replace(/^\d+:/, '')
    add(
      record('CG-DEB-EPOCH-MISSING', 'not affected: fixed at a higher upstream version without the epoch (epoch 0 < installed epoch)', ecosystem, source, [
        { introduced: '0' },
        { fixed: `9${bare}` }
      ]),
      record('CG-DEB-EPOCH-ABOVE', 'affected: fixed above the installed version, same epoch', ecosystem, source, [
        { introduced: '0' },
        { fixed: `${version}+deb${release}u99` }
      ])
    )
  }
  // Binary versions that are not the source version: an epoch only the binary has (util-linux's bsdutils), a binNMU.
  {
    const found = sources.find(
      ([source, list]) =>
        !used.has(source) &&
        !hasEpoch(list[0]!.sourceVersion) &&
        list.some((pkg) => hasEpoch(pkg.version) && pkg.version.replace(/^\d+:/, '') === pkg.sourceVersion)
    )
    if (found) {
      used.add(found[0])
      const version = found[1][0]!.sourceVersion
      add(
        record(
          'CG-DEB-BINARY-EPOCH',
          'affected (Debian records are in source versions): fixed above the source version, a binary has an epoch the source has not',
          ecosystem,
          found[0],
          [{ introduced: '0' }, { fixed: `${version}+deb${release}u99` }]
        )
      )
    }
  }
  {
    const found = sources.find(([source, list]) => !used.has(source) && list.some((pkg) => /\+b\d+$/.test(pkg.version) && pkg.version !== pkg.sourceVersion))
    if (found) {
      used.add(found[0])
      add(
        record(
          'CG-DEB-BINNMU-VERSIONS',
          'affected (Debian records are in source versions): the source version listed, the binary is a binNMU (+bN)',
          ecosystem,
          found[0],
          null,
          {},
          [found[1][0]!.sourceVersion]
        )
      )
    }
  }
  return records
}

/** The os-release text of a Debian release (fields as Debian writes them). */
export function debianOsRelease(release: string, codename: string): string {
  return `PRETTY_NAME="Debian GNU/Linux ${release} (${codename})"\nNAME="Debian GNU/Linux"\nVERSION_ID="${release}"\nVERSION="${release} (${codename})"\nVERSION_CODENAME=${codename}\nID=debian\n`
}

/** Ubuntu 22.04's os-release (the fields Ubuntu writes). */
export const UBUNTU_OS_RELEASE =
  'PRETTY_NAME="Ubuntu 22.04.4 LTS"\nNAME="Ubuntu"\nVERSION_ID="22.04"\nVERSION="22.04.4 LTS (Jammy Jellyfish)"\nVERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\nUBUNTU_CODENAME=jammy\n'

/**
 * Records for a dpkg status file under Ubuntu 22.04's os-release, in the ecosystems Ubuntu's OSV records use
 * (`Ubuntu:22.04:LTS`, and `Ubuntu:Pro:22.04:LTS` for what only Ubuntu Pro fixes).
 */
export function ubuntuRecords(packages: DpkgPackage[]): OsvRecord[] {
  const sources = [...new Map(packages.map((pkg) => [pkg.source, pkg])).values()]
    .filter(
      (pkg) =>
        /^[1-9][^:~]*-[^~]*$/.test(pkg.sourceVersion) && packages.every((other) => other.source !== pkg.source || other.sourceVersion === pkg.sourceVersion)
    )
    .sort((a, b) => (a.source < b.source ? -1 : 1))
  const [a, b, c, d, e] = sources.slice(-5)
  if (!e) throw new Error('the status file has too few source packages')
  return [
    record('CG-UBU-FIXED-ABOVE', 'affected: Ubuntu:22.04:LTS record fixed above the installed source version', 'Ubuntu:22.04:LTS', a!.source, [
      { introduced: '0' },
      { fixed: `${a!.sourceVersion}ubuntu0.1` }
    ]),
    record('CG-UBU-FIXED-EQUAL', 'not affected: fixed at the installed version', 'Ubuntu:22.04:LTS', b!.source, [
      { introduced: '0' },
      { fixed: b!.sourceVersion }
    ]),
    record('CG-UBU-NO-FIX', 'affected: no fix (Ubuntu: needed, deferred or pending)', 'Ubuntu:22.04:LTS', c!.source, [{ introduced: '0' }]),
    record('CG-UBU-PRO', 'affected: an Ubuntu Pro (ESM) record of the same release', 'Ubuntu:Pro:22.04:LTS', d!.source, [
      { introduced: '0' },
      { fixed: `${d!.sourceVersion}ubuntu0.1+esm1` }
    ]),
    record('CG-UBU-OTHER-RELEASE', 'not affected: the record is for Ubuntu 20.04', 'Ubuntu:20.04:LTS', e.source, [
      { introduced: '0' },
      { fixed: `${e.sourceVersion}ubuntu0.1` }
    ])
  ]
}

// ---------------------------------------------------------------------------------------------------------
// Language packages: node_modules, a pip-installed wheel and setuptools egg-info, a Go binary built here.

export interface LanguageFixtures {
  buildGoBinary: (workDir: string) => { binary: string; expected: string[] }
  buildPythonPackages: (workDir: string) => { site: string; expected: string[] }
}

function filesUnder(dir: string, prefix: string): LayerEntry[] {
  const entries: LayerEntry[] = []
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) entries.push(...filesUnder(full, `${prefix}/${entry.name}`))
    else if (entry.isFile()) entries.push({ path: `${prefix}/${entry.name}`, content: fs.readFileSync(full) })
  }
  return entries
}

/**
 * An application directory whose node_modules npm itself installed (offline, from tarballs `npm pack` made of
 * two packages written here): npm writes `node_modules/.package-lock.json`, the hidden lockfile osv-scanner
 * reads node_modules through.
 */
function buildNodeModules(work: string): string {
  const base = path.join(work, 'npm')
  const packed = path.join(base, 'packed')
  fs.mkdirSync(packed, { recursive: true })
  const tarballs: string[] = []
  for (const [name, version] of [
    ['left-pad', '1.1.0'],
    ['@scope/util', '2.0.0-beta.1']
  ] as const) {
    const dir = path.join(base, 'src', name)
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version, license: 'MIT', main: 'index.js' }))
    fs.writeFileSync(path.join(dir, 'index.js'), 'module.exports = 1\n')
    const file = run('npm', ['pack', '--silent', '--pack-destination', packed, dir]).trim().split('\n').pop()!
    tarballs.push(path.join(packed, file))
  }
  const app = path.join(base, 'app')
  fs.mkdirSync(app)
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', private: true }))
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', app, ...tarballs])
  fs.rmSync(path.join(app, 'package-lock.json'))
  return app
}

export function languagePackages(work: string, fixtures: LanguageFixtures): { layer: LayerEntry[]; records: OsvRecord[] } {
  const go = fixtures.buildGoBinary(work)
  const python = fixtures.buildPythonPackages(work)
  const app = buildNodeModules(work)
  const goVersion = go.expected.find((line) => line.startsWith('stdlib '))!.split(' ')[1]!
  const layer: LayerEntry[] = [
    ...filesUnder(app, 'srv/app'),
    { path: 'usr/local/bin/app', content: fs.readFileSync(go.binary), mode: 0o755 },
    ...filesUnder(python.site, 'usr/local/lib/python3.11/site-packages')
  ]
  const records = [
    record('CG-NPM-SEMVER', 'affected: npm SEMVER range', 'npm', 'left-pad', null, {
      affected: [{ package: { ecosystem: 'npm', name: 'left-pad' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.3.0' }] }] }]
    }),
    record('CG-NPM-PRERELEASE', 'affected: a prerelease below the fix (2.0.0-beta.1 < 2.0.0)', 'npm', '@scope/util', null, {
      affected: [{ package: { ecosystem: 'npm', name: '@scope/util' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '1.0.0' }, { fixed: '2.0.0' }] }] }]
    }),
    record('CG-PYPI-NORMALISED', 'affected: PyPI record under the normalised name of Demo.Pkg_Name', 'PyPI', 'demo-pkg-name', [
      { introduced: '0' },
      { fixed: '2.1.1' }
    ]),
    record(
      'CG-PYPI-AS-WRITTEN',
      'affected (chaingate compares PyPI names normalised on both sides, PEP 503): record under the name as the project writes it, not normalised as the schema asks',
      'PyPI',
      'Old_Style',
      [{ introduced: '0' }, { fixed: '0.4' }]
    ),
    record('CG-PYPI-FIXED-EQUAL', 'not affected: fixed at the installed version', 'PyPI', 'egg-dir', [{ introduced: '0' }, { fixed: '0.7' }]),
    record('CG-GO-MODULE', 'affected: Go module below the fix', 'Go', 'example.com/greeting', null, {
      affected: [
        { package: { ecosystem: 'Go', name: 'example.com/greeting' }, ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: '1.4.1' }] }] }
      ]
    }),
    record('CG-GO-STDLIB', 'affected: the Go standard library the binary was built with', 'Go', 'stdlib', null, {
      affected: [
        {
          package: { ecosystem: 'Go', name: 'stdlib' },
          ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }, { fixed: `${goVersion.split('.').slice(0, 2).join('.')}.999` }] }]
        }
      ]
    })
  ]
  return { layer, records }
}

// ---------------------------------------------------------------------------------------------------------
// Alpine 3.11: an installed database in apk-tools' format.

/** Packages of an Alpine 3.11 image: binary name, version, origin (the source package), as alpine:3.11.6 installs them, and openssh-client. */
export const ALPINE_PACKAGES: Array<[string, string, string]> = [
  ['alpine-baselayout', '3.2.0-r3', 'alpine-baselayout'],
  ['alpine-keys', '2.1-r2', 'alpine-keys'],
  ['apk-tools', '2.10.5-r0', 'apk-tools'],
  ['busybox', '1.31.1-r9', 'busybox'],
  ['ca-certificates-cacert', '20191127-r2', 'ca-certificates'],
  ['libc-utils', '0.7.2-r0', 'libc-dev'],
  ['libcrypto1.1', '1.1.1g-r0', 'openssl'],
  ['libssl1.1', '1.1.1g-r0', 'openssl'],
  ['libtls-standalone', '2.9.1-r0', 'libtls-standalone'],
  ['musl', '1.1.24-r2', 'musl'],
  ['musl-utils', '1.1.24-r2', 'musl'],
  ['scanelf', '1.2.4-r0', 'pax-utils'],
  ['ssl_client', '1.31.1-r9', 'busybox'],
  ['zlib', '1.2.11-r3', 'zlib'],
  // What `apk add openssh-client` adds on 3.11: a `_p` (patch level) version.
  ['openssh-client', '8.1_p1-r0', 'openssh']
]

export function alpineInstalled(packages: Array<[string, string, string]>): string {
  return `${packages.map(([name, version, origin]) => `P:${name}\nV:${version}\nA:x86_64\nL:MIT\no:${origin}\n`).join('\n')}\n`
}

export function alpineRecords(): OsvRecord[] {
  const eco = 'Alpine:v3.11'
  return [
    record('CG-APK-ORIGIN', 'affected: record on the origin (openssl), binaries libcrypto1.1 and libssl1.1; 1.1.1g-r0 < 1.1.1h-r0', eco, 'openssl', [
      { introduced: '0' },
      { fixed: '1.1.1h-r0' }
    ]),
    record('CG-APK-REVISION', 'affected: fixed in the next package revision (-r3 < -r10)', eco, 'busybox', [{ introduced: '0' }, { fixed: '1.31.1-r10' }]),
    record('CG-APK-FIXED-EQUAL', 'not affected: fixed at the installed version', eco, 'musl', [{ introduced: '0' }, { fixed: '1.1.24-r2' }]),
    record('CG-APK-SUFFIX', 'not affected: 1.2.11_rc1 < 1.2.11 (a pre-release suffix sorts before the release)', eco, 'zlib', [
      { introduced: '0' },
      { fixed: '1.2.11_rc1-r0' }
    ]),
    record('CG-APK-OTHER-RELEASE', 'not affected: the record is for Alpine v3.12', 'Alpine:v3.12', 'apk-tools', [{ introduced: '0' }, { fixed: '2.10.6-r0' }]),
    record('CG-APK-NO-FIX', 'affected: no fix', eco, 'pax-utils', [{ introduced: '0' }]),
    record('CG-APK-PATCH-LEVEL', 'not affected: 8.1_p1-r0 > 8.1-r5 (a `_p` patch level sorts after the release, whatever the revision)', eco, 'openssh', [
      { introduced: '0' },
      { fixed: '8.1-r5' }
    ]),
    record('CG-APK-PATCH-LEVEL-NEXT', 'affected: 8.1_p1-r0 < 8.1_p2-r0', eco, 'openssh', [{ introduced: '0' }, { fixed: '8.1_p2-r0' }])
  ]
}

/**
 * ALPINE_PACKAGES at older versions taken from a secdb `main.yaml`: each package whose origin has secfixes at the
 * oldest fixed version listed (secdb lists them newest first), so the origin's later fixes apply and that one does not.
 */
export function alpinePackagesAtOldestFix(db: {
  packages?: Array<{ pkg: { name: string; secfixes?: Record<string, unknown> } }>
}): Array<[string, string, string]> {
  const oldest = new Map<string, string>()
  for (const { pkg } of db.packages ?? []) {
    const versions = Object.keys(pkg.secfixes ?? {}).filter((version) => /^\d[\w.]*-r\d+$/.test(version))
    if (versions.length > 0) oldest.set(pkg.name, versions.at(-1)!)
  }
  return ALPINE_PACKAGES.map(([name, version, origin]) => [name, oldest.get(origin) ?? version, origin])
}

/** Alpine secdb `main.yaml` of one release turned into ALPINE-CVE records as osv.dev's converter does. */
export function alpineSecdbRecords(db: {
  distroversion: string
  packages?: Array<{ pkg: { name: string; secfixes?: Record<string, string[] | null> } }>
}): OsvRecord[] {
  const byCve = new Map<string, OsvRecord>()
  for (const { pkg } of db.packages ?? []) {
    for (const [version, cves] of Object.entries(pkg.secfixes ?? {})) {
      if (version === '0' || !/^(\d+\.)*(\d+)[a-zA-Z]?(_?(?:alpha|beta|rc|pre|cvs|svn|git|hg|p)\d*)?([-.]r\d+)?$/.test(version)) continue
      for (const raw of cves ?? []) {
        const cve = String(raw).split(/\s+/)[0]!
        if (!/^CVE-\d+-\d+$/.test(cve)) continue
        const item = byCve.get(cve) ?? ({ id: `ALPINE-${cve}`, modified: '2020-06-08T00:00:00Z', summary: 'alpine-secdb', affected: [] } as OsvRecord)
        item.affected!.push({
          package: { ecosystem: `Alpine:${db.distroversion}`, name: pkg.name },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: version }] }]
        })
        byCve.set(cve, item)
      }
    }
  }
  return [...byCve.values()]
}

// ---------------------------------------------------------------------------------------------------------
// AlmaLinux 9: an rpm database written by rpm from packages rpmbuild made.

/** Source packages (name, epoch, version, release) and their binary subpackages, as AlmaLinux 9.3 ships them. */
export const ALMA_PACKAGES: Array<{ name: string; epoch?: number; version: string; release: string; subpackages: string[] }> = [
  { name: 'openssl', epoch: 1, version: '3.0.7', release: '24.el9', subpackages: ['libs'] },
  { name: 'bash', version: '5.1.8', release: '6.el9_1', subpackages: [] },
  { name: 'curl', version: '7.76.1', release: '26.el9_3.2', subpackages: ['minimal'] },
  { name: 'glibc', version: '2.34', release: '83.el9_3.7', subpackages: ['common', 'minimal-langpack'] },
  { name: 'libxml2', version: '2.9.13', release: '5.el9_3', subpackages: [] },
  { name: 'sqlite', version: '3.34.1', release: '6.el9_1', subpackages: ['libs'] },
  { name: 'python3', version: '3.9.18', release: '1.el9_3', subpackages: ['libs'] },
  { name: 'tzdata', version: '2023c', release: '1.el9', subpackages: [] }
]

function run(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    throw new Error(
      `${command} ${args.slice(0, 3).join(' ')} failed (needed to build the test image): ${String((error as { stderr?: unknown }).stderr ?? '')
        .trim()
        .split('\n')
        .slice(-2)
        .join(' / ')}`,
      { cause: error }
    )
  }
}

/** The rpm database directory (rpmdb.sqlite) of ALMA_PACKAGES. */
export function buildAlmaRpmDatabase(work: string): string {
  const top = path.join(work, 'alma-rpmbuild')
  fs.mkdirSync(path.join(top, 'SPECS'), { recursive: true })
  for (const pkg of ALMA_PACKAGES) {
    const lines = [
      `Name: ${pkg.name}`,
      ...(pkg.epoch !== undefined ? [`Epoch: ${pkg.epoch}`] : []),
      `Version: ${pkg.version}`,
      `Release: ${pkg.release}`,
      'Summary: parity',
      'License: MIT',
      'BuildArch: noarch',
      '%description',
      'parity',
      ...pkg.subpackages.flatMap((sub) => [`%package ${sub}`, 'Summary: parity', `%description ${sub}`, 'parity', `%files ${sub}`]),
      '%files'
    ]
    const file = path.join(top, 'SPECS', `${pkg.name}.spec`)
    fs.writeFileSync(file, `${lines.join('\n')}\n`)
    run('rpmbuild', ['--define', `_topdir ${top}`, '-bb', file])
  }
  const dbDir = path.join(work, 'alma-rpmdb')
  fs.rmSync(dbDir, { recursive: true, force: true })
  fs.mkdirSync(dbDir)
  run('rpm', ['--dbpath', dbDir, '--initdb'])
  const rpms = fs.readdirSync(path.join(top, 'RPMS', 'noarch')).map((name) => path.join(top, 'RPMS', 'noarch', name))
  run('rpm', ['-i', '--justdb', '--nodeps', '--noscripts', '--dbpath', dbDir, ...rpms])
  return dbDir
}

export function almaRecords(): OsvRecord[] {
  const eco = 'AlmaLinux:9'
  return [
    record('CG-RPM-EPOCH', 'affected: openssl-libs 1:3.0.7-24.el9 < 1:3.0.7-25.el9_3', eco, 'openssl-libs', [
      { introduced: '0' },
      { fixed: '1:3.0.7-25.el9_3' }
    ]),
    record('CG-RPM-EPOCH-MISSING', 'not affected: fixed without the epoch (epoch 0 < 1)', eco, 'openssl', [{ introduced: '0' }, { fixed: '3.0.7-27.el9' }]),
    record('CG-RPM-ALMA-SUFFIX', 'affected: 6.el9_1 < 6.el9_1.alma.1 (a rebuild with AlmaLinux’s suffix)', eco, 'bash', [
      { introduced: '0' },
      { fixed: '5.1.8-6.el9_1.alma.1' }
    ]),
    record(
      'CG-RPM-SOURCE-NAME',
      'not affected (AlmaLinux records name binary packages): record on curl, installed binaries curl and curl-minimal; curl 7.76.1-26.el9_3.2 is at the fix',
      eco,
      'curl',
      [{ introduced: '0' }, { fixed: '7.76.1-26.el9_3.2' }]
    ),
    record('CG-RPM-BINARY', 'affected: record on the binary curl-minimal', eco, 'curl-minimal', [{ introduced: '0' }, { fixed: '7.76.1-26.el9_3.3' }]),
    record('CG-RPM-RELEASE-DIGITS', 'affected: 83.el9_3.7 < 83.el9_3.12 (numeric segments)', eco, 'glibc', [
      { introduced: '0' },
      { fixed: '2.34-83.el9_3.12' }
    ]),
    record('CG-RPM-LETTERS', 'not affected: tzdata 2023c > 2023b', eco, 'tzdata', [{ introduced: '0' }, { fixed: '2023b-1.el9' }]),
    record('CG-RPM-OTHER-RELEASE', 'not affected: the record is for AlmaLinux 8', 'AlmaLinux:8', 'sqlite-libs', [
      { introduced: '0' },
      { fixed: '3.34.1-7.el9' }
    ]),
    record('CG-RPM-NO-FIX', 'affected: no fix', eco, 'libxml2', [{ introduced: '0' }])
  ]
}

/** Records for the same rpm database under Rocky Linux 9's os-release (Rocky's records name binary packages, as AlmaLinux's). */
export function rockyRecords(): OsvRecord[] {
  return [
    record('CG-ROCKY-EPOCH', 'affected: openssl-libs 1:3.0.7-24.el9 < 1:3.0.7-25.el9_3', 'Rocky Linux:9', 'openssl-libs', [
      { introduced: '0' },
      { fixed: '1:3.0.7-25.el9_3' }
    ]),
    record('CG-ROCKY-OTHER-RELEASE', 'not affected: the record is for Rocky Linux 8', 'Rocky Linux:8', 'bash', [{ introduced: '0' }, { fixed: '5.1.8-9.el8' }]),
    record(
      'CG-ROCKY-ANY-RELEASE',
      'affected (schema: the Rocky Linux release suffix is optional): ecosystem "Rocky Linux" with no release',
      'Rocky Linux',
      'libxml2',
      [{ introduced: '0' }, { fixed: '2.9.13-6.el9_4' }]
    )
  ]
}

export const ROCKY_OS_RELEASE =
  'NAME="Rocky Linux"\nVERSION="9.3 (Blue Onyx)"\nID="rocky"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.3"\nPLATFORM_ID="platform:el9"\nPRETTY_NAME="Rocky Linux 9.3 (Blue Onyx)"\nCPE_NAME="cpe:/o:rocky:rocky:9::baseos"\n'

export const ALMA_OS_RELEASE =
  'NAME="AlmaLinux"\nVERSION="9.3 (Shamrock Pampas Cat)"\nID="almalinux"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.3"\nPLATFORM_ID="platform:el9"\nPRETTY_NAME="AlmaLinux 9.3 (Shamrock Pampas Cat)"\nCPE_NAME="cpe:/o:almalinux:almalinux:9::baseos"\n'

export const ALPINE_OS_RELEASE = 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.11.6\nPRETTY_NAME="Alpine Linux v3.11"\n'

// ---------------------------------------------------------------------------------------------------------
// The two tools' answers as sets of `<purl type>:<name>@<version> <record id>`.

const PURL_TYPE: Record<string, string> = {
  Debian: 'deb',
  Ubuntu: 'deb',
  Alpine: 'apk',
  AlmaLinux: 'rpm',
  'Rocky Linux': 'rpm',
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  Maven: 'maven'
}

/**
 * One spelling of a package for both tools: purl type, the name OSV records use (Debian's and Alpine's the
 * source package; osv-scanner reports one package per source name and binary version), PyPI names
 * normalised, the version (Go without `v`, rpm without epoch).
 */
export function packageKey(type: string, name: string, version: string): string {
  const normalName = type === 'pypi' ? name.toLowerCase().replace(/[-_.]+/g, '-') : name
  const normalVersion = type === 'golang' ? version.replace(/^v/, '') : type === 'rpm' ? version.replace(/^\d+:/, '') : version
  return `${type}:${normalName}@${normalVersion}`
}

/** The name OSV records of the package's ecosystem use: the source package for deb and apk, the binary for rpm (AlmaLinux, Rocky). */
function osvName(type: string, name: string, source: string | undefined): string {
  return (type === 'deb' || type === 'apk') && source ? source : name
}

export interface Pairs {
  packages: Set<string>
  pairs: Set<string>
  unknown: string[]
}

interface OsvScannerOutput {
  results?: Array<{ packages?: Array<{ package: { name: string; version: string; ecosystem: string }; vulnerabilities?: Array<{ id: string }> }> }>
}

export function osvScannerPairs(output: OsvScannerOutput): Pairs {
  const packages = new Set<string>()
  const pairs = new Set<string>()
  for (const result of output.results ?? []) {
    for (const item of result.packages ?? []) {
      const base = item.package.ecosystem.split(':')[0]!
      const key = packageKey(PURL_TYPE[base] ?? base, item.package.name, item.package.version)
      packages.add(key)
      for (const vuln of item.vulnerabilities ?? []) pairs.add(`${key} ${vuln.id}`)
    }
  }
  return { packages, pairs, unknown: [] }
}

export function compare(ours: Pairs, theirs: Pairs): { both: string[]; onlyChaingate: string[]; onlyOsvScanner: string[] } {
  return {
    both: [...ours.pairs].filter((pair) => theirs.pairs.has(pair)).sort(),
    onlyChaingate: [...ours.pairs].filter((pair) => !theirs.pairs.has(pair)).sort(),
    onlyOsvScanner: [...theirs.pairs].filter((pair) => !ours.pairs.has(pair)).sort()
  }
}

/**
 * chaingate on one image: its packages (the image catalog) and the (package, record id) pairs of `chaingate check
 * --image docker-archive:FILE --advisories SNAPSHOT` (every vulnerable-dependencies finding, whatever its status).
 */
export async function chaingatePairs(archive: string, snapshot: string, recordIds: Set<string>, work: string): Promise<Pairs> {
  const { main } = await import('../../../src/cli/main.js')
  const { catalogImage } = await import('../../../src/images/index.js')
  const { parsePurl, purlType } = await import('../../../src/inventory/purl.js')
  const catalog = await catalogImage(`docker-archive:${archive}`, { languages: true })
  const packages = new Set<string>()
  for (const pkg of catalog.inventory.packages) {
    const type = purlType(pkg.ecosystem)
    if (type && pkg.version) packages.add(packageKey(type, osvName(type, pkg.name, pkg.sourcePackage?.name), pkg.version))
  }
  const repo = fs.mkdtempSync(path.join(work, 'repo-'))
  fs.mkdirSync(path.join(repo, '.github'))
  fs.writeFileSync(path.join(repo, '.github', 'chaingate.yml'), 'extends: none\nrules:\n  vulnerable-dependencies: true\n')
  let stdout = ''
  let stderr = ''
  await main(['check', repo, '--format', 'json', '--advisories', snapshot, '--image', `docker-archive:${archive}`], {
    env: {},
    cwd: work,
    stdout: (text: string) => (stdout += text),
    stderr: (text: string) => (stderr += text)
  })
  let report: { findings: Array<{ rule: string; status: string; message: string; purl?: string; advisories?: string[]; details?: { sourcePackage?: string } }> }
  try {
    report = JSON.parse(stdout) as typeof report
  } catch {
    throw new Error(`chaingate check gave no JSON report: ${stderr.trim()}`)
  }
  const pairs = new Set<string>()
  const unknown: string[] = []
  for (const finding of report.findings.filter((item) => item.rule === 'vulnerable-dependencies')) {
    if (finding.status === 'unknown') unknown.push(finding.message)
    if (!finding.purl || !finding.advisories) continue
    const parsed = parsePurl(finding.purl)
    const key = packageKey(parsed.type, osvName(parsed.type, parsed.name, finding.details?.sourcePackage), parsed.version ?? '')
    for (const id of finding.advisories) if (recordIds.has(id)) pairs.add(`${key} ${id}`)
  }
  return { packages, pairs, unknown }
}

// ---------------------------------------------------------------------------------------------------------
// The images with their generated records.

export interface ParitySet {
  name: string
  layers: LayerEntry[][]
  /** The generated records written for this image. */
  records: OsvRecord[]
}

/**
 * This machine's dpkg status and os-release: its own when it is Debian; on another dpkg distribution (an Ubuntu
 * runner) the status under Debian 12's os-release.
 */
export function machineDebian(): { status: string; osRelease: string; release: string } {
  const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
  const own = fs.readFileSync('/usr/lib/os-release', 'utf8')
  const osRelease = /^ID=debian$/m.test(own) && /^VERSION_ID="?\d+/m.test(own) ? own : debianOsRelease('12', 'bookworm')
  return { status, osRelease, release: /^VERSION_ID="?(\d+)/m.exec(osRelease)![1]! }
}

/**
 * The images and their generated records: Debian (this machine's status and language packages), Ubuntu 22.04
 * (the same status), Alpine 3.11, AlmaLinux 9 and Rocky Linux 9 (one rpm database).
 */
export function paritySets(work: string, fixtures: LanguageFixtures): ParitySet[] {
  const { status, osRelease, release } = machineDebian()
  const installed = dpkgInstalled(status)
  const languages = languagePackages(work, fixtures)
  const rpmdb = buildAlmaRpmDatabase(work)
  const rpmFiles = fs.readdirSync(rpmdb).map((file) => ({ path: `var/lib/rpm/${file}`, content: fs.readFileSync(path.join(rpmdb, file)) }))
  return [
    {
      name: `debian-${release}`,
      layers: [
        [
          { path: 'etc/os-release', content: osRelease },
          { path: 'var/lib/dpkg/status', content: status }
        ],
        languages.layer
      ],
      records: [...debianRecords(installed, release), ...languages.records]
    },
    {
      name: 'ubuntu-22.04',
      layers: [
        [
          { path: 'etc/os-release', content: UBUNTU_OS_RELEASE },
          { path: 'var/lib/dpkg/status', content: status }
        ]
      ],
      records: ubuntuRecords(installed)
    },
    {
      name: 'alpine-3.11',
      layers: [
        [
          { path: 'etc/os-release', content: ALPINE_OS_RELEASE },
          { path: 'lib/apk/db/installed', content: alpineInstalled(ALPINE_PACKAGES) }
        ]
      ],
      records: alpineRecords()
    },
    { name: 'almalinux-9', layers: [[{ path: 'etc/os-release', content: ALMA_OS_RELEASE }, ...rpmFiles]], records: almaRecords() },
    { name: 'rocky-9', layers: [[{ path: 'etc/os-release', content: ROCKY_OS_RELEASE }, ...rpmFiles]], records: rockyRecords() }
  ]
}

/** A `docker save` archive of an image's layers (uncompressed), at DIR/<name>.tar. */
export async function writeParityArchive(dir: string, name: string, layers: LayerEntry[][]): Promise<string> {
  const archive = path.join(dir, `${name}.tar`)
  await writeDockerArchive(archive, { architecture: 'amd64', layers: layers.map((entries) => ({ entries, compression: 'none' })) }, `chaingate/${name}:v1`)
  return archive
}
