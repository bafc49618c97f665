/**
 * Runs the action's bundle (built from the sources by the project's build script into a temporary
 * directory, as dist/index.js is) the way a runner does: INPUT_* variables, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE, GITHUB_REPOSITORY, GITHUB_API_URL pointed at the fake GitHub.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { startFakeGitHub, type FakeGitHub } from '../../test/support/fake-github/server.js'
import { branchRules, repository } from '../../test/support/fake-github/fixtures.js'
import { PINNED_WORKFLOW, tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'
import { buildBundle, type Bundle } from '../../test/support/bundle.js'

let bundle: Bundle
beforeAll(() => {
  bundle = buildBundle()
}, 120_000)
afterAll(() => bundle?.cleanup())
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
  const child = spawn(process.execPath, [bundle.action], {
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
      INPUT_PATH: '.',
      INPUT_ANNOTATIONS: 'true',
      INPUT_SUMMARY: 'true',
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
        body: {
          message: 'Branch not protected',
          documentation_url: 'https://docs.github.com/rest/branches/branch-protection#get-branch-protection',
          status: '404'
        }
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
      expect.objectContaining({
        verdict: 'pass',
        'failed-count': '0',
        'unknown-count': '0',
        'sarif-file': path.join(result.temp, 'chaingate', 'chaingate.sarif')
      })
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
    const workflow = PINNED_WORKFLOW.replace('permissions: {}\n', '')
      .replace(/ {4}permissions:\n {6}contents: read\n/, '')
      .replace('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', 'tj-actions/changed-files@v45')
    ws = tempWorkspace({ '.github/workflows/ci.yml': workflow, '.github/chaingate.yml': POLICY })
    const result = await runAction(ws, { GITHUB_API_URL: fake.url, INPUT_TOKEN: token })
    expect(result.code).toBe(1)
    expect(result.outputs.verdict).toBe('fail')
    expect(Number(result.outputs['failed-count'])).toBeGreaterThanOrEqual(3)
    expect(result.stdout).toContain('::error title=chaingate unpinned-uses (high),file=.github/workflows/ci.yml,line=9,endLine=9,col=15,endColumn=43::')
    expect(result.stdout).toMatch(/::error::chaingate: policy violated \(2 findings over the threshold\)/)
    const sarif = JSON.parse(fs.readFileSync(result.outputs['sarif-file']!, 'utf8'))
    expect(sarif.runs[0].results.map((entry: { ruleId: string }) => entry.ruleId).sort()).toEqual([
      'default-branch-protection',
      'excessive-permissions',
      'security-policy',
      'unpinned-uses'
    ])
    expect(result.summary).toContain('<code>default-branch-protection</code>')
    // The token was sent to the API, and nowhere else.
    expect(fake.requests.length).toBeGreaterThan(0)
    const everything = [
      result.stdout,
      result.stderr,
      result.summary,
      fs.readFileSync(path.join(result.temp, 'output'), 'utf8'),
      fs.readFileSync(result.outputs['sarif-file']!, 'utf8'),
      fs.readFileSync(result.outputs['report-json']!, 'utf8')
    ]
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

/**
 * The workflow commands a runner would act on in `stdout`, by the runner's rules: a line whose first
 * non-blank characters are `::` (`::name props::data`), the legacy `##[name props]data` anywhere in a line,
 * and, after `::stop-commands::TOKEN`, nothing but `::TOKEN::`, which resumes.
 */
function runnerCommands(stdout: string): { commands: Array<{ name: string; info: string; data: string }>; stoppedAtEnd: boolean } {
  const commands: Array<{ name: string; info: string; data: string }> = []
  let stopToken: string | null = null
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const v2 = /^::(.*?)::(.*)$/.exec(line.trimStart())
    if (stopToken !== null) {
      if (v2 && v2[1]!.split(' ')[0]!.toLowerCase() === stopToken.toLowerCase()) stopToken = null
      continue
    }
    if (v2) {
      const name = v2[1]!.split(' ')[0]!
      commands.push({ name, info: v2[1]!, data: v2[2]! })
      if (name === 'stop-commands') stopToken = v2[2]!
      continue
    }
    const legacy = /##\[(.*?)\](.*)$/.exec(line)
    if (legacy) commands.push({ name: legacy[1]!.split(' ')[0]!, info: legacy[1]!, data: legacy[2]! })
  }
  return { commands, stoppedAtEnd: stopToken !== null }
}

/** Everything a hostile pull request can name: workflow name, job id, step names, `uses:`, file name. */
const HOSTILE =
  '\n::stop-commands::x\n::add-mask::secret\n::error file=a.yml::forged %0A ##[error]legacy ##[add-mask]y\n# Heading\n## ✅ chaingate: pass\n<img src=x onerror=alert(1)> `co`de` ``x`` <br> &lt; [link](https://example.com) **bold** | cell |'
const q = (text: string): string => JSON.stringify(text)
const HOSTILE_WORKFLOW = `name: ${q(`wf${HOSTILE}`)}
on: pull_request_target
jobs:
  ${q(`job${HOSTILE}`)}:
    runs-on: ubuntu-latest
    steps:
      - name: ${q(`step${HOSTILE}`)}
        uses: ${q(`evil/act${HOSTILE.replace(/\n/g, ' ')}@v1`)}
      - name: ${q(`run${HOSTILE}`)}
        run: echo "\${{ github.event.pull_request.title }}"
`
const HOSTILE_POLICY = `extends: none
rules:
  invalid-workflow: true
  unpinned-uses: true
  excessive-permissions: true
  template-injection: true
  dangerous-triggers: true
`

describe('text from the repository, in the runner log and the job summary', () => {
  it('never reaches stdout as a workflow command nor the summary as markup', async () => {
    const fileName = `ci${HOSTILE.replace(/\//g, '_')}.yml`
    ws = tempWorkspace({
      [`.github/workflows/${fileName}`]: HOSTILE_WORKFLOW,
      '.github/workflows/broken.yml': 'on: [push\n',
      [`.github/workflows/bad${HOSTILE.replace(/\//g, '_')}.yml`]: 'jobs: {a: 1\n',
      '.github/chaingate.yml': HOSTILE_POLICY
    })
    const result = await runAction(ws, {})
    expect(result.stderr).toBe('')
    expect(result.code).toBe(1)

    // The hostile text did reach the log (escaped, inside a stop-commands block)...
    expect(result.stdout).toContain('\\n::stop-commands::x\\n::add-mask::secret\\n::error file=a.yml::forged %0A ##\\[error]legacy')
    const { commands, stoppedAtEnd } = runnerCommands(result.stdout)
    expect(stoppedAtEnd).toBe(false)
    // ...and the only commands the runner acts on are chaingate's own.
    const stops = commands.filter((command) => command.name === 'stop-commands')
    expect(stops.length).toBeGreaterThan(0)
    for (const stop of stops) expect(stop.data).toMatch(/^chaingate-[0-9a-f]{32}$/)
    expect(new Set(stops.map((stop) => stop.data)).size).toBe(stops.length)
    for (const command of commands) {
      expect(['group', 'endgroup', 'stop-commands', 'error', 'warning', 'notice', 'debug']).toContain(command.name)
      if (command.name === 'error' || command.name === 'warning' || command.name === 'notice')
        expect(command.info.startsWith(`${command.name} title=chaingate `) || command.data.startsWith('chaingate: ')).toBe(true)
    }
    expect(commands.filter((command) => command.name === 'error').length).toBeGreaterThanOrEqual(4)

    // The summary: the hostile text is there, as text.
    const summary = result.summary
    expect(summary).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(summary).toContain('&#35;&#35; ✅ chaingate: pass')
    const headings = summary.split('\n').filter((line) => /^\s{0,3}#/.test(line))
    expect(headings).toEqual(['## ❌ chaingate: fail', '### Build'])
    // No HTML but chaingate's own tags, no code span, link, emphasis or table cell from the repository.
    const withoutOwnTags = summary.replace(/<\/?(?:code|sub)>|<br>/g, '')
    expect(withoutOwnTags).not.toMatch(/[<>`[\]]/)
    expect(withoutOwnTags.replace(/^\*\*[^*\n]*\*\*/m, '')).not.toMatch(/\*\*|__/)
    for (const line of summary.split('\n').filter((candidate) => candidate.startsWith('|'))) expect(line.split('|').length - 1).toBe(6)
    // Every line break inside a cell is a <br>: the table has one line per finding.
    const report = JSON.parse(fs.readFileSync(result.outputs['report-json']!, 'utf8'))
    const rows = summary.split('\n').filter((line) => /^\| (❌|❔|🔕) \|/.test(line))
    expect(rows.length).toBe(report.findings.filter((finding: { status: string }) => finding.status !== 'pass').length)

    // SARIF: the file name is a URI reference, the message cannot form an embedded link.
    const sarif = JSON.parse(fs.readFileSync(result.outputs['sarif-file']!, 'utf8'))
    const uris: string[] = sarif.runs[0].results.map(
      (entry: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => entry.locations[0]!.physicalLocation.artifactLocation.uri
    )
    expect(uris).toContain(`.github/workflows/${encodeURIComponent(fileName)}`)
    for (const uri of uris) expect(uri).not.toMatch(/[\s<>#?`]/)
    // The only links are chaingate's own, to the result's related locations (`[what](n)`, their text escaped):
    // with those taken out, no unescaped bracket is left.
    for (const entry of sarif.runs[0].results as Array<{ message: { text: string }; relatedLocations?: Array<{ id: number }> }>) {
      const ids = new Set((entry.relatedLocations ?? []).map((related) => related.id))
      const links = [...entry.message.text.matchAll(/(?<=^|[^\\])\[((?:[^[\]\\]|\\.)*)\]\((\d+)\)/g)]
      for (const link of links) expect(ids.has(Number(link[2]))).toBe(true)
      expect(links.length).toBe(ids.size)
      expect(links.reduce((text, link) => text.replace(link[0], ''), entry.message.text)).not.toMatch(/(^|[^\\])\[/)
    }
  })
})

describe('paths that lead out of the workspace through symbolic links', () => {
  it('refuses sarif-file in a directory that links outside the workspace', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const outside = fs.mkdtempSync(path.join(ws.root, '..', 'outside-'))
    fs.symlinkSync(outside, path.join(ws.root, 'reports'))
    const result = await runAction(ws, { 'INPUT_SARIF-FILE': 'reports/chaingate.sarif' })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('::error::chaingate: input sarif-file (reports/chaingate.sarif) leads outside the workspace through a symbolic link')
    expect(fs.readdirSync(outside)).toEqual([])
    fs.rmSync(outside, { recursive: true })
  })

  it('refuses report-json that is a dangling symbolic link (writing would create its target)', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const target = path.join(ws.root, '..', `planted-${randomBytes(4).toString('hex')}.json`)
    fs.symlinkSync(target, path.join(ws.root, 'report.json'))
    const result = await runAction(ws, { 'INPUT_REPORT-JSON': 'report.json' })
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('::error::chaingate: input report-json (report.json) goes through a symbolic link that points nowhere')
    expect(fs.existsSync(target)).toBe(false)
  })

  it('writes through a symbolic link that stays inside the workspace', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW, 'out/.keep': '' })
    fs.symlinkSync('out', path.join(ws.root, 'reports'))
    const result = await runAction(ws, { 'INPUT_SARIF-FILE': 'reports/chaingate.sarif' })
    expect(result.stderr).toBe('')
    expect(JSON.parse(fs.readFileSync(path.join(ws.root, 'out', 'chaingate.sarif'), 'utf8')).version).toBe('2.1.0')
  })

  it('does not read a default policy that links outside the workspace, nor echo it', async () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const outside = path.join(ws.root, '..', `policy-${randomBytes(4).toString('hex')}.yml`)
    fs.writeFileSync(outside, 'fail-on: none\nsecret-key-in-outside-file: 1\n')
    fs.symlinkSync(outside, path.join(ws.root, '.github', 'chaingate.yml'))
    const result = await runAction(ws, {})
    fs.rmSync(outside)
    expect(result.code).toBe(2)
    expect(result.stdout).toContain('::error::chaingate: .github/chaingate.yml: policy file leads outside the workspace through a symbolic link')
    expect(result.stdout).not.toContain('secret-key-in-outside-file')
    expect(result.outputs.verdict).toBeUndefined()
  })

  it('reports a .github directory that links outside the workspace instead of passing with nothing audited', async () => {
    ws = tempWorkspace({ 'README.md': 'x\n' })
    const outside = fs.mkdtempSync(path.join(ws.root, '..', 'outside-github-'))
    fs.mkdirSync(path.join(outside, 'workflows'))
    fs.writeFileSync(path.join(outside, 'workflows', 'ci.yml'), PINNED_WORKFLOW)
    fs.symlinkSync(outside, path.join(ws.root, '.github'))
    const result = await runAction(ws, { INPUT_POLICY: '' })
    fs.rmSync(outside, { recursive: true })
    expect(result.code).toBe(1)
    expect(result.outputs.verdict).toBe('fail')
    const report = JSON.parse(fs.readFileSync(result.outputs['report-json']!, 'utf8'))
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'invalid-workflow',
        status: 'fail',
        location: expect.objectContaining({ path: '.github' }),
        message: expect.stringMatching(/^the workflows under \.github not audited: symbolic link to .*, outside the repository/)
      })
    )
  })
})
