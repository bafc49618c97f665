import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LineCursor,
  PackageSet,
  jsonProblem,
  lineOfMatch,
  parseManifest,
  platformMarkers,
  registryOf,
  registryTarball,
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

// src/inventory/readers/bun-lock.ts
var FORMAT = "bun-lock";
var NEWEST = 1;
var IMPORTER_SECTIONS = [
  ["dependencies", "runtime"],
  ["optionalDependencies", "optional"],
  ["peerDependencies", "runtime"],
  ["devDependencies", "dev"]
];
function plainJson(text) {
  let out;
  let copied = 0;
  const blank = (from, to) => {
    out ??= [];
    out.push(text.slice(copied, from), text.slice(from, to).replace(/[^\n]/g, " "));
    copied = to;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 34) {
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 92) i++;
        else if (inner === 34) break;
      }
    } else if (code === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf("\n", i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop - 1;
    } else if (code === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop - 1;
    } else if (code === 44) {
      let j = i + 1;
      for (; ; ) {
        const next = text.charCodeAt(j);
        if (next === 32 || next === 10 || next === 13 || next === 9) j++;
        else if (next === 47 && text.charCodeAt(j + 1) === 47) j = text.indexOf("\n", j) === -1 ? text.length : text.indexOf("\n", j);
        else if (next === 47 && text.charCodeAt(j + 1) === 42) j = text.indexOf("*/", j + 2) === -1 ? text.length : text.indexOf("*/", j + 2) + 2;
        else break;
      }
      const after = text.charCodeAt(j);
      if (after === 125 || after === 93) blank(i, i + 1);
    }
  }
  if (!out) return text;
  out.push(text.slice(copied));
  return out.join("");
}
function splitId(id) {
  const at = id.indexOf("@", 1);
  return at === -1 ? [id, ""] : [id.slice(0, at), id.slice(at + 1)];
}
function pathNames(key) {
  const parts = key.split("/");
  const names = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.startsWith("@") && i + 1 < parts.length) {
      names.push(`${part}/${parts[i + 1]}`);
      i++;
    } else {
      names.push(part);
    }
  }
  return names;
}
function specSource(spec) {
  if (spec.startsWith("workspace:")) return { source: "workspace", version: null, resolved: spec.slice("workspace:".length) };
  if (spec.startsWith("github:") || spec.startsWith("git+") || spec.startsWith("git:") || spec.startsWith("gitlab:") || spec.startsWith("bitbucket:")) {
    const hash = spec.lastIndexOf("#");
    return { source: "git", version: hash === -1 ? null : spec.slice(hash + 1), resolved: spec };
  }
  if (spec.startsWith("file:") || spec.startsWith("link:") || spec.startsWith(".") || spec.startsWith("/") || spec.includes("/") && !spec.includes(":") && /\.(tgz|tar\.gz|tar)$/.test(spec))
    return { source: "path", version: null, resolved: spec };
  if (spec.startsWith("http:") || spec.startsWith("https:")) {
    const tarball = registryTarball(spec);
    if (tarball) return { source: "registry", version: tarball.version, resolved: spec };
    return { source: sourceOf(spec) === "git" ? "git" : "url", version: null, resolved: spec };
  }
  return { source: "registry", version: spec || null };
}
function read(input) {
  let lock;
  try {
    lock = JSON.parse(plainJson(input.text));
  } catch (error) {
    return emptyOutcome(jsonProblem(input.path, FORMAT, input.text, error));
  }
  if (!lock || typeof lock !== "object" || Array.isArray(lock) || lock.lockfileVersion === void 0 || !lock.packages || typeof lock.packages !== "object") {
    return emptyOutcome(shapeProblem(input.path, FORMAT, "not a bun.lock: no lockfileVersion or packages"));
  }
  if (typeof lock.lockfileVersion !== "number" || lock.lockfileVersion > NEWEST) {
    const line = lineOfMatch(input.text, /"lockfileVersion"/);
    return emptyOutcome(shapeProblem(input.path, FORMAT, `bun.lock lockfileVersion ${String(lock.lockfileVersion)} is not read (0 to ${NEWEST} are)`, line));
  }
  const set = new PackageSet(input.path);
  const workspaces = lock.workspaces && typeof lock.workspaces === "object" ? lock.workspaces : {};
  const cursor = new LineCursor(input.text, Math.max(0, input.text.indexOf('"workspaces"')));
  const workspaceLines = /* @__PURE__ */ new Map();
  for (const path in workspaces) workspaceLines.set(path, cursor.findJsonKey(path));
  const packagesCursor = new LineCursor(input.text, Math.max(0, input.text.indexOf('"packages"')));
  const byPath = /* @__PURE__ */ new Map();
  const infos = [];
  const workspaceByFolder = /* @__PURE__ */ new Map();
  for (const key in lock.packages) {
    const value = lock.packages[key];
    if (!Array.isArray(value) || typeof value[0] !== "string") continue;
    const line = packagesCursor.findJsonKey(key);
    const [name, spec] = splitId(value[0]);
    const described = specSource(spec);
    let version = described.version;
    let pkgLine = line;
    if (described.source === "workspace") {
      const folder = described.resolved ?? "";
      const workspace = workspaces[folder];
      version = typeof workspace?.version === "string" ? workspace.version : null;
      const wsLine = workspaceLines.get(folder);
      if (wsLine !== void 0) pkgLine = wsLine;
    }
    const info = value.find((item, index) => index > 0 && item && typeof item === "object" && !Array.isArray(item)) ?? {};
    if (described.source === "path" && /^(file|link):/.test(spec) && !/\.(tgz|tar\.gz|tar)$/.test(spec)) {
      const manifest = parseManifest(input.sibling(`${spec.slice(spec.indexOf(":") + 1).replace(/\/+$/, "")}/package.json`));
      if (typeof manifest?.version === "string") version = manifest.version;
    }
    const integrity = value.length >= 4 && typeof value[3] === "string" ? value[3] : void 0;
    const pkg = set.add({
      name,
      version,
      scope: "unknown",
      direct: described.source === "workspace",
      source: described.source,
      line: pkgLine,
      resolved: described.resolved,
      // the second item is the registry the package came from ("" for the default one)
      registry: typeof value[1] === "string" && /^https?:/.test(value[1]) ? value[1].replace(/\/+$/, "") : described.source === "registry" && described.resolved ? registryOf(described.resolved, name) : void 0,
      integrity: integrity && /^sha\d+-/.test(integrity) ? integrity : void 0,
      ...version === null && spec ? { declared: spec } : {},
      markers: platformMarkers(info)
    });
    byPath.set(key, pkg);
    if (described.source === "workspace") workspaceByFolder.set(described.resolved ?? "", pkg);
    infos.push([key, pkg, info]);
  }
  const resolve = (names, name) => {
    for (let depth = names.length; depth > 0; depth--) {
      const found = byPath.get(`${names.slice(0, depth).join("/")}/${name}`);
      if (found) return found;
    }
    return byPath.get(name);
  };
  for (const [key, from, info] of infos) {
    const names = pathNames(key);
    const optionalPeers = new Set(Array.isArray(info.optionalPeers) ? info.optionalPeers : []);
    for (const [sectionName, kind] of [
      ["dependencies", "runtime"],
      ["optionalDependencies", "optional"],
      ["peerDependencies", "runtime"]
    ]) {
      const deps = info[sectionName];
      if (!deps || typeof deps !== "object") continue;
      for (const name in deps) {
        const to = resolve(names, name);
        if (to) set.edge(from, to, sectionName === "peerDependencies" && optionalPeers.has(name) ? "optional" : kind);
      }
    }
  }
  const roots = [];
  for (const folder in workspaces) {
    const workspace = workspaces[folder];
    if (!workspace || typeof workspace !== "object") continue;
    const self = folder === "" ? void 0 : workspaceByFolder.get(folder);
    if (self) roots.push({ to: self, scope: "runtime" });
    const names = self ? [self.name] : [];
    for (const [sectionName, kind] of IMPORTER_SECTIONS) {
      const deps = workspace[sectionName];
      if (!deps || typeof deps !== "object") continue;
      for (const name in deps) {
        const to = resolve(names, name);
        if (!to || to === self) continue;
        to.direct = true;
        if (self) set.edge(self, to, kind);
        else roots.push({ to, scope: kind });
      }
    }
  }
  set.assignScopes(roots);
  return { packages: set.packages, edges: set.edges, problems: [] };
}
export {
  plainJson,
  read
};
