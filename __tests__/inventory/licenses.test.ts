import { afterEach, describe, expect, it } from '@jest/globals'
import { known, unknownFact } from '../../src/model/fact.js'
import { classifyLicense, deniedBy, satisfiesAllow } from '../../src/inventory/licenses/spdx.js'
import * as spdx from '../../src/inventory/licenses/spdx.js'
import { metadataLicense, parseMetadata } from '../../src/inventory/licenses/python-metadata.js'
import { addInstalledLicenses, installedLicenses, packageJsonLicense } from '../../src/inventory/licenses/installed.js'
import { parsePythonMetadata } from '../../src/images/catalog/language.js'
import { mergeLicenses } from '../../src/inventory/licenses/fact.js'
import { purlKey } from '../../src/inventory/licenses/purl-key.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { inventoryOf, pkg } from '../rules/dependencies/harness.js'

const isExpression = (text: string): boolean => classifyLicense(text).kind === 'valid'

let ws: TempWorkspace | undefined
afterEach(() => {
  ws?.cleanup()
  ws = undefined
})

describe('SPDX expressions', () => {
  it('classifies license strings', () => {
    expect(classifyLicense('(MIT OR Apache-2.0)')).toEqual({ kind: 'valid', expression: 'MIT OR Apache-2.0' })
    expect(classifyLicense('Apache-2.0 WITH LLVM-exception').kind).toBe('valid')
    expect(classifyLicense('LicenseRef-acme-eula').kind).toBe('valid')
    for (const value of [undefined, '', 'NOASSERTION', 'OTHER', 'unknown']) expect(classifyLicense(value).kind).toBe('no-assertion')
    for (const value of ['NONE', 'UNLICENSED']) expect(classifyLicense(value).kind).toBe('no-license')
    for (const value of ['BSD', 'GPL', 'Apache2 or whatever', 'SEE LICENSE IN EULA.txt']) expect(classifyLicense(value).kind).toBe('invalid')
    // Unambiguous spellings are the expression they stand for (normalize.ts).
    expect(classifyLicense('Apache 2.0')).toEqual({ kind: 'valid', expression: 'Apache-2.0' })
    expect(classifyLicense('MIT/Apache-2.0')).toEqual({ kind: 'valid', expression: 'MIT OR Apache-2.0' })
  })

  it('allow: some choice of an OR must be allowed, all of an AND; -or-later ranges', () => {
    expect(satisfiesAllow('MIT OR GPL-3.0-only', ['MIT'])).toBe(true)
    expect(satisfiesAllow('MIT AND GPL-3.0-only', ['MIT'])).toBe(false)
    expect(satisfiesAllow('GPL-3.0-only', ['GPL-2.0-or-later'])).toBe(true)
    expect(satisfiesAllow('Apache-2.0 WITH LLVM-exception', ['Apache-2.0'])).toBe(false)
  })

  it('deny: the denied licenses an expression cannot avoid', () => {
    expect(deniedBy('MIT OR GPL-3.0-only', ['GPL-3.0-only'])).toEqual([])
    expect(deniedBy('MIT AND GPL-3.0-only', ['GPL-3.0-only'])).toEqual(['GPL-3.0-only'])
    expect(deniedBy('(GPL-3.0-only OR AGPL-3.0-only) AND MIT', ['GPL-3.0-only', 'AGPL-3.0-only'])).toEqual(['GPL-3.0-only', 'AGPL-3.0-only'])
    expect(deniedBy('GPL-3.0-or-later', ['GPL-3.0-only'])).toEqual(['GPL-3.0-or-later'])
  })
})

describe('installed metadata', () => {
  it('reads package.json license forms, legacy arrays as OR', () => {
    expect(packageJsonLicense({ license: 'MIT' })).toBe('MIT')
    expect(packageJsonLicense({ license: { type: 'ISC', url: 'x' } })).toBe('ISC')
    expect(packageJsonLicense({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('MIT OR Apache-2.0')
    expect(packageJsonLicense({ licenses: ['GPL-2.0-only WITH Classpath-exception-2.0', 'MIT'] })).toBe('(GPL-2.0-only WITH Classpath-exception-2.0) OR MIT')
    expect(packageJsonLicense({ name: 'x' })).toBeUndefined()
  })

  it('reads METADATA: License-Expression, an SPDX License, exact classifiers, else the License text', () => {
    const meta = (headers: string) =>
      metadataLicense(parseMetadata(`Metadata-Version: 2.1\nName: x\nVersion: 1.0\n${headers}\n\nLicense: not a header, the description\n`), isExpression)
    expect(meta('License-Expression: MIT OR Apache-2.0\nLicense: BSD')).toBe('MIT OR Apache-2.0')
    expect(meta('License: Apache-2.0')).toBe('Apache-2.0')
    expect(meta('License: UNKNOWN\nClassifier: License :: OSI Approved :: MIT License')).toBe('MIT')
    expect(meta('Classifier: License :: OSI Approved :: MIT License\nClassifier: License :: OSI Approved :: Apache Software License 2.0 (Apache-2.0)')).toBe(
      'MIT OR Apache-2.0'
    )
    // An ambiguous classifier is not guessed: its name is kept as text (not SPDX, so unknown to the policy).
    expect(meta('Classifier: License :: OSI Approved :: BSD License')).toBe('BSD License')
    expect(classifyLicense('BSD License').kind).toBe('invalid')
    expect(meta('License: BSD 3-Clause License\n        \n        Copyright (c) 2024, Someone\nClassifier: License :: OSI Approved :: BSD License')).toBe(
      'BSD 3-Clause License'
    )
  })

  it('finds node_modules (npm and pnpm layouts) and .venv dist-info beside the lockfile, same version only', () => {
    ws = tempWorkspace({
      'web/package-lock.json': '{}',
      'web/node_modules/left-pad/package.json': JSON.stringify({ name: 'left-pad', version: '1.3.0', license: 'WTFPL' }),
      'web/node_modules/old/package.json': JSON.stringify({ name: 'old', version: '2.0.0', license: 'MIT' }),
      'web/node_modules/.pnpm/@scope+pkg@1.0.0/node_modules/@scope/pkg/package.json': JSON.stringify({
        name: '@scope/pkg',
        version: '1.0.0',
        licenses: [{ type: 'BSD-3-Clause' }]
      }),
      'api/uv.lock': '',
      'api/.venv/lib/python3.12/site-packages/Flask_Login-0.6.3.dist-info/METADATA':
        'Metadata-Version: 2.4\nName: Flask-Login\nVersion: 0.6.3\nLicense-Expression: MIT\n',
      'api/.venv/lib/python3.12/site-packages/requests-2.0.0.dist-info/METADATA': 'Metadata-Version: 2.1\nName: requests\nVersion: 2.0.0\nLicense: Apache-2.0\n'
    })
    const packages = [
      pkg({ name: 'left-pad', version: '1.3.0', location: { path: 'web/package-lock.json', line: 2 } }),
      pkg({ name: 'old', version: '1.0.0', location: { path: 'web/package-lock.json', line: 3 } }),
      pkg({ name: '@scope/pkg', version: '1.0.0', location: { path: 'web/package-lock.json', line: 4 } }),
      pkg({ name: 'has', version: '1.0.0', license: 'ISC', location: { path: 'web/package-lock.json', line: 5 } }),
      pkg({ ecosystem: 'PyPI', name: 'flask-login', version: '0.6.3', location: { path: 'api/uv.lock', line: 2 } }),
      pkg({ ecosystem: 'PyPI', name: 'requests', version: '2.31.0', location: { path: 'api/uv.lock', line: 3 } })
    ]
    const workspace = new Workspace(ws.root)
    expect([...installedLicenses(workspace, packages, isExpression)]).toEqual([
      [0, 'WTFPL'],
      [2, 'BSD-3-Clause'],
      [4, 'MIT']
    ])
    // Read narrowly and not kept in the workspace's text cache.
    expect(workspace.cachedText('web/node_modules/left-pad/package.json')).toBeUndefined()
  })

  it('fills the SBOM inventory from installed metadata where the lockfile records no license (legacy licenses array as OR)', async () => {
    // json-schema 0.2.3 as published: npm writes no `license` into package-lock.json for a `licenses` array.
    ws = tempWorkspace({
      'package-lock.json': '{}',
      'node_modules/json-schema/package.json': JSON.stringify({ name: 'json-schema', version: '0.2.3', licenses: [{ type: 'AFLv2.1' }, { type: 'BSD' }] }),
      'node_modules/indexof/package.json': JSON.stringify({ name: 'indexof', version: '0.0.1' })
    })
    const inventory = {
      packages: [
        pkg({ name: 'json-schema', version: '0.2.3', location: { path: 'package-lock.json', line: 2 } }),
        pkg({ name: 'indexof', version: '0.0.1', location: { path: 'package-lock.json', line: 3 } }),
        pkg({ name: 'pako', version: '1.0.11', license: '(MIT AND Zlib)', location: { path: 'package-lock.json', line: 4 } })
      ]
    }
    expect(await addInstalledLicenses(new Workspace(ws.root), inventory)).toBe(1)
    expect(inventory.packages.map((entry) => entry.license)).toEqual(['AFLv2.1 OR BSD', undefined, '(MIT AND Zlib)'])
  })

  it('image Python metadata gets the same license as installed metadata (classifiers when License is not SPDX)', () => {
    // Header lines as in the wheels of urllib3 2.3.0, chardet 5.2.0 and markupsafe 3.0.2.
    const license = (headers: string): string | undefined => parsePythonMetadata(`Metadata-Version: 2.1\nName: x\nVersion: 1\n${headers}\n`)[0]!.license
    expect(license('Classifier: License :: OSI Approved :: MIT License')).toBe('MIT')
    expect(license('License: LGPL\nClassifier: License :: OSI Approved :: GNU Lesser General Public License v2 or later (LGPLv2+)')).toBe('LGPL-2.0-or-later')
    expect(license('License: Copyright 2010 Pallets\nClassifier: License :: OSI Approved :: BSD License')).toBe('Copyright 2010 Pallets')
    expect(license('Classifier: License :: OSI Approved :: BSD License')).toBe('BSD License')
    expect(license('Classifier: License :: OSI Approved :: Apache Software License\nClassifier: License :: OSI Approved :: BSD License')).toBe(
      'Apache Software License OR BSD License'
    )
  })
})

describe('merging license sources', () => {
  it('takes the first valid SPDX expression of lockfile, installed, GitHub; else the first text found', () => {
    const inventory = inventoryOf([
      pkg({ name: 'a', license: 'MIT' }),
      pkg({ name: 'b', license: 'BSD' }),
      pkg({ name: 'c' }),
      pkg({ name: '@scope/d', version: '2.0.0' }),
      pkg({ name: 'e', license: 'BSD' })
    ])
    const github = known({ licenses: { [purlKey('pkg:npm/b@1.0.0')!]: 'BSD-2-Clause', [purlKey('pkg:npm/%40scope/d@2.0.0')!]: 'Apache-2.0' } })
    const merged = mergeLicenses(inventory, new Map([[2, 'ISC']]), github, spdx, purlKey)
    expect(merged).toEqual([
      { license: 'MIT', source: 'lockfile' },
      { license: 'BSD-2-Clause', source: 'github' },
      { license: 'ISC', source: 'installed' },
      { license: 'Apache-2.0', source: 'github' },
      { license: 'BSD', source: 'lockfile' }
    ])
    expect(mergeLicenses(inventory, new Map(), unknownFact('no-token', 'offline'), spdx, purlKey)[3]).toBeUndefined()
  })

  it('compares purls across producers', () => {
    expect(purlKey('pkg:npm/%40Babel/Core@7.0.0')).toBe(purlKey('pkg:npm/@babel/core@7.0.0'))
    expect(purlKey('pkg:pypi/Flask_Login@0.6.3')).toBe(purlKey('pkg:pypi/flask-login@0.6.3'))
    expect(purlKey('pkg:golang/github.com/Foo/bar@v1.0.0')).not.toBe(purlKey('pkg:golang/github.com/foo/bar@v1.0.0'))
    expect(purlKey('not a purl')).toBeUndefined()
  })
})
