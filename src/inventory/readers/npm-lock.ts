/**
 * npm's `package-lock.json` and `npm-shrinkwrap.json`. Versions 2 and 3 list every installed folder under
 * `packages` (keyed by its `node_modules/…` path; workspace folders by their own path, reached through
 * `link` entries); version 2 also keeps version 1's nested `dependencies` tree for old npm, which is not
 * read a second time. Version 1 has only that nested tree. Scope follows npm's flags: `dev` (needed only by
 * dev dependencies) is dev; `optional` and `devOptional` (an optional dependency of something that ships)
 * are optional; the rest ships.
 */
import { minimatch } from 'minimatch'
import { emptyOutcome, type Package, type ReadOutcome, type Scope } from '../model.js'
import {
  LineCursor,
  PackageSet,
  jsonProblem,
  lineOfMatch,
  manifestDependencyNames,
  npmAlias,
  parseManifest,
  platformMarkers,
  registryOf,
  registryTarball,
  section,
  shapeProblem,
  sourceOf,
  type DependencySection
} from './js-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'package-lock'
/** The newest lockfileVersion read (npm 7 to 11 write 2 or 3). */
const NEWEST = 3

interface Entry {
  name?: string
  version?: string
  resolved?: string
  integrity?: string
  license?: unknown
  link?: boolean
  dev?: boolean
  optional?: boolean
  devOptional?: boolean
  os?: unknown
  cpu?: unknown
  libc?: unknown
  workspaces?: unknown
  dependencies?: Record<string, unknown>
  requires?: Record<string, string>
}

interface Lockfile {
  lockfileVersion?: number
  packages?: Record<string, Entry>
  dependencies?: Record<string, Entry>
}

const EDGE_SECTIONS: DependencySection[] = ['dependencies', 'optionalDependencies', 'peerDependencies']

export function read(input: ReaderInput): ReadOutcome {
  let lock: Lockfile
  try {
    lock = JSON.parse(input.text) as Lockfile
  } catch (error) {
    return emptyOutcome(jsonProblem(input.path, FORMAT, input.text, error))
  }
  if (!lock || typeof lock !== 'object' || Array.isArray(lock)) {
    return emptyOutcome(shapeProblem(input.path, FORMAT, 'not a package-lock: the file is not a JSON object'))
  }
  if (typeof lock.lockfileVersion === 'number' && lock.lockfileVersion > NEWEST) {
    // a format newer than this reader: its meaning may have changed, so it is not guessed at
    const line = lineOfMatch(input.text, /"lockfileVersion"/)
    return emptyOutcome(shapeProblem(input.path, FORMAT, `package-lock lockfileVersion ${lock.lockfileVersion} is not read (1 to ${NEWEST} are)`, line))
  }
  if (lock.packages && typeof lock.packages === 'object') return readPackages(input, lock.packages)
  if (lock.dependencies && typeof lock.dependencies === 'object') return readTree(input, lock.dependencies)
  if (typeof lock.lockfileVersion === 'number') return emptyOutcome()
  return emptyOutcome(shapeProblem(input.path, FORMAT, 'not a package-lock: no lockfileVersion, packages or dependencies'))
}

function scopeOf(entry: Entry): Scope {
  if (entry.dev) return 'dev'
  if (entry.optional || entry.devOptional) return 'optional'
  return 'runtime'
}

function licenseOf(entry: Entry): string | undefined {
  const license = entry.license
  if (typeof license === 'string') return license
  if (license && typeof license === 'object' && typeof (license as { type?: unknown }).type === 'string') return (license as { type: string }).type
  return undefined
}

const NODE_MODULES = 'node_modules/'

/** The folder name a `node_modules/…` path installs (`node_modules/a/node_modules/@s/b` → `@s/b`). */
function installedName(path: string): string {
  const at = path.lastIndexOf(NODE_MODULES)
  return at === -1 ? path.slice(path.lastIndexOf('/') + 1) : path.slice(at + NODE_MODULES.length)
}

function isFolder(path: string): boolean {
  return !path.startsWith(NODE_MODULES) && !path.includes('/' + NODE_MODULES)
}

/** lockfileVersion 2 and 3: the flat `packages` map. */
function readPackages(input: ReaderInput, entries: Record<string, Entry>): ReadOutcome {
  const set = new PackageSet(input.path)
  const root = entries[''] ?? {}
  const globs = Array.isArray(root.workspaces) ? root.workspaces.filter((glob): glob is string => typeof glob === 'string') : []
  const cursor = new LineCursor(input.text, Math.max(0, input.text.indexOf('"packages"')))
  const byPath = new Map<string, Package>()
  const links: Array<[string, string]> = []

  for (const path in entries) {
    if (path === '') continue
    const entry = entries[path]
    if (!entry || typeof entry !== 'object') continue
    const line = cursor.findJsonKey(path)
    if (entry.link) {
      if (typeof entry.resolved === 'string') links.push([path, entry.resolved])
      continue
    }
    const folder = isFolder(path)
    const source = folder ? (globs.some((glob) => minimatch(path, glob)) ? 'workspace' : 'path') : sourceOf(entry.resolved)
    const name = typeof entry.name === 'string' ? entry.name : installedName(path)
    const pkg = set.add({
      name,
      version: typeof entry.version === 'string' ? entry.version : null,
      scope: scopeOf(entry),
      // the project's own workspace packages are its own, hence direct
      direct: source === 'workspace' ? true : false,
      source,
      line,
      resolved: folder ? path : entry.resolved,
      registry: registryOf(entry.resolved, name),
      integrity: entry.integrity,
      license: licenseOf(entry),
      markers: platformMarkers(entry)
    })
    byPath.set(path, pkg)
  }
  for (const [path, target] of links) {
    const pkg = byPath.get(target)
    if (pkg) byPath.set(path, pkg)
  }

  const resolve = (from: string, name: string): Package | undefined => {
    let base = from
    for (;;) {
      const found = byPath.get(base === '' ? NODE_MODULES + name : `${base}/${NODE_MODULES}${name}`)
      if (found || base === '') return found
      const at = base.lastIndexOf('/' + NODE_MODULES)
      base = at === -1 ? '' : base.slice(0, at)
    }
  }

  // The importers (root and workspace folders) name the direct dependencies; every entry names its edges,
  // a `file:` folder's too (its dependencies are transitive, as `npm ls` shows them under it).
  for (const path in entries) {
    const entry = entries[path]
    if (!entry || typeof entry !== 'object' || entry.link) continue
    const folder = path === '' || isFolder(path)
    const importer = path === '' || (folder && byPath.get(path)?.source === 'workspace')
    const from = byPath.get(path)
    const sections: DependencySection[] = folder ? [...EDGE_SECTIONS, 'devDependencies'] : EDGE_SECTIONS
    for (const sectionName of sections) {
      for (const [name] of section(entry as Record<string, unknown>, sectionName)) {
        const to = resolve(path, name)
        if (!to) continue
        if (importer) to.direct = true
        if (from) set.edge(from, to)
      }
    }
  }
  return { packages: set.packages, edges: set.edges, problems: [] }
}

interface TreeNode {
  key: string
  entry: Entry
  parent: TreeNode | null
  pkg: Package
  children: Map<string, TreeNode> | undefined
}

/** lockfileVersion 1: the nested `dependencies` tree (keys are folder names, values may be `npm:` aliases). */
function readTree(input: ReaderInput, top: Record<string, Entry>): ReadOutcome {
  const set = new PackageSet(input.path)
  const manifest = parseManifest(input.sibling('package.json'))
  const named = manifest ? manifestDependencyNames(manifest) : undefined
  const cursor = new LineCursor(input.text, Math.max(0, input.text.indexOf('"dependencies"')))
  const nodes: TreeNode[] = []
  const rootChildren = new Map<string, TreeNode>()

  const walk = (dependencies: Record<string, Entry>, parent: TreeNode | null, into: Map<string, TreeNode>): void => {
    for (const key in dependencies) {
      const entry = dependencies[key]
      if (!entry || typeof entry !== 'object') continue
      const line = cursor.findJsonKey(key)
      const spec = typeof entry.version === 'string' ? entry.version : ''
      let name = key
      let version: string | null = spec || null
      let source = sourceOf(entry.resolved)
      let resolved = entry.resolved
      const alias = npmAlias(spec)
      if (alias) {
        name = alias.name
        version = alias.version || null
      } else if (spec && !/^\d/.test(spec)) {
        // git, URL and local specs stand where the version would be: `git+https://…#commit`, `file:../x`
        source = sourceOf(spec)
        resolved = spec
        const hash = spec.lastIndexOf('#')
        version = source === 'git' && hash !== -1 ? spec.slice(hash + 1) : null
        const tarball = source === 'registry' ? registryTarball(spec) : undefined
        if (tarball) {
          // a registry's own tarball URL (`<registry>/ms/-/ms-2.1.1.tgz`) names the package and its version
          name = tarball.name
          version = tarball.version
        } else if (source === 'path' && spec.startsWith('file:') && !/\.(tgz|tar\.gz|tar)$/.test(spec)) {
          // a local folder: its own package.json has the version npm installs
          const folderManifest = parseManifest(input.sibling(`${spec.slice('file:'.length).replace(/\/+$/, '')}/package.json`))
          if (typeof folderManifest?.version === 'string') version = folderManifest.version
          if (typeof folderManifest?.name === 'string') name = folderManifest.name
        }
      }
      const pkg = set.add({
        name,
        version,
        scope: scopeOf(entry),
        direct: parent ? false : named ? named.has(key) : null,
        source,
        line,
        resolved,
        registry: registryOf(entry.resolved, name),
        integrity: entry.integrity,
        ...(version === null && spec ? { declared: spec } : {})
      })
      const node: TreeNode = { key, entry, parent, pkg, children: undefined }
      nodes.push(node)
      into.set(key, node)
      if (entry.dependencies && typeof entry.dependencies === 'object') {
        node.children = new Map()
        walk(entry.dependencies as Record<string, Entry>, node, node.children)
      }
    }
  }
  walk(top, null, rootChildren)

  for (const node of nodes) {
    const requires = node.entry.requires
    if (!requires || typeof requires !== 'object') continue
    for (const name in requires) {
      let found: TreeNode | undefined
      for (let at: TreeNode | null = node; at && !found; at = at.parent) found = at.children?.get(name)
      found ??= rootChildren.get(name)
      if (found) set.edge(node.pkg, found.pkg)
    }
  }
  return { packages: set.packages, edges: set.edges, problems: [] }
}
