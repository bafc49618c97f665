/** What the rules about `if:` conditions share (bot-conditions, unsound-contains): rewriting one part of a condition for a fix. */
import type { Str } from '../../workflow/index.js'

/** The `if:` with one node of one of its expressions replaced. */
export function rewrite(condition: Str, expression: { valueStart: number; bare?: boolean }, node: { start: number; end: number }, replacement: string): string {
  const offset = expression.valueStart + (expression.bare ? 0 : 3)
  const value = condition.value
  const rewritten = `${value.slice(0, offset + node.start)}${replacement}${value.slice(offset + node.end)}`.trim()
  return `if: ${/^[!&*{[|>'"%@`]/.test(rewritten) || /: /.test(rewritten) ? JSON.stringify(rewritten) : rewritten}`
}
