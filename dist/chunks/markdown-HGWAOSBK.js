import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  AREAS,
  MAX_SARIF_RESULTS,
  sarifCapNotice,
  sarifResultCount
} from "./chunk-VZNYH5DF.js";
import {
  mdCode,
  mdText
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/report/markdown.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
var SAFETY_MARGIN = 16 * 1024;
var STATUS_ICON = { fail: "\u274C", unknown: "\u2754", waived: "\u{1F515}", pass: "\u2705" };
function toMarkdown(report, options = {}) {
  const head = `${header(report)}${report.inventory ? inventoryTable(report.inventory) : ""}${report.advisories ? advisoriesLine(report.advisories, report.vex?.documents) : ""}${report.dependencyReview ? dependencyReview(report.dependencyReview) : ""}`;
  const grants = permissionsToGrant(report.findings);
  const footer = [
    grants.length ? `### Permissions that would let chaingate see more

${grants.map((grant) => `- ${grant}`).join("\n")}
` : "",
    sarifNotice(report),
    `<sub>${mdText(report.tool.name)} ${mdText(report.tool.version)} \xB7 policy: ${mdCode(report.policy.source)} (extends ${mdText(report.policy.extends)}, fail-on ${mdText(report.policy.failOn)}, on-unknown ${mdText(report.policy.onUnknown)}${report.policy.minConfidence ? `, min-confidence ${mdText(report.policy.minConfidence)}` : ""}) \xB7 ${report.stats.apiRequests} API requests \xB7 ${report.stats.filesScanned} files \xB7 ${report.stats.durationMs} ms</sub>
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

**${target}**: ${counts.fail} failed (${counts.failing} over the threshold), ${counts.unknown} unknown, ${counts.waived} waived, ${counts.pass} passed${counts.belowMinConfidence !== void 0 ? `; ${counts.belowMinConfidence} less certain left out by min-confidence` : ""}.

`;
}
var REVIEW_ROWS = 100;
function advisoriesLine(advisories, vexDocuments = []) {
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
  if (review.uncompared.length)
    lines.push(`_Not readable at the base, all their packages count as new:_ ${review.uncompared.map((file) => mdCode(file)).join(", ")}`, "");
  const rows = [];
  for (const entry of review.added)
    rows.push(
      `| \u2795 added | ${mdText(entry.ecosystem)} | ${mdCode(entry.name)} | ${mdText(entry.version ?? "unresolved")} | ${mdText(entry.scope)} | ${entry.license ? mdText(entry.license) : ""} | ${mdCode(entry.path)} |`
    );
  for (const entry of review.changed)
    rows.push(
      `| \u{1F501} changed | ${mdText(entry.ecosystem)} | ${mdCode(entry.name)} | ${mdText(entry.from ?? "unresolved")} \u2192 ${mdText(entry.to ?? "unresolved")} | | | ${mdCode(entry.path)} |`
    );
  for (const entry of review.removed)
    rows.push(
      `| \u2796 removed | ${mdText(entry.ecosystem)} | ${mdCode(entry.name)} | ${mdText(entry.version ?? "unresolved")} | ${mdText(entry.scope)} | ${entry.license ? mdText(entry.license) : ""} | ${mdCode(entry.path)} |`
    );
  if (rows.length) lines.push("| Change | Ecosystem | Package | Version | Scope | License | File |", "|---|---|---|---|---|---|---|", ...capped(rows), "");
  if (review.vulnerabilities.length) {
    lines.push(
      `**Vulnerabilities in what the change introduced** (${review.vulnerabilities.length}):`,
      "",
      "| | Severity | Package | Version | Advisories | Fixed in |",
      "|---|---|---|---|---|---|"
    );
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
    lines.push(
      ...capped(
        review.licenseChanges.map(
          (entry) => `| ${mdCode(entry.name)} | ${mdText(entry.version ?? "")} | ${mdText(entry.from ?? "none")} | ${mdText(entry.to ?? "none")} | ${mdCode(entry.path)} |`
        )
      ),
      ""
    );
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
    const parts = [
      ...named.map(([license, count2]) => `${mdText(license)} (${count2})`),
      ...licenses.other ? [`other (${licenses.other})`] : [],
      ...licenses.unknown ? [`unknown (${licenses.unknown})`] : []
    ];
    lines.push("", `Licenses (from ${sources}): ${parts.join(", ")}`);
  }
  return `${lines.join("\n")}

`;
}
function row(finding) {
  const where = finding.location ? mdCode(`${finding.location.path}:${finding.location.startLine}`) : "";
  const detail = [
    mdText(finding.message),
    finding.confidence && finding.confidence !== "high" ? `confidence: ${mdText(finding.confidence)}` : "",
    ...(finding.relatedLocations ?? []).map(
      (related) => `related: ${mdCode(`${related.location.path}:${related.location.startLine}`)} ${mdText(related.message)}`
    ),
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
  SUMMARY_LIMIT_BYTES,
  toMarkdown
};
