import { describe, expect, it } from '@jest/globals'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { pwnRequest } from './pwn-request.js'

const WF = '.github/workflows/pr.yml'
const job = (steps: string) => `on: pull_request_target
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
${steps}`
const run = (steps: string) => spans(ruleResults(pwnRequest, { files: { [WF]: job(steps) } }))

describe('pwn-request: files restored from the base before they run', () => {
  it("flags the pull request's own scripts and builds (positive)", () => {
    expect(run('      - run: ./scripts/build.sh\n')).toEqual([`fail medium ${WF}:10:16-10:56`])
    // restoring other files does not make the script the base's
    expect(run('      - run: |\n          git checkout origin/main -- package.json\n          ./scripts/build.sh\n')).toEqual([`fail medium ${WF}:10:16-10:56`])
    // a restore from the head is no restore
    expect(run('      - run: |\n          git checkout ${{ github.event.pull_request.head.sha }} -- scripts\n          ./scripts/build.sh\n')).toEqual([
      `fail medium ${WF}:10:16-10:56`
    ])
  })

  it('passes scripts put back from the base branch first (mitigated)', () => {
    expect(run('      - run: git checkout ${{ github.sha }} -- scripts/\n      - run: ./scripts/build.sh\n')).toEqual([])
    expect(
      run(
        '      - run: |\n          git restore --source=origin/${{ github.base_ref }} -- scripts tools/lint.py\n          bash scripts/ci.sh && python tools/lint.py\n'
      )
    ).toEqual([])
    expect(run('      - run: git checkout origin/main -- Makefile\n      - run: make check\n')).toEqual([])
    // from a second checkout of the base
    const base = '      - uses: actions/checkout@v4\n        with:\n          path: base\n      - run: cp -r base/scripts .\n      - run: ./scripts/build.sh\n'
    expect(run(base)).toEqual([])
  })

  it('still flags what runs before the restore, or files the restore does not cover', () => {
    expect(run('      - run: ./scripts/build.sh\n      - run: git checkout origin/main -- scripts\n')).toEqual([`fail medium ${WF}:10:16-10:56`])
    expect(run('      - run: git checkout origin/main -- scripts\n      - run: |\n          ./scripts/build.sh\n          npm test\n')).toEqual([
      `fail medium ${WF}:10:16-10:56`
    ])
  })
})
