import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asArray,
  asString,
  hashesOf,
  isRecord,
  namedByManifest,
  normalizeName,
  parseInput,
  pythonPackage,
  readToml,
  tableEntryLines
} from "./chunk-CDL3G5NC.js";
import "./chunk-TYW4WZL4.js";
import "./chunk-RVXJA4QK.js";
import "./chunk-ZF3WZYOV.js";
import {
  packageKey
} from "./chunk-3BUNZPHH.js";
import "./chunk-USOWCHZ6.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/poetry-lock.ts
var FORMAT = "poetry-lock";
function scopeOf(table) {
  const optional = table.optional === true;
  const groups = asArray(table.groups).filter((group) => typeof group === "string");
  if (groups.length > 0) return groups.includes("main") ? optional ? "optional" : "runtime" : "dev";
  if (table.category === "main") return optional ? "optional" : "runtime";
  if (table.category === "dev") return "dev";
  return "unknown";
}
function sourceOf(source) {
  if (!isRecord(source)) return { source: "registry" };
  const url = asString(source.url);
  switch (source.type) {
    case "git": {
      const revision = asString(source.resolved_reference) ?? asString(source.reference);
      return { source: "git", ...url ? { resolved: revision ? `${url}@${revision}` : url } : {} };
    }
    case "directory":
    case "file":
      return { source: "path", ...url ? { resolved: url } : {} };
    case "url":
      return { source: "url", ...url ? { resolved: url } : {} };
    default:
      return { source: "registry", ...url ? { index: url } : {} };
  }
}
function markersOf(value) {
  if (typeof value === "string") return value;
  if (isRecord(value)) {
    const distinct = [...new Set(Object.values(value).filter((marker) => typeof marker === "string"))];
    return distinct.length === 1 ? distinct[0] : distinct.length > 1 ? distinct.map((marker) => `(${marker})`).join(" or ") : void 0;
  }
  return void 0;
}
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  const tables = asArray(doc.package).filter(isRecord);
  const lines = tableEntryLines(input.text, "[[package]]");
  const metadata = isRecord(doc.metadata) ? doc.metadata : {};
  const oldFiles = isRecord(metadata.files) ? metadata.files : {};
  const named = namedByManifest(input.sibling("pyproject.toml"), "pyproject");
  const packages = [];
  const dependencies = [];
  const byName = /* @__PURE__ */ new Map();
  tables.forEach((table, index) => {
    const name = asString(table.name);
    if (!name) return;
    const normalized = normalizeName(name);
    const hashes = [];
    for (const file of asArray(table.files ?? oldFiles[name])) if (isRecord(file)) hashesOf(file.hash, hashes);
    const markers = markersOf(table.markers);
    const pkg = pythonPackage({
      name,
      version: asString(table.version) ?? null,
      scope: scopeOf(table),
      direct: named ? named.has(normalized) : null,
      ...sourceOf(table.source),
      hashes,
      ...markers ? { markers } : {},
      path: input.path,
      line: lines[index] ?? 1
    });
    packages.push(pkg);
    dependencies.push(isRecord(table.dependencies) ? Object.keys(table.dependencies) : []);
    const same = byName.get(normalized);
    if (same) same.push(pkg);
    else byName.set(normalized, [pkg]);
  });
  const edges = [];
  packages.forEach((pkg, index) => {
    const from = packageKey(pkg);
    for (const dependency of dependencies[index]) {
      for (const target of byName.get(normalizeName(dependency)) ?? []) edges.push({ from, to: packageKey(target) });
    }
  });
  return { packages, edges, problems: [] };
}
export {
  read
};
