import { describe, expect, it } from '@jest/globals'
import { pwnRequest } from '../../../src/rules/build/pwn-request.js'
import { untrustedCheckout } from '../../../src/rules/build/untrusted-checkout.js'
import { dangerousTriggers } from '../../../src/rules/build/dangerous-triggers.js'
import { runRule, where } from '../../workflow/rule-harness.js'

const WF = '.github/workflows/pr.yml'

const pwn = (opts: { permissions?: string; ifLine?: string; env?: string; steps?: string; on?: string } = {}): string => `name: PR build
on: ${opts.on ?? 'pull_request_target'}
${opts.permissions ?? ''}
jobs:
  build:
    runs-on: ubuntu-latest
${opts.ifLine ?? ''}${opts.env ?? ''}    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
${
  opts.steps ??
  `      - run: |
          npm ci
          npm test
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`
}`

describe('pwn-request', () => {
  it('chains trigger → checkout → execution → reach, critical with secrets', () => {
    const results = runRule(pwnRequest, { [WF]: pwn({ permissions: 'permissions:\n  contents: read' }) })
    expect(where(results)).toEqual([`${WF}:11:16-11:56 critical`])
    expect(results[0]!.message).toMatch(
      /pull_request_target → job build, step 1 .*checks out .*head\.sha.* → job build, step 2 runs `npm ci` at line 13 \(and 1 more\) → .*secrets NPM_TOKEN/
    )
  })

  it('is high with the default token, medium with permissions: {} and no secrets', () => {
    const noSecrets = '      - run: make test\n'
    expect(runRule(pwnRequest, { [WF]: pwn({ steps: noSecrets }) }).map((r) => r.severity)).toEqual(['high'])
    expect(runRule(pwnRequest, { [WF]: pwn({ permissions: 'permissions: {}', steps: noSecrets }) }).map((r) => r.severity)).toEqual(['medium'])
    expect(runRule(pwnRequest, { [WF]: pwn({ permissions: 'permissions:\n  id-token: write', steps: noSecrets }) })[0]!.message).toMatch(/id-token/)
  })

  it('is lowered by gates', () => {
    const sameRepo = pwn({ ifLine: '    if: github.event.pull_request.head.repo.full_name == github.repository\n' })
    expect(runRule(pwnRequest, { [WF]: sameRepo }).map((r) => r.severity)).toEqual(['info'])
    const environment = pwn({ ifLine: '    environment: external-prs\n' })
    const results = runRule(pwnRequest, { [WF]: environment })
    expect(results.map((r) => r.severity)).toEqual(['high'])
    expect(results[0]!.message).toMatch(/required reviewers cannot be checked offline/)
  })

  it('follows local actions, scripts and artifacts of workflow_run', () => {
    expect(runRule(pwnRequest, { [WF]: pwn({ steps: '      - uses: ./.github/actions/build\n' }) })[0]!.message).toMatch(/local action/)
    expect(runRule(pwnRequest, { [WF]: pwn({ steps: '      - run: ./ci/build.sh --fast\n' }) })[0]!.message).toMatch(/\.\/ci\/build\.sh/)
    const artifacts = runRule(pwnRequest, {
      [WF]: `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
permissions:
  contents: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - run: bash ./deploy.sh
`,
      '.github/workflows/ci.yml': 'name: CI\non: pull_request\njobs: {}\n'
    })
    expect(where(artifacts)).toEqual([`${WF}:11:15-11:42 critical`])
    expect(artifacts[0]!.message).toMatch(/^artifact poisoning/)
  })

  it('sees artifacts of the triggering run downloaded with gh run download, where they land', () => {
    const head = `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
`
    const ci = { '.github/workflows/ci.yml': 'name: CI\non: pull_request\njobs: {}\n' }
    const download = `      - run: gh run download \${{ github.event.workflow_run.id }} -n site\n        env:\n          GH_TOKEN: \${{ github.token }}\n`
    const viaGh = runRule(pwnRequest, { [WF]: `${head}${download}      - run: make deploy\n`, ...ci })
    expect(where(viaGh)).toEqual([`${WF}:9:14-9:72 high`])
    expect(viaGh[0]!.message).toMatch(/^artifact poisoning: .*gh run download .* → .*`make`/)
    // into a directory: only what runs inside it counts
    const intoDir = `      - run: gh run download "$RUN_ID" -D ./pr-artifacts\n        env:\n          RUN_ID: \${{ github.event.workflow_run.id }}\n`
    expect(runRule(pwnRequest, { [WF]: `${head}${intoDir}      - run: make deploy\n`, ...ci })).toEqual([])
    expect(runRule(pwnRequest, { [WF]: `${head}${intoDir}      - run: cd pr-artifacts && npm ci\n`, ...ci })).toHaveLength(1)
    // alone it is an untrusted checkout; another run's artifacts or a push trigger are neither
    expect(runRule(untrustedCheckout, { [WF]: head + download, ...ci }).map((result) => result.severity)).toEqual(['medium'])
    expect(runRule(pwnRequest, { [WF]: `${head}      - run: gh run download 123456 -n tools\n      - run: make deploy\n`, ...ci })).toEqual([])
    expect(runRule(pwnRequest, { [WF]: `on: push\njobs:\n  deploy:\n    runs-on: x\n    steps:\n${download}      - run: make deploy\n` })).toEqual([])
    // a github-script download through the API is not counted (GitHub's data-only pattern)
    const script = `      - uses: actions/github-script@v7\n        with:\n          script: |\n            const d = await github.rest.actions.downloadArtifact({ owner: 'o', repo: 'r', artifact_id: context.payload.workflow_run.id, archive_format: 'zip' })\n      - run: unzip d.zip -d data && node .github/report.js\n`
    expect(runRule(pwnRequest, { [WF]: head + script, ...ci })).toEqual([])
  })

  it('does not flag pull_request, base checkouts, or checkouts without execution', () => {
    expect(runRule(pwnRequest, { [WF]: pwn({ on: 'pull_request' }) })).toEqual([])
    expect(
      runRule(pwnRequest, {
        [WF]: 'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci\n'
      })
    ).toEqual([])
    expect(runRule(pwnRequest, { [WF]: pwn({ steps: '      - run: echo done\n' }) })).toEqual([])
    // workflow_run after a push-only workflow cannot be started by a fork
    expect(
      runRule(pwnRequest, {
        [WF]: 'on:\n  workflow_run:\n    workflows: [Release]\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.workflow_run.head_sha }}\n      - run: make\n',
        '.github/workflows/release.yml': 'name: Release\non: push\njobs: {}\n'
      })
    ).toEqual([])
  })

  it('sees git and gh checkouts in run: and issue_comment triggers', () => {
    const results = runRule(pwnRequest, {
      [WF]: `on: issue_comment
jobs:
  a:
    if: github.event.issue.pull_request && contains(github.event.comment.body, '/test')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: gh pr checkout \${{ github.event.issue.number }}
      - run: pip install -e .
`
    })
    expect(where(results)).toEqual([`${WF}:8:14-8:27 high`])
  })
})

describe('untrusted-checkout', () => {
  it('flags a head checkout with no visible execution, and stays quiet when pwn-request covers it', () => {
    const results = runRule(untrustedCheckout, { [WF]: pwn({ permissions: 'permissions:\n  pull-requests: write', steps: '      - run: cat README.md\n' }) })
    expect(where(results)).toEqual([`${WF}:11:16-11:56 medium`])
    expect(runRule(untrustedCheckout, { [WF]: pwn() })).toEqual([])
    expect(runRule(untrustedCheckout, { [WF]: pwn({ permissions: 'permissions: {}', steps: '      - run: cat README.md\n' }) }).map((r) => r.severity)).toEqual(
      ['low']
    )
    expect(runRule(untrustedCheckout, { [WF]: pwn({ on: 'pull_request', steps: '      - run: cat README.md\n' }) })).toEqual([])
  })
})

describe('dangerous-triggers', () => {
  it('grades by what the workflow does', () => {
    expect(where(runRule(dangerousTriggers, { [WF]: pwn() }))).toEqual([`${WF}:2:5-2:23 high`])
    expect(runRule(dangerousTriggers, { [WF]: pwn({ steps: '      - run: cat x\n' }) }).map((r) => r.severity)).toEqual(['medium'])
    const labeler =
      'on: pull_request_target\npermissions:\n  pull-requests: write\njobs:\n  label:\n    runs-on: x\n    steps:\n      - uses: actions/labeler@v5\n'
    expect(runRule(dangerousTriggers, { [WF]: labeler }).map((r) => r.severity)).toEqual(['low'])
    const harmless = 'on: [pull_request_target]\npermissions: {}\njobs:\n  hi:\n    runs-on: x\n    steps:\n      - run: echo hi\n'
    expect(where(runRule(dangerousTriggers, { [WF]: harmless }))).toEqual([`${WF}:1:6-1:24 info`])
    expect(runRule(dangerousTriggers, { [WF]: 'on: push\njobs: {}\n' })).toEqual([])
  })

  it('lowers the grade by the same gates as pwn-request', () => {
    const labelled = pwn({ ifLine: "    if: contains(github.event.pull_request.labels.*.name, 'safe to test')\n" })
    const trigger = runRule(dangerousTriggers, { [WF]: labelled })
    expect(trigger.map((r) => r.severity)).toEqual(['medium'])
    expect(trigger[0]!.message).toMatch(/runs the pull request's code \(see pwn-request\); lowered because the pull request carries the label "safe to test"/)
    expect(runRule(pwnRequest, { [WF]: labelled }).map((r) => r.severity)).toEqual(['high'])
  })

  it('is info when every job requires a same-repository pull request', () => {
    expect(runRule(dangerousTriggers, { [WF]: pwn({ ifLine: '    if: github.event.pull_request.head.repo.fork == false\n' }) }).map((r) => r.severity)).toEqual(
      ['info']
    )
  })
})

describe('pwn-request executions through setup actions', () => {
  it('counts bundler-cache and pnpm run_install as running the tree', () => {
    const wf = (step: string): string =>
      `on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: \${{ github.event.pull_request.head.sha }}\n${step}`
    expect(runRule(pwnRequest, { [WF]: wf('      - uses: ruby/setup-ruby@v1\n        with:\n          bundler-cache: true\n') })[0]!.message).toMatch(
      /installs the tree/
    )
    expect(runRule(pwnRequest, { [WF]: wf('      - uses: pnpm/action-setup@v4\n        with:\n          run_install: true\n') })).toHaveLength(1)
    expect(runRule(pwnRequest, { [WF]: wf('      - uses: ruby/setup-ruby@v1\n') })).toEqual([])
  })
})

describe('checkouts into a separate path', () => {
  const wf = (run: string): string => `on: pull_request_target
permissions:
  contents: read
  pull-requests: write
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/checkout@v4
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr
${run}`
  it('only counts executions inside the PR folder', () => {
    const outside = wf('      - run: npm ci && node scripts/compare.js pr/package.json\n')
    expect(runRule(pwnRequest, { [WF]: outside })).toEqual([])
    expect(runRule(untrustedCheckout, { [WF]: outside })[0]!.message).toMatch(/into pr\//)
    const inside = wf('      - run: npm ci\n        working-directory: pr\n')
    expect(runRule(pwnRequest, { [WF]: inside }).map((r) => r.severity)).toEqual(['critical'])
    expect(runRule(untrustedCheckout, { [WF]: inside })).toEqual([])
  })
})

describe('checkout refs set through env:', () => {
  it('follows ${{ env.X }} to a job or workflow env: naming the head commit', () => {
    const wf = (envBlock: string): string => `on: pull_request_target
permissions: {}
${envBlock.startsWith('env:') ? envBlock : ''}jobs:
  a:
    runs-on: x
${envBlock.startsWith('    env:') ? envBlock : ''}    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ env.PR_SHA }}
      - run: make
`
    const jobEnv = wf('    env:\n      PR_SHA: ${{ github.event.pull_request.head.sha || inputs.sha }}\n')
    expect(where(runRule(pwnRequest, { [WF]: jobEnv }))).toEqual([`${WF}:11:16-11:32 medium`])
    const workflowEnv = wf('env:\n  PR_SHA: ${{ github.event.pull_request.head.sha }}\n')
    expect(runRule(pwnRequest, { [WF]: workflowEnv })).toHaveLength(1)
    expect(runRule(pwnRequest, { [WF]: wf('    env:\n      PR_SHA: main\n') })).toEqual([])
  })
})

describe('checkout refs found by actions/github-script', () => {
  it('follows steps.<id>.outputs.<name> set from the pull request head', () => {
    const wf = (output: string): string => `on: issue_comment
permissions: {}
jobs:
  a:
    if: github.event.issue.pull_request
    runs-on: x
    steps:
      - id: pr
        uses: actions/github-script@v7
        with:
          script: |
            const pr = await github.rest.pulls.get({ ...context.repo, pull_number: context.issue.number })
            core.setOutput('head', pr.data.head.sha)
            core.setOutput('base', pr.data.base.sha)
      - uses: actions/checkout@v4
        with:
          ref: \${{ steps.pr.outputs.${output} }}
      - run: make
`
    expect(where(runRule(pwnRequest, { [WF]: wf('head') }))).toEqual([`${WF}:17:16-17:43 medium`])
    expect(runRule(pwnRequest, { [WF]: wf('base') })).toEqual([])
  })
})
