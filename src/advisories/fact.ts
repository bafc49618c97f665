/**
 * The advisories fact: the inventory's packages checked against the run's advisory source. STAND-IN until
 * the advisory sources (GitHub's database, the OSV API) land: it serves a local OSV snapshot when one is
 * configured and is otherwise unknown, so the vulnerability rules say `unknown` and never pass on data
 * nobody fetched. Only the export's type (`FactDef<AdvisoryReport>`) is relied on elsewhere.
 */
import { inventoryFact } from '../inventory/fact.js'
import { defineFact, known, unknownFact } from '../model/fact.js'
import type { AdvisoryReport } from './model.js'

export const NO_SOURCE_REASON = 'no advisory source configured (use --advisories github|osv|DIR)'

export const advisoriesFact = defineFact<AdvisoryReport>('advisories', async (ctx) => {
  const inventory = await ctx.get(inventoryFact)
  if (!inventory.known) return inventory
  const source = ctx.advisories?.source
  if (source?.kind !== 'osv-offline' || !source.directory) return unknownFact('not-available', NO_SOURCE_REASON)
  const { matchOffline } = await import('./sources/osv-offline.js')
  return known(await matchOffline(source.directory, inventory.value.packages))
})
