import type { Confidence, Location, Severity } from '../model/finding.js'

export const PRESETS = ['baseline', 'strict', 'none'] as const
export type PresetName = (typeof PRESETS)[number]

export const FAIL_ON = ['critical', 'high', 'medium', 'low', 'none'] as const
export type FailOn = (typeof FAIL_ON)[number]

export interface RuleSetting {
  enabled: boolean
  /** Overrides the rule's own severity (and any grading the rule does) when set. */
  severity?: Severity
  /** `min-confidence` of this rule: its `fail` results below it are left out (counted); overrides the policy's. */
  minConfidence?: Confidence
  options: Record<string, unknown>
}

export interface Waiver {
  rule: string
  /** minimatch globs over workspace-relative paths; empty means "wherever the rule fires". */
  paths: string[]
  /** Advisory ids: the waiver applies only to findings about one of them (any alias of the advisory matches). */
  advisories?: string[]
  /** Package URLs or purl globs: the waiver applies only to findings about a matching package. */
  purls?: string[]
  reason: string
  /** YYYY-MM-DD; the waiver stops applying after this day (UTC). */
  expires?: string
  location?: Location
}

export interface Policy {
  /** Where it came from: a workspace-relative path, or `embedded default`. */
  source: string
  extends: PresetName
  failOn: FailOn
  onUnknown: 'warn' | 'fail'
  /** `min-confidence`: `fail` results below it are left out of the report and the gate (counted, never silent). */
  minConfidence?: Confidence
  rules: Map<string, RuleSetting>
  waivers: Waiver[]
  ignorePaths: string[]
  /** `vex:` — VEX documents (paths or globs in the workspace) read beside the conventional places. */
  vex?: string[]
  /** `advisories:` — the advisory source (`github`, `osv` or a directory) and the OSV API URL; CLI/action inputs override it. */
  advisories?: PolicyAdvisories
}

export interface PolicyAdvisories {
  source?: string
  osvUrl?: string
  /** Where `advisories:` is written, for errors about it. */
  location?: Location
}

export type { Severity }
