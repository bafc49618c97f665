/**
 * CycloneDX 1.6 JSON from an inventory, through @cyclonedx/cyclonedx-library's models and JSON normalizer.
 * Every component has a purl, which is also its bom-ref. Dev-only packages are included with
 * `scope: optional` and the property `chaingate:scope` = `dev` (every component carries chaingate's scope);
 * each occurrence's lockfile and line is a `chaingate:source-file` property. The dependency graph lists
 * the project (metadata.component) and every component whose lockfile records edges, leaves with an empty
 * `dependsOn`; a component whose lockfile records none is left out of the graph, which CycloneDX reads as
 * "dependencies unknown". Lists are written in code-unit order (not the library's locale-dependent sort),
 * the serial number is derived from the content, and the timestamp is the one given (or none): the same
 * inventory gives the same bytes.
 */
// Subpaths, not the package root: the root also loads the validators (ajv, libxmljs2) this never uses.
import * as Enums from '@cyclonedx/cyclonedx-library/Enums'
import * as Models from '@cyclonedx/cyclonedx-library/Models'
import * as Serialize from '@cyclonedx/cyclonedx-library/Serialize'
import * as SPDX from '@cyclonedx/cyclonedx-library/SPDX'
import * as Spec from '@cyclonedx/cyclonedx-library/Spec'
import type { Inventory } from '../model.js'
import {
  buildGraph,
  classifyLicense,
  CONTENT_ID_PLACEHOLDER,
  formatLocation,
  imageFacts,
  repositoryUrl,
  subjectPurl,
  type SbomEntry,
  type SbomOptions
} from './entries.js'
import { LazyArray, type SbomPlan } from './pieces.js'

export const CYCLONEDX_SPEC_VERSION = '1.6'

/** The property names chaingate writes (and reads back). */
export const CDX_PROPERTY = {
  scope: 'chaingate:scope',
  direct: 'chaingate:direct',
  source: 'chaingate:source',
  sourceFile: 'chaingate:source-file',
  declared: 'chaingate:declared',
  markers: 'chaingate:markers',
  sourcePackage: 'chaingate:source-package',
  ecosystem: 'chaingate:ecosystem',
  commit: 'chaingate:commit',
  ref: 'chaingate:ref',
  inventoryFile: 'chaingate:inventory-file',
  problem: 'chaingate:inventory-problem'
} as const

const HASH_ALGORITHMS: Record<string, Enums.HashAlgorithm> = {
  'SHA-1': Enums.HashAlgorithm['SHA-1'],
  'SHA-256': Enums.HashAlgorithm['SHA-256'],
  'SHA-384': Enums.HashAlgorithm['SHA-384'],
  'SHA-512': Enums.HashAlgorithm['SHA-512'],
  MD5: Enums.HashAlgorithm.MD5
}

/**
 * The CycloneDX 1.6 JSON document for an inventory, as a plan written in pieces (pieces.ts): the header
 * normalized by the library from a Bom without components, then each component made, normalized and
 * written one at a time (the library's normalizer of a whole Bom does the same per component), then the
 * graph.
 */
export function cycloneDxPlan(inventory: Inventory, options: SbomOptions): SbomPlan {
  const graph = buildGraph(inventory)
  const rootRef = subjectPurl(options.subject) ?? `chaingate:project/${options.subject.name}`
  const factory = new Serialize.JSON.Normalize.Factory(Spec.Spec1dot6)
  const normalizeOptions = { sortLists: false }
  const document = factory.makeForBom().normalize(new Models.Bom({ metadata: metadata(inventory, options, rootRef) }), normalizeOptions) as unknown as Record<
    string,
    unknown
  >
  const normalizer = factory.makeForComponent()
  document.components = new LazyArray(function* () {
    for (const entry of graph.entries) {
      const normalized = normalizer.normalize(cycloneDxComponent(entry), normalizeOptions)
      if (normalized !== undefined) yield normalized
    }
  })
  // The graph is written here, not from the model: the library lists every component (a component without
  // known edges would claim to have none) and sorts with localeCompare.
  document.dependencies = new LazyArray(function* () {
    yield { ref: rootRef, dependsOn: graph.rootDependsOn }
    for (const entry of graph.entries) if (entry.edgesKnown) yield { ref: entry.purl, dependsOn: entry.dependsOn }
  })
  // The serial number is the UUID of the document written with a placeholder in its place: same content,
  // same serial number.
  document.serialNumber = CONTENT_ID_PLACEHOLDER
  return { fields: ordered(document), contentId: (uuid) => `urn:uuid:${uuid}` }
}

/** The top-level fields in the order the specification lists them (serialNumber after version). */
function ordered(document: Record<string, unknown>): Array<[string, unknown]> {
  const keys = ['$schema', 'bomFormat', 'specVersion', 'serialNumber', 'version', 'metadata', 'components', 'dependencies']
  const fields: Array<[string, unknown]> = keys.filter((key) => document[key] !== undefined).map((key) => [key, document[key]])
  for (const [key, value] of Object.entries(document)) if (!keys.includes(key) && value !== undefined) fields.push([key, value])
  return fields
}

function metadata(inventory: Inventory, options: SbomOptions, rootRef: string): Models.Metadata {
  const tools = new Models.Tools()
  tools.components.add(
    new Models.Component(Enums.ComponentType.Application, options.tool.name, {
      version: options.tool.version,
      bomRef: `chaingate:tool/${options.tool.name}@${options.tool.version}`
    })
  )
  const { subject } = options
  const url = repositoryUrl(subject)
  const root = new Models.Component(subject.image ? Enums.ComponentType.Container : Enums.ComponentType.Application, subject.name, {
    bomRef: rootRef,
    ...(subject.commit ? { version: subject.commit } : subject.image ? { version: subject.image.digest } : {}),
    ...(subjectPurl(subject) ? { purl: subjectPurl(subject) } : {})
  })
  if (url) root.externalReferences.add(new Models.ExternalReference(url, Enums.ExternalReferenceType.VCS))
  if (subject.commit) root.properties.add(new Models.Property(CDX_PROPERTY.commit, subject.commit))
  if (subject.ref) root.properties.add(new Models.Property(CDX_PROPERTY.ref, subject.ref))
  // An image's platform and distribution (os-release ID, VERSION_ID): `chaingate:image-*`, `chaingate:distro-*`.
  if (subject.image) for (const [key, value] of imageFacts(subject.image)) root.properties.add(new Models.Property(`chaingate:${key}`, value))
  const properties = new Models.PropertyRepository()
  for (const file of inventory.files) properties.add(new Models.Property(CDX_PROPERTY.inventoryFile, `${file.path} (${file.format})`))
  for (const problem of inventory.problems)
    properties.add(new Models.Property(CDX_PROPERTY.problem, `${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`))
  return new Models.Metadata({ ...(options.timestamp ? { timestamp: options.timestamp } : {}), tools, component: root, properties })
}

/** The library's model of one entry (exported for the test that normalizes a whole Bom of them). */
export function cycloneDxComponent(entry: SbomEntry): Models.Component {
  const { group, name } = splitName(entry)
  const item = new Models.Component(Enums.ComponentType.Library, name, {
    bomRef: entry.purl,
    purl: entry.purl,
    ...(group ? { group } : {}),
    ...(entry.version !== null ? { version: entry.version } : {}),
    ...(entry.scope === 'runtime'
      ? { scope: Enums.ComponentScope.Required }
      : entry.scope === 'dev' || entry.scope === 'optional'
        ? { scope: Enums.ComponentScope.Optional }
        : {})
  })
  for (const hash of entry.hashes) item.hashes.set(HASH_ALGORITHMS[hash.algorithm]!, hash.hex)
  const license = entry.license ? classifyLicense(entry.license) : undefined
  if (license?.kind === 'expression') {
    const only = license.ids.length === 1 && license.expression === license.ids[0] ? license.ids[0]! : undefined
    item.licenses.add(only && SPDX.isSupportedSpdxId(only) ? new Models.SpdxLicense(only) : new Models.LicenseExpression(license.expression))
  } else if (license?.kind === 'text') {
    item.licenses.add(new Models.NamedLicense(license.text))
  }
  if (entry.resolved && URL.canParse(entry.resolved)) {
    if (entry.source === 'git') item.externalReferences.add(new Models.ExternalReference(entry.resolved, Enums.ExternalReferenceType.VCS))
    else if (entry.source === 'registry' || entry.source === 'url')
      item.externalReferences.add(new Models.ExternalReference(entry.resolved, Enums.ExternalReferenceType.Distribution))
  }
  const property = (key: string, value: string): void => void item.properties.add(new Models.Property(key, value))
  property(CDX_PROPERTY.scope, entry.scope)
  property(CDX_PROPERTY.direct, entry.direct === null ? 'unknown' : String(entry.direct))
  property(CDX_PROPERTY.source, entry.source)
  property(CDX_PROPERTY.ecosystem, entry.ecosystem)
  if (entry.declared !== undefined) property(CDX_PROPERTY.declared, entry.declared)
  if (entry.markers !== undefined) property(CDX_PROPERTY.markers, entry.markers)
  if (entry.sourceUnrecorded) property(CDX_PROPERTY.sourcePackage, 'unrecorded')
  for (const location of entry.locations) property(CDX_PROPERTY.sourceFile, formatLocation(location))
  return item
}

/** CycloneDX's group: a Maven groupId or an npm scope; other names are whole. */
function splitName(entry: SbomEntry): { group?: string; name: string } {
  if (entry.ecosystem === 'Maven') {
    const colon = entry.name.indexOf(':')
    if (colon > 0) return { group: entry.name.slice(0, colon), name: entry.name.slice(colon + 1) }
  }
  if (entry.ecosystem === 'npm' && entry.name.startsWith('@')) {
    const slash = entry.name.indexOf('/')
    if (slash > 0) return { group: entry.name.slice(0, slash), name: entry.name.slice(slash + 1) }
  }
  return { name: entry.name }
}
