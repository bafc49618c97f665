/**
 * An image's catalog read back from its SBOM (the predicate of a verified SBOM attestation), so its
 * vulnerabilities are matched without reading the image's layers: the SBOM's packages (src/inventory/sbom/
 * read.ts), each distribution package given back what advisories are keyed on — its source package from
 * the purl's `upstream` qualifier (dpkg `source[@version]`, apk origin, rpm source RPM file name) and an rpm
 * epoch from `epoch=` — and the distribution from the purls' namespace and `distro` qualifier (chaingate's,
 * Syft's and Trivy's purls all carry them). A package without a distro qualifier keeps the bare ecosystem
 * (`Debian`), which matchCatalog reports as unchecked, never as not affected.
 */
import type { Inventory, Package } from '../inventory/model.js'
import { parsePurl } from '../inventory/purl.js'
import { readSbom } from '../inventory/sbom/read.js'
import type { Distro } from './catalog/os-release.js'
import { sourceRpmName } from './catalog/rpm.js'
import type { ImageCatalog } from './index.js'

const DISTRO_TYPES = new Set(['deb', 'apk', 'rpm'])

export function catalogFromSbom(text: string, shown: string): Pick<ImageCatalog, 'distro' | 'ecosystem' | 'inventory'> & { format: string | undefined } {
  const read = readSbom({ path: shown, text })
  const inventory: Inventory = { packages: [], edges: read.edges, files: [], problems: read.problems }
  let distro: Distro | undefined
  let ecosystem: string | undefined
  for (const pkg of read.packages) {
    if (!pkg.purl) {
      inventory.packages.push(pkg)
      continue
    }
    let parsed
    try {
      parsed = parsePurl(pkg.purl)
    } catch {
      inventory.packages.push(pkg)
      continue
    }
    if (!DISTRO_TYPES.has(parsed.type)) {
      inventory.packages.push(pkg)
      continue
    }
    const upstream = parsed.qualifiers.upstream
    // chaingate's own mark of a package whose database did not record its source (a Chisel manifest).
    let sourcePackage: NonNullable<Package['sourcePackage']> = pkg.sourcePackage?.unrecorded ? pkg.sourcePackage : { name: pkg.name }
    if (upstream) {
      if (parsed.type === 'rpm') sourcePackage = { name: sourceRpmName(upstream) }
      else {
        const at = upstream.indexOf('@')
        sourcePackage = at > 0 ? { name: upstream.slice(0, at), version: upstream.slice(at + 1) } : { name: upstream }
      }
    }
    const epoch = parsed.type === 'rpm' ? parsed.qualifiers.epoch : undefined
    const version = epoch && pkg.version && !pkg.version.includes(':') ? `${epoch}:${pkg.version}` : pkg.version
    inventory.packages.push({ ...pkg, version, scope: 'runtime', sourcePackage, ...(parsed.qualifiers.arch ? { arch: parsed.qualifiers.arch } : {}) })
    const qualifier = parsed.qualifiers.distro
    const namespace = /^pkg:[a-z]+\/([^/@?]+)\//i.exec(pkg.purl)?.[1]
    if (!distro && namespace) {
      const versionId = qualifier && /-(\d[\w.]*)$/.exec(qualifier)?.[1]
      distro = { id: decodeURIComponent(namespace).toLowerCase(), idLike: [], ...(versionId ? { versionId } : {}), path: `${shown} (purl ${pkg.purl})` }
      ecosystem = pkg.ecosystem
    }
  }
  // Packages found in an image run in it, whatever scope the SBOM writer gave them.
  inventory.packages = inventory.packages.map((pkg) => (pkg.scope === 'runtime' ? pkg : { ...pkg, scope: 'runtime' }))
  return { inventory, ...(distro ? { distro } : {}), ...(ecosystem ? { ecosystem } : {}), format: read.format }
}
