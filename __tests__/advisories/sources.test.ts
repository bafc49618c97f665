/**
 * The advisory sources over real HTTP: the OSV API against a fake OSV server (records validated against OSV's
 * published schema), GitHub's advisory database against the fake GitHub (validated against the OpenAPI
 * description), and the offline snapshot built from the same records. The fakes' matching is the table
 * below, written by reading the records (the oracle), not computed by the code under test.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Package } from '../../src/inventory/model.js'
import type { AdvisoryReport } from '../../src/advisories/model.js'
import { nameKey } from '../../src/advisories/names.js'
import { osvEcosystemOfGitHub } from '../../src/advisories/ecosystems.js'
import { matchOffline } from '../../src/advisories/sources/osv-offline.js'
import { matchOsvApi } from '../../src/advisories/sources/osv-api.js'
import { matchGitHub, inGitHubRange, advisoryFromGitHub } from '../../src/advisories/sources/github.js'
import { createGitHubClient, RequestCounter } from '../../src/github/client.js'
import { semverScheme } from '../../src/advisories/versions/language.js'
import { startFakeOsv, type FakeOsv, type FakeOsvOptions } from '../../test/support/fake-osv/server.js'
import { osvSchemaProblems } from '../../test/support/fake-osv/schema.js'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { advisoriesGraphqlRoute, advisoriesRoute, globalAdvisoryFromOsv } from '../../test/support/fake-github/advisories.js'
import type { FakeResponse } from '../../test/support/fake-github/server.js'
import { createSource } from '../../src/advisories/sources/index.js'
import { loadRecords, writeSnapshot } from '../../test/support/advisories/records.js'

const records = loadRecords()
const FAST = { retryBaseMs: 5, timeoutMs: 2000, retries: 2, maxRetryAfterSeconds: 5 }

/** Which records affect which versions, read off the records (the servers' matching). */
const AFFECTS: Record<string, string[]> = {
  'npm lodash 4.17.15': ['GHSA-p6mc-m468-83gw'],
  'npm 000webhost-admin 999.9.9': ['MAL-2024-11848'],
  'Maven org.apache.logging.log4j:log4j-core 2.14.1': ['GHSA-jfh8-c2jp-5v3q'],
  'Maven org.apache.logging.log4j:log4j-core 2.12.1': ['GHSA-jfh8-c2jp-5v3q'],
  'PyPI jinja2 3.1.2': ['GHSA-h5c8-rqwp-cp95'],
  'crates.io time 0.1.45': ['GHSA-wcg3-cvx6-7396'],
  'crates.io time 0.2.22': ['GHSA-wcg3-cvx6-7396'],
  'RubyGems nokogiri 1.13.3': ['GHSA-crjr-9rc5-ghw8'],
  'Go golang.org/x/text 0.3.7': ['GO-2022-1059'],
  'Debian:7 nginx 1.2.1-2.2+wheezy2': ['DSA-3029-1'],
  'Alpine:v3.16 mariadb 10.6.7-r0': ['CVE-2022-27449']
}
const affects = (ecosystem: string, name: string, version: string): string[] => AFFECTS[`${ecosystem} ${nameKey(ecosystem, name)} ${version}`] ?? []

function pkg(ecosystem: string, name: string, version: string | null, line = 1): Package {
  return { ecosystem, name, version, scope: 'runtime', direct: true, source: 'registry', location: { path: 'lock', line } }
}

const INVENTORY: Package[] = [
  pkg('npm', 'lodash', '4.17.15'),
  pkg('npm', 'lodash', '4.17.21', 2),
  pkg('npm', '000webhost-admin', '999.9.9'),
  pkg('Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1'),
  pkg('Maven', 'org.apache.logging.log4j:log4j-core', '2.12.1', 2),
  pkg('Maven', 'org.apache.logging.log4j:log4j-core', '2.17.0', 3),
  pkg('PyPI', 'Jinja2', '3.1.2'),
  pkg('crates.io', 'time', '0.1.45'),
  pkg('crates.io', 'time', '0.2.22', 2),
  pkg('RubyGems', 'nokogiri', '1.13.3'),
  pkg('Go', 'golang.org/x/text', 'v0.3.7'),
  pkg('Debian:7', 'nginx', '1.2.1-2.2+wheezy2'),
  pkg('Debian:7', 'nginx', '1.2.1-2.2+wheezy3', 2),
  pkg('Alpine:v3.16', 'mariadb', '10.6.7-r0'),
  pkg('Alpine:v3.12', 'mariadb', '10.4.25-r0'),
  pkg('npm', 'declared-only', null)
]

/** One line per match: package, every id (sorted), malicious flag, fixed versions. */
function findings(report: AdvisoryReport): string[] {
  return report.matches
    .map(
      (match) =>
        `${match.package.ecosystem} ${match.package.name}@${match.package.version} ${[match.advisory.id, ...match.advisory.aliases].sort().join(',')} ${match.advisory.malicious ? 'malicious ' : ''}fixed=${[...match.fixedVersions].sort().join(',')}`
    )
    .sort()
}

const EXPECTED = [
  'Alpine:v3.16 mariadb@10.6.7-r0 CVE-2022-27449 fixed=10.6.8-r0',
  'Debian:7 nginx@1.2.1-2.2+wheezy2 CVE-2014-3616,DSA-3029-1 fixed=1.2.1-2.2+wheezy3',
  'Go golang.org/x/text@v0.3.7 CVE-2022-32149,GHSA-69ch-w2m2-3vjp,GO-2022-1059 fixed=0.3.8',
  'Maven org.apache.logging.log4j:log4j-core@2.12.1 CVE-2021-44228,GHSA-jfh8-c2jp-5v3q fixed=2.12.2',
  'Maven org.apache.logging.log4j:log4j-core@2.14.1 CVE-2021-44228,GHSA-jfh8-c2jp-5v3q fixed=2.15.0',
  'PyPI Jinja2@3.1.2 CVE-2024-22195,GHSA-h5c8-rqwp-cp95 fixed=3.1.3',
  'RubyGems nokogiri@1.13.3 CVE-2022-24836,GHSA-crjr-9rc5-ghw8 fixed=1.13.4',
  'crates.io time@0.1.45 CVE-2020-26235,GHSA-wcg3-cvx6-7396 fixed=',
  'crates.io time@0.2.22 CVE-2020-26235,GHSA-wcg3-cvx6-7396 fixed=0.2.23',
  'npm 000webhost-admin@999.9.9 MAL-2024-11848 malicious fixed=',
  'npm lodash@4.17.15 CVE-2020-8203,GHSA-p6mc-m468-83gw fixed=4.17.20'
]

const ghsaRecords = [...records.values()].filter((record) => record.id.startsWith('GHSA-'))
const githubAdvisories = ghsaRecords.map((record) => globalAdvisoryFromOsv(record))
const githubAffects = (ecosystem: string, name: string, version: string): string[] => {
  const osv = osvEcosystemOfGitHub(ecosystem)!
  return affects(osv, name, version).filter((id) => id.startsWith('GHSA-'))
}

let dir: string
let osv: FakeOsv | undefined
let github: FakeGitHub | undefined
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaingate-sources-'))
  writeSnapshot(path.join(dir, 'snapshot'), records.values())
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))
afterEach(async () => {
  osv?.assertValid()
  github?.assertValid()
  await osv?.close()
  await github?.close()
  osv = undefined
  github = undefined
})

async function fakeOsv(options: Partial<FakeOsvOptions> = {}): Promise<FakeOsv> {
  osv = await startFakeOsv({ records: [...records.values()], affects: (query) => affects(query.ecosystem, query.name, query.version), ...options })
  return osv
}

async function fakeGitHub(
  extra: Parameters<typeof advisoriesRoute>[0]['advisories'] = [],
  maxPerPage?: number
): Promise<ReturnType<typeof createGitHubClient>> {
  github = await startFakeGitHub({
    routes: {
      'GET /advisories': advisoriesRoute({ advisories: [...githubAdvisories, ...extra], affects: githubAffects, ...(maxPerPage ? { maxPerPage } : {}) })
    }
  })
  return createGitHubClient({ token: '', apiUrl: github.url, counter: new RequestCounter(), retryBaseMs: 5 })
}

describe('the records', () => {
  it("every committed record validates against OSV's published schema", () => {
    expect(records.size).toBeGreaterThanOrEqual(10)
    for (const record of records.values()) expect([record.id, osvSchemaProblems(record)]).toEqual([record.id, []])
    const ecosystems = new Set([...records.values()].flatMap((record) => (record.affected ?? []).map((entry) => entry.package!.ecosystem.split(':')[0])))
    for (const ecosystem of ['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Maven', 'Debian', 'Alpine']) expect(ecosystems).toContain(ecosystem)
  })
})

describe('the same inventory checked three ways', () => {
  it('offline snapshot, OSV API and GitHub agree where their data agree', async () => {
    const offline = await matchOffline(path.join(dir, 'snapshot'), INVENTORY)
    await fakeOsv()
    const api = await matchOsvApi(INVENTORY, { baseUrl: osv!.url, http: FAST })
    const client = await fakeGitHub()
    const gh = await matchGitHub(INVENTORY, client)

    expect(findings(offline)).toEqual(EXPECTED)
    expect(findings(api)).toEqual(EXPECTED)
    expect(offline.unchecked).toEqual([])
    expect(api.unchecked).toEqual([])
    expect(offline.checked).toBe(15)
    expect(api.checked).toBe(15)

    // GitHub covers neither Debian nor Alpine: those packages are unchecked, with the reason.
    expect(gh.unchecked.map((entry) => `${entry.package.ecosystem} ${entry.package.name}: ${entry.reason}`).sort()).toEqual([
      "Alpine:v3.12 mariadb: GitHub's advisory database does not cover the Alpine:v3.12 ecosystem (use --advisories osv or a local OSV snapshot)",
      "Alpine:v3.16 mariadb: GitHub's advisory database does not cover the Alpine:v3.16 ecosystem (use --advisories osv or a local OSV snapshot)",
      "Debian:7 nginx: GitHub's advisory database does not cover the Debian:7 ecosystem (use --advisories osv or a local OSV snapshot)",
      "Debian:7 nginx: GitHub's advisory database does not cover the Debian:7 ecosystem (use --advisories osv or a local OSV snapshot)"
    ])
    // Where the data disagree: GitHub's Go record names the package golang.org/x/text/language, not the module;
    // the OpenSSF malicious-packages record has no GitHub counterpart in the fake. Everything else is the same.
    const githubCovers = (line: string): boolean => !/^(Debian|Alpine)/.test(line) && !line.startsWith('Go ') && !line.includes('MAL-')
    expect(findings(gh)).toEqual(EXPECTED.filter(githubCovers))
    expect(gh.source).toMatchObject({ kind: 'github', location: github!.url })
    expect(api.source).toMatchObject({ kind: 'osv', location: osv!.url })
    expect(offline.source).toMatchObject({ kind: 'osv-offline', snapshot: '2024-12-14T19:14:54Z' })
    expect(api.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('requests: one querybatch per 1,000 packages plus one download per distinct advisory; none for cached ones', async () => {
    await fakeOsv()
    const cacheDir = path.join(dir, 'cache')
    const first = await matchOsvApi(INVENTORY, { baseUrl: osv!.url, http: FAST, cacheDir })
    const distinct = new Set(Object.values(AFFECTS).flat()).size
    expect(first.requests).toBe(1 + distinct)
    expect(osv!.requests.filter((request) => request.path === '/v1/querybatch')).toHaveLength(1)
    const second = await matchOsvApi(INVENTORY, { baseUrl: osv!.url, http: FAST, cacheDir })
    expect(second.requests).toBe(1)
    expect(findings(second)).toEqual(EXPECTED)

    // GitHub REST (no token): per ecosystem it covers, one request for reviewed advisories, and one for
    // malware in npm, the only ecosystem GitHub publishes malware for.
    const client = await fakeGitHub()
    const gh = await matchGitHub(INVENTORY, client)
    expect(gh.requests).toBe(6 + 1) // npm, Maven, PyPI, crates.io, RubyGems, Go; npm malware
    expect(
      github!.requests
        .filter((request) => request.path.includes('type=malware'))
        .map((request) => new URL(`${github!.url}${request.path}`).searchParams.get('ecosystem'))
    ).toEqual(['npm'])
  })

  it('2,500 packages: three querybatch requests of at most 1,000 queries; GitHub batches within 1,000 and the URL limit', async () => {
    const many = Array.from({ length: 2500 }, (_, index) => pkg('npm', `package-${index}`, '1.0.0', index + 1))
    many.push(pkg('npm', 'lodash', '4.17.15'))
    await fakeOsv()
    const api = await matchOsvApi(many, { baseUrl: osv!.url, http: FAST })
    expect(osv!.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1/querybatch',
      'POST /v1/querybatch',
      'POST /v1/querybatch',
      'GET /v1/vulns/GHSA-p6mc-m468-83gw'
    ])
    expect(osv!.requests.map((request) => ((request.body as { queries?: unknown[] })?.queries ?? []).length).slice(0, 3)).toEqual([1000, 1000, 501])
    expect(api.matches.map((match) => match.package.name)).toEqual(['lodash'])

    const client = await fakeGitHub()
    const gh = await matchGitHub(many, client)
    const urls = github!.requests.map((request) => `${github!.url}${request.path}`)
    for (const url of urls) expect(url.length).toBeLessThanOrEqual(8000)
    // Every package asked exactly once per type, in as few requests as the URL limit allows (~360 a request).
    const sizes = urls.map((url) => new URL(url).searchParams.get('affects')!.split(',').length)
    expect(sizes.reduce((a, b) => a + b)).toBe(2 * 2501)
    for (const size of sizes.slice(0, -2)) expect(size).toBeGreaterThan(300)
    expect(urls.length).toBe(2 * 8)
    expect(gh.matches.map((match) => match.package.name)).toEqual(['lodash'])
    expect(gh.requests).toBe(urls.length)
  })
})

describe('where literal evaluation and the databases part ways', () => {
  it("GHSA-wcg3-cvx6-7396 read literally affects every time release from 0.1 on; GitHub's own range stops below 0.2", async () => {
    // The record's first range is `introduced: 0.1` with no fix; GitHub keeps its upper bound (`< 0.2`) in
    // database_specific.last_known_affected_version_range, which OSV's evaluation rules do not read.
    const later = [pkg('crates.io', 'time', '0.3.36')]
    const offline = await matchOffline(path.join(dir, 'snapshot'), later)
    expect(findings(offline)).toEqual(['crates.io time@0.3.36 CVE-2020-26235,GHSA-wcg3-cvx6-7396 fixed='])
    const client = await fakeGitHub()
    expect(globalAdvisoryFromOsv(records.get('GHSA-wcg3-cvx6-7396')!).vulnerabilities![0]!.vulnerable_version_range).toBe('>= 0.1, < 0.2')
    const gh = await matchGitHub(later, client)
    expect(gh.matches).toEqual([])
  })
})

describe('OSV API answers checked before use', () => {
  const lodash = [pkg('npm', 'lodash', '4.17.15')]
  it('pages of a query are followed with next_page_token', async () => {
    AFFECTS['npm left-pad 1.0.0'] = ['GHSA-p6mc-m468-83gw', 'MAL-2024-11848']
    try {
      await fakeOsv({ pageSize: 1 })
      const report = await matchOsvApi([pkg('npm', 'left-pad', '1.0.0')], { baseUrl: osv!.url, http: FAST })
      expect(report.matches.map((match) => match.advisory.id).sort()).toEqual(['GHSA-p6mc-m468-83gw', 'MAL-2024-11848'])
      const batches = osv!.requests
        .filter((request) => request.path === '/v1/querybatch')
        .map((request) => (request.body as { queries: Array<{ page_token?: string }> }).queries[0]!.page_token)
      expect(batches).toEqual([undefined, '1'])
    } finally {
      delete AFFECTS['npm left-pad 1.0.0']
    }
  })
  it('retries a 503 and honours Retry-After', async () => {
    await fakeOsv({
      intercept: (request) => (request.path === '/v1/querybatch' && request.seen === 0 ? { status: 503, headers: { 'retry-after': '1' }, body: {} } : undefined)
    })
    const started = performance.now()
    const report = await matchOsvApi(lodash, { baseUrl: osv!.url, http: FAST })
    expect(performance.now() - started).toBeGreaterThanOrEqual(950)
    expect(report.matches).toHaveLength(1)
    expect(report.requests).toBe(3)
  })
  it.each([
    [
      'a Retry-After beyond the cap',
      { status: 429, headers: { 'retry-after': '120' }, body: {} },
      /answered 429 .*asked to retry after 120s \(more than the 5s chaingate waits\)/
    ],
    ['a server error every time', { status: 502, body: {} }, /answered 502 Bad Gateway \(3 attempts\)/],
    ['an HTML page', { headers: { 'content-type': 'text/html' }, raw: '<html></html>' }, /content type "text\/html", not JSON/],
    ['a body that is not JSON', { raw: '{"results": [' }, /a body that is not JSON/],
    ['a result per query missing', { body: { results: [] } }, /unexpected shape: the answer has 0 results for 1 queries/],
    ['a vuln without modified', { body: { results: [{ vulns: [{ id: 'GHSA-p6mc-m468-83gw' }] }] } }, /has no RFC 3339 "modified"/],
    ['no answer in time', { delayMs: 600, body: {} }, /no answer within 0.2s/]
  ])('querybatch with %s leaves the packages unchecked with the cause', async (_name, answer, reason) => {
    await fakeOsv({ intercept: (request) => (request.path === '/v1/querybatch' ? answer : undefined) })
    const report = await matchOsvApi(lodash, { baseUrl: osv!.url, http: { ...FAST, timeoutMs: 200, retries: 'delayMs' in answer ? 0 : 2 } })
    expect(report.matches).toEqual([])
    expect(report.unchecked).toHaveLength(1)
    expect(report.unchecked[0]!.reason).toMatch(/^the OSV API did not answer: /)
    expect(report.unchecked[0]!.reason).toMatch(reason)
  })
  it('a record that is not OSV, or not the one asked for, leaves the packages it concerns unchecked', async () => {
    await fakeOsv({
      intercept: (request) =>
        request.path === '/v1/vulns/GHSA-p6mc-m468-83gw'
          ? { body: { id: 'GHSA-p6mc-m468-83gw', modified: 'yesterday' } }
          : request.path === '/v1/vulns/GHSA-h5c8-rqwp-cp95'
            ? { body: records.get('GHSA-crjr-9rc5-ghw8') }
            : undefined
    })
    const report = await matchOsvApi([...lodash, pkg('PyPI', 'jinja2', '3.1.2'), pkg('RubyGems', 'nokogiri', '1.13.3')], { baseUrl: osv!.url, http: FAST })
    expect(report.matches.map((match) => match.package.name)).toEqual(['nokogiri'])
    expect(report.unchecked.map((entry) => entry.reason)).toEqual([
      expect.stringMatching(
        /OSV record GHSA-p6mc-m468-83gw \(GET .*\/v1\/vulns\/GHSA-p6mc-m468-83gw answered with a record that is not OSV: "modified" is not an RFC 3339 timestamp\) could not be read/
      ),
      expect.stringMatching(/OSV record GHSA-h5c8-rqwp-cp95 \(.*answered with record "GHSA-crjr-9rc5-ghw8"\) could not be read/)
    ])
  })
  it('an ecosystem OSV does not know is unchecked; a server that is down leaves everything unchecked', async () => {
    const report = await matchOsvApi([pkg('Homebrew', 'wget', '1.0')], { baseUrl: 'http://127.0.0.1:9', http: { ...FAST, retries: 0 } })
    expect(report.unchecked.map((entry) => entry.reason)).toEqual(['OSV has no Homebrew ecosystem'])
    // The schema names Photon OS, but osv.dev imports no Photon OS source: an empty answer would say nothing.
    const photon = await matchOsvApi([pkg('Photon OS:5.0', 'openssl', '3.0.13-2.ph5')], { baseUrl: 'http://127.0.0.1:9', http: { ...FAST, retries: 0 } })
    expect([photon.requests, photon.unchecked.map((entry) => entry.reason)]).toEqual([
      0,
      [expect.stringMatching(/^osv\.dev publishes no Photon OS advisories/)]
    ])
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const down = await matchOsvApi(lodash, { baseUrl: `http://127.0.0.1:${port}`, http: { ...FAST, retries: 0 } })
    expect(down.unchecked[0]!.reason).toBe(`the OSV API did not answer: POST http://127.0.0.1:${port}/v1/querybatch failed: ECONNREFUSED`)
  })
})

describe('GitHub advisory database', () => {
  it('several versions of one package in a request: each is attributed by its own range, with the fix of its line', async () => {
    const client = await fakeGitHub()
    const log4j = INVENTORY.filter((entry) => entry.ecosystem === 'Maven')
    const report = await matchGitHub(log4j, client)
    expect(report.matches.map((match) => `${match.package.version} fixed=${match.fixedVersions.join(',')} range=${match.vulnerableRange}`).sort()).toEqual([
      '2.12.1 fixed=2.12.2 range=>= 2.4, < 2.12.2',
      '2.14.1 fixed=2.15.0 range=>= 2.13.0, < 2.15.0'
    ])
    const sent = new URL(`${github!.url}${github!.requests[0]!.path}`).searchParams
    expect(sent.get('ecosystem')).toBe('maven')
    expect(sent.get('per_page')).toBe('100')
    expect(sent.get('affects')!.split(',')).toHaveLength(3)
  })
  it('malware advisories are asked for and flagged malicious; withdrawn ones are skipped; EPSS and CVSS v4 are taken', async () => {
    const lodash = records.get('GHSA-p6mc-m468-83gw')!
    // Synthetic advisories in GitHub's shape (ids marked as such), for the paths the real records do not cover.
    const malware = globalAdvisoryFromOsv(
      {
        ...lodash,
        id: 'GHSA-test-malw-0001',
        aliases: [],
        summary: 'Malware in evil-pkg',
        affected: [{ package: { ecosystem: 'npm', name: 'evil-pkg' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }]
      },
      { type: 'malware', severity: 'critical' }
    )
    const withdrawn = globalAdvisoryFromOsv({ ...lodash, id: 'GHSA-test-wdrn-0001' }, { withdrawn_at: '2024-01-01T00:00:00Z' })
    const scored = globalAdvisoryFromOsv(
      { ...lodash, id: 'GHSA-test-epss-0001', aliases: [] },
      {
        epss: { percentage: 0.42, percentile: 0.97 },
        cvss_severities: { cvss_v3: null, cvss_v4: { vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', score: 9.3 } }
      }
    )
    AFFECTS['npm evil-pkg 1.0.0'] = ['GHSA-test-malw-0001']
    AFFECTS['npm lodash 4.17.15'] = ['GHSA-p6mc-m468-83gw', 'GHSA-test-wdrn-0001', 'GHSA-test-epss-0001']
    try {
      const client = await fakeGitHub([malware, withdrawn, scored])
      const report = await matchGitHub([pkg('npm', 'evil-pkg', '1.0.0'), pkg('npm', 'lodash', '4.17.15')], client)
      const byId = new Map(report.matches.map((match) => [match.advisory.id, match.advisory]))
      expect([...byId.keys()].sort()).toEqual(['GHSA-p6mc-m468-83gw', 'GHSA-test-epss-0001', 'GHSA-test-malw-0001'])
      expect(byId.get('GHSA-test-malw-0001')!.malicious).toBe(true)
      expect(byId.get('GHSA-test-epss-0001')).toMatchObject({
        epss: { percentage: 0.42, percentile: 0.97 },
        severity: { word: 'critical', score: 9.3, from: 'cvss_v4' }
      })
      expect(byId.get('GHSA-p6mc-m468-83gw')!.severity).toMatchObject({ word: 'high', score: 7.4, from: 'cvss_v3' })
      expect(github!.requests.map((request) => new URL(`${github!.url}${request.path}`).searchParams.get('type'))).toEqual(['reviewed', 'malware'])
    } finally {
      delete AFFECTS['npm evil-pkg 1.0.0']
      AFFECTS['npm lodash 4.17.15'] = ['GHSA-p6mc-m468-83gw']
    }
  })
  it('follows the cursor in the Link header', async () => {
    // A second (synthetic) advisory for log4j-core 2.14.1, served one per page.
    const second = globalAdvisoryFromOsv({ ...records.get('GHSA-jfh8-c2jp-5v3q')!, id: 'GHSA-test-page-0001', aliases: [] })
    AFFECTS['Maven org.apache.logging.log4j:log4j-core 2.14.1'] = ['GHSA-jfh8-c2jp-5v3q', 'GHSA-test-page-0001']
    AFFECTS['Maven org.apache.logging.log4j:log4j-core 2.12.1'] = ['GHSA-jfh8-c2jp-5v3q', 'GHSA-test-page-0001']
    try {
      const client = await fakeGitHub([second], 1)
      const report = await matchGitHub(
        INVENTORY.filter((entry) => entry.ecosystem === 'Maven'),
        client
      )
      expect(findings(report)).toEqual(
        [
          ...EXPECTED.filter((line) => line.startsWith('Maven')),
          'Maven org.apache.logging.log4j:log4j-core@2.12.1 GHSA-test-page-0001 fixed=2.12.2',
          'Maven org.apache.logging.log4j:log4j-core@2.14.1 GHSA-test-page-0001 fixed=2.15.0'
        ].sort()
      )
      expect(github!.requests.map((request) => new URL(`${github!.url}${request.path}`).searchParams.get('after'))).toEqual([null, '1']) // reviewed only: no malware in Maven
    } finally {
      AFFECTS['Maven org.apache.logging.log4j:log4j-core 2.14.1'] = ['GHSA-jfh8-c2jp-5v3q']
      AFFECTS['Maven org.apache.logging.log4j:log4j-core 2.12.1'] = ['GHSA-jfh8-c2jp-5v3q']
    }
  })
  it("an error answer leaves the request's packages unchecked", async () => {
    github = await startFakeGitHub({
      routes: { 'GET /advisories': { status: 422, body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' } } }
    })
    const client = createGitHubClient({ token: '', apiUrl: github.url, counter: new RequestCounter(), retryBaseMs: 5 })
    const report = await matchGitHub([pkg('npm', 'lodash', '4.17.15')], client)
    expect(report.unchecked.map((entry) => entry.reason)).toEqual(["GitHub's advisory database did not answer: GitHub answered 422 (Validation Failed)"])
  })
  it("an answer that is not a list of advisories leaves the request's packages unchecked", async () => {
    github = await startFakeGitHub(
      { routes: { 'GET /advisories': [{ body: { message: 'not a list' } }, { body: [{ ghsa_id: 'GHSA-xxxx-xxxx-xxxx' }] }] } },
      { validate: false }
    )
    const client = createGitHubClient({ token: '', apiUrl: github.url, counter: new RequestCounter(), retryBaseMs: 5 })
    const first = await matchGitHub([pkg('npm', 'lodash', '4.17.15')], client)
    expect(first.matches).toEqual([])
    expect(first.unchecked.map((entry) => entry.reason)).toEqual([
      "GitHub's advisory database did not answer: GitHub's answer to GET /advisories is not what GitHub documents: the answer: array expected, got an object"
    ])
    const second = await matchGitHub([pkg('npm', 'lodash', '4.17.15')], client)
    expect(second.unchecked.map((entry) => entry.reason)).toEqual([
      expect.stringMatching(/^GitHub's advisory database did not answer: .*GET \/advisories.*(required|missing|type)/)
    ])
  })
  it("GitHub range text, and advisories without vectors keep GitHub's word", () => {
    expect(inGitHubRange('2.14.1', '>= 2.13.0, < 2.15.0', semverScheme)).toBe(true)
    expect(inGitHubRange('2.15.0', '>= 2.13.0, < 2.15.0', semverScheme)).toBe(false)
    expect(inGitHubRange('1.0.0', '= 1.0.0', semverScheme)).toBe(true)
    expect(inGitHubRange('1.0.1', '<= 1.0.0', semverScheme)).toBe(false)
    expect(() => inGitHubRange('1.0.0', '~> 1.0', semverScheme)).toThrow(/unreadable constraint/)
    const advisory = advisoryFromGitHub(globalAdvisoryFromOsv({ ...records.get('GHSA-crjr-9rc5-ghw8')!, severity: [] }))
    expect(advisory.severity).toEqual({ word: 'high', from: 'database' })
    expect(advisory.aliases).toEqual(['CVE-2022-24836'])
  })
})

describe('GitHub advisory database through GraphQL (a run with a token)', () => {
  /** The fake GitHub with GraphQL (executed against GitHub's published schema) and REST, and a client with a token. */
  async function fakeGraphql(
    extra: Parameters<typeof advisoriesRoute>[0]['advisories'] = [],
    maxPerPage?: number,
    graphqlAnswer?: FakeResponse
  ): Promise<ReturnType<typeof createGitHubClient>> {
    const advisories = [...githubAdvisories, ...extra]
    github = await startFakeGitHub({
      routes: {
        'GET /advisories': advisoriesRoute({ advisories, affects: githubAffects }),
        'POST /graphql': graphqlAnswer ?? advisoriesGraphqlRoute({ advisories, ...(maxPerPage ? { maxPerPage } : {}) })
      }
    })
    return createGitHubClient({ token: 'ghs_advisoriesgraphqltoken', apiUrl: github.url, counter: new RequestCounter(), retryBaseMs: 5, retries: 0 })
  }
  const posts = (): Array<{ query: string; variables: Record<string, string> }> =>
    github!.requests.filter((request) => request.method === 'POST').map((request) => request.body as { query: string; variables: Record<string, string> })
  const gets = (): string[] => github!.requests.filter((request) => request.method === 'GET').map((request) => request.path)

  it('the same findings as REST (GitHub evaluating the ranges), in one POST; both spellings of a PyPI name are asked', async () => {
    const client = await fakeGraphql()
    const report = await matchGitHub(INVENTORY, client, { graphql: true })
    const githubCovers = (line: string): boolean => !/^(Debian|Alpine)/.test(line) && !line.startsWith('Go ') && !line.includes('MAL-')
    // time 0.1.45 is outside GitHub's own range (>= 0.1, < 0.2 is its text of the record; the table above is the OSV reading).
    expect(findings(report)).toEqual(EXPECTED.filter(githubCovers))
    expect(report.requests).toBe(1)
    expect(gets()).toEqual([])
    const [post] = posts()
    expect(post!.query).toContain('query chaingateAdvisories(')
    expect(Object.values(post!.variables).sort()).toEqual([
      '000webhost-admin',
      'Jinja2',
      'golang.org/x/text',
      'jinja2',
      'lodash',
      'nokogiri',
      'org.apache.logging.log4j:log4j-core',
      'time'
    ])
    expect(report.unchecked.map((entry) => entry.package.ecosystem).sort()).toEqual(['Alpine:v3.12', 'Alpine:v3.16', 'Debian:7', 'Debian:7'])
  })

  it('names per request: ceil(names / limit) POSTs; a name with more vulnerabilities than a page is followed by its cursor', async () => {
    const second = globalAdvisoryFromOsv({ ...records.get('GHSA-jfh8-c2jp-5v3q')!, id: 'GHSA-test-page-0002', aliases: [] })
    const client = await fakeGraphql([second], 2)
    const many = [
      ...Array.from({ length: 25 }, (_, index) => pkg('npm', `package-${index}`, '1.0.0', index + 1)),
      pkg('Maven', 'org.apache.logging.log4j:log4j-core', '2.14.1')
    ]
    const report = await matchGitHub(many, client, { graphql: true, graphqlNames: 10 })
    expect(findings(report)).toEqual([
      'Maven org.apache.logging.log4j:log4j-core@2.14.1 CVE-2021-44228,GHSA-jfh8-c2jp-5v3q fixed=2.15.0',
      'Maven org.apache.logging.log4j:log4j-core@2.14.1 GHSA-test-page-0002 fixed=2.15.0'
    ])
    // 26 names in 3 POSTs of ≤ 10 aliases, then log4j-core's next pages (two vulnerabilities a page here), each
    // with its cursor. (Octokit's throttling spaces POSTs by a second, as GitHub asks: few pages here.)
    const pages = Math.ceil([second, globalAdvisoryFromOsv(records.get('GHSA-jfh8-c2jp-5v3q')!)].flatMap((advisory) => advisory.vulnerabilities!).length / 2)
    expect(pages).toBeGreaterThan(2)
    expect(posts().map((post) => Object.keys(post.variables).filter((name) => name.startsWith('p')).length)).toEqual([
      10,
      10,
      6,
      ...Array<number>(pages - 1).fill(1)
    ])
    for (const post of posts().slice(3)) expect(post.variables).toEqual({ p0: 'org.apache.logging.log4j:log4j-core', a0: expect.any(String) })
    expect(report.requests).toBe(3 + pages - 1)
  })

  it('malware (classification MALWARE) is flagged malicious; withdrawn advisories are skipped; EPSS and CVSS v4 are taken', async () => {
    const lodash = records.get('GHSA-p6mc-m468-83gw')!
    const malware = globalAdvisoryFromOsv(
      {
        ...lodash,
        id: 'GHSA-test-malw-0002',
        aliases: [],
        summary: 'Malware in evil-pkg',
        affected: [{ package: { ecosystem: 'npm', name: 'evil-pkg' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }] }] }]
      },
      { type: 'malware', severity: 'critical' }
    )
    const withdrawn = globalAdvisoryFromOsv({ ...lodash, id: 'GHSA-test-wdrn-0002' }, { withdrawn_at: '2024-01-01T00:00:00Z' })
    const scored = globalAdvisoryFromOsv(
      { ...lodash, id: 'GHSA-test-epss-0002', aliases: [] },
      {
        epss: { percentage: 0.42, percentile: 0.97 },
        cvss_severities: { cvss_v3: null, cvss_v4: { vector_string: 'CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', score: 9.3 } }
      }
    )
    const client = await fakeGraphql([malware, withdrawn, scored])
    const report = await matchGitHub([pkg('npm', 'evil-pkg', '1.0.0'), pkg('npm', 'lodash', '4.17.15'), pkg('npm', 'lodash', '4.17.21', 2)], client, {
      graphql: true
    })
    const byId = new Map(report.matches.map((match) => [match.advisory.id, match]))
    expect([...byId.keys()].sort()).toEqual(['GHSA-p6mc-m468-83gw', 'GHSA-test-epss-0002', 'GHSA-test-malw-0002'])
    expect(report.matches.every((match) => match.package.version !== '4.17.21')).toBe(true)
    expect(byId.get('GHSA-test-malw-0002')!.advisory.malicious).toBe(true)
    expect(byId.get('GHSA-test-epss-0002')!.advisory).toMatchObject({
      epss: { percentage: 0.42, percentile: 0.97 },
      severity: { word: 'critical', score: 9.3, from: 'cvss_v4' }
    })
    expect(byId.get('GHSA-p6mc-m468-83gw')!).toMatchObject({
      fixedVersions: ['4.17.20'],
      vulnerableRange: '< 4.17.20',
      advisory: { severity: { word: 'high', score: 7.4, from: 'cvss_v3' }, aliases: ['CVE-2020-8203'] }
    })
    expect(report.requests).toBe(1)
  })

  it('a range or a version that cannot be evaluated here is asked through REST (GitHub evaluates it), never taken as not affected', async () => {
    const odd = globalAdvisoryFromOsv(records.get('GHSA-p6mc-m468-83gw')!, {
      ghsa_id: 'GHSA-test-rnge-0001',
      identifiers: [{ type: 'GHSA', value: 'GHSA-test-rnge-0001' }]
    })
    odd.vulnerabilities = [{ ...odd.vulnerabilities![0]!, vulnerable_version_range: '~> 4.17' }]
    AFFECTS['npm lodash 4.17.15'] = ['GHSA-p6mc-m468-83gw', 'GHSA-test-rnge-0001']
    try {
      const client = await fakeGraphql([odd])
      const report = await matchGitHub(
        [pkg('npm', 'lodash', '4.17.15'), pkg('npm', 'lodash', 'not-a-version', 2), pkg('npm', 'left-pad', 'not-a-version', 3)],
        client,
        { graphql: true }
      )
      // Both lodash entries go to REST (one range is unreadable; one version cannot be ordered); left-pad has
      // no vulnerability at all, whatever its version: decided by GraphQL alone.
      const asked = gets().map((path) => new URL(`${github!.url}${path}`).searchParams.get('affects')!)
      expect(asked[0]).toBe('lodash@4.17.15,lodash@not-a-version')
      expect(asked.some((items) => items.includes('left-pad'))).toBe(false)
      // GitHub's answer (the table: 4.17.15 is in both advisories, not-a-version in none) decides.
      // (One finding: the two advisories share CVE-2020-8203, so their aliases merge.)
      expect(findings(report)).toEqual(['npm lodash@4.17.15 CVE-2020-8203,GHSA-p6mc-m468-83gw,GHSA-test-rnge-0001 fixed=4.17.20'])
      expect(report.unchecked).toEqual([])
    } finally {
      AFFECTS['npm lodash 4.17.15'] = ['GHSA-p6mc-m468-83gw']
    }
  })

  it('a GraphQL error, an error status or an answer without the asked shape leaves the packages unchecked, with the reason', async () => {
    const inventory = [pkg('npm', 'lodash', '4.17.15'), pkg('PyPI', 'Jinja2', '3.1.2')]
    for (const [answer, reason] of [
      [{ body: { errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded' }] } }, /did not answer: .*rate limit/i],
      [{ status: 502, body: { message: 'Server Error' } }, /did not answer: .*502/],
      [{ body: { data: { v0: { pageInfo: { hasNextPage: false }, nodes: 'nope' }, v1: null } } }, /did not answer: .*v0\.nodes is not a list/]
    ] as Array<[FakeResponse, RegExp]>) {
      const client = await fakeGraphql([], undefined, answer)
      const report = await matchGitHub(inventory, client, { graphql: true })
      expect(report.matches).toEqual([])
      expect(report.unchecked.map((entry) => entry.package.name).sort()).toEqual(['Jinja2', 'lodash'])
      for (const entry of report.unchecked) expect(entry.reason).toMatch(reason)
      await github!.close()
      github = undefined
    }
  })

  it('the run uses GraphQL when it has a token, REST without one', async () => {
    const client = await fakeGraphql()
    const source = createSource({ kind: 'github' }, { github: client, githubAuthenticated: true })
    expect(findings(await source.check([pkg('npm', 'lodash', '4.17.15')]))).toEqual(['npm lodash@4.17.15 CVE-2020-8203,GHSA-p6mc-m468-83gw fixed=4.17.20'])
    expect([posts().length, gets().length]).toEqual([1, 0])
    const anonymous = createSource({ kind: 'github' }, { github: client })
    expect(findings(await anonymous.check([pkg('npm', 'lodash', '4.17.15')]))).toEqual(['npm lodash@4.17.15 CVE-2020-8203,GHSA-p6mc-m468-83gw fixed=4.17.20'])
    expect([posts().length, gets().length]).toEqual([1, 2])
  })
})
