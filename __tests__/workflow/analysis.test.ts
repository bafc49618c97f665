import { describe, expect, it } from '@jest/globals'
import { workflow } from './helpers.js'
import { gatesFor, privilegedUntrustedEvents, secretsUsed, TaintTracker, tokenGrant } from '../../src/workflow/analysis/index.js'
import { scopeNeeds } from '../../src/workflow/analysis/permission-needs.js'

describe('analyses', () => {
  it('reads the token grant and the secrets of a job', () => {
    const wf = workflow(`on: push
permissions:
  contents: write
jobs:
  a:
    runs-on: x
    steps:
      - run: echo
        env:
          T: \${{ secrets.NPM_TOKEN }}
          G: \${{ secrets.GITHUB_TOKEN }}
  b:
    permissions: write-all
    uses: ./.github/workflows/r.yml
    secrets: inherit
  c:
    permissions: {}
    runs-on: x
    steps:
      - run: echo \${{ toJSON(secrets) }}
`)
    const [a, b, c] = wf.jobs
    expect(tokenGrant(a!)).toMatchObject({ source: 'workflow', writeScopes: ['contents'], idToken: false })
    expect(tokenGrant(b!)).toMatchObject({ source: 'job', writeAll: true, idToken: true })
    expect(tokenGrant(c!)).toMatchObject({ source: 'job', writeScopes: [] })
    expect(secretsUsed(a!)).toEqual(['NPM_TOKEN'])
    expect(secretsUsed(b!)).toEqual(['*'])
    expect(secretsUsed(c!)).toEqual(['*'])
    expect(scopeNeeds(b!)).toMatchObject({ known: false })
  })

  it('recognises gates only as conjuncts', () => {
    const gates = (condition: string) =>
      gatesFor(workflow(`on: pull_request_target\njobs:\n  a:\n    if: ${condition}\n    runs-on: x\n    steps: []\n`).jobs[0]!).map((g) => g.kind)
    expect(gates("github.event.pull_request.head.repo.full_name == github.repository && github.event.action == 'opened'")).toEqual(['same-repository'])
    expect(gates('${{ !github.event.pull_request.head.repo.fork }}')).toEqual(['not-fork'])
    expect(gates("github.event.comment.author_association == 'MEMBER'")).toEqual(['author-association'])
    expect(gates('contains(fromJSON(\'["OWNER","MEMBER"]\'), github.event.comment.author_association)')).toEqual(['author-association'])
    expect(gates("github.event.label.name == 'safe-to-test'")).toEqual(['label'])
    // a disjunct that only holds on an event outsiders cannot cause (push) is not their way in: the gate holds for them
    expect(gates("github.event.pull_request.head.repo.full_name == github.repository || github.event_name == 'push'")).toEqual(['same-repository'])
    expect(gates("github.event.pull_request.head.repo.full_name == github.repository || github.event_name == 'pull_request_target'")).toEqual([])
    expect(gates("github.event.pull_request.head.repo.full_name == github.repository || github.event.action == 'labeled'")).toEqual([])
    expect(gates('github.event.pull_request.head.repo.full_name != github.repository')).toEqual([])
  })

  it('knows which workflow_run triggers outsiders can reach', () => {
    const ci = workflow('name: CI\non: pull_request\njobs: {}\n', '.github/workflows/ci.yml')
    const nightly = workflow('name: Nightly\non: schedule\njobs: {}\n', '.github/workflows/nightly.yml')
    const after = (name: string) => workflow(`on:\n  workflow_run:\n    workflows: [${name}]\njobs: {}\n`, '.github/workflows/after.yml')
    const model = { workflows: [ci, nightly], actions: [], scripts: new Map(), actionsByDir: new Map() }
    expect(privilegedUntrustedEvents(after('CI'), model)).toEqual(['workflow_run'])
    expect(privilegedUntrustedEvents(after('Nightly'), model)).toEqual([])
    expect(privilegedUntrustedEvents(after('Elsewhere'), model)).toEqual(['workflow_run'])
  })

  it('tracks taint through shell assignments and clears it on reassignment', () => {
    const wf = workflow(`on: issue_comment
jobs:
  a:
    runs-on: x
    steps:
      - env:
          BODY: \${{ github.event.comment.body }}
        run: |
          X=$(echo "$BODY" | head -1)
          echo "one=$X" >> $GITHUB_OUTPUT
          X=fixed
          echo "two=$X" >> $GITHUB_OUTPUT
        id: s
`)
    const tracker = new TaintTracker()
    const writes = tracker.stepWrites(wf.jobs[0]!.steps[0]!)
    expect(writes.outputs.get('one')).toMatchObject({ level: 'arbitrary', origin: 'github.event.comment.body', via: ['env.BODY', '$X'] })
    expect(writes.outputs.has('two')).toBe(false)
  })
})
