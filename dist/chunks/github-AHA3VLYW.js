import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  queryVersion
} from "./chunk-DO2WUR7Z.js";
import {
  nameKey,
  severityOf,
  versionSchemeFor
} from "./chunk-BR4BLA7G.js";
import "./chunk-PEG62LMQ.js";
import {
  githubEcosystem,
  mergeAliases
} from "./chunk-GYPNCOD3.js";
import {
  classifyApiError,
  graphql,
  listAll,
  securityVulnerabilitiesQuery
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/advisories/sources/github.ts
var GITHUB_URL_LIMIT = 8e3;
var GITHUB_AFFECTS_LIMIT = 1e3;
var GITHUB_MALWARE_ECOSYSTEMS = ["npm"];
var GRAPHQL_NAMES_PER_REQUEST = 1e3;
var GRAPHQL_ECOSYSTEM = {
  npm: "NPM",
  pip: "PIP",
  maven: "MAVEN",
  nuget: "NUGET",
  composer: "COMPOSER",
  go: "GO",
  rust: "RUST",
  erlang: "ERLANG",
  rubygems: "RUBYGEMS",
  pub: "PUB",
  swift: "SWIFT",
  actions: "ACTIONS"
};
async function matchGitHub(packages, client, options = {}) {
  const before = client.counter.count;
  const unchecked = [];
  const matches = [];
  const byEcosystem = /* @__PURE__ */ new Map();
  let checked = 0;
  for (const pkg of packages) {
    if (pkg.version === null) continue;
    if (!githubEcosystem(pkg.ecosystem)) {
      unchecked.push({
        package: pkg,
        reason: `GitHub's advisory database does not cover the ${pkg.ecosystem} ecosystem (use --advisories osv or a local OSV snapshot)`
      });
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
  if (options.graphql) {
    const viaGraphql = await matchGraphql(client, byEcosystem, options.graphqlNames ?? GRAPHQL_NAMES_PER_REQUEST);
    matches.push(...viaGraphql.matches);
    unchecked.push(...viaGraphql.unchecked);
    const rest = await matchRest(client, viaGraphql.ask, limit);
    matches.push(...rest.matches);
    unchecked.push(...rest.unchecked);
  } else {
    const rest = await matchRest(client, byEcosystem, limit);
    matches.push(...rest.matches);
    unchecked.push(...rest.unchecked);
  }
  return {
    source: { kind: "github", location: client.apiUrl, retrieved: (options.now ?? /* @__PURE__ */ new Date()).toISOString() },
    matches: mergeAliases(matches),
    unchecked,
    checked,
    requests: client.counter.count - before
  };
}
async function matchGraphql(client, byEcosystem, perRequest) {
  const matches = [];
  const unchecked = [];
  const ask = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  const pending = [];
  for (const [ecosystem, entries] of byEcosystem) {
    for (const entry of entries.values()) {
      const key = `${ecosystem}\0${nameKey(ecosystem, entry.name)}`;
      let group = groups.get(key);
      if (!group) {
        group = { ecosystem, entries: [], vulnerabilities: /* @__PURE__ */ new Map() };
        groups.set(key, group);
      }
      group.entries.push(entry);
    }
  }
  for (const [key, group] of groups) {
    const github = githubEcosystem(group.ecosystem);
    const spellings = /* @__PURE__ */ new Set();
    for (const entry of group.entries) spellings.add(entry.name);
    spellings.add(nameKey(group.ecosystem, group.entries[0].name));
    for (const name of spellings) pending.push({ ecosystem: group.ecosystem, github, name, key, after: null });
  }
  while (pending.length > 0) {
    const chunk = pending.splice(0, perRequest);
    const query = securityVulnerabilitiesQuery(chunk.map((item) => ({ ecosystem: GRAPHQL_ECOSYSTEM[item.github], after: item.after !== null })));
    const variables = {};
    chunk.forEach((item, index) => {
      variables[`p${index}`] = item.name;
      if (item.after !== null) variables[`a${index}`] = item.after;
    });
    let data;
    try {
      data = await graphql(client, query, variables);
      const problem = chunk.map((_item, index) => connectionShapeProblem(data?.[`v${index}`], `v${index}`)).find((found) => found !== null);
      if (problem) throw new Error(`GitHub's GraphQL answer does not have the shape asked for: ${problem}`);
    } catch (error) {
      const reason = `GitHub's advisory database did not answer: ${describe(error)}`;
      for (const item of chunk) groups.get(item.key).failed = reason;
      continue;
    }
    chunk.forEach((item, index) => {
      const connection = data[`v${index}`];
      const group = groups.get(item.key);
      for (const node of connection.nodes) {
        if (node.package.ecosystem !== GRAPHQL_ECOSYSTEM[item.github] || nameKey(item.ecosystem, node.package.name) !== nameKey(item.ecosystem, item.name))
          continue;
        group.vulnerabilities.set(`${node.advisory.ghsaId}\0${node.vulnerableVersionRange}\0${node.firstPatchedVersion?.identifier ?? ""}`, node);
      }
      if (connection.pageInfo.hasNextPage) {
        if (!connection.pageInfo.endCursor) group.failed = "GitHub's advisory database did not answer: a GraphQL page said there is more but gave no cursor";
        else pending.push({ ...item, after: connection.pageInfo.endCursor });
      }
    });
  }
  for (const group of groups.values()) {
    if (group.failed) {
      for (const entry of group.entries) for (const pkg of entry.packages) unchecked.push({ package: pkg, reason: group.failed });
      continue;
    }
    const scheme = versionSchemeFor(group.ecosystem);
    const live = [...group.vulnerabilities.values()].filter((vulnerability) => !vulnerability.advisory.withdrawnAt);
    for (const entry of group.entries) {
      const covering = /* @__PURE__ */ new Map();
      let undecided = false;
      for (const vulnerability of live) {
        let inside;
        try {
          if (!scheme) throw new Error("no comparator");
          inside = inGitHubRange(entry.version, vulnerability.vulnerableVersionRange, scheme);
        } catch {
          undecided = true;
          break;
        }
        if (inside) covering.set(vulnerability.advisory.ghsaId, [...covering.get(vulnerability.advisory.ghsaId) ?? [], vulnerability]);
      }
      if (undecided) {
        const entries = ask.get(group.ecosystem) ?? /* @__PURE__ */ new Map();
        entries.set(`${nameKey(group.ecosystem, entry.name)}@${entry.version}`, entry);
        ask.set(group.ecosystem, entries);
        continue;
      }
      for (const vulnerabilities of covering.values()) {
        const model = advisoryFromGitHub(globalAdvisoryOfGraphql(vulnerabilities[0]));
        const fixedVersions = [
          ...new Set(
            vulnerabilities.map((vulnerability) => vulnerability.firstPatchedVersion?.identifier).filter((version) => typeof version === "string" && version !== "")
          )
        ];
        const ranges = [...new Set(vulnerabilities.map((vulnerability) => vulnerability.vulnerableVersionRange).filter((range) => range !== ""))];
        for (const pkg of entry.packages)
          matches.push({ package: pkg, advisory: model, fixedVersions, ...ranges.length > 0 ? { vulnerableRange: ranges.join(" || ") } : {} });
      }
    }
  }
  return { matches, unchecked, ask };
}
function connectionShapeProblem(value, alias) {
  if (typeof value !== "object" || value === null) return `${alias} is missing`;
  const connection = value;
  const pageInfo = connection.pageInfo;
  if (typeof pageInfo !== "object" || pageInfo === null || typeof pageInfo.hasNextPage !== "boolean") return `${alias}.pageInfo.hasNextPage is not a boolean`;
  if (!Array.isArray(connection.nodes)) return `${alias}.nodes is not a list`;
  for (const node of connection.nodes) {
    const v = node;
    if (typeof v !== "object" || v === null) return `${alias}: a node is not an object`;
    const pkg = v.package;
    if (typeof pkg !== "object" || pkg === null || typeof pkg.ecosystem !== "string" || typeof pkg.name !== "string")
      return `${alias}: a node has no package ecosystem and name`;
    if (typeof v.vulnerableVersionRange !== "string") return `${alias}: vulnerableVersionRange is not a string`;
    const patched = v.firstPatchedVersion;
    if (patched !== null && (typeof patched !== "object" || typeof patched.identifier !== "string")) return `${alias}: firstPatchedVersion has no identifier`;
    const advisory = v.advisory;
    if (typeof advisory !== "object" || advisory === null || typeof advisory.ghsaId !== "string" || !advisory.ghsaId)
      return `${alias}: a node has no advisory ghsaId`;
    if (typeof advisory.classification !== "string" || typeof advisory.severity !== "string") return `${advisory.ghsaId}: no classification or severity`;
    if (!Array.isArray(advisory.identifiers)) return `${advisory.ghsaId}: identifiers is not a list`;
    if (advisory.withdrawnAt !== null && typeof advisory.withdrawnAt !== "string") return `${advisory.ghsaId}: withdrawnAt is not a date`;
  }
  return null;
}
function globalAdvisoryOfGraphql(node) {
  const advisory = node.advisory;
  const cve = advisory.identifiers.find((identifier) => identifier.type === "CVE")?.value ?? null;
  const severity = advisory.severity.toLowerCase();
  const v3 = advisory.cvssSeverities?.cvssV3?.vectorString;
  const v4 = advisory.cvssSeverities?.cvssV4?.vectorString;
  return {
    ghsa_id: advisory.ghsaId,
    cve_id: cve,
    identifiers: advisory.identifiers,
    type: advisory.classification === "MALWARE" ? "malware" : "reviewed",
    severity: severity === "moderate" ? "medium" : severity,
    summary: advisory.summary,
    published_at: advisory.publishedAt,
    updated_at: advisory.updatedAt,
    withdrawn_at: advisory.withdrawnAt,
    html_url: advisory.permalink ?? `https://github.com/advisories/${advisory.ghsaId}`,
    cvss_severities: { cvss_v3: v3 ? { vector_string: v3, score: null } : null, cvss_v4: v4 ? { vector_string: v4, score: null } : null },
    epss: advisory.epss && typeof advisory.epss.percentage === "number" ? { percentage: advisory.epss.percentage, percentile: advisory.epss.percentile ?? null } : null
  };
}
async function matchRest(client, byEcosystem, limit) {
  const matches = [];
  const unchecked = [];
  for (const [ecosystem, entries] of byEcosystem) {
    if (entries.size === 0) continue;
    const github = githubEcosystem(ecosystem);
    const types = GITHUB_MALWARE_ECOSYSTEMS.includes(github) ? ["reviewed", "malware"] : ["reviewed"];
    const fixedPart = `${client.apiUrl.replace(/\/+$/, "")}/advisories?ecosystem=${github}&affects=&per_page=100&type=reviewed`.length;
    for (const batch of batches([...entries.values()], limit - fixedPart)) {
      try {
        const found = /* @__PURE__ */ new Map();
        for (const type of types)
          for (const advisory of await listAdvisories(client, { ecosystem: github, affects: batch.map(affectsItem).join(","), type }))
            found.set(advisory.ghsa_id, advisory);
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
  return { matches, unchecked };
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
    for (const key of ["vulnerable_version_range", "first_patched_version"])
      if (v[key] !== null && v[key] !== void 0 && typeof v[key] !== "string") return `${advisory.ghsa_id}: ${key} is not a string`;
  }
  if (advisory.identifiers !== null && advisory.identifiers !== void 0 && !Array.isArray(advisory.identifiers))
    return `${advisory.ghsa_id}: identifiers is not a list`;
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
    if (candidates.size === 1)
      affected = true;
    else if (covering.length > 0) affected = true;
    else if (scheme && vulnerabilities.every((vulnerability) => evaluable(entry.version, vulnerability.vulnerable_version_range, scheme))) affected = false;
    else
      affected = (await listAdvisories(client, { ecosystem: github, affects: affectsItem(entry), type: advisory.type, ghsa_id: advisory.ghsa_id })).some(
        (found) => found.ghsa_id === advisory.ghsa_id
      );
    if (!affected) continue;
    const shown = covering.length > 0 ? covering : vulnerabilities;
    const fixedVersions = [
      ...new Set(
        shown.map((vulnerability) => vulnerability.first_patched_version).filter((version) => typeof version === "string" && version !== "")
      )
    ];
    const ranges = [
      ...new Set(
        shown.map((vulnerability) => vulnerability.vulnerable_version_range).filter((range) => typeof range === "string" && range !== "")
      )
    ];
    for (const pkg of entry.packages)
      result.push({ package: pkg, advisory: model, fixedVersions, ...ranges.length > 0 ? { vulnerableRange: ranges.join(" || ") } : {} });
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
    if (match[1] === ">=" && match[2] === "0") return true;
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
  const vectors = [
    advisory.cvss_severities?.cvss_v4?.vector_string,
    advisory.cvss_severities?.cvss_v3?.vector_string,
    advisory.cvss?.vector_string
  ].filter((vector) => typeof vector === "string" && vector !== "");
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
  if (epss && typeof epss.percentage === "number")
    model.epss = { percentage: epss.percentage, ...typeof epss.percentile === "number" ? { percentile: epss.percentile } : {} };
  return model;
}
function describe(error) {
  return classifyApiError(error).message;
}
export {
  GITHUB_AFFECTS_LIMIT,
  GITHUB_MALWARE_ECOSYSTEMS,
  GITHUB_URL_LIMIT,
  GRAPHQL_NAMES_PER_REQUEST,
  advisoryFromGitHub,
  advisoryShapeProblem,
  batches,
  connectionShapeProblem,
  inGitHubRange,
  matchGitHub
};
