/** The merge of rulesets and classic protection, and the branch rules on hand-built facts. */
import { describe, expect, it } from '@jest/globals'
import { defaultBranchClassicProtectionFact, defaultBranchRulesFact } from '../../src/github/facts/branch-protection.js'
import { judge, mergeSettings, settingsFromClassic, settingsFromRules } from '../../src/posture/protection.js'
import { refMatches, rulesetsFact } from '../../src/github/facts/rulesets.js'
import { known } from '../../src/model/fact.js'
import { defaultBranchHistory } from '../../src/rules/code/default-branch-history.js'
import { defaultBranchProtection } from '../../src/rules/code/default-branch-protection.js'
import { defaultBranchReview } from '../../src/rules/code/default-branch-review.js'
import { defaultBranchStatusChecks } from '../../src/rules/code/default-branch-status-checks.js'
import { protectionBypass } from '../../src/rules/code/protection-bypass.js'
import { releaseTagProtection } from '../../src/rules/code/release-tag-protection.js'
import { goodFacts, rule } from './good-facts.js'
import { run, statuses, UNKNOWN } from './helpers.js'

function classic(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: 'https://api.github.com/repos/acme/widget/branches/main/protection',
    required_pull_request_reviews: {
      dismiss_stale_reviews: false,
      require_code_owner_reviews: false,
      required_approving_review_count: 1,
      require_last_push_approval: false
    },
    required_status_checks: { strict: false, contexts: ['ci'], checks: [{ context: 'ci', app_id: null }] },
    enforce_admins: { enabled: true, url: '' },
    allow_force_pushes: { enabled: false },
    allow_deletions: { enabled: false },
    required_linear_history: { enabled: false },
    required_signatures: { enabled: false, url: '' },
    ...overrides
  }
}

function withBranch(rules: unknown[], classicProtection: unknown) {
  const map = goodFacts()
  map.set(defaultBranchRulesFact.id, known({ branch: 'main', rules }))
  map.set(defaultBranchClassicProtectionFact.id, classicProtection === UNKNOWN ? UNKNOWN : known({ branch: 'main', protection: classicProtection }))
  return map
}

describe('effective protection', () => {
  it('takes the stricter of rulesets and classic protection, setting by setting', () => {
    const fromRules = settingsFromRules([
      rule('pull_request', { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true }),
      rule('required_status_checks', { required_status_checks: [{ context: 'chaingate' }] })
    ] as never)
    const fromClassic = settingsFromClassic(
      classic({
        required_pull_request_reviews: { required_approving_review_count: 3, dismiss_stale_reviews: false, require_code_owner_reviews: true }
      }) as never
    )
    const merged = mergeSettings(fromRules, fromClassic)
    expect(merged.approvals).toBe(3)
    expect(merged.dismissStale).toBe(true)
    expect(merged.codeOwnerReview).toBe(true)
    expect(merged.statusChecks.sort()).toEqual(['chaingate', 'ci'])
    expect(merged.sources.approvals).toEqual(['classic branch protection'])
    expect(merged.sources.dismissStale).toEqual(['ruleset 1 (repository acme/widget)'])
  })

  it('is unknown, not failed, when rulesets fall short and classic protection is unreadable', () => {
    const fromRules = settingsFromRules([rule('pull_request', { required_approving_review_count: 1 })] as never)
    expect(judge(fromRules, UNKNOWN as never, (s) => s.approvals >= 2).status).toBe('unknown')
    expect(judge(fromRules, UNKNOWN as never, (s) => s.approvals >= 1).status).toBe('pass')
  })

  it('does not count a classic field that is missing as protection', () => {
    const settings = settingsFromClassic({ url: 'x' } as never)
    expect(settings.blocksForcePush).toBe(false)
    expect(settings.blocksDeletion).toBe(false)
    expect(settings.protections).toEqual(['classic'])
  })

  it('matches ruleset ref conditions like GitHub', () => {
    expect(refMatches({ include: ['~DEFAULT_BRANCH'], exclude: [] }, 'refs/heads/main', 'main')).toBe(true)
    expect(refMatches({ include: ['~ALL'], exclude: ['refs/heads/main'] }, 'refs/heads/main', 'main')).toBe(false)
    expect(refMatches({ include: ['refs/heads/release/*'], exclude: [] }, 'refs/heads/release/1.x', 'main')).toBe(true)
    expect(refMatches({ include: ['refs/heads/release/*'], exclude: [] }, 'refs/heads/release/1/x', 'main')).toBe(false)
    expect(refMatches({ include: ['refs/tags/v*'], exclude: [] }, 'refs/tags/v1.0.0', null)).toBe(true)
    expect(refMatches({ include: ['~DEFAULT_BRANCH'], exclude: [] }, 'refs/tags/main', 'main')).toBe(false)
  })
})

describe('branch rules', () => {
  it('classic protection only: passes when readable, unknown when not', () => {
    expect(statuses(run(defaultBranchProtection, withBranch([], classic())))).toEqual(['pass'])
    expect(statuses(run(defaultBranchProtection, withBranch([], UNKNOWN)))).toEqual(['unknown'])
    expect(statuses(run(defaultBranchProtection, withBranch([], null)))).toEqual(['fail'])
  })

  it('a ruleset protects without classic protection being readable (no false fail)', () => {
    const map = withBranch(
      [rule('pull_request', { required_approving_review_count: 1, dismiss_stale_reviews_on_push: true }), rule('non_fast_forward'), rule('deletion')],
      UNKNOWN
    )
    expect(statuses(run(defaultBranchProtection, map))).toEqual(['pass'])
    expect(statuses(run(defaultBranchReview, map))).toEqual(['pass'])
    expect(statuses(run(defaultBranchHistory, map))).toEqual(['pass'])
    // Two approvals asked, one given by rulesets, classic unreadable: unknown with what to grant.
    const strict = run(defaultBranchReview, map, { minApprovals: 2 })
    expect(statuses(strict)).toEqual(['unknown'])
    expect(strict[0]!.permission).toBe('Test: read')
  })

  it('conflicting settings: the stricter wins in both directions', () => {
    const map = withBranch(
      [rule('pull_request', { required_approving_review_count: 2, dismiss_stale_reviews_on_push: false })],
      classic({ required_pull_request_reviews: { required_approving_review_count: 1, dismiss_stale_reviews: true } })
    )
    const results = run(defaultBranchReview, map, { minApprovals: 2, requireDismissStale: true })
    expect(statuses(results)).toEqual(['pass'])
    expect(results[0]!.message).toContain('2 approval(s)')
    expect(results[0]!.message).toContain('classic branch protection')
  })

  it('fails each missing review requirement', () => {
    const map = withBranch([rule('pull_request', { required_approving_review_count: 1 })], classic({ required_pull_request_reviews: null }))
    const results = run(defaultBranchReview, map, { minApprovals: 2, requireDismissStale: true, requireLastPushApproval: true, requireCodeOwnerReview: true })
    expect(statuses(results)).toEqual(['fail', 'fail', 'fail', 'fail'])
    expect(results[0]!.message).toContain('requires 1 approval(s); the policy asks for at least 2')
  })

  it("requires chaingate's own check and the configured ones", () => {
    const map = withBranch([rule('required_status_checks', { required_status_checks: [{ context: 'test' }] })], null)
    const results = run(defaultBranchStatusChecks, map, { checkName: 'chaingate', requiredChecks: ['test', 'dependency-review'] })
    expect(results.map((result) => result.message)).toEqual([
      'chaingate\'s own check ("chaingate" or "gate") is not required on main (required: test); set checkName in the policy if the job has another name',
      'check "dependency-review" is not required on main (required: test)'
    ])
    // The job that runs chaingate in this repository is named "gate": requiring it is enough.
    const byJob = run(defaultBranchStatusChecks, withBranch([rule('required_status_checks', { required_status_checks: [{ context: 'gate' }] })], null))
    expect(byJob).toEqual([
      { status: 'pass', message: 'required checks on main: gate (ruleset "main" (repository acme/widget)); chaingate\'s check gate is required on main' }
    ])
    const ok = run(defaultBranchStatusChecks, withBranch([], classic({ required_status_checks: { strict: true, contexts: ['chaingate'], checks: [] } })), {
      requireStrict: true
    })
    expect(statuses(ok)).toEqual(['pass'])
  })

  it('history: force push allowed by classic while a ruleset blocks deletion', () => {
    const map = withBranch([rule('deletion')], classic({ allow_force_pushes: { enabled: true } }))
    const results = run(defaultBranchHistory, map)
    expect(results).toEqual([{ status: 'fail', message: 'force pushes to main are allowed' }])
  })
})

describe('protection-bypass', () => {
  const base = { sourceType: 'Repository', source: 'acme/widget', refName: { include: ['~DEFAULT_BRANCH'], exclude: [] }, rules: [] }
  const withRulesets = (rulesets: unknown[], rules: unknown[] = [rule('pull_request', {}, 1)]) => {
    const map = withBranch(rules, classic())
    map.set(rulesetsFact.id, known({ rulesets }))
    return map
  }

  it('reports a ruleset in evaluate mode as not enforcing', () => {
    const results = run(protectionBypass, withRulesets([{ ...base, id: 1, name: 'main', target: 'branch', enforcement: 'evaluate', bypassActors: [] }], []))
    expect(results[0]).toEqual({
      status: 'fail',
      message: 'branch ruleset "main" (repository acme/widget) is in evaluate mode: its rules are reported, not enforced'
    })
  })

  it('lists bypass actors, accepts allowed ones, is unknown when they are not visible', () => {
    const actors = [
      { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' },
      { actor_id: 42, actor_type: 'Integration', bypass_mode: 'pull_request' }
    ]
    const map = withRulesets([{ ...base, id: 1, name: 'main', target: 'branch', enforcement: 'active', bypassActors: actors }])
    expect(run(protectionBypass, map)[0]!.message).toBe(
      'branch ruleset "main" (repository acme/widget) can be bypassed by RepositoryRole:5 (always), Integration:42 (pull_request)'
    )
    expect(statuses(run(protectionBypass, map, { allowedBypassActors: ['RepositoryRole:5'], allowPullRequestBypass: true }))).toEqual(['pass'])
    const hidden = run(protectionBypass, withRulesets([{ ...base, id: 1, name: 'main', target: 'branch', enforcement: 'active', bypassActors: null }]))
    expect(statuses(hidden)).toEqual(['unknown'])
    expect(hidden[0]!.permission).toContain('Administration: read')
  })

  it('flags classic protection that exempts administrators when no ruleset protects', () => {
    const map = withBranch([], classic({ enforce_admins: { enabled: false, url: '' } }))
    map.set(rulesetsFact.id, known({ rulesets: [] }))
    expect(run(protectionBypass, map)[0]!.message).toContain('does not apply to administrators')
  })
})

describe('release-tag-protection', () => {
  it('needs an active tag ruleset with update and deletion covering the tag names', () => {
    const tagRuleset = (enforcement: string, rules: unknown[]) => ({
      id: 2,
      name: 'tags',
      target: 'tag',
      sourceType: 'Repository',
      source: 'acme/widget',
      enforcement,
      bypassActors: [],
      refName: { include: ['refs/tags/v*'], exclude: [] },
      rules
    })
    const map = goodFacts()
    map.set(rulesetsFact.id, known({ rulesets: [tagRuleset('evaluate', [{ type: 'deletion' }, { type: 'update' }])] }))
    expect(run(releaseTagProtection, map)[0]!.message).toBe(
      'tag v1.0.0 can be moved (update) or deleted: no active tag ruleset covers it with update and deletion rules'
    )
    map.set(rulesetsFact.id, known({ rulesets: [tagRuleset('active', [{ type: 'deletion' }])] }))
    expect(run(releaseTagProtection, map)[0]!.message).toContain('can be moved (update)')
    expect(statuses(run(releaseTagProtection, map, { tagNames: ['release-1'] }))).toEqual(['fail'])
  })
})

describe('release-branch-protection', () => {
  it('checks release branches, counts the listing flag as classic protection, and never passes a partial listing', async () => {
    const { releaseBranchesFact } = await import('../../src/github/facts/branch-protection.js')
    const { releaseBranchProtection } = await import('../../src/rules/code/release-branch-protection.js')
    const map = goodFacts()
    map.set(
      releaseBranchesFact.id,
      known({
        matching: ['release/2.x', 'release/1.x', 'v3.x'],
        truncated: false,
        checked: [
          { name: 'release/2.x', protectedFlag: false, rules: [rule('deletion')] },
          { name: 'release/1.x', protectedFlag: true, rules: [], classic: known(classic()) },
          { name: 'release/0.x', protectedFlag: true, rules: [], classic: known(classic({ allow_deletions: { enabled: true } })) },
          { name: 'v3.x', protectedFlag: false, rules: [] }
        ]
      })
    )
    expect(run(releaseBranchProtection, map).map((result) => result.message)).toEqual([
      'release branch release/2.x allows force pushes',
      'release branch release/0.x allows deletion',
      'release branch v3.x allows force pushes and deletion'
    ])
    expect(statuses(run(releaseBranchProtection, map, { patterns: ['release/**'] }))).toEqual(['fail', 'fail'])
    // Classic protection whose settings could not be read: unknown, with what to grant.
    map.set(
      releaseBranchesFact.id,
      known({ matching: ['release/1.x'], truncated: false, checked: [{ name: 'release/1.x', protectedFlag: true, rules: [], classic: UNKNOWN }] })
    )
    const hidden = run(releaseBranchProtection, map)
    expect(statuses(hidden)).toEqual(['unknown'])
    expect(hidden[0]!.permission).toBe('Test: read')
    map.set(
      releaseBranchesFact.id,
      known({ matching: ['release/1.x'], truncated: false, checked: [{ name: 'release/1.x', protectedFlag: true, rules: [], classic: known(classic()) }] })
    )
    expect(run(releaseBranchProtection, map)).toEqual([{ status: 'pass', message: 'release branches protected: release/1.x' }])
    map.set(releaseBranchesFact.id, known({ matching: [], truncated: true, checked: [] }))
    expect(statuses(run(releaseBranchProtection, map))).toEqual(['unknown'])
    map.set(releaseBranchesFact.id, known({ matching: [], truncated: false, checked: [] }))
    expect(run(releaseBranchProtection, map)[0]!.message).toBe('the repository has no release branches')
  })
})

describe('protection-bypass, unread conditions', () => {
  it('is unknown for a branch ruleset whose conditions could not be read and whose rules do not show on the branch', () => {
    const map = goodFacts()
    map.set(
      rulesetsFact.id,
      known({
        rulesets: [
          {
            id: 7,
            name: 'maybe',
            target: 'branch',
            sourceType: 'Organization',
            source: 'acme',
            enforcement: 'evaluate',
            bypassActors: null,
            refName: null,
            rules: null,
            detailsError: 'details could not be read: 502 Server Error'
          }
        ]
      })
    )
    const results = run(protectionBypass, map)
    expect(results).toEqual([
      {
        status: 'unknown',
        message:
          'evaluate branch ruleset "maybe" (organization acme): whether it applies to main could not be read (details could not be read: 502 Server Error)',
        permission: 'Metadata: read'
      }
    ])
  })
})

describe('required workflows', () => {
  it('a workflows rule running chaingate counts as its required check', () => {
    const map = withBranch(
      [
        rule('workflows', {
          do_not_enforce_on_create: false,
          workflows: [{ path: '.github/workflows/chaingate.yml', repository_id: 99, ref: 'refs/heads/main' }]
        })
      ],
      null
    )
    expect(run(defaultBranchStatusChecks, map)).toEqual([
      {
        status: 'pass',
        message:
          'required workflows on main: 99:.github/workflows/chaingate.yml@refs/heads/main (ruleset "main" (repository acme/widget)); chaingate\'s check (required workflow 99:.github/workflows/chaingate.yml@refs/heads/main) is required on main'
      }
    ])
  })
})
