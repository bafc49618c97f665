/**
 * chaingate's SBOMs checked by other tools (installed by scripts/install-peers.sh, run offline): CycloneDX 1.6
 * by cyclonedx-python-lib's strict JSON validator (cyclonedx-py 7.5.0's environment), SPDX 2.3 by spdx-tools
 * 0.8.5 (`pyspdxtools -i`, which also checks what the schema leaves to the specification's text), both read
 * back by Syft v1.57.2 (`syft convert`) and osv-scanner v2.6.0 (`--all-packages`, offline, with empty local
 * databases) seeing the same packages; and the same input written twice gives the same bytes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { PackageURL } from 'packageurl-js'
import { readSbom } from '../src/inventory/sbom/index.js'
import { peer, run } from '../test/interop/peers.js'
import { copyPolyglotProject, documentPackages } from '../test/interop/sbom.js'
import { writeOciLayout } from '../test/support/images/build.js'
import { runCli, tempDir } from '../test/support/sigstore/cli.js'

let dir: string
let project: string
let layout: string
let alpine: string
const env = { SOURCE_DATE_EPOCH: '1767323045', GITHUB_REPOSITORY: 'octo-org/shop', GITHUB_SHA: 'c0ffee'.repeat(6) + 'c0ff' }

beforeAll(async () => {
  dir = tempDir('chaingate-sbom-write-interop-')
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
              { path: 'var/lib/dpkg/status', content: fs.readFileSync('/var/lib/dpkg/status', 'utf8') },
              { path: 'srv/node_modules/left-pad/package.json', content: JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' }) }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )
  alpine = path.join(dir, 'alpine')
  const apkDatabase = [
    ['musl', '1.2.5-r0', 'x86_64', 'MIT', 'musl'],
    ['busybox', '1.36.1-r29', 'x86_64', 'GPL-2.0-only', 'busybox'],
    ['ca-certificates-bundle', '20240705-r0', 'x86_64', 'MPL-2.0 AND MIT', 'ca-certificates']
  ]
    .map(([name, version, arch, license, origin]) => `P:${name}\nV:${version}\nA:${arch}\nL:${license}\no:${origin}\n`)
    .join('\n')
  await writeOciLayout(
    alpine,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n' },
              { path: 'lib/apk/db/installed', content: apkDatabase }
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

const SOURCES = [
  { name: 'a directory', args: () => [project] },
  { name: 'an OCI image', args: () => ['--image', `oci:${layout}:v1`] },
  { name: 'an Alpine image', args: () => ['--image', `oci:${alpine}:v1`] }
]

/** `chaingate sbom` into a file named as osv-scanner wants (`*.cdx.json`, `*.spdx.json`). */
async function sbom(args: string[], format: 'cyclonedx' | 'spdx', name: string): Promise<string> {
  const file = path.join(dir, `${name}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`)
  const result = await runCli(['sbom', ...args, '--format', format, '--output', file], dir, { ...process.env, ...env })
  if (result.code !== 0) throw new Error(`chaingate sbom exited ${result.code}: ${result.stderr}`)
  return file
}

describe.each(SOURCES)('chaingate sbom of $name', ({ name, args }) => {
  const slug = name.replace(/\W+/g, '-')

  it('is the same bytes written twice, in each format', async () => {
    for (const format of ['cyclonedx', 'spdx'] as const) {
      const first = fs.readFileSync(await sbom(args(), format, `${slug}-once`))
      const second = fs.readFileSync(await sbom(args(), format, `${slug}-twice`))
      expect(second.equals(first)).toBe(true)
    }
  }, 120_000)

  it('CycloneDX 1.6: valid for cyclonedx-python-lib, read back by Syft and osv-scanner as the same packages', async () => {
    const file = await sbom(args(), 'cyclonedx', slug)
    const validated = await run(peer('cyclonedx-py-python'), [
      '-c',
      [
        'import sys',
        'from cyclonedx.schema import SchemaVersion',
        'from cyclonedx.validation.json import JsonStrictValidator',
        'error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(open(sys.argv[1]).read())',
        'print("valid" if error is None else f"invalid: {error}")'
      ].join('\n'),
      file
    ])
    expect(validated.stderr).toBe('')
    expect(validated.stdout.trim()).toBe('valid')
    await expectSeenBySyftAndOsvScanner(file)
  }, 120_000)

  it('SPDX 2.3: valid for spdx-tools, read back by Syft and osv-scanner as the same packages', async () => {
    const file = await sbom(args(), 'spdx', slug)
    const validated = await run(peer('pyspdxtools'), ['-i', file])
    expect(validated.stderr).toBe('')
    expect(validated.code).toBe(0)
    await expectSeenBySyftAndOsvScanner(file)
  }, 120_000)
})

const canonical = (purl: string): string => PackageURL.fromString(purl).toString()

/** The purl of what the document describes (CycloneDX metadata.component, SPDX's described package). */
function subjectPurl(text: string): string | undefined {
  const document = JSON.parse(text) as {
    metadata?: { component?: { purl?: string } }
    packages?: { SPDXID: string; externalRefs?: { referenceLocator: string }[] }[]
  }
  return document.metadata?.component?.purl ?? document.packages?.find((item) => item.SPDXID === 'SPDXRef-Project')?.externalRefs?.[0]?.referenceLocator
}

/** Syft's and osv-scanner's packages of the SBOM, against its own purls. */
async function expectSeenBySyftAndOsvScanner(file: string): Promise<void> {
  const text = fs.readFileSync(file, 'utf8')
  const own = documentPackages(text)
  expect(own.withoutPurl).toEqual([])
  expect(own.keys.size).toBeGreaterThan(2)
  const read = readSbom({ path: file, text })
  expect(read.problems).toEqual([])
  expect(new Set(read.packages.map((pkg) => pkg.purl))).toEqual(own.keys)

  // Syft: its JSON lists one artifact per package, with the purl as it read it.
  const converted = path.join(dir, `${path.basename(file)}.syft.json`)
  const syft = await run(peer('syft'), ['convert', file, '-q', '-o', `syft-json=${converted}`], { env: { SYFT_CHECK_FOR_APP_UPDATE: 'false' } })
  expect(syft.stderr).toBe('')
  const artifacts = (JSON.parse(fs.readFileSync(converted, 'utf8')) as { artifacts: { purl: string }[] }).artifacts
  // Syft also lists the described project, which has a purl (the repository at its commit, the image): not a
  // package here. Purls are compared as packageurl-js writes them (Syft encodes a version's `+` as %2B).
  const subject = subjectPurl(text)
  expect(new Set(artifacts.map((artifact) => canonical(artifact.purl)).filter((purl) => purl !== (subject && canonical(subject))))).toEqual(
    new Set([...own.keys].map(canonical))
  )

  // osv-scanner: with --all-packages it lists every package it read; offline, against empty local databases.
  const databases = path.join(dir, 'osv-databases')
  fs.mkdirSync(databases, { recursive: true })
  const osv = await run(peer('osv-scanner'), ['scan', 'source', '--offline', '--all-packages', '--format', 'json', '-L', file], {
    env: { OSV_SCANNER_LOCAL_DB_CACHE_DIRECTORY: databases }
  })
  // In SPDX, every package with a purl is one to osv-scanner, the described project's too.
  const counted = own.keys.size + (subject && text.includes('"spdxVersion"') ? 1 : 0)
  expect(osv.stderr).toMatch(new RegExp(`Scanned .*${path.basename(file).replace(/\./g, '\\.')} file and found ${counted} packages`))
  const results = JSON.parse(osv.stdout) as { results: { packages: { package: { name: string; version: string; ecosystem: string } }[] }[] }
  const described = subject ? PackageURL.fromString(subject) : undefined
  const seen = results.results
    .flatMap((result) => result.packages.map((entry) => entry.package))
    .filter((pkg) => !(described && pkg.version === described.version && pkg.name.endsWith(described.name)))
  // osv-scanner names a package by the last part of its purl name (`thing`, not `@scope/thing`): compare the
  // ecosystem, version and that part.
  const ours = read.packages.map((pkg) => `${pkg.ecosystem.split(':')[0]} ${pkg.name.split(/[/:]/).pop()} ${pkg.version}`).sort()
  expect(seen.map((pkg) => `${pkg.ecosystem.split(':')[0]} ${pkg.name.split(/[/:]/).pop()} ${pkg.version}`).sort()).toEqual(ours)
}
