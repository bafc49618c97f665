/**
 * Maven `pom.xml`, read as a declaration (not a lockfile): only the project's own `<dependencies>`, through
 * fast-xml-parser. `${property}` is resolved from `<properties>` and `project.*` values (version and groupId
 * inherited from `<parent>` when absent); a missing version or scope is taken from `<dependencyManagement>`.
 * Parents that are in the repository (`<relativePath>`, default `../pom.xml`, with the coordinates `<parent>`
 * names: a multi-module build) are inherited from as Maven does: their properties and managed dependencies,
 * the pom's own winning; a `<scope>import</scope>` BOM that is a module of the local reactor adds its managed
 * versions (resolved in its own model) below those. What needs the registry (a parent or an imported BOM from it, an undefined property)
 * and version ranges are reported with version null and the text that was written (`declared`), never
 * guessed. Dependencies inherited from a parent's `<dependencies>` are that pom's: not repeated here. A
 * dependency on a module of the local reactor (`<modules>`) is `workspace`. Transitive dependencies need a
 * resolver: not read here. Scope: `test`, `provided`, `system` → dev; `compile`/`runtime`/none → runtime;
 * `<optional>true` → optional (unless dev). Dependencies inside `<profiles>` are conditional and not read.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { emptyOutcome, type Package, type ReadOutcome, type Scope } from '../model.js'
import { purlFor } from '../purl.js'
import type { ReaderInput } from './types.js'
import { posix } from 'node:path'

const FORMAT = 'maven-pom'

type Table = Record<string, unknown>
const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value)
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : undefined)

function problem(path: string, message: string, line: number): ReadOutcome {
  return emptyOutcome({ path, line, format: FORMAT, message })
}

/** Lines of the `<dependency>` elements directly under `project/dependencies`, in order (one tag scan). */
function dependencyLines(xml: string): number[] {
  const lines: number[] = []
  const stack: string[] = []
  const tag = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g
  let line = 1
  let last = 0
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    if (!match[2]) continue
    const name = (match[2].includes(':') ? match[2].slice(match[2].indexOf(':') + 1) : match[2]) as string
    if (match[1]) {
      stack.pop()
      continue
    }
    if (name === 'dependency' && stack.length === 2 && stack[0] === 'project' && stack[1] === 'dependencies') {
      for (let index = xml.indexOf('\n', last); index >= 0 && index < match.index; index = xml.indexOf('\n', index + 1)) line++
      last = match.index
      lines.push(line)
    }
    if (!match[3]) stack.push(name)
  }
  return lines
}

function parsePom(xml: string): Table {
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    removeNSPrefix: true,
    isArray: (name) => name === 'dependency' || name === 'module'
  })
  return parser.parse(xml) as Table
}

/** A pom of the repository, by its directory relative to the pom being read. */
interface LocalPom {
  project: Table
  dir: string
}

/** `groupId:artifactId:version` of a project, with what it inherits from its `<parent>`. */
function coordinates(project: Table): { group?: string; artifact?: string; version?: string } {
  const parent = isTable(project.parent) ? project.parent : {}
  return { group: text(project.groupId) ?? text(parent.groupId), artifact: text(project.artifactId), version: text(project.version) ?? text(parent.version) }
}

/**
 * The chain of parents that are in the repository, as Maven finds them: `<relativePath>` (default
 * `../pom.xml`; empty: look in the registry only), kept only when that pom has the coordinates `<parent>`
 * names. The chain stops at the first parent that is not local (one from the registry, which needs it).
 */
function localParents(input: ReaderInput, start: LocalPom): LocalPom[] {
  const chain: LocalPom[] = []
  let current: LocalPom = start
  for (let depth = 0; depth < 10; depth += 1) {
    const parent = current.project.parent
    if (!isTable(parent)) break
    const relative = 'relativePath' in parent ? (text(parent.relativePath) ?? '') : '../pom.xml'
    if (relative === '') break
    const file = posix.normalize(posix.join(current.dir, /\.xml$/i.test(relative) ? relative : posix.join(relative, 'pom.xml')))
    const xml = input.sibling(file)
    if (xml === undefined || XMLValidator.validate(xml) !== true) break
    const found = parsePom(xml).project
    if (!isTable(found)) break
    const have = coordinates(found)
    if (have.group !== text(parent.groupId) || have.artifact !== text(parent.artifactId) || have.version !== text(parent.version)) break
    current = { project: found, dir: posix.dirname(file) }
    chain.push(current)
  }
  return chain
}

/** The poms of the local reactor (the aggregators' `<modules>`, nested ones included) by `groupId:artifactId`. */
function reactorModules(input: ReaderInput, poms: LocalPom[]): Map<string, LocalPom> {
  const names = new Map<string, LocalPom>()
  const seen = new Set<string>()
  const visit = (pom: LocalPom, depth: number): void => {
    const { group, artifact } = coordinates(pom.project)
    if (group && artifact && !names.has(`${group}:${artifact}`)) names.set(`${group}:${artifact}`, pom)
    if (depth > 5 || !isTable(pom.project.modules)) return
    for (const module of Array.isArray(pom.project.modules.module) ? pom.project.modules.module : []) {
      const name = text(module)
      if (!name) continue
      const file = posix.normalize(posix.join(pom.dir, /\.xml$/i.test(name) ? name : posix.join(name, 'pom.xml')))
      if (seen.has(file)) continue
      seen.add(file)
      const xml = input.sibling(file)
      if (xml === undefined || XMLValidator.validate(xml) !== true) continue
      const project = parsePom(xml).project
      if (isTable(project)) visit({ project, dir: posix.dirname(file) }, depth + 1)
    }
  }
  for (const pom of poms) visit(pom, 0)
  return names
}

interface Managed {
  version?: string
  scope?: string
  /** Resolves `${…}` in the model that declared the entry (an imported BOM's own properties). */
  resolve(value: string | undefined): string | undefined
}

/**
 * What Maven's model building gives a pom, from the poms in the repository: properties (its own winning over
 * its local parents'), `project.*` values, and managed dependencies (its own and inherited ones first, then
 * those of `<scope>import</scope>` BOMs that are modules of the local reactor, in order).
 */
function effectiveModel(
  input: ReaderInput,
  pom: LocalPom,
  ancestors: LocalPom[],
  reactor: Map<string, LocalPom>,
  depth: number
): { resolve(value: string | undefined): string | undefined; managed: Map<string, Managed> } {
  const project = pom.project
  const parent = isTable(project.parent) ? project.parent : {}
  // Inheritance, farthest ancestor first: the pom's own properties and managed dependencies win.
  const lineage = [...ancestors].reverse().map((pom) => pom.project)
  lineage.push(project)

  const properties = new Map<string, string>()
  for (const pom of lineage) {
    if (!isTable(pom.properties)) continue
    for (const [key, value] of Object.entries(pom.properties)) {
      const string = text(value)
      if (string !== undefined) properties.set(key, string)
    }
  }
  const builtins: Record<string, string | undefined> = {
    'project.version': text(project.version) ?? text(parent.version),
    'project.groupId': text(project.groupId) ?? text(parent.groupId),
    'project.artifactId': text(project.artifactId),
    'project.parent.version': text(parent.version),
    'project.parent.groupId': text(parent.groupId),
    'project.parent.artifactId': text(parent.artifactId)
  }
  for (const [key, value] of Object.entries(builtins)) {
    if (value !== undefined) {
      properties.set(key, value)
      // Maven 2's aliases, still honoured.
      properties.set(key.replace(/^project\./, 'pom.'), value)
      if (key === 'project.version') properties.set('version', value)
    }
  }
  /** The value with every `${…}` replaced, or undefined when one cannot be resolved from the local poms. */
  const resolve = (value: string | undefined, depth = 0): string | undefined => {
    if (value === undefined || depth > 10) return undefined
    if (!value.includes('${')) return value
    let unresolved = false
    const replaced = value.replace(/\$\{([^}]+)\}/g, (_, key: string) => {
      const found = properties.get(key)
      const inner = found === undefined ? undefined : resolve(found, depth + 1)
      if (inner === undefined) unresolved = true
      return inner ?? ''
    })
    return unresolved ? undefined : replaced
  }

  const managed = new Map<string, Managed>()
  const imports: string[] = []
  for (const pom of lineage) {
    const management =
      isTable(pom.dependencyManagement) && isTable(pom.dependencyManagement.dependencies) ? pom.dependencyManagement.dependencies.dependency : undefined
    for (const entry of Array.isArray(management) ? management : []) {
      if (!isTable(entry)) continue
      const group = resolve(text(entry.groupId))
      const artifact = resolve(text(entry.artifactId))
      if (!group || !artifact) continue
      if (text(entry.scope) === 'import') {
        imports.push(`${group}:${artifact}`)
        continue
      }
      const previous = managed.get(`${group}:${artifact}`)
      managed.set(`${group}:${artifact}`, { version: text(entry.version) ?? previous?.version, scope: text(entry.scope) ?? previous?.scope, resolve })
    }
  }

  // A BOM of the reactor: its managed versions, resolved in its own model; what the pom manages itself wins.
  for (const name of imports) {
    const bom = reactor.get(name)
    if (!bom || depth >= 5) continue
    const imported = effectiveModel(input, bom, localParents(input, bom), reactor, depth + 1).managed
    for (const [key, entry] of imported) if (!managed.has(key)) managed.set(key, entry)
  }
  return { resolve, managed }
}

export function read(input: ReaderInput): ReadOutcome {
  const valid = XMLValidator.validate(input.text)
  if (valid !== true) return problem(input.path, `invalid XML: ${valid.err.msg}`, valid.err.line)
  const document = parsePom(input.text)
  const project = document.project
  if (!isTable(project)) return problem(input.path, 'pom.xml without a <project> element', 1)
  const self: LocalPom = { project, dir: '.' }
  const ancestors = localParents(input, self)
  const reactor = reactorModules(input, [self, ...ancestors])
  const { resolve, managed } = effectiveModel(input, self, ancestors, reactor, 0)

  const dependencies = isTable(project.dependencies) ? project.dependencies.dependency : undefined
  const list = Array.isArray(dependencies) ? dependencies : []
  const lines = dependencyLines(input.text)
  const packages: Package[] = []
  for (const [index, entry] of list.entries()) {
    const line = lines[index] ?? 1
    if (!isTable(entry) || !text(entry.groupId) || !text(entry.artifactId)) return problem(input.path, '<dependency> without <groupId> and <artifactId>', line)
    const group = resolve(text(entry.groupId)) ?? (text(entry.groupId) as string)
    const artifact = resolve(text(entry.artifactId)) ?? (text(entry.artifactId) as string)
    const name = `${group}:${artifact}`
    const own = text(entry.version)
    const entryManaged = own === undefined ? managed.get(name) : undefined
    const written = own ?? entryManaged?.version
    let version = (entryManaged ? entryManaged.resolve(written) : resolve(written)) ?? null
    // A range ([1.0,2.0), (,1.5], [1.2]) is resolved against the registry at build time.
    if (version !== null && /^[[(]/.test(version)) version = null
    const declaredScope = text(entry.scope) ?? managed.get(name)?.scope ?? 'compile'
    let scope: Scope = ['test', 'provided', 'system'].includes(declaredScope) ? 'dev' : ['compile', 'runtime'].includes(declaredScope) ? 'runtime' : 'unknown'
    if (scope === 'runtime' && text(entry.optional) === 'true') scope = 'optional'
    const qualifiers: Record<string, string> = {}
    const classifier = resolve(text(entry.classifier))
    const type = resolve(text(entry.type))
    if (classifier) qualifiers.classifier = classifier
    if (type && type !== 'jar') qualifiers.type = type
    packages.push({
      ecosystem: 'Maven',
      name,
      version,
      ...(version === null && written !== undefined ? { declared: written } : {}),
      ...(version !== null ? { purl: purlFor('Maven', name, version, Object.keys(qualifiers).length > 0 ? qualifiers : undefined) } : {}),
      scope,
      direct: true,
      source: reactor.has(name) ? 'workspace' : 'registry',
      location: { path: input.path, line }
    })
  }
  return { packages, edges: [], problems: [], declaredOnly: true }
}
