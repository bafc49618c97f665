/**
 * SBOM writers: CycloneDX 1.6 and SPDX 2.3 JSON from an inventory, validated against the official schemas,
 * with purls everywhere, dev/optional packages marked, edges, licenses, source files, tool and source
 * metadata; byte-for-byte reproducible; and read back into the same package set.
 */
import { describe, expect, it } from '@jest/globals'
import { readSbom, timestampFromEnv, writeSbom, type SbomOptions } from '../../src/inventory/sbom/index.js'
import { contentUuid, parseHashes } from '../../src/inventory/sbom/entries.js'
import { TOOL } from '../../src/version.js'
import { pkg, sampleInventory } from '../../test/support/inventory/sample.js'
import { validateCycloneDx16, validateSpdx23 } from '../../test/support/inventory/sbom-schemas.js'

type Json = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

const COMMIT = '0123456789abcdef0123456789abcdef01234567'
const options: SbomOptions = { subject: { name: 'octo-org/app', repository: 'octo-org/app', commit: COMMIT, ref: 'refs/heads/main' }, tool: TOOL }

const propertiesOf = (component: Json): Record<string, string[]> => {
  const map: Record<string, string[]> = {}
  for (const { name, value } of component.properties ?? []) (map[name] ??= []).push(value)
  return map
}

describe('CycloneDX 1.6', () => {
  const text = writeSbom(sampleInventory(), 'cyclonedx', options)
  const bom = JSON.parse(text) as Json
  const byPurl = new Map<string, Json>(bom.components.map((component: Json) => [component.purl, component]))

  it('is valid against the official CycloneDX 1.6 schema', () => {
    expect(validateCycloneDx16(bom)).toEqual([])
    expect(bom.specVersion).toBe('1.6')
    expect(bom.serialNumber).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })

  it('gives every component a purl, which is its bom-ref, and one component per purl', () => {
    expect(bom.components.length).toBe(12) // 13 packages, debug@2.6.9 in two lockfiles
    for (const component of bom.components) {
      expect(component.purl).toMatch(/^pkg:/)
      expect(component['bom-ref']).toBe(component.purl)
    }
    expect(byPurl.get('pkg:npm/%40babel/core@7.24.0')).toMatchObject({ group: '@babel', name: 'core', version: '7.24.0' })
    expect(byPurl.get('pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1')).toMatchObject({ group: 'org.apache.logging.log4j', name: 'log4j-core' })
    expect(byPurl.get('pkg:golang/github.com/google/uuid@v1.6.0')).toMatchObject({ name: 'github.com/google/uuid', version: 'v1.6.0' })
    expect(byPurl.get('pkg:pypi/django@5.0.4')).toMatchObject({ name: 'Django' })
  })

  it('includes dev and optional packages, marked with scope optional and chaingate:scope', () => {
    const babel = byPurl.get('pkg:npm/%40babel/core@7.24.0')!
    expect(babel.scope).toBe('optional')
    expect(propertiesOf(babel)['chaingate:scope']).toEqual(['dev'])
    const fsevents = byPurl.get('pkg:npm/fsevents@2.3.3')!
    expect(fsevents.scope).toBe('optional')
    expect(propertiesOf(fsevents)['chaingate:scope']).toEqual(['optional'])
    expect(byPurl.get('pkg:npm/express@4.19.2')!.scope).toBe('required')
    // Unknown scope: no CycloneDX scope (its default, required, would be a claim).
    const declared = byPurl.get('pkg:maven/com.example/declared-only')!
    expect(declared.scope).toBeUndefined()
    expect(propertiesOf(declared)).toMatchObject({ 'chaingate:scope': ['unknown'], 'chaingate:declared': ['${lib.version}'] })
  })

  it('merges a package found in two lockfiles: the stronger scope, every source file', () => {
    const debug = byPurl.get('pkg:npm/debug@2.6.9')!
    expect(debug.scope).toBe('required')
    expect(propertiesOf(debug)['chaingate:source-file']).toEqual(['tools/package-lock.json:12', 'web/package-lock.json:60'])
  })

  it('writes the dependency graph from the inventory edges, leaving out components whose lockfile has none', () => {
    const graph = new Map<string, string[]>(bom.dependencies.map((dependency: Json) => [dependency.ref, dependency.dependsOn]))
    const root = `pkg:github/octo-org/app@${COMMIT}`
    expect(graph.get('pkg:npm/express@4.19.2')).toEqual(['pkg:npm/debug@2.6.9'])
    expect(graph.get('pkg:npm/%40babel/core@7.24.0')).toEqual(['pkg:npm/fsevents@2.3.3'])
    expect(graph.get('pkg:npm/web@1.0.0')).toEqual(['pkg:npm/express@4.19.2'])
    expect(graph.get('pkg:npm/fsevents@2.3.3')).toEqual([]) // a known leaf
    expect(graph.has('pkg:golang/github.com/google/uuid@v1.6.0')).toBe(false) // go.mod gave no edges: unknown
    expect(graph.get(root)).toEqual(
      expect.arrayContaining(['pkg:npm/express@4.19.2', 'pkg:golang/github.com/google/uuid@v1.6.0', 'pkg:maven/junit/junit@4.13.2'])
    )
    expect(graph.get(root)).not.toContain('pkg:npm/fsevents@2.3.3')
    const refs = new Set([root, ...bom.components.map((component: Json) => component['bom-ref'])])
    for (const dependency of bom.dependencies) for (const target of [dependency.ref, ...dependency.dependsOn]) expect(refs.has(target)).toBe(true)
  })

  it('writes licenses as SPDX ids, expressions, or names for free text', () => {
    expect(byPurl.get('pkg:npm/express@4.19.2')!.licenses).toEqual([{ license: { id: 'MIT' } }])
    expect(byPurl.get('pkg:npm/debug@2.6.9')!.licenses).toEqual([{ expression: '(MIT OR Apache-2.0)' }])
    expect(byPurl.get('pkg:npm/left-pad@1.3.0')!.licenses).toEqual([{ license: { name: 'Custom: see LICENSE file' } }])
    expect(byPurl.get('pkg:golang/github.com/google/uuid@v1.6.0')!.licenses).toBeUndefined()
  })

  it('writes hashes as hex, git sources as vcs references, and the source of every package', () => {
    expect(byPurl.get('pkg:npm/%40babel/core@7.24.0')!.hashes).toEqual([{ alg: 'SHA-512', content: '01'.repeat(64) }])
    const leftPad = byPurl.get('pkg:npm/left-pad@1.3.0')!
    expect(leftPad.externalReferences).toEqual([
      { type: 'vcs', url: 'git+ssh://git@github.com/left-pad/left-pad.git#5b1a3c7d9e0f11223344556677889900aabbccdd' }
    ])
    expect(propertiesOf(leftPad)['chaingate:source']).toEqual(['git'])
    expect(propertiesOf(byPurl.get('pkg:npm/web@1.0.0')!)['chaingate:source']).toEqual(['workspace'])
  })

  it('names the tool, the repository and commit, the files read and the ones that could not be', () => {
    expect(bom.metadata.tools.components).toEqual([expect.objectContaining({ name: 'chaingate', version: TOOL.version })])
    expect(bom.metadata.component).toMatchObject({
      name: 'octo-org/app',
      version: COMMIT,
      purl: `pkg:github/octo-org/app@${COMMIT}`,
      externalReferences: [{ type: 'vcs', url: 'https://github.com/octo-org/app' }]
    })
    expect(propertiesOf(bom.metadata.component)).toEqual({ 'chaingate:commit': [COMMIT], 'chaingate:ref': ['refs/heads/main'] })
    expect(propertiesOf(bom.metadata)['chaingate:inventory-problem']).toEqual(['broken/Cargo.lock:7: could not parse the file: expected "]"'])
    expect(bom.metadata.timestamp).toBeUndefined()
  })
})

describe('SPDX 2.3', () => {
  const text = writeSbom(sampleInventory(), 'spdx', options)
  const document = JSON.parse(text) as Json
  const packages = document.packages as Json[]
  const purlOf = (item: Json): string | undefined => item.externalRefs?.find((reference: Json) => reference.referenceType === 'purl')?.referenceLocator
  const byPurl = new Map<string, Json>(packages.map((item) => [purlOf(item)!, item]))
  const idOf = (purl: string): string => byPurl.get(purl)!.SPDXID

  it('is valid against the official SPDX 2.3 schema, and against what the schema leaves to the specification text', () => {
    expect(validateSpdx23(document)).toEqual([])
    expect(document).toMatchObject({ spdxVersion: 'SPDX-2.3', dataLicense: 'CC0-1.0', SPDXID: 'SPDXRef-DOCUMENT' })
    expect(document.documentNamespace).toMatch(/^https:\/\/github\.com\/chaingate\/chaingate\/spdx\/octo-org-app-[0-9a-f-]{36}$/)
    expect(document.creationInfo.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    const ids = new Set(packages.map((item) => item.SPDXID))
    expect(ids.size).toBe(packages.length)
    for (const id of ids) expect(id).toMatch(/^SPDXRef-[a-zA-Z0-9.-]+$/)
    for (const relationship of document.relationships) {
      if (relationship.spdxElementId !== 'SPDXRef-DOCUMENT') expect(ids.has(relationship.spdxElementId)).toBe(true)
      expect(ids.has(relationship.relatedSpdxElement)).toBe(true)
    }
    const licenseIds = new Set((document.hasExtractedLicensingInfos ?? []).map((info: Json) => info.licenseId))
    for (const item of packages)
      for (const token of String(item.licenseDeclared).match(/LicenseRef-[A-Za-z0-9.-]+/g) ?? []) expect(licenseIds.has(token)).toBe(true)
  })

  it('gives every package a purl externalRef (PACKAGE-MANAGER / purl)', () => {
    expect(packages.length).toBe(13) // the project + 12 purls
    for (const item of packages) {
      expect(item.externalRefs).toEqual(expect.arrayContaining([expect.objectContaining({ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl' })]))
    }
    expect(byPurl.get('pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1')).toMatchObject({
      name: 'org.apache.logging.log4j:log4j-core',
      versionInfo: '2.17.1'
    })
  })

  it("marks dev and optional packages by relationship type and records chaingate's scope", () => {
    const relationships = document.relationships as Json[]
    const has = (from: string, type: string, to: string): boolean =>
      relationships.some((item) => item.spdxElementId === from && item.relationshipType === type && item.relatedSpdxElement === to)
    expect(has(idOf('pkg:npm/%40babel/core@7.24.0'), 'DEV_DEPENDENCY_OF', 'SPDXRef-Project')).toBe(true)
    expect(has(idOf('pkg:npm/fsevents@2.3.3'), 'OPTIONAL_DEPENDENCY_OF', idOf('pkg:npm/%40babel/core@7.24.0'))).toBe(true)
    expect(has(idOf('pkg:npm/express@4.19.2'), 'DEPENDS_ON', idOf('pkg:npm/debug@2.6.9'))).toBe(true)
    expect(has('SPDXRef-DOCUMENT', 'DESCRIBES', 'SPDXRef-Project')).toBe(true)
    expect(byPurl.get('pkg:npm/%40babel/core@7.24.0')!.annotations[0].comment).toContain('chaingate:scope=dev')
  })

  it('declares licenses: expressions as they are, free text as a LicenseRef with its text, NOASSERTION when unknown', () => {
    expect(byPurl.get('pkg:npm/debug@2.6.9')!.licenseDeclared).toBe('(MIT OR Apache-2.0)')
    expect(byPurl.get('pkg:golang/golang.org/x/sys@v0.20.0')!.licenseDeclared).toBe('NOASSERTION')
    const custom = byPurl.get('pkg:npm/left-pad@1.3.0')!.licenseDeclared as string
    expect(custom).toMatch(/^LicenseRef-chaingate-[0-9a-f]{16}$/)
    expect(document.hasExtractedLicensingInfos).toEqual([{ licenseId: custom, extractedText: 'Custom: see LICENSE file', name: 'Custom: see LICENSE file' }])
  })

  it('names the tool, the repository at its commit and where each package was read', () => {
    expect(document.creationInfo.creators).toEqual([`Tool: chaingate-${TOOL.version}`])
    expect(byPurl.get(`pkg:github/octo-org/app@${COMMIT}`)).toMatchObject({
      SPDXID: 'SPDXRef-Project',
      downloadLocation: `git+https://github.com/octo-org/app@${COMMIT}`
    })
    expect(byPurl.get('pkg:npm/debug@2.6.9')!.sourceInfo).toBe('read by chaingate from tools/package-lock.json:12, web/package-lock.json:60')
    expect(byPurl.get('pkg:npm/left-pad@1.3.0')!.downloadLocation).toBe(
      'git+ssh://git@github.com/left-pad/left-pad.git#5b1a3c7d9e0f11223344556677889900aabbccdd'
    )
    expect(byPurl.get('pkg:pypi/django@5.0.4')!.checksums).toEqual([{ algorithm: 'SHA256', checksumValue: 'cd'.repeat(32) }])
    expect(document.creationInfo.comment).toContain('could not read broken/Cargo.lock:7')
  })
})

describe('SPDX download locations', () => {
  it('writes only locations of the form the specification gives, NOASSERTION for a local git repository or a host without a domain', () => {
    const inventory = {
      packages: [
        pkg({
          ecosystem: 'npm',
          name: 'web',
          version: '1.0.0',
          scope: 'runtime',
          direct: true,
          path: 'package-lock.json',
          line: 2,
          source: 'git',
          resolved: 'git+ssh://git@github.com/octo-org/web.git#0123abc'
        }),
        pkg({
          ecosystem: 'PyPI',
          name: 'local',
          version: '0.3.0',
          scope: 'runtime',
          direct: true,
          path: 'uv.lock',
          line: 3,
          source: 'git',
          resolved: 'git+file:///tmp/local-repo?rev=v0.3.0#4567def'
        }),
        pkg({
          ecosystem: 'npm',
          name: 'private',
          version: '2.0.0',
          scope: 'runtime',
          direct: true,
          path: 'package-lock.json',
          line: 4,
          resolved: 'http://localhost:4873/private/-/private-2.0.0.tgz'
        }),
        pkg({
          ecosystem: 'npm',
          name: 'public',
          version: '3.0.0',
          scope: 'runtime',
          direct: true,
          path: 'package-lock.json',
          line: 5,
          resolved: 'https://registry.npmjs.org/public/-/public-3.0.0.tgz'
        })
      ],
      edges: [],
      files: [],
      problems: []
    }
    const document = JSON.parse(
      writeSbom(inventory, 'spdx', { ...options, subject: { name: 'app', repository: 'octo-org/app', serverUrl: 'http://ghes:8080' } })
    ) as Json
    const locations = Object.fromEntries((document.packages as Json[]).map((item) => [item.name, item.downloadLocation]))
    expect(locations).toEqual({
      app: 'NOASSERTION',
      web: 'git+ssh://git@github.com/octo-org/web.git#0123abc',
      local: 'NOASSERTION',
      private: 'NOASSERTION',
      public: 'https://registry.npmjs.org/public/-/public-3.0.0.tgz'
    })
    expect(validateSpdx23(document)).toEqual([])
  })
})

describe('reproducibility', () => {
  it('writes the same bytes for the same inventory, whatever the order of its packages and edges', () => {
    for (const format of ['cyclonedx', 'spdx'] as const) {
      const first = writeSbom(sampleInventory(), format, options)
      const shuffled = sampleInventory()
      shuffled.packages.reverse()
      shuffled.edges.reverse()
      expect(writeSbom(sampleInventory(), format, options)).toBe(first)
      expect(writeSbom(shuffled, format, options)).toBe(first)
    }
  })

  it('derives the serial number and namespace from the content', () => {
    const changed = sampleInventory()
    changed.packages[1]!.version = '4.19.3'
    const serial = (text: string): string => JSON.parse(text).serialNumber
    const namespace = (text: string): string => JSON.parse(text).documentNamespace
    expect(serial(writeSbom(changed, 'cyclonedx', options))).not.toBe(serial(writeSbom(sampleInventory(), 'cyclonedx', options)))
    expect(namespace(writeSbom(changed, 'spdx', options))).not.toBe(namespace(writeSbom(sampleInventory(), 'spdx', options)))
    expect(contentUuid('a')).toBe(contentUuid('a'))
  })

  it('takes the time from SOURCE_DATE_EPOCH, never from the clock', () => {
    const timestamp = timestampFromEnv({ SOURCE_DATE_EPOCH: '1700000000' })
    expect(timestamp?.toISOString()).toBe('2023-11-14T22:13:20.000Z')
    const cdx = JSON.parse(writeSbom(sampleInventory(), 'cyclonedx', { ...options, ...(timestamp ? { timestamp } : {}) }))
    expect(cdx.metadata.timestamp).toBe('2023-11-14T22:13:20.000Z')
    const spdx = JSON.parse(writeSbom(sampleInventory(), 'spdx', { ...options, ...(timestamp ? { timestamp } : {}) }))
    expect(spdx.creationInfo.created).toBe('2023-11-14T22:13:20Z')
    expect(JSON.parse(writeSbom(sampleInventory(), 'spdx', options)).creationInfo.created).toBe('1970-01-01T00:00:00Z')
    expect(timestampFromEnv({})).toBeUndefined()
    expect(() => timestampFromEnv({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/SOURCE_DATE_EPOCH must be a number/)
  })

  it('writes a project without repository or packages', () => {
    const empty = { packages: [], edges: [], files: [], problems: [] }
    const bare: SbomOptions = { subject: { name: 'local dir' }, tool: TOOL }
    expect(validateCycloneDx16(JSON.parse(writeSbom(empty, 'cyclonedx', bare)))).toEqual([])
    expect(validateSpdx23(JSON.parse(writeSbom(empty, 'spdx', bare)))).toEqual([])
  })
})

describe('round trip', () => {
  const identity = (pkg: { ecosystem: string; name: string; version: string | null; scope: string; direct: boolean | null }): string =>
    `${pkg.ecosystem} ${pkg.name}@${pkg.version ?? '-'} ${pkg.scope} ${pkg.direct}`
  const expected = (): string[] => {
    // One per purl, with the merged scope/directness (debug: runtime, direct false in one file, null in the other).
    const seen = new Map<string, string>()
    for (const pkg of sampleInventory().packages) {
      const key = `${pkg.ecosystem} ${pkg.name}@${pkg.version ?? '-'}`
      if (!seen.has(key)) seen.set(key, identity(pkg.name === 'debug' ? { ...pkg, scope: 'runtime', direct: null } : pkg))
    }
    return [...seen.values()].sort()
  }

  for (const format of ['cyclonedx', 'spdx'] as const) {
    it(`${format}: write, read back, same packages (ecosystem, name, version, scope, directness), edges and licenses`, () => {
      const text = writeSbom(sampleInventory(), format, options)
      const read = readSbom({ path: `sbom.${format}.json`, text })
      expect(read.format).toBe(format)
      expect(read.problems).toEqual([])
      expect(read.packages.map(identity).sort()).toEqual(expected())
      const byName = new Map(read.packages.map((pkg) => [pkg.name, pkg]))
      expect(byName.get('left-pad')).toMatchObject({ source: 'git', license: 'Custom: see LICENSE file' })
      expect(byName.get('debug')!.license).toBe('(MIT OR Apache-2.0)')
      expect(byName.get('com.example:declared-only')).toMatchObject({ version: null, declared: '${lib.version}' })
      expect(byName.get('Django')!.hashes).toEqual(['sha256:' + 'cd'.repeat(32)])
      const names = (key: string): string => key.split('\u0000').slice(1, 3).join('@')
      expect(read.edges.map((edge) => `${names(edge.from)} -> ${names(edge.to)}`).sort()).toEqual([
        '@babel/core@7.24.0 -> fsevents@2.3.3',
        'express@4.19.2 -> debug@2.6.9',
        'web@1.0.0 -> express@4.19.2'
      ])
      for (const pkg of read.packages) {
        expect(pkg.location.path).toBe(`sbom.${format}.json`)
        expect(text.split('\n')[pkg.location.line - 1]).toMatch(/"(bom-ref|SPDXID)"/)
      }
    })
  }
})

describe('hashes', () => {
  it('turns Subresource Integrity and alg:hex into hex digests, and leaves out what is not a file digest', () => {
    expect(parseHashes(['sha1-' + Buffer.alloc(20, 255).toString('base64'), 'sha256:' + 'AB'.repeat(32), 'h1:abcd=', 'sha256:xyz'])).toEqual([
      { algorithm: 'SHA-1', hex: 'ff'.repeat(20) },
      { algorithm: 'SHA-256', hex: 'ab'.repeat(32) }
    ])
  })
})
