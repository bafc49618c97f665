/**
 * What posture rules read from the checkout: workflow file paths, the chaingate policy file, and the jobs
 * that run chaingate (their names are the check names a branch should require).
 */
import { defineFact, known } from '../../model/fact.js'
import { DEFAULT_POLICY_PATHS } from '../../policy/locate.js'
import { parseWorkflowText } from '../../workspace/workflow-files.js'

export interface WorkspacePaths {
  workflows: string[]
  policy: string | null
  /** Check names of the jobs that run chaingate (job `name`, else its id), from the workflows in the checkout. */
  chaingateJobs: string[]
}

const CHAINGATE_USES = /(^|\/)chaingate(@|\/|$)/i

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

/** Jobs of a parsed workflow that use chaingate (a step `uses:` or a reusable workflow named chaingate). */
export function chaingateJobNames(workflow: unknown): string[] {
  const jobs = record(record(workflow)?.jobs)
  if (!jobs) return []
  const names: string[] = []
  for (const [id, raw] of Object.entries(jobs)) {
    const job = record(raw)
    if (!job) continue
    const steps = Array.isArray(job.steps) ? job.steps : []
    const usesChaingate =
      (typeof job.uses === 'string' &&
        CHAINGATE_USES.test(
          job.uses
            .split('@')[0]!
            .replace(/\.ya?ml$/, '')
            .split('/')
            .pop() ?? ''
        )) ||
      steps.some((step) => {
        const uses = record(step)?.uses
        return typeof uses === 'string' && CHAINGATE_USES.test(uses)
      })
    if (!usesChaingate) continue
    // A name with an expression is only known at run time; the job id is what GitHub shows then too.
    names.push(typeof job.name === 'string' && !job.name.includes('${{') ? job.name : id)
  }
  return names
}

export const workflowPathsFact = defineFact<WorkspacePaths>('workspace.posture-paths', async (ctx) => {
  const files = ctx.workspace.files()
  const workflows = files.filter((file) => /^\.github\/workflows\/[^/]+\.ya?ml$/.test(file))
  const policy = DEFAULT_POLICY_PATHS.find((candidate) => files.includes(candidate)) ?? null
  const chaingateJobs: string[] = []
  for (const path of workflows) {
    const read = ctx.workspace.readText(path)
    // Only workflows that mention chaingate can run it: the others are not parsed (this fact is run-wide).
    if (!read.ok || !/chaingate/i.test(read.text)) continue
    const parsed = parseWorkflowText(path, 'workflow', read.text)
    if (parsed.ok) for (const name of chaingateJobNames(parsed.file.value)) if (!chaingateJobs.includes(name)) chaingateJobs.push(name)
  }
  return known({ workflows, policy, chaingateJobs })
})
