/**
 * An image's known vulnerabilities: the image cataloged (every layer, OS and language packages), then its
 * packages looked up in the run's advisory source. Distribution advisories are keyed on the source package
 * (OSV's Debian, Ubuntu and Alpine records name `openssl`, not `libssl3`), so OS packages are asked about
 * once per source package and version, in the distro's ecosystem (`Debian:12`), and each answer is given back
 * to every binary package built from it (findings carry the binary's purl, with its distro qualifier).
 * Language packages are asked about as they are. What cannot be matched is unchecked with the reason: no
 * os-release, a distribution OSV publishes no advisories for, a release it cannot tell — never "not affected".
 * Loaded only when an image is to be scanned.
 */
import { baseEcosystem, ecosystemGap, isOsvEcosystem } from '../advisories/ecosystems.js'
import { mergeAliases } from '../advisories/merge.js'
import type { AdvisoryMatch, AdvisoryReport, UncheckedPackage } from '../advisories/model.js'
import type { AdvisorySource } from '../advisories/sources/index.js'
import { ConfigurationError, errorMessage } from '../model/errors.js'
import { packageKey, type Package } from '../inventory/model.js'
import type { RegistryRunOptions } from './sources/config.js'
import { catalogImage, parseImageReference, parsePlatform, type ImageCatalog } from './index.js'
import type { LayerScan } from './layers.js'
import type { ImageScan } from './scan-fact.js'
import { OFFLINE_IMAGE_REASON } from './scan-fact.js'

/** Distributions whose OSV ecosystem is per release: without the release, no record can be said to apply. */
const PER_RELEASE = new Set(['Debian', 'Ubuntu', 'Alpine', 'AlmaLinux', 'Rocky Linux', 'Photon OS', 'openSUSE', 'SUSE', 'Mageia', 'openEuler', 'Azure Linux'])

/** Layer scans shared by every image of a run (keyed by the run's registry options object). */
const runCaches = new WeakMap<object, Map<string, Promise<LayerScan>>>()

export async function scanImages(
  images: Array<{ reference: string; platform?: string }>,
  source: AdvisorySource,
  registries: RegistryRunOptions | undefined
): Promise<ImageScan[]> {
  const key = registries ?? runCaches
  let layerCache = runCaches.get(key)
  if (!layerCache) runCaches.set(key, (layerCache = new Map()))
  const scans: ImageScan[] = []
  // One image at a time: layers are streamed two at a time within an image already.
  for (const image of images) scans.push(await scanImage(image.reference, image.platform, source, registries, layerCache))
  return scans
}

async function scanImage(
  reference: string,
  platformText: string | undefined,
  source: AdvisorySource,
  registries: RegistryRunOptions | undefined,
  layerCache: Map<string, Promise<LayerScan>>
): Promise<ImageScan> {
  let catalog: ImageCatalog
  try {
    const parsed = parseImageReference(reference)
    const platform = platformText !== undefined ? parsePlatform(platformText) : undefined
    if (parsed.kind === 'registry' && (!registries || registries.offline)) return { ok: false, reference, reason: OFFLINE_IMAGE_REASON }
    catalog = await catalogImage(reference, {
      ...(platform ? { platform } : {}),
      languages: true,
      layerCache,
      ...(parsed.kind === 'registry' && registries ? { pool: await registries.pool(), credentials: (name: string) => registries.credentials(name) } : {})
    })
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause
    const said = error instanceof ConfigurationError ? error.oneLine() : errorMessage(error)
    return { ok: false, reference, reason: `${said}${cause ? ` (${errorMessage(cause)})` : ''}` }
  }
  const report = await matchCatalog(catalog, source)
  return {
    ok: true,
    reference,
    digest: catalog.digest,
    platform: catalog.platform,
    ...(catalog.created ? { created: catalog.created } : {}),
    ...(catalog.distro ? { distro: `${catalog.distro.id}${catalog.distro.versionId ? ` ${catalog.distro.versionId}` : ''}` } : {}),
    ...(catalog.ecosystem ? { ecosystem: catalog.ecosystem } : {}),
    packages: catalog.inventory.packages.length,
    problems: catalog.inventory.problems,
    report
  }
}

/** Why an OS package of this catalog cannot be matched, or null when it can. */
export function unmatchableReason(catalog: Pick<ImageCatalog, 'distro' | 'ecosystem'>, pkg: Package): string | null {
  if (!pkg.sourcePackage) return null
  if (!catalog.distro) return 'the image has no os-release: its distribution and release (which advisories apply) are unknown'
  const shown = `${catalog.distro.id}${catalog.distro.versionId ? ` ${catalog.distro.versionId}` : ''}`
  if (!isOsvEcosystem(pkg.ecosystem)) return `unsupported distribution: ${shown} (${pkg.ecosystem}) is not an ecosystem OSV publishes advisories for`
  if (pkg.ecosystem === 'Red Hat')
    return `${shown}: Red Hat's OSV advisories are per product stream (e.g. Red Hat:enterprise_linux:9::appstream, the CPE of the repository each binary RPM came from) and an image's rpm database does not record the repository; its Red Hat packages are not matched`
  const gap = ecosystemGap(pkg.ecosystem)
  if (gap) return gap
  if (PER_RELEASE.has(pkg.ecosystem)) {
    const like = catalog.distro.id.toLowerCase() !== pkg.ecosystem.toLowerCase() ? `${shown} is only like ${pkg.ecosystem}, ` : ''
    return `unsupported distribution: ${like}no ${pkg.ecosystem} release can be told from os-release, and ${pkg.ecosystem} advisories are per release`
  }
  return null
}

/**
 * RPM distributions whose OSV records name binary packages. AlmaLinux's errata list every binary they update
 * (`krb5-libs`, `krb5-workstation`… and never the source `krb5`; all 5,680 records of AlmaLinux/osv-database,
 * bench/distro-osv-check.mjs): its packages are asked by binary name only, because asking by source name too
 * gives a binary the range of a same-named sibling — a module errata lists `criu` and `criu-libs` each at the
 * build of its own stream (ALSA-2024:2098), and `criu-libs` at its fix would be reported affected through
 * `criu`'s. Rocky Linux's records are published only in its bucket (none could be read here): its packages are
 * asked by binary and by source name.
 */
const BINARY_ONLY = new Set(['AlmaLinux'])
const BINARY_AND_SOURCE = new Set(['Rocky Linux'])

/**
 * The other Ubuntu ecosystem of an LTS release: Ubuntu publishes under `Ubuntu:Pro:18.04:LTS` what only Ubuntu
 * Pro (ESM) fixes — every package of a release past standard support, universe packages before that — and
 * under `Ubuntu:18.04:LTS` the rest; an image's package can be named in either, whichever archive it came from.
 */
function otherUbuntuEcosystem(ecosystem: string): string | undefined {
  const standard = /^Ubuntu:(\d+\.\d+):LTS$/.exec(ecosystem)
  if (standard) return `Ubuntu:Pro:${standard[1]}:LTS`
  const pro = /^Ubuntu:Pro:(\d+\.\d+):LTS$/.exec(ecosystem)
  return pro ? `Ubuntu:${pro[1]}:LTS` : undefined
}

/** The lookups a package is asked through, the first the main one. */
function lookupsOf(pkg: Package): Package[] {
  if (!pkg.sourcePackage) return [pkg]
  const source: Package = { ...pkg, name: pkg.sourcePackage.name, version: pkg.sourcePackage.version ?? pkg.version }
  const base = baseEcosystem(pkg.ecosystem)
  const main = BINARY_ONLY.has(base) ? [{ ...pkg }] : BINARY_AND_SOURCE.has(base) ? [{ ...pkg }, ...(source.name !== pkg.name ? [source] : [])] : [source]
  const other = otherUbuntuEcosystem(pkg.ecosystem)
  return other ? [...main, ...main.map((lookup) => ({ ...lookup, ecosystem: other }))] : main
}

const UNRECORDED_SOURCE =
  'the Chisel manifest names binary packages, not the source packages Ubuntu keys its advisories on: nothing was found under the binary name, which does not show the package unaffected (a source of another name may be)'

/**
 * The catalog's packages through the source: one lookup per source package and version (OS packages; binary
 * names too where the distribution's records name binaries, the Pro ecosystem too for Ubuntu LTS), the
 * package itself otherwise; matches and unchecked entries handed back to every package of a lookup.
 */
export async function matchCatalog(catalog: Pick<ImageCatalog, 'distro' | 'ecosystem' | 'inventory'>, source: AdvisorySource): Promise<AdvisoryReport> {
  const unchecked: UncheckedPackage[] = []
  const lookups = new Map<string, { lookup: Package; packages: Package[]; extra: boolean }>()
  for (const pkg of catalog.inventory.packages) {
    if (pkg.version === null) continue
    const reason = unmatchableReason(catalog, pkg)
    if (reason) {
      unchecked.push({ package: pkg, reason })
      continue
    }
    for (const lookup of lookupsOf(pkg)) {
      const key = packageKey(lookup)
      const entry = lookups.get(key)
      if (entry) entry.packages.push(pkg)
      else lookups.set(key, { lookup, packages: [pkg], extra: lookup.ecosystem !== pkg.ecosystem })
    }
  }
  const byLookup = new Map<Package, Package[]>([...lookups.values()].map((entry) => [entry.lookup, entry.packages]))
  const extra = new Set([...lookups.values()].filter((entry) => entry.extra).map((entry) => entry.lookup))
  const asked = await source.check([...byLookup.keys()])
  const back = (pkg: Package): Package[] => byLookup.get(pkg) ?? lookups.get(packageKey(pkg))?.packages ?? [pkg]
  // One match per image package and advisory, whichever lookups found it (fixed versions merged).
  const matches: AdvisoryMatch[] = mergeAliases(asked.matches.flatMap((match) => back(match.package).map((pkg) => ({ ...match, package: pkg }))))
  const seen = new Set<Package>(unchecked.map((entry) => entry.package))
  for (const entry of asked.unchecked) {
    // A snapshot without the Ubuntu Pro zip leaves the Pro lookups out; the release's own lookup still stands.
    if (extra.has(entry.package) && /^the offline database has no /.test(entry.reason)) continue
    for (const pkg of back(entry.package)) {
      if (seen.has(pkg)) continue
      seen.add(pkg)
      unchecked.push({ package: pkg, reason: entry.reason })
    }
  }
  // A package whose source the database did not record was asked under its binary's name: what that finds
  // stands, but finding nothing does not clear it.
  const matched = new Set(matches.map((match) => match.package))
  for (const pkg of catalog.inventory.packages) {
    if (!pkg.sourcePackage?.unrecorded || pkg.version === null || matched.has(pkg) || seen.has(pkg)) continue
    seen.add(pkg)
    unchecked.push({ package: pkg, reason: UNRECORDED_SOURCE })
  }
  const checked = catalog.inventory.packages.length - unchecked.length
  return { ...asked, matches, unchecked, checked: Math.max(0, checked) }
}
