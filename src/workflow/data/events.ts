/**
 * Which events an outsider (anyone without write access, e.g. from a fork) can set off, and which of those
 * run with the base repository's secrets and a token that can write. The one list every rule reads
 * (`FORK_REACHABLE_EVENTS`, `PRIVILEGED_UNTRUSTED_EVENTS` in ../contexts.ts).
 *
 * Source: GitHub Docs, "Events that trigger workflows"
 * (https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows) for who
 * can cause each event and in which repository's context it runs; "Keeping your GitHub Actions and workflows
 * secure: Preventing pwn requests" (https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/)
 * for the privileged ones. Reviewed 2026-12.
 */
export interface OutsiderEvent {
  event: string
  /** Runs with the base repository's secrets and a token that can write. */
  privileged: boolean
  why: string
}

export const OUTSIDER_EVENTS: readonly OutsiderEvent[] = [
  { event: 'pull_request', privileged: false, why: 'anyone can open a pull request from a fork; it runs with a read-only token and no secrets' },
  { event: 'pull_request_target', privileged: true, why: "a fork's pull request runs the base branch's workflow with its secrets and a write token" },
  { event: 'pull_request_review', privileged: false, why: 'anyone can review a pull request; fork pull requests get a read-only token' },
  { event: 'pull_request_review_comment', privileged: false, why: 'anyone can comment on a pull request diff; fork pull requests get a read-only token' },
  { event: 'issue_comment', privileged: true, why: 'anyone can comment on an issue or pull request; runs on the default branch with its secrets' },
  { event: 'issues', privileged: true, why: 'anyone can open or edit an issue; runs on the default branch with its secrets' },
  { event: 'discussion', privileged: true, why: 'anyone can start a discussion; runs on the default branch with its secrets' },
  { event: 'discussion_comment', privileged: true, why: 'anyone can comment on a discussion; runs on the default branch with its secrets' },
  { event: 'fork', privileged: false, why: 'anyone can fork a public repository' },
  { event: 'watch', privileged: false, why: 'anyone can star a public repository' },
  {
    event: 'workflow_run',
    privileged: true,
    why: "follows a workflow an outsider may have started (e.g. on pull_request), with the base repository's secrets"
  },
  { event: 'merge_group', privileged: false, why: "a fork's pull request reaches the merge queue once a maintainer queues it, and its code runs" }
]
