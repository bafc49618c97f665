/**
 * Images a Dockerfile (or Containerfile) pulls: every `FROM` that is not `scratch` and not an earlier stage
 * of the same file, every `COPY --from=<image>` and `RUN --mount=…,from=<image>`, and the `# syntax=` frontend. `ONBUILD` triggers are not
 * this build's images (they run in a later build that uses this image as its base). Parsed with `dockerfile-ast` (line continuations,
 * heredocs, the `# escape=` directive, lower-case instructions); build arguments are substituted here the
 * way BuildKit does for `FROM`: the `ARG`s before the first `FROM` (their defaults, in order) and the
 * builder's automatic platform arguments, with `$V`, `${V}`, `${V:-word}`, `${V-word}`, `${V:+word}`,
 * `${V+word}`, `${V:?word}`, the patterns `${V#p}`, `${V##p}`, `${V%p}`, `${V%%p}`, `${V/p/r}` and `${V//p/r}`; an ARG
 * without a default is empty, as in a default build. What a default build cannot decide (`$TARGETARCH`; an `ARG`
 * with no default that leaves no reference) is an `unknown` reference with the reason. Checked against BuildKit's
 * own frontend: test/interop/image-sources (`dockerfile`), bench/dockerfile-sources-check.mjs.
 */
import { DockerfileParser, ModifiableInstruction, type Dockerfile, type Flag } from 'dockerfile-ast'
import type { Location } from '../../model/finding.js'
import type { ImageSource } from './model.js'
import { parseImageRef } from './reference.js'
import { escapeRegExp } from '../../escape-regexp.js'
import { linearRegExp } from '../../runtime/linear-regexp.js'

interface Range {
  start: { line: number; character: number }
  end: { line: number; character: number }
}

/** The builder's own arguments (BuildKit), available to `FROM` without an `ARG`; their values depend on the build. */
const AUTOMATIC_ARGS = new Set([
  'BUILDPLATFORM',
  'BUILDOS',
  'BUILDARCH',
  'BUILDVARIANT',
  'TARGETPLATFORM',
  'TARGETOS',
  'TARGETARCH',
  'TARGETVARIANT',
  'TARGETSTAGE'
])

/**
 * A variable's value for a default build: a string (`because`: it is empty because an ARG it was made of has no
 * default); unset (an `ARG` without a default, an undeclared name: empty, and `${V:-word}` gives the word); or
 * unknown (set by the builder, or a default chaingate cannot evaluate: every use of it is unknown).
 */
type Binding = { value: string; because?: string } | { unset: string } | { unknown: string }

/**
 * An expansion. `unset`: a variable with no value was expanded to nothing, as a default build does (BuildKit's
 * lexer): the value stands when it is still a reference (`${MIRROR}alpine:3`), the reason says why not otherwise.
 */
export type Expansion = { ok: true; value: string; unset?: string } | { ok: false; reason: string }

export function toLocation(path: string, range: Range): Location {
  return {
    path,
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: Math.max(range.end.character, 1)
  }
}

/**
 * How the escape character reads: `unescaped`, text whose escapes dockerfile-ast already took (only `\$` is
 * left, a literal `$`); `raw`, text as written, each escape taking the next character literally (in double
 * quotes only `"`, `$` and the escape itself), as BuildKit's lexer does; `pattern`, the word of a `${V#…}`,
 * `${V%…}` or `${V/…}` as written, its escapes kept for the pattern.
 */
export type EscapeMode = 'unescaped' | 'raw' | 'pattern'

/** How deep `${A:-${B:-…}}` may nest (real files nest two or three). */
const MAX_NESTING = 100

/**
 * Expands build arguments in `text`. `scope` holds the declared ARGs (a missing name is undeclared); the
 * escape character is `\` or the `# escape=` one.
 */
export function expandArgs(text: string, scope: Map<string, Binding>, escape = '\\', mode: EscapeMode = 'unescaped', nesting = 0): Expansion {
  // Each nested `${…}` is a call: a file nesting thousands must not exhaust the stack.
  if (nesting > MAX_NESTING) return { ok: false, reason: `substitutions nested more than ${MAX_NESTING} deep` }
  let out = ''
  let index = 0
  const lookup = (name: string): Binding => {
    const bound = scope.get(name)
    if (bound) return bound
    if (AUTOMATIC_ARGS.has(name)) return { unknown: `$${name} is set by the builder for each build` }
    return { unset: `$${name} is not declared by an ARG before the first FROM` }
  }
  let inDouble = false
  let unset: string | undefined
  // A variable a default build expands to nothing (an ARG without a default, an undeclared name).
  const nothing = (bound: Binding): string => {
    if ('unset' in bound) unset ??= bound.unset
    else if ('because' in bound && bound.because !== undefined) unset ??= bound.because
    return 'value' in bound ? bound.value : ''
  }
  while (index < text.length) {
    const char = text[index]!
    if (char === escape && mode === 'unescaped' && text[index + 1] === '$') {
      out += '$'
      index += 2
      continue
    }
    if (char === escape && mode !== 'unescaped') {
      const next = text[index + 1]
      index += 2
      if (next === undefined) continue
      const literal = !inDouble || next === '"' || next === '$' || next === escape
      out += mode === 'pattern' || !literal ? char + next : next
      continue
    }
    // Quotes group and are removed, as BuildKit's word lexer does (`${V:-"word"}` is `word`); '…' is literal.
    if (char === '"') {
      inDouble = !inDouble
      index += 1
      continue
    }
    if (char === "'" && !inDouble) {
      const close = text.indexOf("'", index + 1)
      if (close < 0) return { ok: false, reason: `unterminated ' in ${JSON.stringify(text)}` }
      out += text.slice(index + 1, close)
      index = close + 1
      continue
    }
    if (char !== '$') {
      out += char
      index += 1
      continue
    }
    const simple = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(index + 1))
    if (simple) {
      const bound = lookup(simple[0])
      if ('unknown' in bound) return { ok: false, reason: bound.unknown }
      out += nothing(bound)
      index += 1 + simple[0].length
      continue
    }
    if (text[index + 1] !== '{') {
      out += '$'
      index += 1
      continue
    }
    // ${NAME[op word]}: find the matching brace (words may hold nested ${…}).
    let depth = 1
    let end = index + 2
    while (end < text.length && depth > 0) {
      if (text[end] === escape && mode !== 'unescaped') end += 1
      else if (text[end] === '{') depth += 1
      else if (text[end] === '}') depth -= 1
      if (depth > 0) end += 1
    }
    if (depth > 0) return { ok: false, reason: `unterminated \${ in ${JSON.stringify(text)}` }
    const body = text.slice(index + 2, end)
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?]|##?|%%?|\/\/?)([\s\S]*))?$/.exec(body)
    if (!match) return { ok: false, reason: `\${${body}} is not a substitution BuildKit evaluates: the build fails` }
    const [, name, operator, word = ''] = match
    const bound = lookup(name!)
    if ('unknown' in bound) return { ok: false, reason: bound.unknown }
    const isSet = 'value' in bound
    const nonEmpty = isSet && bound.value !== ''
    const expandWord = (): Expansion => expandArgs(word, scope, escape, mode, nesting + 1)
    // A pattern's word keeps its escapes when the text is read as written.
    const patternMode: EscapeMode = mode === 'unescaped' ? 'unescaped' : 'pattern'
    let piece: Expansion
    switch (operator) {
      case undefined:
        piece = { ok: true, value: nothing(bound) }
        break
      case ':-':
        piece = nonEmpty ? { ok: true, value: nothing(bound) } : expandWord()
        break
      case '-':
        piece = isSet ? { ok: true, value: nothing(bound) } : expandWord()
        break
      case ':+':
        piece = nonEmpty ? expandWord() : { ok: true, value: '' }
        break
      case '+':
        piece = isSet ? expandWord() : { ok: true, value: '' }
        break
      case '#':
      case '##':
      case '%':
      case '%%':
      case '/':
      case '//': {
        // The pattern word is expanded first; the value of an unset variable is empty.
        const value = nothing(bound)
        if (operator.startsWith('/')) {
          const slash = unescapedSlash(word)
          if (slash < 0) return { ok: false, reason: `\${${body}} has no / before its replacement: the build fails` }
          const [pattern, replacement] = [
            expandArgs(word.slice(0, slash), scope, escape, patternMode, nesting + 1),
            expandArgs(word.slice(slash + 1), scope, escape, patternMode, nesting + 1)
          ]
          if (!pattern.ok) return pattern
          if (!replacement.ok) return replacement
          const regexp = shellPattern(pattern.value, true)
          if (regexp === null) return { ok: false, reason: `\${${body}} has an escape BuildKit refuses: the build fails` }
          // A pattern from the repository runs in linear time (`*a*a*a*b` must not stall the check).
          const compiled = linearRegExp(regexp, operator === '//' ? 'gs' : 's')
          if (compiled === undefined) return { ok: false, reason: `\${${body}}: this Node cannot run the pattern in linear time` }
          piece = { ok: true, value: value.replace(compiled, () => replacement.value) }
          break
        }
        const pattern = expandArgs(word, scope, escape, patternMode, nesting + 1)
        if (!pattern.ok) return pattern
        const trimmed = trimPattern(value, pattern.value, operator.startsWith('#') ? 'prefix' : 'suffix', operator.length === 2)
        piece =
          trimmed === null
            ? { ok: false, reason: `\${${body}} has an escape BuildKit refuses: the build fails` }
            : trimmed === undefined
              ? { ok: false, reason: `\${${body}}: this Node cannot run the pattern in linear time` }
              : { ok: true, value: trimmed }
        break
      }
      default:
        // `:?` / `?`: the build fails when unset.
        piece =
          (operator === ':?' ? nonEmpty : isSet) && 'value' in bound
            ? { ok: true, value: nothing(bound) }
            : { ok: false, reason: 'unset' in bound ? bound.unset : `$${name} is empty` }
    }
    if (!piece.ok) return piece
    if (piece.unset !== undefined) unset ??= piece.unset
    out += piece.value
    index = end + 1
  }
  return unset === undefined ? { ok: true, value: out } : { ok: true, value: out, unset }
}

/** The index of the first `/` not escaped by a backslash (the end of a `${V/pattern/…}` pattern), or -1. */
function unescapedSlash(word: string): number {
  for (let index = 0; index < word.length; index += 1) {
    if (word[index] === '\\') index += 1
    else if (word[index] === '/') return index
  }
  return -1
}

/**
 * A `${V#…}` / `${V/…/…}` pattern as a regular expression source, as BuildKit's lexer reads one: `*` any text
 * (shortest unless `greedy`), `?` one character, `\*` `\?` `\\` literal, `\}` `\/` the character; every other
 * character literal. Null for an escape BuildKit refuses (the build fails).
 */
function shellPattern(pattern: string, greedy: boolean): string | null {
  let out = ''
  const chars = [...pattern]
  for (let index = 0; index < chars.length; index += 1) {
    const char = chars[index]!
    if (char === '*') out += greedy ? '.*' : '.*?'
    else if (char === '?') out += '.'
    else if (char === '\\') {
      const next = chars[index + 1]
      if (next === '}' || next === '/') continue
      if (next !== '*' && next !== '?' && next !== '\\') return null
      out += `\\${next}`
      index += 1
    } else out += escapeRegExp(char)
  }
  return out
}

/**
 * `${V#p}` / `${V##p}` (the shortest / longest prefix matching p removed) and `${V%p}` / `${V%%p}` (suffix), the
 * suffix found as BuildKit finds it: the prefix of the reversed value, the pattern reversed with its escapes kept.
 * Null for an escape BuildKit refuses.
 */
function trimPattern(value: string, pattern: string, end: 'prefix' | 'suffix', greedy: boolean): string | null | undefined {
  const reverse = (text: string): string => [...text].reverse().join('')
  let source = pattern
  let subject = value
  if (end === 'suffix') {
    const tokens: string[] = []
    const chars = [...pattern]
    for (let index = 0; index < chars.length; index += 1) {
      if (chars[index] === '\\' && index < chars.length - 1) {
        tokens.push(chars[index]! + chars[index + 1]!)
        index += 1
      } else tokens.push(chars[index]!)
    }
    source = tokens.reverse().join('')
    subject = reverse(value)
  }
  const regexp = shellPattern(source, greedy)
  if (regexp === null) return null
  // A pattern from the repository runs in linear time (`*a*a*a*b` must not stall the check); undefined without it.
  const compiled = linearRegExp(`^(?:${regexp})`, 's')
  if (compiled === undefined) return undefined
  const match = compiled.exec(subject)
  const rest = match ? subject.slice(match[0].length) : subject
  return end === 'suffix' ? reverse(rest) : rest
}

/** The global build arguments (before the first FROM) with their defaults, each default expanded by the earlier ones. */
function globalArgs(dockerfile: Dockerfile, escape: string): Map<string, Binding> {
  const scope = new Map<string, Binding>()
  for (const arg of dockerfile.getInitialARGs()) {
    for (const property of arg.getProperties()) {
      const name = property.getName()
      const value = property.getValue()
      if (value === null) {
        // A declaration without a default keeps the value an earlier ARG gave, and the builder's own for its
        // automatic arguments (`ARG TARGETARCH`).
        if (!scope.has(name) && !AUTOMATIC_ARGS.has(name)) scope.set(name, { unset: `ARG ${name} has no default (the image depends on --build-arg ${name}=…)` })
        continue
      }
      // The default as written (quotes and escapes in place), read as BuildKit's lexer reads it.
      const raw = property.getUnescapedValue()
      const expanded = raw === null ? expandArgs(value, scope, escape) : expandArgs(raw, scope, escape, 'raw')
      if (expanded.ok) {
        // `ARG B=${A}` with A unset: B is set, to what A gave (an empty string, as in BuildKit), and keeps why.
        scope.set(name, expanded.unset === undefined ? { value: expanded.value } : { value: expanded.value, because: expanded.unset })
        continue
      }
      // The reason names the first ARG that could not be evaluated (a chain of ARGs keeps it).
      const reason = expanded.reason.startsWith('ARG ') ? expanded.reason : `ARG ${name}: ${expanded.reason}`
      scope.set(name, { unknown: reason })
    }
  }
  return scope
}

export interface DockerfileImages {
  images: ImageSource[]
}

/** The images of one Dockerfile (never throws: dockerfile-ast parses any text). */
export function dockerfileImages(path: string, text: string): ImageSource[] {
  const dockerfile = DockerfileParser.parse(text)
  const escape = dockerfile.getEscapeCharacter()
  const scope = globalArgs(dockerfile, escape)
  const images: ImageSource[] = []
  const stages: string[] = []
  const froms = dockerfile.getFROMs()
  const lines = text.split(/\r\n|\r|\n/)
  // `# syntax=<image>`: the BuildKit frontend image that parses and runs this Dockerfile.
  const syntax = syntaxDirective(text)
  if (syntax) {
    const { value, line, character } = syntax
    const range = { start: { line, character }, end: { line, character: character + value.length } }
    images.push(source('dockerfile-syntax', '# syntax= frontend', toLocation(path, range), value, { ok: true, value }, {}))
  }
  for (const [index, from] of froms.entries()) {
    const written = from.getImage()
    const range = from.getImageRange()
    const stageName = from.getBuildStage()
    // BuildKit names a stage in lower case (`AS Build` is the stage `build`).
    const context = stageName ? `stage ${stageName.toLowerCase()}` : `stage ${index}`
    if (written === null || range === null) continue
    // The name as written when it is on one line (dockerfile-ast's has its escapes taken, a pattern needs them).
    const raw = range.start.line === range.end.line ? lines[range.start.line]?.slice(range.start.character, range.end.character) : undefined
    const refused = refusedFrom(from.getArguments().map((argument) => argument.getValue()))
    const expanded: Expansion = refused
      ? { ok: false, reason: refused }
      : raw !== undefined && raw.length > 0
        ? expandArgs(raw, scope, escape, 'raw')
        : expandArgs(written, scope, escape)
    const location = toLocation(path, range)
    const platform = platformOf(from.getPlatformFlag(), scope, escape)
    if (expanded.ok) {
      // As BuildKit compares them: `scratch` and the (lower-case) stage names with the name as expanded, so
      // `FROM Builder` or `FROM SCRATCH` is an image reference (not a valid one: upper case).
      const value = expanded.value
      if (value === 'scratch') {
        if (stageName) stages.push(stageName.toLowerCase())
        continue
      }
      if (stages.includes(value)) {
        if (stageName) stages.push(stageName.toLowerCase())
        continue
      }
    }
    if (!expanded.ok && namesStage(written, stages)) {
      // `FROM binaries-$TARGETOS`: whatever the builder sets, an earlier stage (binaries-linux, binaries-windows…).
      if (stageName) stages.push(stageName.toLowerCase())
      continue
    }
    if (stageName) stages.push(stageName.toLowerCase())
    images.push(source('dockerfile-from', context, location, written, expanded, platform))
  }
  // BuildKit resolves `COPY --from` and `RUN --mount=…,from=` against every stage of the file, later ones
  // too (a `FROM` only sees earlier ones); the names are case-insensitive.
  const allStages = new Set(froms.map((from) => from.getBuildStage()?.toLowerCase()).filter((name): name is string => name !== undefined))
  const fromReference = (kind: 'dockerfile-copy' | 'dockerfile-mount', context: string, value: string | null, range: Range | null): void => {
    if (!value || !range) return
    // A stage's name is not an image, nor a stage's index after COPY (`--from=0`; a mount's `from=` takes names only).
    if (allStages.has(value.toLowerCase())) return
    if (kind === 'dockerfile-copy' && /^[+-]?\d+$/.test(value)) {
      if (Number(value) >= 0 && Number(value) < froms.length) return
      const reason = `COPY --from=${value} names stage ${Number(value)}, which this file does not have (it has ${froms.length}): the build fails`
      images.push(source(kind, context, toLocation(path, range), value, { ok: false, reason }, {}))
      return
    }
    // BuildKit refuses a variable (a `$` but at the very end) in either.
    const expanded: Expansion = !/\$./s.test(value)
      ? { ok: true, value }
      : kind === 'dockerfile-copy'
        ? { ok: false, reason: 'COPY --from uses a variable, which BuildKit refuses ("variable expansion is not supported for --from"): the build fails' }
        : { ok: false, reason: `${context} from= uses a variable, which BuildKit refuses ("'from' doesn't support variable expansion"): the build fails` }
    images.push(source(kind, context, toLocation(path, range), value, expanded, {}))
  }
  for (const copy of dockerfile.getCOPYs()) {
    // Not `getFromFlag()`: dockerfile-ast returns it only when `--from` is the sole flag (`COPY --link --from=…` is common).
    const flag = copy.getFlags().find((candidate) => candidate.getName() === 'from')
    if (flag) fromReference('dockerfile-copy', 'COPY --from', flagWord(flag.getValue(), escape), flag.getValueRange())
  }
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() !== 'RUN' || !(instruction instanceof ModifiableInstruction)) continue
    for (const flag of instruction.getFlags()) {
      if (flag.getName() !== 'mount') continue
      // `RUN --mount=type=bind|cache,from=<stage or image>`: an image here is pulled for the build. The flag's
      // word loses its quotes first, then splits as CSV (`--mount="type=bind,from=x"`), keys in any case.
      const options = new Map(
        csvFields(flagWord(flag.getValue(), escape) ?? '').map((field) => {
          const equals = field.indexOf('=')
          return equals < 0 ? [field.toLowerCase(), ''] : [field.slice(0, equals).toLowerCase(), field.slice(equals + 1)]
        })
      )
      const from = options.get('from')
      const range = flag.getOption('from')?.getValueRange() ?? flag.getValueRange()
      if (from) fromReference('dockerfile-mount', `RUN --mount (${options.get('type')?.toLowerCase() || 'bind'})`, from, range)
    }
  }
  return images
}

/**
 * Why BuildKit refuses a `FROM` line's words (the whole build fails): `FROM image` or `FROM image AS name`, the
 * name (lower-cased) a letter then letters, digits, `-`, `_` or `.`. Null when it takes them.
 */
function refusedFrom(words: string[]): string | null {
  if (words.length === 1) return null
  if (words.length !== 3 || words[1]!.toLowerCase() !== 'as')
    return `BuildKit refuses this FROM (it takes an image and an optional "AS name", not ${words.length} words): the build fails`
  if (!/^[a-z][a-z0-9-_.]*$/.test(words[2]!.toLowerCase()))
    return `BuildKit refuses the stage name ${JSON.stringify(words[2])} (a letter, then letters, digits, "-", "_" or "."): the build fails`
  return null
}

/** Go's `unicode.IsSpace`, which BuildKit trims after a directive's `#`. */
const UNICODE_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/
/** A directive's `name=value` once the `#` and the spaces after it are gone (Go's `\s`: ASCII spaces only). */
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/

/**
 * The `# syntax=` directive as BuildKit detects it: after a byte-order mark and a `#!` line, the first lines that
 * are `#` comments of the form `name=value` with a name BuildKit knows (syntax, escape, check); any other line
 * ends them. Zero-based line and column of the value.
 */
function syntaxDirective(text: string): { value: string; line: number; character: number } | undefined {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/)
  const first = lines[0]?.startsWith('#!') ? 1 : 0
  for (let line = first; line < lines.length; line += 1) {
    const written = lines[line]!
    if (!written.startsWith('#')) return undefined
    const spaces = UNICODE_SPACE.exec(written.slice(1))![0].length
    const match = DIRECTIVE.exec(written.slice(1 + spaces))
    const name = match?.[1]!.toLowerCase()
    if (!match || (name !== 'syntax' && name !== 'escape' && name !== 'check')) return undefined
    if (name === 'syntax') return { value: match[2]!, line, character: written.indexOf(match[2]!, 1 + spaces + match[1]!.length) }
  }
  return undefined
}

/**
 * Whether a `FROM` that a default build cannot resolve can only name an earlier stage: its literal parts
 * (around the variables) match an earlier stage name, and stage names hold no `/`, `:` or `@`, so an image
 * reference cannot match. It must start with a literal (`$BASE-slim` may be `debian:bookworm-slim`).
 */
function namesStage(written: string, stages: string[]): boolean {
  const parts = written.toLowerCase().split(/\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*/)
  if (parts[0] === '' || /[/:@]/.test(parts.join(''))) return false
  const pattern = new RegExp(`^${parts.map(escapeRegExp).join('.*')}$`)
  return stages.some((stage) => pattern.test(stage))
}

/**
 * A flag's value as BuildKit reads the flags of an instruction: quotes (either kind) removed, the escape
 * character taking the next character literally.
 */
function flagWord(raw: string | null, escape: string): string | null {
  if (raw === null) return null
  let out = ''
  let quote = ''
  for (let index = 0; index < raw.length; index += 1) {
    const char = raw[index]!
    if (quote === '' && (char === '"' || char === "'")) quote = char
    else if (char === quote) quote = ''
    else if (char === escape) {
      if (index + 1 < raw.length) out += raw[++index]
    } else out += char
  }
  return out
}

/** The fields of a CSV line (`--mount`'s options): commas separate, a double-quoted field may hold commas and `""`. */
function csvFields(line: string): string[] {
  const fields: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index]!
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        field += '"'
        index += 1
      } else if (char === '"') quoted = false
      else field += char
    } else if (char === '"' && field === '') quoted = true
    else if (char === ',') {
      fields.push(field)
      field = ''
    } else field += char
  }
  fields.push(field)
  return fields
}

function platformOf(flag: Flag | null, scope: Map<string, Binding>, escape: string): { platform?: string; platformUnknown?: string } {
  const value = flagWord(flag?.getValue() ?? null, escape)
  if (!flag || !value) return {}
  const expanded = expandArgs(value, scope, escape)
  if (!expanded.ok) return { platformUnknown: expanded.reason }
  // `linux/${ARCH}` with ARCH unset is `linux/`, which BuildKit refuses.
  return expanded.unset === undefined ? { platform: expanded.value } : { platformUnknown: expanded.unset }
}

function source(
  kind: ImageSource['kind'],
  context: string,
  location: Location,
  written: string,
  expanded: Expansion,
  platform: { platform?: string; platformUnknown?: string }
): ImageSource {
  const base: ImageSource = { kind, context, location, text: written, ...platform }
  if (!expanded.ok) return { ...base, unknown: expanded.reason }
  const parsed = parseImageRef(expanded.value)
  // A variable with no value left it empty or not a reference (`$BASE:$TAG` is `:`): a default build fails, and
  // the image is whatever --build-arg says.
  if (!parsed.ok && expanded.unset !== undefined) return { ...base, unknown: expanded.unset }
  if (expanded.value !== written) base.resolved = expanded.value
  if (parsed.ok) return { ...base, ref: parsed.ref }
  return { ...base, unknown: `${JSON.stringify(expanded.value)} is not a valid image reference: ${parsed.reason}` }
}
