import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { floatingToolVersion } from './floating-tool-version.js'

describe('floating-tool-version', () => {
  it('flags floating keywords at the value and floating defaults at the uses', () => {
    const text = `on: push
jobs:
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          node-version: LTS/*
      - uses: actions/setup-go@v5
        with: { go-version: stable }
      - uses: hashicorp/setup-terraform@v3
`
    const results = evaluate(floatingToolVersion, { [W]: text })
    expect(brief(results)).toEqual(['fail = 8:25-8:29', 'fail = 10:29-10:34', 'fail = 11:15-11:42'])
    expect(results[0]!.message).toBe('job b, step 1: actions/setup-node installs node-version "LTS/*", a moving version: each run may get a different one')
    expect(results[2]!.message).toMatch(/without terraform_version installs the newest release/)
  })

  it('passes exact versions, release lines, version files, expressions and defaults that do not float', () => {
    const text = `on: push
jobs:
  b:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with: { node-version: '20' }
      - uses: actions/setup-node@v4
        with: { node-version: latest, node-version-file: .nvmrc }
      - uses: actions/setup-go@v5
        with: { go-version: 1.22.x }
      - uses: actions/setup-go@v5
        with: { go-version: \${{ matrix.go }} }
      - uses: actions/setup-node@v4
      - uses: hashicorp/setup-terraform@v3
        with: { terraform_version: 1.9.8 }
      - uses: acme/setup-thing@v1
        with: { version: latest }
`
    expect(evaluate(floatingToolVersion, { [W]: text })).toEqual([])
  })
})
