/**
 * The SBOM of a whole workspace, for the action's `sbom` input and `sign --predicate sbom` without a file:
 * the inventory of every lockfile, the project named by the build facts (repository, commit, ref, server),
 * at the given time (SOURCE_DATE_EPOCH, read by the shells).
 */
import path from 'node:path'
import type { Workspace } from '../../workspace/workspace.js'
import { TOOL } from '../../version.js'
import { collectInventory } from '../collect.js'
import type { Inventory } from '../model.js'
import type { SbomFormat } from './entries.js'
import { writeSbom } from './index.js'

export interface BuildFacts {
  serverUrl?: string
  repository?: string
  sha?: string
  ref?: string
}

export async function workspaceSbom(workspace: Workspace, format: SbomFormat, build: BuildFacts, timestamp?: Date): Promise<{ text: string; inventory: Inventory }> {
  const inventory = await collectInventory(workspace)
  const text = writeSbom(inventory, format, {
    subject: {
      name: build.repository ?? path.basename(workspace.root),
      ...(build.repository ? { repository: build.repository, ...(build.serverUrl ? { serverUrl: build.serverUrl } : {}) } : {}),
      ...(build.sha && /^[0-9a-f]{40}([0-9a-f]{24})?$/.test(build.sha) ? { commit: build.sha } : {}),
      ...(build.repository && build.ref ? { ref: build.ref } : {})
    },
    ...(timestamp ? { timestamp } : {}),
    tool: TOOL
  })
  return { text, inventory }
}
