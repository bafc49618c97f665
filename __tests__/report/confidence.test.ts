/**
 * Confidence and related locations: the engine carries them from results to findings, `min-confidence`
 * (policy-wide and per rule) leaves less certain failures out and counts them, and every renderer shows them
 * (SARIF `relatedLocations` linked from the message, `rank`; JSON; text; annotations; the job summary).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { runCheck } from '../../src/engine.js'
import { defineRule, type AnyRule, type RuleResult } from '../../src/model/rule.js'
import { parsePolicyText } from '../../src/policy/load.js'
import { toSarif } from '../../src/report/sarif.js'
import { toText } from '../../src/report/text.js'
import { toMarkdown } from '../../src/report/markdown.js'
import { toJson } from '../../src/report/json.js'
import { annotationsFor } from '../../src/report/annotations.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { ConfigurationError } from '../../src/model/errors.js'

const require = createRequire(import.meta.url)
const AjvDraft04 = require('ajv-draft-04') as typeof import('ajv-draft-04').default
const sarifSchema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'))

const at = (line: number, path = '.github/workflows/ci.yml') => ({ path, startLine: line, startColumn: 3, endLine: line, endColumn: 9 })
const meta = (id: string) => ({
  id,
  area: 'build' as const,
  severity: 'high' as const,
  title: id,
  rationale: 'r',
  remediation: 'm',
  references: [],
  access: { token: 'none' as const }
})

const sure: RuleResult = {
  status: 'fail',
  message: 'pwn request',
  location: at(12),
  confidence: 'high',
  relatedLocations: [
    { location: at(2), message: 'trigger pull_request_target [x](https://evil)' },
    { location: at(4, '.github/actions/build/action.yml'), message: 'runs `npm install`\n::error::forged' }
  ]
}
const unsure: RuleResult = { status: 'fail', message: 'maybe injected', location: at(20), confidence: 'low' }
const medium: RuleResult = { status: 'fail', message: 'perhaps', location: at(30), confidence: 'medium' }
const plain: RuleResult = { status: 'fail', message: 'no confidence stated', location: at(40) }
const paths = defineRule({ meta: meta('paths'), needs: [], defaultOptions: {}, evaluate: () => [sure, unsure, medium, plain] })
const guesses = defineRule({ meta: meta('guesses'), needs: [], defaultOptions: {}, evaluate: () => [unsure] })
const rules: AnyRule[] = [paths, guesses]

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

async function run(policyText: string) {
  ws = tempWorkspace({})
  const policy = parsePolicyText(policyText, '.github/chaingate.yml', rules)
  return runCheck({
    workspace: new Workspace(ws.root),
    policy,
    rules,
    github: null,
    target: null,
    now: new Date('2026-11-22T12:00:00Z'),
    tool: { name: 'chaingate', version: 'test' }
  })
}

describe('min-confidence', () => {
  it('reports everything, and says nothing about confidence counts, when no min-confidence is set', async () => {
    const report = await run('extends: none\nrules: { paths: true, guesses: true }\n')
    expect(report.findings.filter((f) => f.rule === 'paths').map((f) => f.confidence ?? null)).toEqual(['high', 'low', 'medium', null]) // in line order
    expect(report.counts.belowMinConfidence).toBeUndefined()
    expect(report.policy.minConfidence).toBeUndefined()
    expect(toText(report)).not.toContain('min-confidence')
  })

  it('leaves out failures below the policy threshold, counts them, and keeps findings without a confidence', async () => {
    const report = await run('extends: none\nmin-confidence: medium\nrules: { paths: true, guesses: true }\n')
    expect(report.findings.filter((f) => f.rule === 'paths').map((f) => f.message)).toEqual(['pwn request', 'perhaps', 'no confidence stated'])
    // a rule whose only results were left out records a pass that says so, not "no problems found"
    expect(report.findings.filter((f) => f.rule === 'guesses').map((f) => [f.status, f.message])).toEqual([
      ['pass', 'guesses: nothing at or above min-confidence medium (1 less certain finding left out)']
    ])
    expect(report.counts.belowMinConfidence).toBe(2)
    expect(report.counts.fail).toBe(3)
    expect(report.policy.minConfidence).toBe('medium')
    expect(toText(report)).toMatch(/3 failed .*, 2 left out by min-confidence \[/)
    expect(toMarkdown(report)).toContain('; 2 less certain left out by min-confidence.')
    expect(JSON.parse(toJson(report)).counts.belowMinConfidence).toBe(2)
  })

  it('lets a rule set its own threshold over the policy-wide one, and counts 0 when a threshold is set', async () => {
    const strict = await run('extends: none\nmin-confidence: low\nrules: { paths: { min-confidence: high }, guesses: true }\n')
    expect(strict.findings.filter((f) => f.rule === 'paths').map((f) => f.message)).toEqual(['pwn request', 'no confidence stated'])
    expect(strict.findings.filter((f) => f.rule === 'guesses').map((f) => f.status)).toEqual(['fail'])
    expect(strict.counts.belowMinConfidence).toBe(2)
    const none = await run('extends: none\nrules: { guesses: { min-confidence: low } }\n')
    expect(none.counts.belowMinConfidence).toBe(0)
    expect(toText(none)).toContain(', 0 left out by min-confidence')
  })

  it('refuses a value that is not a confidence, with file and line', () => {
    expect(() => parsePolicyText('min-confidence: certain\n', '.github/chaingate.yml', rules)).toThrow(ConfigurationError)
    expect(() => parsePolicyText('min-confidence: certain\n', '.github/chaingate.yml', rules)).toThrow('"min-confidence" must be one of high, medium, low')
    const error = (() => {
      try {
        parsePolicyText('rules:\n  paths:\n    min-confidence: 3\n', '.github/chaingate.yml', rules)
      } catch (caught) {
        return caught as ConfigurationError
      }
      return null
    })()
    expect([error?.message, error?.file, error?.line]).toEqual(['"rules.paths.min-confidence" must be one of high, medium, low', '.github/chaingate.yml', 3])
  })
})

describe('related locations in every report', () => {
  const reportFor = () => run('extends: none\nrules: { paths: true }\n')

  it('SARIF: relatedLocations with ids and messages, linked from the message; rank and confidence property; schema-valid', async () => {
    const report = await reportFor()
    const sarif = toSarif(report, rules)
    const ajv = new AjvDraft04({ strict: false, allErrors: true, unicodeRegExp: false })
    const validate = ajv.compile(sarifSchema)
    expect(validate(sarif) ? [] : validate.errors).toEqual([])
    const result = sarif.runs[0]!.results!.find((r) => r.message.text!.startsWith('pwn request'))!
    expect(result.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: '.github/workflows/ci.yml' }, region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 10 } },
        message: { text: 'trigger pull_request_target \\[x\\](https://evil)' }
      },
      {
        id: 2,
        physicalLocation: {
          artifactLocation: { uri: '.github/actions/build/action.yml' },
          region: { startLine: 4, startColumn: 3, endLine: 4, endColumn: 10 }
        },
        message: { text: 'runs `npm install`\n::error::forged' }
      }
    ])
    // the repository's text cannot form a link of its own: only our [..](n) links are unescaped
    expect(result.message.text).toBe(
      'pwn request. Related: [trigger pull_request_target \\[x\\](https://evil)](1) (line 2); [runs `npm install`\n::error::forged](2) (line 4)'
    )
    expect(result.rank).toBe(90)
    expect(result.properties?.confidence).toBe('high')
    const low = sarif.runs[0]!.results!.find((r) => r.message.text === 'maybe injected')!
    expect([low.rank, low.properties?.confidence, low.relatedLocations]).toEqual([30, 'low', undefined])
    const none = sarif.runs[0]!.results!.find((r) => r.message.text === 'no confidence stated')!
    expect([none.rank, none.properties?.confidence]).toEqual([undefined, undefined])
  })

  it('JSON: confidence and relatedLocations on the finding', async () => {
    const json = JSON.parse(toJson(await reportFor()))
    const finding = json.findings.find((f: { message: string }) => f.message === 'pwn request')
    expect(finding.confidence).toBe('high')
    expect(finding.relatedLocations).toEqual(sure.relatedLocations)
  })

  it('text: one escaped, indented line per related location; the confidence when not high', async () => {
    const lines = toText(await reportFor()).split('\n')
    const start = lines.findIndex((line) => line.includes('pwn request'))
    expect(lines.slice(start, start + 3)).toEqual([
      '.github/workflows/ci.yml:12:3: fail high [paths] pwn request',
      '  related: .github/workflows/ci.yml:2:3: trigger pull_request_target [x](https://evil)',
      '  related: .github/actions/build/action.yml:4:3: runs `npm install`\\n::error::forged'
    ])
    expect(lines.find((line) => line.includes('maybe injected'))).toBe('.github/workflows/ci.yml:20:3: fail high [paths] maybe injected (confidence low)')
  })

  it('annotations: one per finding, at its main location, naming the related places (path only when another file)', async () => {
    const annotations = annotationsFor(await reportFor())
    expect(annotations).toHaveLength(4)
    const main = annotations.find((annotation) => annotation.message.startsWith('pwn request'))!
    expect([main.file, main.startLine]).toEqual(['.github/workflows/ci.yml', 12])
    expect(main.message).toBe(
      'pwn request\nRelated:\n- line 2: trigger pull_request_target [x](https://evil)\n- .github/actions/build/action.yml line 4: runs `npm install`\n::error::forged'
    )
    expect(annotations.find((annotation) => annotation.message.startsWith('maybe'))!.message).toBe('maybe injected\nConfidence: low')
  })

  it('job summary: related places and confidence, escaped', async () => {
    const markdown = toMarkdown(await reportFor())
    expect(markdown).toContain('related: <code>.github/workflows/ci.yml:2</code> trigger pull&#95;request&#95;target &#91;x&#93;(https://evil)')
    expect(markdown).toContain('maybe injected<br>confidence: low')
  })
})
