/** Accounts, CODEOWNERS, security features, alerts and pull-request rules on hand-built facts. */
import { describe, expect, it } from '@jest/globals'
import { codeownersErrorsFact, codeownersFileFact, codeownersPatternMatches, ownersOf, parseCodeowners } from '../../src/github/facts/codeowners.js'
import { deployKeysFact, membersWithout2faFact, orgOwnersFact, outsideCollaboratorsFact, ownerViewFact } from '../../src/github/facts/organization.js'
import {
  codeScanningAlertsFact,
  codeScanningAnalysesFact,
  dependabotAlertsFact,
  secretScanningAlertsFact,
  securitySettingsFact
} from '../../src/github/facts/security.js'
import { known } from '../../src/model/fact.js'
import { pullRequestFromQueueRef, pullRequestOf } from '../../src/pull-request/event.js'
import { pullRequestCommitsFact, pullRequestReviewsFact } from '../../src/pull-request/facts.js'
import { deployKeys } from '../../src/rules/accounts/deploy-keys.js'
import { orgBasePermission } from '../../src/rules/accounts/org-base-permission.js'
import { orgMembersWithout2fa } from '../../src/rules/accounts/org-members-without-2fa.js'
import { orgOwnerCount } from '../../src/rules/accounts/org-owner-count.js'
import { orgTwoFactorRequired } from '../../src/rules/accounts/org-two-factor-required.js'
import { outsideCollaborators } from '../../src/rules/accounts/outside-collaborators.js'
import { codeScanning } from '../../src/rules/code/code-scanning.js'
import { codeScanningAlertSla } from '../../src/rules/code/code-scanning-alert-sla.js'
import { codeowners } from '../../src/rules/code/codeowners.js'
import { dependabotAlertSla } from '../../src/rules/code/dependabot-alert-sla.js'
import { dependabotAlerts } from '../../src/rules/code/dependabot-alerts.js'
import { pullRequestApproval } from '../../src/rules/code/pull-request-approval.js'
import { pullRequestSignedCommits } from '../../src/rules/code/pull-request-signed-commits.js'
import { secretScanning } from '../../src/rules/code/secret-scanning.js'
import { secretScanningAlerts } from '../../src/rules/code/secret-scanning-alerts.js'
import { goodFacts, HEAD } from './good-facts.js'
import { run, statuses } from './helpers.js'

const NOW = new Date('2026-11-22T00:00:00Z')

describe('accounts rules', () => {
  it('org settings fail with what is wrong', () => {
    const map = goodFacts()
    map.set(
      ownerViewFact.id,
      known({ login: 'acme', ownerView: true, data: { two_factor_requirement_enabled: false, default_repository_permission: 'write' } })
    )
    expect(run(orgTwoFactorRequired, map)[0]!.message).toBe('acme does not require two-factor authentication')
    expect(run(orgBasePermission, map)[0]!.message).toBe('base permission of acme is write; the policy allows at most read')
  })

  it('lists members and outside collaborators without 2FA by login', () => {
    const map = goodFacts()
    const many = Array.from({ length: 60 }, (_, index) => ({ login: `user${index}` }))
    map.set(membersWithout2faFact.id, known({ members: many, outsideCollaborators: [{ login: 'guest' }] }))
    const results = run(orgMembersWithout2fa, map)
    expect(results[0]!.message).toMatch(/^60 member\(s\) without 2FA: user0, user1, .*user49 and 10 more$/)
    expect(results[1]!.message).toBe('1 outside collaborator(s) without 2FA: guest')
  })

  it('bounds the owner count', () => {
    const map = goodFacts()
    map.set(orgOwnersFact.id, known([{ login: 'solo' }]))
    expect(run(orgOwnerCount, map)[0]!.message).toBe('1 organization owner(s) (solo); the policy asks for at least 2')
    map.set(orgOwnersFact.id, known(Array.from({ length: 6 }, (_, index) => ({ login: `o${index}` }))))
    expect(statuses(run(orgOwnerCount, map))).toEqual(['fail'])
  })

  it('flags outside collaborators with admin, and with write when the policy says so', () => {
    const map = goodFacts()
    map.set(
      outsideCollaboratorsFact.id,
      known([
        { login: 'boss', roleName: 'admin', permissions: { admin: true, push: true } },
        { login: 'dev', roleName: 'write', permissions: { push: true } }
      ])
    )
    expect(run(outsideCollaborators, map).map((result) => result.message)).toEqual(['outside collaborator(s) with admin: boss'])
    expect(run(outsideCollaborators, map, { allowWrite: false }).map((result) => result.message)).toEqual([
      'outside collaborator(s) with admin: boss',
      'outside collaborator(s) with write: dev (write)'
    ])
  })

  it('flags deploy keys with write access or too old', () => {
    const map = goodFacts()
    map.set(
      deployKeysFact.id,
      known([
        { id: 1, title: 'ci', readOnly: false, createdAt: '2026-11-01T00:00:00Z' },
        { id: 2, title: 'old', readOnly: true, createdAt: '2024-01-01T00:00:00Z' },
        { id: 3, title: 'fine', readOnly: true, createdAt: '2026-10-01T00:00:00Z' }
      ])
    )
    expect(run(deployKeys, map, {}, NOW).map((result) => result.message)).toEqual([
      'deploy key "ci" (id 1) has write access',
      'deploy key "old" (id 2) is 1056 days old (policy: 365)'
    ])
  })
})

describe('CODEOWNERS', () => {
  it('matches patterns the way GitHub documents them', () => {
    expect(codeownersPatternMatches('*', '.github/workflows/ci.yml')).toBe(true)
    expect(codeownersPatternMatches('/.github/', '.github/workflows/ci.yml')).toBe(true)
    expect(codeownersPatternMatches('.github/workflows/', '.github/workflows/ci.yml')).toBe(true)
    expect(codeownersPatternMatches('apps/', 'src/apps/x.ts')).toBe(true)
    expect(codeownersPatternMatches('/docs/', 'src/docs/x.md')).toBe(false)
    expect(codeownersPatternMatches('docs/*', 'docs/a.md')).toBe(true)
    expect(codeownersPatternMatches('docs/*', 'docs/build/a.md')).toBe(false)
    expect(codeownersPatternMatches('*.yml', '.github/workflows/ci.yml')).toBe(true)
    expect(codeownersPatternMatches('/.github/workflows/**', '.github/workflows/ci.yml')).toBe(true)
    expect(codeownersPatternMatches('/build/logs', 'build/logs/a.log')).toBe(true)
  })

  it('last match wins, and a line without owners un-owns', () => {
    const lines = parseCodeowners('* @org/all\n/.github/workflows/ \n/.github/chaingate.yml @sec # policy\n')
    expect(ownersOf(lines, 'src/a.ts').owners).toEqual(['@org/all'])
    expect(ownersOf(lines, '.github/workflows/ci.yml').owners).toEqual([])
    expect(ownersOf(lines, '.github/chaingate.yml').owners).toEqual(['@sec'])
  })

  it('fails on GitHub-reported errors and uncovered workflows', () => {
    const map = goodFacts()
    map.set(codeownersFileFact.id, known({ path: '.github/CODEOWNERS', lines: parseCodeowners('/src/ @dev\n') }))
    map.set(
      codeownersErrorsFact.id,
      known({
        found: true,
        errors: [{ line: 1, column: 7, kind: 'Unknown owner', message: 'Unknown owner on line 1: make sure @dev exists', path: '.github/CODEOWNERS' }]
      })
    )
    const results = run(codeowners, map)
    expect(results.map((result) => result.message)).toEqual([
      '.github/CODEOWNERS:1: Unknown owner: Unknown owner on line 1: make sure @dev exists',
      '.github/CODEOWNERS gives no owner to .github/workflows/ci.yml, .github/workflows/any-new-workflow.yml, .github/chaingate.yml, .github/CODEOWNERS'
    ])
    expect(results[0]!.location).toEqual({ path: '.github/CODEOWNERS', startLine: 1, startColumn: 7, endLine: 1, endColumn: 7 })
    map.set(codeownersFileFact.id, known({ path: null, lines: [] }))
    expect(statuses(run(codeowners, map))).toEqual(['fail'])
  })
})

describe('security features and alerts', () => {
  it('secret scanning off fails; a missing status is unknown', () => {
    const map = goodFacts()
    map.set(securitySettingsFact.id, known({ secretScanning: 'disabled', visibility: 'private' }))
    expect(run(secretScanning, map)[0]!.message).toBe('secret scanning is disabled (private repository)')
    map.set(securitySettingsFact.id, known({ visibility: 'private' }))
    expect(statuses(run(secretScanning, map))).toEqual(['unknown'])
  })

  it('Dependabot alerts: disabled fails the feature rule and makes the SLA rule unknown', () => {
    const map = goodFacts()
    map.set(dependabotAlertsFact.id, known({ enabled: false, alerts: [], disabledBecause: 'Dependabot alerts are disabled for this repository.' }))
    expect(statuses(run(dependabotAlerts, map))).toEqual(['fail'])
    expect(statuses(run(dependabotAlertSla, map))).toEqual(['unknown'])
  })

  it('Dependabot alerts past their SLA, at or above the severity, located at the manifest', () => {
    const map = goodFacts()
    const alert = (number: number, severity: string, createdAt: string) => ({
      number,
      severity,
      package: 'lodash',
      ecosystem: 'npm',
      manifestPath: 'package-lock.json',
      advisory: 'GHSA-xxxx-yyyy-zzzz',
      createdAt,
      htmlUrl: `https://github.com/acme/widget/security/dependabot/${number}`
    })
    map.set(
      dependabotAlertsFact.id,
      known({
        enabled: true,
        alerts: [
          alert(1, 'critical', '2026-11-10T00:00:00Z'),
          alert(2, 'critical', '2026-11-20T00:00:00Z'),
          alert(3, 'medium', '2025-01-01T00:00:00Z'),
          alert(4, 'high', '2026-09-01T00:00:00Z')
        ]
      })
    )
    const results = run(dependabotAlertSla, map, {}, NOW)
    expect(results.map((result) => [result.severity, result.message.split(':')[0]])).toEqual([
      ['critical', 'Dependabot alert #1 (critical) GHSA-xxxx-yyyy-zzzz in lodash (package-lock.json) has been open 12 days; SLA 7 days'],
      ['high', 'Dependabot alert #4 (high) GHSA-xxxx-yyyy-zzzz in lodash (package-lock.json) has been open 82 days; SLA 30 days']
    ])
    expect(results[0]!.location!.path).toBe('package-lock.json')
    expect(run(dependabotAlertSla, map, { minSeverity: 'medium' }, NOW)).toHaveLength(3)
  })

  it('code scanning alerts use the security severity, else the rule severity', () => {
    const map = goodFacts()
    map.set(
      codeScanningAlertsFact.id,
      known({
        enabled: true,
        alerts: [
          {
            number: 9,
            severity: 'high',
            rule: 'js/sql-injection',
            tool: 'CodeQL',
            path: 'src/db.ts',
            line: 12,
            createdAt: '2026-01-01T00:00:00Z',
            htmlUrl: 'u'
          }
        ]
      })
    )
    const results = run(codeScanningAlertSla, map, {}, NOW)
    expect(results[0]!.location).toEqual({ path: 'src/db.ts', startLine: 12, startColumn: 1, endLine: 12, endColumn: 1 })
  })

  it('code scanning must have run recently on the default branch', () => {
    const map = goodFacts()
    map.set(
      codeScanningAnalysesFact.id,
      known({ enabled: true, analyses: [{ createdAt: '2026-09-01T00:00:00Z', tool: 'CodeQL', category: '', ref: 'refs/heads/main', error: '' }] })
    )
    expect(run(codeScanning, map, {}, NOW)[0]!.message).toBe(
      'the newest code scanning analysis of main is 82 days old (CodeQL, 2026-09-01T00:00:00Z); the policy allows 30'
    )
    map.set(codeScanningAnalysesFact.id, known({ enabled: false, analyses: [] }))
    expect(statuses(run(codeScanning, map, {}, NOW))).toEqual(['fail'])
  })

  it('any open secret scanning alert fails by default', () => {
    const map = goodFacts()
    map.set(
      secretScanningAlertsFact.id,
      known({
        enabled: true,
        alerts: [{ number: 3, secretType: 'GitHub Personal Access Token', createdAt: '2026-11-21T12:00:00Z', htmlUrl: 'u', validity: 'active' }]
      })
    )
    expect(run(secretScanningAlerts, map, {}, NOW)[0]!.message).toBe(
      'secret scanning alert #3 (GitHub Personal Access Token, validity active) open for 0 days: u'
    )
  })
})

describe('pull-request mode', () => {
  it('finds the pull request of the event', () => {
    expect(pullRequestOf({ name: 'pull_request', payload: { number: 7, pull_request: { number: 7, head: { sha: HEAD }, user: { login: 'alice' } } } })).toEqual(
      { number: 7, event: 'pull_request', headSha: HEAD, author: 'alice' }
    )
    expect(
      pullRequestOf({
        name: 'merge_group',
        payload: { merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-123-0123456789abcdef0123456789abcdef01234567', head_sha: 'b'.repeat(40) } }
      })
    ).toEqual({
      number: 123,
      event: 'merge_group',
      groupHeadSha: 'b'.repeat(40)
    })
    expect(pullRequestFromQueueRef('gh-readonly-queue/release/1.x/pr-9-abcdef1')).toBe(9)
    expect(pullRequestOf({ name: 'push', payload: {} })).toBeNull()
  })

  it('counts only the latest decisive review of others, on the final commit', () => {
    const map = goodFacts()
    map.set(
      pullRequestReviewsFact.id,
      known([
        { user: 'alice', state: 'APPROVED', commitId: HEAD, submittedAt: null },
        { user: 'bob', state: 'APPROVED', commitId: 'b'.repeat(40), submittedAt: null },
        { user: 'carol', state: 'APPROVED', commitId: HEAD, submittedAt: null },
        { user: 'carol', state: 'COMMENTED', commitId: HEAD, submittedAt: null },
        { user: 'dave', state: 'APPROVED', commitId: HEAD, submittedAt: null },
        { user: 'dave', state: 'DISMISSED', commitId: HEAD, submittedAt: null }
      ])
    )
    expect(statuses(run(pullRequestApproval, map))).toEqual(['pass'])
    const strict = run(pullRequestApproval, map, { minApprovals: 2 })
    expect(strict[0]!.message).toBe(
      `pull request #7 by alice: 1 approval(s) on the final commit ${HEAD.slice(0, 12)} (carol); the policy asks for 2; approvals of earlier commits do not count: bob`
    )
  })

  it('fails on changes requested, passes exempt authors', () => {
    const map = goodFacts()
    map.set(
      pullRequestReviewsFact.id,
      known([
        { user: 'bob', state: 'APPROVED', commitId: HEAD, submittedAt: null },
        { user: 'carol', state: 'CHANGES_REQUESTED', commitId: HEAD, submittedAt: null }
      ])
    )
    expect(run(pullRequestApproval, map)[0]!.message).toContain('changes requested by carol')
    expect(statuses(run(pullRequestApproval, map, { exemptAuthors: ['Alice'] }))).toEqual(['pass'])
  })

  it('lists unverified commits', () => {
    const map = goodFacts()
    map.set(pullRequestCommitsFact.id, known({ commits: [{ sha: HEAD, verified: false, reason: 'unsigned', author: 'alice' }], truncated: false }))
    expect(run(pullRequestSignedCommits, map)[0]!.message).toBe(`commit ${HEAD.slice(0, 12)} of pull request #7 by alice is not verified (unsigned)`)
  })
})

describe('chaingate job detection', () => {
  it('finds the jobs that run chaingate, by name or id', async () => {
    const { chaingateJobNames } = await import('../../src/github/facts/workspace-paths.js')
    expect(
      chaingateJobNames({
        jobs: {
          gate: { steps: [{ uses: 'actions/checkout@v4' }, { uses: 'chaingate/chaingate@0123456789abcdef0123456789abcdef01234567' }] },
          named: { name: 'Supply chain gate', steps: [{ uses: 'acme/actions/chaingate@v1' }] },
          matrix: { name: 'gate ${{ matrix.os }}', steps: [{ uses: 'chaingate/chaingate@v1' }] },
          reusable: { uses: 'acme/.github/.github/workflows/chaingate.yml@main' },
          other: { steps: [{ uses: 'chaingates/not-it@v1' }, { run: 'echo chaingate' }] }
        }
      })
    ).toEqual(['gate', 'Supply chain gate', 'matrix', 'reusable'])
  })
})
