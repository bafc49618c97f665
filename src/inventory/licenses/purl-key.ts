/**
 * A comparison key for package URLs from different producers (our readers, GitHub's SBOM export, an SBOM
 * someone else made): type, namespace, name and version, without qualifiers or subpath, with the
 * case-insensitive parts lower-cased and PyPI names PEP 503-normalised, percent-encoding decoded.
 */
import { PackageURL } from 'packageurl-js'

const CASE_INSENSITIVE = new Set(['npm', 'pypi', 'github', 'gem', 'composer', 'nuget', 'cargo'])

export function purlKey(purl: string): string | undefined {
  let parsed: PackageURL
  try {
    parsed = PackageURL.fromString(purl)
  } catch {
    return undefined
  }
  const type = parsed.type.toLowerCase()
  let namespace = parsed.namespace ?? ''
  let name = parsed.name
  if (type === 'pypi') name = name.replace(/[-_.]+/g, '-')
  if (CASE_INSENSITIVE.has(type)) {
    namespace = namespace.toLowerCase()
    name = name.toLowerCase()
  }
  return `${type}/${namespace}/${name}@${parsed.version ?? ''}`
}
