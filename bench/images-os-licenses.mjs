#!/usr/bin/env node
/**
 * OS package licenses of apk and rpm images, chaingate beside syft, package by package:
 * - rpm: one package per License tag, built by `rpmbuild` and recorded by `rpm -i --justdb` into a fresh sqlite
 *   rpmdb (as the image tests do); the same header blobs in a Berkeley DB `Packages` (`db5.3_load`, as
 *   rpm ≤ 4.15 wrote it) and in an NDB `Packages.db` (laid out as rpm's lib/backend/ndb/rpmpkg.c does;
 *   Debian's rpm cannot write one). The License tags are spellings Fedora, RHEL, CentOS and Amazon Linux
 *   packages carry: the legacy Fedora short names (`GPLv2+`, `ASL 2.0`, `MIT and BSD`, `LGPLv2+ with
 *   exceptions`) and the SPDX expressions of Fedora ≥ 38 (`LGPL-2.1-or-later AND GPL-2.0-or-later`).
 * - apk: an installed database (`lib/apk/db/installed`, the apk-tools format) for Alpine and one for Wolfi, `L:`
 *   lines as their packages carry them: SPDX expressions with `AND`/`OR`/`WITH`, the space-separated lists of
 *   older Alpine releases (`MPL-2.0 GPL-2.0-or-later`), `custom`, legacy `GPL2+`.
 * Each database in its own OCI layout (one gzip layer); `syft oci-dir:` (1.57.2, `-o syft-json`) and
 * `chaingate sbom --image oci:` (CycloneDX) on each; per package, syft's licenses (value, spdxExpression) and
 * chaingate's (license id, expression or name) compared and classified: same, form only (the same license
 * written differently), chaingate more precise, syft more precise, or a space-separated list syft splits into
 * licenses and chaingate keeps as text.
 *
 * Needs `rpmbuild`, `rpm`, `db5.3_load` (Debian packages) and syft from scripts/install-peers.sh syft. No network.
 * Writes bench/out/images-os-licenses.json.
 *
 *   scripts/node24 bench/images-os-licenses.mjs
 */
import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'
import { DatabaseSync } from 'node:sqlite'

const OUT = path.resolve('bench/out')
const PEERS = process.env.CHAINGATE_PEERS_DIR ?? path.join(os.homedir(), '.cache', 'chaingate-peers')
const SYFT = path.join(PEERS, 'syft', 'v1.57.2', 'bin', 'syft')
const NODE = process.execPath

for (const [what, command] of [
  ['syft 1.57.2 (scripts/install-peers.sh syft)', SYFT],
  ['rpmbuild (Debian package rpm)', 'rpmbuild'],
  ['rpm (Debian package rpm)', 'rpm'],
  ['db5.3_load (Debian package db5.3-util)', 'db5.3_load']
]) {
  try {
    execFileSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' })
  } catch {
    console.error(`bench/images-os-licenses: ${what} is missing`)
    process.exit(1)
  }
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-bench-oslicenses-'))
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }))
fs.mkdirSync(OUT, { recursive: true })
const run = (command, argv, options = {}) =>
  execFileSync(command, argv, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 1 << 30, ...options })

console.error('bench/images-os-licenses: bundling the CLI from the sources')
run(NODE, ['scripts/build.mjs', '--outdir', path.join(OUT, 'build'), '--bundle-only'], { stdio: 'inherit' })
const CLI = path.join(OUT, 'build', 'dist', 'cli.js')

// ---- License strings as distributions' packages carry them ----------------------------------------------
const RPM_LICENSES = [
  // Fedora legacy short names (RHEL 8/9, CentOS Stream 9, Amazon Linux 2/2023, Fedora ≤ 37)
  'MIT',
  'GPLv3+',
  'GPLv2+',
  'GPLv2',
  'GPLv3',
  'LGPLv2+',
  'LGPLv2',
  'LGPLv2.1+',
  'LGPLv3+',
  'ASL 2.0',
  'BSD',
  'Public Domain',
  'MIT and BSD',
  'GPLv2+ and LGPLv2+',
  'LGPLv2+ and MIT and GPLv2+',
  'zlib and Boost',
  'GPLv3+ and GPLv3+ with exceptions and GPLv2+ with exceptions and LGPLv2+ and BSD',
  'LGPLv2+ with exceptions',
  'GPL+ or Artistic',
  'GPLv2 or GPLv3',
  'ASL 2.0 or MIT',
  'OpenLDAP',
  'Python',
  'OpenSSL',
  'Sleepycat and BSD',
  'GPLv2+ and GFDL',
  'MPLv2.0',
  'MPLv2.0 and MPLv1.1',
  'BSD and GPLv2+',
  'ISC',
  // SPDX expressions (Fedora ≥ 38, RHEL 10)
  'GPL-3.0-or-later',
  'LGPL-2.1-or-later AND GPL-2.0-or-later',
  'Apache-2.0 OR MIT',
  'GPL-2.0-only WITH Linux-syscall-note',
  'GPL-1.0-or-later OR Artistic-1.0-Perl',
  'LicenseRef-Fedora-Public-Domain',
  'Zlib AND BSL-1.0',
  'MIT AND (BSD-2-Clause OR Apache-2.0)'
]

const APK_LICENSES = {
  alpine: [
    'MIT',
    'GPL-2.0-only',
    'GPL-2.0-or-later',
    'MPL-2.0 AND MIT',
    'MIT AND BSD-2-Clause AND GPL-2.0-or-later',
    'BSD-2-Clause AND BSD-3-Clause',
    'Apache-2.0',
    'Zlib',
    'ISC',
    'OpenSSL',
    'LGPL-2.1-or-later',
    'GPL-2.0-or-later OR MIT',
    'MIT OR Apache-2.0',
    'BSD-3-Clause AND (GPL-2.0-or-later OR MIT)',
    // older releases (≤ 3.12): space-separated lists, legacy names
    'MPL-2.0 GPL-2.0-or-later',
    'MIT BSD GPL2+',
    'GPL2',
    'GPL2+',
    'custom',
    'Public-Domain',
    'BSD',
    'LGPL-2.1+',
    'GPL-2.0',
    'mit',
    'Apache-2.0 and MIT'
  ],
  wolfi: [
    'MIT',
    'Apache-2.0',
    'LGPL-2.1-or-later',
    'GPL-3.0-or-later WITH GCC-exception-3.1',
    'MPL-2.0 AND MIT',
    'GPL-2.0-or-later AND LGPL-2.1-or-later',
    'LGPL-2.1-or-later AND BSD-3-Clause AND MIT',
    'PSF-2.0',
    'curl',
    'BSD-3-Clause',
    'OpenSSL AND Apache-2.0',
    'GPL-2.0-or-later WITH Autoconf-exception-2.0'
  ]
}

// ---- OCI layouts -------------------------------------------------------------------------------------------
const sha = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex')
function ociLayout(name, root) {
  const layout = path.join(work, `image-${name}`)
  fs.mkdirSync(path.join(layout, 'blobs/sha256'), { recursive: true })
  const put = (bytes) => {
    const hex = sha(bytes)
    fs.writeFileSync(path.join(layout, 'blobs/sha256', hex), bytes)
    return `sha256:${hex}`
  }
  const plain = execFileSync('tar', ['--sort=name', '--owner=0', '--group=0', '--numeric-owner', '--mtime=@0', '-C', root, '-cf', '-', '.'], {
    maxBuffer: 1 << 30
  })
  const gz = zlib.gzipSync(plain)
  const layer = { mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip', digest: put(gz), size: gz.length }
  const config = Buffer.from(
    JSON.stringify({
      architecture: 'amd64',
      os: 'linux',
      created: '2026-01-02T03:04:05Z',
      rootfs: { type: 'layers', diff_ids: [`sha256:${sha(plain)}`] },
      config: {}
    })
  )
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: put(config), size: config.length },
      layers: [layer]
    })
  )
  const digest = put(manifest)
  fs.writeFileSync(path.join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }))
  fs.writeFileSync(
    path.join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest,
          size: manifest.length,
          annotations: { 'org.opencontainers.image.ref.name': 'latest' }
        }
      ]
    })
  )
  return layout
}
const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

// ---- rpm: sqlite, Berkeley DB, NDB ----------------------------------------------------------------------
console.error('bench/images-os-licenses: building rpm packages')
const top = path.join(work, 'rpmbuild')
fs.mkdirSync(path.join(top, 'SPECS'), { recursive: true })
const rpmNames = new Map()
RPM_LICENSES.forEach((license, index) => {
  const name = `lic${String(index).padStart(2, '0')}`
  rpmNames.set(name, license)
  const file = path.join(top, 'SPECS', `${name}.spec`)
  write(
    file,
    [`Name: ${name}`, 'Version: 1.0', 'Release: 1', 'Summary: license', `License: ${license}`, 'BuildArch: noarch', '%description', 'x', '%files', ''].join(
      '\n'
    )
  )
  run('rpmbuild', ['--define', `_topdir ${top}`, '-bb', file], { stdio: ['ignore', 'ignore', 'ignore'] })
})
const rpmDb = path.join(work, 'rpmdb')
fs.mkdirSync(rpmDb)
run('rpm', ['--dbpath', rpmDb, '--initdb'])
const rpms = fs.readdirSync(path.join(top, 'RPMS', 'noarch')).map((name) => path.join(top, 'RPMS', 'noarch', name))
run('rpm', ['-i', '--justdb', '--nodeps', '--noscripts', '--dbpath', rpmDb, ...rpms])
const oracle = run('rpm', ['-qa', '--dbpath', rpmDb, '--qf', '%{NAME}\t%{LICENSE}\n']).split('\n').filter(Boolean)
for (const line of oracle) {
  const [name, license] = line.split('\t')
  if (rpmNames.get(name) !== license) throw new Error(`rpm -qa: ${name} has License ${license}, expected ${rpmNames.get(name)}`)
}
const database = new DatabaseSync(path.join(rpmDb, 'rpmdb.sqlite'), { readOnly: true })
const rows = database.prepare('SELECT hnum, blob FROM Packages ORDER BY hnum').all()
database.close()
const fedora = 'NAME="Fedora Linux"\nID=fedora\nVERSION_ID=40\n'
const rpmRoots = {}
{
  const root = path.join(work, 'root-rpm-sqlite')
  write(path.join(root, 'etc/os-release'), fedora)
  fs.mkdirSync(path.join(root, 'var/lib/rpm'), { recursive: true })
  fs.copyFileSync(path.join(rpmDb, 'rpmdb.sqlite'), path.join(root, 'var/lib/rpm/rpmdb.sqlite'))
  rpmRoots['rpm-sqlite'] = root
}
{
  const key = (value) => {
    const bytes = Buffer.alloc(4)
    bytes.writeUInt32LE(value)
    return bytes.toString('hex')
  }
  const lines = [
    'VERSION=3',
    'format=bytevalue',
    'type=hash',
    'db_pagesize=4096',
    'HEADER=END',
    ` ${key(0)}`,
    ` ${key(Math.max(...rows.map((row) => row.hnum)))}`
  ]
  for (const row of rows) lines.push(` ${key(row.hnum)}`, ` ${Buffer.from(row.blob).toString('hex')}`)
  lines.push('DATA=END', '')
  const root = path.join(work, 'root-rpm-bdb')
  write(path.join(root, 'etc/os-release'), 'NAME="Red Hat Enterprise Linux"\nID="rhel"\nVERSION_ID="8.10"\n')
  fs.mkdirSync(path.join(root, 'var/lib/rpm'), { recursive: true })
  write(path.join(work, 'bdb.dump'), lines.join('\n'))
  run('db5.3_load', ['-f', path.join(work, 'bdb.dump'), path.join(root, 'var/lib/rpm/Packages')])
  const bdbOracle = run('rpm', ['--define', '_db_backend bdb_ro', '--dbpath', path.join(root, 'var/lib/rpm'), '-qa', '--qf', '%{NAME}\t%{LICENSE}\n'])
  if (bdbOracle.split('\n').filter(Boolean).length !== RPM_LICENSES.length) throw new Error('rpm bdb_ro does not list every package')
  rpmRoots['rpm-bdb'] = root
}
{
  const slotPage = Buffer.alloc(4096)
  slotPage.write('RpmP', 0, 'latin1')
  slotPage.writeUInt32LE(0, 4)
  slotPage.writeUInt32LE(1, 8)
  slotPage.writeUInt32LE(1, 12)
  const blocks = []
  let block = 4096 / 16
  if (rows.length > 4096 / 16 - 2) throw new Error('too many packages for one NDB slot page')
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
  const root = path.join(work, 'root-rpm-ndb')
  write(path.join(root, 'etc/os-release'), 'NAME="SLES"\nID="sles"\nVERSION_ID="15.6"\n')
  fs.mkdirSync(path.join(root, 'usr/lib/sysimage/rpm'), { recursive: true })
  fs.writeFileSync(path.join(root, 'usr/lib/sysimage/rpm/Packages.db'), Buffer.concat([slotPage, ...blocks]))
  rpmRoots['rpm-ndb'] = root
}

// ---- apk: Alpine, Wolfi --------------------------------------------------------------------------------------
const apkRoots = {}
const apkNames = {}
for (const [distro, licenses] of Object.entries(APK_LICENSES)) {
  const root = path.join(work, `root-${distro}`)
  write(
    path.join(root, 'etc/os-release'),
    distro === 'alpine' ? 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\n' : 'NAME="Wolfi"\nID=wolfi\nVERSION_ID=20230201\n'
  )
  apkNames[distro] = new Map()
  const records = licenses.map((license, index) => {
    const name = `lic${String(index).padStart(2, '0')}`
    apkNames[distro].set(name, license)
    return [`P:${name}`, 'V:1.0-r0', 'A:x86_64', `L:${license}`, `o:${name}`, ''].join('\n')
  })
  write(path.join(root, 'lib/apk/db/installed'), `${records.join('\n')}\n`)
  apkRoots[distro] = root
}

// ---- both tools, compared -----------------------------------------------------------------------------------
/** syft's licenses of one artifact: its SPDX expression when it gave one, else the value. */
const syftForm = (artifact) =>
  (artifact.licenses ?? []).map((license) => (license.spdxExpression ? { spdx: license.spdxExpression, value: license.value } : { text: license.value }))
const oursForm = (component) =>
  (component.licenses ?? []).map((choice) =>
    choice.expression !== undefined ? { spdx: choice.expression } : choice.license?.id ? { spdx: choice.license.id } : { text: choice.license?.name }
  )
const show = (forms) => forms.map((form) => (form.spdx !== undefined ? form.spdx : `"${form.text}"`)).join(' | ') || '(none)'

/** syft's several licenses of one package, if all SPDX, as one AND expression (syft splits a list or an AND). */
function syftAsExpression(forms) {
  if (forms.length === 0 || forms.some((form) => form.spdx === undefined)) return undefined
  return forms.length === 1 ? forms[0].spdx : forms.map((form) => (/\s/.test(form.spdx) ? `(${form.spdx})` : form.spdx)).join(' AND ')
}
/**
 * The same expression written differently: operators' case (SPDX allows `and`), the deprecated GNU ids (`GPL-2.0`
 * is GPL-2.0-only, `LGPL-2.1+` LGPL-2.1-or-later, as the SPDX list says), and the order of an all-AND list.
 */
const canonical = (expression) =>
  expression
    .replace(/(?<=\s)(and|or|with)(?=\s)/g, (operator) => operator.toUpperCase())
    .replace(/\b((?:A?GPL|LGPL|GFDL)-\d\.\d)(\+|\b(?!-))/g, (_, id, plus) => `${id}-${plus === '+' ? 'or-later' : 'only'}`)
const flat = (expression) =>
  canonical(expression)
    .replace(/[()]/g, '')
    .split(/\s+(?:AND)\s+/)
    .sort()
    .join(' AND ')

function classify(ours, theirs) {
  const oursSpdx = ours.length === 1 && ours[0].spdx !== undefined ? ours[0].spdx : undefined
  const theirsSpdx = syftAsExpression(theirs)
  if (show(ours) === show(theirs)) return 'same'
  if (oursSpdx !== undefined && theirsSpdx !== undefined) {
    if (oursSpdx === theirsSpdx || flat(oursSpdx) === flat(theirsSpdx)) return 'form only'
    return 'different license'
  }
  if (oursSpdx !== undefined && theirsSpdx === undefined) return 'chaingate more precise'
  // A space-separated apk list (`MPL-2.0 GPL-2.0-or-later`): syft lists each word as a license; whether all apply
  // or one is not said, so chaingate keeps the text (the policy says unknown).
  const words = (text) => text.split(/\s+/).sort().join(' ')
  if (
    ours.length === 1 &&
    ours[0].text !== undefined &&
    theirs.length > 1 &&
    words(ours[0].text) === words(theirs.map((form) => form.value ?? form.text).join(' '))
  )
    return 'list: syft splits it, chaingate keeps text'
  if (oursSpdx === undefined && theirsSpdx !== undefined) return 'syft more precise'
  // both text (or nothing): compare the words
  const joined = (forms) => forms.map((form) => form.text ?? form.spdx).join(' ')
  return joined(ours).replace(/\s+/g, ' ') === joined(theirs).replace(/\s+/g, ' ') ? 'form only' : 'different text'
}

const summary = { date: new Date().toISOString(), syft: '1.57.2', images: {} }
const images = { ...Object.fromEntries(Object.entries(rpmRoots)), ...apkRoots }
for (const [name, root] of Object.entries(images)) {
  const layout = ociLayout(name, root)
  const syftFile = path.join(work, `${name}.syft.json`)
  run(SYFT, [`oci-dir:${layout}`, '-o', `syft-json=${syftFile}`, '-q'], { env: { ...process.env, SYFT_CHECK_FOR_APP_UPDATE: 'false' } })
  const oursFile = path.join(work, `${name}.cdx.json`)
  execFileSync(NODE, [CLI, 'sbom', '--image', `oci:${layout}:latest`, '--output', oursFile], { stdio: ['ignore', 'ignore', 'inherit'] })
  const syft = JSON.parse(fs.readFileSync(syftFile, 'utf8'))
  const ours = JSON.parse(fs.readFileSync(oursFile, 'utf8'))
  const written = name.startsWith('rpm') ? rpmNames : apkNames[name]
  const theirsBy = new Map(syft.artifacts.filter((artifact) => artifact.type === 'rpm' || artifact.type === 'apk').map((artifact) => [artifact.name, artifact]))
  const oursBy = new Map((ours.components ?? []).map((component) => [component.name, component]))
  const rowsOut = []
  const counts = {}
  for (const [pkg, license] of written) {
    const theirs = theirsBy.get(pkg)
    const mine = oursBy.get(pkg)
    if (!theirs || !mine) {
      rowsOut.push({ pkg, license, missing: !theirs ? 'syft' : 'chaingate' })
      counts.missing = (counts.missing ?? 0) + 1
      continue
    }
    const t = syftForm(theirs)
    const o = oursForm(mine)
    const kind = classify(o, t)
    counts[kind] = (counts[kind] ?? 0) + 1
    rowsOut.push({ pkg, license, chaingate: show(o), syft: show(t), kind })
  }
  summary.images[name] = { packages: written.size, counts, rows: rowsOut }
  console.log(`\n${name}: ${written.size} packages ${JSON.stringify(counts)}`)
  for (const row of rowsOut)
    console.log(
      `  ${row.kind ?? `missing in ${row.missing}`}`.padEnd(28),
      JSON.stringify(row.license).padEnd(60),
      '| ours:',
      row.chaingate,
      '| syft:',
      row.syft
    )
}
fs.writeFileSync(path.join(OUT, 'images-os-licenses.json'), `${JSON.stringify(summary, null, 2)}\n`)
