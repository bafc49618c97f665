import { afterEach, describe, expect, it } from '@jest/globals'
import { collectImageSources } from '../../../src/images/sources/index.js'
import { applyOverride } from '../../../src/images/sources/kustomize.js'
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
