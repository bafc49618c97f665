/**
 * Container images referenced by Kubernetes manifests and Helm output (multi-document YAML): the
 * `image:` of containers, init containers and ephemeral containers of Pods, Deployments, ReplicaSets,
 * StatefulSets, DaemonSets, Jobs and CronJobs (also inside `kind: List`), and the `image.reference` of their
 * image volumes, each with its position.
 *
 * Custom resources (an `apiVersion` whose group has a dot and is not a built-in `*.k8s.io` one) often embed
 * pod specs (Argo Rollouts and Experiments, Knative Services, OpenKruise CloneSets, KEDA ScaledJobs…): in
 * them every pod-spec-shaped list, a `containers` / `initContainers` / `ephemeralContainers` / `sidecars`
 * sequence of mappings with an `image`, and every single `container:` mapping with an `image` (Argo
 * Workflows templates, Knative v1alpha1, Numaflow) is read wherever it is. Tekton (`tekton.dev`) `steps`,
 * `stepTemplate` and `StepAction` `spec.image`, and Argo Workflows' `script` are read too. An operator's own
 * fields (`spec.image` of a database cluster, KubeVirt `containerDisk`) are not.
 */
import { Document, LineIndex, YamlSyntaxError, isScalar, parseYamlDocuments, type Node, type Pair } from '../workspace/yaml-ast.js'
import type { Location } from '../model/finding.js'
import { locate, syntaxErrorPosition } from '../workspace/yaml.js'
import { asMap, asSeq, entries, entry, scalarText } from '../workspace/yaml-nodes.js'

export interface ManifestImage {
  image: string
  kind: string
  name: string
  container: string
  location: Location
  /** The keys from the resource to the container list or single container (`spec/template/spec/containers`). */
  field?: string
}

/** What references the image, for messages: `Deployment/web container app`, `Pod/p image volume data`. */
export function manifestImageContext(image: ManifestImage): string {
  return `${image.kind}/${image.name} ${image.field?.endsWith('/volumes') ? 'image volume' : 'container'} ${image.container}`
}

export interface ManifestParseProblem {
  path: string
  message: string
  location: Location
}

const POD_TEMPLATE_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'])

export function manifestImages(path: string, text: string): { images: ManifestImage[]; problems: ManifestParseProblem[] } {
  const images: ManifestImage[] = []
  const { documents, problems } = manifestDocuments(path, text)
  for (const { doc, file } of documents) {
    for (const { node: _node, pair: _pair, ...image } of resourceImages(doc.contents, (node) => locate(file, unquotedRange(node)))) images.push(image)
  }
  return { images, problems }
}

/** The YAML documents of a manifest stream, each with the file that locates its nodes (one broken document does not hide the others). */
export function manifestDocuments(
  path: string,
  text: string
): { documents: Array<{ doc: Document; file: { path: string; lineCounter: LineIndex } }>; problems: ManifestParseProblem[] } {
  const documents: Array<{ doc: Document; file: { path: string; lineCounter: LineIndex } }> = []
  const problems: ManifestParseProblem[] = []
  for (const part of documentParts(text)) {
    // Each part is parsed on its own, so one broken document does not hide the others' images.
    const file = { path, lineCounter: new LineIndex(part) }
    let parsed: Document[]
    try {
      parsed = parseYamlDocuments(part)
    } catch (error) {
      if (!(error instanceof YamlSyntaxError)) throw error
      const { line, col: column } = syntaxErrorPosition(part, file.lineCounter, error)
      problems.push({
        path,
        message: error.message.split('\n')[0] ?? error.message,
        location: { path, startLine: line, startColumn: column, endLine: line, endColumn: column }
      })
      continue
    }
    for (const doc of parsed) documents.push({ doc, file })
  }
  return { documents, problems }
}

/**
 * The documents of a stream, each as a text whose earlier lines are blanked, so offsets into a part give
 * the same lines and columns as in the whole file. A document starts at a `---` line.
 */
function documentParts(text: string): string[] {
  const lines = text.split('\n')
  const parts: string[] = []
  let first = 0
  const flush = (end: number): void => {
    const body = lines.slice(first, end).join('\n')
    if (body.trim() !== '') parts.push('\n'.repeat(first) + body)
  }
  for (let index = 1; index < lines.length; index += 1) {
    if (/^---(?:[ \t\r]|$)/.test(lines[index]!)) {
      flush(index)
      first = index
    }
  }
  flush(lines.length)
  return parts
}

/** Keys whose value, in a custom resource, is a list of containers (a pod spec's, Tekton's and Argo's sidecars). */
const CONTAINER_LISTS = new Set(['initContainers', 'containers', 'ephemeralContainers', 'sidecars'])

/** Whether an `apiVersion` names a custom resource's group (`argoproj.io/v1alpha1`), not a built-in one (`v1`, `apps/v1`, `batch/v1`, `networking.k8s.io/v1`). */
function isCustomGroup(apiVersion: string | undefined): boolean {
  if (!apiVersion || !apiVersion.includes('/')) return false
  const group = apiVersion.slice(0, apiVersion.indexOf('/'))
  return group.includes('.') && !group.endsWith('.k8s.io') && group !== 'k8s.io'
}

/** A scalar's range without its quotes (a location points at the image text itself). */
export function unquotedRange(node: Node): Node | [number, number] {
  const [start, end] = node.range
  return isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && end - start >= 2 ? [start + 1, end - 1] : node
}

/**
 * The images of a resource (or a `List` of them) as `manifestImages` finds them, each with the scalar that
 * writes it and the mapping entry that holds it (a kustomization's build replaces it); `locate` places a node.
 */
export function resourceImages(root: Node | null, locate: (node: Node) => Location): Array<ManifestImage & { node: Node; pair: Pair }> {
  const doc = new Document(root)
  const images: Array<ManifestImage & { node: Node; pair: Pair }> = []
  const push = (container: unknown, kind: string, name: string, fallbackName: string, field: string): void => {
    const imageEntry = entry(doc, container, 'image')
    const image = scalarText(doc, imageEntry?.value)
    if (!image || !imageEntry?.value) return
    const containerName = scalarText(doc, entry(doc, container, 'name')?.value) ?? fallbackName
    images.push({ image, kind, name, container: containerName, location: locate(imageEntry.value), field, node: imageEntry.value, pair: imageEntry.pair })
  }
  const readPodSpec = (podSpec: unknown, kind: string, name: string, at: string): void => {
    if (!asMap(doc, podSpec)) return
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
      for (const container of asSeq(doc, entry(doc, podSpec, list)?.value)?.items ?? []) push(container, kind, name, '(unnamed)', `${at}/${list}`)
    }
    // Image volumes (`volumes[].image.reference`): an image the pod mounts; `container` is the volume's name.
    for (const volume of asSeq(doc, entry(doc, podSpec, 'volumes')?.value)?.items ?? []) {
      const reference = entry(doc, entry(doc, volume, 'image')?.value, 'reference')
      const image = scalarText(doc, reference?.value)
      if (!image || !reference?.value) continue
      const volumeName = scalarText(doc, entry(doc, volume, 'name')?.value) ?? '(unnamed)'
      images.push({
        image,
        kind,
        name,
        container: volumeName,
        location: locate(reference.value),
        field: `${at}/volumes`,
        node: reference.value,
        pair: reference.pair
      })
    }
  }
  /** Every pod-spec-shaped list (and the group's known image fields) anywhere in a custom resource, in source order. */
  const readCustom = (resource: unknown, kind: string, name: string, group: string): void => {
    const tekton = group === 'tekton.dev'
    const argo = group === 'argoproj.io'
    if (tekton && kind === 'StepAction') push(entry(doc, resource, 'spec')?.value, kind, name, '(step action)', 'spec')
    const seen = new Set<unknown>()
    const walk = (node: unknown, depth: number, at: string): void => {
      if (depth > 64 || seen.has(node)) return
      seen.add(node)
      const seq = asSeq(doc, node)
      if (seq) {
        for (const item of seq.items) walk(item, depth + 1, at)
        return
      }
      for (const { key, value } of entries(doc, node)) {
        if (CONTAINER_LISTS.has(key) || (tekton && key === 'steps')) {
          const items = asSeq(doc, value)?.items ?? []
          for (const item of items) push(item, kind, name, '(unnamed)', `${at}/${key}`)
        } else if (key === 'container' || (tekton && key === 'stepTemplate') || (argo && key === 'script')) {
          push(value, kind, name, `(${key})`, `${at}/${key}`)
        }
        walk(value, depth + 1, `${at}/${key}`)
      }
    }
    walk(entry(doc, resource, 'spec')?.value, 0, 'spec')
  }
  const visit = (resource: unknown): void => {
    const kind = scalarText(doc, entry(doc, resource, 'kind')?.value)
    if (!kind) return
    if (kind === 'List' || kind.endsWith('List')) {
      for (const item of asSeq(doc, entry(doc, resource, 'items')?.value)?.items ?? []) visit(item)
      return
    }
    // An OpenShift Template lists its resources under `objects`.
    if (kind === 'Template' && asSeq(doc, entry(doc, resource, 'objects')?.value)) {
      for (const item of asSeq(doc, entry(doc, resource, 'objects')?.value)!.items) visit(item)
      return
    }
    const name = scalarText(doc, entry(doc, entry(doc, resource, 'metadata')?.value, 'name')?.value) ?? '(unnamed)'
    const apiVersion = scalarText(doc, entry(doc, resource, 'apiVersion')?.value)
    if (isCustomGroup(apiVersion)) {
      readCustom(resource, kind, name, apiVersion!.slice(0, apiVersion!.indexOf('/')))
      return
    }
    const spec = entry(doc, resource, 'spec')?.value
    if (kind === 'Pod') readPodSpec(spec, kind, name, 'spec')
    else if (POD_TEMPLATE_KINDS.has(kind)) readPodSpec(entry(doc, entry(doc, spec, 'template')?.value, 'spec')?.value, kind, name, 'spec/template/spec')
    else if (kind === 'CronJob')
      readPodSpec(
        entry(doc, entry(doc, entry(doc, entry(doc, spec, 'jobTemplate')?.value, 'spec')?.value, 'template')?.value, 'spec')?.value,
        kind,
        name,
        'spec/jobTemplate/spec/template/spec'
      )
    else if (kind === 'PodTemplate') readPodSpec(entry(doc, entry(doc, resource, 'template')?.value, 'spec')?.value, kind, name, 'template/spec')
  }
  visit(doc.contents)
  return images
}
