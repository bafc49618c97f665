import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  inventoryFact
} from "./chunk-XMTR73JG.js";
import {
  defineRule
} from "./chunk-YYJCTWKB.js";
import {
  readersFor
} from "./chunk-MUVCMQHT.js";
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
  errorMessage
} from "./chunk-TITGSPWO.js";
import {
  packageKey
} from "./chunk-EAJM4H4W.js";

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

// src/pull-request/dependency-diff.ts
import path from "node:path";

// src/pull-request/git.ts
var MAX_OUTPUT = 256 * 1024 * 1024;
function git(cwd, args) {
  const { execFile } = process.getBuiltinModule("node:child_process");
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "core.quotepath=off", ...args],
      { cwd, encoding: "buffer", maxBuffer: MAX_OUTPUT, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" } },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : null : 0;
        resolve({ ok: !error, stdout: stdout ?? Buffer.alloc(0), stderr: (stderr ?? Buffer.alloc(0)).toString("utf8").trim(), code });
      }
    );
  });
}
function isCommitId(value) {
  return typeof value === "string" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

// src/pull-request/dependency-diff.ts
var DIFF_EVENTS = ["pull_request", "merge_group"];
var MAX_LOCKFILE_BYTES = 128 * 1024 * 1024;
var INSTALLED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|\.tox|target|bower_components)\//;
function baseCommitOf(event) {
  if (!event || !DIFF_EVENTS.includes(event.name)) return null;
  const record = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  const sha = event.name === "merge_group" ? record(event.payload.merge_group)?.base_sha : record(record(event.payload.pull_request)?.base)?.sha;
  return isCommitId(sha) ? sha : void 0;
}
var dependencyDiffFact = defineFact("pull-request.dependency-diff", async (ctx) => {
  const base = baseCommitOf(ctx.event);
  if (base === null) {
    const what = "dependency review compares a pull request with its base (events pull_request and merge_group)";
    return ctx.event ? unknownFact("other-event", `${what}; event was ${ctx.event.name}`) : unknownFact("not-applicable", `${what}; no event was given`);
  }
  if (base === void 0) return unknownFact("not-available", `the ${ctx.event.name} event names no base commit (pull_request.base.sha / merge_group.base_sha)`);
  const head = await ctx.get(inventoryFact);
  if (!head.known) return head;
  try {
    const outcome = await diffAgainstBase(ctx.workspace, base, head.value, ctx.event.name);
    return typeof outcome === "string" ? unknownFact("not-available", outcome) : known(outcome);
  } catch (error) {
    return unknownFact("not-available", `could not read the base commit ${base.slice(0, 12)} from the checkout: ${errorMessage(error)}`);
  }
});
async function diffAgainstBase(workspace, base, head, event) {
  const cwd = workspace.root;
  const present = await git(cwd, ["cat-file", "-e", `${base}^{commit}`]);
  if (!present.ok) return missingBase(cwd, base, present.stderr);
  const listing = await git(cwd, ["ls-tree", "-r", "-z", "--name-only", base]);
  if (!listing.ok) return `git ls-tree ${base.slice(0, 12)} failed: ${listing.stderr || `exit ${listing.code}`}`;
  const baseFiles = listing.stdout.toString("utf8").split("\0").filter((file) => file !== "" && !INSTALLED.test(file) && !workspace.isIgnored(file));
  const baseCandidates = claimed(baseFiles);
  const baseTexts = /* @__PURE__ */ new Map();
  const show = async (file) => {
    if (!baseTexts.has(file)) {
      const result = await git(cwd, ["show", `${base}:./${file}`]);
      baseTexts.set(file, result.ok ? result.stdout.toString("utf8") : void 0);
    }
    return baseTexts.get(file);
  };
  const changedMemo = /* @__PURE__ */ new Map();
  const changed = async (file) => {
    if (!changedMemo.has(file)) {
      const before = await show(file);
      const now = workspace.readText(file, MAX_LOCKFILE_BYTES);
      changedMemo.set(file, before === void 0 ? now.ok : !now.ok || now.text !== before);
    }
    return changedMemo.get(file);
  };
  const headByLocation = /* @__PURE__ */ new Map();
  for (const pkg of head.packages) headByLocation.set(pkg.location.path, [...headByLocation.get(pkg.location.path) ?? [], pkg]);
  const candidates = /* @__PURE__ */ new Set([...baseCandidates.keys(), ...head.files.map((file) => file.path)]);
  const locations = /* @__PURE__ */ new Set([...candidates, ...headByLocation.keys()]);
  let includedChanged = false;
  for (const location of headByLocation.keys()) if (!candidates.has(location) && await changed(location)) includedChanged = true;
  const baseByLocation = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Set();
  const unparsed = /* @__PURE__ */ new Set();
  for (const [file, reader] of baseCandidates) {
    if (!includedChanged && !await changed(file)) continue;
    const text = await show(file);
    if (text === void 0) continue;
    const packages = await readAtBase(reader, file, text, show);
    if (packages === null) {
      unparsed.add(file);
      continue;
    }
    parsed.add(file);
    for (const pkg of packages) baseByLocation.set(pkg.location.path, [...baseByLocation.get(pkg.location.path) ?? [], pkg]);
  }
  for (const location of baseByLocation.keys()) locations.add(location);
  const diff = { event, base, added: [], removed: [], changed: [], licenseChanges: [], introduced: /* @__PURE__ */ new Set(), changedFiles: [], uncompared: [] };
  for (const location of [...locations].sort()) {
    if (!await changed(location)) continue;
    diff.changedFiles.push(location);
    const known2 = parsed.has(location) || baseByLocation.has(location) || await show(location) === void 0;
    if (!known2 || unparsed.has(location)) diff.uncompared.push(location);
    compareFile(known2 && !unparsed.has(location) ? baseByLocation.get(location) ?? [] : [], headByLocation.get(location) ?? [], diff);
  }
  return diff;
}
async function missingBase(cwd, base, stderr) {
  const inside = await git(cwd, ["rev-parse", "--is-inside-work-tree"]);
  if (!inside.ok) return `the checkout is not a git repository (${inside.stderr || "git rev-parse failed"}), so the base commit ${base.slice(0, 12)} cannot be read`;
  const shallow = await git(cwd, ["rev-parse", "--is-shallow-repository"]);
  const isShallow = shallow.ok && shallow.stdout.toString("utf8").trim() === "true";
  const fix = "set `fetch-depth: 0` on actions/checkout, or fetch the base commit before chaingate runs (`git fetch --no-tags --depth=1 origin <base sha>`)";
  return isShallow ? `the base commit ${base.slice(0, 12)} is not in this shallow clone (actions/checkout fetches one commit by default): ${fix}` : `the base commit ${base.slice(0, 12)} is not in the checkout (${stderr || "git cat-file failed"}): ${fix}`;
}
function claimed(files) {
  const present = new Set(files);
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const directory = path.posix.dirname(file);
    for (const reader of readersFor(path.posix.basename(file))) {
      const superseded = reader.supersededBy?.some((lockfile) => present.has(directory === "." ? lockfile : `${directory}/${lockfile}`));
      if (!superseded && !out.has(file)) out.set(file, reader);
    }
  }
  return out;
}
async function readAtBase(reader, file, text, show) {
  const directory = path.posix.dirname(file);
  const siblings = /* @__PURE__ */ new Map();
  const read = await reader.load();
  for (let round = 0; round < 8; round += 1) {
    const missing = /* @__PURE__ */ new Set();
    const input = {
      path: file,
      text,
      sibling(relative) {
        const target = path.posix.normalize(directory === "." ? relative : `${directory}/${relative}`);
        if (target.startsWith("..")) return void 0;
        if (!siblings.has(target)) missing.add(target);
        return siblings.get(target);
      }
    };
    let outcome;
    try {
      outcome = read(input);
    } catch {
      if (missing.size === 0) return null;
      outcome = { packages: [], edges: [], problems: [] };
    }
    if (missing.size === 0) return outcome.problems.length > 0 && outcome.packages.length === 0 ? null : outcome.packages;
    for (const target of missing) siblings.set(target, await show(target));
  }
  return null;
}
var nameKey = (pkg) => `${pkg.ecosystem}\0${pkg.name}`;
function compareFile(basePackages, headPackages, diff) {
  const group = (packages) => {
    const byName = /* @__PURE__ */ new Map();
    for (const pkg of packages) {
      const versions = byName.get(nameKey(pkg)) ?? /* @__PURE__ */ new Map();
      if (!versions.has(pkg.version ?? "")) versions.set(pkg.version ?? "", pkg);
      byName.set(nameKey(pkg), versions);
    }
    return byName;
  };
  const before = group(basePackages);
  const after = group(headPackages);
  const introducedVersions = /* @__PURE__ */ new Map();
  for (const [name, versions] of after) {
    const old = before.get(name) ?? /* @__PURE__ */ new Map();
    const added = [...versions.entries()].filter(([version]) => !old.has(version));
    const removed = [...old.entries()].filter(([version]) => !versions.has(version));
    introducedVersions.set(name, new Set(added.map(([version]) => version)));
    const pairs = Math.min(added.length, removed.length);
    for (let index = 0; index < pairs; index += 1) {
      const change = { from: removed[index][1], to: added[index][1] };
      diff.changed.push(change);
      if ((change.from.license ?? null) !== (change.to.license ?? null)) diff.licenseChanges.push({ package: change.to, from: change.from.license ?? null, to: change.to.license ?? null });
    }
    diff.added.push(...added.slice(pairs).map(([, pkg]) => pkg));
    diff.removed.push(...removed.slice(pairs).map(([, pkg]) => pkg));
    for (const [version, pkg] of versions) {
      const was = old.get(version);
      if (was && (was.license ?? null) !== (pkg.license ?? null)) diff.licenseChanges.push({ package: pkg, from: was.license ?? null, to: pkg.license ?? null });
    }
  }
  for (const [name, versions] of before) if (!after.has(name)) diff.removed.push(...versions.values());
  for (const pkg of headPackages) if (introducedVersions.get(nameKey(pkg))?.has(pkg.version ?? "")) diff.introduced.add(packageKey(pkg));
}
var reviewed = (pkg) => ({
  ecosystem: pkg.ecosystem,
  name: pkg.name,
  version: pkg.version,
  path: pkg.location.path,
  scope: pkg.scope,
  ...pkg.purl ? { purl: pkg.purl } : {},
  ...pkg.license ? { license: pkg.license } : {}
});
function summariseDiff(diff) {
  return {
    event: diff.event,
    base: diff.base,
    added: diff.added.map(reviewed),
    removed: diff.removed.map(reviewed),
    changed: diff.changed.map(({ from, to }) => ({ ecosystem: to.ecosystem, name: to.name, path: to.location.path, from: from.version, to: to.version, ...to.purl ? { purl: to.purl } : {} })),
    licenseChanges: diff.licenseChanges.map((change) => ({ ecosystem: change.package.ecosystem, name: change.package.name, version: change.package.version, path: change.package.location.path, from: change.from, to: change.to })),
    changedFiles: diff.changedFiles,
    uncompared: diff.uncompared
  };
}

export {
  EXPIRED_WAIVER_RULE_ID,
  expiredWaiver,
  licensesFact,
  dependencyDiffFact,
  summariseDiff
};
