import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  UnparseableVersion,
  goScheme,
  severityOf,
  versionSchemeFor
} from "./chunk-X4I4RGXN.js";

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
function advisoryFromOsv(record) {
  const ids = [record.id, ...record.aliases ?? []];
  const ghsa = ids.find((id2) => id2.startsWith("GHSA-"));
  const id = ghsa ?? record.id;
  const vectors = [...record.severity ?? [], ...(record.affected ?? []).flatMap((entry) => entry.severity ?? [])].filter((entry) => /^CVSS_V[234]$/.test(entry.type)).map((entry) => entry.score);
  const databaseWord = record.database_specific?.severity ?? record.affected?.find((entry) => entry.database_specific?.severity)?.database_specific?.severity;
  const advisory = {
    id,
    aliases: [...new Set(ids.filter((alias) => alias !== id))],
    severity: severityOf(vectors, databaseWord),
    malicious: record.id.startsWith("MAL-"),
    modified: record.modified
  };
  if (record.summary) advisory.summary = record.summary;
  if (record.published) advisory.published = record.published;
  return advisory;
}
function entriesFor(record, ecosystem, name) {
  return (record.affected ?? []).filter(
    (entry) => entry.package?.name === name && (entry.package.ecosystem === ecosystem || entry.package.ecosystem.split(":")[0] === ecosystem)
  );
}

export {
  evaluateAffected,
  advisoryFromOsv,
  entriesFor
};
