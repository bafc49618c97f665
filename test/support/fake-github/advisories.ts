/**
 * `GET /advisories` for the fake GitHub: global advisories built from the GHSA records under
 * test/fixtures/advisories/osv (GitHub's own OSV export of its database) and served the way GitHub does:
 * `ecosystem`, `affects=name@version,…` (the test's table says which versions a record affects: the
 * server-side matching), `type` (reviewed by default, malware only on request), `per_page` and a cursor
 * in the Link header (`after`); and `POST /graphql`'s `securityVulnerabilities` (advisoriesGraphqlRoute). The fake GitHub server validates every body against GitHub's OpenAPI description.
 */
import type { components } from '@octokit/openapi-types'
import { schema as octokitSchema } from '@octokit/graphql-schema'
import { buildSchema, execute, parse, validate, type GraphQLSchema } from 'graphql'
import type { OsvRecord } from '../../../src/advisories/osv.js'
import type { FakeRequest, FakeResponse } from './server.js'

type GlobalAdvisory = components['schemas']['global-advisory']
type Ecosystem = components['schemas']['security-advisory-ecosystems']

const GITHUB_OF: Record<string, Ecosystem> = {
  npm: 'npm',
  PyPI: 'pip',
  Maven: 'maven',
  NuGet: 'nuget',
  Packagist: 'composer',
  Go: 'go',
  'crates.io': 'rust',
  Hex: 'erlang',
  RubyGems: 'rubygems',
  Pub: 'pub',
  'GitHub Actions': 'actions'
}

/** GitHub's range text for one OSV range: `>= a, < b` (introduced 0 is left out). */
function rangeText(events: Array<Record<string, string>>, lastKnown?: unknown): { range: string; patched: string | null } {
  const parts: string[] = []
  let patched: string | null = null
  for (const event of events) {
    if (event.introduced !== undefined && event.introduced !== '0') parts.push(`>= ${event.introduced}`)
    if (event.fixed !== undefined) {
      parts.push(`< ${event.fixed}`)
      patched = event.fixed
    }
    if (event.last_affected !== undefined) parts.push(`<= ${event.last_affected}`)
  }
  // GitHub's export moves the upper bound of an unfixed range to database_specific; its REST API shows it.
  if (patched === null && typeof lastKnown === 'string' && !events.some((event) => event.last_affected !== undefined)) parts.push(lastKnown)
  return { range: parts.length > 0 ? parts.join(', ') : '>= 0', patched }
}

/** A GHSA record in GitHub's REST shape. `type` malware for malware advisories. */
export function globalAdvisoryFromOsv(record: OsvRecord, overrides: Partial<GlobalAdvisory> = {}): GlobalAdvisory {
  const cve = (record.aliases ?? []).find((alias) => alias.startsWith('CVE-')) ?? null
  const vector = (ver: string): string | null => record.severity?.find((entry) => entry.type === `CVSS_V${ver}`)?.score ?? null
  const word = String(record.database_specific?.severity ?? 'unknown').toLowerCase()
  const severity = (word === 'moderate' ? 'medium' : word) as GlobalAdvisory['severity']
  return {
    ghsa_id: record.id,
    cve_id: cve,
    url: `https://api.github.com/advisories/${record.id}`,
    html_url: `https://github.com/advisories/${record.id}`,
    repository_advisory_url: null,
    summary: record.summary ?? '',
    description: record.details ?? null,
    type: 'reviewed',
    severity,
    source_code_location: null,
    identifiers: [{ type: 'GHSA', value: record.id }, ...(cve ? [{ type: 'CVE' as const, value: cve }] : [])],
    references: (record.references ?? []).map((reference) => reference.url),
    published_at: record.published ?? record.modified,
    updated_at: record.modified,
    github_reviewed_at: record.modified,
    nvd_published_at: null,
    withdrawn_at: record.withdrawn ?? null,
    vulnerabilities: (record.affected ?? []).flatMap((entry) =>
      (entry.ranges ?? []).map((range) => {
        const { range: text, patched } = rangeText(range.events as Array<Record<string, string>>, entry.database_specific?.last_known_affected_version_range)
        return {
          package: { ecosystem: GITHUB_OF[entry.package!.ecosystem]!, name: entry.package!.name },
          vulnerable_version_range: text,
          first_patched_version: patched,
          vulnerable_functions: []
        }
      })
    ),
    cvss: vector('3') ? { vector_string: vector('3'), score: null } : null,
    cvss_severities: {
      cvss_v3: vector('3') ? { vector_string: vector('3'), score: null } : null,
      cvss_v4: vector('4') ? { vector_string: vector('4'), score: null } : null
    },
    epss: null,
    cwes: ((record.database_specific?.cwe_ids as string[] | undefined) ?? []).map((id) => ({ cwe_id: id, name: id })),
    credits: [],
    ...overrides
  } as GlobalAdvisory
}

export interface AdvisoriesRouteOptions {
  advisories: GlobalAdvisory[]
  /** GHSA ids GitHub's server finds for one `affects` item (its range evaluation). */
  affects: (ecosystem: string, name: string, version: string) => string[]
  /** Page size cap below GitHub's 100 (to exercise the cursor). */
  maxPerPage?: number
}

/** The `GET /advisories` handler. */
export function advisoriesRoute(options: AdvisoriesRouteOptions): (request: FakeRequest) => FakeResponse {
  return (request) => {
    const ecosystem = request.query.get('ecosystem') ?? ''
    const type = request.query.get('type') ?? 'reviewed'
    const perPage = Math.min(options.maxPerPage ?? 100, Math.max(1, Number(request.query.get('per_page') ?? '30') || 30))
    const items = (request.query.get('affects') ?? '').split(',').filter((item) => item !== '')
    if (items.length > 1000) return { status: 422, body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' } }
    const wanted = new Set<string>()
    for (const item of items) {
      const at = item.lastIndexOf('@')
      if (at <= 0) continue
      for (const id of options.affects(ecosystem, item.slice(0, at), item.slice(at + 1))) wanted.add(id)
    }
    const matching = options.advisories.filter(
      (advisory) => wanted.has(advisory.ghsa_id) && advisory.type === type && (advisory.vulnerabilities ?? []).some((v) => v.package?.ecosystem === ecosystem)
    )
    const start = Number(request.query.get('after') ?? '0')
    const page = matching.slice(start, start + perPage)
    const headers: Record<string, string> = {}
    if (start + perPage < matching.length) {
      const next = new URL(request.url)
      next.searchParams.set('after', String(start + perPage))
      headers.link = `<${next.href}>; rel="next"`
    }
    return { status: 200, body: page, headers }
  }
}

const GRAPHQL_OF: Record<string, string> = {
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

let githubSchema: GraphQLSchema | undefined
/**
 * GitHub's published GraphQL schema, built once from `@octokit/graphql-schema`'s SDL (its `schema.graphql`;
 * the package's `schema.json` lags behind it and lacks e.g. `SecurityAdvisory.cvssSeverities`).
 */
export function githubGraphqlSchema(): GraphQLSchema {
  githubSchema ??= buildSchema(octokitSchema.idl, { assumeValidSDL: true }) // the SDL defines a few fields twice
  return githubSchema
}
const schema = githubGraphqlSchema

export interface AdvisoriesGraphqlOptions {
  advisories: GlobalAdvisory[]
  /** Page size cap below the `first` asked (to exercise the cursor). */
  maxPerPage?: number
  /** Other GraphQL operations (the posture's), answered by this handler. */
  otherwise?: (request: FakeRequest) => FakeResponse | Promise<FakeResponse>
}

/**
 * `POST /graphql` for the advisory source: the query is executed by graphql-js against GitHub's published
 * schema (an invalid query gets GitHub's `errors` answer), `securityVulnerabilities(ecosystem, package,
 * classifications, first, after)` answered from the advisories the way GitHub does (every vulnerability of
 * the package, whatever the version: no range is evaluated here), with GitHub's limits checked: `first`
 * within 1–100 and at most 500,000 nodes a call.
 */
export function advisoriesGraphqlRoute(options: AdvisoriesGraphqlOptions): (request: FakeRequest) => Promise<FakeResponse> {
  return async (request) => {
    const body = (request.body ?? {}) as { query?: string; variables?: Record<string, unknown> }
    if (!body.query?.includes('securityVulnerabilities') && options.otherwise) return options.otherwise(request)
    const document = parse(body.query ?? '')
    const invalid = validate(schema(), document)
    if (invalid.length > 0) return { body: { errors: invalid.map((error) => ({ message: error.message })) } }
    let nodes = 0
    const rootValue = {
      securityVulnerabilities: (args: { ecosystem?: string; package?: string; classifications?: string[]; first?: number; after?: string }) => {
        if (args.first === undefined || args.first < 1 || args.first > 100) throw new Error('`first` must be within 1-100')
        nodes += args.first
        if (nodes > 500_000) throw new Error('This query requests more than 500,000 nodes')
        const classifications = args.classifications ?? ['GENERAL']
        const all = options.advisories.flatMap((advisory) =>
          (advisory.vulnerabilities ?? [])
            .filter(
              (vulnerability) =>
                vulnerability.package &&
                GRAPHQL_OF[vulnerability.package.ecosystem] === args.ecosystem &&
                vulnerability.package.name === args.package &&
                classifications.includes(advisory.type === 'malware' ? 'MALWARE' : 'GENERAL')
            )
            .map((vulnerability) => graphqlVulnerability(advisory, vulnerability))
        )
        const start = args.after ? Number(Buffer.from(args.after, 'base64').toString('utf8')) : 0
        const size = Math.min(args.first, options.maxPerPage ?? 100)
        const page = all.slice(start, start + size)
        const more = start + size < all.length
        return {
          totalCount: all.length,
          nodes: page,
          edges: [],
          pageInfo: {
            hasNextPage: more,
            hasPreviousPage: start > 0,
            endCursor: page.length > 0 ? Buffer.from(String(start + page.length)).toString('base64') : null,
            startCursor: null
          }
        }
      }
    }
    const result = await execute({ schema: schema(), document, rootValue, variableValues: body.variables ?? {} })
    return { body: JSON.parse(JSON.stringify(result)) as unknown }
  }
}

/** A REST vulnerability of an advisory as a GraphQL `SecurityVulnerability`. */
function graphqlVulnerability(advisory: GlobalAdvisory, vulnerability: NonNullable<GlobalAdvisory['vulnerabilities']>[number]): Record<string, unknown> {
  const severity = advisory.severity === 'medium' ? 'MODERATE' : advisory.severity === 'unknown' ? 'LOW' : advisory.severity.toUpperCase()
  const cvss = (vector: string | null | undefined): Record<string, unknown> | null => (vector ? { vectorString: vector, score: 0 } : null)
  return {
    package: { ecosystem: GRAPHQL_OF[vulnerability.package!.ecosystem], name: vulnerability.package!.name },
    vulnerableVersionRange: vulnerability.vulnerable_version_range ?? '',
    firstPatchedVersion: vulnerability.first_patched_version ? { identifier: vulnerability.first_patched_version } : null,
    severity,
    updatedAt: advisory.updated_at,
    advisory: {
      ghsaId: advisory.ghsa_id,
      classification: advisory.type === 'malware' ? 'MALWARE' : 'GENERAL',
      summary: advisory.summary,
      description: advisory.description ?? '',
      severity,
      publishedAt: advisory.published_at,
      updatedAt: advisory.updated_at,
      withdrawnAt: advisory.withdrawn_at,
      permalink: advisory.html_url,
      identifiers: advisory.identifiers ?? [],
      cvssSeverities: { cvssV3: cvss(advisory.cvss_severities?.cvss_v3?.vector_string), cvssV4: cvss(advisory.cvss_severities?.cvss_v4?.vector_string) },
      epss: advisory.epss ? { percentage: advisory.epss.percentage ?? null, percentile: advisory.epss.percentile ?? null } : null
    }
  }
}
