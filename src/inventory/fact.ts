/** The inventory as a fact: collected once per run, shared by every dependency rule and report. */
import { defineFact, known } from '../model/fact.js'
import { workflowPrescanFact } from '../workspace/workflow-prescan.js'
import type { Inventory } from './model.js'

export const inventoryFact = defineFact<Inventory>('workspace.inventory', async (ctx) => {
  const { collectInventory } = await import('./collect.js')
  // The pre-scan is shared with the workflow audit (one read of each workflow file per run).
  const prescan = await ctx.get(workflowPrescanFact)
  return known(await collectInventory(ctx.workspace, prescan.known ? { prescan: prescan.value } : {}))
})
