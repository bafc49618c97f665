/**
 * GitHub's global advisory database (`--advisories github`), through the run's Octokit client (GHES with
 * GitHub Connect through `GITHUB_API_URL`). Two ways to ask it:
 *
 * - **GraphQL, when the run has a token** (GraphQL takes no anonymous request): `securityVulnerabilities(
 *   ecosystem:, package:, classifications: [GENERAL, MALWARE], first: 100)` once per package name, up to
 *   GRAPHQL_NAMES_PER_REQUEST names as aliases of one POST (no URL limit; GitHub's limits are 500,000 nodes
 *   a call, here 100 per alias, and a cost of one point per 100 connections). GraphQL does not take a
 *   version: every vulnerability of the package comes back and its `vulnerableVersionRange` is evaluated
 *   here with the ecosystem's comparator. A range or version that cannot be evaluated is never "not
 *   affected": that package is asked through REST, where GitHub evaluates it. A name with more than 100
 *   vulnerabilities is followed by its cursor in the next POST.
 * - **REST, without a token**: `GET /advisories?ecosystem=…&affects=name@version,…` (GitHub matches the
 *   ranges), each request carrying as many packages of one ecosystem as the API (1,000) and GitHub's URL
 *   limit (8,191 bytes) allow, `per_page=100`, pages followed through the Link header. Reviewed advisories
 *   and malware are separate `type`s; malware is asked only in the ecosystems GitHub publishes it for
 *   (GITHUB_MALWARE_ECOSYSTEMS). An advisory comes back when it affects any package of the request: when
 *   it names more than one of them, its `vulnerable_version_range` is evaluated here to say which, and a
 *   package whose version cannot be ordered is asked about alone.
 *
 * Ecosystems GitHub does not cover are unchecked.
 */
import type { GitHubClient } from '../../github/client.js'
import { classifyApiError } from '../../github/api-error.js'
import { listAll } from '../../github/facts/support.js'
import { graphql, securityVulnerabilitiesQuery } from '../../github/graphql.js'
import type { components } from '@octokit/openapi-types'
import type { Advisory, AdvisoryMatch, AdvisoryReport, Package, UncheckedPackage } from '../model.js'
import { githubEcosystem } from '../ecosystems.js'
import { mergeAliases } from '../merge.js'
import { nameKey } from '../names.js'
import { severityOf } from '../severity.js'
import { versionSchemeFor, type VersionScheme } from '../versions/index.js'
import { queryVersion } from './query-version.js'

type GlobalAdvisory = components['schemas']['global-advisory']
type Vulnerability = components['schemas']['vulnerability']

/** GitHub answers 414 above 8,191 bytes; the rest is room for the cursor of later pages. */
export const GITHUB_URL_LIMIT = 8000
export const GITHUB_AFFECTS_LIMIT = 1000

/**
 * The ecosystems (GitHub's names) in which GitHub publishes malware advisories: npm only. GitHub's
 * documentation, "About global security advisories" (docs.github.com, code-security, GitHub Enterprise
 * Server 3.16): "Malware advisories relate to vulnerabilities caused by malware and are exclusive to the npm
 * ecosystem. We publish them automatically into the GitHub Advisory Database, directly from information
 * provided by the npm security team."; "Dependabot malware alerts": "Currently, Dependabot malware alerts
 * are available for packages in the npm ecosystem." REST asks `type=malware` only there (one request per
 * batch less in every other ecosystem); GraphQL asks both classifications everywhere at no extra cost.
 */
export const GITHUB_MALWARE_ECOSYSTEMS: readonly string[] = ['npm']

/** Names (aliases) per GraphQL request: 100,000 nodes of GitHub's 500,000, 10 points of the hourly 5,000. */
export const GRAPHQL_NAMES_PER_REQUEST = 1000

/** OSV ecosystem → GraphQL `SecurityAdvisoryEcosystem`. */
const GRAPHQL_ECOSYSTEM: Readonly<Record<string, string>> = {
  npm: 'NPM',
  pip: 'PIP',
  maven: 'MAVEN',
  nuget: 'NUGET',
  composer: 'COMPOSER',
  go: 'GO',
  rust: 'RUST',
  erlang: 'ERLANG',
  rubygems: 'RUBYGEMS',
  pub: 'PUB',
  swift: 'SWIFT',
  actions: 'ACTIONS'
}

export interface GitHubSourceOptions {
  /** Longest request URL (tests lower it to force several batches). */
  maxUrlLength?: number
  /** Ask through GraphQL (the client has a token); else REST. */
  graphql?: boolean
  /** Names per GraphQL request (tests lower it). */
  graphqlNames?: number
  now?: Date
}

interface Entry {
  name: string
  version: string
  packages: Package[]
}

export async function matchGitHub(packages: Package[], client: GitHubClient, options: GitHubSourceOptions = {}): Promise<AdvisoryReport> {
  const before = client.counter.count
  const unchecked: UncheckedPackage[] = []
  const matches: AdvisoryMatch[] = []
  const byEcosystem = new Map<string, Map<string, Entry>>()
  let checked = 0
  for (const pkg of packages) {
    if (pkg.version === null) continue
    if (!githubEcosystem(pkg.ecosystem)) {
      unchecked.push({
        package: pkg,
        reason: `GitHub's advisory database does not cover the ${pkg.ecosystem} ecosystem (use --advisories osv or a local OSV snapshot)`
      })
      continue
    }
    checked += 1
    const version = queryVersion(pkg.ecosystem, pkg.version)
    const entries = byEcosystem.get(pkg.ecosystem) ?? new Map<string, Entry>()
    const key = `${nameKey(pkg.ecosystem, pkg.name)}@${version}`
    const entry = entries.get(key) ?? { name: pkg.name, version, packages: [] }
    entry.packages.push(pkg)
    entries.set(key, entry)
    byEcosystem.set(pkg.ecosystem, entries)
  }
  const limit = options.maxUrlLength ?? GITHUB_URL_LIMIT
  if (options.graphql) {
    const viaGraphql = await matchGraphql(client, byEcosystem, options.graphqlNames ?? GRAPHQL_NAMES_PER_REQUEST)
    matches.push(...viaGraphql.matches)
    unchecked.push(...viaGraphql.unchecked)
    const rest = await matchRest(client, viaGraphql.ask, limit)
    matches.push(...rest.matches)
    unchecked.push(...rest.unchecked)
  } else {
    const rest = await matchRest(client, byEcosystem, limit)
    matches.push(...rest.matches)
    unchecked.push(...rest.unchecked)
  }
  return {
    source: { kind: 'github', location: client.apiUrl, retrieved: (options.now ?? new Date()).toISOString() },
    matches: mergeAliases(matches),
    unchecked,
    checked,
    requests: client.counter.count - before
  }
}

/** A vulnerability as the GraphQL query reads it (src/github/graphql.ts, `chaingateVulnerabilities`). */
interface GraphqlVulnerability {
  package: { ecosystem: string; name: string }
  vulnerableVersionRange: string
  firstPatchedVersion: { identifier: string } | null
  advisory: {
    ghsaId: string
    classification: string
    summary: string
    severity: string
    publishedAt: string
    updatedAt: string
    withdrawnAt: string | null
    permalink: string | null
    identifiers: Array<{ type: string; value: string }>
    cvssSeverities?: { cvssV3?: { vectorString?: string | null } | null; cvssV4?: { vectorString?: string | null } | null } | null
    epss?: { percentage?: number | null; percentile?: number | null } | null
  }
}

interface GraphqlConnection {
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  nodes: unknown[]
}

/** One name asked through GraphQL: its spelling, the entries (versions) it stands for, the cursor of its next page. */
interface NameQuery {
  ecosystem: string
  github: string
  name: string
  key: string
  after: string | null
}

/**
 * GraphQL (see the header). Returns the matches it could decide, the packages it could not ask (GraphQL
 * failed), and the entries to ask through REST (a range or version that cannot be evaluated here).
 */
async function matchGraphql(
  client: GitHubClient,
  byEcosystem: Map<string, Map<string, Entry>>,
  perRequest: number
): Promise<{ matches: AdvisoryMatch[]; unchecked: UncheckedPackage[]; ask: Map<string, Map<string, Entry>> }> {
  const matches: AdvisoryMatch[] = []
  const unchecked: UncheckedPackage[] = []
  const ask = new Map<string, Map<string, Entry>>()
  // Entries grouped by ecosystem and name key; each name asked in its locked spelling and, where the
  // ecosystem's names ignore case or punctuation, its normal form too (GitHub's `package` filter is an
  // exact string: whichever spelling GitHub stored is asked).
  const groups = new Map<string, { ecosystem: string; entries: Entry[]; vulnerabilities: Map<string, GraphqlVulnerability>; failed?: string }>()
  const pending: NameQuery[] = []
  for (const [ecosystem, entries] of byEcosystem) {
    for (const entry of entries.values()) {
      const key = `${ecosystem}\u0000${nameKey(ecosystem, entry.name)}`
      let group = groups.get(key)
      if (!group) {
        group = { ecosystem, entries: [], vulnerabilities: new Map() }
        groups.set(key, group)
      }
      group.entries.push(entry)
    }
  }
  for (const [key, group] of groups) {
    const github = githubEcosystem(group.ecosystem)!
    const spellings = new Set<string>()
    for (const entry of group.entries) spellings.add(entry.name)
    spellings.add(nameKey(group.ecosystem, group.entries[0]!.name))
    for (const name of spellings) pending.push({ ecosystem: group.ecosystem, github, name, key, after: null })
  }
  while (pending.length > 0) {
    const chunk = pending.splice(0, perRequest)
    const query = securityVulnerabilitiesQuery(chunk.map((item) => ({ ecosystem: GRAPHQL_ECOSYSTEM[item.github]!, after: item.after !== null })))
    const variables: Record<string, string> = {}
    chunk.forEach((item, index) => {
      variables[`p${index}`] = item.name
      if (item.after !== null) variables[`a${index}`] = item.after
    })
    let data: Record<string, unknown>
    try {
      data = await graphql<Record<string, unknown>>(client, query, variables)
      const problem = chunk.map((_item, index) => connectionShapeProblem(data?.[`v${index}`], `v${index}`)).find((found) => found !== null)
      if (problem) throw new Error(`GitHub's GraphQL answer does not have the shape asked for: ${problem}`)
    } catch (error) {
      const reason = `GitHub's advisory database did not answer: ${describe(error)}`
      for (const item of chunk) groups.get(item.key)!.failed = reason
      continue
    }
    chunk.forEach((item, index) => {
      const connection = data[`v${index}`] as GraphqlConnection
      const group = groups.get(item.key)!
      for (const node of connection.nodes as GraphqlVulnerability[]) {
        // Only the package asked about, in its ecosystem (the key compares names the ecosystem's way).
        if (node.package.ecosystem !== GRAPHQL_ECOSYSTEM[item.github] || nameKey(item.ecosystem, node.package.name) !== nameKey(item.ecosystem, item.name))
          continue
        group.vulnerabilities.set(`${node.advisory.ghsaId}\u0000${node.vulnerableVersionRange}\u0000${node.firstPatchedVersion?.identifier ?? ''}`, node)
      }
      if (connection.pageInfo.hasNextPage) {
        if (!connection.pageInfo.endCursor) group.failed = "GitHub's advisory database did not answer: a GraphQL page said there is more but gave no cursor"
        else pending.push({ ...item, after: connection.pageInfo.endCursor })
      }
    })
  }
  for (const group of groups.values()) {
    if (group.failed) {
      for (const entry of group.entries) for (const pkg of entry.packages) unchecked.push({ package: pkg, reason: group.failed })
      continue
    }
    const scheme = versionSchemeFor(group.ecosystem)
    const live = [...group.vulnerabilities.values()].filter((vulnerability) => !vulnerability.advisory.withdrawnAt)
    for (const entry of group.entries) {
      const covering = new Map<string, GraphqlVulnerability[]>()
      let undecided = false
      for (const vulnerability of live) {
        let inside: boolean
        try {
          if (!scheme) throw new Error('no comparator')
          inside = inGitHubRange(entry.version, vulnerability.vulnerableVersionRange, scheme)
        } catch {
          undecided = true // never "not affected": GitHub evaluates it (REST)
          break
        }
        if (inside) covering.set(vulnerability.advisory.ghsaId, [...(covering.get(vulnerability.advisory.ghsaId) ?? []), vulnerability])
      }
      if (undecided) {
        const entries = ask.get(group.ecosystem) ?? new Map<string, Entry>()
        entries.set(`${nameKey(group.ecosystem, entry.name)}@${entry.version}`, entry)
        ask.set(group.ecosystem, entries)
        continue
      }
      for (const vulnerabilities of covering.values()) {
        const model = advisoryFromGitHub(globalAdvisoryOfGraphql(vulnerabilities[0]!))
        const fixedVersions = [
          ...new Set(
            vulnerabilities
              .map((vulnerability) => vulnerability.firstPatchedVersion?.identifier)
              .filter((version): version is string => typeof version === 'string' && version !== '')
          )
        ]
        const ranges = [...new Set(vulnerabilities.map((vulnerability) => vulnerability.vulnerableVersionRange).filter((range) => range !== ''))]
        for (const pkg of entry.packages)
          matches.push({ package: pkg, advisory: model, fixedVersions, ...(ranges.length > 0 ? { vulnerableRange: ranges.join(' || ') } : {}) })
      }
    }
  }
  return { matches, unchecked, ask }
}

/** The fields read from one alias's answer, checked before use. */
export function connectionShapeProblem(value: unknown, alias: string): string | null {
  if (typeof value !== 'object' || value === null) return `${alias} is missing`
  const connection = value as Record<string, unknown>
  const pageInfo = connection.pageInfo as Record<string, unknown> | null
  if (typeof pageInfo !== 'object' || pageInfo === null || typeof pageInfo.hasNextPage !== 'boolean') return `${alias}.pageInfo.hasNextPage is not a boolean`
  if (!Array.isArray(connection.nodes)) return `${alias}.nodes is not a list`
  for (const node of connection.nodes as unknown[]) {
    const v = node as Record<string, unknown> | null
    if (typeof v !== 'object' || v === null) return `${alias}: a node is not an object`
    const pkg = v.package as Record<string, unknown> | null
    if (typeof pkg !== 'object' || pkg === null || typeof pkg.ecosystem !== 'string' || typeof pkg.name !== 'string')
      return `${alias}: a node has no package ecosystem and name`
    if (typeof v.vulnerableVersionRange !== 'string') return `${alias}: vulnerableVersionRange is not a string`
    const patched = v.firstPatchedVersion as Record<string, unknown> | null
    if (patched !== null && (typeof patched !== 'object' || typeof patched.identifier !== 'string')) return `${alias}: firstPatchedVersion has no identifier`
    const advisory = v.advisory as Record<string, unknown> | null
    if (typeof advisory !== 'object' || advisory === null || typeof advisory.ghsaId !== 'string' || !advisory.ghsaId)
      return `${alias}: a node has no advisory ghsaId`
    if (typeof advisory.classification !== 'string' || typeof advisory.severity !== 'string') return `${advisory.ghsaId}: no classification or severity`
    if (!Array.isArray(advisory.identifiers)) return `${advisory.ghsaId}: identifiers is not a list`
    if (advisory.withdrawnAt !== null && typeof advisory.withdrawnAt !== 'string') return `${advisory.ghsaId}: withdrawnAt is not a date`
  }
  return null
}

/** A GraphQL advisory in the REST shape advisoryFromGitHub reads (GraphQL's MODERATE is REST's medium). */
function globalAdvisoryOfGraphql(node: GraphqlVulnerability): GlobalAdvisory {
  const advisory = node.advisory
  const cve = advisory.identifiers.find((identifier) => identifier.type === 'CVE')?.value ?? null
  const severity = advisory.severity.toLowerCase()
  const v3 = advisory.cvssSeverities?.cvssV3?.vectorString
  const v4 = advisory.cvssSeverities?.cvssV4?.vectorString
  return {
    ghsa_id: advisory.ghsaId,
    cve_id: cve,
    identifiers: advisory.identifiers,
    type: advisory.classification === 'MALWARE' ? 'malware' : 'reviewed',
    severity: severity === 'moderate' ? 'medium' : severity,
    summary: advisory.summary,
    published_at: advisory.publishedAt,
    updated_at: advisory.updatedAt,
    withdrawn_at: advisory.withdrawnAt,
    html_url: advisory.permalink ?? `https://github.com/advisories/${advisory.ghsaId}`,
    cvss_severities: { cvss_v3: v3 ? { vector_string: v3, score: null } : null, cvss_v4: v4 ? { vector_string: v4, score: null } : null },
    epss:
      advisory.epss && typeof advisory.epss.percentage === 'number'
        ? { percentage: advisory.epss.percentage, percentile: advisory.epss.percentile ?? null }
        : null
  } as unknown as GlobalAdvisory
}

/** REST: `GET /advisories` per ecosystem and batch (see the header). */
async function matchRest(
  client: GitHubClient,
  byEcosystem: Map<string, Map<string, Entry>>,
  limit: number
): Promise<{ matches: AdvisoryMatch[]; unchecked: UncheckedPackage[] }> {
  const matches: AdvisoryMatch[] = []
  const unchecked: UncheckedPackage[] = []
  for (const [ecosystem, entries] of byEcosystem) {
    if (entries.size === 0) continue
    const github = githubEcosystem(ecosystem)!
    const types = GITHUB_MALWARE_ECOSYSTEMS.includes(github) ? (['reviewed', 'malware'] as const) : (['reviewed'] as const)
    const fixedPart = `${client.apiUrl.replace(/\/+$/, '')}/advisories?ecosystem=${github}&affects=&per_page=100&type=reviewed`.length
    for (const batch of batches([...entries.values()], limit - fixedPart)) {
      try {
        const found = new Map<string, GlobalAdvisory>()
        for (const type of types)
          for (const advisory of await listAdvisories(client, { ecosystem: github, affects: batch.map(affectsItem).join(','), type }))
            found.set(advisory.ghsa_id, advisory)
        for (const advisory of found.values()) {
          if (advisory.withdrawn_at) continue
          matches.push(...(await attribute(client, ecosystem, github, advisory, batch)))
        }
      } catch (error) {
        const reason = `GitHub's advisory database did not answer: ${describe(error)}`
        for (const entry of batch) for (const pkg of entry.packages) unchecked.push({ package: pkg, reason })
      }
    }
  }
  return { matches, unchecked }
}

const affectsItem = (entry: Entry): string => `${entry.name}@${entry.version}`

/** Entries split so that each request stays within 1,000 packages and the URL budget. */
export function batches(entries: Entry[], budget: number): Entry[][] {
  const result: Entry[][] = []
  let current: Entry[] = []
  let length = 0
  for (const entry of entries) {
    const size = encodeURIComponent(affectsItem(entry)).length + (current.length > 0 ? encodeURIComponent(',').length : 0)
    if (current.length > 0 && (current.length >= GITHUB_AFFECTS_LIMIT || length + size > budget)) {
      result.push(current)
      current = []
      length = 0
    }
    length += current.length > 0 ? size : encodeURIComponent(affectsItem(entry)).length
    current.push(entry)
  }
  if (current.length > 0) result.push(current)
  return result
}

async function listAdvisories(client: GitHubClient, params: { ecosystem: string; affects: string; type: string; ghsa_id?: string }): Promise<GlobalAdvisory[]> {
  // listAll fails the whole list on any bad page (a list read in part is never the list).
  const { items } = await listAll<unknown>(client, 'GET /advisories', { ...params, per_page: 100 })
  for (const item of items) {
    const problem = advisoryShapeProblem(item)
    if (problem) throw new Error(`GET /advisories answered with an advisory that does not have GitHub's shape: ${problem}`)
  }
  return items as GlobalAdvisory[]
}

/** The fields read here, checked before use. */
export function advisoryShapeProblem(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return 'not an object'
  const advisory = item as Record<string, unknown>
  if (typeof advisory.ghsa_id !== 'string' || !advisory.ghsa_id) return 'no ghsa_id'
  if (typeof advisory.type !== 'string') return `${advisory.ghsa_id}: no type`
  if (advisory.vulnerabilities !== null && !Array.isArray(advisory.vulnerabilities)) return `${advisory.ghsa_id}: vulnerabilities is not a list`
  for (const vulnerability of (advisory.vulnerabilities ?? []) as unknown[]) {
    const v = vulnerability as Record<string, unknown> | null
    if (typeof v !== 'object' || v === null) return `${advisory.ghsa_id}: a vulnerability is not an object`
    const pkg = v.package as Record<string, unknown> | null
    if (pkg !== null && (typeof pkg !== 'object' || typeof pkg.ecosystem !== 'string')) return `${advisory.ghsa_id}: a vulnerability has no package ecosystem`
    for (const key of ['vulnerable_version_range', 'first_patched_version'])
      if (v[key] !== null && v[key] !== undefined && typeof v[key] !== 'string') return `${advisory.ghsa_id}: ${key} is not a string`
  }
  if (advisory.identifiers !== null && advisory.identifiers !== undefined && !Array.isArray(advisory.identifiers))
    return `${advisory.ghsa_id}: identifiers is not a list`
  return null
}

/** Which packages of the request an advisory affects (see the header), with their fixed versions. */
async function attribute(client: GitHubClient, ecosystem: string, github: string, advisory: GlobalAdvisory, batch: Entry[]): Promise<AdvisoryMatch[]> {
  const byName = new Map<string, Entry[]>()
  for (const entry of batch) byName.set(nameKey(ecosystem, entry.name), [...(byName.get(nameKey(ecosystem, entry.name)) ?? []), entry])
  const candidates = new Map<Entry, Vulnerability[]>()
  for (const vulnerability of advisory.vulnerabilities ?? []) {
    const name = vulnerability.package?.name
    if (!name || vulnerability.package?.ecosystem !== github) continue
    for (const entry of byName.get(nameKey(ecosystem, name)) ?? []) candidates.set(entry, [...(candidates.get(entry) ?? []), vulnerability])
  }
  const model = advisoryFromGitHub(advisory)
  const scheme = versionSchemeFor(ecosystem)
  const result: AdvisoryMatch[] = []
  for (const [entry, vulnerabilities] of candidates) {
    let affected: boolean
    const covering = vulnerabilities.filter((vulnerability) => {
      try {
        return (
          scheme !== undefined &&
          vulnerability.vulnerable_version_range !== null &&
          inGitHubRange(entry.version, vulnerability.vulnerable_version_range, scheme)
        )
      } catch {
        return false
      }
    })
    if (candidates.size === 1)
      affected = true // GitHub said it affects a package of the request: this one.
    else if (covering.length > 0) affected = true
    else if (scheme && vulnerabilities.every((vulnerability) => evaluable(entry.version, vulnerability.vulnerable_version_range, scheme))) affected = false
    else
      affected = (await listAdvisories(client, { ecosystem: github, affects: affectsItem(entry), type: advisory.type, ghsa_id: advisory.ghsa_id })).some(
        (found) => found.ghsa_id === advisory.ghsa_id
      )
    if (!affected) continue
    const shown = covering.length > 0 ? covering : vulnerabilities
    const fixedVersions = [
      ...new Set(
        shown.map((vulnerability) => vulnerability.first_patched_version).filter((version): version is string => typeof version === 'string' && version !== '')
      )
    ]
    const ranges = [
      ...new Set(
        shown.map((vulnerability) => vulnerability.vulnerable_version_range).filter((range): range is string => typeof range === 'string' && range !== '')
      )
    ]
    for (const pkg of entry.packages)
      result.push({ package: pkg, advisory: model, fixedVersions, ...(ranges.length > 0 ? { vulnerableRange: ranges.join(' || ') } : {}) })
  }
  return result
}

function evaluable(version: string, range: string | null, scheme: VersionScheme): boolean {
  if (range === null) return false
  try {
    inGitHubRange(version, range, scheme)
    return true
  } catch {
    return false
  }
}

/**
 * GitHub's `vulnerable_version_range`: comma-separated constraints `>= x`, `> x`, `< y`, `<= y`, `= x`, all of
 * which must hold. Throws (UnparseableVersion or Error) when a constraint or version cannot be read.
 */
export function inGitHubRange(version: string, range: string, scheme: VersionScheme): boolean {
  const constraints = range
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
  if (constraints.length === 0) throw new Error(`empty range ${JSON.stringify(range)}`)
  return constraints.every((constraint) => {
    const match = /^(>=|<=|>|<|=)\s*(\S+)$/.exec(constraint)
    if (!match) throw new Error(`unreadable constraint ${JSON.stringify(constraint)}`)
    // `>= 0` is GitHub's "every version" (malware, unfixed ranges), like OSV's `introduced: "0"`: no comparison.
    if (match[1] === '>=' && match[2] === '0') return true
    const order = scheme.compare(version, match[2]!)
    switch (match[1]) {
      case '>=':
        return order >= 0
      case '>':
        return order > 0
      case '<=':
        return order <= 0
      case '<':
        return order < 0
      default:
        return order === 0
    }
  })
}

/** The advisory model of a GitHub advisory: CVSS vectors scored here, else GitHub's word; EPSS when given. */
export function advisoryFromGitHub(advisory: GlobalAdvisory): Advisory {
  const vectors = [
    advisory.cvss_severities?.cvss_v4?.vector_string,
    advisory.cvss_severities?.cvss_v3?.vector_string,
    (advisory as { cvss?: { vector_string?: string | null } | null }).cvss?.vector_string
  ].filter((vector): vector is string => typeof vector === 'string' && vector !== '')
  const aliases = new Set<string>()
  if (advisory.cve_id) aliases.add(advisory.cve_id)
  for (const identifier of advisory.identifiers ?? []) if (identifier.value !== advisory.ghsa_id) aliases.add(identifier.value)
  const model: Advisory = {
    id: advisory.ghsa_id,
    aliases: [...aliases],
    severity: severityOf([...new Set(vectors)], advisory.severity === 'unknown' ? undefined : advisory.severity),
    malicious: advisory.type === 'malware',
    ...(advisory.summary ? { summary: advisory.summary } : {}),
    ...(advisory.published_at ? { published: advisory.published_at } : {}),
    ...(advisory.updated_at ? { modified: advisory.updated_at } : {}),
    ...(advisory.html_url ? { url: advisory.html_url } : {})
  }
  const epss = advisory.epss
  if (epss && typeof epss.percentage === 'number')
    model.epss = { percentage: epss.percentage, ...(typeof epss.percentile === 'number' ? { percentile: epss.percentile } : {}) }
  return model
}

function describe(error: unknown): string {
  return classifyApiError(error).message
}
