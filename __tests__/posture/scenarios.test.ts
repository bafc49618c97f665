/**
 * Accounts and code posture end to end: `check()` against the fake GitHub server, whose every response is
 * validated against GitHub's OpenAPI description.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { FakeGitHub } from '../../test/support/fake-github/server.js'
import { forbidden, paginate, secondaryRateLimit, serverError, validationFailed } from '../../test/support/fake-github/responses.js'
import { branchProtection, branchRules, organization, pullRequest, review, ruleset, simpleUser, commit } from '../../test/support/fake-github/fixtures.js'
import { MAIN_RULESET, PR_HEAD, TAG_RULESET, graphqlRoute, postureRoutes, pullRequestGraph } from '../../test/support/fake-github/fixtures-posture.js'
import { POSTURE_RULES, STRICT_POLICY, runScenario, type ScenarioRun } from './scenario-helpers.js'

let current: FakeGitHub | undefined
afterEach(async () => {
  const fake = current
  current = undefined
  if (fake) {
    await fake.close()
    fake.assertValid()
  }
})

async function scenario(...args: Parameters<typeof runScenario>): Promise<ScenarioRun> {
  const run = await runScenario(...args)
  current = run.fake
  return run
}

const BRANCH_RULES = ['default-branch-protection', 'default-branch-review', 'default-branch-status-checks', 'default-branch-history']
const NOT_PROTECTED = {
  status: 404,
  body: { message: 'Branch not protected', documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection', status: '404' }
}
const NO_CLASSIC_READ = forbidden('Resource not accessible by integration', { acceptedPermissions: 'administration=read' })
const PR_EVENT = {
  name: 'pull_request',
  payload: { number: 42, pull_request: { number: 42, head: { sha: 'c0ffee0000000000000000000000000000000042' }, user: { login: 'mona' } } }
}

function rulesets(list: ReturnType<typeof ruleset>[]) {
  return {
    'GET /repos/{owner}/{repo}/rulesets': { body: list.map(({ conditions: _c, rules: _r, bypass_actors: _b, ...summary }) => summary) },
    'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}': (request: { params: Record<string, string> }) => ({
      body: list.find((item) => String(item.id) === request.params.ruleset_id)
    })
  }
}

describe('a full check of one repository with every accounts and code rule', () => {
  it('passes a well-protected repository in at most 25 requests, each resource read once', async () => {
    const run = await scenario({
      routes: postureRoutes(),
      input: { elevatedToken: 'ghs_admintoken', event: PR_EVENT },
      policy: STRICT_POLICY
    })
    const notPassing = run.report.findings.filter((finding) => finding.status !== 'pass')
    expect(notPassing).toEqual([])
    const enabled = POSTURE_RULES.map((rule) => rule.meta.id)
    expect([...run.byRule.keys()].sort()).toEqual(enabled.sort())
    expect(run.report.stats.apiRequests).toBeLessThanOrEqual(25)
    expect(run.report.stats.apiRequests).toBe(run.fake.requests.length)
    // Each resource once: no two requests alike (GraphQL requests told apart by their query).
    const paths = run.fake.requests.map(
      (request) => `${request.method} ${request.path} ${/query (\w+)/.exec(String((request.body as { query?: string } | undefined)?.query))?.[1] ?? ''}`
    )
    expect(new Set(paths).size).toBe(paths.length)
  })
})

describe('branch protection, wherever it is kept', () => {
  it('classic protection only (readable with the admin token)', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'GET /repos/{owner}/{repo}/rules/branches/{branch}': { body: [] },
        ...rulesets([]),
        'GET /repos/{owner}/{repo}/branches/{branch}/protection': { body: branchProtection() }
      }),
      input: { elevatedToken: 'ghs_admintoken' }
    })
    for (const rule of BRANCH_RULES) expect([rule, run.status(rule)]).toEqual([rule, rule === 'default-branch-status-checks' ? 'fail' : 'pass'])
    expect(run.messages('default-branch-protection')).toEqual(['branch main is protected by classic branch protection'])
    // release/1.x has no ruleset rule but is flagged protected: its classic settings are read too.
    expect(run.messages('release-branch-protection')).toEqual(['release branches protected: release/1.x'])
    expect(
      run.fake.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/branches/{branch}/protection').map((request) => request.path)
    ).toEqual(['/repos/acme/widgets/branches/main/protection', '/repos/acme/widgets/branches/release%2F1.x/protection'])
    expect(run.messages('default-branch-status-checks')[0]).toBe(
      'chaingate\'s own check ("chaingate") is not required on main (required: ci / test); set checkName in the policy if the job has another name'
    )
  })

  it('a repository ruleset only, with classic protection unreadable: no false fail', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'GET /repos/{owner}/{repo}/rules/branches/{branch}': {
          body: branchRules(['deletion', 'non_fast_forward', { type: 'pull_request', parameters: { required_approving_review_count: 1 } }])
        },
        'GET /repos/{owner}/{repo}/branches/{branch}/protection': NO_CLASSIC_READ
      })
    })
    expect(run.status('default-branch-protection')).toBe('pass')
    expect(run.status('default-branch-history')).toBe('pass')
    expect(run.messages('default-branch-review')).toEqual([
      'pull requests are required on main (ruleset "main protection" (repository acme/widgets)); 1 approval(s) required on main (ruleset "main protection" (repository acme/widgets); policy: 1); main: stale approvals dismissed when new commits are pushed (ruleset "main protection" (repository acme/widgets))'
    ])
    // Status checks: the ruleset has none, classic might: unknown, with what to grant.
    const checks = run.byRule.get('default-branch-status-checks')!
    expect(checks.map((finding) => finding.status)).toEqual(['unknown', 'unknown'])
    expect(checks[0]!.permission).toBe('administration: read')
  })

  it('an organization ruleset only', async () => {
    const orgRuleset = ruleset({ id: 9, name: 'org baseline', source_type: 'Organization', source: 'acme', bypass_actors: [] })
    const run = await scenario({
      routes: postureRoutes({
        'GET /repos/{owner}/{repo}/rules/branches/{branch}': {
          body: branchRules([
            { type: 'deletion', ruleset_source_type: 'Organization', ruleset_source: 'acme', ruleset_id: 9 },
            { type: 'non_fast_forward', ruleset_source_type: 'Organization', ruleset_source: 'acme', ruleset_id: 9 },
            {
              type: 'pull_request',
              parameters: { required_approving_review_count: 2 },
              ruleset_source_type: 'Organization',
              ruleset_source: 'acme',
              ruleset_id: 9
            }
          ])
        },
        ...rulesets([orgRuleset]),
        'GET /repos/{owner}/{repo}/branches/{branch}/protection': NO_CLASSIC_READ
      })
    })
    expect(run.status('default-branch-protection')).toBe('pass')
    expect(run.messages('default-branch-history')[0]).toBe(
      'force pushes to main are blocked (ruleset "org baseline" (organization acme)); deletion of main is blocked (ruleset "org baseline" (organization acme))'
    )
    expect(run.status('default-branch-review')).toBe('pass')
    expect(run.status('protection-bypass')).toBe('pass')
  })

  it('ruleset and classic protection with conflicting settings: the stricter wins', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'GET /repos/{owner}/{repo}/rules/branches/{branch}': {
          body: branchRules([
            {
              type: 'pull_request',
              parameters: {
                required_approving_review_count: 1,
                dismiss_stale_reviews_on_push: false,
                require_code_owner_review: false,
                require_last_push_approval: true
              }
            }
          ])
        },
        'GET /repos/{owner}/{repo}/branches/{branch}/protection': {
          body: branchProtection({
            required_pull_request_reviews: {
              required_approving_review_count: 2,
              dismiss_stale_reviews: true,
              require_code_owner_reviews: true,
              require_last_push_approval: false
            },
            allow_force_pushes: { enabled: true }
          })
        }
      }),
      input: { elevatedToken: 'ghs_admintoken' },
      policy: STRICT_POLICY
    })
    const review = run.messages('default-branch-review')[0]!
    expect(run.status('default-branch-review')).toBe('pass')
    expect(review).toContain('2 approval(s) required on main (classic branch protection; policy: 2)')
    expect(review).toContain('approval of the most recent push by someone other than its pusher (ruleset "main protection" (repository acme/widgets))')
    expect(review).toContain('review from code owners (classic branch protection)')
    expect(run.messages('default-branch-history')).toEqual(['force pushes to main are allowed'])
  })

  it('a ruleset in evaluate mode does not count and is reported', async () => {
    const evaluating = ruleset({ id: 1, name: 'main protection', enforcement: 'evaluate', bypass_actors: [] })
    const run = await scenario({
      routes: postureRoutes({
        // Evaluate-mode rules are not returned by rules/branches.
        'GET /repos/{owner}/{repo}/rules/branches/{branch}': { body: [] },
        ...rulesets([evaluating, TAG_RULESET]),
        'GET /repos/{owner}/{repo}/branches/{branch}/protection': NOT_PROTECTED
      }),
      input: { elevatedToken: 'ghs_admintoken' }
    })
    expect(run.messages('default-branch-protection')).toEqual(['branch main has neither an active ruleset nor classic branch protection'])
    expect(run.messages('protection-bypass')).toEqual([
      'branch ruleset "main protection" (repository acme/widgets) is in evaluate mode: its rules are reported, not enforced'
    ])
  })

  it('bypass actors are reported; hidden ones are unknown', async () => {
    const bypassable = ruleset({
      id: 1,
      name: 'main protection',
      bypass_actors: [
        { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' },
        { actor_id: null, actor_type: 'DeployKey', bypass_mode: 'always' }
      ]
    })
    const run = await scenario({ routes: postureRoutes(rulesets([bypassable, TAG_RULESET])), input: { elevatedToken: 'ghs_admintoken' } })
    expect(run.messages('protection-bypass')).toEqual([
      'branch ruleset "main protection" (repository acme/widgets) can be bypassed by RepositoryRole:5 (always), DeployKey (always)'
    ])

    await current!.close()
    const { bypass_actors: _hidden, ...withoutActors } = MAIN_RULESET
    const hidden = await scenario({ routes: postureRoutes(rulesets([withoutActors as typeof MAIN_RULESET])) })
    expect(hidden.status('protection-bypass')).toBe('unknown')
    expect(hidden.byRule.get('protection-bypass')![0]!.permission).toContain('admin-token')
  })

  it('a token without admin read: classic protection unknown, rulesets still read, no false fail', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'GET /repos/{owner}/{repo}': { body: (await import('../../test/support/fake-github/fixtures.js')).repository({ security_and_analysis: null }) },
        'GET /repos/{owner}/{repo}/branches/{branch}/protection': NO_CLASSIC_READ,
        'GET /repos/{owner}/{repo}/keys': NO_CLASSIC_READ,
        'GET /repos/{owner}/{repo}/automated-security-fixes': NO_CLASSIC_READ,
        'GET /repos/{owner}/{repo}/collaborators': forbidden('Must have push access to view repository collaborators.'),
        'GET /repos/{owner}/{repo}/secret-scanning/alerts': forbidden('Resource not accessible by integration', {
          acceptedPermissions: 'secret_scanning_alerts=read'
        }),
        'GET /orgs/{org}': {
          body: organization({
            two_factor_requirement_enabled: undefined,
            default_repository_permission: undefined,
            members_can_create_public_repositories: undefined
          })
        },
        'GET /orgs/{org}/members': validationFailed([]),
        'GET /orgs/{org}/outside_collaborators': validationFailed([]),
        'GET /orgs/{org}/personal-access-tokens': forbidden('Resource not accessible by integration')
      })
    })
    expect(run.report.counts.fail).toBe(0)
    expect(run.status('default-branch-protection')).toBe('pass')
    expect(run.status('default-branch-history')).toBe('pass')
    for (const rule of [
      'deploy-keys',
      'secret-scanning',
      'secret-push-protection',
      'secret-scanning-alerts',
      'dependabot-security-updates',
      'org-two-factor-required',
      'org-members-without-2fa',
      'org-owner-count',
      'outside-collaborators'
    ]) {
      expect([rule, run.status(rule)]).toEqual([rule, 'unknown'])
      expect(run.byRule.get(rule)![0]!.permission).toBeTruthy()
    }
    expect(run.byRule.get('deploy-keys')![0]!.permission).toBe('administration: read')
    expect(run.byRule.get('secret-scanning-alerts')![0]!.permission).toBe('secret_scanning_alerts: read')
  })
})

describe('accounts', () => {
  it('org owner vs plain member token', async () => {
    const owner = organization()
    const { two_factor_requirement_enabled: _a, default_repository_permission: _b, members_can_create_public_repositories: _c, ...memberView } = owner
    const isOwner = (request: { headers: Record<string, string | string[] | undefined> }) => String(request.headers.authorization).includes('owner')
    const routes = postureRoutes({
      'GET /orgs/{org}': (request) => ({ body: isOwner(request) ? owner : memberView }),
      'GET /orgs/{org}/members': (request) =>
        request.query.get('filter') === '2fa_disabled' && !isOwner(request)
          ? {
              status: 422,
              body: {
                message: 'Only owners can use this filter.',
                documentation_url: 'https://docs.github.com/rest/orgs/members#list-organization-members',
                status: '422'
              }
            }
          : paginate(
              request.query.get('filter') === '2fa_disabled'
                ? [simpleUser({ login: 'no2fa', id: 99 })]
                : [simpleUser({ login: 'owner-1', id: 11 }), simpleUser({ login: 'owner-2', id: 12 })]
            )(request)
    })
    const asOwner = await scenario({ routes, input: { token: 'ghs_owner' } })
    expect(asOwner.status('org-two-factor-required')).toBe('pass')
    expect(asOwner.messages('org-members-without-2fa')).toEqual(['1 member(s) without 2FA: no2fa'])
    expect(asOwner.status('org-owner-count')).toBe('pass')
    await current!.close()

    const asMember = await scenario({ routes, input: { token: 'ghs_member' } })
    for (const rule of [
      'org-two-factor-required',
      'org-base-permission',
      'org-public-repo-creation',
      'org-owner-count',
      'org-members-without-2fa',
      'org-saml-sso'
    ]) {
      expect([rule, asMember.status(rule)]).toEqual([rule, 'unknown'])
      expect(asMember.byRule.get(rule)![0]!.permission).toContain('organization owner')
    }
    // The owner list is not even requested without owner visibility (it would be the public members).
    expect(asMember.fake.requests.some((request) => request.path.includes('role=admin'))).toBe(false)
  })

  it('10,000 members without 2FA across 100 pages', async () => {
    const members = Array.from({ length: 10_000 }, (_, index) => simpleUser({ login: `user${index}`, id: 100_000 + index }))
    const run = await scenario({
      routes: postureRoutes({
        'GET /orgs/{org}/members': (request) =>
          paginate(
            request.query.get('filter') === '2fa_disabled' ? members : [simpleUser({ login: 'owner-1', id: 11 }), simpleUser({ login: 'owner-2', id: 12 })]
          )(request)
      }),
      input: { elevatedToken: 'ghs_owner' }
    })
    expect(run.messages('org-members-without-2fa')[0]).toMatch(/^10000 member\(s\) without 2FA: user0, user1, .* and 9950 more$/)
    expect(run.fake.requests.filter((request) => request.path.includes('filter=2fa_disabled') && request.path.includes('/members')).length).toBe(100)
  })

  it('a personal repository: organization rules are unknown (not applicable), never pass', async () => {
    const { repository } = await import('../../test/support/fake-github/fixtures.js')
    const run = await scenario({
      routes: postureRoutes({ 'GET /repos/{owner}/{repo}': { body: repository({ owner: { login: 'mona', type: 'User', id: 583231 } }) } })
    })
    for (const rule of ['org-two-factor-required', 'org-members-without-2fa', 'org-owner-count', 'outside-collaborators']) {
      expect([rule, run.status(rule)]).toEqual([rule, 'unknown'])
      expect(run.messages(rule)[0]).toContain('personal account')
    }
    expect(run.fake.requests.some((request) => request.path.startsWith('/orgs/'))).toBe(false)
  })
})

describe('a flaky or absent API', () => {
  it('a 403 secondary rate limit, then success', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'GET /repos/{owner}/{repo}/rules/branches/{branch}': [secondaryRateLimit(1), { body: branchRules(['deletion', 'non_fast_forward', 'pull_request']) }]
      })
    })
    expect(run.status('default-branch-protection')).toBe('pass')
    expect(run.routeCount('GET /repos/{owner}/{repo}/rules/branches/{branch}')).toBe(3) // main twice, release/1.x once
  })

  it('a 502, then success', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'GET /repos/{owner}/{repo}': [serverError(502), { body: (await import('../../test/support/fake-github/fixtures.js')).repository() }]
      })
    })
    expect(run.routeCount('GET /repos/{owner}/{repo}')).toBe(2)
    expect(run.status('default-branch-protection')).toBe('pass')
    expect(run.report.counts.unknown).toBe(2) // the pull-request rules outside pull-request mode
  })

  it('the API down: every API rule unknown, the report still produced, the exit as the policy says', async () => {
    const routes = Object.fromEntries(Object.keys(postureRoutes()).map((key) => [key, serverError(503)]))
    const warn = await scenario({ routes })
    const fileRules = ['security-policy', 'expired-waiver']
    for (const finding of warn.report.findings) {
      if (fileRules.includes(finding.rule)) continue
      if (finding.rule === 'codeowners') {
        // Coverage is read from the checkout; GitHub's own check of the file is unknown.
        expect(finding.status === 'unknown' || finding.status === 'pass').toBe(true)
        continue
      }
      expect([finding.rule, finding.status]).toEqual([finding.rule, 'unknown'])
    }
    expect(warn.report.verdict).toBe('pass')
    await current!.close()
    const failOnUnknown = await scenario({ routes, input: { onUnknown: 'fail' } })
    expect(failOnUnknown.report.verdict).toBe('fail')
  })
})

describe('pull-request mode', () => {
  const HEAD = PR_HEAD
  const MERGE_GROUP = {
    name: 'merge_group',
    payload: { merge_group: { head_ref: 'refs/heads/gh-readonly-queue/main/pr-42-0123456789abcdef0123456789abcdef01234567', head_sha: 'b'.repeat(40) } }
  }
  it('merge_group: one GraphQL query reads the pull request named by the queue branch, its reviews and commits', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'POST /graphql': graphqlRoute({
          pullRequest: pullRequestGraph({
            headSha: HEAD,
            reviews: [
              { login: 'mona', state: 'APPROVED', commit: HEAD },
              { login: 'hubot', state: 'APPROVED', commit: 'feedface00000000000000000000000000000000' }
            ],
            commits: [{ sha: HEAD, login: 'mona', signature: null }]
          })
        })
      }),
      input: { event: MERGE_GROUP },
      policy: STRICT_POLICY
    })
    expect(run.fake.requests.some((request) => request.path.includes('/pulls/'))).toBe(false)
    const query = run.fake.requests.find((request) => String(JSON.stringify(request.body)).includes('chaingatePullRequest'))!
    expect((query.body as { variables: Record<string, unknown> }).variables).toEqual({ owner: 'acme', name: 'widgets', number: 42 })
    expect(run.messages('pull-request-approval')[0]).toBe(
      `pull request #42 (merge queue) by mona: 0 approval(s) on the final commit ${HEAD.slice(0, 12)}; the policy asks for 2; approvals of earlier commits do not count: hubot`
    )
    expect(run.messages('pull-request-signed-commits')).toEqual([`commit ${HEAD.slice(0, 12)} of pull request #42 by mona is not verified (unsigned)`])
  })

  it('falls back to REST when GraphQL fails, and for lists longer than one GraphQL page', async () => {
    const failing = await scenario({
      routes: postureRoutes({
        'POST /graphql': { body: { errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] } },
        'GET /repos/{owner}/{repo}/pulls/{pull_number}': { body: pullRequest({ number: 42, head: { sha: HEAD }, user: simpleUser({ login: 'mona' }) }) },
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': {
          body: [review({ user: simpleUser({ login: 'hubot', id: 2 }), state: 'APPROVED', commit_id: HEAD })]
        },
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': { body: [commit({ sha: HEAD })] }
      }),
      input: { event: MERGE_GROUP }
    })
    expect(failing.status('pull-request-approval')).toBe('pass')
    expect(failing.status('pull-request-signed-commits')).toBe('pass')
    expect(failing.routeCount('GET /repos/{owner}/{repo}/pulls/{pull_number}')).toBe(1)
    await current!.close()

    const long = await scenario({
      routes: postureRoutes({
        'POST /graphql': graphqlRoute({ pullRequest: pullRequestGraph({ headSha: HEAD, commitsHaveNextPage: true }) }),
        'GET /repos/{owner}/{repo}/pulls/{pull_number}/commits': paginate(
          Array.from({ length: 150 }, (_, index) => commit({ sha: index.toString(16).padStart(40, '0') }))
        )
      }),
      input: { event: PR_EVENT }
    })
    expect(long.messages('pull-request-signed-commits')).toEqual(['all 150 commit(s) of pull request #42 are verified'])
    expect(long.routeCount('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits')).toBe(2)
    expect(long.routeCount('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews')).toBe(0)
  })

  it('a bot author is named as REST names it, so exemptions match', async () => {
    const run = await scenario({
      routes: postureRoutes({
        'POST /graphql': graphqlRoute({ pullRequest: pullRequestGraph({ headSha: HEAD, author: 'dependabot', authorType: 'Bot', reviews: [] }) })
      }),
      input: { event: MERGE_GROUP },
      policy: 'extends: baseline\nrules:\n  pull-request-approval:\n    exemptAuthors: ["dependabot[bot]"]\n'
    })
    expect(run.messages('pull-request-approval')).toEqual(['pull request #42 (merge queue) is by dependabot[bot], exempt by the policy'])
  })
})

describe('GitHub Enterprise Server', () => {
  it('uses the /api/v3 base URL and reports a missing feature as not available', async () => {
    const routes = postureRoutes({
      'GET /repos/{owner}/{repo}/rules/branches/{branch}': {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/enterprise-server/rest', status: '404' }
      }
    })
    // Not in GHES's API description: the fake answers 404, as an older instance would.
    delete routes['GET /orgs/{org}/personal-access-tokens']
    delete routes['GET /repos/{owner}/{repo}/private-vulnerability-reporting']
    const run = await scenario({ routes, apiPrefix: '/api/v3', input: { elevatedToken: 'ghs_admin' } })
    expect(run.messages('default-branch-protection')[0]).toContain('not available on this GitHub Enterprise Server')
    expect(run.fake.requests[0]!.path.startsWith('/api/v3/')).toBe(true)
    expect(run.messages('private-vulnerability-reporting')[0]).toContain('not available on this GitHub Enterprise Server')
  })
})

describe('token tiers', () => {
  it('GITHUB_TOKEN only on a well-protected repository: no false fail, every unknown says what to grant', async () => {
    const { refuseAdminEndpoints } = await import('../../test/support/fake-github/fixtures-posture.js')
    const run = await scenario({ routes: refuseAdminEndpoints(postureRoutes()) })
    expect(run.report.counts.fail).toBe(0)
    for (const finding of run.report.findings.filter((item) => item.status === 'unknown')) {
      if (finding.rule.startsWith('pull-request-')) continue // not in pull-request mode: nothing to grant
      expect([finding.rule, Boolean(finding.permission)]).toEqual([finding.rule, true])
    }
    expect(run.status('default-branch-review')).toBe('pass')
  })

  it('the admin token is tried first for admin endpoints and the GITHUB_TOKEN takes over when it is refused', async () => {
    const { refuseAdminEndpoints } = await import('../../test/support/fake-github/fixtures-posture.js')
    // Here the "admin" token is refused everywhere privileged (it is named ghs_limited), the workflow token is an owner's.
    const run = await scenario({ routes: refuseAdminEndpoints(postureRoutes()), input: { token: 'ghs_owner', elevatedToken: 'ghs_limited' } })
    expect(run.status('deploy-keys')).toBe('pass')
    expect(run.status('org-two-factor-required')).toBe('pass')
    const keys = run.fake.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/keys')
    expect(keys.map((request) => String(request.headers.authorization).includes('limited'))).toEqual([true, false])
    // Endpoints any reader may call go to the workflow token first: no second request.
    expect(run.routeCount('GET /repos/{owner}/{repo}/codeowners/errors')).toBe(1)
  })

  it('a primary rate limit that resets soon: waits for the reset, then succeeds', async () => {
    const { primaryRateLimit } = await import('../../test/support/fake-github/responses.js')
    const run = await scenario({
      routes: postureRoutes({ 'GET /repos/{owner}/{repo}/dependabot/alerts': [primaryRateLimit(Math.floor(Date.now() / 1000) + 1), { body: [] }] })
    })
    expect(run.status('dependabot-alerts')).toBe('pass')
    expect(run.routeCount('GET /repos/{owner}/{repo}/dependabot/alerts')).toBe(2)
  })

  it('a primary rate limit reset far away: unknown at once, no hour-long wait', async () => {
    const { primaryRateLimit } = await import('../../test/support/fake-github/responses.js')
    const started = Date.now()
    const run = await scenario({
      routes: postureRoutes({ 'GET /repos/{owner}/{repo}/dependabot/alerts': primaryRateLimit(Math.floor(Date.now() / 1000) + 3600) })
    })
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(run.status('dependabot-alerts')).toBe('unknown')
    expect(run.messages('dependabot-alerts')[0]).toContain('rate limit')
  })
})

describe('open alerts past their SLA', () => {
  it('fails per alert, and a policy waiver for the manifest holds until it expires', async () => {
    const { dependabotAlert } = await import('../../test/support/fake-github/fixtures.js')
    const routes = () =>
      postureRoutes({
        'GET /repos/{owner}/{repo}/dependabot/alerts': paginate([
          dependabotAlert({ number: 1, created_at: '2026-01-01T00:00:00Z' }),
          dependabotAlert({ number: 2, created_at: '2026-11-20T00:00:00Z' }),
          dependabotAlert({ number: 3, created_at: '2026-01-01T00:00:00Z', dependency: { manifest_path: 'tools/package-lock.json' } })
        ])
      })
    const policy = (expires: string) =>
      `extends: baseline\nwaivers:\n  - rule: dependabot-alert-sla\n    paths: ["tools/**"]\n    reason: build tooling only, upgrade tracked in #12\n    expires: ${expires}\n`
    const open = await scenario({ routes: routes(), policy: policy('2026-12-31') })
    const findings = open.byRule.get('dependabot-alert-sla')!
    expect(findings.map((finding) => [finding.status, finding.severity, finding.location?.path])).toEqual([
      ['fail', 'high', 'package-lock.json'],
      ['waived', 'high', 'tools/package-lock.json']
    ])
    expect(findings[0]!.message).toMatch(
      /^Dependabot alert #1 \(high\) GHSA-xxxx-yyyy-zzzz in left-pad \(package-lock.json\) has been open 325 days; SLA 30 days: https:\/\/github.com\/acme\/widgets\/security\/dependabot\/1$/
    )
    await current!.close()

    const expired = await scenario({ routes: routes(), policy: policy('2026-11-01') })
    expect(expired.byRule.get('dependabot-alert-sla')!.map((finding) => finding.status)).toEqual(['fail', 'fail'])
    expect(expired.messages('expired-waiver')[0]).toContain('waiver for dependabot-alert-sla expired on 2026-11-01')
  })
})

describe('features a repository does not have', () => {
  it('private vulnerability reporting answered 422 is not available, not a permission to grant', async () => {
    const { validationFailed: failed } = await import('../../test/support/fake-github/responses.js')
    const run = await scenario({ routes: postureRoutes({ 'GET /repos/{owner}/{repo}/private-vulnerability-reporting': failed([]) }) })
    const finding = run.byRule.get('private-vulnerability-reporting')![0]!
    expect(finding.status).toBe('unknown')
    expect(finding.message).toContain('not available for acme/widgets')
    expect(finding.permission).toBeUndefined()
    expect(run.routeCount('GET /repos/{owner}/{repo}/private-vulnerability-reporting')).toBe(1)
  })
})
