/** GitHub's SBOM export as a fact, against the fake GitHub API (responses validated against GitHub's OpenAPI). */
import { afterEach, describe, expect, it } from '@jest/globals'
import { FactStore } from '../../src/facts/store.js'
import { createGitHubClient, RequestCounter } from '../../src/github/client.js'
import { githubSbomFact } from '../../src/github/facts/dependency-graph-sbom.js'
import { licensesFact } from '../../src/inventory/licenses/fact.js'
import { inventoryFact } from '../../src/inventory/fact.js'
import { known } from '../../src/model/fact.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { startFakeGitHub, type FakeGitHub, type FakeHandler } from '../../test/support/fake-github/server.js'
import { forbidden, notFound } from '../../test/support/fake-github/responses.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { inventoryOf, pkg } from '../rules/dependencies/harness.js'

const ROUTE = 'GET /repos/{owner}/{repo}/dependency-graph/sbom'

function exportBody(packages: Array<{ name: string; version: string; purl: string; declared?: string; concluded?: string }>) {
  return {
    sbom: {
      SPDXID: 'SPDXRef-DOCUMENT',
      spdxVersion: 'SPDX-2.3',
      creationInfo: { created: '2026-11-20T10:00:00Z', creators: ['Tool: GitHub.com-Dependency-Graph'] },
      name: 'com.github.acme/app',
      dataLicense: 'CC0-1.0',
      documentNamespace: 'https://spdx.org/spdxdocs/protobom/2f8e2b1c-0000-4000-8000-000000000000',
      packages: packages.map((entry, index) => ({
        SPDXID: `SPDXRef-npm-${index}`,
        name: entry.name,
        versionInfo: entry.version,
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        ...(entry.declared !== undefined ? { licenseDeclared: entry.declared } : {}),
        ...(entry.concluded !== undefined ? { licenseConcluded: entry.concluded } : {}),
        externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceLocator: entry.purl, referenceType: 'purl' }]
      })),
      relationships: []
    }
  }
}

let fake: FakeGitHub | undefined
let ws: TempWorkspace | undefined
afterEach(async () => {
  fake?.assertValid()
  await fake?.close()
  fake = undefined
  ws?.cleanup()
  ws = undefined
})

async function storeWith(handler: FakeHandler | null, target = true) {
  ws = tempWorkspace({})
  let github = null
  let counter = new RequestCounter()
  if (handler) {
    fake = await startFakeGitHub({ routes: { [ROUTE]: handler } })
    counter = new RequestCounter()
    github = createGitHubClient({ token: 'test-token', apiUrl: fake.url, counter, retryBaseMs: 5 })
  }
  const store = new FactStore({
    workspace: new Workspace(ws.root),
    github,
    elevated: null,
    target: target ? { owner: 'acme', repo: 'app' } : null,
    event: null,
    now: new Date()
  })
  return { store, counter }
}

describe("GitHub's SBOM export", () => {
  it('keeps purl → license, declared before concluded, and leaves NOASSERTION/OTHER out', async () => {
    const body = exportBody([
      { name: 'npm:left-pad', version: '1.3.0', purl: 'pkg:npm/left-pad@1.3.0', declared: 'WTFPL', concluded: 'MIT' },
      { name: 'npm:@babel/core', version: '7.24.0', purl: 'pkg:npm/%40babel/core@7.24.0', declared: 'NOASSERTION', concluded: 'MIT' },
      { name: 'pip:weird', version: '1.0', purl: 'pkg:pypi/weird@1.0', declared: 'OTHER', concluded: 'NOASSERTION' },
      { name: 'actions:actions/checkout', version: '4.*.*', purl: 'pkg:githubactions/actions/checkout@4.%2A.%2A' }
    ])
    const { store, counter } = await storeWith({ body })
    const fact = await store.get(githubSbomFact)
    expect(fact).toEqual(known({ licenses: { 'npm//left-pad@1.3.0': 'WTFPL', 'npm/@babel/core@7.24.0': 'MIT' }, packages: 4 }))
    expect(counter.count).toBe(1)
  })

  it('is unknown with Contents: read on 403 and 404, and without a token or a repository', async () => {
    for (const handler of [forbidden('Resource not accessible by integration'), notFound()]) {
      const { store } = await storeWith(handler)
      expect(await store.get(githubSbomFact)).toEqual(expect.objectContaining({ known: false, cause: 'permission', permission: 'Contents: read' }))
      fake?.assertValid()
      await fake?.close()
      fake = undefined
      ws?.cleanup()
    }
    expect(await (await storeWith(null)).store.get(githubSbomFact)).toEqual(
      expect.objectContaining({ known: false, cause: 'no-token', permission: 'Contents: read' })
    )
    ws?.cleanup()
    expect(await (await storeWith(null, false)).store.get(githubSbomFact)).toEqual(expect.objectContaining({ known: false, cause: 'no-target' }))
  })

  it('is unknown when the body is not an SBOM export', async () => {
    const { store } = await storeWith({ body: { sbom: { nothing: true } } })
    fake!.validationErrors.length = 0 // the fake rightly flags the body; what matters is that chaingate does not trust it
    expect(await store.get(githubSbomFact)).toEqual(
      expect.objectContaining({
        known: false,
        cause: 'api-error',
        reason: expect.stringContaining('is not what GitHub documents: .sbom: required field SPDXID is missing')
      })
    )
    fake!.validationErrors.length = 0
  })

  it('fills licenses the checkout lacks, with one request, only when some package needs it', async () => {
    const body = exportBody([{ name: 'npm:c', version: '1.0.0', purl: 'pkg:npm/c@1.0.0', declared: 'BSD-2-Clause' }])
    const { store, counter } = await storeWith({ body })
    const inventory = inventoryOf([pkg({ name: 'a', license: 'MIT' }), pkg({ name: 'c' })])
    ;(store as unknown as { pending: Map<string, Promise<unknown>> }).pending.set(inventoryFact.id, Promise.resolve(known(inventory)))
    const licenses = await store.get(licensesFact)
    if (!licenses.known) throw new Error(licenses.reason)
    expect(licenses.value.licenses).toEqual([
      { license: 'MIT', source: 'lockfile' },
      { license: 'BSD-2-Clause', source: 'github' }
    ])
    expect(licenses.value.github).toEqual({ read: true, packages: 1 })
    expect(counter.count).toBe(1)
  })
})
