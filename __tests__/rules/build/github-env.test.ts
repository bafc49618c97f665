import { describe, expect, it } from '@jest/globals'
import { githubEnv } from '../../../src/rules/build/github-env.js'
import { runRule, where } from '../../workflow/rule-harness.js'

const WF = '.github/workflows/ci.yml'

describe('github-env', () => {
  it('flags env-indirected PR text written to GITHUB_ENV, at the command', () => {
    const results = runRule(githubEnv, {
      [WF]: `on: pull_request_target
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: |
          echo "preparing"
          echo "PR_TITLE=$TITLE" >> "$GITHUB_ENV"
`
    })
    expect(where(results)).toEqual([`${WF}:12:11-12:49 high`])
    expect(results[0]!.message).toMatch(/github\.event\.pull_request\.title via env\.TITLE to \$GITHUB_ENV/)
  })

  it('sees PowerShell writes, GITHUB_PATH, shell assignments and untrusted commands', () => {
    const results = runRule(githubEnv, {
      [WF]: `on: issue_comment
permissions: {}
jobs:
  a:
    runs-on: windows-latest
    env:
      BODY: \${{ github.event.comment.body }}
    steps:
      - shell: pwsh
        run: |
          "X=$env:BODY" | Out-File -FilePath $env:GITHUB_ENV -Append
      - run: |
          DIR=$(echo "$BODY" | head -1)
          echo "$DIR" >> $GITHUB_PATH
      - run: echo "msg=$(git log -1 --format=%s)" >> $GITHUB_OUTPUT
`
    })
    expect(where(results)).toEqual([`${WF}:11:11-11:68 high`, `${WF}:14:11-14:37 high`, `${WF}:15:14-15:67 medium`])
  })

  it('follows local scripts with the caller env', () => {
    const results = runRule(githubEnv, {
      [WF]: 'on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: bash ci/setenv.sh\n        env:\n          REF: ${{ github.head_ref }}\n',
      'ci/setenv.sh': '#!/bin/bash\nset -e\necho "BRANCH=${REF}" >> "$GITHUB_ENV"\n'
    })
    expect(where(results)).toEqual(['ci/setenv.sh:3:1-3:37 high'])
    expect(results[0]!.message).toMatch(/through ci\/setenv\.sh/)
  })

  it('does not flag fixed data, direct ${{ }} (template-injection) or push workflows writing their own data', () => {
    const results = runRule(githubEnv, {
      [WF]: `on: pull_request_target
jobs:
  a:
    runs-on: x
    env:
      NUM: \${{ github.event.pull_request.number }}
    steps:
      - run: |
          echo "N=$NUM" >> $GITHUB_ENV
          echo "SHA=\${{ github.sha }}" >> $GITHUB_ENV
          echo "T=\${{ github.event.pull_request.title }}" >> $GITHUB_ENV
          echo "/opt/tool/bin" >> $GITHUB_PATH
`
    })
    expect(results).toEqual([])
    expect(
      runRule(githubEnv, { [WF]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "v=$(git log -1 --format=%s)" >> $GITHUB_OUTPUT\n' })
    ).toEqual([])
  })

  it('is lowered by a same-repository gate', () => {
    const results = runRule(githubEnv, {
      [WF]: `on: pull_request_target
jobs:
  a:
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: x
    steps:
      - run: echo "R=$HEAD" >> $GITHUB_ENV
        env:
          HEAD: \${{ github.head_ref }}
`
    })
    expect(results.map((r) => r.severity)).toEqual(['info'])
  })
})

describe('github-env runner variables', () => {
  it('knows GITHUB_HEAD_REF is the pull request branch name', () => {
    const results = runRule(githubEnv, {
      '.github/workflows/ci.yml':
        'on: pull_request_target\npermissions: {}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "BRANCH=${GITHUB_HEAD_REF}" >> $GITHUB_ENV\n'
    })
    expect(results.map((r) => r.severity)).toEqual(['high'])
    expect(results[0]!.message).toMatch(/github\.head_ref via \$GITHUB_HEAD_REF/)
  })
})

describe('github-env artifact poisoning', () => {
  it('flags artifact contents written to GITHUB_ENV in workflow_run', () => {
    const results = runRule(githubEnv, {
      '.github/workflows/comment.yml': `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
permissions:
  pull-requests: write
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/download-artifact@v4
        with:
          name: pr
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - run: |
          echo "PR_NUMBER=$(cat pr/number)" >> "$GITHUB_ENV"
          echo "STATIC=1" >> "$GITHUB_ENV"
`,
      '.github/workflows/ci.yml': 'name: CI\non: pull_request\njobs: {}\n'
    })
    expect(results.map((r) => `${r.location?.startLine} ${r.severity}`)).toEqual(['17 critical'])
    expect(results[0]!.message).toMatch(/artifacts/)
    const noDownload = runRule(githubEnv, {
      '.github/workflows/x.yml': 'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "V=$(cat VERSION)" >> $GITHUB_ENV\n'
    })
    expect(noDownload).toEqual([])
  })
})
