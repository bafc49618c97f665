import { afterEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { Workspace } from '../../src/workspace/workspace.js'
import { tempWorkspace, type TempWorkspace } from '../../test/support/workspace.js'

let ws: TempWorkspace
afterEach(() => ws?.cleanup())

describe('Workspace', () => {
  it('lists what git sees in a work tree: tracked and untracked files, not ignored ones', () => {
    ws = tempWorkspace({ '.gitignore': 'bench/corpus/\n', 'action.yml': 'runs: {}\n', 'bench/corpus/x/action.yml': 'runs: {}\n', 'new.txt': 'untracked\n' })
    const git = (...args: string[]) => spawnSync('git', args, { cwd: ws.root, encoding: 'utf8' })
    git('init', '-q')
    git('add', '.gitignore', 'action.yml')
    expect(new Workspace(ws.root).files()).toEqual(['.gitignore', 'action.yml', 'new.txt'])
  })

  it('walks the directory outside a git work tree, skipping .git and node_modules', () => {
    ws = tempWorkspace({ 'a/b.yml': 'x', 'node_modules/p/action.yml': 'x', 'c.txt': 'y' })
    expect(new Workspace(ws.root).files()).toEqual(['a/b.yml', 'c.txt'])
  })

  it('refuses paths that leave the workspace, through .. or a symlink', () => {
    ws = tempWorkspace({ 'inside.txt': 'ok' })
    const outside = fs.mkdtempSync(path.join(path.dirname(ws.root), 'outside-'))
    try {
      fs.writeFileSync(path.join(outside, 'secret.txt'), 'no')
      fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(ws.root, 'link.txt'))
      const workspace = new Workspace(ws.root)
      expect(workspace.readText('inside.txt')).toEqual({ ok: true, text: 'ok' })
      expect(() => workspace.resolve('../outside/secret.txt')).toThrow(/outside the workspace/)
      expect(() => workspace.resolve('/etc/passwd')).toThrow(/outside the workspace/)
      expect(workspace.readText('link.txt')).toEqual({ ok: false, reason: 'path link.txt resolves outside the workspace' })
    } finally {
      fs.rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('Workspace inside a git work tree', () => {
  it('audits a directory git ignores as a whole as a plain directory', () => {
    ws = tempWorkspace({ '.gitignore': 'generated/\n', 'generated/.github/workflows/a.yml': 'on: push\n', 'generated/b.txt': 'x' })
    spawnSync('git', ['init', '-q'], { cwd: ws.root })
    expect(new Workspace(path.join(ws.root, 'generated')).files()).toEqual(['.github/workflows/a.yml', 'b.txt'])
  })
})
