import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ubuntuEcosystem
} from "./chunk-UQPVNOZB.js";
import {
  require_packageurl_js
} from "./chunk-NHOZRFUV.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/inventory/purl.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var PURL_TYPE = {
  npm: "npm",
  PyPI: "pypi",
  Go: "golang",
  "crates.io": "cargo",
  RubyGems: "gem",
  Packagist: "composer",
  NuGet: "nuget",
  Maven: "maven",
  "GitHub Actions": "github",
  Pub: "pub",
  Hex: "hex"
};
var DISTRO_PURL = {
  Debian: { type: "deb", namespace: "debian" },
  Ubuntu: { type: "deb", namespace: "ubuntu" },
  Alpine: { type: "apk", namespace: "alpine" },
  Wolfi: { type: "apk", namespace: "wolfi" },
  Chainguard: { type: "apk", namespace: "chainguard" },
  "Red Hat": { type: "rpm", namespace: "redhat" },
  "Rocky Linux": { type: "rpm", namespace: "rocky" },
  AlmaLinux: { type: "rpm", namespace: "almalinux" },
  SUSE: { type: "rpm", namespace: "suse" },
  openSUSE: { type: "rpm", namespace: "opensuse" },
  "Photon OS": { type: "rpm", namespace: "photon" },
  Mageia: { type: "rpm", namespace: "mageia" },
  openEuler: { type: "rpm", namespace: "openeuler" },
  Fedora: { type: "rpm", namespace: "fedora" },
  CentOS: { type: "rpm", namespace: "centos" },
  "Amazon Linux": { type: "rpm", namespace: "amzn" },
  "CBL-Mariner": { type: "rpm", namespace: "mariner" },
  "Azure Linux": { type: "rpm", namespace: "azurelinux" }
};
function distroPurl(ecosystem) {
  return DISTRO_PURL[ecosystem.split(":")[0]];
}
function purlType(ecosystem) {
  return PURL_TYPE[ecosystem] ?? distroPurl(ecosystem)?.type;
}
function purlFor(ecosystem, name, version, qualifiers, subpath) {
  const type = purlType(ecosystem);
  if (!type) return void 0;
  let namespace = distroPurl(ecosystem)?.namespace;
  let base = name;
  if (type === "maven") {
    const colon = name.indexOf(":");
    if (colon > 0) {
      namespace = name.slice(0, colon);
      base = name.slice(colon + 1);
    }
  } else if (type === "pypi") {
    base = name.toLowerCase().replace(/[-_.]+/g, "-");
  } else if (type === "github") {
    const [owner, repo, ...rest] = name.split("/");
    namespace = owner;
    base = repo ?? name;
    if (rest.length > 0 && subpath === void 0) subpath = rest.join("/");
  } else if (type === "npm" || type === "golang" || type === "composer") {
    const slash = name.lastIndexOf("/");
    if (slash > 0) {
      namespace = name.slice(0, slash);
      base = name.slice(slash + 1);
    }
  }
  return new import_packageurl_js.PackageURL(type, namespace, base, version ?? void 0, qualifiers, subpath).toString();
}
var ECOSYSTEM_OF_TYPE = Object.fromEntries(Object.entries(PURL_TYPE).map(([ecosystem, type]) => [type, ecosystem]));
var DISTRO_ECOSYSTEMS = {
  debian: "Debian",
  ubuntu: "Ubuntu",
  alpine: "Alpine",
  wolfi: "Wolfi",
  chainguard: "Chainguard",
  alma: "AlmaLinux",
  almalinux: "AlmaLinux",
  rocky: "Rocky Linux",
  redhat: "Red Hat",
  opensuse: "openSUSE",
  suse: "SUSE",
  mageia: "Mageia",
  photon: "Photon OS"
};
var DISTRO_TYPES = /* @__PURE__ */ new Set(["deb", "apk", "rpm", "alpm"]);
var OTHER_ECOSYSTEMS = {
  githubactions: "GitHub Actions",
  swift: "SwiftURL",
  cran: "CRAN",
  hackage: "Hackage",
  conan: "ConanCenter",
  bitnami: "Bitnami"
};
function ecosystemForPurl(type, namespace, qualifiers, version) {
  const known = ECOSYSTEM_OF_TYPE[type] ?? OTHER_ECOSYSTEMS[type];
  if (known) return known;
  if ((type === "deb" || type === "apk" || type === "rpm") && namespace) {
    const distro = DISTRO_ECOSYSTEMS[namespace.toLowerCase()];
    if (!distro) return void 0;
    const release = /(?:^|-)(\d+(?:\.\d+)*)$/.exec(qualifiers?.distro ?? "")?.[1];
    if (distro === "Ubuntu") return ubuntuEcosystem(release, version !== void 0 ? { version } : {});
    if (distro === "Red Hat") return distro;
    if (distro === "Wolfi" || distro === "Chainguard") return distro;
    if (!release) return distro;
    if (distro === "Alpine") return `Alpine:v${release.split(".").slice(0, 2).join(".")}`;
    if (distro === "openSUSE") {
      if (/^opensuse-tumbleweed\b/.test(qualifiers?.distro ?? "")) return "openSUSE:Tumbleweed";
      return /^opensuse-leap-\d/.test(qualifiers?.distro ?? "") ? `openSUSE:Leap ${release}` : distro;
    }
    if (distro === "SUSE") {
      const sles = /^sles-(\d+)\.(\d+)$/.exec(qualifiers?.distro ?? "");
      return sles ? `SUSE:Linux Enterprise Server ${sles[1]}${sles[2] !== "0" ? ` SP${sles[2]}` : ""}` : distro;
    }
    if (distro === "Photon OS") return `Photon OS:${release.includes(".") ? release : `${release}.0`}`;
    if (distro === "Debian" || distro === "AlmaLinux" || distro === "Rocky Linux" || distro === "Mageia") return `${distro}:${release.split(".")[0]}`;
    return `${distro}:${release}`;
  }
  return void 0;
}
function parsePurl(text) {
  const purl = import_packageurl_js.PackageURL.fromString(text);
  const namespace = purl.namespace ?? void 0;
  const qualifiers = purl.qualifiers ?? {};
  let name = purl.name;
  if (purl.type === "maven") name = namespace ? `${namespace}:${purl.name}` : purl.name;
  else if (purl.type === "github" || purl.type === "githubactions") name = [namespace, purl.name, purl.subpath].filter(Boolean).join("/");
  else if (DISTRO_TYPES.has(purl.type)) name = purl.name;
  else if (namespace) name = `${namespace}/${purl.name}`;
  return {
    type: purl.type,
    ecosystem: ecosystemForPurl(purl.type, namespace, qualifiers, purl.version ?? void 0),
    name,
    version: purl.version ?? null,
    qualifiers
  };
}

export {
  purlFor,
  parsePurl
};
