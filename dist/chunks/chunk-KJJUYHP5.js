import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  apiFact,
  factFromApiError,
  isApiError
} from "./chunk-QQCUCMB3.js";
import {
  defineFact,
  known,
  noTarget,
  unknownFact
} from "./chunk-BQPOASSU.js";
import {
  ApiFault,
  classifyApiError
} from "./chunk-ZTWN4AYJ.js";

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
  const items = [];
  let truncated = false;
  let response = await client.octokit.request(route, { per_page: 100, ...parameters });
  for (let page = 1; ; page += 1) {
    const data = response.data;
    if (!Array.isArray(data)) throw new ApiFault("malformed", `page ${page} of ${route} is not a list`);
    items.push(...data);
    const next = nextPage(response.headers.link);
    if (items.length >= cap) {
      truncated = items.length > cap || next !== void 0;
      break;
    }
    if (!next) break;
    response = await client.octokit.request({ method: "GET", url: next });
  }
  return { items: truncated ? items.slice(0, cap) : items, truncated };
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

export {
  repositoryFact,
  tieredFact,
  listAll,
  defaultBranchFact,
  organizationLoginFact,
  describeError,
  ageInDays
};
