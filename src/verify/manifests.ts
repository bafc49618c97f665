/**
 * Container images referenced by Kubernetes manifests and Helm output (multi-document YAML): the
 * `image:` of containers, init containers and ephemeral containers of Pods, Deployments, ReplicaSets,
 * StatefulSets, DaemonSets, Jobs and CronJobs (also inside `kind: List`), each with its position.
 */
import { LineIndex, YamlSyntaxError, parseYamlDocuments, type Document } from '../workspace/yaml-ast.js'
import type { Location } from '../model/finding.js'
import { locate, syntaxErrorPosition } from '../workspace/yaml.js'
import { asMap, asSeq, entry, scalarText } from '../workspace/yaml-nodes.js'

export interface ManifestImage {
  image: string
  kind: string
  name: string
  container: string
  location: Location
}

export interface ManifestParseProblem {
  path: string
  message: string
  location: Location
}

const POD_TEMPLATE_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicationController'])

export function manifestImages(path: string, text: string): { images: ManifestImage[]; problems: ManifestParseProblem[] } {
  const images: ManifestImage[] = []
  const problems: ManifestParseProblem[] = []
  for (const part of documentParts(text)) {
    // Each part is parsed on its own, so one broken document does not hide the others' images.
    const file = { path, lineCounter: new LineIndex(part) }
    let documents: Document[]
    try {
      documents = parseYamlDocuments(part)
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
    for (const doc of documents) imagesOf(doc, file, images)
  }
  return { images, problems }
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

function imagesOf(doc: Document, file: { path: string; lineCounter: LineIndex }, images: ManifestImage[]): void {
  const visit = (resource: unknown): void => {
    const kind = scalarText(doc, entry(doc, resource, 'kind')?.value)
    if (!kind) return
    if (kind === 'List') {
      for (const item of asSeq(doc, entry(doc, resource, 'items')?.value)?.items ?? []) visit(item)
      return
    }
    const name = scalarText(doc, entry(doc, entry(doc, resource, 'metadata')?.value, 'name')?.value) ?? '(unnamed)'
    const spec = entry(doc, resource, 'spec')?.value
    let podSpec: unknown
    if (kind === 'Pod') podSpec = spec
    else if (POD_TEMPLATE_KINDS.has(kind)) podSpec = entry(doc, entry(doc, spec, 'template')?.value, 'spec')?.value
    else if (kind === 'CronJob')
      podSpec = entry(doc, entry(doc, entry(doc, entry(doc, spec, 'jobTemplate')?.value, 'spec')?.value, 'template')?.value, 'spec')?.value
    else return
    if (!asMap(doc, podSpec)) return
    for (const list of ['initContainers', 'containers', 'ephemeralContainers']) {
      for (const container of asSeq(doc, entry(doc, podSpec, list)?.value)?.items ?? []) {
        const imageEntry = entry(doc, container, 'image')
        const image = scalarText(doc, imageEntry?.value)
        if (!image || !imageEntry?.value) continue
        const containerName = scalarText(doc, entry(doc, container, 'name')?.value) ?? '(unnamed)'
        images.push({ image, kind, name, container: containerName, location: locate(file, imageEntry.value) })
      }
    }
  }
  visit(doc.contents)
}
