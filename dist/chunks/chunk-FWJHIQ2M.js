import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  jsonErrorLine,
  jsonErrorMessage
} from "./chunk-PWQCIXAS.js";
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import {
  packageKey
} from "./chunk-VZNYH5DF.js";

// src/inventory/readers/js-common.ts
var MANIFEST_SECTIONS = [
  ["dependencies", "runtime"],
  ["optionalDependencies", "optional"],
  ["peerDependencies", "runtime"],
  ["devDependencies", "dev"]
];
function section(manifest, name) {
  const value = manifest?.[name];
  if (!value || typeof value !== "object" || Array.isArray(value)) return [];
  const out = [];
  for (const key in value) {
    const range = value[key];
    out.push([key, typeof range === "string" ? range : String(range)]);
  }
  return out;
}
function manifestDependencyNames(manifest) {
  const names = /* @__PURE__ */ new Set();
  for (const [sectionName] of MANIFEST_SECTIONS) for (const [name] of section(manifest, sectionName)) names.add(name);
  return names;
}
function workspaceGlobs(manifest) {
  const value = manifest?.workspaces;
  const list = Array.isArray(value) ? value : value && typeof value === "object" ? value.packages : void 0;
  return Array.isArray(list) ? list.filter((item) => typeof item === "string") : [];
}
function parseManifest(text) {
  if (text === void 0) return void 0;
  try {
    const value = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function npmAlias(spec) {
  if (!spec.startsWith("npm:")) return void 0;
  const rest = spec.slice(4);
  const at = rest.indexOf("@", 1);
  return at === -1 ? { name: rest, version: "" } : { name: rest.slice(0, at), version: rest.slice(at + 1) };
}
function sourceOf(resolved) {
  if (!resolved) return "registry";
  if (resolved.startsWith("git+") || resolved.startsWith("git:") || resolved.startsWith("github:") || resolved.startsWith("gitlab:") || resolved.startsWith("bitbucket:"))
    return "git";
  if (resolved.startsWith("file:") || resolved.startsWith("link:") || resolved.startsWith("portal:") || resolved.startsWith(".") || resolved.startsWith("/"))
    return "path";
  if (resolved.startsWith("workspace:")) return "workspace";
  if (resolved.startsWith("http:") || resolved.startsWith("https:")) {
    if (resolved.includes("/-/")) return "registry";
    if (/^https?:\/\/(codeload\.)?(github\.com|gitlab\.com|bitbucket\.org)\//.test(resolved)) return "git";
    return "url";
  }
  return "registry";
}
var SCOPE_RANK = { runtime: 3, optional: 2, dev: 1, unknown: 0 };
function widerScope(a, b) {
  return SCOPE_RANK[a] >= SCOPE_RANK[b] ? a : b;
}
function platformMarkers(entry) {
  const parts = [];
  for (const field of ["os", "cpu", "libc"]) {
    const raw = entry[field];
    const list = (Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : []).filter((item) => typeof item === "string" && item !== "");
    if (list.length === 0) continue;
    const alternatives = list.map((item) => `${field}=${item}`);
    parts.push(alternatives.length === 1 ? alternatives[0] : `(${alternatives.join(" | ")})`);
  }
  return parts.length === 0 ? void 0 : parts.join(" & ");
}
var PackageSet = class {
  constructor(path) {
    this.path = path;
  }
  path;
  packages = [];
  edges = [];
  byKey = /* @__PURE__ */ new Map();
  targets = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  next = /* @__PURE__ */ new Map();
  add(fields) {
    const id = `${fields.name}@${fields.version ?? ""}`;
    const existing = this.byKey.get(id);
    if (existing) {
      existing.scope = widerScope(existing.scope, fields.scope);
      if (fields.direct === true || existing.direct === false && fields.direct === null) existing.direct = fields.direct;
      if (!existing.hashes && fields.integrity) existing.hashes = fields.integrity.split(/\s+/);
      if (!existing.license && fields.license) existing.license = fields.license;
      if (!existing.registry && fields.registry && existing.source === "registry") existing.registry = fields.registry;
      if (existing.markers !== void 0 && fields.markers !== existing.markers) delete existing.markers;
      return existing;
    }
    const pkg = {
      ecosystem: "npm",
      name: fields.name,
      version: fields.version,
      scope: fields.scope,
      direct: fields.direct,
      source: fields.source,
      location: { path: this.path, line: fields.line }
    };
    if (fields.declared !== void 0) pkg.declared = fields.declared;
    const purl = safePurl(fields.name, fields.version);
    if (purl) pkg.purl = purl;
    if (fields.resolved && fields.source !== "registry") pkg.resolved = fields.resolved;
    if (fields.registry && fields.source === "registry") pkg.registry = fields.registry;
    if (fields.integrity) pkg.hashes = fields.integrity.includes(" ") ? fields.integrity.split(/\s+/) : [fields.integrity];
    if (fields.license) pkg.license = fields.license;
    if (fields.markers) pkg.markers = fields.markers;
    this.byKey.set(id, pkg);
    this.packages.push(pkg);
    return pkg;
  }
  get(name, version) {
    return this.byKey.get(`${name}@${version ?? ""}`);
  }
  /** An edge `from → to`; `kind` is the section `from` lists `to` in (optional, dev: for `assignScopes`). */
  edge(from, to, kind = "runtime") {
    if (from === to) return;
    let out = this.next.get(from);
    if (!out) this.next.set(from, out = []);
    out.push({ to, rank: SCOPE_RANK[kind] });
    let targets = this.targets.get(from);
    if (!targets) this.targets.set(from, targets = /* @__PURE__ */ new Set());
    if (targets.has(to)) return;
    targets.add(to);
    this.edges.push({ from: this.keyOf(from), to: this.keyOf(to) });
  }
  /** `packageKey`, once per package (its location is final by the time it has edges). */
  keyOf(pkg) {
    let key = this.keys.get(pkg);
    if (key === void 0) this.keys.set(pkg, key = packageKey(pkg));
    return key;
  }
  /**
   * Scopes for lockfiles that do not record them (yarn, bun, pnpm 9): what the importers (root and
   * workspace manifests) reach through their dependencies ships (runtime); what is reached only through an
   * optional dependency somewhere on every path is optional; what only dev dependencies reach is dev, as npm
   * decides it. Edges count with their kind (a workspace package's dev dependencies are dev). Packages
   * nothing reaches get `unknown`. Roots become direct. Three linear passes.
   */
  assignScopes(roots) {
    const level = /* @__PURE__ */ new Map();
    const rootList = [...roots];
    for (const { to } of rootList) to.direct = true;
    for (const pass of [3, 2, 1]) {
      const queue = [...level.keys()];
      for (const { to, scope } of rootList) {
        if (SCOPE_RANK[scope] >= pass && !level.has(to)) {
          level.set(to, pass);
          queue.push(to);
        }
      }
      for (let i = 0; i < queue.length; i++) {
        const out = this.next.get(queue[i]);
        if (!out) continue;
        for (const { to, rank } of out) {
          if (rank < pass || level.has(to)) continue;
          level.set(to, pass);
          queue.push(to);
        }
      }
    }
    const byRank = ["unknown", "dev", "optional", "runtime"];
    for (const pkg of this.packages) pkg.scope = byRank[level.get(pkg) ?? 0];
  }
};
function safePurl(name, version) {
  try {
    return purlFor("npm", name, version);
  } catch {
    return void 0;
  }
}
var LineCursor = class {
  constructor(text, start = 0) {
    this.text = text;
    this.advance(start);
  }
  text;
  offset = 0;
  line = 1;
  /** The line where `needle` next occurs, or the current line when it does not. */
  find(needle, accept) {
    let at = this.text.indexOf(needle, this.offset);
    while (at !== -1 && accept && !accept(at + needle.length)) at = this.text.indexOf(needle, at + needle.length);
    if (at === -1) return this.line;
    this.advance(at);
    this.offset = at + needle.length;
    return this.line;
  }
  /** The line of a JSON object key, whatever its value: `"key"` followed by `:`. */
  findJsonProperty(key) {
    return this.find(JSON.stringify(key), (end) => {
      let i = end;
      while (i < this.text.length && isSpace(this.text.charCodeAt(i))) i++;
      return this.text[i] === ":";
    });
  }
  /** The line of a JSON object key whose value is an object or an array: `"key"` followed by `:` and `{` or `[`. */
  findJsonKey(key) {
    return this.find(JSON.stringify(key), (end) => this.followedByColonBrace(end));
  }
  followedByColonBrace(end) {
    let i = end;
    const text = this.text;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text[i] !== ":") return false;
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return text[i] === "{" || text[i] === "[";
  }
  advance(to) {
    const text = this.text;
    let line = this.line;
    for (let i = text.indexOf("\n", this.offset); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) line++;
    this.line = line;
    this.offset = Math.max(this.offset, to);
  }
};
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
function jsonProblem(path, format, text, error) {
  const message = error instanceof Error ? error.message : String(error);
  const column = /\(line \d+ column (\d+)\)/.exec(message)?.[1];
  const clean = jsonErrorMessage(error).replace(/\s*\(line \d+ column \d+\)/, "");
  return { path, format, message: `not valid JSON: ${clean}`, line: jsonErrorLine(text, error), ...column ? { column: Number(column) } : {} };
}
function registryOf(resolved, name) {
  if (!resolved || !(resolved.startsWith("https:") || resolved.startsWith("http:"))) return void 0;
  const dash = resolved.indexOf("/-/");
  if (dash === -1) return void 0;
  const prefix = resolved.slice(0, dash);
  const lower = prefix.toLowerCase();
  for (const spelled of [name, name.replace("/", "%2f"), name.replace("/", "%2F")]) {
    if (lower.endsWith(`/${spelled.toLowerCase()}`)) return prefix.slice(0, prefix.length - spelled.length - 1);
  }
  try {
    return new URL(resolved).origin;
  } catch {
    return void 0;
  }
}
function lineOfMatch(text, pattern, from = 0) {
  const found = text.slice(from).search(pattern);
  if (found === -1) return 1;
  const index = from + found;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function missingProblems(path, format, missing) {
  const first = missing[0];
  if (!first) return [];
  const more = missing.length > 1 ? ` (and ${missing.length - 1} more)` : "";
  return [{ path, format, line: first.line, message: `${first.gap}${more}: the lockfile is truncated, out of date or was edited` }];
}
function shapeProblem(path, format, message, line = 1) {
  return { path, format, message, line };
}
function closingDoubleQuote(text, open, stop) {
  for (let i = open + 1; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 34) return i;
  }
  return -1;
}
function unquoteDoubleQuoted(quoted) {
  if (!quoted.includes("\\")) return quoted.slice(1, -1);
  try {
    const value = JSON.parse(quoted);
    return typeof value === "string" ? value : void 0;
  } catch {
    return void 0;
  }
}
function registryTarball(url) {
  const match = /\/((?:@[^/]+(?:\/|%2[fF]))?[^/@]+)\/-\/([^/]+)\.tgz(?:[?#].*)?$/.exec(url);
  if (!match) return void 0;
  const name = decodeURIComponent(match[1]);
  const file = match[2];
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (!file.startsWith(`${base}-`)) return void 0;
  const version = file.slice(base.length + 1);
  return /^\d+\.\d+\.\d+/.test(version) ? { name, version } : void 0;
}

export {
  MANIFEST_SECTIONS,
  section,
  manifestDependencyNames,
  workspaceGlobs,
  parseManifest,
  npmAlias,
  sourceOf,
  platformMarkers,
  PackageSet,
  LineCursor,
  jsonProblem,
  registryOf,
  lineOfMatch,
  missingProblems,
  shapeProblem,
  closingDoubleQuote,
  unquoteDoubleQuoted,
  registryTarball
};
