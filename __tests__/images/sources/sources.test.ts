import { afterEach, describe, expect, it } from '@jest/globals'
import { collectImageSources } from '../../../src/images/sources/index.js'
import type { ImageSource } from '../../../src/images/sources/model.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../../test/support/workspace.js'

const D = 'sha256:' + 'e'.repeat(64)

function brief(images: ImageSource[]): string[] {
  return images.map((image) => {
    const at = image.location ? `${image.location.path}:${image.location.startLine}:${image.location.startColumn}` : '-'
    return `${at} ${image.kind} (${image.context}) ${image.ref ? image.ref.canonical : `unknown: ${image.unknown}`}`
  })
}

const MANIFESTS = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: ghcr.io/acme/migrate:2
      containers:
        - name: app
          image: ghcr.io/acme/web@${D}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: job
              image: busybox
`

const WORKFLOW = `on: push
jobs:
  test:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        image: [node:20, node:22]
    container: \${{ matrix.image }}
    services:
      db:
        image: postgres:16
      cache: redis:7
      broken:
        image: Not/Valid
    steps:
      - uses: docker://alpine:3.20
      - run: make
`

let ws: TempWorkspace | undefined
afterEach(() => ws?.cleanup())

describe('image sources of a workspace', () => {
  it('finds Dockerfiles, Kubernetes manifests, workflow containers and pushed images, each with file and line', async () => {
    ws = tempWorkspace({
      Dockerfile: 'FROM node:22\n',
      'services/api/api.Dockerfile': 'ARG V=3.12\nFROM python:${V}-slim\n',
      'deploy/k8s/app.yaml': MANIFESTS,
      'charts/web/templates/deployment.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - image: "{{ .Values.image }}"\n',
      'docker-compose.yml': 'services:\n  web:\n    image: nginx\n',
      '.github/workflows/ci.yml': WORKFLOW,
      'test/fixtures/Dockerfile': 'FROM ignored\n'
    })
    const workspace = new Workspace(ws.root)
    workspace.isIgnored = (path) => path.startsWith('test/fixtures/')
    const sources = await collectImageSources(workspace, ['ghcr.io/acme/web:1.4', 'not a ref'])
    expect(brief(sources.images)).toEqual([
      'Dockerfile:1:6 dockerfile-from (stage 0) docker.io/library/node:22',
      'deploy/k8s/app.yaml:10:18 kubernetes (Deployment/web container migrate) ghcr.io/acme/migrate:2',
      `deploy/k8s/app.yaml:13:18 kubernetes (Deployment/web container app) ghcr.io/acme/web@${D}`,
      'deploy/k8s/app.yaml:26:22 kubernetes (CronJob/nightly container job) docker.io/library/busybox:latest',
      'docker-compose.yml:3:12 compose (Compose service web) docker.io/library/nginx:latest',
      'services/api/api.Dockerfile:2:6 dockerfile-from (stage 0) docker.io/library/python:3.12-slim',
      '.github/workflows/ci.yml:7:17 workflow-container (job test: container (matrix.image = node:20)) docker.io/library/node:20',
      '.github/workflows/ci.yml:7:26 workflow-container (job test: container (matrix.image = node:22)) docker.io/library/node:22',
      '.github/workflows/ci.yml:11:16 workflow-service (job test: service db) docker.io/library/postgres:16',
      '.github/workflows/ci.yml:12:14 workflow-service (job test: service cache) docker.io/library/redis:7',
      '.github/workflows/ci.yml:14:16 workflow-service (job test: service broken) unknown: not a valid image reference: repository "Valid" must be lower case',
      '.github/workflows/ci.yml:16:24 workflow-step (job test: step 1 (docker://)) docker.io/library/alpine:3.20',
      '- pushed (pushed image) ghcr.io/acme/web:1.4',
      '- pushed (pushed image) unknown: not a valid image reference: an image reference has no spaces'
    ])
    expect(sources.files).toEqual({
      dockerfiles: ['Dockerfile', 'services/api/api.Dockerfile'],
      manifests: ['deploy/k8s/app.yaml'],
      workflows: ['.github/workflows/ci.yml'],
      compose: ['docker-compose.yml'],
      kustomizations: [],
      actions: [],
      charts: []
    })
    expect(sources.problems).toEqual([])
    const dockerfilesOnly = await collectImageSources(workspace, [], { dockerfilesOnly: true })
    expect(dockerfilesOnly.images.map((image) => image.kind)).toEqual(['dockerfile-from', 'dockerfile-from'])
    expect(dockerfilesOnly.files).toMatchObject({ dockerfiles: ['Dockerfile', 'services/api/api.Dockerfile'], manifests: [], workflows: [], compose: [] })
  })

  it('reports a manifest document that does not parse and keeps the others', async () => {
    ws = tempWorkspace({
      'k8s.yml': `apiVersion: v1\nkind: Pod\nmetadata: {name: a}\nspec:\n  containers:\n    - image: nginx:1\n---\napiVersion: v1\nkind: Pod\nspec: [unclosed\n  image: x\n`
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual(['k8s.yml:6:14 kubernetes (Pod/a container (unnamed)) docker.io/library/nginx:1'])
    expect(sources.problems).toHaveLength(1)
    expect(sources.problems[0]).toMatchObject({ path: 'k8s.yml', location: { startLine: expect.any(Number) } })
  })

  it('reads Docker container actions: a docker:// image at its text, a Dockerfile the action builds read as a Dockerfile', async () => {
    ws = tempWorkspace({
      '.github/actions/lint/action.yml': `name: lint\nruns:\n  using: docker\n  image: 'docker://ghcr.io/acme/linter:4@${D}'\n  args: [--strict]\n`,
      'actions/scan/action.yaml': "name: scan\nruns:\n  using: 'Docker'\n  image: build/scan.docker\n",
      'actions/scan/build/scan.docker': 'FROM alpine:3.20\n',
      'actions/node/action.yml': 'name: node\nruns:\n  using: node20\n  main: index.js\n',
      'actions/escape/action.yml': 'runs:\n  using: docker\n  image: ../../../outside/Dockerfile\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      `.github/actions/lint/action.yml:4:20 docker-action (Docker action lint) ghcr.io/acme/linter:4@${D}`,
      'actions/scan/build/scan.docker:1:6 dockerfile-from (stage 0) docker.io/library/alpine:3.20'
    ])
    expect(sources.images[0]!.location!.endColumn).toBe(19 + `ghcr.io/acme/linter:4@${D}`.length)
    expect(sources.files.actions).toEqual(['.github/actions/lint/action.yml', 'actions/scan/action.yaml'])
    expect(sources.problems).toEqual([])
  })
})
