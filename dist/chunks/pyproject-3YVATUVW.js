import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  LineIndex,
  asArray,
  asString,
  isRecord,
  normalizeName,
  parseInput,
  parseRequirement,
  pinnedVersion,
  pythonPackage,
  readToml,
  sourceOfUrl,
  versionFromArchiveUrl
} from "./chunk-DZSVFJRN.js";
import "./chunk-TYW4WZL4.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  emptyOutcome,
  escapeRegExp
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/pyproject.ts
import path from "node:path";
var FORMAT = "pyproject";
function lockedByWorkspace(input) {
  const directory = path.posix.dirname(input.path);
  const depth = directory === "." ? 0 : directory.split("/").length;
  for (let up = 1; up <= depth; up += 1) {
    const prefix = "../".repeat(up);
    const relative = directory.split("/").slice(-up).join("/");
    const forms = [relative, `./${relative}`];
    const uv = input.sibling(`${prefix}uv.lock`);
    if (uv !== void 0 && ["editable", "virtual", "directory"].some((kind) => uv.includes(`source = { ${kind} = "${relative}" }`))) return true;
    const poetry = input.sibling(`${prefix}poetry.lock`);
    if (poetry !== void 0 && forms.some((form) => poetry.includes(`url = "${form}"`) && /type = "directory"\r?\nurl = "/.test(poetry))) return true;
    const pipenv = input.sibling(`${prefix}Pipfile.lock`);
    if (pipenv !== void 0 && forms.some((form) => pipenv.includes(`"path": "${form}"`))) return true;
    const pdm = input.sibling(`${prefix}pdm.lock`);
    if (pdm !== void 0 && forms.some((form) => pdm.includes(`path = "${form}"`))) return true;
    const pylock = input.sibling(`${prefix}pylock.toml`);
    if (pylock !== void 0 && forms.some((form) => pylock.includes(`directory = { path = "${form}"`))) return true;
  }
  return false;
}
function read(input) {
  const parsed = parseInput(input, FORMAT, readToml);
  if (parsed.failed) return parsed.failed;
  const doc = parsed.doc;
  if (lockedByWorkspace(input)) return emptyOutcome();
  const index = new LineIndex(input.text);
  const packages = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Map();
  const headerOffset = (header) => {
    const at = input.text.search(new RegExp(`^\\s*\\[\\s*${header.replace(/\./g, "\\s*\\.\\s*")}\\s*\\]`, "m"));
    return at === -1 ? 0 : at;
  };
  const add = (name, scope, line, fields) => {
    const key = normalizeName(name);
    const earlier = seen.get(key);
    if (earlier && earlier.version !== null && fields.version !== null && earlier.version !== fields.version) {
      packages.push(pythonPackage({ name, scope, direct: true, source: fields.source ?? "registry", path: input.path, line, ...fields }));
      return;
    }
    if (earlier) {
      if (earlier.source === "registry" && fields.source && fields.source !== "registry") {
        earlier.source = fields.source;
        if (fields.resolved) earlier.resolved = fields.resolved;
        delete earlier.declared;
        delete earlier.purl;
        const purl = pythonPackage({
          name: earlier.name,
          version: earlier.version,
          scope: earlier.scope,
          direct: true,
          source: fields.source,
          resolved: fields.resolved,
          path: input.path,
          line
        }).purl;
        if (purl) earlier.purl = purl;
      }
      return;
    }
    const pkg = pythonPackage({ name, scope, direct: true, source: fields.source ?? "registry", path: input.path, line, ...fields });
    packages.push(pkg);
    seen.set(key, pkg);
  };
  const requirementList = (list, scope, header) => {
    let cursor = headerOffset(header);
    for (const entry of asArray(list)) {
      if (typeof entry !== "string") continue;
      const found = index.find(`"${entry}"`, cursor) ?? index.find(`'${entry}'`, cursor);
      const requirement = parseRequirement(entry);
      const line = found?.line ?? index.find(`"${requirement?.name ?? entry}`, cursor)?.line ?? index.lineAt(cursor);
      if (found) cursor = found.next;
      if (!requirement) {
        problems.push({ path: input.path, line, format: FORMAT, message: `not a PEP 508 requirement: ${entry}` });
        continue;
      }
      const url = requirement.url;
      const version = pinnedVersion(requirement.specifier) ?? (url ? versionFromArchiveUrl(requirement.name, url) : void 0) ?? null;
      add(requirement.name, scope, line, {
        version,
        ...version === null && !url ? { declared: requirement.specifier === "" ? "*" : requirement.specifier } : {},
        ...url ? { source: sourceOfUrl(url), resolved: url } : {},
        ...requirement.marker ? { markers: requirement.marker } : {},
        extras: requirement.extras
      });
    }
  };
  const poetryTable = (table, scope, header) => {
    if (!isRecord(table)) return;
    const start = headerOffset(header);
    for (const [name, spec] of Object.entries(table)) {
      if (name.toLowerCase() === "python") continue;
      const escaped = escapeRegExp(name);
      const match = new RegExp(`^\\s*["']?${escaped}["']?\\s*=`, "m").exec(input.text.slice(start));
      const line = index.lineAt(match ? start + match.index + match[0].search(/\S/) : start);
      const specs = Array.isArray(spec) ? spec : [spec];
      const first = specs[0];
      const constraint = typeof first === "string" ? first : isRecord(first) ? asString(first.version) : void 0;
      let source = "registry";
      let resolved;
      if (isRecord(first)) {
        if (typeof first.git === "string") {
          source = "git";
          const revision = asString(first.rev) ?? asString(first.tag) ?? asString(first.branch);
          resolved = revision ? `${first.git}@${revision}` : first.git;
        } else if (typeof first.path === "string") {
          source = "path";
          resolved = first.path;
        } else if (typeof first.url === "string") {
          source = "url";
          resolved = first.url;
        }
      }
      const exact = constraint !== void 0 && specs.length === 1 ? pinnedVersion(constraint.replace(/\s+/g, "")) ?? (/^\d[\w.+!-]*$/.test(constraint.trim()) ? constraint.trim() : void 0) : void 0;
      const declared = specs.map((item) => typeof item === "string" ? item : isRecord(item) ? asString(item.version) : void 0).filter((item) => item !== void 0).join(" || ");
      const optional = isRecord(first) && first.optional === true;
      const markers = isRecord(first) ? asString(first.markers) : void 0;
      add(name, optional && scope === "runtime" ? "optional" : scope, line, {
        version: exact ?? null,
        ...exact === void 0 && source === "registry" ? { declared: declared || "*" } : {},
        source,
        ...resolved ? { resolved } : {},
        ...markers ? { markers } : {},
        extras: isRecord(first) ? asArray(first.extras).filter((extra) => typeof extra === "string") : []
      });
    }
  };
  const project = isRecord(doc.project) ? doc.project : {};
  requirementList(project.dependencies, "runtime", "project");
  if (isRecord(project["optional-dependencies"])) {
    for (const list of Object.values(project["optional-dependencies"])) requirementList(list, "optional", "project.optional-dependencies");
  }
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  poetryTable(poetry.dependencies, "runtime", "tool.poetry.dependencies");
  if (isRecord(poetry.group)) {
    for (const [group, body] of Object.entries(poetry.group)) {
      if (isRecord(body)) poetryTable(body.dependencies, group === "main" ? "runtime" : "dev", `tool.poetry.group.${group}.dependencies`);
    }
  }
  poetryTable(poetry["dev-dependencies"], "dev", "tool.poetry.dev-dependencies");
  if (isRecord(doc["dependency-groups"])) for (const list of Object.values(doc["dependency-groups"])) requirementList(list, "dev", "dependency-groups");
  const uv = isRecord(tool.uv) ? tool.uv : {};
  requirementList(uv["dev-dependencies"], "dev", "tool.uv");
  if (isRecord(uv.sources)) {
    const sources = new Map(Object.entries(uv.sources).map(([name, spec]) => [normalizeName(name), Array.isArray(spec) ? spec[0] : spec]));
    for (const pkg of packages) {
      const spec = sources.get(normalizeName(pkg.name));
      if (!isRecord(spec)) continue;
      const revision = asString(spec.rev) ?? asString(spec.tag) ?? asString(spec.branch);
      const where = spec.workspace === true ? { source: "workspace" } : typeof spec.path === "string" ? { source: "path", resolved: spec.path } : typeof spec.git === "string" ? { source: "git", resolved: revision ? `${spec.git}@${revision}` : spec.git } : typeof spec.url === "string" ? { source: "url", resolved: spec.url } : void 0;
      if (!where) continue;
      const replaced = pythonPackage({
        name: pkg.name,
        version: pkg.version,
        scope: pkg.scope,
        direct: true,
        ...where,
        path: input.path,
        line: pkg.location.line
      });
      pkg.source = where.source;
      delete pkg.declared;
      delete pkg.purl;
      if (where.resolved) pkg.resolved = where.resolved;
      if (replaced.purl) pkg.purl = replaced.purl;
    }
  }
  return { packages, edges: [], problems, declaredOnly: true };
}
export {
  read
};
