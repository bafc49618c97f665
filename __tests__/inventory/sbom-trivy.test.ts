/**
 * SBOMs Trivy v0.74.0 made (CycloneDX 1.7 and SPDX 2.3 JSON, of a directory and of an OCI image layout), read
 * by chaingate. Trivy takes a long Go build to install, so its documents were generated once, offline, and
 * committed (test/fixtures/sbom/trivy/README.md says how; generate.mjs remakes them). Each reading is compared
 * with an independent walk of the document (test/interop/sbom.ts): every package is there, the ones without a
 * purl or a version are reported with their count, the dependency pairs are the document's.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { documentPackages } from '../../test/interop/sbom.js'
import { expectSameAsDocument } from '../../test/interop/sbom-expect.js'
import { dpkgQuery } from '../../test/support/images/fixtures.js'

const fixtures = path.join(process.cwd(), 'test', 'fixtures', 'sbom', 'trivy')
const fixture = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8')

describe('Trivy v0.74.0', () => {
  it('a directory, CycloneDX and SPDX: every package; the lockfiles it read are not packages, what they name is direct', () => {
    for (const name of ['trivy-dir.cdx.json', 'trivy-dir.spdx.json']) {
      const text = fixture(name)
      expect(documentPackages(text).targets.sort()).toEqual(
        ['go/go.mod', 'php/composer.lock', 'py/uv.lock', 'rb/Gemfile.lock', 'req/requirements.txt', 'rs/Cargo.lock', 'web/package-lock.json'].sort()
      )
      const read = expectSameAsDocument(text, name)
      expect(read.specVersion).toBe(name.endsWith('.cdx.json') ? '1.7' : 'SPDX-2.3')
      expect(new Set(read.packages.map((pkg) => pkg.ecosystem))).toEqual(new Set(['npm', 'PyPI', 'crates.io', 'Go', 'RubyGems', 'Packagist', 'unknown']))
      // No lockfile target is read as a package.
      expect(read.packages.map((pkg) => pkg.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/\.(lock|mod|txt|json)$/)]))
      // Trivy lists the Cargo workspace root as a library with no name, purl or version, and the Go main module
      // without a version: both kept and reported.
      expect(read.problems.map((problem) => problem.message)).toEqual([
        expect.stringMatching(/^1 package without a purl/),
        expect.stringMatching(/^2 packages without a version, .*example\.com\/chaingate\/gofixture/)
      ])
      // What a lockfile target depends on is direct (for uv, Go and Cargo, Trivy has the target depend on the
      // project's own module, which depends on the rest).
      if (name.endsWith('.cdx.json'))
        expect(read.packages.filter((pkg) => pkg.direct === true).map((pkg) => pkg.name)).toEqual(
          expect.arrayContaining(['is-number', 'requests', 'rack', 'demo-app', 'example.com/chaingate/gofixture'])
        )
    }
  })

  describe('an OCI image layout', () => {
    let dir: string
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-sbom-trivy-'))
    })
    afterAll(() => {
      if (dir) fs.rmSync(dir, { recursive: true, force: true })
    })

    it('CycloneDX and SPDX: every dpkg package as a Debian package, epochs in the versions, the OS not a package', () => {
      // The image's dpkg status, as dpkg itself lists it (an independent reading).
      const installed = dpkgQuery(fixture('image/status'), dir)
      expect(installed).toHaveLength(7)
      expect(installed.filter((line) => / \d+:/.test(line)).length).toBeGreaterThanOrEqual(1)
      for (const name of ['trivy-image.cdx.json', 'trivy-image.spdx.json']) {
        const text = fixture(name)
        // The epoch is a purl qualifier in Trivy's documents, not part of the version there.
        expect(text).toContain('epoch=1')
        const read = expectSameAsDocument(text, name)
        expect(read.problems).toEqual([])
        expect(
          read.packages
            .filter((pkg) => pkg.ecosystem.startsWith('Debian:'))
            .map((pkg) => `${pkg.name} ${pkg.version}`)
            .sort()
        ).toEqual(installed)
        expect(read.packages.find((pkg) => pkg.name === 'bsdutils')?.version).toBe('1:2.38.1-5+deb12u3')
        expect(read.packages.map((pkg) => pkg.name)).not.toContain('debian')
        expect(
          read.packages
            .filter((pkg) => pkg.ecosystem === 'npm')
            .map((pkg) => `${pkg.name}@${pkg.version}`)
            .sort()
        ).toEqual(['@scope/thing@2.0.0', 'left-pad@1.3.0'])
        expect(read.packages).toHaveLength(9)
      }
    })
  })
})
