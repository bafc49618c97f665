/**
 * Images a workflow runs: each job's `container:` and `services:` images and `docker://` steps. An image
 * written with a `${{ }}` expression (a matrix value, an input) is an `unknown` reference: chaingate does
 * not guess which values it takes.
 */
import type { Str, WorkflowDoc } from '../../workflow/types.js'
import { nodeLocation } from '../../workflow/model.js'
import type { ImageSource, ImageSourceKind } from './model.js'
import { parseImageRef } from './reference.js'

export function workflowImages(workflow: WorkflowDoc): ImageSource[] {
  const images: ImageSource[] = []
  const add = (kind: ImageSourceKind, context: string, str: Str, text = str.value): void => {
    const location = nodeLocation(workflow, str.node)
    const written = text.trim()
    if (str.expressions.length > 0) {
      const shown = str.expressions.map((expression) => `\${{ ${expression.body.trim()} }}`).join(', ')
      images.push({ kind, context, location, text: written, unknown: `the image is computed by ${shown}, whose values chaingate does not resolve` })
      return
    }
    const parsed = parseImageRef(written)
    images.push(
      parsed.ok
        ? { kind, context, location, text: written, ref: parsed.ref }
        : { kind, context, location, text: written, unknown: `not a valid image reference: ${parsed.reason}` }
    )
  }
  for (const job of workflow.jobs) {
    if (job.container?.image && job.container.image.value.trim() !== '') add('workflow-container', `job ${job.id}: container`, job.container.image)
    for (const service of job.services) {
      if (service.image && service.image.value.trim() !== '') add('workflow-service', `job ${job.id}: service ${service.name ?? '?'}`, service.image)
    }
    for (const step of job.steps) {
      if (step.uses?.kind === 'docker' && step.uses.image) {
        const str: Str = { value: step.uses.raw, node: step.uses.node, expressions: [] }
        if (step.uses.raw.includes('${{')) continue
        add('workflow-step', `job ${job.id}: step ${step.index + 1} (docker://)`, str, step.uses.image)
      }
    }
  }
  return images
}
