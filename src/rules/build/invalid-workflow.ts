/**
 * Workflow and action files that cannot be read or parsed, and symbolic links to them (or to `.github`) that
 * were not followed: the gate could not audit them.
 */
import { defineRule, type RuleResult } from '../../model/rule.js'
import { skippedWorkflowLinksFact, workflowFileKind, workflowFilesFact } from '../../workspace/workflow-files.js'

export const invalidWorkflow = defineRule({
  meta: {
    id: 'invalid-workflow',
    area: 'build',
    severity: 'high',
    title: 'Workflow or action file could not be audited',
    rationale: 'A file chaingate cannot parse is a file no rule has looked at; it must not pass silently.',
    remediation:
      'Fix the YAML error at the reported line (GitHub rejects such workflows too); replace a symbolic link that leads outside the repository (or nowhere) by the file itself; or exclude the path with ignore-paths.',
    references: ['OSPS-BR-01'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  uses: [skippedWorkflowLinksFact],
  defaultOptions: {},
  evaluate(ctx) {
    const files = ctx.need(workflowFilesFact)
    const failures: RuleResult[] = files.failures.map((failure) => ({
      status: 'fail',
      message: `${failure.kind === 'workflow' ? 'workflow' : 'action metadata'} not audited: ${failure.message}`,
      location: { path: failure.path, startLine: failure.line, startColumn: failure.column, endLine: failure.line, endColumn: failure.column }
    }))
    const skipped = ctx.fact(skippedWorkflowLinksFact)
    // Links that could not be listed are not "no links": a workflow behind one would go unaudited unseen.
    if (!skipped.known)
      failures.push({
        status: 'unknown',
        message: `symbolic links under .github could not be listed, so a workflow behind one may not be audited: ${skipped.reason}`,
        location: { path: '.github', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
      })
    const links = (skipped.known ? skipped.value : []).map((link) => {
      const kind = workflowFileKind(link.path)
      const what = kind === 'workflow' ? 'workflow' : kind === 'action' ? 'action metadata' : `the workflows under ${link.path}`
      return {
        status: 'fail' as const,
        message: `${what} not audited: ${link.reason}; chaingate follows symbolic links only to targets inside the repository`,
        location: { path: link.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
      }
    })
    return [...failures, ...links]
  }
})
