/**
 * sigstore-python 4.5.1 verifies a chaingate bundle (keyless, mock Sigstore services) with a custom trust
 * configuration (`--trust-config`: a ClientTrustConfig holding the mocks' trusted root and signing config),
 * offline; and refuses it for another identity.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { peer, run } from '../test/interop/peers.js'
import { actionsEnv, runCli, setEnv, tempDir } from '../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../test/support/sigstore/jest-esm-deps.js'
import { GITHUB_ISSUER, startMockSigstore, type MockSigstore } from '../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

let sigstore: string
let mock: MockSigstore
let dir: string
let restore: () => void
const SAN = 'https://github.com/octo-org/app/.github/workflows/release.yml@refs/heads/main'

beforeAll(async () => {
  sigstore = peer('sigstore')
  mock = await startMockSigstore()
  dir = tempDir('chaingate-sigstore-python-')
  restore = setEnv(actionsEnv(mock))
  const service = (url: string): Record<string, unknown> => ({ url, majorApiVersion: 1, validFor: { start: '2020-01-01T00:00:00Z' }, operator: 'mock' })
  fs.writeFileSync(
    path.join(dir, 'trust-config.json'),
    JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.clienttrustconfig.v0.1+json',
      trustedRoot: JSON.parse(mock.trustedRootJSON()) as unknown,
      signingConfig: {
        mediaType: 'application/vnd.dev.sigstore.signingconfig.v0.2+json',
        caUrls: [service(mock.url)],
        oidcUrls: [],
        rekorTlogUrls: [service(mock.url)],
        rekorTlogConfig: { selector: 'ANY' },
        tsaUrls: [],
        tsaConfig: { selector: 'ANY' }
      }
    })
  )
  fs.writeFileSync(path.join(dir, 'app.bin'), crypto.randomBytes(512))
}, 60_000)

afterAll(async () => {
  restore?.()
  await mock?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

describe('sigstore-python verifies chaingate bundles', () => {
  it('sigstore verify identity --trust-config, offline', async () => {
    const signed = await runCli(
      ['sign', '--subject-path', 'app.bin', '--fulcio-url', mock.url, '--rekor-url', mock.url, '--bundle-out', 'app.bin.sigstore.json'],
      dir
    )
    expect(signed.code).toBe(0)
    const verify = (identity: string): ReturnType<typeof run> =>
      run(
        sigstore,
        [
          '--trust-config',
          'trust-config.json',
          'verify',
          'identity',
          '--offline',
          '--bundle',
          'app.bin.sigstore.json',
          '--cert-identity',
          identity,
          '--cert-oidc-issuer',
          GITHUB_ISSUER,
          'app.bin'
        ],
        { cwd: dir, env: { HOME: dir } }
      )
    const ok = await verify(SAN)
    expect({ code: ok.code, stderr: ok.stderr }).toEqual({ code: 0, stderr: expect.stringMatching(/OK: app\.bin/) })
    const evil = await verify(`${SAN}-evil`)
    expect(evil.code).not.toBe(0)
  })
})
