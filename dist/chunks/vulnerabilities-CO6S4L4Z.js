import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  catalogImage
} from "./chunk-WAENLJD2.js";
import "./chunk-FZO2DREV.js";
import "./chunk-QSVJMMHB.js";
import {
  parseImageReference,
  parsePlatform
} from "./chunk-R4E7HGPY.js";
import {
  baseEcosystem,
  ecosystemGap,
  isOsvEcosystem,
  mergeAliases
} from "./chunk-GYPNCOD3.js";
import "./chunk-VLIHJN4G.js";
import "./chunk-SECJK3F6.js";
import "./chunk-6JOHTDBO.js";
import "./chunk-U5FF4OCZ.js";
import "./chunk-ASTGQ7E2.js";
import "./chunk-3BSLMYX7.js";
import "./chunk-HUNFW3VE.js";
import "./chunk-PWQCIXAS.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  OFFLINE_IMAGE_REASON,
  packageKey
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/vulnerabilities.ts
var PER_RELEASE = /* @__PURE__ */ new Set(["Debian", "Ubuntu", "Alpine", "AlmaLinux", "Rocky Linux", "Photon OS", "openSUSE", "SUSE", "Mageia", "openEuler", "Azure Linux"]);
var runCaches = /* @__PURE__ */ new WeakMap();
async function scanImages(images, source, registries) {
  const key = registries ?? runCaches;
  let layerCache = runCaches.get(key);
  if (!layerCache) runCaches.set(key, layerCache = /* @__PURE__ */ new Map());
  const scans = [];
  for (const image of images) scans.push(await scanImage(image.reference, image.platform, source, registries, layerCache));
  return scans;
}
async function scanImage(reference, platformText, source, registries, layerCache) {
  let catalog;
  try {
    const parsed = parseImageReference(reference);
    const platform = platformText !== void 0 ? parsePlatform(platformText) : void 0;
    if (parsed.kind === "registry" && (!registries || registries.offline)) return { ok: false, reference, reason: OFFLINE_IMAGE_REASON };
    catalog = await catalogImage(reference, {
      ...platform ? { platform } : {},
      languages: true,
      layerCache,
      ...parsed.kind === "registry" && registries ? { pool: await registries.pool(), credentials: (name) => registries.credentials(name) } : {}
    });
  } catch (error) {
    const cause = error.cause;
    const said = error instanceof ConfigurationError ? error.oneLine() : errorMessage(error);
    return { ok: false, reference, reason: `${said}${cause ? ` (${errorMessage(cause)})` : ""}` };
  }
  const report = await matchCatalog(catalog, source);
  return {
    ok: true,
    reference,
    digest: catalog.digest,
    platform: catalog.platform,
    ...catalog.created ? { created: catalog.created } : {},
    ...catalog.distro ? { distro: `${catalog.distro.id}${catalog.distro.versionId ? ` ${catalog.distro.versionId}` : ""}` } : {},
    ...catalog.ecosystem ? { ecosystem: catalog.ecosystem } : {},
    packages: catalog.inventory.packages.length,
    problems: catalog.inventory.problems,
    report
  };
}
function unmatchableReason(catalog, pkg) {
  if (!pkg.sourcePackage) return null;
  if (!catalog.distro) return "the image has no os-release: its distribution and release (which advisories apply) are unknown";
  const shown = `${catalog.distro.id}${catalog.distro.versionId ? ` ${catalog.distro.versionId}` : ""}`;
  if (!isOsvEcosystem(pkg.ecosystem)) return `unsupported distribution: ${shown} (${pkg.ecosystem}) is not an ecosystem OSV publishes advisories for`;
  if (pkg.ecosystem === "Red Hat")
    return `${shown}: Red Hat's OSV advisories are per product stream (e.g. Red Hat:enterprise_linux:9::appstream, the CPE of the repository each binary RPM came from) and an image's rpm database does not record the repository; its Red Hat packages are not matched`;
  const gap = ecosystemGap(pkg.ecosystem);
  if (gap) return gap;
  if (PER_RELEASE.has(pkg.ecosystem)) {
    const like = catalog.distro.id.toLowerCase() !== pkg.ecosystem.toLowerCase() ? `${shown} is only like ${pkg.ecosystem}, ` : "";
    return `unsupported distribution: ${like}no ${pkg.ecosystem} release can be told from os-release, and ${pkg.ecosystem} advisories are per release`;
  }
  return null;
}
var BINARY_ONLY = /* @__PURE__ */ new Set(["AlmaLinux"]);
var BINARY_AND_SOURCE = /* @__PURE__ */ new Set(["Rocky Linux"]);
function otherUbuntuEcosystem(ecosystem) {
  const standard = /^Ubuntu:(\d+\.\d+):LTS$/.exec(ecosystem);
  if (standard) return `Ubuntu:Pro:${standard[1]}:LTS`;
  const pro = /^Ubuntu:Pro:(\d+\.\d+):LTS$/.exec(ecosystem);
  return pro ? `Ubuntu:${pro[1]}:LTS` : void 0;
}
function lookupsOf(pkg) {
  if (!pkg.sourcePackage) return [pkg];
  const source = { ...pkg, name: pkg.sourcePackage.name, version: pkg.sourcePackage.version ?? pkg.version };
  const base = baseEcosystem(pkg.ecosystem);
  const main = BINARY_ONLY.has(base) ? [{ ...pkg }] : BINARY_AND_SOURCE.has(base) ? [{ ...pkg }, ...source.name !== pkg.name ? [source] : []] : [source];
  const other = otherUbuntuEcosystem(pkg.ecosystem);
  return other ? [...main, ...main.map((lookup) => ({ ...lookup, ecosystem: other }))] : main;
}
var UNRECORDED_SOURCE = "the Chisel manifest names binary packages, not the source packages Ubuntu keys its advisories on: nothing was found under the binary name, which does not show the package unaffected (a source of another name may be)";
async function matchCatalog(catalog, source) {
  const unchecked = [];
  const lookups = /* @__PURE__ */ new Map();
  for (const pkg of catalog.inventory.packages) {
    if (pkg.version === null) continue;
    const reason = unmatchableReason(catalog, pkg);
    if (reason) {
      unchecked.push({ package: pkg, reason });
      continue;
    }
    for (const lookup of lookupsOf(pkg)) {
      const key = packageKey(lookup);
      const entry = lookups.get(key);
      if (entry) entry.packages.push(pkg);
      else lookups.set(key, { lookup, packages: [pkg], extra: lookup.ecosystem !== pkg.ecosystem });
    }
  }
  const byLookup = new Map([...lookups.values()].map((entry) => [entry.lookup, entry.packages]));
  const extra = new Set([...lookups.values()].filter((entry) => entry.extra).map((entry) => entry.lookup));
  const asked = await source.check([...byLookup.keys()]);
  const back = (pkg) => byLookup.get(pkg) ?? lookups.get(packageKey(pkg))?.packages ?? [pkg];
  const matches = mergeAliases(asked.matches.flatMap((match) => back(match.package).map((pkg) => ({ ...match, package: pkg }))));
  const seen = new Set(unchecked.map((entry) => entry.package));
  for (const entry of asked.unchecked) {
    if (extra.has(entry.package) && /^the offline database has no /.test(entry.reason)) continue;
    for (const pkg of back(entry.package)) {
      if (seen.has(pkg)) continue;
      seen.add(pkg);
      unchecked.push({ package: pkg, reason: entry.reason });
    }
  }
  const matched = new Set(matches.map((match) => match.package));
  for (const pkg of catalog.inventory.packages) {
    if (!pkg.sourcePackage?.unrecorded || pkg.version === null || matched.has(pkg) || seen.has(pkg)) continue;
    seen.add(pkg);
    unchecked.push({ package: pkg, reason: UNRECORDED_SOURCE });
  }
  const checked = catalog.inventory.packages.length - unchecked.length;
  return { ...asked, matches, unchecked, checked: Math.max(0, checked) };
}
export {
  matchCatalog,
  scanImages,
  unmatchableReason
};
