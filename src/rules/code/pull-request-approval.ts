/**
 * Pull-request mode: the change being merged was approved by enough reviewers other than its author, on
 * its final commit. A reviewer's latest decisive review counts (approve, request changes, dismissed);
 * comments do not change it. An approval of an earlier commit does not count. On `merge_group` the pull
 * request named by the queue branch is checked.
 */
import { defineRule } from '../../model/rule.js'
import { pullRequestFact, pullRequestReviewsFact, type Review } from '../../pull-request/facts.js'

export interface ApprovalOptions {
  minApprovals: number
  /** Authors whose pull requests need no human approval (e.g. `dependabot[bot]`, with a waiver-like reason). */
  exemptAuthors: string[]
}

export function approvalsOnHead(
  reviews: Review[],
  author: string,
  headSha: string
): { approvers: string[]; staleApprovers: string[]; changesRequested: string[] } {
  const latest = new Map<string, Review>()
  for (const review of reviews) {
    if (!review.user || review.user.toLowerCase() === author.toLowerCase()) continue
    if (review.state === 'APPROVED' || review.state === 'CHANGES_REQUESTED' || review.state === 'DISMISSED') latest.set(review.user, review)
  }
  const approvers: string[] = []
  const staleApprovers: string[] = []
  const changesRequested: string[] = []
  for (const [user, review] of latest) {
    if (review.state === 'APPROVED') (review.commitId === headSha ? approvers : staleApprovers).push(user)
    else if (review.state === 'CHANGES_REQUESTED') changesRequested.push(user)
  }
  return { approvers: approvers.sort(), staleApprovers: staleApprovers.sort(), changesRequested: changesRequested.sort() }
}

export const pullRequestApproval = defineRule<ApprovalOptions>({
  meta: {
    id: 'pull-request-approval',
    area: 'code',
    severity: 'high',
    title: 'Pull request not approved on its final commit by someone other than its author',
    rationale:
      'Branch settings say what should happen; this checks what did: that the exact code being merged was approved by enough people other than its author (four-eyes, SLSA Source L4).',
    remediation: 'Get an approval from another maintainer after the last push; approvals of earlier commits do not cover later ones.',
    references: ['SSC-37', 'SLSA Source L4', 'CNCF SSCP: four-eyes principle', 'Scorecard: Code-Review'],
    access: {
      token: 'github-token',
      githubToken: ['pull-requests: read'],
      fineGrained: ['Pull requests: read'],
      note: 'Pull-request mode only (pull_request, pull_request_target, pull_request_review, merge_group); on other events the rule is unknown (not applicable).'
    }
  },
  needs: [pullRequestFact, pullRequestReviewsFact],
  defaultOptions: { minApprovals: 1, exemptAuthors: [] },
  strictOptions: { minApprovals: 2 },
  optionsSchema: {
    type: 'object',
    properties: {
      minApprovals: { type: 'integer', minimum: 1, maximum: 10, description: 'Distinct approvals required on the final commit.' },
      exemptAuthors: { type: 'array', items: { type: 'string' }, description: 'Pull request authors exempt from the check (bots).' }
    }
  },
  evaluate(ctx) {
    const pr = ctx.need(pullRequestFact)
    const reviews = ctx.need(pullRequestReviewsFact)
    const { number, author, headSha, event } = pr
    const subject = `pull request #${number}${event === 'merge_group' ? ' (merge queue)' : ''}`
    if (ctx.options.exemptAuthors.map((name) => name.toLowerCase()).includes(author.toLowerCase())) {
      return [{ status: 'pass', message: `${subject} is by ${author}, exempt by the policy` }]
    }
    const { approvers, staleApprovers, changesRequested } = approvalsOnHead(reviews, author, headSha)
    const short = headSha.slice(0, 12)
    if (approvers.length >= ctx.options.minApprovals && changesRequested.length === 0) {
      return [{ status: 'pass', message: `${subject} approved on ${short} by ${approvers.join(', ')}` }]
    }
    const details = [
      `${approvers.length} approval(s) on the final commit ${short}${approvers.length ? ` (${approvers.join(', ')})` : ''}; the policy asks for ${ctx.options.minApprovals}`,
      staleApprovers.length ? `approvals of earlier commits do not count: ${staleApprovers.join(', ')}` : null,
      changesRequested.length ? `changes requested by ${changesRequested.join(', ')}` : null
    ].filter(Boolean)
    return [{ status: 'fail', message: `${subject} by ${author}: ${details.join('; ')}` }]
  }
})
