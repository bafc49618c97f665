/**
 * The command as a process (bundled from the sources): help for every verb, and the process's own failures
 * with the documented exit codes and no stack trace: a reader that goes away (`chaingate rules | head -1`)
 * and a full disk (`chaingate check > /dev/full`).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type StdioOptions } from 'node:child_process'
import fs from 'node:fs'
import { buildBundle, type Bundle } from '../../test/support/bundle.js'
import { PINNED_WORKFLOW, tempWorkspace } from '../../test/support/workspace.js'

let bundle: Bundle
beforeAll(() => {
  bundle = buildBundle()
}, 120_000)
afterAll(() => bundle?.cleanup())

interface Run {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

/** Runs the command; `stdout: 'closed'` closes the read end of its stdout pipe at once (as `| head` does). */
async function run(args: string[], options: { stdout?: 'pipe' | 'closed' | number; cwd?: string } = {}): Promise<Run> {
  const stdio: StdioOptions = ['ignore', typeof options.stdout === 'number' ? options.stdout : 'pipe', 'pipe']
  const child = spawn(process.execPath, [bundle.cli, ...args], { stdio, cwd: options.cwd ?? process.cwd(), env: { PATH: process.env.PATH ?? '' } })
  let stdout = ''
  let stderr = ''
  if (options.stdout === 'closed') child.stdout!.destroy()
  else child.stdout?.on('data', (chunk) => (stdout += chunk))
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (exit, sig) => resolve([exit, sig])))
  return { code, signal, stdout, stderr }
}

describe('chaingate, the process', () => {
  it.each([['rules'], ['schema'], ['check'], ['sign'], ['verify']])('%s --help prints its usage and exits 0', async (verb) => {
    const result = await run([verb, '--help'])
    expect(result).toEqual(expect.objectContaining({ code: 0, stderr: '' }))
    expect(result.stdout).toMatch(new RegExp(`^usage: chaingate ${verb}\\b`))
  })

  it("exits quietly with the command's own code when the reader of its output goes away (EPIPE)", async () => {
    for (const args of [['rules'], ['rules', '--format', 'json'], ['schema']]) {
      const result = await run(args, { stdout: 'closed' })
      expect(result).toEqual({ code: 0, signal: null, stdout: '', stderr: '' })
    }
  })

  it("keeps the verdict's exit code when the reader goes away during a check", async () => {
    const ws = tempWorkspace({
      '.github/workflows/ci.yml': PINNED_WORKFLOW.replace('actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', 'tj-actions/changed-files@v45')
    })
    try {
      const result = await run(['check', '.', '--offline', '--format', 'json'], { stdout: 'closed', cwd: ws.root })
      expect(result).toEqual({ code: 1, signal: null, stdout: '', stderr: '' })
    } finally {
      ws.cleanup()
    }
  })

  it('is one line and exit 3 on a full disk (/dev/full), for standard output and for --output', async () => {
    const ws = tempWorkspace({ '.github/workflows/ci.yml': PINNED_WORKFLOW })
    const full = fs.openSync('/dev/full', 'w')
    try {
      for (const args of [['rules'], ['check', '.', '--offline']]) {
        const result = await run(args, { stdout: full, cwd: ws.root })
        expect(result).toEqual({ code: 3, signal: null, stdout: '', stderr: 'chaingate: cannot write standard output: no space left on the device (ENOSPC)\n' })
      }
      const toFile = await run(['check', '.', '--offline', '--format', 'json', '--output', '/dev/full'], { cwd: ws.root })
      expect(toFile.code).toBe(3)
      expect(toFile.stderr).toBe('chaingate: cannot write /dev/full: no space left on the device (ENOSPC)\n')
    } finally {
      fs.closeSync(full)
      ws.cleanup()
    }
  })
})
