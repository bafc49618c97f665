/** The model as a fact through the real engine: fetched once, shared, and robust to broken files. */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { runCheck } from '../../src/engine.js'
import { parsePolicyText } from '../../src/policy/load.js'
import { allRules } from '../../src/rules/index.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { workflowModelFact } from '../../src/workflow/model.js'
import { defineRule } from '../../src/model/rule.js'

describe('workflow model in the engine', () => {
  it('grades cache poisoning across groups of unrelated workflows', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-engine-'))
    try {
      fs.mkdirSync(path.join(root, '.github/workflows'), { recursive: true })
      fs.writeFileSync(
        path.join(root, '.github/workflows/release.yml'),
        'on: release\njobs:\n  p:\n    runs-on: x\n    steps:\n      - uses: actions/cache@v4\n      - run: npm publish\n'
      )
      fs.writeFileSync(
        path.join(root, '.github/workflows/pr.yml'),
        'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm install\n'
      )
      const policy = parsePolicyText('extends: strict\n', 'p.yml', allRules)
      const rules = allRules.filter((r) => r.meta.id === 'cache-poisoning')
      const report = await runCheck({ workspace: new Workspace(root), policy, rules, github: null, target: null, tool: { name: 'chaingate', version: 'test' } })
      expect(report.findings.map((f) => `${f.severity} ${f.location?.path}`)).toEqual(['high .github/workflows/release.yml'])
      expect(report.findings[0]!.message).toMatch(/through \.github\/workflows\/pr\.yml/)
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })

  it('audits the good files when one does not parse, and a throwing rule does not stop the others', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-engine-'))
    try {
      fs.mkdirSync(path.join(root, '.github/workflows'), { recursive: true })
      fs.writeFileSync(path.join(root, '.github/workflows/broken.yml'), 'on: [push\njobs: {\n')
      fs.writeFileSync(
        path.join(root, '.github/workflows/pr.yml'),
        'on: pull_request_target\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo "${{ github.event.pull_request.title }}"\n'
      )
      let builds = 0
      const counting = {
        ...workflowModelFact,
        id: 'workflow.model',
        fetch: async (ctx: Parameters<typeof workflowModelFact.fetch>[0]) => {
          builds += 1
          return workflowModelFact.fetch(ctx)
        }
      }
      const throwing = defineRule({
        ...allRules.find((r) => r.meta.id === 'bot-conditions')!,
        meta: { ...allRules.find((r) => r.meta.id === 'bot-conditions')!.meta, id: 'bot-conditions' },
        needs: [counting],
        evaluate: () => {
          throw new Error('boom')
        }
      })
      const rules = allRules
        .filter((r) => ['invalid-workflow', 'template-injection', 'pwn-request'].includes(r.meta.id))
        .map((r) => (r.meta.id === 'template-injection' ? { ...r, needs: [counting] } : r))
      const policy = parsePolicyText('extends: strict\n', 'p.yml', allRules)
      const report = await runCheck({
        workspace: new Workspace(root),
        policy,
        rules: [...rules, throwing],
        github: null,
        target: null,
        tool: { name: 'chaingate', version: 'test' }
      })
      const byRule = (id: string) => report.findings.filter((f) => f.rule === id)
      expect(byRule('invalid-workflow').map((f) => f.location?.path)).toEqual(['.github/workflows/broken.yml'])
      expect(byRule('template-injection').map((f) => `${f.severity} ${f.location?.startLine}:${f.location?.startColumn}`)).toEqual(['critical 6:20'])
      expect(byRule('bot-conditions')[0]).toMatchObject({ status: 'unknown' })
      expect(byRule('pwn-request')[0]).toMatchObject({ status: 'pass' })
      // Built once per group of related files (these two are unrelated: two groups), shared by both rules.
      expect(builds).toBe(2)
    } finally {
      fs.rmSync(root, { recursive: true, force: true })
    }
  })
})
