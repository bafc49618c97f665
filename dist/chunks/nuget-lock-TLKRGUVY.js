import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  jsonErrorLine,
  jsonErrorMessage
} from "./chunk-PWQCIXAS.js";
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

// src/inventory/readers/nuget-lock.ts
var FORMAT = "nuget-lock";
var isTable = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
function problem(path, message, line) {
  return emptyOutcome({ path, line, format: FORMAT, message });
}
function read(input) {
  let document;
  try {
    document = JSON.parse(input.text);
  } catch (error) {
    return problem(input.path, `invalid JSON: ${jsonErrorMessage(error)}`, jsonErrorLine(input.text, error));
  }
  if (!isTable(document) || !isTable(document.dependencies)) return problem(input.path, 'packages.lock.json without a "dependencies" object', 1);
  const text = input.text;
  let offset = 0;
  let line = 1;
  const keys = /"((?:[^"\\]|\\.)*)"\s*:\s*\{/g;
  const locate = (key) => {
    keys.lastIndex = offset;
    for (let match = keys.exec(text); match; match = keys.exec(text)) {
      if (JSON.parse(`"${match[1]}"`) !== key) continue;
      for (let index = text.indexOf("\n", offset); index >= 0 && index < match.index; index = text.indexOf("\n", index + 1)) line++;
      offset = match.index + match[0].length;
      return line;
    }
    return line;
  };
  const packages = /* @__PURE__ */ new Map();
  const edgeKeys = /* @__PURE__ */ new Set();
  const edges = [];
  for (const [framework, entries] of Object.entries(document.dependencies)) {
    const frameworkLine = locate(framework);
    if (!isTable(entries)) return problem(input.path, `target "${framework}" is not an object`, frameworkLine);
    const here = /* @__PURE__ */ new Map();
    const children = [];
    for (const [name, entry] of Object.entries(entries)) {
      const entryLine = locate(name);
      if (!isTable(entry) || typeof entry.type !== "string") return problem(input.path, `"${name}" in "${framework}" has no type`, entryLine);
      const isProject = entry.type === "Project";
      const version = typeof entry.resolved === "string" ? entry.resolved : null;
      if (!isProject && version === null) return problem(input.path, `"${name}" in "${framework}" has no resolved version`, entryLine);
      const id = `${name.toLowerCase()}@${version ?? ""}`;
      let pkg = packages.get(id);
      if (!pkg) {
        pkg = {
          ecosystem: "NuGet",
          name,
          version,
          purl: purlFor("NuGet", name, version),
          scope: isProject ? "runtime" : "unknown",
          direct: entry.type === "Direct" || isProject,
          source: isProject ? "workspace" : "registry",
          ...typeof entry.contentHash === "string" ? { hashes: [`sha512-${entry.contentHash}`] } : {},
          location: { path: input.path, line: entryLine }
        };
        packages.set(id, pkg);
      } else if (entry.type === "Direct") pkg.direct = true;
      here.set(name.toLowerCase(), pkg);
      children.push([pkg, Object.keys(isTable(entry.dependencies) ? entry.dependencies : {})]);
    }
    for (const [pkg, names] of children) {
      for (const name of names) {
        const target = here.get(name.toLowerCase());
        if (!target) continue;
        const edge = { from: packageKey(pkg), to: packageKey(target) };
        const key = `${edge.from}${edge.to}`;
        if (!edgeKeys.has(key)) {
          edgeKeys.add(key);
          edges.push(edge);
        }
      }
    }
  }
  return { packages: [...packages.values()], edges, problems: [] };
}
export {
  read
};
