/**
 * The distribution from `os-release` (freedesktop.org os-release(5): `KEY=value` lines, values optionally
 * quoted with shell escapes), and its OSV ecosystem name (ossf/osv-schema `ecosystems.json`).
 */
import { ubuntuEcosystem } from '../../inventory/ubuntu-releases.js'

export interface Distro {
  id: string
  idLike: string[]
  versionId?: string
  versionCodename?: string
  prettyName?: string
  /** `/etc/debian_version` when present (Debian point release, `12.7`). */
  debianVersion?: string
  /** The file read. */
  path: string
}

export function parseOsRelease(text: string, filePath: string): Distro {
  const values: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line || line.startsWith('#')) continue
    const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line)
    if (!match) continue
    let value = match[2]!
    const quote = value[0]
    if ((quote === '"' || quote === "'") && value.endsWith(quote) && value.length >= 2) {
      value = value.slice(1, -1)
      if (quote === '"') value = value.replace(/\\([$"\\`])/g, '$1')
    }
    values[match[1]!] = value
  }
  return {
    id: (values.ID ?? 'linux').toLowerCase(),
    idLike: (values.ID_LIKE ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((like) => like.toLowerCase()),
    ...(values.VERSION_ID || values.BUILD_ID ? { versionId: values.VERSION_ID || values.BUILD_ID } : {}),
    ...(values.VERSION_CODENAME ? { versionCodename: values.VERSION_CODENAME } : {}),
    ...(values.PRETTY_NAME ? { prettyName: values.PRETTY_NAME } : {}),
    path: filePath
  }
}

/** The OSV ecosystem of a distribution's packages (`Debian:12`, `Ubuntu:22.04:LTS`, `Alpine:v3.20`). */
export function distroEcosystem(distro: Distro): string {
  const version = distro.versionId
  const major = version?.split('.')[0]
  switch (distro.id) {
    case 'debian':
      return major && /^\d+$/.test(major) ? `Debian:${major}` : 'Debian'
    case 'ubuntu':
      return ubuntuEcosystem(version, distro.prettyName !== undefined ? { prettyName: distro.prettyName } : {})
    case 'alpine': {
      // A stable release (`3.20.3` → `Alpine:v3.20`); edge says `3.21_alpha20240807`, a release OSV has no ecosystem for.
      const release = /^(\d+\.\d+)(?:\.\d+)*$/.exec(version ?? '')
      return release ? `Alpine:v${release[1]}` : 'Alpine'
    }
    case 'wolfi':
      return 'Wolfi'
    case 'chainguard':
      return 'Chainguard'
    case 'rocky':
      return major ? `Rocky Linux:${major}` : 'Rocky Linux'
    case 'almalinux':
      return major ? `AlmaLinux:${major}` : 'AlmaLinux'
    case 'rhel':
      return 'Red Hat'
    case 'sles':
    case 'sled':
    case 'sle-micro':
      // SUSE's records name the product without the vendor (`SUSE:Linux Enterprise Server 15 SP6`; google/osv.dev's
      // ecosystem tests quote `SUSE:Linux Enterprise Server LTSS Extended Security 12 SP5` from SUSE-SU-2025:01777-1).
      return productEcosystem('SUSE', distro.prettyName)
    case 'photon':
      // Photon's records keep the release as VERSION_ID writes it: `Photon OS:5.0` (captn3m0/photon-os-advisories).
      return version && /^\d+(?:\.\d+)?$/.test(version) ? `Photon OS:${version.includes('.') ? version : `${version}.0`}` : 'Photon OS'
    case 'mageia':
      return major ? `Mageia:${major}` : 'Mageia'
    case 'openeuler':
      return openEulerEcosystem(distro)
    case 'fedora':
      return major ? `Fedora:${major}` : 'Fedora'
    case 'centos':
      // No OSV ecosystem: named for its purls (`pkg:rpm/centos/…`), its packages are unknown to advisories.
      return major ? `CentOS:${major}` : 'CentOS'
    case 'amzn':
      return major ? `Amazon Linux:${major}` : 'Amazon Linux'
    case 'mariner':
      return major ? `CBL-Mariner:${major}` : 'CBL-Mariner'
    case 'azurelinux':
      // `Azure Linux:<major>` (osv.dev's ecosystem tests quote `Azure Linux:2` from AZL-10003).
      return major ? `Azure Linux:${major}` : 'Azure Linux'
    default:
      // `openSUSE:Leap 15.6`, `openSUSE:Tumbleweed`: PRETTY_NAME without the vendor (osv-scanner asks `openSUSE:Leap 15.5`
      // and osv.dev answers with SUSE-SU records; osv.dev's ecosystem tests quote `openSUSE:Tumbleweed` from openSUSE-SU-2024:14314-1).
      if (distro.id.startsWith('opensuse')) return productEcosystem('openSUSE', distro.prettyName)
      if (distro.idLike.includes('debian')) return 'Debian'
      if (distro.idLike.includes('alpine')) return 'Alpine'
      return distro.id
  }
}

/**
 * SUSE's and openSUSE's ecosystem: the product's marketing name (os-release PRETTY_NAME) after the vendor word,
 * `SUSE Linux Enterprise Server 15 SP6` → `SUSE:Linux Enterprise Server 15 SP6`, `openSUSE Leap 15.6` → `openSUSE:Leap 15.6`.
 * Without a PRETTY_NAME, the bare ecosystem (no record names it; the packages are then unknown).
 */
function productEcosystem(vendor: 'SUSE' | 'openSUSE', prettyName: string | undefined): string {
  const name = prettyName?.trim() ?? ''
  const product = name.startsWith(`${vendor} `) ? name.slice(vendor.length + 1).trim() : name
  return product ? `${vendor}:${product}` : vendor
}

/**
 * openEuler's ecosystem names an LTS release and its service pack as PRETTY_NAME gives them
 * (`openEuler 22.03 (LTS-SP4)` → `openEuler:22.03-LTS-SP4`, ossf/osv-schema's openEuler entry); an innovation
 * release (no LTS) has no advisories, and is named by its VERSION_ID.
 */
function openEulerEcosystem(distro: Distro): string {
  const pretty = /^openEuler\s+(\d{2}\.\d{2})(?:\s*\((LTS(?:[- ]SP\d+)?)\))?$/.exec(distro.prettyName?.trim() ?? '')
  if (pretty) return `openEuler:${pretty[1]}${pretty[2] ? `-${pretty[2].replace(' ', '-')}` : ''}`
  return distro.versionId ? `openEuler:${distro.versionId}` : 'openEuler'
}

/** The purl `distro` qualifier value: `<ID>-<VERSION_ID>` (syft's form), or just the ID. */
export function distroQualifier(distro: Distro): string {
  return distro.versionId ? `${distro.id}-${distro.versionId}` : distro.id
}
