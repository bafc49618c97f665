import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ubuntuReleaseOfQualifier
} from "./chunk-UQPVNOZB.js";
import {
  require_packageurl_js
} from "./chunk-NHOZRFUV.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// src/advisories/vex.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var VexError = class extends Error {
};
var STATUSES = /* @__PURE__ */ new Set(["not_affected", "affected", "fixed", "under_investigation"]);
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var asString = (value) => typeof value === "string" && value !== "" ? value : void 0;
function readVex(document, path) {
  if (!isObject(document)) throw new VexError(`${path}: a VEX document is a JSON object`);
  if (typeof document["@context"] === "string" && document["@context"].startsWith("https://openvex.dev/ns")) return readOpenVex(document, path);
  if (document.bomFormat === "CycloneDX") return readCycloneDxVex(document, path);
  throw new VexError(`${path}: neither an OpenVEX document (@context https://openvex.dev/ns/\u2026) nor a CycloneDX BOM`);
}
function readOpenVex(document, path) {
  const statements = document.statements;
  if (!Array.isArray(statements)) throw new VexError(`${path}: OpenVEX document without a statements list`);
  const documentTime = asString(document.timestamp);
  return statements.map((raw, index) => {
    const where = `${path}: statement ${index + 1}`;
    if (!isObject(raw)) throw new VexError(`${where} is not an object`);
    const status = raw.status;
    if (typeof status !== "string" || !STATUSES.has(status)) throw new VexError(`${where}: status must be one of ${[...STATUSES].join(", ")}`);
    const vulnerability = raw.vulnerability;
    const ids = isObject(vulnerability) ? [asString(vulnerability.name), asString(vulnerability["@id"]), ...Array.isArray(vulnerability.aliases) ? vulnerability.aliases.map(asString) : []] : [asString(vulnerability)];
    const named = ids.filter((id) => id !== void 0);
    if (named.length === 0) throw new VexError(`${where}: no vulnerability name`);
    const purls = [];
    for (const product of Array.isArray(raw.products) ? raw.products : []) {
      const id = isObject(product) ? asString(product["@id"]) : asString(product);
      if (id) purls.push(id);
      if (isObject(product) && Array.isArray(product.subcomponents)) {
        for (const sub of product.subcomponents) if (isObject(sub) && asString(sub["@id"])) purls.push(sub["@id"]);
      }
    }
    const justification = asString(raw.justification);
    const impact = asString(raw.impact_statement);
    if (status === "not_affected" && !justification && !impact) throw new VexError(`${where}: not_affected needs a justification or an impact_statement`);
    const timestamp = asString(raw.timestamp) ?? documentTime;
    return {
      ids: [...new Set(named)],
      purls,
      status,
      ...justification ? { justification } : {},
      ...impact ? { impact } : {},
      ...timestamp ? { timestamp } : {},
      source: { path, statement: index + 1, format: "openvex" }
    };
  });
}
var CYCLONEDX_STATE = {
  not_affected: "not_affected",
  false_positive: "not_affected",
  resolved: "fixed",
  resolved_with_pedigree: "fixed",
  exploitable: "affected",
  in_triage: "under_investigation"
};
function readCycloneDxVex(document, path) {
  const refs = /* @__PURE__ */ new Map();
  const collect = (components) => {
    for (const component of Array.isArray(components) ? components : []) {
      if (!isObject(component)) continue;
      const purl = asString(component.purl);
      const ref = asString(component["bom-ref"]);
      if (purl && ref) refs.set(ref, purl);
      collect(component.components);
    }
  };
  collect(document.components);
  if (isObject(document.metadata) && isObject(document.metadata.component)) collect([document.metadata.component]);
  const vulnerabilities = Array.isArray(document.vulnerabilities) ? document.vulnerabilities : [];
  const statements = [];
  vulnerabilities.forEach((raw, index) => {
    if (!isObject(raw) || !isObject(raw.analysis)) return;
    const state = asString(raw.analysis.state);
    const status = state ? CYCLONEDX_STATE[state] : void 0;
    if (!status) return;
    const ids = [
      asString(raw.id),
      ...Array.isArray(raw.references) ? raw.references.map((reference) => isObject(reference) ? asString(reference.id) : void 0) : []
    ].filter((id) => id !== void 0);
    const purls = (Array.isArray(raw.affects) ? raw.affects : []).map((affect) => isObject(affect) ? asString(affect.ref) : void 0).filter((ref) => ref !== void 0).map((ref) => refs.get(ref) ?? ref);
    const justification = asString(raw.analysis.justification);
    const detail = asString(raw.analysis.detail);
    const timestamp = asString(raw.analysis.lastUpdated) ?? asString(raw.updated) ?? asString(raw.published);
    statements.push({
      ids,
      purls,
      status,
      ...justification ? { justification } : {},
      ...detail ? { impact: detail } : {},
      ...timestamp ? { timestamp } : {},
      source: { path, statement: index + 1, format: "cyclonedx" }
    });
  });
  return statements;
}
function purlMatches(statementPurl, packagePurl) {
  let wanted;
  let actual;
  try {
    wanted = import_packageurl_js.PackageURL.fromString(statementPurl);
    actual = import_packageurl_js.PackageURL.fromString(packagePurl);
  } catch {
    return false;
  }
  if (wanted.type !== actual.type || (wanted.namespace ?? "") !== (actual.namespace ?? "") || wanted.name !== actual.name) return false;
  if (wanted.version && wanted.version !== actual.version) return false;
  for (const [key, value] of Object.entries(wanted.qualifiers ?? {})) {
    const found = actual.qualifiers?.[key];
    if (found === value) continue;
    if (key === "distro" && found !== void 0 && wanted.namespace === "ubuntu" && sameUbuntuRelease(value, found)) continue;
    return false;
  }
  return true;
}
function sameUbuntuRelease(a, b) {
  const release = ubuntuReleaseOfQualifier(a);
  return release !== void 0 && release === ubuntuReleaseOfQualifier(b);
}
function decidingStatement(statements, ids, purl) {
  if (!purl) return void 0;
  const wanted = new Set(ids);
  let best;
  for (const statement of statements) {
    if (!statement.ids.some((id) => wanted.has(id))) continue;
    if (!statement.purls.some((candidate) => purlMatches(candidate, purl))) continue;
    if (!best || (statement.timestamp ?? "") >= (best.timestamp ?? "")) best = statement;
  }
  return best;
}
function suppresses(statement) {
  return statement?.status === "not_affected" || statement?.status === "fixed";
}
function openVexDocument(entries, options) {
  return {
    "@context": "https://openvex.dev/ns/v0.2.0",
    "@id": options.id,
    author: options.author,
    timestamp: options.timestamp,
    version: 1,
    statements: entries.map((entry) => ({
      vulnerability: { name: entry.ids[0], ...entry.ids.length > 1 ? { aliases: entry.ids.slice(1) } : {} },
      products: [{ "@id": entry.purl }],
      status: "not_affected",
      // OpenVEX takes a justification or an impact statement, not both: the reason goes in the notes then.
      ...entry.justification ? { justification: entry.justification, status_notes: entry.reason } : { impact_statement: entry.reason }
    }))
  };
}

export {
  VexError,
  readVex,
  purlMatches,
  decidingStatement,
  suppresses,
  openVexDocument
};
