/**
 * Jobs on self-hosted runners in a public repository: anyone who can open a pull request may get code
 * onto a machine that is not wiped between jobs. Needs the repository's visibility (GET /repos/{o}/{r});
 * `unknown` when it cannot be read.
 */
import { isMap, isScalar, isSeq, type Node } from '../../workspace/yaml-ast.js'
import type { RuleResult } from '../../model/rule.js'
import { repositoryFact } from '../../github/facts/repository.js'
import { asSeq, deref, entry, scalarText } from '../../workspace/yaml-nodes.js'
import { forkReachable, nodeLocation, type WorkflowDoc, type WorkflowModel } from '../../workflow/index.js'
import { defineWorkflowRule } from '../../workflow/kit.js'

export interface SelfHostedRunnerOptions {
  /** Runner labels or `group:NAME` entries known to be ephemeral (JIT) runners, allowed on public repositories. */
  'allowed-runners': string[]
}

export interface SelfHostedUse {
  workflow: WorkflowDoc
  job: string
  node: Node
  why: string
}

/** Labels that name the runner (self-hosted, a runner group, or a matrix value that is self-hosted). */
export function selfHostedUses(workflow: WorkflowDoc): SelfHostedUse[] {
  const file = workflow.file
  const found: SelfHostedUse[] = []
  for (const job of workflow.jobs) {
    const runsOn = entry(file.doc, job.node, 'runs-on')
    if (!runsOn?.value) continue
    const value = deref(file.doc, runsOn.value)
    const labels = (node: unknown): Array<{ text: string; node: Node }> => {
      const resolved = deref(file.doc, node)
      if (isScalar(resolved)) {
        const text = scalarText(file.doc, resolved)
        return text === undefined ? [] : [{ text, node: resolved }]
      }
      if (isSeq(resolved)) return resolved.items.flatMap((item) => labels(item))
      return []
    }
    if (isMap(value)) {
      const group = entry(file.doc, value, 'group')
      if (group?.value) {
        found.push({ workflow, job: job.id, node: group.value, why: `runner group ${scalarText(file.doc, group.value) ?? ''}`.trim() })
        continue
      }
      for (const label of labels(entry(file.doc, value, 'labels')?.value)) {
        if (label.text === 'self-hosted') found.push({ workflow, job: job.id, node: label.node, why: 'label self-hosted' })
      }
      continue
    }
    for (const label of labels(value)) {
      if (label.text === 'self-hosted') {
        found.push({ workflow, job: job.id, node: label.node, why: 'label self-hosted' })
        continue
      }
      // runs-on: ${{ matrix.os }} with a matrix value that is self-hosted
      const matrixKey = /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(label.text.trim())?.[1]
      if (!matrixKey) continue
      const matrix = entry(file.doc, entry(file.doc, job.node, 'strategy')?.value, 'matrix')?.value
      const candidates = [
        ...labels(entry(file.doc, matrix, matrixKey)?.value),
        ...(asSeq(file.doc, entry(file.doc, matrix, 'include')?.value)?.items ?? []).flatMap((item) => labels(entry(file.doc, item, matrixKey)?.value))
      ]
      const hosted = candidates.find((candidate) => candidate.text === 'self-hosted' || candidate.text.includes('self-hosted'))
      if (hosted) found.push({ workflow, job: job.id, node: hosted.node, why: `matrix.${matrixKey} = ${hosted.text}` })
    }
  }
  return found
}

export const selfHostedRunner = defineWorkflowRule<SelfHostedRunnerOptions>({
  meta: {
    id: 'self-hosted-runner',
    area: 'build',
    severity: 'high',
    title: 'Self-hosted runner used by a public repository',
    rationale:
      'GitHub advises that self-hosted runners "should almost never be used for public repositories": a fork\'s pull request can run code on them, and unless the runner is ephemeral that code persists into later jobs (and may reach the network the runner sits in).',
    remediation:
      'Use GitHub-hosted runners for public repositories, or ephemeral just-in-time runners in a runner group restricted to selected workflows; require approval for all outside contributors.',
    references: ['SSC-44', 'SSC-43', 'OSPS-BR-01.03', 'zizmor: self-hosted-runner', 'poutine: pr_runs_on_self_hosted'],
    access: {
      token: 'github-token',
      githubToken: ['contents: read'],
      fineGrained: ['Metadata: read'],
      note: 'visibility from GET /repos/{owner}/{repo}; unknown when it cannot be read'
    }
  },
  uses: [repositoryFact],
  defaultOptions: { 'allowed-runners': [] },
  optionsSchema: {
    type: 'object',
    properties: {
      'allowed-runners': { type: 'array', items: { type: 'string' }, description: 'labels or group:NAME of ephemeral runners allowed on public repositories' }
    }
  },
  model(model: WorkflowModel, ctx) {
    const allowed = new Set(ctx.options['allowed-runners'])
    const uses = model.workflows
      .flatMap((workflow) => selfHostedUses(workflow))
      .filter((use) => {
        const label = use.why.startsWith('runner group ')
          ? `group:${use.why.slice('runner group '.length)}`
          : (scalarText(use.workflow.file.doc, use.node) ?? '')
        return !allowed.has(label)
      })
    if (uses.length === 0) return []
    const repository = ctx.fact(repositoryFact)
    const results: RuleResult[] = []
    for (const use of uses) {
      const location = nodeLocation(use.workflow, use.node)
      if (!repository.known) {
        results.push({
          status: 'unknown',
          message: `job ${use.job} runs on a self-hosted runner (${use.why}); whether the repository is public is unknown: ${repository.reason}`,
          location,
          ...(repository.permission ? { permission: repository.permission } : {})
        })
        continue
      }
      if (repository.value.private || repository.value.visibility === 'internal') continue
      const outsiders = forkReachable(use.workflow)
      results.push({
        status: 'fail',
        ...(outsiders ? {} : { severity: 'medium' as const }),
        message: `job ${use.job} of public repository ${repository.value.full_name} runs on a self-hosted runner (${use.why})${outsiders ? ', and the workflow runs on events outsiders can trigger' : ''}`,
        location
      })
    }
    return results
  }
})
