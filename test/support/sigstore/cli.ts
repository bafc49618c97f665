/** Runs the `chaingate` command in-process with captured output, and sets process variables for a while. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { main } from '../../../src/cli/main.js'
import type { MockSigstore } from './mock-services.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function runCli(argv: string[], cwd: string, env: Record<string, string | undefined> = process.env): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, { env, cwd, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) })
  return { code, stdout, stderr }
}

/** Sets (or, with undefined, removes) process environment variables; returns the function that restores them. */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]))
  const apply = (values: Record<string, string | undefined>): void => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key]
      else process.env[key] = value
    }
  }
  apply(vars)
  return () => apply(saved)
}

/** The variables of a GitHub Actions run whose OIDC token endpoint is the mock's. */
export function actionsEnv(mock: MockSigstore): Record<string, string | undefined> {
  const { claims } = mock
  return {
    ACTIONS_ID_TOKEN_REQUEST_URL: mock.tokenRequestURL,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: mock.tokenRequestToken,
    SIGSTORE_ID_TOKEN: undefined,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: claims.repository,
    GITHUB_REF: claims.ref,
    GITHUB_SHA: claims.sha,
    GITHUB_WORKFLOW_REF: `${claims.repository}/${claims.workflowPath}@${claims.workflowRef ?? claims.ref}`,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_REPOSITORY_ID: '1001',
    GITHUB_REPOSITORY_OWNER_ID: '2002',
    RUNNER_ENVIRONMENT: claims.runnerEnvironment ?? 'github-hosted',
    GITHUB_TOKEN: undefined,
    GH_TOKEN: undefined,
    CHAINGATE_SIGNING_KEY: undefined,
    DOCKER_CONFIG: undefined
  }
}

export function tempDir(prefix: string): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)))
}

/** The identity the registry tests sign images with (the repository's release workflow), as verify options. */
export const RELEASE_IDENTITY = ['--signer-repo', 'octo-org/app', '--signer-workflow', '.github/workflows/release.yml@main']

/**
 * `chaingate verify` run in `dir` against its `root.json` trusted root, the report written as `format` and read
 * back (parsed when JSON). Anything on standard error is a test failure: it throws with that text.
 */
export async function verifyIn(
  dir: string,
  args: string[],
  format = 'json'
): Promise<{ code: number; text: string; report: import('../../../src/report/types.js').CheckReport }> {
  const output = path.join(dir, `report.${format}`)
  const run = await runCli(['verify', '--trusted-root', 'root.json', '--format', format, '--output', output, ...args], dir)
  if (run.stderr !== '') throw new Error(`chaingate verify wrote to standard error:\n${run.stderr}`)
  const text = fs.readFileSync(output, 'utf8')
  return { code: run.code, text, report: format === 'json' ? JSON.parse(text) : {} }
}
