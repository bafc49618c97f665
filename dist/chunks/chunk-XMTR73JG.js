import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  asMap,
  asSeq,
  entry,
  scalarText
} from "./chunk-ZJPNE7T7.js";
import {
  workflowPrescanFact
} from "./chunk-WIB2GAQN.js";
import {
  defineFact,
  known,
  unknownFact
} from "./chunk-BQPOASSU.js";
import {
  createSource
} from "./chunk-EDAGE3KJ.js";
import {
  LineIndex,
  YamlSyntaxError,
  locate,
  parseYamlDocuments,
  syntaxErrorPosition
} from "./chunk-S4MNMSRP.js";

// src/verify/manifests.ts
var POD_TEMPLATE_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"]);
function manifestImages(path, text) {
  const images = [];
  const problems = [];
  for (const part of documentParts(text)) {
    const file = { path, lineCounter: new LineIndex(part) };
    let documents;
    try {
      documents = parseYamlDocuments(part);
    } catch (error) {
      if (!(error instanceof YamlSyntaxError)) throw error;
      const { line, col: column } = syntaxErrorPosition(part, file.lineCounter, error);
      problems.push({ path, message: error.message.split("\n")[0] ?? error.message, location: { path, startLine: line, startColumn: column, endLine: line, endColumn: column } });
      continue;
    }
    for (const doc of documents) imagesOf(doc, file, images);
  }
  return { images, problems };
}
function documentParts(text) {
  const lines = text.split("\n");
  const parts = [];
  let first = 0;
  const flush = (end) => {
    const body = lines.slice(first, end).join("\n");
    if (body.trim() !== "") parts.push("\n".repeat(first) + body);
  };
  for (let index = 1; index < lines.length; index += 1) {
    if (/^---(?:[ \t\r]|$)/.test(lines[index])) {
      flush(index);
      first = index;
    }
  }
  flush(lines.length);
  return parts;
}
function imagesOf(doc, file, images) {
  const visit = (resource) => {
    const kind = scalarText(doc, entry(doc, resource, "kind")?.value);
    if (!kind) return;
    if (kind === "List") {
      for (const item of asSeq(doc, entry(doc, resource, "items")?.value)?.items ?? []) visit(item);
      return;
    }
    const name = scalarText(doc, entry(doc, entry(doc, resource, "metadata")?.value, "name")?.value) ?? "(unnamed)";
    const spec = entry(doc, resource, "spec")?.value;
    let podSpec;
    if (kind === "Pod") podSpec = spec;
    else if (POD_TEMPLATE_KINDS.has(kind)) podSpec = entry(doc, entry(doc, spec, "template")?.value, "spec")?.value;
    else if (kind === "CronJob") podSpec = entry(doc, entry(doc, entry(doc, entry(doc, spec, "jobTemplate")?.value, "spec")?.value, "template")?.value, "spec")?.value;
    else return;
    if (!asMap(doc, podSpec)) return;
    for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
      for (const container of asSeq(doc, entry(doc, podSpec, list)?.value)?.items ?? []) {
        const imageEntry = entry(doc, container, "image");
        const image = scalarText(doc, imageEntry?.value);
        if (!image || !imageEntry?.value) continue;
        const containerName = scalarText(doc, entry(doc, container, "name")?.value) ?? "(unnamed)";
        images.push({ image, kind, name, container: containerName, location: locate(file, imageEntry.value) });
      }
    }
  };
  visit(doc.contents);
}

// src/inventory/fact.ts
var inventoryFact = defineFact("workspace.inventory", async (ctx) => {
  const prescan = ctx.sbom?.only ? void 0 : await ctx.get(workflowPrescanFact);
  const inventory = ctx.sbom?.only ? { packages: [], edges: [], files: [], problems: [] } : await (await import("./collect-WCXJO2FV.js")).collectInventory(ctx.workspace, prescan?.known ? { prescan: prescan.value } : {});
  if (ctx.sbom && ctx.sbom.files.length > 0) {
    const { addSbomFiles } = await import("./collect-JXO7R74B.js");
    addSbomFiles(inventory, ctx.workspace, ctx.sbom.files);
  }
  return known(inventory);
});

// src/advisories/fact.ts
var NO_SOURCE_REASON = "no advisory source: use --advisories github|osv|DIR (action input `advisories`, or `advisories: source:` in the policy); a run with a GitHub token uses GitHub's advisory database by default";
function runAdvisorySource(ctx) {
  const options = ctx.advisories;
  const setting = options?.source ?? (ctx.github ? { kind: "github" } : null);
  if (!setting) return unknownFact("no-token", NO_SOURCE_REASON);
  return createSource(setting, {
    github: ctx.github ?? options?.anonymousGithub ?? null,
    ...options?.osvCacheDir ? { osvCacheDir: options.osvCacheDir } : {},
    ...options?.http ? { http: options.http } : {},
    now: ctx.now
  });
}
var advisoriesFact = defineFact("dependencies.advisories", async (ctx) => {
  const inventory = await ctx.get(inventoryFact);
  if (!inventory.known) return inventory;
  const source = runAdvisorySource(ctx);
  if ("known" in source) return source;
  return known(await source.check(inventory.value.packages));
});

export {
  inventoryFact,
  runAdvisorySource,
  advisoriesFact,
  manifestImages
};
