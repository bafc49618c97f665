/**
 * Image sources against the tools' own libraries: each case below is a small repository (our own, written
 * for this test) read by chaingate's `images.sources` fact and by test/interop/image-sources, the oracle
 * built from kustomize's and Compose's libraries (`kustomize build` through sigs.k8s.io/kustomize/api
 * v0.21.2; `docker compose config` through compose-go v2.16.2). The effective image of each container of
 * each resource (kustomize) and of each service (Compose), in canonical form, must be the same.
 *
 * Where the two differ by design, the case says so and what is checked instead:
 * - A variable neither the file nor `.env` sets comes from the environment Compose runs in, which chaingate
 *   does not see: the oracle runs twice with two values for it, and each service whose image changes between
 *   the two must be `unknown` in chaingate (never a guess); the others must be equal.
 * - A default written in the file (`${TAG:-1.0}`) and a value of `.env` are what chaingate reports; the
 *   environment Compose runs in can override both (checked below: the oracle with the variable set differs).
 * - `${VAR:?message}` unset: Compose refuses the whole project; chaingate reports that service unknown, the
 *   others as written (they do not depend on it).
 * - Profiles: chaingate reports the services of every profile (each is one `--profile` away from running):
 *   the oracle enables every profile (`--profile '*'`).
 * - `-f a.yaml -f b.yaml` stacks are chosen on the command line, which the repository does not say: chaingate
 *   reads each file on its own, so it must report every image of the stack and nothing but images of
 *   `a.yaml` alone or of the stack.
 * - Images kustomize leaves alone (ephemeral containers) are compared as written.
 * - A resource file outside a kustomization's folder: `kustomize build` refuses it by default, Flux builds with
 *   `LoadRestrictionsNone`; chaingate reads it as that build does (what such a repository deploys).
 * - An image two roots deploy alike is one source in chaingate: kustomize's images are compared as a set.
 * - Patches are applied (strategic-merge and JSON 6902, the cases named `patches…` below); a patch chaingate cannot
 *   apply leaves the images it may change `unknown`, and one kustomize refuses is a problem (checked below).
 *
 * Dockerfiles against BuildKit v0.34.2's own Dockerfile frontend (the oracle's `dockerfile`: parser, instructions
 * and shell lexer, the images resolved as dockerfile2llb resolves them for a default build): each stage's base,
 * `COPY --from` and `RUN --mount from=` image and the `# syntax=` frontend, at its instruction's line. The oracle
 * expands each value for two builders (every automatic platform ARG different): one that changes with the
 * builder, and one a default build cannot pull (an invalid reference, `${V:?}`, a stage index the file lacks),
 * must be `unknown` in chaingate; a stage or scratch is no image on either side. By design, a `FROM` that can
 * only name an earlier stage whatever the builder sets (`FROM bin-$TARGETOS` with bin-linux and bin-windows
 * stages) is a stage in chaingate, as the oracle finds for the default builder.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { envFileVariables } from '../src/images/sources/compose.js'
import { dockerfileImages } from '../src/images/sources/dockerfile.js'
import { collectImageSources } from '../src/images/sources/index.js'
import type { ImageSource } from '../src/images/sources/model.js'
import { parseImageRef } from '../src/images/sources/reference.js'
import { Workspace } from '../src/workspace/workspace.js'
import { peer, run } from '../test/interop/peers.js'
import { tempWorkspace, type TempWorkspace } from '../test/support/workspace.js'

const D1 = 'sha256:' + '1'.repeat(64)
const D2 = 'sha256:' + 'a2'.repeat(32)

let oracle: string
const workspaces: TempWorkspace[] = []
beforeAll(() => {
  oracle = peer('image-sources')
})
afterAll(() => {
  for (const ws of workspaces) ws.cleanup()
})

/** An image as compared: its canonical form, `invalid` (not a reference), or `unknown` (chaingate could not resolve it). */
function canonical(text: string): string {
  const parsed = parseImageRef(text.trim())
  return parsed.ok ? parsed.ref.canonical : 'invalid'
}
function ours(image: ImageSource): string {
  if (image.ref) return image.ref.canonical
  return image.unknown?.startsWith('not a valid image reference') ? 'invalid' : 'unknown'
}

async function oracleLines(args: string[]): Promise<Array<Record<string, string | boolean>>> {
  const result = await run(oracle, args)
  if (result.code !== 0) throw new Error(`image-sources ${args.join(' ')}: ${result.stderr.trim()}`)
  return result.stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, string | boolean>)
}

async function sources(files: Record<string, string>): Promise<{ root: string; images: ImageSource[]; problems: string[] }> {
  const ws = tempWorkspace(files)
  workspaces.push(ws)
  const found = await collectImageSources(new Workspace(ws.root))
  return { root: ws.root, images: found.images, problems: found.problems.map((problem) => `${problem.path}: ${problem.message}`) }
}

const deployment = (name: string, containers: string, kind = 'Deployment', apiVersion = 'apps/v1'): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: ${name}\nspec:\n  template:\n    spec:\n      containers:\n${containers}`
const container = (name: string, image: string, indent = '        '): string => `${indent}- name: ${name}\n${indent}  image: ${image}\n`

interface KustomizeCase {
  files: Record<string, string>
  /** The kustomizations to build (the roots: those no other kustomization lists). */
  dir: string | string[]
}

const KUSTOMIZE: Record<string, KustomizeCase> = {
  'an overlay on a base: newTag, newName + newTag, digest only, newTag + digest, a tag that reads as a number': {
    dir: 'overlays/prod',
    files: {
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'base/deployment.yaml': deployment(
        'web',
        container('app', 'ghcr.io/acme/web:1.0') +
          container('proxy', 'nginx:1.25') +
          container('cache', 'redis') +
          container('db', `postgres:16@${D1}`) +
          container('queue', 'rabbitmq:3')
      ),
      'overlays/prod/kustomization.yaml': `resources:\n  - ../../base\nimages:\n  - name: ghcr.io/acme/web\n    newTag: "1.4"\n  - name: nginx\n    newName: registry.internal/mirror/nginx\n    newTag: 1.27-alpine\n  - name: redis\n    digest: ${D2}\n  - name: postgres\n    newTag: "17"\n    digest: ${D2}\n  - name: rabbitmq\n    newTag: "3.10"\n`
    }
  },
  'components, applied after the resources and before the kustomization’s own images': {
    dir: 'overlays/dev',
    files: {
      'base/kustomization.yaml': 'resources: [api.yaml]\nimages:\n  - name: api\n    newName: ghcr.io/acme/api\n    newTag: base\n',
      'base/api.yaml': deployment('api', container('api', 'api') + container('sidecar', 'envoyproxy/envoy:v1.30.0')),
      'components/debug/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: [tools.yaml]\nimages:\n  - name: ghcr.io/acme/api\n    newTag: debug\n  - name: busybox\n    newTag: "1.36"\n',
      'components/debug/tools.yaml': deployment('tools', container('shell', 'busybox')),
      'overlays/dev/kustomization.yaml':
        'resources: [../../base]\ncomponents: [../../components/debug]\nimages:\n  - name: envoyproxy/envoy\n    newTag: v1.31.0\n  - name: busybox\n    newName: quay.io/prometheus/busybox\n'
    }
  },
  'a registry with a port: tag only, digest only, a tag and a digest replaced by a tag': {
    dir: 'app',
    files: {
      'app/kustomization.yaml': `resources: [app.yaml]\nimages:\n  - name: registry.local:5000/team/app\n    newTag: "2.0"\n  - name: localhost:5000/tool\n    digest: ${D1}\n  - name: registry.local:5000/team/worker\n    newTag: "3"\n`,
      'app/app.yaml': deployment(
        'app',
        container('a', 'registry.local:5000/team/app') +
          container('b', 'registry.local:5000/team/app:1.0') +
          container('c', 'localhost:5000/tool:7') +
          container('d', `registry.local:5000/team/worker:2@${D2}`) +
          container('e', 'registry.local:5000/team/appendix:1')
      )
    }
  },
  'workloads: CronJob, StatefulSet, DaemonSet, Job, Pod init and ephemeral containers, a custom resource': {
    dir: 'k8s',
    files: {
      'k8s/kustomization.yaml':
        'resources:\n  - cron.yaml\n  - stateful.yaml\n  - pod.yaml\n  - rollout.yaml\nimages:\n  - name: busybox\n    newTag: "1.37"\n  - name: alpine\n    newName: mirror.gcr.io/library/alpine\n  - name: nginx\n    newTag: 1.27.0\n',
      'k8s/cron.yaml':
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          initContainers:\n            - name: prepare\n              image: alpine:3.20\n          containers:\n            - name: job\n              image: busybox\n          restartPolicy: OnFailure\n',
      'k8s/stateful.yaml':
        'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n  serviceName: db\n  template:\n    spec:\n      initContainers:\n        - name: chown\n          image: busybox:1.36\n      containers:\n        - name: db\n          image: "nginx"\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template:\n    spec:\n      containers:\n        - name: agent\n          image: alpine\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      containers:\n        - name: migrate\n          image: \'busybox:1.35\'\n',
      'k8s/pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  initContainers:\n    - name: init\n      image: alpine:edge\n  containers:\n    - name: main\n      image: nginx:1.25\n  ephemeralContainers:\n    - name: dbg\n      image: busybox:1.36\n',
      'k8s/rollout.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: canary\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.24\n'
    }
  },
  'name matching: as written, not normalized (nginx, docker.io/library/nginx, library/nginx, index.docker.io)': {
    dir: 'm',
    files: {
      'm/kustomization.yaml':
        'resources: [d.yaml]\nimages:\n  - name: nginx\n    newTag: short\n  - name: docker.io/library/redis\n    newTag: long\n  - name: library/postgres\n    newTag: lib\n  - name: docker.io/memcached\n    newTag: hub\n',
      'm/d.yaml': deployment(
        'm',
        container('n1', 'nginx:1') +
          container('n2', 'docker.io/library/nginx:1') +
          container('n3', 'library/nginx') +
          container('r1', 'redis:7') +
          container('r2', 'docker.io/library/redis:7') +
          container('p1', 'postgres:16') +
          container('p2', 'library/postgres:16') +
          container('m1', 'memcached') +
          container('m2', 'docker.io/memcached:1') +
          container('m3', 'index.docker.io/memcached:1') +
          container('x1', 'nginx-unprivileged:1') +
          container('x2', 'acme/nginx:1')
      )
    }
  },
  'entries in order (one entry’s newName matched by the next), a tag written in the name, an entry of the base changed again': {
    dir: 'o',
    files: {
      'b/kustomization.yaml': 'resources: [d.yaml]\nimages:\n  - name: app\n    newName: ghcr.io/acme/app\n    newTag: "1"\n',
      'b/d.yaml': deployment('chain', container('app', 'app') + container('web', 'nginx') + container('pinned', 'redis:6.2') + container('other', 'redis:7')),
      'o/kustomization.yaml':
        'bases:\n  - ../b\nimages:\n  - name: ghcr.io/acme/app\n    newTag: "2"\n  - name: nginx\n    newName: mirror.local/nginx\n  - name: mirror.local/nginx\n    newTag: "1.27"\n  - name: redis:6.2\n    newTag: "6.2.14"\n'
    }
  },
  'overlays of overlays, resources listed as files and directories, a multi-document file': {
    dir: 'envs/prod-eu',
    files: {
      'base/kustomization.yml': 'resources:\n  - web/\n  - worker.yaml\n',
      'base/web/kustomization.yaml': 'resources: [web.yaml]\n',
      'base/web/web.yaml': deployment('web', container('web', 'ghcr.io/acme/web:1')),
      'base/worker.yaml':
        deployment('worker', container('worker', 'ghcr.io/acme/worker:1')) + '---\n' + deployment('sidekiq', container('sq', 'ghcr.io/acme/worker:1')),
      'envs/prod/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: ghcr.io/acme/web\n    newTag: "2"\n',
      'envs/prod-eu/kustomization.yaml':
        'resources: [../prod]\nimages:\n  - name: ghcr.io/acme/web\n    newName: eu.gcr.io/acme/web\n  - name: ghcr.io/acme/worker\n    newTag: eu-3\n'
    }
  },
  'two overlays of one base, a List, a resource file in a folder of its own': {
    dir: ['overlays/staging', 'overlays/prod'],
    files: {
      'base/kustomization.yaml': 'resources:\n  - list.yaml\n  - web\n',
      'base/list.yaml': `apiVersion: v1\nkind: List\nitems:\n  - ${deployment('a', container('a', 'ghcr.io/acme/a:1', '          ')).replace(/\n/g, '\n    ')}\n`,
      'base/web/kustomization.yaml': 'resources: [web.yaml]\nimages:\n  - name: ghcr.io/acme/web\n    newTag: base\n',
      'base/web/web.yaml': deployment('web', container('web', 'ghcr.io/acme/web:0') + container('log', 'fluent/fluent-bit:3.1')),
      'overlays/staging/kustomization.yaml': 'resources: [../../base]\nimages:\n  - name: ghcr.io/acme/a\n    newTag: staging\n',
      'overlays/prod/kustomization.yaml': `resources: [../../base]\nimages:\n  - name: ghcr.io/acme/a\n    digest: ${D1}\n  - name: fluent/fluent-bit\n    newTag: "3.2"\n`
    }
  },
  'image volumes (volumes[].image.reference) of a Pod, a Deployment and a CronJob': {
    dir: 'v',
    files: {
      'v/kustomization.yaml': `resources: [v.yaml]\nimages:\n  - name: quay.io/acme/models\n    newTag: v2\n  - name: quay.io/acme/data\n    digest: ${D2}\n`,
      'v/v.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: "busybox:1.36"}]\n  volumes:\n    - name: models\n      image: {reference: "quay.io/acme/models:v1", pullPolicy: IfNotPresent}\n---\n' +
        deployment('d', container('c', 'busybox:1.36')) +
        '      volumes:\n        - name: data\n          image:\n            reference: quay.io/acme/data:1\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: j}\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: c, image: "busybox:1.36"}]\n          volumes: [{name: m, image: {reference: "quay.io/acme/models:v0"}}]\n'
    }
  },
  'tagSuffix (kustomize’s two image filters both append it at a pod spec’s usual places)': {
    dir: 's',
    files: {
      's/kustomization.yaml':
        'resources: [d.yaml, pod.yaml]\nimages:\n  - name: ghcr.io/acme/app\n    tagSuffix: -fips\n  - name: nginx\n    tagSuffix: -alpine\n    newTag: "1.27"\n',
      's/d.yaml': deployment('s', container('app', 'ghcr.io/acme/app:1.0') + container('web', 'nginx:1.25')),
      's/pod.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata: {name: debug}\nspec:\n  initContainers: [{name: init, image: "ghcr.io/acme/app:1.0"}]\n  ephemeralContainers: [{name: dbg, image: "ghcr.io/acme/app:1.0"}]\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: nightly}\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers: [{name: job, image: "ghcr.io/acme/app:1.0"}]\n'
    }
  }
}

// Patches: strategic-merge and JSON 6902, inline and in files, with and without targets, in bases, overlays and components.
const pod = (name: string, containers: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n${containers.replace(/^ {8}/gm, '    ')}`
Object.assign(KUSTOMIZE, {
  'patches: a strategic-merge patch file (an image changed, a sidecar added, a container deleted), an inline one with a target': {
    dir: 'p1',
    files: {
      'p1/kustomization.yaml':
        'resources: [d.yaml]\npatches:\n  - path: web.yaml\n  - target:\n      kind: Deployment\n      name: api\n    patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata:\n        name: ignored\n      spec:\n        template:\n          spec:\n            initContainers:\n              - name: migrate\n                image: ghcr.io/acme/migrate:2\n',
      'p1/d.yaml':
        deployment('web', container('app', 'ghcr.io/acme/web:1') + container('debug', 'busybox:1.36') + container('proxy', 'envoyproxy/envoy:v1.30.0')) +
        '---\n' +
        deployment('api', container('api', 'ghcr.io/acme/api:1')),
      'p1/web.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/web:2\n        - name: debug\n          $patch: delete\n        - name: sidecar\n          image: ghcr.io/acme/sidecar:1\n'
    }
  },
  'patchesStrategicMerge: a file and an inline patch; a list replaced with $patch: replace; a resource deleted': {
    dir: 'p2',
    files: {
      'p2/kustomization.yaml':
        'resources: [d.yaml]\npatchesStrategicMerge:\n  - replace.yaml\n  - |-\n    apiVersion: v1\n    kind: Pod\n    metadata:\n      name: gone\n    $patch: delete\n  - |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: kept\n    spec:\n      template:\n        spec:\n          containers:\n            - name: one\n              image: nginx:1.27\n',
      'p2/d.yaml':
        deployment('swap', container('one', 'redis:6') + container('two', 'redis:7')) +
        '---\n' +
        deployment('kept', container('one', 'nginx:1.25') + container('two', 'memcached:1.6')) +
        '---\n' +
        pod('gone', container('x', 'alpine:3.19')),
      'p2/replace.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: swap\nspec:\n  template:\n    spec:\n      containers:\n        - $patch: replace\n        - name: only\n          image: valkey/valkey:8\n'
    }
  },
  'JSON 6902 patches: replace, add, remove, copy, move and test, inline (YAML and JSON) and in files, patchesJson6902 with a target': {
    dir: 'p3',
    files: {
      'p3/kustomization.yaml':
        'resources: [d.yaml]\npatches:\n  - target: {kind: Deployment, name: web}\n    patch: |-\n      - op: test\n        path: /spec/template/spec/containers/0/name\n        value: app\n      - op: replace\n        path: /spec/template/spec/containers/0/image\n        value: ghcr.io/acme/web:2\n      - op: add\n        path: /spec/template/spec/containers/-\n        value: {name: added, image: "ghcr.io/acme/added:1"}\n      - op: copy\n        from: /spec/template/spec/containers/1\n        path: /spec/template/spec/initContainers\n  - target: {kind: Deployment, name: worker}\n    patch: \'[{"op": "remove", "path": "/spec/template/spec/containers/-1"}, {"op": "move", "from": "/spec/template/spec/containers/0", "path": "/spec/template/spec/containers/1"}]\'\npatchesJson6902:\n  - target: {group: apps, version: v1, kind: Deployment, name: worker}\n    path: worker.yaml\n  - target: {version: v1, kind: Pod, name: job}\n    path: job.json\n',
      'p3/d.yaml':
        deployment('web', container('app', 'ghcr.io/acme/web:1') + container('log', 'fluent/fluent-bit:3')) +
        '      initContainers: []\n---\n' +
        deployment('worker', container('a', 'ghcr.io/acme/a:1') + container('b', 'ghcr.io/acme/b:1') + container('c', 'ghcr.io/acme/c:1')) +
        '---\n' +
        pod('job', container('job', 'ghcr.io/acme/job:1')),
      'p3/worker.yaml': '- op: replace\n  path: /spec/template/spec/containers/1/image\n  value: ghcr.io/acme/a:2\n',
      'p3/job.json': '[{"op": "add", "path": "/spec/containers/0/image", "value": "ghcr.io/acme/job:2"}]\n'
    }
  },
  'target selectors: a name pattern, a label selector, an annotation selector, one patch on several resources': {
    dir: 'p4',
    files: {
      'p4/kustomization.yaml':
        'resources: [d.yaml]\npatches:\n  - target: {kind: Deploy.*, name: "web-(a|b)"}\n    patch: |-\n      - {op: replace, path: /spec/template/spec/containers/0/image, value: "nginx:1.27"}\n  - target: {labelSelector: "tier in (back,db),!legacy"}\n    patch: |-\n      - {op: replace, path: /spec/template/spec/containers/0/image, value: "redis:7.4"}\n  - target: {kind: Deployment, annotationSelector: "acme.dev/mirror=true"}\n    patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata:\n        name: any\n      spec:\n        template:\n          spec:\n            containers:\n              - name: main\n                image: mirror.acme.dev/main:1\n',
      'p4/d.yaml': [
        deployment('web-a', container('main', 'nginx:1.25')),
        deployment('web-b', container('main', 'nginx:1.25')),
        deployment('web-c', container('main', 'nginx:1.25')),
        deployment('cache', container('main', 'redis:6')).replace('metadata:\n  name: cache', 'metadata:\n  name: cache\n  labels: {tier: back}'),
        deployment('old-cache', container('main', 'redis:5')).replace(
          'metadata:\n  name: old-cache',
          'metadata:\n  name: old-cache\n  labels: {tier: back, legacy: "yes"}'
        ),
        deployment('mirrored', container('main', 'busybox:1.36')).replace(
          'metadata:\n  name: mirrored',
          'metadata:\n  name: mirrored\n  annotations: {acme.dev/mirror: "true"}'
        )
      ].join('---\n')
    }
  },
  'patch then images: the images entry applies to the image the patch wrote': {
    dir: 'p5',
    files: {
      'p5/kustomization.yaml':
        'resources: [d.yaml]\npatches:\n  - path: p.yaml\nimages:\n  - name: ghcr.io/acme/patched\n    newTag: "3"\n  - name: ghcr.io/acme/web\n    newName: ghcr.io/acme/renamed\n',
      'p5/d.yaml': deployment('web', container('web', 'ghcr.io/acme/web:1') + container('other', 'ghcr.io/acme/web:1')),
      'p5/p.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/patched:2\n'
    }
  },
  'a base and an overlay: namePrefix and namespace in the base, the overlay’s patches naming the original and the new names, a component with a patch': {
    dir: 'p6/overlay',
    files: {
      'p6/base/kustomization.yaml': 'namePrefix: base-\nnamespace: shop\nresources: [d.yaml]\n',
      'p6/base/d.yaml': deployment('web', container('web', 'nginx:1.25')) + '---\n' + deployment('api', container('api', 'ghcr.io/acme/api:1')),
      'p6/component/kustomization.yaml':
        'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - op: add\n        path: /spec/template/spec/containers/-\n        value: {name: agent, image: "datadog/agent:7"}\n',
      'p6/overlay/kustomization.yaml':
        'resources: [../base]\ncomponents: [../component]\nnameSuffix: -prod\npatches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata:\n        name: web\n      spec:\n        template:\n          spec:\n            containers:\n              - name: web\n                image: nginx:1.27\npatchesJson6902:\n  - target: {kind: Deployment, name: base-api-prod, namespace: shop}\n    patch: |-\n      - op: replace\n        path: /spec/template/spec/containers/0/image\n        value: ghcr.io/acme/api:2\n'
    }
  },
  'custom resources and other workloads: a Rollout’s list replaced, a CronJob’s merged, an image volume added': {
    dir: 'p7',
    files: {
      'p7/kustomization.yaml': 'resources: [r.yaml]\npatches:\n  - path: rollout.yaml\n  - path: cron.yaml\n',
      'p7/r.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: r\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: ghcr.io/acme/a:1\n        - name: b\n          image: ghcr.io/acme/b:1\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: busybox:1.36\n            - name: side\n              image: alpine:3.20\n',
      'p7/rollout.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: r\nspec:\n  template:\n    spec:\n      containers:\n        - name: b\n          image: ghcr.io/acme/b:2\n',
      'p7/cron.yaml':
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n            - name: job\n              image: busybox:1.37\n          volumes:\n            - name: models\n              image:\n                reference: quay.io/acme/models:v1\n'
    }
  },
  'labels and namespaces: a base’s commonLabels selected by an overlay’s label selector, a strategic-merge patch naming the namespace, a Pod’s init and ephemeral containers patched':
    {
      dir: 'p9/overlay',
      files: {
        'p9/base/kustomization.yaml': 'resources: [d.yaml]\ncommonLabels: {team: shop}\nnamespace: shop\n',
        'p9/base/d.yaml':
          deployment('web', container('web', 'nginx:1.25')) +
          '---\n' +
          'apiVersion: v1\nkind: Pod\nmetadata:\n  name: debug\nspec:\n  initContainers:\n    - name: init\n      image: alpine:3.19\n  containers:\n    - name: main\n      image: busybox:1.36\n  ephemeralContainers:\n    - name: dbg\n      image: busybox:1.36\n',
        'p9/overlay/kustomization.yaml':
          'resources: [../base]\npatches:\n  - target: {labelSelector: team=shop, kind: Deployment}\n    patch: |-\n      - {op: replace, path: /spec/template/spec/containers/0/image, value: "nginx:1.27"}\n  - patch: |-\n      apiVersion: v1\n      kind: Pod\n      metadata:\n        name: debug\n        namespace: shop\n      spec:\n        initContainers:\n          - name: init\n            image: alpine:3.20\n        ephemeralContainers:\n          - name: dbg\n            image: busybox:1.37\n          - name: extra\n            image: nicolaka/netshoot:v0.13\n'
      }
    },
  'names across layers: namespace and namePrefix in the base and the overlay, patches naming the original, the base’s and the final ids, a resource deleted through a target':
    {
      dir: 'sa/overlay',
      files: {
        'sa/base/kustomization.yaml': 'resources: [d.yaml]\nnamespace: shop\nnamePrefix: b-\n',
        'sa/base/d.yaml':
          deployment('web', container('web', 'nginx:1.25')) +
          '---\n' +
          deployment('api', container('api', 'nginx:1.25')) +
          '---\n' +
          deployment('gone', container('g', 'nginx:1.25')),
        'sa/overlay/kustomization.yaml':
          'resources: [../base]\nnamespace: prod\nnamePrefix: o-\npatches:\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: web}\n      spec: {template: {spec: {containers: [{name: web, image: "nginx:1.26"}]}}}\n  - patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: b-api, namespace: shop}\n      spec: {template: {spec: {containers: [{name: api, image: "nginx:1.24"}]}}}\n  - target: {name: gone}\n    patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: x}\n      $patch: delete\npatchesJson6902:\n  - target: {kind: Deployment, name: web}\n    patch: |-\n      - {op: add, path: /spec/template/spec/containers/0, value: {name: first, image: "redis:7"}}\n  - target: {kind: Deployment, name: o-b-api, namespace: prod}\n    patch: |-\n      - {op: add, path: /spec/template/spec/containers/-, value: {name: last, image: "redis:8"}}\n'
      }
    },
  'a targeted strategic-merge patch: an image cleared with null, containers, init containers and an image volume added': {
    dir: 'sb',
    files: {
      'sb/kustomization.yaml':
        'resources: [d.yaml]\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: x}\n      spec:\n        template:\n          spec:\n            containers:\n              - name: web\n                image: null\n              - name: new\n                image: "a:1"\n            initContainers:\n              - name: i\n                image: "b:1"\n            volumes:\n              - name: v\n                image: {reference: "quay.io/x:1"}\n',
      'sb/d.yaml': deployment('web', container('web', 'nginx:1.25') + container('side', 'nginx:1.25'))
    }
  },
  'a strategic-merge patch written for one kind applied by a label selector to others (a Job, a StatefulSet): each keeps its own apiVersion and kind': {
    dir: 'p10',
    files: {
      'p10/kustomization.yaml':
        'resources: [d.yaml]\npatches:\n  - target: {labelSelector: app=worker}\n    patch: |-\n      apiVersion: apps/v1\n      kind: Deployment\n      metadata: {name: any}\n      spec:\n        template:\n          spec:\n            containers:\n              - name: main\n                image: ghcr.io/acme/worker:2\n',
      'p10/d.yaml':
        'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: once\n  labels: {app: worker}\nspec:\n  template:\n    spec:\n      containers:\n        - name: main\n          image: ghcr.io/acme/worker:1\n        - name: side\n          image: busybox:1.36\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\n  labels: {app: worker}\nspec:\n  template:\n    spec:\n      containers:\n        - name: side\n          image: busybox:1.36\n'
    }
  },
  'several strategic-merge patches in one file (no target), each matched by its id': {
    dir: 'p8',
    files: {
      'p8/kustomization.yaml': 'resources: [d.yaml]\npatches:\n  - path: both.yaml\n',
      'p8/d.yaml': deployment('a', container('a', 'nginx:1.25')) + '---\n' + deployment('b', container('b', 'nginx:1.25')),
      'p8/both.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: a\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: nginx:1.27-a\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: b\nspec:\n  template:\n    spec:\n      containers:\n        - name: b\n          image: "nginx:1.27-b"\n'
    }
  }
})

// Every entry below against every image below, each entry in a kustomization of its own.
const MATRIX_IMAGES = [
  'nginx',
  'nginx:1.25',
  `nginx@${D1}`,
  `nginx:1.25@${D1}`,
  'docker.io/library/nginx:1',
  'library/nginx',
  'localhost:5000/nginx:1',
  'nginx-exporter:1',
  'my.nginx:1',
  'nginxx',
  'registry.io:443/team/app',
  `registry.io:443/team/app:2@${D1}`,
  'registry.io:443/team/app-ui:2',
  'ghcr.io/a/b/c:latest',
  'gcrXio/app:1',
  'gcr.io/app:1.0-rc.1'
]
const MATRIX_ENTRIES = [
  'name: nginx\n    newTag: "1.27"',
  `name: nginx\n    digest: ${D2}`,
  'name: nginx\n    newName: mirror.local/nginx',
  'name: nginx:1.25\n    newTag: 1.25.5',
  'name: docker.io/library/nginx\n    newTag: full',
  'name: library/nginx\n    newTag: lib',
  'name: localhost:5000/nginx\n    newTag: "2"',
  'name: registry.io:443/team/app\n    newName: registry.io:443/team/app2\n    newTag: "3"',
  `name: registry.io:443/team/app\n    newTag: "4"\n    digest: ${D2}`,
  'name: registry.io:443/team/app\n    tagSuffix: -debug',
  'name: gcr.io/app\n    newTag: dot',
  'name: ghcr.io/a/b/c\n    newName: ghcr.io/a/b/d',
  `name: nginx@${D1}\n    newTag: pinned`,
  'name: nginx\n    newName: mirror.local/nginx\n    tagSuffix: -alpine'
]
KUSTOMIZE['name matching and changes: every entry against every image (each entry its own kustomization)'] = {
  dir: MATRIX_ENTRIES.map((_, index) => `e${index}`),
  files: Object.fromEntries(
    MATRIX_ENTRIES.flatMap((written, index) => [
      [`e${index}/kustomization.yaml`, `resources: [d.yaml]\nimages:\n  - ${written}\n`],
      [`e${index}/d.yaml`, deployment(`e${index}`, MATRIX_IMAGES.map((image, at) => container(`c${at}`, `"${image}"`)).join(''))]
    ])
  )
}

/** `Kind/name container c` of a chaingate image (kubernetes, or kustomize: the container it changes). */
function resourceKey(image: ImageSource): string | null {
  return /^(\S+\/\S+ (?:container|image volume) \S+)/.exec(image.context)?.[1] ?? null
}

describe('kustomize build (sigs.k8s.io/kustomize/api v0.21.2) and chaingate agree on the images deployed', () => {
  it.each(Object.entries(KUSTOMIZE))('%s', async (_name, { files, dir }) => {
    const ws = await sources(files)
    expect(ws.problems).toEqual([])
    const built = await Promise.all([dir].flat().map((root) => oracleLines(['kustomize', path.join(ws.root, root)])))
    const expected = built
      .flat()
      .map((line) => `${line.kind}/${line.name} ${line.list === 'volumes' ? 'image volume' : 'container'} ${line.container} ${canonical(String(line.image))}`)
    const actual = ws.images.filter((image) => image.kind === 'kubernetes' || image.kind === 'kustomize').map((image) => `${resourceKey(image)} ${ours(image)}`)
    // An image two roots deploy alike is one source in chaingate: compared as sets.
    expect([...new Set(actual)].sort()).toEqual([...new Set(expected)].sort())
  })
})

it('kustomize refuses a newTag written as a number; chaingate says so at its line', async () => {
  const ws = await sources({
    'k/kustomization.yaml': 'resources: [d.yaml]\nimages:\n  - name: nginx\n    newTag: 1.10\n',
    'k/d.yaml': deployment('web', container('web', 'nginx:1.25'))
  })
  const result = await run(oracle, ['kustomize', path.join(ws.root, 'k')])
  expect(result.code).toBe(1)
  expect(result.stderr).toContain('cannot unmarshal number')
  expect(ws.problems).toEqual([expect.stringMatching(/^k\/kustomization\.yaml: images\[0\]\.newTag is not a string .*kustomize refuses/)])
})

it('kustomize refuses a resource file outside the kustomization’s folder unless built with LoadRestrictionsNone (as Flux builds); chaingate reads it as that build does', async () => {
  const files = {
    'base/web.yaml': deployment('web', container('web', 'ghcr.io/acme/web:1')),
    'app/kustomization.yaml': 'resources:\n  - ../base/web.yaml\nimages:\n  - name: ghcr.io/acme/web\n    newTag: "2"\n'
  }
  const ws = await sources(files)
  const strict = await run(oracle, ['kustomize', path.join(ws.root, 'app')])
  expect(strict.code).toBe(1)
  expect(strict.stderr).toContain('is not in or below')
  const [built] = await oracleLines(['kustomize', path.join(ws.root, 'app'), 'none'])
  expect(ws.images.map(ours)).toEqual([canonical(String(built!.image))])
  expect(ws.problems).toEqual([])
})

it('a patch chaingate cannot apply (a quantified group in a target pattern) leaves the images it may change unknown, never guessed', async () => {
  const ws = await sources({
    'k/kustomization.yaml':
      'resources: [d.yaml]\npatches:\n  - target: {kind: Deployment, name: "(we)+b"}\n    patch: |-\n      - {op: replace, path: /spec/template/spec/containers/0/image, value: "nginx:1.27"}\n',
    'k/d.yaml': deployment('web', container('web', 'nginx:1.25')) + '---\n' + pod('job', container('job', 'busybox:1.36'))
  })
  const built = await oracleLines(['kustomize', path.join(ws.root, 'k')])
  expect(built.map((line) => line.image)).toEqual(['nginx:1.27', 'busybox:1.36'])
  expect(ws.images.map(ours)).toEqual(['unknown', 'unknown'])
  expect(ws.problems).toEqual([
    expect.stringContaining('patches[0] of k/kustomization.yaml is not applied by chaingate (the pattern "(we)+b" quantifies a group')
  ])
})

it('replacements kustomize runs (here: an image copied from a ConfigMap) are not run by chaingate: the images they may change are unknown', async () => {
  const ws = await sources({
    'r/kustomization.yaml':
      'resources: [d.yaml]\nreplacements:\n  - source: {kind: ConfigMap, name: versions, fieldPath: data.web}\n    targets:\n      - select: {kind: Deployment}\n        fieldPaths: [spec.template.spec.containers.0.image]\n',
    'r/d.yaml':
      deployment('web', container('web', 'nginx:1.25')) + '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: versions}\ndata: {web: "nginx:1.27"}\n'
  })
  const built = await oracleLines(['kustomize', path.join(ws.root, 'r')])
  expect(built.map((line) => line.image)).toEqual(['nginx:1.27'])
  expect(ws.images.map(ours)).toEqual(['unknown'])
  expect(ws.problems).toEqual([expect.stringContaining('replacements are not run by chaingate')])
})

it('a patch kustomize refuses (a failed test, no resource matching) is a problem, as the build fails', async () => {
  const ws = await sources({
    'k/kustomization.yaml':
      'resources: [d.yaml]\npatches:\n  - target: {kind: Deployment}\n    patch: |-\n      - {op: test, path: /spec/template/spec/containers/0/image, value: "nginx:1.24"}\n      - {op: replace, path: /spec/template/spec/containers/0/image, value: "nginx:1.27"}\n',
    'k/d.yaml': deployment('web', container('web', 'nginx:1.25')),
    'm/kustomization.yaml': 'resources: [../k/d.yaml]\npatches:\n  - path: p.yaml\n',
    'm/p.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 2\n'
  })
  for (const dir of ['k', 'm']) expect((await run(oracle, ['kustomize', path.join(ws.root, dir), 'none'])).code).toBe(1)
  expect(ws.problems).toEqual([
    expect.stringMatching(/^k\/kustomization\.yaml: patches\[0\] of k\/kustomization\.yaml makes kustomize build fail \(testing value .* failed\)/),
    expect.stringMatching(
      /^m\/kustomization\.yaml: m\/p\.yaml \(patches\[0\] of m\/kustomization\.yaml\) makes kustomize build fail \(no resource matches apps\/v1\/Deployment\/api\)/
    )
  ])
  expect(ws.images.map(ours)).toEqual(['unknown', 'unknown'])
})

interface ComposeCase {
  files: Record<string, string>
  /** The project folder (default the workspace root). */
  dir?: string
  /** Variables the deploy environment sets (neither the files nor `.env`): their services must be unknown. */
  environment?: string[]
  /** `-f` files of a stack chosen on the command line. */
  stack?: string[]
}

const COMPOSE: Record<string, ComposeCase> = {
  'defaults: ${VAR:-def}, ${VAR-def}, empty and unset, ${VAR:+alt}, nested defaults, $$': {
    files: {
      'compose.yaml':
        'services:\n  a:\n    image: postgres:${PG_TAG:-16}\n  b:\n    image: redis:${EMPTY:-7}\n  c:\n    image: redis${EMPTY-:6}\n  d:\n    image: ${REGISTRY:-${MIRROR:-docker.io}}/library/nginx:${NGINX_TAG:-${DEFAULT_TAG}}\n  e:\n    image: app:1${SET:+-rc}${UNSET:+-never}\n  f:\n    image: ghcr.io/acme/lit$$eral:1\n  g:\n    image: $REGISTRY_HOST/app:${SET}\n',
      '.env': 'EMPTY=\nMIRROR=mirror.gcr.io\nDEFAULT_TAG=1.27\nSET=x\nREGISTRY_HOST=registry.local:5000\n'
    }
  },
  'a required variable set in .env, a variable from the deploy environment': {
    environment: ['APP_TAG', 'DB_REGISTRY'],
    files: {
      'compose.yaml':
        'services:\n  api:\n    image: ghcr.io/acme/api:${API_TAG:?set API_TAG}\n  web:\n    image: ghcr.io/acme/web:${APP_TAG}\n  db:\n    image: ${DB_REGISTRY}/postgres:16\n  cache:\n    image: redis:7\n',
      '.env': 'API_TAG=2.1\n'
    }
  },
  '.env with quotes, comments, export, spaces, inline comments': {
    files: {
      'compose.yaml':
        'services:\n  a:\n    image: ${A}\n  b:\n    image: ${B}\n  c:\n    image: ${C}\n  d:\n    image: ${D}\n  e:\n    image: ${E}\n  f:\n    image: node:${F}\n  g:\n    image: ${G}:1\n',
      '.env':
        '# images\nA="nginx:1.27"\nexport B=redis:7\nC = postgres:16 # the database\nD=\'memcached:1.6\'\n\nE="ghcr.io/acme/e:2" # quoted, then a comment\nF=22-alpine\nG=ghcr.io/acme/g\n'
    }
  },
  '.env values that use other variables': {
    files: {
      'compose.yaml': 'services:\n  api:\n    image: ${API_IMAGE}\n  web:\n    image: ${WEB_IMAGE:-none}\n  lit:\n    image: ${LITERAL}\n',
      '.env': 'REGISTRY=ghcr.io/acme\nAPI_IMAGE=${REGISTRY}/api:1\nWEB_IMAGE="$REGISTRY/web:${TAG:-2}"\nLITERAL=\'busybox:1.36\'\n'
    }
  },
  'compose.override.yaml over compose.yaml: the override’s image wins, a build in either makes the image the built one': {
    files: {
      'compose.yaml':
        'services:\n  web:\n    image: nginx:1.25\n  db:\n    image: postgres:15\n  worker:\n    build: ./worker\n    image: ghcr.io/acme/worker:dev\n  api:\n    image: ghcr.io/acme/api:1\n  cache:\n    image: redis:7\n',
      'compose.override.yaml':
        'services:\n  web:\n    image: nginx:1.27\n  worker:\n    image: ghcr.io/acme/worker:local\n  api:\n    build: ./api\n  cache:\n    environment:\n      A: "1"\n  extra:\n    image: mailhog/mailhog:v1.0.1\n',
      'worker/Dockerfile': 'FROM alpine:3.20\n',
      'api/Dockerfile': 'FROM alpine:3.20\n'
    }
  },
  'docker-compose.yml with docker-compose.override.yml, in a sub-folder with its own .env': {
    dir: 'deploy',
    files: {
      'deploy/docker-compose.yml': 'services:\n  app:\n    image: ghcr.io/acme/app:${TAG}\n  proxy:\n    image: traefik:v2.11\n',
      'deploy/docker-compose.override.yml': 'services:\n  proxy:\n    image: traefik:${PROXY_TAG:-v3.1}\n',
      'deploy/.env': 'TAG=5\n'
    }
  },
  'extends (same file, other file) and include': {
    files: {
      'compose.yaml':
        'include:\n  - infra/compose.infra.yaml\nservices:\n  base:\n    image: ghcr.io/acme/base:${BASE_TAG:-1}\n  web:\n    extends: base\n  api:\n    extends:\n      file: common/services.yml\n      service: python\n  tool:\n    extends:\n      file: common/services.yml\n      service: python\n    image: ghcr.io/acme/tool:3\n',
      'common/services.yml': 'services:\n  python:\n    image: python:${PY:-3.12}-slim\n',
      'infra/compose.infra.yaml':
        'services:\n  queue:\n    image: rabbitmq:3-management\n  search:\n    image: ${SEARCH_IMAGE:-opensearchproject/opensearch:2}\n',
      '.env': 'PY=3.13\n'
    }
  },
  profiles: {
    files: {
      'compose.yaml':
        'services:\n  app:\n    image: ghcr.io/acme/app:1\n  debug:\n    image: busybox:1.36\n    profiles: [debug]\n  docs:\n    image: squidfunk/mkdocs-material:9\n    profiles: ["docs", "dev"]\n'
    }
  },
  'YAML anchors and merge keys': {
    files: {
      'compose.yaml':
        'x-app: &app\n  image: ghcr.io/acme/app:${TAG:-1}\n  restart: always\nservices:\n  web:\n    <<: *app\n  worker:\n    <<: *app\n    command: work\n  beat:\n    <<: *app\n    image: ghcr.io/acme/beat:1\n'
    }
  },
  'more interpolation: $VAR before text, ${VAR?err} set empty, ${VAR:+${OTHER}}, $${VAR}, an empty default, a default with spaces': {
    environment: ['DEEP'],
    files: {
      'compose.yaml':
        'services:\n  a:\n    image: node:$NODE-alpine\n  b:\n    image: app${EMPTY?must be set}:1\n  c:\n    image: ghcr.io/acme/c:1${SUFFIX:+-${SUFFIX}}\n  d:\n    image: lit$${VAR}\n  e:\n    image: nginx:${NONE:-}\n  f:\n    image: ${A:-${B:-${DEEP}}}\n  g:\n    image: ${NOPE:-two words}\n  h:\n    image: "${QUOTED:-redis}:7"\n',
      '.env': 'NODE=22\nEMPTY=\nSUFFIX=fips\n'
    }
  },
  '.env: duplicates, a value with spaces, a later variable, escapes in double quotes, a comment without a space, CRLF lines': {
    environment: ['LATER'],
    files: {
      'compose.yaml':
        'services:\n  a:\n    image: ${DUP}\n  b:\n    image: ${HASH}\n  c:\n    image: ${USES_LATER:-fallback}\n  d:\n    image: ${ESC}\n  e:\n    image: ${CR}\n',
      '.env':
        'DUP=redis:6\nDUP=redis:7\nHASH=nginx:1#notacomment\nUSES_LATER=${LATER}/x\nLATER=ghcr.io/acme\nESC="ghcr.io/acme/esc:\\$1"\r\nCR=busybox:1.36\r\n'
    }
  },
  'include with its own folder and .env, extends of a service that builds': {
    files: {
      'compose.yaml':
        'include:\n  - path: infra/compose.infra.yaml\nservices:\n  web:\n    extends:\n      file: common.yml\n      service: built\n  api:\n    image: ghcr.io/acme/api:${API_TAG:-1}\n',
      'common.yml': 'services:\n  built:\n    build: ./web\n    image: ghcr.io/acme/web:dev\n',
      'web/Dockerfile': 'FROM alpine:3.20\n',
      'infra/compose.infra.yaml': 'services:\n  search:\n    image: ${SEARCH_IMAGE:-opensearchproject/opensearch:2}\n',
      'infra/.env': 'SEARCH_IMAGE=opensearchproject/opensearch:3\n'
    }
  },
  'a service with its own image that extends one that builds (the image it builds), or one with an image': {
    files: {
      'compose.yaml':
        'services:\n  builder:\n    build: ./b\n  web:\n    extends: builder\n    image: ghcr.io/acme/web:local\n  base:\n    image: python:3.12\n  job:\n    extends: base\n    image: ghcr.io/acme/job:1\n  deep:\n    extends:\n      file: more.yml\n      service: built\n    image: ghcr.io/acme/deep:1\n',
      'more.yml': 'services:\n  built:\n    extends:\n      file: even-more.yml\n      service: leaf\n',
      'even-more.yml': 'services:\n  leaf:\n    build: .\n',
      'b/Dockerfile': 'FROM alpine:3.20\n',
      Dockerfile: 'FROM alpine:3.20\n'
    }
  },
  'YAML aliases of an image, an include of two files merged (the second over the first)': {
    files: {
      'compose.yaml':
        'include:\n  - path:\n      - stack/base.yml\n      - stack/local.yml\nservices:\n  a:\n    image: &img ghcr.io/acme/a:1\n  b:\n    image: *img\n',
      'stack/base.yml': 'services:\n  db:\n    image: postgres:15\n  mq:\n    image: rabbitmq:3\n',
      'stack/local.yml': 'services:\n  db:\n    image: postgres:16\n'
    }
  },
  'a folder with compose.yaml and docker-compose.yml, and an override with extends': {
    files: {
      'compose.yaml': 'services:\n  web:\n    image: nginx:1.27\n  db:\n    image: postgres:16\n',
      'compose.override.yml': 'services:\n  db:\n    extends:\n      file: base.yml\n      service: pg\n',
      'base.yml': 'services:\n  pg:\n    image: postgres:17\n'
    }
  },
  'include of a file with another name, with its folder’s .env (the project’s variables win) and with env_file': {
    files: {
      'compose.yaml':
        'include:\n  - infra/infra.yml\n  - path: tools/tools.yml\n    env_file: tools/versions.env\nservices:\n  app:\n    image: ghcr.io/acme/app:${TAG:-1}\n',
      '.env': 'TAG=2\nSHARED=root\n',
      'infra/infra.yml':
        'services:\n  search:\n    image: opensearchproject/opensearch:${SEARCH:-2}\n  shared:\n    image: ghcr.io/acme/shared:${SHARED}\n  mixed:\n    image: ${MIRROR}/app:${TAG}\n',
      'infra/.env': 'SEARCH=3\nSHARED=infra\nMIRROR=mirror.local/${SHARED}\n',
      'tools/tools.yml': 'services:\n  lint:\n    image: ghcr.io/acme/lint:${LINT}\n',
      'tools/versions.env': 'LINT=0.9\n'
    }
  },
  'COMPOSE_FILE in .env names the files (and their order) Compose merges': {
    dir: 'app',
    files: {
      'app/.env': 'COMPOSE_FILE=base.yml:compose.yaml:prod.yml\n',
      'app/base.yml': 'services:\n  web:\n    build: ./web\n  db:\n    image: postgres:15\n',
      'app/compose.yaml': 'services:\n  web:\n    image: ghcr.io/acme/web:dev\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n',
      'app/prod.yml': 'services:\n  cache:\n    image: redis:7.4\n  proxy:\n    image: traefik:v3.1\n',
      'app/web/Dockerfile': 'FROM alpine:3.20\n'
    }
  },
  'a stack chosen by -f (compose.yaml + compose.prod.yaml)': {
    stack: ['compose.yaml', 'compose.prod.yaml'],
    files: {
      'compose.yaml': 'services:\n  web:\n    image: ghcr.io/acme/web:dev\n  db:\n    image: postgres:16\n',
      'compose.prod.yaml': `services:\n  web:\n    image: ghcr.io/acme/web@${D1}\n  backup:\n    image: ghcr.io/acme/backup:1\n`
    }
  }
}

// Interpolation forms against set, empty, unset and deploy-environment variables, one service each.
const EXPRESSIONS = [
  '${SET}',
  '${SET:-d}',
  '${SET-d}',
  '${EMPTY:-d}',
  '${EMPTY-d}',
  '${UNSET:-d}',
  '${UNSET-d}',
  '${SET:+a}',
  '${EMPTY:+a}',
  '${EMPTY+a}',
  '${UNSET+a}',
  '${SET:?e}',
  '${EMPTY?e}',
  '$SET',
  '$SET_more',
  '${SET}x',
  '$$SET',
  '$${SET}',
  '${UNSET:-${SET}}',
  '${UNSET:-$SET}',
  '${UNSET:-${EMPTY:-deep}}',
  '${SET:-${FROM_ENV}}',
  '${UNSET:-${FROM_ENV}}',
  '${UNSET:-a.b}',
  '${UNSET:-}',
  '${UNSET-}',
  '${QUOTED}',
  '${DERIVED}'
]
COMPOSE['interpolation forms: every form against set, empty, unset and deploy-environment variables'] = {
  environment: ['FROM_ENV', 'SET_more'],
  files: {
    'compose.yaml': `services:\n${EXPRESSIONS.map((expression, index) => `  s${index}:\n    image: "app-${expression}-z:1"\n`).join('')}`,
    '.env': 'SET=x\nEMPTY=\nQUOTED="q${SET}"\nDERIVED=${SET}-${EMPTY:-e}\n'
  }
}

const ORACLE_VALUES = ['oracle-one', 'oracle-two']

describe('docker compose config (compose-go v2.16.2) and chaingate agree on the services’ images', () => {
  it.each(Object.entries(COMPOSE))('%s', async (_name, { files, dir = '.', environment = [], stack }) => {
    const ws = await sources(files)
    expect(ws.problems).toEqual([])
    const folder = path.join(ws.root, dir)
    const load = async (value: string, only?: string[]): Promise<Map<string, string>> => {
      const args = [
        'compose',
        folder,
        ...environment.flatMap((name) => ['-e', `${name}=${value}`]),
        ...(only ?? stack ?? []).flatMap((file) => ['-f', path.join(folder, file)])
      ]
      const services = new Map<string, string>()
      for (const line of await oracleLines(args)) if (!line.build && line.image !== undefined) services.set(String(line.service), canonical(String(line.image)))
      return services
    }
    const [first, second] = [await load(ORACLE_VALUES[0]!), await load(ORACLE_VALUES[1]!)]
    const compose = ws.images.filter((image) => image.kind === 'compose')
    const byService = new Map<string, string[]>()
    for (const image of compose) {
      const service = image.context.replace(/^Compose service /, '')
      byService.set(service, [...(byService.get(service) ?? []), ours(image)])
    }
    if (stack) {
      // chaingate reads each file of the stack on its own: every image of the stack, and only images of the first file or of the stack.
      const alone = await load(ORACLE_VALUES[0]!, [stack[0]!])
      const reported = new Set(compose.map(ours))
      for (const image of first.values()) expect(reported).toContain(image)
      for (const image of reported) expect([...first.values(), ...alone.values()]).toContain(image)
      return
    }
    // Each service chaingate reports has the oracle's image (or is unknown where the deploy environment decides it)…
    for (const [service, images] of byService) {
      if (!first.has(service)) continue
      const expected = first.get(service) === second.get(service) ? first.get(service) : 'unknown'
      expect({ service, images }).toEqual({ service, images: [expected] })
    }
    // …and the images are the oracle's (a service that extends another runs the image reported where that one writes it).
    const expected = new Set([...first].map(([service, image]) => (image === second.get(service) ? image : 'unknown')))
    expect([...new Set(compose.map(ours))].sort()).toEqual([...expected].sort())
  })

  it('the environment Compose runs in overrides a default and .env; chaingate reports the file’s and .env’s values', async () => {
    const ws = await sources({ 'compose.yaml': 'services:\n  a:\n    image: redis:${A:-7}\n  b:\n    image: redis:${B}\n', '.env': 'B=6\n' })
    const [a, b] = await oracleLines(['compose', ws.root, '-e', 'A=8', '-e', 'B=9'])
    expect([a!.image, b!.image]).toEqual(['redis:8', 'redis:9'])
    expect(ws.images.map(ours)).toEqual(['docker.io/library/redis:7', 'docker.io/library/redis:6'])
  })

  it('Compose refuses a project whose required variable is unset; chaingate reports that service unknown and the others', async () => {
    const files = { 'compose.yaml': 'services:\n  api:\n    image: ghcr.io/acme/api:${API_TAG:?set API_TAG}\n  cache:\n    image: redis:7\n' }
    const ws = await sources(files)
    const result = await run(oracle, ['compose', ws.root])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('set API_TAG')
    expect(ws.images.map((image) => `${image.context} ${ours(image)}`)).toEqual([
      'Compose service api unknown',
      'Compose service cache docker.io/library/redis:7'
    ])
  })
})

const DOTENV: Record<string, string> = {
  'comments, export, spaces, `NAME: value`, duplicates, CRLF':
    '# comment\nTAG=16\nexport NAME="acme/app"\nEMPTY=\n  SPACED = a b  # comment\nHASH=nginx:1#not-a-comment\r\nYAML: v1\nDUP=1\nDUP=2\r\n',
  'quotes and escapes': 'ESC="a\\$b\\"c\\\\"\nRAW=\'$x \\n\\\'\'\nMULTI="one\ntwo"\nTAB="a\\tb"\nKEEP="a\\qb"\nSINGLE=\'it\\\'s\'\n',
  'interpolation from the variables before':
    'BASE=ghcr.io/acme\nIMAGE=${BASE}/api:${TAG:-1}\nQUOTED="$BASE/web"\nLIT=\'${BASE}\'\nDOLLARS=a$$b\nLATER=${AFTER:-x}\nAFTER=y\n'
}

describe('Compose’s .env dialect (compose-go dotenv) and chaingate’s reader agree', () => {
  it.each(Object.entries(DOTENV))('%s', async (_name, text) => {
    const ws = tempWorkspace({ '.env': text })
    workspaces.push(ws)
    const [expected] = await oracleLines(['dotenv', path.join(ws.root, '.env')])
    const vars = envFileVariables(text)
    expect(Object.fromEntries(vars)).toEqual(Object.fromEntries(Object.entries(expected!).filter(([name]) => !vars.interpolated?.has(name))))
    expect([...(vars.interpolated ?? [])]).toEqual([])
  })

  it('a variable taken from the environment Compose runs in is unknown; a line Compose refuses ends the reading', async () => {
    const ws = tempWorkspace({ 'inherited.env': 'A=1\nFROM_ENV\nB=${FROM_ENV}/x\n', 'bad.env': 'A=1\nB C=2\nD=3\n' })
    workspaces.push(ws)
    const [inherited] = await oracleLines(['dotenv', path.join(ws.root, 'inherited.env')])
    expect(inherited).toEqual({ A: '1', B: '/x' })
    expect(envFileVariables('A=1\nFROM_ENV\nB=${FROM_ENV}/x\n')).toEqual(Object.assign(new Map([['A', '1']]), { interpolated: new Set(['FROM_ENV', 'B']) }))
    const bad = await run(oracle, ['dotenv', path.join(ws.root, 'bad.env')])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('key cannot contain a space')
    expect(envFileVariables('A=1\nB C=2\nD=3\n')).toEqual(new Map([['A', '1']]))
  })
})

/** Dockerfiles of our own, one per edge case that BuildKit and a reader may read differently. */
const DOCKERFILE: Record<string, string> = {
  'global ARGs: defaults in order, a --build-arg-less default build (no default is empty), redeclarations, automatic ARGs': [
    'ARG REGISTRY=ghcr.io/acme',
    'ARG VERSION=1.2',
    'ARG MIRROR',
    'ARG SUFFIX',
    'ARG TAG=${SUFFIX}',
    'ARG VERSION',
    'ARG TARGETARCH',
    'ARG BUILDOS=linux',
    'FROM ${REGISTRY}/base:${VERSION}',
    'FROM ${MIRROR}alpine:3.20',
    'FROM ubuntu:${TAG}',
    'FROM ${TAG:-debian}:bookworm',
    'FROM img-${TARGETARCH}',
    'FROM img:${BUILDOS}',
    'FROM $MIRROR',
    'FROM node:${UNDECLARED:?required}',
    ''
  ].join('\n'),
  'substitutions: :- - :+ + and the patterns # ## % %% / //': [
    'ARG V=v1.2.3-alpine',
    'ARG EMPTY=',
    'ARG P=linux/arm64/v8',
    'FROM node:${V#v}',
    'FROM node:${V%-*}',
    'FROM node:${V%%.*}',
    'FROM node:${V##*.}',
    'FROM node:${V/alpine/slim}',
    'FROM node:${V//./_}',
    'FROM --platform=${P%/*} img:${P##*/}',
    'FROM img:${EMPTY:-dflt}',
    'FROM img:x${EMPTY-dflt}',
    'FROM img:${V:+plus}${NOPE+no}',
    'FROM img:${NOPE:-"quoted"}',
    "FROM img:${NOPE:-'single'}",
    'FROM img:${V:1}',
    ''
  ].join('\n'),
  'stages: names as written, scratch, later stages, indexes, builder-chosen stages': [
    'FROM golang:1.23 AS Build',
    'FROM build AS test',
    'FROM Build',
    'FROM scratch AS empty',
    'FROM SCRATCH',
    'FROM alpine:3.20 AS bin-linux',
    'FROM bin-${TARGETOS} AS bin',
    'FROM later',
    'COPY --from=BUILD /a /b',
    'COPY --from=1 /a /b',
    'COPY --from=9 /a /b',
    'COPY --from=later /a /b',
    'RUN --mount=from=later,target=/l --mount=type=cache,from=ghcr.io/acme/cache:1,target=/c true',
    'FROM alpine:3.19 AS later',
    ''
  ].join('\n'),
  'platforms: the builder’s, a literal one, on a stage': [
    'FROM --platform=$BUILDPLATFORM golang:1.23 AS build',
    'FROM --platform=$TARGETPLATFORM alpine:3.20',
    'FROM --platform=linux/amd64 alpine:3.20',
    'FROM --platform=${TARGETOS}/${TARGETARCH} alpine:3.20',
    'FROM --platform="linux/arm64" build',
    'FROM --platform=${BUILDPLATFORM:-linux/arm64} busybox:1.36',
    ''
  ].join('\n'),
  'parsing: continuations with comments and blank lines, lower case, heredocs, JSON forms, ONBUILD': [
    '# syntax=docker/dockerfile:1.7',
    'ARG BASE=alpine',
    'FROM \\',
    '  # a comment inside',
    '',
    '  $BASE:3.20 \\',
    '  AS base',
    'from base as final',
    'ONBUILD COPY --from=onbuild:1 /a /b',
    'RUN <<EOF bash',
    'FROM inside:1',
    'EOF',
    'RUN <<-EOT',
    '\tFROM tabbed:1',
    '\tEOT',
    'COPY <<A <<B /dest/',
    'FROM a:1',
    'A',
    'FROM b:1',
    'B',
    'RUN ["sh", "-c", "echo FROM json:1"]',
    'CMD ["FROM", "cmd:1"]',
    'FROM\tbusybox:1.36\tAS\ttabbed',
    'FrOm final',
    ''
  ].join('\n'),
  'the escape directive, CRLF line ends and a Unicode space in the syntax directive': [
    '#\u00a0syntax=docker/dockerfile:1',
    '# escape=`',
    'ARG TAG=3.20',
    'FROM alpine:`$TAG',
    'FROM `',
    '  alpine:$TAG `',
    '  AS base',
    'COPY --from=base `',
    '  /a /b',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
    'RUN dir c:\\',
    ''
  ].join('\r\n'),
  'escapes as written: kept in a pattern, taken elsewhere, in ARG defaults and quotes': [
    'ARG V=v1.2',
    'ARG A=\\$B C="3.20" D=a\\b',
    "ARG S='${V}'",
    'FROM img:${V##\\*}',
    'FROM img:${V%\\.*}',
    'FROM img:${V/./\\/}',
    'FROM img:\\${V}',
    'FROM img:x\\y',
    'FROM img:${A}',
    'FROM alpine:$C',
    'FROM img:$D',
    'FROM img:${S}',
    ''
  ].join('\n'),
  'references: digests, ports, IPv6, upper-case hosts, separators, an image ID, flag quotes': [
    'FROM alpine@sha256:' + 'a'.repeat(64),
    'FROM registry.example.com:5000/team/app:1.0',
    'FROM [::1]:5000/x:1',
    'FROM REGISTRY.example.com/x',
    'FROM example.com/a__b/c---d:x',
    'FROM ' + 'e'.repeat(64),
    'FROM index.docker.io/alpine',
    'FROM docker.io/library/alpine:3.20@sha256:' + 'b'.repeat(64),
    "COPY --from='busybox:1.36' /a /b",
    'COPY --link --chmod=755 --from=docker.io/acme/to\\ol:1 /a /b',
    'RUN --mount="type=bind,from=ghcr.io/acme/data:2,target=/d" true',
    ''
  ].join('\n')
}

/** The oracle's findings: `line kind image [platform] (stage)`, `unknown` for what a default build cannot pull or the builder decides. */
function builtView(records: Array<Record<string, unknown>>): string[] {
  return records
    .filter((record) => record.from_stage === undefined && record.scratch !== true)
    .map((record) => {
      const image = record.builder === true || record.error !== undefined ? 'unknown' : canonical(String(record.image ?? record.text))
      const platform =
        record.platform === undefined ? '' : record.platform_builder === true || record.platform_error !== undefined ? ' [?]' : ` [${String(record.platform)}]`
      const stage = record.kind === 'from' ? ` (stage ${String(record.stage ?? record.index)})` : ''
      return `${String(record.line)} ${String(record.kind)} ${image}${platform}${stage}`
    })
}

/** chaingate's, at the line of the instruction each is written in (the oracle's line: where the instruction starts). */
function readView(images: ImageSource[], records: Array<Record<string, unknown>>): string[] {
  const kinds: Record<string, string> = { 'dockerfile-from': 'from', 'dockerfile-copy': 'copy', 'dockerfile-mount': 'mount', 'dockerfile-syntax': 'syntax' }
  return images.map((image) => {
    const kind = kinds[image.kind]!
    const at = image.location!.startLine
    const line = Math.max(...records.filter((record) => record.kind === kind && Number(record.line) <= at).map((record) => Number(record.line)))
    const platform = image.platform !== undefined ? ` [${image.platform}]` : image.platformUnknown !== undefined ? ' [?]' : ''
    const stage = kind === 'from' ? ` (${image.context})` : ''
    return `${line} ${kind} ${image.ref ? image.ref.canonical : 'unknown'}${platform}${stage}`
  })
}

describe('BuildKit’s Dockerfile frontend (v0.34.2) and chaingate agree on the images a build pulls', () => {
  it.each(Object.entries(DOCKERFILE))('%s', async (_name, text) => {
    const ws = tempWorkspace({ Dockerfile: text })
    workspaces.push(ws)
    const records = await oracleLines(['dockerfile', path.join(ws.root, 'Dockerfile')])
    const order = (lines: string[]): string[] => [...lines].sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b))
    expect(order(readView(dockerfileImages('Dockerfile', text), records))).toEqual(order(builtView(records)))
  })

  it('BuildKit refuses a variable in a mount’s from=; chaingate reports that image unknown, saying the build fails', async () => {
    const text = 'FROM alpine:3.20\nARG HELPER=busybox\nRUN --mount=from=$HELPER,target=/h true\n'
    const ws = tempWorkspace({ Dockerfile: text })
    workspaces.push(ws)
    const result = await run(oracle, ['dockerfile', path.join(ws.root, 'Dockerfile')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain("'from' doesn't support variable expansion")
    expect(dockerfileImages('Dockerfile', text).at(-1)!.unknown).toContain('BuildKit refuses')
  })

  it('BuildKit refuses a FROM with a comment after its image or an invalid stage name; chaingate reports it unknown', async () => {
    for (const [text, refusal] of [
      ['FROM node:20 # the LTS\n', 'FROM requires either one or three arguments'],
      ['FROM alpine:3.20 AS 1st\n', 'invalid name for build stage']
    ] as const) {
      const ws = tempWorkspace({ Dockerfile: text })
      workspaces.push(ws)
      const result = await run(oracle, ['dockerfile', path.join(ws.root, 'Dockerfile')])
      expect(result.code).toBe(1)
      expect(result.stderr).toContain(refusal)
      expect(dockerfileImages('Dockerfile', text)[0]!.unknown).toMatch(/^BuildKit refuses .*: the build fails$/)
    }
  })

  it('a --build-arg and --target change what the oracle resolves (the default build is what chaingate reports)', async () => {
    const text = 'ARG TAG\nFROM alpine:${TAG:-3.20} AS base\nFROM base AS final\n'
    const ws = tempWorkspace({ Dockerfile: text })
    workspaces.push(ws)
    const file = path.join(ws.root, 'Dockerfile')
    const [byDefault] = await oracleLines(['dockerfile', file])
    const [withArg] = await oracleLines(['dockerfile', file, '--build-arg', 'TAG=3.19', '--target', 'base'])
    expect([byDefault!.image, withArg!.image]).toEqual(['docker.io/library/alpine:3.20', 'docker.io/library/alpine:3.19'])
    expect(dockerfileImages('Dockerfile', text).map((image) => image.ref?.canonical)).toEqual(['docker.io/library/alpine:3.20'])
  })
})

it('the oracle is the pinned build', () => {
  expect(fs.realpathSync(oracle)).toContain('kustomize-api-v0.21.2-compose-go-v2.16.2-buildkit-v0.34.2')
})
