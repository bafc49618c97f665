// One offline advisory check as the CLI does it (inventory of a directory, then the local OSV snapshot), bundled
// by bench/advisories.mjs and timed as a whole process beside osv-scanner. Usage: node entry.mjs SNAPSHOT_DIR WORKSPACE OUT.json
import fs from 'node:fs'
import { collectInventory } from '../src/inventory/collect.js'
import { matchOffline } from '../src/advisories/sources/osv-offline.js'
import { Workspace } from '../src/workspace/workspace.js'

const [snapshot, directory, out] = process.argv.slice(2) as [string, string, string]
const inventory = await collectInventory(new Workspace(directory))
const report = await matchOffline(snapshot, inventory.packages)
const byPackage: Record<string, string[]> = {}
for (const pkg of inventory.packages) if (pkg.version) byPackage[`${pkg.ecosystem}|${pkg.name}|${pkg.version}`] ??= []
for (const match of report.matches) {
  const key = `${match.package.ecosystem}|${match.package.name}|${match.package.version}`
  byPackage[key] = [...new Set([...(byPackage[key] ?? []), match.advisory.id, ...match.advisory.aliases])]
}
fs.writeFileSync(
  out,
  JSON.stringify({
    packages: inventory.packages.length,
    problems: inventory.problems.length,
    firstProblems: inventory.problems.slice(0, 5),
    checked: report.checked,
    unchecked: report.unchecked.length,
    snapshot: report.source.snapshot ?? null,
    byPackage
  })
)
