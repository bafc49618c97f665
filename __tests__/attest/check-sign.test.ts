/**
 * `chaingate check --sign`: the verdict summary of a passing check is signed as a statement of its own
 * (SLSA verification summary), verifiable with `verify --predicate-type verdict`; a failing check is not
 * signed. And `check` itself never loads the Sigstore libraries (static import graph of the bundle).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { actionsEnv, runCli, setEnv, tempDir } from '../../test/support/sigstore/cli.js'
import { useNativeEsmDependencies } from '../../test/support/sigstore/jest-esm-deps.js'
import { startMockSigstore, type MockSigstore } from '../../test/support/sigstore/mock-services.js'

useNativeEsmDependencies()

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
let mock: MockSigstore
let root: string
let restore: (() => void) | undefined

beforeAll(async () => {
  mock = await startMockSigstore()
  root = tempDir('chaingate-check-sign-')
  mock.writeTrustedRoot(path.join(root, 'root.json'))
})

afterAll(async () => {
  await mock.close()
  fs.rmSync(root, { recursive: true, force: true })
})

afterEach(() => {
  restore?.()
  restore = undefined
})

function payload(file: string): Record<string, unknown> & { subject: unknown[]; predicateType: string; predicate: Record<string, unknown> } {
  return JSON.parse(Buffer.from(JSON.parse(fs.readFileSync(file, 'utf8')).dsseEnvelope.payload, 'base64').toString('utf8'))
}

describe('check --sign', () => {
  it('signs the verdict of a passing check, about the commit or the named artifacts', async () => {
    const dir = path.join(root, 'repo')
    fs.mkdirSync(dir, { recursive: true })
    fs.writeFileSync(path.join(dir, 'app.bin'), 'artifact')
    restore = setEnv(actionsEnv(mock))
    const services = ['--fulcio-url', mock.url, '--rekor-url', mock.url]
    const run = await runCli(['check', '.', '--offline', '--fail-on', 'none', '--sign', ...services, '--bundle-out', 'verdict.sigstore.json'], dir)
    expect(run.code).toBe(0)
    // The report keeps stdout; what was signed is said on stderr.
    expect(run.stderr).toMatch(
      /^signed 1 subject \(https:\/\/slsa\.dev\/verification_summary\/v1\) into verdict\.sigstore\.json\ntransparency log index: \d+\n$/
    )
    const statement = payload(path.join(dir, 'verdict.sigstore.json'))
    expect(statement.subject).toEqual([{ name: 'https://github.com/octo-org/app', digest: { gitCommit: 'a'.repeat(40) } }])
    expect(statement.predicate).toMatchObject({
      verifier: { id: 'https://github.com/chaingate/chaingate' },
      verificationResult: 'PASSED',
      policy: { uri: 'chaingate:preset/baseline' },
      resourceUri: `git+https://github.com/octo-org/app@${'a'.repeat(40)}`
    })
    expect((statement.predicate.chaingate as { rules: unknown[] }).rules.length).toBeGreaterThan(0)

    // The same, from a saved JSON report: sign --predicate verdict --report.
    expect((await runCli(['check', '.', '--offline', '--fail-on', 'none', '--format', 'json', '--output', 'report.json'], dir)).code).toBe(0)
    const fromReport = await runCli(['sign', '--predicate', 'verdict', '--report', 'report.json', ...services, '--bundle-out', 'report.sigstore.json'], dir)
    expect(fromReport.stderr).toBe('')
    expect(payload(path.join(dir, 'report.sigstore.json')).predicateType).toBe('https://slsa.dev/verification_summary/v1')

    const withArtifact = await runCli(
      [
        'check',
        '.',
        '--offline',
        '--fail-on',
        'none',
        '--format',
        'json',
        '--sign',
        ...services,
        '--subject-path',
        'app.bin',
        '--bundle-out',
        'app.verdict.sigstore.json'
      ],
      dir
    )
    expect(withArtifact.code).toBe(0)
    expect(JSON.parse(withArtifact.stdout).verdict).toBe('pass')
    const verified = await runCli(
      [
        'verify',
        '--subject-path',
        'app.bin',
        '--bundle',
        'app.verdict.sigstore.json',
        '--predicate-type',
        'verdict',
        '--trusted-root',
        path.join(root, 'root.json'),
        '--signer-repo',
        'octo-org/app'
      ],
      dir
    )
    expect(verified.stdout).toMatch(/verified 1 of 1 artifact/)
    expect(verified.code).toBe(0)
  })

  it('does not sign a failing verdict', async () => {
    const dir = path.join(root, 'failing')
    fs.mkdirSync(path.join(dir, '.github', 'workflows'), { recursive: true })
    fs.writeFileSync(
      path.join(dir, '.github', 'workflows', 'ci.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n'
    )
    restore = setEnv(actionsEnv(mock))
    const run = await runCli(
      ['check', '.', '--offline', '--fail-on', 'low', '--sign', '--fulcio-url', mock.url, '--rekor-url', mock.url, '--bundle-out', 'verdict.sigstore.json'],
      dir
    )
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/not signing: the verdict is fail/)
    expect(fs.existsSync(path.join(dir, 'verdict.sigstore.json'))).toBe(false)
  })
})

describe('lazy loading', () => {
  it('check reaches no Sigstore module through static imports', async () => {
    const result = await build({
      absWorkingDir: repoRoot,
      entryPoints: { cli: 'src/cli/index.ts', action: 'src/action/index.ts' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      write: false,
      outdir: path.join(root, 'lazy-out'),
      metafile: true,
      logLevel: 'silent',
      external: ['xmlbuilder2', 'libxmljs2'] // as scripts/build.mjs: the CycloneDX library's optional XML plug-ins
    })
    const outputs = result.metafile.outputs
    const staticClosure = (entry: string): Set<string> => {
      const seen = new Set<string>()
      const visit = (file: string): void => {
        if (seen.has(file)) return
        seen.add(file)
        for (const dependency of outputs[file]?.imports ?? []) if (dependency.kind === 'import-statement' && !dependency.external) visit(dependency.path)
      }
      visit(entry)
      return seen
    }
    const entryOf = (name: string): string => Object.keys(outputs).find((file) => outputs[file]!.entryPoint === name)!
    const checkCommandChunk = Object.keys(outputs).find((file) =>
      Object.keys(outputs[file]!.inputs).some((input) => input.endsWith('src/cli/check-command.ts'))
    )!
    for (const start of [entryOf('src/cli/index.ts'), entryOf('src/action/index.ts'), checkCommandChunk]) {
      const inputs = [...staticClosure(start)].flatMap((file) => Object.keys(outputs[file]!.inputs))
      expect(inputs.filter((input) => input.includes('node_modules/@sigstore/'))).toEqual([])
      expect(inputs.length).toBeGreaterThan(0)
    }
    // ...while the Sigstore code is in the bundle, behind dynamic imports.
    const all = Object.values(outputs).flatMap((output) => Object.keys(output.inputs))
    expect(all.some((input) => input.includes('node_modules/@sigstore/sign/'))).toBe(true)
  })
})
