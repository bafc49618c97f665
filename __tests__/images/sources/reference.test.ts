import { describe, expect, it } from '@jest/globals'
import { familiarName, parseImageRef, type ImageRef } from '../../../src/images/sources/reference.js'

const D = 'sha256:' + 'ab'.repeat(32)

function ref(text: string): ImageRef {
  const parsed = parseImageRef(text)
  if (!parsed.ok) throw new Error(`${text}: ${parsed.reason}`)
  return parsed.ref
}

describe('image references (OCI distribution rules)', () => {
  it.each([
    ['node', 'docker.io/library/node:latest', 'registry-1.docker.io/library/node'],
    ['node:22-bookworm', 'docker.io/library/node:22-bookworm', 'registry-1.docker.io/library/node'],
    ['bitnami/redis:7', 'docker.io/bitnami/redis:7', 'registry-1.docker.io/bitnami/redis'],
    ['docker.io/node', 'docker.io/library/node:latest', 'registry-1.docker.io/library/node'],
    ['index.docker.io/library/node:20', 'docker.io/library/node:20', 'registry-1.docker.io/library/node'],
    ['ghcr.io/acme/app', 'ghcr.io/acme/app:latest', 'ghcr.io/acme/app'],
    ['GHCR.io/acme/app:1', 'ghcr.io/acme/app:1', 'ghcr.io/acme/app'],
    ['localhost/app', 'localhost/app:latest', 'localhost/app'],
    ['localhost:5000/a/b/c:1.0', 'localhost:5000/a/b/c:1.0', 'localhost:5000/a/b/c'],
    ['127.0.0.1:5000/app', '127.0.0.1:5000/app:latest', '127.0.0.1:5000/app'],
    [`node@${D}`, `docker.io/library/node@${D}`, 'registry-1.docker.io/library/node'],
    [`node:22@${D}`, `docker.io/library/node:22@${D}`, 'registry-1.docker.io/library/node'],
    ['my_org/my-app__x:v1.2.3_rc', 'docker.io/my_org/my-app__x:v1.2.3_rc', 'registry-1.docker.io/my_org/my-app__x']
  ])('%s → %s', (text, canonical, apiName) => {
    const parsed = ref(text)
    expect(parsed.canonical).toBe(canonical)
    expect(parsed.apiName).toBe(apiName)
  })

  it('records the default tag and keeps tag and digest apart', () => {
    expect(ref('node')).toMatchObject({ registry: 'docker.io', repository: 'library/node', tag: 'latest', defaultTag: true })
    expect(ref('node:latest').defaultTag).toBeUndefined()
    expect(ref(`node@${D}`)).toMatchObject({ digest: D })
    expect(ref(`node@${D}`).tag).toBeUndefined()
  })

  it('treats an upper-case first component as a host, as distribution/reference does', () => {
    expect(ref('Registry/app').registry).toBe('registry')
  })

  it.each([
    ['', 'empty'],
    ['node:22 slim', 'no spaces'],
    ['Node:22', 'must be lower case'],
    ['acme/App', 'must be lower case'],
    ['node:-bad', 'not a valid tag'],
    ['node@sha256:abc', 'not a digest'],
    [`node@sha256:${'A'.repeat(64)}`, 'not a sha256 digest'],
    ['a--/b', 'not valid'],
    ['ghcr.io/', 'no repository'],
    [`${'a'.repeat(250)}/${'b'.repeat(10)}`, 'longer than 255']
  ])('refuses %j (%s)', (text, reason) => {
    const parsed = parseImageRef(text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toContain(reason)
  })

  it('names images the way people read them', () => {
    expect(familiarName(ref('node'))).toBe('node')
    expect(familiarName(ref('docker.io/library/node:22'))).toBe('node:22')
    expect(familiarName(ref('bitnami/redis:7'))).toBe('bitnami/redis:7')
    expect(familiarName(ref(`ghcr.io/acme/app:1@${D}`))).toBe(`ghcr.io/acme/app:1@${D}`)
  })
})
