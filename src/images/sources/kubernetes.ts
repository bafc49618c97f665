/**
 * Images of Kubernetes manifests and rendered Helm output, through the extraction `chaingate verify
 * --manifests` uses (src/verify/manifests.ts). Found in the workspace by a text filter: YAML files that
 * say `apiVersion:`, `kind:` and `image:`; Helm / Go templates (`{{ .Values.x }}`, `{{- if }}`) are not
 * manifests until rendered, but Argo Workflows' own `{{inputs.parameters.x}}` placeholders are.
 */
import { manifestImageContext, manifestImages, type ManifestImage } from '../../verify/manifests.js'
import type { ImageSource, ImageSourceProblem } from './model.js'
import { parseImageRef } from './reference.js'

/** A Go template action (Helm): `{{ .x }}`, `{{ $v }}`, `{{- … }}`, `{{ if|range|with|include|template|define|end … }}`. */
const GO_TEMPLATE = /\{\{-|\{\{\s*(?:[.$]|(?:if|else|end|range|with|include|template|define|block|toYaml|tpl|printf|default|required|quote)\b)/

/** Placeholders a controller fills in before the pod runs: Tekton `$(params.x)`, Argo Workflows `{{inputs.parameters.x}}`. */
const PLACEHOLDER = /\$\([^)]*\)|\{\{[^}]*\}\}/

export function looksLikeManifest(relative: string, text: string): boolean {
  if (!/\.ya?ml$/i.test(relative) || relative.startsWith('.github/')) return false
  if (GO_TEMPLATE.test(text)) return false
  return /^\s*apiVersion\s*:/m.test(text) && /^\s*kind\s*:/m.test(text) && /["']?\bimage["']?\s*:/.test(text)
}

/** The images of a manifest, and for each the keys from its resource to its container (`spec/template/spec/containers`). */
export function kubernetesImages(path: string, text: string): { images: ImageSource[]; problems: ImageSourceProblem[]; fields: Array<string | undefined> } {
  const found = manifestImages(path, text)
  return {
    images: found.images.map(manifestImageSource),
    problems: found.problems.map((problem) => ({ path: problem.path, message: problem.message, location: problem.location })),
    fields: found.images.map((image) => image.field)
  }
}

/** A manifest's image as an image source: parsed, or unknown with the reason (a ko:// or controller placeholder, an invalid reference). */
export function manifestImageSource(image: ManifestImage): ImageSource {
  const context = manifestImageContext(image)
  const parsed = parseImageRef(image.image.trim())
  const base = { kind: 'kubernetes' as const, context, location: image.location, text: image.image.trim() }
  if (parsed.ok) return { ...base, ref: parsed.ref }
  if (base.text.startsWith('ko://'))
    return { ...base, unknown: 'a ko:// placeholder: ko replaces it with the image it builds and pushes (`ko resolve` / `ko apply`)' }
  const placeholder = PLACEHOLDER.exec(base.text)
  if (placeholder) return { ...base, unknown: `the image is filled in by ${placeholder[0]} when the resource runs, which chaingate does not resolve` }
  return { ...base, unknown: `not a valid image reference: ${parsed.reason}` }
}
