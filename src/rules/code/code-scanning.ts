/** Code scanning ran on the default branch recently (newest analysis within `maxAgeDays`). */
import { defineRule } from '../../model/rule.js'
import { codeScanningAnalysesFact } from '../../github/facts/security.js'
import { ageInDays, defaultBranchFact } from '../../github/facts/support.js'

export const codeScanning = defineRule<{ maxAgeDays: number }>({
  meta: {
    id: 'code-scanning',
    area: 'code',
    severity: 'medium',
    title: 'Code scanning has not run recently on the default branch',
    rationale: 'Static analysis that stopped running (a broken workflow, a disabled default setup) gives the impression of coverage without any.',
    remediation:
      'Enable CodeQL default setup (Settings > Code security) or a code scanning workflow on pushes to the default branch and a weekly schedule; include the `actions` language to scan workflows.',
    references: ['SSC-29', 'SSC-31', 'Scorecard: SAST', 'OSPS-VM-06'],
    access: {
      token: 'github-token',
      githubToken: ['security-events: read'],
      fineGrained: ['Code scanning alerts: read'],
      note: 'Private repositories need GitHub Code Security / Advanced Security.'
    }
  },
  needs: [codeScanningAnalysesFact, defaultBranchFact],
  defaultOptions: { maxAgeDays: 30 },
  strictOptions: { maxAgeDays: 8 },
  optionsSchema: {
    type: 'object',
    properties: { maxAgeDays: { type: 'integer', minimum: 1, description: 'Newest analysis on the default branch must be at most this old.' } }
  },
  evaluate(ctx) {
    const fact = ctx.need(codeScanningAnalysesFact)
    const branch = ctx.need(defaultBranchFact)
    const newest = fact.analyses[0]
    if (!fact.enabled || !newest) return [{ status: 'fail', message: `no code scanning analysis found for ${branch}` }]
    const age = ageInDays(newest.createdAt, ctx.now) ?? Number.POSITIVE_INFINITY
    const tools = [...new Set(fact.analyses.map((analysis) => analysis.tool))].join(', ')
    if (age > ctx.options.maxAgeDays) {
      return [
        {
          status: 'fail',
          message: `the newest code scanning analysis of ${branch} is ${age} days old (${newest.tool}, ${newest.createdAt}); the policy allows ${ctx.options.maxAgeDays}`
        }
      ]
    }
    return [{ status: 'pass', message: `code scanning ran on ${branch} ${age} day(s) ago (${tools})` }]
  }
})
