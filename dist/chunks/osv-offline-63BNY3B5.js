import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  advisoryFromOsv,
  entriesFor,
  evaluateAffected,
  noFixStatement,
  osvRecordProblem
} from "./chunk-6OWNWE4A.js";
import {
  UnparseableVersion,
  nameKey
} from "./chunk-BR4BLA7G.js";
import "./chunk-PEG62LMQ.js";
import {
  ecosystemGap,
  mergeAliases
} from "./chunk-GYPNCOD3.js";
import {
  require_yauzl
} from "./chunk-C5I2IJLM.js";
import {
  __toESM
} from "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/advisories/sources/osv-offline.ts
var fs = process.getBuiltinModule("node:fs");
var osv_offline_default = fs;

// src/advisories/sources/osv-offline.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import path from "node:path";
var NAME = /"name"\s*:\s*"((?:[^"\\]|\\.)*)"/g;
var MODIFIED = /"modified"\s*:\s*"([^"]+)"/;
var ID = /"id"\s*:\s*"([^"\\]*)"/;
function zipFor(directory, ecosystem) {
  for (const candidate of [ecosystem, ecosystem.split(":")[0]]) {
    const file = path.join(directory, candidate, "all.zip");
    if (osv_offline_default.existsSync(file)) return file;
  }
  return void 0;
}
function eachZipEntry(file, onRecord) {
  return new Promise((resolve, reject) => {
    import_yauzl.default.open(file, { lazyEntries: true, autoClose: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error(`could not open ${file}`));
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry) => {
        if (entry.fileName.endsWith("/") || !entry.fileName.endsWith(".json")) return zip.readEntry();
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError ?? new Error(`could not read ${entry.fileName} in ${file}`));
          const chunks = [];
          stream.on("data", (chunk) => chunks.push(chunk));
          stream.on("error", reject);
          stream.on("end", () => {
            try {
              onRecord(Buffer.concat(chunks).toString("utf8"));
            } catch (callbackError) {
              return reject(callbackError);
            }
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}
async function matchOffline(directory, packages) {
  const matches = [];
  const unchecked = [];
  let snapshot = "";
  const byEcosystem = /* @__PURE__ */ new Map();
  for (const pkg of packages) {
    if (pkg.version === null) continue;
    const list = byEcosystem.get(pkg.ecosystem) ?? [];
    list.push(pkg);
    byEcosystem.set(pkg.ecosystem, list);
  }
  let checked = 0;
  const byZip = /* @__PURE__ */ new Map();
  for (const [ecosystem, list] of byEcosystem) {
    const gap = ecosystemGap(ecosystem);
    if (gap) {
      for (const pkg of list) unchecked.push({ package: pkg, reason: gap });
      continue;
    }
    const zip = zipFor(directory, ecosystem);
    if (!zip) {
      for (const pkg of list) unchecked.push({ package: pkg, reason: `the offline database has no ${ecosystem}/all.zip in ${directory}` });
      continue;
    }
    checked += list.length;
    byZip.set(zip, [...byZip.get(zip) ?? [], [ecosystem, list]]);
  }
  for (const [zip, groups] of byZip) {
    const wantedOf = groups.map(([ecosystem, list]) => {
      const wanted = /* @__PURE__ */ new Map();
      for (const pkg of list) {
        const key = nameKey(ecosystem, pkg.name);
        wanted.set(key, [...wanted.get(key) ?? [], pkg]);
      }
      return { ecosystem, wanted };
    });
    const failed = /* @__PURE__ */ new Map();
    await eachZipEntry(zip, (text) => {
      const modified = MODIFIED.exec(text)?.[1];
      if (modified && modified > snapshot) snapshot = modified;
      const names = [...text.matchAll(NAME)].map((match) => JSON.parse(`"${match[1]}"`));
      const hits = wantedOf.filter(({ ecosystem, wanted }) => names.some((name) => wanted.has(nameKey(ecosystem, name))));
      if (hits.length === 0) return;
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        parsed = `it is not JSON (${error.message})`;
      }
      const problem = typeof parsed === "string" ? parsed : osvRecordProblem(parsed);
      if (problem) {
        const id = ID.exec(text)?.[1] ?? "a record";
        for (const { ecosystem, wanted } of hits)
          for (const name of names)
            for (const pkg of wanted.get(nameKey(ecosystem, name)) ?? []) failed.set(pkg, `${id} in ${zip} is not a valid OSV record: ${problem}`);
        return;
      }
      const record = parsed;
      if (record.withdrawn) return;
      let advisory;
      for (const { ecosystem, wanted } of hits) {
        const seen = /* @__PURE__ */ new Set();
        for (const entry of record.affected ?? []) {
          const name = entry.package?.name;
          if (!name || seen.has(name)) continue;
          seen.add(name);
          for (const pkg of wanted.get(nameKey(ecosystem, name)) ?? []) {
            const entries = entriesFor(record, pkg.ecosystem, name);
            try {
              const fixed = /* @__PURE__ */ new Set();
              let affected = false;
              for (const candidate of entries) {
                const result = evaluateAffected(candidate, pkg.ecosystem, pkg.version);
                if (result.affected) {
                  affected = true;
                  for (const version of result.fixedVersions) fixed.add(version);
                }
              }
              if (affected) {
                const noFix = fixed.size === 0 ? noFixStatement(record, pkg.ecosystem, name) : void 0;
                matches.push({ package: pkg, advisory: advisory ??= advisoryFromOsv(record), fixedVersions: [...fixed], ...noFix ? { noFix } : {} });
              }
            } catch (error) {
              if (!(error instanceof UnparseableVersion)) throw error;
              failed.set(pkg, `${record.id}: ${error.message}`);
            }
          }
        }
      }
    });
    for (const [pkg, reason] of failed) unchecked.push({ package: pkg, reason });
  }
  return { source: { kind: "osv-offline", location: directory, ...snapshot ? { snapshot } : {} }, matches: mergeAliases(matches), unchecked, checked };
}
export {
  eachZipEntry,
  matchOffline,
  zipFor
};
