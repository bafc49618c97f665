import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);

// src/model/finding.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var AREAS = ["accounts", "code", "build", "artifacts", "dependencies"];
function severityRank(severity) {
  return SEVERITIES.length - SEVERITIES.indexOf(severity);
}
function atLeast(severity, threshold) {
  return severityRank(severity) >= severityRank(threshold);
}

export {
  SEVERITIES,
  AREAS,
  severityRank,
  atLeast
};
