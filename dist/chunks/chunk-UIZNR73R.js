import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  runCheck
} from "./chunk-A2M5NZEM.js";
import {
  allRules
} from "./chunk-Y26RO5EI.js";
import {
  embeddedPolicy
} from "./chunk-QSSCXVGI.js";
import {
  findPolicy
} from "./chunk-F27Y37HZ.js";
import {
  RequestCounter
} from "./chunk-FN35NV3Z.js";
import {
  Workspace,
  isInside
} from "./chunk-YFIMJD32.js";
import {
  TOOL
} from "./chunk-544V3MJZ.js";
import {
  ConfigurationError
} from "./chunk-TITGSPWO.js";
import {
  DEFAULT_OSV_URL
} from "./chunk-EDAGE3KJ.js";

// src/check.ts
import fs from "node:fs";
import path from "node:path";
function apiLimitsFromEnv(env) {
  const number = (name, min) => {
    const text = env[name];
    if (text === void 0 || text.trim() === "") return void 0;
    const value = Number(text);
    if (!Number.isFinite(value) || value < min) throw new ConfigurationError(`${name} must be a number of at least ${min}, got ${JSON.stringify(text)}`);
    return value;
  };
  const timeout = number("CHAINGATE_API_TIMEOUT", 0.1);
  const budget = number("CHAINGATE_API_BUDGET", 0.1);
  const retries = number("CHAINGATE_API_RETRIES", 0);
  return {
    ...timeout !== void 0 ? { requestTimeoutMs: Math.round(timeout * 1e3) } : {},
    ...budget !== void 0 ? { budgetMs: Math.round(budget * 1e3) } : {},
    ...retries !== void 0 ? { retries: Math.floor(retries) } : {}
  };
}
var DEFAULT_API_URL = "https://api.github.com";
function parseRepository(text) {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text.trim());
  if (!match || match[2] === "." || match[2] === "..") throw new ConfigurationError(`repository must be owner/name, got ${JSON.stringify(text)}`);
  return { owner: match[1], repo: match[2] };
}
async function check(input) {
  const rules = input.rules ?? allRules;
  const workspace = new Workspace(input.path);
  const location = findPolicy(workspace.root, input.policyPath);
  const policy = location.absolutePath ? (await import("./load-OULU7VTP.js")).loadPolicy(location, rules) : embeddedPolicy(rules);
  if (input.failOn) policy.failOn = input.failOn;
  if (input.onUnknown) policy.onUnknown = input.onUnknown;
  const target = input.repository ? { ...parseRepository(input.repository), ...input.ref ? { ref: input.ref } : {}, ...input.sha ? { sha: input.sha } : {} } : null;
  const counter = new RequestCounter();
  const apiUrl = input.apiUrl ?? DEFAULT_API_URL;
  if (input.apiUrl !== void 0) validateApiUrl(input.apiUrl);
  const clientOptions = { apiUrl, counter, userAgent: `${TOOL.name}/${TOOL.version}`, ...input.log ? { log: input.log } : {}, ...input.retryBaseMs !== void 0 ? { retryBaseMs: input.retryBaseMs } : {}, ...input.api };
  const client = async (token) => {
    if (!token) return null;
    const { createGitHubClient } = await import("./client-MSPMCF7G.js");
    return createGitHubClient({ ...clientOptions, token });
  };
  const sbomFiles = (input.sbomPaths ?? []).map((file) => resolveSbomFile(workspace, file, input.sbomOutsideWorkspace ?? false));
  if (input.sbomOnly && sbomFiles.length === 0) throw new ConfigurationError("--sbom-only needs --sbom FILE");
  const github = await client(input.token);
  const elevated = await client(input.elevatedToken);
  const source = resolveAdvisorySource(input, policy, workspace);
  const anonymousGithub = source?.kind === "github" && !github ? (await import("./client-MSPMCF7G.js")).createGitHubClient({ ...clientOptions, token: "" }) : null;
  const osvCacheDir = input.osvCacheDir && !isInside(workspace.root, path.resolve(input.osvCacheDir)) ? path.resolve(input.osvCacheDir) : void 0;
  const advisories = {
    source,
    ...anonymousGithub ? { anonymousGithub } : {},
    ...osvCacheDir ? { osvCacheDir } : {},
    ...input.advisoriesHttp ? { http: input.advisoriesHttp } : {}
  };
  const report = await runCheck({
    workspace,
    policy,
    rules,
    github,
    elevated,
    target,
    event: input.event ?? null,
    ...input.now ? { now: input.now } : {},
    tool: TOOL,
    displayPath: input.displayPath ?? input.path,
    advisories,
    ...input.images?.length ? { images: { pushed: input.images, ...input.imagePlatform ? { platform: input.imagePlatform } : {} } } : {},
    registries: lazyRegistries(input),
    ...sbomFiles.length > 0 ? { sbom: { files: sbomFiles, only: input.sbomOnly ?? false } } : {}
  });
  return { report, policy, rules, workspace };
}
function resolveSbomFile(workspace, given, allowOutside) {
  const absolute = path.resolve(workspace.root, given);
  const shown = isInside(workspace.root, absolute) ? workspace.relative(absolute) : given;
  let real;
  try {
    real = fs.realpathSync.native(absolute);
  } catch {
    throw new ConfigurationError("SBOM file not found", { file: shown });
  }
  if (!fs.statSync(real).isFile()) throw new ConfigurationError("SBOM is not a regular file", { file: shown });
  const inside = isInside(workspace.root, real);
  if (!inside && !allowOutside) throw new ConfigurationError("SBOM file is outside the workspace", { file: shown });
  return { absolutePath: real, displayPath: inside ? workspace.relative(real) : real, insideWorkspace: inside };
}
function resolveAdvisorySource(input, policy, workspace) {
  const fromPolicy = policy.advisories;
  const where = fromPolicy?.location ? { file: policy.source, line: fromPolicy.location.startLine, column: fromPolicy.location.startColumn } : void 0;
  const url = input.osvUrl ?? fromPolicy?.osvUrl;
  if (url !== void 0) validateHttpUrl(url, "OSV API URL", input.osvUrl === void 0 ? where : void 0);
  const given = input.advisories ?? fromPolicy?.source ?? (url !== void 0 ? "osv" : void 0);
  if (given === void 0) return null;
  if (given === "github") return { kind: "github" };
  if (given === "osv") return { kind: "osv", url: url ?? DEFAULT_OSV_URL };
  const directory = input.advisories !== void 0 ? path.resolve(given) : path.resolve(workspace.root, given);
  const isDirectory = fs.statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (!isDirectory) {
    const message = `advisory source ${JSON.stringify(given)} is neither github, osv nor a directory (a local OSV snapshot laid out as DIR/<Ecosystem>/all.zip)`;
    throw input.advisories === void 0 && where ? new ConfigurationError(message, where) : new ConfigurationError(message);
  }
  return { kind: "osv-offline", directory };
}
function validateHttpUrl(url, what, where) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = void 0;
  }
  if (!parsed || parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    const message = `${what} must be an http(s) URL, got ${JSON.stringify(url)}`;
    throw where ? new ConfigurationError(message, where) : new ConfigurationError(message);
  }
}
function validateApiUrl(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigurationError(`GitHub API URL ${JSON.stringify(url)} is not a URL`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw new ConfigurationError(`GitHub API URL must be http(s), got ${parsed.protocol}`);
}
function lazyRegistries(input) {
  let pool;
  let opening;
  const client = () => import("./registry-DPIGIIR2.js");
  return {
    offline: input.offline ?? false,
    // One pool for the run, however many facts ask for it at once (tokens and counts are per pool).
    pool() {
      opening ??= client().then((module) => pool = new module.RegistryPool());
      return opening;
    },
    requests: () => pool?.requests ?? 0,
    async credentials(name) {
      return input.registryCredentials ?? (await client()).readDockerCredentials(name, input.dockerConfigDir);
    }
  };
}

export {
  apiLimitsFromEnv,
  DEFAULT_API_URL,
  parseRepository,
  check
};
