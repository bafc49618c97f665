/** Workflows that leave the GITHUB_TOKEN's permissions to the repository default, or grant `write-all`. */
import type { Node } from 'yaml'
import { defineRule, type RuleResult } from '../../model/rule.js'
import { workflowFilesFact, type ParsedWorkflowFile } from '../../workspace/workflow-files.js'
import { jobs } from '../../workspace/workflow-walk.js'
import { locate } from '../../workspace/yaml.js'
import { entry, scalarText } from '../../workspace/yaml-nodes.js'

export const MINIMAL_PERMISSIONS_FIX = 'permissions: {}   # then grant each job only what it uses, e.g. `permissions: { contents: read }`'

function isReusableOnly(file: ParsedWorkflowFile): boolean {
  const on = (file.value as Record<string, unknown> | null)?.on
  if (typeof on === 'string') return on === 'workflow_call'
  if (Array.isArray(on)) return on.length === 1 && on[0] === 'workflow_call'
  if (on && typeof on === 'object') {
    const keys = Object.keys(on)
    return keys.length === 1 && keys[0] === 'workflow_call'
  }
  return false
}

export const excessivePermissions = defineRule({
  meta: {
    id: 'excessive-permissions',
    area: 'build',
    severity: 'medium',
    title: 'Workflow token permissions not restricted',
    rationale:
      'Without a `permissions:` block the GITHUB_TOKEN gets the repository default, which is read/write on older repositories and organizations; `write-all` grants every scope. A compromised step then inherits all of it.',
    remediation: 'Add `permissions: {}` (or `contents: read`) at the top of the workflow and grant each job only the scopes it uses.',
    references: ['SSC-49', 'OSPS-BR-01', 'zizmor: excessive-permissions', 'Scorecard: Token-Permissions'],
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
      const top = entry(file.doc, file.doc.contents, 'permissions')
      const writeAll = (node: Node | null, where: string): void => {
        if (node && scalarText(file.doc, node) === 'write-all') {
          results.push({ status: 'fail', severity: 'high', message: `${where} grants write-all to the GITHUB_TOKEN`, location: locate(file, node), fix: MINIMAL_PERMISSIONS_FIX })
        }
      }
      if (top) writeAll(top.value, 'the workflow')
      const jobList = jobs(file)
      const jobsWithout = jobList.filter((job) => {
        const own = entry(file.doc, job.node, 'permissions')
        if (own) writeAll(own.value, `job ${job.id}`)
        // A job calling a reusable workflow passes its permissions down; it still needs its own block.
        return !own
      })
      if (!top && jobsWithout.length > 0 && !isReusableOnly(file)) {
        const anchor = entry(file.doc, file.doc.contents, 'jobs')?.keyNode ?? entry(file.doc, file.doc.contents, 'on')?.keyNode
        results.push({
          status: 'fail',
          message: `no permissions: block at the top of the workflow, and job${jobsWithout.length > 1 ? 's' : ''} ${jobsWithout.map((job) => job.id).join(', ')} set${jobsWithout.length > 1 ? '' : 's'} none: the token gets the repository default`,
          ...(anchor ? { location: locate(file, anchor) } : {}),
          fix: MINIMAL_PERMISSIONS_FIX
        })
      }
    }
    return results
  }
})
