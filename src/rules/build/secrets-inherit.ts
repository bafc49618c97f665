/** `secrets: inherit` hands every repository, organization and environment secret to a reusable workflow. */
import { isScalar } from '../../workspace/yaml-ast.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { workflowFilesFact } from '../../workspace/workflow-files.js'
import { entry, scalarText } from '../../workspace/yaml-nodes.js'
import { locate } from '../../workspace/yaml.js'
import { scanJobs } from './step-scan.js'

export const secretsInherit = defineRule({
  meta: {
    id: 'secrets-inherit',
    area: 'build',
    severity: 'medium',
    title: 'Reusable workflow called with `secrets: inherit`',
    rationale:
      '`secrets: inherit` passes every secret the calling workflow can see to the called workflow, whatever it needs. A compromised or careless reusable workflow (or a later change to it) then reaches all of them.',
    remediation: 'Pass only the secrets the called workflow declares: `secrets: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }`.',
    references: ['SSC-25', 'OSPS-BR-07.02', 'zizmor: secrets-inherit'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const results: RuleResult[] = []
    for (const file of fact.value.files) {
      if (file.kind !== 'workflow') continue
      for (const job of scanJobs(file)) {
        const secrets = entry(file.doc, job.node, 'secrets')
        if (!secrets || !isScalar(secrets.value) || scalarText(file.doc, secrets.value) !== 'inherit') continue
        const called = job.uses?.value ?? 'a reusable workflow'
        results.push({
          status: 'fail',
          message: `job ${job.id} passes every secret to ${called} (secrets: inherit)`,
          location: locate(file, secrets.value),
          fix: 'secrets:\n  NAME: ${{ secrets.NAME }}   # only the secrets the called workflow declares'
        })
      }
    }
    return results
  }
})
