import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  VexError,
  decidingStatement,
  openVexDocument,
  readVex,
  suppresses
} from "./chunk-MYVWNIPC.js";
import {
  jsonErrorLine,
  jsonErrorMessage
} from "./chunk-PWQCIXAS.js";
import "./chunk-UQPVNOZB.js";
import "./chunk-NHOZRFUV.js";
import {
  globMatcher
} from "./chunk-VZNYH5DF.js";
import {
  ConfigurationError
} from "./chunk-MDAZFAAI.js";
import "./chunk-RQ4SWRSA.js";

// src/advisories/vex-apply.ts
import { createHash } from "node:crypto";
var VEX_LOCATIONS = [".vex/**/*.json", ".github/vex/**/*.json", "**/*.openvex.json", "**/*.vex.json"];
var MAX_VEX_BYTES = 32 * 1024 * 1024;
function loadVex(workspace, policyGlobs = []) {
  const conventional = globMatcher(VEX_LOCATIONS);
  const named = globMatcher(policyGlobs);
  const documents = workspace.files().filter((file) => !/(^|\/)node_modules\//.test(file) && (conventional(file) && !workspace.isIgnored(file) || policyGlobs.length > 0 && named(file))).sort();
  for (const pattern of policyGlobs) {
    if (!/[*?[{]/.test(pattern) && !documents.includes(pattern))
      throw new ConfigurationError(`the policy's vex: names ${pattern}, which is not in the repository`);
  }
  const statements = [];
  for (const file of documents) {
    const read = workspace.readText(file, MAX_VEX_BYTES);
    if (!read.ok) throw new ConfigurationError(`VEX document could not be read: ${read.reason}`, { file });
    let document;
    try {
      document = JSON.parse(read.text);
    } catch (error) {
      throw new ConfigurationError(`VEX document is not JSON: ${jsonErrorMessage(error)}`, { file, line: jsonErrorLine(read.text, error) });
    }
    try {
      statements.push(...readVex(document, file));
    } catch (error) {
      if (error instanceof VexError)
        throw new ConfigurationError(error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message, { file });
      throw error;
    }
  }
  return { documents, statements };
}
function applyVex(findings, statements) {
  if (statements.length === 0) return findings;
  return findings.map((finding) => {
    if (finding.status !== "fail" || !finding.advisories || !finding.purl) return finding;
    const purl = finding.purl;
    let statement = decidingStatement(statements, finding.advisories, purl);
    let covering = [];
    if (!statement && finding.covers && finding.covers.length > 0) {
      const each = finding.covers.map((id) => decidingStatement(statements, [id], purl));
      if (each.every((one) => one !== void 0 && suppresses(one))) {
        covering = each;
        statement = covering[0];
      }
    }
    if (!statement || !suppresses(statement)) return finding;
    const reason = covering.length > 0 ? `VEX statements for every vulnerability it fixes (${covering.map((one) => `${one.source.path} statement ${one.source.statement}: ${one.status}`).join("; ")})` : `VEX ${[statement.status, statement.justification, statement.impact].filter(Boolean).join(": ")} (${statement.source.path}, statement ${statement.source.statement})`;
    return {
      ...finding,
      status: "waived",
      waiver: {
        source: "vex",
        reason,
        location: { path: statement.source.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        vex: {
          document: statement.source.path,
          statement: statement.source.statement,
          status: statement.status,
          ...statement.justification ? { justification: statement.justification } : {},
          format: statement.source.format
        }
      }
    };
  });
}
var OPENVEX_JUSTIFICATIONS = /* @__PURE__ */ new Set([
  "component_not_present",
  "vulnerable_code_not_present",
  "vulnerable_code_not_in_execute_path",
  "vulnerable_code_cannot_be_controlled_by_adversary",
  "inline_mitigations_already_exist"
]);
var FROM_CYCLONEDX = {
  code_not_present: "vulnerable_code_not_present",
  code_not_reachable: "vulnerable_code_not_in_execute_path",
  protected_by_mitigating_control: "inline_mitigations_already_exist",
  protected_at_runtime: "inline_mitigations_already_exist",
  protected_by_compiler: "inline_mitigations_already_exist"
};
function effectiveVex(report, timestamp) {
  const entries = [];
  const seen = /* @__PURE__ */ new Set();
  for (const finding of report.findings) {
    if (finding.status !== "waived" || !finding.waiver || !finding.purl || !finding.advisories?.length) continue;
    const key = `${finding.purl}\0${finding.advisories.join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const given = finding.waiver.vex?.justification;
    const justification = given ? OPENVEX_JUSTIFICATIONS.has(given) ? given : FROM_CYCLONEDX[given] : void 0;
    const reason = finding.waiver.source === "vex" ? finding.waiver.reason : `waived by the policy (${finding.waiver.location ? `${finding.waiver.location.path}:${finding.waiver.location.startLine}` : report.policy.source}): ${finding.waiver.reason}${finding.waiver.expires ? ` (until ${finding.waiver.expires})` : ""}`;
    entries.push({ ids: finding.advisories, purl: finding.purl, reason, ...justification ? { justification } : {} });
  }
  if (entries.length === 0) return null;
  const digest = createHash("sha256").update(JSON.stringify(entries)).digest("hex");
  return openVexDocument(entries, { id: `urn:chaingate:vex:sha256:${digest}`, author: `${report.tool.name} ${report.tool.version}`, timestamp });
}
export {
  VEX_LOCATIONS,
  applyVex,
  effectiveVex,
  loadVex
};
