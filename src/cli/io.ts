/** What a CLI command may touch of the process, injected so tests run commands in-process. */
import { EXIT_INTERNAL_ERROR, writeError } from '../model/errors.js'

export interface CliIo {
  env: Record<string, string | undefined>
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** The process's own streams, which a verb may make synchronous (src/runtime/sync-stdio.ts) before writing. */
  synchronousStdio?: boolean
}

export interface ProcessIo extends CliIo {
  /**
   * Called with the command's exit code once it is done: waits until standard output has taken everything,
   * and returns the code to exit with. A reader that went away (`chaingate rules | head -1`, EPIPE) is not an
   * error: the rest of the output is dropped and the command's own code stands. Any other failure to write
   * standard output (`> /dev/full`) is one line on standard error and exit 3.
   */
  finish: (code: number) => Promise<number>
}

export function processIo(): ProcessIo {
  let failure: NodeJS.ErrnoException | undefined
  // The streams are touched at the first write, not before: a verb may replace them first (the check verb
  // writes synchronously to a pipe or file, src/runtime/sync-stdio.ts), and Node creates each on first use.
  let listening = false
  const listen = (): void => {
    if (listening) return
    listening = true
    // Without a listener, a failed write to standard output is an uncaught 'error' event: a stack trace, exit 1.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      failure ??= error
    })
    // Nowhere left to report a failure of standard error itself.
    process.stderr.on('error', () => {})
  }
  const stderr = (text: string): void => {
    listen()
    if (!process.stderr.destroyed) process.stderr.write(text)
  }
  return {
    env: process.env,
    cwd: process.cwd(),
    synchronousStdio: true,
    stdout: (text) => {
      listen()
      if (!failure && !process.stdout.destroyed) process.stdout.write(text)
    },
    stderr,
    finish: async (code) => {
      if (!listening) return code
      if (!failure && !process.stdout.destroyed) await new Promise<void>((resolve) => process.stdout.write('', () => resolve()))
      if (!failure || failure.code === 'EPIPE') return code
      stderr(`chaingate: ${writeError('standard output', failure).message}\n`)
      return EXIT_INTERNAL_ERROR
    }
  }
}
