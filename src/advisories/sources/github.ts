/**
 * GitHub's global advisory database (`--advisories github`): `GET /advisories?ecosystem=…&affects=name@version,…`
 * through the run's Octokit client (no token needed; a token raises the rate limit; GHES with GitHub
 * Connect through `GITHUB_API_URL`). GitHub evaluates the ranges on its side, so each request carries as many
 * packages of one ecosystem as the API (1,000) and GitHub's URL limit (8,191 bytes) allow, `per_page=100`,
 * pages followed through the Link header; reviewed advisories and malware are asked separately (the API
 * takes one `type`). An advisory comes back when it affects any package of the request: when it names more
 * than one of them, its `vulnerable_version_range` is evaluated here to say which, and a package whose
 * version cannot be ordered is asked about alone. Ecosystems GitHub does not cover are unchecked.
 */
import type { GitHubClient } from '../../github/client.js'
import { classifyApiError } from '../../github/api-error.js'
import { listAll } from '../../github/facts/support.js'
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
const TYPES = ['reviewed', 'malware'] as const

export interface GitHubSourceOptions {
  /** Longest request URL (tests lower it to force several batches). */
  maxUrlLength?: number
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
      unchecked.push({ package: pkg, reason: `GitHub's advisory database does not cover the ${pkg.ecosystem} ecosystem (use --advisories osv or a local OSV snapshot)` })
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
  for (const [ecosystem, entries] of byEcosystem) {
    const github = githubEcosystem(ecosystem)!
    const fixedPart = `${client.apiUrl.replace(/\/+$/, '')}/advisories?ecosystem=${github}&affects=&per_page=100&type=reviewed`.length
    for (const batch of batches([...entries.values()], limit - fixedPart)) {
      try {
        const found = new Map<string, GlobalAdvisory>()
        for (const type of TYPES) for (const advisory of await listAdvisories(client, { ecosystem: github, affects: batch.map(affectsItem).join(','), type })) found.set(advisory.ghsa_id, advisory)
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
  return {
    source: { kind: 'github', location: client.apiUrl, retrieved: (options.now ?? new Date()).toISOString() },
    matches: mergeAliases(matches),
    unchecked,
    checked,
    requests: client.counter.count - before
  }
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
    for (const key of ['vulnerable_version_range', 'first_patched_version']) if (v[key] !== null && v[key] !== undefined && typeof v[key] !== 'string') return `${advisory.ghsa_id}: ${key} is not a string`
  }
  if (advisory.identifiers !== null && advisory.identifiers !== undefined && !Array.isArray(advisory.identifiers)) return `${advisory.ghsa_id}: identifiers is not a list`
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
        return scheme !== undefined && vulnerability.vulnerable_version_range !== null && inGitHubRange(entry.version, vulnerability.vulnerable_version_range, scheme)
      } catch {
        return false
      }
    })
    if (candidates.size === 1) affected = true // GitHub said it affects a package of the request: this one.
    else if (covering.length > 0) affected = true
    else if (scheme && vulnerabilities.every((vulnerability) => evaluable(entry.version, vulnerability.vulnerable_version_range, scheme))) affected = false
    else affected = (await listAdvisories(client, { ecosystem: github, affects: affectsItem(entry), type: advisory.type, ghsa_id: advisory.ghsa_id })).some((found) => found.ghsa_id === advisory.ghsa_id)
    if (!affected) continue
    const shown = covering.length > 0 ? covering : vulnerabilities
    const fixedVersions = [...new Set(shown.map((vulnerability) => vulnerability.first_patched_version).filter((version): version is string => typeof version === 'string' && version !== ''))]
    const ranges = [...new Set(shown.map((vulnerability) => vulnerability.vulnerable_version_range).filter((range): range is string => typeof range === 'string' && range !== ''))]
    for (const pkg of entry.packages) result.push({ package: pkg, advisory: model, fixedVersions, ...(ranges.length > 0 ? { vulnerableRange: ranges.join(' || ') } : {}) })
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
  const constraints = range.split(',').map((part) => part.trim()).filter((part) => part !== '')
  if (constraints.length === 0) throw new Error(`empty range ${JSON.stringify(range)}`)
  return constraints.every((constraint) => {
    const match = /^(>=|<=|>|<|=)\s*(\S+)$/.exec(constraint)
    if (!match) throw new Error(`unreadable constraint ${JSON.stringify(constraint)}`)
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
  const vectors = [advisory.cvss_severities?.cvss_v4?.vector_string, advisory.cvss_severities?.cvss_v3?.vector_string, (advisory as { cvss?: { vector_string?: string | null } | null }).cvss?.vector_string].filter((vector): vector is string => typeof vector === 'string' && vector !== '')
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
  if (epss && typeof epss.percentage === 'number') model.epss = { percentage: epss.percentage, ...(typeof epss.percentile === 'number' ? { percentile: epss.percentile } : {}) }
  return model
}

function describe(error: unknown): string {
  return classifyApiError(error).message
}
