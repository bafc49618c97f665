/**
 * Protection of a branch, from both places GitHub keeps it:
 * - `GET /repos/{owner}/{repo}/rules/branches/{branch}`: the active rules of every ruleset that applies
 *   (repository and organization; `evaluate` and `disabled` rulesets are not returned), readable with
 *   Metadata read, so the workflow's GITHUB_TOKEN sees them;
 * - `GET /repos/{owner}/{repo}/branches/{branch}/protection`: classic branch protection, admin read only.
 * Release branches: the branches whose names match the configured patterns (one listing), then the rules
 * of each (capped), with the listing's `protected` flag as the sign of classic protection.
 */
import type { RestEndpointMethodTypes } from '@octokit/rest'
import { globLibrary } from '../../policy/glob-library.js'
import { defineFact, known, type Fact } from '../../model/fact.js'
import type { FactContext } from '../../facts/context.js'
import type { GitHubClient } from '../client.js'
import { defaultBranchFact, listAll, tieredFact } from './support.js'

export type BranchRule = RestEndpointMethodTypes['repos']['getBranchRules']['response']['data'][number]
export type ClassicProtection = RestEndpointMethodTypes['repos']['getBranchProtection']['response']['data']

export interface BranchRules {
  branch: string
  rules: BranchRule[]
}

export interface ClassicBranchProtection {
  branch: string
  /** null: the branch has no classic protection (GitHub answered 404 "Branch not protected"). */
  protection: ClassicProtection | null
}

export async function fetchBranchRules(client: GitHubClient, owner: string, repo: string, branch: string): Promise<BranchRule[]> {
  return (await listAll<BranchRule>(client, 'GET /repos/{owner}/{repo}/rules/branches/{branch}', { owner, repo, branch })).items
}

export function readBranchRules(ctx: FactContext, branch: string): Promise<Fact<BranchRules>> {
  const { owner, repo } = ctx.target!
  return tieredFact(ctx, 'github-token', async (client) => ({ branch, rules: await fetchBranchRules(client, owner, repo, branch) }), {
    what: `rules that apply to branch ${branch}`,
    permission: 'Metadata: read',
    ghesFeature: 'repository rules'
  })
}

export const defaultBranchRulesFact = defineFact<BranchRules>('github.default-branch-rules', async (ctx) => {
  const branch = await ctx.get(defaultBranchFact)
  if (!branch.known) return branch
  return readBranchRules(ctx, branch.value)
})

/** Classic protection of one branch (admin read); null when GitHub says the branch is not protected. */
export function readClassic(ctx: FactContext, branch: string): Promise<Fact<ClassicProtection | null>> {
  const { owner, repo } = ctx.target!
  return tieredFact<ClassicProtection | null>(ctx, 'elevated', async (c) => (await c.octokit.rest.repos.getBranchProtection({ owner, repo, branch })).data, {
    what: `classic branch protection of ${branch}`,
    permission: 'Administration: read',
    // 404 "Branch not protected" is an answer; a 404 for lack of access says "Not Found".
    onNotFound: (error) => (/not protected/i.test(error.message) ? known(null) : undefined)
  })
}

export const defaultBranchClassicProtectionFact = defineFact<ClassicBranchProtection>('github.default-branch-classic-protection', async (ctx) => {
  const branch = await ctx.get(defaultBranchFact)
  if (!branch.known) return branch
  const classic = await readClassic(ctx, branch.value)
  return classic.known ? known({ branch: branch.value, protection: classic.value }) : classic
})

/** Branch-name globs (minimatch, `*` does not cross `/`) that name release branches. */
export const RELEASE_BRANCH_PATTERNS = ['release/**', 'releases/**', 'release-*', 'v[0-9]*.x', 'stable/**']
/** At most this many release branches get their rules read (one request each). */
export const MAX_RELEASE_BRANCHES = 5

export interface ReleaseBranch {
  name: string
  /** The branch listing's flag: some protection (classic or ruleset) applies. */
  protectedFlag: boolean
  rules: BranchRule[]
  /**
   * Classic protection, read only for a branch flagged protected with no ruleset rule (admin read): the
   * fact, so a refusal is kept with its reason. Absent when not read.
   */
  classic?: Fact<ClassicProtection | null>
}

/** Branches listed at most (5 pages): a repository with more is reported as partly seen. */
export const MAX_LISTED_BRANCHES = 500

export interface ReleaseBranches {
  /** Every listed branch matching the patterns (names only). */
  matching: string[]
  /** The repository has more than MAX_LISTED_BRANCHES branches; the rest were not listed. */
  truncated: boolean
  /** The newest-looking ones (sorted by name, descending), with their rules. */
  checked: ReleaseBranch[]
}

export function isReleaseBranch(name: string, patterns: readonly string[] = RELEASE_BRANCH_PATTERNS): boolean {
  const { minimatch } = globLibrary()
  return patterns.some((pattern) => minimatch(name, pattern, { dot: true }))
}

export const releaseBranchesFact = defineFact<ReleaseBranches>('github.release-branches', async (ctx) => {
  const branch = await ctx.get(defaultBranchFact)
  if (!branch.known) return branch
  const { owner, repo } = ctx.target!
  return tieredFact<ReleaseBranches>(
    ctx,
    'github-token',
    async (client) => {
      const { items, truncated } = await listAll<{ name: string; protected: boolean }>(
        client,
        'GET /repos/{owner}/{repo}/branches',
        { owner, repo },
        MAX_LISTED_BRANCHES
      )
      const matching = items.filter((item) => item.name !== branch.value && isReleaseBranch(item.name))
      const newest = [...matching].sort((a, b) => b.name.localeCompare(a.name, 'en', { numeric: true })).slice(0, MAX_RELEASE_BRANCHES)
      const checked = await Promise.all(
        newest.map(async (item): Promise<ReleaseBranch> => {
          const rules = await fetchBranchRules(client, owner, repo, item.name)
          if (rules.length > 0 || !item.protected) return { name: item.name, protectedFlag: item.protected, rules }
          return { name: item.name, protectedFlag: item.protected, rules, classic: await readClassic(ctx, item.name) }
        })
      )
      return { matching: matching.map((item) => item.name), truncated, checked }
    },
    { what: 'release branches and their rules', permission: 'Metadata: read', ghesFeature: 'repository rules' }
  )
})
