import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LineIndex,
  isRecord,
  parentPrefixes,
  parseInput,
  readToml
} from "./chunk-DZSVFJRN.js";
import "./chunk-TYW4WZL4.js";
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome,
  escapeRegExp
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/cargo-toml.ts
var FORMAT = "cargo-toml";
var KINDS = [
  ["dependencies", "runtime"],
  ["dev-dependencies", "dev"],
  ["dev_dependencies", "dev"],
  ["build-dependencies", "dev"],
  ["build_dependencies", "dev"]
];
function workspaceDependencies(input, doc) {
  const own = isRecord(doc.workspace) ? doc.workspace : void 0;
  if (own) return isRecord(own.dependencies) ? own.dependencies : {};
  for (const up of parentPrefixes(input.path)) {
    const text = input.sibling(`${up}Cargo.toml`);
    if (text === void 0) continue;
    try {
      const root = readToml(text);
      if (isRecord(root.workspace)) return isRecord(root.workspace.dependencies) ? root.workspace.dependencies : {};
    } catch {
    }
  }
  return {};
}
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  if (parentPrefixes(input.path).some((up) => input.exists?.(`${up}Cargo.lock`) ?? input.sibling(`${up}Cargo.lock`) !== void 0)) return emptyOutcome();
  const inherited = workspaceDependencies(input, doc);
  const index = new LineIndex(input.text);
  const tables = KINDS.map(([kind, scope]) => [kind, scope, doc[kind]]);
  if (isRecord(doc.target)) {
    for (const [cfg, target] of Object.entries(doc.target))
      if (isRecord(target)) for (const [kind, scope] of KINDS) tables.push([`target.${cfg}.${kind}`, scope, target[kind]]);
  }
  const packages = [];
  for (const [header, scope, table] of tables) {
    if (!isRecord(table)) continue;
    const escaped = header.split(".")[0] === "target" ? "target" : header;
    const start = Math.max(0, input.text.search(new RegExp(`^\\s*\\[\\s*${escaped.replace(/[-_]/g, "[-_]")}`, "m")));
    for (const [key, spec] of Object.entries(table)) {
      let entry = isRecord(spec) ? spec : typeof spec === "string" ? { version: spec } : {};
      if (entry.workspace === true) {
        const base = inherited[key];
        entry = { ...isRecord(base) ? base : typeof base === "string" ? { version: base } : {}, ...entry };
      }
      const name = typeof entry.package === "string" ? entry.package : key;
      const requirement = typeof entry.version === "string" ? entry.version.trim() : void 0;
      const exact = requirement !== void 0 ? /^=\s*(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/.exec(requirement)?.[1] : void 0;
      let source = "registry";
      let resolved;
      if (typeof entry.git === "string") {
        source = "git";
        const revision = [entry.rev, entry.tag, entry.branch].find((value) => typeof value === "string");
        resolved = revision ? `${entry.git}@${revision}` : entry.git;
      } else if (typeof entry.path === "string") {
        source = "path";
        resolved = entry.path;
      }
      const keyAt = new RegExp(`^\\s*["']?${escapeRegExp(key)}["']?\\s*[=.]`, "m").exec(input.text.slice(start));
      const line = index.lineAt(keyAt ? start + keyAt.index + keyAt[0].search(/\S/) : start);
      const version = exact ?? null;
      const purl = version !== null ? purlFor("crates.io", name, version) : void 0;
      packages.push({
        ecosystem: "crates.io",
        name,
        version,
        ...version === null && source === "registry" ? { declared: requirement ?? "*" } : {},
        ...purl ? { purl } : {},
        scope: scope === "runtime" && entry.optional === true ? "optional" : scope,
        direct: true,
        source,
        ...resolved ? { resolved } : {},
        location: { path: input.path, line }
      });
    }
  }
  return { packages, edges: [], problems: [], declaredOnly: true };
}
export {
  read
};
