import { afterEach, describe, expect, it } from '@jest/globals'
import { composeImages, envFileVariables, interpolate, isComposeName } from '../../../src/images/sources/compose.js'
import { collectImageSources } from '../../../src/images/sources/index.js'
import type { ImageSource } from '../../../src/images/sources/model.js'
import { Workspace } from '../../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../../test/support/workspace.js'

const D = 'sha256:' + 'c'.repeat(64)

function brief(images: ImageSource[]): string[] {
  return images.map((image) => {
    const at = image.location ? `${image.location.path}:${image.location.startLine}:${image.location.startColumn}-${image.location.endColumn}` : '-'
    const resolved = image.resolved ? ` [${image.resolved}]` : ''
    return `${at} ${image.context}${resolved} ${image.ref ? image.ref.canonical : `unknown: ${image.unknown}`}`
  })
}

let ws: TempWorkspace | undefined
afterEach(() => ws?.cleanup())

describe('Compose variable interpolation', () => {
  const vars = new Map([
    ['TAG', '16.4'],
    ['EMPTY', ''],
    ['REGISTRY', 'registry.internal:5000']
  ])
  it.each([
    ['postgres:$TAG', '16.4'],
    ['postgres:${TAG}', '16.4'],
    ['postgres:${MISSING:-15}', '15'],
    ['postgres:${MISSING-15}', '15'],
    ['postgres:${EMPTY:-15}', '15'],
    ['${REGISTRY}/app:${MISSING:-${TAG}}', '16.4'],
    ['app${EMPTY-x}:1', ''],
    ['app:1${TAG:+-rc}', '-rc'],
    ['app:1${MISSING+-rc}', ''],
    ['lit$$eral', '$']
  ])('%s', (text, part) => {
    const result = interpolate(text, vars)
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value).toContain(part)
  })

  it('gives whole values as Compose does', () => {
    expect(interpolate('${REGISTRY}/app:${MISSING:-${TAG}}', vars)).toEqual({ ok: true, value: 'registry.internal:5000/app:16.4' })
    expect(interpolate('app${EMPTY-x}:1', vars)).toEqual({ ok: true, value: 'app:1' })
    expect(interpolate('a$$b', vars)).toEqual({ ok: true, value: 'a$b' })
  })

  it('never guesses an unset variable without a default, and refuses malformed interpolation', () => {
    expect(interpolate('postgres:${PG_TAG}', vars)).toMatchObject({ ok: false, reason: expect.stringContaining('$PG_TAG has no default') })
    expect(interpolate('postgres:$PG_TAG', vars)).toMatchObject({ ok: false, reason: expect.stringContaining('$PG_TAG') })
    expect(interpolate('postgres:${PG_TAG:?set the postgres tag}', vars)).toMatchObject({ ok: false, reason: expect.stringContaining('set the postgres tag') })
    expect(interpolate('postgres:${TAG', vars)).toMatchObject({ ok: false, reason: expect.stringContaining('unclosed') })
    expect(interpolate('postgres:$1', vars)).toMatchObject({ ok: false, reason: expect.stringContaining('invalid interpolation') })
  })

  it('interpolates a .env value from the variables before it, not a single-quoted one; one that needs the environment stays unknown, never half-expanded', () => {
    const env = envFileVariables('LATER=${BASE}/x\nBASE=ghcr.io/acme\nexport IMAGE="${BASE}/api:${TAG:-1}"\nRAW=\'${BASE}\'\nTOOL=$BASE/tool:$$1\n')
    expect(interpolate('${IMAGE}', env)).toEqual({ ok: true, value: 'ghcr.io/acme/api:1' })
    expect(interpolate('${TOOL}', env)).toEqual({ ok: true, value: 'ghcr.io/acme/tool:$1' })
    expect(interpolate('${RAW}', env)).toEqual({ ok: true, value: '${BASE}' })
    expect(interpolate('${LATER:-nginx}', env)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('$LATER is set in .env from variables the file does not set before it')
    })
  })

  it('reads .env in Compose’s dialect (quotes, escapes, comments, export, `NAME: value`, CRLF)', () => {
    const text =
      '# comment\nTAG=16\nexport NAME="acme/app"\nEMPTY=\n  SPACED = a b  # comment\nHASH=nginx:1#not-a-comment\r\nESC="a\\$b\\"c\\\\"\nRAW=\'$x \\n\'\nYAML: v1\nMULTI="one\ntwo"\nINHERITED\nDUP=1\nDUP=2\n'
    const vars = envFileVariables(text)
    expect(vars).toEqual(
      new Map([
        ['TAG', '16'],
        ['NAME', 'acme/app'],
        ['EMPTY', ''],
        ['SPACED', 'a b'],
        ['HASH', 'nginx:1#not-a-comment'],
        ['ESC', 'a$b"c\\'],
        ['RAW', '$x \\n'],
        ['YAML', 'v1'],
        ['MULTI', 'one\ntwo'],
        ['DUP', '2']
      ])
    )
    expect(vars.interpolated).toEqual(new Set(['INHERITED']))
    // A line Compose refuses ends the reading.
    expect(envFileVariables('A=1\nB C=2\nD=3\n')).toEqual(new Map([['A', '1']]))
  })

  it('knows the Compose file names', () => {
    for (const name of [
      'compose.yaml',
      'compose.yml',
      'docker-compose.yml',
      'deploy/docker-compose.prod.yml',
      'compose.override.yaml',
      'docker-compose.override.yml'
    ])
      expect(isComposeName(name)).toBe(true)
    for (const name of ['.github/workflows/compose.yml', 'composer.yaml', 'my-compose.yml', 'docs/compose.md']) expect(isComposeName(name)).toBe(false)
  })
})

describe('Compose image sources', () => {
  it('reads services, YAML merges, interpolation from defaults and .env, and skips built services', async () => {
    ws = tempWorkspace({
      'stack/compose.yaml': [
        'x-base: &base',
        '  restart: unless-stopped',
        '  image: ghcr.io/acme/worker:${WORKER_TAG:-2.3}',
        'services:',
        '  db:',
        '    image: "postgres:${PG_MAJOR}-bookworm"',
        '  cache:',
        `    image: redis:7.2@${D}`,
        '  worker:',
        '    <<: *base',
        '    command: ["work"]',
        '  api:',
        '    build:',
        '      context: ./api',
        '      dockerfile: build/api.docker',
        '    image: ghcr.io/acme/api:dev',
        '  proxy:',
        '    image: ${PROXY_IMAGE}',
        '  web:',
        '    build: ./web',
        ''
      ].join('\n'),
      'stack/.env': 'PG_MAJOR=16\n',
      'stack/compose.override.yaml': 'services:\n  db:\n    image: postgres:17-bookworm\n',
      'stack/api/build/api.docker': 'FROM golang:1.23 AS build\nFROM gcr.io/distroless/static-debian12\n',
      'stack/web/Dockerfile': 'FROM nginx:1.27-alpine\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images.filter((image) => image.kind === 'compose'))).toEqual([
      // compose.override.yaml's image replaces compose.yaml's (Compose merges the two).
      'stack/compose.override.yaml:3:12-31 Compose service db docker.io/library/postgres:17-bookworm',
      `stack/compose.yaml:8:12-${11 + `redis:7.2@${D}`.length} Compose service cache docker.io/library/redis:7.2@${D}`,
      'stack/compose.yaml:3:10-47 Compose service worker [ghcr.io/acme/worker:2.3] ghcr.io/acme/worker:2.3',
      'stack/compose.yaml:18:12-25 Compose service proxy unknown: $PROXY_IMAGE has no default and is not set in .env: its value comes from the environment Compose runs in, which chaingate does not see'
    ])
    // The built services' Dockerfiles are read once each, the one with an unusual name too; `image:` of a built service is not pulled.
    expect(sources.files.dockerfiles).toEqual(['stack/web/Dockerfile', 'stack/api/build/api.docker'])
    expect(sources.images.filter((image) => image.kind === 'dockerfile-from').map((image) => image.text)).toEqual([
      'nginx:1.27-alpine',
      'golang:1.23',
      'gcr.io/distroless/static-debian12'
    ])
    expect(sources.files.compose).toEqual(['stack/compose.override.yaml', 'stack/compose.yaml'])
    expect(sources.problems).toEqual([])
  })

  it('reads the files a Compose file includes or extends services from, whatever their name, with the project’s .env', async () => {
    ws = tempWorkspace({
      'app/compose.yaml': [
        'include:',
        '  - ../shared/observability.yml',
        '  - path: [infra/queue.yml]',
        'services:',
        '  api:',
        '    extends: {file: infra/base-services.yml, service: base}',
        '    ports: ["8080:8080"]',
        ''
      ].join('\n'),
      'app/.env': 'OTEL_VERSION=0.109.0\n',
      'shared/observability.yml': 'services:\n  otel:\n    image: otel/opentelemetry-collector-contrib:${OTEL_VERSION}\n',
      'app/infra/queue.yml': 'services:\n  queue:\n    image: rabbitmq:3.13-management\n',
      'app/infra/base-services.yml': `services:\n  base:\n    image: ghcr.io/acme/api@${D}\n`,
      'app/infra/unused.yml': 'services:\n  x:\n    image: not-read:1\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images)).toEqual([
      'shared/observability.yml:3:12-63 Compose service otel [otel/opentelemetry-collector-contrib:0.109.0] docker.io/otel/opentelemetry-collector-contrib:0.109.0',
      'app/infra/queue.yml:3:12-35 Compose service queue docker.io/library/rabbitmq:3.13-management',
      `app/infra/base-services.yml:3:12-${11 + `ghcr.io/acme/api@${D}`.length} Compose service base ghcr.io/acme/api@${D}`
    ])
    expect(sources.files.compose).toEqual(['app/compose.yaml', 'shared/observability.yml', 'app/infra/queue.yml', 'app/infra/base-services.yml'])
  })

  it('reports a Compose file that does not parse as one problem with its line', () => {
    const found = composeImages('compose.yml', 'services:\n  app:\n    image: [nginx\n  db:\n    image: postgres\n')
    expect(found.images).toEqual([])
    expect(found.problems).toHaveLength(1)
    expect(found.problems[0]).toMatchObject({ path: 'compose.yml', kind: 'compose', location: { startLine: expect.any(Number) } })
    expect(found.problems[0]!.message).toMatch(/^Compose file does not parse: [^\n]+$/)
  })

  it('merges the files Compose merges: the override over its file, or the files COMPOSE_FILE names, in order', async () => {
    ws = tempWorkspace({
      'a/compose.yaml':
        'services:\n  web:\n    image: nginx:1.25\n  worker:\n    build: .\n    image: ghcr.io/acme/worker:dev\n  api:\n    image: ghcr.io/acme/api:1\n  db:\n    image: postgres:15\n',
      'a/compose.override.yaml':
        'services:\n  web:\n    image: nginx:1.27\n  worker:\n    image: ghcr.io/acme/worker:local\n  api:\n    build: ./api\n  db:\n    extends:\n      file: pg.yml\n      service: pg\n',
      'a/pg.yml': 'services:\n  pg:\n    image: postgres:17\n',
      'a/Dockerfile': 'FROM alpine:3.20\n',
      'b/.env': 'COMPOSE_FILE=base.yml:compose.yaml:prod.yml\n',
      'b/base.yml': 'services:\n  web:\n    build: ./web\n',
      'b/compose.yaml': 'services:\n  web:\n    image: ghcr.io/acme/web:dev\n  cache:\n    image: redis:7\n',
      'b/compose.override.yaml': 'services:\n  cache:\n    image: redis:6\n',
      'b/prod.yml': 'services:\n  cache:\n    image: redis:7.4\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(brief(sources.images.filter((image) => image.kind === 'compose'))).toEqual([
      'a/compose.override.yaml:3:12-21 Compose service web docker.io/library/nginx:1.27',
      'a/pg.yml:3:12-22 Compose service pg docker.io/library/postgres:17',
      // Not in COMPOSE_FILE: read on its own.
      'b/compose.override.yaml:3:12-18 Compose service cache docker.io/library/redis:6',
      'b/prod.yml:3:12-20 Compose service cache docker.io/library/redis:7.4'
    ])
  })

  it('takes a service that extends one that builds (here or in another file) as building: its image is the one it builds', async () => {
    ws = tempWorkspace({
      'compose.yaml':
        'services:\n  builder:\n    build: .\n  web:\n    extends: builder\n    image: ghcr.io/acme/web:local\n  deep:\n    extends:\n      file: more.yml\n      service: built\n    image: ghcr.io/acme/deep:1\n  job:\n    extends: {service: base}\n    image: ghcr.io/acme/job:1\n  base:\n    image: python:3.12\n',
      'more.yml': 'services:\n  built:\n    extends:\n      file: even-more.yml\n      service: leaf\n',
      'even-more.yml': 'services:\n  leaf:\n    build: .\n',
      Dockerfile: 'FROM alpine:3.20\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(sources.images.filter((image) => image.kind === 'compose').map((image) => `${image.context} ${image.ref?.canonical}`)).toEqual([
      'Compose service job ghcr.io/acme/job:1',
      'Compose service base docker.io/library/python:3.12'
    ])
  })

  it('merges the files one include: entry lists, each over the ones before', async () => {
    ws = tempWorkspace({
      'compose.yaml': 'include:\n  - path: [stack/base.yml, stack/local.yml]\n',
      'stack/base.yml': 'services:\n  db:\n    image: postgres:15\n  mq:\n    image: rabbitmq:3\n',
      'stack/local.yml': 'services:\n  db:\n    image: postgres:16\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(sources.images.map((image) => `${image.location?.path} ${image.context} ${image.ref?.canonical}`)).toEqual([
      'stack/base.yml Compose service mq docker.io/library/rabbitmq:3',
      'stack/local.yml Compose service db docker.io/library/postgres:16'
    ])
  })

  it('reads an included project with its own .env under the project’s variables (which win)', async () => {
    ws = tempWorkspace({
      'compose.yaml': 'include:\n  - infra/infra.yml\n  - path: tools/tools.yml\n    env_file: tools/versions.env\n',
      '.env': 'SHARED=root\n',
      'infra/infra.yml': 'services:\n  search:\n    image: opensearch:${SEARCH}-${SHARED}\n  mirror:\n    image: ${MIRROR}:1\n',
      'infra/.env': 'SEARCH=3\nSHARED=infra\nMIRROR=mirror.local/${SHARED}\n',
      'tools/tools.yml': 'services:\n  lint:\n    image: ghcr.io/acme/lint:${LINT}\n',
      'tools/versions.env': 'LINT=0.9\n'
    })
    const sources = await collectImageSources(new Workspace(ws.root))
    expect(sources.images.map((image) => `${image.context} ${image.ref?.canonical ?? image.unknown}`)).toEqual([
      'Compose service search docker.io/library/opensearch:3-root',
      'Compose service mirror mirror.local/root:1',
      'Compose service lint ghcr.io/acme/lint:0.9'
    ])
  })

  it('keeps a build context that leaves the workspace out of the Dockerfiles to read', () => {
    const found = composeImages('compose.yml', 'services:\n  a:\n    build: ../../elsewhere\n  b:\n    build: https://github.com/acme/app.git#main\n')
    expect(found.dockerfiles).toEqual([])
  })
})
