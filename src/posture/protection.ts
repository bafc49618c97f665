/**
 * The effective protection of a branch: the active ruleset rules that apply to it (repository, organization
 * and enterprise rulesets, from `rules/branches/{branch}`) merged with classic branch protection. Where
 * both set something, the stricter wins: booleans are OR-ed, approval counts take the maximum, required
 * checks are the union. Pure functions, no I/O.
 *
 * Judging a requirement: if the rulesets alone satisfy it, it holds whatever classic protection says; if
 * they do not and classic protection could not be read, the answer is `unknown` (classic protection might
 * satisfy it), never `fail`; otherwise the merged settings decide.
 *
 * Judgement, not fetching: the facts it reads are fetched in `src/github/facts/` (which judge nothing).
 */
import type { Fact } from '../model/fact.js'
import type { BranchRule, ClassicBranchProtection, ClassicProtection } from '../github/facts/branch-protection.js'
import type { Ruleset } from '../github/facts/rulesets.js'

export interface ProtectionSettings {
  pullRequest: boolean
  approvals: number
  dismissStale: boolean
  lastPushApproval: boolean
  codeOwnerReview: boolean
  /** Required status check contexts (names). */
  statusChecks: string[]
  /** Workflows a ruleset requires to pass (`workflows` rule): `repository_id:path@ref`. */
  requiredWorkflows: string[]
  strictStatusChecks: boolean
  blocksForcePush: boolean
  blocksDeletion: boolean
  signedCommits: boolean
  linearHistory: boolean
  /** Rule types (rulesets) or `classic` that protect the branch at all. */
  protections: string[]
  /** Where each setting comes from, for messages: `ruleset "main" (organization acme)`, `classic protection`. */
  sources: Partial<Record<SettingName, string[]>>
}

export type SettingName = Exclude<keyof ProtectionSettings, 'sources' | 'protections'>

export function emptySettings(): ProtectionSettings {
  return {
    pullRequest: false,
    approvals: 0,
    dismissStale: false,
    lastPushApproval: false,
    codeOwnerReview: false,
    statusChecks: [],
    requiredWorkflows: [],
    strictStatusChecks: false,
    blocksForcePush: false,
    blocksDeletion: false,
    signedCommits: false,
    linearHistory: false,
    protections: [],
    sources: {}
  }
}

function note(settings: ProtectionSettings, name: SettingName, source: string): void {
  const list = (settings.sources[name] ??= [])
  if (!list.includes(source)) list.push(source)
}

interface RuleLike {
  type: string
  parameters?: Record<string, unknown>
  ruleset_id?: number
  ruleset_source?: string
  ruleset_source_type?: string
}

export function rulesetLabel(rule: { ruleset_id?: number; ruleset_source?: string; ruleset_source_type?: string }, rulesets: Ruleset[] = []): string {
  const found = rulesets.find((ruleset) => ruleset.id === rule.ruleset_id)
  const name = found ? `ruleset "${found.name}"` : rule.ruleset_id !== undefined ? `ruleset ${rule.ruleset_id}` : 'a ruleset'
  const level = (rule.ruleset_source_type ?? found?.sourceType ?? 'Repository').toLowerCase()
  const source = rule.ruleset_source ?? found?.source
  return source ? `${name} (${level} ${source})` : name
}

const PROTECTIVE_RULE_TYPES = new Set([
  'pull_request',
  'non_fast_forward',
  'update',
  'required_status_checks',
  'required_signatures',
  'required_linear_history',
  'required_deployments',
  'merge_queue',
  'deletion',
  'creation'
])

/** Settings that the active ruleset rules give a branch. */
export function settingsFromRules(rules: readonly BranchRule[] | readonly RuleLike[], rulesets: Ruleset[] = []): ProtectionSettings {
  const settings = emptySettings()
  for (const raw of rules as readonly RuleLike[]) {
    const source = rulesetLabel(raw, rulesets)
    const parameters = (raw.parameters ?? {}) as Record<string, unknown>
    if (PROTECTIVE_RULE_TYPES.has(raw.type) && !settings.protections.includes(raw.type)) settings.protections.push(raw.type)
    switch (raw.type) {
      case 'pull_request': {
        settings.pullRequest = true
        note(settings, 'pullRequest', source)
        const approvals = Number(parameters.required_approving_review_count ?? 0)
        if (approvals > settings.approvals) {
          settings.approvals = approvals
          settings.sources.approvals = [source]
        } else if (approvals === settings.approvals && approvals > 0) note(settings, 'approvals', source)
        if (parameters.dismiss_stale_reviews_on_push === true) {
          settings.dismissStale = true
          note(settings, 'dismissStale', source)
        }
        if (parameters.require_last_push_approval === true) {
          settings.lastPushApproval = true
          note(settings, 'lastPushApproval', source)
        }
        if (parameters.require_code_owner_review === true) {
          settings.codeOwnerReview = true
          note(settings, 'codeOwnerReview', source)
        }
        break
      }
      case 'required_status_checks': {
        const checks = Array.isArray(parameters.required_status_checks) ? (parameters.required_status_checks as Array<{ context?: string }>) : []
        for (const check of checks) {
          if (check.context && !settings.statusChecks.includes(check.context)) settings.statusChecks.push(check.context)
        }
        if (checks.length > 0) note(settings, 'statusChecks', source)
        if (parameters.strict_required_status_checks_policy === true) {
          settings.strictStatusChecks = true
          note(settings, 'strictStatusChecks', source)
        }
        break
      }
      case 'workflows': {
        const workflows = Array.isArray(parameters.workflows) ? (parameters.workflows as Array<{ path?: string; repository_id?: number; ref?: string }>) : []
        for (const workflow of workflows) {
          if (!workflow.path) continue
          const id = `${workflow.repository_id ?? '?'}:${workflow.path}${workflow.ref ? `@${workflow.ref}` : ''}`
          if (!settings.requiredWorkflows.includes(id)) settings.requiredWorkflows.push(id)
        }
        if (workflows.length > 0) note(settings, 'requiredWorkflows', source)
        break
      }
      case 'non_fast_forward':
      case 'update':
        // `update` blocks every push but the bypass actors', force pushes included.
        settings.blocksForcePush = true
        note(settings, 'blocksForcePush', source)
        break
      case 'deletion':
        settings.blocksDeletion = true
        note(settings, 'blocksDeletion', source)
        break
      case 'required_signatures':
        settings.signedCommits = true
        note(settings, 'signedCommits', source)
        break
      case 'required_linear_history':
        settings.linearHistory = true
        note(settings, 'linearHistory', source)
        break
      default:
        break
    }
  }
  return settings
}

/** Settings that classic branch protection gives a branch (null protection: none). */
export function settingsFromClassic(protection: ClassicProtection | null): ProtectionSettings {
  const settings = emptySettings()
  if (!protection) return settings
  const source = 'classic branch protection'
  settings.protections.push('classic')
  const reviews = protection.required_pull_request_reviews
  if (reviews) {
    settings.pullRequest = true
    note(settings, 'pullRequest', source)
    settings.approvals = reviews.required_approving_review_count ?? 0
    if (settings.approvals > 0) note(settings, 'approvals', source)
    if (reviews.dismiss_stale_reviews) {
      settings.dismissStale = true
      note(settings, 'dismissStale', source)
    }
    if (reviews.require_last_push_approval) {
      settings.lastPushApproval = true
      note(settings, 'lastPushApproval', source)
    }
    if (reviews.require_code_owner_reviews) {
      settings.codeOwnerReview = true
      note(settings, 'codeOwnerReview', source)
    }
  }
  const checks = protection.required_status_checks
  if (checks) {
    const contexts = new Set<string>([...(checks.contexts ?? []), ...(checks.checks ?? []).map((check) => check.context)])
    settings.statusChecks = [...contexts]
    if (settings.statusChecks.length > 0) note(settings, 'statusChecks', source)
    if (checks.strict) {
      settings.strictStatusChecks = true
      note(settings, 'strictStatusChecks', source)
    }
  }
  // Only an explicit `enabled: false` counts: a field that is not there is not protection we saw.
  if (protection.allow_force_pushes?.enabled === false) {
    settings.blocksForcePush = true
    note(settings, 'blocksForcePush', source)
  }
  if (protection.allow_deletions?.enabled === false) {
    settings.blocksDeletion = true
    note(settings, 'blocksDeletion', source)
  }
  if (protection.required_signatures?.enabled === true) {
    settings.signedCommits = true
    note(settings, 'signedCommits', source)
  }
  if (protection.required_linear_history?.enabled === true) {
    settings.linearHistory = true
    note(settings, 'linearHistory', source)
  }
  return settings
}

/** The stricter of two sets of settings, setting by setting. */
export function mergeSettings(a: ProtectionSettings, b: ProtectionSettings): ProtectionSettings {
  const merged = emptySettings()
  const booleans = [
    'pullRequest',
    'dismissStale',
    'lastPushApproval',
    'codeOwnerReview',
    'strictStatusChecks',
    'blocksForcePush',
    'blocksDeletion',
    'signedCommits',
    'linearHistory'
  ] as const
  for (const name of booleans) {
    merged[name] = a[name] || b[name]
    const sources = [...(a[name] ? (a.sources[name] ?? []) : []), ...(b[name] ? (b.sources[name] ?? []) : [])]
    if (sources.length) merged.sources[name] = sources
  }
  merged.approvals = Math.max(a.approvals, b.approvals)
  const approvalSources = [
    ...(a.approvals === merged.approvals ? (a.sources.approvals ?? []) : []),
    ...(b.approvals === merged.approvals ? (b.sources.approvals ?? []) : [])
  ]
  if (approvalSources.length && merged.approvals > 0) merged.sources.approvals = approvalSources
  merged.statusChecks = [...new Set([...a.statusChecks, ...b.statusChecks])]
  merged.requiredWorkflows = [...new Set([...a.requiredWorkflows, ...b.requiredWorkflows])]
  const workflowSources = [...(a.sources.requiredWorkflows ?? []), ...(b.sources.requiredWorkflows ?? [])]
  if (workflowSources.length) merged.sources.requiredWorkflows = workflowSources
  const checkSources = [...(a.sources.statusChecks ?? []), ...(b.sources.statusChecks ?? [])]
  if (checkSources.length) merged.sources.statusChecks = checkSources
  merged.protections = [...new Set([...a.protections, ...b.protections])]
  return merged
}

export type Judgement =
  | { status: 'pass'; settings: ProtectionSettings }
  | { status: 'fail'; settings: ProtectionSettings }
  | { status: 'unknown'; settings: ProtectionSettings; reason: string; permission: string }

/**
 * Decides one requirement over the rulesets' settings and (when readable) classic protection's, the
 * stricter winning. `settings` in the answer is what the decision was made on.
 */
export function judge(fromRules: ProtectionSettings, classic: Fact<ClassicBranchProtection>, holds: (settings: ProtectionSettings) => boolean): Judgement {
  if (holds(fromRules)) {
    const settings = classic.known ? mergeSettings(fromRules, settingsFromClassic(classic.value.protection)) : fromRules
    return { status: 'pass', settings }
  }
  if (!classic.known) {
    return { status: 'unknown', settings: fromRules, reason: classic.reason, permission: classic.permission ?? 'Administration: read' }
  }
  const merged = mergeSettings(fromRules, settingsFromClassic(classic.value.protection))
  return holds(merged) ? { status: 'pass', settings: merged } : { status: 'fail', settings: merged }
}

export function sourcesOf(settings: ProtectionSettings, name: SettingName): string {
  const list = settings.sources[name] ?? []
  return list.length ? list.join(', ') : 'nothing'
}
