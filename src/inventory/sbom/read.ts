/**
 * Reads an SBOM into the inventory model: CycloneDX JSON (1.2–1.7; chaingate's, Syft's, Trivy's, cdxgen's,
 * cyclonedx-npm's, cyclonedx-py's…) and SPDX 2.2/2.3 JSON (Syft's, Trivy's, Microsoft sbom-tool's, GitHub's
 * dependency-graph export with its `{"sbom": …}` wrapper, chaingate's). The ecosystem comes from the purl type;
 * scope from chaingate's own marks when present (`chaingate:scope` property / annotation), else CycloneDX
 * `scope` (absent = unknown, not "required"; runtime in cyclonedx-npm's, which marks the others) or the SPDX
 * relationship types; edges from `dependencies` / relationships; direct = named by the described project (or
 * by what stands for its parts: cdxgen's sub-projects, Trivy's lockfile targets). The document's subject
 * (CycloneDX `metadata.component`, what SPDX DESCRIBES) is the project, not a package. Components that are not
 * software packages (files, operating systems, devices, data…, Trivy's targets) are not inventoried. Nothing
 * else is dropped: a package without a purl is kept with ecosystem `unknown`, one without a version
 * (`UNKNOWN`, `NOASSERTION`) without one, one whose version is a range as declared; each kind is one problem
 * per document with its count and first packages. Location: the SBOM file and the line and column of the
 * component (one scan of the text for its bom-ref, purl or SPDXID). Pure: never throws for bad input,
 * returns problems with file and line.
 */
import type { Edge, InventoryProblem, Package, PackageSource, ReadOutcome, Scope } from '../model.js'
import { packageKey } from '../model.js'
import { PackageURL } from 'packageurl-js'
import { parsePurl, purlFor } from '../purl.js'

export type SbomDocumentFormat = 'cyclonedx' | 'spdx'

export interface SbomRead extends ReadOutcome {
  /** `cyclonedx` or `spdx`, or undefined when the text is neither. */
  format: SbomDocumentFormat | undefined
  /** The document's own version (`1.6`, `SPDX-2.3`). */
  specVersion?: string
}

/** CycloneDX component types that name software packages; others (file, device, data…) are not inventoried. */
const PACKAGE_TYPES = new Set(['library', 'framework', 'application'])
const SCOPES: readonly Scope[] = ['runtime', 'dev', 'optional', 'unknown']
const SOURCES: readonly PackageSource[] = ['registry', 'git', 'path', 'workspace', 'url']

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : [])
const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

export function readSbom(input: { path: string; text: string }): SbomRead {
  const problems: InventoryProblem[] = []
  const problem = (message: string, line?: number, format = 'sbom'): InventoryProblem => ({ path: input.path, format, message, ...(line ? { line } : {}) })
  let document: unknown
  try {
    // A byte order mark (Windows tools write one) is not JSON, but not an error of the document either.
    document = JSON.parse(input.text.charCodeAt(0) === 0xfeff ? input.text.slice(1) : input.text)
  } catch (error) {
    const message = (error as Error).message
    return {
      format: undefined,
      packages: [],
      edges: [],
      problems: [problem(`not JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, '')}`, jsonErrorLine(message, input.text))]
    }
  }
  // GitHub's dependency-graph export: {"sbom": {...SPDX 2.3...}}.
  if (isObject(document) && isObject(document.sbom) && !('spdxVersion' in document) && !('bomFormat' in document)) document = document.sbom
  if (!isObject(document)) return { format: undefined, packages: [], edges: [], problems: [problem('not an SBOM: the document is not a JSON object', 1)] }
  const lines = new LineIndex(input.text)
  if (document.bomFormat === 'CycloneDX') return readCycloneDx(document, input.path, lines, problems)
  if (typeof document.spdxVersion === 'string') return readSpdx(document, input.path, lines, problems)
  if ('@context' in document || '@graph' in document)
    problems.push(problem('SPDX 3 (JSON-LD) documents are not read yet: give an SPDX 2.3 or CycloneDX JSON SBOM', 1))
  else problems.push(problem('not a CycloneDX JSON (bomFormat) or SPDX 2 JSON (spdxVersion) document', 1))
  return { format: undefined, packages: [], edges: [], problems }
}

/** The line of a JSON.parse error: V8 gives `(line L column C)` or `at position N`. */
function jsonErrorLine(message: string, text: string): number | undefined {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1]
  if (line) return Number(line)
  const position = /at position (\d+)/.exec(message)?.[1]
  if (position === undefined) return text.length === 0 ? 1 : undefined
  let count = 1
  for (let index = 0; index < Number(position) && index < text.length; index++) if (text.charCodeAt(index) === 10) count++
  return count
}

/**
 * The line and column of the first `"bom-ref"`, `"purl"`, `"SPDXID"` with a given value, found by one scan of
 * the text (cheaper than a parser with positions, and enough to point at a component, also in a document
 * written on one line, as Syft writes its JSON).
 */
class LineIndex {
  private readonly first = new Map<string, { line: number; column: number }>()

  constructor(text: string) {
    const pattern = /"(bom-ref|purl|SPDXID)"\s*:\s*("(?:[^"\\\n]|\\.)*")/g
    let line = 1
    let lineStart = 0
    let scanned = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      for (let index = scanned; index < match.index; index++)
        if (text.charCodeAt(index) === 10) {
          line++
          lineStart = index + 1
        }
      scanned = match.index
      let value: string
      try {
        value = JSON.parse(match[2]!) as string
      } catch {
        continue
      }
      const key = `${match[1]}\u0000${value}`
      if (!this.first.has(key)) this.first.set(key, { line, column: match.index - lineStart + 1 })
    }
  }

  positionOf(key: 'bom-ref' | 'purl' | 'SPDXID', value: string | undefined): { line: number; column: number } | undefined {
    return value === undefined ? undefined : this.first.get(`${key}\u0000${value}`)
  }
}

/** What purl, name and version say about a package: the parts shared by both formats. */
interface Identity {
  ecosystem: string
  name: string
  version: string | null
  /** A version range the document gives instead of a version (GitHub's export of a manifest without lockfile). */
  range?: string
  purl?: string
  qualifiers: Record<string, string>
}

/** Version fields that say "not known": SPDX's NOASSERTION/NONE, Syft's UNKNOWN. */
const NO_VERSION = new Set(['NOASSERTION', 'NONE', 'UNKNOWN'])

/** Ecosystems whose exact versions never hold range syntax (distributions' do: Debian's `1.0~rc1`). */
const RANGE_CHECKED = new Set(['npm', 'PyPI', 'Go', 'crates.io', 'RubyGems', 'Packagist', 'NuGet', 'Maven', 'GitHub Actions', 'Pub', 'Hex'])

/**
 * A version that is a range or a wildcard, not one version: `^4.17.0`, `~> 1.2`, `>= 2, < 3`, `[1.0,2.0)`,
 * `4.*.*`, `1.x`, or a property never resolved (`${project.version}`). Such a package is declared, not
 * resolved: no advisory can be matched on it.
 */
export function isVersionRange(ecosystem: string, version: string): boolean {
  if (!RANGE_CHECKED.has(ecosystem)) return false
  return /[\^~<>=|\s,]|^[[(]|[\])]$|(^|\.)[xX*](\.|$)|^\*$|\$\{/.test(version)
}

function identify(
  purlText: string | undefined,
  fallbackName: string,
  fallbackVersion: string | undefined,
  ecosystemHint: string | undefined,
  bad: (message: string) => void
): Identity {
  const identity = identifyAsWritten(purlText, fallbackName, fallbackVersion, ecosystemHint, bad)
  if (identity.version !== null && NO_VERSION.has(identity.version.toUpperCase())) identity.version = null
  if (identity.version !== null && isVersionRange(identity.ecosystem, identity.version)) {
    identity.range = identity.version
    identity.version = null
    // The purl loses the range too: a purl's version is one version.
    if (identity.purl) identity.purl = withoutVersion(identity.purl)
  }
  return identity
}

function withoutVersion(purlText: string): string {
  const purl = PackageURL.fromString(purlText)
  return new PackageURL(purl.type, purl.namespace, purl.name, undefined, purl.qualifiers, purl.subpath).toString()
}

function identifyAsWritten(
  purlText: string | undefined,
  fallbackName: string,
  fallbackVersion: string | undefined,
  ecosystemHint: string | undefined,
  bad: (message: string) => void
): Identity {
  if (purlText) {
    try {
      const parsed = parsePurl(purlText)
      // A purl type OSV has no ecosystem for keeps its type as the ecosystem (`generic`, `oci`), unless
      // chaingate wrote the ecosystem next to it.
      const ecosystem = parsed.ecosystem ?? ecosystemHint ?? parsed.type
      // The document's own spelling when the purl is its normalised form (PyPI's `Django` → `django`).
      const name = parsed.ecosystem && fallbackName !== parsed.name && samePurl(parsed.ecosystem, fallbackName, parsed.name) ? fallbackName : parsed.name
      // A distribution package's epoch may be a qualifier (Trivy: `pkg:deb/debian/bsdutils@2.38.1-5?epoch=1`) rather
      // than part of the version (Syft: `@1:2.38.1-5`); the ecosystem's versions carry it (`1:2.38.1-5`).
      let version = parsed.version ?? fallbackVersion ?? null
      const epoch = parsed.qualifiers.epoch
      if (version !== null && epoch && /^\d+$/.test(epoch) && (parsed.type === 'deb' || parsed.type === 'rpm') && !version.includes(':'))
        version = `${epoch}:${version}`
      return { ecosystem, name, version, purl: purlText, qualifiers: parsed.qualifiers }
    } catch (error) {
      bad(`malformed purl ${JSON.stringify(purlText)}: ${(error as Error).message}`)
    }
  }
  return { ecosystem: ecosystemHint ?? 'unknown', name: fallbackName, version: fallbackVersion ?? null, qualifiers: {} }
}

function samePurl(ecosystem: string, a: string, b: string): boolean {
  try {
    const purl = purlFor(ecosystem, a, null)
    return purl !== undefined && purl === purlFor(ecosystem, b, null)
  } catch {
    return false // `a` cannot even form a purl of that type
  }
}

function sourceOf(identity: Identity, hint: string | undefined, resolved: string | undefined): PackageSource {
  if (hint && (SOURCES as readonly string[]).includes(hint)) return hint as PackageSource
  if (identity.qualifiers.vcs_url || (resolved && /^git(\+|:)/.test(resolved))) return 'git'
  if (identity.qualifiers.download_url) return 'url'
  return 'registry'
}

/** Collects packages by key (the first of duplicates wins) and the components nothing could name. */
class Collector {
  readonly packages: Package[] = []
  readonly edges: Edge[] = []
  private readonly keys = new Set<string>()
  private readonly edgeKeys = new Set<string>()
  readonly withoutPurl: { label: string; line: number }[] = []
  readonly withoutVersion: { label: string; line: number }[] = []
  readonly ranges: { label: string; line: number }[] = []

  /**
   * Notes what the package lacks (purl, version), for the problems reported once per document. A package
   * chaingate wrote as declared (`chaingate:declared`: a manifest's requirement it did not resolve) is
   * reported by the dependency rules as such, not here.
   */
  note(identity: Identity, line: number, declaredMark: boolean): void {
    const label = `${identity.name}${identity.version ? `@${identity.version}` : identity.range ? ` ${identity.range}` : ''}`
    if (!identity.purl) this.withoutPurl.push({ label, line })
    if (identity.range !== undefined) this.ranges.push({ label, line })
    else if (identity.version === null && !declaredMark) this.withoutVersion.push({ label, line })
  }

  add(pkg: Package): string {
    const key = packageKey(pkg)
    if (!this.keys.has(key)) {
      this.keys.add(key)
      this.packages.push(pkg)
    }
    return key
  }

  edge(from: string, to: string): void {
    const id = `${from}\u0001${to}`
    if (from === to || this.edgeKeys.has(id)) return
    this.edgeKeys.add(id)
    this.edges.push({ from, to })
  }

  /** One problem per kind of gap, with the count and the first few packages (what is kept, never dropped). */
  problemsFor(path: string, format: string): InventoryProblem[] {
    const problems: InventoryProblem[] = []
    const report = (items: { label: string; line: number }[], what: string): void => {
      if (items.length === 0) return
      const count = items.length
      const examples = items
        .slice(0, 3)
        .map((item) => `${item.label} (line ${item.line})`)
        .join(', ')
      problems.push({ path, format, line: items[0]!.line, message: `${count} package${count === 1 ? '' : 's'} ${what}: ${examples}${count > 3 ? ', …' : ''}` })
    }
    report(this.withoutPurl, 'without a purl, so of unknown ecosystem')
    report(this.withoutVersion, 'without a version, so not matched against advisories')
    report(this.ranges, 'with a version range instead of a version (declared, not resolved), so not matched against advisories')
    return problems
  }
}

// CycloneDX ---------------------------------------------------------------------------------------------

function readCycloneDx(document: Json, path: string, lines: LineIndex, problems: InventoryProblem[]): SbomRead {
  const specVersion = asString(document.specVersion)
  if (!specVersion || !/^1\.[2-7]$/.test(specVersion)) {
    problems.push({
      path,
      format: 'cyclonedx',
      line: 1,
      message: `CycloneDX specVersion ${JSON.stringify(document.specVersion ?? null)} is not one chaingate reads (1.2–1.7); reading it as 1.6`
    })
  }
  const collector = new Collector()
  const metadata = isObject(document.metadata) ? document.metadata : {}
  const rootRef = isObject(metadata.component) ? asString(metadata.component['bom-ref']) : undefined
  /** The project and what stands for it (Trivy's targets): what they depend on is direct. */
  const rootRefs = new Set<string>(rootRef !== undefined ? [rootRef] : [])
  // The project's own parts (cdxgen lists a monorepo's sub-projects as metadata.component.components): like
  // the root, not packages, and what they depend on is direct.
  const parts = (component: unknown): void => {
    if (!isObject(component)) return
    for (const part of asArray(component.components).filter(isObject)) {
      const ref = asString(part['bom-ref'])
      if (ref !== undefined) rootRefs.add(ref)
      parts(part)
    }
  }
  parts(metadata.component)
  const keyOfRef = new Map<string, string>()
  const declaredDirect = new Map<string, boolean>()
  // cyclonedx-npm marks development packages and optional ones; the rest are what `npm install --omit=dev` installs.
  const byCycloneDxNpm = toolNames(metadata).some((name) => name === 'cyclonedx-npm' || name === '@cyclonedx/cyclonedx-npm')

  const visit = (value: unknown): void => {
    if (!isObject(value)) return
    for (const child of asArray(value.components)) visit(child)
    const ref = asString(value['bom-ref'])
    const properties = cdxProperties(value)
    // Trivy's components for the files it read (a lockfile, the distribution and its package database) are not
    // packages; what they depend on is what the project names itself, as what the root depends on.
    if (!asString(value.purl) && properties.has('aquasecurity:trivy:Class')) {
      if (ref !== undefined) rootRefs.add(ref)
      return
    }
    const type = asString(value.type) ?? 'library'
    if (!PACKAGE_TYPES.has(type)) return
    if (ref !== undefined && ref === rootRef) return
    const purlText = asString(value.purl)
    const position = lines.positionOf('bom-ref', ref) ?? lines.positionOf('purl', purlText) ?? { line: 1, column: 1 }
    const line = position.line
    const group = asString(value.group)
    const rawName = asString(value.name) ?? ref ?? 'unnamed'
    const fallbackName = group
      ? purlText === undefined && /^[\w.-]+$/.test(group) && !group.startsWith('@')
        ? `${group}:${rawName}`
        : `${group}/${rawName}`
      : rawName
    const identity = identify(purlText, fallbackName, asString(value.version), properties.get('chaingate:ecosystem')?.[0], (message) =>
      problems.push({ path, format: 'cyclonedx', line, message })
    )
    collector.note(identity, line, properties.has('chaingate:declared'))
    const references = asArray(value.externalReferences).filter(isObject)
    const resolved =
      asString(references.find((reference) => reference.type === 'vcs')?.url) ??
      asString(references.find((reference) => reference.type === 'distribution')?.url)
    const direct = properties.get('chaingate:direct')?.[0]
    const pkg: Package = {
      ecosystem: identity.ecosystem,
      name: identity.name,
      version: identity.version,
      ...(identity.purl ? { purl: identity.purl } : {}),
      ...(properties.get('chaingate:declared')
        ? { declared: properties.get('chaingate:declared')![0]! }
        : identity.range !== undefined
          ? { declared: identity.range }
          : {}),
      ...(properties.get('chaingate:markers') ? { markers: properties.get('chaingate:markers')![0]! } : {}),
      ...(properties.get('chaingate:source-package')?.[0] === 'unrecorded' ? { sourcePackage: { name: identity.name, unrecorded: true as const } } : {}),
      scope: cdxScope(asString(value.scope), properties, byCycloneDxNpm),
      direct: direct === 'true' ? true : direct === 'false' ? false : null,
      source: sourceOf(identity, properties.get('chaingate:source')?.[0], resolved),
      ...(resolved ? { resolved } : {}),
      ...cdxHashes(value),
      ...cdxLicense(value),
      location: { path, line, column: position.column }
    }
    const key = collector.add(pkg)
    if (ref !== undefined && !keyOfRef.has(ref)) keyOfRef.set(ref, key)
    if (direct === 'true' || direct === 'false' || direct === 'unknown') declaredDirect.set(key, direct === 'true')
  }
  for (const component of asArray(document.components)) visit(component)

  const rootDepends = new Set<string>()
  let graphHasRoot = false
  for (const dependency of asArray(document.dependencies).filter(isObject)) {
    const ref = asString(dependency.ref)
    if (ref === undefined) continue
    const targets = asArray(dependency.dependsOn)
      .map(asString)
      .filter((target): target is string => target !== undefined)
    if (rootRefs.has(ref)) {
      graphHasRoot = true
      for (const target of targets) {
        const key = keyOfRef.get(target)
        if (key) rootDepends.add(key)
      }
      continue
    }
    const from = keyOfRef.get(ref)
    if (!from) continue
    for (const target of targets) {
      const to = keyOfRef.get(target)
      if (to) collector.edge(from, to)
    }
  }
  for (const pkg of collector.packages) {
    const key = packageKey(pkg)
    if (declaredDirect.has(key)) continue
    if (rootDepends.has(key)) pkg.direct = true
    else if (graphHasRoot) pkg.direct = false
  }
  problems.push(...collector.problemsFor(path, 'cyclonedx'))
  return { format: 'cyclonedx', ...(specVersion ? { specVersion } : {}), packages: collector.packages, edges: collector.edges, problems }
}

function cdxProperties(component: Json): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const property of asArray(component.properties).filter(isObject)) {
    const name = asString(property.name)
    const value = typeof property.value === 'string' ? property.value : undefined
    if (name === undefined || value === undefined) continue
    map.set(name, [...(map.get(name) ?? []), value])
  }
  return map
}

/** The names of the tools that made a CycloneDX document (1.5+ `tools.components`, older `tools` array). */
function toolNames(metadata: Json): string[] {
  const tools = metadata.tools
  const list = Array.isArray(tools) ? tools : isObject(tools) ? asArray(tools.components) : []
  return list
    .filter(isObject)
    .map((tool) => [asString(tool.group) ?? asString(tool.vendor), asString(tool.name)].filter(Boolean).join('/'))
    .flatMap((name) => [name, name.replace(/^@?cyclonedx\//i, '')])
}

function cdxScope(scope: string | undefined, properties: Map<string, string[]>, byCycloneDxNpm: boolean): Scope {
  const own = properties.get('chaingate:scope')?.[0]
  if (own && (SCOPES as readonly string[]).includes(own)) return own as Scope
  // cyclonedx-npm marks dev dependencies with this property.
  if (properties.get('cdx:npm:package:development')?.[0] === 'true') return 'dev'
  if (scope === 'required') return 'runtime'
  if (scope === 'optional') return 'optional'
  if (scope === 'excluded') return 'dev'
  // cyclonedx-npm says when a package is for development (above) or optional; the others are runtime.
  if (byCycloneDxNpm && scope === undefined) return 'runtime'
  // Absent: the specification's default is "required", but most generators omit it without meaning it.
  return 'unknown'
}

function cdxHashes(component: Json): { hashes?: string[] } {
  const hashes = asArray(component.hashes)
    .filter(isObject)
    .map((hash) =>
      asString(hash.alg) && asString(hash.content)
        ? `${asString(hash.alg)!.toLowerCase().replace(/-/g, '')}:${asString(hash.content)!.toLowerCase()}`
        : undefined
    )
    .filter((hash): hash is string => hash !== undefined)
  return hashes.length > 0 ? { hashes } : {}
}

/**
 * The component's license: its SPDX expressions and ids (several are all required: joined with AND); the
 * free-text names only when there is no SPDX one (cyclonedx-py lists `License :: OSI Approved :: BSD
 * License` classifiers beside the package's SPDX id, which says more).
 */
function cdxLicense(component: Json): { license?: string } {
  const spdx: string[] = []
  const names: string[] = []
  for (const choice of asArray(component.licenses).filter(isObject)) {
    const expression = asString(choice.expression)
    if (expression) spdx.push(expression)
    else if (isObject(choice.license)) {
      const id = asString(choice.license.id)
      const name = asString(choice.license.name)
      if (id) spdx.push(id)
      else if (name) names.push(name)
    }
  }
  const parts = [...new Set(spdx.length > 0 ? spdx : names)]
  if (parts.length === 0) return {}
  if (parts.length === 1) return { license: parts[0]! }
  return { license: parts.map((part) => (/\s/.test(part) ? `(${part})` : part)).join(' AND ') }
}

// SPDX --------------------------------------------------------------------------------------------------

/** SPDX relationship types that say "the related element is a dependency of the element" (B TYPE A: A → B). */
const DEPENDENCY_OF: Record<string, Scope | null> = {
  DEPENDENCY_OF: null,
  RUNTIME_DEPENDENCY_OF: 'runtime',
  DEV_DEPENDENCY_OF: 'dev',
  TEST_DEPENDENCY_OF: 'dev',
  BUILD_DEPENDENCY_OF: 'dev',
  OPTIONAL_DEPENDENCY_OF: 'optional',
  PROVIDED_DEPENDENCY_OF: null
}

function readSpdx(document: Json, path: string, lines: LineIndex, problems: InventoryProblem[]): SbomRead {
  const specVersion = asString(document.spdxVersion)!
  if (!/^SPDX-2\.[0-3]$/.test(specVersion))
    problems.push({ path, format: 'spdx', line: 1, message: `${specVersion} is not a version chaingate reads (SPDX-2.2, SPDX-2.3); reading it as 2.3` })
  const relationships = asArray(document.relationships).filter(isObject)
  const described = new Set<string>(
    asArray(document.documentDescribes)
      .map(asString)
      .filter((id): id is string => id !== undefined)
  )
  for (const relationship of relationships) {
    const type = asString(relationship.relationshipType)
    if (type === 'DESCRIBES' && relationship.spdxElementId === 'SPDXRef-DOCUMENT' && asString(relationship.relatedSpdxElement))
      described.add(relationship.relatedSpdxElement as string)
    if (type === 'DESCRIBED_BY' && relationship.relatedSpdxElement === 'SPDXRef-DOCUMENT' && asString(relationship.spdxElementId))
      described.add(relationship.spdxElementId as string)
  }
  // documentDescribes naming a package rather than its SPDXID (as in GitHub's documented example): by name.
  const packageIds = new Set(
    asArray(document.packages)
      .filter(isObject)
      .map((item) => asString(item.SPDXID))
  )
  const describedNames = new Set([...described].filter((id) => !packageIds.has(id)))
  if (describedNames.size > 0)
    for (const item of asArray(document.packages).filter(isObject))
      if (describedNames.has(asString(item.name) ?? '') && asString(item.SPDXID)) described.add(asString(item.SPDXID)!)
  const extracted = new Map<string, string>()
  for (const info of asArray(document.hasExtractedLicensingInfos).filter(isObject)) {
    const id = asString(info.licenseId)
    const text = asString(info.extractedText)
    if (id && text) extracted.set(id, text)
  }
  const collector = new Collector()
  const keyOfId = new Map<string, string>()
  const ownScope = new Set<string>()
  const ownDirect = new Set<string>()
  for (const item of asArray(document.packages).filter(isObject)) {
    const id = asString(item.SPDXID)
    if (id === undefined || described.has(id)) continue
    const position = lines.positionOf('SPDXID', id) ?? { line: 1, column: 1 }
    const line = position.line
    const marks = spdxMarks(item)
    const references = asArray(item.externalRefs).filter(isObject)
    // The purl reference is PACKAGE-MANAGER (2.3), PACKAGE_MANAGER (2.2's JSON, sbom-tool); under another category, still a purl.
    const purlReferences = references.filter((reference) => reference.referenceType === 'purl')
    const purlText = asString(
      (purlReferences.find((reference) => /^PACKAGE[-_]MANAGER$/.test(String(reference.referenceCategory))) ?? purlReferences[0])?.referenceLocator
    )
    // Trivy's packages for the files it read and for the distribution itself, without a purl, are not packages.
    if (!purlText && (asString(item.primaryPackagePurpose) === 'OPERATING-SYSTEM' || trivyTarget(item))) continue
    const identity = identify(purlText, asString(item.name) ?? id, asString(item.versionInfo), marks.get('ecosystem'), (message) =>
      problems.push({ path, format: 'spdx', line, message })
    )
    collector.note(identity, line, marks.has('declared'))
    const download = asString(item.downloadLocation)
    const resolved = download && download !== 'NOASSERTION' && download !== 'NONE' ? download : undefined
    const scope = marks.get('scope')
    const direct = marks.get('direct')
    const pkg: Package = {
      ecosystem: identity.ecosystem,
      name: identity.name,
      version: identity.version,
      ...(identity.purl ? { purl: identity.purl } : {}),
      ...(marks.has('declared') ? { declared: marks.get('declared')! } : identity.range !== undefined ? { declared: identity.range } : {}),
      ...(marks.has('markers') ? { markers: marks.get('markers')! } : {}),
      ...(marks.get('source-package') === 'unrecorded' ? { sourcePackage: { name: identity.name, unrecorded: true as const } } : {}),
      scope: scope && (SCOPES as readonly string[]).includes(scope) ? (scope as Scope) : 'unknown',
      direct: direct === 'true' ? true : direct === 'false' ? false : null,
      source: sourceOf(identity, marks.get('source'), resolved),
      ...(resolved ? { resolved } : {}),
      ...spdxHashes(item),
      ...spdxLicense(item, extracted),
      location: { path, line, column: position.column }
    }
    const key = collector.add(pkg)
    if (!keyOfId.has(id)) keyOfId.set(id, key)
    if (scope) ownScope.add(key)
    if (direct === 'true' || direct === 'false' || direct === 'unknown') ownDirect.add(key)
  }

  const hints = new Map<string, (Scope | null)[]>()
  const directKeys = new Set<string>()
  let rootHasDependencies = false
  for (const relationship of relationships) {
    const type = asString(relationship.relationshipType) ?? ''
    const element = asString(relationship.spdxElementId)
    const related = asString(relationship.relatedSpdxElement)
    if (!element || !related) continue
    let dependent: string
    let dependency: string
    let scope: Scope | null
    if (type === 'DEPENDS_ON') [dependent, dependency, scope] = [element, related, null]
    else if (type in DEPENDENCY_OF) [dependent, dependency, scope] = [related, element, DEPENDENCY_OF[type]!]
    else continue
    const to = keyOfId.get(dependency)
    if (!to) continue
    hints.set(to, [...(hints.get(to) ?? []), scope])
    if (described.has(dependent)) {
      rootHasDependencies = true
      directKeys.add(to)
      continue
    }
    const from = keyOfId.get(dependent)
    if (from) collector.edge(from, to)
  }
  for (const pkg of collector.packages) {
    const key = packageKey(pkg)
    if (!ownScope.has(key)) pkg.scope = scopeFromHints(hints.get(key) ?? [])
    if (!ownDirect.has(key)) pkg.direct = directKeys.has(key) ? true : rootHasDependencies && hints.has(key) ? false : null
  }
  problems.push(...collector.problemsFor(path, 'spdx'))
  return { format: 'spdx', specVersion, packages: collector.packages, edges: collector.edges, problems }
}

/** Trivy's package for a file it read: annotated `Class: lang-pkgs` / `os-pkgs` (its packages carry `PkgID:`). */
function trivyTarget(item: Json): boolean {
  return asArray(item.annotations)
    .filter(isObject)
    .some((annotation) => /^Class: (lang|os)-pkgs$/m.test(asString(annotation.comment) ?? ''))
}

/** `chaingate:key=value` lines of annotations chaingate wrote. */
function spdxMarks(item: Json): Map<string, string> {
  const marks = new Map<string, string>()
  for (const annotation of asArray(item.annotations).filter(isObject)) {
    for (const line of (asString(annotation.comment) ?? '').split('\n')) {
      const match = /^chaingate:([a-z-]+)=(.*)$/.exec(line)
      if (match && !marks.has(match[1]!)) marks.set(match[1]!, match[2]!)
    }
  }
  return marks
}

/** A relationship that says runtime wins; a plain DEPENDS_ON says nothing about scope; dev only when all say dev. */
function scopeFromHints(hints: (Scope | null)[]): Scope {
  if (hints.includes('runtime')) return 'runtime'
  if (hints.length === 0 || hints.includes(null) || hints.includes('unknown')) return 'unknown'
  if (hints.includes('optional')) return 'optional'
  return 'dev'
}

function spdxHashes(item: Json): { hashes?: string[] } {
  const hashes = asArray(item.checksums)
    .filter(isObject)
    .map((checksum) =>
      asString(checksum.algorithm) && asString(checksum.checksumValue)
        ? `${asString(checksum.algorithm)!.toLowerCase().replace(/-/g, '')}:${asString(checksum.checksumValue)!.toLowerCase()}`
        : undefined
    )
    .filter((hash): hash is string => hash !== undefined)
  return hashes.length > 0 ? { hashes } : {}
}

function spdxLicense(item: Json, extracted: Map<string, string>): { license?: string } {
  for (const field of ['licenseDeclared', 'licenseConcluded'] as const) {
    const value = asString(item[field])
    if (!value || value === 'NOASSERTION' || value === 'NONE') continue
    // A lone LicenseRef whose text the document carries: the text is the license as found.
    return { license: extracted.get(value) ?? value }
  }
  return {}
}
