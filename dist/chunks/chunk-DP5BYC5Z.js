import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";

// src/attest/context.ts
import crypto from "node:crypto";

// fs-without-es-facade:src/attest/context.ts
var fs = process.getBuiltinModule("node:fs");
var context_default = fs;

// src/attest/context.ts
import path from "node:path";
function buildContext(env) {
  const pick = (key, value) => value ? { [key]: value } : {};
  return {
    serverUrl: env.GITHUB_SERVER_URL || "https://github.com",
    ...pick("repository", env.GITHUB_REPOSITORY),
    ...pick("ref", env.GITHUB_REF),
    ...pick("sha", env.GITHUB_SHA),
    ...pick("workflowRef", env.GITHUB_WORKFLOW_REF),
    ...pick("eventName", env.GITHUB_EVENT_NAME),
    ...pick("runId", env.GITHUB_RUN_ID),
    ...pick("runAttempt", env.GITHUB_RUN_ATTEMPT),
    ...pick("repositoryId", env.GITHUB_REPOSITORY_ID),
    ...pick("repositoryOwnerId", env.GITHUB_REPOSITORY_OWNER_ID),
    ...pick("runnerEnvironment", env.RUNNER_ENVIRONMENT)
  };
}
function verdictContext(report, env, workspaceRoot) {
  const server = (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, "");
  const repository = report.target.repository ?? env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  const resourceUri = repository ? `git+${server}/${repository}${sha ? `@${sha}` : ""}` : `file:${report.target.path}`;
  const embedded = report.policy.source === "embedded default";
  const policyUri = embedded ? `chaingate:preset/${report.policy.extends}` : repository ? `${server}/${repository}/blob/${sha ?? "HEAD"}/${report.policy.source}` : `file:${report.policy.source}`;
  let policyDigest;
  if (!embedded && workspaceRoot) {
    try {
      const bytes = context_default.readFileSync(path.resolve(workspaceRoot, report.policy.source));
      policyDigest = { sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
    } catch {
      policyDigest = void 0;
    }
  }
  return { timeVerified: (/* @__PURE__ */ new Date()).toISOString(), policyUri, resourceUri, ...policyDigest ? { policyDigest } : {} };
}
function resolveServices(values, validate) {
  const instance = values.instance ?? "public-good";
  if (instance !== "public-good" && instance !== "github")
    throw new ConfigurationError(`--instance must be public-good or github, got ${JSON.stringify(instance)}`);
  for (const name of ["fulcio-url", "rekor-url", "tsa-url"]) {
    const value = values[name];
    if (value !== void 0) validate(name, value);
  }
  const defaults = instance === "github" ? { fulcio: "https://fulcio.githubapp.com", tsa: "https://timestamp.githubapp.com" } : { fulcio: "https://fulcio.sigstore.dev", rekor: "https://rekor.sigstore.dev" };
  const explicitWitness = values["rekor-url"] !== void 0 || values["tsa-url"] !== void 0;
  const witnesses = explicitWitness ? { ...values["rekor-url"] ? { rekorUrl: values["rekor-url"] } : {}, ...values["tsa-url"] ? { tsaUrl: values["tsa-url"] } : {} } : { ..."rekor" in defaults ? { rekorUrl: defaults.rekor } : {}, ..."tsa" in defaults ? { tsaUrl: defaults.tsa } : {} };
  const witnessesForKey = explicitWitness ? witnesses : {};
  return { fulcioUrl: values["fulcio-url"] ?? defaults.fulcio, witnesses, witnessesForKey };
}

export {
  buildContext,
  verdictContext,
  resolveServices
};
