import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  workflowPrescanFact
} from "./chunk-BU7UVT4M.js";
import {
  defineRule
} from "./chunk-6KJXVOBW.js";
import {
  apiFact
} from "./chunk-QQCUCMB3.js";
import {
  defineFact,
  known,
  noTarget,
  unknownFact
} from "./chunk-BQPOASSU.js";

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
  const inventory = ctx.sbom?.only ? { packages: [], edges: [], files: [], problems: [] } : await (await import("./collect-BZK5QWOL.js")).collectInventory(ctx.workspace, prescan?.known ? { prescan: prescan.value } : {});
  if (ctx.sbom && ctx.sbom.files.length > 0) {
    const { addSbomFiles } = await import("./collect-IVYCUCHJ.js");
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
  for (const entry of packages) {
    if (typeof entry !== "object" || entry === null) throw new Error("the response is not an SBOM export (a package is not an object)");
    const license = usable(entry.licenseDeclared) ?? usable(entry.licenseConcluded);
    if (!license || !Array.isArray(entry.externalRefs)) continue;
    for (const ref of entry.externalRefs) {
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
  licensesFact
};
