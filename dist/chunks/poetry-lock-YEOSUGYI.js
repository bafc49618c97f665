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
function specExtras(spec) {
  return asArray(isRecord(spec) ? spec.extras : void 0).filter((extra) => typeof extra === "string");
}
function specOptional(spec) {
  if (isRecord(spec)) return spec.optional === true;
  const list = asArray(spec);
  return list.length > 0 && list.every((entry) => isRecord(entry) && entry.optional === true);
}
function manifestRoots(doc) {
  if (doc === void 0) return void 0;
  const roots = { runtime: [], optional: [], dev: [] };
  const pep508 = (list, scope) => {
    for (const entry of asArray(list)) {
      const requirement = typeof entry === "string" ? parseRequirement(entry) : void 0;
      if (requirement) roots[scope].push({ name: requirement.name, extras: requirement.extras });
    }
  };
  const poetryTable = (table, scope) => {
    if (!isRecord(table)) return;
    for (const [name, spec] of Object.entries(table)) {
      if (name.toLowerCase() === "python") continue;
      const extras = [...specExtras(spec), ...asArray(spec).flatMap(specExtras)];
      roots[scope === "runtime" && specOptional(spec) ? "optional" : scope].push({ name, extras });
    }
  };
  const project = isRecord(doc.project) ? doc.project : {};
  pep508(project.dependencies, "runtime");
  if (isRecord(project["optional-dependencies"])) for (const list of Object.values(project["optional-dependencies"])) pep508(list, "optional");
  if (isRecord(doc["dependency-groups"])) for (const list of Object.values(doc["dependency-groups"])) pep508(list, "dev");
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  poetryTable(poetry.dependencies, "runtime");
  poetryTable(poetry["dev-dependencies"], "dev");
  if (isRecord(poetry.group)) {
    for (const [group, table] of Object.entries(poetry.group)) if (isRecord(table)) poetryTable(table.dependencies, group === "main" ? "runtime" : "dev");
  }
  return roots;
}
function reachability(tables, roots) {
  const byName = /* @__PURE__ */ new Map();
  for (const table of tables) {
    const name = asString(table.name);
    if (!name) continue;
    const normalized = normalizeName(name);
    byName.set(normalized, [...byName.get(normalized) ?? [], table]);
  }
  const scopes = /* @__PURE__ */ new Map();
  for (const scope of ["runtime", "optional", "dev"]) {
    const extrasSeen = /* @__PURE__ */ new Map();
    const queue = [...roots[scope]];
    for (let at = 0; at < queue.length; at += 1) {
      const normalized = normalizeName(queue[at].name);
      const seen = extrasSeen.get(normalized);
      const newExtras = queue[at].extras.map(normalizeName).filter((extra) => !seen?.has(extra));
      if (seen && newExtras.length === 0) continue;
      const extras = seen ?? /* @__PURE__ */ new Set();
      extrasSeen.set(normalized, extras);
      if (!scopes.has(normalized)) scopes.set(normalized, scope);
      for (const table of byName.get(normalized) ?? []) {
        const dependencies = isRecord(table.dependencies) ? table.dependencies : {};
        const wantedByExtra = /* @__PURE__ */ new Set();
        if (isRecord(table.extras)) {
          for (const [extra, list] of Object.entries(table.extras))
            if (newExtras.includes(normalizeName(extra)))
              for (const entry of asArray(list)) {
                const name = typeof entry === "string" ? /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(entry)?.[1] : void 0;
                if (name) wantedByExtra.add(normalizeName(name));
              }
        }
        for (const [name, spec] of Object.entries(dependencies)) {
          const follow = specOptional(spec) ? wantedByExtra.has(normalizeName(name)) : !seen;
          if (follow) queue.push({ name, extras: [...specExtras(spec), ...asArray(spec).flatMap(specExtras)] });
        }
      }
      for (const extra of newExtras) extras.add(extra);
    }
  }
  return scopes;
}
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  if (!isRecord(doc.metadata)) return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: "not a poetry.lock: no [metadata] table" });
  const invalid = entriesProblem(input, FORMAT, doc.package, "[[package]]", false);
  if (invalid) return invalid;
  const tables = asArray(doc.package).filter(isRecord);
  const lines = tableEntryLines(input.text, "[[package]]");
  const oldFiles = isRecord(doc.metadata.files) ? doc.metadata.files : {};
  const manifest = manifestToml(input.sibling("pyproject.toml"));
  const named = namedByManifest(manifest, "pyproject");
  const recorded = tables.some((table) => Array.isArray(table.groups) || typeof table.category === "string");
  const roots = recorded ? void 0 : manifestRoots(manifest);
  const reached = roots ? reachability(tables, roots) : void 0;
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
      scope: reached ? reached.get(normalized) ?? "unknown" : scopeOf(table),
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
