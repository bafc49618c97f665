/**
 * The catalogers and the layer merge on their own: apk's installed database (written here in the format
 * apk-tools documents — no Alpine tool is packaged for Debian, so this is a parse check against the format,
 * not an oracle), dpkg and os-release parsing, the rpm NDB reader (a Packages.db assembled from the header
 * blobs rpm itself wrote into a sqlite rpmdb, laid out as rpm's `lib/backend/ndb/rpmpkg.c` does — Debian's
 * rpm has no NDB backend to write one), the Go build-info scanner fed in small chunks (oracle: `go version -m`),
 * whiteout corner cases, and image references.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { parseApkInstalled } from '../../src/images/catalog/apk.js'
import { parseDpkgStatus } from '../../src/images/catalog/dpkg.js'
import { GoBuildInfoScanner, parseGoModinfo } from '../../src/images/catalog/language.js'
import { distroEcosystem, parseOsRelease } from '../../src/images/catalog/os-release.js'
import { catalogSelection } from '../../src/images/catalog/index.js'
import { readRpmBerkeleyDb, readRpmNdb, readRpmSqlite } from '../../src/images/catalog/rpm.js'
import { catalogImage } from '../../src/images/index.js'
import { MergedView, scanLayer, type Selection } from '../../src/images/layers.js'
import { parseImageReference, parsePlatform } from '../../src/images/reference.js'
import { buildLayer, writeOciLayout } from '../../test/support/images/build.js'
import {
  buildGoBinary,
  buildGoStampedBinaries,
  buildRpmBerkeleyDb,
  buildRpmDatabase,
  type GoFixture,
  type GoStampedFixture,
  type RpmFixture
} from '../../test/support/images/fixtures.js'

let work: string
let go: GoFixture
let stamped: GoStampedFixture
let rpm: RpmFixture

beforeAll(() => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-catalogers-')))
  go = buildGoBinary(work)
  stamped = buildGoStampedBinaries(work)
  rpm = buildRpmDatabase(work)
}, 120_000)

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

const APK_DB = [
  'C:Q1abcdefghijklmnopqrstuvwxyz0123=',
  'P:musl',
  'V:1.2.5-r0',
  'A:x86_64',
  'S:407035',
  'I:663552',
  'T:the musl c library (libc) implementation',
  'U:https://musl.libc.org/',
  'L:MIT',
  'o:musl',
  'm:Timo Teräs <timo.teras@iki.fi>',
  't:1712156428',
  'c:4fe5bb5dbe3c1c53cc1b1a4b1b53bb0f3e4f1c07',
  'F:lib',
  'R:ld-musl-x86_64.so.1',
  'a:0:0:755',
  'Z:Q1Exfiq0ZvrYwx4vgVp6B2n5p3Ah4=',
  'R:libc.musl-x86_64.so.1',
  '',
  'P:py3-idna',
  'V:3.7-r0',
  'A:noarch',
  'L:BSD-3-Clause',
  'o:py3-idna',
  'F:usr/lib/python3.12/site-packages/idna-3.7.dist-info',
  'R:METADATA',
  '',
  'P:libcrypto3',
  'V:3.3.2-r0',
  'A:x86_64',
  'L:Apache-2.0',
  'o:openssl',
  ''
].join('\n')

describe('apk installed database', () => {
  it('parses records, origins and file lists', () => {
    const packages = parseApkInstalled(APK_DB)
    expect(packages.map((pkg) => [pkg.name, pkg.version, pkg.arch, pkg.origin, pkg.line])).toEqual([
      ['musl', '1.2.5-r0', 'x86_64', 'musl', 1],
      ['py3-idna', '3.7-r0', 'noarch', 'py3-idna', 20],
      ['libcrypto3', '3.3.2-r0', 'x86_64', 'openssl', 28]
    ])
    expect(packages[0]!.files).toEqual(['lib/ld-musl-x86_64.so.1', 'lib/libc.musl-x86_64.so.1'])
    // The catalog keeps only the owned paths a language cataloger could name a package from.
    const kept = parseApkInstalled(APK_DB, (file) => file.endsWith('.so.1') && file.includes('ld-'))
    expect(kept.map((pkg) => pkg.files)).toEqual([['lib/ld-musl-x86_64.so.1'], [], []])
    expect(kept.map((pkg) => pkg.name)).toEqual(packages.map((pkg) => pkg.name))
  })

  it('rejects a malformed line with its line number', () => {
    expect(() => parseApkInstalled('P:musl\nV:1\nthis is not a field\n')).toThrow(expect.objectContaining({ line: 3 }))
    expect(() => parseApkInstalled('P:musl\n\n')).toThrow('package musl has no V: (version) line')
  })

  it('catalogs an Alpine image with apk purls and leaves out the Python package apk owns', async () => {
    const dir = path.join(work, 'alpine')
    await writeOciLayout(
      dir,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n' },
                { path: 'lib/apk/db/installed', content: APK_DB },
                { path: 'usr/lib/python3.12/site-packages/idna-3.7.dist-info/METADATA', content: 'Metadata-Version: 2.1\nName: idna\nVersion: 3.7\n' }
              ],
              compression: 'gzip'
            }
          ]
        }
      ],
      'latest'
    )
    const catalog = await catalogImage(`oci:${dir}`)
    expect(catalog.ecosystem).toBe('Alpine:v3.20')
    expect(catalog.inventory.packages.map((pkg) => pkg.purl)).toEqual([
      'pkg:apk/alpine/musl@1.2.5-r0?arch=x86_64&distro=alpine-3.20.3',
      'pkg:apk/alpine/py3-idna@3.7-r0?arch=noarch&distro=alpine-3.20.3',
      'pkg:apk/alpine/libcrypto3@3.3.2-r0?arch=x86_64&distro=alpine-3.20.3&upstream=openssl'
    ])
    expect(catalog.inventory.packages[2]!.sourcePackage).toEqual({ name: 'openssl' })
    expect(catalog.ownedLanguagePackages).toBe(1)
  })
})

describe('dpkg status', () => {
  it('splits Source into name and version, and skips packages whose files are gone', () => {
    const text = [
      'Package: libssl3',
      'Status: install ok installed',
      'Architecture: amd64',
      'Source: openssl (3.0.15-1~deb12u1)',
      'Version: 3.0.15-1~deb12u1+b1',
      'Description: x',
      ' continued',
      '',
      'Package: gone',
      'Status: deinstall ok config-files',
      'Version: 1.0',
      ''
    ].join('\n')
    expect(parseDpkgStatus(text)).toEqual([
      { name: 'libssl3', version: '3.0.15-1~deb12u1+b1', arch: 'amd64', source: 'openssl', sourceVersion: '3.0.15-1~deb12u1', line: 1 }
    ])
  })

  it('names the line of a malformed stanza', () => {
    expect(() => parseDpkgStatus('Package: a\nVersion: 1\n continuation ok\nnot a field\n')).toThrow(expect.objectContaining({ line: 4 }))
    expect(() => parseDpkgStatus('Package: a\nPackage: b\n')).toThrow(expect.objectContaining({ line: 2, message: 'duplicate field Package in one stanza' }))
  })
})

describe('os-release', () => {
  it('reads quoted values and maps to OSV ecosystems', () => {
    const ubuntu = parseOsRelease('NAME="Ubuntu"\nVERSION_ID="22.04"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 22.04.4 LTS"\n', 'etc/os-release')
    expect(distroEcosystem(ubuntu)).toBe('Ubuntu:22.04:LTS')
    expect(distroEcosystem(parseOsRelease('ID=\'debian\'\nVERSION_ID="12"\n', 'x'))).toBe('Debian:12')
    expect(distroEcosystem(parseOsRelease('ID=debian\nPRETTY_NAME="Debian GNU/Linux trixie/sid"\n', 'x'))).toBe('Debian')
    expect(distroEcosystem(parseOsRelease('ID="rocky"\nVERSION_ID="9.3"\n', 'x'))).toBe('Rocky Linux:9')
  })
})

describe('rpm NDB', () => {
  it('reads the same packages as the sqlite database the blobs came from', async () => {
    const { DatabaseSync } = await import('node:sqlite')
    const database = new DatabaseSync(path.join(rpm.dbDir, 'rpmdb.sqlite'), { readOnly: true })
    const rows = database.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all() as { hnum: number; blob: Uint8Array }[]
    database.close()
    // rpmpkg.c layout: 32-byte header + slots in one 4 KiB slot page, then 16-byte-aligned blocks.
    const slotPage = Buffer.alloc(4096)
    slotPage.write('RpmP', 0, 'latin1')
    slotPage.writeUInt32LE(0, 4)
    slotPage.writeUInt32LE(1, 8)
    slotPage.writeUInt32LE(1, 12)
    const blocks: Buffer[] = []
    let block = 4096 / 16
    for (let slot = 0; slot < 4096 / 16 - 2; slot += 1) {
      const at = 32 + slot * 16
      slotPage.write('Slot', at, 'latin1')
      const row = rows[slot]
      if (!row) continue
      const blob = Buffer.from(row.blob)
      const head = Buffer.alloc(16)
      head.write('BlbS', 0, 'latin1')
      head.writeUInt32LE(row.hnum, 4)
      head.writeUInt32LE(0, 8)
      head.writeUInt32LE(blob.length, 12)
      const count = Math.ceil((16 + blob.length + 16) / 16)
      const padded = Buffer.alloc(count * 16)
      head.copy(padded)
      blob.copy(padded, 16)
      slotPage.writeUInt32LE(row.hnum, at + 4)
      slotPage.writeUInt32LE(block, at + 8)
      slotPage.writeUInt32LE(count, at + 12)
      blocks.push(padded)
      block += count
    }
    const file = path.join(work, 'Packages.db')
    fs.writeFileSync(file, Buffer.concat([slotPage, ...blocks]))
    const fromSqlite = await readRpmSqlite(path.join(rpm.dbDir, 'rpmdb.sqlite'))
    expect(readRpmNdb(file)).toEqual(fromSqlite)
    expect(fromSqlite.map((pkg) => `${pkg.name} ${pkg.epoch ?? 0}:${pkg.version}-${pkg.release} ${pkg.arch} ${pkg.sourceRpm}`).sort()).toEqual(rpm.expected)
    expect(() => readRpmNdb(path.join(rpm.dbDir, 'rpmdb.sqlite'))).toThrow('not an rpm NDB database')

    // With a filter, each reader keeps the owned paths it passes and nothing else of them.
    const inBin = (owned: string): boolean => owned.includes('/bin/')
    const filtered = fromSqlite.map((pkg) => ({ ...pkg, files: pkg.files.filter(inBin) }))
    expect(fromSqlite.some((pkg) => pkg.files.length > 0 && pkg.files.some((owned) => !inBin(owned)))).toBe(true)
    expect(await readRpmSqlite(path.join(rpm.dbDir, 'rpmdb.sqlite'), inBin)).toEqual(filtered)
    expect(readRpmNdb(file, inBin)).toEqual(filtered)
  })
})

describe('rpm Berkeley DB', () => {
  it('lists what rpm -qa reports through its own Berkeley DB backend, header blobs inline and on overflow pages', async () => {
    const fromSqlite = await readRpmSqlite(path.join(rpm.dbDir, 'rpmdb.sqlite'))
    // 512-byte pages: every header spills onto overflow pages; 16 KiB pages: the small headers sit inline.
    for (const pageSize of [512, 4096, 16384]) {
      const bdb = await buildRpmBerkeleyDb(rpm, work, pageSize)
      const file = fs.readFileSync(path.join(bdb.dbDir, 'Packages'))
      const overflowPages = Array.from({ length: file.length / pageSize }, (_, page) => file[page * pageSize + 25]).filter((type) => type === 7).length
      if (pageSize === 512) expect(overflowPages).toBeGreaterThan(0)
      if (pageSize === 16384) expect(overflowPages).toBe(0)
      const packages = readRpmBerkeleyDb(path.join(bdb.dbDir, 'Packages'))
      expect(bdb.expected).toEqual(rpm.expected)
      expect(packages.map((pkg) => `${pkg.name} ${pkg.epoch ?? 0}:${pkg.version}-${pkg.release} ${pkg.arch} ${pkg.sourceRpm}`).sort()).toEqual(bdb.expected)
      expect([...packages].sort((a, b) => a.name.localeCompare(b.name))).toEqual([...fromSqlite].sort((a, b) => a.name.localeCompare(b.name)))
    }
  })

  it('refuses what is not a Berkeley DB hash database, and a broken one, with the reason', async () => {
    expect(() => readRpmBerkeleyDb(path.join(rpm.dbDir, 'rpmdb.sqlite'))).toThrow('not a Berkeley DB hash database')
    const bdb = await buildRpmBerkeleyDb(rpm, fs.mkdtempSync(path.join(work, 'broken-')), 512)
    const bytes = fs.readFileSync(path.join(bdb.dbDir, 'Packages'))
    // Cut the overflow chains: every overflow page's type byte cleared.
    for (let at = 512; at < bytes.length; at += 512) if (bytes[at + 25] === 7) bytes[at + 25] = 0
    const broken = path.join(work, 'Packages-broken')
    fs.writeFileSync(broken, bytes)
    expect(() => readRpmBerkeleyDb(broken)).toThrow(/^package record \d+: .*is not an overflow page/)
    bytes[24] = 1
    fs.writeFileSync(broken, bytes)
    expect(() => readRpmBerkeleyDb(broken)).toThrow('the Berkeley DB database is encrypted')
  })
})

describe('Go build info', () => {
  it('finds the modules go version -m reports, whatever the chunk boundaries', () => {
    const binary = fs.readFileSync(go.binary)
    for (const size of [7, 4096, 65536]) {
      const scanner = new GoBuildInfoScanner()
      for (let at = 0; at < binary.length; at += size) scanner.write(binary.subarray(at, at + size))
      expect(
        scanner
          .packages()
          .map((pkg) => `${pkg.name === 'stdlib' ? 'stdlib' : pkg.name} ${pkg.version}`)
          .sort()
      ).toEqual(go.expected)
    }
    const text = new GoBuildInfoScanner()
    text.write(Buffer.from('#!/bin/sh\necho \xff Go buildinf: not a binary\n', 'latin1'))
    expect(text.packages()).toEqual([])
  })
})

describe('Go main module versions', () => {
  function scan(file: string): { goVersion: string; modinfo: string } {
    const scanner = new GoBuildInfoScanner()
    scanner.write(fs.readFileSync(file))
    return scanner.result!
  }

  it('takes the version -ldflags stamped into package main when the main module is (devel)', () => {
    const { goVersion, modinfo } = scan(stamped.ldflags)
    expect(modinfo).toContain('\nmod\texample.com/stamped\t(devel)')
    expect(parseGoModinfo(modinfo, goVersion).find((pkg) => pkg.name === 'example.com/stamped')?.version).toBe('v1.4.0')
    // A variable of another module's package says nothing about this one.
    const foreign = modinfo.replace('-X main.version=1.4.0', '-X github.com/other/lib/version.Version=2.0.0')
    expect(parseGoModinfo(foreign, goVersion).some((pkg) => pkg.name === 'example.com/stamped')).toBe(false)
  })

  it('derives the pseudo-version Go itself stamps from the VCS settings of an older-style (devel) build', () => {
    expect(stamped.vcs.version).toMatch(/^v0\.0\.0-\d{14}-[0-9a-f]{12}$/)
    const { goVersion, modinfo } = scan(stamped.vcs.binary)
    const older = modinfo.replace(`\nmod\texample.com/stamped\t${stamped.vcs.version}`, '\nmod\texample.com/stamped\t(devel)')
    expect(older).not.toBe(modinfo)
    expect(parseGoModinfo(older, goVersion).find((pkg) => pkg.name === 'example.com/stamped')?.version).toBe(stamped.vcs.version)
  })
})

describe('layer merge', () => {
  const selection: Selection = { handlerFor: () => () => ({ write() {}, end: async () => 'seen' }), wantsLink: () => true }

  it('ignores a bare .wh. and .wh..wh..opqX, hides only lower layers', async () => {
    const lower = await scanLayer(
      await layerRef([
        { path: 'a/keep', content: 'x' },
        { path: 'a/gone', content: 'x' },
        { path: 'b/c/d', content: 'x' }
      ]),
      selection
    )
    const upper = await scanLayer(
      await layerRef([
        { path: 'a/.wh.', content: '' },
        { path: 'a/.wh..wh..opqX', content: '' },
        { path: 'a/.wh.gone', content: '' },
        { path: 'b/.wh.c', content: '' },
        { path: 'b/c/new', content: 'x' }
      ]),
      selection
    )
    const view = new MergedView()
    view.add(upper)
    view.add(lower)
    expect([...view.entries.keys()].sort()).toEqual(['a/keep', 'b/c/new'])
  })
})

describe('file lists', () => {
  it('keeps the paths language catalogers name packages from, whatever the chunk boundaries', async () => {
    const list = [
      '/.',
      '/usr',
      '/usr/lib/python3/dist-packages/idna-3.3.dist-info/METADATA',
      '/usr/share/doc/python3-idna/copyright',
      '/usr/lib/node_modules/npm/package.json',
      '/usr/bin/pip3'
    ].join('\n')
    const selection = catalogSelection({ languages: true, tempDir: os.tmpdir() })
    for (const size of [1, 3, 7, 4096]) {
      const handler = selection.handlerFor({ path: 'var/lib/dpkg/info/python3-idna.list', size: list.length, mode: 0o644 })!
      const sink = handler({ path: 'var/lib/dpkg/info/python3-idna.list', size: list.length, mode: 0o644 })
      const bytes = Buffer.from(list)
      for (let at = 0; at < bytes.length; at += size) sink.write(bytes.subarray(at, at + size))
      expect(await sink.end()).toEqual({
        kind: 'owned',
        paths: ['usr/lib/python3/dist-packages/idna-3.3.dist-info/METADATA', 'usr/lib/node_modules/npm/package.json', 'usr/bin/pip3']
      })
    }
    expect(selection.handlerFor({ path: 'var/lib/dpkg/info/python3-idna.list', size: 1, mode: 0o644 })).toBeDefined()
    expect(
      catalogSelection({ languages: false, tempDir: os.tmpdir() }).handlerFor({ path: 'var/lib/dpkg/info/python3-idna.list', size: 1, mode: 0o644 })
    ).toBeUndefined()
  })
})

describe('layer stream', () => {
  const selection: Selection = { handlerFor: () => () => ({ write() {}, end: async () => 'seen' }), wantsLink: () => true }

  it('reports the download failure itself, and reads a blob arriving in chunks of a few bytes', async () => {
    const built = await buildLayer({
      entries: Array.from({ length: 40 }, (_, index) => ({ path: `d/f${index}`, content: crypto.randomBytes(20_000).toString('hex') })),
      compression: 'gzip'
    })
    const cut = new Readable({ read() {} })
    cut.push(built.blob.subarray(0, 300_000))
    setImmediate(() => cut.destroy(new Error('connection reset by the registry')))
    await expect(scanLayer({ index: 0, digest: built.digest, diffId: built.diffId, open: async () => ({ stream: cut }) }, selection)).rejects.toThrow(
      'connection reset by the registry'
    )
    const trickle = Readable.from(
      (function* () {
        for (let at = 0; at < built.blob.length; at += 3) yield built.blob.subarray(at, at + 3)
      })()
    )
    let counted = 0
    const scan = await scanLayer(
      { index: 0, digest: built.digest, diffId: built.diffId, open: async () => ({ stream: trickle, count: (bytes) => (counted += bytes) }) },
      selection
    )
    expect(scan.entries.size).toBe(40)
    expect(counted).toBe(built.blob.length)
    expect(scan.bytes).toBe(built.blob.length)
  })
})

async function layerRef(entries: { path: string; content: string }[]) {
  const built = await buildLayer({ entries, compression: 'gzip' })
  return {
    index: 0,
    digest: built.digest,
    diffId: built.diffId,
    size: built.blob.length,
    open: async () => ({ stream: Readable.from([built.blob]) })
  }
}

describe('image references', () => {
  it('reads the forms skopeo writes', () => {
    expect(parseImageReference('nginx')).toMatchObject({ kind: 'registry', registry: 'registry-1.docker.io', repository: 'library/nginx', tag: 'latest' })
    expect(parseImageReference('localhost:5000/team/app:1.2')).toMatchObject({ registry: 'localhost:5000', repository: 'team/app', tag: '1.2' })
    expect(parseImageReference(`ghcr.io/o/app@sha256:${'a'.repeat(64)}`)).toMatchObject({
      registry: 'ghcr.io',
      repository: 'o/app',
      digest: `sha256:${'a'.repeat(64)}`
    })
    expect(parseImageReference('oci:/tmp/layout:v1')).toMatchObject({ kind: 'oci', dir: '/tmp/layout', tag: 'v1' })
    expect(parseImageReference('oci:./layout')).toMatchObject({ kind: 'oci', dir: './layout' })
    expect(parseImageReference('docker-archive:/tmp/app.tar:app:v1')).toMatchObject({ kind: 'docker-archive', file: '/tmp/app.tar', name: 'app:v1' })
    expect(() => parseImageReference('ghcr.io/o/App:1')).toThrow('repository "o/App" must be lower case')
    expect(parsePlatform('linux/arm/v7')).toEqual({ os: 'linux', architecture: 'arm', variant: 'v7' })
  })
})
