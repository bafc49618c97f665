import { describe, expect, it } from '@jest/globals'
import { kubernetesImages, looksLikeManifest } from '../../../src/images/sources/kubernetes.js'
import type { ImageSource } from '../../../src/images/sources/model.js'

const D = 'sha256:' + 'a'.repeat(64)

function brief(images: ImageSource[]): string[] {
  return images.map((image) => {
    const at = image.location ? `${image.location.startLine}:${image.location.startColumn}-${image.location.endColumn}` : '-'
    return `${at} ${image.context} ${image.ref ? image.ref.canonical : `unknown: ${image.unknown}`}`
  })
}

describe('Kubernetes image sources', () => {
  it('reads rendered Helm output: comments, document markers, core workload kinds, image volumes, not status or other volumes', () => {
    const text = [
      '---',
      '# Source: app/templates/deployment.yaml',
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: db',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: pg',
      '          image: "postgres:16"',
      '      volumes:',
      '        - name: disk',
      '          rbd: {image: not-a-container}',
      '        - name: models',
      '          image: {reference: "quay.io/acme/models:v1", pullPolicy: IfNotPresent}',
      'status:',
      '  containerStatuses: [{name: pg, image: docker.io/library/postgres:15}]',
      '---',
      '# Source: app/templates/pod.yaml',
      'apiVersion: v1',
      'kind: PodList',
      'items:',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    metadata: {name: debug}',
      '    spec:',
      '      containers: [{name: app, image: ko://example.com/cmd/app}]',
      '      ephemeralContainers: [{name: shell, image: busybox:1.36}]',
      ''
    ].join('\n')
    expect(brief(kubernetesImages('out.yaml', text).images)).toEqual([
      '12:19-29 StatefulSet/db container pg docker.io/library/postgres:16',
      '17:31-52 StatefulSet/db image volume models quay.io/acme/models:v1',
      '29:39-62 Pod/debug container app unknown: a ko:// placeholder: ko replaces it with the image it builds and pushes (`ko resolve` / `ko apply`)',
      '30:50-61 Pod/debug container shell docker.io/library/busybox:1.36'
    ])
  })

  it('reads pod specs embedded in custom resources (Argo Rollouts, Knative, Tekton, Argo Workflows, OpenShift Template), not CRD schemas', () => {
    const text = [
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Rollout',
      'metadata: {name: web}',
      'spec:',
      '  template:',
      '    spec:',
      `      containers: [{name: app, image: "ghcr.io/acme/web@${D}"}]`,
      '---',
      'apiVersion: serving.knative.dev/v1',
      'kind: Service',
      'metadata: {name: hello}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - image: gcr.io/knative-samples/helloworld-go',
      '---',
      'apiVersion: tekton.dev/v1',
      'kind: Task',
      'metadata: {name: build}',
      'spec:',
      '  stepTemplate: {image: alpine:3.20}',
      '  steps:',
      '    - {name: compile, image: golang:1.23}',
      '    - {name: uses-action, ref: {name: git-clone}}',
      '    - {name: param, image: $(params.builder)}',
      '  sidecars: [{name: docker, image: docker:27-dind}]',
      '---',
      'apiVersion: tekton.dev/v1beta1',
      'kind: StepAction',
      'metadata: {name: git-clone}',
      'spec: {image: ghcr.io/tektoncd-catalog/git-clone:v1.1.0}',
      '---',
      'apiVersion: argoproj.io/v1alpha1',
      'kind: Workflow',
      'metadata: {name: wf}',
      'spec:',
      '  templates:',
      '    - name: main',
      '      container: {image: "python:3.13", command: [python]}',
      '    - name: run',
      '      script: {image: "{{inputs.parameters.image}}", source: print(1)}',
      '---',
      'apiVersion: template.openshift.io/v1',
      'kind: Template',
      'objects:',
      '  - {apiVersion: apps/v1, kind: Deployment, metadata: {name: t}, spec: {template: {spec: {containers: [{name: c, image: nginx:1.27}]}}}}',
      '---',
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata: {name: things.example.com}',
      'spec:',
      '  versions:',
      '    - schema:',
      '        openAPIV3Schema:',
      '          properties: {containers: {type: array, items: {properties: {image: {type: string}}}}}',
      ''
    ].join('\n')
    expect(brief(kubernetesImages('crs.yaml', text).images)).toEqual([
      `7:40-127 Rollout/web container app ghcr.io/acme/web@${D}`,
      '16:18-53 Service/hello container (unnamed) gcr.io/knative-samples/helloworld-go:latest',
      '22:25-35 Task/build container (stepTemplate) docker.io/library/alpine:3.20',
      '24:30-40 Task/build container compile docker.io/library/golang:1.23',
      '26:28-44 Task/build container param unknown: the image is filled in by $(params.builder) when the resource runs, which chaingate does not resolve',
      '27:36-49 Task/build container docker docker.io/library/docker:27-dind',
      '32:15-55 StepAction/git-clone container (step action) ghcr.io/tektoncd-catalog/git-clone:v1.1.0',
      '40:27-37 Workflow/wf container (container) docker.io/library/python:3.13',
      '42:24-50 Workflow/wf container (script) unknown: the image is filled in by {{inputs.parameters.image}} when the resource runs, which chaingate does not resolve',
      '47:121-130 Deployment/t container c docker.io/library/nginx:1.27'
    ])
  })

  it('tells Helm templates from manifests with controller placeholders', () => {
    const manifest = 'apiVersion: v1\nkind: Pod\nspec:\n  containers: [{image: x}]\n'
    expect(looksLikeManifest('k8s/pod.yaml', manifest)).toBe(true)
    expect(looksLikeManifest('chart/templates/pod.yaml', manifest.replace('image: x', 'image: "{{ .Values.image }}"'))).toBe(false)
    expect(looksLikeManifest('chart/templates/pod.yaml', `{{- if .Values.enabled }}\n${manifest}{{- end }}\n`)).toBe(false)
    expect(looksLikeManifest('wf.yaml', manifest.replace('image: x', 'image: "{{inputs.parameters.image}}"'))).toBe(true)
    expect(looksLikeManifest('.github/workflows/ci.yml', manifest)).toBe(false)
  })
})
