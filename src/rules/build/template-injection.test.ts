import { describe, expect, it } from '@jest/globals'
import { ruleResults, spans } from '../../../test/support/rule-tester.js'
import { safePattern, scriptOutputShape, shellValueShape } from '../../workflow/analysis/output-shape.js'
import { templateInjection } from './template-injection.js'

const WF = '.github/workflows/ci.yml'
const run = (text: string) => ruleResults(templateInjection, { files: { [WF]: text } })

describe('template-injection: action inputs that run code', () => {
  it('flags yq cmd, backport templates, pwsh scripts and github-script variants', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: mikefarah/yq@v4
        with:
          cmd: yq '.title = "\${{ github.event.pull_request.title }}"' meta.yml
      - uses: tibdex/backport@v2
        with:
          title_template: "<%= number %> \${{ github.event.pull_request.title }}"
      - uses: Amadevus/pwsh-script@v2
        with:
          script: Write-Output "\${{ github.head_ref }}"
      - uses: cardinalby/js-eval-action@v1
        with:
          expression: "'\${{ github.event.pull_request.body }}'.length"
`
    expect(spans(run(text))).toEqual([`fail high ${WF}:9:30-9:67`, `fail high ${WF}:12:42-12:79`, `fail high ${WF}:15:33-15:54`, `fail high ${WF}:18:25-18:61`])
  })

  it('passes the same actions given fixed values or environment variables (negative and mitigated)', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: mikefarah/yq@v4
        env:
          TITLE: \${{ github.event.pull_request.title }}
        with:
          cmd: yq '.title = strenv(TITLE)' meta.yml
      - uses: mikefarah/yq@v4
        with:
          cmd: yq '.n = \${{ github.event.pull_request.number }}' meta.yml
      - uses: some/other-action@v1
        with:
          cmd: \${{ github.event.pull_request.title }}
`
    expect(run(text)).toEqual([])
  })
})

describe('template-injection precision', () => {
  it('env: a step value hides the job and workflow values (the runner precedence)', () => {
    const text = (stepEnv: string) => `on: issues
permissions: {}
env:
  TITLE: \${{ github.event.issue.title }}
jobs:
  a:
    runs-on: ubuntu-latest
    env:
      NOTE: \${{ github.event.issue.body }}
    steps:
      - run: echo "\${{ env.TITLE }} \${{ env.NOTE }}"
${stepEnv}`
    // positive: workflow and job values reach the step
    expect(spans(run(text('')))).toEqual([`fail high ${WF}:11:20-11:35`, `fail high ${WF}:11:37-11:51`])
    // mitigated: the step sets both to fixed text
    expect(run(text('        env:\n          TITLE: fixed\n          NOTE: also fixed\n'))).toEqual([])
    // the step hides only one of them
    expect(spans(run(text('        env:\n          NOTE: fixed\n')))).toEqual([`fail high ${WF}:11:20-11:35`])
  })

  it('matrix: taint per key', () => {
    const text = `on: pull_request_target
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        os: [ubuntu-latest]
        title: ['\${{ github.event.pull_request.title }}']
        include:
          - os: windows-latest
            branch: \${{ github.head_ref }}
    steps:
      - run: echo "\${{ matrix.os }}"
      - run: echo "\${{ matrix.title }}"
      - run: echo "\${{ matrix.branch }}"
`
    const results = run(text)
    expect(spans(results)).toEqual([`fail high ${WF}:15:20-15:38`, `fail high ${WF}:16:20-16:39`])
    expect(results[0]!.message).toMatch(/from github\.event\.pull_request\.title \(via matrix\.title\)/)
  })

  it('script outputs narrowed by a regular expression are not free text; JSON-encoded ones are structured', () => {
    const text = (value: string, prelude = '') => `on: issue_comment
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: parse
        uses: actions/github-script@v7
        with:
          script: |
            ${prelude}
            core.setOutput('target', ${value})
      - run: echo "\${{ steps.parse.outputs.target }}"
`
    const body = 'context.payload.comment.body'
    expect(run(text(`${body}.match(/^\\/deploy ([a-z0-9-]+)$/)[1]`))).toEqual([])
    expect(run(text('m[1]', `const m = ${body}.match(/^\\/deploy (\\w+)$/)`))).toEqual([])
    expect(run(text(`${body}.replace(/[^0-9]/g, '')`))).toEqual([])
    // positive: a capture that can hold anything
    expect(spans(run(text('m[1]', `const m = ${body}.match(/^\\/deploy (.+)$/)`)))).toEqual([`fail high ${WF}:13:20-13:52`])
    // a JSON encoding: structured, not arbitrary
    expect(spans(run(text(`JSON.stringify(${body}.split(' '))`)))).toEqual([`fail medium ${WF}:13:20-13:52`])
  })

  it('shell outputs narrowed by grep -o or tr -dc are not free text', () => {
    const text = (write: string) => `on: issue_comment
permissions: {}
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - id: parse
        env:
          BODY: \${{ github.event.comment.body }}
        run: |
          ${write}
      - run: echo "\${{ steps.parse.outputs.n }}"
`
    expect(run(text('echo "n=$(echo "$BODY" | grep -oE \'[0-9]+\')" >> "$GITHUB_OUTPUT"'))).toEqual([])
    expect(run(text('N=$(printf %s "$BODY" | tr -dc \'0-9\'); echo "n=$N" >> "$GITHUB_OUTPUT"'))).toEqual([])
    expect(spans(run(text('echo "n=$(echo "$BODY" | head -1)" >> "$GITHUB_OUTPUT"')))).toEqual([`fail high ${WF}:12:20-12:47`])
    expect(spans(run(text('echo "n=$(echo "$BODY" | jq -R -s -c \'split(" ")\')" >> "$GITHUB_OUTPUT"')))).toEqual([`fail medium ${WF}:12:20-12:47`])
  })

  it('reads the shape of patterns and values', () => {
    expect(safePattern('[0-9]+')).toBe(true)
    expect(safePattern('[\\w.-]+')).toBe(true)
    expect(safePattern('v?\\d+(?:\\.\\d+){0,2}')).toBe(true)
    expect(safePattern('.+')).toBe(false)
    expect(safePattern('[^ ]+')).toBe(false)
    expect(safePattern('\\S+')).toBe(false)
    expect(safePattern('[a-z $]+')).toBe(false)
    expect(scriptOutputShape("core.setOutput('a', x.match(/(\\d+)/)[1])", 'a')).toBe('restricted')
    expect(scriptOutputShape("core.setOutput('a', JSON.stringify(list))\ncore.setOutput('a', n.match(/(\\d+)/)[1])", 'a')).toBe('json')
    expect(scriptOutputShape("core.setOutput('a', x.trim())", 'a')).toBeNull()
    expect(shellValueShape('$(cat f | grep -o "[[:digit:]]*")')).toBe('restricted')
    expect(shellValueShape('$(echo "$X" | grep -oE ".*")')).toBeNull()
  })

  it("contains(fromJSON('[…]'), author_association) is a gate when every listed association is trusted", () => {
    const text = (list: string, field: string) => `on: issue_comment
jobs:
  a:
    if: contains(fromJSON('${list}'), github.event.comment.author_association)
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ ${field} }}"
`
    // the comment's own author is trusted: their text is not an outsider's
    expect(spans(run(text('["OWNER", "MEMBER", "COLLABORATOR"]', 'github.event.comment.body')))).toEqual([`fail info ${WF}:7:20-7:51`])
    // a trusted member comments on an outsider's issue: its title is still the outsider's (lowered one level)
    expect(spans(run(text('["OWNER", "MEMBER"]', 'github.event.issue.title')))).toEqual([`fail high ${WF}:7:20-7:50`])
    // a list that lets contributors in is no gate
    expect(spans(run(text('["OWNER", "CONTRIBUTOR"]', 'github.event.comment.body')))).toEqual([`fail critical ${WF}:7:20-7:51`])
  })
})
