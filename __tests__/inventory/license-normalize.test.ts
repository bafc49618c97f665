/**
 * License strings as SPDX: normalisation (normalize.ts), Debian machine-readable copyright files
 * (dpkg-copyright.ts) and the license of dpkg packages in an image. The copyright texts are written here
 * in DEP-5 form (the shapes of Debian 12's files: header paragraph, Files paragraphs, stand-alone License
 * paragraphs with texts, "or" choices, names that are not SPDX ids); not copied from any package.
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
    expect(normalizeLicense('GPLv2+ and LGPLv2+ and MIT')).toBe('GPL-2.0-or-later AND LGPL-2.0-or-later AND MIT')
    expect(normalizeLicense('ASL 2.0')).toBe('Apache-2.0')
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
