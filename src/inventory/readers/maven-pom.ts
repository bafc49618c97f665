/**
 * Maven `pom.xml`, read as a declaration (not a lockfile): only the project's own `<dependencies>`, through
 * fast-xml-parser. `${property}` is resolved from the same pom's `<properties>` and `project.*` values
 * (version and groupId inherited from `<parent>` when absent); a missing version is taken from the same
 * pom's `<dependencyManagement>`. What needs the registry or another pom (a parent's or an imported BOM's
 * managed version, an undefined property) and version ranges are reported with version null and the text
 * that was written (`declared`), never guessed. Transitive dependencies need a resolver: not read here.
 * Scope: `test`, `provided`, `system` → dev; `compile`/`runtime`/none → runtime; `<optional>true` →
 * optional (unless dev). Dependencies inside `<profiles>` are conditional and not read.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { emptyOutcome, type Package, type ReadOutcome, type Scope } from '../model.js'
import { purlFor } from '../purl.js'
import type { ReaderInput } from './types.js'

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

export function read(input: ReaderInput): ReadOutcome {
  const valid = XMLValidator.validate(input.text)
  if (valid !== true) return problem(input.path, `invalid XML: ${valid.err.msg}`, valid.err.line)
  const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    trimValues: true,
    removeNSPrefix: true,
    isArray: (name) => name === 'dependency'
  })
  const document = parser.parse(input.text) as Table
  const project = document.project
  if (!isTable(project)) return problem(input.path, 'pom.xml without a <project> element', 1)
  const parent = isTable(project.parent) ? project.parent : {}

  const properties = new Map<string, string>()
  if (isTable(project.properties)) {
    for (const [key, value] of Object.entries(project.properties)) {
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
  /** The value with every `${…}` replaced, or undefined when one cannot be resolved in this pom. */
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

  const managed = new Map<string, string>()
  const management =
    isTable(project.dependencyManagement) && isTable(project.dependencyManagement.dependencies)
      ? project.dependencyManagement.dependencies.dependency
      : undefined
  for (const entry of Array.isArray(management) ? management : []) {
    if (!isTable(entry) || text(entry.scope) === 'import') continue
    const group = resolve(text(entry.groupId))
    const artifact = resolve(text(entry.artifactId))
    if (group && artifact && text(entry.version)) managed.set(`${group}:${artifact}`, text(entry.version) as string)
  }

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
    const written = text(entry.version) ?? managed.get(name)
    let version = resolve(written) ?? null
    // A range ([1.0,2.0), (,1.5], [1.2]) is resolved against the registry at build time.
    if (version !== null && /^[[(]/.test(version)) version = null
    const declaredScope = text(entry.scope) ?? 'compile'
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
      source: 'registry',
      location: { path: input.path, line }
    })
  }
  return { packages, edges: [], problems: [], declaredOnly: true }
}
