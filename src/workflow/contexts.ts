/**
 * How far an attacker controls the text of a context path. Used by template-injection, github-env and
 * taint tracking.
 *
 * - `arbitrary`: free text anyone can set (PR title and body, issue and comment bodies, branch names of
 *   forks, commit messages, `toJSON(github.event)`): shell metacharacters included.
 * - `structured`: attacker-influenced but constrained or only reachable with write access (e.g. a
 *   `repository_dispatch` payload, `workflow_dispatch` inputs, a release tag, a label name).
 * - `fixed`: numbers, SHAs, ids, logins, URLs built by GitHub, booleans: not injectable.
 * - `unknown`: not in our tables (e.g. `steps.*.outputs.*`, resolved by taint tracking instead).
 */
import { OUTSIDER_EVENTS } from './data/events.js'

export type Capability = 'arbitrary' | 'structured' | 'fixed' | 'unknown'

/** Suffixes under `github.event.` that carry attacker-written free text. `*` matches one segment. */
const ARBITRARY_EVENT_PATHS = [
  'issue.title',
  'issue.body',
  'pull_request.title',
  'pull_request.body',
  'pull_request.head.ref',
  'pull_request.head.label',
  'pull_request.head.repo.default_branch',
  'pull_request.head.repo.description',
  'pull_request.head.repo.homepage',
  'comment.body',
  'review.body',
  'review_comment.body',
  'discussion.title',
  'discussion.body',
  'pages.*.page_name',
  'pages.*.title',
  'commits.*.message',
  'commits.*.author.name',
  'commits.*.author.email',
  'commits.*.committer.name',
  'commits.*.committer.email',
  'head_commit.message',
  'head_commit.author.name',
  'head_commit.author.email',
  'head_commit.committer.name',
  'head_commit.committer.email',
  'workflow_run.head_branch',
  'workflow_run.display_title',
  'workflow_run.head_commit.message',
  'workflow_run.head_commit.author.name',
  'workflow_run.head_commit.author.email',
  'workflow_run.head_commit.committer.name',
  'workflow_run.head_commit.committer.email',
  'workflow_run.head_repository.description',
  'workflow_run.pull_requests.*.head.ref',
  'check_suite.head_branch',
  'check_run.check_suite.head_branch',
  'merge_group.head_commit.message',
  'merge_group.head_commit.author.name',
  'merge_group.head_commit.author.email',
  'changes.title.from',
  'changes.body.from',
  'issue.pull_request.title',
  'pull_request.head.repo.topics.*',
  'blocked_user.name',
  'blocked_user.email',
  'sender.name',
  'sender.email'
].map((path) => path.split('.'))

/** Attacker-influenced but narrower, or needing write access to set. */
const STRUCTURED_EVENT_PATHS = [
  'client_payload',
  'inputs',
  'release.name',
  'release.body',
  'release.tag_name',
  'label.name',
  'label.description',
  'issue.labels.*.name',
  'pull_request.labels.*.name',
  'milestone.title',
  'milestone.description',
  'ref',
  'base_ref',
  'workflow_run.name',
  'workflow_run.path',
  'deployment.payload',
  'deployment.environment',
  'deployment.description',
  'deployment_status.description',
  'deployment_status.environment',
  'project_card.note',
  'issue.assignee.name',
  'pull_request.head.repo.name'
].map((path) => path.split('.'))

/** Final segments that GitHub fills with fixed-shape values. */
const FIXED_LEAVES = new Set([
  'id',
  'node_id',
  'number',
  'sha',
  'head_sha',
  'base_sha',
  'merge_commit_sha',
  'before',
  'after',
  'html_url',
  'url',
  'api_url',
  'diff_url',
  'patch_url',
  'issue_url',
  'created_at',
  'updated_at',
  'closed_at',
  'merged_at',
  'pushed_at',
  'state',
  'draft',
  'merged',
  'locked',
  'login',
  'type',
  'site_admin',
  'author_association',
  'action',
  'private',
  'fork',
  'full_name',
  'owner',
  'run_id',
  'run_number',
  'run_attempt',
  'conclusion',
  'status',
  'event',
  'additions',
  'deletions',
  'changed_files',
  'commits',
  'comments',
  'forced',
  'created',
  'deleted',
  'visibility',
  'default_branch',
  'size',
  'installation',
  'workflow_id',
  'check_suite_id',
  'timestamp',
  'distinct',
  'mergeable',
  'rebaseable',
  'mergeable_state',
  'avatar_url',
  'gravatar_id',
  'clone_url',
  'ssh_url',
  'git_url',
  'svn_url',
  'archived',
  'disabled',
  'language',
  'forks_count',
  'stargazers_count',
  'watchers_count',
  'open_issues_count',
  'has_issues',
  'is_template',
  'user_view_type',
  'auto_merge',
  'maintainer_can_modify',
  'color',
  'default'
])

function matchesPattern(segments: string[], offset: number, pattern: string[]): boolean {
  if (segments.length - offset < pattern.length) return false
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i] !== '*' && pattern[i] !== segments[offset + i] && segments[offset + i] !== '*') return false
  }
  return true
}

/** Attacker-controlled top-level `github.*` fields. */
const ARBITRARY_GITHUB = new Set(['head_ref'])
/** Fixed-shape `github.*` fields (the rest of `github.*` other than `event`). */
const FIXED_GITHUB = new Set([
  'sha',
  'run_id',
  'run_number',
  'run_attempt',
  'job',
  'action',
  'action_path',
  'action_ref',
  'action_repository',
  'action_status',
  'actor',
  'actor_id',
  'triggering_actor',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'repositoryurl',
  'retention_days',
  'server_url',
  'api_url',
  'graphql_url',
  'workspace',
  'event_name',
  'event_path',
  'env',
  'path',
  'output',
  'ref_type',
  'ref_protected',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'job_workflow_sha',
  'secret_source',
  'token',
  'state',
  'step_summary',
  'repository_visibility',
  'base_ref',
  'ref',
  'ref_name'
])

/**
 * Capability of a lower-case context path (indices normalised to `*`), e.g. `github.event.issue.title`.
 * `github.ref` / `ref_name` are `fixed`: on pull request events they are `refs/pull/N/merge` or the base
 * branch, and pushing a branch or tag with shell syntax in its name needs write access, which can edit the
 * workflow anyway. (`contains()` checks on them are still audited by unsound-contains.)
 */
export function capabilityOf(path: string): Capability {
  const segments = path.split('.')
  const root = segments[0]
  if (root !== 'github') return 'unknown'
  if (segments.length === 1) return 'arbitrary' // toJSON(github)
  const second = segments[1]!
  if (second === 'event') {
    if (segments.length === 2) return 'arbitrary' // the whole payload
    for (const pattern of ARBITRARY_EVENT_PATHS) if (matchesPattern(segments, 2, pattern)) return 'arbitrary'
    const leaf = segments[segments.length - 1]!
    if (FIXED_LEAVES.has(leaf)) return 'fixed'
    // The base side of a pull request and the repository/org objects belong to the target repository.
    if (['repository', 'organization', 'installation', 'enterprise'].includes(segments[2]!) || (segments[2] === 'pull_request' && segments[3] === 'base'))
      return 'fixed'
    for (const pattern of STRUCTURED_EVENT_PATHS) if (matchesPattern(segments, 2, pattern)) return 'structured'
    // Whole sub-objects (`toJSON(github.event.pull_request)`) carry their free-text fields.
    if (
      [
        'pull_request',
        'issue',
        'comment',
        'review',
        'review_comment',
        'discussion',
        'head_commit',
        'commits',
        'workflow_run',
        'pages',
        'release',
        'client_payload'
      ].includes(segments[segments.length - 1]!)
    )
      return 'arbitrary'
    if (segments[segments.length - 1] === 'head') return 'arbitrary'
    return 'unknown'
  }
  if (ARBITRARY_GITHUB.has(second)) return 'arbitrary'
  if (FIXED_GITHUB.has(second)) return 'fixed'
  return 'unknown'
}

/** Contexts whose values are fixed by GitHub whatever the path below (`runner.*`, `job.status`, `strategy.*`, `secrets.*`...). */
export function isInertContext(path: string): boolean {
  const root = path.split('.')[0]
  return (
    root === 'runner' ||
    root === 'strategy' ||
    root === 'job' ||
    root === 'secrets' ||
    root === 'vars' ||
    root === 'hashfiles' ||
    path.endsWith('.outcome') ||
    path.endsWith('.conclusion') ||
    path.endsWith('.result')
  )
}

/** Events a fork (anyone without write access) can trigger (data/events.ts, with its sources). */
export const FORK_REACHABLE_EVENTS = new Set(OUTSIDER_EVENTS.map((entry) => entry.event))

/**
 * Events that run with the base repository's secrets and a token that can write, while carrying data an
 * outsider controls. `pull_request` is absent: fork PRs get a read-only token and no secrets.
 */
export const PRIVILEGED_UNTRUSTED_EVENTS = new Set(OUTSIDER_EVENTS.filter((entry) => entry.privileged).map((entry) => entry.event))

/** Which events carry a payload object: the first segment under `github.event.` → events. */
const CARRIERS: Record<string, string[]> = {
  issue: ['issues', 'issue_comment'],
  comment: ['issue_comment', 'pull_request_review_comment', 'commit_comment', 'discussion_comment'],
  pull_request: ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'],
  review: ['pull_request_review'],
  discussion: ['discussion', 'discussion_comment'],
  pages: ['gollum'],
  head_commit: ['push'],
  commits: ['push'],
  workflow_run: ['workflow_run'],
  check_suite: ['check_suite'],
  check_run: ['check_run'],
  merge_group: ['merge_group'],
  release: ['release'],
  client_payload: ['repository_dispatch'],
  label: ['label', 'issues', 'pull_request', 'pull_request_target', 'discussion'],
  changes: ['issues', 'pull_request', 'pull_request_target', 'issue_comment', 'discussion', 'discussion_comment', 'pull_request_review_comment']
}

/**
 * The events whose payload has this context path (`github.event.issue.title` → issues, issue_comment;
 * `github.head_ref` → pull request events), or null when any event may (or the path is not an event field).
 * A field the workflow's events never carry is empty: expanding it is harmless.
 */
export function eventsCarrying(path: string): Set<string> | null {
  if (path === 'github.head_ref') return new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'])
  if (!path.startsWith('github.event.')) return null
  const carriers = CARRIERS[path.split('.')[2] ?? '']
  return carriers ? new Set(carriers) : null
}
