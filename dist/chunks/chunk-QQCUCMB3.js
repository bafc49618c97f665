import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  known,
  unknownFact
} from "./chunk-BQPOASSU.js";
import {
  acceptedPermissionsOf,
  classifyApiError,
  isApiFault
} from "./chunk-ZTWN4AYJ.js";

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

export {
  isApiError,
  acceptedPermissions,
  factFromApiError,
  apiFact
};
