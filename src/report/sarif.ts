/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): rule metadata with
 * `security-severity`, one result per failing or waived finding (waived ones carry a suppression), stable
 * `partialFingerprints` that survive line shifts. Repository-level findings are anchored to the policy file.
 */
import type { Location, Log, ReportingDescriptor, Result } from 'sarif'
import { SarifBuilder, SarifResultBuilder, SarifRuleBuilder, SarifRunBuilder } from 'node-sarif-builder'
import type { Confidence, Finding, Location as FindingLocation, Severity } from '../model/finding.js'
import type { AnyRule } from '../model/rule.js'
import type { CheckReport } from './types.js'
import { ruleDocsUrl } from './links.js'
import { sarifText, sarifUri } from './escape.js'
import { MAX_SARIF_RESULTS } from './sarif-limits.js'

export { MAX_SARIF_RESULTS } from './sarif-limits.js'

const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' }

/**
 * `rank` (§3.27.24, 0–100: the result's priority) from the finding's confidence, so viewers that sort by
 * rank put the surer findings first; `properties.confidence` states it by name.
 */
const RANK: Record<Confidence, number> = { high: 90, medium: 60, low: 30 }

const LEVEL: Record<Severity, Result.level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' }

export interface SarifOptions {
  /** Where repository-level findings are anchored (code scanning wants a file); defaults to the policy file. */
  anchorPath?: string
  /** File text, for fingerprints based on the line's content instead of its number. */
  textOf?: (path: string) => string | undefined
}

export function toSarif(report: CheckReport, rules: AnyRule[], options: SarifOptions = {}): Log {
  const anchorPath = options.anchorPath ?? (report.policy.source.includes('/') ? report.policy.source : '.github/chaingate.yml')
  const sarif = new SarifBuilder()
  const run = new SarifRunBuilder().initSimple({ toolDriverName: report.tool.name, toolDriverVersion: report.tool.version, url: ruleDocsUrl() })
  const reported = report.findings.filter((finding) => finding.status === 'fail' || finding.status === 'waived').slice(0, MAX_SARIF_RESULTS)
  const usedRuleIds = new Set(reported.map((finding) => finding.rule))
  for (const rule of rules) {
    if (!usedRuleIds.has(rule.meta.id)) continue
    run.addRule(ruleDescriptor(rule))
  }
  const occurrences = new Map<string, number>()
  for (const finding of reported) {
    const result = new SarifResultBuilder().initSimple({
      ruleId: finding.rule,
      level: LEVEL[finding.severity],
      messageText: sarifMessage(finding),
      fileUri: sarifUri(finding.location?.path ?? anchorPath),
      startLine: finding.location?.startLine ?? 1,
      startColumn: finding.location?.startColumn ?? 1,
      endLine: finding.location?.endLine ?? 1,
      endColumn: (finding.location?.endColumn ?? 1) + (finding.location ? 1 : 0)
    }).result
    const base = fingerprintBase(finding, options.textOf)
    const seen = occurrences.get(base) ?? 0
    occurrences.set(base, seen + 1)
    result.partialFingerprints = { 'chaingateFindingHash/v2': fnv1a64(`${base}\u0000${seen}`) }
    if (finding.relatedLocations?.length)
      result.relatedLocations = finding.relatedLocations.map((related, index) => ({
        id: index + 1,
        ...physical(related.location),
        message: { text: sarifText(related.message) }
      }))
    if (finding.confidence) result.rank = RANK[finding.confidence]
    result.properties = {
      severity: finding.severity,
      area: finding.area,
      ...(finding.confidence ? { confidence: finding.confidence } : {}),
      ...(finding.purl ? { purl: finding.purl } : {}),
      ...(finding.advisories ? { advisories: finding.advisories } : {}),
      ...(finding.covers ? { covers: finding.covers } : {}),
      ...(finding.fixedVersions ? { fixedVersions: finding.fixedVersions } : {}),
      ...(finding.details ? { details: finding.details } : {}),
      ...(finding.waiver?.vex ? { vex: finding.waiver.vex } : {})
    }
    if (finding.status === 'waived' && finding.waiver) {
      result.suppressions = [{ kind: finding.waiver.source === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: finding.waiver.reason }]
    }
    run.addResult(new SarifResultBuilder({ ...result }))
  }
  sarif.addRun(run)
  const log = sarif.buildSarifOutput()
  log.$schema = 'https://json.schemastore.org/sarif-2.1.0.json'
  const sarifRun = log.runs[0]!
  // The builder adds the working directory as an absolute URI base; code scanning resolves URIs against the checkout.
  delete sarifRun.originalUriBaseIds
  for (const result of sarifRun.results ?? []) {
    const artifact = result.locations?.[0]?.physicalLocation?.artifactLocation
    if (artifact) delete artifact.index
  }
  delete sarifRun.artifacts
  return log
}

/**
 * The result's message: the finding's (escaped), its fix, then its related locations as embedded links
 * (`[the checkout](2)`, §3.11.6), which is how code scanning shows and links them.
 */
function sarifMessage(finding: Finding): string {
  const text = sarifText(finding.fix ? `${finding.message}. Fix: ${finding.fix}` : finding.message)
  if (!finding.relatedLocations?.length) return text
  const links = finding.relatedLocations.map((related, index) => `[${sarifText(related.message)}](${index + 1}) (line ${related.location.startLine})`)
  return `${text}. Related: ${links.join('; ')}`
}

/** A SARIF physical location for a finding location (SARIF's end column is exclusive; ours is inclusive). */
function physical(location: FindingLocation): Pick<Location, 'physicalLocation'> {
  return {
    physicalLocation: {
      artifactLocation: { uri: sarifUri(location.path) },
      region: { startLine: location.startLine, startColumn: location.startColumn, endLine: location.endLine, endColumn: location.endColumn + 1 }
    }
  }
}

function ruleDescriptor(rule: AnyRule): SarifRuleBuilder {
  const builder = new SarifRuleBuilder().initSimple({
    ruleId: rule.meta.id,
    shortDescriptionText: rule.meta.title,
    fullDescriptionText: rule.meta.rationale,
    helpUri: ruleDocsUrl(rule.meta)
  })
  const descriptor: ReportingDescriptor = builder.rule
  descriptor.name = rule.meta.id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')
  descriptor.help = {
    text: `${rule.meta.rationale}\n\nRemediation: ${rule.meta.remediation}`,
    markdown: `${rule.meta.rationale}\n\n**Remediation:** ${rule.meta.remediation}\n\nReferences: ${rule.meta.references.join(', ')}`
  }
  descriptor.defaultConfiguration = { level: LEVEL[rule.meta.severity] }
  descriptor.properties = {
    tags: ['security', 'supply-chain', rule.meta.area],
    precision: 'high',
    'problem.severity': LEVEL[rule.meta.severity] === 'note' ? 'recommendation' : LEVEL[rule.meta.severity],
    'security-severity': SECURITY_SEVERITY[rule.meta.severity]
  }
  return builder
}

/**
 * FNV-1a, 64 bits, over the UTF-8 bytes of `text`, as 16 hex digits. A fingerprint needs to be stable and to
 * tell findings apart, not to resist an adversary: this keeps node:crypto (17 internal modules, ~4 ms of CPU)
 * out of every action start that writes SARIF (cold start). The 64-bit product is computed on two 32-bit halves.
 */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4
  let lo = 0x84222325
  for (const byte of new TextEncoder().encode(text)) {
    lo ^= byte
    // h * (2^40 + 0x1b3) mod 2^64: lo * 0x1b3 < 2^41 is exact in a double; 2^40 shifts lo into hi by 8 bits.
    const low = (lo >>> 0) * 0x1b3
    hi = (Math.imul(hi, 0x1b3) + Math.floor(low / 0x100000000) + (lo << 8)) >>> 0
    lo = low >>> 0
  }
  return hi.toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0')
}

/** rule + path + the trimmed text of the finding's first line (or its message when it has no location). */
function fingerprintBase(finding: Finding, textOf?: (path: string) => string | undefined): string {
  if (!finding.location) return `${finding.rule}\u0000${finding.message}`
  const text = textOf?.(finding.location.path)
  const line = text?.split('\n')[finding.location.startLine - 1]?.trim() ?? String(finding.location.startLine)
  return `${finding.rule}\u0000${finding.location.path}\u0000${line}`
}
