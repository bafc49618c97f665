/**
 * VEX: statements that a product is not affected by (or was fixed for) a vulnerability. Read from OpenVEX
 * (0.2.0, and the older 0.0.x shapes) and CycloneDX VEX documents, matched to findings by advisory id (any
 * alias) and package URL, the latest statement about a product and vulnerability winning. `not_affected`
 * (with a justification or an impact statement) and `fixed` suppress a finding; `affected` and
 * `under_investigation` do not. Waivers are exported as an OpenVEX document too.
 */
import { PackageURL } from 'packageurl-js'
import { ubuntuReleaseOfQualifier } from '../inventory/ubuntu-releases.js'

export type VexStatus = 'not_affected' | 'affected' | 'fixed' | 'under_investigation'

export interface VexStatement {
  /** The vulnerability's ids: its name and aliases. */
  ids: string[]
  /** Package URLs of the products and subcomponents it speaks of. */
  purls: string[]
  status: VexStatus
  justification?: string
  impact?: string
  timestamp?: string
  /** The document it comes from, and where in it (1-based statement index). */
  source: { path: string; statement: number; format: 'openvex' | 'cyclonedx' }
}

/** A bad VEX document is an error of the user's input: file and what is wrong. */
export class VexError extends Error {}

const STATUSES = new Set<VexStatus>(['not_affected', 'affected', 'fixed', 'under_investigation'])

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)
const asString = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined)

/** Reads a VEX document (OpenVEX or CycloneDX) already parsed from JSON. */
export function readVex(document: unknown, path: string): VexStatement[] {
  if (!isObject(document)) throw new VexError(`${path}: a VEX document is a JSON object`)
  if (typeof document['@context'] === 'string' && document['@context'].startsWith('https://openvex.dev/ns')) return readOpenVex(document, path)
  if (document.bomFormat === 'CycloneDX') return readCycloneDxVex(document, path)
  throw new VexError(`${path}: neither an OpenVEX document (@context https://openvex.dev/ns/…) nor a CycloneDX BOM`)
}

function readOpenVex(document: Json, path: string): VexStatement[] {
  const statements = document.statements
  if (!Array.isArray(statements)) throw new VexError(`${path}: OpenVEX document without a statements list`)
  const documentTime = asString(document.timestamp)
  return statements.map((raw, index) => {
    const where = `${path}: statement ${index + 1}`
    if (!isObject(raw)) throw new VexError(`${where} is not an object`)
    const status = raw.status
    if (typeof status !== 'string' || !STATUSES.has(status as VexStatus)) throw new VexError(`${where}: status must be one of ${[...STATUSES].join(', ')}`)
    const vulnerability = raw.vulnerability
    const ids = isObject(vulnerability)
      ? [asString(vulnerability.name), asString(vulnerability['@id']), ...(Array.isArray(vulnerability.aliases) ? vulnerability.aliases.map(asString) : [])]
      : [asString(vulnerability)]
    const named = ids.filter((id): id is string => id !== undefined)
    if (named.length === 0) throw new VexError(`${where}: no vulnerability name`)
    const purls: string[] = []
    for (const product of Array.isArray(raw.products) ? raw.products : []) {
      const id = isObject(product) ? asString(product['@id']) : asString(product)
      if (id) purls.push(id)
      if (isObject(product) && Array.isArray(product.subcomponents))
        for (const sub of product.subcomponents) if (isObject(sub) && asString(sub['@id'])) purls.push(sub['@id'] as string)
    }
    const justification = asString(raw.justification)
    const impact = asString(raw.impact_statement)
    if (status === 'not_affected' && !justification && !impact) throw new VexError(`${where}: not_affected needs a justification or an impact_statement`)
    const timestamp = asString(raw.timestamp) ?? documentTime
    return {
      ids: [...new Set(named)],
      purls,
      status: status as VexStatus,
      ...(justification ? { justification } : {}),
      ...(impact ? { impact } : {}),
      ...(timestamp ? { timestamp } : {}),
      source: { path, statement: index + 1, format: 'openvex' as const }
    }
  })
}

/** CycloneDX analysis states in VEX terms. */
const CYCLONEDX_STATE: Record<string, VexStatus> = {
  not_affected: 'not_affected',
  false_positive: 'not_affected',
  resolved: 'fixed',
  resolved_with_pedigree: 'fixed',
  exploitable: 'affected',
  in_triage: 'under_investigation'
}

function readCycloneDxVex(document: Json, path: string): VexStatement[] {
  const refs = new Map<string, string>()
  const collect = (components: unknown): void => {
    for (const component of Array.isArray(components) ? components : []) {
      if (!isObject(component)) continue
      const purl = asString(component.purl)
      const ref = asString(component['bom-ref'])
      if (purl && ref) refs.set(ref, purl)
      collect(component.components)
    }
  }
  collect(document.components)
  if (isObject(document.metadata) && isObject(document.metadata.component)) collect([document.metadata.component])
  const vulnerabilities = Array.isArray(document.vulnerabilities) ? document.vulnerabilities : []
  const statements: VexStatement[] = []
  vulnerabilities.forEach((raw, index) => {
    if (!isObject(raw) || !isObject(raw.analysis)) return
    const state = asString(raw.analysis.state)
    const status = state ? CYCLONEDX_STATE[state] : undefined
    if (!status) return
    const ids = [
      asString(raw.id),
      ...(Array.isArray(raw.references) ? raw.references.map((reference) => (isObject(reference) ? asString(reference.id) : undefined)) : [])
    ].filter((id): id is string => id !== undefined)
    const purls = (Array.isArray(raw.affects) ? raw.affects : [])
      .map((affect) => (isObject(affect) ? asString(affect.ref) : undefined))
      .filter((ref): ref is string => ref !== undefined)
      .map((ref) => refs.get(ref) ?? ref)
    const justification = asString(raw.analysis.justification)
    const detail = asString(raw.analysis.detail)
    const timestamp = asString(raw.analysis.lastUpdated) ?? asString(raw.updated) ?? asString(raw.published)
    statements.push({
      ids,
      purls,
      status,
      ...(justification ? { justification } : {}),
      ...(detail ? { impact: detail } : {}),
      ...(timestamp ? { timestamp } : {}),
      source: { path, statement: index + 1, format: 'cyclonedx' }
    })
  })
  return statements
}

/**
 * Whether a statement's product purl names this package: type, namespace and name must be equal, the
 * version too when the statement gives one; qualifiers count only when the statement gives them.
 */
export function purlMatches(statementPurl: string, packagePurl: string): boolean {
  let wanted: PackageURL
  let actual: PackageURL
  try {
    wanted = PackageURL.fromString(statementPurl)
    actual = PackageURL.fromString(packagePurl)
  } catch {
    return false
  }
  if (wanted.type !== actual.type || (wanted.namespace ?? '') !== (actual.namespace ?? '') || wanted.name !== actual.name) return false
  if (wanted.version && wanted.version !== actual.version) return false
  for (const [key, value] of Object.entries(wanted.qualifiers ?? {})) {
    const found = actual.qualifiers?.[key]
    if (found === value) continue
    // Ubuntu's own VEX names the release by codename (`distro=jammy`, `esm-infra/xenial`), an image's purl by number.
    if (key === 'distro' && found !== undefined && wanted.namespace === 'ubuntu' && sameUbuntuRelease(value, found)) continue
    return false
  }
  return true
}

function sameUbuntuRelease(a: string, b: string): boolean {
  const release = ubuntuReleaseOfQualifier(a)
  return release !== undefined && release === ubuntuReleaseOfQualifier(b)
}

/**
 * The statement that decides a finding (advisory ids + package purl): the latest of those naming one of
 * the ids and matching the purl; undefined when none does. A later statement overrides an earlier one.
 */
export function decidingStatement(statements: VexStatement[], ids: string[], purl: string | undefined): VexStatement | undefined {
  if (!purl) return undefined
  const wanted = new Set(ids)
  let best: VexStatement | undefined
  for (const statement of statements) {
    if (!statement.ids.some((id) => wanted.has(id))) continue
    if (!statement.purls.some((candidate) => purlMatches(candidate, purl))) continue
    if (!best || (statement.timestamp ?? '') >= (best.timestamp ?? '')) best = statement
  }
  return best
}

/** Whether the deciding statement suppresses the finding. */
export function suppresses(statement: VexStatement | undefined): boolean {
  return statement?.status === 'not_affected' || statement?.status === 'fixed'
}

export interface VexExportEntry {
  ids: string[]
  purl: string
  reason: string
  justification?: string
}

/**
 * An OpenVEX 0.2.0 document of the waivers in force: each a `not_affected` statement whose impact statement
 * (or, beside a justification, status notes) is the waiver's reason. Deterministic: the id and timestamp come
 * from the caller. OpenVEX requires at least one statement: callers write no document for no waivers.
 */
export function openVexDocument(entries: VexExportEntry[], options: { id: string; author: string; timestamp: string }): Record<string, unknown> {
  return {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    '@id': options.id,
    author: options.author,
    timestamp: options.timestamp,
    version: 1,
    statements: entries.map((entry) => ({
      vulnerability: { name: entry.ids[0], ...(entry.ids.length > 1 ? { aliases: entry.ids.slice(1) } : {}) },
      products: [{ '@id': entry.purl }],
      status: 'not_affected',
      // OpenVEX takes a justification or an impact statement, not both: the reason goes in the notes then.
      ...(entry.justification ? { justification: entry.justification, status_notes: entry.reason } : { impact_statement: entry.reason })
    }))
  }
}
