/**
 * A rule: one check, in one file, with its metadata. Rules are pure: they read facts that the engine
 * fetched for them and return results. No I/O happens inside `evaluate`.
 */
import type { Area, Confidence, DetailValue, Location, RelatedLocation, Severity } from './finding.js'
import type { Fact, FactDef } from './fact.js'

/** What a rule needs from the token. Drives the `baseline` preset and the permissions table in the docs. */
export interface RuleAccess {
  /**
   * `none`: workspace files only, works offline.
   * `github-token`: the default `GITHUB_TOKEN` of a workflow can read it (with `githubToken` scopes).
   * `elevated`: needs a fine-grained PAT, a GitHub App or an admin/owner token (the `admin-token` input).
   */
  token: 'none' | 'github-token' | 'elevated'
  /** Workflow `permissions:` scopes the GITHUB_TOKEN needs, e.g. `contents: read`. */
  githubToken?: string[]
  /** Fine-grained PAT / GitHub App permissions, e.g. `Administration: read`. */
  fineGrained?: string[]
  /** Free text for special cases (org owner, GHAS licence, GHES version). */
  note?: string
}

export interface RuleMeta {
  id: string
  area: Area
  severity: Severity
  title: string
  /** Why it matters, one or two sentences. */
  rationale: string
  /** What to do about a failure. */
  remediation: string
  /** Guide, SLSA, OSPS Baseline and peer references (control ids or URLs). */
  references: string[]
  access: RuleAccess
  /** In the `baseline` preset (what a default GITHUB_TOKEN can see). Defaults to `access.token !== 'elevated'`. */
  baseline?: boolean
}

/** One outcome of a rule. The engine adds rule id, area and (unless overridden) severity. */
export interface RuleResult {
  status: 'fail' | 'pass' | 'unknown'
  message: string
  location?: Location
  severity?: Severity
  /** See Finding: how sure the rule is of this result, and the other places it involves. */
  confidence?: Confidence
  relatedLocations?: RelatedLocation[]
  permission?: string
  fix?: string
  /** See Finding: the package, advisory ids and fixed versions of findings about a package's advisory. */
  purl?: string
  advisories?: string[]
  covers?: string[]
  fixedVersions?: string[]
  details?: Record<string, DetailValue>
}

/** What `evaluate` gets: the facts it declared (already fetched), its options, and the run's clock. */
export interface RuleContext<Options> {
  fact<T>(def: FactDef<T>): Fact<T>
  /**
   * The value of a fact the rule `needs`: the engine runs a rule only when all its `needs` are known, so this
   * never meets an unknown one (it throws if asked for an unknown fact, which the engine reports as an
   * internal error, never a pass).
   */
  need<T>(def: FactDef<T>): T
  options: Options
  now: Date
}

export interface Rule<Options extends object = Record<string, never>> {
  meta: RuleMeta
  /** Facts without which the rule cannot decide: if one is unknown, the rule is `unknown` without running. */
  needs: FactDef<unknown>[]
  /** Facts the rule uses when known and copes without (it reads them with `ctx.fact` and checks `known`). */
  uses?: FactDef<unknown>[]
  /**
   * Facts whose gaps (subjects they could not cover, `Fact.gaps`) this rule deals with itself: it reports
   * them `unknown` per subject, or does not depend on them. For any other fact it reads, the engine adds
   * an `unknown` result naming the gaps.
   */
  gapsHandled?: FactDef<unknown>[]
  /**
   * Facts the rule reads only with some options (e.g. a registry look-up for `max-age-days`), used like
   * `uses`: fetched only when the rule's options call for them, so a default run stays offline.
   */
  usesWith?(options: Options): FactDef<unknown>[]
  /** Defaults; the policy file may override any key. */
  defaultOptions: Options
  /** Option values for the `strict` preset. */
  strictOptions?: Partial<Options>
  /** JSON Schema (draft 2020-12 subset) of the options object, used to validate the policy file. */
  optionsSchema?: Record<string, unknown>
  /**
   * Checks between options the schema cannot express (e.g. two lists that exclude each other), on the
   * options the policy file sets; each problem stops the run with the file and line of `key`.
   */
  checkOptions?(options: Partial<Options>): Array<{ key: string; message: string }>
  /**
   * Returns the rule's results. An empty list means the rule looked at everything it needed and found
   * nothing wrong: the engine records one `pass`.
   */
  evaluate(ctx: RuleContext<Options>): RuleResult[]
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>

export function defineRule<Options extends object = Record<string, never>>(rule: Rule<Options>): Rule<Options> {
  return rule
}

export function inBaseline(meta: RuleMeta): boolean {
  return meta.baseline ?? meta.access.token !== 'elevated'
}
