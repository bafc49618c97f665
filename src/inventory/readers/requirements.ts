/**
 * pip requirements files (`*requirements*.txt`), read the way pip reads them: `\` continuations, `#`
 * comments, per-requirement `--hash` options, `-r`/`--requirement` includes, `-e`/URL/VCS requirements.
 *
 * - `==X` / `===X` (one clause, no wildcard) is a resolved version; anything else is declared (version
 *   null, `declared` = the specifier, `*` when there is none). A `name @ url` or a bare URL to a wheel or
 *   sdist takes its version from the archive's file name.
 * - Markers and extras are kept on the package (`markers`, `extras`).
 * - A local project (`-e ./libs/x`, or the absolute `file:///…/libs/x` pip-compile writes) is named (and
 *   versioned, when static) by its `pyproject.toml` in the workspace; otherwise its location is its name.
 * - `-c` constraints, `--index-url`, `--extra-index-url`, `--find-links` and other options are not packages.
 * - Includes: each `-r` is followed once (cycle-safe). The packages of an included file are located in
 *   that file (its workspace path and line), so findings point where the pin is written. An included file
 *   that is itself a `*requirements*.txt` is skipped here: the inventory reads every such file on its
 *   own, and reading it twice would count its packages twice.
 * - Scope: a file named for development (`dev`, `test`, `lint`, `docs`, `ci`… in its name) gives `dev`;
 *   otherwise the file does not say (`unknown`); an included file takes the includer's scope unless its
 *   own name says `dev`.
 * - Direct: when the file carries pip-compile / uv `# via` annotations, a package is direct when one of its
 *   `via` names is not another registry, git or URL package of the files read (`-r requirements.in`, a local
 *   project of the file) and
 *   transitive otherwise; `-c` vias do not count. Without annotations the file does not say (null).
 */
import path from 'node:path'
import type { InventoryProblem, Package, ReadOutcome, Scope } from '../model.js'
import { readersFor } from './index.js'
import { localProjectMetadata, normalizeName, parseRequirement, pinnedVersion, pythonPackage, sourceOfUrl, versionFromArchiveUrl } from './python-common.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'requirements'
const DEV_FILE = /(?:^|[^a-z])(dev|devel|develop|development|test|tests|testing|lint|linting|docs?|ci|typing|mypy)(?:[^a-z]|$)/i
/** Options that take a value as the next token when not written `--opt=value`. */
const OPTIONS_WITH_VALUE = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '-f',
  '--find-links',
  '--trusted-host',
  '--no-binary',
  '--only-binary',
  '--use-feature',
  '--config-settings',
  '--global-option',
  '--hash',
  '-c',
  '--constraint',
  '-r',
  '--requirement',
  '-e',
  '--editable'
])

interface Entry {
  pkg: Package
  vias: string[]
}

function scopeOfFile(file: string, inherited: Scope): Scope {
  const base = path.posix.basename(file).replace(/requirements?/i, ' ')
  return DEV_FILE.test(base) ? 'dev' : inherited
}

function isCandidate(file: string): boolean {
  return readersFor(path.posix.basename(file)).some((reader) => reader.format === FORMAT)
}

/** Splits a logical line into whitespace-separated tokens (quotes are rare in requirements files and kept as written). */
function tokens(line: string): string[] {
  return line.split(/\s+/).filter(Boolean)
}

/** `-r x`, `-rx`, `--requirement x`, `--requirement=x` → x (and the same for any option name given). */
function optionValue(parts: string[], short: string, long: string): string | undefined {
  const [first, second] = parts
  if (first === short || first === long) return second
  if (first.startsWith(`${long}=`)) return first.slice(long.length + 1)
  if (first.startsWith(short) && !first.startsWith('--')) return first.slice(short.length).replace(/^=/, '')
  return undefined
}

const looksLikeUrlOrPath = (text: string): boolean =>
  !/\s/.test(text) &&
  (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^(?:\.{1,2}\/|\/|file:)/.test(text) || /\.(?:whl|tar\.gz|zip|tar\.bz2)$/.test(text) || text === '.')

export function read(input: ReaderInput): ReadOutcome {
  const entries: Entry[] = []
  const problems: InventoryProblem[] = []
  const topDirectory = path.posix.dirname(input.path)
  const visited = new Set<string>([path.posix.normalize(input.path)])
  let annotated = false

  const readFile = (file: string, text: string, inherited: Scope): void => {
    const scope = scopeOfFile(file, inherited)
    const directory = path.posix.dirname(file)
    const problem = (line: number, message: string): void => {
      problems.push({ path: file, line, format: FORMAT, message })
    }
    const lines = text.split('\n')
    let last: Entry | undefined
    let inVia = false
    for (let index = 0; index < lines.length; index += 1) {
      const startLine = index + 1
      let raw = lines[index].replace(/\r$/, '')
      // Annotations of pip-compile / uv: `# via x`, or `# via` followed by `#   x` lines.
      const comment = /^\s*#\s?(.*)$/.exec(raw)
      if (comment) {
        const body = comment[1]
        const via = /^via(?:\s+(.*))?$/.exec(body.trim())
        if (via && last) {
          annotated = true
          inVia = true
          if (via[1]) last.vias.push(via[1].trim())
        } else if (inVia && last && /^\s{2,}\S/.test(body)) {
          last.vias.push(body.trim())
        } else {
          inVia = false
        }
        continue
      }
      inVia = false
      while (raw.endsWith('\\') && index + 1 < lines.length) {
        index += 1
        const next = lines[index].replace(/\r$/, '')
        raw = `${raw.slice(0, -1)} ${/^\s*#/.test(next) ? '' : next}`
      }
      if (raw.endsWith('\\')) raw = raw.slice(0, -1)
      const line = raw.replace(/(^|\s)#.*$/, '').trim()
      if (line === '') continue
      const parts = tokens(line)

      if (line.startsWith('-')) {
        const include = optionValue(parts, '-r', '--requirement')
        if (include !== undefined) {
          includeFile(directory, include, scope, startLine, problem)
          last = undefined
          continue
        }
        const editable = optionValue(parts, '-e', '--editable')
        if (editable !== undefined) {
          last = requirementEntry(editable, [], true, file, startLine, scope, problem)
          continue
        }
        // -c constraints, index and find-links options, --pre, --require-hashes…: not packages.
        last = undefined
        continue
      }

      // A requirement, then its per-requirement options (`--hash=…`, `--config-settings …`).
      const optionAt = parts.findIndex((part) => part.startsWith('-'))
      const requirement = (optionAt === -1 ? parts : parts.slice(0, optionAt)).join(' ')
      const hashes: string[] = []
      if (optionAt !== -1) {
        for (let at = optionAt; at < parts.length; at += 1) {
          const part = parts[at]
          if (part.startsWith('--hash=')) hashes.push(part.slice('--hash='.length))
          else if (part === '--hash' && parts[at + 1]) hashes.push(parts[(at += 1)])
          else if (OPTIONS_WITH_VALUE.has(part)) at += 1
        }
      }
      last = requirementEntry(requirement, hashes, false, file, startLine, scope, problem)
    }
  }

  const requirementEntry = (
    text: string,
    hashes: string[],
    editable: boolean,
    file: string,
    line: number,
    scope: Scope,
    problem: (line: number, message: string) => void
  ): Entry | undefined => {
    let name: string | undefined
    let url: string | undefined
    let specifier = ''
    let extras: string[] = []
    let marker: string | undefined
    if (looksLikeUrlOrPath(text.split(/\s*;\s*/)[0])) {
      const [location, ...markerParts] = text.split(/\s*;\s*/)
      url = location
      marker = markerParts.join('; ') || undefined
      const egg = /[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[([^\]]*)\])?/.exec(location)
      if (egg) {
        name = egg[1]
        extras = egg[2]
          ? egg[2]
              .split(',')
              .map((extra) => extra.trim())
              .filter(Boolean)
          : []
      } else {
        const file = location.split(/[?#]/)[0].split('/').pop() ?? ''
        const archive = /^([A-Za-z0-9][A-Za-z0-9._]*?)-\d[^-]*(?:-|\.tar|\.zip)/.exec(file)
        if (archive) name = archive[1]
      }
    } else {
      const parsed = parseRequirement(text)
      if (!parsed) {
        problem(line, `not a requirement pip can read: ${text.length > 120 ? `${text.slice(0, 120)}…` : text}`)
        return undefined
      }
      name = parsed.name
      url = parsed.url
      specifier = parsed.specifier
      extras = parsed.extras
      marker = parsed.marker
    }
    const source = url ? sourceOfUrl(url) : 'registry'
    const local = !name && url !== undefined && source === 'path' ? localProject(file, url) : undefined
    if (local) {
      const entry: Entry = {
        pkg: pythonPackage({ ...local, scope, direct: null, source, resolved: url, path: file, line, ...(marker ? { markers: marker } : {}) }),
        vias: []
      }
      entries.push(entry)
      return entry
    }
    if (!name) {
      // A local project whose manifest is not in the workspace, or a URL without `#egg=`: the name is not
      // written; keep the package with its location as the name rather than drop it.
      if (url === undefined) return undefined
      const entry: Entry = {
        pkg: pythonPackage({ name: url, version: null, scope, direct: null, source, resolved: url, path: file, line, ...(marker ? { markers: marker } : {}) }),
        vias: []
      }
      delete entry.pkg.purl
      entries.push(entry)
      return entry
    }
    const version = pinnedVersion(specifier) ?? (url && !editable && source !== 'git' ? versionFromArchiveUrl(name, url) : undefined) ?? null
    const entry: Entry = {
      pkg: pythonPackage({
        name,
        version,
        ...(version === null && !url ? { declared: specifier === '' ? '*' : specifier } : {}),
        scope,
        direct: null,
        source,
        ...(url ? { resolved: url } : {}),
        hashes,
        ...(marker ? { markers: marker } : {}),
        extras,
        path: file,
        line
      }),
      vias: []
    }
    entries.push(entry)
    return entry
  }

  /**
   * The name (and static version) of a local project (`-e ./libs/x`, `-e .`, or the absolute `file:///…/libs/x`
   * pip-compile writes for a relative `-e`) from its `pyproject.toml` in the workspace. An absolute path is
   * tried by its trailing segments, longest first, relative to the requirements file's directory.
   */
  const localProject = (file: string, location: string): { name: string; version: string | null } | undefined => {
    const directory = path.posix.dirname(file)
    let target = location.replace(/^file:(?:\/\/(?:localhost)?)?/, '').replace(/[?#].*$/, '')
    try {
      target = decodeURIComponent(target)
    } catch {
      return undefined
    }
    const candidates: string[] = []
    if (path.posix.isAbsolute(target)) {
      const segments = target.split('/').filter(Boolean)
      for (let from = 0; from < segments.length; from += 1) candidates.push(segments.slice(from).join('/'))
    } else candidates.push(target)
    for (const candidate of candidates) {
      const resolved = path.posix.normalize(directory === '.' ? candidate : `${directory}/${candidate}`)
      if (resolved.startsWith('..')) continue
      const relative = path.posix.relative(topDirectory === '.' ? '' : topDirectory, resolved)
      const found = localProjectMetadata(input, relative)
      if (found) return found
    }
    return undefined
  }

  const includeFile = (directory: string, include: string, scope: Scope, line: number, problem: (line: number, message: string) => void): void => {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(include)) {
      problem(line, `included requirements at a URL are not read: ${include}`)
      return
    }
    const target = path.posix.normalize(directory === '.' ? include : `${directory}/${include}`)
    if (target.startsWith('..') || path.posix.isAbsolute(target)) {
      problem(line, `included file is outside the workspace: ${include}`)
      return
    }
    if (visited.has(target)) return
    visited.add(target)
    // Read on its own by the inventory: counting it here too would count its packages twice.
    if (isCandidate(target)) return
    const relative = path.posix.relative(topDirectory === '.' ? '' : topDirectory, target)
    const text = input.sibling(relative)
    if (text === undefined) {
      problem(line, `included file could not be read: ${include}`)
      return
    }
    readFile(target, text, scope)
  }

  readFile(input.path, input.text, 'unknown')

  if (annotated) {
    // A local project of the file (`-e .`, a workspace member uv exports) is the project itself: what it
    // names is direct, as what `-r requirements.in` names is.
    const names = new Set(entries.filter((entry) => entry.pkg.source !== 'path').map((entry) => normalizeName(entry.pkg.name)))
    for (const entry of entries) {
      entry.pkg.direct = entry.vias.length === 0 || entry.vias.some((via) => !via.startsWith('-c ') && !names.has(normalizeName(via.replace(/^-r\s+/, '-r '))))
    }
  }
  return { packages: entries.map((entry) => entry.pkg), edges: [], problems }
}
