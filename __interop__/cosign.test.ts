/**
 * cosign v3.1.3 interop, both ways, against the same Sigstore mock services (trusted root file):
 * cosign verifies chaingate's bundles (verify-blob-attestation on files, verify-attestation on an image in
 * the local registry), keyless and key-based; chaingate verifies what cosign produced (attest-blob, new
 * bundle format), keyless against the mocks and with a key, and rejects a `main-evil` identity under a
 * `main` policy.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CheckReport } from '../src/report/types.js'
import { peer, run } from '../test/interop/peers.js'
import { skopeoPush, writeOciLayout } from '../test/support/images/build.js'
import { startRegistry, type TestRegistry } from '../test/support/registry/registry.js'
import { actionsEnv, runCli, setEnv, tempDir } from '../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../test/support/sigstore/jest-esm-deps.js'
import { GITHUB_ISSUER, startMockSigstore, type MockSigstore } from '../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

let cosign: string
let mock: MockSigstore
let registry: TestRegistry
let dir: string
let restore: () => void
const SAN = 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main'
const POLICY = ['--signer-repo', 'octo-org/app', '--signer-workflow', '.github/workflows/release.yml@main']

beforeAll(async () => {
  cosign = peer('cosign')
  mock = await startMockSigstore()
  registry = await startRegistry()
  dir = tempDir('chaingate-cosign-interop-')
  mock.writeTrustedRoot(path.join(dir, 'root.json'))
  fs.writeFileSync(path.join(dir, 'app.bin'), crypto.randomBytes(1024))
  // cosign keeps its TUF cache under HOME; an empty temporary HOME, so nothing public is ever consulted.
  restore = setEnv({ ...actionsEnv(mock), HOME: registry.home, DOCKER_CONFIG: registry.dockerConfig })
}, 60_000)

afterAll(async () => {
  restore?.()
  await registry?.stop()
  await mock?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

const cosignEnv = (): Record<string, string | undefined> => ({
  HOME: registry.home,
  DOCKER_CONFIG: registry.dockerConfig,
  TUF_ROOT: path.join(registry.home, '.sigstore'),
  COSIGN_PASSWORD: 'interop',
  COSIGN_YES: 'true'
})

async function chaingateVerify(args: string[]): Promise<{ code: number; report: CheckReport; stderr: string }> {
  const output = path.join(dir, `report-${crypto.randomBytes(4).toString('hex')}.json`)
  const result = await runCli(['verify', '--format', 'json', '--output', output, ...args], dir)
  return {
    code: result.code,
    stderr: result.stderr,
    report: fs.existsSync(output) ? (JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport) : (undefined as never)
  }
}

describe('cosign verifies chaingate bundles', () => {
  it('verify-blob-attestation: a keyless provenance bundle of a file', async () => {
    const signed = await runCli(
      ['sign', '--subject-path', 'app.bin', '--fulcio-url', mock.url, '--rekor-url', mock.url, '--bundle-out', 'app.bin.sigstore.json'],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    const result = await run(
      cosign,
      [
        'verify-blob-attestation',
        '--bundle',
        'app.bin.sigstore.json',
        '--trusted-root',
        'root.json',
        '--certificate-identity',
        SAN,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        '--type',
        'https://slsa.dev/provenance/v1',
        'app.bin'
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect(result.stderr).toMatch(/Verified OK/)
    expect(result.code).toBe(0)
    // The same bundle with another identity: cosign refuses it too.
    const other = await run(
      cosign,
      [
        'verify-blob-attestation',
        '--bundle',
        'app.bin.sigstore.json',
        '--trusted-root',
        'root.json',
        '--certificate-identity',
        `${SAN}-evil`,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        '--type',
        'https://slsa.dev/provenance/v1',
        'app.bin'
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect(other.code).not.toBe(0)
  })

  it('verify-blob-attestation: a key-based bundle', async () => {
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    fs.writeFileSync(path.join(dir, 'signing.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }))
    fs.writeFileSync(path.join(dir, 'signing.pub'), publicKey.export({ type: 'spki', format: 'pem' }))
    const signed = await runCli(['sign', '--subject-path', 'app.bin', '--key', 'signing.key', '--bundle-out', 'key.sigstore.json'], dir)
    expect(signed.stderr).toBe('')
    const result = await run(
      cosign,
      [
        'verify-blob-attestation',
        '--bundle',
        'key.sigstore.json',
        '--key',
        'signing.pub',
        '--insecure-ignore-tlog',
        '--type',
        'https://slsa.dev/provenance/v1',
        'app.bin'
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect(result.stderr).toMatch(/Verified OK/)
    expect(result.code).toBe(0)
  })

  it('verify-attestation: a keyless attestation attached to an image in the registry', async () => {
    const digest = await registry.pushImage('octo-org/app', 'v1')
    const image = `${registry.host}/octo-org/app@${digest}`
    const signed = await runCli(
      ['sign', '--subject', image, '--push-to-registry', '--fulcio-url', mock.url, '--rekor-url', mock.url, '--bundle-out', 'image.sigstore.json'],
      dir
    )
    expect(signed.code).toBe(0)
    const result = await run(
      cosign,
      [
        'verify-attestation',
        '--new-bundle-format',
        '--allow-http-registry',
        '--trusted-root',
        'root.json',
        '--certificate-identity',
        SAN,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        '--type',
        'https://slsa.dev/provenance/v1',
        image
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect(result.stderr).toMatch(/Verification for .* --/)
    expect(result.code).toBe(0)
  })

  it('verify-attestation --type cyclonedx: the SBOM of an image chaingate catalogued, signed and attached', async () => {
    const image = await debianImage('octo-org/sbom')
    const signed = await runCli(
      ['sign', '--predicate', 'sbom', '--image', image, '--fulcio-url', mock.url, '--rekor-url', mock.url, '--bundle-out', 'image-sbom.sigstore.json'],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    const result = await run(
      cosign,
      [
        'verify-attestation',
        '--new-bundle-format',
        '--allow-http-registry',
        '--trusted-root',
        'root.json',
        '--certificate-identity',
        SAN,
        '--certificate-oidc-issuer',
        GITHUB_ISSUER,
        '--type',
        'cyclonedx',
        image
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect(result.stderr).toMatch(/Verification for .* --/)
    expect(result.code).toBe(0)
  })
})

/** An image of this machine's dpkg status and os-release in the registry, by digest. */
async function debianImage(repository: string): Promise<string> {
  const layout = path.join(dir, `layout-${repository.replace('/', '-')}`)
  const digest = await writeOciLayout(
    layout,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: fs.readFileSync('/usr/lib/os-release', 'utf8') },
              { path: 'var/lib/dpkg/status', content: fs.readFileSync('/var/lib/dpkg/status', 'utf8') }
            ],
            compression: 'gzip'
          }
        ]
      }
    ],
    'v1'
  )
  skopeoPush(layout, 'v1', `${registry.host}/${repository}:v1`, registry)
  return `${registry.host}/${repository}@${digest}`
}

describe('chaingate verifies cosign bundles', () => {
  const predicate = (): string => {
    const file = path.join(dir, 'predicate.json')
    fs.writeFileSync(
      file,
      JSON.stringify({
        buildDefinition: { buildType: 'https://example.test/build', externalParameters: {} },
        runDetails: { builder: { id: 'https://example.test/builder' } }
      })
    )
    return file
  }

  it('attest-blob with a key (new bundle format)', async () => {
    const keys = await run(cosign, ['generate-key-pair', '--output-key-prefix', 'cosign'], { cwd: dir, env: cosignEnv() })
    expect(keys.code).toBe(0)
    const attested = await run(
      cosign,
      [
        'attest-blob',
        '--key',
        'cosign.key',
        '--new-bundle-format',
        '--bundle',
        'cosign-key.sigstore.json',
        '--predicate',
        predicate(),
        '--type',
        'slsaprovenance1',
        '--tlog-upload=false',
        '--use-signing-config=false',
        'app.bin'
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect(attested.stderr).not.toMatch(/error/i)
    expect(attested.code).toBe(0)
    const result = await chaingateVerify(['--subject-path', 'app.bin', '--bundle', 'cosign-key.sigstore.json', '--key', 'cosign.pub'])
    expect(result.stderr).toBe('')
    expect(result.report.findings).toEqual([expect.objectContaining({ rule: 'artifact-attestation', status: 'pass' })])
    expect(result.code).toBe(0)
  })

  const signingConfig = (): string => {
    const file = path.join(dir, 'signing-config.json')
    const service = (url: string): Record<string, unknown> => ({ url, majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z' }, operator: 'mock' })
    fs.writeFileSync(
      file,
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service(mock.url)],
        oidcUrls: [],
        rekorTlogUrls: [service(mock.url)],
        rekorTlogConfig: { selector: 'ANY' },
        tsaUrls: [],
        tsaConfig: { selector: 'ANY' }
      })
    )
    return file
  }

  it.each([
    ['refs/heads/main', 0],
    ['refs/heads/main-evil', 1]
  ])('attest-blob keyless against the mocks, workflow ref %s under a main policy', async (ref, expected) => {
    // An unsigned token (what the mock Fulcio takes) does not look like a JWT to cosign: given as a file.
    const token = path.join(dir, `token-${ref.split('/').pop()}`)
    fs.writeFileSync(token, mock.token({ ...mock.claims, ref, workflowRef: ref }))
    const bundle = `cosign-keyless-${ref.split('/').pop()}.sigstore.json`
    const attested = await run(
      cosign,
      [
        'attest-blob',
        '--new-bundle-format',
        '--bundle',
        bundle,
        '--predicate',
        predicate(),
        '--type',
        'slsaprovenance1',
        '--identity-token',
        token,
        '--signing-config',
        signingConfig(),
        '--trusted-root',
        'root.json',
        'app.bin'
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect({ code: attested.code, stderr: attested.stderr }).toEqual({ code: 0, stderr: expect.not.stringMatching(/Error/) })
    const result = await chaingateVerify([
      '--trusted-root',
      'root.json',
      '--subject-path',
      'app.bin',
      '--bundle',
      bundle,
      ...POLICY,
      '--runner-environment',
      'any'
    ])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(expected)
    if (expected === 0) expect(result.report.findings).toEqual([expect.objectContaining({ rule: 'artifact-attestation', status: 'pass' })])
    else
      expect(result.report.findings).toEqual([
        expect.objectContaining({
          rule: 'attestation-signer',
          status: 'fail',
          message: expect.stringMatching(/workflow ref is "refs\/heads\/main-evil", policy requires "main"/)
        })
      ])
  })

  it('attest keyless on an image in the registry (OCI referrer): chaingate reads and verifies it', async () => {
    const digest = await registry.pushImage('octo-org/attested', 'v1')
    const image = `${registry.host}/octo-org/attested@${digest}`
    const token = path.join(dir, 'token-image')
    fs.writeFileSync(token, mock.token())
    const attested = await run(
      cosign,
      [
        'attest',
        '--new-bundle-format',
        '--allow-http-registry',
        '--predicate',
        predicate(),
        '--type',
        'slsaprovenance1',
        '--identity-token',
        token,
        '--signing-config',
        signingConfig(),
        '--trusted-root',
        'root.json',
        image
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect({ code: attested.code, stderr: attested.stderr }).toEqual({ code: 0, stderr: expect.not.stringMatching(/Error/) })
    const result = await chaingateVerify(['--trusted-root', 'root.json', '--image', image, ...POLICY, '--runner-environment', 'any'])
    expect(result.stderr).toBe('')
    expect(result.report.findings).toEqual([expect.objectContaining({ rule: 'artifact-attestation', status: 'pass' })])
    expect(result.code).toBe(0)
  })

  it('attest --type cyclonedx on an image: chaingate verify --require-sbom accepts it and judges vulnerabilities on its packages', async () => {
    const image = await debianImage('octo-org/cosign-sbom')
    const sbom = await runCli(['sbom', '--image', image, '--output', 'cosign-sbom.cdx.json'], dir)
    expect(sbom.code).toBe(0)
    const token = path.join(dir, 'token-sbom')
    fs.writeFileSync(token, mock.token())
    const attested = await run(
      cosign,
      [
        'attest',
        '--new-bundle-format',
        '--allow-http-registry',
        '--predicate',
        'cosign-sbom.cdx.json',
        '--type',
        'cyclonedx',
        '--identity-token',
        token,
        '--signing-config',
        signingConfig(),
        '--trusted-root',
        'root.json',
        image
      ],
      { cwd: dir, env: cosignEnv() }
    )
    expect({ code: attested.code, stderr: attested.stderr }).toEqual({ code: 0, stderr: expect.not.stringMatching(/Error/) })
    const snapshot = path.join(dir, 'osv-empty')
    fs.mkdirSync(path.join(snapshot, 'Debian'), { recursive: true })
    const result = await chaingateVerify([
      '--trusted-root',
      'root.json',
      '--image',
      image,
      ...POLICY,
      '--runner-environment',
      'any',
      '--predicate-type',
      'sbom',
      '--require-sbom',
      '--fail-on',
      'critical',
      '--advisories',
      snapshot
    ])
    expect(result.stderr).toBe('')
    expect(result.report.findings.filter((finding) => finding.rule === 'sbom-attestation')).toEqual([
      expect.objectContaining({ status: 'pass', message: expect.stringContaining('https://cyclonedx.org/bom') })
    ])
    expect(result.report.findings.filter((finding) => finding.rule === 'image-vulnerabilities')).toEqual([
      expect.objectContaining({ details: expect.objectContaining({ packagesFrom: 'sbom-attestation' }) })
    ])
  })
})
