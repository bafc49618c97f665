/**
 * The SBOM, attested: `sign --predicate sbom` without a file signs the SBOM chaingate makes of the
 * workspace (CycloneDX by default, SPDX on request), verifiable with `verify --predicate-type sbom|spdx`;
 * for an image it is pushed as an OCI referrer like provenance; and the action's `sbom` input writes the
 * SBOM (output `sbom-file`) that `sign: provenance, sbom` signs next to the provenance, one bundle each with
 * the same subjects. Against the Sigstore mock services and a real registry on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { run } from '../../src/action/main.js'
import { startRegistry, type TestRegistry } from '../../test/support/registry/registry.js'
import { actionsEnv, runCli, setEnv, tempDir } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'
import { validateCycloneDx16, validateSpdx23 } from '../../test/support/inventory/sbom-schemas.js'

useNativeEsmDependencies()

let mock: MockSigstore
let registry: TestRegistry
let root: string
let restore: () => void

beforeAll(async () => {
  mock = await startMockSigstore()
  registry = await startRegistry()
  root = tempDir('chaingate-sbom-attest-')
  mock.writeTrustedRoot(path.join(root, 'root.json'))
  restore = setEnv({ ...actionsEnv(mock), HOME: registry.home, DOCKER_CONFIG: registry.dockerConfig, SOURCE_DATE_EPOCH: '1700000000' })
}, 30_000)

afterAll(async () => {
  restore?.()
  await registry?.stop()
  await mock?.close()
  if (root) fs.rmSync(root, { recursive: true, force: true })
}, 30_000)

type Statement = { subject: { name: string; digest: Record<string, string> }[]; predicateType: string; predicate: Record<string, unknown> }
const statementOf = (file: string): Statement =>
  JSON.parse(Buffer.from(JSON.parse(fs.readFileSync(file, 'utf8')).dsseEnvelope.payload, 'base64').toString('utf8')) as Statement
const services = (): string[] => ['--fulcio-url', mock.url, '--rekor-url', mock.url]
const POLICY = ['--signer-repo', 'octo-org/app', '--signer-workflow', '.github/workflows/release.yml@main']

function project(name: string): string {
  const dir = path.join(root, name)
  fs.mkdirSync(dir, { recursive: true })
  fs.writeFileSync(path.join(dir, 'app.bin'), `artifact of ${name}`)
  return dir
}

describe('sign --predicate sbom without a file', () => {
  it('signs the CycloneDX SBOM chaingate makes of the workspace, and SPDX with --sbom-format spdx', async () => {
    const dir = project('cli')
    const signed = await runCli(['sign', '--predicate', 'sbom', '--subject-path', 'app.bin', ...services()], dir)
    expect(signed.stderr).toBe('')
    expect(signed.stdout).toMatch(/^signed 1 subject \(https:\/\/cyclonedx\.org\/bom\) into app\.bin\.sigstore\.json\n/)
    const statement = statementOf(path.join(dir, 'app.bin.sigstore.json'))
    expect(statement.predicateType).toBe('https://cyclonedx.org/bom')
    expect(validateCycloneDx16(statement.predicate)).toEqual([])
    expect(statement.predicate).toMatchObject({
      bomFormat: 'CycloneDX',
      specVersion: '1.6',
      metadata: { timestamp: '2023-11-14T22:13:20.000Z', component: { purl: `pkg:github/octo-org/app@${'a'.repeat(40)}` } }
    })
    const verified = await runCli(
      ['verify', '--subject-path', 'app.bin', '--predicate-type', 'sbom', '--trusted-root', path.join(root, 'root.json'), ...POLICY],
      dir
    )
    expect(verified.stdout).toMatch(/verified 1 of 1 artifact/)
    expect(verified.code).toBe(0)

    const spdx = await runCli(
      ['sign', '--predicate', 'sbom', '--sbom-format', 'spdx', '--subject-path', 'app.bin', '--bundle-out', 'spdx.sigstore.json', ...services()],
      dir
    )
    expect(spdx.code).toBe(0)
    const spdxStatement = statementOf(path.join(dir, 'spdx.sigstore.json'))
    expect(spdxStatement.predicateType).toBe('https://spdx.dev/Document/v2.3')
    expect(validateSpdx23(spdxStatement.predicate)).toEqual([])
    expect(spdxStatement.predicate).toMatchObject({ spdxVersion: 'SPDX-2.3', creationInfo: { created: '2023-11-14T22:13:20Z' } })
    expect(
      (
        await runCli(
          [
            'verify',
            '--subject-path',
            'app.bin',
            '--bundle',
            'spdx.sigstore.json',
            '--predicate-type',
            'spdx',
            '--trusted-root',
            path.join(root, 'root.json'),
            ...POLICY
          ],
          dir
        )
      ).code
    ).toBe(0)
  })

  it('refuses --sbom-format with a file, or a format it does not write', async () => {
    const dir = project('bad-options')
    expect((await runCli(['sign', '--predicate', 'sbom', '--sbom-format', 'swid', '--subject-path', 'app.bin', ...services()], dir)).stderr).toMatch(
      /--sbom-format must be cyclonedx or spdx/
    )
    expect((await runCli(['sign', '--predicate', 'provenance', '--sbom-format', 'spdx', '--subject-path', 'app.bin', ...services()], dir)).code).toBe(2)
  })

  it('pushes the SBOM attestation of an image as an OCI referrer, as for provenance', async () => {
    const dir = project('image')
    const digest = await registry.pushImage('octo-org/app', 'sbom')
    const image = `${registry.host}/octo-org/app@${digest}`
    const signed = await runCli(
      ['sign', '--predicate', 'sbom', '--subject', image, '--push-to-registry', '--bundle-out', 'image.sigstore.json', ...services()],
      dir
    )
    expect(signed.stderr).toBe('')
    expect(signed.stdout).toMatch(/attached to .* as sha256:[0-9a-f]{64}/)
    const creds = `--creds=${registry.username}:${registry.password}`
    const index = JSON.parse(
      execFileSync('skopeo', ['inspect', '--raw', '--tls-verify=false', creds, `docker://${registry.host}/octo-org/app:${digest.replace(':', '-')}`], {
        encoding: 'utf8',
        env: { ...process.env, HOME: registry.home }
      })
    ) as {
      manifests: { annotations: Record<string, string> }[]
    }
    expect(index.manifests.map((manifest) => manifest.annotations['dev.sigstore.bundle.predicateType'])).toContain('https://cyclonedx.org/bom')
    const verified = await runCli(['verify', '--image', image, '--predicate-type', 'sbom', '--trusted-root', path.join(root, 'root.json'), ...POLICY], dir)
    expect(verified.code).toBe(0)
  })
})

function outputsOf(file: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  for (const match of fs.readFileSync(file, 'utf8').matchAll(/^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!
  return outputs
}

async function runAction(workspace: string, inputs: Record<string, string>): Promise<{ code: number; outputs: Record<string, string>; temp: string }> {
  const temp = fs.mkdtempSync(path.join(root, 'runner-temp-'))
  const outputFile = path.join(temp, 'output')
  fs.writeFileSync(outputFile, '')
  const vars: Record<string, string | undefined> = {
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: undefined,
    GITHUB_EVENT_PATH: undefined,
    INPUT_TOKEN: '',
    'INPUT_FAIL-ON': 'none',
    INPUT_ANNOTATIONS: 'false',
    INPUT_SUMMARY: 'false'
  }
  for (const [name, value] of Object.entries(inputs)) vars[`INPUT_${name.toUpperCase()}`] = value
  const restoreInputs = setEnv(vars)
  const stdout = process.stdout.write
  let log = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += String(chunk)
    return true
  }) as typeof process.stdout.write
  try {
    const code = await run(process.env)
    process.exitCode = undefined
    if (code > 1) throw new Error(`action exited ${code}:\n${log}`)
    return { code, outputs: outputsOf(outputFile), temp }
  } finally {
    process.stdout.write = stdout
    restoreInputs()
    for (const name of Object.keys(inputs)) delete process.env[`INPUT_${name.toUpperCase()}`]
  }
}

describe('the action', () => {
  it('writes the SBOM (input sbom, output sbom-file) and signs it next to the provenance, same subjects', async () => {
    const dir = project('action')
    const result = await runAction(dir, {
      sbom: 'spdx',
      sign: 'provenance, sbom',
      'subject-path': 'app.bin',
      'bundle-dir': 'bundles',
      'fulcio-url': mock.url,
      'rekor-url': mock.url
    })
    expect(result.code).toBe(0)
    const sbomFile = result.outputs['sbom-file']!
    expect(sbomFile).toBe(path.join(result.temp, 'chaingate', 'sbom.spdx.json'))
    const written = fs.readFileSync(sbomFile, 'utf8')
    expect(validateSpdx23(JSON.parse(written))).toEqual([])
    expect(result.outputs['bundle-paths']!.split('\n')).toEqual([
      path.join(dir, 'bundles', 'provenance.sigstore.json'),
      path.join(dir, 'bundles', 'sbom.sigstore.json')
    ])
    const provenance = statementOf(path.join(dir, 'bundles', 'provenance.sigstore.json'))
    const sbom = statementOf(path.join(dir, 'bundles', 'sbom.sigstore.json'))
    expect(sbom.predicateType).toBe('https://spdx.dev/Document/v2.3')
    expect(sbom.subject).toEqual(provenance.subject)
    expect(`${JSON.stringify(sbom.predicate, null, 2)}\n`).toBe(written) // the very document written
  })

  it('writes the SBOM to sbom-file inside the workspace, and refuses one outside it', async () => {
    const dir = project('action-file')
    const result = await runAction(dir, { sbom: 'cyclonedx', 'sbom-file': 'out/bom.cdx.json' })
    expect(result.outputs['sbom-file']).toBe(path.join(dir, 'out', 'bom.cdx.json'))
    expect(validateCycloneDx16(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'bom.cdx.json'), 'utf8')))).toEqual([])
    await expect(runAction(dir, { sbom: 'cyclonedx', 'sbom-file': '../escape.json' })).rejects.toThrow(/action exited 2/)
    fs.symlinkSync(root, path.join(dir, 'link'))
    await expect(runAction(dir, { sbom: 'cyclonedx', 'sbom-file': 'link/escape.json' })).rejects.toThrow(/action exited 2/)
    expect(fs.existsSync(path.join(root, 'escape.json'))).toBe(false)
  })
})
