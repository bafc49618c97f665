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
      return distro.prettyName ? `SUSE:${distro.prettyName}` : 'SUSE'
    case 'photon':
      return major ? `Photon OS:${major}` : 'Photon OS'
    case 'mageia':
      return major ? `Mageia:${major}` : 'Mageia'
    case 'openeuler':
      return version ? `openEuler:${version}` : 'openEuler'
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
      return major ? `Azure Linux:${major}` : 'Azure Linux'
    default:
      if (distro.id.startsWith('opensuse')) return distro.prettyName ? `openSUSE:${distro.prettyName}` : 'openSUSE'
      if (distro.idLike.includes('debian')) return 'Debian'
      if (distro.idLike.includes('alpine')) return 'Alpine'
      return distro.id
  }
}

/** The purl `distro` qualifier value: `<ID>-<VERSION_ID>` (syft's form), or just the ID. */
export function distroQualifier(distro: Distro): string {
  return distro.versionId ? `${distro.id}-${distro.versionId}` : distro.id
}
