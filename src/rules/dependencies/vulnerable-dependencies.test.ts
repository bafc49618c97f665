import { describe, expect, it } from '@jest/globals'
import { known, unknownFact, type Fact } from '../../model/fact.js'
import type { AnyRule } from '../../model/rule.js'
import { advisoriesFact } from '../../advisories/fact.js'
import type { Advisory, AdvisoryMatch, AdvisoryReport } from '../../advisories/model.js'
import { packageKey, type Inventory, type Package } from '../../inventory/model.js'
import { dependencyDiffFact, type DependencyDiff } from '../../pull-request/dependency-diff.js'
import { brief, evaluate, inventoryOf, pkg } from '../../../__tests__/rules/dependencies/harness.js'
import { vulnerableDependencies } from './vulnerable-dependencies.js'
import { maliciousPackage } from './malicious-package.js'

function advisory(id: string, overrides: Partial<Advisory> = {}): Advisory {
  return {
    id,
    aliases: [],
    severity: { word: 'high', score: 7.5, vector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N', from: 'cvss_v3' },
    malicious: false,
    published: '2026-10-01T00:00:00Z',
    ...overrides
  }
}

function report(matches: AdvisoryMatch[], unchecked: AdvisoryReport['unchecked'] = [], checked = 10): AdvisoryReport {
  return { source: { kind: 'osv-offline', location: '/data/osv', snapshot: '2026-11-20T10:00:00Z' }, matches, unchecked, checked }
}

const notPr: Fact<DependencyDiff> = unknownFact('not-applicable', 'no event')

function run(
  inventory: Inventory,
  advisories: Fact<AdvisoryReport>,
  options: Record<string, unknown> = {},
  diff: Fact<DependencyDiff> = notPr,
  rule: AnyRule = vulnerableDependencies
) {
  return evaluate(
    rule,
    inventory,
    [
      [advisoriesFact, advisories],
      [dependencyDiffFact, diff]
    ],
    options
  )
}

const app = pkg({ name: 'app-dep', version: '1.0.0', location: { path: 'package-lock.json', line: 10 } })
const lodash = pkg({ name: 'lodash', version: '4.17.20', direct: false, location: { path: 'package-lock.json', line: 42, column: 5 } })
const devTool = pkg({ name: 'dev-tool', version: '2.0.0', scope: 'dev', location: { path: 'package-lock.json', line: 60 } })

function withEdges(packages: Package[], edges: Array<[Package, Package]>): Inventory {
  return { ...inventoryOf(packages), edges: edges.map(([from, to]) => ({ from: packageKey(from), to: packageKey(to) })) }
}

describe('vulnerable-dependencies', () => {
  const inventory = withEdges([app, lodash, devTool], [[app, lodash]])
  const lodashMatch: AdvisoryMatch = {
    package: lodash,
    advisory: advisory('GHSA-35jh-r3h4-6jhm', { aliases: ['CVE-2021-23337'], summary: 'Command injection in lodash' }),
    fixedVersions: ['4.17.21']
  }

  it('names package, version, scope, path, every id, severity, fix and the lockfile line; structured fields for the JSON report', () => {
    const results = run(inventory, known(report([lodashMatch])))
    expect(brief(results)).toEqual([
      'fail high package-lock.json:42 lodash@4.17.20 (npm, runtime, via app-dep): GHSA-35jh-r3h4-6jhm (CVE-2021-23337), high 7.5 — Command injection in lodash; fixed in 4.17.21'
    ])
    const [result] = results
    expect(result!.purl).toBe('pkg:npm/lodash@4.17.20')
    expect(result!.advisories).toEqual(['GHSA-35jh-r3h4-6jhm', 'CVE-2021-23337'])
    expect(result!.fixedVersions).toEqual(['4.17.21'])
    expect(result!.location).toEqual({ path: 'package-lock.json', startLine: 42, startColumn: 5, endLine: 42, endColumn: 5 })
    expect(result!.details).toMatchObject({
      scope: 'runtime',
      dependencyPath: ['app-dep@1.0.0', 'lodash@4.17.20'],
      severity: 'high',
      cvssScore: 7.5,
      source: 'osv-offline',
      introduced: null
    })
  })

  it('fail-on: below the threshold is reported as not gated (pass), never dropped; unknown severity is gated', () => {
    const low: AdvisoryMatch = { ...lodashMatch, advisory: advisory('GHSA-low1', { severity: { word: 'low', score: 3.1, from: 'cvss_v3' } }) }
    const none: AdvisoryMatch = { ...lodashMatch, advisory: advisory('OSV-2026-1', { severity: { word: null, from: 'none' } }) }
    expect(brief(run(inventory, known(report([low, none])), { 'fail-on': 'moderate' }))).toEqual([
      'pass low package-lock.json:42 lodash@4.17.20 (npm, runtime, via app-dep): GHSA-low1, low 3.1; fixed in 4.17.21; not gated: low is below fail-on moderate',
      'fail high package-lock.json:42 lodash@4.17.20 (npm, runtime, via app-dep): OSV-2026-1, severity unknown; fixed in 4.17.21'
    ])
  })

  it('only-fixed: an advisory without a fix does not fail, and says so', () => {
    const unfixed: AdvisoryMatch = { ...lodashMatch, fixedVersions: [] }
    expect(
      run(inventory, known(report([unfixed])), { 'only-fixed': true }).map((result) => [result.status, result.message.split('; ').slice(-2).join('; ')])
    ).toEqual([['pass', 'no fixed version published; not gated: no fixed version yet (only-fixed)']])
  })

  it('max-age-days: an unfixed advisory older than the SLA fails whatever fail-on and only-fixed say', () => {
    const old: AdvisoryMatch = {
      ...lodashMatch,
      fixedVersions: [],
      advisory: advisory('GHSA-old1', { severity: { word: 'low', score: 2, from: 'cvss_v3' }, published: '2026-01-01T00:00:00Z' })
    }
    const recent: AdvisoryMatch = { ...old, advisory: { ...old.advisory, id: 'GHSA-new1', published: '2026-11-01T00:00:00Z' } }
    const results = run(inventory, known(report([old, recent])), { 'fail-on': 'critical', 'only-fixed': true, 'max-age-days': 90 })
    expect(results.map((result) => `${result.status} ${result.advisories?.[0]}`)).toEqual(['fail GHSA-old1', 'pass GHSA-new1'])
    expect(results[0]!.message).toMatch(/published 325 days ago with no fix, over max-age-days 90/)
  })

  it('epss: below the threshold passes where the source gives EPSS; without EPSS the threshold does not apply', () => {
    const lowEpss: AdvisoryMatch = { ...lodashMatch, advisory: advisory('GHSA-e1', { epss: { percentage: 0.002 } }) }
    const noEpss: AdvisoryMatch = { ...lodashMatch, advisory: advisory('GHSA-e2') }
    expect(run(inventory, known(report([lowEpss, noEpss])), { epss: 0.1 }).map((result) => `${result.status} ${result.advisories?.[0]}`)).toEqual([
      'pass GHSA-e1',
      'fail GHSA-e2'
    ])
  })

  it('scopes: dev is not gated by default when something ships, gated when everything is dev, and shown on every finding', () => {
    const devMatch: AdvisoryMatch = { package: devTool, advisory: advisory('GHSA-dev1'), fixedVersions: [] }
    expect(brief(run(inventory, known(report([devMatch]))))).toEqual([
      'pass high package-lock.json:60 dev-tool@2.0.0 (npm, dev, direct dependency): GHSA-dev1, high 7.5; no fixed version published; not gated: dev scope (default: runtime, optional and unknown)'
    ])
    expect(run(inventoryOf([devTool]), known(report([devMatch])))[0]!.status).toBe('fail')
    expect(run(inventory, known(report([devMatch])), { scopes: ['runtime', 'dev'] })[0]!.status).toBe('fail')
  })

  it('unchecked packages are unknown, one result per file with the reason; never dropped', () => {
    const pyA = pkg({ ecosystem: 'PyPI', name: 'requests', version: '2.0.0', location: { path: 'requirements.txt', line: 1 } })
    const pyB = pkg({ ecosystem: 'PyPI', name: 'flask', version: '1.0', location: { path: 'requirements.txt', line: 2 } })
    const why = 'the offline database has no PyPI/all.zip in /data/osv'
    const results = run(
      inventoryOf([app, pyA, pyB]),
      known(
        report(
          [],
          [
            { package: pyA, reason: why },
            { package: pyB, reason: why }
          ]
        )
      )
    )
    expect(brief(results)).toEqual([
      `unknown = requirements.txt:1 2 packages in requirements.txt could not be checked against the OSV snapshot /data/osv (snapshot 2026-11-20): ${why}: requests@2.0.0, flask@1.0`
    ])
  })

  it('no source: unknown with the reason when there are packages; pass when nothing has a version to look up', () => {
    const none = unknownFact('not-available', 'no advisory source configured (use --advisories github|osv|DIR)')
    expect(brief(run(inventory, none))).toEqual([
      'unknown = - 3 packages not checked for known vulnerabilities: no advisory source configured (use --advisories github|osv|DIR)'
    ])
    expect(run(inventoryOf([pkg({ name: 'declared', version: null })]), none)[0]!.status).toBe('pass')
  })

  it('clean: one pass naming the source and its snapshot', () => {
    expect(brief(run(inventory, known(report([]))))).toEqual([
      'pass = - no known vulnerability in 10 packages checked against the OSV snapshot /data/osv (snapshot 2026-11-20)'
    ])
  })

  describe('gate in a pull request', () => {
    const base = 'a'.repeat(40)
    const diff = (introduced: Package[]): Fact<DependencyDiff> =>
      known({
        event: 'pull_request',
        base,
        added: introduced,
        removed: [],
        changed: [],
        licenseChanges: [],
        introduced: new Set(introduced.map(packageKey)),
        changedFiles: [],
        uncompared: []
      })

    it('introduced (default): only what the change added fails; the rest is reported as already in the base', () => {
      const appMatch: AdvisoryMatch = { package: app, advisory: advisory('GHSA-app1'), fixedVersions: ['1.0.1'] }
      const results = run(inventory, known(report([lodashMatch, appMatch])), {}, diff([app]))
      expect(results.map((result) => `${result.status} ${result.advisories?.[0]} ${result.details?.introduced}`)).toEqual([
        'pass GHSA-35jh-r3h4-6jhm false',
        'fail GHSA-app1 true'
      ])
      expect(results[0]!.message).toMatch(/not gated: already in the base, not introduced by this change \(gate: introduced\)/)
    })

    it('gate: all judges every package', () => {
      expect(run(inventory, known(report([lodashMatch])), { gate: 'all' }, diff([]))[0]!.status).toBe('fail')
    })

    it('a base that could not be read (shallow clone) makes would-be failures unknown, not pass', () => {
      const shallow = unknownFact('not-available', 'the base commit aaaaaaaaaaaa is not in this shallow clone: set `fetch-depth: 0` on actions/checkout')
      const [result] = run(inventory, known(report([lodashMatch])), {}, shallow)
      expect(result!.status).toBe('unknown')
      expect(result!.message).toMatch(/could not tell whether this change introduced it: .*fetch-depth: 0/)
    })
  })
})

describe('malicious-package', () => {
  it('fails critical on MAL- records in any scope, with no threshold; vulnerable-dependencies leaves them out', () => {
    const evil = pkg({
      ecosystem: 'PyPI',
      name: 'reqeusts',
      version: '1.0.0',
      scope: 'dev',
      purl: 'pkg:pypi/reqeusts@1.0.0',
      location: { path: 'requirements-dev.txt', line: 3 }
    })
    const mal: AdvisoryMatch = {
      package: evil,
      advisory: advisory('MAL-2026-1234', { malicious: true, severity: { word: null, from: 'none' }, summary: 'Malicious code in reqeusts (PyPI)' }),
      fixedVersions: []
    }
    const results = run(inventoryOf([app, evil]), known(report([mal])), {}, notPr, maliciousPackage)
    expect(brief(results)).toEqual([
      'fail critical requirements-dev.txt:3 reqeusts@1.0.0 (PyPI, dev, direct dependency) is a known malicious package: MAL-2026-1234 — Malicious code in reqeusts (PyPI)'
    ])
    expect(results[0]).toMatchObject({ purl: 'pkg:pypi/reqeusts@1.0.0', advisories: ['MAL-2026-1234'], fixedVersions: [] })
    expect(run(inventoryOf([app, evil]), known(report([mal])))[0]!.message).toMatch(/^no known vulnerability/)
  })
})
