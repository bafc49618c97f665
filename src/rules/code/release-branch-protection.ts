/**
 * Release branches (release/*, releases/*, release-*, vX.x, stable/*) are protected against force pushes and
 * deletion. Each existing release branch's active rules are read (the newest five); a branch with no
 * ruleset rule but marked protected in the branch listing has classic protection, whose settings are read
 * with admin read (unknown without it).
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { isReleaseBranch, MAX_LISTED_BRANCHES, releaseBranchesFact, RELEASE_BRANCH_PATTERNS } from '../../github/facts/branch-protection.js'
import { mergeSettings, settingsFromClassic, settingsFromRules } from '../../posture/protection.js'

export const releaseBranchProtection = defineRule<{ patterns: string[] }>({
  meta: {
    id: 'release-branch-protection',
    area: 'code',
    severity: 'medium',
    title: 'Release branches are not protected',
    rationale: 'Patch releases are cut from release branches; if they accept force pushes or deletion, a release can be built from code nobody reviewed.',
    remediation: 'Target release branches (e.g. `release/**`) with a ruleset that blocks force pushes and deletion and requires pull requests.',
    references: ['SSC-32', 'SLSA Source L3', 'Scorecard: Branch-Protection (release branches)'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (release branches with classic protection only)'],
      note: 'One request lists branches, one more per release branch (at most five); a release branch protected only classically needs admin read, else it is unknown.'
    }
  },
  needs: [releaseBranchesFact],
  defaultOptions: { patterns: RELEASE_BRANCH_PATTERNS },
  optionsSchema: {
    type: 'object',
    properties: {
      patterns: { type: 'array', items: { type: 'string' }, description: `Release branch globs, a subset of ${RELEASE_BRANCH_PATTERNS.join(', ')}.` }
    }
  },
  evaluate(ctx) {
    const fact = ctx.need(releaseBranchesFact)
    const checked = fact.checked.filter((branch) => isReleaseBranch(branch.name, ctx.options.patterns))
    if (checked.length === 0) {
      if (fact.truncated)
        return [{ status: 'unknown', message: `no release branch among the first ${MAX_LISTED_BRANCHES} branches; the others were not listed` }]
      return [{ status: 'pass', message: 'the repository has no release branches' }]
    }
    const results: RuleResult[] = []
    for (const branch of checked) {
      let settings = settingsFromRules(branch.rules)
      if (settings.blocksForcePush && settings.blocksDeletion) continue
      if (settings.protections.length === 0 && branch.protectedFlag) {
        // Flagged protected without ruleset rules: classic protection, whose settings need admin read.
        if (!branch.classic?.known) {
          const reason = branch.classic && !branch.classic.known ? branch.classic.reason : 'not read'
          results.push({
            status: 'unknown',
            message: `release branch ${branch.name} has classic branch protection whose force-push and deletion settings could not be read: ${reason}`,
            permission: (branch.classic && !branch.classic.known ? branch.classic.permission : undefined) ?? 'Administration: read'
          })
          continue
        }
        settings = mergeSettings(settings, settingsFromClassic(branch.classic.value))
        if (settings.blocksForcePush && settings.blocksDeletion) continue
      }
      const missing = [settings.blocksForcePush ? null : 'force pushes', settings.blocksDeletion ? null : 'deletion'].filter(Boolean).join(' and ')
      results.push({ status: 'fail', message: `release branch ${branch.name} allows ${missing}` })
    }
    if (results.length === 0) {
      const matching = fact.matching.filter((name) => isReleaseBranch(name, ctx.options.patterns)).length
      const sample = matching > checked.length ? ` (the ${checked.length} newest of ${matching})` : ''
      return [{ status: 'pass', message: `release branches protected: ${checked.map((branch) => branch.name).join(', ')}${sample}` }]
    }
    return results
  }
})
