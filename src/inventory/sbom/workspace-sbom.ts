/**
 * The SBOM of a whole workspace, for the action's `sbom` input and `sign --predicate sbom` without a file:
 * the inventory of every lockfile, the project named by the build facts (repository, commit, ref, server),
 * at the given time (SOURCE_DATE_EPOCH, read by the shells). The inventory is dropped once the plan is made.
 */
import path from 'node:path'
import type { Workspace } from '../../workspace/workspace.js'
import { TOOL } from '../../version.js'
import type { InventoryProblem } from '../model.js'
import type { SbomFormat } from './entries.js'
import { sbomPlan } from './index.js'
import type { SbomPlan } from './pieces.js'

export interface BuildFacts {
  serverUrl?: string
  repository?: string
  sha?: string
  ref?: string
}

/** What was read: counts and the files that could not be (the inventory itself is not kept). */
export interface SbomSummary {
  packages: number
  files: number
  problems: InventoryProblem[]
}

/** The SBOM of the workspace as a plan (written with writeSbomFile / sbomPieces / sbomText), and what was read. */
export async function workspaceSbom(
  workspace: Workspace,
  format: SbomFormat,
  build: BuildFacts,
  timestamp?: Date
): Promise<{ plan: SbomPlan; summary: SbomSummary }> {
  // Imported here, not at the top: the inventory's collector stays one lazily loaded file (cold start).
  const inventory = await (await import('../collect.js')).collectInventory(workspace)
  // Licenses of installed packages (node_modules, virtual environments) where the lockfile records none.
  await (await import('../licenses/installed.js')).addInstalledLicenses(workspace, inventory)
  const plan = sbomPlan(inventory, format, {
    subject: {
      name: build.repository ?? path.basename(workspace.root),
      ...(build.repository ? { repository: build.repository, ...(build.serverUrl ? { serverUrl: build.serverUrl } : {}) } : {}),
      ...(build.sha && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(build.sha) ? { commit: build.sha } : {}),
      ...(build.repository && build.ref ? { ref: build.ref } : {})
    },
    ...(timestamp ? { timestamp } : {}),
    tool: TOOL
  })
  return { plan, summary: { packages: inventory.packages.length, files: inventory.files.length, problems: inventory.problems } }
}
