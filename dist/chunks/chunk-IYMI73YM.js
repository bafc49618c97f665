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
function isOsvEcosystem(ecosystem) {
  return OSV_ECOSYSTEMS.includes(baseEcosystem(ecosystem));
}
function ecosystemGap(ecosystem) {
  if (baseEcosystem(ecosystem) === "Red Hat" && !/^Red Hat:[^:]+:[^:]+/.test(ecosystem)) {
    return `Red Hat's OSV advisories are per product stream (e.g. Red Hat:enterprise_linux:9::appstream, the CPE of the repository the package came from); ${ecosystem} names no stream, so no record can be said to apply`;
  }
  return void 0;
}
function githubEcosystem(ecosystem) {
  return GITHUB_ECOSYSTEM_OF[ecosystem];
}

export {
  isOsvEcosystem,
  ecosystemGap,
  githubEcosystem
};
