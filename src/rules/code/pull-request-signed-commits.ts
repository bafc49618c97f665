/** Pull-request mode: every commit of the pull request has a signature GitHub verified. */
import { defineRule } from '../../model/rule.js'
import { pullRequestCommitsFact, pullRequestFact } from '../../pull-request/facts.js'

export const pullRequestSignedCommits = defineRule({
  meta: {
    id: 'pull-request-signed-commits',
    area: 'code',
    severity: 'medium',
    title: 'Pull request has commits without a verified signature',
    rationale: 'Verified signatures tie each commit to a key its author registered; unsigned commits can claim any author.',
    remediation: 'Sign commits (git commit -S, or SSH signing) with a key registered on GitHub, then rebase and force-push the branch to re-sign.',
    references: ['SSC-38', 'CNCF SSCP: signed commits'],
    access: {
      token: 'github-token',
      githubToken: ['pull-requests: read'],
      fineGrained: ['Pull requests: read'],
      note: 'Pull-request mode only. At most 250 commits are listed by GitHub.'
    },
    baseline: false
  },
  needs: [pullRequestFact, pullRequestCommitsFact],
  defaultOptions: {},
  evaluate(ctx) {
    const pr = ctx.need(pullRequestFact)
    const commits = ctx.need(pullRequestCommitsFact)
    const unsigned = commits.commits.filter((commit) => !commit.verified)
    if (unsigned.length > 0) {
      return unsigned.map((commit) => ({
        status: 'fail' as const,
        message: `commit ${commit.sha.slice(0, 12)} of pull request #${pr.number}${commit.author ? ` by ${commit.author}` : ''} is not verified (${commit.reason})`
      }))
    }
    if (commits.truncated) {
      return [{ status: 'unknown', message: `pull request #${pr.number} has more than 250 commits; GitHub lists only the first 250, all verified` }]
    }
    return [{ status: 'pass', message: `all ${commits.commits.length} commit(s) of pull request #${pr.number} are verified` }]
  }
})
