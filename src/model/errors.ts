/**
 * Errors have a type. A ConfigurationError is the user's to fix (bad policy, bad input, unreadable file):
 * it is printed as one line, with file and line when known, and the process exits 2. Anything else is a
 * bug and is printed with its stack.
 */
export class ConfigurationError extends Error {
  readonly file?: string
  readonly line?: number
  readonly column?: number

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message)
    this.name = 'ConfigurationError'
    this.file = where.file
    this.line = where.line
    this.column = where.column
  }

  /** `file:line:col: message`, the way compilers print it. */
  oneLine(): string {
    const place = [this.file, this.line, this.line !== undefined ? this.column : undefined].filter((part) => part !== undefined).join(':')
    return place ? `${place}: ${this.message}` : this.message
  }
}

/**
 * The process could not write its output (a full disk, a failing device): not the user's input and not a
 * bug. Printed as one line; exit 3, like an internal error, since the run did not complete.
 */
export class OutputError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OutputError'
  }
}

/** Write errors that are the machine's, not the path's: OutputError rather than ConfigurationError. */
const MACHINE_WRITE_ERRORS: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EIO: 'input/output error',
  EFBIG: 'file too large'
}

/** The error to throw for a failed write of `shown` (a file name or "standard output"). */
export function writeError(shown: string, error: unknown): ConfigurationError | OutputError {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code && code in MACHINE_WRITE_ERRORS) return new OutputError(`cannot write ${shown}: ${MACHINE_WRITE_ERRORS[code]} (${code})`)
  if (code === 'ELOOP') return new ConfigurationError(`cannot write ${shown}: it is a symbolic link (chaingate does not write through one)`)
  return new ConfigurationError(`cannot write ${shown}: ${code ?? errorMessage(error)}`)
}

export const EXIT_PASS = 0
export const EXIT_POLICY_VIOLATED = 1
export const EXIT_CONFIGURATION_ERROR = 2
export const EXIT_INTERNAL_ERROR = 3

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
