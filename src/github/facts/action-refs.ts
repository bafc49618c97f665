/**
 * The budgeted resolver behind the online workflow audits (known-vulnerable-actions, impostor-commit,
 * ref-confusion, and the SHA fix hints of unpinned-uses). One fact, so it runs once per run whichever rules
 * ask for it:
 *
 * 1. every distinct remote `owner/repo@ref` of the workflows and action files is collected once;
 * 2. GraphQL resolves them in batches of up to {@link REPOS_PER_QUERY} repositories per query: default
 *    branch, whether the repository is archived, the 100 newest tags and 100 branches (with peeled commits), and for each ref used, whether a
 *    branch and a tag of that name exist and which commit they point to (and for SHA pins, whether the
 *    commit exists);
 * 3. a SHA pin that is neither a tag's nor a branch head's commit costs one REST compare against the
 *    default branch (`behind`/`identical`: reachable; `ahead`/`diverged`: not reachable);
 * 4. one `GET /advisories?ecosystem=actions&affects=...` per 100 action packages (not per ref).
 *
 * Requests run concurrently, at most {@link CONCURRENCY} at once. Total: ceil(repos / 20) + SHA pins not at
 * a tag or branch head + ceil(packages / 100) (+ pages), never more than distinct refs + a small constant.
 */
import type { Scalar } from '../../workspace/yaml-ast.js'
import type { FactContext } from '../../facts/context.js'
import { defineFact, known, unknownFact, type Fact, type FactDef } from '../../model/fact.js'
import type { GitHubClient } from '../client.js'
import { factFromApiError, isApiError } from '../api-fact.js'
import { classifyApiError, shorten } from '../api-error.js'
import { listAll } from './support.js'
import type { ParsedWorkflowFile } from '../../workspace/workflow-files.js'
import { parseUsesText } from '../../workflow/build.js'
import { workflowModelFact } from '../../workflow/model.js'
import type { ModelDoc, Uses, WorkflowModel } from '../../workflow/types.js'
import { workflowPrescanFact } from '../../workspace/workflow-prescan.js'
import { ObjectMemo } from '../../object-memo.js'

export const REPOS_PER_QUERY = 20
export const CONCURRENCY = 8
const PACKAGES_PER_ADVISORY_QUERY = 100

export interface ActionRefUse {
  owner: string
  repo: string
  /** Sub-directory of the action inside the repository ('' for the root). */
  path: string
  ref: string
}

export interface ActionRefResolution {
  owner: string
  repo: string
  ref: string
  /** `owner/repo@ref`, owner and repo lower-cased. */
  key: string
  status: 'resolved' | 'repo-not-found' | 'ref-not-found' | 'error'
  error?: string
  isSha: boolean
  /** For a ref name: a branch of that name exists. */
  isBranch: boolean
  /** For a ref name: a tag of that name exists. */
  isTag: boolean
  /** The commit the ref resolves to (for a name that is both, the tag's: that is what runners check out). */
  sha?: string
  /** The most specific version tag at that commit (`v4.2.2`), when there is one among the listed tags. */
  version?: string
  /** For SHA pins: the repository's listed tags (up to 100 newest) and their commits, for version comments. */
  tagCommits?: Record<string, string>
  defaultBranch?: string
  /**
   * The repository is archived (read-only: no more fixes). Set from every answer that has the repository,
   * whatever the ref; undefined when the repository was not seen (not found, an error).
   */
  isArchived?: boolean
  /**
   * For SHA pins, where the commit was found: a tag's or a branch head's commit, in the default branch's
   * history, not reachable from either (`unreachable`), absent from the repository (`not-found`), or not
   * determined (`unknown`, with `error`).
   */
  reachable?: 'tag' | 'branch-head' | 'default-branch' | 'unreachable' | 'not-found' | 'unknown'
}

export interface ActionAdvisory {
  ghsaId: string
  cveId: string | null
  summary: string
  severity: 'critical' | 'high' | 'medium' | 'low' | 'unknown'
  htmlUrl: string
  withdrawn: boolean
  vulnerabilities: Array<{ package: string; range: string | null; firstPatched: string | null }>
}

/** A full commit SHA. */
export const FULL_SHA = /^[0-9a-f]{40}$/i

export interface ActionRefs {
  refs: Record<string, ActionRefResolution>
  /** Advisories of the GitHub Advisory Database for the actions used (all versions; matched in `src/posture/action-advisories.ts`). */
  advisories: Fact<ActionAdvisory[]>
}

export function refKey(owner: string, repo: string, ref: string): string {
  return `${owner.toLowerCase()}/${repo.toLowerCase()}@${ref}`
}

/** Distinct remote references among `uses:` values as written (local, docker and expression refs left out). */
export function collectActionRefsFromText(values: string[]): ActionRefUse[] {
  const seen = new Map<string, ActionRefUse>()
  for (const value of values) {
    const parsed = parseUsesText(value)
    if (parsed.kind !== 'remote' || !parsed.ref || parsed.ref.includes('${{')) continue
    const key = refKey(parsed.owner!, parsed.repo!, parsed.ref)
    if (!seen.has(key)) seen.set(key, { owner: parsed.owner!, repo: parsed.repo!, path: parsed.path ?? '', ref: parsed.ref })
  }
  return [...seen.values()]
}

/** Runs tasks with at most `limit` in flight. */
export async function pool<T>(tasks: Array<() => Promise<T>>, limit = CONCURRENCY): Promise<T[]> {
  const results: T[] = new Array<T>(tasks.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const index = next
      next += 1
      results[index] = await tasks[index]!()
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, () => worker()))
  return results
}

// ---------------------------------------------------------------------------------------------------------
// Versions

/** `v4.2.2` -> [4, 2, 2]; undefined for names that are not versions. */
export function parseVersion(text: string): number[] | undefined {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(text.trim())
  if (!match) return undefined
  return [match[1], match[2], match[3]].filter((part): part is string => part !== undefined).map(Number)
}

export function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0)
    if (diff !== 0) return diff
  }
  return 0
}

/** The most specific (most components, then highest) version tag name among `names`. */
export function mostSpecificVersion(names: string[]): string | undefined {
  let best: { name: string; parts: number[] } | undefined
  for (const name of names) {
    const parts = parseVersion(name)
    if (!parts) continue
    if (!best || parts.length > best.parts.length || (parts.length === best.parts.length && compareVersions(parts, best.parts) > 0)) best = { name, parts }
  }
  return best?.name
}

// ---------------------------------------------------------------------------------------------------------
// GraphQL batch

interface GqlTarget {
  __typename?: string
  oid?: string
  target?: { oid?: string } | null
}
interface GqlRef {
  name?: string
  target?: GqlTarget | null
}
interface GqlRepository {
  nameWithOwner?: string
  isArchived?: boolean
  defaultBranchRef?: { name: string; target?: GqlTarget | null } | null
  tags?: { nodes?: Array<GqlRef | null> | null } | null
  heads?: { nodes?: Array<GqlRef | null> | null } | null
  [alias: string]: unknown
}

function peel(target: GqlTarget | null | undefined): string | undefined {
  if (!target) return undefined
  if (target.__typename === 'Tag' && target.target?.oid) return target.target.oid.toLowerCase()
  return target.oid?.toLowerCase()
}

const str = (text: string): string => JSON.stringify(text)

/** The GraphQL query for one batch: `r<i>` per repository, `b<j>`/`t<j>`/`o<j>` per ref. */
export function batchQuery(repos: Array<{ owner: string; repo: string; refs: string[] }>): string {
  const parts = repos.map(({ owner, repo, refs }, i) => {
    const perRef = refs
      .map((ref, j) =>
        FULL_SHA.test(ref)
          ? `o${j}: object(oid: ${str(ref.toLowerCase())}) { __typename oid }`
          : `b${j}: ref(qualifiedName: ${str(`refs/heads/${ref}`)}) { target { oid } } t${j}: ref(qualifiedName: ${str(`refs/tags/${ref}`)}) { target { __typename oid ... on Tag { target { oid } } } }`
      )
      .join(' ')
    return (
      `r${i}: repository(owner: ${str(owner)}, name: ${str(repo)}) { nameWithOwner isArchived defaultBranchRef { name target { oid } } ` +
      'tags: refs(refPrefix: "refs/tags/", first: 100, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name target { __typename oid ... on Tag { target { oid } } } } } ' +
      'heads: refs(refPrefix: "refs/heads/", first: 100) { nodes { name target { oid } } } ' +
      `${perRef} }`
    )
  })
  return `query { ${parts.join(' ')} }`
}

interface BatchRepo {
  owner: string
  repo: string
  refs: string[]
}

interface BatchAnswer {
  data: Record<string, GqlRepository | null>
  /** The whole query failed. */
  error?: string
  /** Errors of single repositories other than "not found" (alias -> message). */
  aliasErrors: Map<string, string>
}

interface GqlError {
  type?: string
  path?: Array<string | number>
  message?: string
}

async function runBatch(client: GitHubClient, batch: BatchRepo[]): Promise<BatchAnswer> {
  try {
    const data = await client.octokit.graphql<Record<string, GqlRepository | null>>(batchQuery(batch))
    return { data, aliasErrors: new Map() }
  } catch (error) {
    const failure = classifyApiError(error)
    // GraphQL answers a missing repository with a NOT_FOUND error at its alias *and* the other repositories'
    // data. Only errors that each name one repository are taken that way; any other (a rate limit, an error
    // without a path, a server error) is the whole batch's.
    const partial = (error as { data?: Record<string, GqlRepository | null> | null }).data
    const errors = ((error as { errors?: GqlError[] }).errors ?? []) as GqlError[]
    const perRepository = errors.length > 0 && errors.every((item) => typeof item.path?.[0] === 'string' && /^r\d+$/.test(item.path[0]))
    if (failure.graphqlTypes && !failure.graphqlTypes.includes('RATE_LIMITED') && perRepository && partial && typeof partial === 'object') {
      const aliasErrors = new Map<string, string>()
      for (const item of errors) {
        const alias = item.path![0] as string
        // NOT_FOUND on the repository itself: it does not exist or is not visible (data null, handled below).
        if (item.type === 'NOT_FOUND' && item.path!.length === 1) continue
        aliasErrors.set(alias, `GitHub's GraphQL API answered ${item.type ?? 'an error'} (${shorten(item.message ?? '')})`)
      }
      return { data: partial, aliasErrors }
    }
    return { data: {}, error: failure.message, aliasErrors: new Map() }
  }
}

function describe(error: unknown): string {
  return classifyApiError(error).message
}

function resolveFromRepository(use: BatchRepo, repository: GqlRepository | null | undefined, batchError: string | undefined): ActionRefResolution[] {
  return use.refs.map((ref, j) => {
    const isSha = FULL_SHA.test(ref)
    const base: ActionRefResolution = {
      owner: use.owner,
      repo: use.repo,
      ref,
      key: refKey(use.owner, use.repo, ref),
      status: 'resolved',
      isSha,
      isBranch: false,
      isTag: false
    }
    if (batchError) return { ...base, status: 'error', error: batchError, ...(isSha ? { reachable: 'unknown' as const } : {}) }
    if (repository === undefined || (repository !== null && typeof repository !== 'object')) {
      return {
        ...base,
        status: 'error',
        error: `GitHub's GraphQL answer has no entry for ${use.owner}/${use.repo}`,
        ...(isSha ? { reachable: 'unknown' as const } : {})
      }
    }
    if (repository === null) return { ...base, status: 'repo-not-found', ...(isSha ? { reachable: 'not-found' as const } : {}) }
    const tags = (repository.tags?.nodes ?? []).flatMap((node) => (node?.name ? [{ name: node.name, sha: peel(node.target) }] : []))
    const heads = (repository.heads?.nodes ?? []).flatMap((node) => (node?.name ? [{ name: node.name, sha: peel(node.target) }] : []))
    const defaultBranch = repository.defaultBranchRef?.name
    const ofRepository = {
      ...(defaultBranch ? { defaultBranch } : {}),
      ...(typeof repository.isArchived === 'boolean' ? { isArchived: repository.isArchived } : {})
    }
    const versionAt = (sha: string | undefined, preferred?: string): string | undefined => {
      if (!sha) return undefined
      const names = tags.filter((tag) => tag.sha === sha).map((tag) => tag.name)
      return mostSpecificVersion(preferred ? [...names, preferred] : names)
    }
    if (isSha) {
      const sha = ref.toLowerCase()
      const object = repository[`o${j}`] as { __typename?: string } | null | undefined
      const version = versionAt(sha)
      const tagCommits: Record<string, string> = {}
      for (const tag of tags) if (tag.sha) tagCommits[tag.name] = tag.sha
      const resolution: ActionRefResolution = { ...base, ...ofRepository, sha, ...(version ? { version } : {}), tagCommits }
      if (!object || object.__typename !== 'Commit') return { ...resolution, status: 'ref-not-found', reachable: 'not-found' }
      if (tags.some((tag) => tag.sha === sha)) return { ...resolution, reachable: 'tag' }
      if (heads.some((head) => head.sha === sha) || peel(repository.defaultBranchRef?.target) === sha) return { ...resolution, reachable: 'branch-head' }
      return { ...resolution, reachable: 'unknown' } // settled by a compare
    }
    const branch = repository[`b${j}`] as GqlRef | null | undefined
    const tag = repository[`t${j}`] as GqlRef | null | undefined
    const tagSha = peel(tag?.target)
    const branchSha = peel(branch?.target)
    const sha = tagSha ?? branchSha
    if (!sha) return { ...base, ...ofRepository, status: 'ref-not-found' }
    const version = tagSha ? versionAt(tagSha, parseVersion(ref) ? ref : undefined) : undefined
    return { ...base, ...ofRepository, isBranch: Boolean(branch), isTag: Boolean(tag), sha, ...(version ? { version } : {}) }
  })
}

async function settleReachability(client: GitHubClient, resolution: ActionRefResolution): Promise<ActionRefResolution> {
  if (!resolution.defaultBranch || !resolution.sha)
    return { ...resolution, reachable: 'unknown', error: 'the repository has no default branch to compare with' }
  try {
    const response = await client.octokit.rest.repos.compareCommitsWithBasehead({
      owner: resolution.owner,
      repo: resolution.repo,
      basehead: `${resolution.defaultBranch}...${resolution.sha}`,
      per_page: 1
    })
    const status = response.data.status
    return { ...resolution, reachable: status === 'behind' || status === 'identical' ? 'default-branch' : 'unreachable' }
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { ...resolution, reachable: 'not-found' }
    return { ...resolution, reachable: 'unknown', error: describe(error) }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Advisories

interface RawAdvisory {
  ghsa_id: string
  cve_id: string | null
  summary: string
  severity: ActionAdvisory['severity']
  html_url: string
  withdrawn_at?: string | null
  vulnerabilities: Array<{
    package: { ecosystem: string; name: string | null } | null
    vulnerable_version_range: string | null
    first_patched_version: string | null
  }> | null
}

async function fetchAdvisories(client: GitHubClient, packages: string[]): Promise<Fact<ActionAdvisory[]>> {
  if (packages.length === 0) return known([])
  const chunks: string[][] = []
  for (let i = 0; i < packages.length; i += PACKAGES_PER_ADVISORY_QUERY) chunks.push(packages.slice(i, i + PACKAGES_PER_ADVISORY_QUERY))
  try {
    const pages = await pool(
      chunks.map((chunk) => async () => (await listAll<RawAdvisory>(client, 'GET /advisories', { ecosystem: 'actions', affects: chunk.join(',') })).items)
    )
    const byId = new Map<string, ActionAdvisory>()
    for (const advisory of pages.flat()) {
      byId.set(advisory.ghsa_id, {
        ghsaId: advisory.ghsa_id,
        cveId: advisory.cve_id,
        summary: advisory.summary,
        severity: advisory.severity,
        htmlUrl: advisory.html_url,
        withdrawn: Boolean(advisory.withdrawn_at),
        vulnerabilities: (advisory.vulnerabilities ?? []).flatMap((vulnerability) =>
          vulnerability.package?.name && vulnerability.package.ecosystem === 'actions'
            ? [{ package: vulnerability.package.name, range: vulnerability.vulnerable_version_range, firstPatched: vulnerability.first_patched_version }]
            : []
        )
      })
    }
    return known([...byId.values()])
  } catch (error) {
    return factFromApiError(error, { what: 'the GitHub Advisory Database (GET /advisories)', permission: 'none (public data); on GHES, GitHub Connect' })
  }
}

// ---------------------------------------------------------------------------------------------------------
// The fact

export async function resolveActionRefs(client: GitHubClient, uses: ActionRefUse[]): Promise<ActionRefs> {
  const byRepo = new Map<string, BatchRepo>()
  const packages = new Set<string>()
  for (const use of uses) {
    const repoKey = `${use.owner.toLowerCase()}/${use.repo.toLowerCase()}`
    const entry = byRepo.get(repoKey) ?? { owner: use.owner, repo: use.repo, refs: [] }
    if (!entry.refs.includes(use.ref)) entry.refs.push(use.ref)
    byRepo.set(repoKey, entry)
    packages.add(`${use.owner}/${use.repo}`)
    if (use.path) packages.add(`${use.owner}/${use.repo}/${use.path}`)
  }
  const repos = [...byRepo.values()]
  const batches: BatchRepo[][] = []
  for (let i = 0; i < repos.length; i += REPOS_PER_QUERY) batches.push(repos.slice(i, i + REPOS_PER_QUERY))

  const advisoriesPromise = fetchAdvisories(client, [...packages].sort())
  const resolved = (
    await pool(
      batches.map((batch) => async () => {
        const { data, error, aliasErrors } = await runBatch(client, batch)
        return batch.flatMap((use, i) => resolveFromRepository(use, data[`r${i}`], error ?? aliasErrors.get(`r${i}`)))
      })
    )
  ).flat()
  const settled = await pool(
    resolved.map(
      (resolution) => async () =>
        resolution.isSha && resolution.status === 'resolved' && resolution.reachable === 'unknown' ? settleReachability(client, resolution) : resolution
    )
  )
  const refs: Record<string, ActionRefResolution> = {}
  for (const resolution of settled) refs[resolution.key] = resolution
  return { refs, advisories: await advisoriesPromise }
}

export const actionRefsFact = defineFact<ActionRefs>('github.action-refs', async (ctx: FactContext) => {
  // From the text pre-scan of every workflow and action file, so all references of the repository are
  // resolved in one batch while the rules audit the files group by group.
  const prescan = await ctx.get(workflowPrescanFact)
  if (!prescan.known) return prescan
  const uses = collectActionRefsFromText(prescan.value.files.flatMap((file) => file.remoteUses))
  if (uses.length === 0) return known({ refs: {}, advisories: known([]) })
  if (!ctx.github) {
    return unknownFact(
      'no-token',
      `${uses.length} action reference${uses.length === 1 ? '' : 's'} not resolved: no GitHub token (offline run)`,
      'Contents: read (public action repositories need no permission)'
    )
  }
  const resolved = await resolveActionRefs(ctx.github, uses)
  // References that could not be resolved (the query failed, a malformed answer): the fact is known for the
  // others; each rule reports these as unknown (`gapsHandled`) or the engine does.
  const gaps = Object.values(resolved.refs).flatMap((resolution) =>
    resolution.status === 'error' || (resolution.isSha && resolution.reachable === 'unknown')
      ? [{ subject: `${resolution.owner}/${resolution.repo}@${resolution.ref}`, reason: resolution.error ?? 'not resolved' }]
      : []
  )
  return known(resolved, gaps)
})

export interface UsesSite {
  doc: ModelDoc
  file: ParsedWorkflowFile
  node: Scalar
  value: string
  owner: string
  repo: string
  path: string
  ref: string
  key: string
  level: 'job' | 'step'
}

const sitesOf = new ObjectMemo<WorkflowModel, UsesSite[]>()

/** For the online audits, which need both facts: the remote `uses:` sites of the workflow model and the run's resolutions. */
export function resolvedSites(ctx: { need<T>(def: FactDef<T>): T }): { sites: UsesSite[]; refs: ActionRefs } {
  return { sites: usesSites(ctx.need(workflowModelFact)), refs: ctx.need(actionRefsFact) }
}

/** Every remote `uses:` with a ref of a model: workflows' jobs and steps, then composite actions' steps (computed once per model). */
export function usesSites(model: WorkflowModel): UsesSite[] {
  let sites = sitesOf.get(model)
  if (!sites) {
    sites = []
    const add = (doc: ModelDoc, uses: Uses | undefined, level: 'job' | 'step'): void => {
      if (!uses || uses.kind !== 'remote' || !uses.ref || uses.ref.includes('${{')) return
      sites!.push({
        doc,
        file: doc.file,
        node: uses.node,
        value: uses.raw,
        owner: uses.owner!,
        repo: uses.repo!,
        path: uses.path ?? '',
        ref: uses.ref,
        key: refKey(uses.owner!, uses.repo!, uses.ref),
        level
      })
    }
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        add(workflow, job.uses, 'job')
        for (const step of job.steps) add(workflow, step.uses, 'step')
      }
    }
    for (const action of model.actions) for (const step of action.runs?.steps ?? []) add(action, step.uses, 'step')
    sitesOf.set(model, sites)
  }
  return sites
}
