/**
 * Confidence and related locations of the build rules that follow a path through a workflow: each finding
 * points at the trigger, the checkout, the step that runs the code (or the step that publishes, the upload
 * that leaks), and says how sure the analysis is. Through the rule tester (the engine's own evaluation).
 */
import { describe, expect, it } from '@jest/globals'
import { pwnRequest } from '../../../src/rules/build/pwn-request.js'
import { untrustedCheckout } from '../../../src/rules/build/untrusted-checkout.js'
import { dangerousTriggers } from '../../../src/rules/build/dangerous-triggers.js'
import { templateInjection } from '../../../src/rules/build/template-injection.js'
import { cachePoisoning } from '../../../src/rules/build/cache-poisoning.js'
import { artipacked } from '../../../src/rules/build/artipacked.js'
import { relatedOf, ruleResults } from '../../../test/support/rule-tester.js'

const WF = '.github/workflows/pr.yml'

const PWN = `on:
  pull_request_target:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci
      - run: |
          echo building
          make test
`

describe('pwn-request, untrusted-checkout, dangerous-triggers', () => {
  it('pwn-request: at the checkout; the trigger and the steps that run the code are related; high', () => {
    expect(relatedOf(ruleResults(pwnRequest, { files: { [WF]: PWN } }))).toEqual([
      [
        'high @9:16',
        "2:3 trigger pull_request_target: runs with the base repository's token and secrets on an outsider's event",
        '10:14 job build, step 2 runs `npm ci`',
        '13:11 job build, step 3 runs `make`'
      ]
    ])
  })

  it('untrusted-checkout: the trigger is related; a workflow_run from an upstream not in the repository is medium', () => {
    const checkoutOnly = PWN.replace(/ {6}- run: npm ci\n[\s\S]*$/, '')
    expect(relatedOf(ruleResults(untrustedCheckout, { files: { [WF]: checkoutOnly } }))).toEqual([
      ['high @9:16', "2:3 trigger pull_request_target: runs with the base repository's token and secrets on an outsider's event"]
    ])
    const afterUnknown = checkoutOnly
      .replace('  pull_request_target:\n', '  workflow_run:\n    workflows: [Elsewhere]\n    types: [completed]\n')
      .replace('github.event.pull_request.head.sha', 'github.event.workflow_run.head_sha')
    expect(relatedOf(ruleResults(untrustedCheckout, { files: { [WF]: afterUnknown } }))[0]![0]).toBe('medium @11:16')
    // the same trigger after a workflow of the repository that forks can start: certain
    const upstream = 'name: Elsewhere\non: pull_request\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n'
    expect(relatedOf(ruleResults(untrustedCheckout, { files: { [WF]: afterUnknown, '.github/workflows/up.yml': upstream } }))[0]![0]).toBe('high @11:16')
  })

  it('dangerous-triggers: at the trigger, pointing at the checkout and the step that runs it', () => {
    expect(relatedOf(ruleResults(dangerousTriggers, { files: { [WF]: PWN } }))).toEqual([
      [
        'high @2:3',
        '9:16 job build, step 1 (actions/checkout@v4) checks out ${{ github.event.pull_request.head.sha }}',
        '10:14 job build, step 2 runs `npm ci`'
      ]
    ])
  })
})

describe('template-injection', () => {
  it('a field outsiders write, expanded directly: high, with the trigger that carries it', () => {
    const wf = `on:
  issue_comment:
  push:
jobs:
  echo:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.comment.body }}"
`
    expect(relatedOf(ruleResults(templateInjection, { files: { [WF]: wf } }))).toEqual([
      ['high @8:20', '2:3 trigger issue_comment: an outsider can set github.event.comment.body']
    ])
  })

  it('through a step output: medium, pointing at the step that sets it', () => {
    const wf = `on: pull_request_target
jobs:
  echo:
    runs-on: ubuntu-latest
    steps:
      - id: meta
        run: echo "title=\${{ github.event.pull_request.title }}" >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.meta.outputs.title }}"
`
    const results = relatedOf(ruleResults(templateInjection, { files: { [WF]: wf } }))
    expect(results).toContainEqual(['high @7:26', '1:5 trigger pull_request_target: an outsider can set github.event.pull_request.title'])
    expect(results).toContainEqual([
      'medium @8:20',
      '1:5 trigger pull_request_target: an outsider can set github.event.pull_request.title',
      '7:14 step meta sets output title from it'
    ])
  })

  it('partly attacker-influenced (a label name) is medium; a value the analysis cannot see (a run-time matrix) is low', () => {
    const branch = `on: pull_request_target
jobs:
  echo:
    runs-on: ubuntu-latest
    steps:
      - run: echo \${{ github.event.label.name }}
`
    expect(relatedOf(ruleResults(templateInjection, { files: { [WF]: branch } })).map((entry) => entry[0])).toEqual(['medium @6:19'])
    const matrix = `on: push
jobs:
  echo:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        name: \${{ fromJSON(vars.NAMES) }}
    steps:
      - run: echo \${{ matrix.name }}
`
    expect(relatedOf(ruleResults(templateInjection, { files: { [WF]: matrix } })).map((entry) => entry[0])).toEqual(['low @9:19'])
  })
})

describe('cache-poisoning and artipacked', () => {
  it('cache-poisoning: at the cache, pointing at the publishing step and the workflow outsiders run code in', () => {
    const release = `on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          cache: npm
      - run: npm publish
`
    const results = relatedOf(ruleResults(cachePoisoning, { files: { '.github/workflows/release.yml': release, [WF]: PWN } }))
    expect(results).toEqual([
      [
        'high @10:18',
        '11:14 job publish, step 2 publishes (`npm publish`)',
        ".github/workflows/pr.yml:2:3 trigger pull_request_target: outsiders run code in the default branch's cache scope"
      ]
    ])
  })

  it("cache-poisoning: a cache that is an action's default is medium", () => {
    const release = `on:
  push:
    tags: ['v*']
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-go@v5
      - run: goreleaser release
`
    expect(relatedOf(ruleResults(cachePoisoning, { files: { '.github/workflows/release.yml': release } })).map((entry) => entry[0])).toEqual(['medium @8:15'])
  })

  it('cache-poisoning: a release workflow known by its trigger only is medium, pointing at the trigger', () => {
    const release = `on:
  release:
    types: [published]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/cache@v4
        with:
          path: ~/.cache
          key: k
      - run: ./build.sh
`
    const results = relatedOf(ruleResults(cachePoisoning, { files: { '.github/workflows/release.yml': release } }))
    expect(results.map((entry) => entry.slice(0, 2))).toEqual([['medium @8:15', '2:3 trigger release: a release trigger']])
  })

  it("artipacked: an upload of the checkout points at the upload; a composite action's checkout (the caller goes on) is medium", () => {
    const upload = `on: push
jobs:
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/upload-artifact@v3
        with:
          path: .
`
    expect(relatedOf(ruleResults(artipacked, { files: { [WF]: upload } }))).toEqual([['high @6:15', '7:15 step 2 uploads .']])
    const action = 'runs:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n'
    expect(relatedOf(ruleResults(artipacked, { files: { 'action.yml': action } }))).toEqual([['medium @4:13']])
  })
})
