/**
 * The version order of each OSV ecosystem, for matching advisories offline. An ecosystem without one here
 * cannot be matched offline: callers report `unknown` for its packages, never "not affected".
 */
import { apk } from './apk.js'
import { bitnami } from './bitnami.js'
import { dpkg } from './dpkg.js'
import { cratesScheme, goScheme, pep440Scheme, rubyGemsScheme, semverScheme } from './language.js'
import { maven } from './maven.js'
import { nuget } from './nuget.js'
import { packagist } from './packagist.js'
import { rpm } from './rpm.js'
import type { VersionScheme } from './types.js'

export { UnparseableVersion, type VersionScheme } from './types.js'

const BY_ECOSYSTEM: Record<string, VersionScheme> = {
  npm: semverScheme,
  'crates.io': cratesScheme,
  Hex: semverScheme,
  Pub: semverScheme,
  Go: goScheme,
  PyPI: pep440Scheme,
  RubyGems: rubyGemsScheme,
  Maven: maven,
  NuGet: nuget,
  Packagist: packagist,
  Debian: dpkg,
  Ubuntu: dpkg,
  Alpine: apk,
  Wolfi: apk,
  Chainguard: apk,
  'Red Hat': rpm,
  'Rocky Linux': rpm,
  AlmaLinux: rpm,
  SUSE: rpm,
  openSUSE: rpm,
  'Photon OS': rpm,
  Mageia: rpm,
  openEuler: rpm,
  'Azure Linux': rpm,
  Bitnami: bitnami
}

/**
 * The order of an OSV `SEMVER` range for a package of this ecosystem: SemVer's, except where the ecosystem's
 * records write `SEMVER` for an order of their own (Bitnami's revisions); `fallback` otherwise.
 */
export function semverRangeSchemeFor(ecosystem: string, fallback: VersionScheme): VersionScheme {
  return ecosystem === 'Bitnami' ? bitnami : fallback
}

/** The scheme of an OSV ecosystem name, release suffixes ignored (`Debian:12` → dpkg). */
export function versionSchemeFor(ecosystem: string): VersionScheme | undefined {
  return BY_ECOSYSTEM[ecosystem] ?? BY_ECOSYSTEM[ecosystem.split(':')[0]!]
}
