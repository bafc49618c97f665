import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  debug,
  endGroup,
  error,
  getInput,
  getMultilineInput,
  info,
  notice,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning
} from "./chunks/chunk-4KJZJQ67.js";
import {
  toSarif
} from "./chunks/chunk-OXVDUW32.js";
import {
  checkProxyEnv,
  redactProxyCredentials
} from "./chunks/chunk-HUNFW3VE.js";
import {
  FAIL_ON,
  MAX_SARIF_RESULTS,
  apiLimitsFromEnv,
  check,
  findingLines,
  isFailing,
  isInside,
  jsonChunks,
  readEventPayload,
  realPathInside,
  sarifCapNotice,
  sarifResultCount,
  severityRank,
  useSynchronousStdio,
  writeReportFile
} from "./chunks/chunk-VZNYH5DF.js";
import {
  ConfigurationError,
  EXIT_CONFIGURATION_ERROR,
  EXIT_INTERNAL_ERROR,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED,
  OutputError,
  jsonText,
  textField,
  textLine
} from "./chunks/chunk-MDAZFAAI.js";
import "./chunks/chunk-RQ4SWRSA.js";

// src/action/main.ts
import path3 from "node:path";

// src/report/annotations.ts
var MAX_ANNOTATIONS = 50;
function annotationsFor(report, limit = MAX_ANNOTATIONS) {
  const relevant = report.findings.filter((finding) => finding.status === "fail").sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const out = relevant.slice(0, limit).map((finding) => toAnnotation(finding, isFailing(finding, report.policy) ? "error" : "warning"));
  if (relevant.length > limit) {
    out.push({
      level: "notice",
      title: "chaingate",
      message: `${relevant.length - limit} more findings are in the JSON report (every finding), the job summary and the SARIF file`
    });
  }
  return out;
}
function toAnnotation(finding, level) {
  const annotation = {
    level,
    title: `chaingate ${finding.rule} (${finding.severity})`,
    // @actions/core escapes the command; textField keeps terminal controls out of the annotation's text.
    message: textField(annotationText(finding), { lineBreaks: true })
  };
  if (finding.location) {
    annotation.file = finding.location.path;
    annotation.startLine = finding.location.startLine;
    annotation.endLine = finding.location.endLine;
    if (finding.location.startLine === finding.location.endLine) {
      annotation.startColumn = finding.location.startColumn;
      annotation.endColumn = finding.location.endColumn + 1;
    }
  }
  return annotation;
}
function annotationText(finding) {
  const lines = [finding.message];
  if (finding.confidence && finding.confidence !== "high") lines.push(`Confidence: ${finding.confidence}`);
  if (finding.relatedLocations?.length) lines.push("Related:");
  for (const related of finding.relatedLocations ?? []) {
    const file = related.location.path === finding.location?.path ? "" : `${related.location.path} `;
    lines.push(`- ${file}line ${related.location.startLine}: ${related.message}`);
  }
  if (finding.fix) lines.push(`Fix: ${finding.fix}`);
  return lines.join("\n");
}

// src/action/inputs.ts
import path2 from "node:path";

// fs-without-es-facade:src/action/attest-inputs.ts
var fs = process.getBuiltinModule("node:fs");
var attest_inputs_default = fs;

// src/action/attest-inputs.ts
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
async function readAttestInputs(env, workspace) {
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
  const verifyAsked = verifyPaths.length > 0 || verifyImages.length > 0 || verifyManifests.length > 0;
  const predicateType = verifyAsked ? (await import("./chunks/predicate-aliases-2RM2PXYO.js")).predicateRequirement(predicateOption, "input verify-predicate-type") : void 0;
  const signerWorkflow = optional("signer-workflow");
  const notationTrustPolicy = optional("notation-trust-policy");
  const notationTrustStore = optional("notation-trust-store");
  const verifyPolicy = optional("verify-policy");
  const notationAsked = Boolean(notationTrustPolicy || notationTrustStore || verifyPolicy);
  const sigstore = !notationAsked || Boolean(optional("signer-repo") || signerWorkflow || optional("verify-key") || optional("verify-bundle") || verifyPaths.length);
  const verify = verifyAsked ? {
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
    const payload = JSON.parse(attest_inputs_default.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    const visibility = payload.repository?.visibility;
    return visibility !== void 0 ? visibility !== "public" : payload.repository?.private === true;
  } catch {
    return false;
  }
}
function optionalEntry(key, value) {
  return value === void 0 ? {} : { [key]: value };
}

// src/action/inputs.ts
function optional2(name) {
  const value = getInput(name);
  return value === "" ? void 0 : value;
}
function booleanInput(name, fallback) {
  const value = optional2(name);
  if (value === void 0) return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new ConfigurationError(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}
function listInput(name) {
  return (optional2(name) ?? "").split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}
function insideWorkspace(workspace, given, inputName) {
  return realPathInside(workspace, path2.resolve(workspace, given), { name: `input ${inputName} (${given})` });
}
async function readInputs(env) {
  const workspace = path2.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const token = optional2("token");
  const elevatedToken = optional2("admin-token");
  const failOn = optional2("fail-on");
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new ConfigurationError(`input fail-on must be one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(failOn)}`);
  }
  const onUnknown = optional2("on-unknown");
  if (onUnknown !== void 0 && onUnknown !== "warn" && onUnknown !== "fail")
    throw new ConfigurationError(`input on-unknown must be warn or fail, got ${JSON.stringify(onUnknown)}`);
  const outputDirectory = env.RUNNER_TEMP ? path2.join(env.RUNNER_TEMP, "chaingate") : path2.join(workspace, ".chaingate");
  const outputPath = (name, fallback) => {
    const given = optional2(name);
    return given ? insideWorkspace(workspace, given, name) : path2.join(outputDirectory, fallback);
  };
  const policy = optional2("policy");
  const advisories = optional2("advisories");
  const osvUrl = optional2("osv-url");
  const vexOut = optional2("vex-out");
  const sbomPaths = listInput("check-sbom");
  const sbomOnly = booleanInput("check-sbom-only", false);
  if (sbomOnly && sbomPaths.length === 0) throw new ConfigurationError("input check-sbom-only needs check-sbom (the SBOM files to check)");
  return {
    workspace,
    path: insideWorkspace(workspace, optional2("path") ?? ".", "path"),
    ...policy ? { policyPath: insideWorkspace(workspace, policy, "policy") } : {},
    ...token ? { token } : {},
    ...elevatedToken ? { elevatedToken } : {},
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    api: apiLimitsFromEnv(env),
    ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
    ...env.GITHUB_REF ? { ref: env.GITHUB_REF } : {},
    ...env.GITHUB_SHA ? { sha: env.GITHUB_SHA } : {},
    ...failOn ? { failOn } : {},
    ...onUnknown ? { onUnknown } : {},
    sarifFile: outputPath("sarif-file", "chaingate.sarif"),
    reportJson: outputPath("report-json", "chaingate-report.json"),
    annotations: booleanInput("annotations", true),
    summary: booleanInput("summary", true),
    event: readEventPayload(env),
    // A snapshot directory may live outside the workspace (downloaded by an earlier step into $RUNNER_TEMP).
    ...advisories ? { advisories: advisories === "github" || advisories === "osv" ? advisories : path2.resolve(workspace, advisories) } : {},
    ...osvUrl ? { osvUrl } : {},
    ...env.RUNNER_TEMP ? { osvCacheDir: path2.join(env.RUNNER_TEMP, "chaingate", "osv") } : {},
    // SBOMs are read, never written: like a snapshot directory they may come from an earlier step, outside the workspace.
    sbomPaths: sbomPaths.map((file) => path2.resolve(workspace, file)),
    sbomOnly,
    // Written, so inside the workspace (its real path, or for a new file its directory's), like report-json.
    ...vexOut ? { vexOut: insideWorkspace(workspace, vexOut, "vex-out") } : {},
    images: (optional2("image") ?? "").split("\n").map((line) => line.trim()).filter(Boolean),
    ...env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {},
    attest: await readAttestInputs(env, workspace)
  };
}

// src/action/log.ts
function logUntrusted(lines) {
  const parts = [...lines].flatMap((line) => line.split(/\r\n|\r|\n/));
  if (parts.length === 0) return;
  if (!parts.some((part) => part.includes("::") || part.includes("##["))) {
    info(parts.join("\n"));
    return;
  }
  const token = `chaingate-${process.getBuiltinModule("node:crypto").randomBytes(16).toString("hex")}`;
  info(`::stop-commands::${token}`);
  try {
    info(parts.map(textLine).join("\n"));
  } finally {
    info(`::${token}::`);
  }
}

// src/action/main.ts
async function run(env = process.env, options = {}) {
  if (options.synchronousStdio) useSynchronousStdio();
  try {
    checkProxyEnv(env);
    const inputs = await readInputs(env);
    const outcome = await check({
      path: inputs.path,
      displayPath: path3.relative(inputs.workspace, inputs.path) || ".",
      ...inputs.policyPath ? { policyPath: inputs.policyPath } : {},
      ...inputs.repository ? { repository: inputs.repository } : {},
      ...inputs.ref ? { ref: inputs.ref } : {},
      ...inputs.sha ? { sha: inputs.sha } : {},
      ...inputs.token ? { token: inputs.token } : {},
      ...inputs.elevatedToken ? { elevatedToken: inputs.elevatedToken } : {},
      apiUrl: inputs.apiUrl,
      api: inputs.api,
      ...inputs.failOn ? { failOn: inputs.failOn } : {},
      ...inputs.onUnknown ? { onUnknown: inputs.onUnknown } : {},
      event: inputs.event,
      ...inputs.advisories ? { advisories: inputs.advisories } : {},
      ...inputs.osvUrl ? { osvUrl: inputs.osvUrl } : {},
      ...inputs.osvCacheDir ? { osvCacheDir: inputs.osvCacheDir } : {},
      ...inputs.sbomPaths.length > 0 ? { sbomPaths: inputs.sbomPaths, sbomOutsideWorkspace: true, sbomOnly: inputs.sbomOnly } : {},
      ...inputs.images.length > 0 ? { images: inputs.images } : {},
      ...inputs.dockerConfigDir ? { dockerConfigDir: inputs.dockerConfigDir } : {},
      // debug, warning and error are workflow commands whose data @actions/core escapes; info is a raw line.
      log: { debug, info: (message) => logUntrusted([textField(message)]), warn: warning, error }
    });
    if (inputs.attest.verify) {
      const advisories = {
        ...inputs.advisories ? { advisories: inputs.advisories } : {},
        ...inputs.osvUrl ? { osvUrl: inputs.osvUrl } : {},
        ...inputs.osvCacheDir ? { osvCacheDir: inputs.osvCacheDir } : {},
        ...inputs.token ? { token: inputs.token } : {},
        apiUrl: inputs.apiUrl
      };
      await (await import("./chunks/attest-step-CJHCLOBB.js")).verifyStep(inputs.attest, outcome, env, advisories);
    }
    const { report } = outcome;
    const textOf = (file) => outcome.workspace.cachedText(file);
    writeReportFile(inputs.reportJson, jsonChunks(report), inputs.reportJson);
    writeReportFile(inputs.sarifFile, [`${jsonText(JSON.stringify(toSarif(report, outcome.rules, { textOf }), null, 2))}
`], inputs.sarifFile);
    startGroup(
      `chaingate: ${report.counts.fail} failed, ${report.counts.unknown} unknown, ${report.counts.pass} passed${report.counts.belowMinConfidence !== void 0 ? `, ${report.counts.belowMinConfidence} left out by min-confidence` : ""}`
    );
    logUntrusted(report.findings.flatMap((finding) => [...findingLines(finding)]));
    endGroup();
    const sarifTotal = sarifResultCount(report);
    if (sarifTotal > MAX_SARIF_RESULTS) warning(sarifCapNotice(sarifTotal));
    if (inputs.annotations) {
      for (const annotation of annotationsFor(report)) {
        const { level, message, ...properties } = annotation;
        if (level === "error") error(message, properties);
        else if (level === "warning") warning(message, properties);
        else notice(message, properties);
      }
    }
    setOutput("verdict", report.verdict);
    setOutput("failed-count", report.counts.fail);
    setOutput("unknown-count", report.counts.unknown);
    setOutput("report-json", inputs.reportJson);
    setOutput("sarif-file", inputs.sarifFile);
    if (inputs.vexOut) await writeVex(inputs.vexOut, report);
    const sbom = inputs.attest.sbomOutput ? await (await import("./chunks/sbom-step-72LBLVLY.js")).sbomStep(inputs.attest.sbomOutput, inputs.path, inputs.workspace, env, inputs.attest.sign.includes("sbom") && !inputs.attest.sbom) : void 0;
    if (inputs.attest.sign.length > 0) await (await import("./chunks/attest-step-CJHCLOBB.js")).signStep(inputs.attest, outcome, env, inputs.token, inputs.apiUrl, sbom);
    if (inputs.summary && env.GITHUB_STEP_SUMMARY) await writeSummary((await import("./chunks/markdown-HGWAOSBK.js")).toMarkdown(report));
    if (report.verdict === "fail") {
      setFailed(`chaingate: policy violated (${report.counts.failing} finding${report.counts.failing === 1 ? "" : "s"} over the threshold)`);
      return EXIT_POLICY_VIOLATED;
    }
    return EXIT_PASS;
  } catch (error2) {
    if (error2 instanceof ConfigurationError) {
      setFailed(`chaingate: ${redactProxyCredentials(error2.oneLine(), env)}`);
      return EXIT_CONFIGURATION_ERROR;
    }
    if (error2 instanceof OutputError) {
      setFailed(`chaingate: ${redactProxyCredentials(error2.message, env)}`);
      return EXIT_INTERNAL_ERROR;
    }
    setFailed(
      `chaingate: internal error (please report it): ${redactProxyCredentials(error2 instanceof Error ? error2.stack ?? error2.message : String(error2), env)}`
    );
    return EXIT_INTERNAL_ERROR;
  }
}
async function writeVex(file, report) {
  const document = (await import("./chunks/vex-apply-SFBDF7LU.js")).effectiveVex(report, (/* @__PURE__ */ new Date()).toISOString());
  if (!document) {
    info(`chaingate: no waiver in force on a vulnerability finding: no VEX document written to ${textField(file)}`);
    return;
  }
  writeReportFile(file, [`${JSON.stringify(document, null, 2)}
`], file);
  setOutput("vex-file", file);
}
async function writeSummary(markdown) {
  try {
    await summary.addRaw(markdown).write();
  } catch (error2) {
    warning(`could not write the job summary: ${error2.message}`);
  }
}

// src/action/index.ts
process.exitCode = await run(process.env, { synchronousStdio: true });
