/**
 * What an SBOM holds, read independently of chaingate's reader (a plain walk of the JSON), for the SBOM interop
 * tests to compare chaingate's reading with: the package components (CycloneDX, nested ones included; SPDX
 * packages other than what the document describes) as their purl, or `name@version` when they have none, and
 * the dependency pairs between them.
 */
import { cpSync, mkdirSync } from 'node:fs'
import path from 'node:path'

type Json = Record<string, unknown>

export interface DocumentPackages {
  /** purl, or `name@version` for a package without one. */
  keys: Set<string>
  /** The packages without a purl, as `name@version`. */
  withoutPurl: string[]
  /** Dependency pairs between two packages (by key), the described project and non-packages left out. */
  edges: Set<string>
  /** How many package components or packages the document lists (duplicates counted). */
  count: number
  /**
   * Trivy's targets, by name: the lockfiles and the operating system it read, listed as components or
   * packages without a purl (`aquasecurity:trivy:Class` property, `Class: …` annotation), not in `keys`.
   */
  targets: string[]
}

const PACKAGE_TYPES = new Set(['library', 'framework', 'application'])

export function documentPackages(text: string): DocumentPackages {
  let document = JSON.parse(text) as Json
  if (document.sbom && !document.spdxVersion) document = document.sbom as Json
  const keys = new Set<string>()
  const withoutPurl: string[] = []
  const edges = new Set<string>()
  const keyOf = new Map<string, string>()
  const targets: string[] = []
  let count = 0
  const add = (id: string | undefined, purl: string | undefined, name: string, version: string | undefined): void => {
    const key = purl ?? `${name}@${version}`
    count++
    keys.add(key)
    if (!purl) withoutPurl.push(key)
    if (id !== undefined && !keyOf.has(id)) keyOf.set(id, key)
  }
  if (document.bomFormat === 'CycloneDX') {
    const root = ((document.metadata as Json | undefined)?.component as Json | undefined)?.['bom-ref']
    const walk = (components: unknown): void => {
      for (const component of (components as Json[] | undefined) ?? []) {
        walk(component.components)
        const properties = (component.properties as Json[] | undefined) ?? []
        if (!component.purl && properties.some((property) => property.name === 'aquasecurity:trivy:Class')) {
          targets.push(component.name as string)
          continue
        }
        if (!PACKAGE_TYPES.has((component.type as string | undefined) ?? 'library') || component['bom-ref'] === root) continue
        // A component without a name is named by its bom-ref.
        const name = (component.name as string | undefined) || (component['bom-ref'] as string)
        add(component['bom-ref'] as string | undefined, component.purl as string | undefined, name, component.version as string | undefined)
      }
    }
    walk(document.components)
    for (const dependency of (document.dependencies as Json[] | undefined) ?? []) {
      const from = keyOf.get(dependency.ref as string)
      for (const target of (dependency.dependsOn as string[] | undefined) ?? []) {
        const to = keyOf.get(target)
        if (from && to && from !== to) edges.add(`${from} -> ${to}`)
      }
    }
  } else {
    const described = new Set((document.documentDescribes as string[] | undefined) ?? [])
    const relationships = (document.relationships as Json[] | undefined) ?? []
    for (const relationship of relationships)
      if (relationship.relationshipType === 'DESCRIBES' && relationship.spdxElementId === 'SPDXRef-DOCUMENT')
        described.add(relationship.relatedSpdxElement as string)
    for (const item of (document.packages as Json[] | undefined) ?? []) {
      if (described.has(item.SPDXID as string)) continue
      const purl = ((item.externalRefs as Json[] | undefined) ?? []).find((reference) => reference.referenceType === 'purl')?.referenceLocator as
        string | undefined
      const annotations = (item.annotations as Json[] | undefined) ?? []
      if (!purl && annotations.some((annotation) => /^Class: /.test(annotation.comment as string))) {
        targets.push(item.name as string)
        continue
      }
      add(item.SPDXID as string, purl, (item.name as string | undefined) || (item.SPDXID as string), item.versionInfo as string | undefined)
    }
    for (const relationship of relationships) {
      const type = relationship.relationshipType as string
      const [dependent, dependency] =
        type === 'DEPENDS_ON'
          ? [relationship.spdxElementId, relationship.relatedSpdxElement]
          : /DEPENDENCY_OF$/.test(type)
            ? [relationship.relatedSpdxElement, relationship.spdxElementId]
            : []
      const from = keyOf.get(dependent as string)
      const to = keyOf.get(dependency as string)
      if (from && to && from !== to) edges.add(`${from} -> ${to}`)
    }
  }
  return { keys, withoutPurl, edges, count, targets }
}

/**
 * A small polyglot project from the inventory fixtures (lockfiles the real package managers made, see their
 * READMEs): npm v3 with workspaces, uv, Cargo, Go, requirements, Bundler, Composer. Returns its directory.
 */
export function copyPolyglotProject(root: string, into: string): string {
  const fixtures = path.join(root, 'test', 'fixtures', 'inventory')
  const parts: [string, string][] = [
    ['npm/v3', 'web'],
    ['uv-lock', 'py'],
    ['cargo-lock', 'rs'],
    ['go-mod', 'go'],
    ['requirements', 'req'],
    ['gemfile-lock', 'rb'],
    ['composer-lock', 'php']
  ]
  mkdirSync(into, { recursive: true })
  for (const [from, to] of parts) cpSync(path.join(fixtures, from), path.join(into, to), { recursive: true })
  return into
}
