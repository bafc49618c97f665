/**
 * The groups of image sources base-image-policy's `sources` option names, and which images of a run each
 * holds: the rule judges them, and the image facts read from registries (configs, scans) read exactly the
 * images of the groups it judges.
 */
import type { ImageSource, ImageSourceKind, ImageSources } from './model.js'

export const SOURCE_GROUPS = ['dockerfile', 'kubernetes', 'workflow', 'compose', 'helm-values', 'pushed'] as const
export type SourceGroup = (typeof SOURCE_GROUPS)[number]

export const GROUP_OF: Record<ImageSourceKind, SourceGroup> = {
  'dockerfile-from': 'dockerfile',
  'dockerfile-copy': 'dockerfile',
  'dockerfile-mount': 'dockerfile',
  'dockerfile-syntax': 'dockerfile',
  kubernetes: 'kubernetes',
  kustomize: 'kubernetes',
  'workflow-container': 'workflow',
  'workflow-service': 'workflow',
  'workflow-step': 'workflow',
  'docker-action': 'workflow',
  compose: 'compose',
  'helm-values': 'helm-values',
  pushed: 'pushed'
}

/** The groups in their canonical order, each once (a fact id is made of them). */
export function normalGroups(groups: readonly SourceGroup[]): SourceGroup[] {
  return SOURCE_GROUPS.filter((group) => groups.includes(group))
}

/** Whether reading these groups needs more than the Dockerfiles (the whole image sources fact). */
export function beyondDockerfiles(groups: readonly SourceGroup[]): boolean {
  return groups.some((group) => group !== 'dockerfile')
}

/** The images of the run in these groups. */
export function imagesOf(sources: ImageSources, groups: readonly SourceGroup[]): ImageSource[] {
  return sources.images.filter((image) => groups.includes(GROUP_OF[image.kind]))
}
