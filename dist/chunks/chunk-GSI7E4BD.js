import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  getInput,
  getMultilineInput
} from "./chunk-GUBHCAD4.js";
import {
  predicateRequirement
} from "./chunk-X4KVILXP.js";
import {
  isInside
} from "./chunk-3BUNZPHH.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";

// src/action/attest-inputs.ts
import fs from "node:fs";
import path from "node:path";
function optional(name) {
  const value = getInput(name);
  return value === "" ? void 0 : value;
}
function list(name) {
  return getMultilineInput(name).flatMap((line) => line.split(",")).map((item) => item.trim()).filter((item) => item !== "" && !item.startsWith("#"));
}
function flag(name) {
  const value = optional(name);
  if (value === void 0) return false;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new ConfigurationError(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}
function readAttestInputs(env, workspace) {
  const sbomValue = optional("sbom");
  const sbomFormat = sbomValue === "cyclonedx" || sbomValue === "spdx" ? sbomValue : void 0;
  const sbomFileInput = optional("sbom-file");
  if (sbomFileInput && !sbomFormat) throw new ConfigurationError("input sbom-file needs sbom: cyclonedx or sbom: spdx");
  const outputDirectory = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, "chaingate") : path.join(workspace, ".chaingate");
  const sbomOutput = sbomFormat ? {
    format: sbomFormat,
    file: sbomFileInput ? insideWorkspaceOnly(workspace, sbomFileInput, "sbom-file") : path.join(outputDirectory, sbomFormat === "spdx" ? "sbom.spdx.json" : "sbom.cdx.json")
  } : void 0;
  const signValue = (optional("sign") ?? "false").trim();
  let sign;
  if (/^(false|no|off)$/i.test(signValue)) sign = [];
  else if (/^(true|yes|on)$/i.test(signValue)) sign = ["verdict"];
  else {
    sign = signValue.split(/[\s,]+/).filter(Boolean);
    const bad = sign.find((item) => item !== "verdict" && item !== "provenance" && item !== "sbom");
    if (bad) throw new ConfigurationError(`input sign must be true, false or a list of verdict, provenance, sbom; got ${JSON.stringify(bad)}`);
  }
  const signingKey = optional("signing-key");
  const signingKeyPassword = optional("signing-key-password");
  const verifyPaths = list("verify-subject-path");
  const verifyImages = list("verify-image");
  const verifyManifests = list("verify-manifests");
  const runner = optional("runner-environment") ?? "github-hosted";
  if (runner !== "github-hosted" && runner !== "self-hosted" && runner !== "any")
    throw new ConfigurationError(`input runner-environment must be github-hosted, self-hosted or any, got ${JSON.stringify(runner)}`);
  const predicateOption = optional("verify-predicate-type") ?? "provenance";
  const predicateType = predicateRequirement(predicateOption, "input verify-predicate-type");
  const signerWorkflow = optional("signer-workflow");
  const notationTrustPolicy = optional("notation-trust-policy");
  const notationTrustStore = optional("notation-trust-store");
  const verifyPolicy = optional("verify-policy");
  const notationAsked = Boolean(notationTrustPolicy || notationTrustStore || verifyPolicy);
  const sigstore = !notationAsked || Boolean(optional("signer-repo") || signerWorkflow || optional("verify-key") || optional("verify-bundle") || verifyPaths.length);
  const verify = verifyPaths.length || verifyImages.length || verifyManifests.length ? {
    subjectPaths: verifyPaths,
    images: verifyImages,
    manifests: verifyManifests,
    ...optionalEntry("bundle", optional("verify-bundle")),
    ...optionalEntry("trustedRoot", optional("trusted-root")),
    ...optionalEntry("tufRoot", optional("tuf-root")),
    // The repository's own artifacts by default.
    ...optionalEntry("signerRepo", optional("signer-repo") ?? (signerWorkflow ? void 0 : env.GITHUB_REPOSITORY)),
    ...optionalEntry("signerWorkflow", signerWorkflow),
    issuer: optional("issuer") ?? "https://token.actions.githubusercontent.com",
    runnerEnvironment: runner,
    ...predicateType !== void 0 ? { predicateType } : {},
    ...optionalEntry("key", optional("verify-key")),
    ...optionalEntry("notationTrustPolicy", notationTrustPolicy),
    ...optionalEntry("notationTrustStore", notationTrustStore),
    ...optionalEntry("verifyPolicy", verifyPolicy),
    sigstore
  } : null;
  return {
    sign,
    signOnFail: flag("sign-on-fail"),
    subjectPaths: list("subject-path"),
    subjectChecksums: list("subject-checksums"),
    subjects: list("subject"),
    ...sbomValue !== void 0 && !sbomFormat ? { sbom: sbomValue } : {},
    ...sbomOutput ? { sbomOutput } : {},
    sbomImages: list("sbom-image"),
    ...optionalEntry("fulcioUrl", optional("fulcio-url")),
    ...optionalEntry("rekorUrl", optional("rekor-url")),
    ...optionalEntry("tsaUrl", optional("tsa-url")),
    // Like actions/attest: private and internal repositories sign with GitHub's instance by default.
    ...optionalEntry("instance", optional("sigstore-instance") ?? (isPrivateRepository(env) ? "github" : void 0)),
    ...optionalEntry("signingKey", signingKey),
    ...optionalEntry("signingKeyPassword", signingKeyPassword),
    bundleDir: path.resolve(workspace, optional("bundle-dir") ?? (env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, "chaingate") : ".chaingate")),
    attestationsApi: flag("attestations-api"),
    pushToRegistry: flag("push-to-registry"),
    verify
  };
}
function insideWorkspaceOnly(workspace, given, name) {
  const resolved = path.resolve(workspace, given);
  if (!isInside(workspace, resolved)) throw new ConfigurationError(`input ${name} (${given}) points outside the workspace`);
  return resolved;
}
function isPrivateRepository(env) {
  if (!env.GITHUB_EVENT_PATH) return false;
  try {
    const payload = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    const visibility = payload.repository?.visibility;
    return visibility !== void 0 ? visibility !== "public" : payload.repository?.private === true;
  } catch {
    return false;
  }
}
function optionalEntry(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

export {
  readAttestInputs,
  optionalEntry
};
