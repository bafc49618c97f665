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
    const place = [this.file, this.line, this.line !== undefined ? this.column : undefined]
      .filter((part) => part !== undefined)
      .join(':')
    return place ? `${place}: ${this.message}` : this.message
  }
}

export const EXIT_PASS = 0
export const EXIT_POLICY_VIOLATED = 1
export const EXIT_CONFIGURATION_ERROR = 2
export const EXIT_INTERNAL_ERROR = 3

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
