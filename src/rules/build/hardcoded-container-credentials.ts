/** Literal registry passwords in `container.credentials` / `services.*.credentials`. */
import { isScalar, type Node } from '../../workspace/yaml-ast.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { workflowFilesFact, type ParsedWorkflowFile } from '../../workspace/workflow-files.js'
import { entries, entry, scalarText } from '../../workspace/yaml-nodes.js'
import { locate } from '../../workspace/yaml.js'
import { scanJobs } from './step-scan.js'

export const hardcodedContainerCredentials = defineRule({
  meta: {
    id: 'hardcoded-container-credentials',
    area: 'build',
    severity: 'high',
    title: 'Container registry password written in the workflow',
    rationale: 'A password in the workflow file is readable by everyone who can read the repository (and its history, forever), and it is not masked in logs.',
    remediation: 'Store it as a secret and reference it: `password: ${{ secrets.REGISTRY_PASSWORD }}`; rotate the exposed one. For GHCR use `${{ secrets.GITHUB_TOKEN }}` with `packages: read`.',
    references: ['SSC-25', 'OSPS-BR-07.01', 'zizmor: hardcoded-container-credentials', 'actionlint: credentials'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  defaultOptions: {},
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const results: RuleResult[] = []
    const check = (file: ParsedWorkflowFile, container: Node | null | undefined, where: string): void => {
      const credentials = entry(file.doc, container, 'credentials')?.value
      const password = entry(file.doc, credentials, 'password')
      if (!password || !isScalar(password.value)) return
      const text = scalarText(file.doc, password.value)
      if (text === undefined || text.trim() === '' || text.includes('${{')) return
      results.push({
        status: 'fail',
        message: `${where}: the registry password is a literal in the workflow`,
        location: locate(file, password.value),
        fix: 'password: ${{ secrets.REGISTRY_PASSWORD }}'
      })
    }
    for (const file of fact.value.files) {
      if (file.kind !== 'workflow') continue
      for (const job of scanJobs(file)) {
        check(file, entry(file.doc, job.node, 'container')?.value, `job ${job.id}: container`)
        for (const service of entries(file.doc, entry(file.doc, job.node, 'services')?.value)) check(file, service.value, `job ${job.id}: service ${service.key}`)
      }
    }
    return results
  }
})
