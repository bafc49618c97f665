/** Container images (`container:`, `services:`, `docker://` steps and Docker actions) not pinned by digest. */
import type { Node } from '../../workspace/yaml-ast.js'
import type { RuleResult } from '../../model/rule.js'
import type { Severity } from '../../model/finding.js'
import { nodeLocation, stepDoc, type Job, type ModelDoc } from '../../workflow/index.js'
import { matrixValues } from '../../workflow/matrix.js'
import { dedupeResults } from '../../workflow/rule-helpers.js'
import { defineWorkflowRule, stepOwner, walkOf } from '../../workflow/kit.js'

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

export const unpinnedImages = defineWorkflowRule<UnpinnedImagesOptions>({
  meta: {
    id: 'unpinned-images',
    area: 'build',
    severity: 'high',
    title: 'Container image not pinned by digest',
    rationale:
      'Job containers, service containers and `docker://` steps run whatever the registry serves for the name at that moment. A tag (or no tag, which is `latest`) can be re-pointed by whoever controls the image, or by an attacker who took it over; a `@sha256:` digest cannot.',
    remediation:
      'Reference the image by digest, keeping the tag for readers: `image: node:22.11-bookworm@sha256:<digest>`, and let Dependabot (docker ecosystem) or Renovate update it.',
    references: ['SSC-45', 'OSPS-BR-05.01', 'zizmor: unpinned-images', 'Scorecard: Pinned-Dependencies (containerImage)'],
    access: { token: 'none' }
  },
  defaultOptions: { 'tag-allowed': [] },
  strictOptions: { 'tag-allowed': [] },
  optionsSchema: {
    type: 'object',
    properties: { 'tag-allowed': { type: 'array', items: { type: 'string' }, description: 'image name prefixes that may use a tag instead of a digest' } }
  },
  model(model, ctx) {
    const allowed = ctx.options['tag-allowed']
    const results: RuleResult[] = []
    const check = (doc: ModelDoc, node: Node, image: string, where: string, job?: Job): void => {
      if (image.includes('${{')) {
        // `image: ${{ matrix.image }}` or `node:${{ matrix.node }}`: each value the matrix lists, at the value.
        const refs = [...image.matchAll(/\$\{\{\s*matrix\.([\w-]+)\s*\}\}/g)]
        if (!job || refs.length !== 1 || image.replace(refs[0]![0], '').includes('${{')) return
        const ref = refs[0]!
        for (const item of matrixValues(job, ref[1]!) ?? []) {
          const resolved = image.replace(ref[0], item.value)
          if (!resolved.includes('${{')) check(doc, item.node, resolved, `${where} (matrix.${ref[1]})`)
        }
        return
      }
      if (image.trim() === '') return
      const grade = gradeImage(image.trim())
      if (!grade) return
      if (grade.severity === 'medium' && allowed.some((prefix) => image.startsWith(prefix))) return
      results.push({
        status: 'fail',
        severity: grade.severity,
        message: `${where} image ${image.trim()} ${grade.why}`,
        location: nodeLocation(doc, node),
        fix: `${image.trim().split('@')[0]}@sha256:<digest>`
      })
    }
    const walk = walkOf(model)
    for (const action of walk.actions) {
      const image = action.runs?.image
      if (image?.value.startsWith('docker://')) check(action, image.node, image.value.slice('docker://'.length), 'the Docker action')
    }
    for (const job of walk.jobs) {
      if (job.container?.image) check(job.workflow, job.container.image.node, job.container.image.value, `job ${job.id}: container`, job)
      for (const service of job.services)
        if (service.image) check(job.workflow, service.image.node, service.image.value, `job ${job.id}: service ${service.name}`, job)
    }
    for (const step of walk.steps) {
      if (step.uses?.kind === 'docker') check(stepDoc(step), step.uses.node, step.uses.image ?? '', `${stepOwner(step)}: step ${step.index + 1} (docker://)`)
    }
    return dedupeResults(results)
  }
})
