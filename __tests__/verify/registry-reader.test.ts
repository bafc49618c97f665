/**
 * The registry reader against a small fake OCI registry that has what Debian's distribution 2.8 lacks:
 * bearer-token auth (the challenge ghcr.io and Docker Hub send) and the OCI 1.1 referrers API.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { fetchAttachedBundles, readDockerCredentials } from '../../src/verify/registry.js'
import { tempDir } from '../../test/support/sigstore/cli.js'

const digestOf = (data: Buffer): string => `sha256:${crypto.createHash('sha256').update(data).digest('hex')}`
const BUNDLE_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json'

let server: http.Server
let host: string
const seen: string[] = []
const image = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.manifest.v1+json', config: {}, layers: [] }))
const imageDigest = digestOf(image)
const bundle = Buffer.from(JSON.stringify({ mediaType: BUNDLE_TYPE, note: 'attached' }))
const bundleDigest = digestOf(bundle)
const referrer = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    artifactType: BUNDLE_TYPE,
    config: { mediaType: 'application/vnd.oci.empty.v1+json', digest: digestOf(Buffer.from('{}')), size: 2 },
    layers: [{ mediaType: BUNDLE_TYPE, digest: bundleDigest, size: bundle.length }],
    subject: { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: imageDigest, size: image.length }
  })
)
const referrerDigest = digestOf(referrer)

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x')
    seen.push(`${request.method} ${url.pathname}`)
    if (url.pathname === '/token') {
      const expected = `Basic ${Buffer.from('user:secret').toString('base64')}`
      if (request.headers.authorization !== expected || url.searchParams.get('scope') !== 'repository:o/app:pull') return void response.writeHead(401).end()
      return void response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token: 'bearer-ok' }))
    }
    if (request.headers.authorization !== 'Bearer bearer-ok') {
      return void response.writeHead(401, { 'www-authenticate': `Bearer realm="http://${host}/token",service="fake",scope="repository:o/app:pull"` }).end()
    }
    const send = (type: string, body: Buffer): void => void response.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body)
    if (url.pathname === `/v2/o/app/manifests/${imageDigest}`) return send('application/vnd.oci.image.manifest.v1+json', image)
    if (url.pathname === `/v2/o/app/manifests/${referrerDigest}`) return send('application/vnd.oci.image.manifest.v1+json', referrer)
    if (url.pathname === `/v2/o/app/blobs/${bundleDigest}`) return send('application/octet-stream', bundle)
    if (url.pathname === `/v2/o/app/referrers/${imageDigest}`) {
      const index = Buffer.from(
        JSON.stringify({
          schemaVersion: 2,
          mediaType: 'application/vnd.oci.image.index.v1+json',
          manifests: [
            {
              mediaType: 'application/vnd.oci.image.manifest.v1+json',
              digest: referrerDigest,
              size: referrer.length,
              artifactType: BUNDLE_TYPE,
              annotations: { 'dev.sigstore.bundle.predicateType': 'https://slsa.dev/provenance/v1' }
            },
            { mediaType: 'application/vnd.oci.image.manifest.v1+json', digest: digestOf(Buffer.from('sbom')), size: 4, artifactType: 'application/spdx+json' }
          ]
        })
      )
      return send('application/vnd.oci.image.index.v1+json', index)
    }
    response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  host = `127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

describe('registry reader', () => {
  it('answers a bearer challenge and reads Sigstore referrers through the referrers API', async () => {
    const result = await fetchAttachedBundles(`${host}/o/app`, imageDigest, { username: 'user', password: 'secret' })
    expect(result.imageFound).toBe(true)
    expect(result.bundles).toEqual([
      { referrer: referrerDigest, predicateType: 'https://slsa.dev/provenance/v1', json: { mediaType: BUNDLE_TYPE, note: 'attached' } }
    ])
    // Only the Sigstore artifact was fetched, and the tag fallback was not needed.
    expect(seen).toContain(`GET /v2/o/app/referrers/${imageDigest}`)
    expect(seen.filter((entry) => entry.includes('sha256-'))).toEqual([])
    expect(seen).not.toContain(`GET /v2/o/app/manifests/${digestOf(Buffer.from('sbom'))}`)
  })

  it('says when the image is not there, and fails clearly without credentials', async () => {
    const missing = `sha256:${'0'.repeat(64)}`
    expect(await fetchAttachedBundles(`${host}/o/app`, missing, { username: 'user', password: 'secret' })).toEqual({ bundles: [], imageFound: false })
    await expect(fetchAttachedBundles(`${host}/o/app`, imageDigest)).rejects.toThrow(/HTTP 401/)
  })

  it('reads credentials from a Docker config', () => {
    const dir = tempDir('chaingate-docker-config-')
    try {
      fs.writeFileSync(
        path.join(dir, 'config.json'),
        JSON.stringify({
          auths: { 'https://ghcr.io': { auth: Buffer.from('octo:pa:ss').toString('base64') }, 'docker.io': { auth: Buffer.from('hub:x').toString('base64') } }
        })
      )
      expect(readDockerCredentials('ghcr.io/o/app', dir)).toEqual({ username: 'octo', password: 'pa:ss' })
      expect(readDockerCredentials('nginx', dir)).toEqual({ username: 'hub', password: 'x' })
      expect(readDockerCredentials('quay.io/o/app', dir)).toBeUndefined()
      expect(readDockerCredentials('ghcr.io/o/app', path.join(dir, 'missing'))).toBeUndefined()
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
