import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  UnparseableVersion,
  goScheme,
  semverRangeSchemeFor,
  severityOf,
  versionSchemeFor
} from "./chunk-BR4BLA7G.js";
import {
  entryEcosystemCovers
} from "./chunk-GYPNCOD3.js";

// src/advisories/osv.ts
var SEMVER_RANGE = goScheme;
function eventVersion(event) {
  return event.introduced ?? event.fixed ?? event.last_affected ?? event.limit;
}
function inRange(version, range, scheme) {
  const compare = (a, b) => a === "0" ? b === "0" ? 0 : -1 : b === "0" ? 1 : scheme.compare(a, b);
  const limits = range.events.filter((event) => event.limit !== void 0).map((event) => event.limit);
  if (limits.length > 0 && !limits.some((limit) => limit === "*" || compare(version, limit) < 0)) return { affected: false };
  const events = range.events.filter((event) => event.limit === void 0 && eventVersion(event) !== void 0);
  const sorted = [...events].sort((a, b) => compare(eventVersion(a), eventVersion(b)));
  let affected = false;
  let fixed;
  for (const event of sorted) {
    if (event.introduced !== void 0 && compare(version, event.introduced) >= 0) {
      affected = true;
      fixed = void 0;
    } else if (event.fixed !== void 0) {
      if (compare(version, event.fixed) >= 0) affected = false;
      else if (affected && fixed === void 0) fixed = event.fixed;
    } else if (event.last_affected !== void 0 && compare(version, event.last_affected) > 0) {
      affected = false;
    }
  }
  return affected ? { affected, ...fixed !== void 0 ? { fixed } : {} } : { affected: false };
}
function evaluateAffected(entry, ecosystem, version) {
  if (entry.versions?.includes(version)) return { affected: true, fixedVersions: fixedOf(entry, ecosystem, version) };
  let affected = false;
  const fixedVersions = /* @__PURE__ */ new Set();
  for (const range of entry.ranges ?? []) {
    if (range.type === "GIT") continue;
    const scheme = range.type === "SEMVER" ? semverRangeSchemeFor(ecosystem, SEMVER_RANGE) : versionSchemeFor(ecosystem);
    if (!scheme) throw new UnparseableVersion(version, ecosystem, `no version order is known for the ${ecosystem} ecosystem`);
    const result = inRange(version, range, scheme);
    if (result.affected) {
      affected = true;
      if (result.fixed) fixedVersions.add(result.fixed);
    }
  }
  return { affected, fixedVersions: [...fixedVersions] };
}
function fixedOf(entry, ecosystem, version) {
  try {
    const found = /* @__PURE__ */ new Set();
    for (const range of entry.ranges ?? []) {
      if (range.type === "GIT") continue;
      const scheme = range.type === "SEMVER" ? semverRangeSchemeFor(ecosystem, SEMVER_RANGE) : versionSchemeFor(ecosystem);
      const result = scheme ? inRange(version, range, scheme) : { affected: false };
      if (result.affected && "fixed" in result && result.fixed) found.add(result.fixed);
    }
    return [...found];
  } catch {
    return [];
  }
}
function distroCve(id) {
  return /^[A-Z]+-(CVE-\d{4}-\d+)$/.exec(id)?.[1];
}
function databaseWord(record) {
  const stated = record.database_specific?.severity ?? record.affected?.find((entry) => entry.database_specific?.severity)?.database_specific?.severity;
  if (stated !== void 0) return stated;
  const ubuntu = record.severity?.find((entry) => entry.type === "Ubuntu")?.score;
  if (ubuntu !== void 0) return ubuntu;
  const priority = record.affected?.find((entry) => typeof entry.ecosystem_specific?.ubuntu_priority === "string")?.ecosystem_specific?.ubuntu_priority;
  if (priority !== void 0) return priority;
  const urgency = record.affected?.map((entry) => entry.ecosystem_specific?.urgency).find((value) => typeof value === "string" && /^(?:unimportant|low|medium|high)\*{0,2}$/.test(value));
  if (urgency !== void 0) return urgency.startsWith("unimportant") ? "low" : urgency.replace(/\*+$/, "");
  if (/^(?:ALSA|RLSA)-/.test(record.id)) return /^(Critical|Important|Moderate|Low):/.exec(record.summary ?? "")?.[1];
  return void 0;
}
function isDistributionRecord(record) {
  const affected = record.affected ?? [];
  return affected.length > 0 && affected.every((entry) => {
    const scheme = entry.package?.ecosystem ? versionSchemeFor(entry.package.ecosystem) : void 0;
    return scheme !== void 0 && DISTRIBUTION_SCHEMES.has(scheme.name);
  });
}
var DISTRIBUTION_SCHEMES = /* @__PURE__ */ new Set(["Debian", "Alpine", "RPM"]);
function coveredIds(record, own) {
  const listed = [...record.upstream ?? [], ...isDistributionRecord(record) ? record.related ?? [] : []];
  return [...new Set(listed.filter((id) => typeof id === "string" && id !== "" && !own.has(id)))].sort();
}
function advisoryFromOsv(record) {
  const cve = distroCve(record.id);
  const ids = [record.id, ...record.aliases ?? [], ...cve ? [cve] : []];
  const ghsa = ids.find((id2) => id2.startsWith("GHSA-"));
  const id = ghsa ?? record.id;
  const vectors = [...record.severity ?? [], ...(record.affected ?? []).flatMap((entry) => entry.severity ?? [])].filter((entry) => /^CVSS_V[234]$/.test(entry.type)).map((entry) => entry.score);
  const advisory = {
    id,
    aliases: [...new Set(ids.filter((alias) => alias !== id))],
    severity: severityOf(vectors, databaseWord(record)),
    malicious: record.id.startsWith("MAL-"),
    modified: record.modified
  };
  const covers = coveredIds(record, new Set(ids));
  if (covers.length > 0) advisory.covers = covers;
  if (record.summary) advisory.summary = record.summary;
  if (record.published) advisory.published = record.published;
  return advisory;
}
function noFixStatement(record, ecosystem, name) {
  if (!ecosystem.startsWith("Debian")) return void 0;
  for (const entry of entriesFor(record, ecosystem, name)) {
    const urgency = entry.ecosystem_specific?.urgency;
    if (urgency === "unimportant") return "Debian rates it unimportant: no fix is planned";
    if (urgency === "end-of-life") return "the package has no Debian security support in this release (end-of-life): no fix will come";
  }
  return void 0;
}
function entriesFor(record, ecosystem, name) {
  return (record.affected ?? []).filter((entry) => entry.package?.name === name && entryEcosystemCovers(entry.package.ecosystem, ecosystem));
}

// src/advisories/osv-shape.ts
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
var isString = (value) => typeof value === "string";
var isStringArray = (value) => Array.isArray(value) && value.every(isString);
var TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
var EVENT_KEYS = ["introduced", "fixed", "last_affected", "limit"];
function osvRecordProblem(value) {
  if (!isObject(value)) return "the record is not a JSON object";
  if (!isString(value.id) || value.id === "") return '"id" is missing or not a string';
  for (const key of ["modified", "published", "withdrawn"]) {
    if (key === "modified" || value[key] !== void 0) {
      if (!isString(value[key]) || !TIMESTAMP.test(value[key])) return `"${key}" is not an RFC 3339 timestamp`;
    }
  }
  if (value.aliases !== void 0 && value.aliases !== null && !isStringArray(value.aliases)) return '"aliases" is not a list of strings';
  if (value.summary !== void 0 && !isString(value.summary)) return '"summary" is not a string';
  const severity = severityProblem(value.severity, "severity");
  if (severity) return severity;
  if (value.database_specific !== void 0 && !isObject(value.database_specific)) return '"database_specific" is not an object';
  if (value.affected === void 0 || value.affected === null) return null;
  if (!Array.isArray(value.affected)) return '"affected" is not a list';
  for (const [index, entry] of value.affected.entries()) {
    const where = `affected[${index}]`;
    if (!isObject(entry)) return `${where} is not an object`;
    if (entry.package !== void 0) {
      if (!isObject(entry.package) || !isString(entry.package.ecosystem) || !isString(entry.package.name))
        return `${where}.package needs "ecosystem" and "name" strings`;
    }
    if (entry.versions !== void 0 && !isStringArray(entry.versions)) return `${where}.versions is not a list of strings`;
    const entrySeverity = severityProblem(entry.severity, `${where}.severity`);
    if (entrySeverity) return entrySeverity;
    if (entry.database_specific !== void 0 && !isObject(entry.database_specific)) return `${where}.database_specific is not an object`;
    if (entry.ranges === void 0) continue;
    if (!Array.isArray(entry.ranges)) return `${where}.ranges is not a list`;
    for (const [rangeIndex, range] of entry.ranges.entries()) {
      const at = `${where}.ranges[${rangeIndex}]`;
      if (!isObject(range) || !isString(range.type)) return `${at} needs a "type"`;
      if (!Array.isArray(range.events) || range.events.length === 0) return `${at}.events is not a non-empty list`;
      for (const [eventIndex, event] of range.events.entries()) {
        const keys = isObject(event) ? Object.keys(event).filter((key) => EVENT_KEYS.includes(key)) : [];
        if (!isObject(event) || keys.length !== 1 || !isString(event[keys[0]]))
          return `${at}.events[${eventIndex}] must have exactly one of ${EVENT_KEYS.join(", ")} (a string)`;
      }
    }
  }
  return null;
}
function severityProblem(value, where) {
  if (value === void 0 || value === null) return null;
  if (!Array.isArray(value)) return `"${where}" is not a list`;
  for (const entry of value)
    if (!isObject(entry) || !isString(entry.type) || !isString(entry.score)) return `"${where}" entries need "type" and "score" strings`;
  return null;
}
function queryBatchProblem(value, expected) {
  if (!isObject(value) || !Array.isArray(value.results)) return 'the answer has no "results" list';
  if (value.results.length !== expected) return `the answer has ${value.results.length} results for ${expected} queries`;
  for (const [index, result] of value.results.entries()) {
    if (!isObject(result)) return `results[${index}] is not an object`;
    if (result.next_page_token !== void 0 && !isString(result.next_page_token)) return `results[${index}].next_page_token is not a string`;
    if (result.vulns === void 0) continue;
    if (!Array.isArray(result.vulns)) return `results[${index}].vulns is not a list`;
    for (const vuln of result.vulns) {
      if (!isObject(vuln) || !isString(vuln.id) || vuln.id === "") return `results[${index}].vulns has an entry without an "id"`;
      if (!isString(vuln.modified) || !TIMESTAMP.test(vuln.modified)) return `results[${index}].vulns entry ${vuln.id} has no RFC 3339 "modified"`;
    }
  }
  return null;
}

export {
  evaluateAffected,
  advisoryFromOsv,
  noFixStatement,
  entriesFor,
  osvRecordProblem,
  queryBatchProblem
};
