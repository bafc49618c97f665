/** The JSON report: the CheckReport itself (docs/report-format.md is the contract). */
import { jsonText } from './escape.js'
import type { CheckReport } from './types.js'

export function toJson(report: CheckReport): string {
  return `${jsonText(JSON.stringify(report, null, 2))}\n`
}

/**
 * The text of `toJson` in pieces (one per finding), so a large report is written without ever being one
 * string: the same bytes, as a test checks.
 */
export function* jsonChunks(report: CheckReport): Generator<string> {
  // JSON.stringify leaves out keys whose value is undefined
  const keys = (Object.keys(report) as Array<keyof CheckReport>).filter((key) => report[key] !== undefined)
  yield '{\n'
  for (const [index, key] of keys.entries()) {
    const comma = index < keys.length - 1 ? ',' : ''
    const value = report[key]
    if (key === 'findings' && Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`
      for (const [at, finding] of value.entries())
        yield `    ${indent(jsonText(JSON.stringify(finding, null, 2)), '    ')}${at < value.length - 1 ? ',' : ''}\n`
      yield `  ]${comma}\n`
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(jsonText(JSON.stringify(value, null, 2)), '  ')}${comma}\n`
    }
  }
  yield '}\n'
}

function indent(json: string, prefix: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${prefix}`) : json
}
