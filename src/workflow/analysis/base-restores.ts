/**
 * Files a job puts back from the base branch after checking out a pull request, before running them: what
 * then runs is the base's code, not the pull request's. Recognised restores (in `run:` after the untrusted
 * checkout): `git checkout <base> -- <paths>`, `git restore --source <base> <paths>`, and `cp` / `rsync`
 * from the folder of a checkout of the base (an `actions/checkout` with `path:` and no pull-request ref).
 * A base ref is `github.sha` / `$GITHUB_SHA` (the base commit on `pull_request_target`), `base_ref`,
 * `pull_request.base.*`, or a branch name such as `origin/main`.
 */
import { commands, words } from '../shell.js'
import type { Execution, UntrustedCheckout } from './untrusted-code.js'
import type { Job, Step } from '../types.js'

const BASE_REF =
  /^(?:origin\/)?(?:main|master|develop|trunk)$|github\.sha\b|GITHUB_SHA\b|base_ref\b|GITHUB_BASE_REF\b|pull_request\.base\.(?:sha|ref)\b|^origin\/\$/i
const HEAD_REF = /head|pull\/|refs\/pull|merge/i

function clean(path: string): string {
  return path
    .replace(/^["']|["']$/g, '')
    .replace(/^\.\//, '')
    .replace(/\/+$/, '')
}

/** Paths (relative to the workspace) restored from the base by one command, '.' for everything; [] when none. */
function restoredBy(text: string, baseDirs: string[]): string[] {
  // Continuations joined; each `${{ … }}` one word.
  const joined = text.replace(/[\\`]\r?\n/g, '  ').replace(/\$\{\{([^}]*)\}\}/g, (_, body: string) => `\${{${body.replace(/\s+/g, '')}}}`)
  const list = words(joined).map((w) => w.word)
  const [cmd, sub] = list
  if (cmd === 'git' && (sub === 'checkout' || sub === 'restore')) {
    const dashes = list.indexOf('--')
    let ref: string | undefined
    if (sub === 'checkout') ref = dashes > 2 ? list[2] : undefined
    else ref = list.find((w) => w.startsWith('--source='))?.slice('--source='.length) ?? list[list.findIndex((w) => w === '--source' || w === '-s') + 1]
    if (!ref || list.indexOf(ref) === 0 || !BASE_REF.test(ref) || HEAD_REF.test(ref)) return []
    const paths = (dashes >= 0 ? list.slice(dashes + 1) : list.slice(2).filter((w) => !w.startsWith('-') && w !== ref)).map(clean)
    return paths.map((path) => (path === '' ? '.' : path))
  }
  if ((cmd === 'cp' || cmd === 'rsync') && baseDirs.length > 0) {
    const args = list.slice(1).filter((w) => !w.startsWith('-'))
    if (args.length < 2) return []
    const destination = clean(args[args.length - 1]!)
    const sources = args.slice(0, -1).map(clean)
    if (!sources.every((source) => baseDirs.some((dir) => source === dir || source.startsWith(`${dir}/`)))) return []
    return sources.map((source) => {
      const dir = baseDirs.find((d) => source === d || source.startsWith(`${d}/`))!
      const inside = source === dir ? '.' : source.slice(dir.length + 1)
      if (destination === '' || destination === '.') return inside === '.' ? '.' : inside.split('/').pop()!
      return destination.endsWith('/') || args.length > 2 ? `${destination}/${inside.split('/').pop()}` : destination
    })
  }
  return []
}

/** Folders of checkouts of the base (no pull-request ref) before `before` in the job. */
function baseCheckoutDirs(job: Job, untrusted: UntrustedCheckout[], before: Step): string[] {
  const out: string[] = []
  for (const step of job.steps.slice(0, before.index)) {
    if (step.uses?.name !== 'actions/checkout' || untrusted.some((checkout) => checkout.step === step)) continue
    const path = clean(step.with.get('path')?.value?.value ?? '')
    const ref = step.with.get('ref')?.value?.value ?? ''
    if (path && !HEAD_REF.test(ref)) out.push(path)
  }
  return out
}

/** The file an execution runs, relative to the checkout: a local script or program, a Makefile, a package.json; null when it runs no one file. */
function entryFile(execution: Execution): string | null {
  const step = execution.step
  if (step.uses?.kind === 'local') return clean(step.uses.path ?? '')
  if (!execution.str) return null
  const text = execution.str.value.slice(execution.start)
  const list = words(text.split('\n')[0]!).map((w) => w.word)
  const first = list[0] ?? ''
  if (/^\.{1,2}\//.test(first)) return clean(first)
  const name = first.replace(/^.*\//, '')
  if (/^(bash|sh|zsh|dash|ksh|source|\.|pwsh|powershell|node|python[\d.]*|py|ruby|perl|php|deno|bun|tsx|ts-node)$/.test(name)) {
    const target = list.slice(1).find((w) => !w.startsWith('-') && w !== 'run')
    return target && /[./]/.test(target) ? clean(target) : null
  }
  if (name === 'make' || name === 'gmake') return 'Makefile'
  if (/^(npm|yarn|pnpm)$/.test(name)) return 'package.json'
  return null
}

/**
 * Whether an execution after an untrusted checkout runs a file restored from the base branch in between
 * (a restore step after the checkout and before the execution), rather than the pull request's.
 */
export function runsRestoredBaseFile(job: Job, checkout: UntrustedCheckout, untrusted: UntrustedCheckout[], execution: Execution): boolean {
  const file = entryFile(execution)
  if (file === null) return false
  const root = checkout.path ? clean(checkout.path) : ''
  const relative = root && file.startsWith(`${root}/`) ? file.slice(root.length + 1) : file
  for (const step of job.steps.slice(checkout.step.index + 1, execution.step.index + (execution.str ? 1 : 0))) {
    if (!step.run) continue
    const baseDirs = baseCheckoutDirs(job, untrusted, step)
    for (const command of commands(step.run.value)) {
      if (step === execution.step && command.start >= execution.start) break
      for (const restored of restoredBy(command.text, baseDirs)) {
        const path = root && restored.startsWith(`${root}/`) ? restored.slice(root.length + 1) : restored
        if (path === '.' || relative === path || relative.startsWith(`${path}/`)) return true
      }
    }
  }
  return false
}
