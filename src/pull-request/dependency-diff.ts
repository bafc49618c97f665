/**
 * Pull-request dependency review from the checkout, without GitHub Advanced Security: the inventory of the
 * base commit (every lockfile of the base and head trees read with `git show <base>:<path>`) against the
 * workspace's inventory (the head), as packages added, removed and changed, per file. What the change
 * introduced (added packages and new versions) is what the dependency gates judge by default.
 *
 * - Events `pull_request` (base: `pull_request.base.sha`) and `merge_group` (`merge_group.base_sha`); on any
 *   other event the fact is unknown with cause `other-event` (no event at all: `not-applicable`), and the
 *   gates judge every package.
 * - A base commit missing from the checkout (a shallow clone: actions/checkout fetches one commit by
 *   default) is unknown with what to do (`fetch-depth: 0`, or fetch the base commit): never a pass.
 * - A file whose base text equals the head's is unchanged without being parsed. A changed file no lockfile
 *   reader claims (a workflow's `uses:`, an SBOM outside the checkout) cannot be read at the base: all of its
 *   packages count as introduced, and the diff says so (`uncompared`).
 */
import path from 'node:path'
import { inventoryFact } from '../inventory/fact.js'
import { emptyOutcome, MAX_LOCKFILE_BYTES, packageKey, type Inventory, type Package } from '../inventory/model.js'
import { readersFor, type ReaderEntry } from '../inventory/readers/index.js'
import type { ReaderInput } from '../inventory/readers/types.js'
import { defineFact, known, unknownFact } from '../model/fact.js'
import { errorMessage } from '../model/errors.js'
import type { EventContext } from '../facts/context.js'
import type { Workspace } from '../workspace/workspace.js'
import { git, isCommitId } from './git.js'

export const DIFF_EVENTS = ['pull_request', 'merge_group']

/** Lockfiles of large monorepos run to tens of megabytes (as the inventory reads them). */
/** Installed or vendored copies, not the project's declarations (as the inventory skips them). */
const INSTALLED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|\.tox|target|bower_components)\//

export interface PackageChange {
  from: Package
  to: Package
}

export interface LicenseChange {
  /** The head's package (for a changed version: the new one). */
  package: Package
  from: string | null
  to: string | null
}

export interface DependencyDiff {
  event: string
  /** The base commit compared with the workspace. */
  base: string
  added: Package[]
  removed: Package[]
  changed: PackageChange[]
  /** Packages whose license (as the lockfiles record it) differs between base and head. */
  licenseChanges: LicenseChange[]
  /** `packageKey`s of the head packages the change introduced (added, and the new side of changed). */
  introduced: Set<string>
  /** Files compared (lockfiles and manifests of the base and head trees that differ). */
  changedFiles: string[]
  /** Changed files whose packages could not be read at the base: all of them count as introduced. */
  uncompared: string[]
}

/** The base commit of a pull-request or merge-queue event; null for other events. */
export function baseCommitOf(event: EventContext | null): string | null | undefined {
  if (!event || !DIFF_EVENTS.includes(event.name)) return null
  const record = (value: unknown): Record<string, unknown> | undefined =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  const sha = event.name === 'merge_group' ? record(event.payload.merge_group)?.base_sha : record(record(event.payload.pull_request)?.base)?.sha
  return isCommitId(sha) ? sha : undefined
}

export const dependencyDiffFact = defineFact<DependencyDiff>('pull-request.dependency-diff', async (ctx) => {
  const base = baseCommitOf(ctx.event)
  if (base === null) {
    const what = 'dependency review compares a pull request with its base (events pull_request and merge_group)'
    return ctx.event ? unknownFact('other-event', `${what}; event was ${ctx.event.name}`) : unknownFact('not-applicable', `${what}; no event was given`)
  }
  if (base === undefined)
    return unknownFact('not-available', `the ${ctx.event!.name} event names no base commit (pull_request.base.sha / merge_group.base_sha)`)
  const head = await ctx.get(inventoryFact)
  if (!head.known) return head
  try {
    const outcome = await diffAgainstBase(ctx.workspace, base, head.value, ctx.event!.name)
    return typeof outcome === 'string' ? unknownFact('not-available', outcome) : known(outcome)
  } catch (error) {
    return unknownFact('not-available', `could not read the base commit ${base.slice(0, 12)} from the checkout: ${errorMessage(error)}`)
  }
})

/**
 * The diff, or why it cannot be made (a string). Packages are compared per file they are located in (a
 * `-r` include's packages sit in the included file): a file whose text is the same at the base and in the
 * workspace contributes nothing; a changed one is compared with what the base's lockfiles said about it
 * (each claimed base file that changed, or that may include a changed file, is parsed at the base); a
 * changed file nothing parsed at the base is `uncompared`, and all its packages count as introduced.
 */
export async function diffAgainstBase(workspace: Workspace, base: string, head: Inventory, event: string): Promise<DependencyDiff | string> {
  const cwd = workspace.root
  const present = await git(cwd, ['cat-file', '-e', `${base}^{commit}`])
  if (!present.ok) return missingBase(cwd, base, present.stderr)
  const listing = await git(cwd, ['ls-tree', '-r', '-z', '--name-only', base])
  if (!listing.ok) return `git ls-tree ${base.slice(0, 12)} failed: ${listing.stderr || `exit ${listing.code}`}`
  const baseFiles = listing.stdout
    .toString('utf8')
    .split('\0')
    .filter((file) => file !== '' && !INSTALLED.test(file) && !workspace.isIgnored(file))
  const baseCandidates = claimed(baseFiles)
  const baseTexts = new Map<string, string | undefined>()
  const show = async (file: string): Promise<string | undefined> => {
    if (!baseTexts.has(file)) {
      const result = await git(cwd, ['show', `${base}:./${file}`])
      baseTexts.set(file, result.ok ? result.stdout.toString('utf8') : undefined)
    }
    return baseTexts.get(file)
  }
  const changedMemo = new Map<string, boolean>()
  const changed = async (file: string): Promise<boolean> => {
    if (!changedMemo.has(file)) {
      const before = await show(file)
      const now = workspace.readText(file, MAX_LOCKFILE_BYTES)
      changedMemo.set(file, before === undefined ? now.ok : !now.ok || now.text !== before)
    }
    return changedMemo.get(file)!
  }

  const headByLocation = new Map<string, Package[]>()
  for (const pkg of head.packages) headByLocation.set(pkg.location.path, [...(headByLocation.get(pkg.location.path) ?? []), pkg])
  const candidates = new Set([...baseCandidates.keys(), ...head.files.map((file) => file.path)])
  const locations = new Set([...candidates, ...headByLocation.keys()])
  // An included file that changed: every claimed base file may include it, so all of them are parsed.
  let includedChanged = false
  for (const location of headByLocation.keys()) if (!candidates.has(location) && (await changed(location))) includedChanged = true

  const baseByLocation = new Map<string, Package[]>()
  const parsed = new Set<string>()
  const unparsed = new Set<string>()
  for (const [file, reader] of baseCandidates) {
    if (!includedChanged && !(await changed(file))) continue
    const text = await show(file)
    if (text === undefined) continue
    const packages = await readAtBase(reader, file, text, show)
    if (packages === null) {
      unparsed.add(file)
      continue
    }
    parsed.add(file)
    for (const pkg of packages) baseByLocation.set(pkg.location.path, [...(baseByLocation.get(pkg.location.path) ?? []), pkg])
  }
  for (const location of baseByLocation.keys()) locations.add(location)

  const diff: DependencyDiff = { event, base, added: [], removed: [], changed: [], licenseChanges: [], introduced: new Set(), changedFiles: [], uncompared: [] }
  for (const location of [...locations].sort()) {
    if (!(await changed(location))) continue
    diff.changedFiles.push(location)
    const known = parsed.has(location) || baseByLocation.has(location) || (await show(location)) === undefined
    if (!known || unparsed.has(location)) diff.uncompared.push(location)
    compareFile(known && !unparsed.has(location) ? (baseByLocation.get(location) ?? []) : [], headByLocation.get(location) ?? [], diff)
  }
  return diff
}

/** Why the base commit is not there, and what to do about it. */
async function missingBase(cwd: string, base: string, stderr: string): Promise<string> {
  const inside = await git(cwd, ['rev-parse', '--is-inside-work-tree'])
  if (!inside.ok)
    return `the checkout is not a git repository (${inside.stderr || 'git rev-parse failed'}), so the base commit ${base.slice(0, 12)} cannot be read`
  const shallow = await git(cwd, ['rev-parse', '--is-shallow-repository'])
  const isShallow = shallow.ok && shallow.stdout.toString('utf8').trim() === 'true'
  const fix = 'set `fetch-depth: 0` on actions/checkout, or fetch the base commit before chaingate runs (`git fetch --no-tags --depth=1 origin <base sha>`)'
  return isShallow
    ? `the base commit ${base.slice(0, 12)} is not in this shallow clone (actions/checkout fetches one commit by default): ${fix}`
    : `the base commit ${base.slice(0, 12)} is not in the checkout (${stderr || 'git cat-file failed'}): ${fix}`
}

/** The files of a tree a reader claims (a manifest beside its lockfile is not read), by path. */
function claimed(files: string[]): Map<string, ReaderEntry> {
  const present = new Set(files)
  const out = new Map<string, ReaderEntry>()
  for (const file of files) {
    const directory = path.posix.dirname(file)
    for (const reader of readersFor(path.posix.basename(file))) {
      const superseded = reader.supersededBy?.some((lockfile) => present.has(directory === '.' ? lockfile : `${directory}/${lockfile}`))
      if (!superseded && !out.has(file)) out.set(file, reader)
    }
  }
  return out
}

/**
 * The packages a file declared at the base; null when it could not be parsed there. Readers ask for sibling
 * files synchronously (`package.json` beside a lockfile, a `-r` include): the reader runs, the siblings it
 * asked for are read from the base commit, and it runs again until it asks for nothing new.
 */
async function readAtBase(reader: ReaderEntry, file: string, text: string, show: (file: string) => Promise<string | undefined>): Promise<Package[] | null> {
  const directory = path.posix.dirname(file)
  const siblings = new Map<string, string | undefined>()
  const read = await reader.load()
  for (let round = 0; round < 8; round += 1) {
    const missing = new Set<string>()
    const input: ReaderInput = {
      path: file,
      text,
      sibling(relative) {
        const target = path.posix.normalize(directory === '.' ? relative : `${directory}/${relative}`)
        if (target.startsWith('..')) return undefined
        if (!siblings.has(target)) missing.add(target)
        return siblings.get(target)
      }
    }
    let outcome: ReturnType<typeof read>
    try {
      outcome = read(input)
    } catch {
      if (missing.size === 0) return null
      outcome = emptyOutcome()
    }
    if (missing.size === 0) return outcome.problems.length > 0 && outcome.packages.length === 0 ? null : outcome.packages
    for (const target of missing) siblings.set(target, await show(target))
  }
  return null
}

const nameKey = (pkg: Package): string => `${pkg.ecosystem}\u0000${pkg.name}`

/** One file's packages at base and head: versions only in the head are introduced. */
function compareFile(basePackages: Package[], headPackages: Package[], diff: DependencyDiff): void {
  const group = (packages: Package[]): Map<string, Map<string, Package>> => {
    const byName = new Map<string, Map<string, Package>>()
    for (const pkg of packages) {
      const versions = byName.get(nameKey(pkg)) ?? new Map<string, Package>()
      if (!versions.has(pkg.version ?? '')) versions.set(pkg.version ?? '', pkg)
      byName.set(nameKey(pkg), versions)
    }
    return byName
  }
  const before = group(basePackages)
  const after = group(headPackages)
  const introducedVersions = new Map<string, Set<string>>()
  for (const [name, versions] of after) {
    const old = before.get(name) ?? new Map<string, Package>()
    const added = [...versions.entries()].filter(([version]) => !old.has(version))
    const removed = [...old.entries()].filter(([version]) => !versions.has(version))
    introducedVersions.set(name, new Set(added.map(([version]) => version)))
    const pairs = Math.min(added.length, removed.length)
    for (let index = 0; index < pairs; index += 1) {
      const change = { from: removed[index]![1], to: added[index]![1] }
      diff.changed.push(change)
      if ((change.from.license ?? null) !== (change.to.license ?? null))
        diff.licenseChanges.push({ package: change.to, from: change.from.license ?? null, to: change.to.license ?? null })
    }
    diff.added.push(...added.slice(pairs).map(([, pkg]) => pkg))
    diff.removed.push(...removed.slice(pairs).map(([, pkg]) => pkg))
    for (const [version, pkg] of versions) {
      const was = old.get(version)
      if (was && (was.license ?? null) !== (pkg.license ?? null)) diff.licenseChanges.push({ package: pkg, from: was.license ?? null, to: pkg.license ?? null })
    }
  }
  for (const [name, versions] of before) if (!after.has(name)) diff.removed.push(...versions.values())
  // Every head package of an introduced version (the same version may sit at several places of a lockfile).
  for (const pkg of headPackages) if (introducedVersions.get(nameKey(pkg))?.has(pkg.version ?? '')) diff.introduced.add(packageKey(pkg))
}

/** The diff as the JSON report and the job summary show it. */
export interface DependencyReviewSummary {
  event: string
  base: string
  added: ReviewedPackage[]
  removed: ReviewedPackage[]
  changed: Array<{ ecosystem: string; name: string; path: string; from: string | null; to: string | null; purl?: string }>
  licenseChanges: Array<{ ecosystem: string; name: string; version: string | null; path: string; from: string | null; to: string | null }>
  changedFiles: string[]
  uncompared: string[]
}

export interface ReviewedPackage {
  ecosystem: string
  name: string
  version: string | null
  path: string
  scope: string
  purl?: string
  license?: string
}

const reviewed = (pkg: Package): ReviewedPackage => ({
  ecosystem: pkg.ecosystem,
  name: pkg.name,
  version: pkg.version,
  path: pkg.location.path,
  scope: pkg.scope,
  ...(pkg.purl ? { purl: pkg.purl } : {}),
  ...(pkg.license ? { license: pkg.license } : {})
})

export function summariseDiff(diff: DependencyDiff): DependencyReviewSummary {
  return {
    event: diff.event,
    base: diff.base,
    added: diff.added.map(reviewed),
    removed: diff.removed.map(reviewed),
    changed: diff.changed.map(({ from, to }) => ({
      ecosystem: to.ecosystem,
      name: to.name,
      path: to.location.path,
      from: from.version,
      to: to.version,
      ...(to.purl ? { purl: to.purl } : {})
    })),
    licenseChanges: diff.licenseChanges.map((change) => ({
      ecosystem: change.package.ecosystem,
      name: change.package.name,
      version: change.package.version,
      path: change.package.location.path,
      from: change.from,
      to: change.to
    })),
    changedFiles: diff.changedFiles,
    uncompared: diff.uncompared
  }
}
