/**
 * Keyless signing and verification end to end through the CLI, offline: the official Sigstore mock
 * services over real HTTP on 127.0.0.1, the OIDC token fetched from a fake Actions token endpoint by
 * @sigstore/sign's CIContextProvider. Each failure case must give a clear finding.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { CheckReport } from '../../src/report/types.js'
import { actionsEnv, runCli, setEnv, tempDir } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

let mock: MockSigstore
let otherMock: MockSigstore
let root: string
let restoreEnv: (() => void) | undefined

const POLICY = ['--signer-repo', 'octo-org/app', '--signer-workflow', '.github/workflows/release.yml@main']

beforeAll(async () => {
  mock = await startMockSigstore()
  otherMock = await startMockSigstore()
  root = tempDir('chaingate-sign-')
  mock.writeTrustedRoot(path.join(root, 'trust', 'root.json'))
  otherMock.writeTrustedRoot(path.join(root, 'trust', 'other-root.json'))
})

afterAll(async () => {
  await mock.close()
  await otherMock.close()
  fs.rmSync(root, { recursive: true, force: true })
})

afterEach(() => {
  restoreEnv?.()
  restoreEnv = undefined
  mock.claims = { repository: 'octo-org/app', ref: 'refs/heads/main', sha: 'a'.repeat(40), workflowPath: '.github/workflows/release.yml' }
})

function workspace(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name)
  fs.mkdirSync(dir, { recursive: true })
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
  return dir
}

async function sign(dir: string, args: string[], services = ['--fulcio-url', mock.url, '--rekor-url', mock.url]): Promise<Awaited<ReturnType<typeof runCli>>> {
  restoreEnv?.()
  restoreEnv = setEnv(actionsEnv(mock))
  const run = await runCli(['sign', ...services, ...args], dir)
  return run
}

async function verify(
  dir: string,
  args: string[],
  trustedRoot = path.join(root, 'trust', 'root.json')
): Promise<{ code: number; report: CheckReport; stdout: string; stderr: string }> {
  const output = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`)
  const run = await runCli(['verify', '--trusted-root', trustedRoot, '--format', 'json', '--output', output, ...args], dir)
  const report = fs.existsSync(output) ? (JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport) : (undefined as unknown as CheckReport)
  return { ...run, report }
}

function failures(report: CheckReport): string[] {
  return report.findings.filter((finding) => finding.status === 'fail').map((finding) => `${finding.rule}: ${finding.message}`)
}

describe('chaingate sign + verify (keyless, mock Sigstore)', () => {
  it('signs several files into one bundle (one certificate, one log entry) and verifies each', async () => {
    const dir = workspace('files', { 'dist/a.tgz': 'alpha', 'dist/b.tgz': 'beta', 'dist/sub/c.bin': 'gamma', 'README.md': 'x' })
    const before = mock.requests.get('/api/v2/signingCert') ?? 0
    const signed = await sign(dir, ['--subject-path', 'dist/**', '--bundle-out', 'dist.sigstore.json'])
    expect(signed.stderr).toBe('')
    expect(signed.code).toBe(0)
    expect(signed.stdout).toMatch(/signed 3 subjects \(https:\/\/slsa\.dev\/provenance\/v1\) into dist\.sigstore\.json/)
    expect((mock.requests.get('/api/v2/signingCert') ?? 0) - before).toBe(1)
    const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'dist.sigstore.json'), 'utf8'))
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json')
    expect(bundle.verificationMaterial.tlogEntries).toHaveLength(1)
    expect(bundle.verificationMaterial.certificate.rawBytes).toEqual(expect.any(String))
    expect(bundle.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json')
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'))
    expect(statement._type).toBe('https://in-toto.io/Statement/v1')
    expect(statement.subject.map((subject: { name: string }) => subject.name)).toEqual(['dist/a.tgz', 'dist/b.tgz', 'dist/sub/c.bin'])
    expect(statement.predicate.buildDefinition.buildType).toBe('https://actions.github.io/buildtypes/workflow/v1')
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/heads/main',
      repository: 'https://github.com/octo-org/app',
      path: '.github/workflows/release.yml'
    })
    expect(statement.predicate.buildDefinition.resolvedDependencies[0]).toEqual({
      uri: 'git+https://github.com/octo-org/app@refs/heads/main',
      digest: { gitCommit: 'a'.repeat(40) }
    })

    const result = await verify(dir, ['--subject-path', 'dist/**', '--bundle', 'dist.sigstore.json', ...POLICY])
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.report.verdict).toBe('pass')
    expect(result.report.findings.filter((finding) => finding.status === 'pass')).toHaveLength(3)
    expect(result.report.findings[0]!.message).toMatch(
      /verified https:\/\/slsa\.dev\/provenance\/v1 attestation signed by https:\/\/github\.com\/octo-org\/app\/\.github\/workflows\/release\.yml@refs\/heads\/main/
    )
  })

  it('finds <file>.sigstore.json next to a single signed file, and reports an unsigned file', async () => {
    const dir = workspace('single', { 'app.tar.gz': 'payload', 'other.tar.gz': 'unsigned' })
    const signed = await sign(dir, ['--subject-path', 'app.tar.gz'])
    expect(signed.code).toBe(0)
    expect(fs.existsSync(path.join(dir, 'app.tar.gz.sigstore.json'))).toBe(true)
    const ok = await verify(dir, ['--subject-path', 'app.tar.gz', ...POLICY])
    expect(ok.code).toBe(0)
    const unsigned = await verify(dir, ['--subject-path', '*.tar.gz', ...POLICY])
    expect(unsigned.code).toBe(1)
    expect(failures(unsigned.report)).toEqual(['artifact-attestation: other.tar.gz: no bundle: other.tar.gz.sigstore.json does not exist (unsigned?)'])
  })

  it('fails on a tampered file', async () => {
    const dir = workspace('tampered-file', { 'app.bin': 'original' })
    expect((await sign(dir, ['--subject-path', 'app.bin'])).code).toBe(0)
    fs.writeFileSync(path.join(dir, 'app.bin'), 'evil')
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(result.code).toBe(1)
    expect(result.report.verdict).toBe('fail')
    expect(failures(result.report)).toEqual([
      expect.stringMatching(
        /^artifact-attestation: app\.bin: the artifact's digest sha256:[0-9a-f]{64} is not a subject of the attestation \(1 subject\): the artifact differs from what was signed$/
      )
    ])
    // The other report formats render verify's findings too.
    const sarif = await runCli(
      ['verify', '--trusted-root', path.join(root, 'trust', 'root.json'), '--subject-path', 'app.bin', ...POLICY, '--format', 'sarif'],
      dir
    )
    expect(sarif.code).toBe(1)
    const log = JSON.parse(sarif.stdout)
    expect(log.runs[0].results.map((entry: { ruleId: string }) => entry.ruleId)).toContain('artifact-attestation')
    expect(log.runs[0].tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('artifact-attestation')
    const markdown = await runCli(
      ['verify', '--trusted-root', path.join(root, 'trust', 'root.json'), '--subject-path', 'app.bin', ...POLICY, '--format', 'markdown'],
      dir
    )
    expect(markdown.stdout).toMatch(/artifact-attestation/)
  })

  it('fails on a tampered payload', async () => {
    const dir = workspace('tampered-payload', { 'app.bin': 'original' })
    expect((await sign(dir, ['--subject-path', 'app.bin'])).code).toBe(0)
    const bundleFile = path.join(dir, 'app.bin.sigstore.json')
    const bundle = JSON.parse(fs.readFileSync(bundleFile, 'utf8'))
    const statement = JSON.parse(Buffer.from(bundle.dsseEnvelope.payload, 'base64').toString('utf8'))
    statement.subject.push({ name: 'evil.bin', digest: { sha256: 'f'.repeat(64) } })
    bundle.dsseEnvelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64')
    fs.writeFileSync(bundleFile, JSON.stringify(bundle))
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(result.code).toBe(1)
    expect(failures(result.report)).toEqual([
      expect.stringMatching(/^artifact-attestation: app\.bin: the transparency log entry does not match the bundle: the payload was altered \(TLOG_BODY_ERROR/)
    ])
  })

  it('fails on a wrong workflow', async () => {
    const dir = workspace('wrong-workflow', { 'app.bin': 'x' })
    mock.claims = { ...mock.claims, workflowPath: '.github/workflows/ci.yml' }
    expect((await sign(dir, ['--subject-path', 'app.bin'])).code).toBe(0)
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(result.code).toBe(1)
    expect(failures(result.report)).toEqual([
      'attestation-signer: app.bin: signer identity does not match the policy: signed by workflow "octo-org/app/.github/workflows/ci.yml", policy requires "octo-org/app/.github/workflows/release.yml"'
    ])
  })

  it('does not let ref main-evil pass a policy for main (globs are anchored)', async () => {
    const dir = workspace('main-evil', { 'app.bin': 'x' })
    mock.claims = { ...mock.claims, ref: 'refs/heads/main-evil' }
    expect((await sign(dir, ['--subject-path', 'app.bin'])).code).toBe(0)
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(result.code).toBe(1)
    expect(failures(result.report)).toEqual([
      'attestation-signer: app.bin: signer identity does not match the policy: workflow ref is "refs/heads/main-evil", policy requires "main"'
    ])
    // ...while a glob written for it does match.
    const glob = await verify(dir, ['--subject-path', 'app.bin', '--signer-repo', 'octo-org/app', '--signer-workflow', '.github/workflows/release.yml@main-*'])
    expect(glob.code).toBe(0)
  })

  it('fails on a wrong issuer', async () => {
    const dir = workspace('wrong-issuer', { 'app.bin': 'x' })
    mock.claims = { ...mock.claims, issuer: 'https://evil.example.com' }
    expect((await sign(dir, ['--subject-path', 'app.bin'])).code).toBe(0)
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(result.code).toBe(1)
    expect(failures(result.report)).toEqual([
      'attestation-signer: app.bin: signer identity does not match the policy: issuer is "https://evil.example.com", policy requires "https://token.actions.githubusercontent.com"'
    ])
  })

  it('fails on a self-hosted runner under the default policy', async () => {
    const dir = workspace('self-hosted', { 'app.bin': 'x' })
    mock.claims = { ...mock.claims, runnerEnvironment: 'self-hosted' }
    expect((await sign(dir, ['--subject-path', 'app.bin'])).code).toBe(0)
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(failures(result.report)).toEqual([
      'attestation-signer: app.bin: signer identity does not match the policy: runner environment is "self-hosted", policy requires "github-hosted"'
    ])
    expect((await verify(dir, ['--subject-path', 'app.bin', ...POLICY, '--runner-environment', 'any'])).code).toBe(0)
  })

  it('fails against a different trusted root', async () => {
    const dir = workspace('other-root', { 'app.bin': 'x' })
    expect((await sign(dir, ['--subject-path', 'app.bin'])).code).toBe(0)
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY], path.join(root, 'trust', 'other-root.json'))
    expect(result.code).toBe(1)
    expect(failures(result.report)).toEqual([
      expect.stringMatching(
        /^artifact-attestation: app\.bin: the (signing certificate does not chain to the trusted root|transparency log inclusion proof does not verify against the trusted root) \(/
      )
    ])
  })

  it('fails on a bundle without transparency evidence under the default policy', async () => {
    const dir = workspace('no-tlog', { 'app.bin': 'x' })
    const signed = await sign(dir, ['--subject-path', 'app.bin'], ['--fulcio-url', mock.url, '--tsa-url', mock.url])
    expect(signed.code).toBe(0)
    const bundle = JSON.parse(fs.readFileSync(path.join(dir, 'app.bin.sigstore.json'), 'utf8'))
    expect(bundle.verificationMaterial.tlogEntries ?? []).toHaveLength(0)
    expect(bundle.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1)
    const result = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(result.code).toBe(1)
    expect(failures(result.report)).toEqual([
      expect.stringMatching(/^artifact-attestation: app\.bin: no transparency log entry: the policy requires one \(TLOG_ERROR/)
    ])
  })

  it('signs Rekor + TSA evidence together and verifies it', async () => {
    const dir = workspace('rekor-tsa', { 'app.bin': 'x' })
    expect((await sign(dir, ['--subject-path', 'app.bin'], ['--fulcio-url', mock.url, '--rekor-url', mock.url, '--tsa-url', mock.url])).code).toBe(0)
    expect((await verify(dir, ['--subject-path', 'app.bin', ...POLICY])).code).toBe(0)
  })

  it('signs an image digest and verifies it with the bundle; a tag is a finding', async () => {
    const dir = workspace('image', {})
    const digest = `sha256:${'b'.repeat(64)}`
    const signed = await sign(dir, ['--subject', `ghcr.io/octo-org/app@${digest}`, '--bundle-out', 'image.sigstore.json'])
    expect(signed.code).toBe(0)
    const statement = JSON.parse(
      Buffer.from(JSON.parse(fs.readFileSync(path.join(dir, 'image.sigstore.json'), 'utf8')).dsseEnvelope.payload, 'base64').toString('utf8')
    )
    expect(statement.subject).toEqual([{ name: 'ghcr.io/octo-org/app', digest: { sha256: 'b'.repeat(64) } }])
    const ok = await verify(dir, ['--image', `ghcr.io/octo-org/app@${digest}`, '--bundle', 'image.sigstore.json', ...POLICY])
    expect(ok.code).toBe(0)
    const other = await verify(dir, ['--image', `ghcr.io/octo-org/app@sha256:${'c'.repeat(64)}`, '--bundle', 'image.sigstore.json', ...POLICY])
    expect(other.code).toBe(1)
    const tagged = await verify(dir, ['--image', 'ghcr.io/octo-org/app:1.0', '--bundle', 'image.sigstore.json', ...POLICY])
    expect(tagged.code).toBe(1)
    expect(failures(tagged.report)).toEqual([
      expect.stringMatching(/^image-pinned-by-digest: image ghcr\.io\/octo-org\/app:1\.0 is referenced by tag, not by digest/)
    ])
  })

  it('verifies images referenced by Kubernetes manifests, with positions', async () => {
    const digest = `sha256:${'d'.repeat(64)}`
    const dir = workspace('k8s', {
      'deploy/app.yaml': [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata: {name: web}',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: web`,
        `          image: ghcr.io/octo-org/app@${digest}`,
        '---',
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: {name: nightly}',
        'spec:',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        '          containers:',
        '            - name: job',
        '              image: ghcr.io/octo-org/app:latest',
        ''
      ].join('\n')
    })
    expect((await sign(dir, ['--subject', `ghcr.io/octo-org/app@${digest}`, '--bundle-out', 'image.sigstore.json'])).code).toBe(0)
    const result = await verify(dir, ['--manifests', 'deploy/*.yaml', '--bundle', 'image.sigstore.json', ...POLICY])
    expect(result.code).toBe(1)
    const tag = result.report.findings.find((finding) => finding.rule === 'image-pinned-by-digest' && finding.status === 'fail')
    expect(tag?.message).toMatch(/CronJob\/nightly container job/)
    expect(tag?.location).toMatchObject({ path: 'deploy/app.yaml', startLine: 21 })
    const verified = result.report.findings.find((finding) => finding.rule === 'artifact-attestation')
    expect(verified).toMatchObject({ status: 'pass', location: { path: 'deploy/app.yaml', startLine: 9 } })
  })

  it('requires the predicate type asked for', async () => {
    const dir = workspace('predicate', { 'app.bin': 'x', 'sbom.json': JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6', components: [] }) })
    expect((await sign(dir, ['--subject-path', 'app.bin', '--predicate', 'sbom', '--sbom', 'sbom.json'])).code).toBe(0)
    const provenance = await verify(dir, ['--subject-path', 'app.bin', ...POLICY])
    expect(failures(provenance.report)).toEqual([
      'artifact-attestation: app.bin: predicate type is "https://cyclonedx.org/bom", policy requires "https://slsa.dev/provenance/v1"'
    ])
    expect((await verify(dir, ['--subject-path', 'app.bin', ...POLICY, '--predicate-type', 'sbom'])).code).toBe(0)
  })

  it('signs the entries of a checksums file, and verifies against a JSON Lines file of trusted roots', async () => {
    const dir = workspace('checksums', { 'app-linux.tgz': 'linux build', 'app-mac.tgz': 'mac build' })
    const sums = ['app-linux.tgz', 'app-mac.tgz']
      .map(
        (file) =>
          `${crypto
            .createHash('sha256')
            .update(fs.readFileSync(path.join(dir, file)))
            .digest('hex')}  ${file}`
      )
      .join('\n')
    fs.writeFileSync(path.join(dir, 'SHA256SUMS'), `${sums}\n`)
    const signed = await sign(dir, ['--subject-checksums', 'SHA256SUMS', '--bundle-out', 'release.sigstore.json'])
    expect(signed.stdout).toMatch(/signed 2 subjects/)
    const roots = `${[path.join(root, 'trust', 'other-root.json'), path.join(root, 'trust', 'root.json')].map((file) => JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8')))).join('\n')}\n`
    fs.writeFileSync(path.join(dir, 'roots.jsonl'), roots)
    const result = await verify(dir, ['--subject-path', '*.tgz', '--bundle', 'release.sigstore.json', ...POLICY], path.join(dir, 'roots.jsonl'))
    expect(result.code).toBe(0)
    expect(result.report.findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(/app-linux\.tgz: verified .*roots\.jsonl#2\)$/),
      expect.stringMatching(/app-mac\.tgz: verified/)
    ])
  })

  it('prints its usage', async () => {
    for (const verb of ['sign', 'verify']) {
      const help = await runCli([verb, '--help'], root)
      expect(help.code).toBe(0)
      expect(help.stdout).toMatch(new RegExp(`^usage: chaingate ${verb} `))
    }
  })

  it('exits 2 on configuration errors', async () => {
    const dir = workspace('config', { 'app.bin': 'x' })
    const noPolicy = await runCli(['verify', '--subject-path', 'app.bin', '--trusted-root', path.join(root, 'trust', 'root.json')], dir)
    expect(noPolicy.code).toBe(2)
    expect(noPolicy.stderr).toMatch(/an identity policy is required/)
    const escape = await runCli(['verify', '--subject-path', '../x', ...POLICY, '--trusted-root', path.join(root, 'trust', 'root.json')], dir)
    expect(escape.code).toBe(2)
    expect(escape.stderr).toMatch(/must not contain '\.\.'/)
    const badRoot = await runCli(['verify', '--subject-path', 'app.bin', ...POLICY, '--trusted-root', path.join(dir, 'app.bin')], dir)
    expect(badRoot.code).toBe(2)
    const restore = setEnv({ ...actionsEnv(mock), ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined })
    try {
      const noToken = await runCli(['sign', '--subject-path', 'app.bin', '--fulcio-url', mock.url, '--rekor-url', mock.url], dir)
      expect(noToken.code).toBe(2)
      expect(noToken.stderr).toMatch(/id-token: write/)
    } finally {
      restore()
    }
    const badSubject = await sign(dir, ['--subject', 'ghcr.io/x:latest'])
    expect(badSubject.code).toBe(2)
    expect(badSubject.stderr).toBe('chaingate: subject "ghcr.io/x:latest" must be NAME@sha256:<64 hex digits>\n')
    const missingKey = await sign(dir, ['--subject-path', 'app.bin', '--key', 'nope.pem'])
    expect(missingKey.code).toBe(2)
    expect(missingKey.stderr).toMatch(/--key .*nope\.pem: ENOENT/)
  })
})
