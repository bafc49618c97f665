/**
 * SBOMs made by the real generators, read by chaingate: Syft v1.57.2 (CycloneDX 1.7 and SPDX 2.3 JSON, of a
 * directory and of an OCI image layout), cyclonedx-npm 6.0.1, cyclonedx-py 7.5.0 and cdxgen 12.8.4, all run
 * here at test time on the inventory fixtures (offline) and installed by scripts/install-peers.sh. (Trivy's,
 * slow to build, are generated once and committed: __tests__/inventory/sbom-trivy.test.ts.) Each
 * reading is compared with an independent walk of the document (test/interop/sbom.ts): every package is
 * there, the ones without a purl or a version are reported with their count, the dependency pairs are the
 * document's; where the project is one chaingate reads itself, scopes and directness agree with its own
 * reading of the lockfile.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { collectInventory } from '../src/inventory/collect.js'
import { type Package } from '../src/inventory/model.js'
import { type SbomRead } from '../src/inventory/sbom/index.js'
import { Workspace } from '../src/workspace/workspace.js'
import { peer, run, PEERS_DIR } from '../test/interop/peers.js'
import { copyPolyglotProject } from '../test/interop/sbom.js'
import { expectSameAsDocument } from '../test/interop/sbom-expect.js'
import { writeOciLayout } from '../test/support/images/build.js'
import { dpkgQuery } from '../test/support/images/fixtures.js'
import { runCli, tempDir } from '../test/support/sigstore/cli.js'

let dir: string
let project: string
let layout: string
const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
// Syft and cdxgen look for updates and send telemetry unless told not to; nothing here may reach the network.
const quiet = { SYFT_CHECK_FOR_APP_UPDATE: 'false', CDXGEN_TELEMETRY: '0', DO_NOT_TRACK: '1', FETCH_LICENSE: 'false', NO_UPDATE_NOTIFIER: '1' }

beforeAll(async () => {
  dir = tempDir('chaingate-sbom-read-interop-')
  project = copyPolyglotProject(process.cwd(), path.join(dir, 'project'))
  layout = path.join(dir, 'image')
  await writeOciLayout(
    layout,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'usr/lib/os-release', content: fs.readFileSync('/usr/lib/os-release', 'utf8') },
              { path: 'etc/os-release', type: 'symlink', target: '../usr/lib/os-release' },
              { path: 'var/lib/dpkg/status', content: status },
              // What Trivy recognises Debian by.
              { path: 'etc/debian_version', content: fs.readFileSync('/etc/debian_version', 'utf8') }
            ],
            compression: 'gzip'
          },
          {
            entries: [
              { path: 'srv/node_modules/left-pad/package.json', content: JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' }) },
              {
                path: 'srv/node_modules/@scope/thing/package.json',
                content: JSON.stringify({ name: '@scope/thing', version: '2.0.0', license: '(MIT OR Apache-2.0)' })
              }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )
}, 60_000)

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

/** Runs a generator that writes FILE; its failure fails the test with its output. */
async function generate(tool: string, args: string[], file: string, cwd = dir): Promise<string> {
  const result = await run(peer(tool), args, { cwd, env: { ...quiet, HOME: dir } })
  if (result.code !== 0 || !fs.existsSync(file)) throw new Error(`${tool} ${args.join(' ')} exited ${result.code}: ${result.stderr.slice(-2000)}`)
  return fs.readFileSync(file, 'utf8')
}

describe('Syft v1.57.2', () => {
  it('a directory, CycloneDX and SPDX: every package, the ones without purl or version reported, the same graph both ways', async () => {
    const cdxFile = path.join(dir, 'syft-dir.cdx.json')
    const spdxFile = path.join(dir, 'syft-dir.spdx.json')
    await generate('syft', ['scan', `dir:${project}`, '-q', '-o', `cyclonedx-json=${cdxFile}`, '-o', `spdx-json=${spdxFile}`], cdxFile)
    const cdx = expectSameAsDocument(fs.readFileSync(cdxFile, 'utf8'), 'syft-dir.cdx.json')
    const spdx = expectSameAsDocument(fs.readFileSync(spdxFile, 'utf8'), 'syft-dir.spdx.json')
    expect(cdx.specVersion).toBe('1.7')
    expect(spdx.specVersion).toBe('SPDX-2.3')
    const summary = (read: SbomRead): string[] => read.packages.map((pkg) => `${pkg.ecosystem} ${pkg.name}@${pkg.version} ${pkg.license ?? '-'}`).sort()
    expect(summary(spdx)).toEqual(summary(cdx))
    expect(spdx.edges).toHaveLength(cdx.edges.length)
    expect(new Set(cdx.packages.map((pkg) => pkg.ecosystem))).toEqual(new Set(['npm', 'PyPI', 'crates.io', 'Go', 'RubyGems', 'Packagist', 'unknown']))
    // The Cargo workspace's own crates have no purl in Syft's output: kept, of ecosystem unknown, reported.
    expect(cdx.packages.filter((pkg) => pkg.ecosystem === 'unknown').map((pkg) => `${pkg.name}@${pkg.version}`)).toEqual(['app@0.1.0', 'util@0.1.0'])
    // Syft's "UNKNOWN" version (an npm workspace link) is no version.
    expect(cdx.packages.find((pkg) => pkg.purl === 'pkg:npm/%40demo/a')?.version).toBeNull()
    // Through the command line: `check --sbom --sbom-only`, offline, as a user would run it.
    const report = path.join(dir, 'syft-check.json')
    const empty = path.join(dir, 'empty')
    fs.mkdirSync(empty, { recursive: true })
    const checked = await runCli(['check', empty, '--sbom', cdxFile, '--sbom-only', '--offline', '--format', 'json', '--output', report], dir, {
      ...process.env,
      ...quiet
    })
    expect(checked.stderr).toBe('')
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      inventory: { packages: number; problems: number }
      findings: { rule?: string; ruleId?: string; status: string; message: string }[]
    }
    expect(json.inventory).toMatchObject({ packages: 70, problems: 2 })
    expect(json.findings.filter((finding) => (finding.rule ?? finding.ruleId) === 'dependency-inventory').map((finding) => finding.status)).toEqual([
      'unknown',
      'unknown'
    ])
    expect(cdx.problems.map((problem) => problem.message.replace(/\(line \d+\)/g, '(line N)'))).toEqual([
      '2 packages without a purl, so of unknown ecosystem: app@0.1.0 (line N), util@0.1.0 (line N)',
      // The npm workspace links, and the Go module replaced by a local directory.
      '3 packages without a version, so not matched against advisories: @demo/a (line N), @demo/b (line N), example.com/chaingate/localdep (line N)'
    ])
  }, 120_000)

  it('an OCI image layout, CycloneDX and SPDX: every dpkg package as a Debian package, and the npm ones', async () => {
    const cdxFile = path.join(dir, 'syft-image.cdx.json')
    const spdxFile = path.join(dir, 'syft-image.spdx.json')
    await generate('syft', ['scan', `oci-dir:${layout}`, '-q', '-o', `cyclonedx-json=${cdxFile}`, '-o', `spdx-json=${spdxFile}`], cdxFile)
    const installed = dpkgQuery(status, dir)
    for (const [file, name] of [
      [cdxFile, 'syft-image.cdx.json'],
      [spdxFile, 'syft-image.spdx.json']
    ] as const) {
      const read = expectSameAsDocument(fs.readFileSync(file, 'utf8'), name)
      const debs = read.packages.filter((pkg) => pkg.ecosystem.startsWith('Debian'))
      expect(debs.map((pkg) => `${pkg.name} ${pkg.version}`).sort()).toEqual(installed)
      expect(
        read.packages.filter((pkg) => pkg.ecosystem === 'npm').map((pkg) => `${pkg.name}@${pkg.version} ${pkg.license?.replace(/^\((.*)\)$/, '$1')}`)
      ).toEqual(expect.arrayContaining(['left-pad@1.3.0 WTFPL', '@scope/thing@2.0.0 MIT OR Apache-2.0']))
      expect(read.problems).toEqual([])
    }
    // (Syft writes the package.json's `(MIT OR Apache-2.0)` as it is in SPDX, without the parentheses in CycloneDX.)
  }, 120_000)
})

describe('cyclonedx-npm 6.0.1', () => {
  it('nested components, the graph, and the same scope and directness as chaingate reads from the lockfile', async () => {
    const file = path.join(dir, 'npm.cdx.json')
    await generate(
      'cyclonedx-npm',
      ['--package-lock-only', '--output-reproducible', '--spec-version', '1.6', '--output-file', file],
      file,
      path.join(project, 'web')
    )
    const text = fs.readFileSync(file, 'utf8')
    const read = expectSameAsDocument(text, 'npm.cdx.json')
    expect(read.problems).toEqual([])
    // ms@2.1.3 is nested under debug (node_modules/debug/node_modules/ms).
    expect(JSON.parse(text).components.some((component: { components?: unknown[] }) => component.components?.length)).toBe(true)
    const lockfile = await collectInventory(new Workspace(path.join(project, 'web')))
    // What a workspace member (@demo/a, @demo/b) depends on is direct to chaingate, which knows the members from
    // the lockfile's links; in the SBOM the members are components like any other, so their dependencies
    // (kleur, picocolors) are transitive there. Directness is compared for the others.
    const ofMembers = new Set(['kleur', 'picocolors'])
    const facts = (packages: Package[]): string[] =>
      packages
        .filter((pkg) => pkg.source !== 'workspace')
        .map((pkg) => `${pkg.name}@${pkg.version} ${pkg.scope} ${ofMembers.has(pkg.name) ? '-' : pkg.direct} ${pkg.license ?? '-'}`)
    const fromSbom = facts(read.packages.filter((pkg) => !pkg.name.startsWith('@demo/'))).sort()
    expect(fromSbom).toEqual([...new Set(facts(lockfile.packages))].sort())
  }, 120_000)
})

describe('cyclonedx-py 7.5.0', () => {
  it('a requirements file: the packages, the one given by URL reported without a version', async () => {
    const file = path.join(dir, 'requirements.cdx.json')
    await generate(
      'cyclonedx-py',
      ['requirements', path.join(project, 'req', 'requirements.txt'), '--of', 'JSON', '--sv', '1.6', '--output-reproducible', '-o', file],
      file
    )
    const read = expectSameAsDocument(fs.readFileSync(file, 'utf8'), 'requirements.cdx.json')
    expect(read.packages.find((pkg) => pkg.name === 'six')).toMatchObject({ version: null, source: 'registry' })
    expect(read.problems).toEqual([expect.objectContaining({ message: expect.stringMatching(/^1 package without a version, .*: six \(line \d+\)$/) })])
  }, 120_000)

  it('an installed environment: licenses as SPDX ids when the metadata has one beside its classifiers', async () => {
    const file = path.join(dir, 'environment.cdx.json')
    const python = path.join(PEERS_DIR, 'spdx-tools', '0.8.5', 'venv', 'bin', 'python')
    await generate('cyclonedx-py', ['environment', python, '--of', 'JSON', '--sv', '1.6', '--output-reproducible', '-o', file], file)
    const text = fs.readFileSync(file, 'utf8')
    const read = expectSameAsDocument(text, 'environment.cdx.json')
    expect(read.packages.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['spdx-tools', 'rdflib', 'click']))
    for (const component of JSON.parse(text).components as { name: string; licenses?: { license?: { id?: string; name?: string } }[] }[]) {
      const ids = (component.licenses ?? []).flatMap((choice) => (choice.license?.id ? [choice.license.id] : []))
      const pkg = read.packages.find((item) => item.name === component.name)!
      if (ids.length > 0) expect(pkg.license).toBe(ids.join(' AND '))
      else if (component.licenses?.length) expect(pkg.license).toBe(component.licenses[0]!.license!.name)
    }
  }, 120_000)
})

describe('cdxgen 12.8.4', () => {
  it('a polyglot directory, recursively, without installing anything: every package and edge', async () => {
    const file = path.join(dir, 'cdxgen.cdx.json')
    await generate('cdxgen', ['-r', '--no-install-deps', '--spec-version', '1.6', '-o', file, project], file)
    const text = fs.readFileSync(file, 'utf8')
    const read = expectSameAsDocument(text, 'cdxgen.cdx.json')
    expect(new Set(read.packages.map((pkg) => pkg.ecosystem))).toEqual(new Set(['npm', 'PyPI', 'crates.io', 'Go', 'RubyGems', 'Packagist']))
    // cdxgen lists the sub-projects (the uv workspace member) under metadata.component: not packages, and what
    // they depend on is direct, as what the root depends on.
    const bom = JSON.parse(text) as {
      metadata: { component: { 'bom-ref': string; components?: { 'bom-ref': string }[] } }
      components: { 'bom-ref': string; purl: string }[]
      dependencies: { ref: string; dependsOn?: string[] }[]
    }
    const purlOf = new Map(bom.components.map((component) => [component['bom-ref'], component.purl]))
    const roots = new Set([bom.metadata.component['bom-ref'], ...(bom.metadata.component.components ?? []).map((part) => part['bom-ref'])])
    expect(roots.size).toBeGreaterThan(1)
    const direct = new Set(
      bom.dependencies.filter((dependency) => roots.has(dependency.ref)).flatMap((dependency) => (dependency.dependsOn ?? []).map((ref) => purlOf.get(ref)))
    )
    expect(read.packages.filter((pkg) => pkg.direct === true).map((pkg) => pkg.purl)).toEqual(
      read.packages.map((pkg) => pkg.purl).filter((purl) => direct.has(purl!))
    )
  }, 180_000)
})
