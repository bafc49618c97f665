/**
 * The advisories fact: the inventory's packages checked against the run's advisory source (GitHub's
 * database, the OSV API or a local OSV snapshot; src/advisories/sources/). Without a configured source the
 * run uses GitHub's database when it has a token; with neither, the fact is unknown ("no advisory source"),
 * so the vulnerability rules say `unknown` and never pass on data nobody fetched.
 */
import { inventoryFact } from '../inventory/fact.js'
import { defineFact, known, unknownFact } from '../model/fact.js'
import type { AdvisoryReport } from './model.js'
import { createSource, type AdvisorySourceSetting } from './sources/index.js'

export const NO_SOURCE_REASON =
  'no advisory source: use --advisories github|osv|DIR (action input `advisories`, or `advisories: source:` in the policy); a run with a GitHub token uses GitHub\'s advisory database by default'

export const advisoriesFact = defineFact<AdvisoryReport>('dependencies.advisories', async (ctx) => {
  const inventory = await ctx.get(inventoryFact)
  if (!inventory.known) return inventory
  const options = ctx.advisories
  const setting: AdvisorySourceSetting | null = options?.source ?? (ctx.github ? { kind: 'github' } : null)
  if (!setting) return unknownFact('no-token', NO_SOURCE_REASON)
  const source = createSource(setting, {
    github: ctx.github ?? options?.anonymousGithub ?? null,
    ...(options?.osvCacheDir ? { osvCacheDir: options.osvCacheDir } : {}),
    ...(options?.http ? { http: options.http } : {}),
    now: ctx.now
  })
  return known(await source.check(inventory.value.packages))
})
