/** Container images (`container:`, `services:`, `docker://` steps and Docker actions) not pinned by digest. */
import { isScalar, type Scalar } from '../../workspace/yaml-ast.js'
import { defineRule, type RuleResult } from '../../model/rule.js'
import type { Severity } from '../../model/finding.js'
import { workflowFilesFact, type ParsedWorkflowFile } from '../../workspace/workflow-files.js'
import { entries, entry, scalarText } from '../../workspace/yaml-nodes.js'
import { locate } from '../../workspace/yaml.js'
import { scanJobs } from './step-scan.js'

export interface UnpinnedImagesOptions {
  /** Images (minimatch-free prefixes, e.g. `ghcr.io/my-org/`) allowed to use a tag instead of a digest. */
  'tag-allowed': string[]
}

const DIGEST = /@sha256:[0-9a-f]{64}$/i

/** `name[:tag][@digest]` -> its tag ('' when none); the registry's port is not a tag. */
export function imageTag(image: string): string {
  const withoutDigest = image.split('@')[0]!
  const lastSlash = withoutDigest.lastIndexOf('/')
  const colon = withoutDigest.indexOf(':', lastSlash + 1)
  return colon === -1 ? '' : withoutDigest.slice(colon + 1)
}

export function gradeImage(image: string): { severity: Severity; why: string } | null {
  if (DIGEST.test(image)) return null
  const tag = imageTag(image)
  if (tag === '') return { severity: 'high', why: 'has no tag (it means :latest) and no digest' }
  if (tag === 'latest') return { severity: 'high', why: 'uses the :latest tag and no digest' }
  return { severity: 'medium', why: `is pinned to the tag :${tag}, which its publisher can move, not to a digest` }
}

export const unpinnedImages = defineRule<UnpinnedImagesOptions>({
  meta: {
    id: 'unpinned-images',
    area: 'build',
    severity: 'high',
    title: 'Container image not pinned by digest',
    rationale:
      'Job containers, service containers and `docker://` steps run whatever the registry serves for the name at that moment. A tag (or no tag, which is `latest`) can be re-pointed by whoever controls the image, or by an attacker who took it over; a `@sha256:` digest cannot.',
    remediation: 'Reference the image by digest, keeping the tag for readers: `image: node:22.11-bookworm@sha256:<digest>`, and let Dependabot (docker ecosystem) or Renovate update it.',
    references: ['SSC-45', 'OSPS-BR-05.01', 'zizmor: unpinned-images', 'Scorecard: Pinned-Dependencies (containerImage)'],
    access: { token: 'none' }
  },
  needs: [workflowFilesFact],
  defaultOptions: { 'tag-allowed': [] },
  strictOptions: { 'tag-allowed': [] },
  optionsSchema: {
    type: 'object',
    properties: { 'tag-allowed': { type: 'array', items: { type: 'string' }, description: 'image name prefixes that may use a tag instead of a digest' } }
  },
  evaluate(ctx) {
    const fact = ctx.fact(workflowFilesFact)
    if (!fact.known) return []
    const allowed = ctx.options['tag-allowed']
    const results: RuleResult[] = []
    const check = (file: ParsedWorkflowFile, node: Scalar, image: string, where: string): void => {
      if (image.includes('${{') || image.trim() === '') return
      const grade = gradeImage(image.trim())
      if (!grade) return
      if (grade.severity === 'medium' && allowed.some((prefix) => image.startsWith(prefix))) return
      results.push({ status: 'fail', severity: grade.severity, message: `${where} image ${image.trim()} ${grade.why}`, location: locate(file, node), fix: `${image.trim().split('@')[0]}@sha256:<digest>` })
    }
    const imageOf = (file: ParsedWorkflowFile, node: unknown): Scalar | undefined => {
      if (isScalar(node)) return node as Scalar
      const image = entry(file.doc, node, 'image')?.value
      return isScalar(image) ? (image as Scalar) : undefined
    }
    for (const file of fact.value.files) {
      if (file.kind === 'action') {
        const runs = entry(file.doc, file.doc.contents, 'runs')?.value
        const image = entry(file.doc, runs, 'image')?.value
        const text = scalarText(file.doc, image)
        if (isScalar(image) && text?.startsWith('docker://')) check(file, image as Scalar, text.slice('docker://'.length), 'the Docker action')
      }
      for (const job of scanJobs(file)) {
        if (file.kind === 'workflow') {
          const container = imageOf(file, entry(file.doc, job.node, 'container')?.value)
          const containerText = container ? scalarText(file.doc, container) : undefined
          if (container && containerText !== undefined) check(file, container, containerText, `job ${job.id}: container`)
          for (const service of entries(file.doc, entry(file.doc, job.node, 'services')?.value)) {
            const image = imageOf(file, service.value)
            const text = image ? scalarText(file.doc, image) : undefined
            if (image && text !== undefined) check(file, image, text, `job ${job.id}: service ${service.key}`)
          }
        }
        for (const step of job.steps) {
          if (step.uses?.parsed.kind === 'docker') check(file, step.uses.node, step.uses.parsed.image, `${job.id === '(composite action)' ? 'composite action' : `job ${job.id}`}: step ${step.index + 1} (docker://)`)
        }
      }
    }
    return results
  }
})
