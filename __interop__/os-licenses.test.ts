/**
 * OS package licenses in chaingate's CycloneDX SBOM of an image beside Syft v1.57.2's (`syft oci-dir:`), package
 * by package: an rpm image (sqlite rpmdb written by rpm itself, License tags in Fedora's legacy and SPDX forms)
 * and an apk image (installed database in apk-tools' format). Where Syft gives an SPDX expression chaingate
 * gives the same one; where chaingate says more it is a Fedora legacy name that names one license; where it
 * keeps text, so does Syft or Syft splits a space-separated list (whether all apply or one is not said).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { peer, run } from '../test/interop/peers.js'
import { writeOciLayout } from '../test/support/images/build.js'
import { buildRpmLicenseDatabase } from '../test/support/images/fixtures.js'
import { runCli, tempDir } from '../test/support/sigstore/cli.js'

const RPM_TAGS = ['MIT', 'GPLv3+', 'ASL 2.0 or MIT', 'LGPLv2+', 'MIT and BSD', 'Public Domain', 'LGPL-2.1-or-later AND GPL-2.0-or-later', 'Apache-2.0 OR MIT']
const APK_LINES = ['MPL-2.0 AND MIT', 'GPL-3.0-or-later WITH GCC-exception-3.1', 'GPL2+', 'MPL-2.0 GPL-2.0-or-later', 'custom', 'ISC']
/** The Fedora legacy names chaingate reads as SPDX and Syft keeps as text. */
const MORE_PRECISE: Record<string, string> = { 'GPLv3+': 'GPL-3.0-or-later', 'ASL 2.0 or MIT': 'Apache-2.0 OR MIT' }

let dir: string
const layouts: Record<string, string> = {}

beforeAll(async () => {
  dir = tempDir('chaingate-os-licenses-interop-')
  const rpm = buildRpmLicenseDatabase(dir, RPM_TAGS)
  layouts.rpm = path.join(dir, 'rpm')
  await writeOciLayout(
    layouts.rpm,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: 'ID="rhel"\nVERSION_ID="9.4"\n' },
              { path: 'var/lib/rpm/rpmdb.sqlite', content: fs.readFileSync(path.join(rpm.dbDir, 'rpmdb.sqlite')) }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )
  layouts.apk = path.join(dir, 'apk')
  await writeOciLayout(
    layouts.apk,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.12.12\n' },
              {
                path: 'lib/apk/db/installed',
                content: APK_LINES.map((license, index) => `P:apk${index}\nV:1.0-r0\nA:x86_64\nL:${license}\no:apk${index}\n`).join('\n')
              }
            ],
            compression: 'gzip'
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

interface Side {
  spdx?: string
  text?: string
}

/** name → chaingate's licenses (CycloneDX: expression, license.id, or license.name). */
async function ours(layout: string): Promise<Map<string, Side[]>> {
  const file = path.join(dir, `${path.basename(layout)}.cdx.json`)
  const result = await runCli(['sbom', '--image', `oci:${layout}:v1`, '--output', file], dir)
  if (result.code !== 0) throw new Error(`chaingate sbom exited ${result.code}: ${result.stderr}`)
  const document = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    components: { name: string; licenses?: { expression?: string; license?: { id?: string; name?: string } }[] }[]
  }
  return new Map(
    document.components.map((component) => [
      component.name,
      (component.licenses ?? []).map((choice) =>
        choice.expression !== undefined ? { spdx: choice.expression } : choice.license?.id ? { spdx: choice.license.id } : { text: choice.license?.name }
      )
    ])
  )
}

/** name → Syft's licenses (its SPDX expression when it found one, else the value). */
async function syft(layout: string): Promise<Map<string, Side[]>> {
  const result = await run(peer('syft'), [`oci-dir:${layout}`, '-q', '-o', 'syft-json'], { env: { SYFT_CHECK_FOR_APP_UPDATE: 'false' } })
  if (result.code !== 0) throw new Error(`syft exited ${result.code}: ${result.stderr.trim().split('\n').pop()}`)
  const document = JSON.parse(result.stdout) as { artifacts: { name: string; type: string; licenses?: { value: string; spdxExpression?: string }[] }[] }
  return new Map(
    document.artifacts
      .filter((artifact) => artifact.type === 'rpm' || artifact.type === 'apk')
      .map((artifact) => [
        artifact.name,
        (artifact.licenses ?? []).map((license) => (license.spdxExpression ? { spdx: license.spdxExpression } : { text: license.value }))
      ])
  )
}

it('rpm and apk package licenses: the same as Syft, or more precise only where a legacy name names one license', async () => {
  const seen: string[] = []
  for (const [kind, written] of [
    ['rpm', RPM_TAGS],
    ['apk', APK_LINES]
  ] as const) {
    const mine = await ours(layouts[kind]!)
    const theirs = await syft(layouts[kind]!)
    written.forEach((license, index) => {
      const name = kind === 'rpm' ? `lic0${index}` : `apk${index}`
      const a = mine.get(name)
      const b = theirs.get(name)
      expect([name, a?.length]).toEqual([name, 1])
      expect(b).toBeDefined()
      const [one] = a!
      if (b!.length > 1) {
        // Syft splits a space-separated apk list into licenses; chaingate keeps the text.
        expect(one).toEqual({ text: license })
        seen.push(`${license}: list`)
      } else if (one!.spdx !== undefined && b![0]!.text !== undefined) {
        expect([license, one!.spdx]).toEqual([license, MORE_PRECISE[license]])
        expect(b![0]!.text).toBe(license)
        seen.push(`${license}: more precise`)
      } else {
        expect([license, one]).toEqual([license, b![0]])
        seen.push(`${license}: same`)
      }
    })
  }
  // Every kind of difference the comparison can show is exercised.
  expect(seen.filter((line) => line.endsWith('list'))).toEqual(['MPL-2.0 GPL-2.0-or-later: list'])
  expect(seen.filter((line) => line.endsWith('more precise'))).toEqual(['GPLv3+: more precise', 'ASL 2.0 or MIT: more precise'])
  expect(seen).toContain('LGPLv2+: same')
  expect(seen).toContain('GPL2+: same')
}, 180_000)
