/**
 * `run:` scripts that execute what they download (`curl ... | sh`) and ad-hoc installs of unpinned
 * packages (`pip install x`, `npm i -g x`, `go install x@latest`...): code that changes under the workflow
 * without a change to the repository.
 */
import type { Severity } from '../../model/finding.js'
import { logicalLines, sourceSpan, stepDoc } from '../../workflow/index.js'
import { locate } from '../../workspace/yaml.js'
import { defineWorkflowRule, stepOwner } from '../../workflow/kit.js'

export interface ScriptFinding {
  /** Offsets in the script (not the logical line). */
  index: number
  length: number
  severity: Severity
  message: string
}

const PIPE_TO_SHELL =
  /\b(curl|wget)\b[^|;&\n]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+\S+=\S*\s+)*(bash|sh|zsh|dash|ksh|fish|python[\d.]*|node|perl|ruby|pwsh|powershell)\b/g
const SHELL_OF_DOWNLOAD = /\b(bash|sh|zsh|python[\d.]*)\s+(?:-\w+\s+)*(?:"\$\(|'\$\(|\$\(|<\()\s*(curl|wget)\b/g
const POWERSHELL =
  /\b(iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b[^|\n]*\|\s*(iex|Invoke-Expression)\b|\b(iex|Invoke-Expression)\s*\(?\s*\(?\s*(?:New-Object\s+(?:System\.)?Net\.WebClient\)?\.DownloadString|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)\b/gi

/** Words without which a script can match none of the patterns above (a pre-filter). */
const DOWNLOADERS = /\b(?:curl|wget|iwr|irm|iex)\b|Invoke-|DownloadString/i
/** Commands `unpinnedInstall` knows (a pre-filter for a whole script). */
const INSTALLERS = /\b(?:pip[\d.]*|python[\d.]*|uvx?|pipx|npm|pnpm|yarn|bun|npx|go|gem|cargo)\b/
/** A line that may hold one of those installs (a pre-filter for one logical line). */
const INSTALL_LINE =
  /\b(?:pip[\d.]*|uv|pipx|gem|cargo|go)\b[^\n]*\b(?:install|run|tool|i)\b|\buvx\b|\bnpx\b|\b(?:npm|pnpm|yarn|bun)\b[^\n]*\b(?:install|i|add|in)\b|\bpython[\d.]*\b[^\n]*\bpip/

const PIP_TOOLING = new Set(['pip', 'setuptools', 'wheel'])

/**
 * A GitHub file URL at a fixed commit (`github.com/o/r/raw/<sha>/…`, `raw.githubusercontent.com/o/r/<sha>/…`):
 * a full SHA, or the run's own commit (`$GITHUB_SHA`, `${{ github.sha }}`). Its content cannot change, so
 * piping it to a shell is as pinned as a checked hash (the repository's own script at the same commit is
 * what the checkout would hold).
 */
const REPO_PATH = String.raw`(?:[^/\s"'$]+\/[^/\s"']+|\$\{?GITHUB_REPOSITORY\}?|\$\{\{\s*github\.repository\s*\}\})`
const GITHUB_FILE_AT = new RegExp(String.raw`https?:\/\/(?:github\.com\/${REPO_PATH}\/(?:raw|blob)\/|raw\.githubusercontent\.com\/${REPO_PATH}\/)([^/\s"']+)\/`)
export function immutableDownload(command: string): boolean {
  const ref = GITHUB_FILE_AT.exec(command)?.[1]
  return ref !== undefined && (/^[0-9a-f]{40}$/i.test(ref) || /^\$\{?GITHUB_SHA\}?$/.test(ref) || /^\$\{\{\s*github\.sha\s*\}\}$/.test(ref))
}

/**
 * An npm package argument that names one version: `pkg@1.2.3` (an exact version; `pkg@1`, `pkg@^1.2` and
 * tags are ranges that move), a git ref at a commit (`github:o/r#<sha>`, `git+https://…#<sha>`), a tarball URL or
 * a local path.
 */
function npmPinned(name: string): boolean {
  return (
    /^(@[^/]+\/)?[^@]+@v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/.test(name) ||
    /^(@[^/]+\/)?[^@]+@npm:\S+@\d+\.\d+\.\d+/.test(name) ||
    /#[0-9a-f]{40}$/i.test(name) ||
    /^https?:\/\/\S+\.(?:tgz|tar\.gz)$/.test(name) ||
    name.startsWith('.') ||
    name.startsWith('/')
  )
}

function words(command: string): string[] {
  // Each `${{ … }}` stays one word.
  return command
    .replace(/\$\{\{[^}]*\}\}/g, (expression) => expression.replace(/\s+/g, ''))
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/^["']|["']$/g, ''))
}

/** Unpinned package names of one simple command, with the installer's name. */
export function unpinnedInstall(command: string): { tool: string; packages: string[] } | undefined {
  const argv = words(command)
  // Leading `NAME=value` environment assignments (not `pkg==1.2` arguments further on).
  while (argv.length > 0 && (argv[0] === 'sudo' || argv[0] === 'time' || argv[0] === 'exec' || argv[0] === 'env' || /^[A-Za-z_]\w*=/.test(argv[0]!)))
    argv.shift()
  const [cmd, sub, ...rest] = argv
  if (!cmd) return undefined
  const positional = (args: string[], valued: string[]): string[] => {
    const out: string[] = []
    for (let i = 0; i < args.length; i += 1) {
      const arg = args[i]!
      if (arg.startsWith('-')) {
        if (valued.includes(arg)) i += 1
        continue
      }
      if (/^[&|;>]/.test(arg) || arg.startsWith('$') || arg.startsWith('#')) break
      out.push(arg)
    }
    return out
  }
  // pip / pip3 / python -m pip / uv pip / pipx
  let pipArgs: string[] | undefined
  if (/^pip[\d.]*$/.test(cmd) && sub === 'install') pipArgs = rest
  else if (/^python[\d.]*$/.test(cmd) && sub === '-m' && /^pip[\d.]*$/.test(rest[0] ?? '') && rest[1] === 'install') pipArgs = rest.slice(2)
  else if (cmd === 'uv' && sub === 'pip' && rest[0] === 'install') pipArgs = rest.slice(1)
  else if (cmd === 'pipx' && (sub === 'install' || sub === 'run')) pipArgs = rest
  if (pipArgs) {
    const tool = cmd === 'pipx' ? `pipx ${sub}` : cmd === 'uv' ? 'uv pip install' : 'pip install'
    if (pipArgs.some((arg) => ['-r', '--requirement', '-c', '--constraint', '--require-hashes', '-e', '--editable'].includes(arg))) return undefined
    // `pipx run APP args…`: only the first word is a package (the rest are the app's arguments); `--spec` names it.
    const spec = cmd === 'pipx' && sub === 'run' ? pipArgs[pipArgs.indexOf('--spec') + 1] : undefined
    const named = positional(pipArgs, [
      '-i',
      '--index-url',
      '--extra-index-url',
      '-f',
      '--find-links',
      '-t',
      '--target',
      '--python',
      '--prefix',
      '--root',
      '--spec',
      '--pip-args'
    ])
    const packages = (cmd === 'pipx' && sub === 'run' ? (pipArgs.includes('--spec') ? (spec ? [spec] : []) : named.slice(0, 1)) : named).filter(
      (name) => !/[=<>~!@]=?|\.whl$|\.tar\.gz$|^\.|^\/|:\/\//.test(name) && !PIP_TOOLING.has(name.toLowerCase().replace(/\[.*\]$/, ''))
    )
    return packages.length > 0 ? { tool, packages } : undefined
  }
  // npm i [-g] x / pnpm add x / yarn [global] add x / bun add x: a package named without an exact version
  const npmInstall =
    (cmd === 'npm' && ['install', 'i', 'add', 'in', 'isntall'].includes(sub ?? '')) ||
    ((cmd === 'pnpm' || cmd === 'bun') && ['add', 'install', 'i'].includes(sub ?? '')) ||
    (cmd === 'yarn' && sub === 'add')
  const yarnGlobal = cmd === 'yarn' && sub === 'global' && rest[0] === 'add'
  if (npmInstall || yarnGlobal) {
    const global = yarnGlobal || rest.some((arg) => arg === '-g' || arg === '--global')
    // A name or version from a variable or an expression (`x@$VERSION`, `x@${{ … }}`) may be exact: not judged.
    const packages = positional(yarnGlobal ? rest.slice(1) : rest, [
      '--registry',
      '--prefix',
      '-w',
      '--workspace',
      '--omit',
      '--include',
      '--filter',
      '-C',
      '--dir',
      '--cwd',
      '--loglevel',
      '--tag',
      '--cache',
      '--userconfig',
      '--location',
      '--install-strategy'
    ]).filter((name) => !npmPinned(name) && !/[$}{]/.test(name))
    return packages.length > 0 ? { tool: global ? `${cmd} global install` : `${cmd} ${sub}`, packages } : undefined
  }
  if (cmd === 'npx' && sub && !sub.startsWith('-')) {
    const name = sub
    if (npmPinned(name)) return undefined
    return { tool: 'npx', packages: [name] }
  }
  // uvx / uv tool run / uv tool install: `tool==1.2.3` or `tool@1.2.3` pins it; `--from` names the package.
  const uvTool = cmd === 'uvx' ? [sub, ...rest] : cmd === 'uv' && sub === 'tool' && (rest[0] === 'run' || rest[0] === 'install') ? rest.slice(1) : undefined
  if (uvTool) {
    const args = uvTool.filter((arg): arg is string => arg !== undefined)
    const from = args.indexOf('--from')
    const name = from !== -1 ? args[from + 1] : positional(args, ['--python', '-p', '--with', '--index', '--index-url', '--extra-index-url'])[0]
    if (!name || /[=<>~!@]=?|^\.|^\/|:\/\//.test(name)) return undefined
    return { tool: cmd === 'uvx' ? 'uvx' : `uv tool ${rest[0]}`, packages: [name] }
  }
  if (cmd === 'go' && sub === 'install') {
    const packages = positional(rest, ['-ldflags', '-tags', '-o']).filter(
      (name) => name.includes('/') && (!name.includes('@') || /@(latest|main|master|HEAD)$/.test(name)) && !name.startsWith('.')
    )
    return packages.length > 0 ? { tool: 'go install', packages } : undefined
  }
  if (cmd === 'gem' && (sub === 'install' || sub === 'i')) {
    if (rest.some((arg) => arg === '-v' || arg === '--version' || arg.startsWith('--version='))) return undefined
    const packages = positional(rest, ['--source', '-i', '--install-dir', '-n', '--bindir']).filter((name) => !name.endsWith('.gem') && !name.includes(':'))
    return packages.length > 0 ? { tool: 'gem install', packages } : undefined
  }
  if (cmd === 'cargo' && sub === 'install') {
    if (rest.some((arg) => arg === '--version' || arg === '--vers' || arg === '--path' || arg === '--git' || arg.startsWith('--version='))) return undefined
    const packages = positional(rest, ['--root', '--target', '--features', '--registry', '--index', '--branch', '--tag', '--rev', '-j', '--jobs']).filter(
      (name) => !name.includes('@')
    )
    return packages.length > 0 ? { tool: 'cargo install', packages } : undefined
  }
  return undefined
}

export function scanScript(script: string): ScriptFinding[] {
  const found: ScriptFinding[] = []
  // Most scripts neither download nor install: one scan of the whole text rules them out.
  const downloads = DOWNLOADERS.test(script)
  if (!downloads && !INSTALLERS.test(script)) return found
  for (const line of logicalLines(script)) {
    const text = line.text
    if (/^\s*#/.test(text)) continue
    const original = (start: number, end: number): { index: number; length: number } => {
      const from = line.offset(start)
      const to = line.offset(Math.max(start, end - 1))
      return { index: from, length: to + 1 - from }
    }
    let piped = false
    for (const pattern of downloads && DOWNLOADERS.test(text) ? [PIPE_TO_SHELL, SHELL_OF_DOWNLOAD, POWERSHELL] : []) {
      pattern.lastIndex = 0
      for (const match of text.matchAll(pattern)) {
        piped = true
        if (immutableDownload(match[0])) continue
        found.push({
          ...original(match.index, match.index + match[0].length),
          severity: 'medium',
          message: `downloads and runs a script without checking it: ${match[0].replace(/\s+/g, ' ').slice(0, 80)}`
        })
      }
    }
    if (piped || !INSTALL_LINE.test(text)) continue
    // Simple commands of the line: split at &&, ||, ;, | (not inside quotes; good enough for installs).
    let offset = 0
    for (const command of text.split(/(&&|\|\||;|\|)/)) {
      const start = offset
      offset += command.length
      if (/^(&&|\|\||;|\|)$/.test(command)) continue
      const install = unpinnedInstall(command)
      if (!install) continue
      const lead = command.length - command.trimStart().length
      const trimmed = command.trim()
      found.push({
        ...original(start + lead, start + lead + trimmed.length),
        severity: 'low',
        message: `${install.tool} of ${install.packages.join(', ')} without a pinned version: each run may install something different`
      })
    }
  }
  return found
}

export const downloadExecute = defineWorkflowRule({
  meta: {
    id: 'download-execute',
    area: 'build',
    severity: 'medium',
    title: 'Downloaded code executed unverified, or packages installed unpinned',
    rationale:
      "`curl ... | sh` runs whatever the server sends at that moment, with the job's token and secrets in reach; unpinned `pip install`, `npm i -g`, `go install ...@latest` do the same through a registry. A compromised host or package changes the build without a change to the repository.",
    remediation:
      'Download to a file and check its SHA-256 before running it (or use a pinned action); pin ad-hoc installs to exact versions (`pip install tool==1.2.3`, `npm i -g tool@1.2.3`, `go install x@v1.2.3`), better with hashes or a lockfile.',
    references: [
      'SSC-45',
      'OSPS-BR-05.01',
      'Scorecard: Pinned-Dependencies (downloadThenRun, pipCommand, npmCommand, goCommand)',
      'poutine: unverified_script_exec',
      'zizmor: adhoc-packages'
    ],
    access: { token: 'none' }
  },
  defaultOptions: {},
  step(step) {
    const run = step.run
    if (!run) return null
    const file = stepDoc(step).file
    return scanScript(run.value).map((finding) => ({
      status: 'fail' as const,
      severity: finding.severity,
      message: `${stepOwner(step)}, step ${step.index + 1}: ${finding.message}`,
      // The command's own characters, even when it is the whole value (a block scalar starts at its `|`).
      location: locate(file, sourceSpan(file, run, finding.index, finding.index + finding.length))
    }))
  }
})
