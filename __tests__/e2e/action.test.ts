/**
 * Runs the committed bundle `node dist/index.js` the way a runner does: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE, GITHUB_REPOSITORY, GITHUB_API_URL pointed at the fake GitHub.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { branchRules, repository } from '../../test/support/fake-github/fixtures.js'
import { PINNED_WORKFLOW, tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

const DIST = path.resolve('dist/index.js')
const POLICY = `extends: none
rules:
  invalid-workflow: true
  unpinned-uses: true
  excessive-permissions: true
  default-branch-protection: true
  security-policy: true
`

let fake: FakeGitHub | undefined
let ws: TempWorkspace | undefined
afterEach(async () => {
  await fake?.close()
  ws?.cleanup()
  fake = undefined
  ws = undefined
})

interface RunResult {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  temp: string
}

function parseOutputs(text: string): Record<string, string> {
  // `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes them.
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]!] = match[3]!
  return outputs
}

async function runAction(workspace: TempWorkspace, env: Record<string, string>): Promise<RunResult> {
  const temp = fs.mkdtempSync(path.join(workspace.root, '..', 'runner-temp-'))
  const outputFile = path.join(temp, 'output')
  const summaryFile = path.join(temp, 'summary')
  fs.writeFileSync(outputFile, '')
  fs.writeFileSync(summaryFile, '')
  const child = spawn(process.execPath, [DIST], {
    cwd: workspace.root,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace.root,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_REF: 'refs/heads/main',
      GITHUB_SHA: '6dcb09b5b57875f334f61aebed695e2e4193db5e',
      GITHUB_EVENT_NAME: 'push',
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: temp,
      'INPUT_PATH': '.',
      'INPUT_ANNOTATIONS': 'true',
      'INPUT_SUMMARY': 'true',
      ...env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { code, stdout, stderr, outputs: parseOutputs(fs.readFileSync(outputFile, 'utf8')), summary: fs.readFileSync(summaryFile, 'utf8'), temp }
}

async function fakeFor(protectedBranch: boolean): Promise<FakeGitHub> {
  return startFakeGitHub({
    routes: {
      'GET /repos/{owner}/{repo}': { body: repository() },
      'GET /repos/{owner}/{repo}/rules/branches/{branch}': { body: protectedBranch ? branchRules(['pull_request', 'non_fast_forward', 'deletion']) : [] },
      'GET /repos/{owner}/{repo}/branches/{branch}/protection': {
        status: 404,
        body: { message: 'Branch not protected', documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection', status: '404' }
      }
    }
  })
}

describe('the action bundle, run as a runner runs it', () => {
  it('passes a hardened repository: outputs, summary, SARIF, JSON, exit 0', async () => {
    fake = await fakeFor(true)
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW, 'SECURITY.md': 'Report privately.\n', '.github/chaingate.yml': POLICY })
    const result = await runAction(ws, { GITHUB_API_URL: fake.url, INPUT_TOKEN: 'ghs_passingtoken' })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs).toEqual(
      expect.objectContaining({ verdict: 'pass', 'failed-count': '0', 'unknown-count': '0', 'sarif-file': path.join(result.temp, 'chaingate', 'chaingate.sarif') })
    )
    expect(result.summary).toMatch(/^## ✅ chaingate: pass/)
    const report = JSON.parse(fs.readFileSync(result.outputs['report-json']!, 'utf8'))
    expect(report).toEqual(expect.objectContaining({ version: 1, verdict: 'pass', target: { repository: 'acme/widgets', ref: 'refs/heads/main', path: '.' } }))
    expect(report.findings.find((finding: { rule: string }) => finding.rule === 'default-branch-protection')).toEqual(
      expect.objectContaining({ status: 'pass', message: 'branch main is protected by rulesets (pull_request, non_fast_forward, deletion)' })
    )
    expect(report.stats.apiRequests).toBe(fake.requests.length)
    const sarif = JSON.parse(fs.readFileSync(result.outputs['sarif-file']!, 'utf8'))
    expect(sarif.runs[0].results).toEqual([])
    fake.assertValid()
  })

  it('fails an unhardened repository: annotations on the lines, exit 1, and the token appears nowhere', async () => {
    const token = `ghp_${randomBytes(18).toString('hex')}`
    fake = await fakeFor(false)
    const workflow = PINNED_WORKFLOW.replace('permissions: {}\n', '').replace(/ {4}permissions:\n {6}contents: read\n/, '').replace('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', 'tj-actions/changed-files@v45')
    ws = tempWorkspace({ '.github/workflows/ci.yml': workflow, '.github/chaingate.yml': POLICY })
    const result = await runAction(ws, { GITHUB_API_URL: fake.url, INPUT_TOKEN: token })
    expect(result.code).toBe(1)
    expect(result.outputs.verdict).toBe('fail')
    expect(Number(result.outputs['failed-count'])).toBeGreaterThanOrEqual(3)
    expect(result.stdout).toContain('::error title=chaingate unpinned-uses (high),file=.github/workflows/ci.yml,line=9,endLine=9,col=15,endColumn=43::')
    expect(result.stdout).toMatch(/::error::chaingate: policy violated \(2 findings over the threshold\)/)
    const sarif = JSON.parse(fs.readFileSync(result.outputs['sarif-file']!, 'utf8'))
    expect(sarif.runs[0].results.map((entry: { ruleId: string }) => entry.ruleId).sort()).toEqual(['default-branch-protection', 'excessive-permissions', 'security-policy', 'unpinned-uses'])
    expect(result.summary).toContain('`default-branch-protection`')
    // The token was sent to the API, and nowhere else.
    expect(fake.requests.length).toBeGreaterThan(0)
    const everything = [result.stdout, result.stderr, result.summary, fs.readFileSync(path.join(result.temp, 'output'), 'utf8'), fs.readFileSync(result.outputs['sarif-file']!, 'utf8'), fs.readFileSync(result.outputs['report-json']!, 'utf8')]
    for (const text of everything) expect(text).not.toContain(token)
  })

  it('is a one-line configuration error with exit 2 for an invalid policy', async () => {
    ws = tempWorkspace({ '.github/chaingate.yml': 'fail-on: sometimes\n' })
    const result = await runAction(ws, {})
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('::error::chaingate: .github/chaingate.yml:1:10: "fail-on" must be one of critical, high, medium, low, none')
    expect(result.stdout).not.toMatch(/\n\s+at /)
  })

  it('refuses an output path outside the workspace', async () => {
    ws = tempWorkspace({})
    const result = await runAction(ws, { 'INPUT_SARIF-FILE': '../../etc/evil.sarif' })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('::error::chaingate: input sarif-file (../../etc/evil.sarif) points outside the workspace')
  })
})
