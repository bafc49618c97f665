import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/report/sarif-limits.ts
var MAX_SARIF_RESULTS = 25e3;
function sarifResultCount(report) {
  let count = 0;
  for (const finding of report.findings) if (finding.status === "fail" || finding.status === "waived") count += 1;
  return count;
}
function sarifCapNotice(total) {
  return `The SARIF file holds the ${thousands(MAX_SARIF_RESULTS)} most severe of ${thousands(total)} failing and waived findings (code scanning takes at most ${thousands(MAX_SARIF_RESULTS)} results per run); the JSON report (the action's report-json output, or check --format json) has every finding.`;
}
function thousands(value) {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export {
  MAX_SARIF_RESULTS,
  sarifResultCount,
  sarifCapNotice
};
