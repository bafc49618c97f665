import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  minimatch
} from "./chunk-P3SZQKBM.js";
import {
  LineCursor,
  PackageSet,
  jsonProblem,
  lineOfMatch,
  manifestDependencyNames,
  npmAlias,
  parseManifest,
  platformMarkers,
  registryOf,
  registryTarball,
  section,
  shapeProblem,
  sourceOf
} from "./chunk-FWJHIQ2M.js";
import "./chunk-PWQCIXAS.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/npm-lock.ts
var FORMAT = "package-lock";
var NEWEST = 3;
var EDGE_SECTIONS = ["dependencies", "optionalDependencies", "peerDependencies"];
function read(input) {
  let lock;
  try {
    lock = JSON.parse(input.text);
  } catch (error) {
    return emptyOutcome(jsonProblem(input.path, FORMAT, input.text, error));
  }
  if (!lock || typeof lock !== "object" || Array.isArray(lock)) {
    return emptyOutcome(shapeProblem(input.path, FORMAT, "not a package-lock: the file is not a JSON object"));
  }
  if (typeof lock.lockfileVersion === "number" && lock.lockfileVersion > NEWEST) {
    const line = lineOfMatch(input.text, /"lockfileVersion"/);
    return emptyOutcome(shapeProblem(input.path, FORMAT, `package-lock lockfileVersion ${lock.lockfileVersion} is not read (1 to ${NEWEST} are)`, line));
  }
  if (lock.packages && typeof lock.packages === "object") return readPackages(input, lock.packages);
  if (lock.dependencies && typeof lock.dependencies === "object") return readTree(input, lock.dependencies);
  if (typeof lock.lockfileVersion === "number") return emptyOutcome();
  return emptyOutcome(shapeProblem(input.path, FORMAT, "not a package-lock: no lockfileVersion, packages or dependencies"));
}
function scopeOf(entry) {
  if (entry.dev) return "dev";
  if (entry.optional || entry.devOptional) return "optional";
  return "runtime";
}
function licenseOf(entry) {
  const license = entry.license;
  if (typeof license === "string") return license;
  if (license && typeof license === "object" && typeof license.type === "string") return license.type;
  return void 0;
}
var NODE_MODULES = "node_modules/";
function installedName(path) {
  const at = path.lastIndexOf(NODE_MODULES);
  return at === -1 ? path.slice(path.lastIndexOf("/") + 1) : path.slice(at + NODE_MODULES.length);
}
function isFolder(path) {
  return !path.startsWith(NODE_MODULES) && !path.includes("/" + NODE_MODULES);
}
function readPackages(input, entries) {
  const set = new PackageSet(input.path);
  const root = entries[""] ?? {};
  const globs = Array.isArray(root.workspaces) ? root.workspaces.filter((glob) => typeof glob === "string") : [];
  const cursor = new LineCursor(input.text, Math.max(0, input.text.indexOf('"packages"')));
  const byPath = /* @__PURE__ */ new Map();
  const links = [];
  for (const path in entries) {
    if (path === "") continue;
    const entry = entries[path];
    if (!entry || typeof entry !== "object") continue;
    const line = cursor.findJsonKey(path);
    if (entry.link) {
      if (typeof entry.resolved === "string") links.push([path, entry.resolved]);
      continue;
    }
    const folder = isFolder(path);
    const source = folder ? globs.some((glob) => minimatch(path, glob)) ? "workspace" : "path" : sourceOf(entry.resolved);
    const name = typeof entry.name === "string" ? entry.name : installedName(path);
    const pkg = set.add({
      name,
      version: typeof entry.version === "string" ? entry.version : null,
      scope: scopeOf(entry),
      // the project's own workspace packages are its own, hence direct
      direct: source === "workspace" ? true : false,
      source,
      line,
      resolved: folder ? path : entry.resolved,
      registry: registryOf(entry.resolved, name),
      integrity: entry.integrity,
      license: licenseOf(entry),
      markers: platformMarkers(entry)
    });
    byPath.set(path, pkg);
  }
  for (const [path, target] of links) {
    const pkg = byPath.get(target);
    if (pkg) byPath.set(path, pkg);
  }
  const resolve = (from, name) => {
    let base = from;
    for (; ; ) {
      const found = byPath.get(base === "" ? NODE_MODULES + name : `${base}/${NODE_MODULES}${name}`);
      if (found || base === "") return found;
      const at = base.lastIndexOf("/" + NODE_MODULES);
      base = at === -1 ? "" : base.slice(0, at);
    }
  };
  for (const path in entries) {
    const entry = entries[path];
    if (!entry || typeof entry !== "object" || entry.link) continue;
    const folder = path === "" || isFolder(path);
    const importer = path === "" || folder && byPath.get(path)?.source === "workspace";
    const from = byPath.get(path);
    const sections = folder ? [...EDGE_SECTIONS, "devDependencies"] : EDGE_SECTIONS;
    for (const sectionName of sections) {
      for (const [name] of section(entry, sectionName)) {
        const to = resolve(path, name);
        if (!to) continue;
        if (importer) to.direct = true;
        if (from) set.edge(from, to);
      }
    }
  }
  return { packages: set.packages, edges: set.edges, problems: [] };
}
function readTree(input, top) {
  const set = new PackageSet(input.path);
  const manifest = parseManifest(input.sibling("package.json"));
  const named = manifest ? manifestDependencyNames(manifest) : void 0;
  const cursor = new LineCursor(input.text, Math.max(0, input.text.indexOf('"dependencies"')));
  const nodes = [];
  const rootChildren = /* @__PURE__ */ new Map();
  const walk = (dependencies, parent, into) => {
    for (const key in dependencies) {
      const entry = dependencies[key];
      if (!entry || typeof entry !== "object") continue;
      const line = cursor.findJsonKey(key);
      const spec = typeof entry.version === "string" ? entry.version : "";
      let name = key;
      let version = spec || null;
      let source = sourceOf(entry.resolved);
      let resolved = entry.resolved;
      const alias = npmAlias(spec);
      if (alias) {
        name = alias.name;
        version = alias.version || null;
      } else if (spec && !/^\d/.test(spec)) {
        source = sourceOf(spec);
        resolved = spec;
        const hash = spec.lastIndexOf("#");
        version = source === "git" && hash !== -1 ? spec.slice(hash + 1) : null;
        const tarball = source === "registry" ? registryTarball(spec) : void 0;
        if (tarball) {
          name = tarball.name;
          version = tarball.version;
        } else if (source === "path" && spec.startsWith("file:") && !/\.(tgz|tar\.gz|tar)$/.test(spec)) {
          const folderManifest = parseManifest(input.sibling(`${spec.slice("file:".length).replace(/\/+$/, "")}/package.json`));
          if (typeof folderManifest?.version === "string") version = folderManifest.version;
          if (typeof folderManifest?.name === "string") name = folderManifest.name;
        }
      }
      const pkg = set.add({
        name,
        version,
        scope: scopeOf(entry),
        direct: parent ? false : named ? named.has(key) : null,
        source,
        line,
        resolved,
        registry: registryOf(entry.resolved, name),
        integrity: entry.integrity,
        ...version === null && spec ? { declared: spec } : {}
      });
      const node = { key, entry, parent, pkg, children: void 0 };
      nodes.push(node);
      into.set(key, node);
      if (entry.dependencies && typeof entry.dependencies === "object") {
        node.children = /* @__PURE__ */ new Map();
        walk(entry.dependencies, node, node.children);
      }
    }
  };
  walk(top, null, rootChildren);
  for (const node of nodes) {
    const requires = node.entry.requires;
    if (!requires || typeof requires !== "object") continue;
    for (const name in requires) {
      let found;
      for (let at = node; at && !found; at = at.parent) found = at.children?.get(name);
      found ??= rootChildren.get(name);
      if (found) set.edge(node.pkg, found.pkg);
    }
  }
  return { packages: set.packages, edges: set.edges, problems: [] };
}
export {
  read
};
