import { describe, expect, it } from '@jest/globals'
import { excessivePermissions } from '../../../src/rules/build/excessive-permissions.js'
import { runRule, where } from '../../workflow/rule-harness.js'

const WF = '.github/workflows/ci.yml'

describe('excessive-permissions', () => {
  it('flags a missing block at the jobs key (high when outsiders reach it) and write-all', () => {
    expect(where(runRule(excessivePermissions, { [WF]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: make\n' }))).toEqual([
      `${WF}:2:1-2:4 medium`
    ])
    // On a privileged event: high only when outsiders' code or text visibly reaches the job.
    const risky = (steps: string): string => `on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n${steps}`
    const bot = runRule(excessivePermissions, {
      [WF]: risky('      - run: gh pr edit "$N" --add-label triage\n        env:\n          N: ${{ github.event.pull_request.number }}\n')
    })
    expect(bot.map((r) => r.severity)).toEqual(['medium'])
    expect(bot[0]!.message).toMatch(/on pull_request_target, which outsiders can trigger; no step of these jobs visibly handles their code or text/)
    const title = runRule(excessivePermissions, { [WF]: risky('      - run: echo "${{ github.event.pull_request.title }}"\n') })
    expect(title.map((r) => r.severity)).toEqual(['high'])
    expect(title[0]!.message).toMatch(/\(job a, step 1 expands \$\{\{ github\.event\.pull_request\.title \}\}\)/)
    const head = risky('      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n')
    expect(runRule(excessivePermissions, { [WF]: head }).map((r) => r.severity)).toEqual(['high'])
    expect(runRule(excessivePermissions, { [WF]: risky('      - uses: ./.github/actions/triage\n') }).map((r) => r.severity)).toEqual(['high'])
    const program = runRule(excessivePermissions, { [WF]: risky('      - uses: actions/checkout@v4\n      - run: node ./.github/bot/index.mjs\n') })
    expect(program[0]!.message).toMatch(/step 2 runs the local program \.\/\.github\/bot\/index\.mjs/)
    expect(where(runRule(excessivePermissions, { [WF]: 'on: push\npermissions: write-all\njobs: {}\n' }))).toEqual([`${WF}:2:14-2:22 high`])
    // A reusable-only workflow gets its caller's permissions.
    expect(runRule(excessivePermissions, { [WF]: 'on: workflow_call\njobs:\n  a:\n    runs-on: x\n    steps: []\n' })).toEqual([])
  })

  it('flags write scopes no step needs, with a minimal block as fix', () => {
    const results = runRule(excessivePermissions, {
      [WF]: `on: push
permissions:
  contents: write
  pull-requests: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
      - run: npm ci && npm test
`
    })
    expect(where(results)).toEqual([`${WF}:3:3-3:10 medium`, `${WF}:4:3-4:15 medium`])
    expect(results[0]!.fix).toBe('permissions:\n  contents: read')
  })

  it('keeps scopes the steps use, and stays quiet when a step could use the token invisibly', () => {
    const release = `on:
  push:
    tags: ['v*']
permissions:
  contents: write
  id-token: write
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: gh release create "$GITHUB_REF_NAME" dist/*
        env:
          GH_TOKEN: \${{ github.token }}
      - uses: pypa/gh-action-pypi-publish@release/v1
`
    expect(runRule(excessivePermissions, { [WF]: release })).toEqual([])
    const unknownAction = 'on: push\npermissions:\n  issues: write\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: someone/does-things@v1\n'
    expect(runRule(excessivePermissions, { [WF]: unknownAction })).toEqual([])
    const script =
      'on: push\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/bump.sh\n'
    expect(runRule(excessivePermissions, { [WF]: script })).toEqual([])
  })

  it('suggests moving a scope to the one job that needs it', () => {
    const results = runRule(excessivePermissions, {
      [WF]: `on: push
permissions:
  contents: write
jobs:
  test:
    runs-on: x
    steps:
      - run: make test
  publish:
    runs-on: x
    steps:
      - run: git push origin HEAD:gh-pages
`
    })
    expect(where(results)).toEqual([`${WF}:3:3-3:10 low`])
    expect(results[0]!.message).toMatch(/only publish needs it \(not test\)/)
  })

  it('flags job-level write scopes and id-token on fork-triggered privileged events', () => {
    const results = runRule(excessivePermissions, {
      [WF]: `on: pull_request_target
permissions: {}
jobs:
  label:
    runs-on: x
    permissions:
      pull-requests: write
      id-token: write
    steps:
      - uses: actions/labeler@v5
`
    })
    // The unneeded scope is medium (nothing of the outsiders reaches the labeller); id-token stays high.
    expect(where(results)).toEqual([`${WF}:8:7-8:14 medium`, `${WF}:8:7-8:14 high`])
    expect(results[1]!.message).toMatch(/OIDC/)
    const reached = runRule(excessivePermissions, {
      [WF]: 'on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    permissions:\n      contents: write\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n'
    })
    expect(reached.map((r) => r.severity)).toEqual(['high'])
    const gated = runRule(excessivePermissions, {
      [WF]: 'on: pull_request_target\npermissions: {}\njobs:\n  a:\n    if: github.event.pull_request.head.repo.fork == false\n    runs-on: x\n    permissions:\n      id-token: write\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n'
    })
    expect(gated).toEqual([])
  })
})

describe('excessive-permissions fixes', () => {
  it('suggests a block per job when several jobs lack permissions', () => {
    const results = runRule(excessivePermissions, {
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  test:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n  release:\n    runs-on: x\n    steps:\n      - run: gh release create v1\n  other:\n    runs-on: x\n    steps:\n      - uses: someone/thing@v1\n'
    })
    expect(results[0]!.fix).toBe(
      [
        'permissions: {}',
        '# job test:',
        '#   permissions:',
        '#     contents: read',
        '# job release:',
        '#   permissions:',
        '#     contents: write',
        '# job other: grant what it uses (step 1 uses someone/thing, whose token use is not known)'
      ].join('\n')
    )
  })
})
