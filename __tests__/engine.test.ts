import { afterEach, describe, expect, it } from '@jest/globals'
import { runCheck } from '../src/engine.js'
import { defineFact, known, unknownFact } from '../src/model/fact.js'
import { defineRule, type AnyRule } from '../src/model/rule.js'
import { parsePolicyText } from '../src/policy/load.js'
import { expiredWaiver } from '../src/rules/code/expired-waiver.js'
import { Workspace } from '../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../test/support/workspace.js'

let fetches = 0
const sharedFact = defineFact<number>('test.shared', async () => {
  fetches += 1
  return known(42)
})
const hiddenFact = defineFact<number>('test.hidden', async () => unknownFact('permission', 'could not read the thing: 403', 'Administration: read'))
const fileFact = defineFact<string>('test.file', async (ctx) => {
  const read = ctx.workspace.readText('src/app.yml')
  return read.ok ? known(read.text) : unknownFact('api-error', read.reason)
})

const meta = (id: string) => ({
  id,
  area: 'code' as const,
  severity: 'high' as const,
  title: id,
  rationale: 'r',
  remediation: 'm',
  references: [],
  access: { token: 'none' as const }
})

const usesShared = defineRule({ meta: meta('uses-shared'), needs: [sharedFact], defaultOptions: {}, evaluate: () => [] })
const alsoShared = defineRule({
  meta: meta('also-shared'),
  needs: [sharedFact],
  defaultOptions: {},
  evaluate: (ctx) => {
    const fact = ctx.fact(sharedFact)
    return fact.known && fact.value === 42 ? [{ status: 'fail', message: 'value is 42', severity: 'medium' }] : []
  }
})
const needsHidden = defineRule({
  meta: meta('needs-hidden'),
  needs: [hiddenFact],
  defaultOptions: {},
  evaluate: () => [{ status: 'pass', message: 'never reached' }]
})
const crashes = defineRule({
  meta: meta('crashes'),
  needs: [],
  defaultOptions: {},
  evaluate: () => {
    throw new Error('boom')
  }
})
const fileRule = defineRule({
  meta: meta('file-rule'),
  needs: [fileFact],
  defaultOptions: {},
  evaluate: (ctx) => {
    const fact = ctx.fact(fileFact)
    if (!fact.known) return []
    return fact.value.split('\n').flatMap((line, index) =>
      line.includes('bad')
        ? [
            {
              status: 'fail' as const,
              message: 'bad line',
              location: { path: 'src/app.yml', startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: line.length }
            }
          ]
        : []
    )
  }
})
const rules: AnyRule[] = [usesShared, alsoShared, needsHidden, crashes, fileRule, expiredWaiver]

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

async function run(policyText: string, files: Record<string, string> = {}, now = new Date('2026-11-22T12:00:00Z')) {
  ws = tempWorkspace(files)
  const policy = parsePolicyText(policyText, '.github/chaingate.yml', rules)
  return runCheck({ workspace: new Workspace(ws.root), policy, rules, github: null, target: null, now, tool: { name: 'chaingate', version: 'test' } })
}

const byRule = (report: Awaited<ReturnType<typeof run>>, rule: string) => report.findings.filter((finding) => finding.rule === rule)

describe('engine', () => {
  it('fetches a fact shared by two rules once', async () => {
    fetches = 0
    await run('extends: strict\n')
    expect(fetches).toBe(1)
  })

  it('records one pass for a rule with no results, and never passes a rule whose fact is unknown', async () => {
    const report = await run('extends: strict\n')
    expect(byRule(report, 'uses-shared')).toEqual([expect.objectContaining({ status: 'pass' })])
    expect(byRule(report, 'needs-hidden')).toEqual([
      expect.objectContaining({ status: 'unknown', permission: 'Administration: read', message: 'could not read the thing: 403' })
    ])
  })

  it('reports a crashing rule as unknown and still runs the others', async () => {
    const report = await run('extends: strict\n')
    expect(byRule(report, 'crashes')).toEqual([expect.objectContaining({ status: 'unknown', message: 'internal error in rule crashes: boom' })])
    expect(byRule(report, 'also-shared')).toEqual([expect.objectContaining({ status: 'fail', severity: 'medium' })])
  })

  it('applies fail-on and on-unknown to the verdict', async () => {
    expect((await run('extends: strict\nfail-on: high\n')).verdict).toBe('pass')
    const medium = await run('extends: strict\nfail-on: medium\n')
    expect(medium.verdict).toBe('fail')
    expect(medium.counts.failing).toBe(1)
    const unknowns = await run('extends: strict\nfail-on: none\non-unknown: fail\n')
    expect(unknowns.verdict).toBe('fail')
    // needs-hidden (403), crashes (internal error) and file-rule (its file does not exist)
    expect(unknowns.counts.failing).toBe(3)
    expect(unknowns.counts.unknown).toBe(3)
  })

  it('lets the policy override a rule severity, and disable rules', async () => {
    const report = await run('extends: strict\nrules:\n  also-shared:\n    severity: critical\n  crashes: false\n')
    expect(byRule(report, 'also-shared')[0]?.severity).toBe('critical')
    expect(byRule(report, 'crashes')).toEqual([])
  })

  it('waives by policy glob until the waiver expires, then reports the expired waiver', async () => {
    const files = { 'src/app.yml': 'good\nbad\n' }
    const policy = 'extends: strict\nwaivers:\n  - rule: file-rule\n    paths: ["src/**"]\n    reason: legacy file\n    expires: 2026-11-22\n'
    const valid = await run(policy, files, new Date('2026-11-22T23:59:00Z'))
    expect(byRule(valid, 'file-rule')).toEqual([
      expect.objectContaining({ status: 'waived', waiver: expect.objectContaining({ source: 'policy', reason: 'legacy file', expires: '2026-11-22' }) })
    ])
    expect(byRule(valid, 'expired-waiver')).toEqual([expect.objectContaining({ status: 'pass' })])
    const expired = await run(policy, files, new Date('2026-11-23T00:00:01Z'))
    expect(byRule(expired, 'file-rule')).toEqual([expect.objectContaining({ status: 'fail' })])
    const reported = byRule(expired, 'expired-waiver').find((finding) => finding.status === 'fail')
    expect(reported?.message).toBe('waiver for file-rule expired on 2026-11-22 and no longer applies (reason was: legacy file)')
    expect(reported?.location).toEqual(expect.objectContaining({ path: '.github/chaingate.yml', startLine: 3 }))
  })

  it('does not waive a finding outside the waiver paths', async () => {
    const report = await run('extends: strict\nwaivers:\n  - rule: file-rule\n    paths: ["other/**"]\n    reason: elsewhere\n', { 'src/app.yml': 'bad\n' })
    expect(byRule(report, 'file-rule')[0]?.status).toBe('fail')
  })

  it('honours inline chaingate and zizmor ignore comments naming the rule', async () => {
    const report = await run('extends: strict\n', {
      'src/app.yml': 'bad # chaingate: ignore[file-rule] vendored file\nbad # zizmor: ignore[file-rule]\nbad # chaingate: ignore[other-rule] wrong id\n'
    })
    const findings = byRule(report, 'file-rule')
    expect(findings.map((finding) => [finding.location?.startLine, finding.status])).toEqual([
      [3, 'fail'],
      [1, 'waived'],
      [2, 'waived']
    ])
    expect(findings.find((finding) => finding.location?.startLine === 1)?.waiver).toEqual(
      expect.objectContaining({ source: 'inline', reason: 'vendored file', location: expect.objectContaining({ startLine: 1, startColumn: 5 }) })
    )
  })
})
