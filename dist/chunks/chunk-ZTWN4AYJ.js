import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  errorMessage
} from "./chunk-TITGSPWO.js";

// src/github/api-error.ts
var ApiFault = class extends Error {
  kind;
  retryable;
  constructor(kind, message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
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
function isRateLimitAnswer(status, message, headers) {
  if (status === 429) return true;
  if (status !== 403) return false;
  return /rate limit/i.test(message) || headers?.["x-ratelimit-remaining"] === "0" || headers?.["retry-after"] !== void 0;
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
  const what = secondary ? "GitHub API secondary rate limit reached" : "GitHub API rate limit exhausted";
  return wait === void 0 ? what : `${what} (GitHub asked to wait ${wait} s, longer than chaingate waits)`;
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
  const message = answerText(response, errorMessage(error));
  const accepted = acceptedPermissionsOf(headers);
  const withPermissions = accepted ? { acceptedPermissions: accepted } : {};
  if (status === 401) return { kind: "unauthorized", status, message: `the token was rejected (401 ${message})` };
  if (isRateLimitAnswer(status, message, headers)) return { kind: "rate-limit", status, message: rateLimitMessage(headers, /secondary/i.test(message)) };
  if (status === 403) return { kind: "permission", status, message: `GitHub answered 403 (${message})`, ...withPermissions };
  if (status === 404) return { kind: "not-found", status, message: `GitHub answered 404 (${message})`, ...withPermissions };
  if (status >= 500) return { kind: "server-error", status, message: `GitHub answered ${status} (${message})` };
  if (status >= 300 && status < 400) return { kind: "redirect", status, message: `GitHub answered ${status} without a usable Location` };
  return { kind: "client-error", status, message: `GitHub answered ${status} (${message})`, ...withPermissions };
}
function networkMessage(error) {
  let host = "the GitHub API";
  try {
    if (error.request?.url) host = new URL(error.request.url).host;
  } catch {
  }
  const code = causeCode(error);
  if (code === "ECONNREFUSED") return `could not connect to ${host} (connection refused)`;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return `could not connect to ${host} (the name does not resolve: ${code})`;
  if (code === "ECONNRESET" || code === "UND_ERR_SOCKET") return `the connection to ${host} was closed before GitHub answered (${code})`;
  return `could not connect to ${host}${code ? ` (${code})` : ` (${shorten(errorMessage(error))})`}`;
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

export {
  ApiFault,
  isApiFault,
  acceptedPermissionsOf,
  shorten,
  classifyApiError
};
