import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  queryVersion
} from "./chunk-DO2WUR7Z.js";
import {
  mergeAliases,
  nameKey,
  severityOf,
  versionSchemeFor
} from "./chunk-OSTEVWG4.js";
import "./chunk-EG2TH6YO.js";
import {
  githubEcosystem
} from "./chunk-IYMI73YM.js";
import "./chunk-DK66L6NX.js";
import "./chunk-COVZGJP2.js";
import "./chunk-WNIU4HI4.js";
import {
  classifyApiError,
  listAll
} from "./chunk-34N4RHII.js";
import "./chunk-YNVH4HYO.js";
import "./chunk-K4LXVCRM.js";
import "./chunk-GMWDHYXJ.js";
import "./chunk-AQ32HVK4.js";
import "./chunk-36AHBP4L.js";
import "./chunk-LC5GA6DZ.js";
import "./chunk-X4R63DCZ.js";
import "./chunk-7IAANKW2.js";
import "./chunk-GYGK5XDF.js";
import "./chunk-OJUVOU7I.js";
import "./chunk-TITGSPWO.js";
import "./chunk-RQ4SWRSA.js";

// src/advisories/sources/github.ts
var GITHUB_URL_LIMIT = 8e3;
var GITHUB_AFFECTS_LIMIT = 1e3;
var TYPES = ["reviewed", "malware"];
async function matchGitHub(packages, client, options = {}) {
  const before = client.counter.count;
  const unchecked = [];
  const matches = [];
  const byEcosystem = /* @__PURE__ */ new Map();
  let checked = 0;
  for (const pkg of packages) {
    if (pkg.version === null) continue;
    if (!githubEcosystem(pkg.ecosystem)) {
      unchecked.push({ package: pkg, reason: `GitHub's advisory database does not cover the ${pkg.ecosystem} ecosystem (use --advisories osv or a local OSV snapshot)` });
      continue;
    }
    checked += 1;
    const version = queryVersion(pkg.ecosystem, pkg.version);
    const entries = byEcosystem.get(pkg.ecosystem) ?? /* @__PURE__ */ new Map();
    const key = `${nameKey(pkg.ecosystem, pkg.name)}@${version}`;
    const entry = entries.get(key) ?? { name: pkg.name, version, packages: [] };
    entry.packages.push(pkg);
    entries.set(key, entry);
    byEcosystem.set(pkg.ecosystem, entries);
  }
  const limit = options.maxUrlLength ?? GITHUB_URL_LIMIT;
  for (const [ecosystem, entries] of byEcosystem) {
    const github = githubEcosystem(ecosystem);
    const fixedPart = `${client.apiUrl.replace(/\/+$/, "")}/advisories?ecosystem=${github}&affects=&per_page=100&type=reviewed`.length;
    for (const batch of batches([...entries.values()], limit - fixedPart)) {
      try {
        const found = /* @__PURE__ */ new Map();
        for (const type of TYPES) for (const advisory of await listAdvisories(client, { ecosystem: github, affects: batch.map(affectsItem).join(","), type })) found.set(advisory.ghsa_id, advisory);
        for (const advisory of found.values()) {
          if (advisory.withdrawn_at) continue;
          matches.push(...await attribute(client, ecosystem, github, advisory, batch));
        }
      } catch (error) {
        const reason = `GitHub's advisory database did not answer: ${describe(error)}`;
        for (const entry of batch) for (const pkg of entry.packages) unchecked.push({ package: pkg, reason });
      }
    }
  }
  return {
    source: { kind: "github", location: client.apiUrl, retrieved: (options.now ?? /* @__PURE__ */ new Date()).toISOString() },
    matches: mergeAliases(matches),
    unchecked,
    checked,
    requests: client.counter.count - before
  };
}
var affectsItem = (entry) => `${entry.name}@${entry.version}`;
function batches(entries, budget) {
  const result = [];
  let current = [];
  let length = 0;
  for (const entry of entries) {
    const size = encodeURIComponent(affectsItem(entry)).length + (current.length > 0 ? encodeURIComponent(",").length : 0);
    if (current.length > 0 && (current.length >= GITHUB_AFFECTS_LIMIT || length + size > budget)) {
      result.push(current);
      current = [];
      length = 0;
    }
    length += current.length > 0 ? size : encodeURIComponent(affectsItem(entry)).length;
    current.push(entry);
  }
  if (current.length > 0) result.push(current);
  return result;
}
async function listAdvisories(client, params) {
  const { items } = await listAll(client, "GET /advisories", { ...params, per_page: 100 });
  for (const item of items) {
    const problem = advisoryShapeProblem(item);
    if (problem) throw new Error(`GET /advisories answered with an advisory that does not have GitHub's shape: ${problem}`);
  }
  return items;
}
function advisoryShapeProblem(item) {
  if (typeof item !== "object" || item === null) return "not an object";
  const advisory = item;
  if (typeof advisory.ghsa_id !== "string" || !advisory.ghsa_id) return "no ghsa_id";
  if (typeof advisory.type !== "string") return `${advisory.ghsa_id}: no type`;
  if (advisory.vulnerabilities !== null && !Array.isArray(advisory.vulnerabilities)) return `${advisory.ghsa_id}: vulnerabilities is not a list`;
  for (const vulnerability of advisory.vulnerabilities ?? []) {
    const v = vulnerability;
    if (typeof v !== "object" || v === null) return `${advisory.ghsa_id}: a vulnerability is not an object`;
    const pkg = v.package;
    if (pkg !== null && (typeof pkg !== "object" || typeof pkg.ecosystem !== "string")) return `${advisory.ghsa_id}: a vulnerability has no package ecosystem`;
    for (const key of ["vulnerable_version_range", "first_patched_version"]) if (v[key] !== null && v[key] !== void 0 && typeof v[key] !== "string") return `${advisory.ghsa_id}: ${key} is not a string`;
  }
  if (advisory.identifiers !== null && advisory.identifiers !== void 0 && !Array.isArray(advisory.identifiers)) return `${advisory.ghsa_id}: identifiers is not a list`;
  return null;
}
async function attribute(client, ecosystem, github, advisory, batch) {
  const byName = /* @__PURE__ */ new Map();
  for (const entry of batch) byName.set(nameKey(ecosystem, entry.name), [...byName.get(nameKey(ecosystem, entry.name)) ?? [], entry]);
  const candidates = /* @__PURE__ */ new Map();
  for (const vulnerability of advisory.vulnerabilities ?? []) {
    const name = vulnerability.package?.name;
    if (!name || vulnerability.package?.ecosystem !== github) continue;
    for (const entry of byName.get(nameKey(ecosystem, name)) ?? []) candidates.set(entry, [...candidates.get(entry) ?? [], vulnerability]);
  }
  const model = advisoryFromGitHub(advisory);
  const scheme = versionSchemeFor(ecosystem);
  const result = [];
  for (const [entry, vulnerabilities] of candidates) {
    let affected;
    const covering = vulnerabilities.filter((vulnerability) => {
      try {
        return scheme !== void 0 && vulnerability.vulnerable_version_range !== null && inGitHubRange(entry.version, vulnerability.vulnerable_version_range, scheme);
      } catch {
        return false;
      }
    });
    if (candidates.size === 1) affected = true;
    else if (covering.length > 0) affected = true;
    else if (scheme && vulnerabilities.every((vulnerability) => evaluable(entry.version, vulnerability.vulnerable_version_range, scheme))) affected = false;
    else affected = (await listAdvisories(client, { ecosystem: github, affects: affectsItem(entry), type: advisory.type, ghsa_id: advisory.ghsa_id })).some((found) => found.ghsa_id === advisory.ghsa_id);
    if (!affected) continue;
    const shown = covering.length > 0 ? covering : vulnerabilities;
    const fixedVersions = [...new Set(shown.map((vulnerability) => vulnerability.first_patched_version).filter((version) => typeof version === "string" && version !== ""))];
    const ranges = [...new Set(shown.map((vulnerability) => vulnerability.vulnerable_version_range).filter((range) => typeof range === "string" && range !== ""))];
    for (const pkg of entry.packages) result.push({ package: pkg, advisory: model, fixedVersions, ...ranges.length > 0 ? { vulnerableRange: ranges.join(" || ") } : {} });
  }
  return result;
}
function evaluable(version, range, scheme) {
  if (range === null) return false;
  try {
    inGitHubRange(version, range, scheme);
    return true;
  } catch {
    return false;
  }
}
function inGitHubRange(version, range, scheme) {
  const constraints = range.split(",").map((part) => part.trim()).filter((part) => part !== "");
  if (constraints.length === 0) throw new Error(`empty range ${JSON.stringify(range)}`);
  return constraints.every((constraint) => {
    const match = /^(>=|<=|>|<|=)\s*(\S+)$/.exec(constraint);
    if (!match) throw new Error(`unreadable constraint ${JSON.stringify(constraint)}`);
    const order = scheme.compare(version, match[2]);
    switch (match[1]) {
      case ">=":
        return order >= 0;
      case ">":
        return order > 0;
      case "<=":
        return order <= 0;
      case "<":
        return order < 0;
      default:
        return order === 0;
    }
  });
}
function advisoryFromGitHub(advisory) {
  const vectors = [advisory.cvss_severities?.cvss_v4?.vector_string, advisory.cvss_severities?.cvss_v3?.vector_string, advisory.cvss?.vector_string].filter((vector) => typeof vector === "string" && vector !== "");
  const aliases = /* @__PURE__ */ new Set();
  if (advisory.cve_id) aliases.add(advisory.cve_id);
  for (const identifier of advisory.identifiers ?? []) if (identifier.value !== advisory.ghsa_id) aliases.add(identifier.value);
  const model = {
    id: advisory.ghsa_id,
    aliases: [...aliases],
    severity: severityOf([...new Set(vectors)], advisory.severity === "unknown" ? void 0 : advisory.severity),
    malicious: advisory.type === "malware",
    ...advisory.summary ? { summary: advisory.summary } : {},
    ...advisory.published_at ? { published: advisory.published_at } : {},
    ...advisory.updated_at ? { modified: advisory.updated_at } : {},
    ...advisory.html_url ? { url: advisory.html_url } : {}
  };
  const epss = advisory.epss;
  if (epss && typeof epss.percentage === "number") model.epss = { percentage: epss.percentage, ...typeof epss.percentile === "number" ? { percentile: epss.percentile } : {} };
  return model;
}
function describe(error) {
  return classifyApiError(error).message;
}
export {
  GITHUB_AFFECTS_LIMIT,
  GITHUB_URL_LIMIT,
  advisoryFromGitHub,
  advisoryShapeProblem,
  batches,
  inGitHubRange,
  matchGitHub
};
