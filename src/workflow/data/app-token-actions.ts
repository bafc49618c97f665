/**
 * Actions that mint a GitHub App installation token, and the inputs that narrow what the token may do.
 * Without them the token gets every permission the App's installation has, on every repository it is
 * installed on (GitHub Docs, "Generating an installation access token for a GitHub App": `permissions` and
 * `repositories` are optional and default to the installation's;
 * https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app).
 * The `github-app-token-scope` rule reads this list.
 *
 * Sources (each action's `action.yml`, reviewed 2026-12):
 * - actions/create-github-app-token: one `permission-<name>` input per permission (`permission-contents: write`);
 *   https://github.com/actions/create-github-app-token/blob/main/action.yml
 * - tibdex/github-app-token: `permissions` (a JSON object) in later versions; early versions (v1) have no
 *   such input; https://github.com/tibdex/github-app-token (README, "Inputs")
 * - peter-murray/workflow-application-token-action: `permissions` ("name:level" pairs);
 *   https://github.com/peter-murray/workflow-application-token-action/blob/main/action.yml
 */
export interface AppTokenAction {
  /** `owner/repo`, lower-case. */
  name: string
  /** Inputs that narrow the token's permissions: exact names, or a prefix ending in `-` (`permission-`). */
  permissionInputs: readonly string[]
  source: string
}

export const APP_TOKEN_ACTIONS: readonly AppTokenAction[] = [
  {
    name: 'actions/create-github-app-token',
    permissionInputs: ['permission-'],
    source: 'https://github.com/actions/create-github-app-token/blob/main/action.yml'
  },
  { name: 'tibdex/github-app-token', permissionInputs: ['permissions'], source: 'https://github.com/tibdex/github-app-token' },
  {
    name: 'peter-murray/workflow-application-token-action',
    permissionInputs: ['permissions'],
    source: 'https://github.com/peter-murray/workflow-application-token-action/blob/main/action.yml'
  },
  { name: 'getsentry/action-github-app-token', permissionInputs: [], source: 'https://github.com/getsentry/action-github-app-token/blob/main/action.yml' }
]
