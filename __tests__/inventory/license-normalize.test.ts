/**
 * License strings as SPDX: normalisation (normalize.ts), Debian machine-readable copyright files
 * (dpkg-copyright.ts) and the license of dpkg packages in an image. The copyright texts are written here
 * in DEP-5 form (the shapes of Debian 12's files: header paragraph, Files paragraphs, stand-alone License
 * paragraphs with texts, "or" choices, names that are not SPDX ids); not copied from any package. rpm
 * License tags are recorded by rpm itself (rpmbuild, `rpm -i --justdb`, oracle `rpm -qa`); apk `L:` lines are
 * written here in apk-tools' installed-database format (no apk tool is packaged for Debian 12).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { normalizeLicense } from '../../src/inventory/licenses/normalize.js'
import { classifyLicense } from '../../src/inventory/licenses/spdx.js'
import { classifyLicense as sbomLicense } from '../../src/inventory/sbom/entries.js'
import { debianCopyrightLicense } from '../../src/images/catalog/dpkg-copyright.js'
import { catalogSelection } from '../../src/images/catalog/index.js'
import { catalogImage } from '../../src/images/index.js'
import { writeOciLayout } from '../../test/support/images/build.js'
import { buildRpmLicenseDatabase } from '../../test/support/images/fixtures.js'

describe('normalizeLicense', () => {
  it('canonical SPDX for case, legacy slash, deprecated GNU ids and unambiguous spellings', () => {
    expect(normalizeLicense('mit')).toBe('MIT')
    expect(normalizeLicense('MIT or apache-2.0')).toBe('MIT OR Apache-2.0')
    expect(normalizeLicense('MIT/Apache-2.0')).toBe('MIT OR Apache-2.0')
    expect(normalizeLicense('GPL-2.0+')).toBe('GPL-2.0-or-later')
    expect(normalizeLicense('GPL-2.0')).toBe('GPL-2.0-only')
    expect(normalizeLicense('LGPL-2.1+ AND MIT')).toBe('LGPL-2.1-or-later AND MIT')
    expect(normalizeLicense('Apache 2.0')).toBe('Apache-2.0')
    expect(normalizeLicense('The MIT License')).toBe('MIT')
    expect(normalizeLicense('GPL-2.0-only WITH Classpath-exception-2.0')).toBe('GPL-2.0-only WITH Classpath-exception-2.0')
    expect(normalizeLicense('(MIT OR Apache-2.0) AND BSD-3-Clause')).toBe('(MIT OR Apache-2.0) AND BSD-3-Clause')
    expect(normalizeLicense('LicenseRef-acme')).toBe('LicenseRef-acme')
    // rpm License tags in Fedora's legacy short names.
    expect(normalizeLicense('GPLv2+ and LGPLv3+ and MIT')).toBe('GPL-2.0-or-later AND LGPL-3.0-or-later AND MIT')
    expect(normalizeLicense('ASL 2.0')).toBe('Apache-2.0')
    expect(normalizeLicense('ASL 2.0 or MIT')).toBe('Apache-2.0 OR MIT')
    expect(normalizeLicense('GPLv2 or GPLv3')).toBe('GPL-2.0-only OR GPL-3.0-only')
    expect(normalizeLicense('MPLv2.0')).toBe('MPL-2.0')
    // apk L: lines of older Alpine releases.
    expect(normalizeLicense('GPL2+')).toBe('GPL-2.0-or-later')
    expect(normalizeLicense('GPL2')).toBe('GPL-2.0-only')
    expect(normalizeLicense('LGPL2.1+ and MIT')).toBe('LGPL-2.1-or-later AND MIT')
    expect(normalizeLicense('Expat or Apache 2.0')).toBe('MIT OR Apache-2.0')
  })

  it('never guesses a version or a license', () => {
    for (const text of [
      'BSD',
      'GPL',
      'LGPL',
      'BSD/GPL',
      'GPLv2 or BSD',
      'GPL+ or Artistic',
      'Public Domain',
      'Dual License',
      'LGPL with exceptions',
      'SEE LICENSE IN LICENSE.md',
      'public-domain',
      // Fedora's data maps LGPLv2+ to both LGPL-2.0-or-later and LGPL-2.1-or-later; LGPLv2 to both -only ids.
      'LGPLv2+',
      'LGPLv2',
      'GPLv2+ and LGPLv2+',
      'LGPLv2+ with exceptions',
      'MIT and BSD',
      'zlib and Boost',
      // Older Alpine's space-separated lists: AND or OR is not said.
      'MPL-2.0 GPL-2.0-or-later',
      'MIT BSD GPL2+',
      'custom',
      ''
    ])
      expect(normalizeLicense(text)).toBeUndefined()
  })

  it('the policy classifier and the SBOM writer use it; text stays text', () => {
    expect(classifyLicense('mit/apache-2.0')).toEqual({ kind: 'valid', expression: 'MIT OR Apache-2.0' })
    expect(classifyLicense('BSD').kind).toBe('invalid')
    // The SBOM keeps an expression as its author wrote it, and writes the canonical form of one that is not.
    expect(sbomLicense('(MIT AND Zlib)')).toEqual({ kind: 'expression', expression: '(MIT AND Zlib)', ids: ['MIT', 'Zlib'] })
    expect(sbomLicense('MIT/Apache-2.0')).toEqual({ kind: 'expression', expression: 'MIT OR Apache-2.0', ids: ['MIT', 'Apache-2.0'] })
    expect(sbomLicense('AFLv2.1 OR BSD')).toEqual({ kind: 'text', text: 'AFLv2.1 OR BSD' })
  })
})

const DEP5 = (files: string[], standalone: string[] = []): string =>
  [
    'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: probe\nSource: https://example.org/probe',
    ...files,
    ...standalone
  ].join('\n\n') + '\n'

describe('Debian machine-readable copyright', () => {
  it('ANDs the distinct licenses of the Files paragraphs, Debian names as SPDX ids', () => {
    const text = DEP5(
      [
        'Files: *\nCopyright: 2001-2024 Probe authors\nLicense: GPL-2+',
        'Files: lib/hash.c\nCopyright: 2010 Someone\nLicense: Expat',
        'Files: lib/sort.c\nCopyright: 2012 Someone else\nLicense: BSD-3-clause',
        'Files: doc/*\nCopyright: 2015 Writers\nLicense: GPL-3+ or BSD-3-clause',
        'Files: debian/*\nCopyright: 2020 Maintainer\nLicense: GPL-2+'
      ],
      [
        'License: GPL-2+\n This program is free software; see\n /usr/share/common-licenses/GPL-2.',
        'License: Expat\n Permission is hereby granted.\n .\n The above notice.'
      ]
    )
    expect(debianCopyrightLicense(text)).toBe('GPL-2.0-or-later AND MIT AND BSD-3-Clause AND (GPL-3.0-or-later OR BSD-3-Clause)')
    expect(debianCopyrightLicense(DEP5(['Files: *\nCopyright: 2020 A\nLicense: LGPL-2.1', 'Files: x\nCopyright: 2020 B\nLicense: GPL-2 and Zlib']))).toBe(
      'LGPL-2.1-only AND GPL-2.0-only AND Zlib'
    )
  })

  it('keeps the Debian names when one is not an SPDX id (the policy says unknown), and reads nothing from free text', () => {
    const partly = debianCopyrightLicense(DEP5(['Files: *\nCopyright: 2020 A\nLicense: GPL-2+', 'Files: tables/*\nCopyright: none\nLicense: public-domain']))
    expect(partly).toBe('GPL-2+ AND public-domain')
    expect(classifyLicense(partly).kind).toBe('invalid')
    // A Files paragraph with a license text and no name: that part is not known, so neither is the whole.
    expect(
      debianCopyrightLicense(DEP5(['Files: *\nCopyright: 2020 A\nLicense: MIT', 'Files: imath/*\nCopyright: 2002 B\nLicense:\n Permission is hereby granted.']))
    ).toBe('MIT AND unnamed license text')
    expect(
      debianCopyrightLicense('This is the Debian prepackaged version of probe.\n\nCopyright: 2001 A\n\nSee /usr/share/common-licenses/GPL-2.\n')
    ).toBeUndefined()
    expect(debianCopyrightLicense('Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nbroken line without a colon\n')).toBeUndefined()
  })
})

describe('copyright files read as they stream from a layer', () => {
  /** The license the image cataloger reads from `text` fed in `size`-byte chunks (it keeps only field and break lines). */
  async function streamed(text: string, size: number): Promise<string | undefined> {
    const handler = catalogSelection({ languages: false, tempDir: os.tmpdir() }).handlerFor({
      path: 'usr/share/doc/probe/copyright',
      size: text.length,
      mode: 0o644
    })
    if (!handler) throw new Error('copyright files are not selected')
    const sink = handler({ path: 'usr/share/doc/probe/copyright', size: text.length, mode: 0o644 })
    const bytes = Buffer.from(text)
    for (let start = 0; start < bytes.length; start += size) sink.write(bytes.subarray(start, start + size))
    return ((await sink.end()) as { license?: string }).license
  }

  it('gives what the whole text gives: names on the field line, texts in continuation lines, blank-but-spaced breaks, CRLF', async () => {
    const texts = [
      DEP5(['Files: *\nCopyright: 2020 A\n 2021 B\nLicense: GPL-2+\n This program is free software.\n .\n More text.', 'License: GPL-2+\n Full text.']),
      DEP5(['Files: *\nCopyright: 2020 A\nLicense: MIT', 'Files: imath/*\nCopyright: 2002 B\nLicense:\n Permission is hereby granted.']),
      DEP5(['Files: *\nCopyright: 2020 A\nLicense: BSL-1.0', 'Files: x/*\n y/*\nCopyright: 2020 C\nLicense: Expat or Apache-2.0']).replace(/\n\n/g, '\n  \t\n'),
      DEP5(['Files: *\nCopyright: 2020 A\nLicense: LGPL-2.1']).replace(/\n/g, '\r\n'),
      'This is the Debian prepackaged version of probe.\n\nCopyright: 2001 A\n'
    ]
    for (const text of texts) for (const size of [1, 7, 4096]) expect(await streamed(text, size)).toBe(debianCopyrightLicense(text))
    expect(await streamed(texts[0]!, 3)).toBe('GPL-2.0-or-later')
  })

  it('gives what the whole text gives on this machine’s copyright files (when it has them)', async () => {
    const dir = '/usr/share/doc'
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).map((name) => path.join(dir, name, 'copyright')) : []
    const differing: string[] = []
    for (const file of files) {
      if (!fs.existsSync(file)) continue
      const text = fs.readFileSync(file, 'utf8')
      if ((await streamed(text, 65536)) !== debianCopyrightLicense(text)) differing.push(file)
    }
    expect(differing).toEqual([])
  })
})

describe('dpkg packages in an image', () => {
  let work: string
  beforeAll(() => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-dpkg-license-')))
  })
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  it('take their license from /usr/share/doc/<package>/copyright, through a symlinked doc directory too', async () => {
    const stanza = (name: string): string => `Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\nSource: probe\nVersion: 1.2-1\n`
    const dir = path.join(work, 'layout')
    await writeOciLayout(
      dir,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: 'ID=debian\nVERSION_ID="12"\nPRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\n' },
                { path: 'var/lib/dpkg/status', content: [stanza('libprobe1'), stanza('libprobe-dev'), stanza('probe-tools'), stanza('probe-old')].join('\n') },
                { path: 'usr/share/doc/libprobe1/copyright', content: DEP5(['Files: *\nCopyright: 2020 A\nLicense: LGPL-2.1+']) },
                { path: 'usr/share/doc/libprobe-dev', type: 'symlink', target: 'libprobe1' },
                { path: 'usr/share/doc/probe-tools/copyright', content: DEP5(['Files: *\nCopyright: 2020 A\nLicense: GPL-2+ with OpenSSL exception']) },
                {
                  path: 'usr/share/doc/probe-old/copyright',
                  content: 'Probe was debianized in 1999.\n\nIt is under the GPL, see /usr/share/common-licenses/GPL.\n'
                }
              ],
              compression: 'gzip'
            }
          ]
        }
      ],
      'v1'
    )
    for (const languages of [true, false]) {
      const catalog = await catalogImage(`oci:${dir}:v1`, { languages })
      expect(catalog.inventory.packages.map((pkg) => [pkg.name, pkg.license])).toEqual([
        ['libprobe1', 'LGPL-2.1-or-later'],
        ['libprobe-dev', 'LGPL-2.1-or-later'],
        ['probe-tools', 'GPL-2+ with OpenSSL exception'],
        ['probe-old', undefined]
      ])
    }
  })
})

describe('rpm and apk packages in an image', () => {
  let work: string
  beforeAll(() => {
    work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-os-license-')))
  })
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }))

  /** Each package's license as the catalog reads it and as the SBOM writes it (SPDX expression, or text). */
  async function licenses(dir: string): Promise<[string, string | undefined, string | undefined][]> {
    const catalog = await catalogImage(`oci:${dir}:v1`, { languages: false })
    return catalog.inventory.packages.map((pkg) => {
      const form = pkg.license ? sbomLicense(pkg.license) : undefined
      return [pkg.name, pkg.license, form?.kind === 'expression' ? `spdx ${form.expression}` : form && `text ${form.text}`]
    })
  }

  it('rpm License tags: SPDX as written, Fedora legacy names that name one license as SPDX, the rest as text', async () => {
    const tags = ['GPLv3+', 'ASL 2.0 or MIT', 'LGPLv2+', 'MIT and BSD', 'GPLv2+ with exceptions', 'LGPL-2.1-or-later AND GPL-2.0-or-later', 'Public Domain']
    const rpm = buildRpmLicenseDatabase(work, tags)
    expect(rpm.expected).toEqual(tags.map((tag, index) => `lic0${index}\t${tag}`))
    const dir = path.join(work, 'rpm')
    await writeOciLayout(
      dir,
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
    expect((await licenses(dir)).sort()).toEqual([
      ['lic00', 'GPLv3+', 'spdx GPL-3.0-or-later'],
      ['lic01', 'ASL 2.0 or MIT', 'spdx Apache-2.0 OR MIT'],
      ['lic02', 'LGPLv2+', 'text LGPLv2+'],
      ['lic03', 'MIT and BSD', 'text MIT and BSD'],
      ['lic04', 'GPLv2+ with exceptions', 'text GPLv2+ with exceptions'],
      ['lic05', 'LGPL-2.1-or-later AND GPL-2.0-or-later', 'spdx LGPL-2.1-or-later AND GPL-2.0-or-later'],
      ['lic06', 'Public Domain', 'text Public Domain']
    ])
    // The policy sees the same: text is not a license it can allow (unknown), never a guess.
    expect(classifyLicense('LGPLv2+').kind).toBe('invalid')
    expect(classifyLicense('GPLv3+')).toEqual({ kind: 'valid', expression: 'GPL-3.0-or-later' })
  })

  it('apk L: lines: SPDX expressions as written, older Alpine names as SPDX, space-separated lists as text', async () => {
    const lines = ['MPL-2.0 AND MIT', 'GPL-3.0-or-later WITH GCC-exception-3.1', 'GPL2+', 'MPL-2.0 GPL-2.0-or-later', 'custom']
    const database = lines.map((license, index) => `P:apk${index}\nV:1.0-r0\nA:x86_64\nL:${license}\no:apk${index}\n`).join('\n')
    const dir = path.join(work, 'apk')
    await writeOciLayout(
      dir,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.12.12\n' },
                { path: 'lib/apk/db/installed', content: database }
              ],
              compression: 'gzip'
            }
          ]
        }
      ],
      'v1'
    )
    expect(await licenses(dir)).toEqual([
      ['apk0', 'MPL-2.0 AND MIT', 'spdx MPL-2.0 AND MIT'],
      ['apk1', 'GPL-3.0-or-later WITH GCC-exception-3.1', 'spdx GPL-3.0-or-later WITH GCC-exception-3.1'],
      ['apk2', 'GPL2+', 'spdx GPL-2.0-or-later'],
      ['apk3', 'MPL-2.0 GPL-2.0-or-later', 'text MPL-2.0 GPL-2.0-or-later'],
      ['apk4', 'custom', 'text custom']
    ])
  })
})
