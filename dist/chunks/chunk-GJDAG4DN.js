import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  parsePurl,
  purlFor
} from "./chunk-WF64JQIV.js";
import {
  require_packageurl_js
} from "./chunk-NHOZRFUV.js";
import {
  packageKey
} from "./chunk-VZNYH5DF.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/inventory/sbom/read.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var PACKAGE_TYPES = /* @__PURE__ */ new Set(["library", "framework", "application"]);
var SCOPES = ["runtime", "dev", "optional", "unknown"];
var SOURCES = ["registry", "git", "path", "workspace", "url"];
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var asArray = (value) => Array.isArray(value) ? value : [];
var asString = (value) => typeof value === "string" && value !== "" ? value : void 0;
function readSbom(input) {
  const problems = [];
  const problem = (message, line, format = "sbom") => ({ path: input.path, format, message, ...line ? { line } : {} });
  let document;
  try {
    document = JSON.parse(input.text.charCodeAt(0) === 65279 ? input.text.slice(1) : input.text);
  } catch (error) {
    const message = error.message;
    return {
      format: void 0,
      packages: [],
      edges: [],
      problems: [problem(`not JSON: ${message.replace(/\s*\(line \d+ column \d+\)$/, "")}`, jsonErrorLine(message, input.text))]
    };
  }
  if (isObject(document) && isObject(document.sbom) && !("spdxVersion" in document) && !("bomFormat" in document)) document = document.sbom;
  if (!isObject(document)) return { format: void 0, packages: [], edges: [], problems: [problem("not an SBOM: the document is not a JSON object", 1)] };
  const lines = new LineIndex(input.text);
  if (document.bomFormat === "CycloneDX") return readCycloneDx(document, input.path, lines, problems);
  if (typeof document.spdxVersion === "string") return readSpdx(document, input.path, lines, problems);
  if ("@context" in document || "@graph" in document)
    problems.push(problem("SPDX 3 (JSON-LD) documents are not read yet: give an SPDX 2.3 or CycloneDX JSON SBOM", 1));
  else problems.push(problem("not a CycloneDX JSON (bomFormat) or SPDX 2 JSON (spdxVersion) document", 1));
  return { format: void 0, packages: [], edges: [], problems };
}
function jsonErrorLine(message, text) {
  const line = /\(line (\d+) column \d+\)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position === void 0) return text.length === 0 ? 1 : void 0;
  let count = 1;
  for (let index = 0; index < Number(position) && index < text.length; index++) if (text.charCodeAt(index) === 10) count++;
  return count;
}
var LineIndex = class {
  first = /* @__PURE__ */ new Map();
  constructor(text) {
    const pattern = /"(bom-ref|purl|SPDXID)"\s*:\s*("(?:[^"\\\n]|\\.)*")/g;
    let line = 1;
    let lineStart = 0;
    let scanned = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      for (let index = scanned; index < match.index; index++)
        if (text.charCodeAt(index) === 10) {
          line++;
          lineStart = index + 1;
        }
      scanned = match.index;
      let value;
      try {
        value = JSON.parse(match[2]);
      } catch {
        continue;
      }
      const key = `${match[1]}\0${value}`;
      if (!this.first.has(key)) this.first.set(key, { line, column: match.index - lineStart + 1 });
    }
  }
  positionOf(key, value) {
    return value === void 0 ? void 0 : this.first.get(`${key}\0${value}`);
  }
};
var NO_VERSION = /* @__PURE__ */ new Set(["NOASSERTION", "NONE", "UNKNOWN"]);
var RANGE_CHECKED = /* @__PURE__ */ new Set(["npm", "PyPI", "Go", "crates.io", "RubyGems", "Packagist", "NuGet", "Maven", "GitHub Actions", "Pub", "Hex"]);
function isVersionRange(ecosystem, version) {
  if (!RANGE_CHECKED.has(ecosystem)) return false;
  return /[\^~<>=|\s,]|^[[(]|[\])]$|(^|\.)[xX*](\.|$)|^\*$|\$\{/.test(version);
}
function identify(purlText, fallbackName, fallbackVersion, ecosystemHint, bad) {
  const identity = identifyAsWritten(purlText, fallbackName, fallbackVersion, ecosystemHint, bad);
  if (identity.version !== null && NO_VERSION.has(identity.version.toUpperCase())) identity.version = null;
  if (identity.version !== null && isVersionRange(identity.ecosystem, identity.version)) {
    identity.range = identity.version;
    identity.version = null;
    if (identity.purl) identity.purl = withoutVersion(identity.purl);
  }
  return identity;
}
function withoutVersion(purlText) {
  const purl = import_packageurl_js.PackageURL.fromString(purlText);
  return new import_packageurl_js.PackageURL(purl.type, purl.namespace, purl.name, void 0, purl.qualifiers, purl.subpath).toString();
}
function identifyAsWritten(purlText, fallbackName, fallbackVersion, ecosystemHint, bad) {
  if (purlText) {
    try {
      const parsed = parsePurl(purlText);
      const ecosystem = parsed.ecosystem ?? ecosystemHint ?? parsed.type;
      const name = parsed.ecosystem && fallbackName !== parsed.name && samePurl(parsed.ecosystem, fallbackName, parsed.name) ? fallbackName : parsed.name;
      let version = parsed.version ?? fallbackVersion ?? null;
      const epoch = parsed.qualifiers.epoch;
      if (version !== null && epoch && /^\d+$/.test(epoch) && (parsed.type === "deb" || parsed.type === "rpm") && !version.includes(":"))
        version = `${epoch}:${version}`;
      return { ecosystem, name, version, purl: purlText, qualifiers: parsed.qualifiers };
    } catch (error) {
      bad(`malformed purl ${JSON.stringify(purlText)}: ${error.message}`);
    }
  }
  return { ecosystem: ecosystemHint ?? "unknown", name: fallbackName, version: fallbackVersion ?? null, qualifiers: {} };
}
function samePurl(ecosystem, a, b) {
  try {
    const purl = purlFor(ecosystem, a, null);
    return purl !== void 0 && purl === purlFor(ecosystem, b, null);
  } catch {
    return false;
  }
}
function sourceOf(identity, hint, resolved) {
  if (hint && SOURCES.includes(hint)) return hint;
  if (identity.qualifiers.vcs_url || resolved && /^git(\+|:)/.test(resolved)) return "git";
  if (identity.qualifiers.download_url) return "url";
  return "registry";
}
var Collector = class {
  packages = [];
  edges = [];
  keys = /* @__PURE__ */ new Set();
  edgeKeys = /* @__PURE__ */ new Set();
  withoutPurl = [];
  withoutVersion = [];
  ranges = [];
  /**
   * Notes what the package lacks (purl, version), for the problems reported once per document. A package
   * chaingate wrote as declared (`chaingate:declared`: a manifest's requirement it did not resolve) is
   * reported by the dependency rules as such, not here.
   */
  note(identity, line, declaredMark) {
    const label = `${identity.name}${identity.version ? `@${identity.version}` : identity.range ? ` ${identity.range}` : ""}`;
    if (!identity.purl) this.withoutPurl.push({ label, line });
    if (identity.range !== void 0) this.ranges.push({ label, line });
    else if (identity.version === null && !declaredMark) this.withoutVersion.push({ label, line });
  }
  add(pkg) {
    const key = packageKey(pkg);
    if (!this.keys.has(key)) {
      this.keys.add(key);
      this.packages.push(pkg);
    }
    return key;
  }
  edge(from, to) {
    const id = `${from}${to}`;
    if (from === to || this.edgeKeys.has(id)) return;
    this.edgeKeys.add(id);
    this.edges.push({ from, to });
  }
  /** One problem per kind of gap, with the count and the first few packages (what is kept, never dropped). */
  problemsFor(path, format) {
    const problems = [];
    const report = (items, what) => {
      if (items.length === 0) return;
      const count = items.length;
      const examples = items.slice(0, 3).map((item) => `${item.label} (line ${item.line})`).join(", ");
      problems.push({ path, format, line: items[0].line, message: `${count} package${count === 1 ? "" : "s"} ${what}: ${examples}${count > 3 ? ", \u2026" : ""}` });
    };
    report(this.withoutPurl, "without a purl, so of unknown ecosystem");
    report(this.withoutVersion, "without a version, so not matched against advisories");
    report(this.ranges, "with a version range instead of a version (declared, not resolved), so not matched against advisories");
    return problems;
  }
};
function readCycloneDx(document, path, lines, problems) {
  const specVersion = asString(document.specVersion);
  if (!specVersion || !/^1\.[2-7]$/.test(specVersion)) {
    problems.push({
      path,
      format: "cyclonedx",
      line: 1,
      message: `CycloneDX specVersion ${JSON.stringify(document.specVersion ?? null)} is not one chaingate reads (1.2\u20131.7); reading it as 1.6`
    });
  }
  const collector = new Collector();
  const metadata = isObject(document.metadata) ? document.metadata : {};
  const rootRef = isObject(metadata.component) ? asString(metadata.component["bom-ref"]) : void 0;
  const rootRefs = new Set(rootRef !== void 0 ? [rootRef] : []);
  const parts = (component) => {
    if (!isObject(component)) return;
    for (const part of asArray(component.components).filter(isObject)) {
      const ref = asString(part["bom-ref"]);
      if (ref !== void 0) rootRefs.add(ref);
      parts(part);
    }
  };
  parts(metadata.component);
  const keyOfRef = /* @__PURE__ */ new Map();
  const declaredDirect = /* @__PURE__ */ new Map();
  const byCycloneDxNpm = toolNames(metadata).some((name) => name === "cyclonedx-npm" || name === "@cyclonedx/cyclonedx-npm");
  const visit = (value) => {
    if (!isObject(value)) return;
    for (const child of asArray(value.components)) visit(child);
    const ref = asString(value["bom-ref"]);
    const properties = cdxProperties(value);
    if (!asString(value.purl) && properties.has("aquasecurity:trivy:Class")) {
      if (ref !== void 0) rootRefs.add(ref);
      return;
    }
    const type = asString(value.type) ?? "library";
    if (!PACKAGE_TYPES.has(type)) return;
    if (ref !== void 0 && ref === rootRef) return;
    const purlText = asString(value.purl);
    const position = lines.positionOf("bom-ref", ref) ?? lines.positionOf("purl", purlText) ?? { line: 1, column: 1 };
    const line = position.line;
    const group = asString(value.group);
    const rawName = asString(value.name) ?? ref ?? "unnamed";
    const fallbackName = group ? purlText === void 0 && /^[\w.-]+$/.test(group) && !group.startsWith("@") ? `${group}:${rawName}` : `${group}/${rawName}` : rawName;
    const identity = identify(
      purlText,
      fallbackName,
      asString(value.version),
      properties.get("chaingate:ecosystem")?.[0],
      (message) => problems.push({ path, format: "cyclonedx", line, message })
    );
    collector.note(identity, line, properties.has("chaingate:declared"));
    const references = asArray(value.externalReferences).filter(isObject);
    const resolved = asString(references.find((reference) => reference.type === "vcs")?.url) ?? asString(references.find((reference) => reference.type === "distribution")?.url);
    const direct = properties.get("chaingate:direct")?.[0];
    const pkg = {
      ecosystem: identity.ecosystem,
      name: identity.name,
      version: identity.version,
      ...identity.purl ? { purl: identity.purl } : {},
      ...properties.get("chaingate:declared") ? { declared: properties.get("chaingate:declared")[0] } : identity.range !== void 0 ? { declared: identity.range } : {},
      ...properties.get("chaingate:markers") ? { markers: properties.get("chaingate:markers")[0] } : {},
      ...properties.get("chaingate:source-package")?.[0] === "unrecorded" ? { sourcePackage: { name: identity.name, unrecorded: true } } : {},
      scope: cdxScope(asString(value.scope), properties, byCycloneDxNpm),
      direct: direct === "true" ? true : direct === "false" ? false : null,
      source: sourceOf(identity, properties.get("chaingate:source")?.[0], resolved),
      ...resolved ? { resolved } : {},
      ...cdxHashes(value),
      ...cdxLicense(value),
      location: { path, line, column: position.column }
    };
    const key = collector.add(pkg);
    if (ref !== void 0 && !keyOfRef.has(ref)) keyOfRef.set(ref, key);
    if (direct === "true" || direct === "false" || direct === "unknown") declaredDirect.set(key, direct === "true");
  };
  for (const component of asArray(document.components)) visit(component);
  const rootDepends = /* @__PURE__ */ new Set();
  let graphHasRoot = false;
  for (const dependency of asArray(document.dependencies).filter(isObject)) {
    const ref = asString(dependency.ref);
    if (ref === void 0) continue;
    const targets = asArray(dependency.dependsOn).map(asString).filter((target) => target !== void 0);
    if (rootRefs.has(ref)) {
      graphHasRoot = true;
      for (const target of targets) {
        const key = keyOfRef.get(target);
        if (key) rootDepends.add(key);
      }
      continue;
    }
    const from = keyOfRef.get(ref);
    if (!from) continue;
    for (const target of targets) {
      const to = keyOfRef.get(target);
      if (to) collector.edge(from, to);
    }
  }
  for (const pkg of collector.packages) {
    const key = packageKey(pkg);
    if (declaredDirect.has(key)) continue;
    if (rootDepends.has(key)) pkg.direct = true;
    else if (graphHasRoot) pkg.direct = false;
  }
  problems.push(...collector.problemsFor(path, "cyclonedx"));
  return { format: "cyclonedx", ...specVersion ? { specVersion } : {}, packages: collector.packages, edges: collector.edges, problems };
}
function cdxProperties(component) {
  const map = /* @__PURE__ */ new Map();
  for (const property of asArray(component.properties).filter(isObject)) {
    const name = asString(property.name);
    const value = typeof property.value === "string" ? property.value : void 0;
    if (name === void 0 || value === void 0) continue;
    map.set(name, [...map.get(name) ?? [], value]);
  }
  return map;
}
function toolNames(metadata) {
  const tools = metadata.tools;
  const list = Array.isArray(tools) ? tools : isObject(tools) ? asArray(tools.components) : [];
  return list.filter(isObject).map((tool) => [asString(tool.group) ?? asString(tool.vendor), asString(tool.name)].filter(Boolean).join("/")).flatMap((name) => [name, name.replace(/^@?cyclonedx\//i, "")]);
}
function cdxScope(scope, properties, byCycloneDxNpm) {
  const own = properties.get("chaingate:scope")?.[0];
  if (own && SCOPES.includes(own)) return own;
  if (properties.get("cdx:npm:package:development")?.[0] === "true") return "dev";
  if (scope === "required") return "runtime";
  if (scope === "optional") return "optional";
  if (scope === "excluded") return "dev";
  if (byCycloneDxNpm && scope === void 0) return "runtime";
  return "unknown";
}
function cdxHashes(component) {
  const hashes = asArray(component.hashes).filter(isObject).map(
    (hash) => asString(hash.alg) && asString(hash.content) ? `${asString(hash.alg).toLowerCase().replace(/-/g, "")}:${asString(hash.content).toLowerCase()}` : void 0
  ).filter((hash) => hash !== void 0);
  return hashes.length > 0 ? { hashes } : {};
}
function cdxLicense(component) {
  const spdx = [];
  const names = [];
  for (const choice of asArray(component.licenses).filter(isObject)) {
    const expression = asString(choice.expression);
    if (expression) spdx.push(expression);
    else if (isObject(choice.license)) {
      const id = asString(choice.license.id);
      const name = asString(choice.license.name);
      if (id) spdx.push(id);
      else if (name) names.push(name);
    }
  }
  const parts = [...new Set(spdx.length > 0 ? spdx : names)];
  if (parts.length === 0) return {};
  if (parts.length === 1) return { license: parts[0] };
  return { license: parts.map((part) => /\s/.test(part) ? `(${part})` : part).join(" AND ") };
}
var DEPENDENCY_OF = {
  DEPENDENCY_OF: null,
  RUNTIME_DEPENDENCY_OF: "runtime",
  DEV_DEPENDENCY_OF: "dev",
  TEST_DEPENDENCY_OF: "dev",
  BUILD_DEPENDENCY_OF: "dev",
  OPTIONAL_DEPENDENCY_OF: "optional",
  PROVIDED_DEPENDENCY_OF: null
};
function readSpdx(document, path, lines, problems) {
  const specVersion = asString(document.spdxVersion);
  if (!/^SPDX-2\.[0-3]$/.test(specVersion))
    problems.push({ path, format: "spdx", line: 1, message: `${specVersion} is not a version chaingate reads (SPDX-2.2, SPDX-2.3); reading it as 2.3` });
  const relationships = asArray(document.relationships).filter(isObject);
  const described = new Set(
    asArray(document.documentDescribes).map(asString).filter((id) => id !== void 0)
  );
  for (const relationship of relationships) {
    const type = asString(relationship.relationshipType);
    if (type === "DESCRIBES" && relationship.spdxElementId === "SPDXRef-DOCUMENT" && asString(relationship.relatedSpdxElement))
      described.add(relationship.relatedSpdxElement);
    if (type === "DESCRIBED_BY" && relationship.relatedSpdxElement === "SPDXRef-DOCUMENT" && asString(relationship.spdxElementId))
      described.add(relationship.spdxElementId);
  }
  const packageIds = new Set(
    asArray(document.packages).filter(isObject).map((item) => asString(item.SPDXID))
  );
  const describedNames = new Set([...described].filter((id) => !packageIds.has(id)));
  if (describedNames.size > 0) {
    for (const item of asArray(document.packages).filter(isObject))
      if (describedNames.has(asString(item.name) ?? "") && asString(item.SPDXID)) described.add(asString(item.SPDXID));
  }
  const extracted = /* @__PURE__ */ new Map();
  for (const info of asArray(document.hasExtractedLicensingInfos).filter(isObject)) {
    const id = asString(info.licenseId);
    const text = asString(info.extractedText);
    if (id && text) extracted.set(id, text);
  }
  const collector = new Collector();
  const keyOfId = /* @__PURE__ */ new Map();
  const ownScope = /* @__PURE__ */ new Set();
  const ownDirect = /* @__PURE__ */ new Set();
  for (const item of asArray(document.packages).filter(isObject)) {
    const id = asString(item.SPDXID);
    if (id === void 0 || described.has(id)) continue;
    const position = lines.positionOf("SPDXID", id) ?? { line: 1, column: 1 };
    const line = position.line;
    const marks = spdxMarks(item);
    const references = asArray(item.externalRefs).filter(isObject);
    const purlReferences = references.filter((reference) => reference.referenceType === "purl");
    const purlText = asString(
      (purlReferences.find((reference) => /^PACKAGE[-_]MANAGER$/.test(String(reference.referenceCategory))) ?? purlReferences[0])?.referenceLocator
    );
    if (!purlText && (asString(item.primaryPackagePurpose) === "OPERATING-SYSTEM" || trivyTarget(item))) continue;
    const identity = identify(
      purlText,
      asString(item.name) ?? id,
      asString(item.versionInfo),
      marks.get("ecosystem"),
      (message) => problems.push({ path, format: "spdx", line, message })
    );
    collector.note(identity, line, marks.has("declared"));
    const download = asString(item.downloadLocation);
    const resolved = download && download !== "NOASSERTION" && download !== "NONE" ? download : void 0;
    const scope = marks.get("scope");
    const direct = marks.get("direct");
    const pkg = {
      ecosystem: identity.ecosystem,
      name: identity.name,
      version: identity.version,
      ...identity.purl ? { purl: identity.purl } : {},
      ...marks.has("declared") ? { declared: marks.get("declared") } : identity.range !== void 0 ? { declared: identity.range } : {},
      ...marks.has("markers") ? { markers: marks.get("markers") } : {},
      ...marks.get("source-package") === "unrecorded" ? { sourcePackage: { name: identity.name, unrecorded: true } } : {},
      scope: scope && SCOPES.includes(scope) ? scope : "unknown",
      direct: direct === "true" ? true : direct === "false" ? false : null,
      source: sourceOf(identity, marks.get("source"), resolved),
      ...resolved ? { resolved } : {},
      ...spdxHashes(item),
      ...spdxLicense(item, extracted),
      location: { path, line, column: position.column }
    };
    const key = collector.add(pkg);
    if (!keyOfId.has(id)) keyOfId.set(id, key);
    if (scope) ownScope.add(key);
    if (direct === "true" || direct === "false" || direct === "unknown") ownDirect.add(key);
  }
  const hints = /* @__PURE__ */ new Map();
  const directKeys = /* @__PURE__ */ new Set();
  let rootHasDependencies = false;
  for (const relationship of relationships) {
    const type = asString(relationship.relationshipType) ?? "";
    const element = asString(relationship.spdxElementId);
    const related = asString(relationship.relatedSpdxElement);
    if (!element || !related) continue;
    let dependent;
    let dependency;
    let scope;
    if (type === "DEPENDS_ON") [dependent, dependency, scope] = [element, related, null];
    else if (type in DEPENDENCY_OF) [dependent, dependency, scope] = [related, element, DEPENDENCY_OF[type]];
    else continue;
    const to = keyOfId.get(dependency);
    if (!to) continue;
    hints.set(to, [...hints.get(to) ?? [], scope]);
    if (described.has(dependent)) {
      rootHasDependencies = true;
      directKeys.add(to);
      continue;
    }
    const from = keyOfId.get(dependent);
    if (from) collector.edge(from, to);
  }
  for (const pkg of collector.packages) {
    const key = packageKey(pkg);
    if (!ownScope.has(key)) pkg.scope = scopeFromHints(hints.get(key) ?? []);
    if (!ownDirect.has(key)) pkg.direct = directKeys.has(key) ? true : rootHasDependencies && hints.has(key) ? false : null;
  }
  problems.push(...collector.problemsFor(path, "spdx"));
  return { format: "spdx", specVersion, packages: collector.packages, edges: collector.edges, problems };
}
function trivyTarget(item) {
  return asArray(item.annotations).filter(isObject).some((annotation) => /^Class: (lang|os)-pkgs$/m.test(asString(annotation.comment) ?? ""));
}
function spdxMarks(item) {
  const marks = /* @__PURE__ */ new Map();
  for (const annotation of asArray(item.annotations).filter(isObject)) {
    for (const line of (asString(annotation.comment) ?? "").split("\n")) {
      const match = /^chaingate:([a-z-]+)=(.*)$/.exec(line);
      if (match && !marks.has(match[1])) marks.set(match[1], match[2]);
    }
  }
  return marks;
}
function scopeFromHints(hints) {
  if (hints.includes("runtime")) return "runtime";
  if (hints.length === 0 || hints.includes(null) || hints.includes("unknown")) return "unknown";
  if (hints.includes("optional")) return "optional";
  return "dev";
}
function spdxHashes(item) {
  const hashes = asArray(item.checksums).filter(isObject).map(
    (checksum) => asString(checksum.algorithm) && asString(checksum.checksumValue) ? `${asString(checksum.algorithm).toLowerCase().replace(/-/g, "")}:${asString(checksum.checksumValue).toLowerCase()}` : void 0
  ).filter((hash) => hash !== void 0);
  return hashes.length > 0 ? { hashes } : {};
}
function spdxLicense(item, extracted) {
  for (const field of ["licenseDeclared", "licenseConcluded"]) {
    const value = asString(item[field]);
    if (!value || value === "NOASSERTION" || value === "NONE") continue;
    return { license: extracted.get(value) ?? value };
  }
  return {};
}

export {
  readSbom
};
