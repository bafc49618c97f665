import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  embeddedPolicy
} from "./chunk-WNIU4HI4.js";
import {
  EXPIRED_WAIVER_RULE_ID,
  advisoriesFact,
  allRules,
  atLeast,
  dependencyDiffFact,
  inventoryFact,
  isGroupScoped,
  licensesFact,
  severityRank,
  summariseDiff,
  unknownFact,
  workflowPrescanFact
} from "./chunk-34N4RHII.js";
import {
  DEFAULT_OSV_URL
} from "./chunk-YNVH4HYO.js";
import {
  applyWaivers,
  globMatcher
} from "./chunk-AQ32HVK4.js";
import {
  Workspace,
  capYoungGeneration,
  findPolicy,
  isInside
} from "./chunk-LC5GA6DZ.js";
import {
  RequestCounter
} from "./chunk-X4R63DCZ.js";
import {
  TOOL
} from "./chunk-OJUVOU7I.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-TITGSPWO.js";

// src/check.ts
import fs2 from "node:fs";
import path from "node:path";

// src/model/repository.ts
function parseRepository(text) {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text.trim());
  if (!match || match[2] === "." || match[2] === "..") throw new ConfigurationError(`repository must be owner/name, got ${JSON.stringify(text)}`);
  return { owner: match[1], repo: match[2] };
}

// src/facts/store.ts
var FactStore = class _FactStore {
  pending = /* @__PURE__ */ new Map();
  settled = /* @__PURE__ */ new Map();
  context;
  parent;
  given;
  constructor(base, parent = null, given = parent?.given ?? /* @__PURE__ */ new Map()) {
    this.parent = parent;
    this.given = given;
    this.context = { ...base, get: (def) => this.get(def) };
  }
  /** A store for one group of workflow files, sharing this store's run-scoped facts. */
  child(base) {
    return new _FactStore(base, this);
  }
  get(def) {
    if (this.parent && !isGroupScoped(def)) return this.parent.get(def);
    let promise = this.pending.get(def.id);
    if (!promise) {
      const given = this.given.get(def.id);
      promise = (given ? Promise.resolve(given) : def.fetch(this.context)).then(
        (fact) => fact,
        (error) => {
          if (error instanceof ConfigurationError) throw error;
          return unknownFact("api-error", `could not read ${def.id}: ${errorMessage(error)}`);
        }
      );
      promise.then((fact) => this.settled.set(def.id, fact)).catch(() => void 0);
      this.pending.set(def.id, promise);
    }
    return promise;
  }
  async getAll(defs) {
    await Promise.all([...defs].map((def) => this.get(def)));
  }
  /** A fact already fetched with `get`/`getAll`. */
  peek(def) {
    if (this.parent && !isGroupScoped(def)) return this.parent.peek(def);
    const fact = this.settled.get(def.id);
    if (!fact) throw new Error(`fact ${def.id} was read before it was fetched; declare it in the rule's needs/uses`);
    return fact;
  }
};

// src/inventory/summary.ts
var TOP_LICENSES = 20;
function summariseInventory(inventory, licenses) {
  const ecosystems = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  let unknown = 0;
  inventory.packages.forEach((pkg, index) => {
    let entry = ecosystems.get(pkg.ecosystem);
    if (!entry) {
      entry = { ecosystem: pkg.ecosystem, files: 0, packages: 0, direct: 0, scopes: { runtime: 0, dev: 0, optional: 0, unknown: 0 }, paths: /* @__PURE__ */ new Set() };
      ecosystems.set(pkg.ecosystem, entry);
    }
    entry.packages += 1;
    entry.scopes[pkg.scope] += 1;
    if (pkg.direct) entry.direct += 1;
    entry.paths.add(pkg.location.path);
    if (pkg.ecosystem === "GitHub Actions" || pkg.source === "workspace") return;
    const license = licenses ? licenses.licenses[index]?.license : pkg.license;
    if (license) counts.set(license, (counts.get(license) ?? 0) + 1);
    else unknown += 1;
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const byLicense = Object.fromEntries(ranked.slice(0, TOP_LICENSES));
  const other = ranked.slice(TOP_LICENSES).reduce((sum, [, n]) => sum + n, 0);
  return {
    packages: inventory.packages.length,
    files: inventory.files.length,
    problems: inventory.problems.length,
    skipped: inventory.skipped?.length ?? 0,
    ecosystems: [...ecosystems.values()].map(({ paths, ...entry }) => ({ ...entry, files: paths.size })).sort((a, b) => b.packages - a.packages || (a.ecosystem < b.ecosystem ? -1 : a.ecosystem > b.ecosystem ? 1 : 0)),
    licenses: { sources: licenses ? ["lockfile", "installed", ...licenses.github.read ? ["github"] : []] : ["lockfile"], byLicense, other, unknown }
  };
}

// src/engine.ts
import fs from "node:fs";
async function runCheck(options) {
  const started = process.hrtime.bigint();
  const now = options.now ?? /* @__PURE__ */ new Date();
  const { workspace, policy } = options;
  const ignored = globMatcher(policy.ignorePaths);
  workspace.isIgnored = ignored;
  const base = { workspace, github: options.github, elevated: options.elevated ?? null, target: options.target, event: options.event ?? null, now, ...options.sbom ? { sbom: options.sbom } : {}, ...options.advisories ? { advisories: options.advisories } : {}, ...options.images ? { images: options.images } : {}, ...options.registries ? { registries: options.registries } : {} };
  const store = new FactStore(base, null, options.facts);
  const enabled = options.rules.filter((rule) => policy.rules.get(rule.meta.id)?.enabled);
  const factsOf = (rule) => [...rule.needs, ...rule.uses ?? [], ...rule.usesWith?.(policy.rules.get(rule.meta.id).options) ?? []];
  const perGroup = (rule) => factsOf(rule).some(isGroupScoped);
  const runFacts = /* @__PURE__ */ new Map();
  const groupFacts = /* @__PURE__ */ new Map();
  for (const rule of enabled) for (const def of factsOf(rule)) (isGroupScoped(def) ? groupFacts : runFacts).set(def.id, def);
  await store.getAll(runFacts.values());
  const resultsByRule = /* @__PURE__ */ new Map();
  for (const rule of enabled.filter((candidate) => !perGroup(candidate))) resultsByRule.set(rule, runRule(rule, policy.rules, store, now));
  const groupRules = enabled.filter(perGroup);
  if (groupRules.length > 0) {
    const prescan = await store.get(workflowPrescanFact);
    const groups = prescan.known && prescan.value.groups.length > 0 ? prescan.value.groups : [prescan.known ? [] : null];
    const byId = await auditGroups(store, groups, groupRules, [...groupFacts.values()], policy.rules, now);
    for (const rule of groupRules) resultsByRule.set(rule, byId.get(rule.meta.id) ?? []);
  }
  const findings = [];
  for (const rule of enabled) findings.push(...toFindings(rule, policy, distinct(resultsByRule.get(rule) ?? [])));
  let vexDocuments;
  if (findings.some((finding) => finding.advisories && finding.purl) || (policy.vex?.length ?? 0) > 0) {
    const { loadVex, applyVex } = await import("./vex-apply-WATIN22V.js");
    const vex = loadVex(workspace, policy.vex);
    vexDocuments = vex.documents;
    findings.splice(0, findings.length, ...applyVex(findings, vex.statements));
  }
  const comparePurl = policy.waivers.some((waiver) => (waiver.purls?.length ?? 0) > 0) ? (await import("./vex-7SUJLV6G.js")).purlMatches : void 0;
  const outcome = applyWaivers(findings, policy.waivers, now, (path2) => workspace.cachedText(path2), comparePurl);
  const all = outcome.findings;
  const expiredRule = options.rules.find((rule) => rule.meta.id === EXPIRED_WAIVER_RULE_ID);
  if (expiredRule && policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.enabled !== false) {
    for (const waiver of outcome.expired) {
      all.push({
        rule: EXPIRED_WAIVER_RULE_ID,
        area: expiredRule.meta.area,
        severity: policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.severity ?? expiredRule.meta.severity,
        status: "fail",
        message: `waiver for ${waiver.rule}${waiverScope(waiver)} expired on ${waiver.expires} and no longer applies (reason was: ${waiver.reason})`,
        ...waiver.location ? { location: waiver.location } : {}
      });
    }
  }
  all.sort(compareFindings);
  const counts = countFindings(all, policy);
  let inventory;
  if (runFacts.has(inventoryFact.id)) {
    const fact = store.peek(inventoryFact);
    const licenses = runFacts.has(licensesFact.id) ? store.peek(licensesFact) : void 0;
    if (fact.known) inventory = summariseInventory(fact.value, licenses?.known ? licenses.value : void 0);
  }
  const advisories = runFacts.has(advisoriesFact.id) ? advisoriesSummary(store.peek(advisoriesFact)) : void 0;
  const review = runFacts.has(dependencyDiffFact.id) ? store.peek(dependencyDiffFact) : void 0;
  const dependencyReview = review?.known ? {
    ...summariseDiff(review.value),
    vulnerabilities: all.filter((finding) => finding.details?.introduced === true && finding.advisories).map((finding) => ({ rule: finding.rule, status: finding.status, severity: finding.severity, ...finding.purl ? { purl: finding.purl } : {}, name: String(finding.details.name ?? ""), version: finding.details.version ?? null, advisories: finding.advisories, fixedVersions: finding.fixedVersions ?? [] }))
  } : void 0;
  const sboms = options.sbom?.files.map((file) => {
    try {
      const { createHash } = process.getBuiltinModule("node:crypto");
      return { path: file.displayPath, sha256: createHash("sha256").update(fs.readFileSync(file.absolutePath)).digest("hex") };
    } catch (error) {
      throw new ConfigurationError(`could not read the SBOM to record its digest: ${errorMessage(error)}`, { file: file.displayPath });
    }
  });
  return {
    version: 1,
    tool: options.tool,
    target: {
      repository: options.target ? `${options.target.owner}/${options.target.repo}` : null,
      ref: options.target?.ref ?? null,
      path: options.displayPath ?? "."
    },
    verdict: counts.failing > 0 ? "fail" : "pass",
    policy: { source: policy.source, extends: policy.extends, failOn: policy.failOn, onUnknown: policy.onUnknown },
    counts,
    findings: all,
    ...inventory ? { inventory } : {},
    ...advisories ? { advisories } : {},
    ...dependencyReview ? { dependencyReview } : {},
    ...vexDocuments && vexDocuments.length > 0 ? { vex: { documents: vexDocuments } } : {},
    ...sboms && sboms.length > 0 ? { sboms } : {},
    stats: {
      apiRequests: (options.github?.counter.count ?? 0) + (options.elevated && options.elevated.counter !== options.github?.counter ? options.elevated.counter.count : 0) + (options.registries?.requests() ?? 0),
      durationMs: Number((process.hrtime.bigint() - started) / 1000000n),
      filesScanned: workspace.filesRead
    }
  };
}
function runRule(rule, settings, store, now) {
  return evaluateRule(rule, settings.get(rule.meta.id).options, (def) => store.peek(def), now);
}
function evaluateRule(rule, options, peek, now) {
  const missing = rule.needs.map((def) => peek(def)).find((fact2) => !fact2.known);
  if (missing?.cause === "other-event") return [{ status: "pass", message: `not applicable: ${missing.reason}` }];
  if (missing) return [{ status: "unknown", message: missing.reason, ...missing.permission ? { permission: missing.permission } : {} }];
  const read = /* @__PURE__ */ new Map();
  let results;
  const fact = (def) => {
    const value = peek(def);
    read.set(def.id, value);
    return value;
  };
  try {
    results = rule.evaluate({ fact, need: (def) => needValue(def, fact(def)), options, now });
  } catch (error) {
    return [{ status: "unknown", message: `internal error in rule ${rule.meta.id}: ${errorMessage(error)}` }];
  }
  const unresolved = unhandledGaps(rule, read);
  return unresolved ? [...results, unresolved] : results;
}
function needValue(def, fact) {
  if (!fact.known) throw new Error(`fact ${def.id} is unknown (${fact.reason}) but was read as needed`);
  return fact.value;
}
function unhandledGaps(rule, read) {
  const handled = new Set((rule.gapsHandled ?? []).map((def) => def.id));
  const gaps = [];
  for (const [id, fact] of read) if (fact.known && fact.gaps && !handled.has(id)) gaps.push(...fact.gaps);
  if (gaps.length === 0) return null;
  const shown = gaps.slice(0, 3).map((gap) => `${gap.subject} (${gap.reason})`).join("; ");
  const permission = gaps.find((gap) => gap.permission)?.permission;
  return {
    status: "unknown",
    message: `${gaps.length} subject${gaps.length === 1 ? "" : "s"} could not be checked: ${shown}${gaps.length > 3 ? `; and ${gaps.length - 3} more` : ""}`,
    ...permission ? { permission } : {}
  };
}
async function auditGroups(store, groups, rules, groupFacts, settings, now) {
  const results = new Map(rules.map((rule) => [rule.meta.id, []]));
  for (const group of groups) {
    const view = group ? store.context.workspace.withFiles(group) : store.context.workspace;
    const child = store.child({ ...store.context, workspace: view });
    await child.getAll(groupFacts);
    for (const rule of rules) results.get(rule.meta.id).push(...runRule(rule, settings, child, now));
    capYoungGeneration();
  }
  return results;
}
function distinct(results) {
  if (results.length < 2) return results;
  const seen = /* @__PURE__ */ new Set();
  return results.filter((result) => {
    const where = result.location ? `${result.location.path}:${result.location.startLine}:${result.location.startColumn}:${result.location.endLine}:${result.location.endColumn}` : "";
    const key = `${result.status}\0${result.severity ?? ""}\0${where}\0${result.message}\0${result.permission ?? ""}\0${result.fix ?? ""}\0${result.purl ?? ""}\0${result.advisories?.join(",") ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function toFindings(rule, policy, results) {
  const setting = policy.rules.get(rule.meta.id);
  const toFinding = (result) => {
    const finding = {
      rule: rule.meta.id,
      area: rule.meta.area,
      severity: setting.severity ?? result.severity ?? rule.meta.severity,
      status: result.status,
      message: result.message
    };
    if (result.location) finding.location = result.location;
    if (result.permission) finding.permission = result.permission;
    if (result.fix) finding.fix = result.fix;
    if (result.purl) finding.purl = result.purl;
    if (result.advisories) finding.advisories = result.advisories;
    if (result.fixedVersions) finding.fixedVersions = result.fixedVersions;
    if (result.details) finding.details = result.details;
    return finding;
  };
  if (results.length === 0) return [toFinding({ status: "pass", message: `${rule.meta.title}: no problems found` })];
  return results.map(toFinding);
}
var STATUS_ORDER = { fail: 0, unknown: 1, waived: 2, pass: 3 };
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || severityRank(b.severity) - severityRank(a.severity) || compareText(a.rule, b.rule) || compareText(a.location?.path ?? "", b.location?.path ?? "") || (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) || (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0);
}
function isFailing(finding, policy) {
  if (finding.status === "fail") return policy.failOn !== "none" && atLeast(finding.severity, policy.failOn);
  if (finding.status === "unknown") return policy.onUnknown === "fail";
  return false;
}
function countFindings(findings, policy) {
  const counts = {
    total: findings.length,
    fail: 0,
    pass: 0,
    unknown: 0,
    waived: 0,
    failing: 0,
    failBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  };
  for (const finding of findings) {
    counts[finding.status] += 1;
    if (finding.status === "fail") counts.failBySeverity[finding.severity] += 1;
    if (isFailing(finding, policy)) counts.failing += 1;
  }
  return counts;
}
function advisoriesSummary(fact) {
  if (!fact.known) return { source: null, reason: fact.reason };
  const { source, matches, unchecked, checked } = fact.value;
  return { source: { ...source }, checked, unchecked: unchecked.length, matches: matches.length, ...fact.value.requests !== void 0 ? { requests: fact.value.requests } : {} };
}
function waiverScope(waiver) {
  const parts = [waiver.advisories?.length ? `advisories ${waiver.advisories.join(", ")}` : "", waiver.purls?.length ? `purls ${waiver.purls.join(", ")}` : ""].filter(Boolean);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

// src/check.ts
function apiLimitsFromEnv(env) {
  const number = (name, min) => {
    const text = env[name];
    if (text === void 0 || text.trim() === "") return void 0;
    const value = Number(text);
    if (!Number.isFinite(value) || value < min) throw new ConfigurationError(`${name} must be a number of at least ${min}, got ${JSON.stringify(text)}`);
    return value;
  };
  const timeout = number("CHAINGATE_API_TIMEOUT", 0.1);
  const budget = number("CHAINGATE_API_BUDGET", 0.1);
  const retries = number("CHAINGATE_API_RETRIES", 0);
  return {
    ...timeout !== void 0 ? { requestTimeoutMs: Math.round(timeout * 1e3) } : {},
    ...budget !== void 0 ? { budgetMs: Math.round(budget * 1e3) } : {},
    ...retries !== void 0 ? { retries: Math.floor(retries) } : {}
  };
}
var DEFAULT_API_URL = "https://api.github.com";
async function check(input) {
  const rules = input.rules ?? allRules;
  const workspace = new Workspace(input.path);
  const location = findPolicy(workspace.root, input.policyPath);
  const policy = location.absolutePath ? (await import("./load-3W3IAIZD.js")).loadPolicy(location, rules) : embeddedPolicy(rules);
  if (input.failOn) policy.failOn = input.failOn;
  if (input.onUnknown) policy.onUnknown = input.onUnknown;
  const target = input.repository ? { ...parseRepository(input.repository), ...input.ref ? { ref: input.ref } : {}, ...input.sha ? { sha: input.sha } : {} } : null;
  const counter = new RequestCounter();
  const apiUrl = input.apiUrl ?? DEFAULT_API_URL;
  if (input.apiUrl !== void 0) validateApiUrl(input.apiUrl);
  const clientOptions = { apiUrl, counter, userAgent: `${TOOL.name}/${TOOL.version}`, ...input.log ? { log: input.log } : {}, ...input.retryBaseMs !== void 0 ? { retryBaseMs: input.retryBaseMs } : {}, ...input.api };
  const client = async (token) => {
    if (!token) return null;
    const { createGitHubClient } = await import("./client-DKSDOKAT.js");
    return createGitHubClient({ ...clientOptions, token });
  };
  const sbomFiles = (input.sbomPaths ?? []).map((file) => resolveSbomFile(workspace, file, input.sbomOutsideWorkspace ?? false));
  if (input.sbomOnly && sbomFiles.length === 0) throw new ConfigurationError("--sbom-only needs --sbom FILE");
  const github = await client(input.token);
  const elevated = await client(input.elevatedToken);
  const source = resolveAdvisorySource(input, policy, workspace);
  const anonymousGithub = source?.kind === "github" && !github ? (await import("./client-DKSDOKAT.js")).createGitHubClient({ ...clientOptions, token: "" }) : null;
  const osvCacheDir = input.osvCacheDir && !isInside(workspace.root, path.resolve(input.osvCacheDir)) ? path.resolve(input.osvCacheDir) : void 0;
  const advisories = {
    source,
    ...anonymousGithub ? { anonymousGithub } : {},
    ...osvCacheDir ? { osvCacheDir } : {},
    ...input.advisoriesHttp ? { http: input.advisoriesHttp } : {}
  };
  const report = await runCheck({
    workspace,
    policy,
    rules,
    github,
    elevated,
    target,
    event: input.event ?? null,
    ...input.now ? { now: input.now } : {},
    tool: TOOL,
    displayPath: input.displayPath ?? input.path,
    advisories,
    ...input.images?.length ? { images: { pushed: input.images, ...input.imagePlatform ? { platform: input.imagePlatform } : {} } } : {},
    registries: lazyRegistries(input),
    ...sbomFiles.length > 0 ? { sbom: { files: sbomFiles, only: input.sbomOnly ?? false } } : {}
  });
  return { report, policy, rules, workspace };
}
function resolveSbomFile(workspace, given, allowOutside) {
  const absolute = path.resolve(workspace.root, given);
  const shown = isInside(workspace.root, absolute) ? workspace.relative(absolute) : given;
  let real;
  try {
    real = fs2.realpathSync.native(absolute);
  } catch {
    throw new ConfigurationError("SBOM file not found", { file: shown });
  }
  if (!fs2.statSync(real).isFile()) throw new ConfigurationError("SBOM is not a regular file", { file: shown });
  const inside = isInside(workspace.root, real);
  if (!inside && !allowOutside) throw new ConfigurationError("SBOM file is outside the workspace", { file: shown });
  return { absolutePath: real, displayPath: inside ? workspace.relative(real) : real, insideWorkspace: inside };
}
function resolveAdvisorySource(input, policy, workspace) {
  const fromPolicy = policy.advisories;
  const where = fromPolicy?.location ? { file: policy.source, line: fromPolicy.location.startLine, column: fromPolicy.location.startColumn } : void 0;
  const url = input.osvUrl ?? fromPolicy?.osvUrl;
  if (url !== void 0) validateHttpUrl(url, "OSV API URL", input.osvUrl === void 0 ? where : void 0);
  const given = input.advisories ?? fromPolicy?.source ?? (url !== void 0 ? "osv" : void 0);
  if (given === void 0) return null;
  if (given === "github") return { kind: "github" };
  if (given === "osv") return { kind: "osv", url: url ?? DEFAULT_OSV_URL };
  const directory = input.advisories !== void 0 ? path.resolve(given) : path.resolve(workspace.root, given);
  const isDirectory = fs2.statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (!isDirectory) {
    const message = `advisory source ${JSON.stringify(given)} is neither github, osv nor a directory (a local OSV snapshot laid out as DIR/<Ecosystem>/all.zip)`;
    throw input.advisories === void 0 && where ? new ConfigurationError(message, where) : new ConfigurationError(message);
  }
  return { kind: "osv-offline", directory };
}
function validateHttpUrl(url, what, where) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = void 0;
  }
  if (!parsed || parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    const message = `${what} must be an http(s) URL, got ${JSON.stringify(url)}`;
    throw where ? new ConfigurationError(message, where) : new ConfigurationError(message);
  }
}
function validateApiUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(`GitHub API URL ${JSON.stringify(url)} is not a URL`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new ConfigurationError(`GitHub API URL must be http(s), got ${parsed.protocol}`);
}
function lazyRegistries(input) {
  let pool;
  let opening;
  const client = () => import("./registry-JFSZY2UW.js");
  return {
    offline: input.offline ?? false,
    // One pool for the run, however many facts ask for it at once (tokens and counts are per pool).
    pool() {
      opening ??= client().then((module) => pool = new module.RegistryPool());
      return opening;
    },
    requests: () => pool?.requests ?? 0,
    async credentials(name) {
      return input.registryCredentials ?? (await client()).readDockerCredentials(name, input.dockerConfigDir);
    }
  };
}

export {
  compareFindings,
  isFailing,
  parseRepository,
  apiLimitsFromEnv,
  DEFAULT_API_URL,
  check,
  resolveSbomFile,
  resolveAdvisorySource
};
