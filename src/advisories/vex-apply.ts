/**
 * VEX in a check: the documents the repository keeps (`.vex/**`, `.github/vex/**`, `*.openvex.json`,
 * `*.vex.json`) and those the policy names (`vex:` paths or globs), read once, applied to the findings that
 * name advisories and a package: a `not_affected` (with its justification) or `fixed` statement turns a
 * failing finding into a waived one, saying which document and statement; `affected` and
 * `under_investigation` change nothing. A document that is not VEX, or not JSON, stops the run with its
 * file and line: a suppression list that silently does nothing would be worse.
 *
 * VEX in the repository is as trusted as the policy file: protect both with CODEOWNERS review.
 * And the effective waivers (policy waivers and VEX suppressions) exported as OpenVEX (`check --vex-out`).
 */
import { createHash } from 'node:crypto'
import { globMatcher } from '../policy/globs.js'
import { ConfigurationError } from '../model/errors.js'
import type { Finding } from '../model/finding.js'
import type { CheckReport } from '../report/types.js'
import type { Workspace } from '../workspace/workspace.js'
import { jsonErrorLine, jsonErrorMessage } from '../inventory/readers/json-error.js'
import { decidingStatement, openVexDocument, readVex, suppresses, VexError, type VexExportEntry, type VexStatement } from './vex.js'

/** Where the repository's VEX documents are looked for (beside the policy's `vex:`). */
export const VEX_LOCATIONS = ['.vex/**/*.json', '.github/vex/**/*.json', '**/*.openvex.json', '**/*.vex.json']

const MAX_VEX_BYTES = 32 * 1024 * 1024

export interface LoadedVex {
  documents: string[]
  statements: VexStatement[]
}

/** The VEX documents of the workspace and of the policy, read and checked. */
export function loadVex(workspace: Workspace, policyGlobs: string[] = []): LoadedVex {
  const conventional = globMatcher(VEX_LOCATIONS)
  const named = globMatcher(policyGlobs)
  const documents = workspace
    .files()
    .filter((file) => !/(^|\/)node_modules\//.test(file) && ((conventional(file) && !workspace.isIgnored(file)) || (policyGlobs.length > 0 && named(file))))
    .sort()
  for (const pattern of policyGlobs) {
    if (!/[*?[{]/.test(pattern) && !documents.includes(pattern))
      throw new ConfigurationError(`the policy's vex: names ${pattern}, which is not in the repository`)
  }
  const statements: VexStatement[] = []
  for (const file of documents) {
    const read = workspace.readText(file, MAX_VEX_BYTES)
    if (!read.ok) throw new ConfigurationError(`VEX document could not be read: ${read.reason}`, { file })
    let document: unknown
    try {
      document = JSON.parse(read.text)
    } catch (error) {
      throw new ConfigurationError(`VEX document is not JSON: ${jsonErrorMessage(error)}`, { file, line: jsonErrorLine(read.text, error) })
    }
    try {
      statements.push(...readVex(document, file))
    } catch (error) {
      if (error instanceof VexError)
        throw new ConfigurationError(error.message.startsWith(`${file}: `) ? error.message.slice(file.length + 2) : error.message, { file })
      throw error
    }
  }
  return { documents, statements }
}

/** Failing findings a VEX statement suppresses become waived (the reason: justification or impact statement). */
export function applyVex(findings: Finding[], statements: VexStatement[]): Finding[] {
  if (statements.length === 0) return findings
  return findings.map((finding) => {
    if (finding.status !== 'fail' || !finding.advisories || !finding.purl) return finding
    const purl = finding.purl
    let statement = decidingStatement(statements, finding.advisories, purl)
    let covering: VexStatement[] = []
    if (!statement && finding.covers && finding.covers.length > 0) {
      // An errata without a statement of its own: suppressed when a statement suppresses every vulnerability
      // it fixes (the first of those statements is named).
      const each = finding.covers.map((id) => decidingStatement(statements, [id], purl))
      if (each.every((one) => one !== undefined && suppresses(one))) {
        covering = each as VexStatement[]
        statement = covering[0]
      }
    }
    if (!statement || !suppresses(statement)) return finding
    const reason =
      covering.length > 0
        ? `VEX statements for every vulnerability it fixes (${covering.map((one) => `${one.source.path} statement ${one.source.statement}: ${one.status}`).join('; ')})`
        : `VEX ${[statement.status, statement.justification, statement.impact].filter(Boolean).join(': ')} (${statement.source.path}, statement ${statement.source.statement})`
    return {
      ...finding,
      status: 'waived',
      waiver: {
        source: 'vex',
        reason,
        location: { path: statement.source.path, startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
        vex: {
          document: statement.source.path,
          statement: statement.source.statement,
          status: statement.status,
          ...(statement.justification ? { justification: statement.justification } : {}),
          format: statement.source.format
        }
      }
    }
  })
}

/** OpenVEX's justification labels (what a CycloneDX justification is exported as, when it maps). */
const OPENVEX_JUSTIFICATIONS = new Set([
  'component_not_present',
  'vulnerable_code_not_present',
  'vulnerable_code_not_in_execute_path',
  'vulnerable_code_cannot_be_controlled_by_adversary',
  'inline_mitigations_already_exist'
])
const FROM_CYCLONEDX: Record<string, string> = {
  code_not_present: 'vulnerable_code_not_present',
  code_not_reachable: 'vulnerable_code_not_in_execute_path',
  protected_by_mitigating_control: 'inline_mitigations_already_exist',
  protected_at_runtime: 'inline_mitigations_already_exist',
  protected_by_compiler: 'inline_mitigations_already_exist'
}

/**
 * The waivers in force as one OpenVEX document: every waived finding about a package and advisories (policy
 * waivers by their reason, VEX suppressions with their justification). null when nothing is waived (OpenVEX
 * needs a statement: no document is written then). The id is derived from the statements, so the same
 * waivers give the same document apart from its timestamp.
 */
export function effectiveVex(report: CheckReport, timestamp: string): Record<string, unknown> | null {
  const entries: VexExportEntry[] = []
  const seen = new Set<string>()
  for (const finding of report.findings) {
    if (finding.status !== 'waived' || !finding.waiver || !finding.purl || !finding.advisories?.length) continue
    const key = `${finding.purl}\u0000${finding.advisories.join(',')}`
    if (seen.has(key)) continue
    seen.add(key)
    const given = finding.waiver.vex?.justification
    const justification = given ? (OPENVEX_JUSTIFICATIONS.has(given) ? given : FROM_CYCLONEDX[given]) : undefined
    const reason =
      finding.waiver.source === 'vex'
        ? finding.waiver.reason
        : `waived by the policy (${finding.waiver.location ? `${finding.waiver.location.path}:${finding.waiver.location.startLine}` : report.policy.source}): ${finding.waiver.reason}${finding.waiver.expires ? ` (until ${finding.waiver.expires})` : ''}`
    entries.push({ ids: finding.advisories, purl: finding.purl, reason, ...(justification ? { justification } : {}) })
  }
  if (entries.length === 0) return null
  const digest = createHash('sha256').update(JSON.stringify(entries)).digest('hex')
  return openVexDocument(entries, { id: `urn:chaingate:vex:sha256:${digest}`, author: `${report.tool.name} ${report.tool.version}`, timestamp })
}
