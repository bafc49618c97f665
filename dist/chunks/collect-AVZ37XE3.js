import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  MAX_LOCKFILE_BYTES,
  MAX_WORKFLOW_BYTES,
  capYoungGeneration,
  emptyOutcome,
  globLibrary,
  readersFor,
  usesValues,
  withGlobLibrary
} from "./chunk-VZNYH5DF.js";
import {
  errorMessage
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/inventory/collect.ts
import path from "node:path";

// src/inventory/actions.ts
var ACTIONS_ECOSYSTEM = "GitHub Actions";
function remoteAction(value) {
  if (value.includes("${{") || value.startsWith("./") || value.startsWith("../") || value.startsWith("$/") || value === "." || value.startsWith("docker://"))
    return null;
  const at = value.lastIndexOf("@");
  const target = at === -1 ? value : value.slice(0, at);
  const parts = target.split("/");
  if (parts.length < 2 || !parts[0] || !parts[1] || parts.some((part) => part === "" || part === "." || part === "..")) return null;
  return { name: target, ref: at === -1 ? "" : value.slice(at + 1) };
}
function actionPurl(name, ref) {
  const [owner = "", repo = "", ...rest] = name.split("/");
  const component = (text) => encodeURIComponent(text).replace(/%3A/g, ":");
  const version = ref ? `@${encodeURIComponent(ref.trim()).replace(/%3A/g, ":").replace(/%2B/g, "+")}` : "";
  const segments = rest.filter((segment) => segment !== "" && segment !== "." && segment !== "..");
  const subpath = segments.length > 0 ? `#${segments.map((segment) => encodeURIComponent(segment)).join("/")}` : "";
  return `pkg:github/${component(owner.toLowerCase())}/${component(repo.toLowerCase())}${version}${subpath}`;
}
function inComment(text, lineStart, offset) {
  const before = text.slice(lineStart, offset);
  return /(^|\s)#/.test(before);
}
function actionsInventory(workspace, prescan) {
  const packages = [];
  const files = [];
  for (const file of prescan.files) {
    if (file.remoteUses.length === 0) continue;
    const read = workspace.readText(file.path, MAX_WORKFLOW_BYTES);
    if (!read.ok) continue;
    const text = read.text;
    const seen = /* @__PURE__ */ new Set();
    let line = 1;
    let lineStart = 0;
    let scanned = 0;
    let count = 0;
    for (const { value, offset } of usesValues(text)) {
      for (let at = text.indexOf("\n", scanned); at !== -1 && at < offset; at = text.indexOf("\n", at + 1)) {
        line += 1;
        lineStart = at + 1;
      }
      scanned = offset;
      const action = remoteAction(value);
      if (!action || inComment(text, lineStart, offset)) continue;
      const key = `${action.name}@${action.ref}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const version = action.ref === "" ? null : action.ref;
      const purl = actionPurl(action.name, version);
      packages.push({
        ecosystem: ACTIONS_ECOSYSTEM,
        name: action.name,
        version,
        ...version === null ? { declared: "" } : {},
        purl,
        scope: "runtime",
        direct: true,
        source: "registry",
        location: { path: file.path, line, column: offset - lineStart + 1 }
      });
      count += 1;
    }
    if (count > 0)
      files.push({ path: file.path, format: file.kind === "workflow" ? "github-workflow" : "github-action", ecosystem: ACTIONS_ECOSYSTEM, packages: count });
  }
  return { packages, files };
}

// src/inventory/collect.ts
var LARGE_LOCKFILE_CHARS = 256 * 1024;
var INSTALLED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|\.tox|target|bower_components)\//;
function findInventoryFiles(workspace) {
  const files = workspace.files().filter((file) => !INSTALLED.test(file) && !workspace.isIgnored(file));
  return claimed(files);
}
function ignoredInventoryFiles(workspace) {
  const ignored = workspace.files().filter((file) => !INSTALLED.test(file) && workspace.isIgnored(file));
  return [...new Set(claimed(ignored).map((candidate) => candidate.path))];
}
function claimed(files) {
  const present = new Set(files);
  const candidates = [];
  for (const file of files) {
    const basename = path.posix.basename(file);
    const directory = path.posix.dirname(file);
    for (const reader of readersFor(basename)) {
      const superseded = reader.supersededBy?.some((lockfile) => present.has(directory === "." ? lockfile : `${directory}/${lockfile}`));
      if (!superseded) candidates.push({ path: file, reader });
    }
  }
  return candidates;
}
async function readInventoryFile(workspace, candidate) {
  const { path: file, reader } = candidate;
  const problem = (message, line) => ({ path: file, format: reader.format, message, ...line ? { line } : {} });
  const text = workspace.readText(file, MAX_LOCKFILE_BYTES, { cache: false });
  if (!text.ok) return emptyOutcome(problem(`could not read the file: ${text.reason}`));
  const directory = path.posix.dirname(file);
  const input = {
    path: file,
    text: text.text,
    sibling(relative) {
      const target = path.posix.normalize(directory === "." ? relative : `${directory}/${relative}`);
      if (target.startsWith("..")) return void 0;
      const read = workspace.readText(target, MAX_LOCKFILE_BYTES);
      return read.ok ? read.text : void 0;
    },
    exists(relative) {
      const target = path.posix.normalize(directory === "." ? relative : `${directory}/${relative}`);
      return !target.startsWith("..") && workspace.exists(target);
    },
    glob(pattern) {
      const { minimatch } = globLibrary();
      const prefix = directory === "." ? "" : `${directory}/`;
      const matched = [];
      for (const candidate2 of workspace.files()) {
        if (!candidate2.startsWith(prefix) || INSTALLED.test(candidate2)) continue;
        const relative = candidate2.slice(prefix.length);
        if (minimatch(relative, pattern)) matched.push(relative);
      }
      return matched;
    }
  };
  try {
    const read = await reader.load();
    const outcome = await withGlobLibrary(() => read(input));
    capYoungGeneration(text.text.length > LARGE_LOCKFILE_CHARS);
    return outcome;
  } catch (error) {
    const line = error.line;
    return emptyOutcome(problem(`could not parse the file: ${errorMessage(error)}`, typeof line === "number" ? line : void 0));
  }
}
async function collectInventory(workspace, options = {}) {
  const inventory = { packages: [], edges: [], files: [], problems: [] };
  for (const candidate of findInventoryFiles(workspace)) {
    const outcome = await readInventoryFile(workspace, candidate);
    inventory.packages.push(...outcome.packages);
    inventory.edges.push(...outcome.edges);
    inventory.problems.push(...outcome.problems);
    inventory.files.push({
      path: candidate.path,
      format: candidate.reader.format,
      ecosystem: candidate.reader.ecosystem,
      packages: outcome.packages.length,
      ...outcome.declaredOnly ? { declaredOnly: true } : {}
    });
  }
  const skipped = ignoredInventoryFiles(workspace);
  if (skipped.length > 0) inventory.skipped = skipped;
  if (options.prescan) {
    const actions = actionsInventory(workspace, options.prescan);
    inventory.packages.push(...actions.packages);
    inventory.files.push(...actions.files);
  }
  return inventory;
}
export {
  collectInventory,
  findInventoryFiles,
  ignoredInventoryFiles,
  readInventoryFile,
  readersFor
};
