import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  normalizeLicense,
  require_spdx_expression_parse
} from "./chunk-U5FF4OCZ.js";
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import {
  require_packageurl_js
} from "./chunk-NHOZRFUV.js";
import {
  packageKey
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/inventory/sbom/entries.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
import crypto from "node:crypto";
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var SBOM_FORMATS = ["cyclonedx", "spdx"];
function imagePurl(image) {
  if (!image.repository) return void 0;
  const name = image.repository.split("/").pop();
  return new import_packageurl_js.PackageURL("oci", void 0, name, image.digest, { repository_url: image.repository }, void 0).toString();
}
function imageFacts(image) {
  const facts = [
    ["image-reference", image.reference],
    ["image-digest", image.digest],
    ["image-platform", image.platform]
  ];
  if (image.distro) {
    facts.push(["distro-id", image.distro.id]);
    if (image.distro.versionId) facts.push(["distro-version-id", image.distro.versionId]);
    if (image.distro.prettyName) facts.push(["distro-name", image.distro.prettyName]);
  }
  return facts;
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SCOPE_RANK = { runtime: 3, unknown: 2, optional: 1, dev: 0 };
function purlOf(pkg) {
  if (pkg.purl) return pkg.purl;
  let formed;
  try {
    formed = purlFor(pkg.ecosystem, pkg.name, pkg.version);
  } catch {
    formed = void 0;
  }
  if (formed) return formed;
  return new import_packageurl_js.PackageURL(
    "generic",
    void 0,
    pkg.name,
    pkg.version ?? void 0,
    pkg.ecosystem ? { ecosystem: String(pkg.ecosystem) } : void 0,
    void 0
  ).toString();
}
function buildGraph(inventory) {
  const byPurl = /* @__PURE__ */ new Map();
  const created = [];
  const indexOfKey = /* @__PURE__ */ new Map();
  for (const pkg of inventory.packages) {
    const purl = purlOf(pkg);
    let index = byPurl.get(purl);
    let entry;
    if (index === void 0) {
      entry = {
        purl,
        ecosystem: pkg.ecosystem,
        name: pkg.name,
        version: pkg.version,
        ...pkg.declared !== void 0 ? { declared: pkg.declared } : {},
        ...pkg.markers !== void 0 ? { markers: pkg.markers } : {},
        ...pkg.sourcePackage?.unrecorded ? { sourceUnrecorded: true } : {},
        scope: pkg.scope,
        direct: pkg.direct,
        source: pkg.source,
        ...pkg.resolved !== void 0 ? { resolved: pkg.resolved } : {},
        hashes: [],
        ...pkg.license ? { license: pkg.license } : {},
        locations: [],
        dependsOn: [],
        edgesKnown: false
      };
      index = created.push(entry) - 1;
      byPurl.set(purl, index);
    } else {
      entry = created[index];
      if (SCOPE_RANK[pkg.scope] > SCOPE_RANK[entry.scope]) entry.scope = pkg.scope;
      if (pkg.direct === true || pkg.direct === null && entry.direct === false) entry.direct = pkg.direct;
      if (entry.resolved === void 0 && pkg.resolved !== void 0) entry.resolved = pkg.resolved;
      if (entry.license === void 0 && pkg.license) entry.license = pkg.license;
      if (entry.markers !== void 0 && entry.markers !== pkg.markers) delete entry.markers;
    }
    if (pkg.hashes) {
      for (const hash of parseHashes(pkg.hashes)) {
        if (!entry.hashes.some((known) => known.algorithm === hash.algorithm)) entry.hashes.push(hash);
      }
    }
    entry.locations.push(pkg.location);
    indexOfKey.set(packageKey(pkg), index);
  }
  byPurl.clear();
  const order = created.map((_, index) => index).sort((a, b) => compareStrings(created[a].purl, created[b].purl));
  const entries = order.map((index) => created[index]);
  const rank = new Uint32Array(created.length);
  for (const [place, index] of order.entries()) rank[index] = place;
  const count = entries.length;
  let pairs = new Float64Array(1024);
  let pairCount = 0;
  const filesWithEdges = /* @__PURE__ */ new Set();
  let lastFrom;
  for (const edge of inventory.edges) {
    if (edge.from !== lastFrom) {
      lastFrom = edge.from;
      filesWithEdges.add(edge.from.slice(edge.from.lastIndexOf("\0") + 1));
    }
    const from = indexOfKey.get(edge.from);
    const to = indexOfKey.get(edge.to);
    if (from === void 0 || to === void 0 || from === to) continue;
    if (pairCount === pairs.length) {
      const grown = new Float64Array(pairs.length * 2);
      grown.set(pairs);
      pairs = grown;
    }
    pairs[pairCount++] = rank[from] * count + rank[to];
  }
  indexOfKey.clear();
  const sorted = pairs.subarray(0, pairCount).sort();
  const hasParent = new Uint8Array(count);
  for (let at = 0; at < sorted.length; at++) {
    const pair = sorted[at];
    if (at > 0 && sorted[at - 1] === pair) continue;
    const to = pair % count;
    entries[(pair - to) / count].dependsOn.push(entries[to].purl);
    hasParent[to] = 1;
  }
  for (const entry of entries) {
    if (entry.hashes.length > 1) entry.hashes.sort((a, b) => compareStrings(a.algorithm, b.algorithm));
    if (entry.locations.length > 1) entry.locations.sort((a, b) => compareStrings(a.path, b.path) || a.line - b.line);
    entry.edgesKnown = entry.locations.some((location) => filesWithEdges.has(location.path));
  }
  const rootDependsOn = entries.filter((entry, place) => entry.direct === true || entry.direct === null && hasParent[place] === 0).map((entry) => entry.purl);
  return { entries, rootDependsOn };
}
var ALGORITHMS = { sha1: "SHA-1", sha256: "SHA-256", sha384: "SHA-384", sha512: "SHA-512", md5: "MD5" };
var HEX_LENGTH = { "SHA-1": 40, "SHA-256": 64, "SHA-384": 96, "SHA-512": 128, MD5: 32 };
function parseHashes(values) {
  const parsed = [];
  for (const value of values.flatMap((text) => text.trim().split(/\s+/))) {
    const match = /^(sha1|sha256|sha384|sha512|md5)([-:=])(.+)$/i.exec(value);
    if (!match) continue;
    const algorithm = ALGORITHMS[match[1].toLowerCase()];
    let hex = match[3];
    if (match[2] === "-") {
      const bytes = Buffer.from(hex.replace(/\?.*$/, ""), "base64");
      hex = bytes.toString("hex");
    }
    hex = hex.toLowerCase();
    if (/^[0-9a-f]+$/.test(hex) && hex.length === HEX_LENGTH[algorithm]) parsed.push({ algorithm, hex });
  }
  return parsed;
}
function isExpression(text) {
  try {
    (0, import_spdx_expression_parse.default)(text);
    return true;
  } catch {
    return false;
  }
}
function classifyLicense(text) {
  const trimmed = text.trim();
  if (!trimmed || trimmed === "NOASSERTION" || trimmed === "NONE") return void 0;
  try {
    const expression = isExpression(trimmed) ? trimmed : normalizeLicense(trimmed) ?? trimmed;
    const tree = (0, import_spdx_expression_parse.default)(expression);
    const ids = [];
    const walk = (node) => {
      if ("license" in node) ids.push(node.license);
      else {
        walk(node.left);
        walk(node.right);
      }
    };
    walk(tree);
    return { kind: "expression", expression, ids };
  } catch {
    return { kind: "text", text: trimmed };
  }
}
var CONTENT_ID_PLACEHOLDER = "chaingate-content-id-placeholder-3f9c2e";
function contentUuid(content) {
  return uuidOfDigest(crypto.createHash("sha256").update(content).digest());
}
function uuidOfDigest(digest) {
  const bytes = Buffer.from(digest.subarray(0, 16));
  bytes[6] = bytes[6] & 15 | 128;
  bytes[8] = bytes[8] & 63 | 128;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function isoSeconds(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function timestampFromEnv(env) {
  const value = env.SOURCE_DATE_EPOCH;
  if (value === void 0 || value === "") return void 0;
  if (!/^\d{1,12}$/.test(value.trim()))
    throw new ConfigurationError(`SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01, got ${JSON.stringify(value)}`);
  return new Date(Number(value.trim()) * 1e3);
}
function repositoryUrl(subject) {
  return subject.repository ? `${(subject.serverUrl ?? "https://github.com").replace(/\/+$/, "")}/${subject.repository}` : void 0;
}
function subjectPurl(subject) {
  if (subject.image) return imagePurl(subject.image);
  if (!subject.repository) return void 0;
  const [owner, name] = subject.repository.split("/");
  if (!owner || !name) return void 0;
  const server = (subject.serverUrl ?? "https://github.com").replace(/\/+$/, "");
  const qualifiers = server === "https://github.com" ? void 0 : { repository_url: server };
  return new import_packageurl_js.PackageURL("github", owner, name, subject.commit, qualifiers, void 0).toString();
}
function formatLocation(location) {
  return `${location.path}:${location.line}`;
}

export {
  SBOM_FORMATS,
  imagePurl,
  imageFacts,
  compareStrings,
  purlOf,
  buildGraph,
  parseHashes,
  classifyLicense,
  CONTENT_ID_PLACEHOLDER,
  contentUuid,
  uuidOfDigest,
  isoSeconds,
  timestampFromEnv,
  repositoryUrl,
  subjectPurl,
  formatLocation
};
