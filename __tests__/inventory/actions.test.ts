/** GitHub Actions as an inventory ecosystem: the workflows' remote uses: from the pre-scan, at their lines. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { FactStore } from '../../src/facts/store.js'
import { inventoryFact } from '../../src/inventory/fact.js'
import { actionPurl, actionsInventory, remoteAction } from '../../src/inventory/actions.js'
import { prescanWorkflowFiles } from '../../src/workspace/workflow-prescan.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683'
const WORKFLOW = `name: ci
on: push
jobs:
  call:
    uses: acme/workflows/.github/workflows/release.yml@v2
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      # - uses: old/commented@v1
      - name: setup
        uses: "actions/setup-node@v4"
      - { uses: 'github/codeql-action/init@v3', with: { languages: js } }
      - uses: actions/checkout@${SHA}
      - uses: ./.github/actions/local
      - uses: docker://alpine:3.20
      - uses: \${{ matrix.action }}
      - run: echo "uses: not/this@x"
`
const ACTION = `name: local
runs:
  using: composite
  steps:
    - uses: acme/lint@main
`

let ws: TempWorkspace | undefined
afterEach(() => {
  ws?.cleanup()
  ws = undefined
})

describe('GitHub Actions inventory', () => {
  it('one package per distinct name@ref per file, located at its uses: value', () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': WORKFLOW, '.github/actions/local/action.yml': ACTION })
    const workspace = new Workspace(ws.root)
    const inventory = actionsInventory(workspace, prescanWorkflowFiles(workspace))
    expect(inventory.packages.map((pkg) => `${pkg.location.path}:${pkg.location.line}:${pkg.location.column} ${pkg.name} ${pkg.version} ${pkg.purl}`)).toEqual([
      '.github/actions/local/action.yml:5:13 acme/lint main pkg:github/acme/lint@main',
      '.github/workflows/ci.yml:5:11 acme/workflows/.github/workflows/release.yml v2 pkg:github/acme/workflows@v2#.github/workflows/release.yml',
      `.github/workflows/ci.yml:9:15 actions/checkout ${SHA} pkg:github/actions/checkout@${SHA}`,
      '.github/workflows/ci.yml:12:16 actions/setup-node v4 pkg:github/actions/setup-node@v4',
      '.github/workflows/ci.yml:13:18 github/codeql-action/init v3 pkg:github/github/codeql-action@v3#init'
    ])
    expect(inventory.packages.every((pkg) => pkg.ecosystem === 'GitHub Actions' && pkg.scope === 'runtime' && pkg.direct === true)).toBe(true)
    expect(inventory.files).toEqual([
      { path: '.github/actions/local/action.yml', format: 'github-action', ecosystem: 'GitHub Actions', packages: 1 },
      { path: '.github/workflows/ci.yml', format: 'github-workflow', ecosystem: 'GitHub Actions', packages: 4 }
    ])
  })

  it('parses uses: values like GitHub', () => {
    expect(remoteAction('actions/checkout@v4')).toEqual({ name: 'actions/checkout', ref: 'v4' })
    expect(remoteAction('owner/repo')).toEqual({ name: 'owner/repo', ref: '' })
    for (const value of ['./local', '$/x', 'docker://alpine', '${{ x }}', 'single@v1', 'a/../b@v1']) expect(remoteAction(value)).toBeNull()
  })

  it('is part of the inventory fact, sharing the pre-scan', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': WORKFLOW })
    const store = new FactStore({ workspace: new Workspace(ws.root), github: null, elevated: null, target: null, event: null, now: new Date() })
    const fact = await store.get(inventoryFact)
    if (!fact.known) throw new Error(fact.reason)
    expect(fact.value.packages).toHaveLength(4)
    expect(fact.value.files.map((file) => file.format)).toEqual(['github-workflow'])
    expect(fact.value.problems).toEqual([])
  })
})

describe('action purls', () => {
  it('are what packageurl-js builds', async () => {
    const { purlFor } = await import('../../src/inventory/purl.js')
    const names = [
      'actions/checkout',
      'Actions/Setup-Node',
      'github/codeql-action/init',
      'acme/workflows/.github/workflows/release.yml',
      'o/r/a b/c',
      'o/r.x/./x/../y',
      'o-o/r_r'
    ]
    const refs = ['v4', '11bd71901bbe5b1630ceea73d27597364c9af683', 'release/1.0', 'v1+b', 'v%1#x?y@z:q', 'feature/ü', ' v1 ', null]
    for (const name of names)
      for (const ref of refs) expect(`${name}@${ref}: ${actionPurl(name, ref)}`).toBe(`${name}@${ref}: ${purlFor('GitHub Actions', name, ref)}`)
  })
})
