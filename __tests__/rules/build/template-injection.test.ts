import { describe, expect, it } from '@jest/globals'
import { templateInjection } from '../../../src/rules/build/template-injection.js'
import { runRule, where } from '../../workflow/rule-harness.js'

const WF = '.github/workflows/ci.yml'

describe('template-injection', () => {
  it('flags a PR title in a run block on pull_request_target as critical, at the exact span', () => {
    const results = runRule(templateInjection, {
      [WF]: `name: greet
on: pull_request_target
permissions:
  pull-requests: write
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - name: Greet
        run: |
          echo "Thanks!"
          echo "PR: \${{ github.event.pull_request.title }}"
`
    })
    expect(where(results)).toEqual([`${WF}:12:21-12:58 critical`])
    expect(results[0]!.message).toMatch(/github\.event\.pull_request\.title/)
    expect(results[0]!.fix).toContain('PR_TITLE: ${{ github.event.pull_request.title }}')
    expect(results[0]!.fix).toContain('"$PR_TITLE"')
  })

  it('flags github-script script: with a process.env fix', () => {
    const results = runRule(templateInjection, {
      [WF]: `on: issue_comment
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            console.log("\${{ github.event.comment.body }}")
`
    })
    expect(where(results)).toEqual([`${WF}:10:26-10:57 high`])
    expect(results[0]!.fix).toContain('process.env.COMMENT_BODY')
  })

  it('does not flag fixed contexts, comparisons or secrets', () => {
    const results = runRule(templateInjection, {
      [WF]: `on: pull_request_target
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo \${{ github.event.pull_request.number }} \${{ github.sha }} \${{ github.event.pull_request.head.sha }}
          echo \${{ github.event.pull_request.base.sha }} \${{ steps.x.outcome }} \${{ secrets.TOKEN }} \${{ runner.os }}
          echo \${{ contains(github.event.pull_request.title, 'wip') }} \${{ github.event.pull_request.title == 'x' }}
          echo \${{ github.event.pull_request.user.login }} \${{ github.repository }}
`
    })
    expect(results).toEqual([])
  })

  it('grades by trigger: pull_request is medium, push with head_ref is low', () => {
    const pr = runRule(templateInjection, { [WF]: 'on: pull_request\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "${{ github.head_ref }}"\n' })
    expect(where(pr)).toEqual([`${WF}:6:20-6:41 medium`])
    const push = runRule(templateInjection, {
      [WF]: 'on: push\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "${{ github.event.head_commit.message }}"\n'
    })
    expect(push[0]!.severity).toBe('medium')
    const dispatch = runRule(templateInjection, {
      [WF]: 'on:\n  workflow_dispatch:\n    inputs:\n      v: {type: string}\n      b: {type: boolean}\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo ${{ inputs.v }} ${{ inputs.b }}\n'
    })
    expect(dispatch.map((r) => r.severity)).toEqual(['info'])
  })

  it('follows taint through env, GITHUB_OUTPUT, step outputs and job outputs', () => {
    const results = runRule(templateInjection, {
      [WF]: `on: issues
permissions:
  issues: write
jobs:
  parse:
    runs-on: ubuntu-latest
    outputs:
      title: \${{ steps.meta.outputs.title }}
    steps:
      - id: meta
        env:
          TITLE: \${{ github.event.issue.title }}
        run: echo "title=$TITLE" >> "$GITHUB_OUTPUT"
      - run: echo "\${{ steps.meta.outputs.title }}"
  use:
    needs: parse
    runs-on: ubuntu-latest
    env:
      T: \${{ needs.parse.outputs.title }}
    steps:
      - run: echo "\${{ needs.parse.outputs.title }}"
      - run: echo "\${{ env.T }}"
      - run: echo "$T"
`
    })
    expect(where(results)).toEqual([`${WF}:14:20-14:50 critical`, `${WF}:21:20-21:51 critical`, `${WF}:22:20-22:31 critical`])
    expect(results[1]!.message).toMatch(/via env\.TITLE → steps\.meta\.outputs\.title → needs\.parse\.outputs\.title/)
    expect(results[2]!.fix).toBe('run: … "$T" …   # instead of ${{ env.T }}')
  })

  it('knows actions whose outputs are attacker-controlled', () => {
    const results = runRule(templateInjection, {
      [WF]: `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: changed
        uses: tj-actions/changed-files@v46
      - run: for f in \${{ steps.changed.outputs.all_changed_files }}; do echo $f; done
`
    })
    expect(results.map((r) => r.severity)).toEqual(['high'])
  })

  it('lowers the grade behind a same-repository check or a label gate', () => {
    const text = (condition: string): string => `on: pull_request_target
permissions:
  contents: write
jobs:
  a:
    if: ${condition}
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.pull_request.body }}"
`
    expect(runRule(templateInjection, { [WF]: text('github.event.pull_request.head.repo.full_name == github.repository') })[0]!.severity).toBe('info')
    expect(runRule(templateInjection, { [WF]: text("contains(github.event.pull_request.labels.*.name, 'safe to test')") })[0]!.severity).toBe('high')
    expect(
      runRule(templateInjection, { [WF]: text("github.event.pull_request.head.repo.full_name == github.repository || github.actor == 'x'") })[0]!.severity
    ).toBe('critical')
  })

  it('grades composite action inputs low and event text in actions high', () => {
    const results = runRule(templateInjection, {
      'action.yml': `name: a
inputs:
  who: {}
  flag: {type: boolean}
runs:
  using: composite
  steps:
    - run: echo "\${{ inputs.who }}" "\${{ github.event.pull_request.title }}"
      shell: bash
`
    })
    expect(where(results)).toEqual(['action.yml:8:18-8:34 low', 'action.yml:8:38-8:75 high'])
  })

  it('uses PowerShell syntax in the fix for pwsh steps', () => {
    const results = runRule(templateInjection, {
      [WF]: 'on: pull_request\njobs:\n  a:\n    runs-on: windows-latest\n    defaults:\n      run:\n        shell: pwsh\n    steps:\n      - run: Write-Output "${{ github.event.pull_request.title }}"\n'
    })
    expect(results[0]!.fix).toContain('$env:PR_TITLE')
  })
  it('follows inputs into local composite actions and reusable workflows from their callers', () => {
    const results = runRule(templateInjection, {
      [WF]: `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./.github/actions/greet
        with:
          who: \${{ github.event.pull_request.title }}
  b:
    uses: ./.github/workflows/reusable.yml
    with:
      branch: \${{ github.head_ref }}
`,
      '.github/actions/greet/action.yml':
        'name: greet\ninputs:\n  who: {}\nruns:\n  using: composite\n  steps:\n    - run: echo "${{ inputs.who }}"\n      shell: bash\n',
      '.github/workflows/reusable.yml':
        'on:\n  workflow_call:\n    inputs:\n      branch: {type: string}\njobs:\n  r:\n    runs-on: x\n    steps:\n      - run: git checkout "${{ inputs.branch }}"\n'
    })
    expect(where(results)).toEqual(['.github/workflows/reusable.yml:9:28-9:47 high', '.github/actions/greet/action.yml:7:18-7:34 high'])
    expect(results[1]!.message).toMatch(/via \.github\/workflows\/ci\.yml: with\.who/)
    expect(results[0]!.message).toMatch(/job b: with\.branch/)
  })

  it('flags eval of a tainted variable, in run: and in local scripts', () => {
    const results = runRule(templateInjection, {
      [WF]: `on: issue_comment
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      CMD: \${{ github.event.comment.body }}
    steps:
      - run: |
          eval "$CMD"
      - run: ./ci/run.sh
`,
      'ci/run.sh': '#!/bin/sh\nbash -c "$CMD"\n'
    })
    expect(where(results)).toEqual([`${WF}:10:11-10:21 high`, 'ci/run.sh:2:1-2:14 high'])
    expect(runRule(templateInjection, { [WF]: 'on: issue_comment\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: eval "$(ssh-agent -s)"\n' })).toEqual(
      []
    )
  })
})

describe('template-injection event fields', () => {
  it('grades fields the workflow events never carry as info', () => {
    const run = (on: string, expr: string) =>
      runRule(templateInjection, {
        [WF]: `on: ${on}\npermissions:\n  contents: write\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "\${{ ${expr} }}"\n`
      })
    expect(run('issue_comment', 'github.event.pull_request.title')[0]!.severity).toBe('info')
    expect(run('pull_request', 'github.event.issue.body')[0]!.message).toMatch(/is empty on pull_request/)
    expect(run('[pull_request, issue_comment]', 'github.event.pull_request.title')[0]!.severity).toBe('medium')
    expect(run('[pull_request, issue_comment]', 'github.event.comment.body')[0]!.severity).toBe('critical')
    expect(run('push', 'github.head_ref')[0]!.severity).toBe('info')
  })
})

describe('template-injection through github-script results', () => {
  it('taints result when the script returns event text', () => {
    const results = runRule(templateInjection, {
      [WF]: `on: issue_comment
permissions: {}
jobs:
  a:
    runs-on: x
    steps:
      - id: cmd
        uses: actions/github-script@v7
        with:
          result-encoding: string
          script: return context.payload.comment.body.split(' ')[1]
      - run: ./run-command.sh \${{ steps.cmd.outputs.result }}
      - id: num
        uses: actions/github-script@v7
        with:
          script: return context.payload.issue.number
      - run: echo \${{ steps.num.outputs.result }}
`
    })
    expect(results.map((r) => `${r.location?.startLine} ${r.severity}`)).toEqual(['12 high'])
  })
})

describe('template-injection through github-script outputs read from env:', () => {
  const wf = (check: string): string => `on: issue_comment
permissions: {}
jobs:
  run:
    runs-on: ubuntu-latest
    steps:
${check}      - id: parse
        uses: actions/github-script@v7
        env:
          BODY: \${{ github.event.comment.body }}
        with:
          script: |
            const found = process.env.BODY.match(/\\/run (\\S+)/)
            core.setOutput('target', found ? found[1] : '')
            core.setOutput('count', '1')
      - run: make \${{ steps.parse.outputs.target }}
`
  it('taints the outputs the script sets as partly attacker-influenced', () => {
    const results = runRule(templateInjection, { [WF]: wf('') })
    expect(where(results)).toEqual([`${WF}:16:19-16:51 medium`])
    expect(results[0]!.message).toMatch(/steps\.parse \(actions\/github-script reads process\.env\.BODY\)/)
  })

  it('is lowered by an earlier step that fails unless the author is a member', () => {
    const gate = `      - uses: actions/github-script@v7
        with:
          script: |
            const association = context.payload.comment.author_association
            if (!['OWNER', 'MEMBER', 'COLLABORATOR'].includes(association)) core.setFailed('not allowed')
`
    const results = runRule(templateInjection, { [WF]: wf(gate) })
    expect(results.map((r) => r.severity)).toEqual(['low'])
    expect(results[0]!.message).toMatch(/step 1 stops the job unless the author is a trusted member/)
    // Letting contributors in is not a gate; nor is a check that may be skipped.
    expect(runRule(templateInjection, { [WF]: wf(gate.replace("'COLLABORATOR'", "'COLLABORATOR', 'CONTRIBUTOR'")) }).map((r) => r.severity)).toEqual(['medium'])
    expect(runRule(templateInjection, { [WF]: wf(gate.replace('      - uses:', '      - if: always()\n        uses:')) }).map((r) => r.severity)).toEqual([
      'medium'
    ])
  })
})

describe('template-injection through github-script outputs built from event text', () => {
  const wf = (value: string): string => `on: pull_request_target
permissions: {}
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - id: pr
        uses: actions/github-script@v7
        with:
          script: |
            const title = context.payload.pull_request.title
            core.setOutput('value', ${value})
      - run: echo "\${{ steps.pr.outputs.value }}"
`
  it('taints an output that can hold the text', () => {
    for (const value of ['title', "title.replace(/x/g, '')", "title.startsWith('a') ? title : 'none'", "title || 'none'"]) {
      expect(runRule(templateInjection, { [WF]: wf(value) }).map((r) => r.severity)).toEqual(['high'])
    }
  })

  it('does not taint an output that is a literal, a number or a yes/no answer', () => {
    for (const value of [
      "'fixed'",
      '42',
      'title.length',
      'Number(context.payload.pull_request.number)',
      "title.startsWith('release:')",
      '/^fix/.test(title)',
      "!title.includes('[skip]')",
      "title === 'x'"
    ]) {
      expect(`${value}: ${runRule(templateInjection, { [WF]: wf(value) }).length}`).toBe(`${value}: 0`)
    }
  })
})
