/**
 * Workflow annotations on the exact lines. GitHub shows at most 10 errors and 10 warnings per step and 50
 * per job, so the most severe come first and the rest are counted in one notice. A finding with related
 * locations is one annotation at its main location whose text lists the others (`line 3: the trigger`):
 * one annotation per place would spend that budget and show the parts of one path as separate problems.
 */
import { severityRank, type Finding } from '../model/finding.js'
import type { CheckReport } from './types.js'
import { isFailing } from '../engine.js'
import { textField } from './escape.js'

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  title: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

export const MAX_ANNOTATIONS = 50

export function annotationsFor(report: CheckReport, limit = MAX_ANNOTATIONS): Annotation[] {
  const relevant = report.findings.filter((finding) => finding.status === 'fail').sort((a, b) => severityRank(b.severity) - severityRank(a.severity))
  const out = relevant.slice(0, limit).map((finding) => toAnnotation(finding, isFailing(finding, report.policy as never) ? 'error' : 'warning'))
  if (relevant.length > limit) {
    out.push({
      level: 'notice',
      title: 'chaingate',
      message: `${relevant.length - limit} more findings are in the JSON report (every finding), the job summary and the SARIF file`
    })
  }
  return out
}

function toAnnotation(finding: Finding, level: 'error' | 'warning'): Annotation {
  const annotation: Annotation = {
    level,
    title: `chaingate ${finding.rule} (${finding.severity})`,
    // @actions/core escapes the command; textField keeps terminal controls out of the annotation's text.
    message: textField(annotationText(finding), { lineBreaks: true })
  }
  if (finding.location) {
    annotation.file = finding.location.path
    annotation.startLine = finding.location.startLine
    annotation.endLine = finding.location.endLine
    // GitHub ignores columns on multi-line annotations.
    if (finding.location.startLine === finding.location.endLine) {
      annotation.startColumn = finding.location.startColumn
      annotation.endColumn = finding.location.endColumn + 1
    }
  }
  return annotation
}

/** The message, the confidence when not high, the related places (`path:` only when another file), the fix. */
function annotationText(finding: Finding): string {
  const lines = [finding.message]
  if (finding.confidence && finding.confidence !== 'high') lines.push(`Confidence: ${finding.confidence}`)
  if (finding.relatedLocations?.length) lines.push('Related:')
  for (const related of finding.relatedLocations ?? []) {
    const file = related.location.path === finding.location?.path ? '' : `${related.location.path} `
    lines.push(`- ${file}line ${related.location.startLine}: ${related.message}`)
  }
  if (finding.fix) lines.push(`Fix: ${finding.fix}`)
  return lines.join('\n')
}
