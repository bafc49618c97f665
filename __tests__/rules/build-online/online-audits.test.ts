/**
 * The online workflow audits against the fake GitHub: one budgeted resolution of every action reference
 * (GraphQL batches, compares only for SHA pins that are not a tag or branch head, one advisories query),
 * counted through the real client and engine.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { check } from '../../../src/check.js'
import { buildRules } from '../../../src/rules/build/index.js'
import { batchQuery } from '../../../src/github/facts/action-refs.js'
import type { Finding } from '../../../src/model/finding.js'
import { fixtures, serverError, startFakeGitHub, type FakeGitHub } from '../../../test/support/fake-github/index.js'
import { tempWorkspace, type TempWorkspace } from '../../../test/support/workspace.js'
import { advisoriesHandler, advisory, compareHandler, graphqlHandler, sha, type ActionRepo, type World } from './fake-actions-world.js'

function released(name: string, versions: string[], extra: Partial<ActionRepo> = {}): [string, ActionRepo] {
  const tags: Record<string, string> = {}
  for (const version of versions) {
    const commit = sha(`${name}@${version}`)
    tags[version] = commit
    const major = version.split('.')[0]!
    if (!(major in tags) || version > (Object.keys(tags).find((t) => tags[t] === tags[major]) ?? '')) tags[major] = commit
  }
  return [name.toLowerCase(), { defaultBranch: 'main', branches: { main: sha(`${name}#main`) }, tags, ...extra }]
}

const IMPOSTOR = sha('fork-commit')
const OLD = sha('old-history-commit')
const CHECKOUT_422 = sha('actions/checkout@v4.2.2')

const WORLD: World = Object.fromEntries([
  released('actions/checkout', ['v4.2.1', 'v4.2.2'], { annotated: ['v4.2.1'] }),
  released('actions/setup-node', ['v4.1.0']),
  released('actions/setup-python', ['v5.3.0']),
  released('actions/cache', ['v4.2.0']),
  released('actions/upload-artifact', ['v4.4.3']),
  released('actions/download-artifact', ['v4.1.8']),
  released('actions/github-script', ['v7.0.1']),
  released('actions/setup-go', ['v5.1.0']),
  released('actions/setup-java', ['v4.5.0']),
  released('docker/login-action', ['v3.3.0']),
  released('docker/setup-buildx-action', ['v3.7.1']),
  released('docker/build-push-action', ['v6.9.0']),
  released('docker/metadata-action', ['v5.5.1']),
  released('tj-actions/changed-files', ['v35.7.6']),
  released('acme/impostor', ['v1.0.0'], { network: [IMPOSTOR] }),
  released('acme/old-action', ['v2.0.0'], { history: [OLD], archived: true }),
  [
    'acme/confused',
    {
      defaultBranch: 'main',
      branches: { main: sha('confused-main'), v1: sha('confused-branch') },
      tags: { v1: sha('confused-tag'), 'v1.0.0': sha('confused-tag') }
    }
  ],
  released('acme/workflows', ['v2.1.0']),
  ...Array.from({ length: 19 }, (_, i) => released(`vendor${i}/tool${i}`, [`v1.${i}.0`]))
])

const ADVISORIES = [
  advisory({
    ghsa: 'GHSA-mrrh-fwg8-r2c3',
    cve: 'CVE-2025-30066',
    package: 'tj-actions/changed-files',
    range: '< 46.0.1',
    patched: '46.0.1',
    severity: 'high',
    summary: 'tj-actions/changed-files has a compromised release that leaks secrets'
  }),
  advisory({
    ghsa: 'GHSA-4xqx-pqpj-9fqw',
    package: 'actions/download-artifact',
    range: '>= 4.0.0, < 4.1.7',
    patched: '4.1.7',
    severity: 'high',
    summary: 'Arbitrary file write via artifact extraction'
  })
]

const CI = `name: ci
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: actions/checkout@${CHECKOUT_422} # v4.2.2
        with:
          persist-credentials: false
      - uses: actions/checkout@v4.2.1
        with:
          persist-credentials: false
      - uses: actions/setup-node@v4
      - uses: actions/setup-python@v5
      - uses: actions/cache@v4
        with: { path: ~/.npm, key: npm }
      - uses: actions/setup-go@v5
      - uses: actions/setup-java@v4
      - uses: tj-actions/changed-files@v35
      - uses: acme/impostor@${IMPOSTOR} # v1.0.0
      - uses: acme/old-action@${OLD} # v2.0.0
      - uses: acme/confused@v1
      - uses: ghost/missing@v1
${Array.from({ length: 19 }, (_, i) => `      - uses: vendor${i}/tool${i}@v1`).join('\n')}
      - run: npm test
`

const RELEASE = `name: release
on:
  push:
    tags: ['v*']
permissions: {}
jobs:
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - uses: actions/upload-artifact@v4
        with: { name: dist, path: dist }
      - uses: actions/download-artifact@v4
      - uses: actions/github-script@v7
        with:
          script: console.log('ok')
      - uses: docker/login-action@v3
      - uses: docker/setup-buildx-action@v3
      - uses: docker/metadata-action@v5
      - uses: docker/build-push-action@v6
  publish:
    uses: acme/workflows/.github/workflows/release.yml@v2
    permissions:
      contents: write
`

describe('online workflow audits (fake GitHub)', () => {
  let fake: FakeGitHub
  let workspace: TempWorkspace

  beforeAll(async () => {
    fake = await startFakeGitHub({
      routes: {
        'POST /graphql': graphqlHandler(WORLD),
        'GET /repos/{owner}/{repo}/compare/{basehead}': compareHandler(WORLD),
        'GET /advisories': advisoriesHandler(ADVISORIES),
        'GET /repos/{owner}/{repo}': { body: fixtures.repository({ name: 'app', full_name: 'acme/app' }) },
        'GET /repos/{owner}/{repo}/environments': { body: { total_count: 0, environments: [] } }
      }
    })
    workspace = tempWorkspace({ '.github/workflows/ci.yml': CI, '.github/workflows/release.yml': RELEASE })
  })

  afterAll(async () => {
    workspace.cleanup()
    await fake.close()
  })

  const run = async (token?: string): Promise<Finding[] & { apiRequests?: number }> => {
    const { report } = await check({
      path: workspace.root,
      repository: 'acme/app',
      apiUrl: fake.url,
      retryBaseMs: 10,
      rules: buildRules,
      ...(token ? { token } : {})
    })
    return Object.assign(report.findings, { apiRequests: report.stats.apiRequests })
  }

  it('resolves 40 distinct action references within the request budget', async () => {
    const before = fake.requests.length
    const findings = await run('test-token')
    const served = fake.requests.slice(before)
    expect(fake.validationErrors).toEqual([])
    // 40 distinct owner/repo@ref in 38 repositories: 2 GraphQL batches, 1 advisories query, 2 compares,
    // and the repository and its environments for other rules.
    expect(findings.apiRequests).toBeLessThanOrEqual(45)
    expect(findings.apiRequests).toBe(served.length)
    const routes = served.map((request) => request.route).sort()
    expect(routes).toEqual([
      'GET /advisories',
      'GET /repos/{owner}/{repo}',
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      'GET /repos/{owner}/{repo}/compare/{basehead}',
      'GET /repos/{owner}/{repo}/environments',
      'POST /graphql',
      'POST /graphql'
    ])
    const compared = served
      .filter((request) => request.route?.includes('compare'))
      .map((request) => request.path)
      .sort()
    expect(compared).toEqual([`/repos/acme/impostor/compare/main...${IMPOSTOR}?per_page=1`, `/repos/acme/old-action/compare/main...${OLD}?per_page=1`])
  })

  it('finds the impostor commit, the ref confusion and the vulnerable versions at their uses:', async () => {
    const findings = await run('test-token')
    const of = (rule: string): string[] =>
      findings
        .filter((finding) => finding.rule === rule && finding.status !== 'pass')
        .map(
          (finding) =>
            `${finding.status} ${finding.severity} ${finding.location?.path}:${finding.location?.startLine}:${finding.location?.startColumn} ${finding.message}`
        )
    expect(of('impostor-commit')).toEqual([
      `fail critical .github/workflows/ci.yml:28:15 acme/impostor@${IMPOSTOR}: commit ${IMPOSTOR} is not in the history of acme/impostor's default branch (main) and is not the commit of any of its 100 newest tags or its branch heads: it may come from a fork`
    ])
    expect(of('ref-confusion')).toEqual(['fail medium .github/workflows/ci.yml:30:15 acme/confused@v1: v1 is both a branch and a tag of acme/confused'])
    expect(of('known-vulnerable-actions')).toEqual([
      'fail high .github/workflows/ci.yml:27:15 tj-actions/changed-files@v35 is v35 = version v35.7.6, affected by GHSA-mrrh-fwg8-r2c3 (CVE-2025-30066): tj-actions/changed-files has a compromised release that leaks secrets; fixed in 46.0.1'
    ])
    expect(of('ref-version-mismatch')).toEqual([
      `fail medium .github/workflows/ci.yml:28:72 acme/impostor: the comment says v1.0.0, but v1.0.0 is commit ${sha('acme/impostor@v1.0.0').slice(0, 12)} and the pin is ${IMPOSTOR.slice(0, 12)}, which no listed tag points to`,
      `fail medium .github/workflows/ci.yml:29:74 acme/old-action: the comment says v2.0.0, but v2.0.0 is commit ${sha('acme/old-action@v2.0.0').slice(0, 12)} and the pin is ${OLD.slice(0, 12)}, which no listed tag points to`
    ])
    // acme/old-action is archived (isArchived in the same GraphQL batches); ghost/missing is not visible
    expect(of('archived-action')).toEqual([
      `fail medium .github/workflows/ci.yml:29:15 acme/old-action@${OLD}: the action's repository acme/old-action is archived: it gets no more fixes, security fixes included`,
      'unknown medium .github/workflows/ci.yml:31:15 ghost/missing@v1: repository ghost/missing is not visible to the token (private, deleted or renamed): whether it is archived cannot be checked'
    ])
    // download-artifact@v4 is v4.1.8, outside ">= 4.0.0, < 4.1.7": not reported
    const confused = findings.find((finding) => finding.rule === 'ref-confusion' && finding.status === 'fail')
    expect(confused?.fix).toBe(`uses: acme/confused@${sha('confused-tag')} # v1.0.0`)
  })

  it('gives unpinned-uses fixes with the resolved SHA and version comment', async () => {
    const findings = await run('test-token')
    const fixes = findings.filter((finding) => finding.rule === 'unpinned-uses' && finding.status === 'fail')
    const checkout = fixes.find((finding) => finding.location?.startLine === 12 && finding.location.path.endsWith('ci.yml'))
    expect(checkout?.message).toBe('action actions/checkout is pinned to "v4", a tag (mutable), not a commit SHA')
    expect(checkout?.severity).toBe('medium')
    expect(checkout?.fix).toBe(`uses: actions/checkout@${CHECKOUT_422} # v4.2.2`)
    const annotated = fixes.find((finding) => finding.location?.startLine === 18)
    expect(annotated?.fix).toBe(`uses: actions/checkout@${sha('actions/checkout@v4.2.1')} # v4.2.1`)
    const reusable = fixes.find((finding) => finding.message.startsWith('reusable workflow'))
    expect(reusable?.fix).toBe(`uses: acme/workflows/.github/workflows/release.yml@${sha('acme/workflows@v2.1.0')} # v2.1.0`)
    expect(reusable?.severity).toBe('high')
    const missing = findings.find((finding) => finding.rule === 'impostor-commit' && finding.message.includes('ghost'))
    expect(missing).toBeUndefined()
  })

  it('reports unknown, never pass or fail, without a token (and sends no request)', async () => {
    const before = fake.requests.length
    const findings = await run()
    expect(fake.requests.length).toBe(before)
    for (const rule of ['impostor-commit', 'ref-confusion', 'known-vulnerable-actions', 'archived-action']) {
      const own = findings.filter((finding) => finding.rule === rule)
      expect(own.map((finding) => finding.status)).toEqual(['unknown'])
      expect(own[0]!.message).toBe('40 action references not resolved: no GitHub token (offline run)')
    }
    // unpinned-uses still works offline, with a placeholder fix
    const checkout = findings.find((finding) => finding.rule === 'unpinned-uses' && finding.location?.startLine === 12)
    expect(checkout?.fix).toBe('uses: actions/checkout@<40-hex commit SHA of v4> # v4')
  })
})

describe('the fake GraphQL endpoint of the action world', () => {
  it("executes the resolver query against GitHub's published schema and refuses fields GitHub does not have", async () => {
    const handler = graphqlHandler(WORLD) as (request: unknown) => Promise<{ body: { data?: unknown; errors?: Array<{ message: string }> } }>
    const bad = await handler({ body: { query: 'query { r0: repository(owner: "acme", name: "old-action") { isAbandoned } }' } })
    expect(bad.body.errors?.map((error) => error.message)).toEqual(['Cannot query field "isAbandoned" on type "Repository".'])
    const good = await handler({
      body: {
        query: batchQuery([
          { owner: 'acme', repo: 'old-action', refs: ['v2.0.0'] },
          { owner: 'ghost', repo: 'missing', refs: ['v1'] }
        ])
      }
    })
    expect(good.body.data).toMatchObject({
      r0: { nameWithOwner: 'acme/old-action', isArchived: true, t0: { target: { oid: sha('acme/old-action@v2.0.0') } }, b0: null },
      r1: null
    })
    expect(good.body.errors).toEqual([expect.objectContaining({ type: 'NOT_FOUND', path: ['r1'] })])
  })
})

describe('online audits when GitHub fails', () => {
  it('turns a failing GraphQL endpoint into unknown findings, after bounded retries', async () => {
    const fake = await startFakeGitHub({
      routes: {
        'POST /graphql': serverError(502),
        'GET /advisories': { body: [] },
        'GET /repos/{owner}/{repo}': { body: fixtures.repository({ name: 'app', full_name: 'acme/app' }) },
        'GET /repos/{owner}/{repo}/environments': { body: { total_count: 0, environments: [] } }
      }
    })
    const workspace = tempWorkspace({
      '.github/workflows/ci.yml':
        'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: acme/confused@v1\n      - uses: acme/pinned@' + sha('x') + '\n'
    })
    try {
      const { report } = await check({ path: workspace.root, repository: 'acme/app', apiUrl: fake.url, token: 't', retryBaseMs: 10, rules: buildRules })
      const status = (rule: string): string[] =>
        report.findings.filter((finding) => finding.rule === rule).map((finding) => `${finding.status}: ${finding.message}`)
      expect(status('ref-confusion')).toEqual(['unknown: acme/confused@v1: could not resolve v1: GitHub answered 502 (Server Error)'])
      expect(status('impostor-commit')).toEqual([
        `unknown: acme/pinned@${sha('x')}: could not check whether the commit belongs to acme/pinned: GitHub answered 502 (Server Error)`
      ])
      expect(status('archived-action')).toEqual([
        'unknown: acme/confused@v1: could not check whether acme/confused is archived: GitHub answered 502 (Server Error)',
        'unknown: acme/pinned@' + sha('x') + ': could not check whether acme/pinned is archived: GitHub answered 502 (Server Error)'
      ])
      expect(report.stats.apiRequests).toBeLessThanOrEqual(10)
      expect(fake.validationErrors).toEqual([])
    } finally {
      workspace.cleanup()
      await fake.close()
    }
  })
})

describe('budget and concurrency of the resolver', () => {
  it('batches 45 repositories into 3 GraphQL queries and keeps at most 8 compares in flight', async () => {
    const world: World = Object.fromEntries(Array.from({ length: 45 }, (_, i) => released(`org${i}/action${i}`, ['v1.0.0'], { network: [sha(`fork-${i}`)] })))
    let inFlight = 0
    let peak = 0
    const compare = compareHandler(world)
    const fake = await startFakeGitHub({
      routes: {
        'POST /graphql': graphqlHandler(world),
        'GET /advisories': advisoriesHandler([]),
        'GET /repos/{owner}/{repo}/compare/{basehead}': async (request) => {
          inFlight += 1
          peak = Math.max(peak, inFlight)
          await new Promise((resolve) => setTimeout(resolve, 40))
          inFlight -= 1
          return compare(request)
        }
      }
    })
    // 25 SHA pins outside the repositories' history (25 compares) and 20 tag refs (no compare)
    const steps = Array.from({ length: 45 }, (_, i) => `      - uses: org${i}/action${i}@${i < 25 ? sha(`fork-${i}`) : 'v1'}`).join('\n')
    const workspace = tempWorkspace({ 'action.yml': `name: composite\nruns:\n  using: composite\n  steps:\n${steps.replace(/^ {6}/gm, '    ')}\n` })
    try {
      const { report } = await check({
        path: workspace.root,
        apiUrl: fake.url,
        token: 't',
        retryBaseMs: 10,
        rules: buildRules.filter((rule) => ['impostor-commit', 'ref-confusion', 'known-vulnerable-actions'].includes(rule.meta.id))
      })
      expect(fake.validationErrors).toEqual([])
      const routes = fake.requests.map((request) => request.route)
      expect(routes.filter((route) => route === 'POST /graphql')).toHaveLength(3)
      expect(routes.filter((route) => route === 'GET /advisories')).toHaveLength(1)
      expect(routes.filter((route) => route?.includes('compare'))).toHaveLength(25)
      expect(report.stats.apiRequests).toBe(29)
      expect(peak).toBeLessThanOrEqual(8)
      expect(peak).toBeGreaterThan(1)
      expect(report.findings.filter((finding) => finding.rule === 'impostor-commit' && finding.status === 'fail')).toHaveLength(25)
      expect(report.findings.filter((finding) => finding.rule === 'impostor-commit' && finding.status === 'fail')[0]!.location?.path).toBe('action.yml')
    } finally {
      workspace.cleanup()
      await fake.close()
    }
  })
})
