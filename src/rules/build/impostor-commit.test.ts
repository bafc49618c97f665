import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { actionRefsFact, refKey, type ActionRefResolution } from '../../github/facts/action-refs.js'
import { known } from '../../model/fact.js'
import { impostorCommit } from './impostor-commit.js'
import { refConfusion } from './ref-confusion.js'

const pin = (n: number): string => String(n).repeat(40)
const TEXT = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/one@${pin(1)} # v1.0.0
      - uses: acme/two@${pin(2)}
      - uses: acme/three@${pin(3)}
      - uses: my-org/private-action@${pin(4)}
      - uses: acme/five@${pin(5)}
      - uses: acme/six@v2
`

function resolved(repo: string, ref: string, extra: Partial<ActionRefResolution>): [string, ActionRefResolution] {
  const owner = repo === 'private-action' ? 'my-org' : 'acme'
  return [
    refKey(owner, repo, ref),
    {
      owner,
      repo,
      ref,
      key: refKey(owner, repo, ref),
      status: 'resolved',
      isSha: true,
      isBranch: false,
      isTag: false,
      sha: ref,
      defaultBranch: 'main',
      ...extra
    }
  ]
}

const REFS = known({
  refs: Object.fromEntries([
    resolved('one', pin(1), { reachable: 'tag', version: 'v1.0.0' }),
    resolved('two', pin(2), { reachable: 'unreachable' }),
    resolved('three', pin(3), { status: 'ref-not-found', reachable: 'not-found' }),
    resolved('private-action', pin(4), { status: 'repo-not-found', reachable: 'not-found' }),
    resolved('five', pin(5), { reachable: 'default-branch' }),
    resolved('six', 'v2', { isSha: false, isTag: true, isBranch: true, sha: 'f'.repeat(40), version: 'v2.3.0' })
  ]),
  advisories: known([])
})

describe('impostor-commit', () => {
  it('fails a commit outside the repository (critical) and a missing commit (high); passes tags and history', () => {
    const results = evaluate(impostorCommit, { [W]: TEXT }, [[actionRefsFact, REFS]])
    expect(brief(results)).toEqual(['fail = 7:15-7:63', 'fail high 8:15-8:65', 'unknown = 9:15-9:76'])
    expect(results[2]!.message).toBe(
      `my-org/private-action@${pin(4)}: repository my-org/private-action is not visible to the token (private, deleted or renamed): the pin cannot be checked`
    )
  })
})

describe('ref-confusion', () => {
  it('fails a ref that is both a branch and a tag, with the tag commit as the fix', () => {
    const results = evaluate(refConfusion, { [W]: TEXT }, [[actionRefsFact, REFS]])
    expect(brief(results)).toEqual(['fail = 11:15-11:25'])
    expect(results[0]!.fix).toBe(`uses: acme/six@${'f'.repeat(40)} # v2.3.0`)
  })
})
