/**
 * Admission-style requirements of `chaingate verify --manifests` (issue 12, item 6), end to end against the
 * real `docker-registry`, the Sigstore mock services and an OSV snapshot written here: two images built from
 * this machine's dpkg status and os-release — `app`, with provenance and an SBOM attestation attached by
 * `chaingate sign`, and `base`, with neither — named by a Kubernetes manifest. Per image and requirement one
 * finding at the image's line: signatures, SBOM attested, no vulnerability over the scope's `fail-on`.
 * `app`'s vulnerabilities come from its verified SBOM attestation: its layer is deleted from the registry
 * before verifying, so reading the layers would fail. `base`'s come from its layers. Waivers and VEX of the
 * repository apply; no advisory source, an unreachable registry and a missing SBOM are never a pass.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { OsvRecord } from '../../src/advisories/osv.js'
import type { CheckReport } from '../../src/report/types.js'
import { writeSnapshot } from '../../test/support/advisories/records.js'
import { skopeoPush, writeOciLayout } from '../../test/support/images/build.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { actionsEnv, RELEASE_IDENTITY, runCli, setEnv, tempDir, verifyIn } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

const osRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
const versionId = /^VERSION_ID="?([^"\n]+)"?$/m.exec(osRelease)![1]!
const ecosystem = `Debian:${versionId.split('.')[0]}`

/** A source package of the status file whose binaries share one version starting with a digit. */
function pickSource(): { source: string; version: string; binaries: string[] } {
  const bySource = new Map<string, { versions: Set<string>; binaries: string[] }>()
  for (const stanza of status.split(/\n\n+/)) {
    if (!/^Status: .* installed$/m.test(stanza)) continue
    const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, 'm').exec(stanza)?.[1]
    const name = field('Package')!
    const version = field('Version')!
    const source = /^(\S+)(?: \((.+)\))?$/.exec(field('Source') ?? name)!
    const entry = bySource.get(source[1]!) ?? { versions: new Set(), binaries: [] }
    entry.versions.add(source[2] ?? version)
    entry.binaries.push(name)
    bySource.set(source[1]!, entry)
  }
  const [source, entry] = [...bySource.entries()].find(([, value]) => value.versions.size === 1 && /^[1-9]/.test([...value.versions][0]!))!
  return { source, version: [...entry.versions][0]!, binaries: entry.binaries }
}
const affected = pickSource()

let mock: MockSigstore
let registry: TestRegistry
let dir: string
let restore: () => void
let app: string
let base: string
let appLayer: string

const POLICY = RELEASE_IDENTITY

function record(id: string, name: string, events: Array<Record<string, string>>, extra: Partial<OsvRecord> = {}): OsvRecord {
  return {
    id,
    modified: '2026-11-20T08:00:00Z',
    published: '2026-10-01T00:00:00Z',
    summary: `test record for ${name}`,
    affected: [{ package: { ecosystem, name }, ranges: [{ type: 'ECOSYSTEM', events }] }],
    ...extra
  }
}

beforeAll(async () => {
  mock = await startMockSigstore()
  registry = await startRegistry()
  dir = tempDir('chaingate-admission-')
  mock.writeTrustedRoot(path.join(dir, 'root.json'))
  restore = setEnv({ ...actionsEnv(mock), HOME: registry.home, DOCKER_CONFIG: registry.dockerConfig })
  for (const name of ['app', 'base']) {
    const layout = path.join(dir, `layout-${name}`)
    await writeOciLayout(
      layout,
      [
        {
          architecture: 'amd64',
          layers: [
            {
              entries: [
                { path: 'etc/os-release', content: osRelease },
                { path: 'var/lib/dpkg/status', content: status },
                { path: 'etc/hostname', content: name }
              ],
              compression: 'gzip'
            }
          ]
        }
      ],
      'v1'
    )
    skopeoPush(layout, 'v1', `${registry.host}/octo-org/${name}:v1`, registry)
    const index = JSON.parse(fs.readFileSync(path.join(layout, 'index.json'), 'utf8')) as { manifests: { digest: string }[] }
    const digest = index.manifests[0]!.digest
    if (name === 'app') {
      app = digest
      const manifest = JSON.parse(fs.readFileSync(path.join(layout, 'blobs', 'sha256', digest.slice(7)), 'utf8')) as { layers: { digest: string }[] }
      appLayer = manifest.layers[0]!.digest
    } else base = digest
  }
  const sign = async (args: string[]): Promise<void> => {
    const run = await runCli(['sign', ...args, '--fulcio-url', mock.url, '--rekor-url', mock.url], dir)
    if (run.code !== 0) throw new Error(`sign failed: ${run.stderr}`)
  }
  await sign(['--subject', `${registry.host}/octo-org/app@${app}`, '--push-to-registry', '--bundle-out', 'provenance.sigstore.json'])
  await sign(['--predicate', 'sbom', '--image', `${registry.host}/octo-org/app@${app}`, '--bundle-out', 'sbom.sigstore.json'])
  // From now on app's layer is gone: only its SBOM attestation can tell what is in it.
  const deleted = await fetch(`http://${registry.host}/v2/octo-org/app/blobs/${appLayer}`, {
    method: 'DELETE',
    headers: { authorization: `Basic ${Buffer.from(`${registry.username}:${registry.password}`).toString('base64')}` }
  })
  if (deleted.status !== 202) throw new Error(`could not delete app's layer: HTTP ${deleted.status}`)

  writeSnapshot(path.join(dir, 'osv'), [
    record('DSA-9101-1', affected.source, [{ introduced: '0' }, { fixed: `${affected.version}+chaingate1` }], {
      aliases: ['CVE-2099-0101'],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }]
    })
  ])
  fs.mkdirSync(path.join(dir, 'k8s'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'k8s', 'deploy.yaml'),
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  template:',
      '    spec:',
      '      initContainers:',
      `        - {name: init, image: "${registry.host}/octo-org/base@${base}"}`,
      '      containers:',
      `        - {name: app, image: "${registry.host}/octo-org/app@${app}"}`,
      ''
    ].join('\n')
  )
  fs.writeFileSync(
    path.join(dir, 'verify-policy.yml'),
    [
      'images:',
      `  - scope: "${registry.host}/octo-org/app"`,
      '    require: sigstore',
      '    sbom: true',
      '    vulnerabilities: {fail-on: critical}',
      '  - scope: "**"',
      '    require: none',
      '    sbom: true',
      '    vulnerabilities: {fail-on: high, only-fixed: true}',
      ''
    ].join('\n')
  )
}, 180_000)

afterAll(async () => {
  restore?.()
  await registry?.stop()
  await mock?.close()
  if (dir) fs.rmSync(dir, { recursive: true, force: true })
}, 30_000)

const verify = (args: string[], format = 'json'): ReturnType<typeof verifyIn> => verifyIn(dir, [...POLICY, '--manifests', 'k8s/deploy.yaml', ...args], format)

type Finding = CheckReport['findings'][number]
const of = (report: CheckReport, rule: string, image: string): Finding[] =>
  report.findings.filter((finding) => finding.rule === rule && finding.message.includes(image))

describe('verify --manifests with admission requirements', () => {
  it('one finding per image and requirement at the manifest line; app judged from its verified SBOM attestation, base from its layers', async () => {
    const { code, report } = await verify(['--verify-policy', 'verify-policy.yml', '--advisories', path.join(dir, 'osv')])
    expect(code).toBe(1)
    const appLine = { path: 'k8s/deploy.yaml', startLine: 10 }
    const baseLine = { path: 'k8s/deploy.yaml', startLine: 8 }

    expect(of(report, 'artifact-attestation', 'octo-org/app')).toEqual([
      expect.objectContaining({ status: 'pass', location: expect.objectContaining(appLine) })
    ])
    expect(of(report, 'artifact-attestation', 'octo-org/base')).toEqual([]) // require: none

    const appSbom = of(report, 'sbom-attestation', 'octo-org/app')
    expect(appSbom).toEqual([
      expect.objectContaining({
        status: 'pass',
        location: expect.objectContaining(appLine),
        message: expect.stringMatching(
          /verified https:\/\/cyclonedx\.org\/bom SBOM attestation signed by https:\/\/github\.com\/octo-org\/app\/\.github\/workflows\/release\.yml@/
        )
      })
    ])
    expect(appSbom[0]!.details).toMatchObject({
      sbomPredicateType: 'https://cyclonedx.org/bom',
      sbomSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      sbomSource: expect.stringMatching(/referrer sha256:[0-9a-f]{64}$/)
    })
    expect(of(report, 'sbom-attestation', 'octo-org/base')).toEqual([
      expect.objectContaining({
        status: 'fail',
        location: expect.objectContaining(baseLine),
        message: expect.stringContaining('no Sigstore attestation is attached')
      })
    ])

    const appVulns = of(report, 'image-vulnerabilities', 'octo-org/app')
    expect(appVulns).toHaveLength(1)
    expect(appVulns[0]).toMatchObject({
      status: 'fail',
      severity: 'critical',
      location: expect.objectContaining(appLine),
      advisories: ['DSA-9101-1', 'CVE-2099-0101']
    })
    expect(appVulns[0]!.message).toContain('at or over fail-on critical')
    expect(appVulns[0]!.message).toContain(`${affected.binaries[0]}@`)
    expect(appVulns[0]!.message).toContain('the verified SBOM attestation (')
    expect(appVulns[0]!.details).toMatchObject({
      packagesFrom: 'sbom-attestation',
      sbomSha256: appSbom[0]!.details!.sbomSha256,
      failing: affected.binaries.length,
      failOn: 'critical'
    })

    const baseVulns = of(report, 'image-vulnerabilities', 'octo-org/base')
    expect(baseVulns).toHaveLength(1)
    expect(baseVulns[0]).toMatchObject({ status: 'fail', location: expect.objectContaining(baseLine) })
    expect(baseVulns[0]!.details).toMatchObject({
      packagesFrom: 'image-scan',
      imageDigest: base,
      failing: affected.binaries.length,
      noSbomAttestation: expect.stringContaining('no Sigstore attestation is attached')
    })
    expect(baseVulns[0]!.message).toContain("from the image's layers")
  }, 120_000)

  it('the same requirements from the command line, in SARIF; an image no advisory names passes', async () => {
    const sarif = await verify(['--require-sbom', '--fail-on', 'critical', '--advisories', path.join(dir, 'osv')], 'sarif')
    expect(sarif.code).toBe(1)
    const results = (
      JSON.parse(sarif.text) as {
        runs: {
          results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]
        }[]
      }
    ).runs[0]!.results
    const vulnerabilityResults = results.filter((result) => result.ruleId === 'image-vulnerabilities')
    expect(vulnerabilityResults.map((result) => result.locations[0]!.physicalLocation.region.startLine).sort()).toEqual([10, 8])
    expect(vulnerabilityResults.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['k8s/deploy.yaml', 'k8s/deploy.yaml'])
    // A snapshot without a record for the image's packages: pass, saying against what.
    const empty = path.join(dir, 'osv-empty')
    writeSnapshot(empty, [record('DSA-9999-1', 'no-such-package-here', [{ introduced: '0' }, { fixed: '1.0' }])])
    const clean = await verify(['--verify-policy', 'verify-policy.yml', '--advisories', empty])
    expect(of(clean.report, 'image-vulnerabilities', 'octo-org/app')).toEqual([
      expect.objectContaining({ status: 'pass', message: expect.stringContaining('no known vulnerability at or over fail-on critical') })
    ])
  }, 120_000)

  it('verify --image: the packages of the SBOM attestation gate the image; an SBOM signed by another identity is not trusted', async () => {
    const image = `${registry.host}/octo-org/app@${app}`
    const output = path.join(dir, 'image.json')
    const run = await runCli(
      [
        'verify',
        '--trusted-root',
        'root.json',
        '--format',
        'json',
        '--output',
        output,
        ...POLICY,
        '--image',
        image,
        '--predicate-type',
        'sbom',
        '--fail-on',
        'high',
        '--advisories',
        path.join(dir, 'osv')
      ],
      dir
    )
    expect(run.code).toBe(1)
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport
    expect(of(report, 'artifact-attestation', 'octo-org/app')).toEqual([
      expect.objectContaining({ status: 'pass', message: expect.stringContaining('verified https://cyclonedx.org/bom attestation') })
    ])
    expect(of(report, 'image-vulnerabilities', 'octo-org/app')).toEqual([
      expect.objectContaining({ status: 'fail', details: expect.objectContaining({ packagesFrom: 'sbom-attestation' }) })
    ])

    const other = path.join(dir, 'other.json')
    const untrusted = await runCli(
      [
        'verify',
        '--trusted-root',
        'root.json',
        '--format',
        'json',
        '--output',
        other,
        '--signer-repo',
        'octo-org/other',
        '--image',
        image,
        '--require-sbom',
        '--fail-on',
        'high',
        '--advisories',
        path.join(dir, 'osv')
      ],
      dir
    )
    expect(untrusted.code).toBe(1)
    const otherReport = JSON.parse(fs.readFileSync(other, 'utf8')) as CheckReport
    expect(of(otherReport, 'sbom-attestation', 'octo-org/app')).toEqual([
      expect.objectContaining({ status: 'fail', message: expect.stringContaining('signer identity does not match the policy') })
    ])
    // Not trusted, so not used: the image's layers would be read instead, and app's layer is gone.
    expect(of(otherReport, 'image-vulnerabilities', 'octo-org/app')).toEqual([
      expect.objectContaining({ status: 'unknown', message: expect.stringContaining('the image could not be read') })
    ])
  }, 120_000)

  it('waivers of the repository policy (vulnerable-dependencies) and VEX statements apply to image vulnerabilities', async () => {
    const judged = async (): Promise<void> => {
      const { report } = await verify(['--verify-policy', 'verify-policy.yml', '--advisories', path.join(dir, 'osv')])
      for (const image of ['octo-org/app', 'octo-org/base']) {
        const [finding] = of(report, 'image-vulnerabilities', image)
        expect(finding).toMatchObject({ status: 'pass', details: expect.objectContaining({ waived: affected.binaries.length, failing: 0 }) })
        expect(finding!.message).toContain(`${affected.binaries.length} waived`)
      }
    }
    fs.mkdirSync(path.join(dir, '.github'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, '.github', 'chaingate.yml'),
      ['waivers:', '  - rule: vulnerable-dependencies', '    advisories: [CVE-2099-0101]', '    reason: fixed by the next base image, due this week', ''].join(
        '\n'
      )
    )
    try {
      await judged()
    } finally {
      fs.rmSync(path.join(dir, '.github'), { recursive: true, force: true })
    }
    const distroId = /^ID=(.*)$/m.exec(osRelease)![1]!.replace(/"/g, '')
    fs.mkdirSync(path.join(dir, '.vex'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, '.vex', 'images.json'),
      JSON.stringify({
        '@context': 'https://openvex.dev/ns/v0.2.0',
        '@id': 'https://example.test/vex/1',
        author: 'octo-org',
        timestamp: '2026-11-30T00:00:00Z',
        version: 1,
        statements: [
          {
            vulnerability: { name: 'CVE-2099-0101' },
            products: affected.binaries.map((name) => ({ '@id': `pkg:deb/${distroId}/${name}` })),
            status: 'not_affected',
            justification: 'vulnerable_code_not_in_execute_path'
          }
        ]
      })
    )
    try {
      await judged()
    } finally {
      fs.rmSync(path.join(dir, '.vex'), { recursive: true, force: true })
    }
  }, 120_000)

  it('never passes on what it could not see: no advisory source, an unreachable registry', async () => {
    const none = await verify(['--verify-policy', 'verify-policy.yml'])
    for (const image of ['octo-org/app', 'octo-org/base'])
      expect(of(none.report, 'image-vulnerabilities', image)).toEqual([
        expect.objectContaining({ status: 'unknown', message: expect.stringContaining('no advisory source') })
      ])

    const digest = `sha256:${'a'.repeat(64)}`
    fs.writeFileSync(
      path.join(dir, 'k8s', 'gone.yaml'),
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: gone}',
        'spec:',
        '  containers:',
        `    - {name: x, image: "127.0.0.1:9/octo-org/gone@${digest}"}`,
        ''
      ].join('\n')
    )
    const output = path.join(dir, 'gone.json')
    const run = await runCli(
      [
        'verify',
        '--trusted-root',
        'root.json',
        '--format',
        'json',
        '--output',
        output,
        ...POLICY,
        '--manifests',
        'k8s/gone.yaml',
        '--require-sbom',
        '--fail-on',
        'low',
        '--advisories',
        path.join(dir, 'osv')
      ],
      dir
    )
    expect(run.code).toBe(1)
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport
    expect(of(report, 'sbom-attestation', 'octo-org/gone')).toEqual([
      expect.objectContaining({
        status: 'unknown',
        location: expect.objectContaining({ path: 'k8s/gone.yaml', startLine: 6 }),
        message: expect.stringContaining('could not be seen')
      })
    ])
    expect(of(report, 'image-vulnerabilities', 'octo-org/gone')).toEqual([
      expect.objectContaining({ status: 'unknown', message: expect.stringContaining('not checked') })
    ])
  }, 120_000)

  it('a kustomization given to --manifests is built: its images: entries decide what is verified, the manifests it lists are not read again as written', async () => {
    // The base deploys app by tag; the overlay pins it by digest (kustomize `images:`), as a production overlay does.
    fs.mkdirSync(path.join(dir, 'kz', 'base'), { recursive: true })
    fs.mkdirSync(path.join(dir, 'kz', 'prod'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'kz', 'base', 'deploy.yaml'),
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        `        - {name: app, image: "${registry.host}/octo-org/app:v1"}`,
        ''
      ].join('\n')
    )
    fs.writeFileSync(path.join(dir, 'kz', 'base', 'kustomization.yaml'), 'resources:\n  - deploy.yaml\n')
    fs.writeFileSync(
      path.join(dir, 'kz', 'prod', 'kustomization.yaml'),
      ['resources:', '  - ../base', 'images:', `  - name: ${registry.host}/octo-org/app`, `    digest: ${app}`, ''].join('\n')
    )
    for (const manifests of [['kz/prod/kustomization.yaml'], ['kz/**/*.yaml']]) {
      const { report } = await verifyIn(
        dir,
        [...POLICY, ...manifests.flatMap((glob) => ['--manifests', glob]), '--verify-policy', 'verify-policy.yml', '--advisories', path.join(dir, 'osv')],
        'json'
      )
      // The image verified is the digest the overlay sets, found at its line; the base's tag is never judged.
      expect(of(report, 'artifact-attestation', 'octo-org/app')).toEqual([
        expect.objectContaining({ status: 'pass', location: expect.objectContaining({ path: 'kz/prod/kustomization.yaml', startLine: 5 }) })
      ])
      // The base's tag is named only as where the image came from, never judged (a tag would fail image-digest).
      expect(report.findings.filter((finding) => finding.message.startsWith(`${registry.host}/octo-org/app:v1`))).toEqual([])
      expect(report.findings.filter((finding) => finding.location?.path === 'kz/base/deploy.yaml')).toEqual([])
    }
  })

  it('a kustomization’s patches are applied: the image a patch writes is verified at the patch’s line; a patch chaingate cannot apply is unknown, never passed', async () => {
    fs.mkdirSync(path.join(dir, 'kz', 'patched'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'kz', 'patched', 'kustomization.yaml'),
      [
        'resources:',
        '  - ../base',
        'patches:',
        '  - patch: |-',
        '      - op: replace',
        '        path: /spec/template/spec/containers/0/image',
        `        value: ${registry.host}/octo-org/app@${app}`,
        '    target: {kind: Deployment}',
        ''
      ].join('\n')
    )
    const patched = await verifyIn(
      dir,
      [...POLICY, '--manifests', 'kz/patched/kustomization.yaml', '--verify-policy', 'verify-policy.yml', '--advisories', path.join(dir, 'osv')],
      'json'
    )
    // The digest the patch writes is what is verified, found at the patch's line; the base's tag is never judged.
    expect(of(patched.report, 'artifact-attestation', 'octo-org/app')).toEqual([
      expect.objectContaining({ status: 'pass', location: expect.objectContaining({ path: 'kz/patched/kustomization.yaml', startLine: 7 }) })
    ])
    expect(patched.report.findings.filter((finding) => finding.location?.path === 'kz/base/deploy.yaml')).toEqual([])

    // A target pattern chaingate does not run (a quantified group): the image it may change is unknown, not verified as written.
    fs.mkdirSync(path.join(dir, 'kz', 'unread'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, 'kz', 'unread', 'kustomization.yaml'),
      [
        'resources:',
        '  - ../base',
        'patches:',
        '  - patch: |-',
        '      - op: replace',
        '        path: /spec/template/spec/containers/0/image',
        `        value: ${registry.host}/octo-org/other:v2`,
        '    target: {kind: Deployment, name: "(we)+b"}',
        ''
      ].join('\n')
    )
    const { code, report } = await verifyIn(
      dir,
      [...POLICY, '--manifests', 'kz/unread/kustomization.yaml', '--verify-policy', 'verify-policy.yml', '--advisories', path.join(dir, 'osv')],
      'json'
    )
    expect(code).not.toBe(0)
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        status: 'unknown',
        message: expect.stringMatching(/^kz\/unread\/kustomization\.yaml: patches\[0\] of kz\/unread\/kustomization\.yaml is not applied by chaingate/)
      })
    )
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        status: 'unknown',
        message: expect.stringMatching(/^Deployment\/web container app: patches\[0\] of kz\/unread\/kustomization\.yaml may change it/)
      })
    )
    expect(report.findings.filter((finding) => finding.status === 'pass')).toEqual([])
  })

  it('refuses a bad verification policy with its file and line', async () => {
    fs.writeFileSync(path.join(dir, 'bad-policy.yml'), ['images:', '  - scope: "**"', '    vulnerabilities: {fail-on: severe}', ''].join('\n'))
    const run = await runCli(['verify', '--trusted-root', 'root.json', ...POLICY, '--manifests', 'k8s/deploy.yaml', '--verify-policy', 'bad-policy.yml'], dir)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/bad-policy\.yml:3: images\[0\]\.vulnerabilities\.fail-on must be one of: low, moderate, high, critical/)
  })
})

describe('an SBOM attestation that cannot be verified', () => {
  it('is unknown for the SBOM requirement, and not used for vulnerabilities', async () => {
    // app's SBOM bundle with its payload altered, attached to base: the signature no longer verifies.
    const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'sbom.sigstore.json'), 'utf8')) as { dsseEnvelope: { payload: string } }
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8')) as { subject: { digest: { sha256: string } }[] }
    statement.subject[0]!.digest.sha256 = base.slice(7)
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    const { pushToRegistry } = await import('../../src/attest/publish.js')
    await pushToRegistry({
      imageName: `${registry.host}/octo-org/base`,
      imageDigest: base,
      predicateType: 'https://cyclonedx.org/bom',
      bundle: bundle as never,
      credentials: { username: registry.username, password: registry.password }
    })
    const output = path.join(dir, 'tampered.json')
    const run = await runCli(
      [
        'verify',
        '--trusted-root',
        'root.json',
        '--format',
        'json',
        '--output',
        output,
        ...POLICY,
        '--image',
        `${registry.host}/octo-org/base@${base}`,
        '--require-sbom',
        '--fail-on',
        'high',
        '--advisories',
        path.join(dir, 'osv')
      ],
      dir
    )
    expect(run.code).toBe(1)
    const report = JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport
    expect(of(report, 'sbom-attestation', 'octo-org/base')).toEqual([
      expect.objectContaining({ status: 'unknown', message: expect.stringMatching(/could not be verified.*the payload was altered/) })
    ])
    expect(of(report, 'image-vulnerabilities', 'octo-org/base')).toEqual([
      expect.objectContaining({ status: 'fail', details: expect.objectContaining({ packagesFrom: 'image-scan' }) })
    ])
  }, 120_000)
})
