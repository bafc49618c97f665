/**
 * Protection that does not protect: rulesets in `evaluate` mode (rules reported, not enforced), rulesets
 * whose bypass list lets actors skip them, and classic protection that does not apply to administrators.
 * Rulesets considered: branch rulesets that apply to the default branch, and every tag ruleset.
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import type { Fact } from '../../model/fact.js'
import { defaultBranchClassicProtectionFact, defaultBranchRulesFact } from '../../github/facts/branch-protection.js'
import { refMatches, rulesetsFact, type BypassActor, type Ruleset } from '../../github/facts/rulesets.js'
import { settingsFromRules } from '../../posture/protection.js'

export interface BypassOptions {
  /** Accepted bypass actors: `OrganizationAdmin`, `DeployKey`, `RepositoryRole:5`, `Team:42`, `Integration:12345`, `User:7`. */
  allowedBypassActors: string[]
  /** Accept actors that may only bypass through a pull request (bypass_mode `pull_request`). */
  allowPullRequestBypass: boolean
}

export function actorLabel(actor: BypassActor): string {
  return actor.actor_id === null || actor.actor_id === undefined || actor.actor_type === 'OrganizationAdmin' || actor.actor_type === 'DeployKey'
    ? actor.actor_type
    : `${actor.actor_type}:${actor.actor_id}`
}

export const protectionBypass = defineRule<BypassOptions>({
  meta: {
    id: 'protection-bypass',
    area: 'code',
    severity: 'medium',
    title: 'Branch or tag protection is not enforced for everyone',
    rationale:
      'A ruleset in evaluate mode only reports violations; bypass actors and administrators exempt from classic protection can push unreviewed changes or rewrite history. Peers count such rulesets as protection; chaingate does not.',
    remediation:
      'Switch rulesets to Active, remove bypass actors (or list the accepted ones in `allowedBypassActors` with a reason), and tick "Do not allow bypassing the above settings" in classic protection.',
    references: ['SSC-36', 'SLSA Source L3 (continuous enforcement)', 'Legitify: users_allowed_to_bypass_ruleset', 'CIS 1.1.14'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (bypass actors and classic protection)'],
      note: 'Enforcement modes are visible to any reader; GitHub returns bypass_actors only to a token that may edit the ruleset (repository admin, organization owner for organization rulesets), so without admin-token a ruleset bypass list is unknown.'
    }
  },
  needs: [rulesetsFact, defaultBranchRulesFact],
  uses: [defaultBranchClassicProtectionFact],
  defaultOptions: { allowedBypassActors: [], allowPullRequestBypass: false },
  optionsSchema: {
    type: 'object',
    properties: {
      allowedBypassActors: {
        type: 'array',
        items: { type: 'string' },
        description: 'Accepted bypass actors, e.g. Integration:12345, Team:42, OrganizationAdmin.'
      },
      allowPullRequestBypass: { type: 'boolean', description: 'Accept actors that can bypass only through a pull request.' }
    }
  },
  evaluate(ctx) {
    const rulesetsFactValue = ctx.need(rulesetsFact)
    const rulesFact = ctx.need(defaultBranchRulesFact)
    const branch = rulesFact.branch
    const ref = `refs/heads/${branch}`
    const appliedIds = new Set(rulesFact.rules.map((rule) => (rule as { ruleset_id?: number }).ruleset_id).filter((id): id is number => id !== undefined))
    /** Whether the ruleset guards the default branch or tags; null when its conditions could not be read. */
    const relevance = (ruleset: Ruleset): boolean | null => {
      if (ruleset.enforcement === 'disabled') return false
      if (ruleset.target === 'tag') return true
      if (ruleset.target !== 'branch') return false
      if (appliedIds.has(ruleset.id)) return true
      return ruleset.refName ? refMatches(ruleset.refName, ref, branch) : null
    }
    const relevant = (ruleset: Ruleset): boolean => relevance(ruleset) === true
    const results: RuleResult[] = []
    const { allowedBypassActors, allowPullRequestBypass } = ctx.options
    for (const ruleset of rulesetsFactValue.rulesets.filter((item) => relevance(item) === null)) {
      results.push({
        status: 'unknown',
        message: `${ruleset.enforcement} branch ruleset "${ruleset.name}" (${ruleset.sourceType.toLowerCase()} ${ruleset.source}): whether it applies to ${branch} could not be read (${ruleset.detailsError ?? 'no conditions'})`,
        permission: 'Metadata: read'
      })
    }
    for (const ruleset of rulesetsFactValue.rulesets.filter(relevant)) {
      const where = `${ruleset.target} ruleset "${ruleset.name}" (${ruleset.sourceType.toLowerCase()} ${ruleset.source})`
      if (ruleset.enforcement === 'evaluate') {
        results.push({ status: 'fail', message: `${where} is in evaluate mode: its rules are reported, not enforced` })
        continue
      }
      if (ruleset.bypassActors === null) {
        results.push({
          status: 'unknown',
          message: `${where}: its bypass actors are not visible to the token (${ruleset.detailsError ?? 'GitHub returns bypass_actors only to those who may edit the ruleset'})`,
          permission: 'Administration: read (repository; organization owner for organization rulesets), via admin-token'
        })
        continue
      }
      const offending = ruleset.bypassActors.filter((actor) => {
        if (allowPullRequestBypass && actor.bypass_mode === 'pull_request') return false
        const label = actorLabel(actor)
        return !allowedBypassActors.includes(label) && !allowedBypassActors.includes(actor.actor_type)
      })
      if (offending.length > 0) {
        results.push({
          status: 'fail',
          message: `${where} can be bypassed by ${offending.map((actor) => `${actorLabel(actor)} (${actor.bypass_mode ?? 'always'})`).join(', ')}`
        })
      }
    }
    // Classic protection matters only when no active ruleset protects the branch.
    const classic: Fact<{ protection: { enforce_admins?: { enabled: boolean } } | null }> = ctx.fact(defaultBranchClassicProtectionFact)
    const rulesetProtected = settingsFromRules(rulesFact.rules).protections.length > 0
    if (!rulesetProtected) {
      if (!classic.known) {
        results.push({
          status: 'unknown',
          message: `no active ruleset protects ${branch}, and whether classic protection applies to administrators could not be read: ${classic.reason}`,
          permission: classic.permission ?? 'Administration: read'
        })
      } else if (classic.value.protection && classic.value.protection.enforce_admins?.enabled !== true) {
        results.push({ status: 'fail', message: `classic protection of ${branch} does not apply to administrators (enforce_admins is off)` })
      }
    }
    if (results.length === 0) {
      const count = rulesetsFactValue.rulesets.filter(relevant).length
      return [{ status: 'pass', message: `${count} ruleset(s) on ${branch} and tags are active with no bypass actors outside the policy` }]
    }
    return results
  }
})
