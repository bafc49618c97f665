/**
 * A check that signs nothing must never load the Sigstore libraries: no file reachable from dist/cli.js's
 * `check` verb or from dist/index.js through static imports contains Sigstore code. Likewise the `yaml`
 * package (used only to word syntax errors, and by the policy loader) is not loaded by a check of valid files.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { staticClosure } from '../../test/support/bundle.js'

const DIST = path.resolve('dist')

function checkVerbChunk(): string {
  const cli = fs.readFileSync(path.join(DIST, 'cli.js'), 'utf8')
  const main = staticClosure(path.join(DIST, 'cli.js'))
  // The check verb is imported dynamically: follow `import("./chunks/check-command-*.js")`.
  const dynamic = [...main].flatMap((file) =>
    [...fs.readFileSync(file, 'utf8').matchAll(/import\(["'](\.{1,2}\/chunks\/check-command-[^"']+)["']\)/g)].map((match) =>
      path.resolve(path.dirname(file), match[1]!)
    )
  )
  expect(cli.length).toBeGreaterThan(0)
  expect(dynamic).toHaveLength(1)
  return dynamic[0]!
}

const SIGSTORE_MARKERS = ['dev.sigstore.bundle', 'FulcioSigner', 'RekorWitness', 'application/vnd.dev.sigstore']

describe('bundle', () => {
  it('does not reach Sigstore code from the check verb or the check action', () => {
    const files = new Set([...staticClosure(path.join(DIST, 'cli.js')), ...staticClosure(checkVerbChunk()), ...staticClosure(path.join(DIST, 'index.js'))])
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8')
      for (const marker of SIGSTORE_MARKERS) expect(`${path.relative(DIST, file)}: ${source.includes(marker)}`).toBe(`${path.relative(DIST, file)}: false`)
    }
  })

  it('does not load the yaml package to audit valid workflow files', () => {
    const files = new Set([...staticClosure(path.join(DIST, 'cli.js')), ...staticClosure(checkVerbChunk()), ...staticClosure(path.join(DIST, 'index.js'))])
    const parsers = [...files].filter((file) => fs.readFileSync(file, 'utf8').includes('parseEvents'))
    expect(parsers.length).toBeGreaterThan(0)
    for (const file of files)
      expect(`${path.relative(DIST, file)}: ${fs.readFileSync(file, 'utf8').includes('YAMLParseError')}`).toBe(`${path.relative(DIST, file)}: false`)
  })

  it('does not load packageurl-js or the SPDX license lists for a check without lockfiles or license policy', () => {
    const files = new Set([...staticClosure(path.join(DIST, 'cli.js')), ...staticClosure(checkVerbChunk()), ...staticClosure(path.join(DIST, 'index.js'))])
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8')
      for (const marker of ['class _PackageURL', 'Classpath-exception'])
        expect(`${path.relative(DIST, file)} ${marker}: ${source.includes(marker)}`).toBe(`${path.relative(DIST, file)} ${marker}: false`)
    }
  })
})
