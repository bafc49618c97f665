/** Pinning knowledge for `uses:` (unpinned-uses): reusable workflows that must be called by a tag, and GitHub's own action owners. */
import type { KnownAction } from './known.js'

export interface TagPinnedWorkflow extends KnownAction {
  /** The tag form the workflow accepts. */
  ref: RegExp
}

/**
 * Reusable workflows that must be called by a release tag (`action` is a glob): the SLSA generators check,
 * through the OIDC token's `job_workflow_ref`, that they were called at a `vX.Y.Z` tag, and fail when
 * pinned to a SHA.
 */
export const TAG_PINNED_WORKFLOWS: readonly TagPinnedWorkflow[] = [
  {
    action: 'slsa-framework/slsa-github-generator/.github/workflows/*',
    ref: /^v\d+\.\d+\.\d+$/,
    note: 'the SLSA builders verify they were called at a vX.Y.Z tag',
    source: 'https://github.com/slsa-framework/slsa-github-generator#referencing-slsa-builders-and-generators'
  }
]

/** An owner of GitHub's own actions. */
export interface KnownOwner {
  owner: string
  note: string
  source: string
}

/** GitHub's own action owners: a moved tag there is less likely (unpinned-uses grades them one step lower, as Scorecard weighs them). */
export const GITHUB_ACTION_OWNERS: readonly KnownOwner[] = [
  { owner: 'actions', note: "GitHub's official actions", source: 'https://github.com/actions' },
  { owner: 'github', note: 'actions published by GitHub (CodeQL and others)', source: 'https://github.com/github' }
]
