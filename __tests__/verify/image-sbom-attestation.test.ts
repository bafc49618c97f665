/**
 * The SBOM of an image, signed and attached as an OCI referrer (issue 12, item 5), against the real
 * `docker-registry` and the Sigstore mock services: an image built here from this machine's dpkg status and
 * os-release, pushed by skopeo; `chaingate sign --predicate sbom --image REF:TAG` catalogs it, signs the
 * SBOM with the image's digest as subject and attaches the bundle; `chaingate verify --image REF@DIGEST
 * --predicate-type sbom` finds and verifies it, and the SBOM inside lists the packages `dpkg-query` lists.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { CheckReport } from '../../src/report/types.js'
import { skopeoPush, writeOciLayout } from '../../test/support/images/build.js'
import { dpkgQuery } from '../../test/support/images/fixtures.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { actionsEnv, RELEASE_IDENTITY, runCli, setEnv, tempDir, verifyIn } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

const osRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')

let mock: MockSigstore
let registry: TestRegistry
let dir: string
let restore: () => void
let digest: string
let repository: string

const POLICY = RELEASE_IDENTITY
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

beforeAll(async () => {
  mock = await startMockSigstore()
  registry = await startRegistry()
  dir = tempDir('chaingate-image-sbom-')
  mock.writeTrustedRoot(path.join(dir, 'root.json'))
  restore = setEnv({ ...actionsEnv(mock), HOME: registry.home, DOCKER_CONFIG: registry.dockerConfig })
  const layout = path.join(dir, 'layout')
  digest = await writeOciLayout(
    layout,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: osRelease },
              { path: 'var/lib/dpkg/status', content: status }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )
  repository = `${registry.host}/octo-org/app`
  skopeoPush(layout, 'v1', `${repository}:v1`, registry)
}, 120_000)

afterAll(async () => {
  restore?.()
  await registry?.stop()
  await mock?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

const verify = (args: string[]): ReturnType<typeof verifyIn> => verifyIn(dir, [...POLICY, ...args])

function statementOf(bundleFile: string): {
  subject: { name: string; digest: { sha256: string } }[]
  predicateType: string
  predicate: Record<string, unknown>
} {
  const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8')) as { dsseEnvelope: { payload: string } }
  return JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as ReturnType<typeof statementOf>
}

describe('sign --predicate sbom --image', () => {
  it('catalogs the image, signs its CycloneDX SBOM for the digest the tag names, attaches it, and verify --predicate-type sbom finds it', async () => {
    const signed = await runCli(
      ['sign', '--predicate', 'sbom', '--image', `${repository}:v1`, '--fulcio-url', mock.url, '--rekor-url', mock.url, '--bundle-out', 'sbom.sigstore.json'],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.stdout).toMatch(new RegExp(`attached to ${escape(`${repository}@${digest}`)} as sha256:[0-9a-f]{64}`))
    const statement = statementOf(path.join(dir, 'sbom.sigstore.json'))
    expect(statement.predicateType).toBe('https://cyclonedx.org/bom')
    expect(statement.subject).toEqual([{ name: repository, digest: { sha256: digest.slice(7) } }])
    // The SBOM is the image's: every package dpkg-query lists, as deb purls.
    const components = (statement.predicate.components as { name: string; version: string; purl: string }[]).filter((component) =>
      component.purl.startsWith('pkg:deb/')
    )
    expect(components.map((component) => `${component.name} ${component.version}`).sort()).toEqual(dpkgQuery(status, dir).sort())

    const result = await verify(['--image', `${repository}@${digest}`, '--predicate-type', 'sbom'])
    expect(result.code).toBe(0)
    expect(result.report.findings).toEqual([
      expect.objectContaining({
        rule: 'artifact-attestation',
        status: 'pass',
        message: expect.stringMatching(/verified https:\/\/cyclonedx\.org\/bom attestation/)
      })
    ])
    // Provenance is not what was attached: the policy's predicate type is named.
    const provenance = await verify(['--image', `${repository}@${digest}`, '--predicate-type', 'provenance'])
    expect(provenance.code).toBe(1)
    expect(provenance.report.findings).toEqual([
      expect.objectContaining({
        rule: 'artifact-attestation',
        status: 'fail',
        message: expect.stringContaining('policy requires "https://slsa.dev/provenance/v1"')
      })
    ])
  }, 120_000)

  it('signs an SPDX SBOM for a pinned reference; verify accepts it as sbom and refuses another identity', async () => {
    const signed = await runCli(
      [
        'sign',
        '--predicate',
        'sbom',
        '--sbom-format',
        'spdx',
        '--image',
        `${repository}@${digest}`,
        '--fulcio-url',
        mock.url,
        '--rekor-url',
        mock.url,
        '--bundle-out',
        'spdx.sigstore.json'
      ],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(statementOf(path.join(dir, 'spdx.sigstore.json')).predicateType).toBe('https://spdx.dev/Document/v2.3')
    const result = await verify(['--image', `${repository}@${digest}`, '--predicate-type', 'spdx'])
    expect(result.code).toBe(0)
    expect(result.report.findings[0]).toMatchObject({
      status: 'pass',
      message: expect.stringMatching(/verified https:\/\/spdx\.dev\/Document\/v2\.3 attestation/)
    })
    const output = path.join(dir, 'other.json')
    const other = await runCli(
      [
        'verify',
        '--trusted-root',
        'root.json',
        '--format',
        'json',
        '--output',
        output,
        '--signer-repo',
        'octo-org/other',
        '--image',
        `${repository}@${digest}`,
        '--predicate-type',
        'sbom'
      ],
      dir
    )
    expect(other.code).toBe(1)
    expect((JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport).findings[0]).toMatchObject({ rule: 'attestation-signer', status: 'fail' })
  }, 120_000)

  it('a multi-platform image: the SBOM of the --platform entry, attested for the index digest a pod spec pins', async () => {
    const layout = path.join(dir, 'multi')
    const index = await writeOciLayout(
      layout,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: osRelease },
                { path: 'var/lib/dpkg/status', content: status }
              ],
              compression: 'gzip'
            }
          ]
        },
        {
          architecture: 'arm64',
          variant: 'v8',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: osRelease },
                { path: 'var/lib/dpkg/status', content: status.split(/\n\n+/)[0]! + '\n' }
              ],
              compression: 'zstd'
            }
          ]
        }
      ],
      'multi'
    )
    skopeoPush(layout, 'multi', `${repository}:multi`, registry)
    const signed = await runCli(
      [
        'sign',
        '--predicate',
        'sbom',
        '--image',
        `${repository}:multi`,
        '--platform',
        'linux/arm64',
        '--fulcio-url',
        mock.url,
        '--rekor-url',
        mock.url,
        '--bundle-out',
        'multi.sigstore.json'
      ],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.stdout).toContain('(linux/arm64/v8): 1 packages')
    const statement = statementOf(path.join(dir, 'multi.sigstore.json'))
    expect(statement.subject).toEqual([{ name: repository, digest: { sha256: index.slice(7) } }])
    const result = await verify(['--image', `${repository}@${index}`, '--predicate-type', 'sbom'])
    expect(result.code).toBe(0)
  }, 120_000)

  it('refuses what cannot be attached: an OCI layout, and --image without --predicate sbom', async () => {
    const layout = await runCli(
      ['sign', '--predicate', 'sbom', '--image', `oci:${path.join(dir, 'layout')}:v1`, '--fulcio-url', mock.url, '--rekor-url', mock.url],
      dir
    )
    expect(layout.code).toBe(2)
    expect(layout.stderr).toMatch(/must be a registry reference/)
    const provenance = await runCli(['sign', '--image', `${repository}:v1`], dir)
    expect(provenance.code).toBe(2)
    expect(provenance.stderr).toMatch(/goes with --predicate sbom/)
  })
})
