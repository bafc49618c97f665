import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { runRule, where } from '../../../__tests__/workflow/rule-harness.js'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { artipacked, coversCheckout } from './artipacked.js'

const SHA = '11bd71901bbe5b1630ceea73d27597364c9af683'

describe('artipacked', () => {
  it('grades by what later steps can do with the persisted token', () => {
    const text = `name: build
on: push
permissions: {}
jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA} # v4.2.2
      - run: make site
      - uses: actions/upload-artifact@v4.3.6
        with:
          name: site
          path: .
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: true
      - run: npm ci && npm test
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
`
    const results = evaluate(artipacked, { [W]: text })
    expect(brief(results)).toEqual(['fail high 8:15-8:71', 'fail medium 19:32-19:35', 'fail low 24:15-24:33'])
    expect(results[0]!.message).toBe('job site: actions/checkout keeps the GITHUB_TOKEN in .git/config and step 3 uploads ., which includes it')
    expect(results[0]!.fix).toBe('with:\n  persist-credentials: false')
    expect(results[1]!.message).toBe('job test: actions/checkout keeps the GITHUB_TOKEN in .git/config (persist-credentials is true); 1 later step can read it')
  })

  it('passes persist-credentials: false (in any spelling of false)', () => {
    const text = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: actions/checkout@v4
        with: { persist-credentials: "false", path: other }
      - uses: actions/upload-artifact@v4
        with: { name: all, path: . }
`
    expect(evaluate(artipacked, { [W]: text })).toEqual([])
  })

  it('lowers the grade when a later step pushes with the token (mitigated)', () => {
    const text = `on: push
jobs:
  bump:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
      - run: |
          ./bump-version.sh
          git commit -am "bump" && git push
`
    expect(brief(evaluate(artipacked, { [W]: text }))).toEqual(['fail low 8:15-8:33'])
  })

  it('sees the push inside a local script, a release tool or a committing action (mitigated)', () => {
    const job = (step: string): string => `on: push
jobs:
  release:
    runs-on: ubuntu-latest
    permissions:
      contents: write
    steps:
      - uses: actions/checkout@v4
${step}`
    const script = '#!/bin/sh\nset -e\nnpm version patch\ngit push --follow-tags origin main\n'
    expect(where(runRule(artipacked, { [W]: job('      - run: ./scripts/release.sh\n'), 'scripts/release.sh': script }))).toEqual([`${W}:8:15-8:33 low`])
    expect(where(runRule(artipacked, { [W]: job('      - run: npx semantic-release\n') }))).toEqual([`${W}:8:15-8:33 low`])
    expect(where(runRule(artipacked, { [W]: job('      - uses: stefanzweifel/git-auto-commit-action@v5\n') }))).toEqual([`${W}:8:15-8:33 low`])
    // a local script that does not push leaves the token readable for nothing
    expect(where(runRule(artipacked, { [W]: job('      - run: ./scripts/release.sh\n'), 'scripts/release.sh': '#!/bin/sh\nmake dist\n' }))).toEqual([
      `${W}:8:15-8:33 medium`
    ])
  })

  it('reads composite actions and upload paths', () => {
    const action = `name: docs\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n      with: { path: src }\n    - uses: actions/upload-pages-artifact@v3\n      with:\n        path: src\n`
    // upload-pages-artifact's tar leaves .git out: the token is readable, not uploaded
    expect(brief(evaluate(artipacked, { 'docs/action.yml': action }))).toEqual(['fail medium 5:13-5:31'])
    // The last step of a composite action: the calling job's later steps still read .git/config.
    const last = `name: clone\nruns:\n  using: composite\n  steps:\n    - run: echo start\n      shell: bash\n    - uses: actions/checkout@v4\n      with: { repository: acme/data, path: data }\n`
    const results = evaluate(artipacked, { 'clone/action.yml': last })
    expect(brief(results)).toEqual(['fail medium 7:13-7:31'])
    expect(results[0]!.message).toMatch(/steps of the calling job that run after this action can read it/)
    expect(coversCheckout('dist\n!dist/*.map', '.')).toBe(false)
    expect(coversCheckout('${{ github.workspace }}', '.')).toBe(true)
    expect(coversCheckout('./repo/.git', 'repo')).toBe(true)
  })

  it('names the credential when token: replaces the GITHUB_TOKEN', () => {
    const text = `on: schedule
jobs:
  land:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          token: \${{ secrets.BOT_PAT }}
      - run: ./land.sh
`
    const results = evaluate(artipacked, { [W]: text })
    expect(brief(results)).toEqual(['fail medium 6:15-6:33'])
    expect(results[0]!.message).toBe('job land: actions/checkout keeps the token from ${{ secrets.BOT_PAT }} in .git/config; 1 later step can read it')
  })
})

describe('artipacked: what an upload leaves out', () => {
  const job = (upload: string) => `on: push
jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: make site
${upload}`
  const run = (upload: string) => spans(ruleResults(artipacked, { files: { [W]: job(upload) } }))

  it('honours ! exclusions in upload paths', () => {
    const upload = (paths: string) =>
      `      - uses: actions/upload-artifact@v4.3.6\n        with:\n          name: site\n          path: |\n${paths
        .split('\n')
        .map((line) => `            ${line}`)
        .join('\n')}\n`
    // positive: the workspace, and an exclusion that does not cover .git
    expect(run(upload('.'))).toEqual([`fail high ${W}:6:15-6:33`])
    expect(run(upload('.\n!node_modules'))).toEqual([`fail high ${W}:6:15-6:33`])
    // an exclusion listed before the include does not remove it (the last matching pattern wins)
    expect(run(upload('!.git\n.'))).toEqual([`fail high ${W}:6:15-6:33`])
    // mitigated: .git excluded, in its usual spellings
    for (const exclusion of ['!.git', '!.git/**', '!./.git', '!**/.git', '!.git/config', '!${{ github.workspace }}/.git']) {
      expect([exclusion, run(upload(`.\n${exclusion}`))]).toEqual([exclusion, [`fail medium ${W}:6:15-6:33`]])
    }
    expect(coversCheckout('.\n!.git', '.')).toBe(false)
    expect(coversCheckout('repo\n!repo/.git', 'repo')).toBe(false)
    expect(coversCheckout('repo\n!.git', 'repo')).toBe(true)
  })

  it('knows uploaders that leave .git out: upload-artifact from v4.4 (unless include-hidden-files), upload-pages-artifact', () => {
    const sha = 'b4b15b8c7c6ac21ea08fcf65892d2ee8f75cf882'
    expect(run(`      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n`)).toEqual([`fail medium ${W}:6:15-6:33`])
    expect(run(`      - uses: actions/upload-artifact@${sha} # v4.4.3\n        with:\n          path: .\n`)).toEqual([`fail medium ${W}:6:15-6:33`])
    expect(run(`      - uses: actions/upload-pages-artifact@v3\n        with:\n          path: .\n`)).toEqual([`fail medium ${W}:6:15-6:33`])
    // positive: hidden files asked for, or a version before 4.4
    expect(run(`      - uses: actions/upload-artifact@v4\n        with:\n          path: .\n          include-hidden-files: true\n`)).toEqual([
      `fail high ${W}:6:15-6:33`
    ])
    expect(run(`      - uses: actions/upload-artifact@${sha} # v4.3.1\n        with:\n          path: .\n`)).toEqual([`fail high ${W}:6:15-6:33`])
    expect(run(`      - uses: actions/upload-artifact@v3\n        with:\n          path: .\n`)).toEqual([`fail high ${W}:6:15-6:33`])
    expect(run(`      - uses: actions/cache/save@v4\n        with:\n          path: .\n          key: k\n`)).toEqual([`fail high ${W}:6:15-6:33`])
  })
})
