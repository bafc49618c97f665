import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError,
  errorMessage
} from "./chunk-MDAZFAAI.js";

// src/verify/registry.ts
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// src/verify/http-get.ts
var MAX_REDIRECTS = 5;
async function httpGet(url, headers, timeoutMs) {
  const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : void 0;
  let target = new URL(url);
  const origin = target.origin;
  for (let hops = 0; ; hops += 1) {
    const sent = target.origin === origin ? headers : Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== "authorization"));
    const response = await new Promise((resolve, reject) => {
      const client = process.getBuiltinModule(target.protocol === "https:" ? "node:https" : "node:http");
      const request = client.get(target, { headers: sent, ...signal ? { signal } : {} }, resolve);
      request.on("error", reject);
    });
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location && hops < MAX_REDIRECTS) {
      response.resume();
      target = new URL(location, target);
      if (target.protocol !== "https:" && target.protocol !== "http:") throw new Error(`redirected to ${target.protocol} URL`);
      continue;
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
  /** The challenge being answered, shared by the requests that met it together. */
  authenticating;
  referrersCache = /* @__PURE__ */ new Map();
  requests = 0;
  /** Bytes of response bodies read from the registry (manifests, blobs, streamed layers). */
  bytesRead = 0;
  /** `timeoutMs` 0: no overall deadline (a streamed layer takes as long as it takes; the connection still fails on errors). */
  async send(url, accept, timeoutMs = this.timeoutMs) {
    let sent;
    const attempt = () => {
      this.requests += 1;
      const headers = {};
      if (accept) headers.accept = accept;
      sent = this.authorization;
      if (sent) headers.authorization = sent;
      return httpGet(url, headers, timeoutMs);
    };
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
      const response = await httpGet(tokenUrl, basic ? { authorization: basic } : {}, this.timeoutMs);
      if (!response.ok) {
        discard(response);
        return false;
      }
      const body = JSON.parse((await readBody(response, MAX_MANIFEST_BYTES, "token")).toString("utf8"));
      const token = body.token ?? body.access_token;
      if (!token) return false;
      this.authorization = `Bearer ${token}`;
      return true;
    }
    return false;
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
      throw new Error(`GET manifest ${reference}: HTTP ${response.status}`);
    }
    const bytes = await this.readLimited(response, MAX_MANIFEST_BYTES, `manifest ${reference}`);
    const digest = `sha256:${crypto.createHash("sha256").update(bytes).digest("hex")}`;
    if (reference.startsWith("sha256:") && reference !== digest) throw new Error(`manifest ${reference} has digest ${digest}`);
    const body = JSON.parse(bytes.toString("utf8"));
    return { digest, mediaType: body.mediaType ?? response.header("content-type") ?? "", body };
  }
  async blob(digest, limit = MAX_BUNDLE_BYTES) {
    const response = await this.send(`${this.base}/blobs/${digest}`);
    if (!response.ok) {
      discard(response);
      throw new Error(`GET blob ${digest}: HTTP ${response.status}`);
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
      throw new Error(`GET blob ${digest}: HTTP ${response.status}`);
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
  splitImageName,
  readDockerCredentials,
  RegistryReader,
  fetchAttachedBundles,
  RegistryPool,
  RegistryError
};
