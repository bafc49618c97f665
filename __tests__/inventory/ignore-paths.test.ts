/** The policy's ignore-paths and the inventory: test-data directories are left out by default, and said. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { check } from '../../src/check.js'
import { collectInventory } from '../../src/inventory/collect.js'
import { embeddedPolicy } from '../../src/policy/resolve.js'
import { globMatcher } from '../../src/policy/globs.js'
import { allRules } from '../../src/rules/index.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const cargoLock = (name: string) =>
  `version = 4\n\n[[package]]\nname = "${name}"\nversion = "1.0.0"\n\n[[package]]\nname = "itoa"\nversion = "1.0.15"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${'a'.repeat(64)}"\n`

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

describe('ignore-paths and the inventory', () => {
  it('leaves lockfiles under conventional test-data directories out by default, and lists them', async () => {
    ws = tempWorkspace({ 'Cargo.lock': cargoLock('app'), 'test/fixtures/old/Cargo.lock': cargoLock('fixture'), 'pkg/testdata/Cargo.lock': cargoLock('data') })
    const workspace = new Workspace(ws.root)
    workspace.isIgnored = globMatcher(embeddedPolicy(allRules).ignorePaths)
    const inventory = await collectInventory(workspace)
    expect(inventory.files.map((file) => file.path)).toEqual(['Cargo.lock'])
    expect(inventory.skipped).toEqual(['pkg/testdata/Cargo.lock', 'test/fixtures/old/Cargo.lock'])
    const { report } = await check({ path: ws.root })
    expect(report.inventory?.skipped).toBe(2)
  })
  it('reads everything when the policy sets ignore-paths to []', async () => {
    ws = tempWorkspace({ 'Cargo.lock': cargoLock('app'), 'test/fixtures/old/Cargo.lock': cargoLock('fixture'), '.github/chaingate.yml': 'ignore-paths: []\n' })
    const { report } = await check({ path: ws.root })
    expect(report.inventory?.files).toBe(2)
    expect(report.inventory?.skipped).toBe(0)
  })
})
