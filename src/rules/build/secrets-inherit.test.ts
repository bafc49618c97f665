import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { secretsInherit } from './secrets-inherit.js'

describe('secrets-inherit', () => {
  it('flags secrets: inherit on the inherit value', () => {
    const text = `on:
  push:
    tags: ['v*']
jobs:
  release:
    uses: acme/workflows/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567
    secrets: inherit
  docs:
    uses: ./.github/workflows/docs.yml
    secrets:
      DOCS_TOKEN: \${{ secrets.DOCS_TOKEN }}
`
    const results = evaluate(secretsInherit, { [W]: text })
    expect(brief(results)).toEqual(['fail = 7:14-7:20'])
    expect(results[0]!.message).toBe(
      'job release passes every secret to acme/workflows/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567 (secrets: inherit)'
    )
  })

  it('passes explicit secrets and jobs without secrets', () => {
    const text = 'on: push\njobs:\n  call:\n    uses: ./.github/workflows/x.yml\n    with: { inherit: true }\n'
    expect(evaluate(secretsInherit, { [W]: text })).toEqual([])
  })
})
