/**
 * The groups of image sources base-image-policy's `sources` option names, and which images of a run each
 * holds: the rule judges them, and the image facts read from registries (configs, scans) read exactly the
 * images of the groups it judges.
 */
import type { FactDef } from '../../model/fact.js'
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

/**
 * One fact per set of groups, made once per set: `base` for the Dockerfiles alone (the default `sources`),
 * `base(g1,g2…)` for another set, the groups in their canonical order.
 */
export function factPerGroups<T>(base: string, make: (id: string, groups: SourceGroup[]) => FactDef<T>): (groups: readonly SourceGroup[]) => FactDef<T> {
  const made = new Map<string, FactDef<T>>()
  return (groups) => {
    const normal = normalGroups(groups)
    const id = normal.length === 1 && normal[0] === 'dockerfile' ? base : `${base}(${normal.join(',')})`
    let def = made.get(id)
    if (!def) {
      def = make(id, normal)
      made.set(id, def)
    }
    return def
  }
}
