import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  sourceRpmName
} from "./chunk-QSVJMMHB.js";
import {
  readSbom
} from "./chunk-GJDAG4DN.js";
import {
  parsePurl
} from "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/images/sbom-catalog.ts
var DISTRO_TYPES = /* @__PURE__ */ new Set(["deb", "apk", "rpm"]);
function catalogFromSbom(text, shown) {
  const read = readSbom({ path: shown, text });
  const inventory = { packages: [], edges: read.edges, files: [], problems: read.problems };
  let distro;
  let ecosystem;
  for (const pkg of read.packages) {
    if (!pkg.purl) {
      inventory.packages.push(pkg);
      continue;
    }
    let parsed;
    try {
      parsed = parsePurl(pkg.purl);
    } catch {
      inventory.packages.push(pkg);
      continue;
    }
    if (!DISTRO_TYPES.has(parsed.type)) {
      inventory.packages.push(pkg);
      continue;
    }
    const upstream = parsed.qualifiers.upstream;
    let sourcePackage = pkg.sourcePackage?.unrecorded ? pkg.sourcePackage : { name: pkg.name };
    if (upstream) {
      if (parsed.type === "rpm") sourcePackage = { name: sourceRpmName(upstream) };
      else {
        const at = upstream.indexOf("@");
        sourcePackage = at > 0 ? { name: upstream.slice(0, at), version: upstream.slice(at + 1) } : { name: upstream };
      }
    }
    const epoch = parsed.type === "rpm" ? parsed.qualifiers.epoch : void 0;
    const version = epoch && pkg.version && !pkg.version.includes(":") ? `${epoch}:${pkg.version}` : pkg.version;
    inventory.packages.push({ ...pkg, version, scope: "runtime", sourcePackage, ...parsed.qualifiers.arch ? { arch: parsed.qualifiers.arch } : {} });
    const qualifier = parsed.qualifiers.distro;
    const namespace = /^pkg:[a-z]+\/([^/@?]+)\//i.exec(pkg.purl)?.[1];
    if (!distro && namespace) {
      const versionId = qualifier && /-(\d[\w.]*)$/.exec(qualifier)?.[1];
      distro = { id: decodeURIComponent(namespace).toLowerCase(), idLike: [], ...versionId ? { versionId } : {}, path: `${shown} (purl ${pkg.purl})` };
      ecosystem = pkg.ecosystem;
    }
  }
  inventory.packages = inventory.packages.map((pkg) => pkg.scope === "runtime" ? pkg : { ...pkg, scope: "runtime" });
  return { inventory, ...distro ? { distro } : {}, ...ecosystem ? { ecosystem } : {}, format: read.format };
}
export {
  catalogFromSbom
};
