/**
 * Waivers by advisory id (any alias) and package URL, VEX documents from the repository and the policy
 * applied to findings, and the effective waivers exported as OpenVEX (validated against its schema).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { runCheck } from '../../src/engine.js'
import { effectiveVex } from '../../src/advisories/vex-apply.js'
import { readVex } from '../../src/advisories/vex.js'
import { ConfigurationError } from '../../src/model/errors.js'
import { defineRule, type AnyRule } from '../../src/model/rule.js'
import { parsePolicyText } from '../../src/policy/load.js'
import { expiredWaiver } from '../../src/rules/code/expired-waiver.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { toSarif } from '../../src/report/sarif.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const require = createRequire(import.meta.url)
const Ajv2020 = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js').default
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default

const at = (line: number) => ({ path: 'Cargo.lock', startLine: line, startColumn: 1, endLine: line, endColumn: 1 })

/** Stands for vulnerable-dependencies: three findings about packages and advisories, one about nothing of the sort. */
const advisoryRule = defineRule({
  meta: {
    id: 'vulnerable-dependencies',
    area: 'dependencies',
    severity: 'high',
    title: 'vulnerable',
    rationale: 'rationale long enough',
    remediation: 'upgrade',
    references: ['x'],
    access: { token: 'none' }
  },
  needs: [],
  defaultOptions: {},
  evaluate: () => [
    {
      status: 'fail',
      message: 'regex@1.5.4: GHSA-m5pq-gvj9-9vr8',
      location: at(13),
      purl: 'pkg:cargo/regex@1.5.4',
      advisories: ['GHSA-m5pq-gvj9-9vr8', 'RUSTSEC-2022-0013', 'CVE-2022-24713'],
      fixedVersions: ['1.5.5']
    },
    {
      status: 'fail',
      message: 'smallvec@1.6.0: GHSA-43w2-9j62-hq99',
      location: at(20),
      purl: 'pkg:cargo/smallvec@1.6.0',
      advisories: ['GHSA-43w2-9j62-hq99', 'RUSTSEC-2021-0003', 'CVE-2021-25900'],
      fixedVersions: ['1.6.1']
    },
    {
      status: 'fail',
      message: 'time@0.1.43: GHSA-wcg3-cvx6-7396',
      location: at(30),
      purl: 'pkg:cargo/time@0.1.43',
      advisories: ['GHSA-wcg3-cvx6-7396', 'RUSTSEC-2020-0071'],
      fixedVersions: ['0.2.23']
    },
    { status: 'fail', message: 'a finding about no package', location: at(40) }
  ]
})
const rules: AnyRule[] = [advisoryRule, expiredWaiver]

let ws: TempWorkspace | undefined
afterEach(() => ws?.cleanup())

async function check(policyText: string, files: Record<string, string> = {}) {
  ws = tempWorkspace({ 'Cargo.lock': '# lockfile\n', ...files })
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

const statusOf = (report: Awaited<ReturnType<typeof check>>) =>
  report.findings
    .filter((finding) => finding.rule === 'vulnerable-dependencies')
    .map((finding) => `${finding.status} ${finding.purl ?? '-'}${finding.waiver ? ` [${finding.waiver.source}: ${finding.waiver.reason}]` : ''}`)

const OPENVEX = {
  '@context': 'https://openvex.dev/ns/v0.2.0',
  '@id': 'https://example.com/vex/app-1',
  author: 'app security team',
  timestamp: '2026-11-01T00:00:00Z',
  version: 1,
  statements: [
    {
      vulnerability: { name: 'CVE-2022-24713' },
      products: [{ '@id': 'pkg:cargo/regex' }],
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path'
    },
    { vulnerability: { name: 'RUSTSEC-2020-0071' }, products: [{ '@id': 'pkg:cargo/time@0.1.43' }], status: 'under_investigation' }
  ]
}

describe('policy waivers by advisory and purl', () => {
  it('match any alias of the advisory, purls exactly (version optional) or by glob; others stay failing', async () => {
    const report = await check(`extends: none
rules: { vulnerable-dependencies: true }
waivers:
  - rule: vulnerable-dependencies
    advisories: [CVE-2022-24713]
    reason: regex only parses our own patterns
    expires: 2026-12-31
  - rule: vulnerable-dependencies
    purls: ['pkg:cargo/small*']
    reason: upgrade scheduled
  - rule: vulnerable-dependencies
    advisories: [GHSA-0000-0000-0000]
    purls: [pkg:cargo/time]
    reason: another advisory, which does not cover the one of time
`)
    expect(statusOf(report)).toEqual([
      'fail pkg:cargo/time@0.1.43',
      'fail -',
      'waived pkg:cargo/regex@1.5.4 [policy: regex only parses our own patterns]',
      'waived pkg:cargo/smallvec@1.6.0 [policy: upgrade scheduled]'
    ])
  })

  it('an expired advisory waiver waives nothing and is a finding', async () => {
    const report = await check(`extends: none
rules: { vulnerable-dependencies: true, expired-waiver: true }
waivers:
  - rule: vulnerable-dependencies
    advisories: [RUSTSEC-2022-0013]
    purls: [pkg:cargo/regex@1.5.4]
    reason: was fine last year
    expires: 2026-01-31
`)
    expect(statusOf(report)).toContain('fail pkg:cargo/regex@1.5.4')
    expect(report.findings.find((finding) => finding.rule === 'expired-waiver')).toMatchObject({
      status: 'fail',
      message: expect.stringMatching(
        /^waiver for vulnerable-dependencies \(advisories RUSTSEC-2022-0013; purls pkg:cargo\/regex@1\.5\.4\) expired on 2026-01-31/
      )
    })
  })

  it('a waiver purl that is not a package URL is refused with the file and line', () => {
    expect(() =>
      parsePolicyText('extends: none\nwaivers:\n  - rule: vulnerable-dependencies\n    purls: [lodash]\n    reason: r\n', '.github/chaingate.yml', rules)
    ).toThrow(/not a package URL/)
  })
})

describe('VEX documents', () => {
  it('a not_affected statement in .vex/ suppresses with its justification and document; under_investigation does not', async () => {
    const report = await check('extends: none\nrules: { vulnerable-dependencies: true }\n', { '.vex/app.json': JSON.stringify(OPENVEX) })
    expect(statusOf(report)).toEqual([
      'fail pkg:cargo/smallvec@1.6.0',
      'fail pkg:cargo/time@0.1.43',
      'fail -',
      'waived pkg:cargo/regex@1.5.4 [vex: VEX not_affected: vulnerable_code_not_in_execute_path (.vex/app.json, statement 1)]'
    ])
    expect(report.findings.find((finding) => finding.status === 'waived')!.waiver!.vex).toEqual({
      document: '.vex/app.json',
      statement: 1,
      status: 'not_affected',
      justification: 'vulnerable_code_not_in_execute_path',
      format: 'openvex'
    })
    expect(report.vex).toEqual({ documents: ['.vex/app.json'] })
    // SARIF: a suppressed result with the justification, the package and advisories as properties.
    const sarif = toSarif(report, rules)
    const result = sarif.runs[0]!.results!.find((entry) => entry.suppressions)!
    expect(result.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'VEX not_affected: vulnerable_code_not_in_execute_path (.vex/app.json, statement 1)' }
    ])
    expect(result.properties).toMatchObject({
      purl: 'pkg:cargo/regex@1.5.4',
      advisories: ['GHSA-m5pq-gvj9-9vr8', 'RUSTSEC-2022-0013', 'CVE-2022-24713'],
      fixedVersions: ['1.5.5'],
      vex: { document: '.vex/app.json', justification: 'vulnerable_code_not_in_execute_path' }
    })
  })

  it('CycloneDX VEX named by the policy (bom-ref resolved to the purl); a named document that is missing is an error', async () => {
    const cdx = {
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      components: [{ type: 'library', name: 'smallvec', version: '1.6.0', purl: 'pkg:cargo/smallvec@1.6.0', 'bom-ref': 'smallvec-ref' }],
      vulnerabilities: [
        {
          id: 'RUSTSEC-2021-0003',
          analysis: { state: 'not_affected', justification: 'code_not_reachable', detail: 'insert_many is never called' },
          affects: [{ ref: 'smallvec-ref' }]
        }
      ]
    }
    const report = await check('extends: none\nrules: { vulnerable-dependencies: true }\nvex: [security/vex/bom.json]\n', {
      'security/vex/bom.json': JSON.stringify(cdx)
    })
    expect(statusOf(report)).toContain(
      'waived pkg:cargo/smallvec@1.6.0 [vex: VEX not_affected: code_not_reachable: insert_many is never called (security/vex/bom.json, statement 1)]'
    )
    await expect(check('extends: none\nrules: { vulnerable-dependencies: true }\nvex: [security/missing.json]\n')).rejects.toThrow(
      /vex: names security\/missing\.json, which is not in the repository/
    )
  })

  it('a VEX document that is not JSON or not VEX stops the run naming the file and line', async () => {
    await expect(check('extends: none\nrules: { vulnerable-dependencies: true }\n', { '.vex/bad.json': '{\n  "statements": [\n' })).rejects.toMatchObject({
      file: '.vex/bad.json',
      line: 3
    })
    const wrong = check('extends: none\nrules: { vulnerable-dependencies: true }\n', { 'app.openvex.json': '{"hello": 1}' })
    await expect(wrong).rejects.toBeInstanceOf(ConfigurationError)
    await expect(wrong).rejects.toThrow(/neither an OpenVEX document/)
  })
})

describe('--vex-out: the effective waivers as OpenVEX', () => {
  it('exports policy waivers and VEX suppressions, valid against the OpenVEX 0.2.0 schema; none waived: no document', async () => {
    const report = await check(
      `extends: none
rules: { vulnerable-dependencies: true }
waivers:
  - rule: vulnerable-dependencies
    purls: [pkg:cargo/time]
    reason: time is only used in tests
    expires: 2026-12-31
`,
      { '.vex/app.json': JSON.stringify(OPENVEX) }
    )
    const document = effectiveVex(report, '2026-11-22T12:00:00Z')!
    const ajv = new Ajv2020({ strict: false, allErrors: true })
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(fs.readFileSync('test/support/schemas/openvex-0.2.0.schema.json', 'utf8')))
    expect(validate(document) ? [] : validate.errors).toEqual([])
    const statements = readVex(document, 'out.json')
    expect(statements.map((statement) => [statement.ids[0], statement.purls, statement.status, statement.justification ?? null])).toEqual([
      ['GHSA-m5pq-gvj9-9vr8', ['pkg:cargo/regex@1.5.4'], 'not_affected', 'vulnerable_code_not_in_execute_path'],
      ['GHSA-wcg3-cvx6-7396', ['pkg:cargo/time@0.1.43'], 'not_affected', null]
    ])
    expect(statements[1]!.impact).toBe('waived by the policy (.github/chaingate.yml:4): time is only used in tests (until 2026-12-31)')
    expect(effectiveVex(report, '2026-11-22T12:00:00Z')).toEqual(document)
    expect(effectiveVex(await check('extends: none\nrules: { vulnerable-dependencies: true }\n'), '2026-11-22T12:00:00Z')).toBeNull()
  })
})
