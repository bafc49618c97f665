import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  jsonMemberKeyLines,
  parentPrefixes
} from "./chunk-DZSVFJRN.js";
import "./chunk-TYW4WZL4.js";
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
  emptyOutcome
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/composer-json.ts
var FORMAT = "composer-json";
var PLATFORM = /^(php(-64bit|-ipv6|-zts|-debug)?|hhvm|ext-.+|lib-.+|composer(-plugin-api|-runtime-api)?)$/i;
var EXACT = /^=?v?(\d+(?:\.\d+){0,3}(?:-(?:alpha|beta|rc|RC|patch|pl|p)\.?\d*)?)$/;
function lockedAbove(input, name) {
  return parentPrefixes(input.path).some((up) => input.sibling(`${up}composer.lock`)?.includes(`"name": ${JSON.stringify(name)}`) === true);
}
function read(input) {
  let document;
  try {
    document = JSON.parse(input.text);
  } catch (error) {
    return emptyOutcome({ path: input.path, line: jsonErrorLine(input.text, error), format: FORMAT, message: `invalid JSON: ${jsonErrorMessage(error)}` });
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) {
    return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: "not a composer.json: the file is not a JSON object" });
  }
  const own = document.name;
  if (typeof own === "string" && lockedAbove(input, own)) return emptyOutcome();
  const lines = jsonMemberKeyLines(input.text);
  const packages = [];
  for (const [section, scope] of [
    ["require", "runtime"],
    ["require-dev", "dev"]
  ]) {
    const requirements = document[section];
    if (requirements === void 0 || Array.isArray(requirements) && requirements.length === 0) continue;
    if (typeof requirements !== "object" || requirements === null || Array.isArray(requirements)) {
      return emptyOutcome({ path: input.path, line: lines.get(`${section}\0`) ?? 1, format: FORMAT, message: `"${section}" is not an object` });
    }
    for (const [name, constraint] of Object.entries(requirements)) {
      if (PLATFORM.test(name) || !name.includes("/")) continue;
      const written = typeof constraint === "string" ? constraint.trim() : "*";
      const version = EXACT.exec(written)?.[1] ?? null;
      const purl = version !== null ? purlFor("Packagist", name, version) : void 0;
      packages.push({
        ecosystem: "Packagist",
        name,
        version,
        ...version === null ? { declared: written } : {},
        ...purl ? { purl } : {},
        scope,
        direct: true,
        source: "registry",
        location: { path: input.path, line: lines.get(`${section}\0${name}`) ?? 1 }
      });
    }
  }
  return { packages, edges: [], problems: [], declaredOnly: true };
}
export {
  read
};
