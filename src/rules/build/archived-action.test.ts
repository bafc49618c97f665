import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { actionRefsFact, refKey, type ActionRefResolution } from '../../github/facts/action-refs.js'
import { known, unknownFact } from '../../model/fact.js'
import { archivedAction } from './archived-action.js'

const TEXT = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/retired@v2
      - uses: acme/alive@v1
      - uses: acme/retired/sub/dir@v2
      - uses: ./.github/actions/local
      - uses: docker://alpine:3.20
      - uses: acme/retired@\${{ inputs.ref }}
      - uses: my-org/private-action@v1
      - uses: acme/flaky@v1
      - uses: acme/mute@v1
  call:
    uses: acme/retired/.github/workflows/release.yml@v2
`

function resolved(owner: string, repo: string, ref: string, extra: Partial<ActionRefResolution>): [string, ActionRefResolution] {
  return [
    refKey(owner, repo, ref),
    {
      owner,
      repo,
      ref,
      key: refKey(owner, repo, ref),
      status: 'resolved',
      isSha: false,
      isBranch: false,
      isTag: true,
      sha: 'f'.repeat(40),
      defaultBranch: 'main',
      ...extra
    }
  ]
}

const REFS = known({
  refs: Object.fromEntries([
    resolved('acme', 'retired', 'v2', { isArchived: true }),
    resolved('acme', 'alive', 'v1', { isArchived: false }),
    resolved('my-org', 'private-action', 'v1', { status: 'repo-not-found' }),
    resolved('acme', 'flaky', 'v1', { status: 'error', error: 'GitHub answered 502 (Server Error)' }),
    // an answer without the field (malformed): not known, so not a pass
    resolved('acme', 'mute', 'v1', {})
  ]),
  advisories: known([])
})

describe('archived-action', () => {
  it('fails every uses: of an archived repository at its value; skips local, docker and expression refs', () => {
    const results = evaluate(archivedAction, { [W]: TEXT }, [[actionRefsFact, REFS]])
    expect(brief(results)).toEqual([
      'fail = 6:15-6:29',
      'fail = 8:15-8:37',
      'unknown = 12:15-12:38',
      'unknown = 13:15-13:27',
      'unknown = 14:15-14:26',
      'fail = 16:11-16:55'
    ])
    expect(results[0]!.message).toBe("acme/retired@v2: the action's repository acme/retired is archived: it gets no more fixes, security fixes included")
    expect(results[5]!.message).toBe(
      "acme/retired/.github/workflows/release.yml@v2: the reusable workflow's repository acme/retired is archived: it gets no more fixes, security fixes included"
    )
  })

  it('says why it cannot tell, never pass', () => {
    const results = evaluate(archivedAction, { [W]: TEXT }, [[actionRefsFact, REFS]]).filter((result) => result.status === 'unknown')
    expect(results.map((result) => [result.message, result.permission])).toEqual([
      [
        'my-org/private-action@v1: repository my-org/private-action is not visible to the token (private, deleted or renamed): whether it is archived cannot be checked',
        'Contents: read on my-org/private-action'
      ],
      ['acme/flaky@v1: could not check whether acme/flaky is archived: GitHub answered 502 (Server Error)', undefined],
      ["acme/mute@v1: could not check whether acme/mute is archived: GitHub's answer did not say", undefined]
    ])
  })

  it('is unknown for a reference the resolution does not have, and for an unknown resolution (engine)', () => {
    const one = evaluate(archivedAction, { [W]: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/other@v3\n' }, [
      [actionRefsFact, REFS]
    ])
    expect(one.map((result) => `${result.status}: ${result.message}`)).toEqual([
      'unknown: acme/other@v3: the reference was not resolved: whether acme/other is archived is not known'
    ])
    const offline = evaluate(archivedAction, { [W]: TEXT }, [
      [actionRefsFact, unknownFact('no-token', '9 action references not resolved: no GitHub token (offline run)')]
    ])
    expect(offline.map((result) => `${result.status}: ${result.message}`)).toEqual(['unknown: 9 action references not resolved: no GitHub token (offline run)'])
  })

  it('reads composite actions too', () => {
    const action = 'name: composite\nruns:\n  using: composite\n  steps:\n    - uses: acme/retired@v2\n'
    expect(brief(evaluate(archivedAction, { 'action.yml': action }, [[actionRefsFact, REFS]]))).toEqual(['fail = 5:13-5:27'])
  })
})
