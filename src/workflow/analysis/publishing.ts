/**
 * Publishing: steps that publish or release something (registry uploads, releases, pages, signing), and
 * the commands in `run:` that publish to a registry offering trusted publishing (npm, PyPI, RubyGems,
 * crates.io, NuGet: `TRUSTED_PUBLISHING_REGISTRIES`), read through wrappers (`python -m`, `pipx run twine==x`,
 * `uvx`, `bundle exec`, `npx`/`bunx`, `cargo +toolchain`, `dotnet nuget`) with continuation lines joined,
 * leaving out dry runs and commands that name another registry.
 */
import {
  anyCommand,
  byAction,
  PUBLISH_COMMANDS,
  PUBLISHING_ACTIONS,
  TRUSTED_PUBLISHING_ACTIONS,
  TRUSTED_PUBLISHING_REGISTRIES,
  type TrustedPublishingAction,
  type TrustedPublishingRegistry
} from '../data/index.js'
import { commands, words } from '../shell.js'
import type { Job, Step } from '../types.js'

type Registry = TrustedPublishingRegistry['registry']

const PUBLISH_COMMAND = anyCommand(PUBLISH_COMMANDS)

const PUBLISH_ACTIONS = new Set(PUBLISHING_ACTIONS.map((entry) => entry.action))

const TRUSTED_ACTIONS = byAction(TRUSTED_PUBLISHING_ACTIONS)

/** The registries with trusted publishing, by name. */
export const REGISTRIES = Object.fromEntries(TRUSTED_PUBLISHING_REGISTRIES.map((entry) => [entry.registry, entry])) as Record<
  Registry,
  TrustedPublishingRegistry
>

export interface Evidence {
  step: Step
  what: string
}

/** Steps of a job that publish or release something. */
export function publishingSteps(job: Job): Evidence[] {
  const out: Evidence[] = []
  for (const step of job.steps) {
    if (step.uses) {
      if (PUBLISH_ACTIONS.has(step.uses.name)) out.push({ step, what: step.uses.name })
      else if (step.uses.name === 'docker/build-push-action' && step.with.get('push')?.value?.value === 'true')
        out.push({ step, what: 'docker/build-push-action with push: true' })
      else if (publishingAction(step)) out.push({ step, what: step.uses.name })
    } else if (step.run) {
      const match = PUBLISH_COMMAND.exec(step.run.value)
      const command = match ? null : publishCommands(step.run.value)[0]
      if (match) out.push({ step, what: `\`${match[0].trim()}\`` })
      else if (command) out.push({ step, what: `\`${command.tool}\`` })
    }
  }
  return out
}

export interface PublishCommand {
  registry: Registry
  /** The publishing command, normalised (e.g. `twine upload`). */
  tool: string
  /** The simple command's text with continuations joined, and its offsets in the script. */
  text: string
  start: number
  end: number
}

const PREFIX = new Set(['sudo', 'env', 'time', 'exec', 'nohup', 'command', 'then', 'do', 'else', '{', '(', '!', 'xargs'])
/** `uv run`, `poetry run`… : run the rest in the project's environment. */
const RUNNERS = new Set(['poetry', 'pdm', 'hatch', 'pipenv', 'rye', 'uv'])
/** Options of wrappers that take a value. */
const VALUED = new Set(['-p', '--package', '--spec', '--from', '--with', '--python', '-c', '--call', '--index', '--index-url'])

/** The version-less name of a tool run by a package runner (`twine==5.1.1`, `npm@11`, `twine>=5`). */
function bare(word: string): string {
  return word.replace(/^(@?[^@=<>~!\s]+)[@=<>~!].*$/, '$1').toLowerCase()
}

/** Words after the wrappers, or null when nothing is left. */
function unwrap(list: string[]): string[] {
  let w = list
  for (let guard = 0; guard < 8 && w.length > 0; guard += 1) {
    const head = w[0]!.toLowerCase()
    const base = head.replace(/^.*[\\/]/, '').replace(/\.exe$/, '')
    if (PREFIX.has(head) || /^[A-Za-z_][A-Za-z0-9_]*=(?!=)/.test(w[0]!)) w = w.slice(1)
    else if (base === 'bundle' && w[1] === 'exec') w = w.slice(2)
    else if (/^(python[\d.]*|py)$/.test(base)) {
      const m = w.indexOf('-m')
      if (m < 0) return []
      w = w.slice(m + 1)
    } else if (base === 'pipx' && w[1] === 'run') w = skipOptions(w.slice(2))
    else if (base === 'uvx' || base === 'bunx' || base === 'npx' || base === 'pnpx') w = skipOptions(w.slice(1))
    else if (base === 'uv' && w[1] === 'tool' && w[2] === 'run') w = skipOptions(w.slice(3))
    else if ((base === 'pnpm' || base === 'yarn') && w[1] === 'dlx') w = skipOptions(w.slice(2))
    else if (RUNNERS.has(base) && w[1] === 'run') w = skipOptions(w.slice(2))
    else if (base === 'cargo' && /^\+/.test(w[1] ?? '')) w = [w[0]!, ...w.slice(2)]
    else if (base === 'dotnet' && w[1] === 'nuget') w = w.slice(1)
    else break
  }
  if (w.length === 0) return w
  return [bare(w[0]!.replace(/^.*[\\/]/, '').replace(/\.exe$/i, '')), ...w.slice(1)]
}

function skipOptions(w: string[]): string[] {
  let i = 0
  while (i < w.length && w[i]!.startsWith('-')) i += VALUED.has(w[i]!) ? 2 : 1
  return w.slice(i)
}

/** The value of an option (`--registry x`, `--registry=x`, `-r x`) among the words, or undefined. */
function option(w: string[], names: string[]): string | undefined {
  for (let i = 0; i < w.length; i += 1) {
    for (const name of names) {
      if (w[i] === name) return w[i + 1] ?? ''
      if (name.startsWith('--') && w[i]!.startsWith(`${name}=`)) return w[i]!.slice(name.length + 1)
    }
  }
  return undefined
}

interface Match {
  registry: Registry
  tool: string
  /** Options that name another registry. */
  target: string[]
}

function match(w: string[]): Match | null {
  const [a, b, c] = [w[0], w[1], w[2]]
  if ((a === 'npm' || a === 'pnpm' || a === 'bun') && b === 'publish') return { registry: 'npm', tool: `${a} publish`, target: ['--registry'] }
  if (a === 'yarn' && (b === 'publish' || (b === 'npm' && c === 'publish')))
    return { registry: 'npm', tool: b === 'npm' ? 'yarn npm publish' : 'yarn publish', target: ['--registry'] }
  if (a === 'twine' && b === 'upload') return { registry: 'PyPI', tool: 'twine upload', target: ['--repository-url', '--repository', '-r'] }
  if (a === 'uv' && b === 'publish') return { registry: 'PyPI', tool: 'uv publish', target: ['--publish-url', '--index'] }
  if ((a === 'poetry' || a === 'pdm' || a === 'flit') && b === 'publish') return { registry: 'PyPI', tool: `${a} publish`, target: ['--repository', '-r'] }
  if (a === 'maturin' && (b === 'publish' || b === 'upload'))
    return { registry: 'PyPI', tool: `maturin ${b}`, target: ['--repository-url', '--repository', '-r'] }
  if (a === 'hatch' && b === 'publish') return { registry: 'PyPI', tool: 'hatch publish', target: ['--repo', '-r'] }
  if (a === 'gem' && b === 'push') return { registry: 'RubyGems', tool: 'gem push', target: ['--host'] }
  if (a === 'rake' && b === 'release') return { registry: 'RubyGems', tool: 'rake release', target: [] }
  if (a === 'cargo' && b === 'publish') return { registry: 'crates.io', tool: 'cargo publish', target: ['--registry', '--index'] }
  if (a === 'nuget' && b === 'push') return { registry: 'NuGet', tool: 'nuget push', target: ['--source', '-s', '-source', '-Source'] }
  return null
}

const DRY_RUN = /^--dry-?run(=true)?$/i

const memo = new Map<string, PublishCommand[]>()

const VERB = /publish|upload|push|release/
const QUOTES = /["']/g

/**
 * Whether a script may hold a publishing command at all: `match` needs one of these verbs as a whole word, and
 * a word is the script's characters with only quote characters left out (`words`), so a script holding none of
 * them once its quotes are removed has none (most scripts: no split into commands and words for them).
 */
function mayPublish(script: string): boolean {
  if (VERB.test(script)) return true
  return script.includes('"') || script.includes("'") ? VERB.test(script.replace(QUOTES, '')) : false
}

/** Commands of a script that publish to a registry offering trusted publishing (not dry runs, not other registries). */
export function publishCommands(script: string): PublishCommand[] {
  let found = memo.get(script)
  if (found) return found
  found = []
  for (const command of mayPublish(script) ? commands(script) : []) {
    // Join continuations (`\` or PowerShell's backtick at a line end) without moving offsets.
    const text = command.text.replace(/[\\`]\r?\n/g, (m) => ' '.repeat(m.length))
    const all = words(text).map((w) => w.word)
    const w = unwrap(all)
    const hit = w.length > 1 ? match(w) : null
    if (!hit) continue
    if (w.some((word) => DRY_RUN.test(word)) || (hit.registry === 'crates.io' && w.includes('-n'))) continue
    // `uv publish --trusted-publishing always` uses OIDC or fails: no stored credential.
    if (option(w, ['--trusted-publishing']) === 'always') continue
    const target = option(w, hit.target)
    // Another registry (or one we cannot read) is not this rule's: only these registries offer OIDC.
    if (target !== undefined && (/\$/.test(target) || !REGISTRIES[hit.registry].hosts.test(target))) continue
    const tool = hit.registry === 'NuGet' && all.some((word) => /(^|[\\/])dotnet(\.exe)?$/i.test(word)) ? 'dotnet nuget push' : hit.tool
    found.push({ registry: hit.registry, tool, text: text.replace(/\s+/g, ' '), start: command.start, end: command.end })
  }
  if (memo.size > 5000) memo.clear()
  memo.set(script, found)
  return found
}

/** The trusted-publishing action a step uses (data/publishing.ts), when it publishes as configured. */
export function publishingAction(step: Step): TrustedPublishingAction | undefined {
  const uses = step.uses
  if (!uses || uses.kind !== 'remote') return undefined
  const action = TRUSTED_ACTIONS.get(uses.name)
  if (!action?.only) return action
  return action.only.values.test(step.with.get(action.only.input)?.value?.value.trim() ?? '') ? action : undefined
}
