import { describe, expect, it } from '@jest/globals'
import { cachePoisoning } from '../../../src/rules/build/cache-poisoning.js'
import { runRule, where } from '../../workflow/rule-harness.js'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { tempWorkspace } from '../../../test/support/workspace.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { findCacheWriters } from '../../../src/workflow/cache-writers.js'

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
      '.github/workflows/pr.yml':
        'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm install\n'
    })
    expect(results.map((r) => r.severity)).toEqual(['high', 'high'])
    expect(results[0]!.message).toMatch(/pr\.yml/)
  })

  it('does not flag CI workflows that do not publish, or release jobs without caches', () => {
    expect(
      runRule(cachePoisoning, {
        '.github/workflows/ci.yml': 'on: push\njobs:\n  t:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v4\n      - run: make test\n'
      })
    ).toEqual([])
    expect(
      runRule(cachePoisoning, {
        [RELEASE]:
          'on: release\njobs:\n  p:\n    runs-on: x\n    steps:\n      - uses: actions/setup-node@v4\n      - uses: actions/setup-go@v3\n      - run: npm publish\n'
      })
    ).toEqual([])
  })
})

describe('cache-poisoning mitigations', () => {
  it('accepts lookup-only caches and caches turned off', () => {
    const text = (step: string): string => `on: release\njobs:\n  p:\n    runs-on: x\n    steps:\n${step}      - run: cargo publish\n`
    expect(
      runRule(cachePoisoning, {
        [RELEASE]: text('      - uses: actions/cache@v4\n        with:\n          path: x\n          key: k\n          lookup-only: true\n')
      })
    ).toEqual([])
    expect(runRule(cachePoisoning, { [RELEASE]: text('      - uses: actions/setup-go@v5\n        with:\n          cache: false\n') })).toEqual([])
    expect(runRule(cachePoisoning, { [RELEASE]: text('      - uses: Swatinem/rust-cache@v2\n') }).map((r) => r.severity)).toEqual(['medium'])
  })
})

describe('cache-poisoning: release workflows by trigger and the catalogue of caching actions', () => {
  const check = (text: string) => spans(ruleResults(cachePoisoning, { files: { [RELEASE]: text } }))
  const job = (on: string, steps: string) => `on:\n${on}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps}      - run: make dist\n`

  it('treats release, tag-push and release-branch workflows as publishing without a recognised publish command', () => {
    const steps = '      - uses: actions/cache@v4\n        with:\n          path: ~/.cache\n          key: k\n'
    expect(check(job('  release:\n    types: [published]', steps))).toEqual([`fail medium ${RELEASE}:8:15-8:30`])
    expect(check(job('  push:\n    tags: [v*]', steps))).toEqual([`fail medium ${RELEASE}:8:15-8:30`])
    expect(check(job("  push:\n    branches: ['release/**']", steps))).toEqual([`fail medium ${RELEASE}:8:15-8:30`])
    const results = ruleResults(cachePoisoning, { files: { [RELEASE]: job('  push:\n    tags: [v*]', steps) } })
    expect(results[0]!.message).toBe('job build is in a release workflow (it runs on pushed tags (v*)) and restores a cache (actions/cache)')
    // negative: a push to main, a pull request
    expect(check(job('  push:\n    branches: [main]', steps))).toEqual([])
    expect(check(job('  pull_request:', steps))).toEqual([])
  })

  it('knows which actions cache by default, per major version, reading the version comment of a SHA pin', () => {
    const on = '  push:\n    tags: [v*]'
    const uses = (action: string, withs = '') => `      - uses: ${action}\n${withs}`
    const sha = 'a'.repeat(40)
    // default on
    expect(check(job(on, uses('actions/setup-go@v5')))).toEqual([`fail medium ${RELEASE}:8:15-8:33`])
    expect(check(job(on, uses(`actions/setup-go@${sha} # v5.4.0`)))).toEqual([`fail medium ${RELEASE}:8:15-8:71`])
    expect(check(job(on, uses('astral-sh/setup-uv@v6')))).toEqual([`fail medium ${RELEASE}:8:15-8:35`])
    expect(check(job(on, uses('oven-sh/setup-bun@v2')))).toEqual([`fail medium ${RELEASE}:8:15-8:34`])
    expect(check(job(on, uses('Swatinem/rust-cache@v2')))).toEqual([`fail medium ${RELEASE}:8:15-8:36`])
    expect(check(job(on, uses('ramsey/composer-install@v3')))).toEqual([`fail medium ${RELEASE}:8:15-8:40`])
    expect(check(job(on, uses('actions/cache/restore@v4', '        with:\n          path: x\n          key: k\n')))).toEqual([
      `fail medium ${RELEASE}:8:15-8:38`
    ])
    // opt-in inputs, at the input's value
    expect(check(job(on, uses('actions/setup-python@v5', '        with:\n          cache: pip\n')))).toEqual([`fail medium ${RELEASE}:10:18-10:20`])
    expect(check(job(on, uses('actions/setup-java@v4', '        with:\n          distribution: temurin\n          cache: maven\n')))).toEqual([
      `fail medium ${RELEASE}:11:18-11:22`
    ])
    expect(check(job(on, uses('actions/setup-dotnet@v4', '        with:\n          cache: true\n')))).toEqual([`fail medium ${RELEASE}:10:18-10:21`])
    expect(check(job(on, uses('PyO3/maturin-action@v1', '        with:\n          sccache: true\n')))).toEqual([`fail medium ${RELEASE}:10:20-10:23`])
    // setup-node v5 caches npm by default when package.json names it: low
    expect(check(job(on, uses(`actions/setup-node@${sha} # v5`)))).toEqual([`fail low ${RELEASE}:8:15-8:73`])
    // default off by version, or turned off
    expect(check(job(on, uses('actions/setup-go@v3')))).toEqual([])
    expect(check(job(on, uses(`actions/setup-go@${sha} # v3.5.0`)))).toEqual([])
    expect(check(job(on, uses('astral-sh/setup-uv@v4')))).toEqual([])
    expect(check(job(on, uses('astral-sh/setup-uv@v6', '        with:\n          enable-cache: false\n')))).toEqual([])
    expect(check(job(on, uses('oven-sh/setup-bun@v2', '        with:\n          no-cache: true\n')))).toEqual([])
    expect(check(job(on, uses('ramsey/composer-install@v3', "        with:\n          ignore-cache: 'yes'\n")))).toEqual([])
    expect(check(job(on, uses('actions/setup-node@v4')))).toEqual([])
    expect(check(job(on, uses('actions/setup-node@v5', '        with:\n          package-manager-cache: false\n')))).toEqual([])
    // setup-node's default cache is npm's: not in a job that installs with pnpm, Yarn or Bun
    expect(check(job(on, uses('actions/setup-node@v5') + uses('pnpm/action-setup@v4')))).toEqual([])
    expect(check(job(on, uses('actions/setup-node@v5') + '      - run: yarn\n'))).toEqual([])
    expect(check(job(on, uses('PyO3/maturin-action@v1')))).toEqual([])
    // a value computed per event (often: no cache on tags) is not judged
    expect(check(job(on, uses('actions/setup-go@v5', "        with:\n          cache: ${{ !startsWith(github.ref, 'refs/tags/') }}\n")))).toEqual([])
  })

  it('sees publishing through the wrappers use-trusted-publishing reads', () => {
    const text = 'on: push\njobs:\n  p:\n    runs-on: x\n    steps:\n      - uses: Swatinem/rust-cache@v2\n      - run: cargo +stable publish\n'
    expect(check(text)).toEqual([`fail medium ${RELEASE}:6:15-6:36`])
  })
})

describe('cache writers: reasoned per repository', () => {
  const release =
    'on: release\njobs:\n  p:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v4\n        with: { path: x, key: k }\n      - run: npm publish\n'
  const writer = `name: report
on:
  workflow_run:
    workflows: [build]
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.workflow_run.head_sha }}
      - run: npm install
`
  const writers = (files: Record<string, string>): string[] => {
    const ws = tempWorkspace(files)
    try {
      return findCacheWriters(new Workspace(ws.root))
    } finally {
      ws.cleanup()
    }
  }

  it('judges a workflow_run by its upstream in the same repository', () => {
    const upstream = (on: string) => `name: build\non: ${on}\njobs:\n  b:\n    runs-on: x\n    steps:\n      - run: make\n`
    // the upstream runs on pull requests from forks: the workflow_run runs their code
    expect(
      writers({ '.github/workflows/release.yml': release, '.github/workflows/report.yml': writer, '.github/workflows/build.yml': upstream('pull_request') })
    ).toEqual(['.github/workflows/report.yml'])
    // the upstream runs only on pushes: no outsider starts it (negative)
    expect(
      writers({ '.github/workflows/release.yml': release, '.github/workflows/report.yml': writer, '.github/workflows/build.yml': upstream('push') })
    ).toEqual([])
    // no upstream of that name in this repository: unknown, counted (the conservative answer)
    expect(writers({ '.github/workflows/release.yml': release, '.github/workflows/report.yml': writer })).toEqual(['.github/workflows/report.yml'])
  })

  it('does not count a privileged workflow that runs only files restored from the base (mitigated)', () => {
    const restored =
      'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: git checkout ${{ github.sha }} -- scripts\n      - run: ./scripts/label.sh\n'
    expect(writers({ '.github/workflows/release.yml': release, '.github/workflows/label.yml': restored })).toEqual([])
  })

  it("does not count jobs held to this repository's pull requests or to events outsiders cannot cause", () => {
    const both = (jobIf: string): string =>
      `on:\n  issue_comment:\n  push:\njobs:\n  a:\n    if: ${jobIf}\n    runs-on: x\n    steps:\n      - run: echo "\${{ github.event.head_commit.message }} \${{ github.event.comment.body }}"\n`
    expect(writers({ '.github/workflows/release.yml': release, '.github/workflows/w.yml': both("github.event_name == 'push'") })).toEqual([])
    expect(writers({ '.github/workflows/release.yml': release, '.github/workflows/w.yml': both("github.event_name == 'issue_comment'") })).toEqual([
      '.github/workflows/w.yml'
    ])
    expect(
      writers({
        '.github/workflows/release.yml': release,
        '.github/workflows/w.yml': both("github.event_name == 'push' || github.event_name == 'issue_comment'")
      })
    ).toEqual(['.github/workflows/w.yml'])
    const sameRepo =
      'on: pull_request_target\njobs:\n  a:\n    if: github.event.pull_request.head.repo.full_name == github.repository\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm install\n'
    expect(writers({ '.github/workflows/release.yml': release, '.github/workflows/pr.yml': sameRepo })).toEqual([])
    expect(writers({ '.github/workflows/release.yml': release, '.github/workflows/pr.yml': sameRepo.replace(/ {4}if: .*\n/, '') })).toEqual([
      '.github/workflows/pr.yml'
    ])
  })
})
