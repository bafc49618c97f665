import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  AREAS
} from "./chunk-FXB3ONC3.js";

// src/report/json.ts
function toJson(report) {
  return `${JSON.stringify(report, null, 2)}
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
      for (const [at, finding] of value.entries()) yield `    ${indent(JSON.stringify(finding, null, 2), "    ")}${at < value.length - 1 ? "," : ""}
`;
      yield `  ]${comma}
`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), "  ")}${comma}
`;
    }
  }
  yield "}\n";
}
function indent(json, prefix) {
  return json.includes("\n") ? json.replace(/\n/g, `
${prefix}`) : json;
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
      const grant = finding.permission ? ` (grant ${finding.permission})` : "";
      yield `unknown: ${group.length} checks could not see their data: ${finding.message}${grant}: ${group.map((entry) => entry.rule).join(", ")}`;
      continue;
    }
    yield formatFinding(finding);
  }
  const { counts } = report;
  const target = [report.target.repository, report.target.ref].filter(Boolean).join("@") || report.target.path;
  yield "";
  yield `${report.verdict === "pass" ? "PASS" : "FAIL"} ${target}: ${counts.fail} failed (${counts.failing} over fail-on ${report.policy.failOn}), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed [policy: ${report.policy.source}; ${report.stats.apiRequests} API requests; ${report.stats.durationMs} ms]`;
}
function formatFinding(finding) {
  const where = finding.location ? `${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}: ` : "";
  const extra = [
    finding.permission ? `grant ${finding.permission}` : "",
    finding.waiver ? `waived: ${finding.waiver.reason}` : "",
    finding.fix ? `fix: ${finding.fix}` : ""
  ].filter(Boolean);
  return `${where}${finding.status} ${finding.severity} [${finding.rule}] ${finding.message}${extra.length ? ` (${extra.join("; ")})` : ""}`;
}

// src/report/markdown.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var SAFETY_MARGIN = 16 * 1024;
var STATUS_ICON = { fail: "\u274C", unknown: "\u2754", waived: "\u{1F515}", pass: "\u2705" };
function toMarkdown(report, options = {}) {
  const head = header(report);
  const grants = permissionsToGrant(report.findings);
  const footer = [
    grants.length ? `### Permissions that would let chaingate see more

${grants.map((grant) => `- ${escapeCell(grant)}`).join("\n")}
` : "",
    `<sub>${report.tool.name} ${report.tool.version} \xB7 policy: ${escapeCell(report.policy.source)} (extends ${report.policy.extends}, fail-on ${report.policy.failOn}, on-unknown ${report.policy.onUnknown}) \xB7 ${report.stats.apiRequests} API requests \xB7 ${report.stats.filesScanned} files \xB7 ${report.stats.durationMs} ms</sub>
`
  ].join("\n");
  const cutNotice = "\n_The summary was cut at GitHub's 1 MiB limit; the JSON and SARIF reports have every finding._\n";
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
  const target = [report.target.repository, report.target.ref].filter(Boolean).join(" @ ") || report.target.path;
  const { counts } = report;
  return `## ${verdict}

**${escapeCell(target)}**: ${counts.fail} failed (${counts.failing} over the threshold), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed.

`;
}
function row(finding) {
  const where = finding.location ? `\`${finding.location.path}:${finding.location.startLine}\`` : "";
  const detail = [finding.message, finding.permission ? `grant: ${finding.permission}` : "", finding.waiver ? `waived: ${finding.waiver.reason}` : "", finding.fix ? `fix: \`${finding.fix}\`` : ""].filter(Boolean).join("<br>");
  return `| ${STATUS_ICON[finding.status]} | ${finding.severity} | \`${finding.rule}\` | ${where} | ${escapeCell(detail)} |`;
}
function permissionsToGrant(findings) {
  const grants = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    if (finding.status !== "unknown" || !finding.permission) continue;
    const rules = grants.get(finding.permission) ?? /* @__PURE__ */ new Set();
    rules.add(finding.rule);
    grants.set(finding.permission, rules);
  }
  return [...grants].map(([permission, rules]) => `${permission} (for ${[...rules].join(", ")})`);
}
function count(findings, status) {
  return findings.filter((finding) => finding.status === status).length;
}
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
function escapeCell(text) {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").replace(/</g, "&lt;").replace(/&lt;br>/g, "<br>");
}

export {
  toJson,
  jsonChunks,
  toMarkdown,
  toText,
  textLines,
  formatFinding
};
