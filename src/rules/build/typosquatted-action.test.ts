import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { confusableKey, imitated, nearDistance, typosquattedAction } from './typosquatted-action.js'
import { POPULAR_ACTIONS } from '../../workflow/data/popular-actions.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('typosquatted-action', () => {
  it('flags a look-alike owner of a popular action, at the uses value, in steps and reusable-workflow calls', () => {
    const text = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actons/checkout@${SHA}
      - uses: Docker/Login-Action@v3
      - uses: dockerr/login-action@v3
  call:
    uses: g1thub/codeql-action/.github/workflows/x.yml@${SHA}
`
    const results = evaluate(typosquattedAction, { [W]: text })
    expect(brief(results)).toEqual(['fail = 10:11-10:95', 'fail = 6:15-6:70', 'fail = 8:15-8:37'])
    expect(results[1]!.message).toBe(
      "job build, step 1: actons/checkout looks like the popular action actions/checkout under a look-alike owner; that account's code would run with this job's token and secrets"
    )
    expect(results[0]!.message).toMatch(/^job call: g1thub\/codeql-action looks like the popular action github\/codeql-action/)
  })

  it("passes popular actions, other owners' differently named actions, and near names under the same owner", () => {
    const text = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - uses: actions/setup-nodes@v1
      - uses: acme/checkout@v1
      - uses: ./local
      - uses: docker://alpine:3
`
    expect(evaluate(typosquattedAction, { [W]: text })).toEqual([])
  })

  it('reads look-alike characters and short owners as the page says', () => {
    expect(imitated('pyp4', 'gh-action-pypi-publish')).toBe('pypa/gh-action-pypi-publish')
    expect(imitated('peter-evans', 'create_pull_request')).toBeUndefined() // same owner
    expect(imitated('peter_evans', 'create-pull-request')).toBe('peter-evans/create-pull-request')
    expect(imitated('rnsys2', 'setup-msys2')).toBe('msys2/setup-msys2')
    expect(imitated('acme', 'checkout')).toBeUndefined()
    // owners shorter than 4 characters are only compared by look-alike characters, never by one edit
    expect(imitated('azure', 'login')).toBeUndefined()
    expect(confusableKey('Ma1n_Rn')).toBe('maln-m')
    expect(nearDistance('actions', 'actoins')).toBe(1)
    expect(nearDistance('actions', 'acti')).toBe(2)
  })

  it('never reports a popular action, whatever its neighbours on the list', () => {
    for (const name of POPULAR_ACTIONS) {
      const [owner, repo] = name.split('/') as [string, string]
      expect(imitated(owner, repo)).toBeUndefined()
    }
  })
})
