/** Renders a report in one of the CLI's formats. */
import { ConfigurationError } from '../model/errors.js'
import type { AnyRule } from '../model/rule.js'
import { jsonText } from './escape.js'
import { toJson } from './json.js'
import { toText } from './text.js'
import type { CheckReport } from './types.js'

export const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const
export type Format = (typeof FORMATS)[number]

export function parseFormat(text: string): Format {
  if ((FORMATS as readonly string[]).includes(text)) return text as Format
  throw new ConfigurationError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(text)}`)
}

/** Async because the SARIF renderer (and the builder library it uses) and Markdown are loaded only when asked for. */
export async function render(
  report: CheckReport,
  format: Format,
  rules: AnyRule[],
  textOf?: (path: string) => string | undefined,
  verbose = false
): Promise<string> {
  switch (format) {
    case 'json':
      return toJson(report)
    case 'sarif':
      return `${jsonText(JSON.stringify((await import('./sarif.js')).toSarif(report, rules, textOf ? { textOf } : {}), null, 2))}\n`
    case 'markdown':
      return (await import('./markdown.js')).toMarkdown(report)
    case 'text':
      return toText(report, { verbose })
  }
}
