/**
 * Notation interop: images in a real registry (docker-registry 2.8, tag-schema referrers) signed by
 * notation-go v1.3.2 (test/interop/notation-signer: what `notation cert generate-test` and `notation sign`
 * do, through the same library; the notation CLI module itself is not served by the Go proxy here), JWS and
 * COSE; chaingate verifies them under strict, permissive and audit; a wrong identity, an expired certificate (a
 * short-lived certificate, signed with, then let expire) and a tampered manifest are each a finding. notation-go's own verifier (`notation verify`'s code) reads
 * the same images under the same policy and must reach the same verdict for each.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { CheckReport } from '../src/report/types.js'
import { peer, run } from '../test/interop/peers.js'
import { imageDescriptor, pushNotationSignature } from '../test/support/notation/push.js'
import { startRegistry, type TestRegistry } from '../test/support/registry/registry.js'
import { runCli, tempDir } from '../test/support/sigstore/cli.js'

let registry: TestRegistry
let dir: string
let signer: string
const images: Record<string, string> = {}
const LEVELS = ['strict', 'permissive', 'audit'] as const

async function notationSigner(args: string[]): Promise<string> {
  const result = await run(signer, args)
  if (result.code !== 0) throw new Error(`notation-signer ${args[0]}: ${result.stderr}`)
  return result.stdout.trim()
}

beforeAll(async () => {
  signer = peer('notation-signer')
  registry = await startRegistry()
  dir = tempDir('chaingate-notation-interop-')
  const creds = ['-user', registry.username, '-password', registry.password]
  await notationSigner(['cert', '-out', path.join(dir, 'good'), '-cn', 'release'])
  await notationSigner(['cert', '-out', path.join(dir, 'evil'), '-cn', 'release-evil'])
  await notationSigner(['cert', '-out', path.join(dir, 'expired'), '-cn', 'release', '-valid-for', '20s'])
  const expiredAt = Date.now() + 20_000
  const store = path.join(dir, 'truststore', 'x509', 'ca', 'release')
  fs.mkdirSync(store, { recursive: true })
  for (const name of ['good', 'evil', 'expired']) fs.copyFileSync(path.join(dir, name, 'cert.pem'), path.join(store, `${name}.pem`))
  for (const level of LEVELS) {
    fs.writeFileSync(
      path.join(dir, `${level}.json`),
      JSON.stringify({
        version: '1.0',
        trustPolicies: [
          {
            name: 'release',
            registryScopes: ['*'],
            signatureVerification: { level },
            trustStores: ['ca:release'],
            trustedIdentities: ['x509.subject:C=US, ST=WA, L=Seattle, O=Notary, CN=release']
          }
        ]
      })
    )
  }
  const sign = async (repository: string, key: string, envelope: 'jws' | 'cose'): Promise<string> => {
    const digest = await registry.pushImage(repository, 'v1')
    const ref = `${registry.host}/${repository}@${digest}`
    await notationSigner([
      'sign',
      '-key',
      path.join(dir, key, 'key.pem'),
      '-cert',
      path.join(dir, key, 'cert.pem'),
      '-ref',
      ref,
      '-envelope',
      envelope,
      '-expiry',
      '24h',
      ...creds
    ])
    return ref
  }
  images.jws = await sign('app/jws', 'good', 'jws')
  images.cose = await sign('app/cose', 'good', 'cose')
  images.evil = await sign('app/evil', 'evil', 'jws')
  images.expired = await sign('app/expired', 'expired', 'cose')
  // Tampered: notation-go's signature of one image, attached to another (the manifest changed after signing).
  const signed = await sign('app/tampered', 'good', 'jws')
  const signedDigest = signed.split('@')[1]!
  const authorization = `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}`
  const get = async (url: string, accept?: string): Promise<Buffer> =>
    Buffer.from(await (await fetch(url, { headers: { authorization, ...(accept ? { accept } : {}) } })).arrayBuffer())
  const base = `http://${registry.host}/v2/app/tampered`
  const index = JSON.parse((await get(`${base}/manifests/${signedDigest.replace(':', '-')}`, 'application/vnd.oci.image.index.v1+json')).toString()) as {
    manifests: { digest: string }[]
  }
  const manifest = JSON.parse((await get(`${base}/manifests/${index.manifests[0]!.digest}`, 'application/vnd.oci.image.manifest.v1+json')).toString()) as {
    layers: { digest: string }[]
  }
  const envelope = await get(`${base}/blobs/${manifest.layers[0]!.digest}`)
  const otherDigest = await registry.pushImage('app/tampered', 'v2', 'changed after signing')
  await pushNotationSignature(registry, 'app/tampered', await imageDescriptor(registry, 'app/tampered', otherDigest), envelope, 'jws')
  images.tampered = `${registry.host}/app/tampered@${otherDigest}`
  // The short-lived certificate has expired by now (notation-go signs only with a valid one).
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, expiredAt - Date.now() + 1500)))
}, 300_000)

afterAll(async () => {
  await registry?.stop()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

async function chaingate(level: string): Promise<{ code: number; report: CheckReport }> {
  const output = path.join(dir, `${level}-report.json`)
  const result = await runCli(
    [
      'verify',
      '--notation-trust-policy',
      `${level}.json`,
      '--notation-trust-store',
      'truststore',
      '--format',
      'json',
      '--output',
      output,
      ...Object.values(images).flatMap((image) => ['--image', image])
    ],
    dir,
    { ...process.env, DOCKER_CONFIG: registry.dockerConfig }
  )
  expect(result.stderr).toBe('')
  return { code: result.code, report: JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport }
}

/** Per image: verified (a passing notation-signature finding) or not, and the checks reported. */
function verdicts(report: CheckReport): Record<string, { verified: boolean; messages: string[] }> {
  return Object.fromEntries(
    Object.entries(images).map(([name, image]) => {
      const findings = report.findings.filter((finding) => finding.message.startsWith(image))
      return [
        name,
        {
          verified: findings.some((finding) => finding.status === 'pass'),
          messages: findings.filter((finding) => finding.status !== 'pass').map((finding) => `${finding.severity} ${finding.message}`)
        }
      ]
    })
  )
}

async function notationGo(level: string): Promise<Record<string, boolean>> {
  const result = await run(signer, [
    'verify',
    '-policy',
    path.join(dir, `${level}.json`),
    '-store',
    path.join(dir, 'truststore'),
    '-user',
    registry.username,
    '-password',
    registry.password,
    ...Object.values(images).flatMap((image) => ['-ref', image])
  ])
  return Object.fromEntries(
    Object.entries(images).map(([name, image]) => [name, new RegExp(`^OK ${image.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm').test(result.stdout)])
  )
}

describe('signatures made by notation-go', () => {
  it.each(LEVELS)('level %s: chaingate and notation-go reach the same verdict for every image', async (level) => {
    const ours = verdicts((await chaingate(level)).report)
    const theirs = await notationGo(level)
    expect(Object.fromEntries(Object.entries(ours).map(([name, value]) => [name, value.verified]))).toEqual(theirs)
  })

  it('strict: JWS and COSE verify; wrong identity, expired certificate and tampered manifest are enforced findings', async () => {
    const { code, report } = await chaingate('strict')
    expect(code).toBe(1)
    const result = verdicts(report)
    expect(result.jws).toEqual({ verified: true, messages: [] })
    expect(result.cose).toEqual({ verified: true, messages: [] })
    expect(result.evil!.messages).toEqual([expect.stringMatching(/^high .*Notation trusted identity check failed \(enforced; .*level strict.*CN=release-evil/)])
    expect(result.expired!.messages).toEqual([expect.stringMatching(/^high .*Notation authentic timestamp check failed \(enforced; .*COSE.*expired on/)])
    expect(result.tampered!.messages).toEqual([expect.stringMatching(/^high .*Notation integrity check failed \(enforced; .*signs another artifact/)])
  })

  it('permissive: the expired certificate is only logged; identity and integrity stay enforced', async () => {
    const result = verdicts((await chaingate('permissive')).report)
    expect(result.expired).toEqual({
      verified: true,
      messages: [expect.stringMatching(/^info .*authentic timestamp check failed \(logged only; .*level permissive/)]
    })
    expect(result.evil!.verified).toBe(false)
    expect(result.tampered!.verified).toBe(false)
  })

  it('audit: the wrong identity is only logged; integrity (the tampered manifest) is always enforced', async () => {
    const { report } = await chaingate('audit')
    const result = verdicts(report)
    expect(result.evil).toEqual({ verified: true, messages: [expect.stringMatching(/^info .*trusted identity check failed \(logged only; .*level audit/)] })
    expect(result.tampered!.verified).toBe(false)
  })
})
