/**
 * Untrusted text in the runner's log. The runner reads every line of the step's output as a possible
 * workflow command (`::name::`, and the legacy `##[name]` anywhere in a line); text from a repository could
 * forge annotations, mask values or switch off chaingate's own commands. Such text, when it holds `::` or
 * `##[`, is printed only between `::stop-commands::<token>` and `::<token>::`, with a token nobody can guess,
 * and each line is escaped for the text channel as well (src/report/escape.ts), so a line break in a name
 * cannot end the block early.
 */
import * as core from '@actions/core'
import { textLine } from '../report/escape.js'

/**
 * Prints `lines` (already escaped with textField / formatFinding) with workflow commands switched off. A
 * command needs `::` (a line starting with it) or `##[` (the legacy form); when no line holds either, the
 * runner reads none whatever the block, so it is left out, and so is node:crypto (~4 ms of CPU; cold start).
 */
export function logUntrusted(lines: Iterable<string>): void {
  const parts = [...lines].flatMap((line) => line.split(/\r\n|\r|\n/))
  if (parts.length === 0) return
  // One write for all the lines (core.info adds the last line break): the same bytes as a write per line.
  if (!parts.some((part) => part.includes('::') || part.includes('##['))) {
    core.info(parts.join('\n'))
    return
  }
  const token = `chaingate-${process.getBuiltinModule('node:crypto').randomBytes(16).toString('hex')}`
  core.info(`::stop-commands::${token}`)
  try {
    core.info(parts.map(textLine).join('\n'))
  } finally {
    core.info(`::${token}::`)
  }
}
