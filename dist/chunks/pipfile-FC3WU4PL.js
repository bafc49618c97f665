import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LineIndex,
  PIPFILE_NOT_PACKAGES,
  asArray,
  asString,
  isRecord,
  localProjectVersion,
  parseInput,
  pinnedVersion,
  pythonPackage,
  readToml,
  sourceOfUrl
} from "./chunk-DZSVFJRN.js";
import "./chunk-TYW4WZL4.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  escapeRegExp
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/pipfile.ts
var FORMAT = "pipfile";
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  const index = new LineIndex(input.text);
  const indexes = /* @__PURE__ */ new Map();
  for (const source of asArray(doc.source))
    if (isRecord(source) && typeof source.name === "string" && typeof source.url === "string") indexes.set(source.name, source.url);
  const packages = [];
  for (const [category, table] of Object.entries(doc)) {
    if (PIPFILE_NOT_PACKAGES.has(category) || !isRecord(table)) continue;
    const scope = category === "packages" ? "runtime" : "dev";
    const header = input.text.search(new RegExp(`^\\s*\\[\\s*["']?${escapeRegExp(category)}["']?\\s*\\]`, "m"));
    for (const [name, spec] of Object.entries(table)) {
      const entry = isRecord(spec) ? spec : typeof spec === "string" ? { version: spec } : {};
      const written = asString(entry.version)?.trim();
      let source = "registry";
      let resolved;
      let version = written ? pinnedVersion(written.replace(/\s+/g, "")) ?? null : null;
      if (typeof entry.git === "string") {
        source = "git";
        resolved = typeof entry.ref === "string" ? `${entry.git}@${entry.ref}` : entry.git;
      } else if (typeof entry.path === "string") {
        source = "path";
        resolved = entry.path;
        const local = localProjectVersion(input, entry.path, name);
        if (local !== void 0) version = local;
      } else if (typeof entry.file === "string") {
        source = sourceOfUrl(entry.file);
        resolved = entry.file;
      }
      const keyAt = new RegExp(`^\\s*["']?${escapeRegExp(name)}["']?\\s*=`, "m").exec(input.text.slice(Math.max(header, 0)));
      const line = index.lineAt(keyAt ? Math.max(header, 0) + keyAt.index + keyAt[0].search(/\S/) : Math.max(header, 0));
      const extras = asArray(entry.extras).filter((extra) => typeof extra === "string");
      const registry = typeof entry.index === "string" ? indexes.get(entry.index) : void 0;
      packages.push(
        pythonPackage({
          name,
          version,
          ...version === null && source === "registry" ? { declared: written ?? "*" } : {},
          scope,
          direct: true,
          source,
          ...resolved ? { resolved } : {},
          ...registry ? { index: registry } : {},
          extras,
          ...typeof entry.markers === "string" ? { markers: entry.markers } : {},
          path: input.path,
          line
        })
      );
    }
  }
  return { packages, edges: [], problems: [], declaredOnly: true };
}
export {
  read
};
