/**
 * The action reads the API limits the CLI reads: `CHAINGATE_API_TIMEOUT`, `CHAINGATE_API_BUDGET` (seconds)
 * and `CHAINGATE_API_RETRIES`, in-process through src/action/main.ts's run() against the fake GitHub over
 * real HTTP; a bad value stops the run as a configuration error (exit 2, one line).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'
import { run } from '../../src/action/main.js'
import type { CheckReport } from '../../src/report/types.js'
import { fixtures, serverError, startFakeGitHub, type FakeGitHub, type FakeResponse } from '../../test/support/fake-github/index.js'
import { setEnv } from '../../test/support/sigstore/cli.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const RULE = 'actions-default-permissions'
let workspace: TempWorkspace
const fakes: FakeGitHub[] = []

beforeAll(() => {
  workspace = tempWorkspace({ '.github/chaingate.yml': `extends: none\nrules:\n  ${RULE}: true\n` })
})

afterAll(async () => {
  await Promise.all(fakes.map((fake) => fake.close()))
  workspace.cleanup()
})

/** GET …/actions/permissions/workflow answers `response` (a repository whose token can write by default). */
async function fakeAnswering(response: FakeResponse): Promise<FakeGitHub> {
  const fake = await startFakeGitHub({ routes: { 'GET /repos/{owner}/{repo}/actions/permissions/workflow': response } })
  fakes.push(fake)
  return fake
}

const WRITE = { body: fixtures.workflowPermissions({ default_workflow_permissions: 'write', can_approve_pull_request_reviews: false }) }

async function runAction(fake: FakeGitHub, limits: Record<string, string>): Promise<{ code: number; log: string; ms: number; report: CheckReport | null }> {
  const temp = fs.mkdtempSync(path.join(workspace.root, 'runner-temp-'))
  const restore = setEnv({
    GITHUB_WORKSPACE: workspace.root,
    RUNNER_TEMP: temp,
    GITHUB_OUTPUT: undefined,
    GITHUB_STEP_SUMMARY: undefined,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: undefined,
    GITHUB_REPOSITORY: 'acme/widgets',
    GITHUB_API_URL: fake.url,
    INPUT_TOKEN: 'ghs_actionlimitstoken',
    INPUT_ANNOTATIONS: 'false',
    INPUT_SUMMARY: 'false',
    CHAINGATE_API_TIMEOUT: undefined,
    CHAINGATE_API_BUDGET: undefined,
    CHAINGATE_API_RETRIES: undefined,
    ...limits
  })
  const write = process.stdout.write
  let log = ''
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += String(chunk)
    return true
  }) as typeof process.stdout.write // @actions/core logs to stdout
  const started = Date.now()
  try {
    const code = await run(process.env)
    process.exitCode = undefined // core.setFailed sets it in jest's own process
    const file = path.join(temp, 'chaingate', 'chaingate-report.json')
    return { code, log, ms: Date.now() - started, report: fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as CheckReport) : null }
  } finally {
    process.stdout.write = write
    restore()
  }
}

const finding = (report: CheckReport | null): { status: string; message: string } | undefined => report?.findings.find((candidate) => candidate.rule === RULE)

describe('the action honours the CLI API limits', () => {
  it('CHAINGATE_API_TIMEOUT: a request slower than it is unknown, one within it is read', async () => {
    const fake = await fakeAnswering({ ...WRITE, delayMs: 3_000 })
    const short = await runAction(fake, { CHAINGATE_API_TIMEOUT: '0.5', CHAINGATE_API_RETRIES: '0' })
    expect(short.code).toBe(0)
    expect(finding(short.report)).toMatchObject({ status: 'unknown', message: expect.stringMatching(/within 0\.5 s/) })
    expect(short.ms).toBeLessThan(2_500)
    const long = await runAction(fake, { CHAINGATE_API_TIMEOUT: '5', CHAINGATE_API_RETRIES: '0' })
    expect(finding(long.report)?.status).toBe('fail')
  })

  it('CHAINGATE_API_BUDGET: the run stops asking once it is spent', async () => {
    const fake = await fakeAnswering({ ...WRITE, delayMs: 3_000 })
    const result = await runAction(fake, { CHAINGATE_API_TIMEOUT: '5', CHAINGATE_API_BUDGET: '0.5', CHAINGATE_API_RETRIES: '0' })
    expect(finding(result.report)).toMatchObject({ status: 'unknown', message: expect.stringMatching(/budget/i) })
    expect(result.ms).toBeLessThan(2_500)
  })

  it('CHAINGATE_API_RETRIES: how often a server error is asked again', async () => {
    const fake = await fakeAnswering(serverError(502))
    const count = (): number => fake.requests.filter((request) => request.route === 'GET /repos/{owner}/{repo}/actions/permissions/workflow').length
    await runAction(fake, { CHAINGATE_API_RETRIES: '0' })
    expect(count()).toBe(1)
    const retried = await runAction(fake, { CHAINGATE_API_RETRIES: '1' })
    expect(count()).toBe(3)
    expect(finding(retried.report)?.status).toBe('unknown')
  })

  it('a bad value is a configuration error: exit 2, one line naming the variable', async () => {
    const fake = await fakeAnswering(WRITE)
    const result = await runAction(fake, { CHAINGATE_API_TIMEOUT: 'soon' })
    expect(result.code).toBe(2)
    expect(result.log).toMatch(/^::error::chaingate: CHAINGATE_API_TIMEOUT must be a number of at least 0\.1, got "soon"$/m)
    expect(result.log).not.toMatch(/\n\s+at /)
    expect(fake.requests).toEqual([])
  })
})
