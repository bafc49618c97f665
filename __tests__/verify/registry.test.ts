/**
 * Attestations in a real OCI registry (Debian's docker-registry, password auth, no referrers API): push
 * a small image, sign it with --push-to-registry, read the attestation back and verify it; skopeo, an
 * independent client, sees the referrers tag `sha256-<hex>` with the bundle's artifact type.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { actionsEnv, RELEASE_IDENTITY, runCli, setEnv, tempDir, verifyIn } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

let mock: MockSigstore
let registry: TestRegistry
let dir: string
let restore: () => void

const POLICY = RELEASE_IDENTITY

beforeAll(async () => {
  mock = await startMockSigstore()
  registry = await startRegistry()
  dir = tempDir('chaingate-oci-')
  mock.writeTrustedRoot(path.join(dir, 'root.json'))
  // @sigstore/oci reads ~/.docker/config.json: a temporary HOME, never the real one.
  restore = setEnv({ ...actionsEnv(mock), HOME: registry.home, DOCKER_CONFIG: registry.dockerConfig })
}, 30_000)

afterAll(async () => {
  restore?.()
  await registry?.stop()
  await mock?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

const verify = (args: string[]): ReturnType<typeof verifyIn> => verifyIn(dir, [...POLICY, ...args])

describe('attestations in an OCI registry', () => {
  it('attaches the bundle as a referrer, reads it back and verifies it', async () => {
    const digest = await registry.pushImage('octo-org/app', 'v1')
    const image = `${registry.host}/octo-org/app@${digest}`
    const signed = await runCli(
      ['sign', '--subject', image, '--push-to-registry', '--fulcio-url', mock.url, '--rekor-url', mock.url, '--bundle-out', 'image.sigstore.json'],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.stdout).toMatch(new RegExp(`attached to ${image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} as sha256:[0-9a-f]{64}`))

    const result = await verify(['--image', image])
    expect(result.code).toBe(0)
    expect(result.report.findings).toEqual([
      expect.objectContaining({
        rule: 'artifact-attestation',
        status: 'pass',
        message: expect.stringMatching(/verified https:\/\/slsa\.dev\/provenance\/v1 attestation/)
      })
    ])

    // skopeo sees the referrers tag (the registry has no referrers API) and the bundle artifact in it.
    const skopeo = (args: string[]): string => execFileSync('skopeo', args, { encoding: 'utf8', env: { ...process.env, HOME: registry.home } })
    const creds = `--creds=${registry.username}:${registry.password}`
    const tags = JSON.parse(skopeo(['list-tags', '--tls-verify=false', creds, `docker://${registry.host}/octo-org/app`])) as { Tags: string[] }
    expect(tags.Tags).toEqual(expect.arrayContaining(['v1', digest.replace(':', '-')]))
    const index = JSON.parse(
      skopeo(['inspect', '--raw', '--tls-verify=false', creds, `docker://${registry.host}/octo-org/app:${digest.replace(':', '-')}`])
    ) as {
      mediaType: string
      manifests: { artifactType: string; annotations: Record<string, string> }[]
    }
    expect(index.mediaType).toBe('application/vnd.oci.image.index.v1+json')
    expect(index.manifests[0]).toMatchObject({
      artifactType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
      annotations: { 'dev.sigstore.bundle.content': 'dsse-envelope', 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' }
    })
  })

  it('reports an unsigned image, a tag reference in a manifest, and verifies the pinned one', async () => {
    const signedDigest = await registry.pushImage('octo-org/web', 'v1')
    const unsignedDigest = await registry.pushImage('octo-org/web', 'v2')
    expect(
      (
        await runCli(
          [
            'sign',
            '--subject',
            `${registry.host}/octo-org/web@${signedDigest}`,
            '--push-to-registry',
            '--fulcio-url',
            mock.url,
            '--rekor-url',
            mock.url,
            '--bundle-out',
            'web.sigstore.json'
          ],
          dir
        )
      ).code
    ).toBe(0)
    fs.mkdirSync(path.join(dir, 'k8s'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'k8s', 'rendered.yaml'),
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: signed}',
        'spec:',
        '  containers:',
        `    - {name: a, image: "${registry.host}/octo-org/web@${signedDigest}"}`,
        '---',
        'apiVersion: apps/v1',
        'kind: StatefulSet',
        'metadata: {name: unsigned}',
        'spec:',
        '  template:',
        '    spec:',
        '      initContainers:',
        `        - {name: b, image: "${registry.host}/octo-org/web@${unsignedDigest}"}`,
        '      containers:',
        `        - {name: c, image: "${registry.host}/octo-org/web:v1"}`,
        ''
      ].join('\n')
    )
    const result = await verify(['--manifests', 'k8s/*.yaml'])
    expect(result.code).toBe(1)
    const byStatus = (status: string, rule: string): string[] =>
      result.report.findings.filter((finding) => finding.status === status && finding.rule === rule).map((finding) => finding.message)
    expect(byStatus('pass', 'artifact-attestation')).toEqual([expect.stringMatching(/Pod\/signed container a\): verified/)])
    expect(byStatus('fail', 'artifact-attestation')).toEqual([
      expect.stringMatching(/StatefulSet\/unsigned container b\): no Sigstore attestation is attached to .* \(unsigned\?\)$/)
    ])
    expect(byStatus('fail', 'image-pinned-by-digest')).toEqual([
      expect.stringMatching(/octo-org\/web:v1 \(StatefulSet\/unsigned container c\) is referenced by tag/)
    ])
  })
})
