/** Small text helpers shared by the analyses. */
import type { Step } from '../types.js'

/** `text` as a literal inside a regular expression. */
export { escapeRegExp } from '../../escape-regexp.js'

export function stepLabelOf(step: Step): string {
  return `step ${step.index + 1}${step.uses ? ` (${step.uses.name})` : ''}`
}
