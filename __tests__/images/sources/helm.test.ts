import { afterEach, describe, expect, it } from '@jest/globals'
import { goFloat, helmValuesImages } from '../../../src/images/sources/helm.js'
import { collectImageSources } from '../../../src/images/sources/index.js'
import type { ImageSource } from '../../../src/images/sources/model.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { chartArchive } from '../../../test/support/helm-chart.js'
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
    // A Chart.yaml that does not parse: its dependencies and appVersion are not known, which is said.
    const brokenChart = helmValuesImages('c/values.yaml', 'image: nginx:1.27\n', 'apiVersion: v2\nname: c\ndependencies: [\n')
    expect(brokenChart.problems).toEqual([
      expect.objectContaining({
        path: 'c/Chart.yaml',
        kind: 'helm-values',
        message: expect.stringMatching(/^Chart\.yaml does not parse \(the chart's dependencies and appVersion are not known\): [^\n]+$/)
      })
    ])
  })
})

const chart = (name: string, extra = ''): string => `apiVersion: v2\nname: ${name}\nversion: 1.0.0\n${extra}`

async function chartImages(files: Record<string, string>): Promise<string[]> {
  ws = tempWorkspace(files)
  const sources = await collectImageSources(new Workspace(ws.root))
  return brief(sources.images.filter((image) => image.kind === 'helm-values'))
}

describe('Helm chart values as Helm coalesces them', () => {
  it('skips images of sections switched off by default (`enabled: false` or `create: false` on the mapping or an enclosing one)', async () => {
    const values = [
      'image:',
      '  repository: ghcr.io/acme/app',
      '  tag: "2.0"',
      'metrics:',
      '  enabled: false',
      '  image:',
      '    repository: ghcr.io/acme/exporter',
      '    tag: "1.0"',
      'ui:',
      '  enabled: false',
      '  backend:',
      '    enabled: true',
      '    image: ghcr.io/acme/ui-backend:3.0',
      'sidecar:',
      '  enabled: true',
      '  image: ghcr.io/acme/sidecar:4.0',
      'thanos:',
      '  create: false',
      '  image: ghcr.io/acme/thanos:0.39',
      'sysctlImage:',
      '  enabled: false',
      '  repository: ghcr.io/acme/shell',
      '  tag: "12"',
      ''
    ].join('\n')
    expect(await chartImages({ 'deploy/Chart.yaml': chart('app'), 'deploy/values.yaml': values })).toEqual([
      '2:15 helm-values (chart app values image) ghcr.io/acme/app:2.0',
      '16:10 helm-values (chart app values sidecar.image) ghcr.io/acme/sidecar:4.0'
    ])
  })

  it('reads vendored subcharts with the parent’s overrides, conditions, tags, aliases, global registry and their own appVersion', async () => {
    const parent = chart(
      'shop',
      [
        'appVersion: "9.9.9"',
        'dependencies:',
        '  - name: db',
        '    version: 1.x',
        '    repository: oci://registry.example/charts',
        '    condition: db.enabled',
        '  - name: cache',
        '    version: 1.x',
        '    repository: oci://registry.example/charts',
        '    alias: sessions',
        '  - name: cache',
        '    version: 1.x',
        '    repository: oci://registry.example/charts',
        '    alias: pages',
        '    condition: pages.enabled',
        '  - name: search',
        '    version: 1.x',
        '    repository: oci://registry.example/charts',
        '    tags: [extras]',
        ''
      ].join('\n')
    )
    const files = {
      'shop/Chart.yaml': parent,
      'shop/values.yaml': [
        'global:',
        '  imageRegistry: mirror.example',
        'image:',
        '  registry: docker.io',
        '  repository: acme/shop',
        '  tag: ""',
        'db:',
        '  image:',
        '    tag: "16.1"',
        'sessions:',
        '  image:',
        '    digest: ' + D,
        'pages:',
        '  enabled: false',
        'tags:',
        '  extras: false',
        ''
      ].join('\n'),
      'shop/charts/db/Chart.yaml': chart('db', 'appVersion: "15.0"\n'),
      'shop/charts/db/values.yaml':
        'enabled: true\nimage:\n  registry: docker.io\n  repository: acme/db\n  tag: ""\nexporter:\n  image:\n    repository: acme/db-exporter\n',
      'shop/charts/cache/Chart.yaml': chart('cache', 'appVersion: "7.2"\n'),
      'shop/charts/cache/values.yaml': 'image:\n  repository: acme/cache\n',
      'shop/charts/search/Chart.yaml': chart('search', 'appVersion: "8.0"\n'),
      'shop/charts/search/values.yaml': 'image:\n  repository: acme/search\n'
    }
    expect(await chartImages(files)).toEqual([
      '5:15 helm-values (chart shop values image) mirror.example/acme/shop:9.9.9',
      '9:11 helm-values (chart shop/db values image) mirror.example/acme/db:16.1',
      '8:17 helm-values (chart shop/db values exporter.image) mirror.example/acme/db-exporter:15.0',
      `12:13 helm-values (chart shop/sessions values image) mirror.example/acme/cache@${D}`
    ])
    // The subchart's condition from its own default when the parent does not set it; `tags` switch on.
    files['shop/values.yaml'] = 'image:\n  repository: acme/shop\n  tag: "1"\ndb:\n  enabled: false\ntags:\n  extras: true\n'
    ws!.cleanup()
    expect(await chartImages(files)).toEqual([
      '2:15 helm-values (chart shop values image) docker.io/acme/shop:1',
      '2:15 helm-values (chart shop/sessions values image) docker.io/acme/cache:7.2',
      '2:15 helm-values (chart shop/pages values image) docker.io/acme/cache:7.2',
      '2:15 helm-values (chart shop/search values image) docker.io/acme/search:8.0'
    ])
  })

  it('leaves a dependency that is not vendored unknown (and its image without a tag), reads a `file://` one from the workspace, skips library and disabled ones', async () => {
    const dependencies = [
      'dependencies:',
      '  - name: queue',
      '    version: 2.x',
      '    repository: https://charts.example',
      '  - name: lib',
      '    version: 1.x',
      '    repository: oci://registry.example/charts',
      '  - name: worker',
      '    version: 0.1.0',
      '    repository: file://../worker',
      '  - name: extra',
      '    version: 1.x',
      '    repository: https://charts.example',
      '    condition: extra.enabled',
      ''
    ].join('\n')
    const files = {
      'c/Chart.yaml': chart('c', `appVersion: "1.0"\n${dependencies}`),
      'c/values.yaml':
        'queue:\n  image:\n    repository: acme/queue\n  worker:\n    image:\n      repository: acme/queue-worker\n      tag: "2.1"\nworker:\n  image:\n    tag: "0.2"\nextra:\n  enabled: false\n',
      'lib/Chart.yaml': chart('lib', 'type: library\n'),
      'lib/values.yaml': 'image:\n  repository: acme/never\n  tag: "1"\n',
      'worker/Chart.yaml': chart('worker', 'appVersion: "0.1"\n'),
      'worker/values.yaml': 'image:\n  repository: acme/worker\n'
    }
    expect(await chartImages(files)).toEqual([
      '3:17 helm-values (chart c values queue.image) unknown: no tag in the values: the tag defaults to the appVersion of dependency queue, which is not vendored in charts/',
      '6:19 helm-values (chart c values queue.worker.image) docker.io/acme/queue-worker:2.1',
      '6:11 helm-values (chart c dependency queue) unknown: dependency queue (2.x from https://charts.example) is not vendored in charts/: the images it deploys are not known (vendor it with `helm dependency build`, or render the chart and judge the output as Kubernetes manifests; a library chart deploys none)',
      '10:11 helm-values (chart c/worker values image) docker.io/acme/worker:0.2',
      // The worker chart is read on its own too (a chart of the workspace).
      '2:15 helm-values (chart worker values image) docker.io/acme/worker:0.1'
    ])
  })

  it('reads `image`/`name` for the image name, `global.image.registry`, a `sha256:` tag or a `sha` as the digest, and `v` + appVersion from the templates', async () => {
    const values = [
      'global:',
      '  image:',
      '    registry: registry.example',
      'controller:',
      '  image:',
      '    image: acme/controller',
      '    tag: v1.2.0',
      'webhook:',
      '  image:',
      '    registry: quay.io',
      '    name: acme/webhook',
      `    tag: ${D}`,
      'agent:',
      '  image:',
      '    repository: quay.io/acme/agent',
      `    sha: ${D}`,
      'app:',
      '  image:',
      '    repository: quay.io/acme/app',
      ''
    ]
      .join('\n')
      .replace(`tag: ${D}`, `tag: "${D}"`)
    const files: Record<string, string> = {
      'k/Chart.yaml': chart('k', 'appVersion: "3.4.5"\n'),
      'k/values.yaml': values,
      'k/templates/_helpers.tpl': '{{- define "k.tag" -}}{{ .Values.app.image.tag | default (printf "v%s" .Chart.AppVersion) }}{{- end }}\n'
    }
    expect(await chartImages(files)).toEqual([
      '6:12 helm-values (chart k values controller.image) registry.example/acme/controller:v1.2.0',
      `11:11 helm-values (chart k values webhook.image) quay.io/acme/webhook@${D}`,
      `15:17 helm-values (chart k values agent.image) quay.io/acme/agent@${D}`,
      '19:17 helm-values (chart k values app.image) quay.io/acme/app:v3.4.5'
    ])
    // Templates that write appVersion both ways: which tag an image gets is not known.
    files['k/templates/job.yaml'] = 'image: "{{ .Values.app.image.repository }}:{{ .Values.app.image.tag | default .Chart.AppVersion }}"\n'
    ws!.cleanup()
    expect((await chartImages(files))[3]).toBe(
      '19:17 helm-values (chart k values app.image) unknown: the tag defaults to appVersion, which the templates write both with and without a `v` before it: which one this image gets is left to the templates'
    )
  })

  it('completes an `image:` string with `imageTag`/`tag` beside it and a bare name with the nearest `hub` (Istio), a `variant` left unknown', async () => {
    const values = [
      'image: docker.elastic.co/acme/search',
      'imageTag: "8.1.0"',
      'defaults:',
      '  hub: ""',
      '  tag: ""',
      '  image: pilot',
      '  global:',
      '    hub: registry.example/mesh',
      '    tag: "1.20.0"',
      '    proxy:',
      '      image: proxyv2',
      'cni:',
      '  hub: registry.example/cni',
      '  image: install-cni',
      '  variant: distroless',
      ''
    ].join('\n')
    expect(await chartImages({ 'm/Chart.yaml': chart('m'), 'm/values.yaml': values })).toEqual([
      '1:8 helm-values (chart m values image) docker.elastic.co/acme/search:8.1.0',
      '6:10 helm-values (chart m values defaults.image) registry.example/mesh/pilot:1.20.0',
      '11:14 helm-values (chart m values defaults.global.proxy.image) registry.example/mesh/proxyv2:1.20.0',
      '14:10 helm-values (chart m values cni.image) unknown: the templates add the `variant` to the tag of this image, which chaingate does not compose'
    ])
  })

  it('reads `<x>Image` keys, and leaves a chart whose only image mapping has an empty repository unknown (its templates choose the image)', async () => {
    const values = [
      'sysctlImage:',
      '  registry: docker.io',
      '  repository: acme/shell',
      '  tag: "12"',
      'operator:',
      '  postgresqlImage: ghcr.io/acme/postgresql:17.1',
      'component:',
      '  image:',
      '    repository: ""',
      'imagePullPolicy: IfNotPresent',
      ''
    ].join('\n')
    expect(await chartImages({ 'o/Chart.yaml': chart('o'), 'o/values.yaml': values })).toEqual([
      '3:15 helm-values (chart o values sysctlImage) docker.io/acme/shell:12',
      '6:20 helm-values (chart o values operator.postgresqlImage) ghcr.io/acme/postgresql:17.1'
    ])
    ws!.cleanup()
    expect(await chartImages({ 'p/Chart.yaml': chart('p', 'appVersion: "3.0"\n'), 'p/values.yaml': 'image:\n  registry:\n  repository:\n  tag:\n' })).toEqual([
      '3:13 helm-values (chart p values image) unknown: the image repository is empty in the values: the templates choose the image, which chaingate does not render'
    ])
  })

  it('reads images a template writes as they are (no template action on the line), not those the values fill in', async () => {
    const files = {
      'h/Chart.yaml': chart('h', 'appVersion: "1.0"\n'),
      'h/values.yaml': 'image:\n  repository: ghcr.io/acme/h\n',
      'h/templates/deployment.yaml':
        'spec:\n  containers:\n    - name: h\n      image: "{{ .Values.image.repository }}:{{ .Chart.AppVersion }}"\n    - name: proxy\n      image: auto\n',
      'h/templates/tests/test-connection.yaml':
        'spec:\n  containers:\n    - name: wget\n      image: busybox # the test Pod\n      command: [wget]\n    - image: "alpine:3.20"\n'
    }
    expect(await chartImages(files)).toEqual([
      '2:15 helm-values (chart h values image) ghcr.io/acme/h:1.0',
      '4:14 helm-values (chart h template templates/tests/test-connection.yaml) docker.io/library/busybox:latest',
      '6:15 helm-values (chart h template templates/tests/test-connection.yaml) docker.io/library/alpine:3.20'
    ])
  })

  it('reads a subchart on its own when its parent has no values file (nothing reads it with the parent)', async () => {
    const files = {
      'umbrella/Chart.yaml': chart('umbrella', 'dependencies:\n  - name: api\n    version: 0.1.0\n'),
      'umbrella/charts/api/Chart.yaml': chart('api', 'appVersion: "2.2"\n'),
      'umbrella/charts/api/values.yaml': 'image:\n  repository: ghcr.io/acme/api\n'
    }
    expect(await chartImages(files)).toEqual(['2:15 helm-values (chart api values image) ghcr.io/acme/api:2.2'])
  })

  it('reads a dependency vendored as a .tgz archive (helm dependency build), and says so when the archive cannot be read', async () => {
    const archive = await chartArchive({
      'redis/Chart.yaml': chart('redis', 'appVersion: "7.4"\n'),
      'redis/values.yaml':
        'image:\n  registry: docker.io\n  repository: acme/redis\n  tag: ""\nmetrics:\n  enabled: false\n  image:\n    repository: acme/redis-exporter\n',
      'redis/templates/tests/ping.yaml': 'spec:\n  containers:\n    - image: busybox:1.36\n',
      'redis/README.md': '# not read\n'
    })
    const files = {
      'a/Chart.yaml': chart('a', 'dependencies:\n  - name: redis\n    version: 20.x\n    repository: oci://registry.example/charts\n'),
      'a/values.yaml': 'image:\n  repository: ghcr.io/acme/a\n  tag: "1"\nredis:\n  metrics:\n    enabled: true\n',
      'a/charts/redis-20.1.0.tgz': archive
    }
    ws = tempWorkspace(files)
    let sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      '2:15 helm-values (chart a values image) ghcr.io/acme/a:1',
      '3:15 helm-values (chart a/redis values image) docker.io/acme/redis:7.4',
      '8:17 helm-values (chart a/redis values metrics.image) docker.io/acme/redis-exporter:7.4',
      '3:14 helm-values (chart a/redis template templates/tests/ping.yaml) docker.io/library/busybox:1.36'
    ])
    expect(sources.images[1]!.location?.path).toBe('a/charts/redis-20.1.0.tgz/redis/values.yaml')
    expect(sources.problems).toEqual([])
    ws.cleanup()
    ws = tempWorkspace({ ...files, 'a/charts/redis-20.1.0.tgz': Buffer.from([0x1f, 0x8b, 0x08, 0x00]) })
    sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      '2:15 helm-values (chart a values image) ghcr.io/acme/a:1',
      '5:11 helm-values (chart a dependency redis) unknown: dependency redis is vendored as an archive (a/charts/redis-20.1.0.tgz) that chaingate could not read: the images it deploys are not known (vendor it as a folder, or render the chart and judge the output as Kubernetes manifests)'
    ])
    expect(sources.problems).toEqual([
      expect.objectContaining({
        path: 'a/charts/redis-20.1.0.tgz',
        kind: 'helm-values',
        message: expect.stringMatching(/^cannot read the chart archive: not a gzip'd chart archive: [^\n]+$/)
      })
    ])
  })

  it('prints a number as Helm’s templates do (a float64 in Go’s %v: 20231010 is 2.023101e+07), and takes only YAML booleans as switches', async () => {
    expect([16, 1.1, 1.25, 100, 999999, 1e6, 20231010, 0.0001, 0.00001, -3].map(goFloat)).toEqual([
      '16',
      '1.1',
      '1.25',
      '100',
      '999999',
      '1e+06',
      '2.023101e+07',
      '0.0001',
      '1e-05',
      '-3'
    ])
    const values = [
      'image:',
      '  repository: acme/x',
      '  tag: 20231010',
      'b:',
      '  image:',
      '    repository: acme/y',
      '    tag: 1.10',
      'c:',
      '  enabled: "false"',
      '  image:',
      '    repository: acme/z',
      '    tag: "1"',
      ''
    ].join('\n')
    expect(await chartImages({ 'n/Chart.yaml': chart('n'), 'n/values.yaml': values })).toEqual([
      `2:15 helm-values (chart n values image) unknown: the tag is the YAML number 20231010, which Helm's templates print as 2.023101e+07 (quote it in the values): not a valid image reference: "2.023101e+07" is not a valid tag`,
      '6:17 helm-values (chart n values b.image) docker.io/acme/y:1.1',
      '11:17 helm-values (chart n values c.image) docker.io/acme/z:1'
    ])
  })
})
