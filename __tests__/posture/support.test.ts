/** Token tiers, GHES detection and pagination helpers of the posture facts. */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient, RequestCounter } from '../../src/github/client.js'
import { clientsFor, isGhes, listAll, tieredFact } from '../../src/github/facts/support.js'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { forbidden, paginate, serverError } from '../../test/support/fake-github/responses.js'
import { organization, simpleUser } from '../../test/support/fake-github/fixtures.js'

let fake: FakeGitHub | undefined
afterEach(async () => {
  const current = fake
  fake = undefined
  await current?.close()
  current?.assertValid()
})

const client = (token: string, apiUrl: string, counter = new RequestCounter()) => createGitHubClient({ token, apiUrl, counter, retryBaseMs: 5 })

describe('token tiers', () => {
  it('orders the clients by tier and never repeats one', () => {
    const github = client('a', 'https://api.github.com')
    const elevated = client('b', 'https://api.github.com')
    expect(clientsFor({ github, elevated }, 'elevated')).toEqual([elevated, github])
    expect(clientsFor({ github, elevated }, 'github-token')).toEqual([github, elevated])
    expect(clientsFor({ github, elevated: null }, 'elevated')).toEqual([github])
    expect(clientsFor({ github: null, elevated: null }, 'elevated')).toEqual([])
  })

  it('falls back on a permission answer, not on a server error', async () => {
    let calls = 0
    fake = await startFakeGitHub({
      routes: {
        'GET /repos/{owner}/{repo}/keys': (request) => {
          calls += 1
          return String(request.headers.authorization).includes('good')
            ? { body: [] }
            : forbidden('Resource not accessible by integration', { acceptedPermissions: 'administration=read' })
        }
      }
    })
    const read = (c: ReturnType<typeof client>) =>
      c.octokit.request('GET /repos/{owner}/{repo}/keys', { owner: 'acme', repo: 'widgets' }).then((response) => response.data)
    const both = await tieredFact({ github: client('good', fake.url), elevated: client('bad', fake.url) }, 'elevated', read, {
      what: 'keys',
      permission: 'Administration: read'
    })
    expect(both).toEqual({ known: true, value: [] })
    expect(calls).toBe(2)
    const neither = await tieredFact({ github: client('bad1', fake.url), elevated: client('bad2', fake.url) }, 'elevated', read, {
      what: 'keys',
      permission: 'Administration: read'
    })
    expect(neither).toMatchObject({ known: false, cause: 'permission', permission: 'administration: read' })
    const none = await tieredFact({ github: null, elevated: null }, 'elevated', read, { what: 'keys', permission: 'Administration: read' })
    expect(none).toMatchObject({ known: false, cause: 'no-token' })
    // A server error is not the token's fault: the other token is not tried (retries are the client's job).
    const seen: string[] = []
    fake.use({ 'GET /repos/{owner}/{repo}/keys': (request) => (seen.push(String(request.headers.authorization)), serverError(502)) })
    const down = await tieredFact({ github: client('good', fake.url), elevated: client('first', fake.url) }, 'elevated', read, {
      what: 'keys',
      permission: 'Administration: read'
    })
    expect(down).toMatchObject({ known: false, cause: 'api-error' })
    expect(new Set(seen)).toEqual(new Set(['token first']))
  })

  it('asks the other token when the first one gets an incomplete answer', async () => {
    fake = await startFakeGitHub({
      routes: {
        'GET /orgs/{org}': (request) => ({ body: organization({ description: String(request.headers.authorization).includes('owner') ? 'owner' : 'member' }) })
      }
    })
    const read = (c: ReturnType<typeof client>) => c.octokit.request('GET /orgs/{org}', { org: 'acme' }).then((response) => String(response.data.description))
    const options = { what: 'user', permission: 'x', complete: (login: string) => login === 'owner' }
    expect(await tieredFact({ github: client('owner', fake.url), elevated: client('member', fake.url) }, 'elevated', read, options)).toEqual({
      known: true,
      value: 'owner'
    })
    expect(await tieredFact({ github: client('member1', fake.url), elevated: client('member2', fake.url) }, 'elevated', read, options)).toEqual({
      known: true,
      value: 'member'
    })
  })
})

describe('GHES and pagination', () => {
  it('recognises GHES API URLs', () => {
    expect(isGhes(client('t', 'https://api.github.com'))).toBe(false)
    expect(isGhes(client('t', 'https://api.acme.ghe.com'))).toBe(false)
    expect(isGhes(client('t', 'https://github.acme.example/api/v3'))).toBe(true)
    expect(isGhes(null)).toBe(false)
  })

  it('reads every page, and stops at a cap saying whether more were left', async () => {
    const users = Array.from({ length: 250 }, (_, index) => simpleUser({ login: `u${index}`, id: index + 1 }))
    fake = await startFakeGitHub({ routes: { 'GET /orgs/{org}/members': paginate(users) } })
    const counter = new RequestCounter()
    const c = client('t', fake.url, counter)
    const all = await listAll<{ login: string }>(c, 'GET /orgs/{org}/members', { org: 'acme' })
    expect([all.items.length, all.truncated, counter.count]).toEqual([250, false, 3])
    const capped = await listAll<{ login: string }>(c, 'GET /orgs/{org}/members', { org: 'acme' }, 200)
    expect([capped.items.length, capped.truncated]).toEqual([200, true])
    const exact = await listAll<{ login: string }>(c, 'GET /orgs/{org}/members', { org: 'acme' }, 250)
    expect([exact.items.length, exact.truncated]).toEqual([250, false])
  })
})
