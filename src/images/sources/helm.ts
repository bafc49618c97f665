/**
 * Images of an unrendered Helm chart (a folder with `Chart.yaml` and `values.yaml`), read from its values
 * the way most charts' templates write them: an `image:` mapping `{registry, repository, tag, digest}`
 * (`helm create`'s `repository` + `tag`, the tag defaulting to the chart's `appVersion`; a digest, when set,
 * replaces the tag as common chart libraries do) or an `image:` string, at any depth (`sidecar.image`).
 * These are the chart's defaults, not what a release renders with its own values: the kind says so
 * (`helm-values`), and rendered output is read as Kubernetes manifests.
 */
import path from 'node:path'
import { locate, parseYaml } from '../../workspace/yaml.js'
import { asMap, asSeq, entries, entry, scalarText } from '../../workspace/yaml-nodes.js'
import { unquotedRange } from '../../verify/manifests.js'
import type { ImageSource, ImageSourceProblem } from './model.js'
import { parseImageRef } from './reference.js'

export function helmValuesImages(relative: string, text: string, chartText: string | undefined): { images: ImageSource[]; problems: ImageSourceProblem[] } {
  const images: ImageSource[] = []
  const problems: ImageSourceProblem[] = []
  const parsed = parseYaml(relative, text)
  if (!parsed.ok) {
    const { line, column, message } = parsed.failure
    problems.push({
      path: relative,
      kind: 'helm-values',
      message: `chart values do not parse: ${message}`,
      location: { path: relative, startLine: line, startColumn: column, endLine: line, endColumn: column }
    })
    return { images, problems }
  }
  const chart = chartText === undefined ? undefined : parseYaml(`${path.posix.dirname(relative)}/Chart.yaml`, chartText)
  const chartDoc = chart?.ok ? chart.file.doc : undefined
  const appVersion = chartDoc ? scalarText(chartDoc, entry(chartDoc, chartDoc.contents, 'appVersion')?.value)?.trim() : undefined
  const chartName = (chartDoc && scalarText(chartDoc, entry(chartDoc, chartDoc.contents, 'name')?.value)) ?? path.posix.dirname(relative)
  const { doc } = parsed.file
  const push = (where: string, node: Parameters<typeof unquotedRange>[0], written: string, composed: string | null, why?: string): void => {
    const base = {
      kind: 'helm-values' as const,
      context: `chart ${chartName} values ${where}`,
      location: locate(parsed.file, unquotedRange(node)),
      text: written
    }
    if (composed === null) {
      images.push({ ...base, unknown: why! })
      return
    }
    const ref = parseImageRef(composed)
    const resolved = composed !== written ? { resolved: composed } : {}
    images.push(ref.ok ? { ...base, ...resolved, ref: ref.ref } : { ...base, ...resolved, unknown: `not a valid image reference: ${ref.reason}` })
  }
  const visit = (node: unknown, keys: string[], depth: number): void => {
    if (depth > 32) return
    for (const item of asSeq(doc, node)?.items ?? []) visit(item, keys, depth + 1)
    for (const { key, value } of entries(doc, node)) {
      const where = [...keys, key].join('.')
      if (key === 'image' && value) {
        const whole = scalarText(doc, value)?.trim()
        if (whole) {
          push(where, value, whole, whole)
          continue
        }
        const repositoryNode = entry(doc, value, 'repository')?.value
        const repository = scalarText(doc, repositoryNode)?.trim()
        if (asMap(doc, value) && repository && repositoryNode) {
          const field = (name: string): string => scalarText(doc, entry(doc, value, name)?.value)?.trim() ?? ''
          const name = field('registry') ? `${field('registry')}/${repository}` : repository
          const tag = field('tag') || appVersion
          if (field('digest')) push(where, repositoryNode, repository, `${name}@${field('digest')}`)
          else if (tag) push(where, repositoryNode, repository, `${name}:${tag}`)
          else push(where, repositoryNode, repository, null, 'no tag in the values and no appVersion in Chart.yaml: the tag is left to the templates')
          continue
        }
      }
      visit(value, [...keys, key], depth + 1)
    }
  }
  visit(doc.contents, [], 0)
  return { images, problems }
}
