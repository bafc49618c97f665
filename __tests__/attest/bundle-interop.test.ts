/**
 * Bundles chaingate writes are ordinary Sigstore bundles: @sigstore/verify, used directly (not through
 * chaingate's verify code), accepts them with a strict anchored identity; key-signed bundles verify with
 * the public key.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { bundleFromJSON } from '@sigstore/bundle'
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify'
import { Workspace } from '../../src/workspace/workspace.js'
import { actionsEnv, runCli, setEnv, tempDir } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()
// Loaded after the line above: it reaches make-fetch-happen.
const { sign } = await import('../../src/attest/index.js')

let mock: MockSigstore
let root: string

beforeAll(async () => {
  mock = await startMockSigstore()
  root = tempDir('chaingate-interop-')
})

afterAll(async () => {
  await mock.close()
  fs.rmSync(root, { recursive: true, force: true })
})

describe('bundle interoperability', () => {
  it('verifies with @sigstore/verify directly', async () => {
    fs.writeFileSync(path.join(root, 'tool.tgz'), 'release bytes')
    const outcome = await sign({
      workspace: new Workspace(root),
      subjectPaths: ['tool.tgz'],
      predicate: 'provenance',
      build: {
        serverUrl: 'https://github.com',
        repository: 'octo-org/app',
        ref: 'refs/heads/main',
        sha: 'a'.repeat(40),
        workflowRef: 'octo-org/app/.github/workflows/release.yml@refs/heads/main',
        eventName: 'push',
        runId: '7',
        runAttempt: '1'
      },
      method: { kind: 'keyless', identityProvider: { getToken: async () => mock.token() }, fulcioUrl: mock.url, rekorUrl: mock.url, tsaUrl: mock.url }
    })
    expect(outcome.bundlePath).toBe(path.join(root, 'tool.tgz.sigstore.json'))
    const json = JSON.parse(fs.readFileSync(outcome.bundlePath, 'utf8'))
    const bundle = bundleFromJSON(json)
    const verifier = new Verifier(toTrustMaterial(mock.trustedRoot), { tlogThreshold: 1, ctlogThreshold: 1, timestampThreshold: 1 })
    const signer = verifier.verify(toSignedEntity(bundle), {
      subjectAlternativeName: /^https:\/\/github\.com\/octo-org\/app\/\.github\/workflows\/release\.yml@refs\/heads\/main$/,
      extensions: { issuer: 'https://token.actions.githubusercontent.com' }
    })
    expect(signer.identity?.subjectAlternativeName).toBe('https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main')
    // The binding @sigstore/verify leaves to its caller, done by hand.
    expect(json.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    const statement = JSON.parse(Buffer.from(json.dsseEnvelope.payload, 'base64').toString('utf8'))
    const digest = crypto.createHash('sha256').update('release bytes').digest('hex')
    expect(statement.subject).toEqual([{ name: 'tool.tgz', digest: { sha256: digest } }])
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1')
  })

  it('signs with a PEM key and verifies with the public key (and fails with another key)', async () => {
    const dir = path.join(root, 'keyed')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'app.bin'), 'keyed artifact')
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    fs.writeFileSync(path.join(dir, 'key.pem'), privateKey.export({ format: 'pem', type: 'pkcs8' }))
    fs.writeFileSync(path.join(dir, 'key.pub'), publicKey.export({ format: 'pem', type: 'spki' }))
    const other = crypto.generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey
    fs.writeFileSync(path.join(dir, 'other.pub'), other.export({ format: 'pem', type: 'spki' }))
    const restore = setEnv({ ...actionsEnv(mock), ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined })
    try {
      const signed = await runCli(['sign', '--subject-path', 'app.bin', '--predicate', 'provenance', '--key', 'key.pem'], dir)
      expect(signed.stderr).toBe('')
      expect(signed.code).toBe(0)
      const json = JSON.parse(fs.readFileSync(path.join(dir, 'app.bin.sigstore.json'), 'utf8'))
      expect(json.verificationMaterial.publicKey.hint).toMatch(/^[0-9a-f]{64}$/)
      expect(json.verificationMaterial.tlogEntries ?? []).toHaveLength(0)
      const ok = await runCli(['verify', '--subject-path', 'app.bin', '--key', 'key.pub'], dir)
      expect(ok.stdout).toMatch(/verified/)
      expect(ok.code).toBe(0)
      const wrong = await runCli(['verify', '--subject-path', 'app.bin', '--key', 'other.pub'], dir)
      expect(wrong.code).toBe(1)
      expect(wrong.stdout).toMatch(/signature does not verify/)

      // With a Rekor entry as witness, against the trusted root.
      mock.writeTrustedRoot(path.join(dir, 'root.json'))
      const witnessed = await runCli(
        ['sign', '--subject-path', 'app.bin', '--key', 'key.pem', '--rekor-url', mock.url, '--bundle-out', 'witnessed.sigstore.json'],
        dir
      )
      expect(witnessed.code).toBe(0)
      const checked = await runCli(
        ['verify', '--subject-path', 'app.bin', '--bundle', 'witnessed.sigstore.json', '--key', 'key.pub', '--trusted-root', 'root.json'],
        dir
      )
      expect(checked.stdout).toMatch(/verified/)
      expect(checked.code).toBe(0)

      // Independently: @sigstore/verify with the key as trust material.
      const bundle = bundleFromJSON(JSON.parse(fs.readFileSync(path.join(dir, 'witnessed.sigstore.json'), 'utf8')))
      const material = toTrustMaterial(mock.trustedRoot, () => ({ publicKey, validFor: () => true }))
      expect(() => new Verifier(material, { tlogThreshold: 1, ctlogThreshold: 0, timestampThreshold: 1 }).verify(toSignedEntity(bundle))).not.toThrow()
    } finally {
      restore()
    }
  })

  it('accepts a KMS-style signer (only asked to sign bytes)', async () => {
    const dir = path.join(root, 'kms')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'app.bin'), 'kms artifact')
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519')
    const requests: number[] = []
    const kms = {
      publicKeyPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
      hint: 'projects/p/keys/release/versions/1',
      sign: async (data: Buffer) => {
        requests.push(data.length)
        return crypto.sign(null, data, privateKey)
      }
    }
    const outcome = await sign({
      workspace: new Workspace(dir),
      subjectPaths: ['app.bin'],
      predicate: 'provenance',
      build: {
        serverUrl: 'https://github.com',
        repository: 'o/r',
        ref: 'refs/heads/main',
        sha: 'b'.repeat(40),
        workflowRef: 'o/r/.github/workflows/r.yml@refs/heads/main',
        eventName: 'push',
        runId: '1',
        runAttempt: '1'
      },
      method: { kind: 'key', signer: kms }
    })
    expect(requests).toHaveLength(1)
    const json = JSON.parse(fs.readFileSync(outcome.bundlePath, 'utf8'))
    expect(json.verificationMaterial.publicKey.hint).toBe('projects/p/keys/release/versions/1')
    fs.writeFileSync(path.join(dir, 'kms.pub'), kms.publicKeyPem)
    const verified = await runCli(['verify', '--subject-path', 'app.bin', '--key', 'kms.pub'], dir)
    expect(verified.stdout).toMatch(/verified 1 of 1 artifact/)
    expect(verified.code).toBe(0)
  })

  it('stores the bundle with the GitHub attestations API when asked', async () => {
    const dir = path.join(root, 'api')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'app.bin'), 'api artifact')
    const received: { method?: string; url?: string; authorization?: string; body: string }[] = []
    const api = http.createServer((request, response) => {
      let body = ''
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
      request.on('end', () => {
        received.push({ method: request.method, url: request.url, authorization: request.headers.authorization, body })
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 4242 }))
      })
    })
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve))
    const restore = setEnv({ ...actionsEnv(mock), GITHUB_TOKEN: 'test-token', GITHUB_API_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}` })
    try {
      const signed = await runCli(['sign', '--subject-path', 'app.bin', '--fulcio-url', mock.url, '--rekor-url', mock.url, '--attestations-api'], dir)
      expect(signed.stderr).toBe('')
      expect(signed.stdout).toMatch(/GitHub attestation id: 4242/)
      expect(received).toHaveLength(1)
      expect(received[0]).toMatchObject({ method: 'POST', url: '/repos/octo-org/app/attestations', authorization: 'token test-token' })
      const body = JSON.parse(received[0]!.body)
      expect(body.bundle).toEqual(JSON.parse(fs.readFileSync(path.join(dir, 'app.bin.sigstore.json'), 'utf8')))
    } finally {
      restore()
      api.closeAllConnections()
      await new Promise<void>((resolve) => api.close(() => resolve()))
    }
  })
})
