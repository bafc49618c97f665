/**
 * The API down, end to end through the command: every API rule unknown, the report still written, and the
 * exit code as the policy says (0 with on-unknown warn, 1 with on-unknown fail). Slow on purpose: the
 * command uses production retry timings (three retries per request, 1 s, 4 s, 9 s apart).
 */
import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { checkCommand } from '../../src/cli/check-command.js'
import type { CheckReport } from '../../src/report/types.js'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { serverError } from '../../test/support/fake-github/responses.js'
import { POSTURE_FILES, postureRoutes } from '../../test/support/fake-github/fixtures-posture.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

let fake: FakeGitHub
let workspace: TempWorkspace
beforeAll(async () => {
  fake = await startFakeGitHub({ routes: Object.fromEntries(Object.keys(postureRoutes()).map((key) => [key, serverError(503)])) })
  workspace = tempWorkspace({ ...POSTURE_FILES, '.github/chaingate.yml': 'extends: baseline\n' })
})
afterAll(async () => {
  await fake.close()
  workspace.cleanup()
})

async function runCli(args: string[]): Promise<{ code: number; report: CheckReport }> {
  const output = path.join(workspace.root, `report-${args.join('-') || 'default'}.json`)
  const io = {
    env: { GITHUB_TOKEN: 'ghs_token', GITHUB_API_URL: fake.url, GITHUB_REPOSITORY: 'acme/widgets' },
    cwd: workspace.root,
    stdout: () => {},
    stderr: () => {}
  }
  const code = await checkCommand(['.', '--format', 'json', '--output', output, ...args], io)
  return { code, report: JSON.parse(fs.readFileSync(output, 'utf8')) as CheckReport }
}

it('reports every API rule unknown and exits as on-unknown says', async () => {
  const warn = await runCli([])
  expect(warn.code).toBe(0)
  const api = warn.report.findings.filter((finding) => finding.area === 'code' && !['security-policy', 'expired-waiver', 'codeowners'].includes(finding.rule))
  expect(api.length).toBeGreaterThan(10)
  for (const finding of api) expect([finding.rule, finding.status]).toEqual([finding.rule, 'unknown'])
  expect(warn.report.findings.find((finding) => finding.rule === 'default-branch-protection')!.message).toContain('503')

  const fail = await runCli(['--on-unknown', 'fail'])
  expect(fail.code).toBe(1)
  expect(fail.report.verdict).toBe('fail')
  fake.assertValid()
}, 120_000)
