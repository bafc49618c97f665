/** Untrusted code: steps that bring a pull request's code (or a PR run's artifacts) onto the runner, and what runs it afterwards. */
import { posix } from 'node:path'
import { ARTIFACT_DOWNLOADERS, byAction, EXECUTING_ACTIONS, INSTALLING_SETUP_ACTIONS } from '../data/index.js'
import { contextRefs } from '../expressions.js'
import { codeExecutions, commands, scriptCalls, words } from '../shell.js'
import type { Job, Step, Str } from '../types.js'
import { blocksForks, gatesFor, pinnedElsewhere } from './gates.js'
import type { TaintSite, TaintTracker } from './taint.js'
import { escapeRegExp, stepLabelOf } from './text.js'
import { eventNames, privilegedUntrustedEvents } from './triggers.js'

export interface UntrustedCheckout {
  step: Step
  kind: 'checkout' | 'git' | 'artifact'
  /** The value that makes it untrusted (the `ref:` / `repository:` input, or the `run:`), for locations. */
  str: Str | null
  /** Value offsets in `str` of the part to point at. */
  start: number
  end: number
  what: string
  /** `path:` the code lands in, when not the workspace root. */
  path?: string
}

const HEAD_REFS = /(^|\.)(head\.sha|head\.ref|head_ref|merge_commit_sha|head_sha|head_branch|head\.repo\.full_name|head_repository\.full_name)$/

/** The `env:` value named `name` visible at a site (step, then job, then workflow `env:`), if written in the YAML. */
function envValueAt(name: string, site: TaintSite): Str | null {
  const upper = name.toUpperCase()
  const maps = [site.step?.env, site.job?.env, site.job?.workflow.env, site.action?.runs?.env]
  for (const env of maps) {
    if (!env) continue
    for (const [key, entry] of env) if (key.toUpperCase() === upper) return entry.value
  }
  return null
}

/**
 * `steps.<id>.outputs.<name>` set by an earlier `actions/github-script` step from the pull request's head
 * (`core.setOutput('head', pr.data.head.sha)`, the usual way an `issue_comment` workflow finds the PR).
 */
function scriptOutputIsHead(path: string, site: TaintSite): boolean {
  const match = /^steps\.([^.]+)\.outputs\.([^.]+)$/.exec(path)
  if (!match || !site.job) return false
  const [, id, name] = match
  const source = site.job.steps.find((step) => step.id?.value.toLowerCase() === id && (!site.step || step.index < site.step.index))
  if (source?.uses?.name !== 'actions/github-script') return false
  const script = source.with.get('script')?.value?.value ?? ''
  const escaped = escapeRegExp(name!)
  return new RegExp(String.raw`core\.setOutput\(\s*['"\x60]` + escaped + String.raw`['"\x60]\s*,[^)\n]*\bhead\.(?:sha|ref)\b`, 'i').test(script)
}

function refersToHead(str: Str | null | undefined, tracker: TaintTracker, site: TaintSite, depth = 0): boolean {
  if (!str) return false
  if (/refs\/pull\//.test(str.value)) return true
  for (const expression of str.expressions) {
    const refs = contextRefs(expression.ast)
    if (refs.some((ref) => HEAD_REFS.test(ref.path))) return true
    if (/head\.(sha|ref)|head_ref|head_sha|head_branch|merge_commit_sha/i.test(expression.body)) return true
    const taint = tracker.expressionTaint(expression, site)
    if (taint && taint.level === 'arbitrary' && /head|branch/i.test(taint.origin)) return true
    // `ref: ${{ env.COMMIT_REF }}` with `COMMIT_REF: ${{ github.event.pull_request.head.sha }}` in a job or
    // workflow `env:`: the head SHA is not attacker text (no taint), so follow the indirection itself.
    if (depth < 4) {
      for (const ref of refs) {
        const name = /^env\.([^.]+)$/.exec(ref.path)?.[1]
        if (name && refersToHead(envValueAt(name, site), tracker, site, depth + 1)) return true
        if (scriptOutputIsHead(ref.path, site)) return true
      }
    }
  }
  return false
}

const ARTIFACT_ACTIONS = new Set(ARTIFACT_DOWNLOADERS.map((entry) => entry.action))

/** Steps of a job that bring the pull request's code (or a PR-triggered run's artifacts) onto the runner. */
export function untrustedCheckouts(job: Job, tracker: TaintTracker): UntrustedCheckout[] {
  const out: UntrustedCheckout[] = []
  const events = eventNames(job.workflow)
  for (const step of job.steps) {
    const site: TaintSite = { job, step, action: null }
    const uses = step.uses
    if (uses?.name === 'actions/checkout' || uses?.name.endsWith('/checkout')) {
      const ref = step.with.get('ref')?.value
      const repository = step.with.get('repository')?.value
      const path = step.with.get('path')?.value?.value
      const base = { step, kind: 'checkout' as const, ...(path && path !== '.' && path !== './' ? { path: path.replace(/^\.\//, '').replace(/\/$/, '') } : {}) }
      if (refersToHead(ref, tracker, site)) out.push({ ...base, str: ref!, start: 0, end: ref!.value.length, what: `checks out ${ref!.value.trim()}` })
      else if (refersToHead(repository, tracker, site))
        out.push({ ...base, str: repository!, start: 0, end: repository!.value.length, what: `checks out the fork ${repository!.value.trim()}` })
      continue
    }
    // The same with the GitHub CLI: `gh run download <the triggering run's id>` (into `-D dir` when given).
    // (A github-script that downloads through the API is not counted: where it writes cannot be read from
    // the step, and the pattern GitHub's guidance shows reads data from the artifact without running it.)
    if (step.run && events.has('workflow_run')) {
      const download = /\bgh\s+run\s+download\b(?:[^\n\\]|\\\n|\\(?!\n))*/.exec(step.run.value) // `\`-continued lines included
      const fromRun =
        download &&
        (/workflow_run|run[-_]id|github\.event/i.test(download[0]) || [...step.env.values()].some((entry) => /workflow_run/.test(entry.value?.value ?? '')))
      if (download && fromRun) {
        const dir = /(?:^|\s)(?:-D|--dir)(?:\s+|=)(?:"([^"]+)"|'([^']+)'|(\S+))/.exec(download[0])
        const path = (dir?.[1] ?? dir?.[2] ?? dir?.[3])?.replace(/^\.\//, '').replace(/\/$/, '')
        out.push({
          step,
          kind: 'artifact',
          str: step.run,
          start: download.index,
          end: download.index + download[0].trimEnd().length,
          what: `runs \`${download[0].trim().replace(/\s+/g, ' ').slice(0, 80)}\``,
          ...(path && path !== '.' ? { path } : {})
        })
        continue
      }
    }
    if (uses && ARTIFACT_ACTIONS.has(uses.name) && events.has('workflow_run')) {
      const fromRun =
        [...step.with.values()].some((entry) => /workflow_run|run[-_]id|github\.event/i.test(entry.value?.value ?? '')) ||
        uses.name !== 'actions/download-artifact'
      if (fromRun)
        out.push({
          step,
          kind: 'artifact',
          str: null,
          start: 0,
          end: 0,
          what: `downloads artifacts of the triggering run (${uses.name})`,
          ...(step.with.get('path')?.value ? { path: step.with.get('path')!.value!.value.replace(/^\.\//, '') } : {})
        })
      continue
    }
    if (step.run) {
      const value = step.run.value
      const pattern =
        /\bgh\s+pr\s+checkout\b|\bgit\s+(?:fetch|pull)\b[^\n;&|]*\bpull\/|\bgit\s+(?:checkout|switch|fetch|pull|reset)\b[^\n;&|]*\$\{\{[^}]*(?:head\.sha|head\.ref|head_ref|merge_commit_sha|head_sha|head_branch)/
      const match = pattern.exec(value)
      if (match)
        out.push({
          step,
          kind: 'git',
          str: step.run,
          start: match.index,
          end: match.index + match[0].length,
          what: `runs \`${match[0].replace(/\s+/g, ' ').slice(0, 80)}\``
        })
    }
  }
  return out
}

/**
 * How outsiders' input visibly reaches a job on a privileged event, or null: it checks out the pull
 * request (or a PR run's artifacts), expands attacker-controlled text into a step (`run:`, `with:`,
 * `env:`), or runs a local action or program (`./x.sh`, `node .github/bot.mjs`: their handling of the event
 * payload is not audited here). A job
 * gated to this repository's own pull requests or members is not reached.
 */
export function outsiderInputIn(job: Job, tracker: TaintTracker): string | null {
  if (blocksForks(gatesFor(job)) || pinnedElsewhere(job, privilegedUntrustedEvents(job.workflow))) return null
  const checkout = untrustedCheckouts(job, tracker)[0]
  if (checkout) return `${stepLabelOf(checkout.step)} ${checkout.what}`
  for (const step of job.steps) {
    const site: TaintSite = { job, step, action: null }
    const strs = [step.run, ...[...step.with.values(), ...step.env.values()].map((entry) => entry.value)]
    for (const str of strs) {
      for (const expression of str?.expressions ?? []) {
        if (tracker.expressionTaint(expression, site)?.level === 'arbitrary') return `${stepLabelOf(step)} expands \${{ ${expression.body.trim()} }}`
      }
    }
    if (step.uses?.kind === 'local' && !step.uses.reusableWorkflow) return `${stepLabelOf(step)} runs a local action`
    const local = step.run ? (scriptCalls(step.run.value)[0]?.path ?? LOCAL_PROGRAM.exec(step.run.value)?.[1]) : undefined
    if (local) return `${stepLabelOf(step)} runs the local program ${local}`
  }
  return null
}

/** `node ./x.mjs`, `python3 .github/bot.py`...: a program of the repository that can read the event payload. */
const LOCAL_PROGRAM =
  /(?:^|[\s;&|(])(?:node|python[\d.]*|ruby|deno(?:\s+run)?|bun|perl|php)\s+(?:-\S+\s+)*((?:\.{1,2}\/)?[\w.-]+\/[\w./-]+\.(?:m?js|cjs|ts|py|rb|pl|php))\b/

export interface Execution {
  step: Step
  what: string
  str: Str | null
  start: number
  end: number
}

const EXECUTING = new Map(EXECUTING_ACTIONS.map((entry) => [entry.action, entry.note]))
const INSTALLING = byAction(INSTALLING_SETUP_ACTIONS)

/**
 * Whether a github-script `script` loads files (`require(`/`import(`) that may come from the untrusted
 * files; with `path` (the folder the checkout or artifact went to), only when one required path is not a
 * literal, or is a literal inside that folder (`require('./.github/x.js')` after a download into
 * `.artifacts/` loads the base checkout's file).
 */
function requiresFrom(script: string, path: string | undefined): boolean {
  if (!/require\(|import\(/.test(script)) return false
  if (!path) return true
  const calls = [...script.matchAll(/\b(?:require|import)\(\s*([^)]*)\)/g)].map((match) => match[1]!.trim())
  return calls.some((argument) => {
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(argument)?.[2]
    if (literal === undefined) return true
    if (!/^\.{0,2}\//.test(literal)) return false // a module name (fs, @actions/core)
    const clean = literal.replace(/^\.\//, '')
    return clean === path || clean.startsWith(`${path}/`)
  })
}

/** Steps after `from` in the same job that run code from the tree; `path` limits them to a checkout folder. */
export function executionsAfter(job: Job, from: Step, path: string | undefined): Execution[] {
  const out: Execution[] = []
  for (const step of job.steps.slice(from.index + 1)) {
    if (step.uses) {
      if (step.uses.kind === 'local' && !step.uses.selfRepository && (!path || step.uses.path?.startsWith(path))) {
        out.push({ step, what: `the local action ${step.uses.raw.trim()} (from the checked-out tree)`, str: null, start: 0, end: 0 })
        continue
      }
      const setup = INSTALLING.get(step.uses.name)
      const installs = setup !== undefined && setup.when.test(step.with.get(setup.input)?.value?.value ?? '')
      if (installs && (!path || (step.workingDirectory?.value ?? '').includes(path))) {
        out.push({ step, what: `${step.uses.name} (installs the tree's dependencies, running its build scripts)`, str: null, start: 0, end: 0 })
        continue
      }
      const known = EXECUTING.get(step.uses.name)
      if (known && (step.uses.name !== 'actions/github-script' || requiresFrom(step.with.get('script')?.value?.value ?? '', path))) {
        out.push({ step, what: `${step.uses.name} (runs ${known})`, str: null, start: 0, end: 0 })
        continue
      }
      continue
    }
    if (!step.run) continue
    const run = step.run.value
    const workingDirectory = (step.workingDirectory?.value ?? job.defaults.workingDirectory?.value ?? '').replace(/^\.\//, '').replace(/\/$/, '')
    const list = path ? commands(run) : []
    for (const exec of codeExecutions(run)) {
      if (path && !runsInside(path, workingDirectory, list, exec.start)) continue
      out.push({ step, what: `\`${exec.tool}\``, str: step.run, start: exec.start, end: exec.end })
    }
  }
  return out
}

/**
 * Whether the command at `offset` of a script runs inside `path` (the folder a checkout went to): the
 * step's working directory, an earlier `cd`/`pushd` in the script, or the command naming the folder
 * (`./pr/build.sh`, `make -C pr`, `npm --prefix pr`).
 */
function runsInside(path: string, workingDirectory: string, list: Array<{ text: string; start: number; end: number }>, offset: number): boolean {
  const under = (dir: string): boolean => {
    const clean = dir
      .replace(/^["']|["']$/g, '')
      .replace(/^\.\//, '')
      .replace(/\/$/, '')
    return clean === path || clean.startsWith(`${path}/`) || clean.endsWith(`/${path}`)
  }
  let inside = under(workingDirectory)
  // The directory commands run in, relative to the workspace, while it is known (null after `cd $X`).
  let cwd: string | null = posix.normalize(workingDirectory || '.')
  for (const command of list) {
    if (command.start > offset) break
    const cd = /^(?:cd|pushd)\s+(\S+)/.exec(command.text)
    if (cd && command.end <= offset) {
      inside = under(cd[1]!)
      const target = cd[1]!.replace(/^["']|["']$/g, '')
      cwd = cwd !== null && !/[$~`]/.test(target) && !target.startsWith('/') ? posix.normalize(posix.join(cwd, target)) : null
    }
    if (command.start <= offset && offset < command.end) {
      const list = words(command.text.slice(offset - command.start)).map((w) => w.word)
      const script = list.slice(1).find((w) => !w.startsWith('-'))
      // A Python or Node program file named by a relative path that leads out of the untrusted tree
      // (`python ../tools/x.py` run inside the pull request's folder) is not the tree's code: these
      // interpreters load the program and what it imports from the program's own folder, not from the
      // working directory. (A shell script could run anything there: not counted.)
      const interpreter = /^(?:python[0-9.]*|node)$/.test(list[0] ?? '') && !list.some((w) => /^-(?:m|c|e|p|r|-require|-import|-eval|-print)$/.test(w))
      const program = interpreter ? script : undefined
      if (program !== undefined && cwd !== null && !/[$~`*]/.test(program) && !program.startsWith('/')) {
        const resolved = posix.normalize(posix.join(cwd, program))
        if (!resolved.startsWith('..') && !under(resolved.replace(/\/[^/]*$/, '')) && !under(resolved)) return false
      }
      const flagged = list.some(
        (w, i) =>
          (/^(-C|--prefix|--cwd|--dir|--project-dir|--manifest-path|-f|--file|-p)$/.test(w) && under(list[i + 1] ?? '')) ||
          (/^--(prefix|cwd|dir|project-dir|manifest-path|file)=/.test(w) && under(w.replace(/^[^=]*=/, '')))
      )
      if (under(list[0]?.replace(/\/[^/]*$/, '') ?? '') || (script !== undefined && under(script.replace(/\/[^/]*$/, ''))) || flagged) inside = true
    }
  }
  return inside
}
