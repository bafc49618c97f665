/** Literal registry passwords in `container.credentials` / `services.*.credentials`. */
import type { RuleResult } from '../../model/rule.js'
import { nodeLocation, type Container } from '../../workflow/index.js'
import { defineWorkflowRule } from '../../workflow/kit.js'

export const hardcodedContainerCredentials = defineWorkflowRule({
  meta: {
    id: 'hardcoded-container-credentials',
    area: 'build',
    severity: 'high',
    title: 'Container registry password written in the workflow',
    rationale: 'A password in the workflow file is readable by everyone who can read the repository (and its history, forever), and it is not masked in logs.',
    remediation:
      'Store it as a secret and reference it: `password: ${{ secrets.REGISTRY_PASSWORD }}`; rotate the exposed one. For GHCR use `${{ secrets.GITHUB_TOKEN }}` with `packages: read`.',
    references: ['SSC-25', 'OSPS-BR-07.01', 'zizmor: hardcoded-container-credentials', 'actionlint: credentials'],
    access: { token: 'none' }
  },
  defaultOptions: {},
  job(job) {
    const results: RuleResult[] = []
    const check = (container: Container | undefined, where: string): void => {
      const password = container?.credentials?.password
      if (!password || password.value.trim() === '' || password.value.includes('${{')) return
      results.push({
        status: 'fail',
        message: `${where}: the registry password is a literal in the workflow`,
        location: nodeLocation(job.workflow, password.node),
        fix: 'password: ${{ secrets.REGISTRY_PASSWORD }}'
      })
    }
    check(job.container, `job ${job.id}: container`)
    for (const service of job.services) check(service, `job ${job.id}: service ${service.name}`)
    return results
  }
})
