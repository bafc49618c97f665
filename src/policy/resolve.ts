/** A policy resolved over its preset (no validation here: src/policy/load.ts validates files first). */
import type { Confidence, Severity } from '../model/finding.js'
import type { AnyRule } from '../model/rule.js'
import { locate, type YamlFile } from '../workspace/yaml.js'
import { nodeAtPath } from '../workspace/yaml-nodes.js'
import { DEFAULT_IGNORE_PATHS, PRESET_DEFAULTS, presetRuleSettings } from './presets.js'
import type { FailOn, Policy, PresetName, Waiver } from './types.js'

/** The embedded default: the baseline preset, nothing waived. */
export function embeddedPolicy(rules: AnyRule[]): Policy {
  return resolvePolicy({}, 'embedded default', rules, null)
}

export function resolvePolicy(value: Record<string, unknown>, source: string, rules: AnyRule[], file: YamlFile | null): Policy {
  const preset = (value.extends as PresetName | undefined) ?? 'baseline'
  const defaults = PRESET_DEFAULTS[preset]
  const settings = presetRuleSettings(preset, rules)
  for (const [id, entry] of Object.entries((value.rules ?? {}) as Record<string, unknown>)) {
    const setting = settings.get(id)
    if (!setting) continue
    if (typeof entry === 'boolean') {
      setting.enabled = entry
      continue
    }
    const { enabled, severity, 'min-confidence': minConfidence, ...options } = entry as Record<string, unknown>
    setting.enabled = typeof enabled === 'boolean' ? enabled : true
    if (severity) setting.severity = severity as Severity
    if (minConfidence) setting.minConfidence = minConfidence as Confidence
    setting.options = { ...setting.options, ...options }
  }
  const waivers: Waiver[] = ((value.waivers ?? []) as Array<Record<string, unknown>>).map((waiver, index) => {
    const node = file ? nodeAtPath(file.doc, ['waivers', index]) : null
    return {
      rule: String(waiver.rule),
      paths: (waiver.paths as string[] | undefined) ?? [],
      ...(Array.isArray(waiver.advisories) ? { advisories: waiver.advisories as string[] } : {}),
      ...(Array.isArray(waiver.purls) ? { purls: waiver.purls as string[] } : {}),
      reason: String(waiver.reason),
      ...(typeof waiver.expires === 'string' ? { expires: waiver.expires } : {}),
      ...(file && node ? { location: locate(file, node) } : {})
    }
  })
  const advisories = value.advisories as Record<string, unknown> | undefined
  const advisoriesNode = file && advisories ? nodeAtPath(file.doc, ['advisories']) : null
  return {
    ...(advisories
      ? {
          advisories: {
            ...(typeof advisories.source === 'string' ? { source: advisories.source } : {}),
            ...(typeof advisories['osv-url'] === 'string' ? { osvUrl: advisories['osv-url'] } : {}),
            ...(file && advisoriesNode ? { location: locate(file, advisoriesNode) } : {})
          }
        }
      : {}),
    source,
    extends: preset,
    failOn: (value['fail-on'] as FailOn | undefined) ?? defaults.failOn,
    onUnknown: (value['on-unknown'] as 'warn' | 'fail' | undefined) ?? defaults.onUnknown,
    ...(typeof value['min-confidence'] === 'string' ? { minConfidence: value['min-confidence'] as Confidence } : {}),
    rules: settings,
    waivers,
    ignorePaths: (value['ignore-paths'] as string[] | undefined) ?? [...DEFAULT_IGNORE_PATHS],
    ...(Array.isArray(value.vex) ? { vex: value.vex as string[] } : {})
  }
}
