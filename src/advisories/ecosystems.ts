/**
 * Ecosystem names as data: OSV's (ossf/osv-schema `ecosystems.json`, which the inventory uses) and
 * GitHub's advisory database names for the ones GitHub covers. One table, read both ways.
 */

/** OSV ecosystems (osv-schema `ecosystems.json`). Distro ecosystems also take a `:release` suffix. */
export const OSV_ECOSYSTEMS: readonly string[] = [
  'AlmaLinux',
  'Alpaquita',
  'Alpine',
  'Android',
  'Azure Linux',
  'BellSoft Hardened Containers',
  'Bioconductor',
  'Bitnami',
  'Chainguard',
  'CleanStart',
  'ConanCenter',
  'CRAN',
  'crates.io',
  'Debian',
  'Docker Hardened Images',
  'Echo',
  'FreeBSD',
  'GHC',
  'GitHub Actions',
  'Go',
  'Hackage',
  'Hex',
  'Julia',
  'Kubernetes',
  'Linux',
  'Mageia',
  'Maven',
  'MinimOS',
  'npm',
  'NuGet',
  'opam',
  'openEuler',
  'openSUSE',
  'OSS-Fuzz',
  'Packagist',
  'Photon OS',
  'Pub',
  'PyPI',
  'Red Hat',
  'Rocky Linux',
  'Root',
  'RubyGems',
  'SUSE',
  'SwiftURL',
  'TuxCare',
  'Ubuntu',
  'VSCode',
  'Wolfi'
]

/** OSV name → GitHub advisory database name (`security-advisory-ecosystems` in GitHub's OpenAPI description). */
export const GITHUB_ECOSYSTEM_OF: Readonly<Record<string, string>> = {
  npm: 'npm',
  PyPI: 'pip',
  Maven: 'maven',
  NuGet: 'nuget',
  Packagist: 'composer',
  Go: 'go',
  'crates.io': 'rust',
  Hex: 'erlang',
  RubyGems: 'rubygems',
  Pub: 'pub',
  SwiftURL: 'swift',
  'GitHub Actions': 'actions'
}

/** The OSV ecosystem without its release suffix (`Debian:12` → `Debian`). */
export function baseEcosystem(ecosystem: string): string {
  const colon = ecosystem.indexOf(':')
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon)
}

/**
 * Distributions whose OSV ecosystem string may leave the release out (ossf/osv-schema, ecosystem table: "might
 * optionally have a `:<RELEASE>` suffix"): a record on plain `Debian` applies to every Debian release. Alpine,
 * Ubuntu and the others must carry their release.
 */
const RELEASE_OPTIONAL = new Set(['AlmaLinux', 'Debian', 'Rocky Linux'])

/**
 * Whether an `affected` entry's ecosystem covers a package's: the same string; the entry's base when the package
 * has no release (`Debian` package, `Debian:12` entry); or an entry with no release where the schema makes the
 * release optional (`Debian` entry, `Debian:12` package).
 */
export function entryEcosystemCovers(entryEcosystem: string, packageEcosystem: string): boolean {
  if (entryEcosystem === packageEcosystem || baseEcosystem(entryEcosystem) === packageEcosystem) return true
  return !entryEcosystem.includes(':') && RELEASE_OPTIONAL.has(entryEcosystem) && baseEcosystem(packageEcosystem) === entryEcosystem
}

export function isOsvEcosystem(ecosystem: string): boolean {
  return OSV_ECOSYSTEMS.includes(baseEcosystem(ecosystem))
}

/**
 * Why packages of an OSV ecosystem name cannot be matched although OSV has the ecosystem, or undefined.
 * Red Hat publishes its OSV records per product stream, the suffix of the CPE of the repository a binary RPM
 * comes from (`Red Hat:enterprise_linux:9::appstream`, `Red Hat:rhel_eus:9.2::baseos`; ossf/osv-schema, "Red
 * Hat" ecosystem): `Red Hat` alone, or with a release only (`Red Hat:9.4`, as a purl's distro qualifier gives),
 * names no record, so asking would wrongly say "not affected".
 */
export function ecosystemGap(ecosystem: string): string | undefined {
  if (baseEcosystem(ecosystem) === 'Red Hat' && !/^Red Hat:[^:]+:[^:]+/.test(ecosystem)) {
    return `Red Hat's OSV advisories are per product stream (e.g. Red Hat:enterprise_linux:9::appstream, the CPE of the repository the package came from); ${ecosystem} names no stream, so no record can be said to apply`
  }
  return undefined
}

/**
 * Why osv.dev's API cannot answer for an ecosystem the OSV schema names, or undefined. osv.dev imports no source
 * for `Photon OS` (google/osv.dev `source.yaml` has none, and `osv/ecosystems/_ecosystems.py` lists it among the
 * ecosystems "without implementations"): its API has no record of any Photon OS package, so an empty answer
 * would wrongly say "not affected". An offline snapshot with a `Photon OS/all.zip` (e.g. built from
 * captn3m0/photon-os-advisories, the OSV source the schema lists) can still be matched.
 */
export function osvApiGap(ecosystem: string): string | undefined {
  if (baseEcosystem(ecosystem) === 'Photon OS')
    return `osv.dev publishes no Photon OS advisories (it imports no Photon OS source), so its API cannot say whether ${ecosystem} packages are affected; use --advisories DIR with a Photon OS/all.zip`
  return undefined
}

/** GitHub's name for an OSV ecosystem, or undefined when GitHub's database does not cover it. */
export function githubEcosystem(ecosystem: string): string | undefined {
  return GITHUB_ECOSYSTEM_OF[ecosystem]
}

/** The OSV name of a GitHub ecosystem name (`pip` → `PyPI`). */
export function osvEcosystemOfGitHub(name: string): string | undefined {
  return Object.entries(GITHUB_ECOSYSTEM_OF).find(([, github]) => github === name)?.[0]
}
