/**
 * Precision fixes from the hand review (bench/hand-review.md): command output narrowed by jq to numbers,
 * SHAs or logins is not pull-request text (category A); a literal head-repository check, a merged pull
 * request and an event-split condition are gates (category B). Our own minimal workflows.
 */
import { describe, expect, it } from '@jest/globals'
import { githubEnv } from '../../../src/rules/build/github-env.js'
import { pwnRequest } from '../../../src/rules/build/pwn-request.js'
import { botConditions } from '../../../src/rules/build/bot-conditions.js'
import { excessivePermissions } from '../../../src/rules/build/excessive-permissions.js'
import { narrowedOutput, safeJqFilter } from '../../../src/workflow/narrowed-output.js'
import { brief, evaluate, W } from '../build-online/harness.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'

describe('narrowed command output (category A)', () => {
  it('reads jq selections of safe fields and commit ids as narrowed, anything else as not', () => {
    expect(narrowedOutput('"$(gh pr view "$BRANCH" --json number --jq \'.number\')"')).toBe(true)
    expect(narrowedOutput('$(echo "$pr" | jq -r .head.sha)')).toBe(true)
    expect(narrowedOutput(`gh pr view "$B" --json number --jq '"number=\\(.number)"' >> "$GITHUB_OUTPUT"`)).toBe(true)
    expect(narrowedOutput('"$(gh api "repos/o/r/issues/1" --jq ".closed_by.login // \\"\\"")"')).toBe(true)
    expect(narrowedOutput(`$(gh api /repos/o/r/pulls --jq ".[] | select(.head.ref == \\"$REF\\") | .number" | head -1)`)).toBe(true)
    expect(narrowedOutput("$(git merge-base '${head_sha}' '${base_sha}')")).toBe(true)
    expect(narrowedOutput('$(gh pr view "$B" --json title --jq .title)')).toBe(false)
    expect(narrowedOutput('$(gh pr view "$B" --json labels --jq \'.labels[]\')')).toBe(false)
    expect(narrowedOutput('$(echo "$pr" | jq .)')).toBe(false)
    expect(narrowedOutput('$(echo "$pr" | jq -r .number | sed "s/x/$TITLE/")')).toBe(false)
    expect(narrowedOutput('$(gh pr view "$B")')).toBe(false)
    expect(safeJqFilter('[.[] | .number] | join(",")')).toBe(true)
    expect(safeJqFilter('.[] | "\\(.number) \\(.title)"')).toBe(false)
    expect(safeJqFilter('keys')).toBe(false)
  })

  it('github-env: a PR number or SHA chosen by jq is not flagged; the title still is', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - env:
          HEAD_REF: \${{ github.event.pull_request.head.ref }}
          GH_TOKEN: \${{ github.token }}
        run: |
          NUMBER=$(gh pr view "$HEAD_REF" --json number --jq '.number')
          echo "number=$NUMBER" >> "$GITHUB_OUTPUT"
          pr="$(gh api "repos/o/r/pulls/$NUMBER")"
          head_sha="$(echo "$pr" | jq -r .head.sha)"
          echo "HEAD_SHA=$head_sha" >> "$GITHUB_ENV"
          gh pr view "$HEAD_REF" --json number --jq '"n=\\(.number)"' >> "$GITHUB_OUTPUT"
          title="$(echo "$pr" | jq -r .title)"
          echo "TITLE=$title" >> "$GITHUB_ENV"
`
    const results = evaluate(githubEnv, { [W]: text })
    const failing = results.filter((result) => result.status === 'fail')
    expect(failing.map((result) => result.location?.startLine)).toEqual([18])
    expect(failing[0]!.message).toMatch(/via \$pr → \$title to \$GITHUB_ENV/)
  })
})

describe('gates (category B)', () => {
  it('pwn-request: a literal head-repository check is a same-repository gate (info), and bot-conditions says nothing', () => {
    const text = `on: pull_request_target
permissions:
  contents: write
jobs:
  tidy:
    if: github.actor == 'dependabot[bot]' && github.event.pull_request.head.repo.full_name == 'acme/app'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.ref }}
      - run: make tidy
`
    expect(brief(evaluate(pwnRequest, { [W]: text })).map((line) => line.split(' ')[1])).toEqual(['info'])
    expect(evaluate(botConditions, { [W]: text }).filter((result) => result.status === 'fail')).toEqual([])
    // a fork's repository name is no gate
    const fork = text.replace("== 'acme/app'", "!= 'acme/app'")
    expect(brief(evaluate(pwnRequest, { [W]: fork })).map((line) => line.split(' ')[1])).toEqual(['critical'])
  })

  it("a merged pull request gates the job; a condition split by event keeps the outsiders' branch gate", () => {
    const merged = `on:
  pull_request_target:
    types: [closed]
permissions:
  id-token: write
jobs:
  after-merge:
    if: github.event.pull_request.merged == true
    runs-on: ubuntu-latest
    steps:
      - run: echo done
`
    expect(
      evaluate(excessivePermissions, { [W]: merged }).filter((result) => result.status === 'fail' && /outsiders can trigger/.test(result.message))
    ).toEqual([])
    const split = `on:
  pull_request_target:
    types: [labeled]
  workflow_dispatch:
permissions:
  contents: read
jobs:
  extra:
    if: |
      github.event_name == 'workflow_dispatch' ||
      (github.event_name == 'pull_request_target' && contains(github.event.pull_request.labels.*.name, 'ok-to-test'))
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: make test
        env:
          TOKEN: \${{ secrets.CLOUD_TOKEN }}
`
    const [finding] = evaluate(pwnRequest, { [W]: split })
    expect(finding!.message).toMatch(/lowered because the pull request carries the label "ok-to-test"/)
    // with the gate in a branch outsiders can reach through an event of theirs too, it does not count
    const both = split.replace("github.event_name == 'workflow_dispatch' ||", "github.event_name == 'issue_comment' ||")
    expect(evaluate(pwnRequest, { [W]: both })[0]!.message).not.toMatch(/lowered because/)
  })
})

describe('untrusted code that is not run (category C)', () => {
  const workflowRun = (steps: string): string => `on:
  workflow_run:
    workflows: [CI]
    types: [completed]
permissions:
  pull-requests: write
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${SHA}
${steps}`

  it('an artifact downloaded into a folder does not make a github-script require() of a base file attacker code', () => {
    const outside = workflowRun(`      - run: gh run download "\${{ github.event.workflow_run.id }}" --name summary --dir .artifacts
        env:
          GH_TOKEN: \${{ github.token }}
      - uses: actions/github-script@${SHA}
        with:
          script: |
            const handler = require('./.github/scripts/report.js')
            await handler({ github, core })
`)
    expect(evaluate(pwnRequest, { [W]: outside })).toEqual([])
    const continued = outside.replace(
      '- run: gh run download "${{ github.event.workflow_run.id }}" --name summary --dir .artifacts',
      '- run: |\n          gh run download "${{ github.event.workflow_run.id }}" \\\n            --name summary \\\n            --dir .artifacts'
    )
    expect(continued).toContain('--name summary \\\n            --dir .artifacts')
    expect(evaluate(pwnRequest, { [W]: continued })).toEqual([])
    const inside = outside.replace("require('./.github/scripts/report.js')", "require('./.artifacts/report.js')")
    expect(brief(evaluate(pwnRequest, { [W]: inside }))).toHaveLength(1)
  })

  it('a folder given to find is not run; the program of a substitution is', () => {
    const found = workflowRun(`      - uses: actions/download-artifact@${SHA}
        with:
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - run: |
          wheel=$(find ./dist -maxdepth 1 -name "*.whl" -print -quit)
          echo "$wheel"
`)
    expect(evaluate(pwnRequest, { [W]: found })).toEqual([])
    const runs = found.replace('wheel=$(find ./dist -maxdepth 1 -name "*.whl" -print -quit)', 'wheel=$(./dist/pick.sh)')
    expect(evaluate(pwnRequest, { [W]: runs })[0]!.message).toMatch(/runs `\.\/dist\/pick\.sh`/)
  })
})
