/**
 * OSV's names for Ubuntu releases (ossf/osv-schema `ecosystems.json`, as the Ubuntu security notices are
 * exported to OSV): `Ubuntu:22.04:LTS` for a long-term-support release, `Ubuntu:24.10` for an interim one, and
 * `Ubuntu:Pro:16.04:LTS` for the packages Ubuntu Pro's Expanded Security Maintenance publishes (their versions
 * carry `+esm`). Matching asks OSV under exactly these names: `Ubuntu:22.04` alone names no record.
 *
 * Source of the LTS list: Debian's distro-info-data 0.58+deb12u6, `/usr/share/distro-info/ubuntu.csv`, the
 * rows whose version ends in ` LTS` (reviewed 2026-12; its last row is 26.04 LTS). A release after the last
 * row is named by Ubuntu's release cycle (https://ubuntu.com/about/release-cycle: an LTS every two years, in
 * April of even years) unless its os-release `PRETTY_NAME` says.
 */
export const UBUNTU_LTS_RELEASES: readonly string[] = ['6.06', '8.04', '10.04', '12.04', '14.04', '16.04', '18.04', '20.04', '22.04', '24.04', '26.04']

/** The last release distro-info-data lists (26.04, LTS; 25.10 the last interim one). */
const LAST_LISTED = [26, 4] as const

function isLts(release: string, prettyName: string | undefined): boolean {
  if (UBUNTU_LTS_RELEASES.includes(release)) return true
  const [year, month] = release.split('.').map(Number) as [number, number]
  const listed = year < LAST_LISTED[0] || (year === LAST_LISTED[0] && month <= LAST_LISTED[1])
  if (listed) return false
  if (prettyName !== undefined) return /\bLTS\b/.test(prettyName)
  return year % 2 === 0 && month === 4
}

/**
 * The OSV ecosystem of a package of an Ubuntu release (`22.04`, `22.04.4` or `ubuntu-22.04`'s release part);
 * `Ubuntu` alone when the release cannot be told. `version`: the package's version (`+esm` → Ubuntu Pro).
 */
export function ubuntuEcosystem(release: string | undefined, options: { prettyName?: string; version?: string } = {}): string {
  const match = /^(\d{1,2})\.(\d{2})(?:\.\d+)*$/.exec(release ?? '')
  if (!match) return 'Ubuntu'
  const normalized = `${Number(match[1])}.${match[2]}`
  if (!isLts(normalized, options.prettyName)) return `Ubuntu:${normalized}`
  return /\+esm/.test(options.version ?? '') ? `Ubuntu:Pro:${normalized}:LTS` : `Ubuntu:${normalized}:LTS`
}
