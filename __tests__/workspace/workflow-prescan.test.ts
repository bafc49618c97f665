import { afterEach, describe, expect, it } from '@jest/globals'
import { prescanText, prescanWorkflowFiles, workflowRunNames } from '../../src/workspace/workflow-prescan.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

describe('workflow pre-scan', () => {
  it('reads uses: in every YAML form, local and remote', () => {
    const text = [
      'name: "Build and test" # comment',
      'on: push',
      'jobs:',
      '  call:',
      '    uses: ./.github/workflows/reusable.yml',
      '  a:',
      '    steps:',
      '      - uses: actions/checkout@v4 # pinned later',
      "      - uses: 'docker://alpine:3.20'",
      '      - { uses: "owner/repo/path@main", with: { x: 1 } }',
      '      - uses: ./tools/action/',
      '      - uses: $/tools/other',
      '      - run: echo "uses: not/this@x"'
    ].join('\n')
    const files = new Set(['.github/workflows/reusable.yml', 'tools/action/action.yml', 'tools/other/action.yaml'])
    const scanned = prescanText('.github/workflows/ci.yml', 'workflow', text, (candidate) => files.has(candidate))
    expect(scanned.name).toBe('Build and test')
    expect(scanned.links.sort()).toEqual(['.github/workflows/reusable.yml', 'tools/action/action.yml', 'tools/other/action.yaml'])
    // Text that only looks like a key (inside a quoted script) is not taken; an over-match would only cost
    // the resolver one reference more, never a missed one.
    expect(scanned.remoteUses).toEqual(['actions/checkout@v4', 'docker://alpine:3.20', 'owner/repo/path@main'])
  })

  it('groups files linked by local uses and workflow_run, and keeps the rest apart', () => {
    ws = tempWorkspace({
      '.github/workflows/ci.yml': 'name: CI\non: pull_request\njobs:\n  a:\n    uses: ./.github/workflows/reusable.yml\n',
      '.github/workflows/reusable.yml': 'on: workflow_call\njobs:\n  b:\n    runs-on: x\n    steps:\n      - uses: ./actions/setup\n',
      'actions/setup/action.yml': 'runs:\n  using: composite\n  steps: []\n',
      '.github/workflows/deploy.yml': 'on:\n  workflow_run:\n    workflows: [CI]\n    types: [completed]\njobs: {}\n',
      '.github/workflows/lint.yml': 'name: Lint\non: push\njobs:\n  l:\n    steps:\n      - uses: ./other\n',
      'other/action.yaml': 'runs:\n  using: node24\n  main: index.js\n'
    })
    const { groups } = prescanWorkflowFiles(new Workspace(ws.root))
    expect(groups.map((group) => [...group].sort())).toEqual([
      ['.github/workflows/ci.yml', '.github/workflows/deploy.yml', '.github/workflows/reusable.yml', 'actions/setup/action.yml'],
      ['.github/workflows/lint.yml', 'other/action.yaml'],
      ['actions/setup/action.yml'],
      ['other/action.yaml']
    ])
  })
})

describe('workflowRunNames', () => {
  it.each([
    ['on:\n  workflow_run:\n    workflows: [CI, "Build and test"]\n', ['CI', 'Build and test']],
    ["on:\n  workflow_run:\n    workflows:\n      - 'Release'\n      - Nightly # comment\n    types: [completed]\n", ['Release', 'Nightly']],
    ['on:\n  workflow_run:\n    workflows: Deploy\n', ['Deploy']],
    ['on: workflow_run\n', null]
  ])('%j -> %j', (text, names) => {
    expect(workflowRunNames(text)).toEqual(names)
  })
})
