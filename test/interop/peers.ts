/**
 * The peers scripts/install-peers.sh installed: `<cache>/bin/<tool>`, cache
 * `${CHAINGATE_PEERS_DIR:-$HOME/.cache/chaingate-peers}`. A missing peer is an error with the reason, never
 * a skipped test.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const PEERS_DIR = process.env.CHAINGATE_PEERS_DIR || path.join(os.homedir(), '.cache', 'chaingate-peers')

export function peer(tool: string): string {
  const file = path.join(PEERS_DIR, 'bin', tool)
  if (!fs.existsSync(file)) throw new Error(`${tool} is not installed in ${PEERS_DIR}/bin: run scripts/install-peers.sh (npm run test:interop does)`)
  return file
}

export interface Run {
  code: number
  stdout: string
  stderr: string
}

/** Runs a peer; never throws on a non-zero exit (the tests look at the code and the output). */
export function run(file: string, args: string[], options: { env?: Record<string, string | undefined>; cwd?: string; timeoutMs?: number } = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { env: { ...process.env, ...options.env } as NodeJS.ProcessEnv, cwd: options.cwd, timeout: options.timeoutMs ?? 120_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof (error as { code?: unknown }).code === 'number' ? (error as { code: number }).code : 1) : 0, stdout, stderr })
      }
    )
  })
}
