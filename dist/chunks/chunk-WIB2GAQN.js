import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  defineFact,
  known
} from "./chunk-BQPOASSU.js";
import {
  parseYaml
} from "./chunk-S4MNMSRP.js";

// src/workspace/workflow-files.ts
var MAX_WORKFLOW_BYTES = 1024 * 1024;
var WORKFLOW_PATTERN = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var ACTION_PATTERN = /(^|\/)action\.ya?ml$/;
function workflowFileKind(relative) {
  if (WORKFLOW_PATTERN.test(relative)) return "workflow";
  if (ACTION_PATTERN.test(relative)) return "action";
  return null;
}
function listWorkflowFiles(workspace, ignored = () => false) {
  const found = [];
  for (const relative of workspace.files()) {
    const kind = workflowFileKind(relative);
    if (kind && !ignored(relative)) found.push({ path: relative, kind });
  }
  return found;
}
function parseOne(workspace, path2, kind) {
  const read = workspace.readText(path2, MAX_WORKFLOW_BYTES);
  if (!read.ok) return { failure: { path: path2, kind, message: `cannot read: ${read.reason}`, line: 1, column: 1 } };
  const parsed = parseWorkflowText(path2, kind, read.text);
  return parsed.ok ? { file: Object.assign(parsed.file, { kind }) } : { failure: { ...parsed.failure, kind } };
}
function parseWorkflowText(path2, kind, text) {
  const parsed = parseYaml(path2, text);
  if (!parsed.ok) return parsed;
  const refused = kind === "workflow" ? githubRefusal(parsed.file) : null;
  return refused ? { ok: false, failure: refused } : parsed;
}
function githubRefusal(file) {
  const merge = file.doc.mergeKeys[0];
  if (merge === void 0) return null;
  const position = file.lineCounter.linePos(merge);
  const more = file.doc.mergeKeys.length > 1 ? ` (and ${file.doc.mergeKeys.length - 1} more)` : "";
  return { path: file.path, message: `YAML merge key "<<:"${more}: GitHub Actions does not support merge keys and rejects the workflow`, line: position.line, column: position.col };
}
function parseWorkflowFiles(workspace, ignored) {
  const result = { files: [], failures: [] };
  for (const { path: path2, kind } of listWorkflowFiles(workspace, ignored)) {
    const outcome = kind === "action" ? workspace.memo(`parsed:${path2}`, () => parseOne(workspace, path2, kind)) : parseOne(workspace, path2, kind);
    if ("failure" in outcome) result.failures.push(outcome.failure);
    else result.files.push(outcome.file);
  }
  return result;
}
var workflowFilesFact = defineFact(
  "workspace.workflow-files",
  async (ctx) => known(await explainFailures(ctx.workspace, parseWorkflowFiles(ctx.workspace, ctx.workspace.isIgnored))),
  { scope: "workflow-group" }
);
async function explainFailures(workspace, files) {
  const syntax = files.failures.filter((failure) => !failure.message.startsWith("cannot read") && !failure.message.startsWith("YAML merge key"));
  if (syntax.length === 0) return files;
  const { explainYamlFailure } = await import("./yaml-diagnostics-4SCLGONA.js");
  const failures = files.failures.map((failure) => {
    if (!syntax.includes(failure)) return failure;
    const read = workspace.readText(failure.path, MAX_WORKFLOW_BYTES);
    return read.ok ? { ...explainYamlFailure(read.text, failure), kind: failure.kind } : failure;
  });
  return { files: files.files, failures };
}
var WORKFLOW_DIRECTORIES = /* @__PURE__ */ new Set([".github", ".github/workflows"]);
function skippedWorkflowLinks(workspace) {
  return workspace.skipped().filter((link) => {
    if (workspace.isIgnored(link.path)) return false;
    return workflowFileKind(link.path) !== null || link.directory !== false && WORKFLOW_DIRECTORIES.has(link.path);
  });
}
var skippedWorkflowLinksFact = defineFact("workspace.skipped-workflow-links", async (ctx) => known(skippedWorkflowLinks(ctx.workspace)));

// src/workspace/workflow-prescan.ts
import path from "node:path";
var USES = /(?:^|[\s{,-])uses\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#,}\n]+))/gm;
var TOP_LEVEL_NAME = /^name\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))\s*(?:#.*)?$/m;
function* usesValues(text) {
  for (const match of text.matchAll(USES)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? "";
    const value = raw.trim();
    if (value === "") continue;
    const offset = (match.index ?? 0) + match[0].length - raw.length - (match[3] === void 0 ? 1 : 0) + (raw.length - raw.trimStart().length);
    yield { value, offset };
  }
}
function prescanText(relative, kind, text, exists) {
  const links = /* @__PURE__ */ new Set();
  const remoteUses = [];
  for (const { value } of usesValues(text)) {
    const local = value.startsWith("./") ? value.slice(2) : value.startsWith("$/") ? value.slice(2) : null;
    if (local === null) {
      remoteUses.push(value);
      continue;
    }
    const target = path.posix.normalize(local.split("@")[0].replace(/\/+$/, ""));
    if (target.startsWith("..")) continue;
    for (const candidate of [target, `${target}/action.yml`, `${target}/action.yaml`]) if (exists(candidate)) links.add(candidate);
  }
  const nameMatch = kind === "workflow" ? TOP_LEVEL_NAME.exec(text) : null;
  const name = nameMatch ? (nameMatch[1] ?? nameMatch[2] ?? nameMatch[3] ?? "").trim() : "";
  return { path: relative, kind, links: [...links], remoteUses, ...name ? { name } : {} };
}
function prescanWorkflowFiles(workspace) {
  const listed = listWorkflowFiles(workspace, workspace.isIgnored);
  const known2 = new Set(listed.map((file) => file.path));
  const texts = /* @__PURE__ */ new Map();
  const files = listed.map(({ path: relative, kind }) => {
    const read = workspace.readText(relative, MAX_WORKFLOW_BYTES);
    if (!read.ok) return { path: relative, kind, links: [], remoteUses: [] };
    texts.set(relative, read.text);
    return prescanText(relative, kind, read.text, (candidate) => known2.has(candidate));
  });
  return { files, groups: groupFiles(files, texts) };
}
function groupFiles(files, texts) {
  const kindOf = new Map(files.map((file) => [file.path, file.kind]));
  const linksOf = new Map(files.map((file) => [file.path, file.links]));
  const parent = new Map(files.map((file) => [file.path, file.path]));
  const find = (node) => {
    let root = node;
    while (parent.get(root) !== root) root = parent.get(root);
    for (let current = node; current !== root; ) {
      const next = parent.get(current);
      parent.set(current, root);
      current = next;
    }
    return root;
  };
  const union = (a, b) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  };
  for (const file of files) for (const link of file.links) if (kindOf.get(link) === "workflow" && file.kind === "workflow") union(file.path, link);
  const byName = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.kind !== "workflow") continue;
    for (const key of [file.name, path.posix.basename(file.path)]) if (key) byName.set(key, [...byName.get(key) ?? [], file.path]);
  }
  for (const file of files) {
    const text = texts.get(file.path);
    if (!text || !text.includes("workflow_run")) continue;
    const names = workflowRunNames(text);
    if (names) {
      for (const name of names) for (const other of byName.get(name) ?? []) union(file.path, other);
      continue;
    }
    for (const [name, paths] of byName) if (text.includes(name)) for (const other of paths) union(file.path, other);
  }
  const members = /* @__PURE__ */ new Map();
  for (const file of files) {
    const root = find(file.path);
    members.set(root, [...members.get(root) ?? [], file.path]);
  }
  return [...members.values()].map((group) => {
    const inGroup = new Set(group);
    const pending = [...group];
    while (pending.length > 0) {
      for (const link of linksOf.get(pending.pop()) ?? []) {
        if (kindOf.get(link) !== "action" || inGroup.has(link)) continue;
        inGroup.add(link);
        pending.push(link);
      }
    }
    return files.map((file) => file.path).filter((candidate) => inGroup.has(candidate));
  });
}
function workflowRunNames(text) {
  const names = [];
  let found = false;
  const unquote = (value) => value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  for (const match of text.matchAll(/^([ \t]*)workflows\s*:[ \t]*(.*)$/gm)) {
    const rest = (match[2] ?? "").replace(/\s+#.*$/, "").trim();
    if (rest.startsWith("[")) {
      if (!rest.endsWith("]")) return null;
      found = true;
      names.push(...rest.slice(1, -1).split(",").map(unquote).filter(Boolean));
    } else if (rest === "") {
      const after = text.slice((match.index ?? 0) + match[0].length + 1).split("\n");
      for (const line of after) {
        const item = /^[ \t]*-[ \t]+(.*?)\s*(?:#.*)?$/.exec(line);
        if (!item) break;
        found = true;
        names.push(unquote(item[1] ?? ""));
      }
    } else {
      found = true;
      names.push(unquote(rest));
    }
  }
  return found ? names : null;
}
var workflowPrescanFact = defineFact("workspace.workflow-prescan", async (ctx) => known(prescanWorkflowFiles(ctx.workspace)));

export {
  MAX_WORKFLOW_BYTES,
  workflowFileKind,
  listWorkflowFiles,
  parseWorkflowText,
  workflowFilesFact,
  skippedWorkflowLinksFact,
  usesValues,
  workflowPrescanFact
};
