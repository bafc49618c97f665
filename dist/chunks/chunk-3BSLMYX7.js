import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  jsonErrorLine,
  jsonErrorMessage
} from "./chunk-PWQCIXAS.js";
import {
  purlFor
} from "./chunk-WF64JQIV.js";
import {
  emptyOutcome,
  packageKey
} from "./chunk-VZNYH5DF.js";

// src/inventory/readers/composer-lock.ts
var FORMAT = "composer-lock";
var isTable = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var PLATFORM = /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(-plugin-api|-runtime-api)?)$/i;
function licenseExpression(license) {
  const list = (Array.isArray(license) ? license : [license]).filter((item) => typeof item === "string" && item.trim() !== "").map((item) => item.trim());
  if (list.length === 0) return void 0;
  if (list.length === 1) return list[0];
  return list.map((item) => /\s/.test(item) ? `(${item})` : item).join(" OR ");
}
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
  if (!isTable(document)) return problem(input.path, "composer.lock is not a JSON object", 1);
  let direct;
  const manifestText = input.sibling("composer.json");
  if (manifestText !== void 0) {
    try {
      const manifest = JSON.parse(manifestText);
      direct = new Set(
        [
          ...Object.keys(isTable(manifest.require) ? manifest.require : {}),
          ...Object.keys(isTable(manifest["require-dev"]) ? manifest["require-dev"] : {})
        ].map((name) => name.toLowerCase())
      );
    } catch {
      direct = void 0;
    }
  }
  const packages = [];
  const requires = [];
  const byName = /* @__PURE__ */ new Map();
  let offset = 0;
  let line = 1;
  const names = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
  const locate = (name) => {
    names.lastIndex = offset;
    for (let match = names.exec(input.text); match; match = names.exec(input.text)) {
      if (JSON.parse(`"${match[1]}"`) !== name) continue;
      for (let index = input.text.indexOf("\n", offset); index >= 0 && index < match.index; index = input.text.indexOf("\n", index + 1)) line++;
      offset = match.index + match[0].length;
      return line;
    }
    return line;
  };
  for (const [key, scope] of [
    ["packages", "runtime"],
    ["packages-dev", "dev"]
  ]) {
    const list = document[key] ?? [];
    if (!Array.isArray(list)) return problem(input.path, `"${key}" is not an array`, 1);
    for (const entry of list) {
      if (!isTable(entry) || typeof entry.name !== "string" || typeof entry.version !== "string") {
        return problem(
          input.path,
          `an entry of "${key}" without a string name and version`,
          locate(isTable(entry) && typeof entry.name === "string" ? entry.name : "\0")
        );
      }
      const source = isTable(entry.source) ? entry.source : void 0;
      const dist = isTable(entry.dist) ? entry.dist : void 0;
      let kind = "registry";
      let resolved;
      if (dist?.type === "path") {
        kind = "path";
        resolved = typeof dist.url === "string" ? dist.url : void 0;
      } else if (entry["notification-url"] === void 0 && source && ["git", "hg", "svn", "fossil"].includes(String(source.type))) {
        kind = "git";
        resolved = typeof source.url === "string" ? `${source.url}${typeof source.reference === "string" ? `#${source.reference}` : ""}` : void 0;
      }
      const shasum = typeof dist?.shasum === "string" && dist.shasum !== "" ? dist.shasum : void 0;
      const license = licenseExpression(entry.license);
      const pkg = {
        ecosystem: "Packagist",
        name: entry.name,
        version: entry.version,
        purl: purlFor("Packagist", entry.name, entry.version),
        scope,
        direct: direct ? direct.has(entry.name.toLowerCase()) : null,
        source: kind,
        ...resolved !== void 0 ? { resolved } : {},
        ...shasum ? { hashes: [`sha1:${shasum}`] } : {},
        ...license ? { license } : {},
        location: { path: input.path, line: locate(entry.name) }
      };
      packages.push(pkg);
      requires.push(Object.keys(isTable(entry.require) ? entry.require : {}).filter((name) => !PLATFORM.test(name)));
      byName.set(entry.name.toLowerCase(), pkg);
      for (const field of ["replace", "provide"]) {
        for (const other of Object.keys(isTable(entry[field]) ? entry[field] : {})) {
          if (!byName.has(other.toLowerCase())) byName.set(other.toLowerCase(), pkg);
        }
      }
    }
  }
  const edges = [];
  packages.forEach((pkg, index) => {
    const from = packageKey(pkg);
    for (const name of requires[index] ?? []) {
      const target = byName.get(name.toLowerCase());
      if (target) edges.push({ from, to: packageKey(target) });
    }
  });
  return { packages, edges, problems: [] };
}

export {
  licenseExpression,
  read
};
