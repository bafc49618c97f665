/**
 * The action's image SBOM and admission inputs, in-process through src/action/main.ts's run(), against the
 * real `docker-registry` and the Sigstore mock services: `sign: sbom` with `sbom-image` catalogs the image,
 * signs its SBOM for the image digest and attaches it; `verify-image` with a `verify-policy` asking for an
 * SBOM attestation and no vulnerability over `fail-on` (advisories from the `advisories` input) then puts one
 * finding per requirement in the check's report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { OsvRecord } from '../../src/advisories/osv.js'
import type { CheckReport } from '../../src/report/types.js'
import { runActionInProcess, type ActionRun } from '../../test/support/action-run.js'
import { writeSnapshot } from '../../test/support/advisories/records.js'
import { skopeoPush, writeOciLayout } from '../../test/support/images/build.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { actionsEnv, tempDir } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

const osRelease = fs.readFileSync('/usr/lib/os-release', 'utf8')
const status = fs.readFileSync('/var/lib/dpkg/status', 'utf8')
const ecosystem = `Debian:${/^VERSION_ID="?(\d+)/m.exec(osRelease)![1]}`
// A package of the status file whose source is itself, at its installed version.
const [, name, version] = /^Package: (\S+)\nStatus: install ok installed\n(?:(?!Source:)[^\n]*\n)*?Version: ([1-9]\S*)$/m.exec(status)!

let mock: MockSigstore
let registry: TestRegistry
let root: string
let digest: string

beforeAll(async () => {
  mock = await startMockSigstore()
  registry = await startRegistry()
  root = tempDir('chaingate-action-image-sbom-')
  const layout = path.join(root, 'layout')
  digest = await writeOciLayout(
    layout,
    [
      {
        architecture: 'amd64',
        layers: [
          {
            entries: [
              { path: 'etc/os-release', content: osRelease },
              { path: 'var/lib/dpkg/status', content: status }
            ],
            compression: 'zstd'
          }
        ]
      }
    ],
    'v1'
  )
  skopeoPush(layout, 'v1', `${registry.host}/octo-org/app:v1`, registry)
}, 120_000)

afterAll(async () => {
  await registry?.stop()
  await mock?.close()
  if (root) fs.rmSync(root, { recursive: true, force: true })
}, 30_000)

async function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionRun & { report: CheckReport }> {
  const result = await runActionInProcess({
    workspace,
    tempParent: root,
    inputs,
    env: { ...actionsEnv(mock), HOME: registry.home, DOCKER_CONFIG: registry.dockerConfig, 'INPUT_FAIL-ON': 'high' }
  })
  if (result.code > 1) throw new Error(`action exited ${result.code}:\n${result.log}`)
  return { ...result, report: result.report! }
}

describe('action: sbom-image and admission requirements through verify-policy', () => {
  it('signs and attaches the image SBOM, then verifies it and gates the image on its packages', async () => {
    const workspace = path.join(root, 'ws')
    fs.mkdirSync(workspace, { recursive: true })
    mock.writeTrustedRoot(path.join(workspace, 'trust', 'root.json'))
    const signed = await runAction(workspace, {
      sign: 'sbom',
      'sbom-image': `${registry.host}/octo-org/app:v1`,
      'bundle-dir': 'bundles',
      'fulcio-url': mock.url,
      'rekor-url': mock.url
    })
    expect(signed.code).toBe(0)
    expect(signed.outputs['bundle-paths']).toBe(path.join(workspace, 'bundles', 'sbom-image.sigstore.json'))
    const bundle = JSON.parse(fs.readFileSync(path.join(workspace, 'bundles', 'sbom-image.sigstore.json'), 'utf8')) as { dsseEnvelope: { payload: string } }
    expect(JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'))).toMatchObject({
      predicateType: 'https://cyclonedx.org/bom',
      subject: [{ name: `${registry.host}/octo-org/app`, digest: { sha256: digest.slice(7) } }]
    })

    const record: OsvRecord = {
      id: 'DSA-9201-1',
      modified: '2026-11-20T08:00:00Z',
      published: '2026-10-01T00:00:00Z',
      aliases: ['CVE-2099-0201'],
      affected: [{ package: { ecosystem, name: name! }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: `${version}+chaingate1` }] }] }],
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }]
    }
    writeSnapshot(path.join(workspace, 'snapshot'), [record])
    fs.writeFileSync(
      path.join(workspace, 'verify-policy.yml'),
      ['images:', '  - scope: "**"', '    require: none', '    sbom: true', '    vulnerabilities: {fail-on: high}', ''].join('\n')
    )
    const verified = await runAction(workspace, {
      'verify-image': `${registry.host}/octo-org/app@${digest}`,
      'verify-policy': 'verify-policy.yml',
      'trusted-root': 'trust/root.json',
      'signer-workflow': '.github/workflows/release.yml@main',
      advisories: 'snapshot'
    })
    expect(verified.code).toBe(1)
    const byRule = (rule: string): CheckReport['findings'] => verified.report.findings.filter((finding) => finding.rule === rule)
    expect(byRule('sbom-attestation')).toEqual([expect.objectContaining({ status: 'pass' })])
    expect(byRule('image-vulnerabilities')).toEqual([
      expect.objectContaining({
        status: 'fail',
        severity: 'critical',
        advisories: ['DSA-9201-1', 'CVE-2099-0201'],
        details: expect.objectContaining({ packagesFrom: 'sbom-attestation' })
      })
    ])
    expect(verified.report.verdict).toBe('fail')
  }, 120_000)
})
