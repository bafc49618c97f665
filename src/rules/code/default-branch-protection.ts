/**
 * The default branch has some protection: an active ruleset rule (repository or organization) or classic
 * branch protection. Rulesets are read from the effective-rules endpoint, which any reader may call, so a
 * token without admin read still gets an answer whenever a ruleset protects the branch.
 */
import { defineRule } from '../../model/rule.js'
import { defaultBranchClassicProtectionFact, defaultBranchRulesFact } from '../../github/facts/branch-protection.js'

/** Rule types that stop a direct, unreviewed or history-rewriting change of the branch. */
export const PROTECTIVE_RULE_TYPES = new Set([
  'pull_request',
  'non_fast_forward',
  'update',
  'required_status_checks',
  'required_signatures',
  'required_linear_history',
  'required_deployments',
  'merge_queue',
  'deletion'
])

export const defaultBranchProtection = defineRule({
  meta: {
    id: 'default-branch-protection',
    area: 'code',
    severity: 'high',
    title: 'Default branch is not protected',
    rationale: 'An unprotected default branch accepts force pushes, deletion and unreviewed changes from anyone with write access, or from a stolen token.',
    remediation: 'Protect the default branch with a ruleset (Settings > Rules > Rulesets) or classic branch protection: require pull requests, block force pushes and deletion.',
    references: ['SSC-14', 'SLSA Source L2', 'OSPS-AC-03.01', 'Scorecard: Branch-Protection'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (classic protection only)'],
      note: 'Rulesets are read with any token; classic protection needs admin read, so without it a branch protected only classically is unknown, never failed.'
    }
  },
  needs: [defaultBranchRulesFact],
  uses: [defaultBranchClassicProtectionFact],
  defaultOptions: {},
  evaluate(ctx) {
    const rules = ctx.fact(defaultBranchRulesFact)
    if (!rules.known) return []
    const branch = rules.value.branch
    const protective = rules.value.rules.filter((rule) => PROTECTIVE_RULE_TYPES.has(rule.type))
    if (protective.length > 0) {
      const types = [...new Set(protective.map((rule) => rule.type))].join(', ')
      return [{ status: 'pass', message: `branch ${branch} is protected by rulesets (${types})` }]
    }
    const classic = ctx.fact(defaultBranchClassicProtectionFact)
    if (!classic.known) {
      return [
        {
          status: 'unknown',
          message: `no ruleset protects branch ${branch}, and its classic branch protection could not be read: ${classic.reason}`,
          permission: classic.permission ?? 'Administration: read'
        }
      ]
    }
    if (classic.value.protection) return [{ status: 'pass', message: `branch ${branch} is protected by classic branch protection` }]
    return [{ status: 'fail', message: `branch ${branch} has neither a ruleset nor classic branch protection` }]
  }
})
