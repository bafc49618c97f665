/**
 * A small world of action repositories served by the fake GitHub: GraphQL answers for the action-refs
 * batch query (repository, refs, ref, object), REST compare, and the global advisories list.
 */
import type { FakeHandler, FakeRequest, FakeResponse } from '../../../test/support/fake-github/index.js'
import { fixtures } from '../../../test/support/fake-github/index.js'

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

/** Answers the query `batchQuery` builds, by reading its aliases back with regular expressions. */
export function graphqlHandler(world: World): FakeHandler {
  return (request: FakeRequest): FakeResponse => {
    const query = String((request.body as { query?: string }).query ?? '')
    const data: Record<string, unknown> = {}
    const errors: unknown[] = []
    const blocks = query.split(/(?=\br\d+: repository\()/).filter((block) => /^r\d+: repository\(/.test(block))
    for (const block of blocks) {
      const head = /^(r\d+): repository\(owner: "([^"]+)", name: "([^"]+)"\)/.exec(block)!
      const [, alias, owner, name] = head as unknown as [string, string, string, string]
      const repo = repoOf(world, owner, name)
      if (!repo) {
        data[alias] = null
        errors.push({ type: 'NOT_FOUND', path: [alias], locations: [{ line: 1, column: 9 }], message: `Could not resolve to a Repository with the name '${owner}/${name}'.` })
        continue
      }
      const tagTarget = (tag: string): Record<string, unknown> =>
        repo.annotated?.includes(tag) ? { __typename: 'Tag', oid: sha(`tag-object-${tag}`), target: { oid: repo.tags[tag] } } : { __typename: 'Commit', oid: repo.tags[tag] }
      const answer: Record<string, unknown> = {
        nameWithOwner: `${owner}/${name}`,
        defaultBranchRef: { name: repo.defaultBranch, target: { oid: repo.branches[repo.defaultBranch] } },
        tags: { nodes: Object.keys(repo.tags).slice(0, 100).map((tag) => ({ name: tag, target: tagTarget(tag) })) },
        heads: { nodes: Object.entries(repo.branches).map(([branch, commit]) => ({ name: branch, target: { oid: commit } })) }
      }
      for (const match of block.matchAll(/\b(o\d+): object\(oid: "([0-9a-f]{40})"\)/g)) {
        answer[match[1]!] = allCommits(repo).has(match[2]!) ? { __typename: 'Commit', oid: match[2] } : null
      }
      for (const match of block.matchAll(/\b([bt]\d+): ref\(qualifiedName: "refs\/(heads|tags)\/([^"]+)"\)/g)) {
        const [, refAlias, kind, refName] = match as unknown as [string, string, string, string]
        if (kind === 'heads') answer[refAlias] = repo.branches[refName] ? { target: { oid: repo.branches[refName] } } : null
        else answer[refAlias] = repo.tags[refName] ? { target: tagTarget(refName) } : null
      }
      data[alias] = answer
    }
    return { status: 200, body: errors.length > 0 ? { data, errors } : { data } }
  }
}

/** `GET /repos/{owner}/{repo}/compare/{base}...{head}`: behind when head is in the default branch history. */
export function compareHandler(world: World): (request: FakeRequest) => FakeResponse {
  return (request: FakeRequest): FakeResponse => {
    const repo = repoOf(world, request.params.owner!, request.params.repo!)
    const [base, head] = (request.params.basehead ?? '').split('...') as [string, string]
    if (!repo || !allCommits(repo).has(head)) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/commits/commits#compare-two-commits', status: '404' } }
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
    vulnerabilities: [{ package: { ecosystem: 'actions', name: input.package }, vulnerable_version_range: input.range, first_patched_version: input.patched, vulnerable_functions: [] }],
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
