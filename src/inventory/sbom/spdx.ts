/**
 * SPDX 2.3 JSON from an inventory, built directly (the format is plain JSON). The document DESCRIBES the
 * project's package; each inventory purl is one package with its purl as a PACKAGE-MANAGER `externalRef`,
 * `licenseDeclared` (an SPDX expression, a `LicenseRef-` with the text in `hasExtractedLicensingInfos`, or
 * NOASSERTION), checksums, and where chaingate read it (`sourceInfo`). Edges follow the target's scope:
 * `A DEPENDS_ON B`, or `B DEV_DEPENDENCY_OF A` / `B OPTIONAL_DEPENDENCY_OF A`; an annotation by the tool
 * records chaingate's scope, directness and source (`chaingate:scope=dev`). The namespace is derived from
 * the content and `created` from the given timestamp (else the Unix epoch): the same inventory gives the
 * same bytes.
 */
import crypto from 'node:crypto'
import type { Inventory } from '../model.js'
import {
  buildGraph,
  classifyLicense,
  compareStrings,
  CONTENT_ID_PLACEHOLDER,
  formatLocation,
  imageFacts,
  isoSeconds,
  repositoryUrl,
  subjectPurl,
  type SbomEntry,
  type SbomOptions
} from './entries.js'
import { LazyArray, type SbomPlan } from './pieces.js'

export const SPDX_VERSION = 'SPDX-2.3'
/** Where chaingate's document namespaces live (a URI that names the tool; it is not fetched). */
export const SPDX_NAMESPACE_BASE = 'https://github.com/chaingate/chaingate/spdx'

const SPDX_ALGORITHMS: Record<string, string> = { 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-384': 'SHA384', 'SHA-512': 'SHA512', MD5: 'MD5' }

/** The relationship types written, in code-unit order (the order of the relationships of one element). */
const RELATIONSHIP_TYPES = ['DEPENDS_ON', 'DESCRIBES', 'DEV_DEPENDENCY_OF', 'OPTIONAL_DEPENDENCY_OF'] as const
const [DEPENDS_ON, DESCRIBES, DEV_DEPENDENCY_OF, OPTIONAL_DEPENDENCY_OF] = [0, 1, 2, 3]

interface SpdxRelationship {
  spdxElementId: string
  relationshipType: string
  relatedSpdxElement: string
}

/** The SPDX 2.3 JSON document for an inventory, as a plan written in pieces (pieces.ts): one package at a time. */
export function spdxPlan(inventory: Inventory, options: SbomOptions): SbomPlan {
  const graph = buildGraph(inventory)
  const { entries } = graph
  const created = isoSeconds(options.timestamp ?? new Date(0))
  const tool = `Tool: ${options.tool.name}-${options.tool.version}`
  const ids = packageIds(entries)
  const extracted = new Map<string, string>()
  // Known before any package is written: the licenses without an SPDX expression, listed after the packages.
  const declared = entries.map((entry) => declaredLicense(entry, extracted))
  const { subject } = options
  const rootId = 'SPDXRef-Project'
  const url = repositoryUrl(subject)
  const rootPurl = subjectPurl(subject)
  const root = {
    SPDXID: rootId,
    name: subject.name,
    ...(subject.commit ? { versionInfo: subject.commit } : subject.image ? { versionInfo: subject.image.digest } : {}),
    downloadLocation: conforming(url ? `git+${url}${subject.commit ? `@${subject.commit}` : ''}` : undefined),
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    ...(rootPurl ? { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: rootPurl }] } : {}),
    primaryPackagePurpose: subject.image ? 'CONTAINER' : 'SOURCE',
    ...(subject.ref
      ? { comment: `ref: ${subject.ref}` }
      : subject.image
        ? {
            comment: imageFacts(subject.image)
              .map(([key, value]) => `${key}: ${value}`)
              .join('\n')
          }
        : {})
  }

  // The relationships, sorted as strings (element, type, related element), kept as numbers until written:
  // every element has its rank among all element ids, every type its rank among the types.
  const elements = ['SPDXRef-DOCUMENT', rootId, ...ids]
  const elementRank = new Uint32Array(elements.length)
  for (const [place, index] of elements
    .map((_, index) => index)
    .sort((x, y) => compareStrings(elements[x]!, elements[y]!))
    .entries())
    elementRank[index] = place
  const elementAt = new Array<string>(elements.length)
  for (const [index, element] of elements.entries()) elementAt[elementRank[index]!] = element
  const size = elements.length
  const placeOf = new Map(entries.map((entry, index) => [entry.purl, index]))
  let codes = new Float64Array(64)
  let codeCount = 0
  const add = (element: number, type: number, related: number): void => {
    if (codeCount === codes.length) {
      const grown = new Float64Array(codes.length * 2)
      grown.set(codes)
      codes = grown
    }
    codes[codeCount++] = (elementRank[element]! * RELATIONSHIP_TYPES.length + type) * size + elementRank[related]!
  }
  // Element indexes: 0 the document, 1 the project, 2 + i the entry i.
  const relate = (from: number, toPurl: string): void => {
    const to = 2 + placeOf.get(toPurl)!
    const scope = entries[to - 2]!.scope
    if (scope === 'dev') add(to, DEV_DEPENDENCY_OF, from)
    else if (scope === 'optional') add(to, OPTIONAL_DEPENDENCY_OF, from)
    else add(from, DEPENDS_ON, to)
  }
  add(0, DESCRIBES, 1)
  for (const purl of graph.rootDependsOn) relate(1, purl)
  for (const [index, entry] of entries.entries()) for (const purl of entry.dependsOn) relate(2 + index, purl)
  placeOf.clear()
  const relationships = codes.subarray(0, codeCount).sort()

  const inventoryComment = [
    ...inventory.files.map((file) => `read ${file.path} (${file.format}): ${file.packages} package${file.packages === 1 ? '' : 's'}`),
    ...inventory.problems.map((problem) => `could not read ${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`)
  ].join('\n')
  const namespace = `${SPDX_NAMESPACE_BASE}/${slug(subject.name)}`
  return {
    fields: [
      ['spdxVersion', SPDX_VERSION],
      ['dataLicense', 'CC0-1.0'],
      ['SPDXID', 'SPDXRef-DOCUMENT'],
      ['name', subject.commit ? `${subject.name}@${subject.commit}` : subject.name],
      // The namespace is unique per content: the UUID of the document written with a placeholder in its place.
      ['documentNamespace', CONTENT_ID_PLACEHOLDER],
      ['creationInfo', { created, creators: [tool], ...(inventoryComment ? { comment: inventoryComment } : {}) }],
      [
        'packages',
        new LazyArray(function* () {
          yield root
          for (const [index, entry] of entries.entries()) yield spdxPackage(entry, ids[index]!, declared[index]!, created, tool)
        })
      ],
      [
        'relationships',
        new LazyArray(function* (): Generator<SpdxRelationship> {
          for (const code of relationships) {
            const related = code % size
            const rest = (code - related) / size
            const type = rest % RELATIONSHIP_TYPES.length
            yield {
              spdxElementId: elementAt[(rest - type) / RELATIONSHIP_TYPES.length]!,
              relationshipType: RELATIONSHIP_TYPES[type]!,
              relatedSpdxElement: elementAt[related]!
            }
          }
        })
      ],
      [
        'hasExtractedLicensingInfos',
        extracted.size > 0
          ? [...extracted]
              .sort(([a], [b]) => compareStrings(a, b))
              .map(([licenseId, text]) => ({ licenseId, extractedText: text, name: text.length <= 200 ? text : `${text.slice(0, 197)}...` }))
          : undefined
      ]
    ],
    contentId: (uuid) => `${namespace}-${uuid}`
  }
}

/** The package's `licenseDeclared`: its SPDX expression, a `LicenseRef-` for text (added to `extracted`), or NOASSERTION. */
function declaredLicense(entry: SbomEntry, extracted: Map<string, string>): string {
  const license = entry.license ? classifyLicense(entry.license) : undefined
  if (license?.kind === 'expression') return license.expression
  if (license?.kind !== 'text') return 'NOASSERTION'
  const licenseId = `LicenseRef-chaingate-${crypto.createHash('sha256').update(license.text).digest('hex').slice(0, 16)}`
  extracted.set(licenseId, license.text)
  return licenseId
}

function spdxPackage(entry: SbomEntry, id: string, declared: string, created: string, tool: string): Record<string, unknown> {
  const annotation = [
    `chaingate:scope=${entry.scope}`,
    `chaingate:direct=${entry.direct ?? 'unknown'}`,
    `chaingate:source=${entry.source}`,
    `chaingate:ecosystem=${entry.ecosystem}`,
    ...(entry.declared !== undefined ? [`chaingate:declared=${entry.declared}`] : []),
    ...(entry.markers !== undefined ? [`chaingate:markers=${entry.markers}`] : []),
    ...(entry.sourceUnrecorded ? ['chaingate:source-package=unrecorded'] : [])
  ].join('\n')
  return {
    SPDXID: id,
    name: entry.name,
    ...(entry.version !== null ? { versionInfo: entry.version } : {}),
    downloadLocation: downloadLocation(entry),
    filesAnalyzed: false,
    ...(entry.hashes.length > 0 ? { checksums: entry.hashes.map((hash) => ({ algorithm: SPDX_ALGORITHMS[hash.algorithm]!, checksumValue: hash.hex })) } : {}),
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: declared,
    copyrightText: 'NOASSERTION',
    externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: entry.purl }],
    sourceInfo: `read by chaingate from ${entry.locations.map(formatLocation).join(', ')}`,
    primaryPackagePurpose: 'LIBRARY',
    annotations: [{ annotationDate: created, annotationType: 'OTHER', annotator: tool, comment: annotation }]
  }
}

/**
 * SPDX's download location: the git URL (`git+…`), an http(s) archive URL, or NOASSERTION. Only a location of
 * the form the specification gives (`<vcs>+<transport>://<host.domain>/…`, §7.7) is written: the official
 * validator (spdx-tools) rejects others, such as `git+file:///…` or a host without a domain, which are
 * then NOASSERTION (the package's annotation still says where it comes from).
 */
function downloadLocation(entry: SbomEntry): string {
  const resolved = entry.resolved
  if (!resolved || !URL.canParse(resolved)) return 'NOASSERTION'
  let location: string | undefined
  if (entry.source === 'git') location = /^git\+|^git:/.test(resolved) ? resolved : `git+${resolved}`
  else if ((entry.source === 'registry' || entry.source === 'url') && /^https?:\/\//.test(resolved)) location = resolved
  return conforming(location)
}

function conforming(location: string | undefined): string {
  return location !== undefined && SPDX_DOWNLOAD_LOCATION.test(location) ? location : 'NOASSERTION'
}

/** §7.7's download location: an optional VCS tool, a network transport, a host with a domain, a path. */
const SPDX_DOWNLOAD_LOCATION =
  /^((git|hg|svn|bzr)\+)?(https?|ssh|git|svn|sftp|ftp):\/\/([\w\-.!~*'()%;:&=+$,]+@)?[a-z0-9]+([-.][a-z0-9]+)*\.[a-z]{2,5}(:\d{1,5})?([/?#].*)?$/i

/** `SPDXRef-Package-<ecosystem>-<name>-<version>-<8 hex of the purl>`: readable, unique, stable. */
function packageIds(entries: SbomEntry[]): string[] {
  const taken = new Set<string>()
  const ids = entries.map((entry) => {
    const digest = crypto.createHash('sha256').update(entry.purl).digest('hex')
    const readable = slug(`${entry.ecosystem}-${entry.name}${entry.version !== null ? `-${entry.version}` : ''}`).slice(0, 120)
    let length = 8
    while (taken.has(['SPDXRef-Package', readable, digest.slice(0, length)].join('-'))) length += 8
    const id = ['SPDXRef-Package', readable, digest.slice(0, length)].join('-')
    taken.add(id)
    return id
  })
  taken.clear()
  return ids
}

/** Letters, digits, `.` and `-` only (SPDX identifiers' alphabet). */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'
}
