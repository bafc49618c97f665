/**
 * Images a workflow runs: each job's `container:` and `services:` images and `docker://` steps. An image
 * written with `${{ matrix.<key> }}` is one reference per value the job's matrix lists for that key (its
 * list and `include:` entries), located at the value when the whole image is the expression; any other
 * expression (an input, `fromJSON(…)`, a computed matrix) is an `unknown` reference: chaingate does not
 * guess which values it takes.
 */
import path from 'node:path'
import type { ActionDoc, Job, Str, WorkflowDoc } from '../../workflow/types.js'
import { matrixValues } from '../../workflow/matrix.js'
import { unquotedRange } from '../../verify/manifests.js'
import { locate } from '../../workspace/yaml.js'
import type { Location } from '../../model/finding.js'
import type { ImageSource, ImageSourceKind } from './model.js'
import { workspacePath } from './names.js'
import { parseImageRef } from './reference.js'

export function workflowImages(workflow: WorkflowDoc): ImageSource[] {
  const images: ImageSource[] = []
  const add = (kind: ImageSourceKind, context: string, str: Str, text = str.value, job?: Job): void => {
    const at = (node: Str['node'], skip = 0): Location => {
      const range = unquotedRange(node)
      const [start, end] = Array.isArray(range) ? range : range.range
      return locate(workflow.file, [start + skip, end])
    }
    // `uses: docker://image`: the image text starts after the scheme.
    const location = at(str.node, str.value.startsWith('docker://') ? 'docker://'.length : 0)
    const written = text.trim()
    if (str.expressions.length > 0 && job) {
      const expanded = matrixImages(job, str)
      if (expanded) {
        for (const { value, key, matrixValue, node, whole } of expanded) {
          const parsed = parseImageRef(value)
          const base = { kind, context: `${context} (matrix.${key} = ${matrixValue})`, location: whole ? at(node) : location, text: written, resolved: value }
          images.push(parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` })
        }
        return
      }
    }
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
    if (job.container?.image && job.container.image.value.trim() !== '')
      add('workflow-container', `job ${job.id}: container`, job.container.image, undefined, job)
    for (const service of job.services) {
      if (service.image && service.image.value.trim() !== '')
        add('workflow-service', `job ${job.id}: service ${service.name ?? '?'}`, service.image, undefined, job)
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

/**
 * A Docker container action's image (`runs.using: docker`, `runs.image: docker://REF`), or the workspace
 * path of the Dockerfile it builds (`runs.image: Dockerfile`, relative to the action's folder).
 */
export function dockerActionImage(action: ActionDoc): { image?: ImageSource; dockerfile?: string } {
  const image = action.runs?.kind === 'docker' ? action.runs.image : undefined
  const written = image?.value.trim()
  if (!image || !written) return {}
  if (!written.startsWith('docker://')) {
    const dockerfile = workspacePath(path.posix.dirname(action.path), written)
    return dockerfile === undefined ? {} : { dockerfile }
  }
  const range = unquotedRange(image.node)
  const [start, end] = Array.isArray(range) ? range : range.range
  const location = locate(action.file, [start + image.value.indexOf('docker://') + 'docker://'.length, end])
  const text = written.slice('docker://'.length)
  const base = { kind: 'docker-action' as const, context: `Docker action ${action.name?.value ?? action.path}`, location, text }
  if (image.expressions.length > 0) return { image: { ...base, unknown: 'the image is computed by an expression, which chaingate does not resolve' } }
  const parsed = parseImageRef(text)
  return { image: parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` } }
}

const MATRIX_KEY = /^\s*matrix\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'([^']+)'\s*\])\s*$/

/**
 * The images `str` names for each value of the one matrix key its expressions read, or null when they read
 * anything else, more than one key, or a matrix computed by an expression.
 */
function matrixImages(job: Job, str: Str): Array<{ value: string; key: string; matrixValue: string; node: Str['node']; whole: boolean }> | null {
  const keys = new Set<string>()
  for (const expression of str.expressions) {
    const match = MATRIX_KEY.exec(expression.body)
    if (!match || !expression.terminated) return null
    keys.add(match[1] ?? match[2]!)
  }
  if (keys.size !== 1) return null
  const [key] = [...keys] as [string]
  const values = matrixValues(job, key)
  if (!values || values.length === 0) return null
  const whole = str.expressions.length === 1 && str.value.trim() === str.value.slice(str.expressions[0]!.valueStart, str.expressions[0]!.valueEnd)
  const seen = new Set<string>()
  const out: Array<{ value: string; key: string; matrixValue: string; node: Str['node']; whole: boolean }> = []
  for (const { value, node } of values) {
    let text = ''
    let last = 0
    for (const expression of str.expressions) {
      text += str.value.slice(last, expression.valueStart) + value
      last = expression.valueEnd
    }
    text = (text + str.value.slice(last)).trim()
    // An empty value runs the job without that container (`container: ''` on some matrix entries).
    if (text === '' || seen.has(text)) continue
    seen.add(text)
    out.push({ value: text, key, matrixValue: value, node, whole })
  }
  return out
}
