/**
 * The inventory as a fact: collected once per run, shared by every dependency rule and report. SBOM files
 * the user named (`check --sbom`) join it (or replace the lockfiles with `--sbom-only`); their reader is
 * loaded only then.
 */
import { defineFact, known } from '../model/fact.js'
import { workflowPrescanFact } from '../workspace/workflow-prescan.js'
import type { Inventory } from './model.js'

export const inventoryFact = defineFact<Inventory>('workspace.inventory', async (ctx) => {
  // The pre-scan is shared with the workflow audit (one read of each workflow file per run).
  const prescan = ctx.sbom?.only ? undefined : await ctx.get(workflowPrescanFact)
  const inventory: Inventory = ctx.sbom?.only
    ? { packages: [], edges: [], files: [], problems: [] }
    : await (await import('./collect.js')).collectInventory(ctx.workspace, prescan?.known ? { prescan: prescan.value } : {})
  if (ctx.sbom && ctx.sbom.files.length > 0) {
    const { addSbomFiles } = await import('./sbom/collect.js')
    addSbomFiles(inventory, ctx.workspace, ctx.sbom.files)
  }
  return known(inventory)
})
