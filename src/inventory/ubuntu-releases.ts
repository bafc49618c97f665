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

/**
 * Ubuntu's series codenames by release, from the same distro-info-data 0.58+deb12u6 `ubuntu.csv` (its
 * `series` column): Ubuntu's own purls name the release by codename (`distro=jammy`, `distro=esm-infra/xenial`
 * in its OpenVEX documents) where os-release based purls say `ubuntu-22.04`.
 */
const UBUNTU_SERIES: Readonly<Record<string, string>> = {
  warty: '4.10',
  hoary: '5.04',
  breezy: '5.10',
  dapper: '6.06',
  edgy: '6.10',
  feisty: '7.04',
  gutsy: '7.10',
  hardy: '8.04',
  intrepid: '8.10',
  jaunty: '9.04',
  karmic: '9.10',
  lucid: '10.04',
  maverick: '10.10',
  natty: '11.04',
  oneiric: '11.10',
  precise: '12.04',
  quantal: '12.10',
  raring: '13.04',
  saucy: '13.10',
  trusty: '14.04',
  utopic: '14.10',
  vivid: '15.04',
  wily: '15.10',
  xenial: '16.04',
  yakkety: '16.10',
  zesty: '17.04',
  artful: '17.10',
  bionic: '18.04',
  cosmic: '18.10',
  disco: '19.04',
  eoan: '19.10',
  focal: '20.04',
  groovy: '20.10',
  hirsute: '21.04',
  impish: '21.10',
  jammy: '22.04',
  kinetic: '22.10',
  lunar: '23.04',
  mantic: '23.10',
  noble: '24.04',
  oracular: '24.10',
  plucky: '25.04',
  questing: '25.10',
  resolute: '26.04'
}

/**
 * The release a purl's `distro` qualifier names for Ubuntu (`ubuntu-22.04`, `ubuntu-22.04.4`, `jammy`,
 * `esm-apps/jammy` → `22.04`), or undefined when it names none.
 */
export function ubuntuReleaseOfQualifier(value: string): string | undefined {
  const numbered = /^ubuntu-(\d{1,2}\.\d{2})(?:\.\d+)*$/.exec(value)
  if (numbered) return numbered[1]
  const series = value.slice(value.lastIndexOf('/') + 1)
  return Object.hasOwn(UBUNTU_SERIES, series) ? UBUNTU_SERIES[series] : undefined
}
