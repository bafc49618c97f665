/** Odd and random documents: the model and every workflow rule must cope without throwing. */
import { needValue } from '../../src/engine.js'
import { describe, expect, it } from '@jest/globals'
import { stringify } from 'yaml'
import { parseYaml } from '../../src/workspace/yaml.js'
import { buildModel } from '../../src/workflow/model.js'
import type { ParsedWorkflowFile } from '../../src/workspace/workflow-files.js'
import { known, unknownFact, type Fact, type FactDef } from '../../src/model/fact.js'
import { workflowModelFact } from '../../src/workflow/model.js'
import { buildRules } from '../../src/rules/build/index.js'

/** Every build rule that reads only the workflow model (the online ones also need API facts). */
const RULES = buildRules.filter((rule) => rule.needs.every((def) => def.id === workflowModelFact.id))

function files(texts: string[]): ParsedWorkflowFile[] {
  return texts.flatMap((text, i) => {
    const parsed = parseYaml(`.github/workflows/f${i}.yml`, text)
    const action = parseYaml(`a${i}/action.yml`, text)
    return parsed.ok && action.ok
      ? [
          { ...parsed.file, kind: 'workflow' as const },
          { ...action.file, kind: 'action' as const }
        ]
      : []
  })
}

function runAll(texts: string[]): void {
  const model = buildModel({ files: files(texts), failures: [] })
  for (const rule of RULES) {
    const fact = <T>(def: FactDef<T>): Fact<T> => (def.id === workflowModelFact.id ? known(model) : unknownFact('not-applicable', 'x')) as Fact<T>
    const results = rule.evaluate({
      fact,
      need: (def) => needValue(def, fact(def)),
      options: rule.defaultOptions,
      now: new Date()
    })
    expect(Array.isArray(results)).toBe(true)
  }
}

const ODD = [
  '',
  '---\n',
  'null\n',
  '42\n',
  '[]\n',
  '- a\n- b\n',
  'on: [push, 3, null, {x: 1}]\njobs: []\n',
  'on: 7\njobs: nope\n',
  'on:\n  pull_request_target: 5\njobs:\n  a: 3\n  b: null\n  c: [1, 2]\n',
  'on: pull_request_target\njobs:\n  a:\n    steps: run\n',
  'on: pull_request_target\njobs:\n  a:\n    steps: [1, null, "x", [], {run: 5}, {uses: 3}, {uses: ""}, {uses: "@"}, {uses: "a@"}, {with: 3, env: [1]}]\n',
  'on: issues\npermissions: [contents]\njobs:\n  a:\n    permissions: 3\n    needs: {x: 1}\n    if: 4\n    runs-on: {group: 5, labels: 7}\n    container: 9\n    services: [1]\n    environment: [1]\n    outputs: 2\n    strategy: 3\n    secrets: 4\n    with: 5\n    uses: 6\n',
  'on: push\njobs:\n  a:\n    steps:\n      - run: "${{ unterminated"\n      - run: "${{ }}"\n      - run: "${{ ((( }}"\n      - run: "${{ a[ }}"\n      - if: "${{ x }} ${{"\n        run: x\n',
  'x: &a {run: "${{ github.head_ref }}"}\non: pull_request_target\njobs:\n  a:\n    steps: [*a, *a, {<<: *a}]\n',
  'on: {workflow_run: {workflows: 5}}\njobs:\n  a:\n    needs: [a]\n    outputs: {o: "${{ needs.a.outputs.o }}"}\n    steps: [{run: "echo ${{ needs.a.outputs.o }}"}]\n',
  'runs: 5\ninputs: 3\noutputs: [1]\n',
  'runs:\n  using: composite\n  steps: {a: 1}\n',
  'runs:\n  using: docker\n  image: 5\n  args: {a: 1}\n',
  'on: push\njobs:\n  a:\n    snapshot: image-name\n    environment:\n      name: prod\n      deployment: false\n    steps:\n      - uses: $/.github/actions/x\n      - uses: $/./actions/y\n'
]

describe('model robustness', () => {
  it('runs every offline workflow rule', () => {
    expect(RULES.map((rule) => rule.meta.id)).toEqual(
      expect.arrayContaining([
        'template-injection',
        'pwn-request',
        'cache-poisoning',
        'excessive-permissions',
        'artipacked',
        'unpinned-uses',
        'prompt-injection'
      ])
    )
  })

  it('copes with odd shapes', () => {
    for (const text of ODD) expect(() => runAll([text])).not.toThrow()
    runAll(ODD)
  })

  it('copes with random documents', () => {
    let seed = 12345
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const keys = [
      'on',
      'jobs',
      'steps',
      'run',
      'uses',
      'with',
      'env',
      'if',
      'permissions',
      'needs',
      'outputs',
      'runs',
      'using',
      'id',
      'shell',
      'ref',
      'script',
      'strategy',
      'matrix',
      'secrets',
      'container',
      'services',
      'environment',
      'inputs',
      'pull_request_target',
      'workflow_run',
      'contents'
    ]
    const scalars = [
      null,
      0,
      true,
      '',
      'x',
      '${{ github.event.issue.title }}',
      '${{ steps.a.outputs.b }}',
      'echo "X=$Y" >> $GITHUB_ENV',
      'npm ci',
      'actions/checkout@v4',
      './x',
      'docker://a',
      'write',
      'write-all',
      "${{ github.actor == 'a[bot]' }} x",
      "contains('a b', github.ref)"
    ]
    const value = (depth: number): unknown => {
      const r = random()
      if (depth > 4 || r < 0.4) return scalars[Math.floor(random() * scalars.length)]
      if (r < 0.6) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
      const out: Record<string, unknown> = {}
      for (let i = Math.floor(random() * 5); i > 0; i -= 1) out[keys[Math.floor(random() * keys.length)]!] = value(depth + 1)
      return out
    }
    const texts = Array.from({ length: 300 }, () => stringify(value(0)))
    expect(() => runAll(texts)).not.toThrow()
  })
})
