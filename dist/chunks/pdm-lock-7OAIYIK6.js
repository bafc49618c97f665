import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asArray,
  asString,
  entriesProblem,
  hashesOf,
  isRecord,
  manifestToml,
  namedByManifest,
  normalizeName,
  parseInput,
  parseRequirement,
  pythonPackage,
  readToml,
  tableEntryLines
} from "./chunk-DZSVFJRN.js";
import "./chunk-TYW4WZL4.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome,
  packageKey
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/pdm-lock.ts
var FORMAT = "pdm-lock";
function sourceOf(table) {
  if (typeof table.git === "string") {
    const revision = asString(table.revision) ?? asString(table.ref);
    return { source: "git", resolved: revision ? `${table.git}@${revision}` : table.git };
  }
  if (typeof table.path === "string") return { source: "path", resolved: table.path };
  if (typeof table.url === "string") return { source: "url", resolved: table.url };
  return { source: "registry" };
}
function extrasOf(doc) {
  if (doc === void 0) return void 0;
  const project = doc.project;
  const optional = isRecord(project) && isRecord(project["optional-dependencies"]) ? project["optional-dependencies"] : {};
  return new Set(Object.keys(optional).map(normalizeName));
}
function scopeOf(groups, extras) {
  if (groups.size === 0) return "unknown";
  if (groups.has("default")) return "runtime";
  if (extras === void 0) return "unknown";
  return [...groups].some((group) => extras.has(normalizeName(group))) ? "optional" : "dev";
}
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  if (!isRecord(doc.metadata)) return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: "not a pdm.lock: no [metadata] table" });
  const invalid = entriesProblem(input, FORMAT, doc.package, "[[package]]", false);
  if (invalid) return invalid;
  const tables = asArray(doc.package).filter(isRecord);
  const lines = tableEntryLines(input.text, "[[package]]");
  const manifest = manifestToml(input.sibling("pyproject.toml"));
  const named = namedByManifest(manifest, "pyproject");
  const extrasNames = extrasOf(manifest);
  const packages = [];
  const byKey = /* @__PURE__ */ new Map();
  const byName = /* @__PURE__ */ new Map();
  tables.forEach((table, index) => {
    const name = asString(table.name);
    const version = asString(table.version) ?? null;
    const normalized = normalizeName(name);
    const key = `${normalized}\0${version ?? ""}`;
    const groups = asArray(table.groups).filter((group) => typeof group === "string");
    const extras = asArray(table.extras).filter((extra) => typeof extra === "string");
    const dependencies = asArray(table.dependencies).filter((dependency) => typeof dependency === "string");
    const earlier = byKey.get(key);
    if (earlier) {
      for (const group of groups) earlier.groups.add(group);
      earlier.dependencies.push(...dependencies);
      if (extras.length > 0) earlier.pkg.extras = [.../* @__PURE__ */ new Set([...earlier.pkg.extras ?? [], ...extras])];
      return;
    }
    const hashes = [];
    for (const file of asArray(table.files)) if (isRecord(file)) hashesOf(file.hash, hashes);
    const marker = asString(table.marker);
    const pkg = pythonPackage({
      name,
      version,
      scope: "unknown",
      direct: named ? named.has(normalized) : null,
      ...sourceOf(table),
      hashes,
      ...extras.length > 0 ? { extras } : {},
      ...marker ? { markers: marker } : {},
      path: input.path,
      line: lines[index] ?? 1
    });
    packages.push(pkg);
    byKey.set(key, { pkg, groups: new Set(groups), dependencies: [...dependencies] });
    byName.set(normalized, [...byName.get(normalized) ?? [], pkg]);
  });
  const edges = [];
  for (const { pkg, groups, dependencies } of byKey.values()) {
    pkg.scope = scopeOf(groups, extrasNames);
    const from = packageKey(pkg);
    const seen = /* @__PURE__ */ new Set([from]);
    for (const dependency of dependencies) {
      const requirement = parseRequirement(dependency);
      if (!requirement) continue;
      for (const target of byName.get(normalizeName(requirement.name)) ?? []) {
        const to = packageKey(target);
        if (seen.has(to)) continue;
        seen.add(to);
        edges.push({ from, to });
      }
    }
  }
  return { packages, edges, problems: [] };
}
export {
  read
};
