/** Walks workflow and action files for the places rules look at: jobs, steps, `uses:` references. */
import type { Node, Scalar } from 'yaml'
import { isScalar } from 'yaml'
import type { ParsedWorkflowFile } from './workflow-files.js'
import { asSeq, entries, entry, scalarText, type Entry } from './yaml-nodes.js'

export interface JobView {
  id: string
  keyNode: Scalar
  node: Node
}

export interface UsesReference {
  file: ParsedWorkflowFile
  /** The raw `uses:` text. */
  value: string
  node: Scalar
  /** `job` for a reusable-workflow call, `step` for an action. */
  level: 'job' | 'step'
  jobId?: string
}

export function jobs(file: ParsedWorkflowFile): JobView[] {
  if (file.kind !== 'workflow') return []
  const jobsEntry = entry(file.doc, file.doc.contents, 'jobs')
  return entries(file.doc, jobsEntry?.value).flatMap((job) => (job.value ? [{ id: job.key, keyNode: job.keyNode, node: job.value }] : []))
}

/** Steps of a job, or of a composite action's `runs.steps`. */
export function stepsOf(file: ParsedWorkflowFile, owner: Node | null | undefined): Node[] {
  const steps = asSeq(file.doc, entry(file.doc, owner, 'steps')?.value)
  return (steps?.items ?? []).filter((item): item is Node => item !== null && typeof item === 'object')
}

export function compositeSteps(file: ParsedWorkflowFile): Node[] {
  if (file.kind !== 'action') return []
  return stepsOf(file, entry(file.doc, file.doc.contents, 'runs')?.value)
}

export function usesReferences(file: ParsedWorkflowFile): UsesReference[] {
  const found: UsesReference[] = []
  const add = (uses: Entry | undefined, level: 'job' | 'step', jobId?: string): void => {
    if (!uses || !isScalar(uses.value)) return
    const value = scalarText(file.doc, uses.value)
    if (value === undefined) return
    found.push({ file, value, node: uses.value, level, ...(jobId ? { jobId } : {}) })
  }
  for (const job of jobs(file)) {
    add(entry(file.doc, job.node, 'uses'), 'job', job.id)
    for (const step of stepsOf(file, job.node)) add(entry(file.doc, step, 'uses'), 'step', job.id)
  }
  for (const step of compositeSteps(file)) add(entry(file.doc, step, 'uses'), 'step')
  return found
}
