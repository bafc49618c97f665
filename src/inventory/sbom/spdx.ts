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
import { buildGraph, classifyLicense, compareStrings, contentUuid, CONTENT_ID_PLACEHOLDER, formatLocation, isoSeconds, repositoryUrl, subjectPurl, type SbomEntry, type SbomOptions } from './entries.js'

export const SPDX_VERSION = 'SPDX-2.3'
/** Where chaingate's document namespaces live (a URI that names the tool; it is not fetched). */
export const SPDX_NAMESPACE_BASE = 'https://github.com/chaingate/chaingate/spdx'

const SPDX_ALGORITHMS: Record<string, string> = { 'SHA-1': 'SHA1', 'SHA-256': 'SHA256', 'SHA-384': 'SHA384', 'SHA-512': 'SHA512', MD5: 'MD5' }

interface SpdxRelationship {
  spdxElementId: string
  relationshipType: string
  relatedSpdxElement: string
}

/** The SPDX 2.3 JSON document (with a final newline) for an inventory. */
export function writeSpdx(inventory: Inventory, options: SbomOptions): string {
  const graph = buildGraph(inventory)
  const created = isoSeconds(options.timestamp ?? new Date(0))
  const tool = `Tool: ${options.tool.name}-${options.tool.version}`
  const ids = packageIds(graph.entries)
  const extracted = new Map<string, string>()
  const { subject } = options
  const rootId = 'SPDXRef-Project'
  const url = repositoryUrl(subject)
  const rootPurl = subjectPurl(subject)
  const root = {
    SPDXID: rootId,
    name: subject.name,
    ...(subject.commit ? { versionInfo: subject.commit } : {}),
    downloadLocation: url ? `git+${url}${subject.commit ? `@${subject.commit}` : ''}` : 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: 'NOASSERTION',
    copyrightText: 'NOASSERTION',
    ...(rootPurl ? { externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: rootPurl }] } : {}),
    primaryPackagePurpose: 'SOURCE',
    ...(subject.ref ? { comment: `ref: ${subject.ref}` } : {})
  }
  const packages = graph.entries.map((entry) => spdxPackage(entry, ids.get(entry.purl)!, created, tool, extracted))

  const relationships: SpdxRelationship[] = [{ spdxElementId: 'SPDXRef-DOCUMENT', relationshipType: 'DESCRIBES', relatedSpdxElement: rootId }]
  const scopeOf = new Map(graph.entries.map((entry) => [entry.purl, entry.scope]))
  const relate = (from: string, toPurl: string): void => {
    const to = ids.get(toPurl)!
    const scope = scopeOf.get(toPurl)
    if (scope === 'dev') relationships.push({ spdxElementId: to, relationshipType: 'DEV_DEPENDENCY_OF', relatedSpdxElement: from })
    else if (scope === 'optional') relationships.push({ spdxElementId: to, relationshipType: 'OPTIONAL_DEPENDENCY_OF', relatedSpdxElement: from })
    else relationships.push({ spdxElementId: from, relationshipType: 'DEPENDS_ON', relatedSpdxElement: to })
  }
  for (const purl of graph.rootDependsOn) relate(rootId, purl)
  for (const entry of graph.entries) for (const purl of entry.dependsOn) relate(ids.get(entry.purl)!, purl)
  relationships.sort((a, b) => compareStrings(a.spdxElementId, b.spdxElementId) || compareStrings(a.relationshipType, b.relationshipType) || compareStrings(a.relatedSpdxElement, b.relatedSpdxElement))

  const inventoryComment = [
    ...inventory.files.map((file) => `read ${file.path} (${file.format}): ${file.packages} package${file.packages === 1 ? '' : 's'}`),
    ...inventory.problems.map((problem) => `could not read ${problem.path}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`)
  ].join('\n')
  const document: Record<string, unknown> = {
    spdxVersion: SPDX_VERSION,
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: subject.commit ? `${subject.name}@${subject.commit}` : subject.name,
    documentNamespace: '',
    creationInfo: { created, creators: [tool], ...(inventoryComment ? { comment: inventoryComment } : {}) },
    packages: [root, ...packages],
    relationships,
    ...(extracted.size > 0
      ? { hasExtractedLicensingInfos: [...extracted].sort(([a], [b]) => compareStrings(a, b)).map(([licenseId, text]) => ({ licenseId, extractedText: text, name: text.length <= 200 ? text : `${text.slice(0, 197)}...` })) }
      : {})
  }
  // The namespace is unique per content: the UUID of the document written with a placeholder in its place.
  document.documentNamespace = CONTENT_ID_PLACEHOLDER
  const text = `${JSON.stringify(document, null, 2)}\n`
  return text.replace(CONTENT_ID_PLACEHOLDER, `${SPDX_NAMESPACE_BASE}/${slug(subject.name)}-${contentUuid(text)}`)
}

function spdxPackage(entry: SbomEntry, id: string, created: string, tool: string, extracted: Map<string, string>): Record<string, unknown> {
  const license = entry.license ? classifyLicense(entry.license) : undefined
  let declared = 'NOASSERTION'
  if (license?.kind === 'expression') declared = license.expression
  else if (license?.kind === 'text') {
    const licenseId = `LicenseRef-chaingate-${crypto.createHash('sha256').update(license.text).digest('hex').slice(0, 16)}`
    extracted.set(licenseId, license.text)
    declared = licenseId
  }
  const annotation = [`chaingate:scope=${entry.scope}`, `chaingate:direct=${entry.direct ?? 'unknown'}`, `chaingate:source=${entry.source}`, `chaingate:ecosystem=${entry.ecosystem}`, ...(entry.declared !== undefined ? [`chaingate:declared=${entry.declared}`] : [])].join('\n')
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

/** SPDX's download location: the git URL (`git+…`), an http(s) archive URL, or NOASSERTION. */
function downloadLocation(entry: SbomEntry): string {
  const resolved = entry.resolved
  if (!resolved || !URL.canParse(resolved)) return 'NOASSERTION'
  if (entry.source === 'git') return /^git\+|^git:/.test(resolved) ? resolved : `git+${resolved}`
  if ((entry.source === 'registry' || entry.source === 'url') && /^https?:\/\//.test(resolved)) return resolved
  return 'NOASSERTION'
}

/** `SPDXRef-Package-<ecosystem>-<name>-<version>-<8 hex of the purl>`: readable, unique, stable. */
function packageIds(entries: SbomEntry[]): Map<string, string> {
  const ids = new Map<string, string>()
  const taken = new Set<string>()
  for (const entry of entries) {
    const digest = crypto.createHash('sha256').update(entry.purl).digest('hex')
    const readable = slug(`${entry.ecosystem}-${entry.name}${entry.version !== null ? `-${entry.version}` : ''}`).slice(0, 120)
    let length = 8
    while (taken.has(`SPDXRef-Package-${readable}-${digest.slice(0, length)}`)) length += 8
    const id = `SPDXRef-Package-${readable}-${digest.slice(0, length)}`
    taken.add(id)
    ids.set(entry.purl, id)
  }
  return ids
}

/** Letters, digits, `.` and `-` only (SPDX identifiers' alphabet). */
function slug(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'
}
