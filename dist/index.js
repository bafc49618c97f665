import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  buildContext,
  resolveServices,
  verdictContext
} from "./chunks/chunk-QMYRRYJV.js";
import {
  PREDICATE_ALIASES
} from "./chunks/chunk-GFAK3SIK.js";
import {
  readEventPayload
} from "./chunks/chunk-6LBULOWU.js";
import "./chunks/chunk-R5KJH3Q2.js";
import {
  formatFinding,
  toJson,
  toMarkdown
} from "./chunks/chunk-CDZANM46.js";
import {
  FAIL_ON
} from "./chunks/chunk-2YOLYOSH.js";
import {
  toSarif
} from "./chunks/chunk-POI5U77T.js";
import {
  check
} from "./chunks/chunk-Z45MWMOX.js";
import {
  compareFindings,
  isFailing
} from "./chunks/chunk-DSCQLN5J.js";
import {
  Workspace,
  isInside
} from "./chunks/chunk-GDBSTJRP.js";
import "./chunks/chunk-247YUSNW.js";
import "./chunks/chunk-Y5FS5LJJ.js";
import "./chunks/chunk-544V3MJZ.js";
import "./chunks/chunk-VZTGPMIU.js";
import "./chunks/chunk-QKB5233U.js";
import "./chunks/chunk-NK2VMPGZ.js";
import "./chunks/chunk-S4776SU2.js";
import {
  SEVERITIES,
  severityRank
} from "./chunks/chunk-FXB3ONC3.js";
import {
  RequestCounter
} from "./chunks/chunk-FN35NV3Z.js";
import {
  ConfigurationError,
  EXIT_CONFIGURATION_ERROR,
  EXIT_INTERNAL_ERROR,
  EXIT_PASS,
  EXIT_POLICY_VIOLATED
} from "./chunks/chunk-CFOVC3TA.js";
import "./chunks/chunk-7EKOSLSY.js";

// src/action/main.ts
import fs4 from "node:fs";
import path3 from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}

// src/report/annotations.ts
var MAX_ANNOTATIONS = 50;
function annotationsFor(report, limit = MAX_ANNOTATIONS) {
  const relevant = report.findings.filter((finding) => finding.status === "fail").sort((a, b) => severityRank(b.severity) - severityRank(a.severity));
  const out = relevant.slice(0, limit).map((finding) => toAnnotation(finding, isFailing(finding, report.policy) ? "error" : "warning"));
  if (relevant.length > limit) {
    out.push({ level: "notice", title: "chaingate", message: `${relevant.length - limit} more findings are in the job summary and the SARIF/JSON reports` });
  }
  return out;
}
function toAnnotation(finding, level) {
  const annotation = {
    level,
    title: `chaingate ${finding.rule} (${finding.severity})`,
    message: finding.fix ? `${finding.message}
Fix: ${finding.fix}` : finding.message
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

// src/action/inputs.ts
import path2 from "node:path";

// src/action/attest-step.ts
import fs3 from "node:fs";
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
  if (runner !== "github-hosted" && runner !== "self-hosted" && runner !== "any") throw new ConfigurationError(`input runner-environment must be github-hosted, self-hosted or any, got ${JSON.stringify(runner)}`);
  const predicateOption = optional("verify-predicate-type") ?? "provenance";
  const predicateType = predicateOption in PREDICATE_ALIASES ? PREDICATE_ALIASES[predicateOption] : predicateOption;
  const signerWorkflow = optional("signer-workflow");
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
    ...optionalEntry("predicateType", predicateType),
    ...optionalEntry("key", optional("verify-key"))
  } : null;
  return {
    sign,
    signOnFail: flag("sign-on-fail"),
    subjectPaths: list("subject-path"),
    subjectChecksums: list("subject-checksums"),
    subjects: list("subject"),
    ...optionalEntry("sbom", optional("sbom")),
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
function isPrivateRepository(env) {
  if (!env.GITHUB_EVENT_PATH) return false;
  try {
    const payload = JSON.parse(fs3.readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    const visibility = payload.repository?.visibility;
    return visibility !== void 0 ? visibility !== "public" : payload.repository?.private === true;
  } catch {
    return false;
  }
}
function optionalEntry(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
async function verifyStep(attest, outcome, env) {
  const options = attest.verify;
  if (!options) return;
  const verifyModule = await import("./chunks/verify-7ALMBZ57.js");
  const workspace = new Workspace(outcome.workspace.root);
  const repository = options.signerRepo ? verifyModule.parseRepositoryPolicy(options.signerRepo) : void 0;
  const workflow = options.signerWorkflow ? verifyModule.parseWorkflowPolicy(options.signerWorkflow) : void 0;
  const resolve = (file) => workspace.resolve(file);
  const trust = options.trustedRoot === void 0 || options.trustedRoot === "public-good" ? options.key && options.trustedRoot === void 0 ? void 0 : { kind: "public-good" } : options.trustedRoot === "github" ? { kind: "github", rootPath: resolve(requireValue(options.tufRoot, "tuf-root (for trusted-root: github)")) } : { kind: "file", path: resolve(options.trustedRoot), shown: options.trustedRoot };
  const verified = await verifyModule.verify({
    workspace,
    subjectPaths: options.subjectPaths,
    images: options.images,
    manifests: options.manifests,
    ...options.bundle ? { bundlePath: resolve(options.bundle) } : {},
    ...trust ? { trust } : {},
    identity: { issuer: options.issuer, ...repository ? { repository } : {}, ...workflow ? { workflow } : {}, runnerEnvironment: options.runnerEnvironment, serverUrl: env.GITHUB_SERVER_URL || "https://github.com" },
    ...options.key ? { publicKeyPem: fs3.readFileSync(resolve(options.key), "utf8") } : {},
    ...options.predicateType ? { predicateType: options.predicateType } : {},
    ...env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}
  });
  outcome.report = mergeFindings(outcome.report, verified.report.findings);
  outcome.rules = [...outcome.rules, ...verified.rules.filter((rule) => !outcome.rules.some((existing) => existing.meta.id === rule.meta.id))];
  setOutput("verified-count", verified.verified);
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
async function signStep(attest, outcome, env, token, apiUrl) {
  if (attest.sign.length === 0) return;
  if (outcome.report.verdict !== "pass" && !attest.signOnFail) {
    info("chaingate: not signing: the verdict is fail");
    return;
  }
  const attestModule = await import("./chunks/attest-VFQOXG5B.js");
  const { ciIdentityProvider } = await import("./chunks/identity-token-3TWNEF32.js");
  const { validateServiceUrl } = await import("./chunks/sign-FXVWI3WB.js");
  const services = resolveServices(
    { ...optionalEntry("fulcio-url", attest.fulcioUrl), ...optionalEntry("rekor-url", attest.rekorUrl), ...optionalEntry("tsa-url", attest.tsaUrl), ...optionalEntry("instance", attest.instance) },
    validateServiceUrl
  );
  const method = attest.signingKey ? { kind: "key", signer: attestModule.pemKeySigner(attest.signingKey, attest.signingKeyPassword), ...services.witnessesForKey } : { kind: "keyless", identityProvider: ciIdentityProvider(env), fulcioUrl: services.fulcioUrl, ...services.witnesses };
  let attestationsApi;
  if (attest.attestationsApi) {
    if (!token) throw new ConfigurationError("input attestations-api needs the token input (with attestations: write)");
    if (!env.GITHUB_REPOSITORY) throw new ConfigurationError("input attestations-api needs GITHUB_REPOSITORY");
    attestationsApi = { client: (await import("./chunks/client-KJHGHNQA.js")).createGitHubClient({ token, apiUrl, counter: new RequestCounter(), userAgent: "chaingate-action" }), repository: env.GITHUB_REPOSITORY };
  }
  const workspace = new Workspace(outcome.workspace.root);
  const bundles = [];
  for (const predicate of attest.sign) {
    const result = await attestModule.sign({
      workspace,
      subjectPaths: attest.subjectPaths,
      subjectChecksums: attest.subjectChecksums,
      images: attest.subjects,
      predicate,
      ...attest.sbom ? { sbomPath: attest.sbom } : {},
      ...predicate === "verdict" ? { report: outcome.report, verdict: verdictContext(outcome.report, env, workspace.root) } : {},
      build: buildContext(env),
      method,
      bundleOut: path.join(attest.bundleDir, `${predicate}.sigstore.json`),
      ...attestationsApi ? { attestationsApi } : {},
      pushToRegistry: attest.pushToRegistry,
      ...env.DOCKER_CONFIG ? { dockerConfigDir: env.DOCKER_CONFIG } : {}
    });
    bundles.push(result.bundlePath);
    info(`chaingate: signed ${result.subjects.length} subject(s) (${result.statement.predicateType}) into ${result.bundlePath}`);
    if (result.attestationId) setOutput(`${predicate}-attestation-id`, result.attestationId);
    for (const pushed of result.pushed) info(`chaingate: attached to ${pushed.image} as ${pushed.referrer}`);
  }
  setOutput("bundle-paths", bundles.join("\n"));
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
function insideWorkspace(workspace, given, inputName) {
  const resolved = path2.resolve(workspace, given);
  if (!isInside(workspace, resolved)) throw new ConfigurationError(`input ${inputName} (${given}) points outside the workspace`);
  return resolved;
}
function readInputs(env) {
  const workspace = path2.resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const token = optional2("token");
  const elevatedToken = optional2("admin-token");
  const failOn = optional2("fail-on");
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new ConfigurationError(`input fail-on must be one of ${FAIL_ON.join(", ")}, got ${JSON.stringify(failOn)}`);
  }
  const onUnknown = optional2("on-unknown");
  if (onUnknown !== void 0 && onUnknown !== "warn" && onUnknown !== "fail") throw new ConfigurationError(`input on-unknown must be warn or fail, got ${JSON.stringify(onUnknown)}`);
  const outputDirectory = env.RUNNER_TEMP ? path2.join(env.RUNNER_TEMP, "chaingate") : path2.join(workspace, ".chaingate");
  const outputPath = (name, fallback) => {
    const given = optional2(name);
    return given ? insideWorkspace(workspace, given, name) : path2.join(outputDirectory, fallback);
  };
  const policy = optional2("policy");
  return {
    workspace,
    path: insideWorkspace(workspace, optional2("path") ?? ".", "path"),
    ...policy ? { policyPath: insideWorkspace(workspace, policy, "policy") } : {},
    ...token ? { token } : {},
    ...elevatedToken ? { elevatedToken } : {},
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
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
    attest: readAttestInputs(env, workspace)
  };
}

// src/action/main.ts
async function run(env = process.env) {
  try {
    const inputs = readInputs(env);
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
      ...inputs.failOn ? { failOn: inputs.failOn } : {},
      ...inputs.onUnknown ? { onUnknown: inputs.onUnknown } : {},
      event: inputs.event,
      log: { debug, info, warn: warning, error }
    });
    await verifyStep(inputs.attest, outcome, env);
    const { report } = outcome;
    const textOf = (file) => outcome.workspace.cachedText(file);
    writeFile2(inputs.reportJson, toJson(report));
    writeFile2(inputs.sarifFile, `${JSON.stringify(toSarif(report, outcome.rules, { textOf }), null, 2)}
`);
    startGroup(`chaingate: ${report.counts.fail} failed, ${report.counts.unknown} unknown, ${report.counts.pass} passed`);
    for (const finding of report.findings) info(formatFinding(finding));
    endGroup();
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
    await signStep(inputs.attest, outcome, env, inputs.token, inputs.apiUrl);
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
    setFailed(`chaingate: internal error (please report it): ${error2 instanceof Error ? error2.stack ?? error2.message : String(error2)}`);
    return EXIT_INTERNAL_ERROR;
  }
}
function writeFile2(file, content) {
  try {
    fs4.mkdirSync(path3.dirname(file), { recursive: true });
    fs4.writeFileSync(file, content);
  } catch (error2) {
    throw new ConfigurationError(`cannot write ${file}: ${error2.code ?? error2.message}`);
  }
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
