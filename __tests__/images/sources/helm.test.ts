import { afterEach, describe, expect, it } from '@jest/globals'
import { helmValuesImages } from '../../../src/images/sources/helm.js'
import { collectImageSources } from '../../../src/images/sources/index.js'
import type { ImageSource } from '../../../src/images/sources/model.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../../test/support/workspace.js'

const D = 'sha256:' + 'f'.repeat(64)

function brief(images: ImageSource[]): string[] {
  return images.map((image) => {
    const at = image.location ? `${image.location.startLine}:${image.location.startColumn}` : '-'
    return `${at} ${image.kind} (${image.context}) ${image.ref ? image.ref.canonical : `unknown: ${image.unknown}`}`
  })
}

let ws: TempWorkspace | undefined
afterEach(() => ws?.cleanup())

const VALUES = [
  'replicaCount: 2',
  'image:',
  '  repository: ghcr.io/acme/portal',
  '  pullPolicy: IfNotPresent',
  '  tag: ""',
  'metrics:',
  '  exporter:',
  '    image:',
  '      registry: quay.io',
  '      repository: prometheus/statsd-exporter',
  '      tag: v0.27.1',
  `      digest: ${D}`,
  'initJobs:',
  '  - name: migrate',
  '    image: "ghcr.io/acme/portal-migrate:3.0"',
  'resources: {}',
  ''
].join('\n')

describe('Helm chart values image sources', () => {
  it('composes registry, repository, tag (appVersion by default) and digest from values.yaml, labelled as chart values', async () => {
    ws = tempWorkspace({
      'charts/portal/Chart.yaml': 'apiVersion: v2\nname: portal\nversion: 0.4.0\nappVersion: "1.8.2"\n',
      'charts/portal/values.yaml': VALUES,
      'charts/portal/templates/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"\n',
      'config/values.yaml': 'image:\n  repository: not-a-chart\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      '3:15 helm-values (chart portal values image) ghcr.io/acme/portal:1.8.2',
      `10:19 helm-values (chart portal values metrics.exporter.image) quay.io/prometheus/statsd-exporter@${D}`,
      '15:13 helm-values (chart portal values initJobs[0].image) ghcr.io/acme/portal-migrate:3.0'
    ])
    expect(sources.images[0]).toMatchObject({ text: 'ghcr.io/acme/portal', resolved: 'ghcr.io/acme/portal:1.8.2' })
    expect(sources.files.charts).toEqual(['charts/portal/values.yaml'])
    expect(sources.files.manifests).toEqual([])
  })

  it('leaves an image without tag or appVersion unknown, and reports values that do not parse with their line', () => {
    const unknown = helmValuesImages('c/values.yaml', 'image:\n  repository: nginx\n', 'apiVersion: v2\nname: c\nversion: 1.0.0\n')
    expect(brief(unknown.images)).toEqual([
      '2:15 helm-values (chart c values image) unknown: no tag in the values and no appVersion in Chart.yaml: the tag is left to the templates'
    ])
    const broken = helmValuesImages('c/values.yaml', 'image:\n  repository: nginx\n  tag: [1\n', undefined)
    expect(broken.images).toEqual([])
    expect(broken.problems).toEqual([
      expect.objectContaining({ path: 'c/values.yaml', kind: 'helm-values', message: expect.stringMatching(/^chart values do not parse: [^\n]+$/) })
    ])
    expect(broken.problems[0]!.location?.startLine).toBeGreaterThan(1)
  })
})
