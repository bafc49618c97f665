/**
 * Go `go.mod`: the modules the main module requires. Since Go 1.17 a tidy go.mod lists every module that
 * provides a package to the build of the main module's packages and tests, `// indirect` marking the ones
 * no package of the main module imports itself. `replace` changes what ships (another module@version, or a
 * local directory), `exclude` removes versions, `tool` names tool packages (Go 1.24). The main module is not
 * a dependency. go.mod has no edges. `go.sum` (read beside it when present) only adds the modules' hashes:
 * it is not an inventory (it also holds go.mod-only checksums of modules that never ship).
 *
 * In a workspace (the nearest `go.work` in this directory or above that `use`s this module), `go` builds the
 * used modules from their directories (`workspace`, whatever version is required) and applies go.work's
 * `replace` directives over the module's own. `go list -m all` also lists modules of the pruned graph that
 * provide no package (required only by dependencies' go.mod files): go.mod does not, and neither does this
 * reader (nothing of them ships; syft and osv-scanner read go.mod the same way).
 */
import { posix } from 'node:path'
import { emptyOutcome, type InventoryProblem, type Package, type ReadOutcome } from '../model.js'
import { purlFor } from '../purl.js'
import type { ReaderInput } from './types.js'

const FORMAT = 'go-mod'

interface Line {
  tokens: string[]
  comment: string
  line: number
}

interface Require {
  path: string
  version: string
  indirect: boolean
  line: number
}

interface Replacement {
  path: string
  /** The replacement's version; absent for a local directory. */
  version?: string
  local: boolean
  line: number
}

class GoModError extends Error {
  constructor(
    message: string,
    readonly line: number
  ) {
    super(message)
  }
}

/** Splits one line into tokens (bare, "quoted" or `raw`) and its `//` comment, as the go.mod lexer does. */
function lex(text: string, line: number): Line {
  const tokens: string[] = []
  let comment = ''
  let i = 0
  while (i < text.length) {
    const c = text[i]
    if (c === ' ' || c === '\t' || c === '\r') {
      i++
    } else if (text.startsWith('//', i)) {
      comment = text.slice(i + 2).trim()
      break
    } else if (c === '"' || c === '`') {
      let j = i + 1
      let value = ''
      while (j < text.length && text[j] !== c) {
        if (c === '"' && text[j] === '\\' && j + 1 < text.length) j++
        value += text[j]
        j++
      }
      if (j >= text.length) throw new GoModError('unterminated quoted string', line)
      tokens.push(value)
      i = j + 1
    } else if (text.startsWith('=>', i)) {
      tokens.push('=>')
      i += 2
    } else {
      let j = i
      while (j < text.length && !' \t\r"`'.includes(text[j] as string) && !text.startsWith('//', j) && !text.startsWith('=>', j)) j++
      tokens.push(text.slice(i, j))
      i = j
    }
  }
  return { tokens, comment, line }
}

const VERSION = /^v\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/

function checkVersion(version: string | undefined, line: number): string {
  if (version === undefined) throw new GoModError('missing module version', line)
  if (!VERSION.test(version)) throw new GoModError(`invalid module version "${version}"`, line)
  return version
}

/**
 * Go's rule tying a module path's major-version suffix to its versions (golang.org/x/mod's CheckPathMajor,
 * which `go` applies to every go.mod it reads): a path ending `/vN` (N ≥ 2) takes only vN.x.y versions; a
 * path without one takes v0/v1, or a higher major marked `+incompatible`. (`gopkg.in/….vN` paths have rules
 * of their own and are left to `go`.)
 */
function checkPathMajor(modulePath: string, version: string, line: number): string {
  if (modulePath.startsWith('gopkg.in/')) return version
  const major = /^v(\d+)\./.exec(version)![1]!
  const suffix = /\/v(\d+)$/.exec(modulePath)?.[1]
  if (suffix !== undefined && Number(suffix) >= 2) {
    if (major !== suffix) throw new GoModError(`${modulePath}: version "${version}" invalid: should be v${suffix}, not v${major}`, line)
  } else if (Number(major) >= 2 && !version.endsWith('+incompatible')) {
    throw new GoModError(`${modulePath}: version "${version}" invalid: should be v0 or v1, not v${major} (or v${major} with +incompatible)`, line)
  }
  return version
}

/** A replacement target that is a directory (go.mod's rule: starts with ./ or ../, or is absolute). */
function isLocalPath(target: string): boolean {
  return (
    target.startsWith('./') ||
    target.startsWith('../') ||
    target.startsWith('/') ||
    /^[A-Za-z]:[\\/]/.test(target) ||
    target.startsWith('.\\') ||
    target.startsWith('..\\')
  )
}

const KNOWN = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore'])
/** The directives of a `go.work` file. */
const KNOWN_WORK = new Set(['go', 'toolchain', 'godebug', 'use', 'replace'])

interface Parsed {
  module?: string
  requires: Require[]
  replaces: Map<string, Replacement>
  excludes: Set<string>
  tools: string[]
  /** go.work: the module directories it uses. */
  uses: string[]
  go?: { version: string; line: number }
}

function parse(text: string, known = KNOWN): Parsed {
  const parsed: Parsed = { requires: [], replaces: new Map(), excludes: new Set(), tools: [], uses: [] }
  const lines = text.split('\n')
  let block: { verb: string; line: number } | undefined
  for (let index = 0; index < lines.length; index++) {
    const lexed = lex(lines[index] as string, index + 1)
    const tokens = lexed.tokens
    if (tokens.length === 0) continue
    let verb: string
    let args: string[]
    if (block) {
      if (tokens[0] === ')') {
        if (tokens.length > 1) throw new GoModError(`unexpected "${tokens[1]}" after ")"`, lexed.line)
        block = undefined
        continue
      }
      verb = block.verb
      args = tokens
    } else {
      verb = tokens[0] as string
      if (!known.has(verb)) throw new GoModError(`unknown directive: ${verb}`, lexed.line)
      if (tokens[1] === '(' && tokens.length === 2) {
        block = { verb, line: lexed.line }
        continue
      }
      args = tokens.slice(1)
    }
    directive(parsed, verb, args, lexed)
  }
  if (block) throw new GoModError(`"${block.verb} (" block is not closed`, block.line)
  return parsed
}

function directive(parsed: Parsed, verb: string, args: string[], lexed: Line): void {
  const line = lexed.line
  switch (verb) {
    case 'module':
      if (args.length !== 1) throw new GoModError('usage: module module/path', line)
      parsed.module = args[0]
      return
    case 'go':
      if (args.length !== 1 || !/^\d+(?:\.\d+)*(?:(?:rc|beta)\d+)?$/.test(args[0] as string)) throw new GoModError('usage: go 1.23', line)
      parsed.go = { version: args[0] as string, line }
      return
    case 'require': {
      if (args.length !== 2) throw new GoModError('usage: require module/path v1.2.3', line)
      const indirect = lexed.comment === 'indirect' || lexed.comment.startsWith('indirect;')
      parsed.requires.push({ path: args[0] as string, version: checkPathMajor(args[0] as string, checkVersion(args[1], line), line), indirect, line })
      return
    }
    case 'exclude':
      if (args.length !== 2) throw new GoModError('usage: exclude module/path v1.2.3', line)
      parsed.excludes.add(`${args[0]}@${checkVersion(args[1], line)}`)
      return
    case 'replace': {
      const arrow = args.indexOf('=>')
      if (arrow !== 1 && arrow !== 2) throw new GoModError('usage: replace module/path [v1.2.3] => other/module v1.4 | ../local/directory', line)
      const from = args[0] as string
      const fromVersion = arrow === 2 ? checkVersion(args[1], line) : undefined
      const target = args.slice(arrow + 1)
      if (target.length === 0 || target.length > 2) throw new GoModError('usage: replace module/path [v1.2.3] => other/module v1.4 | ../local/directory', line)
      const to = target[0] as string
      let replacement: Replacement
      if (target.length === 1) {
        if (!isLocalPath(to))
          throw new GoModError(`replacement module without version must be a directory path (rooted or starting with ./ or ../): ${to}`, line)
        replacement = { path: to, local: true, line }
      } else {
        replacement = { path: to, version: checkVersion(target[1], line), local: false, line }
      }
      parsed.replaces.set(fromVersion ? `${from}@${fromVersion}` : from, replacement)
      return
    }
    case 'use':
      if (args.length !== 1) throw new GoModError('usage: use local/dir', line)
      parsed.uses.push(args[0] as string)
      return
    case 'tool':
      if (args.length !== 1) throw new GoModError('usage: tool package/path', line)
      parsed.tools.push(args[0] as string)
      return
    default:
      // toolchain, godebug, retract, ignore: nothing the build is made of.
      return
  }
}

/** `module version h1:hash` lines of go.sum (not the `/go.mod` ones), by `module@version`. */
function sums(text: string | undefined): Map<string, string> {
  const hashes = new Map<string, string>()
  if (!text) return hashes
  for (const line of text.split('\n')) {
    const [module, version, hash] = line.trim().split(/\s+/)
    if (!module || !version || !hash || version.endsWith('/go.mod')) continue
    hashes.set(`${module}@${version}`, hash)
  }
  return hashes
}

/** The required module whose path is the longest prefix of a tool package path. */
function toolModules(tools: string[], requires: Require[]): Set<string> {
  const modules = new Set<string>()
  for (const tool of tools) {
    let best: string | undefined
    for (const { path } of requires) {
      if ((tool === path || tool.startsWith(`${path}/`)) && (!best || path.length > best.length)) best = path
    }
    if (best) modules.add(best)
  }
  return modules
}

interface GoWork {
  /** Module path → directory (relative to go.work) of the modules the workspace uses. */
  modules: Map<string, string>
  replaces: Map<string, Replacement>
  path: string
}

/**
 * The `go.work` that puts this module in a workspace, as `go` finds it: the nearest one in this directory or
 * an ancestor, when one of its `use` directives names this module's directory. Undefined when there is none
 * (or `GOWORK=off`: the build then is the module's alone, which the file cannot tell).
 */
function findWork(input: ReaderInput): GoWork | { problem: InventoryProblem } | undefined {
  const directory = posix.dirname(input.path)
  const segments = directory === '.' ? [] : directory.split('/')
  for (let up = 0; up <= segments.length; up += 1) {
    const prefix = '../'.repeat(up)
    const text = input.sibling(`${prefix}go.work`)
    if (text === undefined) continue
    const workPath = posix.join(segments.slice(0, segments.length - up).join('/') || '.', 'go.work')
    let work: Parsed
    try {
      work = parse(text, KNOWN_WORK)
    } catch (error) {
      if (error instanceof GoModError) return { problem: { path: workPath, line: error.line, format: FORMAT, message: error.message } }
      throw error
    }
    const here = segments.slice(segments.length - up).join('/') || '.'
    const uses = work.uses.map((use) => posix.normalize(use).replace(/\/+$/, '') || '.')
    if (!uses.includes(here)) return undefined
    const modules = new Map<string, string>()
    for (const use of uses) {
      const text = use === here ? input.text : input.sibling(`${prefix}${use === '.' ? '' : `${use}/`}go.mod`)
      if (text === undefined) continue
      try {
        const module = parse(text).module
        if (module) modules.set(module, use)
      } catch {
        // That module's own go.mod reports its problem when it is read.
      }
    }
    return { modules, replaces: work.replaces, path: workPath }
  }
  return undefined
}

export function read(input: ReaderInput): ReadOutcome {
  let parsed: Parsed
  try {
    parsed = parse(input.text)
  } catch (error) {
    if (error instanceof GoModError) return emptyOutcome({ path: input.path, line: error.line, format: FORMAT, message: error.message })
    throw error
  }
  if (parsed.module === undefined) return emptyOutcome({ path: input.path, line: 1, format: FORMAT, message: 'missing module declaration' })
  const work = findWork(input)
  if (work && 'problem' in work) return emptyOutcome(work.problem)
  const hashes = sums(input.sibling('go.sum'))
  const tools = toolModules(parsed.tools, parsed.requires)
  const packages: Package[] = []
  for (const require of parsed.requires) {
    if (require.path === parsed.module) continue
    const used = work?.modules.get(require.path)
    if (used !== undefined) {
      // A module of the workspace: go builds its directory, whatever version this go.mod requires.
      packages.push({
        ecosystem: 'Go',
        name: require.path,
        version: require.version,
        purl: purlFor('Go', require.path, require.version),
        scope: 'runtime',
        direct: !require.indirect,
        source: 'workspace',
        resolved: used,
        location: { path: input.path, line: require.line }
      })
      continue
    }
    // go.work's replacements win over the module's own (as `go` applies them in workspace mode).
    const workReplacement = work?.replaces.get(`${require.path}@${require.version}`) ?? work?.replaces.get(require.path)
    const replacement = workReplacement ?? parsed.replaces.get(`${require.path}@${require.version}`) ?? parsed.replaces.get(require.path)
    const replacedAt = workReplacement && work ? work.path : input.path
    // A tool's module that no package of the main module imports is there for the tool (dev), but a
    // dependency may import it too: the file cannot tell, so it is not called runtime or dev.
    const scope = tools.has(require.path) && require.indirect ? 'unknown' : 'runtime'
    const base = { ecosystem: 'Go', scope, direct: !require.indirect } as const
    if (replacement?.local) {
      packages.push({
        ...base,
        name: require.path,
        version: require.version,
        purl: purlFor('Go', require.path, require.version),
        source: 'path',
        resolved: replacement.path,
        location: { path: replacedAt, line: replacement.line }
      })
    } else if (replacement) {
      const version = replacement.version as string
      const hash = hashes.get(`${replacement.path}@${version}`)
      packages.push({
        ...base,
        name: replacement.path,
        version,
        purl: purlFor('Go', replacement.path, version),
        source: 'registry',
        replaces: `${require.path}@${require.version}`,
        ...(hash ? { hashes: [hash] } : {}),
        location: { path: replacedAt, line: replacement.line }
      })
    } else if (parsed.excludes.has(`${require.path}@${require.version}`)) {
      // Go skips an excluded version and takes the next one it finds: not knowable from the file.
      packages.push({
        ...base,
        name: require.path,
        version: null,
        declared: require.version,
        source: 'registry',
        location: { path: input.path, line: require.line }
      })
    } else {
      const hash = hashes.get(`${require.path}@${require.version}`)
      packages.push({
        ...base,
        name: require.path,
        version: require.version,
        purl: purlFor('Go', require.path, require.version),
        source: 'registry',
        ...(hash ? { hashes: [hash] } : {}),
        location: { path: input.path, line: require.line }
      })
    }
  }
  return { packages, edges: [], problems: prunedGraphProblem(input.path, parsed, packages.length) }
}

/**
 * Before Go 1.17 a tidy go.mod names only what the main module imports itself (and the odd indirect
 * requirement): the modules those need are found by reading their go.mod files, which the inventory cannot
 * do offline. Such a file is read, but said to be incomplete (a `go` directive is assumed to be 1.16 when
 * absent), never passed as the whole build.
 */
function prunedGraphProblem(path: string, parsed: Parsed, listed: number): InventoryProblem[] {
  if (listed === 0) return []
  const version = parsed.go?.version ?? '1.16'
  const [major, minor] = version.split('.').map((part) => Number.parseInt(part, 10))
  if (major > 1 || (major === 1 && (minor ?? 0) >= 17)) return []
  return [
    {
      path,
      line: parsed.go?.line ?? 1,
      format: FORMAT,
      message: `go ${version}${parsed.go ? '' : ' (no go directive)'}: before Go 1.17 go.mod lists only part of the module graph, so the ${listed} module${listed === 1 ? '' : 's'} read here may miss what they depend on; run \`go mod tidy -go=1.17\` (or later) to record them all`
    }
  ]
}
