/**
 * Images of Docker Compose files (`compose.yaml`, `docker-compose.yml`, their `.override` and
 * `docker-compose.<env>.yml` variants): each service's `image:`, interpolated as Compose does it (the
 * compose-spec interpolation rules): `$VAR`, `${VAR}`, `${VAR:-default}` / `${VAR-default}` (default when
 * unset, `:-` also when empty), `${VAR:?err}` / `${VAR?err}`, `${VAR:+alt}` / `${VAR+alt}`, `$$` for a
 * literal `$`, defaults that nest `${…}`. Values come from the `.env` file next to the Compose file (what
 * Compose reads from the project directory, in Compose's own `.env` dialect); a variable set by neither it nor
 * a default is the deploy environment's, and the image is `unknown`, never guessed. A service with `build:`
 * names the image it builds (its base images come from its Dockerfile, read as a Dockerfile), so its `image:`
 * is not a source. Files a Compose file takes services from (`include:`, `extends: {file}`) are read as
 * Compose files whatever their name, an included one with its own project's `.env` under the including
 * project's variables; a service that `extends` another without an `image:` of its own runs the image
 * reported where the other service writes it. Files Compose merges are merged as it merges them: the files
 * `COMPOSE_FILE` in `.env` names, in order, else a Compose file and its override (`compose.yaml` and
 * `compose.override.yaml`, the first of each name Compose looks for in a folder): a later file's `image:`,
 * `build:` or `extends:` of a service replaces an earlier one's image, and a service an earlier file builds
 * names with a later `image:` the image it builds. Checked against compose-go itself by
 * __interop__/image-sources.test.ts.
 */
import path from 'node:path'
import type { YamlFile } from '../../workspace/yaml.js'
import { locate, parseYaml } from '../../workspace/yaml.js'
import { asSeq, entries, entry, scalarText, type Entry } from '../../workspace/yaml-nodes.js'
import { unquotedRange } from '../../verify/manifests.js'
import type { ImageSource, ImageSourceProblem } from './model.js'
import { parseImageRef } from './reference.js'

import { workspacePath } from './names.js'

export { COMPOSE_FILES, COMPOSE_OVERRIDES, isComposeName } from './names.js'

export type Interpolation = { ok: true; value: string } | { ok: false; reason: string }

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/

/** Compose's interpolation of `text`; `vars` holds the variables known to be set (from `.env`). */
export function interpolate(text: string, vars: ReadonlyMap<string, string> & { interpolated?: Set<string> }): Interpolation {
  let out = ''
  let index = 0
  while (index < text.length) {
    const dollar = text.indexOf('$', index)
    if (dollar < 0) {
      out += text.slice(index)
      break
    }
    out += text.slice(index, dollar)
    const next = text[dollar + 1]
    if (next === '$') {
      out += '$'
      index = dollar + 2
      continue
    }
    if (next !== '{') {
      const name = NAME.exec(text.slice(dollar + 1))?.[0]
      if (!name) return { ok: false, reason: `invalid interpolation format at ${JSON.stringify(text.slice(dollar))} (write $$ for a literal $)` }
      const value = vars.get(name)
      if (value === undefined) return { ok: false, reason: unsetReason(name, vars) }
      out += value
      index = dollar + 1 + name.length
      continue
    }
    // `${…}`: find the matching brace (a default may hold `${…}` itself).
    let depth = 1
    let end = dollar + 2
    for (; end < text.length && depth > 0; end += 1) {
      if (text[end] === '{' && text[end - 1] === '$') depth += 1
      else if (text[end] === '}') depth -= 1
    }
    if (depth > 0) return { ok: false, reason: `unclosed \${ in ${JSON.stringify(text)}` }
    const body = text.slice(dollar + 2, end - 1)
    const name = NAME.exec(body)?.[0]
    if (!name) return { ok: false, reason: `invalid interpolation format \${${body}}` }
    const rest = body.slice(name.length)
    const operator = /^(?::?[-?+])?/.exec(rest)![0]
    const word = rest.slice(operator.length)
    if (operator === '' && rest !== '') return { ok: false, reason: `invalid interpolation format \${${body}}` }
    const value = vars.get(name)
    const unset = value === undefined || (operator.startsWith(':') && value === '')
    let result: Interpolation
    if (vars.interpolated?.has(name)) result = { ok: false, reason: unsetReason(name, vars) }
    else if (operator === '') result = value === undefined ? { ok: false, reason: unsetReason(name, vars) } : { ok: true, value }
    else if (operator.endsWith('-')) result = unset ? interpolate(word, vars) : { ok: true, value: value! }
    else if (operator.endsWith('+')) result = unset ? { ok: true, value: '' } : interpolate(word, vars)
    else result = unset ? { ok: false, reason: `$${name} is required (${word || 'no message'}) and not set in the file or .env` } : { ok: true, value: value! }
    if (!result.ok) return result
    out += result.value
    index = end
  }
  return { ok: true, value: out }
}

function unsetReason(name: string, vars: { interpolated?: Set<string> }): string {
  if (vars.interpolated?.has(name))
    return `$${name} is set in .env from variables the file does not set before it (the environment Compose runs in), which chaingate does not see`
  return `$${name} has no default and is not set in .env: its value comes from the environment Compose runs in, which chaingate does not see`
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', b: '\b', a: '\x07', '"': '"', '\\': '\\', $: '$$' }

/**
 * The variables of a `.env` file, read in Compose's own dialect (compose-go's dotenv; Node's `parseEnv` is
 * another one): `[export ]NAME=value` or `NAME: value`, `#` lines are comments; an unquoted value ends at
 * the line's end or at ` #` and is trimmed; '…' is literal; "…" takes the escapes `\n \t \\ \" \$`…; quoted
 * values may span lines. Values but single-quoted ones are interpolated from the variables before them; a
 * value that needs one the file does not set (the environment Compose runs in), and `NAME` alone (taken from
 * that environment), are kept in `interpolated`: their uses are unknown. A line Compose refuses ends the reading.
 */
export type Variables = Map<string, string> & { interpolated?: Set<string> }

/** `outer`: the project's variables, for an included project's `.env` (they win over its own, also in its interpolation). */
export function envFileVariables(text: string | undefined, outer?: Variables): Variables {
  const vars: Variables = new Map(outer)
  if (outer?.interpolated) vars.interpolated = new Set(outer.interpolated)
  /** Sets a variable, or makes it unknown (`undefined`). */
  const assign = (name: string, value: string | undefined): void => {
    if (outer?.has(name) || outer?.interpolated?.has(name)) return
    if (value === undefined) {
      vars.delete(name)
      ;(vars.interpolated ??= new Set()).add(name)
    } else {
      vars.set(name, value)
      vars.interpolated?.delete(name)
    }
  }
  let rest = text ?? ''
  for (;;) {
    rest = rest.replace(/^(?:\s|#[^\n]*)+/, '')
    const key = /^(?:export\s+)?([\p{L}\p{N}_.\-[\] \t\v\f\r]*)([=:\n]|$)/u.exec(rest)
    if (rest === '' || !key) break
    const name = key[1]!.trimEnd()
    if (name.includes(' ')) break
    rest = rest.slice(key[0].length)
    if (key[2] !== '=' && key[2] !== ':') {
      assign(name, undefined)
      continue
    }
    rest = rest.replace(/^[ \t\v\f\r]+/, '')
    const quote = rest[0] === '"' || rest[0] === "'" ? rest[0] : undefined
    let value: string
    if (!quote) {
      const line = rest.indexOf('\n') < 0 ? rest.length : rest.indexOf('\n')
      value = rest.slice(0, line).split(' #')[0]!.trimEnd()
      rest = rest.slice(line)
    } else {
      // A backslash keeps the next character (and itself, but before the quote).
      const quoted = new RegExp(`^${quote}((?:[^${quote}\\\\]|\\\\[^])*)${quote}`).exec(rest)
      if (!quoted) break
      value = quoted[1]!.replace(new RegExp(`\\\\${quote}`, 'g'), quote)
      rest = rest.slice(quoted[0].length)
      if (quote === "'") {
        assign(name, value)
        continue
      }
      value = value.replace(/\\([ntrfvba"\\$])/g, (_, char: string) => ESCAPES[char]!)
    }
    const expanded = interpolate(value, vars)
    assign(name, expanded.ok ? expanded.value : undefined)
  }
  return vars
}

export interface ComposeImages {
  images: ImageSource[]
  problems: ImageSourceProblem[]
  /** Workspace paths of the Dockerfiles services build (`build.context` + `build.dockerfile`). */
  dockerfiles: string[]
  /** Workspace paths of the Compose files this one takes services from by `extends.file` (read with this file's variables). */
  referenced: string[]
  /**
   * Compose files it `include:`s, each with the `.env` files of its own project (its folder's `.env`, or
   * `env_file:`) and the files included with it (`path:` a list: merged, each over the ones before).
   */
  included: Array<{ path: string; envFiles: string[]; stack: string[] }>
}

/** What the services of a Compose file set that a merge over or under it decides: `image:`, `build:`, `extends:` (taken as bringing an image). */
export type ComposeServices = Map<string, { image: boolean; build: boolean; extends: boolean }>

export function composeServices(relative: string, text: string): ComposeServices {
  const services: ComposeServices = new Map()
  const parsed = parseYaml(relative, text)
  if (!parsed.ok) return services
  for (const service of entries(parsed.file.doc, entry(parsed.file.doc, parsed.file.doc.contents, 'services')?.value))
    services.set(service.key, {
      image: !!serviceEntry(parsed.file, service.value, 'image'),
      build: !!serviceEntry(parsed.file, service.value, 'build'),
      extends: !!serviceEntry(parsed.file, service.value, 'extends')
    })
  return services
}

/** A service key, also when it comes from a YAML merge (`<<: *defaults`, common in Compose files). */
function serviceEntry(file: YamlFile, service: unknown, key: string, depth = 0): Entry | undefined {
  const direct = entry(file.doc, service, key)
  if (direct || depth > 8) return direct
  const merged = entry(file.doc, service, '<<')?.value
  for (const source of asSeq(file.doc, merged)?.items ?? [merged]) {
    const found = serviceEntry(file, source, key, depth + 1)
    if (found) return found
  }
  return undefined
}

/** Whether service `name` of `file` builds, itself or through the services it `extends` (`read` reads another file). */
function extendsBuild(relative: string, file: YamlFile, name: string, read?: (relative: string) => string | undefined, depth = 0): boolean {
  const service = entry(file.doc, entry(file.doc, file.doc.contents, 'services')?.value, name)?.value
  if (!service || depth > 8) return false
  if (depth > 0 && serviceEntry(file, service, 'build')) return true
  const extended = serviceEntry(file, service, 'extends')?.value
  const target = scalarText(file.doc, extended) ?? scalarText(file.doc, entry(file.doc, extended, 'service')?.value)
  const other = scalarText(file.doc, entry(file.doc, extended, 'file')?.value)?.trim()
  if (!target) return false
  if (!other) return extendsBuild(relative, file, target, read, depth + 1)
  const otherPath = workspacePath(path.posix.dirname(relative), other)
  const text = otherPath === undefined ? undefined : read?.(otherPath)
  if (otherPath === undefined || text === undefined) return false
  const parsed = parseYaml(otherPath, text)
  return parsed.ok && extendsBuild(otherPath, parsed.file, target, read, depth + 1)
}

/**
 * `env`: the `.env` text of the project, or its variables. `merged`: the services of the files Compose merges
 * with this one, before it (`earlier`) and over it (`later`): `compose.override.yaml` over `compose.yaml`, or the
 * files `COMPOSE_FILE` names. `read`: another Compose file's text (the services this one extends).
 */
export function composeImages(
  relative: string,
  text: string,
  env?: string | Variables,
  merged: { earlier?: ComposeServices[]; later?: ComposeServices[] } = {},
  read?: (relative: string) => string | undefined
): ComposeImages {
  const result: ComposeImages = { images: [], problems: [], dockerfiles: [], referenced: [], included: [] }
  const parsed = parseYaml(relative, text)
  if (!parsed.ok) {
    const { line, column, message } = parsed.failure
    result.problems.push({
      path: relative,
      kind: 'compose',
      message: `Compose file does not parse: ${message}`,
      location: { path: relative, startLine: line, startColumn: column, endLine: line, endColumn: column }
    })
    return result
  }
  const file = parsed.file
  const vars = typeof env === 'string' || env === undefined ? envFileVariables(env) : env
  const directory = path.posix.dirname(relative)
  const local = (written: string | undefined): string | undefined =>
    written && !/^[a-z][a-z0-9+.-]*:\/\//i.test(written) ? workspacePath(directory, written.trim()) : undefined
  const texts = (node: unknown): Array<string | undefined> => (asSeq(file.doc, node)?.items ?? [node]).map((item) => scalarText(file.doc, item))
  // `include:` entries: a path, or `{path: a path or a list, project_directory, env_file}`.
  for (const item of asSeq(file.doc, entry(file.doc, file.doc.contents, 'include')?.value)?.items ?? []) {
    const paths = texts(entry(file.doc, item, 'path')?.value ?? item).map(local)
    const project = scalarText(file.doc, entry(file.doc, item, 'project_directory')?.value)
    const envFile = entry(file.doc, item, 'env_file')?.value
    const folder = project !== undefined ? local(project) : paths[0] && path.posix.dirname(paths[0])
    const envFiles = (envFile ? texts(envFile).map(local) : [folder && path.posix.join(folder, '.env')]).filter((item) => item !== undefined)
    const stack = paths.filter((item) => item !== undefined)
    for (const included of stack) result.included.push({ path: included, envFiles, stack })
  }
  for (const service of entries(file.doc, entry(file.doc, file.doc.contents, 'services')?.value)) {
    const extended = local(scalarText(file.doc, entry(file.doc, serviceEntry(file, service.value, 'extends')?.value, 'file')?.value))
    if (extended) result.referenced.push(extended)
    const build = serviceEntry(file, service.value, 'build')
    // A later file's image (or build) replaces this one; a build of an earlier file names this image.
    if (merged.later?.some((other) => other.get(service.key)?.image || other.get(service.key)?.build || other.get(service.key)?.extends)) continue
    if (!build && merged.earlier?.some((other) => other.get(service.key)?.build)) continue
    // A service that extends one that builds (in this file or another) builds too: its `image:` names what it builds.
    if (!build && extendsBuild(relative, file, service.key, read)) continue
    if (build) {
      const context = scalarText(file.doc, build.value) ?? scalarText(file.doc, entry(file.doc, build.value, 'context')?.value) ?? '.'
      const dockerfile = scalarText(file.doc, entry(file.doc, build.value, 'dockerfile')?.value) ?? 'Dockerfile'
      const built = path.posix.normalize(path.posix.join(directory, context, dockerfile))
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(context) && !context.includes('.git#') && !path.posix.isAbsolute(dockerfile) && !built.startsWith('../'))
        result.dockerfiles.push(built)
      continue
    }
    const image = serviceEntry(file, service.value, 'image')
    const written = scalarText(file.doc, image?.value)?.trim()
    if (!image?.value || !written) continue
    const base = { kind: 'compose' as const, context: `Compose service ${service.key}`, location: locate(file, unquotedRange(image.value)), text: written }
    const value = interpolate(written, vars)
    if (!value.ok) {
      result.images.push({ ...base, unknown: value.reason })
      continue
    }
    const resolved = value.value.trim()
    const parsedRef = parseImageRef(resolved)
    const shown = resolved !== written ? { resolved } : {}
    result.images.push(
      parsedRef.ok ? { ...base, ...shown, ref: parsedRef.ref } : { ...base, ...shown, unknown: `not a valid image reference: ${parsedRef.reason}` }
    )
  }
  return result
}
