import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  UnparseableVersion,
  goScheme,
  severityOf,
  versionSchemeFor
} from "./chunk-2AZUFNKL.js";

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
    const scheme = range.type === "SEMVER" ? SEMVER_RANGE : versionSchemeFor(ecosystem);
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
      const scheme = range.type === "SEMVER" ? SEMVER_RANGE : versionSchemeFor(ecosystem);
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
  return (record.affected ?? []).filter(
    (entry) => entry.package?.name === name && (entry.package.ecosystem === ecosystem || entry.package.ecosystem.split(":")[0] === ecosystem)
  );
}

export {
  evaluateAffected,
  advisoryFromOsv,
  noFixStatement,
  entriesFor
};
