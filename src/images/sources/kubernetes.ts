/**
 * Images of Kubernetes manifests and rendered Helm output, through the extraction `chaingate verify
 * --manifests` uses (src/verify/manifests.ts). Found in the workspace by a text filter: YAML files that
 * say `apiVersion:`, `kind:` and `image:`; Helm templates (with `{{ }}`) are not manifests until rendered.
 */
import { manifestImages } from '../../verify/manifests.js'
import type { ImageSource, ImageSourceProblem } from './model.js'
import { parseImageRef } from './reference.js'

export function looksLikeManifest(relative: string, text: string): boolean {
  if (!/\.ya?ml$/i.test(relative) || relative.startsWith('.github/')) return false
  if (text.includes('{{')) return false
  return /^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text) && /^\s*-?\s*image\s*:/m.test(text)
}

export function kubernetesImages(path: string, text: string): { images: ImageSource[]; problems: ImageSourceProblem[] } {
  const found = manifestImages(path, text)
  const images = found.images.map((image): ImageSource => {
    const context = `${image.kind}/${image.name} container ${image.container}`
    const parsed = parseImageRef(image.image.trim())
    const base = { kind: 'kubernetes' as const, context, location: image.location, text: image.image.trim() }
    return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `not a valid image reference: ${parsed.reason}` }
  })
  return { images, problems: found.problems.map((problem) => ({ path: problem.path, message: problem.message, location: problem.location })) }
}
