/**
 * Posture fixtures the shared `fixtures.ts` lacks (branch listing items, CODEOWNERS errors, code scanning
 * analyses, fine-grained PAT grants, private vulnerability reporting), and `postureRoutes()`: the routes of
 * a well-protected organization repository (acme/widgets) for every accounts and code rule, each
 * overridable, all OpenAPI-valid.
 */
import { API, CREATED, SHA, branchRules, collaborator, deployKey, merge, organization, repository, ruleset, simpleUser, type Overrides } from './fixtures.js'
import { paginate } from './paginate.js'
import type { FakeHandler } from './server.js'

export const REPO = 'acme/widgets'

/** One item of GET /repos/{owner}/{repo}/branches (`short-branch`). */
export function shortBranch(name: string, isProtected = true, repo = REPO): Record<string, unknown> {
  return {
    name,
    commit: { sha: SHA, url: `${API}/repos/${repo}/commits/${SHA}` },
    protected: isProtected,
    protection_url: `${API}/repos/${repo}/branches/${encodeURIComponent(name)}/protection`
  }
}

/** GET /repos/{owner}/{repo}/codeowners/errors. */
export function codeownersErrors(
  errors: Array<{ line: number; column?: number; kind?: string; message?: string; path?: string }> = []
): Record<string, unknown> {
  return {
    errors: errors.map((error) => ({
      line: error.line,
      column: error.column ?? 1,
      kind: error.kind ?? 'Unknown owner',
      message: error.message ?? `Unknown owner on line ${error.line}: make sure @ghost exists and has write access to the repository`,
      path: error.path ?? '.github/CODEOWNERS',
      source: '* @ghost',
      suggestion: null
    }))
  }
}

/** One item of GET /repos/{owner}/{repo}/code-scanning/analyses (`code-scanning-analysis`). */
export function codeScanningAnalysis(overrides: Record<string, unknown> = {}, repo = REPO): Record<string, unknown> {
  const id = (overrides.id as number | undefined) ?? 201
  return merge(
    {
      ref: 'refs/heads/main',
      commit_sha: SHA,
      analysis_key: '.github/workflows/codeql.yml:analyze',
      environment: '{"language":"javascript"}',
      category: '/language:javascript',
      error: '',
      created_at: '2026-11-20T03:00:00Z',
      results_count: 0,
      rules_count: 300,
      id,
      url: `${API}/repos/${repo}/code-scanning/analyses/${id}`,
      sarif_id: '6c81cd8e-b078-4ac3-a3be-1dad7dbd0b53',
      tool: { name: 'CodeQL', guid: null, version: '2.20.0' },
      deletable: true,
      warning: ''
    },
    overrides
  )
}

/** One item of GET /orgs/{org}/personal-access-tokens (`organization-programmatic-access-grant`). */
export function fineGrainedPat(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = (overrides.id as number | undefined) ?? 25381
  return merge(
    {
      id,
      owner: simpleUser(),
      repository_selection: 'subset',
      repositories_url: `${API}/organizations/9919/personal-access-tokens/${id}/repositories`,
      permissions: { organization: {}, repository: { metadata: 'read', contents: 'read' }, other: {} },
      access_granted_at: CREATED,
      token_id: 98716,
      token_name: 'release bot',
      token_expired: false,
      token_expires_at: '2027-01-15T09:30:00Z',
      token_last_used_at: null
    },
    overrides
  )
}

export const NOW = new Date('2026-11-22T00:00:00Z')

/** Strong rules for `main` as `rules/branches/main` returns them (ruleset 1 of the repository). */
export const STRONG_MAIN_RULES = branchRules([
  'deletion',
  'non_fast_forward',
  'required_signatures',
  'required_linear_history',
  { type: 'pull_request', parameters: { required_approving_review_count: 2 } },
  { type: 'required_status_checks', parameters: { required_status_checks: [{ context: 'ci / test' }, { context: 'chaingate' }] } }
])

export const MAIN_RULESET = ruleset({
  id: 1,
  name: 'main protection',
  bypass_actors: [],
  rules: ['deletion', 'non_fast_forward', 'pull_request', 'required_status_checks']
})
export const TAG_RULESET = ruleset({
  id: 2,
  name: 'release tags',
  target: 'tag',
  bypass_actors: [],
  conditions: { ref_name: { include: ['refs/tags/v*'], exclude: [] } },
  rules: ['deletion', 'update']
})

export const CODEOWNERS = '* @acme/maintainers\n/.github/ @acme/security\n'

/**
 * Every route a full accounts + code check of acme/widgets reads, answering as for a well-protected
 * repository and an owner's token. Pass replacements (same keys) to change a scenario.
 */
export function postureRoutes(
  overrides: Record<string, FakeHandler> = {},
  repoOverrides: Overrides<ReturnType<typeof repository>> = {}
): Record<string, FakeHandler> {
  const rulesets = [MAIN_RULESET, TAG_RULESET]
  return {
    'GET /repos/{owner}/{repo}': { body: repository(repoOverrides) },
    'GET /repos/{owner}/{repo}/rules/branches/{branch}': (request) => ({
      body: request.params.branch === 'main' ? STRONG_MAIN_RULES : branchRules(['deletion', 'non_fast_forward'])
    }),
    'GET /repos/{owner}/{repo}/branches/{branch}/protection': {
      status: 404,
      body: {
        message: 'Branch not protected',
        documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
        status: '404'
      }
    },
    'GET /repos/{owner}/{repo}/rulesets': { body: rulesets.map(({ conditions: _c, rules: _r, bypass_actors: _b, ...summary }) => summary) },
    'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}': (request) => {
      const found = rulesets.find((item) => String(item.id) === request.params.ruleset_id)
      return found ? { body: found } : { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } }
    },
    'GET /repos/{owner}/{repo}/branches': paginate([shortBranch('main'), shortBranch('release/1.x'), shortBranch('feature/x', false)]),
    'GET /repos/{owner}/{repo}/codeowners/errors': { body: codeownersErrors([]) },
    'GET /repos/{owner}/{repo}/private-vulnerability-reporting': { body: { enabled: true } },
    'GET /repos/{owner}/{repo}/automated-security-fixes': { body: { enabled: true, paused: false } },
    'GET /repos/{owner}/{repo}/dependabot/alerts': { body: [] },
    'GET /repos/{owner}/{repo}/code-scanning/analyses': { body: [codeScanningAnalysis()] },
    'GET /repos/{owner}/{repo}/code-scanning/alerts': { body: [] },
    'GET /repos/{owner}/{repo}/secret-scanning/alerts': { body: [] },
    'GET /orgs/{org}': { body: organization({ default_repository_permission: 'none' }) },
    'GET /orgs/{org}/members': (request) =>
      request.query.get('filter') === '2fa_disabled'
        ? paginate([])(request)
        : paginate([simpleUser({ login: 'owner-1', id: 11 }), simpleUser({ login: 'owner-2', id: 12 })])(request),
    'GET /orgs/{org}/outside_collaborators': { body: [] },
    'GET /repos/{owner}/{repo}/collaborators': { body: [collaborator({ login: 'guest', id: 77, role_name: 'read' })] },
    'GET /repos/{owner}/{repo}/keys': { body: [deployKey({ created_at: '2026-06-01T00:00:00Z' })] },
    'GET /orgs/{org}/personal-access-tokens': { body: [fineGrainedPat()] },
    'POST /graphql': graphqlRoute(),
    ...overrides
  }
}

/** A checkout that passes the file-based posture rules (SECURITY.md, CODEOWNERS, a workflow). */
export const POSTURE_FILES: Record<string, string> = {
  'SECURITY.md': '# Security\n\nReport vulnerabilities through GitHub private vulnerability reporting.\n',
  '.github/CODEOWNERS': CODEOWNERS,
  '.github/chaingate.yml': 'extends: strict\n',
  '.github/workflows/ci.yml':
    'name: ci\non: push\npermissions: {}\njobs:\n  test:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - run: npm test\n'
}

const REFUSED = {
  status: 403,
  body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
  headers: { 'x-accepted-github-permissions': 'administration=read' }
}

/**
 * The routes as a workflow's GITHUB_TOKEN sees them: admin and owner endpoints refuse any token whose
 * Authorization header does not contain `admin` or `owner`; the repository has no `security_and_analysis`
 * and the organization no owner-only settings for it.
 */
export function refuseAdminEndpoints(routes: Record<string, FakeHandler>): Record<string, FakeHandler> {
  const privileged = (request: { headers: Record<string, string | string[] | undefined> }): boolean =>
    /admin|owner/.test(String(request.headers.authorization ?? ''))
  const guard = (
    key: string,
    refused: (request: Parameters<Extract<FakeHandler, (...args: never[]) => unknown>>[0]) => import('./server.js').FakeResponse
  ): void => {
    const original = routes[key]
    if (!original) return
    let served = 0
    routes[key] = (request) => {
      if (!privileged(request)) return refused(request)
      if (typeof original === 'function') return original(request)
      if (Array.isArray(original)) return original[Math.min(served++, original.length - 1)]!
      return original
    }
  }
  for (const key of [
    'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    'GET /repos/{owner}/{repo}/keys',
    'GET /repos/{owner}/{repo}/collaborators',
    'GET /repos/{owner}/{repo}/secret-scanning/alerts',
    'GET /repos/{owner}/{repo}/automated-security-fixes',
    'GET /orgs/{org}/personal-access-tokens'
  ])
    guard(key, () => REFUSED)
  guard('GET /orgs/{org}/members', (request) =>
    request.query.get('filter') === '2fa_disabled'
      ? {
          status: 422,
          body: {
            message: 'Only owners can use this filter.',
            documentation_url: 'https://docs.github.com/rest/orgs/members#list-organization-members',
            status: '422'
          }
        }
      : paginate([simpleUser({ login: 'public-member', id: 13 })])(request)
  )
  guard('GET /orgs/{org}/outside_collaborators', () => ({
    status: 422,
    body: { message: 'Only owners can use this filter.', documentation_url: 'https://docs.github.com/rest', status: '422' }
  }))
  guard('GET /repos/{owner}/{repo}', () => ({ body: repository({ security_and_analysis: null }) }))
  guard('GET /orgs/{org}', () => {
    const {
      two_factor_requirement_enabled: _a,
      default_repository_permission: _b,
      members_can_create_public_repositories: _c,
      members_can_create_repositories: _d,
      ...publicView
    } = organization()
    return { body: publicView }
  })
  guard('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', (request) => {
    const found = [MAIN_RULESET, TAG_RULESET].find((item) => String(item.id) === request.params.ruleset_id)
    if (!found) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } }
    const { bypass_actors: _hidden, ...visible } = found
    return { body: visible }
  })
  return routes
}

export const PR_HEAD = 'c0ffee0000000000000000000000000000000042'

export interface PullRequestGraphInput {
  number?: number
  headSha?: string
  author?: string
  /** `Bot` authors are sent without `[bot]`, as GitHub's GraphQL API does. */
  authorType?: 'User' | 'Bot'
  reviews?: Array<{ login: string; state: string; commit?: string | null; type?: 'User' | 'Bot' }>
  commits?: Array<{ sha: string; login?: string | null; signature?: { isValid: boolean; state: string } | null }>
  reviewsHaveNextPage?: boolean
  commitsHaveNextPage?: boolean
}

/** The `data` of chaingate's pull-request query (see src/github/graphql.ts). */
export function pullRequestGraph(input: PullRequestGraphInput = {}): Record<string, unknown> {
  const head = input.headSha ?? PR_HEAD
  const reviews = input.reviews ?? [
    { login: 'hubot', state: 'APPROVED', commit: head },
    { login: 'octocat', state: 'APPROVED', commit: head }
  ]
  const commits = input.commits ?? [{ sha: head, login: 'mona', signature: { isValid: true, state: 'VALID' } }]
  return {
    repository: {
      pullRequest: {
        number: input.number ?? 42,
        headRefOid: head,
        author: { __typename: input.authorType ?? 'User', login: input.author ?? 'mona' },
        reviews: {
          pageInfo: { hasNextPage: input.reviewsHaveNextPage ?? false },
          nodes: reviews.map((review) => ({
            author: { __typename: review.type ?? 'User', login: review.login },
            state: review.state,
            submittedAt: UPDATED_AT,
            commit: review.commit ? { oid: review.commit } : null
          }))
        },
        commits: {
          totalCount: commits.length,
          pageInfo: { hasNextPage: input.commitsHaveNextPage ?? false },
          nodes: commits.map((commit) => ({
            commit: {
              oid: commit.sha,
              author: { user: commit.login ? { login: commit.login } : null },
              signature: commit.signature === undefined ? { isValid: true, state: 'VALID' } : commit.signature
            }
          }))
        }
      }
    }
  }
}

const UPDATED_AT = '2026-11-21T10:00:00Z'

/**
 * The GraphQL endpoint for chaingate's queries, by operation name: `chaingateSaml` (an organization with a
 * SAML provider unless `saml` says otherwise) and `chaingatePullRequest` (pullRequestGraph() by default).
 */
export function graphqlRoute(
  answers: { saml?: Record<string, unknown>; pullRequest?: Record<string, unknown> | ((variables: Record<string, unknown>) => Record<string, unknown>) } = {}
): FakeHandler {
  return (request) => {
    const body = (request.body ?? {}) as { query?: string; variables?: Record<string, unknown> }
    const query = body.query ?? ''
    if (query.includes('chaingateSaml'))
      return { body: { data: answers.saml ?? { organization: { samlIdentityProvider: { ssoUrl: 'https://idp.acme.example/sso' } } } } }
    if (query.includes('chaingatePullRequest')) {
      const answer =
        typeof answers.pullRequest === 'function'
          ? answers.pullRequest(body.variables ?? {})
          : (answers.pullRequest ?? pullRequestGraph({ number: Number(body.variables?.number ?? 42) }))
      return { body: { data: answer } }
    }
    return { status: 200, body: { errors: [{ type: 'UNKNOWN', message: 'fake-github: unexpected GraphQL query' }] } }
  }
}
