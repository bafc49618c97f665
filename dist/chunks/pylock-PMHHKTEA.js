import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asArray,
  asString,
  entriesProblem,
  hashesOf,
  isRecord,
  localProjectVersion,
  normalizeName,
  parseInput,
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

// src/inventory/readers/pylock.ts
var FORMAT = "pylock";
function quoted(marker, variable) {
  const names = [];
  const pattern = new RegExp(`['"]([^'"]+)['"]\\s+in\\s+${variable}`, "g");
  for (let match = pattern.exec(marker); match; match = pattern.exec(marker)) names.push(match[1]);
  return names;
}
function scopeOf(marker, defaults, declaresGroups) {
  if (marker) {
    const groups = quoted(marker, "dependency_groups");
    if (groups.length > 0 && !groups.some((group) => defaults.has(group))) return "dev";
    if (groups.length === 0 && quoted(marker, "extras").length > 0) return "optional";
  }
  return declaresGroups ? "runtime" : "unknown";
}
function sourceOf(table) {
  if (isRecord(table.vcs)) {
    const vcs = table.vcs;
    const where = asString(vcs.url) ?? asString(vcs.path) ?? "";
    const commit = asString(vcs["commit-id"]);
    return { source: vcs.type === "git" ? "git" : "url", resolved: commit ? `${where}@${commit}` : where };
  }
  if (isRecord(table.directory)) return { source: "path", ...typeof table.directory.path === "string" ? { resolved: table.directory.path } : {} };
  if (isRecord(table.archive)) {
    const url = asString(table.archive.url);
    return url ? { source: "url", resolved: url } : { source: "path", ...typeof table.archive.path === "string" ? { resolved: table.archive.path } : {} };
  }
  return { source: "registry", ...typeof table.index === "string" ? { index: table.index } : {} };
}
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  if (typeof doc["lock-version"] !== "string") {
    return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: "not a PEP 751 lock file: no lock-version" });
  }
  const defaults = new Set(asArray(doc["default-groups"]).filter((group) => typeof group === "string"));
  const declaresGroups = asArray(doc["dependency-groups"]).length > 0 || asArray(doc.extras).length > 0;
  const invalid = entriesProblem(input, FORMAT, doc.packages, "[[packages]]", true);
  if (invalid) return invalid;
  const tables = asArray(doc.packages).filter(isRecord);
  const lines = tableEntryLines(input.text, "[[packages]]");
  const packages = [];
  const dependencies = [];
  const byName = /* @__PURE__ */ new Map();
  tables.forEach((table, index) => {
    const name = asString(table.name);
    if (!name) return;
    const hashes = [];
    for (const artifact of [table.archive, table.sdist, ...asArray(table.wheels)]) if (isRecord(artifact)) hashesOf(artifact.hashes, hashes);
    const marker = asString(table.marker);
    const directory = isRecord(table.directory) ? asString(table.directory.path) : void 0;
    const local = directory !== void 0 && table.version === void 0 ? localProjectVersion(input, directory, name) : void 0;
    const pkg = pythonPackage({
      name,
      version: asString(table.version) ?? local ?? null,
      scope: scopeOf(marker, defaults, declaresGroups),
      direct: null,
      ...sourceOf(table),
      hashes,
      ...marker ? { markers: marker } : {},
      path: input.path,
      line: lines[index] ?? 1
    });
    packages.push(pkg);
    dependencies.push(asArray(table.dependencies).filter(isRecord));
    const normalized = normalizeName(name);
    const same = byName.get(normalized);
    if (same) same.push(pkg);
    else byName.set(normalized, [pkg]);
  });
  const edges = [];
  packages.forEach((pkg, index) => {
    for (const dependency of dependencies[index]) {
      const name = asString(dependency.name);
      if (!name) continue;
      const candidates = byName.get(normalizeName(name)) ?? [];
      const version = asString(dependency.version);
      for (const target of candidates) if (version === void 0 || target.version === version) edges.push({ from: packageKey(pkg), to: packageKey(target) });
    }
  });
  return { packages, edges, problems: [] };
}
export {
  read
};
