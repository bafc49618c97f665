/**
 * The registry reader's GET (node:http instead of fetch) against two local servers: a registry that sends a
 * blob to a storage host on another origin, as Docker Hub and ghcr.io do.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { httpGet, readBody } from '../../src/verify/http-get.js'
import { RegistryReader } from '../../src/verify/registry.js'

const blob = crypto.randomBytes(300 * 1024)
const blobDigest = `sha256:${crypto.createHash('sha256').update(blob).digest('hex')}`
let registry: http.Server
let storage: http.Server
let registryHost: string
let storageHost: string
const storageSaw: { path: string; authorization?: string }[] = []
const registrySaw: { path: string; authorization?: string }[] = []

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `127.0.0.1:${(server.address() as AddressInfo).port}`
}

beforeAll(async () => {
  storage = http.createServer((request, response) => {
    storageSaw.push({ path: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) })
    if (request.url === '/loop') return void response.writeHead(302, { location: '/loop' }).end()
    response.writeHead(200, { 'content-length': blob.length }).end(blob)
  })
  registry = http.createServer((request, response) => {
    registrySaw.push({ path: request.url ?? '', ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}) })
    if (request.headers.authorization !== 'Basic dTpw') return void response.writeHead(401, { 'www-authenticate': 'Basic realm="fake"' }).end()
    if (request.url === `/v2/o/app/blobs/${blobDigest}`)
      return void response.writeHead(307, { location: `http://${storageHost}/data/${blobDigest}?signed=1` }).end()
    if (request.url === '/same-origin') return void response.writeHead(301, { location: '/target' }).end()
    if (request.url === '/target') return void response.writeHead(200, { 'content-type': 'text/plain' }).end('arrived')
    // Sends half a body, then nothing, without closing.
    if (request.url === '/stalls') return void response.writeHead(200, { 'content-length': 1000 }).write(Buffer.alloc(500))
    response.writeHead(404).end()
  })
  storageHost = await listen(storage)
  registryHost = await listen(registry)
})

afterAll(async () => {
  await new Promise((resolve) => registry.close(resolve))
  await new Promise((resolve) => storage.close(resolve))
})

describe('httpGet', () => {
  it('follows a redirect to another origin without the authorization header, and one on the same origin with it', async () => {
    const reader = new RegistryReader(registryHost, 'o/app', { username: 'u', password: 'p' })
    const bytes = await reader.blob(blobDigest)
    expect(bytes.equals(blob)).toBe(true)
    expect(storageSaw).toEqual([{ path: `/data/${blobDigest}?signed=1` }])
    expect(registrySaw.map((seen) => seen.authorization ?? 'none')).toEqual(['none', 'Basic dTpw'])

    const streamed = await reader.blobStream(blobDigest)
    const chunks: Buffer[] = []
    for await (const chunk of streamed.stream) {
      streamed.count((chunk as Buffer).length)
      chunks.push(chunk as Buffer)
    }
    expect(Buffer.concat(chunks).equals(blob)).toBe(true)
    expect(streamed.size).toBe(blob.length)
    expect(reader.bytesRead).toBe(2 * blob.length)

    const same = await httpGet(`http://${registryHost}/same-origin`, { authorization: 'Basic dTpw' }, 5000)
    expect(same.status).toBe(200)
    expect(same.header('content-type')).toBe('text/plain')
    expect((await readBody(same, 100, 'target')).toString()).toBe('arrived')
  })

  it('stops after 5 redirects and refuses a body over its limit', async () => {
    const looping = await httpGet(`http://${storageHost}/loop`, {}, 5000)
    expect(looping.status).toBe(302)
    looping.body.destroy()
    const large = await httpGet(`http://${storageHost}/large`, {}, 5000)
    await expect(readBody(large, 1024, 'the blob')).rejects.toThrow(`the blob is ${blob.length} bytes, more than the 1024 chaingate reads`)
  })
})

describe('httpGet without a deadline', () => {
  it('gives up a body on which nothing arrives for the idle time, with a reason that says so', async () => {
    const answer = await httpGet(`http://${registryHost}/stalls`, { authorization: 'Basic dTpw' }, 0, 300)
    expect(answer.status).toBe(200)
    const started = Date.now()
    await expect(readBody(answer, 10_000, 'the blob')).rejects.toThrow(`nothing arrived from ${registryHost} for 300 ms`)
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
