/** Repository Actions settings through the API: each endpoint read once, unknown with the permission when refused. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { check } from '../../../src/check.js'
import { actionsAllowedActions } from '../../../src/rules/build/actions-allowed-actions.js'
import { actionsCanApprovePrs } from '../../../src/rules/build/actions-can-approve-prs.js'
import { actionsDefaultPermissions } from '../../../src/rules/build/actions-default-permissions.js'
import { actionsForkPrApproval } from '../../../src/rules/build/actions-fork-pr-approval.js'
import { actionsShaPinningRequired } from '../../../src/rules/build/actions-sha-pinning-required.js'
import { releaseEnvironmentProtection } from '../../../src/rules/build/release-environment-protection.js'
import { fixtures, forbidden, startFakeGitHub, type FakeGitHub } from '../../../test/support/fake-github/index.js'
import { tempWorkspace, type TempWorkspace } from '../../../test/support/workspace.js'

const RULES = [
  actionsDefaultPermissions,
  actionsCanApprovePrs,
  actionsAllowedActions,
  actionsShaPinningRequired,
  actionsForkPrApproval,
  releaseEnvironmentProtection
]

const RELEASE = `on:
  release:
    types: [published]
permissions: {}
jobs:
  npm:
    runs-on: ubuntu-latest
    environment: production
    permissions:
      contents: read
    steps:
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
`

let fake: FakeGitHub | undefined
let workspace: TempWorkspace | undefined

afterEach(async () => {
  workspace?.cleanup()
  await fake?.close()
})

const policy = 'extends: strict\n'

describe('repository Actions settings (fake GitHub)', () => {
  it('reads each settings endpoint once and grades them', async () => {
    fake = await startFakeGitHub({
      routes: {
        'GET /repos/{owner}/{repo}/actions/permissions/workflow': {
          body: fixtures.workflowPermissions({ default_workflow_permissions: 'write', can_approve_pull_request_reviews: true })
        },
        'GET /repos/{owner}/{repo}/actions/permissions': {
          body: fixtures.actionsPermissions({ repo: 'acme/app', allowed_actions: 'selected', sha_pinning_required: false })
        },
        'GET /repos/{owner}/{repo}/actions/permissions/selected-actions': {
          body: { github_owned_allowed: true, verified_allowed: false, patterns_allowed: ['acme/*'] }
        },
        'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval': { body: { approval_policy: 'first_time_contributors_new_to_github' } },
        'GET /repos/{owner}/{repo}/environments': { body: { total_count: 1, environments: [fixtures.environment({ repo: 'acme/app', name: 'production' })] } },
        'GET /repos/{owner}/{repo}': { body: fixtures.repository({ name: 'app', full_name: 'acme/app' }) }
      }
    })
    workspace = tempWorkspace({ '.github/workflows/release.yml': RELEASE, '.github/chaingate.yml': policy })
    const { report } = await check({
      path: workspace.root,
      repository: 'acme/app',
      apiUrl: fake.url,
      token: 'gh',
      elevatedToken: 'admin',
      retryBaseMs: 10,
      rules: RULES
    })
    expect(fake.validationErrors).toEqual([])
    const status = Object.fromEntries(report.findings.map((finding) => [finding.rule, `${finding.status} ${finding.severity}`]))
    expect(status).toEqual({
      'actions-default-permissions': 'fail high',
      'actions-can-approve-prs': 'fail high',
      'actions-allowed-actions': 'pass medium',
      'actions-sha-pinning-required': 'fail medium',
      'actions-fork-pr-approval': 'fail medium',
      'release-environment-protection': 'pass medium'
    })
    // 6 endpoints, each once; the private-repository fork settings are not requested for a public repository
    expect(report.stats.apiRequests).toBe(6)
    expect(new Set(fake.requests.map((request) => request.route)).size).toBe(6)
  })

  it('reports unknown with the permission to grant when the token is refused', async () => {
    const refused = forbidden('Resource not accessible by integration', { acceptedPermissions: 'administration=read' })
    fake = await startFakeGitHub({
      routes: {
        'GET /repos/{owner}/{repo}/actions/permissions/workflow': refused,
        'GET /repos/{owner}/{repo}/actions/permissions': refused,
        'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval': refused,
        'GET /repos/{owner}/{repo}/environments': {
          body: {
            total_count: 1,
            environments: [fixtures.environment({ repo: 'acme/app', name: 'production', protection_rules: [], deployment_branch_policy: null })]
          }
        }
      }
    })
    workspace = tempWorkspace({ '.github/workflows/release.yml': RELEASE, '.github/chaingate.yml': policy })
    const { report } = await check({ path: workspace.root, repository: 'acme/app', apiUrl: fake.url, token: 'gh', retryBaseMs: 10, rules: RULES })
    expect(fake.validationErrors).toEqual([])
    const byRule = new Map(report.findings.map((finding) => [finding.rule, finding]))
    for (const rule of [
      'actions-default-permissions',
      'actions-can-approve-prs',
      'actions-allowed-actions',
      'actions-sha-pinning-required',
      'actions-fork-pr-approval'
    ]) {
      expect(byRule.get(rule)?.status).toBe('unknown')
      expect(byRule.get(rule)?.permission).toBe('administration: read')
    }
    expect(byRule.get('actions-default-permissions')?.message).toBe(
      'could not read the default GITHUB_TOKEN permissions (GET /repos/{owner}/{repo}/actions/permissions/workflow): GitHub answered 403 (Resource not accessible by integration)'
    )
    const release = byRule.get('release-environment-protection')
    expect(`${release?.status} ${release?.location?.startLine}:${release?.location?.startColumn}`).toBe('fail 8:18')
    expect(release?.message).toBe(
      'job npm publishes with secrets (NPM_TOKEN) in environment production, which has no required reviewers, wait timer or deployment branch policy'
    )
    // the workflow-permissions endpoint serves two rules with one request
    expect(fake.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/actions/permissions/workflow')).toHaveLength(1)
  })

  it('checks what fork pull requests of a private repository receive', async () => {
    fake = await startFakeGitHub({
      routes: {
        'GET /repos/{owner}/{repo}': { body: fixtures.repository({ name: 'app', full_name: 'acme/app', private: true, visibility: 'private' }) },
        'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval': { body: { approval_policy: 'all_external_contributors' } },
        'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos': {
          body: {
            run_workflows_from_fork_pull_requests: true,
            send_write_tokens_to_workflows: false,
            send_secrets_and_variables: true,
            require_approval_for_fork_pr_workflows: true
          }
        }
      }
    })
    workspace = tempWorkspace({ '.github/workflows/release.yml': RELEASE, '.github/chaingate.yml': policy })
    const { report } = await check({
      path: workspace.root,
      repository: 'acme/app',
      apiUrl: fake.url,
      token: 'gh',
      retryBaseMs: 10,
      rules: [actionsForkPrApproval]
    })
    expect(fake.validationErrors).toEqual([])
    expect(report.findings.map((finding) => `${finding.status} ${finding.severity} ${finding.message}`)).toEqual([
      'fail high workflows from fork pull requests of this private repository get secrets and variables (send_secrets_and_variables: true)'
    ])
  })
})
