import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  EXPIRED_WAIVER_RULE_ID,
  dependencyDiffFact,
  licensesFact,
  summariseDiff
} from "./chunk-LI37T3YG.js";
import {
  advisoriesFact,
  inventoryFact
} from "./chunk-XMTR73JG.js";
import {
  atLeast,
  severityRank
} from "./chunk-FXB3ONC3.js";
import {
  workflowPrescanFact
} from "./chunk-WIB2GAQN.js";
import {
  capYoungGeneration
} from "./chunk-AK2BESPT.js";
import {
  globMatcher
} from "./chunk-OKBJ5XFU.js";
import {
  isGroupScoped,
  unknownFact
} from "./chunk-BQPOASSU.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-TITGSPWO.js";
import {
  minimatch
} from "./chunk-36AHBP4L.js";

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

// src/policy/waivers.ts
var INLINE_IGNORE = /#\s*(chaingate|zizmor)\s*:\s*ignore\[([^\]]*)\]\s*(.*)$/;
function parseInlineIgnore(lineText, line) {
  const match = INLINE_IGNORE.exec(lineText);
  if (!match) return null;
  const rules = (match[2] ?? "").split(",").map((rule) => rule.trim()).filter(Boolean);
  return {
    tool: match[1],
    rules,
    reason: (match[3] ?? "").trim(),
    line,
    column: (match.index ?? 0) + 1
  };
}
function inlineIgnoreFor(finding, text) {
  if (!finding.location || text === void 0) return null;
  const lines = typeof text === "string" ? text.split("\n") : text;
  const { startLine, endLine } = finding.location;
  for (let line = startLine; line <= Math.min(endLine, lines.length); line += 1) {
    const ignore = parseInlineIgnore(lines[line - 1] ?? "", line);
    if (ignore && ignore.rules.includes(finding.rule)) return ignore;
  }
  return null;
}
function isExpired(waiver, now) {
  if (!waiver.expires) return false;
  return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1e3;
}
function waiverCovers(waiver, finding, comparePurl) {
  if (waiver.advisories && waiver.advisories.length > 0) {
    const ids = new Set((finding.advisories ?? []).map((id) => id.toUpperCase()));
    if (!waiver.advisories.some((id) => ids.has(id.toUpperCase()))) return false;
  }
  if (waiver.purls && waiver.purls.length > 0) {
    const purl = finding.purl;
    if (!purl) return false;
    let decoded = purl;
    try {
      decoded = decodeURIComponent(purl);
    } catch {
      decoded = purl;
    }
    const matches = (pattern) => /[*?[\]{}]/.test(pattern) ? minimatch(purl, pattern) || minimatch(decoded, pattern) || minimatch(decoded.replace(/[?#].*$/, ""), pattern) : comparePurl ? comparePurl(pattern, purl) : pattern === purl || pattern === decoded;
    if (!waiver.purls.some(matches)) return false;
  }
  return true;
}
function applyWaivers(findings, waivers, now, textOf, comparePurl) {
  const matchers = waivers.map((waiver) => ({ waiver, matches: globMatcher(waiver.paths), used: false, expired: isExpired(waiver, now) }));
  const linesByPath = /* @__PURE__ */ new Map();
  const linesOf = (path) => {
    if (!linesByPath.has(path)) linesByPath.set(path, textOf(path)?.split("\n"));
    return linesByPath.get(path);
  };
  const out = findings.map((finding) => {
    if (finding.status !== "fail" && finding.status !== "unknown") return finding;
    const inline = finding.location ? inlineIgnoreFor(finding, linesOf(finding.location.path)) : null;
    if (inline && finding.status === "fail") {
      const waiver = {
        source: "inline",
        reason: inline.reason || `${inline.tool}: ignore comment without a reason`,
        location: { path: finding.location.path, startLine: inline.line, startColumn: inline.column, endLine: inline.line, endColumn: inline.column }
      };
      return { ...finding, status: "waived", waiver };
    }
    for (const entry of matchers) {
      if (entry.waiver.rule !== finding.rule) continue;
      const pathMatches = entry.waiver.paths.length === 0 || finding.location !== void 0 && entry.matches(finding.location.path);
      if (!pathMatches || !waiverCovers(entry.waiver, finding, comparePurl)) continue;
      entry.used = true;
      if (entry.expired) continue;
      const waiver = {
        source: "policy",
        reason: entry.waiver.reason,
        ...entry.waiver.expires ? { expires: entry.waiver.expires } : {},
        ...entry.waiver.location ? { location: entry.waiver.location } : {}
      };
      return { ...finding, status: "waived", waiver };
    }
    return finding;
  });
  return {
    findings: out,
    expired: matchers.filter((entry) => entry.expired).map((entry) => entry.waiver),
    unused: matchers.filter((entry) => !entry.used && !entry.expired).map((entry) => entry.waiver)
  };
}

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
    const { loadVex, applyVex } = await import("./vex-apply-AHBBXCGO.js");
    const vex = loadVex(workspace, policy.vex);
    vexDocuments = vex.documents;
    findings.splice(0, findings.length, ...applyVex(findings, vex.statements));
  }
  const comparePurl = policy.waivers.some((waiver) => (waiver.purls?.length ?? 0) > 0) ? (await import("./vex-7SUJLV6G.js")).purlMatches : void 0;
  const outcome = applyWaivers(findings, policy.waivers, now, (path) => workspace.cachedText(path), comparePurl);
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

export {
  runCheck,
  compareFindings,
  isFailing
};
