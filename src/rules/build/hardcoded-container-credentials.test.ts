import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { hardcodedContainerCredentials } from './hardcoded-container-credentials.js'

describe('hardcoded-container-credentials', () => {
  it('flags literal passwords of containers and services, not secrets', () => {
    const text = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: registry.example.com/ci/node:22
      credentials:
        username: ci
        password: hunter2
    services:
      db:
        image: registry.example.com/ci/postgres:16
        credentials:
          username: ci
          password: "s3cr3t-literal"
      cache:
        image: ghcr.io/acme/redis:7
        credentials:
          username: \${{ github.actor }}
          password: \${{ secrets.GITHUB_TOKEN }}
    steps:
      - run: npm test
`
    const results = evaluate(hardcodedContainerCredentials, { [W]: text })
    expect(brief(results)).toEqual(['fail = 9:19-9:25', 'fail = 15:21-15:36'])
    expect(results[1]!.message).toBe('job test: service db: the registry password is a literal in the workflow')
  })

  it('passes containers without credentials', () => {
    expect(
      evaluate(hardcodedContainerCredentials, {
        [W]: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: node:22\n    steps: [{ run: "true" }]\n'
      })
    ).toEqual([])
  })
})
