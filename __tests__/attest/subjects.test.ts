import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { sha256File, sha256Files } from '../../src/attest/digest.js'
import { buildStatement, provenancePredicate, sbomPredicate, verdictPredicate } from '../../src/attest/statement.js'
import { fileSubjects, imageSubject, matchFiles, parseChecksums, parseImageReference } from '../../src/attest/subjects.js'
import { ConfigurationError } from '../../src/model/errors.js'
import type { CheckReport } from '../../src/report/types.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { resolveServices } from '../../src/attest/context.js'
import { tempDir } from '../../test/support/sigstore/cli.js'

let root: string
let outside: string

beforeAll(() => {
  root = tempDir('chaingate-subjects-')
  outside = tempDir('chaingate-outside-')
  const files: Record<string, string> = { 'dist/a.tgz': 'a', 'dist/b.tgz': 'b', 'dist/notes.txt': 'n', 'dist/.hidden': 'h', 'build/x/y.bin': 'y' }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), content)
  }
  fs.writeFileSync(path.join(outside, 'secret'), 'secret')
  fs.symlinkSync(path.join(outside, 'secret'), path.join(root, 'dist', 'escape.tgz'))
  fs.symlinkSync(path.join(root, 'dist', 'a.tgz'), path.join(root, 'link-to-a.tgz'))
})

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true })
  fs.rmSync(outside, { recursive: true, force: true })
})

const sha = (text: string): string => crypto.createHash('sha256').update(text).digest('hex')

function configurationError(fn: () => unknown): string {
  try {
    fn()
  } catch (error) {
    if (error instanceof ConfigurationError) return error.oneLine()
    throw error
  }
  throw new Error('expected a ConfigurationError')
}

describe('subjects', () => {
  it('matches several globs, each file once, sorted, with streamed digests', async () => {
    const workspace = new Workspace(root)
    const files = matchFiles(workspace, ['dist/*.tgz', 'dist/a.tgz', 'build/**'])
    // The symlink pointing outside is not listed by the walk (symlinks are not followed).
    expect(files.map((file) => file.path)).toEqual(['build/x/y.bin', 'dist/a.tgz', 'dist/b.tgz'])
    expect(await fileSubjects(files, 2)).toEqual([
      { name: 'build/x/y.bin', digest: { sha256: sha('y') } },
      { name: 'dist/a.tgz', digest: { sha256: sha('a') } },
      { name: 'dist/b.tgz', digest: { sha256: sha('b') } }
    ])
  })

  it('never leaves the workspace', () => {
    const workspace = new Workspace(root)
    expect(configurationError(() => matchFiles(workspace, ['../x']))).toMatch(/must not contain '\.\.'/)
    expect(configurationError(() => matchFiles(workspace, ['/etc/passwd']))).toMatch(/relative to the repository root/)
    expect(configurationError(() => matchFiles(workspace, ['dist/escape.tgz']))).toMatch(/resolves outside the workspace/)
    expect(configurationError(() => matchFiles(workspace, ['nothing/*.bin']))).toMatch(/matches no file/)
    // A symlink inside the workspace is fine, and named by its real path.
    expect(matchFiles(workspace, ['link-to-a.tgz']).map((file) => file.path)).toEqual(['dist/a.tgz'])
  })

  it('reads GNU and BSD checksum files', () => {
    const text = `# release\n${'a'.repeat(64)}  app-linux.tar.gz\n${'B'.repeat(64)} *app-windows.zip\nSHA256 (app.dmg) = ${'c'.repeat(64)}\n\n`
    expect(parseChecksums(text, 'SHA256SUMS')).toEqual([
      { name: 'app-linux.tar.gz', digest: { sha256: 'a'.repeat(64) } },
      { name: 'app-windows.zip', digest: { sha256: 'b'.repeat(64) } },
      { name: 'app.dmg', digest: { sha256: 'c'.repeat(64) } }
    ])
    expect(configurationError(() => parseChecksums(`${'a'.repeat(63)}  x\n`, 'SUMS'))).toBe(
      'SUMS:1: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" is not a SHA-256 digest (64 hex digits)'
    )
    expect(configurationError(() => parseChecksums('hello\n', 'SUMS'))).toMatch(/^SUMS:1: not a checksum line/)
  })

  it('parses image references', () => {
    const digest = `sha256:${'e'.repeat(64)}`
    expect(parseImageReference(`ghcr.io/o/app@${digest}`)).toEqual({ name: 'ghcr.io/o/app', digest })
    expect(parseImageReference(`127.0.0.1:5000/o/app:v1@${digest}`)).toEqual({ name: '127.0.0.1:5000/o/app', tag: 'v1', digest })
    expect(parseImageReference('nginx:1.27')).toEqual({ name: 'nginx', tag: '1.27' })
    expect(parseImageReference('ghcr.io/o/app@sha256:abc')).toBeNull()
    expect(parseImageReference('UPPER/case')).toBeNull()
    expect(imageSubject(`ghcr.io/o/app@${digest}`)).toEqual({ name: 'ghcr.io/o/app', digest: { sha256: 'e'.repeat(64) } })
    expect(configurationError(() => imageSubject('ghcr.io/o/app:v1'))).toMatch(/must be NAME@sha256:<64 hex digits>/)
  })
})

describe('digests', () => {
  it('hash a file larger than the buffer, and many files concurrently', async () => {
    const big = path.join(root, 'big.bin')
    const data = crypto.randomBytes(3 * 1024 * 1024 + 12345)
    fs.writeFileSync(big, data)
    expect(await sha256File(big)).toBe(crypto.createHash('sha256').update(data).digest('hex'))
    const files = Array.from({ length: 50 }, (_, index) => {
      const file = path.join(root, `many-${index}`)
      fs.writeFileSync(file, `file ${index}`)
      return file
    })
    expect(await sha256Files(files, 8)).toEqual(files.map((_, index) => sha(`file ${index}`)))
    // Large files are streamed, small ones read at once, into the same buffer.
    expect(await sha256Files([files[0]!, big, files[1]!], 1)).toEqual([sha('file 0'), crypto.createHash('sha256').update(data).digest('hex'), sha('file 1')])
    expect(await sha256Files([])).toEqual([])
  })
})

describe('statements', () => {
  it('builds provenance for a GitHub Actions run', () => {
    const predicate = provenancePredicate({
      serverUrl: 'https://github.com',
      repository: 'o/r',
      ref: 'refs/tags/v1',
      sha: 'f'.repeat(40),
      workflowRef: 'o/r/.github/workflows/release.yml@refs/tags/v1',
      eventName: 'push',
      runId: '9',
      runAttempt: '2',
      runnerEnvironment: 'github-hosted'
    })
    expect(predicate).toEqual({
      buildDefinition: {
        buildType: 'https://actions.github.io/buildtypes/workflow/v1',
        externalParameters: { workflow: { ref: 'refs/tags/v1', repository: 'https://github.com/o/r', path: '.github/workflows/release.yml' } },
        internalParameters: { github: { event_name: 'push', runner_environment: 'github-hosted' } },
        resolvedDependencies: [{ uri: 'git+https://github.com/o/r@refs/tags/v1', digest: { gitCommit: 'f'.repeat(40) } }]
      },
      runDetails: {
        builder: { id: 'https://github.com/o/r/.github/workflows/release.yml@refs/tags/v1' },
        metadata: { invocationId: 'https://github.com/o/r/actions/runs/9/attempts/2' }
      }
    })
    expect(() => buildStatement([], 'x', {})).toThrow(ConfigurationError)
  })

  it('chooses the SBOM predicate type by format', () => {
    expect(sbomPredicate('{"bomFormat":"CycloneDX","specVersion":"1.6"}', 'bom.json').predicateType).toBe('https://cyclonedx.org/bom')
    expect(sbomPredicate('{"spdxVersion":"SPDX-2.3"}', 'sbom.spdx.json').predicateType).toBe('https://spdx.dev/Document/v2.3')
    expect(sbomPredicate('{"spdxVersion":"SPDX-2.2"}', 'sbom.spdx.json').predicateType).toBe('https://spdx.dev/Document/v2.2')
    expect(() => sbomPredicate('{"name":"x"}', 'x.json')).toThrow(/format not recognised/)
    expect(() => sbomPredicate('nope', 'x.json')).toThrow(/not JSON/)
  })

  it('summarises a check report as a verification summary', () => {
    const report: CheckReport = {
      version: 1,
      tool: { name: 'chaingate', version: '0.1.0' },
      target: { repository: 'o/r', ref: null, path: '.' },
      verdict: 'pass',
      policy: { source: '.github/chaingate.yml', extends: 'strict', failOn: 'high', onUnknown: 'warn' },
      counts: { total: 3, fail: 1, pass: 2, unknown: 0, waived: 0, failing: 0, failBySeverity: { critical: 0, high: 0, medium: 0, low: 1, info: 0 } },
      findings: [
        { rule: 'b-rule', area: 'build', severity: 'low', status: 'fail', message: 'x' },
        { rule: 'b-rule', area: 'build', severity: 'low', status: 'pass', message: 'y' },
        { rule: 'a-rule', area: 'code', severity: 'high', status: 'pass', message: 'z' }
      ],
      stats: { apiRequests: 0, durationMs: 1, filesScanned: 1 }
    }
    const predicate = verdictPredicate(report, {
      timeVerified: '2026-11-22T00:00:00.000Z',
      policyUri: 'https://github.com/o/r/blob/abc/.github/chaingate.yml',
      resourceUri: 'git+https://github.com/o/r@abc',
      verifiedLevels: ['SLSA_BUILD_LEVEL_2']
    })
    expect(predicate).toMatchObject({
      verifier: { id: 'https://github.com/chaingate/chaingate', version: { chaingate: '0.1.0' } },
      verificationResult: 'PASSED',
      verifiedLevels: ['SLSA_BUILD_LEVEL_2'],
      chaingate: {
        rules: [
          { rule: 'a-rule', status: 'pass', failing: 0 },
          { rule: 'b-rule', status: 'fail', failing: 1 }
        ]
      }
    })
    expect(
      verdictPredicate({ ...report, verdict: 'fail' }, { timeVerified: 'x', policyUri: 'p', resourceUri: 'r', verifiedLevels: ['SLSA_BUILD_LEVEL_2'] })
    ).toMatchObject({ verificationResult: 'FAILED', verifiedLevels: [] })
  })
})

describe('signing services', () => {
  const validate = (): void => {}
  it('defaults to the instance, and explicit witnesses replace its own', () => {
    expect(resolveServices({}, validate)).toEqual({
      fulcioUrl: 'https://fulcio.sigstore.dev',
      witnesses: { rekorUrl: 'https://rekor.sigstore.dev' },
      witnessesForKey: {}
    })
    expect(resolveServices({ instance: 'github' }, validate)).toEqual({
      fulcioUrl: 'https://fulcio.githubapp.com',
      witnesses: { tsaUrl: 'https://timestamp.githubapp.com' },
      witnessesForKey: {}
    })
    expect(resolveServices({ 'fulcio-url': 'http://f', 'tsa-url': 'http://t' }, validate)).toEqual({
      fulcioUrl: 'http://f',
      witnesses: { tsaUrl: 'http://t' },
      witnessesForKey: { tsaUrl: 'http://t' }
    })
    expect(() => resolveServices({ instance: 'other' }, validate)).toThrow(/--instance must be public-good or github/)
  })
})
