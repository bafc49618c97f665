import { afterEach, describe, expect, it } from '@jest/globals'
import { collectImageSources } from '../../../src/images/sources/index.js'
import { applyOverride } from '../../../src/images/sources/kustomize.js'
import {
  applyJsonPatch,
  applyStrategicMerge,
  operations,
  parseLabelSelector,
  Refused,
  selectorRegex,
  Undecidable,
  type Operation,
  type Resource
} from '../../../src/images/sources/kustomize-patch.js'
import { parseYamlDocuments, toJS, type YAMLMap, type YAMLSeq } from '../../../src/workspace/yaml-ast.js'
import type { ImageSource } from '../../../src/images/sources/model.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../../test/support/workspace.js'

const D1 = 'sha256:' + '1'.repeat(64)
const D2 = 'sha256:' + '2'.repeat(64)

function brief(images: ImageSource[]): string[] {
  return images.map((image) => {
    const at = image.location ? `${image.location.path}:${image.location.startLine}` : '-'
    return `${at} ${image.kind} ${image.ref ? image.ref.canonical : `unknown: ${image.unknown}`}`
  })
}

const deployment = (name: string, ...images: string[]): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: {name: ${name}}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    ...images.flatMap((image, index) => [`        - name: c${index}`, `          image: ${image}`]),
    ''
  ].join('\n')

let ws: TempWorkspace | undefined
afterEach(() => ws?.cleanup())

describe('kustomize images: entries', () => {
  it('matches the name as written and replaces name, tag and digest as kustomize build does', () => {
    expect(applyOverride('nginx:1.25', { name: 'nginx', newTag: '1.27' })).toBe('nginx:1.27')
    expect(applyOverride(`nginx:1.25@${D1}`, { name: 'nginx', newTag: '1.27' })).toBe('nginx:1.27')
    expect(applyOverride('nginx:1.25', { name: 'nginx', digest: D1 })).toBe(`nginx@${D1}`)
    expect(applyOverride('nginx', { name: 'nginx', newTag: '1.27', digest: D1 })).toBe(`nginx:1.27@${D1}`)
    expect(applyOverride('nginx:1.25', { name: 'nginx', newName: 'mirror.acme.dev/nginx' })).toBe('mirror.acme.dev/nginx:1.25')
    expect(applyOverride('registry.acme.dev:5000/team/api:3', { name: 'registry.acme.dev:5000/team/api', newTag: '4' })).toBe(
      'registry.acme.dev:5000/team/api:4'
    )
    // Names are compared as written: `nginx` is not `docker.io/library/nginx`, nor `nginx-exporter`.
    expect(applyOverride('docker.io/library/nginx:1.25', { name: 'nginx', newTag: '1.27' })).toBeNull()
    expect(applyOverride('nginx-exporter:1', { name: 'nginx', newTag: '2' })).toBeNull()
    // kustomize's pattern is `^NAME(:tag)?(@digest)?$`: a name written with a tag matches that tag; `.` matches any character.
    expect(applyOverride('redis:6.2', { name: 'redis:6.2', newTag: '6.2.14' })).toBe('redis:6.2.14')
    expect(applyOverride('redis:6.20', { name: 'redis:6.2', newTag: '6.2.14' })).toBeNull()
    expect(applyOverride('gcrXio/app:1', { name: 'gcr.io/app', newTag: '2' })).toBe('gcrXio/app:2')
    expect(applyOverride('a+b:1', { name: 'a+b', newTag: '2' })).toBe('a+b:2')
    // tagSuffix (alone) is appended to the tag and drops the digest; newTag or digest win over it.
    expect(applyOverride(`app:1.0@${D1}`, { name: 'app', tagSuffix: '-fips' })).toBe('app:1.0-fips')
    expect(applyOverride('app:1.0', { name: 'app', tagSuffix: '-fips', newTag: '2' })).toBe('app:2')
  })
})

describe('kustomize images: where they apply', () => {
  it('a manifest whose aliases would expand past the limit is refused (a problem, its images not known), not expanded', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]']
    for (let level = 1; level < 8; level += 1) {
      const name = String.fromCharCode(97 + level)
      levels.push(
        `${name}: &${name} [${Array(10)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(', ')}]`
      )
    }
    ws = tempWorkspace({
      'k/kustomization.yaml': 'resources: [deploy.yaml]\nimages:\n  - name: nginx\n    newTag: "1.27"\n',
      'k/deploy.yaml': `${deployment('web', 'nginx:1.25')}data:\n${levels.map((line) => `  ${line}`).join('\n')}\n`
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(sources.images.filter((image) => image.kind === 'kustomize')).toEqual([])
    expect(sources.problems).toContainEqual(
      expect.objectContaining({ path: 'k/deploy.yaml', message: expect.stringContaining('alias bomb'), kind: 'kubernetes' })
    )
  })

  it('changes containers and init containers anywhere, never ephemeral containers; tagSuffix twice at a pod spec’s usual places', async () => {
    ws = tempWorkspace({
      'k/kustomization.yaml': 'resources: [pod.yaml]\nimages:\n  - name: busybox\n    tagSuffix: -musl\n',
      'k/pod.yaml': [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: debug}',
        'spec:',
        '  initContainers: [{name: init, image: "busybox:1.36"}]',
        '  ephemeralContainers: [{name: dbg, image: "busybox:1.36"}]',
        '---',
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: {name: nightly}',
        'spec:',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        '          containers: [{name: job, image: "busybox:1.36"}]',
        ''
      ].join('\n')
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      'k/kustomization.yaml:4 kustomize docker.io/library/busybox:1.36-musl-musl',
      'k/pod.yaml:6 kubernetes docker.io/library/busybox:1.36',
      'k/kustomization.yaml:4 kustomize docker.io/library/busybox:1.36-musl'
    ])
    expect(sources.problems).toEqual([])
  })

  it('reports an entry kustomize refuses (a newTag written as a number) at its line, and leaves the images as written', async () => {
    ws = tempWorkspace({
      'k/kustomization.yaml': 'resources: [d.yaml]\nimages:\n  - name: nginx\n    newTag: 1.10\n',
      'k/d.yaml': deployment('web', 'nginx:1.25')
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual(['k/d.yaml:9 kubernetes docker.io/library/nginx:1.25'])
    expect(sources.problems).toEqual([
      expect.objectContaining({
        path: 'k/kustomization.yaml',
        kind: 'kustomize',
        message: expect.stringContaining('images[0].newTag is not a string (write it in quotes): kustomize refuses this kustomization'),
        location: expect.objectContaining({ startLine: 4 })
      })
    ])
  })
})

describe('kustomize image sources', () => {
  it('applies base, component and overlay images: entries to the manifests listed, reporting at the kustomization line', async () => {
    ws = tempWorkspace({
      'deploy/base/kustomization.yaml': [
        'resources:',
        '  - app.yaml',
        '  - worker.yaml',
        'images:',
        '  - name: ghcr.io/acme/worker',
        '    newTag: "5.1"',
        ''
      ].join('\n'),
      'deploy/base/app.yaml': deployment('app', 'ghcr.io/acme/app:dev', 'envoyproxy/envoy:v1.31.0'),
      'deploy/base/worker.yaml': deployment('worker', 'ghcr.io/acme/worker:latest'),
      'deploy/components/mirror/kustomization.yaml': [
        'apiVersion: kustomize.config.k8s.io/v1alpha1',
        'kind: Component',
        'images:',
        '  - name: envoyproxy/envoy',
        '    newName: mirror.acme.dev/envoy',
        ''
      ].join('\n'),
      'deploy/overlays/prod/kustomization.yaml': [
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization',
        'resources:',
        '  - ../../base/',
        '  - cache.yaml',
        'components:',
        '  - ../../components/mirror',
        'images:',
        '  - name: ghcr.io/acme/app',
        '    newTag: "2.4.0"',
        `    digest: ${D1}`,
        '  - name: mirror.acme.dev/envoy',
        `    digest: ${D2}`,
        '  - name: docker.io/library/redis',
        '    newTag: "7.10"',
        ''
      ].join('\n'),
      'deploy/overlays/dev/Kustomization': ['resources:', '  - ../../base', ''].join('\n'),
      'deploy/standalone.yaml': deployment('tools', 'busybox:1.36'),
      'deploy/overlays/prod/cache.yaml': deployment('cache', 'docker.io/library/redis:7.2')
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      'deploy/standalone.yaml:9 kubernetes docker.io/library/busybox:1.36',
      // dev: the base as its kustomization leaves it (its own images: entry applied); unchanged images at the manifest's line.
      'deploy/base/app.yaml:9 kubernetes ghcr.io/acme/app:dev',
      'deploy/base/app.yaml:11 kubernetes docker.io/envoyproxy/envoy:v1.31.0',
      'deploy/base/kustomization.yaml:6 kustomize ghcr.io/acme/worker:5.1',
      // prod: tag and digest from the overlay, envoy renamed by the component then pinned by the overlay (a digest alone drops the tag).
      `deploy/overlays/prod/kustomization.yaml:11 kustomize ghcr.io/acme/app:2.4.0@${D1}`,
      `deploy/overlays/prod/kustomization.yaml:13 kustomize mirror.acme.dev/envoy@${D2}`,
      // `newTag: "7.10"`: kustomize reads a string (it refuses the number 7.10, see below).
      'deploy/overlays/prod/kustomization.yaml:15 kustomize docker.io/library/redis:7.10'
    ])
    const prodWorker = sources.images.find((image) => image.kind === 'kustomize' && image.text === 'ghcr.io/acme/worker:5.1')!
    expect(prodWorker.context).toBe(
      'Deployment/worker container c0 (deploy/base/worker.yaml:9, ghcr.io/acme/worker:latest) set by images[0] of deploy/base/kustomization.yaml'
    )
    expect(sources.files.kustomizations).toEqual([
      'deploy/base/kustomization.yaml',
      'deploy/components/mirror/kustomization.yaml',
      'deploy/overlays/dev/Kustomization',
      'deploy/overlays/prod/kustomization.yaml'
    ])
    expect(sources.files.manifests).toEqual(['deploy/base/app.yaml', 'deploy/base/worker.yaml', 'deploy/overlays/prod/cache.yaml', 'deploy/standalone.yaml'])
    expect(sources.problems).toEqual([])
  })

  it('never leaves the workspace, reports remote, missing and broken resources with their line, and cycles', async () => {
    ws = tempWorkspace({
      'k/kustomization.yaml': [
        'resources:',
        '  - ../../../etc/passwd',
        '  - /etc/kubernetes/manifests',
        '  - https://github.com/acme/platform//deploy?ref=v1.2.0',
        '  - missing.yaml',
        '  - broken.yaml',
        '  - ../loop',
        ''
      ].join('\n'),
      'k/broken.yaml': 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [{image: nginx\n',
      'loop/kustomization.yaml': 'resources:\n  - ../loop2\n',
      'loop2/kustomization.yml': 'resources:\n  - ../loop\n',
      'bad/kustomization.yaml': 'images:\n  - name: nginx\n    newTag: [1\n',
      'helm/kustomization.yaml': 'helmCharts:\n  - {name: redis, repo: https://charts.example.dev, version: 19.0.0}\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([])
    const problems = sources.problems.map(
      (problem) => `${problem.location ? `${problem.path}:${problem.location.startLine}` : problem.path} ${problem.kind} ${problem.message}`
    )
    expect(problems).toEqual(
      expect.arrayContaining([
        'k/kustomization.yaml:2 kustomize resource ../../../etc/passwd is outside the workspace: not read',
        'k/kustomization.yaml:3 kustomize resource /etc/kubernetes/manifests is outside the workspace: not read',
        'k/kustomization.yaml:4 kustomize remote resource https://github.com/acme/platform//deploy?ref=v1.2.0 is not fetched: the images it deploys are not known',
        'k/kustomization.yaml:5 kustomize resource missing.yaml is not in the workspace',
        expect.stringMatching(/^k\/broken\.yaml:\d+ kubernetes [^\n]+$/),
        expect.stringMatching(/^bad\/kustomization\.yaml:3 kustomize kustomization does not parse: [^\n]+$/),
        'loop/kustomization.yaml kustomize kustomizations list each other in a cycle: loop/kustomization.yaml -> loop2/kustomization.yml -> loop/kustomization.yaml',
        'helm/kustomization.yaml:1 kustomize helmCharts are not inflated: the images those charts deploy are not known'
      ])
    )
    expect(problems).toHaveLength(8)
  })
})

const root = (text: string): YAMLMap => parseYamlDocuments(text)[0]!.contents as YAMLMap
const resource = (text: string): Resource => ({ root: root(text), prev: [], path: 'r.yaml' })
const ops = (text: string): Operation[] => operations(parseYamlDocuments(text)[0]!.contents as YAMLSeq)

describe('kustomize patches: the pieces', () => {
  it('JSON 6902 as evanphx/json-patch v4 applies it: `-`, negative indices, escaped tokens, replace of a missing key; kustomize’s errors refused', () => {
    const pod = (): Resource => resource('metadata: {name: p, annotations: {"a/b": x}}\nspec:\n  containers: [{name: a, image: a:1}, {name: b, image: b:1}]\n')
    let r = pod()
    applyJsonPatch(
      r,
      ops(
        '- {op: add, path: /spec/containers/-, value: {name: c, image: "c:1"}}\n- {op: replace, path: /spec/containers/-1/image, value: "c:2"}\n- {op: remove, path: /spec/containers/0}\n- {op: replace, path: /metadata/annotations/a~1b, value: y}\n- {op: replace, path: /spec/hostname, value: h}\n- {op: copy, from: /spec/containers/0, path: /spec/initContainers}\n- {op: test, path: /spec/containers/1/image, value: "c:2"}\n'
      )
    )
    expect(toJS(r.root)).toEqual({
      metadata: { name: 'p', annotations: { 'a/b': 'y' } },
      spec: {
        containers: [
          { name: 'b', image: 'b:1' },
          { name: 'c', image: 'c:2' }
        ],
        hostname: 'h',
        initContainers: { name: 'b', image: 'b:1' }
      }
    })
    r = pod()
    applyJsonPatch(r, ops('- {op: move, from: /spec/containers/0, path: /spec/containers/1}\n- {op: add, path: /spec/containers/0, value: {name: z}}\n'))
    expect((toJS(r.root) as { spec: { containers: Array<{ name: string }> } }).spec.containers.map((c) => c.name)).toEqual(['z', 'b', 'a'])
    for (const [patch, message] of [
      ['- {op: replace, path: /spec/containers/2/image, value: x}', /missing path/],
      ['- {op: add, path: /spec/containers/3, value: x}', /invalid index 3/],
      ['- {op: remove, path: /spec/nothing}', /nonexistent key: nothing/],
      ['- {op: test, path: /spec/containers/0/image, value: "a:2"}', /testing value .* failed/],
      ['- {op: add, path: /spec/containers/-4, value: x}', /invalid index -4/],
      ['- {op: append, path: /spec}', /unexpected kind: append/]
    ] as const)
      expect(() => applyJsonPatch(pod(), ops(patch))).toThrow(
        expect.objectContaining({ constructor: Refused, message: expect.stringMatching(message) }) as never
      )
    expect(() => applyJsonPatch(pod(), ops('- {op: replace, path: "", value: {}}'))).toThrow(Undecidable)
  })

  it('strategic merge: keyed container lists of built-in workloads (patch items first), other lists replaced, null clears, $patch directives', () => {
    const deploy = (): Resource =>
      resource(
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers: [{name: a, image: "a:1", args: [x]}, {name: b, image: "b:1"}]\n      tolerations: [{key: k}]\n'
      )
    const merged = applyStrategicMerge(
      deploy(),
      root(
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: other, namespace: ns}\nspec:\n  replicas: null\n  template:\n    spec:\n      containers: [{name: b, image: "b:2"}, {name: c, image: "c:1"}, {name: a, args: [y]}]\n      tolerations: [{key: z}]\n'
      )
    )
    expect(toJS(merged)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      // The name and namespace stay the resource's (no allowNameChange).
      metadata: { name: 'd' },
      spec: {
        template: {
          spec: {
            containers: [
              { name: 'b', image: 'b:2' },
              { name: 'c', image: 'c:1' },
              { name: 'a', image: 'a:1', args: ['y'] }
            ],
            tolerations: [{ key: 'z' }]
          }
        }
      }
    })
    const spec = (patch: string): unknown =>
      (
        toJS(applyStrategicMerge(deploy(), root(`apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  template:\n    spec:\n${patch}`))) as {
          spec: unknown
        }
      ).spec
    expect(spec('      containers: [{name: a, $patch: delete}]\n')).toEqual({
      replicas: 2,
      template: { spec: { containers: [{ name: 'b', image: 'b:1' }], tolerations: [{ key: 'k' }] } }
    })
    expect(spec('      containers: [{$patch: replace}, {name: n, image: "n:1"}]\n')).toEqual({
      replicas: 2,
      template: { spec: { containers: [{ name: 'n', image: 'n:1' }], tolerations: [{ key: 'k' }] } }
    })
    expect(spec('      $patch: replace\n      containers: [{name: n, image: "n:1"}]\n')).toEqual({
      replicas: 2,
      template: { spec: { containers: [{ name: 'n', image: 'n:1' }] } }
    })
    expect(applyStrategicMerge(deploy(), root('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n$patch: delete\n'))).toBeNull()
    // A custom resource has no schema in kustomize: its lists are replaced, not merged.
    const rollout = resource('apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  containers: [{name: a, image: "a:1"}]\n')
    expect(toJS(applyStrategicMerge(rollout, root('kind: Rollout\nmetadata: {name: r}\nspec:\n  containers: [{name: b, image: "b:1"}]\n')))).toMatchObject({
      spec: { containers: [{ name: 'b', image: 'b:1' }] }
    })
    expect(() => spec('      $patch: sideways\n')).toThrow(Refused)
    expect(() => spec('      $retainKeys: [containers]\n')).toThrow(Undecidable)
  })

  it('selectors: anchored patterns of a small RE2 subset, label selectors; what is not read is undecidable', () => {
    expect(selectorRegex('web-.*').test('web-a')).toBe(true)
    expect(selectorRegex('web').test('web-a')).toBe(false)
    expect(selectorRegex('a|b').test('b')).toBe(true)
    expect(selectorRegex('app-(api|ui)[0-9]?').test('app-ui7')).toBe(true)
    expect(selectorRegex('Deploy.*').test('Deployment')).toBe(true)
    expect(selectorRegex('web\\-a\\.b').test('web-a.b')).toBe(true)
    expect(selectorRegex('web\\-a\\.b').test('web-aXb')).toBe(false)
    // A pattern that makes a backtracking engine take minutes on a long name runs in linear time.
    const started = Date.now()
    expect(selectorRegex('a*a*a*a*a*a*a*a*b').test('a'.repeat(253))).toBe(false)
    expect(selectorRegex('.*.*.*.*.*.*.*.*x').test(`${'a'.repeat(252)}x`)).toBe(true)
    expect(Date.now() - started).toBeLessThan(1000)
    for (const pattern of ['(a+)+', '(?i)web', 'a{2}', '\\d+', '[[:alpha:]]']) expect(() => selectorRegex(pattern)).toThrow(Undecidable)
    expect(parseLabelSelector('app=web, tier in (a, b),!legacy,env!=prod,track')).toEqual([
      { key: 'app', op: 'in', values: ['web'] },
      { key: 'tier', op: 'in', values: ['a', 'b'] },
      { key: 'legacy', op: '!exists', values: [] },
      { key: 'env', op: 'notin', values: ['prod'] },
      { key: 'track', op: 'exists', values: [] }
    ])
    expect(() => parseLabelSelector('app=web=x')).toThrow()
    expect(() => parseLabelSelector('app > 1')).toThrow(Undecidable)
  })
})

describe('kustomize patches: what is reported', () => {
  it('an image a patch writes is reported where the patch writes it: in the patch file, inside an inline `|` block, at an inline quoted patch', async () => {
    ws = tempWorkspace({
      'k/kustomization.yaml': [
        'resources: [d.yaml]',
        'patches:',
        '  - path: patches/web.yaml',
        '  - target: {kind: Deployment, name: api}',
        '    patch: |-',
        '      - op: replace',
        '        path: /spec/template/spec/containers/0/image',
        `        value: ghcr.io/acme/api@${D1}`,
        '  - target: {kind: Deployment, name: job}',
        `    patch: '[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value": "ghcr.io/acme/job:2"}]'`,
        'images:',
        '  - name: ghcr.io/acme/web',
        `    digest: ${D2}`,
        ''
      ].join('\n'),
      'k/d.yaml': [
        deployment('web', 'ghcr.io/acme/web:1', 'busybox:1.36'),
        deployment('api', 'ghcr.io/acme/api:1'),
        deployment('job', 'ghcr.io/acme/job:1')
      ].join('---\n'),
      'k/patches/web.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: c1',
        '          image: busybox:1.37',
        ''
      ].join('\n')
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      'k/patches/web.yaml:9 kustomize docker.io/library/busybox:1.37',
      `k/kustomization.yaml:13 kustomize ghcr.io/acme/web@${D2}`,
      `k/kustomization.yaml:8 kustomize ghcr.io/acme/api@${D1}`,
      'k/kustomization.yaml:10 kustomize ghcr.io/acme/job:2'
    ])
    expect(sources.images.map((image) => image.context)).toEqual([
      'Deployment/web container c1 set by k/patches/web.yaml (patches[0] of k/kustomization.yaml)',
      `Deployment/web container c0 (k/d.yaml:9, ghcr.io/acme/web:1) set by images[0] of k/kustomization.yaml`,
      'Deployment/api container c0 set by patches[1] of k/kustomization.yaml',
      'Deployment/job container c0 set by patches[2] of k/kustomization.yaml'
    ])
    expect(sources.images[2]!.location).toEqual({
      path: 'k/kustomization.yaml',
      startLine: 8,
      startColumn: 16,
      endLine: 8,
      endColumn: 16 + `ghcr.io/acme/api@${D1}`.length - 1
    })
    // The patch file is part of the kustomization: its image is not reported again as a manifest's.
    expect(sources.images.filter((image) => image.kind === 'kubernetes')).toEqual([])
    expect(sources.problems).toEqual([])
  })

  it('a patch chaingate cannot apply is a problem at its entry and leaves the images it may change unknown; one that cannot change images is not', async () => {
    ws = tempWorkspace({
      'k/kustomization.yaml': [
        'resources: [d.yaml]',
        'patches:',
        '  - path: https://raw.githubusercontent.com/acme/deploy/main/patch.yaml',
        '    target: {kind: Deployment, name: web}',
        '  - path: missing.yaml',
        '    target: {kind: Pod}',
        '  - target: {kind: Deployment, name: api}',
        '    options: {allowNameChange: true}',
        '    patch: |-',
        '      apiVersion: apps/v1',
        '      kind: Deployment',
        '      metadata: {name: api-v2}',
        '      spec: {replicas: 3}',
        '  - target: {kind: Deployment, name: job}',
        '    options: {allowNameChange: true}',
        '    patch: |-',
        '      apiVersion: apps/v1',
        '      kind: Deployment',
        '      metadata: {name: job}',
        '      spec: {template: {spec: {containers: [{name: c0, image: "x:1"}]}}}',
        ''
      ].join('\n'),
      'k/d.yaml': [deployment('web', 'nginx:1.25'), deployment('api', 'ghcr.io/acme/api:1'), deployment('job', 'ghcr.io/acme/job:1')].join('---\n')
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    // The remote patch may change web's image (its target), the missing file a Pod's (there is none); the name change of api writes no image; job's may.
    expect(sources.images.map((image) => `${image.context}: ${image.unknown ?? image.ref?.canonical}`)).toEqual([
      'Deployment/web container c0: patches[0] of k/kustomization.yaml may change it and is not applied by chaingate (patch https://raw.githubusercontent.com/acme/deploy/main/patch.yaml is not read (remote or outside the workspace))',
      'Deployment/api container c0: ghcr.io/acme/api:1',
      'Deployment/job container c0: patches[3] of k/kustomization.yaml may change it and is not applied by chaingate (options allowNameChange / allowKindChange are not applied by chaingate)'
    ])
    expect(sources.problems.map((problem) => `${problem.location?.startLine} ${problem.message}`)).toEqual([
      '3 patches[0] of k/kustomization.yaml is not applied by chaingate (patch https://raw.githubusercontent.com/acme/deploy/main/patch.yaml is not read (remote or outside the workspace)): the images it may change are not known',
      expect.stringMatching(
        /^5 patches\[1\] of k\/kustomization\.yaml is not applied by chaingate \(patch missing\.yaml cannot be read \(.+\)\): the images it may change are not known$/
      ),
      '14 patches[3] of k/kustomization.yaml is not applied by chaingate (options allowNameChange / allowKindChange are not applied by chaingate): the images it may change are not known'
    ])
  })

  it('kustomize’s order: patches before namePrefix, patchesJson6902 after it (matching the original or the new name), then images:', async () => {
    ws = tempWorkspace({
      'k/kustomization.yaml': [
        'namePrefix: prod-',
        'resources: [d.yaml]',
        'patchesJson6902:',
        '  - target: {group: apps, version: v1, kind: Deployment, name: prod-web}',
        '    path: late.yaml',
        'patchesStrategicMerge:',
        '  - early.yaml',
        'images:',
        '  - name: ghcr.io/acme/web',
        '    newTag: "3"',
        ''
      ].join('\n'),
      'k/d.yaml': deployment('web', 'ghcr.io/acme/web:1', 'busybox:1.36'),
      'k/early.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: c0, image: "ghcr.io/acme/web:2"}]\n',
      'k/late.yaml': '- op: replace\n  path: /spec/template/spec/containers/1/image\n  value: busybox:1.37\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(sources.images.map((image) => `${image.location?.path}:${image.location?.startLine} ${image.context} ${image.text}`)).toEqual([
      'k/kustomization.yaml:10 Deployment/prod-web container c0 (k/early.yaml:7, ghcr.io/acme/web:2) set by images[0] of k/kustomization.yaml ghcr.io/acme/web:3',
      'k/late.yaml:3 Deployment/prod-web container c1 set by k/late.yaml (patchesJson6902[0] of k/kustomization.yaml) busybox:1.37'
    ])
    expect(sources.problems).toEqual([])
  })
})

describe('kustomize: what chaingate does not run', () => {
  it('replacements and transformer plugins that may change images leave the images unknown; generators are a problem; others are not', async () => {
    ws = tempWorkspace({
      'r/kustomization.yaml': [
        'resources: [d.yaml]',
        'replacements:',
        '  - source: {kind: ConfigMap, name: versions, fieldPath: data.web}',
        '    targets:',
        '      - select: {kind: Deployment}',
        '        fieldPaths: [spec.template.spec.containers.0.image]',
        ''
      ].join('\n'),
      'r/d.yaml': deployment('web', 'nginx:1.25') + '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: versions}\ndata: {web: "nginx:1.27"}\n',
      't/kustomization.yaml': 'resources: [d.yaml]\ntransformers: [labels.yaml]\ngenerators: [gen.yaml]\n',
      't/d.yaml': deployment('api', 'ghcr.io/acme/api:1'),
      't/labels.yaml':
        'apiVersion: builtin\nkind: LabelTransformer\nmetadata: {name: team}\nlabels: {team: a}\nfieldSpecs: [{path: metadata/labels, create: true}]\n',
      't/gen.yaml': 'apiVersion: builtin\nkind: ConfigMapGenerator\nmetadata: {name: g}\nliterals: [a=b]\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(sources.images.map((image) => `${image.context}: ${image.unknown ?? image.ref?.canonical}`)).toEqual([
      'Deployment/web container c0: replacements of r/kustomization.yaml may change it and are not run by chaingate',
      'Deployment/api container c0: ghcr.io/acme/api:1'
    ])
    expect(sources.problems.map((problem) => `${problem.path}:${problem.location?.startLine} ${problem.message}`)).toEqual([
      'r/kustomization.yaml:3 replacements are not run by chaingate: the images it may change are not known',
      't/kustomization.yaml:3 generators are not run by chaingate: the resources it generates are not known'
    ])
  })
})

it('a strategic-merge patch of a custom resource under an openapi: schema (which decides how its lists merge) leaves its images unknown', async () => {
  ws = tempWorkspace({
    'k/kustomization.yaml': [
      'resources: [r.yaml]',
      'openapi: {path: schema.json}',
      'patches:',
      '  - patch: |-',
      '      apiVersion: argoproj.io/v1alpha1',
      '      kind: Rollout',
      '      metadata: {name: r}',
      '      spec: {template: {spec: {containers: [{name: b, image: "b:2"}]}}}',
      ''
    ].join('\n'),
    'k/r.yaml':
      'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata: {name: r}\nspec:\n  template:\n    spec:\n      containers: [{name: a, image: "a:1"}, {name: b, image: "b:1"}]\n'
  })
  const sources = await collectImageSources(new Workspace(ws.root))
  expect(sources.images.map((image) => image.unknown)).toEqual([
    expect.stringContaining("patches[0] of k/kustomization.yaml may change it and is not applied by chaingate (the kustomization's openapi schema"),
    expect.stringContaining('openapi schema')
  ])
  expect(sources.problems).toEqual([expect.objectContaining({ location: expect.objectContaining({ startLine: 4 }) })])
})

it('a patch chaingate cannot apply may change images unless what it writes is clearly elsewhere', async () => {
  const { mayChangeImages } = await import('../../../src/images/sources/kustomize.js')
  for (const text of [
    undefined,
    'spec: {template: {spec: {containers: []}}}',
    '- {op: remove, path: /spec}',
    '[{"op": "replace", "path": "/spec", "value": {}}]',
    '- {op: replace, path: "", value: {}}',
    '- op: move\n  from: /spec/jobTemplate\n  path: /x',
    'spec: null',
    'metadata: {name: x}\n$patch: delete'
  ])
    expect({ text, may: mayChangeImages(text) }).toEqual({ text, may: true })
  for (const text of [
    '- {op: replace, path: /spec/replicas, value: 3}',
    'metadata:\n  labels: {team: a}\nspec:\n  replicas: 2\n',
    '- {op: add, path: /metadata/annotations/x, value: y}'
  ])
    expect({ text, may: mayChangeImages(text) }).toEqual({ text, may: false })
})
