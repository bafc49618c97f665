import { afterEach, describe, expect, it } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import type { CliIo } from '../../src/cli/io.js'
import { PINNED_WORKFLOW, tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

async function cli(argv: string[], files: Record<string, string | Buffer>, env: Record<string, string> = {}) {
  ws = tempWorkspace(files)
  let stdout = ''
  let stderr = ''
  const io: CliIo = { env, cwd: ws.root, stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }
  const code = await main(argv, io)
  return { code, stdout, stderr }
}

const SECURITY = { 'SECURITY.md': 'Report vulnerabilities through private vulnerability reporting.\n' }

describe('chaingate check', () => {
  it('passes a clean repository offline and says which API checks it skipped', async () => {
    const { code, stdout } = await cli(['check', '.'], { '.github/workflows/ci.yml': PINNED_WORKFLOW, ...SECURITY })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^unknown: \d+ checks could not see their data: no repository was named .*\bdefault-branch-protection\b/m)
    expect(stdout).toMatch(/^PASS \.: \d+ failed \(0 over fail-on high\)/m)
  })

  it('fails on a high finding with its exact position, exit 1', async () => {
    const workflow = PINNED_WORKFLOW.replace('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', 'tj-actions/changed-files@v45')
    const { code, stdout } = await cli(['check'], { '.github/workflows/ci.yml': workflow, ...SECURITY })
    expect(code).toBe(1)
    expect(stdout).toMatch(/^\.github\/workflows\/ci\.yml:12:15: fail high \[unpinned-uses\] .*tj-actions\/changed-files.*"v45"/m)
  })

  it('--fail-on none turns the verdict to pass', async () => {
    const workflow = PINNED_WORKFLOW.replace('actions/checkout@', 'tj-actions/changed-files@').replace(/@[0-9a-f]{40}/, '@v45')
    const { code } = await cli(['check', '--fail-on', 'none'], { '.github/workflows/ci.yml': workflow, ...SECURITY })
    expect(code).toBe(0)
  })

  it('reports a malformed workflow as a finding on that file and still audits the others', async () => {
    const { code, stdout } = await cli(['check', '--format', 'json'], {
      '.github/workflows/broken.yml': 'on: push\njobs:\n  a:\n    steps:\n      - run: "unterminated\n',
      '.github/workflows/ci.yml': PINNED_WORKFLOW.replace(/@[0-9a-f]{40}/, '@main'),
      ...SECURITY
    })
    expect(code).toBe(1)
    const report = JSON.parse(stdout)
    const invalid = report.findings.filter((finding: { rule: string }) => finding.rule === 'invalid-workflow')
    expect(invalid).toEqual([
      expect.objectContaining({ status: 'fail', location: expect.objectContaining({ path: '.github/workflows/broken.yml', startLine: 5 }) })
    ])
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'unpinned-uses', status: 'fail', location: expect.objectContaining({ path: '.github/workflows/ci.yml' }) })
      ])
    )
  })

  it('refuses a workflow alias bomb and a 10 MB workflow as findings, without crashing', async () => {
    const bomb = ['on: push', 'x0: &x0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for (let i = 1; i <= 9; i += 1)
      bomb.push(
        `x${i}: &x${i} [${Array(10)
          .fill(`*x${i - 1}`)
          .join(', ')}]`
      )
    bomb.push('jobs: {}')
    const huge = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${'      - run: echo 0123456789012345678901234567890123456789012345678901234567890123456789\n'.repeat(140_000)}`
    expect(huge.length).toBeGreaterThan(10_000_000)
    const { code, stdout, stderr } = await cli(['check', '--format', 'json'], {
      '.github/workflows/bomb.yml': bomb.join('\n'),
      '.github/workflows/huge.yml': huge,
      ...SECURITY
    })
    expect(stderr).toBe('')
    expect(code).toBe(1)
    const messages = JSON.parse(stdout)
      .findings.filter((finding: { rule: string }) => finding.rule === 'invalid-workflow')
      .map((finding: { message: string }) => finding.message)
    expect(messages).toEqual([
      expect.stringMatching(/alias bomb/),
      expect.stringMatching(/^workflow not audited: cannot read: file is \d+\.\d MiB, larger than the 1\.0 MiB chaingate reads$/)
    ])
  })

  it.each([
    [['check', '--policy', 'missing.yml'], /^chaingate: missing\.yml: policy file not found\n$/],
    [['check', '--format', 'xml'], /^chaingate: --format must be one of text, json, sarif, markdown, got "xml"\n$/],
    [['check', '--fail-on', 'severe'], /^chaingate: --fail-on must be one of critical, high, medium, low, none, got "severe"\n$/],
    [['check', '--bogus'], /^chaingate check: Unknown option '--bogus'/],
    [['check', '--repo', 'not a repo'], /^chaingate: repository must be owner\/name, got "not a repo"\n$/],
    [['frobnicate'], /^chaingate: unknown command "frobnicate"/]
  ])('%j is a one-line configuration error, exit 2', async (argv, message) => {
    const { code, stderr } = await cli(argv, SECURITY)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it.each([
    ['rules:\n  no-such-rule: true\n', /^chaingate: \.github\/chaingate\.yml:2:3: unknown rule id "no-such-rule"\n$/],
    ['fail-on: severe\n', /^chaingate: \.github\/chaingate\.yml:1:10: "fail-on" must be one of critical, high, medium, low, none\n$/],
    [
      'waivers:\n  - rule: unpinned-uses\n    reason: x\n    expires: tomorrow\n',
      /^chaingate: \.github\/chaingate\.yml:4:14: "waivers\.0\.expires" must look like YYYY-MM-DD\n$/
    ],
    ['ignore-paths: ["/etc/**"]\n', /^chaingate: \.github\/chaingate\.yml:1:16: glob "\/etc\/\*\*" must be relative to the repository root\n$/],
    ['rules: [\n', /^chaingate: \.github\/chaingate\.yml:1:1: invalid YAML: Flow sequence/],
    ['rules:\n  unpinned-uses:\n    allow: []\n', /^chaingate: \.github\/chaingate\.yml:3:5: rule "unpinned-uses" has no setting "allow"/]
  ])('policy %j is a one-line error with file and line, exit 2', async (policy, message) => {
    const { code, stderr } = await cli(['check'], { '.github/chaingate.yml': policy, ...SECURITY })
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
  })

  it('writes the chosen format to --output and prints the text report', async () => {
    const { code, stdout } = await cli(['check', '--format', 'sarif', '--output', 'out/report.sarif'], {
      '.github/workflows/ci.yml': PINNED_WORKFLOW,
      ...SECURITY
    })
    expect(code).toBe(0)
    expect(stdout).toMatch(/^PASS/m)
    const fs = await import('node:fs')
    const sarif = JSON.parse(fs.readFileSync(`${ws.root}/out/report.sarif`, 'utf8'))
    expect(sarif.version).toBe('2.1.0')
  })
})

describe('chaingate check inside a workflow', () => {
  it('reads the event: pull-request checks are not applicable on a push, and unknown with no event', async () => {
    const files = {
      '.github/workflows/ci.yml': PINNED_WORKFLOW,
      ...SECURITY,
      '.github/chaingate.yml': 'extends: none\nrules:\n  pull-request-approval: true\n'
    }
    const onPush = await cli(['check', '--format', 'json'], files, { GITHUB_EVENT_NAME: 'push' })
    expect(JSON.parse(onPush.stdout).findings).toEqual([
      expect.objectContaining({ rule: 'pull-request-approval', status: 'pass', message: expect.stringMatching(/^not applicable: .*event was push$/) })
    ])
    const noEvent = await cli(['check', '--format', 'json'], files)
    expect(JSON.parse(noEvent.stdout).findings).toEqual([expect.objectContaining({ rule: 'pull-request-approval', status: 'unknown' })])
  })

  it('is a one-line configuration error for an unreadable event payload', async () => {
    ws = tempWorkspace({})
    const fs = await import('node:fs')
    fs.writeFileSync(`${ws.root}/event.json`, '{ not json')
    let stderr = ''
    const code = await main(['check'], {
      env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: `${ws.root}/event.json` },
      cwd: ws.root,
      stdout: () => {},
      stderr: (text) => (stderr += text)
    })
    expect(code).toBe(2)
    expect(stderr).toMatch(/^chaingate: .*event\.json: cannot read the event payload: /)
  })
})

describe('chaingate errors that quote the repository', () => {
  it('are one printable line that no runner reads as a command', async () => {
    const { code, stderr } = await cli(['check'], { '.github/chaingate.yml': 'rules:\n  "x\\n::add-mask::y ##[error]z\\u001b[2J": true\n' })
    expect(code).toBe(2)
    expect(stderr).toBe('chaingate: .github/chaingate.yml:2:3: unknown rule id "x\\n::add-mask::y ##\\[error]z\\x1b[2J"\n')
  })
})
