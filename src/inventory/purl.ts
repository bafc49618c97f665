/**
 * Package URLs (github.com/package-url/purl-spec) for inventory packages, built with packageurl-js so
 * names, namespaces and qualifiers are encoded as the specification says.
 */
import { PackageURL } from 'packageurl-js'
import { ubuntuEcosystem } from './ubuntu-releases.js'
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

/**
 * Distribution ecosystems (OSV name before the `:release`): purl type and namespace, as the purl spec and
 * syft write them (`pkg:deb/debian/…`, `pkg:apk/alpine/…`, `pkg:rpm/redhat/…`).
 */
const DISTRO_PURL: Record<string, { type: string; namespace: string }> = {
  Debian: { type: 'deb', namespace: 'debian' },
  Ubuntu: { type: 'deb', namespace: 'ubuntu' },
  Alpine: { type: 'apk', namespace: 'alpine' },
  Wolfi: { type: 'apk', namespace: 'wolfi' },
  Chainguard: { type: 'apk', namespace: 'chainguard' },
  'Red Hat': { type: 'rpm', namespace: 'redhat' },
  'Rocky Linux': { type: 'rpm', namespace: 'rocky' },
  AlmaLinux: { type: 'rpm', namespace: 'almalinux' },
  SUSE: { type: 'rpm', namespace: 'suse' },
  openSUSE: { type: 'rpm', namespace: 'opensuse' },
  'Photon OS': { type: 'rpm', namespace: 'photon' },
  Mageia: { type: 'rpm', namespace: 'mageia' },
  openEuler: { type: 'rpm', namespace: 'openeuler' },
  Fedora: { type: 'rpm', namespace: 'fedora' },
  CentOS: { type: 'rpm', namespace: 'centos' },
  'Amazon Linux': { type: 'rpm', namespace: 'amzn' },
  'CBL-Mariner': { type: 'rpm', namespace: 'mariner' },
  'Azure Linux': { type: 'rpm', namespace: 'azurelinux' }
}

/** purl type and namespace of a distribution ecosystem (`Debian:12` → deb/debian), undefined for others. */
export function distroPurl(ecosystem: Ecosystem): { type: string; namespace: string } | undefined {
  return DISTRO_PURL[ecosystem.split(':')[0]!]
}

export function purlType(ecosystem: Ecosystem): string | undefined {
  return PURL_TYPE[ecosystem] ?? distroPurl(ecosystem)?.type
}

/**
 * The purl of `name@version` in `ecosystem`, or undefined when the ecosystem has no purl type here.
 * Namespaces are split the way each type defines them: npm `@scope/name`, Maven `group:artifact`,
 * Go and Packagist `a/b/c` (last segment is the name), GitHub Actions `owner/repo[/path]`. Distribution
 * packages take the distro as namespace and carry their qualifiers (`arch`, `distro`, `upstream`, `epoch`)
 * as given: `pkg:deb/debian/libc6@2.36-9?arch=amd64&distro=debian-12&upstream=glibc`.
 */
export function purlFor(ecosystem: Ecosystem, name: string, version: string | null, qualifiers?: Record<string, string>, subpath?: string): string | undefined {
  const type = purlType(ecosystem)
  if (!type) return undefined
  let namespace: string | undefined = distroPurl(ecosystem)?.namespace
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
const DISTRO_ECOSYSTEMS: Record<string, string> = {
  debian: 'Debian',
  ubuntu: 'Ubuntu',
  alpine: 'Alpine',
  wolfi: 'Wolfi',
  chainguard: 'Chainguard',
  alma: 'AlmaLinux',
  almalinux: 'AlmaLinux',
  rocky: 'Rocky Linux',
  redhat: 'Red Hat',
  opensuse: 'openSUSE',
  suse: 'SUSE',
  mageia: 'Mageia',
  photon: 'Photon OS'
}

const DISTRO_TYPES = new Set(['deb', 'apk', 'rpm', 'alpm'])

/** Other purl types OSV has an ecosystem for. */
const OTHER_ECOSYSTEMS: Record<string, string> = {
  githubactions: 'GitHub Actions',
  swift: 'SwiftURL',
  cran: 'CRAN',
  hackage: 'Hackage',
  conan: 'ConanCenter',
  bitnami: 'Bitnami'
}

/**
 * The OSV ecosystem of a purl type, or undefined when OSV has none. Distribution packages (`deb`, `apk`,
 * `rpm`) are named after their namespace, with the release from the `distro` qualifier when it has one
 * (`pkg:deb/debian/curl?distro=debian-12` → `Debian:12`, `pkg:apk/alpine/musl?distro=alpine-3.20.1` → `Alpine:v3.20`;
 * Ubuntu's as OSV names them, `ubuntu-22.04` → `Ubuntu:22.04:LTS`, a `+esm` `version` → `Ubuntu:Pro:…`).
 */
export function ecosystemForPurl(type: string, namespace?: string, qualifiers?: Record<string, string>, version?: string): Ecosystem | undefined {
  const known = ECOSYSTEM_OF_TYPE[type] ?? OTHER_ECOSYSTEMS[type]
  if (known) return known
  if ((type === 'deb' || type === 'apk' || type === 'rpm') && namespace) {
    const distro = DISTRO_ECOSYSTEMS[namespace.toLowerCase()]
    if (!distro) return undefined
    // `debian-12.4` (Syft, Trivy's deb), or the bare release (Trivy's apk: `distro=3.20.3`).
    const release = /(?:^|-)(\d+(?:\.\d+)*)$/.exec(qualifiers?.distro ?? '')?.[1]
    if (distro === 'Ubuntu') return ubuntuEcosystem(release, version !== undefined ? { version } : {})
    // Red Hat's OSV ecosystems name a product stream (a CPE suffix), which a purl does not carry.
    if (distro === 'Red Hat') return distro
    // Wolfi and Chainguard are rolling: OSV's ecosystems carry no release (`distro=wolfi-20230201` is a date).
    if (distro === 'Wolfi' || distro === 'Chainguard') return distro
    if (!release) return distro
    if (distro === 'Alpine') return `Alpine:v${release.split('.').slice(0, 2).join('.')}`
    // SUSE's records name the product (`openSUSE:Leap 15.6`, `SUSE:Linux Enterprise Server 15 SP6`), which
    // `distro=opensuse-leap-15.6` / `distro=sles-15.6` (syft's form) spell out; another product stays unnamed.
    if (distro === 'openSUSE') {
      if (/^opensuse-tumbleweed\b/.test(qualifiers?.distro ?? '')) return 'openSUSE:Tumbleweed'
      return /^opensuse-leap-\d/.test(qualifiers?.distro ?? '') ? `openSUSE:Leap ${release}` : distro
    }
    if (distro === 'SUSE') {
      const sles = /^sles-(\d+)\.(\d+)$/.exec(qualifiers?.distro ?? '')
      return sles ? `SUSE:Linux Enterprise Server ${sles[1]}${sles[2] !== '0' ? ` SP${sles[2]}` : ''}` : distro
    }
    // Photon's records keep the release as `5.0`.
    if (distro === 'Photon OS') return `Photon OS:${release.includes('.') ? release : `${release}.0`}`
    // OSV names these by major release (`AlmaLinux:9`, `Rocky Linux:9`, `Mageia:9`), as os-release's VERSION_ID does not.
    if (distro === 'Debian' || distro === 'AlmaLinux' || distro === 'Rocky Linux' || distro === 'Mageia') return `${distro}:${release.split('.')[0]}`
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
  return {
    type: purl.type,
    ecosystem: ecosystemForPurl(purl.type, namespace, qualifiers, purl.version ?? undefined),
    name,
    version: purl.version ?? null,
    qualifiers
  }
}
