/**
 * Package URLs (github.com/package-url/purl-spec) for inventory packages, built with packageurl-js so
 * names, namespaces and qualifiers are encoded as the specification says.
 */
import { PackageURL } from 'packageurl-js'
import type { Ecosystem } from './model.js'

/** purl type per OSV ecosystem. */
const PURL_TYPE: Record<string, string> = {
  npm: 'npm',
  PyPI: 'pypi',
  Go: 'golang',
  'crates.io': 'cargo',
  RubyGems: 'gem',
  Packagist: 'composer',
  NuGet: 'nuget',
  Maven: 'maven',
  'GitHub Actions': 'github',
  Pub: 'pub',
  Hex: 'hex'
}

export function purlType(ecosystem: Ecosystem): string | undefined {
  return PURL_TYPE[ecosystem]
}

/**
 * The purl of `name@version` in `ecosystem`, or undefined when the ecosystem has no purl type here.
 * Namespaces are split the way each type defines them: npm `@scope/name`, Maven `group:artifact`,
 * Go and Packagist `a/b/c` (last segment is the name), GitHub Actions `owner/repo[/path]`.
 */
export function purlFor(ecosystem: Ecosystem, name: string, version: string | null, qualifiers?: Record<string, string>, subpath?: string): string | undefined {
  const type = purlType(ecosystem)
  if (!type) return undefined
  let namespace: string | undefined
  let base = name
  if (type === 'maven') {
    const colon = name.indexOf(':')
    if (colon > 0) {
      namespace = name.slice(0, colon)
      base = name.slice(colon + 1)
    }
  } else if (type === 'pypi') {
    // PEP 503 normalised, as the purl spec asks for pypi.
    base = name.toLowerCase().replace(/[-_.]+/g, '-')
  } else if (type === 'github') {
    const [owner, repo, ...rest] = name.split('/')
    namespace = owner
    base = repo ?? name
    if (rest.length > 0 && subpath === undefined) subpath = rest.join('/')
  } else if (type === 'npm' || type === 'golang' || type === 'composer') {
    const slash = name.lastIndexOf('/')
    if (slash > 0) {
      namespace = name.slice(0, slash)
      base = name.slice(slash + 1)
    }
  }
  return new PackageURL(type, namespace, base, version ?? undefined, qualifiers, subpath).toString()
}
