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

/** OSV ecosystem per purl type: the reverse of PURL_TYPE, for reading SBOMs. */
const ECOSYSTEM_OF_TYPE: Record<string, Ecosystem> = Object.fromEntries(Object.entries(PURL_TYPE).map(([ecosystem, type]) => [type, ecosystem]))

/** purl types of distributions, whose OSV ecosystem is named after the distro (namespace) with its release. */
const DISTRO_ECOSYSTEMS: Record<string, string> = { debian: 'Debian', ubuntu: 'Ubuntu', alpine: 'Alpine', wolfi: 'Wolfi', chainguard: 'Chainguard', alma: 'AlmaLinux', almalinux: 'AlmaLinux', rocky: 'Rocky Linux', redhat: 'Red Hat', opensuse: 'openSUSE', suse: 'SUSE', mageia: 'Mageia' }

const DISTRO_TYPES = new Set(['deb', 'apk', 'rpm', 'alpm'])

/** Other purl types OSV has an ecosystem for. */
const OTHER_ECOSYSTEMS: Record<string, string> = { githubactions: 'GitHub Actions', swift: 'SwiftURL', cran: 'CRAN', hackage: 'Hackage', conan: 'ConanCenter', bitnami: 'Bitnami' }

/**
 * The OSV ecosystem of a purl type, or undefined when OSV has none. Distribution packages (`deb`, `apk`,
 * `rpm`) are named after their namespace, with the release from the `distro` qualifier when it has one
 * (`pkg:deb/debian/curl?distro=debian-12` → `Debian:12`, `pkg:apk/alpine/musl?distro=alpine-3.20.1` → `Alpine:v3.20`).
 */
export function ecosystemForPurl(type: string, namespace?: string, qualifiers?: Record<string, string>): Ecosystem | undefined {
  const known = ECOSYSTEM_OF_TYPE[type] ?? OTHER_ECOSYSTEMS[type]
  if (known) return known
  if ((type === 'deb' || type === 'apk' || type === 'rpm') && namespace) {
    const distro = DISTRO_ECOSYSTEMS[namespace.toLowerCase()]
    if (!distro) return undefined
    const release = /-(\d+(?:\.\d+)*)$/.exec(qualifiers?.distro ?? '')?.[1]
    if (!release) return distro
    if (distro === 'Alpine') return `Alpine:v${release.split('.').slice(0, 2).join('.')}`
    if (distro === 'Debian') return `Debian:${release.split('.')[0]}`
    return `${distro}:${release}`
  }
  return undefined
}

export interface ParsedPurl {
  type: string
  /** The OSV ecosystem, or undefined when the purl type has none. */
  ecosystem: Ecosystem | undefined
  /** The name as the ecosystem spells it (the inverse of purlFor's split). */
  name: string
  version: string | null
  qualifiers: Record<string, string>
}

/** Parses a purl (packageurl-js) back into ecosystem, name and version; throws on a malformed purl. */
export function parsePurl(text: string): ParsedPurl {
  const purl = PackageURL.fromString(text)
  const namespace = purl.namespace ?? undefined
  const qualifiers = (purl.qualifiers ?? {}) as Record<string, string>
  let name = purl.name
  if (purl.type === 'maven') name = namespace ? `${namespace}:${purl.name}` : purl.name
  else if (purl.type === 'github' || purl.type === 'githubactions') name = [namespace, purl.name, purl.subpath].filter(Boolean).join('/')
  // A distribution package's namespace is the distro (part of the ecosystem), not of the name.
  else if (DISTRO_TYPES.has(purl.type)) name = purl.name
  else if (namespace) name = `${namespace}/${purl.name}`
  return { type: purl.type, ecosystem: ecosystemForPurl(purl.type, namespace, qualifiers), name, version: purl.version ?? null, qualifiers }
}
