/**
 * `chaingate check` offline over generated workflows plus damaged files: it never throws, each damaged
 * file is one invalid-workflow finding, and a rule that breaks on one file does not stop the other rules
 * (the thousands-of-files run is `bench/workflows.mjs --robust 3000`).
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { check } from '../../../src/check.js'
import { defineRule } from '../../../src/model/rule.js'
import { buildRules } from '../../../src/rules/build/index.js'
import { workflowFilesFact } from '../../../src/workspace/workflow-files.js'

const breaksOnOneFile = defineRule({
  meta: {
    id: 'breaks-on-one-file',
    area: 'build',
    severity: 'low',
    title: 'test rule',
    rationale: 'test',
    remediation: 'test',
    references: [],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (fact.known && fact.value.files.some((file) => file.path.endsWith('wf-0007.yml') || file.path.endsWith('wf-0007.yaml')))
      throw new TypeError("Cannot read properties of undefined (reading 'steps')")
    return []
  }
})

describe('robustness over generated and damaged workflows', () => {
  let root: string
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-robust-'))
    execFileSync(process.execPath, ['bench/corpus-gen.mjs', '--count', '60', '--actions', '8', '--broken', '11', '--seed', '7', '--out', root], {
      stdio: 'ignore'
    })
  })
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  it('audits everything, reports damaged files once each, and isolates a failing rule', async () => {
    const { report } = await check({ path: root, rules: [...buildRules, breaksOnOneFile], failOn: 'none' })
    const byRule = (rule: string) => report.findings.filter((finding) => finding.rule === rule)
    // 11 damaged files: 8 that cannot be parsed or read (syntax, indentation, duplicate keys, alias bomb,
    // binary bytes (control characters YAML forbids), several documents, over 1 MiB, reserved character);
    // the others parse (wrong types, empty) and are audited as far as they make sense
    const invalid = byRule('invalid-workflow').filter((finding) => finding.status === 'fail')
    expect(invalid.map((finding) => `${finding.location?.path}:${finding.location?.startLine}`)).toEqual([
      '.github/workflows/broken-0000.yml:6',
      '.github/workflows/broken-0001.yml:7',
      '.github/workflows/broken-0002.yml:2',
      '.github/workflows/broken-0005.yml:1',
      '.github/workflows/broken-0006.yml:1',
      '.github/workflows/broken-0008.yml:3',
      '.github/workflows/broken-0009.yml:1',
      '.github/workflows/broken-0010.yml:6'
    ])
    expect(byRule('breaks-on-one-file').map((finding) => `${finding.status}: ${finding.message}`)).toEqual([
      "unknown: internal error in rule breaks-on-one-file: Cannot read properties of undefined (reading 'steps')"
    ])
    const internal = report.findings.filter((finding) => finding.rule !== 'breaks-on-one-file' && /internal error/.test(finding.message))
    expect(internal).toEqual([])
    // the other rules still reported on the generated files
    for (const rule of ['unpinned-uses', 'download-execute', 'artipacked']) expect(byRule(rule).some((finding) => finding.status === 'fail')).toBe(true)
  })
})
