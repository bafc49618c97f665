/**
 * Just enough shell reading for the audits: split a `run:` script into commands with offsets, find local
 * scripts it calls, commands that run repository code (build tools, "living off the pipeline"), and
 * writes to `$GITHUB_ENV` / `$GITHUB_PATH` / `$GITHUB_OUTPUT` in bash and PowerShell forms. It is a
 * scanner, not a shell parser: it errs on the side of seeing a command where there is one.
 */
import { BUILD_TOOLS } from './data/index.js'

export interface Command {
  /** The command's text (one simple command, continuation lines joined as in the source). */
  text: string
  /** Offsets in the script. */
  start: number
  end: number
}

/**
 * Memoises a function of a script's text: rules and analyses scan the same `run:` blocks several times.
 * Bounded; results are shared, so callers must not mutate them.
 */
function memo<T>(compute: (script: string) => T): (script: string) => T {
  const cache = new Map<string, T>()
  return (script: string): T => {
    let value = cache.get(script)
    if (value === undefined) {
      value = compute(script)
      if (cache.size >= 20000) cache.clear()
      cache.set(script, value)
    }
    return value
  }
}

/** Simple commands of a script: split at newlines (except `\`-continued), `;`, `&&`, `||`, `|`, `&`; comments dropped. */
export const commands = memo(splitCommands)

function splitCommands(script: string): Command[] {
  const out: Command[] = []
  let start = 0
  let quote: string | null = null
  const push = (end: number): void => {
    const raw = script.slice(start, end)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    if (text) out.push({ text, start: start + lead, end: start + lead + text.length })
  }
  for (let i = 0; i < script.length; i += 1) {
    const c = script[i]!
    if (quote) {
      if (c === '\\' && quote === '"') i += 1
      else if (c === quote) quote = null
      continue
    }
    if (c === '\\') {
      i += 1
      continue
    }
    if (c === "'" || c === '"') {
      quote = c
      continue
    }
    if (c === '#' && (i === 0 || /\s/.test(script[i - 1]!))) {
      push(i)
      const newline = script.indexOf('\n', i)
      i = newline === -1 ? script.length : newline
      start = i + 1
      continue
    }
    if (c === '\n' || c === ';' || c === '|' || c === '&') {
      push(i)
      if ((c === '|' || c === '&') && script[i + 1] === c) i += 1
      start = i + 1
    }
  }
  push(script.length)
  return out
}

/** Words of a command (quotes removed, not expanded), with offsets relative to the command text. */
export function words(text: string): Array<{ word: string; start: number }> {
  const out: Array<{ word: string; start: number }> = []
  let i = 0
  const n = text.length
  while (i < n) {
    let c = text.charCodeAt(i)
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i += 1
      continue
    }
    const start = i
    let word = ''
    let plainFrom = i
    while (i < n) {
      c = text.charCodeAt(i)
      if (c === 32 || c === 9 || c === 10 || c === 13) break
      if (c === 34 /* " */ || c === 39 /* ' */) {
        word += text.slice(plainFrom, i)
        let close = text.indexOf(c === 34 ? '"' : "'", i + 1)
        while (c === 34 && close > 0 && text.charCodeAt(close - 1) === 92 /* \\ */) close = text.indexOf('"', close + 1)
        const end = close === -1 ? n : close
        word += text.slice(i + 1, end)
        i = close === -1 ? n : close + 1
        plainFrom = i
        continue
      }
      i += 1
    }
    word += text.slice(plainFrom, i)
    out.push({ word, start })
  }
  return out
}

/** Skips `sudo`, `env X=y`, `time`, leading assignments and the like. */
function commandWords(text: string): Array<{ word: string; start: number }> {
  const all = words(text)
  let i = 0
  while (i < all.length) {
    const word = all[i]!.word
    // `X=$(cmd args)`: the command is the substitution's (`find ./dir` runs find, not ./dir).
    const substitution = /^([A-Za-z_][A-Za-z0-9_]*=\$\()([^)]+)(\)?)$/.exec(word)
    if (substitution) return [{ word: substitution[2]!, start: all[i]!.start + substitution[1]!.length }, ...all.slice(i + 1)]
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(word) || ['sudo', 'env', 'time', 'exec', 'nohup', 'command', 'then', 'do', 'else', '{', '(', '!'].includes(word)) i += 1
    else if (word === 'sudo' || /^-/.test(word)) i += 1
    else break
  }
  return all.slice(i)
}

export interface ScriptCall {
  /** The script path as written (relative to the working directory). */
  path: string
  start: number
  end: number
}

const SCRIPT_RUNNERS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'source', '.', 'pwsh', 'powershell'])

/** Local scripts a shell script runs: `./ci/build.sh`, `bash scripts/x.sh`, `source env.sh`, `. ./x`. */
export const scriptCalls = memo(findScriptCalls)

function findScriptCalls(script: string): ScriptCall[] {
  const out: ScriptCall[] = []
  for (const command of commands(script)) {
    const list = commandWords(command.text)
    const first = list[0]
    if (!first) continue
    let target: { word: string; start: number } | undefined
    if (SCRIPT_RUNNERS.has(first.word)) target = list.slice(1).find((w) => !w.word.startsWith('-'))
    else if (/^\.{1,2}\//.test(first.word)) target = first
    if (!target) continue
    const path = target.word
    if (!/^[\w./-]+$/.test(path) || (path.includes('..') && !path.startsWith('./'))) continue
    if (!/\.(sh|bash|ps1)$/.test(path) && !/^\.\//.test(path)) continue
    out.push({ path, start: command.start + target.start, end: command.start + target.start + target.word.length })
  }
  return out
}

export interface ToolUse {
  /** The tool, e.g. `npm install`, `make`, `./build.sh`. */
  tool: string
  start: number
  end: number
}

const NPM_LIKE = new Set(['npm', 'yarn', 'pnpm', 'bun'])
const NPM_SAFE = new Set([
  '--version',
  '-v',
  'version',
  'config',
  'whoami',
  'view',
  'info',
  'help',
  'login',
  'logout',
  'set',
  'cache',
  'ls',
  'list',
  'outdated',
  'audit',
  'pack',
  'publish'
])
const ALWAYS_EXEC = new Set(BUILD_TOOLS.map((entry) => entry.tool))

/**
 * Commands that run code from the checked-out tree: package-manager installs and scripts, build tools,
 * test runners, interpreters on local files, local scripts. (`npm install` runs lifecycle scripts; `make`
 * reads the Makefile; `pip install .` runs setup.py...)
 */
export const codeExecutions = memo(findCodeExecutions)

function findCodeExecutions(script: string): ToolUse[] {
  const out: ToolUse[] = []
  for (const command of commands(script)) {
    const list = commandWords(command.text)
    const first = list[0]
    if (!first) continue
    const name = first.word.replace(/^.*\//, '')
    const second = list[1]?.word ?? ''
    let tool: string | null = null
    if (/^\.{1,2}\//.test(first.word)) tool = first.word
    else if (NPM_LIKE.has(name)) {
      if (!NPM_SAFE.has(second) && !(name === 'npm' && second === 'ci' && /--ignore-scripts/.test(command.text))) tool = `${name}${second ? ` ${second}` : ''}`
      if (/--ignore-scripts/.test(command.text) && ['install', 'i', 'ci', 'add'].includes(second)) tool = null
    } else if (name === 'npx' || name === 'pnpx' || name === 'bunx') tool = `${name} ${second}`.trim()
    else if (ALWAYS_EXEC.has(name)) tool = name
    else if (name === 'gradlew' || name === 'mvnw') tool = name
    else if (/^pip[0-9.]*$/.test(name) || (/^python[0-9.]*$/.test(name) && second === '-m' && /^pip/.test(list[2]?.word ?? ''))) {
      const rest = list.slice(name.startsWith('pip') ? 1 : 3).map((w) => w.word)
      if (
        rest[0] === 'install' &&
        rest.some((w) => w === '.' || w.startsWith('./') || w === '-e' || w === '--editable' || w === '-r' || w.startsWith('-r') || w === '--requirement')
      )
        tool = `${name} install`
    } else if (/^python[0-9.]*$/.test(name) || name === 'py') {
      const target = list.slice(1).find((w) => !w.word.startsWith('-'))
      if (second === '-m' && list[2] && !/^(pip|venv|json\.tool|http\.server)$/.test(list[2].word)) tool = `${name} -m ${list[2].word}`
      else if (target && /\.py$/.test(target.word)) tool = `${name} ${target.word}`
    } else if (name === 'cargo' && ['build', 'test', 'run', 'check', 'clippy', 'bench', 'doc', 'install'].includes(second)) {
      if (!(second === 'install' && !list.some((w) => w.word === '--path'))) tool = `cargo ${second}`
    } else if (name === 'go' && ['generate', 'run', 'test', 'build', 'install', 'vet'].includes(second)) tool = `go ${second}`
    else if ((name === 'docker' || name === 'podman' || name === 'buildah') && (second === 'build' || second === 'buildx' || second === 'compose'))
      tool = `${name} ${second}`
    else if (name === 'docker-compose') tool = name
    else if (name === 'bundle' && ['install', 'exec'].includes(second)) tool = `bundle ${second}`
    else if (name === 'dotnet' && ['build', 'test', 'run', 'restore', 'pack', 'publish', 'msbuild'].includes(second)) tool = `dotnet ${second}`
    else if (SCRIPT_RUNNERS.has(name) && list[1] && !list[1].word.startsWith('-') && /^[\w./-]+$/.test(list[1].word)) tool = `${name} ${list[1].word}`
    if (tool) out.push({ tool, start: command.start + first.start, end: command.start + first.start + first.word.length })
  }
  return out
}

export type EnvFile = 'GITHUB_ENV' | 'GITHUB_PATH' | 'GITHUB_OUTPUT' | 'GITHUB_STEP_SUMMARY' | 'GITHUB_STATE'

export interface EnvFileWrite {
  file: EnvFile
  /** The whole command doing the write (including what is written). */
  command: Command
}

const ENV_FILE_PATTERN = /(?:\$\{?|\$env:|%|env\.)(GITHUB_(?:ENV|PATH|OUTPUT|STEP_SUMMARY|STATE))\b/i

/**
 * Writes to the runner's environment files: `echo … >> $GITHUB_ENV`, `… | tee -a "$GITHUB_ENV"`,
 * `"…" | Out-File -FilePath $env:GITHUB_ENV -Append`, `Add-Content $env:GITHUB_PATH …`, heredocs to them.
 * Pipelines are kept whole so the producer of the data is part of `command`.
 */
export const envFileWrites = memo(findEnvFileWrites)

function findEnvFileWrites(script: string): EnvFileWrite[] {
  const out: EnvFileWrite[] = []
  // Work per logical line (pipes kept together): split on newlines that are not `\`-continued.
  let lineStart = 0
  for (let i = 0; i <= script.length; i += 1) {
    if (i < script.length && (script[i] !== '\n' || script[i - 1] === '\\' || script[i - 1] === '`')) continue
    const raw = script.slice(lineStart, i)
    const lead = raw.length - raw.trimStart().length
    const text = raw.trim()
    const start = lineStart + lead
    lineStart = i + 1
    if (!text || text.startsWith('#')) continue
    const match = ENV_FILE_PATTERN.exec(text)
    if (!match) continue
    const before = text.slice(0, match.index)
    const isWrite =
      />>?\s*["']?$/.test(before) || /\btee\b[^|]*$/.test(before) || /\b(Out-File|Add-Content|Set-Content)\b/i.test(text) || /\[IO\.File\]::Append/i.test(text)
    if (!isWrite) continue
    out.push({ file: match[1]!.toUpperCase() as EnvFile, command: { text, start, end: start + text.length } })
  }
  return out
}

/** Shell variables a text expands: `$X`, `${X}`, `${X:-y}`, `$env:X` (PowerShell), `%X%` (cmd). Names as written. */
export function expandedVariables(text: string): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = []
  for (const match of text.matchAll(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|\$env:([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)|%([A-Za-z_][A-Za-z0-9_]*)%/g
  )) {
    const name = match[1] ?? match[2] ?? match[3] ?? match[4]!
    out.push({ name, start: match.index, end: match.index + match[0].length })
  }
  return out
}

/** A line of a script with its continuations (`\\` or PowerShell's backtick at a line end) joined. */
export interface LogicalLine {
  text: string
  /** Offset in the script of the line's character at `index`. */
  offset(index: number): number
}

/**
 * The logical lines of a script. Each line keeps, per joined piece, where the piece starts in the line
 * and in the script, so offsets map back without a table per character.
 */
export function logicalLines(text: string): LogicalLine[] {
  const lines: LogicalLine[] = []
  let pieces: number[] = [] // pairs: start in the line, start in the script
  let current = ''
  let pieceStart = 0
  const flush = (end: number): void => {
    pieces.push(current.length, pieceStart)
    current += text.slice(pieceStart, end)
  }
  for (let i = 0; i <= text.length; i += 1) {
    if (i === text.length) {
      flush(i)
      lines.push(logicalLine(current, pieces))
      break
    }
    const code = text.charCodeAt(i)
    if (code === 10) {
      flush(i)
      lines.push(logicalLine(current, pieces))
      current = ''
      pieces = []
      pieceStart = i + 1
    } else if ((code === 92 /* \ */ || code === 96) /* ` */ && text.charCodeAt(i + 1) === 10) {
      flush(i)
      i += 1
      pieceStart = i + 1
    }
  }
  return lines
}

function logicalLine(text: string, pieces: number[]): LogicalLine {
  return {
    text,
    offset(index: number): number {
      let k = 0
      while (k + 2 < pieces.length && pieces[k + 2]! <= index) k += 2
      return pieces[k + 1]! + index - pieces[k]!
    }
  }
}
