/** `secrets: inherit` hands every repository, organization and environment secret to a reusable workflow. */
import { nodeLocation } from '../../workflow/index.js'
import { defineWorkflowRule } from '../../workflow/kit.js'

export const secretsInherit = defineWorkflowRule({
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
  defaultOptions: {},
  job(job) {
    if (!job.secrets?.inherit) return null
    return {
      status: 'fail',
      message: `job ${job.id} passes every secret to ${job.uses?.raw ?? 'a reusable workflow'} (secrets: inherit)`,
      location: nodeLocation(job.workflow, job.secrets.node),
      fix: 'secrets:\n  NAME: ${{ secrets.NAME }}   # only the secrets the called workflow declares'
    }
  }
})
