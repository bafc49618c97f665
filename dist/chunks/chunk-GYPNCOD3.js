import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/advisories/ecosystems.ts
var OSV_ECOSYSTEMS = [
  "AlmaLinux",
  "Alpaquita",
  "Alpine",
  "Android",
  "Azure Linux",
  "BellSoft Hardened Containers",
  "Bioconductor",
  "Bitnami",
  "Chainguard",
  "CleanStart",
  "ConanCenter",
  "CRAN",
  "crates.io",
  "Debian",
  "Docker Hardened Images",
  "Echo",
  "FreeBSD",
  "GHC",
  "GitHub Actions",
  "Go",
  "Hackage",
  "Hex",
  "Julia",
  "Kubernetes",
  "Linux",
  "Mageia",
  "Maven",
  "MinimOS",
  "npm",
  "NuGet",
  "opam",
  "openEuler",
  "openSUSE",
  "OSS-Fuzz",
  "Packagist",
  "Photon OS",
  "Pub",
  "PyPI",
  "Red Hat",
  "Rocky Linux",
  "Root",
  "RubyGems",
  "SUSE",
  "SwiftURL",
  "TuxCare",
  "Ubuntu",
  "VSCode",
  "Wolfi"
];
var GITHUB_ECOSYSTEM_OF = {
  npm: "npm",
  PyPI: "pip",
  Maven: "maven",
  NuGet: "nuget",
  Packagist: "composer",
  Go: "go",
  "crates.io": "rust",
  Hex: "erlang",
  RubyGems: "rubygems",
  Pub: "pub",
  SwiftURL: "swift",
  "GitHub Actions": "actions"
};
function baseEcosystem(ecosystem) {
  const colon = ecosystem.indexOf(":");
  return colon < 0 ? ecosystem : ecosystem.slice(0, colon);
}
var RELEASE_OPTIONAL = /* @__PURE__ */ new Set(["AlmaLinux", "Debian", "Rocky Linux"]);
function entryEcosystemCovers(entryEcosystem, packageEcosystem) {
  if (entryEcosystem === packageEcosystem || baseEcosystem(entryEcosystem) === packageEcosystem) return true;
  return !entryEcosystem.includes(":") && RELEASE_OPTIONAL.has(entryEcosystem) && baseEcosystem(packageEcosystem) === entryEcosystem;
}
function isOsvEcosystem(ecosystem) {
  return OSV_ECOSYSTEMS.includes(baseEcosystem(ecosystem));
}
function ecosystemGap(ecosystem) {
  if (baseEcosystem(ecosystem) === "Red Hat" && !/^Red Hat:[^:]+:[^:]+/.test(ecosystem)) {
    return `Red Hat's OSV advisories are per product stream (e.g. Red Hat:enterprise_linux:9::appstream, the CPE of the repository the package came from); ${ecosystem} names no stream, so no record can be said to apply`;
  }
  return void 0;
}
function osvApiGap(ecosystem) {
  if (baseEcosystem(ecosystem) === "Photon OS")
    return `osv.dev publishes no Photon OS advisories (it imports no Photon OS source), so its API cannot say whether ${ecosystem} packages are affected; use --advisories DIR with a Photon OS/all.zip`;
  return void 0;
}
function githubEcosystem(ecosystem) {
  return GITHUB_ECOSYSTEM_OF[ecosystem];
}

// src/advisories/merge.ts
function mergeAliases(matches) {
  const merged = [];
  const byPackage = /* @__PURE__ */ new Map();
  for (const match of matches) byPackage.set(match.package, [...byPackage.get(match.package) ?? [], match]);
  for (const list of byPackage.values()) {
    const groups = [];
    for (const match of list) {
      const ids = /* @__PURE__ */ new Set([match.advisory.id, ...match.advisory.aliases]);
      const same = groups.find((group) => [group.advisory.id, ...group.advisory.aliases].some((id) => ids.has(id)));
      if (!same) {
        groups.push({
          ...match,
          advisory: { ...match.advisory, aliases: [...match.advisory.aliases], ...match.advisory.covers ? { covers: [...match.advisory.covers] } : {} },
          fixedVersions: [...match.fixedVersions]
        });
        continue;
      }
      const all = /* @__PURE__ */ new Set([same.advisory.id, ...same.advisory.aliases, ...ids]);
      if (!same.advisory.id.startsWith("GHSA-") && match.advisory.id.startsWith("GHSA-")) same.advisory.id = match.advisory.id;
      same.advisory.aliases = [...all].filter((id) => id !== same.advisory.id).sort();
      same.fixedVersions = [.../* @__PURE__ */ new Set([...same.fixedVersions, ...match.fixedVersions])];
      if (match.advisory.covers || same.advisory.covers) {
        const covers = /* @__PURE__ */ new Set([...same.advisory.covers ?? [], ...match.advisory.covers ?? []]);
        for (const id of [same.advisory.id, ...same.advisory.aliases]) covers.delete(id);
        if (covers.size > 0) same.advisory.covers = [...covers].sort();
        else delete same.advisory.covers;
      }
      same.advisory.malicious ||= match.advisory.malicious;
      if (same.advisory.severity.word === null || (match.advisory.severity.score ?? -1) > (same.advisory.severity.score ?? -1))
        same.advisory.severity = match.advisory.severity;
    }
    merged.push(...groups);
  }
  return merged;
}

export {
  baseEcosystem,
  entryEcosystemCovers,
  isOsvEcosystem,
  ecosystemGap,
  osvApiGap,
  githubEcosystem,
  mergeAliases
};
