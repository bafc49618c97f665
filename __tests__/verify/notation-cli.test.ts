/**
 * `chaingate verify` with Notation: images in a real registry (docker-registry 2.8, no referrers API:
 * the tag schema is read) signed with JWS and COSE envelopes, a manifest with several images, a signature
 * at hand (--subject + --notation-envelope with --notation-time), Sigstore and Notation together under a
 * per-scope "or" policy, and configuration errors as one line with exit 2.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { CheckReport } from '../../src/report/types.js'
import { imageDescriptor, pushNotationSignature } from '../../test/support/notation/push.js'
import { makeCert, signCose, signJws, TEST_SUBJECT, trustPolicy, writeTrustStore, type TestCert } from '../../test/support/notation/signer.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { runCli, setEnv, tempDir } from '../../test/support/sigstore/cli.js'

let registry: TestRegistry
let dir: string
let signer: TestCert
let stranger: TestCert
let restore: () => void

beforeAll(async () => {
  registry = await startRegistry()
  dir = tempDir('chaingate-notation-cli-')
  restore = setEnv({ DOCKER_CONFIG: registry.dockerConfig })
  signer = await makeCert({ subject: TEST_SUBJECT('release') })
  stranger = await makeCert({ subject: TEST_SUBJECT('stranger') })
  writeTrustStore(path.join(dir, 'truststore'), 'ca', 'release', [signer, stranger])
  const policy = (level: string): unknown =>
    trustPolicy([
      {
        name: 'images',
        registryScopes: ['*'],
        signatureVerification: { level },
        trustStores: ['ca:release'],
        trustedIdentities: [`x509.subject:${TEST_SUBJECT('release')}`]
      }
    ])
  for (const level of ['strict', 'audit']) fs.writeFileSync(path.join(dir, `${level}.json`), JSON.stringify(policy(level)))
}, 60_000)

afterAll(async () => {
  restore?.()
  await registry?.stop()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

async function verify(args: string[]): Promise<{ code: number; report: CheckReport; stderr: string }> {
  const output = path.join(dir, 'report.json')
  fs.rmSync(output, { force: true })
  const run = await runCli(['verify', '--format', 'json', '--output', output, '--notation-trust-store', 'truststore', ...args], dir, {
    ...process.env,
    DOCKER_CONFIG: registry.dockerConfig
  })
  return {
    code: run.code,
    stderr: run.stderr,
    report: fs.existsSync(output) ? (JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport) : (undefined as never)
  }
}

describe('chaingate verify with Notation', () => {
  it('verifies JWS and COSE signatures found through the referrers tag schema; a wrong identity fails; audit only logs it', async () => {
    const jwsDigest = await registry.pushImage('team/jws', 'v1')
    const coseDigest = await registry.pushImage('team/cose', 'v1')
    const wrongDigest = await registry.pushImage('team/wrong', 'v1')
    for (const [repository, digest, sign, type, cert] of [
      ['team/jws', jwsDigest, signJws, 'jws', signer],
      ['team/cose', coseDigest, signCose, 'cose', signer],
      ['team/wrong', wrongDigest, signJws, 'jws', stranger]
    ] as const) {
      const descriptor = await imageDescriptor(registry, repository, digest)
      await pushNotationSignature(registry, repository, descriptor, await sign(descriptor, { chain: [cert] }), type)
    }
    const images = [`${registry.host}/team/jws@${jwsDigest}`, `${registry.host}/team/cose@${coseDigest}`, `${registry.host}/team/wrong@${wrongDigest}`].flatMap(
      (image) => ['--image', image]
    )
    const strict = await verify(['--notation-trust-policy', 'strict.json', ...images])
    expect(strict.stderr).toBe('')
    expect(strict.code).toBe(1)
    const messages = strict.report.findings.map((finding) => `${finding.status} ${finding.severity} ${finding.message}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^pass high .*team\/jws@.*verified Notation JWS signature by "C=US, ST=WA, L=Seattle, O=Notary, CN=release" \(trust policy statement "images", level strict\)/
        ),
        expect.stringMatching(/^pass high .*team\/cose@.*verified Notation COSE signature/),
        expect.stringMatching(
          /^fail high .*team\/wrong@.*Notation trusted identity check failed \(enforced; .*level strict.*CN=stranger.*is not one of the trusted identities/
        )
      ])
    )
    // Three images: the referrers API is asked once (404), then one tag read per image.
    expect(strict.report.stats.apiRequests).toBeLessThanOrEqual(1 + 3 * 3 + 3)

    const audit = await verify(['--notation-trust-policy', 'audit.json', ...images])
    expect(audit.code).toBe(0)
    expect(
      audit.report.findings
        .filter((finding) => finding.message.includes('team/wrong@'))
        .map((finding) => `${finding.status} ${finding.severity}`)
        .sort()
    ).toEqual(['fail info', 'pass high'])
  })

  it('reports an unsigned image and a tampered manifest (signature over another digest)', async () => {
    const unsigned = await registry.pushImage('team/unsigned', 'v1')
    const tampered = await registry.pushImage('team/tampered', 'v1')
    const other = await registry.pushImage('team/tampered', 'v2')
    const descriptor = await imageDescriptor(registry, 'team/tampered', other)
    // A signature made for v2, attached to v1: the payload names another manifest.
    await pushNotationSignature(registry, 'team/tampered', { ...descriptor, digest: tampered }, await signJws(descriptor, { chain: [signer] }), 'jws')
    const result = await verify([
      '--notation-trust-policy',
      'strict.json',
      '--image',
      `${registry.host}/team/unsigned@${unsigned}`,
      '--image',
      `${registry.host}/team/tampered@${tampered}`
    ])
    expect(result.code).toBe(1)
    const messages = result.report.findings.map((finding) => finding.message)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/no Notation signature is attached .*\(unsigned\?\)/),
        expect.stringMatching(/integrity check failed \(enforced.*signs another artifact/)
      ])
    )
  })

  it('verifies a signature at hand against a subject, with a reproducible verification time', async () => {
    const digest = `sha256:${'12'.repeat(32)}`
    const descriptor = { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest, size: 100 }
    fs.writeFileSync(path.join(dir, 'sig.cose.sig'), await signCose(descriptor, { chain: [signer], expiry: new Date(Date.now() + 3600_000) }))
    const args = ['--notation-trust-policy', 'strict.json', '--subject', `registry.example/team/app@${digest}`, '--notation-envelope', 'sig.cose.sig']
    expect((await verify(args)).code).toBe(0)
    const later = await verify([...args, '--notation-time', new Date(Date.now() + 7200_000).toISOString()])
    expect(later.code).toBe(1)
    expect(later.report.findings.map((finding) => finding.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Notation expiry check failed \(enforced/)])
    )
    const otherSubject = await verify([
      '--notation-trust-policy',
      'strict.json',
      '--subject',
      `registry.example/team/app@sha256:${'34'.repeat(32)}`,
      '--notation-envelope',
      'sig.cose.sig',
      '--notation-envelope-type',
      'cose'
    ])
    expect(otherSubject.code).toBe(1)
  })

  it('takes the trust policy and trust store inline in a verification policy, and "sigstore or notation" per scope', async () => {
    const digest = await registry.pushImage('team/either', 'v1')
    const descriptor = await imageDescriptor(registry, 'team/either', digest)
    await pushNotationSignature(registry, 'team/either', descriptor, await signJws(descriptor, { chain: [signer] }), 'jws')
    const policy = {
      images: [{ scope: `${registry.host}/team/*`, require: 'notation' }],
      notation: {
        'trust-policy': trustPolicy([
          {
            name: 'all',
            registryScopes: ['*'],
            signatureVerification: { level: 'strict' },
            trustStores: ['ca:inline'],
            trustedIdentities: [`x509.subject:${TEST_SUBJECT('release')}`]
          }
        ]),
        'trust-store': { 'ca:inline': signer.pem }
      }
    }
    fs.writeFileSync(path.join(dir, 'verify-policy.json'), JSON.stringify(policy))
    const output = path.join(dir, 'inline.json')
    const run = await runCli(
      ['verify', '--verify-policy', 'verify-policy.json', '--image', `${registry.host}/team/either@${digest}`, '--format', 'json', '--output', output],
      dir,
      { ...process.env, DOCKER_CONFIG: registry.dockerConfig }
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    // Sigstore configured too, "or": Notation verified, the missing Sigstore attestation does not fail the gate.
    fs.writeFileSync(
      path.join(dir, 'either.json'),
      JSON.stringify({ ...policy, images: [{ scope: `${registry.host}/team/*`, require: 'sigstore or notation' }] })
    )
    fs.writeFileSync(path.join(dir, 'key.pem'), signer.cert.publicKey.toString('pem'))
    const either = await runCli(
      [
        'verify',
        '--verify-policy',
        'either.json',
        '--key',
        'key.pem',
        '--image',
        `${registry.host}/team/either@${digest}`,
        '--format',
        'json',
        '--output',
        output
      ],
      dir,
      { ...process.env, DOCKER_CONFIG: registry.dockerConfig }
    )
    expect(either.stderr).toBe('')
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport
    expect(report.findings.map((finding) => `${finding.rule} ${finding.status} ${finding.severity}`).sort()).toEqual([
      'artifact-attestation fail info',
      'notation-signature pass high'
    ])
    expect(either.code).toBe(0)
  })

  it('refuses bad Notation configuration with one line and exit 2', async () => {
    fs.writeFileSync(
      path.join(dir, 'bad.json'),
      JSON.stringify(
        trustPolicy([
          { name: 'x', registryScopes: ['registry.example/*'], signatureVerification: { level: 'strict' }, trustStores: ['ca:a'], trustedIdentities: ['*'] }
        ])
      )
    )
    const bad = await runCli(
      ['verify', '--notation-trust-policy', 'bad.json', '--notation-trust-store', 'truststore', '--image', `r.example/a@sha256:${'0'.repeat(64)}`],
      dir
    )
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/^chaingate: bad\.json: Notation trust policy: statement "x" has registry scope "registry\.example\/\*" has a wildcard/)
    const time = await runCli(
      [
        'verify',
        '--notation-trust-policy',
        'strict.json',
        '--notation-trust-store',
        'truststore',
        '--notation-time',
        'yesterday',
        '--image',
        `r.example/a@sha256:${'0'.repeat(64)}`
      ],
      dir
    )
    expect(time.code).toBe(2)
    expect(time.stderr).toMatch(/--notation-time must be an RFC 3339 time/)
    const noStore = await runCli(
      ['verify', '--notation-trust-policy', 'strict.json', '--notation-trust-store', 'nowhere', '--image', `r.example/a@sha256:${'0'.repeat(64)}`],
      dir
    )
    expect(noStore.stderr).toMatch(/--notation-trust-store nowhere: ENOENT/)
  })
})
