/** Generates docs/permissions.md from the accounts and code rules' metadata (kept current by a test). */
import { inBaseline, type AnyRule } from '../../src/model/rule.js'

const TOKEN = { none: 'none (checkout only)', 'github-token': 'GITHUB_TOKEN', elevated: '`admin-token`' } as const

/** Endpoints the posture facts call, which token is tried first, and what GitHub requires. */
export const ENDPOINTS: Array<[string, string, string]> = [
  ['GET /repos/{o}/{r}', 'admin-token, then GITHUB_TOKEN', 'Metadata read; `security_and_analysis` only for admins / security managers'],
  ['GET /repos/{o}/{r}/rules/branches/{branch}', 'GITHUB_TOKEN, then admin-token', 'Metadata read (any reader)'],
  ['GET /repos/{o}/{r}/branches/{branch}/protection', 'admin-token, then GITHUB_TOKEN', 'Administration read'],
  [
    'GET /repos/{o}/{r}/rulesets?includes_parents=true, /rulesets/{id}',
    'admin-token, then GITHUB_TOKEN',
    'Metadata read; `bypass_actors` only for those who may edit the ruleset'
  ],
  ['GET /repos/{o}/{r}/branches', 'GITHUB_TOKEN, then admin-token', 'Metadata read'],
  ['GET /repos/{o}/{r}/codeowners/errors', 'GITHUB_TOKEN, then admin-token', 'Metadata read'],
  ['GET /repos/{o}/{r}/private-vulnerability-reporting', 'GITHUB_TOKEN, then admin-token', 'Administration read (not on older GHES)'],
  ['GET /repos/{o}/{r}/automated-security-fixes', 'admin-token, then GITHUB_TOKEN', 'Administration read (skipped when `security_and_analysis` says disabled)'],
  ['GET /repos/{o}/{r}/dependabot/alerts', 'GITHUB_TOKEN, then admin-token', '`vulnerability-alerts: read` / Dependabot alerts read'],
  ['GET /repos/{o}/{r}/code-scanning/analyses, /code-scanning/alerts', 'GITHUB_TOKEN, then admin-token', '`security-events: read` / Code scanning alerts read'],
  [
    'GET /repos/{o}/{r}/secret-scanning/alerts',
    'admin-token, then GITHUB_TOKEN',
    'Secret scanning alerts read (fine-grained PAT or App; not the GITHUB_TOKEN)'
  ],
  ['GET /repos/{o}/{r}/collaborators?affiliation=outside', 'admin-token, then GITHUB_TOKEN', 'push access; Metadata read'],
  ['GET /repos/{o}/{r}/keys', 'admin-token, then GITHUB_TOKEN', 'Administration read'],
  ['GET /orgs/{org}', 'admin-token, then GITHUB_TOKEN', 'public; settings only for owners (`admin:org`, org Administration read)'],
  [
    'GET /orgs/{org}/members?filter=2fa_disabled, /outside_collaborators?filter=2fa_disabled',
    'admin-token, then GITHUB_TOKEN',
    'organization owner (422 otherwise); org Members read'
  ],
  ['GET /orgs/{org}/members?role=admin', 'admin-token, then GITHUB_TOKEN', 'org Members read; asked only with owner visibility'],
  ['GET /orgs/{org}/personal-access-tokens', 'admin-token, then GITHUB_TOKEN', 'GitHub App only, org Personal access tokens read'],
  ['POST /graphql `organization.samlIdentityProvider`', 'admin-token, then GITHUB_TOKEN', 'organization owner'],
  ['POST /graphql `repository.pullRequest` (with reviews and commits)', 'GITHUB_TOKEN, then admin-token', '`pull-requests: read`'],
  ['GET /repos/{o}/{r}/pulls/{n}, /reviews, /commits (only when GraphQL fails or a list passes 100)', 'GITHUB_TOKEN, then admin-token', '`pull-requests: read`']
]

export function permissionsDoc(rules: AnyRule[]): string {
  const sorted = [...rules].sort((a, b) => a.meta.area.localeCompare(b.meta.area) || a.meta.id.localeCompare(b.meta.id))
  const lines = [
    '# Permissions',
    '',
    "<!-- Generated from the rules' metadata by __tests__/posture/permissions-doc.ts; run",
    '     `UPDATE_DOCS=1 npm test -- __tests__/posture/permissions` after changing a rule. -->',
    '',
    'chaingate reads what the tokens it is given may read, and says what is missing. A rule whose data the',
    "tokens cannot see is `unknown`, with the permission to grant in the finding (from GitHub's",
    '`X-Accepted-GitHub-Permissions` header when it sends one); it never passes on data it did not see.',
    "Whether `unknown` fails the gate is the policy's `on-unknown` (default `warn`).",
    '',
    '## Two tokens',
    '',
    "- `token` (default: the workflow's `GITHUB_TOKEN`): rulesets, alerts, pull requests, CODEOWNERS. Grant",
    '  the job what the rules you enable need:',
    '',
    '  ```yaml',
    '  permissions:',
    '    contents: read',
    '    pull-requests: read',
    '    security-events: read',
    '    vulnerability-alerts: read',
    '  ```',
    '',
    '- `admin-token` (CLI: `CHAINGATE_ADMIN_TOKEN`), optional: settings only an admin, an owner or a GitHub App',
    '  can read (classic branch protection, ruleset bypass actors, security settings, deploy keys, secret',
    '  scanning alerts, organization settings). Prefer a GitHub App installation token minted in the job',
    '  (`actions/create-github-app-token`) with read-only permissions: repository Administration, Secret',
    '  scanning alerts, Dependabot alerts, Code scanning alerts; organization Administration, Members and',
    '  Personal access tokens. A fine-grained PAT with the same read permissions works for everything but the',
    "  organization's fine-grained PAT list (GitHub allows only Apps there). A classic PAT needs `repo` and",
    '  `read:org` (`admin:org` for the 2FA and base-permission settings) and must belong to an organization owner.',
    '',
    'Each request goes to the token most likely to be allowed first and falls back to the other on a',
    'permission answer (401/403/404/422), never on a rate limit or server error, so a second token costs',
    'requests only where the first one was refused.',
    '',
    '## GitHub Enterprise Server',
    '',
    'The API URL comes from `GITHUB_API_URL` (`https://HOST/api/v3`; GraphQL at `https://HOST/api/graphql`).',
    'An endpoint the instance does not have answers 404: the rule is `unknown` with cause `not-available`',
    '("not available on this GitHub Enterprise Server"), not a permission to grant.',
    '',
    '## Personal repositories',
    '',
    'Organization rules are `unknown` (cause `not-applicable`) on a repository owned by a personal account:',
    'nothing can be seen, so nothing passes. Turn the accounts rules off in the policy there.',
    '',
    '## Per rule',
    '',
    '| Rule | Area | Baseline | Token | GITHUB_TOKEN `permissions:` | Fine-grained PAT / GitHub App | Notes |',
    '|---|---|---|---|---|---|---|'
  ]
  for (const rule of sorted) {
    const access = rule.meta.access
    lines.push(
      `| [\`${rule.meta.id}\`](../src/rules/${rule.meta.area}/${rule.meta.id}.md) | ${rule.meta.area} | ${inBaseline(rule.meta) ? 'yes' : 'no'} | ${TOKEN[access.token]} | ${(access.githubToken ?? []).join(', ') || '-'} | ${(access.fineGrained ?? []).join(', ') || '-'} | ${(access.note ?? '').replace(/\|/g, '\\|')} |`
    )
  }
  lines.push('', '## Per endpoint', '', '| Endpoint | Tried with | GitHub requires |', '|---|---|---|')
  for (const [endpoint, order, needs] of ENDPOINTS) lines.push(`| \`${endpoint}\` | ${order} | ${needs} |`)
  return `${lines.join('\n')}\n`
}
