/**
 * The action's sign and verify inputs, in-process through src/action/main.ts's run() (INPUT_* variables,
 * GITHUB_OUTPUT), against the Sigstore mock services: it signs the verdict and provenance after a passing
 * check; verification failures are findings of the same report and fail the verdict; nothing is signed then.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import type { CheckReport } from '../../src/report/types.js'
import { runActionInProcess, type ActionRun } from '../../test/support/action-run.js'
import { actionsEnv, tempDir } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

let mock: MockSigstore
let root: string

beforeAll(async () => {
  mock = await startMockSigstore()
  root = tempDir('chaingate-action-attest-')
})

afterAll(async () => {
  await mock.close()
  fs.rmSync(root, { recursive: true, force: true })
})

async function runAction(workspace: string, inputs: Record<string, string>): Promise<ActionRun & { report: CheckReport }> {
  const result = await runActionInProcess({ workspace, tempParent: root, inputs, env: { ...actionsEnv(mock), 'INPUT_FAIL-ON': 'high' } })
  if (result.code > 1) throw new Error(`action exited ${result.code}:\n${result.log}`)
  return { ...result, report: result.report! }
}

describe('action sign and verify inputs', () => {
  it('signs after a passing check, verifies, and turns a failed verification into a failing verdict', async () => {
    const workspace = path.join(root, 'ws')
    fs.mkdirSync(workspace, { recursive: true })
    fs.writeFileSync(path.join(workspace, 'app.bin'), 'artifact')
    mock.writeTrustedRoot(path.join(workspace, 'trust', 'root.json'))
    const services = { 'fulcio-url': mock.url, 'rekor-url': mock.url }

    const signed = await runAction(workspace, { sign: 'verdict, provenance', 'subject-path': 'app.bin', 'bundle-dir': 'bundles', ...services })
    expect(signed.code).toBe(0)
    expect(signed.outputs['bundle-paths']?.split('\n')).toEqual([
      path.join(workspace, 'bundles', 'verdict.sigstore.json'),
      path.join(workspace, 'bundles', 'provenance.sigstore.json')
    ])

    const verifyInputs = {
      'verify-subject-path': 'app.bin',
      'verify-bundle': 'bundles/provenance.sigstore.json',
      'trusted-root': 'trust/root.json',
      'signer-workflow': '.github/workflows/release.yml@main'
    }
    const verified = await runAction(workspace, verifyInputs)
    expect(verified.code).toBe(0)
    expect(verified.outputs['verified-count']).toBe('1')
    expect(verified.report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'artifact-attestation', status: 'pass' })]))
    const verdict = await runAction(workspace, { ...verifyInputs, 'verify-bundle': 'bundles/verdict.sigstore.json', 'verify-predicate-type': 'verdict' })
    expect(verdict.code).toBe(0)

    fs.writeFileSync(path.join(workspace, 'app.bin'), 'tampered')
    const failed = await runAction(workspace, { ...verifyInputs, sign: 'true', 'bundle-dir': 'after-failure', ...services })
    expect(failed.code).toBe(1)
    expect(failed.report.verdict).toBe('fail')
    // The only finding over fail-on (high) is the verification failure (the catalogue may fail lower ones).
    expect(failed.report.findings.filter((finding) => finding.status === 'fail' && finding.severity === 'high').map((finding) => finding.rule)).toEqual([
      'artifact-attestation'
    ])
    expect(failed.report.counts.failing).toBe(1)
    expect(failed.outputs['bundle-paths']).toBeUndefined()
    expect(fs.existsSync(path.join(workspace, 'after-failure'))).toBe(false)
  })
})
