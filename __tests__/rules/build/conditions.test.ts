import { describe, expect, it } from '@jest/globals'
import { unsoundCondition } from '../../../src/rules/build/unsound-condition.js'
import { botConditions } from '../../../src/rules/build/bot-conditions.js'
import { unsoundContains } from '../../../src/rules/build/unsound-contains.js'
import { runRule, where } from '../../workflow/rule-harness.js'

const WF = '.github/workflows/ci.yml'

describe('unsound-condition', () => {
  it('flags ${{ }} mixed with text, and a | block with its trailing newline', () => {
    const results = runRule(unsoundCondition, {
      [WF]: `on: push
jobs:
  a:
    if: \${{ github.ref == 'refs/heads/main' }} && \${{ github.event_name == 'push' }}
    runs-on: x
    steps:
      - if: |
          \${{ github.actor == 'me' }}
        run: echo
      - if: \${{ always() }}
        run: echo
      - if: github.ref == 'refs/heads/main'
        run: echo
      - if: >-
          \${{ success() }}
        run: echo
`
    })
    expect(where(results)).toEqual([`${WF}:4:9-4:84 undefined`, `${WF}:7:13-8:38 undefined`])
    expect(results[0]!.fix).toBe("if: (github.ref == 'refs/heads/main') && (github.event_name == 'push')   # one expression, without ${{ }} around parts of it")
    expect(results[1]!.message).toMatch(/trailing newline/)
  })

  it('checks composite action steps too', () => {
    expect(
      runRule(unsoundCondition, {
        'a/action.yml': 'runs:\n  using: composite\n  steps:\n    - if: "${{ inputs.x }} == true"\n      run: echo\n      shell: bash\n'
      })
    ).toHaveLength(1)
  })
})

describe('bot-conditions', () => {
  it('flags github.actor == bot at the exact span, high on pull_request_target', () => {
    const results = runRule(botConditions, {
      [WF]: `on: pull_request_target
jobs:
  automerge:
    if: github.actor == 'dependabot[bot]' && github.event.pull_request.draft == false
    runs-on: x
    steps:
      - run: gh pr merge --auto "$PR"
`
    })
    expect(where(results)).toEqual([`${WF}:4:9-4:20 high`])
    expect(results[0]!.fix).toBe("if: github.event.pull_request.user.login == 'dependabot[bot]' && github.event.pull_request.draft == false")
  })

  it('is medium on pull_request, and quiet for negations, author checks and push', () => {
    const text = (on: string, cond: string): string => `on: ${on}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - if: \${{ ${cond} }}\n        run: echo\n`
    expect(runRule(botConditions, { [WF]: text('pull_request', "github.triggering_actor == 'renovate[bot]'") }).map((r) => r.severity)).toEqual(['medium'])
    expect(runRule(botConditions, { [WF]: text('pull_request', "github.actor != 'dependabot[bot]'") })).toEqual([])
    expect(runRule(botConditions, { [WF]: text('pull_request', "!(github.actor == 'dependabot[bot]')") })).toEqual([])
    expect(runRule(botConditions, { [WF]: text('pull_request', "github.event.pull_request.user.login == 'dependabot[bot]'") })).toEqual([])
    expect(
      runRule(botConditions, { [WF]: text('pull_request', "github.actor == 'dependabot[bot]' && github.event.pull_request.user.login == 'dependabot[bot]'") })
    ).toEqual([])
    expect(runRule(botConditions, { [WF]: text('push', "github.actor == 'dependabot[bot]'") })).toEqual([])
    expect(runRule(botConditions, { [WF]: text('pull_request', "github.actor == 'octocat'") })).toEqual([])
  })
})

describe('unsound-contains', () => {
  it('flags a string haystack with the call span and a fromJSON fix', () => {
    const results = runRule(unsoundContains, {
      [WF]: `on: push
jobs:
  deploy:
    if: contains('refs/heads/main refs/heads/release', github.ref)
    runs-on: x
    steps:
      - if: \${{ contains('a,b', matrix.os) }}
        run: echo
`
    })
    // github.ref: only someone with push access picks a branch name (a fork's PR is refs/pull/N/merge).
    expect(where(results)).toEqual([`${WF}:4:9-4:66 medium`, `${WF}:7:17-7:42 medium`])
    expect(results[0]!.message).toMatch(/anyone who can push a branch or tag chooses github\.ref$/)
    expect(results[0]!.fix).toBe(`if: contains(fromJSON('["refs/heads/main", "refs/heads/release"]'), github.ref)`)
    expect(results[1]!.fix).toBe(`if: \${{ contains(fromJSON('["a", "b"]'), matrix.os) }}`)
  })

  it('does not flag list membership or literal needles', () => {
    const text = (cond: string): string => `on: push\njobs:\n  a:\n    if: ${cond}\n    runs-on: x\n    steps: []\n`
    expect(runRule(unsoundContains, { [WF]: text(`contains(fromJSON('["a","b"]'), github.ref)`) })).toEqual([])
    expect(runRule(unsoundContains, { [WF]: text(`contains(github.event.pull_request.labels.*.name, 'ok')`) })).toEqual([])
    expect(runRule(unsoundContains, { [WF]: text(`contains(github.ref, 'release')`) })).toEqual([])
  })

  it('is high only for values outsiders choose (a fork branch, a login)', () => {
    const text = (condition: string): string => `on: pull_request_target\njobs:\n  a:\n    if: ${condition}\n    runs-on: x\n    steps: []\n`
    expect(runRule(unsoundContains, { [WF]: text(`contains('release-1 release-2', github.head_ref)`) }).map((r) => r.severity)).toEqual(['high'])
    expect(runRule(unsoundContains, { [WF]: text(`contains('octocat monalisa', github.event.pull_request.user.login)`) }).map((r) => r.severity)).toEqual([
      'high'
    ])
    const eventName = runRule(unsoundContains, { [WF]: text(`contains('push schedule', github.event_name)`) })
    expect(eventName.map((r) => r.severity)).toEqual(['medium'])
    expect(eventName[0]!.message).not.toMatch(/attacker|push a branch/)
  })
})
