import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workflowPrescanFact
} from "./chunk-BU7UVT4M.js";
import {
  asMap,
  asSeq,
  defineRule,
  entry,
  scalarText
} from "./chunk-6KJXVOBW.js";
import {
  apiFact
} from "./chunk-RGBP3YEL.js";
import {
  defineFact,
  known,
  noTarget,
  unknownFact
} from "./chunk-BQPOASSU.js";
import {
  LineIndex,
  YamlSyntaxError,
  locate,
  parseYamlDocuments,
  syntaxErrorPosition
} from "./chunk-22SJEIBE.js";

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

// src/rules/code/expired-waiver.ts
var EXPIRED_WAIVER_RULE_ID = "expired-waiver";
var expiredWaiver = defineRule({
  meta: {
    id: EXPIRED_WAIVER_RULE_ID,
    area: "code",
    severity: "medium",
    title: "Expired waiver",
    rationale: "A waiver is a time-boxed exception; once it expires, the finding it hid counts again and the waiver should be renewed or removed.",
    remediation: "Fix the finding the waiver covered, or extend the waiver with a new reason and date.",
    references: ["OSPS-GV-01"],
    access: { token: "none" }
  },
  needs: [],
  defaultOptions: {},
  // The engine emits one finding per expired waiver; as a rule it has nothing to evaluate.
  evaluate: () => [{ status: "pass", message: "no expired waivers" }]
});

// src/inventory/fact.ts
var inventoryFact = defineFact("workspace.inventory", async (ctx) => {
  const prescan = ctx.sbom?.only ? void 0 : await ctx.get(workflowPrescanFact);
  const inventory = ctx.sbom?.only ? { packages: [], edges: [], files: [], problems: [] } : await (await import("./collect-GIRDM2HY.js")).collectInventory(ctx.workspace, prescan?.known ? { prescan: prescan.value } : {});
  if (ctx.sbom && ctx.sbom.files.length > 0) {
    const { addSbomFiles } = await import("./collect-DF5GI3PI.js");
    addSbomFiles(inventory, ctx.workspace, ctx.sbom.files);
  }
  return known(inventory);
});

// src/github/facts/dependency-graph-sbom.ts
var UNKNOWN_VALUES = /* @__PURE__ */ new Set(["", "NOASSERTION", "OTHER", "NONE"]);
var usable = (value) => typeof value === "string" && !UNKNOWN_VALUES.has(value.trim().toUpperCase()) ? value.trim() : void 0;
function licensesFromExport(body, purlKey) {
  const sbom = body?.sbom;
  const packages = sbom?.packages;
  if (typeof sbom !== "object" || sbom === null || !Array.isArray(packages)) throw new Error("the response is not an SBOM export (no sbom.packages list)");
  const licenses = {};
  for (const entry2 of packages) {
    if (typeof entry2 !== "object" || entry2 === null) throw new Error("the response is not an SBOM export (a package is not an object)");
    const license = usable(entry2.licenseDeclared) ?? usable(entry2.licenseConcluded);
    if (!license || !Array.isArray(entry2.externalRefs)) continue;
    for (const ref of entry2.externalRefs) {
      if (ref?.referenceType !== "purl" || typeof ref.referenceLocator !== "string") continue;
      const key = purlKey(ref.referenceLocator);
      if (key) licenses[key] = license;
    }
  }
  return { licenses, packages: packages.length };
}
var githubSbomFact = defineFact("github.dependency-graph-sbom", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  const what = `GitHub's SBOM export of ${owner}/${repo}`;
  const body = await apiFact(ctx.github, async (client) => (await client.octokit.rest.dependencyGraph.exportSbom({ owner, repo })).data, {
    what,
    permission: "Contents: read"
  });
  if (!body.known) return body;
  const { purlKey } = await import("./purl-key-3G2ALWCC.js");
  try {
    return known(licensesFromExport(body.value, purlKey));
  } catch (error) {
    return unknownFact("api-error", `could not read ${what}: ${error.message}`);
  }
});

// src/inventory/licenses/fact.ts
function mergeLicenses(inventory, installed, github, spdx, purlKey) {
  return inventory.packages.map((pkg, index) => {
    const candidates = [];
    if (pkg.license) candidates.push({ license: pkg.license, source: "lockfile" });
    const local = installed.get(index);
    if (local) candidates.push({ license: local, source: "installed" });
    if (github.known && pkg.purl) {
      const key = purlKey(pkg.purl);
      const remote = key ? github.value.licenses[key] : void 0;
      if (remote) candidates.push({ license: remote, source: "github" });
    }
    return candidates.find((candidate) => spdx.classifyLicense(candidate.license).kind === "valid") ?? candidates[0];
  });
}
var licensesFact = defineFact("inventory.licenses", async (ctx) => {
  const inventory = await ctx.get(inventoryFact);
  if (!inventory.known) return inventory;
  const spdx = await import("./spdx-3TG2MRZP.js");
  const { purlKey } = await import("./purl-key-3G2ALWCC.js");
  const { installedLicenses } = await import("./installed-MB6IMJAT.js");
  const isExpression = (text) => spdx.classifyLicense(text).kind === "valid";
  const installed = installedLicenses(ctx.workspace, inventory.value.packages, isExpression);
  const needsGitHub = inventory.value.packages.some((pkg, index) => !isExpression(pkg.license ?? installed.get(index) ?? ""));
  const github = needsGitHub ? await ctx.get(githubSbomFact) : known({ licenses: {}, packages: 0 });
  const tools = { classifyLicense: spdx.classifyLicense, satisfiesAllow: spdx.satisfiesAllow, deniedBy: spdx.deniedBy, isSingleLicense: spdx.isSingleLicense };
  return known({
    licenses: mergeLicenses(inventory.value, installed, github, tools, purlKey),
    github: github.known ? { read: true, packages: github.value.packages } : { read: false, reason: github.reason, ...github.permission ? { permission: github.permission } : {} },
    spdx: tools
  });
});

export {
  EXPIRED_WAIVER_RULE_ID,
  expiredWaiver,
  inventoryFact,
  licensesFact,
  manifestImages
};
