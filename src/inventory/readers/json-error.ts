/**
 * The 1-based line of a JSON syntax error. V8 names `(line L column C)` for some errors and only a snippet
 * for others (`Unexpected token …`); then a small scan over the JSON grammar finds where it breaks. Used
 * only after JSON.parse has failed.
 */

export function jsonErrorLine(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error)
  const line = /\(line (\d+) column \d+\)/.exec(message)
  if (line) return Number(line[1])
  const position = /at position (\d+)/.exec(message)
  return lineAt(text, position ? Number(position[1]) : firstErrorOffset(text))
}

/** The first line of a JSON.parse message (V8 appends the text it could not parse). */
export function jsonErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.replace(/, "[\s\S]*" is not valid JSON$/, '').split('\n')[0] as string
}

function lineAt(text: string, offset: number): number {
  let line = 1
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) line++
  return line
}

/** Offset of the first place the text stops being JSON (the end of the text when nothing else is found). */
function firstErrorOffset(text: string): number {
  let i = 0
  const fail = (): never => {
    throw i
  }
  const space = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i] as string)) i++
  }
  const literal = (word: string): void => {
    if (!text.startsWith(word, i)) fail()
    i += word.length
  }
  const string = (): void => {
    i++
    while (i < text.length && text[i] !== '"') {
      if (text.charCodeAt(i) < 0x20) fail()
      i += text[i] === '\\' ? 2 : 1
    }
    if (i >= text.length) fail()
    i++
  }
  const value = (): void => {
    space()
    const c = text[i]
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      i++
      space()
      if (text[i] === close) {
        i++
        return
      }
      for (;;) {
        if (c === '{') {
          space()
          if (text[i] !== '"') fail()
          string()
          space()
          if (text[i] !== ':') fail()
          i++
        }
        value()
        space()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === close) {
          i++
          return
        }
        fail()
      }
    } else if (c === '"') string()
    else if (c === 't') literal('true')
    else if (c === 'f') literal('false')
    else if (c === 'n') literal('null')
    else {
      const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64))
      if (!number) fail()
      i += (number as RegExpExecArray)[0].length
    }
  }
  try {
    value()
    space()
    return i < text.length ? i : text.length
  } catch (offset) {
    return offset as number
  }
}
