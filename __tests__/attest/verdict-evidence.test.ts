/** The signed verdict names what it was reached on: SBOM digests, the advisory source and snapshot, VEX and waivers applied. */
import { describe, expect, it } from '@jest/globals'
import { verdictPredicate } from '../../src/attest/statement.js'
import type { CheckReport } from '../../src/report/types.js'

const base: CheckReport = {
  version: 1,
  tool: { name: 'chaingate', version: '0.1.0' },
  target: { repository: 'o/r', ref: null, path: '.' },
  verdict: 'pass',
  policy: { source: '.github/chaingate.yml', extends: 'baseline', failOn: 'high', onUnknown: 'warn' },
  counts: { total: 2, fail: 0, pass: 1, unknown: 0, waived: 1, failing: 0, failBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 } },
  findings: [
    {
      rule: 'vulnerable-dependencies',
      area: 'dependencies',
      severity: 'high',
      status: 'waived',
      message: 'regex@1.5.4 …',
      location: { path: 'Cargo.lock', startLine: 13, startColumn: 1, endLine: 13, endColumn: 1 },
      purl: 'pkg:cargo/regex@1.5.4',
      advisories: ['GHSA-m5pq-gvj9-9vr8', 'CVE-2022-24713'],
      fixedVersions: ['1.5.5'],
      waiver: {
        source: 'vex',
        reason: 'VEX not_affected: vulnerable_code_not_in_execute_path (.vex/app.json, statement 1)',
        location: { path: '.vex/app.json', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        vex: { document: '.vex/app.json', statement: 1, status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', format: 'openvex' }
      }
    },
    { rule: 'malicious-package', area: 'dependencies', severity: 'critical', status: 'pass', message: 'no known malicious package' }
  ],
  advisories: { source: { kind: 'osv-offline', location: '/data/osv', snapshot: '2026-11-20T08:00:00Z' }, checked: 812, unchecked: 0, matches: 1 },
  vex: { documents: ['.vex/app.json'] },
  sboms: [{ path: 'sbom.cdx.json', sha256: 'a'.repeat(64) }],
  stats: { apiRequests: 0, durationMs: 1, filesScanned: 1 }
}

describe('verdict summary evidence', () => {
  it('names the SBOM digest, the advisory source and snapshot, the VEX documents and each waiver applied', () => {
    const predicate = verdictPredicate(base, { timeVerified: '2026-11-22T00:00:00.000Z', policyUri: 'p', resourceUri: 'r' }) as {
      chaingate: Record<string, unknown>
    }
    expect(predicate.chaingate).toMatchObject({
      sboms: [{ name: 'sbom.cdx.json', digest: { sha256: 'a'.repeat(64) } }],
      advisories: { kind: 'osv-offline', location: '/data/osv', snapshot: '2026-11-20T08:00:00Z', checked: 812, unchecked: 0, matches: 1 },
      vexDocuments: ['.vex/app.json'],
      waivers: [
        {
          rule: 'vulnerable-dependencies',
          source: 'vex',
          at: '.vex/app.json:1',
          vex: { document: '.vex/app.json', statement: 1, status: 'not_affected', justification: 'vulnerable_code_not_in_execute_path', format: 'openvex' },
          purl: 'pkg:cargo/regex@1.5.4',
          advisories: ['GHSA-m5pq-gvj9-9vr8', 'CVE-2022-24713'],
          finding: 'Cargo.lock:13'
        }
      ]
    })
  })

  it('says when no advisory source answered, and lists no waiver when none applied', () => {
    const report: CheckReport = { ...base, findings: [], advisories: { source: null, reason: 'no advisory source configured' } }
    delete report.sboms
    delete report.vex
    const predicate = verdictPredicate(report, { timeVerified: 'x', policyUri: 'p', resourceUri: 'r' }) as { chaingate: Record<string, unknown> }
    expect(predicate.chaingate.advisories).toEqual({ source: null, reason: 'no advisory source configured' })
    expect(predicate.chaingate.waivers).toEqual([])
    expect(predicate.chaingate).not.toHaveProperty('sboms')
  })
})
