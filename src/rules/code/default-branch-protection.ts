/**
 * The default branch has some protection: an active ruleset rule (repository or organization) or classic
 * branch protection. Rulesets are read from the effective-rules endpoint, which any reader may call, so a
 * token without admin read still gets an answer whenever a ruleset protects the branch.
 */
import { defineRule } from '../../model/rule.js'
import { settingsFromClassic } from '../../posture/protection.js'
import { BRANCH_ACCESS_NOTE, BRANCH_FACTS, branchView } from './protection-support.js'

export const defaultBranchProtection = defineRule({
  meta: {
    id: 'default-branch-protection',
    area: 'code',
    severity: 'high',
    title: 'Default branch is not protected',
    rationale: 'An unprotected default branch accepts force pushes, deletion and unreviewed changes from anyone with write access, or from a stolen token.',
    remediation:
      'Protect the default branch with a ruleset (Settings > Rules > Rulesets) or classic branch protection: require pull requests, block force pushes and deletion.',
    references: ['SSC-32', 'SLSA Source L3', 'OSPS-AC-03.01', 'Scorecard: Branch-Protection', 'Legitify: missing_default_branch_protection'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (classic protection only)'],
      note: BRANCH_ACCESS_NOTE
    }
  },
  ...BRANCH_FACTS,
  defaultOptions: {},
  evaluate(ctx) {
    const view = branchView(ctx)
    if (!view) return []
    const { branch, fromRules, classic } = view
    if (fromRules.protections.length > 0) {
      return [{ status: 'pass', message: `branch ${branch} is protected by rulesets (${fromRules.protections.join(', ')})` }]
    }
    if (!classic.known) {
      return [
        {
          status: 'unknown',
          message: `no active ruleset protects branch ${branch}, and its classic branch protection could not be read: ${classic.reason}`,
          permission: classic.permission ?? 'Administration: read'
        }
      ]
    }
    if (settingsFromClassic(classic.value.protection).protections.length > 0)
      return [{ status: 'pass', message: `branch ${branch} is protected by classic branch protection` }]
    return [{ status: 'fail', message: `branch ${branch} has neither an active ruleset nor classic branch protection` }]
  }
})
