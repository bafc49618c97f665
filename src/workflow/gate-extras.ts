/**
 * Gates the first pass of the hand review (bench/hand-review.md, category B) found uncredited, kept apart
 * from analysis.ts's gate reader so they can move with it:
 *
 * - `github.event.pull_request.head.repo.full_name == 'owner/repo'` (a literal): the pull request comes from
 *   that one repository's branches, which only its writers push, never from an arbitrary fork;
 * - `github.event.pull_request.merged` (bare, `== true`, `!= false`): a maintainer merged it;
 * - a condition split by event: in `A && (github.event_name == 'workflow_dispatch' || (X && gate))`, the
 *   disjuncts that only hold on events outsiders cannot cause are not the outsiders' way in, so the gates
 *   of the one disjunct left apply.
 */
import type { ExprNode } from './expressions.js'
import { FORK_REACHABLE_EVENTS } from './contexts.js'

export type ExtraGate = { kind: 'same-repository'; note: string } | { kind: 'merged'; note: string }

const HEAD_FULL_NAME = /(?:\.head\.repo\.full_name|\.head_repository\.full_name)$/
const MERGED = /^github\.event\.pull_request\.merged$/

export function extraGateOf(node: ExprNode): ExtraGate | null {
  if (node.kind === 'context' && MERGED.test(node.path)) return { kind: 'merged', note: 'the pull request was merged by a maintainer' }
  if (node.kind !== 'binary' || (node.op !== '==' && node.op !== '!=')) return null
  const sides = [node.left, node.right]
  const path = sides.find((side): side is Extract<ExprNode, { kind: 'context' }> => side.kind === 'context')?.path
  const literal = sides.find((side): side is Extract<ExprNode, { kind: 'literal' }> => side.kind === 'literal')?.value
  if (!path || literal === undefined) return null
  if (HEAD_FULL_NAME.test(path) && node.op === '==' && typeof literal === 'string' && /^[\w.-]+\/[\w.-]+$/.test(literal)) {
    return { kind: 'same-repository', note: `the pull request comes from ${literal}` }
  }
  if (MERGED.test(path) && ((node.op === '==' && literal === true) || (node.op === '!=' && literal === false))) {
    return { kind: 'merged', note: 'the pull request was merged by a maintainer' }
  }
  return null
}

/**
 * The events a condition pins the run to (a top-level `&&` part `github.event_name == 'x'`, or an `||` of
 * such), or null when it does not: a job whose `if:` holds only on `push` never runs on the events outsiders cause.
 */
export function conditionEvents(node: ExprNode | null): Set<string> | null {
  if (!node) return null
  let out: Set<string> | null = null
  for (const part of topConjuncts(node)) {
    const events = pinnedEvents(part)
    if (!events) continue
    const previous: Set<string> | null = out
    out = previous ? new Set([...previous].filter((event: string) => events.has(event))) : events
  }
  return out
}

/** The events a conjunct pins the run to (`github.event_name == 'x'`, or `||` of such), or null. */
function pinnedEvents(node: ExprNode): Set<string> | null {
  if (node.kind === 'binary' && node.op === '||') {
    const left = pinnedEvents(node.left)
    const right = pinnedEvents(node.right)
    return left && right ? new Set([...left, ...right]) : null
  }
  if (node.kind !== 'binary' || node.op !== '==') return null
  const sides = [node.left, node.right]
  if (!sides.some((side) => side.kind === 'context' && side.path === 'github.event_name')) return null
  const literal = sides.find((side): side is Extract<ExprNode, { kind: 'literal' }> => side.kind === 'literal')?.value
  return typeof literal === 'string' ? new Set([literal.toLowerCase()]) : null
}

function disjuncts(node: ExprNode): ExprNode[] {
  return node.kind === 'binary' && node.op === '||' ? [...disjuncts(node.left), ...disjuncts(node.right)] : [node]
}

function topConjuncts(node: ExprNode): ExprNode[] {
  return node.kind === 'binary' && node.op === '&&' ? [...topConjuncts(node.left), ...topConjuncts(node.right)] : [node]
}

/**
 * For an `||` node: the one disjunct outsiders can reach, when every other disjunct is pinned (by one of its
 * `&&` parts) to events outsiders cannot cause; otherwise null.
 */
export function outsiderDisjunct(node: ExprNode): ExprNode | null {
  if (node.kind !== 'binary' || node.op !== '||') return null
  const reachable = disjuncts(node).filter((part) => {
    const pins = topConjuncts(part)
      .map(pinnedEvents)
      .filter((events): events is Set<string> => events !== null)
    return pins.length === 0 || pins.every((events) => [...events].some((event) => FORK_REACHABLE_EVENTS.has(event)))
  })
  return reachable.length === 1 ? reachable[0]! : null
}
