/**
 * SBOMs written in pieces: on a generated inventory of a few thousand packages (several lockfiles, a
 * package in many of them, edges, hashes, licenses of every form, dev/optional scopes, names that JSON
 * escapes), the file written in one pass (writeSbomFile), the stream (sbomPieces, as standard output gets
 * it) and the string (writeSbom) are byte for byte the whole document as one JSON.stringify (wholeText), the
 * content id derived from that text; and the CycloneDX components are the library's own.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import type { Edge, Inventory, Package, Scope } from '../../src/inventory/model.js'
import { packageKey } from '../../src/inventory/model.js'
import { sbomPieces, sbomPlan, writeSbom, writeSbomFile, type SbomOptions } from '../../src/inventory/sbom/index.js'
import { cycloneDxComponent } from '../../src/inventory/sbom/cyclonedx.js'
import { buildGraph, contentUuid, CONTENT_ID_PLACEHOLDER } from '../../src/inventory/sbom/entries.js'
import { planPieces, wholeText } from '../../src/inventory/sbom/pieces.js'
import { purlFor } from '../../src/inventory/purl.js'
import { TOOL } from '../../src/version.js'
import { validateCycloneDx16, validateSpdx23 } from '../../test/support/inventory/sbom-schemas.js'

const LICENSES = [undefined, 'MIT', '(MIT OR Apache-2.0)', 'Apache-2.0 AND BSD-3-Clause', 'Custom: see LICENSE file', 'Proprietary — ask legal "first"']
const SCOPES: Scope[] = ['runtime', 'dev', 'optional', 'unknown']

/** A monorepo's inventory: `files` lockfiles of `perFile` packages drawn from a shared pool, with edges. */
function generatedInventory(files: number, perFile: number): Inventory {
  const inventory: Inventory = {
    packages: [],
    edges: [],
    files: [],
    problems: [{ path: 'broken/yarn.lock', line: 3, format: 'yarn-classic', message: 'unexpected "<<<<<<<"' }]
  }
  for (let file = 0; file < files; file++) {
    const lockfile = file % 3 === 2 ? `services/s${file}/uv.lock` : `apps/a${file}/package-lock.json`
    const ecosystem = file % 3 === 2 ? 'PyPI' : 'npm'
    const packages: Package[] = []
    for (let at = 0; at < perFile; at++) {
      // Overlapping windows of one pool: most packages are in several lockfiles, with other scopes there.
      const n = (file * 97 + at * 7) % (perFile * 2)
      const name = ecosystem === 'npm' ? (n % 5 === 0 ? `@scope${n % 11}/pkg-${n}` : n % 13 === 0 ? `naïve-ünïcode-${n}` : `pkg-${n}`) : `py_pkg.${n}`
      const version = n % 17 === 0 ? null : `${n % 4}.${n % 9}.${(n * 31) % 100}`
      const digest = crypto.createHash('sha512').update(name).digest('base64')
      const pkg: Package = {
        ecosystem,
        name,
        version,
        ...(version === null ? { declared: `^${n % 4}` } : {}),
        scope: SCOPES[(n + file) % SCOPES.length]!,
        direct: at % 10 === 0 ? true : at % 10 === 1 ? null : false,
        source: n % 29 === 0 ? 'git' : 'registry',
        ...(n % 29 === 0 ? { resolved: `git+https://example.com/repos/${n}.git#${'a'.repeat(40)}` } : { resolved: `https://registry.example/${n}.tgz` }),
        ...(n % 3 === 0 ? { hashes: ecosystem === 'npm' ? [`sha512-${digest}`] : [`sha256:${crypto.createHash('sha256').update(name).digest('hex')}`] } : {}),
        ...(LICENSES[n % LICENSES.length] ? { license: LICENSES[n % LICENSES.length] } : {}),
        location: { path: lockfile, line: 10 + at * 4 }
      }
      const purl = version === null ? undefined : purlFor(ecosystem, name, version)
      if (purl) pkg.purl = purl
      packages.push(pkg)
    }
    const edges: Edge[] = []
    for (let at = 1; at < packages.length; at++) {
      for (const parent of [Math.floor(at / 3), Math.floor(at / 7)]) {
        if (parent !== at) edges.push({ from: packageKey(packages[parent]!), to: packageKey(packages[at]!) })
      }
    }
    inventory.packages.push(...packages)
    if (file % 4 !== 3) inventory.edges.push(...edges) // some lockfiles record no edges
    inventory.files.push({ path: lockfile, format: ecosystem === 'npm' ? 'package-lock' : 'uv-lock', ecosystem, packages: packages.length })
  }
  return inventory
}

const options: SbomOptions = {
  subject: { name: 'octo-org/mono', repository: 'octo-org/mono', commit: '0123456789abcdef0123456789abcdef01234567', ref: 'refs/heads/main' },
  timestamp: new Date('2024-05-06T07:08:09Z'),
  tool: TOOL
}
const inventory = generatedInventory(12, 600)
const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-sbom-stream-'))
afterAll(() => fs.rmSync(temporary, { recursive: true, force: true }))

describe.each(['cyclonedx', 'spdx'] as const)('%s written in pieces', (format) => {
  const whole = wholeText(sbomPlan(inventory, format, options))
  const document = JSON.parse(whole) as Record<string, unknown>

  it('is a large, valid document', () => {
    expect(whole.length).toBeGreaterThan(2_000_000)
    if (format === 'cyclonedx') {
      expect((document.components as unknown[]).length).toBeGreaterThan(1000)
      expect(validateCycloneDx16(document)).toEqual([])
    } else {
      expect((document.packages as unknown[]).length).toBeGreaterThan(1000)
      expect((document.hasExtractedLicensingInfos as unknown[]).length).toBe(2)
      expect(validateSpdx23(document)).toEqual([])
    }
  })

  it('is the whole document written by one JSON.stringify, its id derived from the text with the placeholder', () => {
    expect(whole).toBe(`${JSON.stringify(document, null, 2)}\n`)
    const id = format === 'cyclonedx' ? (document.serialNumber as string) : (document.documentNamespace as string)
    const uuid = id.slice(-36)
    expect(contentUuid(whole.replace(id, CONTENT_ID_PLACEHOLDER))).toBe(uuid)
  })

  it('is the same bytes as a file written in one pass, as a stream, and as a string', () => {
    const file = path.join(temporary, `bom.${format}.json`)
    fs.writeFileSync(file, 'x'.repeat(whole.length + 1000)) // a longer file there before is truncated
    writeSbomFile(file, sbomPlan(inventory, format, options))
    expect(fs.readFileSync(file, 'utf8')).toBe(whole)
    expect([...sbomPieces(sbomPlan(inventory, format, options))].join('')).toBe(whole)
    expect(writeSbom(inventory, format, options)).toBe(whole)
  })

  it('writes the id in the first piece and the packages one per piece', () => {
    const pieces = [...planPieces(sbomPlan(inventory, format, options))]
    expect(pieces[0]).toContain(CONTENT_ID_PLACEHOLDER)
    expect(pieces.slice(1).some((piece) => piece.includes(CONTENT_ID_PLACEHOLDER))).toBe(false)
    expect(pieces.length).toBeGreaterThan(1000)
    // no piece is more than a sliver of the document
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThan(whole.length / 50)
  })
})

it('writes a document with empty lists as JSON.stringify does', () => {
  const empty: Inventory = { packages: [], edges: [], files: [], problems: [] }
  for (const format of ['cyclonedx', 'spdx'] as const) {
    const whole = wholeText(sbomPlan(empty, format, options))
    expect(writeSbom(empty, format, options)).toBe(whole)
    expect([...sbomPieces(sbomPlan(empty, format, options))].join('')).toBe(whole)
  }
  expect(writeSbom(empty, 'cyclonedx', options)).toContain('"components": [],\n')
})

it('writes CycloneDX components as the library normalizes a Bom holding them all', () => {
  // The reference: the library's normalizer for the whole Bom (as the writer did before pieces).
  const small = generatedInventory(3, 200)
  const bom = new Models.Bom()
  for (const entry of buildGraph(small).entries) bom.components.add(cycloneDxComponent(entry))
  const normalized = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6).makeForBom().normalize(bom, { sortLists: false })
  const streamed = JSON.parse(writeSbom(small, 'cyclonedx', options)) as { components: unknown[] }
  expect(streamed.components.length).toBeGreaterThan(100)
  expect(streamed.components).toEqual(JSON.parse(JSON.stringify(normalized.components)))
})
