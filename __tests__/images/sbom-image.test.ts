/**
 * `chaingate sbom --image`: an OCI layout built here from this machine's dpkg status and os-release,
 * written as CycloneDX 1.6 and SPDX 2.3 (validated against the official schemas) with the distro in the
 * metadata; bad references and platforms are one-line errors with exit 2.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../src/cli/main.js'
import { dpkgQuery } from '../../test/support/images/fixtures.js'
import { writeOciLayout } from '../../test/support/images/build.js'
import { validateCycloneDx16, validateSpdx23 } from '../../test/support/inventory/sbom-schemas.js'

const osRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
const release = Object.fromEntries(
  osRelease
    .split('\n')
    .filter((line) => line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1).replace(/^"|"$/g, '')])
)
let work: string
let layout: string

beforeAll(async () => {
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-sbom-image-')))
  layout = path.join(work, 'image')
  await writeOciLayout(
    layout,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'usr/lib/os-release', content: osRelease },
              { path: 'etc/os-release', type: 'symlink', target: '../usr/lib/os-release' },
              { path: 'var/lib/dpkg/status', content: status }
            ],
            compression: 'gzip'
          },
          {
            entries: [{ path: 'srv/node_modules/left-pad/package.json', content: JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' }) }],
            compression: 'zstd'
          }
        ]
      }
    ],
    'v1'
  )
})

afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

async function cli(argv: string[]) {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { env: {}, cwd: work, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

describe('chaingate sbom --image', () => {
  it('writes a valid CycloneDX document with the distro, OS packages as deb purls and language packages', async () => {
    const { code, stdout, stderr } = await cli(['sbom', '--image', `oci:${layout}:v1`])
    expect(code).toBe(0)
    expect(stderr).toMatch(
      new RegExp(
        `^chaingate sbom: oci:.*:v1 \\(linux/amd64, ${release.ID} ${release.VERSION_ID}\\): \\d+ packages; 2/2 layers read, \\d+ bytes read of \\d+ in layers\\n$`
      )
    )
    const bom = JSON.parse(stdout) as {
      metadata: { component: { type: string; version: string; properties: { name: string; value: string }[] } }
      components: { purl: string; version: string }[]
    }
    expect(validateCycloneDx16(bom)).toEqual([])
    expect(bom.metadata.component.type).toBe('container')
    expect(bom.metadata.component.version).toMatch(/^sha256:[0-9a-f]{64}$/)
    const properties = Object.fromEntries(bom.metadata.component.properties.map((property) => [property.name, property.value]))
    expect(properties['chaingate:distro-id']).toBe(release.ID)
    expect(properties['chaingate:distro-version-id']).toBe(release.VERSION_ID)
    expect(properties['chaingate:image-platform']).toBe('linux/amd64')
    const debs = bom.components.filter((component) => component.purl.startsWith(`pkg:deb/${release.ID}/`))
    expect(
      debs.map((component) => `${decodeURIComponent(component.purl.slice(component.purl.lastIndexOf('/') + 1).split('@')[0]!)} ${component.version}`).sort()
    ).toEqual(dpkgQuery(status, work))
    expect(debs.every((component) => component.purl.includes(`distro=${release.ID}-${release.VERSION_ID}`))).toBe(true)
    expect(bom.components.map((component) => component.purl)).toContain('pkg:npm/left-pad@1.3.0')
  })

  it('writes SPDX 2.3 with the image as the described container', async () => {
    const { code, stdout } = await cli(['sbom', '--image', `oci:${layout}:v1`, '--format', 'spdx', '--os-only'])
    expect(code).toBe(0)
    const document = JSON.parse(stdout) as {
      packages: { SPDXID: string; primaryPackagePurpose?: string; comment?: string; externalRefs?: { referenceLocator: string }[] }[]
    }
    expect(validateSpdx23(document)).toEqual([])
    const root = document.packages.find((pkg) => pkg.SPDXID === 'SPDXRef-Project')!
    expect(root.primaryPackagePurpose).toBe('CONTAINER')
    expect(root.comment).toContain(`distro-id: ${release.ID}\ndistro-version-id: ${release.VERSION_ID}`)
    expect(document.packages.some((pkg) => pkg.externalRefs?.some((ref) => ref.referenceLocator === 'pkg:npm/left-pad@1.3.0'))).toBe(false)
  })

  it('writes to --output and says so', async () => {
    const { code, stderr } = await cli(['sbom', '--image', `oci:${layout}:v1`, '--output', 'out/sbom.json'])
    expect(code).toBe(0)
    expect(stderr).toMatch(/wrote \d+ packages from 2 files to out\/sbom.json \(CycloneDX 1.6\)\n$/)
    expect(fs.existsSync(path.join(work, 'out/sbom.json'))).toBe(true)
  })

  it('rejects bad input with one line and exit 2', async () => {
    expect(await cli(['sbom', '--image', `oci:${layout}:nope`])).toEqual({
      code: 2,
      stdout: '',
      stderr: `chaingate: ${path.join(layout, 'index.json')}: oci:${layout}:nope: no image tagged "nope" in index.json (it has v1)\n`
    })
    expect((await cli(['sbom', '--image', `oci:${layout}:v1`, '--platform', 'linux'])).stderr).toBe(
      'chaingate: --platform must be os/arch[/variant] (e.g. linux/arm64/v8), got "linux"\n'
    )
    expect((await cli(['sbom', '--platform', 'linux/amd64'])).stderr).toBe('chaingate: --platform and --os-only go with --image\n')
    expect((await cli(['sbom', '--image', 'Bad Name'])).code).toBe(2)
  })
})
