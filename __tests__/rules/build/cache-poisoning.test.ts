import { describe, expect, it } from '@jest/globals'
import { cachePoisoning } from '../../../src/rules/build/cache-poisoning.js'
import { runRule, where } from '../../workflow/rule-harness.js'

const RELEASE = '.github/workflows/release.yml'

const release = `on:
  push:
    tags: ['v*']
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          cache: npm
      - run: npm ci && npm run build
  publish:
    needs: build
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    steps:
      - uses: actions/setup-go@v5
      - run: npm publish --provenance
`

describe('cache-poisoning', () => {
  it('flags caches in publishing jobs and the jobs that build for them', () => {
    const results = runRule(cachePoisoning, { [RELEASE]: release })
    expect(where(results)).toEqual([`${RELEASE}:21:15-21:33 medium`, `${RELEASE}:13:18-13:20 medium`])
    expect(results[1]!.message).toMatch(/builds for job publish/)
    expect(results[1]!.fix).toBe("cache: ''   # no cache in release jobs")
  })

  it('is high when outsiders can write the cache through a pwn request elsewhere', () => {
    const results = runRule(cachePoisoning, {
      [RELEASE]: release,
      '.github/workflows/pr.yml': 'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm install\n'
    })
    expect(results.map((r) => r.severity)).toEqual(['high', 'high'])
    expect(results[0]!.message).toMatch(/pr\.yml/)
  })

  it('does not flag CI workflows that do not publish, or release jobs without caches', () => {
    expect(runRule(cachePoisoning, { '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v4\n      - run: make test\n' })).toEqual([])
    expect(
      runRule(cachePoisoning, { [RELEASE]: 'on: release\njobs:\n  p:\n    runs-on: x\n    steps:\n      - uses: actions/setup-node@v4\n      - uses: actions/setup-go@v3\n      - run: npm publish\n' })
    ).toEqual([])
  })
})

describe('cache-poisoning mitigations', () => {
  it('accepts lookup-only caches and caches turned off', () => {
    const text = (step: string): string => `on: release\njobs:\n  p:\n    runs-on: x\n    steps:\n${step}      - run: cargo publish\n`
    expect(runRule(cachePoisoning, { [RELEASE]: text("      - uses: actions/cache@v4\n        with:\n          path: x\n          key: k\n          lookup-only: true\n") })).toEqual([])
    expect(runRule(cachePoisoning, { [RELEASE]: text("      - uses: actions/setup-go@v5\n        with:\n          cache: false\n") })).toEqual([])
    expect(runRule(cachePoisoning, { [RELEASE]: text("      - uses: Swatinem/rust-cache@v2\n") }).map((r) => r.severity)).toEqual(['medium'])
  })
})
