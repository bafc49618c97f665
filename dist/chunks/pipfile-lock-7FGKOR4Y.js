import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asArray,
  asString,
  isRecord,
  jsonMemberKeyLines,
  localProjectVersion,
  manifestToml,
  namedByManifest,
  normalizeName,
  parseInput,
  pinnedVersion,
  pythonPackage,
  readJson,
  sourceOfUrl
} from "./chunk-DZSVFJRN.js";
import "./chunk-TYW4WZL4.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/pipfile-lock.ts
var FORMAT = "pipfile-lock";
function read(input) {
  const parsed = parseInput(input, FORMAT, readJson);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  if (!isRecord(doc) || !isRecord(doc.default) && !isRecord(doc.develop)) {
    return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'not a Pipfile.lock: no "default" or "develop" section' });
  }
  const meta = isRecord(doc._meta) ? doc._meta : {};
  const indexes = /* @__PURE__ */ new Map();
  for (const source of asArray(meta.sources))
    if (isRecord(source) && typeof source.name === "string" && typeof source.url === "string") indexes.set(source.name, source.url);
  const named = namedByManifest(manifestToml(input.sibling("Pipfile")), "pipfile");
  const lines = jsonMemberKeyLines(input.text);
  const packages = [];
  const seen = /* @__PURE__ */ new Set();
  const sections = ["default", "develop", ...Object.keys(doc).filter((key) => key !== "_meta" && key !== "default" && key !== "develop")];
  for (const section of sections) {
    const entries = doc[section];
    if (!isRecord(entries)) continue;
    const scope = section === "default" ? "runtime" : "dev";
    for (const [name, entry] of Object.entries(entries)) {
      if (!isRecord(entry)) continue;
      const written = asString(entry.version);
      const version = written ? pinnedVersion(written.replace(/\s+/g, "")) ?? null : typeof entry.path === "string" ? localProjectVersion(input, entry.path, name) ?? null : null;
      const key = `${normalizeName(name)}\0${version ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let source = "registry";
      let resolved;
      if (typeof entry.git === "string") {
        source = "git";
        resolved = typeof entry.ref === "string" ? `${entry.git}@${entry.ref}` : entry.git;
      } else if (typeof entry.path === "string") {
        source = "path";
        resolved = entry.path;
      } else if (typeof entry.file === "string") {
        source = sourceOfUrl(entry.file);
        resolved = entry.file;
      }
      const hashes = asArray(entry.hashes).filter((hash) => typeof hash === "string");
      const extras = asArray(entry.extras).filter((extra) => typeof extra === "string");
      const index = typeof entry.index === "string" ? indexes.get(entry.index) : void 0;
      packages.push(
        pythonPackage({
          name,
          version,
          ...version === null && source === "registry" ? { declared: written ?? "*" } : {},
          scope,
          direct: named ? named.has(normalizeName(name)) : null,
          source,
          ...resolved ? { resolved } : {},
          ...index ? { index } : {},
          hashes,
          extras,
          ...typeof entry.markers === "string" ? { markers: entry.markers } : {},
          path: input.path,
          line: lines.get(`${section}\0${name}`) ?? 1
        })
      );
    }
  }
  return { packages, edges: [], problems: [] };
}
export {
  read
};
