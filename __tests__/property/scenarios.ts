/**
 * Failing scenarios for the no-false-pass property test: together they make every rule of the catalogue
 * fail (or, for the one rule that cannot fail, end `unknown`). Our own fixtures:
 *
 * - `weak repository`: the fault-injection suite's weak repository (`__tests__/faults/weak-world.ts`), served
 *   by the OpenAPI-validated fake GitHub: accounts, code, Actions settings and the online action audits.
 * - `workflows`: one small workflow per workflow rule, each wrong in the way its rule's page describes,
 *   against the same fake GitHub (repository visibility, environments, action references).
 * - `bypassable`: the weak repository with a ruleset on `main` that roles and deploy keys may bypass, and
 *   Dependabot alerts switched off.
 * - `dependencies`: a requirements file with an extra index and a range, a Composer lockfile with a copyleft
 *   licence, and an npm lockfile that is not read (the reader is not there yet; should it land, the file
 *   does not parse).
 * - `expired waiver`: a policy whose only waiver expired.
 *
 * And focused ones, where a rule fails only through a fact it `uses` (its other findings would otherwise
 * keep it failing whatever that fact is, and the pair would test little):
 * - `classic protection`: no rulesets; classic protection on `main` that exempts administrators.
 * - `private repository`: fork pull requests of a private repository get a write token; the approval
 *   policy itself is strict enough.
 * - `environment only`: a publishing job whose environment does not exist.
 * - `symlinked workflow`: the only workflow is a symbolic link to a file outside the repository.
 */
import os from 'node:os'
import path from 'node:path'
import { allRules } from '../../src/rules/index.js'
import type { EventContext } from '../../src/facts/context.js'
import { fixtures, forbidden, type FakeHandler, type FakeRequest, type FakeResponse } from '../../test/support/fake-github/index.js'
import { advisoriesGraphqlRoute, advisoriesRoute, globalAdvisoryFromOsv } from '../../test/support/fake-github/advisories.js'
import { PR_NUMBER, WEAK_FILES, weakRoutes } from '../faults/weak-world.js'
import { sha } from '../rules/build-online/fake-actions-world.js'

export interface Scenario {
  name: string
  files: Record<string, string>
  /** The policy file (`.github/chaingate.yml`). */
  policy: string
  /** The fake GitHub's routes; none: an offline run (no token, no repository). */
  routes?: () => Record<string, FakeHandler>
  event?: EventContext
  /** Symbolic links to create: path in the workspace → target outside it. */
  links?: Record<string, string>
}

/** Every rule on, at its strictest; `extra` replaces a rule's line. */
function everyRule(extra: Record<string, string> = {}): string {
  return `extends: strict\nrules:\n${allRules.map((rule) => extra[rule.meta.id] ?? `  ${rule.meta.id}: true\n`).join('')}`
}

const PR_EVENT: EventContext = {
  name: 'pull_request',
  payload: { number: PR_NUMBER, pull_request: { number: PR_NUMBER, head: { sha: 'c0ffee0000000000000000000000000000000042' }, user: { login: 'mona' } } }
}

const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2'

/** One workflow per build rule that reads workflows (the file name says which); each fails that rule. */
const WORKFLOWS: Record<string, string> = {
  'artipacked.yml': `on: push
permissions: {}
jobs:
  site:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
      - run: make site
      - uses: actions/upload-artifact@v4
        with: { name: site, path: . }
`,
  'archived-action.yml': `on: push
permissions: {}
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/retired@${sha('retired@v2.0.0')} # v2.0.0
`,
  'bot-conditions.yml': `on: pull_request_target
permissions: {}
jobs:
  automerge:
    if: github.actor == 'dependabot[bot]'
    runs-on: ubuntu-latest
    steps:
      - run: gh pr merge --auto "$PR_URL"
`,
  'cache-poisoning.yml': `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@v4
        with:
          cache: npm
      - run: npm ci && npm run build
  publish:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: npm publish --provenance
`,
  'dangerous-triggers.yml': `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  label:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/labeler@v5
`,
  'debug-logging.yml': `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        env:
          ACTIONS_RUNNER_DEBUG: "true"
`,
  'download-execute.yml': `on: push
permissions: {}
jobs:
  tools:
    runs-on: ubuntu-latest
    steps:
      - run: curl -fsSL https://get.example.com/install.sh | sudo bash
`,
  'excessive-permissions.yml': `on: push
permissions:
  contents: write
  pull-requests: write
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm ci && npm test
`,
  'github-env.yml': `on: pull_request_target
permissions:
  contents: read
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - env:
          TITLE: \${{ github.event.pull_request.title }}
        run: echo "PR_TITLE=$TITLE" >> "$GITHUB_ENV"
`,
  'hardcoded-container-credentials.yml': `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    container:
      image: registry.example.com/ci/node@sha256:${'1'.repeat(64)}
      credentials:
        username: ci
        password: hunter2
    steps:
      - run: npm test
`,
  'insecure-commands.yml': `on: push
permissions: {}
env:
  ACTIONS_ALLOW_UNSECURE_COMMANDS: true
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - run: npm test
`,
  'invalid-workflow.yml': `on: push
jobs:
  test:
    runs-on: [ubuntu-latest
`,
  'overprovisioned-secrets.yml': `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      ALL: \${{ toJSON(secrets) }}
    steps:
      - run: ./deploy
`,
  'unredacted-secrets.yml': `on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
        env:
          API_TOKEN: \${{ fromJSON(secrets.DEPLOY_CONFIG).token }}
`,
  'prompt-injection.yml': `on:
  issues:
    types: [opened]
permissions:
  issues: write
jobs:
  triage:
    runs-on: ubuntu-latest
    steps:
      - uses: anthropics/claude-code-action@v1
        with:
          anthropic_api_key: \${{ secrets.ANTHROPIC_API_KEY }}
          prompt: |
            Triage this issue: \${{ github.event.issue.title }}
`,
  'pwn-request.yml': `on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm test
        env:
          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}
`,
  'release-environment-protection.yml': `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
  publish-pypi:
    runs-on: ubuntu-latest
    environment: release
    steps:
      - run: twine upload dist/*
        env:
          TWINE_PASSWORD: \${{ secrets.PYPI_TOKEN }}
`,
  'github-app-token-scope.yml': `on: push
permissions: {}
jobs:
  bump:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/create-github-app-token@d72941d797fd3113feb6b93fd0dec494b13a2547 # v1.12.0
        with:
          app-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.APP_KEY }}
`,
  'typosquatted-action.yml': `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actons/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
`,
  'floating-tool-version.yml': `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020 # v4.4.0
        with:
          node-version: latest
`,
  'secrets-inherit.yml': `on: push
permissions: {}
jobs:
  release:
    uses: acme/workflows/.github/workflows/release.yml@0123456789abcdef0123456789abcdef01234567
    secrets: inherit
`,
  'self-hosted-runner.yml': `on: pull_request
permissions: {}
jobs:
  build:
    runs-on: [self-hosted, linux, x64]
    steps:
      - run: make
`,
  'template-injection.yml': `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  greet:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo "PR: \${{ github.event.pull_request.title }}"
`,
  'unpinned-images.yml': `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    container: node:22-bookworm
    services:
      db:
        image: postgres
    steps:
      - run: npm test
`,
  'unpinned-uses.yml': `on: push
permissions: {}
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: acme/deploy@main
`,
  'unsound-condition.yml': `on: push
permissions: {}
jobs:
  deploy:
    if: \${{ github.ref == 'refs/heads/main' }} && \${{ github.event_name == 'push' }}
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`,
  'unsound-contains.yml': `on: push
permissions: {}
jobs:
  deploy:
    if: contains('refs/heads/main refs/heads/release', github.ref)
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh
`,
  'untrusted-checkout.yml': `on: pull_request_target
permissions:
  pull-requests: write
jobs:
  size:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
      - run: du -sh .
`,
  'use-trusted-publishing.yml': `on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    steps:
      - uses: pypa/gh-action-pypi-publish@76f52bc884231f62b9a034ebfe128415bbaabdfc # v1.12.4
        with:
          password: \${{ secrets.PYPI_API_TOKEN }}
`
}

const COMPOSER_LOCK = JSON.stringify(
  {
    'content-hash': '0'.repeat(32),
    packages: [
      {
        name: 'acme/copyleft',
        version: '1.0.0',
        license: ['GPL-3.0-only'],
        dist: {
          type: 'zip',
          url: 'https://api.github.com/repos/acme/copyleft/zipball/0123456789abcdef0123456789abcdef01234567',
          reference: '0123456789abcdef0123456789abcdef01234567',
          shasum: ''
        }
      },
      {
        name: 'acme/permissive',
        version: '2.0.0',
        license: ['MIT'],
        dist: {
          type: 'zip',
          url: 'https://api.github.com/repos/acme/permissive/zipball/89abcdef0123456789abcdef0123456789abcdef',
          reference: '89abcdef0123456789abcdef0123456789abcdef',
          shasum: ''
        }
      }
    ],
    'packages-dev': []
  },
  null,
  2
)

/**
 * The weak repository whose advisory database (GitHub's, the default source with a token) knows a
 * vulnerability of one Composer package of the dependencies scenario and a malware advisory for the other.
 */
function advisoryRoutes(): Record<string, FakeHandler> {
  const vulnerable = globalAdvisoryFromOsv({
    id: 'GHSA-prop-0000-0001',
    modified: '2026-01-01T00:00:00Z',
    published: '2020-01-01T00:00:00Z',
    summary: 'Remote code execution in acme/copyleft',
    severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }],
    affected: [
      { package: { ecosystem: 'Packagist', name: 'acme/copyleft' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.0.1' }] }] }
    ]
  })
  const malware = globalAdvisoryFromOsv(
    {
      id: 'GHSA-prop-0000-0002',
      modified: '2026-01-01T00:00:00Z',
      summary: 'Malicious code in acme/permissive',
      affected: [{ package: { ecosystem: 'Packagist', name: 'acme/permissive' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }]
    },
    { type: 'malware' }
  )
  const affects = (_ecosystem: string, name: string): string[] =>
    name === 'acme/copyleft' ? [vulnerable.ghsa_id] : name === 'acme/permissive' ? [malware.ghsa_id] : []
  const routes = weakRoutes()
  const posture = routes['POST /graphql'] as (request: FakeRequest) => FakeResponse | Promise<FakeResponse>
  // With a token the source asks GraphQL (every classification, ranges evaluated by chaingate); REST without one.
  return {
    ...routes,
    'GET /advisories': advisoriesRoute({ advisories: [vulnerable, malware], affects }),
    'POST /graphql': advisoriesGraphqlRoute({ advisories: [vulnerable, malware], otherwise: posture })
  }
}

/** The weak repository with classic protection on `main` that does not apply to administrators. */
function classicRoutes(): Record<string, FakeHandler> {
  return {
    ...weakRoutes(),
    'GET /repos/{owner}/{repo}/branches/{branch}/protection': {
      body: fixtures.branchProtection({
        enforce_admins: { enabled: false, url: 'https://api.github.com/repos/acme/widgets/branches/main/protection/enforce_admins' }
      })
    }
  }
}

/** The weak repository made private, with fork pull requests that get a write token. */
function privateRoutes(): Record<string, FakeHandler> {
  const routes = weakRoutes()
  const repository = fixtures.repository({ visibility: 'private' })
  return {
    ...routes,
    'GET /repos/{owner}/{repo}': { body: repository },
    'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval': { body: { approval_policy: 'all_external_contributors' } },
    'GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos': {
      body: {
        run_workflows_from_fork_pull_requests: true,
        send_write_tokens_to_workflows: true,
        send_secrets_and_variables: false,
        require_approval_for_fork_pr_workflows: true
      }
    }
  }
}

/** The weak repository, plus a bypassable ruleset on `main` and Dependabot alerts off. */
function bypassableRoutes(): Record<string, FakeHandler> {
  const bypassable = fixtures.ruleset({
    id: 1,
    name: 'main protection',
    bypass_actors: [
      { actor_id: 5, actor_type: 'RepositoryRole', bypass_mode: 'always' },
      { actor_id: null, actor_type: 'DeployKey', bypass_mode: 'always' }
    ]
  })
  return {
    ...weakRoutes(),
    'GET /repos/{owner}/{repo}/rules/branches/{branch}': { body: fixtures.branchRules(['deletion', 'non_fast_forward']) },
    'GET /repos/{owner}/{repo}/rulesets': { body: [bypassable].map(({ conditions: _c, rules: _r, bypass_actors: _b, ...summary }) => summary) },
    'GET /repos/{owner}/{repo}/rulesets/{ruleset_id}': { body: bypassable },
    'GET /repos/{owner}/{repo}/dependabot/alerts': forbidden('Dependabot alerts are disabled for this repository.')
  }
}

/**
 * The weak repository's files without its workflows. The variants of the weak repository run without a pull
 * request event and without action references to resolve: the client spaces GraphQL requests a second
 * apart (plugin-throttling, process-wide), and the weak repository already covers those facts.
 */
const NO_WORKFLOWS: Record<string, string> = Object.fromEntries(Object.entries(WEAK_FILES).filter(([name]) => !name.startsWith('.github/workflows/')))

export const SCENARIOS: Scenario[] = [
  { name: 'weak repository', files: WEAK_FILES, policy: everyRule(), routes: weakRoutes, event: PR_EVENT },
  {
    name: 'workflows',
    files: {
      ...Object.fromEntries(Object.entries(WORKFLOWS).map(([name, text]) => [`.github/workflows/${name}`, text])),
      // base-image-policy: a base image taken by a moving tag
      Dockerfile: 'FROM node:latest\nRUN npm ci\n'
    },
    policy: everyRule(),
    routes: weakRoutes
  },
  { name: 'bypassable', files: NO_WORKFLOWS, policy: everyRule(), routes: bypassableRoutes },
  {
    name: 'dependencies',
    files: {
      'requirements.txt': '--extra-index-url https://download.pytorch.org/whl/cpu\nflask>=2.0\n',
      'composer.json': JSON.stringify({ require: { 'acme/copyleft': '1.0.0', 'acme/permissive': '2.0.0' } }, null, 2),
      'composer.lock': COMPOSER_LOCK,
      'broken/package-lock.json': '{ "lockfileVersion": 3,\n'
    },
    policy: everyRule({ 'license-policy': '  license-policy:\n    deny: [GPL-3.0-only]\n' }),
    routes: advisoryRoutes
  },
  { name: 'classic protection', files: NO_WORKFLOWS, policy: everyRule(), routes: classicRoutes },
  { name: 'private repository', files: NO_WORKFLOWS, policy: everyRule(), routes: privateRoutes },
  {
    name: 'environment only',
    files: {
      '.github/workflows/release.yml': WORKFLOWS['release-environment-protection.yml']!.replace(/ {2}publish:\n[\s\S]*?(?= {2}publish-pypi:)/, '')
    },
    policy: everyRule(),
    routes: weakRoutes
  },
  {
    name: 'symlinked workflow',
    files: { 'README.md': '# app\n' },
    links: { '.github/workflows/ci.yml': path.join(os.tmpdir(), 'chaingate-property-outside', 'ci.yml') },
    policy: everyRule()
  },
  {
    name: 'expired waiver',
    files: { 'SECURITY.md': '# Security\n' },
    policy:
      'extends: none\nrules:\n  security-policy: true\n  expired-waiver: true\nwaivers:\n  - rule: security-policy\n    reason: policy being written (TICKET-1)\n    expires: 2020-01-01\n'
  }
]
