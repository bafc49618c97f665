/**
 * A `package.json` with no lockfile beside it: what it names is only declared. Each dependency is reported
 * with no version (`version: null`), the range it asks for in `declared`, the scope of its section and the
 * line of its entry; nothing is resolved or guessed. A workspace member whose workspace root (an ancestor
 * whose `workspaces` or `pnpm-workspace.yaml` lists it) has a lockfile adds nothing: that lockfile reads it.
 */
import { minimatch } from 'minimatch'
import { emptyOutcome, type PackageSource, type ReadOutcome } from '../model.js'
import * as yaml from 'js-yaml'
import {
  LineCursor,
  MANIFEST_SECTIONS,
  PackageSet,
  jsonProblem,
  npmAlias,
  parseManifest,
  section,
  shapeProblem,
  workspaceGlobs,
  type Manifest
} from './js-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'package-json'
// the lockfiles a reader reads (index.ts): bun's binary bun.lockb is not one, so its project is read as declared
const LOCKFILES = ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lock']
/** How far up a workspace root is looked for. */
const MAX_LEVELS = 8

export function read(input: ReaderInput): ReadOutcome {
  let manifest: Manifest
  try {
    manifest = JSON.parse(input.text) as Manifest
  } catch (error) {
    return emptyOutcome(jsonProblem(input.path, FORMAT, input.text, error))
  }
  if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) {
    return emptyOutcome(shapeProblem(input.path, FORMAT, 'not a package.json: the file is not a JSON object'))
  }
  if (coveredByWorkspaceLockfile(input)) return emptyOutcome()

  const set = new PackageSet(input.path)
  for (const [sectionName, scope] of MANIFEST_SECTIONS) {
    const entries = section(manifest, sectionName)
    if (entries.length === 0) continue
    const cursor = new LineCursor(input.text)
    cursor.findJsonKey(sectionName)
    for (const [key, spec] of entries) {
      const line = cursor.findJsonProperty(key)
      const alias = npmAlias(spec)
      const name = alias?.name ?? key
      const declared = alias ? alias.version : spec
      const { source, resolved } = declaredSource(declared)
      set.add({ name, version: null, declared, scope, direct: true, source, line, resolved })
    }
  }
  return { packages: set.packages, edges: [], problems: [], declaredOnly: true }
}

/** Where a declared range points (npm's spec kinds). */
export function declaredSource(spec: string): { source: PackageSource; resolved?: string } {
  if (spec.startsWith('workspace:')) return { source: 'workspace' }
  if (/^(file:|link:|portal:|\.{1,2}\/|\/|~\/)/.test(spec)) return { source: 'path', resolved: spec }
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[^@\s/:]+\/[^\s/:]+(#.*)?$/.test(spec)) return { source: 'git', resolved: spec }
  if (/^https?:/.test(spec)) return { source: /\.git(#|$)/.test(spec) ? 'git' : 'url', resolved: spec }
  return { source: 'registry' }
}

/**
 * Whether an ancestor folder with a lockfile reads this folder: a workspace root that lists it, or a project
 * that depends on it as a local folder (`"lib": "file:./lib"`, `link:`, `portal:`), which its lockfile resolves.
 */
function coveredByWorkspaceLockfile(input: ReaderInput): boolean {
  if (!input.exists) return false
  const here = input.path.split('/').slice(0, -1)
  for (let level = 1; level <= Math.min(MAX_LEVELS, here.length); level++) {
    const up = '../'.repeat(level)
    const relative = here.slice(here.length - level).join('/')
    const ancestor = parseManifest(input.sibling(`${up}package.json`))
    if (namesFolder(ancestor, relative) && LOCKFILES.some((lockfile) => input.exists?.(`${up}${lockfile}`))) return true
    const globs = workspaceGlobs(ancestor)
    const pnpm = input.sibling(`${up}pnpm-workspace.yaml`)
    if (pnpm) globs.push(...pnpmWorkspaceGlobs(pnpm))
    if (globs.length === 0) continue
    const listed = globs.some((glob) => !glob.startsWith('!') && minimatch(relative, glob.replace(/^\.\//, '').replace(/\/+$/, '')))
    const excluded = globs.some((glob) => glob.startsWith('!') && minimatch(relative, glob.slice(1).replace(/^\.\//, '').replace(/\/+$/, '')))
    if (listed && !excluded) return LOCKFILES.some((lockfile) => input.exists?.(`${up}${lockfile}`))
  }
  return false
}

/** Whether a manifest depends on the folder `relative` (to it) by a local-folder spec. */
function namesFolder(manifest: Manifest | undefined, relative: string): boolean {
  for (const [sectionName] of MANIFEST_SECTIONS) {
    for (const [, spec] of section(manifest, sectionName)) {
      const local = /^(?:file:|link:|portal:)(.*)$/.exec(spec)?.[1]
      if (local === undefined || /\.(tgz|tar\.gz|tar)$/.test(local)) continue
      if (local.replace(/^(\.\/)+/, '').replace(/\/+$/, '') === relative) return true
    }
  }
  return false
}

/** The `packages:` globs of a pnpm-workspace.yaml; none when it cannot be read. */
function pnpmWorkspaceGlobs(text: string): string[] {
  try {
    const value = yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }) as { packages?: unknown } | null
    return Array.isArray(value?.packages) ? value.packages.filter((glob): glob is string => typeof glob === 'string') : []
  } catch {
    return []
  }
}
