/**
 * chaingate's reading of an SBOM against the document's own walk (test/interop/sbom.ts), for the tests of SBOMs
 * real generators made: the interop ones (run at test time) and the committed Trivy ones
 * (test/fixtures/sbom/trivy/).
 */
import { expect } from '@jest/globals'
import { packageKey, type Package } from '../../src/inventory/model.js'
import { readSbom, type SbomRead } from '../../src/inventory/sbom/index.js'
import { documentPackages } from './sbom.js'

export const keyOf = (pkg: Package): string => pkg.purl ?? `${pkg.name}@${pkg.version ?? 'undefined'}`

/** The same packages, every gap reported, the same edges. */
export function expectSameAsDocument(text: string, file: string): SbomRead {
  const read = readSbom({ path: file, text })
  const expected = documentPackages(text)
  expect(new Set(read.packages.map(keyOf))).toEqual(expected.keys)
  const byKey = new Map(read.packages.map((pkg) => [packageKey(pkg), keyOf(pkg)]))
  expect(new Set(read.edges.map((edge) => `${byKey.get(edge.from)} -> ${byKey.get(edge.to)}`))).toEqual(expected.edges)
  const withoutPurl = read.packages.filter((pkg) => !pkg.purl)
  expect(withoutPurl).toHaveLength(new Set(expected.withoutPurl).size)
  if (withoutPurl.length > 0)
    expect(read.problems).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(new RegExp(`^${withoutPurl.length} packages? without a purl`)) })
    )
  const withoutVersion = read.packages.filter((pkg) => pkg.version === null && pkg.declared === undefined)
  if (withoutVersion.length > 0)
    expect(read.problems).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(new RegExp(`^${withoutVersion.length} packages? without a version`)) })
    )
  return read
}
