/**
 * The check pipeline: decide which facts the enabled rules need, fetch each once (concurrently), evaluate
 * the rules, apply waivers, reach a verdict. Takes typed options, returns a report; no process.env, no
 * @actions/core.
 */
import type { EventContext, FactContext, Target } from './facts/context.js'
import { FactStore } from './facts/store.js'
import type { GitHubClient } from './github/client.js'
import { isGroupScoped, type Fact, type FactDef, type Gap, type UnknownFact } from './model/fact.js'
import { ConfigurationError, errorMessage } from './model/errors.js'
import { atLeast, confidenceRank, severityRank, type Confidence, type Finding, type Severity } from './model/finding.js'
import type { AnyRule, RuleResult } from './model/rule.js'
import type { Policy } from './policy/types.js'
import { applyWaivers, EXPIRED_WAIVER_RULE_ID } from './policy/waivers.js'
import { globMatcher, globsNeedLibrary } from './policy/globs.js'
import { GlobLibraryPending, loadGlobLibrary, withGlobLibrary } from './policy/glob-library.js'
import type { Workspace } from './workspace/workspace.js'
import { workflowPrescanFact } from './workspace/workflow-prescan.js'
import { capYoungGeneration } from './runtime/young-generation.js'
import type { CheckReport, Counts } from './report/types.js'
import { inventoryFact } from './inventory/fact.js'
import { licensesFact } from './inventory/licenses/fact.js'
import { summariseInventory, type InventorySummary } from './inventory/summary.js'
import fs from 'node:fs'
import { advisoriesFact } from './advisories/fact.js'
import { dependencyDiffFact, summariseDiff } from './pull-request/dependency-diff.js'
import type { AdvisoriesSummary, DependencyReviewReport, SbomUsed } from './report/types.js'

export interface CheckOptions {
  workspace: Workspace
  policy: Policy
  rules: AnyRule[]
  github: GitHubClient | null
  elevated?: GitHubClient | null
  target: Target | null
  event?: EventContext | null
  now?: Date
  tool: { name: string; version: string }
  /** How the checked path is shown in the report (e.g. `.`). */
  displayPath?: string
  /** The advisory source of the run (src/advisories/sources/). */
  advisories?: FactContext['advisories']
  /** SBOM files read into the inventory (`check --sbom`). */
  sbom?: FactContext['sbom']
  /** Images the build pushes (`check --image`). */
  images?: FactContext['images']
  /** Registries image facts may read; their requests are counted in `stats.apiRequests`. */
  registries?: FactContext['registries']
  /**
   * Tests only: facts taken as given instead of fetched, by id (group facts in every group). The
   * no-false-pass property test forces one declared fact to `unknown` with it; a run never sets it.
   */
  facts?: ReadonlyMap<string, Fact<unknown>>
}

export async function runCheck(options: CheckOptions): Promise<CheckReport> {
  const started = process.hrtime.bigint()
  const now = options.now ?? new Date()
  const { workspace, policy } = options
  // minimatch is loaded only for globs that need it (cold start; src/policy/glob-library.ts).
  if (globsNeedLibrary(policy.ignorePaths) || policy.waivers.length > 0) await loadGlobLibrary()
  const ignored = globMatcher(policy.ignorePaths)
  workspace.isIgnored = ignored
  const base = {
    workspace,
    github: options.github,
    elevated: options.elevated ?? null,
    target: options.target,
    event: options.event ?? null,
    now,
    ...(options.sbom ? { sbom: options.sbom } : {}),
    ...(options.advisories ? { advisories: options.advisories } : {}),
    ...(options.images ? { images: options.images } : {}),
    ...(options.registries ? { registries: options.registries } : {})
  }
  const store = new FactStore(base, null, options.facts)
  const enabled = options.rules.filter((rule) => policy.rules.get(rule.meta.id)?.enabled)
  const factsOf = (rule: AnyRule): FactDef<unknown>[] => [
    ...rule.needs,
    ...(rule.uses ?? []),
    ...(rule.usesWith?.(policy.rules.get(rule.meta.id)!.options) ?? [])
  ]
  const perGroup = (rule: AnyRule): boolean => factsOf(rule).some(isGroupScoped)
  const runFacts = new Map<string, FactDef<unknown>>()
  const groupFacts = new Map<string, FactDef<unknown>>()
  for (const rule of enabled) for (const def of factsOf(rule)) (isGroupScoped(def) ? groupFacts : runFacts).set(def.id, def)
  await store.getAll(runFacts.values())

  const resultsByRule = new Map<AnyRule, RuleResult[]>()
  const runRules = enabled.filter((candidate) => !perGroup(candidate))
  const runResults = await withGlobLibrary(() => runRules.map((rule) => runRule(rule, policy.rules, store, now)))
  runRules.forEach((rule, index) => resultsByRule.set(rule, runResults[index]!))

  // Rules over parsed workflow files run one group of related files at a time; each group's documents are
  // dropped before the next is parsed.
  const groupRules = enabled.filter(perGroup)
  if (groupRules.length > 0) {
    const prescan = await store.get(workflowPrescanFact)
    const groups = prescan.known && prescan.value.groups.length > 0 ? prescan.value.groups : [prescan.known ? [] : null]
    const byId = await auditGroups(store, groups, groupRules, [...groupFacts.values()], policy.rules, now)
    for (const rule of groupRules) resultsByRule.set(rule, byId.get(rule.meta.id) ?? [])
  }

  const findings: Finding[] = []
  // min-confidence: failures the analysis is less sure of are left out, and counted (never silently).
  const confidenceSet = policy.minConfidence !== undefined || enabled.some((rule) => policy.rules.get(rule.meta.id)?.minConfidence !== undefined)
  let belowMinConfidence = 0
  for (const rule of enabled) {
    const converted = toFindings(rule, policy, distinct(resultsByRule.get(rule) ?? []))
    findings.push(...converted.findings)
    belowMinConfidence += converted.leftOut
  }

  // VEX first (a statement that the product is not affected), then the policy's waivers on what still fails.
  let vexDocuments: string[] | undefined
  if (findings.some((finding) => finding.advisories && finding.purl) || (policy.vex?.length ?? 0) > 0) {
    const { loadVex, applyVex } = await import('./advisories/vex-apply.js')
    await loadGlobLibrary()
    const vex = loadVex(workspace, policy.vex)
    vexDocuments = vex.documents
    findings.splice(0, findings.length, ...applyVex(findings, vex.statements))
  }
  // Waivers by package URL compare with packageurl-js, loaded only when a waiver names one.
  const comparePurl = policy.waivers.some((waiver) => (waiver.purls?.length ?? 0) > 0) ? (await import('./advisories/vex.js')).purlMatches : undefined
  const outcome = applyWaivers(findings, policy.waivers, now, (path) => workspace.cachedText(path), comparePurl)
  const all = outcome.findings
  const expiredRule = options.rules.find((rule) => rule.meta.id === EXPIRED_WAIVER_RULE_ID)
  if (expiredRule && policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.enabled !== false) {
    for (const waiver of outcome.expired) {
      all.push({
        rule: EXPIRED_WAIVER_RULE_ID,
        area: expiredRule.meta.area,
        severity: policy.rules.get(EXPIRED_WAIVER_RULE_ID)?.severity ?? expiredRule.meta.severity,
        status: 'fail',
        message: `waiver for ${waiver.rule}${waiverScope(waiver)} expired on ${waiver.expires} and no longer applies (reason was: ${waiver.reason})`,
        ...(waiver.location ? { location: waiver.location } : {})
      })
    }
  }
  all.sort(compareFindings)
  const counts = countFindings(all, policy)
  if (confidenceSet) counts.belowMinConfidence = belowMinConfidence
  // The inventory is reported when the dependency rules collected it (the baseline enables them).
  let inventory: InventorySummary | undefined
  if (runFacts.has(inventoryFact.id)) {
    const fact = store.peek(inventoryFact)
    const licenses = runFacts.has(licensesFact.id) ? store.peek(licensesFact) : undefined
    if (fact.known) inventory = summariseInventory(fact.value, licenses?.known ? licenses.value : undefined)
  }
  const advisories = runFacts.has(advisoriesFact.id) ? advisoriesSummary(store.peek(advisoriesFact)) : undefined
  const review = runFacts.has(dependencyDiffFact.id) ? store.peek(dependencyDiffFact) : undefined
  const dependencyReview: DependencyReviewReport | undefined = review?.known
    ? {
        ...summariseDiff(review.value),
        vulnerabilities: all
          .filter((finding) => finding.details?.introduced === true && finding.advisories)
          .map((finding) => ({
            rule: finding.rule,
            status: finding.status,
            severity: finding.severity,
            ...(finding.purl ? { purl: finding.purl } : {}),
            name: String(finding.details!.name ?? ''),
            version: (finding.details!.version as string | null) ?? null,
            advisories: finding.advisories!,
            fixedVersions: finding.fixedVersions ?? []
          }))
      }
    : undefined
  const sboms = options.sbom?.files.map((file): SbomUsed => {
    try {
      // node:crypto is loaded here, not at start-up: a check without --sbom never needs it (cold start).
      const { createHash } = process.getBuiltinModule('node:crypto')
      return { path: file.displayPath, sha256: createHash('sha256').update(fs.readFileSync(file.absolutePath)).digest('hex') }
    } catch (error) {
      throw new ConfigurationError(`could not read the SBOM to record its digest: ${errorMessage(error)}`, { file: file.displayPath })
    }
  })
  return {
    version: 1,
    tool: options.tool,
    target: {
      repository: options.target ? `${options.target.owner}/${options.target.repo}` : null,
      ref: options.target?.ref ?? null,
      path: options.displayPath ?? '.'
    },
    verdict: counts.failing > 0 ? 'fail' : 'pass',
    policy: {
      source: policy.source,
      extends: policy.extends,
      failOn: policy.failOn,
      onUnknown: policy.onUnknown,
      ...(policy.minConfidence ? { minConfidence: policy.minConfidence } : {})
    },
    counts,
    findings: all,
    ...(inventory ? { inventory } : {}),
    ...(advisories ? { advisories } : {}),
    ...(dependencyReview ? { dependencyReview } : {}),
    ...(vexDocuments && vexDocuments.length > 0 ? { vex: { documents: vexDocuments } } : {}),
    ...(sboms && sboms.length > 0 ? { sboms } : {}),
    stats: {
      apiRequests:
        (options.github?.counter.count ?? 0) +
        (options.elevated && options.elevated.counter !== options.github?.counter ? options.elevated.counter.count : 0) +
        (options.registries?.requests() ?? 0),
      durationMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
      filesScanned: workspace.filesRead
    }
  }
}

/**
 * The rule's results over the facts in `store`: [] when it found nothing; `unknown` when it could not run. A
 * rule that meets a glob before minimatch is loaded throws GlobLibraryPending: its callers run their rules
 * through `withGlobLibrary`, which loads it and evaluates them again (rules are pure; src/policy/glob-library.ts).
 */
function runRule(rule: AnyRule, settings: Policy['rules'], store: FactStore, now: Date): RuleResult[] {
  return evaluateRule(rule, settings.get(rule.meta.id)!.options, (def) => store.peek(def), now)
}

/**
 * One rule over facts (`peek` gives each fact already fetched): `unknown` (or "not applicable") without
 * running it when a needed fact is unknown; `unknown` when it throws; plus one `unknown` for the gaps of the
 * facts it read that it does not handle. The engine's own path, also what the rule tester runs.
 */
export function evaluateRule(rule: AnyRule, options: unknown, peek: <T>(def: FactDef<T>) => Fact<T>, now: Date): RuleResult[] {
  let missing: UnknownFact | undefined
  for (const def of rule.needs) {
    const needed = peek(def)
    if (!needed.known) {
      missing = needed
      break
    }
  }
  if (missing?.cause === 'other-event') return [{ status: 'pass', message: `not applicable: ${missing.reason}` }]
  if (missing) return [{ status: 'unknown', message: missing.reason, ...(missing.permission ? { permission: missing.permission } : {}) }]
  const read = new Map<string, Fact<unknown>>()
  let results: RuleResult[]
  const fact = <T>(def: FactDef<T>): Fact<T> => {
    const value = peek(def)
    read.set(def.id, value)
    return value
  }
  try {
    results = rule.evaluate({ fact, need: (def) => needValue(def, fact(def)), options, now })
  } catch (error) {
    // The glob library is loaded by the asynchronous caller, which then evaluates the rule again.
    if (error instanceof GlobLibraryPending) throw error
    // A rule that throws is a bug; it must not stop the other rules, and must not pass.
    return [{ status: 'unknown', message: `internal error in rule ${rule.meta.id}: ${errorMessage(error)}` }]
  }
  const unresolved = unhandledGaps(rule, read)
  return unresolved ? [...results, unresolved] : results
}

/** The value of a needed fact; unreachable for an unknown one (the engine does not run the rule then). */
export function needValue<T>(def: FactDef<T>, fact: Fact<T>): T {
  if (!fact.known) throw new Error(`fact ${def.id} is unknown (${fact.reason}) but was read as needed`)
  return fact.value
}

/**
 * Subjects the facts a rule read could not cover, unless the rule reports them itself: one `unknown`
 * result naming them, so a rule that skipped what it could not see never ends as a bare `pass`.
 */
function unhandledGaps(rule: AnyRule, read: Map<string, Fact<unknown>>): RuleResult | null {
  const gaps: Gap[] = []
  for (const [id, fact] of read) if (fact.known && fact.gaps && !rule.gapsHandled?.some((def) => def.id === id)) gaps.push(...fact.gaps)
  if (gaps.length === 0) return null
  const shown = gaps
    .slice(0, 3)
    .map((gap) => `${gap.subject} (${gap.reason})`)
    .join('; ')
  const permission = gaps.find((gap) => gap.permission)?.permission
  return {
    status: 'unknown',
    message: `${gaps.length} subject${gaps.length === 1 ? '' : 's'} could not be checked: ${shown}${gaps.length > 3 ? `; and ${gaps.length - 3} more` : ''}`,
    ...(permission ? { permission } : {})
  }
}

/**
 * The group rules over `groups`, one group at a time: each group gets a child store over a workspace view
 * listing only its files, computes the group facts there and shares the run facts of `store`.
 */
async function auditGroups(
  store: FactStore,
  groups: Array<string[] | null>,
  rules: AnyRule[],
  groupFacts: FactDef<unknown>[],
  settings: Policy['rules'],
  now: Date
): Promise<Map<string, RuleResult[]>> {
  const results = new Map<string, RuleResult[]>(rules.map((rule) => [rule.meta.id, []]))
  const paths = new Map<string, string>()
  for (const group of groups) {
    const view = group ? store.context.workspace.withFiles(group) : store.context.workspace
    const child = store.child({ ...store.context, workspace: view })
    await child.getAll(groupFacts)
    const groupResults = await withGlobLibrary(() => rules.map((rule) => runRule(rule, settings, child, now)))
    rules.forEach((rule, index) => results.get(rule.meta.id)!.push(...groupResults[index]!.map((result) => compact(result, paths))))
    capYoungGeneration()
  }
  return results
}

/**
 * A group's result as kept until the report: its texts as flat strings (a message built by concatenation is
 * otherwise a tree of pieces, some of them slices of the file's text, ~3× its size) and its location's path
 * shared through `paths` (one string per path instead of a copy per location).
 */
function compact(result: RuleResult, paths: Map<string, string>): RuleResult {
  const kept: RuleResult = { ...result, message: flat(result.message) }
  if (result.fix !== undefined) kept.fix = flat(result.fix)
  if (result.location) {
    let path = paths.get(result.location.path)
    if (path === undefined) paths.set(result.location.path, (path = flat(result.location.path)))
    kept.location = { ...result.location, path }
  }
  return kept
}

/** A flat copy of `text`: JSON's round trip allocates a new sequential string, whatever `text` is made of. */
function flat(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string
}

/**
 * Identical results are reported once: a repository-level result repeated by every group of workflow files,
 * or a finding in a local action that several groups include.
 */
function distinct(results: RuleResult[]): RuleResult[] {
  if (results.length < 2) return results
  const seen = new Set<string>()
  return results.filter((result) => {
    const where = result.location
      ? `${result.location.path}:${result.location.startLine}:${result.location.startColumn}:${result.location.endLine}:${result.location.endColumn}`
      : ''
    const key = `${result.status}\u0000${result.severity ?? ''}\u0000${where}\u0000${result.message}\u0000${result.permission ?? ''}\u0000${result.fix ?? ''}\u0000${result.purl ?? ''}\u0000${result.advisories?.join(',') ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Whether a result is a failure the analysis is less sure of than `threshold`. */
export function belowConfidence(result: Pick<RuleResult, 'status' | 'confidence'>, threshold: Confidence | undefined): boolean {
  return threshold !== undefined && result.status === 'fail' && result.confidence !== undefined && confidenceRank(result.confidence) < confidenceRank(threshold)
}

/**
 * The rule's results as findings; `fail` results below the rule's (or the policy's) `min-confidence` are
 * left out and counted in `leftOut`. A rule whose only results were left out records one `pass` that says so.
 */
function toFindings(rule: AnyRule, policy: Policy, results: RuleResult[]): { findings: Finding[]; leftOut: number } {
  const setting = policy.rules.get(rule.meta.id)!
  const threshold = setting.minConfidence ?? policy.minConfidence
  const toFinding = (result: RuleResult): Finding => {
    const finding: Finding = {
      rule: rule.meta.id,
      area: rule.meta.area,
      severity: setting.severity ?? result.severity ?? rule.meta.severity,
      status: result.status,
      message: result.message
    }
    if (result.location) finding.location = result.location
    if (result.confidence) finding.confidence = result.confidence
    if (result.relatedLocations && result.relatedLocations.length > 0) finding.relatedLocations = result.relatedLocations
    if (result.permission) finding.permission = result.permission
    if (result.fix) finding.fix = result.fix
    if (result.purl) finding.purl = result.purl
    if (result.advisories) finding.advisories = result.advisories
    if (result.covers) finding.covers = result.covers
    if (result.fixedVersions) finding.fixedVersions = result.fixedVersions
    if (result.details) finding.details = result.details
    return finding
  }
  if (results.length === 0) return { findings: [toFinding({ status: 'pass', message: `${rule.meta.title}: no problems found` })], leftOut: 0 }
  const kept = results.filter((result) => !belowConfidence(result, threshold))
  const leftOut = results.length - kept.length
  if (kept.length === 0) {
    return {
      findings: [
        toFinding({
          status: 'pass',
          message: `${rule.meta.title}: nothing at or above min-confidence ${threshold} (${leftOut} less certain finding${leftOut === 1 ? '' : 's'} left out)`
        })
      ],
      leftOut
    }
  }
  return { findings: kept.map(toFinding), leftOut }
}

const STATUS_ORDER = { fail: 0, unknown: 1, waived: 2, pass: 3 } as const

/** Code-point order: the same on every machine, and without loading ICU's collation (localeCompare) at start-up. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.location?.path ?? '', b.location?.path ?? '') ||
    (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
    (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0)
  )
}

/** Whether a finding makes the verdict `fail` under the policy's thresholds. */
export function isFailing(finding: Finding, policy: Pick<Policy, 'failOn' | 'onUnknown'>): boolean {
  if (finding.status === 'fail') return policy.failOn !== 'none' && atLeast(finding.severity, policy.failOn as Severity)
  if (finding.status === 'unknown') return policy.onUnknown === 'fail'
  return false
}

function countFindings(findings: Finding[], policy: Policy): Counts {
  const counts: Counts = {
    total: findings.length,
    fail: 0,
    pass: 0,
    unknown: 0,
    waived: 0,
    failing: 0,
    failBySeverity: { critical: 0, high: 0, medium: 0, low: 0, info: 0 }
  }
  for (const finding of findings) {
    counts[finding.status] += 1
    if (finding.status === 'fail') counts.failBySeverity[finding.severity] += 1
    if (isFailing(finding, policy)) counts.failing += 1
  }
  return counts
}

/** The advisory source as the report names it: kind, where, snapshot date, and what it could check. */
function advisoriesSummary(fact: Fact<import('./advisories/model.js').AdvisoryReport>): AdvisoriesSummary {
  if (!fact.known) return { source: null, reason: fact.reason }
  const { source, matches, unchecked, checked } = fact.value
  return {
    source: { ...source },
    checked,
    unchecked: unchecked.length,
    matches: matches.length,
    ...(fact.value.requests !== undefined ? { requests: fact.value.requests } : {})
  }
}

/** ` (advisories CVE-1; purls pkg:npm/x)` for a waiver that names them. */
function waiverScope(waiver: Policy['waivers'][number]): string {
  const parts = [
    waiver.advisories?.length ? `advisories ${waiver.advisories.join(', ')}` : '',
    waiver.purls?.length ? `purls ${waiver.purls.join(', ')}` : ''
  ].filter(Boolean)
  return parts.length ? ` (${parts.join('; ')})` : ''
}
