/**
 * Explains a YAML syntax error in the words of the `yaml` package, whose messages name the construct at
 * fault ("Flow sequence in block collection must be sufficiently indented and end with a ]", "Missing
 * closing quote") where the fast parser only says "deficient indentation". Loaded only when a file fails
 * to parse, so a run over valid files never pays for a second parser.
 */
import { LineCounter, parseDocument } from 'yaml'
import { errorPosition, type YamlFailure } from './yaml.js'

/** The failure with `yaml`'s message and position when it also rejects the text, else unchanged. */
export function explainYamlFailure(text: string, failure: YamlFailure): YamlFailure {
  if (/duplicate key|alias|YAML documents/.test(failure.message)) return failure
  const lineCounter = new LineCounter()
  let error
  try {
    error = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, keepSourceTokens: false }).errors[0]
  } catch {
    return failure
  }
  if (!error) return failure
  const position = errorPosition(text, lineCounter.linePos(Math.min(error.pos[0], text.length)))
  const message = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message
  return { ...failure, message, line: position.line, column: position.col }
}
