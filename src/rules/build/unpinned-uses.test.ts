import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { actionRefsFact, mostSpecificVersion, batchQuery } from '../../github/facts/action-refs.js'
import { inRange } from '../../posture/action-advisories.js'
import { unknownFact } from '../../model/fact.js'
import { policyFor, unpinnedUses } from './unpinned-uses.js'

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683'
const offline = unknownFact('no-token', 'not resolved: no GitHub token (offline run)')

const TEXT = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      - uses: actions/setup-node@v4
      - uses: acme/internal-action/lint@main
      - uses: third-party/tool
      - uses: ./.github/actions/local
      - uses: docker://alpine:3.20
  deploy:
    uses: acme/workflows/.github/workflows/deploy.yml@v1
`

describe('unpinned-uses', () => {
  it('flags tags, branches, missing refs and reusable workflows; skips SHAs, local and docker uses', () => {
    const results = evaluate(unpinnedUses, { [W]: TEXT }, [[actionRefsFact, offline]])
    expect(brief(results)).toEqual(['fail medium 7:15-7:35', 'fail = 8:15-8:44', 'fail = 9:15-9:30', 'fail = 13:11-13:56'])
    expect(results.map((result) => result.message)).toEqual([
      'action actions/setup-node is pinned to "v4", a mutable ref, not a commit SHA',
      'action acme/internal-action/lint is pinned to "main", a mutable ref, not a commit SHA',
      'action third-party/tool is used without any ref',
      'reusable workflow acme/workflows/.github/workflows/deploy.yml is pinned to "v1", a mutable ref, not a commit SHA'
    ])
    expect(results[0]!.fix).toBe('uses: actions/setup-node@<40-hex commit SHA of v4> # v4')
  })

  it('follows the policy: ref-pin and any per owner glob, the most specific glob winning', () => {
    const options = { policy: { 'acme/*': 'ref-pin', 'acme/workflows': 'hash-pin', 'third-party/*': 'any' } }
    const results = evaluate(unpinnedUses, { [W]: TEXT }, [[actionRefsFact, offline]], options)
    expect(brief(results)).toEqual(['fail medium 7:15-7:35', 'fail = 13:11-13:56'])
    expect(policyFor('acme/workflows/.github/workflows/deploy.yml', options as never)).toBe('hash-pin')
    expect(policyFor('Acme/Other', options as never)).toBe('ref-pin')
    expect(policyFor('actions/checkout', { 'ref-pin-allowed': ['actions/*'] })).toBe('ref-pin')
  })

  it('accepts the SLSA generators at a release tag (they refuse SHA pins), unless a policy glob as specific names them', () => {
    const text = `on: push
jobs:
  provenance:
    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@v2.1.0
  branch:
    uses: slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@main
  verify:
    runs-on: ubuntu-latest
    steps:
      - uses: slsa-framework/slsa-verifier/actions/installer@v2.7.0
`
    expect(brief(evaluate(unpinnedUses, { [W]: text }, [[actionRefsFact, offline]]))).toEqual(['fail = 6:11-6:97', 'fail = 10:15-10:67'])
    expect(evaluate(unpinnedUses, { [W]: text }, [[actionRefsFact, offline]], { policy: { '*': 'hash-pin', 'slsa-framework/*': 'hash-pin' } })).toHaveLength(2)
    const strict = evaluate(unpinnedUses, { [W]: text }, [[actionRefsFact, offline]], {
      policy: { 'slsa-framework/slsa-github-generator/.github/workflows/*': 'hash-pin' }
    })
    expect(strict).toHaveLength(3)
  })

  it('flags local actions run from a checkout of another repository at a mutable ref', () => {
    const text = `on: issue_comment
jobs:
  bot:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          repository: acme/bot-actions
          ref: main
          path: ./actions
      - uses: ./actions/commands
  root:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          repository: acme/triage
      - uses: ./label
  pinned:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          repository: acme/bot-actions
          ref: ${SHA}
          path: actions
      - uses: ./actions/commands
      - uses: actions/checkout@${SHA}
        with:
          repository: acme/docs
          path: docs
      - run: make -C docs
`
    const results = evaluate(unpinnedUses, { [W]: text }, [[actionRefsFact, offline]])
    expect(brief(results)).toEqual(['fail = 9:16-9:19', 'fail = 15:15-15:71'])
    expect(results.map((result) => result.message)).toEqual([
      'local action ./actions/commands is checked out from acme/bot-actions at "main", a mutable ref, not a commit SHA',
      'local action ./label is checked out from acme/triage at its default branch, not a commit SHA'
    ])
    expect(evaluate(unpinnedUses, { [W]: text }, [[actionRefsFact, offline]], { policy: { 'acme/*': 'ref-pin' } })).toHaveLength(1)
  })

  it('a ref-pin policy still needs a ref', () => {
    const results = evaluate(unpinnedUses, { [W]: TEXT }, [[actionRefsFact, offline]], { policy: { '*': 'ref-pin' } })
    expect(brief(results)).toEqual(['fail = 9:15-9:30'])
  })
})

describe('action-refs helpers', () => {
  it('matches GHSA version ranges', () => {
    expect(inRange('v35.7.6', '< 46.0.1')).toBe(true)
    expect(inRange('4.1.8', '>= 4.0.0, < 4.1.7')).toBe(false)
    expect(inRange('v4.1', '>= 4.0.0, < 4.1.7')).toBe(true)
    expect(inRange('2.0.0', '= 2.0.0')).toBe(true)
    expect(inRange('main', '< 3')).toBe(false)
  })

  it('picks the most specific version tag', () => {
    expect(mostSpecificVersion(['v4', 'v4.2', 'v4.2.2', 'latest'])).toBe('v4.2.2')
    expect(mostSpecificVersion(['v1.0.0', 'v1.0.1'])).toBe('v1.0.1')
    expect(mostSpecificVersion(['nightly'])).toBeUndefined()
  })

  it('builds one aliased query for many repositories', () => {
    const query = batchQuery([
      { owner: 'actions', repo: 'checkout', refs: ['v4', SHA] },
      { owner: 'a"b', repo: 'c', refs: ['x'] }
    ])
    expect(query).toContain('r0: repository(owner: "actions", name: "checkout")')
    expect(query).toContain('b0: ref(qualifiedName: "refs/heads/v4")')
    expect(query).toContain(`o1: object(oid: "${SHA}")`)
    expect(query).toContain('r1: repository(owner: "a\\"b", name: "c")')
  })
})

describe('ref-version-mismatch helpers', () => {
  it('accepts a major or minor comment over a more specific release, not another release', async () => {
    const { commentMatches } = await import('./ref-version-mismatch.js')
    expect(commentMatches('v4', 'v4.2.2')).toBe(true)
    expect(commentMatches('v4.2', 'v4.2.2')).toBe(true)
    expect(commentMatches('v4.2.2', 'v4.2.2')).toBe(true)
    expect(commentMatches('v4.2.2', 'v4.2.1')).toBe(false)
    expect(commentMatches('v5', 'v4.2.2')).toBe(false)
    expect(commentMatches('v4.2.2', undefined)).toBe(false)
  })
})
