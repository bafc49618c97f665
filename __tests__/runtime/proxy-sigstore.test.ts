/**
 * Signing behind a proxy: `chaingate sign --push-to-registry` with HTTP_PROXY set sends the OIDC token
 * request, Fulcio and Rekor (@sigstore/sign's make-fetch-happen, whose @npmcli/agent reads the variables
 * itself when it loads) and the push to the registry (@sigstore/oci, given Node's proxying agents) through a
 * forwarding proxy on 127.0.0.1 with the proxy's credentials, which appear in no output. A file of its own:
 * @npmcli/agent reads the environment once, so the variables are set before any Sigstore code loads.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { resetProxyForTests } from '../../src/runtime/proxy.js'
import { startForwardProxy, type ForwardProxy } from '../../test/support/forward-proxy.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { actionsEnv, runCli, setEnv, tempDir } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

const USER = 'signer-robot'
const PASSWORD = 'S1gn-through-Pr0xy'

let mock: MockSigstore
let registry: TestRegistry
let proxy: ForwardProxy
let root: string
let restore: () => void

beforeAll(async () => {
  mock = await startMockSigstore()
  registry = await startRegistry()
  proxy = await startForwardProxy({ credentials: `${USER}:${PASSWORD}` })
  root = tempDir('chaingate-proxy-sign-')
  const url = `http://${USER}:${PASSWORD}@127.0.0.1:${proxy.port}`
  restore = setEnv({
    ...actionsEnv(mock),
    HOME: registry.home,
    DOCKER_CONFIG: registry.dockerConfig,
    HTTP_PROXY: url,
    HTTPS_PROXY: url,
    http_proxy: undefined,
    https_proxy: undefined,
    NO_PROXY: undefined,
    no_proxy: undefined
  })
}, 30_000)

afterAll(async () => {
  restore?.()
  resetProxyForTests()
  await proxy?.close()
  await registry?.stop()
  await mock?.close()
  if (root) fs.rmSync(root, { recursive: true, force: true })
}, 30_000)

describe('chaingate sign behind a proxy', () => {
  it('sends the token request, Fulcio, Rekor and the registry push through the proxy, with its credentials shown nowhere', async () => {
    const digest = await registry.pushImage('octo-org/app', 'proxied')
    const image = `${registry.host}/octo-org/app@${digest}`
    const dir = path.join(root, 'work')
    fs.mkdirSync(dir)
    const signed = await runCli(
      ['sign', '--predicate', 'provenance', '--subject', image, '--push-to-registry', '--fulcio-url', mock.url, '--rekor-url', mock.url],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.stdout).toMatch(/attached to .* as sha256:[0-9a-f]{64}/)
    expect(`${signed.stdout}${signed.stderr}`).not.toContain(PASSWORD)

    const expected = `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`
    expect(proxy.requests.every((request) => request.allowed && request.proxyAuthorization === expected)).toBe(true)
    const paths = proxy.requests.map(
      (request) => `${request.method} ${new URL(request.target).host === registry.host ? 'registry' : 'sigstore'} ${new URL(request.target).pathname}`
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        'GET sigstore /_oidc/token',
        'POST sigstore /api/v2/signingCert',
        'POST sigstore /api/v1/log/entries',
        `PUT registry /v2/octo-org/app/manifests/${digest.replace(':', '-')}`
      ])
    )
  })
})
