/** Actions whose outputs carry attacker-controlled text (file names of a pull request, comment bodies, head branches). */
import type { KnownAction } from './known.js'

export interface TaintedOutputAction extends KnownAction {
  /** Which outputs: all (`*`) or those whose name matches. */
  outputs: RegExp | '*'
  /** An input setting under which the outputs are JSON-encoded (structured, not free text), e.g. dorny/paths-filter `list-files: json`. */
  json?: { input: string; value: string }
}

/** Tainted action outputs (the taint analysis; `note` is the text's origin, shown in findings). */
export const TAINTED_OUTPUT_ACTIONS: readonly TaintedOutputAction[] = [
  { action: 'tj-actions/changed-files', outputs: '*', note: 'file names changed by the pull request' },
  { action: 'step-security/changed-files', outputs: '*', note: 'file names changed by the pull request' },
  { action: 'jitterbit/get-changed-files', outputs: '*', note: 'file names changed by the pull request' },
  { action: 'ana06/get-changed-files', outputs: '*', note: 'file names changed by the pull request' },
  { action: 'lots0logs/gh-action-get-changed-files', outputs: '*', note: 'file names changed by the pull request' },
  { action: 'trilom/file-changes-action', outputs: '*', note: 'file names changed by the pull request' },
  // `list-files: json` writes the names as a JSON array (JSON.stringify): a literal, not free text.
  { action: 'dorny/paths-filter', outputs: /_files$/, note: 'file names changed by the pull request', json: { input: 'list-files', value: 'json' } },
  { action: 'xt0rted/pull-request-comment-branch', outputs: /^head_ref$/, note: 'the pull request head branch' },
  { action: 'gotson/pull-request-comment-branch', outputs: /^head_ref$/, note: 'the pull request head branch' },
  { action: 'potiuk/get-workflow-origin', outputs: /branch|label|title/i, note: 'the triggering pull request' },
  { action: 'peter-evans/find-comment', outputs: /^comment-body$/, note: 'a comment body' },
  { action: '8bitjonny/gh-get-current-pr', outputs: /^pr_(title|body|branch)$/, note: 'the pull request title, body or branch' }
]
