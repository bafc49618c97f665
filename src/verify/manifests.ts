/**
 * Container images referenced by Kubernetes manifests and Helm output (multi-document YAML): the
 * `image:` of containers, init containers and ephemeral containers of Pods, Deployments, ReplicaSets,
 * StatefulSets, DaemonSets, Jobs and CronJobs (also inside `kind: List`), each with its position.
 */
import { LineCounter, parseAllDocuments, type Document } from 'yaml'
import type { Location } from '../model/finding.js'
import { locate } from '../workspace/yaml.js'
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
  const lineCounter = new LineCounter()
  const images: ManifestImage[] = []
  const problems: ManifestParseProblem[] = []
  const file = { path, lineCounter }
  let documents: Document.Parsed[]
  try {
    documents = parseAllDocuments(text, { lineCounter, prettyErrors: false, keepSourceTokens: false }) as Document.Parsed[]
  } catch (error) {
    return { images, problems: [{ path, message: (error as Error).message, location: locate(file, [0, 1]) }] }
  }
  if (!Array.isArray(documents)) return { images, problems }
  for (const doc of documents) {
    const error = doc.errors[0]
    if (error) {
      problems.push({ path, message: error.message.split('\n')[0] ?? error.message, location: locate(file, [error.pos[0], error.pos[1]]) })
      continue
    }
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
      else if (kind === 'CronJob') podSpec = entry(doc, entry(doc, entry(doc, entry(doc, spec, 'jobTemplate')?.value, 'spec')?.value, 'template')?.value, 'spec')?.value
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
  return { images, problems }
}
