/**
 * GitHub's SBOM export of the repository (`GET /repos/{owner}/{repo}/dependency-graph/sbom`): one request
 * for the whole default branch, SPDX 2.3 JSON. Kept here as purl → license, the only thing chaingate takes
 * from it (licenses the checkout does not carry). `Contents: read` (public repositories: any token).
 * GitHub answers `NOASSERTION`, `OTHER` or nothing for many packages: those stay unknown, and GHES exports
 * carry no licenses at all.
 */
import { defineFact, known, noTarget, unknownFact } from '../../model/fact.js'
import { apiFact } from '../api-fact.js'

export interface GitHubSbomLicenses {
  /** purlKey → license text as GitHub gives it (declared, else concluded), only where it is not `NOASSERTION`/`OTHER`/empty. */
  licenses: Record<string, string>
  /** Packages in the export (with or without a license). */
  packages: number
}

interface ExportPackage {
  licenseConcluded?: unknown
  licenseDeclared?: unknown
  externalRefs?: unknown
}

const UNKNOWN_VALUES = new Set(['', 'NOASSERTION', 'OTHER', 'NONE'])

const usable = (value: unknown): string | undefined => (typeof value === 'string' && !UNKNOWN_VALUES.has(value.trim().toUpperCase()) ? value.trim() : undefined)

/** purl key → license of an export body; throws on a body that is not the documented shape. */
export function licensesFromExport(body: unknown, purlKey: (purl: string) => string | undefined): GitHubSbomLicenses {
  const sbom = (body as { sbom?: unknown } | null)?.sbom
  const packages = (sbom as { packages?: unknown } | undefined)?.packages
  if (typeof sbom !== 'object' || sbom === null || !Array.isArray(packages)) throw new Error('the response is not an SBOM export (no sbom.packages list)')
  const licenses: Record<string, string> = {}
  for (const entry of packages as ExportPackage[]) {
    if (typeof entry !== 'object' || entry === null) throw new Error('the response is not an SBOM export (a package is not an object)')
    const license = usable(entry.licenseDeclared) ?? usable(entry.licenseConcluded)
    if (!license || !Array.isArray(entry.externalRefs)) continue
    for (const ref of entry.externalRefs as Array<Record<string, unknown>>) {
      if (ref?.referenceType !== 'purl' || typeof ref.referenceLocator !== 'string') continue
      const key = purlKey(ref.referenceLocator)
      if (key) licenses[key] = license
    }
  }
  return { licenses, packages: packages.length }
}

export const githubSbomFact = defineFact<GitHubSbomLicenses>('github.dependency-graph-sbom', async (ctx) => {
  if (!ctx.target) return noTarget()
  const { owner, repo } = ctx.target
  const what = `GitHub's SBOM export of ${owner}/${repo}`
  const body = await apiFact(ctx.github, async (client) => (await client.octokit.rest.dependencyGraph.exportSbom({ owner, repo })).data as unknown, {
    what,
    permission: 'Contents: read'
  })
  if (!body.known) return body
  const { purlKey } = await import('../../inventory/licenses/purl-key.js')
  try {
    return known(licensesFromExport(body.value, purlKey))
  } catch (error) {
    return unknownFact('api-error', `could not read ${what}: ${(error as Error).message}`)
  }
})
