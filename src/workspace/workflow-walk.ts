/** Walks workflow and action files for jobs and steps (the older helpers; src/workflow/ is the model). */
import type { Node, Scalar } from './yaml-ast.js'
import type { ParsedWorkflowFile } from './workflow-files.js'
import { asSeq, entries, entry } from './yaml-nodes.js'

export interface JobView {
  id: string
  keyNode: Scalar
  node: Node
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
