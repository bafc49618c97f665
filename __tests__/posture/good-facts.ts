/** Hand-built facts of a well-protected organization repository: every accounts and code rule passes on them. */
import { defaultBranchClassicProtectionFact, defaultBranchRulesFact, releaseBranchesFact } from '../../src/github/facts/branch-protection.js'
import { codeownersErrorsFact, codeownersFileFact, parseCodeowners } from '../../src/github/facts/codeowners.js'
import {
  deployKeysFact,
  fineGrainedTokensFact,
  membersWithout2faFact,
  orgOwnersFact,
  outsideCollaboratorsFact,
  ownerViewFact,
  samlSsoFact
} from '../../src/github/facts/organization.js'
import { repositoryFact } from '../../src/github/facts/repository.js'
import { rulesetsFact } from '../../src/github/facts/rulesets.js'
import {
  codeScanningAlertsFact,
  codeScanningAnalysesFact,
  dependabotAlertsFact,
  dependabotSecurityUpdatesFact,
  privateVulnerabilityReportingFact,
  secretScanningAlertsFact,
  securitySettingsFact
} from '../../src/github/facts/security.js'
import { securityPolicyFact } from '../../src/github/facts/security-policy.js'
import { defaultBranchFact } from '../../src/github/facts/support.js'
import { workflowPathsFact } from '../../src/github/facts/workspace-paths.js'
import { pullRequestCommitsFact, pullRequestFact, pullRequestReviewsFact } from '../../src/pull-request/facts.js'
import { facts, type FactMap } from './helpers.js'

export const HEAD = 'a'.repeat(40)

export function rule(type: string, parameters?: Record<string, unknown>, rulesetId = 1): Record<string, unknown> {
  return { type, ...(parameters ? { parameters } : {}), ruleset_source_type: 'Repository', ruleset_source: 'acme/widget', ruleset_id: rulesetId }
}

export const STRONG_PR = rule('pull_request', {
  required_approving_review_count: 2,
  dismiss_stale_reviews_on_push: true,
  require_code_owner_review: true,
  require_last_push_approval: true,
  required_review_thread_resolution: true
})

export const STRONG_RULES = [
  STRONG_PR,
  rule('required_status_checks', { required_status_checks: [{ context: 'chaingate' }, { context: 'test' }], strict_required_status_checks_policy: true }),
  rule('non_fast_forward'),
  rule('deletion'),
  rule('required_signatures'),
  rule('required_linear_history')
]

export const CODEOWNERS_TEXT = `# owners
*       @acme/maintainers
/.github/ @acme/security
`

export function goodFacts(): FactMap {
  return facts([
    [repositoryFact, { full_name: 'acme/widget', default_branch: 'main', owner: { login: 'acme', type: 'Organization' }, visibility: 'public' }],
    [defaultBranchFact, 'main'],
    [defaultBranchRulesFact, { branch: 'main', rules: STRONG_RULES }],
    [defaultBranchClassicProtectionFact, { branch: 'main', protection: null }],
    [
      rulesetsFact,
      {
        rulesets: [
          {
            id: 1,
            name: 'main',
            target: 'branch',
            sourceType: 'Repository',
            source: 'acme/widget',
            enforcement: 'active',
            bypassActors: [],
            refName: { include: ['~DEFAULT_BRANCH'], exclude: [] },
            rules: []
          },
          {
            id: 2,
            name: 'tags',
            target: 'tag',
            sourceType: 'Organization',
            source: 'acme',
            enforcement: 'active',
            bypassActors: [],
            refName: { include: ['refs/tags/v*'], exclude: [] },
            rules: [{ type: 'deletion' }, { type: 'update' }]
          }
        ]
      }
    ],
    [
      releaseBranchesFact,
      {
        matching: ['release/1.x'],
        truncated: false,
        checked: [{ name: 'release/1.x', protectedFlag: true, rules: [rule('non_fast_forward'), rule('deletion')] }]
      }
    ],
    [codeownersFileFact, { path: '.github/CODEOWNERS', lines: parseCodeowners(CODEOWNERS_TEXT) }],
    [workflowPathsFact, { workflows: ['.github/workflows/ci.yml'], policy: '.github/chaingate.yml', chaingateJobs: ['gate'] }],
    [codeownersErrorsFact, { found: true, errors: [] }],
    [securityPolicyFact, { path: 'SECURITY.md' }],
    [privateVulnerabilityReportingFact, { enabled: true }],
    [securitySettingsFact, { secretScanning: 'enabled', pushProtection: 'enabled', dependabotSecurityUpdates: 'enabled', visibility: 'public' }],
    [dependabotAlertsFact, { enabled: true, alerts: [] }],
    [dependabotSecurityUpdatesFact, { enabled: true, paused: false }],
    [
      codeScanningAnalysesFact,
      { enabled: true, analyses: [{ createdAt: '2026-11-20T00:00:00Z', tool: 'CodeQL', category: '/language:actions', ref: 'refs/heads/main', error: '' }] }
    ],
    [codeScanningAlertsFact, { enabled: true, alerts: [] }],
    [secretScanningAlertsFact, { enabled: true, alerts: [] }],
    [pullRequestFact, { number: 7, event: 'pull_request', headSha: HEAD, author: 'alice' }],
    [
      pullRequestReviewsFact,
      [
        { user: 'bob', state: 'APPROVED', commitId: HEAD, submittedAt: '2026-11-21T00:00:00Z' },
        { user: 'carol', state: 'APPROVED', commitId: HEAD, submittedAt: '2026-11-21T00:00:00Z' }
      ]
    ],
    [pullRequestCommitsFact, { commits: [{ sha: HEAD, verified: true, reason: 'valid', author: 'alice' }], truncated: false }],
    [
      ownerViewFact,
      {
        login: 'acme',
        ownerView: true,
        data: { login: 'acme', two_factor_requirement_enabled: true, default_repository_permission: 'none', members_can_create_public_repositories: false }
      }
    ],
    [membersWithout2faFact, { members: [], outsideCollaborators: [] }],
    [orgOwnersFact, [{ login: 'o1' }, { login: 'o2' }, { login: 'o3' }]],
    [outsideCollaboratorsFact, [{ login: 'guest', roleName: 'read', permissions: { pull: true } }]],
    [deployKeysFact, [{ id: 1, title: 'docs deploy', readOnly: true, createdAt: '2026-06-01T00:00:00Z' }]],
    [fineGrainedTokensFact, [{ id: 5, owner: 'alice', expiresAt: '2027-01-01T00:00:00Z', expired: false, lastUsedAt: null }]],
    [samlSsoFact, { ssoUrl: 'https://idp.example.com/sso' }]
  ])
}
