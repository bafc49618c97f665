/** Expression helpers for rules: spans of context references, node search, entry positions. */
import type { Node } from '../../workspace/yaml-ast.js'
import { expressionNodeSpan } from '../build.js'
import { walkExpression, type ExprNode } from '../expressions.js'
import type { Expression, Str } from '../types.js'

/** Source span of a context reference inside an expression (for pointing at `github.actor` in an `if:`). */
export function refSpan(doc: { file: { text: string } }, str: Str, expression: Expression, node: { start: number; end: number }): [number, number] {
  return expressionNodeSpan(doc.file, str, expression, node)
}

/** All nodes of an expression matching a predicate. */
export function findNodes(expression: Expression, predicate: (node: ExprNode) => boolean): ExprNode[] {
  const out: ExprNode[] = []
  walkExpression(expression.ast, (node) => {
    if (predicate(node)) out.push(node)
  })
  return out
}

/** The YAML node of an `env:` or `with:` entry, for positions. */
export function entryNode(entry: { keyNode: Node; node: Node | null }): Node {
  return entry.node ?? entry.keyNode
}
