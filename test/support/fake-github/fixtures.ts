/**
 * Builders of GitHub API bodies that match GitHub's OpenAPI description, with overrides. Overrides are
 * merged deeply into plain objects (arrays and scalars replace; an explicit `undefined` removes the key), so
 * `repository({ security_and_analysis: { secret_scanning: { status: 'disabled' } } })` keeps the other
 * settings. Every builder is served on its real route and validated in
 * `__tests__/support/fake-github-fixtures.test.ts`.
 */
import type { components } from '@octokit/openapi-types'

type Schemas = components['schemas']
export type FullRepository = Schemas['full-repository']
export type OrganizationFull = Schemas['organization-full']
export type SimpleUser = Schemas['simple-user']
export type RepositoryRuleDetailed = Schemas['repository-rule-detailed']
export type RepositoryRule = Schemas['repository-rule']
export type BranchProtection = Schemas['branch-protection']
export type BranchWithProtection = Schemas['branch-with-protection']
export type RepositoryRuleset = Schemas['repository-ruleset']
export type GitTree = Schemas['git-tree']
export type Commit = Schemas['commit']
export type GitRef = Schemas['git-ref']
export type GitTag = Schemas['git-tag']
export type Tag = Schemas['tag']
export type WorkflowPermissions = Schemas['actions-get-default-workflow-permissions']
export type ActionsPermissions = Schemas['actions-repository-permissions']
export type Environment = Schemas['environment']
export type DeployKey = Schemas['deploy-key']
export type Collaborator = Schemas['collaborator']
export type DependabotAlert = Schemas['dependabot-alert']
export type CodeScanningAlert = Schemas['code-scanning-alert-items']
export type SecretScanningAlert = Schemas['secret-scanning-alert']
export type PullRequest = Schemas['pull-request']
export type Review = Schemas['pull-request-review']
export type ContentFile = Schemas['content-file']
export type Repository = Schemas['repository']

/** Deep partial: plain objects may be given in part; arrays and scalars replace. */
export type Overrides<T> = T extends readonly unknown[] ? T : T extends object ? { [K in keyof T]?: Overrides<T[K]> } : T

export const API = 'https://api.github.com'
export const WEB = 'https://github.com'
export const CREATED = '2024-01-15T09:30:00Z'
export const UPDATED = '2025-06-01T12:00:00Z'
export const SHA = '6dcb09b5b57875f334f61aebed695e2e4193db5e'
export const TREE_SHA = '9fb037999f264ba9a7fc6274d15fa3ae2ab98312'
export const TAG_SHA = '940bd336248efae0f9ee5bc7b2d5c985887b16ac'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** Deep merge of `overrides` into a copy of `base` (see the header). */
export function merge<T>(base: T, overrides?: Overrides<T> | Record<string, unknown>): T {
  if (overrides === undefined) return base
  if (!isPlainObject(base) || !isPlainObject(overrides)) return overrides as T
  const result: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete result[key]
    else if (isPlainObject(value) && isPlainObject(result[key])) result[key] = merge(result[key], value)
    else result[key] = value
  }
  return result as T
}

function nodeId(prefix: string, id: number | bigint): string {
  return Buffer.from(`${prefix}${id}`).toString('base64').replace(/=+$/, '')
}

/** A user or organization account as GitHub embeds it (`simple-user`). */
export function simpleUser(overrides: Overrides<SimpleUser> = {}): SimpleUser {
  const login = overrides.login ?? 'mona'
  const id = overrides.id ?? 583231
  const type = overrides.type ?? 'User'
  const url = `${API}/users/${login}`
  return merge<SimpleUser>(
    {
      login,
      id,
      node_id: nodeId(type === 'Organization' ? '012:Organization' : '04:User', id),
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      gravatar_id: '',
      url,
      html_url: `${WEB}/${login}`,
      followers_url: `${url}/followers`,
      following_url: `${url}/following{/other_user}`,
      gists_url: `${url}/gists{/gist_id}`,
      starred_url: `${url}/starred{/owner}{/repo}`,
      subscriptions_url: `${url}/subscriptions`,
      organizations_url: `${url}/orgs`,
      repos_url: `${url}/repos`,
      events_url: `${url}/events{/privacy}`,
      received_events_url: `${url}/received_events`,
      type,
      user_view_type: 'public',
      site_admin: false
    },
    overrides
  )
}

/** An organization account embedded as `owner` (simple-user with type Organization). */
export function orgOwner(login = 'acme', id = 9919): SimpleUser {
  return simpleUser({ login, id, type: 'Organization' })
}

function repositoryUrls(fullName: string): Record<string, string> {
  const url = `${API}/repos/${fullName}`
  return {
    url,
    html_url: `${WEB}/${fullName}`,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://github.com/${fullName}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${WEB}/${fullName}.git`,
    hooks_url: `${url}/hooks`,
    svn_url: `${WEB}/${fullName}`
  }
}

/** The fields `repository` (the short form embedded in pull requests etc.) and `full-repository` share. */
function repositoryBase(owner: SimpleUser, name: string, id: number | bigint, visibility: string): Repository {
  const fullName = `${owner.login}/${name}`
  return {
    id,
    node_id: nodeId('010:Repository', id),
    name,
    full_name: fullName,
    owner,
    private: visibility !== 'public',
    description: 'Widgets for the acme platform',
    fork: false,
    ...repositoryUrls(fullName),
    mirror_url: null,
    homepage: null,
    language: 'TypeScript',
    forks_count: 3,
    stargazers_count: 42,
    watchers_count: 42,
    size: 1024,
    default_branch: 'main',
    open_issues_count: 5,
    is_template: false,
    topics: ['ci', 'supply-chain'],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility,
    pushed_at: UPDATED,
    created_at: CREATED,
    updated_at: UPDATED,
    permissions: { admin: true, maintain: true, push: true, triage: true, pull: true },
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_auto_merge: false,
    delete_branch_on_merge: true,
    allow_merge_commit: false,
    allow_forking: false,
    web_commit_signoff_required: false,
    license: { key: 'apache-2.0', name: 'Apache License 2.0', spdx_id: 'Apache-2.0', url: `${API}/licenses/apache-2.0`, node_id: 'MDc6TGljZW5zZTI=' },
    forks: 3,
    open_issues: 5,
    watchers: 42
  } as Repository
}

/**
 * GET /repos/{owner}/{repo} (`full-repository`): owned by the organization `acme`, public, default branch
 * `main`, with `security_and_analysis` (present when the token can administer the repository).
 */
export function repository(overrides: Overrides<FullRepository> = {}): FullRepository {
  const owner = overrides.owner ? simpleUser({ ...orgOwner(), ...(overrides.owner as Overrides<SimpleUser>) }) : orgOwner()
  const name = overrides.name ?? 'widgets'
  const visibility = overrides.visibility ?? 'public'
  const base = repositoryBase(owner, name, overrides.id ?? 702345911, visibility)
  const full: FullRepository = {
    ...base,
    organization: owner,
    network_count: 3,
    subscribers_count: 7,
    squash_merge_commit_title: 'PR_TITLE',
    squash_merge_commit_message: 'PR_BODY',
    merge_commit_title: 'PR_TITLE',
    merge_commit_message: 'PR_BODY',
    allow_update_branch: true,
    use_squash_pr_title_as_default: true,
    temp_clone_token: null,
    security_and_analysis: {
      advanced_security: { status: 'enabled' },
      code_security: { status: 'enabled' },
      dependabot_security_updates: { status: 'enabled' },
      secret_scanning: { status: 'enabled' },
      secret_scanning_push_protection: { status: 'enabled' },
      secret_scanning_non_provider_patterns: { status: 'disabled' },
      secret_scanning_ai_detection: { status: 'disabled' }
    },
    custom_properties: {}
  } as FullRepository
  const { owner: _owner, ...rest } = overrides
  return merge<FullRepository>(full, rest as Overrides<FullRepository>)
}

/** GET /orgs/{org} (`organization-full`) as seen by an organization owner. */
export function organization(overrides: Overrides<OrganizationFull> = {}): OrganizationFull {
  const login = overrides.login ?? 'acme'
  const id = overrides.id ?? 9919
  const url = `${API}/orgs/${login}`
  return merge<OrganizationFull>(
    {
      login,
      id,
      node_id: nodeId('012:Organization', id),
      url,
      repos_url: `${url}/repos`,
      events_url: `${url}/events`,
      hooks_url: `${url}/hooks`,
      issues_url: `${url}/issues`,
      members_url: `${url}/members{/member}`,
      public_members_url: `${url}/public_members{/member}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
      description: 'Acme Corporation',
      name: 'Acme',
      company: 'Acme Corporation',
      blog: 'https://acme.example',
      location: 'Earth',
      email: 'security@acme.example',
      twitter_username: null,
      is_verified: true,
      has_organization_projects: true,
      has_repository_projects: true,
      public_repos: 12,
      public_gists: 0,
      followers: 100,
      following: 0,
      html_url: `${WEB}/${login}`,
      created_at: CREATED,
      updated_at: UPDATED,
      archived_at: null,
      type: 'Organization',
      total_private_repos: 30,
      owned_private_repos: 30,
      private_gists: 0,
      disk_usage: 100000,
      collaborators: 4,
      billing_email: 'billing@acme.example',
      plan: { name: 'enterprise', space: 976562499, private_repos: 999999, filled_seats: 40, seats: 50 },
      default_repository_permission: 'read',
      default_repository_branch: 'main',
      members_can_create_repositories: false,
      two_factor_requirement_enabled: true,
      members_allowed_repository_creation_type: 'none',
      members_can_create_public_repositories: false,
      members_can_create_private_repositories: false,
      members_can_create_internal_repositories: false,
      members_can_create_pages: false,
      members_can_create_public_pages: false,
      members_can_create_private_pages: false,
      members_can_delete_repositories: false,
      members_can_change_repo_visibility: false,
      members_can_invite_outside_collaborators: false,
      members_can_delete_issues: false,
      members_can_fork_private_repositories: false,
      web_commit_signoff_required: false,
      deploy_keys_enabled_for_repositories: false
    } as OrganizationFull,
    overrides
  )
}

/** Parameters GitHub always sends for rule types that have required parameters. */
const RULE_PARAMETERS: Record<string, Record<string, unknown>> = {
  pull_request: {
    allowed_merge_methods: ['merge', 'squash', 'rebase'],
    dismiss_stale_reviews_on_push: true,
    require_code_owner_review: true,
    require_last_push_approval: true,
    required_approving_review_count: 1,
    required_review_thread_resolution: false
  },
  required_status_checks: { strict_required_status_checks_policy: true, do_not_enforce_on_create: false, required_status_checks: [{ context: 'ci / test' }] },
  required_deployments: { required_deployment_environments: ['staging'] },
  update: { update_allows_fetch_and_merge: false },
  merge_queue: {
    check_response_timeout_minutes: 60,
    grouping_strategy: 'ALLGREEN',
    max_entries_to_build: 5,
    max_entries_to_merge: 5,
    merge_method: 'SQUASH',
    min_entries_to_merge: 1,
    min_entries_to_merge_wait_minutes: 5
  },
  workflows: { do_not_enforce_on_create: false, workflows: [{ path: '.github/workflows/required.yml', repository_id: 702345911, ref: 'refs/heads/main' }] },
  code_scanning: { code_scanning_tools: [{ tool: 'CodeQL', alerts_threshold: 'errors', security_alerts_threshold: 'high_or_higher' }] },
  commit_message_pattern: { operator: 'regex', pattern: '.+', negate: false, name: '' },
  commit_author_email_pattern: { operator: 'ends_with', pattern: '@acme.example', negate: false, name: '' },
  committer_email_pattern: { operator: 'ends_with', pattern: '@acme.example', negate: false, name: '' },
  branch_name_pattern: { operator: 'regex', pattern: '.+', negate: false, name: '' },
  tag_name_pattern: { operator: 'regex', pattern: '.+', negate: false, name: '' },
  file_path_restriction: { restricted_file_paths: ['.github/workflows/**'] },
  max_file_path_length: { max_file_path_length: 255 },
  file_extension_restriction: { restricted_file_extensions: ['.exe'] },
  max_file_size: { max_file_size: 100 },
  copilot_code_review: { review_on_push: false, review_draft_pull_requests: false }
}

export interface RuleInput {
  /** 'pull_request', 'required_status_checks', 'non_fast_forward', 'deletion', 'required_signatures'... */
  type: string
  /** Merged over the defaults for the type (see RULE_PARAMETERS); omit for parameterless rules. */
  parameters?: Record<string, unknown>
}

export interface DetailedRuleInput extends RuleInput {
  ruleset_source_type?: 'Repository' | 'Organization'
  ruleset_source?: string
  ruleset_id?: number
}

/** One `repository-rule` (as inside a ruleset), with default parameters for its type. */
export function rule(input: RuleInput | string): RepositoryRule {
  const { type, parameters } = typeof input === 'string' ? { type: input, parameters: undefined } : input
  const defaults = RULE_PARAMETERS[type]
  const result: Record<string, unknown> = { type }
  if (defaults || parameters) result.parameters = merge(defaults ?? {}, parameters ?? {})
  return result as RepositoryRule
}

/**
 * GET /repos/{owner}/{repo}/rules/branches/{branch}: every active rule that applies to the branch, each
 * with the ruleset it comes from (default: repository ruleset 1 of acme/widgets).
 */
export function branchRules(rules: Array<DetailedRuleInput | string> = []): RepositoryRuleDetailed[] {
  return rules.map((input) => {
    const detail = typeof input === 'string' ? { type: input } : input
    return {
      ...rule(detail),
      ruleset_source_type: detail.ruleset_source_type ?? 'Repository',
      ruleset_source: detail.ruleset_source ?? 'acme/widgets',
      ruleset_id: detail.ruleset_id ?? 1
    } as RepositoryRuleDetailed
  })
}

/** GET /repos/{owner}/{repo}/branches/{branch}/protection (classic branch protection), a well-protected `main`. */
export function branchProtection(overrides: Overrides<BranchProtection> & { repo?: string; branch?: string } = {}): BranchProtection {
  const { repo = 'acme/widgets', branch = 'main', ...rest } = overrides
  const url = `${API}/repos/${repo}/branches/${branch}/protection`
  return merge<BranchProtection>(
    {
      url,
      required_status_checks: {
        url: `${url}/required_status_checks`,
        strict: true,
        contexts: ['ci / test'],
        contexts_url: `${url}/required_status_checks/contexts`,
        checks: [{ context: 'ci / test', app_id: 15368 }]
      },
      required_pull_request_reviews: {
        url: `${url}/required_pull_request_reviews`,
        dismiss_stale_reviews: true,
        require_code_owner_reviews: true,
        required_approving_review_count: 1,
        require_last_push_approval: true
      },
      required_signatures: { url: `${url}/required_signatures`, enabled: false },
      enforce_admins: { url: `${url}/enforce_admins`, enabled: true },
      required_linear_history: { enabled: true },
      allow_force_pushes: { enabled: false },
      allow_deletions: { enabled: false },
      block_creations: { enabled: false },
      required_conversation_resolution: { enabled: true },
      lock_branch: { enabled: false },
      allow_fork_syncing: { enabled: false }
    },
    rest as Overrides<BranchProtection>
  )
}

/** GET /repos/{owner}/{repo}/commits/{ref} (`commit`). */
export function commit(overrides: Overrides<Commit> & { repo?: string } = {}): Commit {
  const { repo = 'acme/widgets', ...rest } = overrides
  const sha = rest.sha ?? SHA
  const url = `${API}/repos/${repo}/commits/${sha}`
  const author = simpleUser()
  return merge<Commit>(
    {
      url,
      sha,
      node_id: nodeId('06:Commit', 1),
      html_url: `${WEB}/${repo}/commit/${sha}`,
      comments_url: `${url}/comments`,
      commit: {
        url: `${API}/repos/${repo}/git/commits/${sha}`,
        author: { name: 'Mona', email: 'mona@acme.example', date: CREATED },
        committer: { name: 'GitHub', email: 'noreply@github.com', date: CREATED },
        message: 'Release v1.2.3',
        comment_count: 0,
        tree: { sha: TREE_SHA, url: `${API}/repos/${repo}/git/trees/${TREE_SHA}` },
        verification: { verified: true, reason: 'valid', signature: null, payload: null, verified_at: CREATED }
      },
      author,
      committer: author,
      parents: [{ sha: TAG_SHA, url: `${API}/repos/${repo}/commits/${TAG_SHA}`, html_url: `${WEB}/${repo}/commit/${TAG_SHA}` }],
      stats: { additions: 10, deletions: 2, total: 12 },
      files: []
    },
    rest as Overrides<Commit>
  )
}

/** GET /repos/{owner}/{repo}/branches/{branch} (`branch-with-protection`). */
export function branchWithProtection(overrides: Overrides<BranchWithProtection> & { repo?: string } = {}): BranchWithProtection {
  const { repo = 'acme/widgets', ...rest } = overrides
  const name = rest.name ?? 'main'
  return merge<BranchWithProtection>(
    {
      name,
      commit: commit({ repo }),
      _links: { html: `${WEB}/${repo}/tree/${name}`, self: `${API}/repos/${repo}/branches/${name}` },
      protected: true,
      protection: {
        enabled: true,
        required_status_checks: { enforcement_level: 'non_admins', contexts: ['ci / test'], checks: [{ context: 'ci / test', app_id: 15368 }] }
      },
      protection_url: `${API}/repos/${repo}/branches/${name}/protection`
    },
    rest as Overrides<BranchWithProtection>
  )
}

/** GET /repos/{owner}/{repo}/rulesets/{ruleset_id} (`repository-ruleset`): active, on the default branch. */
export function ruleset(overrides: Overrides<Omit<RepositoryRuleset, 'rules'>> & { rules?: Array<RuleInput | string>; repo?: string } = {}): RepositoryRuleset {
  const { repo = 'acme/widgets', rules = ['deletion', 'non_fast_forward', 'pull_request'], ...rest } = overrides
  const id = rest.id ?? 1
  return merge<RepositoryRuleset>(
    {
      id,
      name: 'main protection',
      target: 'branch',
      source_type: 'Repository',
      source: repo,
      enforcement: 'active',
      bypass_actors: [{ actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'pull_request' }],
      current_user_can_bypass: 'never',
      node_id: nodeId('RRS_', id),
      _links: { self: { href: `${API}/repos/${repo}/rulesets/${id}` }, html: { href: `${WEB}/${repo}/rules/${id}` } },
      conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
      rules: rules.map((input) => rule(input)),
      created_at: CREATED,
      updated_at: UPDATED
    } as RepositoryRuleset,
    rest as Overrides<RepositoryRuleset>
  )
}

/** GET /repos/{owner}/{repo}/git/trees/{tree_sha} (`git-tree`); entries are blobs unless given. */
export function gitTree(
  entries: Array<{ path: string; type?: 'blob' | 'tree' | 'commit'; mode?: string; sha?: string; size?: number }> = [{ path: 'action.yml' }],
  overrides: Overrides<GitTree> & { repo?: string } = {}
): GitTree {
  const { repo = 'acme/widgets', ...rest } = overrides
  const sha = rest.sha ?? TREE_SHA
  return merge<GitTree>(
    {
      sha,
      url: `${API}/repos/${repo}/git/trees/${sha}`,
      truncated: false,
      tree: entries.map((entry, index) => {
        const type = entry.type ?? 'blob'
        const entrySha = entry.sha ?? index.toString(16).padStart(2, '0') + SHA.slice(2)
        return {
          path: entry.path,
          mode: entry.mode ?? (type === 'tree' ? '040000' : type === 'commit' ? '160000' : '100644'),
          type,
          sha: entrySha,
          ...(type === 'blob' ? { size: entry.size ?? 120 } : {}),
          ...(type === 'commit' ? {} : { url: `${API}/repos/${repo}/git/${type === 'tree' ? 'trees' : 'blobs'}/${entrySha}` })
        }
      })
    },
    rest as Overrides<GitTree>
  )
}

/** GET /repos/{owner}/{repo}/git/ref/{ref} (`git-ref`); `ref` like 'tags/v1' or 'heads/main'. */
export function gitRef(ref = 'tags/v1.2.3', overrides: Overrides<GitRef> & { repo?: string; objectType?: 'commit' | 'tag' } = {}): GitRef {
  const { repo = 'acme/widgets', objectType = ref.startsWith('tags/') ? 'tag' : 'commit', ...rest } = overrides
  const full = ref.startsWith('refs/') ? ref : `refs/${ref}`
  const sha = rest.object?.sha ?? (objectType === 'tag' ? TAG_SHA : SHA)
  return merge<GitRef>(
    {
      ref: full,
      node_id: nodeId('03:Ref', 1),
      url: `${API}/repos/${repo}/git/${full}`,
      object: { type: objectType, sha, url: `${API}/repos/${repo}/git/${objectType === 'tag' ? 'tags' : 'commits'}/${sha}` }
    },
    rest as Overrides<GitRef>
  )
}

/** GET /repos/{owner}/{repo}/git/tags/{tag_sha} (`git-tag`): an annotated tag pointing at a commit. */
export function gitTag(overrides: Overrides<GitTag> & { repo?: string } = {}): GitTag {
  const { repo = 'acme/widgets', ...rest } = overrides
  const sha = rest.sha ?? TAG_SHA
  const target = rest.object?.sha ?? SHA
  return merge<GitTag>(
    {
      node_id: nodeId('03:Tag', 1),
      tag: 'v1.2.3',
      sha,
      url: `${API}/repos/${repo}/git/tags/${sha}`,
      message: 'v1.2.3',
      tagger: { name: 'Mona', email: 'mona@acme.example', date: CREATED },
      object: { type: 'commit', sha: target, url: `${API}/repos/${repo}/git/commits/${target}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null }
    },
    rest as Overrides<GitTag>
  )
}

/** One item of GET /repos/{owner}/{repo}/tags (`tag`). */
export function tag(name = 'v1.2.3', overrides: Overrides<Tag> & { repo?: string } = {}): Tag {
  const { repo = 'acme/widgets', ...rest } = overrides
  const sha = rest.commit?.sha ?? SHA
  return merge<Tag>(
    {
      name,
      commit: { sha, url: `${API}/repos/${repo}/commits/${sha}` },
      zipball_url: `${API}/repos/${repo}/zipball/refs/tags/${name}`,
      tarball_url: `${API}/repos/${repo}/tarball/refs/tags/${name}`,
      node_id: nodeId('03:Ref', 2)
    },
    rest as Overrides<Tag>
  )
}

/** GET /repos/{owner}/{repo}/actions/permissions/workflow: read-only GITHUB_TOKEN, cannot approve PRs. */
export function workflowPermissions(overrides: Overrides<WorkflowPermissions> = {}): WorkflowPermissions {
  return merge<WorkflowPermissions>({ default_workflow_permissions: 'read', can_approve_pull_request_reviews: false }, overrides)
}

/** GET /repos/{owner}/{repo}/actions/permissions. */
export function actionsPermissions(overrides: Overrides<ActionsPermissions> & { repo?: string } = {}): ActionsPermissions {
  const { repo = 'acme/widgets', ...rest } = overrides
  return merge<ActionsPermissions>(
    {
      enabled: true,
      allowed_actions: 'selected',
      selected_actions_url: `${API}/repos/${repo}/actions/permissions/selected-actions`,
      sha_pinning_required: false
    },
    rest as Overrides<ActionsPermissions>
  )
}

/** GET /repos/{owner}/{repo}/environments/{environment_name}: with a required reviewer and protected branches. */
export function environment(overrides: Overrides<Environment> & { repo?: string } = {}): Environment {
  const { repo = 'acme/widgets', ...rest } = overrides
  const name = rest.name ?? 'production'
  const id = rest.id ?? 161088068
  return merge<Environment>(
    {
      id,
      node_id: nodeId('011:Environment', id),
      name,
      url: `${API}/repos/${repo}/environments/${encodeURIComponent(name)}`,
      html_url: `${WEB}/${repo}/deployments/activity_log?environments_filter=${encodeURIComponent(name)}`,
      created_at: CREATED,
      updated_at: UPDATED,
      protection_rules: [
        { id: 3736, node_id: nodeId('018:Gate', 3736), type: 'wait_timer', wait_timer: 30 },
        {
          id: 3755,
          node_id: nodeId('018:Gate', 3755),
          prevent_self_review: true,
          type: 'required_reviewers',
          reviewers: [{ type: 'User', reviewer: simpleUser() }]
        },
        { id: 3756, node_id: nodeId('018:Gate', 3756), type: 'branch_policy' }
      ],
      deployment_branch_policy: { protected_branches: true, custom_branch_policies: false }
    } as Environment,
    rest as Overrides<Environment>
  )
}

/** One item of GET /repos/{owner}/{repo}/keys (`deploy-key`): read-only by default. */
export function deployKey(overrides: Overrides<DeployKey> & { repo?: string } = {}): DeployKey {
  const { repo = 'acme/widgets', ...rest } = overrides
  const id = rest.id ?? 1
  return merge<DeployKey>(
    {
      id,
      key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly0000000000000000000000',
      url: `${API}/repos/${repo}/keys/${id}`,
      title: 'deploy',
      verified: true,
      created_at: CREATED,
      read_only: true,
      added_by: 'mona',
      last_used: UPDATED,
      enabled: true
    },
    rest as Overrides<DeployKey>
  )
}

/** One item of GET /repos/{owner}/{repo}/collaborators (`collaborator`). */
export function collaborator(overrides: Overrides<Collaborator> = {}): Collaborator {
  const role = overrides.role_name ?? 'write'
  const admin = role === 'admin'
  const user = simpleUser({ login: overrides.login ?? 'hubot', id: overrides.id ?? 3245 })
  return merge<Collaborator>(
    {
      ...user,
      email: null,
      name: null,
      permissions: { pull: true, triage: true, push: role !== 'read' && role !== 'triage', maintain: admin || role === 'maintain', admin },
      role_name: role
    } as Collaborator,
    overrides
  )
}

/** One item of GET /repos/{owner}/{repo}/dependabot/alerts: an open high-severity npm alert. */
export function dependabotAlert(overrides: Overrides<DependabotAlert> & { repo?: string } = {}): DependabotAlert {
  const { repo = 'acme/widgets', ...rest } = overrides
  const number = rest.number ?? 1
  const pkg = { ecosystem: 'npm', name: 'left-pad' }
  const vulnerability = { package: pkg, severity: 'high' as const, vulnerable_version_range: '< 1.3.1', first_patched_version: { identifier: '1.3.1' } }
  return merge<DependabotAlert>(
    {
      number,
      state: 'open',
      dependency: { package: pkg, manifest_path: 'package-lock.json', scope: 'runtime', relationship: 'transitive' },
      security_advisory: {
        ghsa_id: 'GHSA-xxxx-yyyy-zzzz',
        cve_id: 'CVE-2099-0001',
        summary: 'Prototype pollution in left-pad (test fixture)',
        description: 'A made-up advisory for tests.',
        vulnerabilities: [vulnerability],
        severity: 'high',
        cvss: { score: 7.5, vector_string: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
        cwes: [{ cwe_id: 'CWE-1321', name: 'Prototype Pollution' }],
        identifiers: [
          { type: 'GHSA', value: 'GHSA-xxxx-yyyy-zzzz' },
          { type: 'CVE', value: 'CVE-2099-0001' }
        ],
        references: [{ url: 'https://github.com/advisories/GHSA-xxxx-yyyy-zzzz' }],
        published_at: CREATED,
        updated_at: UPDATED,
        withdrawn_at: null
      },
      security_vulnerability: vulnerability,
      url: `${API}/repos/${repo}/dependabot/alerts/${number}`,
      html_url: `${WEB}/${repo}/security/dependabot/${number}`,
      created_at: CREATED,
      updated_at: UPDATED,
      dismissed_at: null,
      dismissed_by: null,
      dismissed_reason: null,
      dismissed_comment: null,
      fixed_at: null,
      auto_dismissed_at: null
    } as DependabotAlert,
    rest as Overrides<DependabotAlert>
  )
}

/** One item of GET /repos/{owner}/{repo}/code-scanning/alerts: an open CodeQL error. */
export function codeScanningAlert(overrides: Overrides<CodeScanningAlert> & { repo?: string } = {}): CodeScanningAlert {
  const { repo = 'acme/widgets', ...rest } = overrides
  const number = rest.number ?? 1
  return merge<CodeScanningAlert>(
    {
      number,
      created_at: CREATED,
      updated_at: UPDATED,
      url: `${API}/repos/${repo}/code-scanning/alerts/${number}`,
      html_url: `${WEB}/${repo}/security/code-scanning/${number}`,
      instances_url: `${API}/repos/${repo}/code-scanning/alerts/${number}/instances`,
      state: 'open',
      fixed_at: null,
      dismissed_by: null,
      dismissed_at: null,
      dismissed_reason: null,
      dismissed_comment: null,
      rule: {
        id: 'js/code-injection',
        severity: 'error',
        security_severity_level: 'high',
        description: 'Code injection',
        name: 'js/code-injection',
        tags: ['security', 'external/cwe/cwe-094']
      },
      tool: { name: 'CodeQL', guid: null, version: '2.20.0' },
      most_recent_instance: {
        ref: 'refs/heads/main',
        analysis_key: '.github/workflows/codeql.yml:analyze',
        environment: '{"language":"javascript"}',
        category: '/language:javascript',
        state: 'open',
        commit_sha: SHA,
        message: { text: 'This code depends on a user-provided value.' },
        location: { path: 'src/index.ts', start_line: 10, end_line: 10, start_column: 5, end_column: 20 },
        classifications: []
      }
    } as CodeScanningAlert,
    rest as Overrides<CodeScanningAlert>
  )
}

/** One item of GET /repos/{owner}/{repo}/secret-scanning/alerts: an open, active token. */
export function secretScanningAlert(overrides: Overrides<SecretScanningAlert> & { repo?: string } = {}): SecretScanningAlert {
  const { repo = 'acme/widgets', ...rest } = overrides
  const number = rest.number ?? 1
  return merge<SecretScanningAlert>(
    {
      number,
      created_at: CREATED,
      updated_at: UPDATED,
      url: `${API}/repos/${repo}/secret-scanning/alerts/${number}`,
      html_url: `${WEB}/${repo}/security/secret-scanning/${number}`,
      locations_url: `${API}/repos/${repo}/secret-scanning/alerts/${number}/locations`,
      state: 'open',
      resolution: null,
      resolved_at: null,
      resolved_by: null,
      resolution_comment: null,
      secret_type: 'github_personal_access_token',
      secret_type_display_name: 'GitHub Personal Access Token',
      provider: 'GitHub',
      provider_slug: 'github',
      secret: 'ghp_fakeTokenForTests000000000000000000',
      push_protection_bypassed: false,
      push_protection_bypassed_by: null,
      push_protection_bypassed_at: null,
      validity: 'active',
      publicly_leaked: false,
      multi_repo: false,
      is_base64_encoded: false,
      has_more_locations: false
    } as SecretScanningAlert,
    rest as Overrides<SecretScanningAlert>
  )
}

/** GET /repos/{owner}/{repo}/pulls/{pull_number} (`pull-request`): an open PR from a branch of the same repository. */
export function pullRequest(overrides: Overrides<PullRequest> & { repo?: string } = {}): PullRequest {
  const { repo = 'acme/widgets', ...rest } = overrides
  const number = rest.number ?? 1347
  const id = rest.id ?? 1000 + number
  const [ownerLogin = 'acme', name = 'widgets'] = repo.split('/')
  const owner = orgOwner(ownerLogin)
  const user = simpleUser()
  const repoShort = repositoryBase(owner, name, 702345911, 'public')
  const url = `${API}/repos/${repo}/pulls/${number}`
  const issue = `${API}/repos/${repo}/issues/${number}`
  const link = (href: string): { href: string } => ({ href })
  return merge<PullRequest>(
    {
      url,
      id,
      node_id: nodeId('011:PullRequest', id),
      html_url: `${WEB}/${repo}/pull/${number}`,
      diff_url: `${WEB}/${repo}/pull/${number}.diff`,
      patch_url: `${WEB}/${repo}/pull/${number}.patch`,
      issue_url: issue,
      commits_url: `${url}/commits`,
      review_comments_url: `${url}/comments`,
      review_comment_url: `${API}/repos/${repo}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${API}/repos/${repo}/statuses/${SHA}`,
      number,
      state: 'open',
      locked: false,
      title: 'Bump dependencies',
      user,
      body: 'Updates the lockfile.',
      labels: [],
      milestone: null,
      active_lock_reason: null,
      created_at: CREATED,
      updated_at: UPDATED,
      closed_at: null,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${ownerLogin}:feature`, ref: 'feature', repo: repoShort, sha: SHA, user: owner },
      base: { label: `${ownerLogin}:main`, ref: 'main', repo: repoShort, sha: TAG_SHA, user: owner },
      _links: {
        self: link(url),
        html: link(`${WEB}/${repo}/pull/${number}`),
        issue: link(issue),
        comments: link(`${issue}/comments`),
        review_comments: link(`${url}/comments`),
        review_comment: link(`${API}/repos/${repo}/pulls/comments{/number}`),
        commits: link(`${url}/commits`),
        statuses: link(`${API}/repos/${repo}/statuses/${SHA}`)
      },
      author_association: 'MEMBER',
      auto_merge: null,
      draft: false,
      merged: false,
      mergeable: true,
      rebaseable: true,
      mergeable_state: 'clean',
      merged_by: null,
      comments: 0,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: 1,
      additions: 10,
      deletions: 2,
      changed_files: 1
    } as PullRequest,
    rest as Overrides<PullRequest>
  )
}

/** One item of GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews: an approval. */
export function review(overrides: Overrides<Review> & { repo?: string; pullNumber?: number } = {}): Review {
  const { repo = 'acme/widgets', pullNumber = 1347, ...rest } = overrides
  const id = rest.id ?? 80
  return merge<Review>(
    {
      id,
      node_id: nodeId('017:PullRequestReview', id),
      user: simpleUser({ login: 'hubot', id: 3245 }),
      body: 'Looks good.',
      state: 'APPROVED',
      html_url: `${WEB}/${repo}/pull/${pullNumber}#pullrequestreview-${id}`,
      pull_request_url: `${API}/repos/${repo}/pulls/${pullNumber}`,
      _links: {
        html: { href: `${WEB}/${repo}/pull/${pullNumber}#pullrequestreview-${id}` },
        pull_request: { href: `${API}/repos/${repo}/pulls/${pullNumber}` }
      },
      submitted_at: UPDATED,
      commit_id: SHA,
      author_association: 'MEMBER'
    },
    rest as Overrides<Review>
  )
}

/**
 * GET /repos/{owner}/{repo}/contents/{path} for a file (`content-file`), `content` base64-encoded the way
 * GitHub sends it (wrapped at 60 characters).
 */
export function contentFile(
  path = '.github/workflows/ci.yml',
  text = 'name: ci\non: push\n',
  overrides: Overrides<ContentFile> & { repo?: string; ref?: string } = {}
): ContentFile {
  const { repo = 'acme/widgets', ref = 'main', ...rest } = overrides
  const encoded = Buffer.from(text, 'utf8')
    .toString('base64')
    .replace(/(.{60})/g, '$1\n')
  const sha = rest.sha ?? '3d21ec53a331a6f037a91c368710b99387d012c1'
  const self = `${API}/repos/${repo}/contents/${path}?ref=${ref}`
  const html = `${WEB}/${repo}/blob/${ref}/${path}`
  const git = `${API}/repos/${repo}/git/blobs/${sha}`
  return merge<ContentFile>(
    {
      type: 'file',
      encoding: 'base64',
      size: Buffer.byteLength(text, 'utf8'),
      name: path.split('/').pop() ?? path,
      path,
      content: encoded,
      sha,
      url: self,
      git_url: git,
      html_url: html,
      download_url: `https://raw.githubusercontent.com/${repo}/${ref}/${path}`,
      _links: { self, git, html }
    },
    rest as Overrides<ContentFile>
  )
}
