import { describe, expect, it } from '@jest/globals'
import { action, lineCol, parsed, workflow } from './helpers.js'
import { buildModel, expressionLocation, strLocation } from '../../src/workflow/model.js'
import { allExpressionStrings } from '../../src/workflow/build.js'

const CI = `name: CI
on:
  pull_request_target:
    types: [opened, synchronize]
    branches: [main]
  push:
permissions:
  contents: read
  pull-requests: write
env:
  GLOBAL: x
jobs:
  build:
    runs-on: [self-hosted, linux]
    needs: [lint]
    if: github.event.pull_request.head.repo.fork == false
    environment:
      name: prod
      deployment: false
    container:
      image: node:20
      credentials:
        username: me
        password: \${{ secrets.PW }}
    services:
      db:
        image: postgres
    steps:
      - uses: actions/checkout@v4
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - id: greet
        name: Greet
        run: |
          echo "start"
          echo "title: \${{ github.event.pull_request.title }}" >> $GITHUB_ENV
        shell: bash
        env:
          X: \${{ github.head_ref }}
      - uses: docker://alpine@sha256:0123456789012345678901234567890123456789012345678901234567890123
      - uses: ./.github/actions/local
      - uses: $/.github/actions/self@main
  lint:
    uses: octo/wf/.github/workflows/lint.yml@0123456789abcdef0123456789abcdef01234567
    secrets: inherit
    with:
      a: 1
`

describe('workflow model', () => {
  it('normalises the document with positions', () => {
    const wf = workflow(CI)
    expect(wf.name?.value).toBe('CI')
    expect(wf.triggers.map((t) => t.event)).toEqual(['pull_request_target', 'push'])
    expect(wf.triggers[0]!.filters.get('types')).toEqual(['opened', 'synchronize'])
    expect(wf.permissions?.form).toBe('map')
    expect(wf.permissions?.scopes.get('pull-requests')?.level).toBe('write')
    expect(wf.env.get('GLOBAL')?.value?.value).toBe('x')
    const build = wf.jobsById.get('build')!
    expect(build.needs.map((n) => n.value)).toEqual(['lint'])
    expect(build.runsOn?.labels.map((l) => l.value)).toEqual(['self-hosted', 'linux'])
    expect(build.environment?.name?.value).toBe('prod')
    expect(build.environment?.deployment).not.toBeUndefined()
    expect(build.container?.image?.value).toBe('node:20')
    expect(build.container?.credentials?.password?.expressions[0]?.body.trim()).toBe('secrets.PW')
    expect(build.services[0]?.name).toBe('db')
    expect(build.steps).toHaveLength(5)
    const [checkout, greet, docker, local, self] = build.steps
    expect(checkout!.uses).toMatchObject({ kind: 'remote', owner: 'actions', repo: 'checkout', ref: 'v4', name: 'actions/checkout', pinned: false })
    expect(checkout!.with.get('ref')?.value?.expressions[0]?.ast).toMatchObject({ kind: 'context', path: 'github.event.pull_request.head.sha' })
    expect(greet!.id?.value).toBe('greet')
    expect(greet!.effectiveShell).toBe('bash')
    expect(greet!.env.get('X')?.value?.expressions).toHaveLength(1)
    expect(docker!.uses).toMatchObject({ kind: 'docker', pinned: true })
    expect(local!.uses).toMatchObject({ kind: 'local', path: '.github/actions/local' })
    expect(self!.uses).toMatchObject({ kind: 'local', selfRepository: true, path: '.github/actions/self', ref: 'main' })
    const lint = wf.jobsById.get('lint')!
    expect(lint.uses).toMatchObject({ kind: 'remote', reusableWorkflow: true, pinned: true, path: '.github/workflows/lint.yml' })
    expect(lint.secrets?.inherit).toBe(true)
    expect(lint.with.get('a')?.value?.value).toBe('1')
  })

  it('locates a ${{ }} inside a literal block exactly', () => {
    const wf = workflow(CI)
    const run = wf.jobsById.get('build')!.steps[1]!.run!
    const expression = run.expressions[0]!
    expect(expression.body.trim()).toBe('github.event.pull_request.title')
    expect(expressionLocation(wf, expression)).toEqual({ path: '.github/workflows/ci.yml', startLine: 36, startColumn: 24, endLine: 36, endColumn: 61 })
    expect(CI.slice(expression.start, expression.end)).toBe('${{ github.event.pull_request.title }}')
    const line = run.value.indexOf('echo "title')
    expect(strLocation(wf, run, line, line + 4)).toMatchObject({ startLine: 36, startColumn: 11, endLine: 36, endColumn: 14 })
  })

  it('reads triggers in string, list and map forms', () => {
    expect(workflow('on: push\njobs: {}\n').triggers.map((t) => t.event)).toEqual(['push'])
    expect(workflow('on: [push, pull_request]\njobs: {}\n').triggers.map((t) => t.event)).toEqual(['push', 'pull_request'])
    const dispatch = workflow('on:\n  workflow_dispatch:\n    inputs:\n      name:\n        type: string\n        default: x\n').triggers[0]!
    expect(dispatch.inputs.get('name')).toMatchObject({ type: 'string', default: { value: 'x' } })
  })

  it('normalises permissions forms', () => {
    expect(workflow('permissions: write-all\n').permissions?.form).toBe('write-all')
    expect(workflow('permissions: read-all\n').permissions?.form).toBe('read-all')
    expect(workflow('permissions: {}\n').permissions?.form).toBe('empty')
    expect(workflow('permissions:\n').permissions?.form).toBe('empty')
    expect(workflow('on: push\n').permissions).toBeUndefined()
  })

  it('follows anchors, aliases and merge keys', () => {
    const wf = workflow(
      `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    env: &env
      A: \${{ github.head_ref }}
    steps: &steps
      - run: echo hi
  b:
    <<: *a_missing_is_invalid
`.replace('    <<: *a_missing_is_invalid\n', '    env: *env\n    steps: *steps\n')
    )
    expect(wf.jobsById.get('b')!.env.get('A')?.value?.expressions).toHaveLength(1)
    expect(wf.jobsById.get('b')!.steps[0]!.run?.value).toBe('echo hi')
    const merged = workflow(`on: push
x-defaults: &defaults
  runs-on: ubuntu-latest
  timeout-minutes: 5
jobs:
  a:
    <<: *defaults
    steps: [{run: echo}]
`)
    expect(merged.jobsById.get('a')!.runsOn?.labels[0]?.value).toBe('ubuntu-latest')
  })

  it('models composite, Docker and JavaScript actions', () => {
    const composite = action(`name: c
inputs:
  who:
    required: true
outputs:
  out:
    value: \${{ steps.s.outputs.x }}
runs:
  using: composite
  steps:
    - id: s
      run: echo "\${{ inputs.who }}"
      shell: bash
`)
    expect(composite.runs?.kind).toBe('composite')
    expect(composite.inputs.get('who')?.required).toBe(true)
    expect(composite.outputs.get('out')?.value?.expressions).toHaveLength(1)
    expect(composite.runs?.steps[0]?.action).toBe(composite)
    expect(action('runs:\n  using: docker\n  image: Dockerfile\n  args: ["${{ inputs.x }}"]\n').runs).toMatchObject({
      kind: 'docker',
      image: { value: 'Dockerfile' }
    })
    expect(action('runs:\n  using: node24\n  main: dist/index.js\n').runs).toMatchObject({ kind: 'javascript', main: { value: 'dist/index.js' } })
  })

  it('lists every expression string, and builds a model from many files', () => {
    const file = parsed(CI)
    expect(allExpressionStrings(file).length).toBe(4)
    const model = buildModel({ files: [file, parsed('runs: {using: composite, steps: []}', '.github/actions/x/action.yml', 'action')], failures: [] })
    expect(model.workflows).toHaveLength(1)
    expect(model.actionsByDir.get('.github/actions/x')?.runs?.kind).toBe('composite')
  })
})

describe('expression positions in every scalar style', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'run: echo ${{ github.head_ref }}\n'],
    ['double-quoted with escapes', 'run: "a\\tb\\"c ${{ github.head_ref }}"\n'],
    ['single-quoted with doubled quotes', "run: 'it''s ${{ github.head_ref }}'\n"],
    ['multi-line plain', 'run: echo one\n  two ${{ github.head_ref }}\n'],
    ['folded', 'run: >-\n  echo one\n  two ${{ github.head_ref }}\n'],
    ['literal keep', 'run: |+\n    first\n      indented ${{ github.head_ref }}\n\n'],
    ['CRLF literal', 'run: |\r\n  first\r\n  x ${{ github.head_ref }}\r\n'],
    ['escaped line break', 'run: "one \\\n    two ${{ github.head_ref }}"\n'],
    ['unicode escape before', 'run: "\\u00e9\\x41 ${{ github.head_ref }}"\n'],
    ['astral escape before', 'run: "\\U0001F600 ${{ github.head_ref }}"\n'],
    ['astral characters before', 'run: 😀😀 ${{ github.head_ref }}\n'],
    ['anchored literal', 'run: &script |\n  x ${{ github.head_ref }}\n']
  ]
  for (const [name, text] of cases) {
    it(name, () => {
      const file = parsed(text)
      const [str] = allExpressionStrings(file)
      const expression = str!.expressions[0]!
      expect(text.slice(expression.start, expression.end)).toBe('${{ github.head_ref }}')
    })
  }

  it('reports line and column inside a folded block', () => {
    const text = 'on: push\njobs:\n  a:\n    steps:\n      - run: >\n          echo a\n          && echo "${{ github.event.issue.title }}"\n'
    const [str] = allExpressionStrings(parsed(text))
    expect(lineCol(text, str!.expressions[0]!.start)).toBe('7:20')
  })
})

describe('parallel steps', () => {
  it('flattens parallel: groups in order and keeps background steps', () => {
    const wf = workflow(`on: push
jobs:
  a:
    runs-on: x
    steps:
      - uses: actions/checkout@v6
      - parallel:
          - run: npm run build:frontend
          - run: echo "\${{ github.head_ref }}"
      - id: db
        background: true
        run: ./start-db.sh
      - wait-all:
      - run: npm test
`)
    const steps = wf.jobsById.get('a')!.steps
    expect(steps.map((s) => s.run?.value ?? s.uses?.raw ?? '-')).toEqual([
      'actions/checkout@v6',
      'npm run build:frontend',
      'echo "${{ github.head_ref }}"',
      './start-db.sh',
      '-',
      'npm test'
    ])
    expect(steps[1]!.parallelGroup).toBeDefined()
    expect(steps[3]!.background).toBe(true)
    expect(steps.map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5])
  })
})
