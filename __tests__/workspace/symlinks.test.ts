/**
 * Symbolic links in the checkout: followed only to targets inside it; what is skipped is reported (an
 * invalid-workflow finding where a workflow, an action or `.github` would be), never passed in silence.
 * Output and policy paths are checked by their real path. Each case runs in a plain directory and in a git
 * work tree (git lists a link as one entry and never its target's files).
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { check } from '../../src/check.js'
import { ConfigurationError } from '../../src/model/errors.js'
import { findPolicy } from '../../src/policy/locate.js'
import { realPathInside } from '../../src/workspace/real-path.js'
import { Workspace } from '../../src/workspace/workspace.js'
import { PINNED_WORKFLOW, tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

let ws: TempWorkspace
const cleanups: string[] = []
afterEach(() => {
  ws?.cleanup()
  for (const dir of cleanups.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

function outsideDir(): string {
  const dir = fs.mkdtempSync(path.join(path.dirname(ws.root), 'outside-'))
  cleanups.push(dir)
  return dir
}

const UNPINNED = PINNED_WORKFLOW.replace(/@[0-9a-f]{40} # v4\.2\.2/, '@v4')
const POLICY = 'extends: none\nrules:\n  invalid-workflow: true\n  unpinned-uses: true\n'

function gitInit(): void {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: ws.root, encoding: 'utf8' })
  git('init', '-q')
  git('add', '-A')
}

async function audit(): Promise<Array<{ rule: string; status: string; message: string; location?: { path: string } }>> {
  const outcome = await check({ path: ws.root, displayPath: '.' })
  return outcome.report.findings
}

describe.each([
  ['a plain directory', false],
  ['a git work tree', true]
])('symbolic links in %s', (_, git) => {
  it('audits a workflow file that links to a file inside the repository, under the link path', async () => {
    ws = tempWorkspace({ 'ci/real.yml': UNPINNED, '.github/chaingate.yml': POLICY })
    fs.mkdirSync(path.join(ws.root, '.github', 'workflows'))
    fs.symlinkSync('../../ci/real.yml', path.join(ws.root, '.github', 'workflows', 'ci.yml'))
    if (git) gitInit()
    const findings = await audit()
    expect(findings).toContainEqual(
      expect.objectContaining({ rule: 'unpinned-uses', status: 'fail', location: expect.objectContaining({ path: '.github/workflows/ci.yml' }) })
    )
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'invalid-workflow', status: 'pass' }))
  })

  it('audits a .github directory that links inside the repository', async () => {
    ws = tempWorkspace({ 'config/github/workflows/ci.yml': UNPINNED, 'chaingate.yml': POLICY })
    fs.symlinkSync('config/github', path.join(ws.root, '.github'))
    if (git) gitInit()
    const outcome = await check({ path: ws.root, policyPath: 'chaingate.yml' })
    expect(outcome.report.findings).toContainEqual(
      expect.objectContaining({ rule: 'unpinned-uses', status: 'fail', location: expect.objectContaining({ path: '.github/workflows/ci.yml' }) })
    )
  })

  it('reports a workflow file that links outside the repository, and does not read it', async () => {
    ws = tempWorkspace({ '.github/workflows/ok.yml': PINNED_WORKFLOW, '.github/chaingate.yml': POLICY })
    const outside = outsideDir()
    fs.writeFileSync(path.join(outside, 'ci.yml'), UNPINNED)
    fs.symlinkSync(path.join(outside, 'ci.yml'), path.join(ws.root, '.github', 'workflows', 'ci.yml'))
    if (git) gitInit()
    const findings = await audit()
    expect(findings).toContainEqual({
      rule: 'invalid-workflow',
      area: 'build',
      severity: 'high',
      status: 'fail',
      message: `workflow not audited: symbolic link to ${path.join(outside, 'ci.yml')}, outside the repository; chaingate follows symbolic links only to targets inside the repository`,
      location: { path: '.github/workflows/ci.yml', startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 }
    })
    expect(findings.filter((finding) => finding.rule === 'unpinned-uses' && finding.status === 'fail')).toEqual([])
  })

  it('reports a dangling workflow link and a dangling action.yml link', async () => {
    ws = tempWorkspace({ '.github/workflows/ok.yml': PINNED_WORKFLOW, '.github/chaingate.yml': POLICY })
    fs.symlinkSync('gone.yml', path.join(ws.root, '.github', 'workflows', 'ci.yml'))
    fs.mkdirSync(path.join(ws.root, 'act'))
    fs.symlinkSync('../nowhere/action.yml', path.join(ws.root, 'act', 'action.yml'))
    if (git) gitInit()
    const findings = (await audit()).filter((finding) => finding.rule === 'invalid-workflow')
    expect(findings.map((finding) => [finding.location?.path, finding.message])).toEqual([
      [
        '.github/workflows/ci.yml',
        'workflow not audited: symbolic link to gone.yml, which does not exist; chaingate follows symbolic links only to targets inside the repository'
      ],
      [
        'act/action.yml',
        'action metadata not audited: symbolic link to ../nowhere/action.yml, which does not exist; chaingate follows symbolic links only to targets inside the repository'
      ]
    ])
  })

  it('fails, not passes, when .github links outside the repository and nothing else is there', async () => {
    ws = tempWorkspace({ 'README.md': 'x\n' })
    const outside = outsideDir()
    fs.mkdirSync(path.join(outside, 'workflows'))
    fs.writeFileSync(path.join(outside, 'workflows', 'ci.yml'), PINNED_WORKFLOW)
    fs.symlinkSync(outside, path.join(ws.root, '.github'))
    if (git) gitInit()
    const report = (await check({ path: ws.root })).report
    expect(report.verdict).toBe('fail')
    expect(report.findings).toContainEqual(
      expect.objectContaining({ rule: 'invalid-workflow', status: 'fail', location: expect.objectContaining({ path: '.github' }) })
    )
  })

  it('reports a directory link that contains itself (a cycle) once, and lists the rest', () => {
    ws = tempWorkspace({ 'a/file.txt': 'x', '.github/workflows/ci.yml': PINNED_WORKFLOW })
    fs.symlinkSync('..', path.join(ws.root, 'a', 'up'))
    if (git) gitInit()
    const workspace = new Workspace(ws.root)
    expect(workspace.files()).toEqual(['.github/workflows/ci.yml', 'a/file.txt'])
    expect(workspace.skipped()).toEqual([{ path: 'a/up', reason: 'symbolic link to .., a directory that contains the link (a cycle)', directory: true }])
  })
})

describe('the policy file through a symbolic link', () => {
  it('refuses a default policy that links outside the workspace, without reading it', () => {
    ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const outside = outsideDir()
    fs.writeFileSync(path.join(outside, 'p.yml'), 'fail-on: none\nsecret-key: 1\n')
    fs.symlinkSync(path.join(outside, 'p.yml'), path.join(ws.root, '.github', 'chaingate.yml'))
    let error: unknown
    try {
      findPolicy(ws.root)
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).oneLine()).toMatch(
      /^\.github\/chaingate\.yml: policy file leads outside the workspace through a symbolic link; chaingate does not read it/
    )
    expect((error as ConfigurationError).oneLine()).not.toContain('secret-key')
  })

  it('refuses a default policy under a .github that links outside', () => {
    ws = tempWorkspace({})
    const outside = outsideDir()
    fs.writeFileSync(path.join(outside, 'chaingate.yml'), 'fail-on: none\n')
    fs.symlinkSync(outside, path.join(ws.root, '.github'))
    expect(() => findPolicy(ws.root)).toThrow(/leads outside the workspace/)
  })

  it('follows a default policy link that stays inside, and names a dangling one', () => {
    ws = tempWorkspace({ 'policies/gate.yml': 'fail-on: high\n', '.github/x': '' })
    fs.symlinkSync('../policies/gate.yml', path.join(ws.root, '.github', 'chaingate.yml'))
    expect(findPolicy(ws.root)).toEqual({ absolutePath: path.join(ws.root, '.github', 'chaingate.yml'), displayPath: '.github/chaingate.yml' })
    fs.rmSync(path.join(ws.root, 'policies', 'gate.yml'))
    expect(() => findPolicy(ws.root)).toThrow('policy file is a symbolic link that points nowhere')
  })

  it('reads an explicit policy outside the workspace (a path named on the command line)', () => {
    ws = tempWorkspace({})
    const outside = outsideDir()
    fs.writeFileSync(path.join(outside, 'p.yml'), 'fail-on: high\n')
    expect(findPolicy(ws.root, path.join(outside, 'p.yml')).absolutePath).toBe(path.join(outside, 'p.yml'))
  })
})

describe('output paths by their real path', () => {
  it('resolves a new file by its nearest existing parent and refuses links out of the root', () => {
    ws = tempWorkspace({ 'in/x': '' })
    const outside = outsideDir()
    fs.symlinkSync(outside, path.join(ws.root, 'out'))
    fs.symlinkSync('in', path.join(ws.root, 'alias'))
    const name = { name: 'report' }
    expect(realPathInside(ws.root, path.join(ws.root, 'alias', 'new', 'r.json'), name)).toBe(path.join(ws.root, 'in', 'new', 'r.json'))
    expect(() => realPathInside(ws.root, path.join(ws.root, 'out', 'r.json'), name)).toThrow('report leads outside the workspace through a symbolic link')
    expect(() => realPathInside(ws.root, path.join(ws.root, 'out', 'r.json'), { ...name, allowOutside: true })).toThrow(/through a symbolic link/)
    expect(() => realPathInside(ws.root, path.join(outside, 'r.json'), name)).toThrow('report points outside the workspace')
    expect(realPathInside(ws.root, path.join(outside, 'r.json'), { ...name, allowOutside: true })).toBe(path.join(fs.realpathSync(outside), 'r.json'))
    fs.symlinkSync(path.join(outside, 'planted'), path.join(ws.root, 'dangling.json'))
    expect(() => realPathInside(ws.root, path.join(ws.root, 'dangling.json'), { ...name, allowOutside: true })).toThrow(/points nowhere/)
  })
})
