import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  EXPIRED_WAIVER_RULE_ID,
  inventoryFact,
  licensesFact
} from "./chunk-B3BQEPN3.js";
import {
  workflowPrescanFact
} from "./chunk-BU7UVT4M.js";
import {
  globMatcher
} from "./chunk-OKBJ5XFU.js";
import {
  atLeast,
  severityRank
} from "./chunk-FXB3ONC3.js";
import {
  capYoungGeneration
} from "./chunk-AK2BESPT.js";
import {
  isGroupScoped,
  unknownFact
} from "./chunk-BQPOASSU.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-TITGSPWO.js";

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
function applyWaivers(findings, waivers, now, textOf) {
  const matchers = waivers.map((waiver) => ({ waiver, matches: globMatcher(waiver.paths), used: false, expired: isExpired(waiver, now) }));
  const linesByPath = /* @__PURE__ */ new Map();
  const linesOf = (path2) => {
    if (!linesByPath.has(path2)) linesByPath.set(path2, textOf(path2)?.split("\n"));
    return linesByPath.get(path2);
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
      if (!pathMatches) continue;
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
  const outcome = applyWaivers(findings, policy.waivers, now, (path2) => workspace.cachedText(path2));
  const all = outcome.findings;
  const expiredRule = options.rules.find((rule) => rule.meta.id === EXPIRED_WAIVER_RULE_ID);
  if (expiredRule && policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.enabled !== false) {
    for (const waiver of outcome.expired) {
      all.push({
        rule: EXPIRED_WAIVER_RULE_ID,
        area: expiredRule.meta.area,
        severity: policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.severity ?? expiredRule.meta.severity,
        status: "fail",
        message: `waiver for ${waiver.rule} expired on ${waiver.expires} and no longer applies (reason was: ${waiver.reason})`,
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
    stats: {
      apiRequests: (options.github?.counter.count ?? 0) + (options.elevated && options.elevated.counter !== options.github?.counter ? options.elevated.counter.count : 0) + (options.registries?.pool.requests ?? 0),
      durationMs: Number((process.hrtime.bigint() - started) / 1000000n),
      filesScanned: workspace.filesRead
    }
  };
}
function runRule(rule, settings, store, now) {
  const missing = rule.needs.map((def) => store.peek(def)).find((fact) => !fact.known);
  if (missing?.cause === "other-event") return [{ status: "pass", message: `not applicable: ${missing.reason}` }];
  if (missing) return [{ status: "unknown", message: missing.reason, ...missing.permission ? { permission: missing.permission } : {} }];
  const read = /* @__PURE__ */ new Map();
  let results;
  try {
    results = rule.evaluate({
      fact: (def) => {
        const fact = store.peek(def);
        read.set(def.id, fact);
        return fact;
      },
      options: settings.get(rule.meta.id).options,
      now
    });
  } catch (error) {
    return [{ status: "unknown", message: `internal error in rule ${rule.meta.id}: ${errorMessage(error)}` }];
  }
  const unresolved = unhandledGaps(rule, read);
  return unresolved ? [...results, unresolved] : results;
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
    const key = `${result.status}\0${result.severity ?? ""}\0${where}\0${result.message}\0${result.permission ?? ""}\0${result.fix ?? ""}`;
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

// src/verify/registry.ts
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var MANIFEST_ACCEPT = [OCI_MANIFEST, OCI_INDEX, "application/vnd.docker.distribution.manifest.v2+json", "application/vnd.docker.distribution.manifest.list.v2+json"].join(", ");
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var MAX_BUNDLE_BYTES = 32 * 1024 * 1024;
function splitImageName(name) {
  const slash = name.indexOf("/");
  const first = slash >= 0 ? name.slice(0, slash) : "";
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost")) return { registry: first, repository: name.slice(slash + 1) };
  return { registry: "registry-1.docker.io", repository: slash >= 0 ? name : `library/${name}` };
}
function readDockerCredentials(imageName, configDir) {
  const file = path.join(configDir ?? path.join(os.homedir(), ".docker"), "config.json");
  let config;
  try {
    config = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
  const canonical = (value) => {
    const host = value.replace(/^https?:\/\//, "").split("/")[0];
    return ["docker.io", "index.docker.io", "registry-1.docker.io"].includes(host) ? "docker.io" : host;
  };
  const target = canonical(splitImageName(imageName).registry);
  const key = Object.keys(config.auths ?? {}).find((candidate) => canonical(candidate) === target);
  const entry = key ? config.auths[key] : void 0;
  if (!entry?.auth) return void 0;
  const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return void 0;
  return { username: decoded.slice(0, colon), password: entry.identitytoken ?? decoded.slice(colon + 1) };
}
var RegistryReader = class {
  constructor(registry, repository, credentials, timeoutMs = 3e4, shared = { noReferrersApi: /* @__PURE__ */ new Set() }) {
    this.registry = registry;
    this.repository = repository;
    this.credentials = credentials;
    this.timeoutMs = timeoutMs;
    this.shared = shared;
    const hostname = new URL(`http://${registry}`).hostname;
    const scheme = hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]" ? "http" : "https";
    this.base = `${scheme}://${registry}/v2/${repository}`;
  }
  registry;
  repository;
  credentials;
  timeoutMs;
  shared;
  base;
  authorization;
  referrersCache = /* @__PURE__ */ new Map();
  requests = 0;
  async send(url, accept) {
    const attempt = () => {
      this.requests += 1;
      const headers = {};
      if (accept) headers.accept = accept;
      if (this.authorization) headers.authorization = this.authorization;
      return fetch(url, { headers, signal: AbortSignal.timeout(this.timeoutMs) });
    };
    let response = await attempt();
    if (response.status === 401 && await this.authenticate(response.headers.get("www-authenticate") ?? "")) response = await attempt();
    return response;
  }
  /** Answers the registry's challenge; false when there is nothing (more) to try. */
  async authenticate(challenge) {
    if (this.authorization?.startsWith("Bearer ") || this.authorization?.startsWith("Basic ") && /^basic/i.test(challenge)) return false;
    const basic = this.credentials ? `Basic ${Buffer.from(`${this.credentials.username}:${this.credentials.password}`).toString("base64")}` : void 0;
    if (/^basic/i.test(challenge)) {
      if (!basic) return false;
      this.authorization = basic;
      return true;
    }
    if (/^bearer/i.test(challenge)) {
      const parameters = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1].toLowerCase(), match[2]]));
      if (!parameters.realm) return false;
      const tokenUrl = new URL(parameters.realm);
      if (parameters.service) tokenUrl.searchParams.set("service", parameters.service);
      tokenUrl.searchParams.set("scope", parameters.scope ?? `repository:${this.repository}:pull`);
      this.requests += 1;
      const response = await fetch(tokenUrl, { headers: basic ? { authorization: basic } : {}, signal: AbortSignal.timeout(this.timeoutMs) });
      if (!response.ok) return false;
      const body = await response.json();
      const token = body.token ?? body.access_token;
      if (!token) return false;
      this.authorization = `Bearer ${token}`;
      return true;
    }
    return false;
  }
  async readLimited(response, limit, what) {
    const length = Number(response.headers.get("content-length") ?? "0");
    if (length > limit) throw new Error(`${what} is ${length} bytes, more than the ${limit} chaingate reads`);
    const body = Buffer.from(await response.arrayBuffer());
    if (body.length > limit) throw new Error(`${what} is larger than ${limit} bytes`);
    return body;
  }
  /** A manifest by tag or digest; null when the registry says 404. Digest references are checked. */
  async manifest(reference) {
    const response = await this.send(`${this.base}/manifests/${reference}`, MANIFEST_ACCEPT);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) throw new Error(`GET manifest ${reference}: HTTP ${response.status}`);
    const bytes = await this.readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
    const digest = `sha256:${crypto.createHash("sha256").update(bytes).digest("hex")}`;
    if (reference.startsWith("sha256:") && reference !== digest) throw new Error(`manifest ${reference} has digest ${digest}`);
    const body = JSON.parse(bytes.toString("utf8"));
    return { digest, mediaType: body.mediaType ?? response.headers.get("content-type") ?? "", body };
  }
  async blob(digest, limit = MAX_BUNDLE_BYTES) {
    const response = await this.send(`${this.base}/blobs/${digest}`);
    if (!response.ok) throw new Error(`GET blob ${digest}: HTTP ${response.status}`);
    const bytes = await this.readLimited(response, limit, `blob ${digest}`);
    const actual = `sha256:${crypto.createHash("sha256").update(bytes).digest("hex")}`;
    if (actual !== digest) throw new Error(`blob ${digest} has digest ${actual}`);
    return bytes;
  }
  /**
   * The image's referrers (asked once per digest): the referrers API when the registry has it, else the
   * `sha256-<hex>` tag. A registry that answered the API with 404 is not asked again during the run.
   */
  referrers(digest) {
    let pending = this.referrersCache.get(digest);
    if (!pending) {
      pending = this.readReferrers(digest);
      this.referrersCache.set(digest, pending);
      pending.catch(() => this.referrersCache.delete(digest));
    }
    return pending;
  }
  async readReferrers(digest) {
    if (!this.shared.noReferrersApi.has(this.registry)) {
      const response = await this.send(`${this.base}/referrers/${digest}`, OCI_INDEX);
      if (response.ok && (response.headers.get("content-type") ?? "").includes(OCI_INDEX)) {
        const index = JSON.parse((await this.readLimited(response, MAX_MANIFEST_BYTES, "referrers index")).toString("utf8"));
        return { descriptors: index.manifests ?? [], via: "api" };
      }
      await response.body?.cancel();
      if (response.status !== 404 && response.ok === false && response.status !== 400 && response.status !== 405) throw new Error(`GET referrers of ${digest}: HTTP ${response.status}`);
      if (response.status === 404) this.shared.noReferrersApi.add(this.registry);
    }
    const tagged = await this.manifest(digest.replace(":", "-"));
    if (!tagged) return { descriptors: [], via: "none" };
    return { descriptors: (tagged.body.manifests ?? []).filter((entry) => typeof entry?.digest === "string"), via: "tag" };
  }
};
async function fetchAttachedBundles(imageName, digest, credentials, pool) {
  const { registry, repository } = splitImageName(imageName);
  const reader = pool ? pool.reader(imageName, credentials) : new RegistryReader(registry, repository, credentials);
  try {
    const image = await reader.manifest(digest);
    if (!image) return { bundles: [], imageFound: false };
    const { descriptors } = await reader.referrers(digest);
    const bundles = [];
    for (const descriptor of descriptors) {
      if (!(descriptor.artifactType ?? "").startsWith("application/vnd.dev.sigstore.bundle")) continue;
      const manifest = await reader.manifest(descriptor.digest);
      if (!manifest) continue;
      const subject = manifest.body.subject;
      if (subject?.digest !== digest) continue;
      const layer = manifest.body.layers?.[0];
      if (!layer) continue;
      const bytes = await reader.blob(layer.digest);
      const predicateType = descriptor.annotations?.["dev.sigstore.bundle.predicateType"] ?? manifest.body.annotations?.["dev.sigstore.bundle.predicateType"];
      bundles.push({ referrer: descriptor.digest, ...predicateType ? { predicateType } : {}, json: JSON.parse(bytes.toString("utf8")) });
    }
    return { bundles, imageFound: true };
  } catch (error) {
    if (error instanceof ConfigurationError) throw error;
    throw new RegistryError(`${imageName}@${digest}: ${errorMessage(error)}${error.cause ? ` (${errorMessage(error.cause)})` : ""}`);
  }
}
var RegistryPool = class {
  readers = /* @__PURE__ */ new Map();
  shared = { noReferrersApi: /* @__PURE__ */ new Set() };
  reader(imageName, credentials) {
    const { registry, repository } = splitImageName(imageName);
    const key = `${registry}/${repository}`;
    let reader = this.readers.get(key);
    if (!reader) {
      reader = new RegistryReader(registry, repository, credentials, 3e4, this.shared);
      this.readers.set(key, reader);
    }
    return reader;
  }
  get requests() {
    let total = 0;
    for (const reader of this.readers.values()) total += reader.requests;
    return total;
  }
};
var RegistryError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "RegistryError";
  }
};

export {
  runCheck,
  compareFindings,
  isFailing,
  splitImageName,
  readDockerCredentials,
  fetchAttachedBundles,
  RegistryPool
};
