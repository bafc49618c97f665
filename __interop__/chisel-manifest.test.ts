/**
 * chaingate's Chisel manifest reader beside Chisel's own manifest library (github.com/canonical/chisel-manifest
 * v1.2.0, test/interop/chisel-manifest): a manifest of this machine's installed dpkg packages, one slice each,
 * with the files their `info/*.list` name, written by Chisel's jsonwall writer and zstd-compressed by the `zstd`
 * tool as Chisel compresses it, in an Ubuntu image. chaingate's packages must be the ones the library iterates,
 * and the paths it reads those the library iterates.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { parseChiselManifest } from '../src/images/catalog/chisel.js'
import { catalogImage } from '../src/images/index.js'
import { peer } from '../test/interop/peers.js'
import { writeOciLayout } from '../test/support/images/build.js'
import { tempDir } from '../test/support/sigstore/cli.js'

let dir: string
let manifest: Buffer
let oracle: string

function installed(): Array<{ name: string; version: string; arch: string }> {
  const list = []
  for (const stanza of fs.readFileSync('/var/lib/dpkg/status', 'utf8').split(/\n\n+/)) {
    const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, 'm').exec(stanza)?.[1]
    if (!/^Status: .* installed$/m.test(stanza)) continue
    list.push({ name: field('Package')!, version: field('Version')!, arch: field('Architecture')! })
  }
  return list
}

beforeAll(async () => {
  oracle = peer('chisel-manifest')
  dir = tempDir('chaingate-chisel-interop-')
  const packages = installed()
  const paths: Array<{ path: string; mode: string; slices: string[] }> = []
  const contents: Array<{ slice: string; path: string }> = []
  for (const pkg of packages.slice(0, 40)) {
    const list = `/var/lib/dpkg/info/${pkg.name}.list`
    const alt = `/var/lib/dpkg/info/${pkg.name}:${pkg.arch}.list`
    const file = fs.existsSync(list) ? list : fs.existsSync(alt) ? alt : undefined
    if (!file) continue
    for (const line of fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
      const slice = `${pkg.name}_libs`
      paths.push({ path: line, mode: '0644', slices: [slice] })
      contents.push({ slice, path: line })
    }
  }
  const entries = {
    packages: packages.map((pkg) => ({ name: pkg.name, version: pkg.version, arch: pkg.arch, sha256: '0'.repeat(64) })),
    slices: packages.map((pkg) => ({ name: `${pkg.name}_libs` })),
    paths,
    contents
  }
  const text = execFileSync(oracle, ['write'], { input: JSON.stringify(entries), maxBuffer: 256 * 1024 * 1024 })
  manifest = execFileSync('zstd', ['-q', '-c'], { input: text, maxBuffer: 256 * 1024 * 1024 })
  await writeOciLayout(
    path.join(dir, 'layout'),
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: 'ID=ubuntu\nVERSION_ID="24.04"\nPRETTY_NAME="Ubuntu 24.04.1 LTS"\n' },
              { path: 'var/lib/chisel/manifest.wall', content: manifest }
            ],
            compression: 'zstd'
          }
        ]
      }
    ],
    'v1'
  )
}, 120_000)

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
})

it('lists the packages Chisel’s manifest library iterates, and the paths it iterates', async () => {
  const plain = execFileSync('zstd', ['-q', '-d', '-c'], { input: manifest, maxBuffer: 256 * 1024 * 1024 })
  const listed = execFileSync(oracle, ['packages'], { input: plain, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { name: string; version: string; arch: string })
    .map((pkg) => `${pkg.name} ${pkg.version} ${pkg.arch}`)
    .sort()
  expect(listed.length).toBeGreaterThan(100)
  const catalog = await catalogImage(`oci:${path.join(dir, 'layout')}:v1`, { languages: false })
  expect(catalog.inventory.problems).toEqual([])
  expect(catalog.inventory.packages.map((pkg) => `${pkg.name} ${pkg.version} ${pkg.arch}`).sort()).toEqual(listed)

  const theirPaths = execFileSync(oracle, ['paths'], { input: plain, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    .split('\n')
    .filter((line) => line && !line.endsWith('/'))
    .map((line) => line.replace(/^\/+/, ''))
  expect(theirPaths.length).toBeGreaterThan(100)
  expect(parseChiselManifest(manifest, () => true).paths.sort()).toEqual(theirPaths.sort())
}, 60_000)
