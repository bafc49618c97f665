import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  minimatch
} from "./chunk-P3SZQKBM.js";
import {
  LineCursor,
  MANIFEST_SECTIONS,
  PackageSet,
  jsonProblem,
  npmAlias,
  parseManifest,
  section,
  shapeProblem,
  workspaceGlobs
} from "./chunk-FWJHIQ2M.js";
import "./chunk-PWQCIXAS.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  FAILSAFE_SCHEMA,
  emptyOutcome,
  load
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/readers/package-json.ts
var FORMAT = "package-json";
var LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock"];
var MAX_LEVELS = 8;
function read(input) {
  let manifest;
  try {
    manifest = JSON.parse(input.text);
  } catch (error) {
    return emptyOutcome(jsonProblem(input.path, FORMAT, input.text, error));
  }
  if (!manifest || typeof manifest !== "object" || Array.isArray(manifest)) {
    return emptyOutcome(shapeProblem(input.path, FORMAT, "not a package.json: the file is not a JSON object"));
  }
  if (coveredByWorkspaceLockfile(input)) return emptyOutcome();
  const set = new PackageSet(input.path);
  for (const [sectionName, scope] of MANIFEST_SECTIONS) {
    const entries = section(manifest, sectionName);
    if (entries.length === 0) continue;
    const cursor = new LineCursor(input.text);
    cursor.findJsonKey(sectionName);
    for (const [key, spec] of entries) {
      const line = cursor.findJsonProperty(key);
      const alias = npmAlias(spec);
      const name = alias?.name ?? key;
      const declared = alias ? alias.version : spec;
      const { source, resolved } = declaredSource(declared);
      set.add({ name, version: null, declared, scope, direct: true, source, line, resolved });
    }
  }
  return { packages: set.packages, edges: [], problems: [], declaredOnly: true };
}
function declaredSource(spec) {
  if (spec.startsWith("workspace:")) return { source: "workspace" };
  if (/^(file:|link:|portal:|\.{1,2}\/|\/|~\/)/.test(spec)) return { source: "path", resolved: spec };
  if (/^(git\+|git:|github:|gitlab:|bitbucket:|gist:)/.test(spec) || /^[^@\s/:]+\/[^\s/:]+(#.*)?$/.test(spec)) return { source: "git", resolved: spec };
  if (/^https?:/.test(spec)) return { source: /\.git(#|$)/.test(spec) ? "git" : "url", resolved: spec };
  return { source: "registry" };
}
function coveredByWorkspaceLockfile(input) {
  if (!input.exists) return false;
  const here = input.path.split("/").slice(0, -1);
  for (let level = 1; level <= Math.min(MAX_LEVELS, here.length); level++) {
    const up = "../".repeat(level);
    const relative = here.slice(here.length - level).join("/");
    const ancestor = parseManifest(input.sibling(`${up}package.json`));
    if (namesFolder(ancestor, relative) && LOCKFILES.some((lockfile) => input.exists?.(`${up}${lockfile}`))) return true;
    const globs = workspaceGlobs(ancestor);
    const pnpm = input.sibling(`${up}pnpm-workspace.yaml`);
    if (pnpm) globs.push(...pnpmWorkspaceGlobs(pnpm));
    if (globs.length === 0) continue;
    const listed = globs.some((glob) => !glob.startsWith("!") && minimatch(relative, glob.replace(/^\.\//, "").replace(/\/+$/, "")));
    const excluded = globs.some((glob) => glob.startsWith("!") && minimatch(relative, glob.slice(1).replace(/^\.\//, "").replace(/\/+$/, "")));
    if (listed && !excluded) return LOCKFILES.some((lockfile) => input.exists?.(`${up}${lockfile}`));
  }
  return false;
}
function namesFolder(manifest, relative) {
  for (const [sectionName] of MANIFEST_SECTIONS) {
    for (const [, spec] of section(manifest, sectionName)) {
      const local = /^(?:file:|link:|portal:)(.*)$/.exec(spec)?.[1];
      if (local === void 0 || /\.(tgz|tar\.gz|tar)$/.test(local)) continue;
      if (local.replace(/^(\.\/)+/, "").replace(/\/+$/, "") === relative) return true;
    }
  }
  return false;
}
function pnpmWorkspaceGlobs(text) {
  try {
    const value = load(text, { schema: FAILSAFE_SCHEMA });
    return Array.isArray(value?.packages) ? value.packages.filter((glob) => typeof glob === "string") : [];
  } catch {
    return [];
  }
}
export {
  declaredSource,
  read
};
