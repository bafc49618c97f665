import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  TomlError,
  parse
} from "./chunk-TYW4WZL4.js";
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import {
  emptyOutcome
} from "./chunk-VZNYH5DF.js";

// src/inventory/readers/python-common.ts
import { posix } from "node:path";
function normalizeName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) this.starts.push(at + 1);
  }
  text;
  starts = [0];
  lineAt(offset) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (this.starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }
  /** The line of the first occurrence of `needle` at or after `from`, and the offset just past it; undefined when absent. */
  find(needle, from = 0) {
    const at = this.text.indexOf(needle, from);
    return at === -1 ? void 0 : { line: this.lineAt(at), next: at + needle.length };
  }
};
function tableEntryLines(text, header) {
  const lines = [];
  let line = 0;
  let pending = -1;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    line += 1;
    const row = text.slice(start, end).trim();
    if (row === header) {
      lines.push(line);
      pending = lines.length - 1;
    } else if (pending !== -1 && row.startsWith("[")) {
      pending = -1;
    } else if (pending !== -1 && /^name\s*=/.test(row)) {
      lines[pending] = line;
      pending = -1;
    }
    start = end + 1;
  }
  return lines;
}
var TomlProblem = class extends Error {
  constructor(message, line, column) {
    super(message);
    this.line = line;
    this.column = column;
  }
  line;
  column;
};
function readToml(text) {
  try {
    return parse(text);
  } catch (error) {
    if (error instanceof TomlError) {
      const first = error.message.split("\n")[0].replace(/^Invalid TOML document:\s*/, "");
      throw new TomlProblem(`invalid TOML: ${first}`, error.line, error.column);
    }
    throw error;
  }
}
function parseProblem(path, format, error) {
  if (error instanceof TomlProblem) {
    return { path, format, message: error.message, ...error.line ? { line: error.line } : {}, ...error.column ? { column: error.column } : {} };
  }
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  return { path, format, message: `could not parse the file: ${message.split("\n")[0]}`, ...position ? { line: Number(position[1]) } : {} };
}
function parseInput(input, format, parse2) {
  try {
    return { doc: parse2(input.text) };
  } catch (error) {
    return { failed: emptyOutcome(parseProblem(input.path, format, error)) };
  }
}
function readJson(text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineMatch = /line (\d+) column (\d+)/.exec(message);
    if (lineMatch) throw new TomlProblem(`invalid JSON: ${message.split("\n")[0]}`, Number(lineMatch[1]), Number(lineMatch[2]));
    if (position) throw new TomlProblem(`invalid JSON: ${message.split("\n")[0]}`, new LineIndex(text).lineAt(Number(position[1])));
    throw new TomlProblem(`invalid JSON: ${message.split("\n")[0]}`, new LineIndex(text).lineAt(text.length));
  }
}
var isRecord = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var asString = (value) => typeof value === "string" ? value : void 0;
var asArray = (value) => Array.isArray(value) ? value : [];
var NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*/;
function parseRequirement(text) {
  let rest = text.trim();
  const name = NAME.exec(rest);
  if (!name) return void 0;
  rest = rest.slice(name[0].length);
  let extras = [];
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close === -1) return void 0;
    extras = rest.slice(1, close).split(",").map((extra) => extra.trim()).filter(Boolean);
    rest = rest.slice(close + 1).trimStart();
  }
  let url;
  let specifier = "";
  let marker;
  if (rest.startsWith("@")) {
    rest = rest.slice(1).trimStart();
    const space = rest.search(/\s/);
    url = space === -1 ? rest : rest.slice(0, space);
    rest = space === -1 ? "" : rest.slice(space).trim();
    if (rest.startsWith(";")) marker = rest.slice(1).trim();
    else if (rest !== "") return void 0;
  } else {
    const semicolon = rest.indexOf(";");
    const spec = (semicolon === -1 ? rest : rest.slice(0, semicolon)).trim();
    if (semicolon !== -1) marker = rest.slice(semicolon + 1).trim();
    const unwrapped = spec.startsWith("(") && spec.endsWith(")") ? spec.slice(1, -1) : spec;
    if (unwrapped !== "" && !/^(?:\s*(?:===|==|!=|~=|<=|>=|<|>)\s*[A-Za-z0-9.*+!_-]+\s*,?)+$/.test(unwrapped)) return void 0;
    specifier = unwrapped.replace(/\s+/g, "");
  }
  return { name: name[1], extras, specifier, ...url ? { url } : {}, ...marker ? { marker } : {} };
}
function pinnedVersion(specifier) {
  const match = /^===?([^,*]+)$/.exec(specifier);
  return match ? match[1] : void 0;
}
function versionFromArchiveUrl(name, url) {
  const file = decodeURIComponent(url.split(/[?#]/)[0].split("/").pop() ?? "");
  const wanted = normalizeName(name).replace(/-/g, "_");
  const wheel = /^([^-]+)-([^-]+)(?:-\d[^-]*)?-[^-]+-[^-]+-[^-]+\.whl$/.exec(file);
  if (wheel) return normalizeName(wheel[1]).replace(/-/g, "_") === wanted ? wheel[2] : void 0;
  const sdist = /^(.+)-([0-9][^-]*)\.(?:tar\.gz|zip|tar\.bz2|tgz)$/.exec(file);
  if (sdist && normalizeName(sdist[1]).replace(/-/g, "_") === wanted) return sdist[2];
  return void 0;
}
function sourceOfUrl(url) {
  if (/^git\+|^git:\/\/|\.git(?:[@#]|$)/.test(url)) return "git";
  if (/^(hg|svn|bzr)\+/.test(url)) return "url";
  if (/^file:/.test(url) || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return "path";
  return "url";
}
var PYPI_INDEXES = /* @__PURE__ */ new Set([
  "https://pypi.org/simple",
  "https://pypi.org/simple/",
  "https://pypi.python.org/simple",
  "https://pypi.python.org/simple/",
  "https://pypi.org/pypi"
]);
function pythonPackage(init) {
  let qualifiers;
  if (init.source === "git" && init.resolved) qualifiers = { vcs_url: init.resolved };
  else if (init.source === "url" && init.resolved) qualifiers = { download_url: init.resolved };
  else if (init.source === "registry" && init.index && !PYPI_INDEXES.has(init.index)) qualifiers = { repository_url: init.index };
  const purl = init.source === "path" || init.source === "workspace" ? purlFor("PyPI", init.name, init.version) : purlFor("PyPI", init.name, init.version, qualifiers);
  return {
    ecosystem: "PyPI",
    name: init.name,
    version: init.version,
    ...init.declared !== void 0 ? { declared: init.declared } : {},
    ...purl ? { purl } : {},
    scope: init.scope,
    direct: init.direct,
    source: init.source,
    ...init.resolved ? { resolved: init.resolved } : {},
    ...init.hashes && init.hashes.length > 0 ? { hashes: init.hashes } : {},
    ...init.markers ? { markers: init.markers } : {},
    ...init.extras && init.extras.length > 0 ? { extras: init.extras } : {},
    location: { path: init.path, line: init.line }
  };
}
function hashesOf(value, into) {
  if (typeof value === "string") {
    if (value.includes(":")) into.push(value);
  } else if (isRecord(value)) {
    for (const [algorithm, digest] of Object.entries(value)) if (typeof digest === "string") into.push(`${algorithm}:${digest}`);
  }
}
var PIPFILE_NOT_PACKAGES = /* @__PURE__ */ new Set(["source", "requires", "scripts", "pipenv"]);
function namedByManifest(doc, kind) {
  if (doc === void 0) return void 0;
  const names = /* @__PURE__ */ new Set();
  const addRequirement = (entry) => {
    const requirement = typeof entry === "string" ? parseRequirement(entry) : void 0;
    if (requirement) names.add(normalizeName(requirement.name));
  };
  const addKeys = (table) => {
    if (isRecord(table)) {
      for (const key of Object.keys(table)) if (key.toLowerCase() !== "python") names.add(normalizeName(key));
    }
  };
  if (kind === "pipfile") {
    for (const [key, value] of Object.entries(doc)) if (!PIPFILE_NOT_PACKAGES.has(key)) addKeys(value);
    return names;
  }
  const project = isRecord(doc.project) ? doc.project : {};
  asArray(project.dependencies).forEach(addRequirement);
  if (isRecord(project["optional-dependencies"])) for (const list of Object.values(project["optional-dependencies"])) asArray(list).forEach(addRequirement);
  if (isRecord(doc["dependency-groups"])) for (const list of Object.values(doc["dependency-groups"])) asArray(list).forEach(addRequirement);
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  addKeys(poetry.dependencies);
  addKeys(poetry["dev-dependencies"]);
  if (isRecord(poetry.group)) {
    for (const group of Object.values(poetry.group)) if (isRecord(group)) addKeys(group.dependencies);
  }
  const uv = isRecord(tool.uv) ? tool.uv : {};
  asArray(uv["dev-dependencies"]).forEach(addRequirement);
  return names;
}
function jsonMemberKeyLines(text) {
  const lines = /* @__PURE__ */ new Map();
  let depth = 0;
  let line = 1;
  let parent = "";
  const length = text.length;
  for (let at = 0; at < length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 10) line += 1;
    else if (code === 123 || code === 91) depth += 1;
    else if (code === 125 || code === 93) depth -= 1;
    else if (code === 34) {
      let end = at + 1;
      while (end < length) {
        const inner = text.charCodeAt(end);
        if (inner === 92) end += 2;
        else if (inner === 34) break;
        else end += 1;
      }
      let next = end + 1;
      while (next < length && (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9 || text.charCodeAt(next) === 13 || text.charCodeAt(next) === 10))
        next += 1;
      if (text.charCodeAt(next) === 58) {
        const key = text.slice(at + 1, end);
        if (depth === 1) parent = key;
        else if (depth === 2 && !lines.has(`${parent}\0${key}`)) lines.set(`${parent}\0${key}`, line);
      }
      at = end;
    }
  }
  return lines;
}
function localProjectMetadata(input, dir) {
  const clean = dir.replace(/\/+$/, "");
  const text = input.sibling(clean === "" || clean === "." ? "pyproject.toml" : `${clean}/pyproject.toml`);
  const doc = manifestToml(text);
  if (doc === void 0) return void 0;
  const project = isRecord(doc.project) ? doc.project : {};
  const tool = isRecord(doc.tool) ? doc.tool : {};
  const poetry = isRecord(tool.poetry) ? tool.poetry : {};
  const name = asString(project.name) ?? asString(poetry.name);
  return name ? { name, version: asString(project.version) ?? asString(poetry.version) ?? null } : void 0;
}
function localProjectVersion(input, dir, name) {
  const local = localProjectMetadata(input, dir);
  return local && normalizeName(local.name) === normalizeName(name) ? local.version : void 0;
}
function entriesProblem(input, format, value, header, required) {
  const key = header.replace(/[[\]]/g, "");
  if (value === void 0) return required ? emptyOutcome({ path: input.path, line: 1, format, message: `no ${header} entries` }) : void 0;
  if (!Array.isArray(value)) return emptyOutcome({ path: input.path, line: 1, format, message: `\`${key}\` is not an array of tables` });
  const index = value.findIndex((entry) => !isRecord(entry) || typeof entry.name !== "string");
  if (index === -1) return void 0;
  const line = tableEntryLines(input.text, header)[index] ?? 1;
  return emptyOutcome({ path: input.path, line, format, message: `a ${header} entry without a name` });
}
function parentPrefixes(file) {
  const directory = posix.dirname(file);
  const depth = directory === "." ? 0 : directory.split("/").length;
  return Array.from({ length: depth }, (_, index) => "../".repeat(index + 1));
}
function manifestToml(text) {
  if (text === void 0) return void 0;
  try {
    return parse(text);
  } catch {
    return void 0;
  }
}

export {
  normalizeName,
  LineIndex,
  tableEntryLines,
  readToml,
  parseInput,
  readJson,
  isRecord,
  asString,
  asArray,
  parseRequirement,
  pinnedVersion,
  versionFromArchiveUrl,
  sourceOfUrl,
  pythonPackage,
  hashesOf,
  PIPFILE_NOT_PACKAGES,
  namedByManifest,
  jsonMemberKeyLines,
  localProjectMetadata,
  localProjectVersion,
  entriesProblem,
  parentPrefixes,
  manifestToml
};
