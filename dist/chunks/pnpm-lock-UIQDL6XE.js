import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  PackageSet,
  closingDoubleQuote,
  lineOfMatch,
  missingProblems,
  parseManifest,
  platformMarkers,
  registryOf,
  shapeProblem,
  sourceOf,
  unquoteDoubleQuoted
} from "./chunk-FWJHIQ2M.js";
import "./chunk-PWQCIXAS.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  FAILSAFE_SCHEMA,
  emptyOutcome,
  loadAll
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/simple-yaml.ts
function readSimpleYaml(text) {
  const root = {};
  const lines = /* @__PURE__ */ new Map();
  const stack = [{ indent: 0, container: root, top: "", depth: 0 }];
  let pending;
  let line = 0;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    line++;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    let at = start;
    while (at < stop && text.charCodeAt(at) === 32) at++;
    const next = end + 1;
    if (at === stop || text.charCodeAt(at) === 35) {
      start = next;
      continue;
    }
    const first = text.charCodeAt(at);
    if (first === 9) return void 0;
    const indent = at - start;
    if (indent === 0 && (first === 45 || first === 37) && (text.startsWith("---", at) || text.startsWith("...", at) || first === 37)) return void 0;
    const item = first === 45 && (at + 1 === stop || text.charCodeAt(at + 1) === 32);
    if (pending) {
      if (indent > pending.indent || item && indent === pending.indent) {
        const container = item ? [] : {};
        pending.parent[pending.key] = container;
        stack.push({ indent, container, top: pending.top, depth: pending.depth + 1 });
      } else {
        pending.parent[pending.key] = null;
      }
      pending = void 0;
    }
    while (stack.length > 1 && stack[stack.length - 1].indent > indent) stack.pop();
    const frame = stack[stack.length - 1];
    if (frame.indent !== indent) return void 0;
    if (item) {
      if (!Array.isArray(frame.container)) return void 0;
      const value2 = scalar(text, at + 2, stop);
      if (value2 === void 0 || value2 !== null && typeof value2 === "object") return void 0;
      frame.container.push(value2);
      start = next;
      continue;
    }
    if (Array.isArray(frame.container)) return void 0;
    let key;
    let rest;
    if (first === 39 || first === 34) {
      const close = first === 39 ? closingSingle(text, at, stop) : closingDoubleQuote(text, at, stop);
      if (close === -1 || text.charCodeAt(close + 1) !== 58) return void 0;
      key = first === 39 ? text.slice(at + 1, close).replaceAll("''", "'") : unquoteDoubleQuoted(text.slice(at, close + 1));
      rest = close + 2;
    } else {
      if (first === 63 || first === 38 || first === 42 || first === 33 || first === 123 || first === 91) return void 0;
      let i = at;
      while (i < stop && !(text.charCodeAt(i) === 58 && (i + 1 === stop || text.charCodeAt(i + 1) === 32))) i++;
      if (i === stop) return void 0;
      key = text.slice(at, i);
      rest = i + 1;
    }
    if (key === void 0) return void 0;
    if (rest < stop && text.charCodeAt(rest) !== 32) return void 0;
    while (rest < stop && text.charCodeAt(rest) === 32) rest++;
    const top = frame.depth === 0 ? key : frame.top;
    if (frame.depth === 1) lines.set(`${frame.top}\0${key}`, line);
    if (rest === stop || text.charCodeAt(rest) === 35) {
      pending = { parent: frame.container, key, indent, top, depth: frame.depth };
      start = next;
      continue;
    }
    const value = scalar(text, rest, stop);
    if (value === void 0) return void 0;
    frame.container[key] = value;
    start = next;
  }
  if (pending) pending.parent[pending.key] = null;
  return { value: root, lines };
}
function scalar(text, from, stop) {
  const first = text.charCodeAt(from);
  if (first === 39 || first === 34) {
    const close = first === 39 ? closingSingle(text, from, stop) : closingDoubleQuote(text, from, stop);
    if (close !== stop - 1) return void 0;
    return first === 39 ? text.slice(from + 1, close).replaceAll("''", "'") : unquoteDoubleQuoted(text.slice(from, close + 1));
  }
  if (first === 123) return text.charCodeAt(stop - 1) === 125 ? flowMap(text.slice(from + 1, stop - 1)) : void 0;
  if (first === 91) return text.charCodeAt(stop - 1) === 93 ? flowSeq(text.slice(from + 1, stop - 1)) : void 0;
  if (first === 38 || first === 42 || first === 33 || first === 124 || first === 62 || first === 37 || first === 64 || first === 96 || first === 125 || first === 93)
    return void 0;
  const value = text.slice(from, stop);
  if (value.includes(" #") || value.includes(": ")) return void 0;
  return value === "~" || value === "null" ? null : value;
}
function flowItems(inside) {
  const items = [];
  let quote = 0;
  let from = 0;
  for (let i = 0; i < inside.length; i++) {
    const code = inside.charCodeAt(i);
    if (quote) {
      if (code === quote) quote = 0;
      else if (code === 92 && quote === 34) i++;
    } else if (code === 39 || code === 34) quote = code;
    else if (code === 123 || code === 91 || code === 125 || code === 93) return void 0;
    else if (code === 44) {
      items.push(inside.slice(from, i).trim());
      from = i + 1;
    }
  }
  if (quote) return void 0;
  const last = inside.slice(from).trim();
  if (last !== "" || items.length > 0) items.push(last);
  return items;
}
function flowMap(inside) {
  const items = flowItems(inside);
  if (!items) return void 0;
  const out = {};
  for (const item of items) {
    if (item === "") continue;
    const colon = item.startsWith("'") || item.startsWith('"') ? item.indexOf(":", closingAt(item)) : item.indexOf(": ");
    if (colon === -1) return void 0;
    const key = scalar(item, 0, colon);
    const value = scalar(item, colon + 1 + (item.charCodeAt(colon + 1) === 32 ? 1 : 0), item.length);
    if (typeof key !== "string" || value === void 0) return void 0;
    out[key] = value;
  }
  return out;
}
function closingAt(item) {
  const close = item.charCodeAt(0) === 39 ? closingSingle(item, 0, item.length) : closingDoubleQuote(item, 0, item.length);
  return close === -1 ? item.length : close;
}
function flowSeq(inside) {
  const items = flowItems(inside);
  if (!items) return void 0;
  const out = [];
  for (const item of items) {
    if (item === "") continue;
    const value = scalar(item, 0, item.length);
    if (value === void 0) return void 0;
    out.push(value);
  }
  return out;
}
function closingSingle(text, open, stop) {
  for (let i = open + 1; i < stop; i++) {
    if (text.charCodeAt(i) === 39) {
      if (text.charCodeAt(i + 1) === 39) i++;
      else return i;
    }
  }
  return -1;
}

// src/inventory/readers/pnpm-lock.ts
var FORMAT = "pnpm-lock";
var IMPORTER_SECTIONS = [
  ["dependencies", "runtime"],
  ["optionalDependencies", "optional"],
  ["devDependencies", "dev"]
];
function read(input) {
  let lock;
  let lines;
  const fast = readSimpleYaml(input.text);
  if (fast) {
    lock = fast.value;
    lines = fast.lines;
  } else {
    let documents;
    try {
      documents = loadAll(input.text, null, { schema: FAILSAFE_SCHEMA });
    } catch (error) {
      const mark = error.mark;
      const reason = error.reason ?? (error instanceof Error ? error.message.split("\n")[0] : String(error));
      return {
        packages: [],
        edges: [],
        problems: [
          {
            path: input.path,
            format: FORMAT,
            message: `not valid YAML: ${reason}`,
            line: (mark?.line ?? 0) + 1,
            ...mark?.column !== void 0 ? { column: mark.column + 1 } : {}
          }
        ]
      };
    }
    lock = documents[documents.length - 1] ?? {};
    const marker = input.text.lastIndexOf("\n---");
    lines = scanLines(input.text, documents.length > 1 && marker !== -1 ? marker + 1 : 0);
  }
  if (!lock || typeof lock !== "object" || Array.isArray(lock) || lock.lockfileVersion === void 0) {
    return emptyOutcome(shapeProblem(input.path, FORMAT, "not a pnpm lockfile: no lockfileVersion"));
  }
  const major = Number.parseFloat(String(lock.lockfileVersion));
  if (!(major >= 5) || major >= 10) {
    const line = lineOfMatch(input.text, /^lockfileVersion:/m);
    return emptyOutcome(shapeProblem(input.path, FORMAT, `pnpm lockfileVersion ${String(lock.lockfileVersion)} is not read (5 to 9 are)`, line));
  }
  return readLock(input, lock, lines, major < 6);
}
function scanLines(text, from) {
  const lines = /* @__PURE__ */ new Map();
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < from; i = text.indexOf("\n", i + 1)) line++;
  let top = "";
  for (let start = from; start < text.length; line++) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const code = text.charCodeAt(start);
    if (code !== 32 && code !== 35 && code !== 10 && code !== 13) {
      top = text.slice(start, text.indexOf(":", start));
    } else if (code === 32 && text.charCodeAt(start + 1) === 32 && text.charCodeAt(start + 2) !== 32) {
      let key = text.slice(start + 2, end).trimEnd();
      const colon = key.endsWith(":") ? key.length - 1 : key.lastIndexOf(": ");
      if (colon > 0) {
        key = key.slice(0, colon);
        if (key.startsWith("'") && key.endsWith("'") || key.startsWith('"') && key.endsWith('"')) key = key.slice(1, -1);
        lines.set(`${top}\0${key}`, line);
      }
    }
    start = end + 1;
  }
  return lines;
}
function parseKey(key, v5) {
  const bare = key.startsWith("/") ? key.slice(1) : key;
  if (v5) {
    const parts = bare.split("/");
    const scoped = bare.startsWith("@");
    const name = scoped ? `${parts[0]}/${parts[1]}` : parts[0];
    const version = (scoped ? parts[2] : parts[1]) ?? "";
    const underscore = version.indexOf("_");
    return { name, version: underscore === -1 ? version : version.slice(0, underscore) };
  }
  const paren = bare.indexOf("(");
  const base = paren === -1 ? bare : bare.slice(0, paren);
  const at = base.indexOf("@", 1);
  return at === -1 ? { name: base, version: "" } : { name: base.slice(0, at), version: base.slice(at + 1) };
}
function withoutPeers(key) {
  const paren = key.indexOf("(");
  return paren === -1 ? key : key.slice(0, paren);
}
function sourceOfEntry(entry, version) {
  const resolution = entry.resolution;
  if (resolution && typeof resolution === "object") {
    if (resolution.type === "git" || resolution.repo)
      return { source: "git", resolved: resolution.commit ? `${resolution.repo}#${resolution.commit}` : resolution.repo };
    if (resolution.type === "directory" || resolution.directory) return { source: "path", resolved: resolution.directory };
    if (resolution.tarball) {
      const source = sourceOf(resolution.tarball);
      return { source: resolution.tarball.startsWith("file:") ? "path" : source, resolved: resolution.tarball };
    }
  }
  if (version.startsWith("file:") || version.startsWith("link:")) return { source: "path", resolved: version };
  return { source: "registry" };
}
function joinPath(base, relative) {
  const parts = base === "." || base === "" ? [] : base.split("/");
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  return parts.length === 0 ? "." : parts.join("/");
}
function readLock(input, lock, lines, v5) {
  const set = new PackageSet(input.path);
  const byKey = /* @__PURE__ */ new Map();
  const withDependencies = [];
  const isObject = (value) => !!value && typeof value === "object" && !Array.isArray(value);
  const addEntry = (section, key, entry) => {
    const parsed = parseKey(key, v5);
    let name = typeof entry.name === "string" ? entry.name : parsed.name;
    let version = typeof entry.version === "string" ? entry.version : parsed.version;
    const { source, resolved } = sourceOfEntry(entry, version);
    let declared;
    const spec = version || (key.startsWith("/") ? key.slice(1) : key);
    if ((source === "path" || entry.resolution?.type === "directory") && typeof entry.version !== "string" && /^(file|link):/.test(spec)) {
      declared = spec;
      const folder = typeof entry.resolution?.directory === "string" ? entry.resolution.directory : spec.slice(spec.indexOf(":") + 1);
      const manifest = parseManifest(input.sibling(`${folder.replace(/\/+$/, "")}/package.json`));
      version = typeof manifest?.version === "string" ? manifest.version : null;
      if (typeof manifest?.name === "string") name = manifest.name;
    }
    return set.add({
      name,
      version: version || null,
      ...version ? {} : { declared },
      markers: platformMarkers(entry),
      scope: "unknown",
      direct: false,
      source,
      line: lines.get(`${section}\0${key}`) ?? 1,
      resolved,
      registry: registryOf(entry.resolution?.tarball, name),
      integrity: entry.resolution?.integrity
    });
  };
  const normal = (key) => key.startsWith("/") ? key.slice(1) : key;
  const packages = isObject(lock.packages) ? lock.packages : {};
  for (const key in packages) {
    const entry = isObject(packages[key]) ? packages[key] : {};
    const pkg = addEntry("packages", key, entry);
    byKey.set(normal(key), pkg);
    if (!v5) byKey.set(withoutPeers(normal(key)), pkg);
    withDependencies.push([pkg, entry]);
  }
  const snapshotted = /* @__PURE__ */ new Set();
  if (isObject(lock.snapshots)) {
    for (const key in lock.snapshots) {
      const entry = isObject(lock.snapshots[key]) ? lock.snapshots[key] : {};
      const pkg = byKey.get(withoutPeers(key)) ?? addEntry("snapshots", key, entry);
      byKey.set(key, pkg);
      snapshotted.add(pkg);
      withDependencies.push([pkg, entry]);
    }
  }
  const resolve = (name, ref) => {
    const bare = normal(ref);
    return byKey.get(bare) ?? byKey.get(v5 ? `${name}/${bare}` : `${name}@${bare}`) ?? (v5 ? void 0 : byKey.get(`${name}@${withoutPeers(bare)}`));
  };
  const missing = [];
  if (isObject(lock.snapshots)) {
    for (const pkg of set.packages) {
      if (!snapshotted.has(pkg)) missing.push({ line: pkg.location.line, gap: `${pkg.name}@${pkg.version ?? ""} has no snapshot` });
    }
  }
  for (const [from, entry] of withDependencies) {
    for (const [sectionName, kind] of [
      ["dependencies", "runtime"],
      ["optionalDependencies", "optional"]
    ]) {
      const deps = entry[sectionName];
      if (!isObject(deps)) continue;
      for (const name in deps) {
        const ref = String(deps[name]);
        const to = resolve(name, ref);
        if (to) set.edge(from, to, kind);
        else if (!ref.startsWith("link:"))
          missing.push({ line: from.location.line, gap: `${from.name}@${from.version ?? ""} depends on ${name} ${ref}, not listed` });
      }
    }
  }
  const importers = isObject(lock.importers) ? lock.importers : { ".": { dependencies: lock.dependencies, devDependencies: lock.devDependencies, optionalDependencies: lock.optionalDependencies } };
  const workspaces = /* @__PURE__ */ new Map();
  for (const path in importers) {
    if (path === ".") continue;
    const manifest = parseManifest(input.sibling(`${path}/package.json`));
    const pkg = set.add({
      name: typeof manifest?.name === "string" ? manifest.name : path.slice(path.lastIndexOf("/") + 1),
      version: typeof manifest?.version === "string" ? manifest.version : null,
      scope: "runtime",
      direct: true,
      source: "workspace",
      line: lines.get(`importers\0${path}`) ?? 1,
      resolved: path
    });
    workspaces.set(path, pkg);
  }
  const linked = (importer, name, ref) => {
    const folder = joinPath(importer, ref.slice("link:".length));
    const manifest = parseManifest(input.sibling(`${folder}/package.json`));
    return set.add({
      name: typeof manifest?.name === "string" ? manifest.name : name,
      version: typeof manifest?.version === "string" ? manifest.version : null,
      ...typeof manifest?.version === "string" ? {} : { declared: ref },
      scope: "unknown",
      direct: true,
      source: "path",
      line: lines.get(`importers\0${importer}`) ?? 1,
      resolved: folder
    });
  };
  const roots = [];
  for (const path in importers) {
    const importer = importers[path];
    if (!isObject(importer)) continue;
    const self = workspaces.get(path);
    if (self) roots.push({ to: self, scope: "runtime" });
    for (const [sectionName, kind] of IMPORTER_SECTIONS) {
      const deps = importer[sectionName];
      if (!isObject(deps)) continue;
      for (const name in deps) {
        const value = deps[name];
        const ref = typeof value === "string" ? value : isObject(value) && typeof value.version === "string" ? value.version : void 0;
        if (ref === void 0) continue;
        const to = ref.startsWith("link:") ? workspaces.get(joinPath(path, ref.slice("link:".length))) ?? linked(path, name, ref) : resolve(name, ref);
        if (!to) {
          missing.push({ line: lines.get(`importers\0${path}`) ?? 1, gap: `importer ${path} depends on ${name} ${ref}, not listed` });
          continue;
        }
        to.direct = true;
        if (self) set.edge(self, to, kind);
        else roots.push({ to, scope: kind });
      }
    }
  }
  set.assignScopes(roots);
  return { packages: set.packages, edges: set.edges, problems: missingProblems(input.path, FORMAT, missing) };
}
export {
  read
};
