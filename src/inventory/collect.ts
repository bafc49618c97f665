/**
 * Collects the inventory of a workspace: finds every file a reader claims (monorepos included), reads
 * each once, and merges what they return. A file that cannot be read or parsed becomes a problem with its
 * file and line, never "no dependencies". The workflows' remote `uses:` are a source beside the readers
 * (GitHub Actions, from the workflow pre-scan). Judges nothing: rules do.
 */
import path from 'node:path'
import { globLibrary, withGlobLibrary } from '../policy/glob-library.js'
import { errorMessage } from '../model/errors.js'
import { capYoungGeneration } from '../runtime/young-generation.js'
import type { Workspace } from '../workspace/workspace.js'
import { emptyOutcome, MAX_LOCKFILE_BYTES, type Inventory, type InventoryProblem, type ReadOutcome } from './model.js'
import { readersFor, type ReaderEntry } from './readers/index.js'
import type { ReaderInput } from './readers/types.js'
import type { WorkflowPrescan } from '../workspace/workflow-prescan.js'
import { actionsInventory } from './actions.js'

/** Past this size a lockfile's parse is worth a look at the young generation (src/runtime/young-generation.ts). */
const LARGE_LOCKFILE_CHARS = 256 * 1024

/** Directories whose contents are installed or vendored copies, not the project's own declarations. */
const INSTALLED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|\.tox|target|bower_components)\//

export interface Candidate {
  path: string
  reader: ReaderEntry
}

/** The files of the workspace that some reader claims, in path order, without ignored or installed paths. */
export function findInventoryFiles(workspace: Workspace): Candidate[] {
  const files = workspace.files().filter((file) => !INSTALLED.test(file) && !workspace.isIgnored(file))
  return claimed(files)
}

/** Files a reader would claim that the policy's `ignore-paths` excludes (fixtures, test data by default). */
export function ignoredInventoryFiles(workspace: Workspace): string[] {
  const ignored = workspace.files().filter((file) => !INSTALLED.test(file) && workspace.isIgnored(file))
  return [...new Set(claimed(ignored).map((candidate) => candidate.path))]
}

function claimed(files: string[]): Candidate[] {
  const present = new Set(files)
  const candidates: Candidate[] = []
  for (const file of files) {
    const basename = path.posix.basename(file)
    const directory = path.posix.dirname(file)
    for (const reader of readersFor(basename)) {
      const superseded = reader.supersededBy?.some((lockfile) => present.has(directory === '.' ? lockfile : `${directory}/${lockfile}`))
      if (!superseded) candidates.push({ path: file, reader })
    }
  }
  return candidates
}

/** Reads one file with its reader; every failure is a problem of that file. */
export async function readInventoryFile(workspace: Workspace, candidate: Candidate): Promise<ReadOutcome> {
  const { path: file, reader } = candidate
  const problem = (message: string, line?: number): InventoryProblem => ({ path: file, format: reader.format, message, ...(line ? { line } : {}) })
  const text = workspace.readText(file, MAX_LOCKFILE_BYTES, { cache: false })
  if (!text.ok) return emptyOutcome(problem(`could not read the file: ${text.reason}`))
  const directory = path.posix.dirname(file)
  const input: ReaderInput = {
    path: file,
    text: text.text,
    sibling(relative) {
      const target = path.posix.normalize(directory === '.' ? relative : `${directory}/${relative}`)
      if (target.startsWith('..')) return undefined
      const read = workspace.readText(target, MAX_LOCKFILE_BYTES)
      return read.ok ? read.text : undefined
    },
    exists(relative) {
      const target = path.posix.normalize(directory === '.' ? relative : `${directory}/${relative}`)
      return !target.startsWith('..') && workspace.exists(target)
    },
    glob(pattern) {
      const { minimatch } = globLibrary()
      const prefix = directory === '.' ? '' : `${directory}/`
      const matched: string[] = []
      for (const candidate of workspace.files()) {
        if (!candidate.startsWith(prefix) || INSTALLED.test(candidate)) continue
        const relative = candidate.slice(prefix.length)
        if (minimatch(relative, pattern)) matched.push(relative)
      }
      return matched
    }
  }
  try {
    const read = await reader.load()
    // A reader that globs (workspaces) before minimatch is loaded reads again once it is.
    const outcome = await withGlobLibrary(() => read(input))
    // Parsing a large lockfile makes short-lived garbage by the megabyte: cap the young generation then.
    capYoungGeneration(text.text.length > LARGE_LOCKFILE_CHARS)
    return outcome
  } catch (error) {
    const line = (error as { line?: unknown }).line
    return emptyOutcome(problem(`could not parse the file: ${errorMessage(error)}`, typeof line === 'number' ? line : undefined))
  }
}

export interface CollectOptions {
  /**
   * The workflow pre-scan: when given, the remote `uses:` of workflow and action files are added as
   * `GitHub Actions` packages (see actions.ts).
   */
  prescan?: WorkflowPrescan
}

/** The inventory of every file a reader claims, plus the GitHub Actions the workflows use. */
export async function collectInventory(workspace: Workspace, options: CollectOptions = {}): Promise<Inventory> {
  const inventory: Inventory = { packages: [], edges: [], files: [], problems: [] }
  for (const candidate of findInventoryFiles(workspace)) {
    const outcome = await readInventoryFile(workspace, candidate)
    inventory.packages.push(...outcome.packages)
    inventory.edges.push(...outcome.edges)
    inventory.problems.push(...outcome.problems)
    inventory.files.push({
      path: candidate.path,
      format: candidate.reader.format,
      ecosystem: candidate.reader.ecosystem,
      packages: outcome.packages.length,
      ...(outcome.declaredOnly ? { declaredOnly: true } : {})
    })
  }
  const skipped = ignoredInventoryFiles(workspace)
  if (skipped.length > 0) inventory.skipped = skipped
  if (options.prescan) {
    const actions = actionsInventory(workspace, options.prescan)
    inventory.packages.push(...actions.packages)
    inventory.files.push(...actions.files)
  }
  return inventory
}
