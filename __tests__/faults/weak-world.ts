/**
 * A weak repository for the fault-injection suite: acme/widgets with no branch protection, old open
 * alerts, write deploy keys, an organization without 2FA, permissive Actions settings, an unreviewed pull
 * request, and a workflow whose action pins are wrong in every way the online audits check. Without a
 * fault, most rules fail; every answer is OpenAPI-valid.
 */
import { fixtures, paginate, type FakeHandler } from '../../test/support/fake-github/index.js'
import {
  codeownersErrors,
  fineGrainedPat,
  graphqlRoute,
  postureRoutes,
  pullRequestGraph,
  shortBranch
} from '../../test/support/fake-github/fixtures-posture.js'
import { advisoriesHandler, advisory, compareHandler, graphqlHandler, sha, type World } from '../rules/build-online/fake-actions-world.js'

const OLD = '2025-01-01T00:00:00Z'
export const IMPOSTOR = sha('fork-commit')
const CHECKOUT_421 = sha('actions/checkout@v4.2.1')

export const WORLD: World = {
  'actions/checkout': {
    defaultBranch: 'main',
    branches: { main: sha('checkout-main') },
    tags: { 'v4.2.1': CHECKOUT_421, 'v4.2.2': sha('actions/checkout@v4.2.2'), v4: sha('actions/checkout@v4.2.2') }
  },
  'acme/impostor': { defaultBranch: 'main', branches: { main: sha('impostor-main') }, tags: { 'v1.0.0': sha('impostor@v1.0.0') }, network: [IMPOSTOR] },
  'acme/confused': {
    defaultBranch: 'main',
    branches: { main: sha('confused-main'), v1: sha('confused-branch') },
    tags: { v1: sha('confused-tag'), 'v1.0.0': sha('confused-tag') }
  },
  'tj-actions/changed-files': { defaultBranch: 'main', branches: { main: sha('tj-main') }, tags: { 'v35.7.6': sha('tj@v35.7.6'), v35: sha('tj@v35.7.6') } },
  // archived by its owner (used by the property test's archived-action scenario, not by the weak workflow)
  'acme/retired': {
    defaultBranch: 'main',
    branches: { main: sha('retired-main') },
    tags: { 'v2.0.0': sha('retired@v2.0.0'), v2: sha('retired@v2.0.0') },
    archived: true
  }
}

const ADVISORIES = [
  advisory({
    ghsa: 'GHSA-mrrh-fwg8-r2c3',
    cve: 'CVE-2025-30066',
    package: 'tj-actions/changed-files',
    range: '< 46.0.1',
    patched: '46.0.1',
    severity: 'high',
    summary: 'tj-actions/changed-files has a compromised release that leaks secrets'
  })
]

export const WEAK_FILES: Record<string, string> = {
  'SECURITY.md': '# Security\n\nReport vulnerabilities privately.\n',
  '.github/CODEOWNERS': '* @acme/maintainers\n',
  '.github/workflows/ci.yml': `name: ci
on:
  pull_request:
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@${CHECKOUT_421} # v4.2.2
        with:
          persist-credentials: false
      - uses: acme/impostor@${IMPOSTOR} # v1.0.0
      - uses: acme/confused@v1
      - uses: tj-actions/changed-files@v35
      - run: npm test
`
}

export const PR_NUMBER = 42

/** Every route of a full check of the weak repository. */
export function weakRoutes(): Record<string, FakeHandler> {
  const batch = graphqlHandler(WORLD)
  const posture = graphqlRoute({
    saml: { organization: { samlIdentityProvider: null } },
    pullRequest: pullRequestGraph({ reviews: [], commits: [{ sha: 'c0ffee0000000000000000000000000000000042', login: 'mona', signature: null }] })
  })
  return postureRoutes(
    {
      'GET /repos/{owner}/{repo}/rules/branches/{branch}': { body: [] },
      'GET /repos/{owner}/{repo}/rulesets': { body: [] },
      'GET /repos/{owner}/{repo}/branches': paginate([shortBranch('main', false), shortBranch('release/1.x', false), shortBranch('feature/x', false)]),
      'GET /repos/{owner}/{repo}/codeowners/errors': { body: codeownersErrors([{ line: 1 }]) },
      'GET /repos/{owner}/{repo}/private-vulnerability-reporting': { body: { enabled: false } },
      'GET /repos/{owner}/{repo}/automated-security-fixes': { body: { enabled: false, paused: false } },
      'GET /repos/{owner}/{repo}/dependabot/alerts': paginate(
        [fixtures.dependabotAlert({ created_at: OLD }), fixtures.dependabotAlert({ number: 2, created_at: OLD })],
        { perPage: 1 }
      ),
      'GET /repos/{owner}/{repo}/code-scanning/alerts': { body: [fixtures.codeScanningAlert({ created_at: OLD })] },
      'GET /repos/{owner}/{repo}/code-scanning/analyses': { body: [] },
      'GET /repos/{owner}/{repo}/secret-scanning/alerts': { body: [fixtures.secretScanningAlert({ created_at: OLD })] },
      'GET /orgs/{org}': {
        body: fixtures.organization({
          two_factor_requirement_enabled: false,
          default_repository_permission: 'admin',
          members_can_create_public_repositories: true
        })
      },
      'GET /orgs/{org}/members': (request) =>
        request.query.get('filter') === '2fa_disabled'
          ? paginate([fixtures.simpleUser({ login: 'no-2fa', id: 21 })])(request)
          : paginate([fixtures.simpleUser({ login: 'owner-1', id: 11 })])(request),
      'GET /orgs/{org}/outside_collaborators': { body: [fixtures.simpleUser({ login: 'guest-no-2fa', id: 31 })] },
      'GET /repos/{owner}/{repo}/collaborators': {
        body: [
          fixtures.collaborator({
            login: 'guest',
            id: 77,
            role_name: 'admin',
            permissions: { admin: true, maintain: true, push: true, triage: true, pull: true }
          })
        ]
      },
      'GET /repos/{owner}/{repo}/keys': { body: [fixtures.deployKey({ read_only: false, created_at: '2024-01-01T00:00:00Z' })] },
      'GET /orgs/{org}/personal-access-tokens': { body: [fineGrainedPat({ token_expires_at: null })] },
      'GET /repos/{owner}/{repo}/actions/permissions/workflow': {
        body: fixtures.workflowPermissions({ default_workflow_permissions: 'write', can_approve_pull_request_reviews: true })
      },
      'GET /repos/{owner}/{repo}/actions/permissions': { body: fixtures.actionsPermissions({ allowed_actions: 'all', sha_pinning_required: false }) },
      'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval': { body: { approval_policy: 'first_time_contributors_new_to_github' } },
      'GET /repos/{owner}/{repo}/environments': { body: { total_count: 0, environments: [] } },
      'GET /repos/{owner}/{repo}/compare/{basehead}': compareHandler(WORLD),
      'GET /advisories': advisoriesHandler(ADVISORIES),
      'POST /graphql': (request) => {
        const query = String((request.body as { query?: string } | undefined)?.query ?? '')
        return (
          typeof posture === 'function' && /chaingate(Saml|PullRequest)/.test(query) ? posture : (batch as Extract<FakeHandler, (...args: never[]) => unknown>)
        )(request)
      }
    },
    {
      security_and_analysis: {
        secret_scanning: { status: 'disabled' },
        secret_scanning_push_protection: { status: 'disabled' },
        dependabot_security_updates: { status: 'disabled' }
      }
    }
  )
}
