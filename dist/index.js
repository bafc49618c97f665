import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  readAttestInputs
} from "./chunks/chunk-GSI7E4BD.js";
import {
  debug,
  endGroup,
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  startGroup,
  summary,
  warning
} from "./chunks/chunk-GUBHCAD4.js";
import "./chunks/chunk-X4KVILXP.js";
import {
  toSarif
} from "./chunks/chunk-DCLANFQW.js";
import {
  FAIL_ON,
  MAX_SARIF_RESULTS,
  apiLimitsFromEnv,
  check,
  findingLines,
  isFailing,
  jsonChunks,
  readEventPayload,
  realPathInside,
  sarifCapNotice,
  sarifResultCount,
  severityRank,
  toMarkdown,
  writeReportFile
} from "./chunks/chunk-3BUNZPHH.js";
import "./chunks/chunk-USOWCHZ6.js";
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
import path2 from "node:path";

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
import path from "node:path";
function optional(name) {
  const value = getInput(name);
  return value === "" ? void 0 : value;
}
function booleanInput(name, fallback) {
  const value = optional(name);
  if (value === void 0) return fallback;
  if (/^(true|yes|on)$/i.test(value)) return true;
  if (/^(false|no|off)$/i.test(value)) return false;
  throw new ConfigurationError(`input ${name} must be true or false, got ${JSON.stringify(value)}`);
}
function listInput(name) {
  return (optional(name) ?? "").split(/[\n,]/).map((item) => item.trim()).filter(Boolean);
}
function insideWorkspace(workspace, given, inputName) {
  return realPathInside(workspace, path.resolve(workspace, given), { name: `input ${inputName} (${given})` });
}
function readInputs(env) {
  const workspace = path.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const token = optional("token");
  const elevatedToken = optional("admin-token");
  const failOn = optional("fail-on");
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new ConfigurationError(`input fail-on must be one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(failOn)}`);
  }
  const onUnknown = optional("on-unknown");
  if (onUnknown !== void 0 && onUnknown !== "warn" && onUnknown !== "fail")
    throw new ConfigurationError(`input on-unknown must be warn or fail, got ${JSON.stringify(onUnknown)}`);
  const outputDirectory = env.RUNNER_TEMP ? path.join(env.RUNNER_TEMP, "chaingate") : path.join(workspace, ".chaingate");
  const outputPath = (name, fallback) => {
    const given = optional(name);
    return given ? insideWorkspace(workspace, given, name) : path.join(outputDirectory, fallback);
  };
  const policy = optional("policy");
  const advisories = optional("advisories");
  const osvUrl = optional("osv-url");
  const vexOut = optional("vex-out");
  const sbomPaths = listInput("check-sbom");
  const sbomOnly = booleanInput("check-sbom-only", false);
  if (sbomOnly && sbomPaths.length === 0) throw new ConfigurationError("input check-sbom-only needs check-sbom (the SBOM files to check)");
  return {
    workspace,
    path: insideWorkspace(workspace, optional("path") ?? ".", "path"),
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
    ...advisories ? { advisories: advisories === "github" || advisories === "osv" ? advisories : path.resolve(workspace, advisories) } : {},
    ...osvUrl ? { osvUrl } : {},
    ...env.RUNNER_TEMP ? { osvCacheDir: path.join(env.RUNNER_TEMP, "chaingate", "osv") } : {},
    // SBOMs are read, never written: like a snapshot directory they may come from an earlier step, outside the workspace.
    sbomPaths: sbomPaths.map((file) => path.resolve(workspace, file)),
    sbomOnly,
    // Written, so inside the workspace (its real path, or for a new file its directory's), like report-json.
    ...vexOut ? { vexOut: insideWorkspace(workspace, vexOut, "vex-out") } : {},
    images: (optional("image") ?? "").split("\n").map((line) => line.trim()).filter(Boolean),
    ...env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {},
    attest: readAttestInputs(env, workspace)
  };
}

// src/action/log.ts
function logUntrusted(lines) {
  const parts = [...lines].flatMap((line) => line.split(/\r\n|\r|\n/));
  if (!parts.some((part) => part.includes("::") || part.includes("##["))) {
    for (const part of parts) info(part);
    return;
  }
  const token = `chaingate-${process.getBuiltinModule("node:crypto").randomBytes(16).toString("hex")}`;
  info(`::stop-commands::${token}`);
  try {
    for (const part of parts) info(textLine(part));
  } finally {
    info(`::${token}::`);
  }
}

// src/action/main.ts
async function run(env = process.env) {
  try {
    const inputs = readInputs(env);
    const outcome = await check({
      path: inputs.path,
      displayPath: path2.relative(inputs.workspace, inputs.path) || ".",
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
      await (await import("./chunks/attest-step-K4DHVJYA.js")).verifyStep(inputs.attest, outcome, env, advisories);
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
    const sbom = inputs.attest.sbomOutput ? await (await import("./chunks/sbom-step-C2SGLO47.js")).sbomStep(inputs.attest.sbomOutput, inputs.path, inputs.workspace, env, inputs.attest.sign.includes("sbom") && !inputs.attest.sbom) : void 0;
    if (inputs.attest.sign.length > 0) await (await import("./chunks/attest-step-K4DHVJYA.js")).signStep(inputs.attest, outcome, env, inputs.token, inputs.apiUrl, sbom);
    if (inputs.summary && env.GITHUB_STEP_SUMMARY) await writeSummary(toMarkdown(report));
    if (report.verdict === "fail") {
      setFailed(`chaingate: policy violated (${report.counts.failing} finding${report.counts.failing === 1 ? "" : "s"} over the threshold)`);
      return EXIT_POLICY_VIOLATED;
    }
    return EXIT_PASS;
  } catch (error2) {
    if (error2 instanceof ConfigurationError) {
      setFailed(`chaingate: ${error2.oneLine()}`);
      return EXIT_CONFIGURATION_ERROR;
    }
    if (error2 instanceof OutputError) {
      setFailed(`chaingate: ${error2.message}`);
      return EXIT_INTERNAL_ERROR;
    }
    setFailed(`chaingate: internal error (please report it): ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`);
    return EXIT_INTERNAL_ERROR;
  }
}
async function writeVex(file, report) {
  const document = (await import("./chunks/vex-apply-BJIUKEZX.js")).effectiveVex(report, (/* @__PURE__ */ new Date()).toISOString());
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
process.exitCode = await run();
