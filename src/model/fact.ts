/**
 * Facts: what rules are evaluated on. A fact is either known (with its value) or unknown (with why, and
 * what to grant so it can be seen). Rules never see a value that was not fetched.
 */
import type { FactContext } from '../facts/context.js'

export type UnknownCause =
  | 'no-token' // no GitHub token was given: the run is offline
  | 'permission' // the token lacks a permission (403/404 on a settings endpoint)
  | 'not-available' // feature not on this plan, instance or repository
  | 'api-error' // 5xx, network failure, rate limit exhausted
  | 'not-applicable' // e.g. no organization for a user-owned repository
  | 'other-event' // the run's event is not one the check applies to (a pull-request check on a push)
  | 'no-target' // no repository was named (offline local checkout)

/**
 * A subject a known fact could not cover (an action reference that was not resolved): the fact is known for
 * the rest. A rule that reads such a fact either reports these subjects itself (it lists the fact in
 * `gapsHandled`) or the engine adds an `unknown` result naming them, so they are never silently dropped.
 */
export interface Gap {
  subject: string
  reason: string
  permission?: string
}

export type Fact<T> = { known: true; value: T; gaps?: Gap[] } | { known: false; cause: UnknownCause; reason: string; permission?: string }

export type UnknownFact = Extract<Fact<unknown>, { known: false }>

export function known<T>(value: T, gaps: Gap[] = []): Fact<T> {
  return gaps.length > 0 ? { known: true, value, gaps } : { known: true, value }
}

export function unknownFact(cause: UnknownCause, reason: string, permission?: string): UnknownFact {
  return permission ? { known: false, cause, reason, permission } : { known: false, cause, reason }
}

/**
 * Where a fact lives. `run` (the default): fetched at most once per run and shared by every rule.
 * `workflow-group`: derived from parsed workflow files; computed once per group of related workflow files
 * (see src/workspace/workflow-prescan.ts) and dropped after the group is audited, so the parsed documents of
 * a large repository are never all in memory at once.
 */
export type FactScope = 'run' | 'workflow-group'

/** The fact every API fact is when no repository was named (an offline run on a local checkout). */
export function noTarget(): UnknownFact {
  return unknownFact('no-target', 'no repository was named (use --repo owner/name or GITHUB_REPOSITORY)')
}

/** A fact definition: an id (for caching and reports) and how to fetch it. */
export interface FactDef<T> {
  id: string
  scope?: FactScope
  fetch(ctx: FactContext): Promise<Fact<T>>
}

export function defineFact<T>(id: string, fetch: (ctx: FactContext) => Promise<Fact<T>>, options: { scope?: FactScope } = {}): FactDef<T> {
  return options.scope ? { id, scope: options.scope, fetch } : { id, fetch }
}

export function isGroupScoped(def: FactDef<unknown>): boolean {
  return def.scope === 'workflow-group'
}
