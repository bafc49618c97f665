/**
 * The few git commands pull-request dependency review runs in the checkout: always `git` with an argument
 * array (no shell), never a prompt, output as bytes. A command that fails returns its exit code and
 * standard error instead of throwing, so callers turn it into a reason.
 */

export interface GitResult {
  ok: boolean
  stdout: Buffer
  stderr: string
  code: number | null
}

/** Lockfiles of large monorepos run to tens of megabytes. */
const MAX_OUTPUT = 256 * 1024 * 1024

export function git(cwd: string, args: string[]): Promise<GitResult> {
  // Loaded on the first git call, not at start-up: child_process pulls in the network modules (cold start).
  const { execFile } = process.getBuiltinModule('node:child_process')
  return new Promise((resolve) => {
    execFile(
      'git',
      ['-c', 'core.quotepath=off', ...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_OUTPUT,
        windowsHide: true,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' }
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : null) : 0
        resolve({ ok: !error, stdout: stdout ?? Buffer.alloc(0), stderr: (stderr ?? Buffer.alloc(0)).toString('utf8').trim(), code })
      }
    )
  })
}

/** A 40- or 64-hex commit id (what event payloads carry); anything else is refused before git sees it. */
export function isCommitId(value: unknown): value is string {
  return typeof value === 'string' && /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(value)
}
