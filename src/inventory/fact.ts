/** The inventory as a fact: collected once per run, shared by every dependency rule and report. */
import { defineFact, known } from '../model/fact.js'
import type { Inventory } from './model.js'

export const inventoryFact = defineFact<Inventory>('workspace.inventory', async (ctx) => {
  const { collectInventory } = await import('./collect.js')
  return known(await collectInventory(ctx.workspace))
})
