/**
 * Every ruleset that applies to the repository, its own and its organization's (and enterprise's):
 * `GET /repos/{owner}/{repo}/rulesets?includes_parents=true` (one page of 100 covers any real repository),
 * then each ruleset's details concurrently (`GET /repos/{owner}/{repo}/rulesets/{id}`) for what the list
 * leaves out: conditions, rules and `bypass_actors`. GitHub returns `bypass_actors` only to a token that may
 * edit the ruleset; without it the bypass list is `null` (unseen), never "empty".
 *
 * `rules/branches/{branch}` already gives the effective rules of *active* rulesets; this fact adds what it
 * cannot: rulesets in `evaluate` or `disabled` mode, bypass actors, and tag rulesets.
 */
import { defineFact, noTarget } from '../../model/fact.js'
import { globLibrary } from '../../policy/glob-library.js'
import { describeError, listAll, tieredFact } from './support.js'

/** Details are read for at most this many rulesets (one request each). */
export const MAX_RULESET_DETAILS = 12

export interface BypassActor {
  actor_id?: number | null
  actor_type: string
  bypass_mode?: string
}

export interface RulesetRule {
  type: string
  parameters?: Record<string, unknown>
}

export interface Ruleset {
  id: number
  name: string
  target: 'branch' | 'tag' | 'push' | 'repository' | string
  sourceType: string
  source: string
  enforcement: 'active' | 'evaluate' | 'disabled' | string
  /** null when the token may not see them (no edit access to the ruleset) or the details were not read. */
  bypassActors: BypassActor[] | null
  currentUserCanBypass?: string
  /** `ref_name` include/exclude; null when the details were not read. */
  refName: { include: string[]; exclude: string[] } | null
  /** null when the details were not read. */
  rules: RulesetRule[] | null
  /** Why the details are missing, when they are. */
  detailsError?: string
}

export interface Rulesets {
  rulesets: Ruleset[]
}

interface ListedRuleset {
  id: number
  name: string
  target?: string
  source_type?: string
  source: string
  enforcement: string
  current_user_can_bypass?: string
}

interface RulesetDetail extends ListedRuleset {
  bypass_actors?: BypassActor[]
  conditions?: { ref_name?: { include?: string[]; exclude?: string[] } } | null
  rules?: RulesetRule[]
}

export const rulesetsFact = defineFact<Rulesets>('github.rulesets', async (ctx) => {
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  return tieredFact<Rulesets>(
    ctx,
    'elevated',
    async (client) => {
      const { items } = await listAll<ListedRuleset>(client, 'GET /repos/{owner}/{repo}/rulesets', { owner, repo, includes_parents: true })
      const rulesets = await Promise.all(
        items.map(async (listed, index): Promise<Ruleset> => {
          const base: Ruleset = {
            id: listed.id,
            name: listed.name,
            target: listed.target ?? 'branch',
            sourceType: listed.source_type ?? 'Repository',
            source: listed.source,
            enforcement: listed.enforcement,
            bypassActors: null,
            ...(listed.current_user_can_bypass ? { currentUserCanBypass: listed.current_user_can_bypass } : {}),
            refName: null,
            rules: null
          }
          // A disabled ruleset does nothing, and push/repository rulesets do not protect refs: their details
          // are not worth a request.
          if (listed.enforcement === 'disabled' || (base.target !== 'branch' && base.target !== 'tag')) return base
          if (index >= MAX_RULESET_DETAILS) return { ...base, detailsError: `details not read (more than ${MAX_RULESET_DETAILS} rulesets)` }
          try {
            const response = await client.octokit.request('GET /repos/{owner}/{repo}/rulesets/{ruleset_id}', {
              owner,
              repo,
              ruleset_id: listed.id,
              includes_parents: true
            })
            const detail = response.data as unknown as RulesetDetail
            return {
              ...base,
              target: detail.target ?? base.target,
              enforcement: detail.enforcement,
              bypassActors: Array.isArray(detail.bypass_actors) ? detail.bypass_actors : null,
              refName: { include: detail.conditions?.ref_name?.include ?? [], exclude: detail.conditions?.ref_name?.exclude ?? [] },
              rules: detail.rules ?? []
            }
          } catch (error) {
            return { ...base, detailsError: `details could not be read: ${describeError(error)}` }
          }
        })
      )
      return { rulesets }
    },
    { what: 'the rulesets of the repository and its organization', permission: 'Metadata: read', ghesFeature: 'repository rulesets' }
  )
})

/**
 * Whether a ruleset's `ref_name` condition selects `ref` (`refs/heads/x` or `refs/tags/x`). Patterns are
 * fnmatch-style: `*` stops at `/`, `**` crosses it; `~ALL` and `~DEFAULT_BRANCH` are GitHub's specials.
 */
export function refMatches(refName: { include: string[]; exclude: string[] }, ref: string, defaultBranch: string | null): boolean {
  const kind = ref.startsWith('refs/tags/') ? 'tag' : 'branch'
  const test = (pattern: string): boolean => {
    if (pattern === '~ALL') return true
    if (pattern === '~DEFAULT_BRANCH') return kind === 'branch' && defaultBranch !== null && ref === `refs/heads/${defaultBranch}`
    const full = pattern.startsWith('refs/') ? pattern : `refs/${kind === 'tag' ? 'tags' : 'heads'}/${pattern}`
    return globLibrary().minimatch(ref, full, { dot: true, nobrace: true, noext: true })
  }
  return refName.include.some(test) && !refName.exclude.some(test)
}
