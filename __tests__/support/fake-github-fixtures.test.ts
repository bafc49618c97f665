/** Every fixture builder, served on its real route, matches GitHub's OpenAPI description. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startFakeGitHub, type FakeGitHub, type FakeHandler } from '../../test/support/fake-github/server.js'
import * as fx from '../../test/support/fake-github/fixtures.js'
import {
  forbidden,
  notFound,
  primaryRateLimit,
  secondaryRateLimit,
  serverError,
  unauthorized,
  validationFailed
} from '../../test/support/fake-github/responses.js'

const cases: Array<[string, string, FakeHandler]> = [
  ['repository', 'GET /repos/{owner}/{repo}', { body: fx.repository() }],
  [
    'repository (private, overrides)',
    'GET /repos/{owner}/{repo}',
    {
      body: fx.repository({
        visibility: 'private',
        default_branch: 'trunk',
        security_and_analysis: { secret_scanning: { status: 'disabled' } },
        owner: { login: 'other' }
      })
    }
  ],
  ['repository (no security_and_analysis)', 'GET /repos/{owner}/{repo}', { body: fx.repository({ security_and_analysis: undefined }) }],
  ['organization', 'GET /orgs/{org}', { body: fx.organization() }],
  [
    'organization (lax)',
    'GET /orgs/{org}',
    { body: fx.organization({ two_factor_requirement_enabled: false, default_repository_permission: 'write', members_can_create_public_repositories: true }) }
  ],
  ['simpleUser', 'GET /orgs/{org}/members', { body: [fx.simpleUser(), fx.simpleUser({ login: 'hubot', id: 2 })] }],
  ['orgOwner', 'GET /repos/{owner}/{repo}/assignees', { body: [fx.orgOwner()] }],
  [
    'branchRules',
    'GET /repos/{owner}/{repo}/rules/branches/{branch}',
    {
      body: fx.branchRules([
        'deletion',
        'non_fast_forward',
        'required_signatures',
        'required_linear_history',
        'creation',
        'update',
        { type: 'pull_request', parameters: { required_approving_review_count: 2 } },
        { type: 'required_status_checks', ruleset_source_type: 'Organization', ruleset_source: 'acme', ruleset_id: 7 },
        'required_deployments',
        'merge_queue',
        'workflows',
        'code_scanning',
        'commit_message_pattern',
        'commit_author_email_pattern',
        'committer_email_pattern',
        'branch_name_pattern',
        'tag_name_pattern',
        'file_path_restriction',
        'max_file_path_length',
        'file_extension_restriction',
        'max_file_size',
        'copilot_code_review'
      ])
    }
  ],
  ['branchRules (none)', 'GET /repos/{owner}/{repo}/rules/branches/{branch}', { body: fx.branchRules([]) }],
  ['branchProtection', 'GET /repos/{owner}/{repo}/branches/{branch}/protection', { body: fx.branchProtection() }],
  ['branchWithProtection', 'GET /repos/{owner}/{repo}/branches/{branch}', { body: fx.branchWithProtection() }],
  ['ruleset', 'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', { body: fx.ruleset() }],
  [
    'ruleset (evaluate, org)',
    'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}',
    {
      body: fx.ruleset({
        enforcement: 'evaluate',
        source_type: 'Organization',
        source: 'acme',
        bypass_actors: [],
        rules: [{ type: 'pull_request', parameters: { required_approving_review_count: 0 } }]
      })
    }
  ],
  [
    'gitTree',
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    { body: fx.gitTree([{ path: 'action.yml' }, { path: 'dist', type: 'tree' }, { path: 'vendor/lib', type: 'commit' }]) }
  ],
  ['commit', 'GET /repos/{owner}/{repo}/commits/{ref}', { body: fx.commit() }],
  ['gitRef (tag)', 'GET /repos/{owner}/{repo}/git/ref/{ref}', { body: fx.gitRef('tags/v1') }],
  ['gitRef (branch)', 'GET /repos/{owner}/{repo}/git/ref/{ref}', { body: fx.gitRef('heads/main') }],
  ['gitRefs (matching)', 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { body: [fx.gitRef('tags/v1'), fx.gitRef('tags/v1.2.3')] }],
  ['gitTag', 'GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { body: fx.gitTag() }],
  ['tags', 'GET /repos/{owner}/{repo}/tags', { body: [fx.tag('v1'), fx.tag('v1.2.3')] }],
  [
    'workflowPermissions',
    'GET /repos/{owner}/{repo}/actions/permissions/workflow',
    { body: fx.workflowPermissions({ default_workflow_permissions: 'write' }) }
  ],
  ['actionsPermissions', 'GET /repos/{owner}/{repo}/actions/permissions', { body: fx.actionsPermissions() }],
  ['environment', 'GET /repos/{owner}/{repo}/environments/{environment_name}', { body: fx.environment() }],
  ['deployKey', 'GET /repos/{owner}/{repo}/keys', { body: [fx.deployKey(), fx.deployKey({ id: 2, read_only: false })] }],
  ['collaborator', 'GET /repos/{owner}/{repo}/collaborators', { body: [fx.collaborator(), fx.collaborator({ login: 'boss', id: 9, role_name: 'admin' })] }],
  ['dependabotAlert', 'GET /repos/{owner}/{repo}/dependabot/alerts', { body: [fx.dependabotAlert()] }],
  ['codeScanningAlert', 'GET /repos/{owner}/{repo}/code-scanning/alerts', { body: [fx.codeScanningAlert()] }],
  ['secretScanningAlert', 'GET /repos/{owner}/{repo}/secret-scanning/alerts', { body: [fx.secretScanningAlert()] }],
  ['pullRequest', 'GET /repos/{owner}/{repo}/pulls/{pull_number}', { body: fx.pullRequest() }],
  ['review', 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { body: [fx.review()] }],
  ['contentFile', 'GET /repos/{owner}/{repo}/contents/{path}', { body: fx.contentFile() }],
  ['notFound', 'GET /repos/{owner}/{repo}', notFound()],
  [
    'forbidden',
    'GET /repos/{owner}/{repo}/branches/{branch}/protection',
    forbidden('Resource not accessible by integration', { acceptedPermissions: 'administration=read' })
  ],
  ['unauthorized', 'GET /repos/{owner}/{repo}', unauthorized()],
  ['secondaryRateLimit', 'GET /repos/{owner}/{repo}', secondaryRateLimit(1)],
  ['primaryRateLimit', 'GET /repos/{owner}/{repo}', primaryRateLimit(1_900_000_000)],
  ['serverError', 'GET /repos/{owner}/{repo}', serverError(502)],
  ['validationFailed', 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}', validationFailed([{ resource: 'Tree', field: 'sha', code: 'invalid' }])]
]

/** A concrete path for a template. */
function pathFor(template: string): string {
  return template.replace(/\{([^}]+)\}/g, (_all, name: string) => (name === 'path' ? '.github/workflows/ci.yml' : name === 'ref' ? 'tags/v1' : `x-${name}`))
}

describe('fixtures', () => {
  let github: FakeGitHub
  beforeAll(async () => {
    github = await startFakeGitHub({ routes: {} })
  })
  afterAll(async () => {
    await github.close()
  })

  it.each(cases)('%s matches OpenAPI on %s', async (_name, route, handler) => {
    github.use({ [route]: handler })
    const before = github.validationErrors.length
    const [, template = ''] = route.split(' ')
    const response = await fetch(`${github.url}${pathFor(template)}`)
    await response.text()
    expect(github.requests.at(-1)?.route).toBe(route)
    expect(github.validationErrors.slice(before)).toEqual([])
  })
})
