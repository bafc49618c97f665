import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  CONFIDENCES,
  FAIL_ON,
  PRESETS,
  SEVERITIES
} from "./chunk-VZNYH5DF.js";

// src/policy/schema.ts
var SCHEMA_ID = "https://github.com/chaingate/chaingate/schema/chaingate-policy.schema.json";
var MIN_CONFIDENCE_TEXT = "Failures the analysis is less sure of than this (high, medium, low) are left out of the report and the gate; the report counts them. Findings that state no confidence are always reported.";
function ruleEntrySchema(rule) {
  const optionProperties = rule.optionsSchema?.properties ?? {};
  return {
    description: `${rule.meta.title} (${rule.meta.area}, default severity ${rule.meta.severity})`,
    oneOf: [
      { type: "boolean", description: "true enables the rule with its defaults, false disables it" },
      {
        type: "object",
        properties: {
          enabled: { type: "boolean" },
          severity: { enum: [...SEVERITIES] },
          "min-confidence": { enum: [...CONFIDENCES], description: MIN_CONFIDENCE_TEXT },
          ...optionProperties
        },
        additionalProperties: false
      }
    ]
  };
}
function buildPolicySchema(rules) {
  const ruleIds = rules.map((rule) => rule.meta.id).sort();
  const ruleProperties = {};
  for (const rule of [...rules].sort((a, b) => a.meta.id < b.meta.id ? -1 : a.meta.id > b.meta.id ? 1 : 0))
    ruleProperties[rule.meta.id] = ruleEntrySchema(rule);
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    $id: SCHEMA_ID,
    title: "chaingate policy",
    description: "Policy file for chaingate (.github/chaingate.yml).",
    type: "object",
    additionalProperties: false,
    properties: {
      extends: { enum: [...PRESETS], default: "baseline", description: "Preset to start from." },
      "fail-on": { enum: [...FAIL_ON], description: "Lowest severity of a failing finding that fails the gate." },
      "min-confidence": { enum: [...CONFIDENCES], default: "low", description: MIN_CONFIDENCE_TEXT },
      "on-unknown": { enum: ["warn", "fail"], default: "warn", description: "Whether a check that could not see its data fails the gate." },
      "ignore-paths": {
        type: "array",
        items: { type: "string" },
        description: "Globs of files that file-based rules skip (default: conventional test-data directories; [] reads everything)."
      },
      advisories: {
        type: "object",
        additionalProperties: false,
        description: "Where known vulnerabilities come from (command-line and action inputs override it).",
        properties: {
          source: {
            type: "string",
            minLength: 1,
            description: "`github` (GitHub's advisory database), `osv` (the OSV API) or a directory holding an OSV snapshot (`DIR/<Ecosystem>/all.zip`), relative to the repository root."
          },
          "osv-url": { type: "string", pattern: "^https?://", description: "Base URL of the OSV API (default https://api.osv.dev)." }
        }
      },
      rules: {
        type: "object",
        propertyNames: { enum: ruleIds },
        properties: ruleProperties,
        additionalProperties: false
      },
      vex: {
        type: "array",
        items: { type: "string", minLength: 1 },
        description: "VEX documents (OpenVEX, CycloneDX VEX) or globs of them, beside those found in .vex/, .github/vex/ and *.openvex.json"
      },
      waivers: {
        type: "array",
        items: {
          type: "object",
          required: ["rule", "reason"],
          additionalProperties: false,
          properties: {
            rule: { enum: ruleIds },
            paths: { type: "array", items: { type: "string" } },
            advisories: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "advisory ids (GHSA, CVE, OSV\u2026; any alias of the advisory matches)"
            },
            purls: {
              type: "array",
              items: { type: "string", minLength: 1 },
              description: "package URLs (pkg:npm/lodash, pkg:npm/lodash@4.17.20) or purl globs (pkg:npm/@acme/*)"
            },
            reason: { type: "string", minLength: 1 },
            expires: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD (UTC)" }
          }
        }
      }
    }
  };
}

export {
  buildPolicySchema
};
