/** Commits on the default branch must carry verified signatures (ruleset `required_signatures` or classic). */
import { defineRule } from '../../model/rule.js'
import { sourcesOf } from '../../posture/protection.js'
import { BRANCH_ACCESS_NOTE, BRANCH_FACTS, branchView, requirement } from './protection-support.js'

export const defaultBranchSignedCommits = defineRule({
  meta: {
    id: 'default-branch-signed-commits',
    area: 'code',
    severity: 'low',
    title: 'Default branch does not require signed commits',
    rationale: 'Required signatures tie every commit on the branch to a key GitHub verified, so a stolen password alone cannot forge authorship.',
    remediation: 'Add "Require signed commits" to the default branch ruleset (or classic protection).',
    references: ['SSC-38', 'CNCF SSCP: signed commits', 'Legitify: no_signed_commits'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (classic protection only)'],
      note: BRANCH_ACCESS_NOTE
    },
    baseline: false
  },
  ...BRANCH_FACTS,
  defaultOptions: {},
  evaluate(ctx) {
    const view = branchView(ctx)
    if (!view) return []
    return [
      requirement(view, (s) => s.signedCommits, {
        pass: (j) => `signed commits required on ${view.branch} (${sourcesOf(j.settings, 'signedCommits')})`,
        fail: () => `branch ${view.branch} does not require signed commits`,
        unknownPrefix: `no active ruleset requires signed commits on ${view.branch}`
      })
    ]
  }
})
