import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { repositoryFact, type Repository } from '../../github/facts/repository.js'
import { known, unknownFact } from '../../model/fact.js'
import { selfHostedRunner } from './self-hosted-runner.js'

const TEXT = `on:
  pull_request:
  push:
    branches: [main]
jobs:
  build:
    runs-on: [self-hosted, linux, x64]
    steps: [{ run: make }]
  gpu:
    runs-on:
      group: gpu-runners
    steps: [{ run: make gpu }]
  matrix:
    strategy:
      matrix:
        os: [ubuntu-latest, self-hosted]
    runs-on: \${{ matrix.os }}
    steps: [{ run: make }]
  hosted:
    runs-on: ubuntu-24.04
    steps: [{ run: make }]
`

const repo = (visibility: 'public' | 'private'): Repository => ({ full_name: 'acme/app', private: visibility === 'private', visibility }) as Repository

describe('self-hosted-runner', () => {
  it('fails on a public repository, high when outsiders can trigger the workflow', () => {
    const results = evaluate(selfHostedRunner, { [W]: TEXT }, [[repositoryFact, known(repo('public'))]])
    expect(brief(results)).toEqual(['fail = 7:15-7:25', 'fail = 11:14-11:24', 'fail = 16:29-16:39'])
    expect(results[0]!.message).toBe(
      'job build of public repository acme/app runs on a self-hosted runner (label self-hosted), and the workflow runs on events outsiders can trigger'
    )
    const pushOnly = evaluate(selfHostedRunner, { [W]: TEXT.replace('  pull_request:\n', '') }, [[repositoryFact, known(repo('public'))]])
    expect(brief(pushOnly)[0]).toBe('fail medium 6:15-6:25')
  })

  it('passes a private repository (negative) and allowed ephemeral runners (mitigated)', () => {
    expect(evaluate(selfHostedRunner, { [W]: TEXT }, [[repositoryFact, known(repo('private'))]])).toEqual([])
    const allowed = evaluate(selfHostedRunner, { [W]: TEXT }, [[repositoryFact, known(repo('public'))]], {
      'allowed-runners': ['self-hosted', 'group:gpu-runners']
    })
    expect(allowed).toEqual([])
  })

  it('is unknown when the visibility cannot be read, and passes without self-hosted jobs even then', () => {
    const offline = unknownFact('no-token', 'repository acme/app was not read: no GitHub token (offline run)', 'Metadata: read')
    const results = evaluate(selfHostedRunner, { [W]: TEXT }, [[repositoryFact, offline]])
    expect(results.map((result) => result.status)).toEqual(['unknown', 'unknown', 'unknown'])
    expect(results[0]!.permission).toBe('Metadata: read')
    expect(
      evaluate(selfHostedRunner, { [W]: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: make }]\n' }, [[repositoryFact, offline]])
    ).toEqual([])
  })
})
