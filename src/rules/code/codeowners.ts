/**
 * CODEOWNERS exists, GitHub finds no errors in it, and it gives an owner to the files that control the
 * build and the gate: every workflow, the chaingate policy, and CODEOWNERS itself. Combined with required
 * code-owner review (default-branch-review), changes to them need an owner's approval.
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { codeownersErrorsFact, codeownersFileFact, CODEOWNERS_LOCATIONS, ownersOf } from '../../github/facts/codeowners.js'
import { workflowPathsFact } from '../../github/facts/workspace-paths.js'

export interface CodeownersOptions {
  /** Paths that must have an owner besides the workflows, the policy and CODEOWNERS itself. */
  paths: string[]
}

export const codeowners = defineRule<CodeownersOptions>({
  meta: {
    id: 'codeowners',
    area: 'code',
    severity: 'medium',
    title: 'CODEOWNERS missing, invalid or not covering workflows and policy',
    rationale:
      'Workflows hold the keys to releases and the policy decides what the gate accepts: a change to either should need its owners. GitHub silently ignores CODEOWNERS lines with errors.',
    remediation:
      'Add .github/CODEOWNERS with owners for `/.github/workflows/`, `/.github/actions/`, the policy file and CODEOWNERS itself, fix the errors GitHub lists, and require code-owner review.',
    references: ['SSC-39', 'Secure use: CODEOWNERS for workflows', 'CNCF SSCP: responsible individuals', 'Allstar: CODEOWNERS'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read', 'Contents: read'],
      note: 'Coverage is read from the checkout; syntax errors come from GitHub (default branch).'
    }
  },
  needs: [codeownersFileFact, workflowPathsFact],
  uses: [codeownersErrorsFact],
  defaultOptions: { paths: [] },
  strictOptions: { paths: ['action.yml', '.github/actions/example/action.yml'] },
  optionsSchema: {
    type: 'object',
    properties: { paths: { type: 'array', items: { type: 'string' }, description: 'More file paths that must have an owner.' } }
  },
  evaluate(ctx) {
    const file = ctx.need(codeownersFileFact)
    const workflows = ctx.need(workflowPathsFact)
    if (!file.path) {
      return [
        { status: 'fail', message: `no CODEOWNERS file (${CODEOWNERS_LOCATIONS.join(', ')}): nobody is required to review changes to workflows or the policy` }
      ]
    }
    const path = file.path
    const results: RuleResult[] = []
    const errors = ctx.fact(codeownersErrorsFact)
    if (!errors.known) {
      results.push({
        status: 'unknown',
        message: `GitHub's check of ${path} could not be read: ${errors.reason}`,
        ...(errors.permission ? { permission: errors.permission } : {})
      })
    } else if (!errors.value.found) {
      results.push({ status: 'fail', message: `${path} is in the checkout, but GitHub finds no CODEOWNERS file on the default branch` })
    } else {
      for (const error of errors.value.errors) {
        results.push({
          status: 'fail',
          message: `${error.path}:${error.line}: ${error.kind}: ${error.message.split('\n')[0]}`,
          location: { path: error.path || path, startLine: error.line, startColumn: error.column, endLine: error.line, endColumn: error.column }
        })
      }
    }
    const required = [
      ...new Set([...workflows.workflows, '.github/workflows/any-new-workflow.yml', workflows.policy ?? '.github/chaingate.yml', path, ...ctx.options.paths])
    ]
    const unowned = required.filter((candidate) => ownersOf(file.lines, candidate).owners.length === 0)
    if (unowned.length > 0) {
      results.push({
        status: 'fail',
        message: `${path} gives no owner to ${unowned.join(', ')}`,
        location: { path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
      })
    }
    if (results.length === 0) return [{ status: 'pass', message: `${path} is valid and owns the workflows, the policy and itself` }]
    return results
  }
})
