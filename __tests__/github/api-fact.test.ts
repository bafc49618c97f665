import { afterEach, describe, expect, it } from '@jest/globals'
import { apiFact } from '../../src/github/api-fact.js'
import { createGitHubClient, graphqlUrlFor, RequestCounter } from '../../src/github/client.js'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { forbidden, serverError, unauthorized } from '../../test/support/fake-github/responses.js'
import { repository } from '../../test/support/fake-github/fixtures.js'

let fake: FakeGitHub | undefined
afterEach(async () => {
  fake?.assertValid()
  await fake?.close()
  fake = undefined
})

async function readRepository(handler: Parameters<FakeGitHub['use']>[0][string], apiPrefix = '') {
  fake = await startFakeGitHub({ apiPrefix, routes: { 'GET /repos/{owner}/{repo}': handler } })
  const counter = new RequestCounter()
  const client = createGitHubClient({ token: 'test-token', apiUrl: fake.url, counter, retryBaseMs: 5 })
  const fact = await apiFact(client, async (c) => (await c.octokit.rest.repos.get({ owner: 'acme', repo: 'widgets' })).data.default_branch, {
    what: 'repository acme/widgets',
    permission: 'Metadata: read'
  })
  return { fact, counter }
}

describe('apiFact over real HTTP', () => {
  it('is known when GitHub answers', async () => {
    const { fact, counter } = await readRepository({ body: repository({ default_branch: 'trunk' }) })
    expect(fact).toEqual({ known: true, value: 'trunk' })
    expect(counter.count).toBe(1)
  })

  it('names the permission GitHub says it accepts on a 403', async () => {
    const { fact } = await readRepository(forbidden('Resource not accessible by integration', { acceptedPermissions: 'administration=read; contents=read' }))
    expect(fact).toEqual({
      known: false,
      cause: 'permission',
      reason: 'could not read repository acme/widgets: GitHub answered 403 (Resource not accessible by integration)',
      permission: 'administration: read, contents: read'
    })
  })

  it('falls back to the declared permission when GitHub sends none, and never passes on a 401', async () => {
    expect((await readRepository(forbidden('Must have admin rights to Repository.'))).fact).toEqual(
      expect.objectContaining({ known: false, cause: 'permission', permission: 'Metadata: read' })
    )
    await fake?.close()
    fake = undefined
    expect((await readRepository(unauthorized())).fact).toEqual(
      expect.objectContaining({ known: false, cause: 'permission', reason: expect.stringContaining('401 Bad credentials') })
    )
  })

  it('retries a 502 and counts both requests', async () => {
    const { fact, counter } = await readRepository([serverError(502), { body: repository() }])
    expect(fact).toEqual({ known: true, value: 'main' })
    expect(counter.count).toBe(2)
  })

  it('is unknown (api-error) when the API stays down', async () => {
    const { fact, counter } = await readRepository(serverError(503))
    expect(fact).toEqual(expect.objectContaining({ known: false, cause: 'api-error', reason: expect.stringContaining('GitHub answered 503') }))
    expect(counter.count).toBe(4) // the request and 3 retries
  })

  it('works against a GHES-style /api/v3 base URL', async () => {
    const { fact } = await readRepository({ body: repository() }, '/api/v3')
    expect(fact).toEqual({ known: true, value: 'main' })
    expect(fake!.requests[0]!.path).toBe('/api/v3/repos/acme/widgets')
  })

  it('is unknown (no-token) without a client, sending nothing', async () => {
    const fact = await apiFact(null, async () => 'never', { what: 'repository acme/widgets', permission: 'Metadata: read' })
    expect(fact).toEqual({
      known: false,
      cause: 'no-token',
      reason: 'repository acme/widgets was not read: no GitHub token (offline run)',
      permission: 'Metadata: read'
    })
  })
})

describe('graphqlUrlFor', () => {
  it.each([
    ['https://api.github.com', 'https://api.github.com/graphql'],
    ['https://ghes.example.com/api/v3', 'https://ghes.example.com/api/graphql'],
    ['https://ghes.example.com/api/v3/', 'https://ghes.example.com/api/graphql'],
    ['https://api.acme.ghe.com', 'https://api.acme.ghe.com/graphql']
  ])('%s -> %s', (api, graphql) => expect(graphqlUrlFor(api)).toBe(graphql))
})
