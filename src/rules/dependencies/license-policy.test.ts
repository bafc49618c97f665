import { describe, expect, it } from '@jest/globals'
import { known } from '../../model/fact.js'
import { licensesFact, mergeLicenses, type PackageLicenses, type SpdxTools } from '../../inventory/licenses/fact.js'
import * as spdx from '../../inventory/licenses/spdx.js'
import { purlKey } from '../../inventory/licenses/purl-key.js'
import type { Inventory } from '../../inventory/model.js'
import { parsePolicyText } from '../../policy/load.js'
import { allRules } from '../index.js'
import { brief, evaluate, inventoryOf, pkg } from '../../../__tests__/rules/dependencies/harness.js'
import { licensePolicy } from './license-policy.js'

const tools: SpdxTools = spdx

function licensed(
  inventory: Inventory,
  github: PackageLicenses['github'] = {
    read: false,
    reason: "GitHub's SBOM export of acme/app was not read: no GitHub token (offline run)",
    permission: 'Contents: read'
  }
) {
  const value: PackageLicenses = { licenses: mergeLicenses(inventory, new Map(), known({ licenses: {} }), tools, purlKey), github, spdx: tools }
  return [licensesFact, known(value)] as [typeof licensesFact, ReturnType<typeof known>]
}

const at = (line: number, extra: object = {}) => ({ location: { path: 'package-lock.json', line }, ...extra })

describe('license-policy', () => {
  const inventory = inventoryOf([
    pkg({ name: 'mit', license: 'MIT', ...at(2) }),
    pkg({ name: 'dual', license: '(MIT OR GPL-3.0-only)', ...at(3) }),
    pkg({ name: 'gpl', license: 'GPL-3.0-or-later', ...at(4) }),
    pkg({ name: 'both', license: 'MIT AND AGPL-3.0-only', ...at(5) }),
    pkg({ name: 'apache', license: 'Apache-2.0', ...at(6) }),
    pkg({ name: 'devtool', license: 'AGPL-3.0-only', scope: 'dev', ...at(7) }),
    pkg({ name: '@acme/internal', license: 'UNLICENSED', ...at(8) }),
    pkg({ name: 'app', source: 'workspace', version: null, ...at(9) })
  ])

  it('is not applicable without an allow or deny list, and off in the baseline', () => {
    expect(brief(evaluate(licensePolicy, inventory, [licensed(inventory)]))).toEqual([
      'pass = - not applicable: no license policy configured (set allow or deny)'
    ])
    expect(licensePolicy.meta.baseline).toBe(false)
  })

  it('allow list: a package passes when some choice of its expression is allowed; UNLICENSED grants nothing', () => {
    const results = evaluate(licensePolicy, inventory, [licensed(inventory)], { allow: ['MIT', 'Apache-2.0'] })
    expect(brief(results)).toEqual([
      'fail = package-lock.json:4 gpl@1.0.0 is licensed GPL-3.0-or-later (from the lockfile), not allowed by the license policy',
      'fail = package-lock.json:5 both@1.0.0 is licensed MIT AND AGPL-3.0-only (from the lockfile), not allowed by the license policy',
      'fail = package-lock.json:8 @acme/internal@1.0.0 grants no license ("UNLICENSED" (from the lockfile)), which the allow list cannot accept'
    ])
  })

  it('normalised spellings are judged as the SPDX expression they stand for; Debian names that are not SPDX are unknown', () => {
    const spelled = inventoryOf([
      pkg({ name: 'slash', license: 'MIT/Apache-2.0', ...at(2) }),
      pkg({ name: 'lower', license: 'mit', ...at(3) }),
      pkg({ name: 'gnu', license: 'GPL-2.0+', ...at(4) }),
      pkg({ ecosystem: 'Debian:12', name: 'zlib1g', license: 'Zlib AND public-domain', ...at(5) })
    ])
    expect(brief(evaluate(licensePolicy, spelled, [licensed(spelled)], { allow: ['MIT'] }))).toEqual([
      'fail = package-lock.json:4 gnu@1.0.0 is licensed GPL-2.0-or-later (from the lockfile), not allowed by the license policy',
      'unknown = package-lock.json:5 zlib1g@1.0.0: license "Zlib AND public-domain" (from the lockfile) is not an SPDX expression (Unexpected `p` at offset 9)'
    ])
  })

  it('deny list: fails only when every choice uses a denied license; ranges count', () => {
    const results = evaluate(licensePolicy, inventory, [licensed(inventory)], { deny: ['GPL-3.0-only', 'AGPL-3.0-only'] })
    expect(brief(results)).toEqual([
      'fail = package-lock.json:4 gpl@1.0.0 is licensed GPL-3.0-or-later (from the lockfile): GPL-3.0-or-later is denied by the license policy',
      'fail = package-lock.json:5 both@1.0.0 is licensed MIT AND AGPL-3.0-only (from the lockfile): AGPL-3.0-only is denied by the license policy'
    ])
  })

  it('checks the scopes asked for, and skips exemptions by name or purl glob', () => {
    expect(brief(evaluate(licensePolicy, inventory, [licensed(inventory)], { deny: ['AGPL-3.0-only'], scopes: ['dev'] }))).toEqual([
      'fail = package-lock.json:7 devtool@1.0.0 is licensed AGPL-3.0-only (from the lockfile): AGPL-3.0-only is denied by the license policy'
    ])
    expect(evaluate(licensePolicy, inventory, [licensed(inventory)], { deny: ['AGPL-3.0-only', 'GPL-3.0-only'], exempt: ['both', 'pkg:npm/gpl@*'] })).toEqual(
      []
    )
  })

  it('unknown, never pass: no data (one finding per file), NOASSERTION, and text that is not SPDX', () => {
    const unknowns = inventoryOf(
      [
        pkg({ name: 'a', ...at(2) }),
        pkg({ name: 'b', ...at(3) }),
        pkg({ name: 'c', license: 'NOASSERTION', ...at(4) }),
        pkg({ name: 'd', license: 'BSD', ...at(5) }),
        pkg({ name: 'e', license: 'SEE LICENSE IN LICENSE.md', ...at(6) }),
        pkg({ ecosystem: 'crates.io', name: 'serde', version: '1.0.0', location: { path: 'Cargo.lock', line: 10 } })
      ],
      { 'Cargo.lock': { format: 'cargo-lock' } }
    )
    const results = evaluate(licensePolicy, unknowns, [licensed(unknowns)], { allow: ['MIT'] })
    expect(brief(results)).toEqual([
      'unknown = package-lock.json:4 c@1.0.0: license "NOASSERTION" (from the lockfile) says nothing about the license',
      'unknown = package-lock.json:5 d@1.0.0: license "BSD" (from the lockfile) is not an SPDX expression (Unexpected `B` at offset 0)',
      'unknown = package-lock.json:6 e@1.0.0: license "SEE LICENSE IN LICENSE.md" (from the lockfile) is the license is in a file of the package, not an SPDX expression',
      "unknown = package-lock.json:2 2 packages in package-lock.json have an unknown license (no license data: package-lock records none, no installed metadata was found beside it, GitHub's SBOM export not read: GitHub's SBOM export of acme/app was not read: no GitHub token (offline run)): a@1.0.0, b@1.0.0",
      "unknown = Cargo.lock:10 1 package in Cargo.lock has an unknown license (no license data: cargo-lock records none, no installed metadata was found beside it, GitHub's SBOM export not read: GitHub's SBOM export of acme/app was not read: no GitHub token (offline run)): serde@1.0.0"
    ])
    expect(results.every((result) => result.status === 'unknown')).toBe(true)
    expect(results[3]!.permission).toBe('Contents: read')
  })

  it('an allow entry that is no SPDX license is unknown; allow with deny is a policy error at its line', () => {
    expect(brief(evaluate(licensePolicy, inventory, [licensed(inventory)], { allow: ['MIT', 'Apache2'] }))).toEqual([
      "unknown = - the license policy's allow list has entries that are not SPDX licenses: Apache2 (see https://spdx.org/licenses/)"
    ])
    expect(() => parsePolicyText('rules:\n  license-policy:\n    allow: [MIT]\n    deny: [GPL-3.0-only]\n', '.github/chaingate.yml', allRules)).toThrow(
      expect.objectContaining({ message: 'license-policy takes an allow list or a deny list, not both', file: '.github/chaingate.yml', line: 4 })
    )
    expect(() => parsePolicyText('rules:\n  license-policy:\n    allow: ["MIT OR Apache-2.0"]\n', '.github/chaingate.yml', allRules)).toThrow(
      expect.objectContaining({ message: expect.stringContaining(`"MIT OR Apache-2.0" is not one SPDX license`), line: 3 })
    )
    const policy = parsePolicyText('rules:\n  license-policy:\n    allow: [MIT, Apache-2.0 WITH LLVM-exception, GPL-2.0+]\n', '.github/chaingate.yml', allRules)
    expect(policy.rules.get('license-policy')).toEqual(
      expect.objectContaining({ enabled: true, options: expect.objectContaining({ allow: ['MIT', 'Apache-2.0 WITH LLVM-exception', 'GPL-2.0+'] }) })
    )
  })
})

describe('policy errors in rule options', () => {
  it('name the option, not the boolean form of the rule entry', () => {
    expect(() => parsePolicyText('rules:\n  license-policy:\n    allow: MIT\n', '.github/chaingate.yml', allRules)).toThrow(
      expect.objectContaining({ message: '"rules.license-policy.allow" must be array', line: 3 })
    )
    expect(() => parsePolicyText('rules:\n  license-policy:\n    scopes: [runtime, test]\n', '.github/chaingate.yml', allRules)).toThrow(
      expect.objectContaining({ message: '"rules.license-policy.scopes.1" must be one of runtime, dev, optional, unknown', line: 3 })
    )
  })
})
