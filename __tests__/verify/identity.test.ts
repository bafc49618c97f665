import { describe, expect, it } from '@jest/globals'
import { extensionText, identityProblems, parseWorkflowPolicy, refMatches, type IdentityPolicy, type SignerIdentity } from '../../src/verify/identity.js'
import { manifestImages } from '../../src/verify/manifests.js'
import { splitImageName } from '../../src/verify/registry.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'

useNativeEsmDependencies()
// Loaded after the line above: @sigstore/tuf reaches make-fetch-happen.
const { parseTrustedRoots } = await import('../../src/verify/trust.js')

const signer: SignerIdentity = {
  issuer: 'https://token.actions.githubusercontent.com',
  subjectAlternativeName: 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main',
  buildSignerUri: 'https://github.com/o/r/.github/workflows/release.yml@refs/heads/main',
  sourceRepositoryUri: 'https://github.com/o/r',
  runnerEnvironment: 'github-hosted'
}
const policy: IdentityPolicy = {
  issuer: 'https://token.actions.githubusercontent.com',
  repository: 'o/r',
  workflow: { path: '.github/workflows/release.yml', ref: 'main' },
  runnerEnvironment: 'github-hosted',
  serverUrl: 'https://github.com'
}

describe('identity policy', () => {
  it('anchors refs: main never matches main-evil, a glob matches what it says', () => {
    expect(refMatches('main', 'refs/heads/main')).toBe(true)
    expect(refMatches('main', 'refs/heads/main-evil')).toBe(false)
    expect(refMatches('main', 'refs/heads/evil/main')).toBe(false)
    expect(refMatches('main', 'refs/heads/xmain')).toBe(false)
    expect(refMatches('v*', 'refs/tags/v1.2.3')).toBe(true)
    expect(refMatches('release/*', 'refs/heads/release/1.x')).toBe(true)
    expect(refMatches('release/*', 'refs/heads/release/1.x/evil')).toBe(false)
    expect(refMatches('refs/heads/main', 'refs/tags/main')).toBe(false)
    expect(refMatches('!main', 'refs/heads/dev')).toBe(false)
    expect(refMatches('ma.n', 'refs/heads/main')).toBe(false)
  })

  it('accepts the expected signer and names each mismatch', () => {
    expect(identityProblems(signer, policy)).toEqual([])
    expect(identityProblems({ ...signer, sourceRepositoryUri: 'https://github.com/o/r-fork' }, policy)).toEqual([
      'signed in repository "https://github.com/o/r-fork", policy requires "https://github.com/o/r"'
    ])
    expect(identityProblems({ ...signer, buildSignerUri: 'https://github.com/evil/r/.github/workflows/release.yml@refs/heads/main' }, policy)).toEqual([
      'signed by workflow "evil/r/.github/workflows/release.yml", policy requires "o/r/.github/workflows/release.yml"'
    ])
    // A qualified workflow path (a reusable workflow in another repository).
    expect(
      identityProblems(
        { ...signer, buildSignerUri: 'https://github.com/org/shared/.github/workflows/build.yml@refs/tags/v2' },
        { ...policy, workflow: { path: 'org/shared/.github/workflows/build.yml', ref: 'v*' } }
      )
    ).toEqual([])
    expect(identityProblems({ ...signer, runnerEnvironment: undefined }, policy)).toEqual([
      'runner environment is "(not in the certificate)", policy requires "github-hosted"'
    ])
    expect(identityProblems({ ...signer, runnerEnvironment: 'self-hosted' }, { ...policy, runnerEnvironment: 'any' })).toEqual([])
  })

  it('parses PATH@REF-GLOB and DER strings', () => {
    expect(parseWorkflowPolicy('.github/workflows/release.yml@main')).toEqual({ path: '.github/workflows/release.yml', ref: 'main' })
    expect(parseWorkflowPolicy('o/r/.github/workflows/release.yml')).toEqual({ path: 'o/r/.github/workflows/release.yml' })
    expect(() => parseWorkflowPolicy('.github/workflows/x.yml@')).toThrow(/empty ref/)
    expect(extensionText(Buffer.from([0x0c, 3, 0x61, 0x62, 0x63]))).toBe('abc')
    expect(extensionText(Buffer.from('https://token.actions.githubusercontent.com'))).toBe('https://token.actions.githubusercontent.com')
  })
})

describe('manifests, registry names, trusted roots', () => {
  it('finds images in every workload kind, with positions, across documents and lists', () => {
    const text = [
      'kind: Pod',
      'metadata: {name: p}',
      'spec: {containers: [{name: a, image: "img/a:1"}], initContainers: [{name: i, image: img/i@sha256:' + '1'.repeat(64) + '}]}',
      '---',
      'kind: List',
      'items:',
      '  - kind: DaemonSet',
      '    metadata: {name: d}',
      '    spec: {template: {spec: {containers: [{name: b, image: img/b}]}}}',
      '  - kind: Job',
      '    metadata: {name: j}',
      '    spec: {template: {spec: {containers: [{name: c, image: img/c}]}}}',
      '---',
      'kind: Service',
      'spec: {containers: [{image: not-a-workload}]}',
      '---',
      'kind: [broken'
    ].join('\n')
    const { images, problems } = manifestImages('all.yaml', text)
    expect(images.map((image) => `${image.kind}/${image.name}/${image.container}=${image.image}@${image.location.startLine}`)).toEqual([
      `Pod/p/i=img/i@sha256:${'1'.repeat(64)}@3`,
      'Pod/p/a=img/a:1@3',
      'DaemonSet/d/b=img/b@9',
      'Job/j/c=img/c@12'
    ])
    expect(problems).toHaveLength(1)
  })

  it('reads every document of a CRLF stream, each image at its own line, past a broken one', () => {
    const text = [
      'kind: Pod',
      'metadata: {name: a}',
      'spec: {containers: [{name: c, image: img/a:1}]}',
      '---',
      'kind: [broken',
      '---',
      'kind: Pod',
      'metadata: {name: b}',
      'spec: {containers: [{name: c, image: img/b:2}]}',
      ''
    ].join('\r\n')
    const { images, problems } = manifestImages('crlf.yaml', text)
    expect(problems.map((problem) => problem.location.startLine)).toEqual([5])
    expect(images.map((image) => `${image.name}=${image.image}@${image.location.startLine}:${image.location.startColumn}`)).toEqual([
      'a=img/a:1@3:38',
      'b=img/b:2@9:38'
    ])
  })

  it('splits image names into registry and repository', () => {
    expect(splitImageName('ghcr.io/o/app')).toEqual({ registry: 'ghcr.io', repository: 'o/app' })
    expect(splitImageName('localhost:5000/app')).toEqual({ registry: 'localhost:5000', repository: 'app' })
    expect(splitImageName('nginx')).toEqual({ registry: 'registry-1.docker.io', repository: 'library/nginx' })
    expect(splitImageName('bitnami/redis')).toEqual({ registry: 'registry-1.docker.io', repository: 'bitnami/redis' })
  })

  it('reads a trusted root as JSON or JSON Lines, and rejects anything else with its line', () => {
    const root = JSON.stringify({
      mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
      tlogs: [],
      certificateAuthorities: [],
      ctlogs: [],
      timestampAuthorities: []
    })
    expect(parseTrustedRoots(root, 'root.json')).toHaveLength(1)
    expect(parseTrustedRoots(`${root}\n${root}\n`, 'roots.jsonl').map((entry) => entry.name)).toEqual(['roots.jsonl#1', 'roots.jsonl#2'])
    expect(() => parseTrustedRoots(`${root}\nnot json\n`, 'roots.jsonl')).toThrow(/not a trusted root/)
    expect(() => parseTrustedRoots('{"mediaType":"x"}', 'r.json')).toThrow(/not a Sigstore trusted root/)
  })
})
