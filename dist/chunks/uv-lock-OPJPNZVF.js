import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asArray,
  asString,
  entriesProblem,
  hashesOf,
  isRecord,
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

// src/inventory/readers/uv-lock.ts
var FORMAT = "uv-lock";
function dependencyList(value) {
  const list = [];
  for (const entry of asArray(value)) {
    if (!isRecord(entry) || typeof entry.name !== "string") continue;
    list.push({
      name: entry.name,
      ...typeof entry.version === "string" ? { version: entry.version } : {},
      ...isRecord(entry.source) ? { source: entry.source } : {},
      extras: asArray(entry.extra).filter((extra) => typeof extra === "string")
    });
  }
  return list;
}
function sourceOf(source, member) {
  if (member) return { source: "workspace", resolved: asString(source.editable) ?? asString(source.virtual) ?? asString(source.directory) };
  if (typeof source.registry === "string") return { source: "registry", index: source.registry };
  if (typeof source.git === "string") return { source: "git", resolved: source.git };
  if (typeof source.url === "string") return { source: "url", resolved: source.url };
  const local = asString(source.path) ?? asString(source.directory) ?? asString(source.editable) ?? asString(source.virtual);
  return { source: "path", ...local ? { resolved: local } : {} };
}
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  if (typeof doc.version !== "number") return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: "not a uv.lock: no `version`" });
  const invalid = entriesProblem(input, FORMAT, doc.package, "[[package]]", true);
  if (invalid) return invalid;
  const tables = asArray(doc.package).filter(isRecord);
  const lines = tableEntryLines(input.text, "[[package]]");
  const manifest = isRecord(doc.manifest) ? doc.manifest : {};
  const members = new Set(
    asArray(manifest.members).filter((name) => typeof name === "string").map(normalizeName)
  );
  const locked = [];
  const byName = /* @__PURE__ */ new Map();
  tables.forEach((table, index) => {
    const name = asString(table.name);
    if (!name) return;
    const normalized = normalizeName(name);
    const source = isRecord(table.source) ? table.source : {};
    const member = members.has(normalized) || members.size === 0 && (source.editable === "." || source.virtual === ".");
    if (member) members.add(normalized);
    const hashes = [];
    if (isRecord(table.sdist)) hashesOf(table.sdist.hash, hashes);
    for (const wheel of asArray(table.wheels)) if (isRecord(wheel)) hashesOf(wheel.hash, hashes);
    const where = sourceOf(source, member);
    const pkg = pythonPackage({
      name,
      version: asString(table.version) ?? null,
      scope: "unknown",
      direct: member ? true : false,
      ...where,
      hashes,
      path: input.path,
      line: lines[index] ?? 1
    });
    const optional = /* @__PURE__ */ new Map();
    if (isRecord(table["optional-dependencies"]))
      for (const [extra, list] of Object.entries(table["optional-dependencies"])) optional.set(extra, dependencyList(list));
    const dev = [];
    if (isRecord(table["dev-dependencies"])) for (const list of Object.values(table["dev-dependencies"])) dev.push(...dependencyList(list));
    const entry = { table, name, normalized, pkg, dependencies: dependencyList(table.dependencies), optional, dev };
    locked.push(entry);
    const same = byName.get(normalized);
    if (same) same.push(entry);
    else byName.set(normalized, [entry]);
  });
  const resolve = (dependency) => {
    const candidates = byName.get(normalizeName(dependency.name));
    if (!candidates || candidates.length === 1) return candidates?.[0];
    return candidates.find(
      (candidate) => (dependency.version === void 0 || candidate.pkg.version === dependency.version) && (dependency.source === void 0 || JSON.stringify(candidate.table.source) === JSON.stringify(dependency.source))
    ) ?? candidates[0];
  };
  const scopeOf = /* @__PURE__ */ new Map();
  const walk = (start, scope) => {
    const queue = [...start];
    for (let at = 0; at < queue.length; at += 1) {
      const dependency = queue[at];
      const target = resolve(dependency);
      if (!target) continue;
      const seenAs = scopeOf.get(target);
      const extrasNew = dependency.extras.length > 0;
      if (seenAs !== void 0 && !extrasNew) continue;
      if (seenAs === void 0) scopeOf.set(target, scope);
      if (seenAs === void 0) queue.push(...target.dependencies);
      for (const extra of dependency.extras) queue.push(...target.optional.get(extra) ?? []);
    }
  };
  const roots = locked.filter((entry) => members.has(entry.normalized));
  for (const root of roots) scopeOf.set(root, "runtime");
  const requirementsOf = (value) => asArray(value).flatMap((entry) => {
    const name = isRecord(entry) ? asString(entry.name) : typeof entry === "string" ? parseRequirement(entry)?.name : void 0;
    return name ? [{ name, extras: [] }] : [];
  });
  walk([...roots.flatMap((root) => root.dependencies), ...requirementsOf(manifest.requirements)], "runtime");
  walk(
    roots.flatMap((root) => [...root.optional.values()].flat()),
    "optional"
  );
  const manifestGroups = isRecord(manifest["dependency-groups"]) ? Object.values(manifest["dependency-groups"]).flatMap(requirementsOf) : [];
  walk([...roots.flatMap((root) => root.dev), ...manifestGroups], "dev");
  const named = /* @__PURE__ */ new Set();
  for (const root of roots)
    for (const dependency of [...root.dependencies, ...[...root.optional.values()].flat(), ...root.dev]) named.add(normalizeName(dependency.name));
  for (const dependency of [...requirementsOf(manifest.requirements), ...manifestGroups]) named.add(normalizeName(dependency.name));
  const edges = [];
  for (const entry of locked) {
    entry.pkg.scope = scopeOf.get(entry) ?? "unknown";
    if (!members.has(entry.normalized)) entry.pkg.direct = named.has(entry.normalized);
    const from = packageKey(entry.pkg);
    const seen = /* @__PURE__ */ new Set();
    for (const dependency of [...entry.dependencies, ...[...entry.optional.values()].flat(), ...entry.dev]) {
      const target = resolve(dependency);
      if (!target) continue;
      const to = packageKey(target.pkg);
      if (!seen.has(to)) {
        seen.add(to);
        edges.push({ from, to });
      }
    }
  }
  return { packages: locked.map((entry) => entry.pkg), edges, problems: [] };
}
export {
  read
};
