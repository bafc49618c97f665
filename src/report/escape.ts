/**
 * One escaping helper per output channel. Every string a report takes from a repository, a registry or an
 * API answer (file names, job ids, step names, `uses:` values, messages and fix hints that quote them) goes
 * through the helper of the channel it is written to; renderers never write such a string raw.
 *
 * - text (terminal, runner log): `textField` makes one field one printable line; `textLine` keeps a line
 *   from starting a runner workflow command (`::name::`). The action also prints such lines only between
 *   `::stop-commands::<token>` and `::<token>::` (src/action/log.ts).
 * - Markdown/HTML (job summary): `mdText` for prose, `mdCode` for names and code; nothing in them is markup.
 * - SARIF: `sarifText` for message strings (embedded-link syntax), `sarifUri` for artifact locations.
 * - JSON (the report, SARIF): `jsonText` over the serialised text, which may be printed to a runner's log.
 * - workflow command values (annotations) are escaped by @actions/core; their text goes through
 *   `textField` first so a message cannot carry terminal control sequences.
 */

/** C0 and C1 controls, DEL, Unicode line/paragraph separators and bidirectional controls ("Trojan Source"). */
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

function visible(char: string): string {
  const named = NAMED[char]
  if (named) return named
  const code = char.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * A string as one printable line: line breaks, tabs, other controls and invisible direction marks become
 * visible escapes (`\n`, `\x1b`, `\u202e`), and the runner's legacy command marker `##[` (honoured anywhere
 * in a line) is broken up as `##\[`. With `lineBreaks`, `\n` is kept (for channels that escape it
 * themselves, like annotations).
 */
export function textField(text: string, options: { lineBreaks?: boolean } = {}): string {
  const escaped = text.replace(UNPRINTABLE, (char) => (options.lineBreaks && char === '\n' ? char : visible(char)))
  return escaped.replace(/##\[/g, '##\\[')
}

/**
 * A line of text output that cannot be read as a workflow command: the runner treats a line whose first
 * non-blank characters are `::` as one, whatever produced it.
 */
export function textLine(line: string): string {
  return /^\s*::/.test(line) ? line.replace(/::/, '\\::') : line
}

const MARKDOWN_SPECIAL = /[&<>`*_[\]|~#\\$]/g

/**
 * Prose for GitHub-flavoured Markdown (and the HTML it allows): every character that could start markup
 * (emphasis, links, images, headings, tables, HTML, entities, math, strikethrough, code) becomes a numeric
 * character reference, which Markdown shows as the character and never parses. A line break is `<br>`, so
 * no new block (a heading, a list) can start; other controls are visible escapes. The result is safe inside
 * a table cell. (A bare URL may still be shown as a link to itself by GitHub's autolinking.)
 */
export function mdText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(MARKDOWN_SPECIAL, (char) => `&#${char.charCodeAt(0)};`)
    .replace(UNPRINTABLE, (char) => (char === '\n' ? '<br>' : visible(char)))
}

/**
 * A name or code (a path, a rule id, a `uses:` value, a fix hint) in a monospace span. `<code>` rather than
 * a backtick span: inside backticks character references and `<br>` would show literally and a backtick in
 * the text would end the span. With `multiline`, line breaks are kept as `<br>` (fix hints); otherwise
 * they are visible escapes (names).
 */
export function mdCode(text: string, options: { multiline?: boolean } = {}): string {
  // HTML collapses white space: a line's indentation is kept as no-break spaces.
  const body = options.multiline
    ? mdText(text).replace(/(^|<br>)( +)/g, (_, start: string, spaces: string) => `${start}${'&#160;'.repeat(spaces.length)}`)
    : mdText(text.replace(/[\r\n]/g, visible))
  return `<code>${body}</code>`
}

/**
 * A SARIF message string (§3.11.6): `[` and `]` are escaped so that text from a repository cannot form an
 * embedded link (`[text](target)`), which viewers render as a hyperlink; a backslash before them too.
 */
export function sarifText(text: string): string {
  return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, (char) => `\\${char}`)
}

/**
 * A workspace-relative POSIX path as a relative URI reference (RFC 3986): each segment percent-encoded, so
 * `#`, `?`, `%`, spaces and line breaks in a file name stay part of the path.
 */
export function sarifUri(relativePath: string): string {
  return relativePath
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') // lone surrogates: encodeURIComponent throws
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/')
}

/**
 * Serialised JSON that may be printed to a runner's log (`check --format json` in a workflow): the legacy
 * command marker `##[` inside a string becomes `##\u005b`, the same value to any JSON reader. (No line of
 * indented JSON can start with `::`: each starts with blanks, a quote or a bracket.)
 */
export function jsonText(json: string): string {
  return json.replace(/##\[/g, '##\\u005b')
}
