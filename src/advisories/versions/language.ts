/**
 * The language ecosystems whose order a kept library already implements: SemVer 2 (`semver`: npm,
 * crates.io, Hex, Pub; Go modules with their `v` dropped — pseudo-versions are pre-releases and
 * `+incompatible` is build metadata), PEP 440 (`@renovatebot/pep440`: PyPI) and `Gem::Version`
 * (`@renovatebot/ruby-semver`: RubyGems).
 */
import * as pep440 from '@renovatebot/pep440'
import { create as rubyVersion } from '@renovatebot/ruby-semver/dist/ruby/version.js'
import semverCompare from 'semver/functions/compare.js'
import semverValid from 'semver/functions/valid.js'
import { UnparseableVersion, type VersionScheme } from './types.js'

function checked(version: string, valid: boolean, scheme: string): string {
  if (!valid) throw new UnparseableVersion(version, scheme)
  return version
}

export const semverScheme: VersionScheme = {
  name: 'SemVer',
  compare(a, b) {
    return semverCompare(checked(a, semverValid(a) !== null, 'SemVer'), checked(b, semverValid(b) !== null, 'SemVer'))
  }
}

/**
 * crates.io: SemVer 2, except that OSV range bounds may be written `1` or `0.1` (GitHub's crates.io
 * records: `introduced: "0.1"`); the missing parts are zero, as OSV's own SemVer parsing takes them.
 */
export const cratesScheme: VersionScheme = {
  name: 'SemVer',
  compare(a, b) {
    const parse = (version: string): string => {
      const full = /^\d+(?:\.\d+)?$/.test(version) ? `${version}${'.0'.repeat(2 - (version.match(/\./g)?.length ?? 0))}` : version
      if (semverValid(full) === null) throw new UnparseableVersion(version, 'SemVer')
      return full
    }
    return semverCompare(parse(a), parse(b))
  }
}

/** Go module versions: SemVer with a leading `v` (OSV records drop it; lockfiles keep it). */
export const goScheme: VersionScheme = {
  name: 'Go',
  compare(a, b) {
    const strip = (version: string): string => checked(version, semverValid(version.replace(/^v/, '')) !== null, 'Go module').replace(/^v/, '')
    return semverCompare(strip(a), strip(b))
  }
}

export const pep440Scheme: VersionScheme = {
  name: 'PEP 440',
  compare(a, b) {
    return pep440.compare(checked(a, pep440.valid(a) !== null, 'PEP 440'), checked(b, pep440.valid(b) !== null, 'PEP 440'))
  }
}

export const rubyGemsScheme: VersionScheme = {
  name: 'RubyGems',
  compare(a, b) {
    const parse = (version: string) => {
      try {
        return rubyVersion(version.trim())
      } catch {
        throw new UnparseableVersion(version, 'RubyGems')
      }
    }
    return Math.sign(parse(a).compare(parse(b)))
  }
}
