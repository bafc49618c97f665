import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { useTrustedPublishing } from './use-trusted-publishing.js'

describe('use-trusted-publishing', () => {
  it('flags long-lived registry tokens and cloud keys at the key that carries them', () => {
    const text = `on:
  release:
    types: [published]
jobs:
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish --provenance
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
        with:
          password: \${{ secrets.PYPI_API_TOKEN }}
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: \${{ secrets.AWS_ACCESS_KEY_ID }}
          aws-secret-access-key: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: eu-west-1
`
    const results = evaluate(useTrustedPublishing, { [W]: text })
    expect(brief(results)).toEqual(['fail = 11:11-11:25', 'fail = 17:11-17:18', 'fail = 24:11-24:31'])
    expect(results[0]!.message).toMatch(/^job npm publishes to npm with a long-lived token \(NODE_AUTH_TOKEN = secrets\.NPM_TOKEN\); use npm trusted publishing/)
  })

  it('passes OIDC publishing (negative and mitigated)', () => {
    const text = `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: pypa/gh-action-pypi-publish@release/v1
  npm:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - run: npm publish
  github-packages:
    runs-on: ubuntu-latest
    permissions:
      packages: write
    steps:
      - run: npm publish --registry https://npm.pkg.github.com
        env:
          NODE_AUTH_TOKEN: \${{ secrets.GITHUB_TOKEN }}
  aws:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
`
    expect(evaluate(useTrustedPublishing, { [W]: text })).toEqual([])
  })
})
