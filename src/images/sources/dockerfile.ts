/**
 * Images a Dockerfile (or Containerfile) pulls: every `FROM` that is not `scratch` and not an earlier stage
 * of the same file, every `COPY --from=<image>` and `RUN --mount=…,from=<image>`, and the `# syntax=` frontend. `ONBUILD` triggers are not
 * this build's images (they run in a later build that uses this image as its base). Parsed with `dockerfile-ast` (line continuations,
 * heredocs, the `# escape=` directive, lower-case instructions); build arguments are substituted here the
 * way BuildKit does for `FROM`: the `ARG`s before the first `FROM` (their defaults, in order) and the
 * builder's automatic platform arguments, with `$V`, `${V}`, `${V:-word}`, `${V-word}`, `${V:+word}` and
 * `${V+word}`. What a default build cannot decide (an `ARG` with no default, `$TARGETARCH`) is an `unknown`
 * reference with the reason.
 */
import { DockerfileParser, ModifiableInstruction, type Dockerfile, type Flag } from 'dockerfile-ast'
import type { Location } from '../../model/finding.js'
import type { ImageSource } from './model.js'
import { parseImageRef } from './reference.js'
import { escapeRegExp } from '../../escape-regexp.js'

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
 * A variable's value for a default build: a string; unset (an `ARG` without a default, an undeclared name:
 * `${V:-word}` gives the word); or unknown (set by the builder, or a default chaingate cannot evaluate:
 * every use of it is unknown).
 */
type Binding = { value: string } | { unset: string } | { unknown: string }

/** A failed expansion says whether a default build leaves it unset (`unset`) or it cannot be known here. */
export type Expansion = { ok: true; value: string } | { ok: false; reason: string; unset?: true }

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
 * Expands build arguments in `text`. `scope` holds the declared ARGs (a missing name is undeclared); the
 * escape character (`\` or the `# escape=` one) keeps a `$` literal.
 */
export function expandArgs(text: string, scope: Map<string, Binding>, escape = '\\'): Expansion {
  let out = ''
  let index = 0
  const lookup = (name: string): Binding => {
    const bound = scope.get(name)
    if (bound) return bound
    if (AUTOMATIC_ARGS.has(name)) return { unknown: `$${name} is set by the builder for each build` }
    return { unset: `$${name} is not declared by an ARG before the first FROM` }
  }
  let inDouble = false
  while (index < text.length) {
    const char = text[index]!
    if (char === escape && text[index + 1] === '$') {
      out += '$'
      index += 2
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
      if (!('value' in bound)) return 'unset' in bound ? { ok: false, reason: bound.unset, unset: true } : { ok: false, reason: bound.unknown }
      out += bound.value
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
      if (text[end] === '{') depth += 1
      else if (text[end] === '}') depth -= 1
      if (depth > 0) end += 1
    }
    if (depth > 0) return { ok: false, reason: `unterminated \${ in ${JSON.stringify(text)}` }
    const body = text.slice(index + 2, end)
    const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([\s\S]*))?$/.exec(body)
    if (!match) return { ok: false, reason: `\${${body}} is a substitution chaingate does not evaluate` }
    const [, name, operator, word = ''] = match
    const bound = lookup(name!)
    if ('unknown' in bound) return { ok: false, reason: bound.unknown }
    const isSet = 'value' in bound
    const nonEmpty = isSet && bound.value !== ''
    const expandWord = (): Expansion => expandArgs(word, scope, escape)
    let piece: Expansion
    switch (operator) {
      case undefined:
        piece = isSet ? { ok: true, value: bound.value } : { ok: false, reason: bound.unset, unset: true }
        break
      case ':-':
        piece = nonEmpty ? { ok: true, value: bound.value } : expandWord()
        break
      case '-':
        piece = isSet ? { ok: true, value: bound.value } : expandWord()
        break
      case ':+':
        piece = nonEmpty ? expandWord() : { ok: true, value: '' }
        break
      case '+':
        piece = isSet ? expandWord() : { ok: true, value: '' }
        break
      default:
        // `:?` / `?`: the build fails when unset.
        piece =
          (operator === ':?' ? nonEmpty : isSet) && 'value' in bound
            ? { ok: true, value: bound.value }
            : { ok: false, reason: 'unset' in bound ? bound.unset : `$${name} is empty` }
    }
    if (!piece.ok) return piece
    out += piece.value
    index = end + 1
  }
  return { ok: true, value: out }
}

/** The global build arguments (before the first FROM) with their defaults, each default expanded by the earlier ones. */
function globalArgs(dockerfile: Dockerfile, escape: string): Map<string, Binding> {
  const scope = new Map<string, Binding>()
  for (const arg of dockerfile.getInitialARGs()) {
    for (const property of arg.getProperties()) {
      const name = property.getName()
      const value = property.getValue()
      if (value === null) {
        scope.set(name, { unset: `ARG ${name} has no default (the image depends on --build-arg ${name}=…)` })
        continue
      }
      const raw = property.getUnescapedValue() ?? value
      if (raw.startsWith("'") && raw.endsWith("'")) {
        scope.set(name, { value })
        continue
      }
      const expanded = expandArgs(value, scope, escape)
      if (expanded.ok) {
        scope.set(name, { value: expanded.value })
        continue
      }
      // The reason names the first ARG that could not be evaluated (a chain of ARGs keeps it).
      const reason = expanded.reason.startsWith('ARG ') ? expanded.reason : `ARG ${name}: ${expanded.reason}`
      scope.set(name, expanded.unset ? { unset: reason } : { unknown: reason })
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
  // `# syntax=<image>`: the BuildKit frontend image that parses and runs this Dockerfile.
  for (const directive of dockerfile.getDirectives()) {
    if (directive.getName().toLowerCase() !== 'syntax') continue
    const value = directive.getValue().trim()
    if (value === '') continue
    const expanded: Expansion = { ok: true, value }
    images.push(source('dockerfile-syntax', '# syntax= frontend', toLocation(path, directive.getValueRange()), value, expanded, {}))
  }
  for (const [index, from] of froms.entries()) {
    const written = from.getImage()
    const range = from.getImageRange()
    const stageName = from.getBuildStage()
    const context = stageName ? `stage ${stageName}` : `stage ${index}`
    if (written === null || range === null) continue
    const expanded = expandArgs(written, scope, escape)
    const location = toLocation(path, range)
    const platform = platformOf(from.getPlatformFlag(), scope, escape)
    if (expanded.ok) {
      const value = expanded.value
      if (value.toLowerCase() === 'scratch') {
        if (stageName) stages.push(stageName.toLowerCase())
        continue
      }
      if (stages.includes(value.toLowerCase())) {
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
    // A stage index (`--from=0`) or a stage's name is not an image.
    if (/^\d+$/.test(value) || allStages.has(value.toLowerCase())) return
    const expanded: Expansion = !value.includes('$')
      ? { ok: true, value }
      : kind === 'dockerfile-copy'
        ? { ok: false, reason: 'COPY --from uses a variable, which BuildKit refuses ("variable expansion is not supported for --from"): the build fails' }
        : { ok: false, reason: `${context} uses a build variable (its value depends on the stage's ARGs and --build-arg)` }
    images.push(source(kind, context, toLocation(path, range), value, expanded, {}))
  }
  for (const copy of dockerfile.getCOPYs()) {
    // Not `getFromFlag()`: dockerfile-ast returns it only when `--from` is the sole flag (`COPY --link --from=…` is common).
    const flag = copy.getFlags().find((candidate) => candidate.getName() === 'from')
    if (flag) fromReference('dockerfile-copy', 'COPY --from', flag.getValue(), flag.getValueRange())
  }
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() !== 'RUN' || !(instruction instanceof ModifiableInstruction)) continue
    for (const flag of instruction.getFlags()) {
      if (flag.getName() !== 'mount') continue
      // `RUN --mount=type=bind|cache,from=<stage or image>`: an image here is pulled for the build.
      const option = flag.getOption('from')
      if (option) fromReference('dockerfile-mount', `RUN --mount (${flag.getOption('type')?.getValue() ?? 'bind'})`, option.getValue(), option.getValueRange())
    }
  }
  return images
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

function platformOf(flag: Flag | null, scope: Map<string, Binding>, escape: string): { platform?: string; platformUnknown?: string } {
  const value = flag?.getValue()
  if (!flag || !value) return {}
  const expanded = expandArgs(value, scope, escape)
  return expanded.ok ? { platform: expanded.value } : { platformUnknown: expanded.reason }
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
  if (expanded.value !== written) base.resolved = expanded.value
  const parsed = parseImageRef(expanded.value)
  return parsed.ok ? { ...base, ref: parsed.ref } : { ...base, unknown: `${JSON.stringify(expanded.value)} is not a valid image reference: ${parsed.reason}` }
}
