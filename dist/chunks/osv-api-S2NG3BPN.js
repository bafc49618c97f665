import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  queryVersion
} from "./chunk-DO2WUR7Z.js";
import {
  advisoryFromOsv,
  entriesFor,
  evaluateAffected,
  noFixStatement,
  osvRecordProblem,
  queryBatchProblem
} from "./chunk-6OWNWE4A.js";
import {
  nameKey
} from "./chunk-BR4BLA7G.js";
import "./chunk-PEG62LMQ.js";
import {
  ecosystemGap,
  isOsvEcosystem,
  mergeAliases,
  osvApiGap
} from "./chunk-GYPNCOD3.js";
import {
  proxyRefusal,
  useProxyForFetch
} from "./chunk-HUNFW3VE.js";
import {
  DEFAULT_OSV_URL
} from "./chunk-VZNYH5DF.js";
import "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/advisories/sources/http.ts
var DEFAULT_HTTP = { timeoutMs: 3e4, retries: 2, retryBaseMs: 1e3, maxRetryAfterSeconds: 60 };
var HttpProblem = class extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
    this.name = "HttpProblem";
  }
  status;
  /** How long the server asked us to wait before retrying (Retry-After), in ms. */
  waitMs;
};
var RETRIABLE = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
function retryAfterSeconds(header, now = Date.now()) {
  if (header === null || header.trim() === "") return void 0;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const date = Date.parse(header);
  return Number.isNaN(date) ? void 0 : Math.max(0, Math.ceil((date - now) / 1e3));
}
async function requestJson(method, url, body, options) {
  const what = `${method} ${url}`;
  let lastProblem;
  for (let attempt = 0; attempt <= options.retries; attempt += 1) {
    if (attempt > 0 && lastProblem) await sleep(lastProblem.waitMs ?? options.retryBaseMs * 2 ** (attempt - 1));
    options.onRequest?.(method, url);
    useProxyForFetch();
    let response;
    try {
      response = await fetch(url, {
        method,
        headers: { accept: "application/json", "user-agent": options.userAgent, ...body !== void 0 ? { "content-type": "application/json" } : {} },
        ...body !== void 0 ? { body: JSON.stringify(body) } : {},
        redirect: "error",
        signal: AbortSignal.timeout(options.timeoutMs)
      });
    } catch (error) {
      const name = error?.name;
      const cause = name === "TimeoutError" || name === "AbortError" ? `no answer within ${options.timeoutMs / 1e3}s` : networkCause(error);
      lastProblem = new HttpProblem(`${what} failed: ${cause}`);
      continue;
    }
    if (response.status === 200) {
      const type = response.headers.get("content-type") ?? "";
      const text = await readText(response, what);
      if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type))
        throw new HttpProblem(`${what} answered with content type ${JSON.stringify(type || "none")}, not JSON`, 200);
      try {
        return JSON.parse(text);
      } catch {
        throw new HttpProblem(`${what} answered with a body that is not JSON`, 200);
      }
    }
    await response.body?.cancel().catch(() => void 0);
    const problem = new HttpProblem(`${what} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`, response.status);
    if (!RETRIABLE.has(response.status)) throw problem;
    const retryAfter = retryAfterSeconds(response.headers.get("retry-after"));
    if (retryAfter !== void 0) {
      if (retryAfter > options.maxRetryAfterSeconds)
        throw new HttpProblem(
          `${problem.message} and asked to retry after ${retryAfter}s (more than the ${options.maxRetryAfterSeconds}s chaingate waits)`,
          response.status
        );
      problem.waitMs = retryAfter * 1e3;
    }
    lastProblem = problem;
  }
  const attempts = options.retries + 1;
  throw new HttpProblem(`${lastProblem.message}${attempts > 1 ? ` (${attempts} attempts)` : ""}`, lastProblem.status);
}
async function readText(response, what) {
  try {
    return await response.text();
  } catch (error) {
    throw new HttpProblem(`${what}: the answer was cut off (${networkCause(error)})`);
  }
}
function networkCause(error) {
  const refusal = proxyRefusal(error);
  if (refusal) return refusal;
  const cause = error?.cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// fs-without-es-facade:src/advisories/sources/osv-cache.ts
var fs = process.getBuiltinModule("node:fs");
var osv_cache_default = fs;

// src/advisories/sources/osv-cache.ts
import path from "node:path";
var OsvRecordCache = class {
  constructor(directory) {
    this.directory = directory;
  }
  directory;
  memory = /* @__PURE__ */ new Map();
  /** Records found on disk (not asked of the API). */
  diskHits = 0;
  file(id) {
    return path.join(this.directory, `${encodeURIComponent(id)}.json`);
  }
  get(id, modified) {
    const key = `${id}\0${modified}`;
    const inMemory = this.memory.get(key);
    if (inMemory) return inMemory;
    if (!this.directory) return void 0;
    let value;
    try {
      value = JSON.parse(osv_cache_default.readFileSync(this.file(id), "utf8"));
    } catch {
      return void 0;
    }
    if (osvRecordProblem(value) !== null) return void 0;
    const record = value;
    if (record.id !== id || record.modified !== modified) return void 0;
    this.memory.set(key, record);
    this.diskHits += 1;
    return record;
  }
  put(record, modified = record.modified) {
    this.memory.set(`${record.id}\0${modified}`, record);
    if (!this.directory) return;
    try {
      osv_cache_default.mkdirSync(this.directory, { recursive: true });
      const target = this.file(record.id);
      const temporary = `${target}.${process.pid}.tmp`;
      osv_cache_default.writeFileSync(temporary, JSON.stringify(record));
      osv_cache_default.renameSync(temporary, target);
    } catch {
    }
  }
};

// src/advisories/sources/osv-api.ts
var OSV_BATCH_LIMIT = 1e3;
var MAX_PAGES = 50;
async function matchOsvApi(packages, options = {}) {
  const baseUrl = (options.baseUrl ?? DEFAULT_OSV_URL).replace(/\/+$/, "");
  const cache = options.cache ?? new OsvRecordCache(options.cacheDir);
  let requests = 0;
  const http = {
    ...DEFAULT_HTTP,
    userAgent: "chaingate",
    ...options.http,
    onRequest: (method, url) => {
      requests += 1;
      options.http?.onRequest?.(method, url);
    }
  };
  const unchecked = [];
  const queries = /* @__PURE__ */ new Map();
  let checked = 0;
  for (const pkg of packages) {
    if (pkg.version === null) continue;
    if (!isOsvEcosystem(pkg.ecosystem)) {
      unchecked.push({ package: pkg, reason: `OSV has no ${pkg.ecosystem} ecosystem` });
      continue;
    }
    const gap = ecosystemGap(pkg.ecosystem) ?? osvApiGap(pkg.ecosystem);
    if (gap) {
      unchecked.push({ package: pkg, reason: gap });
      continue;
    }
    checked += 1;
    const version = queryVersion(pkg.ecosystem, pkg.version);
    const key = `${pkg.ecosystem}\0${nameKey(pkg.ecosystem, pkg.name)}\0${version}`;
    const query = queries.get(key) ?? { ecosystem: pkg.ecosystem, name: pkg.name, version, packages: [], vulns: /* @__PURE__ */ new Map() };
    query.packages.push(pkg);
    queries.set(key, query);
  }
  let pending = [...queries.values()].map((query) => ({ query }));
  for (let round = 0; pending.length > 0; round += 1) {
    const next = [];
    for (let start = 0; start < pending.length; start += OSV_BATCH_LIMIT) {
      const batch = pending.slice(start, start + OSV_BATCH_LIMIT);
      if (round >= MAX_PAGES) {
        for (const { query } of batch) query.failed = `OSV kept paginating after ${MAX_PAGES} pages`;
        continue;
      }
      const body = {
        queries: batch.map(({ query, pageToken }) => ({
          package: { ecosystem: query.ecosystem, name: query.name },
          version: query.version,
          ...pageToken ? { page_token: pageToken } : {}
        }))
      };
      let results;
      try {
        const answer = await requestJson("POST", `${baseUrl}/v1/querybatch`, body, http);
        const problem = queryBatchProblem(answer, batch.length);
        if (problem) throw new HttpProblem(`POST ${baseUrl}/v1/querybatch answered with an unexpected shape: ${problem}`);
        results = answer.results;
      } catch (error) {
        for (const { query } of batch) query.failed = messageOf(error);
        continue;
      }
      for (const [index, result] of results.entries()) {
        const { query } = batch[index];
        for (const vuln of result.vulns ?? []) {
          const known = query.vulns.get(vuln.id);
          if (!known || vuln.modified > known) query.vulns.set(vuln.id, vuln.modified);
        }
        if (result.next_page_token) next.push({ query, pageToken: result.next_page_token });
      }
    }
    pending = next;
  }
  const wanted = /* @__PURE__ */ new Map();
  for (const query of queries.values()) {
    if (query.failed) continue;
    for (const [id, modified] of query.vulns) if (!wanted.has(id) || modified > wanted.get(id)) wanted.set(id, modified);
  }
  const records = /* @__PURE__ */ new Map();
  const recordFailures = /* @__PURE__ */ new Map();
  const toFetch = [];
  for (const [id, modified] of wanted) {
    const cached = cache.get(id, modified);
    if (cached) records.set(id, cached);
    else toFetch.push([id, modified]);
  }
  await inParallel(toFetch, options.concurrency ?? 8, async ([id, modified]) => {
    const url = `${baseUrl}/v1/vulns/${encodeURIComponent(id)}`;
    try {
      const answer = await requestJson("GET", url, void 0, http);
      const problem = osvRecordProblem(answer);
      if (problem) throw new HttpProblem(`GET ${url} answered with a record that is not OSV: ${problem}`);
      const record = answer;
      if (record.id !== id) throw new HttpProblem(`GET ${url} answered with record ${JSON.stringify(record.id)}`);
      records.set(id, record);
      cache.put(record, modified);
    } catch (error) {
      recordFailures.set(id, messageOf(error));
    }
  });
  const matches = [];
  for (const query of queries.values()) {
    if (query.failed) {
      for (const pkg of query.packages) unchecked.push({ package: pkg, reason: `the OSV API did not answer: ${query.failed}` });
      continue;
    }
    const failures = [...query.vulns.keys()].filter((id) => recordFailures.has(id));
    if (failures.length > 0) {
      const reason = `OSV record ${failures.map((id) => `${id} (${recordFailures.get(id)})`).join(", ")} could not be read`;
      for (const pkg of query.packages) unchecked.push({ package: pkg, reason });
    }
    for (const id of query.vulns.keys()) {
      const record = records.get(id);
      if (!record || record.withdrawn) continue;
      const advisory = advisoryFromOsv(record);
      for (const pkg of query.packages) {
        const fixedVersions = fixedVersionsOf(record, pkg);
        const noFix = fixedVersions.length === 0 ? noFixStatement(record, pkg.ecosystem, pkg.name) : void 0;
        matches.push({ package: pkg, advisory, fixedVersions, ...noFix ? { noFix } : {} });
      }
    }
  }
  return {
    source: { kind: "osv", location: baseUrl, retrieved: (options.now ?? /* @__PURE__ */ new Date()).toISOString() },
    matches: mergeAliases(matches),
    unchecked,
    checked,
    requests
  };
}
function fixedVersionsOf(record, pkg) {
  const fixed = /* @__PURE__ */ new Set();
  const names = new Set(
    (record.affected ?? []).map((entry) => entry.package?.name).filter((name) => name !== void 0 && nameKey(pkg.ecosystem, name) === nameKey(pkg.ecosystem, pkg.name))
  );
  for (const name of names) {
    for (const entry of entriesFor(record, pkg.ecosystem, name)) {
      try {
        for (const version of evaluateAffected(entry, pkg.ecosystem, queryVersion(pkg.ecosystem, pkg.version)).fixedVersions) fixed.add(version);
      } catch {
      }
    }
  }
  return [...fixed];
}
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
async function inParallel(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
export {
  OSV_BATCH_LIMIT,
  matchOsvApi
};
