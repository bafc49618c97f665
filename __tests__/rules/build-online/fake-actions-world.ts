/**
 * A small world of action repositories served by the fake GitHub: GraphQL answers for the action-refs
 * batch query (repository, refs, ref, object; executed against GitHub's published schema), REST compare, and
 * the global advisories list.
 */
import type { FakeHandler, FakeRequest, FakeResponse } from '../../../test/support/fake-github/index.js'
import { fixtures } from '../../../test/support/fake-github/index.js'
import { githubGraphqlSchema } from '../../../test/support/fake-github/advisories.js'
import { execute, parse, validate } from 'graphql'

export interface ActionRepo {
  defaultBranch: string
  /** Branch name -> commit. */
  branches: Record<string, string>
  /** Tag name -> commit (peeled). `annotated` tags are served as Tag objects. */
  tags: Record<string, string>
  annotated?: string[]
  /** Commits reachable from the default branch (besides branch heads and tags). */
  history?: string[]
  /** Commits of the fork network that are not in this repository's refs. */
  network?: string[]
  /** The repository is archived (read-only). */
  archived?: boolean
}

export type World = Record<string, ActionRepo>

export function sha(seed: string): string {
  let hex = ''
  let state = 0
  for (const char of seed) state = (state * 31 + char.charCodeAt(0)) >>> 0
  while (hex.length < 40) {
    state = (state * 1103515245 + 12345) >>> 0
    hex += (state >>> 8).toString(16).padStart(6, '0')
  }
  return hex.slice(0, 40)
}

function repoOf(world: World, owner: string, name: string): ActionRepo | undefined {
  return world[`${owner}/${name}`.toLowerCase()]
}

function allCommits(repo: ActionRepo): Set<string> {
  return new Set([...Object.values(repo.branches), ...Object.values(repo.tags), ...(repo.history ?? []), ...(repo.network ?? [])])
}

/** A resolver's error GitHub answers with a `type` (NOT_FOUND for a repository that does not exist or is not visible). */
class TypedError extends Error {
  constructor(
    readonly type: string,
    message: string
  ) {
    super(message)
  }
}

/**
 * Answers the query `batchQuery` builds the way GitHub does: the query is validated and executed by
 * graphql-js against GitHub's published schema (`githubGraphqlSchema`), so a field or argument GitHub does
 * not have is an `errors` answer, as GitHub's would be; the world's repositories supply the values.
 */
export function graphqlHandler(world: World): FakeHandler {
  return async (request: FakeRequest): Promise<FakeResponse> => {
    const body = (request.body ?? {}) as { query?: string; variables?: Record<string, unknown> }
    let document
    try {
      document = parse(String(body.query ?? ''))
    } catch (error) {
      return { status: 200, body: { errors: [{ message: (error as Error).message }] } }
    }
    const invalid = validate(githubGraphqlSchema(), document)
    if (invalid.length > 0) return { status: 200, body: { errors: invalid.map((error) => ({ message: error.message, locations: error.locations })) } }
    const rootValue = {
      repository: ({ owner, name }: { owner: string; name: string }) => {
        const repo = repoOf(world, owner, name)
        if (!repo) throw new TypedError('NOT_FOUND', `Could not resolve to a Repository with the name '${owner}/${name}'.`)
        const commit = (oid: string | undefined): Record<string, unknown> | null => (oid ? { __typename: 'Commit', oid } : null)
        const tagTarget = (tag: string): Record<string, unknown> | null =>
          repo.annotated?.includes(tag) ? { __typename: 'Tag', oid: sha(`tag-object-${tag}`), target: commit(repo.tags[tag]) } : commit(repo.tags[tag])
        const tagRef = (tag: string): Record<string, unknown> | null => (repo.tags[tag] ? { name: tag, target: tagTarget(tag) } : null)
        const branchRef = (branch: string): Record<string, unknown> | null =>
          repo.branches[branch] ? { name: branch, target: commit(repo.branches[branch]) } : null
        return {
          nameWithOwner: `${owner}/${name}`,
          isArchived: repo.archived ?? false,
          defaultBranchRef: branchRef(repo.defaultBranch),
          refs: ({ refPrefix, first }: { refPrefix: string; first?: number }) => {
            const names = refPrefix === 'refs/tags/' ? Object.keys(repo.tags) : refPrefix === 'refs/heads/' ? Object.keys(repo.branches) : []
            const nodes = names.slice(0, first ?? 100).map((ref) => (refPrefix === 'refs/tags/' ? tagRef(ref) : branchRef(ref)))
            return { nodes, totalCount: names.length }
          },
          ref: ({ qualifiedName }: { qualifiedName: string }) => {
            const match = /^refs\/(heads|tags)\/(.+)$/.exec(qualifiedName)
            if (!match) return null
            return match[1] === 'heads' ? branchRef(match[2]!) : tagRef(match[2]!)
          },
          object: ({ oid }: { oid: string }) => (allCommits(repo).has(oid) ? commit(oid) : null)
        }
      }
    }
    const result = await execute({ schema: githubGraphqlSchema(), document, rootValue, variableValues: body.variables ?? {} })
    const errors = (result.errors ?? []).map((error) => ({
      ...(error.originalError instanceof TypedError ? { type: error.originalError.type } : {}),
      path: error.path,
      locations: error.locations,
      message: error.message
    }))
    const data = JSON.parse(JSON.stringify(result.data ?? null)) as unknown
    return { status: 200, body: errors.length > 0 ? { data, errors } : { data } }
  }
}

/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: behind when head is in the default branch history. */
export function compareHandler(world: World): (request: FakeRequest) => FakeResponse {
  return (request: FakeRequest): FakeResponse => {
    const repo = repoOf(world, request.params.owner!, request.params.repo!)
    const [base, head] = (request.params.basehead ?? '').split('...') as [string, string]
    if (!repo || !allCommits(repo).has(head))
      return {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/commits/commits#compare-two-commits', status: '404' }
      }
    const inHistory = (repo.history ?? []).includes(head) || Object.values(repo.tags).includes(head) || repo.branches[base] === head
    const status = repo.branches[base] === head ? 'identical' : inHistory ? 'behind' : 'diverged'
    const slug = `${request.params.owner}/${request.params.repo}`
    const url = `https://api.github.com/repos/${slug}/compare/${base}...${head}`
    return {
      status: 200,
      body: {
        url,
        html_url: `https://github.com/${slug}/compare/${base}...${head}`,
        permalink_url: `https://github.com/${slug}/compare/${base}...${head}`,
        diff_url: `https://github.com/${slug}/compare/${base}...${head}.diff`,
        patch_url: `https://github.com/${slug}/compare/${base}...${head}.patch`,
        base_commit: fixtures.commit({ repo: slug, sha: repo.branches[base] ?? fixtures.SHA }),
        merge_base_commit: fixtures.commit({ repo: slug, sha: status === 'diverged' ? fixtures.SHA : head }),
        status,
        ahead_by: status === 'diverged' ? 1 : 0,
        behind_by: status === 'identical' ? 0 : 3,
        total_commits: status === 'diverged' ? 1 : 0,
        commits: [],
        files: []
      }
    }
  }
}

export interface AdvisoryInput {
  ghsa: string
  cve?: string
  package: string
  range: string
  patched: string | null
  severity: 'critical' | 'high' | 'medium' | 'low'
  summary: string
}

export function advisory(input: AdvisoryInput): Record<string, unknown> {
  return {
    ghsa_id: input.ghsa,
    cve_id: input.cve ?? null,
    url: `https://api.github.com/advisories/${input.ghsa}`,
    html_url: `https://github.com/advisories/${input.ghsa}`,
    repository_advisory_url: null,
    summary: input.summary,
    description: input.summary,
    type: 'reviewed',
    severity: input.severity,
    source_code_location: `https://github.com/${input.package}`,
    identifiers: [{ type: 'GHSA', value: input.ghsa }, ...(input.cve ? [{ type: 'CVE', value: input.cve }] : [])],
    references: [`https://github.com/advisories/${input.ghsa}`],
    published_at: '2025-03-15T12:00:00Z',
    updated_at: '2025-03-20T12:00:00Z',
    github_reviewed_at: '2025-03-15T12:00:00Z',
    nvd_published_at: null,
    withdrawn_at: null,
    vulnerabilities: [
      {
        package: { ecosystem: 'actions', name: input.package },
        vulnerable_version_range: input.range,
        first_patched_version: input.patched,
        vulnerable_functions: []
      }
    ],
    cvss: null,
    cwes: [{ cwe_id: 'CWE-506', name: 'Embedded Malicious Code' }],
    credits: []
  }
}

/** `GET /advisories?ecosystem=actions&affects=a,b`: the advisories of the named packages. */
export function advisoriesHandler(all: Array<Record<string, unknown>>): FakeHandler {
  return (request: FakeRequest): FakeResponse => {
    const affects = new Set((request.query.get('affects') ?? '').split(',').map((name) => name.trim().toLowerCase()))
    const body = all.filter((item) =>
      (item.vulnerabilities as Array<{ package: { name: string } }>).some((vulnerability) => affects.has(vulnerability.package.name.toLowerCase()))
    )
    return { status: 200, body }
  }
}
