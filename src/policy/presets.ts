/** The built-in presets: which rules are on, with which options, and the default thresholds. */
import type { AnyRule } from '../model/rule.js'
import { inBaseline } from '../model/rule.js'
import type { FailOn, PresetName, RuleSetting } from './types.js'

export interface PresetDefaults {
  failOn: FailOn
  onUnknown: 'warn' | 'fail'
}

export const PRESET_DEFAULTS: Record<PresetName, PresetDefaults> = {
  baseline: { failOn: 'high', onUnknown: 'warn' },
  strict: { failOn: 'low', onUnknown: 'warn' },
  none: { failOn: 'high', onUnknown: 'warn' }
}

/**
 * `ignore-paths` when the policy does not set it: directories that by convention hold test data, whose
 * lockfiles and manifests describe no build (Go's `testdata` is even ignored by the go command). The
 * inventory says how many files it left out; `ignore-paths: []` reads everything.
 */
export const DEFAULT_IGNORE_PATHS: readonly string[] = [
  '**/testdata/**',
  '**/test-data/**',
  '**/test/fixtures/**',
  '**/tests/fixtures/**',
  '**/__fixtures__/**'
]

export function presetRuleSettings(preset: PresetName, rules: AnyRule[]): Map<string, RuleSetting> {
  const settings = new Map<string, RuleSetting>()
  for (const rule of rules) {
    const enabled = preset === 'strict' || (preset === 'baseline' && inBaseline(rule.meta))
    const options = preset === 'strict' ? { ...rule.defaultOptions, ...(rule.strictOptions ?? {}) } : { ...rule.defaultOptions }
    settings.set(rule.meta.id, { enabled, options })
  }
  return settings
}
