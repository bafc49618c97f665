import crypto from 'node:crypto'
import { needValue } from '../../engine.js'
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { known, unknownFact, type Fact, type FactDef } from '../../model/fact.js'
import type { RuleResult } from '../../model/rule.js'
import { collectImageSources, pushedImage } from '../../images/sources/index.js'
import { imageConfigsFact, imageConfigsFactFor, OFFLINE_IMAGES_REASON, OFFLINE_REASON, type ImageConfigs } from '../../images/sources/config.js'
import { dockerfileSourcesFact, imageSourcesFact } from '../../images/sources/index.js'
import { Workspace } from '../../workspace/workspace.js'
import { check } from '../../check.js'
import { startRegistry, type TestRegistry } from '../../../test/support/registry/registry.js'
import { tempWorkspace, type TempWorkspace } from '../../../test/support/workspace.js'
import { baseImageScansFact, imageConfigsFromScansFor, imageScansFactFor, type ImageScan } from '../../images/scan-fact.js'
import { baseImagePolicy, registryAllowed, type BaseImagePolicyOptions } from './base-image-policy.js'

const D = 'sha256:' + 'd'.repeat(64)
const NOW = new Date('2026-12-01T00:00:00Z')

let ws: TempWorkspace | undefined
afterEach(() => ws?.cleanup())

/** The rule over a temporary workspace holding `files`, with the given configs fact (none: not read). */
async function run(
  files: Record<string, string>,
  options: Partial<BaseImagePolicyOptions> = {},
  configs?: Fact<ImageConfigs>,
  pushed: string[] = [],
  scans?: Fact<Map<string, ImageScan>>
): Promise<RuleResult[]> {
  ws = tempWorkspace(files)
  const sources = await collectImageSources(new Workspace(ws.root), pushed)
  const dockerfiles = await collectImageSources(new Workspace(ws.root), [], { dockerfilesOnly: true })
  const table = new Map<string, Fact<unknown>>([
    [imageSourcesFact.id, known(sources)],
    [dockerfileSourcesFact.id, known(dockerfiles)]
  ])
  // The registry facts of the groups judged (`images.base-configs` and `images.base-scans` for Dockerfiles alone;
  // with vulnerabilities on, the ages come from the scans' reads).
  const groups = options.sources ?? ['dockerfile']
  const scanned = options.vulnerabilities !== undefined && options.vulnerabilities !== 'off'
  if (configs) table.set((scanned ? imageConfigsFromScansFor(groups) : imageConfigsFactFor(groups)).id, configs)
  if (scans) table.set(imageScansFactFor(groups).id, scans)
  const fact = <T>(def: FactDef<T>): Fact<T> => {
    const found = table.get(def.id)
    if (!found) throw new Error(`${def.id} read but not given`)
    return found as Fact<T>
  }
  return baseImagePolicy.evaluate({
    fact,
    need: (def) => needValue(def, fact(def)),
    options: { ...baseImagePolicy.defaultOptions, ...options },
    now: NOW
  })
}

function brief(results: RuleResult[]): string[] {
  return results.map(
    (result) =>
      `${result.status} ${result.severity ?? '='} ${result.location ? `${result.location.path}:${result.location.startLine}:${result.location.startColumn}` : '-'} ${result.message}`
  )
}

describe('base-image-policy (facts given)', () => {
  it('grades FROM lines like unpinned-images: no tag or latest high, a tag medium, a digest passes', async () => {
    const dockerfile = [
      'ARG TAG=22',
      'FROM node AS a',
      'FROM node:latest AS b',
      'FROM node:${TAG}-slim AS c',
      `FROM node:22@${D} AS d`,
      'FROM a',
      'COPY --from=busybox:1.36 /bin/sh /bin/sh',
      ''
    ].join('\n')
    expect(brief(await run({ Dockerfile: dockerfile }))).toEqual([
      'fail high Dockerfile:2:6 FROM node (stage a) has no tag (it means :latest) and no digest',
      'fail high Dockerfile:3:6 FROM node:latest (stage b) uses the :latest tag and no digest',
      'fail medium Dockerfile:4:6 FROM node:${TAG}-slim (node:22-slim with the ARG defaults) (stage c) is pinned to the tag :22-slim, which its publisher can move, not to a digest',
      'fail medium Dockerfile:7:13 COPY --from=busybox:1.36 is pinned to the tag :1.36, which its publisher can move, not to a digest'
    ])
    expect((await run({ Dockerfile: 'FROM node:22\n' }))[0]!.fix).toBe('node:22@sha256:<digest>')
  })

  it('reports an unresolvable FROM as unknown at its line, and a literal digest as pinned', async () => {
    const dockerfile = ['ARG BASE', 'ARG REGISTRY', 'FROM ${BASE}', `FROM \${REGISTRY}/app@${D}`, ''].join('\n')
    expect(brief(await run({ Dockerfile: dockerfile }))).toEqual([
      'unknown = Dockerfile:3:6 FROM ${BASE} (stage 0): cannot tell whether it is pinned by digest: ARG BASE has no default (the image depends on --build-arg BASE=…)'
    ])
    expect(brief(await run({ Dockerfile: dockerfile }, { 'allowed-registries': ['ghcr.io'] })).filter((line) => line.includes('its registry'))).toEqual([
      'unknown = Dockerfile:3:6 FROM ${BASE} (stage 0): cannot tell its registry: ARG BASE has no default (the image depends on --build-arg BASE=…)',
      'unknown = Dockerfile:4:6 FROM ${REGISTRY}/app@' +
        D +
        ' (stage 1): cannot tell its registry: ARG REGISTRY has no default (the image depends on --build-arg REGISTRY=…)'
    ])
  })

  it('checks registries against globs (hosts, or registry/repository), Docker Hub by any of its names', async () => {
    const dockerfile = [
      `FROM node@${D}`,
      `FROM ghcr.io/acme/base@${D}`,
      `FROM quay.io/evil/x@${D}`,
      `FROM 123.dkr.ecr.eu-west-1.amazonaws.com/base@${D}`,
      ''
    ].join('\n')
    expect(
      brief(await run({ Dockerfile: dockerfile }, { 'allowed-registries': ['index.docker.io/library/*', 'ghcr.io/acme/*', '*.dkr.ecr.*.amazonaws.com'] }))
    ).toEqual([
      `fail high Dockerfile:3:6 FROM quay.io/evil/x@${D} (stage 2) comes from quay.io/evil/x, which allowed-registries does not list (index.docker.io/library/*, ghcr.io/acme/*, *.dkr.ecr.*.amazonaws.com)`
    ])
    expect(registryAllowed('docker.io', 'bitnami/redis', ['docker.io/library/*'])).toBe(false)
    expect(registryAllowed('docker.io', 'bitnami/redis', ['docker.io'])).toBe(true)
    expect(registryAllowed('localhost:5000', 'a/b', ['localhost:*'])).toBe(true)
  })

  it('judges the other sources only when asked', async () => {
    const files = {
      Dockerfile: `FROM node@${D}\n`,
      '.github/workflows/ci.yml': 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: ${{ matrix.img }}\n    steps: [{ run: make }]\n'
    }
    expect(await run(files)).toEqual([])
    expect(brief(await run(files, { sources: ['dockerfile', 'workflow', 'pushed'] }, undefined, ['ghcr.io/acme/app:1']))).toEqual([
      'unknown = .github/workflows/ci.yml:5:16 job a: container image ${{ matrix.img }}: cannot tell whether it is pinned by digest: the image is computed by ${{ matrix.img }}, whose values chaingate does not resolve',
      'fail medium - pushed image ghcr.io/acme/app:1 is pinned to the tag :1, which its publisher can move, not to a digest'
    ])
    expect(pushedImage('ghcr.io/acme/app:1').ref?.canonical).toBe('ghcr.io/acme/app:1')
    // check --image's other forms: docker:// is a registry reference; a layout or an archive is local, never read from Docker Hub.
    expect(pushedImage('docker://ghcr.io/acme/app:1', 'linux/arm64')).toMatchObject({ ref: { canonical: 'ghcr.io/acme/app:1' }, platform: 'linux/arm64' })
    for (const local of ['oci:layout', 'oci:/tmp/layout:v1', 'docker-archive:app.tar'])
      expect(pushedImage(local)).toMatchObject({ text: local, unknown: expect.stringContaining('a local image') })
    expect(pushedImage('oci:layout').ref).toBeUndefined()
  })

  it('judges Compose services, kustomize images:, Docker actions and chart values when asked, and files it could not read as unknown', async () => {
    const files = {
      'compose.yaml': 'services:\n  db:\n    image: postgres:${PG:-16}\n  app:\n    image: ${APP_IMAGE}\n',
      'docker-compose.dev.yml': 'services:\n  app: [oops\n',
      'k8s/kustomization.yaml': `resources: [app.yaml]\nimages:\n  - name: ghcr.io/acme/app\n    digest: ${D}\n  - name: redis\n    newTag: '7.4'\n`,
      'k8s/app.yaml':
        'apiVersion: v1\nkind: Pod\nmetadata: {name: app}\nspec:\n  containers: [{name: app, image: ghcr.io/acme/app:1}, {name: cache, image: redis}]\n',
      'action.yml': 'runs:\n  using: docker\n  image: docker://alpine:3.20\n',
      'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: 2.0.0\n',
      'chart/values.yaml': 'image:\n  repository: ghcr.io/acme/app\n'
    }
    expect(await run(files)).toEqual([])
    // The kustomized Pod runs ghcr.io/acme/app@digest (the kustomization's images: entry): nothing to say about it.
    expect(brief(await run(files, { sources: ['kubernetes', 'workflow', 'compose', 'helm-values'] }))).toEqual([
      'unknown = docker-compose.dev.yml:2:1 docker-compose.dev.yml: Compose file does not parse: deficient indentation',
      'fail medium chart/values.yaml:2:15 chart app values image (a chart default, not rendered output): ghcr.io/acme/app (ghcr.io/acme/app:2.0.0 with the chart values and appVersion) is pinned to the tag :2.0.0, which its publisher can move, not to a digest',
      'fail medium compose.yaml:3:12 Compose service db image postgres:${PG:-16} (postgres:16 with the variable defaults and .env) is pinned to the tag :16, which its publisher can move, not to a digest',
      'unknown = compose.yaml:5:12 Compose service app image ${APP_IMAGE}: cannot tell whether it is pinned by digest: $APP_IMAGE has no default and is not set in .env: its value comes from the environment Compose runs in, which chaingate does not see',
      'fail medium k8s/kustomization.yaml:6:14 Pod/app container cache (k8s/app.yaml:5, redis) set by images[1] of k8s/kustomization.yaml: image redis:7.4 is pinned to the tag :7.4, which its publisher can move, not to a digest',
      'fail medium action.yml:3:19 Docker action action.yml image alpine:3.20 is pinned to the tag :3.20, which its publisher can move, not to a digest'
    ])
  })

  it('never passes the age it could not read, and says image scanning is not configured', async () => {
    const files = { Dockerfile: `FROM node:22@${D}\n` }
    expect(brief(await run(files, { 'max-age-days': 30 }, unknownFact('not-available', OFFLINE_REASON)))).toEqual([
      `unknown = Dockerfile:1:6 FROM node:22@${D} (stage 0): base image age not checked: ${OFFLINE_REASON}`
    ])
    const key = `docker.io/library/node:22@${D} linux/amd64`
    const configs = (created: string | undefined): Fact<ImageConfigs> =>
      known({ results: new Map([[key, { ok: true, digest: D, platform: 'linux/amd64', platformSource: 'default', ...(created ? { created } : {}) }]]) })
    expect(await run(files, { 'max-age-days': 30 }, configs('2026-11-20T10:00:00Z'))).toEqual([])
    expect(brief(await run(files, { 'max-age-days': 30 }, configs('2025-06-01T00:00:00.123456789Z')))).toEqual([
      `fail medium Dockerfile:1:6 FROM node:22@${D} (stage 0): the base image node:22@${D} (linux/amd64, the default platform; ${D}) was created 2025-06-01, 547 days ago, more than max-age-days 30`
    ])
    expect((await run(files, { 'max-age-days': 30 }, configs('1970-01-01T00:00:00Z')))[0]).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('records no real creation date')
    })
    expect((await run(files, { 'max-age-days': 30 }, configs(undefined)))[0]).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('has no created date')
    })
    expect((await run(files, { 'max-age-days': 30 }, configs('yesterday')))[0]).toMatchObject({
      status: 'unknown',
      message: expect.stringContaining('not a date')
    })
    const failed: Fact<ImageConfigs> = known({ results: new Map([[key, { ok: false, reason: 'registry-1.docker.io/library/node: fetch failed' }]]) })
    expect((await run(files, { 'max-age-days': 30 }, failed))[0]).toMatchObject({ status: 'unknown', message: expect.stringContaining('fetch failed') })
    const offline = unknownFact('not-available', 'the run is offline (--offline): no registry is contacted, so the base images are not read')
    expect(brief(await run(files, { vulnerabilities: 'high' }, undefined, [], offline))).toEqual([
      `unknown = Dockerfile:1:6 FROM node:22@${D} (stage 0): vulnerabilities not checked: ${offline.reason}`
    ])
    const unreadable: Fact<Map<string, ImageScan>> = known(
      new Map([[key, { ok: false, reference: `docker.io/library/node:22@${D}`, reason: 'HTTP 401 from the registry' }]])
    )
    expect(brief(await run(files, { vulnerabilities: 'high' }, undefined, [], unreadable))).toEqual([
      `unknown = Dockerfile:1:6 FROM node:22@${D} (stage 0): vulnerabilities not checked: HTTP 401 from the registry`
    ])
  })

  it('asks for the registry only when max-age-days is set', async () => {
    expect(baseImagePolicy.usesWith!(baseImagePolicy.defaultOptions)).toEqual([])
    expect(baseImagePolicy.usesWith!({ ...baseImagePolicy.defaultOptions, 'max-age-days': 90 })).toEqual([imageConfigsFact])
    expect(baseImagePolicy.usesWith!({ ...baseImagePolicy.defaultOptions, sources: ['dockerfile', 'kubernetes'] })).toEqual([imageSourcesFact])
    expect(baseImagePolicy.usesWith!({ ...baseImagePolicy.defaultOptions, vulnerabilities: 'high' })).toEqual([baseImageScansFact])
    // Other sources: one registry fact per set of groups, whatever order the policy lists them in.
    const age = baseImagePolicy.usesWith!({ ...baseImagePolicy.defaultOptions, 'max-age-days': 90, sources: ['compose', 'dockerfile'] })
    expect(age.map((def) => def.id)).toEqual(['images.sources', 'images.base-configs(dockerfile,compose)'])
    expect(age[1]).toBe(imageConfigsFactFor(['dockerfile', 'compose']))
    // Both options: the ages come from the reads the scans make (each image read once for both).
    const all = baseImagePolicy.usesWith!({
      ...baseImagePolicy.defaultOptions,
      'max-age-days': 90,
      vulnerabilities: 'high',
      sources: ['compose', 'dockerfile']
    })
    expect(all.map((def) => def.id)).toEqual(['images.sources', 'images.base-configs-from-scans(dockerfile,compose)', 'images.base-scans(dockerfile,compose)'])
    expect(all[1]).toBe(imageConfigsFromScansFor(['dockerfile', 'compose']))
    expect(all[2]).toBe(imageScansFactFor(['dockerfile', 'compose']))
    // No group judged: no image to read (not the Dockerfiles' by default).
    expect(imageConfigsFactFor([]).id).toBe('images.base-configs()')
    expect(baseImagePolicy.checkOptions!({ 'allowed-registries': ['https://ghcr.io'] })).toHaveLength(1)
  })
})

/** Images written over the registry's HTTP API: configs with a chosen `created`, and an index of two platforms. */
async function pushBlob(registry: TestRegistry, repository: string, blob: Buffer): Promise<string> {
  const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const digest = `sha256:${crypto.createHash('sha256').update(blob).digest('hex')}`
  const start = await fetch(`http://${registry.host}/v2/${repository}/blobs/uploads/`, { method: 'POST', headers: { authorization } })
  const location = new URL(start.headers.get('location')!, `http://${registry.host}`)
  location.searchParams.set('digest', digest)
  const put = await fetch(location, { method: 'PUT', headers: { authorization, 'content-type': 'application/octet-stream' }, body: blob })
  if (put.status !== 201) throw new Error(`blob upload: HTTP ${put.status}`)
  return digest
}

async function pushManifest(registry: TestRegistry, repository: string, reference: string, body: object, mediaType: string): Promise<string> {
  const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const bytes = Buffer.from(JSON.stringify(body))
  const put = await fetch(`http://${registry.host}/v2/${repository}/manifests/${reference}`, {
    method: 'PUT',
    headers: { authorization, 'content-type': mediaType },
    body: bytes
  })
  if (put.status !== 201) throw new Error(`manifest upload: HTTP ${put.status} ${await put.text()}`)
  return `sha256:${crypto.createHash('sha256').update(bytes).digest('hex')}`
}

async function pushImage(
  registry: TestRegistry,
  repository: string,
  tag: string | null,
  created: string,
  architecture = 'amd64'
): Promise<{ digest: string; size: number }> {
  const layer = Buffer.from(`layer ${repository} ${architecture} ${created}`)
  const config = Buffer.from(
    JSON.stringify({
      created,
      architecture,
      os: 'linux',
      rootfs: { type: 'layers', diff_ids: [`sha256:${crypto.createHash('sha256').update(layer).digest('hex')}`] }
    })
  )
  const configDigest = await pushBlob(registry, repository, config)
  const layerDigest = await pushBlob(registry, repository, layer)
  const manifest = {
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: configDigest, size: config.length },
    layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: layerDigest, size: layer.length }]
  }
  const size = Buffer.byteLength(JSON.stringify(manifest))
  const digest = await pushManifest(
    registry,
    repository,
    tag ?? `sha256:${crypto.createHash('sha256').update(JSON.stringify(manifest)).digest('hex')}`,
    manifest,
    'application/vnd.oci.image.manifest.v1+json'
  )
  return { digest, size }
}

describe('base-image-policy max-age-days against a real registry', () => {
  let registry: TestRegistry
  beforeAll(async () => {
    registry = await startRegistry()
    await pushImage(registry, 'base/old', '1', '2024-01-15T08:00:00Z')
    await pushImage(registry, 'base/fresh', '1', '2026-11-28T08:00:00Z')
    // A multi-platform index: the amd64 image is old, the arm64 one fresh.
    const amd64 = await pushImage(registry, 'base/multi', null, '2025-01-01T00:00:00Z', 'amd64')
    const arm64 = await pushImage(registry, 'base/multi', null, '2026-11-30T00:00:00Z', 'arm64')
    await pushManifest(
      registry,
      'base/multi',
      '1',
      {
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.index.v1+json',
        manifests: [
          { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...arm64, platform: { os: 'linux', architecture: 'arm64', variant: 'v8' } },
          { mediaType: 'application/vnd.oci.image.manifest.v1+json', ...amd64, platform: { os: 'linux', architecture: 'amd64' } }
        ]
      },
      'application/vnd.oci.image.index.v1+json'
    )
  }, 30_000)
  afterAll(async () => registry?.stop())

  const policy = 'extends: none\nrules:\n  base-image-policy:\n    require-digest: false\n    max-age-days: 90\n'

  it('reads each base image config once, by platform, and fails the old ones at their FROM line', async () => {
    const dockerfile = [
      `ARG REGISTRY=${registry.host}`,
      'FROM ${REGISTRY}/base/old:1 AS a',
      `FROM ${registry.host}/base/fresh:1 AS b`,
      `FROM ${registry.host}/base/multi:1 AS c`,
      `FROM --platform=linux/arm64 ${registry.host}/base/multi:1 AS d`,
      `FROM --platform=linux/s390x ${registry.host}/base/multi:1 AS e`,
      `FROM ${registry.host}/base/missing:1 AS f`,
      ''
    ].join('\n')
    ws = tempWorkspace({ Dockerfile: dockerfile, 'other/Dockerfile': `FROM ${registry.host}/base/old:1\n`, '.github/chaingate.yml': policy })
    const { report } = await check({ path: ws.root, now: NOW, dockerConfigDir: registry.dockerConfig })
    const lines = report.findings
      .filter((finding) => finding.rule === 'base-image-policy')
      .map(
        (finding) =>
          `${finding.status} ${finding.location?.path}:${finding.location?.startLine}:${finding.location?.startColumn} ${finding.message.replaceAll(registry.host, 'REG')}`
      )
    expect(lines.map((line) => line.replace(/sha256:[0-9a-f]{64}/g, 'sha256:…'))).toEqual([
      'fail Dockerfile:2:6 FROM ${REGISTRY}/base/old:1 (REG/base/old:1 with the ARG defaults) (stage a): the base image REG/base/old:1 (linux/amd64, the default platform; sha256:…) was created 2024-01-15, 1050 days ago, more than max-age-days 90',
      'fail Dockerfile:4:6 FROM REG/base/multi:1 (stage c): the base image REG/base/multi:1 (linux/amd64, the default platform; sha256:…) was created 2025-01-01, 699 days ago, more than max-age-days 90',
      'fail other/Dockerfile:1:6 FROM REG/base/old:1 (stage 0): the base image REG/base/old:1 (linux/amd64, the default platform; sha256:…) was created 2024-01-15, 1050 days ago, more than max-age-days 90',
      'unknown Dockerfile:6:29 FROM REG/base/multi:1 (stage e): base image age not checked: REG/base/multi:1 has no linux/s390x image (the index lists linux/arm64/v8, linux/amd64)',
      'unknown Dockerfile:7:6 FROM REG/base/missing:1 (stage f): base image age not checked: REG/base/missing:1 is not in the registry (404)'
    ])
    // Per reference: base/old (manifest + config: 2), base/fresh (2), base/multi amd64 and arm64 (index + manifest +
    // config: 3 each), s390x (index: 1), base/missing (1) = 12; each of the 4 repositories' first request is answered
    // 401 and sent again with the credentials (+4). The second Dockerfile's base/old is not asked again.
    const REQUESTS = 16
    expect(report.stats.apiRequests).toBe(REQUESTS)
  }, 30_000)

  /** The rule's findings of a check run, registry host and digests shortened. */
  const lines = (
    findings: Array<{ rule: string; status: string; message: string; location?: { path: string; startLine: number; startColumn: number } }>
  ): string[] =>
    findings
      .filter((finding) => finding.rule === 'base-image-policy')
      .map(
        (finding) =>
          `${finding.status} ${finding.location ? `${finding.location.path}:${finding.location.startLine}:${finding.location.startColumn}` : '-'} ${finding.message.replaceAll(registry.host, 'REG').replace(/sha256:[0-9a-f]{64}/g, 'sha256:…')}`
      )

  /** One image (base/old:1) named by a Dockerfile, a Deployment, a Compose service and a workflow job; others only by Compose or a chart. */
  const everywhere = (): Record<string, string> => {
    const old = `${registry.host}/base/old:1`
    return {
      Dockerfile: `FROM ${old}\n`,
      'k8s/deploy.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ${old}\n`,
      'compose.yaml': `services:\n  web:\n    image: ${old}\n  fresh:\n    image: ${registry.host}/base/fresh:1\n  unset:\n    image: \${HOST}/base/old:1\n`,
      '.github/workflows/ci.yml': `on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    container: ${old}\n    steps: [{ run: make }]\n`,
      'chart/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\nappVersion: "1"\n',
      'chart/values.yaml': `image:\n  repository: ${registry.host}/base/multi\n`
    }
  }
  const allSources = `${policy}    sources: [dockerfile, kubernetes, workflow, compose, helm-values]\n`

  it('judges the age of the images of every source listed, each at its own line, reading an image named in several files once', async () => {
    ws = tempWorkspace({ Dockerfile: `FROM ${registry.host}/base/old:1\n`, '.github/chaingate.yml': policy })
    const alone = (await check({ path: ws.root, now: NOW, dockerConfigDir: registry.dockerConfig })).report
    // base/old: manifest + config, the first answered 401 and sent again with the credentials.
    expect(alone.stats.apiRequests).toBe(3)
    ws.cleanup()
    ws = tempWorkspace({ ...everywhere(), '.github/chaingate.yml': allSources })
    const { report } = await check({ path: ws.root, now: NOW, dockerConfigDir: registry.dockerConfig })
    expect(lines(report.findings)).toEqual([
      'fail .github/workflows/ci.yml:5:16 job test: container image REG/base/old:1: the image REG/base/old:1 (linux/amd64, the default platform; sha256:…) was created 2024-01-15, 1050 days ago, more than max-age-days 90',
      'fail Dockerfile:1:6 FROM REG/base/old:1 (stage 0): the base image REG/base/old:1 (linux/amd64, the default platform; sha256:…) was created 2024-01-15, 1050 days ago, more than max-age-days 90',
      'fail chart/values.yaml:2:15 chart app values image (a chart default, not rendered output): REG/base/multi (REG/base/multi:1 with the chart values and appVersion): the image REG/base/multi:1 (linux/amd64, the default platform; sha256:…) was created 2025-01-01, 699 days ago, more than max-age-days 90',
      'fail compose.yaml:3:12 Compose service web image REG/base/old:1: the image REG/base/old:1 (linux/amd64, the default platform; sha256:…) was created 2024-01-15, 1050 days ago, more than max-age-days 90',
      'fail k8s/deploy.yaml:9:18 Deployment/web container app image REG/base/old:1: the image REG/base/old:1 (linux/amd64, the default platform; sha256:…) was created 2024-01-15, 1050 days ago, more than max-age-days 90',
      // An unset Compose variable: the image is not known, so neither is its age (and no registry is asked).
      'unknown compose.yaml:7:12 Compose service unset image ${HOST}/base/old:1: image age not checked: $HOST has no default and is not set in .env: its value comes from the environment Compose runs in, which chaingate does not see'
    ])
    // base/old once for the four files that name it (3), base/fresh (3), base/multi's index, amd64 manifest and config (3 + 1).
    expect(report.stats.apiRequests).toBe(10)
  }, 30_000)

  it('contacts no registry offline, and reports the age unknown', async () => {
    ws = tempWorkspace({ Dockerfile: `FROM ${registry.host}/base/old:1\n`, '.github/chaingate.yml': policy })
    const { report } = await check({ path: ws.root, now: NOW, offline: true, dockerConfigDir: registry.dockerConfig })
    expect(report.stats.apiRequests).toBe(0)
    expect(
      report.findings
        .filter((finding) => finding.rule === 'base-image-policy')
        .map((finding) => `${finding.status} ${finding.message.replaceAll(registry.host, 'REG')}`)
    ).toEqual([`unknown FROM REG/base/old:1 (stage 0): base image age not checked: ${OFFLINE_REASON}`])
  })

  it('contacts no registry offline, and reports the age of every judged image unknown at its line', async () => {
    ws = tempWorkspace({ ...everywhere(), '.github/chaingate.yml': allSources })
    const { report } = await check({ path: ws.root, now: NOW, offline: true, dockerConfigDir: registry.dockerConfig })
    expect(report.stats.apiRequests).toBe(0)
    const found = lines(report.findings)
    expect(found.map((line) => line.slice(0, line.indexOf(' ', line.indexOf(' ') + 1)))).toEqual([
      'unknown .github/workflows/ci.yml:5:16',
      'unknown Dockerfile:1:6',
      'unknown chart/values.yaml:2:15',
      'unknown compose.yaml:3:12',
      'unknown compose.yaml:5:12',
      'unknown compose.yaml:7:12',
      'unknown k8s/deploy.yaml:9:18'
    ])
    expect(found.filter((line) => line.endsWith(OFFLINE_IMAGES_REASON))).toHaveLength(6)
    expect(found.find((line) => line.includes('compose.yaml:7:12'))).toContain('$HOST has no default')
  })

  it('says which credentials are missing when the registry refuses', async () => {
    ws = tempWorkspace({ Dockerfile: `FROM ${registry.host}/base/old:1\n`, '.github/chaingate.yml': policy })
    const { report } = await check({ path: ws.root, now: NOW, dockerConfigDir: `${ws.root}/no-docker-config` })
    const [finding] = report.findings.filter((item) => item.rule === 'base-image-policy')
    expect(finding).toMatchObject({ status: 'unknown', message: expect.stringContaining('HTTP 401: the registry wants credentials chaingate does not have') })
  })
})
