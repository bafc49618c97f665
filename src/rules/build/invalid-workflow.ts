/** Workflow and action files that cannot be read or parsed: the gate could not audit them. */
import { defineRule } from '../../model/rule.js'
import { workflowFilesFact } from '../../workspace/workflow-files.js'

export const invalidWorkflow = defineRule({
  meta: {
    id: 'invalid-workflow',
    area: 'build',
    severity: 'high',
    title: 'Workflow or action file could not be audited',
    rationale: 'A file chaingate cannot parse is a file no rule has looked at; it must not pass silently.',
    remediation: 'Fix the YAML error at the reported line (GitHub rejects such workflows too), or exclude the file with ignore-paths.',
    references: ['OSPS-BR-01'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    return fact.value.failures.map((failure) => ({
      status: 'fail' as const,
      message: `${failure.kind === 'workflow' ? 'workflow' : 'action metadata'} not audited: ${failure.message}`,
      location: { path: failure.path, startLine: failure.line, startColumn: failure.column, endLine: failure.line, endColumn: failure.column }
    }))
  }
})
