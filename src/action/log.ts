/**
 * Untrusted text in the runner's log. The runner reads every line of the step's output as a possible
 * workflow command (`::name::`, and the legacy `##[name]` anywhere in a line); text from a repository could
 * forge annotations, mask values or switch off chaingate's own commands. Such text is printed only between
 * `::stop-commands::<token>` and `::<token>::`, with a token nobody can guess, and each line is escaped for
 * the text channel as well (src/report/escape.ts), so a line break in a name cannot end the block early.
 */
import { randomBytes } from 'node:crypto'
import * as core from '@actions/core'
import { textLine } from '../report/escape.js'

/** Prints `lines` (already escaped with textField / formatFinding) with workflow commands switched off. */
export function logUntrusted(lines: Iterable<string>): void {
  const token = `chaingate-${randomBytes(16).toString('hex')}`
  core.info(`::stop-commands::${token}`)
  try {
    for (const line of lines) for (const part of line.split(/\r\n|\r|\n/)) core.info(textLine(part))
  } finally {
    core.info(`::${token}::`)
  }
}
