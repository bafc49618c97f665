import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  localProjectMetadata,
  normalizeName,
  parseRequirement,
  pinnedVersion,
  pythonPackage,
  sourceOfUrl,
  versionFromArchiveUrl
} from "./chunk-DZSVFJRN.js";
import "./chunk-TYW4WZL4.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  readersFor
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/requirements.ts
import path from "node:path";
var FORMAT = "requirements";
var DEV_FILE = /(?:^|[^a-z])(dev|devel|develop|development|test|tests|testing|lint|linting|docs?|ci|typing|mypy)(?:[^a-z]|$)/i;
var OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
  "-i",
  "--index-url",
  "--extra-index-url",
  "-f",
  "--find-links",
  "--trusted-host",
  "--no-binary",
  "--only-binary",
  "--use-feature",
  "--config-settings",
  "--global-option",
  "--hash",
  "-c",
  "--constraint",
  "-r",
  "--requirement",
  "-e",
  "--editable"
]);
function scopeOfFile(file, inherited) {
  const base = path.posix.basename(file).replace(/requirements?/i, " ");
  return DEV_FILE.test(base) ? "dev" : inherited;
}
function isCandidate(file) {
  return readersFor(path.posix.basename(file)).some((reader) => reader.format === FORMAT);
}
function tokens(line) {
  return line.split(/\s+/).filter(Boolean);
}
function optionValue(parts, short, long) {
  const [first, second] = parts;
  if (first === short || first === long) return second;
  if (first.startsWith(`${long}=`)) return first.slice(long.length + 1);
  if (first.startsWith(short) && !first.startsWith("--")) return first.slice(short.length).replace(/^=/, "");
  return void 0;
}
var looksLikeUrlOrPath = (text) => !/\s/.test(text) && (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{1,2}\/|\/|file:)/.test(text) || /\.(?:whl|tar\.gz|zip|tar\.bz2)$/.test(text) || text === ".");
function read(input) {
  const entries = [];
  const problems = [];
  const topDirectory = path.posix.dirname(input.path);
  const visited = /* @__PURE__ */ new Set([path.posix.normalize(input.path)]);
  let annotated = false;
  const readFile = (file, text, inherited) => {
    const scope = scopeOfFile(file, inherited);
    const directory = path.posix.dirname(file);
    const problem = (line, message) => {
      problems.push({ path: file, line, format: FORMAT, message });
    };
    const lines = text.split("\n");
    let last;
    let inVia = false;
    for (let index = 0; index < lines.length; index += 1) {
      const startLine = index + 1;
      let raw = lines[index].replace(/\r$/, "");
      const comment = /^\s*#\s?(.*)$/.exec(raw);
      if (comment) {
        const body = comment[1];
        const via = /^via(?:\s+(.*))?$/.exec(body.trim());
        if (via && last) {
          annotated = true;
          inVia = true;
          if (via[1]) last.vias.push(via[1].trim());
        } else if (inVia && last && /^\s{2,}\S/.test(body)) {
          last.vias.push(body.trim());
        } else {
          inVia = false;
        }
        continue;
      }
      inVia = false;
      while (raw.endsWith("\\") && index + 1 < lines.length) {
        index += 1;
        const next = lines[index].replace(/\r$/, "");
        raw = `${raw.slice(0, -1)} ${/^\s*#/.test(next) ? "" : next}`;
      }
      if (raw.endsWith("\\")) raw = raw.slice(0, -1);
      const line = raw.replace(/(^|\s)#.*$/, "").trim();
      if (line === "") continue;
      const parts = tokens(line);
      if (line.startsWith("-")) {
        const include = optionValue(parts, "-r", "--requirement");
        if (include !== void 0) {
          includeFile(directory, include, scope, startLine, problem);
          last = void 0;
          continue;
        }
        const editable = optionValue(parts, "-e", "--editable");
        if (editable !== void 0) {
          last = requirementEntry(editable, [], true, file, startLine, scope, problem);
          continue;
        }
        last = void 0;
        continue;
      }
      const optionAt = parts.findIndex((part) => part.startsWith("-"));
      const requirement = (optionAt === -1 ? parts : parts.slice(0, optionAt)).join(" ");
      const hashes = [];
      if (optionAt !== -1) {
        for (let at = optionAt; at < parts.length; at += 1) {
          const part = parts[at];
          if (part.startsWith("--hash=")) hashes.push(part.slice("--hash=".length));
          else if (part === "--hash" && parts[at + 1]) hashes.push(parts[at += 1]);
          else if (OPTIONS_WITH_VALUE.has(part)) at += 1;
        }
      }
      last = requirementEntry(requirement, hashes, false, file, startLine, scope, problem);
    }
  };
  const requirementEntry = (text, hashes, editable, file, line, scope, problem) => {
    let name;
    let url;
    let specifier = "";
    let extras = [];
    let marker;
    if (looksLikeUrlOrPath(text.split(/\s*;\s*/)[0])) {
      const [location, ...markerParts] = text.split(/\s*;\s*/);
      url = location;
      marker = markerParts.join("; ") || void 0;
      const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?/.exec(location);
      if (egg) {
        name = egg[1];
        extras = egg[2] ? egg[2].split(",").map((extra) => extra.trim()).filter(Boolean) : [];
      } else {
        const file2 = location.split(/[?#]/)[0].split("/").pop() ?? "";
        const archive = /^([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^-]*(?:-|\.tar|\.zip)/.exec(file2);
        if (archive) name = archive[1];
      }
    } else {
      const parsed = parseRequirement(text);
      if (!parsed) {
        problem(line, `not a requirement pip can read: ${text.length > 120 ? `${text.slice(0, 120)}\u2026` : text}`);
        return void 0;
      }
      name = parsed.name;
      url = parsed.url;
      specifier = parsed.specifier;
      extras = parsed.extras;
      marker = parsed.marker;
    }
    const source = url ? sourceOfUrl(url) : "registry";
    const local = !name && url !== void 0 && source === "path" ? localProject(file, url) : void 0;
    if (local) {
      const entry2 = {
        pkg: pythonPackage({ ...local, scope, direct: null, source, resolved: url, path: file, line, ...marker ? { markers: marker } : {} }),
        vias: []
      };
      entries.push(entry2);
      return entry2;
    }
    if (!name) {
      if (url === void 0) return void 0;
      const entry2 = {
        pkg: pythonPackage({ name: url, version: null, scope, direct: null, source, resolved: url, path: file, line, ...marker ? { markers: marker } : {} }),
        vias: []
      };
      delete entry2.pkg.purl;
      entries.push(entry2);
      return entry2;
    }
    const version = pinnedVersion(specifier) ?? (url && !editable && source !== "git" ? versionFromArchiveUrl(name, url) : void 0) ?? null;
    const entry = {
      pkg: pythonPackage({
        name,
        version,
        ...version === null && !url ? { declared: specifier === "" ? "*" : specifier } : {},
        scope,
        direct: null,
        source,
        ...url ? { resolved: url } : {},
        hashes,
        ...marker ? { markers: marker } : {},
        extras,
        path: file,
        line
      }),
      vias: []
    };
    entries.push(entry);
    return entry;
  };
  const localProject = (file, location) => {
    const directory = path.posix.dirname(file);
    let target = location.replace(/^file:(?:\/\/(?:localhost)?)?/, "").replace(/[?#].*$/, "");
    try {
      target = decodeURIComponent(target);
    } catch {
      return void 0;
    }
    const candidates = [];
    if (path.posix.isAbsolute(target)) {
      const segments = target.split("/").filter(Boolean);
      for (let from = 0; from < segments.length; from += 1) candidates.push(segments.slice(from).join("/"));
    } else candidates.push(target);
    for (const candidate of candidates) {
      const resolved = path.posix.normalize(directory === "." ? candidate : `${directory}/${candidate}`);
      if (resolved.startsWith("..")) continue;
      const relative = path.posix.relative(topDirectory === "." ? "" : topDirectory, resolved);
      const found = localProjectMetadata(input, relative);
      if (found) return found;
    }
    return void 0;
  };
  const includeFile = (directory, include, scope, line, problem) => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(include)) {
      problem(line, `included requirements at a URL are not read: ${include}`);
      return;
    }
    const target = path.posix.normalize(directory === "." ? include : `${directory}/${include}`);
    if (target.startsWith("..") || path.posix.isAbsolute(target)) {
      problem(line, `included file is outside the workspace: ${include}`);
      return;
    }
    if (visited.has(target)) return;
    visited.add(target);
    if (isCandidate(target)) return;
    const relative = path.posix.relative(topDirectory === "." ? "" : topDirectory, target);
    const text = input.sibling(relative);
    if (text === void 0) {
      problem(line, `included file could not be read: ${include}`);
      return;
    }
    readFile(target, text, scope);
  };
  readFile(input.path, input.text, "unknown");
  if (annotated) {
    const names = new Set(entries.filter((entry) => entry.pkg.source !== "path").map((entry) => normalizeName(entry.pkg.name)));
    for (const entry of entries) {
      entry.pkg.direct = entry.vias.length === 0 || entry.vias.some((via) => !via.startsWith("-c ") && !names.has(normalizeName(via.replace(/^-r\s+/, "-r "))));
    }
  }
  return { packages: entries.map((entry) => entry.pkg), edges: [], problems };
}
export {
  read
};
