import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  TomlError,
  parse
} from "./chunk-TYW4WZL4.js";
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome,
  packageKey
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/cargo-lock.ts
import { posix } from "node:path";
var FORMAT = "cargo-lock";
var isTable = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function entryLines(text) {
  const lines = [];
  let root;
  let inRoot = false;
  let start = 0;
  let line = 1;
  let inPackage = false;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const content = text.slice(start, end).trim();
    if (content.startsWith("[")) {
      inPackage = content === "[[package]]";
      inRoot = content === "[root]";
      if (inPackage) lines.push(line);
      if (inRoot) root = line;
    } else if (inPackage && /^name\s*=/.test(content)) {
      lines[lines.length - 1] = line;
      inPackage = false;
    } else if (inRoot && /^name\s*=/.test(content)) {
      root = line;
      inRoot = false;
    }
    start = end + 1;
    line++;
  }
  return { lines, ...root ? { root } : {} };
}
var DEP_KINDS = ["dependencies", "dev-dependencies", "dev_dependencies", "build-dependencies", "build_dependencies"];
function declaredDependencies(manifest, workspaceDeps) {
  const declared = [];
  const tables = DEP_KINDS.map((kind) => [kind, manifest[kind]]);
  const targets = manifest.target;
  if (isTable(targets)) {
    for (const target of Object.values(targets)) {
      if (isTable(target)) for (const kind of DEP_KINDS) tables.push([kind, target[kind]]);
    }
  }
  for (const [kind, table] of tables) {
    if (!isTable(table)) continue;
    for (const [key, spec] of Object.entries(table)) {
      let entry = isTable(spec) ? spec : typeof spec === "string" ? { version: spec } : {};
      if (entry.workspace === true) {
        const inherited = workspaceDeps[key];
        const base = isTable(inherited) ? inherited : typeof inherited === "string" ? { version: inherited } : {};
        entry = { ...base, ...entry };
      }
      const name = typeof entry.package === "string" ? entry.package : key;
      const requirement = typeof entry.version === "string" ? entry.version : void 0;
      const dependencyKind = kind.startsWith("dev") || kind.startsWith("build") ? "dev" : entry.optional === true ? "optional" : "normal";
      declared.push({ name, kind: dependencyKind, ...requirement ? { requirement } : {} });
    }
  }
  return declared;
}
function compatible(requirement, version) {
  if (!requirement) return true;
  const first = (requirement.split(",")[0] ?? "").trim();
  const match = /^(\^|~|=|>=|>|<=|<)?\s*v?(\d+)(?:\.(\d+|\*))?(?:\.(\d+|\*))?/.exec(first);
  if (!match) return true;
  const op = match[1] ?? "^";
  if (op !== "^" && op !== "~" && op !== "=") return true;
  const wanted = [match[2], match[3], match[4]].map((part) => part === void 0 || part === "*" ? void 0 : Number(part));
  const have = version.split(/[.+-]/).slice(0, 3).map(Number);
  if (op === "=") return wanted.every((part, index) => part === void 0 || part === have[index]);
  if (op === "~") return wanted[0] === have[0] && (wanted[1] === void 0 || wanted[1] === have[1]);
  for (let index = 0; index < 3; index++) {
    const part = wanted[index];
    if (part === void 0) return true;
    if (part !== have[index]) return false;
    if (part !== 0) return true;
  }
  return true;
}
function readToml(text) {
  if (text === void 0) return void 0;
  try {
    return parse(text);
  } catch {
    return void 0;
  }
}
function pathDependencies(manifest, patches) {
  const tables = [];
  if (patches) {
    if (isTable(manifest.patch)) tables.push(...Object.values(manifest.patch));
    tables.push(manifest.replace);
  } else {
    tables.push(...DEP_KINDS.map((kind) => manifest[kind]));
    if (isTable(manifest.target)) {
      for (const target of Object.values(manifest.target)) if (isTable(target)) for (const kind of DEP_KINDS) tables.push(target[kind]);
    }
    if (isTable(manifest.workspace)) tables.push(manifest.workspace.dependencies);
  }
  const paths = [];
  for (const table of tables) {
    if (!isTable(table)) continue;
    for (const spec of Object.values(table)) if (isTable(spec) && typeof spec.path === "string") paths.push(spec.path);
  }
  return paths;
}
function workspaceManifests(input, workspaceCrates) {
  const root = readToml(input.sibling("Cargo.toml"));
  if (!root) return void 0;
  const workspace = isTable(root.workspace) ? root.workspace : void 0;
  const workspaceDeps = workspace && isTable(workspace.dependencies) ? workspace.dependencies : {};
  const strings = (value) => Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
  const clean = (dir) => posix.normalize(dir).replace(/\/+$/, "") || ".";
  const excluded = strings(workspace?.exclude).map(clean);
  const isMember = (dir) => dir === "." || workspace !== void 0 && !dir.startsWith("../") && dir !== ".." && !excluded.some((out) => dir === out || dir.startsWith(`${out}/`));
  const manifests = /* @__PURE__ */ new Map();
  const visited = /* @__PURE__ */ new Set();
  const visit = (dir, patched = false, manifest = readToml(input.sibling(dir === "." ? "Cargo.toml" : `${dir}/Cargo.toml`))) => {
    if (visited.has(dir) || !manifest) return;
    visited.add(dir);
    const pkg = manifest.package;
    if (isTable(pkg) && typeof pkg.name === "string" && !manifests.has(pkg.name)) manifests.set(pkg.name, { manifest, dir, member: !patched && isMember(dir) });
    for (const relative of pathDependencies(manifest, false)) visit(clean(posix.join(dir, relative)), patched);
  };
  visit(".", false, root);
  for (const member of strings(workspace?.members).map(clean)) {
    if (!/[*?[]/.test(member)) {
      visit(member);
      continue;
    }
    for (const file of input.glob?.(`${member}/Cargo.toml`) ?? []) visit(clean(posix.dirname(file)));
    const star = /^(.*)\/\*$/.exec(member);
    if (star) {
      for (const crate of workspaceCrates) if (!manifests.has(crate.name)) visit(`${star[1]}/${crate.name}`);
    }
  }
  for (const relative of pathDependencies(root, true)) visit(clean(relative), true);
  return { manifests, workspaceDeps };
}
function problem(path, message, line) {
  return emptyOutcome({ path, format: FORMAT, message, ...line ? { line } : {} });
}
function read(input) {
  let document;
  try {
    document = parse(input.text);
  } catch (error) {
    if (error instanceof TomlError) return problem(input.path, `invalid TOML: ${error.message.split("\n")[0]}`, error.line);
    throw error;
  }
  const packageEntries = document.package ?? [];
  if (!Array.isArray(packageEntries)) return problem(input.path, "`package` is not an array of tables", 1);
  const { lines, root } = entryLines(input.text);
  const entries = [...packageEntries];
  if (isTable(document.root)) {
    entries.push(document.root);
    lines[entries.length - 1] = root ?? 1;
  }
  if (entries.length === 0) return problem(input.path, "no [[package]] entries", 1);
  const metadata = isTable(document.metadata) ? document.metadata : {};
  const crates = [];
  for (const [index, entry] of entries.entries()) {
    const line = lines[index] ?? 1;
    if (!isTable(entry) || typeof entry.name !== "string" || typeof entry.version !== "string") {
      return problem(input.path, "a [[package]] entry without a string name and version", line);
    }
    const source = typeof entry.source === "string" ? entry.source : void 0;
    const checksum = typeof entry.checksum === "string" ? entry.checksum : metadata[`checksum ${entry.name} ${entry.version} (${source})`];
    const dependencies = Array.isArray(entry.dependencies) ? entry.dependencies.filter((dep) => typeof dep === "string") : [];
    crates.push({
      name: entry.name,
      version: entry.version,
      dependencies,
      line,
      ...source ? { source } : {},
      ...typeof checksum === "string" && checksum !== "<none>" ? { checksum } : {}
    });
  }
  const byName = /* @__PURE__ */ new Map();
  for (const crate of crates) {
    const list = byName.get(crate.name);
    if (list) list.push(crate);
    else byName.set(crate.name, [crate]);
  }
  const resolve = (reference) => {
    const match = /^(\S+)(?: (\S+))?(?: \((.+)\))?$/.exec(reference.trim());
    if (!match) return void 0;
    const candidates = byName.get(match[1]) ?? [];
    return candidates.find((crate) => (match[2] === void 0 || crate.version === match[2]) && (match[3] === void 0 || crate.source === match[3]));
  };
  const children = /* @__PURE__ */ new Map();
  for (const crate of crates) {
    const resolved = [];
    for (const reference of crate.dependencies) {
      const target = resolve(reference);
      if (!target) return problem(input.path, `dependency "${reference}" of ${crate.name} ${crate.version} is not a [[package]] of this file`, crate.line);
      resolved.push(target);
    }
    children.set(crate, resolved);
  }
  const workspaceCrates = crates.filter((crate) => crate.source === void 0);
  const found = workspaceManifests(input, workspaceCrates);
  const outside = /* @__PURE__ */ new Map();
  for (const crate of workspaceCrates) {
    const manifest = found?.manifests.get(crate.name);
    if (manifest && !manifest.member) outside.set(crate, manifest.dir);
  }
  const members = workspaceCrates.filter((crate) => !outside.has(crate));
  const scopes = classify(found, members, children);
  const directs = /* @__PURE__ */ new Set();
  for (const member of members) for (const child of children.get(member) ?? []) directs.add(child);
  const packages = [];
  for (const crate of crates) {
    const isMember = crate.source === void 0 && !outside.has(crate);
    const pkg = {
      ecosystem: "crates.io",
      name: crate.name,
      version: crate.version,
      purl: purlFor("crates.io", crate.name, crate.version),
      scope: isMember ? "runtime" : scopes.get(crate) ?? "unknown",
      direct: isMember || directs.has(crate),
      source: "registry",
      location: { path: input.path, line: crate.line }
    };
    if (isMember) pkg.source = "workspace";
    else if (outside.has(crate)) {
      pkg.source = "path";
      pkg.resolved = outside.get(crate);
    } else if (crate.source?.startsWith("git+")) {
      pkg.source = "git";
      pkg.resolved = crate.source.slice(4);
    } else if (crate.source?.startsWith("path+")) {
      pkg.source = "path";
      pkg.resolved = crate.source.slice(5);
    } else if (crate.source && !crate.source.startsWith("registry+") && !crate.source.startsWith("sparse+")) {
      pkg.source = "url";
      pkg.resolved = crate.source;
    }
    if (crate.checksum) pkg.hashes = [`sha256:${crate.checksum}`];
    crate.pkg = pkg;
    packages.push(pkg);
  }
  const edges = [];
  for (const crate of crates) {
    const from = packageKey(crate.pkg);
    for (const child of children.get(crate) ?? []) edges.push({ from, to: packageKey(child.pkg) });
  }
  return { packages, edges, problems: [] };
}
function classify(found, members, children) {
  const scopes = /* @__PURE__ */ new Map();
  if (!found) return scopes;
  const isMember = new Set(members);
  const roots = { runtime: [], optional: [], unknown: [], dev: [] };
  for (const member of members) {
    const manifest = found.manifests.get(member.name)?.manifest;
    const memberChildren = (children.get(member) ?? []).filter((child) => !isMember.has(child));
    if (!manifest) {
      roots.unknown.push(...memberChildren);
      continue;
    }
    const declared = declaredDependencies(manifest, found.workspaceDeps);
    for (const child of memberChildren) {
      const sameName = memberChildren.filter((other) => other.name === child.name).length > 1;
      const kinds = new Set(
        declared.filter((dep) => dep.name === child.name && (!sameName || compatible(dep.requirement, child.version))).map((dep) => dep.kind)
      );
      if (kinds.has("normal")) roots.runtime.push(child);
      else if (kinds.has("optional")) roots.optional.push(child);
      else if (kinds.has("dev")) roots.dev.push(child);
      else roots.unknown.push(child);
    }
  }
  for (const scope of ["runtime", "optional", "unknown", "dev"]) {
    const stack = roots[scope].filter((crate) => !scopes.has(crate));
    for (const crate of stack) scopes.set(crate, scope);
    while (stack.length > 0) {
      const crate = stack.pop();
      for (const child of children.get(crate) ?? []) {
        if (isMember.has(child) || scopes.has(child)) continue;
        scopes.set(child, scope);
        stack.push(child);
      }
    }
  }
  return scopes;
}
export {
  read
};
