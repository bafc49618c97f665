/**
 * A workflow GitHub rejects is `invalid-workflow` with the reason, and no other rule reports on it: a step
 * that comes in through a YAML merge key (`<<:`) used to fail pwn-request while unpinned-uses, artipacked
 * and untrusted-checkout passed it.
 */
import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { runCheck } from '../../../src/engine.js'
import { parsePolicyText } from '../../../src/policy/load.js'
import { allRules } from '../../../src/rules/index.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { tempWorkspace } from '../../../test/support/workspace.js'

describe('a workflow with a YAML merge key', () => {
  it('is invalid-workflow and nothing else, through the engine with every build rule', async () => {
    const ws = tempWorkspace({ '.github/workflows/pr.yml': fs.readFileSync('test/fixtures/validity/merge-key.yml', 'utf8') })
    try {
      const policy = parsePolicyText('extends: strict\n', 'p.yml', allRules)
      const rules = allRules.filter((rule) => rule.meta.area === 'build')
      const report = await runCheck({
        workspace: new Workspace(ws.root),
        policy,
        rules,
        github: null,
        target: null,
        tool: { name: 'chaingate', version: 'test' }
      })
      const onFile = report.findings.filter((f) => f.location?.path === '.github/workflows/pr.yml')
      expect(onFile.map((f) => `${f.status} ${f.rule} ${f.location?.startLine}:${f.location?.startColumn}`)).toEqual(['fail invalid-workflow 10:9'])
      expect(onFile[0]!.message).toBe('workflow not audited: YAML merge key "<<:": GitHub Actions does not support merge keys and rejects the workflow')
      for (const id of ['pwn-request', 'unpinned-uses', 'artipacked', 'untrusted-checkout'])
        expect(report.findings.filter((f) => f.rule === id).map((f) => f.status)).toEqual(['pass'])
    } finally {
      ws.cleanup()
    }
  })
})
