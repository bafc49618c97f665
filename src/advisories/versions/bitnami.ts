/**
 * Bitnami package versions (OSV ecosystem `Bitnami`, records of bitnami/vulndb): SemVer, except that what
 * follows the hyphen is a revision of the same release (`14.4.2-2`, `14.4.2-r2`), newer than the release
 * without one — not a pre-release, which would be older. Revisions compare as SemVer pre-release identifiers.
 * Build metadata is ignored. (Bitnami's own comparator: bitnami/go-version's `Version.Compare`.) Bitnami's
 * records write their ranges as `SEMVER`; they are compared in this order, since the versions they are
 * compared with carry Bitnami revisions.
 */
import { SemVer } from 'semver'
import { UnparseableVersion, type VersionScheme } from './types.js'

function parse(version: string): SemVer {
  // The semver library also takes a leading `v` or `=` and surrounding spaces; Bitnami's grammar does not.
  if (!/^\d/.test(version) || version.trim() !== version) throw new UnparseableVersion(version, 'Bitnami')
  try {
    return new SemVer(version)
  } catch {
    throw new UnparseableVersion(version, 'Bitnami')
  }
}

export const bitnami: VersionScheme = {
  name: 'Bitnami',
  compare(a, b) {
    const x = parse(a)
    const y = parse(b)
    const main = x.compareMain(y)
    if (main !== 0) return main
    const revisionA = x.prerelease.length > 0
    const revisionB = y.prerelease.length > 0
    if (revisionA !== revisionB) return revisionA ? 1 : -1
    return x.comparePre(y)
  }
}
