/**
 * Ruby `Gemfile.lock` / `gems.locked` (Bundler). Sources are sections: `GEM` (a gem server: registry),
 * `GIT` (remote + revision), `PATH` (a directory; `remote: .` is the project's own gemspec: workspace),
 * `PLUGIN SOURCE`. Under `specs:` a gem is `name (version[-platform])` at 4 spaces and its dependencies
 * `name (requirement)` at 6 (the edges). `DEPENDENCIES` lists what the Gemfile names (direct), `CHECKSUMS`
 * (Bundler 2.5+) the gems' sha256. `PLATFORMS`, `RUBY VERSION` and `BUNDLED WITH` add no package.
 *
 * The lockfile does not record Gemfile groups. When the Gemfile (`gems.rb` for `gems.locked`) sits beside
 * it, its `group … do` blocks and `group:`/`groups:` options give the direct gems' groups: the default
 * group (and `production`) is runtime, any other group dev; the rest of the graph takes the scope of what
 * reaches it. A direct gem the Gemfile scan does not find is `unknown`; without a Gemfile all are unknown.
 */
import { emptyOutcome, type Edge, type Package, type PackageSource, type ReadOutcome, type Scope } from '../model.js'
import { packageKey } from '../model.js'
import { purlFor } from '../purl.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'gemfile-lock'

interface Spec {
  name: string
  version: string
  platforms: string[]
  source: PackageSource
  resolved?: string
  dependencies: string[]
  line: number
  pkg?: Package
}

interface SourceSection {
  kind: 'GEM' | 'GIT' | 'PATH' | 'PLUGIN SOURCE'
  remote?: string
  revision?: string
  specs: Spec[]
}

class LockError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

const SPEC = /^ {4}([^\s(]+) \(([^)\s]+)\)$/
const SPEC_DEPENDENCY = /^ {6}([^\s(!]+)(?: \(([^)]*)\))?$/
const DEPENDENCY = /^ {2}([^\s(!]+)(!)?(?: \(([^)]*)\))?$/
const CHECKSUM = /^ {2}([^\s(]+) \(([^)\s]+)\)(?: (.*))?$/

/** `1.2.3-x86_64-linux` → version 1.2.3, platform x86_64-linux (RubyGems versions hold no `-`). */
function splitPlatform(text: string): { version: string; platform?: string } {
  const dash = text.indexOf('-')
  return dash < 0 ? { version: text } : { version: text.slice(0, dash), platform: text.slice(dash + 1) }
}

interface Parsed {
  sections: SourceSection[]
  direct: Map<string, number>
  checksums: Map<string, string[]>
}

function parse(text: string): Parsed {
  const parsed: Parsed = { sections: [], direct: new Map(), checksums: new Map() }
  const lines = text.split('\n')
  let section: string | undefined
  let source: SourceSection | undefined
  let inSpecs = false
  let spec: Spec | undefined
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] as string).replace(/\r$/, '')
    const line = index + 1
    if (raw.trim() === '') continue
    if (/^(<{7}|={7}|>{7})/.test(raw)) throw new LockError('merge conflict marker', line)
    if (!raw.startsWith(' ')) {
      section = raw.trim()
      inSpecs = false
      spec = undefined
      source = undefined
      if (section === 'GEM' || section === 'GIT' || section === 'PATH' || section === 'PLUGIN SOURCE') {
        source = { kind: section, specs: [] }
        parsed.sections.push(source)
      } else if (!/^[A-Z][A-Z ]*$/.test(section)) {
        throw new LockError(`unexpected line outside any section: ${section}`, line)
      }
      continue
    }
    if (source) {
      const option = /^ {2}([a-z_]+):(?: (.*))?$/.exec(raw)
      if (option) {
        inSpecs = option[1] === 'specs'
        spec = undefined
        // Older Bundlers may list several remotes; the first names the source.
        if (option[1] === 'remote' && source.remote === undefined) source.remote = option[2]
        if (option[1] === 'revision') source.revision = option[2]
        continue
      }
      if (!inSpecs) continue
      const specMatch = SPEC.exec(raw)
      if (specMatch) {
        const { version, platform } = splitPlatform(specMatch[2] as string)
        spec = { name: specMatch[1] as string, version, platforms: platform ? [platform] : [], source: 'registry', dependencies: [], line }
        source.specs.push(spec)
        continue
      }
      const dependency = SPEC_DEPENDENCY.exec(raw)
      if (dependency && spec) {
        spec.dependencies.push(dependency[1] as string)
        continue
      }
      throw new LockError(`not a gem spec "name (version)" or an indented dependency: ${raw.trim()}`, line)
    }
    if (section === 'DEPENDENCIES') {
      const dependency = DEPENDENCY.exec(raw)
      if (!dependency) throw new LockError(`not a dependency "name (requirement)": ${raw.trim()}`, line)
      parsed.direct.set(dependency[1] as string, line)
    } else if (section === 'CHECKSUMS') {
      const checksum = CHECKSUM.exec(raw)
      if (!checksum) throw new LockError(`not a checksum "name (version) sha256=…": ${raw.trim()}`, line)
      const hashes = (checksum[3] ?? '')
        .split(',')
        .map((hash) => hash.trim().replace(/^sha256=/, 'sha256:'))
        .filter((hash) => hash.length > 0)
      if (hashes.length > 0) parsed.checksums.set(`${checksum[1]} ${checksum[2]}`, hashes)
    }
  }
  return parsed
}

const RUNTIME_GROUPS = new Set(['default', 'production'])

/**
 * The scope of each gem the Gemfile names (`runtime` wins over `dev`), from a line scan of its `gem`,
 * `group … do` and `end` lines, and `gemspec` (whose development dependencies Bundler puts in :development).
 */
function gemfileScopes(gemfile: string): { scopes: Map<string, Scope>; gemspec: boolean } {
  const scopes = new Map<string, Scope>()
  const stack: string[][] = []
  let gemspec = false
  for (const raw of gemfile.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === '') continue
    if (/^gemspec\b/.test(line)) gemspec = true
    const group = /^group\s*\(?\s*(.*?)\)?\s+do(\s*\|.*\|)?$/.exec(line)
    if (group) {
      stack.push([...(group[1] as string).matchAll(/:(\w+)|["'](\w+)["']/g)].map((match) => (match[1] ?? match[2]) as string))
      continue
    }
    if (/\bdo(\s*\|[^|]*\|)?$/.test(line) || /^(if|unless|case|begin|while|until|def|class|module)\b/.test(line)) {
      stack.push([])
      continue
    }
    if (/^end\b/.test(line)) {
      stack.pop()
      continue
    }
    const gem = /^gem\s*\(?\s*["']([^"']+)["'](.*)$/.exec(line)
    if (!gem) continue
    const groups = stack.flat()
    const option = /\bgroups?:\s*(\[[^\]]*\]|:\w+|["']\w+["'])/.exec(gem[2] as string) ?? /:groups?\s*=>\s*(\[[^\]]*\]|:\w+|["']\w+["'])/.exec(gem[2] as string)
    if (option) groups.push(...[...(option[1] as string).matchAll(/:(\w+)|["'](\w+)["']/g)].map((match) => (match[1] ?? match[2]) as string))
    const scope: Scope = groups.length === 0 || groups.some((name) => RUNTIME_GROUPS.has(name)) ? 'runtime' : 'dev'
    const name = gem[1] as string
    if (scopes.get(name) !== 'runtime') scopes.set(name, scope)
  }
  return { scopes, gemspec }
}

export function read(input: ReaderInput): ReadOutcome {
  let parsed: Parsed
  try {
    parsed = parse(input.text)
  } catch (error) {
    if (error instanceof LockError) return emptyOutcome({ path: input.path, line: error.line, format: FORMAT, message: error.message })
    throw error
  }
  // One package per gem name and version; platform variants of one version are merged.
  const specs: Spec[] = []
  const byName = new Map<string, Spec>()
  for (const section of parsed.sections) {
    for (const spec of section.specs) {
      if (section.kind === 'GIT') {
        spec.source = 'git'
        spec.resolved = section.revision ? `${section.remote}#${section.revision}` : section.remote
      } else if (section.kind === 'PATH') {
        spec.source = section.remote === '.' ? 'workspace' : 'path'
        spec.resolved = section.remote
      } else if (section.kind === 'PLUGIN SOURCE') {
        spec.source = 'url'
        spec.resolved = section.remote
      }
      const same = byName.get(spec.name)
      if (same && same.version === spec.version) {
        same.platforms.push(...spec.platforms)
        for (const dependency of spec.dependencies) if (!same.dependencies.includes(dependency)) same.dependencies.push(dependency)
        continue
      }
      if (!same) byName.set(spec.name, spec)
      specs.push(spec)
    }
  }

  const gemfile = input.sibling(input.path.endsWith('gems.locked') ? 'gems.rb' : 'Gemfile')
  const scopes = new Map<Spec, Scope>()
  if (gemfile !== undefined) {
    const declared = gemfileScopes(gemfile)
    const own = specs.filter((spec) => spec.source === 'workspace')
    const ownRuntime = new Set(own.flatMap((spec) => spec.dependencies))
    const roots: Record<Scope, Spec[]> = { runtime: [], optional: [], unknown: [], dev: [] }
    for (const spec of own) roots.runtime.push(...spec.dependencies.map((name) => byName.get(name)).filter((dep): dep is Spec => dep !== undefined))
    for (const name of parsed.direct.keys()) {
      const spec = byName.get(name)
      if (!spec || spec.source === 'workspace') continue
      const scope = declared.scopes.get(name) ?? (declared.gemspec ? (ownRuntime.has(name) ? 'runtime' : 'dev') : 'unknown')
      roots[scope].push(spec)
    }
    for (const scope of ['runtime', 'optional', 'unknown', 'dev'] as const) {
      const stack = roots[scope].filter((spec) => !scopes.has(spec))
      for (const spec of stack) scopes.set(spec, scope)
      while (stack.length > 0) {
        for (const name of (stack.pop() as Spec).dependencies) {
          const child = byName.get(name)
          if (!child || scopes.has(child) || child.source === 'workspace') continue
          scopes.set(child, scope)
          stack.push(child)
        }
      }
    }
  }

  const packages: Package[] = []
  for (const spec of specs) {
    const platforms = spec.platforms.filter((platform) => platform !== 'ruby')
    const qualifiers = platforms.length === 1 ? { platform: platforms[0] as string } : undefined
    const hashes = [spec.version, ...spec.platforms.map((platform) => `${spec.version}-${platform}`)].flatMap(
      (version) => parsed.checksums.get(`${spec.name} ${version}`) ?? []
    )
    const isWorkspace = spec.source === 'workspace'
    const pkg: Package = {
      ecosystem: 'RubyGems',
      name: spec.name,
      version: spec.version,
      purl: purlFor('RubyGems', spec.name, spec.version, qualifiers),
      scope: isWorkspace ? 'runtime' : (scopes.get(spec) ?? 'unknown'),
      direct: isWorkspace || parsed.direct.has(spec.name),
      source: spec.source,
      ...(spec.resolved !== undefined ? { resolved: spec.resolved } : {}),
      ...(hashes.length > 0 ? { hashes } : {}),
      location: { path: input.path, line: spec.line }
    }
    spec.pkg = pkg
    packages.push(pkg)
  }
  const edges: Edge[] = []
  for (const spec of specs) {
    const from = packageKey(spec.pkg as Package)
    for (const name of spec.dependencies) {
      const child = byName.get(name)
      if (child?.pkg) edges.push({ from, to: packageKey(child.pkg) })
    }
  }
  return { packages, edges, problems: [] }
}
