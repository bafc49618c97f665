import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  AREAS
} from "./chunk-34N4RHII.js";
import {
  isInside
} from "./chunk-LC5GA6DZ.js";
import {
  jsonText,
  mdCode,
  mdText,
  textField,
  textLine
} from "./chunk-GYGK5XDF.js";
import {
  ConfigurationError,
  writeError
} from "./chunk-TITGSPWO.js";

// src/event-payload.ts
import fs from "node:fs";
function readEventPayload(env) {
  const name = env.GITHUB_EVENT_NAME;
  const file = env.GITHUB_EVENT_PATH;
  if (!name) return null;
  if (!file || !fs.existsSync(file)) return { name, payload: {} };
  try {
    return { name, payload: JSON.parse(fs.readFileSync(file, "utf8")) };
  } catch (error) {
    throw new ConfigurationError(`cannot read the event payload: ${error.message}`, { file });
  }
}

// src/policy/types.ts
var PRESETS = ["baseline", "strict", "none"];
var FAIL_ON = ["critical", "high", "medium", "low", "none"];

// src/report/json.ts
function toJson(report) {
  return `${jsonText(JSON.stringify(report, null, 2))}
`;
}
function* jsonChunks(report) {
  const keys = Object.keys(report).filter((key) => report[key] !== void 0);
  yield "{\n";
  for (const [index, key] of keys.entries()) {
    const comma = index < keys.length - 1 ? "," : "";
    const value = report[key];
    if (key === "findings" && Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [
`;
      for (const [at, finding] of value.entries()) yield `    ${indent(jsonText(JSON.stringify(finding, null, 2)), "    ")}${at < value.length - 1 ? "," : ""}
`;
      yield `  ]${comma}
`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(jsonText(JSON.stringify(value, null, 2)), "  ")}${comma}
`;
    }
  }
  yield "}\n";
}
function indent(json, prefix) {
  return json.includes("\n") ? json.replace(/\n/g, `
${prefix}`) : json;
}

// src/report/sarif-limits.ts
var MAX_SARIF_RESULTS = 25e3;
function sarifResultCount(report) {
  let count2 = 0;
  for (const finding of report.findings) if (finding.status === "fail" || finding.status === "waived") count2 += 1;
  return count2;
}
function sarifCapNotice(total) {
  return `The SARIF file holds the ${thousands(MAX_SARIF_RESULTS)} most severe of ${thousands(total)} failing and waived findings (code scanning takes at most ${thousands(MAX_SARIF_RESULTS)} results per run); the JSON report (the action's report-json output, or check --format json) has every finding.`;
}
function thousands(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// src/report/stream.ts
import fs2 from "node:fs";
import path from "node:path";
function writeInBatches(pieces, write, batchChars = 65536) {
  let batch = [];
  let size = 0;
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= batchChars) {
      write(batch.join(""));
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) write(batch.join(""));
}
function* withLineBreaks(lines) {
  for (const line of lines) yield `${line}
`;
}
var WRITE_FLAGS = fs2.constants.O_WRONLY | fs2.constants.O_CREAT | fs2.constants.O_TRUNC | (fs2.constants.O_NOFOLLOW ?? 0);
function writeFileInPieces(file, pieces) {
  fs2.mkdirSync(path.dirname(file), { recursive: true });
  const fd = fs2.openSync(file, WRITE_FLAGS, 420);
  try {
    writeInBatches(pieces, (text) => {
      const bytes2 = Buffer.from(text, "utf8");
      for (let offset = 0; offset < bytes2.length; ) offset += fs2.writeSync(fd, bytes2, offset, bytes2.length - offset);
    });
  } finally {
    fs2.closeSync(fd);
  }
}
function writeReportFile(file, pieces, shown) {
  try {
    writeFileInPieces(file, pieces);
  } catch (error) {
    throw writeError(shown, error);
  }
}

// src/report/text.ts
function toText(report, options = {}) {
  return `${[...textLines(report, options)].join("\n")}
`;
}
function* textLines(report, options = {}) {
  const grouped = /* @__PURE__ */ new Map();
  for (const finding of report.findings) {
    if (finding.status !== "unknown" || finding.location || options.verbose) continue;
    const key = `${finding.message}\0${finding.permission ?? ""}`;
    const group = grouped.get(key);
    if (group) group.push(finding);
    else grouped.set(key, [finding]);
  }
  const printedGroups = /* @__PURE__ */ new Set();
  for (const finding of report.findings) {
    if (finding.status === "pass" && !options.verbose) continue;
    const key = `${finding.message}\0${finding.permission ?? ""}`;
    const group = finding.status === "unknown" && !finding.location && !options.verbose ? grouped.get(key) : void 0;
    if (group && group.length > 1) {
      if (printedGroups.has(key)) continue;
      printedGroups.add(key);
      const grant = finding.permission ? ` (grant ${textField(finding.permission)})` : "";
      yield `unknown: ${group.length} checks could not see their data: ${textField(finding.message)}${grant}: ${group.map((entry) => textField(entry.rule)).join(", ")}`;
      continue;
    }
    yield formatFinding(finding);
  }
  const { counts } = report;
  const target = [report.target.repository, report.target.ref].filter(Boolean).join("@") || report.target.path;
  yield "";
  if (report.inventory) yield* inventoryLines(report.inventory);
  if (report.advisories) yield textLine(advisoriesLine(report));
  if (report.dependencyReview) {
    const review = report.dependencyReview;
    yield textLine(`dependency review against ${textField(review.base.slice(0, 12))} (${textField(review.event)}): ${review.added.length} added, ${review.removed.length} removed, ${review.changed.length} changed; ${review.vulnerabilities.length} advisories in what the change introduced`);
  }
  yield `${report.verdict === "pass" ? "PASS" : "FAIL"} ${textField(target)}: ${counts.fail} failed (${counts.failing} over fail-on ${report.policy.failOn}), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed [policy: ${textField(report.policy.source)}; ${report.stats.apiRequests} API requests; ${report.stats.durationMs} ms]`;
}
function advisoriesLine(report) {
  const advisories = report.advisories;
  const vex = report.vex?.documents.length ? `; VEX: ${report.vex.documents.map((document) => textField(document)).join(", ")}` : "";
  if (advisories.source === null) return `advisories: none read (${textField(advisories.reason)})${vex}`;
  const { kind, location, snapshot } = advisories.source;
  return `advisories: ${kind} ${textField(location)}${snapshot ? ` (snapshot ${textField(snapshot)})` : ""}: ${advisories.checked} packages checked, ${advisories.matches} matched${advisories.unchecked ? `, ${advisories.unchecked} could not be checked` : ""}${vex}`;
}
function formatFinding(finding) {
  const where = finding.location ? `${textField(finding.location.path)}:${finding.location.startLine}:${finding.location.startColumn}: ` : "";
  const extra = [
    finding.permission ? `grant ${textField(finding.permission)}` : "",
    finding.waiver ? `waived: ${textField(finding.waiver.reason)}` : "",
    finding.fix ? `fix: ${textField(finding.fix)}` : ""
  ].filter(Boolean);
  return textLine(`${where}${finding.status} ${finding.severity} [${textField(finding.rule)}] ${textField(finding.message)}${extra.length ? ` (${extra.join("; ")})` : ""}`);
}
function printable(text) {
  return textField(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`));
}
function* inventoryLines(inventory) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  yield `inventory: ${plural(inventory.packages, "package")} in ${plural(inventory.files, "file")}${inventory.problems ? ` (${plural(inventory.problems, "file")} could not be read)` : ""}${inventory.skipped ? `; ${plural(inventory.skipped, "lockfile")} left out by ignore-paths` : ""}`;
  for (const entry of inventory.ecosystems) {
    const scopes = ["runtime", "dev", "optional", "unknown"].filter((scope) => entry.scopes[scope] > 0).map((scope) => `${entry.scopes[scope]} ${scope === "unknown" ? "scope unknown" : scope}`);
    yield `  ${printable(entry.ecosystem)}: ${plural(entry.packages, "package")} (${scopes.join(", ")}) in ${plural(entry.files, "file")}`;
  }
}

// src/workspace/real-path.ts
import fs3 from "node:fs";
import path2 from "node:path";
function realPathInside(root, absolute, options) {
  const realRoot = realOrSelf(root);
  const lexicallyInside = isInside(root, absolute) || isInside(realRoot, absolute);
  if (!lexicallyInside && !options.allowOutside) throw new ConfigurationError(`${options.name} points outside the workspace`);
  const real = realPathForWrite(absolute, options.name);
  if (lexicallyInside && !isInside(realRoot, real)) throw new ConfigurationError(`${options.name} leads outside the workspace through a symbolic link`);
  return real;
}
function realOrSelf(file) {
  try {
    return fs3.realpathSync.native(file);
  } catch {
    return path2.resolve(file);
  }
}
function realPathForWrite(absolute, name) {
  const missing = [];
  for (let current = path2.resolve(absolute); ; current = path2.dirname(current)) {
    let stat;
    try {
      stat = fs3.lstatSync(current);
    } catch {
      stat = void 0;
    }
    if (stat) {
      let real;
      try {
        real = fs3.realpathSync.native(current);
      } catch {
        throw new ConfigurationError(`${name} goes through a symbolic link that points nowhere (${current})`);
      }
      return path2.join(real, ...missing.reverse());
    }
    if (path2.dirname(current) === current) return path2.resolve(absolute);
    missing.push(path2.basename(current));
  }
}

// src/report/markdown.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var SAFETY_MARGIN = 16 * 1024;
var STATUS_ICON = { fail: "\u274C", unknown: "\u2754", waived: "\u{1F515}", pass: "\u2705" };
function toMarkdown(report, options = {}) {
  const head = `${header(report)}${report.inventory ? inventoryTable(report.inventory) : ""}${report.advisories ? advisoriesLine2(report.advisories, report.vex?.documents) : ""}${report.dependencyReview ? dependencyReview(report.dependencyReview) : ""}`;
  const grants = permissionsToGrant(report.findings);
  const footer = [
    grants.length ? `### Permissions that would let chaingate see more

${grants.map((grant) => `- ${grant}`).join("\n")}
` : "",
    sarifNotice(report),
    `<sub>${mdText(report.tool.name)} ${mdText(report.tool.version)} \xB7 policy: ${mdCode(report.policy.source)} (extends ${mdText(report.policy.extends)}, fail-on ${mdText(report.policy.failOn)}, on-unknown ${mdText(report.policy.onUnknown)}) \xB7 ${report.stats.apiRequests} API requests \xB7 ${report.stats.filesScanned} files \xB7 ${report.stats.durationMs} ms</sub>
`
  ].filter(Boolean).join("\n");
  const cutNotice = "\n_The summary was cut at GitHub's 1 MiB limit; the JSON report has every finding._\n";
  let budget = (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - SAFETY_MARGIN - bytes(head) - bytes(footer) - bytes(cutNotice);
  const body = [];
  let cut = false;
  const add = (line) => {
    const size = bytes(line) + 1;
    if (cut || size > budget) {
      cut = true;
      return false;
    }
    budget -= size;
    body.push(line);
    return true;
  };
  for (const area of AREAS) {
    const inArea = report.findings.filter((finding) => finding.area === area && finding.status !== "pass");
    const passed = report.findings.filter((finding) => finding.area === area && finding.status === "pass").length;
    if (inArea.length === 0 && passed === 0) continue;
    add(`### ${capitalise(area)}`);
    add("");
    add(`${passed} passed, ${count(inArea, "fail")} failed, ${count(inArea, "unknown")} unknown, ${count(inArea, "waived")} waived`);
    add("");
    if (inArea.length > 0) {
      add("| | Severity | Rule | Where | Finding |");
      add("|---|---|---|---|---|");
      for (const finding of inArea) if (!add(row(finding))) break;
      add("");
    }
  }
  return `${head}${body.join("\n")}
${cut ? cutNotice : ""}
${footer}`;
}
function bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
function header(report) {
  const verdict = report.verdict === "pass" ? "\u2705 chaingate: pass" : "\u274C chaingate: fail";
  const target = [report.target.repository, report.target.ref].filter((part) => Boolean(part)).map(mdText).join(" @ ") || mdText(report.target.path);
  const { counts } = report;
  return `## ${verdict}

**${target}**: ${counts.fail} failed (${counts.failing} over the threshold), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed.

`;
}
var REVIEW_ROWS = 100;
function advisoriesLine2(advisories, vexDocuments = []) {
  const vex = vexDocuments.length ? ` VEX: ${vexDocuments.map((document) => mdCode(document)).join(", ")}.` : "";
  if (advisories.source === null) return `Advisories: none read (${mdText(advisories.reason)}).${vex}

`;
  const { kind, location, snapshot } = advisories.source;
  const name = kind === "github" ? "GitHub's advisory database" : kind === "osv" ? "the OSV API" : "an OSV snapshot";
  return `Advisories: ${name} ${mdCode(location)}${snapshot ? `, snapshot of ${mdText(snapshot)}` : ""}: ${advisories.checked} packages checked, ${advisories.matches} advisories matched${advisories.unchecked ? `, ${advisories.unchecked} packages could not be checked` : ""}.${vex}

`;
}
function dependencyReview(review) {
  const files = review.changedFiles.length;
  const lines = [
    "### Dependency changes",
    "",
    `Compared with the base ${mdCode(review.base.slice(0, 12))} (${mdText(review.event)}): ${review.added.length} added, ${review.removed.length} removed, ${review.changed.length} changed in ${files} file${files === 1 ? "" : "s"}.`,
    ""
  ];
  if (review.uncompared.length) lines.push(`_Not readable at the base, all their packages count as new:_ ${review.uncompared.map((file) => mdCode(file)).join(", ")}`, "");
  const rows = [];
  for (const entry of review.added) rows.push(`| \u2795 added | ${mdText(entry.ecosystem)} | ${mdCode(entry.name)} | ${mdText(entry.version ?? "unresolved")} | ${mdText(entry.scope)} | ${entry.license ? mdText(entry.license) : ""} | ${mdCode(entry.path)} |`);
  for (const entry of review.changed) rows.push(`| \u{1F501} changed | ${mdText(entry.ecosystem)} | ${mdCode(entry.name)} | ${mdText(entry.from ?? "unresolved")} \u2192 ${mdText(entry.to ?? "unresolved")} | | | ${mdCode(entry.path)} |`);
  for (const entry of review.removed) rows.push(`| \u2796 removed | ${mdText(entry.ecosystem)} | ${mdCode(entry.name)} | ${mdText(entry.version ?? "unresolved")} | ${mdText(entry.scope)} | ${entry.license ? mdText(entry.license) : ""} | ${mdCode(entry.path)} |`);
  if (rows.length) lines.push("| Change | Ecosystem | Package | Version | Scope | License | File |", "|---|---|---|---|---|---|---|", ...capped(rows), "");
  if (review.vulnerabilities.length) {
    lines.push(`**Vulnerabilities in what the change introduced** (${review.vulnerabilities.length}):`, "", "| | Severity | Package | Version | Advisories | Fixed in |", "|---|---|---|---|---|---|");
    const icon = (status) => STATUS_ICON[status] ?? "";
    lines.push(
      ...capped(
        review.vulnerabilities.map(
          (entry) => `| ${icon(entry.status)} | ${mdText(entry.severity)} | ${mdCode(entry.name)} | ${mdText(entry.version ?? "")} | ${entry.advisories.map((id) => mdCode(id)).join(" ")} | ${entry.fixedVersions.length ? entry.fixedVersions.map((version) => mdText(version)).join(", ") : "no fix"} |`
        )
      ),
      ""
    );
  } else lines.push("No known vulnerability in what the change introduced.", "");
  if (review.licenseChanges.length) {
    lines.push(`**License changes** (${review.licenseChanges.length}):`, "", "| Package | Version | From | To | File |", "|---|---|---|---|---|");
    lines.push(...capped(review.licenseChanges.map((entry) => `| ${mdCode(entry.name)} | ${mdText(entry.version ?? "")} | ${mdText(entry.from ?? "none")} | ${mdText(entry.to ?? "none")} | ${mdCode(entry.path)} |`)), "");
  }
  return `${lines.join("\n")}
`;
}
function capped(rows) {
  return rows.length <= REVIEW_ROWS ? rows : [...rows.slice(0, REVIEW_ROWS), `| | | _and ${rows.length - REVIEW_ROWS} more (see the JSON report)_ | | | | |`];
}
function inventoryTable(inventory) {
  if (inventory.packages === 0 && inventory.problems === 0) return "";
  const lines = [
    "### Dependency inventory",
    "",
    `${inventory.packages} packages from ${inventory.files} files${inventory.problems ? `, ${inventory.problems} file${inventory.problems === 1 ? "" : "s"} could not be read` : ""}.`,
    "",
    "| Ecosystem | Files | Packages | Direct | Runtime | Dev | Optional | Scope unknown |",
    "|---|---:|---:|---:|---:|---:|---:|---:|"
  ];
  for (const entry of inventory.ecosystems) {
    const { runtime, dev, optional, unknown } = entry.scopes;
    lines.push(`| ${mdText(entry.ecosystem)} | ${entry.files} | ${entry.packages} | ${entry.direct} | ${runtime} | ${dev} | ${optional} | ${unknown} |`);
  }
  const { licenses } = inventory;
  const named = Object.entries(licenses.byLicense);
  if (named.length > 0 || licenses.unknown > 0) {
    const sources = licenses.sources.map((source) => source === "github" ? "GitHub's SBOM export" : source === "installed" ? "installed metadata" : "lockfiles").join(", ");
    const parts = [...named.map(([license, count2]) => `${mdText(license)} (${count2})`), ...licenses.other ? [`other (${licenses.other})`] : [], ...licenses.unknown ? [`unknown (${licenses.unknown})`] : []];
    lines.push("", `Licenses (from ${sources}): ${parts.join(", ")}`);
  }
  return `${lines.join("\n")}

`;
}
function row(finding) {
  const where = finding.location ? mdCode(`${finding.location.path}:${finding.location.startLine}`) : "";
  const detail = [
    mdText(finding.message),
    finding.permission ? `grant: ${mdText(finding.permission)}` : "",
    finding.waiver ? `waived: ${mdText(finding.waiver.reason)}` : "",
    finding.fix ? `fix: ${mdCode(finding.fix, { multiline: true })}` : ""
  ].filter(Boolean).join("<br>");
  return `| ${STATUS_ICON[finding.status]} | ${mdText(finding.severity)} | ${mdCode(finding.rule)} | ${where} | ${detail} |`;
}
function sarifNotice(report) {
  const total = sarifResultCount(report);
  if (total <= MAX_SARIF_RESULTS) return "";
  return `_${sarifCapNotice(total)}_
`;
}
function permissionsToGrant(findings) {
  const grants = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.status !== "unknown" || !finding.permission) continue;
    const rules = grants.get(finding.permission) ?? /* @__PURE__ */ new Set();
    rules.add(finding.rule);
    grants.set(finding.permission, rules);
  }
  return [...grants].map(([permission, rules]) => `${mdText(permission)} (for ${[...rules].map((rule) => mdCode(rule)).join(", ")})`);
}
function count(findings, status) {
  return findings.filter((finding) => finding.status === status).length;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export {
  readEventPayload,
  PRESETS,
  FAIL_ON,
  toJson,
  jsonChunks,
  MAX_SARIF_RESULTS,
  sarifResultCount,
  sarifCapNotice,
  toMarkdown,
  writeInBatches,
  withLineBreaks,
  WRITE_FLAGS,
  writeReportFile,
  toText,
  textLines,
  formatFinding,
  realPathInside
};
