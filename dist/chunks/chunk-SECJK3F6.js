import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  proxyAgentFor,
  proxyAnswered
} from "./chunk-HUNFW3VE.js";
import {
  jsonErrorLine,
  jsonErrorMessage
} from "./chunk-PWQCIXAS.js";
import {
  ConfigurationError,
  errorMessage
} from "./chunk-MDAZFAAI.js";

// src/verify/registry.ts
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";

// fs-without-es-facade:src/verify/registry.ts
var fs = process.getBuiltinModule("node:fs");
var registry_default = fs;

// src/verify/registry.ts
import os from "node:os";
import path from "node:path";

// src/verify/http-get.ts
var MAX_REDIRECTS = 5;
var IDLE_MS = 12e4;
async function httpGet(url, headers, timeoutMs, idleMs = IDLE_MS) {
  const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : void 0;
  let target = new URL(url);
  const origin = target.origin;
  for (let hops = 0; ; hops += 1) {
    const sent = target.origin === origin ? headers : Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "authorization"));
    const response = await new Promise((resolve, reject) => {
      const client = process.getBuiltinModule(target.protocol === "https:" ? "node:https" : "node:http");
      const agent = proxyAgentFor(target.protocol);
      let answered;
      const request = client.get(
        target,
        { headers: sent, ...agent ? { agent } : {}, ...signal ? { signal } : {} },
        (response2) => resolve(answered = response2)
      );
      request.on("error", reject);
      if (!signal && idleMs > 0)
        request.setTimeout(idleMs, () => {
          const idle = new Error(`nothing arrived from ${target.host} for ${idleMs >= 1e3 ? `${Math.round(idleMs / 1e3)} s` : `${idleMs} ms`}`);
          answered?.destroy(idle);
          request.destroy(idle);
        });
    });
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location && hops < MAX_REDIRECTS) {
      response.resume();
      target = new URL(location, target);
      if (target.protocol !== "https:" && target.protocol !== "http:") throw new Error(`redirected to ${target.protocol} URL`);
      continue;
    }
    return answerOf(response);
  }
}
async function readBody(answer, limit, what) {
  const length = Number(answer.header("content-length") ?? "0");
  if (length > limit) {
    discard(answer);
    throw new Error(`${what} is ${length} bytes, more than the ${limit} chaingate reads`);
  }
  const chunks = [];
  let total = 0;
  for await (const chunk of answer.body) {
    total += chunk.length;
    if (total > limit) {
      discard(answer);
      throw new Error(`${what} is larger than ${limit} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total);
}
function discard(answer) {
  answer.body.destroy();
}
async function httpPostForm(url, headers, form, timeoutMs) {
  const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : void 0;
  const target = new URL(url);
  const body = Buffer.from(form.toString());
  const response = await new Promise((resolve, reject) => {
    const client = process.getBuiltinModule(target.protocol === "https:" ? "node:https" : "node:http");
    const agent = proxyAgentFor(target.protocol);
    const request = client.request(
      target,
      {
        ...agent ? { agent } : {},
        method: "POST",
        headers: { ...headers, "content-type": "application/x-www-form-urlencoded", "content-length": String(body.length) },
        ...signal ? { signal } : {}
      },
      resolve
    );
    request.on("error", reject);
    request.end(body);
  });
  return answerOf(response);
}
function answerOf(response) {
  const status = response.statusCode ?? 0;
  if (status === 407) {
    response.destroy();
    throw new Error(proxyAnswered(407));
  }
  return {
    status,
    ok: status >= 200 && status < 300,
    header: (name) => {
      const value = response.headers[name.toLowerCase()];
      return value === void 0 ? null : Array.isArray(value) ? value.join(", ") : value;
    },
    body: response
  };
}

// src/verify/registry.ts
var OCI_INDEX = "application/vnd.oci.image.index.v1+json";
var OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
var MANIFEST_ACCEPT = [
  OCI_MANIFEST,
  OCI_INDEX,
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
].join(", ");
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var MAX_BUNDLE_BYTES = 32 * 1024 * 1024;
var RETRY_STATUSES = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var RETRY_ERRORS = /* @__PURE__ */ new Set(["ECONNRESET", "ETIMEDOUT", "EPIPE", "EAI_AGAIN", "ECONNABORTED", "UND_ERR_SOCKET"]);
var retryPolicy = { attempts: 4, baseMs: 500, maxMs: 1e4, tokenReuseMs: 5e3 };
function isLoopback(hostname) {
  return hostname === "localhost" || hostname === "127.0.0.1" || hostname === "[::1]";
}
async function withRetry(request) {
  for (let attempt = 1; ; attempt += 1) {
    let response;
    try {
      response = await request();
    } catch (error) {
      const code = error.code;
      if (attempt >= retryPolicy.attempts || typeof code !== "string" || !RETRY_ERRORS.has(code)) throw error;
      await delay(Math.min(retryPolicy.maxMs, retryPolicy.baseMs * 2 ** (attempt - 1)));
      continue;
    }
    if (!RETRY_STATUSES.has(response.status) || attempt >= retryPolicy.attempts) return response;
    const after = response.header("retry-after");
    const seconds = after && /^\d+$/.test(after.trim()) ? Number(after.trim()) * 1e3 : after ? Date.parse(after) - Date.now() : NaN;
    discard(response);
    const wait = Number.isFinite(seconds) && seconds >= 0 ? seconds : retryPolicy.baseMs * 2 ** (attempt - 1);
    await delay(Math.min(retryPolicy.maxMs, wait));
  }
}
function parseJsonObject(bytes) {
  try {
    const value = JSON.parse(bytes.toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
function splitImageName(name) {
  const slash = name.indexOf("/");
  const first = slash >= 0 ? name.slice(0, slash) : "";
  if (slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost")) return { registry: first, repository: name.slice(slash + 1) };
  return { registry: "registry-1.docker.io", repository: slash >= 0 ? name : `library/${name}` };
}
var DOCKER_HUB_HOSTS = ["docker.io", "index.docker.io", "registry-1.docker.io"];
var DOCKER_HUB_SERVER = "https://index.docker.io/v1/";
function configHost(value) {
  const host = value.replace(/^[a-z]+:\/\//i, "").split("/")[0].toLowerCase();
  return DOCKER_HUB_HOSTS.includes(host) ? "docker.io" : host;
}
var helperAnswers = /* @__PURE__ */ new Map();
function askHelper(helper, server, file) {
  const key = `${file}\0${helper}\0${server}`;
  if (helperAnswers.has(key)) return helperAnswers.get(key);
  if (!/^[A-Za-z0-9._-]+$/.test(helper)) throw new ConfigurationError(`credential helper ${JSON.stringify(helper)} is not a helper name`, { file });
  const program = `docker-credential-${helper}`;
  const run = spawnSync(program, ["get"], { input: server, encoding: "utf8", timeout: 6e4, shell: false, env: process.env, stdio: ["pipe", "pipe", "pipe"] });
  if (run.error) {
    const code = run.error.code;
    throw new ConfigurationError(
      code === "ENOENT" ? `the Docker config names credential helper ${program} for ${server}, which is not installed (not on PATH)` : `credential helper ${program} failed for ${server}: ${code ?? run.error.message}`,
      { file }
    );
  }
  let answer;
  if (run.status !== 0) {
    if (!/credentials not found/i.test(`${run.stdout}${run.stderr}`))
      throw new ConfigurationError(`credential helper ${program} failed for ${server} (exit ${run.status ?? "killed"})`, { file });
  } else {
    let parsed;
    try {
      parsed = JSON.parse(run.stdout);
    } catch {
      throw new ConfigurationError(`credential helper ${program} answered ${server} with something other than JSON`, { file });
    }
    const username = typeof parsed.Username === "string" ? parsed.Username : "";
    const secret = typeof parsed.Secret === "string" ? parsed.Secret : "";
    if (secret) answer = username === "<token>" ? { username: "", password: "", identityToken: secret } : { username, password: secret };
  }
  helperAnswers.set(key, answer);
  return answer;
}
function readDockerCredentials(imageName, configDir) {
  const file = path.join(configDir ?? path.join(os.homedir(), ".docker"), "config.json");
  let text;
  try {
    text = registry_default.readFileSync(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return void 0;
    throw new ConfigurationError(`the Docker config cannot be read: ${errorMessage(error)}`, { file });
  }
  let config;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new ConfigurationError(`the Docker config is not JSON: ${jsonErrorMessage(error)}`, { file, line: jsonErrorLine(text, error) });
  }
  if (!config || typeof config !== "object" || Array.isArray(config)) throw new ConfigurationError("the Docker config is not a JSON object", { file, line: 1 });
  const target = configHost(splitImageName(imageName).registry);
  const server = target === "docker.io" ? DOCKER_HUB_SERVER : target;
  const helperKey = Object.keys(config.credHelpers ?? {}).find((candidate) => configHost(candidate) === target);
  const helper = helperKey ? config.credHelpers[helperKey] : config.credsStore;
  if (typeof helper === "string" && helper) return askHelper(helper, server, file);
  const key = Object.keys(config.auths ?? {}).find((candidate) => configHost(candidate) === target);
  const entry = key ? config.auths[key] : void 0;
  if (!entry || typeof entry !== "object") return void 0;
  let username = typeof entry.username === "string" ? entry.username : "";
  let password = typeof entry.password === "string" ? entry.password : "";
  if (typeof entry.auth === "string" && entry.auth) {
    const decoded = Buffer.from(entry.auth, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon >= 0) {
      username = decoded.slice(0, colon);
      password = decoded.slice(colon + 1);
    }
  }
  const identityToken = typeof entry.identitytoken === "string" && entry.identitytoken ? entry.identitytoken : void 0;
  if (identityToken) return { username, password: "", identityToken };
  if (!username && !password) return void 0;
  return { username, password };
}
var RegistryReader = class {
  constructor(registry, repository, credentials, timeoutMs = 3e4, shared = { noReferrersApi: /* @__PURE__ */ new Set() }) {
    this.registry = registry;
    this.repository = repository;
    this.credentials = credentials;
    this.timeoutMs = timeoutMs;
    this.shared = shared;
    const scheme = isLoopback(new URL(`http://${registry}`).hostname) ? "http" : "https";
    this.base = `${scheme}://${registry}/v2/${repository}`;
  }
  registry;
  repository;
  credentials;
  timeoutMs;
  shared;
  base;
  authorization;
  /** The challenge being answered, shared by the requests that met it together. */
  authenticating;
  referrersCache = /* @__PURE__ */ new Map();
  requests = 0;
  /** Bytes of response bodies read from the registry (manifests, blobs, streamed layers). */
  bytesRead = 0;
  /** `timeoutMs` 0: no overall deadline (a streamed layer takes as long as it takes; the connection still fails on errors). */
  async send(url, accept, timeoutMs = this.timeoutMs) {
    let sent;
    const attempt = () => withRetry(() => {
      this.requests += 1;
      const headers = {};
      if (accept) headers.accept = accept;
      sent = this.authorization;
      if (sent) headers.authorization = sent;
      return httpGet(url, headers, timeoutMs);
    });
    let response = await attempt();
    if (response.status === 401) {
      const challenge = response.header("www-authenticate") ?? "";
      const answered = this.authorization !== sent || await (this.authenticating ??= this.authenticate(challenge).finally(() => this.authenticating = void 0));
      if (answered && this.authorization !== sent) {
        discard(response);
        response = await attempt();
      }
    }
    return response;
  }
  /** When the bearer token in use was issued (tokens expire: Docker Hub's after 5 minutes). */
  tokenIssued = 0;
  /** Answers the registry's challenge; false when there is nothing (more) to try. */
  async authenticate(challenge) {
    const credentials = this.credentials;
    const basic = credentials && !credentials.identityToken && (credentials.username || credentials.password) ? `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}` : void 0;
    if (/^basic/i.test(challenge)) {
      if (!basic || this.authorization === basic) return false;
      this.authorization = basic;
      return true;
    }
    if (/^bearer/i.test(challenge)) {
      if (this.authorization?.startsWith("Bearer ") && Date.now() - this.tokenIssued < retryPolicy.tokenReuseMs) return false;
      const parameters = Object.fromEntries(
        [...challenge.matchAll(/([A-Za-z_][\w-]*)=(?:"((?:[^"\\]|\\.)*)"|([^\s,"]+))/g)].map((match) => [
          match[1].toLowerCase(),
          (match[2] ?? match[3] ?? "").replace(/\\(.)/g, "$1")
        ])
      );
      if (!parameters.realm) return false;
      let realm;
      try {
        realm = new URL(parameters.realm);
      } catch {
        throw new Error(`the registry's token realm ${JSON.stringify(parameters.realm)} is not a URL`);
      }
      if (realm.protocol !== "https:" && !(realm.protocol === "http:" && isLoopback(realm.hostname)))
        throw new Error(`the registry's token realm ${realm.origin} is not https`);
      const scope = parameters.scope ?? `repository:${this.repository}:pull`;
      let response;
      if (credentials?.identityToken) {
        const form = new URLSearchParams({ grant_type: "refresh_token", refresh_token: credentials.identityToken, client_id: "chaingate", scope });
        if (parameters.service) form.set("service", parameters.service);
        response = await withRetry(() => {
          this.requests += 1;
          return httpPostForm(realm, {}, form, this.timeoutMs);
        });
      } else {
        const tokenUrl = new URL(realm);
        if (parameters.service) tokenUrl.searchParams.set("service", parameters.service);
        tokenUrl.searchParams.set("scope", scope);
        response = await withRetry(() => {
          this.requests += 1;
          return httpGet(tokenUrl, basic ? { authorization: basic } : {}, this.timeoutMs);
        });
      }
      if (!response.ok) {
        discard(response);
        if (response.status === 401 || response.status === 403) return false;
        throw new Error(`token request to ${realm.origin}${realm.pathname}: HTTP ${response.status}`);
      }
      const body = parseJsonObject(await readBody(response, MAX_MANIFEST_BYTES, "token"));
      if (!body) throw new Error(`token request to ${realm.origin}${realm.pathname}: the answer is not a JSON object`);
      const token = typeof body.token === "string" && body.token ? body.token : typeof body.access_token === "string" ? body.access_token : "";
      if (!token) return false;
      this.authorization = `Bearer ${token}`;
      this.tokenIssued = Date.now();
      return true;
    }
    return false;
  }
  /** The error for an unexpected status, with what to do about an auth refusal. */
  statusError(what, status) {
    const hint = status === 401 || status === 403 ? this.credentials ? ": the registry refused the credentials chaingate has for it (or the repository does not exist)" : ": the registry wants credentials chaingate does not have (docker login, or REGISTRY_USERNAME/REGISTRY_PASSWORD), or the repository does not exist" : status === 429 ? `: the registry limits this client's requests (still after ${retryPolicy.attempts} attempts; Docker Hub allows more to logged-in users)` : "";
    return new Error(`GET ${what}: HTTP ${status}${hint}`);
  }
  async readLimited(response, limit, what) {
    const body = await readBody(response, limit, what);
    this.bytesRead += body.length;
    return body;
  }
  /** A manifest by tag or digest; null when the registry says 404. Digest references are checked. */
  async manifest(reference) {
    const response = await this.send(`${this.base}/manifests/${reference}`, MANIFEST_ACCEPT);
    if (response.status === 404) {
      discard(response);
      return null;
    }
    if (!response.ok) {
      discard(response);
      throw this.statusError(`manifest ${reference}`, response.status);
    }
    const bytes = await this.readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
    const digest = `sha256:${crypto.createHash("sha256").update(bytes).digest("hex")}`;
    if (reference.startsWith("sha256:") && reference !== digest) throw new Error(`manifest ${reference} has digest ${digest}`);
    const body = parseJsonObject(bytes);
    if (!body) throw new Error(`GET manifest ${reference}: the answer is not a JSON object`);
    const mediaType = typeof body.mediaType === "string" ? body.mediaType : (response.header("content-type") ?? "").split(";")[0].trim();
    return { digest, mediaType, body };
  }
  async blob(digest, limit = MAX_BUNDLE_BYTES) {
    const response = await this.send(`${this.base}/blobs/${digest}`);
    if (!response.ok) {
      discard(response);
      throw this.statusError(`blob ${digest}`, response.status);
    }
    const bytes = await this.readLimited(response, limit, `blob ${digest}`);
    const actual = `sha256:${crypto.createHash("sha256").update(bytes).digest("hex")}`;
    if (actual !== digest) throw new Error(`blob ${digest} has digest ${actual}`);
    return bytes;
  }
  /**
   * A blob as a stream, not read yet: the caller verifies the digest while reading (a layer is too large to
   * hold), counts what it reads with `count` (into `bytesRead`) and may stop early by destroying the stream,
   * which closes the connection.
   */
  async blobStream(digest) {
    const response = await this.send(`${this.base}/blobs/${digest}`, void 0, 0);
    if (!response.ok) {
      discard(response);
      throw this.statusError(`blob ${digest}`, response.status);
    }
    const length = response.header("content-length");
    return {
      size: length ? Number(length) : void 0,
      stream: response.body,
      count: (bytes) => {
        this.bytesRead += bytes;
      }
    };
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
      if (response.ok && (response.header("content-type") ?? "").includes(OCI_INDEX)) {
        const index = JSON.parse((await this.readLimited(response, MAX_MANIFEST_BYTES, "referrers index")).toString("utf8"));
        return { descriptors: index.manifests ?? [], via: "api" };
      }
      discard(response);
      if (response.status !== 404 && response.ok === false && response.status !== 400 && response.status !== 405)
        throw new Error(`GET referrers of ${digest}: HTTP ${response.status}`);
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
    throw new RegistryError(
      `${imageName}@${digest}: ${errorMessage(error)}${error.cause ? ` (${errorMessage(error.cause)})` : ""}`
    );
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
  OCI_INDEX,
  OCI_MANIFEST,
  retryPolicy,
  splitImageName,
  readDockerCredentials,
  RegistryReader,
  fetchAttachedBundles,
  RegistryPool,
  RegistryError
};
