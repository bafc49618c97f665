import { createRequire as __chaingateCreateRequire } from 'node:module'; const require = __chaingateCreateRequire(import.meta.url);
import {
  inBaseline,
  locate,
  nodeAtPath
} from "./chunk-K4LXVCRM.js";

// src/policy/presets.ts
var PRESET_DEFAULTS = {
  baseline: { failOn: "high", onUnknown: "warn" },
  strict: { failOn: "low", onUnknown: "warn" },
  none: { failOn: "high", onUnknown: "warn" }
};
var DEFAULT_IGNORE_PATHS = ["**/testdata/**", "**/test-data/**", "**/test/fixtures/**", "**/tests/fixtures/**", "**/__fixtures__/**"];
function presetRuleSettings(preset, rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const enabled = preset === "strict" || preset === "baseline" && inBaseline(rule.meta);
    const options = preset === "strict" ? { ...rule.defaultOptions, ...rule.strictOptions ?? {} } : { ...rule.defaultOptions };
    settings.set(rule.meta.id, { enabled, options });
  }
  return settings;
}

// src/policy/resolve.ts
function embeddedPolicy(rules) {
  return resolvePolicy({}, "embedded default", rules, null);
}
function resolvePolicy(value, source, rules, file) {
  const preset = value.extends ?? "baseline";
  const defaults = PRESET_DEFAULTS[preset];
  const settings = presetRuleSettings(preset, rules);
  for (const [id, entry] of Object.entries(value.rules ?? {})) {
    const setting = settings.get(id);
    if (!setting) continue;
    if (typeof entry === "boolean") {
      setting.enabled = entry;
      continue;
    }
    const { enabled, severity, ...options } = entry;
    setting.enabled = typeof enabled === "boolean" ? enabled : true;
    if (severity) setting.severity = severity;
    setting.options = { ...setting.options, ...options };
  }
  const waivers = (value.waivers ?? []).map((waiver, index) => {
    const node = file ? nodeAtPath(file.doc, ["waivers", index]) : null;
    return {
      rule: String(waiver.rule),
      paths: waiver.paths ?? [],
      ...Array.isArray(waiver.advisories) ? { advisories: waiver.advisories } : {},
      ...Array.isArray(waiver.purls) ? { purls: waiver.purls } : {},
      reason: String(waiver.reason),
      ...typeof waiver.expires === "string" ? { expires: waiver.expires } : {},
      ...file && node ? { location: locate(file, node) } : {}
    };
  });
  const advisories = value.advisories;
  const advisoriesNode = file && advisories ? nodeAtPath(file.doc, ["advisories"]) : null;
  return {
    ...advisories ? {
      advisories: {
        ...typeof advisories.source === "string" ? { source: advisories.source } : {},
        ...typeof advisories["osv-url"] === "string" ? { osvUrl: advisories["osv-url"] } : {},
        ...file && advisoriesNode ? { location: locate(file, advisoriesNode) } : {}
      }
    } : {},
    source,
    extends: preset,
    failOn: value["fail-on"] ?? defaults.failOn,
    onUnknown: value["on-unknown"] ?? defaults.onUnknown,
    rules: settings,
    waivers,
    ignorePaths: value["ignore-paths"] ?? [...DEFAULT_IGNORE_PATHS],
    ...Array.isArray(value.vex) ? { vex: value.vex } : {}
  };
}

export {
  embeddedPolicy,
  resolvePolicy
};
