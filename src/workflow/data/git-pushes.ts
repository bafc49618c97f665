/** Actions and release tools that commit and push with the checkout's persisted credentials. */
import type { KnownAction, KnownCommand } from './known.js'

/** Actions that push with the checkout's credentials (artipacked: such a job needs them persisted). */
export const GIT_PUSHING_ACTIONS: readonly KnownAction[] = [
  { action: 'stefanzweifel/git-auto-commit-action', note: 'commits and pushes changed files' },
  { action: 'endbug/add-and-commit', note: 'commits and pushes changed files' },
  { action: 'ad-m/github-push-action', note: 'pushes the branch' },
  { action: 'changesets/action', note: 'pushes the version branch and tags' },
  { action: 'cycjimmy/semantic-release-action', note: 'pushes release commits and tags' }
]

/** Release tools that push commits or tags with the checkout's credentials. */
export const GIT_PUSHING_COMMANDS: readonly KnownCommand[] = [
  { command: /\bsemantic-release\b/, note: 'pushes tags (and release commits with plugins)', source: 'https://semantic-release.gitbook.io/semantic-release/' },
  {
    command: /\blerna\s+(?:publish|version)\b/,
    note: 'commits version bumps and pushes tags',
    source: 'https://lerna.js.org/docs/features/version-and-publish'
  }
]
