import { describe, expect, it } from '@jest/globals'
import { brief, evaluate, W } from '../../../__tests__/rules/build-online/harness.js'
import { actionRefsFact, refKey, type ActionAdvisory, type ActionRefResolution, type ActionRefs } from '../../github/facts/action-refs.js'
import { known, unknownFact } from '../../model/fact.js'
import { knownVulnerableActions } from './known-vulnerable-actions.js'

const SHA = 'a'.repeat(40)
const TEXT = `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: tj-actions/changed-files@v35
      - uses: tj-actions/changed-files@${SHA} # v46.0.1
      - uses: tj-actions/changed-files@main
      - uses: actions/checkout@v4
`

const resolution = (ref: string, extra: Partial<ActionRefResolution>): ActionRefResolution => ({
  owner: 'tj-actions',
  repo: 'changed-files',
  ref,
  key: refKey('tj-actions', 'changed-files', ref),
  status: 'resolved',
  isSha: false,
  isBranch: false,
  isTag: false,
  ...extra
})

const ADVISORY: ActionAdvisory = {
  ghsaId: 'GHSA-mrrh-fwg8-r2c3',
  cveId: 'CVE-2025-30066',
  summary: 'compromised release',
  severity: 'critical',
  htmlUrl: 'https://github.com/advisories/GHSA-mrrh-fwg8-r2c3',
  withdrawn: false,
  vulnerabilities: [{ package: 'tj-actions/changed-files', range: '< 46.0.1', firstPatched: '46.0.1' }]
}

const refs = (advisories = known([ADVISORY])): ActionRefs => ({
  refs: {
    [refKey('tj-actions', 'changed-files', 'v35')]: resolution('v35', { isTag: true, sha: 'b'.repeat(40), version: 'v35.7.6' }),
    [refKey('tj-actions', 'changed-files', SHA)]: resolution(SHA, { isSha: true, sha: SHA, version: 'v46.0.1', reachable: 'tag' }),
    [refKey('tj-actions', 'changed-files', 'main')]: resolution('main', { isBranch: true, sha: 'c'.repeat(40) }),
    [refKey('actions', 'checkout', 'v4')]: {
      ...resolution('v4', { isTag: true, version: 'v4.2.2' }),
      owner: 'actions',
      repo: 'checkout',
      key: refKey('actions', 'checkout', 'v4')
    }
  },
  advisories
})

describe('known-vulnerable-actions', () => {
  it('grades by the advisory, passes the patched SHA pin, is unknown for a branch', () => {
    const results = evaluate(knownVulnerableActions, { [W]: TEXT }, [[actionRefsFact, known(refs())]])
    expect(brief(results)).toEqual(['fail critical 6:15-6:42', 'unknown = 8:15-8:43'])
    expect(results[0]!.fix).toBe('uses: tj-actions/changed-files@<SHA of 46.0.1 or later> # 46.0.1')
    expect(results[1]!.message).toBe(
      'tj-actions/changed-files@main: 1 advisory exists for tj-actions/changed-files, but the version of main could not be determined'
    )
  })

  it('accepts reviewed advisories (mitigated) and withdrawn ones', () => {
    expect(brief(evaluate(knownVulnerableActions, { [W]: TEXT }, [[actionRefsFact, known(refs())]], { ignore: ['GHSA-mrrh-fwg8-r2c3'] }))).toEqual([
      'unknown = 8:15-8:43'
    ])
    expect(brief(evaluate(knownVulnerableActions, { [W]: TEXT }, [[actionRefsFact, known(refs(known([{ ...ADVISORY, withdrawn: true }])))]]))).toEqual([
      'unknown = 8:15-8:43'
    ])
  })

  it('is unknown when the advisory database cannot be read', () => {
    const results = evaluate(knownVulnerableActions, { [W]: TEXT }, [
      [
        actionRefsFact,
        known(refs(unknownFact('api-error', 'could not read the GitHub Advisory Database (GET /advisories): GitHub answered 502 (Server Error)')))
      ]
    ])
    expect(results.map((result) => `${result.status}: ${result.message}`)).toEqual([
      'unknown: could not read the GitHub Advisory Database (GET /advisories): GitHub answered 502 (Server Error)'
    ])
  })
})
