/**
 * SBOM files named by the user, read into an inventory: files inside the workspace through it (its path
 * checks apply), explicit files outside it (the CLI's `--sbom /elsewhere/bom.json`) directly. A file that
 * cannot be read is a problem of the inventory with its path, never "no dependencies".
 */
import fs from 'node:fs'
import type { SbomInputFile } from '../../facts/context.js'
import { formatBytes, type Workspace } from '../../workspace/workspace.js'
import { MAX_LOCKFILE_BYTES, type Inventory } from '../model.js'
import { readSbom } from './read.js'

export function addSbomFiles(inventory: Inventory, workspace: Workspace, files: SbomInputFile[]): void {
  for (const file of files) {
    const text = readSbomText(workspace, file)
    if (!text.ok) {
      inventory.problems.push({ path: file.displayPath, format: 'sbom', message: `could not read the SBOM: ${text.reason}` })
      inventory.files.push({ path: file.displayPath, format: 'sbom', ecosystem: 'unknown', packages: 0 })
      continue
    }
    const read = readSbom({ path: file.displayPath, text: text.text })
    inventory.packages.push(...read.packages)
    inventory.edges.push(...read.edges)
    inventory.problems.push(...read.problems)
    const ecosystems = new Set(read.packages.map((pkg) => pkg.ecosystem))
    inventory.files.push({
      path: file.displayPath,
      format: read.format ?? 'sbom',
      ecosystem: ecosystems.size === 1 ? [...ecosystems][0]! : 'mixed',
      packages: read.packages.length
    })
  }
}

function readSbomText(workspace: Workspace, file: SbomInputFile): { ok: true; text: string } | { ok: false; reason: string } {
  if (file.insideWorkspace) return workspace.readText(file.displayPath, MAX_LOCKFILE_BYTES)
  try {
    const size = fs.statSync(file.absolutePath).size
    if (size > MAX_LOCKFILE_BYTES)
      return { ok: false, reason: `file is ${formatBytes(size)}, larger than the ${formatBytes(MAX_LOCKFILE_BYTES)} chaingate reads` }
    return { ok: true, text: fs.readFileSync(file.absolutePath, 'utf8') }
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }
  }
}
