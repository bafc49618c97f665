/**
 * The Helm chart values image source against Helm itself: each case below is a small chart (our own, written
 * for this test, its templates writing images the way the convention named does) read by chaingate's
 * `images.sources` fact (kind `helm-values`) and rendered by test/interop/helm-values, the oracle built from
 * Helm's library (`helm template` through helm.sh/helm/v4 v4.3.2, the chart's default values). The images of
 * the rendered containers, in canonical form (a digest standing for the tag beside it), must be the images
 * chaingate reports, no more, no fewer.
 *
 * Where the two differ by design, the case says so and what is checked instead:
 * - A dependency not vendored in charts/: Helm refuses to render the chart; chaingate reports the dependency
 *   `unknown` (its images are not known) and the chart's own images as written.
 * - An image whose tag the templates complete in a way chaingate does not compose (Istio's `variant`):
 *   `unknown` in chaingate, never a guess; the oracle renders it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'
import { collectImageSources } from '../src/images/sources/index.js'
import { parseImageRef } from '../src/images/sources/reference.js'
import { Workspace } from '../src/workspace/workspace.js'
import { peer, run } from '../test/interop/peers.js'
import { chartArchive } from '../test/support/helm-chart.js'
import { tempWorkspace, type TempWorkspace } from '../test/support/workspace.js'

const D1 = 'sha256:' + '1'.repeat(64)
const D2 = 'sha256:' + 'b3'.repeat(32)

let oracle: string
const workspaces: TempWorkspace[] = []
beforeAll(() => {
  oracle = peer('helm-values')
})
afterAll(() => {
  for (const ws of workspaces) ws.cleanup()
})

/** Canonical form; with a digest, the tag beside it is left out (charts differ in writing both; the digest is what is pulled). */
function canonical(text: string): string {
  const parsed = parseImageRef(text.trim())
  if (!parsed.ok) return `invalid ${text}`
  return parsed.ref.digest ? `${parsed.ref.registry}/${parsed.ref.repository}@${parsed.ref.digest}` : parsed.ref.canonical
}

const chartYaml = (name: string, extra = ''): string => `apiVersion: v2\nname: ${name}\nversion: 0.1.0\n${extra}`

/** A Deployment template whose containers' images are the given template expressions. */
function deployment(name: string, images: Record<string, string>, guard?: string): string {
  const containers = Object.entries(images)
    .map(([container, image]) => `        - name: ${container}\n          image: ${image}\n`)
    .join('')
  const body = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}-${name}\nspec:\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n${containers}`
  return guard ? `{{- if ${guard} }}\n${body}{{- end }}\n` : body
}

/** Our own image helper in the style of common chart libraries: `global.imageRegistry` over `registry`, a digest over the tag. */
const IMAGE_HELPER = `{{- define "t.image" -}}
{{- $registry := .global.imageRegistry | default .image.registry -}}
{{- $name := .image.repository -}}
{{- if $registry }}{{ $name = printf "%s/%s" $registry $name }}{{ end -}}
{{- if .image.digest }}{{ printf "%s@%s" $name .image.digest }}{{ else }}{{ printf "%s:%s" $name (.image.tag | default .appVersion | toString) }}{{ end -}}
{{- end -}}
`

interface Case {
  files: Record<string, string>
  /** Chart archives (`.tgz`) to write, by path: their files. */
  archives?: Record<string, Record<string, string>>
  /** The chart folder to render. */
  chart: string
  /** Images chaingate reports `unknown`, by the text written (the cases above say why). */
  unknown?: string[]
  /** Helm does not render the chart (the reason it gives). */
  notRendered?: RegExp
}

const CASES: Record<string, Case> = {
  '`helm create` style: repository + tag defaulting to appVersion, a section switched off, a sidecar switched on, an image string, a test Pod’s literal image':
    {
      chart: 'app',
      files: {
        'app/Chart.yaml': chartYaml('app', 'appVersion: "1.4.2"\n'),
        'app/values.yaml': [
          'image:',
          '  repository: ghcr.io/acme/app',
          '  tag: ""',
          'metrics:',
          '  enabled: false',
          '  image:',
          '    repository: ghcr.io/acme/exporter',
          '    tag: "0.9"',
          'sidecar:',
          '  enabled: true',
          '  image: docker.io/envoyproxy/envoy:v1.31.0',
          ''
        ].join('\n'),
        'app/templates/deployment.yaml': deployment('web', {
          app: '"{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}"',
          sidecar: '{{ .Values.sidecar.image }}'
        }),
        'app/templates/metrics.yaml': deployment(
          'metrics',
          { exporter: '"{{ .Values.metrics.image.repository }}:{{ .Values.metrics.image.tag }}"' },
          '.Values.metrics.enabled'
        ),
        'app/templates/tests/test-connection.yaml':
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "{{ .Release.Name }}-test"\n  annotations:\n    "helm.sh/hook": test\nspec:\n  containers:\n    - name: wget\n      image: busybox:1.36\n      command: [wget, "{{ .Release.Name }}-web:80"]\n  restartPolicy: Never\n'
      }
    },
  'a library-style image helper: registry, global.imageRegistry, digest over tag, v + appVersion in another chart': {
    chart: 'lib',
    files: {
      'lib/Chart.yaml': chartYaml('lib', 'appVersion: "2.0.1"\n'),
      'lib/values.yaml': [
        'global:',
        '  imageRegistry: mirror.example',
        'image:',
        '  registry: docker.io',
        '  repository: acme/server',
        '  tag: ""',
        '  digest: ""',
        'worker:',
        '  image:',
        '    registry: quay.io',
        '    repository: acme/worker',
        '    tag: "3.1"',
        `    digest: ${D1}`,
        ''
      ].join('\n'),
      'lib/templates/_image.tpl': IMAGE_HELPER,
      'lib/templates/deployment.yaml': deployment('server', {
        server: '{{ include "t.image" (dict "image" .Values.image "global" .Values.global "appVersion" .Chart.AppVersion) | quote }}',
        worker: '{{ include "t.image" (dict "image" .Values.worker.image "global" .Values.global "appVersion" .Chart.AppVersion) | quote }}'
      })
    }
  },
  'v + appVersion: `printf "v%s" .Chart.AppVersion`': {
    chart: 'exporter',
    files: {
      'exporter/Chart.yaml': chartYaml('exporter', 'appVersion: "0.27.1"\n'),
      'exporter/values.yaml': 'image:\n  registry: quay.io\n  repository: acme/exporter\n  tag: ""\n',
      'exporter/templates/deployment.yaml': deployment('exporter', {
        exporter: '"{{ .Values.image.registry }}/{{ .Values.image.repository }}:{{ .Values.image.tag | default (printf "v%s" .Chart.AppVersion) }}"'
      })
    }
  },
  'vendored subcharts: parent overrides, an alias twice, a condition off, tags, the subchart’s own appVersion, parent globals': {
    chart: 'shop',
    files: {
      'shop/Chart.yaml': chartYaml(
        'shop',
        [
          'appVersion: "5.0.0"',
          'dependencies:',
          '  - name: db',
          '    version: 0.1.0',
          '    condition: db.enabled',
          '  - name: cache',
          '    version: 0.1.0',
          '    alias: sessions',
          '  - name: cache',
          '    version: 0.1.0',
          '    alias: pages',
          '    condition: pages.enabled',
          '  - name: search',
          '    version: 0.1.0',
          '    tags: [extras]',
          ''
        ].join('\n')
      ),
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
        `    digest: ${D2}`,
        'pages:',
        '  enabled: false',
        'tags:',
        '  extras: false',
        ''
      ].join('\n'),
      'shop/templates/_image.tpl': IMAGE_HELPER,
      'shop/templates/deployment.yaml': deployment('shop', {
        shop: '{{ include "t.image" (dict "image" .Values.image "global" .Values.global "appVersion" .Chart.AppVersion) | quote }}'
      }),
      'shop/charts/db/Chart.yaml': chartYaml('db', 'appVersion: "15.0"\n'),
      'shop/charts/db/values.yaml':
        'enabled: true\nimage:\n  registry: docker.io\n  repository: acme/db\n  tag: ""\nbackup:\n  enabled: false\n  image:\n    repository: acme/backup\n',
      'shop/charts/db/templates/_image.tpl': IMAGE_HELPER,
      'shop/charts/db/templates/db.yaml':
        deployment('db', { db: '{{ include "t.image" (dict "image" .Values.image "global" .Values.global "appVersion" .Chart.AppVersion) | quote }}' }) +
        '---\n' +
        deployment('backup', { backup: '"{{ .Values.backup.image.repository }}:{{ .Chart.AppVersion }}"' }, '.Values.backup.enabled'),
      'shop/charts/cache/Chart.yaml': chartYaml('cache', 'appVersion: "7.2"\n'),
      'shop/charts/cache/values.yaml': 'image:\n  repository: acme/cache\n  tag: ""\n  digest: ""\n',
      'shop/charts/cache/templates/_image.tpl': IMAGE_HELPER,
      'shop/charts/cache/templates/cache.yaml': deployment(`{{ .Chart.Name }}-{{ .Values.nameSuffix | default "x" }}`, {
        cache: '{{ include "t.image" (dict "image" .Values.image "global" .Values.global "appVersion" .Chart.AppVersion) | quote }}'
      }),
      'shop/charts/search/Chart.yaml': chartYaml('search', 'appVersion: "8.0"\n'),
      'shop/charts/search/values.yaml': 'image:\n  repository: acme/search\n',
      'shop/charts/search/templates/search.yaml': deployment('search', { search: '"{{ .Values.image.repository }}:{{ .Chart.AppVersion }}"' })
    }
  },
  'a subchart vendored as a .tgz archive (helm dependency build), with the parent’s override and its own appVersion': {
    chart: 'web',
    files: {
      'web/Chart.yaml': chartYaml(
        'web',
        'appVersion: "3.0"\ndependencies:\n  - name: queue\n    version: 0.1.0\n    repository: oci://registry.example/charts\n'
      ),
      'web/values.yaml': 'image:\n  repository: ghcr.io/acme/web\nqueue:\n  worker:\n    enabled: true\n',
      'web/templates/deployment.yaml': deployment('web', { web: '"{{ .Values.image.repository }}:{{ .Chart.AppVersion }}"' })
    },
    archives: {
      'web/charts/queue-0.1.0.tgz': {
        'queue/Chart.yaml': chartYaml('queue', 'appVersion: "0.9.1"\n'),
        'queue/values.yaml':
          'image:\n  repository: ghcr.io/acme/queue\nworker:\n  enabled: false\n  image:\n    repository: ghcr.io/acme/queue-worker\n    tag: "0.9"\n',
        'queue/templates/queue.yaml':
          deployment('queue', { queue: '"{{ .Values.image.repository }}:{{ .Chart.AppVersion }}"' }) +
          '---\n' +
          deployment('worker', { worker: '"{{ .Values.worker.image.repository }}:{{ .Values.worker.image.tag }}"' }, '.Values.worker.enabled')
      }
    }
  },
  'numbers as Helm prints them (float64: `1.10` is `1.1`), a quoted "false" is no switch': {
    chart: 'num',
    files: {
      'num/Chart.yaml': chartYaml('num'),
      'num/values.yaml':
        'a:\n  image:\n    repository: ghcr.io/acme/a\n    tag: 1.10\nb:\n  image:\n    repository: ghcr.io/acme/b\n    tag: 16\nc:\n  enabled: "false"\n  image:\n    repository: ghcr.io/acme/c\n    tag: "2"\n',
      'num/templates/deployment.yaml':
        deployment('num', {
          a: '"{{ .Values.a.image.repository }}:{{ .Values.a.image.tag }}"',
          b: '"{{ .Values.b.image.repository }}:{{ .Values.b.image.tag }}"'
        }) +
        '---\n' +
        deployment('c', { c: '"{{ .Values.c.image.repository }}:{{ .Values.c.image.tag }}"' }, '.Values.c.enabled')
    }
  },
  'ingress-style `image.image` with `global.image.registry`, a `sha256:` tag, an image string with `imageTag`': {
    chart: 'edge',
    files: {
      'edge/Chart.yaml': chartYaml('edge', 'appVersion: "1.0"\n'),
      'edge/values.yaml': [
        'global:',
        '  image:',
        '    registry: registry.example',
        'controller:',
        '  image:',
        '    image: acme/controller',
        '    tag: v1.12.0',
        'certgen:',
        '  image:',
        '    registry: quay.io',
        '    repository: acme/certgen',
        `    tag: "${D1}"`,
        'search:',
        '  image: docker.elastic.co/acme/search',
        '  imageTag: "8.5.1"',
        ''
      ].join('\n'),
      'edge/templates/deployment.yaml': deployment('edge', {
        controller:
          '"{{ .Values.controller.image.registry | default .Values.global.image.registry }}/{{ .Values.controller.image.image }}:{{ .Values.controller.image.tag }}"',
        certgen:
          '"{{ .Values.certgen.image.registry }}/{{ .Values.certgen.image.repository }}{{ if hasPrefix "sha256:" .Values.certgen.image.tag }}@{{ else }}:{{ end }}{{ .Values.certgen.image.tag }}"',
        search: '"{{ .Values.search.image }}:{{ .Values.search.imageTag }}"'
      })
    }
  },
  'Istio style: hub / global.hub + image + tag / global.tag; a variant is unknown in chaingate': {
    chart: 'mesh',
    unknown: ['install-cni'],
    files: {
      'mesh/Chart.yaml': chartYaml('mesh', 'appVersion: "1.24.0"\n'),
      'mesh/values.yaml': [
        'defaults:',
        '  hub: ""',
        '  tag: ""',
        '  image: pilot',
        '  global:',
        '    hub: registry.example/mesh',
        '    tag: "1.24.0"',
        '    proxy:',
        '      image: proxyv2',
        'cni:',
        '  hub: registry.example/cni',
        '  image: install-cni',
        '  tag: "1.24.0"',
        '  variant: distroless',
        ''
      ].join('\n'),
      'mesh/templates/deployment.yaml': deployment('mesh', {
        discovery:
          '"{{ .Values.defaults.hub | default .Values.defaults.global.hub }}/{{ .Values.defaults.image }}:{{ .Values.defaults.tag | default .Values.defaults.global.tag }}"',
        proxy: '"{{ .Values.defaults.global.hub }}/{{ .Values.defaults.global.proxy.image }}:{{ .Values.defaults.global.tag }}"',
        cni: '"{{ .Values.cni.hub }}/{{ .Values.cni.image }}:{{ .Values.cni.tag }}{{ with .Values.cni.variant }}-{{ . }}{{ end }}"'
      })
    }
  },
  'a dependency that is not vendored: Helm refuses to render; chaingate reports it unknown': {
    chart: 'needs',
    unknown: ['queue'],
    notRendered: /dependencies not vendored in charts\/: found in Chart.yaml, but missing in charts\/ directory: queue/,
    files: {
      'needs/Chart.yaml': chartYaml('needs', 'appVersion: "1.0"\ndependencies:\n  - name: queue\n    version: 2.x\n    repository: https://charts.example\n'),
      'needs/values.yaml': 'image:\n  repository: ghcr.io/acme/needs\n',
      'needs/templates/deployment.yaml': deployment('needs', { needs: '"{{ .Values.image.repository }}:{{ .Chart.AppVersion }}"' })
    }
  }
}

describe('Helm chart values against `helm template` (Helm v4.3.2)', () => {
  for (const [name, testCase] of Object.entries(CASES)) {
    it(name, async () => {
      const files: Record<string, string | Buffer> = { ...testCase.files }
      for (const [archive, content] of Object.entries(testCase.archives ?? {})) files[archive] = await chartArchive(content)
      const ws = tempWorkspace(files)
      workspaces.push(ws)
      const found = await collectImageSources(new Workspace(ws.root))
      expect(found.problems).toEqual([])
      const ours = found.images.filter((image) => image.kind === 'helm-values')
      expect(ours.filter((image) => !image.ref).map((image) => image.text)).toEqual(testCase.unknown ?? [])
      const known = [...new Set(ours.filter((image) => image.ref).map((image) => canonical(image.ref!.canonical)))].sort()

      const result = await run(oracle, [path.join(ws.root, testCase.chart)])
      if (testCase.notRendered) {
        expect(result.code).toBe(3)
        expect(result.stderr.trim()).toMatch(testCase.notRendered)
        expect(result.stderr.trim().split('\n')).toHaveLength(1)
        expect(known).toEqual(['ghcr.io/acme/needs:1.0'])
        return
      }
      if (result.code !== 0) throw new Error(`helm-values ${testCase.chart}: ${result.stderr.trim()}`)
      const lines = result.stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as Record<string, string>)
      const rendered = lines.filter((line) => line.container)
      const unknownNames = new Set(testCase.unknown ?? [])
      const expected = [
        ...new Set(rendered.filter((line) => ![...unknownNames].some((unknown) => line.image!.includes(`/${unknown}:`))).map((line) => canonical(line.image!)))
      ].sort()
      expect(known).toEqual(expected)
      // Each unknown is an image Helm does render (chaingate did not guess it, nor leave it out).
      for (const unknown of unknownNames) expect(rendered.some((line) => line.image!.includes(`/${unknown}:`))).toBe(true)
    })
  }
})
