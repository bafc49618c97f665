/**
 * The advisories fact: the inventory's packages checked against the run's advisory source (GitHub's
 * database, the OSV API or a local OSV snapshot; src/advisories/sources/). Without a configured source the
 * run uses GitHub's database when it has a token; with neither, the fact is unknown ("no advisory source"),
 * so the vulnerability rules say `unknown` and never pass on data nobody fetched.
 */
import { inventoryFact } from '../inventory/fact.js'
import type { FactContext } from '../facts/context.js'
import { defineFact, known, unknownFact, type UnknownFact } from '../model/fact.js'
import type { AdvisoryReport } from './model.js'
import { createSource, type AdvisorySource, type AdvisorySourceSetting } from './sources/index.js'

export const NO_SOURCE_REASON =
  "no advisory source: use --advisories github|osv|DIR (action input `advisories`, or `advisories: source:` in the policy); a run with a GitHub token uses GitHub's advisory database by default"

/**
 * The run's advisory source as configured (`--advisories`, the policy, GitHub's database with a token), or
 * the unknown fact saying none is; shared by the inventory's advisories and the images' (src/images/scan-fact.ts).
 */
export function runAdvisorySource(ctx: FactContext): AdvisorySource | UnknownFact {
  const options = ctx.advisories
  const setting: AdvisorySourceSetting | null = options?.source ?? (ctx.github ? { kind: 'github' } : null)
  if (!setting) return unknownFact('no-token', NO_SOURCE_REASON)
  return createSource(setting, {
    github: ctx.github ?? options?.anonymousGithub ?? null,
    githubAuthenticated: ctx.github !== null && ctx.github !== undefined,
    ...(options?.osvCacheDir ? { osvCacheDir: options.osvCacheDir } : {}),
    ...(options?.http ? { http: options.http } : {}),
    now: ctx.now
  })
}

export const advisoriesFact = defineFact<AdvisoryReport>('dependencies.advisories', async (ctx) => {
  const inventory = await ctx.get(inventoryFact)
  if (!inventory.known) return inventory
  const source = runAdvisorySource(ctx)
  if ('known' in source) return source
  return known(await source.check(inventory.value.packages))
})
