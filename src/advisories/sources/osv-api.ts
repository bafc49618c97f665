/**
 * The OSV API (`--advisories osv`, base URL `--osv-url`, default https://api.osv.dev): one
 * `POST /v1/querybatch` per 1,000 distinct packages (pages of a query followed with its
 * `next_page_token`), then `GET /v1/vulns/{id}` only for records not already cached by id + `modified`.
 * OSV decides which packages a record affects; the record gives the advisory, its aliases, severity and
 * the fixed versions. Every answer is checked (status, content type, JSON, shape); whatever fails makes
 * the packages it concerns unchecked with the cause, never "not affected".
 */
import type { AdvisoryMatch, AdvisoryReport, Package, UncheckedPackage } from '../model.js'
import { ecosystemGap, isOsvEcosystem, osvApiGap } from '../ecosystems.js'
import { mergeAliases } from '../merge.js'
import { nameKey } from '../names.js'
import { advisoryFromOsv, entriesFor, evaluateAffected, noFixStatement, type OsvRecord } from '../osv.js'
import { osvRecordProblem, queryBatchProblem, type QueryBatchResult } from '../osv-shape.js'
import { DEFAULT_HTTP, HttpProblem, requestJson, type HttpOptions } from './http.js'
import { DEFAULT_OSV_URL } from './index.js'
import { OsvRecordCache } from './osv-cache.js'
import { queryVersion } from './query-version.js'

/** OSV's documented limit of queries per `querybatch`. */
export const OSV_BATCH_LIMIT = 1000
const MAX_PAGES = 50

export interface OsvApiOptions {
  baseUrl?: string
  /** Directory for the on-disk record cache; none: memory only. */
  cacheDir?: string
  /** A cache shared with earlier calls (a long-lived process); a new one otherwise. */
  cache?: OsvRecordCache
  http?: Partial<HttpOptions>
  /** Record downloads in flight at once. */
  concurrency?: number
  now?: Date
}

interface Query {
  ecosystem: string
  name: string
  version: string
  packages: Package[]
  /** Record ids and their `modified`, as querybatch answered. */
  vulns: Map<string, string>
  failed?: string
}

export async function matchOsvApi(packages: Package[], options: OsvApiOptions = {}): Promise<AdvisoryReport> {
  const baseUrl = (options.baseUrl ?? DEFAULT_OSV_URL).replace(/\/+$/, '')
  const cache = options.cache ?? new OsvRecordCache(options.cacheDir)
  let requests = 0
  const http: HttpOptions = {
    ...DEFAULT_HTTP,
    userAgent: 'chaingate',
    ...options.http,
    onRequest: (method, url) => {
      requests += 1
      options.http?.onRequest?.(method, url)
    }
  }
  const unchecked: UncheckedPackage[] = []
  const queries = new Map<string, Query>()
  let checked = 0
  for (const pkg of packages) {
    if (pkg.version === null) continue
    if (!isOsvEcosystem(pkg.ecosystem)) {
      unchecked.push({ package: pkg, reason: `OSV has no ${pkg.ecosystem} ecosystem` })
      continue
    }
    const gap = ecosystemGap(pkg.ecosystem) ?? osvApiGap(pkg.ecosystem)
    if (gap) {
      unchecked.push({ package: pkg, reason: gap })
      continue
    }
    checked += 1
    const version = queryVersion(pkg.ecosystem, pkg.version)
    const key = `${pkg.ecosystem}\u0000${nameKey(pkg.ecosystem, pkg.name)}\u0000${version}`
    const query: Query = queries.get(key) ?? { ecosystem: pkg.ecosystem, name: pkg.name, version, packages: [], vulns: new Map() }
    query.packages.push(pkg)
    queries.set(key, query)
  }

  // querybatch, 1,000 queries at a time; queries with more pages go round again with their page token.
  let pending: Array<{ query: Query; pageToken?: string }> = [...queries.values()].map((query) => ({ query }))
  for (let round = 0; pending.length > 0; round += 1) {
    const next: typeof pending = []
    for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
      const batch = pending.slice(start, start + OSV_BATCH_LIMIT)
      if (round >= MAX_PAGES) {
        for (const { query } of batch) query.failed = `OSV kept paginating after ${MAX_PAGES} pages`
        continue
      }
      const body = {
        queries: batch.map(({ query, pageToken }) => ({
          package: { ecosystem: query.ecosystem, name: query.name },
          version: query.version,
          ...(pageToken ? { page_token: pageToken } : {})
        }))
      }
      let results: QueryBatchResult[]
      try {
        const answer = await requestJson('POST', `${baseUrl}/v1/querybatch`, body, http)
        const problem = queryBatchProblem(answer, batch.length)
        if (problem) throw new HttpProblem(`POST ${baseUrl}/v1/querybatch answered with an unexpected shape: ${problem}`)
        results = (answer as { results: QueryBatchResult[] }).results
      } catch (error) {
        for (const { query } of batch) query.failed = messageOf(error)
        continue
      }
      for (const [index, result] of results.entries()) {
        const { query } = batch[index]!
        for (const vuln of result.vulns ?? []) {
          const known = query.vulns.get(vuln.id)
          if (!known || vuln.modified > known) query.vulns.set(vuln.id, vuln.modified)
        }
        if (result.next_page_token) next.push({ query, pageToken: result.next_page_token })
      }
    }
    pending = next
  }

  // One download per distinct record not cached by id + modified.
  const wanted = new Map<string, string>()
  for (const query of queries.values()) {
    if (query.failed) continue
    for (const [id, modified] of query.vulns) if (!wanted.has(id) || modified > wanted.get(id)!) wanted.set(id, modified)
  }
  const records = new Map<string, OsvRecord>()
  const recordFailures = new Map<string, string>()
  const toFetch: Array<[string, string]> = []
  for (const [id, modified] of wanted) {
    const cached = cache.get(id, modified)
    if (cached) records.set(id, cached)
    else toFetch.push([id, modified])
  }
  await inParallel(toFetch, options.concurrency ?? 8, async ([id, modified]) => {
    const url = `${baseUrl}/v1/vulns/${encodeURIComponent(id)}`
    try {
      const answer = await requestJson('GET', url, undefined, http)
      const problem = osvRecordProblem(answer)
      if (problem) throw new HttpProblem(`GET ${url} answered with a record that is not OSV: ${problem}`)
      const record = answer as OsvRecord
      if (record.id !== id) throw new HttpProblem(`GET ${url} answered with record ${JSON.stringify(record.id)}`)
      records.set(id, record)
      cache.put(record, modified)
    } catch (error) {
      recordFailures.set(id, messageOf(error))
    }
  })

  const matches: AdvisoryMatch[] = []
  for (const query of queries.values()) {
    if (query.failed) {
      for (const pkg of query.packages) unchecked.push({ package: pkg, reason: `the OSV API did not answer: ${query.failed}` })
      continue
    }
    const failures = [...query.vulns.keys()].filter((id) => recordFailures.has(id))
    if (failures.length > 0) {
      const reason = `OSV record ${failures.map((id) => `${id} (${recordFailures.get(id)})`).join(', ')} could not be read`
      for (const pkg of query.packages) unchecked.push({ package: pkg, reason })
    }
    for (const id of query.vulns.keys()) {
      const record = records.get(id)
      if (!record || record.withdrawn) continue
      const advisory = advisoryFromOsv(record)
      for (const pkg of query.packages) {
        const fixedVersions = fixedVersionsOf(record, pkg)
        const noFix = fixedVersions.length === 0 ? noFixStatement(record, pkg.ecosystem, pkg.name) : undefined
        matches.push({ package: pkg, advisory, fixedVersions, ...(noFix ? { noFix } : {}) })
      }
    }
  }
  return {
    source: { kind: 'osv', location: baseUrl, retrieved: (options.now ?? new Date()).toISOString() },
    matches: mergeAliases(matches),
    unchecked,
    checked,
    requests
  }
}

/** The fixes of the record's ranges that cover this version (OSV already said it is affected); [] when none can be computed. */
function fixedVersionsOf(record: OsvRecord, pkg: Package): string[] {
  const fixed = new Set<string>()
  const names = new Set(
    (record.affected ?? [])
      .map((entry) => entry.package?.name)
      .filter((name): name is string => name !== undefined && nameKey(pkg.ecosystem, name) === nameKey(pkg.ecosystem, pkg.name))
  )
  for (const name of names) {
    for (const entry of entriesFor(record, pkg.ecosystem, name)) {
      try {
        for (const version of evaluateAffected(entry, pkg.ecosystem, queryVersion(pkg.ecosystem, pkg.version!)).fixedVersions) fixed.add(version)
      } catch {
        // The version order is unknown here: OSV's word that it is affected stands, without a fix to show.
      }
    }
  }
  return [...fixed]
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next]!
      next += 1
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}
