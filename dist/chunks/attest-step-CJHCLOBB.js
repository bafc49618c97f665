import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  buildContext,
  resolveServices,
  verdictContext
} from "./chunk-DP5BYC5Z.js";
import {
  timestampFromEnv
} from "./chunk-ODU4NK5P.js";
import "./chunk-U5FF4OCZ.js";
import {
  info,
  setOutput
} from "./chunk-4KJZJQ67.js";
import "./chunk-WF64JQIV.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  RequestCounter,
  SEVERITIES,
  Workspace,
  compareFindings,
  isFailing
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// fs-without-es-facade:src/action/attest-step.ts
var fs = process.getBuiltinModule("node:fs");
var attest_step_default = fs;

// src/action/attest-step.ts
import path from "node:path";
async function verifyStep(attest, outcome, env, advisories) {
  const options = attest.verify;
  if (!options) return;
  const verifyModule = await import("./verify-HFGKDXR3.js");
  const workspace = new Workspace(outcome.workspace.root);
  const repository = options.signerRepo ? verifyModule.parseRepositoryPolicy(options.signerRepo) : void 0;
  const workflow = options.signerWorkflow ? verifyModule.parseWorkflowPolicy(options.signerWorkflow) : void 0;
  const resolve = (file) => workspace.resolve(file);
  const trust = options.trustedRoot === void 0 || options.trustedRoot === "public-good" ? options.key && options.trustedRoot === void 0 ? void 0 : { kind: "public-good" } : options.trustedRoot === "github" ? { kind: "github", rootPath: resolve(requireValue(options.tufRoot, "tuf-root (for trusted-root: github)")) } : { kind: "file", path: resolve(options.trustedRoot), shown: options.trustedRoot };
  const policyFile = options.verifyPolicy ? verifyModule.readVerifyPolicy(resolve(options.verifyPolicy), options.verifyPolicy) : void 0;
  const notation = verifyModule.notationConfig(
    {
      trustPolicy: options.notationTrustPolicy ? resolve(options.notationTrustPolicy) : void 0,
      trustStore: options.notationTrustStore ? resolve(options.notationTrustStore) : void 0
    },
    policyFile,
    workspace.root
  );
  const vulnerabilityContext = (policyFile?.images ?? []).some((entry) => entry.vulnerabilities) ? await (await import("./admission-45DC3LNA.js")).loadVulnerabilityContext(workspace, advisories ?? { apiUrl: "https://api.github.com" }) : void 0;
  const verified = await verifyModule.verify({
    workspace,
    subjectPaths: options.subjectPaths,
    images: options.images,
    manifests: options.manifests,
    ...options.bundle ? { bundlePath: resolve(options.bundle) } : {},
    ...trust && options.sigstore ? { trust } : {},
    ...options.sigstore ? {
      identity: {
        issuer: options.issuer,
        ...repository ? { repository } : {},
        ...workflow ? { workflow } : {},
        runnerEnvironment: options.runnerEnvironment,
        serverUrl: env.GITHUB_SERVER_URL || "https://github.com"
      }
    } : {},
    ...notation ? { notation } : {},
    ...policyFile?.images ? { requirements: policyFile.images } : {},
    ...vulnerabilityContext ?? {},
    ...options.key ? { publicKeyPem: attest_step_default.readFileSync(resolve(options.key), "utf8") } : {},
    ...options.predicateType ? { predicateType: options.predicateType } : {},
    ...env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}
  });
  outcome.report = mergeFindings(outcome.report, verified.report.findings);
  outcome.rules = [...outcome.rules, ...verified.rules.filter((rule) => !outcome.rules.some((existing) => existing.meta.id === rule.meta.id))];
  setOutput("verified-count", verified.verified);
}
function optionalDate(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function requireValue(value, name) {
  if (!value) throw new ConfigurationError(`input ${name} is required`);
  return value;
}
function mergeFindings(report, extra) {
  const findings = [...report.findings, ...extra].sort(compareFindings);
  const policy = { failOn: report.policy.failOn, onUnknown: report.policy.onUnknown };
  const failBySeverity = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0]));
  const counts = { total: findings.length, fail: 0, pass: 0, unknown: 0, waived: 0, failing: 0, failBySeverity };
  for (const finding of findings) {
    counts[finding.status] += 1;
    if (finding.status === "fail") failBySeverity[finding.severity] += 1;
    if (isFailing(finding, policy)) counts.failing += 1;
  }
  return { ...report, findings, counts, verdict: counts.failing > 0 ? "fail" : "pass" };
}
async function signStep(attest, outcome, env, token, apiUrl, sbom) {
  if (attest.sign.length === 0) return;
  if (outcome.report.verdict !== "pass" && !attest.signOnFail) {
    info("chaingate: not signing: the verdict is fail");
    return;
  }
  const attestModule = await import("./attest-AVPTSVD5.js");
  const { ciIdentityProvider } = await import("./identity-token-PWTM2QTY.js");
  const { validateServiceUrl } = await import("./sign-IEHRPWOO.js");
  const services = resolveServices(
    {
      ...attest.fulcioUrl !== void 0 ? { "fulcio-url": attest.fulcioUrl } : {},
      ...attest.rekorUrl !== void 0 ? { "rekor-url": attest.rekorUrl } : {},
      ...attest.tsaUrl !== void 0 ? { "tsa-url": attest.tsaUrl } : {},
      ...attest.instance !== void 0 ? { instance: attest.instance } : {}
    },
    validateServiceUrl
  );
  const method = attest.signingKey ? { kind: "key", signer: attestModule.pemKeySigner(attest.signingKey, attest.signingKeyPassword), ...services.witnessesForKey } : { kind: "keyless", identityProvider: ciIdentityProvider(env), fulcioUrl: services.fulcioUrl, ...services.witnesses };
  let attestationsApi;
  if (attest.attestationsApi) {
    if (!token) throw new ConfigurationError("input attestations-api needs the token input (with attestations: write)");
    if (!env.GITHUB_REPOSITORY) throw new ConfigurationError("input attestations-api needs GITHUB_REPOSITORY");
    attestationsApi = {
      client: (await import("./client-WRR4B572.js")).createGitHubClient({ token, apiUrl, counter: new RequestCounter(), userAgent: "chaingate-action" }),
      repository: env.GITHUB_REPOSITORY
    };
  }
  const workspace = new Workspace(outcome.workspace.root);
  const bundles = [];
  const signed = (result, predicate) => {
    bundles.push(result.bundlePath);
    info(`chaingate: signed ${result.subjects.length} subject(s) (${result.statement.predicateType}) into ${result.bundlePath}`);
    if (result.attestationId) setOutput(`${predicate}-attestation-id`, result.attestationId);
    for (const pushed of result.pushed) info(`chaingate: attached to ${pushed.image} as ${pushed.referrer}`);
  };
  for (const predicate of attest.sign) {
    if (predicate === "sbom" && attest.sbomImages.length > 0) {
      for (const [index, reference] of attest.sbomImages.entries()) {
        signed(
          await attestModule.sign({
            workspace,
            predicate,
            sbomImage: { reference, env, cwd: workspace.root },
            sbomFormat: attest.sbomOutput?.format ?? "cyclonedx",
            ...optionalDate("sbomTimestamp", timestampFromEnv(env)),
            build: buildContext(env),
            method,
            bundleOut: path.join(attest.bundleDir, attest.sbomImages.length === 1 ? "sbom-image.sigstore.json" : `sbom-image-${index + 1}.sigstore.json`),
            ...attestationsApi ? { attestationsApi } : {},
            ...env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}
          }),
          predicate
        );
      }
      continue;
    }
    const result = await attestModule.sign({
      workspace,
      subjectPaths: attest.subjectPaths,
      subjectChecksums: attest.subjectChecksums,
      images: attest.subjects,
      predicate,
      // sign: sbom signs the SBOM file given, else the one the sbom input wrote, else one made now (CycloneDX).
      ...attest.sbom ? { sbomPath: attest.sbom } : sbom?.text !== void 0 ? { sbomDocument: { text: sbom.text, shown: sbom.file } } : {},
      ...predicate === "sbom" && !attest.sbom && sbom?.text === void 0 ? { sbomFormat: "cyclonedx", ...optionalDate("sbomTimestamp", timestampFromEnv(env)) } : {},
      ...predicate === "verdict" ? { report: outcome.report, verdict: verdictContext(outcome.report, env, workspace.root) } : {},
      build: buildContext(env),
      method,
      bundleOut: path.join(attest.bundleDir, `${predicate}.sigstore.json`),
      ...attestationsApi ? { attestationsApi } : {},
      pushToRegistry: attest.pushToRegistry,
      ...env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}
    });
    signed(result, predicate);
  }
  setOutput("bundle-paths", bundles.join("\n"));
}
export {
  mergeFindings,
  signStep,
  verifyStep
};
