// Image vulnerability matching checked on REAL distribution advisory records (one-off verification, not a test:
// the records are not in the repository and nothing here uses the network). Runs the TypeScript sources
// directly (esbuild transforms each `.ts` file as it loads), through the code an image scan uses: the
// os-release → ecosystem mapping (src/images/catalog/os-release.ts), the lookups of an image's packages
// (src/images/vulnerabilities.ts `matchCatalog`: source package, binary names for AlmaLinux/Rocky, Ubuntu Pro)
// and the offline matcher over a snapshot laid out as osv.dev publishes it (`<Ecosystem>/all.zip`).
//
// For a sample of records per distribution (deterministic, `--per-ecosystem`, default 400; bench/README's figures
// use every record) it checks:
//  1. every record parses with the OSV shape check and `advisoryFromOsv` (severity of any type, withdrawn…);
//  2. the ecosystem string: the os-release of that release's images (the real os-release texts below, syft's
//     copies of the distributions' files) gives exactly the ecosystem the records use;
//  3. every `introduced`/`fixed`/`last_affected`/`limit` and `versions` string parses with the ecosystem's
//     comparator;
//  4. matching, with expectations taken from the record itself, for an image package named as the
//     distribution installs it (a binary package built from the record's source package; Ubuntu's
//     `ecosystem_specific.binaries` when given) at: each listed affected version (must match), the `fixed`
//     version (must not match, when the record has one single-range entry for that package), just below the
//     fix (must match) and, for entries with no fix, the fix state chaingate reports;
//  5. nothing throws: a record chaingate cannot read must leave the packages it names unknown, never crash.
//
// Usage: scripts/node24 bench/distro-osv-check.mjs [--per-ecosystem 400] [--debian-tracker FILE]
//          [--alpine-secdb DIR] [--wolfi-advisories DIR] DIR...
//   DIR: directories holding OSV JSON records (searched recursively). Where the records came from
//   (2026-12-06):
//   - AlmaLinux: AlmaLinux/osv-database `advisories/` (git clone; 5,680 records, AlmaLinux:8/9/10);
//   - Photon OS: captn3m0/photon-os-advisories `advisories/` (the osv-schema's listed OSV source; 2,621);
//   - Debian ELTS: captn3m0/debian-elts-advisories `advisories/` (Freexian's ELA records, `Debian:7`…; 1,712);
//   - Ubuntu: canonical/ubuntu-security-notices `osv/cve/**` and `osv/usn/` (8 GB in all: read a sample of
//     files, e.g. with `git clone --filter=blob:none --sparse` + `git sparse-checkout set osv/cve/2025`);
//   - osv.dev's own test copies of real records: google/osv.dev `gcp/workers/oss_fuzz_worker/testdata/*.json`.
//   --debian-tracker FILE: the Debian security tracker's JSON (https://security-tracker.debian.org/tracker/data/json;
//     tianon/debian-security-tracker-mirror keeps an old copy, though its blob was not in the snapshot reachable
//     here, so this option was not run for bench/README's figures), turned into DEBIAN-CVE
//     records exactly as osv.dev's converter does (google/osv.dev vulnfeeds/cmd/converters/debian/main.go:
//     one entry per release `Debian:<n>`, `ecosystem_specific.urgency`, `fixed` only when resolved, a
//     resolved `0` left out): osv.dev publishes those records only in its bucket.
//   --alpine-secdb DIR: alpine-secdb `v3.*/main.yaml` files (alpinelinux/alpine-secdb), turned into
//     ALPINE-CVE records as osv.dev's converter does (vulnfeeds/cmd/converters/alpine/main.go: `Alpine:v3.x`,
//     the secfixes package name, introduced 0 (osv.dev takes it from NVD CPEs when it can), fixed = the
//     secfixes version; version `0` (not affected) and versions its validVersion refuses are left out).
//   --wolfi-advisories DIR: wolfi-dev/advisories (`<package>.advisories.yaml`), each advisory whose last event is
//     `fixed` (introduced 0, fixed) or `fix-not-planned` (no fixed event) as one record on `Wolfi`, the package
//     named as the document does (Wolfi's OSV feed is built from these documents).
//   → prints a table and writes bench/out/distro-osv-check.json (every disagreement and failure, with the record).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

import './ts-sources.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'per-ecosystem': { type: 'string', default: '400' },
    'debian-tracker': { type: 'string' },
    'alpine-secdb': { type: 'string' },
    'wolfi-advisories': { type: 'string' }
  }
})
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
process.chdir(root)

const { matchCatalog } = await import('../src/images/vulnerabilities.ts')
const { createSource } = await import('../src/advisories/sources/index.ts')
const { distroEcosystem, parseOsRelease } = await import('../src/images/catalog/os-release.ts')
const { advisoryFromOsv } = await import('../src/advisories/osv.ts')
const { osvRecordProblem } = await import('../src/advisories/osv-shape.ts')
const { versionSchemeFor } = await import('../src/advisories/versions/index.ts')
const { imageFixState } = await import('../src/rules/dependencies/advisory-support.ts')
const { writeSnapshot } = await import('../test/support/advisories/records.ts')

/**
 * os-release of real images: the distributions' own files as anchore/syft keeps them for its tests
 * (`syft/linux/testdata/os/<distro>/…/os-release` at 2026-08; the fields that play no part trimmed). Another
 * release of the same distribution is that file with its release number changed (the field layout is the
 * distribution's; Ubuntu drops "LTS" from an interim release's PRETTY_NAME and VERSION).
 */
const REAL_OS_RELEASE = {
  almalinux:
    'NAME="AlmaLinux"\nVERSION="8.4 (Electric Cheetah)"\nID="almalinux"\nID_LIKE="rhel centos fedora"\nVERSION_ID="8.4"\nPRETTY_NAME="AlmaLinux 8.4 (Electric Cheetah)"\nCPE_NAME="cpe:/o:almalinux:almalinux:8.4:GA"\n',
  alpine: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.11.6\nPRETTY_NAME="Alpine Linux v3.11"\n',
  debian: 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nVERSION_ID="8"\nVERSION="8 (jessie)"\nID=debian\n',
  'opensuse-leap':
    'NAME="openSUSE Leap"\nVERSION="15.2"\nID="opensuse-leap"\nID_LIKE="suse opensuse"\nVERSION_ID="15.2"\nPRETTY_NAME="openSUSE Leap 15.2"\nCPE_NAME="cpe:/o:opensuse:leap:15.2"\n',
  photon: 'NAME="VMware Photon OS"\nVERSION="2.0"\nID=photon\nVERSION_ID=2.0\nPRETTY_NAME="VMware Photon OS/Linux"\n',
  rocky:
    'NAME="Rocky Linux"\nVERSION="8.4 (Green Obsidian)"\nID="rocky"\nID_LIKE="rhel fedora"\nVERSION_ID="8.4"\nPRETTY_NAME="Rocky Linux 8.4 (Green Obsidian)"\nCPE_NAME="cpe:/o:rocky:rocky:8.4:GA"\n',
  sles: 'NAME="SLES"\nVERSION="15-SP2"\nVERSION_ID="15.2"\nPRETTY_NAME="SUSE Linux Enterprise Server 15 SP2"\nID="sles"\nID_LIKE="suse"\nCPE_NAME="cpe:/o:suse:sles:15:sp2"\n',
  ubuntu: 'NAME="Ubuntu"\nVERSION="20.04 LTS (Focal Fossa)"\nID=ubuntu\nID_LIKE=debian\nPRETTY_NAME="Ubuntu 20.04 LTS"\nVERSION_ID="20.04"\n',
  wolfi: 'ID=wolfi\nNAME="Wolfi"\nPRETTY_NAME="Wolfi"\nVERSION_ID="20220914"\n'
}

/** The os-release of an image of the release an ecosystem string names, or undefined when the table has no such distribution. */
function osReleaseFor(ecosystem) {
  const [base, ...rest] = ecosystem.replace(/^Ubuntu:Pro:/, 'Ubuntu:').split(':')
  const release = rest.join(':')
  const ubuntu = /^(\d+\.\d+)(:LTS)?$/.exec(release)
  const alpine = /^v(\d+)\.(\d+)$/.exec(release)
  const leap = /^Leap (\d+\.\d+)$/.exec(release)
  const sles = /^Linux Enterprise Server (\d+) SP(\d+)$/.exec(release)
  switch (base) {
    case 'Debian':
      return /^\d+$/.test(release) ? REAL_OS_RELEASE.debian.replaceAll('8', release).replace(/jessie/g, 'codename') : undefined
    case 'Ubuntu': {
      if (!ubuntu) return undefined
      const text = REAL_OS_RELEASE.ubuntu.replaceAll('20.04', ubuntu[1])
      return ubuntu[2] ? text : text.replaceAll(' LTS', '')
    }
    case 'Alpine':
      return alpine ? REAL_OS_RELEASE.alpine.replaceAll('3.11', `${alpine[1]}.${alpine[2]}`) : undefined
    case 'AlmaLinux':
      return /^\d+$/.test(release) ? REAL_OS_RELEASE.almalinux.replaceAll('8.4', `${release}.4`) : undefined
    case 'Rocky Linux':
      return /^\d+$/.test(release) ? REAL_OS_RELEASE.rocky.replaceAll('8.4', `${release}.4`) : undefined
    case 'Photon OS':
      return /^\d+\.\d+$/.test(release) ? REAL_OS_RELEASE.photon.replaceAll('2.0', release) : undefined
    case 'openSUSE':
      return leap ? REAL_OS_RELEASE['opensuse-leap'].replaceAll('15.2', leap[1]) : undefined
    case 'SUSE':
      return sles
        ? REAL_OS_RELEASE.sles
            .replaceAll('15-SP2', `${sles[1]}-SP${sles[2]}`)
            .replaceAll('15.2', `${sles[1]}.${sles[2]}`)
            .replaceAll('15 SP2', `${sles[1]} SP${sles[2]}`)
            .replace('15:sp2', `${sles[1]}:sp${sles[2]}`)
        : undefined
    case 'Wolfi':
      return release === '' ? REAL_OS_RELEASE.wolfi : undefined
    default:
      return undefined
  }
}

const perEcosystem = Number(values['per-ecosystem'])
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-distro-osv-'))
const out = { date: new Date().toISOString(), ecosystems: {}, problems: [] }
const problem = (kind, record, detail) => out.problems.push({ kind, record, ...detail })

// ---------------------------------------------------------------------------------------------------------
// Records: OSV files, and the Debian tracker / Alpine secdb turned into records as osv.dev's converters do.
function* jsonFiles(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* jsonFiles(full)
    else if (entry.name.endsWith('.json')) yield full
  }
}

const records = []
for (const dir of positionals) {
  for (const file of jsonFiles(dir)) {
    let record
    try {
      record = JSON.parse(fs.readFileSync(file, 'utf8'))
    } catch (error) {
      problem('not JSON', file, { message: String(error) })
      continue
    }
    if (record && typeof record === 'object' && typeof record.id === 'string') records.push({ record, file })
  }
}

if (values['debian-tracker']) {
  // The release names of the tracker, with their numbers (Debian's distro-info-data debian.csv).
  const releases = { wheezy: '7', jessie: '8', stretch: '9', buster: '10', bullseye: '11', bookworm: '12', trixie: '13' }
  const tracker = JSON.parse(fs.readFileSync(values['debian-tracker'], 'utf8'))
  const byCve = new Map()
  for (const [pkg, cves] of Object.entries(tracker)) {
    for (const [cve, data] of Object.entries(cves)) {
      if (!cve.startsWith('CVE-')) continue
      for (const [release, info] of Object.entries(data.releases ?? {})) {
        const number = releases[release]
        if (!number) continue
        if (info.status === 'resolved' && info.fixed_version === '0') continue
        const record = byCve.get(cve) ?? { id: `DEBIAN-${cve}`, upstream: [cve], modified: '2020-03-23T00:00:00Z', affected: [] }
        record.affected.push({
          package: { ecosystem: `Debian:${number}`, name: pkg },
          ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, ...(info.status === 'resolved' ? [{ fixed: info.fixed_version }] : [])] }],
          ecosystem_specific: { urgency: info.urgency }
        })
        byCve.set(cve, record)
      }
    }
  }
  for (const record of byCve.values()) records.push({ record, file: `${values['debian-tracker']} (converted)` })
}

if (values['alpine-secdb']) {
  const { load } = await import('js-yaml')
  const byCve = new Map()
  for (const release of fs.readdirSync(values['alpine-secdb'])) {
    const file = path.join(values['alpine-secdb'], release, 'main.yaml')
    if (!fs.existsSync(file)) continue
    const db = load(fs.readFileSync(file, 'utf8'))
    for (const { pkg } of db.packages ?? []) {
      for (const [version, cves] of Object.entries(pkg.secfixes ?? {})) {
        // osv.dev's converter keeps only versions its validVersion accepts (vulnfeeds/cmd/converters/alpine/verify.go).
        if (version === '0' || !/^(\d+\.)*(\d+)[a-zA-Z]?(_?(?:alpha|beta|rc|pre|cvs|svn|git|hg|p)\d*)?([-.]r\d+)?$/.test(version)) continue
        for (const raw of cves ?? []) {
          const cve = String(raw).split(/\s+/)[0]
          if (!/^CVE-\d+-\d+$/.test(cve)) continue
          const record = byCve.get(cve) ?? { id: `ALPINE-${cve}`, modified: '2020-06-08T00:00:00Z', affected: [] }
          record.affected.push({
            package: { ecosystem: `Alpine:${db.distroversion}`, name: pkg.name },
            ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: version }] }]
          })
          byCve.set(cve, record)
        }
      }
    }
  }
  for (const record of byCve.values()) records.push({ record, file: `${values['alpine-secdb']} (converted)` })
}

if (values['wolfi-advisories']) {
  // Wolfi's advisory documents (wolfi-dev/advisories, schema 2): the package (an origin package), each
  // advisory's last event; `fixed` → introduced 0 / fixed, `fix-not-planned` → no fixed event. Other states
  // (false positive, pending analysis) publish no affected range.
  const { load } = await import('js-yaml')
  for (const name of fs.readdirSync(values['wolfi-advisories']).filter((file) => file.endsWith('.advisories.yaml'))) {
    const doc = load(fs.readFileSync(path.join(values['wolfi-advisories'], name), 'utf8'))
    for (const advisory of doc?.advisories ?? []) {
      const last = advisory.events?.at(-1)
      if (!last || (last.type !== 'fixed' && last.type !== 'fix-not-planned')) continue
      const events = [{ introduced: '0' }, ...(last.type === 'fixed' ? [{ fixed: String(last.data?.['fixed-version']) }] : [])]
      records.push({
        record: {
          id: advisory.id,
          aliases: advisory.aliases ?? [],
          modified: '2026-01-07T00:00:00Z',
          affected: [{ package: { ecosystem: 'Wolfi', name: doc.package.name }, ranges: [{ type: 'ECOSYSTEM', events }] }]
        },
        file: `${name} (converted)`
      })
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Sample per distribution family, deterministically (every k-th record).
const byBase = new Map()
for (const item of records) {
  const bases = new Set(
    (Array.isArray(item.record.affected) ? item.record.affected : []).map((entry) => entry?.package?.ecosystem?.split(':')[0]).filter(Boolean)
  )
  const key = [...bases][0] ?? '(none)'
  byBase.set(key, [...(byBase.get(key) ?? []), item])
}
const sample = []
for (const [base, items] of byBase) {
  items.sort((a, b) => (a.record.id < b.record.id ? -1 : 1))
  const step = Math.max(1, Math.floor(items.length / perEcosystem))
  const taken = items.filter((_, index) => index % step === 0).slice(0, perEcosystem)
  out.ecosystems[base] = { records: items.length, sampled: taken.length }
  sample.push(...taken)
}

// ---------------------------------------------------------------------------------------------------------
// 1. Shape and advisory model; 2. ecosystem strings; 3. version strings.
const stat = (base) => (out.ecosystems[base] ??= { records: 0, sampled: 0 })
const bump = (base, key, by = 1) => (stat(base)[key] = (stat(base)[key] ?? 0) + by)
const ecosystemsSeen = new Map()
const readable = []
for (const { record, file } of sample) {
  const shape = osvRecordProblem(record)
  const base = record.affected?.[0]?.package?.ecosystem?.split(':')[0] ?? '(none)'
  if (shape) {
    bump(base, 'shapeProblems')
    problem('shape', record.id, { file, message: shape })
  }
  try {
    advisoryFromOsv(record)
  } catch (error) {
    bump(base, 'advisoryThrows')
    problem('advisoryFromOsv threw', record.id, { file, message: String(error) })
  }
  if (record.withdrawn) bump(base, 'withdrawn')
  if (!shape) readable.push({ record, file })
  for (const entry of Array.isArray(record.affected) ? record.affected : []) {
    const ecosystem = entry?.package?.ecosystem
    if (typeof ecosystem !== 'string') continue
    ecosystemsSeen.set(ecosystem, (ecosystemsSeen.get(ecosystem) ?? 0) + 1)
    const scheme = versionSchemeFor(ecosystem)
    if (!scheme) continue
    const strings = [
      ...(Array.isArray(entry.ranges) ? entry.ranges : [entry.ranges])
        .filter((range) => range && range.type !== 'GIT')
        .flatMap((range) => (range.events ?? []).flatMap((event) => Object.values(event)))
        .filter((value) => value !== '0' && value !== '*'),
      ...(entry.versions ?? [])
    ]
    for (const version of strings) {
      bump(base, 'versionStrings')
      try {
        scheme.compare(version, version)
      } catch (error) {
        bump(base, 'versionUnparseable')
        problem('version', record.id, { ecosystem, version, message: String(error.message ?? error) })
      }
    }
  }
}
out.ecosystemStrings = {}
for (const [ecosystem, entries] of [...ecosystemsSeen].sort()) {
  const text = osReleaseFor(ecosystem)
  let produced = null
  if (text) produced = distroEcosystem(parseOsRelease(text, 'etc/os-release'))
  const wanted = ecosystem.replace(/^Ubuntu:Pro:/, 'Ubuntu:')
  const verdict = text === undefined ? 'no image os-release in the table' : produced === wanted ? 'same' : `differs: chaingate says ${produced}`
  out.ecosystemStrings[ecosystem] = { entries, verdict }
  if (verdict.startsWith('differs')) problem('ecosystem', ecosystem, { produced })
}

// ---------------------------------------------------------------------------------------------------------
// 4. Matching through an image catalog, expectations from the records.
writeSnapshot(
  work,
  readable.map(({ record }) => record)
)
/** A version just below `version` in the ecosystem's order, or undefined. */
function below(scheme, version) {
  if (scheme.name === 'Debian' || scheme.name === 'RPM') return `${version}~`
  const apk = /^(.*)-r(\d+)$/.exec(version)
  if (apk && Number(apk[2]) > 0) return `${apk[1]}-r${Number(apk[2]) - 1}`
  return undefined
}
const byEcosystem = new Map()
for (const { record, file } of readable) {
  if (record.withdrawn) continue
  const entries = record.affected ?? []
  for (const entry of entries) {
    const { ecosystem, name } = entry.package ?? {}
    if (!ecosystem || !name) continue
    const scheme = versionSchemeFor(ecosystem)
    const osText = osReleaseFor(ecosystem)
    if (!scheme || !osText) continue
    const sameName = entries.filter((other) => other.package?.ecosystem === ecosystem && other.package?.name === name)
    const ranges = sameName.flatMap((other) => other.ranges ?? []).filter((range) => range.type !== 'GIT')
    const single = sameName.length === 1 && ranges.length === 1
    const fixed = ranges.flatMap((range) => range.events).find((event) => event.fixed !== undefined)?.fixed
    const introduced = ranges.flatMap((range) => range.events).find((event) => event.introduced !== undefined)?.introduced
    const cases = []
    for (const version of (entry.versions ?? []).slice(0, 3)) cases.push({ version, expect: true, why: 'listed in versions' })
    if (fixed && single) cases.push({ version: fixed, expect: false, why: 'the fixed version' })
    if (fixed && single && (introduced === '0' || introduced === undefined)) {
      const under = below(scheme, fixed)
      if (under) cases.push({ version: under, expect: true, why: 'just below the fix' })
    }
    if (!fixed && single && introduced === '0' && !ranges.some((range) => range.events.some((event) => event.last_affected || event.limit)))
      cases.push({
        version: (entry.versions ?? [])[0] ?? (scheme.name === 'Alpine' ? '1.0-r0' : '1.0-1'),
        expect: true,
        why: 'no fix published',
        unfixed: true
      })
    // The binary package an image installs from this source (Ubuntu lists them; elsewhere `<name>-libs`,
    // except where the records name binaries, AlmaLinux/Rocky, where the entry's name is the binary).
    const binaries = entry.ecosystem_specific?.binaries
    const ubuntuBinary = Array.isArray(binaries) ? binaries.find((binary) => binary.binary_name && binary.binary_name !== name)?.binary_name : undefined
    const binaryNamed = /^(AlmaLinux|Rocky Linux)/.test(ecosystem)
    for (const item of cases) {
      const pkgName = binaryNamed ? name : (ubuntuBinary ?? `${name}-bin`)
      const source = binaryNamed ? `${name.replace(/-(libs|devel|common|tools)$/, '')}` : name
      const list = byEcosystem.get(ecosystem) ?? []
      list.push({
        record: record.id,
        file,
        name,
        ...item,
        pkg: {
          ecosystem,
          name: pkgName,
          version: item.version,
          scope: 'runtime',
          direct: null,
          source: 'registry',
          location: { path: 'var/lib/dpkg/status', line: 1 },
          sourcePackage: { name: source }
        }
      })
      byEcosystem.set(ecosystem, list)
    }
  }
}

for (const [ecosystem, cases] of byEcosystem) {
  const base = ecosystem.split(':')[0]
  const distro = parseOsRelease(osReleaseFor(ecosystem), 'etc/os-release')
  const catalogEcosystem = distroEcosystem(distro)
  // The image's packages are in the ecosystem chaingate gives the image (Pro packages: their own).
  const packages = cases.map((item) => ({ ...item.pkg, ecosystem: ecosystem.startsWith('Ubuntu:Pro:') ? ecosystem : catalogEcosystem }))
  const inventory = { packages, edges: [], files: [], problems: [] }
  let report
  try {
    report = await matchCatalog({ distro, ecosystem: catalogEcosystem, inventory }, createSource({ kind: 'osv-offline', directory: work }, { github: null }))
  } catch (error) {
    bump(base, 'matchThrows')
    problem('matching threw', ecosystem, { message: String(error?.stack ?? error) })
    continue
  }
  const unchecked = new Map(report.unchecked.map((entry) => [entry.package, entry.reason]))
  const matchesOf = new Map()
  for (const match of report.matches) matchesOf.set(match.package, [...(matchesOf.get(match.package) ?? []), match])
  for (const [index, item] of cases.entries()) {
    const pkg = packages[index]
    bump(base, 'cases')
    if (unchecked.has(pkg)) {
      bump(base, 'unknown')
      problem('unknown', item.record, { ecosystem, package: pkg.name, source: pkg.sourcePackage.name, version: item.version, reason: unchecked.get(pkg) })
      continue
    }
    const matches = (matchesOf.get(pkg) ?? []).filter((match) => match.advisory.id === item.record || match.advisory.aliases.includes(item.record))
    const got = matches.length > 0
    if (got !== item.expect) {
      bump(base, 'disagree')
      problem('disagree', item.record, {
        ecosystem,
        package: pkg.name,
        source: pkg.sourcePackage.name,
        version: item.version,
        expected: item.expect,
        why: item.why
      })
    } else bump(base, 'agree')
    if (item.unfixed && got) {
      const state = imageFixState(matches[0])
      const key = `fixState ${state.replace(/\(.*$/, '').trim()}`
      bump(base, key)
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// 5. Records chaingate cannot read, in the snapshot beside readable ones: the packages they name are unknown
// (with the record's problem), the run goes on.
const unreadable = sample.filter(({ record }) => osvRecordProblem(record))
if (unreadable.length > 0) {
  const mixed = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-distro-osv-mixed-'))
  writeSnapshot(
    mixed,
    sample.map(({ record }) => record).filter((record) => Array.isArray(record.affected) && record.affected.every((entry) => entry?.package?.ecosystem))
  )
  const byEco = new Map()
  for (const { record } of unreadable) {
    for (const entry of record.affected ?? []) {
      const ecosystem = entry?.package?.ecosystem
      const text = ecosystem && osReleaseFor(ecosystem)
      if (!text || !entry.package.name) continue
      byEco.set(ecosystem, [...(byEco.get(ecosystem) ?? []), { record: record.id, name: entry.package.name }])
    }
  }
  for (const [ecosystem, items] of byEco) {
    const base = ecosystem.split(':')[0]
    const distro = parseOsRelease(osReleaseFor(ecosystem), 'etc/os-release')
    const catalogEcosystem = distroEcosystem(distro)
    const packages = items.map((item) => ({
      ecosystem: catalogEcosystem,
      name: `${item.name}-bin`,
      version: '0.0.1-1',
      scope: 'runtime',
      direct: null,
      source: 'registry',
      location: { path: 'var/lib/rpm/rpmdb.sqlite', line: 1 },
      sourcePackage: { name: item.name }
    }))
    try {
      const report = await matchCatalog(
        { distro, ecosystem: catalogEcosystem, inventory: { packages, edges: [], files: [], problems: [] } },
        createSource({ kind: 'osv-offline', directory: mixed }, { github: null })
      )
      const unknown = new Set(report.unchecked.map((entry) => entry.package))
      for (const [index, pkg] of packages.entries()) {
        bump(base, 'unreadableRecordCases')
        if (unknown.has(pkg)) bump(base, 'unreadableRecordUnknown')
        else problem('unreadable record not reported', items[index].record, { ecosystem, package: pkg.name })
      }
    } catch (error) {
      bump(base, 'matchThrows')
      problem('matching threw on an unreadable record', ecosystem, { message: String(error?.stack ?? error) })
    }
  }
  fs.rmSync(mixed, { recursive: true, force: true })
}

fs.mkdirSync('bench/out', { recursive: true })
fs.writeFileSync('bench/out/distro-osv-check.json', `${JSON.stringify(out, null, 2)}\n`)
fs.rmSync(work, { recursive: true, force: true })
console.log('records per family (sampled), and results:')
for (const [base, stats] of Object.entries(out.ecosystems)) console.log(`  ${base}: ${JSON.stringify(stats)}`)
console.log('ecosystem strings (entries; os-release of real images → chaingate):')
for (const [ecosystem, { entries, verdict }] of Object.entries(out.ecosystemStrings)) console.log(`  ${ecosystem} (${entries}): ${verdict}`)
const kinds = {}
for (const item of out.problems) kinds[item.kind] = (kinds[item.kind] ?? 0) + 1
console.log(`problems: ${JSON.stringify(kinds)} (bench/out/distro-osv-check.json)`)
