import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { githubAppTokenScope } from './github-app-token-scope.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('github-app-token-scope', () => {
  it('flags create-github-app-token without permission-* inputs, at the uses value', () => {
    const text = `on: push
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/create-github-app-token@${SHA}
        with:
          app-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.KEY }}
          owner: acme
`
    const results = evaluate(githubAppTokenScope, { [W]: text })
    expect(brief(results)).toEqual(['fail = 6:15-6:86'])
    expect(results[0]!.message).toBe(
      "job bump, step 1: actions/create-github-app-token mints a GitHub App token with every permission of the App's installation (no permission-* input)"
    )
  })

  it('passes a token narrowed by permission-* inputs (any case) or by a permissions input', () => {
    const text = `on: push
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/create-github-app-token@${SHA}
        with:
          app-id: '1'
          private-key: k
          Permission-Issues: write
      - uses: tibdex/github-app-token@${SHA}
        with:
          app_id: '1'
          private_key: k
          permissions: '{"issues": "write"}'
      - uses: peter-murray/workflow-application-token-action@${SHA}
        with: { application_id: '1', application_private_key: k, permissions: 'issues:write' }
`
    expect(evaluate(githubAppTokenScope, { [W]: text })).toEqual([])
  })

  it('does not take an input named only "permission-" or an unrelated input as narrowing', () => {
    const text = `on: push
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/create-github-app-token@v2
        with: { app-id: '1', private-key: k, permission-: write, repositories: one }
      - uses: tibdex/github-app-token@v2
        with: { app_id: '1', private_key: k, repositories: '["one"]' }
`
    expect(brief(evaluate(githubAppTokenScope, { [W]: text }))).toEqual(['fail = 6:15-6:48', 'fail = 8:15-8:40'])
  })

  it('says when the action cannot narrow the token at all, and covers composite actions', () => {
    const action = `name: bot
runs:
  using: composite
  steps:
    - uses: getsentry/action-github-app-token@v3
      with: { app_id: '1', base64_pem_key: k }
`
    const results = evaluate(githubAppTokenScope, { 'action.yml': action })
    expect(brief(results)).toEqual(['fail = 5:13-5:48'])
    expect(results[0]!.message).toContain('has no input to narrow the token')
    expect(results[0]!.message).toMatch(/^composite action, step 1:/)
  })

  it('ignores other actions and sub-paths of the known ones', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
      - uses: actions/create-github-app-token/sub@${SHA}
      - run: echo hi
`
    expect(evaluate(githubAppTokenScope, { [W]: text })).toEqual([])
  })
})
