/**
 * Precision fixes from the hand review (bench/hand-review.md, third pass): a shell value checked against an
 * allow-list that stops the script otherwise is narrowed (category A); a job gets the gate of the jobs it
 * needs when a skipped need skips it (category B). Our own minimal workflows.
 */
import { describe, expect, it } from '@jest/globals'
import { githubEnv } from '../../../src/rules/build/github-env.js'
import { excessivePermissions } from '../../../src/rules/build/excessive-permissions.js'
import { pwnRequest } from '../../../src/rules/build/pwn-request.js'
import { templateInjection } from '../../../src/rules/build/template-injection.js'
import { narrowingRegex, validatedVariables } from '../../../src/workflow/validated-values.js'
import { evaluate, W } from '../build-online/harness.js'

const failing = (text: string): number[] =>
  evaluate(githubEnv, { [W]: text })
    .filter((result) => result.status === 'fail')
    .map((result) => result.location!.startLine)

const withGuard = (guard: string): string => `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - env:
          REF: \${{ github.event.pull_request.head.ref }}
        run: |
${guard
  .split('\n')
  .map((line) => `          ${line}`)
  .join('\n')}
          echo "BRANCH=$REF" >> "$GITHUB_ENV"
`

describe('values validated before use (category A)', () => {
  it('accepts only anchored expressions of safe characters', () => {
    expect(narrowingRegex('^[0-9]+$')).toBe(true)
    expect(narrowingRegex("'^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$'")).toBe(true)
    expect(narrowingRegex('^[[:digit:]]+$')).toBe(true)
    expect(narrowingRegex('^v\\d+\\.\\d+$')).toBe(true)
    expect(narrowingRegex('^.*$')).toBe(false)
    expect(narrowingRegex('^[^;]+$')).toBe(false)
    expect(narrowingRegex('[0-9]+')).toBe(false)
    expect(narrowingRegex('^[0-9]+')).toBe(false)
    expect(narrowingRegex('^[a-z ]+$')).toBe(false)
    expect(narrowingRegex('^[[:print:]]+$')).toBe(false)
    expect(narrowingRegex('^\\s+$')).toBe(false)
  })

  it('finds the guard forms that stop the script', () => {
    expect(validatedVariables('[[ "$N" =~ ^[0-9]+$ ]] || exit 1').map((v) => v.name)).toEqual(['N'])
    expect(validatedVariables('[[ $N =~ ^[0-9]+$ ]] || { echo bad; exit 2; }').map((v) => v.name)).toEqual(['N'])
    expect(validatedVariables('if ! [[ "${N}" =~ ^[0-9]+$ ]]; then\n  echo bad\n  exit 1\nfi').map((v) => v.name)).toEqual(['N'])
    expect(validatedVariables('case "$V" in\n  true|false) ;;\n  *) echo bad; exit 1 ;;\nesac').map((v) => v.name)).toEqual(['V'])
    expect(validatedVariables('if [[ -z "$B" || "$B" == *".."* || ! "$B" =~ ^[a-z/]+$ ]]; then\n  exit 1\nfi').map((v) => v.name)).toEqual(['B'])
    expect(validatedVariables('if [[ -z "$B" && ! "$B" =~ ^[a-z/]+$ ]]; then\n  exit 1\nfi')).toEqual([])
    // no stop, a warning only, a glob pattern, or a default branch that goes on
    expect(validatedVariables('[[ "$N" =~ ^[0-9]+$ ]] || echo bad')).toEqual([])
    expect(validatedVariables('if ! [[ "$N" =~ ^[0-9]+$ ]]; then\n  echo bad\nfi')).toEqual([])
    expect(validatedVariables('case "$V" in\n  release-*) ;;\n  *) exit 1 ;;\nesac')).toEqual([])
    expect(validatedVariables('case "$V" in\n  a|b) ;;\n  *) echo other ;;\nesac')).toEqual([])
  })

  it('github-env: a branch name validated before it is written is not flagged; unvalidated or loosely validated still is', () => {
    expect(failing(withGuard('[[ "$REF" =~ ^[A-Za-z0-9._/-]+$ ]] || exit 1'))).toEqual([])
    expect(failing(withGuard('case "$REF" in\n  main|develop) ;;\n  *) exit 1 ;;\nesac'))).toEqual([])
    expect(failing(withGuard('echo "checking"'))).toHaveLength(1)
    expect(failing(withGuard('[[ "$REF" =~ ^.+$ ]] || exit 1'))).toHaveLength(1)
    expect(failing(withGuard('[[ "$REF" =~ ^[A-Za-z0-9._/-]+$ ]] || echo odd'))).toHaveLength(1)
    // the guard must come before the write
    const after = withGuard('true').replace('          true\n', '') + '          [[ "$REF" =~ ^[0-9]+$ ]] || exit 1\n'
    expect(failing(after)).toHaveLength(1)
  })
})

describe('gates reached through needs (category B)', () => {
  const workflow = (dependentIf: string): string => `on:
  pull_request_target:
    types: [closed]
permissions:
  id-token: write
jobs:
  merged:
    if: github.event.pull_request.merged
    runs-on: ubuntu-latest
    steps:
      - run: echo merged
  open:
    runs-on: ubuntu-latest
    steps:
      - run: echo any
  after:
    needs: [merged, open]
${dependentIf}    runs-on: ubuntu-latest
    steps:
      - run: echo after
`
  const outsiderFindings = (text: string): string[] =>
    evaluate(excessivePermissions, { [W]: text })
      .filter((result) => result.status === 'fail' && /outsiders can trigger/.test(result.message))
      .map((result) => String(result.location?.startLine))

  it('a job that needs a gated job is gated, unless a status function lets it run after a skipped need', () => {
    const plain = outsiderFindings(workflow(''))
    // the ungated job "open" is still reported; "after" (line 17) is not
    expect(plain.length).toBeGreaterThan(0)
    expect(outsiderFindings(workflow('    if: always()\n')).length).toBeGreaterThan(plain.length)
    expect(outsiderFindings(workflow("    if: always() && needs.merged.result == 'failure'\n"))).toEqual(plain)
    // a result test on the ungated need does not carry the gate
    expect(outsiderFindings(workflow("    if: always() && needs.open.result == 'failure'\n")).length).toBeGreaterThan(plain.length)
    expect(outsiderFindings(workflow('    if: failure()\n')).length).toBeGreaterThan(plain.length)
  })
})

describe('fork checks in a github-script step (category B)', () => {
  const workflow = (check: string, checkoutIf = ''): string => `on:
  issue_comment:
    types: [created]
permissions:
  contents: write
jobs:
  fix:
    if: github.event.issue.pull_request && contains(fromJSON('["OWNER", "MEMBER"]'), github.event.comment.author_association)
    runs-on: ubuntu-latest
    steps:
      - id: pr
        uses: actions/github-script@${'0123456789abcdef0123456789abcdef01234567'}
        with:
          script: |
            const { data: pull } = await github.rest.pulls.get({ owner: context.repo.owner, repo: context.repo.repo, pull_number: context.issue.number })
            if (${check}) {
              await github.rest.issues.createComment({ owner: context.repo.owner, repo: context.repo.repo, issue_number: context.issue.number, body: 'no forks' })
              core.setFailed('fork')
            }
            core.setOutput('ref', pull.head.ref)
      - uses: actions/checkout@${'0123456789abcdef0123456789abcdef01234567'}
${checkoutIf}        with:
          ref: \${{ steps.pr.outputs.ref }}
      - run: npm ci && npm run lint -- --fix
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`
  const pwn = (text: string): string[] =>
    evaluate(pwnRequest, { [W]: text })
      .filter((result) => result.status === 'fail')
      .map((result) => `${result.severity} ${result.message}`)

  it('a job whose earlier github-script fails for forks is gated; a narrower or softer check is not', () => {
    const gated = pwn(workflow('pull.head.repo.full_name !== `${context.repo.owner}/${context.repo.repo}`'))
    const open = pwn(workflow('pull.draft'))
    expect(open.length).toBeGreaterThan(0)
    expect(open.join('\n')).not.toMatch(/fails the job when the pull request comes from a fork/)
    expect(gated.join('\n')).not.toMatch(/^(critical|high) /m)
    expect(pwn(workflow('pull.head.repo.fork'))).toEqual(gated)
    // `&&` narrows when the check fails; a later step that runs always() is not stopped
    expect(pwn(workflow('pull.head.repo.fork && pull.user.login !== "x"'))).toEqual(open)
    expect(pwn(workflow('!pull.head.repo.fork'))).toEqual(open)
    expect(pwn(workflow('pull.head.repo.full_name !== "someone/else"'))).toEqual(open)
    const always = pwn(workflow('pull.head.repo.fork', '        if: always()\n'))
    expect(always.map((line) => line.replace(/at line \d+/, ''))).toEqual(open.map((line) => line.replace(/at line \d+/, '')))
  })
})

describe('JSON-encoded action outputs', () => {
  it('dorny/paths-filter file lists with list-files: json are structured, not free text', () => {
    const text = (format: string): string => `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: f
        uses: dorny/paths-filter@${'0123456789abcdef0123456789abcdef01234567'}
        with:
          filters: |
            docs: ['docs/**']
          list-files: ${format}
      - uses: actions/github-script@${'0123456789abcdef0123456789abcdef01234567'}
        with:
          script: |
            const files = \${{ steps.f.outputs.docs_files }};
            console.log(files.length)
`
    const severities = (format: string): string[] =>
      evaluate(templateInjection, { [W]: text(format) })
        .filter((result) => result.status === 'fail')
        .map((result) => String(result.severity))
    expect(severities('csv')).toEqual(['critical'])
    expect(severities('json')).toHaveLength(1)
    expect(severities('json')[0]).not.toMatch(/critical|high/)
  })
})

describe('a base program run inside the pull request folder (category C)', () => {
  const workflow = (run: string): string => `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${'0123456789abcdef0123456789abcdef01234567'}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          path: pr
      - uses: actions/checkout@${'0123456789abcdef0123456789abcdef01234567'}
        with:
          path: tools
      - run: ${run}
        working-directory: pr
        env:
          TOKEN: \${{ secrets.DEPLOY_TOKEN }}
`
  const pwn = (run: string): number => evaluate(pwnRequest, { [W]: workflow(run) }).filter((result) => result.status === 'fail').length

  it("python or node on a program outside the pull request tree is not its code; the tree's own programs and shell scripts are", () => {
    expect(pwn('python ../tools/scripts/report.py ../results')).toBe(0)
    expect(pwn('node ../tools/bin/report.js')).toBe(0)
    expect(pwn('python scripts/report.py')).toBe(1)
    expect(pwn('python ./report.py')).toBe(1)
    expect(pwn('python -m report')).toBe(1)
    expect(pwn('bash ../tools/build.sh')).toBe(1)
    expect(pwn('make')).toBe(1)
  })
})

describe("jobs reached only through a maintainer's action (category B)", () => {
  const workflow = (jobIf: string): string => `on:
  issue_comment:
    types: [created]
jobs:
  bench:
${jobIf}    runs-on: ubuntu-latest
    steps:
      - run: |
          git fetch origin "refs/pull/\${{ github.event.issue.number }}/head"
          git checkout FETCH_HEAD
          make bench
`
  const missing = (jobIf: string): string[] =>
    evaluate(excessivePermissions, { [W]: workflow(jobIf) })
      .filter((result) => result.status === 'fail' && /no permissions: block/.test(result.message))
      .map((result) => `${result.severity} ${result.message}`)

  it('the missing-permissions finding is lowered one step when the reached job needs named users or members', () => {
    expect(missing('')).toEqual([expect.stringMatching(/^high /)])
    const named = missing("    if: github.event.comment.user.login == 'alice' || github.event.comment.user.login == 'bob'\n")
    expect(named).toEqual([expect.stringMatching(/^medium .*lowered because only 2 named users can trigger it/)])
    // one branch open to anyone: no gate
    expect(missing("    if: github.event.comment.user.login == 'alice' || github.event.comment.body == '/bench'\n")).toEqual([expect.stringMatching(/^high /)])
    expect(missing("    if: github.event.comment.author_association == 'MEMBER'\n")).toEqual([expect.stringMatching(/^medium /)])
  })
})

describe('jobs held to events outsiders cannot cause', () => {
  it('a push-only job of a workflow that also runs on issue_comment does not make the missing-permissions finding high', () => {
    const text = (jobIf: string): string => `on:
  issue_comment:
  push:
jobs:
  on-push:
    if: ${jobIf}
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.head_commit.message }}"
`
    const severity = (jobIf: string): string[] =>
      evaluate(excessivePermissions, { [W]: text(jobIf) })
        .filter((result) => result.status === 'fail' && /no permissions: block/.test(result.message))
        .map((result) => String(result.severity))
    expect(severity("github.event_name == 'push'")).toEqual(['medium'])
    expect(severity("github.event_name == 'push' || github.event_name == 'issue_comment'")).toEqual(['high'])
    expect(severity("github.event_name != 'push'")).toEqual(['high'])
  })
})

describe('a permission check handed on through a job output', () => {
  const text = (test: string): string => `on:
  issue_comment:
jobs:
  check:
    runs-on: ubuntu-latest
    outputs:
      allowed: \${{ steps.perm.outputs.allowed }}
    steps:
      - id: perm
        env:
          GH_TOKEN: \${{ github.token }}
        run: |
          LEVEL=$(gh api "repos/$GITHUB_REPOSITORY/collaborators/$GITHUB_ACTOR/permission" --jq .permission)
          if ${test}; then
            echo "allowed=true" >> "$GITHUB_OUTPUT"
          else
            echo "allowed=false" >> "$GITHUB_OUTPUT"
          fi
  act:
    needs: check
    if: needs.check.outputs.allowed == 'true'
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ github.event.comment.body }}" | wc -c
`
  const severity = (test: string): string[] =>
    evaluate(excessivePermissions, { [W]: text(test) })
      .filter((result) => result.status === 'fail' && /no permissions: block/.test(result.message))
      .map((result) => `${result.severity} ${result.message}`)

  it('lowers the job it gates one step when only writers get "true"; not when readers do', () => {
    expect(severity('[ "$LEVEL" == "admin" ] || [ "$LEVEL" == "write" ]')).toEqual([
      expect.stringMatching(/^medium .*job check checks that the user has write access/)
    ])
    expect(severity('[ "$LEVEL" != "none" ]')).toEqual([expect.stringMatching(/^high /)])
    expect(severity('[ "$LEVEL" == "read" ] || [ "$LEVEL" == "write" ]')).toEqual([expect.stringMatching(/^high /)])
  })
})
