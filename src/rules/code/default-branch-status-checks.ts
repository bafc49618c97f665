/**
 * Required status checks on the default branch, including chaingate's own check: a gate that is not a
 * required check can be ignored by merging anyway.
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { sourcesOf } from '../../posture/protection.js'
import { BRANCH_ACCESS_NOTE, BRANCH_FACTS, branchView, onlyProblems, requirement } from './protection-support.js'
import { workflowPathsFact } from '../../github/facts/workspace-paths.js'

export interface StatusCheckOptions {
  /** The name of chaingate's own check as it appears in the branch's required checks; '' to skip. */
  checkName: string
  /** Further check names that must be required (CI, dependency review...). */
  requiredChecks: string[]
  /** Require branches to be up to date before merging. */
  requireStrict: boolean
}

export const defaultBranchStatusChecks = defineRule<StatusCheckOptions>({
  meta: {
    id: 'default-branch-status-checks',
    area: 'code',
    severity: 'medium',
    title: 'Required status checks missing on the default branch',
    rationale: 'A check that is not required does not block a merge: CI, the dependency gate and chaingate itself are then advice, not a gate.',
    remediation:
      "Add a required status checks rule to the default branch's ruleset (or classic protection) naming CI and chaingate's check (the job name, or `checkName` in the policy).",
    references: ['SSC-34', 'SSC-17', 'OSPS-QA-06.01', 'Scorecard: Branch-Protection', 'Legitify: requires_status_checks'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Administration: read (classic protection only)'],
      note: BRANCH_ACCESS_NOTE
    }
  },
  needs: BRANCH_FACTS.needs,
  uses: [...BRANCH_FACTS.uses, workflowPathsFact],
  defaultOptions: { checkName: 'chaingate', requiredChecks: [], requireStrict: false },
  strictOptions: { requireStrict: true },
  optionsSchema: {
    type: 'object',
    properties: {
      checkName: { type: 'string', description: "chaingate's check as named in the required checks ('' to not require it)." },
      requiredChecks: { type: 'array', items: { type: 'string' }, description: 'Other checks that must be required.' },
      requireStrict: { type: 'boolean', description: 'Require branches to be up to date before merging.' }
    }
  },
  evaluate(ctx) {
    const view = branchView(ctx)
    if (!view) return []
    const { branch } = view
    const options = ctx.options
    const results: RuleResult[] = [
      requirement(view, (s) => s.statusChecks.length > 0 || s.requiredWorkflows.length > 0, {
        pass: (j) =>
          [
            j.settings.statusChecks.length
              ? `required checks on ${branch}: ${j.settings.statusChecks.join(', ')} (${sourcesOf(j.settings, 'statusChecks')})`
              : null,
            j.settings.requiredWorkflows.length
              ? `required workflows on ${branch}: ${j.settings.requiredWorkflows.join(', ')} (${sourcesOf(j.settings, 'requiredWorkflows')})`
              : null
          ]
            .filter(Boolean)
            .join('; '),
        fail: () => `branch ${branch} requires no status checks: a failing CI or gate does not block the merge`,
        unknownPrefix: `no active ruleset requires status checks on ${branch}`
      })
    ]
    if (options.checkName) {
      // chaingate's check: the configured name, or the name of a job in this repository that runs chaingate.
      const paths = ctx.fact(workflowPathsFact)
      const names = [...new Set([options.checkName, ...(paths.known ? paths.value.chaingateJobs : [])])]
      const shown = names.map((name) => `"${name}"`).join(' or ')
      // An organization can also require chaingate as a required workflow (`workflows` ruleset rule).
      const viaWorkflow = (s: { requiredWorkflows: string[] }): string | undefined =>
        s.requiredWorkflows.find((id) => /chaingate/i.test(id.split(':').slice(1).join(':')))
      results.push(
        requirement(view, (s) => names.some((name) => s.statusChecks.includes(name)) || viaWorkflow(s) !== undefined, {
          pass: (j) =>
            `chaingate's check ${names.find((name) => j.settings.statusChecks.includes(name)) ?? `(required workflow ${viaWorkflow(j.settings)})`} is required on ${branch}`,
          fail: (j) =>
            `chaingate's own check (${shown}) is not required on ${branch}${j.settings.statusChecks.length ? ` (required: ${j.settings.statusChecks.join(', ')})` : ''}; set checkName in the policy if the job has another name`,
          unknownPrefix: `no active ruleset requires chaingate's check (${shown}) on ${branch}`
        })
      )
    }
    for (const name of options.requiredChecks) {
      results.push(
        requirement(view, (s) => s.statusChecks.includes(name), {
          pass: () => `${name} is a required check on ${branch}`,
          fail: (j) =>
            `check "${name}" is not required on ${branch}${j.settings.statusChecks.length ? ` (required: ${j.settings.statusChecks.join(', ')})` : ''}`,
          unknownPrefix: `no active ruleset requires check "${name}" on ${branch}`
        })
      )
    }
    if (options.requireStrict) {
      results.push(
        requirement(view, (s) => s.strictStatusChecks, {
          pass: () => `${branch} must be up to date before merging`,
          fail: () => `branch ${branch} does not require pull requests to be up to date before merging`,
          unknownPrefix: `no active ruleset requires ${branch} to be up to date before merging`
        })
      )
    }
    return onlyProblems(results)
  }
})
